#include "engine/module_args_p.h"

#include "engine/error.h"
#include "engine/module.h"

#include <charconv>
#include <cmath>

namespace ft {

std::string quoteList(const std::vector<std::string> &names)
{
    // CPython's format_missing: 'a'; 'a' and 'b'; 'a', 'b', and 'c'.
    std::string text;
    for (size_t i = 0; i < names.size(); ++i) {
        if (i > 0)
            text += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
        text += "'" + names[i] + "'";
    }
    return text;
}

namespace {

std::string pythonFloatRepr(double x)
{
    if (std::isnan(x))
        return "nan";
    if (std::isinf(x))
        return x < 0 ? "-inf" : "inf";
    // Shortest round-trip digits, then CPython's layout rule: scientific when the decimal exponent
    // is below -4 or at least 16, else positional with at least one digit after the point.
    char buffer[64];
    auto result = std::to_chars(buffer, buffer + sizeof buffer, x, std::chars_format::scientific);
    std::string sci(buffer, result.ptr);
    const auto ePos = sci.find('e');
    std::string mantissa = sci.substr(0, ePos);
    const int exponent = std::stoi(sci.substr(ePos + 1));
    std::string sign;
    if (!mantissa.empty() && mantissa[0] == '-') {
        sign = "-";
        mantissa.erase(0, 1);
    }
    std::string digits;
    for (char c : mantissa)
        if (c != '.')
            digits += c;
    if (exponent < -4 || exponent >= 16) {
        std::string text = sign + digits.substr(0, 1);
        if (digits.size() > 1)
            text += "." + digits.substr(1);
        const int absExp = exponent < 0 ? -exponent : exponent;
        text += exponent < 0 ? "e-" : "e+";
        if (absExp < 10)
            text += "0";
        return text + std::to_string(absExp);
    }
    if (exponent < 0)
        return sign + "0." + std::string(size_t(-exponent - 1), '0') + digits;
    const size_t intDigits = size_t(exponent) + 1;
    if (digits.size() <= intDigits)
        return sign + digits + std::string(intDigits - digits.size(), '0') + ".0";
    return sign + digits.substr(0, intDigits) + "." + digits.substr(intDigits);
}

} // namespace

std::vector<int> bindSlots(const std::string &prefix, const std::string &function, const std::vector<SlotSpec> &parameters,
                           size_t positionalCount,
                           const std::vector<std::string> &keywordNames, bool varPositional, bool varKeyword,
                           size_t implicitCount)
{
    const size_t count = parameters.size();
    std::vector<bool> filled(count, false);
    for (size_t i = 0; i < positionalCount && i < count; ++i)
        filled[i] = true;

    std::vector<int> keywordSlots;
    keywordSlots.reserve(keywordNames.size());
    for (const std::string &name : keywordNames) {
        size_t index = 0;
        while (index < count && parameters[index].name != name)
            ++index;
        if (index == count) {
            if (varKeyword) {
                keywordSlots.push_back(-1);
                continue;
            }
            throwTypeError(prefix + "got an unexpected keyword argument '" + name + "'", ErrorKind::UnexpectedKeyword,
                           ErrorDetails{.function = function, .arguments = {name}});
        }
        if (filled[index])
            throwTypeError(prefix + "got multiple values for argument '" + name + "'");
        filled[index] = true;
        keywordSlots.push_back(int(index));
    }

    if (!varPositional && positionalCount > count) {
        size_t required = 0;
        for (const auto &p : parameters)
            required += p.required ? 1 : 0;
        // Counts include `self` for methods, as CPython reports them.
        const std::string given = std::to_string(positionalCount + implicitCount);
        std::string takes;
        if (required == count)
            takes = std::to_string(count + implicitCount) + (count + implicitCount == 1 ? " positional argument" : " positional arguments");
        else
            takes = "from " + std::to_string(required + implicitCount) + " to " + std::to_string(count + implicitCount) + " positional arguments";
        throwTypeError(prefix + "takes " + takes + " but " + given + (given == "1" ? " was" : " were") + " given");
    }

    std::vector<std::string> missing;
    for (size_t i = 0; i < count; ++i) {
        if (!filled[i] && parameters[i].required)
            missing.push_back(parameters[i].name);
    }
    if (!missing.empty()) {
        throwTypeError(prefix + "missing " + std::to_string(missing.size()) + " required positional argument"
                       + (missing.size() == 1 ? "" : "s") + ": " + quoteList(missing),
                       ErrorKind::MissingArgument, ErrorDetails{.function = function, .arguments = missing});
    }
    return keywordSlots;
}

BoundArguments bindArguments(const Signature &signature, const Arguments &args)
{
    const size_t count = signature.parameters.size();
    std::vector<SlotSpec> specs;
    specs.reserve(count);
    for (const auto &p : signature.parameters)
        specs.push_back({p.name, !p.defaultValue.has_value()});
    std::vector<std::string> keywordNames;
    keywordNames.reserve(args.keyword.size());
    for (const auto &keyword : args.keyword)
        keywordNames.push_back(keyword.first);
    const std::vector<int> keywordSlots = bindSlots(signature.className + ".__init__() ", signature.className, specs, args.positional.size(),
                                                    keywordNames, signature.varPositional, signature.varKeyword, 1);

    BoundArguments bound;
    std::vector<const Value *> slots(count, nullptr);
    for (size_t i = 0; i < args.positional.size(); ++i) {
        if (i < count)
            slots[i] = &args.positional[i];
        else
            bound.extraPositional.push_back(args.positional[i]);
    }
    for (size_t k = 0; k < keywordSlots.size(); ++k)
        if (keywordSlots[k] >= 0)
            slots[size_t(keywordSlots[k])] = &args.keyword[k].second;
    bound.values.reserve(count);
    for (size_t i = 0; i < count; ++i)
        bound.values.push_back(slots[i] ? *slots[i] : *signature.parameters[i].defaultValue);
    return bound;
}

std::string pythonRepr(const Value &value)
{
    if (value.isNone())
        return "None";
    if (value.isBool())
        return std::get<bool>(value.data) ? "True" : "False";
    if (value.isInt())
        return std::to_string(std::get<std::int64_t>(value.data));
    if (value.isFloat())
        return pythonFloatRepr(std::get<double>(value.data));
    if (value.isBigInt())
        return std::get<BigInt>(value.data).toString();
    if (value.isString()) {
        // CPython prefers single quotes unless the text contains one and no double quote.
        const auto &text = std::get<std::string>(value.data);
        const bool useDouble = text.find('\'') != std::string::npos && text.find('"') == std::string::npos;
        const char quote = useDouble ? '"' : '\'';
        std::string out(1, quote);
        for (char c : text) {
            if (c == '\\')
                out += "\\\\";
            else if (c == quote)
                out += std::string("\\") + c;
            else if (c == '\n')
                out += "\\n";
            else if (c == '\t')
                out += "\\t";
            else
                out += c;
        }
        return out + quote;
    }
    if (value.isSequence()) {
        const auto &seq = std::get<SequenceValue>(value.data);
        std::string text = seq.isList ? "[" : "(";
        for (size_t i = 0; i < seq.items.size(); ++i) {
            if (i)
                text += ", ";
            text += pythonRepr(seq.items[i]);
        }
        if (!seq.isList && seq.items.size() == 1)
            text += ",";
        return text + (seq.isList ? "]" : ")");
    }
    const auto &module = std::get<std::shared_ptr<Module>>(value.data);
    return module ? module->repr() : "None";
}

std::string pythonStr(const Value &value)
{
    if (value.isString())
        return std::get<std::string>(value.data);
    return pythonRepr(value);
}

std::string pythonTypeName(const Value &value)
{
    if (value.isNone())
        return "NoneType";
    if (value.isBool())
        return "bool";
    if (value.isInt() || value.isBigInt())
        return "int";
    if (value.isFloat())
        return "float";
    if (value.isString())
        return "str";
    if (value.isSequence())
        return std::get<SequenceValue>(value.data).isList ? "list" : "tuple";
    const auto &module = std::get<std::shared_ptr<Module>>(value.data);
    return module ? module->typeName() : "NoneType";
}

bool pythonTruthy(const Value &value)
{
    if (value.isNone())
        return false;
    if (value.isBool())
        return std::get<bool>(value.data);
    if (value.isInt())
        return std::get<std::int64_t>(value.data) != 0;
    if (value.isFloat())
        return std::get<double>(value.data) != 0.0;
    if (value.isBigInt())
        return true; // never zero: zero is an int64
    if (value.isString())
        return !std::get<std::string>(value.data).empty();
    if (value.isSequence())
        return !std::get<SequenceValue>(value.data).items.empty();
    // A module is true, except an empty nn.Sequential (it has a __len__).
    const auto &module = std::get<std::shared_ptr<Module>>(value.data);
    return module->typeName() != "Sequential" || !module->children().empty();
}

Value pythonPair(const Value &value)
{
    return pythonNTuple(value, 2);
}

Value pythonNTuple(const Value &value, size_t n)
{
    if (value.isSequence()) {
        SequenceValue seq = std::get<SequenceValue>(value.data);
        seq.isList = false;
        return Value{seq};
    }
    if (value.isString()) {
        std::vector<Value> items;
        for (char c : std::get<std::string>(value.data))
            items.push_back(Value{std::string(1, c)});
        return tupleValue(std::move(items));
    }
    return tupleValue(std::vector<Value>(n, value));
}

bool isIntLike(const Value &value)
{
    return value.isInt();
}

Value intValue(std::int64_t v)
{
    return Value{v};
}

Value tupleValue(std::vector<Value> items)
{
    return Value{SequenceValue{std::move(items), false}};
}

} // namespace ft
