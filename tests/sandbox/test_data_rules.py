"""The data file's rules (docs/sandbox.md), each on its own: what a rule gives, with a seeded random.

A tiny spec of one schema is enough; every test makes records from it with the rules under test."""

from __future__ import annotations

import random
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
import yaml

from scankit.sandbox import SpecError
from scankit.sandbox._data import ABSENT, DATA_NOW, Context, Generator, iso
from scankit.sandbox._model import Spec
from scankit.sandbox._specs import SpecSource

SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Rules", "version": "1"},
    "x-scankit": {"vendor": "Rules", "env_key": "RULES_API_KEY"},
    "paths": {},
    "components": {
        "securitySchemes": {"Key": {"type": "apiKey", "in": "header", "name": "X-Key"}},
        "schemas": {
            "Item": {
                "type": "object",
                "required": ["id"],
                "properties": {
                    "id": {"type": "string", "example": "item_Ab3xY9kQ"},
                    "n": {"type": "integer", "example": 7},
                    "at": {"type": "string", "format": "date-time"},
                    "epoch": {"type": "integer"},
                    "label": {"type": "string", "nullable": True},
                    "tags": {"type": "array", "items": {"type": "string"}},
                    "kind": {"type": "string", "enum": ["a", "b"]},
                },
            },
            "Child": {
                "type": "object",
                "properties": {"id": {"type": "integer", "example": 300}, "v": {"type": "integer"}},
            },
        },
    },
}
SPEC["paths"] = {"/items": {"get": {"operationId": "listItems", "security": [{"Key": []}], "responses": {}}}}


def generator(data: Mapping[str, Any] | None = None, seed: int = 0) -> Generator:
    spec = Spec(SpecSource("rules", Path("."), SPEC, yaml.safe_load(yaml.safe_dump(data or {}, sort_keys=False))))
    return Generator(spec, random.Random(seed))


def value(rule: Any, record: dict[str, Any] | None = None, **kwargs: Any) -> Any:
    gen = generator()
    gen.build(["Item"])
    return gen.eval(rule, Context(gen, record or {}, {}), **kwargs)


def test_the_first_record_keeps_the_example_id_and_the_others_are_made_like_it() -> None:
    store = generator({"collections": {"Item": {"count": 5}, "Child": {"count": 3}}}).build([])
    ids = [r["id"] for r in store["Item"]]
    assert ids[0] == "item_Ab3xY9kQ" and len(set(ids)) == 5
    assert all(i.startswith("item_") and len(i) == len("item_Ab3xY9kQ") for i in ids)
    assert [r["id"] for r in store["Child"]] == [300, 301, 302]
    assert store["Item"].records[1]["n"] == 7  # the example, where no rule says otherwise
    assert store["Item"].records[1]["label"] is None  # nullable without an example


def test_the_same_seed_gives_the_same_records() -> None:
    data = {"collections": {"Item": {"count": 20, "fields": {"n": {"$range": [0, 1000]}}}}}
    runs = [[r["n"] for r in generator(data, seed).build([])["Item"]] for seed in (1, 1, 2)]
    assert runs[0] == runs[1] != runs[2]


def test_templates_keep_a_lone_placeholders_type_and_filter_text() -> None:
    record = {"id": "x1", "n": 3, "name": "ada"}
    assert value("{n}", record) == 3
    assert value("#{n}: {name|upper}", record) == "#3: ADA"
    assert value("{missing}", record) is None and value("a{{b}}", record) == "a{b}"


def test_pick_sample_range_and_friends() -> None:
    assert value({"$pick": ["only"]}) == "only"
    assert value({"$pick": {"x": 1, "y": 0}}) == "x"
    assert value({"$sample": ["a", "b", "c"], "size": 3}) == ["a", "b", "c"]
    assert 5 <= value({"$range": [5, 6]}) <= 6
    assert value({"$chars": "digits", "length": 4, "prefix": "T"}).startswith("T")
    assert value({"$value": {"$pick": "kept as is"}}) == {"$pick": "kept as is"}
    assert value({"$pick": "enum"}, schema={"enum": ["a", "b"]}) in ("a", "b")
    assert value({"$id": "uuid4"}).count("-") == 4


def test_null_and_absent_modifiers() -> None:
    gen = generator()
    gen.build(["Item"])
    ctx = Context(gen, {}, {})
    # YAML reads `null: 1` as the key None: both spellings work
    assert gen.eval(yaml.safe_load("{$pick: [x], null: 1}"), ctx) is None
    assert gen.eval({"$pick": ["x"], "null": 1}, ctx) is None
    assert gen.eval({"$pick": ["x"], "absent": 1}, ctx) is ABSENT
    assert gen.eval({"$absent": True}, ctx) is ABSENT
    assert gen.eval({"$pick": ["x"], "null": 0}, ctx) == "x"


def test_times_are_epoch_for_integers_and_iso_for_strings() -> None:
    assert value({"$time": ["-1h", "-1h"]}, schema={"type": "integer"}) == DATA_NOW - 3600
    assert value({"$time": ["-1h", "-1h"]}, schema={"type": "string"}) == iso(DATA_NOW - 3600)
    assert value({"$time": ["=at+1d", "=at+1d"], "format": "epoch"}, {"at": iso(DATA_NOW)}) == DATA_NOW + 86_400
    assert value({"$now": True}, schema={"type": "integer"}) == DATA_NOW
    with pytest.raises(SpecError, match="duration"):
        value({"$time": ["yesterday", "-1h"]})


def test_when_lookup_and_one_of() -> None:
    record = {"kind": "b", "n": 2}
    assert value({"$when": {"kind": "b"}, "then": "yes", "else": "no"}, record) == "yes"
    assert value({"$when": {"kind": {"not": ["a", "b"]}}, "then": "yes", "else": "no"}, record) == "no"
    assert value({"$lookup": "kind", "in": {"a": 1, "b": "{n}"}}, record) == 2
    assert value({"$lookup": "kind", "in": {}, "default": 0}, record) == 0
    assert value({"$one_of": [{"$value": 1}, {"$value": 2}], "weights": [0, 1]}) == 2


def test_arrays_maps_counts_and_refs() -> None:
    record = {"tags": ["a", "b", "c"], "results": [{"r": "pass"}, {"r": "fail"}, {"r": "warn"}]}
    assert value({"$array": 2, "item": "{n}"}) == [0, 1]
    assert value({"$map": "tags", "item": "{item|upper}"}, record) == ["A", "B", "C"]
    assert value({"$count": "results", "where": {"r": {"not": "pass"}}}, record) == 2
    assert value({"$distinct": "results[].r"}, record) == 3
    gen = generator({"collections": {"Item": {"count": 4}}})
    gen.build([])
    ctx = Context(gen, {}, {})
    picked = gen.eval({"$ref": "Item", "as": "it", "field": "id"}, ctx)
    assert picked == ctx.bound["it"]["id"] and gen.eval("{it.id}", ctx) == picked


def test_children_are_made_per_parent_and_read_after_the_rest() -> None:
    fields = {
        "n": {"$children": "Child"},
        "latest": {"$latest": "Child"},
        "label": {"$from": "latest.v", "after": True},
    }
    data = {
        "collections": {
            "Item": {"count": 3, "fields": fields},
            "Child": {"per": "Item", "count": 2, "fields": {"v": {"$range": [1, 9]}}},
        }
    }
    store = generator(data).build([])
    assert len(store["Child"]) == 6
    for item in store["Item"]:
        assert item["n"] == 2 and item["latest"] is not None and item["label"] == item["latest"]["v"]


def test_a_child_collection_comes_after_its_parent() -> None:
    data = {"collections": {"Child": {"per": "Item", "count": 2}, "Item": {"count": 3}}}
    with pytest.raises(SpecError, match="made before it"):
        generator(data).build([])


def test_walks_step_through_the_records() -> None:
    data = {
        "collections": {"Item": {"count": 4, "fields": {"epoch": {"$walk": {"start": "-1h", "step": ["-1m", "-1m"]}}}}}
    }
    epochs = [r["epoch"] for r in generator(data).build([])["Item"]]
    assert epochs == [DATA_NOW - 3600 - 60 * i for i in range(4)]


def test_a_rule_has_one_kind_and_a_pool_must_exist() -> None:
    with pytest.raises(SpecError, match="one kind"):
        value({"$pick": ["a"], "$range": [1, 2]})
    with pytest.raises(SpecError, match="no pool"):
        value({"$pick": "$nowhere"})
