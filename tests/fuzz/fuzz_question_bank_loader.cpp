// fuzz_question_bank_loader — any bytes as a question bank file: decoded like a file on disk, then
// parsed (shape questions are answered by the engine while loading, so this drives the engine too).
// A bank or problems, never a crash; every loaded question has options and a right answer.
#include "fuzz_content.h"
#include "content/question_bank_loader.h"

#include <algorithm>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace ft::content;
    const QString path = QStringLiteral("quizzes/fuzz.md");
    ContentProblems problems;
    const std::optional<QString> text = ft::fuzz::decodeContent(data, size, path, problems);
    if (!text)
        return 0;
    QList<LessonReference> references;
    const std::optional<QuestionBank> bank = parseQuestionBank(*text, path, problems, &references);
    ft::fuzz::requireLocatedProblems(problems);
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
