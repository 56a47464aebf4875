// flatten-tutor: with no subcommand it opens the main window; with a subcommand
// (trace, check-content, ...) it runs headless on a QCoreApplication and needs no display.
#include "cli.h"
#include "main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstring>
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

} // namespace

int main(int argc, char **argv)
{
    if (wantsHeadless(argc, argv))
        return runHeadless(argc, argv);

    QApplication app(argc, argv);
    setApplicationIdentity();
    QCommandLineParser parser;
    addGuiOptions(parser);
    parser.process(app);

    ft::ui::MainWindow window;
    window.show();
    return app.exec();
}
