#!/usr/bin/python3
"""Differential test: random models and inputs, traced by real PyTorch and by `flatten-tutor trace`.

The golden data pins the cases we chose; this script looks for the ones we did not think of. It
draws module calls with arguments of every kind the grammar allows (ints of any sign, floats,
strings, tuples and lists of the wrong length, None, booleans, keyword and positional forms, unknown
keywords) and inputs of rank 0 to 5, and a share of hostile forms (random_hostile.py: parentheses,
operators on every kind of value, edge ints, named dims, escapes, MaxPool1d after parameters),
runs each through PyTorch exactly as the golden generator
does, and through the binary with --json, and reports every difference.

    /usr/bin/python3 differential_trace.py --app build/flatten-tutor [--count 2000] [--seed 1]
    [--hostile 0.3] [--recurrent 0.3] [--show-cases] [--add-failures] [--cases FILE]

Exit 0 when every case agrees, 1 when one differs (each printed), 77 when torch is missing.
--add-failures prints the differing cases as trace_cases.py lines, ready to become golden cases.
--cases FILE runs the cases in FILE instead, one `shape | expression` per line (`(2, 3) | nn.ReLU()`).
A share of the cases (--recurrent) are recurrent layers, Embedding, and layers on int64 inputs
(`trace --dtype int64`).
"""
import argparse
import ast
import json
import random
import subprocess
import sys
import warnings

import generate_trace_golden as golden  # exits 77 without torch
from random_cases import random_case, recurrent_case
from random_hostile import hostile_case

def run_engine(app, shape, expression, dtype="float32"):
    completed = subprocess.run([app, "trace", "--json", "--input", ",".join(str(d) for d in shape),
                                "--model", expression, "--dtype", dtype], capture_output=True, text=True, timeout=30)
    if completed.returncode not in (0, 1):
        return {"exit": completed.returncode, "stderr": completed.stderr.strip()}
    return json.loads(completed.stdout)


def comparable(record):
    keep = {"layers": [{k: layer[k] for k in ("index", "module", "output", "outputs") if k in layer}
                       for layer in record.get("layers", [])]}
    for key in ("output", "error", "pytorch_warnings", "exit"):
        if key in record:
            keep[key] = record[key]
    return keep


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", required=True, help="path to the flatten-tutor binary")
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--hostile", type=float, default=0.3, help="share of cases drawn from random_hostile.py")
    parser.add_argument("--show-cases", action="store_true", help="print every case as it runs")
    parser.add_argument("--add-failures", action="store_true", help="print differing cases as trace_cases.py lines")
    parser.add_argument("--cases", help="file of `shape | expression` lines to run instead of random cases")
    parser.add_argument("--recurrent", type=float, default=0.3,
                        help="share of cases drawn from the recurrent/Embedding/int64 generator (default 0.3)")
    options = parser.parse_args()

    if options.cases:
        with open(options.cases, encoding="utf-8") as handle:
            cases = [tuple(part.strip() for part in line.split("|", 1)) for line in handle if line.strip()]
        cases = [(tuple(ast.literal_eval(shape)), expression, "float32") for shape, expression in cases]
    else:
        rng = random.Random(options.seed)
        cases = []
        for _ in range(options.count):
            roll = rng.random()
            if roll < options.hostile:
                cases.append(hostile_case(rng) + ("float32",))
            elif roll < options.hostile + options.recurrent:
                cases.append(recurrent_case(rng))
            else:
                cases.append(random_case(rng) + ("float32",))
    failures = []
    warnings.simplefilter("ignore")
    for shape, expression, dtype in cases:
        if options.show_cases:
            print(shape, expression, dtype, flush=True)
        # Oversized parameters would allocate real memory in PyTorch; the golden data covers them on meta.
        try:
            # Python refuses the text itself (a repeated keyword, a positional argument after a
            # keyword one): the engine must say so with exit 2.
            compile(expression, "<model>", "eval")
            expected = comparable(golden.trace_case((shape, expression, "cpu", dtype)))
        except SyntaxError:
            expected = {"layers": [], "exit": 2}
        engine = run_engine(options.app, shape, expression, dtype)
        if comparable(engine) != expected:
            failures.append((shape, expression, dtype, expected, engine))
    for shape, expression, dtype, expected, actual in failures:
        print(f"--input {','.join(str(d) for d in shape)} --dtype {dtype} --model {expression!r}")
        print(f"  pytorch: {json.dumps(expected)}")
        print(f"  engine:  {json.dumps(actual)}")
    if options.add_failures:
        for shape, expression, dtype, _, _ in failures:
            print(f"add_int64({shape!r}, {expression!r})" if dtype == "int64" else f"add({shape!r}, {expression!r})")
    print(f"{len(cases)} cases, {len(failures)} differ from PyTorch", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
