"""The sandbox's records: made from the spec's schemas and examples, and the vendor's ``sandbox.yaml``.

A record of a collection (a component schema: ``Scan``, ``Campaign``) starts as its schema's
examples: every property with an ``example`` gets it, nested objects are filled the same way, a
nullable property without one is ``null``. Its key (``id``) is made *like* the example key
(``5f8a1c2e...``: 24 hex digits; ``scan_czhg...``: the prefix and 22 base-58 characters; ``300``:
a sequence from 300), and the first record keeps the example key itself, so the first ids are the
spec's own. The data file's rules then vary the fields that make the data realistic; the rules
language is documented in ``docs/sandbox.md``. Every random choice comes from one seeded
``random.Random``, so one seed always gives the same records.
"""

from __future__ import annotations

import datetime
import hashlib
import random
import re
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

from ._model import Spec, parse_path
from ._specs import SpecError

__all__ = [
    "ABSENT",
    "DATA_NOW",
    "Collection",
    "Context",
    "Generator",
    "Store",
    "dig",
    "iso",
    "iso_ms",
    "matches",
    "put",
]

DATA_NOW = 1_748_736_000
"""2025-06-01T00:00:00Z: the sandbox's "now". Generated records lie before it; created ones after it."""

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-([0-9a-fA-F])[0-9a-fA-F]{3}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_DURATION = re.compile(r"^([+-]?\d+(?:\.\d+)?)([smhdwy]?)$")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86_400, "w": 7 * 86_400, "y": 365 * 86_400}
_TEMPLATE = re.compile(r"\{\{|\}\}|\{([^{}|]+)(?:\|(\w+))?\}")
_FILTERS: Mapping[str, Callable[[str], str]] = {"upper": str.upper, "lower": str.lower, "title": str.title}
RULES = frozenset(
    {
        "$value",
        "$pick",
        "$sample",
        "$range",
        "$uniform",
        "$chance",
        "$chars",
        "$time",
        "$walk",
        "$id",
        "$seq",
        "$ref",
        "$from",
        "$when",
        "$one_of",
        "$array",
        "$map",
        "$template",
        "$latest",
        "$children",
        "$count",
        "$lookup",
        "$hash",
        "$now",
        "$nth",
        "$distinct",
        "$absent",
    }
)
_DEFERRED = frozenset({"$latest", "$children"})


class _Absent:
    def __repr__(self) -> str:
        return "ABSENT"


ABSENT: Any = _Absent()
"""A value that leaves its field out of the record."""


def clone(value: Any) -> Any:
    """A copy of a JSON value (dicts and lists copied, the rest shared): deepcopy's result, faster."""
    if isinstance(value, dict):
        return {k: clone(v) for k, v in value.items()}
    if isinstance(value, list):
        return [clone(v) for v in value]
    return value


def iso(epoch: float) -> str:
    """``2025-01-13T13:05:00Z``."""
    return datetime.datetime.fromtimestamp(int(epoch), datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def iso_ms(epoch: float) -> str:
    """``2023-02-14T09:12:45.000Z``."""
    moment = datetime.datetime.fromtimestamp(round(epoch, 3), datetime.UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def epoch_of(value: Any) -> float | None:
    """A time value (epoch number or ISO 8601 text) as unix seconds; None if it is neither."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            moment = datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
        return (moment if moment.tzinfo else moment.replace(tzinfo=datetime.UTC)).timestamp()
    return None


def duration(value: Any) -> float:
    """``-3h`` -> -10800.0; a number is seconds."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    found = _DURATION.match(str(value).strip())
    if found is None:
        raise SpecError(f"sandbox.yaml: {value!r} is not a duration (e.g. -3h, 30d, 90s)")
    return float(found.group(1)) * _UNITS[found.group(2)]


def dig(value: Any, path: Sequence[str | int]) -> Any:
    """The value at ``path`` (``[]`` projects a list); ABSENT when a step is missing."""
    for index, step in enumerate(path):
        if step == "[]":
            if not isinstance(value, list):
                return ABSENT
            rest = path[index + 1 :]
            return [v for v in (dig(item, rest) for item in value) if v is not ABSENT]
        if isinstance(step, int):
            if not isinstance(value, list) or not -len(value) <= step < len(value):
                return ABSENT
            value = value[step]
        elif isinstance(value, dict) and step in value:
            value = value[step]
        else:
            return ABSENT
    return value


def put(target: dict[str, Any], path: Sequence[str | int], value: Any) -> None:
    """Set ``path`` in ``target``, making the objects on the way (ABSENT removes the field)."""
    node: Any = target
    for step in path[:-1]:
        nxt = node.get(step) if isinstance(node, dict) else None
        if not isinstance(nxt, dict):
            nxt = {}
            node[step] = nxt
        node = nxt
    last = path[-1]
    if value is ABSENT:
        node.pop(last, None)
    else:
        node[last] = value


def tester(condition: Mapping[str, Any]) -> Callable[[Any], bool]:
    """``matches`` for many values at once: the condition's paths parsed once."""
    parsed = [(parse_path(path), expected) for path, expected in condition.items()]

    def test(value: Any) -> bool:
        return matches_parsed(value, parsed)

    return test


def matches_parsed(item: Any, parsed: Sequence[tuple[tuple[str | int, ...], Any]]) -> bool:
    for steps, expected in parsed:
        value = dig(item, steps)
        value = None if value is ABSENT else value
        negate = isinstance(expected, dict) and "not" in expected
        wanted = expected["not"] if negate else expected
        hit = value in wanted if isinstance(wanted, list) else value == wanted
        if hit == negate:
            return False
    return True


def matches(get: Callable[[str], Any], condition: Mapping[str, Any]) -> bool:
    """A ``where``/``when`` condition: each path equals a value, is in a list, or ``{not: ...}`` it."""
    for path, expected in condition.items():
        value = get(path)
        value = None if value is ABSENT else value
        negate = isinstance(expected, dict) and "not" in expected
        wanted = expected["not"] if negate else expected
        hit = value in wanted if isinstance(wanted, list) else value == wanted
        if hit == negate:
            return False
    return True


class Collection:
    """The records of one component schema, in the order lists serve them, with their hidden fields."""

    def __init__(self, name: str, key: Sequence[str | int], uuid_key: bool) -> None:
        self.name = name
        self.key = tuple(key)
        self.uuid_key = uuid_key
        self.records: list[dict[str, Any]] = []
        self.index: dict[str, dict[str, Any]] = {}
        self.hidden: dict[int, dict[str, Any]] = {}

    def key_of(self, record: Mapping[str, Any]) -> str:
        return str(dig(record, self.key))

    def find(self, key: Any) -> dict[str, Any] | None:
        text = str(key)
        found = self.index.get(text)
        if found is None and self.uuid_key:
            found = self.index.get(text.lower())
        return found

    def add(self, record: dict[str, Any], hidden: dict[str, Any], *, first: bool = False) -> None:
        if first:
            self.records.insert(0, record)
        else:
            self.records.append(record)
        self.index[self.key_of(record)] = record
        self.hidden[id(record)] = hidden

    def remove(self, record: dict[str, Any]) -> None:
        self.records.remove(record)
        self.index.pop(self.key_of(record), None)
        self.hidden.pop(id(record), None)

    def hidden_of(self, record: Mapping[str, Any]) -> dict[str, Any]:
        return self.hidden.setdefault(id(record), {})

    def __len__(self) -> int:
        return len(self.records)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(self.records)


class Store:
    """A vendor's collections by schema name, and the data clock that stamps changes."""

    def __init__(self, now: float) -> None:
        self.collections: dict[str, Collection] = {}
        self.now = now
        self._ticks = 0

    def __getitem__(self, name: str) -> Collection:
        return self.collections[name]

    def get(self, name: str | None) -> Collection | None:
        return self.collections.get(name) if name else None

    def tick(self) -> float:
        """The data clock's next instant (a minute after the last change): records created or changed."""
        self._ticks += 1
        return self.now + 60 * self._ticks

    def owner(self, record: Mapping[str, Any]) -> Collection | None:
        return next((c for c in self.collections.values() if id(record) in c.hidden), None)


class Context:
    """What a rule sees: the record being made, its hidden fields, its parent and bound records."""

    def __init__(
        self,
        gen: Generator,
        record: dict[str, Any],
        hidden: dict[str, Any],
        *,
        index: int = 0,
        parent: Mapping[str, Any] | None = None,
        bound: dict[str, Any] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None:
        self.gen = gen
        self.record = record
        self.hidden = hidden
        self.index = index
        self.parent = parent if parent is not None else hidden.get("_parent")
        self.bound: dict[str, Any] = dict(bound or {})
        self.extra: Mapping[str, Any] = extra or {}

    def with_names(self, **names: Any) -> Context:
        """The same context with more names a rule can read (`n`, `item`, a template's `with`)."""
        return Context(
            self.gen,
            self.record,
            self.hidden,
            index=self.index,
            parent=self.parent,
            bound=self.bound,
            extra={**self.extra, **names},
        )

    def get(self, path: str) -> Any:
        steps = parse_path(path)
        if not steps:
            return self.record
        head, rest = str(steps[0]), steps[1:]
        if head in self.extra:
            return dig(self.extra[head], rest)
        if head == "hidden":
            return dig(self.hidden, rest)
        if head == "parent":
            return dig(self.parent, rest) if self.parent is not None else ABSENT
        if head == "record":
            return dig(self.record, rest)
        if head == "index":
            return self.index
        if head == "now":
            return self.gen.store.now
        if head in self.bound:
            bound = self.bound[head]
            if rest[:1] == ("hidden",):  # a bound record's hidden fields
                owner = self.gen.store.owner(bound)
                return dig(owner.hidden_of(bound), rest[1:]) if owner is not None else ABSENT
            return dig(bound, rest)
        return dig(self.record, steps)


class Generator:
    """Makes and re-makes a vendor's records from its spec and its data file."""

    def __init__(self, spec: Spec, rng: random.Random, *, counts: Mapping[str, int] | None = None) -> None:
        self.spec = spec
        self.rng = rng
        self.data: Mapping[str, Any] = spec.data
        now = epoch_of(self.data.get("now")) if self.data.get("now") is not None else None
        self.store = Store(now if now is not None else DATA_NOW)
        self.pools: Mapping[str, Any] = self.data.get("pools") or {}
        self.defs: Mapping[str, Mapping[str, Any]] = self.data.get("collections") or {}
        self.counts = dict(counts or {})
        self._walks: dict[int, float] = {}
        self._seqs: dict[int, int] = {}
        self._keys: dict[str, Callable[[int], Any]] = {}
        self._deferred: list[tuple[Context, dict[str, Any], tuple[str | int, ...], Any]] = []
        self._defaults: dict[str, dict[str, Any]] = {}
        self._schemas: dict[tuple[str, tuple[str | int, ...]], Mapping[str, Any]] = {}
        self._kids: dict[tuple[str, int], list[dict[str, Any]]] = {}
        self._kinds: dict[int, tuple[Mapping[str, Any], frozenset[str]]] = {}
        self._rules: dict[str, Callable[[Mapping[str, Any], Context, Mapping[str, Any]], Any]] = {
            kind: getattr(self, f"_rule_{kind[1:]}") for kind in RULES
        }

    # ------------------------------------------------------------------ the collections

    def build(self, served: Sequence[str]) -> Store:
        """Every collection the data file describes, then any other the operations serve."""
        for name in [*self.defs, *(n for n in served if n not in self.defs)]:
            if name not in self.store.collections:
                self._collection(name)
        for name, definition in self.defs.items():
            self._batch(name, definition, top=True)
            for extra in definition.get("also") or []:
                self._batch(name, {**definition, **extra, "first": []}, top=False)
        for name in served:
            if name not in self.defs:
                self._batch(name, {"count": 25}, top=True)
        self.settle()
        for name, definition in self.defs.items():
            self._order(self.store[name], definition)
        return self.store

    def settle(self, record: Mapping[str, Any] | None = None) -> None:
        """The rules left for after the others (``$latest``, ``after: true``), now that the records are
        in: every record's, or only those of `record` (one made after the build)."""
        waiting = [entry for entry in self._deferred if record is None or entry[0].record is record]
        self._deferred = [entry for entry in self._deferred if record is not None and entry[0].record is not record]
        for ctx, target, path, rule in waiting:
            put(target, path, self.eval(rule, ctx, deferred=False))

    def empty(self, name: str) -> Collection:
        """A collection with no records yet (its records are made by creates)."""
        return self.store.collections.get(name) or self._collection(name)

    def _collection(self, name: str) -> Collection:
        definition = self.defs.get(name) or {}
        key = parse_path(definition.get("key", "id"))
        schema = self.spec.component(name)
        key_schema = self.spec.resolve(self.spec.schema_at(schema, key) or {})
        example = key_schema.get("example")
        is_uuid = key_schema.get("format") == "uuid" or (isinstance(example, str) and bool(_UUID.match(example)))
        collection = Collection(name, key, is_uuid)
        self.store.collections[name] = collection
        self._keys[name] = self._key_maker(example, key_schema)
        return collection

    def _order(self, collection: Collection, definition: Mapping[str, Any]) -> None:
        order = definition.get("order")
        if order:
            path = parse_path(order["by"])
            collection.records.sort(key=lambda r: _sortable(dig(r, path)), reverse=bool(order.get("desc")))

    def _batch(self, name: str, definition: Mapping[str, Any], *, top: bool) -> None:
        collection = self.store[name]
        parents: list[Mapping[str, Any] | None] = [None]
        if definition.get("per"):
            where = definition.get("where") or {}
            owner = self.store.get(definition["per"])
            order = list(self.defs)
            if owner is None or (definition["per"] in order and order.index(definition["per"]) > order.index(name)):
                raise SpecError(
                    f"{self.spec.slug}/sandbox.yaml: collections.{name}.per: {definition['per']} must be a "
                    "collection made before it (collections are made in the file's order)"
                )
            test = tester(where)
            parents = [p for p in list(owner.records) if test(p)]
        for parent in parents:
            count = self.counts.get(name) if top and parent is None and name in self.counts else None
            wanted = count if count is not None else self._count(definition.get("count", 25), parent)
            for _ in range(wanted):
                record, hidden = self.make(name, definition, parent=parent)
                collection.add(record, hidden)
                if parent is not None:
                    self._kids.setdefault((name, id(parent)), []).append(record)

    def _count(self, value: Any, parent: Mapping[str, Any] | None = None) -> int:
        if isinstance(value, str):  # "{parent.nbVariations}": as many as the parent says it has
            made = self.template(value, Context(self, {}, {}, parent=parent))
            return int(made) if isinstance(made, int | str) and str(made).isdigit() else 0
        if isinstance(value, list):
            return self.rng.randint(int(value[0]), int(value[1]))
        return int(value)

    # ------------------------------------------------------------------ one record

    def make(
        self,
        name: str,
        definition: Mapping[str, Any] | None = None,
        *,
        parent: Mapping[str, Any] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        """A new record of ``name`` (not added to its collection) and its hidden fields."""
        definition = self.defs.get(name, {}) if definition is None else definition
        collection = self.store.collections.get(name)
        collection = self._collection(name) if collection is None else collection
        unique = parse_path(definition["unique"]) if definition.get("unique") else None
        seen = {str(dig(r, unique)) for r in collection.records} if unique else set()
        for _ in range(100):
            index = len(collection.records)
            record = clone(self._default_of(name))
            hidden: dict[str, Any] = {"_parent": parent} if parent is not None else {}
            ctx = Context(self, record, hidden, index=index, parent=parent, extra=extra)
            put(record, collection.key, self._keys[name](index))
            first = definition.get("first") or []
            rules = dict(definition.get("fields") or {})
            if index < len(first):
                rules.update(first[index])
            for path, rule in rules.items():
                steps = parse_path(path)
                if steps[0] == "hidden":
                    put(hidden, steps[1:], self.eval(rule, ctx, target=(hidden, steps[1:])))
                    continue
                put(record, steps, self.eval(rule, ctx, schema=self.field_schema(name, steps), target=(record, steps)))
            for path, rule in (definition.get("hidden") or {}).items():
                steps = parse_path(path)
                put(hidden, steps, self.eval(rule, ctx, target=(hidden, steps)))
            if unique is None or str(dig(record, unique)) not in seen:
                return record, hidden
        raise SpecError(f"{self.spec.slug}/sandbox.yaml: collections.{name}: could not make a unique {unique}")

    def _default_of(self, name: str) -> dict[str, Any]:
        if name not in self._defaults:
            made = self.default(self.spec.component(name))
            self._defaults[name] = made if isinstance(made, dict) else {}
        return self._defaults[name]

    def field_schema(self, name: str, steps: tuple[str | int, ...]) -> Mapping[str, Any]:
        key = (name, steps)
        if key not in self._schemas:
            self._schemas[key] = self.spec.resolve(self.spec.schema_at(self.spec.component(name), steps) or {})
        return self._schemas[key]

    def default(self, node: Any, depth: int = 0, *, skeleton: bool = False) -> Any:
        """What a schema's examples give: the example, else a nested object of examples, else null/[].

        ``skeleton``: an answer's envelope, where an optional object without an example stays out
        (a record's realism comes from its examples; an envelope's invented parts would mislead).
        """
        schema = self.spec.resolve(node)
        if "example" in schema:
            return clone(schema["example"])
        if schema.get("default") is not None:
            return clone(schema["default"])
        if schema.get("nullable"):
            return None
        if "enum" in schema:
            return schema["enum"][0]
        kind = schema.get("type")
        if kind == "object" or "properties" in schema:
            if depth > 8:
                return {}
            out: dict[str, Any] = {}
            required = set(schema.get("required") or [])
            for prop, sub in (schema.get("properties") or {}).items():
                if skeleton and prop not in required and "example" not in self.spec.resolve(sub):
                    continue
                value = self.default(sub, depth + 1, skeleton=skeleton)
                if value is ABSENT and prop in required:
                    value = _typed(self.spec.resolve(sub))
                if value is not ABSENT:
                    out[prop] = value
            return out
        if kind == "array":
            return []
        return ABSENT

    def _key_maker(self, example: Any, schema: Mapping[str, Any]) -> Callable[[int], Any]:
        """Keys like the example key; the first record's is the example itself."""
        rng = self.rng
        if isinstance(example, bool) or example is None:
            if schema.get("type") != "integer":  # no example to imitate: keys that cannot collide
                return lambda index: _uuid(rng, 4)
            example = 1
        if isinstance(example, int):
            start = example
            return lambda index: start + index
        text = str(example)
        found = _UUID.match(text)
        if found or schema.get("format") == "uuid":
            version = int(found.group(1), 16) if found else 4
            return lambda index: text if index == 0 and found else _uuid(rng, version)
        if re.fullmatch(r"[0-9a-f]+", text):
            return lambda index: text if index == 0 else f"{rng.getrandbits(4 * len(text)):0{len(text)}x}"
        prefixed = re.fullmatch(r"([A-Za-z]+_)?([A-Za-z0-9]+)", text)
        if prefixed:
            prefix, body = prefixed.group(1) or "", prefixed.group(2)
            alphabet = _B58 if re.search(r"[a-z]", body) and re.search(r"[A-Z]", body) else "0123456789abcdef"
            return lambda index: text if index == 0 else prefix + "".join(rng.choice(alphabet) for _ in body)
        return lambda index: text if index == 0 else f"{text}-{index}"

    # ------------------------------------------------------------------ rules

    def eval(
        self,
        rule: Any,
        ctx: Context,
        *,
        schema: Mapping[str, Any] | None = None,
        target: tuple[dict[str, Any], tuple[str | int, ...]] | None = None,
        deferred: bool = True,
    ) -> Any:
        """The value a rule gives (see docs/sandbox.md for the rules)."""
        if isinstance(rule, str):
            return self.template(rule, ctx) if "{" in rule else rule
        if isinstance(rule, list):
            return [v for v in (self.eval(r, ctx) for r in rule) if v is not ABSENT]
        if not isinstance(rule, dict):
            return rule
        cached = self._kinds.get(id(rule))
        if cached is None or cached[0] is not rule:  # the rule itself is kept: its id is not reused
            cached = (rule, frozenset(RULES.intersection(rule)))
            self._kinds[id(rule)] = cached
        kinds = set(cached[1])
        if not kinds:
            out: dict[str, Any] = {}
            for key, sub in rule.items():
                value = self.eval(sub, ctx)
                if value is not ABSENT:
                    out[key] = value
            return out
        if len(kinds) > 1:
            raise SpecError(f"sandbox.yaml: a rule has one kind, not {sorted(kinds)}: {rule!r}")
        kind = kinds.pop()
        if deferred and (kind in _DEFERRED or rule.get("after")) and target is not None:
            self._deferred.append((ctx, target[0], target[1], rule))
            return None
        if "absent" in rule and self.rng.random() < float(rule["absent"]):
            return ABSENT
        chance = rule.get("null", rule.get(None))  # `null: 0.2` in YAML is the key null, not "null"
        if chance is not None and self.rng.random() < float(chance):
            return None
        return self._rules[kind](rule, ctx, schema or {})

    def _list(self, value: Any) -> list[Any]:
        if isinstance(value, str) and value.startswith("$"):
            found = self.pools.get(value[1:])
            if found is None:
                raise SpecError(f"{self.spec.slug}/sandbox.yaml: no pool {value[1:]!r}")
            value = found
        if isinstance(value, dict):
            return list(value)
        if not isinstance(value, list):
            raise SpecError(f"sandbox.yaml: expected a list or a $pool, not {value!r}")
        return value

    def _rule_absent(self, rule: Mapping[str, Any], ctx: Context, schema: Mapping[str, Any]) -> Any:
        return ABSENT if rule["$absent"] else None

    def _rule_value(self, rule: Mapping[str, Any], ctx: Context, schema: Mapping[str, Any]) -> Any:
        return clone(rule["$value"])

    def _rule_pick(self, rule: Mapping[str, Any], ctx: Context, schema: Mapping[str, Any]) -> Any:
        options = rule["$pick"]
        if isinstance(options, str) and options.startswith("$"):
            options = self._list(options)
        if options == "enum":
            options = schema.get("enum") or []
        if isinstance(options, dict):
            values, weights = list(options), [float(w) for w in options.values()]
            return clone(self.rng.choices(values, weights)[0])
        options = self._list(options)
        return clone(options[self.rng.randrange(len(options))])

    def _rule_nth(self, rule: Mapping[str, Any], ctx: Context, schema: Mapping[str, Any]) -> Any:
        options = self._list(rule["$nth"])
        return clone(options[ctx.index % len(options)])

    def _rule_distinct(self, rule: Mapping[str, Any], ctx: Context, schema: Mapping[str, Any]) -> Any:
        values = ctx.get(rule["$distinct"])
        return len({json_key(v) for v in values}) if isinstance(values, list) else None

    def _rule_sample(self, rule: Mapping[str, Any], ctx: Context, schema: Mapping[str, Any]) -> Any:
        options = self._list(rule["$sample"])
        size = min(self._count(rule.get("size", [0, len(options)])), len(options))
        chosen = sorted(self.rng.sample(range(len(options)), size))
        return [clone(options[i]) for i in chosen]

    def _rule_range(self, rule: Mapping[str, Any], ctx: Context, schema: Mapping[str, Any]) -> Any:
        low, high = rule["$range"]
        return self.rng.randint(int(low), int(high))

    def _rule_uniform(self, rule: Mapping[str, Any], ctx: Context, schema: Mapping[str, Any]) -> Any:
        low, high = rule["$uniform"]
        return round(self.rng.uniform(float(low), float(high)), int(rule.get("digits", 2)))

    def _rule_chance(self, rule: Mapping[str, Any], ctx: Context, schema: Mapping[str, Any]) -> Any:
        return self.rng.random() < float(rule["$chance"])

    def _rule_chars(self, rule: Mapping[str, Any], ctx: Context, schema: Mapping[str, Any]) -> Any:
        alphabet = {"digits": "0123456789", "hex": "0123456789abcdef", "b58": _B58}.get(rule["$chars"], rule["$chars"])
        length = self._count(rule.get("length", 8))
        return str(rule.get("prefix", "")) + "".join(self.rng.choice(alphabet) for _ in range(length))

    def _rule_time(self, rule: Mapping[str, Any], ctx: Context, schema: Mapping[str, Any]) -> Any:
        low, high = (self._instant(v, ctx) for v in rule["$time"])
        return self._format_time(low + self.rng.random() * (high - low), rule, schema)

    def _instant(self, value: Any, ctx: Context) -> float:
        """``-3h`` (from now), or ``=createdAt`` / ``=parent.createdAt+5s`` (from a time field)."""
        if isinstance(value, str) and value.startswith("="):
            path, sign, offset = re.match(r"=([^+-]+)(?:([+-])(.+))?$", value).groups()  # type: ignore[union-attr]
            found = epoch_of(ctx.get(path))
            if found is None:
                raise SpecError(f"sandbox.yaml: {path!r} is not a time here")
            return found + (duration(offset) * (1 if sign == "+" else -1) if offset else 0.0)
        return self.store.now + duration(value)

    def _format_time(self, epoch: float, rule: Mapping[str, Any], schema: Mapping[str, Any]) -> Any:
        style = rule.get("format") or ("epoch" if schema.get("type") in ("integer", "number") else "iso")
        if style == "epoch":
            return int(epoch)
        if style == "epoch_ms":
            return int(epoch * 1000)
        if style == "iso_ms":
            return iso_ms(epoch)
        if style == "date":
            return iso(epoch)[:10]
        return iso(epoch)

    def _rule_walk(self, rule: Mapping[str, Any], ctx: Context, schema: Mapping[str, Any]) -> Any:
        spec = rule["$walk"]
        step = [duration(s) for s in spec.get("step", [60, 60])]
        key = id(rule)
        current = self._walks.get(key)
        current = (
            self.store.now + duration(spec.get("start", 0)) if current is None else current + self.rng.uniform(*step)
        )
        self._walks[key] = current
        return self._format_time(current, rule, schema)

    def _rule_now(self, rule: Mapping[str, Any], ctx: Context, schema: Mapping[str, Any]) -> Any:
        return self._format_time(float(ctx.extra.get("now", self.store.now)), rule, schema)

    def _rule_id(self, rule: Mapping[str, Any], ctx: Context, schema: Mapping[str, Any]) -> Any:
        kind = rule["$id"]
        length = int(rule.get("length", 24))
        prefix = str(rule.get("prefix", ""))
        if kind == "uuid4":
            return _uuid(self.rng, 4)
        if kind == "uuid7":
            stamp = epoch_of(ctx.get(rule["time"])) if rule.get("time") else None
            return _uuid(self.rng, 7, (stamp if stamp is not None else self.store.now) * 1000)
        if kind == "hex":
            return prefix + f"{self.rng.getrandbits(4 * length):0{length}x}"
        if kind == "b58":
            return prefix + "".join(self.rng.choice(_B58) for _ in range(length))
        if kind == "digits":
            return prefix + "".join(self.rng.choice("0123456789") for _ in range(length))
        raise SpecError(f"sandbox.yaml: id must be uuid4, uuid7, hex, b58 or digits, not {kind!r}")

    def _rule_seq(self, rule: Mapping[str, Any], ctx: Context, schema: Mapping[str, Any]) -> Any:
        key = id(rule)
        value = self._seqs.get(key, int(rule["$seq"]))
        self._seqs[key] = value + 1
        return value

    def _rule_ref(self, rule: Mapping[str, Any], ctx: Context, schema: Mapping[str, Any]) -> Any:
        collection = self.store.get(rule["$ref"])
        if collection is None:
            raise SpecError(f"sandbox.yaml: ref to {rule['ref']!r}, which has no records (list it before)")
        where = rule.get("where") or {}
        options = [r for r in collection.records if tester(where)(r)] if where else collection.records
        if not options:
            return None
        chosen = options[self.rng.randrange(len(options))]
        if rule.get("as"):
            ctx.bound[str(rule["as"])] = chosen
        field = rule.get("field")
        if field == ".":
            return chosen
        return clone(dig(chosen, parse_path(field) if field else collection.key))

    def _rule_from(self, rule: Mapping[str, Any], ctx: Context, schema: Mapping[str, Any]) -> Any:
        value = ctx.get(rule["$from"])
        if (value is ABSENT or value is None) and "default" in rule:
            return self.eval(rule["default"], ctx, schema=schema)
        return clone(value)

    def _rule_when(self, rule: Mapping[str, Any], ctx: Context, schema: Mapping[str, Any]) -> Any:
        chosen = rule.get("then") if matches(ctx.get, rule["$when"]) else rule.get("else")
        return self.eval(chosen, ctx, schema=schema)

    def _rule_one_of(self, rule: Mapping[str, Any], ctx: Context, schema: Mapping[str, Any]) -> Any:
        options = rule["$one_of"]
        weights = rule.get("weights") or [1] * len(options)
        return self.eval(self.rng.choices(options, weights)[0], ctx, schema=schema)

    def _rule_array(self, rule: Mapping[str, Any], ctx: Context, schema: Mapping[str, Any]) -> Any:
        out = []
        for number in range(self._count(rule["$array"])):
            value = self.eval(rule.get("item"), ctx.with_names(n=number))
            if value is not ABSENT:
                out.append(value)
        return out

    def _rule_map(self, rule: Mapping[str, Any], ctx: Context, schema: Mapping[str, Any]) -> Any:
        source = ctx.get(rule["$map"])
        out = []
        for item in source if isinstance(source, list) else []:
            value = self.eval(rule.get("item"), ctx.with_names(item=item))
            if value is not ABSENT:
                out.append(value)
        return out

    def _rule_template(self, rule: Mapping[str, Any], ctx: Context, schema: Mapping[str, Any]) -> Any:
        names = {name: self.eval(sub, ctx) for name, sub in (rule.get("with") or {}).items()}
        return self.template(str(rule["$template"]), ctx.with_names(**names))

    def _rule_latest(self, rule: Mapping[str, Any], ctx: Context, schema: Mapping[str, Any]) -> Any:
        children = self._children(rule["$latest"], ctx.record)
        return children[-1] if children else None

    def _rule_children(self, rule: Mapping[str, Any], ctx: Context, schema: Mapping[str, Any]) -> Any:
        children = self._children(rule["$children"], ctx.record)
        if rule.get("where"):
            test = tester(rule["where"])
            return sum(1 for child in children if test(child))
        return len(children)

    def _children(self, name: str, record: Mapping[str, Any]) -> list[dict[str, Any]]:
        return self._kids.get((name, id(record)), [])

    def _rule_count(self, rule: Mapping[str, Any], ctx: Context, schema: Mapping[str, Any]) -> Any:
        items = ctx.get(rule["$count"])
        if not isinstance(items, list):
            return None
        test = tester(rule.get("where") or {})
        return sum(1 for item in items if test(item))

    def _rule_lookup(self, rule: Mapping[str, Any], ctx: Context, schema: Mapping[str, Any]) -> Any:
        table = rule["in"]
        key = ctx.get(rule["$lookup"])
        if key in table:
            return self.eval(table[key], ctx, schema=schema)
        return self.eval(rule.get("default"), ctx, schema=schema)

    def _rule_hash(self, rule: Mapping[str, Any], ctx: Context, schema: Mapping[str, Any]) -> Any:
        text = str(self.template(str(rule.get("of", "{id}")), ctx))
        return hashlib.new(str(rule["$hash"]), text.encode(), usedforsecurity=False).hexdigest()

    def template(self, text: str, ctx: Context) -> Any:
        """``"https://cdn.example/{id}.jpg"``: fields by path, ``|upper``/``|lower``; one placeholder
        alone gives the value itself (a number stays a number)."""
        whole = _TEMPLATE.fullmatch(text)
        if whole and whole.group(1):
            value = ctx.get(whole.group(1).strip())
            value = None if value is ABSENT else value
            return _FILTERS[whole.group(2)](str(value)) if whole.group(2) else value

        def one(found: re.Match[str]) -> str:
            if found.group(0) in ("{{", "}}"):
                return found.group(0)[0]
            value = ctx.get(found.group(1).strip())
            shown = "" if value is ABSENT or value is None else str(value)
            return _FILTERS[found.group(2)](shown) if found.group(2) else shown

        return _TEMPLATE.sub(one, text)


def json_key(value: Any) -> str:
    return value if isinstance(value, str) else repr(value)


def _typed(schema: Mapping[str, Any]) -> Any:
    kind = schema.get("type")
    if kind == "string":
        return iso(DATA_NOW) if schema.get("format") == "date-time" else ""
    if kind in ("integer", "number"):
        return schema.get("minimum", 0)
    if kind == "boolean":
        return False
    if kind == "array":
        return []
    if kind == "object":
        return {}
    return None


def _uuid(rng: random.Random, version: int, epoch_ms: float | None = None) -> str:
    if version == 7:
        value = (int(epoch_ms if epoch_ms is not None else DATA_NOW * 1000) & ((1 << 48) - 1)) << 80
        value |= 0x7 << 76 | rng.getrandbits(12) << 64 | 0b10 << 62 | rng.getrandbits(62)
        return str(uuid.UUID(int=value))
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _sortable(value: Any) -> tuple[int, Any]:
    """Nulls last, numbers and text each in their order."""
    if value is None or value is ABSENT:
        return (2, 0)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return (0, value)
    return (1, str(value))
