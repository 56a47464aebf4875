#include "cli.h"

namespace ft::cli {

const QList<Subcommand> &subcommands()
{
    static const QList<Subcommand> all{
        {"trace", "Trace a model's shapes and errors over an input, like PyTorch would", &runTrace},
        {"check-content", "Validate lesson and question files; exit 1 on any problem", &runCheckContent},
        {"train", "Train the demo CNN with one flattening variant and print its metrics", &runTrain},
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

} // namespace ft::cli
