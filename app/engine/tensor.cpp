// tensor.cpp — see tensor.h
#include "engine/tensor.h"

#include "engine/error.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <string>

namespace ft {

namespace {

// Strides and offsets are computed in wrapping (mod 2^64) arithmetic: only shape-only tensors can
// have sizes whose strides overflow, and for them strides only feed the view rules, which compare
// them consistently. Wrapping keeps that well-defined instead of undefined behaviour.
Dim wrappingMul(Dim a, Dim b)
{
    return Dim(std::uint64_t(a) * std::uint64_t(b));
}

[[noreturn]] void throwShapeOnly(const char *what)
{
    throw std::logic_error(std::string("Tensor::") + what
                           + ": the tensor has no values (it is shape-only or undefined)");
}

} // namespace

Shape contiguousStrides(const Shape &sizes)
{
    Shape strides(sizes.size());
    Dim running = 1;
    for (size_t i = sizes.size(); i-- > 0;) {
        strides[i] = running;
        running = wrappingMul(running, std::max<Dim>(sizes[i], 1));
    }
    return strides;
}

std::optional<Shape> computeViewStrides(const Shape &oldSizes, const Shape &oldStrides, const Shape &newSizes)
{
    // A 0-d tensor holds one element: every shape of one element views it with strides of 1.
    if (oldSizes.empty())
        return Shape(newSizes.size(), 1);

    // With no elements, strides are arbitrary: keep them if nothing changes, otherwise use the
    // strides a fresh tensor would get (NumPy does the same).
    const bool empty = std::find(oldSizes.begin(), oldSizes.end(), Dim(0)) != oldSizes.end();
    if (empty && oldSizes == newSizes)
        return oldStrides;
    if (empty)
        return contiguousStrides(newSizes);

    // Split the old dims into chunks whose elements are evenly spaced (stride[i] == size[i+1] *
    // stride[i+1], dims of size 1 never break a chunk). The new shape is viewable exactly when it
    // splits into chunks with the same element counts; each new chunk inherits the spacing of
    // the old one. Walking from the last dim keeps every chunk's base stride at hand.
    Shape newStrides(newSizes.size());
    Dim viewD = Dim(newSizes.size()) - 1;
    Dim chunkBaseStride = oldStrides.back();
    Dim tensorNumel = 1;
    Dim viewNumel = 1;
    for (Dim tensorD = Dim(oldSizes.size()) - 1; tensorD >= 0; --tensorD) {
        tensorNumel = wrappingMul(tensorNumel, oldSizes[size_t(tensorD)]);
        const bool chunkEnds = tensorD == 0
            || (oldSizes[size_t(tensorD - 1)] != 1
                && oldStrides[size_t(tensorD - 1)] != wrappingMul(tensorNumel, chunkBaseStride));
        if (!chunkEnds)
            continue;
        while (viewD >= 0 && (viewNumel < tensorNumel || newSizes[size_t(viewD)] == 1)) {
            newStrides[size_t(viewD)] = wrappingMul(viewNumel, chunkBaseStride);
            viewNumel = wrappingMul(viewNumel, newSizes[size_t(viewD)]);
            --viewD;
        }
        if (viewNumel != tensorNumel)
            return std::nullopt;
        if (tensorD > 0) {
            chunkBaseStride = oldStrides[size_t(tensorD - 1)];
            tensorNumel = 1;
            viewNumel = 1;
        }
    }
    if (viewD != -1)
        return std::nullopt;
    return newStrides;
}

// --- factories ---------------------------------------------------------------------------------

Tensor Tensor::zeros(const Shape &sizes)
{
    return full(sizes, 0.0f);
}

Tensor Tensor::full(const Shape &sizes, float value)
{
    checkNoNegativeSizes(sizes);
    checkStorageSize(sizes);
    const Dim count = *checkedNumel(sizes); // cannot overflow after checkStorageSize
    if (count > kMaxAllocElements) {
        throwRuntimeError("a tensor of shape " + formatSizeList(sizes) + " has " + std::to_string(count)
                          + " elements, more than the " + std::to_string(kMaxAllocElements)
                          + " this engine allocates");
    }
    Tensor t = shapeOnly(sizes);
    t.m_storage = std::make_shared<std::vector<float>>(size_t(count), value);
    return t;
}

Tensor Tensor::arange(const Shape &sizes)
{
    Tensor t = zeros(sizes);
    std::iota(t.m_storage->begin(), t.m_storage->end(), 0.0f);
    return t;
}

Tensor Tensor::fromValues(const Shape &sizes, std::vector<float> values)
{
    checkNoNegativeSizes(sizes);
    const auto count = checkedNumel(sizes);
    if (!count || *count != Dim(values.size())) {
        throw std::invalid_argument("Tensor::fromValues: " + std::to_string(values.size())
                                    + " values do not fill shape " + formatSizeList(sizes));
    }
    Tensor t = shapeOnly(sizes);
    t.m_storage = std::make_shared<std::vector<float>>(std::move(values));
    return t;
}

Tensor Tensor::shapeOnly(const Shape &sizes)
{
    checkNoNegativeSizes(sizes);
    Tensor t;
    t.m_sizes = sizes;
    t.m_strides = contiguousStrides(sizes);
    t.m_defined = true;
    return t;
}

Tensor Tensor::zerosOrShapeOnly(const Shape &sizes)
{
    checkNoNegativeSizes(sizes);
    const auto count = checkedNumel(sizes);
    if (count && *count <= kMaxAllocElements)
        return zeros(sizes);
    return shapeOnly(sizes);
}

// --- properties --------------------------------------------------------------------------------

Dim Tensor::size(Dim d) const
{
    if (m_sizes.empty()) // PyTorch: x.size(0) on a 0-d tensor
        throwIndexError("Dimension specified as " + std::to_string(d) + " but tensor has no dimensions");
    return m_sizes[size_t(wrapDim(d, dim()))];
}

Dim Tensor::stride(Dim d) const
{
    if (m_sizes.empty())
        throwIndexError("Dimension specified as " + std::to_string(d) + " but tensor has no dimensions");
    return m_strides[size_t(wrapDim(d, dim()))];
}

Dim Tensor::numel() const
{
    const auto count = checkedNumel(m_sizes);
    if (!count)
        throwRuntimeError("the number of elements of shape " + formatSizeList(m_sizes) + " does not fit in int64");
    return *count;
}

bool Tensor::isContiguous() const
{
    // PyTorch's compute_contiguous: an empty tensor is contiguous whatever its strides, and
    // a dim of size 1 may have any stride because it is never stepped over.
    if (std::find(m_sizes.begin(), m_sizes.end(), Dim(0)) != m_sizes.end())
        return true;
    Dim expected = 1;
    for (size_t i = m_sizes.size(); i-- > 0;) {
        if (m_sizes[i] == 1)
            continue;
        if (m_strides[i] != expected)
            return false;
        expected = wrappingMul(expected, m_sizes[i]);
    }
    return true;
}

bool Tensor::sharesStorageWith(const Tensor &other) const
{
    return m_storage != nullptr && m_storage == other.m_storage;
}

// --- values ------------------------------------------------------------------------------------

void Tensor::requireValues(const char *what) const
{
    if (!m_storage)
        throwShapeOnly(what);
}

Dim Tensor::linearIndex(const std::vector<Dim> &index) const
{
    if (index.size() != m_sizes.size()) {
        throw std::out_of_range("Tensor: index has " + std::to_string(index.size()) + " entries for a tensor of rank "
                                + std::to_string(m_sizes.size()));
    }
    Dim position = m_offset;
    for (size_t i = 0; i < index.size(); ++i) {
        if (index[i] < 0 || index[i] >= m_sizes[i]) {
            throw std::out_of_range("Tensor: index " + std::to_string(index[i]) + " is out of range for dim "
                                    + std::to_string(i) + " of size " + std::to_string(m_sizes[i]));
        }
        position += index[i] * m_strides[i];
    }
    return position;
}

float Tensor::at(const std::vector<Dim> &index) const
{
    requireValues("at");
    return (*m_storage)[size_t(linearIndex(index))];
}

void Tensor::set(const std::vector<Dim> &index, float value)
{
    requireValues("set");
    (*m_storage)[size_t(linearIndex(index))] = value;
}

float Tensor::item() const
{
    requireValues("item");
    if (numel() != 1)
        throw std::logic_error("Tensor::item: the tensor has " + std::to_string(numel()) + " elements, not 1");
    return (*m_storage)[size_t(m_offset)];
}

std::vector<float> Tensor::values() const
{
    requireValues("values");
    const Dim count = numel();
    std::vector<float> out;
    out.reserve(size_t(count));
    if (count == 0)
        return out;
    const float *base = m_storage->data() + m_offset;
    if (isContiguous()) // the common case: one block copy
        return std::vector<float>(base, base + count);

    // Odometer over the outer dims; the innermost dim is a tight strided loop. `position`
    // follows the odometer incrementally instead of being recomputed from the index.
    const size_t rank = m_sizes.size();
    const Dim innerSize = m_sizes[rank - 1];
    const Dim innerStride = m_strides[rank - 1];
    std::vector<Dim> index(rank, 0);
    Dim position = 0;
    for (Dim n = 0; n < count; n += innerSize) {
        const float *row = base + position;
        for (Dim i = 0; i < innerSize; ++i)
            out.push_back(row[i * innerStride]);
        for (size_t d = rank - 1; d-- > 0;) {
            if (++index[d] < m_sizes[d]) {
                position += m_strides[d];
                break;
            }
            position -= (m_sizes[d] - 1) * m_strides[d];
            index[d] = 0;
        }
    }
    return out;
}

const float *Tensor::data() const
{
    requireValues("data");
    if (!isContiguous())
        throw std::logic_error("Tensor::data: the tensor is not contiguous; call contiguous() first");
    return m_storage->data() + m_offset;
}

float *Tensor::data()
{
    requireValues("data");
    if (!isContiguous())
        throw std::logic_error("Tensor::data: the tensor is not contiguous; call contiguous() first");
    return m_storage->data() + m_offset;
}

// --- movement ops ------------------------------------------------------------------------------

Tensor Tensor::aliasWith(Shape sizes, Shape strides, Dim offset) const
{
    Tensor t = *this;
    t.m_sizes = std::move(sizes);
    t.m_strides = std::move(strides);
    t.m_offset = offset;
    return t;
}

Tensor Tensor::flatten(Dim startDim, Dim endDim) const
{
    const Dim start = wrapDim(startDim, dim());
    const Dim end = wrapDim(endDim, dim());
    if (start > end)
        throwRuntimeError("flatten() has invalid args: start_dim cannot come after end_dim");
    // A 0-d tensor becomes a 1-element vector; it is always a view (one element needs no layout).
    if (dim() == 0)
        return reshape({1});
    // Nothing to merge: PyTorch returns the tensor itself, not even a new view.
    if (start == end)
        return *this;
    // flattenShape multiplies only the merged sizes, so (0, 1, 3, 0) with dims 1..2 gives
    // (0, 3, 0); handing reshape a -1 instead would be ambiguous for empty tensors.
    // The target shape is exact (no -1), so no element count is needed: a shape-only tensor
    // whose total count overflows int64 still flattens the dims whose product fits.
    return reshapeTo(flattenShape(m_sizes, start, end));
}

Tensor Tensor::unflatten(Dim dimension, const Shape &sizes) const
{
    return view(unflattenShape(m_sizes, dimension, sizes));
}

Tensor Tensor::view(const Shape &sizes) const
{
    Shape shape = inferSize(sizes, numel());
    auto strides = computeViewStrides(m_sizes, m_strides, shape);
    if (!strides) {
        throwRuntimeError("view size is not compatible with input tensor's size and stride (at least one dimension "
                          "spans across two contiguous subspaces). Use .reshape(...) instead.");
    }
    return aliasWith(std::move(shape), std::move(*strides), m_offset);
}

Tensor Tensor::reshape(const Shape &sizes) const
{
    return reshapeTo(inferSize(sizes, numel()));
}

Tensor Tensor::reshapeTo(Shape shape) const
{
    if (auto strides = computeViewStrides(m_sizes, m_strides, shape))
        return aliasWith(std::move(shape), std::move(*strides), m_offset);
    // Not viewable: PyTorch clones into a contiguous tensor and views that.
    Tensor copy = clone();
    copy.m_sizes = shape;
    copy.m_strides = contiguousStrides(shape);
    return copy;
}

Tensor Tensor::permute(const std::vector<Dim> &dims) const
{
    if (Dim(dims.size()) != dim()) {
        // "sparse_coo" is really in PyTorch 1.13's text for dense tensors too.
        throwRuntimeError("permute(sparse_coo): number of dimensions in the tensor input does not match the length of "
                          "the desired ordering of dimensions i.e. input.dim() = "
                          + std::to_string(dim()) + " is not equal to len(dims) = " + std::to_string(dims.size()));
    }
    // Each dim is wrapped and checked before the next is looked at, so (0, 0, 5) reports the
    // duplicate and (5, 0, 0) the range.
    Shape sizes(dims.size());
    Shape strides(dims.size());
    std::vector<bool> seen(dims.size(), false);
    for (size_t i = 0; i < dims.size(); ++i) {
        const Dim d = wrapDim(dims[i], dim());
        if (seen[size_t(d)])
            throwRuntimeError("permute(): duplicate dims are not allowed.");
        seen[size_t(d)] = true;
        sizes[i] = m_sizes[size_t(d)];
        strides[i] = m_strides[size_t(d)];
    }
    return aliasWith(std::move(sizes), std::move(strides), m_offset);
}

Tensor Tensor::squeeze() const
{
    Shape sizes;
    Shape strides;
    for (size_t i = 0; i < m_sizes.size(); ++i) {
        if (m_sizes[i] != 1) {
            sizes.push_back(m_sizes[i]);
            strides.push_back(m_strides[i]);
        }
    }
    return aliasWith(std::move(sizes), std::move(strides), m_offset);
}

Tensor Tensor::squeeze(Dim dim) const
{
    const Dim d = wrapDim(dim, this->dim());
    Shape sizes = m_sizes;
    Shape strides = m_strides;
    if (this->dim() > 0 && sizes[size_t(d)] == 1) {
        sizes.erase(sizes.begin() + std::ptrdiff_t(d));
        strides.erase(strides.begin() + std::ptrdiff_t(d));
    }
    return aliasWith(std::move(sizes), std::move(strides), m_offset);
}

Tensor Tensor::unsqueeze(Dim dim) const
{
    const Dim d = wrapDim(dim, this->dim() + 1);
    Shape sizes = m_sizes;
    Shape strides = m_strides;
    // PyTorch's inferUnsqueezeGeometry: the new dim's stride spans the dim it is put before.
    const Dim stride = d >= this->dim() ? 1 : sizes[size_t(d)] * strides[size_t(d)];
    sizes.insert(sizes.begin() + std::ptrdiff_t(d), 1);
    strides.insert(strides.begin() + std::ptrdiff_t(d), stride);
    return aliasWith(std::move(sizes), std::move(strides), m_offset);
}

Tensor Tensor::transpose(Dim dim0, Dim dim1) const
{
    const Dim a = wrapDim(dim0, dim());
    const Dim b = wrapDim(dim1, dim());
    Tensor t = aliasWith(m_sizes, m_strides, m_offset);
    if (dim() == 0 || a == b)
        return t;
    std::swap(t.m_sizes[size_t(a)], t.m_sizes[size_t(b)]);
    std::swap(t.m_strides[size_t(a)], t.m_strides[size_t(b)]);
    return t;
}

Tensor Tensor::narrow(Dim dimension, Dim start, Dim length) const
{
    if (dim() == 0)
        throwRuntimeError("narrow() cannot be applied to a 0-dim tensor.");
    const Dim d = wrapDim(dimension, dim());
    const Dim current = m_sizes[size_t(d)];
    // PyTorch wraps a negative start like a dim of a tensor of rank `current` (so its range
    // error reads "Dimension out of range"); start == current is allowed for an empty slice.
    if (start != current)
        start = wrapDim(start, current);
    if (length < 0 || start > current - length) {
        throwRuntimeError("start (" + std::to_string(start) + ") + length (" + std::to_string(length)
                          + ") exceeds dimension size (" + std::to_string(current) + ").");
    }
    Tensor t = aliasWith(m_sizes, m_strides, m_offset + wrappingMul(start, m_strides[size_t(d)]));
    t.m_sizes[size_t(d)] = length;
    return t;
}

Tensor Tensor::asStrided(const Shape &sizes, const Shape &strides, Dim storageOffset) const
{
    if (sizes.size() != strides.size()) {
        throwRuntimeError("mismatch in length of strides and shape");
    }
    for (Dim s : strides) {
        if (s < 0)
            throwRuntimeError("as_strided: Negative strides are not supported at the moment, got strides: "
                              + formatSizeList(strides));
    }
    if (storageOffset < 0)
        throwRuntimeError("Tensor: invalid storage offset " + std::to_string(storageOffset));

    // PyTorch's computeStorageNbytes: 0 bytes when any size is 0, else the furthest element + 1,
    // all in overflow-checked arithmetic (a negative size shows up as an overflow there).
    bool overflowed = false;
    std::uint64_t needed = 0;
    const bool anyZero = std::find(sizes.begin(), sizes.end(), Dim(0)) != sizes.end();
    if (!anyZero) {
        std::uint64_t furthest = 0;
        for (size_t i = 0; i < sizes.size(); ++i) {
            std::uint64_t step = 0;
            // In uint64 before subtracting: sizes[i] - 1 would overflow for the most negative size.
            overflowed |= __builtin_mul_overflow(std::uint64_t(sizes[i]) - 1, std::uint64_t(strides[i]), &step);
            overflowed |= __builtin_add_overflow(furthest, step, &furthest);
        }
        overflowed |= __builtin_add_overflow(furthest, std::uint64_t(storageOffset) + 1, &needed);
        overflowed |= __builtin_mul_overflow(needed, std::uint64_t(sizeof(float)), &needed);
        overflowed |= needed > std::uint64_t(std::numeric_limits<Dim>::max());
    }
    if (overflowed) {
        throwRuntimeError("Storage size calculation overflowed with sizes=" + formatSizeList(sizes)
                          + " and strides=" + formatSizeList(strides));
    }
    if (m_storage) {
        const std::uint64_t available = m_storage->size() * sizeof(float);
        if (needed > available) {
            throwRuntimeError("setStorage: sizes " + formatSizeList(sizes) + ", strides " + formatSizeList(strides)
                              + ", storage offset " + std::to_string(storageOffset) + ", and itemsize "
                              + std::to_string(sizeof(float)) + " requiring a storage size of " + std::to_string(needed)
                              + " are out of bounds for storage of size " + std::to_string(available));
        }
    }
    return aliasWith(sizes, strides, storageOffset);
}

Tensor Tensor::contiguous() const
{
    if (isContiguous())
        return *this;
    return clone();
}

Tensor Tensor::clone() const
{
    Tensor copy = m_storage ? fromValues(m_sizes, values()) : shapeOnly(m_sizes);
    return copy.labelledLike(*this);
}

Tensor Tensor::withDtype(DType dtype) const
{
    Tensor t = *this;
    t.m_dtype = dtype;
    t.m_valueRange.reset();
    return t;
}

Tensor Tensor::withValueRange(std::int64_t low, std::int64_t high) const
{
    Tensor t = *this;
    t.m_valueRange = std::make_pair(low, high);
    return t;
}

Tensor Tensor::labelledLike(const Tensor &other) const
{
    Tensor t = *this;
    t.m_dtype = other.m_dtype;
    t.m_valueRange = other.m_valueRange;
    return t;
}

// --- elementwise helpers -----------------------------------------------------------------------

Tensor Tensor::map(const std::function<float(float)> &fn) const
{
    std::vector<float> data = values();
    for (float &v : data)
        v = fn(v);
    return fromValues(m_sizes, std::move(data));
}

Tensor Tensor::zipWith(const Tensor &other, const std::function<float(float, float)> &fn) const
{
    if (m_sizes != other.m_sizes) {
        throw std::invalid_argument("Tensor::zipWith: shapes " + formatSizeList(m_sizes) + " and "
                                    + formatSizeList(other.m_sizes) + " differ");
    }
    std::vector<float> a = values();
    const std::vector<float> b = other.values();
    for (size_t i = 0; i < a.size(); ++i)
        a[i] = fn(a[i], b[i]);
    return fromValues(m_sizes, std::move(a));
}

double Tensor::sum() const
{
    double total = 0.0;
    for (float v : values())
        total += v;
    return total;
}

} // namespace ft
