// bench_process.h — what the whole-process benchmarks share: a median, and the wall time of one
// program run with its output discarded (posix_spawn, so the measuring process adds nothing).
//
//     double s = fttest::bench::timeProcess({"/usr/bin/python3", "-c", "pass"}, 0);   // -1: failed
#pragma once

#include <spawn.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

extern char **environ;

namespace fttest::bench {

using Clock = std::chrono::steady_clock;

inline double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// Runs a program with stdout and stderr sent to /dev/null; returns wall seconds, or -1 when it
// could not start or exited with a status other than `expectedStatus`.
inline double timeProcess(const std::vector<std::string> &argv, int expectedStatus)
{
    std::vector<char *> args;
    for (const std::string &a : argv)
        args.push_back(const_cast<char *>(a.c_str()));
    args.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);

    const auto start = Clock::now();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return -1;
    int status = 0;
    waitpid(pid, &status, 0);
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    if (!WIFEXITED(status) || WEXITSTATUS(status) != expectedStatus)
        return -1;
    return seconds;
}

// The side-by-side part of a whole-process benchmark: runs `python` (skipped, with a line saying
// so, when it cannot run) `pythonRuns` times, one more `app` run beside each so both see the same
// machine load, and prints both medians and the ratio against `goalRatio`.
inline void compareWithPython(const std::vector<std::string> &app, const std::vector<std::string> &python,
                              std::vector<double> appTimes, int pythonRuns, const char *pythonLabel, double goalRatio)
{
    if (timeProcess(python, 0) < 0) {
        std::printf("   /usr/bin/python3 with torch is not available; skipping the comparison\n");
        return;
    }
    std::vector<double> pythonTimes;
    for (int i = 0; i < pythonRuns; ++i) {
        pythonTimes.push_back(timeProcess(python, 0));
        appTimes.push_back(timeProcess(app, 0));
    }
    const double pythonMedian = median(pythonTimes);
    const double appMedian = median(appTimes);
    std::printf("   %-27s median %9.2f ms  (%d runs)\n", pythonLabel, pythonMedian * 1e3, pythonRuns);
    std::printf("   flatten-tutor, all runs     median %9.2f ms  (%zu runs)\n", appMedian * 1e3, appTimes.size());
    const double ratio = pythonMedian / appMedian;
    std::printf("   ratio: flatten-tutor is %.0fx faster (goal >= %.0fx): %s\n", ratio, goalRatio,
                ratio >= goalRatio ? "met" : "NOT met");
}

} // namespace fttest::bench
