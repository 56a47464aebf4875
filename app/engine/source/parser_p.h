// parser_p.h — a learner's model file -> the syntax tree of ast_p.h, or a SourceError with line,
// column and Python's wording (or the name of the construct the app does not run).
//
// Recursive descent over lexer_p.h's tokens, one function per grammar rule (rule in a comment above
// it), the precedence ladder of Python's own grammar. Constructs outside the subset (while,
// lambda, try, with, decorators, dict literals, ...) are refused here, before anything runs, so a
// file either runs entirely within the subset or not at all.
//
//     auto module = ft::source::parseSource(text);   // throws SourceError
#pragma once

#include "engine/source/ast_p.h"
#include "engine/source/source_error.h"

#include <string_view>

namespace ft::source {

// Deepest nesting of expressions and blocks; deeper is a SourceError (never a stack overflow).
inline constexpr int kMaxSyntaxNesting = 100;

SourceFile parseSource(std::string_view source);

} // namespace ft::source
