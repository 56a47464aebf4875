// modules_conv.cpp — nn.Conv2d: constructor checks of _ConvNd, the shape checks of ATen's
// convolution (in PyTorch's order, so the first failing rule names the error), and a direct
// (no im2col) forward that is easy to verify against PyTorch's numbers.
#include "modules_impl.h"

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
        out.push_back(std::get<std::int64_t>(item.data));
    return out;
}

// "(26 x 26)": how ATen prints per-dimension sizes in the kernel-size message.
std::string joinX(const Shape &sizes)
{
    return joinSizes(sizes, " x ");
}

class Conv2d : public StatefulModule
{
public:
    struct Config
    {
        Value inChannels, outChannels, kernel, stride, padding, dilation, groups, paddingMode;
        Shape weightShape;
        bool bias = true;
    };

    explicit Conv2d(Config config) : m_c(std::move(config))
    {
        addState("weight", m_c.weightShape, true);
        if (m_c.bias)
            addState("bias", {m_c.weightShape[0]}, true);
    }

    std::string typeName() const override { return "Conv2d"; }

    std::string repr() const override
    {
        std::string s = "Conv2d(" + pythonStr(m_c.inChannels) + ", " + pythonStr(m_c.outChannels)
                        + ", kernel_size=" + pythonStr(m_c.kernel) + ", stride=" + pythonStr(m_c.stride);
        if (!isAll(m_c.padding, 0))
            s += ", padding=" + pythonStr(m_c.padding);
        if (!isAll(m_c.dilation, 1))
            s += ", dilation=" + pythonStr(m_c.dilation);
        if (!(m_c.groups.isInt() && std::get<std::int64_t>(m_c.groups.data) == 1))
            s += ", groups=" + pythonStr(m_c.groups);
        if (!m_c.bias)
            s += ", bias=False";
        if (pythonStr(m_c.paddingMode) != "zeros")
            s += ", padding_mode=" + pythonStr(m_c.paddingMode);
        return s + ")";
    }

    Shape outputShape(const Shape &input) const override { return plan(input).output; }

    Tensor forward(const Tensor &input) const override
    {
        const Plan p = plan(input.sizes());
        if (!canComputeValues(input, p.output))
            return Tensor::shapeOnly(p.output);
        double work = double(*checkedNumel(p.output));
        for (size_t i = 1; i < m_c.weightShape.size(); ++i)
            work *= double(m_c.weightShape[i]);
        if (!withinComputeBudget(work, stateShapes()))
            return Tensor::shapeOnly(p.output);
        return compute(input, p);
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
        Dim padTop = 0, padBottom = 0, padLeft = 0, padRight = 0; // explicit padding applied
        Dim strideH = 1, strideW = 1, dilationH = 1, dilationW = 1, groups = 1;
    };

    // Python's `tuple != (v,) * len(tuple)` as _ConvNd.extra_repr uses it; strings never match.
    static bool isAll(const Value &v, std::int64_t x)
    {
        if (!v.isSequence())
            return false;
        for (const Value &item : itemsOf(v)) {
            const auto n = asNumber(item);
            if (item.isString() || !n || *n != double(x))
                return false;
        }
        return true;
    }

    // F.conv2d's argument parser found no overload for these argument types.
    [[noreturn]] void throwInvalidArguments(const char *inputType) const
    {
        throwTypeError(std::string("conv2d() received an invalid combination of arguments - got (") + inputType
                       + ", Parameter, " + (m_c.bias ? "Parameter" : "NoneType") + ", tuple, "
                       + (m_c.padding.isString() && pythonStr(m_c.paddingMode) == "zeros" ? "str" : "tuple") + ", tuple, "
                       + pythonTypeName(m_c.groups)
                       + "), but expected one of:",
                       std::string_view(inputType) == "tuple" ? ErrorKind::TupleInput : ErrorKind::Generic,
                       ErrorDetails{.function = "conv2d"});
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
        Plan p;
        Shape x = input;
        if (padFirst)
            x = padShape(input, mode, parseIntList("pad", "pad", 2, reversedPaddingRepeatedTwice()), p);
        const bool checkPadding = !padFirst && !stringPadding;
        // F.conv2d's argument parser: stride/padding/dilation must be int tuples.
        // The parser matches an overload on a tuple's first element; a later bad element then
        // fails inside the chosen overload with a message naming it. The binding unpacks its
        // arguments as a C++ call's arguments, which GCC evaluates right to left: dilation first.
        auto firstIsInt = [](const Value &tuple) { return itemsOf(tuple).empty() || itemsOf(tuple)[0].isInt(); };
        if (!firstIsInt(m_c.stride) || (checkPadding && !firstIsInt(m_c.padding)) || !firstIsInt(m_c.dilation)
            || !m_c.groups.isInt()) {
            throwInvalidArguments("Tensor");
        }
        for (const auto &[name, tuple] : {std::pair<const char *, const Value *>{"dilation", &m_c.dilation},
                                          {"padding", &m_c.padding}, {"stride", &m_c.stride}}) {
            if (tuple == &m_c.padding && !checkPadding)
                continue;
            const auto &items = itemsOf(*tuple);
            for (size_t i = 0; i < items.size(); ++i) {
                if (!items[i].isInt())
                    throwTypeError(std::string("conv2d(): argument '") + name + "' must be tuple of ints, but found element of type "
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

        // batchify: conv2d takes 3-D (unbatched) or 4-D input.
        if (x.size() != 3 && x.size() != 4)
            throwRuntimeError("Expected 3D (unbatched) or 4D (batched) input to conv2d, but got input of size: "
                              + formatSizeList(x),
                              ErrorKind::RankMismatch, ErrorDetails{.function = "conv2d", .input = x, .low = 3, .high = 4});
        p.unbatched = x.size() == 3;
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
                    (i == 0 ? p.padBottom : p.padRight) += right - left;
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
        Shape outputPadding{0, 0}; // conv2d always passes a 2-element output_padding
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
        p.padTop += padding[0];
        p.padBottom += padding[0];
        p.padLeft += padding[1];
        p.padRight += padding[1];
        p.strideH = stride[0];
        p.strideW = stride[1];
        p.dilationH = dilation[0];
        p.dilationW = dilation[1];
        p.batched = x;
        checkAllocatedOutput(x, out); // batched, as forward allocates it
        if (p.unbatched)
            out.erase(out.begin());
        p.output = out;
        return p;
    }

    // ATen's select_conv_backend picks a kernel after the shared checks, and each kernel checks
    // what is left with its own message. Measured against PyTorch 1.13 on CPU:
    //  - no batch or no channels: the "Empty" path, which fails only when the weight has no
    //    elements and there are channels to scale (it reads the weight's first element);
    //  - other inputs without elements are refused;
    //  - oneDNN (mkldnn) runs float32 work unless it is small: one image, one group, a kernel of
    //    at most 3 in some dim and at most 20480 input elements. (A 1x1, unstrided, undilated
    //    kernel also needs more than one thread; such a kernel cannot fail these checks.)
    //  - otherwise the slow kernels: the dilated one when any dilation is not 1.
    static void checkBackend(const Shape &x, const Shape &kernel, const Shape &dilation, Dim groups)
    {
        const bool kernelEmpty = kernel[0] <= 0 || kernel[1] <= 0;
        const bool dilationBad = dilation[0] <= 0 || dilation[1] <= 0;
        if (x[0] == 0 || x[1] == 0) {
            if (x[1] != 0 && (kernel[0] == 0 || kernel[1] == 0))
                throwIndexError("select(): index 0 out of range for tensor of size [0] at dimension 0");
            return;
        }
        if (x[2] == 0 || x[3] == 0)
            throwRuntimeError("Only zero batch or zero channel inputs are supported, but got input shape: " + formatSizeList(x));
        const double elements = double(x[0]) * double(x[1]) * double(x[2]) * double(x[3]);
        if (groups > 1 || (kernel[0] > 3 && kernel[1] > 3) || x[0] > 1 || elements > 20480.0) {
            if (dilationBad)
                throwRuntimeError("non-positive dilation is not supported");
            if (kernelEmpty)
                throwRuntimeError("could not create a descriptor for a dilated convolution forward propagation primitive");
        } else if (dilation[0] != 1 || dilation[1] != 1) {
            if (kernelEmpty)
                throwRuntimeError("kernel size should be greater than zero, but got " + formatSizeList(kernel));
            if (dilationBad)
                throwRuntimeError("dilation should be greater than zero, but got " + formatSizeList(dilation));
        } else if (kernelEmpty) {
            throwRuntimeError("kernel size should be greater than zero, but got kernel_height: " + std::to_string(kernel[0])
                              + " kernel_width: " + std::to_string(kernel[1]));
        }
    }

    // F.pad for padding_mode reflect/replicate/circular; records the padding in the plan.
    // `pads` is F.pad's pad argument, last dim first: (left, right, top, bottom) for the two
    // spatial dims; a padding tuple of one or three values gives one or three pairs. F.pad picks
    // its 1-d, 2-d or 3-d kernel by the number of pairs and the input's rank. (The checks of the
    // 1-d and 3-d kernels are followed for reflect's width only; a third pair pads dim -3.)
    static Shape padShape(const Shape &input, const std::string &mode, const Shape &pads, Plan &p)
    {
        const size_t pairs = pads.size() / 2;
        const Dim rank = Dim(input.size());
        if (Dim(pairs) > rank)
            throwRuntimeError("Padding length too large");
        if (!((pairs == 1 && (rank == 2 || rank == 3)) || (pairs == 2 && (rank == 3 || rank == 4))
              || (pairs == 3 && (rank == 4 || rank == 5))))
            throw TorchError("NotImplementedError", "Only 2D, 3D, 4D, 5D padding with non-constant padding are supported for now");
        // torch's circular padding wants a batched, channeled input: two pads per dim after those.
        if (mode == "circular" && Dim(pads.size()) != 2 * (rank - 2))
            throwRuntimeError("Invalid padding size, expected " + std::to_string(2 * (rank - 2)) + " but got "
                              + std::to_string(pads.size()));
        const Dim left = pads[0], right = pads[1];
        const Dim top = pairs >= 2 ? pads[2] : 0, bottom = pairs >= 2 ? pads[3] : 0;
        const Dim h = input[size_t(rank - 2)];
        const Dim wd = input[size_t(rank - 1)];
        if (mode == "reflect" && pairs == 1) {
            if (!(left < wd && right < wd))
                throwRuntimeError("Argument #4: Padding size should be less than the corresponding input dimension, "
                                  "but got: padding (" + std::to_string(left) + ", " + std::to_string(right)
                                  + ") at dimension " + std::to_string(rank - 1) + " of input " + formatSizeList(input));
        } else if (mode == "reflect") {
            const auto numel = checkedNumel(input);
            if (numel && *numel == 0) {
                // reflection_pad2d prints the tensor itself; an empty one prints as its type and sizes.
                std::string dims;
                for (size_t i = 0; i < input.size(); ++i)
                    dims += (i ? "," : "") + std::to_string(input[i]);
                throwRuntimeError("3D or 4D (batch mode) tensor expected for input, but got: [ torch.FloatTensor{" + dims + "} ]");
            }
            if (!(left < wd && right < wd))
                throwRuntimeError("Argument #4: Padding size should be less than the corresponding input dimension, "
                                  "but got: padding (" + std::to_string(left) + ", " + std::to_string(right)
                                  + ") at dimension " + std::to_string(rank - 1) + " of input " + std::to_string(rank));
            if (!(top < h && bottom < h))
                throwRuntimeError("Argument #6: Padding size should be less than the corresponding input dimension, "
                                  "but got: padding (" + std::to_string(top) + ", " + std::to_string(bottom)
                                  + ") at dimension " + std::to_string(rank - 2) + " of input " + std::to_string(rank));
        } else if (mode == "replicate" && pairs == 2) {
            if (!(input[size_t(rank - 3)] != 0 && h != 0 && wd != 0))
                throwRuntimeError("Expected 3D or 4D (batch mode) tensor with possibly 0 batch size and other non-zero "
                                  "dimensions for input, but got: " + formatSizeList(input));
        } else if (mode == "circular") {
            if (!(left <= wd && right <= wd && top <= h && bottom <= h))
                throwRuntimeError("Padding value causes wrapping around more than once.");
        }
        Shape out = input;
        out[size_t(rank - 2)] = checkedAdd(checkedAdd(h, top), bottom);
        out[size_t(rank - 1)] = checkedAdd(checkedAdd(wd, left), right);
        if (pairs == 3)
            out[size_t(rank - 3)] = checkedAdd(checkedAdd(out[size_t(rank - 3)], pads[4]), pads[5]);
        p.padTop = top;
        p.padBottom = bottom;
        p.padLeft = left;
        p.padRight = right;
        return out;
    }

    // Maps a padded coordinate to the source coordinate, or -1 for a zero.
    static Dim sourceIndex(Dim i, Dim size, const std::string &mode)
    {
        if (i >= 0 && i < size)
            return i;
        if (mode == "zeros")
            return -1;
        if (mode == "reflect")
            return i < 0 ? -i : 2 * (size - 1) - i;
        if (mode == "replicate")
            return i < 0 ? 0 : size - 1;
        return ((i % size) + size) % size; // circular
    }

    Tensor compute(const Tensor &input, const Plan &p) const
    {
        if (*checkedNumel(p.output) == 0)
            return Tensor::zeros(p.output);
        const std::string mode = pythonStr(m_c.paddingMode);
        const std::vector<float> x = input.values();
        const std::vector<float> w = state("weight").values();
        const std::vector<float> b = m_c.bias ? state("bias").values() : std::vector<float>{};
        const Shape &ws = m_c.weightShape;
        const Dim n = p.batched[0], c = p.batched[1];
        // Original (unpadded) spatial size; padding is resolved by index mapping.
        const Dim rank = input.dim();
        const Dim h = input.sizes()[size_t(rank - 2)], wd = input.sizes()[size_t(rank - 1)];
        const Dim outC = ws[0], kh = ws[2], kw = ws[3];
        const Dim cPerGroup = ws[1], outPerGroup = outC / p.groups;
        const Dim oh = p.output[p.output.size() - 2], ow = p.output.back();
        std::vector<float> y(size_t(n * outC * oh * ow));
        for (Dim b0 = 0; b0 < n; ++b0) {
            for (Dim oc = 0; oc < outC; ++oc) {
                const Dim g = oc / outPerGroup;
                for (Dim oy = 0; oy < oh; ++oy) {
                    for (Dim ox = 0; ox < ow; ++ox) {
                        double sum = m_c.bias ? double(b[size_t(oc)]) : 0.0;
                        for (Dim ic = 0; ic < cPerGroup; ++ic) {
                            const Dim channel = g * cPerGroup + ic;
                            for (Dim ky = 0; ky < kh; ++ky) {
                                const Dim iy = sourceIndex(oy * p.strideH + ky * p.dilationH - p.padTop, h, mode);
                                if (iy < 0)
                                    continue;
                                for (Dim kx = 0; kx < kw; ++kx) {
                                    const Dim ix = sourceIndex(ox * p.strideW + kx * p.dilationW - p.padLeft, wd, mode);
                                    if (ix < 0)
                                        continue;
                                    sum += double(x[size_t(((b0 * c + channel) * h + iy) * wd + ix)])
                                           * double(w[size_t(((oc * cPerGroup + ic) * kh + ky) * kw + kx)]);
                                }
                            }
                        }
                        y[size_t(((b0 * outC + oc) * oh + oy) * ow + ox)] = float(sum);
                    }
                }
            }
        }
        return Tensor::fromValues(p.output, std::move(y));
    }

    Config m_c;
};

} // namespace

ModulePtr makeConv2d(const Arguments &args)
{
    static const Signature signature{"Conv2d",
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
    Conv2d::Config c;
    c.inChannels = bound.values[0];
    c.outChannels = bound.values[1];
    c.kernel = pythonPair(bound.values[2]);
    c.stride = pythonPair(bound.values[3]);
    c.padding = bound.values[4].isString() ? bound.values[4] : pythonPair(bound.values[4]);
    c.dilation = pythonPair(bound.values[5]);
    c.groups = bound.values[6];
    c.paddingMode = bound.values[8];

    // _ConvNd.__init__, in order.
    const auto groups = asNumber(c.groups);
    if (!groups)
        throwTypeError("'<=' not supported between instances of '" + pythonTypeName(c.groups) + "' and 'int'");
    if (*groups <= 0)
        throwValueError("groups must be a positive integer");
    auto divisible = [&](const Value &channels) {
        const auto n = asNumber(channels);
        if (channels.isString())
            throwTypeError("not all arguments converted during string formatting");
        if (!n)
            throwTypeError("unsupported operand type(s) for %: '" + pythonTypeName(channels) + "' and '"
                           + pythonTypeName(c.groups) + "'");
        return std::fmod(*n, *groups) == 0.0;
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

    // weight = torch.empty((out_channels, in_channels // groups, *kernel_size))
    std::vector<Value> weight{c.outChannels};
    // Python's // keeps ints (bool is an int) as ints and turns anything with a float into a float.
    auto pyInt = [](const Value &x) -> std::optional<Dim> {
        if (x.isBool())
            return Dim(std::get<bool>(x.data));
        return asInt(x);
    };
    if (pyInt(c.inChannels) && pyInt(c.groups))
        weight.push_back(intValue(floorDiv(*pyInt(c.inChannels), *pyInt(c.groups))));
    else
        weight.push_back(Value{*asNumber(c.inChannels) / *groups}); // a float: empty() rejects it
    for (const Value &k : itemsOf(c.kernel))
        weight.push_back(k);
    c.weightShape = checkFactorySizes(weight, {bound.values[9], bound.values[10]});
    c.bias = pythonTruthy(bound.values[7]);
    return std::make_shared<Conv2d>(std::move(c));
}

} // namespace ft::detail
