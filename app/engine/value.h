// value.h — the Python values a model expression can pass to a module constructor.
//
// The parser evaluates the arithmetic of an expression itself (Python's operators, python_ops_p.h)
// and hands constructors fully evaluated Values:
// None, bool, int, float, str, tuple/list, or an already built Module (inside nn.Sequential).
// An int is an std::int64_t when it fits, else a BigInt (Python's ints are unbounded; PyTorch
// refuses them where they reach it): both are Python's `int`.
// Constructors bind them like Python does (positional, keyword, defaults) and raise PyTorch's
// TypeError/ValueError texts when a value has the wrong kind.
#pragma once

#include "engine/bigint.h"

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace ft {

class Module;
struct Value;

struct NoneValue { bool operator==(const NoneValue &) const = default; };
struct SequenceValue
{
    std::vector<Value> items;
    bool isList = false; // [..] rather than (..)
};

struct Value
{
    std::variant<NoneValue, bool, std::int64_t, double, std::string, SequenceValue, std::shared_ptr<Module>, BigInt> data;

    bool isNone() const { return std::holds_alternative<NoneValue>(data); }
    bool isBool() const { return std::holds_alternative<bool>(data); }
    bool isInt() const { return std::holds_alternative<std::int64_t>(data); }
    bool isFloat() const { return std::holds_alternative<double>(data); }
    bool isString() const { return std::holds_alternative<std::string>(data); }
    bool isSequence() const { return std::holds_alternative<SequenceValue>(data); }
    bool isModule() const { return std::holds_alternative<std::shared_ptr<Module>>(data); }
    bool isBigInt() const { return std::holds_alternative<BigInt>(data); } // an int beyond int64
    // An int of any size (bool is not one here).
    bool isPythonInt() const { return isInt() || isBigInt(); }

    // Python's repr of the value: None, True, 3, 0.5, 'same', (3, 3), [1, 2], or the module's repr.
    std::string repr() const;
    // Python's type name: NoneType, bool, int, float, str, tuple, list, or the module class name.
    std::string typeName() const;
};

// An int Value: the int64 when it fits, else the BigInt.
Value intResult(const BigInt &value);

struct Arguments
{
    std::vector<Value> positional;
    std::vector<std::pair<std::string, Value>> keyword;
};

} // namespace ft
