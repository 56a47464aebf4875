// tensor.h — a strided float32 tensor that behaves like torch.Tensor for movement ops.
//
// A Tensor is a view: (sizes, strides, storage offset) over shared storage. Layout invariant for a
// contiguous tensor: strides[rank-1] == 1 and strides[i] == strides[i+1] * sizes[i+1].
// Movement ops follow PyTorch's rules for view-vs-copy: view/permute/transpose/unflatten/narrow
// always return views (or throw when the memory does not allow it); flatten/reshape return a view
// when the strides allow it and fall back to a copy otherwise; contiguous copies only when needed.
// Values are always read in row-major (C) order of the logical shape.
//
// A tensor may be "shape-only" (no storage): used when the element count is too large to
// allocate, so shapes can still be traced. Movement ops work on it exactly as on a real tensor
// (same shapes, strides and errors); value accessors (at/set/values/data/item/map/sum) throw
// std::logic_error, because asking a shape-only tensor for values is a programming error, not
// something PyTorch would report. The same holds for an undefined (default-constructed) tensor.
//
// Errors PyTorch would raise are ft::TorchError with PyTorch's type and exact first message line.
//
//     auto x = ft::Tensor::arange({2, 3, 4});      // values 0..23
//     auto y = x.flatten(1);                       // (2, 12), a view: y.sharesStorageWith(x)
//     auto z = x.transpose(0, 2).flatten();        // not viewable -> copy, values in new order
#pragma once

#include "engine/shape.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace ft {

// The element types a trace follows: float32 (torch.zeros' default) and int64 (token ids, what
// nn.Embedding takes).
enum class DType { Float32, Int64 };

class Tensor
{
public:
    // Largest element count the engine will allocate; larger tensors are shape-only.
    static constexpr Dim kMaxAllocElements = Dim(1) << 28;

    Tensor() = default; // an undefined tensor (rank 0, no storage, isDefined() == false)

    // Factories. Negative sizes throw PyTorch's "Trying to create tensor with negative dimension
    // -1: [-1, 3]"; a byte count overflowing int64 throws "Storage size calculation overflowed
    // with sizes=[...]"; more than kMaxAllocElements elements throws a RuntimeError naming the limit.
    static Tensor zeros(const Shape &sizes);
    static Tensor full(const Shape &sizes, float value);
    // 0, 1, 2, ... in row-major order; the easiest way to see element order.
    static Tensor arange(const Shape &sizes);
    // Takes values in row-major order; values.size() must equal the element count
    // (std::invalid_argument otherwise).
    static Tensor fromValues(const Shape &sizes, std::vector<float> values);
    // No storage: only the shape is known. Negative sizes throw like zeros(); any size is accepted
    // otherwise (even one whose element count overflows int64).
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
    Dim stride(Dim d) const; // wraps negative d
    Dim numel() const;       // throws RuntimeError on overflow
    // PyTorch's is_contiguous(): sizes of 1 are ignored, any tensor with 0 elements is contiguous.
    bool isContiguous() const;
    // True when both tensors read the same storage (PyTorch: a view of the other or of its base).
    bool sharesStorageWith(const Tensor &other) const;

    // Element at a multi-index (wraps nothing; out-of-range indices throw std::out_of_range).
    float at(const std::vector<Dim> &index) const;
    void set(const std::vector<Dim> &index, float value);
    // The single element of a tensor with numel() == 1 (std::logic_error otherwise).
    float item() const;
    // All values in row-major order of the logical shape.
    std::vector<float> values() const;
    // Pointer to the first element; only valid when isContiguous() && hasStorage()
    // (std::logic_error otherwise). Writing through data() writes into every view of the storage.
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
    // Tensor.narrow(dim, start, length): a view of `length` entries of `dim` from `start`
    // (x[:, start:start+length] for dim 1). start may be negative.
    Tensor narrow(Dim dim, Dim start, Dim length) const;
    // Tensor.as_strided(sizes, strides, offset): a view with any layout inside the storage
    // (PyTorch's bounds and negative-stride errors). Useful to build non-contiguous inputs.
    Tensor asStrided(const Shape &sizes, const Shape &strides, Dim storageOffset) const;
    // Tensor.squeeze(): a view without every dim of size 1 (a batch of one included).
    // Tensor.squeeze(dim): without that dim if its size is 1, else the same shape; dim wraps.
    Tensor squeeze() const;
    Tensor squeeze(Dim dim) const;
    // Tensor.unsqueeze(dim): a view with a new dim of size 1 before `dim` (-1 appends);
    // dim ranges over [-(rank+1), rank].
    Tensor unsqueeze(Dim dim) const;
    // Itself when already contiguous, else a row-major copy.
    Tensor contiguous() const;
    // A new tensor with its own storage and the same values, always in contiguous layout
    // (torch's clone() would keep a permuted layout; nothing here depends on that).
    Tensor clone() const;

    // Elementwise helpers for forward passes; all return new contiguous tensors.
    // fn applied to every value.
    Tensor map(const std::function<float(float)> &fn) const;
    // fn(a, b) for two tensors of exactly the same shape (std::invalid_argument otherwise).
    Tensor zipWith(const Tensor &other, const std::function<float(float, float)> &fn) const;
    // Sum of all values, accumulated in double.
    double sum() const;

    // The element type PyTorch's tensor would have. Values are always held as float; the type is
    // a label that views, reshapes and copies keep (torch.zeros(..., dtype=torch.long) in a
    // learner's code). Factories make float32.
    DType dtype() const { return m_dtype; }
    // The same tensor (a view of the same storage) labelled with another element type.
    Tensor withDtype(DType dtype) const;
    // Bounds [low, high] its values are known to lie in, when a shape-only tensor's maker knew them
    // (torch.randint(0, 100, ...) gives [0, 99]); a label views and copies keep, like dtype().
    std::optional<std::pair<std::int64_t, std::int64_t>> valueRange() const { return m_valueRange; }
    Tensor withValueRange(std::int64_t low, std::int64_t high) const;
    // This tensor with `other`'s labels (dtype and value range): an op that only moves elements.
    Tensor labelledLike(const Tensor &other) const;

private:
    // reshape() once -1 is resolved: a view when computeViewStrides allows it, else a copy.
    Tensor reshapeTo(Shape shape) const;
    Tensor aliasWith(Shape sizes, Shape strides, Dim offset) const;
    void requireValues(const char *what) const;
    Dim linearIndex(const std::vector<Dim> &index) const;

    std::shared_ptr<std::vector<float>> m_storage;
    Shape m_sizes;
    Shape m_strides;
    Dim m_offset = 0;
    bool m_defined = false;
    DType m_dtype = DType::Float32;
    std::optional<std::pair<std::int64_t, std::int64_t>> m_valueRange;
};

// Contiguous strides for a shape (row-major). Like PyTorch, a size of 0 counts as 1 here, so
// strides stay meaningful for empty tensors: (2, 0, 3) -> (3, 3, 1).
Shape contiguousStrides(const Shape &sizes);

// PyTorch's computeStride (ATen/TensorUtils.cpp): the strides a view of shape `newSizes` needs so
// that it reads the same elements as (oldSizes, oldStrides), or nullopt when no such view exists.
std::optional<Shape> computeViewStrides(const Shape &oldSizes, const Shape &oldStrides, const Shape &newSizes);

} // namespace ft
