// trace.h — "what does PyTorch do with this model on this input?", without PyTorch.
//
//     auto t = ft::traceModel({32, 3, 28, 28}, "nn.Sequential(nn.Conv2d(3, 16, 3), nn.Flatten())");
//     t.layers[1].output == ft::Shape{32, 10816};  t.output.has_value();
//
// Syntax errors (and unknown module names) throw ft::ParseError with a 1-based column; errors
// PyTorch would raise (constructing or running a module) are reported in ShapeTrace::error.
// See ../shared CONTRACT-trace.md for the CLI built on it.
#pragma once

#include "engine/error.h"
#include "engine/module.h"
#include "engine/shape.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace ft {

// A syntax error in a model expression or an input shape.
// Expressions may span lines (pasted from a .py file): column() is then still a 1-based offset
// into source(); line() and lineColumn() locate it for display.
class ParseError : public std::runtime_error
{
public:
    ParseError(std::string message, int column, std::string source)
        : std::runtime_error(message), m_message(std::move(message)), m_column(column), m_source(std::move(source)) {}

    const std::string &message() const noexcept { return m_message; }
    int column() const noexcept { return m_column; } // 1-based, into source()
    const std::string &source() const noexcept { return m_source; }
    int line() const;        // 1-based line of column() (1 for one-line sources)
    int lineColumn() const;  // 1-based column within that line (== column() for one-line sources)
    // "column 12: expected ')' after arguments\n  nn.Flatten(0\n             ^"
    // ("line 2, column 5: ..." for multi-line sources; very long lines are shown as a window
    // around the caret.)
    std::string formatted() const;

private:
    std::string m_message;
    int m_column;
    std::string m_source;
};

struct LayerTrace
{
    int index = 0;
    std::string module;          // PyTorch's repr
    std::string typeName;        // "Conv2d"
    Shape output;                // empty when the layer returned a tuple:
    std::vector<ResultShape> outputs; // the items of the tuple it returned (LSTM: output, (h_n, c_n))
    std::int64_t parameters = 0;
};

// Where a traced model raised: building module `index` (its constructor) or running it.
enum class TraceStage { Construct, Forward };

// The contract's word for a stage, as the CLI's JSON prints it: "construct" or "forward".
constexpr const char *stageName(TraceStage stage)
{
    return stage == TraceStage::Construct ? "construct" : "forward";
}

struct TraceFailure
{
    int index = 0;
    TraceStage stage = TraceStage::Forward;
    std::string type;            // Python exception class
    std::string message;         // PyTorch's message, first line
    std::string module;          // repr of the module that raised (Forward only; empty for Construct)
    ErrorKind kind = ErrorKind::Generic; // what went wrong, and the values the message names
    ErrorDetails details;

    // The failure `error` makes at layer `index`.
    static TraceFailure from(const TorchError &error, int index, TraceStage stage, std::string module = {})
    {
        return TraceFailure{index, stage, error.type(), error.message(), std::move(module), error.kind(), error.details()};
    }
};

// A warning PyTorch printed (warnings.warn) while building layer `index` or running it.
struct TraceWarning
{
    int index = 0;
    TraceStage stage = TraceStage::Forward;
    PythonWarning warning;
    bool operator==(const TraceWarning &) const = default;
};

struct ShapeTrace
{
    Shape input;
    DType dtype = DType::Float32;    // the input's element type
    std::vector<LayerTrace> layers;  // the modules that ran, in order
    std::optional<Shape> output;     // when the whole forward pass succeeded with a tensor
    std::vector<ResultShape> outputs; // when it succeeded with a tuple: its items (output is then empty)
    std::optional<TraceFailure> error;
    // What PyTorch warned, in the order it printed it: every layer's construction warnings (for the
    // layers built before a constructor raised, when one did), then each layer's as it runs.
    std::vector<TraceWarning> warnings;
};

// Parses "32,3,28,28", "(32, 3, 28, 28)", "[2,3]", "(5,)", "()" or "" (0-d). Throws ParseError.
// A negative size is a ParseError pointing at it (PyTorch has no negative sizes); any size up to
// int64's maximum is accepted, because tracing is shape-only and never allocates.
Shape parseShape(std::string_view text);

// Parses and evaluates a model expression into a module (nn.Sequential or a single module).
// Throws ParseError on syntax errors; throws ConstructError when a constructor raises.
ModulePtr parseModel(std::string_view text);

// Raised by parseModel when building a module raises; index is the top-level layer index.
class ConstructError : public TorchError
{
public:
    // `built`: the top-level layers built before layer `index` raised; their construction warnings
    // were printed, then the raising constructor's own (error.warningsBefore()).
    ConstructError(const TorchError &error, int index, const std::vector<Value> &built = {});
    int index() const noexcept { return m_index; }
    // Those warnings, each with its top-level layer index.
    const std::vector<std::pair<int, PythonWarning>> &warnings() const noexcept { return m_warnings; }

private:
    int m_index;
    std::vector<std::pair<int, PythonWarning>> m_warnings;
};

// The modules an expression may name and how to build them. parseModel(text) uses the real ones
// (ft::createModule and friends); tests of the parser alone pass a recording fake.
struct ModuleCatalog
{
    std::function<bool(std::string_view name)> isSupported;
    std::function<const std::vector<std::string> &()> names;
    std::function<ModulePtr(std::string_view name, const Arguments &args)> create;
};
ModulePtr parseModel(std::string_view text, const ModuleCatalog &catalog);

// Deepest nesting of brackets and calls a model expression may use; deeper input is a ParseError
// (never a stack overflow).
inline constexpr int kMaxExpressionNesting = 100;

// Most dimensions an input shape (parseShape) or a layer's output (traceModule) may have; more is
// a ParseError or a trace failure naming the bound. PyTorch itself supports no more than 64 in
// reductions ("only tensors with up to 64 dims are supported"), and a trace keeps every layer's
// shape, so without a bound a megabyte of shape text through a megabyte of layers asks for
// hundreds of gigabytes.
inline constexpr int kMaxShapeRank = 64;

// Traces the model over the input shape (shape-only: any size works). Throws ParseError only.
// `dtype` is the input's element type (torch.zeros(input, dtype=...)).
ShapeTrace traceModel(const Shape &input, std::string_view modelText, DType dtype = DType::Float32);
// Same, for an already built module.
ShapeTrace traceModule(const Shape &input, const Module &model, DType dtype = DType::Float32);

} // namespace ft
