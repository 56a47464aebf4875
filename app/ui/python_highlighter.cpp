#include "ui/python_highlighter.h"

#include "ui/playground_theme.h"

namespace ft::ui {

namespace {

// Block states: inside a ''' or a """ string that continues on the next line.
constexpr int kInSingleTriple = 1;
constexpr int kInDoubleTriple = 2;

} // namespace

PythonHighlighter::PythonHighlighter(QTextDocument *document, const QPalette &palette)
    : QSyntaxHighlighter(document), m_palette(palette)
{
    const QString keywords = QStringLiteral(
        "and|as|assert|async|await|break|class|continue|def|del|elif|else|except|finally|for|from|global|if|import|"
        "in|is|lambda|nonlocal|not|or|pass|raise|return|try|while|with|yield|None|True|False");
    const QString builtins = QStringLiteral(
        "abs|all|any|bool|dict|enumerate|float|int|isinstance|len|list|max|min|print|range|reversed|set|str|sum|"
        "super|tuple|type|zip");
    // Later rules win where they overlap: strings and comments come last.
    m_rules = {
        {QRegularExpression(QStringLiteral("\\b(%1)\\b").arg(keywords)), Role::Keyword},
        {QRegularExpression(QStringLiteral("\\b(%1)(?=\\s*\\()").arg(builtins)), Role::Builtin},
        {QRegularExpression(QStringLiteral("\\bself\\b")), Role::Self},
        {QRegularExpression(QStringLiteral("\\b(?:def|class)\\s+([A-Za-z_]\\w*)")), Role::Definition, 1},
        {QRegularExpression(QStringLiteral("\\b(?:0[xXoObB][0-9a-fA-F_]+|\\d[\\d_]*\\.?\\d*(?:[eE][+-]?\\d+)?)\\b")), Role::Number},
        {QRegularExpression(QStringLiteral("^\\s*@[\\w.]+")), Role::Decorator},
        {QRegularExpression(QStringLiteral("[rbfuRBFU]{0,2}(\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*')")), Role::String},
        {QRegularExpression(QStringLiteral("#.*$")), Role::Comment},
    };
}

void PythonHighlighter::setPalette(const QPalette &palette)
{
    m_palette = palette;
    rehighlight();
}

QTextCharFormat PythonHighlighter::formatFor(Role role) const
{
    QTextCharFormat format;
    switch (role) {
    case Role::Keyword:
        format.setForeground(m_palette.color(QPalette::Link));
        format.setFontWeight(QFont::Bold);
        break;
    case Role::Builtin:
        format.setForeground(m_palette.color(QPalette::Link));
        break;
    case Role::Self:
        format.setFontItalic(true);
        break;
    case Role::Definition:
        format.setFontWeight(QFont::Bold);
        break;
    case Role::Number:
        format.setForeground(warningColor(m_palette));
        break;
    case Role::String:
        format.setForeground(okColor(m_palette));
        break;
    case Role::Comment:
        format.setForeground(m_palette.color(QPalette::PlaceholderText));
        format.setFontItalic(true);
        break;
    case Role::Decorator:
        format.setForeground(m_palette.color(QPalette::Link));
        format.setFontItalic(true);
        break;
    }
    return format;
}

void PythonHighlighter::highlightBlock(const QString &text)
{
    for (const Rule &rule : m_rules) {
        QRegularExpressionMatchIterator it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            setFormat(int(match.capturedStart(rule.group)), int(match.capturedLength(rule.group)), formatFor(rule.role));
        }
    }
    setCurrentBlockState(0);
    highlightTripleQuotes(text, QStringLiteral("'''"), kInSingleTriple);
    if (currentBlockState() == 0)
        highlightTripleQuotes(text, QStringLiteral("\"\"\""), kInDoubleTriple);
}

void PythonHighlighter::highlightTripleQuotes(const QString &text, const QString &delimiter, int state)
{
    // Docstrings: from an opening delimiter (or the start, when the previous line left one open)
    // to the closing one, possibly over several lines.
    int start = 0;
    int searchFrom = 0;
    if (previousBlockState() != state) {
        start = int(text.indexOf(delimiter));
        if (start < 0)
            return;
        searchFrom = start + 3;
    }
    while (start >= 0) {
        const int end = int(text.indexOf(delimiter, searchFrom));
        int length;
        if (end < 0) {
            setCurrentBlockState(state);
            length = int(text.length()) - start;
        } else {
            length = end - start + 3;
        }
        setFormat(start, length, formatFor(Role::String));
        if (end < 0)
            return;
        start = int(text.indexOf(delimiter, start + length));
        searchFrom = start + 3;
    }
}

} // namespace ft::ui
