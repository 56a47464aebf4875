// source_trace.cpp — see source_trace.h: parse, run the module, build the model, run forward,
// then derive the batch-changed warning and the diagnosis from the recorded steps.
#include "engine/source/source_trace.h"

#include "engine/error.h"
#include "engine/source/interpreter_p.h"
#include "engine/source/parser_p.h"

#include <algorithm>

namespace ft::source {

namespace {

std::string fixFor(const std::string &op)
{
    if (op == "squeeze" || op == "torch.squeeze")
        return "Squeeze only the dims you mean, never the batch: x.squeeze(-1) for a trailing size-1 dim, or "
               "torch.flatten(x, 1) to flatten everything after the batch.";
    if (op == "unsqueeze" || op == "torch.unsqueeze")
        return "Insert new dims after the batch (x.unsqueeze(1)), so dim 0 stays the batch.";
    return "Keep the batch as dim 0 and flatten the rest: torch.flatten(x, 1) or x.view(x.size(0), -1) "
           "(nn.Flatten() does the same).";
}

SourceWarning batchWarning(const SourceStep &step, Dim batch)
{
    const SourceStep::BatchChange &change = *step.batchChange;
    std::string after;
    if (change.after.empty())
        after = "a 0-d tensor with no batch dim at all";
    else
        after = std::to_string(change.after[0]) + " rows";
    std::string message = "line " + std::to_string(step.line) + ": the batch of " + std::to_string(batch)
                          + " became " + after + " here: " + step.code + " turned " + formatShape(change.before)
                          + " into " + formatShape(change.after) + ". PyTorch raises nothing, but dim 0 is no longer "
                          + "one row per sample: values of different samples are now mixed into one row, or spread "
                          + "over several, so the loss pairs outputs with the wrong labels (or fails later on a batch "
                          + "size mismatch) and training quietly learns garbage. " + fixFor(step.op);
    return SourceWarning{step.line, "batch-changed", std::move(message)};
}

// The engine's diagnosis of the module call that raised: re-traced on its input, so the failure
// carries the layer index (inside an nn.Sequential) and the typed details the hint is built from.
Diagnosis diagnose(const SourceTrace &trace, const ModulePtr &module, const std::optional<Shape> &input, int builtAtLine)
{
    if (!trace.error)
        return {};
    Diagnosis d;
    if (module && input) {
        const ShapeTrace shapes = traceModule(*input, *module);
        if (shapes.error)
            d = diagnoseTrace(shapes, *module);
    }
    if (d.empty()) {
        const SourceFailure &error = *trace.error;
        ShapeTrace shapes;
        shapes.input = trace.input;
        shapes.error = TraceFailure{0, error.stage, error.type, error.message, {}, error.kind, error.details};
        d = diagnoseTrace(shapes);
    }
    // A hint about a layer's arguments (in_features, in_channels) is a change where the layer is
    // built, which is usually not the line that called it.
    if (!d.hint.empty() && builtAtLine > 0 && builtAtLine != trace.error->line)
        d.hint = "Line " + std::to_string(builtAtLine) + " (where this layer is built, called at line "
                 + std::to_string(trace.error->line) + "): " + d.hint;
    else if (!d.hint.empty() && trace.error->line > 0)
        d.hint = "Line " + std::to_string(trace.error->line) + ": " + d.hint;
    return d;
}

} // namespace

SourceTrace traceSource(const Shape &input, std::string_view source, const std::string &className)
{
    SourceTrace trace;
    trace.input = input;
    const SourceFile module = parseSource(source);
    Interpreter interpreter(module);
    TraceStage stage = TraceStage::Construct;
    try {
        interpreter.runModule();
        const Object model = interpreter.buildModel(className);
        stage = TraceStage::Forward;
        const std::optional<Dim> batch = input.empty() ? std::nullopt : std::optional<Dim>(input[0]);
        const Object result = interpreter.callForward(model, Tensor::shapeOnly(input), batch);
        trace.succeeded = true;
        if (const std::optional<ResultShape> shapes = resultShapeOf(result)) {
            appendLeafShapes(*shapes, trace.outputs);
            trace.outputIsTuple = shapes->isTuple;
            trace.outputItems = shapes->items;
        } else {
            trace.returnedType = typeName(result);
        }
    } catch (const PythonError &error) {
        trace.error = SourceFailure{stage, error.type(), error.message(), error.line(), error.kind(), error.details()};
    }
    trace.steps = interpreter.steps();
    for (const SourceStep &step : trace.steps) {
        if (step.batchChange) {
            trace.warnings.push_back(batchWarning(step, input[0]));
            break;
        }
    }
    if (trace.warnings.empty() && interpreter.failedCallWarning())
        trace.warnings.push_back(batchWarning(*interpreter.failedCallWarning(), input[0]));
    trace.pytorchWarnings = interpreter.pythonWarnings();
    trace.diagnosis = trace.error ? diagnose(trace, interpreter.failingModule(), interpreter.failingInput(),
                                             interpreter.failingModuleLine())
                                  : Diagnosis{};
    return trace;
}

std::optional<FlattenReport> flattenOf(const SourceStep &step)
{
    static const std::vector<std::string> reshapes{"torch.flatten", "flatten", "view", "reshape", "torch.reshape"};
    const bool reshaping = std::find(reshapes.begin(), reshapes.end(), step.op) != reshapes.end()
                           || step.op.starts_with("Flatten(");
    if (!reshaping || !step.input || step.tuple || step.outputs.size() != 1)
        return std::nullopt;
    const Dim rank = Dim(step.input->size());
    std::optional<FlattenReport> widest;
    for (Dim start = 0; start < std::max<Dim>(rank, 1); ++start) {
        for (Dim end = start; end < std::max<Dim>(rank, 1); ++end) {
            FlattenReport report = explainFlatten(*step.input, start, end);
            if (report.output == step.outputs[0] && (!widest || end - start > widest->mergedCount() - 1))
                widest = std::move(report);
        }
    }
    return widest;
}

} // namespace ft::source
