// lexer_p.h — Python tokens for the learner's-source front end, indentation included.
//
// As CPython's tokenizer: indentation is a stack of column widths (a tab advances to the next
// multiple of 8); a deeper line emits INDENT, a shallower one a DEDENT per popped level, and a
// level matching none is Python's "unindent does not match any outer indentation level". Inside
// brackets indentation and newlines do not count (a call may span lines); a backslash joins lines.
// Comments vanish; strings keep their decoded text.
//
//     auto tokens = tokenize("if x:\n    y = (1,\n  2)\n");
//     // NAME if, NAME x, OP :, NEWLINE, INDENT, NAME y, OP =, OP (, NUMBER 1, OP ,, NUMBER 2, OP ), NEWLINE, DEDENT, END
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ft::source {

enum class TokenKind { Name, Number, String, FString, Op, Newline, Indent, Dedent, End };

struct Token
{
    TokenKind kind = TokenKind::End;
    std::string text;   // NAME/OP: as written; NUMBER: as written; STRING: the decoded value
    int lineno = 1;     // 1-based
    int col = 0;        // 0-based byte column
    size_t begin = 0;   // byte range in the source
    size_t end = 0;
};

// Throws SourceError (SyntaxError / IndentationError with Python's wording) on bad input.
std::vector<Token> tokenize(std::string_view source);

} // namespace ft::source
