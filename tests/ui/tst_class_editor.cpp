// The model builder's Python class mode, driven like a learner drives it: pick each example,
// type into a class, break it, open and save files. What the editor shows is compared with what
// the engine answers for the same text (ft::source::traceSource), and each mark's line is checked
// against the source text itself, so a hint or tint on the wrong line fails.
#include "ft_test.h"
#include "classroom_sizes.h"
#include "dark_palette.h"
#include "screenshot_dir.h"

#include "ui/build_model_page.h"
#include "ui/class_editor.h"
#include "ui/code_editor.h"
#include "content/content_library.h"
#include "content/content_paths.h"
#include "ui/flatten_animation_view.h"
#include "ui/main_window.h"
#include "ui/model_builder.h"
#include "ui/playground_page.h"
#include "ui/source_step_model.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QParallelAnimationGroup>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>

using ft::ui::ClassEditor;
using ft::ui::CodeEditor;

namespace {

const QString kSmallClass = QStringLiteral(
    "import torch\n"
    "import torch.nn as nn\n"
    "\n"
    "\n"
    "class Net(nn.Module):\n"
    "    def __init__(self):\n"
    "        super().__init__()\n"
    "        self.conv = nn.Conv2d(3, 8, 3)\n"
    "        self.pool = nn.MaxPool2d(2)\n"
    "\n"
    "    def forward(self, x):\n"
    "        x = self.pool(self.conv(x))\n"
    "        return x\n");

// 1-based number of the first line of the editor containing `needle`, 0 when none does.
int lineContaining(const CodeEditor *editor, const QString &needle)
{
    for (QTextBlock block = editor->document()->begin(); block.isValid(); block = block.next()) {
        if (block.text().contains(needle))
            return block.blockNumber() + 1;
    }
    return 0;
}

ft::source::SourceTrace engineTrace(const ClassEditor &editor)
{
    return ft::source::traceSource(ft::parseShape(editor.inputEdit()->text().toStdString()),
                                   editor.codeEditor()->toPlainText().toStdString());
}

QString text(const std::string &s) { return QString::fromStdString(s); }

// The bundled course's example classes, as the app gives them to the editor.
const QList<ft::content::ClassExample> &bundledClassExamples()
{
    static const QList<ft::content::ClassExample> examples =
        ft::content::ContentLibrary::load({ft::content::bundledContentDir()}).classExamples();
    return examples;
}

} // namespace

class ClassEditorTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void examplesAllLoadAndShowWhatTheySay_data()
    {
        QTest::addColumn<int>("index");
        ClassEditor editor;
        editor.setExamples(bundledClassExamples());
        const QStringList files = QDir(ft::content::bundledContentDir() + QStringLiteral("/models"))
                                      .entryList({QStringLiteral("*.py")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 8);
        // Every bundled file became an example (none skipped for a broken header).
        QCOMPARE(editor.examples().size(), files.size());
        for (int i = 0; i < editor.examples().size(); ++i)
            QTest::newRow(qPrintable(editor.examples()[i].id)) << i;
    }

    void examplesAllLoadAndShowWhatTheySay()
    {
        QFETCH(int, index);
        ClassEditor editor;
        editor.setExamples(bundledClassExamples());
        editor.loadExample(index);
        const ft::content::ClassExample &example = editor.examples()[index];
        QCOMPARE(editor.codeEditor()->toPlainText(), example.code);
        QCOMPARE(editor.inputEdit()->text(), example.input);
        QCOMPARE(editor.exampleBox()->currentText(), example.title);
        QVERIFY(!example.code.startsWith(QLatin1String("# title")));
        QVERIFY(editor.trace().has_value());
        const ft::source::SourceTrace &trace = *editor.trace();
        if (example.expect == QLatin1String("ok")) {
            QVERIFY2(trace.succeeded && trace.warnings.empty(), qPrintable(editor.errorLabel()->text()));
            QVERIFY(editor.outputLabel()->isVisibleTo(&editor));
            QVERIFY(editor.codeEditor()->lineMarks().isEmpty());
        } else if (example.expect == QLatin1String("error")) {
            QVERIFY(trace.error.has_value());
            QVERIFY(editor.errorLabel()->isVisibleTo(&editor));
        } else {
            QCOMPARE(example.expect, QStringLiteral("batch-changed"));
            QVERIFY(trace.succeeded);
            QCOMPARE(trace.warnings.size(), size_t(1));
            QVERIFY(editor.warningLabel()->isVisibleTo(&editor));
        }
        // Some line of every example shows a shape.
        QVERIFY(!editor.codeEditor()->lineHints().isEmpty());
    }

    void typingAClassUpdatesTheHintsOfTheRightLines()
    {
        ClassEditor editor;
        editor.setExamples(bundledClassExamples());
        editor.resize(1000, 700);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setInputText(QStringLiteral("4, 3, 32, 32"));
        editor.setSourceText(kSmallClass);
        editor.retrace();
        CodeEditor *code = editor.codeEditor();
        const int convLine = lineContaining(code, QStringLiteral("self.pool(self.conv(x))"));
        QVERIFY(convLine > 0);
        // One line, two calls: the hint is the outer call's output, the pooled shape.
        ft::source::SourceTrace trace = engineTrace(editor);
        QCOMPARE(trace.steps.size(), size_t(2));
        QCOMPARE(trace.steps[1].line, convLine);
        QCOMPARE(code->lineHints().keys(), QList<int>{convLine});
        QCOMPARE(code->lineHints().value(convLine).text, QStringLiteral("→ ") + text(ft::formatShape(trace.steps[1].outputs[0])));
        QVERIFY(!code->hintRect(convLine).isEmpty());

        // The learner types a flatten after the pooling line; after the debounce the new line
        // has its hint and the others keep theirs.
        QTextCursor cursor(code->document()->findBlockByNumber(convLine - 1));
        cursor.movePosition(QTextCursor::EndOfBlock);
        code->setTextCursor(cursor);
        code->setFocus();
        QTest::keyClick(code, Qt::Key_Return);
        QTest::keyClicks(code, QStringLiteral("x = torch.flatten(x, 1)"));
        QVERIFY(editor.retraceTimer()->isActive());
        QTRY_VERIFY(!editor.retraceTimer()->isActive());
        const int flattenLine = lineContaining(code, QStringLiteral("torch.flatten(x, 1)"));
        QCOMPARE(flattenLine, convLine + 1);
        QCOMPARE(code->document()->findBlockByNumber(flattenLine - 1).text(), QStringLiteral("        x = torch.flatten(x, 1)"));
        trace = engineTrace(editor);
        QCOMPARE(trace.steps.back().line, flattenLine);
        QCOMPARE(code->lineHints().keys(), (QList<int>{convLine, flattenLine}));
        QCOMPARE(code->lineHints().value(flattenLine).text, QStringLiteral("→ ") + text(ft::formatShape(trace.steps.back().outputs[0])));
        QCOMPARE(code->lineHints().value(flattenLine).mark, CodeEditor::Mark::None);
        QVERIFY(code->lineMarks().isEmpty());
        QCOMPARE(editor.stepModel()->rowCount(), 3);
    }

    void aFailingModelMarksTheLineTheEngineReports_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("failingCall"); // text of the line Python's traceback shows
        QTest::newRow("wrong in_features") << "06-wrong-in-features" << "F.relu(self.fc1(x))";
        QTest::newRow("view does not divide") << "07-view-invalid-size" << "x.view(-1, 16 * 5 * 5)";
        QTest::newRow("attribute typo") << "08-attribute-typo" << "self.conv1(x)";
    }

    void aFailingModelMarksTheLineTheEngineReports()
    {
        QFETCH(QString, id);
        QFETCH(QString, failingCall);
        ClassEditor editor;
        editor.setExamples(bundledClassExamples());
        editor.loadExample(editor.exampleIndex(id));
        const ft::source::SourceTrace trace = engineTrace(editor);
        QVERIFY(trace.error.has_value());
        const int line = lineContaining(editor.codeEditor(), failingCall);
        QCOMPARE(trace.error->line, line);
        QCOMPARE(editor.codeEditor()->lineMarks(), (QMap<int, CodeEditor::Mark>{{line, CodeEditor::Mark::Error}}));
        QCOMPARE(editor.codeEditor()->lineHints().value(line).mark, CodeEditor::Mark::Error);
        QVERIFY(editor.codeEditor()->lineHints().value(line).text.contains(text(trace.error->type)));
        QVERIFY(editor.errorLabel()->text().contains(text(trace.error->message)));
        QVERIFY(editor.errorLabel()->text().contains(text(trace.error->type)));
        QCOMPARE(editor.explanationLabel()->text(), text(trace.diagnosis.explanation));
        if (!trace.diagnosis.hint.empty())
            QVERIFY(editor.hintLabel()->text().endsWith(text(trace.diagnosis.hint)));
        QVERIFY(!editor.warningLabel()->isVisibleTo(&editor));
        // The marked line is where the learner's eye lands.
        QCOMPARE(editor.codeEditor()->textCursor().blockNumber() + 1, line);
    }

    void theBatchChangedWarningMarksItsLine()
    {
        ClassEditor editor;
        editor.setExamples(bundledClassExamples());
        editor.loadExample(editor.exampleIndex(QStringLiteral("05-silent-batch-change")));
        const ft::source::SourceTrace trace = engineTrace(editor);
        QCOMPARE(trace.warnings.size(), size_t(1));
        const int line = lineContaining(editor.codeEditor(), QStringLiteral("x.view(-1, 16 * 5 * 5)"));
        QCOMPARE(trace.warnings[0].line, line);
        QCOMPARE(editor.codeEditor()->lineMarks(), (QMap<int, CodeEditor::Mark>{{line, CodeEditor::Mark::Warning}}));
        QCOMPARE(editor.codeEditor()->lineHints().value(line).mark, CodeEditor::Mark::Warning);
        QVERIFY(editor.codeEditor()->lineHints().value(line).text.contains(text(trace.warnings[0].kind)));
        QCOMPARE(editor.warningLabel()->text(), text(trace.warnings[0].message));
        QVERIFY(!editor.errorLabel()->isVisibleTo(&editor));

        // Fixing the flatten removes the warning and its mark.
        QString fixed = editor.codeEditor()->toPlainText();
        fixed.replace(QStringLiteral("x.view(-1, 16 * 5 * 5)"), QStringLiteral("torch.flatten(x, 1)"));
        editor.setSourceText(fixed);
        editor.retrace();
        QVERIFY(editor.codeEditor()->lineMarks().value(line) != CodeEditor::Mark::Warning);
        QVERIFY(editor.warningLabel()->text().isEmpty());
    }

    // PyTorch's own warning (F.softmax without a dim) marks the learner's line that led to it and is
    // shown with its category and line; giving the dim removes it.
    void aPyTorchWarningMarksTheLineThatLedToIt()
    {
        ClassEditor editor;
        editor.setExamples(bundledClassExamples());
        editor.loadExample(editor.exampleIndex(QStringLiteral("02-quickstart")));
        QString code = editor.codeEditor()->toPlainText();
        QVERIFY(code.contains(QStringLiteral("return logits")));
        code.replace(QStringLiteral("return logits"), QStringLiteral("return F.softmax(logits)"));
        code.replace(QStringLiteral("from torch import nn"), QStringLiteral("from torch import nn\nimport torch.nn.functional as F"));
        editor.setSourceText(code);
        editor.retrace();
        const ft::source::SourceTrace trace = engineTrace(editor);
        QCOMPARE(trace.pytorchWarnings.size(), size_t(1));
        const int line = lineContaining(editor.codeEditor(), QStringLiteral("return F.softmax(logits)"));
        QCOMPARE(trace.pytorchWarnings[0].line, line);
        QCOMPARE(editor.codeEditor()->lineMarks().value(line), CodeEditor::Mark::Warning);
        QCOMPARE(editor.warningLabel()->text(), QStringLiteral("UserWarning at line %1: %2").arg(line).arg(text(trace.pytorchWarnings[0].message)));
        QVERIFY(!editor.errorLabel()->isVisibleTo(&editor));

        code.replace(QStringLiteral("F.softmax(logits)"), QStringLiteral("F.softmax(logits, dim=1)"));
        editor.setSourceText(code);
        editor.retrace();
        QVERIFY(editor.warningLabel()->text().isEmpty());
    }

    void aSyntaxErrorShowsLineColumnAndCaret_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("missing colon") << "def forward(self, x):" << "def forward(self, x)";
        QTest::newRow("while loop") << "return x" << "while True:\n            pass\n        return x";
        QTest::newRow("non-ASCII before the error") << "return x" << "return x  # é\n        y = (";
    }

    void aSyntaxErrorShowsLineColumnAndCaret()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        ClassEditor editor;
        editor.setExamples(bundledClassExamples());
        editor.setInputText(QStringLiteral("4, 3, 32, 32"));
        QString source = kSmallClass;
        source.replace(from, to);
        editor.setSourceText(source);
        editor.retrace();
        try {
            engineTrace(editor);
            QFAIL("the engine accepted the file");
        } catch (const ft::source::SourceError &error) {
            QCOMPARE(editor.errorLabel()->text(), text(error.formatted()));
            QCOMPARE(editor.codeEditor()->caretMarkLine(), error.line());
            // The caret's column counts characters of the same line text the engine quoted.
            const QString line = editor.codeEditor()->document()->findBlockByNumber(error.line() - 1).text();
            QCOMPARE(line.left(editor.codeEditor()->caretMarkColumn() - 1).toUtf8().size(), qsizetype(error.column() - 1));
        }
        QVERIFY(!editor.trace().has_value());
        QCOMPARE(editor.stepModel()->rowCount(), 0);
        QVERIFY(editor.codeEditor()->lineHints().isEmpty());
    }

    void openSaveRoundTripAndDrop()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ClassEditor editor;
        editor.setExamples(bundledClassExamples());
        editor.loadExample(editor.exampleIndex(QStringLiteral("01-cifar10-net")));
        const QString saved = editor.codeEditor()->toPlainText();
        const QString path = dir.filePath(QStringLiteral("net.py"));
        QVERIFY(editor.saveFile(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), saved);
        file.close();

        editor.setSourceText(kSmallClass);
        editor.retrace();
        QVERIFY(editor.openFile(path));
        QCOMPARE(editor.codeEditor()->toPlainText(), saved);
        QCOMPARE(editor.currentFile(), path);
        QVERIFY(editor.trace().has_value() && editor.trace()->succeeded);
        // Opening replaced the learner's class as one edit: Ctrl+Z brings it back.
        editor.codeEditor()->undo();
        QCOMPARE(editor.codeEditor()->toPlainText(), kSmallClass);
        editor.codeEditor()->redo();
        QCOMPARE(editor.codeEditor()->toPlainText(), saved);

        // A file that is not text is refused with a located reason; the editor keeps its text.
        const QString binary = dir.filePath(QStringLiteral("weights.py"));
        QFile bad(binary);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(QByteArray("\x80\x02\x00\x01", 4));
        bad.close();
        QVERIFY(!editor.openFile(binary));
        QVERIFY(editor.fileLabel()->text().startsWith(binary));
        QCOMPARE(editor.codeEditor()->toPlainText(), saved);

        // Dropping a .py file on the editor opens it.
        QFile small(dir.filePath(QStringLiteral("small.py")));
        QVERIFY(small.open(QIODevice::WriteOnly));
        small.write(kSmallClass.toUtf8());
        small.close();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(small.fileName())});
        QWidget *viewport = editor.codeEditor()->viewport();
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &drop);
        QCOMPARE(editor.codeEditor()->toPlainText(), kSmallClass);
        QCOMPARE(editor.currentFile(), small.fileName());
    }

    void clickingAHintShowsThatStepsFlatten()
    {
        ClassEditor editor;
        editor.setExamples(bundledClassExamples());
        editor.resize(1000, 900);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.loadExample(editor.exampleIndex(QStringLiteral("04-lenet-num-flat-features")));
        CodeEditor *code = editor.codeEditor();
        const int viewLine = lineContaining(code, QStringLiteral("x.view(-1, self.num_flat_features(x))"));
        const int convLine = lineContaining(code, QStringLiteral("self.conv1(x)"));
        code->moveCursorToLine(convLine);
        QApplication::processEvents();

        // A convolution line: no flatten to animate.
        QRect hint = code->hintRect(convLine);
        QVERIFY2(!hint.isEmpty(), qPrintable(QStringLiteral("line %1 of hints %2, first visible %3").arg(convLine).arg(code->lineHints().keys().size()).arg(code->cursorRect().y())));
        QTest::mouseClick(code->viewport(), Qt::LeftButton, Qt::NoModifier, hint.center());
        QCOMPARE(code->selectedHintLine(), convLine);
        QVERIFY(!editor.animationView()->isVisible());

        // The view line: the animation shows the flatten it performed on the step's input.
        code->moveCursorToLine(viewLine);
        QApplication::processEvents();
        hint = code->hintRect(viewLine);
        QVERIFY(!hint.isEmpty());
        QTest::mouseClick(code->viewport(), Qt::LeftButton, Qt::NoModifier, hint.center());
        QCOMPARE(code->selectedHintLine(), viewLine);
        QVERIFY(editor.animationView()->isVisible());
        const int row = editor.stepTable()->currentIndex().row();
        const ft::source::SourceStep &step = editor.stepModel()->step(row);
        QCOMPARE(step.line, viewLine);
        QVERIFY(step.input.has_value());
        QCOMPARE(editor.animationView()->report().input, *step.input);
        QCOMPARE(*editor.animationView()->report().output, step.outputs[0]);
    }

    void theModeSwitchShowsEitherEditor()
    {
        ft::ui::PlaygroundPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.showClassEditor();
        ft::ui::BuildModelPage *build = page.buildModelPage();
        QCOMPARE(page.tabs()->currentWidget(), build);
        QVERIFY(build->classEditor()->isVisible());
        QVERIFY(!build->modelBuilder()->isVisible());
        QTest::mouseClick(build->sequentialButton(), Qt::LeftButton);
        QVERIFY(build->modelBuilder()->isVisible());
        QVERIFY(!build->classEditor()->isVisible());
        page.showClassEditor();
        page.showModelBuilder(); // a lesson's "try it" link: the Sequential builder
        QCOMPARE(build->mode(), ft::ui::BuildModelPage::Mode::Sequential);
        QVERIFY(build->sequentialButton()->isChecked());
    }

    // The class editor in the main window on a correct model, a failing one and a silent batch
    // change, at the smallest supported window and full HD, light and dark: class-editor-*.png.
    void screenshots_data() { addClassroomSizeRows(); }

    void screenshots()
    {
        QFETCH(QSize, size);
        QFETCH(bool, dark);
        const QPalette original = QApplication::palette();
        if (dark)
            QApplication::setPalette(darkTestPalette());
        {
            ft::ui::MainWindow window;
            window.resize(size);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.showPage(ft::ui::ScreenId::Playground));
            auto *page = qobject_cast<ft::ui::PlaygroundPage *>(window.page(ft::ui::ScreenId::Playground));
            QVERIFY(page);
            page->showClassEditor();
            ClassEditor *editor = page->buildModelPage()->classEditor();
            const QList<std::pair<QString, QString>> shots{{QStringLiteral("01-cifar10-net"), QStringLiteral("correct")},
                                                           {QStringLiteral("06-wrong-in-features"), QStringLiteral("failing")},
                                                           {QStringLiteral("05-silent-batch-change"), QStringLiteral("batch-changed")}};
            for (const auto &[id, name] : shots) {
                editor->loadExample(editor->exampleIndex(id));
                // The chosen step's animation at its end state: the merged block.
                editor->animationView()->pause();
                editor->animationView()->animation()->setCurrentTime(editor->animationView()->totalDuration());
                QApplication::processEvents();
                const QString file = QStringLiteral("%1/class-editor-%2-%3.png").arg(screenshotDir(), name, classroomFileStem(size, dark));
                QVERIFY(window.grab().save(file));
            }
        }
        QApplication::setPalette(original);
    }

    void interactiveWidgetsHaveAccessibleNames()
    {
        ft::ui::PlaygroundPage page;
        ClassEditor *editor = page.buildModelPage()->classEditor();
        editor->setExamples(bundledClassExamples());
        for (QWidget *w : std::initializer_list<QWidget *>{
                 editor, editor->exampleBox(), editor->inputEdit(), editor->openButton(), editor->saveButton(),
                 editor->codeEditor(), editor->stepTable(), editor->animationView(), editor->errorLabel(),
                 editor->explanationLabel(), editor->hintLabel(), editor->warningLabel(), editor->outputLabel(),
                 page.buildModelPage()->sequentialButton(), page.buildModelPage()->classButton()})
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));

        // Tab indents in the editor; Ctrl+Tab takes the keyboard to the steps.
        page.showClassEditor();
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        editor->codeEditor()->setFocus();
        editor->codeEditor()->moveCursorToLine(1);
        QTest::keyClick(editor->codeEditor(), Qt::Key_Tab);
        QVERIFY(editor->codeEditor()->document()->firstBlock().text().startsWith(QLatin1String("    import")));
        QTest::keyClick(editor->codeEditor(), Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), editor->stepTable());
    }
};

FT_REGISTER_TEST(ClassEditorTest)
#include "tst_class_editor.moc"
