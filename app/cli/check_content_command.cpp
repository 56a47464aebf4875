// `flatten-tutor check-content [DIR...]`: validates lessons and question banks before class.
//
//     flatten-tutor check-content                 # the bundled folder and the user folder
//     flatten-tutor check-content ~/my-course     # the bundled folder plus this one
//
// Prints every problem as "file:line:column: message" (the form editors jump to), then a summary
// "N lessons, M questions, K problems". Given folders are checked together with the bundled
// content, as the app would load them, so lessons they link to resolve and clashing ids show.
// Exit status: 0 no problem; 1 at least one problem; 2 a usage error (unknown option, a folder
// that does not exist).
#include "cli/cli.h"

#include "content/content_library.h"
#include "content/content_paths.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace ft::cli {

namespace {

constexpr int kExitClean = 0;
constexpr int kExitProblems = 1;
constexpr int kExitUsage = 2;

int usageError(const QString &message)
{
    QTextStream(stderr) << "flatten-tutor check-content: " << message << "\nTry 'flatten-tutor check-content --help'.\n";
    return kExitUsage;
}

QString helpText()
{
    return QStringLiteral(
        "Usage: flatten-tutor check-content [DIR...]\n"
        "Validate lesson and question-bank files and list every problem as file:line:column: message.\n"
        "\n"
        "Without DIR: checks the bundled content and the user content folder:\n"
        "  %1\n"
        "With DIR: checks each DIR (holding lessons/, quizzes/, examples/ and/or models/) together with the bundled content.\n"
        "\n"
        "Options:\n"
        "  -h, --help  Show this help.\n"
        "\n"
        "Exit status: 0 no problem; 1 at least one problem; 2 a usage error.\n")
        .arg(ft::content::userContentDir());
}

} // namespace

int runCheckContent(const QStringList &arguments)
{
    QStringList dirs;
    bool optionsEnded = false;
    for (const QString &argument : arguments.mid(2)) {
        if (!optionsEnded && (argument == QLatin1String("-h") || argument == QLatin1String("--help"))) {
            QTextStream(stdout) << helpText();
            return kExitClean;
        }
        if (!optionsEnded && argument == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        if (!optionsEnded && argument.startsWith(QLatin1Char('-')) && argument.size() > 1)
            return usageError(QStringLiteral("unknown option '%1'").arg(argument));
        if (!QFileInfo(argument).isDir())
            return usageError(QStringLiteral("'%1' is not a folder").arg(argument));
        dirs << argument;
    }

    QStringList toLoad;
    if (dirs.isEmpty()) {
        toLoad = ft::content::contentDirs();
    } else {
        toLoad << ft::content::bundledContentDir();
        QStringList absolute{QDir(toLoad.first()).absolutePath()};
        for (const QString &dir : std::as_const(dirs)) {
            // Problems name files the way the teacher typed the folder, so keep it relative.
            const QString full = QDir::cleanPath(QDir(dir).absolutePath());
            if (absolute.contains(full))
                continue;
            absolute << full;
            toLoad << QDir::cleanPath(dir);
        }
    }

    const ft::content::ContentLibrary library = ft::content::ContentLibrary::load(toLoad);
    QTextStream out(stdout);
    for (const ft::content::ContentProblem &problem : library.problems())
        out << problem.toString() << '\n';
    out << library.summary() << '\n';
    return library.hasProblems() ? kExitProblems : kExitClean;
}

} // namespace ft::cli
