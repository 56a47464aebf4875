// interpreter_p.h — runs a learner's model file the way Python and PyTorch would, shape-only.
//
// A tree walker after jlox: one evaluation function per node kind, scopes as a chain of
// environments (a function's locals, then the module's globals, then builtins), `return`
// unwinding through a result value. It is a client of the engine: nn.X(...) is ft::createModule,
// a module call is Module::outputShape, x.view(...) is Tensor::view, so messages stay PyTorch's.
//
// Three ways out:
//   - PythonError: what Python / PyTorch would raise (type, first message line, and the line
//     Python's traceback shows last in the learner's file: the innermost frame there);
//   - SourceError: a construct the app does not run, or a bound it hit (loop iterations, call
//     depth), with line and column;
//   - normal completion.
//
//     Interpreter in(parseSource(text));
//     in.runModule();                                   // imports, classes, `model = Net()`
//     Object model = in.buildModel("");                 // `model`, else the last nn.Module class
//     Object out = in.callForward(model, Tensor::shapeOnly({4, 3, 32, 32}));
//     in.steps();                                       // every tensor-producing call, in order
#pragma once

#include "engine/error.h"
#include "engine/source/object_p.h"
#include "engine/source/source_error.h"
#include "engine/source/source_trace.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ft::source {

// Loop iterations (all loops together) and call depth a file may use; beyond is a SourceError.
inline constexpr std::int64_t kMaxLoopIterations = 100000;
inline constexpr int kMaxCallDepth = 64;
// Largest input a layer is run on with real values to see what it makes of known id values.
inline constexpr std::int64_t kMaxProbeElements = 1 << 16;

// A Python or PyTorch exception raised by the learner's code: the engine's TorchError (type,
// message, kind and details, so the diagnosis reasons on typed values) plus the line Python's
// traceback shows last in the learner's file (0 when no line of the file is on the stack).
class PythonError : public TorchError
{
public:
    PythonError(const TorchError &error, int line) : TorchError(error), m_line(line) {}
    int line() const noexcept { return m_line; }

private:
    int m_line;
};

class Interpreter
{
public:
    explicit Interpreter(const SourceFile &module);
    ~Interpreter();

    // Runs the module-level statements. Throws PythonError / SourceError.
    void runModule();
    // The model: the module-level `model` if it is an nn.Module instance; else `className` (when
    // not empty) or the last nn.Module subclass defined, called with no arguments. Throws
    // PythonError (constructing) or SourceError (no such class).
    Object buildModel(const std::string &className);
    // model(input), recording steps; `batch` is the model input's dim 0 (none for a 0-d input).
    Object callForward(const Object &model, const Tensor &input, std::optional<Dim> batch);

    const std::vector<SourceStep> &steps() const;
    // A recorded nn.Sequential call (of the learner's modules) in which a layer changed the batch
    // and a later one raised: the call made no step, but PyTorch's hook saw the change first.
    const std::optional<SourceStep> &failedCallWarning() const;
    // What PyTorch warned (warnings.warn: nn.Softmax() without a dim, a Dropout2d given a 3-d input,
    // an LSTM's dropout with one layer), each with the learner's line that led to it, in order.
    const std::vector<SourceWarning> &pythonWarnings() const;
    // The module repr or op name of the call that raised last, and its input shape (for the
    // diagnosis): empty when the error came from elsewhere.
    const std::string &failingOp() const;
    // The line of the nn.X(...) call that built the module that raised (0: not a module, or unknown),
    // so a hint about its arguments can name the line to change.
    int failingModuleLine() const;
    // The engine module whose call raised (null when the error came from elsewhere), and its input.
    ModulePtr failingModule() const;
    std::optional<Shape> failingInput() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace ft::source
