"""The CPU baseline: pydantic v2 models of a vendor's list page, generated from its spec.

What a pydantic user gets from the same spec: datamodel-code-generator (pinned in
requirements/dev.txt) turns ``specs/<vendor>/openapi.yaml`` into pydantic v2 models, and the
baseline is ``TypeAdapter(<the list's page model>).validate_json(body)`` in pydantic's default
(lax) mode, as a pydantic-based SDK would ship it. The models are made at bench time into a cache
(the temporary directory, keyed by the spec's bytes and the generator's version), so a new spec
gets its baseline by existing and nothing generated is checked in.

Made as like scankit's generated attrs models as the generator allows, so the two do the same
work: date-times as ``datetime``, UUIDs as ``UUID``, enums as ``str`` enums, nullable and optional
as ``X | None``, unknown keys kept (``extra="allow"``, like ``additional_properties``). The spec's
value constraints (``minimum``, ``maxLength``, ``pattern`` ...) are left out of the copy the
generator reads: scankit's models check types, not ranges, and a baseline doing more work would
be easier to beat.
"""

from __future__ import annotations

import copy
import functools
import hashlib
import importlib.metadata
import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml
from pydantic import BaseModel, TypeAdapter

from scankit_codegen.extensions import load_vendor
from scankit_codegen.openapi import ref_name, success_body
from scankit_codegen.readme import listing
from scankit_codegen.registry import spec_path

GENERATOR = "datamodel-code-generator"
OPTIONS = (
    "--input-file-type=openapi",
    "--output-model-type=pydantic_v2.BaseModel",
    f"--target-python-version={sys.version_info.major}.{sys.version_info.minor}",
    "--use-standard-collections",
    "--use-union-operator",
    "--use-subclass-enum",
    "--strict-nullable",
    "--extra-fields=allow",
    "--output-datetime-class=datetime",
    "--disable-timestamp",
    "--formatters=builtin",
)
CONSTRAINTS = frozenset(
    {
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "minLength",
        "maxLength",
        "pattern",
        "minItems",
        "maxItems",
        "uniqueItems",
        "minProperties",
        "maxProperties",
    }
)
PAGE = "ScankitBenchPage"  # the name given to a list's page schema written inline in its operation


def for_generator(node: Any, *, names: bool = False) -> Any:
    """A copy of a spec tree as the generator should read it (`names`: the keys are property names).

    - value constraints dropped (see the module's docstring);
    - a union member admitting only null (OpenAPI 3.0's ``oneOf: [$ref, {nullable: true, enum:
      [null]}]``) becomes ``nullable: true`` on the union: the generator would make it
      ``dict[str, Any]`` (a ``Party | dict[str, Any] | None`` that pydantic validates twice), where
      scankit's model has ``Party | None``;
    - ``x-scankit-discriminator`` (a mapping with an open fallback member, which OpenAPI's
      ``discriminator`` cannot state) becomes the ``discriminator`` it would be without the
      fallback, so pydantic picks the member by its tag as scankit does, instead of trying each.
    """
    if isinstance(node, list):
        return [for_generator(value) for value in node]
    if not isinstance(node, dict):
        return node
    if names:
        return {key: for_generator(value) for key, value in node.items()}
    out = {
        key: for_generator(value, names=key == "properties")
        for key, value in node.items()
        if key not in CONSTRAINTS or isinstance(value, dict)
    }
    for union in ("oneOf", "anyOf"):
        members = out.get(union)
        if isinstance(members, list) and any(_null_only(m) for m in members):
            out[union] = [m for m in members if not _null_only(m)]
            out["nullable"] = True
    tags = out.pop("x-scankit-discriminator", None)
    if isinstance(tags, dict) and isinstance(tags.get("mapping"), dict):
        refs = set(tags["mapping"].values())
        for union in ("oneOf", "anyOf"):
            if isinstance(out.get(union), list):  # the tagged members only: a discriminator has no fallback
                out["oneOf"] = [m for m in out.pop(union) if isinstance(m, dict) and m.get("$ref") in refs]
        out["discriminator"] = {"propertyName": tags["propertyName"], "mapping": tags["mapping"]}
    return out


def _null_only(schema: Any) -> bool:
    return isinstance(schema, dict) and (schema.get("enum") == [None] or schema.get("type") == "null")


def page_schema_name(vendor: str, spec: dict[str, Any]) -> str:
    """The component the README's list answers with; an inline schema is added as `PAGE`."""
    _, schema = success_body(spec, listing(load_vendor(vendor)).raw)
    if schema is None:
        raise LookupError(f"{vendor}: the list has no JSON body")
    name = ref_name(schema)
    if name is None:
        spec.setdefault("components", {}).setdefault("schemas", {})[PAGE] = copy.deepcopy(schema)
        name = PAGE
    return name


def _class_name(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in name.replace("-", "_").replace(".", "_").split("_"))


@functools.cache
def module(vendor: str) -> tuple[ModuleType, str]:
    """The generated models of the vendor's spec (made once per spec and generator version) and the
    name of its page model."""
    spec = yaml.safe_load(spec_path(vendor).read_text(encoding="utf-8"))
    name = page_schema_name(vendor, spec)
    source = json.dumps(for_generator(spec), sort_keys=True)
    version = importlib.metadata.version(GENERATOR)
    key = hashlib.sha256("\0".join([source, version, *OPTIONS]).encode()).hexdigest()[:16]
    folder = Path(tempfile.gettempdir()) / "scankit-bench-pydantic" / key
    out = folder / f"{vendor}_models.py"
    if not out.exists():
        folder.mkdir(parents=True, exist_ok=True)
        given = folder / f"{vendor}.openapi.json"
        given.write_text(source, encoding="utf-8")
        partial = out.with_suffix(".tmp")
        command = [
            sys.executable,
            "-m",
            "datamodel_code_generator",
            f"--input={given}",
            f"--output={partial}",
            *OPTIONS,
        ]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"{GENERATOR} failed on {vendor}'s spec:\n{done.stderr[-3000:]}")
        partial.replace(out)
    module_name = f"scankit_bench_pydantic_{vendor}"
    loader = importlib.util.spec_from_file_location(module_name, out)
    assert loader is not None and loader.loader is not None
    made = importlib.util.module_from_spec(loader)
    sys.modules[module_name] = made  # pydantic resolves the models' annotations in their module
    loader.loader.exec_module(made)
    return made, name


def page_model(vendor: str) -> type[BaseModel]:
    made, name = module(vendor)
    for candidate in (name, _class_name(name)):
        found = getattr(made, candidate, None)
        if isinstance(found, type) and issubclass(found, BaseModel):
            return found
    raise LookupError(f"{GENERATOR} made no model {name} from {vendor}'s spec")


def adapter(vendor: str) -> TypeAdapter[Any]:
    return TypeAdapter(page_model(vendor))
