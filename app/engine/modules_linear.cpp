// modules_linear.cpp — nn.Linear: y = x W^T + b over the last dimension of any-rank input.
#include "engine/modules_p.h"

#include <cmath>

namespace ft::detail {

namespace {

class Linear : public StatefulModule
{
public:
    Linear(Value in, Value out, Dim inFeatures, Dim outFeatures, bool bias)
        : m_in(std::move(in)), m_out(std::move(out)), m_inFeatures(inFeatures), m_outFeatures(outFeatures), m_bias(bias)
    {
        addState("weight", {outFeatures, inFeatures}, true);
        if (bias)
            addState("bias", {outFeatures}, true);
    }

    std::string typeName() const override { return "Linear"; }
    std::string repr() const override
    {
        return "Linear(in_features=" + pythonStr(m_in) + ", out_features=" + pythonStr(m_out)
               + ", bias=" + (m_bias ? "True" : "False") + ")";
    }

    Shape outputShape(const Shape &input) const override
    {
        if (input.empty())
            throwRuntimeError("both arguments to matmul need to be at least 1D, but they are 0D and 2D");
        // PyTorch folds all leading dims into the rows of mat1: its message shows their product,
        // and matmul allocates its result as (rows, out_features) (one row for a 1-d input).
        auto rows = [&input] {
            Dim product = 1;
            for (size_t i = 0; i + 1 < input.size(); ++i)
                product = checkedMul(product, input[i]);
            return product;
        };
        const Dim last = input.back();
        if (last != m_inFeatures)
            throwRuntimeError("mat1 and mat2 shapes cannot be multiplied (" + std::to_string(rows()) + "x"
                              + std::to_string(last) + " and " + std::to_string(m_inFeatures) + "x"
                              + std::to_string(m_outFeatures) + ")",
                              ErrorKind::MatmulShapeMismatch,
                              ErrorDetails{.input = {rows(), last}, .other = {m_inFeatures, m_outFeatures},
                                           .got = last, .expected = m_inFeatures});
        if (!storageOverflows(input)) // else PyTorch could not hold the input: trace on (see checkAllocatedOutput)
            checkStorageSize({rows(), m_outFeatures});
        Shape out = input;
        out.back() = m_outFeatures;
        return out;
    }

    Tensor forward(const Tensor &input) const override
    {
        const Shape out = outputShape(input.sizes());
        if (!canComputeValues(input, out)
            || !withinComputeBudget(double(*checkedNumel(out)) * double(m_inFeatures), stateShapes()))
            return Tensor::shapeOnly(out);
        const std::vector<float> x = input.values();
        const std::vector<float> w = state("weight").values();
        const std::vector<float> b = m_bias ? state("bias").values() : std::vector<float>{};
        const Dim rows = m_inFeatures == 0 ? *checkedNumel(out) / std::max<Dim>(m_outFeatures, 1)
                                           : Dim(x.size()) / m_inFeatures;
        std::vector<float> y(size_t(rows * m_outFeatures));
        for (Dim r = 0; r < rows; ++r) {
            for (Dim o = 0; o < m_outFeatures; ++o) {
                double sum = m_bias ? double(b[size_t(o)]) : 0.0;
                for (Dim i = 0; i < m_inFeatures; ++i)
                    sum += double(x[size_t(r * m_inFeatures + i)]) * double(w[size_t(o * m_inFeatures + i)]);
                y[size_t(r * m_outFeatures + o)] = float(sum);
            }
        }
        return Tensor::fromValues(out, std::move(y));
    }

    std::optional<std::int64_t> intArgument(std::string_view name) const override
    {
        if (name == "in_features")
            return m_inFeatures;
        if (name == "out_features")
            return m_outFeatures;
        return std::nullopt;
    }
    void acceptTuple() const override { throwTupleForTensorArgument("linear"); }
    std::optional<Value> attribute(std::string_view name) const override
    {
        return namedAttribute(name, {{"in_features", &m_in}, {"out_features", &m_out}});
    }

    // With a bias, a 2-d or 3-d input goes to addmm, which compares the dtypes first; other
    // inputs go to matmul, which checks the shapes first.
    DType resultDtype(const Shape &input, DType dtype) const override
    {
        if (dtype != DType::Int64)
            return dtype;
        if (m_bias && (input.size() == 2 || input.size() == 3))
            throwRuntimeError("mat1 and mat2 must have the same dtype");
        outputShape(input);
        throwRuntimeError("expected scalar type Long but found Float");
    }

protected:
    double initBound() const override { return m_inFeatures > 0 ? 1.0 / std::sqrt(double(m_inFeatures)) : 0.0; }

private:
    Value m_in;
    Value m_out;
    Dim m_inFeatures;
    Dim m_outFeatures;
    bool m_bias;
};

} // namespace

ModulePtr makeLinear(const Arguments &args)
{
    static const Signature signature{"Linear",
                                     {{"in_features", std::nullopt},
                                      {"out_features", std::nullopt},
                                      {"bias", Value{true}},
                                      {"device", Value{NoneValue{}}},
                                      {"dtype", Value{NoneValue{}}}}};
    auto bound = bindArguments(signature, args);
    // torch.empty((out_features, in_features)) is where PyTorch checks the sizes.
    const Shape weight = checkFactorySizes({bound.values[1], bound.values[0]}, {bound.values[3], bound.values[4]});
    ModulePtr linear = std::make_shared<Linear>(bound.values[0], bound.values[1], weight[1], weight[0],
                                                pythonTruthy(bound.values[2]));
    linear->addConstructionWarnings(zeroElementInitWarnings(weight)); // reset_parameters()
    return linear;
}

} // namespace ft::detail
