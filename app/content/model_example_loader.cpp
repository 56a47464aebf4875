#include "content/model_example_loader.h"

#include "content/content_file.h"
#include "engine/source/source_trace.h"

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
            example.expect = field->value, example.expectLine = line.number;
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
    example.codeLine = next < lines.size() ? lines[next].number : lines.size() + 1;
    for (int i = next; i < lines.size(); ++i)
        code << lines[i].text;
    example.code = code.join(QLatin1Char('\n'));
    return example;
}

bool checkClassExample(const ClassExample &example, ContentProblems &problems)
{
    const std::optional<ft::Shape> input = parseShapeText(example.input, nullptr);
    if (!input)
        return false; // reported by loadClassExample
    const int before = int(problems.size());
    const QByteArray code = example.code.toUtf8();
    try {
        const ft::source::SourceTrace trace = ft::source::traceSource(*input, std::string_view(code.constData(), size_t(code.size())));
        const QString shows = trace.error ? QStringLiteral("error") : !trace.warnings.empty() ? QStringLiteral("batch-changed")
                                                                                             : QStringLiteral("ok");
        if (!example.expect.isEmpty() && example.expect != QLatin1String("ok") && example.expect != QLatin1String("error")
            && example.expect != QLatin1String("batch-changed"))
            problems << problemAt(example.path, example.expectLine, 11,
                                  QStringLiteral("expect: '%1' is not ok, error or batch-changed").arg(example.expect));
        else if (!example.expect.isEmpty() && example.expect != shows)
            problems << problemAt(example.path, example.expectLine, 11,
                                  QStringLiteral("expect: %1, but the class traced on %2 shows %3%4")
                                      .arg(example.expect, example.input, shows,
                                           trace.error ? QStringLiteral(" (%1: %2, line %3)")
                                                             .arg(QString::fromStdString(trace.error->type),
                                                                  QString::fromStdString(trace.error->message))
                                                             .arg(example.codeLine - 1 + trace.error->line)
                                                       : QString()));
    } catch (const ft::source::SourceError &error) {
        const int line = example.codeLine - 1 + std::max(error.line(), 1);
        problems << problemAt(example.path, line, std::max(error.column(), 1),
                              QStringLiteral("the app cannot run this class: %1").arg(QString::fromStdString(error.message())));
    }
    return int(problems.size()) == before;
}

} // namespace ft::content
