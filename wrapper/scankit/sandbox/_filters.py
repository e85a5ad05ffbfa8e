"""How a list's query narrows and orders its records: the spec's parameters and the data file's rules.

Each declared query parameter is checked against its schema (the vendor's validation error, or
ignored where the operation declares no 4xx, as lenient lists do). A parameter the data file names
filters as it says (``operations.<id>.filters``: a field, an ``op``, a hook); one named like a field
of the records filters on that field (a JSON:API record: a field of its ``attributes``); ``sort``
and ``order`` order them. Hidden fields (``hidden.x``) are seen here and nowhere else.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from ._base import Call, Invalid
from ._data import ABSENT, Collection, dig, epoch_of, matches
from ._incremental import bound_epoch
from ._model import Operation, parse_path
from ._specs import SpecError

if TYPE_CHECKING:
    from ._engine import VendorApp

__all__ = ["Queries", "flag"]

_TRUE = {"true", "1", "yes"}
_FALSE = {"false", "0", "no"}
_PAGING_KEYS = ("page_param", "size_param", "cursor_param", "offset_param")


class Queries:
    """A vendor's query rules: checking, filtering and ordering a list's records."""

    def __init__(self, app: VendorApp) -> None:
        self.app = app

    def names(self, op: Operation) -> list[tuple[str, Mapping[str, Any]]]:
        """Each query parameter a request may carry, with its schema: ``q[name]`` for a deepObject ``q``."""
        out: list[tuple[str, Mapping[str, Any]]] = []
        for name, param in op.query.items():
            if param.get("style") == "deepObject":
                properties = self.app.spec.resolve(param.get("schema")).get("properties") or {}
                out += [(f"{name}[{prop}]", {"schema": sub}) for prop, sub in properties.items()]
            else:
                out.append((name, param))
        return out

    def check(self, call: Call) -> None:
        """Every declared query parameter against its schema; a bad one is the vendor's validation error
        (or, where the operation declares none, it is ignored as the vendor's lenient lists do)."""
        op = call.op
        for name, param in self.names(op):
            values = call.query.getlist(name)
            if not values:
                continue
            if "content" in param:
                try:
                    parsed = json.loads(values[0])
                except ValueError:
                    raise Invalid(f"{name} must be URL-encoded JSON", field=name) from None
                if not isinstance(parsed, dict):
                    raise Invalid(f"{name} must be a JSON object", field=name)
                continue
            schema = self.app.spec.resolve(param.get("schema"))
            if schema.get("type") == "array":
                schema = self.app.spec.resolve(schema.get("items"))
            for value in values:
                problem = _param_problem(value, schema, self.app.spec.resolve)
                if problem and (op.declares(self.app.validation_status) or op.declares(400)):
                    raise Invalid(f"{name} {problem}", field=name)

    def getter(self, collection: Collection, record: Mapping[str, Any]) -> Callable[[str], Any]:
        hidden = collection.hidden.get(id(record), {})

        def get(path: str) -> Any:
            steps = parse_path(path)
            if steps and steps[0] == "hidden":
                return dig(hidden, steps[1:])
            return dig(record, steps)

        return get

    def filtered(self, call: Call, collection: Collection, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        op = call.op
        opts = self.app.options_of(op)
        if opts.get("where"):
            records = [r for r in records if matches(self.getter(collection, r), opts["where"])]
        declared = self.app.incremental.get(op.id)
        # the spec's incremental filter parameters, unless the data file says otherwise
        given: Mapping[str, Any] = {**(declared.filters() if declared else {}), **(opts.get("filters") or {})}
        paging = {op.pagination.get(k) for k in _PAGING_KEYS} if op.pagination else set()
        ignored = set(opts.get("ignore") or ()) | paging | {opts.get("position_param")}
        item_schema = self.app.spec.component(collection.name)
        for name, _ in self.names(op):
            values = [v for v in call.query.getlist(name) if v != ""]
            if not values or name in ignored:
                continue
            rule = given.get(name)
            if rule is None:
                rule = self._automatic(item_schema, name)
                if rule is None:
                    continue
            records = self._apply(call, collection, records, name, rule, values)
        return records

    def _automatic(self, schema: Mapping[str, Any], name: str) -> Any:
        """A query parameter named like a field filters on it (JSON:API: a field of ``attributes``)."""
        if name in (schema.get("properties") or {}):
            return name
        attributes = self.app.spec.resolve((schema.get("properties") or {}).get("attributes"))
        if name in (attributes.get("properties") or {}):
            return f"attributes.{name}"
        return None

    def _apply(
        self,
        call: Call,
        collection: Collection,
        records: list[dict[str, Any]],
        name: str,
        rule: Any,
        values: list[str],
    ) -> list[dict[str, Any]]:
        rule = {"field": rule} if isinstance(rule, str) else rule
        kind = rule.get("op", "eq")
        if "hook" in rule:
            hook = self.app.hook(rule["hook"])
            found: list[dict[str, Any]] = hook(self.app, call, values[0], records)
            return found
        if kind == "json":
            return self._json(call, collection, records, name, rule, values[0])
        fields = rule.get("any") or [rule["field"]]
        fold = rule.get("case") == "insensitive"
        try:
            test = _predicate(kind, values, rule, fold)
        except ValueError as exc:
            if call.op.declares(self.app.validation_status) or call.op.declares(400):
                raise Invalid(f"{name} {exc}", field=name) from None
            return records
        out = []
        for record in records:
            get = self.getter(collection, record)
            if any(test(_plain(get(field))) for field in fields):
                out.append(record)
        return out

    def _json(
        self,
        call: Call,
        collection: Collection,
        records: list[dict[str, Any]],
        name: str,
        rule: Mapping[str, Any],
        raw: str,
    ) -> list[dict[str, Any]]:
        """``filters={"state": ["RUNNING"]}``: each key a field (dotted), each value the values it may have."""
        data = json.loads(raw)
        content = next(iter(call.op.query[name]["content"].values()))
        allowed = list(self.app.spec.resolve(content.get("schema")).get("properties") or {})
        paths: Mapping[str, str] = rule.get("fields") or {}
        for key, wanted in data.items():
            if allowed and key not in allowed:
                raise Invalid(f"Unknown filter {key!r}; allowed: {', '.join(allowed)}", field=name)
            if not isinstance(wanted, list) or not all(isinstance(v, str) for v in wanted):
                raise Invalid(f"The filter {key!r} must be an array of strings", field=name)
            path = paths.get(key, key)
            keep = set(wanted)
            out = []
            for record in records:
                value = self.getter(collection, record)(path)
                present = set(value) if isinstance(value, list) else {value}
                if present & keep:
                    out.append(record)
            records = out
        return records

    def ordered(self, call: Call, collection: Collection, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        declared = self.app.incremental.get(call.op.id)
        if declared is not None and declared.ordered_for(call.query):  # the spec's incremental order
            times = [(declared.epoch(dig(r, declared.field)), r) for r in records]
            timed = sorted((t for t in times if t[0] is not None), key=lambda t: t[0] or 0.0)
            if declared.order == "desc":
                timed.reverse()
            return [r for _, r in timed] + [r for t, r in times if t is None]
        opts = self.app.options_of(call.op)
        order = opts.get("order")
        sort = opts.get("sort")
        if sort and call.query.get(sort["param"]):
            column, _, direction = str(call.query.get(sort["param"])).rpartition("_")
            columns: Mapping[str, Any] = sort.get("columns") or {}
            if column in columns and direction in ("asc", "desc"):
                spec = columns[column]
                order = (
                    {"by": spec, "desc": direction == "desc"}
                    if isinstance(spec, str)
                    else {**spec, "desc": direction == "desc"}
                )
        if not order:
            return records
        path = order.get("by") or order.get("field")
        fold = order.get("case") == "insensitive"

        def value(record: dict[str, Any]) -> Any:
            found = _plain(self.getter(collection, record)(path))
            return found.lower() if fold and isinstance(found, str) else found

        present = [r for r in records if value(r) is not None]
        missing = [r for r in records if value(r) is None]
        return sorted(present, key=value, reverse=bool(order.get("desc"))) + missing


def flag(value: str | None) -> bool | None:
    if value is None:
        return None
    lowered = value.lower()
    return True if lowered in _TRUE else False if lowered in _FALSE else None


def _plain(value: Any) -> Any:
    return None if value is ABSENT else value


def _predicate(kind: str, values: list[str], rule: Mapping[str, Any], fold: bool) -> Callable[[Any], bool]:
    """How a filter compares a record's value with the query's values (raises ValueError on a bad one)."""
    norm: Callable[[Any], str] = (lambda v: str(v).lower()) if fold else str
    if kind in ("eq", "in"):
        wanted = {norm(v) for v in values}
        return lambda value: (
            value is not None
            and (bool({norm(v) for v in value} & wanted) if isinstance(value, list) else norm(value) in wanted)
        )
    if kind == "wildcard":
        # `test*`: anything starting with "test"; without a `*` the whole value must match
        pattern = re.compile(".*".join(re.escape(part) for part in values[0].split("*")), re.IGNORECASE | re.DOTALL)
        return lambda value: value is not None and pattern.fullmatch(str(value)) is not None
    if kind == "contains":
        return lambda value: value is not None and values[0].lower() in str(value).lower()
    if kind == "present":
        present = flag(values[0])
        if present is None:
            raise ValueError("must be true or false")
        return lambda value: (value is not None) == present
    if kind in ("after", "before", "at_or_after", "at_or_before"):
        limit = bound_epoch(values[0], rule.get("format"), rule.get("timezone"))
        per_ms = rule.get("item_format") == "unix_ms"

        def compare(value: Any) -> bool:
            moment = epoch_of(value)
            if moment is None:
                return False
            if per_ms and isinstance(value, int | float):
                moment /= 1000
            return {
                "after": moment > limit,
                "before": moment < limit,
                "at_or_after": moment >= limit,
                "at_or_before": moment <= limit,
            }[kind]

        return compare
    raise SpecError(f"sandbox.yaml: unknown filter op {kind!r}")


def _param_problem(value: str, schema: Mapping[str, Any], resolve: Callable[[Any], dict[str, Any]]) -> str | None:
    kind = schema.get("type")
    if kind == "integer":
        try:
            number: float = int(value)
        except ValueError:
            return "must be an integer"
    elif kind == "number":
        try:
            number = float(value)
        except ValueError:
            return "must be a number"
        if not math.isfinite(number):
            return "must be a finite number"
    elif kind == "boolean":
        return None if flag(value) is not None else "must be true or false"
    else:
        if schema.get("format") == "date-time" and epoch_of(value.replace(" ", "+") if "T" in value else value) is None:
            return "must be an ISO 8601 date-time"
        if "enum" in schema:
            allowed = [str(v) for v in schema["enum"]]
            folded = schema.get("x-scankit-case-insensitive")
            if (value.lower() not in [a.lower() for a in allowed]) if folded else value not in allowed:
                return f"must be one of {', '.join(allowed)}"
        return None
    if "minimum" in schema and number < schema["minimum"]:
        return f"must be at least {schema['minimum']}"
    if "maximum" in schema and number > schema["maximum"]:
        return f"must be at most {schema['maximum']}"
    return None
