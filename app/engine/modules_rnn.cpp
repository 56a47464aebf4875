// modules_rnn.cpp — nn.RNN, nn.LSTM and nn.GRU: RNNBase.__init__'s checks in its order, the repr
// of its extra_repr, the parameter count, and forward's shape rule with its messages. They return
// tuples: (output, h_n) for RNN and GRU, (output, (h_n, c_n)) for LSTM (see Module::tupleShapes).
// Forward is shape-only: the recurrent values are not modelled.
#include "engine/modules_p.h"

#include <cmath>

namespace ft::detail {

namespace {

// Python's `a OP b` for the comparisons RNNBase.__init__ makes: numbers (bool included) compare,
// anything else raises CPython's TypeError.
bool pythonCompare(const Value &a, const char *op, const Value &b)
{
    const auto x = asPythonNumber(a);
    const auto y = asPythonNumber(b);
    if (!x || !y)
        throwTypeError(std::string("'") + op + "' not supported between instances of '" + pythonTypeName(a) + "' and '"
                       + pythonTypeName(b) + "'");
    const std::string o = op;
    if (o == "<")
        return *x < *y;
    if (o == ">=")
        return *x >= *y;
    return *x > *y;
}

// Python's `n * value` for the gate size (4 * hidden_size): ints stay ints (a bool becomes one),
// floats stay floats. An int beyond int64 is passed on as the Python int it is; torch.empty then
// refuses it by position, as PyTorch does.
struct GateSize
{
    Value value;
    bool overflow = false;
};
GateSize timesValue(std::int64_t n, const Value &value)
{
    if (n == 1)
        return {value};
    if (value.isFloat())
        return {Value{double(n) * std::get<double>(value.data)}};
    const std::int64_t v = value.isBool() ? (std::get<bool>(value.data) ? 1 : 0) : std::get<std::int64_t>(value.data);
    std::int64_t product = 0;
    if (__builtin_mul_overflow(n, v, &product))
        return {Value{std::int64_t(0)}, true};
    return {Value{product}};
}

// torch.empty(sizes) for one recurrent parameter; sizes[i] may be a Python int beyond int64.
Shape emptyParameter(const std::vector<GateSize> &sizes, const FactoryOptions &options, const std::string &container)
{
    std::vector<Value> values;
    for (size_t i = 0; i < sizes.size(); ++i) {
        if (sizes[i].overflow)
            throwTypeError("empty(): argument 'size' must be tuple of SymInts, but found element of type int at pos "
                           + std::to_string(i + 1));
        values.push_back(sizes[i].value);
    }
    return checkFactorySizes(values, options, "empty", container);
}

enum class Mode { RnnTanh, RnnRelu, Lstm, Gru };

struct RnnConfig
{
    Mode mode = Mode::Lstm;
    Value inputSize, hiddenSize, numLayers, bias, batchFirst, bidirectional, proj;
    double dropout = 0.0;
    Dim input = 0, hidden = 0, projSize = 0, layers = 1;
    bool hasBias = true, twoWay = false, batchFirstTruthy = false;
    // Parameter shapes of layer 0 and of the layers above it (one direction), in registration order.
    std::vector<std::pair<std::string, Shape>> firstLayer, upperLayers;
};

class RecurrentModule : public Module
{
public:
    explicit RecurrentModule(RnnConfig config) : m(std::move(config)) {}

    std::string typeName() const override
    {
        return m.mode == Mode::Lstm ? "LSTM" : m.mode == Mode::Gru ? "GRU" : "RNN";
    }
    std::string repr() const override
    {
        // RNNBase.extra_repr: `is not True` / `is not False` compare identity, so bias=1 shows.
        std::string s = typeName() + "(" + pythonStr(m.inputSize) + ", " + pythonStr(m.hiddenSize);
        if (!(m.proj.isInt() && std::get<std::int64_t>(m.proj.data) == 0) && !(m.proj.isBool() && !std::get<bool>(m.proj.data))
            && !(m.proj.isFloat() && std::get<double>(m.proj.data) == 0.0))
            s += ", proj_size=" + pythonStr(m.proj);
        if (!(asNumber(m.numLayers) && *asNumber(m.numLayers) == 1.0))
            s += ", num_layers=" + pythonStr(m.numLayers);
        if (!(m.bias.isBool() && std::get<bool>(m.bias.data)))
            s += ", bias=" + pythonStr(m.bias);
        if (!(m.batchFirst.isBool() && !std::get<bool>(m.batchFirst.data)))
            s += ", batch_first=" + pythonStr(m.batchFirst);
        if (m.dropout != 0.0)
            s += ", dropout=" + pythonStr(Value{m.dropout});
        if (!(m.bidirectional.isBool() && !std::get<bool>(m.bidirectional.data)))
            s += ", bidirectional=" + pythonStr(m.bidirectional);
        return s + ")";
    }

    // What RNNBase.__init__ stores (dropout as float(dropout)); an RNN also keeps its nonlinearity.
    std::optional<Value> attribute(std::string_view name) const override
    {
        static const char *const modes[] = {"RNN_TANH", "RNN_RELU", "LSTM", "GRU"};
        if (name == "mode")
            return Value{std::string(modes[int(m.mode)])};
        if (name == "dropout")
            return Value{m.dropout};
        if (name == "nonlinearity" && (m.mode == Mode::RnnTanh || m.mode == Mode::RnnRelu))
            return Value{std::string(m.mode == Mode::RnnTanh ? "tanh" : "relu")};
        return namedAttribute(name, {{"input_size", &m.inputSize}, {"hidden_size", &m.hiddenSize},
                                     {"num_layers", &m.numLayers}, {"bias", &m.bias}, {"batch_first", &m.batchFirst},
                                     {"bidirectional", &m.bidirectional}, {"proj_size", &m.proj}});
    }

    // check_input runs before the first matmul of the recurrence, which refuses int64: addmm's
    // words with a bias, mm's without one, and mm's too when batch_first made the input a
    // non-contiguous transpose (more than one sample and more than one step).
    DType resultDtype(const Shape &input, DType dtype) const override
    {
        const Shape batched = checkedCall(input);
        if (dtype != DType::Int64)
            return dtype;
        const Dim batchDim = m.batchFirstTruthy ? 0 : 1;
        const Dim batch = batched[size_t(batchDim)], steps = batched[size_t(1 - batchDim)];
        if (pythonTruthy(m.bias)) {
            // The input projection runs first, over every step at once: addmm's dtype check, unless
            // batch_first made the input a real transpose (both leading dims above 1), which the
            // kernel copies and refuses as another type.
            const bool transposed = m.batchFirstTruthy && input.size() == 3 && input[0] > 1 && input[1] > 1 && input[2] > 0;
            throwRuntimeError(transposed ? "expected scalar type Long but found Float" : "mat1 and mat2 must have the same dtype");
        }
        // Without bias each step's matmul runs on its own. With autograd on (as the trace runs), an
        // empty batch or no steps trips an internal assertion of PyTorch 1.13's autograd, worded so.
        if (steps == 0 || batch == 0)
            throwRuntimeError("isDifferentiableType(variable.scalar_type()) INTERNAL ASSERT FAILED at "
                              "\"./torch/csrc/autograd/functions/utils.h\":75, please report a bug to PyTorch. ");
        throwRuntimeError("expected scalar type Long but found Float");
    }

    // The output's shape; tupleShapes() gives the whole tuple.
    Shape outputShape(const Shape &input) const override { return shapes(input).front().shape; }
    // The output (shape-only). With batch_first, PyTorch runs the recurrence on the input's
    // transpose and returns output.transpose(0, 1): a view that x.view(...) may refuse.
    Tensor forward(const Tensor &input) const override
    {
        const Shape out = outputShape(input.sizes());
        if (m.batchFirstTruthy && input.dim() == 3)
            return Tensor::shapeOnly({out[1], out[0], out[2]}).transpose(0, 1);
        return Tensor::shapeOnly(out);
    }
    bool returnsTuple() const override { return true; }
    std::vector<ResultShape> tupleShapes(const Shape &input) const override { return shapes(input); }
    // forward's first line is `input.dim()`: a tuple has no such attribute.
    void acceptTuple() const override { throwTupleHasNoAttribute("dim"); }

    std::optional<std::int64_t> intArgument(std::string_view name) const override
    {
        if (name == "input_size")
            return m.input;
        if (name == "hidden_size")
            return m.hidden;
        if (name == "num_layers")
            return m.layers;
        if (name == "proj_size")
            return m.projSize;
        if (name == "batch_first")
            return m.batchFirstTruthy ? 1 : 0;
        return std::nullopt;
    }

    std::vector<std::pair<std::string, Shape>> stateShapes() const override
    {
        std::vector<std::pair<std::string, Shape>> all;
        // Listing the names of a model no one could build is not useful; PyTorch would run out of memory.
        if (m.layers > 4096)
            return all;
        for (Dim layer = 0; layer < m.layers; ++layer) {
            for (int direction = 0; direction < (m.twoWay ? 2 : 1); ++direction) {
                const std::string suffix = "_l" + std::to_string(layer) + (direction ? "_reverse" : "");
                for (const auto &[name, shape] : layer == 0 ? m.firstLayer : m.upperLayers)
                    all.emplace_back(name + suffix, shape);
            }
        }
        return all;
    }

    std::int64_t parameterCount() const override
    {
        auto count = [](const std::vector<std::pair<std::string, Shape>> &params) -> std::optional<Dim> {
            Dim total = 0;
            for (const auto &entry : params) {
                const auto n = checkedNumel(entry.second);
                if (!n || __builtin_add_overflow(total, *n, &total))
                    return std::nullopt;
            }
            return total;
        };
        const auto first = count(m.firstLayer);
        const auto upper = count(m.upperLayers);
        const Dim directions = m.twoWay ? 2 : 1;
        Dim perDirection = 0, total = 0;
        if (!first || !upper || __builtin_mul_overflow(*upper, m.layers - 1, &perDirection)
            || __builtin_add_overflow(perDirection, *first, &perDirection)
            || __builtin_mul_overflow(perDirection, directions, &total))
            return -1;
        return total;
    }

private:
    // forward's unsqueeze of an unbatched input and check_input: the 3-d input the recurrence runs on.
    Shape checkedInput(const Shape &given) const
    {
        const bool batched = given.size() == 3;
        const Dim batchDim = m.batchFirstTruthy ? 0 : 1;
        Shape input = given;
        if (!batched) // input.unsqueeze(batch_dim): a 0-d input has no dim 1
            input.insert(input.begin() + wrapDim(batchDim, Dim(given.size()) + 1), 1);
        if (input.size() != 3)
            throwRuntimeError("input must have 3 dimensions, got " + std::to_string(input.size()));
        if (input.back() != m.input)
            throwRuntimeError("input.size(-1) must be equal to input_size. Expected " + pythonStr(m.inputSize) + ", got "
                              + std::to_string(input.back()));
        return input;
    }

    // The rest of forward before the recurrence runs: check_forward_args compares the zero hx it
    // made (hidden_size features) with the size it expects (proj_size features for a projection,
    // which only LSTM makes right), then _VF's argument parser wants bools and an int.
    Shape checkedCall(const Shape &given) const
    {
        Shape input = checkedInput(given);
        const Dim batch = input[m.batchFirstTruthy ? 0 : 1];
        const Dim stacked = checkedMul(m.layers, m.twoWay ? 2 : 1);
        if (m.mode != Mode::Lstm && m.projSize > 0)
            throwRuntimeError("Expected hidden size (" + std::to_string(stacked) + ", " + std::to_string(batch) + ", "
                              + std::to_string(m.projSize) + "), got [" + std::to_string(stacked) + ", "
                              + std::to_string(batch) + ", " + std::to_string(m.hidden) + "]");
        if (!m.bias.isBool() || !m.numLayers.isInt() || !m.bidirectional.isBool() || !m.batchFirst.isBool()) {
            const char *function = m.mode == Mode::Lstm ? "lstm" : m.mode == Mode::Gru ? "gru"
                                 : m.mode == Mode::RnnTanh ? "rnn_tanh" : "rnn_relu";
            throwTypeError(std::string(function) + "() received an invalid combination of arguments - got (Tensor, "
                           + (m.mode == Mode::Lstm ? "tuple" : "Tensor") + ", list, " + pythonTypeName(m.bias) + ", "
                           + pythonTypeName(m.numLayers) + ", float, bool, " + pythonTypeName(m.bidirectional) + ", "
                           + pythonTypeName(m.batchFirst) + "), but expected one of:");
        }
        return input;
    }

    // RNN.forward / LSTM.forward / GRU.forward without hx, on shapes.
    std::vector<ResultShape> shapes(const Shape &given) const
    {
        const bool batched = given.size() == 3;
        const Dim batchDim = m.batchFirstTruthy ? 0 : 1;
        const Shape input = checkedCall(given);
        const Dim batch = input[size_t(batchDim)];
        const Dim steps = input[size_t(1 - batchDim)];
        if (steps == 0)
            throwRuntimeError("Expected sequence length to be larger than 0 in RNN");
        const Dim directions = m.twoWay ? 2 : 1;
        const Dim outSize = m.projSize > 0 ? m.projSize : m.hidden;
        const Dim stacked = checkedMul(m.layers, directions);
        Shape output = m.batchFirstTruthy ? Shape{batch, steps, checkedMul(directions, outSize)}
                                          : Shape{steps, batch, checkedMul(directions, outSize)};
        checkAllocatedOutput(given, output);
        Shape h{stacked, batch, outSize};
        Shape c{stacked, batch, m.hidden};
        if (!batched) { // output.squeeze(batch_dim), hidden.squeeze(1)
            output.erase(output.begin() + batchDim);
            h.erase(h.begin() + 1);
            c.erase(c.begin() + 1);
        }
        std::vector<ResultShape> result{ResultShape::tensor(output)};
        if (m.mode == Mode::Lstm)
            result.push_back(ResultShape::tuple({ResultShape::tensor(h), ResultShape::tensor(c)}));
        else
            result.push_back(ResultShape::tensor(h));
        return result;
    }

    RnnConfig m;
};

// RNNBase.__init__(mode, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,
// dropout=0., bidirectional=False, proj_size=0, device=None, dtype=None), checks in its order.
ModulePtr buildRecurrent(Mode mode, const Arguments &given, std::vector<PythonWarning> &warned)
{
    Arguments args = given;
    args.positional.insert(args.positional.begin(), Value{std::string("mode")});
    static const Signature signature{"RNNBase",
                                     {{"mode", std::nullopt},
                                      {"input_size", std::nullopt},
                                      {"hidden_size", std::nullopt},
                                      {"num_layers", intValue(1)},
                                      {"bias", Value{true}},
                                      {"batch_first", Value{false}},
                                      {"dropout", Value{0.0}},
                                      {"bidirectional", Value{false}},
                                      {"proj_size", intValue(0)},
                                      {"device", Value{NoneValue{}}},
                                      {"dtype", Value{NoneValue{}}}}};
    const BoundArguments b = bindArguments(signature, args);
    RnnConfig c;
    c.mode = mode;
    c.inputSize = b.values[1];
    c.hiddenSize = b.values[2];
    c.numLayers = b.values[3];
    c.bias = b.values[4];
    c.batchFirst = b.values[5];
    c.bidirectional = b.values[7];
    c.proj = b.values[8];
    const FactoryOptions options{b.values[9], b.values[10]};

    // self.dropout = float(dropout)
    const Value &dropout = b.values[6];
    if (dropout.isString()) {
        const std::string &text = std::get<std::string>(dropout.data);
        char *end = nullptr;
        std::strtod(text.c_str(), &end);
        if (text.empty() || end != text.c_str() + text.size() || std::isspace(static_cast<unsigned char>(text[0])))
            throwValueError("could not convert string to float: " + pythonRepr(dropout));
    } else if (!asNumber(dropout)) {
        throwTypeError("float() argument must be a string or a real number, not '" + pythonTypeName(dropout) + "'");
    }
    const auto p = asNumber(dropout);
    if (!p || dropout.isBool() || !(*p >= 0.0 && *p <= 1.0))
        throwValueError("dropout should be a number in range [0, 1] representing the probability of an element being zeroed");
    c.dropout = *p;
    // `if dropout > 0 and num_layers == 1: warnings.warn(...)`, then the checks below.
    if (*p > 0 && asNumber(c.numLayers) && *asNumber(c.numLayers) == 1.0)
        warned.push_back({"UserWarning", "dropout option adds dropout after all but last recurrent layer, so non-zero dropout "
                                         "expects num_layers greater than 1, but got dropout=" + pythonStr(dropout)
                                             + " and num_layers=" + pythonStr(c.numLayers)});
    if (pythonCompare(c.proj, "<", intValue(0)))
        throwValueError("proj_size should be a positive integer or zero to disable projections");
    if (pythonCompare(c.proj, ">=", c.hiddenSize))
        throwValueError("proj_size has to be smaller than hidden_size");
    const std::int64_t gates = mode == Mode::Lstm ? 4 : mode == Mode::Gru ? 3 : 1;
    const GateSize gate = timesValue(gates, c.hiddenSize);

    // for layer in range(num_layers)
    if (!c.numLayers.isInt() && !c.numLayers.isBool())
        throwTypeError("'" + pythonTypeName(c.numLayers) + "' object cannot be interpreted as an integer");
    c.layers = c.numLayers.isBool() ? (std::get<bool>(c.numLayers.data) ? 1 : 0) : std::get<std::int64_t>(c.numLayers.data);
    c.hasBias = pythonTruthy(c.bias);
    c.twoWay = pythonTruthy(c.bidirectional);
    c.batchFirstTruthy = pythonTruthy(c.batchFirst);
    const bool projecting = pythonCompare(c.proj, ">", intValue(0));
    const Value realHidden = projecting ? c.proj : c.hiddenSize;
    for (Dim layer = 0; layer < std::min<Dim>(c.layers, 2); ++layer) {
        const GateSize layerInput = layer == 0 ? GateSize{c.inputSize} : timesValue(c.twoWay ? 2 : 1, realHidden);
        std::vector<std::pair<std::string, Shape>> params;
        params.emplace_back("weight_ih", emptyParameter({gate, layerInput}, options, "tuple"));
        params.emplace_back("weight_hh", emptyParameter({gate, GateSize{realHidden}}, options, "tuple"));
        const Shape biasShape = emptyParameter({gate}, options, pythonTypeName(gate.value));
        emptyParameter({gate}, options, pythonTypeName(gate.value));
        if (c.hasBias) {
            params.emplace_back("bias_ih", biasShape);
            params.emplace_back("bias_hh", biasShape);
        }
        if (projecting)
            params.emplace_back("weight_hr", emptyParameter({GateSize{c.proj}, GateSize{c.hiddenSize}}, options, "tuple"));
        (layer == 0 ? c.firstLayer : c.upperLayers) = std::move(params);
    }
    // flatten_parameters() reads self._flat_weights[0]
    if (c.layers <= 0)
        throwIndexError("list index out of range");
    c.input = *asInt(c.inputSize.isBool() ? intValue(std::get<bool>(c.inputSize.data)) : c.inputSize);
    c.hidden = *asInt(c.hiddenSize.isBool() ? intValue(std::get<bool>(c.hiddenSize.data)) : c.hiddenSize);
    c.projSize = projecting ? *asInt(c.proj) : 0;
    if (c.upperLayers.empty())
        c.upperLayers = c.firstLayer;
    return std::make_shared<RecurrentModule>(std::move(c));
}

ModulePtr makeRecurrent(Mode mode, const Arguments &given)
{
    return buildWarning([&](std::vector<PythonWarning> &warned) { return buildRecurrent(mode, given, warned); });
}

} // namespace

ModulePtr makeRNN(const Arguments &args)
{
    // RNN.__init__(*args, **kwargs) pops nonlinearity and refuses proj_size by keyword.
    Arguments rest;
    rest.positional = args.positional;
    Value nonlinearity{std::string("tanh")};
    bool projKeyword = false;
    for (const auto &[name, value] : args.keyword) {
        if (name == "proj_size")
            projKeyword = true;
        if (name == "nonlinearity")
            nonlinearity = value;
        else
            rest.keyword.emplace_back(name, value);
    }
    if (projKeyword)
        throwValueError("proj_size argument is only supported for LSTM, not RNN or GRU");
    const bool isTanh = nonlinearity.isString() && std::get<std::string>(nonlinearity.data) == "tanh";
    const bool isRelu = nonlinearity.isString() && std::get<std::string>(nonlinearity.data) == "relu";
    if (!isTanh && !isRelu)
        throwValueError("Unknown nonlinearity '" + pythonStr(nonlinearity) + "'");
    return makeRecurrent(isTanh ? Mode::RnnTanh : Mode::RnnRelu, rest);
}

ModulePtr makeLSTM(const Arguments &args)
{
    return makeRecurrent(Mode::Lstm, args);
}

ModulePtr makeGRU(const Arguments &args)
{
    for (const auto &entry : args.keyword) {
        if (entry.first == "proj_size")
            throwValueError("proj_size argument is only supported for LSTM, not RNN or GRU");
    }
    return makeRecurrent(Mode::Gru, args);
}

} // namespace ft::detail
