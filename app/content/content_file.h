// content_file.h — reading a content file safely, and the small line syntax lessons and banks share.
//
//     ft::content::ContentProblems problems;
//     std::optional<QString> text = ft::content::readContentFile(path, problems);
//     if (text) { ContentLines lines = splitContentLines(*text); ... }
//
// readContentFile refuses what a teacher would not mean to load (a file that is too large, binary
// or not UTF-8) with a problem naming the first bad byte's line and column, instead of guessing.
#pragma once

#include "content/content_problem.h"
#include "engine/shape.h"

#include <QList>
#include <QString>

#include <algorithm>
#include <optional>

namespace ft::content {

// The file's text (UTF-8, BOM dropped), or nullopt with a problem added.
std::optional<QString> readContentFile(const QString &path, ContentProblems &problems, qint64 maxBytes);
// Same check on bytes already in memory (file name only used in problems).
std::optional<QString> decodeContentBytes(const QByteArray &bytes, const QString &path, ContentProblems &problems);

struct ContentLine
{
    QString text;    // without the line break ("\r\n" and "\n" both end a line)
    int number = 0;  // 1-based
};
using ContentLines = QList<ContentLine>;
ContentLines splitContentLines(const QString &text);

// One "key: value" line of a header or a question.
struct ContentField
{
    QString key;
    QString value;       // trimmed
    int line = 0;
    int keyColumn = 1;   // 1-based column of the key
    int valueColumn = 1; // 1-based column of the value's first character
};

// Parses "key: value" (key: lower-case letters, digits, '_' and '-'); nullopt if the line is not one.
std::optional<ContentField> parseField(const ContentLine &line);

// The "---" header block at the top of a file. `next` is the index of the first line after it.
struct FrontMatter
{
    QList<ContentField> fields;
    int next = 0;
    bool found = false;

    bool has(QLatin1String key) const
    {
        return std::any_of(fields.cbegin(), fields.cend(), [key](const ContentField &field) { return field.key == key; });
    }
};
// Reads a front-matter block; blank lines and lines starting with '#' inside it are ignored.
// A key given twice is reported once at its second place and only its first value is kept.
FrontMatter parseFrontMatter(const ContentLines &lines, const QString &file, ContentProblems &problems);

// Field value checks, each adding a problem at the value's position on failure.
bool isValidId(const QString &id);
bool checkId(const ContentField &field, const QString &file, ContentProblems &problems);
std::optional<int> parseIntField(const ContentField &field, int minimum, int maximum, const QString &file,
                                 ContentProblems &problems);
std::optional<qint64> parseDimField(const ContentField &field, const QString &file, ContentProblems &problems);
QStringList parseTags(const QString &value);

// Shapes as a teacher writes them: "32, 3, 28, 28", "(32, 3, 28, 28)", "[2, 3]", "5,", "()" (0-d):
// the engine's grammar (ft::parseShape, up to ft::kMaxShapeRank dims, ASCII digits only), except
// that an empty text is an error (a forgotten value; "()" is the 0-d tensor).
// On failure returns nullopt and sets error and the 1-based column (in characters) in `text`.
struct ShapeTextError
{
    QString message;
    int column = 1;
};
std::optional<ft::Shape> parseShapeText(const QString &text, ShapeTextError *error);

ContentProblem problemAt(const QString &file, int line, int column, const QString &message);

} // namespace ft::content
