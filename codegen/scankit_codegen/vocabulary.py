"""`specs/x-scankit.schema.json`, derived from the typed model (`scankit_codegen.model`).

The model is the one definition of the x-scankit vocabulary: each attrs field is a key of its block
(its annotation the type, a `Literal` its values, its metadata the description and what the
annotation cannot say). This module writes the JSON Schema the shipped sandbox validates specs
against (the sandbox must not import the build-time code), and the reader takes each block's keys
from `keys()` here, so what the reader accepts and what the schema accepts are the same keys.

The rules between keys (a cursor list's one cursor source, a stop signal's key, a path matcher's
argument) are the model's tables (`EXACTLY_ONE`, `STOP_NEEDS`, `PATH_MATCHERS`), read by the
reader too. `make generate` writes the file; `make check-generated` fails when it differs.
"""

from __future__ import annotations

import json
import sys
import types
import typing
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin

import attrs

from scankit_codegen import model
from scankit_codegen.model import (
    EXACTLY_ONE,
    PATH_MATCHERS,
    STOP_NEEDS,
    Acceptor,
    AcceptorWaiter,
    Coverage,
    CoverageEntry,
    CursorPagination,
    ErrorPaths,
    Incremental,
    LastItem,
    Limit,
    LinkHeaderPagination,
    Meta,
    NextUrlPagination,
    OffsetPagination,
    PageNumberPagination,
    Place,
    RateLimit,
    RateLimitHeaders,
    StateWaiter,
    Webhooks,
    WebhookTimestamp,
)
from scankit_codegen.registry import SPECS

__all__ = ["SCHEMA_FILE", "keys", "literal_values", "render", "schema"]

SCHEMA_FILE = SPECS / "x-scankit.schema.json"
PAGINATION_STYLES: tuple[type[Any], ...] = (
    PageNumberPagination,
    OffsetPagination,
    CursorPagination,
    NextUrlPagination,
    LinkHeaderPagination,
)
BUDGETS: tuple[type[Any], ...] = get_args(model.Budget)
WAITERS: tuple[type[Any], ...] = (StateWaiter, AcceptorWaiter)

# Shared types a field names with `key(of=...)`.
SHARED: dict[str, dict[str, Any]] = {
    "path": {
        "description": "A dotted path into a JSON body: `meta.pagination.totalPages`. Array steps: `data[0]`, "
        "`data[-1]` (the last), `results[].state` (every element's `state`).",
        "type": "string",
        "pattern": r"^[^\s.\[][^\s]*$",
    },
    "pathOrPaths": {
        "oneOf": [
            {"$ref": "#/$defs/path"},
            {"type": "array", "items": {"$ref": "#/$defs/path"}, "minItems": 1, "uniqueItems": True},
        ]
    },
    "inferred": {
        "description": "Which keys of this block are inferred rather than documented (dotted for nested keys).",
        "type": "array",
        "items": {"type": "string", "minLength": 1},
        "uniqueItems": True,
    },
    "header": {"type": "string", "pattern": r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"},
    "operationId": {"type": "string", "pattern": r"^[A-Za-z][A-Za-z0-9_]*$"},
    "operationIds": {"type": "array", "items": {"$ref": "#/$defs/operationId"}, "minItems": 1, "uniqueItems": True},
    "positiveInt": {"type": "integer", "minimum": 1},
    "positiveNumber": {"type": "number", "exclusiveMinimum": 0},
    "states": {"type": "array", "items": {"type": ["string", "integer", "boolean"]}, "uniqueItems": True},
    "startedBy": {
        "type": "object",
        "propertyNames": {"$ref": "#/$defs/operationId"},
        "additionalProperties": {
            "type": "string",
            "pattern": r"^\$(response\.body#(/[A-Za-z0-9_]+)+|request\.path\.[A-Za-z0-9_]+)$",
        },
    },
}

# The extensions that are one value, not a block of the model.
SCALARS: dict[str, dict[str, Any]] = {
    "x-scankit-method": {
        "description": "On an operation: its method, `client.<tag>.<method>()`.",
        "type": "string",
        "pattern": "^[a-z][a-z0-9_]*$",
    },
    "x-scankit-envelope-method": {
        "description": "Beside x-scankit-unwrap: a second method returning the whole body.",
        "$ref": "#/$defs/x-scankit-method",
    },
    "x-scankit-unwrap": {"description": "The path of the resource in the body's envelope.", "$ref": "#/$defs/path"},
    "x-scankit-source": {"description": "Where a fact comes from (a source tag).", "type": "string", "minLength": 1},
    "x-scankit-inferred": {
        "description": "What of a node is inferred, and from what.",
        "type": "string",
        "minLength": 1,
    },
    "x-scankit-notes": {
        "description": "Maintainers' notes on a node (how a fact was found); kept in the spec, never shown on a user page.",
        "type": "string",
        "minLength": 1,
    },
    "x-scankit-prefix": {
        "description": "On an API key scheme: what is sent before the key.",
        "type": "string",
        "minLength": 1,
    },
    "x-scankit-case-insensitive": {
        "description": "On a string enum schema: values compare case-insensitively.",
        "const": True,
    },
    "x-scankit-discriminator": {
        "description": "On a union schema: the property and values that pick its member.",
        "type": "object",
        "additionalProperties": False,
        "required": ["propertyName", "mapping"],
        "properties": {
            "propertyName": {"type": "string", "minLength": 1},
            "mapping": {"type": "object", "additionalProperties": {"type": "string", "minLength": 1}},
        },
    },
    "x-scankit-sources": {
        "description": "Root: each source tag a spec's x-scankit-source strings use (`seed 001`, `repo:`) mapped "
        "to the public URL behind it (null: no public page).",
        "type": "object",
        "additionalProperties": {"oneOf": [{"type": "string", "pattern": "^https?://"}, {"type": "null"}]},
    },
}


# -- reading the model ------------------------------------------------------------------------------


def _hints(cls: type[Any]) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(model))


def _written(cls: type[Any]) -> list[attrs.Attribute[Any]]:
    return [f for f in attrs.fields(cls) if f.metadata.get("written", True)]


def _name(f: attrs.Attribute[Any]) -> str:
    return str(f.metadata.get("name") or f.name)


def _optional(hint: Any) -> tuple[Any, bool]:
    """`X | None` -> (X, True)."""
    if get_origin(hint) in (Union, types.UnionType):
        args = [a for a in get_args(hint) if a is not type(None)]
        if len(args) < len(get_args(hint)):
            return (args[0] if len(args) == 1 else Union[tuple(args)]), True  # noqa: UP007
    return hint, False


def _required(cls: type[Any], f: attrs.Attribute[Any]) -> bool:
    if f.metadata.get("required") is not None:
        return bool(f.metadata["required"])
    return f.default is attrs.NOTHING and not _optional(_hints(cls)[f.name])[1]


def literal_values(hint: Any) -> tuple[str, ...]:
    """The values of a `Literal` (or `Literal | None`)."""
    inner, _ = _optional(hint)
    if get_origin(inner) is not Literal:
        raise TypeError(f"{hint!r} is not a Literal")
    return tuple(get_args(inner))


def keys(cls: type[Any]) -> tuple[str, ...]:
    """Every key a block of this class may have, as written in a spec (flat fields' keys included)."""
    out: list[str] = []
    for f in _written(cls):
        if f.metadata.get("flat"):
            for member in _members(_hints(cls)[f.name]):
                out += [k for k in keys(member) if k not in out]
        elif _name(f) not in out:
            out.append(_name(f))
    return tuple(out)


def _members(hint: Any) -> tuple[type[Any], ...]:
    inner, _ = _optional(hint)
    return get_args(inner) if get_origin(inner) in (Union, types.UnionType) else (inner,)


def _doc(cls: type[Any]) -> str:
    return " ".join((cls.__doc__ or "").split("\n\n")[0].split())


# -- writing the schema -----------------------------------------------------------------------------


def _type(hint: Any, of: str | Mapping[str, Any] | None) -> dict[str, Any]:
    if isinstance(of, str):
        return {"$ref": f"#/$defs/{of}"}
    if of is not None:
        return dict(of)
    hint, _ = _optional(hint)
    origin = get_origin(hint)
    if origin is Literal:
        return {"enum": list(get_args(hint))}
    if origin is tuple:
        return {"type": "array", "items": _type(get_args(hint)[0], None), "minItems": 1, "uniqueItems": True}
    if attrs.has(hint):
        return {"$ref": f"#/$defs/{_def_name(hint)}"}
    simple: dict[Any, dict[str, Any]] = {str: {"type": "string", "minLength": 1}, bool: {"type": "boolean"}}
    simple |= {int: {"type": "integer", "minimum": 0}, float: {"type": "number", "minimum": 0}}
    if hint in simple:
        return dict(simple[hint])
    raise TypeError(f"no JSON Schema for {hint!r}: give key(of=...)")


def _properties(cls: type[Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in _written(cls):
        if f.metadata.get("flat"):
            for member in _members(_hints(cls)[f.name]):
                for name, value in _properties(member).items():
                    if "enum" in value and "enum" in out.get(name, {}):  # a tag: every form's value
                        merged = list(dict.fromkeys([*out[name]["enum"], *value["enum"]]))
                        out[name] = {**out[name], "enum": merged}
                    out.setdefault(name, value)
            continue
        prop = _type(_hints(cls)[f.name], f.metadata.get("of"))
        if f.metadata.get("doc"):
            prop = {"description": f.metadata["doc"], **prop}
        out[_name(f)] = prop
    return out


def _required_keys(cls: type[Any]) -> list[str]:
    return [_name(f) for f in _written(cls) if not f.metadata.get("flat") and _required(cls, f)]


def _one_of_keys(names: tuple[str, ...]) -> dict[str, Any]:
    return {"oneOf": [{"required": [n]} for n in names]}


def _none_of(names: list[str]) -> dict[str, Any]:
    return {"not": {"anyOf": [{"required": [n]} for n in names]}}


def _object(
    cls: type[Any], properties: dict[str, Any] | None = None, required: list[str] | None = None
) -> dict[str, Any]:
    out: dict[str, Any] = {"description": _doc(cls), "type": "object", "additionalProperties": False}
    req = _required_keys(cls) if required is None else required
    if req:
        out["required"] = req
    out["properties"] = _properties(cls) if properties is None else properties
    rules = [_one_of_keys(EXACTLY_ONE[c]) for c in (cls,) if c in EXACTLY_ONE]
    if rules:
        out["allOf"] = rules
    return out


def _union(
    members: tuple[type[Any], ...], tag: str, common: tuple[str, ...] = (), description: str = ""
) -> dict[str, Any]:
    """A block with several forms told apart by the value of `tag` (a `Literal` field of each)."""
    properties: dict[str, Any] = {}
    for member in members:
        for name, value in _properties(member).items():
            properties.setdefault(name, value)
    doc = attrs.fields_dict(members[0])[tag].metadata.get("doc", "")
    properties[tag] = {"description": doc, "enum": [literal_values(_hints(m)[tag])[0] for m in members]}
    allowed = {m: set(keys(m)) for m in members}
    shared = set.intersection(*allowed.values())
    rules: list[dict[str, Any]] = []
    for member in members:
        own = [k for k in properties if k not in allowed[member]]
        then: dict[str, Any] = {}
        required = [k for k in _required_keys(member) if k not in shared]
        if required:
            then["required"] = required
        if own:
            then |= _none_of(own)
        if member in EXACTLY_ONE:
            then["allOf"] = [_one_of_keys(EXACTLY_ONE[member])]
        value = literal_values(_hints(member)[tag])[0]
        rules.append({"if": {"properties": {tag: {"const": value}}}, "then": then})
    required = [tag, *(k for k in common if k in shared)]
    return {
        "description": description,
        "type": "object",
        "additionalProperties": False,
        "required": required,
        "properties": properties,
        "allOf": rules,
    }


def _budget_rules() -> list[dict[str, Any]]:
    """A budget's keys are those of its `algorithm`."""
    every = list(dict.fromkeys(k for b in BUDGETS for k in keys(b)))
    rules = []
    for budget in BUDGETS:
        then: dict[str, Any] = {}
        required = _required_keys(budget)
        if required:
            then["required"] = required
        own = [k for k in every if k not in keys(budget)]
        if own:
            then |= _none_of(own)
        if budget in EXACTLY_ONE:
            then["allOf"] = [_one_of_keys(EXACTLY_ONE[budget])]
        value = literal_values(_hints(budget)["algorithm"])[0]
        rules.append({"if": {"properties": {"algorithm": {"const": value}}}, "then": then})
    return rules


def _rate_limit() -> dict[str, Any]:
    budget_keys = list(dict.fromkeys(k for b in BUDGETS for k in keys(b)))
    single = [*budget_keys, "scope"]
    out = _object(RateLimit, required=[])
    out["oneOf"] = [
        {"required": ["limits"], **_none_of(single)},
        {
            "not": {"required": ["limits"]},
            "required": ["scope", "algorithm"],
            "allOf": _budget_rules(),
        },
    ]
    return out


def _limit() -> dict[str, Any]:
    out = _object(Limit)
    out["required"] = [*out.get("required", []), "algorithm"]
    out["allOf"] = _budget_rules()
    return out


def _pagination() -> dict[str, Any]:
    out = _union(
        PAGINATION_STYLES,
        "style",
        common=("items",),
        description="How a list operation pages. `style` picks the scheme; the keys each style allows are "
        "checked below.",
    )
    for signal, needs in STOP_NEEDS.items():
        then: dict[str, Any] = {"required": [needs]}
        owners = [literal_values(_hints(m)["style"])[0] for m in PAGINATION_STYLES if needs in keys(m)]
        if len(owners) < len(PAGINATION_STYLES):
            then["properties"] = {"style": {"enum": owners}}
        out["allOf"].append(
            {"if": {"required": ["stop"], "properties": {"stop": {"contains": {"const": signal}}}}, "then": then}
        )
    return out


def _acceptor() -> dict[str, Any]:
    out = _object(Acceptor)
    out["allOf"] = [
        {
            "if": {"properties": {"matcher": {"enum": list(PATH_MATCHERS)}}},
            "then": {"required": ["argument"]},
            "else": {"not": {"required": ["argument"]}},
        },
        {
            "if": {"properties": {"matcher": {"const": "status"}}},
            "then": {"properties": {"expected": {"type": "integer", "minimum": 100, "maximum": 599}}},
        },
        {
            "if": {"properties": {"matcher": {"const": "error"}}},
            "then": {"properties": {"expected": {"type": ["string", "boolean"]}}},
        },
    ]
    return out


def _waiter() -> dict[str, Any]:
    properties: dict[str, Any] = {}
    for member in WAITERS:
        for name, value in _properties(member).items():
            properties.setdefault(name, value)
    state_keys = [k for k in keys(StateWaiter) if k not in keys(AcceptorWaiter)]
    return {
        "description": "How to wait for a resource that runs: its state lists (the original form) or acceptors.",
        "type": "object",
        "additionalProperties": False,
        "required": [k for k in _required_keys(StateWaiter) if k in _required_keys(AcceptorWaiter)],
        "properties": properties,
        "oneOf": [
            {"required": _required_keys(StateWaiter), "not": {"required": ["acceptors"]}},
            {"required": ["acceptors"], **_none_of(state_keys)},
        ],
    }


def _incremental() -> dict[str, Any]:
    out = _object(Incremental)
    client_side = {"required": ["client_side"], "properties": {"client_side": {"const": True}}}
    out["oneOf"] = [{"required": ["filter"], "not": client_side}, {**client_side, "not": {"required": ["filter"]}}]
    return out


def _webhooks() -> dict[str, Any]:
    out = _object(Webhooks)
    signed = {"properties": {"signature": {"properties": {"signed": {"const": "{timestamp}.{body}"}}}}}
    out["allOf"] = [
        {"if": signed, "then": {"required": ["timestamp"], "properties": {"timestamp": {"required": ["header"]}}}}
    ]
    return out


def _timestamp() -> dict[str, Any]:
    out = _object(WebhookTimestamp)
    out["allOf"] = [_one_of_keys(EXACTLY_ONE[Place])]
    return out


# the def each nested class is written as (its name in `$defs`)
_NESTED: dict[type[Any], str] = {
    RateLimit: "rate_limit",
    ErrorPaths: "errors",
    RateLimitHeaders: "rate_limit_headers",
    Limit: "limit",
    Acceptor: "acceptor",
    Place: "where",
    LastItem: "last_item",
    WebhookTimestamp: "webhook_timestamp",
    CoverageEntry: "coverage_entry",
}


def _def_name(cls: type[Any]) -> str:
    if cls in _NESTED:
        return _NESTED[cls]
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in cls.__name__).lstrip("_")


def schema() -> dict[str, Any]:
    """The whole schema: `$defs/<extension name>` for every extension, and the shared types."""
    extensions: dict[str, dict[str, Any]] = {
        "x-scankit": _object(Meta),
        "x-scankit-pagination": _pagination(),
        "x-scankit-waiter": _waiter(),
        "x-scankit-webhooks": _webhooks(),
        "x-scankit-incremental": _incremental(),
        "x-scankit-coverage": _object(Coverage),
        **SCALARS,
    }
    extensions["x-scankit"]["description"] = (
        "The root block: the vendor's name and key variable, its rate limit and where its error bodies say what went wrong."
    )
    nested: dict[str, dict[str, Any]] = {
        "rate_limit": _rate_limit(),
        "limit": _limit(),
        "errors": _object(ErrorPaths),
        "rate_limit_headers": _object(RateLimitHeaders),
        "acceptor": _acceptor(),
        "where": _object(Place),
        "last_item": _object(LastItem),
        "webhook_timestamp": _timestamp(),
        "webhook_signature": _object(model.WebhookSignature),
        "webhook_retry": _object(model.WebhookRetry),
        "incremental_filter": _object(model.IncrementalFilter),
        "coverage_entry": _object(CoverageEntry),
    }
    assert set(model.EXTENSIONS) == set(extensions), "every extension of the model has a definition"
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://scankit.invalid/specs/x-scankit.schema.json",
        "title": "scankit's OpenAPI extensions (x-scankit*)",
        "description": "The typed definition of every x-scankit extension a spec may carry, generated from "
        "codegen/scankit_codegen/model.py by `make generate` (do not edit; specs/CONVENTIONS.md explains each "
        'key). Validate a block against $defs/<its extension name>, e.g. {"$ref": '
        '"#/$defs/x-scankit-pagination"}. Unknown keys are refused everywhere.',
        "type": "object",
        "properties": {name: {"$ref": f"#/$defs/{name}"} for name in sorted(extensions)},
        "$defs": {**dict(sorted(extensions.items())), **SHARED, **nested},
    }


def render() -> str:
    return json.dumps(schema(), indent=2, ensure_ascii=False) + "\n"


def write(path: Path = SCHEMA_FILE) -> None:
    path.write_text(render(), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    write(Path(argv[0]) if argv else SCHEMA_FILE)
    return 0


if __name__ == "__main__":
    sys.exit(main())
