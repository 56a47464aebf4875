// The lesson reader lists lessons in course order, moves with Next/Previous, reports opened and
// finished lessons, embeds a live playground where a lesson has a ```playground block, and never
// fetches anything from outside.
#include "ft_test.h"
#include "classroom_sizes.h"

#include "content/content_library.h"
#include "content/lesson_loader.h"
#include "engine/trace.h"
#include "ui/class_editor.h"
#include "ui/class_playground.h"
#include "ui/code_editor.h"
#include "ui/flatten_animation_view.h"
#include "ui/flatten_playground.h"
#include "ui/lesson_reader.h"
#include "ui/markdown_view.h"
#include "ui/model_builder.h"

#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QLayout>
#include <QLineEdit>
#include <QLabel>
#include <QListWidget>
#include <QParallelAnimationGroup>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextDocument>
#include <QSpinBox>
#include <QSignalSpy>
#include <QTest>

using ft::content::Lesson;
using ft::content::LessonBlock;

namespace {

Lesson textLesson(const QString &id, const QString &title, const QString &markdown)
{
    Lesson lesson;
    lesson.id = id;
    lesson.title = title;
    lesson.minutes = 3;
    lesson.body = markdown;
    LessonBlock block;
    block.markdown = markdown;
    lesson.blocks << block;
    return lesson;
}

Lesson playgroundLesson()
{
    Lesson lesson = textLesson(QStringLiteral("with-playground"), QStringLiteral("Try it"), QStringLiteral("Before the playground."));
    LessonBlock flatten;
    flatten.kind = LessonBlock::Kind::Playground;
    flatten.playground.inputText = QStringLiteral("32, 3, 28, 28");
    flatten.playground.inputShape = {32, 3, 28, 28};
    flatten.playground.startDim = 2;
    flatten.playground.caption = QStringLiteral("Merge height and width");
    lesson.blocks << flatten;
    LessonBlock between;
    between.markdown = QStringLiteral("Between the playgrounds.");
    lesson.blocks << between;
    LessonBlock model;
    model.kind = LessonBlock::Kind::Playground;
    model.playground.inputText = QStringLiteral("8, 3, 32, 32");
    model.playground.inputShape = {8, 3, 32, 32};
    model.playground.model = QStringLiteral("nn.Sequential(nn.Conv2d(3, 16, 3), nn.Flatten())");
    lesson.blocks << model;
    LessonBlock after;
    after.markdown = QStringLiteral("After the playgrounds.");
    lesson.blocks << after;
    return lesson;
}

QList<Lesson> threeLessons()
{
    return {textLesson(QStringLiteral("first"), QStringLiteral("What Flatten does"), QStringLiteral("One.")),
            textLesson(QStringLiteral("second"), QStringLiteral("The batch dimension"), QStringLiteral("Two.")),
            textLesson(QStringLiteral("third"), QStringLiteral("start_dim and end_dim"), QStringLiteral("Three."))};
}

} // namespace

class LinkCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened << url; }
};

class LessonReaderTest : public QObject
{
    Q_OBJECT

private slots:
    // "about 5 minutes" and "about 1 minute", never "about 5 minute(s)".
    void lessonLengthReadsAsEnglish_data()
    {
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one") << 1 << QStringLiteral("about 1 minute");
        QTest::newRow("several") << 5 << QStringLiteral("about 5 minutes");
    }
    void lessonLengthReadsAsEnglish()
    {
        QFETCH(int, minutes);
        QFETCH(QString, expected);
        Lesson lesson = textLesson(QStringLiteral("l"), QStringLiteral("L"), QStringLiteral("Text."));
        lesson.minutes = minutes;
        ft::ui::LessonReader reader;
        reader.setLessons({lesson});
        auto *meta = reader.findChild<QLabel *>(QStringLiteral("lessonMeta"));
        QVERIFY(meta);
        QCOMPARE(meta->text(), QStringLiteral("Lesson 1 of 1  ·  ") + expected);
    }

    void lessonListKeepsCourseOrderAndOpensTheFirst()
    {
        ft::ui::LessonReader reader;
        reader.setLessons(threeLessons());
        QCOMPARE(reader.lessonList()->count(), 3);
        QCOMPARE(reader.lessonList()->item(0)->text(), QStringLiteral("1. What Flatten does"));
        QCOMPARE(reader.lessonList()->item(2)->text(), QStringLiteral("3. start_dim and end_dim"));
        QCOMPARE(reader.currentLessonId(), QStringLiteral("first"));
        QVERIFY(!reader.previousButton()->isEnabled());
        QVERIFY(reader.nextButton()->isEnabled());
    }

    void nextAndPreviousMoveThroughTheLessons()
    {
        ft::ui::LessonReader reader;
        reader.setLessons(threeLessons());
        reader.show();
        QSignalSpy opened(&reader, &ft::ui::LessonReader::lessonOpened);

        QTest::mouseClick(reader.nextButton(), Qt::LeftButton);
        QCOMPARE(reader.currentLessonId(), QStringLiteral("second"));
        QCOMPARE(reader.lessonList()->currentRow(), 1);
        QTest::mouseClick(reader.nextButton(), Qt::LeftButton);
        QCOMPARE(reader.currentLessonId(), QStringLiteral("third"));
        QVERIFY(!reader.nextButton()->isEnabled());
        QTest::mouseClick(reader.previousButton(), Qt::LeftButton);
        QCOMPARE(reader.currentLessonId(), QStringLiteral("second"));

        QCOMPARE(opened.count(), 3);
        QCOMPARE(opened.at(0).at(0).toString(), QStringLiteral("second"));
        QCOMPARE(opened.at(2).at(0).toString(), QStringLiteral("second"));

        // Choosing in the list opens that lesson too.
        reader.lessonList()->setCurrentRow(0);
        QCOMPARE(reader.currentLessonId(), QStringLiteral("first"));
        QCOMPARE(opened.last().at(0).toString(), QStringLiteral("first"));
    }

    // Regression (issue 16.2): Next marked the lesson done without asking. Going on is not a
    // claim to have learned it: only the learner's own "Mark as done" is.
    void goingOnWithNextDoesNotMarkTheLessonDone()
    {
        ft::ui::LessonReader reader;
        reader.setLessons(threeLessons());
        QSignalSpy finished(&reader, &ft::ui::LessonReader::lessonFinished);
        reader.showNext();
        QCOMPARE(reader.currentLessonId(), QStringLiteral("second"));
        QCOMPARE(finished.count(), 0);
        QVERIFY(!reader.isLessonDone(QStringLiteral("first")));
        QVERIFY(!reader.lessonList()->item(0)->data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("done")));
    }

    void markDoneButtonFinishesTheOpenLessonAndUndoes()
    {
        ft::ui::LessonReader reader;
        reader.setLessons(threeLessons());
        reader.openLesson(QStringLiteral("third"));
        reader.show();
        QSignalSpy finished(&reader, &ft::ui::LessonReader::lessonFinished);
        QSignalSpy unfinished(&reader, &ft::ui::LessonReader::lessonUnfinished);
        QVERIFY(reader.doneButton()->isEnabled());
        QTest::mouseClick(reader.doneButton(), Qt::LeftButton);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("third"));
        QVERIFY(reader.isLessonDone(QStringLiteral("third")));
        QVERIFY(reader.lessonList()->item(2)->data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("done")));
        // "Done" can be undone with the same button (and Ctrl+D).
        QVERIFY(reader.doneButton()->isEnabled());
        QTest::mouseClick(reader.doneButton(), Qt::LeftButton);
        QCOMPARE(unfinished.count(), 1);
        QCOMPARE(unfinished.at(0).at(0).toString(), QStringLiteral("third"));
        QVERIFY(!reader.isLessonDone(QStringLiteral("third")));
        QCOMPARE(finished.count(), 1);
    }

    void restoredDoneMarksEmitNothing()
    {
        ft::ui::LessonReader reader;
        reader.setLessons(threeLessons());
        QSignalSpy finished(&reader, &ft::ui::LessonReader::lessonFinished);
        reader.setDoneLessons({QStringLiteral("second")});
        QVERIFY(reader.isLessonDone(QStringLiteral("second")));
        QCOMPARE(finished.count(), 0);
        reader.openLesson(QStringLiteral("second"));
        QVERIFY(reader.doneButton()->text().contains(QStringLiteral("Done")));
    }

    // Regression (issue 16.2): reaching the end of a lesson marked it done silently.
    void scrollingToTheEndDoesNotMarkTheLessonDone()
    {
        QString longText;
        for (int i = 0; i < 80; ++i)
            longText += QStringLiteral("Paragraph %1 about flattening tensors.\n\n").arg(i);
        ft::ui::LessonReader reader;
        reader.resize(800, 400);
        reader.setLessons({textLesson(QStringLiteral("long"), QStringLiteral("Long"), longText)});
        reader.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reader));
        QSignalSpy finished(&reader, &ft::ui::LessonReader::lessonFinished);
        QScrollBar *bar = reader.scrollArea()->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        bar->setValue(bar->maximum());
        QCOMPARE(finished.count(), 0);
        QVERIFY(!reader.isLessonDone(QStringLiteral("long")));
    }

    void playgroundBlocksBecomeLiveWidgetsInReadingOrder()
    {
        ft::ui::LessonReader reader;
        reader.setLessons({playgroundLesson()});
        reader.resize(1000, 800);
        reader.show();

        QCOMPARE(reader.playgrounds().size(), 2);
        auto *flatten = qobject_cast<ft::ui::FlattenPlayground *>(reader.playgrounds().at(0));
        QVERIFY2(flatten, "a Flatten block is a live FlattenPlayground");
        QCOMPARE(flatten->startDimBox()->value(), 2);
        QCOMPARE(flatten->outputLabel()->text(), QStringLiteral("(32, 3, 784)")); // answered by the engine
        auto *builder = qobject_cast<ft::ui::ModelBuilder *>(reader.playgrounds().at(1));
        QVERIFY2(builder, "a block with a model is a live ModelBuilder");

        // Text, playground, text, playground, text: each sits below the one before.
        const QList<ft::ui::MarkdownView *> texts = reader.textViews();
        QCOMPARE(texts.size(), 3);
        QTRY_VERIFY(texts.at(0)->y() < flatten->y());
        QVERIFY(flatten->y() < texts.at(1)->y());
        QVERIFY(texts.at(1)->y() < builder->y());
        QVERIFY(builder->y() < texts.at(2)->y());
        QVERIFY(!reader.findChildren<QLabel *>().isEmpty());
        bool captionShown = false;
        for (QLabel *label : reader.findChildren<QLabel *>())
            captionShown = captionShown || label->text().contains(QStringLiteral("Merge height and width"));
        QVERIFY(captionShown);

        // Moving to another lesson tears the playgrounds down.
        reader.setLessons({playgroundLesson(), textLesson(QStringLiteral("plain"), QStringLiteral("Plain"), QStringLiteral("No playground."))});
        reader.showNext();
        QVERIFY(reader.playgrounds().isEmpty());
    }

    // Issue 16.8: a large empty band sat between the animation and its Play/Step/Replay row in
    // lessons (the view asked for a fixed 420 px). The last painted row of the animation is now a
    // margin and a layout spacing above the controls, with and without the element view, at a
    // projector's 1024x768 and at 1920x1080, in normal and presentation type.
    void noEmptyBandAboveThePlayControls_data()
    {
        QTest::addColumn<QString>("shape");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("typeScale");
        for (const QString shape : {QStringLiteral("32, 3, 28, 28"), QStringLiteral("2, 3, 4, 5")})
            for (const QSize size : classroomSizes())
                for (const double typeScale : {1.0, 1.5})
                    QTest::addRow("(%s) %dx%d x%.1f", qPrintable(shape), size.width(), size.height(), typeScale)
                        << shape << size << typeScale;
    }
    void noEmptyBandAboveThePlayControls()
    {
        QFETCH(QString, shape);
        QFETCH(QSize, size);
        QFETCH(double, typeScale);
        Lesson lesson = textLesson(QStringLiteral("gap"), QStringLiteral("Gap"), QStringLiteral("Before the playground."));
        LessonBlock flatten;
        flatten.kind = LessonBlock::Kind::Playground;
        flatten.playground.inputText = shape;
        flatten.playground.inputShape = ft::parseShape(shape.toStdString());
        lesson.blocks << flatten;
        ft::ui::LessonReader reader;
        QFont type = reader.font();
        type.setPointSizeF(type.pointSizeF() * typeScale);
        reader.setFont(type);
        reader.setLessons({lesson});
        reader.resize(size);
        reader.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reader));
        auto *playground = qobject_cast<ft::ui::FlattenPlayground *>(reader.playgrounds().value(0));
        QVERIFY(playground);
        ft::ui::FlattenAnimationView *view = playground->animationView();
        view->pause();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QApplication::processEvents();
        view->clearFocus();
        auto *play = playground->findChild<QPushButton *>(QStringLiteral("playButton"));
        QVERIFY(play);

        // The lowest row of the view with anything drawn on it (the view fills itself with Base),
        // in the first or the last frame: the cells take the input's layout, then the output's.
        const QColor base = view->palette().color(QPalette::Base);
        int lastPainted = -1;
        for (const int at : {0, view->totalDuration()}) {
            view->animation()->setCurrentTime(at);
            const QImage image = view->grab().toImage();
            for (int y = image.height() - 1; y > lastPainted; --y) {
                bool painted = false;
                for (int x = 0; x < image.width() && !painted; ++x)
                    painted = image.pixelColor(x, y) != base;
                if (painted) {
                    lastPainted = y;
                    break;
                }
            }
        }
        QVERIFY(lastPainted > 0);
        const int gap = play->mapTo(playground, QPoint(0, 0)).y() - view->mapTo(playground, QPoint(0, lastPainted)).y();
        const int allowed = 16 + playground->layout()->spacing() + view->fontMetrics().height();
        QVERIFY2(gap > 0 && gap <= allowed, qPrintable(QStringLiteral("%1 px between the last drawn row and the controls (at most %2)").arg(gap).arg(allowed)));
    }

    // A ```playground-class block: the lesson's class, live in the lesson. Each line that makes a
    // tensor shows its shape; a bigger input makes the Linear raise, with the fix; Reset brings
    // the lesson's class back, and undo never reaches a class the learner did not see.
    void classPlaygroundTracesTheLessonsClassInTheLesson()
    {
        const QString text = QStringLiteral(
            "---\nid: class-lesson\ntitle: A class\norder: 1\nminutes: 2\n---\n\nBefore the class.\n\n"
            "```playground-class\ninput: 4, 1, 28, 28\nreturns: (4, 10)\ncaption: Try 4, 1, 56, 56.\n\n"
            "import torch\nimport torch.nn as nn\n\n\nclass Net(nn.Module):\n    def __init__(self):\n        super().__init__()\n"
            "        self.conv = nn.Conv2d(1, 16, 3, padding=1)\n        self.pool = nn.MaxPool2d(2)\n        self.fc = nn.Linear(16 * 14 * 14, 10)\n\n"
            "    def forward(self, x):\n        x = self.pool(self.conv(x))\n        x = torch.flatten(x, 1)\n        return self.fc(x)\n```\n\nAfter the class.\n");
        ft::content::ContentProblems problems;
        const std::optional<Lesson> lesson = ft::content::parseLesson(text, QStringLiteral("class-lesson.md"), problems);
        QVERIFY2(lesson && problems.isEmpty(), problems.isEmpty() ? "no lesson" : qPrintable(problems.first().toString()));
        ft::ui::LessonReader reader;
        reader.setLessons({*lesson});
        reader.resize(1024, 768);
        reader.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reader));

        QCOMPARE(reader.playgrounds().size(), 1);
        auto *playground = qobject_cast<ft::ui::ClassPlayground *>(reader.playgrounds().first());
        QVERIFY2(playground, "a class block is a live ClassPlayground");
        ft::ui::ClassEditor *editor = playground->editor();
        QVERIFY(editor->isCompact());
        QVERIFY(!editor->exampleBox()->isVisible());
        QVERIFY(!editor->openButton()->isVisible());
        QVERIFY(editor->inputEdit()->isVisible());
        QCOMPARE(editor->inputEdit()->text(), QStringLiteral("4, 1, 28, 28"));
        QCOMPARE(editor->codeEditor()->toPlainText(), lesson->playgrounds().first().source);
        QCOMPARE(editor->outputLabel()->text(), QStringLiteral("forward() returns (4, 10)"));
        // Line 14 of the class is "x = torch.flatten(x, 1)": its shape sits at the line's end.
        QVERIFY(editor->codeEditor()->lineHints().value(14).text.contains(QStringLiteral("(4, 3136)")));
        // The whole class shows: the lesson scrolls, not the editor.
        QApplication::processEvents();
        QCOMPARE(editor->codeEditor()->verticalScrollBar()->maximum(), 0);
        QVERIFY(!editor->codeEditor()->document()->isUndoAvailable());

        editor->setInputText(QStringLiteral("4, 1, 56, 56"));
        editor->retrace();
        QVERIFY(editor->errorLabel()->isVisible());
        QCOMPARE(editor->errorLabel()->text(),
                 QStringLiteral("Line 15: RuntimeError: mat1 and mat2 shapes cannot be multiplied (4x12544 and 3136x10)"));
        QCOMPARE(editor->codeEditor()->lineMarks().value(15), ft::ui::CodeEditor::Mark::Error);
        QVERIFY(editor->hintLabel()->isVisible());
        QVERIFY(editor->hintLabel()->text().contains(QStringLiteral("12544")));
        QVERIFY(!editor->outputLabel()->isVisible());

        QTest::mouseClick(playground->resetButton(), Qt::LeftButton);
        QCOMPARE(editor->inputEdit()->text(), QStringLiteral("4, 1, 28, 28"));
        QCOMPARE(editor->outputLabel()->text(), QStringLiteral("forward() returns (4, 10)"));
        QVERIFY(!editor->errorLabel()->isVisible());
        QVERIFY(editor->codeEditor()->lineMarks().isEmpty());
    }

    // The bundled forward() lesson: its second class playground is the silent x.view(-1, N) bug,
    // and the learner sees the line marked with the engine's batch warning, in the lesson.
    void theForwardLessonShowsTheSilentBatchChange()
    {
        const ft::content::ContentLibrary library = ft::content::ContentLibrary::load({QStringLiteral(FT_SOURCE_DIR)});
        ft::ui::LessonReader reader;
        reader.setLessons(library.lessons());
        QVERIFY(reader.openLesson(QStringLiteral("flatten-in-forward")));
        QList<ft::ui::ClassPlayground *> classes;
        for (QWidget *widget : reader.playgrounds()) {
            if (auto *playground = qobject_cast<ft::ui::ClassPlayground *>(widget))
                classes << playground;
        }
        QCOMPARE(classes.size(), 2);
        ft::ui::ClassEditor *editor = classes.at(1)->editor();
        QCOMPARE(editor->outputLabel()->text(), QStringLiteral("forward() returns (16, 10)"));
        QVERIFY(!editor->warningLabel()->text().isEmpty());
        const QStringList lines = editor->codeEditor()->toPlainText().split(QLatin1Char('\n'));
        const int viewLine = int(lines.indexOf(QStringLiteral("        x = x.view(-1, 16 * 7 * 7)"))) + 1;
        QVERIFY(viewLine > 0);
        QCOMPARE(editor->codeEditor()->lineMarks().value(viewLine), ft::ui::CodeEditor::Mark::Warning);
    }

    void remoteAndLocalImagesAreNeverLoaded()
    {
        ft::ui::MarkdownView view;
        view.resize(600, 200);
        view.setMarkdownText(QStringLiteral("Look: ![tensor](https://example.com/tensor.png) and ![disk](file:///etc/passwd)"));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(view.refusedResources().contains(QUrl(QStringLiteral("https://example.com/tensor.png"))));
        QVERIFY(view.refusedResources().contains(QUrl(QStringLiteral("file:///etc/passwd"))));
        QVERIFY(!view.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("http://example.com/x.png"))).isValid());
    }

    void onlyWebLinksOpenAndOnlyInTheSystemBrowser()
    {
        LinkCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
        ft::ui::MarkdownView view;
        view.setMarkdownText(QStringLiteral("[docs](https://pytorch.org/docs/stable/generated/torch.nn.Flatten.html)"));
        QSignalSpy opened(&view, &ft::ui::MarkdownView::externalLinkOpened);

        emit view.anchorClicked(QUrl(QStringLiteral("https://pytorch.org/docs/stable/generated/torch.nn.Flatten.html")));
        emit view.anchorClicked(QUrl(QStringLiteral("file:///home/someone/notes.txt")));
        QCOMPARE(catcher.opened.size(), 1);
        QCOMPARE(catcher.opened.first().host(), QStringLiteral("pytorch.org"));
        QCOMPARE(opened.count(), 1);
        // The text view itself never navigates away from the lesson.
        QVERIFY(view.source().isEmpty());
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    }

    void codeBlocksUseAFixedWidthFont()
    {
        ft::ui::MarkdownView view;
        view.setMarkdownText(QStringLiteral("Text\n\n```python\nx = torch.randn(32, 3, 28, 28)\n```\n"));
        QTextCursor cursor = view.document()->find(QStringLiteral("torch.randn"));
        QVERIFY(!cursor.isNull());
        QVERIFY(cursor.charFormat().fontFixedPitch());
        QTextCursor text = view.document()->find(QStringLiteral("Text"));
        QVERIFY(!text.charFormat().fontFixedPitch());
    }
};

FT_REGISTER_TEST(LessonReaderTest)
#include "tst_lesson_reader.moc"
