// object_p.h — the values a learner's Python computes with: a small closed std::variant.
//
// None, bool, int (an int64, or a BigInt beyond it), float, str, tuple, list, range, torch.Size, Tensor (shape-only), an engine
// Module (nn.Conv2d(...)), nn.ModuleList (or an nn.Sequential of the learner's modules), the learner's functions, classes and instances, bound
// methods, builtins (a row of the table in torch_library.cpp, maybe bound to a self), the
// namespaces torch / torch.nn / torch.nn.functional, nn.<Module> classes, super() proxies and
// torch dtypes (a tensor's dtype: float32, or int64 for token ids).
// Lists, ModuleLists and instances are shared (Python's reference semantics); the rest are values.
//
//     Object n{std::int64_t(3)};  typeName(n) == "int";  isTensor(Object{Tensor::shapeOnly({2, 3})});
#pragma once

#include "engine/source/ast_p.h"
#include "engine/module.h"
#include "engine/tensor.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace ft::source {

struct Object;
struct BuiltinRow;

struct Tuple { std::vector<Object> items; };
struct List { std::vector<Object> items; };
// nn.ModuleList, or an nn.Sequential holding a learner's own module (one of engine modules only
// is the engine's Sequential, a ModulePtr). Children are named "0", "1", ... as PyTorch names them.
struct ContainerObject
{
    std::vector<Object> items;
    bool sequential = false;
};
struct Size { Shape dims; };
struct Range { std::int64_t start = 0, stop = 0, step = 1; };
struct Namespace { std::string path; };        // "torch", "torch.nn", "torch.nn.functional"
struct ModuleClass { std::string name; };      // nn.Conv2d and friends (the engine's registry)
struct DTypeObject { DType dtype; };           // torch.long, torch.float32 (the types a trace follows)

struct ClassObject;
struct InstanceObject;

struct FunctionObject
{
    const Stmt *def = nullptr;
    std::string qualname;                      // "Net.forward", as CPython names it in messages
    std::vector<Object> defaults;              // for the trailing parameters that have one
    // The class that defines it (for zero-argument super()); weak, because the class holds the
    // function: a strong pointer would be a cycle that is never freed.
    std::weak_ptr<ClassObject> owner;
};

struct Method
{
    std::shared_ptr<InstanceObject> self;
    std::shared_ptr<FunctionObject> function;
};

struct Builtin
{
    const BuiltinRow *row = nullptr;
    std::shared_ptr<Object> self;              // the tensor / list / module a method is bound to
};

struct Super
{
    std::shared_ptr<ClassObject> after;        // lookup starts after this class in the MRO
    std::shared_ptr<InstanceObject> self;
};

using ObjectData = std::variant<NoneValue, bool, std::int64_t, double, std::string, std::shared_ptr<Tuple>,
                                std::shared_ptr<List>, Range, Size, Tensor, ModulePtr, std::shared_ptr<ContainerObject>,
                                std::shared_ptr<FunctionObject>, Method, Builtin, std::shared_ptr<ClassObject>,
                                std::shared_ptr<InstanceObject>, Namespace, ModuleClass, Super, BigInt, DTypeObject>;

struct Object
{
    ObjectData data;

    template <typename T>
    bool is() const { return std::holds_alternative<T>(data); }
    template <typename T>
    const T &as() const { return std::get<T>(data); }
};

struct ClassObject
{
    std::string name;
    std::shared_ptr<ClassObject> base;         // null: the base is nn.Module itself
    bool isModuleBase = false;                 // this object *is* nn.Module
    std::vector<std::pair<std::string, Object>> attributes; // methods and class attributes, in order
    const Object *find(const std::string &name) const;       // own attributes only
};

struct InstanceObject
{
    std::shared_ptr<ClassObject> cls;
    bool moduleInitialized = false;            // nn.Module.__init__ ran (super().__init__())
    std::vector<std::pair<std::string, Object>> dict;    // plain attributes (__dict__)
    std::vector<std::pair<std::string, Object>> modules; // submodules (_modules), in registration order
};

inline Object none() { return Object{NoneValue{}}; }
inline Object tupleOf(std::vector<Object> items) { return Object{std::make_shared<Tuple>(Tuple{std::move(items)})}; }
inline Object listOf(std::vector<Object> items) { return Object{std::make_shared<List>(List{std::move(items)})}; }

// A tensor's shape, or a tuple of tensors and such tuples (an LSTM's (output, (h_n, c_n))) as
// nested shapes; nullopt for anything else.
std::optional<ResultShape> resultShapeOf(const Object &object);
// Shape-only tensors (and tuples of them) of these shapes: what a module call returns.
Object resultObject(const ResultShape &result);
// The tensors' shapes of a result, in order (SourceStep::outputs).
void appendLeafShapes(const ResultShape &result, std::vector<Shape> &shapes);

// type(x).__name__ as Python's messages print it: "int", "Tensor", "torch.Size", "Net", "Conv2d".
std::string typeName(const Object &object);

} // namespace ft::source
