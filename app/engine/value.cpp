// value.cpp — see value.h
#include "engine/value.h"

#include "engine/module.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <system_error>

namespace ft {

namespace {

// Python's repr(float): the shortest digits that read back as the same double (what
// std::to_chars gives), laid out by CPython's rule for repr: positional notation when the
// decimal exponent is in [-4, 16), otherwise scientific with a signed, at least 2-digit exponent.
// Integral values keep a ".0" so they still read as floats: 1.0, 0.001, 1e-05, 1e+16, 1.5e+300.
std::string pythonFloatRepr(double value)
{
    if (std::isnan(value))
        return "nan";
    if (std::isinf(value))
        return value < 0 ? "-inf" : "inf";

    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    std::string text(buffer, result.ptr);

    std::string sign;
    if (!text.empty() && text[0] == '-') {
        sign = "-";
        text.erase(0, 1);
    }
    const size_t ePos = text.find('e');
    std::string digits = text.substr(0, ePos);
    const int exponent = std::atoi(text.c_str() + ePos + 1);
    if (const size_t dot = digits.find('.'); dot != std::string::npos)
        digits.erase(dot, 1);
    // to_chars already gives the shortest digits; trailing zeros can only come from "0e+00".
    while (digits.size() > 1 && digits.back() == '0')
        digits.pop_back();

    // Position of the decimal point relative to the digit string (CPython's decpt).
    const int decpt = exponent + 1;
    const int nDigits = int(digits.size());
    std::string out;
    if (decpt > -4 && decpt <= 16) {
        if (decpt <= 0) {
            out = "0." + std::string(size_t(-decpt), '0') + digits;
        } else if (decpt >= nDigits) {
            out = digits + std::string(size_t(decpt - nDigits), '0') + ".0";
        } else {
            out = digits.substr(0, size_t(decpt)) + "." + digits.substr(size_t(decpt));
        }
    } else {
        out = digits.substr(0, 1);
        if (nDigits > 1)
            out += "." + digits.substr(1);
        char exp[16];
        std::snprintf(exp, sizeof exp, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
        out += exp;
    }
    return sign + out;
}

// Python's repr(str): single quotes unless the text holds a ' and no ", backslash escapes for
// the quote, the backslash and control characters; other (UTF-8) characters stay as they are.
std::string pythonStringRepr(const std::string &text)
{
    const bool hasSingle = text.find('\'') != std::string::npos;
    const bool hasDouble = text.find('"') != std::string::npos;
    const char quote = (hasSingle && !hasDouble) ? '"' : '\'';
    std::string out(1, quote);
    for (unsigned char c : text) {
        if (c == quote || c == '\\') {
            out += '\\';
            out += char(c);
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c < 0x20 || c == 0x7f) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "\\x%02x", c);
            out += hex;
        } else {
            out += char(c);
        }
    }
    return out + quote;
}

} // namespace

std::string Value::repr() const
{
    if (isNone())
        return "None";
    if (isBool())
        return std::get<bool>(data) ? "True" : "False";
    if (isInt())
        return std::to_string(std::get<std::int64_t>(data));
    if (isFloat())
        return pythonFloatRepr(std::get<double>(data));
    if (isBigInt())
        return std::get<BigInt>(data).toString();
    if (isString())
        return pythonStringRepr(std::get<std::string>(data));
    if (isSequence()) {
        const auto &sequence = std::get<SequenceValue>(data);
        std::string out = sequence.isList ? "[" : "(";
        for (size_t i = 0; i < sequence.items.size(); ++i) {
            if (i)
                out += ", ";
            out += sequence.items[i].repr();
        }
        if (!sequence.isList && sequence.items.size() == 1)
            out += ","; // (3,) is a tuple, (3) is just 3
        return out + (sequence.isList ? "]" : ")");
    }
    const auto &module = std::get<std::shared_ptr<Module>>(data);
    return module ? module->repr() : "None";
}

Value intResult(const BigInt &value)
{
    if (value.fitsInt64())
        return Value{value.toInt64()};
    return Value{value};
}

std::string Value::typeName() const
{
    if (isNone())
        return "NoneType";
    if (isBool())
        return "bool";
    if (isInt() || isBigInt())
        return "int";
    if (isFloat())
        return "float";
    if (isString())
        return "str";
    if (isSequence())
        return std::get<SequenceValue>(data).isList ? "list" : "tuple";
    const auto &module = std::get<std::shared_ptr<Module>>(data);
    return module ? module->typeName() : "NoneType";
}

} // namespace ft
