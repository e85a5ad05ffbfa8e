"""Reading an OpenAPI document: `$ref`s, property paths, operations, JSON pointers.

Plain OpenAPI only; the `x-scankit` extensions are read by `scankit_codegen.extensions`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SCHEMA_REF = "#/components/schemas/"


def pointer(*parts: object) -> str:
    """A JSON pointer (RFC 6901) into the document: `pointer("paths", "/v1/scans", "get")` is
    `#/paths/~1v1~1scans/get`."""
    return "#" + "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def resolve(spec: Mapping[str, Any], node: Any) -> Any:
    """Follow `$ref`s (local ones: the specs have no others) to the node they name."""
    seen = 0
    while isinstance(node, Mapping) and "$ref" in node:
        ref = node["$ref"]
        if not isinstance(ref, str) or not ref.startswith("#/"):
            raise ValueError(f"only local $refs are supported: {ref}")
        node = spec
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        seen += 1
        if seen > 50:
            raise ValueError(f"$ref cycle at {ref}")
    return node


def resolve_schema(spec: Mapping[str, Any], node: Any) -> Mapping[str, Any]:
    """A schema itself: `$ref`s and a one-member `allOf` (a described `$ref`) followed; {} if none."""
    for _ in range(50):
        node = resolve(spec, node)
        if isinstance(node, Mapping) and len(node.get("allOf") or []) == 1 and "properties" not in node:
            node = node["allOf"][0]
            continue
        break
    return node if isinstance(node, Mapping) else {}


def ref_name(node: Any) -> str | None:
    """`Scan` for `{$ref: '#/components/schemas/Scan'}`, else None."""
    if isinstance(node, Mapping) and isinstance(node.get("$ref"), str) and node["$ref"].startswith(SCHEMA_REF):
        return str(node["$ref"].rsplit("/", 1)[-1])
    return None


def schema_at(spec: Mapping[str, Any], schema: Any, dotted: str) -> Any:
    """The schema of the property at a dotted JSON path (`meta.pagination.totalPages`) below `schema`,
    as written (a `$ref` stays one); None when a step does not exist. A nullable object written as a
    union (`anyOf: [$ref, null]`) or a composition (`allOf`) is looked into."""
    node = schema
    for part in dotted.split("."):
        current = resolve_schema(spec, node)
        members = [resolve_schema(spec, m) for key in ("allOf", "anyOf", "oneOf") for m in current.get(key) or []]
        found = next((c["properties"][part] for c in (current, *members) if part in (c.get("properties") or {})), None)
        if found is None:
            return None
        node = found
    return node


def schema_names(spec: Mapping[str, Any]) -> set[str]:
    return set((spec.get("components") or {}).get("schemas") or {})


def success_body(spec: Mapping[str, Any], op: Mapping[str, Any]) -> tuple[str | None, Any]:
    """The 2xx status with a JSON body and its schema (None, None when no 2xx response has one)."""
    for status, resp in sorted((op.get("responses") or {}).items(), key=lambda kv: str(kv[0])):
        if not str(status).startswith("2"):
            continue
        content = (resolve(spec, resp).get("content") or {}).get("application/json")
        if content and "schema" in content:
            return str(status), content["schema"]
    return None, None
