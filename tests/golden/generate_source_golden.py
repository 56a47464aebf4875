#!/usr/bin/python3
"""Golden data for `trace --file`: what real PyTorch does with a learner's nn.Module class.

source_cases.json — for every case of source_cases.py (a model file and an input shape), what
`flatten-tutor trace --file` must report (see CONTRACT-trace.md, "Tracing a learner's own model
source"): every tensor-producing call forward made (line, source text, op, output shape), the
output, or the error (stage, Python exception class, first message line, and the line Python's
traceback shows last in the learner's file), and the line of the batch-changed warning.

The file is exec'd as Python would run it (compiled as "net.py"), the model is picked as the
contract says, and forward runs on torch.zeros(input) in eval mode under no_grad. Calls are
observed by rewriting each call `f(args)` in the file into `_ft_wrap_(id, f)(args)` (positions
kept, so tracebacks show the learner's lines): the wrapper records the result when f is not the
learner's own code (their functions, methods, classes and model instances are followed, not
recorded). nn.Flatten/nn.Unflatten modules also get forward hooks, so a batch change inside an
nn.Sequential is seen. The warning rule is implemented here independently of the engine.

    /usr/bin/python3 generate_source_golden.py          # rewrite source_cases.json
    /usr/bin/python3 generate_source_golden.py --check  # exit 1 if PyTorch disagrees with it

Exit code 77 when torch cannot be imported (the test is then reported as skipped).
"""
import ast
import json
import os
import sys
import traceback
import types
import warnings

try:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
except ImportError:
    print("torch is not importable; skipping", file=sys.stderr)
    sys.exit(77)

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from source_cases import CASES  # noqa: E402

OUTPUT = os.path.join(HERE, "source_cases.json")
FILENAME = "net.py"
MODULE_NAME = "__flatten_tutor__"
RESHAPING_METHODS = {"view", "reshape", "flatten", "unflatten", "squeeze", "unsqueeze"}
RESHAPING_FUNCTIONS = {"torch.flatten", "torch.reshape", "torch.squeeze", "torch.unsqueeze"}


def first_line(error):
    text = str(error)
    return text.splitlines()[0] if text else ""


class CallRewriter(ast.NodeTransformer):
    """f(args) -> _ft_wrap_(id, f)(args); the id indexes `sites` (line and source text)."""

    def __init__(self, source):
        self.source = source
        self.sites = []

    def visit_Call(self, node):
        self.generic_visit(node)
        if isinstance(node.func, ast.Name) and node.func.id == "super":
            return node  # zero-argument super() must stay a direct call
        site = len(self.sites)
        self.sites.append((node.lineno, ast.get_source_segment(self.source, node)))
        wrapped = ast.Call(func=ast.Name(id="_ft_wrap_", ctx=ast.Load()),
                           args=[ast.Constant(value=site), node.func], keywords=[])
        node.func = ast.copy_location(wrapped, node.func)
        ast.fix_missing_locations(node)
        return node


def is_learner_code(function):
    if isinstance(function, types.FunctionType):
        return function.__code__.co_filename == FILENAME
    if isinstance(function, types.MethodType):
        return is_learner_code(function.__func__)
    if isinstance(function, type):
        return function.__module__ == MODULE_NAME
    if isinstance(function, nn.Module):
        return type(function).__module__ == MODULE_NAME
    return False


def op_name(function):
    if isinstance(function, nn.Module):
        return repr(function)
    owner = getattr(function, "__self__", None)
    if isinstance(owner, torch.Tensor):
        return function.__name__
    name = getattr(function, "__name__", "")
    if getattr(F, name, None) is function:
        return "F." + name
    if getattr(torch, name, None) is function:
        return "torch." + name
    for candidate in dir(F):
        if getattr(F, candidate) is function:
            return "F." + candidate
    for candidate in dir(torch):
        if getattr(torch, candidate, None) is function:
            return "torch." + candidate
    return name


def nested_shapes(result):
    """A tensor's shape, or a non-empty tuple's items as a list of those (an LSTM's
    [output, [h_n, c_n]]); None for anything else."""
    if isinstance(result, torch.Tensor):
        return list(result.shape)
    if isinstance(result, tuple) and result:
        items = [nested_shapes(r) for r in result]
        return None if any(item is None for item in items) else items
    return None


def shapes_of(result):
    """[shape], or the nested shapes of a tuple's items; None when not tensor-producing."""
    shapes = nested_shapes(result)
    if shapes is None:
        return None, False
    if isinstance(result, tuple):
        return shapes, True
    return [shapes], False


class Recorder:
    def __init__(self, sites, batch):
        self.sites = sites
        self.batch = batch
        self.recording = False
        self.steps = []
        self.active = []          # site ids of recorded calls now running (innermost last)
        self.warning_line = None

    def check_batch(self, before, after, site):
        if self.batch is None or self.warning_line is not None or site is None:
            return
        if len(before) > 0 and before[0] == self.batch and (len(after) == 0 or after[0] != self.batch):
            self.warning_line = self.sites[site][0]

    def wrap(self, site, function):
        if not self.recording or is_learner_code(function):
            return function

        def call(*args, **kwargs):
            self.active.append(site)
            try:
                result = function(*args, **kwargs)
            finally:
                self.active.pop()
            shapes, is_tuple = shapes_of(result)
            if shapes is None:
                return result
            op = op_name(function)
            line, code = self.sites[site]
            step = {"line": line, "code": code, "op": op}
            step["outputs" if is_tuple else "output"] = shapes if is_tuple else shapes[0]
            self.steps.append(step)
            subject = getattr(function, "__self__", None)
            if not isinstance(subject, torch.Tensor):
                subject = next((a for a in args if isinstance(a, torch.Tensor)), None)
            reshaping = (op in RESHAPING_METHODS and isinstance(getattr(function, "__self__", None), torch.Tensor)) \
                or op in RESHAPING_FUNCTIONS
            if reshaping and subject is not None and not is_tuple:
                self.check_batch(list(subject.shape), shapes[0], site)
            return result
        return call

    def hook(self, module, inputs, output):
        if self.recording and inputs and isinstance(inputs[0], torch.Tensor) and isinstance(output, torch.Tensor):
            self.check_batch(list(inputs[0].shape), list(output.shape), self.active[-1] if self.active else None)


def learner_line(error):
    lines = [frame.lineno for frame in traceback.extract_tb(error.__traceback__) if frame.filename == FILENAME]
    return lines[-1] if lines else 0


def pick_model(namespace, class_name):
    model = namespace.get("model")
    if not class_name and isinstance(model, nn.Module):
        return model
    classes = [v for v in namespace.values()
               if isinstance(v, type) and issubclass(v, nn.Module) and v.__module__ == MODULE_NAME]
    if class_name:
        classes = [c for c in classes if c.__name__ == class_name]
    return classes[-1]()


def trace_case(case):
    """The case as PyTorch runs it, with "pytorch_warnings": what warnings.warn printed, each
    distinct (type, message) once in first-printed order (Python's warning locations are inside
    torch, so lines are not compared)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        record = run_case(case)
    printed = []
    for w in caught:
        entry = [w.category.__name__, str(w.message).splitlines()[0] if str(w.message) else ""]
        if entry not in printed:
            printed.append(entry)
    if printed:
        record["pytorch_warnings"] = printed
    return record


def run_case(case):
    source, shape = case["source"], case["input"]
    record = {"name": case["name"], "input": shape}
    if case.get("class"):
        record["class"] = case["class"]
    record["source"] = source
    tree = ast.parse(source, FILENAME)
    rewriter = CallRewriter(source)
    tree = rewriter.visit(tree)
    recorder = Recorder(rewriter.sites, shape[0] if shape else None)
    namespace = {"__name__": MODULE_NAME, "_ft_wrap_": recorder.wrap}
    stage = "construct"
    try:
        exec(compile(tree, FILENAME, "exec"), namespace)
        model = pick_model(namespace, case.get("class"))
        stage = "forward"
        model.eval()
        for module in model.modules():
            if isinstance(module, (nn.Flatten, nn.Unflatten)):
                module.register_forward_hook(recorder.hook)
        recorder.recording = True
        with torch.no_grad():
            result = model(torch.zeros(shape))
        recorder.recording = False
        shapes, is_tuple = shapes_of(result)
        record["steps"] = recorder.steps
        record["output"] = None if shapes is None else (shapes if is_tuple else shapes[0])
    except Exception as error:  # noqa: BLE001 - every exception is data here
        record["steps"] = recorder.steps
        record["error"] = {"stage": stage, "type": type(error).__name__, "message": first_line(error),
                           "line": learner_line(error)}
    record["warning_line"] = recorder.warning_line
    return record


def generate():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.manual_seed(0)
        return [trace_case(case) for case in CASES]


def main():
    check = "--check" in sys.argv[1:]
    text = json.dumps({"torch": torch.__version__.split("+")[0], "python": sys.version.split()[0],
                       "cases": generate()}, indent=1) + "\n"
    if check:
        try:
            with open(OUTPUT, encoding="utf-8") as handle:
                current = handle.read()
        except FileNotFoundError:
            current = ""
        if current != text:
            print("source_cases.json differs from what PyTorch does now; "
                  "run generate_source_golden.py and review the diff", file=sys.stderr)
            return 1
        return 0
    with open(OUTPUT, "w", encoding="utf-8") as handle:
        handle.write(text)
    print(f"{len(CASES)} source cases written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
