#!/usr/bin/python3
"""Differential test: random models and inputs, traced by real PyTorch and by `flatten-tutor trace`.

The golden data pins the cases we chose; this script looks for the ones we did not think of. It
draws module calls with arguments of every kind the grammar allows (ints of any sign, floats,
strings, tuples and lists of the wrong length, None, booleans, keyword and positional forms, unknown
keywords) and inputs of rank 0 to 5, runs each through PyTorch exactly as the golden generator
does, and through the binary with --json, and reports every difference.

    /usr/bin/python3 differential_trace.py --app build/flatten-tutor [--count 2000] [--seed 1]
    [--show-cases] [--add-failures]

Exit 0 when every case agrees, 1 when one differs (each printed), 77 when torch is missing.
--add-failures prints the differing cases as trace_cases.py lines, ready to become golden cases.
"""
import argparse
import json
import random
import subprocess
import sys
import warnings

import generate_trace_golden as golden  # exits 77 without torch

INTS = [0, 1, 2, 3, 4, 5, 6, 8, -1, -2, 7, 16]


def small_int(rng):
    return rng.choice(INTS) if rng.random() < 0.85 else rng.choice([-5, -3, 9, 12, 33, 64])


def int_tuple(rng, low=None):
    size = rng.choice([1, 2, 2, 2, 3, 0])
    values = [small_int(rng) if low is None else rng.randint(low, 4) for _ in range(size)]
    text = ", ".join(str(v) for v in values)
    if rng.random() < 0.2:
        return "[" + text + "]"
    return "(" + text + ("," if size == 1 else "") + ")"


def odd_value(rng):
    return rng.choice(["None", "True", "False", "1.5", "0.0", "'x'", "'same'", "'valid'", "()", "(1, None)",
                       "-0.5", "2.0", "[]", "'zeros'"])


def value_for(kind, rng):
    """A value for a parameter of this kind: usually plausible, sometimes wrong."""
    roll = rng.random()
    if roll < 0.12:
        return odd_value(rng)
    if kind == "int":
        return str(small_int(rng))
    if kind == "pos":  # a size: mostly positive
        return str(rng.choice([1, 2, 3, 4, 6, 8, 12, 16]) if roll < 0.9 else small_int(rng))
    if kind == "pair":  # int or tuple, as kernel_size, stride, padding, dilation
        return str(rng.choice([1, 1, 2, 2, 3, 0, 4, 5, -1])) if roll < 0.6 else int_tuple(rng, 0 if roll < 0.9 else -1)
    if kind == "padding":
        if roll < 0.3:
            return rng.choice(["'same'", "'valid'", "'SAME'", "'full'"])
        return value_for("pair", rng)
    if kind == "bool":
        return rng.choice(["True", "False", "0", "1"])
    if kind == "prob":
        return rng.choice(["0.0", "0.1", "0.5", "1.0", "1", "0", "1.5", "-0.1", "True"])
    if kind == "float":
        return rng.choice(["0.01", "0.2", "1", "-1.0", "1e-3", "0.1", "3"])
    if kind == "dim":
        return rng.choice(["None", "0", "1", "-1", "2", "-2", "3", "5"])
    if kind == "sizes":
        return int_tuple(rng) if roll < 0.9 else rng.choice(["6", "(2, -1)", "(-1, -1)"])
    if kind == "output_size":
        return rng.choice(["1", "2", "3", "(2, 3)", "(None, 2)", "(3, None)", "(1,)", "(2, 2, 2)", "0", "-1",
                           "(0, 1)", "None", "[2, 2]"])
    if kind == "approximate":
        return rng.choice(["'none'", "'tanh'", "'exact'"])
    if kind == "padding_mode":
        return rng.choice(["'zeros'", "'reflect'", "'replicate'", "'circular'", "'mirror'"])
    raise ValueError(kind)


# name: [(parameter, kind), ...] in PyTorch's constructor order; the first `required` are required.
SIGNATURES = {
    "Flatten": (0, [("start_dim", "dim"), ("end_dim", "dim")]),
    "Unflatten": (2, [("dim", "dim"), ("unflattened_size", "sizes")]),
    "Linear": (2, [("in_features", "pos"), ("out_features", "pos"), ("bias", "bool")]),
    "Conv2d": (3, [("in_channels", "pos"), ("out_channels", "pos"), ("kernel_size", "pair"), ("stride", "pair"),
                   ("padding", "padding"), ("dilation", "pair"), ("groups", "pos"), ("bias", "bool"),
                   ("padding_mode", "padding_mode")]),
    "MaxPool2d": (1, [("kernel_size", "pair"), ("stride", "pair"), ("padding", "pair"), ("dilation", "pair"),
                      ("return_indices", "bool"), ("ceil_mode", "bool")]),
    "AvgPool2d": (1, [("kernel_size", "pair"), ("stride", "pair"), ("padding", "pair"), ("ceil_mode", "bool"),
                      ("count_include_pad", "bool"), ("divisor_override", "int")]),
    "AdaptiveAvgPool2d": (1, [("output_size", "output_size")]),
    "BatchNorm1d": (1, [("num_features", "pos"), ("eps", "float"), ("momentum", "float"), ("affine", "bool"),
                        ("track_running_stats", "bool")]),
    "BatchNorm2d": (1, [("num_features", "pos"), ("eps", "float"), ("momentum", "float"), ("affine", "bool"),
                        ("track_running_stats", "bool")]),
    "Dropout": (0, [("p", "prob"), ("inplace", "bool")]),
    "ReLU": (0, [("inplace", "bool")]),
    "LeakyReLU": (0, [("negative_slope", "float"), ("inplace", "bool")]),
    "GELU": (0, [("approximate", "approximate")]),
    "Sigmoid": (0, []),
    "Tanh": (0, []),
    "Softmax": (0, [("dim", "dim")]),
    "LogSoftmax": (0, [("dim", "dim")]),
    "Identity": (0, [("anything", "int")]),
}


def module_call(rng, name=None):
    name = name or rng.choice(list(SIGNATURES))
    required, parameters = SIGNATURES[name]
    count = required + rng.randint(0, max(0, len(parameters) - required))
    if rng.random() < 0.05:
        count = max(0, min(len(parameters), count + rng.choice([-1, 1])))  # one missing or extra
    chosen = parameters[:count]
    positional = rng.randint(0, len(chosen))
    parts = []
    for i, (parameter, kind) in enumerate(chosen):
        value = value_for(kind, rng)
        parts.append(value if i < positional else f"{parameter}={value}")
    if rng.random() < 0.03:
        parts.append(rng.choice(["dim=1", "bogus=2", "inplace=True", "7"]))
    prefix = "torch.nn." if rng.random() < 0.05 else "nn."
    return f"{prefix}{name}(" + ", ".join(parts) + ")"


def input_shape(rng):
    rank = rng.choice([0, 1, 2, 2, 3, 3, 4, 4, 4, 4, 5])
    dims = [rng.choice([1, 2, 3, 4, 5, 6, 8, 8, 12, 16]) if rng.random() < 0.95 else 0 for _ in range(rank)]
    return tuple(dims)


def random_case(rng):
    shape = input_shape(rng)
    if rng.random() < 0.45:
        return shape, module_call(rng)
    layers = [module_call(rng) for _ in range(rng.randint(1, 4))]
    return shape, "nn.Sequential(" + ", ".join(layers) + ")"


def run_engine(app, shape, expression):
    completed = subprocess.run([app, "trace", "--json", "--input", ",".join(str(d) for d in shape),
                                "--model", expression], capture_output=True, text=True, timeout=30)
    if completed.returncode not in (0, 1):
        return {"exit": completed.returncode, "stderr": completed.stderr.strip()}
    return json.loads(completed.stdout)


def comparable(record):
    keep = {"layers": [{k: layer[k] for k in ("index", "module", "output") if k in layer}
                       for layer in record.get("layers", [])]}
    for key in ("output", "error", "exit", "stderr"):
        if key in record:
            keep[key] = record[key]
    return keep


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", required=True, help="path to the flatten-tutor binary")
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show-cases", action="store_true", help="print every case as it runs")
    parser.add_argument("--add-failures", action="store_true", help="print differing cases as trace_cases.py lines")
    options = parser.parse_args()

    rng = random.Random(options.seed)
    failures = []
    warnings.simplefilter("ignore")
    for _ in range(options.count):
        shape, expression = random_case(rng)
        if options.show_cases:
            print(shape, expression, flush=True)
        # Oversized parameters would allocate real memory in PyTorch; the golden data covers them on meta.
        expected = comparable(golden.trace_case((shape, expression)))
        actual = comparable(run_engine(options.app, shape, expression))
        if expected != actual:
            failures.append((shape, expression, expected, actual))
    for shape, expression, expected, actual in failures:
        print(f"--input {','.join(str(d) for d in shape)} --model {expression!r}")
        print(f"  pytorch: {json.dumps(expected)}")
        print(f"  engine:  {json.dumps(actual)}")
    if options.add_failures:
        for shape, expression, _, _ in failures:
            print(f"add({shape!r}, {expression!r})")
    print(f"{options.count} random cases, {len(failures)} differ from PyTorch", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
