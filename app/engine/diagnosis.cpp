// diagnosis.cpp — see diagnosis.h.
//
// Diagnoses read the failure's ErrorKind and the values the engine recorded with it (ErrorDetails),
// the shapes around the failing layer and the layers' own arguments (Module::intArgument); never
// PyTorch's message text, which is only shown. A kind we have no words for falls through to a
// neutral explanation instead of a wrong one.
#include "engine/diagnosis.h"

#include "engine/error.h"
#include "engine/module_args_p.h"

#include <algorithm>

namespace ft {

namespace {

// "all 32 samples become one long vector", worded for any batch: "both samples", "its one sample".
std::string batchBecomesOneVector(Dim batch)
{
    if (batch == 0)
        return "the empty batch becomes one empty vector";
    if (batch == 1)
        return "its one sample becomes one long vector with no batch dim";
    if (batch == 2)
        return "both samples become one long vector";
    return "all " + std::to_string(batch) + " samples become one long vector";
}

std::string str(Dim value) { return std::to_string(value); }

std::string plural(Dim count, const std::string &word)
{
    return str(count) + " " + word + (count == 1 ? "" : "s");
}

std::string rangeText(Dim minDim, Dim maxDim) { return str(minDim) + " to " + str(maxDim); }

using Layers = std::vector<const Module *>;

const Module *layerAt(const Layers &layers, int index)
{
    return index >= 0 && size_t(index) < layers.size() ? layers[size_t(index)] : nullptr;
}

std::optional<Dim> intArgument(const Layers &layers, int index, std::string_view name)
{
    const Module *layer = layerAt(layers, index);
    return layer ? layer->intArgument(name) : std::nullopt;
}

// The shape that went into layer `index`: the trace input, or the output of the layer before it.
std::optional<Shape> inputOfLayer(const ShapeTrace &trace, int index)
{
    if (index == 0)
        return trace.input;
    for (const LayerTrace &layer : trace.layers) {
        if (layer.index == index - 1)
            return layer.output;
    }
    return std::nullopt;
}

// Nearest Flatten before layer `index`, with its own index.
std::optional<int> flattenBefore(const Layers &layers, int index)
{
    for (int i = index - 1; i >= 0; --i) {
        if (const Module *layer = layerAt(layers, i); layer && layer->typeName() == "Flatten")
            return i;
    }
    return std::nullopt;
}

Dim productFrom(const Shape &shape, size_t first)
{
    Dim product = 1;
    for (size_t i = first; i < shape.size(); ++i) {
        if (__builtin_mul_overflow(product, shape[i], &product))
            return -1;
    }
    return product;
}

// --- model diagnoses, one per PyTorch message family -------------------------------------------

Diagnosis linearMismatch(const ShapeTrace &trace, const Layers &layers, int index, Dim got, Dim expected)
{
    const std::optional<Shape> in = inputOfLayer(trace, index);
    const std::optional<Dim> outFeatures = intArgument(layers, index, "out_features");
    const std::optional<int> flatten = flattenBefore(layers, index);
    const std::string inText = in ? formatShape(*in) : std::string("its input");

    // start_dim=0 in front of a Linear: the batch went into the vector, so the input is 1-D.
    if (flatten && in && in->size() == 1) {
        const std::optional<Dim> startDim = intArgument(layers, *flatten, "start_dim");
        if (startDim && *startDim == 0) {
            Diagnosis d;
            d.explanation = "The Flatten at layer " + str(*flatten) + " has start_dim=0, so it also flattened the batch "
                            "dimension: every sample went into one vector of " + str(got) + " numbers";
            if (expected > 0 && got % expected == 0 && got != expected)
                d.explanation += " (" + str(got / expected) + " x " + str(expected) + ")";
            d.explanation += ". The Linear layer then sees a single row of " + str(got) + " instead of one row of "
                             + str(expected) + " per sample.";
            d.hint = "start_dim=0 also flattens the batch dimension; use nn.Flatten() (start_dim=1).";
            return d;
        }
    }

    // A Linear straight after a convolution: it multiplies only the last dimension.
    if (in && in->size() >= 3) {
        const Dim perSample = productFrom(*in, 1);
        Diagnosis d;
        d.explanation = "Linear works on the last dimension only. Its input " + inText + " still has "
                        + plural(Dim(in->size()), "dimension") + ", so it reads rows of " + str(got)
                        + " numbers, but it was built with in_features=" + str(expected) + ".";
        d.hint = "Add nn.Flatten() before this Linear: it turns " + inText + " into (" + str((*in)[0]) + ", "
                 + str(perSample) + ")";
        d.hint += perSample == expected ? ", which matches in_features=" + str(expected) + "."
                                        : "; then set in_features=" + str(perSample) + ".";
        return d;
    }

    Diagnosis d;
    d.explanation = "The Linear layer receives rows of " + str(got) + " numbers (its input is " + inText
                    + "), but it was built with in_features=" + str(expected) + ".";
    d.hint = "Linear expects in_features=" + str(got) + "; you wrote " + str(expected) + ".";
    std::string how;
    if (flatten && *flatten == index - 1) {
        // Show where the number comes from: the product of the dims the Flatten merged.
        const std::optional<Shape> flattenIn = inputOfLayer(trace, *flatten);
        const Dim startDim = intArgument(layers, *flatten, "start_dim").value_or(1);
        const Dim endDim = intArgument(layers, *flatten, "end_dim").value_or(-1);
        if (flattenIn && flattenIn->size() >= 2) {
            try {
                const Dim rank = Dim(flattenIn->size());
                const Dim first = wrapDim(startDim, rank);
                const Dim last = wrapDim(endDim, rank);
                if (first < last && last == rank - 1)
                    how = " (" + productFormula(*flattenIn, first, last) + ", from " + formatShape(*flattenIn) + ")";
            } catch (const TorchError &) {
            }
        }
    }
    d.hint += " Write nn.Linear(" + str(got) + (outFeatures ? ", " + str(*outFeatures) : std::string(", ...")) + ")" + how + ".";
    return d;
}

Diagnosis channelMismatch(const ShapeTrace &trace, const Layers &layers, int index, Dim expected, Dim got)
{
    const Module *layer = layerAt(layers, index);
    const std::string type = layer ? layer->typeName() : std::string("convolution");
    Diagnosis d;
    const std::optional<Shape> in = inputOfLayer(trace, index);
    d.explanation = "This " + type + " was built for " + plural(expected, "input channel") + ", but its input "
                    + (in ? formatShape(*in) + " " : std::string()) + "has " + plural(got, "channel")
                    + " (the channel dimension comes right after the batch).";
    d.hint = std::string(index == 0 ? "The input has " : "The previous layer gives ") + plural(got, "channel")
             + "; set in_channels=" + str(got) + ".";
    return d;
}

Diagnosis wrongRank(const Layers &layers, int index, const ErrorDetails &error)
{
    const Dim rank = Dim(error.input.size());
    const Dim unbatched = error.low;
    Diagnosis d;
    d.explanation = error.function + " works on " + str(unbatched) + "-D (unbatched) or " + str(error.high)
                    + "-D (batched) tensors, but it got a " + str(rank) + "-D tensor [" + joinSizes(error.input, ", ") + "].";
    if (rank < unbatched && flattenBefore(layers, index))
        d.hint = "A Flatten before this layer already turned each image into a vector; move nn.Flatten() after the "
                 "last convolution or pooling layer, right before the first Linear.";
    else if (rank < unbatched)
        d.hint = "Give the input the dimensions this layer needs, for example (N, C, H, W) for conv2d.";
    else
        d.hint = "Remove the extra dimensions first (or use the matching layer: Conv1d for 3-D, Conv2d for 4-D, "
                 "Conv3d for 5-D input).";
    return d;
}

Diagnosis dimOutOfRange(Dim minDim, Dim maxDim, Dim got, const std::string &what)
{
    const Dim rank = maxDim + 1;
    Diagnosis d;
    if (what == "start_dim" && got == 1 && rank == 1) {
        d.explanation = "There is no dim 1 here: the tensor has a single dim (dim 0). nn.Flatten() starts at "
                        "start_dim=1 because it keeps dim 0 as the batch.";
        d.hint = "Give the input a batch dimension, e.g. (1, N), or flatten from dim 0 (torch.flatten(x) or "
                 "nn.Flatten(0)).";
        return d;
    }
    d.explanation = "A tensor with " + plural(rank, "dim") + " numbers its dims 0 to " + str(maxDim) + ", or "
                    + str(minDim) + " to -1 counting from the end. " + (what.empty() ? std::string("The dim") : what)
                    + " " + str(got) + (got > maxDim ? " points past the last dim." : " points before the first dim.");
    d.hint = "Use " + (what.empty() ? std::string("a dim") : what) + " in the valid range " + rangeText(minDim, maxDim)
             + "; the last dim is " + str(maxDim) + " or -1.";
    return d;
}

// flatten's start_dim (wrapped: start) comes after its end_dim (wrapped: end): one wording for the
// flatten playground and for an nn.Flatten in a model.
Diagnosis startAfterEnd(Dim startDim, Dim endDim, Dim start, Dim end)
{
    Diagnosis d;
    d.explanation = "start_dim=" + str(startDim) + " is dim " + str(start) + " and end_dim=" + str(endDim) + " is dim "
                    + str(end) + ": flatten merges the dims from start_dim up to end_dim, and here the start comes "
                                 "after the end.";
    d.hint = "Swap them (start_dim=" + str(endDim) + ", end_dim=" + str(startDim)
             + "), or use end_dim=-1 to merge up to the last dim.";
    return d;
}

Diagnosis constructError(const TraceFailure &failure)
{
    const ErrorDetails &error = failure.details;
    Diagnosis d;
    if (failure.kind == ErrorKind::UnexpectedKeyword && !error.arguments.empty()) {
        const std::string &type = error.function, &arg = error.arguments.front();
        d.explanation = "nn." + type + " has no argument called '" + arg + "'.";
        if (type == "Flatten" && arg == "input_shape")
            d.hint = "nn.Flatten never needs the input shape; it works it out from the data. Write nn.Flatten() "
                     "(or nn.Flatten(start_dim=1, end_dim=-1)).";
        else if (type == "Flatten")
            d.hint = "nn.Flatten takes start_dim and end_dim, e.g. nn.Flatten(start_dim=1).";
        else
            d.hint = "Check the argument's spelling against nn." + type + "'s parameters.";
        return d;
    }
    if (failure.kind == ErrorKind::MissingArgument) {
        const std::string &type = error.function;
        d.explanation = "nn." + type + " cannot be built without " + quoteList(error.arguments) + ".";
        if (type == "Linear")
            d.hint = "Write nn.Linear(in_features, out_features), e.g. nn.Linear(2352, 10).";
        else if (type == "Conv2d")
            d.hint = "Write nn.Conv2d(in_channels, out_channels, kernel_size), e.g. nn.Conv2d(3, 16, 3).";
        else
            d.hint = "Pass the missing argument to nn." + type + ".";
        return d;
    }
    if (failure.kind == ErrorKind::NoCuda) {
        d.explanation = "device= asks for a GPU (an int device or 'cuda'), and the PyTorch this app follows runs "
                        "on the CPU only, as Debian's python3-torch does.";
        d.hint = "Leave device out (or write device='cpu'); shapes and errors are the same on every device.";
        return d;
    }
    d.explanation = "PyTorch refused to build this layer with these arguments.";
    return d;
}

} // namespace

std::string productFormula(const Shape &shape, Dim first, Dim last)
{
    if (first < 0 || last >= Dim(shape.size()) || first > last)
        return {};
    std::string text;
    Dim product = 1;
    bool overflow = false;
    for (Dim i = first; i <= last; ++i) {
        if (i > first)
            text += " x ";
        text += str(shape[size_t(i)]);
        overflow = overflow || __builtin_mul_overflow(product, shape[size_t(i)], &product);
    }
    if (first == last)
        return text;
    return text + " = " + (overflow ? std::string("(too large for int64)") : str(product));
}

FlattenReport explainFlatten(const Shape &input, Dim startDim, Dim endDim)
{
    FlattenReport r;
    r.input = input;
    r.startDim = startDim;
    r.endDim = endDim;
    const Dim rank = Dim(input.size());
    const DimRange range = dimRange(rank);
    r.minDim = range.low;
    r.maxDim = range.high;
    r.start = tryWrapDim(startDim, rank);
    r.end = tryWrapDim(endDim, rank);

    try {
        // torch.zeros refuses a negative size before flatten ever runs; say what it says.
        checkNoNegativeSizes(input);
        r.output = flattenShape(input, startDim, endDim);
    } catch (const TorchError &e) {
        r.errorType = e.type();
        r.errorMessage = e.message();
        const ErrorDetails &error = e.details();
        switch (e.kind()) {
        case ErrorKind::NegativeDimension:
            r.diagnosis.explanation = "A dimension's size counts elements, so it cannot be negative.";
            r.diagnosis.hint = "Use sizes of 0 or more, e.g. (32, 3, 28, 28).";
            break;
        case ErrorKind::DimOutOfRange:
            r.diagnosis = dimOutOfRange(error.low, error.high, error.got, error.got == startDim ? "start_dim" : "end_dim");
            break;
        case ErrorKind::StartAfterEnd:
            r.diagnosis = startAfterEnd(startDim, endDim, error.low, error.high);
            break;
        default:
            r.diagnosis.explanation = "The merged size does not fit in a 64-bit integer.";
            r.diagnosis.hint = "Use smaller sizes.";
            break;
        }
        return r;
    }

    if (rank == 0) {
        r.diagnosis.explanation = "A 0-d tensor holds a single number; flatten gives it one dim, so the shape "
                                  "becomes (1,).";
        return r;
    }
    if (*r.start == *r.end) {
        r.diagnosis.explanation = "start_dim and end_dim both name dim " + str(*r.start)
                                  + ", so there is nothing to merge: the shape stays " + formatShape(input) + ".";
        return r;
    }
    r.mergedProduct = productFormula(input, *r.start, *r.end);
    r.diagnosis.explanation = "Dims " + str(*r.start) + " to " + str(*r.end) + " merge into one dim: "
                              + r.mergedProduct + ". The values and their order stay the same; only the shape changes.";
    if (*r.start > 0)
        r.diagnosis.explanation += std::string(" Dim 0 (the batch, ") + str(input[0]) + ") stays as it is.";
    else if (rank >= 2)
        r.diagnosis.hint = "start_dim=0 also flattens the batch dimension: " + batchBecomesOneVector(input[0])
                           + ". Inside a model use nn.Flatten() (start_dim=1) to keep one row per sample.";
    return r;
}

namespace {

Diagnosis diagnoseFailure(const ShapeTrace &trace, const Layers &layers)
{
    const TraceFailure &failure = *trace.error;
    const ErrorDetails &error = failure.details;
    const int index = failure.index;

    if (failure.stage == TraceStage::Construct)
        return constructError(failure);

    switch (failure.kind) {
    case ErrorKind::MatmulShapeMismatch:
        return linearMismatch(trace, layers, index, error.got, error.expected);
    case ErrorKind::ChannelMismatch:
        return channelMismatch(trace, layers, index, error.expected, error.got);
    case ErrorKind::KernelTooLarge: {
        const std::string padded = joinSizes(error.input, " x ");
        Diagnosis d;
        d.explanation = "The kernel (" + joinSizes(error.other, " x ") + ") is larger than the input's height x width "
                        "after padding (" + padded + "), so there is no place to put it.";
        d.hint = "Use a kernel_size no larger than " + padded
                 + ", add padding, or give this layer a larger input (fewer pooling layers before it).";
        return d;
    }
    case ErrorKind::OutputTooSmall: {
        Diagnosis d;
        d.explanation = "The pooling window does not fit: the input (" + joinSizes(error.input, "x") + ") would shrink to ("
                        + joinSizes(error.other, "x") + "), which has no elements left.";
        d.hint = "Use a smaller kernel_size or stride, or give this layer a larger input.";
        return d;
    }
    case ErrorKind::RankMismatch:
        return wrongRank(layers, index, error);
    case ErrorKind::DimOutOfRange: {
        std::string what;
        if (const Module *layer = layerAt(layers, index); layer && layer->typeName() == "Flatten") {
            if (layer->intArgument("start_dim") == error.got)
                what = "start_dim";
            else if (layer->intArgument("end_dim") == error.got)
                what = "end_dim";
        }
        return dimOutOfRange(error.low, error.high, error.got, what);
    }
    case ErrorKind::TupleInput: {
        Diagnosis d;
        const bool askedForShape = error.arguments == std::vector<std::string>{"shape"};
        d.explanation = askedForShape ? "With return_indices=True, MaxPool2d returns a tuple (values, indices) instead of a "
                                        "tensor, so this layer has no single output shape."
                                      : "A MaxPool2d with return_indices=True before this layer returns a tuple (values, "
                                        "indices) instead of a tensor, and this layer cannot take a tuple.";
        d.hint = "Remove return_indices=True. The indices are only needed by nn.MaxUnpool2d; to keep them, call the "
                 "pool in your own forward() and unpack the tuple.";
        return d;
    }
    case ErrorKind::StartAfterEnd: {
        // The dims as the Flatten was written (error.low/high are the wrapped ones).
        const Module *layer = layerAt(layers, index);
        const std::optional<Dim> startDim = layer ? layer->intArgument("start_dim") : std::nullopt;
        const std::optional<Dim> endDim = layer ? layer->intArgument("end_dim") : std::nullopt;
        return startAfterEnd(startDim.value_or(error.low), endDim.value_or(error.high), error.low, error.high);
    }
    default:
        break;
    }

    Diagnosis d;
    const Module *layer = layerAt(layers, index);
    d.explanation = "Layer " + str(index) + (layer ? " (" + layer->typeName() + ")" : std::string()) + " raised "
                    + failure.type + " when the data reached it; the message above is PyTorch's own.";
    if (const std::optional<Shape> in = inputOfLayer(trace, index))
        d.explanation += " Its input was " + formatShape(*in) + ".";
    return d;
}

} // namespace

Diagnosis diagnoseTrace(const ShapeTrace &trace)
{
    return trace.error ? diagnoseFailure(trace, {}) : Diagnosis{};
}

Diagnosis diagnoseTrace(const ShapeTrace &trace, const Module &model)
{
    if (!trace.error)
        return {};
    // The layers as the trace numbers them: a Sequential's children (which it owns), or the module.
    Layers layers;
    if (model.typeName() != "Sequential")
        layers.push_back(&model);
    else
        for (const ModulePtr &child : model.children())
            layers.push_back(child.get());
    return diagnoseFailure(trace, layers);
}

} // namespace ft
