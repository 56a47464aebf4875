#include "content/content_file.h"

#include "engine/trace.h"

#include <algorithm>

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace ft::content {

ContentProblem problemAt(const QString &file, int line, int column, const QString &message)
{
    return ContentProblem{file, line, column, message};
}

namespace {

// Length of the UTF-8 sequence starting at bytes[i], or 0 if it is not valid UTF-8
// (overlong forms, surrogates and code points above U+10FFFF are invalid too).
int utf8SequenceLength(const QByteArray &bytes, qsizetype i)
{
    const auto at = [&](qsizetype k) { return static_cast<unsigned char>(bytes.at(k)); };
    const unsigned char lead = at(i);
    if (lead < 0x80)
        return 1;
    int length = 0;
    char32_t codePoint = 0;
    if ((lead & 0xE0) == 0xC0) { length = 2; codePoint = lead & 0x1F; }
    else if ((lead & 0xF0) == 0xE0) { length = 3; codePoint = lead & 0x0F; }
    else if ((lead & 0xF8) == 0xF0) { length = 4; codePoint = lead & 0x07; }
    else return 0;
    if (i + length > bytes.size())
        return 0;
    for (int k = 1; k < length; ++k) {
        const unsigned char next = at(i + k);
        if ((next & 0xC0) != 0x80)
            return 0;
        codePoint = (codePoint << 6) | (next & 0x3F);
    }
    static constexpr char32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (codePoint < smallest[length] || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
        return 0;
    return length;
}

} // namespace

std::optional<QString> decodeContentBytes(const QByteArray &bytes, const QString &path, ContentProblems &problems)
{
    qsizetype start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    // A NUL byte means binary (an image, an archive) even when earlier bytes are not UTF-8 either.
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) {
        const qsizetype lineStart = bytes.lastIndexOf('\n', nul) + 1;
        problems << problemAt(path, int(bytes.left(nul).count('\n')) + 1, int(nul - lineStart) + 1,
                              QStringLiteral("binary file: a NUL byte is not text (is this really a lesson or a question bank?)"));
        return std::nullopt;
    }
    int line = 1;
    int column = 1;
    for (qsizetype i = start; i < bytes.size();) {
        const char byte = bytes.at(i);
        if (byte == '\0') {
            problems << problemAt(path, line, column, QStringLiteral("binary file: a NUL byte is not text (is this really a lesson or a question bank?)"));
            return std::nullopt;
        }
        const int length = utf8SequenceLength(bytes, i);
        if (length == 0) {
            problems << problemAt(path, line, column,
                                  QStringLiteral("not UTF-8 text: byte 0x%1 cannot start or continue a character; save the file as UTF-8")
                                      .arg(static_cast<unsigned char>(byte), 2, 16, QLatin1Char('0')));
            return std::nullopt;
        }
        if (byte == '\n') {
            ++line;
            column = 1;
        } else {
            column += length == 4 ? 2 : 1; // columns count UTF-16 units, as QString does
        }
        i += length;
    }
    return QString::fromUtf8(bytes.constData() + start, bytes.size() - start);
}

std::optional<QString> readContentFile(const QString &path, ContentProblems &problems, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (info.size() > maxBytes) {
        problems << problemAt(path, 1, 1, QStringLiteral("file too large: %1 bytes, the limit is %2 bytes; split it into several files")
                                              .arg(info.size()).arg(maxBytes));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems << problemAt(path, 1, 1, QStringLiteral("cannot read the file: %1").arg(file.errorString()));
        return std::nullopt;
    }
    // Read at most one byte past the limit: a file that grew since stat() is still refused.
    const QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes) {
        problems << problemAt(path, 1, 1, QStringLiteral("file too large: the limit is %1 bytes; split it into several files").arg(maxBytes));
        return std::nullopt;
    }
    return decodeContentBytes(bytes, path, problems);
}

ContentLines splitContentLines(const QString &text)
{
    ContentLines lines;
    const QStringList parts = text.split(QLatin1Char('\n'));
    int number = 1;
    for (QString part : parts) {
        if (part.endsWith(QLatin1Char('\r')))
            part.chop(1);
        lines << ContentLine{part, number++};
    }
    if (!lines.isEmpty() && lines.last().text.isEmpty() && text.endsWith(QLatin1Char('\n')))
        lines.removeLast();
    return lines;
}

std::optional<ContentField> parseField(const ContentLine &line)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\s*)([a-z][a-z0-9_-]*)\\s*:(\\s*)(.*)$"));
    const QRegularExpressionMatch match = pattern.match(line.text);
    if (!match.hasMatch())
        return std::nullopt;
    ContentField field;
    field.key = match.captured(2);
    field.line = line.number;
    field.keyColumn = int(match.capturedStart(2)) + 1;
    QString value = match.captured(4);
    while (!value.isEmpty() && value.back().isSpace())
        value.chop(1);
    field.value = value;
    field.valueColumn = int(match.capturedStart(4)) + 1;
    return field;
}

FrontMatter parseFrontMatter(const ContentLines &lines, const QString &file, ContentProblems &problems)
{
    FrontMatter header;
    int i = 0;
    while (i < lines.size() && lines.at(i).text.trimmed().isEmpty())
        ++i;
    if (i >= lines.size() || lines.at(i).text.trimmed() != QLatin1String("---")) {
        const int line = i < lines.size() ? lines.at(i).number : 1;
        problems << problemAt(file, line, 1, QStringLiteral("expected a header block starting with '---' (see the README of this folder)"));
        return header;
    }
    const int openLine = lines.at(i).number;
    for (++i; i < lines.size(); ++i) {
        const ContentLine &line = lines.at(i);
        const QString trimmed = line.text.trimmed();
        if (trimmed == QLatin1String("---")) {
            header.found = true;
            header.next = i + 1;
            return header;
        }
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        if (const std::optional<ContentField> field = parseField(line)) {
            const bool repeated = std::any_of(header.fields.cbegin(), header.fields.cend(),
                                              [&](const ContentField &earlier) { return earlier.key == field->key; });
            if (repeated)
                problems << problemAt(file, field->line, field->keyColumn, QStringLiteral("'%1' is given twice").arg(field->key));
            else
                header.fields << *field;
        } else {
            const int column = int(line.text.size() - line.text.trimmed().size() == 0 ? 1 : line.text.indexOf(trimmed.at(0)) + 1);
            problems << problemAt(file, line.number, column, QStringLiteral("expected 'key: value' in the header, found '%1'").arg(trimmed));
        }
    }
    problems << problemAt(file, openLine, 1, QStringLiteral("header block opened with '---' is never closed with '---'"));
    header.next = int(lines.size());
    return header;
}

bool isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    return pattern.match(id).hasMatch();
}

bool checkId(const ContentField &field, const QString &file, ContentProblems &problems)
{
    if (isValidId(field.value))
        return true;
    problems << problemAt(file, field.line, field.valueColumn,
                          QStringLiteral("invalid id '%1': use 1 to 64 lower-case letters, digits and '-', starting with a letter or digit")
                              .arg(field.value));
    return false;
}

std::optional<int> parseIntField(const ContentField &field, int minimum, int maximum, const QString &file,
                                 ContentProblems &problems)
{
    bool ok = false;
    const int value = field.value.toInt(&ok);
    if (!ok || value < minimum || value > maximum) {
        problems << problemAt(file, field.line, field.valueColumn,
                              QStringLiteral("%1 must be a whole number from %2 to %3, found '%4'")
                                  .arg(field.key).arg(minimum).arg(maximum).arg(field.value));
        return std::nullopt;
    }
    return value;
}

std::optional<qint64> parseDimField(const ContentField &field, const QString &file, ContentProblems &problems)
{
    bool ok = false;
    const qint64 value = field.value.toLongLong(&ok);
    if (!ok) {
        problems << problemAt(file, field.line, field.valueColumn,
                              QStringLiteral("%1 must be a whole number such as 1 or -1, found '%2'").arg(field.key, field.value));
        return std::nullopt;
    }
    return value;
}

QStringList parseTags(const QString &value)
{
    QStringList tags;
    for (const QString &part : value.split(QLatin1Char(','))) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags << tag;
    }
    return tags;
}

std::optional<ft::Shape> parseShapeText(const QString &text, ShapeTextError *error)
{
    const auto fail = [&](int column, const QString &message) -> std::optional<ft::Shape> {
        if (error)
            *error = ShapeTextError{message, column};
        return std::nullopt;
    };
    // An empty field is a value the author forgot, not a 0-d tensor: that one is written "()".
    if (text.trimmed().isEmpty())
        return fail(1, QStringLiteral("expected a shape such as 32, 3, 28, 28 (write () for a 0-d tensor)"));
    // The engine's grammar, so that a course accepts exactly the shapes the app and `trace` do.
    const QByteArray utf8 = text.toUtf8();
    try {
        return ft::parseShape(std::string_view(utf8.constData(), size_t(utf8.size())));
    } catch (const ft::ParseError &e) {
        // The engine counts bytes of UTF-8; a problem's column counts characters of the line.
        const int column = int(QString::fromUtf8(utf8.left(e.column() - 1)).size()) + 1;
        return fail(column, QString::fromStdString(e.message()));
    }
}

} // namespace ft::content
