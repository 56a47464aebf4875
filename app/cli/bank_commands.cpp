// `flatten-tutor export-bank` and `flatten-tutor import-bank`: question banks to and from Moodle's
// GIFT format (the conversion itself is ft::content::GiftFormat).
//
//     flatten-tutor export-bank --format gift quizzes/02-basics.md -o basics.gift
//     flatten-tutor export-bank --format gift --set 42            # practice set 42, on stdout
//     flatten-tutor import-bank class.gift -o ~/.local/share/FlattenTutor/flatten-tutor/content/quizzes/class.md
//
// Problems go to stderr as file:line:column: message. A bank is written whole or not at all
// (QSaveFile: a temporary file renamed into place), so a failed import never leaves half a bank.
// Exit status: 0 written; 1 problems in the input (nothing written); 2 a usage error.
#include "cli/cli.h"
#include "cli/cli_output.h"

#include "content/content_file.h"
#include "content/content_library.h"
#include "content/content_paths.h"
#include "content/gift_format.h"
#include "content/question_bank_loader.h"
#include "content/question_generator.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QSaveFile>

namespace ft::cli {

namespace {

constexpr int kExitProblems = 1;

void printProblems(const ft::content::ContentProblems &problems)
{
    for (const ft::content::ContentProblem &problem : problems)
        writeErr(problem.toString().toStdString() + '\n');
}

// Writes `text` to `path` atomically, or to stdout when `path` is empty.
bool writeResult(const QString &path, const QString &text, const char *command)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        writeOut(text.toStdString());
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        writeErr(std::string("flatten-tutor ") + command + ": cannot write '" + path.toStdString() + "': " + file.errorString().toStdString() + '\n');
        return false;
    }
    return true;
}

} // namespace

int runExportBank(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption formatOption(QStringLiteral("format"), QStringLiteral("Output format: gift (Moodle)."), QStringLiteral("format"));
    const QCommandLineOption setOption(QStringLiteral("set"), QStringLiteral("Export endless-practice set N (0 to %1) instead of a bank file.")
                                                                  .arg(ft::content::QuestionGenerator::MaxSeed), QStringLiteral("N"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Write to FILE instead of stdout."),
                                          QStringLiteral("FILE"));
    parser.addOptions({formatOption, setOption, outputOption});
    parser.addPositionalArgument(QStringLiteral("BANK.md"), QStringLiteral("The question bank file to export."));
    const QString epilogue = QStringLiteral(
        "\nShape questions are written with the options the engine computed; the solution, quick check and\n"
        "common mistakes go into each question's general feedback. Comment lines '// flatten-tutor {...}'\n"
        "keep difficulty, lesson and tags for import-bank; Moodle skips them.\n"
        "\nExit status: 0 written; 1 the bank has problems (listed as file:line:column); 2 a usage error.\n");
    if (const std::optional<int> done = parseSubcommandArguments(parser, arguments, "export-bank",
            QStringLiteral("Usage: flatten-tutor export-bank --format gift (BANK.md | --set N) [-o FILE]"), epilogue))
        return *done;
    if (!parser.isSet(formatOption))
        return usageError("export-bank", "--format is required (gift)");
    if (parser.value(formatOption) != QLatin1String("gift"))
        return usageError("export-bank", "unknown format '" + parser.value(formatOption).toStdString() + "' (known: gift)");
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return usageError("export-bank", "give one bank file");
    if (positional.isEmpty() == !parser.isSet(setOption))
        return usageError("export-bank", "give either a bank file or --set N");

    QString gift;
    if (parser.isSet(setOption)) {
        bool ok = false;
        const int seed = parser.value(setOption).toInt(&ok);
        if (!ok || seed < 0 || seed > ft::content::QuestionGenerator::MaxSeed)
            return usageError("export-bank", "--set takes a number from 0 to " + std::to_string(ft::content::QuestionGenerator::MaxSeed));
        const ft::content::QuestionGenerator generator{quint32(seed)};
        gift = ft::content::GiftFormat::write(QStringLiteral("practice-set-%1").arg(seed), QStringLiteral("Endless practice — set #%1").arg(seed),
                                              generator.questions(0, ft::content::QuestionGenerator::RoundSize));
    } else {
        const QString path = positional.first();
        if (!QFileInfo(path).isFile())
            return usageError("export-bank", "'" + path.toStdString() + "' is not a file");
        ft::content::ContentProblems problems;
        std::optional<ft::content::QuestionBank> bank;
        if (const std::optional<QString> text = ft::content::readContentFile(path, problems, ft::content::kMaxContentFileBytes))
            bank = ft::content::parseQuestionBank(*text, path, problems);
        if (!problems.isEmpty() || !bank) {
            printProblems(problems);
            writeErr("flatten-tutor export-bank: the bank has problems; nothing written\n");
            return kExitProblems;
        }
        gift = ft::content::GiftFormat::write(bank->id, bank->title, bank->questions);
    }
    return writeResult(parser.value(outputOption), gift, "export-bank") ? kExitSuccess : kExitProblems;
}

int runImportBank(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Write the bank to FILE instead of stdout."),
                                          QStringLiteral("BANK.md"));
    const QCommandLineOption lessonOption(QStringLiteral("lesson"), QStringLiteral("Lesson for questions that name none."), QStringLiteral("ID"));
    const QCommandLineOption difficultyOption(QStringLiteral("difficulty"), QStringLiteral("Difficulty (1 to 5) for questions that give none; default 2."),
                                              QStringLiteral("N"));
    parser.addOptions({outputOption, lessonOption, difficultyOption});
    parser.addPositionalArgument(QStringLiteral("FILE.gift"), QStringLiteral("The GIFT file to import."));
    const QString epilogue = QStringLiteral(
        "\nReads multiple choice (one right answer '=', or several with weights '~%50%'), true/false,\n"
        "::titles::, $CATEGORY, // comments, [markdown] tags and the escapes \\~ \\= \\# \\{ \\} \\: \\n.\n"
        "Each question's general feedback (####) holds its '### Solution', '### Quick check' and\n"
        "'### Mistakes' sections, as export-bank writes them.\n"
        "\nExit status: 0 written; 1 problems (each as file:line:column; nothing written); 2 a usage error.\n");
    if (const std::optional<int> done = parseSubcommandArguments(parser, arguments, "import-bank",
            QStringLiteral("Usage: flatten-tutor import-bank FILE.gift [-o BANK.md] [--lesson ID] [--difficulty N]"), epilogue))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError("import-bank", "give one GIFT file");
    const QString path = positional.first();
    if (!QFileInfo(path).isFile())
        return usageError("import-bank", "'" + path.toStdString() + "' is not a file");

    ft::content::GiftImportOptions options;
    const ft::content::ContentLibrary library = ft::content::ContentLibrary::load(ft::content::contentDirs());
    for (const ft::content::Lesson &lesson : library.lessons())
        options.knownLessons << lesson.id;
    options.lesson = parser.value(lessonOption);
    if (!options.lesson.isEmpty() && !options.knownLessons.contains(options.lesson))
        return usageError("import-bank", "no lesson '" + options.lesson.toStdString() + "' (known: " + options.knownLessons.join(QStringLiteral(", ")).toStdString() + ")");
    if (parser.isSet(difficultyOption)) {
        bool ok = false;
        options.difficulty = parser.value(difficultyOption).toInt(&ok);
        if (!ok || options.difficulty < 1 || options.difficulty > 5)
            return usageError("import-bank", "--difficulty takes a number from 1 to 5");
    }
    options.bankPath = parser.value(outputOption);

    ft::content::ContentProblems problems;
    const std::optional<QString> text = ft::content::readContentFile(path, problems, ft::content::kMaxContentFileBytes);
    ft::content::GiftImport imported;
    if (text)
        imported = ft::content::GiftFormat::read(*text, path, options);
    problems += imported.problems;
    if (!problems.isEmpty() || !imported.bankText) {
        printProblems(problems);
        writeErr("flatten-tutor import-bank: " + std::to_string(problems.size()) + " problem(s); nothing written\n");
        return kExitProblems;
    }
    if (!writeResult(parser.value(outputOption), *imported.bankText, "import-bank"))
        return kExitProblems;
    writeErr("flatten-tutor import-bank: " + std::to_string(imported.questionCount) + " question(s) imported\n");
    return kExitSuccess;
}

} // namespace ft::cli
