#include "engine/shape.h"

#include "engine/error.h"

#include <algorithm>
#include <cstdint>
#include <limits>

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

DimRange dimRange(Dim rank)
{
    // PyTorch's maybe_wrap_dim with wrap_scalar: a 0-d tensor accepts dims as if it were 1-d.
    const Dim effectiveRank = rank <= 0 ? 1 : rank;
    return {-effectiveRank, effectiveRank - 1};
}

std::optional<Dim> tryWrapDim(Dim dim, Dim rank)
{
    const DimRange range = dimRange(rank);
    if (dim < range.low || dim > range.high)
        return std::nullopt;
    return dim < 0 ? dim - range.low : dim;
}

Dim wrapDim(Dim dim, Dim rank)
{
    if (const std::optional<Dim> wrapped = tryWrapDim(dim, rank))
        return *wrapped;
    const DimRange range = dimRange(rank);
    throwIndexError("Dimension out of range (expected to be in range of [" + std::to_string(range.low) + ", "
                        + std::to_string(range.high) + "], but got " + std::to_string(dim) + ")",
                    ErrorKind::DimOutOfRange, ErrorDetails{.got = dim, .low = range.low, .high = range.high});
}

Shape flattenShape(const Shape &shape, Dim startDim, Dim endDim)
{
    const Dim rank = Dim(shape.size());
    const Dim start = wrapDim(startDim, rank);
    const Dim end = wrapDim(endDim, rank);
    if (start > end)
        throwRuntimeError("flatten() has invalid args: start_dim cannot come after end_dim", ErrorKind::StartAfterEnd,
                          ErrorDetails{.low = start, .high = end});
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

Shape inferSize(const Shape &sizes, Dim numel)
{
    // PyTorch's infer_size_impl. One difference: PyTorch multiplies the known sizes in int64 and
    // lets an overflow wrap silently; here an overflowing product can never match, so it reports
    // the ordinary "is invalid for input of size" error.
    Dim known = 1;
    bool overflowed = false;
    std::optional<size_t> inferred;
    for (size_t i = 0; i < sizes.size(); ++i) {
        if (sizes[i] == -1) {
            if (inferred)
                throwRuntimeError("only one dimension can be inferred", ErrorKind::MultipleInferred);
            inferred = i;
        } else if (sizes[i] >= 0) {
            overflowed |= __builtin_mul_overflow(known, sizes[i], &known);
        } else {
            throwRuntimeError("invalid shape dimension " + std::to_string(sizes[i]));
        }
    }
    if (!overflowed && (numel == known || (inferred && known > 0 && numel % known == 0))) {
        Shape result = sizes;
        if (inferred) {
            // Only reachable with known == 0 when numel == 0 too: then -1 could be anything, and
            // PyTorch refuses to guess.
            if (known == 0) {
                throwRuntimeError("cannot reshape tensor of 0 elements into shape " + formatSizeList(sizes)
                                  + " because the unspecified dimension size -1 can be any value and is ambiguous");
            }
            result[*inferred] = numel / known;
        }
        return result;
    }
    throwRuntimeError("shape '" + formatSizeList(sizes) + "' is invalid for input of size " + std::to_string(numel),
                      ErrorKind::InvalidView, ErrorDetails{.input = sizes, .got = numel});
}

Shape unflattenShape(const Shape &shape, Dim dim, const Shape &sizes)
{
    // Checked in Python (torch/_tensor.py) before the dim is even looked at.
    if (sizes.empty())
        throwRuntimeError("unflatten: sizes must be non-empty");
    const Dim rank = Dim(shape.size());
    const Dim d = wrapDim(dim, rank);
    if (rank == 0) // wrapDim accepts 0 and -1 for a 0-d tensor; reading its size does not
        throwIndexError("Dimension specified as " + std::to_string(d) + " but tensor has no dimensions");

    Shape inferred;
    try {
        inferred = inferSize(sizes, shape[size_t(d)]);
    } catch (const TorchError &e) {
        // PyTorch catches only infer_size's std::runtime_error texts and rewords them; its other
        // errors ("invalid shape dimension", the ambiguous -1 for 0 elements) pass through.
        if (e.kind() == ErrorKind::InvalidView) {
            throwRuntimeError("unflatten: Provided sizes " + formatSizeList(sizes) + " don't multiply up to the size of dim "
                              + std::to_string(d) + " (" + std::to_string(shape[size_t(d)]) + ") in the input tensor");
        }
        if (e.kind() == ErrorKind::MultipleInferred) // message continues on a 2nd line in PyTorch
            throwRuntimeError("unflatten got an unexpected error:");
        throw;
    }
    Shape result(shape.begin(), shape.begin() + d);
    result.insert(result.end(), inferred.begin(), inferred.end());
    result.insert(result.end(), shape.begin() + d + 1, shape.end());
    return result;
}

void checkNoNegativeSizes(const Shape &sizes)
{
    for (Dim size : sizes) {
        if (size < 0)
            throwRuntimeError("Trying to create tensor with negative dimension " + std::to_string(size) + ": "
                                  + formatSizeList(sizes),
                              ErrorKind::NegativeDimension, ErrorDetails{.input = sizes, .got = size});
    }
}

bool storageOverflows(const Shape &sizes)
{
    std::uint64_t count = 1, bytes = 0;
    bool overflow = false;
    for (Dim size : sizes)
        overflow |= __builtin_mul_overflow(count, std::uint64_t(size), &count);
    overflow |= __builtin_mul_overflow(count, std::uint64_t(sizeof(float)), &bytes);
    return overflow || bytes > std::uint64_t(std::numeric_limits<Dim>::max());
}

void checkStorageSize(const Shape &sizes)
{
    if (storageOverflows(sizes))
        throwRuntimeError("Storage size calculation overflowed with sizes=" + formatSizeList(sizes));
}

std::string formatSizeList(const Shape &sizes)
{
    return "[" + joinSizes(sizes, ", ") + "]";
}

std::string joinSizes(const Shape &sizes, std::string_view separator)
{
    std::string text;
    for (size_t i = 0; i < sizes.size(); ++i) {
        if (i)
            text += separator;
        text += std::to_string(sizes[i]);
    }
    return text;
}

std::string formatShape(const Shape &shape)
{
    return "(" + joinSizes(shape, ", ") + (shape.size() == 1 ? ",)" : ")");
}

} // namespace ft
