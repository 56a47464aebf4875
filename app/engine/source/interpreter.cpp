// interpreter.cpp — see interpreter_p.h. Statements return a Flow; expressions return an Object;
// engine errors (TorchError) become PythonErrors carrying the line of the innermost expression
// that raised in the learner's file, which is the line Python's traceback shows last.
#include "engine/source/interpreter_p.h"

#include "engine/error.h"
#include "engine/source/library_p.h"
#include "engine/module_args_p.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>
#include <utility>

namespace ft::source {

const Object *ClassObject::find(const std::string &key) const
{
    for (const auto &[name, value] : attributes)
        if (name == key)
            return &value;
    return nullptr;
}

namespace {

enum class Flow { Normal, Return, Break, Continue };

struct Frame
{
    std::unordered_map<std::string, Object> locals;
    std::shared_ptr<FunctionObject> function; // null at module level
    std::optional<Object> firstArgument;      // for zero-argument super()
    Object returned = none();
};

Object *findIn(std::vector<std::pair<std::string, Object>> &items, const std::string &key)
{
    for (auto &[name, value] : items)
        if (name == key)
            return &value;
    return nullptr;
}

std::shared_ptr<ClassObject> moduleBase()
{
    static const auto base = [] {
        auto c = std::make_shared<ClassObject>();
        c->name = "Module";
        c->isModuleBase = true;
        return c;
    }();
    return base;
}

} // namespace

struct Interpreter::Impl
{
    const SourceFile &module;
    std::unordered_map<std::string, Object> globals;
    std::vector<std::shared_ptr<ClassObject>> moduleClasses; // nn.Module subclasses, in definition order
    std::vector<Frame *> frames;
    std::vector<SourceStep> steps;
    bool recording = false;
    std::optional<Dim> batch;
    bool batchWarned = false;
    // While a recorded call of an nn.Sequential of the learner's modules runs: the batch change an
    // engine module directly inside it made (PyTorch's forward hook on that nn.Flatten sees it at
    // that moment, before any later line of the learner's code), for that call's step.
    bool collectingContainerChange = false;
    std::optional<SourceStep::BatchChange> containerChange;
    std::optional<SourceStep> failedCallWarning; // such a call that then raised: its warning, without a step
    std::vector<SourceWarning> pythonWarnings; // what PyTorch warned, in order, by line
    std::int64_t loopIterations = 0;
    std::string failingOp;
    int failingModuleLine = 0;                               // where the module that raised was built
    ModulePtr failingModule;                                 // the engine module that raised, if one did
    std::optional<Shape> failingInput;                       // and its input
    std::unordered_map<const ft::Module *, int> builtAt;     // engine module -> line of its nn.X(...) call

    // Every instance made, so the destructor can break the cycles a learner's code may create
    // (self.parent = self): the shared pointers alone would never free them.
    std::vector<std::weak_ptr<InstanceObject>> instances;

    explicit Impl(const SourceFile &m) : module(m) {}
    ~Impl()
    {
        for (const auto &weak : instances) {
            if (const auto instance = weak.lock()) {
                instance->dict.clear();
                instance->modules.clear();
            }
        }
    }

    // ---- errors -------------------------------------------------------------------------------
    [[noreturn]] void sourceError(const std::string &kind, const std::string &message, int line, int col) const
    {
        throw SourceError(kind, message, line, col + 1, sourceLine(module.source, line));
    }
    [[noreturn]] void unsupportedAt(const Expr &e, const std::string &message) const
    {
        sourceError("unsupported", message, e.lineno, e.col_offset);
    }
    [[noreturn]] void unsupportedAt(const Stmt &s, const std::string &message) const
    {
        sourceError("unsupported", message, s.lineno, s.col_offset);
    }
    std::string text(const Expr &e) const { return module.source.substr(e.begin, e.end - e.begin); }

    // ---- names --------------------------------------------------------------------------------
    Frame &frame() { return *frames.back(); }

    Object lookup(const Expr &e)
    {
        Frame &f = frame();
        if (f.function) {
            if (auto it = f.locals.find(e.id); it != f.locals.end())
                return it->second;
        }
        if (auto it = globals.find(e.id); it != globals.end())
            return it->second;
        if (const BuiltinRow *row = findBuiltin(Table::Builtins, e.id))
            return Object{Builtin{row, nullptr}};
        if (e.id == "super")
            return Object{Builtin{nullptr, nullptr}}; // handled in call()
        if (e.id == "__name__")
            return Object{std::string("__flatten_tutor__")};
        static const char *const kUnsupported[] = {"getattr", "setattr", "hasattr", "type", "dict", "set",
                                                   "sorted", "reversed", "map", "filter", "round", "any", "all",
                                                   "open", "input", "eval", "exec", "iter", "next", "id", "hash", "vars",
                                                   "dir", "object", "Exception", "ValueError", "NotImplementedError"};
        for (const char *name : kUnsupported)
            if (e.id == name)
                unsupportedAt(e, "the builtin '" + e.id + "' is not supported");
        raise("NameError", "name '" + e.id + "' is not defined");
    }

    void bind(const std::string &name, Object value)
    {
        Frame &f = frame();
        if (f.function)
            f.locals[name] = std::move(value);
        else
            globals[name] = std::move(value);
    }

    // ---- statements ---------------------------------------------------------------------------
    Flow execBlock(const std::vector<StmtPtr> &body)
    {
        for (const StmtPtr &s : body) {
            const Flow flow = exec(*s);
            if (flow != Flow::Normal)
                return flow;
        }
        return Flow::Normal;
    }

    // Runs `run` for `node` and gives what it raises the node's line (a statement's or an
    // expression's), unless an inner frame has located it already.
    template <typename Node, typename Run>
    auto located(const Node &node, Run run) -> decltype(run())
    {
        try {
            return run();
        } catch (const PythonError &) {
            throw; // already located in an inner frame
        } catch (const TorchError &error) {
            throw PythonError(error, node.lineno);
        } catch (const Unsupported &error) {
            unsupportedAt(node, error.message);
        }
    }

    Flow exec(const Stmt &s) { return located(s, [&] { return execUnchecked(s); }); }

    Flow execUnchecked(const Stmt &s)
    {
        switch (s.kind) {
        case StmtKind::Expr:
            (void)eval(*s.value);
            return Flow::Normal;
        case StmtKind::Pass:
            return Flow::Normal;
        case StmtKind::Break:
            return Flow::Break;
        case StmtKind::Continue:
            return Flow::Continue;
        case StmtKind::Return:
            if (!frame().function)
                sourceError("SyntaxError", "'return' outside function", s.lineno, s.col_offset);
            frame().returned = s.value ? eval(*s.value) : none();
            return Flow::Return;
        case StmtKind::Assign: {
            Object value = eval(*s.value);
            for (const ExprPtr &target : s.targets)
                assign(*target, value, s);
            return Flow::Normal;
        }
        case StmtKind::AnnAssign:
            if (s.value)
                assign(*s.targets[0], eval(*s.value), s);
            return Flow::Normal;
        case StmtKind::AugAssign: {
            const Expr &target = *s.targets[0];
            Object current = eval(target);
            Object value = eval(*s.value);
            Object result = binary(s.name, current, value, target);
            assign(target, result, s);
            return Flow::Normal;
        }
        case StmtKind::If:
            if (truthy(eval(*s.value), *s.value))
                return execBlock(s.body);
            return execBlock(s.orelse);
        case StmtKind::For:
            return execFor(s);
        case StmtKind::Assert: {
            if (!truthy(eval(*s.value), *s.value)) {
                std::string message;
                if (!s.targets.empty()) {
                    Object m = eval(*s.targets[0]);
                    message = m.is<std::string>() ? m.as<std::string>() : repr(m);
                }
                raise("AssertionError", message);
            }
            return Flow::Normal;
        }
        case StmtKind::Import:
        case StmtKind::ImportFrom:
            execImport(s);
            return Flow::Normal;
        case StmtKind::FunctionDef: {
            if (frame().function)
                unsupportedAt(s, "functions defined inside functions are not supported");
            bind(s.name, Object{makeFunction(s, s.name, nullptr)});
            return Flow::Normal;
        }
        case StmtKind::ClassDef:
            if (frame().function)
                unsupportedAt(s, "classes defined inside functions are not supported");
            execClass(s);
            return Flow::Normal;
        }
        return Flow::Normal;
    }

    std::shared_ptr<FunctionObject> makeFunction(const Stmt &def, std::string qualname, std::shared_ptr<ClassObject> owner)
    {
        auto f = std::make_shared<FunctionObject>();
        f->def = &def;
        f->qualname = std::move(qualname);
        f->owner = std::move(owner);
        for (const Arg &arg : def.args)
            if (arg.defaultValue)
                f->defaults.push_back(eval(*arg.defaultValue));
        return f;
    }

    void execClass(const Stmt &s)
    {
        auto cls = std::make_shared<ClassObject>();
        cls->name = s.name;
        if (s.targets.size() != 1)
            unsupportedAt(s, "a model class derives from exactly one class (nn.Module or another model class)");
        Object base = eval(*s.targets[0]);
        if (!base.is<std::shared_ptr<ClassObject>>())
            unsupportedAt(*s.targets[0], "a model class must derive from nn.Module (got '" + text(*s.targets[0]) + "')");
        const auto &baseClass = base.as<std::shared_ptr<ClassObject>>();
        if (!baseClass->isModuleBase)
            cls->base = baseClass;
        for (const StmtPtr &item : s.body) {
            switch (item->kind) {
            case StmtKind::FunctionDef:
                if (auto *existing = findIn(cls->attributes, item->name))
                    *existing = Object{makeFunction(*item, s.name + "." + item->name, cls)};
                else
                    cls->attributes.emplace_back(item->name, Object{makeFunction(*item, s.name + "." + item->name, cls)});
                break;
            case StmtKind::Assign:
            case StmtKind::AnnAssign: {
                if (!item->value)
                    break;
                Object value = eval(*item->value);
                for (const ExprPtr &target : item->targets) {
                    if (target->kind != ExprKind::Name)
                        unsupportedAt(*target, "only plain names can be assigned in a class body");
                    if (auto *existing = findIn(cls->attributes, target->id))
                        *existing = value;
                    else
                        cls->attributes.emplace_back(target->id, value);
                }
                break;
            }
            case StmtKind::Pass:
                break;
            case StmtKind::Expr:
                if (item->value->kind == ExprKind::Constant)
                    break; // a docstring
                [[fallthrough]];
            default:
                unsupportedAt(*item, "a class body may hold methods, class attributes and a docstring only");
            }
        }
        bind(s.name, Object{cls});
        moduleClasses.push_back(cls);
    }

    void execImport(const Stmt &s)
    {
        auto isTorch = [](const std::string &name) { return name == "torch" || name.starts_with("torch."); };
        if (s.kind == StmtKind::Import) {
            for (const Alias &alias : s.names) {
                if (!isTorch(alias.name))
                    sourceError("unsupported", "importing '" + alias.name
                                                   + "' is not supported: the app runs torch, torch.nn and torch.nn.functional",
                                alias.lineno, alias.col_offset);
                if (alias.asname.empty())
                    bind("torch", Object{Namespace{"torch"}});
                else
                    bind(alias.asname, Object{Namespace{alias.name}});
            }
            return;
        }
        if (s.name == "__future__" || s.name == "typing")
            return; // annotations are never evaluated
        if (!isTorch(s.name))
            unsupportedAt(s, "importing from '" + s.name
                                 + "' is not supported: the app runs torch, torch.nn and torch.nn.functional");
        for (const Alias &alias : s.names) {
            Object value;
            try {
                value = attribute(Object{Namespace{s.name}}, alias.name);
            } catch (const Unsupported &error) {
                sourceError("unsupported", error.message, alias.lineno, alias.col_offset);
            }
            bind(alias.asname.empty() ? alias.name : alias.asname, std::move(value));
        }
    }

    void countIteration(const Stmt &s)
    {
        if (++loopIterations > kMaxLoopIterations)
            sourceError("limit", "more than " + std::to_string(kMaxLoopIterations)
                                     + " loop iterations in total: the app stops there (a model's loops are short)",
                        s.lineno, s.col_offset);
    }

    Flow execFor(const Stmt &s)
    {
        Object iterable = eval(*s.value);
        if (iterable.is<Range>()) {
            const Range r = iterable.as<Range>();
            // Checked before iterating, so range(10**12) stops at once.
            for (std::int64_t i = r.start; r.step > 0 ? i < r.stop : i > r.stop; i += r.step) {
                countIteration(s);
                assign(*s.targets[0], Object{i}, s);
                const Flow flow = execBlock(s.body);
                if (flow == Flow::Break)
                    return Flow::Normal;
                if (flow == Flow::Return)
                    return flow;
            }
            return execBlock(s.orelse);
        }
        const std::vector<Object> items = iterateChecked(iterable, *s.value);
        for (const Object &item : items) {
            countIteration(s);
            assign(*s.targets[0], item, s);
            const Flow flow = execBlock(s.body);
            if (flow == Flow::Break)
                return Flow::Normal;
            if (flow == Flow::Return)
                return flow;
        }
        return execBlock(s.orelse);
    }

    std::vector<Object> iterateChecked(const Object &iterable, const Expr &at)
    {
        if (iterable.is<Tensor>())
            unsupportedAt(at, "iterating over a tensor is not supported");
        if (iterable.is<Range>()) {
            const Range r = iterable.as<Range>();
            const long double count = r.step > 0 ? std::ceil((long double)(r.stop - r.start) / r.step)
                                                 : std::ceil((long double)(r.start - r.stop) / -r.step);
            if (count > kMaxLoopIterations)
                sourceError("limit", "a range of more than " + std::to_string(kMaxLoopIterations)
                                         + " items: the app stops there (a model's loops are short)",
                            at.lineno, at.col_offset);
        }
        return iterate(iterable);
    }

    // ---- assignment ---------------------------------------------------------------------------
    void assign(const Expr &target, const Object &value, const Stmt &s)
    {
        switch (target.kind) {
        case ExprKind::Name:
            bind(target.id, value);
            return;
        case ExprKind::Attribute:
            setAttribute(eval(*target.children[0]), target.id, value, target);
            return;
        case ExprKind::Subscript: {
            Object container = eval(*target.children[0]);
            Object index = eval(*target.children[1]);
            setItem(container, index, value, target);
            return;
        }
        case ExprKind::Tuple:
        case ExprKind::List: {
            if (value.is<Tensor>())
                unsupportedAt(target, "unpacking a tensor is not supported");
            if (!isIterable(value))
                raise("TypeError", "cannot unpack non-iterable " + typeName(value) + " object");
            std::vector<Object> items = iterateChecked(value, target);
            const auto &targets = target.children;
            size_t starred = targets.size();
            for (size_t i = 0; i < targets.size(); ++i)
                if (targets[i]->kind == ExprKind::Starred)
                    starred = i;
            if (starred == targets.size()) {
                if (items.size() < targets.size())
                    raise("ValueError", "not enough values to unpack (expected " + std::to_string(targets.size()) + ", got "
                                            + std::to_string(items.size()) + ")");
                if (items.size() > targets.size())
                    raise("ValueError", "too many values to unpack (expected " + std::to_string(targets.size()) + ")");
                for (size_t i = 0; i < targets.size(); ++i)
                    assign(*targets[i], items[i], s);
                return;
            }
            const size_t fixed = targets.size() - 1;
            if (items.size() < fixed)
                raise("ValueError", "not enough values to unpack (expected at least " + std::to_string(fixed) + ", got "
                                        + std::to_string(items.size()) + ")");
            const size_t after = targets.size() - starred - 1;
            for (size_t i = 0; i < starred; ++i)
                assign(*targets[i], items[i], s);
            std::vector<Object> rest(items.begin() + long(starred), items.end() - long(after));
            assign(*targets[starred]->children[0], listOf(std::move(rest)), s);
            for (size_t i = 0; i < after; ++i)
                assign(*targets[starred + 1 + i], items[items.size() - after + i], s);
            return;
        }
        default:
            unsupportedAt(target, "cannot assign to this expression");
        }
    }

    static bool isIterable(const Object &o)
    {
        return o.is<std::shared_ptr<Tuple>>() || o.is<std::shared_ptr<List>>() || o.is<Size>() || o.is<Range>()
               || o.is<std::string>() || o.is<std::shared_ptr<ContainerObject>>() || o.is<ModulePtr>();
    }

    void setAttribute(const Object &owner, const std::string &name, const Object &value, const Expr &at)
    {
        if (!owner.is<std::shared_ptr<InstanceObject>>())
            unsupportedAt(at, "assigning attributes of a " + typeName(owner) + " is not supported");
        InstanceObject &self = *owner.as<std::shared_ptr<InstanceObject>>();
        // torch.nn.Module.__setattr__ (1.13): modules go to _modules, which exists only after
        // Module.__init__; a name already registered as a module takes only modules or None.
        if (isModuleLike(value)) {
            if (!self.moduleInitialized)
                raise("AttributeError", "cannot assign module before Module.__init__() call");
            std::erase_if(self.dict, [&](const auto &item) { return item.first == name; });
            if (Object *existing = findIn(self.modules, name))
                *existing = value;
            else
                self.modules.emplace_back(name, value);
            return;
        }
        if (Object *existing = findIn(self.modules, name)) {
            if (!value.is<NoneValue>()) {
                const std::string type = value.is<Tensor>() ? "torch.FloatTensor" : typeName(value);
                raise("TypeError", "cannot assign '" + type + "' as child module '" + name
                                       + "' (torch.nn.Module or None expected)");
            }
            *existing = value;
            return;
        }
        if (Object *existing = findIn(self.dict, name))
            *existing = value;
        else
            self.dict.emplace_back(name, value);
    }

    void setItem(const Object &container, const Object &index, const Object &value, const Expr &at)
    {
        if (container.is<std::shared_ptr<List>>()) {
            auto &items = container.as<std::shared_ptr<List>>()->items;
            const auto i = asInt(index);
            if (!i)
                raise("TypeError", "list indices must be integers or slices, not " + typeName(index));
            const std::int64_t n = std::int64_t(items.size());
            const std::int64_t k = *i < 0 ? *i + n : *i;
            if (k < 0 || k >= n)
                raise("IndexError", "list assignment index out of range");
            items[size_t(k)] = value;
            return;
        }
        if (container.is<std::shared_ptr<Tuple>>() || container.is<Size>())
            raise("TypeError", "'" + typeName(container) + "' object does not support item assignment");
        unsupportedAt(at, "assigning into a " + typeName(container) + " by index is not supported");
    }

    // ---- expressions --------------------------------------------------------------------------
    Object eval(const Expr &e) { return located(e, [&] { return evalUnchecked(e); }); }

    Object evalUnchecked(const Expr &e)
    {
        switch (e.kind) {
        case ExprKind::Constant:
            return fromValue(e.constant);
        case ExprKind::Name:
            return lookup(e);
        case ExprKind::Attribute:
            return attribute(eval(*e.children[0]), e.id);
        case ExprKind::Call:
            return evalCall(e);
        case ExprKind::Subscript:
            return subscript(eval(*e.children[0]), evalIndex(*e.children[1]));
        case ExprKind::Slice:
            unsupportedAt(e, "a slice outside brackets");
        case ExprKind::BinOp: {
            Object left = eval(*e.children[0]);
            Object right = eval(*e.children[1]);
            return binary(e.id, left, right, e);
        }
        case ExprKind::UnaryOp: {
            Object operand = eval(*e.children[0]);
            if (e.id == "not")
                return Object{!truthy(operand, *e.children[0])};
            return unary(e.id, operand);
        }
        case ExprKind::BoolOp: {
            Object value = none();
            for (const ExprPtr &child : e.children) {
                value = eval(*child);
                const bool t = truthy(value, *child);
                if ((e.id == "and" && !t) || (e.id == "or" && t))
                    return value;
            }
            return value;
        }
        case ExprKind::Compare: {
            Object left = eval(*e.children[0]);
            for (size_t i = 0; i < e.ops.size(); ++i) {
                Object right = eval(*e.children[i + 1]);
                if (!compare(e.ops[i], left, right, e))
                    return Object{false};
                left = std::move(right);
            }
            return Object{true};
        }
        case ExprKind::IfExp:
            return truthy(eval(*e.children[1]), *e.children[1]) ? eval(*e.children[0]) : eval(*e.children[2]);
        case ExprKind::Tuple:
        case ExprKind::List: {
            std::vector<Object> items;
            for (const ExprPtr &child : e.children) {
                if (child->kind == ExprKind::Starred) {
                    for (Object &item : iterateChecked(eval(*child->children[0]), *child))
                        items.push_back(std::move(item));
                } else {
                    items.push_back(eval(*child));
                }
            }
            return e.kind == ExprKind::Tuple ? tupleOf(std::move(items)) : listOf(std::move(items));
        }
        case ExprKind::ListComp:
            return listComp(e);
        case ExprKind::Starred:
            unsupportedAt(e, "a starred expression here");
        case ExprKind::JoinedStr:
            for (const ExprPtr &child : e.children)
                (void)eval(*child);
            return Object{std::string()};
        }
        return none();
    }

    Object listComp(const Expr &e)
    {
        // Python 3 runs a comprehension in its own scope: its targets do not leak.
        Frame &f = frame();
        auto &scope = f.function ? f.locals : globals;
        std::unordered_map<std::string, Object> saved = scope;
        std::vector<Object> result;
        comprehend(e, 0, result);
        scope = std::move(saved);
        return listOf(std::move(result));
    }

    void comprehend(const Expr &e, size_t level, std::vector<Object> &result)
    {
        if (level == e.generators.size()) {
            result.push_back(eval(*e.children[0]));
            return;
        }
        const Comprehension &g = e.generators[level];
        Stmt at;
        at.lineno = g.iter->lineno;
        at.col_offset = g.iter->col_offset;
        Object iterable = eval(*g.iter);
        for (const Object &item : iterateChecked(iterable, *g.iter)) {
            countIteration(at);
            assign(*g.target, item, at);
            bool keep = true;
            for (const ExprPtr &condition : g.ifs)
                keep = keep && truthy(eval(*condition), *condition);
            if (keep)
                comprehend(e, level + 1, result);
        }
    }

    Object evalIndex(const Expr &e)
    {
        if (e.kind == ExprKind::Slice) {
            std::vector<Object> parts;
            for (const ExprPtr &child : e.children)
                parts.push_back(child ? eval(*child) : none());
            // A slice travels as a 3-tuple tagged by a leading string.
            parts.insert(parts.begin(), Object{std::string("slice")});
            return tupleOf(std::move(parts));
        }
        if (e.kind == ExprKind::Tuple) {
            std::vector<Object> items;
            for (const ExprPtr &child : e.children)
                items.push_back(evalIndex(*child));
            return Object{std::make_shared<List>(List{std::move(items)})}; // a tuple of indices
        }
        return eval(e);
    }

    bool truthy(const Object &o, const Expr &at)
    {
        return std::visit(
            [&](const auto &v) -> bool {
                using T = std::decay_t<decltype(v)>;
                if constexpr (std::is_same_v<T, NoneValue>)
                    return false;
                else if constexpr (std::is_same_v<T, bool>)
                    return v;
                else if constexpr (std::is_same_v<T, std::int64_t>)
                    return v != 0;
                else if constexpr (std::is_same_v<T, double>)
                    return v != 0.0;
                else if constexpr (std::is_same_v<T, std::string>)
                    return !v.empty();
                else if constexpr (std::is_same_v<T, std::shared_ptr<Tuple>> || std::is_same_v<T, std::shared_ptr<List>>)
                    return !v->items.empty();
                else if constexpr (std::is_same_v<T, Size>)
                    return !v.dims.empty();
                else if constexpr (std::is_same_v<T, Range>)
                    return v.step > 0 ? v.start < v.stop : v.start > v.stop;
                else if constexpr (std::is_same_v<T, Tensor>)
                    unsupportedAt(at, "a condition on a tensor's values is not supported: the app traces shapes, and a "
                                      "shape never depends on the values");
                else if constexpr (std::is_same_v<T, std::shared_ptr<ContainerObject>>)
                    return !v->items.empty();
                else
                    return true;
            },
            o.data);
    }

    // ---- attributes ---------------------------------------------------------------------------
    Object attribute(const Object &owner, const std::string &name)
    {
        if (owner.is<std::shared_ptr<InstanceObject>>()) {
            const auto &self = owner.as<std::shared_ptr<InstanceObject>>();
            if (Object *value = findIn(self->dict, name))
                return *value;
            for (auto cls = self->cls; cls; cls = cls->base) {
                if (const Object *value = cls->find(name)) {
                    if (value->is<std::shared_ptr<FunctionObject>>())
                        return Object{Method{self, value->as<std::shared_ptr<FunctionObject>>()}};
                    return *value;
                }
            }
            if (Object *value = findIn(self->modules, name))
                return *value;
            if (name == "training")
                return Object{false};
            if (name == "__class__")
                return Object{self->cls};
            if (torchHasAttribute("Module", name).value_or(false))
                unsupported("nn.Module." + name + " is not supported by the app");
            raise("AttributeError", "'" + self->cls->name + "' object has no attribute '" + name + "'");
        }
        if (owner.is<std::shared_ptr<ClassObject>>()) {
            const auto &cls = owner.as<std::shared_ptr<ClassObject>>();
            for (auto c = cls; c; c = c->base)
                if (const Object *value = c->find(name))
                    return *value;
            if (name == "__name__")
                return Object{cls->name};
            unsupported("reading '" + name + "' of class " + cls->name + " is not supported");
        }
        if (owner.is<Super>()) {
            const Super &proxy = owner.as<Super>();
            for (auto c = proxy.after->base; c; c = c->base) {
                if (const Object *value = c->find(name)) {
                    if (value->is<std::shared_ptr<FunctionObject>>())
                        return Object{Method{proxy.self, value->as<std::shared_ptr<FunctionObject>>()}};
                    return *value;
                }
            }
            if (name == "__init__")
                return Object{Builtin{findBuiltin(Table::ModuleMethod, "__init__"),
                                      std::make_shared<Object>(Object{proxy.self})}};
            unsupported("super()." + name + " is not supported by the app");
        }
        if (owner.is<Namespace>())
            return namespaceAttribute(owner.as<Namespace>(), name);
        if (owner.is<Tensor>()) {
            const Tensor &t = owner.as<Tensor>();
            if (name == "shape")
                return Object{Size{t.sizes()}};
            if (name == "ndim")
                return Object{std::int64_t(t.dim())};
            if (name == "dtype")
                return Object{DTypeObject{t.dtype()}};
            if (const BuiltinRow *row = findBuiltin(Table::TensorMethod, name))
                return Object{Builtin{row, std::make_shared<Object>(owner)}};
            if (torchHasAttribute("Tensor", name).value_or(true))
                unsupported("Tensor." + name + " is not supported by the app");
            raise("AttributeError", "'Tensor' object has no attribute '" + name + "'");
        }
        if (owner.is<ModulePtr>()) {
            const ModulePtr &m = owner.as<ModulePtr>();
            for (const auto &[stateName, shape] : m->stateShapes())
                if (stateName == name)
                    return Object{Tensor::shapeOnly(shape)};
            if (std::optional<Value> value = m->attribute(name))
                return fromValue(*value);
            if (name == "training")
                return Object{false};
            if (name == "forward")
                return owner;
            const std::optional<bool> known = torchHasAttribute(m->typeName(), name);
            // A parameter or buffer the module registered as None (nn.Linear(4, 2, bias=False).bias).
            if (known.value_or(false) && (name == "weight" || name == "bias" || name == "running_mean" || name == "running_var"))
                return none();
            if (known && !*known)
                raise("AttributeError", "'" + m->typeName() + "' object has no attribute '" + name + "'");
            unsupported("reading '" + name + "' of " + m->typeName() + " is not supported by the app");
        }
        if (owner.is<std::shared_ptr<List>>() || owner.is<std::shared_ptr<ContainerObject>>()) {
            if (const BuiltinRow *row = findBuiltin(Table::ListMethod, name))
                return Object{Builtin{row, std::make_shared<Object>(owner)}};
            if (owner.is<std::shared_ptr<List>>() && (name == "extend" || name == "insert" || name == "pop" || name == "index"))
                unsupported("list." + name + " is not supported by the app");
            if (owner.is<std::shared_ptr<ContainerObject>>() && torchHasAttribute("ModuleList", name).value_or(true))
                unsupported("ModuleList." + name + " is not supported by the app");
        }
        if (owner.is<Size>() && name == "numel")
            return Object{Builtin{findBuiltin(Table::ListMethod, "numel"), std::make_shared<Object>(owner)}};
        if (owner.is<std::string>())
            unsupported("str methods are not supported by the app");
        raise("AttributeError", "'" + typeName(owner) + "' object has no attribute '" + name + "'");
    }

    Object namespaceAttribute(const Namespace &ns, const std::string &name)
    {
        const std::string full = ns.path + "." + name;
        if (ns.path == "torch") {
            if (name == "nn")
                return Object{Namespace{"torch.nn"}};
            if (const BuiltinRow *row = findBuiltin(Table::Torch, name))
                return Object{Builtin{row, nullptr}};
            if (name == "long" || name == "int64")
                return Object{DTypeObject{DType::Int64}};
            if (name == "float" || name == "float32")
                return Object{DTypeObject{DType::Float32}};
        } else if (ns.path == "torch.nn") {
            if (name == "functional")
                return Object{Namespace{"torch.nn.functional"}};
            if (name == "Module")
                return Object{moduleBase()};
            if (name == "ModuleList" || isSupportedModule(name))
                return Object{ModuleClass{name}};
        } else if (ns.path == "torch.nn.functional") {
            if (const BuiltinRow *row = findBuiltin(Table::Functional, name))
                return Object{Builtin{row, nullptr}};
        } else if (ns.path == "torch.nn.modules" || ns.path == "torch.nn.modules.module") {
            if (name == "Module")
                return Object{moduleBase()};
        }
        unsupported(full + " is not supported by the app");
    }

    // ---- subscripts ---------------------------------------------------------------------------
    Object subscript(const Object &container, const Object &index);

    // ---- operators ----------------------------------------------------------------------------
    Object unary(const std::string &op, const Object &v)
    {
        if (v.is<std::int64_t>() || v.is<bool>()) {
            const std::int64_t x = v.is<bool>() ? std::int64_t(v.as<bool>()) : v.as<std::int64_t>();
            if (op == "+")
                return Object{x};
            if (x == std::numeric_limits<std::int64_t>::min())
                unsupported("integers beyond 64 bits are not supported");
            return Object{-x};
        }
        if (v.is<double>())
            return Object{op == "-" ? -v.as<double>() : v.as<double>()};
        if (v.is<Tensor>())
            return Object{elementwiseResult(v.as<Tensor>())};
        raise("TypeError", "bad operand type for unary " + op + ": '" + typeName(v) + "'");
    }

    Object binary(const std::string &op, const Object &a, const Object &b, const Expr &at);
    bool compare(const std::string &op, const Object &a, const Object &b, const Expr &at);
    bool equal(const Object &a, const Object &b);

    // ---- calls --------------------------------------------------------------------------------
    Object evalCall(const Expr &e)
    {
        const Expr &calleeExpr = *e.children[0];
        Object callee = eval(calleeExpr);
        CallArgs args;
        for (size_t i = 1; i < e.children.size(); ++i) {
            const Expr &argument = *e.children[i];
            if (argument.kind == ExprKind::Starred) {
                for (Object &item : iterateChecked(eval(*argument.children[0]), argument))
                    args.positional.push_back(std::move(item));
            } else {
                args.positional.push_back(eval(argument));
            }
        }
        for (const Keyword &k : e.keywords)
            args.keyword.emplace_back(k.arg, eval(*k.value));

        // Zero-argument super() reads the enclosing method's class and first argument.
        if (callee.is<Builtin>() && callee.as<Builtin>().row == nullptr)
            return makeSuper(e, args);

        const bool isContainer =
            callee.is<std::shared_ptr<ContainerObject>>() && callee.as<std::shared_ptr<ContainerObject>>()->sequential;
        const bool isStep = recording && (callee.is<ModulePtr>() || isContainer
                                          || (callee.is<Builtin>() && callee.as<Builtin>().row->op));
        std::optional<Shape> input;
        std::string op;
        if (isStep) {
            if (callee.is<ModulePtr>() || isContainer) {
                op = moduleRepr(callee);
            } else {
                const Builtin &b = callee.as<Builtin>();
                op = b.row->op;
                if (b.self && b.self->is<Tensor>())
                    input = b.self->as<Tensor>().sizes();
            }
            if (!input)
                for (const Object &a : args.positional)
                    if (a.is<Tensor>()) {
                        input = a.as<Tensor>().sizes();
                        break;
                    }
            failingOp = op;
            failingModuleLine = 0;
            failingModule = callee.is<ModulePtr>() ? callee.as<ModulePtr>() : nullptr;
            failingInput = input;
            if (callee.is<ModulePtr>())
                if (auto it = builtAt.find(callee.as<ModulePtr>().get()); it != builtAt.end())
                    failingModuleLine = it->second;
        }
        const bool outerCollecting = collectingContainerChange;
        std::optional<SourceStep::BatchChange> outerChange = std::move(containerChange);
        collectingContainerChange = isStep && isContainer;
        containerChange.reset();
        Object result;
        try {
            result = call(callee, args, e);
        } catch (...) {
            // The change happened before the error: PyTorch's hook saw it, so the warning stands.
            if (containerChange && !failedCallWarning) {
                failedCallWarning = SourceStep{};
                failedCallWarning->line = e.lineno;
                failedCallWarning->code = text(e);
                failedCallWarning->op = op;
                failedCallWarning->input = input;
                failedCallWarning->batchChange = containerChange;
            }
            collectingContainerChange = outerCollecting;
            containerChange = std::move(outerChange);
            throw;
        }
        collectingContainerChange = outerCollecting;
        std::optional<SourceStep::BatchChange> change = std::exchange(containerChange, std::move(outerChange));
        if (isStep && isContainer) {
            failingOp.clear();
            recordStep(e, callee, op, input, result, std::move(change));
        } else if (isStep) {
            failingOp.clear(); // it returned: a later error is not this call's
            failingModuleLine = 0;
            failingModule = nullptr;
            recordStep(e, callee, op, input, result);
        }
        return result;
    }

    Object makeSuper(const Expr &e, const CallArgs &args)
    {
        if (!args.keyword.empty())
            raise("TypeError", "super() takes no keyword arguments");
        std::shared_ptr<ClassObject> cls;
        std::optional<Object> self;
        if (args.positional.empty()) {
            Frame &f = frame();
            cls = f.function ? f.function->owner.lock() : nullptr;
            if (!cls || !f.firstArgument)
                raise("RuntimeError", "super(): no arguments");
            self = f.firstArgument;
        } else if (args.positional.size() == 2) {
            if (!args.positional[0].is<std::shared_ptr<ClassObject>>())
                raise("TypeError", "super() argument 1 must be a type, not " + typeName(args.positional[0]));
            cls = args.positional[0].as<std::shared_ptr<ClassObject>>();
            self = args.positional[1];
        } else {
            unsupportedAt(e, "super() with one argument is not supported");
        }
        if (!self->is<std::shared_ptr<InstanceObject>>())
            raise("TypeError", "super(type, obj): obj must be an instance or subtype of type");
        const auto &instance = self->as<std::shared_ptr<InstanceObject>>();
        bool related = false;
        for (auto c = instance->cls; c; c = c->base)
            related = related || c == cls;
        if (!related && !cls->isModuleBase)
            raise("TypeError", "super(type, obj): obj must be an instance or subtype of type");
        return Object{Super{cls, instance}};
    }

    void recordStep(const Expr &e, const Object &callee, const std::string &op, const std::optional<Shape> &input,
                    const Object &result, std::optional<SourceStep::BatchChange> containerBatchChange = std::nullopt)
    {
        SourceStep step;
        const std::optional<ResultShape> shapes = resultShapeOf(result);
        if (!shapes)
            return; // x.size(0), x.dim(): not tensor-producing
        appendLeafShapes(*shapes, step.outputs);
        step.tuple = shapes->isTuple;
        step.items = shapes->items;
        step.line = e.lineno;
        step.code = text(e);
        step.op = op;
        step.input = input;
        if (containerBatchChange)
            step.batchChange = std::move(containerBatchChange); // batchWarned was set when it happened
        else if (batch && !batchWarned && input && !step.tuple && !callee.is<std::shared_ptr<ContainerObject>>())
            step.batchChange = batchChangeOf(callee, *input, step.outputs[0]);
        if (step.batchChange)
            batchWarned = true;
        steps.push_back(std::move(step));
    }

    // The contract's batch-changed rule for one call: a reshaping op whose input still has the
    // batch as dim 0 and whose result does not. Inside an nn.Sequential the children are walked
    // with their shapes, so an nn.Flatten in there counts too.
    std::optional<SourceStep::BatchChange> batchChangeOf(const Object &callee, const Shape &input, const Shape &output)
    {
        auto changes = [&](const Shape &in, const Shape &out) {
            return !in.empty() && in[0] == *batch && (out.empty() || out[0] != *batch);
        };
        if (callee.is<Builtin>()) {
            const BuiltinRow *row = callee.as<Builtin>().row;
            if (row->reshapes && changes(input, output))
                return SourceStep::BatchChange{input, output, row->op};
            return std::nullopt;
        }
        const ModulePtr &m = callee.as<ModulePtr>();
        return moduleBatchChange(*m, input);
    }

    std::optional<SourceStep::BatchChange> moduleBatchChange(const Module &m, const Shape &input)
    {
        const std::string type = m.typeName();
        if (type == "Sequential") {
            Shape current = input;
            for (const ModulePtr &child : m.children()) {
                if (auto change = moduleBatchChange(*child, current))
                    return change;
                if (child->returnsTuple())
                    return std::nullopt;
                current = child->outputShape(current);
            }
            return std::nullopt;
        }
        if (type != "Flatten" && type != "Unflatten")
            return std::nullopt;
        const Shape output = m.outputShape(input);
        if (!input.empty() && input[0] == *batch && (output.empty() || output[0] != *batch))
            return SourceStep::BatchChange{input, output, m.repr()};
        return std::nullopt;
    }

    Object call(const Object &callee, CallArgs &args, const Expr &site)
    {
        if (callee.is<std::shared_ptr<FunctionObject>>())
            return callFunction(callee.as<std::shared_ptr<FunctionObject>>(), std::nullopt, args, site);
        if (callee.is<Method>()) {
            const Method &m = callee.as<Method>();
            return callFunction(m.function, Object{m.self}, args, site);
        }
        if (callee.is<Builtin>()) {
            const Builtin &b = callee.as<Builtin>();
            if (b.row->table == Table::ModuleMethod) { // nn.Module.__init__(self)
                const auto &self = b.self->as<std::shared_ptr<InstanceObject>>();
                bindSlots("Module.__init__() ", "Module", {}, args.positional.size(), keywordNames(args), false, false, 1);
                self->moduleInitialized = true;
                return none();
            }
            std::vector<PythonWarning> warned;
            struct Report // what the builtin warned before it returned or raised
            {
                Impl &impl;
                std::vector<PythonWarning> &warned;
                int line;
                ~Report() { impl.addWarnings(line, warned); }
            } report{*this, warned, site.lineno};
            return callBuiltin(b, args, warned);
        }
        if (callee.is<ModuleClass>()) {
            Object module;
            try {
                module = construct(callee.as<ModuleClass>().name, args);
            } catch (const TorchError &error) {
                addWarnings(site.lineno, error.warningsBefore());
                throw;
            }
            if (module.is<ModulePtr>()) {
                builtAt[module.as<ModulePtr>().get()] = site.lineno;
                addWarnings(site.lineno, module.as<ModulePtr>()->constructionWarnings());
            }
            return module;
        }
        if (callee.is<std::shared_ptr<ClassObject>>())
            return instantiate(callee.as<std::shared_ptr<ClassObject>>(), args, site);
        if (callee.is<ModulePtr>())
            return callModule(callee.as<ModulePtr>(), args, site.lineno);
        if (callee.is<std::shared_ptr<InstanceObject>>()) {
            const auto &self = callee.as<std::shared_ptr<InstanceObject>>();
            if (!self->moduleInitialized)
                raise("AttributeError", "'" + self->cls->name + "' object has no attribute '_backward_hooks'");
            for (auto cls = self->cls; cls; cls = cls->base) {
                if (const Object *forward = cls->find("forward"); forward && forward->is<std::shared_ptr<FunctionObject>>())
                    return callFunction(forward->as<std::shared_ptr<FunctionObject>>(), callee, args, site);
            }
            raise("NotImplementedError", "Module [" + self->cls->name + "] is missing the required \"forward\" function");
        }
        if (callee.is<std::shared_ptr<ContainerObject>>()) {
            const auto &container = callee.as<std::shared_ptr<ContainerObject>>();
            if (!container->sequential)
                raise("NotImplementedError", "Module [ModuleList] is missing the required \"forward\" function");
            return callSequential(*container, args, site);
        }
        if (callee.is<Namespace>())
            raise("TypeError", "'module' object is not callable");
        raise("TypeError", "'" + typeName(callee) + "' object is not callable");
    }

    static std::vector<std::string> keywordNames(const CallArgs &args)
    {
        std::vector<std::string> names;
        for (const auto &k : args.keyword)
            names.push_back(k.first);
        return names;
    }

    Object construct(const std::string &name, CallArgs &args)
    {
        // An nn.Sequential holding a learner's module (or a ModuleList) is run here; one of engine
        // modules only stays the engine's Sequential.
        if (name == "Sequential" && args.keyword.empty()
            && std::any_of(args.positional.begin(), args.positional.end(), [](const Object &o) {
                   return o.is<std::shared_ptr<InstanceObject>>() || o.is<std::shared_ptr<ContainerObject>>();
               })) {
            auto sequential = std::make_shared<ContainerObject>();
            sequential->sequential = true;
            for (const Object &item : args.positional) {
                if (item.is<NoneValue>() || item.is<Tensor>())
                    unsupported("a " + typeName(item) + " inside an nn.Sequential is not supported");
                if (!isModuleLike(item))
                    raise("TypeError", typeName(item) + " is not a Module subclass");
                sequential->items.push_back(item);
            }
            return Object{sequential};
        }
        if (name == "ModuleList") {
            std::vector<BuiltinParam> params{{"modules", NoneValue{}}};
            std::vector<SlotSpec> specs{{"modules", false}};
            const auto slots = bindSlots("ModuleList.__init__() ", "ModuleList", specs, args.positional.size(), keywordNames(args), false, false, 1);
            Object modules = args.positional.empty() ? (args.keyword.empty() ? none() : args.keyword[0].second) : args.positional[0];
            (void)slots;
            auto list = std::make_shared<ContainerObject>();
            if (!modules.is<NoneValue>()) {
                if (!isIterable(modules))
                    raise("TypeError", "ModuleList.extend should be called with an iterable, but got " + typeName(modules));
                for (Object &item : iterate(modules)) {
                    if (!isModuleLike(item))
                        raise("TypeError", typeName(item) + " is not a Module subclass");
                    list->items.push_back(std::move(item));
                }
            }
            return Object{list};
        }
        Arguments arguments;
        for (const Object &o : args.positional)
            arguments.positional.push_back(toValue(o));
        for (const auto &[key, o] : args.keyword)
            arguments.keyword.emplace_back(key, toValue(o));
        return Object{createModule(name, arguments)};
    }

    Object instantiate(const std::shared_ptr<ClassObject> &cls, CallArgs &args, const Expr &site)
    {
        if (cls->isModuleBase)
            unsupported("creating a bare nn.Module is not supported");
        auto instance = std::make_shared<InstanceObject>();
        instance->cls = cls;
        instances.push_back(instance);
        Object self{instance};
        for (auto c = cls; c; c = c->base) {
            if (const Object *init = c->find("__init__"); init && init->is<std::shared_ptr<FunctionObject>>()) {
                Object result = callFunction(init->as<std::shared_ptr<FunctionObject>>(), self, args, site);
                if (!result.is<NoneValue>())
                    raise("TypeError", "__init__() should return None, not '" + typeName(result) + "'");
                return self;
            }
        }
        bindSlots("Module.__init__() ", "Module", {}, args.positional.size(), keywordNames(args), false, false, 1);
        instance->moduleInitialized = true;
        return self;
    }

    // nn.Sequential.forward: each child on the previous child's result, in order.
    Object callSequential(const ContainerObject &sequential, CallArgs &args, const Expr &site)
    {
        std::vector<SlotSpec> specs{{"input", true}};
        bindSlots("Sequential.forward() ", "Sequential", specs, args.positional.size(), keywordNames(args), false, false, 1);
        Object x = args.positional.empty() ? args.keyword[0].second : args.positional[0];
        for (const Object &child : sequential.items) {
            CallArgs childArgs;
            childArgs.positional.push_back(x);
            std::optional<Shape> input;
            if (x.is<Tensor>())
                input = x.as<Tensor>().sizes();
            x = call(child, childArgs, site);
            if (collectingContainerChange && batch && !batchWarned && input && child.is<ModulePtr>()) {
                containerChange = moduleBatchChange(*child.as<ModulePtr>(), *input);
                batchWarned = containerChange.has_value();
            }
        }
        return x;
    }

    // PyTorch's warnings.warn calls, each with the learner's line that led to it. Python's default
    // filter prints a warning once per place, so a repeat from the same line is not listed again.
    void addWarnings(int line, const std::vector<PythonWarning> &warned)
    {
        for (const PythonWarning &warning : warned) {
            SourceWarning entry{line, warning.category, warning.message};
            const bool seen = std::any_of(pythonWarnings.begin(), pythonWarnings.end(), [&](const SourceWarning &w) {
                return w.line == entry.line && w.kind == entry.kind && w.message == entry.message;
            });
            if (!seen)
                pythonWarnings.push_back(std::move(entry));
        }
    }

    // Ids whose values matter (nn.Embedding's "index out of range in self"): the layer runs on its
    // input filled with the lowest and with the highest value the ids can hold. Both fail: PyTorch
    // fails too. One fails: it depends on the values torch.randint draws, which a trace cannot know.
    static void probeValues(const Module &m, const Tensor &t)
    {
        const auto count = checkedNumel(t.sizes());
        if (!count || *count == 0 || *count > kMaxProbeElements)
            return;
        const auto [low, high] = *t.valueRange();
        std::optional<TorchError> lowError, highError;
        for (const std::int64_t bound : {low, high}) {
            try {
                m.forward(Tensor::full(t.sizes(), float(bound)));
            } catch (const TorchError &error) {
                (bound == low ? lowError : highError) = error;
            }
            if (low == high)
                break;
        }
        if (low == high)
            highError = lowError;
        if (lowError && highError)
            throw *lowError;
        if (lowError || highError)
            unsupported("whether " + m.typeName() + " accepts these ids depends on the values torch.randint draws between "
                        + std::to_string(low) + " and " + std::to_string(high) + ": the app cannot know them");
    }

    Object callModule(const ModulePtr &m, CallArgs &args, int line)
    {
        std::vector<SlotSpec> specs{{"input", true}};
        bindSlots(m->typeName() + ".forward() ", m->typeName(), specs, args.positional.size(), keywordNames(args), false, false, 1);
        const Object &x = args.positional.empty() ? args.keyword[0].second : args.positional[0];
        if (x.is<std::shared_ptr<Tuple>>()) {
            m->acceptTuple(); // throws what PyTorch raises, or returns for a pass-through
            return x;
        }
        if (!x.is<Tensor>())
            unsupported("calling " + m->typeName() + " on a " + typeName(x) + " is not supported");
        const Tensor &t = x.as<Tensor>();
        const std::string type = m->typeName();
        addWarnings(line, m->forwardWarnings(t.sizes()));
        // The engine's int64 rules (the ones `trace --model --dtype int64` follows): what the layer
        // raises for the input's type, else the type of its result.
        const DType dtype = m->resultDtype(t.sizes(), t.dtype());
        if (t.valueRange())
            probeValues(*m, t);
        if (m->returnsTuple()) {
            Object tuple = resultObject(ResultShape::tuple(m->tupleShapes(t.sizes())));
            // forward gives the first item in its real layout (an RNN's batch_first output is a view)
            tuple.as<std::shared_ptr<Tuple>>()->items[0] = Object{m->forward(t)};
            return tuple;
        }
        Shape out = m->outputShape(t.sizes());
        Tensor result;
        // Elementwise modules keep their input's layout (a permuted input stays permuted, so a
        // later view fails as in PyTorch); nn.Flatten/Unflatten are views when the strides allow.
        if (type == "ReLU" || type == "LeakyReLU" || type == "GELU" || type == "Sigmoid" || type == "Tanh"
            || type == "Dropout")
            result = elementwiseResult(t);
        else if (type == "Identity") // returns its input itself
            result = t;
        else if (type == "Flatten") // torch.flatten is a reshape (a view when the strides allow, itself when start == end)
            result = t.reshape(out);
        else if (type == "Unflatten") // always a view
            result = t.view(out);
        else
            result = Tensor::shapeOnly(out);
        // A layer that keeps the type keeps what is known of the values (nn.Flatten on ids).
        return Object{result.dtype() == dtype ? result : result.withDtype(dtype)};
    }

    Object callFunction(const std::shared_ptr<FunctionObject> &f, std::optional<Object> self, CallArgs &args, const Expr &site)
    {
        if (int(frames.size()) > kMaxCallDepth)
            sourceError("limit", "calls nested deeper than " + std::to_string(kMaxCallDepth)
                                     + " levels: the app stops there (is a method calling itself?)",
                        site.lineno, site.col_offset);
        const Stmt &def = *f->def;
        const size_t skip = self ? 1 : 0;
        if (self && def.args.empty())
            raise("TypeError", f->qualname + "() takes 0 positional arguments but " + std::to_string(args.positional.size() + 1)
                                   + (args.positional.size() + 1 == 1 ? " was" : " were") + " given");
        std::vector<SlotSpec> specs;
        for (size_t i = skip; i < def.args.size(); ++i)
            specs.push_back({def.args[i].name, !def.args[i].defaultValue});
        const std::vector<int> slots =
            bindSlots(f->qualname + "() ", f->qualname, specs, args.positional.size(), keywordNames(args), false, false, skip);

        Frame frame;
        frame.function = f;
        if (self) {
            frame.locals[def.args[0].name] = *self;
            frame.firstArgument = *self;
        }
        const size_t firstDefault = def.args.size() - f->defaults.size();
        for (size_t i = skip; i < def.args.size(); ++i)
            if (i >= firstDefault)
                frame.locals[def.args[i].name] = f->defaults[i - firstDefault];
        for (size_t i = 0; i < args.positional.size(); ++i)
            frame.locals[def.args[i + skip].name] = args.positional[i];
        for (size_t k = 0; k < slots.size(); ++k)
            frame.locals[def.args[size_t(slots[k]) + skip].name] = args.keyword[k].second;
        if (!self && !def.args.empty() && frame.locals.count(def.args[0].name))
            frame.firstArgument = frame.locals[def.args[0].name];

        frames.push_back(&frame);
        struct Pop
        {
            std::vector<Frame *> &frames;
            ~Pop() { frames.pop_back(); }
        } pop{frames};
        execBlock(def.body);
        return frame.returned;
    }
};

std::optional<ResultShape> resultShapeOf(const Object &object)
{
    if (object.is<Tensor>())
        return ResultShape::tensor(object.as<Tensor>().sizes());
    if (!object.is<std::shared_ptr<Tuple>>())
        return std::nullopt;
    std::vector<ResultShape> items;
    for (const Object &item : object.as<std::shared_ptr<Tuple>>()->items) {
        auto shape = resultShapeOf(item);
        if (!shape)
            return std::nullopt;
        items.push_back(std::move(*shape));
    }
    if (items.empty())
        return std::nullopt;
    return ResultShape::tuple(std::move(items));
}

Object resultObject(const ResultShape &result)
{
    if (!result.isTuple)
        return Object{Tensor::shapeOnly(result.shape)};
    std::vector<Object> items;
    for (const ResultShape &item : result.items)
        items.push_back(resultObject(item));
    return tupleOf(std::move(items));
}

void appendLeafShapes(const ResultShape &result, std::vector<Shape> &shapes)
{
    if (!result.isTuple) {
        shapes.push_back(result.shape);
        return;
    }
    for (const ResultShape &item : result.items)
        appendLeafShapes(item, shapes);
}

// ---- subscripts -------------------------------------------------------------------------------

namespace {

bool isSliceTag(const Object &o)
{
    if (!o.is<std::shared_ptr<Tuple>>())
        return false;
    const auto &items = o.as<std::shared_ptr<Tuple>>()->items;
    return items.size() == 4 && items[0].is<std::string>() && items[0].as<std::string>() == "slice";
}

// Python's slice.indices(): start, stop, step clamped to a sequence of length n.
struct SliceRange { std::int64_t start, stop, step, count; };
SliceRange sliceIndices(const Object &tag, std::int64_t n)
{
    const auto &items = tag.as<std::shared_ptr<Tuple>>()->items;
    auto part = [&](size_t i) -> std::optional<std::int64_t> {
        if (items[i].is<NoneValue>())
            return std::nullopt;
        const auto v = asInt(items[i]);
        if (!v)
            raise("TypeError", "slice indices must be integers or None or have an __index__ method");
        return v;
    };
    const std::int64_t step = part(3).value_or(1);
    if (step == 0)
        raise("ValueError", "slice step cannot be zero");
    auto clamp = [&](std::optional<std::int64_t> v, std::int64_t dflt) {
        if (!v)
            return dflt;
        std::int64_t x = *v < 0 ? *v + n : *v;
        if (step > 0)
            return std::clamp<std::int64_t>(x, 0, n);
        return std::clamp<std::int64_t>(x, -1, n - 1);
    };
    const std::int64_t start = clamp(part(1), step > 0 ? 0 : n - 1);
    const std::int64_t stop = clamp(part(2), step > 0 ? n : -1);
    std::int64_t count = 0;
    if (step > 0 && stop > start)
        count = (stop - start + step - 1) / step;
    else if (step < 0 && start > stop)
        count = (start - stop + (-step) - 1) / (-step);
    return {start, stop, step, count};
}

template <typename Sequence>
Sequence sliceOf(const Sequence &items, const Object &tag)
{
    const SliceRange r = sliceIndices(tag, std::int64_t(items.size()));
    Sequence out;
    for (std::int64_t i = 0, k = r.start; i < r.count; ++i, k += r.step)
        out.push_back(items[size_t(k)]);
    return out;
}

Tensor indexTensor(const Tensor &t, const std::vector<Object> &indices, bool single)
{
    // A lone index on a 0-d tensor has its own messages in PyTorch (a tuple of them does not).
    if (single && t.dim() == 0 && isSliceTag(indices[0]))
        raise("IndexError", "slice() cannot be applied to a 0-dim tensor.");
    if (single && t.dim() == 0 && asInt(indices[0]))
        raise("IndexError", "invalid index of a 0-dim tensor. Use `tensor.item()` in Python or `tensor.item<T>()` in C++ "
                            "to convert a 0-dim tensor to a number");
    Shape sizes, strides;
    Dim offset = t.storageOffset();
    Dim dim = 0;
    std::int64_t consumed = 0;
    for (const Object &index : indices)
        if (!index.is<NoneValue>())
            ++consumed;
    if (consumed > t.dim())
        raise("IndexError", "too many indices for tensor of dimension " + std::to_string(t.dim()));
    for (const Object &index : indices) {
        if (index.is<NoneValue>()) {
            sizes.push_back(1);
            strides.push_back(dim < t.dim() ? t.stride(dim) * t.size(dim) : 1);
            continue;
        }
        if (isSliceTag(index)) {
            const SliceRange r = sliceIndices(index, t.size(dim));
            if (r.step < 0)
                raise("ValueError", "step must be greater than zero");
            sizes.push_back(r.count);
            strides.push_back(t.stride(dim) * r.step);
            offset += r.count > 0 ? r.start * t.stride(dim) : 0;
            ++dim;
            continue;
        }
        if (const auto i = asInt(index); i && !index.is<bool>()) {
            const Dim size = t.size(dim);
            if (*i < -size || *i >= size)
                raise("IndexError", "index " + std::to_string(*i) + " is out of bounds for dimension " + std::to_string(dim)
                                        + " with size " + std::to_string(size));
            offset += (*i < 0 ? *i + size : *i) * t.stride(dim);
            ++dim;
            continue;
        }
        unsupported("indexing a tensor with a " + typeName(index) + " is not supported");
    }
    for (; dim < t.dim(); ++dim) {
        sizes.push_back(t.size(dim));
        strides.push_back(t.stride(dim));
    }
    return Tensor::shapeOnly(t.sizes()).asStrided(sizes, strides, offset).labelledLike(t);
}

} // namespace

Object Interpreter::Impl::subscript(const Object &container, const Object &index)
{
    const bool multi = index.is<std::shared_ptr<List>>(); // a tuple of indices, from evalIndex
    if (container.is<Tensor>()) {
        std::vector<Object> indices = multi ? index.as<std::shared_ptr<List>>()->items : std::vector<Object>{index};
        return Object{indexTensor(container.as<Tensor>(), indices, !multi)};
    }
    if (multi)
        raise("TypeError", typeName(container) + " indices must be integers or slices, not tuple");
    auto item = [&](const auto &items, const char *kind) -> Object {
        if (isSliceTag(index))
            return Object{}; // handled by the caller
        const auto i = asInt(index);
        if (!i)
            raise("TypeError", std::string(kind) + " indices must be integers or slices, not " + typeName(index));
        const std::int64_t n = std::int64_t(items.size());
        const std::int64_t k = *i < 0 ? *i + n : *i;
        if (k < 0 || k >= n)
            raise("IndexError", std::string(kind) + " index out of range");
        return items[size_t(k)];
    };
    if (container.is<std::shared_ptr<Tuple>>()) {
        const auto &items = container.as<std::shared_ptr<Tuple>>()->items;
        if (isSliceTag(index))
            return tupleOf(sliceOf(items, index));
        return item(items, "tuple");
    }
    if (container.is<std::shared_ptr<List>>()) {
        const auto &items = container.as<std::shared_ptr<List>>()->items;
        if (isSliceTag(index))
            return listOf(sliceOf(items, index));
        return item(items, "list");
    }
    if (container.is<Size>()) {
        const Shape &dims = container.as<Size>().dims;
        if (isSliceTag(index))
            return Object{Size{sliceOf(dims, index)}};
        std::vector<Object> items;
        for (Dim d : dims)
            items.push_back(Object{std::int64_t(d)});
        return item(items, "tuple");
    }
    if (container.is<std::string>()) {
        const std::string &s = container.as<std::string>();
        std::vector<Object> chars;
        for (char c : s)
            chars.push_back(Object{std::string(1, c)});
        if (isSliceTag(index)) {
            std::string out;
            for (const Object &c : sliceOf(chars, index))
                out += c.as<std::string>();
            return Object{out};
        }
        return item(chars, "string");
    }
    auto moduleItem = [&](const std::vector<Object> &items) -> Object {
        const auto i = asInt(index);
        if (!i)
            unsupported("indexing modules with a " + typeName(index) + " is not supported");
        const std::int64_t n = std::int64_t(items.size());
        if (*i < -n || *i >= n)
            raise("IndexError", "index " + std::to_string(*i) + " is out of range");
        return items[size_t(*i < 0 ? *i + n : *i)];
    };
    if (container.is<std::shared_ptr<ContainerObject>>()) {
        const auto &items = container.as<std::shared_ptr<ContainerObject>>()->items;
        if (isSliceTag(index) && container.as<std::shared_ptr<ContainerObject>>()->sequential)
            unsupported("slicing an nn.Sequential is not supported");
        if (isSliceTag(index))
            return Object{std::make_shared<ContainerObject>(ContainerObject{sliceOf(items, index)})};
        return moduleItem(items);
    }
    if (container.is<ModulePtr>() && container.as<ModulePtr>()->typeName() == "Sequential") {
        std::vector<Object> items;
        for (const ModulePtr &child : container.as<ModulePtr>()->children())
            items.push_back(Object{child});
        if (isSliceTag(index))
            unsupported("slicing an nn.Sequential is not supported");
        return moduleItem(items);
    }
    raise("TypeError", "'" + typeName(container) + "' object is not subscriptable");
}

// ---- operators --------------------------------------------------------------------------------

namespace {

std::optional<double> asFloat(const Object &o)
{
    if (o.is<double>())
        return o.as<double>();
    if (o.is<std::int64_t>())
        return double(o.as<std::int64_t>());
    if (o.is<bool>())
        return o.as<bool>() ? 1.0 : 0.0;
    return std::nullopt;
}

bool isNumber(const Object &o) { return o.is<std::int64_t>() || o.is<bool>() || o.is<double>(); }

void checked(bool overflow)
{
    if (overflow)
        unsupported("integers beyond 64 bits are not supported");
}

Object intOp(const std::string &op, std::int64_t a, std::int64_t b)
{
    std::int64_t r = 0;
    if (op == "+") {
        checked(__builtin_add_overflow(a, b, &r));
        return Object{r};
    }
    if (op == "-") {
        checked(__builtin_sub_overflow(a, b, &r));
        return Object{r};
    }
    if (op == "*") {
        checked(__builtin_mul_overflow(a, b, &r));
        return Object{r};
    }
    if (op == "/") {
        if (b == 0)
            raise("ZeroDivisionError", "division by zero");
        return Object{double(a) / double(b)};
    }
    if (op == "//" || op == "%") {
        if (b == 0)
            raise("ZeroDivisionError", "integer division or modulo by zero");
        if (a == std::numeric_limits<std::int64_t>::min() && b == -1)
            unsupported("integers beyond 64 bits are not supported");
        std::int64_t q = a / b, m = a % b;
        if (m != 0 && ((m < 0) != (b < 0))) {
            --q;
            m += b;
        }
        return Object{op == "//" ? q : m};
    }
    if (op == "**") {
        if (b < 0)
            return Object{std::pow(double(a), double(b))};
        std::int64_t result = 1;
        for (std::int64_t i = 0; i < b; ++i) {
            if (__builtin_mul_overflow(result, a, &result))
                unsupported("integers beyond 64 bits are not supported");
            if (result == 0 || result == 1)
                break;
        }
        if (result == 1 && a == -1 && b % 2 == 1)
            result = -1;
        return Object{result};
    }
    unsupported("the operator '" + op + "'");
}

Object floatOp(const std::string &op, double a, double b)
{
    if (op == "+")
        return Object{a + b};
    if (op == "-")
        return Object{a - b};
    if (op == "*")
        return Object{a * b};
    if (op == "/") {
        if (b == 0)
            raise("ZeroDivisionError", "float division by zero");
        return Object{a / b};
    }
    if (op == "//" || op == "%") {
        if (b == 0)
            raise("ZeroDivisionError", op == "//" ? "float floor division by zero" : "float modulo");
        const double m = std::fmod(a, b);
        const double mod = (m != 0 && ((m < 0) != (b < 0))) ? m + b : m;
        return Object{op == "//" ? std::floor((a - mod) / b + 0.5) : mod};
    }
    if (op == "**")
        return Object{std::pow(a, b)};
    unsupported("the operator '" + op + "'");
}

std::vector<Object> sequenceItems(const Object &o)
{
    if (o.is<std::shared_ptr<Tuple>>())
        return o.as<std::shared_ptr<Tuple>>()->items;
    if (o.is<std::shared_ptr<List>>())
        return o.as<std::shared_ptr<List>>()->items;
    std::vector<Object> items;
    for (Dim d : o.as<Size>().dims)
        items.push_back(Object{std::int64_t(d)});
    return items;
}

} // namespace

Object Interpreter::Impl::binary(const std::string &op, const Object &a, const Object &b, const Expr &at)
{
    (void)at;
    if (a.is<Tensor>() || b.is<Tensor>()) {
        for (const Object *operand : {&a, &b})
            if (operand->is<Tensor>() && operand->as<Tensor>().dtype() == DType::Int64)
                unsupported("arithmetic on an int64 tensor is not supported by the app (it follows token ids into "
                            "layers, not their values)");
        if (a.is<Tensor>() && b.is<Tensor>()) {
            const Tensor &x = a.as<Tensor>();
            const Shape shape = broadcastShapes(x.sizes(), b.as<Tensor>().sizes());
            return Object{shape == x.sizes() ? elementwiseResult(x) : Tensor::shapeOnly(shape)};
        }
        const Object &scalar = a.is<Tensor>() ? b : a;
        if (!isNumber(scalar))
            unsupported("'" + op + "' between a Tensor and a " + typeName(scalar) + " is not supported");
        return Object{elementwiseResult((a.is<Tensor>() ? a : b).as<Tensor>())}; // a scalar keeps the shape
    }
    if ((a.is<std::int64_t>() || a.is<bool>()) && (b.is<std::int64_t>() || b.is<bool>()))
        return intOp(op, *asInt(a), *asInt(b));
    if (isNumber(a) && isNumber(b))
        return floatOp(op, *asFloat(a), *asFloat(b));
    const bool aSeq = a.is<std::shared_ptr<Tuple>>() || a.is<Size>() || a.is<std::shared_ptr<List>>();
    const bool bSeq = b.is<std::shared_ptr<Tuple>>() || b.is<Size>() || b.is<std::shared_ptr<List>>();
    if (op == "+" && aSeq && bSeq) {
        const bool aList = a.is<std::shared_ptr<List>>(), bList = b.is<std::shared_ptr<List>>();
        if (aList != bList)
            raise("TypeError", std::string("can only concatenate ") + (aList ? "list" : "tuple") + " (not \"" + typeName(b)
                                   + "\") to " + (aList ? "list" : "tuple"));
        std::vector<Object> items = sequenceItems(a);
        for (Object &item : sequenceItems(b))
            items.push_back(std::move(item));
        if (a.is<Size>()) {
            Shape dims;
            for (const Object &item : items) {
                const auto v = asInt(item);
                if (!v)
                    unsupported("a torch.Size holding a " + typeName(item));
                dims.push_back(*v);
            }
            return Object{Size{dims}};
        }
        return aList ? listOf(std::move(items)) : tupleOf(std::move(items));
    }
    if (op == "*" && ((aSeq && asInt(b)) || (bSeq && asInt(a)))) {
        const Object &seq = aSeq ? a : b;
        const std::int64_t n = *asInt(aSeq ? b : a);
        const std::vector<Object> base = sequenceItems(seq);
        if (n > 0 && base.size() * size_t(n) > size_t(kMaxLoopIterations))
            unsupported("a sequence of more than " + std::to_string(kMaxLoopIterations) + " items");
        std::vector<Object> items;
        for (std::int64_t i = 0; i < n; ++i)
            items.insert(items.end(), base.begin(), base.end());
        return seq.is<std::shared_ptr<List>>() ? listOf(std::move(items)) : tupleOf(std::move(items));
    }
    if (op == "+" && a.is<std::string>() && b.is<std::string>())
        return Object{a.as<std::string>() + b.as<std::string>()};
    if (op == "%" && a.is<std::string>())
        unsupported("'%' string formatting is not supported");
    raise("TypeError", "unsupported operand type(s) for " + op + ": '" + typeName(a) + "' and '" + typeName(b) + "'");
}

bool Interpreter::Impl::equal(const Object &a, const Object &b)
{
    if (isNumber(a) && isNumber(b))
        return *asFloat(a) == *asFloat(b);
    if (a.is<NoneValue>() || b.is<NoneValue>())
        return a.is<NoneValue>() && b.is<NoneValue>();
    if (a.is<std::string>() && b.is<std::string>())
        return a.as<std::string>() == b.as<std::string>();
    const bool aSeq = a.is<std::shared_ptr<Tuple>>() || a.is<Size>(), bSeq = b.is<std::shared_ptr<Tuple>>() || b.is<Size>();
    if ((aSeq && bSeq) || (a.is<std::shared_ptr<List>>() && b.is<std::shared_ptr<List>>())) {
        const auto x = sequenceItems(a), y = sequenceItems(b);
        if (x.size() != y.size())
            return false;
        for (size_t i = 0; i < x.size(); ++i)
            if (!equal(x[i], y[i]))
                return false;
        return true;
    }
    if (a.is<std::shared_ptr<InstanceObject>>() && b.is<std::shared_ptr<InstanceObject>>())
        return a.as<std::shared_ptr<InstanceObject>>() == b.as<std::shared_ptr<InstanceObject>>();
    if (a.is<ModulePtr>() && b.is<ModulePtr>())
        return a.as<ModulePtr>() == b.as<ModulePtr>();
    if (a.is<DTypeObject>() && b.is<DTypeObject>()) // torch.long == torch.int64
        return a.as<DTypeObject>().dtype == b.as<DTypeObject>().dtype;
    return false;
}

bool Interpreter::Impl::compare(const std::string &op, const Object &a, const Object &b, const Expr &at)
{
    if (a.is<Tensor>() || b.is<Tensor>()) {
        if (op == "is" || op == "is not")
            return (op == "is") == (a.is<Tensor>() && b.is<Tensor>() && a.as<Tensor>().sizes() == b.as<Tensor>().sizes()
                                    && a.as<Tensor>().strides() == b.as<Tensor>().strides());
        unsupportedAt(at, "comparing tensor values is not supported: the app traces shapes, and a shape never depends "
                          "on the values");
    }
    if (op == "is" || op == "is not") {
        bool same;
        if (a.is<NoneValue>() || b.is<NoneValue>())
            same = a.is<NoneValue>() && b.is<NoneValue>();
        else if (a.is<bool>() && b.is<bool>())
            same = a.as<bool>() == b.as<bool>();
        else
            same = ((a.is<std::int64_t>() && b.is<std::int64_t>()) || (a.is<std::string>() && b.is<std::string>())
                    || a.is<std::shared_ptr<InstanceObject>>() || a.is<ModulePtr>() || a.is<DTypeObject>())
                   && equal(a, b);
        return op == "is" ? same : !same;
    }
    if (op == "==")
        return equal(a, b);
    if (op == "!=")
        return !equal(a, b);
    if (op == "in" || op == "not in") {
        if (b.is<std::string>() && a.is<std::string>()) {
            const bool found = b.as<std::string>().find(a.as<std::string>()) != std::string::npos;
            return op == "in" ? found : !found;
        }
        if (!isIterable(b))
            raise("TypeError", "argument of type '" + typeName(b) + "' is not iterable");
        bool found = false;
        for (const Object &item : iterate(b))
            found = found || equal(a, item);
        return op == "in" ? found : !found;
    }
    auto ordered = [&](auto x, auto y) {
        if (op == "<")
            return x < y;
        if (op == "<=")
            return x <= y;
        if (op == ">")
            return x > y;
        return x >= y;
    };
    if ((a.is<std::int64_t>() || a.is<bool>()) && (b.is<std::int64_t>() || b.is<bool>()))
        return ordered(*asInt(a), *asInt(b));
    if (isNumber(a) && isNumber(b))
        return ordered(*asFloat(a), *asFloat(b));
    if (a.is<std::string>() && b.is<std::string>())
        return ordered(a.as<std::string>(), b.as<std::string>());
    raise("TypeError", "'" + op + "' not supported between instances of '" + typeName(a) + "' and '" + typeName(b) + "'");
}

// ---- public -----------------------------------------------------------------------------------

Interpreter::Interpreter(const SourceFile &module) : d(std::make_unique<Impl>(module)) {}
Interpreter::~Interpreter() = default;

void Interpreter::runModule()
{
    Frame top;
    d->frames.push_back(&top);
    struct Pop
    {
        std::vector<Frame *> &frames;
        ~Pop() { frames.pop_back(); }
    } pop{d->frames};
    for (const StmtPtr &s : d->module.body) {
        if (s->kind == StmtKind::Return)
            d->sourceError("SyntaxError", "'return' outside function", s->lineno, s->col_offset);
        d->exec(*s);
    }
}

Object Interpreter::buildModel(const std::string &className)
{
    if (auto it = d->globals.find("model"); it != d->globals.end() && className.empty()) {
        if (isModuleLike(it->second))
            return it->second;
    }
    std::shared_ptr<ClassObject> cls;
    if (!className.empty()) {
        for (const auto &c : d->moduleClasses)
            if (c->name == className)
                cls = c;
        if (!cls) {
            std::string names;
            for (const auto &c : d->moduleClasses)
                names += (names.empty() ? "" : ", ") + c->name;
            throw SourceError("usage", "no nn.Module class named '" + className + "' in the file"
                                           + (names.empty() ? std::string() : " (it defines " + names + ")"),
                              1, 1, {});
        }
    } else if (!d->moduleClasses.empty()) {
        cls = d->moduleClasses.back();
    } else {
        throw SourceError("usage", "the file defines no nn.Module class (class Net(nn.Module): ...)", 1, 1, {});
    }
    Frame top;
    d->frames.push_back(&top);
    struct Pop
    {
        std::vector<Frame *> &frames;
        ~Pop() { frames.pop_back(); }
    } pop{d->frames};
    CallArgs none;
    Expr site;
    // The model is built by the app, not by a line of the file: an error in the call itself (a
    // missing argument) has no line there, as Python's traceback shows none in the file.
    site.lineno = 0;
    try {
        return d->instantiate(cls, none, site);
    } catch (const PythonError &) {
        throw;
    } catch (const TorchError &error) {
        throw PythonError(error, site.lineno);
    } catch (const Unsupported &error) {
        d->unsupportedAt(site, error.message);
    }
}

Object Interpreter::callForward(const Object &model, const Tensor &input, std::optional<Dim> batch)
{
    Frame top;
    d->frames.push_back(&top);
    struct Pop
    {
        std::vector<Frame *> &frames;
        ~Pop() { frames.pop_back(); }
    } pop{d->frames};
    d->recording = true;
    d->batch = batch;
    CallArgs args;
    args.positional.push_back(Object{input});
    Expr site;
    try {
        return d->call(model, args, site);
    } catch (const PythonError &) {
        throw;
    } catch (const TorchError &error) {
        throw PythonError(error, 0);
    } catch (const Unsupported &error) {
        d->unsupportedAt(site, error.message);
    }
}

const std::vector<SourceStep> &Interpreter::steps() const { return d->steps; }
const std::optional<SourceStep> &Interpreter::failedCallWarning() const { return d->failedCallWarning; }
const std::vector<SourceWarning> &Interpreter::pythonWarnings() const { return d->pythonWarnings; }
const std::string &Interpreter::failingOp() const { return d->failingOp; }
int Interpreter::failingModuleLine() const { return d->failingModuleLine; }
ModulePtr Interpreter::failingModule() const { return d->failingModule; }
std::optional<Shape> Interpreter::failingInput() const { return d->failingInput; }

} // namespace ft::source
