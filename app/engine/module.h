// module.h — nn.Module twins: PyTorch's constructor arguments, repr, shape rules, forward, errors.
//
//     auto m = ft::createModule("Flatten", {});            // nn.Flatten()
//     m->repr() == "Flatten(start_dim=1, end_dim=-1)";
//     m->outputShape({32, 3, 28, 28}) == ft::Shape{32, 2352};
//     m->forward(ft::Tensor::arange({2, 3})).sizes() == ft::Shape{2, 3};
//
// outputShape never allocates, so it works for any shape; forward computes real values (eval
// mode) and returns a shape-only tensor when the input has no storage or the work is too large.
// Both throw ft::TorchError with PyTorch's exception type and exact message. Every rule is
// checked against real PyTorch 1.13 by tests/golden/generate_trace_golden.py.
#pragma once

#include "engine/error.h"
#include "engine/shape.h"
#include "engine/tensor.h"
#include "engine/value.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ft {

// What a forward returned, as shapes: a tensor's shape, or a tuple of results nested as PyTorch
// nests them (nn.LSTM returns (output, (h_n, c_n))).
struct ResultShape
{
    Shape shape{};                    // a tensor's shape (when !isTuple)
    std::vector<ResultShape> items{}; // a tuple's items (when isTuple)
    bool isTuple = false;

    static ResultShape tensor(Shape shape) { return ResultShape{std::move(shape), {}, false}; }
    static ResultShape tuple(std::vector<ResultShape> items) { return ResultShape{{}, std::move(items), true}; }

    bool operator==(const ResultShape &) const = default;
};

// "float32" / "int64", as torch prints them after "torch.".
const char *dtypeName(DType dtype);

// Python's look of it: "(5, 20)" for a tensor, "((5, 20), ((1, 20), (1, 20)))" for a tuple.
std::string formatResultShape(const ResultShape &result);

class Module
{
public:
    virtual ~Module() = default;

    // Class name as PyTorch prints it: "Conv2d", "Flatten", "Sequential".
    virtual std::string typeName() const = 0;
    // Exactly what print(module) shows; multi-line for Sequential.
    virtual std::string repr() const = 0;
    // Shape rule of forward(); throws what forward would throw, without touching values.
    virtual Shape outputShape(const Shape &input) const = 0;
    // Forward pass on real values (eval-mode semantics for Dropout/BatchNorm).
    virtual Tensor forward(const Tensor &input) const = 0;
    // The element type forward returns for an input of this shape and type, or what PyTorch
    // raises for a type the layer cannot take ("mat1 and mat2 must have the same dtype"), in
    // PyTorch's order with the shape checks: a layer whose kernel checks shapes first runs those
    // checks before it raises. Default: the input's type (Flatten, Dropout and ReLU keep int64).
    virtual DType resultDtype(const Shape &input, DType dtype) const;
    // Number of trainable parameters (sum(p.numel() for p in m.parameters())).
    virtual std::int64_t parameterCount() const { return 0; }

    // Autograd, as a plain Python call (grad mode on) records it. A tensor computed with a
    // parameter requires grad, and so does everything computed from it; the input does not.
    // Whether this module's output requires grad, given whether its input does:
    virtual bool outputRequiresGrad(bool inputRequiresGrad) const { return inputRequiresGrad || hasParameters(); }
    // True when the module has parameters (even empty ones: nn.Linear(3, 0)'s weight requires grad).
    virtual bool hasParameters() const { return false; }
    // The shape rule in grad mode: when the input requires grad, ATen picks another kernel for a
    // few ops, with other checks and messages (max_pool1d runs as max_pool1d_with_indices).
    // outputShape() is the rule without autograd (torch.no_grad(), or an input without grad).
    virtual Shape recordedOutputShape(const Shape &input, bool inputRequiresGrad) const
    {
        (void)inputRequiresGrad;
        return outputShape(input);
    }
    // nn.MaxPool2d(return_indices=True) returns a tuple (values, indices) instead of a tensor, and
    // so does a Sequential that ends in one. outputShape() then gives the values' shape.
    virtual bool returnsTuple() const { return false; }
    // The items of that tuple for this input, with what forward throws: (values, indices) for a
    // pool, (output, h_n) for RNN and GRU, (output, (h_n, c_n)) for LSTM. Only when returnsTuple().
    virtual std::vector<ResultShape> tupleShapes(const Shape &input) const;
    // Called instead of outputShape() when this module is given such a tuple: throws what PyTorch
    // raises then ("relu(): argument 'input' (position 1) must be Tensor, not tuple",
    // "'tuple' object has no attribute 'flatten'"), or returns when the module passes the tuple
    // through unchanged (Identity, an empty Sequential).
    virtual void acceptTuple() const = 0;
    // What PyTorch warns about without raising (warnings.warn), in order: while this module was
    // built (nn.LSTM(3, 4, dropout=0.5) with one layer), ...
    virtual std::vector<PythonWarning> constructionWarnings() const { return m_constructionWarnings; }
    // For the factories: what this module's constructor warned, appended in order.
    void addConstructionWarnings(const std::vector<PythonWarning> &warnings)
    {
        m_constructionWarnings.insert(m_constructionWarnings.end(), warnings.begin(), warnings.end());
    }
    // ... and when forward starts on a tensor of this shape (nn.Softmax() without a dim, nn.Dropout2d
    // on a 3-d input). Forward warns before it checks, so a layer that then raises has warned too;
    // given a tuple it raises first. A Sequential gives its children's, up to one that raises.
    virtual std::vector<PythonWarning> forwardWarnings(const Shape &input) const
    {
        (void)input;
        return {};
    }
    // An int constructor argument as this module holds it (Flatten's "start_dim", Linear's
    // "out_features"), so that code explaining a model reads arguments instead of parsing repr();
    // nullopt for a name the module does not expose this way or a value that is not an int.
    virtual std::optional<std::int64_t> intArgument(std::string_view name) const;
    // A public attribute the PyTorch module stores, as it stores it (conv.kernel_size == (5, 5),
    // fc.in_features == 400, pool.stride == 2): what a learner's code reads off a layer. nullopt
    // for a name this module does not model (its parameters are stateShapes()).
    virtual std::optional<Value> attribute(std::string_view name) const;
    // Direct children (only Sequential has any).
    virtual std::vector<std::shared_ptr<Module>> children() const { return {}; }

    // Parameter and buffer shapes as PyTorch names them in state_dict() ("weight", "bias",
    // "running_mean", "running_var"), in registration order. Shape-only: never allocates.
    virtual std::vector<std::pair<std::string, Shape>> stateShapes() const { return {}; }
    // Current values of a parameter or buffer. Until set, weights are a fixed deterministic
    // pattern (not PyTorch's random init) and BatchNorm's running stats are mean 0, var 1.
    // Throws RuntimeError when too large to allocate; std::invalid_argument for unknown names.
    virtual Tensor state(const std::string &name) const;
    // Sets a parameter or buffer (shape must match stateShapes(); else std::invalid_argument).
    virtual void setState(const std::string &name, const Tensor &value);

private:
    std::vector<PythonWarning> m_constructionWarnings;
};

using ModulePtr = std::shared_ptr<Module>;

// Builds nn.<name>(args...). Throws TorchError (TypeError for bad/missing/unknown arguments,
// ValueError for bad values) exactly as PyTorch's constructor would.
// Precondition: isSupportedModule(name).
ModulePtr createModule(std::string_view name, const Arguments &args);

bool isSupportedModule(std::string_view name);
// Sorted names of the supported modules ("AdaptiveAvgPool2d", ..., "Tanh").
const std::vector<std::string> &supportedModules();

// True when PyTorch 1.13's torch.nn has a layer (an nn.Module class) of this name, modelled here
// or not: "LSTM" is one, "Linaer" is not.
bool isPyTorchLayer(std::string_view name);

} // namespace ft
