// modules_norm.cpp — BatchNorm1d/2d/3d and InstanceNorm1d/2d/3d in eval mode, LayerNorm and GroupNorm.
//
// Eval mode uses the running statistics (mean 0, var 1 until set) when the module tracks them;
// with track_running_stats=False PyTorch uses the batch's own statistics even in eval mode, and
// then also refuses a batch with one value per channel.
#include "engine/modules_p.h"
#include "engine/python_ops_p.h"

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

// _NormBase.extra_repr, which BatchNorm and InstanceNorm share: every argument, as given.
std::string normBaseRepr(const std::string &typeName, const Value &numFeatures, const Value &eps, const Value &momentum,
                         const Value &affine, const Value &track)
{
    return typeName + "(" + pythonStr(numFeatures) + ", eps=" + pythonStr(eps) + ", momentum=" + pythonStr(momentum)
           + ", affine=" + pythonStr(affine) + ", track_running_stats=" + pythonStr(track) + ")";
}

// What _NormBase.__init__ stores, which BatchNorm and InstanceNorm share.
std::optional<Value> normBaseAttribute(std::string_view name, const Value &numFeatures, const Value &eps,
                                       const Value &momentum, const Value &affine, const Value &track)
{
    return namedAttribute(name, {{"num_features", &numFeatures}, {"eps", &eps}, {"momentum", &momentum},
                                 {"affine", &affine}, {"track_running_stats", &track}});
}

// ATen's batch_norm: each defined statistic and affine parameter holds one value per channel.
void checkNormFeatures(Dim channels, Dim features, bool track, bool affine)
{
    auto check = [&](const char *name) {
        if (features != channels)
            throwRuntimeError(std::string(name) + " should contain " + std::to_string(channels) + " elements not "
                              + std::to_string(features));
    };
    if (track) {
        check("running_mean");
        check("running_var");
    }
    if (affine) {
        check("weight");
        check("bias");
    }
}

class BatchNorm : public StatefulModule
{
public:
    BatchNorm(int dims, Value numFeatures, Shape featureShape, Value eps, Value momentum, Value affine, Value track)
        : m_dims(dims), m_numFeatures(std::move(numFeatures)), m_featureShape(featureShape),
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

    std::string typeName() const override { return "BatchNorm" + std::to_string(m_dims) + "d"; }
    std::optional<Value> attribute(std::string_view name) const override
    {
        return normBaseAttribute(name, m_numFeatures, m_eps, m_momentum, m_affineValue, m_trackValue);
    }
    std::string repr() const override
    {
        return normBaseRepr(typeName(), m_numFeatures, m_eps, m_momentum, m_affineValue, m_trackValue);
    }

    // The shape checks come first, then the float-only kernel, which an empty input never reaches.
    DType resultDtype(const Shape &input, DType dtype) const override
    {
        outputShape(input);
        const auto count = checkedNumel(input);
        if (dtype != DType::Int64)
            return dtype;
        if (count && *count == 0)
            return DType::Float32; // the empty result is made as a float tensor
        throwNotImplementedForLong("batch_norm");
    }

    Shape outputShape(const Shape &input) const override
    {
        const Dim ndim = Dim(input.size());
        if (m_dims > 1 && ndim != m_dims + 2)
            throwValueError("expected " + std::to_string(m_dims + 2) + "D input (got " + std::to_string(ndim) + "D input)");
        if (m_dims == 1 && ndim != 2 && ndim != 3)
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
        if (!m_momentum.isNone() && !asDouble(m_momentum))
            throwTypeError("batch_norm(): argument 'momentum' (position 7) must be float, not " + pythonTypeName(m_momentum));
        if (!asDouble(m_eps))
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
        checkNormFeatures(input[1], m_features, m_track, m_affine);
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
        const double eps = *asDouble(m_eps);
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
    int m_dims; // 1, 2 or 3: BatchNorm1d, BatchNorm2d, BatchNorm3d
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

// _NormBase.__init__'s parameters and buffers: torch.empty(num_features) when affine, else
// torch.zeros(num_features) when tracking running stats. torch.empty((3, 3)) is a 3x3 tensor: the
// module then holds 9 "features", which forward compares with the input's channel count. Returns
// nullopt for a num_features that no tensor was made from (nor is an int).
std::optional<Shape> normFeatureShape(const BoundArguments &b)
{
    const Value &numFeatures = b.values[0];
    const bool affine = pythonTruthy(b.values[3]);
    const bool track = pythonTruthy(b.values[4]);
    if (affine || track) {
        const bool sequence = numFeatures.isSequence();
        const Shape shape = checkFactorySizes(sequence ? std::get<SequenceValue>(numFeatures.data).items
                                                       : std::vector<Value>{numFeatures},
                                              {b.values[5], b.values[6]}, affine ? "empty" : "zeros",
                                              pythonTypeName(numFeatures));
        return sequence ? shape : Shape{*checkedNumel(shape)};
    }
    if (numFeatures.isInt())
        return Shape{std::get<std::int64_t>(numFeatures.data)};
    return std::nullopt;
}

ModulePtr makeBatchNorm(int dims, const Arguments &args)
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
    return std::make_shared<BatchNorm>(dims, b.values[0], normFeatureShape(b).value_or(Shape{0}), b.values[1], b.values[2],
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
    std::optional<Value> attribute(std::string_view name) const override
    {
        return namedAttribute(name, {{"normalized_shape", &m_normalizedShape}, {"eps", &m_eps},
                                     {"elementwise_affine", &m_affine}});
    }
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
        if (!asDouble(m_eps))
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
        const double eps = *asDouble(m_eps);
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
    if (shape.isPythonInt() || shape.isBool()) {
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
    return makeBatchNorm(1, args);
}

ModulePtr makeBatchNorm2d(const Arguments &args)
{
    return makeBatchNorm(2, args);
}

ModulePtr makeBatchNorm3d(const Arguments &args)
{
    return makeBatchNorm(3, args);
}

// --- InstanceNorm1d/2d/3d and GroupNorm (issue 13, part A) -----------------------------------

namespace {

// Per-group normalisation of contiguous values: `groups` runs of `size` values each, with the
// given mean and variance per run (or the run's own, biased, when `mean` is empty); then
// channel c of `channels` (each `inner` values long) is scaled and shifted when `weight` is set.
std::vector<float> normalizeRuns(const std::vector<float> &x, Dim size, const std::vector<double> &mean,
                                 const std::vector<double> &var, double eps, const std::vector<float> &weight,
                                 const std::vector<float> &bias, Dim channels, Dim inner)
{
    std::vector<float> y(x.size());
    const Dim runs = size > 0 ? Dim(x.size()) / size : 0;
    for (Dim r = 0; r < runs; ++r) {
        double m = 0.0, v = 0.0;
        if (mean.empty()) {
            for (Dim i = 0; i < size; ++i)
                m += x[size_t(r * size + i)];
            m /= double(size);
            for (Dim i = 0; i < size; ++i)
                v += (x[size_t(r * size + i)] - m) * (x[size_t(r * size + i)] - m);
            v /= double(size);
        } else {
            m = mean[size_t(r) % mean.size()];
            v = var[size_t(r) % var.size()];
        }
        const double scale = 1.0 / std::sqrt(v + eps);
        for (Dim i = 0; i < size; ++i) {
            const Dim at = r * size + i;
            double out = (x[size_t(at)] - m) * scale;
            if (!weight.empty()) {
                const size_t c = size_t((at / inner) % channels);
                out = out * weight[c] + bias[c];
            }
            y[size_t(at)] = float(out);
        }
    }
    return y;
}

// nn.InstanceNorm1d/2d/3d in eval mode: each (sample, channel) is normalised with its own
// statistics unless the module tracks running stats. F.instance_norm runs batch_norm on the
// input viewed as one sample of N*C channels, with weights and stats repeated N times, so its
// messages count N*C channels.
class InstanceNorm : public StatefulModule
{
public:
    InstanceNorm(int dims, Value numFeatures, Dim features, Value eps, Value momentum, Value affine, Value track)
        : m_dims(dims), m_numFeatures(std::move(numFeatures)), m_features(features), m_eps(std::move(eps)),
          m_momentum(std::move(momentum)), m_affineValue(std::move(affine)), m_trackValue(std::move(track)),
          m_affine(pythonTruthy(m_affineValue)), m_track(pythonTruthy(m_trackValue))
    {
        if (m_affine) {
            addState("weight", {features}, true);
            addState("bias", {features}, true);
        }
        if (m_track) {
            addState("running_mean", {features}, false);
            addState("running_var", {features}, false);
        }
    }

    std::string typeName() const override { return "InstanceNorm" + std::to_string(m_dims) + "d"; }
    std::optional<Value> attribute(std::string_view name) const override
    {
        return normBaseAttribute(name, m_numFeatures, m_eps, m_momentum, m_affineValue, m_trackValue);
    }
    std::string repr() const override
    {
        return normBaseRepr(typeName(), m_numFeatures, m_eps, m_momentum, m_affineValue, m_trackValue);
    }

    // The shape checks come first, then batch_norm's float-only kernel, which an empty input
    // never reaches (its result keeps the int64 type).
    DType resultDtype(const Shape &input, DType dtype) const override
    {
        outputShape(input);
        const auto count = checkedNumel(input);
        if (dtype == DType::Int64 && !(count && *count == 0))
            throwNotImplementedForLong("batch_norm");
        return dtype;
    }

    Shape outputShape(const Shape &input) const override
    {
        const Dim rank = Dim(input.size());
        if (rank != m_dims + 1 && rank != m_dims + 2)
            throwValueError("expected " + std::to_string(m_dims + 1) + "D or " + std::to_string(m_dims + 2)
                            + "D input (got " + std::to_string(rank) + "D input)");
        Shape x = input;
        if (rank == m_dims + 1)
            x.insert(x.begin(), 1); // _handle_no_batch_input: input.unsqueeze(0)
        if (!m_track) {
            // F.instance_norm's _verify_spatial_size, as eval mode still uses the input's statistics.
            Dim prods = 1;
            for (size_t i = 2; i < x.size(); ++i)
                prods = checkedMul(prods, x[i]);
            if (prods == 1)
                throwValueError("Expected more than 1 spatial element when training, got input size torch.Size("
                                + formatSizeList(x) + ")");
        }
        if (!asDouble(m_momentum))
            throwTypeError("instance_norm(): argument 'momentum' (position 7) must be float, not " + pythonTypeName(m_momentum));
        if (!asDouble(m_eps))
            throwTypeError("instance_norm(): argument 'eps' (position 8) must be float, not " + pythonTypeName(m_eps));
        const auto numel = checkedNumel(x);
        const Dim b = x[0], c = x[1], repeated = checkedMul(b, m_features);
        if (numel && *numel != 0) {
            checkNormFeatures(checkedMul(b, c), repeated, m_track, m_affine);
            return input;
        }
        // batch_norm's path for an empty input reads the repeated weight's first element; then
        // the running stats are updated from running_mean_.view({b, c}).mean(0).
        if (m_affine && repeated == 0)
            throwIndexError("select(): index 0 out of range for tensor of size [0] at dimension 0");
        if (m_track) {
            if (repeated != checkedMul(b, c))
                throwRuntimeError("shape '[" + std::to_string(b) + ", " + std::to_string(c) + "]' is invalid for input of size "
                                  + std::to_string(repeated));
            if (c != m_features && c != 1)
                throwRuntimeError("The size of tensor a (" + std::to_string(m_features) + ") must match the size of tensor b ("
                                  + std::to_string(c) + ") at non-singleton dimension 0");
        }
        return input;
    }

    Tensor forward(const Tensor &input) const override
    {
        const Shape out = outputShape(input.sizes());
        if (!canComputeValues(input, out) || !withinComputeBudget(0.0, stateShapes()))
            return Tensor::shapeOnly(out);
        const std::vector<float> x = input.values();
        if (x.empty())
            return Tensor::fromValues(out, {});
        const bool unbatched = Dim(out.size()) == m_dims + 1;
        const Dim channels = out[unbatched ? 0 : 1];
        Dim inner = 1;
        for (size_t i = unbatched ? 1 : 2; i < out.size(); ++i)
            inner *= out[i];
        std::vector<double> mean, var;
        if (m_track) {
            for (float v : state("running_mean").values())
                mean.push_back(v);
            for (float v : state("running_var").values())
                var.push_back(v);
        }
        const std::vector<float> w = m_affine ? state("weight").values() : std::vector<float>{};
        const std::vector<float> b = m_affine ? state("bias").values() : std::vector<float>{};
        return Tensor::fromValues(out, normalizeRuns(x, inner, mean, var, *asDouble(m_eps), w, b, channels, inner));
    }

    // _InstanceNorm.forward first checks input.dim().
    void acceptTuple() const override { throwTupleHasNoAttribute("dim"); }

protected:
    Tensor defaultState(const std::string &name, const Shape &shape) const override
    {
        const bool one = name == "weight" || name == "running_var";
        return Tensor::full(shape, one ? 1.0f : 0.0f);
    }

private:
    int m_dims;
    Value m_numFeatures;
    Dim m_features;
    Value m_eps, m_momentum, m_affineValue, m_trackValue;
    bool m_affine, m_track;
};

ModulePtr makeInstanceNorm(int dims, const Arguments &args)
{
    static const Signature signature{"_InstanceNorm",
                                     {{"num_features", std::nullopt},
                                      {"eps", Value{1e-5}},
                                      {"momentum", Value{0.1}},
                                      {"affine", Value{false}},
                                      {"track_running_stats", Value{false}},
                                      {"device", Value{NoneValue{}}},
                                      {"dtype", Value{NoneValue{}}}}};
    auto b = bindArguments(signature, args);
    const auto shape = normFeatureShape(b);
    const Dim features = shape ? *checkedNumel(*shape) : 0;
    return std::make_shared<InstanceNorm>(dims, b.values[0], features, b.values[1], b.values[2], b.values[3], b.values[4]);
}

// Python's `a % b` and `a // b` on the values GroupNorm's arithmetic meets (ints, bools,
// floats); nullopt when the operands are of other types.
std::optional<Value> pythonModulo(const Value &a, const Value &b)
{
    if (!asPythonNumber(a) || !asPythonNumber(b))
        return std::nullopt;
    return detail::pythonBinary(detail::BinaryOperator::Modulo, a, b, {});
}

// nn.GroupNorm: the channels fall into num_groups groups, each normalised with its own statistics.
class GroupNorm : public StatefulModule
{
public:
    GroupNorm(Value groups, Value channels, Value eps, Value affine, std::optional<Dim> weights)
        : m_groups(std::move(groups)), m_channels(std::move(channels)), m_eps(std::move(eps)), m_affine(std::move(affine))
    {
        if (weights) {
            addState("weight", {*weights}, true);
            addState("bias", {*weights}, true);
        }
    }

    std::string typeName() const override { return "GroupNorm"; }
    std::optional<Value> attribute(std::string_view name) const override
    {
        return namedAttribute(name, {{"num_groups", &m_groups}, {"num_channels", &m_channels}, {"eps", &m_eps},
                                     {"affine", &m_affine}});
    }
    std::string repr() const override
    {
        return "GroupNorm(" + pythonStr(m_groups) + ", " + pythonStr(m_channels) + ", eps=" + pythonStr(m_eps)
               + ", affine=" + pythonStr(m_affine) + ")";
    }

    // The shape checks come first, then the float-only kernel (an empty input too).
    DType resultDtype(const Shape &input, DType dtype) const override
    {
        outputShape(input);
        if (dtype == DType::Int64)
            throwNotImplementedForLong("GroupNormKernelImpl");
        return dtype;
    }

    Shape outputShape(const Shape &input) const override
    {
        // F.group_norm: _verify_batch_size([N * C // num_groups, num_groups] + spatial) first,
        // in Python arithmetic (input.size(0) and size(1) raise for a 0-d or 1-d input).
        if (input.empty())
            throwIndexError("Dimension specified as 0 but tensor has no dimensions");
        if (input.size() < 2)
            throwIndexError("Dimension out of range (expected to be in range of [-1, 0], but got 1)");
        const auto groups = asNumber(m_groups);
        std::vector<Value> sizes;
        if (m_groups.isFloat()) {
            sizes.push_back(Value{std::floor(double(checkedMul(input[0], input[1])) / *groups)});
        } else {
            const Dim g = Dim(*groups);
            sizes.push_back(intValue(floorDiv(checkedMul(input[0], input[1]), g)));
        }
        sizes.push_back(m_groups);
        double prods = *asNumber(sizes[0]);
        for (size_t i = 2; i < input.size(); ++i) {
            sizes.push_back(intValue(input[i]));
            prods *= double(input[i]);
        }
        if (prods == 1.0) {
            SequenceValue list;
            list.isList = true;
            list.items = sizes;
            throwValueError("Expected more than 1 value per channel when training, got input size " + pythonStr(Value{list}));
        }
        // torch.group_norm's argument parser, then ATen's check_group_norm_inputs.
        if (!m_groups.isInt())
            throwTypeError("group_norm(): argument 'num_groups' (position 2) must be int, not " + pythonTypeName(m_groups));
        if (!asDouble(m_eps))
            throwTypeError("group_norm(): argument 'eps' (position 5) must be float, not " + pythonTypeName(m_eps));
        const Dim g = std::get<std::int64_t>(m_groups.data);
        if (g <= 0)
            throwRuntimeError("Expected num groups to be greater than 0, got " + std::to_string(g));
        const Dim c = input[1];
        if (c % g != 0)
            throwRuntimeError("Expected number of channels in input to be divisible by num_groups, but got input of shape "
                              + formatSizeList(input) + " and num_groups=" + std::to_string(g));
        for (const auto &[name, shape] : stateShapes()) {
            if (shape[0] != c)
                throwRuntimeError("Expected " + name + " to be a vector of size equal to the number of channels in input, but got "
                                  + name + " of shape " + formatSizeList(shape) + " and input of shape " + formatSizeList(input));
        }
        return input;
    }

    Tensor forward(const Tensor &input) const override
    {
        const Shape out = outputShape(input.sizes());
        if (!canComputeValues(input, out) || !withinComputeBudget(0.0, stateShapes()))
            return Tensor::shapeOnly(out);
        const std::vector<float> x = input.values();
        const Dim g = std::get<std::int64_t>(m_groups.data), c = out[1];
        Dim inner = 1;
        for (size_t i = 2; i < out.size(); ++i)
            inner *= out[i];
        const bool affine = !stateShapes().empty();
        const std::vector<float> w = affine ? state("weight").values() : std::vector<float>{};
        const std::vector<float> b = affine ? state("bias").values() : std::vector<float>{};
        return Tensor::fromValues(out, normalizeRuns(x, c / g * inner, {}, {}, *asDouble(m_eps), w, b, c, inner));
    }

    // F.group_norm first asks input.size(0).
    void acceptTuple() const override { throwTupleHasNoAttribute("size"); }

protected:
    Tensor defaultState(const std::string &name, const Shape &shape) const override
    {
        return Tensor::full(shape, name == "weight" ? 1.0f : 0.0f);
    }

private:
    Value m_groups, m_channels, m_eps, m_affine;
};

} // namespace

ModulePtr makeInstanceNorm1d(const Arguments &args)
{
    return makeInstanceNorm(1, args);
}

ModulePtr makeInstanceNorm2d(const Arguments &args)
{
    return makeInstanceNorm(2, args);
}

ModulePtr makeInstanceNorm3d(const Arguments &args)
{
    return makeInstanceNorm(3, args);
}

ModulePtr makeGroupNorm(const Arguments &args)
{
    static const Signature signature{"GroupNorm",
                                     {{"num_groups", std::nullopt},
                                      {"num_channels", std::nullopt},
                                      {"eps", Value{1e-5}},
                                      {"affine", Value{true}},
                                      {"device", Value{NoneValue{}}},
                                      {"dtype", Value{NoneValue{}}}}};
    auto b = bindArguments(signature, args);
    const Value &groups = b.values[0], &channels = b.values[1];
    // `if num_channels % num_groups != 0`: Python's % (a str on the left formats).
    if (channels.isString())
        throwTypeError("not all arguments converted during string formatting");
    const auto rest = pythonModulo(channels, groups);
    if (!rest)
        throwTypeError("unsupported operand type(s) for %: '" + pythonTypeName(channels) + "' and '" + pythonTypeName(groups) + "'");
    if (*asPythonNumber(*rest) != 0.0)
        throwValueError("num_channels must be divisible by num_groups");
    std::optional<Dim> weights;
    if (pythonTruthy(b.values[3]))
        weights = checkFactorySizes({channels}, {b.values[4], b.values[5]}, "empty", pythonTypeName(channels))[0];
    return std::make_shared<GroupNorm>(groups, channels, b.values[2], b.values[3], weights);
}

} // namespace ft::detail
