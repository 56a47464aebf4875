// source_error.h — a learner's file that the app will not run: a syntax error, an unsupported
// construct, or a bound the interpreter hit. The CLI exits 2 with formatted(); the UI puts a caret
// under column() of line(). Errors PyTorch or Python would raise at run time are not SourceErrors
// (SourceFailure in source_trace.h): those are the learner's bug, these are the file's form.
//
//     try { parseSource("while True:\n    pass\n"); }
//     catch (const SourceError &e) { e.line() == 1; e.column() == 1; e.formatted(); }
//     // "line 1, column 1: 'while' loops are not supported ...\n    while True:\n    ^"
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

namespace ft::source {

// Largest source the app reads (bytes); more is a SourceError of kind "limit".
inline constexpr size_t kMaxSourceBytes = 256 * 1024;

class SourceError : public std::runtime_error
{
public:
    // `kind` is what Python would call it ("SyntaxError", "IndentationError"), or "unsupported" and
    // "limit" for what only this app refuses, or "usage" for the file as a whole (no such class).
    SourceError(std::string kind, std::string message, int line, int column, std::string lineText)
        : std::runtime_error(message), m_kind(std::move(kind)), m_message(std::move(message)), m_line(line),
          m_column(column), m_lineText(std::move(lineText)) {}

    const std::string &kind() const noexcept { return m_kind; }
    const std::string &message() const noexcept { return m_message; }
    int line() const noexcept { return m_line; }     // 1-based
    int column() const noexcept { return m_column; } // 1-based, in bytes of the line
    const std::string &lineText() const noexcept { return m_lineText; }
    // "line 3, column 9: SyntaxError: expected ':'\n    if x > 1\n            ^"
    std::string formatted() const;

private:
    std::string m_kind;
    std::string m_message;
    int m_line;
    int m_column;
    std::string m_lineText;
};

// The text of 1-based line `line` of `source` (without its newline); empty when out of range.
std::string sourceLine(std::string_view source, int line);

} // namespace ft::source
