// diagnosis.cpp — see diagnosis.h.
//
// Diagnoses read PyTorch's exact messages (the engine raises them word for word) and the shapes
// around the failing layer. Messages are matched with anchored patterns so that a message we do
// not know falls through to a neutral explanation instead of a wrong one.
#include "diagnosis.h"

#include "error.h"

#include <algorithm>
#include <regex>
#include <sstream>

namespace ft {

namespace {

std::string str(Dim value) { return std::to_string(value); }

std::string plural(Dim count, const std::string &word)
{
    return str(count) + " " + word + (count == 1 ? "" : "s");
}

std::string rangeText(Dim minDim, Dim maxDim) { return str(minDim) + " to " + str(maxDim); }

// Integer value of `name=<int>` inside a repr such as "Flatten(start_dim=0, end_dim=-1)".
std::optional<Dim> keywordInt(const std::string &repr, const std::string &name)
{
    const std::regex pattern("[(, ]" + name + "=(-?[0-9]+)");
    std::smatch match;
    if (!std::regex_search(repr, match, pattern))
        return std::nullopt;
    return std::stoll(match[1].str());
}

std::string typeOfRepr(const std::string &repr) { return repr.substr(0, repr.find('(')); }

const std::string *reprAt(const std::vector<std::string> &reprs, int index)
{
    return index >= 0 && size_t(index) < reprs.size() ? &reprs[size_t(index)] : nullptr;
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
std::optional<int> flattenBefore(const std::vector<std::string> &reprs, int index)
{
    for (int i = index - 1; i >= 0; --i) {
        if (const std::string *repr = reprAt(reprs, i); repr && typeOfRepr(*repr) == "Flatten")
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

Diagnosis linearMismatch(const ShapeTrace &trace, const std::vector<std::string> &reprs, int index, Dim got, Dim expected)
{
    const std::optional<Shape> in = inputOfLayer(trace, index);
    const std::string *repr = reprAt(reprs, index);
    const std::optional<Dim> outFeatures = repr ? keywordInt(*repr, "out_features") : std::nullopt;
    const std::optional<int> flatten = flattenBefore(reprs, index);
    const std::string inText = in ? formatShape(*in) : std::string("its input");

    // start_dim=0 in front of a Linear: the batch went into the vector, so the input is 1-D.
    if (flatten && in && in->size() == 1) {
        const std::optional<Dim> startDim = keywordInt(reprs[size_t(*flatten)], "start_dim");
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
        const std::string &flattenRepr = reprs[size_t(*flatten)];
        const Dim startDim = keywordInt(flattenRepr, "start_dim").value_or(1);
        const Dim endDim = keywordInt(flattenRepr, "end_dim").value_or(-1);
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

Diagnosis channelMismatch(const ShapeTrace &trace, const std::vector<std::string> &reprs, int index, Dim expected,
                          Dim got)
{
    const std::string *repr = reprAt(reprs, index);
    const std::string type = repr ? typeOfRepr(*repr) : std::string("convolution");
    Diagnosis d;
    const std::optional<Shape> in = inputOfLayer(trace, index);
    d.explanation = "This " + type + " was built for " + plural(expected, "input channel") + ", but its input "
                    + (in ? formatShape(*in) + " " : std::string()) + "has " + plural(got, "channel")
                    + " (the channel dimension comes right after the batch).";
    d.hint = std::string(index == 0 ? "The input has " : "The previous layer gives ") + plural(got, "channel")
             + "; set in_channels=" + str(got) + ".";
    return d;
}

Diagnosis wrongRank(const std::vector<std::string> &reprs, int index, Dim unbatched, Dim batched, const std::string &op,
                    const std::string &sizes)
{
    const Dim rank = sizes.empty() ? 0 : Dim(std::count(sizes.begin(), sizes.end(), ',') + 1);
    Diagnosis d;
    d.explanation = op + " works on " + str(unbatched) + "-D (unbatched) or " + str(batched)
                    + "-D (batched) tensors, but it got a " + str(rank) + "-D tensor [" + sizes + "].";
    if (rank < unbatched && flattenBefore(reprs, index))
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

Diagnosis constructError(const std::string &message)
{
    static const std::regex unexpected(R"(^(\w+)\.__init__\(\) got an unexpected keyword argument '(\w+)')");
    static const std::regex missing(R"(^(\w+)\.__init__\(\) missing \d+ required positional arguments?: (.*)$)");
    std::smatch m;
    Diagnosis d;
    if (std::regex_search(message, m, unexpected)) {
        const std::string type = m[1].str(), arg = m[2].str();
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
    if (std::regex_search(message, m, missing)) {
        const std::string type = m[1].str();
        d.explanation = "nn." + type + " cannot be built without " + m[2].str() + ".";
        if (type == "Linear")
            d.hint = "Write nn.Linear(in_features, out_features), e.g. nn.Linear(2352, 10).";
        else if (type == "Conv2d")
            d.hint = "Write nn.Conv2d(in_channels, out_channels, kernel_size), e.g. nn.Conv2d(3, 16, 3).";
        else
            d.hint = "Pass the missing argument to nn." + type + ".";
        return d;
    }
    if (message == "Torch not compiled with CUDA enabled") {
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
    const Dim effectiveRank = rank == 0 ? 1 : rank;
    r.minDim = -effectiveRank;
    r.maxDim = effectiveRank - 1;
    if (startDim >= r.minDim && startDim <= r.maxDim)
        r.start = startDim < 0 ? startDim + effectiveRank : startDim;
    if (endDim >= r.minDim && endDim <= r.maxDim)
        r.end = endDim < 0 ? endDim + effectiveRank : endDim;

    for (Dim size : input) {
        // torch.zeros refuses such a shape before flatten ever runs; say what it says.
        if (size < 0) {
            std::string sizes;
            for (size_t i = 0; i < input.size(); ++i)
                sizes += (i ? ", " : "") + str(input[i]);
            r.errorType = "RuntimeError";
            r.errorMessage = "Trying to create tensor with negative dimension " + str(size) + ": [" + sizes + "]";
            r.diagnosis.explanation = "A dimension's size counts elements, so it cannot be negative.";
            r.diagnosis.hint = "Use sizes of 0 or more, e.g. (32, 3, 28, 28).";
            return r;
        }
    }

    try {
        r.output = flattenShape(input, startDim, endDim);
    } catch (const TorchError &e) {
        r.errorType = e.type();
        r.errorMessage = e.message();
        if (!r.start)
            r.diagnosis = dimOutOfRange(r.minDim, r.maxDim, startDim, "start_dim");
        else if (!r.end)
            r.diagnosis = dimOutOfRange(r.minDim, r.maxDim, endDim, "end_dim");
        else if (*r.start > *r.end) {
            r.diagnosis.explanation = "start_dim=" + str(startDim) + " is dim " + str(*r.start) + " and end_dim="
                                      + str(endDim) + " is dim " + str(*r.end)
                                      + ": flatten merges the dims from start_dim up to end_dim, and here the start "
                                        "comes after the end.";
            r.diagnosis.hint = "Swap them (start_dim=" + str(endDim) + ", end_dim=" + str(startDim)
                               + "), or use end_dim=-1 to merge up to the last dim.";
        } else {
            r.diagnosis.explanation = "The merged size does not fit in a 64-bit integer.";
            r.diagnosis.hint = "Use smaller sizes.";
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
        r.diagnosis.hint = "start_dim=0 also flattens the batch dimension: all " + str(input[0])
                           + " samples become one long vector. Inside a model use nn.Flatten() (start_dim=1) to keep "
                             "one row per sample.";
    return r;
}

Diagnosis diagnoseTrace(const ShapeTrace &trace, const std::vector<std::string> &layerReprs)
{
    if (!trace.error)
        return {};
    const TraceFailure &failure = *trace.error;
    const std::string &message = failure.message;
    const int index = failure.index;

    if (failure.stage == TraceStage::Construct)
        return constructError(message);

    static const std::regex matmul(R"(^mat1 and mat2 shapes cannot be multiplied \((\d+)x(\d+) and (\d+)x(\d+)\))");
    static const std::regex channels(
        R"(^Given groups=\d+, weight of size \[[^\]]*\], expected input\[[^\]]*\] to have (\d+) channels, but got (\d+) channels instead)");
    static const std::regex kernel(
        R"(^Calculated padded input size per channel: \((.*)\)\. Kernel size: \((.*)\)\. Kernel size can't be greater than actual input size)");
    static const std::regex pool(R"(^Given input size: \((.*)\)\. Calculated output size: \((.*)\)\. Output size is too small)");
    static const std::regex rank(R"(^Expected (\d)D \(unbatched\) or (\d)D \(batched\) input to (\w+), but got input of size: \[(.*)\])");
    static const std::regex range(R"(^Dimension out of range \(expected to be in range of \[(-?\d+), (-?\d+)\], but got (-?\d+)\))");
    std::smatch m;

    if (std::regex_search(message, m, matmul))
        return linearMismatch(trace, layerReprs, index, std::stoll(m[2].str()), std::stoll(m[3].str()));
    if (std::regex_search(message, m, channels))
        return channelMismatch(trace, layerReprs, index, std::stoll(m[1].str()), std::stoll(m[2].str()));
    if (std::regex_search(message, m, kernel)) {
        Diagnosis d;
        d.explanation = "The kernel (" + m[2].str() + ") is larger than the input's height x width after padding ("
                        + m[1].str() + "), so there is no place to put it.";
        d.hint = "Use a kernel_size no larger than " + m[1].str()
                 + ", add padding, or give this layer a larger input (fewer pooling layers before it).";
        return d;
    }
    if (std::regex_search(message, m, pool)) {
        Diagnosis d;
        d.explanation = "The pooling window does not fit: the input (" + m[1].str() + ") would shrink to ("
                        + m[2].str() + "), which has no elements left.";
        d.hint = "Use a smaller kernel_size or stride, or give this layer a larger input.";
        return d;
    }
    if (std::regex_search(message, m, rank))
        return wrongRank(layerReprs, index, std::stoll(m[1].str()), std::stoll(m[2].str()), m[3].str(), m[4].str());
    if (std::regex_search(message, m, range)) {
        std::string what;
        const Dim got = std::stoll(m[3].str());
        if (const std::string *repr = reprAt(layerReprs, index); repr && typeOfRepr(*repr) == "Flatten") {
            if (keywordInt(*repr, "start_dim") == got)
                what = "start_dim";
            else if (keywordInt(*repr, "end_dim") == got)
                what = "end_dim";
        }
        return dimOutOfRange(std::stoll(m[1].str()), std::stoll(m[2].str()), got, what);
    }
    if (message.ends_with("must be Tensor, not tuple") || message.starts_with("'tuple' object has no attribute")
        || message.starts_with("conv2d() received an invalid combination of arguments - got (tuple,")) {
        Diagnosis d;
        d.explanation = message == "'tuple' object has no attribute 'shape'"
                            ? "With return_indices=True, MaxPool2d returns a tuple (values, indices) instead of a "
                              "tensor, so this layer has no single output shape."
                            : "A MaxPool2d with return_indices=True before this layer returns a tuple (values, "
                              "indices) instead of a tensor, and this layer cannot take a tuple.";
        d.hint = "Remove return_indices=True. The indices are only needed by nn.MaxUnpool2d; to keep them, call the "
                 "pool in your own forward() and unpack the tuple.";
        return d;
    }
    if (message == "flatten() has invalid args: start_dim cannot come after end_dim") {
        Diagnosis d;
        d.explanation = "This Flatten's start_dim points to a later dim than its end_dim, so there is no range of "
                        "dims to merge.";
        d.hint = "Swap start_dim and end_dim, or use nn.Flatten() (start_dim=1, end_dim=-1).";
        return d;
    }

    Diagnosis d;
    const std::string *repr = reprAt(layerReprs, index);
    d.explanation = "Layer " + str(index) + (repr ? " (" + typeOfRepr(*repr) + ")" : std::string()) + " raised "
                    + failure.type + " when the data reached it; the message above is PyTorch's own.";
    if (const std::optional<Shape> in = inputOfLayer(trace, index))
        d.explanation += " Its input was " + formatShape(*in) + ".";
    return d;
}

Diagnosis diagnoseTrace(const ShapeTrace &trace, const Module &model)
{
    std::vector<std::string> reprs;
    if (model.typeName() != "Sequential")
        reprs.push_back(model.repr());
    else
        for (const auto &child : model.children())
            reprs.push_back(child->repr());
    return diagnoseTrace(trace, reprs);
}

} // namespace ft
