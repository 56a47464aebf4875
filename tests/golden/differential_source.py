#!/usr/bin/python3
"""Differential test for `trace --file`: random model classes, traced by real PyTorch and by the binary.

The golden data pins the tutorial models and the mutations we chose; this script looks for the
forward code we did not think of. It grows a random forward() one statement at a time from the
supported ops (convolutions, recurrent layers and Embedding, pooling in module and functional form, every flatten/view/reshape
spelling, squeeze/unsqueeze, permute/transpose/t, reductions, cat, indexing, arithmetic, Linear
layers whose in_features are usually right and sometimes wrong), running each candidate on a real
tensor so the model mostly runs and then breaks in a plausible way; inputs have rank 1 to 5. Each
file is traced by PyTorch exactly as generate_source_golden.py does and by the binary with
--json, and every difference is reported.

    /usr/bin/python3 differential_source.py --app build/flatten-tutor [--count 300] [--seed 1] [--show-cases]

Exit 0 when every case agrees, 1 when one differs (each printed), 77 when torch is missing.
"""
import argparse
import json
import random
import subprocess
import sys
import warnings

import generate_source_golden as golden  # exits 77 without torch
import torch
import torch.nn as nn  # noqa: F401 - used by exec'd candidates
import torch.nn.functional as F  # noqa: F401

HEADER = """import torch
import torch.nn as nn
import torch.nn.functional as F


class Block(nn.Module):
    def __init__(self, start=1):
        super().__init__()
        self.flat = nn.Flatten(start)

    def forward(self, x):
        return torch.relu(self.flat(x))


class Net(nn.Module):
"""


def draw_statement(rng, shape, layers):
    """One forward() statement for a tensor of `shape` (and maybe a layer for __init__)."""
    rank = len(shape)
    dim = rng.randint(-rank - 1, rank) if rank else rng.choice([0, -1, 1])
    name = f"l{len(layers)}"
    last = shape[-1] if shape else 1
    choice = rng.randrange(42)
    if choice == 0 and rank >= 3:
        cin = shape[-3] if rng.random() < 0.85 else rng.randint(1, 4)
        layers.append(f"self.{name} = nn.Conv2d({cin}, {rng.randint(1, 6)}, {rng.randint(1, 3)}, padding={rng.randint(0, 1)})")
        return f"x = self.{name}(x)"
    if choice == 1:
        features = last if rng.random() < 0.8 else rng.randint(1, 40)
        layers.append(f"self.{name} = nn.Linear({features}, {rng.randint(1, 12)})")
        return f"x = self.{name}(x)"
    if choice == 2:
        layers.append(f"self.{name} = nn.Flatten({rng.choice(['', '0', '1', '2', '-2', 'start_dim=1, end_dim=2'])})")
        return f"x = self.{name}(x)"
    if choice == 3:
        layers.append(f"self.{name} = nn.MaxPool2d({rng.randint(1, 3)})")
        return f"x = self.{name}(x)"
    if choice == 4:
        layers.append(f"self.{name} = nn.Sequential(nn.ReLU(), nn.Flatten({rng.choice(['', '0', '1'])}))")
        return f"x = self.{name}(x)"
    # The learner's own module inside containers, what layers store, typos and builtins.
    if choice == 5:
        layers.append(f"self.{name} = nn.Sequential(Block({rng.choice(['', '0', '1', '2'])}), nn.ReLU())")
        return f"x = self.{name}(x)"
    if choice == 6:
        layers.append(f"self.{name} = nn.Sequential(nn.Identity(), nn.Sequential(Block({rng.choice(['0', '1'])})), "
                      f"nn.Flatten({rng.choice(['0', '1'])}))")
        return f"x = self.{name}(x)"
    if choice == 7:
        layers.append(f"self.{name} = nn.ModuleList([Block({rng.choice(['1', '2'])}), nn.ReLU()])")
        return f"for m in self.{name}:\n            x = m(x)"
    if choice == 8:
        features = last if rng.random() < 0.8 else rng.randint(1, 40)
        layers.append(f"self.{name} = nn.Linear({features}, {rng.randint(1, 12)})")
        attribute = rng.choice(["in_features"] * 6 + ["in_feature", "out_features"])
        return f"x = x.view(-1, self.{name}.{attribute})\n        x = self.{name}(x)"
    if choice == 9 and rank >= 3:
        layers.append(f"self.{name} = nn.Conv2d({shape[-3]}, {rng.randint(1, 6)}, {rng.randint(1, 3)})")
        attribute = rng.choice(["out_channels"] * 4 + ["out_channel", "in_channels"])
        return f"x = self.{name}(x)\n        x = x.view(x.size(0), self.{name}.{attribute}, -1)"
    if choice == 10:
        layers.append(f"self.{name} = nn.MaxPool2d({rng.randint(1, 3)})")
        return f"x = F.max_pool2d(x, self.{name}.kernel_size, self.{name}.{rng.choice(['stride', 'stride', 'strides'])})"
    if choice == 11:
        return rng.choice(["x = x.veiw(-1)", "n = x.shap[0]", "x = x.flaten(1)"])
    if choice == 12:
        return rng.choice([
            "n = len(x)\n        x = x.view(n, -1)", "x = x.view(max(x.size(0), 1), -1)",
            "x = x.view(min(x.shape), -1)", "x = x.view(sum(x.shape[:1]), -1)",
            "if isinstance(x.shape, tuple) and not isinstance(self, nn.Linear):\n            x = x.flatten(1)",
            f"x = x.view(abs({rng.choice(['-1', 'x.size(0)', '-x.size(-1)'])}), -1)",
            f"x = x.view(int({rng.choice(['x.size(0)', '2.5', 'None'])}), -1)", "n = len(x.size(), 1)",
            f"x = x.view(*[x.size(i) for i in range({rng.choice(['1', '2', '2.0', 'x.dim()'])})], -1)",
        ])
    if choice == 13:  # a recurrent layer: its tuple unpacked, indexed, or passed on by mistake
        kind = rng.choice(["RNN", "LSTM", "GRU"])
        features = last if rng.random() < 0.85 else rng.randint(1, 6)
        options = rng.choice(["", ", batch_first=True", ", 2", ", bidirectional=True", ", num_layers=2, batch_first=True"])
        layers.append(f"self.{name} = nn.{kind}({features}, {rng.randint(1, 6)}{options})")
        return rng.choice([f"x, _ = self.{name}(x)", f"x = self.{name}(x)[0]", f"x = self.{name}(x)",
                           f"x, h = self.{name}(x)\n        x = x[:, -1, :]",
                           f"x, (h, c) = self.{name}(x)" if kind == "LSTM" else f"out, h = self.{name}(x)\n        x = h[-1]"])
    if choice == 14:  # Embedding on the float32 input: PyTorch's dtype error
        layers.append(f"self.{name} = nn.Embedding({rng.randint(1, 20)}, {rng.randint(1, 6)})")
        return f"x = self.{name}(x)"
    if choice == 15 and rank >= 3:
        return "x = x[:, -1, :]"
    return rng.choice([
        "x = F.relu(x)", "x = torch.relu(x)", "x = x.relu()", "x = torch.sigmoid(x)", "x = x.tanh()",
        f"x = F.max_pool2d(x, {rng.randint(1, 3)})", f"x = F.avg_pool2d(x, kernel_size={rng.randint(1, 3)})",
        f"x = F.adaptive_avg_pool2d(x, {rng.randint(1, 3)})",
        f"x = torch.flatten(x, {dim})", f"x = x.flatten({dim})", "x = torch.flatten(x)",
        "x = x.view(x.size(0), -1)", f"x = x.view(-1, {last})", "x = x.reshape(x.shape[0], -1)",
        f"x = x.view({rng.randint(1, 8)}, -1)", "x = x.view(-1)", "x = x.squeeze()", f"x = x.squeeze({dim})",
        f"x = x.unsqueeze({dim})", f"x = torch.unsqueeze(x, {dim})",
        f"x = x.permute({', '.join(str(d) for d in rng.sample(range(rank), rank))})" if rank else "x = x.t()",
        f"x = x.transpose({rng.randint(-rank, max(rank - 1, 0))}, {rng.randint(-rank, max(rank - 1, 0))})" if rank else "x = x.t()",
        "x = x.t()", "x = x.contiguous()", f"x = x.mean({dim})", f"x = x.sum(dim={dim}, keepdim=True)",
        f"x = torch.cat([x, x], {dim})", "x = x[:, 0]", "x = x[0]", "x = x[..., -1]" if False else "x = x[:, -1:]",
        "x = x * 2 + 1", f"x = F.softmax(x, dim={dim})", f"x = F.log_softmax(x, {dim})",
        f"x = x.unflatten({dim}, (1, -1))", "x = x.view(x.shape[0], x.shape[1], -1)",
        "n = x.numel() // x.size(0)\n        x = x.reshape(-1, n)", "b, *rest = x.shape\n        x = x.reshape(b, -1)",
        f"x = self.helper(x, {dim})",
    ])


HELPER = """
    def helper(self, x, d):
        size = x.size()[1:]
        n = 1
        for s in size:
            n *= s
        return x.view(-1, n) if d > 0 else torch.flatten(x, 1)
"""


def source_of(layers, statements):
    init = "        super().__init__()\n" + "".join(f"        {layer}\n" for layer in layers)
    body = "".join(f"        {statement}\n" for statement in statements)
    return HEADER + "    def __init__(self):\n" + init + "\n    def forward(self, x):\n" + body + "        return x\n" + HELPER


def runs(source, shape):
    namespace = {}
    try:
        exec(compile(source, "net.py", "exec"), namespace)
        model = namespace["Net"]().eval()
        with torch.no_grad():
            return model(torch.zeros(shape))
    except Exception:  # noqa: BLE001
        return None


def random_case(rng):
    rank = rng.randint(1, 5)
    shape = [rng.randint(1, 5)] + [rng.randint(1, 12) for _ in range(rank - 1)]
    layers, statements = [], []
    current = torch.zeros(shape)
    for _ in range(rng.randint(1, 7)):
        trial_layers = list(layers)
        statement = draw_statement(rng, list(current.shape), trial_layers)
        trial = statements + [statement]
        result = runs(source_of(trial_layers, trial), shape)
        layers, statements = trial_layers, trial
        if not isinstance(result, torch.Tensor):
            break  # the model now raises: keep it, a mistake is a case too
        current = result
    return {"name": "random", "input": shape, "source": source_of(layers, statements)}


def run_engine(app, case):
    completed = subprocess.run([app, "trace", "--json", "--input", ",".join(str(d) for d in case["input"]),
                                "--file", "-"], input=case["source"], capture_output=True, text=True, timeout=30)
    if completed.returncode not in (0, 1):
        return {"exit": completed.returncode, "stderr": completed.stderr.strip()}
    record = json.loads(completed.stdout)
    warnings_ = record.pop("warnings", [])
    record["warning_line"] = warnings_[0]["line"] if warnings_ else None
    printed = []
    for warning in record.pop("pytorch_warnings", []):
        if [warning["type"], warning["message"]] not in printed:
            printed.append([warning["type"], warning["message"]])
    if printed:
        record["pytorch_warnings"] = printed
    return record


def comparable(record):
    return {key: record[key] for key in ("steps", "output", "error", "warning_line", "pytorch_warnings", "exit") if key in record}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", required=True, help="path to the flatten-tutor binary")
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show-cases", action="store_true", help="print every case as it runs")
    options = parser.parse_args()
    warnings.simplefilter("ignore")
    rng = random.Random(options.seed)
    failures = 0
    for _ in range(options.count):
        case = random_case(rng)
        if options.show_cases:
            print(case["input"], case["source"], sep="\n", flush=True)
        expected = comparable(golden.trace_case(case))
        actual = comparable(run_engine(options.app, case))
        if expected != actual:
            failures += 1
            print(f"--input {','.join(str(d) for d in case['input'])} --file -  <<'EOF'\n{case['source']}EOF")
            print(f"  pytorch: {json.dumps(expected)}")
            print(f"  engine:  {json.dumps(actual)}")
    print(f"{options.count} cases, {failures} differ from PyTorch", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
