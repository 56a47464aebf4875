// claim.h — a result the course states (a shape, PyTorch's error, view or copy), written in one
// line that the engine (here and in check-content) and real PyTorch (the golden run) both check.
//
//     32, 3, 28, 28 | nn.Flatten() -> (32, 2352)
//     32, 3, 28, 28 | nn.Flatten(dim=0) -> TypeError: Flatten.__init__() got an unexpected keyword argument 'dim'
//     2, 3, 4, 5 | x.permute(0, 2, 3, 1).flatten(1, 2) -> (2, 20, 3) view
//     () | nn.Flatten(0) -> Flatten(start_dim=0, end_dim=-1)
//     skip(the engine has no memory formats): 8, 3, 28, 28 | x.to(memory_format=torch.channels_last).flatten(1) -> (8, 2352) copy
//
//     std::optional<Claim> c = parseClaim(line, file, problems);
//     if (c && !c->skipped() && claimActual(*c) != c->expected) report(file, c->line, ...);
//
// The left side is the input shape. A model claim runs an expression the engine parses (as a
// playground does) on zeros of that shape. A tensor claim starts with `x` (an arange of that
// shape): a chain of .flatten/.view/.reshape/.permute/.transpose/.unflatten/.squeeze/.unsqueeze/
// .contiguous calls,
// or torch.flatten(x, ...); its result ends in "view" (shares x's memory) or "copy". A `skip(...)`
// claim is checked only by PyTorch; the reason is shown by the test suite. The file formats are
// documented in lessons/README.md and quizzes/README.md.
#pragma once

#include "content/content_file.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ft::content {

struct Claim
{
    QString filePath;
    int line = 0;          // 1-based line of the claim
    QString inputText;     // "32, 3, 28, 28"
    ft::Shape input;
    QString expression;    // "nn.Flatten()" or "x.permute(0, 2, 3, 1).flatten(1, 2)"
    QString expected;      // "(32, 2352)", "RuntimeError: ...", "(2, 20, 3) view"
    QString skipReason;    // non-empty: only PyTorch checks it (the engine cannot yet)

    bool skipped() const { return !skipReason.isEmpty(); }
    bool isTensorClaim() const;
    // A model claim whose result is neither a shape nor an error: what print(model) shows, its
    // lines joined with " | " ("Flatten(start_dim=1, end_dim=-1)").
    bool isReprClaim() const;
    QString location() const { return QStringLiteral("%1:%2").arg(filePath).arg(line); }
};

// Parses one claim line; nullopt with a problem (file:line:column) when it is malformed.
std::optional<Claim> parseClaim(const ContentLine &line, const QString &filePath, ContentProblems &problems);

// What the engine answers, in the claim's notation ("(32, 2352)", "IndexError: ...",
// "(2, 20, 3) view"). Throws ft::ParseError for a model expression that is not valid syntax and
// std::invalid_argument for a tensor expression the claim syntax does not know.
QString claimActual(const Claim &claim);

// Runs every claim through the engine; each disagreement or bad expression is a problem at the
// claim's line. Skipped claims are left to PyTorch.
void checkClaims(const QList<Claim> &claims, ContentProblems &problems);

// The results `text` states that no claim backs: each shape written as a tuple ("(32, 2352)",
// "(75264,)") that is neither an input or result of `claims` nor in `given`, and each
// "SomeError: ..." that does not begin with one claim's whole error result. Empty when everything
// the text states is checked.
QStringList uncheckedResults(const QString &text, const QList<Claim> &claims, const QStringList &given = {});

// An error that a paragraph of prose quotes: where it starts in the paragraph, and the quote.
struct QuotedError
{
    qsizetype offset = 0;
    QString text;
};

// The errors a paragraph of prose (its lines joined with spaces, since a quote may wrap) quotes
// that no claim's error result backs: a `SomeError: ...` in backticks must begin a claim's error
// (the quote may stop early, or end in "..."); a message in backticks without its type (at least
// three words of English, not code or a tuple: `shapes cannot be multiplied`) must be part of one;
// and a `SomeError: ...` outside backticks must continue with a claim's whole error.
QList<QuotedError> uncheckedQuotedErrors(const QString &paragraph, const QList<Claim> &claims);

} // namespace ft::content
