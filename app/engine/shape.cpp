#include "shape.h"

#include "error.h"

#include <algorithm>

namespace ft {

std::optional<Dim> checkedNumel(const Shape &shape)
{
    Dim product = 1;
    for (Dim size : shape) {
        if (size < 0)
            return std::nullopt;
        if (__builtin_mul_overflow(product, size, &product))
            return std::nullopt;
    }
    return product;
}

Dim wrapDim(Dim dim, Dim rank)
{
    // PyTorch's maybe_wrap_dim with wrap_scalar: a 0-d tensor accepts dims as if it were 1-d.
    const Dim effectiveRank = rank <= 0 ? 1 : rank;
    const Dim min = -effectiveRank;
    const Dim max = effectiveRank - 1;
    if (dim < min || dim > max) {
        throwIndexError("Dimension out of range (expected to be in range of [" + std::to_string(min) + ", "
                        + std::to_string(max) + "], but got " + std::to_string(dim) + ")");
    }
    return dim < 0 ? dim + effectiveRank : dim;
}

Shape flattenShape(const Shape &shape, Dim startDim, Dim endDim)
{
    const Dim rank = Dim(shape.size());
    const Dim start = wrapDim(startDim, rank);
    const Dim end = wrapDim(endDim, rank);
    if (start > end)
        throwRuntimeError("flatten() has invalid args: start_dim cannot come after end_dim");
    if (rank == 0)
        return Shape{1};
    if (start == end)
        return shape;

    // PyTorch multiplies the merged sizes in int64 and lets the product wrap around. Only a
    // tensor without elements (a size 0 somewhere) can have such sizes in PyTorch: the wrapped
    // product is then its merged size, and reshape refuses a negative one. A tensor with
    // elements whose product overflows could never be created, so the engine says so instead.
    std::uint64_t wrapped = 1;
    bool overflow = false;
    for (Dim i = start; i <= end; ++i)
        overflow |= __builtin_mul_overflow(wrapped, std::uint64_t(shape[size_t(i)]), &wrapped);
    Dim merged = Dim(wrapped);
    overflow |= merged < 0;
    if (overflow) {
        if (std::find(shape.begin(), shape.end(), Dim(0)) == shape.end())
            throwRuntimeError("flatten(): the flattened size overflows int64");
        if (merged < 0)
            throwRuntimeError("invalid shape dimension " + std::to_string(merged));
    }
    Shape result(shape.begin(), shape.begin() + start);
    result.push_back(merged);
    result.insert(result.end(), shape.begin() + end + 1, shape.end());
    return result;
}

std::string formatShape(const Shape &shape)
{
    std::string text = "(";
    for (size_t i = 0; i < shape.size(); ++i) {
        if (i)
            text += ", ";
        text += std::to_string(shape[i]);
    }
    if (shape.size() == 1)
        text += ",";
    return text + ")";
}

} // namespace ft
