// The flatten playground, driven like a learner drives it: type a shape, type start_dim/end_dim,
// toggle nn.Flatten / torch.flatten, add and remove dims; the output, error, range, explanation
// and hint labels follow. The animation runs to its end state and shows the merged product; the
// element view moves every value into one row per sample. Screenshots go to $FT_BUILD_DIR/screenshots.
#include "ft_test.h"
#include "screenshot_dir.h"

#include "engine/diagnosis.h"
#include "engine/trace.h"
#include "ui/flatten_animation_view.h"
#include "ui/flatten_playground.h"
#include "ui/model_builder.h"
#include "ui/playground_page.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QParallelAnimationGroup>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTest>

using ft::ui::FlattenAnimationView;
using ft::ui::FlattenPlayground;

namespace {

void typeInto(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(widget, Qt::Key_Backspace);
    QTest::keyClicks(widget, text);
}

// The engine's hint for this flatten: the label must show exactly it (the engine tests pin it).
QString engineHint(const ft::Shape &shape, ft::Dim start, ft::Dim end)
{
    const std::string hint = ft::explainFlatten(shape, start, end).diagnosis.hint;
    return hint.empty() ? QString() : QString::fromStdString(hint);
}

void finish(FlattenAnimationView *view)
{
    view->pause();
    view->animation()->setCurrentTime(view->totalDuration());
}

} // namespace

class FlattenPlaygroundTest : public QObject
{
    Q_OBJECT

private slots:
    void typedShapeAndDimsGiveEngineResult_data()
    {
        QTest::addColumn<QString>("shape");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<QString>("output");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("range");
        // Outputs and errors as PyTorch 1.13 gives them for torch.flatten(torch.zeros(shape), start, end).
        QTest::newRow("nn.Flatten keeps the batch") << "16, 3, 28, 28" << "1" << "-1" << "(16, 2352)" << "" << "valid dims: -4 to 3";
        QTest::newRow("negative start counts from the end") << "(2, 3, 4, 5)" << "-2" << "-1" << "(2, 3, 20)" << "" << "valid dims: -4 to 3";
        QTest::newRow("start past the last dim")
            << "32, 3, 28, 28" << "4" << "-1" << ""
            << "IndexError: Dimension out of range (expected to be in range of [-4, 3], but got 4)" << "valid dims: -4 to 3";
        QTest::newRow("start after end") << "32, 3, 28, 28" << "3" << "1" << ""
                                         << "RuntimeError: flatten() has invalid args: start_dim cannot come after end_dim"
                                         << "valid dims: -4 to 3";
        QTest::newRow("0-d becomes (1,)") << "()" << "0" << "-1" << "(1,)" << "" << "valid dims: -1 to 0";
    }
    void typedShapeAndDimsGiveEngineResult()
    {
        QFETCH(QString, shape);
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(QString, output);
        QFETCH(QString, error);
        QFETCH(QString, range);

        FlattenPlayground playground;
        playground.show();
        QVERIFY(QTest::qWaitForWindowExposed(&playground));
        typeInto(playground.shapeEdit(), shape);
        typeInto(playground.startDimBox(), start);
        typeInto(playground.endDimBox(), end);

        QCOMPARE(playground.outputLabel()->text(), output);
        QCOMPARE(playground.errorLabel()->text(), error);
        QCOMPARE(playground.errorLabel()->isVisible(), !error.isEmpty());
        QCOMPARE(playground.outputLabel()->isVisible(), !output.isEmpty());
        QCOMPARE(playground.rangeLabel()->text(), range);
        QVERIFY2(!playground.explanationLabel()->text().isEmpty(), "every result is explained");
    }

    void outOfRangeStartDimExplainsAndHints()
    {
        FlattenPlayground playground;
        playground.setShapeText(QStringLiteral("32, 3, 28, 28"));
        typeInto(playground.startDimBox(), QStringLiteral("-5"));
        QCOMPARE(playground.errorLabel()->text(),
                 QStringLiteral("IndexError: Dimension out of range (expected to be in range of [-4, 3], but got -5)"));
        QCOMPARE(playground.hintLabel()->text(), QStringLiteral("Hint: ") + engineHint({32, 3, 28, 28}, -5, -1));
    }

    void toggleSwitchesBetweenModuleAndFunctionDefaults()
    {
        FlattenPlayground playground;
        playground.show();
        QVERIFY(QTest::qWaitForWindowExposed(&playground));
        playground.setShapeText(QStringLiteral("32, 3, 28, 28"));
        QVERIFY(playground.moduleButton()->isChecked());
        QCOMPARE(playground.startDimBox()->value(), 1);
        QCOMPARE(playground.outputLabel()->text(), QStringLiteral("(32, 2352)"));
        QCOMPARE(playground.codeLabel()->text(), QStringLiteral("nn.Flatten(start_dim=1, end_dim=-1)(x)"));
        QVERIFY(playground.hintLabel()->isHidden());

        QTest::mouseClick(playground.functionButton(), Qt::LeftButton);
        QCOMPARE(playground.mode(), FlattenPlayground::Mode::Function);
        QCOMPARE(playground.startDimBox()->value(), 0);
        QCOMPARE(playground.endDimBox()->value(), -1);
        QCOMPARE(playground.outputLabel()->text(), QStringLiteral("(75264,)"));
        QCOMPARE(playground.codeLabel()->text(), QStringLiteral("torch.flatten(x, start_dim=0, end_dim=-1)"));
        QVERIFY(playground.hintLabel()->isVisible());
        QCOMPARE(playground.hintLabel()->text(), QStringLiteral("Hint: ") + engineHint({32, 3, 28, 28}, 0, -1));

        QTest::mouseClick(playground.moduleButton(), Qt::LeftButton);
        QCOMPARE(playground.startDimBox()->value(), 1);
        QCOMPARE(playground.outputLabel()->text(), QStringLiteral("(32, 2352)"));
    }

    void addAndRemoveDimButtonsEditTheShape()
    {
        FlattenPlayground playground;
        playground.setShapeText(QStringLiteral("32, 3, 28, 28"));
        QPushButton *add = playground.findChild<QPushButton *>(QStringLiteral("addDimButton"));
        QPushButton *remove = playground.findChild<QPushButton *>(QStringLiteral("removeDimButton"));
        QVERIFY(add && remove);
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(playground.shapeEdit()->text(), QStringLiteral("(32, 3, 28, 28, 2)"));
        QCOMPARE(playground.rangeLabel()->text(), QStringLiteral("valid dims: -5 to 4"));
        QCOMPARE(playground.outputLabel()->text(), QStringLiteral("(32, 4704)"));
        QTest::mouseClick(remove, Qt::LeftButton);
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(playground.shapeEdit()->text(), QStringLiteral("(32, 3, 28)"));
        QCOMPARE(playground.outputLabel()->text(), QStringLiteral("(32, 84)"));
    }

    void invalidShapeTextShowsTheParserMessageWithoutCrashing()
    {
        FlattenPlayground playground;
        typeInto(playground.shapeEdit(), QStringLiteral("32, x, 28"));
        QVERIFY(!playground.shapeError().isEmpty());
        QCOMPARE(playground.errorLabel()->text(), playground.shapeError());
        QVERIFY(playground.errorLabel()->text().contains(QLatin1Char('^')));
        QVERIFY(playground.outputLabel()->text().isEmpty());
        typeInto(playground.shapeEdit(), QStringLiteral("32, 8, 28"));
        QVERIFY(playground.shapeError().isEmpty());
        QCOMPARE(playground.outputLabel()->text(), QStringLiteral("(32, 224)"));
    }

    // Regression: after a valid shape the error label was hidden, and the shape parser's message
    // was written into it without showing it: typing `x` after `32, 3, 28, 28` showed nothing.
    void shapeParseErrorAfterAValidShapeIsVisible()
    {
        FlattenPlayground playground;
        playground.resize(900, 700);
        playground.show();
        QVERIFY(QTest::qWaitForWindowExposed(&playground));
        typeInto(playground.shapeEdit(), QStringLiteral("32, 3, 28, 28"));
        QVERIFY(playground.outputLabel()->isVisible());
        QVERIFY(!playground.errorLabel()->isVisible());
        QTest::keyClick(playground.shapeEdit(), Qt::Key_End);
        QTest::keyClick(playground.shapeEdit(), Qt::Key_X);
        QVERIFY(!playground.shapeError().isEmpty());
        QCOMPARE(playground.errorLabel()->text(), playground.shapeError());
        QVERIFY(playground.errorLabel()->isVisible());
        QVERIFY(!playground.outputLabel()->isVisible());
        QTest::keyClick(playground.shapeEdit(), Qt::Key_Backspace);
        QVERIFY(playground.outputLabel()->isVisible());
        QVERIFY(!playground.errorLabel()->isVisible());
    }

    void presetConstructorForLessons()
    {
        FlattenPlayground playground({2, 3, 4}, 0, 1, FlattenPlayground::Mode::Function);
        QVERIFY(playground.functionButton()->isChecked());
        QCOMPARE(playground.startDimBox()->value(), 0);
        QCOMPARE(playground.endDimBox()->value(), 1);
        QCOMPARE(playground.shapeEdit()->text(), QStringLiteral("(2, 3, 4)"));
        QCOMPARE(playground.outputLabel()->text(), QStringLiteral("(6, 4)"));
    }

    void animationEndsWithTheMergedProduct()
    {
        FlattenPlayground playground;
        playground.resize(1000, 760);
        playground.show();
        QVERIFY(QTest::qWaitForWindowExposed(&playground));
        playground.setShapeText(QStringLiteral("32, 3, 28, 28"));
        FlattenAnimationView *view = playground.animationView();

        view->pause();
        view->animation()->setCurrentTime(0);
        QCOMPARE(view->blockLabels(), (QStringList{"32", "3", "28", "28"}));

        finish(view);
        QCOMPARE(view->progress(), 1.0);
        QCOMPARE(view->blockLabels(), (QStringList{"32", "3 x 28 x 28 = 2352"}));
        QVERIFY2(view->blockCaptions().contains(QStringLiteral("dim 0 stays")), qPrintable(view->blockCaptions().join('|')));
        QVERIFY(view->blockCaptions().contains(QStringLiteral("dims 1-3 merged into dim 1")));
        QVERIFY(view->accessibleDescription().contains(QStringLiteral("3 x 28 x 28 = 2352")));
        QVERIFY2(!view->elementViewShown(), "75264 elements are too many to draw one by one");
        QVERIFY(playground.grab().save(screenshotDir() + QStringLiteral("/playground-flatten.png")));
    }

    // Issue 16.8: captions ran together ("dim 0 staysdim 1") under narrow blocks, at small widths
    // and in presentation type. At every key frame, each caption lies inside the view and keeps
    // clear of its neighbour (no overlap, no touching), for several shapes, dims and widths.
    void captionsOfNeighbouringBlocksNeverTouch_data()
    {
        QTest::addColumn<QString>("shape");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::addColumn<int>("width");
        QTest::addColumn<double>("typeScale");
        const QList<std::tuple<QString, int, int>> flattens{
            {QStringLiteral("2, 3, 4, 4"), 1, -1}, {QStringLiteral("2, 3, 4, 4"), 0, -1}, {QStringLiteral("2, 3, 4, 4"), 2, 3},
            {QStringLiteral("2, 3, 4, 4"), 0, 1}, {QStringLiteral("32, 3, 28, 28"), 1, -1}, {QStringLiteral("32, 3, 28, 28"), 0, 1},
            {QStringLiteral("32, 3, 28, 28"), 2, -1}, {QStringLiteral("32, 3, 28, 28"), 1, 2}, {QStringLiteral("32, 3, 28, 28"), 3, 3},
            {QStringLiteral("8, 1, 2, 3, 4, 5"), 2, 4}};
        for (const auto &[shape, start, end] : flattens)
            for (const int width : {320, 480, 760})
                for (const double typeScale : {1.0, 1.5, 2.4}) // normal, presentation, presentation zoomed in
                    QTest::addRow("(%s) s%d e%d %dpx x%.1f", qPrintable(shape), start, end, width, typeScale)
                        << shape << start << end << width << typeScale;
    }
    void captionsOfNeighbouringBlocksNeverTouch()
    {
        QFETCH(QString, shape);
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(int, width);
        QFETCH(double, typeScale);
        FlattenAnimationView view;
        QFont type = view.font();
        type.setPointSizeF(type.pointSizeF() * typeScale);
        view.setFont(type);
        view.resize(width, 420);
        view.setReport(ft::explainFlatten(ft::parseShape(shape.toStdString()), start, end));
        view.pause();
        // Input, slid together, the merged block fading in, the end.
        for (const qreal at : {0.0, 0.5, 0.8, 1.0}) {
            view.animation()->setCurrentTime(int(at * view.totalDuration()));
            const QList<QRectF> rects = view.captionRects();
            QCOMPARE(rects.size(), view.blockCaptions().size());
            if (at == 1.0) { // to look at: screenshots/captions/<shape>_s<start>_e<end>_<width>px_x<type scale>.png
                QDir().mkpath(screenshotDir() + QStringLiteral("/captions"));
                const QString tag = QString::fromLatin1(QTest::currentDataTag()).remove(QRegularExpression(QStringLiteral("[(), ]+$"))).replace(QRegularExpression(QStringLiteral("[(), ]+")), QStringLiteral("_"));
                QVERIFY(view.grab().save(screenshotDir() + QStringLiteral("/captions/%1.png").arg(tag)));
            }
            for (int k = 0; k < rects.size(); ++k) {
                QVERIFY2(QRectF(view.rect()).contains(rects.at(k)),
                         qPrintable(QStringLiteral("at %1: caption %2 leaves the view").arg(at).arg(k)));
                if (k > 0)
                    QVERIFY2(rects.at(k).left() >= rects.at(k - 1).right() + 2,
                             qPrintable(QStringLiteral("at %1: \"%2\" and \"%3\" touch (%4 >= %5)")
                                            .arg(at).arg(view.blockCaptions().value(k - 1), view.blockCaptions().value(k))
                                            .arg(rects.at(k - 1).right()).arg(rects.at(k).left())));
            }
        }
    }

    void animationPlaysToTheEndOnItsOwn()
    {
        FlattenPlayground playground;
        playground.show();
        QVERIFY(QTest::qWaitForWindowExposed(&playground));
        FlattenAnimationView *view = playground.animationView();
        view->setSpeed(4.0);
        typeInto(playground.startDimBox(), QStringLiteral("2"));
        QVERIFY(view->isPlaying());
        QVERIFY(QTest::qWaitFor([view] { return !view->isPlaying(); }, 5000));
        QCOMPARE(view->progress(), 1.0);
        QCOMPARE(view->blockLabels(), (QStringList{"32", "3", "28 x 28 = 784"}));
    }

    void stepPauseReplayAndSpeed()
    {
        FlattenPlayground playground;
        playground.show();
        QVERIFY(QTest::qWaitForWindowExposed(&playground));
        FlattenAnimationView *view = playground.animationView();
        playground.setStartDim(0); // re-animates
        QVERIFY(view->isPlaying());
        view->animation()->setCurrentTime(0);
        QPushButton *step = playground.findChild<QPushButton *>(QStringLiteral("stepButton"));
        QTest::mouseClick(step, Qt::LeftButton);
        QVERIFY(!view->isPlaying());
        QCOMPARE(view->progress(), 0.5);
        QTest::mouseClick(step, Qt::LeftButton);
        QCOMPARE(view->progress(), 1.0);
        QTest::mouseClick(step, Qt::LeftButton);
        QCOMPARE(view->progress(), 0.0);

        view->setSpeed(2.0);
        QCOMPARE(view->totalDuration(), FlattenAnimationView::kBaseDurationMs / 2);
        QPushButton *replay = playground.findChild<QPushButton *>(QStringLiteral("replayButton"));
        QTest::mouseClick(replay, Qt::LeftButton);
        QVERIFY(view->isPlaying());
        QPushButton *play = playground.findChild<QPushButton *>(QStringLiteral("playButton"));
        QCOMPARE(play->text(), QStringLiteral("Pause"));
        QTest::mouseClick(play, Qt::LeftButton);
        QVERIFY(!view->isPlaying());
        QCOMPARE(play->text(), QStringLiteral("Play"));

        // Keyboard on the view: Right steps, Space plays.
        view->setFocus();
        view->animation()->setCurrentTime(0);
        QTest::keyClick(view, Qt::Key_Right);
        QCOMPARE(view->progress(), 0.5);
        QTest::keyClick(view, Qt::Key_Space);
        QVERIFY(view->isPlaying());
    }

    void editRestartsTheAnimation()
    {
        FlattenPlayground playground;
        FlattenAnimationView *view = playground.animationView();
        finish(view);
        QCOMPARE(view->progress(), 1.0);
        typeInto(playground.shapeEdit(), QStringLiteral("8, 3, 4, 4"));
        QVERIFY(view->isPlaying());
        QVERIFY(view->progress() < 0.2);
        // Re-applying the same flatten does not restart it.
        finish(view);
        playground.setShapeText(QStringLiteral("(8, 3, 4, 4)"));
        QCOMPARE(view->progress(), 1.0);
        QVERIFY(!view->isPlaying());
    }

    void elementViewMovesValuesIntoOneRowPerSample()
    {
        FlattenPlayground playground;
        playground.resize(1000, 820);
        playground.show();
        QVERIFY(QTest::qWaitForWindowExposed(&playground));
        playground.setShapeText(QStringLiteral("2, 3, 2, 2"));
        FlattenAnimationView *view = playground.animationView();
        QVERIFY(view->elementViewShown());
        QCOMPARE(view->elementCount(), 24);

        view->pause();
        view->animation()->setCurrentTime(0);
        // Input: value 5 is sample 0, channel 1, row 0, column 1 -> second tile (x 2.6), column 1.
        QCOMPARE(view->cellGridPosition(5), QPointF(3.6, 0));
        view->animation()->setCurrentTime(view->totalDuration() / 2);
        QVERIFY(playground.grab().save(screenshotDir() + QStringLiteral("/playground-elements-moving.png")));
        finish(view);
        // Output (2, 12): value 5 is the 6th cell of sample 0's row; value 13 the 2nd of sample 1's.
        QCOMPARE(view->cellGridPosition(5), QPointF(5, 0));
        QCOMPARE(view->cellGridPosition(13), QPointF(1, 1.6));
        QVERIFY(playground.grab().save(screenshotDir() + QStringLiteral("/playground-elements.png")));

        // torch.flatten(x) merges the batch too: all 24 values end in a single row.
        QTest::mouseClick(playground.functionButton(), Qt::LeftButton);
        finish(view);
        QCOMPARE(view->cellGridPosition(13), QPointF(13, 0));
        QCOMPARE(view->blockLabels(), (QStringList{"2 x 3 x 2 x 2 = 24"}));
    }

    void errorStateScreenshot()
    {
        FlattenPlayground playground;
        playground.resize(1000, 760);
        playground.show();
        QVERIFY(QTest::qWaitForWindowExposed(&playground));
        playground.setStartDim(4);
        QVERIFY(!playground.report().ok());
        QCOMPARE(playground.animationView()->blockLabels(), (QStringList{"32", "3", "28", "28"}));
        QVERIFY(playground.grab().save(screenshotDir() + QStringLiteral("/playground-error.png")));
    }

    void pageFitsAWindowOf900By640()
    {
        // The main window (navigation 180 px) must be able to shrink to 910 x 640 with this page in it.
        ft::ui::PlaygroundPage page;
        page.show();
        qInfo() << "min sizes: page" << page.minimumSizeHint() << "playground" << page.flattenPlayground()->minimumSizeHint()
                << "builder" << page.modelBuilder()->minimumSizeHint();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY2(page.minimumSizeHint().width() <= 700, qPrintable(QString::number(page.minimumSizeHint().width())));
        page.showModelBuilder();
        QVERIFY2(page.minimumSizeHint().width() <= 700, qPrintable(QString::number(page.minimumSizeHint().width())));
        QVERIFY2(page.minimumSizeHint().height() <= 600, qPrintable(QString::number(page.minimumSizeHint().height())));
    }

    void customWidgetsHaveAccessibleNames()
    {
        FlattenPlayground playground;
        for (QWidget *w : std::initializer_list<QWidget *>{&playground, playground.shapeEdit(), playground.startDimBox(),
                                                           playground.endDimBox(), playground.outputLabel(),
                                                           playground.errorLabel(), playground.animationView()})
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        QCOMPARE(playground.animationView()->focusPolicy(), Qt::StrongFocus);
    }
};

FT_REGISTER_TEST(FlattenPlaygroundTest)
#include "tst_flatten_playground.moc"
