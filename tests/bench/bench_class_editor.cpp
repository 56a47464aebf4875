// bench_class_editor — does the Python class editor keep up with typing?
//
// Budget (issue 14): re-trace + repaint of a 40-line class per keystroke, median <= 16 ms (one
// 60 Hz frame). A "keystroke" is the whole path: one character typed into the editor (which
// changes a layer's size, so every later shape changes), the engine parsing and running the class
// (what the debounce timer triggers), the hints, marks, steps and labels updating, the layouts
// settling and the window repainting synchronously.
// Runs offscreen by default: QT_QPA_PLATFORM=offscreen bench_class_editor
#include "ui/class_editor.h"
#include "ui/code_editor.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTextBlock>
#include <QWindow>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <cstdio>
#include <vector>

namespace {

// 40 lines: the CIFAR-10 tutorial's Net grown by a third block and the old tutorial's helper.
const char *const kClass = R"(import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 6, 5)
        self.pool = nn.MaxPool2d(2, 2)
        self.conv2 = nn.Conv2d(6, 16, 5)
        self.conv3 = nn.Conv2d(16, 32, 3, padding=1)
        self.bn = nn.BatchNorm2d(32)
        self.dropout = nn.Dropout(0.25)
        self.fc1 = nn.Linear(32 * 5 * 5, 120)
        self.fc2 = nn.Linear(120, 84)
        self.fc3 = nn.Linear(84, 10)

    def forward(self, x):
        x = self.pool(F.relu(self.conv1(x)))
        x = self.pool(F.relu(self.conv2(x)))
        x = F.relu(self.bn(self.conv3(x)))
        x = self.dropout(x)
        x = x.view(-1, self.num_flat_features(x))
        x = F.relu(self.fc1(x))
        x = self.dropout(x)
        x = F.relu(self.fc2(x))
        x = self.fc3(x)
        return F.log_softmax(x, dim=1)

    def num_flat_features(self, x):
        size = x.size()[1:]  # all dimensions except the batch dimension
        num_features = 1
        for s in size:
            num_features *= s
        return num_features


net = Net()
# 40 lines
)";

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

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

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    ft::ui::ClassEditor editor;
    editor.resize(1100, 800);
    editor.show();
    waitExposed(editor);
    editor.setInputText(QStringLiteral("4, 3, 32, 32"));
    editor.setSourceText(QString::fromUtf8(kClass));
    editor.retrace();
    settle(editor);
    ft::ui::CodeEditor *code = editor.codeEditor();
    if (code->document()->blockCount() < 40 || !editor.trace() || !editor.trace()->succeeded) {
        std::fprintf(stderr, "the 40-line class did not trace cleanly\n");
        return 1;
    }

    // Two kinds of keystroke, each typed and then undone with a backspace, alternately:
    //  - a digit after "nn.Linear(84, 10" on line 17: every step after fc3 changes shape (the
    //    common case: the model keeps running, hints and the output change);
    //  - a digit after "nn.Conv2d(3, 6" on line 9: 60 channels, conv2 raises, then runs again
    //    (the error, explanation and fix appear and disappear, so the page relayouts).
    const auto bench = [&](int line, const QString &after, bool breaks, const char *what) {
        const QTextBlock block = code->document()->findBlockByNumber(line - 1);
        const int position = block.position() + int(block.text().indexOf(after)) + int(after.size());
        const int runs = 200;
        std::vector<double> ms;
        std::vector<double> cpu;
        QElapsedTimer timer;
        for (int i = 0; i < runs; ++i) {
            const double cpuStart = threadCpuMs();
            timer.start();
            QTextCursor cursor(code->document());
            if (i % 2 == 0) {
                cursor.setPosition(position);
                cursor.insertText(QStringLiteral("0"));
            } else {
                cursor.setPosition(position + 1);
                cursor.deletePreviousChar();
            }
            editor.retrace(); // what the debounce timer calls after the keystroke
            settle(editor);
            ms.push_back(double(timer.nsecsElapsed()) / 1e6);
            cpu.push_back(threadCpuMs() - cpuStart);
            if (breaks && (i % 2 == 0) == editor.trace()->succeeded) {
                std::fprintf(stderr, "keystroke %d did not change the trace as expected\n", i);
                std::exit(1);
            }
        }
        std::sort(ms.begin(), ms.end());
        std::sort(cpu.begin(), cpu.end());
        const double median = ms[ms.size() / 2];
        const double p95 = ms[std::min(ms.size() - 1, size_t(double(ms.size()) * 0.95))];
        // CPU time of the GUI thread too: on a loaded machine wall time mostly measures waiting.
        std::printf("%-62s median %7.3f ms   p95 %7.3f ms   cpu median %6.3f ms   (median 16 ms: %s)\n", what, median, p95,
                    cpu[cpu.size() / 2], median <= 16 ? "ok" : "OVER");
    };
    bench(17, QStringLiteral("nn.Linear(84, 10"), false, "class editor keystroke, 40 lines, shapes change");
    bench(9, QStringLiteral("nn.Conv2d(3, 6"), true, "class editor keystroke, 40 lines, model breaks / runs again");
    return 0;
}
