// ast_p.h — the syntax tree of a learner's Python, with Python's own node names (Parser/Python.asdl).
//
// Only the subset a model file is made of exists here; the parser rejects everything else with a
// SourceError naming the construct. Every node carries lineno/col_offset (1-based line, 0-based
// byte column, as Python's ast module) and the byte range of its text, so a step can quote the
// call it ran and an error can point at the line Python's traceback would show.
//
//     SourceFile m = parseSource("import torch\nx = torch.zeros(2, 3)\n");
//     m.body[1]->kind == StmtKind::Assign;  m.body[1]->value->kind == ExprKind::Call;
#pragma once

#include "engine/value.h"

#include <memory>
#include <string>
#include <vector>

namespace ft::source {

struct Expr;
struct Stmt;
using ExprPtr = std::unique_ptr<Expr>;
using StmtPtr = std::unique_ptr<Stmt>;

enum class ExprKind {
    Constant,   // constant (None, bool, int, float, str)
    Name,       // id
    Attribute,  // children[0].id
    Call,       // children[0](children[1..], keywords)
    Subscript,  // children[0][children[1]]
    Slice,      // children: lower, upper, step (each may be null)
    BinOp,      // children[0] op children[1]; op in `op`
    UnaryOp,    // op children[0]  ("-", "+", "not")
    BoolOp,     // children joined by op ("and", "or")
    Compare,    // children[0] ops[0] children[1] ops[1] children[2] ...
    IfExp,      // children: body, test, orelse
    Tuple,
    List,
    ListComp,   // children[0] for generators
    Starred,    // *children[0]
    JoinedStr,  // f-string: children are the formatted expressions (the text itself is not kept)
};

struct Keyword
{
    std::string arg; // empty for **kwargs
    ExprPtr value;
};

struct Comprehension
{
    ExprPtr target;
    ExprPtr iter;
    std::vector<ExprPtr> ifs;
};

struct Expr
{
    ExprKind kind = ExprKind::Constant;
    int lineno = 1;
    int col_offset = 0;
    size_t begin = 0; // byte range of the node's text in the source
    size_t end = 0;
    std::string id;                      // Name: identifier; Attribute: attribute; BinOp/UnaryOp/BoolOp: operator
    Value constant;                      // Constant
    std::vector<std::string> ops;        // Compare
    std::vector<ExprPtr> children;
    std::vector<Keyword> keywords;       // Call
    std::vector<Comprehension> generators; // ListComp
};

struct Arg
{
    std::string name;
    ExprPtr defaultValue; // null: required
};

struct Alias
{
    std::string name;   // dotted: "torch.nn.functional"
    std::string asname; // empty when none
    int lineno = 1;
    int col_offset = 0;
};

enum class StmtKind {
    FunctionDef, // name(args): body
    ClassDef,    // name(bases = targets): body
    Return,      // value (may be null)
    Assign,      // targets = value (chained targets: a = b = value)
    AugAssign,   // targets[0] op= value
    AnnAssign,   // targets[0]: annotation = value (value may be null)
    For,         // for targets[0] in value: body else orelse
    If,          // if value: body else orelse
    Expr,        // value
    Pass,
    Break,
    Continue,
    Assert,      // assert value, message (targets[0] when present)
    Import,      // names
    ImportFrom,  // from name import names
};

struct Stmt
{
    StmtKind kind = StmtKind::Pass;
    int lineno = 1;
    int col_offset = 0;
    std::string name;             // FunctionDef/ClassDef name, AugAssign operator, ImportFrom module
    std::vector<Arg> args;        // FunctionDef parameters (self included)
    std::vector<ExprPtr> targets;
    ExprPtr value;
    std::vector<StmtPtr> body;
    std::vector<StmtPtr> orelse;
    std::vector<Alias> names;
};

struct SourceFile
{
    std::string source;
    std::vector<StmtPtr> body;
};

} // namespace ft::source
