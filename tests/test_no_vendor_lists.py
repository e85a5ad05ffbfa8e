"""No hand-written list of the vendors outside specs/: the vendors are `specs/*/openapi.yaml`.

The vendors come from the registry, each known by its slug, its client class and its environment
variables; every tracked file that is neither a spec, generated output nor recorded data is scanned
for a place naming two of them in code: a Python list, tuple, set or dict literal holding two, or a
table whose rows start with one (found in the syntax tree, so docstrings and comments do not
count), or a line of a Makefile, template or config file naming two as words. A list like that is how a sixth
spec goes untested (or breaks collection) without a word.

There is none: a test about one vendor's own quirk names that vendor alone; every set of vendors
is derived from the specs.
"""

from __future__ import annotations

import ast
import re
import subprocess
from pathlib import Path

from scankit_codegen.extensions import load_vendor
from scankit_codegen.registry import vendors

ROOT = Path(__file__).resolve().parents[1]
SLUGS = frozenset(vendors())
# A vendor is named by its slug, its client class (`CloneGuard`) or one of its environment
# variables (`CLONEGUARD_BASE_URL`): a tuple of the vendors' key variables is a vendor list too.
CLASSES = {load_vendor(v).meta.class_name: v for v in SLUGS}
STEMS = {load_vendor(v).meta.env_stem + "_": v for v in SLUGS}


def vendor_named(value: object) -> str | None:
    """The vendor a string constant names, if it is a slug, a client class or a vendor's variable."""
    if not isinstance(value, str):
        return None
    if value in SLUGS:
        return value
    if value in CLASSES:
        return CLASSES[value]
    return next((v for stem, v in STEMS.items() if value.startswith(stem) and value.isupper()), None)


# generated output, the specs themselves, recorded data and prose
SKIPPED = ("specs/", "generated/", "wrapper/scankit/vendors/", "wrapper/scankit/__init__.py", "docs/vendors/")
SKIPPED_PARTS = ("cassettes",)
CODE_SUFFIXES = (".jinja", ".toml", ".cfg", ".ini", ".yml", ".sh", ".txt")
CODE_NAMES = ("Makefile",)


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
        named = sorted({v for e in firsts if isinstance(e, ast.Constant) and (v := vendor_named(e.value))})
        if len(named) >= 2:
            places.append((node.lineno, named))
    return places


def line_places(text: str) -> list[tuple[int, list[str]]]:
    """(line, slugs) for each line naming two vendors or more as words, comments aside."""
    places = []
    for number, line in enumerate(text.splitlines(), 1):
        if line.lstrip().startswith("#"):
            continue
        named = sorted({v for w in re.findall(r"[A-Za-z][A-Za-z0-9_]*", line) if (v := vendor_named(w))})
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
    key_a, key_b = (load_vendor(v).meta.env_key for v in (a, b))
    assert python_places(f'KEYS = ("{key_a}", "{key_b}")\n') == [(1, [a, b])]
    assert line_places(f"env:\n\texport {key_a}=1 {key_b}=2\n") == [(2, [a, b])]


def test_no_file_outside_specs_lists_the_vendors() -> None:
    found = places()
    assert not found, (
        "vendor lists outside specs/ (derive them from scankit_codegen.registry or scankit.vendors.slugs):\n"
        + "\n".join(f"{name}:{line}: {', '.join(slugs)}" for name, hits in found.items() for line, slugs in hits)
    )
