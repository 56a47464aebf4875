// python_ops.cpp — see python_ops_p.h. Each rule is CPython 3.11's (Objects/longobject.c,
// floatobject.c, unicodeobject.c, abstract.c) or torch 1.13's nn.Sequential, and the golden cases
// pin their texts against real Python.
#include "engine/python_ops_p.h"

#include "engine/error.h"
#include "engine/module_args_p.h"
#include "engine/modules_p.h"

#include <cmath>
#include <limits>
#include <optional>
#include <utility>

namespace ft::detail {

namespace {

// Most items a repeated or concatenated sequence (or characters a string) may have here, and
// most layers a repeated nn.Sequential may have (each is traced and printed).
constexpr std::int64_t kLongestSequence = 1000000;
constexpr std::int64_t kMostLayers = 100000;

const char *symbol(BinaryOperator op)
{
    switch (op) {
    case BinaryOperator::Add: return "+";
    case BinaryOperator::Subtract: return "-";
    case BinaryOperator::Multiply: return "*";
    case BinaryOperator::Divide: return "/";
    case BinaryOperator::FloorDivide: return "//";
    case BinaryOperator::Modulo: return "%";
    case BinaryOperator::Power: return "**";
    }
    return "?";
}

[[noreturn]] void throwZeroDivision(const char *message)
{
    throw TorchError("ZeroDivisionError", message);
}

[[noreturn]] void throwUnsupported(BinaryOperator op, const Value &left, const Value &right)
{
    throwTypeError(std::string("unsupported operand type(s) for ") + symbol(op) + (op == BinaryOperator::Power ? " or pow()" : "")
                   + ": '" + pythonTypeName(left) + "' and '" + pythonTypeName(right) + "'");
}

[[noreturn]] void throwTooLarge(BinaryOperator op)
{
    throw OperandTooLarge(std::string("the result of '") + symbol(op)
                          + "' is too large for the tutor (sequences up to a million items)");
}

[[noreturn]] void throwIntTooLarge(BinaryOperator op)
{
    throw OperandTooLarge(std::string("the result of '") + symbol(op) + "' is too large for the tutor (integers up to "
                          + std::to_string(kMaxBigIntBits) + " bits)");
}

// A number as Python's arithmetic sees it: bool is an int, and an int may be a BigInt.
struct Number
{
    bool isFloat = false;
    std::int64_t i = 0;
    double f = 0;
    std::optional<BigInt> big; // an int beyond int64 (i unused)

    BigInt asBig() const { return big ? *big : BigInt(i); }
    // float(x): Python's OverflowError when an int has no double.
    double asDouble() const
    {
        if (isFloat)
            return f;
        if (!big)
            return double(i);
        const auto d = big->toDouble();
        if (!d)
            throw TorchError("OverflowError", "int too large to convert to float");
        return *d;
    }
};

std::optional<Number> numberOf(const Value &v)
{
    if (v.isInt())
        return Number{false, std::get<std::int64_t>(v.data), 0, std::nullopt};
    if (v.isBigInt())
        return Number{false, 0, 0, std::get<BigInt>(v.data)};
    if (v.isBool())
        return Number{false, std::get<bool>(v.data) ? 1 : 0, 0, std::nullopt};
    if (v.isFloat())
        return Number{true, 0, std::get<double>(v.data), std::nullopt};
    return std::nullopt;
}

// An int for sequence repetition and Sequential.__mul__ (isinstance(x, int): bools count). A
// count beyond int64 is Python's OverflowError when positive (no index-sized integer holds it) and
// nothing when negative.
std::optional<std::int64_t> intOf(const Value &v)
{
    if (const auto n = numberOf(v); n && !n->isFloat) {
        if (!n->big)
            return n->i;
        if (n->big->sign() < 0)
            return std::numeric_limits<std::int64_t>::min();
        throw TorchError("OverflowError", "cannot fit 'int' into an index-sized integer");
    }
    return std::nullopt;
}

// An int operation in arbitrary precision: the int64 again when the result fits.
template <typename Operation>
Value bigResult(BinaryOperator op, Operation operation)
{
    try {
        return intResult(operation());
    } catch (const BigIntTooLarge &) {
        throwIntTooLarge(op);
    }
}

// CPython's float_pow (Objects/floatobject.c) for the finite and infinite cases the grammar
// reaches; a negative base with a fractional exponent makes a complex number, which is refused.
Value floatPower(double iv, double iw)
{
    if (iw == 0)
        return Value{1.0};
    if (std::isnan(iv))
        return Value{iv};
    if (std::isnan(iw))
        return Value{iv == 1.0 ? 1.0 : iw};
    auto isOddInteger = [](double x) { return std::fmod(std::fabs(x), 2.0) == 1.0; };
    if (std::isinf(iw)) {
        const double a = std::fabs(iv);
        if (a == 1.0)
            return Value{1.0};
        return Value{(iw > 0) == (a > 1.0) ? std::fabs(iw) : 0.0};
    }
    if (std::isinf(iv)) {
        const bool odd = isOddInteger(iw);
        if (iw > 0)
            return Value{odd ? iv : std::fabs(iv)};
        return Value{odd ? std::copysign(0.0, iv) : 0.0};
    }
    if (iv == 0.0) {
        if (iw < 0.0)
            throwZeroDivision("0.0 cannot be raised to a negative power");
        return Value{isOddInteger(iw) ? iv : 0.0};
    }
    bool negate = false;
    if (iv < 0.0) {
        if (iw != std::floor(iw))
            throw OperandTooLarge("the result of '**' is a complex number, which the tutor does not compute");
        iv = -iv;
        negate = isOddInteger(iw);
    }
    if (iv == 1.0)
        return Value{negate ? -1.0 : 1.0};
    double ix = std::pow(iv, iw);
    if (std::isinf(ix))
        throw TorchError("OverflowError", "(34, 'Numerical result out of range')");
    return Value{negate ? -ix : ix};
}

// Python's ** on two numbers (long_pow, float_pow).
Value power(const Number &a, const Number &b)
{
    if (a.isFloat || b.isFloat)
        return floatPower(a.asDouble(), b.asDouble());
    const BigInt exponent = b.asBig();
    if (exponent.sign() < 0) // int ** negative int is float ** float
        return floatPower(a.asDouble(), b.asDouble());
    if (!exponent.fitsInt64()) {
        const BigInt base = a.asBig();
        if (base.sign() == 0 || base == BigInt(1))
            return intResult(base);
        if (base == BigInt(-1))
            return Value{std::int64_t(exponent.toInt64() % 2 == 0 ? 1 : -1)};
        throwIntTooLarge(BinaryOperator::Power);
    }
    return bigResult(BinaryOperator::Power, [&] { return BigInt::power(a.asBig(), exponent.toInt64()); });
}

bool isSequential(const Value &v)
{
    return v.isModule() && std::get<ModulePtr>(v.data) && std::get<ModulePtr>(v.data)->typeName() == "Sequential";
}

// Python's float floor division and modulo (Objects/floatobject.c: float_divmod).
std::pair<double, double> floatDivmod(double vx, double wx)
{
    double mod = std::fmod(vx, wx);
    double div = (vx - mod) / wx;
    if (mod != 0) {
        if ((wx < 0) != (mod < 0)) {
            mod += wx;
            div -= 1.0;
        }
    } else {
        mod = std::copysign(0.0, wx);
    }
    double floordiv;
    if (div != 0) {
        floordiv = std::floor(div);
        if (div - floordiv > 0.5)
            floordiv += 1.0;
    } else {
        floordiv = std::copysign(0.0, vx / wx);
    }
    return {floordiv, mod};
}

Value numeric(BinaryOperator op, const Number &a, const Number &b)
{
    if (op == BinaryOperator::Power)
        return power(a, b);
    if (op == BinaryOperator::Divide) { // true division: always a float
        if (!a.isFloat && !b.isFloat) {
            if (!b.big && b.i == 0)
                throwZeroDivision("division by zero");
            if (a.big || b.big) { // correctly rounded, as CPython's long_true_divide
                const auto quotient = BigInt::trueDivide(a.asBig(), b.asBig());
                if (!quotient)
                    throw TorchError("OverflowError", "integer division result too large for a float");
                return Value{*quotient};
            }
        }
        const double x = a.asDouble(), y = b.asDouble();
        if (y == 0)
            throwZeroDivision(a.isFloat || b.isFloat ? "float division by zero" : "division by zero");
        return Value{x / y};
    }
    if (a.isFloat || b.isFloat) {
        const double x = a.asDouble(), y = b.asDouble();
        switch (op) {
        case BinaryOperator::Add: return Value{x + y};
        case BinaryOperator::Subtract: return Value{x - y};
        case BinaryOperator::Multiply: return Value{x * y};
        default: break;
        }
        if (y == 0)
            throwZeroDivision(op == BinaryOperator::Modulo ? "float modulo" : "float floor division by zero");
        const auto [quotient, remainder] = floatDivmod(x, y);
        return Value{op == BinaryOperator::Modulo ? remainder : quotient};
    }
    const bool divides = op == BinaryOperator::FloorDivide || op == BinaryOperator::Modulo;
    if (divides && !b.big && b.i == 0)
        throwZeroDivision(op == BinaryOperator::Modulo ? "integer modulo by zero" : "integer division or modulo by zero");
    // Beyond int64 (an operand, or the result): arbitrary precision.
    auto slow = [&] {
        return bigResult(op, [&] {
            const BigInt x = a.asBig(), y = b.asBig();
            switch (op) {
            case BinaryOperator::Add: return BigInt::add(x, y);
            case BinaryOperator::Subtract: return BigInt::subtract(x, y);
            case BinaryOperator::Multiply: return BigInt::multiply(x, y);
            case BinaryOperator::FloorDivide: return BigInt::floorDivide(x, y);
            default: return BigInt::modulo(x, y);
            }
        });
    };
    if (a.big || b.big)
        return slow();
    const std::int64_t x = a.i, y = b.i;
    std::int64_t result = 0;
    switch (op) {
    case BinaryOperator::Add:
        if (__builtin_add_overflow(x, y, &result))
            return slow();
        break;
    case BinaryOperator::Subtract:
        if (__builtin_sub_overflow(x, y, &result))
            return slow();
        break;
    case BinaryOperator::Multiply:
        if (__builtin_mul_overflow(x, y, &result))
            return slow();
        break;
    case BinaryOperator::FloorDivide:
    case BinaryOperator::Modulo: {
        if (x == std::numeric_limits<std::int64_t>::min() && y == -1) {
            if (op == BinaryOperator::Modulo)
                return Value{std::int64_t(0)};
            return slow();
        }
        // Python floors (rounds toward minus infinity); C++ truncates toward zero.
        std::int64_t quotient = x / y;
        std::int64_t remainder = x % y;
        if (remainder != 0 && ((remainder < 0) != (y < 0))) {
            quotient -= 1;
            remainder += y;
        }
        result = op == BinaryOperator::Modulo ? remainder : quotient;
        break;
    }
    case BinaryOperator::Divide:
    case BinaryOperator::Power:
        break;
    }
    return Value{result};
}

// seq * count for str, tuple and list (a count below one gives an empty one).
Value repeated(const Value &sequence, std::int64_t count)
{
    const std::int64_t times = std::max<std::int64_t>(count, 0);
    if (sequence.isString()) {
        const std::string &text = std::get<std::string>(sequence.data);
        if (!text.empty() && times > kLongestSequence / std::int64_t(text.size()))
            throwTooLarge(BinaryOperator::Multiply);
        std::string out;
        for (std::int64_t i = 0; i < times; ++i)
            out += text;
        return Value{std::move(out)};
    }
    const auto &items = std::get<SequenceValue>(sequence.data);
    if (!items.items.empty() && times > kLongestSequence / std::int64_t(items.items.size()))
        throwTooLarge(BinaryOperator::Multiply);
    SequenceValue out;
    out.isList = items.isList;
    for (std::int64_t i = 0; i < times; ++i)
        out.items.insert(out.items.end(), items.items.begin(), items.items.end());
    return Value{std::move(out)};
}

std::vector<Value> childrenOf(const Value &sequential)
{
    std::vector<Value> children;
    for (const ModulePtr &child : std::get<ModulePtr>(sequential.data)->children())
        children.push_back(Value{child});
    return children;
}

// torch 1.13's Sequential.__mul__ (and __rmul__, which calls it).
Value sequentialTimes(const Value &sequential, const Value &other, const SequentialFactory &makeSequential)
{
    if (other.isBigInt()) {
        if (std::get<BigInt>(other.data).sign() < 0)
            throwValueError("Non-positive multiplication factor " + pythonStr(other) + " for " + pythonClassRepr(sequential));
        throw OperandTooLarge("the result of '*' is too large for the tutor (an nn.Sequential of up to "
                              + std::to_string(kMostLayers) + " layers)");
    }
    const auto count = intOf(other);
    if (!count)
        throwTypeError("unsupported operand type(s) for *: " + pythonClassRepr(sequential) + " and " + pythonClassRepr(other));
    if (*count <= 0)
        throwValueError("Non-positive multiplication factor " + pythonStr(other) + " for " + pythonClassRepr(sequential));
    const std::vector<Value> children = childrenOf(sequential);
    if (*count > kMostLayers || (!children.empty() && *count > kMostLayers / std::int64_t(children.size())))
        throw OperandTooLarge("the result of '*' is too large for the tutor (an nn.Sequential of up to "
                              + std::to_string(kMostLayers) + " layers)");
    std::vector<Value> combined;
    for (std::int64_t i = 0; i < *count; ++i)
        combined.insert(combined.end(), children.begin(), children.end());
    return Value{makeSequential(std::move(combined))};
}

Value add(const Value &left, const Value &right, const SequentialFactory &makeSequential)
{
    if (isSequential(left)) { // Sequential.__add__
        if (!isSequential(right))
            throwValueError("add operator supports only objects of Sequential class, but " + pythonClassRepr(right)
                            + " is given.");
        std::vector<Value> combined = childrenOf(left);
        for (Value &child : childrenOf(right))
            combined.push_back(std::move(child));
        if (std::int64_t(combined.size()) > kMostLayers)
            throw OperandTooLarge("the result of '+' is too large for the tutor (an nn.Sequential of up to "
                                  + std::to_string(kMostLayers) + " layers)");
        return Value{makeSequential(std::move(combined))};
    }
    // Concatenation (sq_concat), after the numbers' nb_add declined.
    if (left.isString()) {
        if (!right.isString())
            throwTypeError("can only concatenate str (not \"" + pythonTypeName(right) + "\") to str");
        const std::string &a = std::get<std::string>(left.data), &b = std::get<std::string>(right.data);
        if (std::int64_t(a.size() + b.size()) > kLongestSequence)
            throwTooLarge(BinaryOperator::Add);
        return Value{a + b};
    }
    if (left.isSequence()) {
        const auto &a = std::get<SequenceValue>(left.data);
        const char *kind = a.isList ? "list" : "tuple";
        if (!right.isSequence() || std::get<SequenceValue>(right.data).isList != a.isList)
            throwTypeError(std::string("can only concatenate ") + kind + " (not \"" + pythonTypeName(right) + "\") to " + kind);
        const auto &b = std::get<SequenceValue>(right.data);
        if (std::int64_t(a.items.size() + b.items.size()) > kLongestSequence)
            throwTooLarge(BinaryOperator::Add);
        SequenceValue out = a;
        out.items.insert(out.items.end(), b.items.begin(), b.items.end());
        return Value{std::move(out)};
    }
    throwUnsupported(BinaryOperator::Add, left, right);
}

Value multiply(const Value &left, const Value &right, const SequentialFactory &makeSequential)
{
    // Sequential defines __mul__ and __rmul__: whichever side it is on, it answers (a number on
    // the left declines first; a str, tuple or list has no numeric multiply to try).
    if (isSequential(left))
        return sequentialTimes(left, right, makeSequential);
    if (isSequential(right))
        return sequentialTimes(right, left, makeSequential);
    auto isRepeatable = [](const Value &v) { return v.isString() || v.isSequence(); };
    if (isRepeatable(left) || isRepeatable(right)) {
        const Value &sequence = isRepeatable(left) ? left : right;
        const Value &count = isRepeatable(left) ? right : left;
        const auto times = intOf(count);
        if (!times)
            throwTypeError("can't multiply sequence by non-int of type '" + pythonTypeName(count) + "'");
        return repeated(sequence, *times);
    }
    throwUnsupported(BinaryOperator::Multiply, left, right);
}

// str % args, for a format without conversions (the only kind the tracer formats).
Value format(const Value &left, const Value &right)
{
    const std::string &text = std::get<std::string>(left.data);
    if (text.find('%') != std::string::npos)
        throw OperandTooLarge("'%' string formatting is not supported by the tracer");
    // PyUnicode_Format: a mapping (anything subscriptable but a tuple or str) may go unused; an
    // empty tuple has nothing left over; anything else is an argument no conversion takes.
    const bool mapping = (right.isSequence() && std::get<SequenceValue>(right.data).isList) || isSequential(right);
    const bool emptyTuple = right.isSequence() && !std::get<SequenceValue>(right.data).isList
                            && std::get<SequenceValue>(right.data).items.empty();
    if (!mapping && !emptyTuple)
        throwTypeError("not all arguments converted during string formatting");
    return left;
}

} // namespace

std::string pythonClassRepr(const Value &value)
{
    const std::string name = pythonTypeName(value);
    if (!value.isModule() || name == "NoneType") // a builtin (None inside a Sequential is a NoneModule)
        return "<class '" + name + "'>";
    return "<class '" + pythonModulePath(name) + "." + name + "'>";
}

Value pythonBinary(BinaryOperator op, const Value &left, const Value &right, const SequentialFactory &makeSequential)
{
    const auto a = numberOf(left), b = numberOf(right);
    if (a && b)
        return numeric(op, *a, *b);
    switch (op) {
    case BinaryOperator::Add: return add(left, right, makeSequential);
    case BinaryOperator::Multiply: return multiply(left, right, makeSequential);
    case BinaryOperator::Modulo:
        if (left.isString())
            return format(left, right);
        break;
    default: break;
    }
    throwUnsupported(op, left, right);
}

Value pythonUnary(bool negate, const Value &value)
{
    const auto n = numberOf(value);
    if (!n)
        throwTypeError(std::string("bad operand type for unary ") + (negate ? "-" : "+") + ": '" + pythonTypeName(value) + "'");
    if (n->isFloat)
        return Value{negate ? -n->f : n->f};
    if (!negate)
        return n->big ? Value{*n->big} : Value{n->i}; // +True is 1, an int
    if (n->big || n->i == std::numeric_limits<std::int64_t>::min())
        return intResult(BigInt::negate(n->asBig()));
    return Value{-n->i};
}

} // namespace ft::detail
