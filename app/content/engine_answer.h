// engine_answer.h — asks the engine what a question's model does, and builds the options of a
// shape question from that answer and from the mistakes learners really make.
//
//     ft::content::EngineRun run = ft::content::runEngine({16, 3, 28, 28}, QStringLiteral("nn.Flatten()"));
//     run.answer.text() == "(16, 2352)";
//     QList<Option> options = ft::content::shapeQuestionOptions(question, run, 4);
//     // "(16, 2352)" (correct), "(37632,)" (flattened the batch), "(2352,)" (forgot the batch), ...
//
// Nothing here writes a shape or an error text itself: every shape and message comes from the
// engine (ft::traceModel / ft::flattenShape), so the content cannot drift from PyTorch.
#pragma once

#include "content/question.h"

#include <QList>
#include <QString>

namespace ft::content {

// One module that ran, as the engine traced it.
struct EngineStep
{
    QString typeName;  // "Conv2d"
    QString repr;      // PyTorch's repr
    ft::Shape output;
};

struct EngineRun
{
    ft::Shape input;
    QList<EngineStep> steps;  // the modules that ran, in order
    QString failedModule;     // repr of the module that raised in forward (empty otherwise)
    bool constructFailed = false; // building the model raised, before any input arrived
    EngineAnswer answer;
    // Source questions (runSourceEngine): each step's line and code, the line PyTorch raises on
    // (answer.line) and the line where the batch silently stopped being dim 0 (0: none).
    QList<int> stepLines;
    QStringList sourceLines;      // the class's text, line by line
    int batchChangeLine = 0;
};

// Traces `model` over `input`. Throws ft::ParseError when the expression is not valid syntax.
EngineRun runEngine(const ft::Shape &input, const QString &model);

// Runs the class `className` of `source` (a learner's nn.Module) on `input` with
// ft::source::traceSource. Throws ft::source::SourceError for code the engine does not run, and
// std::invalid_argument when forward() returns something other than one tensor.
EngineRun runSourceEngine(const ft::Shape &input, const QString &source, const QString &className);

// Options for a shape question: the engine's answer (correct) plus up to count-1 distractors, the
// author's own ('- [ ]' options, kept first) then generated ones, never repeating a text. The
// order is shuffled deterministically from the question id, so it is stable between runs.
QList<Option> shapeQuestionOptions(const Question &question, const EngineRun &run, int count);

// Option text for a shape: "`(16, 2352)`"; for an error: "`RuntimeError: ...`".
QString optionTextForShape(const ft::Shape &shape);
QString optionTextForAnswer(const EngineAnswer &answer);
// For a source question: "Line 20 (`x = self.fc1(x)`) raises `RuntimeError: ...`" or "`(4, 10)`".
QString optionTextForSourceAnswer(const EngineRun &run);

} // namespace ft::content
