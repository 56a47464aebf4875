// modules_pool.cpp — MaxPool1d/2d/3d, AvgPool1d/2d/3d (one window plan over up to three dims), AdaptiveAvgPool2d.
//
// The shape checks follow ATen's pooling meta functions in order (argument lengths, rank,
// pooling_output_shape's stride/pad checks, then pool2d_shape_check), because the first failing
// check decides which message PyTorch prints.
#include "engine/modules_p.h"

#include <algorithm>
#include <array>
#include <optional>
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

// A C++ int64 -> int conversion without a check: the low 32 bits, as a signed int.
Dim wrapInt32(Dim v)
{
    return Dim(std::int32_t(std::uint32_t(std::uint64_t(v))));
}

// ATen's pooling_output_shape (Pool.h). Its div_rtn keeps the quotient and the remainder in C++
// ints (`int q = x / y; int r = x % y;`): with `intDivision` (an input PyTorch can create) both
// wrap to 32 bits, so a remainder that wraps positive skips the rounding down.
Dim poolingOutputShape(Dim input, Dim kernel, Dim pad, Dim stride, Dim dilation, bool ceil, bool intDivision = false)
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
    Wide remainder = numerator % stride;
    if (intDivision) {
        out = wrapInt32(Dim(out));
        remainder = wrapInt32(Dim(remainder));
    }
    if ((remainder != 0) && ((remainder < 0) != (stride < 0)))
        --out;
    ++out;
    if (ceil && (out - 1) * Wide(stride) >= Wide(input) + pad)
        --out;
    if (out > Wide(std::numeric_limits<Dim>::max()) || out < Wide(std::numeric_limits<Dim>::min()))
        throwRuntimeError("pooling output size overflows int64");
    return Dim(out);
}

// ATen's pool2d_shape_check for contiguous input. Its parameters are C++ ints: the sizes it is
// given wrap to 32 bits (max_pool2d has checked they fit; avg_pool2d has not).
void pool2dShapeCheck(const Shape &input, Dim kH, Dim kW, Dim dH, Dim dW, Dim padH, Dim padW, Dim dilH, Dim dilW,
                      Dim planes, Dim inH, Dim inW, Dim outH, Dim outW)
{
    for (Dim *v : {&kH, &kW, &dH, &dW, &padH, &padW, &dilH, &dilW})
        *v = wrapInt32(*v);
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

// A pooling window over the input's last one to three dims. Fewer than three spatial dims are
// stored as leading dims of size one (kernel 1, stride 1, no padding), so one loop serves all.
struct PoolPlan
{
    Shape output;
    std::array<Dim, 3> kernel{1, 1, 1}, stride{1, 1, 1}, pad{0, 0, 0}, dilation{1, 1, 1};
};

// ATen keeps pooling output sizes in a 32-bit int, so a size of 2^32 or more wraps (measured with
// empty inputs of huge height, which PyTorch can create). An input PyTorch could not create (its
// storage overflows) is traced with the exact sizes instead, and nothing is allocated.
Dim pooledSize(bool creatable, Dim size)
{
    return creatable ? Dim(std::int32_t(std::uint32_t(std::uint64_t(size)))) : size;
}

// The common end of max_pool2d's and avg_pool2d's shape rules, once the window is in `p`: the
// output sizes, pool2d_shape_check, and the check of the output that forward allocates.
void finishPool2dPlan(const Shape &input, bool ceil, PoolPlan &p)
{
    const bool creatable = !storageOverflows(input);
    const Dim planes = sizeAt(input, -3), inH = sizeAt(input, -2), inW = sizeAt(input, -1);
    const auto &[unusedK, kH, kW] = p.kernel;
    const auto &[unusedS, dH, dW] = p.stride;
    const auto &[unusedP, padH, padW] = p.pad;
    const auto &[unusedD, dilH, dilW] = p.dilation;
    const Dim outH = pooledSize(creatable, poolingOutputShape(inH, kH, padH, dH, dilH, ceil, creatable));
    const Dim outW = pooledSize(creatable, poolingOutputShape(inW, kW, padW, dW, dilW, ceil, creatable));
    pool2dShapeCheck(input, kH, kW, dH, dW, padH, padW, dilH, dilW, planes, inH, inW, outH, outW);
    p.output = input;
    p.output[input.size() - 2] = outH;
    p.output[input.size() - 1] = outW;
    if (creatable)
        checkStorageSize(p.output);
}

// max_pool3d's and avg_pool3d's shape rule: output sizes, then pool3d_shape_check (the average
// pool also wants the input at least as large as the kernel), then the output's storage.
void finishPool3dPlan(const Shape &input, bool ceil, PoolPlan &p, const std::string &function, bool average)
{
    const bool creatable = !storageOverflows(input);
    const size_t rank = input.size();
    Shape out = input;
    std::array<Dim, 3> in{}, o{};
    for (size_t i = 0; i < 3; ++i) {
        in[i] = input[rank - 3 + i];
        o[i] = pooledSize(creatable, poolingOutputShape(in[i], p.kernel[i], p.pad[i], p.stride[i], p.dilation[i], ceil, creatable));
        out[rank - 3 + i] = o[i];
    }
    auto tdw = [](const char *what, const std::array<Dim, 3> &v) {
        return std::string(what) + "T: " + std::to_string(v[0]) + " " + what + "H: " + std::to_string(v[1]) + " " + what
               + "W: " + std::to_string(v[2]);
    };
    auto positive = [](const std::array<Dim, 3> &v) { return v[0] > 0 && v[1] > 0 && v[2] > 0; };
    if (!positive(p.kernel))
        throwRuntimeError("kernel size should be greater than zero, but got " + tdw("k", p.kernel));
    if (!positive(p.stride))
        throwRuntimeError("stride should be greater than zero, but got " + tdw("d", p.stride));
    if (!positive(p.dilation))
        throwRuntimeError("dilation should be greater than zero, but got " + tdw("dilation", p.dilation));
    for (size_t i = rank == 5 ? 1 : 0; i < rank; ++i) {
        if (input[i] <= 0)
            throwRuntimeError(function + ": Expected input's non-batch dimensions to have positive length, but input has a "
                              "shape of " + formatSizeList(input) + " and non-batch dimension " + std::to_string(input[i])
                              + " has length zero!");
    }
    if (average && !(in[0] >= p.kernel[0] && in[1] >= p.kernel[1] && in[2] >= p.kernel[2]))
        throwRuntimeError("input image (T: " + std::to_string(in[0]) + " H: " + std::to_string(in[1]) + " W: "
                          + std::to_string(in[2]) + ") smaller than kernel size (" + tdw("k", p.kernel) + ")");
    if (!(o[0] >= 1 && o[1] >= 1 && o[2] >= 1)) {
        const std::string planes = std::to_string(input[rank - 4]);
        throwRuntimeError("Given input size: (" + planes + "x" + std::to_string(in[0]) + "x" + std::to_string(in[1]) + "x"
                          + std::to_string(in[2]) + "). Calculated output size: (" + planes + "x" + std::to_string(o[0]) + "x"
                          + std::to_string(o[1]) + "x" + std::to_string(o[2]) + "). Output size is too small");
    }
    p.output = out;
    if (creatable)
        checkStorageSize(p.output);
}

// Runs the plan's window over every plane of a contiguous input: `reduce(src, inSize, at)` gives
// the output at window position `at` of a plane whose values start at `src`.
template <typename Reduce>
Tensor runWindows(const Tensor &input, const PoolPlan &p, Reduce reduce)
{
    const Shape &in = input.sizes();
    const size_t spatial = std::min<size_t>(3, in.size());
    std::array<Dim, 3> inSize{1, 1, 1}, outSize{1, 1, 1};
    for (size_t i = 0; i < spatial; ++i) {
        inSize[3 - spatial + i] = in[in.size() - spatial + i];
        outSize[3 - spatial + i] = p.output[p.output.size() - spatial + i];
    }
    // Dims the window does not cover (kernel 1, stride 1, no padding) are planes of their own.
    Dim planes = 1;
    for (size_t i = 0; i + spatial < in.size(); ++i)
        planes *= in[i];
    const Dim inPlane = inSize[0] * inSize[1] * inSize[2], outPlane = outSize[0] * outSize[1] * outSize[2];
    const std::vector<float> x = input.values();
    std::vector<float> y(size_t(planes * outPlane));
    for (Dim plane = 0; plane < planes; ++plane) {
        const float *src = x.data() + plane * inPlane;
        float *dst = y.data() + plane * outPlane;
        for (Dim od = 0; od < outSize[0]; ++od)
            for (Dim oy = 0; oy < outSize[1]; ++oy)
                for (Dim ox = 0; ox < outSize[2]; ++ox)
                    *dst++ = reduce(src, inSize, std::array<Dim, 3>{od, oy, ox});
    }
    return Tensor::fromValues(p.output, std::move(y));
}

// Multiply-adds of a pooling forward: each output reads its window clipped to the input.
double windowWork(const Shape &input, const PoolPlan &p)
{
    double work = double(*checkedNumel(p.output));
    for (size_t i = 0; i < 3 && i < input.size(); ++i)
        work *= std::min(double(p.kernel[2 - i]), double(input[input.size() - 1 - i]));
    return work;
}

// The maximum of a window, skipping positions in the padding; NaN wins, as in ATen.
float windowMax(const PoolPlan &p, const float *src, const std::array<Dim, 3> &in, const std::array<Dim, 3> &at)
{
    float best = -std::numeric_limits<float>::infinity();
    for (Dim kd = 0; kd < p.kernel[0]; ++kd) {
        const Dim id = at[0] * p.stride[0] - p.pad[0] + kd * p.dilation[0];
        if (id < 0 || id >= in[0])
            continue;
        for (Dim ky = 0; ky < p.kernel[1]; ++ky) {
            const Dim iy = at[1] * p.stride[1] - p.pad[1] + ky * p.dilation[1];
            if (iy < 0 || iy >= in[1])
                continue;
            for (Dim kx = 0; kx < p.kernel[2]; ++kx) {
                const Dim ix = at[2] * p.stride[2] - p.pad[2] + kx * p.dilation[2];
                if (ix < 0 || ix >= in[2])
                    continue;
                const float v = src[(id * in[1] + iy) * in[2] + ix];
                if (v > best || std::isnan(v))
                    best = v;
            }
        }
    }
    return best;
}

// ATen's avg_pool2d/avg_pool3d: the window clipped to the padded input decides the pool size
// (count_include_pad), the window clipped to the input decides which values add up.
float windowAverage(const PoolPlan &p, bool includePad, std::optional<Dim> divisor, const float *src,
                    const std::array<Dim, 3> &in, const std::array<Dim, 3> &at)
{
    std::array<Dim, 3> start{}, end{};
    Dim poolSize = 1, count = 1;
    for (size_t i = 0; i < 3; ++i) {
        start[i] = at[i] * p.stride[i] - p.pad[i];
        end[i] = std::min(start[i] + p.kernel[i], in[i] + p.pad[i]);
        poolSize *= end[i] - start[i];
        start[i] = std::max<Dim>(start[i], 0);
        end[i] = std::min(end[i], in[i]);
        if (start[i] >= end[i])
            return 0.0f;
        count *= end[i] - start[i];
    }
    double sum = 0.0;
    for (Dim id = start[0]; id < end[0]; ++id)
        for (Dim iy = start[1]; iy < end[1]; ++iy)
            for (Dim ix = start[2]; ix < end[2]; ++ix)
                sum += src[(id * in[1] + iy) * in[2] + ix];
    return float(sum / double(divisor ? *divisor : (includePad ? poolSize : count)));
}

// One int per dim from a parsed int list of one or N values (stride: none means the kernel's);
// dims before the N spatial ones get `unpooled` (1 for sizes, 0 for padding).
std::array<Dim, 3> perDim(const Shape &values, size_t spatial, const std::array<Dim, 3> &fallback, Dim unpooled = 1)
{
    std::array<Dim, 3> out{unpooled, unpooled, unpooled};
    if (values.empty())
        return fallback;
    for (size_t i = 0; i < spatial; ++i)
        out[3 - spatial + i] = values.size() == 1 ? values[0] : values[i];
    return out;
}

// "Expected 2 to 3 dimensions, but got 4-dimensional tensor for argument #1 'self' (while
// checking arguments for avg_pool1d)" and check1d's "should contain one int": the 1-d pools that
// run as 2-d pools on input.unsqueeze(-2).
void checkPool1dArguments(const std::string &function, const Shape &input,
                          std::initializer_list<std::pair<const char *, const Shape *>> lists)
{
    if (input.size() < 2 || input.size() > 3)
        throwRuntimeError("Expected 2 to 3 dimensions, but got " + std::to_string(input.size())
                          + "-dimensional tensor for argument #1 'self' (while checking arguments for " + function + ")");
    for (const auto &[name, values] : lists) {
        if (values->size() != 1)
            throwRuntimeError(function + "() argument '" + name + "' should contain one int (got "
                              + std::to_string(values->size()) + ")");
    }
}

// ATen's safe_downcast<int, int64_t> of pooling arguments (max_pool2d/3d, avg_pool3d).
void checkFitsInt32(const Shape &values)
{
    for (const Dim v : values) {
        if (v < std::numeric_limits<std::int32_t>::min() || v > std::numeric_limits<std::int32_t>::max())
            throwRuntimeError("integer out of range");
    }
}

// input.unsqueeze(-2): the 2-d view a 1-d pool runs on.
Shape unsqueezeHeight(const Shape &input)
{
    Shape x = input;
    x.insert(x.end() - 1, 1);
    return x;
}

// nn.MaxPool1d/2d/3d: max_pool1d has its own kernel (or, with return_indices, runs as a 2-d
// pool); max_pool2d and max_pool3d check their lists' lengths, then the shared pool checks.
class MaxPoolNd : public Module
{
public:
    MaxPoolNd(size_t spatial, Value kernel, Value stride, Value padding, Value dilation, Value returnIndices, Value ceil)
        : m_spatial(spatial), m_kernel(std::move(kernel)), m_stride(std::move(stride)), m_padding(std::move(padding)),
          m_dilation(std::move(dilation)), m_returnIndices(std::move(returnIndices)), m_ceil(std::move(ceil))
    {
    }
    std::string typeName() const override { return "MaxPool" + std::to_string(m_spatial) + "d"; }
    std::string repr() const override
    {
        return typeName() + "(kernel_size=" + pythonStr(m_kernel) + ", stride=" + pythonStr(m_stride) + ", padding="
               + pythonStr(m_padding) + ", dilation=" + pythonStr(m_dilation) + ", ceil_mode=" + pythonStr(m_ceil) + ")";
    }
    Shape outputShape(const Shape &input) const override { return plan(input, false).output; }
    Shape recordedOutputShape(const Shape &input, bool inputRequiresGrad) const override
    {
        return plan(input, inputRequiresGrad).output;
    }
    Tensor forward(const Tensor &input) const override
    {
        const PoolPlan p = plan(input.sizes(), false);
        if (!canComputeValues(input, p.output) || !withinComputeBudget(windowWork(input.sizes(), p), {}))
            return Tensor::shapeOnly(p.output);
        return runWindows(input, p, [&](const float *src, const std::array<Dim, 3> &in, const std::array<Dim, 3> &at) {
            return windowMax(p, src, in, at);
        });
    }
    bool returnsTuple() const override { return pythonTruthy(m_returnIndices); }
    void acceptTuple() const override { throwTupleForTensorArgument(functionName()); }
    // The float-only kernels refuse int64 after the shape checks; max_pool1d dispatches before it
    // checks that the output is not empty.
    DType resultDtype(const Shape &input, DType dtype) const override
    {
        if (dtype != DType::Int64)
            return dtype;
        if (m_spatial == 1 && !pythonTruthy(m_returnIndices)) {
            try {
                outputShape(input);
            } catch (const TorchError &error) {
                if (error.kind() != ErrorKind::OutputTooSmall)
                    throw;
            }
            throwNotImplementedForLong("max_pool1d_impl");
        }
        outputShape(input);
        throwNotImplementedForLong(m_spatial == 3 ? "max_pool3d_with_indices_cpu" : "max_pool2d");
    }
    std::optional<Value> attribute(std::string_view name) const override
    {
        return namedAttribute(name, {{"kernel_size", &m_kernel}, {"stride", &m_stride}, {"padding", &m_padding},
                                     {"dilation", &m_dilation}, {"return_indices", &m_returnIndices},
                                     {"ceil_mode", &m_ceil}});
    }

private:
    // return_indices chooses the function F.max_poolNd dispatches to, and so the name in its
    // argument errors.
    std::string functionName() const
    {
        return "max_pool" + std::to_string(m_spatial) + "d" + (pythonTruthy(m_returnIndices) ? "_with_indices" : "");
    }

    // ATen's max_pool1d runs max_pool1d_with_indices (other checks, other messages) when the
    // input requires grad in grad mode; the name in argument errors stays the Python function's.
    PoolPlan plan(const Shape &input, bool inputRequiresGrad) const
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
        Shape stride = parseIntList(f, "stride", 3, m_stride);
        const Shape kernel = parseIntList(f, "kernel_size", 2, m_kernel);
        const bool ceil = boolArg(f, "ceil_mode", 6, m_ceil);
        if (m_spatial == 1 && (pythonTruthy(m_returnIndices) || inputRequiresGrad)) {
            // F.max_pool1d checks the input's rank, then picks max_pool1d_with_indices for an
            // input that requires grad: max_pool2d_with_indices on input.unsqueeze(-2).
            if (!pythonTruthy(m_returnIndices))
                checkMaxPool1dInput(input);
            if (stride.empty())
                stride = kernel;
            checkPool1dArguments("max_pool1d", input, {{"kernel_size", &kernel}, {"stride", &stride}, {"padding", &padding},
                                                       {"dilation", &dilation}});
            for (const Shape *values : std::initializer_list<const Shape *>{&kernel, &stride, &padding, &dilation})
                checkFitsInt32(*values);
            PoolPlan p;
            p.kernel = {1, 1, kernel[0]};
            p.stride = {1, 1, stride[0]};
            p.pad = {0, 0, padding[0]};
            p.dilation = {1, 1, dilation[0]};
            finishPool2dPlan(unsqueezeHeight(input), ceil, p);
            p.output.erase(p.output.end() - 2);
            return p;
        }
        if (m_spatial == 1)
            return plan1d(input, kernel, stride, padding, dilation, ceil);
        const std::string n = std::to_string(m_spatial), tuple = m_spatial == 2 ? "two" : "three";
        auto lengthOk = [&](const Shape &v) { return v.size() == 1 || v.size() == m_spatial; };
        // Each list is checked for its length, then narrowed to int (safe_downcast), in turn.
        if (!lengthOk(kernel))
            throwRuntimeError("max_pool" + n + "d: kernel_size must either be a single int, or a tuple of " + tuple + " ints");
        checkFitsInt32(kernel);
        if (!stride.empty() && !lengthOk(stride))
            throwRuntimeError("max_pool" + n + "d: stride must either be omitted, a single int, or a tuple of " + tuple + " ints");
        checkFitsInt32(stride);
        if (!lengthOk(padding))
            throwRuntimeError("max_pool" + n + "d: padding must be either be a single int, or a tuple of " + tuple + " ints");
        checkFitsInt32(padding);
        if (!lengthOk(dilation))
            throwRuntimeError("max_pool" + n + "d: dilation must be either a single int, or a tuple of " + tuple + " ints");
        checkFitsInt32(dilation);
        PoolPlan p;
        p.kernel = perDim(kernel, m_spatial, {});
        p.stride = perDim(stride, m_spatial, p.kernel);
        p.pad = perDim(padding, m_spatial, {}, 0);
        p.dilation = perDim(dilation, m_spatial, {});
        if (m_spatial == 2) {
            if (input.size() != 3 && input.size() != 4)
                throwRuntimeError("non-empty 3D or 4D (batch mode) tensor expected for input");
            finishPool2dPlan(input, ceil, p);
        } else {
            if (input.size() != 4 && input.size() != 5)
                throwRuntimeError("non-empty 4D or 5D (batch mode) tensor expected for input");
            finishPool3dPlan(input, ceil, p, "max_pool3d_with_indices_out_cpu_template()", false);
        }
        return p;
    }

    static void checkMaxPool1dInput(const Shape &input)
    {
        const size_t rank = input.size();
        if (!((rank == 2 && input[0] != 0 && input[1] != 0) || (rank == 3 && input[1] != 0 && input[2] != 0)))
            throwRuntimeError("max_pool1d: Expected 2D or 3D (batch mode) tensor with optional 0 dim batch size for input, "
                              "but got:" + formatSizeList(input));
    }

    // ATen's max_pool1d kernel (no indices): its own checks and messages, in its order.
    PoolPlan plan1d(const Shape &input, const Shape &kernel, Shape stride, const Shape &padding, const Shape &dilation,
                    bool ceil) const
    {
        checkMaxPool1dInput(input);
        auto sizeMessage = [](const char *name, const char *allowed, size_t got) {
            throwRuntimeError(std::string("max_pool1d() ") + name + " must be " + allowed + " of size 1 but got size "
                              + std::to_string(got));
        };
        if (kernel.size() != 1)
            sizeMessage("kernel_size", "an int, list of ints or tuple of ints", kernel.size());
        if (stride.size() > 1)
            sizeMessage("stride", "None, an int, list of ints, or tuple of ints", stride.size());
        if (padding.size() != 1)
            sizeMessage("padding", "an int, list of ints, or tuple of ints", padding.size());
        if (dilation.size() != 1)
            sizeMessage("dilation", "an int, list of ints or tuple of ints", dilation.size());
        if (stride.empty())
            stride = kernel;
        const Dim k = kernel[0], s = stride[0], pad = padding[0], d = dilation[0];
        if (k <= 0)
            throwRuntimeError("max_pool1d() kernel_size must be greater than zero, but got " + std::to_string(k));
        if (s <= 0)
            throwRuntimeError("max_pool1d() stride must be greater than zero, but got " + std::to_string(s));
        if (pad < 0)
            throwRuntimeError("max_pool1d() padding must be non-negative, but got " + std::to_string(pad));
        if (pad > k / 2)
            throwRuntimeError("max_pool1d() padding should be at most half of kernel size, but got padding="
                              + std::to_string(pad) + " and kernel_size=" + std::to_string(k));
        if (d <= 0)
            throwRuntimeError("max_pool1d() dilation must be greater than zero, but got " + std::to_string(d));
        const Dim out = poolingOutputShape(input.back(), k, pad, s, d, ceil, !storageOverflows(input));
        if (out < 0)
            throwRuntimeError("max_pool1d() Invalid computed output size: " + std::to_string(out));
        PoolPlan p;
        p.kernel = {1, 1, k};
        p.stride = {1, 1, s};
        p.pad = {0, 0, pad};
        p.dilation = {1, 1, d};
        p.output = input;
        p.output.back() = out;
        checkAllocatedOutput(input, p.output);
        return p;
    }

    size_t m_spatial;
    Value m_kernel, m_stride, m_padding, m_dilation, m_returnIndices, m_ceil;
};

// nn.AvgPool1d/2d/3d: avg_pool1d runs as avg_pool2d on input.unsqueeze(-2) after its own checks.
class AvgPoolNd : public Module
{
public:
    AvgPoolNd(size_t spatial, Value kernel, Value stride, Value padding, Value ceil, Value countIncludePad, Value divisor)
        : m_spatial(spatial), m_kernel(std::move(kernel)), m_stride(std::move(stride)), m_padding(std::move(padding)),
          m_ceil(std::move(ceil)), m_countIncludePad(std::move(countIncludePad)), m_divisor(std::move(divisor))
    {
    }
    std::string typeName() const override { return "AvgPool" + std::to_string(m_spatial) + "d"; }
    std::optional<Value> attribute(std::string_view name) const override
    {
        if (name == "divisor_override" && m_spatial == 1) // AvgPool1d has none
            return std::nullopt;
        return namedAttribute(name, {{"kernel_size", &m_kernel}, {"stride", &m_stride}, {"padding", &m_padding},
                                     {"ceil_mode", &m_ceil}, {"count_include_pad", &m_countIncludePad},
                                     {"divisor_override", &m_divisor}});
    }
    std::string repr() const override
    {
        return typeName() + "(kernel_size=" + pythonStr(m_kernel) + ", stride=" + pythonStr(m_stride) + ", padding="
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
        return runWindows(input, p, [&](const float *src, const std::array<Dim, 3> &in, const std::array<Dim, 3> &at) {
            return windowAverage(p, includePad, divisor, src, in, at);
        });
    }
    void acceptTuple() const override { throwTupleForTensorArgument(functionName()); }

private:
    std::string functionName() const { return "avg_pool" + std::to_string(m_spatial) + "d"; }

    PoolPlan plan(const Shape &input) const
    {
        const std::string f = functionName();
        matchIntList(f, "kernel_size", 2, m_kernel);
        matchIntList(f, "stride", 3, m_stride);
        matchIntList(f, "padding", 4, m_padding);
        const bool ceil = boolArg(f, "ceil_mode", 5, m_ceil);
        boolArg(f, "count_include_pad", 6, m_countIncludePad);
        if (m_spatial != 1 && !m_divisor.isNone() && !m_divisor.isPythonInt())
            throwTypeError(f + "(): argument 'divisor_override' (position 7) must be int, not " + pythonTypeName(m_divisor));
        if (m_divisor.isBigInt()) // unpacked first (the last argument)
            throwUnpackOverflow();
        // Unpacked right to left, as for max_pool2d.
        const Shape padding = parseIntList(f, "padding", 4, m_padding);
        Shape stride = parseIntList(f, "stride", 3, m_stride);
        const Shape kernel = parseIntList(f, "kernel_size", 2, m_kernel);
        PoolPlan p;
        if (m_spatial == 1) {
            if (stride.empty())
                stride = kernel;
            checkPool1dArguments(f, input, {{"kernel_size", &kernel}, {"stride", &stride}, {"padding", &padding}});
            p.kernel = {1, 1, kernel[0]};
            p.stride = {1, 1, stride[0]};
            p.pad = {0, 0, padding[0]};
            finishPool2dPlan(unsqueezeHeight(input), ceil, p);
            p.output.erase(p.output.end() - 2);
            return p;
        }
        const std::string tuple = m_spatial == 2 ? "two" : "three";
        auto lengthOk = [&](const Shape &v) { return v.size() == 1 || v.size() == m_spatial; };
        // avg_pool2d's messages say "must either be", avg_pool3d's "must be".
        const std::string either = m_spatial == 2 ? "either " : "";
        // avg_pool3d narrows each list to int (safe_downcast) after its length check.
        const bool narrows = m_spatial == 3;
        if (!lengthOk(kernel))
            throwRuntimeError(f + ": kernel_size must " + either + "be a single int, or a tuple of " + tuple + " ints");
        if (narrows)
            checkFitsInt32(kernel);
        if (!stride.empty() && !lengthOk(stride))
            throwRuntimeError(f + ": stride must " + either + "be omitted, a single int, or a tuple of " + tuple + " ints");
        if (narrows)
            checkFitsInt32(stride);
        if (!lengthOk(padding))
            throwRuntimeError(f + ": padding must " + either + "be a single int, or a tuple of " + tuple + " ints");
        if (narrows)
            checkFitsInt32(padding);
        // avg_pool3d checks the input's rank before the divisor (avg_pool2d after it).
        if (m_spatial == 3 && input.size() != 4 && input.size() != 5)
            throwRuntimeError("non-empty 4D or 5D (batch mode) tensor expected for input");
        if (m_divisor.isInt() && std::get<std::int64_t>(m_divisor.data) == 0)
            throwRuntimeError("divisor must be not zero");
        // avg_pool1d/2d do not check that their ints fit a C++ int: the output sizes are computed in
        // int64 and kept in 32 bits (pooledSize), and pool2d_shape_check sees every int wrapped.
        p.kernel = perDim(kernel, m_spatial, {});
        p.stride = perDim(stride, m_spatial, p.kernel);
        p.pad = perDim(padding, m_spatial, {}, 0);
        if (m_spatial == 2) {
            finishPool2dPlan(input, ceil, p); // avg_pool2d has no dilation: p keeps 1
        } else {
            finishPool3dPlan(input, ceil, p, "avg_pool3d()", true);
        }
        return p;
    }

    size_t m_spatial;
    Value m_kernel, m_stride, m_padding, m_ceil, m_countIncludePad, m_divisor;
};

// nn.AdaptiveAvgPool1d/2d/3d and nn.AdaptiveMaxPool1d/2d: each output element pools the window
// [floor(o * in / out), ceil((o + 1) * in / out)) of every pooled dim. The 1-d pools run as 2-d
// pools with output (1, n) on input.unsqueeze(-2) after their own checks.
class AdaptivePoolNd : public Module
{
public:
    AdaptivePoolNd(size_t spatial, bool max, Value outputSize, Value returnIndices)
        : m_spatial(spatial), m_max(max), m_outputSize(std::move(outputSize)), m_returnIndices(std::move(returnIndices))
    {
    }
    std::string typeName() const override
    {
        return std::string("Adaptive") + (m_max ? "Max" : "Avg") + "Pool" + std::to_string(m_spatial) + "d";
    }
    std::string repr() const override { return typeName() + "(output_size=" + pythonStr(m_outputSize) + ")"; }
    std::optional<Value> attribute(std::string_view name) const override
    {
        if (name == "return_indices" && !m_max)
            return std::nullopt;
        return namedAttribute(name, {{"output_size", &m_outputSize}, {"return_indices", &m_returnIndices}});
    }
    Shape outputShape(const Shape &input) const override { return plan(input); }
    Tensor forward(const Tensor &input) const override
    {
        const Shape out = plan(input.sizes());
        if (!canComputeValues(input, out))
            return Tensor::shapeOnly(out);
        PoolPlan p;
        p.output = out;
        return runWindows(input, p, [&](const float *src, const std::array<Dim, 3> &in, const std::array<Dim, 3> &at) {
            std::array<Dim, 3> start{}, end{};
            const size_t rank = out.size();
            for (size_t i = 0; i < 3; ++i) {
                // Dims before the last three (or not pooled) have out == in: a window of one.
                const Dim o = i + rank >= 3 ? out[rank - 3 + i] : 1;
                start[i] = (at[i] * in[i]) / o;
                end[i] = ((at[i] + 1) * in[i] + o - 1) / o;
            }
            double sum = 0.0;
            float best = -std::numeric_limits<float>::infinity();
            for (Dim id = start[0]; id < end[0]; ++id) {
                for (Dim iy = start[1]; iy < end[1]; ++iy) {
                    for (Dim ix = start[2]; ix < end[2]; ++ix) {
                        const float v = src[(id * in[1] + iy) * in[2] + ix];
                        sum += v;
                        if (v > best || std::isnan(v))
                            best = v;
                    }
                }
            }
            if (m_max)
                return best;
            return float(sum / double((end[0] - start[0]) * (end[1] - start[1]) * (end[2] - start[2])));
        });
    }
    bool returnsTuple() const override { return m_max && pythonTruthy(m_returnIndices); }
    // The float-only kernels refuse int64 after the shape checks, unless the output is empty.
    DType resultDtype(const Shape &input, DType dtype) const override
    {
        // An output of ones is input.mean(...), which refuses int64 before the shape checks.
        if (dtype == DType::Int64 && !m_max && outputIsOnes() && !(m_spatial == 1 && (input.size() < 2 || input.size() > 3)))
            throwRuntimeError("mean(): could not infer output dtype. Input dtype must be either a floating point or complex "
                              "dtype. Got: Long");
        const auto count = checkedNumel(plan(input));
        if (dtype != DType::Int64 || (count && *count == 0 && !m_max && m_spatial < 3))
            return dtype;
        if (m_max)
            throwNotImplementedForLong("adaptive_max_pool" + std::string(m_spatial == 3 ? "3d_cpu" : "2d"));
        throwNotImplementedForLong(m_spatial == 3 ? "adaptive_avg_pool3d_cpu" : "adaptive_avg_pool2d");
    }
    // F.adaptive_*_pool2d/3d first read input.size() to fill in None output sizes; the 1-d ones
    // call the torch function directly.
    void acceptTuple() const override
    {
        if (m_spatial == 1)
            throwTupleForTensorArgument(functionName());
        throwTupleHasNoAttribute("size");
    }

private:
    std::string functionName() const
    {
        return std::string("adaptive_") + (m_max ? "max" : "avg") + "_pool" + std::to_string(m_spatial) + "d";
    }

    // output_size is the int 1 or one 1 per pooled dim.
    bool outputIsOnes() const
    {
        auto isOne = [](const Value &v) { return v.isInt() && std::get<std::int64_t>(v.data) == 1; };
        if (isOne(m_outputSize))
            return true;
        if (!m_outputSize.isSequence())
            return false;
        const auto &items = std::get<SequenceValue>(m_outputSize.data).items;
        return items.size() == m_spatial && std::all_of(items.begin(), items.end(), isOne);
    }

    Shape plan(const Shape &input) const
    {
        if (m_spatial == 1) {
            const std::string f = functionName();
            const Shape size = parseIntList(f, "output_size", 2, m_outputSize);
            if (input.size() < 2 || input.size() > 3)
                throwRuntimeError("Expected 2 to 3 dimensions, but got " + std::to_string(input.size())
                                  + "-dimensional tensor for argument #1 'self' (while checking arguments for " + f + ")");
            if (size.size() != 1)
                throwRuntimeError(f + "() argument 'output_size' should contain one int (got " + std::to_string(size.size()) + ")");
            Shape out = plan2dOr3d(unsqueezeHeight(input), {1, size[0]}, 2);
            out.erase(out.end() - 2);
            return out;
        }
        return plan2dOr3d(input, resolveOutputSize(input), m_spatial);
    }

    // F.adaptive_*_pool2d/3d's _list_with_default: an int is repeated, None entries take the
    // input's size, and anything else makes the C++ parser reject the list.
    Shape resolveOutputSize(const Shape &input) const
    {
        const std::string listType = m_max || m_spatial == 3 ? "ints" : "SymInts";
        const std::string rejected = functionName() + "(): argument 'output_size' (position 2) must be tuple of " + listType + ", not ";
        if (m_outputSize.isBool())
            throwTypeError(rejected + "bool");
        // Sizes below -2**62 are reserved for symbolic ones: the SymInt list parser refuses them.
        constexpr Dim kLowestSymInt = -(Dim(1) << 62);
        const bool symInts = listType == "SymInts";
        if (m_outputSize.isInt()) {
            if (symInts && std::get<std::int64_t>(m_outputSize.data) < kLowestSymInt)
                throwRuntimeError("Expected !is_symbolic() to be true, but got false.  (Could this error message be improved?  "
                                  "If so, please report an enhancement request to PyTorch.)");
            return Shape(m_spatial, std::get<std::int64_t>(m_outputSize.data));
        }
        if (m_outputSize.isBigInt()) // one int for the whole size: unpacked as a long
            throwUnpackOverflow();
        if (!m_outputSize.isSequence() && !m_outputSize.isString())
            throwTypeError("object of type '" + pythonTypeName(m_outputSize) + "' has no len()");
        const Value items = m_outputSize.isString() ? pythonPair(m_outputSize) : m_outputSize;
        const auto &list = std::get<SequenceValue>(items.data).items;
        if (input.size() <= list.size())
            throwValueError("Input dimension should be at least " + std::to_string(list.size() + 1));
        Shape size;
        for (size_t i = 0; i < list.size(); ++i) {
            // The parser matches the list by its first element and unpacks the rest as Python
            // ints (a bool is one), naming the position of one that is not.
            if (list[i].isNone())
                size.push_back(input[input.size() - list.size() + i]);
            else if (list[i].isInt() && !(symInts && std::get<std::int64_t>(list[i].data) < kLowestSymInt))
                size.push_back(std::get<std::int64_t>(list[i].data));
            else if (i == 0 && !list[i].isBigInt() && !list[i].isInt())
                throwTypeError(rejected + "list");
            else if (list[i].isBool())
                size.push_back(std::get<bool>(list[i].data) ? 1 : 0);
            else
                throwTypeError(functionName() + "(): argument 'output_size' must be tuple of " + listType
                               + ", but found element of type " + pythonTypeName(list[i]) + " at pos " + std::to_string(i + 1));
        }
        return size;
    }

    // The 2-d or 3-d adaptive pool's checks, in ATen's order for the average or the max pool.
    Shape plan2dOr3d(const Shape &input, const Shape &size, size_t spatial) const
    {
        const std::string f = std::string("adaptive_") + (m_max ? "max" : "avg") + "_pool" + std::to_string(spatial) + "d";
        const Dim ndim = Dim(input.size());
        const Dim lowRank = Dim(spatial) + 1;
        if (m_max) {
            if (ndim != lowRank && ndim != lowRank + 1)
                throwRuntimeError(f + "(): Expected 3D or 4D tensor, but got: " + formatSizeList(input));
            for (Dim i = 1; i < ndim; ++i)
                checkNonEmpty(input, f, i);
            if (size.size() != spatial)
                throwRuntimeError(f + "(): internal error: output_size.size() must be " + std::to_string(spatial));
            Shape out = input;
            for (size_t i = 0; i < spatial; ++i)
                out[input.size() - spatial + i] = size[i];
            // The output is allocated with these sizes (as an IntArrayRef: no SymInt range).
            checkNoNegativeSizes(out);
            checkStorageSize(out);
            return out;
        }
        if (size.size() != spatial)
            throwRuntimeError(f + ": output_size must be " + std::to_string(spatial));
        if (std::any_of(size.begin(), size.end(), [](Dim s) { return s < 0; })) {
            std::string received = std::to_string(size[0]) + ", " + std::to_string(size[1]);
            if (spatial == 3)
                received += "," + std::to_string(size[2]); // sic: avg_pool3d's message drops the space
            throwRuntimeError("adaptive_avg_pool2d: elements of output_size must be greater than or equal to 0 but received {"
                              + received + "}");
        }
        if (std::all_of(size.begin(), size.end(), [](Dim s) { return s == 1; })) {
            // ATen computes an all-ones output as input.mean(spatial dims, keepdim=True): any rank
            // with enough dims works, and empty dims are allowed (their mean is NaN).
            for (Dim i = 1; i <= Dim(spatial); ++i)
                wrapDim(-i, ndim);
            Shape out = input;
            for (size_t i = 0; i < spatial; ++i)
                out[input.size() - 1 - i] = 1;
            return out;
        }
        // adaptive_avg_pool2d checks the pooled dims of a 3-d or 4-d input; adaptive_avg_pool3d
        // checks every dim after the first of any input, before its rank.
        if (spatial == 3) {
            for (Dim i = 1; i < ndim; ++i)
                checkNonEmpty(input, f, i);
        } else if (ndim == lowRank || ndim == lowRank + 1) {
            for (Dim i = ndim - 2; i < ndim; ++i)
                checkNonEmpty(input, f, i);
        }
        if (ndim != lowRank && ndim != lowRank + 1)
            throwRuntimeError(f + "(): Expected " + std::to_string(lowRank) + "D or " + std::to_string(lowRank + 1)
                              + "D tensor, but got " + formatSizeList(input));
        Shape out = input;
        for (size_t i = 0; i < spatial; ++i)
            out[input.size() - spatial + i] = size[i];
        // The average pools resize their output, whose numel (c10's safe_multiply_u64: an
        // overflow anywhere in the running product, or a product beyond int64) is checked first.
        if (!m_max) {
            bool overflows = false;
            std::uint64_t product = 1;
            for (Dim d : out)
                overflows |= __builtin_mul_overflow(product, std::uint64_t(d), &product);
            if (overflows || product > std::uint64_t(std::numeric_limits<Dim>::max()))
                throwRuntimeError("numel: integer multiplication overflow");
        }
        checkAllocatedOutput(input, out);
        return out;
    }

    static void checkNonEmpty(const Shape &input, const std::string &f, Dim dim)
    {
        if (input[size_t(dim)] <= 0)
            throwRuntimeError(f + "(): Expected input to have non-zero size for non-batch dimensions, but input has sizes "
                              + formatSizeList(input) + " with dimension " + std::to_string(dim) + " being empty");
    }

    static std::vector<Value> toValues(const Shape &shape)
    {
        std::vector<Value> values;
        for (Dim d : shape)
            values.push_back(intValue(d));
        return values;
    }

    size_t m_spatial;
    bool m_max;
    Value m_outputSize, m_returnIndices;
};

} // namespace

namespace {

// _MaxPoolNd.__init__: the arguments are kept as given; stride None means the kernel size.
ModulePtr makeMaxPoolNd(const Arguments &args, size_t spatial)
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
    return std::make_shared<MaxPoolNd>(spatial, b.values[0], stride, b.values[2], b.values[3], b.values[4], b.values[5]);
}

// AvgPool2d/AvgPool3d keep their arguments as given; AvgPool1d takes _single of each and has no
// divisor_override.
ModulePtr makeAvgPoolNd(const Arguments &args, size_t spatial)
{
    std::vector<ParameterSpec> parameters{{"kernel_size", std::nullopt},
                                          {"stride", Value{NoneValue{}}},
                                          {"padding", intValue(0)},
                                          {"ceil_mode", Value{false}},
                                          {"count_include_pad", Value{true}}};
    if (spatial != 1)
        parameters.push_back({"divisor_override", Value{NoneValue{}}});
    const Signature signature{"AvgPool" + std::to_string(spatial) + "d", parameters};
    auto b = bindArguments(signature, args);
    Value stride = b.values[1].isNone() ? b.values[0] : b.values[1];
    const Value divisor = spatial == 1 ? Value{NoneValue{}} : b.values[5];
    if (spatial == 1)
        return std::make_shared<AvgPoolNd>(1, pythonNTuple(b.values[0], 1), pythonNTuple(stride, 1), pythonNTuple(b.values[2], 1),
                                           b.values[3], b.values[4], divisor);
    return std::make_shared<AvgPoolNd>(spatial, b.values[0], stride, b.values[2], b.values[3], b.values[4], divisor);
}

} // namespace

ModulePtr makeMaxPool1d(const Arguments &args)
{
    return makeMaxPoolNd(args, 1);
}

ModulePtr makeMaxPool2d(const Arguments &args)
{
    return makeMaxPoolNd(args, 2);
}

ModulePtr makeMaxPool3d(const Arguments &args)
{
    return makeMaxPoolNd(args, 3);
}

ModulePtr makeAvgPool1d(const Arguments &args)
{
    return makeAvgPoolNd(args, 1);
}

ModulePtr makeAvgPool2d(const Arguments &args)
{
    return makeAvgPoolNd(args, 2);
}

ModulePtr makeAvgPool3d(const Arguments &args)
{
    return makeAvgPoolNd(args, 3);
}

namespace {

ModulePtr makeAdaptivePool(const Arguments &args, size_t spatial, bool max)
{
    std::vector<ParameterSpec> parameters{{"output_size", std::nullopt}};
    if (max)
        parameters.push_back({"return_indices", Value{false}});
    const Signature signature{max ? "_AdaptiveMaxPoolNd" : "_AdaptiveAvgPoolNd", parameters};
    auto b = bindArguments(signature, args);
    return std::make_shared<AdaptivePoolNd>(spatial, max, b.values[0], max ? b.values[1] : Value{false});
}

} // namespace

ModulePtr makeAdaptiveAvgPool1d(const Arguments &args)
{
    return makeAdaptivePool(args, 1, false);
}

ModulePtr makeAdaptiveAvgPool2d(const Arguments &args)
{
    return makeAdaptivePool(args, 2, false);
}

ModulePtr makeAdaptiveAvgPool3d(const Arguments &args)
{
    return makeAdaptivePool(args, 3, false);
}

ModulePtr makeAdaptiveMaxPool1d(const Arguments &args)
{
    return makeAdaptivePool(args, 1, true);
}

ModulePtr makeAdaptiveMaxPool2d(const Arguments &args)
{
    return makeAdaptivePool(args, 2, true);
}

} // namespace ft::detail
