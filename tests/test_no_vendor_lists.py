"""No hand-written list of the vendors outside specs/: the vendors are `specs/*/openapi.yaml`.

The slugs come from the registry; every tracked file that is neither a spec, generated output nor
recorded data is scanned for a place naming two of them in code: a Python list, tuple, set or dict
literal holding two slugs, or a table whose rows start with one (found in the syntax tree, so
docstrings and comments do not count), or a
line of a Makefile, template or config file naming two as words. A list like that is how a sixth
spec goes untested (or breaks collection) without a word.

`KNOWN` holds the places that remain, each with why it names vendors; it may only shrink: a new
place fails the test, and so does a known file that no longer needs its entry (delete the entry).
"""

from __future__ import annotations

import ast
import re
import subprocess
from collections import Counter
from pathlib import Path

from scankit_codegen.registry import vendors

ROOT = Path(__file__).resolve().parents[1]
SLUGS = frozenset(vendors())
# generated output, the specs themselves, recorded data and prose
SKIPPED = ("specs/", "generated/", "wrapper/scankit/vendors/", "docs/vendors/")
SKIPPED_PARTS = ("cassettes",)
CODE_SUFFIXES = (".jinja", ".toml", ".cfg", ".ini", ".yml", ".sh", ".txt")
CODE_NAMES = ("Makefile",)

# file -> (how many places, why). Vendor-specific tests and bench fixtures that assert or build one
# vendor's own facts for the vendors named; none of them is the set of every vendor.
KNOWN: dict[str, tuple[int, str]] = {
    "tests/cli/test_cli_errors.py": (1, "each named vendor's own error body"),
    "tests/cli/test_cli_sandbox.py": (2, "each named vendor's commands and a missing id of its own form"),
    "tests/sandbox/test_sandbox_app.py": (3, "facts of the named vendors' sandboxes"),
    "tests/sandbox/test_sandbox_faults.py": (2, "each named vendor's own 429 body and Retry-After"),
    "tests/sandbox/test_sandbox_runs.py": (1, "the vendors whose scans run, with their own states"),
    "tests/sandbox/test_sandbox_webhooks.py": (2, "the vendors with webhooks, each with its own events"),
    "tests/specs/test_incremental_and_coverage.py": (2, "each named vendor's documented incremental list and item"),
    "tests/test_hostile.py": (2, "lists of the named vendors' own shapes"),
    "tests/test_readme_scan_loop.py": (1, "the README's scan loop, shown for these vendors"),
    "tests/test_webhooks.py": (2, "each named vendor's own signed delivery"),
}


def tracked() -> list[str]:
    out = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    return [
        name
        for name in out.splitlines()
        if not name.startswith(SKIPPED) and not any(part in SKIPPED_PARTS for part in Path(name).parts)
    ]


def python_places(source: str) -> list[tuple[int, list[str]]]:
    """(line, slugs) for each collection literal naming two vendors or more."""
    places = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Dict):
            elements: list[ast.expr | None] = list(node.keys)
        elif isinstance(node, ast.List | ast.Tuple | ast.Set):
            elements = list(node.elts)
        else:
            continue
        # a slug as an element or key, or first in a row of a table (`[("packagex", ...), ...]`)
        firsts = [e.elts[0] if isinstance(e, ast.Tuple | ast.List) and e.elts else e for e in elements]
        named = sorted({e.value for e in firsts if isinstance(e, ast.Constant) and e.value in SLUGS})
        if len(named) >= 2:
            places.append((node.lineno, named))
    return places


def line_places(text: str) -> list[tuple[int, list[str]]]:
    """(line, slugs) for each line naming two vendors or more as words, comments aside."""
    places = []
    for number, line in enumerate(text.splitlines(), 1):
        if line.lstrip().startswith("#"):
            continue
        named = sorted({w for w in re.findall(r"[a-z][a-z0-9_]*", line) if w in SLUGS})
        if len(named) >= 2:
            places.append((number, named))
    return places


def places() -> dict[str, list[tuple[int, list[str]]]]:
    found: dict[str, list[tuple[int, list[str]]]] = {}
    for name in tracked():
        path = ROOT / name
        if not path.is_file():
            continue
        if name.endswith(".py"):
            hits = python_places(path.read_text(encoding="utf-8"))
        elif name.endswith(CODE_SUFFIXES) or path.name in CODE_NAMES:
            hits = line_places(path.read_text(encoding="utf-8"))
        else:
            continue
        if hits:
            found[name] = hits
    return found


def test_the_scan_finds_a_list_in_code_and_not_in_prose() -> None:
    a, b = sorted(SLUGS)[:2]
    assert python_places(f'VENDORS = {{\n    "{a}": 1,\n    "{b}": 2,\n}}\n') == [(1, [a, b])]
    assert python_places(f'CASES = [("{a}", 1), ("{b}", 2)]\n') == [(1, [a, b])]
    assert python_places(f'"""{a} and {b}"""\n# {a}, {b}\nx = ["{a}"]\n') == []
    assert line_places(f"test:\n\tpytest -k '{a} or {b}'\n# {a} {b}\n") == [(2, [a, b])]


def test_no_file_outside_specs_lists_the_vendors() -> None:
    found = places()
    counts = Counter({name: len(hits) for name, hits in found.items()})
    new = {name: hits for name, hits in found.items() if counts[name] > KNOWN.get(name, (0, ""))[0]}
    assert not new, (
        "vendor lists outside specs/ (derive them from scankit_codegen.registry or scankit.vendors.slugs):\n"
        + "\n".join(f"{name}:{line}: {', '.join(slugs)}" for name, hits in new.items() for line, slugs in hits)
    )
    fewer = {name: (counts[name], known) for name, (known, _) in KNOWN.items() if counts[name] < known}
    assert not fewer, f"fewer vendor lists than KNOWN says (lower or delete the entries): {fewer}"
