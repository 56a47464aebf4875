// bench_widget.h — what the widget benchmarks share: wait until the window is really painted,
// settle layouts and repaint synchronously, and time a body by wall clock and by the GUI
// thread's CPU (on a loaded machine, wall time mostly measures waiting for a core).
//
//     fttest::bench::waitExposed(widget);
//     const auto s = fttest::bench::measure(200, [&](int i) { edit(i); fttest::bench::settle(widget); });
//     s.median; s.p95; s.cpuMedian;   // milliseconds
#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QWidget>
#include <QWindow>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

namespace fttest::bench {

struct WidgetStats
{
    double median = 0;    // wall, ms
    double p95 = 0;       // wall, ms
    double cpuMedian = 0; // GUI thread CPU, ms
};

inline double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

inline WidgetStats measure(int runs, const std::function<void(int)> &body)
{
    std::vector<double> wall;
    std::vector<double> cpu;
    wall.reserve(size_t(runs));
    cpu.reserve(size_t(runs));
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        const double cpuStart = threadCpuMs();
        timer.start();
        body(i);
        wall.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpu.push_back(threadCpuMs() - cpuStart);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall[wall.size() / 2], wall[std::min(wall.size() - 1, size_t(double(wall.size()) * 0.95))],
            cpu[cpu.size() / 2]};
}

// repaint() paints nothing until the window is exposed; wait for that once per window.
inline void waitExposed(QWidget &widget)
{
    QElapsedTimer timer;
    timer.start();
    while ((!widget.windowHandle() || !widget.windowHandle()->isExposed()) && timer.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (!widget.windowHandle() || !widget.windowHandle()->isExposed())
        std::fprintf(stderr, "window never exposed: timings would be meaningless\n");
}

// What a keystroke ends with: pending layouts settle and the widget tree repaints synchronously.
inline void settle(QWidget &widget)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    widget.repaint();
}

} // namespace fttest::bench
