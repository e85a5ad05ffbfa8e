"""Drift check: regenerate everything into a temporary directory and compare it with the tree.

Fails (exit 1) on any added, missing or changed file under generated/ (the READMEs included), in the
wrapper's generated facades, cards and index (wrapper/scankit/vendors/, wrapper/scankit/__init__.py)
in the vendors' reference pages (docs/vendors/) or in specs/x-scankit.schema.json (the vocabulary's
JSON Schema, from the typed model), printing a unified diff of what changed.
Generation is byte-deterministic (docs/architecture.md, "The generator"), so any difference is real:
a hand edit, or a spec, template, version or tool change that was not followed by `make generate`.
"""

from __future__ import annotations

import difflib
import sys
import tempfile
from pathlib import Path

from scankit_codegen import generate, vocabulary
from scankit_codegen.registry import ROOT

IGNORED_PARTS = {"__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache", ".pdm-build"}  # build artifacts


def tree(root: Path) -> dict[str, bytes]:
    if not root.exists():
        return {}
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
        and not IGNORED_PARTS.intersection(p.parts)
        and not p.name.endswith(".egg-info")
        and not any(part.endswith(".egg-info") for part in p.parts)
    }


def compare(label: str, want: dict[str, bytes], have: dict[str, bytes]) -> list[str]:
    problems = []
    for name in sorted(set(want) | set(have)):
        if name not in have:
            problems.append(f"{label}/{name}: missing (make generate would create it)")
        elif name not in want:
            problems.append(f"{label}/{name}: not produced by the specs (stale or hand-written)")
        elif want[name] != have[name]:
            diff = difflib.unified_diff(
                have[name].decode(errors="replace").splitlines(),
                want[name].decode(errors="replace").splitlines(),
                f"{label}/{name} (checked in)",
                f"{label}/{name} (from specs)",
                lineterm="",
                n=2,
            )
            problems.append("\n".join(list(diff)[:80]))
    return problems


def main(argv: list[str] | None = None) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        out, facades, pages = Path(tmp) / "generated", Path(tmp) / "vendors", Path(tmp) / "docs"
        schema = Path(tmp) / "x-scankit.schema.json"
        argv = ["--out", str(out), "--facade-out", str(facades), "--docs-out", str(pages), "--schema-out", str(schema)]
        rc = generate.main(argv)
        if rc:
            return rc
        problems = compare("generated", tree(out), tree(ROOT / "generated"))
        problems += compare("wrapper/scankit/vendors", tree(facades), tree(generate.FACADE_DIR))
        init = {"__init__.py": (Path(tmp) / "__init__.py").read_bytes()}
        have_init = {"__init__.py": (generate.FACADE_DIR.parent / "__init__.py").read_bytes()}
        problems += compare("wrapper/scankit", init, have_init)
        problems += compare("docs/vendors", tree(pages), tree(generate.DOCS_VENDORS))
        have_schema = vocabulary.SCHEMA_FILE.read_bytes() if vocabulary.SCHEMA_FILE.is_file() else b""
        problems += compare(
            "specs", {schema.name: schema.read_bytes()}, {schema.name: have_schema} if have_schema else {}
        )
    if problems:
        print("Generated code has drifted from the specs. Run `make generate` and commit the result.\n")
        print("\n\n".join(problems))
        return 1
    print("generated code matches the specs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
