#include "worksheet/worksheet_command.h"

#include "cli/cli.h"
#include "cli/cli_output.h"
#include "content/content_file.h"
#include "content/content_library.h"
#include "content/question_bank_loader.h"
#include "content/question_generator.h"
#include "worksheet/worksheet_writer.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace ft::worksheet {

int runWorksheetCommand(const QStringList &arguments)
{
    using ft::cli::usageError;
    QCommandLineParser parser;
    const QCommandLineOption bankOption(QStringLiteral("bank"), QStringLiteral("The question bank file to print."), QStringLiteral("FILE"));
    const QCommandLineOption setOption(QStringLiteral("set"), QStringLiteral("Print endless-practice set N (0 to %1) instead.")
                                                                  .arg(ft::content::QuestionGenerator::MaxSeed), QStringLiteral("N"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("The PDF file to write."), QStringLiteral("sheet.pdf"));
    const QCommandLineOption answersOption(QStringLiteral("answers"), QStringLiteral("Add an answer key with short solutions on the last page(s)."));
    parser.addOptions({bankOption, setOption, outputOption, answersOption});
    const QString epilogue = QStringLiteral(
        "\nWrites an A4 PDF: the title, lines for name and date, numbered questions with lettered options\n"
        "and ruled space to write; with --answers, an answer key on a new page.\n"
        "\nExit status: 0 written; 1 the bank has problems or the PDF cannot be written; 2 a usage error.\n");
    if (const std::optional<int> done = ft::cli::parseSubcommandArguments(parser, arguments, "worksheet",
            QStringLiteral("Usage: flatten-tutor worksheet (--bank FILE | --set N) -o sheet.pdf [--answers]"), epilogue))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return usageError("worksheet", "unexpected argument '" + parser.positionalArguments().first().toStdString() + "'");
    if (parser.isSet(bankOption) == parser.isSet(setOption))
        return usageError("worksheet", "give either --bank FILE or --set N");
    if (!parser.isSet(outputOption) || parser.value(outputOption).isEmpty())
        return usageError("worksheet", "-o sheet.pdf is required");

    QString title;
    QList<ft::content::Question> questions;
    if (parser.isSet(setOption)) {
        bool ok = false;
        const int seed = parser.value(setOption).toInt(&ok);
        if (!ok || seed < 0 || seed > ft::content::QuestionGenerator::MaxSeed)
            return usageError("worksheet", "--set takes a number from 0 to " + std::to_string(ft::content::QuestionGenerator::MaxSeed));
        title = QStringLiteral("Endless practice — set #%1").arg(seed);
        questions = ft::content::QuestionGenerator(quint32(seed)).questions(0, ft::content::QuestionGenerator::RoundSize);
    } else {
        const QString path = parser.value(bankOption);
        if (!QFileInfo(path).isFile())
            return usageError("worksheet", "'" + path.toStdString() + "' is not a file");
        ft::content::ContentProblems problems;
        std::optional<ft::content::QuestionBank> bank;
        if (const std::optional<QString> text = ft::content::readContentFile(path, problems, ft::content::kMaxContentFileBytes))
            bank = ft::content::parseQuestionBank(*text, path, problems);
        if (!problems.isEmpty() || !bank) {
            for (const ft::content::ContentProblem &problem : std::as_const(problems))
                ft::cli::writeErr(problem.toString().toStdString() + '\n');
            ft::cli::writeErr("flatten-tutor worksheet: the bank has problems; nothing written\n");
            return 1;
        }
        title = bank->title;
        questions = bank->questions;
    }

    WorksheetWriter writer(title, questions);
    writer.setAnswerKey(parser.isSet(answersOption));
    QString error;
    if (!writer.writePdf(parser.value(outputOption), &error)) {
        ft::cli::writeErr("flatten-tutor worksheet: cannot write '" + parser.value(outputOption).toStdString() + "': " + error.toStdString() + '\n');
        return 1;
    }
    return ft::cli::kExitSuccess;
}

} // namespace ft::worksheet
