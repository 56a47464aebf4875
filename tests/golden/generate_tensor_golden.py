#!/usr/bin/python3
"""Golden data for the engine's Tensor: what real PyTorch does for movement ops.

Every case starts from a float32 arange tensor of shape `input` (values 0, 1, 2, ... in row-major
order), applies the `prep` steps (permute/transpose/narrow/as_strided, to make non-contiguous
inputs), then runs `op`. Factory cases (`input` is null) call torch.zeros instead. For each case
we record either the result (shape, strides, storage offset, contiguity, whether it is a view of
the prepared input, and its values in row-major order when small) or the error (Python exception
class and the first line of its message). tests/engine/tst_tensor.cpp replays every case.

    /usr/bin/python3 generate_tensor_golden.py          # rewrite tensor_cases.json
    /usr/bin/python3 generate_tensor_golden.py --check  # exit 1 if PyTorch disagrees with it

Exit code 77 when torch cannot be imported (the test is then reported as skipped).
"""
import json
import os
import sys

import golden_compare

try:
    import torch
except ImportError:
    print("torch is not importable; skipping", file=sys.stderr)
    sys.exit(77)

OUTPUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tensor_cases.json")
MAX_VALUES = 120  # record values only for tensors this small; the shape rules are what matter beyond


def make_input(shape, prep):
    n = 1
    for s in shape:
        n *= s
    x = torch.arange(n, dtype=torch.float32).reshape(shape)
    for step in prep:
        name, args = step[0], step[1:]
        if name == "permute":
            x = x.permute(*args[0])
        elif name == "transpose":
            x = x.transpose(args[0], args[1])
        elif name == "narrow":
            x = x.narrow(args[0], args[1], args[2])
        elif name == "as_strided":
            x = x.as_strided(args[0], args[1], args[2])
        else:
            raise ValueError("unknown prep step " + name)
    return x


def run_op(x, op):
    name, args = op[0], op[1:]
    if name == "flatten":
        return x.flatten(*args)
    if name == "view":
        return x.view(args[0])
    if name == "reshape":
        return x.reshape(args[0])
    if name == "unflatten":
        return x.unflatten(args[0], tuple(args[1]))
    if name == "permute":
        return x.permute(args[0])
    if name == "transpose":
        return x.transpose(args[0], args[1])
    if name == "narrow":
        return x.narrow(args[0], args[1], args[2])
    if name == "as_strided":
        return x.as_strided(args[0], args[1], args[2])
    if name == "squeeze":
        return x.squeeze(*args)
    if name == "unsqueeze":
        return x.unsqueeze(args[0])
    if name == "contiguous":
        return x.contiguous()
    raise ValueError("unknown op " + name)


def shares_storage(y, x):
    # A view keeps the root tensor as its _base; torch returns the very same object for no-op
    # cases (flatten with start == end, contiguous() of a contiguous tensor).
    root = x._base if x._base is not None else x
    by_base = y is x or (y._base is not None and y._base is root)
    if x.storage().size() > 0:
        by_pointer = y.storage().data_ptr() == x.storage().data_ptr()
        assert by_pointer == by_base, "view detection disagrees"
    return by_base


def record(case):
    out = dict(case)
    try:
        if case["input"] is None:
            y = torch.zeros(case["op"][1])
            x = None
        else:
            x = make_input(case["input"], case.get("prep", []))
            out["prepared"] = {"shape": list(x.shape), "strides": list(x.stride()),
                               "offset": x.storage_offset(), "contiguous": x.is_contiguous()}
            y = run_op(x, case["op"])
        result = {"shape": list(y.shape), "strides": list(y.stride()), "offset": y.storage_offset(),
                  "contiguous": y.is_contiguous()}
        if x is not None:
            result["view"] = shares_storage(y, x)
        if y.numel() <= MAX_VALUES:
            result["values"] = [int(v) for v in y.reshape(-1).tolist()]
        out["result"] = result
    except (RuntimeError, IndexError, TypeError, ValueError) as e:
        out["error"] = {"type": type(e).__name__, "message": str(e).split("\n")[0]}
    return out


def dim_range(rank):
    r = max(rank, 1)
    return range(-r - 1, r + 1)  # one out-of-range value on each side


def cases():
    result = []

    def add(name, shape, op, prep=()):
        result.append({"name": name, "input": shape, "prep": [list(p) for p in prep], "op": list(op)})

    # flatten: every start/end pair (including out-of-range ones) on assorted shapes.
    for shape in ([], [5], [2, 3], [2, 3, 4], [2, 1, 3, 4], [0], [2, 0, 3], [0, 1, 3, 0], [1, 1, 1]):
        for start in dim_range(len(shape)):
            for end in dim_range(len(shape)):
                add("flatten %s %d..%d" % (shape, start, end), shape, ["flatten", start, end])
    add("flatten default MNIST batch", [32, 1, 28, 28], ["flatten", 1, -1])
    add("flatten conv output", [32, 16, 5, 5], ["flatten", 1, -1])

    # flatten on non-contiguous inputs: views where one chunk is merged, copies otherwise.
    noncontig = [
        ("transposed", [2, 3, 4], [["transpose", 0, 1]]),
        ("permuted 2,0,1", [2, 3, 4], [["permute", [2, 0, 1]]]),
        ("permuted 1,0,2", [2, 3, 4], [["permute", [1, 0, 2]]]),
        ("permuted 0,2,1", [2, 3, 4], [["permute", [0, 2, 1]]]),
        ("channels-last-like", [2, 3, 2, 2], [["permute", [0, 2, 3, 1]]]),
        ("column slice", [4, 6], [["narrow", 1, 1, 3]]),
        ("row slice", [4, 6], [["narrow", 0, 1, 2]]),
        ("last-dim slice", [2, 3, 4], [["narrow", 2, 0, 2]]),
        ("middle slice", [2, 3, 4], [["narrow", 1, 1, 2]]),
        ("expanded (stride 0)", [12], [["as_strided", [3, 4], [0, 1], 0]]),
        ("size-1 dim with odd stride", [6], [["as_strided", [2, 1, 3], [3, 100, 1], 0]]),
        ("every other element", [12], [["as_strided", [2, 3], [6, 2], 0]]),
        ("offset view", [24], [["as_strided", [2, 2, 3], [12, 3, 1], 5]]),
        ("empty transposed", [0, 3], [["transpose", 0, 1]]),
        ("transposed with size-1 dims", [1, 3, 1, 4], [["transpose", 1, 3]]),
    ]
    for label, shape, prep in noncontig:
        rank = len(make_input(shape, prep).shape)
        for start in range(rank):
            for end in range(start, rank):
                add("flatten %s %d..%d" % (label, start, end), shape, ["flatten", start, end], prep)
        add("flatten %s -1..0" % label, shape, ["flatten", -1, 0], prep)

    # view: -1 inference, viewable and non-viewable strides, every error.
    for label, shape, prep, sizes in [
        ("to 1-d", [3, 4], [], [-1]),
        ("infer first", [3, 4], [], [-1, 6]),
        ("infer last", [3, 4], [], [2, -1]),
        ("add size-1 dims", [3, 4], [], [1, 3, 1, 4, 1]),
        ("same shape", [3, 4], [], [3, 4]),
        ("not a multiple", [3, 4], [], [-1, 5]),
        ("wrong count", [3, 4], [], [5, 5]),
        ("two -1", [3, 4], [], [-1, -1]),
        ("negative size", [3, 4], [], [-2, 6]),
        ("negative size after -1", [3, 4], [], [-1, -3]),
        ("zero size with -1", [3, 4], [], [-1, 0]),
        ("0-d to (1,)", [], [], [1]),
        ("0-d to ()", [], [], []),
        ("0-d to (1,1,-1)", [], [], [1, 1, -1]),
        ("0-d to (2,)", [], [], [2]),
        ("empty to -1", [0, 5], [], [-1]),
        ("empty ambiguous", [0, 5], [], [-1, 0]),
        ("empty ambiguous 2", [0, 5], [], [0, -1]),
        ("empty reshaped", [0, 3], [], [5, 0, 7]),
        ("empty transposed", [0, 3], [["transpose", 0, 1]], [3, 0, 1]),
        ("transposed to 1-d", [3, 4], [["transpose", 0, 1]], [-1]),
        ("transposed split last", [3, 4], [["transpose", 0, 1]], [2, 2, 3]),
        ("transposed split first", [3, 4], [["transpose", 0, 1]], [4, 3, 1]),
        ("permuted merge viewable", [2, 3, 4], [["permute", [1, 2, 0]]], [12, 2]),
        ("permuted merge not viewable", [2, 3, 4], [["permute", [1, 2, 0]]], [3, 8]),
        ("sliced columns", [4, 6], [["narrow", 1, 1, 3]], [2, 2, 3]),
        ("sliced columns merged", [4, 6], [["narrow", 1, 1, 3]], [12]),
        ("sliced rows merged", [4, 6], [["narrow", 0, 1, 2]], [12]),
        ("expanded", [12], [["as_strided", [3, 4], [0, 1], 0]], [3, 2, 2]),
        ("expanded merged", [12], [["as_strided", [3, 4], [0, 1], 0]], [-1]),
        ("huge product", [3, 4], [], [1 << 40, 1 << 40]),
        ("huge with -1", [3, 4], [], [-1, 1 << 40, 1 << 40]),
    ]:
        add("view " + label, shape, ["view", sizes], prep)
        add("reshape " + label, shape, ["reshape", sizes], prep)

    # unflatten: -1 inference and PyTorch's (partly reworded) errors.
    for label, shape, dim, sizes in [
        ("split last", [3, 4], 1, [2, 2]),
        ("split with -1", [3, 4], 1, [2, -1]),
        ("split first with -1", [3, 4], 0, [-1, 3]),
        ("negative dim", [2, 12], -1, [3, 4]),
        ("one size", [3, 4], 1, [4]),
        ("with size-1", [3, 4], 1, [1, 4, 1]),
        ("MNIST back to image", [32, 784], 1, [1, 28, 28]),
        ("sizes do not multiply", [3, 4], 1, [3, 2]),
        ("-1 does not divide", [3, 4], 1, [3, -1]),
        ("-1 and too big", [3, 4], 1, [-1, 5]),
        ("zero with -1", [3, 4], 1, [0, -1]),
        ("-1 with zero", [3, 4], 1, [-1, 0]),
        ("two -1", [3, 4], 1, [-1, -1]),
        ("negative size", [3, 4], 1, [-2, -2]),
        ("negative size -3", [3, 4], 1, [-3, 5]),
        ("empty sizes", [3, 4], 1, []),
        ("empty sizes and bad dim", [3, 4], 5, []),
        ("dim out of range", [3, 4], 2, [2, 2]),
        ("dim out of range negative", [3, 4], -3, [2, 2]),
        ("0-d", [], 0, [1]),
        ("0-d dim -1", [], -1, [1]),
        ("0-d dim 1", [], 1, [1]),
        ("0-d empty sizes", [], 0, []),
        ("zero-size dim split", [3, 0], 1, [0, 5]),
        ("zero-size dim ambiguous", [3, 0], 1, [-1, 0]),
        ("zero-size dim ambiguous 2", [3, 0], 1, [0, -1]),
    ]:
        add("unflatten " + label, shape, ["unflatten", dim, sizes])
    add("unflatten transposed", [3, 4], ["unflatten", 0, [2, 2]], [["transpose", 0, 1]])
    add("unflatten permuted", [2, 3, 4], ["unflatten", 1, [2, -1]], [["permute", [2, 0, 1]]])

    # permute / transpose: always views; their errors.
    for label, shape, dims in [
        ("identity", [2, 3, 4], [0, 1, 2]),
        ("reverse", [2, 3, 4], [2, 1, 0]),
        ("rotate", [2, 3, 4], [1, 2, 0]),
        ("negative dims", [2, 3, 4], [-1, 0, 1]),
        ("NCHW to NHWC", [2, 3, 2, 2], [0, 2, 3, 1]),
        ("too few dims", [3, 4], [0]),
        ("too many dims", [3, 4], [0, 1, 2]),
        ("duplicate", [3, 4], [0, 0]),
        ("duplicate after wrap", [3, 4], [1, -1]),
        ("out of range", [3, 4], [0, 2]),
        ("duplicate before out of range", [2, 3, 4], [0, 0, 5]),
        ("out of range before duplicate", [2, 3, 4], [5, 0, 0]),
        ("0-d", [], []),
        ("0-d one dim", [], [0]),
        ("empty tensor", [0, 3], [1, 0]),
    ]:
        add("permute " + label, shape, ["permute", dims])
    for label, shape, a, b in [
        ("matrix", [3, 4], 0, 1),
        ("negative", [2, 3, 4], -1, 0),
        ("same dim", [2, 3, 4], 1, 1),
        ("out of range", [3, 4], 0, 2),
        ("out of range first", [3, 4], 5, 0),
        ("0-d", [], 0, -1),
        ("0-d out of range", [], 0, 1),
    ]:
        add("transpose " + label, shape, ["transpose", a, b])
    add("transpose of permuted", [2, 3, 4], ["transpose", 0, 2], [["permute", [2, 0, 1]]])

    # narrow (slicing) and as_strided: how the non-contiguous inputs above are built.
    for label, shape, args in [
        ("middle", [2, 3, 4], [1, 1, 2]),
        ("negative start", [2, 3, 4], [1, -1, 1]),
        ("empty at end", [2, 3, 4], [1, 3, 0]),
        ("too long", [2, 3, 4], [1, 2, 2]),
        ("negative length", [2, 3, 4], [1, 0, -1]),
        ("start out of range", [2, 3, 4], [1, -4, 1]),
        ("start past end", [2, 3, 4], [1, 4, 0]),
        ("dim out of range", [2, 3, 4], [5, 0, 1]),
        ("0-d", [], [0, 0, 1]),
    ]:
        add("narrow " + label, shape, ["narrow"] + args)
    for label, shape, args in [
        ("transposed layout", [6], [[3, 2], [1, 3], 0]),
        ("out of bounds", [2, 3, 4], [[2, 2], [1, 2], 100]),
        ("negative size", [2, 3, 4], [[2, -2], [1, 2], 0]),
        ("negative stride", [2, 3, 4], [[2, 2], [1, -2], 0]),
        ("negative offset", [2, 3, 4], [[2, 2], [1, 2], -1]),
        ("empty beyond storage", [4], [[0, 3], [100, 1], 50]),
        ("strides shorter than sizes", [2, 3, 4], [[2, 2], [1], 0]),
    ]:
        add("as_strided " + label, shape, ["as_strided"] + args)

    # contiguous: itself when already contiguous, else a copy.
    add("contiguous of contiguous", [2, 3], ["contiguous"])
    add("contiguous of transposed", [2, 3], ["contiguous"], [["transpose", 0, 1]])
    add("contiguous of size-1 odd stride", [6], ["contiguous"], [["as_strided", [2, 1, 3], [3, 100, 1], 0]])
    add("contiguous of empty transposed", [0, 3], ["contiguous"], [["transpose", 0, 1]])
    add("contiguous of column slice", [4, 6], ["contiguous"], [["narrow", 1, 1, 3]])

    # squeeze / unsqueeze: every dim (and one out of range each side), size-1 dims anywhere, the
    # batch of one that squeeze() drops, and non-contiguous inputs (the new stride of unsqueeze).
    for shape in ([], [1], [5], [1, 1], [1, 10], [8, 1], [2, 1, 3, 1], [1, 3, 28, 28], [0, 1]):
        add("squeeze all %s" % shape, shape, ["squeeze"])
        for d in dim_range(len(shape)):
            add("squeeze %s dim %d" % (shape, d), shape, ["squeeze", d])
        for d in dim_range(len(shape) + 1):
            add("unsqueeze %s dim %d" % (shape, d), shape, ["unsqueeze", d])
    add("unsqueeze permuted", [2, 3, 4], ["unsqueeze", 1], [["permute", [2, 0, 1]]])
    add("unsqueeze column slice", [4, 6], ["unsqueeze", 2], [["narrow", 1, 1, 3]])
    add("squeeze permuted", [2, 1, 4], ["squeeze"], [["permute", [1, 2, 0]]])

    # Factories: negative sizes and overflowing byte counts (torch.zeros).
    for label, sizes in [
        ("normal", [2, 3]),
        ("0-d", []),
        ("empty", [2, 0, 3]),
        ("negative", [-1, 3]),
        ("two negatives", [-1, -2]),
        ("negative after zero", [0, -2]),
        ("overflow", [1 << 40, 1 << 40]),
        ("overflow before zero", [1 << 62, 4, 0]),
        ("zero before overflow", [0, 1 << 62, 4]),
        ("bytes overflow", [1 << 61, 2]),
        ("bytes overflow 2", [1 << 60, 4]),
    ]:
        result.append({"name": "zeros " + label, "input": None, "prep": [], "op": ["zeros", sizes]})
    return result


def generate():
    return [record(case) for case in cases()]


def dump(records):
    lines = ",\n".join("    " + json.dumps(r, sort_keys=True) for r in records)
    return ('{\n  "generator": "tests/golden/generate_tensor_golden.py",\n  "torch_version": %s,\n'
            '  "cases": [\n%s\n  ]\n}\n' % (json.dumps(torch.__version__), lines))


def main():
    records = generate()
    names = [r["name"] for r in records]
    assert len(names) == len(set(names)), "case names must be unique"
    if "--check" in sys.argv[1:]:
        try:
            with open(OUTPUT) as f:
                stored = json.load(f)["cases"]
        except (OSError, ValueError, KeyError) as e:
            print("cannot read %s: %s" % (OUTPUT, e), file=sys.stderr)
            return 1
        fresh = json.loads(json.dumps(records))
        if not golden_compare.close(stored, fresh, 1e-6):
            by_name = {r["name"]: r for r in stored}
            for r in fresh:
                if not golden_compare.close(by_name.get(r["name"]), r, 1e-6):
                    print("differs: %s\n  stored: %s\n  torch:  %s" % (r["name"], by_name.get(r["name"]), r),
                          file=sys.stderr)
            if len(stored) != len(fresh):
                print("case count: stored %d, torch %d" % (len(stored), len(fresh)), file=sys.stderr)
            return 1
        print("%d tensor cases agree with torch %s" % (len(fresh), torch.__version__))
        return 0
    with open(OUTPUT, "w") as f:
        f.write(dump(records))
    print("wrote %d cases to %s" % (len(records), os.path.basename(OUTPUT)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
