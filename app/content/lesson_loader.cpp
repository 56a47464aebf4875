#include "content/lesson_loader.h"

#include "engine/source/source_trace.h"
#include "engine/trace.h"

#include <QRegularExpression>

namespace ft::content {

namespace {

// A code line that states a result must say it the checkable way: "... # -> (32, 2352)" backed by
// a claim, or a whole error line "RuntimeError: ..." equal to a claim's result.
void checkCodeLine(const ContentLine &line, const QList<Claim> &claims, const QString &filePath, ContentProblems &problems)
{
    static const QRegularExpression errorLine(QStringLiteral("^\\s*[A-Z]\\w*(?:Error|Warning): "));
    static const QRegularExpression commentedShape(QStringLiteral("#.*\\(\\d+(?:, \\d+)+\\)|#.*\\(\\d+,\\)"));
    const auto isClaimed = [&claims](const QString &result) {
        return std::any_of(claims.cbegin(), claims.cend(), [&result](const Claim &claim) { return claim.expected == result; });
    };
    const int arrow = int(line.text.indexOf(QLatin1String("# -> ")));
    if (arrow >= 0) {
        const QString result = line.text.mid(arrow + 5).trimmed();
        if (!isClaimed(result))
            problems << problemAt(filePath, line.number, arrow + 6,
                                  QStringLiteral("'%1' is stated here but no claim in a ```claims block checks it").arg(result));
        return;
    }
    if (errorLine.match(line.text).hasMatch()) {
        if (!isClaimed(line.text.trimmed()))
            problems << problemAt(filePath, line.number, 1,
                                  QStringLiteral("this error line is not the result of any claim in a ```claims block"));
        return;
    }
    static const QRegularExpression printedChild(QStringLiteral("^\\s*\\(\\w+\\): [A-Z]\\w*\\("));
    if (printedChild.match(line.text).hasMatch()) {
        problems << problemAt(filePath, line.number, 1,
                              QStringLiteral("a printed model: state it as '# -> ' followed by its lines joined with ' | ', and check it with a claim"));
        return;
    }
    const QRegularExpressionMatch shape = commentedShape.match(line.text);
    if (shape.hasMatch())
        problems << problemAt(filePath, line.number, int(shape.capturedStart()) + 1,
                              QStringLiteral("a shape in a code comment: write the result as '# -> (shape)' and check it with a claim"));
}

// Every error the prose quotes must be a claim's: checked per paragraph (consecutive lines), since
// a quoted message may wrap, and reported at the line and column where the quote starts.
void checkProseErrors(const ContentLines &proseLines, const QList<Claim> &claims, const QString &filePath, ContentProblems &problems)
{
    struct Piece
    {
        qsizetype offset; // where the line starts in the paragraph
        const ContentLine *line;
        int indent;       // characters trimmed off the line's start
    };
    QString paragraph;
    QList<Piece> pieces;
    const auto flush = [&] {
        for (const QuotedError &error : uncheckedQuotedErrors(paragraph, claims)) {
            const Piece *at = &pieces.first();
            for (const Piece &piece : std::as_const(pieces)) {
                if (piece.offset <= error.offset)
                    at = &piece;
            }
            problems << problemAt(filePath, at->line->number, int(error.offset - at->offset) + at->indent + 1,
                                  QStringLiteral("the error '%1' is quoted here but no claim in a ```claims block has it as its result").arg(error.text));
        }
        paragraph.clear();
        pieces.clear();
    };
    int previous = -1;
    for (const ContentLine &line : proseLines) {
        const QString trimmed = line.text.trimmed();
        if (trimmed.isEmpty() || line.number != previous + 1)
            flush();
        previous = line.number;
        if (trimmed.isEmpty())
            continue;
        if (!paragraph.isEmpty())
            paragraph += QLatin1Char(' ');
        pieces << Piece{paragraph.size(), &line, int(line.text.indexOf(trimmed.at(0)))};
        paragraph += trimmed;
    }
    if (!paragraph.isEmpty())
        flush();
}

// An opening fence ("```playground", "~~~", "````markdown"): returns the info word and sets
// `marker` to the fence's run of backticks or tildes, which the closing fence must repeat.
std::optional<QString> fenceOpen(const QString &line, QString *marker)
{
    const QString trimmed = line.trimmed();
    if (!trimmed.startsWith(QLatin1String("```")) && !trimmed.startsWith(QLatin1String("~~~")))
        return std::nullopt;
    const QChar fenceChar = trimmed.at(0);
    int length = 0;
    while (length < trimmed.size() && trimmed.at(length) == fenceChar)
        ++length;
    *marker = trimmed.left(length);
    return trimmed.mid(length).trimmed();
}

bool closesFence(const QString &line, const QString &marker)
{
    const QString trimmed = line.trimmed();
    if (!trimmed.startsWith(marker))
        return false;
    for (const QChar c : trimmed) {
        if (c != marker.at(0))
            return false;
    }
    return true;
}

// One 'key: value' line of a live block (`block` is "playground" or "playground-class"); nullopt,
// with a problem, when the line is not one (`expected` says what is) or its key came before.
std::optional<ContentField> blockField(const ContentLine &line, const QString &block, const QString &expected, QStringList &seen,
                                       const QString &filePath, ContentProblems &problems)
{
    const std::optional<ContentField> field = parseField(line);
    if (!field) {
        problems << problemAt(filePath, line.number, 1, QStringLiteral("%1: expected 'key: value' %2").arg(block, expected));
        return std::nullopt;
    }
    if (seen.contains(field->key)) {
        problems << problemAt(filePath, field->line, field->keyColumn, QStringLiteral("%1: '%2' is given twice").arg(block, field->key));
        return std::nullopt;
    }
    seen << field->key;
    return field;
}

// A live block's `input` field: its text and its shape.
void readInputField(const ContentField &field, const QString &block, PlaygroundBlock &target, const QString &filePath, ContentProblems &problems)
{
    target.inputText = field.value;
    ShapeTextError error;
    if (const std::optional<ft::Shape> shape = parseShapeText(field.value, &error))
        target.inputShape = *shape;
    else
        problems << problemAt(filePath, field.line, field.valueColumn + error.column - 1, QStringLiteral("%1 input: %2").arg(block, error.message));
}

} // namespace

std::optional<PlaygroundBlock> parsePlaygroundBlock(const ContentLines &lines, int fenceLine, const QString &filePath,
                                                    ContentProblems &problems)
{
    const qsizetype before = problems.size();
    PlaygroundBlock block;
    block.line = fenceLine;
    std::optional<ContentField> inputField;
    std::optional<ContentField> modelField;
    std::optional<ContentField> dimField;
    QStringList seen;
    for (const ContentLine &line : lines) {
        if (line.text.trimmed().isEmpty() || line.text.trimmed().startsWith(QLatin1Char('#')))
            continue;
        const std::optional<ContentField> field = blockField(line, QStringLiteral("playground"),
                                                             QStringLiteral("(input, model, start_dim, end_dim, caption)"), seen, filePath, problems);
        if (!field)
            continue;
        if (field->key == QLatin1String("input")) {
            inputField = field;
            readInputField(*field, QStringLiteral("playground"), block, filePath, problems);
        } else if (field->key == QLatin1String("model")) {
            modelField = field;
            block.model = field->value;
            if (block.model.isEmpty())
                problems << problemAt(filePath, field->line, field->valueColumn, QStringLiteral("playground: model is empty"));
        } else if (field->key == QLatin1String("start_dim") || field->key == QLatin1String("end_dim")) {
            dimField = field;
            const std::optional<qint64> dim = parseDimField(*field, filePath, problems);
            (field->key == QLatin1String("start_dim") ? block.startDim : block.endDim) = dim;
        } else if (field->key == QLatin1String("caption")) {
            block.caption = field->value;
        } else {
            problems << problemAt(filePath, field->line, field->keyColumn,
                                  QStringLiteral("playground: unknown field '%1' (known: input, model, start_dim, end_dim, caption)").arg(field->key));
        }
    }
    if (!inputField)
        problems << problemAt(filePath, fenceLine, 1, QStringLiteral("playground: missing required field 'input' (for example 'input: 32, 3, 28, 28')"));
    if (modelField && dimField)
        problems << problemAt(filePath, dimField->line, dimField->keyColumn,
                              QStringLiteral("playground: give either 'model' or 'start_dim'/'end_dim', not both (write the dims inside nn.Flatten(...))"));
    if (modelField && !block.model.isEmpty()) {
        try {
            ft::parseModel(block.model.toStdString());
        } catch (const ft::ParseError &error) {
            problems << problemAt(filePath, modelField->line, modelField->valueColumn + error.column() - 1,
                                  QStringLiteral("playground model: ") + QString::fromStdString(error.message()));
        } catch (const ft::TorchError &) {
            // A model whose constructor raises is a fine lesson: the playground shows PyTorch's error.
        }
    }
    if (problems.size() != before)
        return std::nullopt;
    return block;
}

namespace {

// What a class playground's forward() gives, in a claim's notation: "(4, 10)" or "RuntimeError: ...".
QString traceResult(const ft::source::SourceTrace &trace)
{
    if (trace.error)
        return QString::fromStdString(trace.error->type + ": " + trace.error->message);
    if (!trace.succeeded || trace.outputs.empty())
        return QStringLiteral("a %1, not a tensor").arg(QString::fromStdString(trace.returnedType));
    QStringList shapes;
    for (const ft::Shape &shape : trace.outputs)
        shapes << QString::fromStdString(ft::formatShape(shape));
    return trace.outputIsTuple ? QStringLiteral("(%1)").arg(shapes.join(QStringLiteral(", "))) : shapes.first();
}

} // namespace

std::optional<PlaygroundBlock> parsePlaygroundClassBlock(const ContentLines &lines, int fenceLine, const QString &filePath,
                                                         ContentProblems &problems)
{
    static const QString known = QStringLiteral("input, returns, raises, warns, caption");
    const qsizetype before = problems.size();
    PlaygroundBlock block;
    block.line = fenceLine;
    std::optional<ContentField> inputField;
    std::optional<ContentField> resultField;
    std::optional<ContentField> warnsField;
    QStringList seen;
    // The fields, a blank line, then the Python text.
    qsizetype k = 0;
    for (; k < lines.size() && !lines.at(k).text.trimmed().isEmpty(); ++k) {
        const ContentLine &line = lines.at(k);
        const std::optional<ContentField> field = blockField(line, QStringLiteral("playground-class"),
                                                             QStringLiteral("(%1), then a blank line and the class").arg(known), seen, filePath, problems);
        if (!field)
            continue;
        if (field->key == QLatin1String("input")) {
            inputField = field;
            readInputField(*field, QStringLiteral("playground-class"), block, filePath, problems);
        } else if (field->key == QLatin1String("returns") || field->key == QLatin1String("raises")) {
            if (resultField) {
                problems << problemAt(filePath, field->line, field->keyColumn,
                                      QStringLiteral("playground-class: give either 'returns' or 'raises', not both"));
                continue;
            }
            resultField = field;
            block.expected = field->value;
        } else if (field->key == QLatin1String("warns")) {
            warnsField = field;
            for (const QString &kind : field->value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                block.warnings << kind.trimmed();
        } else if (field->key == QLatin1String("caption")) {
            block.caption = field->value;
        } else {
            problems << problemAt(filePath, field->line, field->keyColumn,
                                  QStringLiteral("playground-class: unknown field '%1' (known: %2)").arg(field->key, known));
        }
    }
    while (k < lines.size() && lines.at(k).text.trimmed().isEmpty())
        ++k;
    QStringList source;
    for (qsizetype i = k; i < lines.size(); ++i)
        source << lines.at(i).text;
    if (k < lines.size()) {
        block.sourceLine = lines.at(k).number;
        block.source = source.join(QLatin1Char('\n')) + QLatin1Char('\n');
    } else {
        problems << problemAt(filePath, fenceLine, 1, QStringLiteral("playground-class: no class: write the fields, a blank line, then the Python class"));
    }
    if (!inputField)
        problems << problemAt(filePath, fenceLine, 1, QStringLiteral("playground-class: missing required field 'input' (for example 'input: 4, 1, 28, 28')"));
    if (!resultField)
        problems << problemAt(filePath, fenceLine, 1,
                              QStringLiteral("playground-class: say what forward() gives, 'returns: (4, 10)' or 'raises: RuntimeError: ...'; the check runs the class"));
    if (problems.size() != before)
        return std::nullopt;

    // The class runs as the lesson's class editor will run it (the last nn.Module subclass): the result the lesson states, and no other warning.
    ft::source::SourceTrace trace;
    try {
        trace = ft::source::traceSource(block.inputShape, block.source.toStdString());
    } catch (const ft::source::SourceError &error) {
        problems << problemAt(filePath, block.sourceLine + std::max(error.line(), 1) - 1, std::max(error.column(), 1),
                              QStringLiteral("playground-class: ") + QString::fromStdString(error.message()));
        return std::nullopt;
    }
    const QString actual = traceResult(trace);
    if (actual != block.expected)
        problems << problemAt(filePath, resultField->line, resultField->valueColumn,
                              QStringLiteral("playground-class: the engine (PyTorch) gives '%1', the block says '%2'").arg(actual, block.expected));
    QStringList warned;
    for (const ft::source::SourceWarning &warning : trace.warnings) {
        if (!warned.contains(QString::fromStdString(warning.kind)))
            warned << QString::fromStdString(warning.kind);
    }
    QStringList stated = block.warnings;
    warned.sort();
    stated.sort();
    if (warned != stated)
        problems << problemAt(filePath, warnsField ? warnsField->line : fenceLine, warnsField ? warnsField->valueColumn : 1,
                              warned.isEmpty() ? QStringLiteral("playground-class: the engine warns nothing here; remove 'warns'")
                                               : QStringLiteral("playground-class: the engine warns '%1'; state it as 'warns: %1'").arg(warned.join(QStringLiteral(", "))));
    if (problems.size() != before)
        return std::nullopt;
    return block;
}

std::optional<Lesson> parseLesson(const QString &text, const QString &filePath, ContentProblems &problems)
{
    const ContentLines lines = splitContentLines(text);
    const qsizetype before = problems.size();
    const FrontMatter header = parseFrontMatter(lines, filePath, problems);
    if (!header.found)
        return std::nullopt;

    Lesson lesson;
    lesson.filePath = filePath;
    for (const ContentField &field : header.fields) {
        if (field.key == QLatin1String("id")) {
            if (checkId(field, filePath, problems))
                lesson.id = field.value;
        } else if (field.key == QLatin1String("title")) {
            lesson.title = field.value;
            if (lesson.title.isEmpty())
                problems << problemAt(filePath, field.line, field.valueColumn, QStringLiteral("title is empty"));
        } else if (field.key == QLatin1String("order")) {
            lesson.order = parseIntField(field, 1, 999, filePath, problems).value_or(0);
        } else if (field.key == QLatin1String("minutes")) {
            lesson.minutes = parseIntField(field, 1, 120, filePath, problems).value_or(0);
        } else if (field.key == QLatin1String("tags")) {
            lesson.tags = parseTags(field.value);
        } else if (field.key == QLatin1String("summary")) {
            lesson.summary = field.value;
        } else {
            problems << problemAt(filePath, field.line, field.keyColumn,
                                  QStringLiteral("unknown field '%1' (known: id, title, order, minutes, tags, summary)").arg(field.key));
        }
    }
    const int headerEnd = header.next > 0 && header.next <= lines.size() ? lines.at(header.next - 1).number : 1;
    for (const char *required : {"id", "title", "order", "minutes"}) {
        if (!header.has(QLatin1String(required)))
            problems << problemAt(filePath, headerEnd, 1, QStringLiteral("missing required field '%1' in the header").arg(QLatin1String(required)));
    }
    const bool headerOk = problems.size() == before;

    // The body: Markdown, with ```playground blocks cut out as live blocks.
    QStringList body;
    QStringList markdown;
    lesson.bodyLine = header.next < lines.size() ? lines.at(header.next).number : headerEnd + 1;
    ContentLines codeLines;  // every line of a code snippet, checked against the claims at the end
    ContentLines proseLines; // every other line: a shape it states is a claim's input or result
    const auto flushMarkdown = [&] {
        const QString text = markdown.join(QLatin1Char('\n')).trimmed();
        if (!text.isEmpty())
            lesson.blocks << LessonBlock{LessonBlock::Kind::Markdown, text, {}};
        markdown.clear();
    };
    for (int i = header.next; i < lines.size(); ++i) {
        const ContentLine &line = lines.at(i);
        body << line.text;
        QString marker;
        const std::optional<QString> info = fenceOpen(line.text, &marker);
        if (!info) {
            if (line.text.startsWith(QLatin1String("    ")) || line.text.startsWith(QLatin1Char('\t')))
                codeLines << line; // an indented code block (or a list's continuation: same check)
            proseLines << line;
            markdown << line.text;
            continue;
        }
        // A fenced block: find its end, so a playground word inside ordinary code is left alone.
        int end = i + 1;
        while (end < lines.size() && !closesFence(lines.at(end).text, marker))
            ++end;
        if (end >= lines.size()) {
            problems << problemAt(filePath, line.number, int(line.text.indexOf(marker)) + 1,
                                  QStringLiteral("code block opened here is never closed with %1").arg(marker));
        }
        const ContentLines inside = lines.mid(i + 1, end - i - 1);
        for (const ContentLine &inner : inside)
            body << inner.text;
        if (end < lines.size())
            body << lines.at(end).text;
        if (*info == QLatin1String("claims") && end < lines.size()) {
            for (const ContentLine &inner : inside) {
                const QString trimmed = inner.text.trimmed();
                if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
                    continue;
                if (std::optional<Claim> claim = parseClaim(inner, filePath, problems))
                    lesson.claims << *claim;
            }
            i = end; // for checking, not for reading: the learner does not see it
            continue;
        }
        const bool classPlayground = *info == QLatin1String("playground-class");
        if ((*info == QLatin1String("playground") || classPlayground) && end < lines.size()) {
            std::optional<PlaygroundBlock> block = classPlayground ? parsePlaygroundClassBlock(inside, line.number, filePath, problems)
                                                                   : parsePlaygroundBlock(inside, line.number, filePath, problems);
            if (block && classPlayground) {
                for (const ContentLine &inner : inside) {
                    if (inner.number >= block->sourceLine)
                        codeLines << inner; // its comments state results the checkable way too
                }
            }
            if (block) {
                flushMarkdown();
                lesson.blocks << LessonBlock{LessonBlock::Kind::Playground, {}, *block};
                i = end;
                continue;
            }
        }
        markdown << line.text;
        codeLines << inside;
        for (const ContentLine &inner : inside)
            markdown << inner.text;
        if (end < lines.size())
            markdown << lines.at(end).text;
        i = end;
    }
    flushMarkdown();
    for (const ContentLine &code : std::as_const(codeLines))
        checkCodeLine(code, lesson.claims, filePath, problems);
    QStringList given; // a playground's input is a premise the learner sees, not a result
    QList<Claim> checked = lesson.claims;
    for (const PlaygroundBlock &playground : lesson.playgrounds()) {
        given << QString::fromStdString(ft::formatShape(playground.inputShape));
        if (playground.isClass()) { // its result was checked above, as a claim's is
            Claim result;
            result.input = playground.inputShape;
            result.expected = playground.expected;
            checked << result;
        }
    }
    checkProseErrors(proseLines, checked, filePath, problems);
    for (const ContentLine &prose : std::as_const(proseLines)) {
        for (const QString &result : uncheckedResults(prose.text, checked, given)) {
            if (!result.startsWith(QLatin1Char('(')))
                continue; // errors: checked per paragraph above, since a quote may wrap lines
            problems << problemAt(filePath, prose.number, int(prose.text.indexOf(result.left(20))) + 1,
                                  QStringLiteral("'%1' is stated here but no claim in a ```claims block has it as input or result").arg(result));
        }
    }
    checkClaims(lesson.claims, problems);
    lesson.body = body.join(QLatin1Char('\n')).trimmed();
    if (lesson.blocks.isEmpty())
        problems << problemAt(filePath, headerEnd, 1, QStringLiteral("the lesson has no text after its header"));
    if (!headerOk)
        return std::nullopt;
    return lesson;
}

} // namespace ft::content
