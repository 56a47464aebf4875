#!/usr/bin/python3
"""Golden data for the training demo's autograd: losses and gradients from real PyTorch.

Inputs and weights are not random: element i of a tensor with salt s is
    float32(sin(0.5 + 0.731 * i + 1.37 * s) * scale)
computed with Python's math.sin (the same C library sin the C++ tests call), so the C++ side
rebuilds exactly the same float32 values from (shape, salt, scale) and the JSON stays small.
PyTorch then computes in float64 from those float32 values; the C++ engine (float32) must agree
within 1e-4 relative.

- "ops": one op each; the upstream gradient of the output is the fill with salt `upstream`, i.e.
  out.backward(gradient=fill(out.shape, upstream)). Records the output and every input gradient.
- "models": the demo CNN (a small configuration) with each flattening variant: cross-entropy loss
  and the gradient of every parameter, in DemoCnn::parameters() order.
- "optimizers": a parameter updated by SGD/Adam with given gradients for three steps.
- "training": three Adam steps of the demo CNN on one batch: the loss before each step.

    /usr/bin/python3 generate_training_golden.py          # rewrite training_cases.json
    /usr/bin/python3 generate_training_golden.py --check  # exit 1 if PyTorch disagrees with it

Exit code 77 when torch cannot be imported (the test is then reported as skipped).
"""
import json
import math
import os
import sys

import golden_compare

try:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
except ImportError:
    print("torch is not importable; skipping", file=sys.stderr)
    sys.exit(77)

OUTPUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "training_cases.json")


def fill(shape, salt, scale=1.0):
    n = 1
    for s in shape:
        n *= s
    values = [math.sin(0.5 + 0.731 * i + 1.37 * salt) * scale for i in range(n)]
    # Round to float32 first (what the C++ side stores), then compute in float64.
    return torch.tensor(values, dtype=torch.float32).to(torch.float64).reshape(shape)


def rounded(t):
    return [float("%.9g" % v) for v in t.detach().reshape(-1).tolist()]


def spec(shape, salt, scale=1.0):
    return {"shape": list(shape), "salt": salt, "scale": scale}


def op_case(name, op, args, inputs, upstream=9):
    tensors = {k: fill(v["shape"], v["salt"], v["scale"]).requires_grad_(True) for k, v in inputs.items()}
    x = tensors["x"]
    if op == "conv2d":
        out = F.conv2d(x, tensors["weight"], tensors["bias"], stride=args["stride"], padding=args["padding"])
    elif op == "linear":
        out = F.linear(x, tensors["weight"], tensors["bias"])
    elif op == "relu":
        out = F.relu(x)
    elif op == "max_pool2d":
        out = F.max_pool2d(x, args["kernel"])
    elif op == "flatten":
        out = torch.flatten(x, args["start"], args["end"])
    elif op == "reshape":
        out = x.reshape(args["shape"])
    elif op == "view_batch_t":  # the mix-batch bug
        out = x.view(-1, x.size(0)).t()
    elif op == "permute_flatten":  # the channels-last variant
        out = x.permute(*args["dims"]).flatten(1)
    elif op == "narrow":
        out = x.narrow(args["dim"], args["start"], args["length"])
    elif op == "transpose":
        out = x.transpose(args["dim0"], args["dim1"])
    elif op == "cross_entropy":
        out = F.cross_entropy(x, torch.tensor(args["labels"]))
    else:
        raise ValueError(op)
    out.backward(fill(out.shape, upstream))
    return {"name": name, "op": op, "args": args, "inputs": inputs, "upstream": upstream,
            "output": {"shape": list(out.shape), "values": rounded(out)},
            "grads": {k: rounded(t.grad) for k, t in tensors.items()}}


def ops():
    return [
        op_case("conv2d 3x3 padding 1", "conv2d", {"stride": 1, "padding": 1},
                {"x": spec([2, 2, 4, 4], 1), "weight": spec([3, 2, 3, 3], 2, 0.3), "bias": spec([3], 3, 0.1)}),
        op_case("conv2d stride 2 no padding", "conv2d", {"stride": 2, "padding": 0},
                {"x": spec([2, 2, 7, 7], 4), "weight": spec([3, 2, 3, 3], 5, 0.3), "bias": spec([3], 6, 0.1)}),
        op_case("linear 2-D", "linear", {},
                {"x": spec([3, 5], 7), "weight": spec([4, 5], 8, 0.5), "bias": spec([4], 10, 0.2)}),
        op_case("linear 3-D input", "linear", {},
                {"x": spec([2, 3, 5], 11), "weight": spec([4, 5], 12, 0.5), "bias": spec([4], 13, 0.2)}),
        op_case("relu", "relu", {}, {"x": spec([2, 7], 14)}),
        op_case("max_pool2d 2 even", "max_pool2d", {"kernel": 2}, {"x": spec([2, 2, 4, 4], 15)}),
        op_case("max_pool2d 2 odd size floors", "max_pool2d", {"kernel": 2}, {"x": spec([1, 2, 5, 5], 16)}),
        op_case("flatten start_dim=1", "flatten", {"start": 1, "end": -1}, {"x": spec([2, 3, 2, 2], 17)}),
        op_case("flatten middle dims", "flatten", {"start": 1, "end": 2}, {"x": spec([2, 3, 2, 2], 18)}),
        op_case("reshape -1", "reshape", {"shape": [-1, 6]}, {"x": spec([2, 3, 2, 2], 19)}),
        op_case("view(-1, batch).t() mixes samples", "view_batch_t", {}, {"x": spec([3, 2, 2, 2], 20)}),
        op_case("permute(0, 2, 3, 1).flatten(1)", "permute_flatten", {"dims": [0, 2, 3, 1]}, {"x": spec([2, 3, 2, 2], 21)}),
        op_case("narrow keeps first features", "narrow", {"dim": 1, "start": 0, "length": 4}, {"x": spec([3, 10], 22)}),
        op_case("transpose", "transpose", {"dim0": 0, "dim1": 2}, {"x": spec([2, 3, 4], 23)}),
        op_case("cross_entropy mean", "cross_entropy", {"labels": [1, 0, 4, 2]}, {"x": spec([4, 5], 24, 2.0)}),
    ]


# The demo CNN at a small size: Conv2d(1, C, 3, padding=1) -> ReLU -> MaxPool2d(2) -> flatten
# variant -> Linear(F, H) -> ReLU -> Linear(H, K).
MODEL = {"in_channels": 1, "image_size": 6, "conv_channels": 3, "hidden": 5, "classes": 4, "batch": 4}
PARAM_NAMES = ["conv.weight", "conv.bias", "fc1.weight", "fc1.bias", "fc2.weight", "fc2.bias"]


def flatten_variant(x, variant):
    if variant == "correct":
        return nn.Flatten()(x)
    if variant == "mix-batch":
        return x.view(-1, x.size(0)).t()
    if variant == "truncate":
        pooled = MODEL["image_size"] // 2
        return torch.flatten(x, 1)[:, :pooled * pooled]
    if variant == "channels-last":
        return x.permute(0, 2, 3, 1).flatten(1)
    raise ValueError(variant)


def model_params(variant):
    m = MODEL
    pooled = m["image_size"] // 2
    features = pooled * pooled if variant == "truncate" else m["conv_channels"] * pooled * pooled
    shapes = [[m["conv_channels"], m["in_channels"], 3, 3], [m["conv_channels"]], [m["hidden"], features],
              [m["hidden"]], [m["classes"], m["hidden"]], [m["classes"]]]
    return [spec(shape, 30 + i, 0.4) for i, shape in enumerate(shapes)]


def model_forward(params, images, variant):
    x = F.max_pool2d(F.relu(F.conv2d(images, params[0], params[1], padding=1)), 2)
    x = flatten_variant(x, variant)
    return F.linear(F.relu(F.linear(x, params[2], params[3])), params[4], params[5])


def model_batch():
    m = MODEL
    images = fill([m["batch"], m["in_channels"], m["image_size"], m["image_size"]], 40)
    labels = [i % m["classes"] for i in range(m["batch"])]
    return images, labels


def models():
    result = []
    images, labels = model_batch()
    for variant in ["correct", "mix-batch", "truncate", "channels-last"]:
        specs = model_params(variant)
        params = [fill(s["shape"], s["salt"], s["scale"]).requires_grad_(True) for s in specs]
        loss = F.cross_entropy(model_forward(params, images, variant), torch.tensor(labels))
        loss.backward()
        result.append({"name": "demo cnn " + variant, "variant": variant, "config": MODEL, "images_salt": 40,
                       "labels": labels, "params": specs, "loss": rounded(loss)[0],
                       "grads": {n: rounded(p.grad) for n, p in zip(PARAM_NAMES, params)}})
    return result


def optimizer_case(name, kind, options):
    p = fill([6], 50).requires_grad_(True)
    opt = torch.optim.SGD([p], **options) if kind == "sgd" else torch.optim.Adam([p], **options)
    steps = []
    for t in range(3):
        opt.zero_grad()
        p.grad = fill([6], 51 + t)
        opt.step()
        steps.append(rounded(p))
    return {"name": name, "kind": kind, "options": options, "param_salt": 50, "grad_salts": [51, 52, 53],
            "after_step": steps}


def optimizers():
    return [
        optimizer_case("sgd plain", "sgd", {"lr": 0.1}),
        optimizer_case("sgd momentum", "sgd", {"lr": 0.1, "momentum": 0.9}),
        optimizer_case("sgd nesterov weight decay dampening 0", "sgd",
                       {"lr": 0.05, "momentum": 0.8, "nesterov": True, "weight_decay": 0.01}),
        optimizer_case("sgd momentum dampening", "sgd", {"lr": 0.1, "momentum": 0.9, "dampening": 0.5}),
        optimizer_case("adam default betas", "adam", {"lr": 0.01}),
        optimizer_case("adam weight decay", "adam", {"lr": 0.05, "betas": [0.8, 0.95], "eps": 1e-6, "weight_decay": 0.1}),
    ]


def training():
    images, labels = model_batch()
    specs = model_params("correct")
    params = [fill(s["shape"], s["salt"], s["scale"]).requires_grad_(True) for s in specs]
    opt = torch.optim.Adam(params, lr=0.05)
    losses = []
    for _ in range(3):
        opt.zero_grad()
        loss = F.cross_entropy(model_forward(params, images, "correct"), torch.tensor(labels))
        loss.backward()
        opt.step()
        losses.append(rounded(loss)[0])
    return [{"name": "demo cnn adam 3 steps", "variant": "correct", "optimizer": "adam", "lr": 0.05,
             "losses": losses}]


def generate():
    torch.set_default_dtype(torch.float64)
    return {"ops": ops(), "models": models(), "optimizers": optimizers(), "training": training()}


def dump(data):
    sections = []
    for key in ["ops", "models", "optimizers", "training"]:
        lines = ",\n".join("    " + json.dumps(r, sort_keys=True) for r in data[key])
        sections.append('  "%s": [\n%s\n  ]' % (key, lines))
    return ('{\n  "generator": "tests/golden/generate_training_golden.py",\n  "torch_version": %s,\n%s\n}\n'
            % (json.dumps(torch.__version__), ",\n".join(sections)))


def main():
    data = generate()
    if "--check" in sys.argv[1:]:
        try:
            with open(OUTPUT) as f:
                stored = json.load(f)
        except (OSError, ValueError) as e:
            print("cannot read %s: %s" % (OUTPUT, e), file=sys.stderr)
            return 1
        fresh = json.loads(json.dumps(data))
        failed = False
        for key in ["ops", "models", "optimizers", "training"]:
            # Training steps accumulate rounding, hence a looser tolerance than single modules.
            if not golden_compare.close(stored.get(key), fresh[key], 1e-4):
                failed = True
                by_name = {r["name"]: r for r in stored.get(key, [])}
                for r in fresh[key]:
                    if not golden_compare.close(by_name.get(r["name"]), r, 1e-4):
                        print("differs: %s / %s" % (key, r["name"]), file=sys.stderr)
        if failed:
            return 1
        print("training goldens agree with torch %s" % torch.__version__)
        return 0
    with open(OUTPUT, "w") as f:
        f.write(dump(data))
    print("wrote %s" % os.path.basename(OUTPUT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
