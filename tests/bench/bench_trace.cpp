// bench_trace — how fast the tracer answers, measured against PyTorch itself.
//
//   1. Whole process: `flatten-tutor trace` on a 10-layer CNN vs `/usr/bin/python3 -c` building
//      the same model with torch and running it on a meta tensor, printing each layer's shape.
//      Both run side by side in this one invocation; medians of N runs each, and the ratio.
//      Goal: flatten-tutor at least 50x faster.
//   2. Shape propagation through a 50-layer nn.Sequential (traceModule on a built model, reprs
//      included, as the playground does on every edit). Goal: median under 50 microseconds.
//
//     bench_trace [--app-runs N] [--python-runs N] [--no-python]
//
// Not part of ctest: timings depend on the machine and its load.
#include "bench_process.h"
#include "engine/trace.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

using fttest::bench::Clock;
using fttest::bench::median;
using fttest::bench::compareWithPython;
using fttest::bench::timeProcess;

const char *const kCnn =
    "nn.Sequential(nn.Conv2d(3, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2), "
    "nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2), "
    "nn.Flatten(), nn.Linear(32*7*7, 128), nn.ReLU(), nn.Linear(128, 10))";

std::string pythonProgram()
{
    return std::string("import torch\n"
                       "from torch import nn\n"
                       "model = eval(\"") + kCnn + "\")\n"
           "x = torch.empty(32, 3, 28, 28, device='meta')\n"
           "for i, layer in enumerate(model):\n"
           "    x = layer(x)\n"
           "    print(i, repr(layer), tuple(x.shape))\n";
}

// 50 layers: a conv stem, 15 conv/batchnorm/relu blocks, then a classifier head.
std::string fiftyLayerModel()
{
    std::string text = "nn.Sequential(nn.Conv2d(3, 8, 3, padding=1)";
    int layers = 1;
    while (layers < 46) {
        text += ", nn.Conv2d(8, 8, 3, padding=1), nn.BatchNorm2d(8), nn.ReLU()";
        layers += 3;
    }
    text += ", nn.MaxPool2d(2), nn.Flatten(), nn.Linear(8*14*14, 10), nn.Dropout(0.1))";
    return text;
}

int intArg(int argc, char **argv, const char *name, int fallback)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (!std::strcmp(argv[i], name))
            return std::max(1, std::atoi(argv[i + 1]));
    }
    return fallback;
}

bool flag(int argc, char **argv, const char *name)
{
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], name))
            return true;
    }
    return false;
}

int benchWholeProcess(int appRuns, int pythonRuns, bool withPython)
{
    std::printf("1. whole process: trace a 10-layer CNN on (32, 3, 28, 28)\n");
    const std::vector<std::string> app{FT_APP_PATH, "trace", "--input", "32,3,28,28", "--model", kCnn};
    if (timeProcess(app, 0) < 0) { // also warms the page cache
        std::printf("   flatten-tutor trace failed to run or did not exit 0: %s\n", FT_APP_PATH);
        return 1;
    }
    std::vector<double> appTimes;
    for (int i = 0; i < appRuns; ++i)
        appTimes.push_back(timeProcess(app, 0));
    const double appMedian = median(appTimes);
    std::printf("   flatten-tutor trace         median %9.2f ms  (%d runs)\n", appMedian * 1e3, appRuns);

    if (!withPython)
        return 0;
    const std::vector<std::string> python{"/usr/bin/python3", "-c", pythonProgram()};
    compareWithPython(app, python, appTimes, pythonRuns, "python3 + torch (meta)", 50);
    return 0;
}

int benchPropagation()
{
    std::printf("2. shape propagation through a 50-layer nn.Sequential on (32, 3, 28, 28)\n");
    const std::string text = fiftyLayerModel();
    const ft::Shape input{32, 3, 28, 28};
    ft::ModulePtr model;
    try {
        model = ft::parseModel(text);
    } catch (const std::exception &e) {
        std::printf("   could not build the model: %s\n", e.what());
        return 1;
    }
    const ft::ShapeTrace check = ft::traceModule(input, *model);
    if (check.layers.size() != 50 || !check.output) {
        std::printf("   unexpected trace: %zu layers, %s\n", check.layers.size(),
                    check.error ? check.error->message.c_str() : "no output");
        return 1;
    }

    constexpr int kRuns = 5000;
    auto measure = [&](auto &&work) {
        std::vector<double> micros;
        micros.reserve(kRuns);
        for (int i = 0; i < 200; ++i) // warm-up
            work();
        for (int i = 0; i < kRuns; ++i) {
            const auto start = Clock::now();
            work();
            micros.push_back(std::chrono::duration<double, std::micro>(Clock::now() - start).count());
        }
        return median(micros);
    };

    size_t sink = 0;
    const std::vector<ft::ModulePtr> children = model->children();
    const double shapesOnly = measure([&] {
        ft::Shape current = input;
        for (const ft::ModulePtr &child : children)
            current = child->outputShape(current);
        sink += current.size();
    });
    const double traced = measure([&] { sink += ft::traceModule(input, *model).layers.size(); });
    const double parsedAndTraced = measure([&] { sink += ft::traceModel(input, text).layers.size(); });

    std::printf("   outputShape chain only      median %8.2f us\n", shapesOnly);
    std::printf("   traceModule (with reprs)    median %8.2f us  (goal < 50 us): %s\n", traced,
                traced < 50 ? "met" : "NOT met");
    std::printf("   traceModel (parse + build + trace, %zu chars) median %8.2f us\n", text.size(), parsedAndTraced);
    return sink == 0 ? 1 : 0;
}

} // namespace

int main(int argc, char **argv)
{
    const int appRuns = intArg(argc, argv, "--app-runs", 21);
    const int pythonRuns = intArg(argc, argv, "--python-runs", 5);
    const bool withPython = !flag(argc, argv, "--no-python");
    int failures = benchPropagation();
    failures += benchWholeProcess(appRuns, pythonRuns, withPython);
    return failures ? 1 : 0;
}
