"""Values made from a spec, for tests that run over every vendor without naming one.

`sample(document, schema)` is a value of a schema from its examples (an event body, a request body);
`fill_ids(body, records)` points the id fields of a request body (`target_ids`, `creativeId`) at
records a sandbox has, as a user fills them from a list. A plain module, like helpers.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from scankit_codegen.openapi import resolve_schema

IDS = re.compile(r"^(?P<stem>.+?)(?:_ids?|Ids?)$")  # `target_ids`, `target_id`, `creativeIds`
MAX_DEPTH = 6


def sample(document: Mapping[str, Any], schema: Any, depth: int = 0) -> Any:
    """A value of a schema from its examples: an object has its required properties and those with
    an example of their own (or below them); an array, one item; else a value of its type."""
    node = resolve_schema(document, schema)
    if "example" in node:
        return node["example"]
    if node.get("enum"):
        return next(v for v in node["enum"] if v is not None)
    members = [m for key in ("anyOf", "oneOf") for m in node.get(key) or []]
    if members:
        return sample(document, next(m for m in members if resolve_schema(document, m).get("type") != "null"), depth)
    props = dict(node.get("properties") or {})
    kind = node.get("type", "object" if props else "string")
    if kind == "object":
        required = set(node.get("required") or [])
        out = {}
        for name, sub in props.items() if depth <= MAX_DEPTH else ():
            value = sample(document, sub, depth + 1)
            if name in required or (value not in (None, {}, [], "") and has_example(document, sub)):
                out[name] = value
        return out
    if kind == "array":
        item = sample(document, node.get("items") or {}, depth + 1)
        return [item] if item not in (None, {}) else []
    return {"integer": 1, "number": 1.0, "boolean": False}.get(str(kind), "scankit")


def has_example(document: Mapping[str, Any], schema: Any, depth: int = 0) -> bool:
    """Whether a schema, or one below it, has an example or an enum."""
    node = resolve_schema(document, schema)
    if "example" in node or node.get("enum"):
        return True
    if depth > MAX_DEPTH:
        return False
    subs = [*(node.get("properties") or {}).values(), *(m for k in ("anyOf", "oneOf") for m in node.get(k) or [])]
    if node.get("items"):
        subs.append(node["items"])
    return any(has_example(document, sub, depth + 1) for sub in subs)


def fill_ids(body: Any, records: Callable[[str], Sequence[Mapping[str, Any]]], collections: Sequence[str]) -> Any:
    """`body` with each id field naming a collection (`target_ids` -> Target) holding that
    collection's first record's id (a list keeps one); other fields as they are."""
    if not isinstance(body, dict):
        return body
    out = {}
    for key, value in body.items():
        found = IDS.match(key)
        stem = found.group("stem").replace("_", "").lower() if found else None
        named = next((c for c in collections if c.lower() == stem), None)
        if named is not None and records(named):
            first = records(named)[0]["id"]
            value = [first] if isinstance(value, list) else first
        out[key] = value
    return out


def at(body: Any, path: Sequence[str | int]) -> Any:
    """The value at a path in a JSON body; None where a step is missing."""
    for key in path:
        if isinstance(body, Mapping):
            body = body.get(key)
        elif isinstance(body, list) and isinstance(key, int) and -len(body) <= key < len(body):
            body = body[key]
        else:
            return None
    return body
