// question.h — one practice question and the bank it belongs to.
//
//     const ft::content::Question *q = library.question(QStringLiteral("flatten-output-16"));
//     view->setStem(q->stem);                       // Markdown, may hold ```python code blocks
//     for (const ft::content::Option &o : q->options) addButton(o.text);
//     // after the learner picks option i:
//     showFeedback(q->options[i].feedback, q->options[i].correct); showSolution(q->solution);
//
// Two kinds. A *choice* question is written in full by its author. A *shape* question names an
// input shape and a model (or start_dim/end_dim for a plain Flatten); the engine computes the right
// answer (an output shape or PyTorch's error) and distractors from real mistakes (flattening the
// batch, forgetting the batch, adding instead of multiplying, ...). The file format is documented
// in quizzes/README.md. Plain value types, QtCore only.
#pragma once

#include "content/claim.h"
#include "content/content_problem.h"
#include "engine/shape.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ft::content {

enum class QuestionKind { Choice, Shape };

struct Option
{
    QString text;          // Markdown inline text, e.g. "`(16, 2352)`" or "To turn each sample into a vector"
    QString feedback;      // why it is right, or which mistake it reflects (never empty)
    bool correct = false;  // several options of a choice question may be correct
    int line = 0;          // 1-based line in the bank file (0 for options the engine generated)
};

// What the engine says a shape question's model does with its input.
struct EngineAnswer
{
    std::optional<ft::Shape> shape; // the output shape, when the forward pass succeeds
    QString errorType;              // else PyTorch's exception class, e.g. "RuntimeError"
    QString errorMessage;           // and PyTorch's exact message
    QString trace;                  // one line per layer: "Flatten(start_dim=1, end_dim=-1) -> (16, 2352)"
    int line = 0;                   // source questions: the line of the class that raised (0: none)

    bool isError() const { return !shape.has_value(); }
    // "(16, 2352)" or "RuntimeError: mat1 and mat2 shapes cannot be multiplied (16x2352 and 1000x10)"
    QString text() const;
};

struct Question
{
    QString id;               // [a-z0-9-], unique across all banks and folders
    QuestionKind kind = QuestionKind::Choice;
    QString stem;             // Markdown; may contain fenced code blocks
    QList<Option> options;    // 2 to 6; at least one correct
    QStringList solution;     // step-by-step solution, one Markdown paragraph per step (at least 1)
    QString quickCheck;       // one line to remember, e.g. "Flatten output = (batch, product of the rest)"
    QStringList mistakes;     // common mistakes, one line each (at least 1)
    int difficulty = 1;       // 1 (easiest) to 5 (hardest)
    QStringList tags;         // free words, e.g. {"seed", "batch"}
    QString lessonId;         // the lesson it practises (must name an existing lesson)
    QString bankId;           // the bank it came from
    QString filePath;         // bank file
    int line = 0;             // 1-based line of its "## id" heading
    bool fixedOrder = false;  // options are always shown in file order ("order: fixed"), e.g. for
                              // "all of the above"; otherwise each attempt shuffles them

    // Shape questions only (empty for choice questions unless the author adds an engine check):
    QString inputText;                // "16, 3, 28, 28"
    ft::Shape inputShape;             // parsed input
    QString model;                    // engine expression; empty means nn.Flatten(start_dim, end_dim)
    std::optional<qint64> startDim;   // only without model
    std::optional<qint64> endDim;     // only without model
    QString source;                   // source questions: the stem's ```python block, run by the engine
    QString sourceClass;              // and the class to build ("source: Net")
    QList<Claim> claims;              // '### Claims': what the feedback states, checked by the engine and PyTorch
    // Shapes and errors an option, its feedback or a solution step states that neither the engine's
    // trace nor a claim backs. Not a load problem (a bank imported from Moodle may state such
    // things); the bundled course must have none (ContentClaimsTest).
    QList<ContentProblem> uncheckedStatements;
    std::optional<EngineAnswer> answer; // what the engine computed (set for shape questions and
                                        // for choice questions with an `input:` + `model:` check)

    bool isMultipleAnswer() const
    {
        int count = 0;
        for (const Option &option : options)
            count += option.correct ? 1 : 0;
        return count > 1;
    }
    QList<int> correctIndexes() const
    {
        QList<int> indexes;
        for (int i = 0; i < options.size(); ++i) {
            if (options.at(i).correct)
                indexes << i;
        }
        return indexes;
    }
    bool isSourceQuestion() const { return !sourceClass.isEmpty(); }
    // The model the engine runs: `model`, or nn.Flatten(start_dim=S, end_dim=E) (defaults 1, -1).
    QString effectiveModel() const
    {
        if (!model.isEmpty())
            return model;
        return QStringLiteral("nn.Flatten(start_dim=%1, end_dim=%2)").arg(startDim.value_or(1)).arg(endDim.value_or(-1));
    }
};

struct QuestionBank
{
    QString id;               // [a-z0-9-], from the file's header
    QString title;            // shown in the quiz list
    QString filePath;
    QList<Question> questions; // in file order
    // Things a teacher should fix that do not stop a question from loading ("…: warning: …"),
    // e.g. a shape question whose text hides its input or model.
    ContentProblems warnings;
};

} // namespace ft::content
