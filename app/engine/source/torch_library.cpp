// torch_library.cpp — builtins, torch.*, torch.nn.functional.* and Tensor methods as table rows
// (see library_p.h). Each function receives its arguments already bound to the row's parameters;
// shape rules and messages come from the engine (Tensor ops, shape.h, module twins).
#include "engine/source/library_p.h"
#include "engine/source/torch_names_p.h"

#include "engine/error.h"
#include "engine/module_args_p.h"
#include "engine/modules_p.h"
#include "engine/shape.h"

#include <algorithm>
#include <cmath>

namespace ft::source {

std::optional<bool> torchHasAttribute(std::string_view owner, std::string_view name)
{
    auto listed = [name](std::string_view type) {
        std::string key;
        key.reserve(type.size() + 1 + name.size());
        key.append(type).append(".").append(name);
        return std::binary_search(std::begin(kTorchNames), std::end(kTorchNames), std::string_view(key));
    };
    if (owner == "Tensor" || owner == "Module")
        return listed(owner);
    if (!std::binary_search(std::begin(kTorchLayersWithNames), std::end(kTorchLayersWithNames), owner))
        return std::nullopt;
    return listed(owner) || listed("Module");
}

[[noreturn]] void unsupported(std::string message)
{
    throw Unsupported{std::move(message)};
}

[[noreturn]] void raise(const char *type, std::string message)
{
    throw TorchError(type, std::move(message));
}

std::string typeName(const Object &object)
{
    return std::visit(
        [](const auto &v) -> std::string {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, NoneValue>) return "NoneType";
            else if constexpr (std::is_same_v<T, bool>) return "bool";
            else if constexpr (std::is_same_v<T, std::int64_t> || std::is_same_v<T, BigInt>) return "int";
            else if constexpr (std::is_same_v<T, double>) return "float";
            else if constexpr (std::is_same_v<T, std::string>) return "str";
            else if constexpr (std::is_same_v<T, std::shared_ptr<Tuple>>) return "tuple";
            else if constexpr (std::is_same_v<T, std::shared_ptr<List>>) return "list";
            else if constexpr (std::is_same_v<T, Range>) return "range";
            else if constexpr (std::is_same_v<T, Size>) return "torch.Size";
            else if constexpr (std::is_same_v<T, Tensor>) return "Tensor";
            else if constexpr (std::is_same_v<T, ModulePtr>) return v->typeName();
            else if constexpr (std::is_same_v<T, std::shared_ptr<ContainerObject>>) return v->sequential ? "Sequential" : "ModuleList";
            else if constexpr (std::is_same_v<T, std::shared_ptr<FunctionObject>>) return "function";
            else if constexpr (std::is_same_v<T, Method>) return "method";
            else if constexpr (std::is_same_v<T, Builtin>) return "builtin_function_or_method";
            else if constexpr (std::is_same_v<T, std::shared_ptr<ClassObject>>) return "type";
            else if constexpr (std::is_same_v<T, std::shared_ptr<InstanceObject>>) return v->cls->name;
            else if constexpr (std::is_same_v<T, Namespace>) return "module";
            else if constexpr (std::is_same_v<T, ModuleClass>) return "type";
            else if constexpr (std::is_same_v<T, DTypeObject>) return "torch.dtype";
            else return "super";
        },
        object.data);
}

std::optional<std::int64_t> asInt(const Object &o)
{
    if (o.is<std::int64_t>())
        return o.as<std::int64_t>();
    if (o.is<bool>())
        return std::int64_t(o.as<bool>());
    return std::nullopt;
}

bool isModuleLike(const Object &o)
{
    return o.is<ModulePtr>() || o.is<std::shared_ptr<ContainerObject>>() || o.is<std::shared_ptr<InstanceObject>>();
}

std::vector<Object> iterate(const Object &o)
{
    if (o.is<std::shared_ptr<Tuple>>())
        return o.as<std::shared_ptr<Tuple>>()->items;
    if (o.is<std::shared_ptr<List>>())
        return o.as<std::shared_ptr<List>>()->items;
    if (o.is<std::shared_ptr<ContainerObject>>())
        return o.as<std::shared_ptr<ContainerObject>>()->items;
    if (o.is<Size>()) {
        std::vector<Object> items;
        for (Dim d : o.as<Size>().dims)
            items.push_back(Object{std::int64_t(d)});
        return items;
    }
    if (o.is<Range>()) {
        const Range r = o.as<Range>();
        std::vector<Object> items;
        for (std::int64_t i = r.start; r.step > 0 ? i < r.stop : i > r.stop; i += r.step)
            items.push_back(Object{i});
        return items;
    }
    if (o.is<std::string>()) {
        std::vector<Object> items;
        for (char c : o.as<std::string>())
            items.push_back(Object{std::string(1, c)});
        return items;
    }
    if (o.is<ModulePtr>() && o.as<ModulePtr>()->typeName() == "Sequential") {
        std::vector<Object> items;
        for (const ModulePtr &child : o.as<ModulePtr>()->children())
            items.push_back(Object{child});
        return items;
    }
    if (o.is<Tensor>())
        unsupported("iterating over a tensor is not supported");
    raise("TypeError", "'" + typeName(o) + "' object is not iterable");
}

Value toValue(const Object &o)
{
    if (o.is<NoneValue>())
        return Value{NoneValue{}};
    if (o.is<bool>())
        return Value{o.as<bool>()};
    if (o.is<std::int64_t>())
        return Value{o.as<std::int64_t>()};
    if (o.is<BigInt>())
        return Value{o.as<BigInt>()};
    if (o.is<double>())
        return Value{o.as<double>()};
    if (o.is<std::string>())
        return Value{o.as<std::string>()};
    if (o.is<std::shared_ptr<Tuple>>() || o.is<std::shared_ptr<List>>() || o.is<Size>()) {
        SequenceValue sequence;
        sequence.isList = o.is<std::shared_ptr<List>>();
        for (const Object &item : iterate(o))
            sequence.items.push_back(toValue(item));
        return Value{std::move(sequence)};
    }
    if (o.is<ModulePtr>())
        return Value{o.as<ModulePtr>()};
    if (o.is<std::shared_ptr<InstanceObject>>() || o.is<std::shared_ptr<ContainerObject>>())
        unsupported("putting a " + typeName(o) + " inside an engine module (nn.Sequential of your own classes) is not supported");
    unsupported("passing a " + typeName(o) + " to a module's constructor is not supported");
}

Object fromValue(const Value &v)
{
    return std::visit(
        [](const auto &x) -> Object {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, SequenceValue>) {
                std::vector<Object> items;
                for (const Value &item : x.items)
                    items.push_back(fromValue(item));
                return x.isList ? listOf(std::move(items)) : tupleOf(std::move(items));
            } else {
                return Object{x};
            }
        },
        v.data);
}

std::string moduleRepr(const Object &o)
{
    if (o.is<ModulePtr>())
        return o.as<ModulePtr>()->repr();
    std::vector<std::pair<std::string, Object>> children;
    if (o.is<std::shared_ptr<ContainerObject>>()) {
        const auto &items = o.as<std::shared_ptr<ContainerObject>>()->items;
        for (size_t i = 0; i < items.size(); ++i)
            children.emplace_back(std::to_string(i), items[i]);
    } else {
        const auto &self = o.as<std::shared_ptr<InstanceObject>>();
        for (auto cls = self->cls; cls; cls = cls->base)
            if (cls->find("extra_repr") || cls->find("__repr__"))
                unsupported("a module's own extra_repr() or __repr__() is not supported");
        children = self->modules;
    }
    // PyTorch's Module.__repr__ and its _addindent: each child as "(key): repr", its later lines
    // indented by two more spaces.
    std::string text = typeName(o) + "(";
    if (children.empty())
        return text + ")";
    for (const auto &[key, child] : children) {
        std::string childText = moduleRepr(child);
        for (size_t at = childText.find('\n'); at != std::string::npos; at = childText.find('\n', at + 1))
            childText.insert(at + 1, "  ");
        text += "\n  (" + key + "): " + childText;
    }
    return text + "\n)";
}

std::string repr(const Object &o)
{
    if (o.is<Tensor>())
        return "tensor(shape=" + formatShape(o.as<Tensor>().sizes()) + ")";
    if (o.is<Size>())
        return "torch.Size(" + formatSizeList(o.as<Size>().dims) + ")";
    if (o.is<DTypeObject>())
        return std::string("torch.") + dtypeName(o.as<DTypeObject>().dtype);
    if (o.is<std::shared_ptr<InstanceObject>>() || o.is<std::shared_ptr<ContainerObject>>())
        return moduleRepr(o);
    try {
        return toValue(o).repr();
    } catch (const Unsupported &) {
        return "<" + typeName(o) + ">";
    }
}

Tensor elementwiseResult(const Tensor &t)
{
    // c10's is_non_overlapping_and_dense: visiting dims from the smallest stride, each stride must
    // equal the product of the sizes visited before it (size-1 dims do not matter).
    std::vector<Dim> order;
    for (Dim d = 0; d < t.dim(); ++d)
        order.push_back(d);
    std::stable_sort(order.begin(), order.end(), [&](Dim a, Dim b) { return t.stride(a) < t.stride(b); });
    Dim expected = 1;
    bool dense = true;
    for (Dim d : order) {
        if (t.size(d) == 1)
            continue;
        if (t.stride(d) != expected) {
            dense = false;
            break;
        }
        expected *= t.size(d);
    }
    if (!dense)
        return Tensor::shapeOnly(t.sizes());
    return Tensor::shapeOnly(t.sizes()).asStrided(t.sizes(), t.strides(), 0);
}

Shape broadcastShapes(const Shape &a, const Shape &b)
{
    const size_t n = std::max(a.size(), b.size());
    Shape out(n);
    for (size_t i = 0; i < n; ++i) {
        const Dim x = i < n - a.size() ? 1 : a[i - (n - a.size())];
        const Dim y = i < n - b.size() ? 1 : b[i - (n - b.size())];
        if (x != y && x != 1 && y != 1)
            raise("RuntimeError", "The size of tensor a (" + std::to_string(x) + ") must match the size of tensor b ("
                                      + std::to_string(y) + ") at non-singleton dimension " + std::to_string(i));
        out[i] = x == 1 ? y : x;
    }
    return out;
}

namespace {

using Args = std::vector<Object>;

const Tensor &tensorArg(const Object &o, const char *function, const char *name, int position)
{
    if (!o.is<Tensor>())
        raise("TypeError", std::string(function) + "(): argument '" + name + "' (position " + std::to_string(position)
                               + ") must be Tensor, not " + typeName(o));
    return o.as<Tensor>();
}

const Tensor &self(const Object *s) { return s->as<Tensor>(); }

Dim intArg(const Object &o, const char *function, const char *name, int position)
{
    if (o.is<bool>() || !asInt(o))
        raise("TypeError", std::string(function) + "(): argument '" + name + "' (position " + std::to_string(position)
                               + ") must be int, not " + typeName(o));
    return *asInt(o);
}

// A size given as varargs (x.view(4, -1)) or as one sequence (x.view((4, -1)), x.view(x.size())).
Shape sizeArgs(const Args &extra, const char *function, const char *name, const char *elementKind = "ints")
{
    if (extra.empty())
        raise("TypeError", std::string(function) + "() received an invalid combination of arguments - got (), but expected one of:");
    std::vector<Object> items = extra;
    if (extra.size() == 1 && (extra[0].is<std::shared_ptr<Tuple>>() || extra[0].is<std::shared_ptr<List>>() || extra[0].is<Size>()))
        items = iterate(extra[0]);
    Shape shape;
    for (size_t i = 0; i < items.size(); ++i) {
        if (items[i].is<bool>() || !asInt(items[i]))
            raise("TypeError", std::string(function) + "(): argument '" + name + "' must be tuple of " + elementKind
                                   + ", but found element of type " + typeName(items[i]) + " at pos " + std::to_string(i + 1));
        shape.push_back(*asInt(items[i]));
    }
    return shape;
}

// An int or a sequence of ints, for dim= arguments of reductions.
std::vector<Dim> dimList(const Object &o, const char *function)
{
    if (auto i = asInt(o); i && !o.is<bool>())
        return {*i};
    std::vector<Dim> dims;
    for (const Object &item : iterate(o))
        dims.push_back(intArg(item, function, "dim", 2));
    return dims;
}

Object tensor(Tensor t) { return Object{std::move(t)}; }

// ---- Tensor ops shared by the function and method spellings ----------------------------------

Tensor squeezeOp(const Tensor &t, std::optional<Dim> dim) { return dim ? t.squeeze(*dim) : t.squeeze(); }

Tensor reduceOp(const Tensor &t, const Object &dim, bool keepdim, const char *function)
{
    if (dim.is<NoneValue>())
        return Tensor::shapeOnly({});
    std::vector<Dim> dims = dimList(dim, function);
    std::vector<bool> reduced(size_t(std::max<Dim>(t.dim(), 1)), false);
    for (Dim d : dims) {
        const Dim w = wrapDim(d, t.dim());
        if (reduced[size_t(w)])
            raise("RuntimeError", "dim " + std::to_string(w) + " appears multiple times in the list of dims");
        reduced[size_t(w)] = true;
    }
    if (dims.empty())
        return keepdim ? Tensor::shapeOnly(Shape(size_t(t.dim()), 1)) : Tensor::shapeOnly({});
    Shape out;
    for (Dim i = 0; i < t.dim(); ++i) {
        if (!reduced[size_t(i)])
            out.push_back(t.size(i));
        else if (keepdim)
            out.push_back(1);
    }
    return Tensor::shapeOnly(out);
}

// Where the running row's warnings.warn calls go (set by callBuiltin for the call's duration).
thread_local std::vector<PythonWarning> *t_warned = nullptr;

Tensor softmaxOp(const Tensor &t, const Object &dim, const char *name, bool implicitAllowed, bool self = false)
{
    Dim d;
    if (dim.is<NoneValue>()) {
        if (!implicitAllowed)
            raise("TypeError", std::string(name) + "() received an invalid combination of arguments - got ("
                                   + (self ? "" : "Tensor") + "), but expected one of:");
        // torch.nn.functional._get_softmax_dim, with its deprecation warning
        if (t_warned)
            t_warned->push_back(ft::detail::implicitDimWarning(name));
        const Dim rank = t.dim();
        d = (rank == 0 || rank == 1 || rank == 3) ? 0 : 1;
    } else {
        d = intArg(dim, name, "dim", 2);
    }
    wrapDim(d, t.dim());
    return Tensor::shapeOnly(t.sizes());
}

Tensor moduleShape(const char *name, Arguments args, const Tensor &input)
{
    const ModulePtr m = createModule(name, args);
    return Tensor::shapeOnly(m->outputShape(input.sizes()));
}

Arguments keywords(std::vector<std::pair<std::string, Object>> items)
{
    Arguments args;
    for (auto &[key, value] : items)
        args.keyword.emplace_back(key, toValue(value));
    return args;
}

Tensor permuteOp(const Tensor &t, const Args &extra)
{
    return t.permute(sizeArgs(extra, "permute", "dims"));
}

Tensor tOp(const Tensor &t)
{
    if (t.dim() > 2)
        raise("RuntimeError", "t() expects a tensor with <= 2 dimensions, but self is " + std::to_string(t.dim()) + "D");
    return t.dim() < 2 ? t : t.transpose(0, 1);
}

Tensor catOp(const Object &tensors, Dim dim)
{
    if (tensors.is<Tensor>())
        raise("TypeError", "cat(): argument 'tensors' (position 1) must be tuple of Tensors, not Tensor");
    std::vector<Object> items = iterate(tensors);
    if (items.empty())
        raise("RuntimeError", "torch.cat(): expected a non-empty list of Tensors");
    std::vector<Shape> shapes;
    for (size_t i = 0; i < items.size(); ++i) {
        if (!items[i].is<Tensor>())
            raise("TypeError", "expected Tensor as element " + std::to_string(i) + " in argument 0, but got " + typeName(items[i]));
        shapes.push_back(items[i].as<Tensor>().sizes());
    }
    const Shape &first = shapes[0];
    for (size_t i = 0; i < shapes.size(); ++i)
        if (shapes[i].empty())
            raise("RuntimeError", "zero-dimensional tensor (at position " + std::to_string(i) + ") cannot be concatenated");
    const Dim d = wrapDim(dim, Dim(first.size()));
    Shape out = first;
    for (size_t i = 1; i < shapes.size(); ++i) {
        const Shape &s = shapes[i];
        if (s.size() != first.size())
            raise("RuntimeError", "Tensors must have same number of dimensions: got " + std::to_string(first.size()) + " and "
                                      + std::to_string(s.size()));
        for (size_t k = 0; k < s.size(); ++k) {
            if (Dim(k) == d)
                continue;
            if (s[k] != first[k])
                raise("RuntimeError", "Sizes of tensors must match except in dimension " + std::to_string(d) + ". Expected size "
                                          + std::to_string(first[k]) + " but got size " + std::to_string(s[k])
                                          + " for tensor number " + std::to_string(i) + " in the list.");
        }
        out[size_t(d)] += s[size_t(d)];
    }
    return Tensor::shapeOnly(out);
}

Object sizeOp(const Tensor &t, const Object &dim)
{
    if (dim.is<NoneValue>())
        return Object{Size{t.sizes()}};
    return Object{std::int64_t(t.size(intArg(dim, "size", "dim", 1)))};
}

std::optional<Dim> optionalDim(const Object &o, const char *function)
{
    if (o.is<NoneValue>())
        return std::nullopt;
    return intArg(o, function, "dim", 2);
}

Object elementwise(const Object *, Args &bound, Args &)
{
    return tensor(elementwiseResult(tensorArg(bound[0], "relu", "input", 1)));
}

Object elementwiseMethod(const Object *s, Args &, Args &)
{
    return tensor(elementwiseResult(self(s)));
}

Object pythonNumber(const Object &o, bool toInt)
{
    if (o.is<Tensor>())
        unsupported("converting a tensor's value to a number is not supported");
    if (o.is<std::string>())
        unsupported("converting a str to a number is not supported");
    if (!o.is<std::int64_t>() && !o.is<bool>() && !o.is<double>())
        raise("TypeError", std::string(toInt ? "int() argument must be a string, a bytes-like object or a real number"
                                             : "float() argument must be a string or a real number")
                               + ", not '" + typeName(o) + "'");
    if (toInt) {
        if (o.is<double>()) {
            const double v = o.as<double>();
            if (std::isnan(v))
                raise("ValueError", "cannot convert float NaN to integer");
            if (std::isinf(v))
                raise("OverflowError", "cannot convert float infinity to integer");
            if (std::fabs(v) >= 9.2e18)
                unsupported("integers beyond 64 bits are not supported");
            return Object{std::int64_t(std::trunc(v))};
        }
        return Object{*asInt(o)};
    }
    return Object{o.is<double>() ? o.as<double>() : double(*asInt(o))};
}

bool lessThan(const Object &a, const Object &b)
{
    const bool an = a.is<std::int64_t>() || a.is<bool>() || a.is<double>();
    const bool bn = b.is<std::int64_t>() || b.is<bool>() || b.is<double>();
    if (!an || !bn)
        raise("TypeError", "'<' not supported between instances of '" + typeName(a) + "' and '" + typeName(b) + "'");
    auto value = [](const Object &o) { return o.is<double>() ? o.as<double>() : double(*asInt(o)); };
    return value(a) < value(b);
}

// Python's `a > b` for numbers (max() compares each item to the best so far with '>').
bool greaterThan(const Object &a, const Object &b)
{
    const bool an = a.is<std::int64_t>() || a.is<bool>() || a.is<double>();
    const bool bn = b.is<std::int64_t>() || b.is<bool>() || b.is<double>();
    if (!an || !bn)
        raise("TypeError", "'>' not supported between instances of '" + typeName(a) + "' and '" + typeName(b) + "'");
    auto value = [](const Object &o) { return o.is<double>() ? o.as<double>() : double(*asInt(o)); };
    return value(a) > value(b);
}

Object minMax(Args &bound, Args &extra, bool wantMax, const char *name)
{
    if (!bound[1].is<NoneValue>())
        unsupported(std::string(name) + "(key=...) is not supported");
    const bool hasDefault = !(bound[0].is<std::string>() && bound[0].as<std::string>() == "\x01missing");
    std::vector<Object> items = extra;
    if (extra.size() == 1)
        items = iterate(extra[0]);
    if (extra.empty())
        raise("TypeError", std::string(name) + " expected at least 1 argument, got 0");
    if (hasDefault && extra.size() > 1)
        raise("TypeError", std::string("Cannot specify a default for ") + name + "() with multiple positional arguments");
    if (items.empty() && hasDefault)
        return bound[0];
    if (items.empty())
        raise("ValueError", std::string(name) + "() arg is an empty sequence");
    for (const Object &o : items)
        if (o.is<Tensor>())
            unsupported(std::string(name) + "() over tensors is not supported");
    Object best = items[0];
    for (size_t i = 1; i < items.size(); ++i)
        if (wantMax ? greaterThan(items[i], best) : lessThan(items[i], best))
            best = items[i];
    return best;
}

// isinstance(o, classinfo) for the types a learner's code can name: int float bool str list tuple
// range, nn.Module and its layers, the learner's classes, and tuples of these.
bool isInstance(const Object &o, const Object &classinfo)
{
    if (classinfo.is<std::shared_ptr<Tuple>>()) {
        for (const Object &item : classinfo.as<std::shared_ptr<Tuple>>()->items)
            if (isInstance(o, item))
                return true;
        return false;
    }
    if (classinfo.is<std::shared_ptr<ClassObject>>()) {
        const auto &cls = classinfo.as<std::shared_ptr<ClassObject>>();
        if (cls->isModuleBase)
            return isModuleLike(o);
        if (!o.is<std::shared_ptr<InstanceObject>>())
            return false;
        for (auto c = o.as<std::shared_ptr<InstanceObject>>()->cls; c; c = c->base)
            if (c == cls)
                return true;
        return false;
    }
    if (classinfo.is<ModuleClass>())
        return (o.is<ModulePtr>() || o.is<std::shared_ptr<ContainerObject>>()) && typeName(o) == classinfo.as<ModuleClass>().name;
    if (classinfo.is<Builtin>() && classinfo.as<Builtin>().row && classinfo.as<Builtin>().row->table == Table::Builtins) {
        const std::string_view name = classinfo.as<Builtin>().row->name;
        if (name == "int") return o.is<std::int64_t>() || o.is<bool>();
        if (name == "float") return o.is<double>();
        if (name == "bool") return o.is<bool>();
        if (name == "str") return o.is<std::string>();
        if (name == "list") return o.is<std::shared_ptr<List>>();
        if (name == "tuple") return o.is<std::shared_ptr<Tuple>>() || o.is<Size>(); // torch.Size is a tuple
        if (name == "range") return o.is<Range>();
        if (name == "enumerate" || name == "zip")
            unsupported("isinstance() with " + std::string(name) + " is not supported");
    }
    raise("TypeError", "isinstance() arg 2 must be a type, a tuple of types, or a union");
}

// A builtin of one positional-only argument (len, abs): CPython's own count message.
const Object &exactlyOne(const char *name, const Args &extra)
{
    if (extra.size() != 1)
        raise("TypeError", std::string(name) + "() takes exactly one argument (" + std::to_string(extra.size()) + " given)");
    return extra[0];
}

// ---- tensor factories: torch.zeros/ones/rand/randn and torch.randint --------------------------
// PyTorch's C++ argument parser reads their arguments: it matches an overload by the arguments'
// types (a size list by its container and first element), reports a failed match with the
// argument's position when only one overload could take that call and as "an invalid combination"
// otherwise, then reads the list's later elements (a bool there counts as an int).

[[noreturn]] void invalidCombination(const std::string &function, const CallArgs &args)
{
    std::string got;
    for (const Object &o : args.positional)
        got += (got.empty() ? "" : ", ") + typeName(o);
    for (const auto &keyword : args.keyword)
        got += (got.empty() ? "" : ", ") + keyword.first + "=" + typeName(keyword.second);
    raise("TypeError", function + "() received an invalid combination of arguments - got (" + got + "), but expected one of:");
}

// A factory's keyword arguments besides its size: dtype (None: `fallback`), device and requires_grad.
struct FactoryOptions
{
    DType dtype = DType::Float32;
    bool requiresGrad = false;
    bool onlySizeKeywords = true; // no keyword but the size arguments' own names
};

FactoryOptions factoryOptions(const std::string &function, const CallArgs &args, const std::vector<std::string> &sizeNames,
                              DType fallback)
{
    FactoryOptions options;
    options.dtype = fallback;
    for (const auto &[name, value] : args.keyword) {
        if (std::find(sizeNames.begin(), sizeNames.end(), name) != sizeNames.end())
            continue;
        options.onlySizeKeywords = false;
        if (name == "dtype") {
            if (value.is<DTypeObject>())
                options.dtype = value.as<DTypeObject>().dtype;
            else if (value.is<Builtin>() && value.as<Builtin>().row && std::string_view(value.as<Builtin>().row->name) == "int")
                options.dtype = DType::Int64; // Python's int is torch.int64
            else if (value.is<Builtin>() && value.as<Builtin>().row && value.as<Builtin>().row->table == Table::Builtins
                     && (std::string_view(value.as<Builtin>().row->name) == "float"
                         || std::string_view(value.as<Builtin>().row->name) == "bool"))
                unsupported(function + "(dtype=" + value.as<Builtin>().row->name + ") is not supported by the app: it follows "
                            "float32 and int64 tensors");
            else if (!value.is<NoneValue>())
                invalidCombination(function, args);
        } else if (name == "requires_grad") {
            if (!value.is<bool>())
                invalidCombination(function, args);
            options.requiresGrad = value.as<bool>();
        } else if (name == "device") {
            if (!value.is<NoneValue>() && !(value.is<std::string>() && value.as<std::string>() == "cpu"))
                unsupported(function + "(device=...) is not supported by the app: it runs on the CPU");
        } else if (name == "layout" || name == "pin_memory" || name == "out" || name == "names" || name == "generator") {
            unsupported(function + "(" + name + "=...) is not supported by the app");
        } else {
            invalidCombination(function, args);
        }
    }
    return options;
}

// The size list: `items` are the varargs ints, or the one list/tuple/torch.Size holding them.
// `position` is the 1-based position of a positional size (0: passed as size=); `specific` says
// whether a failed match names the argument (else it is an invalid combination).
Shape factorySize(const std::string &function, const CallArgs &args, const Object *list, std::vector<Object> items,
                  int position, bool specific, const char *elementKind)
{
    auto fail = [&](const Object &what) {
        if (!specific)
            invalidCombination(function, args);
        raise("TypeError", function + "(): argument 'size'" + (position ? " (position " + std::to_string(position) + ")" : "")
                               + " must be tuple of " + elementKind + ", not " + typeName(what));
    };
    if (list) {
        const bool sequence = list->is<std::shared_ptr<Tuple>>() || list->is<std::shared_ptr<List>>() || list->is<Size>();
        if (!sequence)
            fail(*list);
        items = iterate(*list);
        if (!items.empty() && (items[0].is<bool>() || !asInt(items[0])))
            fail(*list);
    } else if (!items.empty() && (items[0].is<bool>() || !asInt(items[0]))) {
        fail(items[0]);
    }
    Shape shape;
    for (size_t i = 0; i < items.size(); ++i) {
        if (!asInt(items[i]))
            raise("TypeError", function + "(): argument 'size' must be tuple of " + elementKind + ", but found element of type "
                                   + typeName(items[i]) + " at pos " + std::to_string(i + 1));
        shape.push_back(*asInt(items[i]));
    }
    return shape;
}

void checkRequiresGrad(const FactoryOptions &options)
{
    if (options.requiresGrad && options.dtype == DType::Int64)
        raise("RuntimeError", "Only Tensors of floating point and complex dtype can require gradients");
}

// torch.zeros/ones/rand/randn(*size, dtype=None, device=None, requires_grad=False), or (size, ...).
Tensor factory(const CallArgs &args, const char *name)
{
    const std::string function = name;
    const FactoryOptions options = factoryOptions(function, args, {"size"}, DType::Float32);
    const Object *keywordSize = nullptr;
    for (const auto &keyword : args.keyword)
        if (keyword.first == "size")
            keywordSize = &keyword.second;
    if (args.positional.empty() && !keywordSize && !args.keyword.empty())
        raise("TypeError", function + "() missing 1 required positional arguments: \"size\"");
    if ((args.positional.empty() && !keywordSize) || (keywordSize && !args.positional.empty()))
        invalidCombination(function, args);
    const bool oneList = keywordSize || (args.positional.size() == 1
                                         && (args.positional[0].is<std::shared_ptr<Tuple>>()
                                             || args.positional[0].is<std::shared_ptr<List>>() || args.positional[0].is<Size>()));
    const Shape shape = oneList ? factorySize(function, args, keywordSize ? keywordSize : &args.positional[0], {},
                                              keywordSize ? 0 : 1, options.onlySizeKeywords, "SymInts")
                                : factorySize(function, args, nullptr, args.positional, 1, options.onlySizeKeywords, "SymInts");
    Tensor t = Tensor::shapeOnly(shape).withDtype(options.dtype);
    if (options.dtype == DType::Int64 && (function == "zeros" || function == "ones"))
        t = t.withValueRange(function == "ones", function == "ones");
    if (options.dtype == DType::Int64 && function == "randn")
        raise("RuntimeError", "\"normal_kernel_cpu\" not implemented for 'Long'");
    if (options.dtype == DType::Int64 && function == "rand")
        raise("RuntimeError", "\"check_uniform_bounds\" not implemented for 'Long'");
    checkRequiresGrad(options);
    return t;
}

// torch.randint(high, size, ...) or torch.randint(low, high, size, ...): int64 unless dtype= says.
Tensor randint(const CallArgs &args)
{
    const std::string function = "randint";
    size_t count = args.positional.size();
    for (const auto &keyword : args.keyword)
        if (keyword.first == "low" || keyword.first == "high" || keyword.first == "size")
            ++count;
    if (count != 2 && count != 3)
        invalidCombination(function, args);
    const std::vector<std::string> names = count == 3 ? std::vector<std::string>{"low", "high", "size"}
                                                      : std::vector<std::string>{"high", "size"};
    const FactoryOptions options = factoryOptions(function, args, names, DType::Int64);
    std::vector<const Object *> bound(names.size(), nullptr);
    std::vector<bool> byKeyword(names.size(), false);
    for (size_t i = 0; i < args.positional.size() && i < bound.size(); ++i)
        bound[i] = &args.positional[i];
    for (const auto &keyword : args.keyword) {
        const auto at = std::find(names.begin(), names.end(), keyword.first);
        if (at == names.end())
            continue;
        const size_t slot = size_t(at - names.begin());
        if (bound[slot]) // given twice, or `low` where this form has none
            invalidCombination(function, args);
        bound[slot] = &keyword.second;
        byKeyword[slot] = true;
    }
    if (std::find(bound.begin(), bound.end(), nullptr) != bound.end() || args.positional.size() > names.size())
        invalidCombination(function, args);
    // Only the (high, size) form is the one overload for its arguments; the other form fails as a whole.
    const bool specific = count == 2 && options.onlySizeKeywords;
    std::vector<std::int64_t> bounds;
    for (size_t i = 0; i + 1 < names.size(); ++i) {
        const Object &value = *bound[i];
        if (value.is<bool>() || !asInt(value)) {
            if (!specific)
                invalidCombination(function, args);
            raise("TypeError", function + "(): argument '" + names[i] + "'"
                                   + (byKeyword[i] ? std::string() : " (position " + std::to_string(i + 1) + ")")
                                   + " must be int, not " + typeName(value));
        }
        bounds.push_back(*asInt(value));
    }
    const size_t sizeSlot = names.size() - 1;
    const Shape shape = factorySize(function, args, bound[sizeSlot], {}, byKeyword[sizeSlot] ? 0 : int(sizeSlot + 1),
                                    specific, "ints");
    Tensor t = Tensor::shapeOnly(shape).withDtype(options.dtype);
    const std::int64_t low = bounds.size() == 2 ? bounds[0] : 0, high = bounds.back();
    if (low >= high)
        raise("RuntimeError", "random_ expects 'from' to be less than 'to', but got from=" + std::to_string(low)
                                  + " >= to=" + std::to_string(high));
    checkRequiresGrad(options);
    return options.dtype == DType::Int64 ? t.withValueRange(low, high - 1) : t;
}

const std::vector<BuiltinRow> &rows()
{
    static const std::vector<BuiltinRow> table = {
        // ---- builtins ----
        {Table::Builtins, "len", nullptr, {}, true, false,
         [](const Object *, Args &, Args &extra) -> Object {
             const Object &o = exactlyOne("len", extra);
             if (o.is<Tensor>()) {
                 if (o.as<Tensor>().dim() == 0)
                     raise("TypeError", "len() of a 0-d tensor");
                 return Object{std::int64_t(o.as<Tensor>().size(0))};
             }
             if (o.is<Range>() || o.is<std::shared_ptr<Tuple>>() || o.is<std::shared_ptr<List>>() || o.is<Size>()
                 || o.is<std::string>() || o.is<std::shared_ptr<ContainerObject>>()
                 || (o.is<ModulePtr>() && o.as<ModulePtr>()->typeName() == "Sequential"))
                 return Object{std::int64_t(iterate(o).size())};
             raise("TypeError", "object of type '" + typeName(o) + "' has no len()");
         }},
        {Table::Builtins, "range", nullptr, {}, true, false,
         [](const Object *, Args &, Args &extra) -> Object {
             if (extra.empty())
                 raise("TypeError", "range expected at least 1 argument, got 0");
             if (extra.size() > 3)
                 raise("TypeError", "range expected at most 3 arguments, got " + std::to_string(extra.size()));
             std::vector<std::int64_t> v;
             for (const Object &o : extra) {
                 if (!asInt(o))
                     raise("TypeError", "'" + typeName(o) + "' object cannot be interpreted as an integer");
                 v.push_back(*asInt(o));
             }
             Range r;
             if (v.size() == 1) {
                 r.stop = v[0];
             } else {
                 r.start = v[0];
                 r.stop = v[1];
                 if (v.size() == 3)
                     r.step = v[2];
             }
             if (r.step == 0)
                 raise("ValueError", "range() arg 3 must not be zero");
             return Object{r};
         }},
        {Table::Builtins, "enumerate", nullptr, {{"iterable", {}}, {"start", std::int64_t(0)}}, false, false,
         [](const Object *, Args &b, Args &) -> Object {
             std::vector<Object> items;
             if (!asInt(b[1]))
                 raise("TypeError", "'" + typeName(b[1]) + "' object cannot be interpreted as an integer");
             std::int64_t i = *asInt(b[1]);
             for (Object &item : iterate(b[0]))
                 items.push_back(tupleOf({Object{i++}, std::move(item)}));
             return listOf(std::move(items));
         }},
        {Table::Builtins, "zip", nullptr, {}, true, false,
         [](const Object *, Args &, Args &extra) -> Object {
             std::vector<std::vector<Object>> columns;
             size_t n = extra.empty() ? 0 : SIZE_MAX;
             for (size_t i = 0; i < extra.size(); ++i) {
                 try {
                     columns.push_back(iterate(extra[i]));
                 } catch (const TorchError &) {
                     raise("TypeError", "'" + typeName(extra[i]) + "' object is not iterable");
                 }
                 n = std::min(n, columns.back().size());
             }
             std::vector<Object> rows;
             for (size_t r = 0; r < n; ++r) {
                 std::vector<Object> row;
                 for (auto &column : columns)
                     row.push_back(column[r]);
                 rows.push_back(tupleOf(std::move(row)));
             }
             return listOf(std::move(rows));
         }},
        {Table::Builtins, "int", nullptr, {{"x", std::int64_t(0)}, {"base", NoneValue{}}}, false, false,
         [](const Object *, Args &b, Args &) -> Object {
             if (!b[1].is<NoneValue>() && !b[0].is<std::string>())
                 raise("TypeError", "int() can't convert non-string with explicit base");
             return pythonNumber(b[0], true);
         }},
        {Table::Builtins, "float", nullptr, {{"x", 0.0}}, false, false,
         [](const Object *, Args &b, Args &) -> Object { return pythonNumber(b[0], false); }},
        {Table::Builtins, "bool", nullptr, {{"x", false}}, false, false,
         [](const Object *, Args &b, Args &) -> Object {
             const Object &o = b[0];
             if (o.is<Tensor>())
                 unsupported("the truth value of a tensor is not supported");
             if (o.is<NoneValue>()) return Object{false};
             if (o.is<bool>()) return o;
             if (auto i = asInt(o)) return Object{*i != 0};
             if (o.is<double>()) return Object{o.as<double>() != 0.0};
             if (o.is<std::string>()) return Object{!o.as<std::string>().empty()};
             if (o.is<std::shared_ptr<Tuple>>() || o.is<std::shared_ptr<List>>() || o.is<Size>())
                 return Object{!iterate(o).empty()};
             return Object{true};
         }},
        {Table::Builtins, "str", nullptr, {{"object", std::string()}}, false, false,
         [](const Object *, Args &b, Args &) -> Object {
             return b[0].is<std::string>() ? b[0] : Object{repr(b[0])};
         }},
        {Table::Builtins, "min", nullptr, {{"default", std::string("\x01missing")}, {"key", NoneValue{}}}, true, false,
         [](const Object *, Args &b, Args &extra) -> Object { return minMax(b, extra, false, "min"); }, true},
        {Table::Builtins, "max", nullptr, {{"default", std::string("\x01missing")}, {"key", NoneValue{}}}, true, false,
         [](const Object *, Args &b, Args &extra) -> Object { return minMax(b, extra, true, "max"); }, true},
        {Table::Builtins, "sum", nullptr, {{"iterable", {}}, {"start", std::int64_t(0)}}, false, false,
         [](const Object *, Args &b, Args &) -> Object {
             Object total = b[1];
             for (const Object &item : iterate(b[0])) {
                 const bool numbers = (total.is<std::int64_t>() || total.is<bool>() || total.is<double>())
                                      && (item.is<std::int64_t>() || item.is<bool>() || item.is<double>());
                 if (!numbers && (item.is<Tensor>() || total.is<Tensor>() || item.is<std::shared_ptr<List>>()
                                  || item.is<std::shared_ptr<Tuple>>()))
                     unsupported("sum() over a " + typeName(item) + " is not supported");
                 if (!numbers)
                     raise("TypeError", "unsupported operand type(s) for +: '" + typeName(total) + "' and '"
                                            + typeName(item) + "'");
                 if (total.is<double>() || item.is<double>()) {
                     auto value = [](const Object &o) { return o.is<double>() ? o.as<double>() : double(*asInt(o)); };
                     total = Object{value(total) + value(item)};
                 } else {
                     std::int64_t r = 0;
                     if (__builtin_add_overflow(*asInt(total), *asInt(item), &r))
                         unsupported("integers beyond 64 bits are not supported");
                     total = Object{r};
                 }
             }
             return total;
         }},
        {Table::Builtins, "abs", nullptr, {}, true, false,
         [](const Object *, Args &, Args &extra) -> Object {
             const Object &o = exactlyOne("abs", extra);
             if (o.is<Tensor>())
                 return o;
             if (o.is<double>())
                 return Object{std::fabs(o.as<double>())};
             if (auto i = asInt(o)) {
                 if (*i == std::numeric_limits<std::int64_t>::min())
                     unsupported("integers beyond 64 bits are not supported");
                 return Object{*i < 0 ? -*i : *i};
             }
             raise("TypeError", "bad operand type for abs(): '" + typeName(o) + "'");
         }},
        {Table::Builtins, "print", nullptr,
         {{"sep", NoneValue{}}, {"end", NoneValue{}}, {"file", NoneValue{}}, {"flush", false}}, true, false,
         [](const Object *, Args &b, Args &) -> Object {
             for (size_t i = 0; i < 2; ++i)
                 if (!b[i].is<NoneValue>() && !b[i].is<std::string>())
                     raise("TypeError", std::string(i == 0 ? "sep" : "end") + " must be None or a string, not "
                                            + typeName(b[i]));
             if (!b[2].is<NoneValue>())
                 unsupported("print(file=...) is not supported");
             return none();
         }, true},
        {Table::Builtins, "isinstance", nullptr, {}, true, false,
         [](const Object *, Args &, Args &extra) -> Object {
             if (extra.size() != 2)
                 raise("TypeError", "isinstance expected 2 arguments, got " + std::to_string(extra.size()));
             return Object{isInstance(extra[0], extra[1])};
         }},
        {Table::Builtins, "list", nullptr, {{"iterable", {}}}, false, false,
         [](const Object *, Args &b, Args &) -> Object { return listOf(iterate(b[0])); }},
        {Table::Builtins, "tuple", nullptr, {{"iterable", {}}}, false, false,
         [](const Object *, Args &b, Args &) -> Object { return tupleOf(iterate(b[0])); }},

        // ---- torch.* ----
        {Table::Torch, "flatten", "torch.flatten", {{"input", {}}, {"start_dim", std::int64_t(0)}, {"end_dim", std::int64_t(-1)}}, false, true,
         [](const Object *, Args &b, Args &) -> Object {
             return tensor(tensorArg(b[0], "flatten", "input", 1).flatten(intArg(b[1], "flatten", "start_dim", 2), intArg(b[2], "flatten", "end_dim", 3)));
         }},
        {Table::Torch, "reshape", "torch.reshape", {{"input", {}}, {"shape", {}}}, false, true,
         [](const Object *, Args &b, Args &) -> Object {
             Args shape{b[1]};
             return tensor(tensorArg(b[0], "reshape", "input", 1).reshape(sizeArgs(shape, "reshape", "shape", "SymInts")));
         }},
        {Table::Torch, "squeeze", "torch.squeeze", {{"input", {}}, {"dim", NoneValue{}}}, false, true,
         [](const Object *, Args &b, Args &) -> Object {
             return tensor(squeezeOp(tensorArg(b[0], "squeeze", "input", 1), optionalDim(b[1], "squeeze")));
         }},
        {Table::Torch, "unsqueeze", "torch.unsqueeze", {{"input", {}}, {"dim", {}}}, false, true,
         [](const Object *, Args &b, Args &) -> Object {
             return tensor(tensorArg(b[0], "unsqueeze", "input", 1).unsqueeze(intArg(b[1], "unsqueeze", "dim", 2)));
         }},
        {Table::Torch, "relu", "torch.relu", {{"input", {}}}, false, false, elementwise},
        {Table::Torch, "sigmoid", "torch.sigmoid", {{"input", {}}}, false, false, elementwise},
        {Table::Torch, "tanh", "torch.tanh", {{"input", {}}}, false, false, elementwise},
        {Table::Torch, "cat", "torch.cat", {{"tensors", {}}, {"dim", std::int64_t(0)}}, false, false,
         [](const Object *, Args &b, Args &) -> Object { return tensor(catOp(b[0], intArg(b[1], "cat", "dim", 2))); }},
        {Table::Torch, "transpose", "torch.transpose", {{"input", {}}, {"dim0", {}}, {"dim1", {}}}, false, false,
         [](const Object *, Args &b, Args &) -> Object {
             return tensor(tensorArg(b[0], "transpose", "input", 1).transpose(intArg(b[1], "transpose", "dim0", 2), intArg(b[2], "transpose", "dim1", 3)));
         }},
        {Table::Torch, "permute", "torch.permute", {{"input", {}}, {"dims", {}}}, false, false,
         [](const Object *, Args &b, Args &) -> Object {
             Args dims{b[1]};
             return tensor(permuteOp(tensorArg(b[0], "permute", "input", 1), dims));
         }},
        {Table::Torch, "mean", "torch.mean", {{"input", {}}, {"dim", NoneValue{}}, {"keepdim", false}}, false, false,
         [](const Object *, Args &b, Args &) -> Object { return tensor(reduceOp(tensorArg(b[0], "mean", "input", 1), b[1], b[2].is<bool>() && b[2].as<bool>(), "mean")); }},
        {Table::Torch, "sum", "torch.sum", {{"input", {}}, {"dim", NoneValue{}}, {"keepdim", false}}, false, false,
         [](const Object *, Args &b, Args &) -> Object { return tensor(reduceOp(tensorArg(b[0], "sum", "input", 1), b[1], b[2].is<bool>() && b[2].as<bool>(), "sum")); }},
        {Table::Torch, "softmax", "torch.softmax", {{"input", {}}, {"dim", NoneValue{}}}, false, false,
         [](const Object *, Args &b, Args &) -> Object { return tensor(softmaxOp(tensorArg(b[0], "softmax", "input", 1), b[1], "softmax", false)); }},
        {Table::Torch, "log_softmax", "torch.log_softmax", {{"input", {}}, {"dim", NoneValue{}}}, false, false,
         [](const Object *, Args &b, Args &) -> Object { return tensor(softmaxOp(tensorArg(b[0], "log_softmax", "input", 1), b[1], "log_softmax", false)); }},
        {Table::Torch, "numel", nullptr, {{"input", {}}}, false, false,
         [](const Object *, Args &b, Args &) -> Object { return Object{std::int64_t(tensorArg(b[0], "numel", "input", 1).numel())}; }},
        {Table::Torch, "zeros", "torch.zeros", {}, true, false, nullptr, false, [](const CallArgs &a) { return tensor(factory(a, "zeros")); }},
        {Table::Torch, "ones", "torch.ones", {}, true, false, nullptr, false, [](const CallArgs &a) { return tensor(factory(a, "ones")); }},
        {Table::Torch, "randn", "torch.randn", {}, true, false, nullptr, false, [](const CallArgs &a) { return tensor(factory(a, "randn")); }},
        {Table::Torch, "rand", "torch.rand", {}, true, false, nullptr, false, [](const CallArgs &a) { return tensor(factory(a, "rand")); }},
        {Table::Torch, "randint", "torch.randint", {}, true, false, nullptr, false, [](const CallArgs &a) { return tensor(randint(a)); }},
        {Table::Torch, "Size", nullptr, {{"sizes", std::shared_ptr<Tuple>()}}, false, false,
         [](const Object *, Args &b, Args &) -> Object {
             Shape dims;
             if (b[0].is<std::shared_ptr<Tuple>>() && !b[0].as<std::shared_ptr<Tuple>>())
                 return Object{Size{}}; // torch.Size(): the default, an empty tuple
             for (const Object &item : iterate(b[0])) {
                 if (!asInt(item))
                     raise("TypeError", "torch.Size() takes an iterable of 'int' (item 0 is '" + typeName(item) + "')");
                 dims.push_back(*asInt(item));
             }
             return Object{Size{dims}};
         }},

        // ---- torch.nn.functional.* ----
        {Table::Functional, "relu", "F.relu", {{"input", {}}, {"inplace", false}}, false, false, elementwise},
        {Table::Functional, "sigmoid", "F.sigmoid", {{"input", {}}}, false, false, elementwise},
        {Table::Functional, "tanh", "F.tanh", {{"input", {}}}, false, false, elementwise},
        {Table::Functional, "gelu", "F.gelu", {{"input", {}}}, false, false, elementwise},
        {Table::Functional, "leaky_relu", "F.leaky_relu", {{"input", {}}, {"negative_slope", 0.01}, {"inplace", false}}, false, false, elementwise},
        {Table::Functional, "dropout", "F.dropout", {{"input", {}}, {"p", 0.5}, {"training", true}, {"inplace", false}}, false, false,
         [](const Object *, Args &b, Args &) -> Object {
             const Tensor &t = tensorArg(b[0], "dropout", "input", 1);
             const auto p = b[1].is<double>() ? b[1].as<double>() : double(asInt(b[1]).value_or(0));
             if (p < 0.0 || p > 1.0)
                 raise("ValueError", "dropout probability has to be between 0 and 1, but got " + toValue(b[1]).repr());
             return tensor(elementwiseResult(t));
         }},
        {Table::Functional, "max_pool2d", "F.max_pool2d",
         {{"input", {}}, {"kernel_size", {}}, {"stride", NoneValue{}}, {"padding", std::int64_t(0)}, {"dilation", std::int64_t(1)},
          {"ceil_mode", false}, {"return_indices", false}}, false, false,
         [](const Object *, Args &b, Args &) -> Object {
             const Tensor &t = tensorArg(b[0], "max_pool2d", "input", 1);
             Tensor out = moduleShape("MaxPool2d", keywords({{"kernel_size", b[1]}, {"stride", b[2]}, {"padding", b[3]},
                                                             {"dilation", b[4]}, {"ceil_mode", b[5]}}), t);
             if (b[6].is<bool>() && b[6].as<bool>())
                 return tupleOf({tensor(out), tensor(out)});
             return tensor(out);
         }},
        {Table::Functional, "avg_pool2d", "F.avg_pool2d",
         {{"input", {}}, {"kernel_size", {}}, {"stride", NoneValue{}}, {"padding", std::int64_t(0)}, {"ceil_mode", false},
          {"count_include_pad", true}, {"divisor_override", NoneValue{}}}, false, false,
         [](const Object *, Args &b, Args &) -> Object {
             return tensor(moduleShape("AvgPool2d", keywords({{"kernel_size", b[1]}, {"stride", b[2]}, {"padding", b[3]},
                                                              {"ceil_mode", b[4]}, {"count_include_pad", b[5]}, {"divisor_override", b[6]}}),
                                       tensorArg(b[0], "avg_pool2d", "input", 1)));
         }},
        {Table::Functional, "adaptive_avg_pool2d", "F.adaptive_avg_pool2d", {{"input", {}}, {"output_size", {}}}, false, false,
         [](const Object *, Args &b, Args &) -> Object {
             return tensor(moduleShape("AdaptiveAvgPool2d", keywords({{"output_size", b[1]}}), tensorArg(b[0], "adaptive_avg_pool2d", "input", 1)));
         }},
        {Table::Functional, "softmax", "F.softmax", {{"input", {}}, {"dim", NoneValue{}}, {"_stacklevel", std::int64_t(3)}, {"dtype", NoneValue{}}}, false, false,
         [](const Object *, Args &b, Args &) -> Object { return tensor(softmaxOp(tensorArg(b[0], "softmax", "input", 1), b[1], "softmax", true)); }},
        {Table::Functional, "log_softmax", "F.log_softmax", {{"input", {}}, {"dim", NoneValue{}}, {"_stacklevel", std::int64_t(3)}, {"dtype", NoneValue{}}}, false, false,
         [](const Object *, Args &b, Args &) -> Object { return tensor(softmaxOp(tensorArg(b[0], "log_softmax", "input", 1), b[1], "log_softmax", true)); }},

        // ---- Tensor methods ----
        {Table::TensorMethod, "view", "view", {}, true, true,
         [](const Object *s, Args &, Args &e) -> Object { return tensor(self(s).view(sizeArgs(e, "view", "size", "SymInts"))); }},
        {Table::TensorMethod, "reshape", "reshape", {}, true, true,
         [](const Object *s, Args &, Args &e) -> Object { return tensor(self(s).reshape(sizeArgs(e, "reshape", "shape", "SymInts"))); }},
        {Table::TensorMethod, "flatten", "flatten", {{"start_dim", std::int64_t(0)}, {"end_dim", std::int64_t(-1)}}, false, true,
         [](const Object *s, Args &b, Args &) -> Object { return tensor(self(s).flatten(intArg(b[0], "flatten", "start_dim", 1), intArg(b[1], "flatten", "end_dim", 2))); }},
        {Table::TensorMethod, "unflatten", "unflatten", {{"dim", {}}, {"sizes", {}}}, false, true,
         [](const Object *s, Args &b, Args &) -> Object {
             Args sizes{b[1]};
             return tensor(self(s).unflatten(intArg(b[0], "unflatten", "dim", 1), sizeArgs(sizes, "unflatten", "sizes")));
         }},
        {Table::TensorMethod, "squeeze", "squeeze", {{"dim", NoneValue{}}}, false, true,
         [](const Object *s, Args &b, Args &) -> Object { return tensor(squeezeOp(self(s), optionalDim(b[0], "squeeze"))); }},
        {Table::TensorMethod, "unsqueeze", "unsqueeze", {{"dim", {}}}, false, true,
         [](const Object *s, Args &b, Args &) -> Object { return tensor(self(s).unsqueeze(intArg(b[0], "unsqueeze", "dim", 1))); }},
        {Table::TensorMethod, "size", nullptr, {{"dim", NoneValue{}}}, false, false,
         [](const Object *s, Args &b, Args &) -> Object { return sizeOp(self(s), b[0]); }},
        {Table::TensorMethod, "dim", nullptr, {}, false, false,
         [](const Object *s, Args &, Args &) -> Object { return Object{std::int64_t(self(s).dim())}; }},
        {Table::TensorMethod, "numel", nullptr, {}, false, false,
         [](const Object *s, Args &, Args &) -> Object { return Object{std::int64_t(self(s).numel())}; }},
        {Table::TensorMethod, "permute", "permute", {}, true, false,
         [](const Object *s, Args &, Args &e) -> Object { return tensor(permuteOp(self(s), e)); }},
        {Table::TensorMethod, "transpose", "transpose", {{"dim0", {}}, {"dim1", {}}}, false, false,
         [](const Object *s, Args &b, Args &) -> Object { return tensor(self(s).transpose(intArg(b[0], "transpose", "dim0", 1), intArg(b[1], "transpose", "dim1", 2))); }},
        {Table::TensorMethod, "t", "t", {}, false, false,
         [](const Object *s, Args &, Args &) -> Object { return tensor(tOp(self(s))); }},
        {Table::TensorMethod, "contiguous", "contiguous", {}, false, false,
         [](const Object *s, Args &, Args &) -> Object { return tensor(self(s).contiguous()); }},
        {Table::TensorMethod, "mean", "mean", {{"dim", NoneValue{}}, {"keepdim", false}}, false, false,
         [](const Object *s, Args &b, Args &) -> Object { return tensor(reduceOp(self(s), b[0], b[1].is<bool>() && b[1].as<bool>(), "mean")); }},
        {Table::TensorMethod, "sum", "sum", {{"dim", NoneValue{}}, {"keepdim", false}}, false, false,
         [](const Object *s, Args &b, Args &) -> Object { return tensor(reduceOp(self(s), b[0], b[1].is<bool>() && b[1].as<bool>(), "sum")); }},
        {Table::TensorMethod, "relu", "relu", {}, false, false, elementwiseMethod},
        {Table::TensorMethod, "sigmoid", "sigmoid", {}, false, false, elementwiseMethod},
        {Table::TensorMethod, "tanh", "tanh", {}, false, false, elementwiseMethod},
        {Table::TensorMethod, "detach", "detach", {}, false, false, elementwiseMethod},
        {Table::TensorMethod, "softmax", "softmax", {{"dim", NoneValue{}}}, false, false,
         [](const Object *s, Args &b, Args &) -> Object { return tensor(softmaxOp(self(s), b[0], "softmax", false, true)); }},
        {Table::TensorMethod, "log_softmax", "log_softmax", {{"dim", NoneValue{}}}, false, false,
         [](const Object *s, Args &b, Args &) -> Object { return tensor(softmaxOp(self(s), b[0], "log_softmax", false, true)); }},

        // ---- list / ModuleList / torch.Size methods ----
        {Table::ListMethod, "append", nullptr, {{"object", {}}}, false, false,
         [](const Object *s, Args &b, Args &) -> Object {
             if (s->is<std::shared_ptr<List>>()) {
                 s->as<std::shared_ptr<List>>()->items.push_back(b[0]);
             } else {
                 if (!isModuleLike(b[0]))
                     raise("TypeError", typeName(b[0]) + " is not a Module subclass");
                 s->as<std::shared_ptr<ContainerObject>>()->items.push_back(b[0]);
             }
             return *s;
         }},
        {Table::ListMethod, "numel", nullptr, {}, false, false,
         [](const Object *s, Args &, Args &) -> Object {
             const auto n = checkedNumel(s->as<Size>().dims);
             if (!n)
                 unsupported("integers beyond 64 bits are not supported");
             return Object{std::int64_t(*n)};
         }},

        // ---- nn.Module.__init__, reached through super() (the interpreter binds it itself) ----
        {Table::ModuleMethod, "__init__", nullptr, {}, false, false, nullptr},
    };
    return table;
}

} // namespace

const BuiltinRow *findBuiltin(Table table, std::string_view name)
{
    for (const BuiltinRow &row : rows())
        if (row.table == table && name == row.name)
            return &row;
    return nullptr;
}

namespace {

bool holdsInt64Tensor(const Object &o)
{
    if (o.is<Tensor>())
        return o.as<Tensor>().dtype() == DType::Int64;
    if (o.is<std::shared_ptr<Tuple>>() || o.is<std::shared_ptr<List>>()) {
        const auto &items = o.is<std::shared_ptr<Tuple>>() ? o.as<std::shared_ptr<Tuple>>()->items : o.as<std::shared_ptr<List>>()->items;
        return std::any_of(items.begin(), items.end(), holdsInt64Tensor);
    }
    return false;
}

bool holdsFloatTensor(const Object &o)
{
    if (o.is<Tensor>())
        return o.as<Tensor>().dtype() == DType::Float32;
    if (o.is<std::shared_ptr<Tuple>>())
        return std::any_of(o.as<std::shared_ptr<Tuple>>()->items.begin(), o.as<std::shared_ptr<Tuple>>()->items.end(),
                           holdsFloatTensor);
    return false;
}

Object callRow(const Builtin &builtin, CallArgs &args);

} // namespace

// An op given an int64 tensor either keeps its type (views and reshapes, which keep the label) or
// has its own rules for it, which only the layers (Module::resultDtype) model here: an op whose
// result came out float32 would be a guess, so it is refused instead.
Object callBuiltin(const Builtin &builtin, CallArgs &args, std::vector<PythonWarning> &warned)
{
    struct WarnInto // where the row's warnings.warn calls go while it runs
    {
        std::vector<PythonWarning> *outer = std::exchange(t_warned, nullptr);
        ~WarnInto() { t_warned = outer; }
    } scope;
    t_warned = &warned;
    bool int64Input = builtin.self && holdsInt64Tensor(*builtin.self);
    for (const Object &o : args.positional)
        int64Input = int64Input || holdsInt64Tensor(o);
    for (const auto &keyword : args.keyword)
        int64Input = int64Input || holdsInt64Tensor(keyword.second);
    Object result = callRow(builtin, args);
    if (int64Input && holdsFloatTensor(result))
        unsupported(std::string(builtin.row->op ? builtin.row->op : builtin.row->name)
                    + " on an int64 tensor is not supported by the app (it follows token ids into layers, not their values)");
    return result;
}

namespace {

Object callRow(const Builtin &builtin, CallArgs &args)
{
    const BuiltinRow &row = *builtin.row;
    if (row.parse)
        return row.parse(args);
    std::vector<SlotSpec> specs;
    for (const BuiltinParam &p : row.params)
        specs.push_back({p.name, !p.defaultValue.has_value()});
    std::vector<std::string> keywordNames;
    for (const auto &k : args.keyword)
        keywordNames.push_back(k.first);
    std::string prefix = std::string(row.name) + "() ";
    if (row.table == Table::TensorMethod)
        prefix = "Tensor." + prefix;
    if (row.varPositional && !args.keyword.empty() && row.params.empty() && row.table == Table::Builtins
        && std::string_view(row.name) != "zip")
        raise("TypeError", std::string(row.name) + "() takes no keyword arguments");
    if (row.keywordOnly && std::string_view(row.name) == "print")
        for (const auto &keyword : args.keyword) {
            const std::string &key = keyword.first; // clang 14 cannot capture a structured binding
            if (std::none_of(row.params.begin(), row.params.end(), [&](const BuiltinParam &p) { return key == p.name; }))
                raise("TypeError", "'" + key + "' is an invalid keyword argument for print()");
        }
    if (row.varPositional && !args.keyword.empty() && row.params.empty())
        raise("TypeError", std::string(row.name) + "() got an unexpected keyword argument '" + args.keyword[0].first + "'");
    const std::vector<int> slots = bindSlots(prefix, row.name, specs, row.keywordOnly ? 0 : args.positional.size(),
                                             keywordNames, row.varPositional, false, 0);
    std::vector<Object> bound(row.params.size());
    std::vector<bool> filled(row.params.size(), false);
    std::vector<Object> extra;
    for (size_t i = 0; i < args.positional.size(); ++i) {
        if (i < bound.size() && !row.keywordOnly) {
            bound[i] = args.positional[i];
            filled[i] = true;
        } else {
            extra.push_back(args.positional[i]);
        }
    }
    for (size_t k = 0; k < slots.size(); ++k) {
        bound[size_t(slots[k])] = args.keyword[k].second;
        filled[size_t(slots[k])] = true;
    }
    for (size_t i = 0; i < bound.size(); ++i)
        if (!filled[i])
            bound[i] = Object{*row.params[i].defaultValue};
    return row.fn(builtin.self.get(), bound, extra);
}

} // namespace

} // namespace ft::source
