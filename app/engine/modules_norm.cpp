// modules_norm.cpp — BatchNorm1d and BatchNorm2d in eval mode, and LayerNorm.
//
// Eval mode uses the running statistics (mean 0, var 1 until set) when the module tracks them;
// with track_running_stats=False PyTorch uses the batch's own statistics even in eval mode, and
// then also refuses a batch with one value per channel.
#include "engine/modules_p.h"

#include <algorithm>
#include <cmath>

namespace ft::detail {

namespace {

// The shape of a * b: ATen's infer_size, which compares dims from the last one.
Shape broadcastShapes(const Shape &a, const Shape &b)
{
    const size_t n = std::max(a.size(), b.size());
    Shape result(n);
    for (size_t i = n; i-- > 0;) {
        const Dim da = i < n - a.size() ? 1 : a[i - (n - a.size())];
        const Dim db = i < n - b.size() ? 1 : b[i - (n - b.size())];
        if (da != db && da != 1 && db != 1)
            throwRuntimeError("The size of tensor a (" + std::to_string(da) + ") must match the size of tensor b ("
                              + std::to_string(db) + ") at non-singleton dimension " + std::to_string(i));
        result[i] = da == 1 ? db : da;
    }
    return result;
}

class BatchNorm : public StatefulModule
{
public:
    BatchNorm(bool twoD, Value numFeatures, Shape featureShape, Value eps, Value momentum, Value affine, Value track)
        : m_twoD(twoD), m_numFeatures(std::move(numFeatures)), m_featureShape(featureShape),
          m_features(*checkedNumel(featureShape)), m_eps(std::move(eps)),
          m_momentum(std::move(momentum)), m_affine(pythonTruthy(affine)), m_track(pythonTruthy(track)),
          m_affineValue(std::move(affine)), m_trackValue(std::move(track))
    {
        if (m_affine) {
            addState("weight", featureShape, true);
            addState("bias", featureShape, true);
        }
        if (m_track) {
            addState("running_mean", featureShape, false);
            addState("running_var", featureShape, false);
        }
    }

    std::string typeName() const override { return m_twoD ? "BatchNorm2d" : "BatchNorm1d"; }
    std::string repr() const override
    {
        return typeName() + "(" + pythonStr(m_numFeatures) + ", eps=" + pythonStr(m_eps) + ", momentum="
               + pythonStr(m_momentum) + ", affine=" + pythonStr(m_affineValue)
               + ", track_running_stats=" + pythonStr(m_trackValue) + ")";
    }

    // The shape checks come first, then the float-only kernel.
    DType resultDtype(const Shape &input, DType dtype) const override
    {
        outputShape(input);
        if (dtype == DType::Int64)
            throwNotImplementedForLong("batch_norm");
        return dtype;
    }

    Shape outputShape(const Shape &input) const override
    {
        const Dim ndim = Dim(input.size());
        if (m_twoD && ndim != 4)
            throwValueError("expected 4D input (got " + std::to_string(ndim) + "D input)");
        if (!m_twoD && ndim != 2 && ndim != 3)
            throwValueError("expected 2D or 3D input (got " + std::to_string(ndim) + "D input)");
        if (!m_track) {
            // F.batch_norm's _verify_batch_size, run because eval mode still uses batch statistics.
            Dim prods = input[0];
            for (size_t i = 2; i < input.size(); ++i)
                prods = checkedMul(prods, input[i]);
            if (prods == 1)
                throwValueError("Expected more than 1 value per channel when training, got input size torch.Size("
                                + formatSizeList(input) + ")");
        }
        // torch.batch_norm's argument parser: momentum (position 7) and eps (8) must be numbers.
        // momentum=None is fine: F.batch_norm passes 0.0 for it in eval mode.
        if (!m_momentum.isNone() && !asNumber(m_momentum))
            throwTypeError("batch_norm(): argument 'momentum' (position 7) must be float, not " + pythonTypeName(m_momentum));
        if (!asNumber(m_eps))
            throwTypeError("batch_norm(): argument 'eps' (position 8) must be float, not " + pythonTypeName(m_eps));
        const auto numel = checkedNumel(input);
        if (numel && *numel == 0) {
            // ATen returns early for empty input: input * weight[0] + bias[0], broadcasting.
            if (m_affine) {
                if (m_featureShape.empty())
                    throwIndexError("select() cannot be applied to a 0-dim tensor.");
                if (m_featureShape[0] == 0)
                    throwIndexError("select(): index 0 out of range for tensor of size " + formatSizeList(m_featureShape)
                                    + " at dimension 0");
                return broadcastShapes(input, Shape(m_featureShape.begin() + 1, m_featureShape.end()));
            }
            return input;
        }
        const Dim channels = input[1];
        auto check = [&](const char *name) {
            if (m_features != channels)
                throwRuntimeError(std::string(name) + " should contain " + std::to_string(channels) + " elements not "
                                  + std::to_string(m_features));
        };
        if (m_track) {
            check("running_mean");
            check("running_var");
        }
        if (m_affine) {
            check("weight");
            check("bias");
        }
        // The CPU kernel reads the running statistics through 1-d accessors.
        if (m_track && m_featureShape.size() != 1)
            throwRuntimeError("TensorAccessor expected 1 dims but tensor has " + std::to_string(m_featureShape.size()));
        return input;
    }

    Tensor forward(const Tensor &input) const override
    {
        const Shape out = outputShape(input.sizes());
        if (!canComputeValues(input, out) || !withinComputeBudget(0.0, stateShapes()))
            return Tensor::shapeOnly(out);
        std::vector<float> x = input.values();
        if (x.empty())
            return Tensor::fromValues(out, std::move(x));
        const Dim n = out[0], c = out[1];
        Dim inner = 1;
        for (size_t i = 2; i < out.size(); ++i)
            inner *= out[i];
        const double eps = *asNumber(m_eps);
        std::vector<double> mean(size_t(c), 0.0), var(size_t(c), 1.0);
        if (m_track) {
            const auto rm = state("running_mean").values();
            const auto rv = state("running_var").values();
            for (Dim ch = 0; ch < c; ++ch) {
                mean[size_t(ch)] = rm[size_t(ch)];
                var[size_t(ch)] = rv[size_t(ch)];
            }
        } else {
            // Batch statistics, biased variance, as PyTorch normalises in training.
            for (Dim ch = 0; ch < c; ++ch) {
                double sum = 0.0, sq = 0.0;
                for (Dim b = 0; b < n; ++b)
                    for (Dim i = 0; i < inner; ++i)
                        sum += x[size_t((b * c + ch) * inner + i)];
                const double count = double(n * inner);
                const double m = sum / count;
                for (Dim b = 0; b < n; ++b)
                    for (Dim i = 0; i < inner; ++i) {
                        const double d = x[size_t((b * c + ch) * inner + i)] - m;
                        sq += d * d;
                    }
                mean[size_t(ch)] = m;
                var[size_t(ch)] = sq / count;
            }
        }
        std::vector<float> w, bias;
        if (m_affine) {
            w = state("weight").values();
            bias = state("bias").values();
        }
        for (Dim b = 0; b < n; ++b) {
            for (Dim ch = 0; ch < c; ++ch) {
                const double scale = 1.0 / std::sqrt(var[size_t(ch)] + eps);
                for (Dim i = 0; i < inner; ++i) {
                    float &v = x[size_t((b * c + ch) * inner + i)];
                    double y = (double(v) - mean[size_t(ch)]) * scale;
                    if (m_affine)
                        y = y * w[size_t(ch)] + bias[size_t(ch)];
                    v = float(y);
                }
            }
        }
        return Tensor::fromValues(out, std::move(x));
    }
    // _BatchNorm.forward first checks input.dim().
    void acceptTuple() const override { throwTupleHasNoAttribute("dim"); }

protected:
    // PyTorch's own init is deterministic: weight 1, bias 0, running_mean 0, running_var 1.
    Tensor defaultState(const std::string &name, const Shape &shape) const override
    {
        const bool one = name == "weight" || name == "running_var";
        return Tensor::full(shape, one ? 1.0f : 0.0f);
    }

private:
    bool m_twoD;
    Value m_numFeatures;
    Shape m_featureShape; // torch.empty(num_features): (3,) usually, any shape for a tuple
    Dim m_features;
    Value m_eps;
    Value m_momentum;
    bool m_affine;
    bool m_track;
    Value m_affineValue;
    Value m_trackValue;
};

ModulePtr makeBatchNorm(bool twoD, const Arguments &args)
{
    static const std::vector<ParameterSpec> parameters{{"num_features", std::nullopt},
                                                       {"eps", Value{1e-5}},
                                                       {"momentum", Value{0.1}},
                                                       {"affine", Value{true}},
                                                       {"track_running_stats", Value{true}},
                                                       {"device", Value{NoneValue{}}},
                                                       {"dtype", Value{NoneValue{}}}};
    static const Signature signature{"_BatchNorm", parameters};
    auto b = bindArguments(signature, args);
    const Value &numFeatures = b.values[0];
    const bool affine = pythonTruthy(b.values[3]);
    const bool track = pythonTruthy(b.values[4]);
    Dim features = 0;
    std::optional<Shape> featureShape;
    if (affine || track) {
        // torch.empty(num_features) (affine) or torch.zeros(num_features) (running stats).
        const std::string factory = affine ? "empty" : "zeros";
        // torch.empty((3, 3)) is a 3x3 tensor: the module then holds 9 "features", which
        // forward compares with the input's channel count.
        const bool sequence = numFeatures.isSequence();
        const Shape shape = checkFactorySizes(sequence ? std::get<SequenceValue>(numFeatures.data).items
                                                       : std::vector<Value>{numFeatures},
                                              {b.values[5], b.values[6]}, factory, pythonTypeName(numFeatures));
        features = *checkedNumel(shape);
        if (sequence)
            featureShape = shape;
    } else if (numFeatures.isInt()) {
        features = std::get<std::int64_t>(numFeatures.data);
    }
    return std::make_shared<BatchNorm>(twoD, numFeatures, featureShape.value_or(Shape{features}), b.values[1], b.values[2],
                                       b.values[3], b.values[4]);
}

// nn.LayerNorm: normalizes over the last len(normalized_shape) dims with the input's own
// statistics (biased variance), then scales and shifts elementwise when elementwise_affine.
class LayerNorm : public StatefulModule
{
public:
    LayerNorm(Value normalizedShape, Value eps, Value affine, std::optional<Shape> stateShape)
        : m_normalizedShape(std::move(normalizedShape)), m_eps(std::move(eps)), m_affine(std::move(affine))
    {
        if (stateShape) {
            addState("weight", *stateShape, true);
            addState("bias", *stateShape, true);
        }
    }

    std::string typeName() const override { return "LayerNorm"; }
    std::string repr() const override
    {
        return "LayerNorm(" + pythonStr(m_normalizedShape) + ", eps=" + pythonStr(m_eps)
               + ", elementwise_affine=" + pythonStr(m_affine) + ")";
    }

    // The shape checks come first, then the float-only kernel.
    DType resultDtype(const Shape &input, DType dtype) const override
    {
        outputShape(input);
        if (dtype == DType::Int64)
            throwNotImplementedForLong("LayerNormKernelImpl");
        return dtype;
    }

    Shape outputShape(const Shape &input) const override
    {
        // F.layer_norm's argument parser, then ATen's _check_layer_norm_inputs.
        matchIntList("layer_norm", "normalized_shape", 2, m_normalizedShape);
        if (!asNumber(m_eps))
            throwTypeError("layer_norm(): argument 'eps' (position 5) must be float, not " + pythonTypeName(m_eps));
        const Shape normalized = parseIntList("layer_norm", "normalized_shape", 2, m_normalizedShape);
        if (normalized.empty())
            throwRuntimeError("Expected normalized_shape to be at least 1-dimensional, i.e., containing at least one "
                              "element, but got normalized_shape = []");
        bool matches = input.size() >= normalized.size();
        for (size_t i = 0; matches && i < normalized.size(); ++i)
            matches = input[input.size() - normalized.size() + i] == normalized[i];
        if (!matches) {
            std::string expected = "[*";
            for (Dim d : normalized)
                expected += ", " + std::to_string(d);
            throwRuntimeError("Given normalized_shape=" + formatSizeList(normalized) + ", expected input with shape " + expected
                              + "], but got input of size" + formatSizeList(input));
        }
        return input;
    }

    Tensor forward(const Tensor &input) const override
    {
        const Shape out = outputShape(input.sizes());
        if (!canComputeValues(input, out))
            return Tensor::shapeOnly(out);
        const Dim groupSize = *checkedNumel(parseIntList("layer_norm", "normalized_shape", 2, m_normalizedShape));
        const Dim count = *checkedNumel(out);
        const std::vector<float> x = input.values();
        const bool affine = !stateShapes().empty();
        const std::vector<float> w = affine ? state("weight").values() : std::vector<float>{};
        const std::vector<float> b = affine ? state("bias").values() : std::vector<float>{};
        const double eps = *asNumber(m_eps);
        std::vector<float> y(x.size());
        for (Dim start = 0; groupSize > 0 && start < count; start += groupSize) {
            double mean = 0.0, var = 0.0;
            for (Dim i = 0; i < groupSize; ++i)
                mean += x[size_t(start + i)];
            mean /= double(groupSize);
            for (Dim i = 0; i < groupSize; ++i)
                var += (x[size_t(start + i)] - mean) * (x[size_t(start + i)] - mean);
            var /= double(groupSize);
            const double scale = 1.0 / std::sqrt(var + eps);
            for (Dim i = 0; i < groupSize; ++i) {
                double v = (x[size_t(start + i)] - mean) * scale;
                if (affine)
                    v = v * w[size_t(i)] + b[size_t(i)];
                y[size_t(start + i)] = float(v);
            }
        }
        return Tensor::fromValues(out, std::move(y));
    }

    void acceptTuple() const override { throwTupleForTensorArgument("layer_norm"); }

protected:
    Tensor defaultState(const std::string &name, const Shape &shape) const override
    {
        // reset_parameters: ones for the weight, zeros for the bias.
        std::vector<float> values(size_t(*checkedNumel(shape)), name == "weight" ? 1.0f : 0.0f);
        return Tensor::fromValues(shape, std::move(values));
    }

private:
    Value m_normalizedShape, m_eps, m_affine;
};

} // namespace

ModulePtr makeLayerNorm(const Arguments &args)
{
    static const Signature signature{"LayerNorm",
                                     {{"normalized_shape", std::nullopt},
                                      {"eps", Value{1e-5}},
                                      {"elementwise_affine", Value{true}},
                                      {"device", Value{NoneValue{}}},
                                      {"dtype", Value{NoneValue{}}}}};
    auto b = bindArguments(signature, args);
    // __init__: an int (bool is one) becomes a 1-tuple, anything else goes through tuple().
    Value shape = b.values[0];
    if (shape.isInt() || shape.isBool()) {
        shape = tupleValue({shape});
    } else if (shape.isSequence() || shape.isString()) {
        shape = pythonPair(shape);
    } else {
        throwTypeError("'" + pythonTypeName(shape) + "' object is not iterable");
    }
    std::optional<Shape> stateShape;
    if (pythonTruthy(b.values[2]))
        stateShape = checkFactorySizes(std::get<SequenceValue>(shape.data).items, {b.values[3], b.values[4]});
    return std::make_shared<LayerNorm>(shape, b.values[1], b.values[2], stateShape);
}

ModulePtr makeBatchNorm1d(const Arguments &args)
{
    return makeBatchNorm(false, args);
}

ModulePtr makeBatchNorm2d(const Arguments &args)
{
    return makeBatchNorm(true, args);
}

} // namespace ft::detail
