#!/usr/bin/python3
"""Every claim the course makes, checked against real PyTorch.

Lessons (```claims blocks) and question banks ('### Claims' sections) state their results as
claims, one per line (the syntax is in lessons/README.md):

    32, 3, 28, 28 | nn.Flatten() -> (32, 2352)
    2, 3, 4, 5 | x.permute(0, 2, 3, 1).flatten(1, 2) -> (2, 20, 3) view
    skip(the engine has no memory formats): 8, 3, 28, 28 | x.to(memory_format=torch.channels_last).flatten(1) -> (8, 2352) copy
    skip(the engine has no losses): 16, 10 | nn.CrossEntropyLoss()(x, torch.zeros(4, dtype=torch.long)) -> ValueError: ...

A lesson's ```playground-class block states what its class's forward() returns or raises
(`returns: (4, 10)`); this script runs the class too, the last nn.Module subclass built with no
arguments, in eval mode on zeros of the block's input. The model builder's examples
(examples/*.md) run too: a title "Works: ..." must run, "Bug: ..." must raise.

The test suite checks the same claims against the engine (skipped ones excepted); this script
runs every one of them, skipped ones included, through PyTorch. A model claim runs the expression
on zeros of the input shape (or, when its result is neither a shape nor an error, compares
repr(model), lines joined with " | "); a tensor claim evaluates it with x = an arange of the input shape and
says "view" when the result shares x's memory, "copy" otherwise. An error result is the exception
class and the first line of its message.

    /usr/bin/python3 check_content_claims.py [--check] [--list]   # exit 1 naming file:line on any difference

Exit code 77 when torch cannot be imported (the test is then reported as skipped).
"""
import os
import re
import sys
import warnings

try:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
except ImportError:
    print("torch is not importable; skipping", file=sys.stderr)
    sys.exit(77)

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SKIP = re.compile(r"^\s*skip\(([^)]+)\):\s*")
ERROR = re.compile(r"^[A-Z]\w*(?:Error|Warning|Exception): ")


def claim_lines(path):
    """(line number, text) of every claim in a lesson or bank file."""
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    in_claims_fence = False
    in_claims_section = False
    in_other_fence = False
    for number, line in enumerate(lines, 1):
        stripped = line.strip()
        if in_claims_fence:
            if stripped.startswith("```"):
                in_claims_fence = False
            elif stripped and not stripped.startswith("#"):
                yield number, line
            continue
        if stripped.startswith("```"):
            if stripped == "```claims" and not in_other_fence:
                in_claims_fence = True
            else:
                in_other_fence = not in_other_fence
            continue
        if in_other_fence:
            continue
        if stripped.startswith("### ") or line.startswith("## "):
            in_claims_section = stripped.lower() == "### claims"
            continue
        if in_claims_section and stripped and not stripped.startswith("#"):
            yield number, line


def shape_text(shape):
    return "(" + ", ".join(str(s) for s in shape) + ("," if len(shape) == 1 else "") + ")"


def error_text(error):
    text = str(error)
    return type(error).__name__ + ": " + (text.splitlines()[0] if text else "")


def parse_shape(text):
    text = text.strip().strip("()[]")
    return [int(part) for part in text.split(",") if part.strip()]


def pytorch_says(input_text, expression, repr_claim=False):
    shape = parse_shape(input_text)
    # A tensor claim names x (an arange of the input): x.view(...), torch.flatten(x, 1), or, in
    # skipped claims only, anything else using x, such as a loss: nn.CrossEntropyLoss()(x, target).
    tensor_claim = re.search(r"\bx\b", expression) is not None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            if tensor_claim:
                n = 1
                for size in shape:
                    n *= size
                x = torch.arange(n, dtype=torch.float32).reshape(shape)
                y = eval(expression, {"torch": torch, "nn": nn, "F": F, "x": x})  # noqa: S307 - the course's own text
                if y.dim() == 0 and not expression.startswith(("x", "torch.flatten")):
                    return "()"  # a loss value
                same = y.storage().data_ptr() == x.storage().data_ptr()
                return shape_text(y.shape) + (" view" if same else " copy")
            model = eval(expression, {"torch": torch, "nn": nn, "F": F})  # noqa: S307
            if repr_claim:
                return " | ".join(repr(model).split("\n"))
            return shape_text(model(torch.zeros(shape)).shape)
        except Exception as error:  # noqa: BLE001 - every PyTorch error is a result here
            return error_text(error)


def class_playgrounds(path):
    """(line of the fence, fields, source) of every ```playground-class block in a lesson:
    'key: value' fields, a blank line, then the Python class (lessons/README.md)."""
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    number = 0
    while number < len(lines):
        if lines[number].strip() != "```playground-class":
            number += 1
            continue
        fence = number + 1
        end = number + 1
        while end < len(lines) and not lines[end].strip().startswith("```"):
            end += 1
        body = lines[number + 1:end]
        fields = {}
        k = 0
        while k < len(body) and body[k].strip():
            key, _, value = body[k].partition(":")
            fields[key.strip()] = value.strip()
            k += 1
        yield fence, fields, "\n".join(body[k:]) + "\n"
        number = end + 1


def class_says(input_text, source):
    """What forward() of the last nn.Module subclass in `source` gives on zeros of the input."""
    namespace = {"__name__": "lesson_class"}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            exec(compile(source, "<lesson>", "exec"), namespace)  # noqa: S102 - the course's own text
            classes = [value for value in namespace.values()
                       if isinstance(value, type) and issubclass(value, nn.Module) and value.__module__ == "lesson_class"]
            model = classes[-1]().eval()
            with torch.no_grad():
                return shape_text(model(torch.zeros(parse_shape(input_text))).shape)
        except Exception as error:  # noqa: BLE001 - every PyTorch error is a result here
            return error_text(error)


def model_examples(path):
    """(line, title, input, code) of every example in a model builder examples file."""
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    example = None
    code = None
    for number, line in enumerate(lines, 1):
        if code is not None:
            if line.strip().startswith("```"):
                yield example["line"], example.get("title", ""), example.get("input", ""), "\n".join(code)
                code = None
            else:
                code.append(line)
        elif line.startswith("## "):
            example = {"line": number}
        elif example is not None and line.strip() == "```python":
            code = []
        elif example is not None and ":" in line:
            key, _, value = line.partition(":")
            example[key.strip()] = value.strip()


def main():
    listing = "--list" in sys.argv
    files = []
    for folder in ("lessons", "quizzes"):
        root = os.path.join(ROOT, folder)
        # The English files, then each translation's (lessons/de/, ...): a translated file repeats
        # its original's claims, and PyTorch checks them there too.
        directories = [root] + [os.path.join(root, name) for name in sorted(os.listdir(root))
                                if os.path.isdir(os.path.join(root, name))]
        for directory in directories:
            files += [os.path.join(directory, name) for name in sorted(os.listdir(directory))
                      if name.endswith(".md") and name != "README.md"]
    failures = 0
    count = 0
    for path in files:
        relative = os.path.relpath(path, ROOT)
        for number, line in claim_lines(path):
            text = SKIP.sub("", line, count=1)
            match = re.match(r"^(.*?)\|(.*?) -> (.*)$", text)
            if not match:
                print(f"{relative}:{number}: not a claim: {line.strip()}")
                failures += 1
                continue
            count += 1
            input_text, expression, expected = (part.strip() for part in match.groups())
            tensor_claim = re.search(r"\bx\b", expression) is not None
            repr_claim = not tensor_claim and not expected.startswith("(") and not ERROR.match(expected)
            actual = pytorch_says(input_text, expression, repr_claim)
            if listing:
                print(f"{relative}:{number}: {actual}")
            if actual != expected:
                print(f"{relative}:{number}: PyTorch gives '{actual}', the claim says '{expected}'")
                failures += 1
        for fence, fields, source in class_playgrounds(path) if "lessons" in relative else ():
            count += 1
            expected = fields.get("returns") or fields.get("raises")
            actual = class_says(fields.get("input", ""), source)
            if listing:
                print(f"{relative}:{fence}: {actual}")
            if actual != expected:
                print(f"{relative}:{fence}: PyTorch's forward() gives '{actual}', the playground-class says '{expected}'")
                failures += 1
    # The model builder's examples: a "Works:" title runs in PyTorch, a "Bug:" title raises.
    examples = os.path.join(ROOT, "examples")
    for name in sorted(os.listdir(examples)):
        if not name.endswith(".md") or name == "README.md":
            continue
        for number, title, input_text, code in model_examples(os.path.join(examples, name)):
            count += 1
            actual = pytorch_says(input_text, " ".join(code.split()))
            raises = ERROR.match(actual) is not None
            if listing:
                print(f"examples/{name}:{number}: {actual}")
            if title.startswith("Works: ") == raises or not title.startswith(("Works: ", "Bug: ")):
                print(f"examples/{name}:{number}: '{title}', but PyTorch gives '{actual}'")
                failures += 1
    print(f"{count} claims, class playgrounds and examples checked against PyTorch {torch.__version__}, {failures} wrong")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
