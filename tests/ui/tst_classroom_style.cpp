// What a classroom needs to read (issue 16): View > Theme applies System / Light / Dark at once and
// remembers it; the keyboard focus has an outline a projector shows; radio buttons read in a dark
// theme and grow with the type; every interactive widget of every screen has an accessible name
// (asked through QAccessible, as a screen reader asks).
#include "ft_test.h"
#include "screenshot_dir.h"

#include "ui/app_style.h"
#include "ui/lesson_reader.h"
#include "ui/classroom_style.h"
#include "ui/main_window.h"
#include "ui/option_button.h"
#include "ui/playground_page.h"
#include "ui/quiz_runner.h"
#include "ui/theme_menu.h"
#include "ui/training_page.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QHeaderView>
#include <QTableView>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {

bool near(const QColor &a, const QColor &b, int tolerance = 40)
{
    return qAbs(a.red() - b.red()) + qAbs(a.green() - b.green()) + qAbs(a.blue() - b.blue()) <= tolerance;
}

// How many pixels of `image` inside `area` are close to `colour`.
int countNear(const QImage &image, const QRect &area, const QColor &colour)
{
    int count = 0;
    const QRect inside = area.intersected(image.rect());
    for (int y = inside.top(); y <= inside.bottom(); ++y)
        for (int x = inside.left(); x <= inside.right(); ++x)
            count += near(image.pixelColor(x, y), colour) ? 1 : 0;
    return count;
}

} // namespace

class ClassroomStyleTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;

private slots:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void init() { QSettings().clear(); }

    void cleanup() { ft::ui::ThemeMenu::applyTheme(ft::ui::ThemeMenu::Theme::System); }

    void themeChoiceAppliesAtOnceAndIsRemembered()
    {
        const QPalette system = QApplication::palette();
        {
            ft::ui::MainWindow window;
            auto *dark = window.menuBar()->findChild<QAction *>(QStringLiteral("theme-dark"));
            QVERIFY(dark);
            QVERIFY(window.menuBar()->findChild<QAction *>(QStringLiteral("theme-system"))->isChecked());
            dark->trigger();
            QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
            QVERIFY(QApplication::palette().color(QPalette::Text).lightness() > 180);
            // Live: the Training charts (painted by Qt Charts, not the palette) turn dark too.
            auto *training = qobject_cast<ft::ui::TrainingPage *>(window.page(ft::ui::ScreenId::Training));
            QVERIFY(training);
            QApplication::processEvents();
            QCOMPARE(training->lossChart()->backgroundBrush().color(), ft::ui::ThemeMenu::darkPalette().color(QPalette::Base));
            window.close();
        }
        // The next start opens dark.
        ft::ui::ThemeMenu::applyTheme(ft::ui::ThemeMenu::Theme::System);
        QCOMPARE(QApplication::palette().color(QPalette::Window), system.color(QPalette::Window));
        {
            ft::ui::MainWindow again;
            QVERIFY(again.menuBar()->findChild<QAction *>(QStringLiteral("theme-dark"))->isChecked());
            QCOMPARE(QApplication::palette().color(QPalette::Window), ft::ui::ThemeMenu::darkPalette().color(QPalette::Window));
            // Light, then System gives the desktop's colours back.
            again.menuBar()->findChild<QAction *>(QStringLiteral("theme-light"))->trigger();
            QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 200);
            again.menuBar()->findChild<QAction *>(QStringLiteral("theme-system"))->trigger();
            QCOMPARE(QApplication::palette().color(QPalette::Window), system.color(QPalette::Window));
            QCOMPARE(QSettings().value(QStringLiteral("view/theme"), QStringLiteral("unset")).toString(), QStringLiteral("unset"));
        }
    }

    // Tab to a control: a thick outline in the highlight colour surrounds it; a mouse click
    // elsewhere takes it away.
    void keyboardFocusHasAnOutline_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void keyboardFocusHasAnOutline()
    {
        QFETCH(bool, dark);
        if (dark)
            ft::ui::ThemeMenu::chooseTheme(ft::ui::ThemeMenu::Theme::Dark);
        ft::ui::MainWindow window;
        window.resize(1024, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(ft::ui::ScreenId::Practice);
        window.activateWindow();
        QTRY_VERIFY(QApplication::activeWindow() == &window);
        auto *start = window.quizRunner()->findChild<QPushButton *>(QStringLiteral("startQuiz"));
        QVERIFY(start);
        start->setFocus(Qt::TabFocusReason);
        QApplication::processEvents();
        auto *outline = window.findChild<ft::ui::FocusOutline *>();
        QVERIFY(outline);
        QCOMPARE(outline->widget(), start);
        QVERIFY(outline->isVisible());

        const QImage image = window.grab().toImage();
        image.save(screenshotDir() + QStringLiteral("/focus-outline-%1.png").arg(dark ? QStringLiteral("dark") : QStringLiteral("light")));
        const QColor highlight = window.palette().color(QPalette::Active, QPalette::Highlight);
        const QRect button(start->mapTo(&window, QPoint(0, 0)), start->size());
        const int width = ft::ui::ClassroomStyle::focusOutlineWidth(start->font());
        QVERIFY(width >= 3);
        // Left of, right of, above and below the button: a band of the highlight colour.
        const QList<QRect> bands{QRect(button.left() - width, button.center().y() - 2, width, 4),
                                 QRect(button.right() + 1, button.center().y() - 2, width, 4),
                                 QRect(button.center().x() - 2, button.top() - width, 4, width),
                                 QRect(button.center().x() - 2, button.bottom() + 1, 4, width)};
        for (const QRect &band : bands)
            QVERIFY2(countNear(image, band, highlight) >= band.width() * band.height() / 2,
                     qPrintable(QStringLiteral("no outline at %1,%2").arg(band.x()).arg(band.y())));

        // A mouse click moves the focus without an outline.
        auto *list = window.quizRunner()->findChild<QListWidget *>(QStringLiteral("bankList"));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, QPoint(20, 10));
        QApplication::processEvents();
        QVERIFY(!outline->isVisible() || outline->widget() == nullptr);
    }

    // Radio dots were faint 13-pixel circles in a dark theme: the chosen one now has a solid dot in
    // the highlight colour, every one an outline that contrasts with the background, and they grow
    // with the type.
    void radioButtonsReadInDarkAndGrowWithTheType()
    {
        ft::ui::ThemeMenu::chooseTheme(ft::ui::ThemeMenu::Theme::Dark);
        ft::ui::MainWindow window;
        window.resize(1024, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(ft::ui::ScreenId::Playground);
        QApplication::processEvents();
        QRadioButton *chosen = nullptr;
        QRadioButton *other = nullptr;
        for (QRadioButton *radio : window.currentPage()->findChildren<QRadioButton *>()) {
            if (!radio->isVisible())
                continue;
            if (radio->isChecked() && !chosen)
                chosen = radio;
            else if (!radio->isChecked() && !other)
                other = radio;
        }
        QVERIFY(chosen && other);
        const QImage image = window.grab().toImage();
        const QPalette dark = ft::ui::ThemeMenu::darkPalette();
        const auto indicator = [&](QRadioButton *radio) {
            QStyleOptionButton option;
            option.initFrom(radio);
            const QRect local = radio->style()->subElementRect(QStyle::SE_RadioButtonIndicator, &option, radio);
            return QRect(radio->mapTo(&window, local.topLeft()), local.size());
        };
        const QRect chosenDot = indicator(chosen);
        QVERIFY2(countNear(image, chosenDot, dark.color(QPalette::Highlight)) >= chosenDot.width() * chosenDot.height() / 5,
                 "the chosen radio button has a solid dot in the highlight colour");
        // The unchosen one's outline stands out from the window's dark grey.
        int bright = 0;
        const QRect ring = indicator(other);
        for (int x = ring.left(); x <= ring.right(); ++x)
            bright += image.pixelColor(x, ring.center().y()).lightness() > 140 ? 1 : 0;
        QVERIFY2(bright >= 2, "the unchosen radio button's outline is visible");

        // The quiz's option cards: the key circle of an option not chosen reads on the dark card.
        window.showPage(ft::ui::ScreenId::Practice);
        const QList<ft::content::Question> questions = window.library().questions();
        QVERIFY(!questions.isEmpty());
        window.quizRunner()->start({questions.first()}, QStringLiteral("One"));
        QApplication::processEvents();
        const QList<ft::ui::OptionButton *> options = window.quizRunner()->findChildren<ft::ui::OptionButton *>();
        QVERIFY(!options.isEmpty());
        const QImage quiz = window.grab().toImage();
        QLabel *badge = options.first()->findChildren<QLabel *>().first();
        const QPoint centre = badge->mapTo(&window, badge->rect().center());
        const int radius = (qMax(badge->width(), badge->height()) + 10) / 2;
        int circle = 0;
        for (int x = centre.x() - radius - 2; x <= centre.x() - radius + 2; ++x)
            circle += quiz.pixelColor(x, centre.y()).lightness() > 120 ? 1 : 0;
        QVERIFY2(circle >= 1, "the option's key circle is visible in dark");

        const int normal = chosen->style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, nullptr, chosen);
        QVERIFY(normal >= chosen->fontMetrics().height() * 0.8);
        window.appStyle()->setPresentationMode(true);
        QApplication::processEvents();
        QVERIFY(chosen->style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, nullptr, chosen) > normal * 1.3);
        window.appStyle()->setPresentationMode(false);
    }

    // Issue 16.8: a chosen wrong answer was tinted like the right one (both a blue wash). It is
    // tinted in the error colour, the right answer in the highlight colour, light and dark.
    void aWrongChoiceIsNotTintedLikeTheRightAnswer_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void aWrongChoiceIsNotTintedLikeTheRightAnswer()
    {
        QFETCH(bool, dark);
        if (dark)
            ft::ui::ThemeMenu::chooseTheme(ft::ui::ThemeMenu::Theme::Dark);
        ft::ui::MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(ft::ui::ScreenId::Practice);
        const QList<ft::content::Question> questions = window.library().questions();
        const auto question = std::find_if(questions.begin(), questions.end(), [](const ft::content::Question &q) {
            return q.options.size() >= 2 && q.options.first().correct != q.options.last().correct;
        });
        QVERIFY(question != questions.end());
        window.quizRunner()->start({*question}, QStringLiteral("One"));
        const QList<ft::ui::OptionButton *> options = window.quizRunner()->optionButtons();
        int wrong = 0;
        while (question->options.at(wrong).correct)
            ++wrong;
        int right = 0;
        while (!question->options.at(right).correct)
            ++right;
        window.quizRunner()->chooseOption(wrong);
        QVERIFY(window.quizRunner()->checkAnswer());
        QApplication::processEvents();
        const QImage image = window.grab().toImage();
        const auto fillOf = [&](ft::ui::OptionButton *option) {
            return image.pixelColor(option->mapTo(&window, QPoint(option->width() - 10, option->height() - 10)));
        };
        const QColor wrongFill = fillOf(options.at(wrong));
        const QColor rightFill = fillOf(options.at(right));
        QVERIFY2(wrongFill.red() > wrongFill.blue() && rightFill.blue() > rightFill.red(),
                 qPrintable(QStringLiteral("wrong %1, right %2").arg(wrongFill.name(), rightFill.name())));
    }

    // Walk every screen (and the Practice question page, the model builder and the class editor)
    // and ask QAccessible for the name of every control the keyboard can reach.
    // Issue 16: outside Training, table rows did not follow the type (Ctrl+plus, presentation
    // mode): Progress's lists stayed exactly one line high, text touching the grid. Every table
    // and list of rows on every screen (the model builder's layers, the class editor's steps, a
    // lesson's model playground, Progress, Training, the lists) grows its rows with the type and
    // keeps a line of it plus room around.
    void tableRowsGrowWithTheType()
    {
        ft::ui::MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The lesson whose playground is a model builder.
        QString modelLesson;
        for (const ft::content::Lesson &lesson : window.lessonReader()->lessons())
            for (const ft::content::PlaygroundBlock &block : lesson.playgrounds())
                if (modelLesson.isEmpty() && !block.model.isEmpty() && !block.isClass())
                    modelLesson = lesson.id;
        QVERIFY(!modelLesson.isEmpty());
        QVERIFY(window.lessonReader()->openLesson(modelLesson));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

        // Row height of each view with rows, by page and object name, as shown.
        const auto rowHeights = [&window] {
            QMap<QString, std::pair<int, int>> heights; // name -> (row height, line spacing of its type)
            for (const QLatin1String screen : {ft::ui::ScreenId::Lessons, ft::ui::ScreenId::Practice, ft::ui::ScreenId::Playground, ft::ui::ScreenId::Progress, ft::ui::ScreenId::Training}) {
                window.showPage(screen);
                QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
                QApplication::processEvents();
                for (QAbstractItemView *view : window.page(screen)->findChildren<QAbstractItemView *>()) {
                    if (view->model() == nullptr || view->model()->rowCount() == 0 || qobject_cast<QHeaderView *>(view))
                        continue;
                    const QString name = QStringLiteral("%1/%2#%3").arg(screen, QString::fromLatin1(view->metaObject()->className()), view->objectName());
                    int height = 0;
                    if (auto *table = qobject_cast<QTableView *>(view))
                        height = table->rowHeight(0);
                    else
                        height = view->sizeHintForRow(0);
                    heights[name] = {height, QFontMetrics(view->font()).height()};
                }
            }
            return heights;
        };
        const QMap<QString, std::pair<int, int>> before = rowHeights();
        QVERIFY2(before.size() >= 5, qPrintable(QStringList(before.keys()).join(QStringLiteral(", "))));
        window.setPresentationMode(true);
        QApplication::processEvents();
        const QMap<QString, std::pair<int, int>> after = rowHeights();
        window.setPresentationMode(false);
        QStringList problems;
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            const auto [height, line] = after.value(it.key());
            // Grown, and a line of the type with some room around it.
            if (height <= it.value().first || height < line + 4)
                problems << QStringLiteral("%1: row %2 -> %3 px for a line of %4 px").arg(it.key()).arg(it.value().first).arg(height).arg(line);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    }

    void everyInteractiveWidgetHasAnAccessibleName()
    {
        ft::ui::MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList unnamed;
        const auto walk = [&](const QString &where) {
            QApplication::processEvents();
            for (QWidget *widget : window.findChildren<QWidget *>()) {
                if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus) || widget->focusProxy())
                    continue;
                // The line edit inside a spin box is part of the box, which carries the name.
                if (qobject_cast<QLineEdit *>(widget) && qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
                    continue;
                QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
                const QString name = accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
                if (name.isEmpty()) {
                    const QString entry = QStringLiteral("%1: %2 '%3'").arg(where, QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
                    if (!unnamed.contains(entry))
                        unnamed << entry;
                }
            }
        };
        for (int i = 0; i < window.navigation()->count(); ++i) {
            window.showPage(i);
            walk(window.currentPageTitle());
        }
        window.showPage(ft::ui::ScreenId::Practice);
        const QList<ft::content::Question> questions = window.library().questions();
        QVERIFY(!questions.isEmpty());
        window.quizRunner()->start({questions.first()}, QStringLiteral("One"));
        walk(QStringLiteral("Practice question"));
        window.quizRunner()->chooseOption(0);
        window.quizRunner()->checkAnswer();
        walk(QStringLiteral("Practice checked"));
        window.showPage(ft::ui::ScreenId::Playground);
        auto *playground = qobject_cast<ft::ui::PlaygroundPage *>(window.currentPage());
        QVERIFY(playground);
        playground->showModelBuilder();
        walk(QStringLiteral("Build a model"));
        playground->showClassEditor();
        walk(QStringLiteral("Python class"));
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("\n") + unnamed.join(QLatin1Char('\n'))));
    }
};

FT_REGISTER_TEST(ClassroomStyleTest)
#include "tst_classroom_style.moc"
