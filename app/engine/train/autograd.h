// autograd.h — a tiny reverse-mode autograd over dense float32 tensors, PyTorch's twin for the
// handful of ops the training demo needs.
//
// A Var is a handle to a graph node: a shape, its values (contiguous, row-major, like
// torch.Tensor.contiguous()), a gradient of the same size, and — for results of ops — the inputs
// and a backward closure that adds this node's gradient into the inputs' gradients (micrograd's
// idea, one tensor per node instead of one scalar). backward() sorts the graph topologically and
// runs the closures once in reverse. Gradients accumulate across backward() calls until
// zeroGrad(), exactly like PyTorch's .grad.
//
// Movement ops (reshape, flatten, permute, transpose, narrow) produce contiguous copies here; the
// values and gradients are the same as PyTorch's views, and their backward is the inverse
// movement of the gradient. Shape errors carry PyTorch's exception type and message.
//
//     Var x = Var::constant({4, 1, 8, 8}, pixels);
//     Var w = Var::parameter({8, 1, 3, 3}, weights), b = Var::parameter({8}, biases);
//     Var loss = crossEntropy(linear(flatten(relu(conv2d(x, w, b, 1, 1))), fcW, fcB), labels);
//     loss.backward();                      // w.grad(), b.grad() now hold dloss/dw, dloss/db
#pragma once

#include "engine/shape.h"

#include <functional>
#include <memory>
#include <vector>

namespace ft::train {

struct Node
{
    Shape shape;
    std::vector<float> value;             // row-major, numel(shape) elements
    std::vector<float> grad;              // empty until a gradient reaches the node, then numel
    bool requiresGrad = false;            // a parameter, or computed from one
    std::vector<std::shared_ptr<Node>> inputs;
    std::function<void(Node &self)> backward; // adds self.grad into the inputs' grads

    // The gradient buffer, allocated (zero-filled) on first use.
    std::vector<float> &gradBuffer();
};

class Var
{
public:
    Var() = default;
    // A tensor that needs no gradient (inputs, labels' logits in tests).
    static Var constant(Shape shape, std::vector<float> values);
    // A leaf whose gradient is kept (weights and biases).
    static Var parameter(Shape shape, std::vector<float> values);
    // The result of an op; used by the op implementations.
    static Var fromOp(Shape shape, std::vector<float> values, std::vector<Var> inputs,
                      std::function<void(Node &self)> backward);

    bool isDefined() const { return m_node != nullptr; }
    const Shape &shape() const { return m_node->shape; }
    Dim size(Dim dim) const;
    Dim dim() const { return Dim(m_node->shape.size()); }
    std::size_t numel() const { return m_node->value.size(); }
    bool requiresGrad() const { return m_node->requiresGrad; }

    const std::vector<float> &value() const { return m_node->value; }
    std::vector<float> &mutableValue() { return m_node->value; } // optimisers write here
    float item() const;                                            // numel() must be 1
    // The accumulated gradient (zeros when none has arrived yet); same size as value().
    const std::vector<float> &grad() const;
    void zeroGrad();

    // Backpropagates from this scalar (numel() == 1) with d(self)/d(self) = 1.
    // Throws PyTorch's "grad can be implicitly created only for scalar outputs" otherwise.
    void backward();
    // Like tensor.backward(gradient): backpropagates d(self) = gradient (numel() values) from a
    // tensor of any shape. Throws std::invalid_argument when the sizes differ.
    void backward(const std::vector<float> &gradient);

    const std::shared_ptr<Node> &node() const { return m_node; }

private:
    std::shared_ptr<Node> m_node;
};

// Like torch.no_grad(): while one lives on this thread, ops record no graph (evaluation runs
// faster and keeps no activations alive).
class NoGradGuard
{
public:
    NoGradGuard();
    ~NoGradGuard();
    NoGradGuard(const NoGradGuard &) = delete;
    NoGradGuard &operator=(const NoGradGuard &) = delete;

private:
    bool m_previous;
};

// nn.Conv2d: x (N, C, H, W), weight (O, C, kH, kW), bias (O) or undefined; symmetric padding.
// Computed as im2col + GEMM over the whole batch.
Var conv2d(const Var &x, const Var &weight, const Var &bias, int stride = 1, int padding = 0);
// nn.Linear: x (..., in), weight (out, in), bias (out) or undefined -> (..., out).
Var linear(const Var &x, const Var &weight, const Var &bias);
Var relu(const Var &x);
// nn.MaxPool2d(kernel) with stride == kernel, no padding; ties go to the first element in
// row-major order of the window, as in PyTorch's CPU kernel.
Var maxPool2d(const Var &x, int kernel);
// x.reshape(shape) / x.view(shape): one dim may be -1.
Var reshape(const Var &x, Shape shape);
// torch.flatten(x, startDim, endDim).
Var flatten(const Var &x, Dim startDim = 1, Dim endDim = -1);
// x.permute(dims).contiguous()
Var permute(const Var &x, const std::vector<Dim> &dims);
// x.transpose(dim0, dim1).contiguous()  (x.t() for a matrix)
Var transpose(const Var &x, Dim dim0, Dim dim1);
// x.narrow(dim, start, length): e.g. x[:, :16] is narrow(x, 1, 0, 16).
Var narrow(const Var &x, Dim dim, Dim start, Dim length);
// nn.CrossEntropyLoss() (mean reduction): log-softmax over dim 1 of (N, C) logits + NLL.
Var crossEntropy(const Var &logits, const std::vector<int> &labels);

} // namespace ft::train
