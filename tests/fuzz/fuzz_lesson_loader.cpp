// fuzz_lesson_loader — any bytes as a lesson file: decoded like a file on disk (size, binary and
// UTF-8 checks), then parsed. A Lesson or problems, never a crash; every problem has a position.
#include "fuzz_content.h"
#include "content/lesson_loader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace ft::content;
    const QString path = QStringLiteral("lessons/fuzz.md");
    ContentProblems problems;
    const std::optional<QString> text = ft::fuzz::decodeContent(data, size, path, problems);
    if (!text)
        return 0;
    const std::optional<Lesson> lesson = parseLesson(*text, path, problems);
    ft::fuzz::requireLocatedProblems(problems);
    if (!lesson && problems.isEmpty())
        std::abort(); // a refused lesson always says why
    return 0;
}
