// cli.h — the headless subcommands of flatten-tutor (QCoreApplication only, no display).
//
//     flatten-tutor trace --input 32,3,28,28 --model 'nn.Sequential(...)' [--json]
//     flatten-tutor check-content [DIR...]
//
// Each subcommand takes its own arguments (arguments[0] is the program name, arguments[1] the
// subcommand) and returns the process exit status.
#pragma once

#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace ft::cli {

struct Subcommand
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &arguments);
    // Set for a subcommand that needs Qt GUI (worksheet): the launcher runs this entry point of
    // the window module instead of `run`, before any application object exists.
    const char *moduleEntry = nullptr;
};

// All subcommands, in the order --help lists them.
const QList<Subcommand> &subcommands();
const Subcommand *findSubcommand(const QString &name);

// Adds -h/--help to `parser` and parses a subcommand's own arguments (arguments[1] is its name).
// Returns the exit status when parsing already ends the run (--help printed: 0; a usage error: 2),
// or nullopt to go on. `usage` replaces Qt's first help line; `epilogue` follows the options.
std::optional<int> parseSubcommandArguments(QCommandLineParser &parser, const QStringList &arguments, const char *name,
                                            const QString &usage, const QString &epilogue);

int runTrace(const QStringList &arguments);
int runCheckContent(const QStringList &arguments);
int runTrain(const QStringList &arguments);
int runExportBank(const QStringList &arguments);
int runImportBank(const QStringList &arguments);

} // namespace ft::cli
