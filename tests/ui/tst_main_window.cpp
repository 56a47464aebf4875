// The main window shows its navigation and switches screens by mouse and by Ctrl+<n>; zoom scales
// the type app-wide; presentation mode goes full screen with large type; F1 and ? list the
// shortcuts (but ? typed into a text field stays text); size, place, zoom and screen come back
// on the next start.
#include "ft_test.h"
#include "screenshot_dir.h"

#include "ui/app_style.h"
#include "ui/help_overlay.h"
#include "ui/lesson_reader.h"
#include "ui/main_window.h"
#include "ui/flatten_playground.h"
#include "ui/markdown_view.h"
#include "ui/model_builder.h"
#include "ui/playground_page.h"
#include "ui/progress_page.h"
#include "ui/quiz_runner.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QWheelEvent>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {

void activate(QWidget *window)
{
    window->show();
    QApplication::setActiveWindow(window);
    QVERIFY(QTest::qWaitForWindowActive(window));
}

} // namespace

class MainWindowTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;

private slots:
    void initTestCase()
    {
        // Tests never read or write the learner's real settings.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void init()
    {
        QSettings().clear();
    }

    void showsNavigationToEveryScreen()
    {
        ft::ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QStringList names;
        for (int i = 0; i < window.navigation()->count(); ++i)
            names << window.navigation()->item(i)->text();
        QCOMPARE(names.mid(0, 4), (QStringList{"Lessons", "Practice", "Playground", "Progress"}));
        QCOMPARE(window.pages()->count(), window.navigation()->count());
        QCOMPARE(window.page(ft::ui::ScreenId::Lessons), window.lessonReader());
        QVERIFY(window.windowTitle().contains(QStringLiteral("Flatten Tutor")));

        window.navigation()->setCurrentRow(2);
        QCOMPARE(window.pages()->currentIndex(), 2);
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("Playground")));

        QVERIFY(window.grab().save(screenshotDir() + QStringLiteral("/main-window.png")));
    }

    void ctrlNumberSwitchesScreens()
    {
        ft::ui::MainWindow window;
        activate(&window);
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentPageId(), ft::ui::ScreenId::Practice);
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(window.currentPageId(), ft::ui::ScreenId::Progress);
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), window.lessonReader());

        // A screen added later gets the next number.
        auto *extra = new QLineEdit;
        const int index = window.addPage(QStringLiteral("extra"), QStringLiteral("Extra"), extra);
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + index), Qt::ControlModifier);
        QCOMPARE(window.currentPage(), extra);
    }

    void zoomScalesTheTypeAppWide()
    {
        ft::ui::MainWindow window;
        activate(&window);
        const qreal base = window.appStyle()->baseFont().pointSizeF();
        ft::ui::MarkdownView *text = window.lessonReader()->textViews().value(0);
        QVERIFY2(text, "the first bundled lesson has text");
        const qreal textBefore = text->font().pointSizeF();

        QTest::keyClick(&window, Qt::Key_Plus, Qt::ControlModifier);
        QTest::keyClick(&window, Qt::Key_Equal, Qt::ControlModifier); // same key without Shift
        QCOMPARE(window.appStyle()->zoomStep(), 2);
        QVERIFY(QApplication::font().pointSizeF() > base * 1.2);
        // Qt delivers the new application font to widgets through posted events.
        QTRY_VERIFY(text->font().pointSizeF() > textBefore * 1.2);
        QVERIFY(window.navigation()->font().pointSizeF() > base * 1.2);

        QTest::keyClick(&window, Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(window.appStyle()->zoomStep(), 1);
        QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(window.appStyle()->zoomStep(), 0);
        QCOMPARE(QApplication::font().pointSizeF(), base);
        QTRY_COMPARE(text->font().pointSizeF(), textBefore);

        for (int i = 0; i < 30; ++i)
            window.zoomOut(); // bounded: never unreadably small
        QCOMPARE(window.appStyle()->zoomStep(), ft::ui::AppStyle::minZoomStep());
        QVERIFY(QApplication::font().pointSizeF() >= base * 0.75);
        window.resetZoom();
    }

    void presentationModeIsFullScreenWithLargeType()
    {
        ft::ui::MainWindow window;
        activate(&window);
        const qreal base = QApplication::font().pointSizeF();
        QTest::keyClick(&window, Qt::Key_F11);
        QVERIFY(window.isPresentationMode());
        QTRY_VERIFY(window.isFullScreen());
        QCOMPARE(QApplication::font().pointSizeF(), base * ft::ui::AppStyle::presentationFactor());
        // Leaves with the other key too, and everything is as before.
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!window.isPresentationMode());
        QTRY_VERIFY(!window.isFullScreen());
        QCOMPARE(QApplication::font().pointSizeF(), base);

        window.setPresentationMode(true);
        QTest::keyClick(window.navigation(), Qt::Key_Escape);
        QVERIFY(!window.isPresentationMode());
    }

    void helpOverlayListsTheShortcuts()
    {
        ft::ui::MainWindow window;
        activate(&window);
        QVERIFY(!window.helpOverlay()->isVisible());
        QTest::keyClick(&window, Qt::Key_F1);
        QVERIFY(window.helpOverlay()->isVisible());
        QCOMPARE(window.helpOverlay()->geometry(), window.rect());
        const QString text = window.helpOverlay()->text();
        for (const char *expected : {"Ctrl+1", "Lessons, Practice, Playground, Progress", "F11 or Ctrl+Shift+P", "1–6 or A–F",
                                     "Check the answer", "Alt+Right"})
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!window.helpOverlay()->isVisible());

        QTest::keyClick(window.navigation(), Qt::Key_Question);
        QVERIFY(window.helpOverlay()->isVisible());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Question);
        QVERIFY(!window.helpOverlay()->isVisible());
    }

    void questionMarkTypedIntoATextFieldStaysText()
    {
        ft::ui::MainWindow window;
        auto *field = new QLineEdit;
        window.addPage(QStringLiteral("typing"), QStringLiteral("Typing"), field);
        window.showPage(QStringLiteral("typing"));
        activate(&window);
        field->setFocus();
        QTest::keyClicks(field, QStringLiteral("a?"));
        QCOMPARE(field->text(), QStringLiteral("a?"));
        QVERIFY(!window.helpOverlay()->isVisible());
    }

    void settingsRestoreSizePlaceZoomAndScreen()
    {
        QRect saved;
        {
            ft::ui::MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.setGeometry(QRect(QPoint(60, 70), window.minimumSizeHint().expandedTo(QSize(900, 600)) + QSize(37, 23)));
            window.showPage(ft::ui::ScreenId::Practice);
            window.zoomIn();
            QTest::qWait(50);
            saved = window.geometry();
            window.close(); // saves
        }
        ft::ui::MainWindow again;
        QCOMPARE(again.geometry(), saved);
        QCOMPARE(again.currentPageId(), ft::ui::ScreenId::Practice);
        QCOMPARE(again.appStyle()->zoomStep(), 1);
        again.resetZoom();
    }

    // Regression (issue 16.1): typing a 12-layer model into the builder grew the window past the
    // screen, pushing the error and hint below its edge, and the grown size was saved. The window
    // never grows itself: the page scrolls inside it, and the hint can be scrolled into view.
    void aLongModelScrollsInsideTheWindowInsteadOfGrowingIt()
    {
        ft::ui::MainWindow window;
        window.resize(1024, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showPage(ft::ui::ScreenId::Playground));
        auto *page = qobject_cast<ft::ui::PlaygroundPage *>(window.page(ft::ui::ScreenId::Playground));
        QVERIFY(page);
        page->showModelBuilder();
        ft::ui::ModelBuilder *builder = page->modelBuilder();
        QString code = QStringLiteral("nn.Sequential(\n    nn.Conv2d(3, 16, 3),\n");
        for (int i = 0; i < 10; ++i)
            code += QStringLiteral("    nn.ReLU(),\n");
        code += QStringLiteral("    nn.Linear(10, 10)\n)");
        builder->setInputText(QStringLiteral("32, 3, 28, 28"));
        builder->setModelText(code);
        QVERIFY(!builder->hintLabel()->text().isEmpty());
        // Layout requests travel up one parent per round: let them all arrive, as a real session would.
        for (int round = 0; round < 10; ++round)
            QApplication::processEvents();
        QCOMPARE(window.size(), QSize(1024, 640));
        // The hint is reachable: the page's scroll area brings it into view.
        auto *scroll = qobject_cast<QScrollArea *>(window.pages()->currentWidget());
        QVERIFY2(scroll, "every screen sits in a scroll area");
        scroll->ensureWidgetVisible(builder->hintLabel());
        QApplication::processEvents();
        const QRect hint(builder->hintLabel()->mapTo(&window, QPoint(0, 0)), builder->hintLabel()->size());
        QVERIFY2(window.rect().contains(hint.center()), qPrintable(QStringLiteral("hint at %1,%2").arg(hint.x()).arg(hint.y())));
        window.close();
        QVERIFY(QSettings().value(QStringLiteral("mainWindow/geometry")).isValid());
        ft::ui::MainWindow again;
        QCOMPARE(again.size(), QSize(1024, 640));
    }

    // A saved geometry larger than the screen (another monitor, an older grown window) is clamped
    // to the available screen, so the bottom bar is never hidden.
    void savedGeometryLargerThanTheScreenIsClamped()
    {
        {
            ft::ui::MainWindow window;
            window.setGeometry(QRect(QPoint(5000, 4000), QSize(4000, 3000)));
            window.saveSettings();
        }
        ft::ui::MainWindow again;
        const QRect available = again.screen()->availableGeometry();
        QVERIFY2(available.contains(again.geometry()),
                 qPrintable(QStringLiteral("%1,%2 %3x%4 on %5x%6").arg(again.x()).arg(again.y()).arg(again.width())
                                .arg(again.height()).arg(available.width()).arg(available.height())));
    }

    // Regression (issue 16.4): scrolling a lesson with the pointer over a spin box turned end_dim
    // from -1 to -16 and stopped the page. A box takes the wheel only while it has the focus.
    void theWheelScrollsTheLessonNotTheSpinBoxUnderThePointer()
    {
        ft::ui::MainWindow window;
        window.resize(1024, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ft::ui::LessonReader *reader = window.lessonReader();
        window.showPage(ft::ui::ScreenId::Lessons);
        ft::ui::FlattenPlayground *playground = nullptr;
        for (int i = 0; i < reader->lessons().size() && !playground; ++i) {
            reader->openLessonAt(i);
            for (QWidget *widget : reader->playgrounds())
                if (!playground)
                    playground = qobject_cast<ft::ui::FlattenPlayground *>(widget);
        }
        QVERIFY2(playground, "a bundled lesson has a Flatten playground");
        QSpinBox *end = playground->endDimBox();
        reader->scrollArea()->ensureWidgetVisible(end, 0, 200);
        QApplication::processEvents();
        QCOMPARE(end->focusPolicy(), Qt::StrongFocus); // a wheel does not focus it either
        window.lessonReader()->previousButton()->setFocus();
        const int before = end->value();
        QScrollBar *bar = reader->scrollArea()->verticalScrollBar();
        const int scrolled = bar->value();
        const QPoint at = end->rect().center();
        const auto wheelDown = [&] {
            QWheelEvent event(at, end->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                              Qt::NoScrollPhase, false);
            QApplication::sendEvent(end, &event);
        };
        for (int i = 0; i < 3; ++i)
            wheelDown();
        QCOMPARE(end->value(), before);
        QVERIFY(!end->hasFocus());
        QVERIFY2(bar->value() > scrolled, "the lesson scrolled instead");
        // Focused, the box takes the wheel as before.
        end->setFocus();
        wheelDown();
        QCOMPARE(end->value(), before - 1);
    }

    // Issue 16.3: on a projector the screen list and the lesson list take room the lesson needs;
    // one key hides both and brings them back, in presentation mode too.
    void ctrlBHidesAndShowsTheSidePanels()
    {
        ft::ui::MainWindow window;
        activate(&window);
        window.setPresentationMode(true);
        QVERIFY(window.sidePanelsVisible());
        QVERIFY(window.lessonReader()->lessonList()->isVisible());
        const int textWidth = window.lessonReader()->scrollArea()->viewport()->width();
        QTest::keyClick(&window, Qt::Key_B, Qt::ControlModifier);
        QVERIFY(!window.sidePanelsVisible());
        QVERIFY(window.navigation()->isHidden() || !window.navigation()->isVisible());
        QVERIFY(!window.lessonReader()->lessonList()->isVisible());
        QApplication::processEvents();
        QTRY_VERIFY(window.lessonReader()->scrollArea()->viewport()->width() > textWidth);
        QTest::keyClick(&window, Qt::Key_B, Qt::ControlModifier);
        QVERIFY(window.sidePanelsVisible());
        QVERIFY(window.lessonReader()->lessonList()->isVisible());
        window.setPresentationMode(false);
    }

    // Regression: screens were found by their (translated) titles, so a translated UI lost the
    // saved screen and the progress wiring. Screens are found by stable ids; titles only show.
    void screensAreFoundByIdNotByTitle()
    {
        {
            ft::ui::MainWindow window;
            // A translation changes every title.
            for (int i = 0; i < window.navigation()->count(); ++i)
                window.navigation()->item(i)->setText(QStringLiteral("Übersetzt %1").arg(i));
            QVERIFY(window.showPage(ft::ui::ScreenId::Practice));
            QCOMPARE(window.currentPage(), window.quizRunner());
            QCOMPARE(window.currentPageTitle(), QStringLiteral("Übersetzt 1"));
            QVERIFY(qobject_cast<ft::ui::ProgressPage *>(window.page(ft::ui::ScreenId::Progress)));
            QVERIFY(!window.showPage(QStringLiteral("Practice"))); // a title is not an id
            window.saveSettings();
            QCOMPARE(QSettings().value(QStringLiteral("mainWindow/page")).toString(), QStringLiteral("practice"));
        }
        ft::ui::MainWindow again;
        QCOMPARE(again.currentPageId(), ft::ui::ScreenId::Practice);
    }
};

FT_REGISTER_TEST(MainWindowTest)
#include "tst_main_window.moc"
