// modules_resample.cpp — the layers that move values between the channel and spatial dims or
// resample the spatial dims: PixelShuffle, PixelUnshuffle, ChannelShuffle and Upsample (with
// UpsamplingNearest2d and UpsamplingBilinear2d).
#include "engine/modules_p.h"

#include <algorithm>
#include <cmath>

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

    Shape outputShape(const Shape &input) const override
    {
        const std::string function = this->function();
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

} // namespace ft::detail
