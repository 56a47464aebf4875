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

#include "bench_widget.h"

#include <QApplication>
#include <QLineEdit>
#include <QTextBlock>

#include <cstdlib>
#include <cstdio>

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

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    ft::ui::ClassEditor editor;
    editor.resize(1100, 800);
    editor.show();
    fttest::bench::waitExposed(editor);
    editor.setInputText(QStringLiteral("4, 3, 32, 32"));
    editor.setSourceText(QString::fromUtf8(kClass));
    editor.retrace();
    fttest::bench::settle(editor);
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
        const fttest::bench::WidgetStats s = fttest::bench::measure(200, [&](int i) {
            QTextCursor cursor(code->document());
            if (i % 2 == 0) {
                cursor.setPosition(position);
                cursor.insertText(QStringLiteral("0"));
            } else {
                cursor.setPosition(position + 1);
                cursor.deletePreviousChar();
            }
            editor.retrace(); // what the debounce timer calls after the keystroke
            fttest::bench::settle(editor);
            if (breaks && (i % 2 == 0) == editor.trace()->succeeded) {
                std::fprintf(stderr, "keystroke %d did not change the trace as expected\n", i);
                std::exit(1);
            }
        });
        std::printf("%-62s median %7.3f ms   p95 %7.3f ms   cpu median %6.3f ms   (median 16 ms: %s)\n", what, s.median,
                    s.p95, s.cpuMedian, s.median <= 16 ? "ok" : "OVER");
    };
    bench(17, QStringLiteral("nn.Linear(84, 10"), false, "class editor keystroke, 40 lines, shapes change");
    bench(9, QStringLiteral("nn.Conv2d(3, 6"), true, "class editor keystroke, 40 lines, model breaks / runs again");
    return 0;
}
