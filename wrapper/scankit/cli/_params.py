"""From `--filter key=value`, positional IDs and `--body` to the facade method's keyword arguments.

The facade method's type hints decide everything: ints, bools, floats, datetimes and UUIDs are
parsed; enum values are checked against the spec's values and passed as plain strings (the library
accepts them); a list parameter takes the key repeated (`--filter status=running --filter
status=done`); a model parameter (CloneGuard's `q`) takes dotted keys (`q.name=web*`) or a JSON
object; a JSON-object parameter (HostedScan's `filters`) takes a JSON object, dotted keys
(`filters.state=RUNNING`), or — when it is the operation's only one — any key that is not a
parameter of its own (`state=RUNNING`), each key holding a list of values.

Where the spec describes such an object (HostedScan's `ScanFilters`: its keys, and enum values for
some), the keys and values given as `key=value` are checked against it, with a suggestion for a
typo; a JSON object given whole (`filters='{…}'`) is sent as it is, for what the spec does not know.
"""

from __future__ import annotations

import datetime
import difflib
import enum
import functools
import importlib
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
        close = difflib.get_close_matches(value.lower(), list(folded), n=1, cutoff=0.6)
        hint = f" Did you mean {folded[close[0]]}?" if close else ""
        raise click.UsageError(f"{name}: {value!r} is not one of {', '.join(allowed)}.{hint}")
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


def is_json_object(verb: VerbSpec, param: ParamSpec) -> bool:
    """A parameter sent as a JSON object in the query string (HostedScan's `filters`)."""
    return param.name in verb.json_params or shape_of(param.hint).kind == "mapping"


def catch_all_param(verb: VerbSpec) -> ParamSpec | None:
    """The operation's only JSON-object parameter, which takes every key that is not a parameter."""
    mappings = [p for p in verb.keywords if is_json_object(verb, p)]
    return mappings[0] if len(mappings) == 1 else None


def object_schema(verb: VerbSpec, param: ParamSpec) -> dict[str, Shape] | None:
    """The keys the spec allows in a JSON-object parameter, each with the shape of its values.

    From the generated model the parameter is typed with, or — while the facade types it as a plain
    mapping — the model the spec names `<Item>Filters` beside the listed item (`ScanFilters`).
    None when the spec describes no such object: any key is then sent unchecked.
    """
    model = next((m for m in _members(param.hint) if _is_model(m)), None)
    if model is None and verb.is_list:
        module = getattr(verb.returns, "__module__", "")
        package = module.rpartition(".models")[0] if ".models" in module else ""
        try:
            models = importlib.import_module(f"{package}.models") if package else None
        except ImportError:
            models = None
        model = getattr(models, f"{getattr(verb.returns, '__name__', '')}Filters", None)
    return _model_schema(model) if model is not None and _is_model(model) and attrs.has(model) else None


@functools.cache
def _model_schema(cls: type[Any]) -> dict[str, Shape]:
    try:
        hints = typing.get_type_hints(cls)
    except Exception:  # hints that do not resolve: no checking rather than no listing
        return {}
    schema = {}
    for field in attrs.fields(cls):
        if field.init:
            shape = shape_of(hints.get(field.name, Any))
            schema[_json_key(cls, field.name, shape)] = shape
    return schema


def _json_key(cls: type[Any], attr: str, shape: Shape) -> str:
    """The JSON name of a model attribute (`risk_definition_scan_type` -> `risk_definition.scan_type`).

    The generated model knows it only in `to_dict`, so ask that: set this one attribute and see
    which key comes out.
    """
    fallback = attr[:-1] if attr.endswith("_") else attr
    samples: dict[str, Any] = {"str": "", "int": 0, "float": 0.0, "bool": False}
    if shape.many:
        sample: Any = []
    elif shape.kind == "enum" and shape.enum_cls is not None:
        sample = next(iter(shape.enum_cls))
    elif shape.kind in samples:
        sample = samples[shape.kind]
    else:
        return fallback
    try:
        probe = cls()
        setattr(probe, attr, sample)
        keys = list(probe.to_dict())
    except Exception:  # a model that needs more than one attribute: its Python name will do
        return fallback
    return keys[0] if len(keys) == 1 else fallback


def _object_value(
    verb: VerbSpec, param: ParamSpec, given: list[str], extra: dict[str, Any] | None, option: str
) -> dict[str, Any]:
    """A JSON-object parameter: whole JSON objects as given, `key=value` pairs checked by the spec."""
    data: dict[str, Any] = {}
    for text in given:
        data.update(_json_object(text, f"{option} {param.name}"))
    schema = object_schema(verb, param)
    for key, values in (extra or {}).items():
        if schema:
            if key not in schema:
                close = difflib.get_close_matches(key, list(schema), n=1)
                hint = f" Did you mean {close[0]}?" if close else ""
                raise click.UsageError(f"{option} {key}: not a key of {param.name} (keys: {', '.join(schema)}).{hint}")
            shape = attrs.evolve(schema[key], many=False)
            values = [convert(v, shape, f"{option} {key}") for v in values]
            if not schema[key].many:
                if len(values) > 1:
                    raise click.UsageError(f"{option} {key} given {len(values)} times; it takes one value")
                data[key] = values[0]
                continue
        data.setdefault(key, [])
        data[key] = [*data[key], *values] if isinstance(data[key], list) else values
    return data


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
            if is_json_object(verb, param):
                nested.setdefault(param.name, {}).setdefault(rest, []).append(value)
                continue
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
        if is_json_object(verb, param):
            kwargs[param.name] = _object_value(verb, param, given, extra, option)
        else:
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


def completions(verb: VerbSpec, incomplete: str) -> list[str]:
    """What `--filter` completes to: `key=` for the keys, `key=value` for an enum's or a boolean's values."""
    catch_all = catch_all_param(verb)
    shapes: dict[str, Shape] = {p.name: shape_of(p.hint) for p in verb.keywords if p is not catch_all}
    if catch_all is not None:
        shapes[catch_all.name] = shape_of(catch_all.hint)
        shapes.update(object_schema(verb, catch_all) or {})
    key, sep, value = incomplete.partition("=")
    if not sep:
        return [f"{name}=" for name in shapes if name.startswith(key)]
    shape = shapes.get(key)
    if shape is None:
        return []
    if shape.kind == "enum" and shape.enum_cls is not None:
        values = enum_values(shape.enum_cls)
    elif shape.kind == "bool":
        values = ["true", "false"]
    else:
        return []
    return [f"{key}={v}" for v in values if v.lower().startswith(value.lower())]
