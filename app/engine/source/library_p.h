// library_p.h — what the interpreter offers Python code besides the language itself (internal).
//
// Builtins (len, range, ...), torch.*, torch.nn.functional.*, Tensor methods, list methods and
// nn.Module.__init__ are rows of tables in torch_library.cpp: a name, the Python signature, and a
// function. One binder (module_args_p.h's bindSlots) turns a call into the row's parameters, so
// argument-count and keyword errors carry Python's wording for every row alike.
#pragma once

#include "engine/source/object_p.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ft::source {

struct CallArgs
{
    std::vector<Object> positional;
    std::vector<std::pair<std::string, Object>> keyword;
};

// Thrown by library code for what the app does not model; the interpreter turns it into a
// SourceError at the call's position.
struct Unsupported
{
    std::string message;
};
[[noreturn]] void unsupported(std::string message);
// Raises a Python exception (a TorchError: the interpreter adds the line).
[[noreturn]] void raise(const char *type, std::string message);

struct BuiltinParam
{
    const char *name;
    std::optional<ObjectData> defaultValue; // nullopt: required
};

enum class Table { Builtins, Torch, Functional, TensorMethod, ListMethod, ModuleMethod };

struct BuiltinRow
{
    Table table;
    const char *name;
    const char *op;                       // how a step names it: "torch.flatten", "F.relu", "view"; null: not a step
    std::vector<BuiltinParam> params;
    bool varPositional = false;           // *args (collected into `extra`)
    // The layout-preserving reshaping ops the batch-changed warning watches.
    bool reshapes = false;
    Object (*fn)(const Object *self, std::vector<Object> &bound, std::vector<Object> &extra);
    // The params are keyword-only (print's sep=, min's default=): every positional goes to `extra`.
    bool keywordOnly = false;
    // Set instead of fn for a torch function whose arguments PyTorch's C++ argument parser reads
    // (torch.zeros, torch.randint): it gets the call's arguments unbound, to judge as that parser does.
    Object (*parse)(const CallArgs &args) = nullptr;
};

const BuiltinRow *findBuiltin(Table table, std::string_view name);
// Whether PyTorch 1.13's `owner` has attribute `name`, by its dir() (torch_names_p.h, generated
// from torch): owner "Tensor", "Module" (a bare nn.Module), or a torch.nn layer ("Conv2d", which
// has every nn.Module name too). nullopt for a layer whose names were not generated. It tells a
// misspelt name (AttributeError) from a real one the app does not model (unsupported).
std::optional<bool> torchHasAttribute(std::string_view owner, std::string_view name);
// Binds and runs a row; what it warns (F.softmax(x) without a dim) is appended to `warned`.
Object callBuiltin(const Builtin &builtin, CallArgs &args, std::vector<PythonWarning> &warned);

// Python semantics shared by the interpreter and the library.
std::vector<Object> iterate(const Object &object);     // TypeError "'int' object is not iterable"
std::string repr(const Object &object);
// print(module): PyTorch's Module.__repr__ for an engine module, an nn.Module instance of the
// learner's class or a container ("Net(\n  (fc): Linear(...)\n)").
std::string moduleRepr(const Object &module);
bool isModuleLike(const Object &object);                // an engine module, a ModuleList, an nn.Module instance
Value toValue(const Object &object);                    // for the engine's constructors
Object fromValue(const Value &value);
// The int a shape argument holds (int, or a 0-d/1-element tensor is unsupported); nullopt if not an int.
std::optional<std::int64_t> asInt(const Object &object);
// The result of an elementwise op on `t` (relu, x * 2, dropout): PyTorch's TensorIterator keeps
// the input's layout when it is non-overlapping and dense (a permuted tensor stays permuted, so a
// later view still fails) and allocates a contiguous result otherwise (a sliced tensor).
Tensor elementwiseResult(const Tensor &t);
// Shape of a binary tensor op's result (PyTorch's broadcasting and its message).
Shape broadcastShapes(const Shape &a, const Shape &b);

} // namespace ft::source
