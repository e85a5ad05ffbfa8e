"""Spec lint: every vendor spec must pass three independent checks (make lint-specs).

1. openapi-spec-validator: the document is valid OpenAPI 3.0.
2. Redocly CLI (`redocly.yaml`, recommended rules): zero errors.
3. scankit's own conventions (specs/CONVENTIONS.md): each operation has an operationId, exactly one
   tag, x-scankit-method, its own security and an x-scankit-source; list operations declare
   x-scankit-pagination; the root x-scankit block names the vendor and its key variable, and its
   rate-limit and error blocks are well formed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "wrapper"))

from scankit._errors import ConfigurationError, ErrorPaths  # noqa: E402
from scankit._ratelimit import RateLimitSpec  # noqa: E402

VENDORS = ("packagex", "hostedscan", "advalidation", "passentry", "cloneguard")


def conventions(vendor: str, spec: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    meta = spec.get("x-scankit")
    if not isinstance(meta, dict) or not meta.get("vendor") or not meta.get("env_key"):
        problems.append("root x-scankit must name `vendor` and `env_key`")
        meta = {}
    try:
        RateLimitSpec.from_dict(meta.get("rate_limit"))
        errors = meta.get("errors")
        ErrorPaths.from_dict({k: v for k, v in errors.items() if k != "inferred"} if errors else None)
    except ConfigurationError as exc:
        problems.append(str(exc))
    problems += _case_insensitive(spec)
    seen: dict[tuple[str, str], str] = {}
    for path, item in spec.get("paths", {}).items():
        for method, op in item.items():
            if not isinstance(op, dict):
                continue
            where = f"{method.upper()} {path}"
            for key in ("operationId", "x-scankit-method", "x-scankit-source", "security"):
                if not op.get(key):
                    problems.append(f"{where}: {key} is missing")
            tags = op.get("tags") or []
            if len(tags) != 1:
                problems.append(f"{where}: exactly one tag (the resource), not {tags}")
            verb = op.get("x-scankit-method") or ""
            if tags and verb:
                if (tags[0], verb) in seen:
                    problems.append(f"{where}: {tags[0]}.{verb} is also {seen[tags[0], verb]}")
                seen[tags[0], verb] = where
            if verb.startswith("list") and "x-scankit-pagination" not in op:
                problems.append(f"{where}: a list operation needs x-scankit-pagination")
            for code, response in op.get("responses", {}).items():
                if str(code).startswith("2") and "$ref" not in response and str(code) != "204":
                    content = response.get("content", {})
                    for media in content.values():
                        if "$ref" not in media.get("schema", {}) and media.get("schema", {}).get("type") == "object":
                            problems.append(f"{where} {code}: use a named schema ($ref), not an inline object")
    return problems


def _case_insensitive(spec: dict[str, Any]) -> list[str]:
    """`x-scankit-case-insensitive` only where generation honours it: a string enum schema, or
    a schema that is (`$ref`/`allOf`) such an enum, where it documents the same thing."""
    schemas = spec.get("components", {}).get("schemas", {})
    problems: list[str] = []

    def flagged_enum(node: dict[str, Any]) -> bool:
        refs = [node.get("$ref")] + [part.get("$ref") for part in node.get("allOf", []) if isinstance(part, dict)]
        for ref in filter(None, refs):
            target = schemas.get(str(ref).rsplit("/", 1)[-1], {})
            if target.get("enum") and target.get("x-scankit-case-insensitive") is True:
                return True
        return False

    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            if "x-scankit-case-insensitive" in node:
                value = node["x-scankit-case-insensitive"]
                if value is not True:
                    problems.append(f"{where}: x-scankit-case-insensitive must be `true` (omit it otherwise)")
                elif not (node.get("enum") and node.get("type", "string") == "string") and not flagged_enum(node):
                    problems.append(
                        f"{where}: x-scankit-case-insensitive belongs on a string enum schema (or a $ref/allOf to one)"
                    )
            for key, value in node.items():
                walk(value, f"{where}.{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{where}[{i}]")

    walk(spec.get("paths", {}), "paths")
    walk(schemas, "components.schemas")
    walk(spec.get("components", {}).get("parameters", {}), "components.parameters")
    return problems


def main() -> int:
    failed = False
    paths = [ROOT / "specs" / v / "openapi.yaml" for v in VENDORS]
    for vendor, path in zip(VENDORS, paths, strict=True):
        spec_dict, _ = read_from_filename(str(path))
        try:
            validate(spec_dict)
            print(f"openapi-spec-validator: {vendor}: OK")
        except Exception as exc:  # the validator raises its own hierarchy; report any of it
            print(f"openapi-spec-validator: {vendor}: {exc}")
            failed = True
        problems = conventions(vendor, yaml.safe_load(path.read_text()))
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
