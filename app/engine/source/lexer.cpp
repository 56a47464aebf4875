// lexer.cpp — see lexer_p.h. One pass over the bytes; the indentation stack and the bracket stack
// are the only state that outlives a token.
#include "engine/source/lexer_p.h"

#include "engine/source/source_error.h"

#include <cctype>
#include <cstdio>
#include <cstring>

namespace ft::source {

namespace {

class Lexer
{
public:
    explicit Lexer(std::string_view source) : m_source(source) {}

    std::vector<Token> run()
    {
        bool atLineStart = true;
        while (m_pos < m_source.size()) {
            if (atLineStart && m_brackets.empty()) {
                if (!indentation())
                    continue; // a blank or comment-only line: the next one starts a line again
                atLineStart = false;
            }
            const char c = m_source[m_pos];
            if (c == '\n') {
                // Inside brackets a newline is only whitespace: the next line's indentation is not read.
                if (m_brackets.empty()) {
                    emitNewline();
                    atLineStart = true;
                }
                advanceLine();
            } else if (c == ' ' || c == '\t' || c == '\f' || c == '\r') {
                ++m_pos;
            } else if (c == '#') {
                while (m_pos < m_source.size() && m_source[m_pos] != '\n')
                    ++m_pos;
            } else if (c == '\\') {
                size_t next = m_pos + 1;
                if (next < m_source.size() && m_source[next] == '\r')
                    ++next;
                if (next >= m_source.size() || m_source[next] != '\n')
                    fail("SyntaxError", "unexpected character after line continuation character", m_pos);
                m_pos = next;
                advanceLine();
            } else if (std::isdigit(static_cast<unsigned char>(c))
                       || (c == '.' && m_pos + 1 < m_source.size() && std::isdigit(static_cast<unsigned char>(m_source[m_pos + 1])))) {
                number();
            } else if (isNameStart(c)) {
                nameOrString();
            } else if (c == '"' || c == '\'') {
                string(m_pos, m_pos, false, false);
            } else {
                op();
            }
        }
        if (!m_brackets.empty()) {
            const Token &open = m_brackets.back();
            fail("SyntaxError", "'" + open.text + "' was never closed", open.begin);
        }
        emitNewline();
        while (m_indents.size() > 1) {
            m_indents.pop_back();
            push(TokenKind::Dedent, "", m_pos, m_pos);
        }
        push(TokenKind::End, "", m_pos, m_pos);
        return std::move(m_tokens);
    }

private:
    static bool isNameStart(char c)
    {
        return std::isalpha(static_cast<unsigned char>(c)) || c == '_' || static_cast<unsigned char>(c) >= 0x80;
    }
    static bool isNameChar(char c) { return isNameStart(c) || std::isdigit(static_cast<unsigned char>(c)); }

    [[noreturn]] void fail(const std::string &kind, const std::string &message, size_t at) const
    {
        const auto [line, col] = position(at);
        throw SourceError(kind, message, line, col + 1, sourceLine(m_source, line));
    }

    std::pair<int, int> position(size_t at) const
    {
        // Tokens are made left to right, so `at` is nearly always on the current line.
        if (at >= m_lineStart)
            return {m_line, int(at - m_lineStart)};
        int line = 1;
        size_t start = 0;
        for (size_t i = 0; i < at && i < m_source.size(); ++i) {
            if (m_source[i] == '\n') {
                ++line;
                start = i + 1;
            }
        }
        return {line, int(at - start)};
    }

    void advanceLine()
    {
        ++m_pos;
        ++m_line;
        m_lineStart = m_pos;
    }

    void push(TokenKind kind, std::string text, size_t begin, size_t end)
    {
        const auto [line, col] = position(begin);
        m_tokens.push_back(Token{kind, std::move(text), line, col, begin, end});
    }

    void emitNewline()
    {
        if (!m_tokens.empty() && m_tokens.back().kind != TokenKind::Newline && m_tokens.back().kind != TokenKind::Dedent
            && m_tokens.back().kind != TokenKind::Indent)
            push(TokenKind::Newline, "", m_pos, m_pos);
    }

    // Measures the indentation of the line starting at m_pos; false for a blank or comment-only
    // line (consumed entirely). Emits INDENT/DEDENT as the stack requires.
    bool indentation()
    {
        int width = 0;
        size_t p = m_pos;
        while (p < m_source.size() && (m_source[p] == ' ' || m_source[p] == '\t' || m_source[p] == '\f')) {
            width = m_source[p] == '\t' ? (width / 8 + 1) * 8 : m_source[p] == ' ' ? width + 1 : 0;
            ++p;
        }
        if (p < m_source.size() && m_source[p] == '\r')
            ++p;
        if (p >= m_source.size() || m_source[p] == '\n' || m_source[p] == '#') {
            while (p < m_source.size() && m_source[p] != '\n')
                ++p;
            m_pos = p;
            if (m_pos < m_source.size())
                advanceLine();
            return false;
        }
        m_pos = p;
        if (width > m_indents.back()) {
            m_indents.push_back(width);
            push(TokenKind::Indent, "", m_pos, m_pos);
        } else if (width < m_indents.back()) {
            while (width < m_indents.back()) {
                m_indents.pop_back();
                push(TokenKind::Dedent, "", m_pos, m_pos);
            }
            if (width != m_indents.back())
                fail("IndentationError", "unindent does not match any outer indentation level", m_pos);
        }
        return true;
    }

    void number()
    {
        const size_t begin = m_pos;
        auto digits = [&] {
            while (m_pos < m_source.size() && (std::isalnum(static_cast<unsigned char>(m_source[m_pos])) || m_source[m_pos] == '_'))
                ++m_pos;
        };
        if (m_source[m_pos] == '0' && m_pos + 1 < m_source.size() && std::strchr("xXoObB", m_source[m_pos + 1])) {
            m_pos += 2;
            digits();
        } else {
            while (m_pos < m_source.size() && (std::isdigit(static_cast<unsigned char>(m_source[m_pos])) || m_source[m_pos] == '_'))
                ++m_pos;
            if (m_pos < m_source.size() && m_source[m_pos] == '.') {
                ++m_pos;
                while (m_pos < m_source.size() && (std::isdigit(static_cast<unsigned char>(m_source[m_pos])) || m_source[m_pos] == '_'))
                    ++m_pos;
            }
            if (m_pos < m_source.size() && (m_source[m_pos] == 'e' || m_source[m_pos] == 'E')) {
                size_t p = m_pos + 1;
                if (p < m_source.size() && (m_source[p] == '+' || m_source[p] == '-'))
                    ++p;
                if (p < m_source.size() && std::isdigit(static_cast<unsigned char>(m_source[p]))) {
                    m_pos = p;
                    while (m_pos < m_source.size() && std::isdigit(static_cast<unsigned char>(m_source[m_pos])))
                        ++m_pos;
                }
            }
            if (m_pos < m_source.size() && (m_source[m_pos] == 'j' || m_source[m_pos] == 'J'))
                fail("unsupported", "complex numbers are not supported", begin);
        }
        if (m_pos < m_source.size() && isNameStart(m_source[m_pos]))
            fail("SyntaxError", "invalid decimal literal", begin);
        push(TokenKind::Number, std::string(m_source.substr(begin, m_pos - begin)), begin, m_pos);
    }

    void nameOrString()
    {
        const size_t begin = m_pos;
        while (m_pos < m_source.size() && isNameChar(m_source[m_pos]))
            ++m_pos;
        std::string word(m_source.substr(begin, m_pos - begin));
        if (m_pos < m_source.size() && (m_source[m_pos] == '"' || m_source[m_pos] == '\'') && word.size() <= 2) {
            std::string lower;
            for (char c : word)
                lower += char(std::tolower(static_cast<unsigned char>(c)));
            if (lower == "r" || lower == "u" || lower == "b" || lower == "f" || lower == "rb" || lower == "br"
                || lower == "fr" || lower == "rf") {
                string(begin, m_pos, lower.find('r') != std::string::npos, lower.find('f') != std::string::npos);
                return;
            }
        }
        push(TokenKind::Name, std::move(word), begin, m_pos);
    }

    // A string literal whose quote starts at `quote` (its prefix at `begin`).
    void string(size_t begin, size_t quote, bool raw, bool formatted)
    {
        const char q = m_source[quote];
        const bool triple = quote + 2 < m_source.size() && m_source[quote + 1] == q && m_source[quote + 2] == q;
        m_pos = quote + (triple ? 3 : 1);
        const int startLine = m_line;
        std::string value;
        for (;;) {
            if (m_pos >= m_source.size() || (!triple && m_source[m_pos] == '\n')) {
                const std::string where = " (detected at line " + std::to_string(m_line) + ")";
                fail("SyntaxError", std::string(triple ? "unterminated triple-quoted string literal" : "unterminated string literal") + where, begin);
            }
            const char c = m_source[m_pos];
            if (c == q && (!triple || (m_pos + 2 < m_source.size() && m_source[m_pos + 1] == q && m_source[m_pos + 2] == q))) {
                m_pos += triple ? 3 : 1;
                break;
            }
            if (c == '\\' && m_pos + 1 < m_source.size()) {
                const char e = m_source[m_pos + 1];
                if (raw) {
                    value += c;
                    value += e;
                } else if (e == 'n') {
                    value += '\n';
                } else if (e == 't') {
                    value += '\t';
                } else if (e == '\\' || e == '\'' || e == '"') {
                    value += e;
                } else if (e == '\n') {
                    // a line continuation inside the string
                } else {
                    value += c;
                    value += e;
                }
                if (e == '\n') {
                    m_pos += 1;
                    advanceLine();
                } else {
                    m_pos += 2;
                }
                continue;
            }
            value += c;
            if (c == '\n')
                advanceLine();
            else
                ++m_pos;
        }
        // The token's line is where it starts.
        Token token{formatted ? TokenKind::FString : TokenKind::String, std::move(value), startLine, 0, begin, m_pos};
        size_t lineStart = begin;
        while (lineStart > 0 && m_source[lineStart - 1] != '\n')
            --lineStart;
        token.col = int(begin - lineStart);
        m_tokens.push_back(std::move(token));
    }

    void op()
    {
        static const char *const kOps[] = {"**=", "//=", ">>=", "<<=", "...", "!=", "%=", "&=", "**", "*=", "+=", "-=", "->",
                                           "//", "/=", ":=", "<<", "<=", "==", ">=", ">>", "@=", "^=", "|=", "(", ")", "[",
                                           "]", "{", "}", ",", ":", ".", ";", "@", "=", "+", "-", "*", "/", "%", "<", ">",
                                           "&", "|", "^", "~"};
        const size_t begin = m_pos;
        for (const char *candidate : kOps) {
            const std::string_view text(candidate);
            if (m_source.substr(m_pos, text.size()) != text)
                continue;
            m_pos += text.size();
            if (text == "(" || text == "[" || text == "{") {
                push(TokenKind::Op, std::string(text), begin, m_pos);
                m_brackets.push_back(m_tokens.back());
                if (m_brackets.size() > 200)
                    fail("SyntaxError", "too many nested parentheses", begin);
                return;
            }
            if (text == ")" || text == "]" || text == "}") {
                if (m_brackets.empty())
                    fail("SyntaxError", "unmatched '" + std::string(text) + "'", begin);
                const std::string open = m_brackets.back().text;
                const std::string expected = open == "(" ? ")" : open == "[" ? "]" : "}";
                if (expected != text) {
                    const Token &o = m_brackets.back();
                    std::string message = "closing parenthesis '" + std::string(text) + "' does not match opening parenthesis '" + open + "'";
                    if (o.lineno != m_line)
                        message += " on line " + std::to_string(o.lineno);
                    fail("SyntaxError", message, begin);
                }
                m_brackets.pop_back();
            }
            push(TokenKind::Op, std::string(text), begin, m_pos);
            return;
        }
        const unsigned char c = static_cast<unsigned char>(m_source[m_pos]);
        if (c == '!' || c == '$' || c == '?' || c == '`')
            fail("SyntaxError", "invalid syntax", begin);
        char code[8];
        std::snprintf(code, sizeof code, "%04X", unsigned(c));
        fail("SyntaxError", "invalid non-printable character U+" + std::string(code), begin);
    }

    std::string_view m_source;
    size_t m_pos = 0;
    int m_line = 1;
    size_t m_lineStart = 0;
    std::vector<int> m_indents{0};
    std::vector<Token> m_brackets;
    std::vector<Token> m_tokens;
};

} // namespace

std::vector<Token> tokenize(std::string_view source)
{
    return Lexer(source).run();
}

} // namespace ft::source
