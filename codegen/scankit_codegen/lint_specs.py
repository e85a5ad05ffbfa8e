"""Spec lint: every vendor spec must pass three independent checks (`python -m scankit_codegen lint`).

1. openapi-spec-validator: the document is valid OpenAPI 3.0.
2. Redocly CLI (`redocly.yaml`, recommended rules): zero errors.
3. scankit's own conventions (specs/CONVENTIONS.md): the typed model of the x-scankit extensions
   parses (`scankit_codegen.extensions`: every unknown key, missing key, bad value and broken
   reference, each with its JSON pointer; an x-scankit-incremental block names item fields and
   query parameters that exist; x-scankit-coverage lists every operation of the spec), the spec has
   an x-scankit-coverage block, every 2xx body is a named schema, and one paginated operation needs
   no argument (the README's example lists it).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from typing import Any

import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

from scankit_codegen import openapi
from scankit_codegen.extensions import SpecError, parse_vendor, problems_of
from scankit_codegen.extensions import case_insensitive_problems as _case_insensitive
from scankit_codegen.readme import listing
from scankit_codegen.registry import ROOT, SPECS, vendors

WEBHOOKS = openapi.pointer("x-scankit-webhooks")


COVERAGE = openapi.pointer("x-scankit-coverage")


def conventions(vendor: str, spec: Mapping[str, Any]) -> list[str]:
    """Every problem with a spec's conventions (empty: none)."""
    return problems_of(vendor, spec) + _named_bodies(spec) + _coverage_required(spec)


def _coverage_required(spec: Mapping[str, Any]) -> list[str]:
    """Every spec says which of the vendor's documented operations it covers (the reference page's table)."""
    if "x-scankit-coverage" in spec:
        return []
    return [f"{COVERAGE}: is required (every operation the vendor documents, covered or why not)"]


def coverage_problems(spec: Mapping[str, Any]) -> list[str]:
    """The problems in the root x-scankit-coverage block (specs/CONVENTIONS.md, "Coverage")."""
    return [p for p in problems_of("", spec) if p.startswith(COVERAGE)] + _coverage_required(spec)


def incremental_problems(spec: Mapping[str, Any]) -> list[str]:
    """The problems in the x-scankit-incremental blocks of a spec's operations."""
    return [p for p in problems_of("", spec) if "/x-scankit-incremental" in p.split(":", 1)[0]]


def readme_problems(vendor: str, spec: Mapping[str, Any]) -> list[str]:
    """What the distribution's README needs from a spec that parses: a paginated operation that takes
    no required argument, whose items its example loops over (`readme.listing`)."""
    try:
        listing(parse_vendor(vendor, spec))
    except SpecError:
        return []  # reported by conventions()
    except ValueError:
        return [
            f"{openapi.pointer('paths')}: no paginated operation without required arguments; the README's "
            'example loops over one (docs/architecture.md, "Adding a vendor")'
        ]
    return []


def webhook_conventions(spec: Mapping[str, Any]) -> list[str]:
    """The problems in the root x-scankit-webhooks block (specs/CONVENTIONS.md, "Webhooks")."""
    return [p for p in problems_of("", spec) if p.startswith(WEBHOOKS)]


def _named_bodies(spec: Mapping[str, Any]) -> list[str]:
    """A 2xx JSON body is a `$ref` to a named schema, so its model has a stable, meaningful name."""
    problems = []
    for path, item in (spec.get("paths") or {}).items():
        for method, op in item.items():
            if not isinstance(op, Mapping):
                continue
            for code, response in (op.get("responses") or {}).items():
                if not str(code).startswith("2") or "$ref" in response or str(code) == "204":
                    continue
                for media in (response.get("content") or {}).values():
                    schema = media.get("schema") or {}
                    if "$ref" not in schema and schema.get("type") == "object":
                        where = openapi.pointer("paths", path, method, "responses", code)
                        problems.append(f"{where}: use a named schema ($ref), not an inline object")
    return problems


__all__ = [
    "_case_insensitive",
    "conventions",
    "coverage_problems",
    "incremental_problems",
    "main",
    "webhook_conventions",
]


def main(argv: list[str] | None = None) -> int:
    failed = False
    names = vendors(SPECS)
    paths = [SPECS / v / "openapi.yaml" for v in names]
    for vendor, path in zip(names, paths, strict=True):
        spec_dict, _ = read_from_filename(str(path))
        try:
            validate(spec_dict)
            print(f"openapi-spec-validator: {vendor}: OK")
        except Exception as exc:  # the validator raises its own hierarchy; report any of it
            print(f"openapi-spec-validator: {vendor}: {exc}")
            failed = True
        loaded = yaml.safe_load(path.read_text())
        problems = conventions(vendor, loaded) + readme_problems(vendor, loaded)
        for problem in problems:
            print(f"conventions: {vendor}: {problem}")
        failed |= bool(problems)
        if not problems:
            print(f"conventions: {vendor}: OK")
    redocly = ROOT / "node_modules" / ".bin" / "redocly"
    env = {**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"}
    proc = subprocess.run(
        [str(redocly), "lint", "--format", "summary", *map(str, paths)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    out = "\n".join(
        line
        for line in (proc.stdout + proc.stderr).splitlines()
        if "Node.js" not in line and "║" not in line and "╔" not in line and "╚" not in line
    )
    print(out.strip())
    if proc.returncode != 0:
        print("redocly lint: errors found")
        failed = True
    else:
        print("redocly lint: 0 errors")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
