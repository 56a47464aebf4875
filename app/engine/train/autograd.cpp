#include "engine/train/autograd.h"

#include "engine/error.h"
#include "engine/train/kernels.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <string>
#include <unordered_set>

namespace ft::train {

namespace {

std::size_t numelOf(const Shape &shape)
{
    std::size_t n = 1;
    for (Dim d : shape)
        n *= std::size_t(d);
    return n;
}

std::string bracketList(const Shape &shape, const char *separator)
{
    std::string text;
    for (std::size_t i = 0; i < shape.size(); ++i) {
        if (i)
            text += separator;
        text += std::to_string(shape[i]);
    }
    return text;
}

std::vector<Var> definedOnly(std::initializer_list<Var> vars)
{
    std::vector<Var> out;
    for (const Var &v : vars) {
        if (v.isDefined())
            out.push_back(v);
    }
    return out;
}

// Row-major strides of a contiguous tensor of this shape.
std::vector<std::size_t> contiguousStrides(const Shape &shape)
{
    std::vector<std::size_t> strides(shape.size(), 1);
    for (std::size_t i = shape.size(); i-- > 1;)
        strides[i - 1] = strides[i] * std::size_t(shape[i]);
    return strides;
}

// For output element order of x.permute(dims): source offset of each output element. Computed
// once per op so forward (gather) and backward (scatter) share it.
std::vector<std::uint32_t> permuteSourceOffsets(const Shape &inShape, const std::vector<Dim> &dims)
{
    const std::vector<std::size_t> inStrides = contiguousStrides(inShape);
    const std::size_t rank = inShape.size();
    Shape outShape(rank);
    std::vector<std::size_t> stride(rank);
    for (std::size_t i = 0; i < rank; ++i) {
        outShape[i] = inShape[std::size_t(dims[i])];
        stride[i] = inStrides[std::size_t(dims[i])];
    }
    const std::size_t n = numelOf(outShape);
    std::vector<std::uint32_t> offsets(n);
    std::vector<Dim> index(rank, 0);
    std::size_t source = 0;
    for (std::size_t i = 0; i < n; ++i) {
        offsets[i] = std::uint32_t(source);
        // Odometer increment of the output index, tracking the source offset incrementally.
        for (std::size_t d = rank; d-- > 0;) {
            if (++index[d] < outShape[d]) {
                source += stride[d];
                break;
            }
            source -= stride[d] * std::size_t(outShape[d] - 1);
            index[d] = 0;
        }
    }
    return offsets;
}

thread_local bool t_gradEnabled = true;

} // namespace

NoGradGuard::NoGradGuard()
    : m_previous(t_gradEnabled)
{
    t_gradEnabled = false;
}

NoGradGuard::~NoGradGuard()
{
    t_gradEnabled = m_previous;
}

std::vector<float> &Node::gradBuffer()
{
    if (grad.empty())
        grad.assign(value.size(), 0.0f);
    return grad;
}

Var Var::constant(Shape shape, std::vector<float> values)
{
    if (numelOf(shape) != values.size())
        throw std::invalid_argument("Var::constant: " + std::to_string(values.size()) + " values for shape "
                                    + formatShape(shape));
    Var v;
    v.m_node = std::make_shared<Node>();
    v.m_node->shape = std::move(shape);
    v.m_node->value = std::move(values);
    return v;
}

Var Var::parameter(Shape shape, std::vector<float> values)
{
    Var v = constant(std::move(shape), std::move(values));
    v.m_node->requiresGrad = true;
    return v;
}

Var Var::fromOp(Shape shape, std::vector<float> values, std::vector<Var> inputs, std::function<void(Node &)> backward)
{
    Var v = constant(std::move(shape), std::move(values));
    if (!t_gradEnabled)
        return v;
    for (const Var &input : inputs) {
        if (input.requiresGrad())
            v.m_node->requiresGrad = true;
    }
    if (v.m_node->requiresGrad) {
        for (Var &input : inputs)
            v.m_node->inputs.push_back(input.m_node);
        v.m_node->backward = std::move(backward);
    }
    return v;
}

Dim Var::size(Dim d) const
{
    return shape()[std::size_t(wrapDim(d, dim()))];
}

float Var::item() const
{
    if (numel() != 1)
        throwValueError("only one element tensors can be converted to Python scalars");
    return value()[0];
}

const std::vector<float> &Var::grad() const
{
    return m_node->gradBuffer();
}

void Var::zeroGrad()
{
    std::fill(m_node->grad.begin(), m_node->grad.end(), 0.0f);
}

void Var::backward()
{
    if (numel() != 1)
        throwRuntimeError("grad can be implicitly created only for scalar outputs");
    backward(std::vector<float>{1.0f});
}

void Var::backward(const std::vector<float> &gradient)
{
    if (gradient.size() != numel())
        throw std::invalid_argument("backward: gradient has " + std::to_string(gradient.size()) + " values, tensor has "
                                    + std::to_string(numel()));
    if (!requiresGrad())
        throwRuntimeError("element 0 of tensors does not require grad and does not have a grad_fn");

    // Iterative depth-first post-order: inputs before the nodes that use them.
    std::vector<Node *> order;
    std::unordered_set<Node *> seen;
    std::vector<std::pair<Node *, std::size_t>> stack{{m_node.get(), 0}};
    seen.insert(m_node.get());
    while (!stack.empty()) {
        auto &[node, next] = stack.back();
        if (next < node->inputs.size()) {
            Node *input = node->inputs[next++].get();
            if (input->requiresGrad && seen.insert(input).second)
                stack.emplace_back(input, 0);
        } else {
            order.push_back(node);
            stack.pop_back();
        }
    }
    axpy(1.0f, gradient.data(), m_node->gradBuffer().data(), gradient.size());
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        Node *node = *it;
        if (node->backward && !node->grad.empty())
            node->backward(*node);
    }
    // Intermediate gradients are not kept (PyTorch keeps .grad on leaves only); freeing them here
    // also lets a second backward() through a fresh graph start clean.
    for (Node *node : order) {
        if (node->backward)
            std::vector<float>().swap(node->grad);
    }
}

// ---- conv2d ---------------------------------------------------------------------------------

Var conv2d(const Var &x, const Var &weight, const Var &bias, int stride, int padding)
{
    if (x.dim() != 4 || weight.dim() != 4)
        throwRuntimeError("conv2d: expected 4-D input (N, C, H, W) and 4-D weight, got input of size "
                          + formatShape(x.shape()));
    const std::size_t n = std::size_t(x.size(0)), c = std::size_t(x.size(1));
    const Dim h = x.size(2), w = x.size(3);
    const std::size_t outC = std::size_t(weight.size(0));
    const Dim kh = weight.size(2), kw = weight.size(3);
    if (weight.size(1) != Dim(c))
        throwRuntimeError("Given groups=1, weight of size [" + bracketList(weight.shape(), ", ") + "], expected input["
                          + bracketList(x.shape(), ", ") + "] to have " + std::to_string(weight.size(1))
                          + " channels, but got " + std::to_string(c) + " channels instead");
    if (h + 2 * padding < kh || w + 2 * padding < kw)
        throwRuntimeError("Calculated padded input size per channel: (" + std::to_string(h + 2 * padding) + " x "
                          + std::to_string(w + 2 * padding) + "). Kernel size: (" + std::to_string(kh) + " x "
                          + std::to_string(kw) + "). Kernel size can't be greater than actual input size");
    const Dim oh = (h + 2 * padding - kh) / stride + 1, ow = (w + 2 * padding - kw) / stride + 1;
    const std::size_t k = c * std::size_t(kh * kw);  // rows of the column matrix
    const std::size_t p = std::size_t(oh * ow);      // output positions per image
    const std::size_t np = n * p;                     // columns of the column matrix

    // im2col over the whole batch: cols[(ci, ky, kx), (img, oy, ox)]. One wide GEMM instead of N
    // narrow ones keeps the vector units busy on these tiny images.
    auto cols = std::make_shared<std::vector<float>>(k * np, 0.0f);
    const float *xv = x.value().data();
    for (std::size_t ci = 0; ci < c; ++ci) {
        for (Dim ky = 0; ky < kh; ++ky) {
            for (Dim kx = 0; kx < kw; ++kx) {
                float *row = cols->data() + ((ci * std::size_t(kh) + std::size_t(ky)) * std::size_t(kw) + std::size_t(kx)) * np;
                for (std::size_t img = 0; img < n; ++img) {
                    const float *plane = xv + (img * c + ci) * std::size_t(h * w);
                    float *out = row + img * p;
                    for (Dim oy = 0; oy < oh; ++oy) {
                        const Dim iy = oy * stride - padding + ky;
                        if (iy < 0 || iy >= h)
                            continue; // stays zero: padding
                        for (Dim ox = 0; ox < ow; ++ox) {
                            const Dim ix = ox * stride - padding + kx;
                            if (ix >= 0 && ix < w)
                                out[oy * ow + ox] = plane[iy * w + ix];
                        }
                    }
                }
            }
        }
    }

    std::vector<float> product(outC * np, 0.0f);
    gemmNN(outC, np, k, weight.value().data(), cols->data(), product.data());
    std::vector<float> y(n * outC * p);
    for (std::size_t img = 0; img < n; ++img) {
        for (std::size_t o = 0; o < outC; ++o) {
            const float b = bias.isDefined() ? bias.value()[o] : 0.0f;
            const float *src = product.data() + o * np + img * p;
            float *dst = y.data() + (img * outC + o) * p;
            for (std::size_t i = 0; i < p; ++i)
                dst[i] = src[i] + b;
        }
    }

    const auto xNode = x.node(), wNode = weight.node(), bNode = bias.isDefined() ? bias.node() : nullptr;
    return Var::fromOp(
        {Dim(n), Dim(outC), oh, ow}, std::move(y), definedOnly({x, weight, bias}),
        [=](Node &self) {
            // Gradient back into the GEMM layout: dOut[o, (img, pos)].
            std::vector<float> dOut(outC * np);
            for (std::size_t img = 0; img < n; ++img) {
                for (std::size_t o = 0; o < outC; ++o)
                    std::memcpy(dOut.data() + o * np + img * p, self.grad.data() + (img * outC + o) * p, p * sizeof(float));
            }
            if (bNode && bNode->requiresGrad) {
                auto &db = bNode->gradBuffer();
                for (std::size_t o = 0; o < outC; ++o) {
                    float sum = 0.0f;
                    const float *row = dOut.data() + o * np;
                    for (std::size_t i = 0; i < np; ++i)
                        sum += row[i];
                    db[o] += sum;
                }
            }
            if (wNode->requiresGrad)
                gemmNT(outC, k, np, dOut.data(), cols->data(), wNode->gradBuffer().data());
            if (xNode->requiresGrad) {
                std::vector<float> dCols(k * np, 0.0f);
                gemmTN(k, np, outC, wNode->value.data(), dOut.data(), dCols.data());
                auto &dx = xNode->gradBuffer();
                for (std::size_t ci = 0; ci < c; ++ci) {
                    for (Dim ky = 0; ky < kh; ++ky) {
                        for (Dim kx = 0; kx < kw; ++kx) {
                            const float *row = dCols.data()
                                + ((ci * std::size_t(kh) + std::size_t(ky)) * std::size_t(kw) + std::size_t(kx)) * np;
                            for (std::size_t img = 0; img < n; ++img) {
                                float *plane = dx.data() + (img * c + ci) * std::size_t(h * w);
                                const float *src = row + img * p;
                                for (Dim oy = 0; oy < oh; ++oy) {
                                    const Dim iy = oy * stride - padding + ky;
                                    if (iy < 0 || iy >= h)
                                        continue;
                                    for (Dim ox = 0; ox < ow; ++ox) {
                                        const Dim ix = ox * stride - padding + kx;
                                        if (ix >= 0 && ix < w)
                                            plane[iy * w + ix] += src[oy * ow + ox];
                                    }
                                }
                            }
                        }
                    }
                }
            }
        });
}

// ---- linear ---------------------------------------------------------------------------------

Var linear(const Var &x, const Var &weight, const Var &bias)
{
    const std::size_t in = std::size_t(weight.size(1)), out = std::size_t(weight.size(0));
    const std::size_t xIn = x.dim() == 0 ? 1 : std::size_t(x.size(-1));
    const std::size_t rows = xIn == 0 ? 0 : x.numel() / xIn;
    if (xIn != in)
        throwRuntimeError("mat1 and mat2 shapes cannot be multiplied (" + std::to_string(rows) + "x"
                          + std::to_string(xIn) + " and " + std::to_string(in) + "x" + std::to_string(out) + ")");
    std::vector<float> y(rows * out, 0.0f);
    if (bias.isDefined()) {
        for (std::size_t r = 0; r < rows; ++r)
            std::memcpy(y.data() + r * out, bias.value().data(), out * sizeof(float));
    }
    gemmNT(rows, out, in, x.value().data(), weight.value().data(), y.data());
    Shape shape = x.shape();
    shape.back() = Dim(out);
    const auto xNode = x.node(), wNode = weight.node(), bNode = bias.isDefined() ? bias.node() : nullptr;
    return Var::fromOp(std::move(shape), std::move(y), definedOnly({x, weight, bias}), [=](Node &self) {
        const float *dy = self.grad.data();
        if (xNode->requiresGrad)
            gemmNN(rows, in, out, dy, wNode->value.data(), xNode->gradBuffer().data());
        if (wNode->requiresGrad)
            gemmTN(out, in, rows, dy, xNode->value.data(), wNode->gradBuffer().data());
        if (bNode && bNode->requiresGrad) {
            auto &db = bNode->gradBuffer();
            for (std::size_t r = 0; r < rows; ++r)
                axpy(1.0f, dy + r * out, db.data(), out);
        }
    });
}

// ---- relu, max pool -------------------------------------------------------------------------

Var relu(const Var &x)
{
    std::vector<float> y(x.numel());
    const float *xv = x.value().data();
    for (std::size_t i = 0; i < y.size(); ++i)
        y[i] = xv[i] > 0.0f ? xv[i] : 0.0f;
    const auto xNode = x.node();
    return Var::fromOp(x.shape(), std::move(y), {x}, [xNode](Node &self) {
        auto &dx = xNode->gradBuffer();
        const float *out = self.value.data();
        for (std::size_t i = 0; i < dx.size(); ++i)
            dx[i] += out[i] > 0.0f ? self.grad[i] : 0.0f;
    });
}

Var maxPool2d(const Var &x, int kernel)
{
    if (x.dim() != 4)
        throwRuntimeError("max_pool2d: expected 4-D input (N, C, H, W), got " + formatShape(x.shape()));
    const std::size_t planes = std::size_t(x.size(0) * x.size(1));
    const Dim h = x.size(2), w = x.size(3);
    const Dim oh = (h - kernel) / kernel + 1, ow = (w - kernel) / kernel + 1;
    if (oh <= 0 || ow <= 0 || h < kernel || w < kernel)
        throwRuntimeError("Given input size: (" + std::to_string(x.size(1)) + "x" + std::to_string(h) + "x"
                          + std::to_string(w) + "). Calculated output size: (" + std::to_string(x.size(1)) + "x"
                          + std::to_string(std::max<Dim>(oh, 0)) + "x" + std::to_string(std::max<Dim>(ow, 0))
                          + "). Output size is too small");
    const std::size_t outPlane = std::size_t(oh * ow);
    std::vector<float> y(planes * outPlane);
    auto argmax = std::make_shared<std::vector<std::uint32_t>>(y.size());
    const float *xv = x.value().data();
    for (std::size_t pl = 0; pl < planes; ++pl) {
        const float *plane = xv + pl * std::size_t(h * w);
        for (Dim oy = 0; oy < oh; ++oy) {
            for (Dim ox = 0; ox < ow; ++ox) {
                Dim best = oy * kernel * w + ox * kernel;
                float bestValue = plane[best];
                for (Dim ky = 0; ky < kernel; ++ky) {
                    for (Dim kx = 0; kx < kernel; ++kx) {
                        const Dim at = (oy * kernel + ky) * w + ox * kernel + kx;
                        const float v = plane[at];
                        if (v > bestValue || std::isnan(v)) {
                            best = at;
                            bestValue = v;
                        }
                    }
                }
                const std::size_t o = pl * outPlane + std::size_t(oy * ow + ox);
                y[o] = bestValue;
                (*argmax)[o] = std::uint32_t(pl * std::size_t(h * w) + std::size_t(best));
            }
        }
    }
    const auto xNode = x.node();
    return Var::fromOp({x.size(0), x.size(1), oh, ow}, std::move(y), {x}, [xNode, argmax](Node &self) {
        auto &dx = xNode->gradBuffer();
        for (std::size_t i = 0; i < self.grad.size(); ++i)
            dx[(*argmax)[i]] += self.grad[i];
    });
}

// ---- movement ops ---------------------------------------------------------------------------

Var reshape(const Var &x, Shape shape)
{
    const std::size_t total = x.numel();
    std::size_t known = 1;
    int inferred = -1;
    for (std::size_t i = 0; i < shape.size(); ++i) {
        if (shape[i] == -1) {
            if (inferred >= 0)
                throwRuntimeError("only one dimension can be inferred");
            inferred = int(i);
        } else if (shape[i] < 0) {
            throwRuntimeError("invalid shape dimension " + std::to_string(shape[i]));
        } else {
            known *= std::size_t(shape[i]);
        }
    }
    const auto invalid = [&] {
        throwRuntimeError("shape '[" + bracketList(shape, ", ") + "]' is invalid for input of size " + std::to_string(total));
    };
    if (inferred >= 0) {
        if (known == 0 || total % known != 0)
            invalid();
        shape[std::size_t(inferred)] = Dim(total / known);
    } else if (known != total) {
        invalid();
    }
    const auto xNode = x.node();
    return Var::fromOp(std::move(shape), x.value(), {x}, [xNode](Node &self) {
        axpy(1.0f, self.grad.data(), xNode->gradBuffer().data(), self.grad.size());
    });
}

Var flatten(const Var &x, Dim startDim, Dim endDim)
{
    return reshape(x, flattenShape(x.shape(), startDim, endDim));
}

Var permute(const Var &x, const std::vector<Dim> &dims)
{
    const Dim rank = x.dim();
    if (Dim(dims.size()) != rank)
        throwRuntimeError("permute(sparse_coo): number of dimensions in the tensor input does not match the length of "
                          "the desired ordering of dimensions i.e. input.dim() = "
                          + std::to_string(rank) + " is not equal to len(dims) = " + std::to_string(dims.size()));
    std::vector<Dim> wrapped(dims.size());
    std::vector<bool> used(dims.size(), false);
    for (std::size_t i = 0; i < dims.size(); ++i) {
        wrapped[i] = wrapDim(dims[i], rank);
        if (used[std::size_t(wrapped[i])])
            throwRuntimeError("permute(): duplicate dims are not allowed.");
        used[std::size_t(wrapped[i])] = true;
    }
    Shape shape(dims.size());
    for (std::size_t i = 0; i < dims.size(); ++i)
        shape[i] = x.shape()[std::size_t(wrapped[i])];
    auto offsets = std::make_shared<std::vector<std::uint32_t>>(permuteSourceOffsets(x.shape(), wrapped));
    std::vector<float> y(x.numel());
    const float *xv = x.value().data();
    for (std::size_t i = 0; i < y.size(); ++i)
        y[i] = xv[(*offsets)[i]];
    const auto xNode = x.node();
    return Var::fromOp(std::move(shape), std::move(y), {x}, [xNode, offsets](Node &self) {
        auto &dx = xNode->gradBuffer();
        for (std::size_t i = 0; i < self.grad.size(); ++i)
            dx[(*offsets)[i]] += self.grad[i];
    });
}

Var transpose(const Var &x, Dim dim0, Dim dim1)
{
    std::vector<Dim> dims(std::size_t(x.dim()));
    for (std::size_t i = 0; i < dims.size(); ++i)
        dims[i] = Dim(i);
    std::swap(dims[std::size_t(wrapDim(dim0, x.dim()))], dims[std::size_t(wrapDim(dim1, x.dim()))]);
    return permute(x, dims);
}

Var narrow(const Var &x, Dim dim, Dim start, Dim length)
{
    const Dim d = wrapDim(dim, x.dim());
    const Dim size = x.size(d);
    if (start < 0 || length < 0 || start + length > size)
        throwRuntimeError("start (" + std::to_string(start) + ") + length (" + std::to_string(length)
                          + ") exceeds dimension size (" + std::to_string(size) + ").");
    std::size_t outer = 1, inner = 1;
    for (Dim i = 0; i < d; ++i)
        outer *= std::size_t(x.size(i));
    for (Dim i = d + 1; i < x.dim(); ++i)
        inner *= std::size_t(x.size(i));
    const std::size_t chunk = std::size_t(length) * inner, rowIn = std::size_t(size) * inner, skip = std::size_t(start) * inner;
    std::vector<float> y(outer * chunk);
    for (std::size_t o = 0; o < outer; ++o)
        std::memcpy(y.data() + o * chunk, x.value().data() + o * rowIn + skip, chunk * sizeof(float));
    Shape shape = x.shape();
    shape[std::size_t(d)] = length;
    const auto xNode = x.node();
    return Var::fromOp(std::move(shape), std::move(y), {x}, [=](Node &self) {
        auto &dx = xNode->gradBuffer();
        for (std::size_t o = 0; o < outer; ++o)
            axpy(1.0f, self.grad.data() + o * chunk, dx.data() + o * rowIn + skip, chunk);
    });
}

// ---- loss -----------------------------------------------------------------------------------

Var crossEntropy(const Var &logits, const std::vector<int> &labels)
{
    if (logits.dim() != 2)
        throwRuntimeError("cross_entropy: expected (N, C) logits, got " + formatShape(logits.shape()));
    const std::size_t n = std::size_t(logits.size(0)), classes = std::size_t(logits.size(1));
    if (labels.size() != n)
        throwValueError("Expected input batch_size (" + std::to_string(n) + ") to match target batch_size ("
                        + std::to_string(labels.size()) + ").");
    for (int label : labels) {
        if (label < 0 || std::size_t(label) >= classes)
            throwIndexError("Target " + std::to_string(label) + " is out of bounds.");
    }
    // Softmax probabilities are kept for backward: d(mean NLL)/dz = (softmax(z) - onehot(y)) / N.
    auto probs = std::make_shared<std::vector<float>>(n * classes);
    double total = 0.0;
    for (std::size_t r = 0; r < n; ++r) {
        const float *z = logits.value().data() + r * classes;
        const float zmax = *std::max_element(z, z + classes);
        double sum = 0.0;
        for (std::size_t j = 0; j < classes; ++j)
            sum += std::exp(double(z[j] - zmax));
        const double logSumExp = double(zmax) + std::log(sum);
        total += logSumExp - double(z[labels[r]]);
        for (std::size_t j = 0; j < classes; ++j)
            (*probs)[r * classes + j] = float(std::exp(double(z[j]) - logSumExp));
    }
    const float loss = n ? float(total / double(n)) : std::numeric_limits<float>::quiet_NaN();
    const auto zNode = logits.node();
    return Var::fromOp({}, {loss}, {logits}, [=](Node &self) {
        const float scale = self.grad[0] / float(n);
        auto &dz = zNode->gradBuffer();
        for (std::size_t r = 0; r < n; ++r) {
            for (std::size_t j = 0; j < classes; ++j) {
                const float target = std::size_t(labels[r]) == j ? 1.0f : 0.0f;
                dz[r * classes + j] += ((*probs)[r * classes + j] - target) * scale;
            }
        }
    });
}

} // namespace ft::train
