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

// Output shape of torch.flatten(x, start_dim, end_dim) for an input of this shape.
// Throws PyTorch's errors (IndexError for out-of-range dims, RuntimeError when start comes after end).
Shape flattenShape(const Shape &shape, Dim startDim, Dim endDim);

// Python tuple style: "(32, 2352)", "(5,)", "()".
std::string formatShape(const Shape &shape);

} // namespace ft
