"""Parsing takes a shortcut for the usual object, and the result must not depend on it.

The generated `_from_json` reads an object that has every field and nothing else by subscripts,
and builds small nested models (strings, numbers, enums, UUIDs) in their parent; any other object
goes the general way: popped field by field, each nested model by its own `_from_json`. For
every model of every vendor package, a complete object is built from the model's own field
types, then read as it is (the shortcut), without its free-form fields (the second shortcut), and
with each change that forces the general way (an unknown key beside the fields, one in place of
a field, a nested object with an extra key or an unlisted enum value): each must give the model
the general way would, and re-emit what was sent.
"""

from __future__ import annotations

import copy
import datetime
import enum
import importlib
import inspect
import types
import typing
import uuid
from collections.abc import Iterator
from typing import Any

import attrs
import pytest

from scankit.vendors import slugs

NOW = datetime.datetime(2025, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)


def models() -> Iterator[type]:
    for slug in slugs():
        package = importlib.import_module(f"scankit_{slug}.models")
        for name in sorted(package.__all__):
            cls = getattr(package, name)
            if inspect.isclass(cls) and attrs.has(cls):
                yield cls


def _members(hint: Any) -> list[Any]:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return [a for a in typing.get_args(hint) if a is not type(None)]
    return [hint]


def sample(hint: Any, name: str, depth: int = 0) -> Any:
    """A value of the type a field reads, as a user would build it, told apart from its neighbours'."""
    tp = _members(hint)[0]
    origin = typing.get_origin(tp)
    if origin is list:
        item = sample(typing.get_args(tp)[0], name, depth + 1) if typing.get_args(tp) else "x"
        return [] if item is None else [item]
    if origin is dict or tp is dict:
        return {"k": "v"}
    if origin is typing.Literal:
        return typing.get_args(tp)[0]
    if isinstance(tp, type):
        if issubclass(tp, enum.Enum):
            return next(iter(tp))
        if tp is bool:
            return True
        if tp is int:
            return len(name)
        if tp is float:
            return 1.5
        if tp is str:
            return f"text:{name}"
        if tp is datetime.datetime:
            return NOW
        if tp is datetime.date:
            return NOW.date()
        if tp is uuid.UUID:
            return uuid.UUID("3f0b8a52-6a3e-4c44-9a51-2f0c2b7d9e10")
        if attrs.has(tp):
            return None if depth > 4 else build(tp, depth + 1)
    return "any"  # Any and other free-form values


def build(cls: type, depth: int = 0) -> Any:
    hints = typing.get_type_hints(cls)
    values = {f.name: sample(hints[f.name], f.name, depth) for f in attrs.fields(cls) if f.init}
    return cls(**values)


def complete(cls: type) -> dict[str, Any]:
    return build(cls).to_dict()


def extras(value: Any) -> Iterator[Any]:
    """The non-empty additional_properties of a parsed model and of every model inside it."""
    if attrs.has(type(value)):
        if getattr(value, "additional_properties", None):
            yield value
        for field in attrs.fields(type(value)):
            if field.name != "additional_properties":
                yield from extras(getattr(value, field.name))
    elif isinstance(value, list):
        for item in value:
            yield from extras(item)


def nested_objects(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """The paths of the objects inside a JSON value (not the value itself)."""
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, dict):
                yield (*path, key)
            yield from nested_objects(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            if isinstance(item, dict):
                yield (*path, index)
            yield from nested_objects(item, (*path, index))


def at(value: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        value = value[step]
    return value


def outcome(cls: type, data: dict[str, Any]) -> tuple[str, Any]:
    """What parsing gives: the model and what it re-emits, or the error it raises."""
    try:
        model = cls.from_dict(data)
    except Exception as exc:
        return ("error", f"{type(exc).__name__}: {exc}")
    return ("model", (model, model.to_dict()))


MODELS = list(models())


@pytest.mark.parametrize("cls", MODELS, ids=lambda c: f"{c.__module__.split('.')[0]}.{c.__name__}")
def test_the_usual_object_and_the_general_way_agree(cls: type) -> None:
    data = complete(cls)
    kind, (model, emitted) = outcome(cls, data)
    assert kind == "model"
    assert emitted == data  # a complete object re-emits exactly what was sent
    assert not list(extras(model))  # nothing read as unknown, at any depth
    if not data:
        return
    # an unknown key beside the fields: the general way, which keeps it
    extra = {**data, "zz_unknown": [1]}
    kind, (with_extra, emitted) = outcome(cls, extra)
    assert kind == "model" and emitted == extra
    assert getattr(with_extra, "additional_properties", {"zz_unknown": [1]}) == {"zz_unknown": [1]}
    # an unknown key in place of each field (as many keys as fields): as if the field were absent
    _swap_each(cls, data)
    # without its free-form fields (the samples "any"), which servers leave out most: a second shortcut
    sparse = {k: v for k, v in data.items() if v != "any"}
    if sparse != data:
        kind, (model, emitted) = outcome(cls, sparse)
        assert kind == "model" and emitted == sparse and not list(extras(model))
        _swap_each(cls, sparse)


def _swap_each(cls: type, data: dict[str, Any]) -> None:
    for key in data:
        swapped = {k: v for k, v in data.items() if k != key} | {"zz_unknown": [1]}
        absent = {k: v for k, v in data.items() if k != key}
        got, want = outcome(cls, swapped), outcome(cls, absent)
        if want[0] == "error":  # a required field: the same error either way
            assert got == want, key
        else:
            assert got[0] == "model" and got[1][1] == {**want[1][1], "zz_unknown": [1]}, key


@pytest.mark.parametrize("cls", MODELS, ids=lambda c: f"{c.__module__.split('.')[0]}.{c.__name__}")
def test_nested_objects_off_the_usual_path_are_read_leniently_or_refused_with_a_path(cls: type) -> None:
    """A nested object with an extra key or an unlisted enum value leaves the shortcut and is still
    read, what was sent kept; one with a null where a string was leaves it too, and is read or
    refused with a ParseError that names the field (never another exception)."""
    data = complete(cls)
    for path in nested_objects(data):
        inner = at(data, path)
        for change in ("extra", "enum", "null"):
            changed = _changed(inner, change)
            if changed is None:
                continue
            document = _replace(data, path, changed)
            kind, result = outcome(cls, document)
            if kind == "error":
                assert change == "null" and result.startswith("ParseError: "), (path, change, result)
                assert str(path[-1] if isinstance(path[-1], str) else f"[{path[-1]}]") in result
                continue
            assert result[1] == document, (path, change)


def _changed(obj: dict[str, Any], change: str) -> dict[str, Any] | None:
    if change == "extra":
        # a value shaped like one already there (an empty object when there is none), so a typed
        # map (additionalProperties with a schema) gets a valid entry; a plain object keeps it
        return {**obj, "zz_unknown": next(iter(obj.values()), {})}
    for key, value in obj.items():
        if change == "enum" and isinstance(value, str) and not value.startswith("text:"):
            # an enum's value: a string other than a sample "text:...", a date-time, a UUID or "any"
            try:
                datetime.datetime.fromisoformat(value)
                continue
            except ValueError:
                pass
            try:
                uuid.UUID(value)
                continue
            except ValueError:
                pass
            if value == "any":
                continue
            return {**obj, key: value + "-unlisted"}
    if change == "null":
        for key, value in obj.items():
            if isinstance(value, str) and value.startswith("text:"):
                return {**obj, key: None}
    return None


def _replace(data: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    if isinstance(data, dict):
        return {k: _replace(v, path[1:], value) if k == path[0] else v for k, v in data.items()}
    return [_replace(v, path[1:], value) if i == path[0] else v for i, v in enumerate(data)]


def test_every_vendor_has_models_here() -> None:
    assert {c.__module__.split(".")[0] for c in MODELS} == {f"scankit_{s}" for s in slugs()}


OPEN_MODELS = [c for c in MODELS if "additional_properties" in attrs.fields_dict(c)]


@pytest.mark.parametrize("cls", OPEN_MODELS, ids=lambda c: f"{c.__module__.split('.')[0]}.{c.__name__}")
def test_additional_properties_of_a_parsed_model_is_its_own_dict_made_on_first_read(cls: type) -> None:
    """Parsing keeps no empty dict per model when nothing is unknown: the slot is filled on first
    read. It must still behave as a field: an empty dict, the same one at every read, not shared
    with another model, copied and compared like the others, and what a user adds is sent."""
    data = complete(cls)
    first, second = cls.from_dict(data), cls.from_dict(data)
    assert copy.deepcopy(first) == first  # copy reads every field, the empty slot too
    assert first.additional_properties == {}
    assert first.additional_properties is first.additional_properties
    value_type = typing.get_args(typing.get_type_hints(cls)["additional_properties"])[1]
    if value_type is Any:
        first["zz_added"] = [1]
        assert "zz_added" in first and second.additional_properties == {}
        assert first.to_dict() == {**data, "zz_added": [1]}
        assert first != second
    with pytest.raises(AttributeError, match=f"'{cls.__name__}' object has no attribute 'zz_misspelled'"):
        _ = first.zz_misspelled


def _model_lists(cls: type) -> Iterator[str]:
    """The fields of a model that are lists of models."""
    hints = typing.get_type_hints(cls)
    for field in attrs.fields(cls):
        tp = _members(hints[field.name])[0]
        if typing.get_origin(tp) is list and attrs.has(typing.get_args(tp)[0]):
            yield field.name


LIST_MODELS = [c for c in MODELS if next(_model_lists(c), None)]


@pytest.mark.parametrize("cls", LIST_MODELS, ids=lambda c: f"{c.__module__.split('.')[0]}.{c.__name__}")
def test_a_list_is_read_item_by_item_and_a_bad_item_is_named_by_its_index(cls: type) -> None:
    """Items of a list are read in place of the decoded ones: all of them, in order, and the first
    one that cannot be read is named by its index."""
    data = complete(cls)
    parse_error = importlib.import_module(f"{cls.__module__.split('.')[0]}.types").ParseError
    for name in _model_lists(cls):
        model = build(cls)
        if not getattr(model, name):
            continue
        setattr(model, name, getattr(model, name) * 3)
        three = model.to_dict()
        key = next(k for k in three if three[k] != data[k])
        parsed = cls.from_dict(three)
        assert parsed.to_dict() == three and len(getattr(parsed, name)) == 3
        with pytest.raises(parse_error) as caught:
            cls.from_dict({**three, key: [*three[key][:2], 5]})
        assert caught.value.location == f"{key}[2]", caught.value.location
