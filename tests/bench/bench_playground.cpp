// bench_playground — is the playground fast enough to feel live?
//
// Budgets (issue 5): an edit repaints within one 60 Hz frame (median <= 16 ms); an animation
// frame's paint time p95 < 17 ms. An "edit" here is the whole path a keystroke takes: the engine
// explains the flatten, labels change, layouts settle and the widget tree repaints synchronously.
// Runs offscreen by default: QT_QPA_PLATFORM=offscreen bench_playground
#include "ui/flatten_animation_view.h"
#include "ui/flatten_playground.h"
#include "ui/layer_table_model.h"
#include "ui/model_builder.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QParallelAnimationGroup>
#include <QPlainTextEdit>
#include <QWindow>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

struct Stats
{
    double median = 0;
    double p95 = 0;
};

Stats measure(int runs, const std::function<void(int)> &body)
{
    std::vector<double> ms;
    ms.reserve(size_t(runs));
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        body(i);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[std::min(ms.size() - 1, size_t(double(ms.size()) * 0.95))]};
}

// repaint() paints nothing until the window is exposed; wait for that once per window.
void waitExposed(QWidget &widget)
{
    QElapsedTimer timer;
    timer.start();
    while ((!widget.windowHandle() || !widget.windowHandle()->isExposed()) && timer.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (!widget.windowHandle() || !widget.windowHandle()->isExposed())
        std::fprintf(stderr, "window never exposed: timings would be meaningless\n");
}

void settle(QWidget &widget)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    widget.repaint();
}

void report(const char *what, Stats s, double budget, const char *budgetName)
{
    std::printf("%-58s median %7.3f ms   p95 %7.3f ms   (%s %.0f ms: %s)\n", what, s.median, s.p95, budgetName, budget,
                (std::string(budgetName) == "p95" ? s.p95 : s.median) <= budget ? "ok" : "OVER");
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    ft::ui::FlattenPlayground playground;
    playground.resize(1100, 800);
    playground.show();
    waitExposed(playground);
    settle(playground);
    ft::ui::FlattenAnimationView *view = playground.animationView();

    // 1. Editing start_dim on (32, 3, 28, 28): blocks only.
    playground.setShapeText(QStringLiteral("32, 3, 28, 28"));
    settle(playground);
    report("edit start_dim, (32, 3, 28, 28), full repaint", measure(200, [&](int i) {
               playground.setStartDim(i % 2 ? 1 : 2);
               settle(playground);
           }),
           16, "median");

    // 2. Typing shapes that show the element view (up to 300 cells).
    const QStringList shapes{QStringLiteral("2, 3, 4, 4"), QStringLiteral("3, 10, 10"), QStringLiteral("4, 5, 3, 5")};
    report("edit shape, element view (96-300 cells), full repaint", measure(200, [&](int i) {
               playground.setShapeText(shapes[i % shapes.size()]);
               settle(playground);
           }),
           16, "median");

    // 3. Animation frames: paint time at evenly spaced points of the animation.
    for (const QString &shape : {QStringLiteral("32, 3, 28, 28"), QStringLiteral("3, 10, 10")}) {
        playground.setShapeText(shape);
        settle(playground);
        view->pause();
        const int frames = 240;
        const int duration = view->totalDuration();
        const Stats s = measure(frames, [&](int f) {
            view->animation()->setCurrentTime(duration * f / (frames - 1));
            view->repaint();
        });
        const QString what = QStringLiteral("animation frame, (%1)%2").arg(shape, view->elementViewShown() ? QStringLiteral(", 300 cells") : QString());
        report(qPrintable(what), s, 17, "p95");
    }

    // 4. Model builder: an edit re-parses, re-traces and repaints the table.
    ft::ui::ModelBuilder builder;
    builder.resize(1100, 800);
    builder.show();
    waitExposed(builder);
    settle(builder);
    const QString a = QStringLiteral("nn.Sequential(\n    nn.Conv2d(3, 16, 3),\n    nn.Flatten(start_dim=1),\n"
                                     "    nn.Linear(16 * 62 * 62, 128)\n)");
    const QString b = QStringLiteral("nn.Sequential(\n    nn.Conv2d(3, 16, 3),\n    nn.Flatten(),\n    nn.Linear(16 * 28 * 28, 10)\n)");
    builder.setInputText(QStringLiteral("32, 3, 64, 64"));
    report("model builder edit (parse + trace + table), full repaint", measure(100, [&](int i) {
               builder.setModelText(i % 2 ? a : b);
               settle(builder);
           }),
           16, "median");

    // 5. The layer table of a 20000-layer model (one keystroke's table update; the engine traces
    //    it in about 13 ms). Rows are matched to the trace in one pass: it must stay linear.
    std::string longModel = "nn.Sequential(";
    for (int i = 0; i < 20000; ++i)
        longModel += "nn.ReLU(), ";
    longModel += ")";
    const ft::ModulePtr net = ft::parseModel(longModel);
    const ft::ShapeTrace longTrace = ft::traceModule({32, 10}, *net);
    const std::vector<ft::ModulePtr> layers = net->children();
    ft::ui::LayerTableModel table;
    report("layer table of a 20000-layer model (setTrace)", measure(10, [&](int) { table.setTrace(longTrace, layers); }),
           100, "median");
    return 0;
}
