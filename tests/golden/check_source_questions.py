#!/usr/bin/python3
"""Every source question of the course (a question bank's `source: Net` with a ```python class),
run by real PyTorch and by the binary.

A source question's answer and distractors are computed by the engine from its trace of the class
(ft::source::traceSource). This script finds every such question in quizzes/, runs the class on
zeros of the question's input exactly as generate_source_golden.py does, and compares PyTorch's
record (each step's shape, the output shape, or the error's type, first message line and line
number, and the silent batch-change line) with `flatten-tutor trace --json --file - --class C`.

    /usr/bin/python3 check_source_questions.py --app build/flatten-tutor [--list]

Exit 0 when every question agrees, 1 naming file:line on a difference, 77 when torch is missing.
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys
import warnings

import generate_source_golden as golden  # exits 77 without torch

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FIELD = re.compile(r"^([a-z_]+):\s*(.*)$")


def source_questions(path):
    """(line, id, input, class, code) of each question of the bank with a `source:` field."""
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    starts = [i for i, line in enumerate(lines) if line.startswith("## ")]
    for index, start in enumerate(starts):
        block = lines[start:starts[index + 1] if index + 1 < len(starts) else len(lines)]
        fields = {}
        for line in block[1:]:
            match = FIELD.match(line)
            if not match:
                break
            fields[match.group(1)] = match.group(2).strip()
        if "source" not in fields:
            continue
        opening = next(i for i, line in enumerate(block) if line.strip() == "```python")
        closing = next(i for i in range(opening + 1, len(block)) if block[i].strip().startswith("```"))
        shape = [int(d) for d in fields["input"].strip("()").replace(" ", "").split(",") if d]
        yield start + 1, block[0][3:].strip(), shape, fields["source"], "\n".join(block[opening + 1:closing]) + "\n"


def run_engine(app, shape, class_name, code):
    completed = subprocess.run([app, "trace", "--json", "--input", ",".join(str(d) for d in shape), "--class", class_name,
                                "--file", "-"], input=code, capture_output=True, text=True, timeout=30)
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
    parser.add_argument("--list", action="store_true", help="print each question and PyTorch's answer")
    options = parser.parse_args()
    warnings.simplefilter("ignore")
    count = failures = 0
    for path in sorted(glob.glob(os.path.join(ROOT, "quizzes", "*.md"))):
        if os.path.basename(path) == "README.md":
            continue  # not a bank, as for the loader
        for line, question, shape, class_name, code in source_questions(path):
            count += 1
            expected = comparable(golden.trace_case({"name": question, "input": shape, "source": code, "class": class_name}))
            actual = comparable(run_engine(options.app, shape, class_name, code))
            where = f"{os.path.relpath(path, ROOT)}:{line}: {question}"
            if options.list:
                print(where, json.dumps({k: expected.get(k) for k in ("output", "error", "warning_line")}))
            if expected != actual:
                failures += 1
                print(f"{where}: the engine differs from PyTorch")
                print(f"  pytorch: {json.dumps(expected)}")
                print(f"  engine:  {json.dumps(actual)}")
    if count == 0:
        print("no source questions found", file=sys.stderr)
        return 1
    print(f"{count} source questions, {failures} differ from PyTorch", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
