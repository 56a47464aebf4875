// python_ops_p.h — Python's arithmetic operators on the values of a model expression.
//
// A model expression is Python, so `nn.Flatten(1 // 0)` raises ZeroDivisionError when Python
// evaluates that argument, `'a' + 1` a TypeError, and `nn.Sequential(a) + nn.Sequential(b)` is a
// new nn.Sequential. The parser evaluates operators with these two functions while it builds the
// modules, in Python's order, so an error arrives where Python raises it (construct stage):
//
//     ft::detail::pythonBinary(ft::detail::BinaryOperator::FloorDivide, ft::Value{std::int64_t(1)},
//                              ft::Value{std::int64_t(0)}, makeSequential);
//     // throws TorchError("ZeroDivisionError", "integer division or modulo by zero")
//
// Ints are Python's, unbounded (a BigInt beyond int64). What the tutor does not compute throws
// OperandTooLarge instead (ints beyond kMaxBigIntBits, sequences of more than a million items,
// complex results of '**', '%' string formatting): the parser reports it as a usage error at the
// operator.
#pragma once

#include "engine/module.h"
#include "engine/value.h"

#include <functional>
#include <stdexcept>
#include <vector>

namespace ft::detail {

enum class BinaryOperator { Add, Subtract, Multiply, Divide, FloorDivide, Modulo, Power };

// A result the tracer does not compute (Python would); the message says why.
class OperandTooLarge : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// nn.Sequential(*modules), for Sequential's own + and *.
using SequentialFactory = std::function<ModulePtr(std::vector<Value> modules)>;

// `left op right` as CPython 3.11 evaluates it (with torch 1.13's Sequential.__add__/__mul__).
Value pythonBinary(BinaryOperator op, const Value &left, const Value &right, const SequentialFactory &makeSequential);
// `-value` (negate) or `+value`.
Value pythonUnary(bool negate, const Value &value);

// str(type(value)) as Python prints a class: "<class 'int'>", "<class 'torch.nn.modules.activation.ReLU'>".
std::string pythonClassRepr(const Value &value);

} // namespace ft::detail
