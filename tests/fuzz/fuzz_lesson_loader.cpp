// fuzz_lesson_loader — any bytes as a lesson file: decoded like a file on disk (size, binary and
// UTF-8 checks), then parsed. A Lesson or problems, never a crash; every problem has a position.
#include "content_file.h"
#include "lesson_loader.h"

#include <QByteArray>
#include <QCoreApplication>

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
    const QString path = QStringLiteral("lessons/fuzz.md");
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    ContentProblems problems;
    const std::optional<QString> text = decodeContentBytes(bytes, path, problems);
    if (!text)
        return problems.isEmpty() ? (std::abort(), 0) : 0;
    const std::optional<Lesson> lesson = parseLesson(*text, path, problems);
    for (const ContentProblem &problem : problems) {
        if (problem.line < 1 || problem.column < 1 || problem.message.isEmpty())
            std::abort();
    }
    if (!lesson && problems.isEmpty())
        std::abort(); // a refused lesson always says why
    return 0;
}
