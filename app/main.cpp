// flatten-tutor: with no subcommand it opens the main window; with a subcommand
// (trace, check-content, ...) it runs headless on a QCoreApplication and needs no display.
#include "cli.h"
#include "content_library.h"
#include "content_paths.h"
#include "main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QIcon>
#include <QTextStream>
#include <QTimer>
#include <QWindow>

#include <algorithm>
#include <cstring>
#include <iterator>
#include <memory>

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("FlattenTutor"));
    QCoreApplication::setApplicationName(QStringLiteral("flatten-tutor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FT_VERSION));
}

QString subcommandList()
{
    QString text = QStringLiteral("\nSubcommands (run headless; 'flatten-tutor <subcommand> --help' for details):\n");
    for (const ft::cli::Subcommand &command : ft::cli::subcommands())
        text += QStringLiteral("  %1  %2\n").arg(QLatin1String(command.name), -14).arg(QLatin1String(command.summary));
    return text;
}

// True when the arguments ask for something that needs no window: a subcommand, --help, --version.
bool wantsHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (!std::strcmp(arg, "-h") || !std::strcmp(arg, "--help") || !std::strcmp(arg, "--help-all")
            || !std::strcmp(arg, "-v") || !std::strcmp(arg, "--version"))
            return true;
        // Options whose value follows them (ours and Qt's own GUI options): the value is no subcommand.
        static const char *const withValue[] = {"--content", "-platform", "-platformpluginpath", "-platformtheme",
                                                "-plugin", "-style", "-stylesheet", "-display", "-geometry",
                                                "-qwindowgeometry", "-qwindowtitle", "-qwindowicon"};
        if (std::any_of(std::begin(withValue), std::end(withValue), [arg](const char *o) { return !std::strcmp(arg, o); })) {
            ++i;
            continue;
        }
        if (arg[0] != '-')
            return true; // a subcommand, or a mistyped one: either way, answer in the terminal
    }
    return false;
}

void addGuiOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral("Learn PyTorch's Flatten layer by touching it."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("content"), QStringLiteral("Also read lessons and quizzes from <dir>."),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("presentation"), QStringLiteral("Start in presentation mode (full screen, large type).")});
}

int runHeadless(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    const QStringList arguments = app.arguments();
    if (arguments.size() > 1 && !arguments.at(1).startsWith(QLatin1Char('-'))) {
        if (const ft::cli::Subcommand *command = ft::cli::findSubcommand(arguments.at(1)))
            return command->run(arguments);
        QTextStream(stderr) << "flatten-tutor: unknown subcommand '" << arguments.at(1) << "'\n" << subcommandList();
        return 2;
    }
    QCommandLineParser parser;
    addGuiOptions(parser);
    parser.addPositionalArgument(QStringLiteral("subcommand"), QStringLiteral("Optional: run headless.") + subcommandList(),
                                 QStringLiteral("[subcommand [options]]"));
    parser.process(app); // handles --help and --version, exits
    return 0;
}

QElapsedTimer &startupClock()
{
    static QElapsedTimer clock;
    return clock;
}

// Watches the window's first expose (its first frame), prints the time since main() and quits.
class StartupProbe : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && !m_done) {
            m_done = true;
            // Let the expose finish painting before reading the clock.
            QTimer::singleShot(0, this, [] {
                QTextStream(stdout) << "first-frame-ms " << startupClock().elapsed() << Qt::endl;
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

} // namespace

int main(int argc, char **argv)
{
    startupClock().start();
    if (wantsHeadless(argc, argv))
        return runHeadless(argc, argv);

    QApplication app(argc, argv);
    setApplicationIdentity();
    QCommandLineParser parser;
    addGuiOptions(parser);
    parser.process(app);

    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/flatten-tutor.png")));
    QApplication::setDesktopFileName(QStringLiteral("flatten-tutor"));

    const ft::content::ContentLibrary library =
        ft::content::ContentLibrary::load(ft::content::contentDirs(parser.values(QStringLiteral("content"))));
    for (const ft::content::ContentProblem &problem : library.problems())
        QTextStream(stderr) << "flatten-tutor: " << problem.toString() << '\n';

    ft::ui::MainWindow window(library);
    if (parser.isSet(QStringLiteral("presentation")))
        window.setPresentationMode(true);
    else
        window.show();

    // FT_STARTUP_PROBE=1: print the milliseconds from main() to the first frame on screen, then quit
    // (used by tests/bench/bench_startup). The first expose of the native window is the first frame.
    if (qEnvironmentVariableIsSet("FT_STARTUP_PROBE")) {
        if (QWindow *handle = window.windowHandle(); handle && handle->isExposed()) {
            QTextStream(stdout) << "first-frame-ms " << startupClock().elapsed() << Qt::endl;
            return 0;
        }
        auto *probe = new StartupProbe(&app);
        window.windowHandle()->installEventFilter(probe);
    }
    return app.exec();
}
