#include "content/model_example.h"

#include "content/content_file.h"
#include "engine/trace.h"

#include <optional>

namespace ft::content {

namespace {

bool isFence(const QString &line) { return line.trimmed().startsWith(QLatin1String("```")); }

// Checks one finished example; adds problems and returns false when it cannot be offered.
bool checkExample(const ModelExample &example, int inputLine, int inputColumn, int codeLine, ContentProblems &problems)
{
    const int before = int(problems.size());
    if (example.title.isEmpty())
        problems << problemAt(example.filePath, example.line, 1, QStringLiteral("example '%1': missing 'title: ...'").arg(example.id));
    if (inputLine == 0) {
        problems << problemAt(example.filePath, example.line, 1,
                              QStringLiteral("example '%1': missing 'input: ...' (for example 'input: 32, 3, 28, 28')").arg(example.id));
    } else {
        ShapeTextError error;
        if (!parseShapeText(example.input, &error))
            problems << problemAt(example.filePath, inputLine, inputColumn + error.column - 1, QStringLiteral("example input: ") + error.message);
    }
    if (codeLine == 0 || example.code.trimmed().isEmpty()) {
        problems << problemAt(example.filePath, example.line, 1,
                              QStringLiteral("example '%1': missing the model, in a ```python block").arg(example.id));
    } else {
        try {
            ft::parseModel(example.code.toStdString());
        } catch (const ft::ParseError &error) {
            problems << problemAt(example.filePath, codeLine + error.line() - 1, error.lineColumn(),
                                  QStringLiteral("example model: ") + QString::fromStdString(error.message()));
        } catch (const std::exception &) {
            // A model whose constructor raises is a fine example: the builder shows PyTorch's error.
        }
    }
    return problems.size() == before;
}

} // namespace

QList<ModelExample> parseModelExamples(const QString &text, const QString &filePath, ContentProblems &problems)
{
    QList<ModelExample> examples;
    const ContentLines lines = splitContentLines(text);
    std::optional<ModelExample> current;
    int inputLine = 0;
    int inputColumn = 1;
    int codeLine = 0;
    const auto finish = [&] {
        if (current && checkExample(*current, inputLine, inputColumn, codeLine, problems))
            examples << *current;
        current.reset();
        inputLine = 0;
        codeLine = 0;
    };

    for (int i = 0; i < lines.size(); ++i) {
        const ContentLine &line = lines.at(i);
        if (line.text.startsWith(QLatin1String("## "))) {
            finish();
            current = ModelExample{};
            current->id = line.text.mid(3).trimmed();
            current->filePath = filePath;
            current->line = line.number;
            if (!isValidId(current->id)) {
                problems << problemAt(filePath, line.number, 4,
                                      QStringLiteral("example id '%1': use lower-case letters, digits and '-'").arg(current->id));
                current.reset();
            } else {
                for (const ModelExample &other : std::as_const(examples))
                    if (other.id == current->id) {
                        problems << problemAt(filePath, line.number, 4, QStringLiteral("example id '%1' is used twice").arg(current->id));
                        current.reset();
                        break;
                    }
            }
            continue;
        }
        if (!current)
            continue; // the file's own heading and prose
        if (isFence(line.text)) {
            if (codeLine != 0) {
                problems << problemAt(filePath, line.number, 1, QStringLiteral("example '%1': only one model block").arg(current->id));
                continue;
            }
            QStringList code;
            int end = i + 1;
            while (end < lines.size() && !isFence(lines.at(end).text))
                code << lines.at(end++).text;
            if (end >= lines.size()) {
                problems << problemAt(filePath, line.number, 1, QStringLiteral("example '%1': the ``` block is never closed").arg(current->id));
                current.reset();
                break;
            }
            codeLine = line.number + 1;
            current->code = code.join(QLatin1Char('\n'));
            i = end;
            continue;
        }
        if (const std::optional<ContentField> field = parseField(line)) {
            if (field->key == QLatin1String("title")) {
                current->title = field->value;
            } else if (field->key == QLatin1String("input")) {
                current->input = field->value;
                inputLine = field->line;
                inputColumn = field->valueColumn;
            } else {
                problems << problemAt(filePath, field->line, field->keyColumn,
                                      QStringLiteral("example: unknown field '%1' (known: title, input)").arg(field->key));
            }
        }
    }
    finish();
    return examples;
}

} // namespace ft::content
