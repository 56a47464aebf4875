#!/usr/bin/python3
"""Checks the source tree's layering, which the compiler cannot see (all layers share the include
root app/): every project header is included by its path under app/ ("engine/trace.h"), a layer
includes only the layers below it, and a private header (*_p.h) is included only from its own
directory, the directories inside it, and the tests.

    check_layers.py <source dir>      exit 0, or 1 with file:line: what is wrong
"""
import pathlib
import re
import sys

# Which app/ directories each directory's files may include from (its own is always allowed).
# Lowest first: the engine knows nothing above it; content sits on the engine; the headless
# commands and worksheets on content; the UI on everything but the commands.
ALLOWED = {
    'engine': set(),
    'engine/source': {'engine'},
    'engine/train': {'engine'},
    'content': {'engine', 'engine/source'},
    'cli': {'engine', 'engine/source', 'engine/train', 'content'},
    'worksheet': {'engine', 'engine/source', 'content', 'cli'},
    'ui': {'engine', 'engine/source', 'engine/train', 'content', 'worksheet'},
    'launcher': set(),
    '': None,  # app/main.cpp and app/gui_module.cpp assemble the layers: anything
}

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')


def check_file(path, src, app, problems):
    rel = path.relative_to(src).as_posix()
    in_app = path.is_relative_to(app)
    own = path.parent.relative_to(app).as_posix() if in_app else None
    if own == '.':
        own = ''
    for number, text in enumerate(path.read_text(encoding='utf-8').splitlines(), 1):
        match = INCLUDE.match(text)
        if not match:
            continue
        name = match.group(1)
        where = f'{rel}:{number}'
        target = app / name
        if not target.is_file():
            if in_app:
                problems.append(f'{where}: "{name}" is not a header under app/ '
                                f'(write its path from app/, e.g. "engine/trace.h")')
            continue  # a test's own helper header, beside it
        layer = target.parent.relative_to(app).as_posix()
        if target.name.endswith('_p.h') and in_app and not (own + '/').startswith(layer + '/'):
            problems.append(f'{where}: "{name}" is private to app/{layer}/')
        if in_app and layer != own and ALLOWED[own] is not None and layer not in ALLOWED[own]:
            problems.append(f'{where}: app/{own or "."}/ may not include "{name}" '
                            f'(app/{own}/ sits below app/{layer}/)')


def main():
    src = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else '.').resolve()
    app = src / 'app'
    problems = []
    for folder in (app, src / 'tests'):
        for path in sorted(folder.rglob('*')):
            if path.suffix in ('.h', '.cpp') and path.is_file():
                if path.is_relative_to(app):
                    layer = path.parent.relative_to(app).as_posix()
                    if layer == '.':
                        layer = ''
                    if layer not in ALLOWED:
                        problems.append(f'{path.relative_to(src)}: app/{layer}/ is not a known layer '
                                        f'(add it to ALLOWED in tests/layers/check_layers.py)')
                        continue
                check_file(path, src, app, problems)
    for problem in problems:
        print(problem)
    if problems:
        print(f'{len(problems)} layering problem(s)')
        return 1
    print('layering: ok')
    return 0


if __name__ == '__main__':
    sys.exit(main())
