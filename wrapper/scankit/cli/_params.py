"""From `--filter key=value`, positional IDs and `--body` to the facade method's keyword arguments.

The facade method's type hints decide everything: ints, bools, floats, datetimes and UUIDs are
parsed; enum values are checked against the spec's values and passed as plain strings (the library
accepts them); a list parameter takes the key repeated (`--filter status=running --filter
status=done`); a model parameter (CloneGuard's `q`) takes dotted keys (`q.name=web*`) or a JSON
object; a JSON-object parameter (HostedScan's `filters`) takes a JSON object, dotted keys
(`filters.state=RUNNING`), or — when it is the operation's only one — any key that is not a
parameter of its own (`state=RUNNING`), each key holding a list of values.
"""

from __future__ import annotations

import datetime
import difflib
import enum
import json
import sys
import types
import typing
import uuid
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs
import click

from ._discovery import ParamSpec, VerbSpec

_TRUE = {"true", "1", "yes", "y", "on"}
_FALSE = {"false", "0", "no", "n", "off"}


@attrs.frozen
class Shape:
    """What a type hint means on the command line."""

    kind: str  # str, int, float, bool, datetime, date, uuid, enum, model, mapping, any
    many: bool = False  # a list: the key may repeat
    enum_cls: type[enum.Enum] | None = None
    model_cls: type[Any] | None = None

    def describe(self) -> str:
        if self.kind == "enum" and self.enum_cls is not None:
            text = "one of: " + ", ".join(enum_values(self.enum_cls))
        elif self.kind == "model" and self.model_cls is not None:
            fields = model_keys(self.model_cls)
            text = "object: " + ", ".join(f".{f}" for f in fields) if fields else "JSON object"
        elif self.kind == "mapping":
            text = "JSON object, or .key=value"
        elif self.kind == "datetime":
            text = "ISO 8601 date-time"
        elif self.kind == "any":
            text = "JSON or text"
        else:
            text = self.kind
        return f"{text}; repeat for more" if self.many else text


def _members(hint: Any) -> list[Any]:
    """The members of a union hint without Unset and None: `int | Unset` -> [int]."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint) if origin in (typing.Union, types.UnionType) else (hint,)
    return [a for a in args if a is not type(None) and getattr(a, "__name__", "") != "Unset"]


def _is_model(cls: Any) -> bool:
    return isinstance(cls, type) and hasattr(cls, "from_dict") and hasattr(cls, "to_dict")


def shape_of(hint: Any) -> Shape:
    members = _members(hint)
    for member in members:
        origin = typing.get_origin(member)
        if origin in (list, Sequence, tuple):
            inner = typing.get_args(member)
            return attrs.evolve(shape_of(inner[0] if inner else Any), many=True)
    for member in members:
        if isinstance(member, type) and issubclass(member, enum.Enum):
            return Shape("enum", enum_cls=member)
    for member in members:
        if _is_model(member):
            return Shape("model", model_cls=member)
        if typing.get_origin(member) in (dict, Mapping) or member in (dict, Mapping):
            return Shape("mapping")
    simple: list[tuple[Any, str]] = [
        (bool, "bool"),
        (int, "int"),
        (float, "float"),
        (datetime.datetime, "datetime"),
        (datetime.date, "date"),
        (uuid.UUID, "uuid"),
        (str, "str"),
    ]
    for cls, kind in simple:
        if cls in members:
            return Shape(kind)
    return Shape("any")


def enum_values(cls: type[enum.Enum]) -> list[str]:
    return [str(m.value) for m in cls]


def model_keys(cls: type[Any]) -> list[str]:
    """The JSON keys of a generated model, from its attrs fields (`type_` is sent as `type`)."""
    if attrs.has(cls):
        names = [f.name for f in attrs.fields(cls) if f.init]
        return [n[:-1] if n.endswith("_") else n for n in names]
    return []


def convert(value: str, shape: Shape, name: str) -> Any:
    """One command-line string to the Python value the facade expects (scalar shapes)."""
    kind = shape.kind
    text = value.strip()
    try:
        if kind == "int":
            return int(text)
        if kind == "float":
            return float(text)
        if kind == "bool":
            if text.lower() in _TRUE:
                return True
            if text.lower() in _FALSE:
                return False
            raise ValueError
        if kind == "datetime":
            parsed = datetime.datetime.fromisoformat(text)
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=datetime.UTC)
        if kind == "date":
            return datetime.date.fromisoformat(text)
        if kind == "uuid":
            return uuid.UUID(text)
    except ValueError:
        raise click.UsageError(f"{name}: {value!r} is not {_a(kind)}") from None
    if kind == "enum" and shape.enum_cls is not None:
        allowed = enum_values(shape.enum_cls)
        if value in allowed:
            return value
        folded = {v.lower(): v for v in allowed}
        if value.lower() in folded:
            return folded[value.lower()]
        raise click.UsageError(f"{name}: {value!r} is not one of {', '.join(allowed)}")
    if kind == "any":
        return _json_or_text(value)
    return value


def _a(kind: str) -> str:
    return {
        "int": "an integer",
        "float": "a number",
        "bool": "true or false",
        "datetime": "an ISO 8601 date-time such as 2025-01-31T12:00:00Z",
        "date": "a date such as 2025-01-31",
        "uuid": "a UUID",
    }.get(kind, kind)


def _json_or_text(value: str) -> Any:
    try:
        return json.loads(value)
    except ValueError:
        return value


def _json_object(value: str, name: str) -> dict[str, Any]:
    try:
        parsed = json.loads(value)
    except ValueError as exc:
        raise click.UsageError(f"{name}: not valid JSON ({exc})") from None
    if not isinstance(parsed, dict):
        raise click.UsageError(f"{name}: expected a JSON object, got {type(parsed).__name__}")
    return parsed


def _model_field_value(cls: type[Any], key: str, value: str) -> Any:
    """A value for one field of a model, JSON-typed as `from_dict` expects (ints stay ints)."""
    hints: dict[str, Any] = {}
    try:
        hints = typing.get_type_hints(cls)
    except Exception:  # a model whose hints do not resolve still takes strings
        hints = {}
    hint = hints.get(key, hints.get(f"{key}_"))
    if hint is None:
        return value
    shape = shape_of(hint)
    if shape.kind in {"int", "float", "bool"}:
        return convert(value, shape, key)
    return value


def _build_model(cls: type[Any], data: Mapping[str, Any], name: str) -> Any:
    try:
        return cls.from_dict(dict(data))
    except (ValueError, TypeError, KeyError) as exc:
        where = getattr(exc, "location", "") or ""
        detail = getattr(exc, "detail", None) or str(exc)
        at = f" at {where}" if where else ""
        raise click.UsageError(f"{name} does not match {cls.__name__}{at}: {detail}") from None


def catch_all_param(verb: VerbSpec) -> ParamSpec | None:
    """The operation's only JSON-object parameter, which takes every key that is not a parameter."""
    mappings = [p for p in verb.keywords if shape_of(p.hint).kind == "mapping"]
    return mappings[0] if len(mappings) == 1 else None


def build_keywords(verb: VerbSpec, pairs: Sequence[str], option: str) -> dict[str, Any]:
    """The keyword arguments for `verb` from repeated `key=value` strings (see the module docstring)."""
    by_name = {p.name: p for p in verb.keywords}
    catch_all = catch_all_param(verb)
    scalars: dict[str, list[str]] = {}
    nested: dict[str, dict[str, Any]] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        key = key.strip()
        if not sep or not key:
            raise click.UsageError(f"{option} expects key=value, not {pair!r}")
        name = key.replace("-", "_")
        if name in by_name:
            scalars.setdefault(name, []).append(value)
            continue
        head, dot, rest = key.partition(".")
        param = by_name.get(head.replace("-", "_")) if dot else None
        if param is not None and rest:
            shape = shape_of(param.hint)
            if shape.kind == "model" and shape.model_cls is not None:
                nested.setdefault(param.name, {})[rest] = _model_field_value(shape.model_cls, rest, value)
                continue
            if shape.kind == "mapping":
                nested.setdefault(param.name, {}).setdefault(rest, []).append(value)
                continue
        if catch_all is not None:
            nested.setdefault(catch_all.name, {}).setdefault(key, []).append(value)
            continue
        raise click.UsageError(_unknown_key(key, verb, option))

    kwargs: dict[str, Any] = {}
    for param in verb.keywords:
        shape = shape_of(param.hint)
        given = scalars.get(param.name, [])
        extra = nested.get(param.name)
        if not given and extra is None:
            if param.required:
                raise click.UsageError(f"missing {option} {param.name}=… ({shape.describe()})")
            continue
        kwargs[param.name] = _value(param, shape, given, extra, option)
    return kwargs


def _value(param: ParamSpec, shape: Shape, given: list[str], extra: dict[str, Any] | None, option: str) -> Any:
    name = param.name
    if shape.kind in {"model", "mapping"}:
        data: dict[str, Any] = {}
        for text in given:
            data.update(_json_object(text, f"{option} {name}"))
        data.update(extra or {})
        if shape.kind == "model" and shape.model_cls is not None:
            return _build_model(shape.model_cls, data, f"{option} {name}")
        return data
    if shape.many:
        values: list[Any] = []
        for text in given:
            parsed = _json_or_text(text) if text.lstrip().startswith("[") else None
            items = [str(v) for v in parsed] if isinstance(parsed, list) else [text]
            values.extend(convert(item, shape, f"{option} {name}") for item in items)
        return values
    if len(given) > 1:
        raise click.UsageError(f"{option} {name} given {len(given)} times; it takes one value")
    return convert(given[0], shape, f"{option} {name}")


def _unknown_key(key: str, verb: VerbSpec, option: str) -> str:
    names = [p.name for p in verb.keywords]
    if not names:
        return f"{option} {key}: this command takes no {option} (see --help)"
    close = difflib.get_close_matches(key.replace("-", "_"), names, n=1)
    hint = f" Did you mean {close[0]}?" if close else ""
    return f"{option} {key}: not a parameter of this command (accepted: {', '.join(names)}).{hint}"


def read_body(text: str, param: ParamSpec) -> Any:
    """`--body` JSON, `@file.json`, or `@-` for standard input, as the body's model."""
    source = "--body"
    if text.startswith("@"):
        path = text[1:]
        source = f"--body {text}"
        if path == "-":
            text = sys.stdin.read()
        else:
            try:
                text = Path(path).read_text(encoding="utf-8")
            except OSError as exc:
                raise click.UsageError(f"{source}: cannot read the file ({exc.strerror or exc})") from None
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise click.UsageError(f"{source}: not valid JSON ({exc})") from None
    return body_value(data, param, source)


def body_value(data: Any, param: ParamSpec, source: str = "--body") -> Any:
    shape = shape_of(param.hint)
    if shape.kind == "model" and shape.model_cls is not None:
        if not isinstance(data, dict):
            raise click.UsageError(f"{source}: expected a JSON object for {shape.model_cls.__name__}")
        return _build_model(shape.model_cls, data, source)
    return data


def default_body(param: ParamSpec) -> Any:
    """The body when `--body` is not given: an empty object if the model allows it, else a usage error."""
    shape = shape_of(param.hint)
    if shape.kind == "model" and shape.model_cls is not None:
        try:
            return shape.model_cls.from_dict({})
        except (ValueError, TypeError, KeyError):
            name = shape.model_cls.__name__
            raise click.UsageError(
                f"missing --body: give a JSON {name} (--body '{{…}}' or --body @file.json)"
            ) from None
    if param.required:
        raise click.UsageError("missing --body: give JSON (--body '{…}' or --body @file.json)")
    return None
