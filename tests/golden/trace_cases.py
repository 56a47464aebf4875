"""The case list for the trace golden data: (input shape, model expression) pairs.

Each expression is evaluated by real PyTorch with `nn` and `torch` in scope, exactly as a learner
would type it into `flatten-tutor trace --model`. Keep every expression inside the grammar the
engine's parser accepts (integer arithmetic with Python's unbounded ints and `**`, floats, strings, tuples, lists, True/False/None,
positional and keyword arguments).

CASES holds (shape, expression) for ordinary cases and (shape, expression, "meta") for huge shapes
that PyTorch can only trace on its meta device (no memory is allocated). Meta kernels skip some of
CPU's checks (Conv2d's), so meta cases are chosen where CPU and meta agree: they must succeed or
fail in a check that both devices share.
"""

CASES = []


def add(shape, *expressions):
    for expression in expressions:
        CASES.append((tuple(shape), expression))


def add_meta(shape, *expressions):
    for expression in expressions:
        CASES.append((tuple(shape), expression, "meta"))


# --- Flatten: every start/end pair on a 4-d input, including out-of-range and reversed ones ----
for start in range(-5, 5):
    for end in range(-5, 5):
        add((2, 3, 4, 5), f"nn.Flatten({start}, {end})")
# 0-d and 1-d inputs: PyTorch treats a scalar as if it had one dim.
for start in range(-2, 2):
    for end in range(-2, 2):
        add((), f"nn.Flatten({start}, {end})")
        add((7,), f"nn.Flatten({start}, {end})")
add((), "nn.Flatten()", "nn.Flatten(2)", "nn.Flatten(-2)")
add((7,), "nn.Flatten()")
add((32, 3, 28, 28), "nn.Flatten()", "nn.Flatten(start_dim=0)", "nn.Flatten(end_dim=2)",
    "nn.Flatten(start_dim=2, end_dim=3)", "nn.Flatten(1, -2)", "nn.Flatten(-3)", "torch.nn.Flatten()",
    "nn.Flatten(start_dim=-1, end_dim=-1)", "nn.Flatten(0, 0)", "nn.Flatten(3, 1)")
add((2, 0, 3), "nn.Flatten()", "nn.Flatten(0)", "nn.Flatten(0, 1)")
add((0,), "nn.Flatten()", "nn.Flatten(0)")
add((1, 1, 1, 1, 1), "nn.Flatten()", "nn.Flatten(2, 3)")
# Constructor mistakes and argument types.
add((2, 3, 4), "nn.Flatten(dim=0)", "nn.Flatten(1, 2, 3)", "nn.Flatten(start=1)", "nn.Flatten(1, start_dim=1)",
    "nn.Flatten(end_dim=1, start_dim=0)", "nn.Flatten('a')", "nn.Flatten(1.0)", "nn.Flatten(None)",
    "nn.Flatten(True)", "nn.Flatten(0, 'x')", "nn.Flatten((1, 2))", "nn.Flatten(start_dim=1, end_dim=-1, dim=0)",
    "nn.Flatten(1, -1, 0)")

# --- Unflatten -------------------------------------------------------------------------------
add((4, 6), "nn.Unflatten(1, (2, 3))", "nn.Unflatten(1, (2, -1))", "nn.Unflatten(1, (-1, 3))",
    "nn.Unflatten(1, [2, 3])", "nn.Unflatten(-1, (3, 2))", "nn.Unflatten(0, (2, 2))", "nn.Unflatten(0, (4,))",
    "nn.Unflatten(1, (6, 1, 1))", "nn.Unflatten(1, (5, -1))", "nn.Unflatten(1, (2, 2))", "nn.Unflatten(2, (2, 3))",
    "nn.Unflatten(-3, (2, 3))", "nn.Unflatten(1, (-1, -1))", "nn.Unflatten(1, ())", "nn.Unflatten(1, (0, -1))",
    "nn.Unflatten(1, (2, 3.0))", "nn.Unflatten(1, 6)", "nn.Unflatten(1.0, (2, 3))", "nn.Unflatten('a', (2, 3))",
    "nn.Unflatten(1)", "nn.Unflatten()", "nn.Unflatten(dim=1, unflattened_size=(3, 2))",
    "nn.Unflatten(1, (2, 3), 5)", "nn.Unflatten(1, unflattened_size=(2, 3), dim=1)", "nn.Unflatten(True, (2, 3))")
add((32, 2352), "nn.Unflatten(1, (3, 28, 28))", "nn.Unflatten(1, (1, 28, 28))", "nn.Unflatten(1, (3, -1, 28))")
add((0, 6), "nn.Unflatten(1, (2, 3))", "nn.Unflatten(0, (0, -1))", "nn.Unflatten(0, (2, -1))")
add((), "nn.Unflatten(0, (1,))", "nn.Unflatten(0, (1, 1))", "nn.Unflatten(0, (-1,))")
add((5,), "nn.Unflatten(0, (5, 1))", "nn.Unflatten(0, (1, -1))")

# --- Linear: last dim of any rank, bias, the mat1/mat2 message ------------------------------
for shape in [(7,), (2, 7), (2, 3, 7), (2, 3, 4, 7), (0, 7), (2, 0, 7), (1, 1, 1, 1, 1, 7)]:
    add(shape, "nn.Linear(7, 3)", "nn.Linear(7, 3, bias=False)", "nn.Linear(5, 3)", "nn.Linear(5, 3, False)")
add((), "nn.Linear(1, 3)", "nn.Linear(1, 3, bias=False)")
add((2, 0), "nn.Linear(0, 4)", "nn.Linear(0, 0)", "nn.Linear(3, 4)")
add((32, 2352), "nn.Linear(2352, 10)", "nn.Linear(3 * 28 * 28, 10)", "nn.Linear(1000, 100)",
    "nn.Linear(in_features=2352, out_features=10)", "nn.Linear(2352, out_features=10, bias=False)",
    "nn.Linear(784, 10)")
add((3, 5), "nn.Linear(5)", "nn.Linear()", "nn.Linear(out_features=2)", "nn.Linear(5, 2, True, None, None, 9)",
    "nn.Linear(5, 2, in_features=5)", "nn.Linear(5, 2, bias=True, bias_=1)", "nn.Linear(5, 2, size=3)",
    "nn.Linear(5.0, 2)", "nn.Linear(5, 2.5)", "nn.Linear('5', 2)", "nn.Linear(5, None)", "nn.Linear(-1, 2)",
    "nn.Linear(5, -2)", "nn.Linear(5, 2, bias=0)", "nn.Linear(5, 2, bias=1)", "nn.Linear(5, 2, bias=None)",
    "nn.Linear(5, 2, device=None, dtype=None)", "nn.Linear((5, 2))", "nn.Linear(5, (2, 3))", "nn.Linear(True, 2)",
    "nn.Linear(5, 0)")

# --- Conv2d: a grid of kernel/stride/padding/dilation on one input ----------------------------
for k in (1, 2, 3, 5):
    for s in (1, 2, 3):
        for p in (0, 1, 2):
            for d in (1, 2):
                add((2, 3, 11, 13), f"nn.Conv2d(3, 4, {k}, stride={s}, padding={p}, dilation={d})")
add((2, 3, 11, 13),
    "nn.Conv2d(3, 4, (3, 5))", "nn.Conv2d(3, 4, (1, 7), stride=(2, 1))", "nn.Conv2d(3, 4, 3, stride=(1, 3))",
    "nn.Conv2d(3, 4, 3, padding=(0, 2))", "nn.Conv2d(3, 4, 3, dilation=(1, 3))", "nn.Conv2d(3, 4, [3, 3], stride=[2, 2])",
    "nn.Conv2d(3, 4, kernel_size=3, stride=2, padding=1)", "nn.Conv2d(in_channels=3, out_channels=4, kernel_size=(2, 2))",
    "nn.Conv2d(3, 4, 3, 1, 1, 1, 1, True, 'zeros')", "nn.Conv2d(3, 4, 3, bias=False)",
    "nn.Conv2d(3, 4, 11)", "nn.Conv2d(3, 4, 12)", "nn.Conv2d(3, 4, (11, 13))", "nn.Conv2d(3, 4, (12, 3))",
    "nn.Conv2d(3, 4, 14)", "nn.Conv2d(3, 4, 14, padding=2)", "nn.Conv2d(3, 4, 3, dilation=6)",
    "nn.Conv2d(3, 4, 3, dilation=7)", "nn.Conv2d(3, 4, 1, stride=100)")
# padding='same' / 'valid'
for k in (1, 2, 3, 4, 5, (2, 3), (4, 1)):
    for d in (1, 2, 3):
        add((2, 3, 9, 10), f"nn.Conv2d(3, 4, {k}, padding='same', dilation={d})")
add((2, 3, 9, 10), "nn.Conv2d(3, 4, 3, padding='valid')", "nn.Conv2d(3, 4, 3, padding='same', stride=2)",
    "nn.Conv2d(3, 4, 3, padding='same', stride=(1, 2))", "nn.Conv2d(3, 4, 3, padding='same', stride=1)",
    "nn.Conv2d(3, 4, 3, padding='full')", "nn.Conv2d(3, 4, 3, padding='SAME')", "nn.Conv2d(3, 4, 11, padding='valid')",
    "nn.Conv2d(3, 4, 11, padding='same')", "nn.Conv2d(3, 4, 3, padding='same', bias=False)")
add((3, 9, 10), "nn.Conv2d(3, 4, 3, padding='same')", "nn.Conv2d(3, 4, 4, padding='same')")
# groups
add((2, 6, 8, 8), "nn.Conv2d(6, 6, 3, groups=6)", "nn.Conv2d(6, 12, 3, groups=3)", "nn.Conv2d(6, 4, 3, groups=2)",
    "nn.Conv2d(6, 8, 3, groups=4)", "nn.Conv2d(6, 9, 3, groups=3)", "nn.Conv2d(6, 6, 3, groups=0)",
    "nn.Conv2d(6, 6, 3, groups=-2)", "nn.Conv2d(4, 4, 3, groups=2)", "nn.Conv2d(12, 12, 3, groups=4)",
    "nn.Conv2d(6, 6, 3, groups=6, bias=False)", "nn.Conv2d(6, 6, 3, groups=1.5)", "nn.Conv2d(6, 6, 3, groups=2.0)")
# channel mismatch, unbatched input, wrong ranks, zero sizes
add((32, 1, 28, 28), "nn.Conv2d(3, 16, 3)", "nn.Conv2d(1, 16, 3)", "nn.Conv2d(1, 16, 5, padding=2)")
add((1, 28, 28), "nn.Conv2d(3, 16, 3)", "nn.Conv2d(1, 16, 3)", "nn.Conv2d(1, 16, 3, stride=2)")
add((3, 28, 28), "nn.Conv2d(3, 16, 3)", "nn.Conv2d(3, 16, 30)")
add((28, 28), "nn.Conv2d(1, 16, 3)")
add((784,), "nn.Conv2d(1, 16, 3)")
add((), "nn.Conv2d(1, 16, 3)")
add((2, 1, 3, 28, 28), "nn.Conv2d(1, 16, 3)")
add((2, 3, 2, 2), "nn.Conv2d(3, 16, 3)", "nn.Conv2d(3, 16, 3, padding=1)", "nn.Conv2d(3, 16, 2)")
add((0, 3, 5, 5), "nn.Conv2d(3, 16, 3)")
add((1, 3, 0, 5), "nn.Conv2d(3, 16, 3)")
add((1, 0, 5, 5), "nn.Conv2d(0, 4, 3)", "nn.Conv2d(3, 4, 3)", "nn.Conv2d(0, 4, 3, stride=2)", "nn.Conv2d(0, 4, 1, bias=False)")
add((0, 7, 5), "nn.Conv2d(0, 4, 3)")
add((1, 3, 5, 5), "nn.Conv2d(3, 0, 3)", "nn.Conv2d(3, 16, 0)", "nn.Conv2d(3, 16, (3, 3, 3))", "nn.Conv2d(3, 16, (3,))",
    "nn.Conv2d(3, 16, 3, stride=0)", "nn.Conv2d(3, 16, 3, stride=-1)", "nn.Conv2d(3, 16, 3, padding=-1)",
    "nn.Conv2d(3, 16, 3, dilation=0)", "nn.Conv2d(3, 16, 3, stride=1.5)", "nn.Conv2d(3, 16, 3, padding=1.5)",
    "nn.Conv2d(3, 16, 3, dilation=(1, 1.0))", "nn.Conv2d(3, 16, 3, stride=(1, 2, 3))", "nn.Conv2d(3, 16, 3, padding=(1, 2, 3))")
# constructor errors
add((1, 3, 5, 5), "nn.Conv2d(3, 16)", "nn.Conv2d(3)", "nn.Conv2d()", "nn.Conv2d(3, 16, kernel=3)",
    "nn.Conv2d(3, 16, 3, padding_mode='foo')", "nn.Conv2d(3, 16, 3, 1, 0, 1, 1, True, 'zeros', None, None, 1)",
    "nn.Conv2d(3, 16, 3, in_channels=3)", "nn.Conv2d(3.0, 16, 3)", "nn.Conv2d(3, 16.0, 3)", "nn.Conv2d(3, 16, 3.0)",
    "nn.Conv2d(3, 16, (3, 3.0))", "nn.Conv2d(-3, 16, 3)", "nn.Conv2d(3, -16, 3)", "nn.Conv2d(3, 16, -1)",
    "nn.Conv2d('3', 16, 3)", "nn.Conv2d(3, 16, 3, bias=0)", "nn.Conv2d(3, 16, 3, bias=None)",
    "nn.Conv2d(3, 16, 3, groups='1')", "nn.Conv2d(3, 16, 3, padding=None)")
# padding modes
for mode in ("reflect", "replicate", "circular"):
    add((1, 3, 6, 6), f"nn.Conv2d(3, 4, 3, padding=1, padding_mode='{mode}')",
        f"nn.Conv2d(3, 4, 3, padding=(2, 1), padding_mode='{mode}')",
        f"nn.Conv2d(3, 4, 3, padding_mode='{mode}')",
        f"nn.Conv2d(3, 4, 3, padding='same', padding_mode='{mode}')",
        f"nn.Conv2d(3, 4, 3, padding=6, padding_mode='{mode}')",
        f"nn.Conv2d(3, 4, 3, padding=7, padding_mode='{mode}')",
        f"nn.Conv2d(3, 4, 3, padding=1, stride=2, padding_mode='{mode}')")
    add((3, 6, 6), f"nn.Conv2d(3, 4, 3, padding=1, padding_mode='{mode}')")
    add((6, 6), f"nn.Conv2d(3, 4, 3, padding=1, padding_mode='{mode}')")
    add((6,), f"nn.Conv2d(3, 4, 3, padding=1, padding_mode='{mode}')")
    add((2, 3, 4, 5, 6), f"nn.Conv2d(3, 4, 3, padding=1, padding_mode='{mode}')")
    add((1, 3, 1, 6), f"nn.Conv2d(3, 4, 1, padding=1, padding_mode='{mode}')")
    add((1, 3, 0, 6), f"nn.Conv2d(3, 4, 1, padding=1, padding_mode='{mode}')")

# --- Conv1d / Conv3d: the same N-d plan with one and three spatial dims -------------------------
for k in (1, 2, 3, 5):
    for st in (1, 2):
        for p in (0, 1, 2):
            for d in (1, 2):
                add((2, 3, 11), f"nn.Conv1d(3, 4, {k}, stride={st}, padding={p}, dilation={d})")
                add((1, 2, 5, 6, 7), f"nn.Conv3d(2, 3, {k}, stride={st}, padding={p}, dilation={d})")
for conv, shapes in (("Conv1d", [(2, 3, 10), (3, 10), (1, 3, 10), (10,), (), (2, 3, 4, 10), (0, 3, 10), (1, 0, 10),
                                 (1, 3, 0), (2, 3, 0), (0, 10), (3, 0), (1, 3, 2)]),
                     ("Conv3d", [(2, 3, 4, 5, 6), (3, 4, 5, 6), (1, 3, 4, 5, 6), (4, 5, 6), (), (2, 3, 4, 5, 6, 7),
                                 (0, 3, 4, 5, 6), (1, 0, 4, 5, 6), (1, 3, 0, 5, 6), (2, 3, 4, 0, 6), (1, 3, 2, 2, 2)])):
    for shape in shapes:
        add(shape, f"nn.{conv}(3, 4, 3)", f"nn.{conv}(3, 4, 3, padding=1)", f"nn.{conv}(3, 4, 3, padding=2)",
            f"nn.{conv}(3, 4, 0)", f"nn.{conv}(3, 4, 3, dilation=0)", f"nn.{conv}(3, 4, 0, dilation=2)",
            f"nn.{conv}(3, 4, 3, padding='same')", f"nn.{conv}(3, 4, 4, padding='same', dilation=2)",
            f"nn.{conv}(3, 6, 3, groups=3)", f"nn.{conv}(3, 4, 3, bias=False)", f"nn.{conv}(0, 4, 3)",
            f"nn.{conv}(3, 4, 1, stride=100)")
    for mode in ("reflect", "replicate", "circular"):
        for shape in shapes:
            add(shape, f"nn.{conv}(3, 4, 3, padding=1, padding_mode='{mode}')",
                f"nn.{conv}(3, 4, 3, padding='same', padding_mode='{mode}')")
        add(shapes[0], f"nn.{conv}(3, 4, 3, padding=4, padding_mode='{mode}')",
            f"nn.{conv}(3, 4, 3, padding=20, padding_mode='{mode}')", f"nn.{conv}(3, 4, 3, padding=-1, padding_mode='{mode}')",
            f"nn.{conv}(3, 4, 3, padding=(1, 1), padding_mode='{mode}')",
            f"nn.{conv}(3, 4, 3, padding=(1, 1, 1), padding_mode='{mode}')",
            f"nn.{conv}(3, 4, 0, padding=1, padding_mode='{mode}')",
            f"nn.{conv}(5, 4, 3, padding=(1, 2, 1), padding_mode='{mode}')")
add((2, 3, 10), "nn.Conv1d(3, 4, (3, 3))", "nn.Conv1d(3, 4, 3, stride=(1, 2))", "nn.Conv1d(3, 4, 3, padding=(1, 2))",
    "nn.Conv1d(3, 4, 3, dilation=(1, 2))", "nn.Conv1d(3, 4, (3,))", "nn.Conv1d(3, 4, [3])", "nn.Conv1d(3, 4, ())",
    "nn.Conv1d(3, 4, 3, stride=0)", "nn.Conv1d(3, 4, 3, stride=1.5)", "nn.Conv1d(3, 4, 3, padding=-1)",
    "nn.Conv1d(3, 4, 3, padding='same', stride=2)", "nn.Conv1d(3, 4, 3, padding='full')", "nn.Conv1d(3, 4, 3.0)",
    "nn.Conv1d(3, 4)", "nn.Conv1d()", "nn.Conv1d(3, 4, 3, padding_mode='foo')", "nn.Conv1d(3, 4, 3, groups=2)",
    "nn.Conv1d(3, 4, 3, groups=0)", "nn.Conv1d(3.0, 4, 3)", "nn.Conv1d(3, 4, 3, kernel=3)",
    "nn.Conv1d(3, 4, 3, 1, 0, 1, 1, True, 'zeros', None, None, 1)", "nn.Conv1d(3, 4, 'ab')",
    "nn.Conv1d(3, 4, 3, dilation=(1.0,))", "nn.Conv1d(3, 4, 11)", "nn.Conv1d(3, 4, 12)", "nn.Conv1d(3, 4, 3, dilation=5)",
    "nn.Conv1d(3, 4, kernel_size=5, stride=2, padding=2)", "nn.Conv1d(in_channels=3, out_channels=4, kernel_size=3)")
add((2, 3, 4, 5, 6), "nn.Conv3d(3, 4, (3, 3))", "nn.Conv3d(3, 4, (1, 3, 3))", "nn.Conv3d(3, 4, 3, stride=(1, 2, 3))",
    "nn.Conv3d(3, 4, 3, stride=(1, 2))", "nn.Conv3d(3, 4, 3, padding=(1, 2))", "nn.Conv3d(3, 4, 3, padding=(0, 1, 2))",
    "nn.Conv3d(3, 4, 3, dilation=(1, 2, 1))", "nn.Conv3d(3, 4, (5, 3, 3))", "nn.Conv3d(3, 4, (4, 5, 6))",
    "nn.Conv3d(3, 4, 3, padding='same', stride=2)", "nn.Conv3d(3, 4, 3, stride=0)", "nn.Conv3d(3, 4, 3, stride=-1)",
    "nn.Conv3d(3, 4, 2, dilation=(2, 1, 0))", "nn.Conv3d(3, 4, (0, 3, 3), dilation=2)", "nn.Conv3d(3, 4, (3, 0, 3))",
    "nn.Conv3d(3, 4, 3, groups=3)", "nn.Conv3d(3, 4, (3, 3, 3.0))", "nn.Conv3d(3, 4)", "nn.Conv3d(3, 4, 3, padding_mode=1)")
for shape in [(1, 3, 4, 5, 6), (1, 3, 4, 5, 4), (1, 3, 2, 30, 30), (1, 3, 30, 30, 30)]:
    add(shape, "nn.Conv3d(3, 4, 0)", "nn.Conv3d(3, 4, (1, 0, 2))", "nn.Conv3d(3, 4, (4, 4, 0))", "nn.Conv3d(3, 4, 3, dilation=0)",
        "nn.Conv3d(3, 4, (2, 0, 2), dilation=(1, 1, 2))", "nn.Conv3d(3, 6, 0, groups=3)")
for shape in [(1, 3, 10), (1, 3, 8000), (2, 3, 10), (3, 10)]:
    add(shape, "nn.Conv1d(3, 4, 0)", "nn.Conv1d(3, 4, 0, dilation=2)", "nn.Conv1d(3, 4, 3, dilation=0)",
        "nn.Conv1d(3, 4, 3, dilation=-1)", "nn.Conv1d(3, 6, 0, groups=3)")
add((8, 1, 16000), "nn.Sequential(nn.Conv1d(1, 16, 80, stride=16), nn.ReLU(), nn.MaxPool2d((1, 4)), nn.Flatten(), "
    "nn.Linear(16 * 247, 10))", "nn.Sequential(nn.Conv1d(1, 16, 80, stride=16), nn.Flatten(), nn.Linear(16 * 996, 10))")
add((2, 1, 8, 32, 32), "nn.Sequential(nn.Conv3d(1, 8, 3, padding=1), nn.ReLU(), nn.Flatten(), nn.Linear(8 * 8 * 32 * 32, 2))",
    "nn.Sequential(nn.Conv3d(1, 8, 3), nn.Flatten(), nn.Linear(8 * 8 * 32 * 32, 2))")

# --- MaxPool2d / AvgPool2d ------------------------------------------------------------------
for k in (1, 2, 3):
    for s in (None, 1, 2):
        for p in (0, 1):
            for ceil in (False, True):
                add((1, 2, 7, 8), f"nn.MaxPool2d({k}, stride={s}, padding={p}, ceil_mode={ceil})",
                    f"nn.AvgPool2d({k}, stride={s}, padding={p}, ceil_mode={ceil})")
for d in (1, 2, 3):
    add((1, 2, 7, 8), f"nn.MaxPool2d(2, dilation={d})", f"nn.MaxPool2d(3, stride=1, padding=1, dilation={d})")
for shape in [(32, 16, 28, 28), (16, 28, 28), (28, 28), (784,), (), (2, 3, 4, 4, 4), (0, 3, 4, 4), (1, 0, 4, 4),
              (0, 4, 4), (3, 0, 4), (1, 3, 1, 1), (1, 3, 2, 2)]:
    add(shape, "nn.MaxPool2d(2)", "nn.AvgPool2d(2)", "nn.MaxPool2d(2, 2)", "nn.AvgPool2d(kernel_size=2, stride=2)")
add((1, 3, 9, 9), "nn.MaxPool2d((2, 3))", "nn.MaxPool2d((2, 3), stride=(1, 2))", "nn.MaxPool2d(3, padding=(1, 0))",
    "nn.MaxPool2d(2, padding=2)", "nn.MaxPool2d(0)", "nn.MaxPool2d(2, stride=0)", "nn.MaxPool2d(2, dilation=0)",
    "nn.MaxPool2d(-1)", "nn.MaxPool2d(2, stride=-1)", "nn.MaxPool2d(2, padding=-1)", "nn.MaxPool2d((2, 3, 4))",
    "nn.MaxPool2d(2, stride=(1, 1, 1))", "nn.MaxPool2d(2.0)", "nn.MaxPool2d((2.0, 2))", "nn.MaxPool2d(2, ceil_mode=1)",
    "nn.MaxPool2d(2, return_indices=False)", "nn.MaxPool2d()", "nn.MaxPool2d(2, kernel_size=2)", "nn.MaxPool2d(2, size=2)",
    "nn.MaxPool2d(2, 2, 0, 1, False, False, 0)", "nn.MaxPool2d(9)", "nn.MaxPool2d(10)", "nn.MaxPool2d(10, padding=1)",
    "nn.MaxPool2d(5, padding=2, stride=1)", "nn.MaxPool2d(5, padding=3)", "nn.MaxPool2d(2, padding=(0, 2))",
    "nn.MaxPool2d(kernel_size=3, stride=2, padding=1)", "nn.MaxPool2d(3, 2, 1, 2, False, True)")
add((1, 3, 9, 9), "nn.AvgPool2d((2, 3))", "nn.AvgPool2d((2, 3), stride=(1, 2))", "nn.AvgPool2d(3, padding=(1, 0))",
    "nn.AvgPool2d(2, padding=2)", "nn.AvgPool2d(0)", "nn.AvgPool2d(2, stride=0)", "nn.AvgPool2d(-1)",
    "nn.AvgPool2d(2, stride=-1)", "nn.AvgPool2d(2, padding=-1)", "nn.AvgPool2d((2, 3, 4))", "nn.AvgPool2d(2.0)",
    "nn.AvgPool2d(2, ceil_mode=1)", "nn.AvgPool2d(2, divisor_override=0)", "nn.AvgPool2d(2, divisor_override=3)",
    "nn.AvgPool2d(2, count_include_pad=False)", "nn.AvgPool2d()", "nn.AvgPool2d(2, dilation=2)", "nn.AvgPool2d(10)",
    "nn.AvgPool2d(9)", "nn.AvgPool2d(3, 2, 1, True, False, None)", "nn.AvgPool2d(2, 2, 0, False, True, None, 1)",
    "nn.AvgPool2d(2, stride=(1, 1, 1))", "nn.AvgPool2d(2, divisor_override=1.5)")

# --- MaxPool1d / AvgPool1d / MaxPool3d / AvgPool3d: the same window plan over one and three dims ---
for k in (1, 2, 3):
    for st in (None, 1, 2):
        for p in (0, 1):
            for ceil in (False, True):
                add((1, 2, 9), f"nn.MaxPool1d({k}, stride={st}, padding={p}, ceil_mode={ceil})",
                    f"nn.AvgPool1d({k}, stride={st}, padding={p}, ceil_mode={ceil})",
                    f"nn.MaxPool1d({k}, stride={st}, padding={p}, ceil_mode={ceil}, return_indices=True)")
                add((1, 2, 5, 6, 7), f"nn.MaxPool3d({k}, stride={st}, padding={p}, ceil_mode={ceil})",
                    f"nn.AvgPool3d({k}, stride={st}, padding={p}, ceil_mode={ceil})")
for d in (1, 2, 3):
    add((1, 2, 9), f"nn.MaxPool1d(2, dilation={d})", f"nn.MaxPool1d(3, stride=1, padding=1, dilation={d})")
    add((1, 2, 7, 8, 9), f"nn.MaxPool3d(2, dilation={d})", f"nn.MaxPool3d(3, stride=1, padding=1, dilation={d})")
for shape in [(2, 3, 10), (3, 10), (10,), (), (2, 3, 4, 10), (0, 3, 10), (2, 0, 10), (2, 3, 0), (3, 0), (0, 3),
              (1, 3, 1), (1, 3, 2)]:
    add(shape, "nn.MaxPool1d(2)", "nn.AvgPool1d(2)", "nn.MaxPool1d(2, return_indices=True)", "nn.MaxPool1d(0)",
        "nn.AvgPool1d(0)", "nn.MaxPool1d((2, 2))", "nn.AvgPool1d((2, 2))", "nn.MaxPool1d(3, padding=1)")
add((2, 3, 10), "nn.MaxPool1d((2, 2))", "nn.MaxPool1d(2, stride=(1, 1))", "nn.MaxPool1d(2, padding=(1, 1))",
    "nn.MaxPool1d(2, dilation=(1, 1))", "nn.MaxPool1d(0)", "nn.MaxPool1d(2, stride=0)", "nn.MaxPool1d(2, padding=-1)",
    "nn.MaxPool1d(2, padding=2)", "nn.MaxPool1d(2, dilation=0)", "nn.MaxPool1d(11)", "nn.MaxPool1d(12)",
    "nn.MaxPool1d(13, padding=3)", "nn.MaxPool1d(2.0)", "nn.MaxPool1d(2, ceil_mode=1)", "nn.MaxPool1d(3, 2, 1, 1, False, True)",
    "nn.MaxPool1d(3, stride=(), padding=1)", "nn.MaxPool1d(2, stride=-1)", "nn.MaxPool1d(())", "nn.MaxPool1d([2], stride=[1])",
    "nn.MaxPool1d((2,), stride=(1,), padding=(0,), dilation=(1,))", "nn.MaxPool1d(2, 2, 0, (1, 2), True)",
    "nn.MaxPool1d(2, 2, 0, 1.5, True)", "nn.MaxPool1d(2, 2, 0, 0, True)", "nn.MaxPool1d(2, 2, 3, 1, True)",
    "nn.MaxPool1d(12, return_indices=True)", "nn.MaxPool1d(2, stride=(1, 2), return_indices=True)", "nn.MaxPool1d((2, 1.0))",
    "nn.MaxPool1d()", "nn.MaxPool1d(2, size=2)", "nn.MaxPool1d(5, stride=2, dilation=3)", "nn.MaxPool1d(4, stride=3, ceil_mode=True)",
    "nn.AvgPool1d((2, 2))", "nn.AvgPool1d(2, stride=(1, 2))", "nn.AvgPool1d(2, padding=(1, 2))", "nn.AvgPool1d(0)",
    "nn.AvgPool1d(2, stride=0)", "nn.AvgPool1d(2, padding=-1)", "nn.AvgPool1d(2, padding=2)", "nn.AvgPool1d(12)",
    "nn.AvgPool1d(11, padding=5)", "nn.AvgPool1d(2.0)", "nn.AvgPool1d(2, divisor_override=2)", "nn.AvgPool1d(3, 2, 1, True, False)",
    "nn.AvgPool1d(2, ceil_mode=1)", "nn.AvgPool1d(2, stride=())", "nn.AvgPool1d(())", "nn.AvgPool1d(2, padding=())",
    "nn.AvgPool1d(2, 2, 0, 1)", "nn.AvgPool1d(2, 2, 0, False, 1)", "nn.AvgPool1d((2.0,))", "nn.AvgPool1d((2, 1.0))",
    "nn.AvgPool1d(-1)", "nn.AvgPool1d(2, stride=-1)", "nn.AvgPool1d()", "nn.AvgPool1d([3], [2], [1])")
for shape in [(2, 3, 4, 5, 6), (3, 4, 5, 6), (4, 5, 6), (2, 3, 4, 5, 6, 7), (2, 0, 4, 5, 6), (0, 3, 4, 5, 6), (2, 3, 0, 5, 6),
              (0, 4, 5, 6), (1, 1, 1, 1, 1), (1, 1, 2, 2, 2)]:
    add(shape, "nn.MaxPool3d(2)", "nn.AvgPool3d(2)", "nn.MaxPool3d(2, return_indices=True)", "nn.MaxPool3d(0)",
        "nn.AvgPool3d(0)", "nn.MaxPool3d((2, 2))", "nn.AvgPool3d((2, 2))", "nn.MaxPool3d(3, padding=1)", "nn.AvgPool3d(3, padding=1)")
add((2, 3, 4, 5, 6), "nn.MaxPool3d(2, stride=(1, 1))", "nn.MaxPool3d(2, padding=(1, 1))", "nn.MaxPool3d(2, dilation=(1, 1))",
    "nn.MaxPool3d(2, stride=0)", "nn.MaxPool3d(2, stride=-1)", "nn.MaxPool3d(2, padding=-1)", "nn.MaxPool3d(2, padding=2)",
    "nn.MaxPool3d(2, dilation=0)", "nn.MaxPool3d(5)", "nn.MaxPool3d(-1)", "nn.MaxPool3d(2.0)", "nn.MaxPool3d((1, 2, 3))",
    "nn.MaxPool3d((1, 2, 3), stride=(1, 1, 2), padding=(0, 1, 1), dilation=(1, 2, 1))", "nn.MaxPool3d((2, 0, 2))",
    "nn.MaxPool3d(2, stride=(1, 0, 1))", "nn.MaxPool3d(2, dilation=(1, 1, 0))", "nn.MaxPool3d((4, 2, 2))",
    "nn.MaxPool3d(2, ceil_mode=True)", "nn.MaxPool3d(3, 2, 1, 1, False, True)", "nn.MaxPool3d((2, 2, 2, 2))",
    "nn.AvgPool3d(2, stride=(1, 1))", "nn.AvgPool3d(2, padding=(1, 1))", "nn.AvgPool3d(2, stride=0)", "nn.AvgPool3d(2, stride=-1)",
    "nn.AvgPool3d(2, padding=-1)", "nn.AvgPool3d(2, padding=2)", "nn.AvgPool3d(5)", "nn.AvgPool3d(-1)",
    "nn.AvgPool3d(2, divisor_override=0)", "nn.AvgPool3d(2, divisor_override=1.5)", "nn.AvgPool3d(2, 2, 0, True, False, 3)",
    "nn.AvgPool3d((1, 2, 3))", "nn.AvgPool3d((1, 2, 3), stride=(1, 1, 2), padding=(0, 1, 1))", "nn.AvgPool3d((2, 0, 2))",
    "nn.AvgPool3d((4, 2, 2))", "nn.AvgPool3d((5, 2, 2), padding=(2, 0, 0))", "nn.AvgPool3d(2, ceil_mode=True)",
    "nn.AvgPool3d(2, dilation=2)", "nn.AvgPool3d(2.0)", "nn.AvgPool3d((2, 2, 2, 2))", "nn.AvgPool3d(2, ceil_mode=1)")
add((8, 1, 16000), "nn.Sequential(nn.Conv1d(1, 16, 80, stride=16), nn.ReLU(), nn.MaxPool1d(4), nn.Conv1d(16, 32, 3), "
    "nn.ReLU(), nn.AvgPool1d(4), nn.Flatten(), nn.Linear(32 * 61, 10))",
    "nn.Sequential(nn.Conv1d(1, 16, 80, stride=16), nn.MaxPool1d(4, return_indices=True), nn.Flatten())")
add((2, 1, 8, 32, 32), "nn.Sequential(nn.Conv3d(1, 8, 3, padding=1), nn.ReLU(), nn.MaxPool3d(2), nn.Conv3d(8, 16, 3, padding=1), "
    "nn.AvgPool3d(2), nn.Flatten(), nn.Linear(16 * 2 * 8 * 8, 2))")

# --- AdaptiveAvgPool2d -----------------------------------------------------------------------
for size in ("1", "2", "7", "(2, 3)", "(1, 1)", "(None, 2)", "(2, None)", "(None, None)", "0", "(0, 2)", "[2, 3]",
             "(2, 3, 4)", "-1", "(2, -1)", "None", "2.0", "(2.0, 2)", "(2,)"):
    add((2, 3, 5, 6), f"nn.AdaptiveAvgPool2d({size})")
for shape in [(3, 5, 6), (5, 6), (6,), (), (0, 3, 5, 6), (1, 0, 5, 6), (1, 3, 0, 6), (2, 3, 4, 5, 6), (1, 6)]:
    add(shape, "nn.AdaptiveAvgPool2d(2)", "nn.AdaptiveAvgPool2d((2, 2))", "nn.AdaptiveAvgPool2d((None, 2))",
        "nn.AdaptiveAvgPool2d(1)", "nn.AdaptiveAvgPool2d((1, 1))", "nn.AdaptiveAvgPool2d((None, 1))")
add((2, 3, 5, 6), "nn.AdaptiveAvgPool2d()", "nn.AdaptiveAvgPool2d(output_size=(4, 4))", "nn.AdaptiveAvgPool2d(1, 2)",
    "nn.AdaptiveAvgPool2d(size=2)")

# --- AdaptiveAvgPool1d/3d, AdaptiveMaxPool1d/2d ---------------------------------------------------
for size in ("1", "2", "4", "7", "0", "-1", "(4,)", "(4, 4)", "()", "None", "2.0", "True", "'a'", "[3]", "(None,)"):
    add((2, 3, 10), f"nn.AdaptiveAvgPool1d({size})", f"nn.AdaptiveMaxPool1d({size})")
for shape in [(3, 10), (10,), (), (2, 3, 4, 10), (0, 3, 5), (2, 0, 5), (2, 3, 0), (3, 0), (0, 5), (1, 1, 1)]:
    add(shape, "nn.AdaptiveAvgPool1d(2)", "nn.AdaptiveAvgPool1d(1)", "nn.AdaptiveMaxPool1d(2)", "nn.AdaptiveMaxPool1d(1)",
        "nn.AdaptiveMaxPool1d(2, return_indices=True)")
for size in ("1", "2", "7", "(2, 3)", "(1, 1)", "(None, 2)", "(2, None)", "(None, None)", "0", "(0, 2)", "[2, 3]",
             "(2, 3, 4)", "-1", "(2, -1)", "None", "2.0", "(2.0, 2)", "(2,)", "True", "'ab'", "()"):
    add((2, 3, 5, 6), f"nn.AdaptiveMaxPool2d({size})")
for shape in [(3, 5, 6), (5, 6), (6,), (), (0, 3, 5, 6), (1, 0, 5, 6), (1, 3, 0, 6), (2, 3, 4, 5, 6), (1, 6), (0, 5, 6)]:
    add(shape, "nn.AdaptiveMaxPool2d(2)", "nn.AdaptiveMaxPool2d((None, 2))", "nn.AdaptiveMaxPool2d(1)",
        "nn.AdaptiveMaxPool2d(2, return_indices=True)", "nn.AdaptiveMaxPool2d(-1)")
for size in ("1", "2", "(2, 3, 4)", "(1, 1, 1)", "(2, None, 3)", "(None, None, None)", "0", "(0, 1, 2)", "[2, 2, 2]",
             "(2, 3)", "(2, 3, 4, 5)", "-1", "(2, -1, 2)", "None", "2.0", "(2.0, 2, 2)", "True", "'abc'", "(1, 1)"):
    add((2, 3, 4, 5, 6), f"nn.AdaptiveAvgPool3d({size})")
for shape in [(3, 4, 5, 6), (4, 5, 6), (5, 6), (), (0, 3, 4, 5, 6), (1, 0, 4, 5, 6), (1, 3, 0, 5, 6), (2, 3, 4, 5, 6, 7),
              (0, 4, 5, 6)]:
    add(shape, "nn.AdaptiveAvgPool3d(2)", "nn.AdaptiveAvgPool3d(1)", "nn.AdaptiveAvgPool3d((None, 2, 1))",
        "nn.AdaptiveAvgPool3d((1, 1, 1))")
# adaptive_avg_pool3d checks for empty dims before the rank (found by the differential run).
add((12, 12, 0), "nn.AdaptiveAvgPool3d(output_size=3)", "nn.AdaptiveAvgPool3d(1)")
add((0, 5), "nn.AdaptiveAvgPool3d(2)")
add((2, 0, 3, 4, 5, 6), "nn.AdaptiveAvgPool3d(2)")
add((2, 3, 10), "nn.AdaptiveAvgPool1d()", "nn.AdaptiveMaxPool1d(2, True, 1)", "nn.AdaptiveMaxPool1d(output_size=3)",
    "nn.AdaptiveAvgPool1d(2, return_indices=True)")
add((2, 3, 5, 6), "nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.AdaptiveMaxPool2d(2))",
    "nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.AdaptiveAvgPool3d(2))",
    "nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.AdaptiveAvgPool1d(2))",
    "nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.AdaptiveMaxPool1d(2))",
    "nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.MaxPool1d(2))",
    "nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.AvgPool3d(2))",
    "nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.Conv1d(3, 4, 2))",
    "nn.Sequential(nn.AdaptiveMaxPool2d(2, return_indices=True), nn.Flatten())")
add((8, 1, 16000), "nn.Sequential(nn.Conv1d(1, 16, 80, stride=16), nn.ReLU(), nn.AdaptiveAvgPool1d(1), nn.Flatten(), "
    "nn.Linear(16, 10))", "nn.Sequential(nn.Conv1d(1, 16, 80, stride=16), nn.AdaptiveMaxPool1d(8), nn.Flatten(), nn.Linear(16 * 8, 10))")
add((2, 1, 8, 32, 32), "nn.Sequential(nn.Conv3d(1, 8, 3, padding=1), nn.AdaptiveAvgPool3d(1), nn.Flatten(), nn.Linear(8, 2))")

# --- BatchNorm1d / BatchNorm2d (traced in eval mode) -----------------------------------------
add((4, 3), "nn.BatchNorm1d(3)", "nn.BatchNorm1d(5)", "nn.BatchNorm1d(3, affine=False)",
    "nn.BatchNorm1d(3, track_running_stats=False)", "nn.BatchNorm1d(5, affine=False, track_running_stats=False)",
    "nn.BatchNorm1d(3, eps=0.001, momentum=None)", "nn.BatchNorm1d(3, 1e-3, 0.2, False, True)",
    "nn.BatchNorm1d(num_features=3)", "nn.BatchNorm2d(3)")
add((4, 3, 7), "nn.BatchNorm1d(3)", "nn.BatchNorm1d(7)", "nn.BatchNorm1d(7, affine=False)")
add((4, 3, 7, 7), "nn.BatchNorm1d(3)", "nn.BatchNorm2d(3)", "nn.BatchNorm2d(16)", "nn.BatchNorm2d(7)",
    "nn.BatchNorm2d(3, affine=False)", "nn.BatchNorm2d(16, affine=False)", "nn.BatchNorm2d(16, track_running_stats=False)",
    "nn.BatchNorm2d(3, momentum=0.5, eps=1e-3)", "nn.BatchNorm2d(3, affine=False, track_running_stats=False)")
add((3,), "nn.BatchNorm1d(3)")
add((), "nn.BatchNorm1d(1)", "nn.BatchNorm2d(1)")
add((2, 3, 4, 5, 6), "nn.BatchNorm1d(3)", "nn.BatchNorm2d(3)")
add((3, 7, 7), "nn.BatchNorm2d(3)")
add((1, 3), "nn.BatchNorm1d(3)", "nn.BatchNorm1d(3, track_running_stats=False)")
add((1, 3, 1, 1), "nn.BatchNorm2d(3)", "nn.BatchNorm2d(3, track_running_stats=False)")
add((0, 3), "nn.BatchNorm1d(3)", "nn.BatchNorm1d(5)", "nn.BatchNorm1d(0)", "nn.BatchNorm1d(0, affine=False)")
add((0, 3, 2, 2), "nn.BatchNorm2d(3)", "nn.BatchNorm2d(4)")
add((4, 3), "nn.BatchNorm1d()", "nn.BatchNorm1d(3.0)", "nn.BatchNorm1d('3')", "nn.BatchNorm1d(-1)", "nn.BatchNorm1d(0)",
    "nn.BatchNorm1d(3, affine=False, num=1)", "nn.BatchNorm1d(3.0, affine=False)", "nn.BatchNorm1d(-1, affine=False)",
    "nn.BatchNorm1d(3, 1e-5, 0.1, True, True, None, None, 1)", "nn.BatchNorm1d(3, num_features=3)",
    "nn.BatchNorm1d(3.0, affine=False, track_running_stats=False)", "nn.BatchNorm2d()")

# --- LayerNorm -------------------------------------------------------------------------------------
for shape in [(2, 3, 4), (4,), (), (3, 4), (2, 3, 4, 5), (0, 4), (2, 3, 0), (1, 1, 1)]:
    add(shape, "nn.LayerNorm(4)", "nn.LayerNorm((3, 4))", "nn.LayerNorm([3, 4], elementwise_affine=False)", "nn.LayerNorm(3)",
        "nn.LayerNorm((2, 3, 4))", "nn.LayerNorm(0)", "nn.LayerNorm(1)", "nn.LayerNorm(())", "nn.LayerNorm((4, 5))")
add((2, 3, 4), "nn.LayerNorm((2, 3, 4, 5))", "nn.LayerNorm(-1)", "nn.LayerNorm(4.0)", "nn.LayerNorm('a')", "nn.LayerNorm(None)",
    "nn.LayerNorm(4, eps=1e-3)", "nn.LayerNorm(4, 1e-5, False)", "nn.LayerNorm(4, elementwise_affine=0)", "nn.LayerNorm((4.0,))",
    "nn.LayerNorm(True)", "nn.LayerNorm(4, eps='a')", "nn.LayerNorm(4, eps=None)", "nn.LayerNorm(4, 1e-5, True, None, None, 1)",
    "nn.LayerNorm()", "nn.LayerNorm((-1, 4))", "nn.LayerNorm((3, -4))", "nn.LayerNorm(4, bias=False)", "nn.LayerNorm(4, eps=True)",
    "nn.LayerNorm(4, eps=1)", "nn.LayerNorm((3, 'a'), elementwise_affine=False)", "nn.LayerNorm(('a', 4), elementwise_affine=False)",
    "nn.LayerNorm(4.5, elementwise_affine=False)", "nn.LayerNorm((3,), eps='a', elementwise_affine=False)",
    "nn.LayerNorm((-3,), elementwise_affine=False)", "nn.LayerNorm((True,), elementwise_affine=False)",
    "nn.LayerNorm(normalized_shape=4, eps=0.1)", "nn.LayerNorm('ab', elementwise_affine=False)", "nn.LayerNorm([4], device=None)",
    "nn.LayerNorm(4, dtype=1)")
add((2, 3, 4, 4), "nn.Sequential(nn.Flatten(), nn.LayerNorm(48), nn.Linear(48, 10))",
    "nn.Sequential(nn.LayerNorm((3, 4, 4)), nn.Flatten(), nn.Linear(48, 10))",
    "nn.Sequential(nn.Flatten(), nn.LayerNorm(16), nn.Linear(48, 10))",
    "nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.LayerNorm(2))")

# --- Dropout and the activations -------------------------------------------------------------
add((2, 3), "nn.Dropout()", "nn.Dropout(0.5)", "nn.Dropout(p=0.2)", "nn.Dropout(0)", "nn.Dropout(1)", "nn.Dropout(1.0)",
    "nn.Dropout(0.25, True)", "nn.Dropout(inplace=True)", "nn.Dropout(1.5)", "nn.Dropout(-0.1)", "nn.Dropout('a')",
    "nn.Dropout(None)", "nn.Dropout(True)", "nn.Dropout(0.5, False, 1)", "nn.Dropout(rate=0.5)", "nn.Dropout(1e-10)")
for shape in [(), (5,), (2, 3), (2, 3, 4), (2, 3, 4, 5), (0, 3)]:
    add(shape, "nn.ReLU()", "nn.LeakyReLU()", "nn.GELU()", "nn.Sigmoid()", "nn.Tanh()", "nn.Identity()", "nn.Dropout()")
add((2, 3), "nn.ReLU(True)", "nn.ReLU(inplace=True)", "nn.ReLU(1)", "nn.ReLU(inplace=False)", "nn.ReLU(True, 1)",
    "nn.ReLU(in_place=True)", "nn.LeakyReLU(0.2)", "nn.LeakyReLU(0.2, True)", "nn.LeakyReLU(negative_slope=0.1)",
    "nn.LeakyReLU(1)", "nn.LeakyReLU('a')", "nn.LeakyReLU(None)", "nn.LeakyReLU(0.1, True, 3)", "nn.LeakyReLU(slope=0.1)",
    "nn.GELU('tanh')", "nn.GELU(approximate='tanh')", "nn.GELU('foo')", "nn.GELU(1)", "nn.GELU(None)",
    "nn.GELU('none', 1)", "nn.Sigmoid(1)", "nn.Tanh(inplace=True)", "nn.Identity(3, 4)", "nn.Identity(54, unused='x')",
    "nn.LeakyReLU(negative_slope=1e-2, inplace=False)")

# --- The activations whose only argument is inplace -------------------------------------------------
for name in ("SiLU", "Mish", "Hardswish", "Hardsigmoid", "SELU", "ReLU6"):
    for shape in [(), (5,), (2, 3), (2, 3, 4, 5), (0, 3)]:
        add(shape, f"nn.{name}()")
    add((2, 3), f"nn.{name}(True)", f"nn.{name}(inplace=True)", f"nn.{name}(1)", f"nn.{name}(0)", f"nn.{name}('x')",
        f"nn.{name}(inplace=False)", f"nn.{name}(True, 1)", f"nn.{name}(in_place=True)", f"nn.{name}(nn.ReLU())",
        f"nn.{name}(inplace=None)")
    add((2, 3, 4, 4), f"nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.{name}())",
        f"nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.{name}(inplace=True))",
        f"nn.Sequential(nn.Conv2d(3, 8, 3), nn.{name}(), nn.Flatten(), nn.Linear(8 * 2 * 2, 10))")

# --- Dropout1d / Dropout2d / Dropout3d (eval mode: the input itself) --------------------------------
for name in ("Dropout1d", "Dropout2d", "Dropout3d"):
    for shape in [(), (4,), (3, 4), (2, 3, 4), (2, 3, 4, 5), (2, 3, 4, 5, 6), (2, 3, 4, 5, 6, 7), (0, 3, 4)]:
        add(shape, f"nn.{name}()")
    add((2, 3, 4), f"nn.{name}(0.2, True)", f"nn.{name}(1.5)", f"nn.{name}(p='a')", f"nn.{name}(p=0)", f"nn.{name}(1)",
        f"nn.{name}(-0.1)", f"nn.{name}(None)", f"nn.{name}(0.5, False, 1)", f"nn.{name}(rate=0.5)", f"nn.{name}(True)",
        f"nn.{name}(0.5, nn.ReLU())")
    add((2, 3, 4, 4), f"nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.{name}())")
add((8, 16, 100), "nn.Sequential(nn.Conv1d(16, 32, 3), nn.Dropout1d(0.1), nn.Flatten(), nn.Linear(32 * 98, 10))")
add((8, 3, 16, 16), "nn.Sequential(nn.Conv2d(3, 8, 3), nn.Dropout2d(0.1), nn.Flatten(), nn.Linear(8 * 14 * 14, 10))",
    "nn.Sequential(nn.Conv2d(3, 8, 3), nn.Dropout1d(0.1), nn.Flatten(), nn.Linear(8 * 14 * 14, 10))")

# --- Softmax / LogSoftmax: implicit dim (None) and explicit dims ----------------------------
for shape in [(), (5,), (2, 3), (2, 3, 4), (2, 3, 4, 5)]:
    for dim in ("", "None", "0", "1", "-1", "2", "-3", "4"):
        add(shape, f"nn.Softmax({dim})", f"nn.LogSoftmax({dim})")
add((2, 3), "nn.Softmax(dim=1)", "nn.Softmax(1.0)", "nn.Softmax(True)", "nn.Softmax('1')", "nn.Softmax(1, 2)",
    "nn.LogSoftmax(dim=-1)", "nn.LogSoftmax(axis=1)", "nn.Softmax((1,))", "nn.Softmax('x')", "nn.LogSoftmax('')")

# --- Sequential: real models, classic mistakes, nesting --------------------------------------
CNN = ("nn.Sequential(nn.Conv2d(3, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2), "
       "nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(), nn.Linear(32 * 8 * 8, 10))")
add((32, 3, 32, 32), CNN)
add((3, 32, 32), CNN)               # unbatched: Flatten() then merges the wrong dims
add((32, 1, 32, 32), CNN)           # channel mismatch
add((32, 3, 28, 28), CNN)           # wrong in_features for 28x28 images
add((32, 3, 28, 28),
    "nn.Sequential(nn.Conv2d(3, 16, 3), nn.Flatten(), nn.Linear(16 * 28 * 28, 10))",
    "nn.Sequential(nn.Conv2d(3, 16, 3), nn.Flatten(), nn.Linear(16 * 26 * 26, 10))",
    "nn.Sequential(nn.Conv2d(3, 16, 3), nn.Linear(16 * 26 * 26, 10))",
    "nn.Sequential(nn.Flatten(), nn.Linear(2352, 100), nn.ReLU(), nn.Linear(100, 10))",
    "nn.Sequential(nn.Flatten(0), nn.Linear(2352, 100))",
    "nn.Sequential(nn.Flatten(start_dim=0), nn.Linear(3 * 28 * 28, 100))",
    "nn.Sequential(nn.Linear(2352, 100))",
    "nn.Sequential(nn.Flatten(), nn.Linear(1000, 100))",
    "nn.Sequential(nn.Flatten(2), nn.Linear(784, 10))",
    "nn.Sequential(nn.Flatten(), nn.Unflatten(1, (3, 28, 28)), nn.Conv2d(3, 8, 5))",
    "nn.Sequential(nn.Conv2d(3, 16, 3), nn.BatchNorm2d(16), nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(16, 10))",
    "nn.Sequential(nn.Conv2d(3, 16, 3), nn.BatchNorm2d(32))",
    "nn.Sequential(nn.Conv2d(3, 16, 3), nn.BatchNorm1d(16))",
    "nn.Sequential(nn.Conv2d(3, 16, 3), nn.Flatten(), nn.BatchNorm1d(16))",
    "nn.Sequential(nn.Flatten(), nn.Dropout(0.5), nn.Linear(2352, 10), nn.LogSoftmax(dim=1))",
    "nn.Sequential(nn.MaxPool2d(2), nn.MaxPool2d(2), nn.MaxPool2d(2), nn.MaxPool2d(2), nn.MaxPool2d(2))",
    "nn.Sequential(nn.Conv2d(3, 8, 3), nn.Sequential(nn.ReLU(), nn.MaxPool2d(2)), nn.Flatten(), nn.Linear(8 * 13 * 13, 10))",
    "nn.Sequential(nn.Sequential(nn.Conv2d(3, 8, 3), nn.ReLU()), nn.Sequential(nn.Flatten(), nn.Linear(99, 10)))",
    "nn.Sequential(nn.Sequential(nn.Sequential(nn.Flatten())), nn.Linear(2352, 2))",
    "nn.Sequential()",
    "nn.Sequential(nn.Sequential())",
    "nn.Sequential(nn.Conv2d(3, 16, 3), nn.Flatten(dim=1), nn.Linear(10, 10))",
    "nn.Sequential(nn.Conv2d(3, 16, 3), nn.Flatten(), nn.Linear(10))",
    "nn.Sequential(nn.Conv2d(3, 16, 3), nn.ReLU(), nn.Sequential(nn.Flatten(), nn.Linear(5)), nn.ReLU())",
    "nn.Sequential(nn.Conv2d(3, 16, 3), 5, nn.ReLU())",
    "nn.Sequential(nn.Conv2d(3, 16, 3), (2, 2))",
    "nn.Sequential(nn.Conv2d(3, 16, 3), 'relu')",
    "nn.Sequential(nn.ReLU(), nn.ReLU(), nn.Sequential(nn.ReLU(), 3))",
    "nn.Sequential(nn.ReLU(), layers=2)",
    "nn.Sequential(nn.ReLU(), None)",
    "nn.Sequential(None, nn.ReLU())",
    "nn.Sequential(nn.Conv2d(3, 16, 3, padding='same', stride=2), nn.ReLU())",
    "nn.Sequential(nn.Conv2d(3, 6, 3, groups=4))",
    "nn.Sequential(nn.Identity(), nn.Flatten(), nn.Identity(), nn.Linear(2352, 1), nn.Sigmoid())",
    "nn.Sequential(nn.Flatten(), nn.Linear(2352, 10), nn.Softmax())",
    "nn.Sequential(nn.AvgPool2d(4), nn.Flatten(), nn.Linear(3 * 7 * 7, 10))",
    "torch.nn.Sequential(torch.nn.Conv2d(3, 16, 3), torch.nn.Flatten())",
    "nn.Sequential(nn.Conv2d(3, 16, 3), nn.Flatten(1, 2), nn.Linear(26, 4))",
    "nn.Sequential(nn.Conv2d(3, 16, 3), nn.Flatten(-2), nn.Linear(676, 4))",
    "nn.Sequential(nn.Conv2d(3, 16, 3), nn.Flatten(3, 1))",
    "nn.Sequential(nn.Conv2d(3, 16, 3), nn.Flatten(4))",
    "nn.Sequential(nn.Conv2d(3, 16, kernel_size=3, stride=2, padding=1), nn.GELU(), nn.Conv2d(16, 32, 3, 2, 1), "
    "nn.Tanh(), nn.Flatten(), nn.Linear(32 * 7 * 7, 10))")
add((32, 784), "nn.Sequential(nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 10))",
    "nn.Sequential(nn.Unflatten(1, (1, 28, 28)), nn.Conv2d(1, 8, 3), nn.Flatten(), nn.Linear(8 * 26 * 26, 10))",
    "nn.Sequential(nn.Conv2d(1, 8, 3))",
    "nn.Sequential(nn.Flatten(), nn.Linear(784, 10))",
    "nn.Sequential(nn.BatchNorm1d(784), nn.Linear(784, 10), nn.BatchNorm1d(10), nn.LeakyReLU(0.1))")
add((784,), "nn.Sequential(nn.Flatten(), nn.Linear(784, 10))",
    "nn.Sequential(nn.Flatten(0), nn.Linear(784, 10))",
    "nn.Sequential(nn.Linear(784, 10), nn.Softmax(dim=0))")
add((1, 28, 28), "nn.Sequential(nn.Flatten(), nn.Linear(784, 10))",
    "nn.Sequential(nn.Flatten(0), nn.Linear(784, 10))",
    "nn.Sequential(nn.Conv2d(1, 4, 3), nn.MaxPool2d(2), nn.Flatten(0), nn.Linear(4 * 13 * 13, 10))",
    "nn.Sequential(nn.Conv2d(1, 4, 3), nn.MaxPool2d(2), nn.Flatten(), nn.Linear(4 * 13 * 13, 10))")
add((), "nn.Sequential(nn.Flatten(0), nn.Linear(1, 2))", "nn.Sequential(nn.ReLU(), nn.Flatten())")
add((0, 3, 8, 8), "nn.Sequential(nn.Conv2d(3, 4, 3), nn.Flatten(), nn.Linear(144, 2))")
add((2, 3, 8, 8), "nn.Sequential(nn.Conv2d(3, 4, 3), nn.Flatten(0), nn.Linear(2 * 144, 2))")

# --- Huge shapes: PyTorch's meta device traces them without memory -------------------------
add_meta((100000, 3, 10000, 10000), "nn.Flatten()", "nn.MaxPool2d(2)", "nn.AvgPool2d(4)",
         "nn.AdaptiveAvgPool2d(2)", "nn.BatchNorm2d(3)", "nn.BatchNorm2d(4)", "nn.ReLU()", "nn.Flatten(0, 1)",
         "nn.Sequential(nn.MaxPool2d(10), nn.Flatten(), nn.Linear(3 * 1000 * 1000, 10))",
         "nn.Sequential(nn.MaxPool2d(10), nn.Flatten(), nn.Linear(3 * 100 * 100, 10))",
         "nn.Unflatten(0, (10, -1))", "nn.Flatten(2)", "nn.MaxPool2d(20000)")
add_meta((1000000, 1000000, 3), "nn.Linear(3, 4)", "nn.Linear(4, 3)", "nn.Flatten(0, 1)", "nn.Flatten()",
         "nn.Softmax(dim=-1)", "nn.LogSoftmax(1)", "nn.Dropout()", "nn.GELU()")
add_meta((2, 1000000000), "nn.Linear(1000000000, 2)", "nn.Sequential(nn.Linear(1000000000, 4), nn.ReLU(), nn.Linear(4, 1))",
         "nn.BatchNorm1d(1000000000, affine=False)", "nn.Unflatten(1, (1000, 1000, -1))")
add_meta((8, 4), "nn.Linear(4, 10000000000)", "nn.Sequential(nn.Linear(4, 1000000000), nn.Linear(1000000000, 3))")
add_meta((3000000000, 3), "nn.Flatten(0)", "nn.Linear(3, 3)")

# --- Odd argument values: PyTorch's own type errors, raised at construction or first call ----
add((1, 3, 8, 8),
    "nn.MaxPool2d('a')", "nn.MaxPool2d(2, stride='a')", "nn.MaxPool2d(2, padding=None)", "nn.MaxPool2d(None)",
    "nn.MaxPool2d([2, 2])", "nn.MaxPool2d((2, 2), (1, 1), (0, 0), (1, 1))", "nn.MaxPool2d(2, stride=(2, 2.0))",
    "nn.MaxPool2d(2, return_indices=0)", "nn.MaxPool2d(2, ceil_mode=None)", "nn.MaxPool2d(True)",
    "nn.MaxPool2d(2, stride=[])", "nn.MaxPool2d(())", "nn.MaxPool2d(2, padding=())", "nn.MaxPool2d(2, dilation=(1, 2, 3))",
    "nn.MaxPool2d(2, padding=(1, 1, 1))",
    "nn.AvgPool2d('a')", "nn.AvgPool2d(2, stride=None)", "nn.AvgPool2d(2, padding=(1, 1, 1))", "nn.AvgPool2d(2, count_include_pad=1)",
    "nn.AvgPool2d(2, divisor_override=-1)", "nn.AvgPool2d([3, 3], [2, 2], [1, 1])", "nn.AvgPool2d(2, stride=(2, 2.0))",
    "nn.AvgPool2d(())", "nn.AvgPool2d(2, padding=())",
    "nn.AdaptiveAvgPool2d('a')", "nn.AdaptiveAvgPool2d('ab')", "nn.AdaptiveAvgPool2d(True)", "nn.AdaptiveAvgPool2d(())",
    "nn.AdaptiveAvgPool2d((1, 2, None))",
    "nn.BatchNorm2d(3, eps='a')", "nn.BatchNorm2d(3, eps=None)", "nn.BatchNorm2d(3, momentum='a')", "nn.BatchNorm2d(3, eps=0)",
    "nn.BatchNorm2d(3, affine=0)", "nn.BatchNorm2d(3, affine=1, track_running_stats=0)", "nn.BatchNorm2d(True)",
    "nn.BatchNorm2d(3, eps=-1.0)",
    "nn.Conv2d(3, 4, 3, stride=(1,))", "nn.Conv2d(3, 4, 3, padding=(1,))", "nn.Conv2d(3, 4, 3, dilation=(2,))",
    "nn.Conv2d(3, 4, (3,), stride=(1,), padding=(0,), dilation=(1,))", "nn.Conv2d(3, 4, ())", "nn.Conv2d(3, 4, 'ab')",
    "nn.Conv2d(3, 4, 3, padding_mode=None)", "nn.Conv2d(3, 4, 3, padding_mode='zeros', padding='valid')",
    "nn.Conv2d(3, 4, [2, 3], padding=[1, 0])", "nn.Conv2d(True, 4, 3)", "nn.Conv2d(3, 4, 3, groups=True)",
    "nn.Conv2d(3, 4, 3, stride='a')", "nn.Conv2d(3, 4, 3, dilation=None)", "nn.Conv2d(3, 4, 3, stride=(2, 1.5))",
    "nn.Conv2d(3, 4, 3, padding='same', dilation=(1, 2))", "nn.Conv2d(3, 4, (1, 4), padding='same')",
    "nn.Flatten(start_dim=None, end_dim=None)", "nn.Flatten(1, 1.5)", "nn.Flatten('a', 'b')",
    "nn.Linear(64, 2, bias='no')", "nn.Linear(64, 2, bias=[])",
    "nn.Dropout(p=(0.5,))", "nn.Dropout(0.5, inplace='yes')",
    "nn.LeakyReLU(True)", "nn.LeakyReLU(-1)", "nn.LeakyReLU(0.1, inplace=None)",
    "nn.Softmax(dim=None)", "nn.Softmax(-4)", "nn.Softmax(3)", "nn.Softmax(-5)",
    "nn.Unflatten(1, (3, 1))", "nn.Unflatten(-1, [2, 4])", "nn.Unflatten(1, (3, -2))", "nn.Unflatten(3, (-1,))",
    "nn.Unflatten(1, ((1, 3),))", "nn.Unflatten('c', (('c', 3),))", "nn.Unflatten(1, (True, 3))",
    "nn.Identity(nn.ReLU())", "nn.Flatten(('a', 'b'), 'c')", "nn.Flatten([], 'c')", "nn.Flatten((1, 2), 'c')",
    "nn.BatchNorm1d((3, 3))", "nn.BatchNorm1d(())", "nn.BatchNorm1d((3, None))", "nn.BatchNorm1d([True, 3])",
    "nn.BatchNorm1d((3,), affine=False)", "nn.BatchNorm1d((None, 3), affine=False)", "nn.BatchNorm2d((3,))",
    "nn.LeakyReLU('a', True)", "nn.Linear(True, 2)", "nn.Linear(2, True)",
    "nn.MaxPool2d((2, None), 'x')", "nn.MaxPool2d((2, None), ceil_mode=1)", "nn.AvgPool2d(2, (1, None), 'x')")
add((1, 3, 1, 1), "nn.MaxPool2d(1)", "nn.AvgPool2d(1)", "nn.MaxPool2d(2, ceil_mode=True)", "nn.AvgPool2d(2, ceil_mode=True)",
    "nn.MaxPool2d(2, padding=1)", "nn.AvgPool2d(2, padding=1)", "nn.AdaptiveAvgPool2d(3)", "nn.Conv2d(3, 4, 1)",
    "nn.Conv2d(3, 4, 3, padding=1)", "nn.Conv2d(3, 4, 3, padding='same')")
add((2, 3, 5, 5), "nn.MaxPool2d(3, stride=2, padding=1, ceil_mode=True)", "nn.AvgPool2d(3, stride=2, padding=1, ceil_mode=True)",
    "nn.MaxPool2d(4, stride=3, ceil_mode=True)", "nn.AvgPool2d(4, stride=3, ceil_mode=True)",
    "nn.MaxPool2d(2, stride=3, padding=1, dilation=2, ceil_mode=True)", "nn.MaxPool2d(5, stride=10, ceil_mode=True)")
# Parameters too large for any device: PyTorch refuses them even on meta.
add_meta((8, 4), "nn.Linear(4, 2305843009213693952)", "nn.Linear(2147483648, 2147483648)",
         "nn.Sequential(nn.Flatten(), nn.Linear(1099511627776, 1099511627776))",
         "nn.Conv2d(1073741824, 1073741824, 1048576)", "nn.BatchNorm1d(2305843009213693952)",
         "nn.Linear(4, 1152921504606846976)")

# --- Seeded random constructor calls: odd argument mixes nobody thought to list by hand ------
def _random_cases(count, seed):
    import random
    rng = random.Random(seed)
    small_ints = ["0", "1", "2", "3", "-1", "5"]
    values = small_ints * 3 + ["None", "True", "False", "0.5", "1.5", "'same'", "'valid'", "'reflect'", "'x'",
                               "(1, 2)", "(2,)", "[3, 3]", "(2, None)", "()"]
    signatures = {
        "Conv2d": ["in_channels", "out_channels", "kernel_size", "stride", "padding", "dilation", "groups", "bias",
                   "padding_mode"],
        "MaxPool2d": ["kernel_size", "stride", "padding", "dilation", "return_indices", "ceil_mode"],
        "AvgPool2d": ["kernel_size", "stride", "padding", "ceil_mode", "count_include_pad", "divisor_override"],
        "AdaptiveAvgPool2d": ["output_size"],
        "Linear": ["in_features", "out_features", "bias"],
        "Flatten": ["start_dim", "end_dim"],
        "Unflatten": ["dim", "unflattened_size"],
        "BatchNorm1d": ["num_features", "eps", "momentum", "affine", "track_running_stats"],
        "BatchNorm2d": ["num_features", "eps", "momentum", "affine", "track_running_stats"],
        "Softmax": ["dim"], "LogSoftmax": ["dim"], "Dropout": ["p", "inplace"], "GELU": ["approximate"],
        "LeakyReLU": ["negative_slope", "inplace"], "ReLU": ["inplace"],
    }
    shapes = [(2, 3, 6, 6), (3, 6, 6), (2, 3), (3,), (), (1, 2, 5, 4), (0, 3, 4, 4)]
    for _ in range(count):
        name = rng.choice(sorted(signatures))
        params = signatures[name]
        positional = [rng.choice(values) for _ in range(rng.randint(0, min(3, len(params))))]
        keywords = []
        for param in rng.sample(params, rng.randint(0, min(2, len(params)))):
            keywords.append(f"{param}={rng.choice(values)}")
        # Mostly sensible leading arguments, so the forward checks are reached too.
        if name in ("Conv2d",) and rng.random() < 0.6:
            positional = ["3", rng.choice(["2", "4"]), rng.choice(["1", "2", "3", "(2, 3)"])] + positional[3:]
        keywords = [k for k in keywords if not k.startswith("return_indices")]
        expression = f"nn.{name}({', '.join(positional + keywords)})"
        CASES.append((rng.choice(shapes), expression))


_random_cases(400, 1913)


# --- Seeded random small networks: shapes flowing through several layers ---------------------
def _random_networks(count, seed):
    import random
    rng = random.Random(seed)
    layers = [
        lambda c: (f"nn.Conv2d({c}, {rng.choice([c, 4, 8])}, {rng.choice([1, 2, 3, 5])}, "
                   f"stride={rng.choice([1, 2])}, padding={rng.choice([0, 1, 2, repr('same')])})"),
        lambda c: f"nn.Conv2d({rng.choice([c, 3])}, 6, {rng.choice(['(1, 3)', '(3, 1)', '3'])}, dilation={rng.choice([1, 2])})",
        lambda c: f"nn.MaxPool2d({rng.choice([2, 3])}, stride={rng.choice(['None', '1', '2'])}, ceil_mode={rng.choice([True, False])})",
        lambda c: f"nn.AvgPool2d({rng.choice([2, 3])}, padding={rng.choice([0, 1])})",
        lambda c: f"nn.AdaptiveAvgPool2d({rng.choice(['1', '2', '(3, None)', '(None, 1)'])})",
        lambda c: f"nn.BatchNorm2d({rng.choice([c, 4])})",
        lambda c: f"nn.BatchNorm1d({rng.choice([c, 4, 16])})",
        lambda c: f"nn.Flatten({rng.choice(['', '0', '1', '2', '-2', '1, 2'])})",
        lambda c: f"nn.Unflatten(1, {rng.choice(['(2, -1)', '(4, 4)', '(1, -1)'])})",
        lambda c: f"nn.Linear({rng.choice([c, 4, 8, 16, 36, 48])}, {rng.choice([2, 4])})",
        lambda c: rng.choice(["nn.ReLU()", "nn.GELU()", "nn.Tanh()", "nn.Sigmoid()", "nn.Dropout(0.1)",
                              "nn.Softmax(dim=1)", "nn.LogSoftmax(-1)", "nn.LeakyReLU(0.2)", "nn.Identity()"]),
    ]
    shapes = [(2, 3, 8, 8), (3, 8, 8), (1, 4, 6, 6), (2, 4, 4, 4), (2, 16), (4,), (2, 3, 5, 7)]
    for _ in range(count):
        shape = rng.choice(shapes)
        channels = shape[1] if len(shape) == 4 else shape[0]
        parts = [rng.choice(layers)(channels) for _ in range(rng.randint(2, 5))]
        CASES.append((shape, "nn.Sequential(" + ", ".join(parts) + ")"))


_random_networks(300, 2026)

# --- Classic architectures -------------------------------------------------------------------
LENET = ("nn.Sequential(nn.Conv2d(1, 6, 5, padding=2), nn.Tanh(), nn.AvgPool2d(2, stride=2), nn.Conv2d(6, 16, 5), "
         "nn.Tanh(), nn.AvgPool2d(2, stride=2), nn.Flatten(), nn.Linear(16 * 5 * 5, 120), nn.Tanh(), "
         "nn.Linear(120, 84), nn.Tanh(), nn.Linear(84, 10))")
add((64, 1, 28, 28), LENET)
add((1, 28, 28), LENET)          # unbatched: Flatten() keeps 16 as a batch dim
add((64, 1, 32, 32), LENET)      # 32x32 input: in_features no longer 400
add((64, 3, 28, 28), LENET)      # RGB into a grayscale net
add((64, 784), LENET)            # images not reshaped
ALEXNET = ("nn.Sequential(nn.Conv2d(3, 64, kernel_size=11, stride=4, padding=2), nn.ReLU(inplace=True), "
           "nn.MaxPool2d(kernel_size=3, stride=2), nn.Conv2d(64, 192, kernel_size=5, padding=2), nn.ReLU(inplace=True), "
           "nn.MaxPool2d(kernel_size=3, stride=2), nn.Conv2d(192, 384, kernel_size=3, padding=1), nn.ReLU(inplace=True), "
           "nn.Conv2d(384, 256, kernel_size=3, padding=1), nn.ReLU(inplace=True), nn.Conv2d(256, 256, kernel_size=3, padding=1), "
           "nn.ReLU(inplace=True), nn.MaxPool2d(kernel_size=3, stride=2), nn.AdaptiveAvgPool2d((6, 6)), nn.Flatten(), "
           "nn.Dropout(p=0.5), nn.Linear(256 * 6 * 6, 4096), nn.ReLU(inplace=True), nn.Dropout(p=0.5), "
           "nn.Linear(4096, 4096), nn.ReLU(inplace=True), nn.Linear(4096, 1000))")
add_meta((8, 3, 224, 224), ALEXNET)
add_meta((3, 224, 224), ALEXNET)
add_meta((8, 3, 64, 64), ALEXNET)
VGG_BLOCK = ("nn.Sequential(nn.Conv2d(3, 64, 3, padding=1), nn.BatchNorm2d(64), nn.ReLU(True), nn.Conv2d(64, 64, 3, padding=1), "
             "nn.BatchNorm2d(64), nn.ReLU(True), nn.MaxPool2d(2, 2), nn.Flatten(), nn.Linear(64 * 16 * 16, 10))")
add((4, 3, 32, 32), VGG_BLOCK)
add((4, 3, 28, 28), VGG_BLOCK)


# --- Found by differential testing (differential_trace.py) ---------------------------------
# Conv2d: the kernel ATen picks (Empty, oneDNN, slow, slow dilated) and its own messages; the
# 'same' path's checks; F.pad's argument types for other padding modes; conv2d's and the pools'
# bindings unpacking their int lists right to left; Flatten's named-dims overload; Unflatten's
# wrapped dim and empty sizes; MaxPool2d(return_indices=True) and the tuple it returns.
add((2, 6, 8, 8), 'nn.Conv2d(6, 2, 3, dilation=0)')
add((2, 6, 8, 8), 'nn.Conv2d(6, 2, 3, dilation=0, padding=1)')
add((20, 6, 8, 8), 'nn.Conv2d(6, 2, 3, dilation=0)')
add((2, 6, 8, 8), 'nn.Conv2d(6, 2, 1, dilation=0)')
add((2, 6, 8, 8), 'nn.Conv2d(6, 2, (1,0))')
add((2, 6, 8, 8), 'nn.Conv2d(6, 2, (3,0))')
add((2, 6, 8, 8), 'nn.Conv2d(6, 2, 0)')
add((2, 6, 8, 8), 'nn.Conv2d(6, 2, 0, padding=1)')
add((2, 6, 8, 8), 'nn.Conv2d(6, 2, 3, dilation=(1,0))')
add((2, 6, 8, 8), "nn.Conv2d(6, 2, 3, dilation=(1,0), padding_mode='reflect', padding=1)")
add((2, 6, 8, 8), 'nn.Conv2d(6, 2, 3, stride=0)')
add((2, 5, 8, 8), "nn.Conv2d(6, 2, 3, 1, 'same', dilation=0)")
add((2, 5, 8, 8), "nn.Conv2d(6, 2, 3, 1, 'same', dilation=(1,0))")
add((2, 6, 8, 8), "nn.Conv2d(6, 2, 3, 1, 'same', dilation=(1,0))")
add((2, 6, 8, 8), "nn.Conv2d(6, 2, 3, 1, 'same', dilation=(0,1))")
add((2, 5, 8, 8), "nn.Conv2d(6, 2, 0, 1, 'same')")
add((2, 5, 8, 8), "nn.Conv2d(6, 2, (1,0), 1, 'same')")
add((2, 6, 8, 8), "nn.Conv2d(6, 2, (1,0), 1, 'same')")
add((2, 6, 8, 8), "nn.Conv2d(6, 2, (3,0), 1, 'same')")
add((2, 6, 8, 8), "nn.Conv2d(6, 2, (0,3), 1, 'same')")
add((2, 6, 8, 8), "nn.Conv2d(6, 2, 3, 1, 'same', dilation=(-1, 1))")
add((2, 6, 8, 8), "nn.Conv2d(6, 2, 3, 1, 'same', dilation=(-2, 1))")
add((2, 6, 8, 8), "nn.Conv2d(6, 2, 2, 1, 'same', dilation=(-1, 1))")
add((2, 6, 8, 8), "nn.Conv2d(6, 2, 3, 1, 'same', dilation=(1, 1, 1))")
add((2, 6, 8, 8), "nn.Conv2d(6, 2, 3, 1, 'same', dilation=(1,))")
add((2, 6, 8, 8), "nn.Conv2d(6, 2, 3, 1, 'same', dilation=())")
add((2, 6, 8, 8), "nn.Conv2d(6, 2, 3, (1,1,1), 'same')")
add((2, 6, 8, 8), "nn.Conv2d(6, 2, 3, (), 'same')")
add((2, 6, 1, 1), "nn.Conv2d(6, 2, 3, 1, 'same', dilation=4)")
add((2, 6, 0, 1), "nn.Conv2d(6, 2, 3, 1, 'same')")
add((0, 6, 3, 3), "nn.Conv2d(6, 2, 3, 1, 'same')")
add((2, 0, 3, 3), "nn.Conv2d(0, 2, 3, 1, 'same')")
add((6, 8, 2), "nn.Conv2d(1, 1, (2,), 1, 'same')")
add((6, 8, 2), "nn.Conv2d(1, 1, (2,), 1, 'valid')")
add((1, 6, 8, 2), "nn.Conv2d(1, 1, (2,), (1,), 'same')")
add((2, 6, 8), "nn.Conv2d(6, 1, (2,), 1, 'same', dilation=(1,1))")
add((2, 6, 8, 8), "nn.Conv2d(6, 1, (2,2,2), 1, 'same')")
add((2, 6, 8, 8), "nn.Conv2d(6, 1, (), 1, 'same')")
add((2, 6, 8), "nn.Conv2d(6, 1, (3,), 1, 'same', padding_mode='reflect')")
add((2, 6, 8, 8), "nn.Conv2d(6, 2, 3, 1, 'same', dilation=0)")
add((2, 6, 8, 8), "nn.Conv2d(6, 2, 3, 1, 'same', dilation=-1)")
add((2, 6, 8, 8), "nn.Conv2d(6, 2, 0, 1, 'same')")
add((2, 6, 8, 8), "nn.Conv2d(6, 2, (1,2,3), 1, 'valid')")
add((2, 6, 8, 8), "nn.Conv2d(6, 2, 3, stride=(1, None), padding=(1, None), dilation=(1, 'a'))")
add((2, 6, 8, 8), 'nn.Conv2d(6, 2, 3, stride=(1, None), padding=(1, None))')
add((2, 6, 8, 8), "nn.Conv2d(6, 2, 3, stride=(1, None), dilation=(1, 'a'))")
add((2, 6, 8, 8), "nn.Conv2d(6, 2, 3, padding=(1, None), dilation=(1, 'a'))")
add((2, 6, 8, 8), "nn.Conv2d(6, 2, 3, stride=(1, None), padding='valid', dilation=(1, 'a'))")
add((2, 6, 8, 8), "nn.Conv2d(6, 2, 3, stride=(1, None), padding=(1, None), dilation=(1, 'a'), padding_mode='reflect')")
add((2, 6, 8, 8), 'nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.Conv2d(6, 2, 3, bias=False))')
add((2, 6, 8, 8), "nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.Conv2d(6, 2, 3, padding='same'))")
add((2, 6, 8, 8), "nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.Conv2d(6, 2, 3, padding_mode='circular'))")
add((2, 6, 8, 8), 'nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.Identity(), nn.Sequential(nn.Identity(), nn.Sequential(), nn.Softmax()))')
add((2, 6, 8, 8), 'nn.Sequential(nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.Identity(), nn.BatchNorm2d(6)))')
add((2, 6, 8, 8), 'nn.Sequential(nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.Identity()), nn.AdaptiveAvgPool2d(1))')
add((2, 6, 8, 8), 'nn.Sequential(nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.Identity()), nn.Unflatten(1, (2, 3)))')
add((2, 6, 8, 8), 'nn.Sequential(nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.Identity()), nn.LogSoftmax(1))')
add((2, 6, 8, 8), 'nn.Sequential(nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.Identity()), nn.Dropout(0.2, True))')
add((2, 6, 8, 8), 'nn.Sequential(nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.Identity()), nn.LeakyReLU(0.2, True))')
add((2, 6, 8, 8), 'nn.Sequential(nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.Identity()), nn.Linear(4, 2))')
add((2, 6, 8, 8), 'nn.MaxPool2d(2, return_indices=True)')
add((2, 6, 8, 8), 'nn.MaxPool2d(2, return_indices=1)')
add((2, 6, 8, 8), "nn.MaxPool2d(2, return_indices='yes')")
add((2, 6, 8, 8), 'nn.MaxPool2d(2, return_indices=0)')
add((2, 6, 8), 'nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.Sequential(nn.Sequential(nn.Tanh())))')
add((2, 6, 8), 'nn.Sequential(nn.MaxPool2d(2, return_indices=True), None)')
add((2, 6, 8), 'nn.Sequential(nn.ReLU(), nn.MaxPool2d(2, return_indices=True), nn.GELU())')
add((1, 3, 5, 5), 'nn.Conv2d(3, 16, 3, dilation=0)')
add((3, 5, 5), 'nn.Conv2d(3, 16, 3, dilation=0)')
add((1, 3, 5, 5), 'nn.Conv2d(3, 16, 0)')
add((1, 4, 5, 5), 'nn.Conv2d(4, 16, 3, dilation=0, groups=2)')
add((1, 3, 5, 5), 'nn.Conv2d(3, 16, 4, dilation=0)')
add((1, 3, 5, 5), 'nn.Conv2d(3, 16, (4,3), dilation=0)')
add((1, 3, 100, 100), 'nn.Conv2d(3, 16, 3, dilation=0)')
add((1, 2, 100, 102), 'nn.Conv2d(2, 16, 3, dilation=0)')
add((1, 2, 100, 103), 'nn.Conv2d(2, 16, 3, dilation=0)')
add((1, 3, 5, 5), 'nn.Conv2d(3, 16, (1,0))')
add((2, 3, 5, 5), 'nn.Conv2d(3, 16, (1,0), dilation=0)')
add((2, 3, 5, 5), 'nn.Conv2d(3, 16, (0,1))')
add((2, 3, 5, 5), "nn.Conv2d(3, 16, (0,1), padding='same')")
add((2, 3, 5, 5), 'nn.Conv2d(3, 16, 1, dilation=-1)')
add((2, 3, 5, 5), 'nn.Conv2d(3, 16, 3, dilation=-1)')
add((1, 3, 5, 5), 'nn.Conv2d(3, 16, 3, dilation=-1)')
add((2, 3, 5, 5), 'nn.Conv2d(3, 16, 3, dilation=(2, 0))')
add((1, 3, 5, 5), 'nn.Conv2d(3, 16, 3, dilation=(2, 0))')
add((2, 3, 5, 5), "nn.Conv2d(3, 16, 3, dilation=0, padding_mode='circular', padding=1)")
add((1, 3, 5, 5), "nn.Conv2d(3, 16, 3, dilation=0, padding_mode='circular', padding=1)")
add((1, 3, 5, 5), 'nn.Conv2d(3, 16, 0, dilation=2)')
add((1, 3, 5, 5), 'nn.Conv2d(3, 16, (1,0), dilation=0)')
add((1, 3, 5, 5), 'nn.Conv2d(3, 16, (2,0), dilation=(2,1))')
add((1, 3, 5, 5), 'nn.Conv2d(3, 16, 3, dilation=(2,0))')
add((0, 3, 5, 5), 'nn.Conv2d(3, 16, 0)')
add((0, 3, 5, 5), 'nn.Conv2d(3, 16, 3, dilation=0)')
add((2, 0, 5, 5), 'nn.Conv2d(0, 16, 3, dilation=0)')
add((2, 0, 5, 5), 'nn.Conv2d(0, 16, 0)')
add((2, 3, 0, 5), 'nn.Conv2d(3, 16, 0)')
add((2, 3, 0, 5), 'nn.Conv2d(3, 16, 3, dilation=0)')
add((2, 3, 5, 5), 'nn.Conv2d(3, 0, 3, dilation=0)')
add((1, 3, 5, 5), 'nn.Conv2d(3, 16, 2, dilation=-3, stride=2)')
add((2, 3, 5, 5), 'nn.Conv2d(3, 16, 2, dilation=-3, stride=2)')
add((2, 3, 5, 5), "nn.Conv2d(3, 16, 4, padding='same')")
add((1, 3, 5, 6), "nn.Conv2d(3, 16, (2, 4), padding='same', dilation=(1, 3))")
add((1, 3, 5, 6), "nn.Conv2d(3, 16, (2, 4), padding='same', dilation=(3, 1))")
add((1, 3, 0, 6), "nn.Conv2d(3, 16, 2, padding='same')")
add((0, 3, 4, 6), "nn.Conv2d(3, 16, 2, padding='same')")
add((2, 6, 8, 8), "nn.Conv2d(6, 2, 3, padding=(1, None), padding_mode='reflect')")
add((2, 6, 8, 8), "nn.Conv2d(6, 2, 3, padding=(None, 1), padding_mode='reflect')")
add((2, 6, 8, 8), "nn.Conv2d(6, 2, 3, padding=(1, 2.0), padding_mode='circular', stride=(1, None))")
add((2, 6, 8, 8), "nn.Conv2d(6, 2, 3, padding=(1, True), padding_mode='replicate')")
add((2, 6, 8, 8), "nn.Conv2d(6, 2, 3, padding='same', padding_mode='replicate', stride=(1, None))")
add((2, 6, 8, 8), "nn.Conv2d(6, 2, 3, padding='same', padding_mode='replicate', dilation=(1, 2.0))")
add((2, 6, 8, 8), "nn.Conv2d(6, 2, 3, padding='valid', padding_mode='reflect', stride=(None, 1))")
add((2, 6, 8, 8), "nn.Conv2d(6, 2, 3, padding=1, padding_mode='reflect', groups=2.0)")
add((4, 4, 12), 'nn.Flatten((), None)')
add((4, 4, 12), 'nn.Flatten([], None)')
add((4, 4, 12), "nn.Flatten((), 'a')")
add((4, 4, 12), "nn.Flatten(('a',), 'b')")
add((4, 4, 12), "nn.Flatten(['a', 'b'], 'c')")
add((4, 4, 12), "nn.Flatten((1, 2), 'c')")
add((4, 4, 12), 'nn.Flatten((1, 2), None)')
add((4, 4, 12), "nn.Flatten('a', 'b')")
add((4, 4, 12), "nn.Flatten('a', None)")
add((4, 4, 12), 'nn.Flatten(None, None)')
add((4, 4, 12), "nn.Flatten(None, 'a')")
add((4, 4, 12), 'nn.Flatten(0, None)')
add((4, 4, 12), 'nn.Flatten(None, 0)')
add((4, 4, 12), 'nn.Flatten((), 1)')
add((4, 4, 12), 'nn.Flatten((), ())')
add((4, 4, 12), "nn.Flatten(1, 'x')")
add((4, 4, 12), "nn.Flatten('x', 1)")
add((4, 4, 12), "nn.Flatten('1x', 'b')")
add((4, 4, 12), 'nn.Flatten(1.5, 2)')
add((4, 4, 12), 'nn.Flatten(True, 2)')
add((4, 4, 12), 'nn.Flatten(1, False)')
add((4, 4, 12), 'nn.Flatten([1], 2)')
add((4, 4, 12), 'nn.Flatten((None,), None)')
add((4, 4, 12), "nn.Flatten(('a', None), 'x')")
add((4, 4, 12), "nn.Flatten((), '')")
add((4, 4, 12), "nn.Flatten('', '')")
add((), 'nn.Flatten((), None)')
add((4, 4, 12), "nn.Flatten(('1x',), '')")
add((4, 4, 12), "nn.Flatten(('1x',), 'b')")
add((4, 4, 12), "nn.Flatten(('a', 1), 'b')")
add((4, 4, 12), "nn.Flatten(('a', 1), None)")
add((4, 4, 12), 'nn.Flatten((None, 1), None)')
add((4, 4, 12), "nn.Flatten(('a', '2b'), None)")
add((4, 4, 12), "nn.Flatten(('a', 'b'), None)")
add((4, 4, 12), "nn.Flatten((None, 'b'), None)")
add((4, 4, 12), "nn.Flatten(('a', None), None)")
add((4, 4, 12), "nn.Flatten(['a', None], '9')")
add((4, 4, 12), 'nn.Flatten((1,), None)')
add((4, 4, 12), 'nn.Flatten((), 5)')
add((4, 4, 12), 'nn.Flatten([], [])')
add((4, 4, 12), 'nn.Flatten((1.5,), None)')
add((4, 4, 12), 'nn.Flatten((True,), None)')
add((4, 4, 12), 'nn.Flatten(((),), None)')
add((4, 4, 12), "nn.Flatten('1a', 'b')")
add((4, 4, 12), "nn.Flatten('a', '1b')")
add((4, 4, 12), "nn.Flatten(('a', 1.5), '')")
add((4, 4, 12), "nn.Flatten(('a', '1', 2), 'x')")
add((2, 6, 8, 8), 'nn.MaxPool2d((1,None))')
add((2, 6, 8, 8), 'nn.MaxPool2d((1,None), padding=(1,None))')
add((2, 6, 8, 8), "nn.MaxPool2d((1,None), 1, padding=(1,None), dilation=(1,'a'))")
add((2, 6, 8, 8), 'nn.MaxPool2d(1, (1,None), padding=(1,None))')
add((2, 6, 8, 8), 'nn.MaxPool2d(1, (1,None), padding=(1,None), return_indices=True)')
add((2, 6, 8, 8), 'nn.AvgPool2d((1,None))')
add((2, 6, 8, 8), 'nn.AvgPool2d((1,None), 1)')
add((2, 6, 8, 8), 'nn.AvgPool2d((1,None), 1, (1, None))')
add((2, 6, 8, 8), 'nn.AvgPool2d(1, (1, None), (1, None))')
add((2, 6, 8, 8), 'nn.AvgPool2d((1, None), (1, None), (1, None))')
add((2, 6, 8, 8), 'nn.AvgPool2d((1, None), (1, None), (1, None), divisor_override=1.5)')
add((2, 6, 8, 8), "nn.AvgPool2d((1, None), (1, None), (1, None), divisor_override='a')")
add((2, 6, 8, 8), 'nn.AvgPool2d(1, (1, None), divisor_override=(1,))')
add((2, 6, 8, 8), "nn.AvgPool2d((1, 2.0), (1, 'a'), (1, None), ceil_mode=1)")
add((16, 2, 1), "nn.Unflatten(-2, (64, 8, 3))", "nn.Unflatten(-1, (2, 5))", "nn.Unflatten(5, ())", "nn.Unflatten('a', [])")
add((), "nn.Unflatten(-1, (8, 4, 3))", "nn.Unflatten(2, (3, 7))", "nn.Unflatten(0, ())")
add((2, 3, 4, 4), "nn.MaxPool2d(2, return_indices=True)", "nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.ReLU())",
    "nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.Flatten())",
    "nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.Linear(2, 2))",
    "nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.Identity())",
    "nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.Conv2d(3, 3, 1))",
    "nn.Sequential(nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.Identity()), nn.ReLU())",
    "nn.Sequential(nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.ReLU(True)))",
    "nn.Sequential(nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.Sigmoid()))",
    "nn.Sequential(nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.Tanh()))",
    "nn.Sequential(nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.GELU()))",
    "nn.Sequential(nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.LeakyReLU()))",
    "nn.Sequential(nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.Dropout()))",
    "nn.Sequential(nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.Softmax(1)))",
    "nn.Sequential(nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.LogSoftmax()))",
    "nn.Sequential(nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.AvgPool2d(2)))",
    "nn.Sequential(nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.MaxPool2d(1)))",
    "nn.Sequential(nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.MaxPool2d(1, return_indices=True)))",
    "nn.Sequential(nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.AdaptiveAvgPool2d(1)))",
    "nn.Sequential(nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.BatchNorm2d(3)))",
    "nn.Sequential(nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.BatchNorm1d(3)))",
    "nn.Sequential(nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.Unflatten(1, (3, 1))))",
    "nn.Sequential(nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.Conv2d(3, 3, 1, bias=False)))",
    "nn.Sequential(nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.Conv2d(3, 3, 1, padding='same')))",
    "nn.Sequential(nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.Conv2d(3, 3, 1, padding_mode='reflect')))",
    "nn.Sequential(nn.Sequential(nn.MaxPool2d(2, return_indices=True), nn.Sequential()), nn.Tanh())",
    "nn.MaxPool2d(2, return_indices=True, ceil_mode=1)", "nn.MaxPool2d((2, 2.0), return_indices=1)")


# device= and dtype=: parsed as c10::Device does; this PyTorch has no CUDA; other backends refuse.
add((8, 16), 'nn.Linear(16, 6, True, 0)')
add((8, 16), 'nn.Linear(16, 6, True, -1)')
add((8, 16), "nn.Linear(16, 6, True, 'cpu')")
add((8, 16), "nn.Linear(16, 6, True, 'cuda')")
add((8, 16), "nn.Linear(16, 6, True, 'cuda:1')")
add((8, 16), "nn.Linear(16, 6, True, 'meta')")
add((8, 16), "nn.Linear(16, 6, True, 'xyz')")
add((8, 16), 'nn.Linear(16, 6, True, None, 7)')
add((8, 16), "nn.Linear(16, 6, True, None, 'float32')")
add((8, 16), 'nn.Linear(16, 6, True, None, None)')
add((8, 16), 'nn.Linear(16, 6, True, 1.5)')
add((8, 16), 'nn.Linear(16, 6, True, True)')
add((8, 16), 'nn.Linear(16, 6, device=(1,))')
add((8, 16), 'nn.Conv2d(16, 6, 3, device=0)')
add((8, 16), 'nn.BatchNorm1d(16, device=0)')
add((8, 16), 'nn.BatchNorm1d(16, dtype=0)')
add((8, 16), 'nn.Linear(0, 6, device=0)')
add((8, 16), 'nn.Linear(-1, 6, device=0)')
add((8, 16), 'nn.Linear(-1, 6, device=1.5)')
add((8, 16), 'nn.Linear(2.0, 6, device=0)')
add((8, 16), "nn.Linear(16, 6, device='cpu:0')")
add((8, 16), "nn.Linear(16, 6, device='cpu:1')")
add((8, 16), "nn.Linear(16, 6, device='cpu:-1')")
add((8, 16), "nn.Linear(16, 6, device='CPU')")
add((8, 16), "nn.Linear(16, 6, device='')")
add((8, 16), "nn.Linear(16, 6, device='meta:0')")
add((8, 16), "nn.Linear(16, 6, device='mps')")
add((8, 16), "nn.Linear(16, 6, device='xla')")
add((8, 16), "nn.Linear(16, 6, device='privateuseone')")
add((8, 16), "nn.Linear(16, 6, device='cuda:x')")
add((8, 16), "nn.Linear(16, 6, device='cpu:01')")
add((8, 16), 'nn.Linear(16, 6, bias=False, device=0)')
add((8, 16), 'nn.Conv2d(16, 6, -3, device=0)')
add((8, 16), 'nn.BatchNorm1d(-3, device=0)')
add((8, 16), 'nn.BatchNorm1d(16, affine=False, device=0)')
add((8, 16), 'nn.BatchNorm1d(16, affine=False, track_running_stats=False, device=0)')
add((8, 16), 'nn.BatchNorm1d(16, affine=False, track_running_stats=False, device=1.5)')
add((8, 16), 'nn.BatchNorm1d(16, affine=False, device=1.5)')
add((8, 16), "nn.BatchNorm2d(16, affine=False, dtype='x')")
add((8, 16), 'nn.Flatten(device=0)')
add((8, 16), 'nn.Dropout(device=0)')
add((8, 16), "nn.Linear(2.0,3,device='xla')")
add((8, 16), "nn.Linear(2.0,3,device='mkldnn')")
add((8, 16), "nn.Linear(-2,3,device='opengl')")
add((8, 16), "nn.Linear(2.0,3,device='cuda:2147483648')")
add((8, 16), "nn.Linear(2,3,device='cuda:2147483647')")
add((8, 16), "nn.Linear(2,3,device='cpu:2147483647')")
add((8, 16), "nn.Linear(2,3,device='xyz:99999999999')")
add((8, 16), "nn.Linear(2,3,device='cpu:-0')")
add((8, 16), 'nn.Linear(3.0, 2,device=-1)')
add((8, 16), "nn.Linear(3.0, 2,device='cpu:x')")
add((8, 16), 'nn.Linear(2,3.0,device=-1)')
add((8, 16), 'nn.Linear(2,3,device=-1, dtype=1)')
add((8, 16), "nn.Conv2d(16, 6, (3, 2.0), device='cuda')")
add((8, 16), "nn.Conv2d(16, 6, 3, device='ve', dtype=None)")
add((8, 16), "nn.BatchNorm1d(True, device='cpu')")
add((8, 16), "nn.BatchNorm1d(3.0, device='cuda')")
add((8, 16), "nn.Sequential(nn.Linear(16, 4, device='cpu'), nn.ReLU(), nn.Linear(4, 2, device='cuda'))")


# BatchNorm with a tuple num_features (its parameters take that shape) and padding_mode as a list.
add((16, 1, 6), 'nn.BatchNorm1d(())')
add((16, 2, 6), 'nn.BatchNorm1d(())')
add((16, 0, 6), 'nn.BatchNorm1d(())')
add((16, 1), 'nn.BatchNorm1d(())')
add((16, 1, 6), 'nn.BatchNorm1d((), affine=False)')
add((16, 1, 6), 'nn.BatchNorm1d((), track_running_stats=False)')
add((16, 2, 6), 'nn.BatchNorm1d((), track_running_stats=False)')
add((16, 1, 6, 6), 'nn.BatchNorm2d(())')
add((4, 0, 6), 'nn.BatchNorm1d([])')
add((16, 1, 6), 'nn.BatchNorm1d((1,))')
add((16, 2, 6), 'nn.BatchNorm1d((1,2))')
add((16, 1, 6), 'nn.BatchNorm1d((1,1))')
add((16, 4, 6), 'nn.BatchNorm1d((2,2), affine=False)')
add((16, 4, 6), 'nn.BatchNorm1d((2,2), track_running_stats=False)')
add((16, 1, 6), 'nn.BatchNorm1d((), affine=False, track_running_stats=False)')
add((4, 0, 6), 'nn.BatchNorm1d((3,0))')
add((4, 0, 6), 'nn.BatchNorm1d((0,3))')
add((4, 0, 6), 'nn.BatchNorm1d((), affine=False)')
add((4, 0, 6), 'nn.BatchNorm1d(0)')
add((0, 3, 6), 'nn.BatchNorm1d(())')
add((0, 3, 6), 'nn.BatchNorm1d((1,6))')
add((0, 3, 6), 'nn.BatchNorm1d((2,3,6))')
add((0, 3, 6), 'nn.BatchNorm1d((2,1,1,1,1))')
add((0, 3, 6), 'nn.BatchNorm1d((2,2))')
add((0, 3, 6, 5), 'nn.BatchNorm2d((2,6,1))')
add((16, 1, 6), 'nn.BatchNorm1d((1,1), affine=True, track_running_stats=False)')
add((6, 8, 1, 8), 'nn.Conv2d(8, 4, 1, padding_mode=[])')
add((6, 8, 1, 8), "nn.Conv2d(8, 4, 1, padding_mode=('zeros',))")
add((6, 8, 1, 8), 'nn.Conv2d(8, 4, 1, padding_mode=None)')


# Modules as constructor arguments (kept as attributes, so printed as children); 'same' padding's
# Python arithmetic on odd dilation and kernel types.
add((2, 3), 'nn.ReLU(nn.ReLU())')
add((2, 3), 'nn.ReLU(inplace=nn.Identity())')
add((2, 3), 'nn.Dropout(nn.ReLU())')
add((2, 3), 'nn.Dropout(0.5, nn.ReLU())')
add((2, 3), 'nn.LeakyReLU(nn.ReLU())')
add((2, 3), 'nn.LeakyReLU(0.1, nn.ReLU())')
add((2, 3), 'nn.Softmax(nn.ReLU())')
add((2, 3), 'nn.GELU(nn.ReLU())')
add((2, 3), 'nn.Flatten(nn.ReLU())')
add((2, 3), 'nn.Flatten(0, nn.ReLU())')
add((2, 3), 'nn.Linear(nn.ReLU(), 3)')
add((2, 3), 'nn.Linear(3, 3, nn.ReLU())')
add((2, 3), 'nn.Linear(3, 3, bias=nn.ReLU())')
add((2, 3, 4, 4), 'nn.Conv2d(3, 3, 1, bias=nn.ReLU())')
add((2, 3, 4, 4), 'nn.Conv2d(3, 3, nn.ReLU())')
add((2, 3, 4, 4), 'nn.MaxPool2d(2, ceil_mode=nn.ReLU())')
add((2, 3, 4, 4), 'nn.MaxPool2d(nn.ReLU())')
add((2, 3, 4, 4), 'nn.AvgPool2d(2, count_include_pad=nn.ReLU())')
add((2, 3, 4, 4), 'nn.AdaptiveAvgPool2d(nn.ReLU())')
add((2, 3, 4, 4), 'nn.BatchNorm2d(3, eps=nn.ReLU())')
add((2, 3, 4, 4), 'nn.Unflatten(1, nn.ReLU())')
add((2, 3, 4, 4), 'nn.Identity(nn.ReLU(), x=nn.Tanh())')
add((2, 3, 4, 4), 'nn.Sequential(nn.ReLU(nn.Sigmoid()), nn.Tanh())')
add((2, 3, 4, 4), 'nn.Sequential(nn.ReLU(), (nn.Tanh(),))')
add((2, 3, 4, 4), 'nn.Sequential(nn.ReLU(), [nn.Tanh()])')
add((2, 3, 4, 4), 'nn.Sequential(nn.Sequential(nn.ReLU(nn.ReLU())))')
add((2, 3, 4, 4), 'nn.Linear(4, 2, device=nn.ReLU())')
add((2, 3), 'nn.ReLU(nn.Sequential())')
add((2, 3), 'nn.ReLU(nn.Sequential(nn.Tanh(), nn.ReLU(nn.ReLU())))')
add((2, 3), 'nn.Dropout(0.5, nn.Sequential(nn.Tanh()))')
add((2, 3), 'nn.Dropout(0.5, nn.Sequential())')
add((2, 3), 'nn.LeakyReLU(0.2, nn.Sequential())')
add((2, 3), 'nn.Sequential(nn.LeakyReLU(0.2, inplace=nn.Sequential(nn.Sigmoid())), nn.ReLU(nn.Sequential()))')
add((5,), "nn.Conv2d(16, 6, (4, 3), stride=(), padding='same', dilation='x', groups=2)")
add((2, 16, 5, 5), "nn.Conv2d(16, 6, (4, 3), padding='same', dilation='xy')")
add((2, 16, 5, 5), "nn.Conv2d(16, 6, (4, 3), padding='same', dilation=(None, 1))")
add((2, 16, 5, 5), "nn.Conv2d(16, 6, (4, 3), padding='same', dilation=((1,), 1))")
add((2, 16, 5, 5), "nn.Conv2d(16, 6, (4, 3), padding='same', dilation=([1], 1))")
add((2, 16, 5, 5), "nn.Conv2d(16, 6, (4.0, 3), padding='same', dilation=('a', 1))")
add((2, 16, 5, 5), "nn.Conv2d(16, 6, (4.0, 3), padding='same', dilation=(None, 1))")
add((2, 16, 5, 5), "nn.Conv2d(16, 6, ('a', 3), padding='same')")
add((2, 16, 5, 5), "nn.Conv2d(16, 6, (None, 3), padding='same')")
add((2, 16, 5, 5), "nn.Conv2d(16, 6, ((2,), 3), padding='same')")
add((2, 16, 5, 5), "nn.Conv2d(16, 6, (True, 3), padding='same', dilation=(2.5, True))")
add((2, 16, 5, 5), "nn.Conv2d(16, 6, 3, padding='same', dilation=1.5)")
add((2, 16, 5, 5), "nn.Conv2d(16, 6, 'ab', padding='same')")
add((2, 16, 5, 5), "nn.Conv2d(16, 6, 3, padding='same', dilation=())")
add((2, 16, 5, 5), "nn.Conv2d(16, 6, (), padding='same', dilation=None)")


# Empty tensors may have huge sizes: the pools keep output sizes in 32 bits, flatten's product
# wraps around in int64. A layer whose output outgrows what storage can address fails there.
add((0, 2147483648, 1000000000000, 3), "nn.AvgPool2d(3, 2)", "nn.MaxPool2d(3, 2)", "nn.AvgPool2d(3, 2, ceil_mode=True)",
    "nn.AvgPool2d((3, 1), 1)", "nn.Flatten(0, 1)")
add((0, 3, 3, 1099511627776), "nn.MaxPool2d(3, 2)", "nn.AvgPool2d(3, 2, ceil_mode=True)")
add((0, 3, 8589934597, 7), "nn.MaxPool2d(3, 2)")
# (Sizes above 2^53 are chosen exact in a double: the C++ golden reader goes through QJsonValue.)
add((0, 2147483648, 3, 9223372036854774784, 8), "nn.Flatten()")
add((0, 1000000000000, 0, 4611686018427387904, 4), "nn.Flatten(-2)")
add((2, 0, 4611686018427387904, 4), "nn.Flatten(-2)", "nn.Flatten()")
add((0, 2, 4611686018427389952, 4), "nn.Flatten(-2)", "nn.Flatten(0)")
add((0, 9223372036854774784, 2), "nn.Flatten()")
add((4, 0, 1125899906842624, 1125899906842624), "nn.ReLU()", "nn.Flatten()")
add_meta((4, 2, 2147483648, 0), "nn.Linear(0, 3000000000)", "nn.Linear(0, 3000000000, bias=False)")
add_meta((2147483648, 8), "nn.Linear(8, 8589934592)", "nn.Sequential(nn.Linear(8, 8589934592), nn.Flatten(1, 2))")
add_meta((2, 1073741824, 8), "nn.Linear(8, 8589934592)")
add_meta((2147483648, 1, 1, 1), "nn.Conv2d(1, 8589934592, 1)")
add_meta((1, 1, 2, 2), "nn.AdaptiveAvgPool2d((2147483648, 2147483648))")


# F.pad for the padding modes: one, two or three pairs of pads, each with the ranks it accepts.
add((2, 3, 5, 5), "nn.Conv2d(3, 4, 3, padding=(), padding_mode='circular')")
add((2, 3, 5, 5), "nn.Conv2d(3, 4, 3, padding=(), padding_mode='reflect')")
add((2, 3, 5, 5), "nn.Conv2d(3, 4, 3, padding=(1,), padding_mode='reflect')")
add((3, 5, 5), "nn.Conv2d(3, 4, 3, padding=(1,), padding_mode='reflect')")
add((3, 5, 5), "nn.Conv2d(3, 4, 3, padding=(1,), padding_mode='circular')")
add((2, 3, 5, 5), "nn.Conv2d(3, 4, 3, padding=(1,), padding_mode='circular')")
add((2, 3, 5, 5), "nn.Conv2d(3, 4, 3, padding=(1,1,1), padding_mode='reflect')")
add((2, 3, 5, 5), "nn.Conv2d(3, 4, 3, padding=(1,1,1), padding_mode='circular')")
add((3, 5, 5), "nn.Conv2d(3, 4, 3, padding=(1,1,1), padding_mode='replicate')")
add((5, 5), "nn.Conv2d(3, 4, 3, padding=(), padding_mode='reflect')")
add((5,), "nn.Conv2d(3, 4, 3, padding=1, padding_mode='reflect')")
add((5,), "nn.Conv2d(3, 4, 3, padding=(), padding_mode='replicate')")
add((2, 3, 5, 5), "nn.Conv2d(3, 4, 3, padding=(1,1,1,1), padding_mode='reflect')")
add((3, 5, 5), "nn.Conv2d(3, 4, 3, padding=(6,), padding_mode='reflect')")
add((3, 5, 5), "nn.Conv2d(3, 4, 3, padding=(2,), padding_mode='replicate')")
add((3, 5, 5), "nn.Conv2d(3, 4, 3, padding=(2,), padding_mode='circular')")
add((3, 5, 5), "nn.Conv2d(3, 4, 3, padding=(6,), padding_mode='circular')")
add((5, 5), "nn.Conv2d(3, 4, 3, padding=(1,), padding_mode='reflect')")
add((16, 1, 3), "nn.Sequential(nn.Tanh(), nn.AdaptiveAvgPool2d((None, 2)), torch.nn.Conv2d(2, 3, 2, 2, (), (), 1, bias=False, padding_mode='reflect'))")
add((3, 3, 5, 2), "nn.Sequential(nn.Dropout(True), torch.nn.Conv2d(2, 4, kernel_size=0, stride=2, padding=(), dilation=(3,), groups=1, bias=False, padding_mode='replicate'))")
add((12, 6, 8, 12), "nn.Sequential(torch.nn.Conv2d(12, 6, (), (0, 2), (), True, 3, True, 'replicate'), nn.ReLU())")


# ==== Recurrent layers and Embedding (RNN, LSTM, GRU, Embedding; int64 inputs) ================
# RNN/LSTM/GRU return tuples: (output, h_n) and (output, (h_n, c_n)); the next layer of a
# Sequential receives the tuple. Embedding takes int64 ids: add_int64 traces
# torch.zeros(shape, dtype=torch.int64), as `trace --dtype int64` does.


def add_int64(shape, *expressions):
    for expression in expressions:
        CASES.append((tuple(shape), expression, "cpu", "int64"))


# === int64 inputs to the layers of part A (ELU, pads, norms, ConvTranspose, Upsample ...) and the
# recurrent layers without a bias: each kernel's dtype rule, after the layer's own checks.
add_int64((2,3,4,5), 'nn.Threshold(0.1, 20)')
add_int64((2,3,4,5), 'nn.Hardtanh()')
add_int64((2,3,4,5), 'nn.ELU()')
add_int64((2,3,4,5), 'nn.CELU()')
add_int64((2,3,4,5), 'nn.PReLU()')
add_int64((2,3,4,5), 'nn.Softplus()')
add_int64((2,3,4,5), 'nn.Softshrink()')
add_int64((2,3,4,5), 'nn.Hardshrink()')
add_int64((2,3,4,5), 'nn.Softsign()')
add_int64((2,3,4,5), 'nn.Tanhshrink()')
add_int64((2,3,4,5), 'nn.LogSigmoid()')
add_int64((2,3,4,5), 'nn.Softmin(1)')
add_int64((2,3,4,5), 'nn.Softmin(-1)')
add_int64((2,3,4,5), 'nn.Softmax2d()')
add_int64((2,3,4,5), 'nn.ZeroPad2d(1)')
add_int64((2,3,4), 'nn.ConstantPad1d(1, 0)')
add_int64((2,3,4,5), 'nn.ConstantPad2d(1, 0)')
add_int64((2,3,4,5,6), 'nn.ConstantPad3d(1, 0)')
add_int64((2,3,4), 'nn.ReflectionPad1d(1)')
add_int64((2,3,4,5), 'nn.ReflectionPad2d(1)')
add_int64((2,3,4,5,6), 'nn.ReflectionPad3d(1)')
add_int64((2,3,4), 'nn.ReplicationPad1d(1)')
add_int64((2,3,4,5), 'nn.ReplicationPad2d(1)')
add_int64((2,3,4,5,6), 'nn.ReplicationPad3d(1)')
add_int64((2,3,4,5,6), 'nn.BatchNorm3d(3)')
add_int64((2,3,4), 'nn.InstanceNorm1d(3)')
add_int64((2,3,4,5), 'nn.InstanceNorm2d(3)')
add_int64((2,3,4,5,6), 'nn.InstanceNorm3d(3)')
add_int64((2,3,4,5), 'nn.InstanceNorm2d(3, affine=True)')
add_int64((2,3,4,5), 'nn.GroupNorm(1, 3)')
add_int64((2,4,4,5), 'nn.PixelShuffle(2)')
add_int64((2,3,4,6), 'nn.PixelUnshuffle(2)')
add_int64((2,3,4,5), 'nn.ChannelShuffle(3)')
add_int64((2,3,4), 'nn.ConvTranspose1d(3, 2, 2)')
add_int64((2,3,4,5), 'nn.ConvTranspose2d(3, 2, 2)')
add_int64((2,3,4,5,6), 'nn.ConvTranspose3d(3, 2, 2)')
add_int64((2,3,4,5), 'nn.Upsample(scale_factor=2)')
add_int64((2,3,4), 'nn.Upsample(scale_factor=2)')
add_int64((2,3,4,5,6), 'nn.Upsample(scale_factor=2)')
add_int64((2,3,4,5), "nn.Upsample(scale_factor=2, mode='nearest-exact')")
add_int64((2,3,4), "nn.Upsample(scale_factor=2, mode='linear')")
add_int64((2,3,4,5), "nn.Upsample(scale_factor=2, mode='bilinear')")
add_int64((2,3,4,5), "nn.Upsample(scale_factor=2, mode='bicubic')")
add_int64((2,3,4,5,6), "nn.Upsample(scale_factor=2, mode='trilinear')")
add_int64((2,3,4,5), "nn.Upsample(size=2, mode='area')")
add_int64((2,3,4,5), 'nn.UpsamplingNearest2d(scale_factor=2)')
add_int64((2,3,4,5), 'nn.UpsamplingBilinear2d(scale_factor=2)')
add_int64((2,5,3), 'nn.RNN(3, 4)')
add_int64((2,5,3), 'nn.RNN(3, 4, num_layers=2, bias=False)')
add_int64((2,5,3), 'nn.LSTM(3, 4)')
add_int64((2,5,3), 'nn.GRU(3, 4)')
add_int64((5,3), 'nn.RNN(3, 4)')
add_int64((2,0,4), 'nn.ReflectionPad1d(1)')
add_int64((2,3,4), 'nn.ReflectionPad1d(5)')
add_int64((2,3,4,4), 'nn.ReflectionPad2d(5)')
add_int64((2,0,4,4,4), 'nn.ReflectionPad3d(1)')
add_int64((2,3,4,4,4), 'nn.ReflectionPad3d(5)')
add_int64((2,0,4), 'nn.ReplicationPad1d(1)')
add_int64((2,3,0,4), 'nn.ReplicationPad2d(1)')
add_int64((2,0,4,4,4), 'nn.ReplicationPad3d(1)')
add_int64((2,3,4), 'nn.ReplicationPad1d(-5)')
add_int64((0,3,4), 'nn.ReflectionPad1d(1)')
add_int64((0,3,4,4), 'nn.ReplicationPad2d(1)')
add_int64((0,3), 'nn.PReLU()')
add_int64((2,4), 'nn.PReLU(3)')
add_int64((0,3), 'nn.ELU()')
add_int64((0,3), 'nn.LogSigmoid()')
add_int64((2,3,1), 'nn.InstanceNorm1d(3)')
add_int64((2,4,5), 'nn.InstanceNorm1d(3)')
add_int64((2,3,5), 'nn.GroupNorm(2, 4)')
add_int64((0,4,5), 'nn.GroupNorm(2,4)')
add_int64((2,4,4,5), 'nn.ConvTranspose2d(3, 2, 2)')
add_int64((0,3,4,5), 'nn.ConvTranspose2d(3, 2, 2)')
add_int64((2,3,4,5), 'nn.ConvTranspose2d(3, 2, 2, bias=False)')
add_int64((0,3,4,5), 'nn.Upsample(scale_factor=2)')
add_int64((2,3,4), "nn.Upsample(scale_factor=2, mode='bilinear')")
add_int64((2,3,4), "nn.Upsample(size=2, mode='area')")
add_int64((2,3,4,5,6), "nn.Upsample(size=2, mode='area')")
add_int64((2,5,3), 'nn.RNN(3, 4, bias=False)')
add_int64((2,5,3), 'nn.GRU(3, 4, bias=False)')
add_int64((5,3), 'nn.LSTM(3, 4, bias=False)')
add_int64((2,5,3), 'nn.LSTM(3, 4, proj_size=2)')
# batch_first: the recurrence reads the input's transpose, a non-contiguous copy only when both
# the batch and the steps are more than one, and then mm's words come even with a bias.
for _shape in ((2,5,3), (1,5,3), (2,1,3), (5,3), (0,5,3), (2,5,0)):
    add_int64(_shape, 'nn.LSTM(3, 4, batch_first=True)')
add_int64((2,5,3), 'nn.GRU(3, 4, batch_first=True)')
add_int64((2,5,3), 'nn.RNN(3, 4, batch_first=True, bias=False)')
add_int64((2,5,4), 'nn.RNN(3, 4, bias=False)')
add_int64((16,5,5,0), 'nn.BatchNorm2d(3)')
add_int64((0,5,5,5), 'nn.BatchNorm2d(5)')
add_int64((0,5), 'nn.BatchNorm1d(5)')
add_int64((0,3,4,4), 'nn.InstanceNorm2d(3)')


_RECURRENT = ["nn.RNN", "nn.LSTM", "nn.GRU"]
for _rnn in _RECURRENT:
    # Constructor binding and RNNBase.__init__'s checks, in order.
    add((3, 5, 10), f"{_rnn}(10, 20)", f"{_rnn}(10, 20, 2)", f"{_rnn}(10, 20, num_layers=3, bias=False)",
        f"{_rnn}(10, 20, batch_first=True)", f"{_rnn}(10, 20, bidirectional=True)", f"{_rnn}(10, 20, 2, dropout=0.5)",
        f"{_rnn}(10, 20, dropout=0.5)", f"{_rnn}(10, 20, dropout=1)", f"{_rnn}(10, 20, dropout=0)", f"{_rnn}(10, 20, dropout=1.5)",
        f"{_rnn}(10, 20, dropout=-0.1)", f"{_rnn}(10, 20, dropout=True)", f"{_rnn}(10, 20, dropout='a')",
        f"{_rnn}(10, 20, dropout='0.5')", f"{_rnn}(10, 20, dropout=None)", f"{_rnn}(10, 20, dropout=(1,))",
        f"{_rnn}(10.0, 20)", f"{_rnn}(10, 20.0)", f"{_rnn}(10, 2.5)", f"{_rnn}('a', 20)", f"{_rnn}(None, 20)", f"{_rnn}(10, 'a')",
        f"{_rnn}(10, None)", f"{_rnn}(10, (20,))", f"{_rnn}(10, 0)", f"{_rnn}(10, -1)", f"{_rnn}(0, 5)", f"{_rnn}(-1, 5)",
        f"{_rnn}(10, 20, 0)", f"{_rnn}(10, 20, -1)", f"{_rnn}(10, 20, 1.5)", f"{_rnn}(10, 20, None)", f"{_rnn}(10, 20, 'a')",
        f"{_rnn}(10, 20, True)", f"{_rnn}(10, 20, num_layers=True)", f"{_rnn}()", f"{_rnn}(10)", f"{_rnn}(10, 20, foo=1)",
        f"{_rnn}(10, 20, input_size=3)", f"{_rnn}(10, 20, mode='x')", f"{_rnn}(10, 20, 2, True, True, 0.0, True, 0, None, None, 5)",
        f"{_rnn}(10, 20, 1, True, False, 0.0, False, 5)", f"{_rnn}(10, 20, proj_size=5)", f"{_rnn}(10, 20, proj_size=0)",
        f"{_rnn}(10, 20, bias=0)", f"{_rnn}(10, 20, bias=None)", f"{_rnn}(10, 20, batch_first=1)", f"{_rnn}(10, 20, bidirectional=1)",
        f"{_rnn}(10, 20, bidirectional='x')", f"{_rnn}(True, 3)", f"{_rnn}(10, True)", f"{_rnn}(10, 20, device='cpu')",
        f"{_rnn}(10, 20, device='cuda')", f"{_rnn}(10, 20, dtype=None)", f"{_rnn}(4611686018427387904, 2)", f"{_rnn}(10, 2305843009213693952)",
        f"{_rnn}(10, 20, 2, dropout=1e-300)", f"{_rnn}(input_size=10, hidden_size=20)", f"{_rnn}(10, 20, 2, True, True, 0.2, True)",
        f"{_rnn}(num_layers=2, hidden_size=4, input_size=10, batch_first=True, bidirectional=True)")
    # Forward: batched, unbatched, wrong rank, input size, empty sizes, both layouts.
    for _shape in [(5, 10), (3, 5, 10), (10,), (), (2, 3, 5, 10), (3, 5, 7), (5, 7), (0, 5, 10), (3, 0, 10), (0, 10),
                   (3, 5, 0), (1, 1, 10), (7, 1, 10)]:
        add(_shape, f"{_rnn}(10, 20)", f"{_rnn}(10, 20, batch_first=True)", f"{_rnn}(10, 8, 2, bidirectional=True)",
            f"{_rnn}(10, 8, 3, batch_first=True, bidirectional=True, bias=False)")
    add((3, 5, 0), f"{_rnn}(0, 4)", f"{_rnn}(0, 4, batch_first=True)")
    # The tuple reaches the next layer of a Sequential.
    add((4, 7, 10), f"nn.Sequential({_rnn}(10, 16), nn.Flatten())", f"nn.Sequential({_rnn}(10, 16), nn.Linear(16, 2))",
        f"nn.Sequential({_rnn}(10, 16), nn.ReLU())", f"nn.Sequential({_rnn}(10, 16), {_rnn}(16, 8))",
        f"nn.Sequential({_rnn}(10, 16), nn.Identity())", f"nn.Sequential({_rnn}(10, 16), nn.Identity(), nn.Tanh())",
        f"nn.Sequential({_rnn}(10, 16), nn.Dropout())", f"nn.Sequential({_rnn}(10, 16), nn.Dropout1d())",
        f"nn.Sequential({_rnn}(10, 16), nn.Softmax(1))", f"nn.Sequential({_rnn}(10, 16), nn.LogSoftmax(1))",
        f"nn.Sequential({_rnn}(10, 16), nn.Unflatten(1, (2, 8)))", f"nn.Sequential({_rnn}(10, 16), nn.BatchNorm1d(16))",
        f"nn.Sequential({_rnn}(10, 16), nn.Conv1d(16, 4, 1))", f"nn.Sequential({_rnn}(10, 16), nn.MaxPool1d(2))",
        f"nn.Sequential({_rnn}(10, 16), nn.AvgPool1d(2))", f"nn.Sequential({_rnn}(10, 16), nn.AdaptiveAvgPool1d(2))",
        f"nn.Sequential({_rnn}(10, 16), nn.LayerNorm(16))", f"nn.Sequential({_rnn}(10, 16), nn.Sequential(nn.ReLU()))",
        f"nn.Sequential({_rnn}(10, 16), nn.Sequential())", f"nn.Sequential({_rnn}(10, 16), nn.GELU())",
        f"nn.Sequential({_rnn}(10, 16), nn.LeakyReLU())", f"nn.Sequential({_rnn}(10, 16), nn.Sigmoid())",
        f"nn.Sequential({_rnn}(10, 16), nn.Embedding(4, 4))", f"nn.Sequential({_rnn}(10, 16), nn.Embedding(4, 4, max_norm=1.0))",
        f"nn.Sequential(nn.Linear(10, 10), {_rnn}(10, 16))", f"nn.Sequential(nn.Sequential(nn.Linear(10, 10), {_rnn}(10, 16)), nn.Flatten())",
        f"nn.Sequential(nn.Sequential(nn.Linear(10, 10), {_rnn}(10, 16)))", f"nn.Sequential(nn.Conv1d(7, 7, 1), {_rnn}(10, 3, batch_first=True))",
        f"nn.Sequential(nn.MaxPool1d(2, return_indices=True), {_rnn}(5, 3))", f"nn.Sequential({_rnn}(10, 16, batch_first=True), nn.Dropout2d())")
for _relu in ["'relu'", "'tanh'", "'sig'", "None", "1", "'ReLU'"]:
    add((3, 5, 10), f"nn.RNN(10, 20, nonlinearity={_relu})", f"nn.RNN(10, 20, 2, nonlinearity={_relu}, proj_size=2)")
add((3, 5, 10), "nn.RNN(10, 20, 2, 'relu')", "nn.RNN(10, 20, nonlinearity='relu', bidirectional=True)",
    "nn.RNN(10, 20, proj_size=None)", "nn.GRU(10, 20, proj_size=None)", "nn.GRU(10, 20, proj_size=0)",
    "nn.RNN(10, 20, nonlinearity='tanh', proj_size=0)", "nn.LSTM(10, 20, nonlinearity='relu')",
    "nn.RNN(10, 20, 1, True, False, 0.0, False, 5, nonlinearity='relu')")
# LSTM's projections: h_n has proj_size features, c_n hidden_size.
for _shape in [(3, 5, 10), (5, 10), (2, 3, 5, 10)]:
    add(_shape, "nn.LSTM(10, 20, proj_size=5)", "nn.LSTM(10, 20, 2, batch_first=True, bidirectional=True, proj_size=4)",
        "nn.LSTM(10, 20, proj_size=19)", "nn.LSTM(10, 20, proj_size=20)", "nn.LSTM(10, 20, proj_size=-1)",
        "nn.LSTM(10, 20, proj_size=1.5)", "nn.LSTM(10, 20, proj_size=True)", "nn.LSTM(10, 20, proj_size=False)",
        "nn.LSTM(10, 20, proj_size='a')", "nn.LSTM(10, 20, proj_size=None)", "nn.LSTM(10, 20, 2, bidirectional=True, proj_size=1.5)",
        "nn.LSTM(10, 20, num_layers=2, bias=False, batch_first=True, dropout=0.2, bidirectional=True, proj_size=3)")
# The classic: flatten what an LSTM returns, or its last step.
add((8, 28, 28), "nn.Sequential(nn.LSTM(28, 64, batch_first=True), nn.Flatten(), nn.Linear(28 * 64, 10))",
    "nn.Sequential(nn.GRU(28, 64, batch_first=True), nn.Linear(64, 10))")

# --- Embedding --------------------------------------------------------------------------------
add((5,), "nn.Embedding(10, 3)", "nn.Embedding(10, 3, padding_idx=2)", "nn.Embedding(10, 3, padding_idx=-2)",
    "nn.Embedding(10, 3, padding_idx=10)", "nn.Embedding(10, 3, padding_idx=-11)", "nn.Embedding(10, 3, padding_idx=9)",
    "nn.Embedding(10, 3, padding_idx=-10)", "nn.Embedding(10, 3, padding_idx=0)", "nn.Embedding(10, 3, padding_idx=1.5)",
    "nn.Embedding(10, 3, padding_idx=-1.5)", "nn.Embedding(10, 3, padding_idx=True)", "nn.Embedding(10, 3, padding_idx=False)",
    "nn.Embedding(10, 3, padding_idx='a')", "nn.Embedding(10, 3, padding_idx=(1,))", "nn.Embedding(10, 3, padding_idx=None)",
    "nn.Embedding(0, 3, padding_idx=0)", "nn.Embedding('a', 3, padding_idx=1)", "nn.Embedding('a', 3, padding_idx=-1)",
    "nn.Embedding('a', 3)", "nn.Embedding(10.0, 3)", "nn.Embedding(10, 3.0)", "nn.Embedding(10.5, 3, padding_idx=-1)",
    "nn.Embedding(True, 3)", "nn.Embedding(-1, 3)", "nn.Embedding(10, -3)", "nn.Embedding(0, 3)", "nn.Embedding(10)",
    "nn.Embedding()", "nn.Embedding(10, 3, _weight=None)", "nn.Embedding(10, 3, _weight=3)",
    "nn.Embedding(10, 3, 2, 3.0, 2.0, True, True, None, None, None, None)", "nn.Embedding(10, 3, max_norm=1.0)",
    "nn.Embedding(10, 3, max_norm=2)", "nn.Embedding(10, 3, norm_type=1.0)", "nn.Embedding(10, 3, norm_type=2)",
    "nn.Embedding(10, 3, norm_type=None)", "nn.Embedding(10, 3, scale_grad_by_freq=True, sparse=True)",
    "nn.Embedding(10, 3, sparse=1)", "nn.Embedding(10, 3, scale_grad_by_freq=0)", "nn.Embedding(10, 3, device='cuda')",
    "nn.Embedding(10, 3, dim=2)", "nn.Embedding(4611686018427387904, 4611686018427387904)", "nn.Embedding(10, 3, max_norm='a')")
for _shape in [(5,), (2, 3), (), (2, 0), (0,), (4, 5, 6), (2, 3, 1, 1, 2)]:
    for _expression in ["nn.Embedding(10, 3)", "nn.Embedding(10, 3, padding_idx=0)", "nn.Embedding(10, 3, max_norm=1.0)",
                        "nn.Embedding(0, 3)", "nn.Embedding(0, 3, max_norm=1)", "nn.Embedding(10, 3, max_norm='a')",
                        "nn.Embedding(10, 3, max_norm=1, norm_type='a')", "nn.Embedding(10, 3, norm_type='a')",
                        "nn.Embedding(10, 3, padding_idx=True)", "nn.Embedding(10, 3, padding_idx=False)",
                        "nn.Embedding(10, 3, sparse=1)", "nn.Embedding(10, 3, scale_grad_by_freq=None)",
                        "nn.Embedding(10, 3, max_norm=True)", "nn.Embedding(10, 3, max_norm=(1,))", "nn.Embedding(1, 1)",
                        "nn.Embedding(10, 3, norm_type=True, max_norm=1)", "nn.Embedding(10, 3, max_norm=-1)"]:
        add(_shape, _expression)
        add_int64(_shape, _expression)
# Embedding in front of the layers that follow it in text models.
for _expression in ["nn.Sequential(nn.Embedding(100, 16), nn.Flatten(), nn.Linear(7 * 16, 2))",
                    "nn.Sequential(nn.Embedding(100, 16), nn.LSTM(16, 32, batch_first=True))",
                    "nn.Sequential(nn.Embedding(100, 16), nn.LSTM(16, 32, batch_first=True), nn.Flatten())",
                    "nn.Sequential(nn.Embedding(100, 16), nn.GRU(16, 32), nn.Identity())",
                    "nn.Sequential(nn.Embedding(100, 16), nn.Embedding(100, 16))",
                    "nn.Sequential(nn.Embedding(100, 16), nn.Conv1d(7, 4, 3), nn.ReLU(), nn.AdaptiveMaxPool1d(1), nn.Flatten())",
                    "nn.Sequential(nn.Embedding(100, 16), nn.Dropout(0.1), nn.LayerNorm(16))",
                    "nn.Sequential(nn.Embedding(100, 16, padding_idx=0), nn.Sequential(nn.Flatten(), nn.Linear(112, 4)))",
                    "nn.Sequential(nn.Flatten(0), nn.Embedding(100, 16))", "nn.Sequential(nn.ReLU(), nn.Embedding(100, 16))",
                    "nn.Sequential(nn.Sigmoid(), nn.Embedding(100, 16))", "nn.Sequential(nn.Linear(7, 7), nn.Embedding(100, 16))"]:
    add((4, 7), _expression)
    add_int64((4, 7), _expression)

# --- What every other layer does with an int64 input ------------------------------------------
_INT64_LAYERS = {
    (2, 6): ["nn.Identity()", "nn.Flatten()", "nn.Flatten(0)", "nn.Flatten(3)", "nn.Unflatten(1, (2, 3))", "nn.Dropout()",
             "nn.Dropout(inplace=True)", "nn.Dropout2d(inplace=True)", "nn.Dropout1d()", "nn.ReLU()", "nn.ReLU(inplace=True)",
             "nn.ReLU6()", "nn.ReLU6(True)", "nn.LeakyReLU()", "nn.LeakyReLU(inplace=True)", "nn.LeakyReLU('a')", "nn.GELU()",
             "nn.GELU('tanh')", "nn.GELU('x')", "nn.Sigmoid()", "nn.Tanh()", "nn.SiLU()", "nn.SiLU(inplace=True)", "nn.Mish()",
             "nn.Mish(True)", "nn.Hardswish()", "nn.Hardswish(True)", "nn.Hardsigmoid()", "nn.Hardsigmoid(True)", "nn.SELU()",
             "nn.SELU(True)", "nn.Softmax(1)", "nn.Softmax(0)", "nn.Softmax(-1)", "nn.Softmax(5)", "nn.Softmax()",
             "nn.LogSoftmax(1)", "nn.LogSoftmax(0)", "nn.Linear(6, 3)", "nn.Linear(5, 3)", "nn.Linear(6, 3, bias=False)",
             "nn.Linear(5, 3, bias=False)", "nn.BatchNorm1d(6)", "nn.BatchNorm1d(3)", "nn.BatchNorm1d(6, affine=False)",
             "nn.BatchNorm1d(6, track_running_stats=False)", "nn.BatchNorm2d(6)", "nn.LayerNorm(6)", "nn.LayerNorm(5)",
             "nn.LayerNorm(6, elementwise_affine=False)", "nn.MaxPool1d(2)", "nn.MaxPool1d(2, return_indices=True)",
             "nn.AvgPool1d(2)", "nn.AdaptiveAvgPool1d(2)", "nn.AdaptiveMaxPool1d(2)", "nn.Sequential()",
             "nn.Sequential(nn.ReLU(), nn.Sigmoid(), nn.Linear(6, 2))", "nn.Sequential(nn.Flatten(), nn.Linear(6, 2))",
             "nn.Sequential(nn.Tanh(), nn.Linear(6, 2))", "nn.Sequential(nn.Sequential(nn.Sigmoid()), nn.Softmax(1))"],
    (2, 0): ["nn.Softmax(0)", "nn.Softmax(1)", "nn.GELU()", "nn.LeakyReLU()", "nn.Sigmoid()", "nn.Linear(0, 3)", "nn.ReLU()"],
    (): ["nn.Softmax(0)", "nn.Softmax()", "nn.Linear(1, 3)", "nn.ReLU()", "nn.Tanh()", "nn.Flatten()"],
    (6,): ["nn.Softmax(0)", "nn.Linear(6, 3)", "nn.Linear(5, 3)", "nn.Linear(6, 3, bias=False)", "nn.Linear(5, 3, bias=False)"],
    (2, 3, 6): ["nn.Softmax(1)", "nn.Softmax()", "nn.Linear(6, 3)", "nn.Linear(5, 3)", "nn.Linear(5, 3, bias=False)",
                "nn.LSTM(6, 4)", "nn.LSTM(7, 4)", "nn.RNN(6, 4)", "nn.GRU(6, 4)", "nn.LSTM(6, 4, proj_size=2)",
                "nn.MaxPool1d(2)", "nn.MaxPool1d(20)", "nn.MaxPool1d(2, padding=2)", "nn.MaxPool1d(2, ceil_mode=True)",
                "nn.MaxPool1d(20, return_indices=True)", "nn.AvgPool1d(20)", "nn.AvgPool1d(2, padding=2)", "nn.AvgPool1d(2)",
                "nn.AdaptiveAvgPool1d(0)", "nn.AdaptiveAvgPool1d(2)", "nn.AdaptiveMaxPool1d(2, return_indices=True)",
                "nn.Conv1d(3, 4, 3)", "nn.Conv1d(2, 4, 3)", "nn.Conv1d(3, 4, 20)", "nn.Conv1d(3, 4, 3, bias=False)",
                "nn.Conv1d(3, 4, 3, padding=1, padding_mode='reflect')", "nn.Conv1d(3, 4, 3, padding=1, padding_mode='circular')",
                "nn.Conv1d(3, 4, 3, padding=1, padding_mode='replicate')", "nn.BatchNorm1d(3)", "nn.Dropout1d()",
                "nn.MaxPool2d(2)", "nn.AdaptiveAvgPool2d(2)", "nn.Conv2d(3, 4, 3)", "nn.MaxPool3d(2)", "nn.Conv3d(3, 4, 3)"],
    (0, 5, 6): ["nn.LSTM(6, 4)", "nn.Conv1d(5, 4, 3)", "nn.Conv1d(5, 4, 3, bias=False)", "nn.Linear(6, 3)"],
    (5, 6): ["nn.LSTM(6, 4)", "nn.GRU(6, 4, batch_first=True)"],
    (2, 3, 8, 8): ["nn.Conv2d(3, 4, 3)", "nn.Conv2d(2, 4, 3)", "nn.Conv2d(3, 4, 20)", "nn.Conv2d(3, 4, 3, bias=False)",
                   "nn.Conv2d(2, 4, 3, bias=False)", "nn.Conv2d(3, 4, 20, bias=False)", "nn.Conv2d(3, 6, 3, groups=3)",
                   "nn.Conv2d(3, 4, 3, padding='same')", "nn.Conv2d(3, 4, 3, padding=1, padding_mode='reflect')",
                   "nn.Conv2d(2, 4, 3, padding=1, padding_mode='reflect')", "nn.Conv2d(3, 4, 3, padding=1, padding_mode='circular')",
                   "nn.Conv2d(3, 4, 3, padding=1, padding_mode='replicate')", "nn.MaxPool2d(2)", "nn.MaxPool2d(20)",
                   "nn.MaxPool2d(2, padding=2)", "nn.MaxPool2d(2, return_indices=True)", "nn.AvgPool2d(2)", "nn.AvgPool2d(20)",
                   "nn.AdaptiveAvgPool2d(2)", "nn.AdaptiveAvgPool2d(0)", "nn.AdaptiveMaxPool2d(2)", "nn.BatchNorm2d(3)",
                   "nn.BatchNorm2d(4)", "nn.Dropout2d()", "nn.AdaptiveAvgPool3d(2)", "nn.Conv3d(3, 4, 3)", "nn.LayerNorm(8)",
                   "nn.LayerNorm([8, 8])", "nn.Flatten()"],
    (3, 8, 8): ["nn.Conv2d(3, 4, 3)", "nn.Conv2d(3, 4, 3, bias=False)", "nn.MaxPool2d(2)", "nn.Conv1d(3, 4, 3)"],
    (0, 3, 8, 8): ["nn.Conv2d(3, 4, 3)", "nn.Conv2d(3, 4, 3, bias=False)", "nn.MaxPool2d(2)", "nn.AdaptiveAvgPool2d(2)"],
    (2, 3, 0, 8): ["nn.Conv2d(3, 4, 3)", "nn.AdaptiveMaxPool2d(2)", "nn.AdaptiveAvgPool2d(2)", "nn.AdaptiveAvgPool2d(1)",
                   "nn.AdaptiveAvgPool2d((1, 1))"],
    (2, 3, 4, 4, 4): ["nn.Conv3d(3, 4, 3)", "nn.Conv3d(2, 4, 3)", "nn.Conv3d(3, 4, 3, bias=False)",
                      "nn.Conv3d(3, 4, 3, padding=1, padding_mode='reflect')", "nn.Conv3d(3, 4, 3, padding=1, padding_mode='replicate')",
                      "nn.MaxPool3d(2)", "nn.MaxPool3d(20)", "nn.MaxPool3d(2, padding=2)", "nn.AvgPool3d(2)", "nn.AvgPool3d(20)",
                      "nn.AdaptiveAvgPool3d(2)", "nn.AdaptiveAvgPool3d(0)", "nn.Dropout3d()"],
    (2, 3, 0, 4, 4): ["nn.AdaptiveAvgPool3d(2)", "nn.Conv3d(3, 4, 3)", "nn.AdaptiveAvgPool3d(1)"],
    # Found by the differential run: matmul's order past 3-d, conv2d's argument parser before its
    # bias check, the mean() fast path of an adaptive average pool to ones.
    (1, 1, 5, 3): ["nn.Sequential(nn.Linear(3, 3), nn.RNN(3, 6), nn.Sequential())", "nn.Linear(4, 3)",
                   "nn.Linear(3, 3, bias=False)", "nn.AdaptiveAvgPool2d(1)", "nn.AdaptiveAvgPool2d((1, 1))",
                   "nn.AdaptiveAvgPool2d((None, 1))", "nn.AdaptiveAvgPool2d((1, 2))", "nn.AdaptiveMaxPool2d(1)",
                   "nn.AdaptiveAvgPool3d(1)", "nn.AdaptiveAvgPool3d((1, 1, 1))", "nn.Conv2d(1, 4, 3, padding=2.0)",
                   "nn.Conv2d(1, 4, 3, stride=0)", "nn.Conv2d(1, 4, 3, stride=(1, 1, 1))"],
    (3, 4, 8, 4): ["nn.Sequential(nn.Linear(16, 16), nn.AdaptiveMaxPool2d(output_size=(1,)), nn.AdaptiveAvgPool3d((None, 2)))"],
    (2, 3, 8): ["nn.AdaptiveAvgPool1d(1)", "nn.AdaptiveAvgPool1d((1,))", "nn.AdaptiveMaxPool1d(1)"],
    (2, 3): ["nn.AdaptiveAvgPool1d(1)", "nn.AdaptiveAvgPool2d(1)"],
    (8,): ["nn.AdaptiveAvgPool1d(1)", "nn.Conv2d(3, 4, 3, padding=2.0)"],
    (2, 3, 5, 7): ["nn.Linear(7, 3)", "nn.Linear(6, 3)", "nn.Linear(7, 3, bias=False)"],
}
for _shape, _expressions in _INT64_LAYERS.items():
    add_int64(_shape, *_expressions)
# === end of the recurrent layers and Embedding block ==========================================


# === Issue 13, part A: activations, padding, norms, shuffles, transposed convolutions, Upsample ===
# (One block, kept apart from other additions for easy merging.)

# Activations: number arguments are the torch function's to judge at forward time (Threshold, Hardtanh, ELU, CELU, Softplus, Softshrink, Hardshrink), PReLU's weight count against the channels, Softmin and Softmax2d's ranks, a tuple reaching each.
add((2, 3), 'nn.Threshold(0.1, 20)')
add((2, 3), "nn.Threshold('a', 20)")
add((2, 3), 'nn.Threshold(None, 20)')
add((2, 3), 'nn.Threshold(0.1, None)')
add((2, 3), 'nn.Threshold(0.1, 2, True)')
add((2, 3), 'nn.Threshold(0.1, 2, 1)')
add((2, 3), "nn.Threshold(0.1, 2, 'x')")
add((2, 3), 'nn.Threshold((1,), 2)')
add((2, 3), 'nn.Threshold(True, 2)')
add((2, 3), 'nn.Threshold()')
add((2, 3), 'nn.Threshold(1, 2, inplace=None)')
add((2, 3), 'nn.Hardtanh()')
add((2, 3), 'nn.Hardtanh(1, -1)')
add((2, 3), "nn.Hardtanh('a', 'b')")
add((2, 3), 'nn.Hardtanh(None, 2)')
add((2, 3), 'nn.Hardtanh(-2, 2, True)')
add((2, 3), "nn.Hardtanh(-2, 2, 'x')")
add((2, 3), 'nn.Hardtanh(-2, 2, 0)')
add((2, 3), "nn.Hardtanh(-2, 'z')")
add((2, 3), 'nn.Hardtanh(min_value=-3)')
add((2, 3), 'nn.Hardtanh(-2.0, 2.0, min_value=-3)')
add((2, 3), "nn.Hardtanh('a', 'a')")
add((2, 3), 'nn.Hardtanh((1,), (2,))')
add((2, 3), 'nn.Hardtanh(-1, 1, False, None, None, 3)')
add((2, 3), 'nn.Hardtanh(max_value=-3)')
add((2, 3), 'nn.Hardtanh((1,), (1,2))')
add((2, 3), "nn.Hardtanh('a', 'b', True)")
add((2, 3), 'nn.Hardtanh(0.5, 0.5)')
add((2, 3), 'nn.Hardtanh([1], (2,))')
add((2, 3), 'nn.ELU()')
add((2, 3), 'nn.ELU(0.5, True)')
add((2, 3), "nn.ELU('x')")
add((2, 3), 'nn.ELU(None)')
add((2, 3), "nn.ELU(1, 'x')")
add((2, 3), 'nn.ELU(True)')
add((2, 3), 'nn.ELU(alpha=(1,))')
add((2, 3), 'nn.CELU(0)')
add((2, 3), 'nn.CELU(0.0)')
add((2, 3), "nn.CELU('x')")
add((2, 3), 'nn.CELU(None, True)')
add((2, 3), 'nn.CELU(2, True)')
add((2, 3), 'nn.CELU(0, True)')
add((2, 3), 'nn.CELU(False)')
add((0,), 'nn.CELU(0)')
add((2, 3), 'nn.PReLU()')
add((2, 3), 'nn.PReLU(3)')
add((2, 3), 'nn.PReLU(2)')
add((2, 3), 'nn.PReLU(0)')
add((2, 3), 'nn.PReLU(-1)')
add((2, 3), 'nn.PReLU(3, 0.1)')
add((2, 3), "nn.PReLU(3, 'x')")
add((2, 3), 'nn.PReLU(3, None)')
add((2, 3), 'nn.PReLU(1.5)')
add((2, 3), 'nn.PReLU((2,3))')
add((2, 3), 'nn.PReLU(None)')
add((3,), 'nn.PReLU(3)')
add((3,), 'nn.PReLU(2)')
add((), 'nn.PReLU(2)')
add((), 'nn.PReLU()')
add((2, 0), 'nn.PReLU(2)')
add((2, 3, 4, 5), 'nn.PReLU(3)')
add((2, 3, 4, 5), 'nn.PReLU(4)')
add((2, 3), 'nn.PReLU(True)')
add((2, 3), 'nn.PReLU(3, True)')
add((2, 3), 'nn.PReLU(3, (1,))')
add((2, 3), 'nn.PReLU(())')
add((2, 3), 'nn.PReLU([3])')
add((2, 3), "nn.PReLU('x')")
add((2, 3), 'nn.PReLU(num_parameters=3, init=-1)')
add((2, 3), 'nn.Softplus()')
add((2, 3), 'nn.Softplus(2, 10)')
add((2, 3), "nn.Softplus('a')")
add((2, 3), 'nn.Softplus(None)')
add((2, 3), 'nn.Softplus(2, None)')
add((2, 3), 'nn.Softplus(0)')
add((2, 3), 'nn.Softplus((1,))')
add((2, 3), 'nn.Softplus(beta=2, threshold=1, x=1)')
add((2, 3), 'nn.Softshrink()')
add((2, 3), 'nn.Softshrink(-1)')
add((2, 3), "nn.Softshrink('x')")
add((2, 3), 'nn.Softshrink(None)')
add((2, 3), 'nn.Softshrink(True)')
add((2, 3), 'nn.Softshrink(-0.5)')
add((2, 3), 'nn.Softshrink(-1e-3)')
add((2, 3), 'nn.Softshrink(-1.5)')
add((2, 3), 'nn.Softshrink(-100000000)')
add((2, 3), 'nn.Softshrink(-1e20)')
add((2, 3), 'nn.Softshrink(-0.1)')
add((2, 3), 'nn.Softshrink(False)')
add((2, 3), 'nn.Hardshrink(-1)')
add((2, 3), "nn.Hardshrink('x')")
add((2, 3), 'nn.Hardshrink(None)')
add((2, 3), 'nn.Hardshrink(2)')
add((2, 3), 'nn.Hardshrink()')
add((2, 3), 'nn.Softsign()')
add((2, 3), 'nn.Softsign(1)')
add((2, 3), 'nn.Tanhshrink()')
add((2, 3), 'nn.LogSigmoid()')
add((2, 3), 'nn.LogSigmoid(inplace=True)')
add((2, 3), 'nn.Softmin()')
add((2, 3), 'nn.Softmin(1)')
add((2, 3), 'nn.Softmin(5)')
add((2, 3), "nn.Softmin('a')")
add((2, 3), 'nn.Softmin(1.5)')
add((2, 3), 'nn.Softmin(None)')
add((2, 3), 'nn.Softmin(dim=-1)')
add((2, 3), 'nn.Softmax2d()')
add((2, 3, 4), 'nn.Softmax2d()')
add((2, 3, 4, 5), 'nn.Softmax2d()')
add((2, 3, 4, 5, 6), 'nn.Softmax2d()')
add((), 'nn.Softmax2d()')
add((2, 3), 'nn.Softmax2d(1)')
add((2, 3), 'nn.Softmax2d(dim=1)')
add((2, 3, 4), 'nn.Sequential(nn.Sequential(nn.MaxPool1d(2, return_indices=True), nn.ELU()))')
add((2, 3, 4), 'nn.Sequential(nn.Sequential(nn.MaxPool1d(2, return_indices=True), nn.ELU(inplace=True)))')
add((2, 3, 4), 'nn.Sequential(nn.Sequential(nn.MaxPool1d(2, return_indices=True), nn.CELU()))')
add((2, 3, 4), 'nn.Sequential(nn.Sequential(nn.MaxPool1d(2, return_indices=True), nn.Softplus()))')
add((2, 3, 4), 'nn.Sequential(nn.Sequential(nn.MaxPool1d(2, return_indices=True), nn.Threshold(1,2)))')
add((2, 3, 4), 'nn.Sequential(nn.Sequential(nn.MaxPool1d(2, return_indices=True), nn.Threshold(1,2,True)))')
add((2, 3, 4), 'nn.Sequential(nn.Sequential(nn.MaxPool1d(2, return_indices=True), nn.Hardtanh()))')
add((2, 3, 4), 'nn.Sequential(nn.Sequential(nn.MaxPool1d(2, return_indices=True), nn.Hardtanh(inplace=True)))')
add((2, 3, 4), 'nn.Sequential(nn.Sequential(nn.MaxPool1d(2, return_indices=True), nn.PReLU()))')
add((2, 3, 4), 'nn.Sequential(nn.Sequential(nn.MaxPool1d(2, return_indices=True), nn.Softsign()))')
add((2, 3, 4), 'nn.Sequential(nn.Sequential(nn.MaxPool1d(2, return_indices=True), nn.Tanhshrink()))')
add((2, 3, 4), 'nn.Sequential(nn.Sequential(nn.MaxPool1d(2, return_indices=True), nn.LogSigmoid()))')
add((2, 3, 4), 'nn.Sequential(nn.Sequential(nn.MaxPool1d(2, return_indices=True), nn.Softmin()))')
add((2, 3, 4), 'nn.Sequential(nn.Sequential(nn.MaxPool1d(2, return_indices=True), nn.Softmin(1)))')
add((2, 3, 4), 'nn.Sequential(nn.Sequential(nn.MaxPool1d(2, return_indices=True), nn.Softmax2d()))')
add((2, 3, 4), 'nn.Sequential(nn.Sequential(nn.MaxPool1d(2, return_indices=True), nn.Softshrink()))')
add((2, 3, 4), 'nn.Sequential(nn.Sequential(nn.MaxPool1d(2, return_indices=True), nn.Hardshrink()))')
add((2, 3, 4), 'nn.Sequential(nn.Sequential(nn.MaxPool1d(2, return_indices=True), nn.ZeroPad2d(1)))')
add((2, 3, 4), 'nn.Sequential(nn.Sequential(nn.MaxPool1d(2, return_indices=True), nn.ConstantPad1d(1, 0)))')
add((2, 3, 4), 'nn.Sequential(nn.Sequential(nn.MaxPool1d(2, return_indices=True), nn.ReflectionPad1d(1)))')
add((2, 3, 4), 'nn.Sequential(nn.Sequential(nn.MaxPool1d(2, return_indices=True), nn.ReplicationPad1d(1)))')
add((2, 3, 4), 'nn.Sequential(nn.Sequential(nn.MaxPool1d(2, return_indices=True), nn.ReflectionPad3d(1)))')

# Padding layers: int or tuple padding, F.pad's argument parser, negative padding (narrowing), each mode's rank and size checks.
add((2, 3, 4), 'nn.ZeroPad2d(1)')
add((2, 3, 4), 'nn.ZeroPad2d((1,2))')
add((2, 3, 4), 'nn.ZeroPad2d((1,2,3))')
add((2, 3, 4), 'nn.ZeroPad2d((1,2,3,4))')
add((2, 3, 4), 'nn.ZeroPad2d((1,2,3,4,5,6))')
add((2, 3, 4), 'nn.ZeroPad2d(-1)')
add((2, 3, 4), 'nn.ZeroPad2d(-2)')
add((2, 3, 4), 'nn.ZeroPad2d(-3)')
add((4,), 'nn.ZeroPad2d(1)')
add((), 'nn.ZeroPad2d(1)')
add((4,), 'nn.ConstantPad1d(1, 2)')
add((), 'nn.ConstantPad1d(1, 2)')
add((2, 3, 4), 'nn.ConstantPad1d(1)')
add((2, 3, 4), "nn.ConstantPad1d(1, 'x')")
add((2, 3, 4), 'nn.ConstantPad1d(1, None)')
add((2, 3, 4), "nn.ConstantPad1d('x', 1)")
add((2, 3, 4), 'nn.ConstantPad1d(1.5, 1)')
add((2, 3, 4), 'nn.ConstantPad1d((1,2.5), 1)')
add((2, 3, 4), 'nn.ConstantPad1d(None, 1)')
add((2, 3, 4), 'nn.ConstantPad1d((1,), 1)')
add((2, 3, 4), 'nn.ConstantPad1d([1,2], 1)')
add((2, 3, 4), 'nn.ConstantPad1d((), 1)')
add((2, 3, 4), 'nn.ConstantPad1d((1,2,3,4,5,6,7,8), 1)')
add((2, 3, 4), 'nn.ConstantPad1d(True, 1)')
add((2, 3, 4), 'nn.ConstantPad1d((True,1), 1)')
add((2, 3, 4), 'nn.ConstantPad1d((1,True), 1)')
add((2, 3, 4), 'nn.ConstantPad1d((1,None), 1)')
add((2, 3, 4), 'nn.ConstantPad2d(1, 1.5)')
add((2, 3, 4), 'nn.ConstantPad3d(1, 1.5)')
add((3, 4), 'nn.ConstantPad3d(1, 1.5)')
add((2, 3, 4), 'nn.ConstantPad3d((1,2,3), 1.5)')
add((2, 3, 4), 'nn.ConstantPad2d((-2,-2), 1)')
add((2, 3, 4), 'nn.ConstantPad2d((-2,-3), 1)')
add((2, 3, 4), 'nn.ConstantPad2d((-5,1), 1)')
add((2, 0, 4), 'nn.ConstantPad2d(1, 1)')
add((2, 3, 4), 'nn.ReflectionPad1d(1)')
add((2, 3, 4), 'nn.ReflectionPad1d(4)')
add((2, 3, 4), 'nn.ReflectionPad1d(3)')
add((2, 3, 4), 'nn.ReflectionPad1d(-1)')
add((2, 3, 4), 'nn.ReflectionPad1d((1,2,3))')
add((3, 4), 'nn.ReflectionPad1d(1)')
add((4,), 'nn.ReflectionPad1d(1)')
add((1, 2, 3, 4), 'nn.ReflectionPad1d(1)')
add((2, 3, 4), 'nn.ReflectionPad2d(1)')
add((2, 3, 4), 'nn.ReflectionPad2d(3)')
add((2, 3, 4), 'nn.ReflectionPad2d((1,1,3,1))')
add((2, 3, 4), 'nn.ReflectionPad2d(-1)')
add((3, 4), 'nn.ReflectionPad2d(1)')
add((2, 3, 4, 5, 6), 'nn.ReflectionPad2d(1)')
add((2, 3, 4, 5), 'nn.ReflectionPad3d(1)')
add((2, 3, 4, 5), 'nn.ReflectionPad3d(4)')
add((3, 4, 5), 'nn.ReflectionPad3d(1)')
add((2, 3, 4, 5), 'nn.ReflectionPad3d(-1)')
add((2, 3, 4, 5), 'nn.ReplicationPad3d(-1)')
add((2, 3, 4, 5), 'nn.ReplicationPad3d(1)')
add((2, 3, 4, 5), 'nn.ReplicationPad3d(9)')
add((2, 3, 4), 'nn.ReplicationPad1d(9)')
add((2, 3, 4), 'nn.ReplicationPad1d(-1)')
add((2, 3, 4), 'nn.ReplicationPad1d(-2)')
add((2, 3, 4), 'nn.ReplicationPad1d((-2,-2))')
add((2, 3, 4), 'nn.ReplicationPad2d(-2)')
add((2, 3, 4), 'nn.ReplicationPad2d((1,2,3,4))')
add((4,), 'nn.ReplicationPad2d(1)')
add((2, 0, 4), 'nn.ReplicationPad1d(1)')
add((0, 3, 4), 'nn.ReplicationPad1d(1)')
add((2, 3, 0), 'nn.ReflectionPad1d(1)')
add((2, 3, 4), 'nn.ReflectionPad1d(1.5)')
add((2, 3, 4), "nn.ReflectionPad1d('ab')")
add((2, 3, 4), "nn.ReflectionPad1d((1,'a'))")
add((2, 3, 4), 'nn.ReflectionPad1d()')
add((2, 3, 4), 'nn.ReflectionPad1d(1, 2)')
add((2, 3, 4), 'nn.ConstantPad1d(1, 2, 3)')
add((2, 3, 4), 'nn.ZeroPad2d()')
add((2, 3, 4), 'nn.ZeroPad2d(1, 2)')
add((2, 3, 4), 'nn.ZeroPad2d(padding=1)')
add((2, 3, 4), 'nn.ConstantPad1d(value=1, padding=1)')
add((2, 3, 4), 'nn.ConstantPad1d(1, True)')
add((2, 3, 4, 5, 6, 7), 'nn.ReflectionPad1d(1)')
add((2, 3, 4, 5, 6, 7), 'nn.ConstantPad1d(1,2)')
add((2, 3, 4), "nn.ConstantPad1d((1,None),'x')")
add((4,), 'nn.ConstantPad1d((1,2,3),1)')
add((2, 3, 4), 'nn.ConstantPad2d((0,-4,1,1),1)')
add((2, 3, 4), 'nn.ConstantPad2d((0,-4,0,0),1)')
add((2, 3, 4), 'nn.ConstantPad2d((-4,0,1,0),1)')
add((2, 3, 0), 'nn.ConstantPad2d((1,0,0,0),1)')
add((2, 3, 0), 'nn.ConstantPad2d((-1,0,0,0),1)')
add((2, 3, 0), 'nn.ConstantPad2d((0,-1,0,0),1)')
add((2, 3, 4), 'nn.ConstantPad2d((-4,-1),1)')
add((2, 3, 4), 'nn.ConstantPad2d((-9,1),1)')
add((2, 3, 4), 'nn.ConstantPad2d((-3,-3,2,-5),1)')
add((2, 3, 4), 'nn.ReflectionPad1d(-3)')
add((2, 3, 4), 'nn.ReflectionPad1d(-2)')
add((2, 3, 4), 'nn.ReflectionPad2d(-2)')
add((2, 3, 4, 5), 'nn.ReflectionPad3d(-2)')
add((2, 3, 4, 5), 'nn.ReplicationPad3d(-2)')
add((2, 3, 4, 5), 'nn.ReplicationPad3d((0,0,0,0,-2,-2))')
add((2, 3, 4, 5), 'nn.ReplicationPad2d((0,0,-2,-2))')
add((2, 3, 4), 'nn.ReplicationPad1d((5,-9))')
add((2, 3, 4), 'nn.ReflectionPad1d((5,-9))')
add((2, 3, 4), 'nn.ReflectionPad1d((-2,-2))')
add((2, 3, 4), 'nn.ReflectionPad1d((3,-2))')
add((1, 3, 4), 'nn.ReflectionPad2d((3,-2,0,0))')
add((2, 3, 4, 5), 'nn.ReflectionPad3d((3,-2,0,0,0,0))')
add((0, 3, 4), 'nn.ReflectionPad1d(1)')
add((0, 3, 4), 'nn.ReflectionPad2d(1)')
add((0, 3, 4, 5), 'nn.ReflectionPad2d(1)')
add((0, 3, 4, 5), 'nn.ReplicationPad2d(1)')
add((0, 3, 4, 5, 6), 'nn.ReflectionPad3d(1)')
add((2, 0, 4, 5, 6), 'nn.ReplicationPad3d(1)')
add((2, 3, 4), 'nn.ReflectionPad3d(1)')
add((2, 3, 4, 5, 6, 7), 'nn.ReplicationPad3d(1)')
add((2, 3, 4), 'nn.ReflectionPad2d((0,0,-2,-2))')
add((2, 3, 4), 'nn.ReflectionPad2d((0,0,-3,-3))')
add((2, 3, 4, 5), 'nn.ReplicationPad2d((0,0,-3,-3))')
add((2, 3, 4), 'nn.ReplicationPad1d((0,-5))')
add((2, 3, 4), 'nn.ReflectionPad1d((-1,-3))')
add((1, 1, 28, 28), 'nn.Sequential(nn.ZeroPad2d(2), nn.Conv2d(1, 6, 5), nn.ReLU(), nn.ReflectionPad2d(1), nn.MaxPool2d(2), nn.Flatten())')
add((2, 3, 10), 'nn.Sequential(nn.ReplicationPad1d((2, 0)), nn.Conv1d(3, 4, 3), nn.ConstantPad1d((0, 1), -1.0), nn.Flatten(), nn.Linear(44, 2))')

# GroupNorm, InstanceNorm1d/2d/3d and BatchNorm3d: constructor arithmetic, input ranks, running stats, the per-channel counts.
add((2, 6, 4), 'nn.GroupNorm(3, 6)')
add((2, 6, 4), 'nn.GroupNorm(3, 6, affine=False)')
add((2, 6, 4), 'nn.GroupNorm(2, 6, eps=0.1)')
add((2, 6, 4), 'nn.GroupNorm(4, 6)')
add((2, 6, 4), 'nn.GroupNorm(0, 6)')
add((2, 6, 4), 'nn.GroupNorm(-3, 6)')
add((2, 6, 4), 'nn.GroupNorm(3, 0)')
add((2, 6, 4), 'nn.GroupNorm(3)')
add((2, 6, 4), 'nn.GroupNorm(3.0, 6)')
add((2, 6, 4), 'nn.GroupNorm(3, 6.0)')
add((2, 6, 4), "nn.GroupNorm('a', 6)")
add((2, 6, 4), "nn.GroupNorm(3, 'a')")
add((2, 6, 4), 'nn.GroupNorm(None, 6)')
add((2, 6, 4), 'nn.GroupNorm(3, None)')
add((2, 6, 4), 'nn.GroupNorm(True, 6)')
add((2, 6, 4), "nn.GroupNorm(3, 6, 'x')")
add((2, 6, 4), 'nn.GroupNorm(3, 6, None)')
add((2, 6, 4), 'nn.GroupNorm(3, -6)')
add((2, 6, 4), 'nn.GroupNorm(2, 4)')
add((2, 6), 'nn.GroupNorm(3, 6)')
add((6,), 'nn.GroupNorm(3, 6)')
add((), 'nn.GroupNorm(3, 6)')
add((1, 6), 'nn.GroupNorm(6, 6)')
add((1, 6, 1), 'nn.GroupNorm(6, 6)')
add((1, 6, 1, 1), 'nn.GroupNorm(3, 6)')
add((2, 6, 4, 5, 3), 'nn.GroupNorm(3, 6)')
add((0, 6, 4), 'nn.GroupNorm(3, 6)')
add((2, 0, 4), 'nn.GroupNorm(3, 6)')
add((2, 5, 4), 'nn.GroupNorm(3, 6)')
add((2, 5, 4), 'nn.GroupNorm(5, 5)')
add((2, 6, 4), 'nn.GroupNorm(3, 6, affine=0)')
add((2, 6, 4), 'nn.GroupNorm(num_groups=3, num_channels=6, eps=1e-3, affine=True)')
add((2, 6, 4), 'nn.GroupNorm(3, 6, 1e-5, True, None, None, 1)')
add((2, 6, 4), 'nn.GroupNorm(3, 12)')
add((2, 12, 4), 'nn.GroupNorm(3, 6)')
add((2, 6, 4), "nn.GroupNorm(3, 6, affine=False, eps='x')")
add((2, 3, 4), 'nn.InstanceNorm1d(3)')
add((3, 4), 'nn.InstanceNorm1d(3)')
add((2, 3, 1), 'nn.InstanceNorm1d(3)')
add((3, 1), 'nn.InstanceNorm1d(3)')
add((4,), 'nn.InstanceNorm1d(3)')
add((2, 3, 4, 5), 'nn.InstanceNorm1d(3)')
add((2, 3, 4), 'nn.InstanceNorm1d(5)')
add((2, 3, 4), 'nn.InstanceNorm1d(5, affine=True)')
add((2, 3, 4), 'nn.InstanceNorm1d(5, track_running_stats=True)')
add((2, 3, 4), 'nn.InstanceNorm1d(3, affine=True)')
add((2, 3, 4), 'nn.InstanceNorm1d(3, track_running_stats=True)')
add((2, 3, 1), 'nn.InstanceNorm1d(3, track_running_stats=True)')
add((2, 3, 4), 'nn.InstanceNorm1d(3, 0.1, 0.2, True, True)')
add((2, 3, 4), 'nn.InstanceNorm1d(3.0)')
add((2, 3, 4), "nn.InstanceNorm1d('a')")
add((2, 3, 4), 'nn.InstanceNorm1d(None)')
add((2, 3, 4), 'nn.InstanceNorm1d(-1)')
add((2, 3, 4), 'nn.InstanceNorm1d(-1, affine=True)')
add((2, 3, 4), "nn.InstanceNorm1d(3, eps='x')")
add((2, 3, 4), "nn.InstanceNorm1d(3, momentum='x')")
add((2, 3, 4), 'nn.InstanceNorm1d(3, momentum=None)')
add((2, 3, 4), 'nn.InstanceNorm1d(3, momentum=None, track_running_stats=True)')
add((2, 3, 4), 'nn.InstanceNorm1d()')
add((0, 3, 4), 'nn.InstanceNorm1d(3)')
add((2, 0, 4), 'nn.InstanceNorm1d(3)')
add((2, 3, 0), 'nn.InstanceNorm1d(3)')
add((3, 0), 'nn.InstanceNorm1d(3)')
add((2, 3, 4, 5), 'nn.InstanceNorm2d(3)')
add((3, 4, 5), 'nn.InstanceNorm2d(3)')
add((3, 4, 5), 'nn.InstanceNorm2d(4)')
add((3, 4, 5), 'nn.InstanceNorm2d(4, affine=True)')
add((2, 3, 4, 5), 'nn.InstanceNorm2d(4, affine=True)')
add((2, 3, 1, 1), 'nn.InstanceNorm2d(3)')
add((3, 1, 1), 'nn.InstanceNorm2d(3)')
add((2, 3, 4), 'nn.InstanceNorm2d(3)')
add((2, 3, 4, 5, 6), 'nn.InstanceNorm2d(3)')
add((2, 3, 4, 5, 6), 'nn.InstanceNorm3d(3)')
add((3, 4, 5, 6), 'nn.InstanceNorm3d(3)')
add((3, 4, 5, 6), 'nn.InstanceNorm3d(3, affine=True, track_running_stats=True)')
add((2, 3, 4, 5), 'nn.InstanceNorm3d(3)')
add((2, 3, 1, 1, 1), 'nn.InstanceNorm3d(3)')
add((2, 3, 4), 'nn.InstanceNorm3d(3)')
add((2, 3, 4, 5, 6), 'nn.BatchNorm3d(3)')
add((3, 4, 5, 6), 'nn.BatchNorm3d(3)')
add((2, 3, 4, 5, 6), 'nn.BatchNorm3d(4)')
add((2, 3, 4, 5, 6), 'nn.BatchNorm3d(3, affine=False, track_running_stats=False)')
add((1, 3, 1, 1, 1), 'nn.BatchNorm3d(3, track_running_stats=False)')
add((2, 3, 4, 5, 6), 'nn.BatchNorm3d(3, 1e-3, 0.01)')
add((2, 3, 4, 5, 6), 'nn.BatchNorm3d()')
add((2, 3, 4, 5, 6), "nn.BatchNorm3d('a')")
add((0, 3, 4, 5, 6), 'nn.BatchNorm3d(3)')
add((2, 3, 4, 5, 6), "nn.BatchNorm3d(3, eps='x')")
add((2, 3, 4, 5, 6, 7), 'nn.BatchNorm3d(3)')

# PixelShuffle, PixelUnshuffle and ChannelShuffle: argument types, ranks, divisibility, empty inputs.
add((2, 8, 3, 4), 'nn.PixelShuffle(2)')
add((8, 3, 4), 'nn.PixelShuffle(2)')
add((2, 7, 3, 4), 'nn.PixelShuffle(2)')
add((2, 8, 3), 'nn.PixelShuffle(2)')
add((1, 2, 8, 3, 4), 'nn.PixelShuffle(2)')
add((2, 8, 3, 4), 'nn.PixelShuffle(0)')
add((2, 8, 3, 4), 'nn.PixelShuffle(-2)')
add((2, 8, 3, 4), 'nn.PixelShuffle(1)')
add((2, 8, 3, 4), 'nn.PixelShuffle(2.0)')
add((2, 8, 3, 4), "nn.PixelShuffle('a')")
add((2, 8, 3, 4), 'nn.PixelShuffle(None)')
add((2, 8, 3, 4), 'nn.PixelShuffle(True)')
add((2, 8, 3, 4), 'nn.PixelShuffle()')
add((2, 8, 3, 4), 'nn.PixelShuffle(2, 3)')
add((2, 8, 3, 4), 'nn.PixelShuffle(upscale_factor=2)')
add((2, 0, 3, 4), 'nn.PixelShuffle(2)')
add((2, 9, 3, 4), 'nn.PixelShuffle(3)')
add((2, 9, 3, 4), 'nn.PixelShuffle(-3)')
add((2, 2, 4, 6), 'nn.PixelUnshuffle(2)')
add((2, 4, 6), 'nn.PixelUnshuffle(2)')
add((2, 2, 5, 6), 'nn.PixelUnshuffle(2)')
add((2, 2, 4, 5), 'nn.PixelUnshuffle(2)')
add((4, 6), 'nn.PixelUnshuffle(2)')
add((2, 2, 4, 6), 'nn.PixelUnshuffle(0)')
add((2, 2, 4, 6), 'nn.PixelUnshuffle(-2)')
add((2, 2, 4, 6), 'nn.PixelUnshuffle(2.5)')
add((2, 2, 4, 6), "nn.PixelUnshuffle('x')")
add((2, 2, 4, 6), 'nn.PixelUnshuffle()')
add((2, 2, 4, 6), 'nn.PixelUnshuffle(downscale_factor=3)')
add((2, 2, 0, 6), 'nn.PixelUnshuffle(2)')
add((2, 6, 3, 4), 'nn.ChannelShuffle(2)')
add((2, 6, 3, 4), 'nn.ChannelShuffle(4)')
add((2, 6, 3, 4), 'nn.ChannelShuffle(0)')
add((2, 6, 3, 4), 'nn.ChannelShuffle(-2)')
add((2, 6, 3, 4), 'nn.ChannelShuffle(6)')
add((2, 6, 3, 4), 'nn.ChannelShuffle(1.5)')
add((2, 6, 3, 4), "nn.ChannelShuffle('a')")
add((2, 6), 'nn.ChannelShuffle(2)')
add((6,), 'nn.ChannelShuffle(2)')
add((2, 6, 3), 'nn.ChannelShuffle(2)')
add((2, 6, 3, 4, 5), 'nn.ChannelShuffle(3)')
add((2, 6, 3, 4, 5, 6), 'nn.ChannelShuffle(3)')
add((2, 0, 3, 4), 'nn.ChannelShuffle(2)')
add((0, 6, 3, 4), 'nn.ChannelShuffle(2)')
add((2, 6, 3, 4), 'nn.ChannelShuffle()')
add((2, 6, 3, 4), 'nn.ChannelShuffle(groups=3)')
add((2, 6, 3, 4), 'nn.ChannelShuffle(True)')

# ConvTranspose1d/2d/3d: output_padding against stride and dilation, padding_mode, the transposed channel check, the slow kernel's messages, unbatched input.
add((2, 4, 5, 5), 'nn.ConvTranspose2d(4, 6, 3)')
add((2, 4, 5, 5), 'nn.ConvTranspose2d(4, 6, 3, stride=2)')
add((2, 4, 5, 5), 'nn.ConvTranspose2d(4, 6, 3, stride=2, padding=1, output_padding=1)')
add((2, 4, 5, 5), 'nn.ConvTranspose2d(4, 6, 3, stride=2, output_padding=2)')
add((2, 4, 5, 5), 'nn.ConvTranspose2d(4, 6, 3, output_padding=1)')
add((2, 4, 5, 5), 'nn.ConvTranspose2d(4, 6, 3, output_padding=1, dilation=2)')
add((2, 4, 5, 5), 'nn.ConvTranspose2d(4, 6, 3, output_padding=(0, 1), stride=(1, 2))')
add((2, 4, 5, 5), 'nn.ConvTranspose2d(4, 6, 3, output_padding=(1, 0), stride=(1, 2))')
add((2, 4, 5, 5), 'nn.ConvTranspose2d(4, 6, 3, padding=3)')
add((2, 4, 5, 5), 'nn.ConvTranspose2d(4, 6, 3, padding=5)')
add((2, 4, 5, 5), 'nn.ConvTranspose2d(4, 6, 3, padding=-1)')
add((2, 4, 5, 5), 'nn.ConvTranspose2d(4, 6, 3, output_padding=-1)')
add((2, 4, 5, 5), 'nn.ConvTranspose2d(4, 6, 3, stride=0)')
add((2, 4, 5, 5), 'nn.ConvTranspose2d(4, 6, 3, stride=-1)')
add((2, 4, 5, 5), 'nn.ConvTranspose2d(4, 6, 3, dilation=0)')
add((2, 4, 5, 5), 'nn.ConvTranspose2d(4, 6, 0)')
add((2, 4, 5, 5), 'nn.ConvTranspose2d(4, 6, 3, groups=2)')
add((2, 4, 5, 5), 'nn.ConvTranspose2d(4, 6, 3, groups=3)')
add((2, 4, 5, 5), 'nn.ConvTranspose2d(4, 6, 3, groups=0)')
add((2, 4, 5, 5), 'nn.ConvTranspose2d(3, 6, 3)')
add((2, 3, 5, 5), 'nn.ConvTranspose2d(4, 6, 3)')
add((4, 5, 5), 'nn.ConvTranspose2d(4, 6, 3)')
add((4, 5), 'nn.ConvTranspose2d(4, 6, 3)')
add((2, 4, 5, 5, 5), 'nn.ConvTranspose2d(4, 6, 3)')
add((2, 4, 5, 5), "nn.ConvTranspose2d(4, 6, 3, padding_mode='reflect')")
add((2, 4, 5, 5), "nn.ConvTranspose2d(4, 6, 3, padding_mode='circular')")
add((2, 4, 5, 5), "nn.ConvTranspose2d(4, 6, 3, padding_mode='x')")
add((2, 4, 5, 5), "nn.ConvTranspose2d(4, 6, 3, padding='same')")
add((2, 4, 5, 5), "nn.ConvTranspose2d(4, 6, 3, padding='valid')")
add((2, 4, 5, 5), 'nn.ConvTranspose2d(4, 6, 3, bias=False)')
add((2, 4, 5, 5), 'nn.ConvTranspose2d(4, 6, (2, 3), stride=(2, 1), padding=(1, 0), output_padding=(1, 0), groups=2, bias=False, dilation=(1, 2))')
add((2, 4, 5, 5), "nn.ConvTranspose2d(4, 6, 3, 1, 0, 0, 1, True, 1, 'zeros')")
add((2, 4, 5, 5), 'nn.ConvTranspose2d(4, 6, 3, stride=(1, 2, 3))')
add((2, 4, 5, 5), 'nn.ConvTranspose2d(4, 6, 3, output_padding=(1, 2, 3))')
add((2, 4, 5, 5), 'nn.ConvTranspose2d(4, 6, 3, output_padding=1.5)')
add((2, 4, 5, 5), 'nn.ConvTranspose2d(4, 6, 3, stride=1.5)')
add((2, 4, 5, 5), 'nn.ConvTranspose2d(4, 6, 3.0)')
add((2, 4, 5, 5), 'nn.ConvTranspose2d(4.0, 6, 3)')
add((2, 4, 5, 5), 'nn.ConvTranspose2d(4, 6, 3, groups=2.0)')
add((2, 4, 5, 5), 'nn.ConvTranspose2d(4, 6, 3, output_padding=None)')
add((2, 4, 5, 5), 'nn.ConvTranspose2d(4, 6)')
add((0, 4, 5, 5), 'nn.ConvTranspose2d(4, 6, 3)')
add((2, 0, 5, 5), 'nn.ConvTranspose2d(0, 6, 3)')
add((2, 4, 0, 5), 'nn.ConvTranspose2d(4, 6, 3)')
add((1, 4, 1, 1), 'nn.ConvTranspose2d(4, 6, 1, padding=1)')
add((1, 4, 2, 2), 'nn.ConvTranspose2d(4, 6, 1, padding=1)')
add((2, 4, 9), 'nn.ConvTranspose1d(4, 6, 3)')
add((4, 9), 'nn.ConvTranspose1d(4, 6, 3, stride=2, output_padding=1)')
add((2, 4, 9), 'nn.ConvTranspose1d(4, 6, 3, output_padding=1)')
add((2, 4, 9), 'nn.ConvTranspose1d(4, 6, 3, padding=3)')
add((2, 4, 9), 'nn.ConvTranspose1d(4, 6, 3, padding=9)')
add((2, 4, 9, 9), 'nn.ConvTranspose1d(4, 6, 3)')
add((9,), 'nn.ConvTranspose1d(4, 6, 3)')
add((2, 4, 9), "nn.ConvTranspose1d(4, 6, 3, padding_mode='reflect')")
add((2, 4, 9), 'nn.ConvTranspose1d(4, 6, 3, stride=0)')
add((2, 4, 9), 'nn.ConvTranspose1d(4, 6, 0)')
add((2, 4, 9), 'nn.ConvTranspose1d(4, 6, 3, dilation=0)')
add((2, 4, 9), 'nn.ConvTranspose1d(4, 6, 3, groups=2)')
add((2, 3, 9), 'nn.ConvTranspose1d(4, 6, 3)')
add((2, 4, 4, 5, 6), 'nn.ConvTranspose3d(4, 6, 3)')
add((4, 4, 5, 6), 'nn.ConvTranspose3d(4, 6, 3, stride=2, output_padding=1)')
add((2, 4, 4, 5, 6), 'nn.ConvTranspose3d(4, 6, 3, output_padding=1)')
add((2, 4, 4, 5, 6), 'nn.ConvTranspose3d(4, 6, 3, padding=4)')
add((2, 4, 4, 5, 6), 'nn.ConvTranspose3d(4, 6, 0)')
add((2, 4, 4, 5, 6), 'nn.ConvTranspose3d(4, 6, 3, dilation=0)')
add((2, 4, 4, 5, 6), 'nn.ConvTranspose3d(4, 6, 3, stride=0)')
add((2, 3, 4, 5, 6), 'nn.ConvTranspose3d(4, 6, 3)')
add((2, 4, 4, 5), "nn.ConvTranspose3d(4, 6, 3, padding_mode='replicate')")
add((2, 4, 5), 'nn.ConvTranspose3d(4, 6, 3)')
add((32, 64, 7, 7), 'nn.Sequential(nn.ConvTranspose2d(64, 32, 4, stride=2, padding=1), nn.ReLU(), nn.ConvTranspose2d(32, 1, 4, stride=2, padding=1), nn.Sigmoid(), nn.Flatten())')
add((8, 10), 'nn.Sequential(nn.Linear(10, 16*7*7), nn.Unflatten(1, (16, 7, 7)), nn.ConvTranspose2d(16, 8, 2, stride=2), nn.ConvTranspose2d(8, 1, 2, stride=2), nn.Flatten())')

# Chains: a 1-d signal classifier, an autoencoder (Unflatten + ConvTranspose2d), 3-d and pixel-shuffle models, and the new layers after a Flatten.
add((4, 1, 128), 'nn.Sequential(nn.Conv1d(1, 8, 5, padding=2), nn.BatchNorm1d(8), nn.ELU(), nn.MaxPool1d(2), nn.Conv1d(8, 16, 3), nn.GroupNorm(4, 16), nn.PReLU(16), nn.AdaptiveAvgPool1d(4), nn.Flatten(), nn.Linear(64, 5), nn.LogSoftmax(dim=1))')
add((4, 1, 128), 'nn.Sequential(nn.Conv1d(1, 8, 5, padding=2), nn.InstanceNorm1d(8), nn.Hardtanh(), nn.Flatten(), nn.Linear(1024, 5), nn.Softmin(dim=1))')
add((2, 3, 32, 32), 'nn.Sequential(nn.ReflectionPad2d(1), nn.Conv2d(3, 16, 3), nn.InstanceNorm2d(16, affine=True), nn.ReLU(), nn.Conv2d(16, 12, 3, padding=1), nn.PixelShuffle(2), nn.Softmax2d(), nn.Flatten())')
add((2, 3, 32, 32), 'nn.Sequential(nn.Conv2d(3, 8, 3, stride=2, padding=1), nn.ReLU(), nn.Conv2d(8, 16, 3, stride=2, padding=1), nn.Flatten(), nn.Unflatten(1, (16, 8, 8)), nn.ConvTranspose2d(16, 8, 3, stride=2, padding=1, output_padding=1), nn.ReLU(), nn.ConvTranspose2d(8, 3, 3, stride=2, padding=1, output_padding=1), nn.Sigmoid())')
add((2, 3, 32, 32), 'nn.Sequential(nn.Conv2d(3, 8, 3, stride=2, padding=1), nn.Flatten(), nn.Unflatten(1, (8, 16, 16)), nn.ConvTranspose2d(8, 3, 3, stride=2, padding=1), nn.Flatten(), nn.Linear(3*32*32, 10))')
add((2, 2, 4, 6, 6), 'nn.Sequential(nn.Conv3d(2, 4, 3, padding=1), nn.BatchNorm3d(4), nn.SiLU(), nn.ConstantPad3d(1, 0.5), nn.ReplicationPad3d((1, 0, 1, 0, 1, 0)), nn.InstanceNorm3d(4), nn.ConvTranspose3d(4, 2, 2, stride=2), nn.Flatten())')
add((2, 16, 6, 6), 'nn.Sequential(nn.PixelUnshuffle(2), nn.ChannelShuffle(4), nn.Conv2d(64, 8, 1), nn.Softplus(), nn.Tanhshrink(), nn.Softsign(), nn.LogSigmoid(), nn.Flatten())')
add((2, 8), 'nn.Sequential(nn.Linear(8, 8), nn.Threshold(0.1, 0.0), nn.Softshrink(0.2), nn.Hardshrink(), nn.CELU(0.5), nn.Flatten(0))')
add((2, 3, 8, 8), 'nn.Sequential(nn.ZeroPad2d((1, 0, 1, 0)), nn.Conv2d(3, 4, 2, stride=2), nn.Flatten(), nn.Linear(64, 4))')
add((2, 3, 8, 8), 'nn.Sequential(nn.ZeroPad2d((1, 0, 1, 0)), nn.Conv2d(3, 4, 2, stride=2), nn.Flatten(), nn.Linear(36, 4))')
add((2, 3, 8, 8), 'nn.Sequential(nn.Flatten(), nn.ReflectionPad1d(2))')
add((2, 3, 8, 8), 'nn.Sequential(nn.Flatten(), nn.InstanceNorm1d(192))')
add((2, 3, 8, 8), 'nn.Sequential(nn.Flatten(), nn.GroupNorm(3, 192))')
add((2, 3, 8, 8), 'nn.Sequential(nn.Flatten(), nn.PixelShuffle(2))')
add((2, 3, 8, 8), 'nn.Sequential(nn.Flatten(), nn.ConvTranspose1d(3, 3, 2))')
add((2, 3, 8, 8), 'nn.Sequential(nn.Flatten(), nn.Unflatten(1, (192, 1)), nn.ConvTranspose1d(192, 3, 2), nn.Flatten())')

# Upsample, UpsamplingNearest2d, UpsamplingBilinear2d: size or scale_factor, each mode's rank, align_corners, recompute_scale_factor, the kernels' argument parsers and size checks.
add((2, 3, 4), 'nn.Upsample(scale_factor=2)')
add((2, 3, 4, 5), 'nn.Upsample(scale_factor=2)')
add((2, 3, 4, 5, 6), 'nn.Upsample(scale_factor=2)')
add((3, 4), 'nn.Upsample(scale_factor=2)')
add((2, 3, 4, 5, 6, 7), 'nn.Upsample(scale_factor=2)')
add((2, 3, 4, 5), 'nn.Upsample(size=7)')
add((2, 3, 4, 5), 'nn.Upsample(size=(7, 8))')
add((2, 3, 4, 5), 'nn.Upsample(size=[7, 8])')
add((2, 3, 4, 5), 'nn.Upsample(size=(7,))')
add((2, 3, 4, 5), 'nn.Upsample(size=(7, 8, 9))')
add((2, 3, 4, 5), 'nn.Upsample(7)')
add((2, 3, 4, 5), 'nn.Upsample()')
add((2, 3, 4, 5), 'nn.Upsample(size=7, scale_factor=2)')
add((2, 3, 4, 5), 'nn.Upsample(scale_factor=(2, 3))')
add((2, 3, 4, 5), 'nn.Upsample(scale_factor=(2,))')
add((2, 3, 4, 5), 'nn.Upsample(scale_factor=[2, 3])')
add((2, 3, 4, 5), 'nn.Upsample(scale_factor=1.5)')
add((2, 3, 4, 5), 'nn.Upsample(scale_factor=0.5)')
add((2, 3, 4, 5), 'nn.Upsample(scale_factor=0.1)')
add((2, 3, 4, 5), 'nn.Upsample(scale_factor=-2)')
add((2, 3, 4, 5), 'nn.Upsample(scale_factor=0)')
add((2, 3, 4, 5), "nn.Upsample(scale_factor='x')")
add((2, 3, 4, 5), "nn.Upsample(scale_factor='2')")
add((2, 3, 4, 5), 'nn.Upsample(scale_factor=None)')
add((2, 3, 4, 5), 'nn.Upsample(scale_factor=(2, None))')
add((2, 3, 4, 5), "nn.Upsample(scale_factor=(2, 'a'))")
add((2, 3, 4, 5), 'nn.Upsample(scale_factor=True)')
# A str scale factor goes through Python's float(): underscores between digits, spaces around,
# inf/nan in any case, and what float() refuses.
for _text in ("1_0", " 2 ", "2.5", "1e0", "1E1", "+2", "-2", ".5e1", "2.", "inf", "-inf", "Infinity", "-iNF", "nan", "+nan",
              "1__0", "_10", "10_", "1_0.5", "1._5", "1_e1", "1e1_0", "0x10", "1,5", "", " ", "2\n", "\t2", "infinit",
              "nan(1)", "1e", "e1", ".", "2 3", "2_0_0", "0_1", "00", "1e+1", "1e-1_0", "1e_1", "2._", "+", "-_1"):
    add((1, 1, 2, 2), f"nn.Upsample(scale_factor={_text!r})")
add((1, 1, 2, 2), "nn.Upsample(scale_factor=('2', 3))", "nn.Upsample(scale_factor=('1_0', '2'))", "nn.Upsample(scale_factor=('x', 2))",
    "nn.Upsample(scale_factor=('1_', 2))")
add((1, 1, 2, 2), "nn.Upsample(scale_factor=1e30)", "nn.Upsample(scale_factor=-1e30)", "nn.Upsample(scale_factor=('inf', 2))",
    "nn.Upsample(scale_factor=(2, 'nan'))", "nn.Upsample(scale_factor=(-1e30, 'nan'))", "nn.Upsample(scale_factor=2.5e18)",
    "nn.Upsample(scale_factor=(-2.5e18, 0))", "nn.Upsample(scale_factor=-1e18)")
add((2, 3, 4, 5), 'nn.Upsample(size=0)')
add((2, 3, 4, 5), 'nn.Upsample(size=-1)')
add((2, 3, 4, 5), 'nn.Upsample(size=2.5)')
add((2, 3, 4, 5), "nn.Upsample(size='x')")
add((2, 3, 4, 5), 'nn.Upsample(size=(2, 2.5))')
add((2, 3, 4, 5), 'nn.Upsample(size=(2.5, 2))')
add((2, 3, 4, 5), 'nn.Upsample(size=(None, 2))')
add((2, 3, 4, 5), 'nn.Upsample(size=True)')
add((2, 3, 4, 5), "nn.Upsample(scale_factor=2, mode='bilinear')")
add((2, 3, 4, 5), "nn.Upsample(scale_factor=2, mode='bilinear', align_corners=True)")
add((2, 3, 4, 5), "nn.Upsample(scale_factor=2, mode='nearest', align_corners=True)")
add((2, 3, 4, 5), "nn.Upsample(scale_factor=2, mode='nearest', align_corners=False)")
add((2, 3, 4, 5), "nn.Upsample(scale_factor=2, mode='bicubic')")
add((2, 3, 4, 5), "nn.Upsample(scale_factor=2, mode='linear')")
add((2, 3, 4, 5), "nn.Upsample(scale_factor=2, mode='trilinear')")
add((2, 3, 4, 5), "nn.Upsample(scale_factor=2, mode='area')")
add((2, 3, 4, 5), "nn.Upsample(scale_factor=2, mode='nearest-exact')")
add((2, 3, 4, 5), "nn.Upsample(scale_factor=2, mode='x')")
add((2, 3, 4, 5), 'nn.Upsample(scale_factor=2, mode=None)')
add((2, 3, 4), "nn.Upsample(scale_factor=2, mode='linear')")
add((2, 3, 4), "nn.Upsample(scale_factor=2, mode='bilinear')")
add((2, 3, 4), "nn.Upsample(scale_factor=2, mode='trilinear')")
add((2, 3, 4), "nn.Upsample(scale_factor=2, mode='bicubic')")
add((2, 3, 4, 5, 6), "nn.Upsample(scale_factor=2, mode='trilinear')")
add((2, 3, 4, 5, 6), "nn.Upsample(scale_factor=2, mode='linear')")
add((2, 3, 4, 5, 6), "nn.Upsample(scale_factor=2, mode='bilinear')")
add((2, 3, 4, 5, 6), "nn.Upsample(scale_factor=2, mode='bicubic')")
add((2, 3, 4, 5), "nn.Upsample(scale_factor=2, mode='bilinear', align_corners='x')")
add((2, 3, 4, 5), "nn.Upsample(scale_factor=2, mode='bilinear', align_corners=1)")
add((2, 3, 4, 5), 'nn.Upsample(scale_factor=2, recompute_scale_factor=True)')
add((2, 3, 4, 5), 'nn.Upsample(scale_factor=1.7, recompute_scale_factor=True)')
add((2, 3, 4, 5), 'nn.Upsample(size=3, recompute_scale_factor=True)')
add((2, 3, 4, 5), 'nn.Upsample(size=3, recompute_scale_factor=False)')
add((2, 3, 4, 5), "nn.Upsample(3, 2, 'nearest', None, None, 5)")
add((2, 3, 4, 5), 'nn.Upsample(size=(3, 0))')
add((2, 3, 4, 5), "nn.Upsample(size=(3, 0), mode='bilinear')")
add((2, 3, 4), 'nn.Upsample(size=0)')
add((2, 3, 4), "nn.Upsample(size=0, mode='linear')")
add((2, 3, 4, 5, 6), 'nn.Upsample(size=0)')
add((2, 3, 4, 5, 6), "nn.Upsample(size=0, mode='trilinear')")
add((0, 3, 4, 5), 'nn.Upsample(scale_factor=2)')
add((2, 0, 4, 5), 'nn.Upsample(scale_factor=2)')
add((2, 3, 0, 5), 'nn.Upsample(scale_factor=2)')
add((0, 3, 4, 5), "nn.Upsample(scale_factor=2, mode='bilinear')")
add((2, 3, 0, 5), "nn.Upsample(scale_factor=2, mode='bilinear')")
add((2, 3, 0), "nn.Upsample(scale_factor=2, mode='linear')")
add((2, 3, 0), 'nn.Upsample(scale_factor=2)')
add((2, 3, 4, 5), 'nn.UpsamplingNearest2d(scale_factor=2)')
add((2, 3, 4, 5), 'nn.UpsamplingNearest2d(size=(3, 3))')
add((2, 3, 4), 'nn.UpsamplingNearest2d(scale_factor=2)')
add((2, 3, 4, 5), 'nn.UpsamplingBilinear2d(scale_factor=2)')
add((2, 3, 4, 5), 'nn.UpsamplingBilinear2d(size=3)')
add((2, 3, 4, 5, 6), 'nn.UpsamplingBilinear2d(size=3)')
add((2, 3, 4, 5), 'nn.UpsamplingBilinear2d()')
add((2, 3, 4, 5), 'nn.UpsamplingBilinear2d(2, 2)')
add((2, 3, 4, 5), "nn.UpsamplingNearest2d(mode='nearest')")
add((2, 3, 4, 5), 'nn.Upsample(scale_factor=(2.0, 1))')
add((2, 3, 4, 5), 'nn.Upsample(scale_factor=1e-9)')
add((2, 3, 4, 5), "nn.Upsample(scale_factor=2, mode='bicubic', align_corners=True)")
add((2, 3, 4, 5), "nn.Upsample(size=(2,3), mode='bicubic')")

# Empty inputs of the norms and shuffles, upsampling chains, and cases the random differential found.
add((0, 8, 5, 5, 5), 'nn.InstanceNorm3d(8, track_running_stats=True)')
add((0, 8, 5, 5), 'nn.InstanceNorm2d(8, affine=True)')
add((0, 8, 5, 5), 'nn.InstanceNorm2d(8, affine=True, track_running_stats=True)')
add((0, 8, 5, 5), 'nn.InstanceNorm2d(3, track_running_stats=True)')
add((2, 0, 5, 5), 'nn.InstanceNorm2d(3, track_running_stats=True)')
add((2, 0, 5, 5), 'nn.InstanceNorm2d(3, affine=True)')
add((2, 8, 0, 5), 'nn.InstanceNorm2d(3, track_running_stats=True)')
add((2, 2, 0, 5), 'nn.PixelUnshuffle(2)')
add((2, 0, 4, 6), 'nn.PixelUnshuffle(2)')
add((2, 3, 0, 4), 'nn.PixelShuffle(2)')
add((2, 4, 0, 4), 'nn.PixelShuffle(2)')
add((0, 6, 3, 4), 'nn.ChannelShuffle(4)')
add((2, 3, 8, 8), "nn.Sequential(nn.Upsample(scale_factor=2, mode='bilinear', align_corners=False), nn.Conv2d(3, 4, 3, padding=1), nn.UpsamplingNearest2d(size=(20, 20)), nn.Flatten(), nn.Linear(1600, 10))")
add((2, 3, 8), "nn.Sequential(nn.Upsample(size=16, mode='linear'), nn.Conv1d(3, 2, 3), nn.Flatten())")
add((0, 8, 5, 5), 'nn.InstanceNorm3d(8, 0.01, -1.0, True, track_running_stats=1)')
add((3, 2, 2, 3, 8), 'nn.Sequential(nn.ConvTranspose3d(16, out_channels=12, kernel_size=(), stride=2), nn.ChannelShuffle(16))')
add((12, 1), 'nn.Sequential(nn.ConvTranspose1d(in_channels=1, out_channels=6, kernel_size=[4, 4, 1], stride=(1, 0), padding=2), nn.AdaptiveMaxPool1d((0, 1)))')
add((3, 3, 1), 'nn.Sequential(nn.ConvTranspose2d(in_channels=6, out_channels=4, kernel_size=(4, 3, 1)))')
# A tuple (MaxPool1d(return_indices=True) inside a nested Sequential) reaching each new layer.
add((2, 3, 4), 'nn.Sequential(nn.Sequential(nn.MaxPool1d(2, return_indices=True), nn.GroupNorm(1,3)))')
add((2, 3, 4), 'nn.Sequential(nn.Sequential(nn.MaxPool1d(2, return_indices=True), nn.InstanceNorm1d(3)))')
add((2, 3, 4), 'nn.Sequential(nn.Sequential(nn.MaxPool1d(2, return_indices=True), nn.BatchNorm3d(3)))')
add((2, 3, 4), 'nn.Sequential(nn.Sequential(nn.MaxPool1d(2, return_indices=True), nn.PixelShuffle(2)))')
add((2, 3, 4), 'nn.Sequential(nn.Sequential(nn.MaxPool1d(2, return_indices=True), nn.PixelUnshuffle(2)))')
add((2, 3, 4), 'nn.Sequential(nn.Sequential(nn.MaxPool1d(2, return_indices=True), nn.ChannelShuffle(2)))')
add((2, 3, 4), 'nn.Sequential(nn.Sequential(nn.MaxPool1d(2, return_indices=True), nn.Upsample(scale_factor=2)))')
add((2, 3, 4), 'nn.Sequential(nn.Sequential(nn.MaxPool1d(2, return_indices=True), nn.UpsamplingNearest2d(scale_factor=2)))')
add((2, 3, 4), 'nn.Sequential(nn.Sequential(nn.MaxPool1d(2, return_indices=True), nn.UpsamplingBilinear2d(scale_factor=2)))')
add((2, 3, 4), 'nn.Sequential(nn.Sequential(nn.MaxPool1d(2, return_indices=True), nn.ConvTranspose1d(3,3,1)))')
add((2, 3, 4), 'nn.Sequential(nn.Sequential(nn.MaxPool1d(2, return_indices=True), nn.ConvTranspose2d(3,3,1)))')
add((2, 3, 4), 'nn.Sequential(nn.Sequential(nn.MaxPool1d(2, return_indices=True), nn.ConstantPad2d(1, 0)))')
add((2, 3, 4), 'nn.Sequential(nn.Sequential(nn.MaxPool1d(2, return_indices=True), nn.ReplicationPad3d(1)))')
add((2, 3, 4), 'nn.Sequential(nn.Sequential(nn.MaxPool1d(2, return_indices=True), nn.PReLU(3)))')
add((2, 3, 4), 'nn.Sequential(nn.Sequential(nn.MaxPool1d(2, return_indices=True), nn.Softmin(0)))')
add((2, 3, 4), 'nn.Sequential(nn.Sequential(nn.MaxPool1d(2, return_indices=True), nn.Softmax2d()))')
add((2, 3, 4), 'nn.Sequential(nn.Sequential(nn.MaxPool1d(2, return_indices=True), nn.Threshold(1, 2, True)))')
# 3-d reflection and replication padding: at least one output dim must stay positive.
add((1, 1, 2, 2), "nn.Sequential(nn.LogSoftmax(), nn.ReflectionPad3d(-1), nn.Tanhshrink(), nn.ConstantPad1d(padding='x', value=-1.0))")
add((1, 1, 2, 2), 'nn.ReplicationPad3d(-1)')
add((1, 1, 2, 2), 'nn.ReflectionPad3d(-1)')
add((1, 1, 2, 3), 'nn.ReflectionPad3d((-1,-1,-1,-1,-1,-1))')
add((2, 3, 3, 3), 'nn.ReplicationPad3d((-2,-2,-2,-2,-2,-2))')

# === Hostile input (issue 13, "Fidelity under hostile input") ===================================
# Kept in one block: other module work appends elsewhere in this file.

# A model expression is Python: parentheses around it, or any value at all (which then fails
# when it is called on the input).
add((2, 3), "(nn.ReLU())", "((nn.ReLU()))", "nn.Sequential((nn.ReLU()))", "nn.Sequential((nn.ReLU()), (nn.Tanh()))",
    "(nn.Sequential(nn.ReLU(), nn.Flatten(0)))", "(nn.Sequential(nn.ReLU(), nn.Flatten(1//0)))",
    "(nn.Sequential(nn.Linear(3, 2), nn.Linear(3, 2)))", "nn.Flatten((0), (1))", "(nn.ReLU(),)", "[nn.ReLU()]",
    "3", "None", "'relu'", "-1.5", "True", "()", "(1 + 2)", "nn.Sequential((nn.ReLU(), nn.Tanh()))",
    "nn.Sequential(nn.ReLU(), [nn.Tanh()], nn.Flatten(1//0))")

# Operators run when Python meets them: their errors are the constructor stage's, in order.
add((2, 3), "nn.Flatten(1//0)", "nn.Flatten(1%0)", "nn.Flatten(1/0)", "nn.Flatten(1.0//0)", "nn.Flatten(1.0%0)",
    "nn.Flatten(1 % 0.0)", "nn.Flatten(1 / 0.0)", "nn.Flatten(0.0 / 0)", "nn.Flatten(True // False)",
    "nn.Flatten(-1 // 0.0)", "nn.Flatten(1//0, 'a'+1)", "nn.Flatten((1//0) + (1%0))", "nn.Linear(3, 4 // (2 - 2))",
    "nn.Flatten('a'+1)", "nn.Flatten(1+'a')", "nn.Flatten(-'a')", "nn.Flatten(+(1,))", "nn.Flatten(-None)",
    "nn.Flatten(-[1])", "nn.Flatten(-nn.ReLU())", "nn.Flatten(+nn.Sequential())", "nn.Flatten(nn.ReLU()+1)",
    "nn.Flatten(1 - nn.ReLU())", "nn.Flatten(None + 1)", "nn.Flatten(True + True)", "nn.Flatten(3 - True)",
    "nn.Flatten(-True)", "nn.Flatten(+False)", "nn.Flatten(- - -1)", "nn.Flatten(7 // -2, 7 % -2)",
    "nn.Flatten(-7 // 2, -7 % 2)", "nn.Flatten(7.5 // -2)", "nn.Flatten(7 / 7)", "nn.Dropout(7.5 % -2)",
    "nn.Dropout(1 / 4)", "nn.Dropout(-0.0 % 1)", "nn.Flatten('a'*2)", "nn.Flatten((1,)*2)", "nn.Flatten((1,)+[2])",
    "nn.Flatten([1]+(2,))", "nn.Flatten('a'+(1,))", "nn.Flatten((1,)+'a')", "nn.Flatten('a' % ())",
    "nn.Flatten('a' % 2)", "nn.Flatten('a' % (1,))", "nn.Flatten('a' % [1])", "nn.Flatten('a' % nn.Sequential())",
    "nn.Flatten('a' % nn.ReLU())", "nn.Flatten('a' % None)", "nn.Flatten((1,) % 2)", "nn.Flatten('a' * -1)",
    "nn.Flatten('ab' * 1.5)", "nn.Flatten(1.5 * 'ab')", "nn.Flatten('ab' * 'c')", "nn.Flatten([1] * True)",
    "nn.Flatten(2 * [1])", "nn.Flatten([1] * [2])", "nn.Flatten(None * 'a')", "nn.Flatten(nn.ReLU() * 'a')",
    "nn.Flatten('a' - 'b')", "nn.Flatten((1,) / 2)", "nn.Flatten(nn.ReLU() // 2)", "nn.Flatten(nn.ReLU() % 2)",
    "nn.Flatten(1 * 2 - 3 // 2)")
add((2, 3, 4, 4), "nn.Conv2d(3, 4, 3, padding='sa' + 'me')", "nn.Conv2d(3, 4, (3,) * 2, padding=[1] * 2)",
    "nn.Conv2d(3, 4, 3, padding='va' + 'lid' * 1)", "nn.MaxPool2d((1, 2) + (2,))", "nn.MaxPool2d((2,) * 2 + ())",
    "nn.Conv2d(3, 4, 3, padding='same' * 0)", "nn.Conv2d(3, 2 * 2, 3 // 1, stride=1 + 1 % 1)")
add((2, 3), "nn.Sequential(nn.Flatten(1//0), nn.Linear(3, 'a'))", "nn.Sequential(nn.Linear(3, 'a'), nn.Flatten(1//0))",
    "nn.Flatten(nn.Linear(3, 'a') + 1//0)", "nn.Sequential(nn.ReLU(), nn.Linear(3, 4) - 1)",
    "nn.Sequential(nn.ReLU(), nn.Tanh(1 // 0))", "nn.Sequential(nn.ReLU(), start=1 // 0)")

# nn.Sequential's own + and * (torch 1.13): a new Sequential, traced as one layer when the whole
# expression is one; ValueError/TypeError texts naming classes.
add((2, 3), "nn.Sequential(nn.ReLU()) + nn.Sequential(nn.Tanh())", "nn.Sequential(nn.ReLU()) * 2",
    "2 * nn.Sequential(nn.ReLU(), nn.Flatten())", "nn.Sequential(nn.Linear(3, 4)) + nn.Sequential(nn.Flatten(0))",
    "nn.Sequential(nn.ReLU()) * True", "nn.Sequential() + nn.Sequential()", "nn.Sequential(None) * 2",
    "nn.Sequential(nn.ReLU(), nn.Sequential(nn.ReLU()) + nn.Sequential(nn.Tanh()), nn.Flatten(0))",
    "nn.Sequential(nn.Sequential(nn.Linear(3, 3)) * 3, nn.Flatten(0), nn.Linear(6, 1))",
    "nn.Sequential(nn.ReLU()) + nn.ReLU()", "nn.Sequential(nn.ReLU()) + 1", "nn.Sequential(nn.ReLU()) + None",
    "nn.Sequential(nn.ReLU()) + (1,)", "nn.Sequential(nn.ReLU()) + 'a'", "nn.Sequential(nn.ReLU()) + 1.5",
    "nn.Sequential(nn.ReLU()) + nn.Linear(3, 3)", "nn.Sequential(nn.ReLU()) + nn.Conv2d(3, 3, 3)",
    "nn.Sequential(nn.ReLU()) + nn.Conv1d(3, 3, 3)", "nn.Sequential(nn.ReLU()) + nn.MaxPool2d(3)",
    "nn.Sequential(nn.ReLU()) + nn.AdaptiveAvgPool2d(3)", "nn.Sequential(nn.ReLU()) + nn.BatchNorm1d(3)",
    "nn.Sequential(nn.ReLU()) + nn.Dropout()", "nn.Sequential(nn.ReLU()) + nn.Dropout2d()",
    "nn.Sequential(nn.ReLU()) + nn.Unflatten(1, (3, 1))", "nn.Sequential(nn.ReLU()) + nn.Flatten()",
    "nn.Sequential(nn.ReLU()) + nn.LayerNorm(3)", "nn.Sequential(nn.ReLU()) + nn.Identity()",
    "nn.Sequential(nn.ReLU()) + nn.Softmax(1)", "nn.Sequential(nn.ReLU()) + nn.GELU()",
    "1 + nn.Sequential(nn.ReLU())", "'a' + nn.Sequential()", "(1,) + nn.Sequential()", "nn.ReLU() + nn.Sequential()",
    "nn.Sequential(nn.ReLU()) * 0", "nn.Sequential(nn.ReLU()) * -2", "nn.Sequential(nn.ReLU()) * False",
    "nn.Sequential(nn.ReLU()) * 1.5", "1.5 * nn.Sequential(nn.ReLU())", "'a' * nn.Sequential(nn.ReLU())",
    "(1,) * nn.Sequential()", "nn.ReLU() * nn.Sequential(nn.ReLU())", "nn.Sequential() * nn.Sequential()",
    "nn.Sequential(nn.ReLU()) * None", "nn.Sequential(nn.ReLU()) - nn.Sequential()", "nn.Sequential() / 2",
    "nn.Sequential() // 2", "nn.Sequential() % 2", "-nn.Sequential()", "nn.Flatten(nn.Sequential() * 2)",
    "nn.Sequential(nn.ReLU() + nn.Sequential())")

# MaxPool1d after a layer with parameters: its input requires grad, so ATen runs
# max_pool1d_with_indices, with other checks and messages. Layers without parameters (ReLU,
# LayerNorm(elementwise_affine=False), BatchNorm1d(affine=False)) leave it on max_pool1d.
for before in ["nn.Linear(10, 10)", "nn.Conv1d(3, 3, 1)", "nn.Conv1d(3, 3, 1, bias=False)", "nn.LayerNorm(10)",
               "nn.BatchNorm1d(3)", "nn.Sequential(nn.Linear(10, 10))", "nn.Sequential(nn.ReLU(), nn.LayerNorm(10))",
               "nn.ReLU()", "nn.LayerNorm(10, elementwise_affine=False)", "nn.BatchNorm1d(3, affine=False)",
               "nn.Sequential()", "nn.Linear(10, 10), nn.ReLU(), nn.Dropout()", "nn.Linear(10, 10), nn.Flatten(0, 1)"]:
    for pool in ["nn.MaxPool1d(2)", "nn.MaxPool1d(11)", "nn.MaxPool1d(12)", "nn.MaxPool1d((2, 2))", "nn.MaxPool1d(0)",
                 "nn.MaxPool1d(2, stride=0)", "nn.MaxPool1d(2, stride=(1, 1))", "nn.MaxPool1d(2, stride=-1)",
                 "nn.MaxPool1d(1, padding=1)", "nn.MaxPool1d(2, padding=-1)", "nn.MaxPool1d(2, padding=(1, 1))",
                 "nn.MaxPool1d(3, dilation=0)", "nn.MaxPool1d(3, dilation=(1, 1))", "nn.MaxPool1d(())",
                 "nn.MaxPool1d(4, dilation=3)", "nn.MaxPool1d(3, 2, 1, ceil_mode=True)"]:
        add((2, 3, 10), f"nn.Sequential({before}, {pool})")
add((3, 10), "nn.Sequential(nn.Linear(10, 10), nn.MaxPool1d(11))", "nn.Sequential(nn.Linear(10, 4), nn.MaxPool1d(5))")
add((2, 3, 0), "nn.Sequential(nn.Linear(0, 0), nn.MaxPool1d(1))", "nn.Sequential(nn.Linear(0, 1), nn.MaxPool1d(1))")
add((0, 3, 10), "nn.Sequential(nn.Linear(10, 10), nn.MaxPool1d(2))")
add((2, 3, 10), "nn.Sequential(nn.Linear(10, 10), nn.Sequential(nn.ReLU(), nn.MaxPool1d(11)))",
    "nn.Sequential(nn.Sequential(nn.Linear(10, 10), nn.MaxPool1d(11)))",
    "nn.Sequential(nn.Linear(10, 10), nn.MaxPool1d(2, return_indices=True))",
    "nn.Sequential(nn.Linear(10, 10), nn.MaxPool1d(2.5))", "nn.Sequential(nn.Linear(10, 10), nn.MaxPool1d((True, 2)))")


# Bools in int lists: the argument parser matches a list by its first element (bool is not an
# int there) but unpacks every element as a Python int (a bool is one).
add((2, 3, 4, 4), "nn.MaxPool2d((2, True))", "nn.MaxPool2d((True, 2))", "nn.MaxPool2d(2, (1, False))",
    "nn.AvgPool2d((2, True))", "nn.AvgPool2d((2, 2), (2, True), (0, False))", "nn.AdaptiveAvgPool2d((2, True))",
    "nn.AdaptiveAvgPool2d((2, 'a'))", "nn.AdaptiveAvgPool2d((True, 2))", "nn.AdaptiveMaxPool2d((2, True))",
    "nn.Conv2d(3, 4, (2, True))", "nn.Conv2d(3, 4, (True, 2))", "nn.Conv2d(3, 4, 2, (1, True), (0, False), (1, True))",
    "nn.MaxPool2d([2, False])", "nn.MaxPool2d((2, 2), padding=(1, True))", "nn.AvgPool2d(2, divisor_override=True)")
add((2, 3, 4), "nn.AdaptiveAvgPool1d((True,))", "nn.AdaptiveAvgPool1d(True)", "nn.Conv1d(3, 4, (True,))",
    "nn.MaxPool1d((2, True))", "nn.MaxPool1d(2, (1, True))", "nn.AvgPool1d((2, True))", "nn.AvgPool1d(2, (True,))")
add((2, 12), "nn.Unflatten(1, (3, True, 4))", "nn.Unflatten(1, (True, 12))", "nn.Unflatten(1, (12, True))")
add((2, 3, 4), "nn.LayerNorm((3, True, 4))", "nn.LayerNorm((True, 4))", "nn.LayerNorm((3, 4, True))")
add((2, 3, 4, 4, 4), "nn.MaxPool3d((2, True, 2))", "nn.AvgPool3d((2, True, 2))", "nn.AdaptiveAvgPool3d((2, True, 2))")
# ConvTranspose: _pair() keeps the bool, conv_transpose2d's parser matches each list by its first
# element (before the input's rank is checked) and reads a later bool as an int; the kernel size
# is a size of the weight, where a bool is an int.
_TRANSPOSED_BOOLS = ("nn.ConvTranspose2d(3, 4, (2, True))", "nn.ConvTranspose2d(3, 4, (True, 2))",
                     "nn.ConvTranspose2d(3, 4, True)", "nn.ConvTranspose2d(3, 4, 2, stride=(2, True))",
                     "nn.ConvTranspose2d(3, 4, 2, stride=(True, 2))", "nn.ConvTranspose2d(3, 4, 2, stride=True)",
                     "nn.ConvTranspose2d(3, 4, 2, padding=(1, True))", "nn.ConvTranspose2d(3, 4, 2, padding=(True, 1))",
                     "nn.ConvTranspose2d(3, 4, 2, dilation=(2, True))", "nn.ConvTranspose2d(3, 4, 2, dilation=(True, 2))",
                     "nn.ConvTranspose2d(3, 4, 2, stride=2, output_padding=(1, True))",
                     "nn.ConvTranspose2d(3, 4, 2, stride=2, output_padding=(True, 1))",
                     "nn.ConvTranspose2d(3, 4, 2, stride=2, output_padding=True)",
                     "nn.ConvTranspose2d(3, 4, 2, (2, True), (1, False), (1, True), 1, True, (1, True))")
add((2, 3, 5, 5), *_TRANSPOSED_BOOLS)
add((3, 5, 5), *_TRANSPOSED_BOOLS[:4])
add((2, 3, 5), *_TRANSPOSED_BOOLS)
add((2, 3, 5), "nn.ConvTranspose1d(3, 4, 2, stride=(True,))", "nn.ConvTranspose1d(3, 4, (True,))",
    "nn.ConvTranspose1d(3, 4, 2, dilation=True)")
add((2, 3, 5, 5, 5), "nn.ConvTranspose3d(3, 4, 2, stride=(2, True, 1))", "nn.ConvTranspose3d(3, 4, (2, True, 1))",
    "nn.ConvTranspose3d(3, 4, 2, padding=(1, 1, True))", "nn.ConvTranspose3d(3, 4, 2, padding=(True, 1, 1))")
add((2, 3, 5, 5), "nn.ConvTranspose3d(3, 4, 2, stride=(2, True, 1))")

# float arguments a kernel reads as a C float: a finite double beyond its range is refused.
add((2, 3), "nn.LeakyReLU(1e39)", "nn.LeakyReLU(-1e39)", "nn.LeakyReLU(3.4028235e38)", "nn.LeakyReLU(3.4028234e38)",
    "nn.LeakyReLU(1e39, inplace=True)", "nn.LeakyReLU(1e400)", "nn.LeakyReLU(-1e400)", "nn.LeakyReLU(1e400 - 1e400)",
    "nn.LeakyReLU(9223372036854775807)", "nn.Sequential(nn.Linear(3, 3), nn.LeakyReLU(1e39))",
    "nn.Sequential(nn.Linear(3, 3), nn.LeakyReLU(-0.5, True))", "nn.Dropout(1e39)", "nn.BatchNorm1d(3, eps=1e39)",
    "nn.LayerNorm(3, eps=1e39)", "nn.Softmax(1e39)")
add((0, 3), "nn.LeakyReLU(1e39)")

# Named dims: Unflatten with a str dim unpacks and checks its (name, size) pairs before it looks
# the name up; Softmax('*') and other names.
add((2, 6), "nn.Unflatten(1, (('C', 2), ('H', 3)))", "nn.Unflatten('N', (('C', 2), ('H', 3)))",
    "nn.Unflatten('x y', (('C', 2), ('H', 3)))", "nn.Unflatten('N', (('C', 2), ('H', 3, 4)))",
    "nn.Unflatten('N', (('C', 2), 3))", "nn.Unflatten('N', (('C', 'a'), ('H', 3)))",
    "nn.Unflatten('N', ((1, 2), ('H', 3)))", "nn.Unflatten('N', (('1C', 2), ('H', 3)))",
    "nn.Unflatten('N', [('C', 2), ('H', 3)])", "nn.Unflatten('N', (('C', 2),))", "nn.Unflatten('N', ())",
    "nn.Unflatten('N', 6)", "nn.Unflatten('N', (2, 3))", "nn.Unflatten('N', [['C', 2], ['H', 3]])",
    "nn.Unflatten(1, [['C', 2], ['H', 3]])", "nn.Unflatten(1, (('C', 2), ['H', 3]))", "nn.Unflatten('N', ('C', 2))",
    "nn.Unflatten('N', (('C', 2.5), ('H', 3)))", "nn.Unflatten('N', (('C', True), ('H', 3)))",
    "nn.Unflatten('N', (('C', -1), ('H', 3)))", "nn.Unflatten('N', (('', 2), ('H', 3)))",
    "nn.Unflatten('N', (('C',), ('H', 3)))", "nn.Unflatten('N', (('C', 2, 3), ('H', 3)))",
    "nn.Unflatten('N', (('C', 2), ('H', 3)), 1)", "nn.Unflatten('N', ((), ('H', 3)))",
    "nn.Unflatten('N', (('C', 2), ('H', None)))", "nn.Unflatten('N', ((None, 2), ('H', 3)))",
    "nn.Unflatten('*', (('C', 2), ('H', 3)))", "nn.Unflatten('N', (('*', 2), ('H', 3)))",
    "nn.Unflatten('N', (('C', 2), ('C', 3)))", "nn.Unflatten('', (('C', 2), ('H', 3)))")
add((2, 6), "nn.Softmax('*')", "nn.Softmax('N')", "nn.Softmax('1a')", "nn.Softmax('')", "nn.LogSoftmax('*')",
    "nn.Softmax('a b')", "nn.Softmax('_')", "nn.LogSoftmax('x1')", "nn.Flatten('*')", "nn.Flatten('N', 'M')",
    "nn.Flatten(0, 'M')", "nn.Flatten('*', 1)")
add((), "nn.Softmax('*')", "nn.Softmax('N')")

# Strings holding a newline or other escapes: a message's first line ends at the newline, a
# repr shows the string as Python does (str() keeps the newline, repr() escapes it).
add((2, 3, 4, 4), "nn.Conv2d(3, 4, 3, padding='a\\nb')", "nn.Conv2d(3, 4, 3, padding='\\nsame')",
    "nn.Conv2d(3, 4, 3, padding_mode='zeros\\n')", "nn.Conv2d(3, 4, 3, padding_mode='\\n')",
    "nn.Conv2d(3, 4, 3, padding='same\\t')", "nn.Conv2d(3, 4, 3, padding='it\\'s')", "nn.Conv2d(3, 4, 3, padding=\"a\\\"b\")",
    "nn.Conv2d(3, 4, 3, padding='back\\\\slash')", "nn.GELU('x\\ny')", "nn.GELU('tanh\\n')",
    "nn.Softmax('a\\nb')", "nn.Unflatten('a\\nb', (('C', 2), ('H', 2)))", "nn.Unflatten(1, (('a\\nb', 3), ('H', 1)))",
    "nn.Sequential(nn.ReLU(), nn.Dropout('\\n'))", "nn.Identity('a\\nb')", "nn.ReLU('x\\ny')",
    "nn.MaxPool2d('a\\nb')", "nn.Linear('\\n', 3)", "nn.Flatten('\\n')", "nn.LeakyReLU('a\\nb')")


# int32 narrowing in the pools: max_pool2d/3d, avg_pool3d and max_pool1d_with_indices check
# (safe_downcast: "integer out of range"); the SymInt range of sizes (below -2**62 is not a
# SymInt). (avg_pool1d/2d wrap in some places and not in others: not modelled yet.)
add((2, 3, 4, 4), "nn.MaxPool2d(2, 2147483648)", "nn.MaxPool2d(2147483648)", "nn.MaxPool2d(2, 1, 2147483648)",
    "nn.MaxPool2d(2, 1, 0, 2147483648)", "nn.MaxPool2d(2, 4294967298)", "nn.MaxPool2d(2, -2147483649)",
    "nn.MaxPool2d(2, 2147483647)", "nn.MaxPool2d((2, 4294967296))", "nn.MaxPool2d((2, 2, 2), 2147483648)",
    "nn.AvgPool2d(2, 1, 4294967296)", "nn.AvgPool2d(2, divisor_override=4294967298)",
    "nn.AvgPool2d(2, divisor_override=2147483648)")
add((2, 3, 4, 4, 4), "nn.MaxPool3d(2, 2147483648)", "nn.AvgPool3d(2, 2147483648)", "nn.AvgPool3d(2, 4294967298)",
    "nn.MaxPool3d(2, 1, 0, 4294967298)", "nn.AvgPool3d(2, divisor_override=4294967298)", "nn.AvgPool3d(4294967296)",
    "nn.AvgPool3d(2, 2, -2147483649)")
add((2, 3, 4), "nn.MaxPool1d(2, 2147483648)", "nn.MaxPool1d(2, 2147483648, return_indices=True)",
    "nn.Sequential(nn.Linear(4, 4), nn.MaxPool1d(2, 2147483648))", "nn.Sequential(nn.Linear(4, 4), nn.MaxPool1d(4294967296))")
add((2, 3), "nn.Linear(3, -4611686018427387905)", "nn.Linear(3, -4611686018427387904)", "nn.Linear(-4611686018427387905, 3)",
    "nn.Linear(4611686018427387904, 4611686018427387904)", "nn.Linear(3037000500, 3037000500)",
    "nn.Linear(9223372036854775807, 2)", "nn.BatchNorm1d(-4611686018427387905)", "nn.LayerNorm(-4611686018427387905)",
    "nn.LayerNorm((3, -4611686018427387905))", "nn.Linear(-9223372036854775807 - 1, 3)")
add((2, 3, 4, 4), "nn.Conv2d(3, -4611686018427387905, 3)", "nn.Conv2d(3, 4, -4611686018427387905)",
    "nn.Conv2d(3, 4, (3, -4611686018427387905))")
add((2, 6), "nn.Unflatten(1, (-4611686018427387905, 3))", "nn.Unflatten(1, (2, -4611686018427387905))",
    "nn.Unflatten(1, (-4611686018427387904, -1))", "nn.Unflatten(1, (4611686018427387904, 4))")


def _add_compiling(count, draw):
    """Appends `count` cases drawn by `draw()`, skipping expressions Python itself refuses to
    compile (a repeated keyword, a positional argument after a keyword): those are the parser
    tests' business."""
    added = 0
    while added < count:
        shape, expression = draw()
        try:
            compile(expression, "<model>", "eval")
        except SyntaxError:
            continue
        CASES.append((shape, expression))
        added += 1


def _random_hostile_cases(count, seed):
    """A seeded sample of random_hostile.py's forms (what differential_trace.py draws), kept as golden data."""
    import random
    from random_hostile import hostile_case
    rng = random.Random(seed)
    _add_compiling(count, lambda: hostile_case(rng))


_random_hostile_cases(300, 13)
# Python ints beyond int64 and `**`: Python computes them; PyTorch refuses a value where its
# argument parser reads it (an int: "Overflow when unpacking long"; an int list element: its type
# and position; a SymInt list: empty()'s and the kernels' texts; a double: float()'s OverflowError),
# and its modules' own Python checks compare and divide them exactly.
def _big_int_cases():
    from random_hostile import BIG_INT_TEMPLATES
    for template in BIG_INT_TEMPLATES:
        add((2, 3, 4, 4), *(template.replace("X", value) for value in ("2**63", "-2**63-1", "2**1100")))


_big_int_cases()
add((2, 16), "nn.Linear(2**64//2**60, 3)", "nn.Linear(2**64 // 2**60, 3 * 2**64 // 2**64)", "nn.Flatten(2**63 - 2**63)",
    "nn.Flatten(-(2**63) // 2**62)", "nn.Flatten(9223372036854775808)", "nn.Flatten(-9223372036854775809)",
    "nn.Flatten(-(2**63))", "nn.Flatten(-(-2**63))", "nn.Flatten((-2)**63)", "nn.Flatten(0**0)", "nn.Flatten(-2**2)",
    "nn.Flatten(2**-2**2)", "nn.Flatten(2**3**2 // 2**9)", "nn.Flatten(True ** 2)", "nn.Flatten(2 ** True)",
    "nn.Flatten(2 ** 0.5)", "nn.Flatten(10**-400)", "nn.Flatten(2**-1100)", "nn.Flatten(0**-1)", "nn.Flatten(0.0**-1)",
    "nn.Flatten(0**-1.0)", "nn.Flatten(2.0**2000)", "nn.Flatten(2.0**1024)", "nn.Flatten(2**1100 * 1.0)",
    "nn.Flatten(2**1100 + 0.5)", "nn.Flatten(2**1100 / 3)", "nn.Flatten(2**1100 // 2**1098)", "nn.Flatten(2**1024 / 2**1023)",
    "nn.Flatten(2**1030 / 2**1000)", "nn.Flatten(1 / 2**1100)", "nn.Flatten(2**63 % 0)", "nn.Flatten(2**63 // 0)",
    "nn.Flatten(2**63 // 0.0)", "nn.Flatten(2**63 / 0)", "nn.Flatten(2**63 % 10)", "nn.Flatten(-2**63 % 10)",
    "nn.Flatten(-2**70 // 3)", "nn.Flatten([1] * 2**63)", "nn.Flatten('a' * 2**64)", "nn.Flatten([1] * -2**63)",
    "nn.Flatten(2**63 * (1,))", "nn.Flatten('a' ** 2)", "nn.Flatten(None ** 2)", "nn.Flatten(2 ** None)",
    "nn.Flatten((1,) ** 2)", "nn.Flatten(nn.ReLU() ** 2)", "nn.Flatten(2 ** nn.ReLU())", "nn.Flatten(2 ** 'a')",
    "nn.Dropout(2**-1)", "nn.Dropout(2**-1100)", "nn.Dropout(1 / 2**1100)", "nn.Dropout(2**63 / 2**64)",
    "nn.Sequential(nn.ReLU()) * -2**64", "nn.Sequential(nn.ReLU()) * (2**64 // 2**63)",
    "nn.Sequential(nn.Flatten(2**63), nn.Linear(16, 2**63))", "nn.Sequential(nn.Linear(16, 4), nn.Flatten(0, 2**100))",
    "nn.Linear(16, 4, bias=2**100)", "nn.LeakyReLU(2**100, inplace=2**100)", "nn.Flatten(-2**63 - 2**63)")
# An average pool's output whose numel overflows int64: resize_'s "numel: integer multiplication
# overflow"; a max pool's allocation refuses it with the storage-size message.
add((2, 3, 4, 4), "nn.AdaptiveAvgPool2d(4294967298)", "nn.AdaptiveMaxPool2d(4294967298)",
    "nn.AdaptiveAvgPool2d((4294967298, 4294967298))", "nn.AdaptiveAvgPool2d((2, 4611686018427387904))",
    "nn.AdaptiveAvgPool2d((4611686018427387904, 1))", "nn.AdaptiveAvgPool2d((3037000499, 3037000499))",
    "nn.AdaptiveMaxPool2d((2, 4611686018427387904))")
add((1, 1, 4, 4), "nn.AdaptiveAvgPool2d(3037000500)", "nn.AdaptiveAvgPool2d(3037000499)")
add((0, 3, 4, 4), "nn.AdaptiveAvgPool2d(4294967298)")
add((2, 3, 4, 4, 4), "nn.AdaptiveAvgPool3d(2097152)", "nn.AdaptiveAvgPool3d((1, 1, 4611686018427387904))")
add((2, 3, 4), "nn.AdaptiveAvgPool1d(4611686018427387904)", "nn.AdaptiveAvgPool1d(2305843009213693952)")
add((2, 3, 4), "nn.AvgPool3d(2, divisor_override=0)", "nn.AvgPool3d(2, divisor_override=2**63 * 0)",
    "nn.AvgPool2d(2, divisor_override=0)")
add((2, 3, 1, 1, 1), "nn.AvgPool3d(2, divisor_override=0)")
add((3, 0, 4, 4), "nn.AvgPool3d(2, divisor_override=0)")
# === end of the hostile input block ==========================================================


def _random_argument_cases(count, seed):
    """A seeded sample of differential_trace.py's random cases, kept as golden data."""
    import random
    from random_cases import random_case
    rng = random.Random(seed)
    _add_compiling(count, lambda: random_case(rng))


_random_argument_cases(600, 7)


# === PyTorch's own warnings (warnings.warn), "pytorch_warnings" in the trace =====================
# Softmax, LogSoftmax and Softmin without a dim warn on every rank; with a dim they do not.
for _rank in range(0, 6):
    add(tuple(range(2, 2 + _rank)), "nn.Softmax()", "nn.LogSoftmax()", "nn.Softmin()", "nn.Softmax(dim=None)", "nn.Softmax(-1)")
add((4, 10), "nn.Sequential(nn.Linear(10, 3), nn.Softmax())", "nn.Sequential(nn.Linear(10, 3), nn.LogSoftmax(dim=None), nn.Softmax())",
    "nn.Sequential(nn.Sequential(nn.Linear(10, 3), nn.Softmax()), nn.Flatten())",
    "nn.Sequential(nn.Softmax(), nn.Linear(3, 2))")  # warns, then Linear raises
add_int64((4, 10), "nn.Softmax()", "nn.LogSoftmax()")  # warns, then the kernel refuses int64
# Dropout2d warns off its 3-d/4-d ranks and on 3-d (read as (N, C, L)); Dropout3d off 4-d/5-d.
for _rank in range(0, 7):
    add(tuple(range(2, 2 + _rank)), "nn.Dropout2d()", "nn.Dropout3d(0.0)", "nn.Dropout1d()", "nn.Dropout()")
add((8, 64), "nn.Sequential(nn.Linear(64, 32), nn.Dropout2d(0.5), nn.Linear(32, 10))")
add((8, 16, 20), "nn.Sequential(nn.Conv1d(16, 8, 3), nn.Dropout2d(), nn.Flatten())")
# The RNN dropout warning (with one layer only), also when the constructor raises after it.
add((5, 3), "nn.LSTM(3, 4, dropout=0.5)", "nn.GRU(3, 4, dropout=1)", "nn.RNN(3, 4, num_layers=1, dropout=0.25)",
    "nn.LSTM(3, 4, num_layers=2, dropout=0.5)", "nn.LSTM(3, 4, dropout=0.0)", "nn.LSTM(3, 4, num_layers=True, dropout=0.5)",
    "nn.LSTM(3, 4, num_layers=1.0, dropout=0.5)", "nn.LSTM(3, 0, dropout=0.5)", "nn.LSTM(3, 4, dropout=0.5, proj_size=4)",
    "nn.GRU(3, -1, dropout=0.5)", "nn.Sequential(nn.LSTM(3, 4, dropout=0.5), nn.Flatten())",
    "nn.Sequential(nn.GRU(3, 4, dropout=0.5), nn.LSTM(3, 0, dropout=0.5))",
    "nn.Sequential(nn.LSTM(3, 4, dropout=0.5), nn.Linear('a', 2))",
    "nn.Sequential(nn.LSTM(3, 4, dropout=0.5)) * 2")
# Zero-element weights: nn.init warns that initialising them is a no-op.
add((2, 3, 8, 8), "nn.Conv2d(3, 0, 3)", "nn.Conv2d(0, 4, 3)", "nn.ConvTranspose2d(3, 0, 2)", "nn.Conv2d(3, 4, 0)",
    "nn.Sequential(nn.Flatten(), nn.Linear(0, 10))", "nn.Sequential(nn.Flatten(), nn.Linear(192, 0))", "nn.Linear(8, 0, bias=False)")
add((2, 3, 8), "nn.Conv1d(3, 4, (0,))", "nn.ConvTranspose1d(3, 4, 0)", "nn.Conv1d(3, 0, 3, bias=False)")
# Hardtanh's old keyword names.
add((2, 3), "nn.Hardtanh(min_value=-2.0)", "nn.Hardtanh(max_value=2.0)", "nn.Hardtanh(min_value=-2.0, max_value=2.0)",
    "nn.Hardtanh(min_value=3.0)", "nn.Hardtanh(1.0, 2.0, max_value=0.5)")
# A transposed convolution with an empty weight (no output channels) is refused by its kernel.
add((2, 3, 8, 8), "nn.ConvTranspose2d(3, 0, 2, groups=3)", "nn.ConvTranspose2d(3, 0, 2, stride=2, bias=False)",
    "nn.ConvTranspose2d(6, 0, 3, groups=2, dilation=2)")
add((3, 8, 8), "nn.ConvTranspose2d(3, 0, 2)")
add((2, 3, 8), "nn.ConvTranspose1d(3, 0, 2)", "nn.ConvTranspose1d(3, 0, 2, groups=3)")
add((2, 3, 4, 4, 4), "nn.ConvTranspose3d(3, 0, 2)", "nn.ConvTranspose3d(3, 0, 2, groups=3)", "nn.ConvTranspose3d(3, 3, 0, groups=3)",
    "nn.ConvTranspose3d(3, 6, (2, 0, 2), groups=3)")
# Recurrent layers on int64 input: which kernel refuses it depends on bias, batch_first and empty dims.
for _rnn in ("nn.LSTM(4, 2{})", "nn.GRU(4, 2{})", "nn.RNN(4, 2{})"):
    for _args in ("", ", batch_first=True", ", bias=False", ", bias=False, batch_first=True", ", batch_first=True, num_layers=2",
                  ", batch_first=True, bidirectional=True"):
        for _shape in ((5, 3, 4), (1, 3, 4), (5, 1, 4), (1, 1, 4), (0, 3, 4), (5, 0, 4), (3, 4), (0, 4), (1, 4)):
            add_int64(_shape, _rnn.format(_args))
# A bool out_channels: a transposed convolution's bias (torch.empty(out_channels)) refuses it.
add((2, 8, 5, 5), "nn.ConvTranspose2d(8, True, 3)", "nn.ConvTranspose2d(8, True, 3, bias=False)", "nn.ConvTranspose2d(8, False, 3)",
    "nn.ConvTranspose2d(8, 2.0, 3)", "nn.ConvTranspose2d(8, True, 3, groups=2)", "nn.Conv2d(8, True, 3)", "nn.Conv2d(True, 4, 3)",
    "nn.ConvTranspose2d(True, 4, 3)")
add((2, 8, 5), "nn.ConvTranspose1d(8, True, 3)", "nn.ConvTranspose1d(8, False, 3, bias=False)")
# avg_pool1d/2d keep the kernel in a C++ int (it wraps), the stride and padding in int64 for the
# output size, and wrap them only in pool2d_shape_check.
for _edge in ("2**31", "2**31 + 2", "2**32", "2**32 + 1", "2**32 + 2", "2**33 + 3", "-2**32 + 2", "-2**31 - 1", "2**31 - 1"):
    add((1, 2, 8, 8), f"nn.AvgPool2d(2, {_edge})", f"nn.AvgPool2d({_edge}, 1)", f"nn.AvgPool2d(2, 1, {_edge})",
        f"nn.AvgPool2d((2, {_edge}), 1)", f"nn.AvgPool2d(2, (1, {_edge}))", f"nn.AvgPool2d({_edge})",
        f"nn.AvgPool2d(2, {_edge}, ceil_mode=True)")
    add((1, 2, 8), f"nn.AvgPool1d(2, {_edge})", f"nn.AvgPool1d({_edge}, 1)", f"nn.AvgPool1d(2, 1, {_edge})", f"nn.AvgPool1d({_edge})")
# The SymInt range (sizes below -2**62 are symbolic): adaptive pools' output sizes, and the pads'
# output sizes, which wrap in C++ int64 arithmetic first.
add((1, 2, 8, 8), "nn.AdaptiveAvgPool2d(-(2**63))", "nn.AdaptiveAvgPool2d(-(2**62)-1)", "nn.AdaptiveAvgPool2d(-(2**62))",
    "nn.AdaptiveAvgPool2d((-(2**62)-1, 2))", "nn.AdaptiveAvgPool2d((2, -(2**63)))", "nn.AdaptiveAvgPool2d((2, -(2**62)))",
    "nn.AdaptiveMaxPool2d((2, -(2**63)))", "nn.AdaptiveMaxPool2d(-(2**63))",
    "nn.ReflectionPad2d(-(2**63))", "nn.ReflectionPad2d((-(2**63), -(2**63), 0, 0))", "nn.ReflectionPad2d((-(2**63), 0, 0, 0))",
    "nn.ReflectionPad2d((-(2**62), -(2**62), 0, 0))", "nn.ReflectionPad2d(-(2**62))", "nn.ReplicationPad2d(-(2**63))",
    "nn.ReplicationPad2d((0, 0, -(2**62), -(2**62)))", "nn.ReflectionPad2d(2**63 - 1)", "nn.ZeroPad2d(-(2**63))",
    "nn.AvgPool2d(2, -(2**63))", "nn.AvgPool2d(-(2**63))", "nn.AvgPool2d(2, 1, -(2**63))", "nn.AvgPool2d(2, -(2**62) - 1)")
add((1, 2, 8), "nn.ReflectionPad1d(-(2**63))", "nn.ReplicationPad1d((2**63 - 1, 2**63 - 1))", "nn.ConstantPad1d((2**63 - 1, 2), 0.0)")
add((1, 2, 8, 8, 8), "nn.AdaptiveAvgPool3d((2, 2, -(2**63)))", "nn.ReplicationPad3d((-(2**62), -(2**62), 0, 0, 0, 0))",
    "nn.ReflectionPad3d(-(2**63))")
# pooling_output_shape's div_rtn keeps quotient and remainder in C++ ints: huge kernels and strides.
add((4, 1, 5), "nn.MaxPool1d(4294967298)", "nn.MaxPool1d(4294967296 + 5)", "nn.MaxPool1d(4294967296 + 6)", "nn.MaxPool1d(2, 4294967297)")
