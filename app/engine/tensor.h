// tensor.h — a strided float32 tensor that behaves like torch.Tensor for movement ops.
//
// A Tensor is a view: (sizes, strides, storage offset) over shared storage. Layout invariant for a
// contiguous tensor: strides[rank-1] == 1 and strides[i] == strides[i+1] * sizes[i+1].
// Movement ops follow PyTorch's rules for view-vs-copy: view/permute/transpose/unflatten always
// return views (or throw when the memory does not allow it); flatten/reshape return a view when
// the strides allow it and fall back to a copy otherwise; contiguous copies only when needed.
// Values are always read in row-major (C) order of the logical shape.
//
// A tensor may be "shape-only" (no storage): used when the element count is too large to
// allocate, so shapes can still be traced. Value accessors on a shape-only tensor throw.
//
//     auto x = ft::Tensor::arange({2, 3, 4});      // values 0..23
//     auto y = x.flatten(1);                       // (2, 12), a view: y.sharesStorageWith(x)
//     auto z = x.transpose(0, 2).flatten();        // not viewable -> copy, values in new order
#pragma once

#include "shape.h"

#include <memory>
#include <vector>

namespace ft {

class Tensor
{
public:
    // Largest element count the engine will allocate; larger tensors are shape-only.
    static constexpr Dim kMaxAllocElements = Dim(1) << 28;

    Tensor() = default; // an undefined tensor (rank 0, no storage, isDefined() == false)

    static Tensor zeros(const Shape &sizes);
    static Tensor full(const Shape &sizes, float value);
    // 0, 1, 2, ... in row-major order; the easiest way to see element order.
    static Tensor arange(const Shape &sizes);
    // Takes values in row-major order; values.size() must equal the element count.
    static Tensor fromValues(const Shape &sizes, std::vector<float> values);
    // No storage: only the shape is known.
    static Tensor shapeOnly(const Shape &sizes);
    // zeros() when the element count is allocatable, shapeOnly() otherwise (or on overflow).
    static Tensor zerosOrShapeOnly(const Shape &sizes);

    bool isDefined() const { return m_defined; }
    bool hasStorage() const { return m_storage != nullptr; }
    const Shape &sizes() const { return m_sizes; }
    const Shape &strides() const { return m_strides; }
    Dim storageOffset() const { return m_offset; }
    Dim dim() const { return Dim(m_sizes.size()); }
    Dim size(Dim d) const;   // wraps negative d
    Dim numel() const;       // throws RuntimeError on overflow
    bool isContiguous() const;
    bool sharesStorageWith(const Tensor &other) const;

    // Element at a multi-index (wraps nothing; indices must be in range).
    float at(const std::vector<Dim> &index) const;
    void set(const std::vector<Dim> &index, float value);
    // All values in row-major order of the logical shape.
    std::vector<float> values() const;
    // Pointer to the first element; only valid when isContiguous() && hasStorage().
    const float *data() const;
    float *data();

    // torch.flatten: view when possible, else copy. 0-d -> (1,). start == end -> the same view.
    Tensor flatten(Dim startDim = 0, Dim endDim = -1) const;
    // Tensor.unflatten(dim, sizes): always a view; sizes may contain one -1.
    Tensor unflatten(Dim dim, const Shape &sizes) const;
    // Tensor.view: a view or RuntimeError ("view size is not compatible with input tensor's size and stride ...").
    Tensor view(const Shape &sizes) const;
    // Tensor.reshape: view when possible, else a contiguous copy. Accepts one -1.
    Tensor reshape(const Shape &sizes) const;
    // Always views.
    Tensor permute(const std::vector<Dim> &dims) const;
    Tensor transpose(Dim dim0, Dim dim1) const;
    // Itself when already contiguous, else a row-major copy.
    Tensor contiguous() const;
    // A new tensor with its own storage and the same values.
    Tensor clone() const;

private:
    std::shared_ptr<std::vector<float>> m_storage;
    Shape m_sizes;
    Shape m_strides;
    Dim m_offset = 0;
    bool m_defined = false;
};

// Contiguous strides for a shape (row-major).
Shape contiguousStrides(const Shape &sizes);

// Infers a single -1 in `sizes` for `numel` elements; PyTorch's errors otherwise
// ("shape '[-1, 5]' is invalid for input of size 12", "only one dimension can be inferred").
Shape inferSize(const Shape &sizes, Dim numel);

} // namespace ft
