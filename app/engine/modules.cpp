// modules.cpp — the module registry and the helpers every module family shares.
#include "engine/modules_p.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <regex>
#include <stdexcept>

namespace ft {

namespace {

struct Entry
{
    const char *name;
    detail::Factory factory;
};

// One row per module; supportedModules() lists the names sorted.
const Entry kRegistry[] = {
    // Issue 13, part A (kept as one block; supportedModules() sorts the names).
    {"CELU", detail::makeCELU},
    {"ELU", detail::makeELU},
    {"Hardshrink", detail::makeHardshrink},
    {"Hardtanh", detail::makeHardtanh},
    {"LogSigmoid", detail::makeLogSigmoid},
    {"PReLU", detail::makePReLU},
    {"Softmax2d", detail::makeSoftmax2d},
    {"Softmin", detail::makeSoftmin},
    {"Softplus", detail::makeSoftplus},
    {"Softshrink", detail::makeSoftshrink},
    {"Softsign", detail::makeSoftsign},
    {"Tanhshrink", detail::makeTanhshrink},
    {"Threshold", detail::makeThreshold},
    {"Upsample", detail::makeUpsample},
    {"UpsamplingNearest2d", detail::makeUpsamplingNearest2d},
    {"UpsamplingBilinear2d", detail::makeUpsamplingBilinear2d},
    {"ConvTranspose1d", detail::makeConvTranspose1d},
    {"ConvTranspose2d", detail::makeConvTranspose2d},
    {"ConvTranspose3d", detail::makeConvTranspose3d},
    {"PixelShuffle", detail::makePixelShuffle},
    {"PixelUnshuffle", detail::makePixelUnshuffle},
    {"ChannelShuffle", detail::makeChannelShuffle},
    {"BatchNorm3d", detail::makeBatchNorm3d},
    {"InstanceNorm1d", detail::makeInstanceNorm1d},
    {"InstanceNorm2d", detail::makeInstanceNorm2d},
    {"InstanceNorm3d", detail::makeInstanceNorm3d},
    {"GroupNorm", detail::makeGroupNorm},
    {"ZeroPad2d", detail::makeZeroPad2d},
    {"ConstantPad1d", detail::makeConstantPad1d},
    {"ConstantPad2d", detail::makeConstantPad2d},
    {"ConstantPad3d", detail::makeConstantPad3d},
    {"ReflectionPad1d", detail::makeReflectionPad1d},
    {"ReflectionPad2d", detail::makeReflectionPad2d},
    {"ReflectionPad3d", detail::makeReflectionPad3d},
    {"ReplicationPad1d", detail::makeReplicationPad1d},
    {"ReplicationPad2d", detail::makeReplicationPad2d},
    {"ReplicationPad3d", detail::makeReplicationPad3d},
    // The modules before issue 13.
    {"AdaptiveAvgPool1d", detail::makeAdaptiveAvgPool1d},
    {"AdaptiveAvgPool2d", detail::makeAdaptiveAvgPool2d},
    {"AdaptiveAvgPool3d", detail::makeAdaptiveAvgPool3d},
    {"AdaptiveMaxPool1d", detail::makeAdaptiveMaxPool1d},
    {"AdaptiveMaxPool2d", detail::makeAdaptiveMaxPool2d},
    {"AvgPool1d", detail::makeAvgPool1d},
    {"AvgPool2d", detail::makeAvgPool2d},
    {"AvgPool3d", detail::makeAvgPool3d},
    {"BatchNorm1d", detail::makeBatchNorm1d},
    {"BatchNorm2d", detail::makeBatchNorm2d},
    {"Conv1d", detail::makeConv1d},
    {"Conv2d", detail::makeConv2d},
    {"Conv3d", detail::makeConv3d},
    {"Dropout", detail::makeDropout},
    {"Dropout1d", detail::makeDropout1d},
    {"Dropout2d", detail::makeDropout2d},
    {"Dropout3d", detail::makeDropout3d},
    {"Embedding", detail::makeEmbedding},
    {"Flatten", detail::makeFlatten},
    {"GELU", detail::makeGELU},
    {"GRU", detail::makeGRU},
    {"Hardsigmoid", detail::makeHardsigmoid},
    {"Hardswish", detail::makeHardswish},
    {"Identity", detail::makeIdentity},
    {"LSTM", detail::makeLSTM},
    {"LayerNorm", detail::makeLayerNorm},
    {"LeakyReLU", detail::makeLeakyReLU},
    {"Linear", detail::makeLinear},
    {"LogSoftmax", detail::makeLogSoftmax},
    {"MaxPool1d", detail::makeMaxPool1d},
    {"MaxPool2d", detail::makeMaxPool2d},
    {"MaxPool3d", detail::makeMaxPool3d},
    {"Mish", detail::makeMish},
    {"RNN", detail::makeRNN},
    {"ReLU", detail::makeReLU},
    {"ReLU6", detail::makeReLU6},
    {"SELU", detail::makeSELU},
    {"Sequential", detail::makeSequential},
    {"SiLU", detail::makeSiLU},
    {"Sigmoid", detail::makeSigmoid},
    {"Softmax", detail::makeSoftmax},
    {"Tanh", detail::makeTanh},
    {"Unflatten", detail::makeUnflatten},
};

const Entry *findEntry(std::string_view name)
{
    for (const auto &entry : kRegistry) {
        if (name == entry.name)
            return &entry;
    }
    return nullptr;
}

} // namespace

std::string formatResultShape(const ResultShape &result)
{
    if (!result.isTuple)
        return formatShape(result.shape);
    std::string out = "(";
    for (size_t i = 0; i < result.items.size(); ++i)
        out += (i ? ", " : "") + formatResultShape(result.items[i]);
    return out + (result.items.size() == 1 ? ",)" : ")");
}

const char *dtypeName(DType dtype)
{
    return dtype == DType::Int64 ? "int64" : "float32";
}

DType Module::resultDtype(const Shape &, DType dtype) const
{
    return dtype;
}

std::vector<ResultShape> Module::tupleShapes(const Shape &input) const
{
    const Shape values = outputShape(input);
    return {ResultShape::tensor(values), ResultShape::tensor(values)};
}

std::optional<Value> Module::attribute(std::string_view) const
{
    return std::nullopt;
}

std::optional<std::int64_t> Module::intArgument(std::string_view) const
{
    return std::nullopt;
}

Tensor Module::state(const std::string &name) const
{
    throw std::invalid_argument(typeName() + " has no parameter or buffer named '" + name + "'");
}

void Module::setState(const std::string &name, const Tensor &)
{
    throw std::invalid_argument(typeName() + " has no parameter or buffer named '" + name + "'");
}

ModulePtr createModule(std::string_view name, const Arguments &args)
{
    const Entry *entry = findEntry(name);
    if (!entry)
        throw std::invalid_argument("unsupported module: " + std::string(name));
    return entry->factory(args);
}

bool isSupportedModule(std::string_view name)
{
    return findEntry(name) != nullptr;
}

bool isPyTorchLayer(std::string_view name)
{
    // The public nn.Module subclasses in dir(torch.nn) of PyTorch 1.13, sorted.
    static constexpr std::string_view kLayers[] = {
    "AdaptiveAvgPool1d", "AdaptiveAvgPool2d", "AdaptiveAvgPool3d", "AdaptiveLogSoftmaxWithLoss",
    "AdaptiveMaxPool1d", "AdaptiveMaxPool2d", "AdaptiveMaxPool3d", "AlphaDropout", "AvgPool1d", "AvgPool2d",
    "AvgPool3d", "BCELoss", "BCEWithLogitsLoss", "BatchNorm1d", "BatchNorm2d", "BatchNorm3d", "Bilinear",
    "CELU", "CTCLoss", "ChannelShuffle", "ConstantPad1d", "ConstantPad2d", "ConstantPad3d", "Container",
    "Conv1d", "Conv2d", "Conv3d", "ConvTranspose1d", "ConvTranspose2d", "ConvTranspose3d",
    "CosineEmbeddingLoss", "CosineSimilarity", "CrossEntropyLoss", "CrossMapLRN2d", "DataParallel", "Dropout",
    "Dropout1d", "Dropout2d", "Dropout3d", "ELU", "Embedding", "EmbeddingBag", "FeatureAlphaDropout",
    "Flatten", "Fold", "FractionalMaxPool2d", "FractionalMaxPool3d", "GELU", "GLU", "GRU", "GRUCell",
    "GaussianNLLLoss", "GroupNorm", "Hardshrink", "Hardsigmoid", "Hardswish", "Hardtanh",
    "HingeEmbeddingLoss", "HuberLoss", "Identity", "InstanceNorm1d", "InstanceNorm2d", "InstanceNorm3d",
    "KLDivLoss", "L1Loss", "LPPool1d", "LPPool2d", "LSTM", "LSTMCell", "LayerNorm", "LazyBatchNorm1d",
    "LazyBatchNorm2d", "LazyBatchNorm3d", "LazyConv1d", "LazyConv2d", "LazyConv3d", "LazyConvTranspose1d",
    "LazyConvTranspose2d", "LazyConvTranspose3d", "LazyInstanceNorm1d", "LazyInstanceNorm2d",
    "LazyInstanceNorm3d", "LazyLinear", "LeakyReLU", "Linear", "LocalResponseNorm", "LogSigmoid",
    "LogSoftmax", "MSELoss", "MarginRankingLoss", "MaxPool1d", "MaxPool2d", "MaxPool3d", "MaxUnpool1d",
    "MaxUnpool2d", "MaxUnpool3d", "Mish", "Module", "ModuleDict", "ModuleList", "MultiLabelMarginLoss",
    "MultiLabelSoftMarginLoss", "MultiMarginLoss", "MultiheadAttention", "NLLLoss", "NLLLoss2d", "PReLU",
    "PairwiseDistance", "ParameterDict", "ParameterList", "PixelShuffle", "PixelUnshuffle", "PoissonNLLLoss",
    "RNN", "RNNBase", "RNNCell", "RNNCellBase", "RReLU", "ReLU", "ReLU6", "ReflectionPad1d",
    "ReflectionPad2d", "ReflectionPad3d", "ReplicationPad1d", "ReplicationPad2d", "ReplicationPad3d", "SELU",
    "Sequential", "SiLU", "Sigmoid", "SmoothL1Loss", "SoftMarginLoss", "Softmax", "Softmax2d", "Softmin",
    "Softplus", "Softshrink", "Softsign", "SyncBatchNorm", "Tanh", "Tanhshrink", "Threshold", "Transformer",
    "TransformerDecoder", "TransformerDecoderLayer", "TransformerEncoder", "TransformerEncoderLayer",
    "TripletMarginLoss", "TripletMarginWithDistanceLoss", "Unflatten", "Unfold", "Upsample",
    "UpsamplingBilinear2d", "UpsamplingNearest2d", "ZeroPad2d",
    };
    return std::binary_search(std::begin(kLayers), std::end(kLayers), name);
}

namespace detail {

std::string pythonModulePath(std::string_view layer)
{
    // type(getattr(torch.nn, name)).__module__ in PyTorch 1.13, for every name isPyTorchLayer knows.
    static constexpr std::pair<std::string_view, std::string_view> kPrefixes[] = {
        {"Adaptive", "pooling"}, {"AvgPool", "pooling"}, {"MaxPool", "pooling"}, {"MaxUnpool", "pooling"},
        {"FractionalMaxPool", "pooling"}, {"LPPool", "pooling"}, {"BatchNorm", "batchnorm"},
        {"LazyBatchNorm", "batchnorm"}, {"SyncBatchNorm", "batchnorm"}, {"InstanceNorm", "instancenorm"},
        {"LazyInstanceNorm", "instancenorm"}, {"Conv", "conv"}, {"LazyConv", "conv"}, {"ConstantPad", "padding"},
        {"ReflectionPad", "padding"}, {"ReplicationPad", "padding"}, {"ZeroPad", "padding"},
        {"Upsampl", "upsampling"}, {"PixelShuffle", "pixelshuffle"}, {"PixelUnshuffle", "pixelshuffle"},
        {"Transformer", "transformer"}, {"Embedding", "sparse"}, {"Dropout", "dropout"},
    };
    static constexpr std::pair<std::string_view, std::string_view> kNames[] = {
        {"AdaptiveLogSoftmaxWithLoss", "adaptive"}, {"AlphaDropout", "dropout"}, {"FeatureAlphaDropout", "dropout"},
        {"ChannelShuffle", "channelshuffle"}, {"Container", "container"}, {"ModuleDict", "container"},
        {"ModuleList", "container"}, {"ParameterDict", "container"}, {"ParameterList", "container"},
        {"Sequential", "container"}, {"CosineSimilarity", "distance"}, {"PairwiseDistance", "distance"},
        {"Flatten", "flatten"}, {"Unflatten", "flatten"}, {"Fold", "fold"}, {"Unfold", "fold"},
        {"Bilinear", "linear"}, {"Identity", "linear"}, {"LazyLinear", "linear"}, {"Linear", "linear"},
        {"Module", "module"}, {"CrossMapLRN2d", "normalization"}, {"GroupNorm", "normalization"},
        {"LayerNorm", "normalization"}, {"LocalResponseNorm", "normalization"}, {"GRU", "rnn"}, {"GRUCell", "rnn"},
        {"LSTM", "rnn"}, {"LSTMCell", "rnn"}, {"RNN", "rnn"}, {"RNNBase", "rnn"}, {"RNNCell", "rnn"},
        {"RNNCellBase", "rnn"}, {"DataParallel", ""},
    };
    std::string_view file = "activation"; // the rest: ReLU, Softmax, ...
    if (layer.ends_with("Loss") || layer == "NLLLoss2d")
        file = "loss";
    for (const auto &[prefix, where] : kPrefixes) {
        if (layer.starts_with(prefix))
            file = where;
    }
    for (const auto &[name, where] : kNames) {
        if (layer == name)
            file = where;
    }
    if (file.empty())
        return "torch.nn.parallel.data_parallel";
    return "torch.nn.modules." + std::string(file);
}

} // namespace detail

const std::vector<std::string> &supportedModules()
{
    static const std::vector<std::string> names = [] {
        std::vector<std::string> list;
        for (const auto &entry : kRegistry)
            list.emplace_back(entry.name);
        std::sort(list.begin(), list.end());
        return list;
    }();
    return names;
}

namespace detail {

void throwTupleForTensorArgument(const std::string &function)
{
    throwTypeError(function + "(): argument 'input' (position 1) must be Tensor, not tuple", ErrorKind::TupleInput,
                   ErrorDetails{.function = function});
}

void throwNotImplementedForLong(const std::string &kernel)
{
    throwRuntimeError("\"" + kernel + "\" not implemented for 'Long'");
}

void throwTupleHasNoAttribute(const std::string &attribute)
{
    throwAttributeError("'tuple' object has no attribute '" + attribute + "'", ErrorKind::TupleInput,
                        ErrorDetails{.arguments = {attribute}});
}

std::optional<Value> namedAttribute(std::string_view name,
                                    std::initializer_list<std::pair<std::string_view, const Value *>> attributes)
{
    for (const auto &[key, value] : attributes)
        if (key == name)
            return *value;
    return std::nullopt;
}

bool canComputeValues(const Tensor &input, const Shape &output)
{
    if (!input.hasStorage())
        return false;
    const auto count = checkedNumel(output);
    return count.has_value() && *count <= Tensor::kMaxAllocElements;
}

bool withinComputeBudget(double multiplyAdds, const std::vector<std::pair<std::string, Shape>> &states)
{
    // About a second of naive loops at worst; parameters up to 64 MB.
    constexpr double kMaxMultiplyAdds = 2e9;
    constexpr Dim kMaxStateElements = Dim(1) << 24;
    for (const auto &entry : states) {
        const auto count = checkedNumel(entry.second);
        if (!count || *count > kMaxStateElements)
            return false;
    }
    return multiplyAdds <= kMaxMultiplyAdds;
}

Dim checkedMul(Dim a, Dim b)
{
    Dim result = 0;
    if (__builtin_mul_overflow(a, b, &result))
        throwRuntimeError("shape arithmetic overflows int64 (" + std::to_string(a) + " * " + std::to_string(b) + ")");
    return result;
}

Dim checkedAdd(Dim a, Dim b)
{
    Dim result = 0;
    if (__builtin_add_overflow(a, b, &result))
        throwRuntimeError("shape arithmetic overflows int64 (" + std::to_string(a) + " + " + std::to_string(b) + ")");
    return result;
}

Dim floorDiv(Dim a, Dim b)
{
    Dim q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

void throwUnpackOverflow()
{
    throwRuntimeError("Overflow when unpacking long");
}

std::optional<Dim> asInt(const Value &value)
{
    if (value.isInt())
        return std::get<std::int64_t>(value.data);
    if (value.isBigInt())
        throwUnpackOverflow();
    return std::nullopt;
}

std::optional<double> asPythonNumber(const Value &value)
{
    if (value.isBigInt()) {
        const BigInt &big = std::get<BigInt>(value.data);
        if (const auto d = big.toDouble())
            return *d;
        return big.sign() < 0 ? -HUGE_VAL : HUGE_VAL;
    }
    return asNumber(value);
}

std::optional<double> asDouble(const Value &value)
{
    if (value.isBigInt()) {
        if (const auto d = std::get<BigInt>(value.data).toDouble())
            return *d;
        throw TorchError("OverflowError", "int too large to convert to float");
    }
    return asNumber(value);
}

std::optional<double> asNumber(const Value &value)
{
    if (value.isBigInt())
        throwUnpackOverflow();
    if (value.isInt())
        return double(std::get<std::int64_t>(value.data));
    if (value.isFloat())
        return std::get<double>(value.data);
    if (value.isBool())
        return std::get<bool>(value.data) ? 1.0 : 0.0;
    return std::nullopt;
}

void checkAllocatedOutput(const Shape &input, const Shape &allocated)
{
    if (!storageOverflows(input))
        checkStorageSize(allocated);
}

namespace {

// c10::Device's parsing of device=..., then what creating a tensor there does in a PyTorch built
// without CUDA. Measured against PyTorch 1.13 (Debian's build).
struct DeviceCheck
{
    bool cuda = false;        // raises when the factory initialises CUDA, before it reads the sizes
    std::string backendError; // raised at dispatch, after the sizes are read
    std::string backendErrorType;
};

DeviceCheck checkDevice(const Value &device)
{
    DeviceCheck check;
    if (device.isInt()) {
        if (std::get<std::int64_t>(device.data) < 0)
            throwRuntimeError("Device index must not be negative");
        check.cuda = true; // an int device is a CUDA device index
        return check;
    }
    if (!device.isString())
        return check; // None
    const std::string &text = std::get<std::string>(device.data);
    if (text.empty())
        throwRuntimeError("Device string must not be empty");
    static const std::regex form(R"(([a-zA-Z_]+)(?::([1-9]\d*|0))?)");
    std::smatch match;
    if (!std::regex_match(text, match, form))
        throwRuntimeError("Invalid device string: '" + text + "'");
    if (match[2].matched && (match[2].length() > 10 || std::stoll(match[2].str()) > 2147483647))
        throwRuntimeError("Could not parse device index '" + match[2].str() + "' in device string '" + text + "'");
    static const std::vector<std::pair<std::string, std::string>> types{
        {"cpu", ""},       {"cuda", ""},     {"ipu", "IPU"},     {"xpu", "XPU"},   {"mkldnn", ""},
        {"opengl", ""},    {"opencl", ""},   {"ideep", ""},      {"hip", "HIP"},   {"ve", "VE"},
        {"fpga", "FPGA"},  {"ort", "ORT"},   {"xla", "XLA"},     {"lazy", "Lazy"}, {"vulkan", "Vulkan"},
        {"mps", "MPS"},    {"meta", ""},     {"hpu", "HPU"},     {"privateuseone", "PrivateUse1"}};
    const std::string type = match[1].str();
    const auto known = std::find_if(types.begin(), types.end(), [&](const auto &t) { return t.first == type; });
    if (known == types.end()) {
        std::string names;
        for (const auto &t : types)
            names += (names.empty() ? "" : ", ") + t.first;
        throwRuntimeError("Expected one of " + names + " device type at start of device string: " + text);
    }
    if (type == "cuda") {
        check.cuda = true;
    } else if (type == "mkldnn" || type == "opengl" || type == "opencl" || type == "ideep") {
        check.backendErrorType = "RuntimeError";
        check.backendError = "0 INTERNAL ASSERT FAILED at \"./c10/core/TensorOptions.h\":655, please report a bug to "
                             "PyTorch. This is a grandfathered Caffe2 device type " + type
                             + ", it shouldn't ever convert to a DispatchKey.  File a bug describing what you were "
                               "doing if you think this is in error.";
    } else if (!known->second.empty()) {
        check.backendErrorType = "NotImplementedError";
        check.backendError =
            "Could not run 'aten::empty.memory_format' with arguments from the '" + known->second
            + "' backend. This could be because the operator doesn't exist for this backend, or was omitted during the "
              "selective/custom build process (if using custom build). If you are a Facebook employee using PyTorch on "
              "mobile, please visit https://fburl.com/ptmfixes for possible resolutions. 'aten::empty.memory_format' is "
              "only available for these backends: [CPU, Meta, QuantizedCPU, QuantizedMeta, MkldnnCPU, SparseCPU, "
              "SparseMeta, SparseCsrCPU, BackendSelect, Python, FuncTorchDynamicLayerBackMode, Functionalize, Named, "
              "Conjugate, Negative, ZeroTensor, ADInplaceOrView, AutogradOther, AutogradCPU, AutogradCUDA, AutogradHIP, "
              "AutogradXLA, AutogradMPS, AutogradIPU, AutogradXPU, AutogradHPU, AutogradVE, AutogradLazy, AutogradMeta, "
              "AutogradPrivateUse1, AutogradPrivateUse2, AutogradPrivateUse3, AutogradNestedTensor, Tracer, "
              "AutocastCPU, AutocastCUDA, FuncTorchBatched, FuncTorchVmapMode, Batched, VmapMode, "
              "FuncTorchGradWrapper, PythonTLSSnapshot, FuncTorchDynamicLayerFrontMode, PythonDispatcher].";
    }
    return check;
}

} // namespace

Shape checkFactorySizes(const std::vector<Value> &sizes, const FactoryOptions &options, const std::string &factory,
                        const std::string &container)
{
    Shape shape;
    // The argument parser picks the factory's overload by the first element: a first element
    // that is not an int (bool does not count here) matches no overload; a later one fails
    // inside the chosen overload, where bool is accepted as an int. No value of the grammar is a
    // torch.dtype, so any dtype but None matches nothing either, nor does a device that is not a
    // str or an int.
    const bool deviceMatches = options.device.isNone() || options.device.isString() || options.device.isInt();
    if ((!sizes.empty() && !sizes[0].isPythonInt()) || !options.dtype.isNone() || !deviceMatches)
        throwTypeError(factory + "() received an invalid combination of arguments - got (" + container
                       + ", dtype=" + pythonTypeName(options.dtype) + ", device=" + pythonTypeName(options.device)
                       + "), but expected one of:");
    const DeviceCheck device = checkDevice(options.device);
    if (device.cuda)
        throw TorchError("AssertionError", "Torch not compiled with CUDA enabled", ErrorKind::NoCuda);
    for (size_t i = 0; i < sizes.size(); ++i) {
        // torch's SymInt list parser accepts Python ints (bool included, it is an int subclass)
        // in a SymInt's range: below -2**62 the values are reserved for symbolic sizes.
        constexpr std::int64_t kLowestSymInt = -(std::int64_t(1) << 62);
        if (sizes[i].isInt() && std::get<std::int64_t>(sizes[i].data) >= kLowestSymInt)
            shape.push_back(std::get<std::int64_t>(sizes[i].data));
        else if (sizes[i].isBool())
            shape.push_back(std::get<bool>(sizes[i].data) ? 1 : 0);
        else
            throwTypeError(factory + "(): argument 'size' must be tuple of SymInts, but found element of type "
                           + pythonTypeName(sizes[i]) + " at pos " + std::to_string(i + 1));
    }
    if (!device.backendError.empty())
        throw TorchError(device.backendErrorType, device.backendError);
    checkNoNegativeSizes(shape);
    checkStorageSize(shape);
    return shape;
}

void matchIntList(const std::string &function, const char *name, int position, const Value &value,
                  const char *elementKind)
{
    if (value.isPythonInt())
        return;
    const bool firstOk = value.isSequence()
                         && (std::get<SequenceValue>(value.data).items.empty()
                             || std::get<SequenceValue>(value.data).items[0].isPythonInt());
    if (!firstOk)
        throwTypeError(function + "(): argument '" + name + "' (position " + std::to_string(position) + ") must be tuple of "
                       + elementKind + ", not " + pythonTypeName(value));
}

Shape parseIntList(const std::string &function, const char *name, int position, const Value &value,
                   const char *elementKind)
{
    const std::string kind = std::string("must be tuple of ") + elementKind;
    if (value.isInt())
        return {std::get<std::int64_t>(value.data)};
    if (value.isBigInt()) // one int for the whole list: unpacked as a long
        throwUnpackOverflow();
    if (!value.isSequence())
        throwTypeError(function + "(): argument '" + name + "' (position " + std::to_string(position) + ") " + kind
                       + ", not " + pythonTypeName(value));
    Shape out;
    const auto &items = std::get<SequenceValue>(value.data).items;
    for (size_t i = 0; i < items.size(); ++i) {
        if (!items[i].isPythonInt() && i == 0)
            throwTypeError(function + "(): argument '" + name + "' (position " + std::to_string(position) + ") " + kind
                           + ", not " + pythonTypeName(value));
        // Matching looked at the first element only (bool is not an int there); unpacking takes any
        // Python int, and a bool is one: (2, True) is (2, 1).
        if (items[i].isBool()) {
            out.push_back(std::get<bool>(items[i].data) ? 1 : 0);
            continue;
        }
        if (!items[i].isInt())
            throwTypeError(function + "(): argument '" + name + "' " + kind + ", but found element of type "
                           + pythonTypeName(items[i]) + " at pos " + std::to_string(i + 1));
        out.push_back(std::get<std::int64_t>(items[i].data));
    }
    return out;
}

void checkDimName(const std::string &name)
{
    if (name == "*") // the wildcard Dimname
        return;
    bool valid = !name.empty() && !(name[0] >= '0' && name[0] <= '9');
    for (char c : name)
        valid = valid && (std::isalnum(static_cast<unsigned char>(c)) || c == '_');
    if (!valid)
        throwRuntimeError("Invalid name: a valid identifier contains only digits, alphabetical characters, and/or "
                          "underscore and starts with a non-digit. got: '" + name + "'.");
}

void throwNamedDimNotFound(const std::string &name, Dim rank)
{
    checkDimName(name);
    if (name == "*")
        throwRuntimeError("Please look up dimensions by name, got: name = None.");
    std::string names;
    for (Dim i = 0; i < rank; ++i)
        names += i ? ", None" : "None";
    throwRuntimeError("Name '" + name + "' not found in Tensor[" + names + "].");
}

Tensor patternTensor(const Shape &shape, double bound, unsigned salt)
{
    const auto count = checkedNumel(shape);
    if (!count || *count > Tensor::kMaxAllocElements)
        throwRuntimeError("parameter of shape " + formatSizeList(shape) + " is too large to hold values");
    std::vector<float> values(static_cast<size_t>(*count));
    // A fixed, well-spread pattern in [-bound, bound]: deterministic so screens and tests agree.
    for (size_t i = 0; i < values.size(); ++i)
        values[i] = float(bound * std::sin(0.5 + 0.731 * double(i) + 1.37 * double(salt)));
    return Tensor::fromValues(shape, std::move(values));
}

Tensor StatefulModule::state(const std::string &name) const
{
    const auto it = m_values.find(name);
    if (it != m_values.end())
        return it->second;
    for (const auto &[stateName, shape] : m_stateShapes) {
        if (stateName == name)
            return defaultState(name, shape);
    }
    return Module::state(name);
}

void StatefulModule::setState(const std::string &name, const Tensor &value)
{
    for (const auto &[stateName, shape] : m_stateShapes) {
        if (stateName == name) {
            if (value.sizes() != shape)
                throw std::invalid_argument(typeName() + "." + name + " must have shape " + formatShape(shape)
                                            + ", got " + formatShape(value.sizes()));
            m_values[name] = value.contiguous();
            return;
        }
    }
    Module::setState(name, value);
}

std::int64_t StatefulModule::parameterCount() const
{
    Dim total = 0;
    for (const auto &[name, shape] : m_stateShapes) {
        if (std::find(m_trainable.begin(), m_trainable.end(), name) == m_trainable.end())
            continue;
        const auto count = checkedNumel(shape);
        if (!count || __builtin_add_overflow(total, *count, &total))
            return -1; // cannot be represented; PyTorch could not allocate it either
    }
    return total;
}

void StatefulModule::addState(std::string name, Shape shape, bool trainable)
{
    if (trainable)
        m_trainable.push_back(name);
    m_stateShapes.emplace_back(std::move(name), std::move(shape));
}

Tensor StatefulModule::defaultState(const std::string &name, const Shape &shape) const
{
    unsigned salt = 0;
    for (char c : name)
        salt = salt * 31 + unsigned(c);
    return patternTensor(shape, initBound(), salt % 97);
}

bool StatefulModule::hasState(const std::string &name) const
{
    for (const auto &entry : m_stateShapes) {
        if (entry.first == name)
            return true;
    }
    return false;
}

} // namespace detail

} // namespace ft
