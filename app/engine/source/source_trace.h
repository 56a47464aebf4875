// source_trace.h — "what does PyTorch do with this model class on this input?", for a learner's
// own .py file (CONTRACT-trace.md, "Tracing a learner's own model source").
//
//     auto t = ft::source::traceSource({4, 3, 32, 32}, text);        // throws SourceError only
//     t.steps[0].line == 17;  t.steps[0].op == "Conv2d(3, 6, kernel_size=(5, 5), stride=(1, 1))";
//     t.warnings[0].kind == "batch-changed";  t.error->line;  t.diagnosis.hint;
//
// The model is the module-level `model` if there is one, else the class named `className`, else
// the last nn.Module subclass defined, built with no arguments; forward runs on torch.zeros(input)
// in eval mode under no_grad. Steps, the warning and the diagnosis are computed here once, so the
// CLI, the GUI and the tests read one trace.
#pragma once

#include "engine/diagnosis.h"
#include "engine/shape.h"
#include "engine/source/source_error.h"
#include "engine/trace.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ft::source {

// One tensor-producing call the learner's code made, in the order it ran.
struct SourceStep
{
    int line = 0;                  // 1-based line of the call
    std::string code;              // the call's source text
    std::string op;                // a module's repr, or "torch.flatten", "F.relu", "view"
    std::vector<Shape> outputs;    // one shape, or one per tensor of a tuple result, in order
    bool tuple = false;            // the result was a tuple
    std::vector<ResultShape> items; // a tuple's items as nested as PyTorch nests them (an LSTM's
                                    // (output, (h_n, c_n))); empty for a tensor
    std::optional<Shape> input;    // the tensor the op ran on (self, or the first tensor argument)
    // Set when this call reshaped the model's batch away from dim 0 (see CONTRACT-trace.md,
    // "batch-changed"): the shapes before and after, and which reshaping op did it.
    struct BatchChange { Shape before; Shape after; std::string op; };
    std::optional<BatchChange> batchChange;
};

struct SourceFailure
{
    TraceStage stage = TraceStage::Forward; // Construct: module level and building the model
    std::string type;    // Python exception class
    std::string message; // first line, exactly
    int line = 0;        // the learner's line Python's traceback shows last (0: none, e.g. Module internals)
    ErrorKind kind = ErrorKind::Generic; // what went wrong, and the values the message names
    ErrorDetails details;
};

struct SourceWarning
{
    int line = 0;
    std::string kind;    // "batch-changed"; for pytorchWarnings the category ("UserWarning")
    std::string message;
};

struct SourceTrace
{
    Shape input;
    std::vector<SourceStep> steps;
    std::vector<SourceWarning> warnings;        // what PyTorch stays silent about: batch-changed
    // What PyTorch warns itself (warnings.warn: nn.Softmax() without a dim, an LSTM's dropout with one
    // layer), each at the learner's line that led to it; kind is the category ("UserWarning").
    std::vector<SourceWarning> pytorchWarnings;
    // What forward returned, on success: one shape (a tensor), one per item (a tuple of tensors),
    // or none of them (returnedType then names what came back, e.g. "NoneType").
    bool succeeded = false;
    std::vector<Shape> outputs;
    bool outputIsTuple = false;
    std::vector<ResultShape> outputItems; // a tuple's items, nested (see SourceStep::items)
    std::string returnedType;
    std::optional<SourceFailure> error;
    Diagnosis diagnosis;  // for an error: what happened and what to change (mentions the line)
};

SourceTrace traceSource(const Shape &input, std::string_view source, const std::string &className = {});

// The flatten a step performed, for the GUI's Flatten animation: for a flatten, view or reshape
// step (any spelling, nn.Flatten included) whose output is torch.flatten(input, s, e) for some
// dims s..e, the engine's report of that flatten (the widest such range). None for other ops and
// for reshapes that re-cut dims instead of merging neighbours (x.view(-1, 400) mixing the batch).
std::optional<FlattenReport> flattenOf(const SourceStep &step);

} // namespace ft::source
