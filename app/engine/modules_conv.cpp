// modules_conv.cpp — nn.Conv1d/Conv2d/Conv3d: one N-d plan for all three. The constructor checks
// of _ConvNd, the shape checks of ATen's convolution (in PyTorch's order, so the first failing rule
// names the error), the backend ATen picks (whose checks name the rest), and a direct (no im2col)
// forward over any number of spatial dims that is easy to verify against PyTorch's numbers.
#include "engine/modules_p.h"
#include "engine/python_ops_p.h"

#include <algorithm>
#include <cmath>

namespace ft::detail {

namespace {

const std::vector<Value> &itemsOf(const Value &tuple)
{
    return std::get<SequenceValue>(tuple.data).items;
}

Shape intsOf(const Value &tuple)
{
    Shape out;
    for (const Value &item : itemsOf(tuple))
        out.push_back(item.isBool() ? Dim(std::get<bool>(item.data)) : std::get<std::int64_t>(item.data));
    return out;
}

// "(26 x 26)": how ATen prints per-dimension sizes in the kernel-size message.
std::string joinX(const Shape &sizes)
{
    return joinSizes(sizes, " x ");
}

class ConvNd : public StatefulModule
{
public:
    struct Config
    {
        Value inChannels, outChannels, kernel, stride, padding, dilation, groups, paddingMode;
        Shape weightShape;
        bool bias = true;
        size_t spatial = 2; // 1, 2 or 3: Conv1d, Conv2d, Conv3d
        bool transposed = false;
        Value outputPadding; // ConvTranspose only
    };

    explicit ConvNd(Config config) : m_c(std::move(config))
    {
        addState("weight", m_c.weightShape, true);
        if (m_c.bias)
            addState("bias", {m_c.weightShape[0]}, true);
    }

    std::string typeName() const override { return "Conv" + std::to_string(m_c.spatial) + "d"; }

    std::string repr() const override { return reprOf(typeName(), m_c); }

    // _ConvNd.extra_repr, which Conv and ConvTranspose share: each argument that differs from
    // its default, in torch's order (a Conv has no output_padding to show).
    static std::string reprOf(const std::string &typeName, const Config &c)
    {
        std::string s = typeName + "(" + pythonStr(c.inChannels) + ", " + pythonStr(c.outChannels)
                        + ", kernel_size=" + pythonStr(c.kernel) + ", stride=" + pythonStr(c.stride);
        if (!isAll(c.padding, 0))
            s += ", padding=" + pythonStr(c.padding);
        if (!isAll(c.dilation, 1))
            s += ", dilation=" + pythonStr(c.dilation);
        if (!c.outputPadding.isNone() && !isAll(c.outputPadding, 0))
            s += ", output_padding=" + pythonStr(c.outputPadding);
        if (!(c.groups.isInt() && std::get<std::int64_t>(c.groups.data) == 1))
            s += ", groups=" + pythonStr(c.groups);
        if (!c.bias)
            s += ", bias=False";
        if (pythonStr(c.paddingMode) != "zeros")
            s += ", padding_mode=" + pythonStr(c.paddingMode);
        return s + ")";
    }

    // Python's `tuple != (v,) * len(tuple)` as _ConvNd.extra_repr uses it; strings never match.
    static bool isAll(const Value &v, std::int64_t x)
    {
        if (!v.isSequence())
            return false;
        for (const Value &item : itemsOf(v)) {
            const auto n = asPythonNumber(item);
            if (item.isString() || !n || *n != double(x))
                return false;
        }
        return true;
    }

    // What _ConvNd.__init__ stores, which Conv and ConvTranspose share: the size arguments as
    // _single/_pair/_triple made them, `transposed`, and output_padding (a Conv's is all zeros).
    static std::optional<Value> attributeOf(std::string_view name, const Config &c)
    {
        if (name == "transposed")
            return Value{c.transposed};
        if (name == "output_padding" && c.outputPadding.isNone()) // a tuple of zeros, one per spatial dim
            return Value{SequenceValue{std::vector<Value>(c.spatial, Value{std::int64_t(0)}), false}};
        return namedAttribute(name, {{"in_channels", &c.inChannels}, {"out_channels", &c.outChannels},
                                     {"kernel_size", &c.kernel}, {"stride", &c.stride}, {"padding", &c.padding},
                                     {"dilation", &c.dilation}, {"output_padding", &c.outputPadding},
                                     {"groups", &c.groups}, {"padding_mode", &c.paddingMode}});
    }

    Shape outputShape(const Shape &input) const override { return plan(input).output; }
    std::optional<Value> attribute(std::string_view name) const override { return attributeOf(name, m_c); }

    Tensor forward(const Tensor &input) const override
    {
        const Plan p = plan(input.sizes());
        if (!canComputeValues(input, p.output) || p.padsOtherDims)
            return Tensor::shapeOnly(p.output);
        double work = double(*checkedNumel(p.output));
        for (size_t i = 1; i < m_c.weightShape.size(); ++i)
            work *= double(m_c.weightShape[i]);
        if (!withinComputeBudget(work, stateShapes()))
            return Tensor::shapeOnly(p.output);
        return compute(input, p);
    }

    // int64: F.pad's reflect/replicate kernels refuse it; conv2d compares the input's type with
    // its bias before anything else; otherwise the shape checks come first, and an empty input
    // gives an empty float32 result.
    DType resultDtype(const Shape &input, DType dtype) const override
    {
        if (dtype != DType::Int64)
            return dtype;
        const std::string mode = pythonStr(m_c.paddingMode);
        const std::string n = std::to_string(m_c.spatial);
        if (mode == "reflect")
            throwNotImplementedForLong("reflection_pad" + n + "d" + (m_c.spatial == 3 ? "_cpu" : ""));
        if (mode == "replicate")
            throwNotImplementedForLong("replication_pad" + n + "d_cpu");
        if (m_c.bias && m_c.spatial == 2 && !m_c.padding.isString()) {
            try { // conv2d's argument parser runs first
                outputShape(input);
            } catch (const TorchError &error) {
                if (error.type() == "TypeError")
                    throw;
            }
            throwRuntimeError("Input type (long int) and bias type (float) should be the same");
        }
        outputShape(input);
        const auto count = checkedNumel(input);
        if (count && *count == 0)
            return DType::Float32;
        throwRuntimeError("expected scalar type Long but found Float");
    }

    // A non-zero padding_mode pads with F.pad before the convolution.
    void acceptTuple() const override
    {
        if (pythonStr(m_c.paddingMode) != "zeros")
            throwTupleForTensorArgument("pad");
        throwInvalidArguments("tuple");
    }

protected:
    double initBound() const override
    {
        Dim fanIn = 1;
        for (size_t i = 1; i < m_c.weightShape.size(); ++i)
            fanIn *= m_c.weightShape[i];
        return fanIn > 0 ? 1.0 / std::sqrt(double(fanIn)) : 0.0;
    }

private:
    struct Plan
    {
        Shape output;
        Shape batched;          // input with the batch dim added for unbatched input
        bool unbatched = false;
        Shape padBefore;        // per spatial dim: the padding applied before the input
        Shape stride, dilation; // per spatial dim
        Dim groups = 1;
        bool padsOtherDims = false; // F.pad also padded a batch or channel dim: no values computed
    };

    // F.conv1d/conv2d/conv3d: the name in the argument parser's and the rank check's messages.
    std::string functionName() const { return "conv" + std::to_string(m_c.spatial) + "d"; }

    // F.conv2d's argument parser found no overload for these argument types.
    [[noreturn]] void throwInvalidArguments(const char *inputType) const
    {
        throwTypeError(functionName() + "() received an invalid combination of arguments - got (" + inputType
                       + ", Parameter, " + (m_c.bias ? "Parameter" : "NoneType") + ", tuple, "
                       + (m_c.padding.isString() && pythonStr(m_c.paddingMode) == "zeros" ? "str" : "tuple") + ", tuple, "
                       + pythonTypeName(m_c.groups)
                       + "), but expected one of:",
                       std::string_view(inputType) == "tuple" ? ErrorKind::TupleInput : ErrorKind::Generic,
                       ErrorDetails{.function = functionName()});
    }

    // _ConvNd._reversed_padding_repeated_twice, what F.pad receives: a tuple of the padding
    // reversed, each twice; for 'valid' a list of int zeros; for 'same' a list holding d * (k - 1)
    // split with Python's floor division (a float where the dilation is one).
    Value reversedPaddingRepeatedTwice() const
    {
        SequenceValue list;
        if (!m_c.padding.isString()) {
            const std::vector<Value> &items = itemsOf(m_c.padding);
            for (auto it = items.rbegin(); it != items.rend(); ++it)
                list.items.insert(list.items.end(), 2, *it);
            return Value{std::move(list)};
        }
        list.isList = true;
        const size_t n = m_c.weightShape.size() - 2;
        list.items.assign(2 * n, intValue(0));
        if (std::get<std::string>(m_c.padding.data) == "same") {
            const std::vector<Value> &dilation = itemsOf(m_c.dilation);
            for (size_t j = 0; j < std::min(n, dilation.size()); ++j) {
                Value &before = list.items[2 * (n - 1 - j)];
                Value &after = list.items[2 * (n - 1 - j) + 1];
                if (dilation[j].isFloat()) {
                    before = after = Value{0.0}; // F.pad refuses the list for its type alone
                    continue;
                }
                const Dim d = dilation[j].isBool() ? Dim(std::get<bool>(dilation[j].data)) : *asInt(dilation[j]);
                const Dim total = checkedMul(d, m_c.weightShape[2 + j] - 1);
                before = intValue(floorDiv(total, 2));
                after = intValue(total - floorDiv(total, 2));
            }
        }
        return Value{std::move(list)};
    }

    Plan plan(const Shape &input) const
    {
        const bool stringPadding = m_c.padding.isString();
        const std::string mode = pythonStr(m_c.paddingMode);
        // A padding_mode other than 'zeros' runs F.pad(input, _reversed_padding_repeated_twice)
        // first, then F.conv2d with padding (0, 0): the padding's types are F.pad's to check.
        const bool padFirst = mode != "zeros";
        const size_t n = m_c.spatial;
        Plan p;
        Shape x = input;
        Shape padByDim(input.size(), 0); // F.pad's padding before each input dim
        if (padFirst)
            x = padShape(input, mode, parseIntList("pad", "pad", 2, reversedPaddingRepeatedTwice()), padByDim);
        const bool checkPadding = !padFirst && !stringPadding;
        // F.conv2d's argument parser: stride/padding/dilation must be int tuples.
        // The parser matches an overload on a tuple's first element; a later bad element then
        // fails inside the chosen overload with a message naming it. The binding unpacks its
        // arguments as a C++ call's arguments, which GCC evaluates right to left: dilation first.
        auto firstIsInt = [](const Value &tuple) { return itemsOf(tuple).empty() || itemsOf(tuple)[0].isPythonInt(); };
        if (!firstIsInt(m_c.stride) || (checkPadding && !firstIsInt(m_c.padding)) || !firstIsInt(m_c.dilation)
            || !m_c.groups.isPythonInt()) {
            throwInvalidArguments("Tensor");
        }
        for (const auto &[name, tuple] : {std::pair<const char *, const Value *>{"dilation", &m_c.dilation},
                                          {"padding", &m_c.padding}, {"stride", &m_c.stride}}) {
            if (tuple == &m_c.padding && !checkPadding)
                continue;
            const auto &items = itemsOf(*tuple);
            for (size_t i = 0; i < items.size(); ++i) {
                // Matched by the first element, a later bool unpacks as the int it is.
                if (!items[i].isInt() && !(i > 0 && items[i].isBool()))
                    throwTypeError(functionName() + "(): argument '" + name + "' must be tuple of ints, but found element of type "
                                   + pythonTypeName(items[i]) + " at pos " + std::to_string(i + 1));
            }
        }
        const Shape &w = m_c.weightShape;
        const Dim spatial = Dim(w.size()) - 2;
        p.groups = *asInt(m_c.groups);

        Shape padding = stringPadding ? Shape(size_t(spatial), 0) : intsOf(m_c.padding);
        Shape stride = intsOf(m_c.stride);
        Shape dilation = intsOf(m_c.dilation);
        const Shape kernel(w.begin() + 2, w.end());

        if (padFirst)
            padding = Shape(size_t(spatial), 0); // F.pad did the padding; conv2d gets (0, 0)

        // batchify: convNd takes N+1-D (unbatched) or N+2-D input.
        if (x.size() != n + 1 && x.size() != n + 2)
            throwRuntimeError("Expected " + std::to_string(n + 1) + "D (unbatched) or " + std::to_string(n + 2)
                              + "D (batched) input to " + functionName() + ", but got input of size: " + formatSizeList(x),
                              ErrorKind::RankMismatch,
                              ErrorDetails{.function = functionName(), .input = x, .low = Dim(n + 1), .high = Dim(n + 2)});
        p.unbatched = x.size() == n + 1;
        if (p.unbatched)
            x.insert(x.begin(), 1);
        if (spatial <= 0)
            throwRuntimeError("weight should have at least three dimensions");

        // The weight's rank must be the input's: checked by check_shape_forward, and before that by
        // _convolution_mode's 'same' path, whose message has no space before the weight's sizes.
        auto checkRanks = [&](const char *beforeWeightSizes) {
            if (w.size() != x.size())
                throwRuntimeError("Expected " + std::to_string(w.size()) + "-dimensional input for " + std::to_string(w.size())
                                  + "-dimensional weight" + beforeWeightSizes + formatSizeList(w) + ", but got "
                                  + std::to_string(x.size()) + "-dimensional input of size " + formatSizeList(x) + " instead");
        };
        const bool samePadding = stringPadding && mode == "zeros" && std::get<std::string>(m_c.padding.data) == "same";
        if (samePadding)
            checkRanks("");
        if (samePadding) {
            // ATen's _convolution_same: stride and dilation must broadcast to the spatial dims; the
            // total padding d*(k-1) per dim is split left = total/2 (C++ division), right = the rest.
            // Unequal halves pad the input by the difference first (an odd total puts one more row
            // or column at the end), so the convolution pads min(left, right) on both sides.
            for (const auto &[param, name] : {std::pair<const Shape *, const char *>{&stride, "stride"}, {&dilation, "dilation"}}) {
                if (param->size() != 1 && Dim(param->size()) != spatial)
                    throwRuntimeError(std::string(name) + " cannot broadcast to " + std::to_string(spatial) + " dimensions");
            }
            for (Dim i = 0; i < spatial; ++i) {
                const Dim total = checkedMul(dilation.size() == 1 ? dilation[0] : dilation[size_t(i)], kernel[size_t(i)] - 1);
                const Dim left = total / 2, right = total - left;
                padding[size_t(i)] = std::min(left, right);
                if (right > left) {
                    x[size_t(2 + i)] = checkedAdd(x[size_t(2 + i)], right - left);
                }
            }
        }

        // _convolution: each of stride/padding/dilation is a single value or one per spatial dim.
        auto expand = [&](Shape &param, const char *name) {
            if (param.size() == 1)
                param = Shape(size_t(spatial), param[0]);
            else if (Dim(param.size()) != spatial)
                throwRuntimeError(std::string("expected ") + name + " to be a single integer value or a list of "
                                  + std::to_string(spatial) + " values to match the convolution dimensions, but got "
                                  + name + "=" + formatSizeList(param));
        };
        expand(stride, "stride");
        expand(padding, "padding");
        expand(dilation, "dilation");
        Shape outputPadding(n, 0); // convNd always passes N zeros as output_padding
        expand(outputPadding, "output_padding");

        // check_shape_forward
        for (Dim v : padding)
            if (v < 0)
                throwRuntimeError("negative padding is not supported");
        for (Dim v : stride)
            if (v <= 0)
                throwRuntimeError("non-positive stride is not supported");
        checkRanks(" ");
        if (w[0] < p.groups)
            throwRuntimeError("Given groups=" + std::to_string(p.groups) + ", expected weight to be at least "
                              + std::to_string(p.groups) + " at dimension 0, but got weight of size " + formatSizeList(w)
                              + " instead");
        const Dim expectedChannels = checkedMul(w[1], p.groups);
        if (x[1] != expectedChannels)
            throwRuntimeError("Given groups=" + std::to_string(p.groups) + ", weight of size " + formatSizeList(w)
                              + ", expected input" + formatSizeList(x) + " to have " + std::to_string(expectedChannels)
                              + " channels, but got " + std::to_string(x[1]) + " channels instead",
                              ErrorKind::ChannelMismatch,
                              ErrorDetails{.input = x, .other = w, .got = x[1], .expected = expectedChannels});
        Shape padded, effectiveKernel;
        bool kernelFits = true;
        for (Dim i = 0; i < spatial; ++i) {
            padded.push_back(checkedAdd(x[size_t(2 + i)], checkedMul(2, padding[size_t(i)])));
            effectiveKernel.push_back(checkedAdd(checkedMul(dilation[size_t(i)], kernel[size_t(i)] - 1), 1));
            if (padded.back() < effectiveKernel.back())
                kernelFits = false;
        }
        if (!kernelFits)
            throwRuntimeError("Calculated padded input size per channel: (" + joinX(padded) + "). Kernel size: ("
                              + joinX(effectiveKernel) + "). Kernel size can't be greater than actual input size",
                              ErrorKind::KernelTooLarge, ErrorDetails{.input = padded, .other = effectiveKernel});
        checkBackend(x, kernel, dilation, p.groups);

        // ATen's "Empty" backend: an input without channels yields an output without channels.
        Shape out{x[0], x[1] == 0 ? 0 : w[0]};
        for (Dim i = 0; i < spatial; ++i)
            out.push_back((padded[size_t(i)] - effectiveKernel[size_t(i)]) / stride[size_t(i)] + 1);
        // Values: each spatial dim's padding before the input (F.pad's or the convolution's own).
        const size_t firstSpatial = input.size() - size_t(spatial);
        for (size_t i = 0; i < size_t(spatial); ++i)
            p.padBefore.push_back(padByDim[firstSpatial + i] + padding[i]);
        for (size_t d = 0; d < firstSpatial; ++d)
            p.padsOtherDims = p.padsOtherDims || padByDim[d] != 0 || x[d + (p.unbatched ? 1 : 0)] != input[d];
        p.stride = stride;
        p.dilation = dilation;
        p.batched = x;
        checkAllocatedOutput(x, out); // batched, as forward allocates it
        if (p.unbatched)
            out.erase(out.begin());
        p.output = out;
        return p;
    }

    // ATen's select_conv_backend picks a kernel after the shared checks, and each kernel checks
    // what is left with its own message. Conv1d's input and weight are viewed as 2-d first (a
    // height of one), so its backend sees [N, C, 1, L] and a (1, k) kernel. Measured against
    // PyTorch 1.13 on CPU:
    //  - no batch or no channels: the "Empty" path, which fails only when the weight has no
    //    elements and there are channels to scale (it reads the weight's first element);
    //  - other inputs without elements are refused;
    //  - oneDNN (mkldnn) runs float32 work unless it is small: one image, one group, a kernel of
    //    at most 3 in one of its last two dims and at most 20480 elements in the input's first
    //    four dims. (A 1x1, unstrided, undilated kernel also needs more than one thread; such a
    //    kernel cannot fail these checks.)
    //  - otherwise the slow kernels: the dilated one when any dilation is not 1.
    static void checkBackend(Shape x, Shape kernel, Shape dilation, Dim groups)
    {
        if (kernel.size() == 1) { // view1d_as_2d
            x.insert(x.begin() + 2, 1);
            kernel.insert(kernel.begin(), 1);
            dilation.insert(dilation.begin(), 1);
        }
        const bool kernelEmpty = std::any_of(kernel.begin(), kernel.end(), [](Dim k) { return k <= 0; });
        const bool dilationBad = std::any_of(dilation.begin(), dilation.end(), [](Dim d) { return d <= 0; });
        if (x[0] == 0 || x[1] == 0) {
            if (x[1] != 0 && std::any_of(kernel.begin(), kernel.end(), [](Dim k) { return k == 0; }))
                throwIndexError("select(): index 0 out of range for tensor of size [0] at dimension 0");
            return;
        }
        if (std::any_of(x.begin() + 2, x.end(), [](Dim size) { return size == 0; }))
            throwRuntimeError("Only zero batch or zero channel inputs are supported, but got input shape: " + formatSizeList(x));
        const double elements = double(x[0]) * double(x[1]) * double(x[2]) * double(x[3]);
        const Dim kH = kernel[kernel.size() - 2], kW = kernel.back();
        if (groups > 1 || (kH > 3 && kW > 3) || x[0] > 1 || elements > 20480.0) {
            if (dilationBad)
                throwRuntimeError("non-positive dilation is not supported");
            if (kernelEmpty)
                throwRuntimeError("could not create a descriptor for a dilated convolution forward propagation primitive");
        } else if (std::any_of(dilation.begin(), dilation.end(), [](Dim d) { return d != 1; })) {
            if (kernelEmpty)
                throwRuntimeError("kernel size should be greater than zero, but got " + formatSizeList(kernel));
            if (dilationBad)
                throwRuntimeError("dilation should be greater than zero, but got " + formatSizeList(dilation));
        } else if (kernelEmpty && kernel.size() == 3) {
            throwRuntimeError("kernel size should be greater than zero, but got: " + std::to_string(kernel[0]) + " x "
                              + std::to_string(kH) + " x " + std::to_string(kW) + " (TxHxW)");
        } else if (kernelEmpty) {
            throwRuntimeError("kernel size should be greater than zero, but got kernel_height: " + std::to_string(kH)
                              + " kernel_width: " + std::to_string(kW));
        }
    }

    // The direct convolution over N spatial dims. Padding is resolved by index mapping: for each
    // spatial dim, a table gives the source coordinate of (output position, kernel position).
    Tensor compute(const Tensor &input, const Plan &p) const
    {
        if (*checkedNumel(p.output) == 0)
            return Tensor::zeros(p.output);
        const std::string mode = pythonStr(m_c.paddingMode);
        const std::vector<float> x = input.values();
        const std::vector<float> w = state("weight").values();
        const std::vector<float> b = m_c.bias ? state("bias").values() : std::vector<float>{};
        const Shape &ws = m_c.weightShape;
        const size_t n = m_c.spatial;
        const Shape inSize(input.sizes().end() - Dim(n), input.sizes().end()); // unpadded
        const Shape outSize(p.output.end() - Dim(n), p.output.end());
        const Shape kernel(ws.begin() + 2, ws.end());
        std::vector<std::vector<Dim>> source(n);
        Dim inPlane = 1, outPlane = 1, kernelPlane = 1;
        for (size_t i = 0; i < n; ++i) {
            for (Dim o = 0; o < outSize[i]; ++o)
                for (Dim k = 0; k < kernel[i]; ++k)
                    source[i].push_back(padSourceIndex(o * p.stride[i] + k * p.dilation[i] - p.padBefore[i], inSize[i], mode));
            inPlane *= inSize[i];
            outPlane *= outSize[i];
            kernelPlane *= kernel[i];
        }
        const Dim batch = p.batched[0], channels = p.batched[1];
        const Dim outC = ws[0], cPerGroup = ws[1], outPerGroup = outC / p.groups;
        std::vector<double> sums(size_t(batch * outC * outPlane), 0.0);
        std::vector<Dim> outAt(n), kernelAt(n);
        for (Dim o = 0; o < outPlane; ++o) {
            for (size_t i = n, rest = size_t(o); i-- > 0;) {
                outAt[i] = Dim(rest % size_t(outSize[i]));
                rest /= size_t(outSize[i]);
            }
            for (Dim k = 0; k < kernelPlane; ++k) {
                // The input offset this kernel position reads for output o, or -1 (a zero).
                Dim offset = 0;
                for (size_t i = n, rest = size_t(k); i-- > 0;) {
                    kernelAt[i] = Dim(rest % size_t(kernel[i]));
                    rest /= size_t(kernel[i]);
                }
                for (size_t i = 0; i < n && offset >= 0; ++i) {
                    const Dim at = source[i][size_t(outAt[i] * kernel[i] + kernelAt[i])];
                    offset = at < 0 ? -1 : offset * inSize[i] + at;
                }
                if (offset < 0)
                    continue;
                for (Dim b0 = 0; b0 < batch; ++b0) {
                    for (Dim oc = 0; oc < outC; ++oc) {
                        const Dim g = oc / outPerGroup;
                        double sum = 0.0;
                        for (Dim ic = 0; ic < cPerGroup; ++ic)
                            sum += double(x[size_t((b0 * channels + g * cPerGroup + ic) * inPlane + offset)])
                                   * double(w[size_t((oc * cPerGroup + ic) * kernelPlane + k)]);
                        sums[size_t((b0 * outC + oc) * outPlane + o)] += sum;
                    }
                }
            }
        }
        std::vector<float> y(sums.size());
        for (size_t i = 0; i < sums.size(); ++i)
            y[i] = float(sums[i] + (m_c.bias ? double(b[(i / size_t(outPlane)) % size_t(outC)]) : 0.0));
        return Tensor::fromValues(p.output, std::move(y));
    }

    Config m_c;
};

// nn.ConvTranspose1d/2d/3d: F.conv_transposeNd's argument parser, ATen's shared convolution checks
// for a transposed weight (in_channels, out_channels / groups, *kernel), then the slow transposed
// kernel's (a 1-d one viewed as 2-d with a height of one), and a direct scatter forward.
// Each output dim is (in - 1) * stride - 2 * padding + dilation * (kernel - 1) + output_padding + 1.
class ConvTransposeNd : public StatefulModule
{
public:
    explicit ConvTransposeNd(ConvNd::Config config) : m_c(std::move(config))
    {
        addState("weight", m_c.weightShape, true);
        if (m_c.bias)
            addState("bias", {checkedMul(m_c.weightShape[1], *asInt(m_c.groups))}, true);
    }

    std::string typeName() const override { return "ConvTranspose" + std::to_string(m_c.spatial) + "d"; }

    std::string repr() const override { return ConvNd::reprOf(typeName(), m_c); }
    std::optional<Value> attribute(std::string_view name) const override { return ConvNd::attributeOf(name, m_c); }

    // The shape checks come first; an empty input gives an empty float32 result, any other
    // int64 input meets the float weight.
    DType resultDtype(const Shape &input, DType dtype) const override
    {
        outputShape(input);
        if (dtype != DType::Int64)
            return dtype;
        if (const auto count = checkedNumel(input); count && *count == 0)
            return DType::Float32;
        throwRuntimeError("expected scalar type Long but found Float");
    }

    Shape outputShape(const Shape &input) const override { return plan(input).output; }

    Tensor forward(const Tensor &input) const override
    {
        const Plan p = plan(input.sizes());
        if (!canComputeValues(input, p.output))
            return Tensor::shapeOnly(p.output);
        double work = double(*checkedNumel(input.sizes()));
        for (size_t i = 1; i < m_c.weightShape.size(); ++i)
            work *= double(m_c.weightShape[i]);
        if (!withinComputeBudget(work, stateShapes()))
            return Tensor::shapeOnly(p.output);
        return compute(input, p);
    }

    void acceptTuple() const override { throwTupleForTensorArgument(functionName()); }

protected:
    double initBound() const override
    {
        Dim fanIn = 1; // PyTorch's fan_in of a transposed weight is its dim 1 times the kernel
        for (size_t i = 1; i < m_c.weightShape.size(); ++i)
            fanIn *= m_c.weightShape[i];
        return fanIn > 0 ? 1.0 / std::sqrt(double(fanIn)) : 0.0;
    }

private:
    struct Plan
    {
        Shape output;
        Shape batched; // the input with a batch dim
        Shape stride, padding, dilation;
    };

    std::string functionName() const { return "conv_transpose" + std::to_string(m_c.spatial) + "d"; }

    Plan plan(const Shape &input) const
    {
        const std::string function = functionName();
        // The argument parser: (input, weight, bias, stride, padding, output_padding, groups,
        // dilation); containers and first elements are matched in order, later elements are
        // unpacked right to left.
        const std::pair<const char *, const Value *> lists[] = {
            {"stride", &m_c.stride}, {"padding", &m_c.padding}, {"output_padding", &m_c.outputPadding},
            {"dilation", &m_c.dilation}};
        const int positions[] = {4, 5, 6, 8};
        for (size_t i = 0; i < 4; ++i) {
            if (i == 3 && !m_c.groups.isInt())
                throwTypeError(function + "(): argument 'groups' (position 7) must be int, not " + pythonTypeName(m_c.groups));
            matchIntList(function, lists[i].first, positions[i], *lists[i].second);
        }
        Shape params[4];
        for (size_t i = 4; i-- > 0;)
            params[i] = parseIntList(function, lists[i].first, positions[i], *lists[i].second);
        Shape stride = params[0], padding = params[1], outputPadding = params[2], dilation = params[3];
        const Dim groups = std::get<std::int64_t>(m_c.groups.data);
        const size_t n = m_c.spatial;
        const Shape &w = m_c.weightShape;

        Shape x = input;
        if (x.size() != n + 1 && x.size() != n + 2)
            throwRuntimeError("Expected " + std::to_string(n + 1) + "D (unbatched) or " + std::to_string(n + 2)
                              + "D (batched) input to " + function + ", but got input of size: " + formatSizeList(x),
                              ErrorKind::RankMismatch,
                              ErrorDetails{.function = function, .input = x, .low = Dim(n + 1), .high = Dim(n + 2)});
        const bool unbatched = x.size() == n + 1;
        if (unbatched)
            x.insert(x.begin(), 1);
        if (w.size() < 3)
            throwRuntimeError("weight should have at least three dimensions");
        const size_t spatial = w.size() - 2; // the kernel's dims, which may not be n

        auto expand = [&](Shape &param, const char *name) {
            if (param.size() == 1)
                param = Shape(spatial, param[0]);
            else if (param.size() != spatial)
                throwRuntimeError(std::string("expected ") + name + " to be a single integer value or a list of "
                                  + std::to_string(spatial) + " values to match the convolution dimensions, but got " + name
                                  + "=" + formatSizeList(param));
        };
        expand(stride, "stride");
        expand(padding, "padding");
        expand(dilation, "dilation");
        expand(outputPadding, "output_padding");

        // check_shape_forward, transposed.
        for (Dim v : padding)
            if (v < 0)
                throwRuntimeError("negative padding is not supported");
        for (Dim v : outputPadding)
            if (v < 0)
                throwRuntimeError("negative output_padding is not supported");
        for (Dim v : stride)
            if (v <= 0)
                throwRuntimeError("non-positive stride is not supported");
        if (w.size() != x.size())
            throwRuntimeError("Expected " + std::to_string(w.size()) + "-dimensional input for " + std::to_string(w.size())
                              + "-dimensional weight " + formatSizeList(w) + ", but got " + std::to_string(x.size())
                              + "-dimensional input of size " + formatSizeList(x) + " instead");
        if (w[0] < groups)
            throwRuntimeError("Given groups=" + std::to_string(groups) + ", expected weight to be at least "
                              + std::to_string(groups) + " at dimension 0, but got weight of size " + formatSizeList(w)
                              + " instead");
        if (x[1] != w[0])
            throwRuntimeError("Given transposed=1, weight of size " + formatSizeList(w) + ", expected input"
                              + formatSizeList(x) + " to have " + std::to_string(w[0]) + " channels, but got "
                              + std::to_string(x[1]) + " channels instead",
                              ErrorKind::ChannelMismatch, ErrorDetails{.input = x, .other = w, .got = x[1], .expected = w[0]});

        const Shape kernel(w.begin() + 2, w.end());
        Shape out{x[0], checkedMul(w[1], groups)};
        for (size_t i = 0; i < spatial; ++i)
            out.push_back(checkedAdd(checkedAdd(checkedMul(x[2 + i] - 1, stride[i]) - checkedMul(2, padding[i]),
                                                checkedMul(dilation[i], kernel[i] - 1)),
                                     outputPadding[i] + 1));
        if (x[0] != 0 && x[1] != 0)
            checkSlowKernel(x, kernel, stride, dilation, outputPadding, Shape(out.begin() + 2, out.end()));
        checkAllocatedOutput(x, out);
        Plan p;
        p.batched = x;
        p.stride = stride;
        p.padding = padding;
        p.dilation = dilation;
        if (unbatched)
            out.erase(out.begin());
        p.output = out;
        return p;
    }

    // slow_conv_transpose2d/3d's shape checks (after ATen's "Empty" path for no batch or no channels).
    void checkSlowKernel(Shape x, Shape kernel, Shape stride, Shape dilation, Shape outputPadding, Shape outSize) const
    {
        if (std::any_of(x.begin() + 2, x.end(), [](Dim size) { return size == 0; }))
            throwRuntimeError("Only zero batch or zero channel inputs are supported, but got input shape: " + formatSizeList(x));
        Shape inSize(x.begin() + 2, x.end());
        if (m_c.spatial == 1) { // view1d_as_2d
            for (Shape *s : {&kernel, &stride, &dilation})
                s->insert(s->begin(), 1);
            outputPadding.insert(outputPadding.begin(), 0);
            inSize.insert(inSize.begin(), 1);
            outSize.insert(outSize.begin(), 1);
        }
        const bool three = kernel.size() == 3;
        const std::vector<std::string> names = three ? std::vector<std::string>{"depth", "height", "width"}
                                                     : std::vector<std::string>{"height", "width"};
        auto listing = [&](const char *what, const Shape &values, const char *separator) {
            std::string text;
            for (size_t i = 0; i < values.size(); ++i)
                text += (i ? separator : "") + std::string(what) + "_" + names[i] + ": " + std::to_string(values[i]);
            return text;
        };
        auto anyAtMost = [](const Shape &v, Dim limit) { return std::any_of(v.begin(), v.end(), [&](Dim d) { return d <= limit; }); };
        if (!three && anyAtMost(kernel, 0))
            throwRuntimeError("kernel size should be greater than zero, but got " + listing("kernel", kernel, " "));
        if (anyAtMost(dilation, 0))
            throwRuntimeError("dilation should be greater than zero, but got " + listing("dilation", dilation, ", "));
        bool paddingOk = true;
        for (size_t i = 0; i < kernel.size(); ++i)
            paddingOk = paddingOk && (outputPadding[i] < stride[i] || outputPadding[i] < dilation[i]);
        if (!paddingOk)
            throwRuntimeError("output padding must be smaller than either stride or dilation, but got "
                              + listing("output_padding", outputPadding, " ") + " " + listing("stride", stride, " ") + " "
                              + listing("dilation", dilation, " "));
        // The weight as the kernel gets it: one group's (ATen runs each group on its own), a 1-d one
        // viewed as 2-d. An empty one (no output channels, a 0 in the kernel) is refused.
        Shape weight = m_c.weightShape;
        if (const Dim groups = std::get<std::int64_t>(m_c.groups.data); groups > 1)
            weight[0] /= groups;
        if (m_c.spatial == 1)
            weight.insert(weight.begin() + 2, 1);
        const bool emptyWeight = std::find(weight.begin(), weight.end(), Dim(0)) != weight.end();
        if (three && emptyWeight)
            throwRuntimeError("non-empty 5D (n_output_plane x n_input_plane x kernel_depth x kernel_height x kernel_width) "
                              "tensor expected for weight, but got: " + formatSizeList(weight));
        if (!three && emptyWeight)
            throwRuntimeError("non-empty 2D or 4D weight tensor expected, but got: " + formatSizeList(weight));
        if (anyAtMost(outSize, 0))
            throwRuntimeError("Given input size per channel: (" + joinX(inSize) + "). Calculated output size per channel: ("
                              + joinX(outSize) + "). Output size is too small");
    }

    // out[b, g*outPerGroup + oc, o] += x[b, g*inPerGroup + ic, i] * w[g*inPerGroup + ic, oc, k]
    // where o = i * stride + k * dilation - padding, per spatial dim.
    Tensor compute(const Tensor &input, const Plan &p) const
    {
        const Shape &ws = m_c.weightShape;
        const size_t n = m_c.spatial;
        Shape outB = p.output;
        if (outB.size() == n + 1)
            outB.insert(outB.begin(), 1);
        const auto count = size_t(*checkedNumel(outB));
        std::vector<double> sums(count, 0.0);
        const std::vector<float> x = input.values();
        const std::vector<float> w = state("weight").values();
        const Shape inSize(p.batched.begin() + 2, p.batched.end()), outSize(outB.begin() + 2, outB.end());
        const Shape kernel(ws.begin() + 2, ws.end());
        Dim inPlane = 1, outPlane = 1, kernelPlane = 1;
        for (size_t i = 0; i < n; ++i) {
            inPlane *= inSize[i];
            outPlane *= outSize[i];
            kernelPlane *= kernel[i];
        }
        const Dim batch = p.batched[0], inC = p.batched[1], groups = *asInt(m_c.groups);
        const Dim inPerGroup = inC / groups, outPerGroup = ws[1], outC = outB[1];
        std::vector<Dim> at(n), kAt(n);
        for (Dim i = 0; i < inPlane; ++i) {
            for (size_t d = n, rest = size_t(i); d-- > 0;) {
                at[d] = Dim(rest % size_t(inSize[d]));
                rest /= size_t(inSize[d]);
            }
            for (Dim k = 0; k < kernelPlane; ++k) {
                for (size_t d = n, rest = size_t(k); d-- > 0;) {
                    kAt[d] = Dim(rest % size_t(kernel[d]));
                    rest /= size_t(kernel[d]);
                }
                Dim o = 0;
                for (size_t d = 0; d < n && o >= 0; ++d) {
                    const Dim pos = at[d] * p.stride[d] + kAt[d] * p.dilation[d] - p.padding[d];
                    o = (pos < 0 || pos >= outSize[d]) ? -1 : o * outSize[d] + pos;
                }
                if (o < 0)
                    continue;
                for (Dim b = 0; b < batch; ++b)
                    for (Dim ic = 0; ic < inC; ++ic) {
                        const double v = x[size_t((b * inC + ic) * inPlane + i)];
                        const Dim g = ic / inPerGroup;
                        for (Dim oc = 0; oc < outPerGroup; ++oc)
                            sums[size_t((b * outC + g * outPerGroup + oc) * outPlane + o)]
                                += v * double(w[size_t((ic * outPerGroup + oc) * kernelPlane + k)]);
                    }
            }
        }
        const std::vector<float> bias = m_c.bias ? state("bias").values() : std::vector<float>{};
        std::vector<float> y(count);
        for (size_t i = 0; i < count; ++i)
            y[i] = float(sums[i] + (m_c.bias ? double(bias[(i / size_t(outPlane)) % size_t(outC)]) : 0.0));
        return Tensor::fromValues(p.output, std::move(y));
    }

    ConvNd::Config m_c;
};

} // namespace

namespace {

// _ConvNd.__init__ as Conv1d/Conv2d/Conv3d and ConvTranspose1d/2d/3d call it: _single/_pair/
// _triple of the size arguments. The transposed ones take output_padding after padding and
// dilation after bias, refuse any padding_mode but 'zeros' first, and _pair their padding too
// (so padding='same' becomes a tuple of characters).
ModulePtr makeConvNd(const Arguments &args, size_t spatial, bool transposed)
{
    const std::string name = std::string(transposed ? "ConvTranspose" : "Conv") + std::to_string(spatial) + "d";
    const Signature signature = transposed ? Signature{name,
                                                       {{"in_channels", std::nullopt},
                                                        {"out_channels", std::nullopt},
                                                        {"kernel_size", std::nullopt},
                                                        {"stride", intValue(1)},
                                                        {"padding", intValue(0)},
                                                        {"output_padding", intValue(0)},
                                                        {"groups", intValue(1)},
                                                        {"bias", Value{true}},
                                                        {"dilation", intValue(1)},
                                                        {"padding_mode", Value{std::string("zeros")}},
                                                        {"device", Value{NoneValue{}}},
                                                        {"dtype", Value{NoneValue{}}}}}
                                           : Signature{name,
                                     {{"in_channels", std::nullopt},
                                      {"out_channels", std::nullopt},
                                      {"kernel_size", std::nullopt},
                                      {"stride", intValue(1)},
                                      {"padding", intValue(0)},
                                      {"dilation", intValue(1)},
                                      {"groups", intValue(1)},
                                      {"bias", Value{true}},
                                      {"padding_mode", Value{std::string("zeros")}},
                                      {"device", Value{NoneValue{}}},
                                      {"dtype", Value{NoneValue{}}}}};
    auto bound = bindArguments(signature, args);
    if (transposed) {
        // Reorder to Conv's parameter order, output_padding last: the checks below read them so.
        const Value outputPadding = bound.values[5];
        bound.values = {bound.values[0], bound.values[1], bound.values[2], bound.values[3], bound.values[4],
                        bound.values[8],  bound.values[6], bound.values[7], bound.values[9], bound.values[10],
                        bound.values[11], outputPadding};
        // `padding_mode != 'zeros'`: Python's != never raises, whatever the type.
        if (!bound.values[8].isString() || std::get<std::string>(bound.values[8].data) != "zeros")
            throwValueError("Only \"zeros\" padding mode is supported for " + name);
    }
    ConvNd::Config c;
    c.spatial = spatial;
    c.transposed = transposed;
    c.inChannels = bound.values[0];
    c.outChannels = bound.values[1];
    c.kernel = pythonNTuple(bound.values[2], spatial);
    c.stride = pythonNTuple(bound.values[3], spatial);
    c.padding = bound.values[4].isString() && !transposed ? bound.values[4] : pythonNTuple(bound.values[4], spatial);
    c.dilation = pythonNTuple(bound.values[5], spatial);
    c.groups = bound.values[6];
    c.paddingMode = bound.values[8];
    if (transposed)
        c.outputPadding = pythonNTuple(bound.values[11], spatial);

    // _ConvNd.__init__, in order.
    const auto groups = asPythonNumber(c.groups);
    if (!groups)
        throwTypeError("'<=' not supported between instances of '" + pythonTypeName(c.groups) + "' and 'int'");
    if (*groups <= 0)
        throwValueError("groups must be a positive integer");
    auto divisible = [&](const Value &channels) {
        const auto n = asPythonNumber(channels);
        if (channels.isString())
            throwTypeError("not all arguments converted during string formatting");
        if (!n)
            throwTypeError("unsupported operand type(s) for %: '" + pythonTypeName(channels) + "' and '"
                           + pythonTypeName(c.groups) + "'");
        return !pythonTruthy(detail::pythonBinary(detail::BinaryOperator::Modulo, channels, c.groups, {}));
    };
    if (!divisible(c.inChannels))
        throwValueError("in_channels must be divisible by groups");
    if (!divisible(c.outChannels))
        throwValueError("out_channels must be divisible by groups");
    if (c.padding.isString()) {
        const auto &text = std::get<std::string>(c.padding.data);
        if (text != "same" && text != "valid")
            throwValueError("Invalid padding string " + pythonRepr(c.padding) + ", should be one of {'same', 'valid'}");
        if (text == "same") {
            for (const Value &s : itemsOf(c.stride)) {
                const auto n = asNumber(s);
                if (!n || *n != 1.0)
                    throwValueError("padding='same' is not supported for strided convolutions");
            }
        }
    }
    // `padding_mode not in {...}`: a set lookup, which a list cannot take part in.
    if (c.paddingMode.isSequence() && std::get<SequenceValue>(c.paddingMode.data).isList)
        throwTypeError("unhashable type: 'list'");
    const std::string mode = pythonStr(c.paddingMode);
    if (!c.paddingMode.isString()
        || (mode != "zeros" && mode != "reflect" && mode != "replicate" && mode != "circular"))
        throwValueError("padding_mode must be one of {'zeros', 'reflect', 'replicate', 'circular'}, but got padding_mode='"
                        + mode + "'");

    // padding='same': _reversed_padding_repeated_twice takes d * (k - 1) // 2 for each
    // (dilation, kernel) pair, in Python arithmetic, so odd types fail here.
    if (c.padding.isString() && std::get<std::string>(c.padding.data) == "same") {
        const std::vector<Value> &dilation = itemsOf(c.dilation), &kernel = itemsOf(c.kernel);
        auto operands = [](const char *op, const Value &a, const std::string &b) {
            throwTypeError(std::string("unsupported operand type(s) for ") + op + ": '" + pythonTypeName(a) + "' and '" + b + "'");
        };
        for (size_t j = 0; j < std::min(dilation.size(), kernel.size()); ++j) {
            const Value &d = dilation[j], &k = kernel[j];
            if (!asNumber(k))
                operands("-", k, "int");
            const std::string kMinusOne = k.isFloat() ? "float" : "int";
            if (d.isString() || d.isSequence()) {
                // A sequence times an int repeats it; times a float it cannot.
                if (kMinusOne == "float")
                    throwTypeError("can't multiply sequence by non-int of type 'float'");
                operands("//", d, "int");
            }
            if (!asNumber(d))
                operands("*", d, kMinusOne);
        }
    }

    // weight = torch.empty((out_channels, in_channels // groups, *kernel_size)), or for a transposed
    // convolution torch.empty((in_channels, out_channels // groups, *kernel_size)).
    const Value &whole = transposed ? c.inChannels : c.outChannels, &split = transposed ? c.outChannels : c.inChannels;
    std::vector<Value> weight{whole};
    // Python's // keeps ints (bool is an int) as ints and turns anything with a float into a float.
    auto pyInt = [](const Value &x) -> std::optional<Dim> {
        if (x.isBool())
            return Dim(std::get<bool>(x.data));
        return asInt(x);
    };
    auto isIntegral = [](const Value &x) { return x.isBool() || x.isPythonInt(); };
    if (isIntegral(split) && isIntegral(c.groups) && (split.isBigInt() || c.groups.isBigInt()))
        weight.push_back(detail::pythonBinary(detail::BinaryOperator::FloorDivide, split, c.groups, {}));
    else if (pyInt(split) && pyInt(c.groups))
        weight.push_back(intValue(floorDiv(*pyInt(split), *pyInt(c.groups))));
    else
        weight.push_back(Value{*asNumber(split) / *groups}); // a float: empty() rejects it
    for (const Value &k : itemsOf(c.kernel))
        weight.push_back(k);
    c.weightShape = checkFactorySizes(weight, {bound.values[9], bound.values[10]});
    c.bias = pythonTruthy(bound.values[7]);
    // bias = torch.empty(out_channels): a transposed convolution's weight holds out_channels // groups
    // (a bool there is an int), so its bias is where a bool out_channels is refused.
    if (c.bias)
        checkFactorySizes({c.outChannels}, {bound.values[9], bound.values[10]}, "empty", pythonTypeName(c.outChannels));
    const std::vector<PythonWarning> initWarnings = zeroElementInitWarnings(c.weightShape); // reset_parameters()
    ModulePtr conv = transposed ? ModulePtr(std::make_shared<ConvTransposeNd>(std::move(c))) : std::make_shared<ConvNd>(std::move(c));
    conv->addConstructionWarnings(initWarnings);
    return conv;
}

} // namespace

ModulePtr makeConv1d(const Arguments &args)
{
    return makeConvNd(args, 1, false);
}

ModulePtr makeConv2d(const Arguments &args)
{
    return makeConvNd(args, 2, false);
}

ModulePtr makeConv3d(const Arguments &args)
{
    return makeConvNd(args, 3, false);
}

ModulePtr makeConvTranspose1d(const Arguments &args)
{
    return makeConvNd(args, 1, true);
}

ModulePtr makeConvTranspose2d(const Arguments &args)
{
    return makeConvNd(args, 2, true);
}

ModulePtr makeConvTranspose3d(const Arguments &args)
{
    return makeConvNd(args, 3, true);
}

} // namespace ft::detail
