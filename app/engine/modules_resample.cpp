// modules_resample.cpp — the layers that move values between the channel and spatial dims or
// resample the spatial dims: PixelShuffle, PixelUnshuffle, ChannelShuffle and Upsample (with
// UpsamplingNearest2d and UpsamplingBilinear2d).
#include "engine/modules_p.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <limits>
#include <optional>

namespace ft::detail {

namespace {

// nn.PixelShuffle(r), nn.PixelUnshuffle(r) and nn.ChannelShuffle(g): one int argument, checked by
// the torch function's argument parser and then ATen, at forward time.
class Shuffle : public Module
{
public:
    enum class Kind { Pixel, PixelUn, Channel };
    Shuffle(Kind kind, Value factor) : m_kind(kind), m_factor(std::move(factor)) {}

    std::string typeName() const override
    {
        return m_kind == Kind::Pixel ? "PixelShuffle" : m_kind == Kind::PixelUn ? "PixelUnshuffle" : "ChannelShuffle";
    }
    std::string repr() const override { return typeName() + "(" + argumentName() + "=" + pythonStr(m_factor) + ")"; }
    std::optional<Value> attribute(std::string_view name) const override
    {
        return name == argumentName() ? std::optional<Value>(m_factor) : std::nullopt;
    }

    Shape outputShape(const Shape &input) const override
    {
        const std::string function = this->function();
        if (m_factor.isBigInt())
            throwUnpackOverflow();
        if (!m_factor.isInt())
            throwTypeError(function + "(): argument '" + argumentName() + "' (position 2) must be int, not "
                           + pythonTypeName(m_factor));
        const Dim r = std::get<std::int64_t>(m_factor.data);
        const Dim rank = Dim(input.size());
        if (m_kind == Kind::Channel) {
            if (rank <= 2)
                throwRuntimeError("channel_shuffle expects input with > 2 dims, but got input with sizes " + formatSizeList(input));
            if (r <= 0)
                throwRuntimeError("Number of groups to divide channels in must be positive. Value of groups:" + std::to_string(r));
            if (input[1] % r != 0)
                throwRuntimeError("Number of channels must be divisible by groups. Got " + std::to_string(input[1])
                                  + " channels and " + std::to_string(r) + " groups.");
            return input;
        }
        if (rank < 3)
            throwRuntimeError(function + " expects input to have at least 3 dimensions, but got input with "
                              + std::to_string(rank) + " dimension(s)");
        const std::string factor = m_kind == Kind::Pixel ? "upscale_factor" : "downscale_factor";
        if (r <= 0)
            throwRuntimeError(function + " expects a positive " + factor + ", but got " + std::to_string(r));
        Shape out = input;
        const size_t c = size_t(rank - 3), h = c + 1, w = c + 2;
        if (m_kind == Kind::Pixel) {
            const Dim square = checkedMul(r, r);
            if (input[c] % square != 0)
                throwRuntimeError("pixel_shuffle expects its input's 'channel' dimension to be divisible by the square of "
                                  "upscale_factor, but input.size(-3)=" + std::to_string(input[c]) + " is not divisible by "
                                  + std::to_string(square));
            out[c] = input[c] / square;
            out[h] = checkedMul(input[h], r);
            out[w] = checkedMul(input[w], r);
        } else {
            if (input[h] % r != 0)
                throwRuntimeError("pixel_unshuffle expects height to be divisible by downscale_factor, but input.size(-2)="
                                  + std::to_string(input[h]) + " is not divisible by " + std::to_string(r));
            if (input[w] % r != 0)
                throwRuntimeError("pixel_unshuffle expects width to be divisible by downscale_factor, but input.size(-1)="
                                  + std::to_string(input[w]) + " is not divisible by " + std::to_string(r));
            const auto numel = checkedNumel(input);
            if (numel && *numel == 0)
                return input; // pixel_unshuffle returns an empty input as it is (pixel_shuffle does not)
            out[c] = checkedMul(input[c], checkedMul(r, r));
            out[h] = input[h] / r;
            out[w] = input[w] / r;
        }
        return out;
    }

    Tensor forward(const Tensor &input) const override
    {
        const Shape out = outputShape(input.sizes());
        if (!canComputeValues(input, out))
            return Tensor::shapeOnly(out);
        const std::vector<float> x = input.values();
        std::vector<float> y(x.size());
        const Dim r = std::get<std::int64_t>(m_factor.data);
        const Shape &in = input.sizes();
        if (m_kind == Kind::Channel) {
            // (N, g, C/g, *) -> (N, C/g, g, *)
            const Dim c = in[1], perGroup = c / r;
            Dim inner = 1;
            for (size_t i = 2; i < in.size(); ++i)
                inner *= in[i];
            for (size_t i = 0; i < y.size(); ++i) {
                const Dim n = Dim(i) / (c * inner), oc = (Dim(i) / inner) % c, k = Dim(i) % inner;
                const Dim ic = (oc % r) * perGroup + oc / r;
                y[i] = x[size_t((n * c + ic) * inner + k)];
            }
            return Tensor::fromValues(out, std::move(y));
        }
        // Pixel shuffle: output (c, h*r + i, w*r + j) reads input (c*r*r + i*r + j, h, w); unshuffle
        // is its inverse.
        const bool up = m_kind == Kind::Pixel;
        const Shape &big = up ? out : in; // the (C, H*r, W*r) side
        const size_t rank = big.size();
        const Dim C = big[rank - 3], H = big[rank - 2], W = big[rank - 1];
        const Dim planes = Dim(x.size()) / std::max<Dim>(1, C * H * W);
        for (Dim p = 0; p < planes; ++p) {
            for (Dim c = 0; c < C; ++c) {
                for (Dim hh = 0; hh < H; ++hh) {
                    for (Dim ww = 0; ww < W; ++ww) {
                        const Dim bigAt = ((p * C + c) * H + hh) * W + ww;
                        const Dim sc = c * r * r + (hh % r) * r + (ww % r);
                        const Dim smallAt = ((p * C * r * r + sc) * (H / r) + hh / r) * (W / r) + ww / r;
                        if (up)
                            y[size_t(bigAt)] = x[size_t(smallAt)];
                        else
                            y[size_t(smallAt)] = x[size_t(bigAt)];
                    }
                }
            }
        }
        return Tensor::fromValues(out, std::move(y));
    }

    void acceptTuple() const override { throwTupleForTensorArgument(function()); }

private:
    std::string function() const
    {
        return m_kind == Kind::Pixel ? "pixel_shuffle" : m_kind == Kind::PixelUn ? "pixel_unshuffle" : "channel_shuffle";
    }
    std::string argumentName() const
    {
        return m_kind == Kind::Pixel ? "upscale_factor" : m_kind == Kind::PixelUn ? "downscale_factor" : "groups";
    }

    Kind m_kind;
    Value m_factor;
};


// --- Upsample -------------------------------------------------------------------------------

// Python's float grammar for a str: [sign] (inf | infinity | nan, any case) or [sign] digits with
// an optional fraction and exponent, where single underscores may join digits ("1_0" is 10.0).
// Returns the text without its underscores; nullopt when Python refuses it.
std::optional<std::string> pythonFloatText(const std::string &text)
{
    const char *const space = " \t\n\r\f\v\x1c\x1d\x1e\x1f";
    const size_t first = text.find_first_not_of(space), last = text.find_last_not_of(space);
    if (first == std::string::npos)
        return std::nullopt;
    const std::string s = text.substr(first, last - first + 1);
    size_t i = (s[0] == '+' || s[0] == '-') ? 1 : 0;
    std::string word;
    for (size_t j = i; j < s.size(); ++j)
        word += char(std::tolower(static_cast<unsigned char>(s[j])));
    if (word == "inf" || word == "infinity" || word == "nan")
        return s;
    std::string out = s.substr(0, i);
    // digit ("_"? digit)*: at least one digit; an underscore only between two digits.
    auto digitPart = [&]() {
        const size_t start = i;
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) {
            out += s[i++];
            if (i + 1 < s.size() && s[i] == '_' && std::isdigit(static_cast<unsigned char>(s[i + 1])))
                ++i;
        }
        return i > start;
    };
    const bool whole = digitPart();
    bool fraction = false;
    if (i < s.size() && s[i] == '.') {
        out += s[i++];
        fraction = digitPart();
    }
    if (!whole && !fraction)
        return std::nullopt;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        out += s[i++];
        if (i < s.size() && (s[i] == '+' || s[i] == '-'))
            out += s[i++];
        if (!digitPart())
            return std::nullopt;
    }
    if (i != s.size())
        return std::nullopt;
    return out;
}

// Python's float(x) as Upsample.__init__ applies it to a scale factor.
double pythonFloat(const Value &value)
{
    if (const auto n = asDouble(value))
        return *n;
    if (value.isString()) {
        if (const auto text = pythonFloatText(std::get<std::string>(value.data))) {
            // from_chars reads no leading '+' and, unlike strtod, no locale.
            const char *begin = text->data() + (text->front() == '+' ? 1 : 0);
            double parsed = 0.0;
            std::from_chars(begin, text->data() + text->size(), parsed);
            return parsed;
        }
        throwValueError("could not convert string to float: " + pythonRepr(value));
    }
    throwTypeError("float() argument must be a string or a real number, not '" + pythonTypeName(value) + "'");
}

// nn.Upsample (and UpsamplingNearest2d / UpsamplingBilinear2d, which fix the mode): F.interpolate's
// Python checks, its choice of kernel by rank and mode, the kernel's argument parser and ATen's
// size checks. Values are computed for every mode but 'area', which is traced shape-only.
class Upsample : public Module
{
public:
    Upsample(std::string name, Value size, std::optional<std::vector<double>> scale, bool scaleIsTuple, Value mode,
             Value alignCorners, Value recompute)
        : m_name(std::move(name)), m_size(std::move(size)), m_scale(std::move(scale)), m_scaleIsTuple(scaleIsTuple),
          m_mode(std::move(mode)), m_alignCorners(std::move(alignCorners)), m_recompute(std::move(recompute))
    {
    }

    std::string typeName() const override { return m_name; }
    // What Upsample.__init__ stores: its name, size as given, scale_factor as float(s) or None.
    std::optional<Value> attribute(std::string_view name) const override
    {
        if (name == "name")
            return Value{m_name};
        if (name == "scale_factor")
            return m_scale ? scaleValue() : Value{NoneValue{}};
        return namedAttribute(name, {{"size", &m_size}, {"mode", &m_mode}, {"align_corners", &m_alignCorners},
                                     {"recompute_scale_factor", &m_recompute}});
    }
    std::string repr() const override
    {
        std::string info = m_scale ? "scale_factor=" + pythonStr(scaleValue()) : "size=" + pythonStr(m_size);
        return m_name + "(" + info + ", mode=" + pythonStr(m_mode) + ")";
    }

    Shape outputShape(const Shape &input) const override { return plan(input).output; }
    // F.interpolate's checks come first; then the kernels, none of which has an int64 version
    // (an empty input too). 'area' is an adaptive average pool.
    DType resultDtype(const Shape &input, DType dtype) const override
    {
        outputShape(input);
        if (dtype != DType::Int64)
            return dtype;
        const std::string mode = std::get<std::string>(m_mode.data); // plan() accepted it
        if (mode == "area")
            throwNotImplementedForLong(input.size() == 5 ? "adaptive_avg_pool3d_cpu" : "adaptive_avg_pool2d");
        throwNotImplementedForLong(mode == "bicubic"                      ? "compute_indices_weights_cubic"
                                   : mode == "nearest" || mode == "nearest-exact" ? "compute_indices_weights_nearest"
                                                                                  : "compute_indices_weights_linear");
    }

    Tensor forward(const Tensor &input) const override
    {
        const Plan p = plan(input.sizes());
        if (!canComputeValues(input, p.output) || p.mode == "area")
            return Tensor::shapeOnly(p.output);
        // Separable: interpolate one spatial dim at a time.
        Shape shape = input.sizes();
        std::vector<float> x = input.values();
        const size_t spatial = shape.size() - 2;
        for (size_t d = 0; d < spatial; ++d) {
            const size_t dim = 2 + d;
            const Dim in = shape[dim], out = p.output[dim];
            Dim outer = 1, inner = 1;
            for (size_t i = 0; i < dim; ++i)
                outer *= shape[i];
            for (size_t i = dim + 1; i < shape.size(); ++i)
                inner *= shape[i];
            // ATen's area_pixel_compute_scale: 1/scale_factor when one was given, else in/out.
            const bool given = p.scales.size() == spatial;
            double scale;
            if (p.linear && p.alignCorners)
                scale = out > 1 ? double(in - 1) / double(out - 1) : 0.0;
            else
                scale = given && p.scales[d] > 0.0 ? 1.0 / p.scales[d] : double(in) / double(out);
            std::vector<float> y(size_t(outer * out * inner));
            if (p.mode == "bicubic") {
                // ATen's bicubic: four taps around floor(source), clamped to the input, weighted by
                // the cubic convolution kernel with A = -0.75.
                constexpr double A = -0.75;
                auto near = [&](double t) { return ((A + 2.0) * t - (A + 3.0)) * t * t + 1.0; };
                auto far = [&](double t) { return ((A * t - 5.0 * A) * t + 8.0 * A) * t - 4.0 * A; };
                for (Dim o = 0; o < out; ++o) {
                    const double real = p.alignCorners ? scale * double(o) : scale * (double(o) + 0.5) - 0.5;
                    const Dim index = std::min(Dim(std::floor(real)), in - 1);
                    const double t = std::min(std::max(real - double(index), 0.0), 1.0);
                    const double weights[4] = {far(t + 1.0), near(t), near(1.0 - t), far(2.0 - t)};
                    for (Dim a = 0; a < outer; ++a)
                        for (Dim b = 0; b < inner; ++b) {
                            double sum = 0.0;
                            for (Dim k = 0; k < 4; ++k) {
                                const Dim at = std::min(std::max(index - 1 + k, Dim(0)), in - 1);
                                sum += weights[k] * x[size_t((a * in + at) * inner + b)];
                            }
                            y[size_t((a * out + o) * inner + b)] = float(sum);
                        }
                }
                shape[dim] = out;
                x = std::move(y);
                continue;
            }
            for (Dim o = 0; o < out; ++o) {
                Dim i0 = 0, i1 = 0;
                double l1 = 0.0;
                if (!p.linear) {
                    // ATen's nearest_idx / nearest_exact_idx, in float.
                    const float s = float(scale);
                    const float src = p.mode == "nearest-exact" ? std::floor((float(o) + 0.5f) * s) : std::floor(float(o) * s);
                    i0 = i1 = std::min(Dim(src), in - 1);
                } else {
                    double real = p.alignCorners ? scale * double(o) : scale * (double(o) + 0.5) - 0.5;
                    if (real < 0.0)
                        real = 0.0;
                    i0 = Dim(real);
                    i1 = i0 + (i0 < in - 1 ? 1 : 0);
                    l1 = real - double(i0);
                }
                for (Dim a = 0; a < outer; ++a)
                    for (Dim b = 0; b < inner; ++b)
                        y[size_t((a * out + o) * inner + b)]
                            = float((1.0 - l1) * x[size_t((a * in + i0) * inner + b)] + l1 * x[size_t((a * in + i1) * inner + b)]);
            }
            shape[dim] = out;
            x = std::move(y);
        }
        return Tensor::fromValues(p.output, std::move(x));
    }

    // F.interpolate asks input.dim() first.
    void acceptTuple() const override { throwTupleHasNoAttribute("dim"); }

private:
    struct Plan
    {
        Shape output;
        std::string mode;
        bool linear = false;
        bool alignCorners = false;
        std::vector<double> scales; // the scale factors the kernel got (empty: none)
    };

    Value scaleValue() const
    {
        std::vector<Value> items;
        for (double v : *m_scale)
            items.push_back(Value{v});
        return m_scaleIsTuple ? tupleValue(items) : items[0];
    }

    Plan plan(const Shape &input) const
    {
        const std::string mode = m_mode.isString() ? std::get<std::string>(m_mode.data) : std::string("\x01");
        const bool nearestLike = mode == "nearest" || mode == "area" || mode == "nearest-exact";
        if (nearestLike && !m_alignCorners.isNone())
            throwValueError("align_corners option can only be set with the interpolating modes: linear | bilinear | bicubic | trilinear");
        const Value alignCorners = m_alignCorners.isNone() ? Value{false} : m_alignCorners;
        const Dim rank = Dim(input.size()), dim = rank - 2;
        auto spatialList = [&] {
            std::string text = "[";
            for (size_t i = 2; i < input.size(); ++i)
                text += (i > 2 ? ", " : "") + std::to_string(input[i]);
            return text + "]";
        };
        if (!m_size.isNone() && m_scale)
            throwValueError("only one of size or scale_factor should be defined");
        Value outputSize{NoneValue{}};
        std::optional<std::vector<double>> scales;
        if (!m_size.isNone()) {
            if (m_size.isSequence()) {
                if (Dim(std::get<SequenceValue>(m_size.data).items.size()) != dim)
                    throwValueError("Input and output must have the same number of spatial dimensions, but got input with "
                                    "spatial dimensions of " + spatialList() + " and output size of " + pythonStr(m_size)
                                    + ". Please provide input tensor in (N, C, d1, d2, ...,dK) format and output size in "
                                    "(o1, o2, ...,oK) format.");
                outputSize = m_size;
            } else {
                SequenceValue list;
                list.isList = true;
                list.items.assign(size_t(std::max<Dim>(dim, 0)), m_size);
                outputSize = Value{list};
            }
        } else if (m_scale) {
            if (m_scaleIsTuple) {
                if (Dim(m_scale->size()) != dim)
                    throwValueError("Input and scale_factor must have the same number of spatial dimensions, but got input "
                                    "with spatial dimensions of " + spatialList() + " and scale_factor of shape "
                                    + pythonStr(scaleValue()) + ". Please provide input tensor in (N, C, d1, d2, ...,dK) "
                                    "format and scale_factor in (s1, s2, ...,sK) format.");
                scales = *m_scale;
            } else {
                scales = std::vector<double>(size_t(std::max<Dim>(dim, 0)), (*m_scale)[0]);
            }
        } else {
            throwValueError("either size or scale_factor should be defined");
        }
        bool recompute = pythonTruthy(m_recompute);
        if (recompute && !m_size.isNone())
            throwValueError("recompute_scale_factor is not meaningful with an explicit size.");
        if (mode == "area" && outputSize.isNone())
            recompute = true;
        bool scalesAreTuple = m_scaleIsTuple;
        if (recompute) {
            SequenceValue list;
            list.isList = true;
            for (Dim i = 0; i < dim; ++i)
                list.items.push_back(intValue(Dim(std::floor(double(input[size_t(2 + i)]) * (*scales)[size_t(i)]))));
            outputSize = Value{list};
            scales.reset();
        }
        // Which kernel F.interpolate calls.
        const bool nearest = mode == "nearest" || mode == "nearest-exact";
        const bool linear = (rank == 3 && mode == "linear") || (rank == 4 && (mode == "bilinear" || mode == "bicubic"))
                            || (rank == 5 && mode == "trilinear");
        if (!(rank >= 3 && rank <= 5 && (nearest || mode == "area")) && !linear) {
            static const std::pair<const char *, const char *> wrongRank[] = {
                {"3bilinear", "Got 3D input, but bilinear mode needs 4D input"},
                {"3trilinear", "Got 3D input, but trilinear mode needs 5D input"},
                {"4linear", "Got 4D input, but linear mode needs 3D input"},
                {"4trilinear", "Got 4D input, but trilinear mode needs 5D input"},
                {"5linear", "Got 5D input, but linear mode needs 3D input"},
                {"5bilinear", "Got 5D input, but bilinear mode needs 4D input"}};
            for (const auto &[key, message] : wrongRank)
                if (std::to_string(rank) + mode == key)
                    throw TorchError("NotImplementedError", message);
            throw TorchError("NotImplementedError", "Input Error: Only 3D, 4D and 5D input Tensors supported (got "
                                                        + std::to_string(rank) + "D) for the modes: nearest | linear | bilinear "
                                                        "| bicubic | trilinear | area | nearest-exact (got " + pythonStr(m_mode) + ")");
        }
        Plan p;
        p.mode = mode;
        p.linear = linear;
        if (mode == "area") {
            // F.adaptive_avg_poolNd(input, output_size)
            Arguments args;
            args.positional.push_back(outputSize);
            p.output = createModule("AdaptiveAvgPool" + std::to_string(dim) + "d", args)->outputShape(input);
            return p;
        }
        // The kernel's argument parser: (input, output_size, [align_corners,] scale_factors).
        static const char *const names[] = {"", "linear1d", "bilinear2d", "trilinear3d"};
        const std::string kernel = "upsample_" + (nearest ? std::string(mode == "nearest" ? "nearest" : "_nearest_exact") + std::to_string(dim) + "d"
                                                          : mode == "bicubic" ? std::string("bicubic2d") : std::string(names[dim]));
        const std::string function = kernel.rfind("upsample__", 0) == 0 ? "_upsample" + kernel.substr(9) : kernel;
        const auto &sizeItems = outputSize.isSequence() ? std::get<SequenceValue>(outputSize.data).items : std::vector<Value>{};
        const bool sizeMatches = outputSize.isNone() || sizeItems.empty() || sizeItems[0].isPythonInt();
        if (!sizeMatches || (linear && !alignCorners.isBool())) {
            const std::string scaleType = scales ? (scalesAreTuple ? "tuple" : "list") : "NoneType";
            throwTypeError(function + "() received an invalid combination of arguments - got (Tensor, " + pythonTypeName(outputSize)
                           + (linear ? ", " + pythonTypeName(alignCorners) : std::string()) + ", " + scaleType
                           + "), but expected one of:");
        }
        Shape out(input.begin(), input.begin() + 2);
        for (size_t i = 0; i < sizeItems.size(); ++i) {
            if (sizeItems[i].isBool())
                out.push_back(std::get<bool>(sizeItems[i].data) ? 1 : 0);
            else if (sizeItems[i].isInt())
                out.push_back(std::get<std::int64_t>(sizeItems[i].data));
            else
                throwTypeError(function + "(): argument 'output_size' must be tuple of SymInts, but found element of type "
                               + pythonTypeName(sizeItems[i]) + " at pos " + std::to_string(i + 1));
        }
        if (scales) {
            for (Dim i = 0; i < dim; ++i) {
                // A C++ cast of a double no int64 holds gives INT64_MIN on the x86 CPUs PyTorch
                // runs on; the SymInt conversion then refuses it (and any size below -2**62).
                const double size = double(input[size_t(2 + i)]) * (*scales)[size_t(i)];
                const bool fits = size >= -9223372036854775808.0 && size < 9223372036854775808.0;
                out.push_back(fits ? Dim(size) : std::numeric_limits<Dim>::min());
                if (out.back() < -(Dim(1) << 62))
                    throwRuntimeError("IntArrayRef contains an int that cannot be represented as a SymInt: "
                                      + std::to_string(out.back()));
            }
            p.scales = *scales;
        }
        // upsample_{1,2,3}d_common_check, then the kernel's non-empty check.
        static const char *const letters[] = {"D", "H", "W"};
        std::string in, got;
        bool positive = true;
        for (Dim i = 0; i < dim; ++i) {
            const std::string letter = letters[3 - dim + i];
            in += (i ? ", " : "") + letter + ": " + std::to_string(input[size_t(2 + i)]);
            got += (i ? ", " : "") + letter + ": " + std::to_string(out[size_t(2 + i)]);
            positive = positive && input[size_t(2 + i)] > 0 && out[size_t(2 + i)] > 0;
        }
        if (!positive)
            throwRuntimeError("Input and output sizes should be greater than 0, but got input (" + in + ")"
                              + (dim == 1 ? " and" : "") + " output (" + got + ")");
        Dim rest = 1;
        for (size_t i = 1; i < input.size(); ++i)
            rest = checkedMul(rest, input[i]);
        if (rest == 0)
            throwRuntimeError("Non-empty " + std::to_string(rank) + "D data tensor expected but got a tensor with sizes "
                              + formatSizeList(input));
        p.alignCorners = std::get<bool>(alignCorners.data);
        checkAllocatedOutput(input, out);
        p.output = out;
        return p;
    }

    std::string m_name;
    Value m_size;
    std::optional<std::vector<double>> m_scale;
    bool m_scaleIsTuple;
    Value m_mode, m_alignCorners, m_recompute;
};

// Upsample.__init__: a tuple scale_factor becomes a tuple of float(f); any other truthy one float(f),
// a falsy one None.
ModulePtr makeUpsampleNamed(const std::string &name, const Value &size, const Value &scaleFactor, Value mode,
                            Value alignCorners, Value recompute)
{
    std::optional<std::vector<double>> scale;
    const bool tuple = scaleFactor.isSequence() && !std::get<SequenceValue>(scaleFactor.data).isList;
    if (tuple) {
        scale.emplace();
        for (const Value &item : std::get<SequenceValue>(scaleFactor.data).items)
            scale->push_back(pythonFloat(item));
    } else if (pythonTruthy(scaleFactor)) {
        scale = std::vector<double>{pythonFloat(scaleFactor)};
    }
    return std::make_shared<Upsample>(name, size, scale, tuple, std::move(mode), std::move(alignCorners), std::move(recompute));
}

} // namespace

ModulePtr makePixelShuffle(const Arguments &args)
{
    static const Signature signature{"PixelShuffle", {{"upscale_factor", std::nullopt}}};
    return std::make_shared<Shuffle>(Shuffle::Kind::Pixel, bindArguments(signature, args).values[0]);
}

ModulePtr makePixelUnshuffle(const Arguments &args)
{
    static const Signature signature{"PixelUnshuffle", {{"downscale_factor", std::nullopt}}};
    return std::make_shared<Shuffle>(Shuffle::Kind::PixelUn, bindArguments(signature, args).values[0]);
}

ModulePtr makeChannelShuffle(const Arguments &args)
{
    static const Signature signature{"ChannelShuffle", {{"groups", std::nullopt}}};
    return std::make_shared<Shuffle>(Shuffle::Kind::Channel, bindArguments(signature, args).values[0]);
}

ModulePtr makeUpsample(const Arguments &args)
{
    static const Signature signature{"Upsample",
                                     {{"size", Value{NoneValue{}}},
                                      {"scale_factor", Value{NoneValue{}}},
                                      {"mode", Value{std::string("nearest")}},
                                      {"align_corners", Value{NoneValue{}}},
                                      {"recompute_scale_factor", Value{NoneValue{}}}}};
    const auto b = bindArguments(signature, args);
    return makeUpsampleNamed("Upsample", b.values[0], b.values[1], b.values[2], b.values[3], b.values[4]);
}

ModulePtr makeUpsamplingNearest2d(const Arguments &args)
{
    static const Signature signature{"UpsamplingNearest2d", {{"size", Value{NoneValue{}}}, {"scale_factor", Value{NoneValue{}}}}};
    const auto b = bindArguments(signature, args);
    return makeUpsampleNamed("UpsamplingNearest2d", b.values[0], b.values[1], Value{std::string("nearest")},
                             Value{NoneValue{}}, Value{NoneValue{}});
}

ModulePtr makeUpsamplingBilinear2d(const Arguments &args)
{
    static const Signature signature{"UpsamplingBilinear2d", {{"size", Value{NoneValue{}}}, {"scale_factor", Value{NoneValue{}}}}};
    const auto b = bindArguments(signature, args);
    return makeUpsampleNamed("UpsamplingBilinear2d", b.values[0], b.values[1], Value{std::string("bilinear")}, Value{true},
                             Value{NoneValue{}});
}

} // namespace ft::detail
