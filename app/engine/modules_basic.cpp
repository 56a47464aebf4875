// modules_basic.cpp — Flatten, Unflatten, Identity, Sequential, Dropout and the activations.
#include "engine/modules_p.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <unordered_set>

namespace ft::detail {

// Python's torch.nn.modules.module._addindent: indent every line but the first by two spaces.
std::string addIndent(const std::string &text)
{
    std::string out;
    for (char c : text) {
        out += c;
        if (c == '\n')
            out += "  ";
    }
    return out;
}

// "flatten() received an invalid combination of arguments - got (str, int), but expected one of:"
void throwInvalidCombination(const std::string &function, const std::vector<Value> &args)
{
    std::string types;
    for (size_t i = 0; i < args.size(); ++i)
        types += (i ? ", " : "") + pythonTypeName(args[i]);
    throwTypeError(function + "() received an invalid combination of arguments - got (" + types
                   + "), but expected one of:");
}

std::vector<float> inputValues(const Tensor &input)
{
    return input.values();
}

// torch.nn.Module.__repr__ for a module that keeps its constructor arguments as attributes: a
// module passed as one (nn.ReLU(nn.ReLU())) is registered as a child, and print(model) lists it
// below the extra_repr: "ReLU(\n  inplace=True\n  (inplace): ReLU()\n)".
std::string reprWithModuleArguments(const std::string &name, const std::string &extra,
                                    std::initializer_list<std::pair<const char *, const Value *>> attributes)
{
    std::string children;
    for (const auto &[attribute, value] : attributes) {
        if (value->isModule())
            children += std::string("\n  (") + attribute + "): " + addIndent(std::get<ModulePtr>(value->data)->repr());
    }
    if (children.empty())
        return name + "(" + extra + ")";
    return name + "(" + (extra.empty() ? "" : "\n  " + addIndent(extra)) + children + "\n)";
}

namespace {

// ---------------------------------------------------------------------------------------------
class Flatten : public Module
{
public:
    Flatten(Value start, Value end) : m_start(std::move(start)), m_end(std::move(end)) {}
    std::string typeName() const override { return "Flatten"; }
    std::optional<Value> attribute(std::string_view name) const override
    {
        return namedAttribute(name, {{"start_dim", &m_start}, {"end_dim", &m_end}});
    }
    std::string repr() const override
    {
        return "Flatten(start_dim=" + pythonStr(m_start) + ", end_dim=" + pythonStr(m_end) + ")";
    }
    Shape outputShape(const Shape &input) const override
    {
        // Flatten only stores its arguments; torch.flatten's argument parser rejects non-ints.
        const auto start = asInt(m_start);
        const auto end = asInt(m_end);
        // flatten(DimnameList dims, Dimname out_dim): a sequence that is empty or starts with a str
        // or None, then a str or None (a Dimname may be None), picks that overload. Its arguments
        // are unpacked right to left (out_dim first), each name checked; then dims must be
        // non-empty, and dims[0] is looked up first (the tensor here has no names).
        if (m_start.isSequence() && (m_end.isString() || m_end.isNone())) {
            const auto &items = std::get<SequenceValue>(m_start.data).items;
            if (items.empty() || items[0].isString() || items[0].isNone()) {
                if (m_end.isString())
                    checkDimName(std::get<std::string>(m_end.data));
                for (const Value &item : items) {
                    if (item.isString())
                        checkDimName(std::get<std::string>(item.data));
                    else if (!item.isNone())
                        throwTypeError("expected None or string for Dimname but got " + pythonTypeName(item));
                }
                if (items.empty())
                    throwRuntimeError("flatten(tensor, dims, out_dim): dims cannot be empty");
                if (items[0].isNone())
                    throwRuntimeError("Please look up dimensions by name, got: name = None.");
                throwNamedDimNotFound(std::get<std::string>(items[0].data), Dim(input.size()));
            }
        }
        if (!start || !end)
            throwInvalidCombination("flatten", {m_start, m_end});
        return flattenShape(input, *start, *end);
    }
    Tensor forward(const Tensor &input) const override
    {
        const Shape out = outputShape(input.sizes());
        if (!input.hasStorage())
            return Tensor::shapeOnly(out);
        return input.flatten(*asInt(m_start), *asInt(m_end));
    }

    void acceptTuple() const override { throwTupleHasNoAttribute("flatten"); }

    std::optional<std::int64_t> intArgument(std::string_view name) const override
    {
        if (name == "start_dim")
            return asInt(m_start);
        if (name == "end_dim")
            return asInt(m_end);
        return std::nullopt;
    }

private:

    Value m_start;
    Value m_end;
};

// ---------------------------------------------------------------------------------------------
class Unflatten : public Module
{
public:
    Unflatten(Value dim, Value sizes) : m_dim(std::move(dim)), m_sizes(std::move(sizes)) {}
    std::string typeName() const override { return "Unflatten"; }
    std::optional<Value> attribute(std::string_view name) const override
    {
        return namedAttribute(name, {{"dim", &m_dim}, {"unflattened_size", &m_sizes}});
    }
    std::string repr() const override
    {
        return "Unflatten(dim=" + pythonStr(m_dim) + ", unflattened_size=" + pythonStr(m_sizes) + ")";
    }
    Shape outputShape(const Shape &input) const override
    {
        const Dim rank = Dim(input.size());
        // Tensor.unflatten (torch/_tensor.py) refuses empty sizes before it looks at the dim.
        if (!pythonTruthy(m_sizes))
            throwRuntimeError("unflatten: sizes must be non-empty");
        if (m_dim.isString())
            namedUnflatten(rank);
        if (m_dim.isBool())
            throwTypeError("unflatten(): argument 'dim' (position 1) must be int, not bool");
        // The sizes are parsed (and their errors raised) before the dim is read, as PyTorch does.
        const Shape sizes = parseIntList("unflatten", "sizes", 2, m_sizes);
        return unflattenShape(input, *asInt(m_dim), sizes);
    }
    Tensor forward(const Tensor &input) const override
    {
        const Shape out = outputShape(input.sizes());
        if (!input.hasStorage())
            return Tensor::shapeOnly(out);
        // Tensor.unflatten is always a view, like PyTorch's.
        return input.unflatten(*asInt(m_dim), parseIntList("unflatten", "sizes", 2, m_sizes));
    }

    void acceptTuple() const override { throwTupleHasNoAttribute("unflatten"); }

private:
    // Tensor.unflatten(name, ((name, size), ...)): `names, sizes = zip(*pairs)` in Python, then
    // unflatten(Dimname dim, IntArrayRef sizes, DimnameList names), whose arguments are matched
    // left to right and unpacked right to left; an unnamed tensor then has no such dim.
    [[noreturn]] void namedUnflatten(Dim rank) const
    {
        const auto &pairs = std::get<SequenceValue>(m_sizes.data).items; // the constructor made sure
        size_t columns = std::numeric_limits<size_t>::max();
        for (const Value &pair : pairs)
            columns = std::min(columns, pair.isSequence() ? std::get<SequenceValue>(pair.data).items.size() : 0);
        if (columns < 2)
            throwValueError("not enough values to unpack (expected 2, got " + std::to_string(columns) + ")");
        if (columns > 2)
            throwValueError("too many values to unpack (expected 2)");
        std::vector<Value> names, sizes;
        for (const Value &pair : pairs) {
            names.push_back(std::get<SequenceValue>(pair.data).items[0]);
            sizes.push_back(std::get<SequenceValue>(pair.data).items[1]);
        }
        const Value sizeTuple = tupleValue(sizes);
        matchIntList("unflatten", "sizes", 2, sizeTuple);
        if (!names[0].isString() && !names[0].isNone())
            throwTypeError("unflatten(): argument 'names' (position 3) must be tuple of names, not tuple");
        for (const Value &name : names) {
            if (name.isString())
                checkDimName(std::get<std::string>(name.data));
            else if (!name.isNone())
                throwTypeError("expected None or string for Dimname but got " + pythonTypeName(name));
        }
        parseIntList("unflatten", "sizes", 2, sizeTuple);
        throwNamedDimNotFound(std::get<std::string>(m_dim.data), rank);
    }

    Value m_dim;
    Value m_sizes;
};

// ---------------------------------------------------------------------------------------------
class Identity : public Module
{
public:
    std::string typeName() const override { return "Identity"; }
    std::string repr() const override { return "Identity()"; }
    Shape outputShape(const Shape &input) const override { return input; }
    Tensor forward(const Tensor &input) const override { return input; }
    void acceptTuple() const override {}
};

// A None entry of nn.Sequential(None): PyTorch accepts it and fails only when called.
class NoneModule : public Module
{
public:
    std::string typeName() const override { return "NoneType"; }
    std::string repr() const override { return "None"; }
    Shape outputShape(const Shape &) const override { throwTypeError("'NoneType' object is not callable"); }
    Tensor forward(const Tensor &) const override { throwTypeError("'NoneType' object is not callable"); }
    void acceptTuple() const override { throwTypeError("'NoneType' object is not callable"); }
};

class Sequential : public Module
{
public:
    explicit Sequential(std::vector<ModulePtr> children) : m_children(std::move(children)) {}
    std::string typeName() const override { return "Sequential"; }
    std::string repr() const override
    {
        if (m_children.empty())
            return "Sequential()";
        std::string text = "Sequential(";
        for (size_t i = 0; i < m_children.size(); ++i)
            text += "\n  (" + std::to_string(i) + "): " + addIndent(m_children[i]->repr());
        return text + "\n)";
    }
    Shape outputShape(const Shape &input) const override
    {
        return throughChildren(input, [](const Module &child, const Shape &shape) { return child.outputShape(shape); });
    }
    Shape recordedOutputShape(const Shape &input, bool inputRequiresGrad) const override
    {
        bool requiresGrad = inputRequiresGrad;
        return throughChildren(input, [&](const Module &child, const Shape &shape) {
            Shape output = child.recordedOutputShape(shape, requiresGrad);
            requiresGrad = child.outputRequiresGrad(requiresGrad);
            return output;
        });
    }
    bool hasParameters() const override
    {
        return std::any_of(m_children.begin(), m_children.end(), [](const ModulePtr &child) { return child->hasParameters(); });
    }
    // Its children's, each child once (nn.Sequential(lstm) * 2 built the LSTM once).
    std::vector<PythonWarning> constructionWarnings() const override
    {
        std::vector<PythonWarning> all = Module::constructionWarnings();
        std::unordered_set<const Module *> seen;
        for (const ModulePtr &child : m_children) {
            if (!seen.insert(child.get()).second)
                continue;
            const std::vector<PythonWarning> warnings = child->constructionWarnings();
            all.insert(all.end(), warnings.begin(), warnings.end());
        }
        return all;
    }
    // The children's warnings as the input passes through them, up to the one that raises (its own
    // warnings included) or returns a tuple.
    std::vector<PythonWarning> forwardWarnings(const Shape &input) const override
    {
        std::vector<PythonWarning> all;
        Shape x = input;
        for (const ModulePtr &child : m_children) {
            const std::vector<PythonWarning> warnings = child->forwardWarnings(x);
            all.insert(all.end(), warnings.begin(), warnings.end());
            if (child->returnsTuple())
                break;
            try {
                x = child->outputShape(x);
            } catch (const TorchError &) {
                break;
            }
        }
        return all;
    }
    Tensor forward(const Tensor &input) const override
    {
        return throughChildren(input, [](const Module &child, const Tensor &x) { return child.forward(x); });
    }
    bool returnsTuple() const override
    {
        return std::any_of(m_children.begin(), m_children.end(), [](const ModulePtr &child) { return child->returnsTuple(); });
    }
    void acceptTuple() const override
    {
        for (const auto &child : m_children)
            child->acceptTuple();
    }
    DType resultDtype(const Shape &input, DType dtype) const override
    {
        Shape x = input;
        for (const auto &child : m_children) {
            dtype = child->resultDtype(x, dtype);
            if (child->returnsTuple())
                break;
            x = child->outputShape(x);
        }
        return dtype;
    }
    // The tuple of the first child that returns one, passed on by the children after it.
    std::vector<ResultShape> tupleShapes(const Shape &input) const override
    {
        Shape x = input;
        std::vector<ResultShape> tuple;
        for (const auto &child : m_children) {
            if (!tuple.empty()) {
                child->acceptTuple();
            } else if (child->returnsTuple()) {
                tuple = child->tupleShapes(x);
            } else {
                x = child->outputShape(x);
            }
        }
        return tuple;
    }
    // parameters() yields a shared module's parameters once (nn.Sequential(a) * 3 holds a three times).
    std::int64_t parameterCount() const override
    {
        std::unordered_set<const Module *> seen;
        std::int64_t total = 0;
        return addUniqueParameters(*this, seen, total) ? total : -1;
    }
    std::vector<ModulePtr> children() const override { return m_children; }

    // Children's state under PyTorch's state_dict() names: "0.weight", "3.running_mean".
    std::vector<std::pair<std::string, Shape>> stateShapes() const override
    {
        std::vector<std::pair<std::string, Shape>> all;
        for (size_t i = 0; i < m_children.size(); ++i) {
            for (auto &[name, shape] : m_children[i]->stateShapes())
                all.emplace_back(std::to_string(i) + "." + name, shape);
        }
        return all;
    }
    Tensor state(const std::string &name) const override
    {
        const auto [child, rest] = split(name);
        return child ? child->state(rest) : Module::state(name);
    }
    void setState(const std::string &name, const Tensor &value) override
    {
        const auto [child, rest] = split(name);
        if (child)
            child->setState(rest, value);
        else
            Module::setState(name, value);
    }

private:
    static bool addUniqueParameters(const Module &module, std::unordered_set<const Module *> &seen, std::int64_t &total)
    {
        for (const auto &child : module.children()) {
            if (!seen.insert(child.get()).second)
                continue;
            if (child->typeName() == "Sequential") {
                if (!addUniqueParameters(*child, seen, total))
                    return false;
                continue;
            }
            const auto count = child->parameterCount();
            if (count < 0 || __builtin_add_overflow(total, count, &total))
                return false;
        }
        return true;
    }

    // Runs the children in order. A tuple from a child (MaxPool2d(return_indices=True)) goes to
    // the next child as it is: the values stay those of the tuple's first element.
    template <typename Data, typename Step>
    Data throughChildren(Data x, Step step) const
    {
        bool tuple = false;
        for (const auto &child : m_children) {
            if (tuple) {
                child->acceptTuple();
                continue;
            }
            x = step(*child, x);
            tuple = child->returnsTuple();
        }
        return x;
    }

    std::pair<Module *, std::string> split(const std::string &name) const
    {
        const auto dot = name.find('.');
        if (dot == std::string::npos || dot == 0)
            return {nullptr, name};
        size_t index = 0;
        for (size_t i = 0; i < dot; ++i) {
            if (name[i] < '0' || name[i] > '9' || index > m_children.size())
                return {nullptr, name};
            index = index * 10 + size_t(name[i] - '0');
        }
        if (index >= m_children.size())
            return {nullptr, name};
        return {m_children[index].get(), name.substr(dot + 1)};
    }

    std::vector<ModulePtr> m_children;
};

// nn.Dropout and nn.Dropout1d/2d/3d (channel-wise): in eval mode all return their input. Of the
// channel-wise ones only dropout1d refuses a rank; dropout2d/3d merely warn.
class Dropout : public Elementwise
{
public:
    Dropout(std::string name, Value p, Value inplace) : m_name(std::move(name)), m_p(std::move(p)), m_inplace(std::move(inplace)) {}
    std::string typeName() const override { return m_name; }
    std::optional<Value> attribute(std::string_view name) const override
    {
        return namedAttribute(name, {{"p", &m_p}, {"inplace", &m_inplace}});
    }
    std::string repr() const override
    {
        return reprWithModuleArguments(m_name, "p=" + pythonStr(m_p) + ", inplace=" + pythonStr(m_inplace), {{"inplace", &m_inplace}});
    }

    Shape outputShape(const Shape &input) const override
    {
        if (m_name == "Dropout1d" && input.size() != 2 && input.size() != 3)
            throwRuntimeError("dropout1d: Expected 2D or 3D input, but received a " + std::to_string(input.size())
                              + "D input. Note that dropout1d exists to provide channel-wise dropout on inputs with 1 "
                                "spatial dimension, a channel dimension, and an optional batch dimension (i.e. 2D or 3D inputs).");
        return Elementwise::outputShape(input);
    }

    // F.dropout2d and F.dropout3d warn about a rank they were not made for (and dropout2d about a
    // 3-d input, which it reads as (N, C, L)); dropout1d raises instead.
    std::vector<PythonWarning> forwardWarnings(const Shape &input) const override
    {
        const std::string rank = std::to_string(input.size());
        std::vector<PythonWarning> warnings;
        auto deprecatedRank = [&](const char *function, const char *spatial, const char *ranks) {
            warnings.push_back({"UserWarning", std::string(function) + ": Received a " + rank + "-D input to " + function
                                                   + ", which is deprecated and will result in an error in a future release. "
                                                     "To retain the behavior and silence this warning, please use dropout instead. "
                                                     "Note that " + function + " exists to provide channel-wise dropout on inputs with "
                                                   + spatial + " spatial dimensions, a channel dimension, and an optional batch "
                                                               "dimension (i.e. " + ranks + " inputs)."});
        };
        if (m_name == "Dropout2d") {
            if (input.size() != 3 && input.size() != 4)
                deprecatedRank("dropout2d", "2", "3D or 4D");
            if (input.size() == 3)
                warnings.push_back({"UserWarning",
                                    "dropout2d: Received a 3D input to dropout2d and assuming that channel-wise 1D dropout behavior is "
                                    "desired - input is interpreted as shape (N, C, L), where C is the channel dim. This behavior will "
                                    "change in a future release to interpret the input as one without a batch dimension, i.e. shape "
                                    "(C, H, W). To maintain the 1D channel-wise dropout behavior, please switch to using dropout1d "
                                    "instead."});
        } else if (m_name == "Dropout3d" && input.size() != 4 && input.size() != 5) {
            deprecatedRank("dropout3d", "3", "4D or 5D");
        }
        return warnings;
    }

    // Eval mode: F.dropout returns its input itself, so the result shares storage with it.
    Tensor forward(const Tensor &input) const override
    {
        outputShape(input.sizes());
        return input;
    }

    // F.dropout1d/2d/3d first ask input.dim().
    void acceptTuple() const override
    {
        if (m_name != "Dropout")
            throwTupleHasNoAttribute("dim");
        Elementwise::acceptTuple();
    }

protected:
    std::string functionName() const override { return pythonTruthy(m_inplace) ? "dropout_" : "dropout"; }
    float apply(float x) const override { return x; }

private:
    std::string m_name;
    Value m_p;
    Value m_inplace;
};

class ReLU : public Elementwise
{
public:
    explicit ReLU(Value inplace) : m_inplace(std::move(inplace)) {}
    std::string typeName() const override { return "ReLU"; }
    std::optional<Value> attribute(std::string_view name) const override
    {
        return namedAttribute(name, {{"inplace", &m_inplace}});
    }
    std::string repr() const override
    {
        return reprWithModuleArguments("ReLU", pythonTruthy(m_inplace) ? "inplace=True" : "", {{"inplace", &m_inplace}});
    }

protected:
    std::string functionName() const override { return pythonTruthy(m_inplace) ? "relu_" : "relu"; }
    float apply(float x) const override { return x > 0.0f ? x : (std::isnan(x) ? x : 0.0f); }

private:
    Value m_inplace;
};

class LeakyReLU : public Elementwise
{
public:
    LeakyReLU(Value slope, Value inplace) : m_slope(std::move(slope)), m_inplace(std::move(inplace)) {}
    std::string typeName() const override { return "LeakyReLU"; }
    std::optional<Value> attribute(std::string_view name) const override
    {
        return namedAttribute(name, {{"negative_slope", &m_slope}, {"inplace", &m_inplace}});
    }
    std::string repr() const override
    {
        return reprWithModuleArguments("LeakyReLU",
                                       "negative_slope=" + pythonStr(m_slope) + (pythonTruthy(m_inplace) ? ", inplace=True" : ""),
                                       {{"inplace", &m_inplace}});
    }

protected:
    std::string functionName() const override { return pythonTruthy(m_inplace) ? "leaky_relu_" : "leaky_relu"; }
    const char *longKernel() const override { return "leaky_relu_cpu"; }
    void checkArguments() const override
    {
        if (!asNumber(m_slope))
            throwTypeError(functionName() + "(): argument 'negative_slope' (position 2) must be Number, not "
                           + pythonTypeName(m_slope));
        // The kernel reads the slope as a float (c10::checked_convert): a finite double beyond
        // float's range is refused, inf and nan pass.
        const double slope = *asNumber(m_slope);
        if (std::isfinite(slope) && std::abs(slope) > double(std::numeric_limits<float>::max()))
            throwRuntimeError("value cannot be converted to type float without overflow");
    }
    float apply(float x) const override { return x > 0.0f ? x : float(x * *asNumber(m_slope)); }

private:
    Value m_slope;
    Value m_inplace;
};

class GELU : public Elementwise
{
public:
    explicit GELU(Value approximate) : m_approximate(std::move(approximate)) {}
    std::string typeName() const override { return "GELU"; }
    std::optional<Value> attribute(std::string_view name) const override
    {
        return namedAttribute(name, {{"approximate", &m_approximate}});
    }
    std::string repr() const override { return "GELU(approximate=" + pythonRepr(m_approximate) + ")"; }

protected:
    std::string functionName() const override { return "gelu"; }
    const char *longKernel() const override { return "GeluKernelImpl"; }
    void checkArguments() const override
    {
        if (!m_approximate.isString())
            throwTypeError("gelu(): argument 'approximate' must be str, not " + pythonTypeName(m_approximate));
        const auto &mode = std::get<std::string>(m_approximate.data);
        if (mode != "none" && mode != "tanh")
            throwRuntimeError("approximate argument must be either none or tanh.");
    }
    float apply(float x) const override
    {
        const double v = x;
        if (std::get<std::string>(m_approximate.data) == "tanh") {
            const double inner = std::sqrt(2.0 / M_PI) * (v + 0.044715 * v * v * v);
            return float(0.5 * v * (1.0 + std::tanh(inner)));
        }
        return float(0.5 * v * (1.0 + std::erf(v / std::sqrt(2.0))));
    }

private:
    Value m_approximate;
};

// The activations whose only argument is `inplace`: one row each (class name, the torch function
// forward calls, whether extra_repr shows inplace=True, the function itself).
struct InplaceActivationSpec
{
    const char *name;
    const char *function; // "silu": F.silu calls silu, or silu_ when inplace is truthy
    bool reprShowsInplace;
    double (*apply)(double x);
};

class InplaceActivation : public Elementwise
{
public:
    InplaceActivation(const InplaceActivationSpec &spec, Value inplace) : m_spec(spec), m_inplace(std::move(inplace)) {}
    std::string typeName() const override { return m_spec.name; }
    std::optional<Value> attribute(std::string_view name) const override
    {
        // ReLU6 is a Hardtanh(0.0, 6.0) and stores its bounds so.
        static const Value min{0.0}, max{6.0};
        if (std::string_view(m_spec.function) == "hardtanh")
            if (auto bound = namedAttribute(name, {{"min_val", &min}, {"max_val", &max}}))
                return bound;
        return namedAttribute(name, {{"inplace", &m_inplace}});
    }
    std::string repr() const override
    {
        const bool show = m_spec.reprShowsInplace && pythonTruthy(m_inplace);
        return reprWithModuleArguments(m_spec.name, show ? "inplace=True" : "", {{"inplace", &m_inplace}});
    }

protected:
    std::string functionName() const override { return m_spec.function + std::string(pythonTruthy(m_inplace) ? "_" : ""); }
    const char *longKernel() const override
    {
        const std::string_view f = m_spec.function;
        return f == "silu" ? "silu_cpu" : f == "mish" ? "mish_cpu" : f == "hardswish" ? "hardswish_cpu"
             : f == "hardsigmoid" ? "hardsigmoid_cpu" : f == "selu" ? "elu_cpu" : nullptr; // hardtanh takes int64
    }
    float apply(float x) const override { return float(m_spec.apply(double(x))); }

private:
    const InplaceActivationSpec &m_spec;
    Value m_inplace;
};

double relu6(double x)
{
    return std::isnan(x) ? x : std::min(std::max(x, 0.0), 6.0);
}

const InplaceActivationSpec kSiLU{"SiLU", "silu", true, [](double x) { return x / (1.0 + std::exp(-x)); }};
const InplaceActivationSpec kMish{"Mish", "mish", true, [](double x) {
                                      return x * std::tanh(x > 20.0 ? x : std::log1p(std::exp(x))); // softplus, threshold 20
                                  }};
const InplaceActivationSpec kHardswish{"Hardswish", "hardswish", false, [](double x) { return x * relu6(x + 3.0) / 6.0; }};
const InplaceActivationSpec kHardsigmoid{"Hardsigmoid", "hardsigmoid", false, [](double x) { return relu6(x + 3.0) / 6.0; }};
const InplaceActivationSpec kSELU{"SELU", "selu", true, [](double x) {
                                      constexpr double alpha = 1.6732632423543772848170429916717;
                                      constexpr double scale = 1.0507009873554804934193349852946;
                                      return scale * (x > 0.0 ? x : alpha * std::expm1(x));
                                  }};
const InplaceActivationSpec kReLU6{"ReLU6", "hardtanh", true, relu6};

template <const InplaceActivationSpec &Spec>
ModulePtr makeInplaceActivation(const Arguments &args)
{
    static const Signature signature{Spec.name, {{"inplace", Value{false}}}};
    auto bound = bindArguments(signature, args);
    return std::make_shared<InplaceActivation>(Spec, bound.values[0]);
}

class Sigmoid : public Elementwise
{
public:
    std::string typeName() const override { return "Sigmoid"; }
    std::string repr() const override { return "Sigmoid()"; }

protected:
    std::string functionName() const override { return "sigmoid"; }
    bool floatOnInt64() const override { return true; }
    float apply(float x) const override { return float(1.0 / (1.0 + std::exp(-double(x)))); }
};

class Tanh : public Elementwise
{
public:
    std::string typeName() const override { return "Tanh"; }
    std::string repr() const override { return "Tanh()"; }

protected:
    std::string functionName() const override { return "tanh"; }
    bool floatOnInt64() const override { return true; }
    float apply(float x) const override { return std::tanh(x); }
};

// ---------------------------------------------------------------------------------------------
// Softmax, LogSoftmax and Softmin: dim=None picks PyTorch's legacy implicit dim (0 for 0-, 1- and
// 3-d input, else 1) — PyTorch warns about it, and the warning is not an error. Softmin is
// softmax of -input; Softmax2d is softmax over dim -3 of a 3-d or 4-d input.
class SoftmaxBase : public Module
{
public:
    enum class Kind { Softmax, LogSoftmax, Softmin, Softmax2d };
    SoftmaxBase(Value dim, Kind kind) : m_dim(std::move(dim)), m_kind(kind) {}
    std::string typeName() const override
    {
        static const char *const names[] = {"Softmax", "LogSoftmax", "Softmin", "Softmax2d"};
        return names[int(m_kind)];
    }
    std::string repr() const override
    {
        return typeName() + (m_kind == Kind::Softmax2d ? "()" : "(dim=" + pythonStr(m_dim) + ")");
    }
    std::optional<Value> attribute(std::string_view name) const override
    {
        if (m_kind == Kind::Softmax2d) // torch's Softmax2d stores no dim
            return Module::attribute(name);
        return namedAttribute(name, {{"dim", &m_dim}});
    }
    Shape outputShape(const Shape &input) const override
    {
        resolvedDim(input);
        return input;
    }
    // torch.nn.functional._get_softmax_dim warns before it picks the implicit dim.
    std::vector<PythonWarning> forwardWarnings(const Shape &input) const override
    {
        (void)input;
        if (m_kind == Kind::Softmax2d || !m_dim.isNone())
            return {};
        static const char *const functions[] = {"softmax", "log_softmax", "softmin"};
        return {implicitDimWarning(functions[int(m_kind)])};
    }
    // The dim checks come first; an empty input needs no kernel.
    DType resultDtype(const Shape &input, DType dtype) const override
    {
        const Dim dim = resolvedDim(input);
        const auto count = checkedNumel(input);
        if (dtype != DType::Int64 || (count && *count == 0))
            return dtype;
        const bool lastDim = input.empty() || dim == Dim(input.size()) - 1;
        throwNotImplementedForLong(!lastDim ? "softmax_kernel_impl" : m_kind == Kind::LogSoftmax ? "log_softmax_lastdim_kernel_impl"
                                                                           : "softmax_lastdim_kernel_impl");
    }
    Tensor forward(const Tensor &input) const override
    {
        const Shape &shape = input.sizes();
        const Dim dim = resolvedDim(shape);
        if (!canComputeValues(input, shape))
            return Tensor::shapeOnly(shape);
        std::vector<float> values = inputValues(input);
        if (m_kind == Kind::Softmin) {
            for (float &v : values)
                v = -v;
        }
        Dim outer = 1, size = 1, inner = 1;
        for (Dim i = 0; i < Dim(shape.size()); ++i) {
            if (i < dim)
                outer *= shape[size_t(i)];
            else if (i == dim)
                size = shape[size_t(i)];
            else
                inner *= shape[size_t(i)];
        }
        const bool log = m_kind == Kind::LogSoftmax;
        for (Dim o = 0; o < outer; ++o) {
            for (Dim in = 0; in < inner; ++in) {
                auto at = [&](Dim k) -> float & { return values[size_t((o * size + k) * inner + in)]; };
                double maxValue = -INFINITY;
                for (Dim k = 0; k < size; ++k)
                    maxValue = std::max(maxValue, double(at(k)));
                double sum = 0.0;
                for (Dim k = 0; k < size; ++k)
                    sum += std::exp(double(at(k)) - maxValue);
                for (Dim k = 0; k < size; ++k) {
                    const double shifted = double(at(k)) - maxValue;
                    at(k) = log ? float(shifted - std::log(sum)) : float(std::exp(shifted) / sum);
                }
            }
        }
        return Tensor::fromValues(shape, std::move(values));
    }

    void acceptTuple() const override
    {
        // F.softmin(input, dim) computes (-input).softmax(dim); without a dim it asks input.dim() first.
        if (m_kind == Kind::Softmin && !m_dim.isNone())
            throwTypeError("bad operand type for unary -: 'tuple'", ErrorKind::TupleInput);
        if (m_dim.isNone() || m_kind == Kind::Softmax2d)
            throwTupleHasNoAttribute("dim");
        throwTupleHasNoAttribute(m_kind == Kind::LogSoftmax ? "log_softmax" : "softmax");
    }

private:
    Dim resolvedDim(const Shape &input) const
    {
        const Dim rank = Dim(input.size());
        if (m_kind == Kind::Softmax2d) {
            if (rank != 3 && rank != 4)
                throw TorchError("AssertionError", "Softmax2d requires a 3D or 4D tensor as input");
            return rank - 3;
        }
        if (m_dim.isNone())
            return (rank == 0 || rank == 1 || rank == 3) ? 0 : 1;
        if (m_dim.isString()) {
            // A str dim is a dimension name; tensors here have no names.
            throwNamedDimNotFound(std::get<std::string>(m_dim.data), rank);
        }
        const auto dim = asInt(m_dim);
        if (!dim)
            throwInvalidCombination(m_kind == Kind::LogSoftmax ? "log_softmax" : "softmax", {m_dim});
        return wrapDim(*dim, rank);
    }

    Value m_dim;
    Kind m_kind;
};

Value noneValue()
{
    return Value{NoneValue{}};
}

} // namespace

ModulePtr makeFlatten(const Arguments &args)
{
    static const Signature signature{"Flatten", {{"start_dim", intValue(1)}, {"end_dim", intValue(-1)}}};
    auto bound = bindArguments(signature, args);
    return std::make_shared<Flatten>(bound.values[0], bound.values[1]);
}

ModulePtr makeUnflatten(const Arguments &args)
{
    static const Signature signature{"Unflatten", {{"dim", std::nullopt}, {"unflattened_size", std::nullopt}}};
    auto bound = bindArguments(signature, args);
    const Value &dim = bound.values[0];
    const Value &sizes = bound.values[1];
    // Python's isinstance(dim, int) is true for bool as well.
    if (dim.isPythonInt() || dim.isBool()) {
        if (!sizes.isSequence())
            throwTypeError("unflattened_size must be a tuple of ints, but found type " + pythonTypeName(sizes));
        const auto &items = std::get<SequenceValue>(sizes.data).items;
        for (size_t i = 0; i < items.size(); ++i) {
            if (!items[i].isPythonInt() && !items[i].isBool())
                throwTypeError("unflattened_size must be tuple of ints, but found element of type "
                               + pythonTypeName(items[i]) + " at pos " + std::to_string(i));
        }
    } else if (dim.isString()) {
        // Named tensors: sizes must be a tuple of (name, size) tuples. The engine has no names.
        if (!sizes.isSequence() || std::get<SequenceValue>(sizes.data).isList)
            throwTypeError("unflattened_size must be a tuple of tuples, but found type " + pythonTypeName(sizes));
        const auto &items = std::get<SequenceValue>(sizes.data).items;
        for (size_t i = 0; i < items.size(); ++i) {
            if (!items[i].isSequence() || std::get<SequenceValue>(items[i].data).isList)
                throwTypeError("unflattened_size must be tuple of tuples, but found element of type "
                               + pythonTypeName(items[i]) + " at pos " + std::to_string(i));
        }
    } else {
        throwTypeError("invalid argument type for dim parameter");
    }
    return std::make_shared<Unflatten>(dim, sizes);
}

ModulePtr makeIdentity(const Arguments &args)
{
    // Identity(*args, **kwargs) accepts and ignores anything.
    static const Signature signature{"Identity", {}, true, true};
    bindArguments(signature, args);
    return std::make_shared<Identity>();
}

ModulePtr makeSequential(const Arguments &args)
{
    static const Signature signature{"Sequential", {}, true, false};
    auto bound = bindArguments(signature, args);
    std::vector<ModulePtr> children;
    for (const Value &item : bound.extraPositional) {
        if (item.isModule() && std::get<std::shared_ptr<Module>>(item.data))
            children.push_back(std::get<std::shared_ptr<Module>>(item.data));
        else if (item.isNone())
            children.push_back(std::make_shared<NoneModule>());
        else
            throwTypeError(pythonTypeName(item) + " is not a Module subclass");
    }
    return std::make_shared<Sequential>(std::move(children));
}

namespace {

// _DropoutNd.__init__: p must be a number in [0, 1].
ModulePtr makeDropoutNamed(const Arguments &args, const char *name)
{
    static const Signature signature{"_DropoutNd", {{"p", Value{0.5}}, {"inplace", Value{false}}}};
    auto bound = bindArguments(signature, args);
    const Value &p = bound.values[0];
    const auto number = asPythonNumber(p);
    if (!number)
        throwTypeError("'<' not supported between instances of '" + pythonTypeName(p) + "' and 'int'");
    // NaN compares false both ways, so Python accepts it; so do we.
    if (*number < 0 || *number > 1)
        throwValueError("dropout probability has to be between 0 and 1, but got " + pythonStr(p));
    return std::make_shared<Dropout>(name, p, bound.values[1]);
}

} // namespace

std::vector<PythonWarning> zeroElementInitWarnings(const Shape &weight)
{
    if (std::find(weight.begin(), weight.end(), Dim(0)) == weight.end())
        return {};
    return {{"UserWarning", "Initializing zero-element tensors is a no-op"}};
}

PythonWarning implicitDimWarning(std::string_view function)
{
    return {"UserWarning", "Implicit dimension choice for " + std::string(function)
                               + " has been deprecated. Change the call to include dim=X as an argument."};
}

ModulePtr makeDropout(const Arguments &args)
{
    return makeDropoutNamed(args, "Dropout");
}

ModulePtr makeDropout1d(const Arguments &args)
{
    return makeDropoutNamed(args, "Dropout1d");
}

ModulePtr makeDropout2d(const Arguments &args)
{
    return makeDropoutNamed(args, "Dropout2d");
}

ModulePtr makeDropout3d(const Arguments &args)
{
    return makeDropoutNamed(args, "Dropout3d");
}

ModulePtr makeReLU(const Arguments &args)
{
    static const Signature signature{"ReLU", {{"inplace", Value{false}}}};
    auto bound = bindArguments(signature, args);
    return std::make_shared<ReLU>(bound.values[0]);
}

ModulePtr makeLeakyReLU(const Arguments &args)
{
    static const Signature signature{"LeakyReLU", {{"negative_slope", Value{0.01}}, {"inplace", Value{false}}}};
    auto bound = bindArguments(signature, args);
    return std::make_shared<LeakyReLU>(bound.values[0], bound.values[1]);
}

ModulePtr makeGELU(const Arguments &args)
{
    static const Signature signature{"GELU", {{"approximate", Value{std::string("none")}}}};
    auto bound = bindArguments(signature, args);
    return std::make_shared<GELU>(bound.values[0]);
}

ModulePtr makeSiLU(const Arguments &args)
{
    return makeInplaceActivation<kSiLU>(args);
}

ModulePtr makeMish(const Arguments &args)
{
    return makeInplaceActivation<kMish>(args);
}

ModulePtr makeHardswish(const Arguments &args)
{
    return makeInplaceActivation<kHardswish>(args);
}

ModulePtr makeHardsigmoid(const Arguments &args)
{
    return makeInplaceActivation<kHardsigmoid>(args);
}

ModulePtr makeSELU(const Arguments &args)
{
    return makeInplaceActivation<kSELU>(args);
}

ModulePtr makeReLU6(const Arguments &args)
{
    return makeInplaceActivation<kReLU6>(args);
}

ModulePtr makeSigmoid(const Arguments &args)
{
    static const Signature signature{"Module", {}};
    bindArguments(signature, args);
    return std::make_shared<Sigmoid>();
}

ModulePtr makeTanh(const Arguments &args)
{
    static const Signature signature{"Module", {}};
    bindArguments(signature, args);
    return std::make_shared<Tanh>();
}

ModulePtr makeSoftmax(const Arguments &args)
{
    static const Signature signature{"Softmax", {{"dim", noneValue()}}};
    auto bound = bindArguments(signature, args);
    return std::make_shared<SoftmaxBase>(bound.values[0], SoftmaxBase::Kind::Softmax);
}

ModulePtr makeLogSoftmax(const Arguments &args)
{
    static const Signature signature{"LogSoftmax", {{"dim", noneValue()}}};
    auto bound = bindArguments(signature, args);
    return std::make_shared<SoftmaxBase>(bound.values[0], SoftmaxBase::Kind::LogSoftmax);
}

// --- Softmin and Softmax2d (issue 13, part A) ---------------------------------------------------
ModulePtr makeSoftmin(const Arguments &args)
{
    static const Signature signature{"Softmin", {{"dim", noneValue()}}};
    auto bound = bindArguments(signature, args);
    return std::make_shared<SoftmaxBase>(bound.values[0], SoftmaxBase::Kind::Softmin);
}

ModulePtr makeSoftmax2d(const Arguments &args)
{
    static const Signature signature{"Module", {}};
    bindArguments(signature, args);
    return std::make_shared<SoftmaxBase>(noneValue(), SoftmaxBase::Kind::Softmax2d);
}

} // namespace ft::detail
