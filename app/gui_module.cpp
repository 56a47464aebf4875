// The window module (flatten-tutor-gui): QApplication, the content library and the main window;
// also the `worksheet` subcommand, which needs Qt GUI to draw its PDF.
// app/main.cpp loads it only when no subcommand is given; see launcher/gui_entry.h.
#include "launcher/app_identity.h"
#include "content/content_library.h"
#include "content/content_paths.h"
#include "launcher/gui_entry.h"
#include "ui/language_menu.h"
#include "ui/main_window.h"
#include "ui/progress_wiring.h"
#include "ui/quiz_runner.h"
#include "worksheet/worksheet_command.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QIcon>
#include <QRandomGenerator>
#include <QTextStream>
#include <QTimer>
#include <QWindow>

namespace {

// Milliseconds since the launcher's main() began.
qint64 msecsSinceStart(qint64 startedAtMs)
{
    QElapsedTimer now;
    now.start();
    return now.msecsSinceReference() - startedAtMs;
}

// Watches the window's first expose (its first frame), prints the time since main() and quits.
class StartupProbe : public QObject
{
public:
    StartupProbe(qint64 startedAtMs, QObject *parent) : QObject(parent), m_startedAtMs(startedAtMs) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && !m_done) {
            m_done = true;
            // Let the expose finish painting before reading the clock.
            QTimer::singleShot(0, this, [startedAtMs = m_startedAtMs] {
                QTextStream(stdout) << "first-frame-ms " << msecsSinceStart(startedAtMs) << Qt::endl;
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    qint64 m_startedAtMs;
    bool m_done = false;
};

} // namespace

extern "C" Q_DECL_EXPORT int flattenTutorRunGui(int argc, char **argv, long long startedAtMs)
{
    QApplication app(argc, argv);
    ft::app::setApplicationIdentity();
    // The course follows the UI's language: lessons/de/ and quizzes/de/ where translated.
    const QString language = ft::ui::LanguageMenu::installTranslators(app);
    QCommandLineParser parser;
    ft::app::addGuiOptions(parser);
    parser.process(app);

    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/flatten-tutor.png")));
    QApplication::setDesktopFileName(QStringLiteral("flatten-tutor"));

    const ft::content::ContentLibrary library =
        ft::content::ContentLibrary::load(ft::content::contentDirs(parser.values(QStringLiteral("content"))), language);
    for (const ft::content::ContentProblem &problem : library.problems())
        QTextStream(stderr) << "flatten-tutor: " << problem.toString() << '\n';

    ft::ui::MainWindow window(library);
    window.setContentDirs(ft::content::contentDirs(parser.values(QStringLiteral("content"))));
    // Options are shuffled per attempt; the seed of each attempt is stored with its round.
    window.quizRunner()->session()->setShuffleSeed(QRandomGenerator::system()->generate64());
    if (parser.isSet(QStringLiteral("presentation")))
        window.setPresentationMode(true);
    else
        window.show();
    if (!qEnvironmentVariableIsSet("FT_STARTUP_PROBE")) {
        if (auto *wiring = window.findChild<ft::ui::ProgressWiring *>())
            QTimer::singleShot(0, wiring, &ft::ui::ProgressWiring::askWhoIsLearning);
    }

    // FT_STARTUP_PROBE=1: print the milliseconds from main() to the first frame on screen, then quit
    // (used by tests/bench/bench_startup). The first expose of the native window is the first frame.
    if (qEnvironmentVariableIsSet("FT_STARTUP_PROBE")) {
        if (QWindow *handle = window.windowHandle(); handle && handle->isExposed()) {
            QTextStream(stdout) << "first-frame-ms " << msecsSinceStart(startedAtMs) << Qt::endl;
            return 0;
        }
        window.windowHandle()->installEventFilter(new StartupProbe(startedAtMs, &app));
    }
    return app.exec();
}

// `flatten-tutor worksheet ...`: a PDF needs Qt GUI's fonts and painter, but no display.
extern "C" Q_DECL_EXPORT int flattenTutorRunWorksheet(int argc, char **argv, long long /*startedAtMs*/)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ft::app::setApplicationIdentity();
    return ft::worksheet::runWorksheetCommand(QCoreApplication::arguments());
}
