// flatten-tutor: with no subcommand it opens the main window; with a subcommand
// (trace, check-content, ...) it runs headless on a QCoreApplication and needs no display.
//
// This launcher links QtCore only. The window, with Qt Widgets, Charts and OpenGL, is a module it
// loads on demand (app/gui_module.cpp), so a headless `trace` starts in a few milliseconds.
#include "app_identity.h"
#include "cli.h"
#include "gui_entry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <dlfcn.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iterator>
#include <string>
#include <vector>

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

// Where the window module sits: beside the executable in the build tree, or in the library folder
// when installed (FT_GUI_MODULE_RELDIR is that folder relative to the installed executable's).
std::vector<std::filesystem::path> guiModuleCandidates(const char *argv0)
{
    std::error_code error;
    std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", error);
    if (error)
        exe = std::filesystem::absolute(argv0, error);
    const std::filesystem::path dir = exe.parent_path();
    return {dir / FT_GUI_MODULE_FILE, (dir / FT_GUI_MODULE_RELDIR / FT_GUI_MODULE_FILE).lexically_normal()};
}

// Runs `entrySymbol` of the window module (the window itself, or a subcommand that needs Qt GUI).
int runModule(const char *entrySymbol, const char *purpose, int argc, char **argv, const QElapsedTimer &started)
{
    std::string reasons;
    for (const std::filesystem::path &candidate : guiModuleCandidates(argv[0])) {
        std::error_code error;
        if (!std::filesystem::exists(candidate, error)) {
            reasons += "\n  " + candidate.string() + ": not found";
            continue;
        }
        // Never unloaded: Qt's exit handlers run code from the module after this function returns.
        void *module = dlopen(candidate.c_str(), RTLD_NOW | RTLD_LOCAL);
        if (!module) {
            reasons += "\n  " + std::string(dlerror());
            continue;
        }
        const auto entry = reinterpret_cast<FlattenTutorRunGui>(dlsym(module, entrySymbol));
        if (!entry) {
            reasons += "\n  " + candidate.string() + ": no " + entrySymbol + " entry point";
            continue;
        }
        return entry(argc, argv, started.msecsSinceReference());
    }
    std::fprintf(stderr,
                 "flatten-tutor: cannot %s: the window module %s could not be loaded:%s\n"
                 "The headless subcommands still work; see 'flatten-tutor --help'.\n",
                 purpose, FT_GUI_MODULE_FILE, reasons.c_str());
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
