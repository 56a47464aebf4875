// `flatten-tutor check-content [DIR|FILE...]`: validates lessons and question banks before class.
//
//     flatten-tutor check-content                       # the bundled folder and the user folder
//     flatten-tutor check-content ~/my-course           # the bundled folder plus this one
//     flatten-tutor check-content quizzes/mine.md       # one bank (or lesson) plus the bundled folder
//
// Prints every problem as "file:line:column: message" (the form editors jump to), then a summary
// "N lessons, M questions, K problems" (", W warnings" when a file loads but should be fixed; warnings
// are listed as "file:line:column: warning: ..." and do not change the exit status). Given folders
// and files are checked together with the bundled content, as the app would load them, so lessons
// they link to resolve and clashing ids show. A file is read as its folder says (ContentLibrary::addFile):
// a .py file is an example class, a loose .md file a bank when it has 'difficulty:' fields, else a lesson.
// Exit status: 0 no problem; 1 at least one problem; 2 a usage error (unknown option, a folder
// that does not exist). Translated files (lessons/de/, quizzes/de/, ...) are checked too, each
// with the course as a learner of that language loads it.
#include "cli/cli.h"

#include "content/content_library.h"
#include "content/content_paths.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>

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
        "Usage: flatten-tutor check-content [DIR|FILE...]\n"
        "Validate lesson and question-bank files and list every problem as file:line:column: message.\n"
        "\n"
        "Without DIR: checks the bundled content and the user content folder:\n"
        "  %1\n"
        "With DIR: checks each DIR (holding lessons/, quizzes/, examples/ and/or models/) together with the bundled content.\n"
        "With FILE: checks that one lesson, question-bank or examples file (.md), or example class (.py),\n"
        "  together with the bundled content.\n"
        "Translations in lessons/LANG/ and quizzes/LANG/ (e.g. lessons/de/) are checked as well.\n"
        "\n"
        "Options:\n"
        "  -h, --help  Show this help.\n"
        "\n"
        "Warnings (\"file:line:column: warning: ...\") are listed but do not change the exit status.\n"
        "Exit status: 0 no problem; 1 at least one problem; 2 a usage error.\n")
        .arg(ft::content::userContentDir());
}

} // namespace

int runCheckContent(const QStringList &arguments)
{
    QStringList dirs;
    QStringList files;
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
        const QFileInfo info(argument);
        if (info.isFile())
            files << argument;
        else if (info.isDir())
            dirs << argument;
        else
            return usageError(QStringLiteral("'%1' is neither a folder nor a file").arg(argument));
    }

    QStringList toLoad;
    if (dirs.isEmpty() && files.isEmpty()) {
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

    ft::content::ContentLibrary library = ft::content::ContentLibrary::load(toLoad);
    for (const QString &file : std::as_const(files)) {
        // A file of a content folder loaded above is checked already; loading it twice would
        // report its ids as clashing.
        const QString contentFolder = ft::content::ContentLibrary::contentFolderOf(file);
        const bool loaded = !contentFolder.isEmpty() && std::any_of(toLoad.cbegin(), toLoad.cend(), [&](const QString &dir) {
            return QDir::cleanPath(QDir(dir).absolutePath()) == contentFolder;
        });
        if (!loaded)
            library.addFile(file);
    }
    library.checkTranslations(toLoad);
    QTextStream out(stdout);
    for (const ft::content::ContentProblem &problem : library.problems())
        out << problem.toString() << '\n';
    for (const ft::content::ContentProblem &warning : library.warnings())
        out << warning.toString() << '\n';
    out << library.summary() << '\n';
    return library.hasProblems() ? kExitProblems : kExitClean;
}

} // namespace ft::cli
