#pragma once
// What the two content fuzz targets share: Qt's application object, decoding the input as a
// file on disk would be decoded, and the promise every reported problem keeps.
#include "content/content_file.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

namespace ft::fuzz {

// The bytes as the loader reads a file (size, binary and UTF-8 checks). A refused file always
// says why, so no text and no problem is a bug.
inline std::optional<QString> decodeContent(const std::uint8_t *data, std::size_t size, const QString &path,
                                            content::ContentProblems &problems)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    std::optional<QString> text = content::decodeContentBytes(bytes, path, problems);
    if (!text && problems.isEmpty())
        std::abort();
    return text;
}

// Every problem names a line and a column (1-based) and says what is wrong.
inline void requireLocatedProblems(const content::ContentProblems &problems)
{
    for (const content::ContentProblem &problem : problems) {
        if (problem.line < 1 || problem.column < 1 || problem.message.isEmpty())
            std::abort();
    }
}

} // namespace ft::fuzz
