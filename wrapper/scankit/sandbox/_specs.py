"""Where the sandbox finds the vendors: ``specs/<slug>/openapi.yaml`` and its optional ``sandbox.yaml``.

The specs are the single source of truth: the sandbox reads the same files the clients are generated
from. In a source checkout they are the repository's ``specs/``; an installed wheel carries them
under ``scankit/sandbox/_specs/`` (``wrapper/hatch_build.py`` copies them in). Each spec is checked
against ``x-scankit.schema.json`` before it is served, and each data file against
``sandbox.schema.json``: a block with an unknown key is refused with its path, not half-served.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs
import yaml
from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

__all__ = ["SpecError", "SpecSource", "find_specs", "load_source", "spec_root"]

_PACKAGED = Path(__file__).resolve().parent / "_specs"
_CHECKOUT = Path(__file__).resolve().parents[3] / "specs"


class SpecError(ValueError):
    """A spec or a sandbox data file the sandbox cannot serve (with where the problem is)."""


def spec_root() -> Path:
    """The folder holding ``<slug>/openapi.yaml``: the packaged copy, else the source checkout's."""
    for root in (_PACKAGED, _CHECKOUT):
        if (root / "x-scankit.schema.json").is_file():
            return root
    raise SpecError(f"no specs found: neither {_PACKAGED} (an installed wheel) nor {_CHECKOUT} (a checkout)")


def find_specs(root: Path | None = None) -> dict[str, Path]:
    """Every vendor folder under ``root`` (default :func:`spec_root`), by slug, sorted."""
    base = root or spec_root()
    return {p.parent.name: p.parent for p in sorted(base.glob("*/openapi.yaml"))}


@functools.cache
def _schema(name: str) -> dict[str, Any]:
    for root in (_PACKAGED, _CHECKOUT):
        path = root / name
        if path.is_file():
            loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
            return loaded
    raise SpecError(f"{name} is missing from {spec_root()}")


@functools.cache
def _validator(schema_name: str, definition: str | None) -> Draft202012Validator:
    schema = _schema(schema_name)
    if definition is None:
        return Draft202012Validator(schema)
    return Draft202012Validator({"$ref": f"#/$defs/{definition}", "$defs": schema["$defs"]})


def _problems(validator: Draft202012Validator, value: Any, where: str) -> list[str]:
    errors = list(validator.iter_errors(value))
    if not errors:
        return []
    error = best_match(errors)
    path = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
    return [f"{where}{path}: {error.message}"]


def check_extensions(spec: Mapping[str, Any], where: str) -> None:
    """Every ``x-scankit*`` extension anywhere in ``spec``, against ``x-scankit.schema.json``."""
    known = _schema("x-scankit.schema.json")["$defs"]
    problems: list[str] = []

    def walk(node: Any, at: str) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                here = f"{at}/{key}"
                if isinstance(key, str) and key.startswith("x-scankit"):
                    if key not in known:
                        problems.append(f"{here}: unknown extension {key!r}")
                    else:
                        problems.extend(_problems(_validator("x-scankit.schema.json", key), value, here))
                walk(value, here)
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{at}/{index}")

    walk(spec, where)
    if problems:
        raise SpecError("\n".join(problems))


@attrs.frozen
class SpecSource:
    """One vendor as files: its spec, its optional sandbox data, and where they came from."""

    slug: str
    folder: Path
    spec: Mapping[str, Any] = attrs.field(repr=False)
    data: Mapping[str, Any] = attrs.field(repr=False)


_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when PyYAML has it: ten times faster


def _yaml(path: Path) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    except yaml.YAMLError as exc:
        raise SpecError(f"{path}: not valid YAML: {exc}") from None


@functools.cache
def _load(folder: Path) -> SpecSource:
    slug = folder.name
    if not re.fullmatch(r"[a-z][a-z0-9_]*", slug):
        raise SpecError(f"{folder}: a vendor folder is named by its slug ([a-z][a-z0-9_]*)")
    spec = _yaml(folder / "openapi.yaml")
    if not isinstance(spec, dict) or "paths" not in spec:
        raise SpecError(f"{folder / 'openapi.yaml'}: not an OpenAPI document")
    check_extensions(spec, f"{slug}/openapi.yaml")
    data_path = folder / "sandbox.yaml"
    data: Any = _yaml(data_path) if data_path.is_file() else {}
    data = data or {}
    problems = _problems(_validator("sandbox.schema.json", None), data, f"{slug}/sandbox.yaml")
    if problems:
        raise SpecError("\n".join(problems))
    return SpecSource(slug, folder, spec, data)


def load_source(folder: Path) -> SpecSource:
    """The vendor in ``folder`` (``openapi.yaml`` plus an optional ``sandbox.yaml``), checked; cached."""
    return _load(folder.resolve())
