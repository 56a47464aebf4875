// modules_activation.cpp — the activations with number arguments (Threshold, Hardtanh, ELU, CELU,
// Softplus, Softshrink, Hardshrink), PReLU with its weight, and the argument-free Softsign,
// Tanhshrink and LogSigmoid. Each keeps its arguments as given (repr prints them as Python
// does) and lets the torch function's argument parser judge their types at forward time, as
// PyTorch does: nn.ELU('x') builds, and its forward raises "elu(): argument 'alpha' ...".
#include "engine/modules_p.h"

#include <cmath>
#include <cstdio>

namespace ft::detail {

namespace {

// One number argument of the torch function forward calls: its name and 1-based position.
struct NumberArgument
{
    const char *name;
    int position;
};

// "-1", "-0.5", "-1e+08": softshrink's lambda as its message streams it (a double, %g-like).
std::string scalarText(const Value &value)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%g", *asPythonNumber(value));
    return buffer;
}

// An elementwise activation whose torch function takes numbers after the input.
class NumberActivation : public Elementwise
{
public:
    struct Spec
    {
        const char *name;
        const char *function; // "elu": F.elu calls elu, or elu_ when in place
        bool hasInplace;
        std::vector<NumberArgument> arguments;
        // extra_repr from the argument values (in `arguments` order).
        std::string (*extraRepr)(const std::vector<Value> &values);
        // The function's own checks after the argument parser's (nullptr: none).
        void (*check)(const std::vector<Value> &values);
        double (*apply)(double x, const std::vector<double> &values);
        // The CPU kernel that has no int64 version ("elu_cpu"); nullptr: int64 in, int64 out.
        const char *longKernel = nullptr;
    };

    NumberActivation(const Spec &spec, std::vector<Value> values, Value inplace)
        : m_spec(spec), m_values(std::move(values)), m_inplace(std::move(inplace))
    {
    }
    std::string typeName() const override { return m_spec.name; }
    // The module stores each number under its argument's name (Hardtanh.min_val, Softplus.beta).
    std::optional<Value> attribute(std::string_view name) const override
    {
        for (size_t i = 0; i < m_spec.arguments.size(); ++i)
            if (name == m_spec.arguments[i].name)
                return m_values[i];
        if (m_spec.hasInplace && name == "inplace")
            return m_inplace;
        return std::nullopt;
    }
    std::string repr() const override
    {
        std::string extra = m_spec.extraRepr(m_values);
        if (m_spec.hasInplace && pythonTruthy(m_inplace))
            extra += ", inplace=True";
        return reprWithModuleArguments(m_spec.name, extra, {{"inplace", &m_inplace}});
    }

protected:
    std::string functionName() const override
    {
        return m_spec.function + std::string(m_spec.hasInplace && pythonTruthy(m_inplace) ? "_" : "");
    }
    void checkArguments() const override
    {
        for (size_t i = 0; i < m_spec.arguments.size(); ++i) {
            if (!asNumber(m_values[i]))
                throwTypeError(functionName() + "(): argument '" + m_spec.arguments[i].name + "' (position "
                               + std::to_string(m_spec.arguments[i].position) + ") must be Number, not "
                               + pythonTypeName(m_values[i]));
        }
        if (m_spec.check)
            m_spec.check(m_values);
    }
    const char *longKernel() const override { return m_spec.longKernel; }
    float apply(float x) const override
    {
        std::vector<double> numbers;
        for (const Value &v : m_values)
            numbers.push_back(*asNumber(v));
        return float(m_spec.apply(double(x), numbers));
    }

private:
    const Spec &m_spec;
    std::vector<Value> m_values;
    Value m_inplace;
};

std::string formatted(const char *first, const Value &a)
{
    return std::string(first) + "=" + pythonStr(a);
}

const NumberActivation::Spec kThreshold{
    "Threshold", "threshold", true, {{"threshold", 2}, {"value", 3}},
    [](const std::vector<Value> &v) { return formatted("threshold", v[0]) + ", " + formatted("value", v[1]); }, nullptr,
    [](double x, const std::vector<double> &v) { return x > v[0] ? x : v[1]; }};

const NumberActivation::Spec kHardtanh{
    "Hardtanh", "hardtanh", true, {{"min_val", 2}, {"max_val", 3}},
    [](const std::vector<Value> &v) { return formatted("min_val", v[0]) + ", " + formatted("max_val", v[1]); }, nullptr,
    [](double x, const std::vector<double> &v) { return std::isnan(x) ? x : std::min(std::max(x, v[0]), v[1]); }};

const NumberActivation::Spec kELU{
    "ELU", "elu", true, {{"alpha", 2}}, [](const std::vector<Value> &v) { return formatted("alpha", v[0]); }, nullptr,
    [](double x, const std::vector<double> &v) { return x > 0.0 ? x : v[0] * std::expm1(x); }, "elu_cpu"};

const NumberActivation::Spec kCELU{
    "CELU", "celu", true, {{"alpha", 2}}, [](const std::vector<Value> &v) { return formatted("alpha", v[0]); },
    [](const std::vector<Value> &v) {
        if (*asNumber(v[0]) == 0.0)
            throwRuntimeError("ZeroDivisionError: alpha cannot be 0 for CELU");
    },
    [](double x, const std::vector<double> &v) { return std::max(0.0, x) + std::min(0.0, v[0] * std::expm1(x / v[0])); },
    "elu_cpu"};

const NumberActivation::Spec kSoftplus{
    "Softplus", "softplus", false, {{"beta", 2}, {"threshold", 3}},
    [](const std::vector<Value> &v) { return formatted("beta", v[0]) + ", " + formatted("threshold", v[1]); }, nullptr,
    [](double x, const std::vector<double> &v) { return x * v[0] > v[1] ? x : std::log1p(std::exp(x * v[0])) / v[0]; },
    "softplus_cpu"};

const NumberActivation::Spec kSoftshrink{
    "Softshrink", "softshrink", false, {{"lambd", 2}}, [](const std::vector<Value> &v) { return pythonStr(v[0]); },
    [](const std::vector<Value> &v) {
        if (*asNumber(v[0]) < 0.0)
            throwRuntimeError("lambda must be greater or equal to 0, but found to be " + scalarText(v[0]) + ".");
    },
    [](double x, const std::vector<double> &v) { return x > v[0] ? x - v[0] : (x < -v[0] ? x + v[0] : 0.0); },
    "softshrink_cpu"};

const NumberActivation::Spec kHardshrink{
    "Hardshrink", "hardshrink", false, {{"lambd", 2}}, [](const std::vector<Value> &v) { return pythonStr(v[0]); },
    nullptr, [](double x, const std::vector<double> &v) { return (x >= -v[0] && x <= v[0]) ? 0.0 : x; },
    "hardshrink_cpu"};

// Python's `a > b` as Hardtanh's `assert self.max_val > self.min_val` evaluates it.
bool pythonGreater(const Value &a, const Value &b)
{
    const auto x = asPythonNumber(a), y = asPythonNumber(b);
    if (x && y)
        return *x > *y;
    if (a.isString() && b.isString())
        return std::get<std::string>(a.data) > std::get<std::string>(b.data);
    if (a.isSequence() && b.isSequence()
        && std::get<SequenceValue>(a.data).isList == std::get<SequenceValue>(b.data).isList) {
        const auto &l = std::get<SequenceValue>(a.data).items, &r = std::get<SequenceValue>(b.data).items;
        for (size_t i = 0; i < std::min(l.size(), r.size()); ++i) {
            if (pythonGreater(l[i], r[i]))
                return true;
            if (pythonGreater(r[i], l[i]))
                return false;
        }
        return l.size() > r.size();
    }
    throwTypeError("'>' not supported between instances of '" + pythonTypeName(a) + "' and '" + pythonTypeName(b) + "'");
}

// nn.PReLU: a weight of num_parameters values (init everywhere), one per input channel or one
// for all.
class PReLU : public StatefulModule
{
public:
    PReLU(Value numParameters, Shape weightShape, double init)
        : m_numParameters(std::move(numParameters)), m_weights(*checkedNumel(weightShape)), m_init(init)
    {
        addState("weight", std::move(weightShape), true);
    }
    std::string typeName() const override { return "PReLU"; }
    std::optional<Value> attribute(std::string_view name) const override
    {
        return namedAttribute(name, {{"num_parameters", &m_numParameters}});
    }
    std::string repr() const override { return "PReLU(num_parameters=" + pythonStr(m_numParameters) + ")"; }
    Shape outputShape(const Shape &input) const override
    {
        if (m_weights != 1) {
            if (input.empty())
                throwRuntimeError("Not allow zero-dim input tensor.");
            const Dim channels = input.size() >= 2 ? input[1] : 1;
            if (channels != m_weights)
                throwRuntimeError("Mismatch of parameter numbers and input channel size. Found parameter numbers = "
                                  + std::to_string(m_weights) + " and channel size = " + std::to_string(channels) + ".");
        }
        return input;
    }
    Tensor forward(const Tensor &input) const override
    {
        const Shape out = outputShape(input.sizes());
        if (!canComputeValues(input, out) || !withinComputeBudget(0.0, stateShapes()))
            return Tensor::shapeOnly(out);
        std::vector<float> x = input.values();
        const std::vector<float> w = state("weight").values();
        Dim inner = 1;
        for (size_t i = 2; i < out.size(); ++i)
            inner *= out[i];
        const Dim channels = out.size() >= 2 ? out[1] : 1;
        for (size_t i = 0; i < x.size(); ++i) {
            const float slope = m_weights == 1 ? w[0] : w[size_t((Dim(i) / inner) % channels)];
            if (x[i] < 0.0f)
                x[i] *= slope;
        }
        return Tensor::fromValues(out, std::move(x));
    }
    void acceptTuple() const override { throwTupleForTensorArgument("prelu"); }
    // The channel check comes first; then the float weight meets the int64 input (empty or not).
    DType resultDtype(const Shape &input, DType dtype) const override
    {
        outputShape(input);
        if (dtype == DType::Int64)
            throwRuntimeError("Found dtype Float but expected Long");
        return dtype;
    }

protected:
    Tensor defaultState(const std::string &, const Shape &shape) const override
    {
        return Tensor::full(shape, float(m_init));
    }

private:
    Value m_numParameters;
    Dim m_weights;
    double m_init;
};

// Softsign, Tanhshrink and LogSigmoid: no arguments. Softsign and Tanhshrink are written in
// Python with Tensor methods (input.abs(), input.tanh()), so a tuple lacks the attribute.
class PlainActivation : public Elementwise
{
public:
    PlainActivation(const char *name, const char *function, bool tensorMethod, const char *longKernel, double (*f)(double))
        : m_name(name), m_function(function), m_tensorMethod(tensorMethod), m_longKernel(longKernel), m_f(f)
    {
    }
    std::string typeName() const override { return m_name; }
    std::string repr() const override { return m_name + std::string("()"); }
    void acceptTuple() const override
    {
        if (m_tensorMethod)
            throwTupleHasNoAttribute(m_function);
        Elementwise::acceptTuple();
    }

protected:
    std::string functionName() const override { return m_function; }
    // LogSigmoid's kernel has no int64 version; Softsign and Tanhshrink divide and take tanh of
    // an int64 input, which gives float32.
    const char *longKernel() const override { return m_longKernel; }
    bool floatOnInt64() const override { return !m_longKernel; }
    float apply(float x) const override { return float(m_f(double(x))); }

private:
    const char *m_name;
    const char *m_function;
    bool m_tensorMethod;
    const char *m_longKernel;
    double (*m_f)(double);
};

ModulePtr makeNumberActivation(const NumberActivation::Spec &spec, const Arguments &args,
                               const std::vector<std::pair<const char *, std::optional<Value>>> &parameters)
{
    Signature signature{spec.name, {}};
    for (const auto &[name, value] : parameters)
        signature.parameters.push_back({name, value});
    if (spec.hasInplace)
        signature.parameters.push_back({"inplace", Value{false}});
    auto bound = bindArguments(signature, args);
    std::vector<Value> values(bound.values.begin(), bound.values.begin() + Dim(parameters.size()));
    return std::make_shared<NumberActivation>(spec, std::move(values),
                                              spec.hasInplace ? bound.values.back() : Value{false});
}

ModulePtr makePlain(const Arguments &args, const char *name, const char *function, bool tensorMethod, const char *longKernel,
                    double (*f)(double))
{
    static const Signature signature{"Module", {}};
    bindArguments(signature, args);
    return std::make_shared<PlainActivation>(name, function, tensorMethod, longKernel, f);
}

} // namespace

ModulePtr makeThreshold(const Arguments &args)
{
    return makeNumberActivation(kThreshold, args, {{"threshold", std::nullopt}, {"value", std::nullopt}});
}

ModulePtr makeHardtanh(const Arguments &args)
{
    static const Signature signature{"Hardtanh",
                                     {{"min_val", Value{-1.0}},
                                      {"max_val", Value{1.0}},
                                      {"inplace", Value{false}},
                                      {"min_value", Value{NoneValue{}}},
                                      {"max_value", Value{NoneValue{}}}}};
    auto b = bindArguments(signature, args);
    return buildWarning([&](std::vector<PythonWarning> &warned) -> ModulePtr {
        if (!b.values[3].isNone())
            warned.push_back({"UserWarning", "keyword argument min_value is deprecated and rename to min_val"});
        if (!b.values[4].isNone())
            warned.push_back({"UserWarning", "keyword argument max_value is deprecated and rename to max_val"});
        Value minVal = b.values[3].isNone() ? b.values[0] : b.values[3];
        Value maxVal = b.values[4].isNone() ? b.values[1] : b.values[4];
        if (!pythonGreater(maxVal, minVal))
            throw TorchError("AssertionError", "");
        return std::make_shared<NumberActivation>(kHardtanh, std::vector<Value>{minVal, maxVal}, b.values[2]);
    });
}

ModulePtr makeELU(const Arguments &args)
{
    return makeNumberActivation(kELU, args, {{"alpha", Value{1.0}}});
}

ModulePtr makeCELU(const Arguments &args)
{
    return makeNumberActivation(kCELU, args, {{"alpha", Value{1.0}}});
}

ModulePtr makeSoftplus(const Arguments &args)
{
    return makeNumberActivation(kSoftplus, args, {{"beta", intValue(1)}, {"threshold", intValue(20)}});
}

ModulePtr makeSoftshrink(const Arguments &args)
{
    return makeNumberActivation(kSoftshrink, args, {{"lambd", Value{0.5}}});
}

ModulePtr makeHardshrink(const Arguments &args)
{
    return makeNumberActivation(kHardshrink, args, {{"lambd", Value{0.5}}});
}

ModulePtr makePReLU(const Arguments &args)
{
    static const Signature signature{"PReLU",
                                     {{"num_parameters", intValue(1)},
                                      {"init", Value{0.25}},
                                      {"device", Value{NoneValue{}}},
                                      {"dtype", Value{NoneValue{}}}}};
    auto b = bindArguments(signature, args);
    const Value &n = b.values[0];
    // torch.empty(num_parameters, ...).fill_(init)
    const bool sequence = n.isSequence();
    const Shape shape = checkFactorySizes(sequence ? std::get<SequenceValue>(n.data).items : std::vector<Value>{n},
                                          {b.values[2], b.values[3]}, "empty", pythonTypeName(n));
    const auto init = asNumber(b.values[1]);
    if (!init)
        throwTypeError("fill_() received an invalid combination of arguments - got (" + pythonTypeName(b.values[1])
                       + "), but expected one of:");
    return std::make_shared<PReLU>(n, shape, *init);
}

ModulePtr makeSoftsign(const Arguments &args)
{
    return makePlain(args, "Softsign", "abs", true, nullptr, [](double x) { return x / (1.0 + std::fabs(x)); });
}

ModulePtr makeTanhshrink(const Arguments &args)
{
    return makePlain(args, "Tanhshrink", "tanh", true, nullptr, [](double x) { return x - std::tanh(x); });
}

ModulePtr makeLogSigmoid(const Arguments &args)
{
    return makePlain(args, "LogSigmoid", "log_sigmoid", false, "log_sigmoid_cpu", [](double x) {
        return x < 0.0 ? x - std::log1p(std::exp(x)) : -std::log1p(std::exp(-x));
    });
}

} // namespace ft::detail
