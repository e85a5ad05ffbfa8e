"""The vendors: one per `specs/<slug>/openapi.yaml`. There is no other list of them.

Everything that needs the set of vendors (generation, lint, type checks, the tests, the bench, the
Makefile through `python -m scankit_codegen vendors`) asks here.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
SPECS = ROOT / "specs"
SLUG = re.compile(r"^[a-z][a-z0-9]*$")


def vendors(specs: Path = SPECS) -> list[str]:
    """Every vendor's slug, sorted: the folders of `specs/` that hold an `openapi.yaml`."""
    return sorted(p.parent.name for p in specs.glob("*/openapi.yaml"))


def spec_path(vendor: str, specs: Path = SPECS) -> Path:
    return specs / vendor / "openapi.yaml"


def package(vendor: str) -> str:
    """The generated distribution's import name: `scankit_<slug>`."""
    return f"scankit_{vendor}"


def main(argv: list[str] | None = None) -> int:
    """`python -m scankit_codegen vendors`: the slugs, one a line (for shell scripts and make)."""
    print("\n".join(vendors()))
    return 0
