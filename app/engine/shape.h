// shape.h — shapes and the dimension rules every op shares.
//
// A Shape is a list of sizes, outermost first, exactly like torch.Size. Sizes are int64 and may be
// astronomically large: shape rules never allocate, so a (10^12, 10^12) tensor still traces.
// Element counts are computed with overflow checks (checkedNumel) because PyTorch itself refuses
// shapes whose product overflows int64.
//
//     ft::Shape s{32, 3, 28, 28};
//     ft::wrapDim(-1, 4) == 3;                  // negative dims count from the end
//     ft::flattenShape(s, 1, -1) == Shape{32, 2352};
//     ft::formatShape(s) == "(32, 3, 28, 28)";
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ft {

using Dim = std::int64_t;
using Shape = std::vector<Dim>;

// Product of the sizes, or nullopt when it does not fit in int64. An empty shape (0-d) has 1 element.
std::optional<Dim> checkedNumel(const Shape &shape);

// The single place negative dims are wrapped. `rank` is the tensor's number of dims; a 0-d tensor
// accepts dims as if it had rank 1 (PyTorch's wrap_scalar). Throws IndexError with PyTorch's
// "Dimension out of range (expected to be in range of [-4, 3], but got 4)".
Dim wrapDim(Dim dim, Dim rank);
// The same rule without the error: the wrapped dim, or nullopt when `dim` is out of range.
std::optional<Dim> tryWrapDim(Dim dim, Dim rank);
// The valid dims for a tensor of this rank: low..high, i.e. [-rank, rank-1] ([-1, 0] for 0-d).
struct DimRange
{
    Dim low;
    Dim high;
};
DimRange dimRange(Dim rank);

// Output shape of torch.flatten(x, start_dim, end_dim) for an input of this shape.
// Throws PyTorch's errors (IndexError for out-of-range dims, RuntimeError when start comes after end).
Shape flattenShape(const Shape &shape, Dim startDim, Dim endDim);

// Infers a single -1 in `sizes` for `numel` elements (view, reshape, unflatten); PyTorch's errors
// otherwise: "shape '[-1, 5]' is invalid for input of size 12" (ErrorKind::InvalidView), "only one
// dimension can be inferred" (ErrorKind::MultipleInferred), "invalid shape dimension -2",
// "cannot reshape tensor of 0 elements into shape ...".
Shape inferSize(const Shape &sizes, Dim numel);

// Output shape of x.unflatten(dim, sizes) / nn.Unflatten(dim, sizes) for an input of this shape,
// with PyTorch's errors (its rewording of inferSize's: "unflatten: Provided sizes [2, 5] don't
// multiply up to the size of dim 1 (12) in the input tensor").
Shape unflattenShape(const Shape &shape, Dim dim, const Shape &sizes);

// What torch.zeros(sizes) raises for a negative size: "Trying to create tensor with negative
// dimension -1: [2, -1]" (ErrorKind::NegativeDimension). The one home of that message.
void checkNoNegativeSizes(const Shape &sizes);

// True when a float32 tensor of these sizes needs more bytes than int64 counts (c10's
// computeStorageNbytes: sizes multiplied in order as uint64, an overflow counting even when a
// later size is 0, times 4 bytes). checkStorageSize throws PyTorch's "Storage size calculation
// overflowed with sizes=[...]" then; even the meta device refuses such a tensor.
bool storageOverflows(const Shape &sizes);
void checkStorageSize(const Shape &sizes);

// PyTorch's IntArrayRef print style used inside messages: "[2, 3]", "[]".
std::string formatSizeList(const Shape &sizes);

// Python tuple style: "(32, 2352)", "(5,)", "()".
std::string formatShape(const Shape &shape);

// The sizes joined by `separator`: joinSizes({4, 4}, " x ") == "4 x 4" (PyTorch's messages write
// size lists in several such styles; see also formatSizeList).
std::string joinSizes(const Shape &sizes, std::string_view separator);

} // namespace ft
