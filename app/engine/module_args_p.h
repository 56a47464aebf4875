// module_args_p.h — binding constructor arguments the way CPython binds them to __init__.
//
// PyTorch's modules are Python classes, so a wrong call fails in CPython's argument binding before
// any PyTorch code runs. bindArguments reproduces that binding and its TypeError texts exactly:
//
//     static const ft::Signature linear{"Linear", {{"in_features"}, {"out_features"}, {"bias", ft::Value{true}}}};
//     auto bound = ft::bindArguments(linear, args);   // bound[2] is bias, the default when absent
//     // nn.Linear(3) -> TypeError "Linear.__init__() missing 1 required positional argument: 'out_features'"
//
// The check order is CPython 3.11's: keywords first (unknown name, then "multiple values"), then
// too many positionals, then missing required arguments.
#pragma once

#include "engine/shape.h"
#include "engine/value.h"

#include <optional>
#include <string>
#include <vector>

namespace ft {

struct ParameterSpec
{
    std::string name;
    std::optional<Value> defaultValue; // nullopt: required
};

struct Signature
{
    std::string className;             // "Linear": messages say "Linear.__init__() ..."
    std::vector<ParameterSpec> parameters;
    bool varPositional = false;        // *args (Sequential)
    bool varKeyword = false;           // **kwargs (Identity)
};

struct BoundArguments
{
    std::vector<Value> values;         // one per Signature::parameters, defaults filled in
    std::vector<Value> extraPositional; // collected by *args
};

BoundArguments bindArguments(const Signature &signature, const Arguments &args);

// The binding itself, for any kind of value (the learner's-source interpreter binds its own
// functions with it): positional argument i fills parameter i, and the result says which
// parameter each keyword fills (-1: taken by **kwargs). Throws TypeError with CPython's texts,
// each starting with `prefix` ("Net.forward() "), and the kind and details of module_args' other
// errors with `function` ("Net") as ErrorDetails::function; `implicitCount` is 1 when a bound `self` counts
// in "takes 2 positional arguments but 3 were given".
struct SlotSpec
{
    std::string name;
    bool required = true;
};
std::vector<int> bindSlots(const std::string &prefix, const std::string &function, const std::vector<SlotSpec> &parameters,
                           size_t positionalCount,
                           const std::vector<std::string> &keywordNames, bool varPositional, bool varKeyword,
                           size_t implicitCount);

// Python's str() of a value as str.format shows it: strings bare, everything else repr().
std::string pythonStr(const Value &value);
// Python's repr(): strings quoted, numbers and tuples as Python prints them.
std::string pythonRepr(const Value &value);
// type(value).__name__: NoneType, bool, int, float, str, tuple, list, or the module's class name.
std::string pythonTypeName(const Value &value);
// Python truthiness (bias=0 means no bias).
bool pythonTruthy(const Value &value);

// torch.nn.modules.utils._pair: an iterable becomes a tuple of its items, anything else is repeated.
// Strings are iterable in Python, so 'ab' becomes ('a', 'b'), as in PyTorch.
Value pythonPair(const Value &value);
// _ntuple(n) (_single, _pair, _triple): the same with a non-iterable repeated n times.
Value pythonNTuple(const Value &value, size_t n);

// An int argument as PyTorch's C++ argument parser accepts it (bool is not an int there).
bool isIntLike(const Value &value);

// Builds a Value.
Value intValue(std::int64_t v);
Value tupleValue(std::vector<Value> items);

// Names as CPython lists them in "missing 2 required positional arguments: 'a' and 'b'":
// 'a'; 'a' and 'b'; 'a', 'b', and 'c'.
std::string quoteList(const std::vector<std::string> &names);

} // namespace ft
