"""Random model expressions and input shapes for differential testing against PyTorch.

Module calls get arguments of every kind the trace grammar allows: ints of any sign, floats,
strings, tuples and lists of the wrong length, None, booleans, keyword and positional forms,
unknown keywords. Used by differential_trace.py (thousands of fresh cases against the binary) and
by trace_cases.py (a fixed seeded sample that becomes golden data).
"""

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
    "Conv1d": (3, [("in_channels", "pos"), ("out_channels", "pos"), ("kernel_size", "pair"), ("stride", "pair"),
                   ("padding", "padding"), ("dilation", "pair"), ("groups", "pos"), ("bias", "bool"),
                   ("padding_mode", "padding_mode")]),
    "Conv3d": (3, [("in_channels", "pos"), ("out_channels", "pos"), ("kernel_size", "pair"), ("stride", "pair"),
                   ("padding", "padding"), ("dilation", "pair"), ("groups", "pos"), ("bias", "bool"),
                   ("padding_mode", "padding_mode")]),
    "MaxPool2d": (1, [("kernel_size", "pair"), ("stride", "pair"), ("padding", "pair"), ("dilation", "pair"),
                      ("return_indices", "bool"), ("ceil_mode", "bool")]),
    "AvgPool2d": (1, [("kernel_size", "pair"), ("stride", "pair"), ("padding", "pair"), ("ceil_mode", "bool"),
                      ("count_include_pad", "bool"), ("divisor_override", "int")]),
    "MaxPool1d": (1, [("kernel_size", "pair"), ("stride", "pair"), ("padding", "pair"), ("dilation", "pair"),
                      ("return_indices", "bool"), ("ceil_mode", "bool")]),
    "MaxPool3d": (1, [("kernel_size", "pair"), ("stride", "pair"), ("padding", "pair"), ("dilation", "pair"),
                      ("return_indices", "bool"), ("ceil_mode", "bool")]),
    "AvgPool1d": (1, [("kernel_size", "pair"), ("stride", "pair"), ("padding", "pair"), ("ceil_mode", "bool"),
                      ("count_include_pad", "bool")]),
    "AvgPool3d": (1, [("kernel_size", "pair"), ("stride", "pair"), ("padding", "pair"), ("ceil_mode", "bool"),
                      ("count_include_pad", "bool"), ("divisor_override", "int")]),
    "AdaptiveAvgPool2d": (1, [("output_size", "output_size")]),
    "AdaptiveAvgPool1d": (1, [("output_size", "output_size")]),
    "AdaptiveAvgPool3d": (1, [("output_size", "output_size")]),
    "AdaptiveMaxPool1d": (1, [("output_size", "output_size"), ("return_indices", "bool")]),
    "AdaptiveMaxPool2d": (1, [("output_size", "output_size"), ("return_indices", "bool")]),
    "BatchNorm1d": (1, [("num_features", "pos"), ("eps", "float"), ("momentum", "float"), ("affine", "bool"),
                        ("track_running_stats", "bool")]),
    "BatchNorm2d": (1, [("num_features", "pos"), ("eps", "float"), ("momentum", "float"), ("affine", "bool"),
                        ("track_running_stats", "bool")]),
    "LayerNorm": (1, [("normalized_shape", "sizes"), ("eps", "float"), ("elementwise_affine", "bool")]),
    "Dropout": (0, [("p", "prob"), ("inplace", "bool")]),
    "Dropout1d": (0, [("p", "prob"), ("inplace", "bool")]),
    "Dropout2d": (0, [("p", "prob"), ("inplace", "bool")]),
    "Dropout3d": (0, [("p", "prob"), ("inplace", "bool")]),
    "ReLU": (0, [("inplace", "bool")]),
    "LeakyReLU": (0, [("negative_slope", "float"), ("inplace", "bool")]),
    "GELU": (0, [("approximate", "approximate")]),
    "SiLU": (0, [("inplace", "bool")]),
    "Mish": (0, [("inplace", "bool")]),
    "Hardswish": (0, [("inplace", "bool")]),
    "Hardsigmoid": (0, [("inplace", "bool")]),
    "SELU": (0, [("inplace", "bool")]),
    "ReLU6": (0, [("inplace", "bool")]),
    "Sigmoid": (0, []),
    "Tanh": (0, []),
    "Softmax": (0, [("dim", "dim")]),
    "LogSoftmax": (0, [("dim", "dim")]),
    "Identity": (0, [("anything", "int")]),
    # Issue 13, part A.
    "Threshold": (2, [("threshold", "float"), ("value", "float"), ("inplace", "bool")]),
    "Hardtanh": (0, [("min_val", "float"), ("max_val", "float"), ("inplace", "bool")]),
    "ELU": (0, [("alpha", "float"), ("inplace", "bool")]),
    "CELU": (0, [("alpha", "float"), ("inplace", "bool")]),
    "PReLU": (0, [("num_parameters", "pos"), ("init", "float")]),
    "Softplus": (0, [("beta", "float"), ("threshold", "float")]),
    "Softshrink": (0, [("lambd", "float")]),
    "Hardshrink": (0, [("lambd", "float")]),
    "Softsign": (0, []),
    "Tanhshrink": (0, []),
    "LogSigmoid": (0, []),
    "Softmin": (0, [("dim", "dim")]),
    "Softmax2d": (0, []),
    "ZeroPad2d": (1, [("padding", "pair")]),
    "ConstantPad1d": (2, [("padding", "pair"), ("value", "float")]),
    "ConstantPad2d": (2, [("padding", "pair"), ("value", "float")]),
    "ConstantPad3d": (2, [("padding", "pair"), ("value", "float")]),
    "ReflectionPad1d": (1, [("padding", "pair")]),
    "ReflectionPad2d": (1, [("padding", "pair")]),
    "ReflectionPad3d": (1, [("padding", "pair")]),
    "ReplicationPad1d": (1, [("padding", "pair")]),
    "ReplicationPad2d": (1, [("padding", "pair")]),
    "ReplicationPad3d": (1, [("padding", "pair")]),
    "BatchNorm3d": (1, [("num_features", "pos"), ("eps", "float"), ("momentum", "float"), ("affine", "bool"),
                        ("track_running_stats", "bool")]),
    "InstanceNorm1d": (1, [("num_features", "pos"), ("eps", "float"), ("momentum", "float"), ("affine", "bool"),
                           ("track_running_stats", "bool")]),
    "InstanceNorm2d": (1, [("num_features", "pos"), ("eps", "float"), ("momentum", "float"), ("affine", "bool"),
                           ("track_running_stats", "bool")]),
    "InstanceNorm3d": (1, [("num_features", "pos"), ("eps", "float"), ("momentum", "float"), ("affine", "bool"),
                           ("track_running_stats", "bool")]),
    "GroupNorm": (2, [("num_groups", "pos"), ("num_channels", "pos"), ("eps", "float"), ("affine", "bool")]),
    "PixelShuffle": (1, [("upscale_factor", "pos")]),
    "PixelUnshuffle": (1, [("downscale_factor", "pos")]),
    "ChannelShuffle": (1, [("groups", "pos")]),
    "ConvTranspose1d": (3, [("in_channels", "pos"), ("out_channels", "pos"), ("kernel_size", "pair"), ("stride", "pair"),
                            ("padding", "padding"), ("output_padding", "pair"), ("groups", "pos"), ("bias", "bool"),
                            ("dilation", "pair"), ("padding_mode", "padding_mode")]),
    "ConvTranspose2d": (3, [("in_channels", "pos"), ("out_channels", "pos"), ("kernel_size", "pair"), ("stride", "pair"),
                            ("padding", "padding"), ("output_padding", "pair"), ("groups", "pos"), ("bias", "bool"),
                            ("dilation", "pair"), ("padding_mode", "padding_mode")]),
    "ConvTranspose3d": (3, [("in_channels", "pos"), ("out_channels", "pos"), ("kernel_size", "pair"), ("stride", "pair"),
                            ("padding", "padding"), ("output_padding", "pair"), ("groups", "pos"), ("bias", "bool"),
                            ("dilation", "pair"), ("padding_mode", "padding_mode")]),
}


def sequential_call(rng, depth):
    """A nested nn.Sequential: modules, now and then a value that is not one, or none at all."""
    parts = [module_call(rng, depth=depth + 1) for _ in range(rng.randint(0, 3))]
    if rng.random() < 0.1:
        parts.insert(rng.randint(0, len(parts)), rng.choice(["3", "None", "'relu'", "(nn.ReLU(),)", "[nn.Tanh()]"]))
    return "nn.Sequential(" + ", ".join(parts) + ")"


def module_call(rng, name=None, depth=0):
    if name is None and depth < 2 and rng.random() < 0.06:
        return sequential_call(rng, depth)
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


def plausible_network(rng):
    """A CNN a learner might write: channels and sizes tracked so that most layers fit, with the
    classic mistakes mixed in (in_features off, start_dim=0, a missing Flatten, a pool too big)."""
    batched = rng.random() < 0.85
    n, c = rng.choice([1, 2, 4, 8, 32]), rng.choice([1, 3])
    h = w = rng.choice([8, 12, 16, 28, 32])
    if rng.random() < 0.2:
        w = rng.choice([10, 20, 24])
    shape = (n, c, h, w) if batched else (c, h, w)
    layers, flat = [], None

    def out_size(size, k, s, p, d=1, ceil=False):
        span = size + 2 * p - d * (k - 1) - 1
        return (-(-span // s) if ceil else span // s) + 1

    for _ in range(rng.randint(1, 5)):
        roll = rng.random()
        if roll < 0.35:
            out = rng.choice([4, 6, 8, 16])
            k, s, p, d = rng.choice([1, 3, 3, 5]), rng.choice([1, 1, 2]), rng.choice([0, 1, 2]), rng.choice([1, 1, 2])
            groups = rng.choice([g for g in (1, 2) if c % g == 0 and out % g == 0])
            same = s == 1 and rng.random() < 0.2
            padding = "'same'" if same else str(p)
            layers.append(f"nn.Conv2d({c}, {out}, {k}, stride={s}, padding={padding}, dilation={d}, groups={groups})")
            if not same:
                h, w = out_size(h, k, s, p, d), out_size(w, k, s, p, d)
            c = out
        elif roll < 0.55:
            k = rng.choice([2, 2, 3])
            s = rng.choice([None, 1, 2])
            p = rng.choice([0, 0, 1])
            ceil = rng.random() < 0.2
            kind = rng.choice(["MaxPool2d", "AvgPool2d"])
            stride = "" if s is None else f", stride={s}"
            layers.append(f"nn.{kind}({k}{stride}, padding={p}, ceil_mode={ceil})")
            s = s or k
            h, w = out_size(h, k, s, p, 1, ceil), out_size(w, k, s, p, 1, ceil)
        elif roll < 0.65:
            layers.append(f"nn.BatchNorm2d({c if rng.random() < 0.9 else c + 1})")
        elif roll < 0.75:
            size = rng.choice([1, 2, 4])
            layers.append(f"nn.AdaptiveAvgPool2d({size})")
            h = w = size
        else:
            layers.append(rng.choice(["nn.ReLU()", "nn.ReLU(inplace=True)", "nn.GELU()", "nn.Tanh()",
                                      "nn.LeakyReLU(0.1)", "nn.Dropout(0.25)", "nn.Sigmoid()", "nn.Identity()"]))
    flat = c * max(h, 0) * max(w, 0)
    if rng.random() < 0.9:
        layers.append(rng.choice(["nn.Flatten()", "nn.Flatten()", "nn.Flatten()", "nn.Flatten(start_dim=0)",
                                  "nn.Flatten(1, -1)", "nn.Flatten(2)"]))
    in_features = flat if rng.random() < 0.75 else rng.choice([flat + 1, max(flat - c, 1), c * 28 * 28, 16 * 5 * 5])
    hidden = rng.choice([10, 32, 64, 128])
    layers.append(f"nn.Linear({in_features}, {hidden})")
    if rng.random() < 0.5:
        layers += [rng.choice(["nn.ReLU()", "nn.BatchNorm1d(%d)" % hidden, "nn.Dropout()"]),
                   f"nn.Linear({hidden}, 10)"]
    if rng.random() < 0.3:
        layers.append(rng.choice(["nn.Softmax(dim=1)", "nn.LogSoftmax(dim=-1)", "nn.Softmax()", "nn.Unflatten(1, (2, 5))"]))
    return shape, "nn.Sequential(" + ", ".join(layers) + ")"


def random_case(rng):
    if rng.random() < 0.25:
        return plausible_network(rng)
    shape = input_shape(rng)
    if rng.random() < 0.45:
        return shape, module_call(rng)
    layers = [module_call(rng) for _ in range(rng.randint(1, 4))]
    return shape, "nn.Sequential(" + ", ".join(layers) + ")"


# ==== Recurrent layers and Embedding, and int64 inputs ==========================================
# Separate from random_case so that its seeded golden sample stays as it is. Returns
# (shape, expression, dtype): dtype "int64" is traced on torch.zeros(shape, dtype=torch.int64).

RECURRENT_SIGNATURES = {
    "RNN": (2, [("input_size", "feat"), ("hidden_size", "hidden"), ("num_layers", "layers"), ("bias", "bool"),
                ("batch_first", "bool"), ("dropout", "prob"), ("bidirectional", "bool")]),
    "LSTM": (2, [("input_size", "feat"), ("hidden_size", "hidden"), ("num_layers", "layers"), ("bias", "bool"),
                 ("batch_first", "bool"), ("dropout", "prob"), ("bidirectional", "bool"), ("proj_size", "proj")]),
    "GRU": (2, [("input_size", "feat"), ("hidden_size", "hidden"), ("num_layers", "layers"), ("bias", "bool"),
                ("batch_first", "bool"), ("dropout", "prob"), ("bidirectional", "bool")]),
    "Embedding": (2, [("num_embeddings", "rows"), ("embedding_dim", "hidden"), ("padding_idx", "padding_idx"),
                      ("max_norm", "max_norm"), ("norm_type", "float"), ("scale_grad_by_freq", "bool"), ("sparse", "bool")]),
}


def recurrent_value(kind, rng, features):
    roll = rng.random()
    if roll < 0.08:
        return odd_value(rng)
    if kind == "feat":
        return str(features if roll < 0.8 else rng.choice([1, 3, 0, -1, features + 1]))
    if kind == "hidden":
        return str(rng.choice([1, 2, 4, 6, 8]) if roll < 0.92 else rng.choice([0, -2]))
    if kind == "layers":
        return str(rng.choice([1, 1, 2, 3]) if roll < 0.9 else rng.choice([0, -1]))
    if kind == "proj":
        return str(rng.choice([0, 1, 2, 3]) if roll < 0.9 else rng.choice([-1, 8, 16]))
    if kind == "rows":
        return str(rng.choice([1, 5, 10, 100]) if roll < 0.9 else rng.choice([0, -1]))
    if kind == "padding_idx":
        return rng.choice(["None", "0", "1", "-1", "-2", "4", "9", "10", "-11", "True", "1.5"])
    if kind == "max_norm":
        return rng.choice(["None", "1.0", "2", "0.5", "True"])
    return value_for(kind, rng)


def recurrent_call(rng, name, features):
    required, parameters = RECURRENT_SIGNATURES[name]
    count = required + rng.randint(0, len(parameters) - required)
    chosen = parameters[:count]
    positional = rng.randint(0, len(chosen))
    parts = []
    for i, (parameter, kind) in enumerate(chosen):
        value = recurrent_value(kind, rng, features)
        parts.append(value if i < positional else f"{parameter}={value}")
    if name != "Embedding" and rng.random() < 0.15:
        parts.append(f"batch_first={rng.choice(['True', 'False'])}" if not any(p.startswith("batch_first") for p in parts)
                     else "bogus=1")
    if name == "RNN" and rng.random() < 0.25:
        parts.append("nonlinearity=" + rng.choice(["'relu'", "'tanh'", "'sigmoid'"]))
    if name in ("RNN", "GRU") and rng.random() < 0.05:
        parts.append("proj_size=2")
    if len(parts) > positional and any("=" not in p for p in parts[positional:]):
        parts = [p for p in parts if "=" in p or parts.index(p) < positional]
    return f"nn.{name}(" + ", ".join(parts) + ")"


FOLLOWERS = ["nn.Flatten()", "nn.Linear(8, 2)", "nn.Identity()", "nn.ReLU()", "nn.Dropout()", "nn.Sequential()",
             "nn.LSTM(8, 4)", "nn.Softmax(1)", "nn.Tanh()", "nn.Sigmoid()", "nn.Flatten(0)", "nn.LayerNorm(8)"]


def recurrent_case(rng):
    roll = rng.random()
    features = rng.choice([3, 4, 8])
    if roll < 0.55:  # a recurrent layer on float (sometimes int64) sequences
        name = rng.choice(["RNN", "LSTM", "GRU"])
        rank = rng.choice([1, 2, 2, 3, 3, 3, 3, 4, 0])
        dims = [rng.choice([1, 2, 3, 5]) if rng.random() < 0.95 else 0 for _ in range(max(rank - 1, 0))]
        shape = tuple(dims + [features if rng.random() < 0.85 else rng.choice([1, 2, 5])]) if rank else ()
        layers = [recurrent_call(rng, name, features)]
        if rng.random() < 0.3:
            layers.insert(0, rng.choice([f"nn.Linear({features}, {features})", "nn.ReLU()", "nn.Identity()",
                                         f"nn.LayerNorm({features})"]))
        if rng.random() < 0.35:
            layers.append(rng.choice(FOLLOWERS))
        dtype = "int64" if rng.random() < 0.1 else "float32"
    elif roll < 0.85:  # an Embedding on ids (sometimes on floats)
        rank = rng.choice([0, 1, 1, 2, 2, 2, 3])
        shape = tuple(rng.choice([1, 2, 3, 7]) if rng.random() < 0.95 else 0 for _ in range(rank))
        layers = [recurrent_call(rng, "Embedding", features)]
        if rng.random() < 0.4:
            layers.append(rng.choice(FOLLOWERS + ["nn.LSTM(8, 4, batch_first=True)", "nn.GRU(6, 3)", "nn.Flatten(1)",
                                                  "nn.Embedding(10, 3)"]))
        if rng.random() < 0.1:
            layers.insert(0, rng.choice(["nn.Flatten(0)", "nn.ReLU()", "nn.Sigmoid()", "nn.Identity()"]))
        dtype = "int64" if rng.random() < 0.8 else "float32"
    else:  # any other layer on an int64 input
        shape, expression = random_case(rng)
        return shape, expression, "int64"
    expression = layers[0] if len(layers) == 1 and rng.random() < 0.5 else "nn.Sequential(" + ", ".join(layers) + ")"
    return shape, expression, dtype
