// modules_pool.cpp — MaxPool2d, AvgPool2d, AdaptiveAvgPool2d.
//
// The shape checks follow ATen's pooling meta functions in order (argument lengths, rank,
// pooling_output_shape's stride/pad checks, then pool2d_shape_check), because the first failing
// check decides which message PyTorch prints.
#include "modules_impl.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ft::detail {

namespace {

bool boolArg(const std::string &function, const char *name, int position, const Value &value)
{
    if (!value.isBool())
        throwTypeError(function + "(): argument '" + name + "' (position " + std::to_string(position)
                       + ") must be bool, not " + pythonTypeName(value));
    return std::get<bool>(value.data);
}

// ATen's pooling_output_shape (Pool.h).
Dim poolingOutputShape(Dim input, Dim kernel, Dim pad, Dim stride, Dim dilation, bool ceil)
{
    if (stride == 0)
        throwRuntimeError("stride should not be zero");
    if (pad < 0)
        throwRuntimeError("pad must be non-negative, but got pad: " + std::to_string(pad));
    if (pad > kernel / 2)
        throwRuntimeError("pad should be at most half of kernel size, but got pad=" + std::to_string(pad)
                          + " and kernel_size=" + std::to_string(kernel));
    // 128-bit intermediates: any int64 arguments give an exact answer or a clear error.
    __extension__ typedef __int128 Wide;
    const Wide numerator = Wide(input) + 2 * Wide(pad) - Wide(dilation) * (Wide(kernel) - 1) - 1 + (ceil ? Wide(stride) - 1 : 0);
    Wide out = numerator / stride;
    if ((numerator % stride != 0) && ((numerator < 0) != (stride < 0)))
        --out;
    ++out;
    if (ceil && (out - 1) * Wide(stride) >= Wide(input) + pad)
        --out;
    if (out > Wide(std::numeric_limits<Dim>::max()) || out < Wide(std::numeric_limits<Dim>::min()))
        throwRuntimeError("pooling output size overflows int64");
    return Dim(out);
}

// ATen's pool2d_shape_check for contiguous input.
void pool2dShapeCheck(const Shape &input, Dim kH, Dim kW, Dim dH, Dim dW, Dim padH, Dim padW, Dim dilH, Dim dilW,
                      Dim planes, Dim inH, Dim inW, Dim outH, Dim outW)
{
    const size_t ndim = input.size();
    if (!(kW > 0 && kH > 0))
        throwRuntimeError("kernel size should be greater than zero, but got kH: " + std::to_string(kH) + " kW: " + std::to_string(kW));
    if (!(dW > 0 && dH > 0))
        throwRuntimeError("stride should be greater than zero, but got dH: " + std::to_string(dH) + " dW: " + std::to_string(dW));
    if (!(dilH > 0 && dilW > 0))
        throwRuntimeError("dilation should be greater than zero, but got dilationH: " + std::to_string(dilH)
                          + " dilationW: " + std::to_string(dilW));
    const bool validDims = ndim >= 3 && input[1] != 0 && input[2] != 0;
    if (!((ndim == 3 && input[0] != 0 && validDims) || (ndim == 4 && validDims && input[3] != 0)))
        throwRuntimeError("Expected 3D or 4D (batch mode) tensor with optional 0 dim batch size for input, but got:"
                          + formatSizeList(input));
    if (!(kW / 2 >= padW && kH / 2 >= padH))
        throwRuntimeError("pad should be smaller than or equal to half of kernel size, but got padW = " + std::to_string(padW)
                          + ", padH = " + std::to_string(padH) + ", kW = " + std::to_string(kW) + ", kH = " + std::to_string(kH));
    if (!(outW >= 1 && outH >= 1))
        throwRuntimeError("Given input size: (" + std::to_string(planes) + "x" + std::to_string(inH) + "x" + std::to_string(inW)
                          + "). Calculated output size: (" + std::to_string(planes) + "x" + std::to_string(outH) + "x"
                          + std::to_string(outW) + "). Output size is too small",
                          ErrorKind::OutputTooSmall, ErrorDetails{.input = {planes, inH, inW}, .other = {planes, outH, outW}});
}

Dim sizeAt(const Shape &shape, Dim dim)
{
    if (shape.empty())
        throwIndexError("Dimension specified as " + std::to_string(dim) + " but tensor has no dimensions");
    return shape[size_t(wrapDim(dim, Dim(shape.size())))];
}

struct PoolPlan
{
    Shape output;
    Dim kH = 1, kW = 1, dH = 1, dW = 1, padH = 0, padW = 0, dilH = 1, dilW = 1;
};

// The common end of max_pool2d's and avg_pool2d's shape rules, once the window is in `p`: the
// output sizes, pool2d_shape_check, and the check of the output that forward allocates.
// ATen keeps the output sizes in a 32-bit int, so a size of 2^32 or more wraps (measured with
// empty inputs of huge height, which PyTorch can create). An input PyTorch could not create
// (its storage overflows) is traced with the exact sizes instead, and nothing is allocated.
void finishPool2dPlan(const Shape &input, bool ceil, PoolPlan &p)
{
    const bool creatable = !storageOverflows(input);
    auto pooled = [creatable](Dim size) { return creatable ? Dim(std::int32_t(std::uint32_t(std::uint64_t(size)))) : size; };
    const Dim planes = sizeAt(input, -3), inH = sizeAt(input, -2), inW = sizeAt(input, -1);
    const Dim outH = pooled(poolingOutputShape(inH, p.kH, p.padH, p.dH, p.dilH, ceil));
    const Dim outW = pooled(poolingOutputShape(inW, p.kW, p.padW, p.dW, p.dilW, ceil));
    pool2dShapeCheck(input, p.kH, p.kW, p.dH, p.dW, p.padH, p.padW, p.dilH, p.dilW, planes, inH, inW, outH, outW);
    p.output = input;
    p.output[input.size() - 2] = outH;
    p.output[input.size() - 1] = outW;
    if (creatable)
        checkStorageSize(p.output);
}

// Runs a 2-D window over every plane of a 3-D/4-D contiguous input.
template <typename Reduce>
Tensor runWindows(const Tensor &input, const PoolPlan &p, Reduce reduce)
{
    const Shape &in = input.sizes();
    const Dim h = in[in.size() - 2], w = in.back();
    const Dim oh = p.output[p.output.size() - 2], ow = p.output.back();
    Dim planes = 1;
    for (size_t i = 0; i + 2 < in.size(); ++i)
        planes *= in[i];
    const std::vector<float> x = input.values();
    std::vector<float> y(size_t(planes * oh * ow));
    for (Dim plane = 0; plane < planes; ++plane) {
        const float *src = x.data() + plane * h * w;
        for (Dim oy = 0; oy < oh; ++oy)
            for (Dim ox = 0; ox < ow; ++ox)
                y[size_t((plane * oh + oy) * ow + ox)] = reduce(src, h, w, oy, ox);
    }
    return Tensor::fromValues(p.output, std::move(y));
}

// Multiply-adds of a pooling forward: each output reads its window clipped to the input.
double windowWork(const Shape &input, const PoolPlan &p)
{
    const double h = double(input[input.size() - 2]), w = double(input.back());
    return double(*checkedNumel(p.output)) * std::min(double(p.kH), h) * std::min(double(p.kW), w);
}

class MaxPool2d : public Module
{
public:
    MaxPool2d(Value kernel, Value stride, Value padding, Value dilation, Value returnIndices, Value ceil)
        : m_kernel(std::move(kernel)), m_stride(std::move(stride)), m_padding(std::move(padding)),
          m_dilation(std::move(dilation)), m_returnIndices(std::move(returnIndices)), m_ceil(std::move(ceil))
    {
    }
    std::string typeName() const override { return "MaxPool2d"; }
    std::string repr() const override
    {
        return "MaxPool2d(kernel_size=" + pythonStr(m_kernel) + ", stride=" + pythonStr(m_stride) + ", padding="
               + pythonStr(m_padding) + ", dilation=" + pythonStr(m_dilation) + ", ceil_mode=" + pythonStr(m_ceil) + ")";
    }
    Shape outputShape(const Shape &input) const override { return plan(input).output; }
    Tensor forward(const Tensor &input) const override
    {
        const PoolPlan p = plan(input.sizes());
        if (!canComputeValues(input, p.output) || !withinComputeBudget(windowWork(input.sizes(), p), {}))
            return Tensor::shapeOnly(p.output);
        return runWindows(input, p, [&](const float *src, Dim h, Dim w, Dim oy, Dim ox) {
            float best = -std::numeric_limits<float>::infinity();
            for (Dim ky = 0; ky < p.kH; ++ky) {
                const Dim iy = oy * p.dH - p.padH + ky * p.dilH;
                if (iy < 0 || iy >= h)
                    continue;
                for (Dim kx = 0; kx < p.kW; ++kx) {
                    const Dim ix = ox * p.dW - p.padW + kx * p.dilW;
                    if (ix < 0 || ix >= w)
                        continue;
                    const float v = src[iy * w + ix];
                    if (v > best || std::isnan(v))
                        best = v;
                }
            }
            return best;
        });
    }
    bool returnsTuple() const override { return pythonTruthy(m_returnIndices); }
    void acceptTuple() const override { throwTupleForTensorArgument(functionName()); }

private:
    // return_indices chooses the function F.max_pool2d dispatches to, and so the name in its
    // argument errors; the shape checks and their messages are the same for both.
    std::string functionName() const { return pythonTruthy(m_returnIndices) ? "max_pool2d_with_indices" : "max_pool2d"; }

    PoolPlan plan(const Shape &input) const
    {
        const std::string f = functionName();
        matchIntList(f, "kernel_size", 2, m_kernel);
        matchIntList(f, "stride", 3, m_stride);
        matchIntList(f, "padding", 4, m_padding);
        matchIntList(f, "dilation", 5, m_dilation);
        boolArg(f, "ceil_mode", 6, m_ceil);
        // The binding unpacks its arguments as a C++ call's arguments, which GCC evaluates right
        // to left: a bad element of a later list is reported before one of an earlier list.
        const Shape dilation = parseIntList(f, "dilation", 5, m_dilation);
        const Shape padding = parseIntList(f, "padding", 4, m_padding);
        const Shape stride = parseIntList(f, "stride", 3, m_stride);
        const Shape kernel = parseIntList(f, "kernel_size", 2, m_kernel);
        const bool ceil = boolArg(f, "ceil_mode", 6, m_ceil);
        if (kernel.size() != 1 && kernel.size() != 2)
            throwRuntimeError("max_pool2d: kernel_size must either be a single int, or a tuple of two ints");
        if (stride.size() > 2)
            throwRuntimeError("max_pool2d: stride must either be omitted, a single int, or a tuple of two ints");
        if (padding.size() != 1 && padding.size() != 2)
            throwRuntimeError("max_pool2d: padding must be either be a single int, or a tuple of two ints");
        if (dilation.size() != 1 && dilation.size() != 2)
            throwRuntimeError("max_pool2d: dilation must be either a single int, or a tuple of two ints");
        PoolPlan p;
        p.kH = kernel[0];
        p.kW = kernel.size() == 1 ? kernel[0] : kernel[1];
        p.dH = stride.empty() ? p.kH : stride[0];
        p.dW = stride.empty() ? p.kW : (stride.size() == 1 ? p.dH : stride[1]);
        p.padH = padding[0];
        p.padW = padding.size() == 1 ? p.padH : padding[1];
        p.dilH = dilation[0];
        p.dilW = dilation.size() == 1 ? p.dilH : dilation[1];
        if (input.size() != 3 && input.size() != 4)
            throwRuntimeError("non-empty 3D or 4D (batch mode) tensor expected for input");
        finishPool2dPlan(input, ceil, p);
        return p;
    }

    Value m_kernel, m_stride, m_padding, m_dilation, m_returnIndices, m_ceil;
};

class AvgPool2d : public Module
{
public:
    AvgPool2d(Value kernel, Value stride, Value padding, Value ceil, Value countIncludePad, Value divisor)
        : m_kernel(std::move(kernel)), m_stride(std::move(stride)), m_padding(std::move(padding)), m_ceil(std::move(ceil)),
          m_countIncludePad(std::move(countIncludePad)), m_divisor(std::move(divisor))
    {
    }
    std::string typeName() const override { return "AvgPool2d"; }
    std::string repr() const override
    {
        return "AvgPool2d(kernel_size=" + pythonStr(m_kernel) + ", stride=" + pythonStr(m_stride) + ", padding="
               + pythonStr(m_padding) + ")";
    }
    Shape outputShape(const Shape &input) const override { return plan(input).output; }
    Tensor forward(const Tensor &input) const override
    {
        const PoolPlan p = plan(input.sizes());
        if (!canComputeValues(input, p.output) || !withinComputeBudget(windowWork(input.sizes(), p), {}))
            return Tensor::shapeOnly(p.output);
        const bool includePad = std::get<bool>(m_countIncludePad.data);
        const auto divisor = asInt(m_divisor);
        const Shape &in = input.sizes();
        const Dim inH = in[in.size() - 2], inW = in.back();
        return runWindows(input, p, [&](const float *src, Dim h, Dim w, Dim oy, Dim ox) {
            // ATen's avg_pool2d: the window clipped to the padded input decides the pool size
            // (count_include_pad), the window clipped to the input decides which values add up.
            Dim hStart = oy * p.dH - p.padH, wStart = ox * p.dW - p.padW;
            Dim hEnd = std::min(hStart + p.kH, inH + p.padH), wEnd = std::min(wStart + p.kW, inW + p.padW);
            const Dim poolSize = (hEnd - hStart) * (wEnd - wStart);
            hStart = std::max<Dim>(hStart, 0);
            wStart = std::max<Dim>(wStart, 0);
            hEnd = std::min(hEnd, h);
            wEnd = std::min(wEnd, w);
            if (hStart >= hEnd || wStart >= wEnd)
                return 0.0f;
            double sum = 0.0;
            for (Dim iy = hStart; iy < hEnd; ++iy)
                for (Dim ix = wStart; ix < wEnd; ++ix)
                    sum += src[iy * w + ix];
            Dim divide = divisor ? *divisor : (includePad ? poolSize : (hEnd - hStart) * (wEnd - wStart));
            return float(sum / double(divide));
        });
    }
    void acceptTuple() const override { throwTupleForTensorArgument("avg_pool2d"); }

private:
    PoolPlan plan(const Shape &input) const
    {
        const std::string f = "avg_pool2d";
        matchIntList(f, "kernel_size", 2, m_kernel);
        matchIntList(f, "stride", 3, m_stride);
        matchIntList(f, "padding", 4, m_padding);
        const bool ceil = boolArg(f, "ceil_mode", 5, m_ceil);
        boolArg(f, "count_include_pad", 6, m_countIncludePad);
        if (!m_divisor.isNone() && !m_divisor.isInt())
            throwTypeError("avg_pool2d(): argument 'divisor_override' (position 7) must be int, not " + pythonTypeName(m_divisor));
        // Unpacked right to left, as for max_pool2d.
        const Shape padding = parseIntList(f, "padding", 4, m_padding);
        const Shape stride = parseIntList(f, "stride", 3, m_stride);
        const Shape kernel = parseIntList(f, "kernel_size", 2, m_kernel);
        if (kernel.size() != 1 && kernel.size() != 2)
            throwRuntimeError("avg_pool2d: kernel_size must either be a single int, or a tuple of two ints");
        if (stride.size() > 2)
            throwRuntimeError("avg_pool2d: stride must either be omitted, a single int, or a tuple of two ints");
        if (padding.size() != 1 && padding.size() != 2)
            throwRuntimeError("avg_pool2d: padding must either be a single int, or a tuple of two ints");
        if (m_divisor.isInt() && std::get<std::int64_t>(m_divisor.data) == 0)
            throwRuntimeError("divisor must be not zero");
        PoolPlan p;
        p.kH = kernel[0];
        p.kW = kernel.size() == 1 ? kernel[0] : kernel[1];
        p.dH = stride.empty() ? p.kH : stride[0];
        p.dW = stride.empty() ? p.kW : (stride.size() == 1 ? p.dH : stride[1]);
        p.padH = padding[0];
        p.padW = padding.size() == 1 ? p.padH : padding[1];
        finishPool2dPlan(input, ceil, p); // avg_pool2d has no dilation: p keeps 1
        return p;
    }

    Value m_kernel, m_stride, m_padding, m_ceil, m_countIncludePad, m_divisor;
};

class AdaptiveAvgPool2d : public Module
{
public:
    explicit AdaptiveAvgPool2d(Value outputSize) : m_outputSize(std::move(outputSize)) {}
    std::string typeName() const override { return "AdaptiveAvgPool2d"; }
    std::string repr() const override { return "AdaptiveAvgPool2d(output_size=" + pythonStr(m_outputSize) + ")"; }
    Shape outputShape(const Shape &input) const override { return plan(input); }
    Tensor forward(const Tensor &input) const override
    {
        const Shape out = plan(input.sizes());
        if (!canComputeValues(input, out))
            return Tensor::shapeOnly(out);
        PoolPlan p;
        p.output = out;
        const Dim oh = out[out.size() - 2], ow = out.back();
        return runWindows(input, p, [&](const float *src, Dim h, Dim w, Dim oy, Dim ox) {
            const Dim hStart = (oy * h) / oh, hEnd = ((oy + 1) * h + oh - 1) / oh;
            const Dim wStart = (ox * w) / ow, wEnd = ((ox + 1) * w + ow - 1) / ow;
            double sum = 0.0;
            for (Dim iy = hStart; iy < hEnd; ++iy)
                for (Dim ix = wStart; ix < wEnd; ++ix)
                    sum += src[iy * w + ix];
            return float(sum / double((hEnd - hStart) * (wEnd - wStart)));
        });
    }
    // F.adaptive_avg_pool2d first reads input.size() to fill in None output sizes.
    void acceptTuple() const override { throwTupleHasNoAttribute("size"); }

private:
    Shape plan(const Shape &input) const
    {
        Shape size;
        if (m_outputSize.isBool()) {
            throwTypeError("adaptive_avg_pool2d(): argument 'output_size' (position 2) must be tuple of SymInts, not bool");
        } else if (m_outputSize.isInt()) {
            // A single int means a square output; a 1-tuple is not expanded.
            const Dim n = std::get<std::int64_t>(m_outputSize.data);
            size = {n, n};
        } else {
            // F.adaptive_avg_pool2d's _list_with_default: None entries take the input's size.
            if (!m_outputSize.isSequence() && !m_outputSize.isString())
                throwTypeError("object of type '" + pythonTypeName(m_outputSize) + "' has no len()");
            const Value pairValue = m_outputSize.isString() ? pythonPair(m_outputSize) : m_outputSize;
            const auto &items = std::get<SequenceValue>(pairValue.data).items;
            if (input.size() <= items.size())
                throwValueError("Input dimension should be at least " + std::to_string(items.size() + 1));
            for (size_t i = 0; i < items.size(); ++i) {
                if (items[i].isNone()) {
                    size.push_back(input[input.size() - items.size() + i]);
                } else if (items[i].isInt()) {
                    size.push_back(std::get<std::int64_t>(items[i].data));
                } else {
                    // _list_with_default returns a list; the C++ parser then rejects it whole.
                    throwTypeError("adaptive_avg_pool2d(): argument 'output_size' (position 2) must be tuple of SymInts, not list");
                }
            }
        }
        if (size.size() != 2)
            throwRuntimeError("adaptive_avg_pool2d: output_size must be 2");
        if (!(size[0] >= 0 && size[1] >= 0))
            throwRuntimeError("adaptive_avg_pool2d: elements of output_size must be greater than or equal to 0 but received {"
                              + std::to_string(size[0]) + ", " + std::to_string(size[1]) + "}");
        const Dim ndim = Dim(input.size());
        if (size[0] == 1 && size[1] == 1) {
            // ATen computes a (1, 1) output as input.mean({-1, -2}, keepdim=True): any rank with
            // at least two dims works, and empty dims are allowed (their mean is NaN).
            wrapDim(-1, ndim);
            wrapDim(-2, ndim);
            Shape out = input;
            out[size_t(ndim - 2)] = 1;
            out[size_t(ndim - 1)] = 1;
            return out;
        }
        if (ndim == 3 || ndim == 4) {
            for (Dim i : {-2, -1}) {
                if (sizeAt(input, i) <= 0)
                    throwRuntimeError("adaptive_avg_pool2d(): Expected input to have non-zero size for non-batch dimensions, "
                                      "but input has sizes " + formatSizeList(input) + " with dimension " + std::to_string(i + ndim)
                                      + " being empty");
            }
        }
        if (ndim != 3 && ndim != 4)
            throwRuntimeError("adaptive_avg_pool2d(): Expected 3D or 4D tensor, but got " + formatSizeList(input));
        Shape out = input;
        out[size_t(ndim - 2)] = size[0];
        out[size_t(ndim - 1)] = size[1];
        checkAllocatedOutput(input, out);
        return out;
    }

    Value m_outputSize;
};

} // namespace

ModulePtr makeMaxPool2d(const Arguments &args)
{
    static const Signature signature{"_MaxPoolNd",
                                     {{"kernel_size", std::nullopt},
                                      {"stride", Value{NoneValue{}}},
                                      {"padding", intValue(0)},
                                      {"dilation", intValue(1)},
                                      {"return_indices", Value{false}},
                                      {"ceil_mode", Value{false}}}};
    auto b = bindArguments(signature, args);
    const Value stride = b.values[1].isNone() ? b.values[0] : b.values[1];
    return std::make_shared<MaxPool2d>(b.values[0], stride, b.values[2], b.values[3], b.values[4], b.values[5]);
}

ModulePtr makeAvgPool2d(const Arguments &args)
{
    static const Signature signature{"AvgPool2d",
                                     {{"kernel_size", std::nullopt},
                                      {"stride", Value{NoneValue{}}},
                                      {"padding", intValue(0)},
                                      {"ceil_mode", Value{false}},
                                      {"count_include_pad", Value{true}},
                                      {"divisor_override", Value{NoneValue{}}}}};
    auto b = bindArguments(signature, args);
    const Value stride = b.values[1].isNone() ? b.values[0] : b.values[1];
    return std::make_shared<AvgPool2d>(b.values[0], stride, b.values[2], b.values[3], b.values[4], b.values[5]);
}

ModulePtr makeAdaptiveAvgPool2d(const Arguments &args)
{
    static const Signature signature{"_AdaptiveAvgPoolNd", {{"output_size", std::nullopt}}};
    auto b = bindArguments(signature, args);
    return std::make_shared<AdaptiveAvgPool2d>(b.values[0]);
}

} // namespace ft::detail
