// parse.cpp — model expressions and input shapes, read without ever evaluating Python (see trace.h).
//
// A hand-written recursive-descent parser in the style of clox's compiler: a tiny scanner that
// makes one token at a time, four helpers (advance, check, match, consume) and one function per
// grammar rule with the rule above it. Every error goes through errorAt, which throws ParseError
// with the token's 1-based column; the message says what was expected and quotes what was found.
//
// Parsing and building are separate passes, like Python's compile-then-run: the whole text is
// checked first (syntax, module names), so a syntax error late in the text wins over a
// constructor error early in it. The second pass evaluates in Python's order: modules innermost
// first, as Python evaluates call arguments before the call, and operators when it meets them
// (python_ops_p.h), so 1 // 0 raises ZeroDivisionError after the constructors to its left ran.
// It turns a constructor's (or operator's) TorchError into ConstructError carrying the top-level
// layer index. The whole expression may be any value: (nn.ReLU()) is the module.
//
// Limits that keep hostile input harmless: at most kMaxExpressionNesting brackets deep (no stack
// overflow), signs and chains of operators kept flat (no recursion), one pass over the text
// (linear time), 64-bit integers and bounded sequences (a usage error beyond), plain ASCII only.
#include "engine/trace.h"

#include "engine/modules_p.h"
#include "engine/python_ops_p.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <limits>
#include <optional>
#include <unordered_set>
#include <utility>

namespace ft {

// ---------------------------------------------------------------------------------------------
// ParseError presentation

namespace {

struct LineSpan
{
    size_t begin = 0;  // offset of the line's first character
    size_t end = 0;    // offset one past its last character (before '\n')
    int number = 1;    // 1-based
};

LineSpan lineAround(const std::string &source, size_t offset)
{
    LineSpan span;
    offset = std::min(offset, source.size());
    for (size_t i = 0; i < offset; ++i) {
        if (source[i] == '\n') {
            span.begin = i + 1;
            ++span.number;
        }
    }
    span.end = source.find('\n', offset);
    if (span.end == std::string::npos)
        span.end = source.size();
    return span;
}

bool isPrintableAscii(unsigned char c) { return c >= 0x20 && c < 0x7f; }

// User text quoted inside a message, cut short so a megabyte-long name cannot flood it.
std::string quoted(std::string_view text)
{
    constexpr size_t kLongest = 32;
    if (text.size() > kLongest)
        return "'" + std::string(text.substr(0, kLongest)) + "...'";
    return "'" + std::string(text) + "'";
}

} // namespace

int ParseError::line() const
{
    return lineAround(m_source, size_t(std::max(m_column, 1) - 1)).number;
}

int ParseError::lineColumn() const
{
    const size_t offset = size_t(std::max(m_column, 1) - 1);
    return int(offset - lineAround(m_source, offset).begin) + 1;
}

std::string ParseError::formatted() const
{
    const size_t offset = std::min(size_t(std::max(m_column, 1) - 1), m_source.size());
    const LineSpan span = lineAround(m_source, offset);
    const bool multiLine = m_source.find('\n') != std::string::npos;

    std::string text = multiLine ? "line " + std::to_string(span.number) + ", column " + std::to_string(lineColumn())
                                 : "column " + std::to_string(m_column);
    text += ": " + m_message + "\n  ";

    // A megabyte-long line is shown as a window around the caret, so the message stays readable.
    constexpr size_t kBefore = 100;
    constexpr size_t kAfter = 60;
    size_t from = span.begin;
    size_t to = span.end;
    std::string lead;
    std::string tail;
    if (offset - from > kBefore) {
        from = offset - kBefore;
        lead = "...";
    }
    if (to > offset && to - offset > kAfter) {
        to = offset + kAfter;
        tail = "...";
    }
    std::string shown = lead;
    std::string caret(lead.size(), ' ');
    for (size_t i = from; i < to; ++i) {
        const unsigned char c = static_cast<unsigned char>(m_source[i]);
        // Tabs stay tabs in both lines so the caret lines up; other control bytes would garble
        // the terminal and are shown as '?'. Non-ASCII bytes only ever follow the caret.
        shown += (c == '\t' || c >= 0x80 || isPrintableAscii(c)) ? char(c) : '?';
        if (i < offset)
            caret += c == '\t' ? '\t' : ' ';
    }
    shown += tail;
    // Trailing '\r' of a Windows line ending would move the cursor back; drop it.
    while (!shown.empty() && shown.back() == '\r')
        shown.pop_back();
    text += shown + "\n  " + caret + "^";
    return text;
}

namespace {

// ---------------------------------------------------------------------------------------------
// Scanner: one token at a time, on demand.

enum class TokenKind {
    Integer, Float, String, Name,
    LeftParen, RightParen, LeftBracket, RightBracket,
    Comma, Dot, Equals, Plus, Minus, Star, StarStar, Slash, SlashSlash, Percent,
    End, Error,
};

struct Token
{
    TokenKind kind = TokenKind::End;
    std::string_view text;   // the lexeme; for Error, the message
    size_t offset = 0;       // 0-based offset of the lexeme in the source
};

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isNameStart(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool isNameChar(char c) { return isNameStart(c) || isDigit(c); }

class Scanner
{
public:
    explicit Scanner(std::string_view source) : m_source(source) {}

    Token next()
    {
        skipSpaceAndComments();
        m_start = m_current;
        if (atEnd())
            return make(TokenKind::End);
        const char c = m_source[m_current++];
        if (isDigit(c) || (c == '.' && isDigit(peek())))
            return number();
        if (isNameStart(c))
            return name();
        switch (c) {
        case '(': return make(TokenKind::LeftParen);
        case ')': return make(TokenKind::RightParen);
        case '[': return make(TokenKind::LeftBracket);
        case ']': return make(TokenKind::RightBracket);
        case ',': return make(TokenKind::Comma);
        case '.': return make(TokenKind::Dot);
        case '=': return make(TokenKind::Equals);
        case '+': return make(TokenKind::Plus);
        case '-': return make(TokenKind::Minus);
        case '%': return make(TokenKind::Percent);
        case '*': return make(matchChar('*') ? TokenKind::StarStar : TokenKind::Star);
        case '/': return make(matchChar('/') ? TokenKind::SlashSlash : TokenKind::Slash);
        case '\'':
        case '"': return string(c);
        default: break;
        }
        if (static_cast<unsigned char>(c) >= 0x80)
            return error("non-ASCII character; model expressions are plain ASCII (check for typographic quotes or "
                         "a pasted minus sign)");
        return error("unexpected character " + describeChar(c));
    }

private:
    bool atEnd() const { return m_current >= m_source.size(); }
    char peek() const { return atEnd() ? '\0' : m_source[m_current]; }
    bool matchChar(char expected)
    {
        if (peek() != expected)
            return false;
        ++m_current;
        return true;
    }

    Token make(TokenKind kind) const { return {kind, m_source.substr(m_start, m_current - m_start), m_start}; }
    Token error(std::string message)
    {
        m_errorMessage = std::move(message);
        return {TokenKind::Error, m_errorMessage, m_start};
    }

    static std::string describeChar(char c)
    {
        if (isPrintableAscii(static_cast<unsigned char>(c)))
            return std::string("'") + c + "'";
        static const char digits[] = "0123456789abcdef";
        const auto byte = static_cast<unsigned char>(c);
        return std::string("(byte 0x") + digits[byte >> 4] + digits[byte & 15] + ")";
    }

    void skipSpaceAndComments()
    {
        while (!atEnd()) {
            const char c = m_source[m_current];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                ++m_current;
            } else if (c == '#') { // a Python comment, as in a pasted multi-line model
                while (!atEnd() && m_source[m_current] != '\n')
                    ++m_current;
            } else {
                return;
            }
        }
    }

    // NUMBER -> DIGITS ( "." DIGITS? )? EXPONENT? | "." DIGITS EXPONENT?
    Token number()
    {
        bool isFloat = m_source[m_start] == '.';
        while (isDigit(peek()))
            ++m_current;
        if (!isFloat && peek() == '.' && !(m_current + 1 < m_source.size() && isNameStart(m_source[m_current + 1]))) {
            isFloat = true;
            ++m_current;
            while (isDigit(peek()))
                ++m_current;
        }
        if (peek() == 'e' || peek() == 'E') {
            const size_t mark = m_current++;
            if (peek() == '+' || peek() == '-')
                ++m_current;
            if (isDigit(peek())) {
                isFloat = true;
                while (isDigit(peek()))
                    ++m_current;
            } else {
                m_current = mark; // "3e" alone: caught below as an invalid literal
            }
        }
        if (isNameChar(peek())) {
            while (isNameChar(peek()))
                ++m_current;
            return error("invalid number " + quoted(m_source.substr(m_start, m_current - m_start))
                         + "; only decimal integers and floats are understood");
        }
        return make(isFloat ? TokenKind::Float : TokenKind::Integer);
    }

    Token name()
    {
        while (isNameChar(peek()))
            ++m_current;
        return make(TokenKind::Name);
    }

    Token string(char quote)
    {
        while (!atEnd() && m_source[m_current] != quote && m_source[m_current] != '\n') {
            if (m_source[m_current] == '\\' && m_current + 1 < m_source.size())
                ++m_current;
            ++m_current;
        }
        if (atEnd() || m_source[m_current] != quote)
            return error(std::string("unterminated string: expected a closing ") + quote);
        ++m_current;
        return make(TokenKind::String);
    }

    std::string_view m_source;
    size_t m_start = 0;
    size_t m_current = 0;
    std::string m_errorMessage;
};

// ---------------------------------------------------------------------------------------------
// Syntax tree. Operators are evaluated while building, in Python's order, because Python raises
// their errors (1 // 0, 'a' + 1) at run time, after the constructors to their left ran.

struct Keyword;

// An operator in an expression: which one, and where (a limit it hits is reported there).
struct Operator
{
    detail::BinaryOperator binary = detail::BinaryOperator::Add; // Chain
    bool negate = false;                                         // Signs
    size_t offset = 0;
};

struct Node
{
    // Chain: items[0] op[0] items[1] op[1] ... evaluated left to right (a + b - c, a * b // c);
    // Signs: op[0] op[1] ... items[0], applied innermost first (- - x).
    enum class Kind { Constant, Sequence, Call, Chain, Signs };
    Kind kind = Kind::Constant;
    Value constant;                                      // Constant
    std::vector<Node> items;                             // Sequence items; Call positional arguments; operands
    std::vector<Keyword> keywords;                       // Call keyword arguments
    std::vector<Operator> operators;                     // Chain, Signs
    std::string name;                                    // Call: "Conv2d"
    bool isList = false;                                 // Sequence: [..] rather than (..)
    size_t offset = 0;                                   // where the node's text starts
};

// A named struct, not std::pair<std::string, Node>: a pair needs Node complete where Node is still
// being defined, which clang with libstdc++ rejects (the fuzz build uses clang).
struct Keyword
{
    std::string name;
    Node value;
};

Node constantNode(Value value, size_t offset)
{
    Node node;
    node.constant = std::move(value);
    node.offset = offset;
    return node;
}

// ---------------------------------------------------------------------------------------------
// Parser

class Parser
{
public:
    Parser(std::string_view source, const ModuleCatalog &catalog) : m_source(source), m_scanner(source), m_catalog(catalog) {}

    // model -> expression END
    // Usually one call (nn.Sequential(...)), but any expression is Python: (nn.ReLU()) is the
    // module, nn.Sequential(a) + nn.Sequential(b) a new one, and (nn.ReLU(),) a tuple that
    // fails when it is called on the input.
    Node model()
    {
        advance();
        if (check(TokenKind::End))
            errorAtCurrent("expected a model such as nn.Sequential(...) or nn.Flatten() but the expression is empty");
        if (check(TokenKind::Name) && m_current.text != "nn" && m_current.text != "torch" && m_current.text != "True"
            && m_current.text != "False" && m_current.text != "None")
            errorAtCurrent("expected a module call such as nn.Sequential(...) or nn.Flatten() but found "
                           + describe(m_current));
        Node root = expression();
        if (!check(TokenKind::End)) {
            if (root.kind == Node::Kind::Call)
                errorAtCurrent("expected the end of the expression after " + callName(root) + "(...) but found "
                               + describe(m_current));
            errorAtCurrent("expected the end of the expression but found " + describe(m_current));
        }
        return root;
    }

private:
    // -- the four helpers ---------------------------------------------------------------------

    void advance()
    {
        m_previous = m_current;
        m_current = m_scanner.next();
        if (m_current.kind == TokenKind::Error)
            errorAt(m_current, std::string(m_current.text));
    }

    bool check(TokenKind kind) const { return m_current.kind == kind; }

    bool match(TokenKind kind)
    {
        if (!check(kind))
            return false;
        advance();
        return true;
    }

    void consume(TokenKind kind, const std::string &expectation)
    {
        if (check(kind)) {
            advance();
            return;
        }
        errorAtCurrent("expected " + expectation + " but found " + describe(m_current));
    }

    // -- errors -------------------------------------------------------------------------------

    [[noreturn]] void errorAt(size_t offset, const std::string &message) const
    {
        throw ParseError(message, int(offset) + 1, std::string(m_source));
    }
    [[noreturn]] void errorAt(const Token &token, const std::string &message) const { errorAt(token.offset, message); }
    [[noreturn]] void errorAtCurrent(const std::string &message) const { errorAt(m_current, message); }

    static std::string describe(const Token &token)
    {
        if (token.kind == TokenKind::End)
            return "the end of the expression";
        return quoted(token.text);
    }

    static std::string callName(const Node &call) { return "nn." + call.name; }

    // Brackets and calls nest; each level costs a few stack frames, so the depth is bounded.
    class NestingGuard
    {
    public:
        NestingGuard(Parser &parser, const Token &opener) : m_parser(parser)
        {
            if (++m_parser.m_depth > kMaxExpressionNesting)
                m_parser.errorAt(opener, "expression nested too deeply (more than " + std::to_string(kMaxExpressionNesting)
                                             + " levels of brackets and calls)");
        }
        ~NestingGuard() { --m_parser.m_depth; }
        NestingGuard(const NestingGuard &) = delete;
        NestingGuard &operator=(const NestingGuard &) = delete;

    private:
        Parser &m_parser;
    };

    // -- grammar ------------------------------------------------------------------------------

    // expression -> sum
    Node expression() { return sum(); }

    // sum -> product ( ( "+" | "-" ) product )*
    // A run of operators is one Chain node, so a long one costs no recursion.
    Node sum()
    {
        Node first = product();
        if (!check(TokenKind::Plus) && !check(TokenKind::Minus))
            return first;
        Node chain = chainStartingWith(std::move(first));
        while (check(TokenKind::Plus) || check(TokenKind::Minus)) {
            chain.operators.push_back({check(TokenKind::Plus) ? detail::BinaryOperator::Add : detail::BinaryOperator::Subtract,
                                       false, m_current.offset});
            advance();
            chain.items.push_back(product());
        }
        return chain;
    }

    // product -> unary ( ( "*" | "/" | "//" | "%" ) unary )*
    Node product()
    {
        Node first = unary();
        std::optional<Node> chain;
        for (;;) {
            if (check(TokenKind::StarStar))
                errorAtCurrent("'**' is not supported; write the number out (for example 2*2*2 or 8)");
            std::optional<detail::BinaryOperator> op;
            switch (m_current.kind) {
            case TokenKind::Star: op = detail::BinaryOperator::Multiply; break;
            case TokenKind::Slash: op = detail::BinaryOperator::Divide; break;
            case TokenKind::SlashSlash: op = detail::BinaryOperator::FloorDivide; break;
            case TokenKind::Percent: op = detail::BinaryOperator::Modulo; break;
            default: break;
            }
            if (!op)
                return chain ? std::move(*chain) : std::move(first);
            if (!chain)
                chain = chainStartingWith(std::move(first));
            chain->operators.push_back({*op, false, m_current.offset});
            advance();
            chain->items.push_back(unary());
        }
    }

    static Node chainStartingWith(Node first)
    {
        Node chain;
        chain.kind = Node::Kind::Chain;
        chain.offset = first.offset;
        chain.items.push_back(std::move(first));
        return chain;
    }

    // unary -> ( "-" | "+" ) unary | primary
    // Signs are collected in a loop rather than by recursion, so "- - - ... 1" cannot overflow the stack.
    Node unary()
    {
        if (!check(TokenKind::Minus) && !check(TokenKind::Plus))
            return primary();
        Node signs;
        signs.kind = Node::Kind::Signs;
        signs.offset = m_current.offset;
        while (check(TokenKind::Minus) || check(TokenKind::Plus)) {
            signs.operators.push_back({detail::BinaryOperator::Add, check(TokenKind::Minus), m_current.offset});
            advance();
        }
        signs.items.push_back(primary());
        return signs;
    }

    // primary -> INTEGER | FLOAT | STRING | "True" | "False" | "None" | call | group | list
    Node primary()
    {
        const Token token = m_current;
        switch (token.kind) {
        case TokenKind::Integer:
            advance();
            return constantNode(Value{integerLiteral(token)}, token.offset);
        case TokenKind::Float:
            advance();
            return constantNode(Value{floatLiteral(token)}, token.offset);
        case TokenKind::String:
            advance();
            return constantNode(Value{stringLiteral(token)}, token.offset);
        case TokenKind::LeftParen:
            return group();
        case TokenKind::LeftBracket:
            return list();
        case TokenKind::Name:
            if (token.text == "True" || token.text == "False") {
                advance();
                return constantNode(Value{token.text == "True"}, token.offset);
            }
            if (token.text == "None") {
                advance();
                return constantNode(Value{NoneValue{}}, token.offset);
            }
            if (token.text == "nn" || token.text == "torch")
                return call();
            if (m_catalog.isSupported(token.text))
                errorAtCurrent("expected a value but found " + quoted(token.text) + "; write it as 'nn."
                               + std::string(token.text) + "(...)'");
            errorAtCurrent("expected a value but found the name " + describe(token)
                           + "; only numbers, strings, True/False/None, tuples, lists and nn modules are allowed "
                             "(variables are not)");
        case TokenKind::End:
            errorAtCurrent("expected a value but found the end of the expression");
        default:
            errorAtCurrent("expected a value but found " + describe(token));
        }
    }

    // group -> "(" ")" | "(" expression ")" | "(" expression "," ( expression ( "," expression )* ","? )? ")"
    Node group()
    {
        const Token open = m_current;
        NestingGuard guard(*this, open);
        advance();
        Node tuple;
        tuple.kind = Node::Kind::Sequence;
        tuple.offset = open.offset;
        if (match(TokenKind::RightParen))
            return tuple; // ()
        Node first = expression();
        if (match(TokenKind::RightParen)) {
            first.offset = open.offset; // (x) is just x
            return first;
        }
        consume(TokenKind::Comma, "',' or ')' after the value in parentheses");
        tuple.items.push_back(std::move(first));
        while (!check(TokenKind::RightParen)) {
            tuple.items.push_back(expression());
            if (!match(TokenKind::Comma))
                break;
        }
        consume(TokenKind::RightParen, "',' or ')' in the tuple");
        return tuple;
    }

    // list -> "[" ( expression ( "," expression )* ","? )? "]"
    Node list()
    {
        const Token open = m_current;
        NestingGuard guard(*this, open);
        advance();
        Node node;
        node.kind = Node::Kind::Sequence;
        node.isList = true;
        node.offset = open.offset;
        while (!check(TokenKind::RightBracket)) {
            node.items.push_back(expression());
            if (!match(TokenKind::Comma))
                break;
        }
        consume(TokenKind::RightBracket, "',' or ']' in the list");
        return node;
    }

    // call -> ( "nn" | "torch" "." "nn" ) "." NAME "(" arguments? ")"
    Node call()
    {
        const Token start = m_current;
        NestingGuard guard(*this, start);
        advance(); // "nn" or "torch"
        if (start.text == "torch") {
            consume(TokenKind::Dot, "'.' after 'torch'");
            if (!check(TokenKind::Name) || m_current.text != "nn")
                errorAtCurrent("expected 'nn' after 'torch.' (only torch.nn modules can be used) but found "
                               + describe(m_current));
            advance();
        }
        consume(TokenKind::Dot, "'.' and a module name after '" + std::string(start.text) + "'");
        if (!check(TokenKind::Name))
            errorAtCurrent("expected a module name such as Flatten after '" + std::string(start.text) + ".' but found "
                           + describe(m_current));
        const Token name = m_current;
        advance();
        checkModuleName(start, name);

        Node node;
        node.kind = Node::Kind::Call;
        node.name = std::string(name.text);
        node.offset = start.offset;
        consume(TokenKind::LeftParen, "'(' after 'nn." + node.name + "' (a module is called: nn." + node.name + "(...))");
        arguments(node);
        consume(TokenKind::RightParen, "',' or ')' after the arguments of nn." + node.name);
        return node;
    }

    // arguments -> argument ( "," argument )* ","?
    void arguments(Node &call)
    {
        std::unordered_set<std::string_view> keywordNames; // a set: 100k keywords must stay linear
        while (!check(TokenKind::RightParen)) {
            argument(call, keywordNames);
            if (!match(TokenKind::Comma))
                break;
        }
    }

    // argument -> NAME "=" expression | expression
    void argument(Node &call, std::unordered_set<std::string_view> &keywordNames)
    {
        if (check(TokenKind::Name) && nextIsEquals()) {
            const Token keyword = m_current;
            advance();
            advance(); // '='
            if (keyword.text == "True" || keyword.text == "False" || keyword.text == "None")
                errorAt(keyword, "cannot use " + std::string(keyword.text) + " as a keyword argument name");
            if (!keywordNames.insert(keyword.text).second)
                errorAt(keyword, "keyword argument repeated: " + std::string(keyword.text.substr(0, 32)));
            call.keywords.push_back(Keyword{std::string(keyword.text), expression()});
            return;
        }
        const Token start = m_current;
        Node value = expression();
        if (!call.keywords.empty())
            errorAt(start, "positional argument follows keyword argument");
        call.items.push_back(std::move(value));
    }

    // One token of lookahead past the current one, for "name=" in an argument list.
    bool nextIsEquals() const
    {
        Scanner lookahead = m_scanner;
        return lookahead.next().kind == TokenKind::Equals;
    }

    // A name the app does not model: say so (the learner's code may well be valid PyTorch), and
    // for a likely typo name the nearest modelled layer. Short enough for one line in the GUI.
    void checkModuleName(const Token &start, const Token &name) const
    {
        if (m_catalog.isSupported(name.text))
            return;
        const std::string_view written = m_source.substr(start.offset, name.offset + name.text.size() - start.offset);
        std::string message = "the app does not model " + quoted(written);
        if (isPyTorchLayer(name.text)) {
            errorAt(start, message + " yet");
        }
        const std::string prefix(written.substr(0, written.size() - name.text.size()));
        if (const auto nearest = nearestName(name.text, m_catalog.names()))
            message += " (did you mean '" + prefix + *nearest + "'?)";
        errorAt(start, message);
    }

    // The modelled name closest to `name` ignoring case, by edit distance with transpositions
    // (Conv2D -> Conv2d, Linaer -> Linear), when it is close enough to be a typo.
    static std::optional<std::string> nearestName(std::string_view name, const std::vector<std::string> &names)
    {
        auto lower = [](std::string_view text) {
            std::string out(text);
            std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return char(std::tolower(c)); });
            return out;
        };
        const std::string a = lower(name);
        std::optional<std::string> best;
        size_t bestDistance = std::min<size_t>(2, a.size() / 3);
        for (const std::string &candidate : names) {
            const std::string b = lower(candidate);
            std::vector<std::vector<size_t>> d(a.size() + 1, std::vector<size_t>(b.size() + 1));
            for (size_t i = 0; i <= a.size(); ++i)
                d[i][0] = i;
            for (size_t j = 0; j <= b.size(); ++j)
                d[0][j] = j;
            for (size_t i = 1; i <= a.size(); ++i) {
                for (size_t j = 1; j <= b.size(); ++j) {
                    d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1])});
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
            if (d[a.size()][b.size()] < bestDistance || (!best && d[a.size()][b.size()] == bestDistance)) {
                bestDistance = d[a.size()][b.size()];
                best = candidate;
            }
        }
        return best;
    }

    // -- literals -----------------------------------------------------------------------------

    std::int64_t integerLiteral(const Token &token) const
    {
        const std::string_view digits = token.text;
        if (digits.size() > 1 && digits[0] == '0' && digits.find_first_not_of('0') != std::string_view::npos)
            errorAt(token, "leading zeros are not allowed in the integer " + quoted(digits)
                               + " (Python reads 010 as a syntax error)");
        std::int64_t value = 0;
        const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
        if (ec != std::errc() || end != digits.data() + digits.size())
            errorAt(token, "integer " + describe(token) + " is too large (the tracer computes with 64-bit integers, "
                               "at most 9223372036854775807)");
        return value;
    }

    double floatLiteral(const Token &token) const
    {
        double value = 0;
        const std::string_view text = token.text;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (ec == std::errc::result_out_of_range) {
            // Python reads an overflowing literal as inf and an underflowing one as 0.0.
            const size_t e = text.find_first_of("eE");
            const bool negativeExponent = e != std::string_view::npos && e + 1 < text.size() && text[e + 1] == '-';
            return negativeExponent ? 0.0 : std::numeric_limits<double>::infinity();
        }
        if (ec != std::errc() || end != text.data() + text.size())
            errorAt(token, "invalid number " + describe(token));
        return value;
    }

    std::string stringLiteral(const Token &token) const
    {
        const std::string_view body = token.text.substr(1, token.text.size() - 2);
        std::string value;
        value.reserve(body.size());
        for (size_t i = 0; i < body.size(); ++i) {
            if (body[i] != '\\') {
                value += body[i];
                continue;
            }
            const char escaped = body[++i];
            switch (escaped) {
            case '\\': value += '\\'; break;
            case '\'': value += '\''; break;
            case '"': value += '"'; break;
            case 'n': value += '\n'; break;
            case 't': value += '\t'; break;
            default:
                errorAt(token.offset + 1 + i - 1, std::string("unsupported escape '\\") + escaped
                                                      + "' in a string (only \\\\, \\', \\\", \\n and \\t)");
            }
        }
        return value;
    }

    std::string_view m_source;
    Scanner m_scanner;
    const ModuleCatalog &m_catalog;
    Token m_current;
    Token m_previous;
    int m_depth = 0;
};

// ---------------------------------------------------------------------------------------------
// Building: the second pass, innermost modules first, operators as Python meets them.

// What the model expression evaluated to when that is not a module, say (nn.ReLU(),): calling it
// on the input fails as in Python ("'tuple' object is not callable").
class NotCallable : public Module
{
public:
    explicit NotCallable(Value value) : m_value(std::move(value)) {}
    std::string typeName() const override { return pythonTypeName(m_value); }
    std::string repr() const override { return pythonRepr(m_value); }
    Shape outputShape(const Shape &) const override { raise(); }
    Tensor forward(const Tensor &) const override { raise(); }
    void acceptTuple() const override { raise(); }

private:
    [[noreturn]] void raise() const { throwTypeError("'" + typeName() + "' object is not callable"); }
    Value m_value;
};

class Builder
{
public:
    Builder(std::string_view source, const ModuleCatalog &catalog) : m_source(source), m_catalog(catalog) {}

    Value build(const Node &node) const
    {
        switch (node.kind) {
        case Node::Kind::Constant:
            return node.constant;
        case Node::Kind::Sequence: {
            SequenceValue sequence;
            sequence.isList = node.isList;
            sequence.items.reserve(node.items.size());
            for (const Node &item : node.items)
                sequence.items.push_back(build(item));
            return Value{std::move(sequence)};
        }
        case Node::Kind::Call:
            return Value{create(node.name, arguments(node))};
        case Node::Kind::Chain: {
            Value left = build(node.items[0]);
            for (size_t i = 1; i < node.items.size(); ++i) {
                const Value right = build(node.items[i]);
                const Operator &op = node.operators[i - 1];
                left = withinLimits(op, [&] { return detail::pythonBinary(op.binary, left, right, sequentialFactory()); });
            }
            return left;
        }
        case Node::Kind::Signs: {
            Value value = build(node.items[0]);
            for (auto op = node.operators.rbegin(); op != node.operators.rend(); ++op)
                value = withinLimits(*op, [&] { return detail::pythonUnary(op->negate, value); });
            return value;
        }
        }
        return Value{};
    }

    Arguments arguments(const Node &call) const
    {
        Arguments arguments;
        arguments.positional.reserve(call.items.size());
        for (const Node &item : call.items)
            arguments.positional.push_back(build(item));
        arguments.keyword.reserve(call.keywords.size());
        for (const auto &[name, value] : call.keywords)
            arguments.keyword.emplace_back(name, build(value));
        return arguments;
    }

    ModulePtr create(const std::string &name, const Arguments &arguments) const { return m_catalog.create(name, arguments); }

    detail::SequentialFactory sequentialFactory() const
    {
        return [this](std::vector<Value> modules) {
            Arguments arguments;
            arguments.positional = std::move(modules);
            return m_catalog.create("Sequential", arguments);
        };
    }

private:
    // A result the tracer does not compute is a usage error at its operator.
    template <typename Evaluate>
    Value withinLimits(const Operator &op, Evaluate evaluate) const
    {
        try {
            return evaluate();
        } catch (const detail::OperandTooLarge &limit) {
            throw ParseError(limit.what(), int(op.offset) + 1, std::string(m_source));
        }
    }

    std::string_view m_source;
    const ModuleCatalog &m_catalog;
};

// The top-level layer a constructor error belongs to: for the outermost nn.Sequential, the child
// being built; for anything else, 0. Only a Sequential written as a call has its children as
// the layers; one made by an operator (nn.Sequential(a) * 2) is traced as one layer, as Python
// calls it, and so is a value that is not a module.
ModulePtr buildModel(const Node &root, const Builder &builder)
{
    if (root.kind != Node::Kind::Call) {
        Value value;
        try {
            value = builder.build(root);
        } catch (const TorchError &error) {
            throw ConstructError(error, 0);
        }
        if (value.isModule())
            return builder.sequentialFactory()({std::move(value)});
        return std::make_shared<NotCallable>(std::move(value));
    }
    if (root.name != "Sequential") {
        try {
            return std::get<ModulePtr>(builder.build(root).data);
        } catch (const TorchError &error) {
            throw ConstructError(error, 0);
        }
    }

    Arguments arguments;
    arguments.positional.reserve(root.items.size());
    int index = 0;
    try {
        for (const Node &item : root.items) {
            arguments.positional.push_back(builder.build(item));
            ++index;
        }
        for (const auto &[name, value] : root.keywords) {
            arguments.keyword.emplace_back(name, builder.build(value));
            ++index;
        }
    } catch (const TorchError &error) {
        std::vector<Value> built = std::move(arguments.positional);
        for (auto &[name, value] : arguments.keyword)
            built.push_back(std::move(value));
        throw ConstructError(error, index, built);
    }
    try {
        return builder.create(root.name, arguments);
    } catch (const TorchError &error) {
        // Sequential itself refuses (say, nn.Sequential(3)): blame the first child that is not a
        // module, since that is the one PyTorch's add_module rejects.
        int culprit = 0;
        for (size_t i = 0; i < arguments.positional.size(); ++i) {
            if (!arguments.positional[i].isModule()) {
                culprit = int(i);
                break;
            }
        }
        throw ConstructError(error, culprit);
    }
}

const ModuleCatalog &realCatalog()
{
    static const ModuleCatalog catalog{
        [](std::string_view name) { return isSupportedModule(name); },
        []() -> const std::vector<std::string> & { return supportedModules(); },
        [](std::string_view name, const Arguments &args) { return createModule(name, args); },
    };
    return catalog;
}

// ---------------------------------------------------------------------------------------------
// Shapes: a separate, even smaller grammar.

class ShapeParser
{
public:
    explicit ShapeParser(std::string_view text) : m_text(text) {}

    // shape -> ( "(" sizes ")" | "[" sizes "]" | sizes ) END
    // sizes -> ( size ( "," size )* ","? )?
    Shape parse()
    {
        skipSpace();
        char close = '\0';
        if (peek() == '(' || peek() == '[') {
            close = peek() == '(' ? ')' : ']';
            ++m_pos;
        }
        Shape shape;
        skipSpace();
        while (!atEnd() && peek() != close) {
            const size_t sizeStart = m_pos;
            shape.push_back(size());
            if (shape.size() > size_t(kMaxShapeRank)) {
                m_pos = sizeStart;
                fail("too many dimensions: a shape may have at most " + std::to_string(kMaxShapeRank));
            }
            skipSpace();
            if (peek() != ',')
                break;
            ++m_pos;
            skipSpace();
        }
        if (close) {
            if (peek() != close)
                fail(std::string("expected ',' or '") + close + "' in the shape but found " + found());
            ++m_pos;
            skipSpace();
        }
        if (!atEnd()) {
            if (close)
                fail(std::string("expected the end of the shape after '") + close + "' but found " + found());
            fail(std::string(shape.empty() ? "expected a size" : "expected ','") + " but found " + found());
        }
        return shape;
    }

private:
    // size -> "-"? DIGITS
    Dim size()
    {
        const size_t start = m_pos;
        if (peek() == '-') {
            ++m_pos;
            skipSpace();
        }
        if (!isDigit(peek())) {
            m_pos = start;
            fail("expected a size (a whole number) but found " + found());
        }
        const size_t digitsStart = m_pos;
        while (isDigit(peek()))
            ++m_pos;
        if (isNameChar(peek()) || peek() == '.') {
            while (isNameChar(peek()) || peek() == '.')
                ++m_pos;
            const std::string_view text = m_text.substr(start, m_pos - start);
            m_pos = start;
            fail(quoted(text) + " is not a size; sizes are whole numbers separated by commas, like 32,3,28,28");
        }
        Dim value = 0;
        const auto [end, ec] = std::from_chars(m_text.data() + digitsStart, m_text.data() + m_pos, value);
        (void)end;
        if (ec != std::errc()) {
            const std::string_view text = m_text.substr(start, m_pos - start);
            m_pos = start;
            fail("size " + quoted(text) + " is too large (at most 9223372036854775807)");
        }
        if (m_text[start] == '-' && value != 0) {
            m_pos = start;
            fail("a size cannot be negative, found -" + std::to_string(value));
        }
        return value;
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }
    void skipSpace()
    {
        while (!atEnd() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\t'))
            ++m_pos;
    }
    std::string found() const
    {
        if (atEnd())
            return "the end of the shape";
        const auto c = static_cast<unsigned char>(m_text[m_pos]);
        if (c >= 0x80)
            return "a non-ASCII character";
        if (!isPrintableAscii(c))
            return "a control character";
        return std::string("'") + char(c) + "'";
    }
    [[noreturn]] void fail(const std::string &message) const
    {
        throw ParseError(message, int(m_pos) + 1, std::string(m_text));
    }

    std::string_view m_text;
    size_t m_pos = 0;
};

} // namespace

Shape parseShape(std::string_view text)
{
    return ShapeParser(text).parse();
}

ModulePtr parseModel(std::string_view text, const ModuleCatalog &catalog)
{
    if (text.size() > size_t(std::numeric_limits<int>::max() - 1))
        throw ParseError("the expression is too long", 1, std::string(text.substr(0, 80)));
    const Node root = Parser(text, catalog).model();
    return buildModel(root, Builder(text, catalog));
}

ModulePtr parseModel(std::string_view text)
{
    return parseModel(text, realCatalog());
}

ConstructError::ConstructError(const TorchError &error, int index, const std::vector<Value> &built)
    : TorchError(error), m_index(index)
{
    for (size_t i = 0; i < built.size(); ++i) {
        if (built[i].isModule()) {
            for (const PythonWarning &warning : std::get<ModulePtr>(built[i].data)->constructionWarnings())
                m_warnings.emplace_back(int(i), warning);
        }
    }
    for (const PythonWarning &warning : error.warningsBefore())
        m_warnings.emplace_back(index, warning);
}

} // namespace ft
