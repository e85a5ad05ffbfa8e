"""`make vendor NAME=<slug>` (`python -m scankit_codegen vendor <slug> [--name "Display Name"]`):
a new vendor's spec folder, from templates/vendor/, that `make generate` accepts as it is.

The spec is a placeholder (one `scans` resource: a paged list and a get, an API key header) for the
maintainer to rewrite from the vendor's documentation; docs/architecture.md, "Adding a vendor", is
the rest of the walk.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from scankit_codegen.registry import SLUG, SPECS

TEMPLATES = Path(__file__).resolve().parent / "templates" / "vendor"


def scaffold(slug: str, name: str | None = None, specs: Path = SPECS) -> Path:
    """Write `specs/<slug>/openapi.yaml` and `codegen.yaml`; refuses a bad or taken slug."""
    if not SLUG.match(slug):
        raise ValueError(f"{slug!r}: a vendor's slug is lower-case letters and digits, starting with a letter")
    folder = specs / slug
    if folder.exists():
        raise ValueError(f"{folder} exists already")
    name = name or slug.capitalize()
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9 ]*", name):
        raise ValueError(f"{name!r}: the display name is letters, digits and spaces (it names the client class)")
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,  # YAML, not HTML
    )
    values = {"slug": slug, "name": name, "stem": slug.upper()}
    folder.mkdir(parents=True)
    for template in ("openapi.yaml", "codegen.yaml"):
        (folder / template).write_text(env.get_template(f"{template}.jinja").render(**values), encoding="utf-8")
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scankit_codegen vendor", description=__doc__.splitlines()[0])
    parser.add_argument("slug", help="lower-case letters and digits: the package is scankit-<slug>")
    parser.add_argument("--name", help="the display name, e.g. 'Acme Scan' (default: the slug, capitalised)")
    args = parser.parse_args(argv)
    try:
        folder = scaffold(args.slug, args.name)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {folder}/openapi.yaml and codegen.yaml; next: edit them, then `make generate` and `make setup`")
    return 0
