// trace.cpp — shape propagation layer by layer, stopping where PyTorch would raise (see trace.h).
//
// The trace is shape-only: Module::outputShape never touches values, so any size traces. The
// top-level nn.Sequential's children are the layers (a nested Sequential is one layer, as in
// print(model)); a single module is layer 0. Speed matters because the playground re-traces on
// every keystroke: the layer list is reserved once, and each layer costs its output shape and its
// repr (the one string the trace must build).
#include "engine/trace.h"

#include "engine/modules_p.h"

#include <string>
#include <utility>

namespace ft {

namespace {

// Runs one layer on `input` and records it; false (with the failure filled in) when it raises.
// Each layer's input is the previous entry's output, so a layer costs one Shape, not two. A layer
// given a tuple (`tuple` non-null: an LSTM's result) raises what PyTorch raises, or passes the
// tuple on (nn.Identity).
bool traceLayer(ShapeTrace &trace, int index, const Module &layer, const Shape &input,
                const std::vector<ResultShape> *tuple, DType &dtype, bool &requiresGrad)
{
    try {
        if (!tuple) {
            for (PythonWarning &warning : layer.forwardWarnings(input))
                trace.warnings.push_back({index, TraceStage::Forward, std::move(warning)});
            dtype = layer.resultDtype(input, dtype);
        }
        Shape output;
        std::vector<ResultShape> outputs;
        if (tuple) {
            layer.acceptTuple();
            outputs = *tuple;
        } else if (layer.returnsTuple()) {
            outputs = layer.tupleShapes(input);
        } else {
            output = layer.recordedOutputShape(input, requiresGrad);
        }
        requiresGrad = layer.outputRequiresGrad(requiresGrad);
        if (output.size() > size_t(kMaxShapeRank)) {
            // Only nn.Unflatten adds dims; every layer keeps its shape, so the bound caps the cost.
            throwRuntimeError("too many dimensions: this output would have " + std::to_string(output.size())
                              + ", the app traces at most " + std::to_string(kMaxShapeRank));
        }
        LayerTrace &entry = trace.layers.emplace_back();
        entry.index = index;
        entry.output = std::move(output);
        entry.outputs = std::move(outputs);
        entry.module = layer.repr();
        entry.typeName = layer.typeName();
        entry.parameters = layer.parameterCount();
        return true;
    } catch (const TorchError &error) {
        trace.error = TraceFailure::from(error, index, TraceStage::Forward, layer.repr());
        return false;
    }
}

void addConstructionWarnings(ShapeTrace &trace, int index, const Module &layer)
{
    for (PythonWarning &warning : layer.constructionWarnings())
        trace.warnings.push_back({index, TraceStage::Construct, std::move(warning)});
}

} // namespace

ShapeTrace traceModule(const Shape &input, const Module &model, DType dtype)
{
    ShapeTrace trace;
    trace.input = input;
    trace.dtype = dtype;
    bool requiresGrad = false; // the input is torch.zeros(input), autograd on
    if (model.typeName() == "Sequential") {
        const std::vector<ModulePtr> children = model.children();
        for (size_t i = 0; i < children.size(); ++i)
            addConstructionWarnings(trace, int(i), *children[i]);
        trace.layers.reserve(children.size());
        for (size_t i = 0; i < children.size(); ++i) {
            // Read the previous output by index: emplace_back never reallocates after reserve.
            const LayerTrace *previous = i == 0 ? nullptr : &trace.layers.back();
            const Shape &current = previous ? previous->output : trace.input;
            const bool tuple = previous && !previous->outputs.empty();
            if (!traceLayer(trace, int(i), *children[i], current, tuple ? &previous->outputs : nullptr, dtype,
                            requiresGrad))
                return trace;
        }
    } else if (addConstructionWarnings(trace, 0, model); !traceLayer(trace, 0, model, trace.input, nullptr, dtype, requiresGrad)) {
        return trace;
    }
    if (!trace.layers.empty() && !trace.layers.back().outputs.empty())
        trace.outputs = trace.layers.back().outputs;
    else
        trace.output = trace.layers.empty() ? trace.input : trace.layers.back().output;
    return trace;
}

ShapeTrace traceModel(const Shape &input, std::string_view modelText, DType dtype)
{
    ModulePtr model;
    try {
        model = parseModel(modelText);
    } catch (const ConstructError &error) {
        ShapeTrace trace;
        trace.input = input;
        trace.dtype = dtype;
        trace.error = TraceFailure::from(error, error.index(), TraceStage::Construct);
        for (const auto &[index, warning] : error.warnings())
            trace.warnings.push_back({index, TraceStage::Construct, warning});
        return trace;
    }
    return traceModule(input, *model, dtype);
}

} // namespace ft
