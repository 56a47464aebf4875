// The German UI with the German course, as a class in Germany sees it at a projector's 1024x768:
// the screens speak German, the course follows the UI's language (translated lessons in German,
// the rest in English), and no screen needs sideways scrolling with the longer German words.
// Every screen is saved to $FT_BUILD_DIR/screenshots/de/ for people to look at.
#include "ft_test.h"
#include "pdf_text.h"
#include "screenshot_dir.h"

#include "content/content_library.h"
#include "content/content_paths.h"
#include "ui/flatten_animation_view.h"
#include "ui/language_menu.h"
#include "ui/lesson_reader.h"
#include "ui/main_window.h"
#include "ui/playground_page.h"
#include "ui/quiz_runner.h"
#include "worksheet/worksheet_writer.h"

#include <QApplication>
#include <QLocale>
#include <QListWidget>
#include <QParallelAnimationGroup>
#include <QProcess>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

class GermanScreensTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    QString m_dir;
    ft::content::ContentLibrary m_library;

    void save(QWidget *widget, const QString &name)
    {
        for (ft::ui::FlattenAnimationView *view : widget->findChildren<ft::ui::FlattenAnimationView *>()) {
            view->pause();
            view->animation()->setCurrentTime(view->totalDuration());
        }
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QApplication::processEvents();
        const QImage image = widget->grab().toImage();
        QVERIFY(!image.isNull());
        QVERIFY2(image.save(m_dir + QLatin1Char('/') + name), qPrintable(name));
    }

    static void verifyNoSidewaysScrolling(ft::ui::MainWindow &window)
    {
        auto *frame = qobject_cast<QScrollArea *>(window.pages()->currentWidget());
        QVERIFY(frame);
        QVERIFY2(!frame->horizontalScrollBar()->isVisible(), qPrintable(QStringLiteral("%1 scrolls sideways").arg(window.currentPageTitle())));
        for (QScrollArea *inner : window.currentPage()->findChildren<QScrollArea *>())
            QVERIFY2(!inner->isVisible() || !inner->horizontalScrollBar()->isVisible(),
                     qPrintable(QStringLiteral("%1: %2 scrolls sideways").arg(window.currentPageTitle(), inner->objectName())));
    }

private slots:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        if (!ft::ui::LanguageMenu::availableLanguages().contains(QStringLiteral("de")))
            QSKIP("built without Qt Linguist tools (qt6-tools-dev, qt6-l10n-tools): no translations compiled in");
        ft::ui::LanguageMenu::setChosenLanguage(QStringLiteral("de"));
        const QString language = ft::ui::LanguageMenu::installTranslators(*qApp);
        QVERIFY(language.startsWith(QStringLiteral("de")));
        m_library = ft::content::ContentLibrary::load({ft::content::bundledContentDir()}, language);
        QVERIFY2(!m_library.hasProblems(), qPrintable(m_library.problems().value(0).toString()));
        m_dir = screenshotDir() + QStringLiteral("/de");
        QDir().mkpath(m_dir);
    }

    void cleanupTestCase()
    {
        qDeleteAll(qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly));
        QLocale::setDefault(QLocale::system());
        QSettings().clear();
    }

    void everyScreenAt1024x768()
    {
        ft::ui::MainWindow window(m_library);
        window.resize(1024, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList screens;
        for (int i = 0; i < window.navigation()->count(); ++i)
            screens << window.navigation()->item(i)->text();
        QCOMPARE(screens, (QStringList{QStringLiteral("Lektionen"), QStringLiteral("Üben"), QStringLiteral("Spielwiese"),
                                       QStringLiteral("Fortschritt"), QStringLiteral("Training")}));
        for (int i = 0; i < window.navigation()->count(); ++i) {
            window.showPage(i);
            save(&window, QStringLiteral("%1-%2.png").arg(i + 1).arg(window.currentPageId()));
            verifyNoSidewaysScrolling(window);
        }
    }

    void courseFollowsTheLanguage()
    {
        ft::ui::MainWindow window(m_library);
        window.resize(1024, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ft::ui::LessonReader *reader = window.lessonReader();
        QCOMPARE(reader->lessons().first().title, QStringLiteral("Was Flatten tut — und was nicht"));
        QVERIFY(reader->openLesson(QStringLiteral("batch-dimension")));
        QApplication::processEvents();
        if (!reader->playgrounds().isEmpty())
            reader->scrollArea()->ensureWidgetVisible(reader->playgrounds().first(), 0, 120);
        save(&window, QStringLiteral("lesson-2.png"));
        verifyNoSidewaysScrolling(window);
        // An untranslated lesson falls back to English.
        QVERIFY(!reader->lessons().last().filePath.contains(QLatin1String("/lessons/de/")));
        QVERIFY(reader->lessons().at(1).filePath.contains(QLatin1String("/lessons/de/")));

        // A German question, checked wrongly, with its solution open.
        window.showPage(ft::ui::ScreenId::Practice);
        ft::ui::QuizRunner *runner = window.quizRunner();
        const ft::content::Question *question = window.library().question(QStringLiteral("size-after-pool"));
        QVERIFY(question);
        QVERIFY(question->stem.startsWith(QStringLiteral("Welche Form")));
        runner->start({*question}, QStringLiteral("Die geglättete Größe berechnen"));
        int wrong = 0;
        while (question->options.at(wrong).correct)
            ++wrong;
        runner->chooseOption(wrong);
        QVERIFY(runner->checkAnswer());
        runner->toggleSolution();
        save(&window, QStringLiteral("practice-checked.png"));
        verifyNoSidewaysScrolling(window);
        runner->nextQuestion();
        save(&window, QStringLiteral("practice-score.png"));
        verifyNoSidewaysScrolling(window);

        window.showPage(ft::ui::ScreenId::Playground);
        auto *playground = qobject_cast<ft::ui::PlaygroundPage *>(window.page(ft::ui::ScreenId::Playground));
        QVERIFY(playground);
        playground->showModelBuilder();
        save(&window, QStringLiteral("model-builder.png"));
        verifyNoSidewaysScrolling(window);
        playground->showClassEditor();
        save(&window, QStringLiteral("class-editor.png"));
        verifyNoSidewaysScrolling(window);

        window.showHelp();
        save(&window, QStringLiteral("help-overlay.png"));
        window.showHelp();
    }

    // File > Print worksheet… in a German class: the sheet's own words are German too.
    void germanWorksheet()
    {
        if (!fttest::havePdfToText())
            QSKIP("pdftotext (poppler-utils) is not installed; scripts/install-deps test installs it");
        const auto bank = std::find_if(m_library.banks().begin(), m_library.banks().end(),
                                       [](const ft::content::QuestionBank &b) { return b.id == QLatin1String("flattened-size"); });
        QVERIFY(bank != m_library.banks().end());
        QTemporaryDir out;
        const QString pdf = out.filePath(QStringLiteral("arbeitsblatt.pdf"));
        ft::worksheet::WorksheetWriter writer(bank->title, bank->questions);
        writer.setAnswerKey(true);
        QString error;
        QVERIFY2(writer.writePdf(pdf, &error), qPrintable(error));
        const QStringList pages = fttest::pdfPages(pdf);
        QVERIFY(pages.size() >= 2);
        const QString first = pages.first();
        for (const QString &words : {QStringLiteral("Die geglättete Größe berechnen"), QStringLiteral("Name:"), QStringLiteral("Datum:"),
                                     QStringLiteral("Beantworte jede Frage"), QStringLiteral("Seite 1 von")})
            QVERIFY2(first.contains(words), qPrintable(words + QStringLiteral(" missing from:\n") + first));
        const QString all = pages.join(QLatin1Char('\n'));
        QVERIFY(all.contains(QStringLiteral("Lösungen")));
        QVERIFY(all.contains(QStringLiteral("Merke:")));
        QVERIFY(!all.contains(QStringLiteral("Answer key")));
        // The first page as an image, for people to look at.
        QProcess::execute(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-f"),
                                                       QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), pdf, m_dir + QStringLiteral("/worksheet")});
    }
};

FT_REGISTER_TEST(GermanScreensTest)
#include "tst_german_screens.moc"
