"""One vocabulary: specs/x-scankit.schema.json is written from the typed model (scankit_codegen.model),
and the reader (scankit_codegen.extensions) and the schema the shipped sandbox validates against
accept and refuse the same blocks.

Every block of every spec (the patterns spec included) is mutated — an unknown key added to each
mapping in it, each of its keys taken away in turn — and the reader's verdict must be the
schema's: both refuse, or both accept. A key added to the model without the schema being
regenerated, or a rule the one has and the other lacks, fails here by name.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from scankit.sandbox import SpecError as SandboxSpecError
from scankit.sandbox._specs import check_extensions
from scankit_codegen import vocabulary
from scankit_codegen.extensions import load_document, problems_of
from scankit_codegen.model import EXTENSIONS, ROOT_EXTENSIONS
from scankit_codegen.registry import vendors

ROOT = Path(__file__).resolve().parents[1]
SPECS = {slug: ROOT / "specs" / slug / "openapi.yaml" for slug in vendors()}
SPECS["patterns"] = ROOT / "tests" / "patterns" / "openapi.yaml"
# What the reader checks beyond the blocks' own keys: references to the rest of the document, which
# a schema validating one block at a time cannot state (docs: specs/CONVENTIONS.md).
REFERENCES = ("needs x-scankit.errors.code", "is not a property", "no operation", "is not a query parameter")
# mappings whose keys are the spec's own names (operationIds, tags, parameters), not vocabulary
FREE_FORM = {"started_by", "params", "mapping", "x-scankit-sources"}


def test_the_checked_in_schema_is_the_models() -> None:
    assert json.loads((ROOT / "specs" / "x-scankit.schema.json").read_text()) == vocabulary.schema()


def test_every_extension_and_block_key_is_described() -> None:
    schema = vocabulary.schema()
    for name in EXTENSIONS:
        assert schema["$defs"][name].get("description"), name
    for name in ("x-scankit-pagination", "x-scankit-waiter", "x-scankit-incremental", "x-scankit-webhooks"):
        for key, prop in schema["$defs"][name]["properties"].items():
            assert prop.get("description") or "$ref" in prop, f"{name}.{key} has no description"


def _blocks(document: dict[str, Any]) -> Iterator[tuple[tuple[Any, ...], Any]]:
    """(path to an x-scankit block, the block) for every block extension in the document."""
    for key in ROOT_EXTENSIONS:
        if key in document and key not in FREE_FORM:
            yield (key,), document[key]
    for path, item in document.get("paths", {}).items():
        for method, op in item.items():
            for key, value in op.items() if isinstance(op, dict) else ():
                if key.startswith("x-scankit-") and isinstance(value, dict):
                    yield ("paths", path, method, key), value


def _mappings(node: Any, at: tuple[Any, ...]) -> Iterator[tuple[Any, ...]]:
    if isinstance(node, dict):
        yield at
        for key, value in node.items():
            if key not in FREE_FORM:
                yield from _mappings(value, (*at, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _mappings(value, (*at, index))


def _at(document: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        document = document[step]
    return document


def _schema_refuses(document: dict[str, Any]) -> bool:
    try:
        check_extensions(document, "spec")
    except SandboxSpecError:
        return True
    return False


def _forget_inferred(document: dict[str, Any], block: tuple[Any, ...], inner: tuple[Any, ...], key: str) -> None:
    """A key taken away is taken out of the `inferred` lists naming it too (the reader checks that an
    inferred key exists, a reference no JSON Schema states; the test is about the keys)."""
    for depth in range(len(inner) + 1):
        node = _at(document, (*block, *inner[:depth]))
        if isinstance(node, dict) and isinstance(node.get("inferred"), list):
            dotted = ".".join(map(str, (*inner[depth:], key)))
            node["inferred"] = [n for n in node["inferred"] if n != dotted and not n.startswith(f"{dotted}.")]


def _mutations(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for block_path, block in _blocks(document):
        for at in _mappings(block, block_path):
            added = copy.deepcopy(document)
            _at(added, at)["zz_not_a_key"] = "x"
            yield f"{'/'.join(map(str, at))} + zz_not_a_key", added
            for key in _at(document, at):
                removed = copy.deepcopy(document)
                del _at(removed, at)[key]
                _forget_inferred(removed, block_path, at[len(block_path) :], key)
                yield f"{'/'.join(map(str, at))} - {key}", removed


@pytest.mark.parametrize("spec", sorted(SPECS))
def test_the_reader_and_the_schema_agree_on_every_mutation(spec: str) -> None:
    document = load_document(SPECS[spec])
    assert not problems_of(spec, document) and not _schema_refuses(document)
    disagree = []
    for what, mutated in _mutations(document):
        found = [p for p in problems_of(spec, mutated) if not any(ref in p for ref in REFERENCES)]
        reader, schema = bool(found), _schema_refuses(mutated)
        if reader != schema:
            disagree.append(
                f"{what}: the reader {'refuses' if reader else 'accepts'}, the schema {'refuses' if schema else 'accepts'}"
            )
    assert not disagree, "\n".join(disagree)


def test_no_enum_lists_a_value_twice() -> None:
    """Forms of a block sharing a `Literal` (both windows' `per`) are merged, not repeated."""

    def enums(node: Any) -> Iterator[list[Any]]:
        if isinstance(node, dict):
            if "enum" in node:
                yield node["enum"]
            for value in node.values():
                yield from enums(value)
        elif isinstance(node, list):
            for value in node:
                yield from enums(value)

    for values in enums(vocabulary.schema()):
        assert len(values) == len({json.dumps(v) for v in values}), values
