// flatten-tutor: with no subcommand it opens the main window; with a subcommand
// (trace, check-content, ...) it runs headless on a QCoreApplication and needs no display.
//
// This launcher links QtCore only. The window, with Qt Widgets, Charts and OpenGL, is a module it
// loads on demand (app/gui_module.cpp), so a headless `trace` starts in a few milliseconds.
#include "launcher/app_identity.h"
#include "cli/cli.h"
#include "launcher/gui_entry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLibrary>
#include <QStandardPaths>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <iterator>

namespace {

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

int runHeadless(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ft::app::setApplicationIdentity();
    const QStringList arguments = app.arguments();
    if (arguments.size() > 1 && !arguments.at(1).startsWith(QLatin1Char('-'))) {
        if (const ft::cli::Subcommand *command = ft::cli::findSubcommand(arguments.at(1)))
            return command->run(arguments);
        QTextStream(stderr) << "flatten-tutor: unknown subcommand '" << arguments.at(1) << "'\n" << subcommandList();
        return 2;
    }
    QCommandLineParser parser;
    ft::app::addGuiOptions(parser);
    parser.addPositionalArgument(QStringLiteral("subcommand"), QStringLiteral("Optional: run headless.") + subcommandList(),
                                 QStringLiteral("[subcommand [options]]"));
    parser.process(app); // handles --help and --version, exits
    return 0;
}

// The running executable, with symlinks resolved. There is no QCoreApplication yet (the window
// module creates its own QApplication), so applicationFilePath() cannot answer: argv[0] is a path
// when it names one, else the command was found on PATH.
QString executablePath(const char *argv0)
{
    const QString name = QString::fromLocal8Bit(argv0);
    const QString path = name.contains(QLatin1Char('/')) ? name : QStandardPaths::findExecutable(name);
    const QFileInfo info(path);
    return info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
}

// Where the window module sits: beside the executable in the build tree, or in the library folder
// when installed (FT_GUI_MODULE_RELDIR is that folder relative to the installed executable's).
QStringList guiModuleCandidates(const char *argv0)
{
    const QDir dir = QFileInfo(executablePath(argv0)).dir();
    return {dir.filePath(QStringLiteral(FT_GUI_MODULE_FILE)),
            QDir::cleanPath(dir.filePath(QStringLiteral(FT_GUI_MODULE_RELDIR "/" FT_GUI_MODULE_FILE)))};
}

// Runs `entrySymbol` of the window module (the window itself, or a subcommand that needs Qt GUI).
int runModule(const char *entrySymbol, const char *purpose, int argc, char **argv, const QElapsedTimer &started)
{
    QString reasons;
    for (const QString &candidate : guiModuleCandidates(argv[0])) {
        if (!QFileInfo::exists(candidate)) {
            reasons += QStringLiteral("\n  %1: not found").arg(candidate);
            continue;
        }
        // Never unloaded (QLibrary's destructor leaves it loaded): Qt's exit handlers run code from
        // the module after this function returns.
        QLibrary module(candidate);
        module.setLoadHints(QLibrary::ResolveAllSymbolsHint); // fail here, not at a first call
        const auto entry = reinterpret_cast<FlattenTutorRunGui>(module.resolve(entrySymbol));
        if (!entry) {
            reasons += QStringLiteral("\n  %1").arg(module.errorString());
            continue;
        }
        return entry(argc, argv, started.msecsSinceReference());
    }
    std::fprintf(stderr,
                 "flatten-tutor: cannot %s: the window module %s could not be loaded:%s\n"
                 "The headless subcommands still work; see 'flatten-tutor --help'.\n",
                 purpose, FT_GUI_MODULE_FILE, reasons.toLocal8Bit().constData());
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer started;
    started.start();
    if (argc > 1) {
        const ft::cli::Subcommand *command = ft::cli::findSubcommand(QString::fromLocal8Bit(argv[1]));
        if (command && command->moduleEntry)
            return runModule(command->moduleEntry, "run this subcommand", argc, argv, started);
    }
    if (wantsHeadless(argc, argv))
        return runHeadless(argc, argv);
    return runModule(FT_GUI_ENTRY_SYMBOL, "open the window", argc, argv, started);
}
