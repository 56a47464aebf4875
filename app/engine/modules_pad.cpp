// modules_pad.cpp — F.pad's shape rules and the padding layers built on it: ZeroPad2d,
// ConstantPad1d/2d/3d, ReflectionPad1d/2d/3d and ReplicationPad1d/2d/3d. The convolutions'
// padding_mode uses the same F.pad rules (padShape), so both say exactly what PyTorch says.
#include "engine/modules_p.h"

#include <algorithm>

namespace ft::detail {

namespace {

// The output sizes reach at::empty as SymInts: a size below -2**62 is refused there.
void checkSymIntSizes(const Shape &sizes)
{
    for (const Dim size : sizes) {
        if (size < -(Dim(1) << 62))
            throwRuntimeError("IntArrayRef contains an int that cannot be represented as a SymInt: " + std::to_string(size));
    }
}

} // namespace


// F.pad for padding_mode reflect/replicate/circular. `pads` is F.pad's pad argument, last dim
// first: (left, right, top, bottom, front, back); F.pad picks its 1-d, 2-d or 3-d kernel by
// the number of pairs and the input's rank, and each kernel has its own checks. Records the
// padding before each input dim in `padByDim` and returns the padded shape.
Shape padShape(const Shape &input, const std::string &mode, const Shape &pads, Shape &padByDim, DType dtype)
{
    // The reflection kernels print the tensor's type with its sizes.
    const std::string tensorType = dtype == DType::Int64 ? "torch.LongTensor{" : "torch.FloatTensor{";
    const size_t pairs = pads.size() / 2;
    const Dim rank = Dim(input.size());
    if (Dim(pairs) > rank)
        throwRuntimeError("Padding length too large");
    if (!((pairs == 1 && (rank == 2 || rank == 3)) || (pairs == 2 && (rank == 3 || rank == 4))
          || (pairs == 3 && (rank == 4 || rank == 5))))
        throw TorchError("NotImplementedError", "Only 2D, 3D, 4D, 5D padding with non-constant padding are supported for now");
    // Pair j pads input dim rank - 1 - j.
    auto sizeOfPair = [&](size_t j) { return input[size_t(rank - 1) - j]; };
    // torch's circular padding wants a batched, channeled input: two pads per dim after those.
    if (mode == "circular") {
        if (Dim(pads.size()) != 2 * (rank - 2))
            throwRuntimeError("Invalid padding size, expected " + std::to_string(2 * (rank - 2)) + " but got "
                              + std::to_string(pads.size()));
        for (size_t j = 0; j < pairs; ++j)
            if (!(pads[2 * j] <= sizeOfPair(j) && pads[2 * j + 1] <= sizeOfPair(j)))
                throwRuntimeError("Padding value causes wrapping around more than once.");
    }
    // The 1-d and 3-d kernels allow a zero batch but no other empty dim (an unbatched input
    // has no batch dim).
    const bool batched = rank == Dim(pairs) + 2;
    const bool otherDimEmpty = std::any_of(input.begin() + (batched ? 1 : 0), input.end(), [](Dim d) { return d == 0; });
    // "Argument #4: ... padding (l, r) at dimension d of input <what>" for pair j.
    auto checkReflect = [&](size_t j, const std::string &what) {
        const Dim size = sizeOfPair(j);
        if (!(pads[2 * j] < size && pads[2 * j + 1] < size))
            throwRuntimeError("Argument #" + std::to_string(4 + 2 * j) + ": Padding size should be less than the "
                              "corresponding input dimension, but got: padding (" + std::to_string(pads[2 * j]) + ", "
                              + std::to_string(pads[2 * j + 1]) + ") at dimension " + std::to_string(rank - 1 - Dim(j))
                              + " of input " + what);
    };
    const std::string rank4or5 = "Expected 4D or 5D (batch mode) tensor with possibly 0 batch size and other non-zero "
                                 "dimensions for input, but got: ";
    if (mode == "reflect" && pairs == 1) {
        // reflection_pad1d wants dims 1 and on non-empty, batched or not.
        if (std::any_of(input.begin() + 1, input.end(), [](Dim d) { return d == 0; }))
            throwRuntimeError("2D or 3D (batch mode) tensor expected for input, but got: [ " + tensorType
                              + joinSizes(input, ",") + "} ]");
        checkReflect(0, formatSizeList(input));
    } else if (mode == "reflect" && pairs == 2) {
        // reflection_pad2d wants dims 1 and on non-empty, and prints the (then empty) tensor.
        if (std::any_of(input.begin() + 1, input.end(), [](Dim d) { return d == 0; }))
            throwRuntimeError("3D or 4D (batch mode) tensor expected for input, but got: [ " + tensorType
                              + joinSizes(input, ",") + "} ]");
        checkReflect(0, std::to_string(rank));
        checkReflect(1, std::to_string(rank));
    } else if (mode == "reflect") {
        if (otherDimEmpty)
            throwRuntimeError(rank4or5 + formatSizeList(input));
        for (size_t j = 0; j < 3; ++j)
            checkReflect(j, formatSizeList(input));
    } else if (mode == "replicate" && pairs == 1) {
        if (otherDimEmpty)
            throwRuntimeError("Expected 2D or 3D (batch mode) tensor with possibly 0 batch size and other non-zero "
                              "dimensions for input, but got: " + formatSizeList(input));
    } else if (mode == "replicate" && pairs == 2) {
        if (!(input[size_t(rank - 3)] != 0 && input[size_t(rank - 2)] != 0 && input[size_t(rank - 1)] != 0))
            throwRuntimeError("Expected 3D or 4D (batch mode) tensor with possibly 0 batch size and other non-zero "
                              "dimensions for input, but got: " + formatSizeList(input));
    } else if (mode == "replicate") {
        if (otherDimEmpty)
            throwRuntimeError(rank4or5 + formatSizeList(input));
    }
    Shape out = input;
    for (size_t j = 0; j < pairs; ++j) {
        const size_t dim = size_t(rank - 1) - j;
        // C++ int64 arithmetic in the kernels: a sum beyond int64 wraps (a pad of -2**63 on both
        // sides leaves the size as it was).
        out[dim] = Dim(std::uint64_t(out[dim]) + std::uint64_t(pads[2 * j]) + std::uint64_t(pads[2 * j + 1]));
        padByDim[dim] = pads[2 * j];
    }
    // The kernels' own output checks: the 1-d ones want a width of at least one, the 2-d and 3-d
    // ones at least one output dim of one or more; then the output is allocated.
    const Dim outW = out[size_t(rank - 1)];
    if (mode == "reflect" && pairs == 1 && outW < 1)
        throwRuntimeError("2input (W: " + std::to_string(input[size_t(rank - 1)]) + ")is too small. Calculated output W: "
                          + std::to_string(outW));
    if (mode == "replicate" && pairs == 1 && outW < 1)
        throwRuntimeError("input (W: " + std::to_string(input[size_t(rank - 1)]) + ") is too small. Calculated output W: "
                          + std::to_string(outW));
    if ((mode == "reflect" || mode == "replicate") && pairs == 2) {
        const Dim outH = out[size_t(rank - 2)];
        if (outW < 1 && outH < 1)
            throwRuntimeError("input (H: " + std::to_string(input[size_t(rank - 2)]) + ", W: " + std::to_string(input[size_t(rank - 1)])
                              + (mode == "reflect" ? ")is" : " ) is") + " too small. Calculated output H: " + std::to_string(outH)
                              + " W: " + std::to_string(outW));
        if (mode == "reflect") // reflection_pad2d allocates through SymInts, replication_pad2d does not
            checkSymIntSizes(out);
        if (mode == "reflect" && std::any_of(out.begin(), out.end(), [](Dim d) { return d < 0; }))
            throwRuntimeError("numel: integer multiplication overflow");
    }
    if ((mode == "reflect" || mode == "replicate") && pairs == 3) {
        const Dim outH = out[size_t(rank - 2)], outD = out[size_t(rank - 3)];
        if (outW < 1 && outH < 1 && outD < 1)
            throwRuntimeError("input (D: " + std::to_string(input[size_t(rank - 3)]) + " H: " + std::to_string(input[size_t(rank - 2)])
                              + ", W: " + std::to_string(input[size_t(rank - 1)]) + ") is too small. Calculated output D: "
                              + std::to_string(outD) + " H: " + std::to_string(outH) + " W: " + std::to_string(outW));
    }
    if (mode != "circular")
        checkNoNegativeSizes(out);
    return out;
}

// Maps a padded coordinate to the source coordinate, or -1 for a zero.
Dim padSourceIndex(Dim i, Dim size, const std::string &mode)
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
namespace {

// What at::constant_pad_nd does with `pads` (last dim first): negative pads narrow the input
// first (narrow's own checks), then every padded size must stay positive.
Shape constantPadShape(const Shape &input, const Shape &pads)
{
    const size_t rank = input.size(), pairs = pads.size() / 2, first = rank - pairs;
    Shape narrowed = input;
    bool allNonPositive = true;
    auto narrow = [&](size_t dim, Dim start, Dim length) {
        const Dim size = narrowed[dim];
        if (start != size)
            start = wrapDim(start, size);
        if (length < 0 || start > size - length)
            throwRuntimeError("start (" + std::to_string(start) + ") + length (" + std::to_string(length)
                              + ") exceeds dimension size (" + std::to_string(size) + ").");
        narrowed[dim] = length;
    };
    // C++ int64 arithmetic, which wraps (-pad of -2**63 is -2**63 again).
    auto negated = [](Dim v) { return Dim(std::uint64_t(0) - std::uint64_t(v)); };
    auto plus = [](Dim a, Dim b) { return Dim(std::uint64_t(a) + std::uint64_t(b)); };
    for (size_t i = first; i < rank; ++i) {
        const size_t j = 2 * (rank - i - 1);
        if (pads[j] < 0)
            narrow(i, negated(pads[j]), plus(narrowed[i], pads[j]));
        else if (pads[j] != 0)
            allNonPositive = false;
        if (pads[j + 1] < 0)
            narrow(i, 0, plus(narrowed[i], pads[j + 1]));
        else if (pads[j + 1] != 0)
            allNonPositive = false;
    }
    if (allNonPositive)
        return narrowed;
    Shape out = input;
    for (size_t i = 0; i < pairs; ++i) {
        const size_t j = pads.size() - (i + 1) * 2;
        const Dim size = input[first + i];
        const Dim padded = Dim(std::uint64_t(size) + std::uint64_t(pads[j]) + std::uint64_t(pads[j + 1])); // wraps, as in C++
        if (padded <= 0)
            throwRuntimeError("The input size " + std::to_string(size) + ", plus negative padding " + std::to_string(pads[j])
                              + " and " + std::to_string(pads[j + 1]) + " resulted in a negative output size, which is "
                              "invalid. Check dimension " + std::to_string(first + i) + " of your input.");
        out[first + i] = padded;
    }
    return out;
}

class Pad : public Module
{
public:
    enum class Kind { Zero, Constant, Reflection, Replication };
    Pad(Kind kind, size_t spatial, Value padding, Value value)
        : m_kind(kind), m_spatial(spatial), m_padding(std::move(padding)), m_value(std::move(value))
    {
    }

    std::string typeName() const override
    {
        static const char *const names[] = {"ZeroPad", "ConstantPad", "ReflectionPad", "ReplicationPad"};
        return names[int(m_kind)] + std::to_string(m_spatial) + "d";
    }
    std::string repr() const override
    {
        if (m_kind == Kind::Constant)
            return typeName() + "(padding=" + pythonStr(m_padding) + ", value=" + pythonStr(m_value) + ")";
        return typeName() + "(" + pythonStr(m_padding) + ")";
    }

    // The padding tuple; ZeroPad2d and the ConstantPads also store `value` (ZeroPad2d's is 0.0).
    std::optional<Value> attribute(std::string_view name) const override
    {
        if (name == "value" && (m_kind == Kind::Reflection || m_kind == Kind::Replication))
            return std::nullopt;
        return namedAttribute(name, {{"padding", &m_padding}, {"value", &m_value}});
    }

    Shape outputShape(const Shape &input) const override
    {
        Shape padBefore;
        return plan(input, padBefore);
    }
    // The checks first (their messages name the tensor's type), then the kernel's dtype dispatch:
    // constant padding copies int64; the reflection and replication kernels have no int64 version.
    DType resultDtype(const Shape &input, DType dtype) const override
    {
        Shape padBefore;
        plan(input, padBefore, dtype);
        if (dtype != DType::Int64 || m_kind == Kind::Zero || m_kind == Kind::Constant)
            return dtype;
        const size_t pairs = std::get<SequenceValue>(m_padding.data).items.size() / 2;
        if (m_kind == Kind::Reflection)
            throwNotImplementedForLong(pairs == 3 ? "reflection_pad3d_cpu" : "reflection_pad" + std::to_string(pairs) + "d");
        throwNotImplementedForLong("replication_pad" + std::to_string(pairs) + "d_cpu");
    }

    Tensor forward(const Tensor &input) const override
    {
        Shape padBefore;
        const Shape out = plan(input.sizes(), padBefore);
        if (!canComputeValues(input, out))
            return Tensor::shapeOnly(out);
        const std::vector<float> x = input.values();
        const Shape &in = input.sizes();
        const auto count = size_t(*checkedNumel(out));
        std::vector<float> y(count);
        const float fill = asDouble(m_value) ? float(*asDouble(m_value)) : 0.0f;
        const std::string mode = m_kind == Kind::Reflection ? "reflect" : m_kind == Kind::Replication ? "replicate" : "zeros";
        std::vector<Dim> at(out.size());
        for (size_t flat = 0; flat < count; ++flat) {
            size_t rest = flat;
            for (size_t d = out.size(); d-- > 0;) {
                at[d] = Dim(rest % size_t(out[d]));
                rest /= size_t(out[d]);
            }
            Dim offset = 0;
            for (size_t d = 0; d < out.size() && offset >= 0; ++d) {
                const Dim source = padSourceIndex(at[d] - padBefore[d], in[d], mode);
                offset = source < 0 ? -1 : offset * in[d] + source;
            }
            y[flat] = offset < 0 ? fill : x[size_t(offset)];
        }
        return Tensor::fromValues(out, std::move(y));
    }

    void acceptTuple() const override { throwTupleForTensorArgument("pad"); }

private:
    // torch._C._nn.pad(input, pad, mode, value): the argument parser (pad's container and first
    // element, and value's type, are matched before pad's other elements are read; a bool after
    // the first element reads as an int), then F.pad's own checks, then the mode's.
    Shape plan(const Shape &input, Shape &padBefore, DType dtype = DType::Float32) const
    {
        matchIntList("pad", "pad", 2, m_padding);
        if (m_kind == Kind::Constant && !m_value.isNone() && !asDouble(m_value))
            throwTypeError("pad(): argument 'value' (position 4) must be float, not " + pythonTypeName(m_value));
        Shape pads;
        const auto &items = std::get<SequenceValue>(m_padding.data).items;
        for (size_t i = 0; i < items.size(); ++i) {
            if (items[i].isBool())
                pads.push_back(std::get<bool>(items[i].data) ? 1 : 0);
            else if (items[i].isInt())
                pads.push_back(std::get<std::int64_t>(items[i].data));
            else
                throwTypeError("pad(): argument 'pad' must be tuple of ints, but found element of type "
                               + pythonTypeName(items[i]) + " at pos " + std::to_string(i + 1));
        }
        if (pads.size() % 2 != 0)
            throwRuntimeError("Padding length must be divisible by 2");
        if (pads.size() / 2 > input.size())
            throwRuntimeError("Padding length too large");
        padBefore.assign(input.size(), 0);
        if (m_kind == Kind::Reflection || m_kind == Kind::Replication)
            return padShape(input, m_kind == Kind::Reflection ? "reflect" : "replicate", pads, padBefore, dtype);
        for (size_t j = 0; j < pads.size() / 2; ++j)
            padBefore[input.size() - 1 - j] = pads[2 * j];
        return constantPadShape(input, pads);
    }

    Kind m_kind;
    size_t m_spatial;
    Value m_padding; // the tuple _pair/_quadruple/_ntuple(6) made
    Value m_value;
};

ModulePtr makePad(const Arguments &args, Pad::Kind kind, size_t spatial)
{
    static const char *const names[] = {"ZeroPad", "ConstantPad", "ReflectionPad", "ReplicationPad"};
    Signature signature{names[int(kind)] + std::to_string(spatial) + "d", {{"padding", std::nullopt}}};
    if (kind == Pad::Kind::Constant)
        signature.parameters.push_back({"value", std::nullopt});
    auto b = bindArguments(signature, args);
    const Value value = kind == Pad::Kind::Constant ? b.values[1] : kind == Pad::Kind::Zero ? Value{0.0} : Value{NoneValue{}};
    return std::make_shared<Pad>(kind, spatial,
                                 pythonNTuple(b.values[0], 2 * spatial), value);
}

} // namespace

ModulePtr makeZeroPad2d(const Arguments &args)
{
    return makePad(args, Pad::Kind::Zero, 2);
}

ModulePtr makeConstantPad1d(const Arguments &args)
{
    return makePad(args, Pad::Kind::Constant, 1);
}

ModulePtr makeConstantPad2d(const Arguments &args)
{
    return makePad(args, Pad::Kind::Constant, 2);
}

ModulePtr makeConstantPad3d(const Arguments &args)
{
    return makePad(args, Pad::Kind::Constant, 3);
}

ModulePtr makeReflectionPad1d(const Arguments &args)
{
    return makePad(args, Pad::Kind::Reflection, 1);
}

ModulePtr makeReflectionPad2d(const Arguments &args)
{
    return makePad(args, Pad::Kind::Reflection, 2);
}

ModulePtr makeReflectionPad3d(const Arguments &args)
{
    return makePad(args, Pad::Kind::Reflection, 3);
}

ModulePtr makeReplicationPad1d(const Arguments &args)
{
    return makePad(args, Pad::Kind::Replication, 1);
}

ModulePtr makeReplicationPad2d(const Arguments &args)
{
    return makePad(args, Pad::Kind::Replication, 2);
}

ModulePtr makeReplicationPad3d(const Arguments &args)
{
    return makePad(args, Pad::Kind::Replication, 3);
}

} // namespace ft::detail
