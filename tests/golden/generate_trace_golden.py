#!/usr/bin/python3
"""Golden data for the engine's modules: what real PyTorch does with a model on an input.

trace_cases.json — for every (input shape, model expression) in trace_cases.py, the trace that
`flatten-tutor trace --json` must print (see CONTRACT-trace.md): the layers that ran (top-level
index, PyTorch's repr, output shape, parameter count), the final output shape, or the error
(layer index, stage "construct" or "forward", Python exception class, first line of the message).
Models are traced in eval mode, as the engine's forward is specified.

module_values.json — forward VALUES of single modules with fixed weights and inputs taken from a
simple formula, so the engine can compare numbers within 1e-5 (tests/engine/tst_golden_values.cpp).

    /usr/bin/python3 generate_trace_golden.py          # rewrite both JSON files
    /usr/bin/python3 generate_trace_golden.py --check  # exit 1 if PyTorch disagrees with them

Exit code 77 when torch cannot be imported (the test is then reported as skipped).
"""
import ast
import contextlib
import json
import math
import os
import re
import sys
import warnings

try:
    import torch
    import torch.nn as nn
except ImportError:
    print("torch is not importable; skipping", file=sys.stderr)
    sys.exit(77)

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import golden_compare  # noqa: E402
from trace_cases import CASES  # noqa: E402

TRACE_OUTPUT = os.path.join(HERE, "trace_cases.json")
VALUES_OUTPUT = os.path.join(HERE, "module_values.json")


def first_line(error):
    text = str(error)
    # KeyError-style quoting never occurs here; messages are taken as Python prints them.
    line = text.splitlines()[0] if text else ""
    # PyTorch formats two of Conv2d's messages from a Python set, whose order depends on string
    # hashing (PYTHONHASHSEED). We write the set in the order PyTorch's source lists it.
    line = re.sub(r"should be one of \{'(same|valid)', '(same|valid)'\}",
                  "should be one of {'same', 'valid'}", line)
    line = re.sub(r"padding_mode must be one of \{[^}]*\}",
                  "padding_mode must be one of {'zeros', 'reflect', 'replicate', 'circular'}", line)
    return line


def error_record(index, stage, error):
    return {"index": index, "stage": stage, "type": type(error).__name__, "message": first_line(error)}


@contextlib.contextmanager
def factory_device(device):
    """Makes torch.empty/zeros/ones default to `device`, so modules built by an expression put
    their parameters on the meta device for huge cases (no memory is allocated)."""
    if device == "cpu":
        yield
        return
    originals = {name: getattr(torch, name) for name in ("empty", "zeros", "ones")}

    def wrap(function):
        def on_device(*args, **kwargs):
            if kwargs.get("device") is None:
                kwargs["device"] = device
            return function(*args, **kwargs)
        return on_device

    for name, function in originals.items():
        setattr(torch, name, wrap(function))
    try:
        yield
    finally:
        for name, function in originals.items():
            setattr(torch, name, function)


class ConstructFailure(Exception):
    def __init__(self, index, error):
        super().__init__(str(error))
        self.index = index
        self.error = error


def evaluate(node, scope):
    return eval(compile(ast.Expression(node), "<model>", "eval"), scope)


def is_sequential_call(node):
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "Sequential")


@contextlib.contextmanager
def warnings_into(log, index, stage):
    """Records what warnings.warn printed inside the block, as the trace's "warnings" entries."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            yield
        finally:  # a constructor that warns and then raises has printed its warning
            log.extend({"index": index, "stage": stage, "type": w.category.__name__,
                        "message": str(w.message).splitlines()[0] if str(w.message) else ""} for w in caught)


def build(expression, scope, log):
    """Builds the model as Python would, and says which top-level layer a constructor error
    belongs to: for an outer nn.Sequential, the argument being evaluated (positional ones in
    order, then keyword values); when Sequential itself refuses its arguments, the first argument
    that is not a module (0 if all are); for a single module, 0. Each layer's construction warnings
    go into `log`."""
    node = ast.parse(expression, mode="eval").body
    if not is_sequential_call(node):
        try:
            with warnings_into(log, 0, "construct"):
                return evaluate(node, scope), None
        except Exception as error:  # noqa: BLE001 - every PyTorch exception is data here
            raise ConstructFailure(0, error)
    sequential = evaluate(node.func, scope)
    values, keywords, index = [], {}, 0
    try:
        for argument in node.args:
            with warnings_into(log, index, "construct"):
                values.append(evaluate(argument, scope))
            index += 1
        for keyword in node.keywords:
            with warnings_into(log, index, "construct"):
                keywords[keyword.arg] = evaluate(keyword.value, scope)
            index += 1
    except Exception as error:  # noqa: BLE001
        raise ConstructFailure(index, error)
    try:
        model = sequential(*values, **keywords)
    except Exception as error:  # noqa: BLE001
        culprit = next((i for i, v in enumerate(values) if not isinstance(v, nn.Module)), 0)
        raise ConstructFailure(culprit, error)
    return model, list(model._modules.values())


def parameter_count(module):
    if module is None:
        return 0
    return sum(p.numel() for p in module.parameters())


def result_shapes(result):
    """A tensor's shape as a list, or a tuple's items as a list of those (nested as PyTorch nests
    them: an LSTM returns [output, [h_n, c_n]]); None for anything else."""
    if isinstance(result, torch.Tensor):
        return list(result.shape)
    if isinstance(result, tuple):
        items = [result_shapes(item) for item in result]
        return None if any(item is None for item in items) else items
    return None


DTYPES = {"float32": torch.float32, "int64": torch.int64}


def trace_case(case):
    shape, expression = case[0], case[1]
    device = case[2] if len(case) > 2 else "cpu"
    dtype = case[3] if len(case) > 3 else "float32"
    record = {"input": list(shape), "model": expression}
    if device != "cpu":
        record["device"] = device
    if dtype != "float32":
        record["dtype"] = dtype
    record["layers"] = []
    log = []
    record = trace_layers(record, expression, shape, device, dtype, log)
    # PyTorch's UserWarnings, in the order it printed them; only cases that warn have the key.
    if log:
        record["warnings"] = log
    return record


def trace_layers(record, expression, shape, device, dtype, log):
    scope = {"nn": nn, "torch": torch}
    with factory_device(device):
        try:
            model, children = build(expression, scope, log)
        except ConstructFailure as failure:
            record["error"] = error_record(failure.index, "construct", failure.error)
            return record
    layers = [model] if children is None else children
    for layer in layers:
        if isinstance(layer, nn.Module):
            layer.eval()
    x = torch.zeros(shape, device=device, dtype=DTYPES[dtype])
    for index, layer in enumerate(layers):
        try:
            with warnings_into(log, index, "forward"):
                y = layer(x)
            shapes = result_shapes(y)
            if shapes is None:  # not a tensor nor a tuple of them: Python fails on `.shape`
                list(y.shape)
        except Exception as error:  # noqa: BLE001
            record["error"] = error_record(index, "forward", error)
            return record
        # A layer that returns a tuple (an LSTM's (output, (h_n, c_n)), MaxPool2d(return_indices=
        # True)'s (values, indices)) has "outputs", the shapes of its items, instead of "output".
        key = "outputs" if isinstance(y, tuple) else "output"
        record["layers"].append({"index": index, "module": repr(layer), key: shapes,
                                 "parameters": parameter_count(layer)})
        x = y
    record["output"] = result_shapes(x)
    return record


def generate_traces():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return [trace_case(case) for case in CASES]


# --- Values -------------------------------------------------------------------------------
# Inputs and weights come from a formula both sides can state in one line, so the JSON only needs
# the expected outputs: value(i) = sin(0.37 * i + salt) * scale for element i in row-major order.

def pattern(shape, salt, scale=1.0):
    n = 1
    for s in shape:
        n *= s
    data = [math.sin(0.37 * i + salt) * scale for i in range(n)]
    return torch.tensor(data, dtype=torch.float32).reshape(shape)


VALUE_CASES = [
    ((2, 3, 6, 7), "nn.Conv2d(3, 4, 3)"),
    ((2, 3, 6, 7), "nn.Conv2d(3, 4, 3, stride=2, padding=1)"),
    ((2, 3, 6, 7), "nn.Conv2d(3, 4, (2, 3), stride=(1, 2), padding=(1, 0), dilation=(2, 1))"),
    ((2, 3, 6, 7), "nn.Conv2d(3, 4, 3, bias=False)"),
    ((2, 4, 6, 7), "nn.Conv2d(4, 6, 3, groups=2)"),
    ((2, 3, 6, 7), "nn.Conv2d(3, 4, 4, padding='same')"),
    ((2, 3, 6, 7), "nn.Conv2d(3, 4, 3, padding='same', dilation=2)"),
    ((3, 6, 7), "nn.Conv2d(3, 2, 3)"),
    ((1, 3, 6, 7), "nn.Conv2d(3, 2, 3, padding=1, padding_mode='reflect')"),
    ((1, 3, 6, 7), "nn.Conv2d(3, 2, 3, padding=(2, 1), padding_mode='replicate')"),
    ((1, 3, 6, 7), "nn.Conv2d(3, 2, 3, padding=1, padding_mode='circular')"),
    ((2, 3, 9), "nn.Conv1d(3, 4, 3)"),
    ((2, 4, 9), "nn.Conv1d(4, 6, 3, stride=2, padding=2, dilation=2, groups=2)"),
    ((3, 9), "nn.Conv1d(3, 2, 4, padding='same')"),
    ((1, 3, 9), "nn.Conv1d(3, 2, 3, padding=2, padding_mode='reflect')"),
    ((1, 3, 9), "nn.Conv1d(3, 2, 3, padding=2, padding_mode='replicate', bias=False)"),
    ((1, 3, 9), "nn.Conv1d(3, 2, 3, padding=2, padding_mode='circular')"),
    ((2, 2, 4, 5, 6), "nn.Conv3d(2, 3, 3)"),
    ((1, 2, 4, 5, 6), "nn.Conv3d(2, 3, (2, 3, 2), stride=(1, 2, 2), padding=(1, 0, 1), dilation=(1, 1, 2))"),
    ((2, 4, 5, 6), "nn.Conv3d(2, 3, 3, padding='same')"),
    ((1, 2, 4, 5, 6), "nn.Conv3d(2, 2, 3, padding=1, padding_mode='reflect', groups=2)"),
    ((1, 2, 4, 5, 6), "nn.Conv3d(2, 3, 3, padding=(1, 2, 1), padding_mode='replicate')"),
    ((1, 2, 4, 5, 6), "nn.Conv3d(2, 3, 3, padding=1, padding_mode='circular')"),
    ((4, 5), "nn.Linear(5, 3)"),
    ((2, 3, 5), "nn.Linear(5, 3)"),
    ((5,), "nn.Linear(5, 2, bias=False)"),
    ((2, 3, 6, 7), "nn.MaxPool2d(2)"),
    ((2, 3, 6, 7), "nn.MaxPool2d(3, stride=2, padding=1)"),
    ((2, 3, 6, 7), "nn.MaxPool2d(2, ceil_mode=True)"),
    ((2, 3, 6, 7), "nn.MaxPool2d(2, stride=1, dilation=2)"),
    ((2, 3, 6, 7), "nn.AvgPool2d(2)"),
    ((2, 3, 6, 7), "nn.AvgPool2d(3, stride=2, padding=1)"),
    ((2, 3, 6, 7), "nn.AvgPool2d(3, stride=2, padding=1, count_include_pad=False)"),
    ((2, 3, 6, 7), "nn.AvgPool2d(2, ceil_mode=True)"),
    ((2, 3, 6, 7), "nn.AvgPool2d(3, stride=2, padding=1, ceil_mode=True)"),
    ((2, 3, 6, 7), "nn.AvgPool2d(2, divisor_override=3)"),
    ((2, 3, 9), "nn.MaxPool1d(2)"),
    ((2, 3, 9), "nn.MaxPool1d(3, stride=2, padding=1, dilation=1, ceil_mode=True)"),
    ((3, 9), "nn.MaxPool1d(2, stride=1, dilation=3)"),
    ((2, 3, 9), "nn.AvgPool1d(3, stride=2, padding=1)"),
    ((2, 3, 9), "nn.AvgPool1d(3, stride=2, padding=1, ceil_mode=True, count_include_pad=False)"),
    ((3, 9), "nn.AvgPool1d(2)"),
    ((1, 2, 4, 5, 6), "nn.MaxPool3d(2)"),
    ((1, 2, 4, 5, 6), "nn.MaxPool3d((2, 3, 2), stride=(1, 2, 2), padding=(1, 1, 0), dilation=(1, 1, 2), ceil_mode=True)"),
    ((2, 4, 5, 6), "nn.MaxPool3d(3, stride=1, padding=1)"),
    ((1, 2, 4, 5, 6), "nn.AvgPool3d(2)"),
    ((1, 2, 4, 5, 6), "nn.AvgPool3d(3, stride=2, padding=1, count_include_pad=False)"),
    ((1, 2, 4, 5, 6), "nn.AvgPool3d(3, stride=2, padding=1, ceil_mode=True)"),
    ((2, 4, 5, 6), "nn.AvgPool3d(2, divisor_override=3)"),
    ((2, 3, 6, 7), "nn.AdaptiveAvgPool2d((4, 3))"),
    ((2, 3, 6, 7), "nn.AdaptiveAvgPool2d(1)"),
    ((3, 6, 7), "nn.AdaptiveAvgPool2d(5)"),
    ((2, 3, 9), "nn.AdaptiveAvgPool1d(4)"),
    ((3, 9), "nn.AdaptiveAvgPool1d(1)"),
    ((2, 3, 9), "nn.AdaptiveMaxPool1d(4)"),
    ((2, 3, 5, 7), "nn.AdaptiveMaxPool2d((3, 4))"),
    ((3, 5, 7), "nn.AdaptiveMaxPool2d((None, 2))"),
    ((1, 2, 4, 5, 7), "nn.AdaptiveAvgPool3d((3, 2, 4))"),
    ((2, 4, 5, 7), "nn.AdaptiveAvgPool3d(1)"),
    ((2, 3, 4), "nn.LayerNorm(4)"),
    ((2, 3, 4), "nn.LayerNorm((3, 4), eps=0.1)"),
    ((2, 3, 4), "nn.LayerNorm(4, elementwise_affine=False)"),
    ((4, 3), "nn.BatchNorm1d(3)"),
    ((4, 3, 5), "nn.BatchNorm1d(3)"),
    ((2, 3, 4, 5), "nn.BatchNorm2d(3)"),
    ((2, 3, 4, 5), "nn.BatchNorm2d(3, affine=False)"),
    ((2, 3, 4, 5), "nn.BatchNorm2d(3, track_running_stats=False)"),
    ((2, 3, 4, 5), "nn.BatchNorm2d(3, eps=0.1)"),
    ((2, 3, 4), "nn.ReLU()"),
    ((2, 3, 4), "nn.LeakyReLU(0.2)"),
    ((2, 3, 4), "nn.GELU()"),
    ((2, 3, 4), "nn.GELU('tanh')"),
    ((2, 3, 4), "nn.SiLU()"),
    ((2, 3, 4), "nn.Mish()"),
    ((2, 3, 4), "nn.Hardswish()"),
    ((2, 3, 4), "nn.Hardsigmoid()"),
    ((2, 3, 4), "nn.SELU()"),
    ((2, 3, 4), "nn.ReLU6()"),
    ((2, 3, 4), "nn.Sigmoid()"),
    ((2, 3, 4), "nn.Tanh()"),
    ((2, 3, 4), "nn.Softmax(dim=1)"),
    ((2, 3, 4), "nn.Softmax()"),
    ((2, 3, 4), "nn.LogSoftmax(dim=-1)"),
    ((2, 3, 4), "nn.Dropout(0.5)"),
    ((2, 3, 4), "nn.Identity()"),
    ((2, 3, 4, 5), "nn.Flatten()"),
    ((2, 3, 4, 5), "nn.Flatten(0, 2)"),
    ((2, 12), "nn.Unflatten(1, (3, 4))"),
    ((1, 4, 7, 6), "nn.Conv2d(4, 4, 3, stride=2, padding=1, dilation=2, groups=4)"),
    ((1, 2, 7, 6), "nn.Conv2d(2, 3, 3, stride=2, padding=1, padding_mode='circular')"),
    ((1, 2, 7, 6), "nn.Conv2d(2, 3, (2, 4), padding='same', padding_mode='reflect')"),
    ((1, 2, 7, 6), "nn.Conv2d(2, 3, 5, padding='same', padding_mode='replicate', dilation=(1, 2))"),
    ((1, 2, 7, 6), "nn.Conv2d(2, 3, 3, padding='valid', bias=False)"),
    ((2, 7), "nn.Linear(7, 1)"),
    ((1, 2, 7, 6), "nn.MaxPool2d((3, 2), stride=(2, 3), padding=(1, 1), ceil_mode=True)"),
    ((1, 2, 7, 6), "nn.AvgPool2d((3, 2), stride=(2, 3), padding=(1, 1), ceil_mode=True, count_include_pad=False)"),
    ((1, 2, 7, 6), "nn.AvgPool2d(4, stride=3, padding=2, ceil_mode=True)"),
    ((1, 2, 5, 5), "nn.AdaptiveAvgPool2d((3, None))"),
    ((1, 2, 5, 5), "nn.AdaptiveAvgPool2d(7)"),
    ((5, 6), "nn.AdaptiveAvgPool2d(1)"),
    ((2, 3, 4, 5, 6), "nn.AdaptiveAvgPool2d((1, 1))"),
    ((4, 3, 5), "nn.BatchNorm1d(3, track_running_stats=False)"),
    ((4, 3, 5), "nn.BatchNorm1d(3, affine=False, eps=0.01)"),
    ((2, 3, 4), "nn.LeakyReLU(1.5)"),
    ((2, 3, 4), "nn.Softmax(dim=0)"),
    ((5,), "nn.Softmax()"),
    ((2, 3, 4, 5), "nn.LogSoftmax()"),
    ((), "nn.Sigmoid()"),
    ((2, 3, 4), "nn.Sequential(nn.Flatten(), nn.Linear(12, 5), nn.ReLU(), nn.Linear(5, 2), nn.LogSoftmax(dim=1))"),
    ((2, 3, 8, 8), "nn.Sequential(nn.Conv2d(3, 4, 3, padding=1), nn.BatchNorm2d(4), nn.ReLU(), nn.MaxPool2d(2), "
                   "nn.Flatten(), nn.Linear(64, 3))"),
]


# Issue 13, part A: values of the new activations, padding, norms, shuffles, transposed
# convolutions and Upsample.
VALUE_CASES += [
    ((2, 3, 4), "nn.Threshold(0.1, -2.0)"),
    ((2, 3, 4), "nn.Hardtanh(-0.5, 0.25)"),
    ((2, 3, 4), "nn.ELU(0.7)"),
    ((2, 3, 4), "nn.CELU(0.6)"),
    ((2, 3, 4), "nn.PReLU()"),
    ((2, 3, 4), "nn.PReLU(3)"),
    ((2, 3, 4), "nn.Softplus(2, 0.5)"),
    ((2, 3, 4), "nn.Softshrink(0.3)"),
    ((2, 3, 4), "nn.Hardshrink(0.3)"),
    ((2, 3, 4), "nn.Softsign()"),
    ((2, 3, 4), "nn.Tanhshrink()"),
    ((2, 3, 4), "nn.LogSigmoid()"),
    ((2, 3, 4), "nn.Softmin(dim=1)"),
    ((2, 3, 4, 5), "nn.Softmax2d()"),
    ((2, 3, 4), "nn.ZeroPad2d((1, 0, 2, 1))"),
    ((2, 3, 4), "nn.ConstantPad1d((2, -1), 0.5)"),
    ((2, 3, 4, 5), "nn.ConstantPad3d((1, 0, 0, 1, 1, 1), -1.0)"),
    ((2, 3, 5), "nn.ReflectionPad1d((3, 1))"),
    ((2, 4, 5), "nn.ReflectionPad2d((1, 2, 3, 0))"),
    ((1, 2, 3, 4, 5), "nn.ReflectionPad3d(1)"),
    ((2, 3, 5), "nn.ReplicationPad1d((4, -1))"),
    ((1, 2, 4, 5), "nn.ReplicationPad2d(2)"),
    ((2, 3, 4, 5), "nn.ReplicationPad3d((1, 2, 0, 1, 2, 0))"),
    ((2, 3, 2, 4, 5), "nn.BatchNorm3d(3)"),
    ((2, 3, 5), "nn.InstanceNorm1d(3)"),
    ((3, 5), "nn.InstanceNorm1d(3, affine=True)"),
    ((2, 3, 4, 5), "nn.InstanceNorm2d(3, affine=True, track_running_stats=True)"),
    ((2, 2, 3, 4, 2), "nn.InstanceNorm3d(2, eps=0.1)"),
    ((2, 6, 5), "nn.GroupNorm(3, 6)"),
    ((2, 6, 2, 3), "nn.GroupNorm(2, 6, affine=False)"),
    ((2, 8, 3, 2), "nn.PixelShuffle(2)"),
    ((2, 2, 4, 6), "nn.PixelUnshuffle(2)"),
    ((2, 6, 2, 2), "nn.ChannelShuffle(3)"),
    ((2, 4, 5), "nn.ConvTranspose1d(4, 3, 3, stride=2, padding=1, output_padding=1)"),
    ((4, 5), "nn.ConvTranspose1d(4, 2, 2, groups=2, dilation=2, bias=False)"),
    ((2, 4, 3, 4), "nn.ConvTranspose2d(4, 6, (2, 3), stride=(2, 1), padding=(1, 0), output_padding=(1, 0), groups=2)"),
    ((1, 2, 4, 4), "nn.ConvTranspose2d(2, 3, 4, stride=2, padding=1)"),
    ((1, 2, 2, 3, 2), "nn.ConvTranspose3d(2, 2, 2, stride=2, output_padding=1, dilation=(1, 1, 2))"),
    ((2, 3, 4), "nn.Upsample(scale_factor=2)"),
    ((2, 3, 4, 5), "nn.Upsample(size=(7, 3))"),
    ((2, 3, 4, 5), "nn.Upsample(scale_factor=1.5, mode='nearest-exact')"),
    ((2, 3, 4), "nn.Upsample(size=7, mode='linear')"),
    ((2, 3, 4, 5), "nn.Upsample(scale_factor=(2, 1.5), mode='bilinear')"),
    ((2, 3, 4, 5), "nn.Upsample(size=(3, 7), mode='bilinear', align_corners=True)"),
    ((1, 2, 2, 3, 4), "nn.Upsample(scale_factor=2, mode='trilinear')"),
    ((2, 3, 4, 5), "nn.UpsamplingBilinear2d(scale_factor=2)"),
    ((2, 3, 4, 5), "nn.UpsamplingNearest2d(size=(6, 9))"),
    ((1, 2, 4, 5), "nn.Upsample(scale_factor=2, mode='bicubic')"),
    ((1, 2, 4, 5), "nn.Upsample(size=(3, 8), mode='bicubic', align_corners=True)"),
]

def value_case(shape, expression):
    torch.manual_seed(0)
    model = eval(expression, {"nn": nn, "torch": torch})
    model.eval()
    states = []
    # Parameters and buffers get pattern values; the salt is their position in state_dict().
    with torch.no_grad():
        for salt, (name, tensor) in enumerate(model.state_dict().items()):
            if not tensor.is_floating_point():
                continue  # num_batches_tracked
            scale = 0.5
            value = pattern(tuple(tensor.shape), salt + 1, scale)
            positive = name.split(".")[-1] == "running_var"
            if positive:
                value = value.abs() + 0.5  # a variance must be positive
            tensor.copy_(value)
            states.append({"name": name, "shape": list(tensor.shape), "salt": salt + 1, "scale": scale,
                           "positive": positive})
        x = pattern(shape, 0.0)
        y = model(x)
    return {"input": list(shape), "model": expression, "states": states, "output_shape": list(y.shape),
            "output": [float("%.9g" % v) for v in y.flatten().tolist()]}


def random_value_cases(count, seed):
    """Seeded random small networks (from trace_cases' generator) that PyTorch runs without error."""
    import trace_cases
    saved = list(trace_cases.CASES)
    trace_cases.CASES.clear()
    trace_cases._random_networks(count * 4, seed)
    candidates = list(trace_cases.CASES)
    trace_cases.CASES[:] = saved
    chosen = []
    for shape, expression in candidates:
        if len(chosen) == count:
            break
        try:
            model = eval(expression, {"nn": nn, "torch": torch})
            model.eval()
            model(torch.zeros(shape))
        except Exception:  # noqa: BLE001 - only networks that run are value cases
            continue
        chosen.append((shape, expression))
    return chosen


def generate_values():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cases = VALUE_CASES + random_value_cases(30, 77)
        return {"formula": "value(i) = sin(0.37 * i + salt) * scale, row-major; running_var uses abs(value) + 0.5;"
                           " inputs use salt 0 and scale 1",
                "cases": [value_case(shape, expression) for shape, expression in cases]}


def dump(data):
    return json.dumps(data, indent=1, sort_keys=False, allow_nan=False) + "\n"


def same_golden(path, current, text):
    if path == VALUES_OUTPUT and current:
        return golden_compare.close(json.loads(current), json.loads(text), 1e-5)
    return current == text


def main():
    check = "--check" in sys.argv[1:]
    values = generate_values()
    outputs = {
        TRACE_OUTPUT: dump({"torch": torch.__version__.split("+")[0], "cases": generate_traces()}),
        VALUES_OUTPUT: dump(values),
    }
    failed = False
    for path, text in outputs.items():
        if check:
            try:
                with open(path, encoding="utf-8") as handle:
                    current = handle.read()
            except FileNotFoundError:
                current = ""
            if not same_golden(path, current, text):
                print(f"{os.path.basename(path)} differs from what PyTorch does now; "
                      "run generate_trace_golden.py and review the diff", file=sys.stderr)
                failed = True
        else:
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(text)
    if not check:
        print(f"{len(CASES)} trace cases, {len(values['cases'])} value cases written")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
