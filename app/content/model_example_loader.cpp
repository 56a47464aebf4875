#include "content/model_example_loader.h"

#include "content/content_file.h"

#include <QDir>
#include <QFileInfo>

namespace ft::content {

namespace {

// An example is a small file; anything larger is not one.
constexpr qint64 kMaxExampleBytes = 64 * 1024;

} // namespace

std::optional<ClassExample> loadClassExample(const QString &path, ContentProblems &problems)
{
    const std::optional<QString> text = readContentFile(path, problems, kMaxExampleBytes);
    if (!text)
        return std::nullopt;
    const ContentLines lines = splitContentLines(*text);
    ClassExample example;
    example.id = QFileInfo(path).completeBaseName();
    example.path = path;
    // The header: leading "# key: value" comments, up to the first line that is not one.
    int next = 0;
    for (; next < lines.size(); ++next) {
        const ContentLine &line = lines[next];
        if (!line.text.startsWith(QLatin1String("# ")))
            break;
        const std::optional<ContentField> field = parseField(ContentLine{line.text.mid(2), line.number});
        if (!field)
            break;
        if (field->key == QLatin1String("title"))
            example.title = field->value;
        else if (field->key == QLatin1String("input"))
            example.input = field->value;
        else if (field->key == QLatin1String("expect"))
            example.expect = field->value;
        else
            problems << problemAt(path, line.number, field->keyColumn + 2, QStringLiteral("unknown key '%1' (expected title, input or expect)").arg(field->key));
    }
    if (next < lines.size() && lines[next].text.trimmed().isEmpty())
        ++next;
    bool complete = true;
    for (const auto &[value, key] : {std::pair{example.title, "title"}, std::pair{example.input, "input"}}) {
        if (value.isEmpty()) {
            problems << problemAt(path, 1, 1, QStringLiteral("the header has no '# %1: ...' line").arg(QLatin1String(key)));
            complete = false;
        }
    }
    ShapeTextError shapeError;
    if (!example.input.isEmpty() && !parseShapeText(example.input, &shapeError)) {
        problems << problemAt(path, 1, 1, QStringLiteral("input: %1").arg(shapeError.message));
        complete = false;
    }
    if (!complete)
        return std::nullopt;
    QStringList code;
    for (int i = next; i < lines.size(); ++i)
        code << lines[i].text;
    example.code = code.join(QLatin1Char('\n'));
    return example;
}

QList<ClassExample> loadClassExamples(const QStringList &contentDirs, ContentProblems &problems)
{
    QList<ClassExample> examples;
    for (const QString &dir : contentDirs) {
        const QDir models(dir + QStringLiteral("/models"));
        const QStringList files = models.entryList({QStringLiteral("*.py")}, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            if (std::optional<ClassExample> example = loadClassExample(models.filePath(file), problems))
                examples << *example;
        }
    }
    return examples;
}

} // namespace ft::content
