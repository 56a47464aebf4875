// fuzz_question_bank_loader — any bytes as a question bank file: decoded like a file on disk, then
// parsed (shape questions are answered by the engine while loading, so this drives the engine too).
// A bank or problems, never a crash; every loaded question has options and a right answer.
#include "content_file.h"
#include "question_bank_loader.h"

#include <QByteArray>
#include <QCoreApplication>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace ft::content;
    const QString path = QStringLiteral("quizzes/fuzz.md");
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    ContentProblems problems;
    const std::optional<QString> text = decodeContentBytes(bytes, path, problems);
    if (!text)
        return problems.isEmpty() ? (std::abort(), 0) : 0;
    QList<LessonReference> references;
    const std::optional<QuestionBank> bank = parseQuestionBank(*text, path, problems, &references);
    for (const ContentProblem &problem : problems) {
        if (problem.toString().isEmpty())
            std::abort();
    }
    for (const ContentProblem &problem : problems) {
        if (problem.line < 1 || problem.column < 1)
            std::abort();
    }
    if (bank) {
        for (const Question &question : bank->questions) {
            const bool anyCorrect = std::any_of(question.options.cbegin(), question.options.cend(),
                                                [](const Option &option) { return option.correct; });
            if (question.options.size() < kMinOptions || question.options.size() > kMaxOptions || !anyCorrect)
                std::abort();
        }
    }
    return 0;
}
