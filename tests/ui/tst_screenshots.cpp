// Renders every main screen offscreen into $FT_BUILD_DIR/screenshots/ so people can look at them:
// each screen of the main window, a lesson with an embedded playground, a practice question after
// checking, the shortcut list and presentation mode. Uses the bundled lessons and question banks.
#include "ft_test.h"
#include "classroom_sizes.h"
#include "course_file.h"
#include "dark_palette.h"
#include "screenshot_dir.h"

#include "content/progress_store.h"
#include "ui/class_editor.h"
#include "ui/class_playground.h"
#include "ui/code_editor.h"
#include "ui/flatten_animation_view.h"
#include "ui/lesson_reader.h"
#include "ui/app_style.h"
#include "ui/content_problems_panel.h"
#include "ui/main_window.h"
#include "ui/flatten_playground.h"
#include "ui/option_button.h"
#include "ui/playground_page.h"
#include "ui/quiz_runner.h"
#include "ui/theme_menu.h"
#include "ui/training_page.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QGraphicsTextItem>
#include <QDir>
#include <QLabel>
#include <QDockWidget>
#include <QFile>
#include <QListWidget>
#include <QParallelAnimationGroup>
#include <QPalette>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

class ScreenshotsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    QString m_dir;

    void save(QWidget *widget, const QString &name)
    {
        QApplication::processEvents();
        const QImage image = widget->grab().toImage();
        QVERIFY(!image.isNull());
        QVERIFY2(image.save(m_dir + QLatin1Char('/') + name), qPrintable(name));
    }

    // Every flatten animation in `root` jumps to its end state: the frame is decided by the
    // animation's own clock (setCurrentTime), not by how long the test slept.
    static void finishAnimations(QWidget *root)
    {
        for (ft::ui::FlattenAnimationView *view : root->findChildren<ft::ui::FlattenAnimationView *>()) {
            view->pause();
            view->animation()->setCurrentTime(view->totalDuration());
        }
        QApplication::processEvents();
    }

    // The main window at the size every screenshot uses, shown and on screen.
    static bool showAtScreenshotSize(ft::ui::MainWindow &window)
    {
        window.resize(1280, 800);
        window.show();
        return QTest::qWaitForWindowExposed(&window);
    }

    // "screen-3-playground.png" for page 2 with prefix "screen".
    static QString pageFileName(const ft::ui::MainWindow &window, int page, const QString &prefix)
    {
        const QString name = window.navigation()->item(page)->text().toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
        return QStringLiteral("%1-%2-%3.png").arg(prefix).arg(page + 1).arg(name);
    }

    // Every visible scroll area of `window` that shows a horizontal scroll bar, by object name and
    // class (empty when nothing needs sideways scrolling).
    static QStringList sidewaysScrolling(QWidget *window)
    {
        QApplication::processEvents();
        QStringList found;
        for (QAbstractScrollArea *area : window->findChildren<QAbstractScrollArea *>()) {
            if (area->isVisible() && area->horizontalScrollBar()->isVisible())
                found << QStringLiteral("%1 (%2, needs %3 px, has %4)")
                             .arg(area->objectName(), QString::fromLatin1(area->metaObject()->className()))
                             .arg(area->horizontalScrollBar()->maximum() + area->viewport()->width())
                             .arg(area->viewport()->width());
        }
        return found;
    }

    // Texts of visible charts that Qt Charts cut to "..." (an axis label too long for its room).
    static QStringList elidedChartTexts(QWidget *window)
    {
        QStringList found;
        for (QChartView *view : window->findChildren<QChartView *>()) {
            if (!view->isVisible())
                continue;
            for (QGraphicsItem *item : view->scene()->items())
                if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible() && (text->toPlainText().contains(QChar(0x2026)) || text->toPlainText().contains(QStringLiteral("..."))))
                    found << text->toPlainText();
        }
        return found;
    }

    // An engine-answered shape question with at least three options (it shows per-option
    // mistakes and the trace), or null when the bank has none.
    static const ft::content::Question *shapeQuestion(const QList<ft::content::Question> &questions)
    {
        const auto shape = std::find_if(questions.begin(), questions.end(), [](const ft::content::Question &q) {
            return q.kind == ft::content::QuestionKind::Shape && q.options.size() >= 3;
        });
        return shape != questions.end() ? &*shape : nullptr;
    }

    // Chooses the first wrong option and checks it, so the feedback and the solution show.
    static bool answerWrongly(ft::ui::QuizRunner *runner, const ft::content::Question &question)
    {
        // Options are shown in the session's order: display index d shows options[order[d]].
        const QList<int> &order = runner->session()->optionOrder();
        for (int display = 0; display < order.size(); ++display) {
            if (!question.options.at(order.at(display)).correct) {
                runner->chooseOption(display);
                return runner->checkAnswer();
            }
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        m_dir = screenshotDir();
        QVERIFY(QDir(m_dir).exists());
        // A learner's week in this run's own progress store, so Progress shows charts: twelve
        // topics, one never answered right, sessions such as 2 right out of 7.
        ft::content::ProgressStore store;
        const QDateTime start(QDate(2026, 11, 16), QTime(17, 0), Qt::UTC);
        for (int s = 0; s < 3; ++s) {
            const qint64 session = store.beginSession(QStringLiteral("quiz"), QStringLiteral("Shapes"), start.addDays(s));
            for (int q = 0; q < 7; ++q) {
                ft::content::AnswerRecord answer;
                answer.questionId = QStringLiteral("practice-42-%1").arg(q);
                answer.correct = q < 2 + s && q != 6;
                answer.chosen = {0};
                answer.answeredAt = start.addDays(s).addSecs(30 * q);
                answer.sessionId = session;
                // The course's own tags, eleven of them, plus batch and a never-right topic.
                static const QStringList tags{QStringLiteral("in-features"), QStringLiteral("negative-dims"), QStringLiteral("silent-bug"),
                                              QStringLiteral("troubleshooting"), QStringLiteral("conv"), QStringLiteral("pooling"),
                                              QStringLiteral("unbatched"), QStringLiteral("views"), QStringLiteral("row-major"),
                                              QStringLiteral("arguments"), QStringLiteral("errors")};
                answer.topics = {q == 6 ? QStringLiteral("never-right") : QStringLiteral("batch"), tags.at((q + 3 * s) % tags.size())};
                QVERIFY(store.recordAnswer(answer) > 0);
            }
        }
    }

    void everyScreenOfTheMainWindow()
    {
        ft::ui::MainWindow window;
        QVERIFY(showAtScreenshotSize(window));
        for (int i = 0; i < window.navigation()->count(); ++i) {
            window.showPage(i);
            save(&window, pageFileName(window, i, QStringLiteral("screen")));
        }
    }

    void lessonWithAnEmbeddedPlayground()
    {
        ft::ui::MainWindow window;
        QVERIFY(showAtScreenshotSize(window));
        ft::ui::LessonReader *reader = window.lessonReader();
        // The first lesson that holds a Flatten playground (no model), scrolled so it is in view.
        QString id;
        for (const ft::content::Lesson &lesson : reader->lessons()) {
            for (const ft::content::PlaygroundBlock &block : lesson.playgrounds()) {
                if (id.isEmpty() && block.model.isEmpty() && !block.isClass())
                    id = lesson.id;
            }
        }
        QVERIFY2(!id.isEmpty(), "a bundled lesson has a Flatten playground");
        QVERIFY(reader->openLesson(id));
        QVERIFY(!reader->playgrounds().isEmpty());
        QApplication::processEvents();
        QWidget *playground = reader->playgrounds().first();
        reader->scrollArea()->ensureWidgetVisible(playground, 0, 120);
        finishAnimations(&window);
        save(&window, QStringLiteral("lesson-playground.png"));
    }

    // The forward() lesson's class playground at a projector's 1024x768 and at 1920x1080, light
    // and dark: screenshots/class-playground-<w>x<h>-<theme>.png, first as the lesson gives it,
    // then (-error) with a bigger input that makes the Linear raise. The lesson never scrolls
    // sideways, and the editor shows the whole class.
    void lessonWithAClassPlayground_data() { addClassroomSizeRows(); }
    void lessonWithAClassPlayground()
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
            ft::ui::LessonReader *reader = window.lessonReader();
            QVERIFY(reader->openLesson(QStringLiteral("flatten-in-forward")));
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the first lesson's widgets
            ft::ui::ClassPlayground *playground = nullptr;
            for (QWidget *widget : reader->playgrounds())
                playground = playground ? playground : qobject_cast<ft::ui::ClassPlayground *>(widget);
            QVERIFY2(playground, "the forward() lesson has a class playground");
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QApplication::processEvents();
            reader->scrollArea()->ensureWidgetVisible(playground->editor()->codeEditor(), 0, 60);
            finishAnimations(&window);
            const QString name = QStringLiteral("class-playground-") + classroomFileStem(size, dark);
            save(&window, name + QStringLiteral(".png"));
            QVERIFY(!reader->scrollArea()->horizontalScrollBar()->isVisible());
            QCOMPARE(playground->editor()->codeEditor()->verticalScrollBar()->maximum(), 0);

            playground->editor()->setInputText(QStringLiteral("4, 1, 56, 56"));
            playground->editor()->retrace();
            QVERIFY(playground->editor()->errorLabel()->isVisible());
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            reader->scrollArea()->ensureWidgetVisible(playground->editor()->hintLabel(), 0, 60);
            finishAnimations(&window);
            save(&window, name + QStringLiteral("-error.png"));
        }
        QApplication::setPalette(original);
    }

    void practiceQuestionAfterChecking()
    {
        ft::ui::MainWindow window;
        QVERIFY(showAtScreenshotSize(window));
        window.showPage(ft::ui::ScreenId::Practice);
        save(&window, QStringLiteral("practice-start.png"));

        ft::ui::QuizRunner *runner = window.quizRunner();
        const QList<ft::content::Question> questions = window.library().questions();
        QVERIFY2(!questions.isEmpty(), "the bundled banks hold questions");
        const ft::content::Question *shape = shapeQuestion(questions);
        const ft::content::Question question = shape ? *shape : questions.first();
        runner->start({question}, QStringLiteral("Shapes"));
        save(&window, QStringLiteral("practice-question.png"));
        QVERIFY(answerWrongly(runner, question));
        save(&window, QStringLiteral("practice-checked.png"));
        runner->nextQuestion();
        save(&window, QStringLiteral("practice-score.png"));
    }

    void shortcutListAndPresentationMode()
    {
        ft::ui::MainWindow window;
        QVERIFY(showAtScreenshotSize(window));
        window.showHelp();
        save(&window, QStringLiteral("help-overlay.png"));
        window.showHelp(); // hides it

        window.setPresentationMode(true);
        QTRY_VERIFY(window.isFullScreen());
        finishAnimations(&window);
        save(&window, QStringLiteral("presentation-lesson.png"));
        window.showPage(ft::ui::ScreenId::Playground);
        finishAnimations(&window);
        save(&window, QStringLiteral("presentation-playground.png"));
        window.setPresentationMode(false);
    }

    // Every screen at a small projector's 1024x768 and a full-HD 1920x1080, light and dark,
    // normal and presentation mode (presentation type at that window size), into
    // screenshots/sizes/<w>x<h>-<theme>-<mode>-<n>-<screen>.png. At 1024x768 no screen (and no
    // scroll area inside one, Practice's question and score pages included) needs sideways
    // scrolling (issue 16.3).
    void everyScreenAtClassroomSizes_data() { addClassroomSizeRows(WithPresentation::Yes); }
    void everyScreenAtClassroomSizes()
    {
        QFETCH(QSize, size);
        QFETCH(bool, dark);
        QFETCH(bool, presentation);
        // Dark is the app's own View > Theme > Dark (the desktop's dark palette has its own test below).
        if (dark)
            ft::ui::ThemeMenu::chooseTheme(ft::ui::ThemeMenu::Theme::Dark);
        const QString dir = m_dir + QStringLiteral("/sizes");
        QDir().mkpath(dir);
        QStringList problems;
        {
            ft::ui::MainWindow window;
            window.resize(size);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            if (presentation)
                window.appStyle()->setPresentationMode(true); // the type of presentation mode, at this window size
            const QString prefix = classroomFileStem(size, dark) + (presentation ? QStringLiteral("-presentation") : QStringLiteral("-normal"));
            for (int i = 0; i < window.navigation()->count(); ++i) {
                window.showPage(i);
                finishAnimations(&window);
                QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
                save(&window, QStringLiteral("sizes/") + pageFileName(window, i, prefix));
                const QStringList sideways = sidewaysScrolling(&window);
                if (!sideways.isEmpty())
                    problems << QStringLiteral("%1: %2").arg(window.currentPageTitle(), sideways.join(QStringLiteral(", ")));
                const QStringList elided = elidedChartTexts(&window);
                if (!elided.isEmpty())
                    problems << QStringLiteral("%1: chart text cut to %2").arg(window.currentPageTitle(), elided.join(QStringLiteral(", ")));
            }
            // Practice also has a question page (with its feedback and solution) and a score page.
            window.showPage(ft::ui::ScreenId::Practice);
            const QList<ft::content::Question> questions = window.library().questions();
            const ft::content::Question *shape = shapeQuestion(questions);
            QVERIFY(shape);
            window.quizRunner()->start({*shape}, QStringLiteral("Shapes"));
            QVERIFY(answerWrongly(window.quizRunner(), *shape));
            window.quizRunner()->toggleSolution();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            save(&window, QStringLiteral("sizes/%1-2-practice-checked.png").arg(prefix));
            if (const QStringList sideways = sidewaysScrolling(&window); !sideways.isEmpty())
                problems << QStringLiteral("checked question: ") + sideways.join(QStringLiteral(", "));
            window.quizRunner()->nextQuestion();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            if (const QStringList sideways = sidewaysScrolling(&window); !sideways.isEmpty())
                problems << QStringLiteral("score: ") + sideways.join(QStringLiteral(", "));
            window.appStyle()->setPresentationMode(false);
        }
        ft::ui::ThemeMenu::chooseTheme(ft::ui::ThemeMenu::Theme::System);
        // Nothing scrolls sideways and no chart label is cut, at either size.
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("at %1x%2: %3")
                                                     .arg(size.width()).arg(size.height())
                                                     .arg(problems.join(QStringLiteral("; ")))));
    }

    // Issue 16.3: in presentation mode at 1366x768 the element view of (2, 3, 4, 4) drew 7-pixel
    // dots without numbers, and two zoom steps pushed it off the screen. Its cells stay a line and
    // a half of the type, numbered, inside the window, at every zoom step up to +2.
    void elementViewScalesWithTheType()
    {
        ft::ui::MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(ft::ui::ScreenId::Playground);
        auto *page = qobject_cast<ft::ui::PlaygroundPage *>(window.currentPage());
        QVERIFY(page);
        page->flattenPlayground()->setShapeText(QStringLiteral("2, 3, 4, 4"));
        ft::ui::FlattenAnimationView *view = page->flattenPlayground()->animationView();
        window.appStyle()->setPresentationMode(true);
        for (int zoom = 0; zoom <= 2; ++zoom) {
            window.appStyle()->setZoomStep(zoom);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            finishAnimations(&window);
            QApplication::processEvents();
            qobject_cast<QScrollArea *>(window.pages()->currentWidget())->ensureWidgetVisible(view, 0, 0);
            QApplication::processEvents();
            save(&window, QStringLiteral("presentation-elements-zoom%1.png").arg(zoom));
            QVERIFY(view->elementViewShown());
            QCOMPARE(view->elementCount(), 96);
            QVERIFY2(view->cellSize() >= view->fontMetrics().height() * 1.4,
                     qPrintable(QStringLiteral("zoom %1: cells of %2 px for type %3 px high").arg(zoom).arg(view->cellSize()).arg(view->fontMetrics().height())));
            const QRect where(view->mapTo(&window, QPoint(0, 0)), view->size());
            QVERIFY2(where.left() >= 0 && where.right() < window.width(), qPrintable(QStringLiteral("zoom %1: off the window").arg(zoom)));
            QVERIFY2(sidewaysScrolling(&window).isEmpty(), qPrintable(sidewaysScrolling(&window).join(QStringLiteral(", "))));
        }
        window.appStyle()->setZoomStep(0);
        window.appStyle()->setPresentationMode(false);
    }

    // What a teacher editing content sees: the content problems panel open under the Practice
    // screen, at 1024x768 and 1920x1080, light and dark (teacher-<w>x<h>-<theme>-*.png); and a
    // shape question whose text hid its model, after checking, with the model the app added.
    void contentProblemsPanelAtClassroomSizes_data() { addClassroomSizeRows(); }
    void contentProblemsPanelAtClassroomSizes()
    {
        QFETCH(QSize, size);
        QFETCH(bool, dark);
        const QPalette original = QApplication::palette();
        if (dark)
            QApplication::setPalette(darkTestPalette());
        QTemporaryDir course;
        QVERIFY(writeCourseFile(course, QStringLiteral("quizzes/mine.md"),
                                "---\nid: mine\ntitle: My bank\nlesson: what-flatten-does\n---\n\n"
                                "## mine-hidden\nkind: shape\ndifficulty: 2\ninput: 16, 3, 28, 28\n"
                                "model: nn.Sequential(nn.Conv2d(3, 8, 3), nn.Flatten(), nn.Linear(8 * 26 * 26, 10))\n\n"
                                "What shape comes out of this model?\n\n### Solution\n1. The convolution gives (16, 8, 26, 26).\n"
                                "2. Flatten keeps the batch: (16, 5408); the Linear gives (16, 10).\n\n### Quick check\nKeep the batch.\n\n"
                                "### Mistakes\n- Flattening the batch too.\n\n"
                                "## mine-broken\ndifficulty: 1\n\nWhat does Flatten learn?\n\n### Options\n- [x] Nothing\n- [ ] Weights\n"
                                "  > It has none.\n\n### Solution\n1. Step.\n\n### Quick check\nCheck.\n\n### Mistakes\n- Mistake\n"));
        const QStringList dirs{QStringLiteral(FT_SOURCE_DIR), course.path()};
        {
            ft::ui::MainWindow window(ft::content::ContentLibrary::load(dirs));
            window.setContentDirs(dirs);
            window.resize(size);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            const QString prefix = QStringLiteral("teacher-") + classroomFileStem(size, dark);
            const ft::content::Question *hidden = window.library().question(QStringLiteral("mine-hidden"));
            QVERIFY(hidden);
            window.showPage(ft::ui::ScreenId::Practice);
            window.quizRunner()->session()->setShuffleSeed(5);
            window.quizRunner()->start({*hidden}, QStringLiteral("My bank"));
            QVERIFY(answerWrongly(window.quizRunner(), *hidden));
            save(&window, prefix + QStringLiteral("-practice-model-shown.png"));
            window.contentProblemsDock()->show();
            QCOMPARE(window.contentProblemsPanel()->lines().size(), 2); // the problem, then the warning
            save(&window, prefix + QStringLiteral("-content-problems.png"));
        }
        QApplication::setPalette(original);
    }

    // A desktop with a dark theme: every screen again, as dark-*.png. The custom-painted views
    // (animation, tables, charts, option buttons) must take their colours from the palette, so
    // the window's background must be the palette's dark colour, not a painted light one.
    void everyScreenWithADarkPalette()
    {
        const QPalette original = QApplication::palette();
        const QPalette dark = darkTestPalette();
        {
            // A palette change while the app runs (the desktop switches theme) reaches the charts.
            ft::ui::TrainingPage page;
            QCOMPARE(page.lossChart()->backgroundBrush().color(), original.color(QPalette::Base));
            QApplication::setPalette(dark);
            QApplication::processEvents();
            QCOMPARE(page.lossChart()->backgroundBrush().color(), dark.color(QPalette::Base));
            QCOMPARE(page.lossChart()->titleBrush().color(), dark.color(QPalette::Text));
        }
        {
            ft::ui::MainWindow window;
            QVERIFY(showAtScreenshotSize(window));
            for (int i = 0; i < window.navigation()->count(); ++i) {
                window.showPage(i);
                const QString name = pageFileName(window, i, QStringLiteral("dark"));
                save(&window, name);
                // The bottom-right corner is page background on every screen.
                const QColor corner = window.grab().toImage().pixelColor(window.width() - 3, window.height() - 3);
                QVERIFY2(corner.lightness() < 100, qPrintable(QStringLiteral("%1: corner %2").arg(name, corner.name())));
            }
            // A checked answer: the option cards mark right and wrong with their own colours.
            const QList<ft::content::Question> questions = window.library().questions();
            const ft::content::Question *shape = shapeQuestion(questions);
            QVERIFY(shape);
            window.showPage(ft::ui::ScreenId::Practice);
            window.quizRunner()->start({*shape}, QStringLiteral("Shapes"));
            QVERIFY(answerWrongly(window.quizRunner(), *shape));
            save(&window, QStringLiteral("dark-practice-checked.png"));
        }
        QApplication::setPalette(original);
    }
};

FT_REGISTER_TEST(ScreenshotsTest)
#include "tst_screenshots.moc"
