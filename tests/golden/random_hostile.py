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
    # avg_pool1d/2d narrow their ints by wrapping in some places and not in others, which the
    # engine does not model yet: they get bools in lists but no edge ints.
    edge_ints = [] if kind in ("AvgPool1d", "AvgPool2d") else EDGE_INTS
    if kind.startswith("Adaptive"):
        # A 2-d output of an edge size squared cannot be allocated (PyTorch refuses at once); a
        # 1-d one could, so it gets no edge sizes.
        edges = ["-2147483648", "-2147483649"] if spatial == 2 else []
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
    if roll < 0.9:
        size = rng.choice([4, 6, 9, 10])
        shape = rng.choice([(2, 3, size), (3, size), (0, 3, size), (2, 3, 1)])
        if shape[-1] != size:
            size = shape[-1]
        before, pool = grad_then_maxpool1d(rng)
        return shape, f"nn.Sequential({before.replace('SIZE', str(size))}, {pool})"
    layers = [rng.choice([odd_argument_module, pool_with_edges, named_dims])(rng) for _ in range(rng.randint(1, 3))]
    return shape, "nn.Sequential(" + ", ".join(layers) + ")"
