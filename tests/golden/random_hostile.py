"""Random hostile model expressions for differential testing against PyTorch.

random_cases.py draws the modules and their arguments a learner would plausibly write; this
draws the forms that only a hostile (or very creative) user writes, each still valid Python that
PyTorch answers: parentheses around a module or around the whole expression, values that are not
modules at the top, operators on every kind of value (1 // 0, 'sa' + 'me', (2,) * 2, nn.ReLU() + 1,
nn.Sequential(a) * 2), bools inside int lists, ints at the edges of int32 and of the SymInt
range, floats beyond a C float, named dims, strings holding newlines and escapes, and MaxPool1d
after a layer with parameters (its input requires grad).

Nothing drawn allocates much in PyTorch: huge sizes go only to pools (no parameters) or are
negative (refused before anything is allocated), and repetition counts stay small.
"""
from random_cases import input_shape, module_call

SMALL = ["0", "1", "2", "3", "-1", "-2", "4", "7"]
EDGE_INTS = ["2147483647", "2147483648", "-2147483648", "-2147483649", "4294967296", "4294967298",
             "-4611686018427387904", "-4611686018427387905", "9223372036854775807", "-9223372036854775807 - 1"]
FLOATS = ["0.5", "1.5", "-0.25", "0.0", "1e39", "-1e39", "1e400", "-1e400", "3.4028235e38", "3.4028234e38", "1e-50"]
STRINGS = ["'a'", "'same'", "'valid'", "'zeros'", "'a\\nb'", "'\\n'", "'tanh\\n'", "'same\\t'", "'it\\'s'",
           "\"a\\\"b\"", "'back\\\\slash'", "''", "'N'", "'*'", "'1a'"]
OPERATORS = ["+", "-", "*", "/", "//", "%"]
# Python ints beyond int64, and `**`: each is either beyond int64 (PyTorch refuses it where its
# argument parser reads it) or small again, so nothing drawn allocates much.
BIG_INTS = ["2**63", "-2**63-1", "2**64", "2**100", "-2**100", "2**1100", "-2**1100", "3**40",
            "2**64//2**60", "2**70 % 7", "2**63 * 0", "(2**63) // (2**62)", "10**19 // 10**18", "2**-1", "2.0**3",
            "0**0", "2**63 - 2**63 + 3", "-2**2", "2**3**2 // 2**8", "(-2)**3", "9223372036854775808",
            "-9223372036854775809", "18446744073709551617 % 10"]
# A module argument X of every family: ints, int lists, floats, Scalars and doubles.
BIG_INT_TEMPLATES = [
    "nn.Flatten(X)", "nn.Flatten(0, X)", "nn.Unflatten(1, (X, 1))", "nn.Unflatten(1, (1, X))", "nn.Unflatten(X, (3, 1))",
    "nn.Linear(X, 3)", "nn.Linear(4, X)", "nn.Conv2d(X, 2, 3)", "nn.Conv2d(3, X, 3)", "nn.Conv2d(3, 2, X)",
    "nn.Conv2d(3, 2, (3, X))", "nn.Conv2d(3, 2, 3, stride=X)", "nn.Conv2d(3, 2, 3, padding=X)",
    "nn.Conv2d(3, 2, 3, dilation=X)", "nn.Conv2d(3, 3, 3, groups=X)", "nn.Conv2d(3, 2, 3, padding=X, padding_mode='reflect')",
    "nn.Conv1d(3, 2, X)", "nn.ConvTranspose2d(3, 2, 3, output_padding=X)", "nn.ConvTranspose2d(3, 2, 3, stride=X)",
    "nn.ConvTranspose2d(X, 2, 3)", "nn.MaxPool2d(X)", "nn.MaxPool2d(2, X)", "nn.MaxPool2d(2, 2, X)",
    "nn.MaxPool2d(2, 2, 0, X)", "nn.MaxPool2d((2, X))", "nn.MaxPool1d(X)", "nn.AvgPool3d(X)", "nn.AvgPool2d(X)",
    "nn.AvgPool2d(2, X)", "nn.AvgPool2d(2, 2, X)", "nn.AvgPool2d(2, divisor_override=X)",
    "nn.AvgPool3d(2, divisor_override=X)", "nn.AdaptiveAvgPool2d(X)", "nn.AdaptiveAvgPool2d((2, X))",
    "nn.AdaptiveAvgPool2d((X, 2))", "nn.AdaptiveMaxPool2d(X)", "nn.AdaptiveAvgPool1d(X)", "nn.Softmax(X)",
    "nn.LogSoftmax(X)", "nn.Softmin(X)", "nn.LeakyReLU(X)", "nn.ELU(X)", "nn.CELU(X)", "nn.Threshold(X, 1)",
    "nn.Threshold(1, X)", "nn.Hardtanh(X)", "nn.Hardtanh(-1, X)", "nn.Softplus(X)", "nn.Softplus(1, X)",
    "nn.Softshrink(X)", "nn.Hardshrink(X)", "nn.PReLU(X)", "nn.PReLU(1, X)", "nn.Dropout(X)", "nn.Dropout2d(X)",
    "nn.GELU(X)", "nn.ReLU(X)", "nn.Identity(X)", "nn.ZeroPad2d(X)", "nn.ZeroPad2d((1, 1, 1, X))",
    "nn.ConstantPad2d(1, X)", "nn.ConstantPad2d(X, 1)", "nn.ReflectionPad2d(X)", "nn.ReplicationPad2d(X)",
    "nn.Upsample(size=X)", "nn.Upsample(size=(2, X))", "nn.Upsample(scale_factor=X)", "nn.Upsample(scale_factor=(2, X))",
    "nn.PixelShuffle(X)", "nn.PixelUnshuffle(X)", "nn.BatchNorm2d(X)", "nn.BatchNorm2d(3, eps=X)",
    "nn.BatchNorm2d(3, momentum=X)", "nn.InstanceNorm2d(X)", "nn.GroupNorm(X, 3)", "nn.GroupNorm(1, X)",
    "nn.GroupNorm(1, 3, eps=X)", "nn.LayerNorm(X)", "nn.LayerNorm((4, X))", "nn.LayerNorm(4, eps=X)",
    "nn.Embedding(X, 3)", "nn.Embedding(10, X)", "nn.Embedding(10, 3, padding_idx=X)", "nn.Embedding(10, 3, max_norm=X)",
    "nn.RNN(4, X)", "nn.RNN(X, 4)",
]
SIMPLE_MODULES = ["nn.ReLU()", "nn.Tanh()", "nn.Flatten()", "nn.Identity()", "nn.Sigmoid()", "nn.Linear(3, 2)",
                  "nn.Sequential()", "nn.Sequential(nn.ReLU())", "nn.Sequential(nn.Tanh(), nn.Flatten(0))"]


def atom(rng, depth=0):
    """An operand of any kind Python's operators meet."""
    roll = rng.random()
    if roll < 0.35:
        return rng.choice(SMALL)
    if roll < 0.45:
        return rng.choice(["True", "False", "None"])
    if roll < 0.55:
        return rng.choice(FLOATS[:4])
    if roll < 0.67:
        return rng.choice(STRINGS[:4] + ["'x'"])
    if roll < 0.8:
        items = [rng.choice(SMALL) for _ in range(rng.randint(0, 2))]
        text = ", ".join(items)
        return "[" + text + "]" if rng.random() < 0.4 else "(" + text + ("," if len(items) == 1 else "") + ")"
    if roll < 0.9 or depth > 0:
        return rng.choice(SIMPLE_MODULES)
    return "(" + arithmetic(rng, depth + 1) + ")"


def arithmetic(rng, depth=0):
    """An operator expression: signs, then operands joined by binary operators."""
    parts = [atom(rng, depth)]
    for _ in range(rng.randint(1, 2)):
        parts.append(rng.choice(OPERATORS))
        parts.append(atom(rng, depth))
    text = " ".join(parts)
    if rng.random() < 0.2:
        text = rng.choice(["-", "+", "- -"]) + "(" + text + ")"
    return text


def _wrap(rng, text):
    levels = rng.randint(1, 3)
    return "(" * levels + text + ")" * levels


def int_list_with_bools(rng, length):
    items = [rng.choice(["True", "False", "2", "1", "3"]) for _ in range(length)]
    if rng.random() < 0.6:
        items[rng.randrange(length)] = rng.choice(["True", "False"])
    text = ", ".join(items)
    return "[" + text + "]" if rng.random() < 0.2 else "(" + text + ("," if length == 1 else "") + ")"


def pool_with_edges(rng):
    kind = rng.choice(["MaxPool1d", "MaxPool2d", "MaxPool3d", "AvgPool1d", "AvgPool2d", "AvgPool3d",
                       "AdaptiveAvgPool2d", "AdaptiveMaxPool2d", "AdaptiveAvgPool1d"])
    spatial = int(kind[-2])
    # avg_pool1d/2d wrap their kernel to a C++ int, and their stride and padding only in
    # pool2d_shape_check: edge ints reach both places.
    edge_ints = EDGE_INTS
    if kind.startswith("Adaptive"):
        # A 2-d output of an edge size squared cannot be allocated (PyTorch refuses at once, and
        # its numel overflows int64); a 1-d one could, so it gets no edge sizes.
        edges = ["-2147483648", "-2147483649", "4294967298", "3037000500", "(2, 4611686018427387904)"] if spatial == 2 else []
        size = rng.choice(edges + ["2", int_list_with_bools(rng, spatial)])
        return f"nn.{kind}({size})"
    args = []
    for _ in range(rng.randint(1, 4)):
        roll = rng.random()
        if roll < 0.4 and edge_ints:
            args.append(rng.choice(edge_ints))
        elif roll < 0.7:
            args.append(int_list_with_bools(rng, rng.choice([spatial, spatial, 1, 2])))
        else:
            args.append(rng.choice(["1", "2", "3", "0"]))
    if kind.startswith("AvgPool") and kind != "AvgPool1d" and rng.random() < 0.2:
        args.append("divisor_override=" + rng.choice(["2147483648", "4294967298", "True", "0"]))
    return f"nn.{kind}(" + ", ".join(args) + ")"


def conv_with_edges(rng):
    spatial = rng.choice([1, 2])
    kernel = rng.choice(["2", int_list_with_bools(rng, spatial), "-4611686018427387905"])
    args = ["3", rng.choice(["4", "-4611686018427387905", "-4611686018427387904"]), kernel]
    if rng.random() < 0.5:
        args.append(rng.choice(["1", int_list_with_bools(rng, spatial)]))
    return f"nn.Conv{spatial}d(" + ", ".join(args) + ")"


def named_dims(rng):
    name = rng.choice(STRINGS + ["'C'", "'x y'"])
    pairs = []
    for _ in range(rng.randint(0, 3)):
        roll = rng.random()
        if roll < 0.6:
            pairs.append("(" + rng.choice(["'C'", "'H'", "'1C'", "''", "'*'", "1", "None"]) + ", "
                         + rng.choice(["2", "3", "-1", "'a'", "2.5", "True", "None"]) + ")")
        elif roll < 0.8:
            pairs.append(rng.choice(["('C',)", "('C', 2, 3)", "()", "['H', 3]", "3"]))
        else:
            pairs.append("('H', 3)")
    sizes = "(" + ", ".join(pairs) + ("," if len(pairs) == 1 else "") + ")"
    if rng.random() < 0.15:
        sizes = "[" + ", ".join(pairs) + "]"
    if rng.random() < 0.5:
        return f"nn.Unflatten({name if rng.random() < 0.8 else rng.choice(SMALL)}, {sizes})"
    return f"nn.{rng.choice(['Softmax', 'LogSoftmax'])}({name})"


def odd_argument_module(rng):
    """A plausible module whose arguments are operator expressions, strings or huge floats."""
    roll = rng.random()
    if roll < 0.3:
        return f"nn.Flatten({arithmetic(rng)})" if rng.random() < 0.7 else f"nn.Flatten(0, {arithmetic(rng)})"
    if roll < 0.45:
        return f"nn.LeakyReLU({rng.choice(FLOATS + [arithmetic(rng)])}" + rng.choice(["", ", True", ", inplace=False"]) + ")"
    if roll < 0.6:
        return f"nn.Conv2d(3, 4, 3, padding={rng.choice(STRINGS + [arithmetic(rng)])})"
    if roll < 0.7:
        return f"nn.Conv2d(3, 4, 3, padding_mode={rng.choice(STRINGS)})"
    if roll < 0.8:
        return "nn.GELU(" + rng.choice(STRINGS + ["'none'"]) + ")"
    if roll < 0.9:
        return f"nn.Dropout({rng.choice(FLOATS + [arithmetic(rng)])})"
    return f"nn.Linear(3, {arithmetic(rng)})"


def grad_then_maxpool1d(rng):
    before = rng.choice(["nn.Linear(SIZE, SIZE)", "nn.LayerNorm(SIZE)", "nn.LayerNorm(SIZE, elementwise_affine=False)",
                         "nn.ReLU()", "nn.Sequential(nn.Linear(SIZE, SIZE), nn.ReLU())", "nn.Linear(SIZE, 0)",
                         "nn.BatchNorm1d(3)", "nn.BatchNorm1d(3, affine=False)", "nn.Conv1d(3, 3, 1)"])
    pool = module_call(rng, "MaxPool1d")
    return before, pool


def big_int_module(rng):
    """A module of any family with one argument a Python int beyond int64 or a `**` expression."""
    return rng.choice(BIG_INT_TEMPLATES).replace("X", rng.choice(BIG_INTS))


def hostile_case(rng):
    """(shape, expression): one hostile form, on a random input."""
    shape = input_shape(rng)
    roll = rng.random()
    if roll < 0.1:
        return shape, _wrap(rng, module_call(rng))
    if roll < 0.16:
        return shape, "nn.Sequential(" + ", ".join(_wrap(rng, module_call(rng)) for _ in range(rng.randint(1, 3))) + ")"
    if roll < 0.2:
        return shape, rng.choice([atom(rng), arithmetic(rng), "(" + module_call(rng) + ",)", "[" + module_call(rng) + "]"])
    if roll < 0.3:
        left, right = rng.choice(SIMPLE_MODULES), rng.choice(SIMPLE_MODULES + SMALL + ["1.5", "'a'", "None", "(1,)"])
        op = rng.choice(["+", "*", "+", "*", "-", "%"])
        text = f"{left} {op} {right}" if rng.random() < 0.7 else f"{right} {op} {left}"
        if rng.random() < 0.3:
            text = f"nn.Sequential({module_call(rng)}, {text})"
        return shape, text
    if roll < 0.5:
        return shape, odd_argument_module(rng)
    if roll < 0.62:
        return shape, rng.choice([pool_with_edges, conv_with_edges])(rng)
    if roll < 0.75:
        return shape, named_dims(rng)
    if roll < 0.82:
        return rng.choice([(2, 3, 4, 4), (3, 4, 4), (2, 3, 4)]), big_int_module(rng)
    if roll < 0.9:
        size = rng.choice([4, 6, 9, 10])
        shape = rng.choice([(2, 3, size), (3, size), (0, 3, size), (2, 3, 1)])
        if shape[-1] != size:
            size = shape[-1]
        before, pool = grad_then_maxpool1d(rng)
        return shape, f"nn.Sequential({before.replace('SIZE', str(size))}, {pool})"
    layers = [rng.choice([odd_argument_module, pool_with_edges, named_dims])(rng) for _ in range(rng.randint(1, 3))]
    return shape, "nn.Sequential(" + ", ".join(layers) + ")"
