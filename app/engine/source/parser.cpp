// parser.cpp — see parser_p.h. Helpers after clox: check/match/consume, one error path (failAt).
#include "engine/source/parser_p.h"

#include "engine/source/lexer_p.h"

#include <cctype>
#include <charconv>
#include <cstring>
#include <cstdlib>
#include <set>

namespace ft::source {

namespace {

// What a refused keyword is called in the message.
const char *unsupportedKeyword(const std::string &word)
{
    static const std::pair<const char *, const char *> kWords[] = {
        {"while", "'while' loops are not supported (a model's loops are 'for' loops over range, enumerate, zip, lists or modules)"},
        {"lambda", "'lambda' expressions are not supported"},
        {"try", "'try' statements are not supported"},
        {"with", "'with' statements are not supported (forward already runs under torch.no_grad())"},
        {"raise", "'raise' statements are not supported"},
        {"del", "'del' statements are not supported"},
        {"global", "'global' statements are not supported"},
        {"nonlocal", "'nonlocal' statements are not supported"},
        {"yield", "'yield' (generators) is not supported"},
        {"async", "'async' functions are not supported"},
        {"await", "'await' is not supported"},
    };
    for (const auto &[name, message] : kWords)
        if (word == name)
            return message;
    return nullptr;
}

bool isKeyword(const std::string &word)
{
    static const std::set<std::string> kKeywords = {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
        "not", "or", "pass", "raise", "return", "try", "while", "with", "yield"};
    return kKeywords.count(word) > 0;
}

class Parser
{
public:
    Parser(std::string_view source, std::vector<Token> tokens) : m_source(source), m_tokens(std::move(tokens)) {}

    // file: statement* END
    std::vector<StmtPtr> file()
    {
        std::vector<StmtPtr> body;
        while (!check(TokenKind::End))
            statement(body);
        return body;
    }

private:
    // ---- helpers ------------------------------------------------------------------------------
    const Token &peek(size_t ahead = 0) const
    {
        const size_t i = std::min(m_pos + ahead, m_tokens.size() - 1);
        return m_tokens[i];
    }
    const Token &previous() const { return m_tokens[m_pos - 1]; }
    bool check(TokenKind kind) const { return peek().kind == kind; }
    bool checkOp(std::string_view text) const { return peek().kind == TokenKind::Op && peek().text == text; }
    bool checkName(std::string_view text) const { return peek().kind == TokenKind::Name && peek().text == text; }
    const Token &advance()
    {
        if (m_pos < m_tokens.size() - 1)
            ++m_pos;
        return previous();
    }
    bool matchOp(std::string_view text)
    {
        if (!checkOp(text))
            return false;
        advance();
        return true;
    }
    bool matchName(std::string_view text)
    {
        if (!checkName(text))
            return false;
        advance();
        return true;
    }
    void consumeOp(std::string_view text, const std::string &message)
    {
        if (!matchOp(text))
            failAt(peek(), "SyntaxError", message);
    }

    [[noreturn]] void failAt(const Token &token, const std::string &kind, const std::string &message) const
    {
        throw SourceError(kind, message, token.lineno, token.col + 1, sourceLine(m_source, token.lineno));
    }
    [[noreturn]] void failAt(const Expr &expr, const std::string &kind, const std::string &message) const
    {
        throw SourceError(kind, message, expr.lineno, expr.col_offset + 1, sourceLine(m_source, expr.lineno));
    }
    // NAME that is not a keyword: the token, consumed; anything else is invalid syntax.
    const Token &identifier()
    {
        if (!check(TokenKind::Name) || isKeyword(peek().text))
            invalidSyntax();
        return advance();
    }

    [[noreturn]] void invalidSyntax() const
    {
        const Token &t = peek();
        if (t.kind == TokenKind::Name) {
            if (const char *message = unsupportedKeyword(t.text))
                failAt(t, "unsupported", message);
        }
        if (t.kind == TokenKind::Indent)
            failAt(t, "IndentationError", "unexpected indent");
        if (t.kind == TokenKind::Op && t.text == "{")
            failAt(t, "unsupported", "dict and set literals are not supported");
        if (t.kind == TokenKind::Op && t.text == "...")
            failAt(t, "unsupported", "'...' (Ellipsis) is not supported");
        failAt(t, "SyntaxError", "invalid syntax");
    }

    struct Depth
    {
        explicit Depth(Parser &parser, const Token &at) : m_parser(parser)
        {
            if (++m_parser.m_depth > kMaxSyntaxNesting)
                m_parser.failAt(at, "limit", "nesting deeper than " + std::to_string(kMaxSyntaxNesting)
                                                   + " levels: the app reads at most that many");
        }
        ~Depth() { --m_parser.m_depth; }
        Parser &m_parser;
    };

    // A node spanning from `start` (a token, or an expression it extends) to the last token read.
    ExprPtr node(ExprKind kind, const Token &start) { return nodeFrom(kind, start.lineno, start.col, start.begin); }
    ExprPtr node(ExprKind kind, const Expr &start) { return nodeFrom(kind, start.lineno, start.col_offset, start.begin); }
    ExprPtr nodeFrom(ExprKind kind, int lineno, int col, size_t begin)
    {
        auto e = std::make_unique<Expr>();
        e->kind = kind;
        e->lineno = lineno;
        e->col_offset = col;
        e->begin = begin;
        e->end = previous().end;
        return e;
    }
    StmtPtr stmt(StmtKind kind, const Token &start)
    {
        auto s = std::make_unique<Stmt>();
        s->kind = kind;
        s->lineno = start.lineno;
        s->col_offset = start.col;
        return s;
    }

    // ---- statements ---------------------------------------------------------------------------

    // statement: compound_stmt | simple_stmts
    void statement(std::vector<StmtPtr> &body)
    {
        const Token &t = peek();
        Depth depth(*this, t);
        if (t.kind == TokenKind::Indent)
            failAt(t, "IndentationError", "unexpected indent");
        if (t.kind == TokenKind::Op && t.text == "@")
            failAt(t, "unsupported", "decorators are not supported");
        if (t.kind == TokenKind::Name) {
            if (t.text == "def") {
                body.push_back(functionDef());
                return;
            }
            if (t.text == "class") {
                body.push_back(classDef());
                return;
            }
            if (t.text == "if") {
                body.push_back(ifStatement());
                return;
            }
            if (t.text == "for") {
                body.push_back(forStatement());
                return;
            }
            if (const char *message = unsupportedKeyword(t.text))
                failAt(t, "unsupported", message);
        }
        // simple_stmts: simple_stmt (';' simple_stmt)* NEWLINE
        for (;;) {
            body.push_back(simpleStatement());
            if (!matchOp(";"))
                break;
            if (check(TokenKind::Newline))
                break;
        }
        if (!check(TokenKind::Newline))
            invalidSyntax();
        advance();
    }

    // block: NEWLINE INDENT statement+ DEDENT | simple_stmts
    std::vector<StmtPtr> block(const Token &header, const char *what)
    {
        consumeOp(":", "expected ':'");
        std::vector<StmtPtr> body;
        if (!check(TokenKind::Newline)) {
            for (;;) {
                body.push_back(simpleStatement());
                if (!matchOp(";") || check(TokenKind::Newline))
                    break;
            }
            if (!check(TokenKind::Newline))
                invalidSyntax();
            advance();
            return body;
        }
        advance();
        if (!check(TokenKind::Indent))
            failAt(peek(), "IndentationError",
                   std::string("expected an indented block after ") + what + " on line " + std::to_string(header.lineno));
        advance();
        while (!check(TokenKind::Dedent) && !check(TokenKind::End))
            statement(body);
        if (check(TokenKind::Dedent))
            advance();
        return body;
    }

    // function_def: 'def' NAME '(' [params] ')' ['->' expression] ':' block
    StmtPtr functionDef()
    {
        const Token &start = advance();
        auto s = stmt(StmtKind::FunctionDef, start);
        s->name = identifier().text;
        consumeOp("(", "expected '('");
        bool seenDefault = false;
        while (!checkOp(")")) {
            if (checkOp("*") || checkOp("**") || checkOp("/"))
                failAt(peek(), "unsupported", "'" + peek().text + "' in a parameter list is not supported");
            Arg arg;
            const Token &nameToken = identifier();
            arg.name = nameToken.text;
            for (const Arg &other : s->args)
                if (other.name == arg.name)
                    failAt(nameToken, "SyntaxError", "duplicate argument '" + arg.name + "' in function definition");
            if (matchOp(":"))
                (void)expression(); // annotations are ignored, as Python ignores them at run time
            if (matchOp("=")) {
                arg.defaultValue = expression();
                seenDefault = true;
            } else if (seenDefault) {
                failAt(nameToken, "SyntaxError", "non-default argument follows default argument");
            }
            s->args.push_back(std::move(arg));
            if (!matchOp(","))
                break;
        }
        consumeOp(")", "expected ')'");
        if (matchOp("->"))
            (void)expression();
        s->body = block(start, "function definition");
        return s;
    }

    // class_def: 'class' NAME ['(' [arguments] ')'] ':' block
    StmtPtr classDef()
    {
        const Token &start = advance();
        auto s = stmt(StmtKind::ClassDef, start);
        s->name = identifier().text;
        if (matchOp("(")) {
            while (!checkOp(")")) {
                if (check(TokenKind::Name) && peek(1).kind == TokenKind::Op && peek(1).text == "=")
                    failAt(peek(), "unsupported", "class keywords (metaclass=...) are not supported");
                s->targets.push_back(expression());
                if (!matchOp(","))
                    break;
            }
            consumeOp(")", "expected ')'");
        }
        s->body = block(start, "class definition");
        return s;
    }

    // if_stmt: 'if' named_expression ':' block (elif_stmt | else_block)?
    StmtPtr ifStatement()
    {
        const Token &start = advance();
        auto s = stmt(StmtKind::If, start);
        s->value = expression();
        s->body = block(start, start.text == "if" ? "'if' statement" : "'elif' statement");
        if (checkName("elif")) {
            s->orelse.push_back(ifStatement());
        } else if (checkName("else")) {
            const Token &elseToken = advance();
            s->orelse = block(elseToken, "'else' statement");
        }
        return s;
    }

    // for_stmt: 'for' star_targets 'in' star_expressions ':' block [else_block]
    StmtPtr forStatement()
    {
        const Token &start = advance();
        auto s = stmt(StmtKind::For, start);
        s->targets.push_back(targetList());
        if (!matchName("in"))
            failAt(peek(), "SyntaxError", "expected 'in'");
        s->value = expressionList();
        s->body = block(start, "'for' statement");
        if (checkName("else")) {
            const Token &elseToken = advance();
            s->orelse = block(elseToken, "'else' statement");
        }
        return s;
    }

    // simple_stmt: assignment | star_expressions | return | import | pass | break | continue | assert
    StmtPtr simpleStatement()
    {
        const Token &start = peek();
        if (start.kind == TokenKind::Name) {
            if (const char *message = unsupportedKeyword(start.text))
                failAt(start, "unsupported", message);
            if (start.text == "pass" || start.text == "break" || start.text == "continue") {
                advance();
                return stmt(start.text == "pass" ? StmtKind::Pass : start.text == "break" ? StmtKind::Break : StmtKind::Continue, start);
            }
            if (start.text == "return") {
                advance();
                auto s = stmt(StmtKind::Return, start);
                if (!check(TokenKind::Newline) && !checkOp(";"))
                    s->value = expressionList();
                return s;
            }
            if (start.text == "import")
                return importStatement();
            if (start.text == "from")
                return importFrom();
            if (start.text == "assert") {
                advance();
                auto s = stmt(StmtKind::Assert, start);
                s->value = expression();
                if (matchOp(","))
                    s->targets.push_back(expression());
                return s;
            }
            if (start.text == "def" || start.text == "class" || start.text == "if" || start.text == "for")
                invalidSyntax();
        }
        ExprPtr first = expressionList();
        if (checkOp("=")) {
            auto s = stmt(StmtKind::Assign, start);
            checkTarget(*first);
            s->targets.push_back(std::move(first));
            while (matchOp("=")) {
                ExprPtr next = expressionList();
                if (checkOp("=")) {
                    checkTarget(*next);
                    s->targets.push_back(std::move(next));
                } else {
                    s->value = std::move(next);
                }
            }
            return s;
        }
        static const std::set<std::string> kAugmented = {"+=", "-=", "*=", "/=", "//=", "%=", "**="};
        if (peek().kind == TokenKind::Op && kAugmented.count(peek().text)) {
            if (first->kind != ExprKind::Name && first->kind != ExprKind::Attribute && first->kind != ExprKind::Subscript)
                failAt(*first, "SyntaxError", "'" + describe(*first) + "' is an illegal expression for augmented assignment");
            auto s = stmt(StmtKind::AugAssign, start);
            const std::string op = advance().text;
            s->name = op.substr(0, op.size() - 1);
            s->targets.push_back(std::move(first));
            s->value = expressionList();
            return s;
        }
        if (peek().kind == TokenKind::Op && (peek().text == "&=" || peek().text == "|=" || peek().text == "^="
                                             || peek().text == "<<=" || peek().text == ">>=" || peek().text == "@="))
            failAt(peek(), "unsupported", "the '" + peek().text + "' operator is not supported");
        if (checkOp(":")) {
            if (first->kind != ExprKind::Name && first->kind != ExprKind::Attribute && first->kind != ExprKind::Subscript)
                failAt(*first, "SyntaxError", "only single target (not tuple) can be annotated");
            advance();
            auto s = stmt(StmtKind::AnnAssign, start);
            (void)expression();
            s->targets.push_back(std::move(first));
            if (matchOp("="))
                s->value = expressionList();
            return s;
        }
        auto s = stmt(StmtKind::Expr, start);
        s->value = std::move(first);
        return s;
    }

    static std::string describe(const Expr &e)
    {
        switch (e.kind) {
        case ExprKind::Call: return "function call";
        case ExprKind::Constant: return "literal";
        case ExprKind::Tuple: return "tuple";
        case ExprKind::List: return "list";
        case ExprKind::BinOp: case ExprKind::UnaryOp: return "expression";
        case ExprKind::Compare: return "comparison";
        default: return "expression";
        }
    }

    void checkTarget(const Expr &e) const
    {
        switch (e.kind) {
        case ExprKind::Name:
        case ExprKind::Attribute:
        case ExprKind::Subscript:
            return;
        case ExprKind::Tuple:
        case ExprKind::List:
            for (const auto &child : e.children)
                checkTarget(*child);
            return;
        case ExprKind::Starred:
            checkTarget(*e.children[0]);
            return;
        case ExprKind::Call:
            failAt(e, "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?");
        case ExprKind::Constant:
            failAt(e, "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?");
        default:
            failAt(e, "SyntaxError", "cannot assign to " + describe(e) + " here. Maybe you meant '==' instead of '='?");
        }
    }

    std::string dottedName()
    {
        std::string name = identifier().text;
        while (matchOp(".")) {
            if (!check(TokenKind::Name))
                invalidSyntax();
            name += "." + advance().text;
        }
        return name;
    }

    // import_name: 'import' dotted_as_names
    StmtPtr importStatement()
    {
        const Token &start = advance();
        auto s = stmt(StmtKind::Import, start);
        do {
            Alias alias;
            alias.lineno = peek().lineno;
            alias.col_offset = peek().col;
            alias.name = dottedName();
            if (matchName("as")) {
                if (!check(TokenKind::Name))
                    invalidSyntax();
                alias.asname = advance().text;
            }
            s->names.push_back(std::move(alias));
        } while (matchOp(","));
        return s;
    }

    // import_from: 'from' dotted_name 'import' ('(' names ')' | names | '*')
    StmtPtr importFrom()
    {
        const Token &start = advance();
        auto s = stmt(StmtKind::ImportFrom, start);
        if (checkOp("."))
            failAt(peek(), "unsupported", "relative imports are not supported");
        s->name = dottedName();
        if (!matchName("import"))
            failAt(peek(), "SyntaxError", "invalid syntax");
        if (checkOp("*"))
            failAt(peek(), "unsupported", "'from ... import *' is not supported: import the names you use");
        const bool parenthesized = matchOp("(");
        do {
            if (parenthesized && checkOp(")"))
                break;
            Alias alias;
            alias.lineno = peek().lineno;
            alias.col_offset = peek().col;
            if (!check(TokenKind::Name))
                invalidSyntax();
            alias.name = advance().text;
            if (matchName("as")) {
                if (!check(TokenKind::Name))
                    invalidSyntax();
                alias.asname = advance().text;
            }
            s->names.push_back(std::move(alias));
        } while (matchOp(","));
        if (parenthesized)
            consumeOp(")", "expected ')'");
        return s;
    }

    // ---- expressions --------------------------------------------------------------------------

    // star_targets (for a 'for' loop): target (',' target)* — parsed as bitwise-level expressions
    ExprPtr targetList()
    {
        const Token &start = peek();
        ExprPtr first = starOr([this] { return sum(); });
        if (!checkOp(","))
            return checkTargetAndReturn(std::move(first));
        auto tuple = std::make_unique<Expr>();
        tuple->kind = ExprKind::Tuple;
        tuple->lineno = start.lineno;
        tuple->col_offset = start.col;
        tuple->begin = start.begin;
        tuple->children.push_back(std::move(first));
        while (matchOp(",")) {
            if (checkName("in"))
                break;
            tuple->children.push_back(starOr([this] { return sum(); }));
        }
        tuple->end = previous().end;
        return checkTargetAndReturn(std::move(tuple));
    }
    ExprPtr checkTargetAndReturn(ExprPtr e)
    {
        checkTarget(*e);
        return e;
    }

    template <typename F>
    ExprPtr starOr(F rule)
    {
        if (checkOp("*")) {
            const Token &star = advance();
            ExprPtr inner = rule();
            auto e = node(ExprKind::Starred, star);
            e->children.push_back(std::move(inner));
            return e;
        }
        return rule();
    }

    // star_expressions: star_expression (',' star_expression)* [',']   (a tuple when commas)
    ExprPtr expressionList()
    {
        const Token &start = peek();
        ExprPtr first = starOr([this] { return expression(); });
        if (!checkOp(","))
            return first;
        auto tuple = std::make_unique<Expr>();
        tuple->kind = ExprKind::Tuple;
        tuple->lineno = start.lineno;
        tuple->col_offset = start.col;
        tuple->begin = start.begin;
        tuple->children.push_back(std::move(first));
        while (matchOp(",")) {
            if (check(TokenKind::Newline) || checkOp("=") || checkOp(")") || checkOp(";") || checkOp(":"))
                break;
            tuple->children.push_back(starOr([this] { return expression(); }));
        }
        tuple->end = previous().end;
        return tuple;
    }

    // expression: disjunction ['if' disjunction 'else' expression]
    ExprPtr expression()
    {
        const Token &start = peek();
        Depth depth(*this, start);
        if (checkName("lambda"))
            failAt(start, "unsupported", unsupportedKeyword("lambda"));
        if (checkName("yield") || checkName("await"))
            failAt(start, "unsupported", unsupportedKeyword(start.text));
        ExprPtr body = disjunction();
        if (checkOp(":=") )
            failAt(peek(), "unsupported", "assignment expressions (':=') are not supported");
        if (!checkName("if"))
            return body;
        advance();
        ExprPtr test = disjunction();
        if (!matchName("else"))
            failAt(peek(), "SyntaxError", "expected 'else' after 'if' expression");
        ExprPtr orelse = expression();
        auto e = node(ExprKind::IfExp, *body);
        e->children.push_back(std::move(body));
        e->children.push_back(std::move(test));
        e->children.push_back(std::move(orelse));
        return e;
    }

    // disjunction: conjunction ('or' conjunction)*    conjunction: inversion ('and' inversion)*
    ExprPtr disjunction() { return boolOp("or", [this] { return conjunction(); }); }
    ExprPtr conjunction() { return boolOp("and", [this] { return inversion(); }); }
    template <typename F>
    ExprPtr boolOp(const char *op, F operand)
    {
        ExprPtr first = operand();
        if (!checkName(op))
            return first;
        auto e = std::make_unique<Expr>();
        e->kind = ExprKind::BoolOp;
        e->id = op;
        e->lineno = first->lineno;
        e->col_offset = first->col_offset;
        e->begin = first->begin;
        e->children.push_back(std::move(first));
        while (matchName(op))
            e->children.push_back(operand());
        e->end = previous().end;
        return e;
    }

    // inversion: 'not' inversion | comparison
    ExprPtr inversion()
    {
        if (checkName("not")) {
            const Token &start = advance();
            Depth depth(*this, start);
            ExprPtr operand = inversion();
            auto e = node(ExprKind::UnaryOp, start);
            e->id = "not";
            e->children.push_back(std::move(operand));
            return e;
        }
        return comparison();
    }

    // comparison: sum (compare_op sum)*
    ExprPtr comparison()
    {
        ExprPtr first = bitwise();
        std::unique_ptr<Expr> e;
        for (;;) {
            std::string op;
            if (peek().kind == TokenKind::Op
                && (peek().text == "==" || peek().text == "!=" || peek().text == "<" || peek().text == "<="
                    || peek().text == ">" || peek().text == ">=")) {
                op = advance().text;
            } else if (checkName("in")) {
                advance();
                op = "in";
            } else if (checkName("not") && peek(1).kind == TokenKind::Name && peek(1).text == "in") {
                advance();
                advance();
                op = "not in";
            } else if (checkName("is")) {
                advance();
                op = matchName("not") ? "is not" : "is";
            } else {
                break;
            }
            if (!e) {
                e = std::make_unique<Expr>();
                e->kind = ExprKind::Compare;
                e->lineno = first->lineno;
                e->col_offset = first->col_offset;
                e->begin = first->begin;
                e->children.push_back(std::move(first));
            }
            e->ops.push_back(op);
            e->children.push_back(bitwise());
        }
        if (!e)
            return first;
        e->end = previous().end;
        return e;
    }

    // bitwise operators are outside the subset: named, not mis-parsed
    ExprPtr bitwise()
    {
        ExprPtr e = sum();
        if (peek().kind == TokenKind::Op
            && (peek().text == "|" || peek().text == "&" || peek().text == "^" || peek().text == "<<" || peek().text == ">>"))
            failAt(peek(), "unsupported", "the '" + peek().text + "' operator is not supported");
        return e;
    }

    template <typename F>
    ExprPtr binaryLevel(std::initializer_list<const char *> ops, F operand)
    {
        ExprPtr left = operand();
        for (;;) {
            std::string op;
            for (const char *candidate : ops)
                if (checkOp(candidate))
                    op = candidate;
            if (op.empty())
                return left;
            if (op == "@")
                failAt(peek(), "unsupported", "the '@' (matrix multiplication) operator is not supported");
            advance();
            ExprPtr right = operand();
            auto e = node(ExprKind::BinOp, *left);
            e->id = op;
            e->children.push_back(std::move(left));
            e->children.push_back(std::move(right));
            left = std::move(e);
        }
    }

    // sum: term (('+' | '-') term)*      term: factor (('*' | '/' | '//' | '%') factor)*
    ExprPtr sum() { return binaryLevel({"+", "-"}, [this] { return term(); }); }
    ExprPtr term() { return binaryLevel({"*", "/", "//", "%", "@"}, [this] { return factor(); }); }

    // factor: ('+' | '-') factor | power
    ExprPtr factor()
    {
        if (checkOp("-") || checkOp("+")) {
            const Token &start = advance();
            Depth depth(*this, start);
            ExprPtr operand = factor();
            auto e = node(ExprKind::UnaryOp, start);
            e->id = start.text;
            e->children.push_back(std::move(operand));
            return e;
        }
        if (checkOp("~"))
            failAt(peek(), "unsupported", "the '~' operator is not supported");
        return power();
    }

    // power: primary ['**' factor]
    ExprPtr power()
    {
        ExprPtr base = primary();
        if (!checkOp("**"))
            return base;
        advance();
        ExprPtr exponent = factor();
        auto e = node(ExprKind::BinOp, *base);
        e->id = "**";
        e->children.push_back(std::move(base));
        e->children.push_back(std::move(exponent));
        return e;
    }

    // primary: atom ('.' NAME | '(' arguments ')' | '[' slices ']')*
    ExprPtr primary()
    {
        ExprPtr e = atom();
        for (;;) {
            if (matchOp(".")) {
                if (!check(TokenKind::Name))
                    invalidSyntax();
                const Token &name = advance();
                auto a = node(ExprKind::Attribute, *e);
                a->id = name.text;
                a->children.push_back(std::move(e));
                e = std::move(a);
            } else if (checkOp("(")) {
                const Token &open = advance();
                Depth depth(*this, open);
                auto call = std::make_unique<Expr>();
                call->kind = ExprKind::Call;
                call->lineno = e->lineno;
                call->col_offset = e->col_offset;
                call->begin = e->begin;
                call->children.push_back(std::move(e));
                arguments(*call);
                call->end = previous().end;
                e = std::move(call);
            } else if (checkOp("[")) {
                const Token &open = advance();
                Depth depth(*this, open);
                ExprPtr index = slices();
                consumeOp("]", "expected ']'");
                auto s = node(ExprKind::Subscript, *e);
                s->children.push_back(std::move(e));
                s->children.push_back(std::move(index));
                e = std::move(s);
            } else {
                return e;
            }
        }
    }

    // arguments: (starred_expression | NAME '=' expression | expression)* ')'
    void arguments(Expr &call)
    {
        bool seenKeyword = false;
        while (!checkOp(")")) {
            if (checkOp("**"))
                failAt(peek(), "unsupported", "'**' (keyword unpacking) in a call is not supported");
            if (check(TokenKind::Name) && peek(1).kind == TokenKind::Op && peek(1).text == "=") {
                const Token &name = advance();
                advance();
                for (const Keyword &k : call.keywords)
                    if (k.arg == name.text)
                        failAt(name, "SyntaxError", "keyword argument repeated: " + name.text);
                call.keywords.push_back(Keyword{name.text, expression()});
                seenKeyword = true;
            } else {
                const Token &start = peek();
                ExprPtr argument = starOr([this] { return expression(); });
                if (checkName("for"))
                    failAt(peek(), "unsupported", "generator expressions are not supported (use a list comprehension)");
                if (seenKeyword && argument->kind != ExprKind::Starred)
                    failAt(start, "SyntaxError", "positional argument follows keyword argument");
                call.children.push_back(std::move(argument));
            }
            if (!matchOp(","))
                break;
        }
        consumeOp(")", "'(' was never closed");
    }

    // slices: slice (',' slice)* [',']    slice: [expression] ':' [expression] [':' [expression]] | expression
    ExprPtr slices()
    {
        const Token &start = peek();
        ExprPtr first = slice();
        if (!checkOp(","))
            return first;
        auto tuple = std::make_unique<Expr>();
        tuple->kind = ExprKind::Tuple;
        tuple->lineno = start.lineno;
        tuple->col_offset = start.col;
        tuple->begin = start.begin;
        tuple->children.push_back(std::move(first));
        while (matchOp(",")) {
            if (checkOp("]"))
                break;
            tuple->children.push_back(slice());
        }
        tuple->end = previous().end;
        return tuple;
    }

    ExprPtr slice()
    {
        const Token &start = peek();
        if (checkOp("..."))
            failAt(start, "unsupported", "'...' (Ellipsis) in an index is not supported");
        ExprPtr lower;
        if (!checkOp(":")) {
            lower = expression();
            if (!checkOp(":"))
                return lower;
        }
        advance();
        auto e = std::make_unique<Expr>();
        e->kind = ExprKind::Slice;
        e->lineno = start.lineno;
        e->col_offset = start.col;
        e->begin = start.begin;
        ExprPtr upper, step;
        if (!checkOp(":") && !checkOp(",") && !checkOp("]"))
            upper = expression();
        if (matchOp(":") && !checkOp(",") && !checkOp("]"))
            step = expression();
        e->children.push_back(std::move(lower));
        e->children.push_back(std::move(upper));
        e->children.push_back(std::move(step));
        e->end = previous().end;
        return e;
    }

    // atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | tuple | group | list | listcomp
    ExprPtr atom()
    {
        const Token &t = peek();
        if (t.kind == TokenKind::Name) {
            if (t.text == "True" || t.text == "False" || t.text == "None") {
                advance();
                auto e = node(ExprKind::Constant, t);
                e->constant = t.text == "None" ? Value{NoneValue{}} : Value{t.text == "True"};
                return e;
            }
            if (isKeyword(t.text))
                invalidSyntax();
            advance();
            auto e = node(ExprKind::Name, t);
            e->id = t.text;
            return e;
        }
        if (t.kind == TokenKind::Number) {
            advance();
            auto e = node(ExprKind::Constant, t);
            e->constant = number(t);
            return e;
        }
        if (t.kind == TokenKind::String || t.kind == TokenKind::FString)
            return strings();
        if (t.kind == TokenKind::Op && t.text == "(") {
            advance();
            if (matchOp(")")) {
                auto e = node(ExprKind::Tuple, t);
                return e;
            }
            ExprPtr first = starOr([this] { return expression(); });
            if (checkName("for"))
                failAt(peek(), "unsupported", "generator expressions are not supported (use a list comprehension)");
            if (matchOp(")")) {
                if (first->kind == ExprKind::Starred)
                    failAt(*first, "SyntaxError", "cannot use starred expression here");
                // A parenthesized expression spans its parentheses in get_source_segment terms
                // only for tuples; the inner node keeps its own position, as in Python.
                return first;
            }
            auto e = std::make_unique<Expr>();
            e->kind = ExprKind::Tuple;
            e->lineno = t.lineno;
            e->col_offset = t.col;
            e->begin = t.begin;
            e->children.push_back(std::move(first));
            while (matchOp(",")) {
                if (checkOp(")"))
                    break;
                e->children.push_back(starOr([this] { return expression(); }));
            }
            consumeOp(")", "'(' was never closed");
            e->end = previous().end;
            return e;
        }
        if (t.kind == TokenKind::Op && t.text == "[") {
            advance();
            auto e = std::make_unique<Expr>();
            e->kind = ExprKind::List;
            e->lineno = t.lineno;
            e->col_offset = t.col;
            e->begin = t.begin;
            if (!checkOp("]")) {
                ExprPtr first = starOr([this] { return expression(); });
                if (checkName("for")) {
                    e->kind = ExprKind::ListComp;
                    e->children.push_back(std::move(first));
                    while (matchName("for")) {
                        Comprehension comp;
                        comp.target = targetList();
                        if (!matchName("in"))
                            failAt(peek(), "SyntaxError", "expected 'in'");
                        comp.iter = disjunction();
                        while (matchName("if"))
                            comp.ifs.push_back(disjunction());
                        e->generators.push_back(std::move(comp));
                    }
                } else {
                    e->children.push_back(std::move(first));
                    while (matchOp(",")) {
                        if (checkOp("]"))
                            break;
                        e->children.push_back(starOr([this] { return expression(); }));
                    }
                }
            }
            consumeOp("]", "'[' was never closed");
            e->end = previous().end;
            return e;
        }
        invalidSyntax();
    }

    // Adjacent string literals concatenate; an f-string's fields are parsed as expressions so
    // that print(f"{x.shape}") runs them (their text is not needed: print output is not shown).
    ExprPtr strings()
    {
        const Token &start = peek();
        std::string text;
        std::vector<ExprPtr> fields;
        bool formatted = false;
        while (check(TokenKind::String) || check(TokenKind::FString)) {
            const Token &s = advance();
            if (s.kind == TokenKind::FString) {
                formatted = true;
                formatFields(s, fields);
            } else {
                text += s.text;
            }
        }
        auto e = node(formatted ? ExprKind::JoinedStr : ExprKind::Constant, start);
        if (formatted)
            e->children = std::move(fields);
        else
            e->constant = Value{text};
        return e;
    }

    void formatFields(const Token &token, std::vector<ExprPtr> &fields)
    {
        const std::string &body = token.text;
        for (size_t i = 0; i < body.size(); ++i) {
            if (body[i] == '{' && i + 1 < body.size() && body[i + 1] == '{') {
                ++i;
                continue;
            }
            if (body[i] != '{')
                continue;
            int depth = 0;
            size_t j = i + 1;
            for (; j < body.size(); ++j) {
                if (body[j] == '[' || body[j] == '(')
                    ++depth;
                else if (body[j] == ']' || body[j] == ')')
                    --depth;
                else if (depth == 0 && (body[j] == '}' || body[j] == '!' || body[j] == ':'))
                    break;
            }
            if (j >= body.size())
                failAt(token, "SyntaxError", "f-string: expecting '}'");
            std::string inner = body.substr(i + 1, j - i - 1);
            if (!inner.empty() && inner.back() == '=')
                inner.pop_back();
            try {
                Parser sub(inner, tokenize(inner));
                sub.m_depth = m_depth;
                ExprPtr e = sub.expressionList();
                if (!sub.check(TokenKind::Newline) && !sub.check(TokenKind::End))
                    sub.invalidSyntax();
                relocate(*e, token);
                fields.push_back(std::move(e));
            } catch (const SourceError &) {
                failAt(token, "SyntaxError", "f-string: invalid syntax");
            }
            while (j < body.size() && body[j] != '}')
                ++j;
            i = j;
        }
    }

    // An f-string field's nodes report the f-string's own position.
    static void relocate(Expr &e, const Token &token)
    {
        e.lineno = token.lineno;
        e.col_offset = token.col;
        e.begin = token.begin;
        e.end = token.end;
        for (auto &child : e.children)
            if (child)
                relocate(*child, token);
        for (auto &k : e.keywords)
            relocate(*k.value, token);
        for (auto &g : e.generators) {
            relocate(*g.target, token);
            relocate(*g.iter, token);
            for (auto &c : g.ifs)
                relocate(*c, token);
        }
    }

    Value number(const Token &t) const
    {
        std::string digits;
        for (char c : t.text)
            if (c != '_')
                digits += c;
        const bool isFloat = digits.find_first_of(".eE") != std::string::npos
                             && !(digits.size() > 1 && digits[0] == '0' && std::strchr("xX", digits[1]));
        if (isFloat)
            return Value{std::strtod(digits.c_str(), nullptr)};
        int base = 10;
        size_t skip = 0;
        if (digits.size() > 1 && digits[0] == '0' && std::isalpha(static_cast<unsigned char>(digits[1]))) {
            const char b = char(std::tolower(static_cast<unsigned char>(digits[1])));
            base = b == 'x' ? 16 : b == 'o' ? 8 : 2;
            skip = 2;
        } else if (digits.size() > 1 && digits[0] == '0' && digits.find_first_not_of('0') != std::string::npos) {
            failAt(t, "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
        }
        std::int64_t value = 0;
        const auto result = std::from_chars(digits.data() + skip, digits.data() + digits.size(), value, base);
        if (result.ec != std::errc() || result.ptr != digits.data() + digits.size())
            failAt(t, "limit", "integer literal " + t.text + " does not fit in 64 bits");
        return Value{value};
    }

    std::string_view m_source;
    std::vector<Token> m_tokens;
    size_t m_pos = 0;
    int m_depth = 0;
};

} // namespace

SourceFile parseSource(std::string_view source)
{
    if (source.size() > kMaxSourceBytes)
        throw SourceError("limit", "the file has " + std::to_string(source.size()) + " bytes; the app reads at most "
                                       + std::to_string(kMaxSourceBytes),
                          1, 1, {});
    SourceFile module;
    module.source = std::string(source);
    Parser parser(module.source, tokenize(module.source));
    module.body = parser.file();
    return module;
}

} // namespace ft::source
