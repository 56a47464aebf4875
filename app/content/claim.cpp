#include "content/claim.h"

#include "content/engine_answer.h"
#include "engine/error.h"
#include "engine/tensor.h"
#include "engine/trace.h"

#include <QRegularExpression>

#include <algorithm>
#include <stdexcept>

namespace ft::content {

namespace {

const QString kArrow = QStringLiteral(" -> ");
// A tensor claim runs on real values (to tell a view from a copy): small inputs only. Nesting is
// bounded so that a hostile file cannot exhaust the stack.
constexpr ft::Dim kMaxTensorClaimValues = ft::Dim(1) << 20;
constexpr int kMaxClaimNesting = 16;

// Splits "a, (3, 4), -1" at the commas outside brackets.
QStringList splitArguments(const QString &text)
{
    QStringList parts;
    int depth = 0;
    QString current;
    for (const QChar c : text) {
        if (c == QLatin1Char('(') || c == QLatin1Char('['))
            ++depth;
        else if (c == QLatin1Char(')') || c == QLatin1Char(']'))
            --depth;
        if (c == QLatin1Char(',') && depth == 0) {
            parts << current.trimmed();
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        parts << current.trimmed();
    return parts;
}

// A whole number or a product of them ("16 * 7 * 7"), as sizes are written in the course.
qint64 toInt(const QString &text)
{
    qint64 product = 1;
    for (const QString &factor : text.split(QLatin1Char('*'))) {
        bool ok = false;
        product *= factor.trimmed().toLongLong(&ok);
        if (!ok)
            throw std::invalid_argument("expected a whole number, got '" + text.toStdString() + "'");
    }
    return product;
}

// "(3, 28, 28)", "[3, 28]" or a bare list of whole numbers.
ft::Shape toSizes(const QStringList &arguments)
{
    if (arguments.size() == 1 && (arguments.first().startsWith(QLatin1Char('(')) || arguments.first().startsWith(QLatin1Char('[')))) {
        const QString inner = arguments.first().mid(1, arguments.first().size() - 2);
        if (inner.startsWith(QLatin1Char('(')) || inner.startsWith(QLatin1Char('[')))
            throw std::invalid_argument("sizes are a flat list of whole numbers");
        return toSizes(splitArguments(inner));
    }
    ft::Shape sizes;
    for (const QString &argument : arguments)
        sizes.push_back(toInt(argument));
    return sizes;
}

// flatten's two dims, positional or start_dim=/end_dim=; `first` is the first argument index.
std::pair<qint64, qint64> flattenDims(const QStringList &arguments, int first)
{
    qint64 dims[2] = {0, -1};
    for (int i = first; i < arguments.size(); ++i) {
        QString argument = arguments.at(i);
        int slot = i - first;
        if (argument.startsWith(QLatin1String("start_dim="))) {
            slot = 0;
            argument = argument.mid(10);
        } else if (argument.startsWith(QLatin1String("end_dim="))) {
            slot = 1;
            argument = argument.mid(8);
        }
        if (slot > 1)
            throw std::invalid_argument("flatten takes at most two dims");
        dims[slot] = toInt(argument);
    }
    return {dims[0], dims[1]};
}

ft::Tensor applyOp(const ft::Tensor &x, const QString &name, const QStringList &arguments)
{
    if (name == QLatin1String("flatten")) {
        const auto [start, end] = flattenDims(arguments, 0);
        return x.flatten(start, end);
    }
    if (name == QLatin1String("view"))
        return x.view(toSizes(arguments));
    if (name == QLatin1String("reshape"))
        return x.reshape(toSizes(arguments));
    if (name == QLatin1String("permute")) {
        const ft::Shape dims = toSizes(arguments);
        return x.permute(std::vector<ft::Dim>(dims.begin(), dims.end()));
    }
    if (name == QLatin1String("transpose") && arguments.size() == 2)
        return x.transpose(toInt(arguments.at(0)), toInt(arguments.at(1)));
    if (name == QLatin1String("unflatten") && arguments.size() == 2)
        return x.unflatten(toInt(arguments.at(0)), toSizes({arguments.at(1)}));
    if (name == QLatin1String("contiguous") && arguments.isEmpty())
        return x.contiguous();
    if (name == QLatin1String("squeeze") && arguments.size() <= 1)
        return arguments.isEmpty() ? x.squeeze() : x.squeeze(toInt(arguments.first()));
    if (name == QLatin1String("unsqueeze") && arguments.size() == 1)
        return x.unsqueeze(toInt(arguments.first()));
    throw std::invalid_argument("a tensor claim knows .flatten, .view, .reshape, .permute, .transpose, .unflatten, "
                                ".squeeze, .unsqueeze and .contiguous, not ." + name.toStdString() + " with these arguments (mark it skip(reason): to "
                                "leave it to PyTorch)");
}

// Index of the bracket closing the one at `open`, or -1.
int closingBracket(const QString &text, int open)
{
    int depth = 0;
    for (int i = open; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('('))
            ++depth;
        else if (text.at(i) == QLatin1Char(')') && --depth == 0)
            return i;
    }
    return -1;
}

// Evaluates "x.permute(0, 2, 3, 1).flatten(1)" or "torch.flatten(<such a chain>, 1, 2)" on x.
ft::Tensor evaluateTensor(const ft::Tensor &x, QString rest, int depth = 0)
{
    if (depth > kMaxClaimNesting)
        throw std::invalid_argument("torch.flatten calls are nested too deeply");
    static const QRegularExpression call(QStringLiteral("^\\.(\\w+)\\("));
    ft::Tensor y = x;
    rest = rest.trimmed();
    static const QString torchFlatten = QStringLiteral("torch.flatten(");
    if (rest.startsWith(torchFlatten)) {
        const int close = closingBracket(rest, int(torchFlatten.size()) - 1);
        if (close < 0)
            throw std::invalid_argument("torch.flatten( is never closed");
        const QStringList arguments = splitArguments(rest.mid(torchFlatten.size(), close - torchFlatten.size()));
        if (arguments.isEmpty())
            throw std::invalid_argument("torch.flatten needs a tensor");
        const auto [start, end] = flattenDims(arguments, 1);
        y = evaluateTensor(x, arguments.first(), depth + 1).flatten(start, end);
        rest = rest.mid(close + 1).trimmed();
    } else if (rest.startsWith(QLatin1Char('x'))) {
        rest = rest.mid(1).trimmed();
    } else {
        throw std::invalid_argument("a tensor claim starts with x or torch.flatten(x, ...)");
    }
    while (!rest.isEmpty()) {
        const QRegularExpressionMatch match = call.match(rest);
        const int close = match.hasMatch() ? closingBracket(rest, int(match.capturedLength()) - 1) : -1;
        if (close < 0)
            throw std::invalid_argument("expected .method(arguments) at '" + rest.toStdString() + "'");
        const int open = int(match.capturedLength());
        y = applyOp(y, match.captured(1), splitArguments(rest.mid(open, close - open)));
        rest = rest.mid(close + 1).trimmed();
    }
    return y;
}

QString tensorActual(const ft::Shape &input, const QString &expression)
{
    const std::optional<ft::Dim> count = ft::checkedNumel(input);
    if (!count || *count > kMaxTensorClaimValues)
        throw std::invalid_argument("a tensor claim's input may hold at most 1048576 values (it runs on real values)");
    const ft::Tensor x = ft::Tensor::arange(input);
    try {
        const ft::Tensor y = evaluateTensor(x, expression);
        return QString::fromStdString(ft::formatShape(y.sizes())) + (y.sharesStorageWith(x) ? QStringLiteral(" view") : QStringLiteral(" copy"));
    } catch (const ft::TorchError &error) {
        return QString::fromStdString(error.type() + ": " + error.message());
    }
}

// A shape written as a Python tuple: "(32, 2352)", "(75264,)".
const QRegularExpression &shapePattern()
{
    // Not a call's arguments: nn.Conv2d(3, 16, 3), permute(0, 3, 1, 2) and the sizes in
    // nn.Unflatten(1, (3, 28, 28)) or input_shape=(1, 28, 28) state no result.
    static const QRegularExpression pattern(QStringLiteral("(?<![\\w.=])(?<!\\d, )(?:\\(\\d+(?:, \\d+)+\\)|\\(\\d+,\\))"));
    return pattern;
}

QString withoutViewSuffix(const QString &result)
{
    if (result.endsWith(QLatin1String(" view")) || result.endsWith(QLatin1String(" copy")))
        return result.left(result.size() - 5);
    return result;
}

} // namespace

bool Claim::isTensorClaim() const
{
    return expression.startsWith(QLatin1Char('x')) || expression.startsWith(QLatin1String("torch."));
}

std::optional<Claim> parseClaim(const ContentLine &line, const QString &filePath, ContentProblems &problems)
{
    static const QRegularExpression skipPattern(QStringLiteral("^\\s*skip\\(([^)]+)\\):\\s*"));
    Claim claim;
    claim.filePath = filePath;
    claim.line = line.number;
    QString text = line.text;
    int offset = 0;
    const QRegularExpressionMatch skip = skipPattern.match(text);
    if (skip.hasMatch()) {
        claim.skipReason = skip.captured(1).trimmed();
        offset = int(skip.capturedLength());
    }
    const int bar = int(text.indexOf(QLatin1Char('|'), offset));
    const int arrow = bar < 0 ? -1 : int(text.indexOf(kArrow, bar));
    if (bar < 0 || arrow < 0) {
        problems << problemAt(filePath, line.number, offset + 1,
                              QStringLiteral("claim: expected 'input | expression -> result', e.g. '32, 3, 28, 28 | nn.Flatten() -> (32, 2352)'"));
        return std::nullopt;
    }
    claim.inputText = text.mid(offset, bar - offset).trimmed();
    claim.expression = text.mid(bar + 1, arrow - bar - 1).trimmed();
    claim.expected = text.mid(arrow + kArrow.size()).trimmed();
    ShapeTextError error;
    if (const std::optional<ft::Shape> shape = parseShapeText(claim.inputText, &error)) {
        claim.input = *shape;
    } else {
        problems << problemAt(filePath, line.number, offset + error.column, QStringLiteral("claim input: ") + error.message);
        return std::nullopt;
    }
    if (claim.expression.isEmpty() || claim.expected.isEmpty()) {
        problems << problemAt(filePath, line.number, bar + 2, QStringLiteral("claim: the expression and the result must not be empty"));
        return std::nullopt;
    }
    const bool viewOrCopy = claim.expected.endsWith(QLatin1String(" view")) || claim.expected.endsWith(QLatin1String(" copy"));
    const bool isError = claim.expected.contains(QLatin1String(": "));
    if (claim.isTensorClaim() && !viewOrCopy && !isError) {
        problems << problemAt(filePath, line.number, arrow + kArrow.size() + 1,
                              QStringLiteral("claim: a tensor result ends in 'view' or 'copy', e.g. '(2, 60) copy'"));
        return std::nullopt;
    }
    return claim;
}

bool Claim::isReprClaim() const
{
    static const QRegularExpression errorResult(QStringLiteral("^[A-Z]\\w*(?:Error|Warning|Exception): "));
    return !isTensorClaim() && !expected.startsWith(QLatin1Char('(')) && !errorResult.match(expected).hasMatch();
}

QString claimActual(const Claim &claim)
{
    if (claim.isTensorClaim())
        return tensorActual(claim.input, claim.expression);
    if (claim.isReprClaim()) {
        try {
            // A printed model, one line per line of print(model), joined with " | ".
            return QString::fromStdString(ft::parseModel(claim.expression.toStdString())->repr()).split(QLatin1Char('\n')).join(QStringLiteral(" | "));
        } catch (const ft::TorchError &error) {
            return QString::fromStdString(error.type() + ": " + error.message());
        }
    }
    return runEngine(claim.input, claim.expression).answer.text();
}

void checkClaims(const QList<Claim> &claims, ContentProblems &problems)
{
    for (const Claim &claim : claims) {
        if (claim.skipped())
            continue;
        try {
            const QString actual = claimActual(claim);
            if (actual != claim.expected)
                problems << problemAt(claim.filePath, claim.line, 1,
                                      QStringLiteral("claim: the engine (PyTorch) gives '%1', the claim says '%2'").arg(actual, claim.expected));
        } catch (const ft::ParseError &error) {
            problems << problemAt(claim.filePath, claim.line, 1, QStringLiteral("claim expression: ") + QString::fromStdString(error.message()));
        } catch (const std::exception &error) {
            problems << problemAt(claim.filePath, claim.line, 1, QStringLiteral("claim expression: ") + QString::fromUtf8(error.what()));
        }
    }
}

QStringList uncheckedResults(const QString &text, const QList<Claim> &claims, const QStringList &given)
{
    QStringList unchecked;
    QRegularExpressionMatchIterator shapes = shapePattern().globalMatch(text);
    while (shapes.hasNext()) {
        const QString shape = shapes.next().captured(0);
        bool covered = given.contains(shape);
        for (const Claim &claim : claims) {
            const QString input = QString::fromStdString(ft::formatShape(claim.input));
            covered = covered || withoutViewSuffix(claim.expected) == shape || input == shape;
        }
        if (!covered)
            unchecked << shape;
    }
    static const QRegularExpression errorPattern(QStringLiteral("\\b[A-Z]\\w*(?:Error|Warning): "));
    QRegularExpressionMatchIterator errors = errorPattern.globalMatch(text);
    while (errors.hasNext()) {
        const QRegularExpressionMatch match = errors.next();
        const QString stated = text.mid(match.capturedStart());
        bool covered = false;
        for (const Claim &claim : claims)
            covered = covered || (!claim.expected.startsWith(QLatin1Char('(')) && stated.startsWith(claim.expected));
        if (!covered)
            unchecked << stated.left(120);
    }
    return unchecked;
}

QList<QuotedError> uncheckedQuotedErrors(const QString &paragraph, const QList<Claim> &claims)
{
    static const QRegularExpression errorType(QStringLiteral("^[A-Z]\\w*(?:Error|Warning|Exception): "));
    QStringList errors; // every error result a claim states, skipped ones too (PyTorch checks those)
    for (const Claim &claim : claims) {
        if (errorType.match(claim.expected).hasMatch())
            errors << claim.expected;
    }
    const auto withoutEllipsis = [](QString quote) {
        quote = quote.simplified();
        for (const QString &ellipsis : {QStringLiteral("..."), QStringLiteral("…")}) {
            if (quote.endsWith(ellipsis))
                quote.chop(ellipsis.size());
        }
        return quote.trimmed();
    };
    // A quoted message: three or more English words, and neither code nor a tuple of names.
    const auto looksLikeMessage = [](const QString &quote) {
        static const QRegularExpression word(QStringLiteral("^[A-Za-z][a-z]+$"));
        static const QStringList keywords{QStringLiteral("and"), QStringLiteral("or"), QStringLiteral("not"), QStringLiteral("in"),
                                          QStringLiteral("is"), QStringLiteral("for"), QStringLiteral("if"), QStringLiteral("else"),
                                          QStringLiteral("return"), QStringLiteral("lambda"), QStringLiteral("import"), QStringLiteral("from")};
        if (quote.contains(QLatin1String(" = ")) || (quote.startsWith(QLatin1Char('(')) && quote.endsWith(QLatin1Char(')'))))
            return false;
        int words = 0;
        for (QString token : quote.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            static const QRegularExpression punctuation(QStringLiteral("^[(\\[\"']+|[)\\],.;:!?\"']+$"));
            token.remove(punctuation);
            words += word.match(token).hasMatch() && !keywords.contains(token) ? 1 : 0;
        }
        return words >= 3;
    };
    QList<QuotedError> unchecked;
    QList<std::pair<qsizetype, qsizetype>> spans;
    static const QRegularExpression backticks(QStringLiteral("`([^`]+)`"));
    QRegularExpressionMatchIterator quotes = backticks.globalMatch(paragraph);
    while (quotes.hasNext()) {
        const QRegularExpressionMatch match = quotes.next();
        spans << std::pair{match.capturedStart(), match.capturedEnd()};
        const QString quote = withoutEllipsis(match.captured(1));
        bool covered = true;
        if (errorType.match(quote).hasMatch())
            covered = std::any_of(errors.cbegin(), errors.cend(), [&quote](const QString &error) { return error.startsWith(quote); });
        else if (looksLikeMessage(quote))
            covered = std::any_of(errors.cbegin(), errors.cend(), [&quote](const QString &error) { return error.contains(quote); });
        if (!covered)
            unchecked << QuotedError{match.capturedStart(1), quote};
    }
    static const QRegularExpression bareError(QStringLiteral("\\b[A-Z]\\w*(?:Error|Warning|Exception): "));
    QRegularExpressionMatchIterator bare = bareError.globalMatch(paragraph);
    while (bare.hasNext()) {
        const qsizetype start = bare.next().capturedStart();
        const bool quoted = std::any_of(spans.cbegin(), spans.cend(), [start](const auto &span) { return start > span.first && start < span.second; });
        if (quoted)
            continue;
        const QString stated = paragraph.mid(start).simplified();
        if (!std::any_of(errors.cbegin(), errors.cend(), [&stated](const QString &error) { return stated.startsWith(error); }))
            unchecked << QuotedError{start, stated.left(120)};
    }
    return unchecked;
}

} // namespace ft::content
