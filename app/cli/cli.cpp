#include "cli/cli.h"

#include "cli/cli_output.h"

#include <QCommandLineParser>

namespace ft::cli {

const QList<Subcommand> &subcommands()
{
    static const QList<Subcommand> all{
        {"trace", "Trace a model's shapes and errors over an input, like PyTorch would", &runTrace},
        {"check-content", "Validate lesson and question files; exit 1 on any problem", &runCheckContent},
        {"train", "Train the demo CNN with one flattening variant and print its metrics", &runTrain},
        {"export-bank", "Write a question bank (or a practice set) in Moodle's GIFT format", &runExportBank},
        {"import-bank", "Turn a Moodle GIFT file into a question bank; nothing written on any problem", &runImportBank},
        {"worksheet", "Write a printable PDF worksheet of a bank or a practice set", nullptr, "flattenTutorRunWorksheet"},
    };
    return all;
}

const Subcommand *findSubcommand(const QString &name)
{
    for (const Subcommand &command : subcommands()) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

std::optional<int> parseSubcommandArguments(QCommandLineParser &parser, const QStringList &arguments, const char *name,
                                            const QString &usage, const QString &epilogue)
{
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(helpOption);
    // arguments: program, subcommand, options...; QCommandLineParser skips the first entry.
    QStringList ownArguments = arguments.mid(1);
    if (ownArguments.isEmpty())
        ownArguments << QLatin1String(name);
    if (!parser.parse(ownArguments))
        return usageError(name, parser.errorText().toStdString());
    if (parser.isSet(helpOption)) {
        QString text = parser.helpText();
        // Qt's first line names the binary only; this is a subcommand.
        text.replace(0, text.indexOf(QLatin1Char('\n')), usage);
        writeOut((text + epilogue).toStdString());
        return kExitSuccess;
    }
    return std::nullopt;
}

} // namespace ft::cli
