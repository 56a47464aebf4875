// modules_p.h — shared pieces of the module twins (internal to the engine).
//
// Each module family lives in its own file (modules_basic.cpp, modules_linear.cpp,
// modules_conv.cpp, modules_pool.cpp, modules_norm.cpp) and exposes one factory per module;
// modules.cpp maps names to factories. The helpers here keep forward() honest: every forward
// first runs outputShape() (so values and shapes can never disagree about an error) and falls
// back to a shape-only tensor when the input has no storage or the result is too large.
#pragma once

#include "engine/error.h"
#include "engine/module.h"
#include "engine/module_args_p.h"

#include <functional>
#include <initializer_list>
#include <map>

namespace ft::detail {

using Factory = ModulePtr (*)(const Arguments &);

// The UserWarning torch.nn.functional._get_softmax_dim gives when `function` ("softmax",
// "log_softmax", "softmin") is called without a dim: nn.Softmax() and F.softmax(x) alike.
PythonWarning implicitDimWarning(std::string_view function);

// A factory whose constructor calls warnings.warn: `build(warned)` appends what it warns as it goes.
// The module keeps them (Module::constructionWarnings); a refusal after them carries them instead
// (TorchError::warningsBefore), as Python printed them before it raised.
template <class Build>
ModulePtr buildWarning(Build build)
{
    std::vector<PythonWarning> warned;
    try {
        ModulePtr module = build(warned);
        module->addConstructionWarnings(warned);
        return module;
    } catch (TorchError &error) {
        error.addWarningsBefore(warned);
        throw;
    }
}

// What torch.nn.init.kaiming_uniform_ warns when a weight (Linear's, a convolution's) has a 0 in
// its shape: "Initializing zero-element tensors is a no-op". None otherwise.
std::vector<PythonWarning> zeroElementInitWarnings(const Shape &weight);

ModulePtr makeFlatten(const Arguments &args);
ModulePtr makeUnflatten(const Arguments &args);
ModulePtr makeIdentity(const Arguments &args);
ModulePtr makeSequential(const Arguments &args);
ModulePtr makeDropout(const Arguments &args);
ModulePtr makeDropout1d(const Arguments &args);
ModulePtr makeDropout2d(const Arguments &args);
ModulePtr makeDropout3d(const Arguments &args);
ModulePtr makeReLU(const Arguments &args);
ModulePtr makeLeakyReLU(const Arguments &args);
ModulePtr makeGELU(const Arguments &args);
ModulePtr makeSigmoid(const Arguments &args);
ModulePtr makeSiLU(const Arguments &args);
ModulePtr makeMish(const Arguments &args);
ModulePtr makeHardswish(const Arguments &args);
ModulePtr makeHardsigmoid(const Arguments &args);
ModulePtr makeSELU(const Arguments &args);
ModulePtr makeReLU6(const Arguments &args);
ModulePtr makeTanh(const Arguments &args);
ModulePtr makeSoftmax(const Arguments &args);
ModulePtr makeLogSoftmax(const Arguments &args);
ModulePtr makeLinear(const Arguments &args);
ModulePtr makeConv1d(const Arguments &args);
ModulePtr makeConv2d(const Arguments &args);
ModulePtr makeConv3d(const Arguments &args);
ModulePtr makeMaxPool1d(const Arguments &args);
ModulePtr makeMaxPool2d(const Arguments &args);
ModulePtr makeMaxPool3d(const Arguments &args);
ModulePtr makeAvgPool1d(const Arguments &args);
ModulePtr makeAvgPool2d(const Arguments &args);
ModulePtr makeAvgPool3d(const Arguments &args);
ModulePtr makeAdaptiveAvgPool1d(const Arguments &args);
ModulePtr makeAdaptiveAvgPool2d(const Arguments &args);
ModulePtr makeAdaptiveAvgPool3d(const Arguments &args);
ModulePtr makeAdaptiveMaxPool1d(const Arguments &args);
ModulePtr makeAdaptiveMaxPool2d(const Arguments &args);
ModulePtr makeBatchNorm1d(const Arguments &args);
ModulePtr makeBatchNorm2d(const Arguments &args);
ModulePtr makeLayerNorm(const Arguments &args);
// modules_rnn.cpp
ModulePtr makeRNN(const Arguments &args);
ModulePtr makeLSTM(const Arguments &args);
ModulePtr makeGRU(const Arguments &args);
ModulePtr makeEmbedding(const Arguments &args);
// Issue 13, part A: activations, padding, resampling, norms and transposed convolutions.
ModulePtr makeThreshold(const Arguments &args);
ModulePtr makeHardtanh(const Arguments &args);
ModulePtr makeELU(const Arguments &args);
ModulePtr makeCELU(const Arguments &args);
ModulePtr makePReLU(const Arguments &args);
ModulePtr makeSoftplus(const Arguments &args);
ModulePtr makeSoftshrink(const Arguments &args);
ModulePtr makeHardshrink(const Arguments &args);
ModulePtr makeSoftsign(const Arguments &args);
ModulePtr makeTanhshrink(const Arguments &args);
ModulePtr makeLogSigmoid(const Arguments &args);
ModulePtr makeSoftmin(const Arguments &args);
ModulePtr makeSoftmax2d(const Arguments &args);
ModulePtr makeZeroPad2d(const Arguments &args);
ModulePtr makeConstantPad1d(const Arguments &args);
ModulePtr makeConstantPad2d(const Arguments &args);
ModulePtr makeConstantPad3d(const Arguments &args);
ModulePtr makeReflectionPad1d(const Arguments &args);
ModulePtr makeReflectionPad2d(const Arguments &args);
ModulePtr makeReflectionPad3d(const Arguments &args);
ModulePtr makeReplicationPad1d(const Arguments &args);
ModulePtr makeReplicationPad2d(const Arguments &args);
ModulePtr makeReplicationPad3d(const Arguments &args);
ModulePtr makeBatchNorm3d(const Arguments &args);
ModulePtr makeInstanceNorm1d(const Arguments &args);
ModulePtr makeInstanceNorm2d(const Arguments &args);
ModulePtr makeInstanceNorm3d(const Arguments &args);
ModulePtr makeGroupNorm(const Arguments &args);
ModulePtr makePixelShuffle(const Arguments &args);
ModulePtr makePixelUnshuffle(const Arguments &args);
ModulePtr makeChannelShuffle(const Arguments &args);
ModulePtr makeConvTranspose1d(const Arguments &args);
ModulePtr makeConvTranspose2d(const Arguments &args);
ModulePtr makeConvTranspose3d(const Arguments &args);
ModulePtr makeUpsample(const Arguments &args);
ModulePtr makeUpsamplingNearest2d(const Arguments &args);
ModulePtr makeUpsamplingBilinear2d(const Arguments &args);

// What a module raises when given a tuple where PyTorch wants a tensor (see Module::acceptTuple):
// a torch function's argument parser ("relu(): argument 'input' (position 1) must be Tensor, not
// tuple"), or Python's AttributeError for a Tensor method ("'tuple' object has no attribute 'flatten'").
// The Python module that defines torch.nn's class `layer` (any layer isPyTorchLayer knows):
// "torch.nn.modules.activation" for "ReLU", as in str(type(module)).
std::string pythonModulePath(std::string_view layer);

[[noreturn]] void throwTupleForTensorArgument(const std::string &function);
[[noreturn]] void throwTupleHasNoAttribute(const std::string &attribute);

// What a float-only CPU kernel raises for an int64 input: "\"max_pool2d\" not implemented for 'Long'".
[[noreturn]] void throwNotImplementedForLong(const std::string &kernel);
// Module::attribute from a table of (name, the Value the module holds): nullopt for another name.
std::optional<Value> namedAttribute(std::string_view name,
                                    std::initializer_list<std::pair<std::string_view, const Value *>> attributes);

// True when forward() should compute values: the input has storage and the output fits.
bool canComputeValues(const Tensor &input, const Shape &output);

// True when a forward pass costing this many multiply-adds, with parameters of these shapes, is
// cheap enough to run on real values (a UI thread must never hang on a demo's forward pass).
bool withinComputeBudget(double multiplyAdds, const std::vector<std::pair<std::string, Shape>> &states);

// Checked arithmetic for shape rules: PyTorch computes sizes in int64; we refuse to overflow.
Dim checkedMul(Dim a, Dim b);
Dim checkedAdd(Dim a, Dim b);

// Python floor division (PyTorch's div_rtn for shape formulas).
Dim floorDiv(Dim a, Dim b);

// The int inside a Value the way torch's C++ argument parser reads an int (bool rejected).
std::optional<Dim> asInt(const Value &value);
// A float-ish value (int, float or bool) as Python's float() would read it.
std::optional<double> asNumber(const Value &value);

// How torch's C++ argument parser reads an int-list argument (an int, or a tuple/list of ints;
// bool is not an int there). A bad first element makes the parser reject the whole container
// ("must be tuple of ints, not tuple"); a later one is named with its 1-based position.
Shape parseIntList(const std::string &function, const char *name, int position, const Value &value,
                   const char *elementKind = "ints");
// Only the matching step of parseIntList (container type and first element). The parser matches
// every argument of a call before it unpacks any, so callers run this for all list arguments
// (and the scalar type checks) first, then parseIntList.
void matchIntList(const std::string &function, const char *name, int position, const Value &value,
                  const char *elementKind = "ints");

// What PyTorch raises for a str dim (a dimension name) on an unnamed tensor of this rank:
// "Invalid name: ..." for a non-identifier, else "Name 'x' not found in Tensor[None, None].".
[[noreturn]] void throwNamedDimNotFound(const std::string &name, Dim rank);
// The "Invalid name: ..." check alone, which every str reaching a Dimname argument passes through.
void checkDimName(const std::string &name);

// The device= and dtype= a constructor passes on to the factories that allocate its parameters.
struct FactoryOptions
{
    Value device;
    Value dtype;
};

// torch.<factory>(sizes, device=..., dtype=...) as a constructor calls it for a parameter, with
// PyTorch's checks in PyTorch's order: the argument parser's overload match ("empty() received
// an invalid combination of arguments - ..."), the device string and index, CUDA (this PyTorch
// has none: "Torch not compiled with CUDA enabled"), the size elements ("empty(): argument 'size'
// must be tuple of SymInts, but found element of type float at pos 2"), the device's backend,
// then "Trying to create tensor with negative dimension -1: [16, 3, -1, -1]" and the storage
// size. `container` is the Python type of the size argument ("tuple", or "int" for
// torch.empty(num_features)). Returns the sizes as ints.
Shape checkFactorySizes(const std::vector<Value> &sizes, const FactoryOptions &options = {},
                        const std::string &factory = "empty", const std::string &container = "tuple");
// checkStorageSize (shape.h) for the tensor a layer's forward allocates, so that a layer whose output
// outgrows what storage can address fails there, as in PyTorch. An input that could not exist
// in PyTorch (its own storage overflows) is traced shape-only instead, without this check.
void checkAllocatedOutput(const Shape &input, const Shape &allocated);

// A module with parameters/buffers: keeps the values that were set, and makes deterministic
// defaults on demand (weights are never allocated unless someone asks for values).
class StatefulModule : public Module
{
public:
    std::vector<std::pair<std::string, Shape>> stateShapes() const override { return m_stateShapes; }
    Tensor state(const std::string &name) const override;
    void setState(const std::string &name, const Tensor &value) override;
    std::int64_t parameterCount() const override;
    bool hasParameters() const override { return !m_trainable.empty(); }

protected:
    void addState(std::string name, Shape shape, bool trainable);
    // Value of a state entry nobody set. Default: a fixed pattern in [-bound, bound].
    virtual Tensor defaultState(const std::string &name, const Shape &shape) const;
    // 1/sqrt(fan_in) as PyTorch's default init bound; used for the default pattern.
    virtual double initBound() const { return 0.1; }
    bool hasState(const std::string &name) const;

private:
    std::vector<std::pair<std::string, Shape>> m_stateShapes;
    std::vector<std::string> m_trainable;
    std::map<std::string, Tensor> m_values;
};

// "flatten() received an invalid combination of arguments - got (str, int), but expected one of:"
[[noreturn]] void throwInvalidCombination(const std::string &function, const std::vector<Value> &args);
// Python's torch.nn.modules.module._addindent: indent every line but the first by two spaces.
std::string addIndent(const std::string &text);
// torch.nn.Module.__repr__ for a module that keeps its constructor arguments as attributes: a
// module passed as one (nn.ReLU(nn.ReLU())) is registered as a child and listed below extra_repr.
std::string reprWithModuleArguments(const std::string &name, const std::string &extra,
                                    std::initializer_list<std::pair<const char *, const Value *>> attributes);

// Shape-preserving modules whose forward maps each element on its own.
class Elementwise : public Module
{
public:
    Shape outputShape(const Shape &input) const override
    {
        checkArguments();
        return input;
    }
    Tensor forward(const Tensor &input) const override
    {
        const Shape out = outputShape(input.sizes());
        if (!canComputeValues(input, out))
            return Tensor::shapeOnly(out);
        std::vector<float> values = input.values();
        for (float &v : values)
            v = apply(v);
        return Tensor::fromValues(out, std::move(values));
    }

    void acceptTuple() const override { throwTupleForTensorArgument(functionName()); }

    // The arguments are checked first, then the CPU kernel's dtype dispatch.
    DType resultDtype(const Shape &input, DType dtype) const override
    {
        outputShape(input);
        if (dtype != DType::Int64)
            return dtype;
        if (const char *kernel = longKernel())
            throwNotImplementedForLong(kernel);
        return floatOnInt64() ? DType::Float32 : dtype;
    }

protected:
    // The torch function forward calls ("relu", "relu_" when in place), as its errors name it.
    virtual std::string functionName() const = 0;
    virtual void checkArguments() const {}
    // The kernel that has no int64 version ("leaky_relu_cpu"), or none when int64 works.
    virtual const char *longKernel() const { return nullptr; }
    // True when an int64 input gives a float32 result (sigmoid, tanh).
    virtual bool floatOnInt64() const { return false; }
    virtual float apply(float x) const = 0;
};


// F.pad with mode "reflect", "replicate" or "circular" (modules_pad.cpp): `pads` is F.pad's pad
// argument, last dim first. Checks what PyTorch's kernel for that mode checks, records the padding
// before each input dim in `padByDim` (sized like the input) and returns the padded shape.
Shape padShape(const Shape &input, const std::string &mode, const Shape &pads, Shape &padByDim,
               DType dtype = DType::Float32);
// The source coordinate padding reads for padded coordinate i of a dim of `size` ("zeros": -1
// outside the input).
Dim padSourceIndex(Dim i, Dim size, const std::string &mode);

// A deterministic pattern of `shape` with values in [-bound, bound]. Not PyTorch's random init.
Tensor patternTensor(const Shape &shape, double bound, unsigned salt);

} // namespace ft::detail
