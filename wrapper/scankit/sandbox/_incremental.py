"""Incremental reads in the sandbox, from each list's ``x-scankit-incremental`` declaration alone.

A list that declares incremental reads says which field of its items moves (the cursor, with
fallbacks), in which format, and which query parameters filter on it. The sandbox makes that true
of its records, for any spec:

- a record made after the data was built (a create, or a new record asked for below) carries the
  data clock's next instant in the declared cursor and in each declared fallback it carries, so it
  is newer than everything served before it;
- a change to a record (an update, an action, a run moving on: everything that ``touch``-es it)
  moves its cursor — the first declared field that has a time — to the next instant;
- the filter's ``since_param`` / ``until_param`` keep the records whose ``filter.field`` (else the
  cursor) is after / before the bound, written in the declared format and zone; a bound whose
  inclusiveness is undocumented is served exclusive (the stricter reading, which a client must
  cope with); a data file's own filter for the same parameter takes precedence;
- with the filter's fixed ``params`` sent (``sort_by=modification_time_asc``), the list is in the
  declared ``order`` on that field.

And, for tests and demos, new records on demand — "a scan ran at a reader" — through the
control endpoints (:func:`control_routes`)::

    POST /_sandbox/records          {"vendor": "passentry", "operation": "listScans", "count": 3}
    POST /_sandbox/records          {..., "operation": "listCampaignCreatives", "params": {"campaignId": "100"}}
    POST /_sandbox/records/changed  {"vendor": "hostedscan", "operation": "listRisks", "ids": ["..."]}

The first makes ``count`` records the list serves (as the data file makes them, under the list's
path parameters) and answers their ids; the second moves the named records' cursors, as the
vendor's own activity would (a risk found again by a scan).
"""

from __future__ import annotations

import datetime
import json
import zoneinfo
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ._base import json_response
from ._data import ABSENT, Collection, dig, epoch_of, iso, iso_ms, put
from ._model import Operation, Spec, parse_path, snake_case

if TYPE_CHECKING:
    from ._engine import VendorApp

__all__ = [
    "Declared",
    "bound_epoch",
    "control_routes",
    "declarations",
    "keep_in_order",
    "stamp_changed",
    "stamp_new",
]

Path = tuple[str | int, ...]


@attrs.frozen
class Declared:
    """One list's ``x-scankit-incremental``, as the sandbox reads it."""

    operation: str
    collection: str
    times: tuple[Path, ...]  # the cursor, then each fallback
    format: str = "date-time"
    granularity: str = "second"
    order: str | None = None
    filter: Mapping[str, Any] | None = attrs.field(default=None, eq=False)

    @property
    def field(self) -> Path:
        """The field the vendor's filter compares: ``filter.field``, else the cursor."""
        given = (self.filter or {}).get("field")
        return parse_path(given) if given else self.times[0]

    def value(self, epoch: float) -> Any:
        """``epoch`` written as the items carry the cursor."""
        if self.format == "unix_seconds":
            return int(epoch)
        if self.format == "unix_ms":
            return int(epoch * 1000)
        if self.format == "date":
            return iso(epoch)[:10]
        return iso_ms(epoch) if self.granularity == "millisecond" else iso(epoch)

    def epoch(self, value: Any) -> float | None:
        """A time the items carry as unix seconds (None: no time)."""
        if value is None or value is ABSENT:
            return None
        found = epoch_of(value)
        if found is not None and self.format == "unix_ms" and isinstance(value, int | float):
            return found / 1000
        return found

    def filters(self) -> dict[str, dict[str, Any]]:
        """The declared filter parameters as data-file filter rules (``{field, op, format, ...}``)."""
        flt = self.filter
        if not flt:
            return {}
        inclusive = flt.get("inclusive") is True
        common = {
            "field": ".".join(str(s) for s in self.field),
            "format": flt.get("format"),
            "timezone": flt.get("timezone"),
            "item_format": self.format,
        }
        out = {str(flt["since_param"]): {**common, "op": "at_or_after" if inclusive else "after"}}
        if flt.get("until_param"):
            out[str(flt["until_param"])] = {**common, "op": "at_or_before" if inclusive else "before"}
        return out

    def ordered_for(self, query: Mapping[str, str]) -> bool:
        """Whether a request asks for the declared order: it sends every fixed parameter of the filter."""
        params: Mapping[str, Any] = (self.filter or {}).get("params") or {}
        return bool(self.order and params) and all(query.get(k) == str(v) for k, v in params.items())


def declarations(spec: Spec, operations: Sequence[Operation]) -> dict[str, Declared]:
    """Every list of the spec that declares incremental reads, by operationId."""
    out: dict[str, Declared] = {}
    for op in operations:
        block = op.raw.get("x-scankit-incremental")
        if not block or op.kind != "list" or op.collection is None:
            continue
        paths = [block["cursor"], *(block.get("fallback") or [])]
        out[op.id] = Declared(
            operation=op.id,
            collection=op.collection,
            times=tuple(parse_path(p) for p in paths),
            format=str(block.get("format", "date-time")),
            granularity=str(block.get("granularity", "second")),
            order=block.get("order"),
            filter=block.get("filter"),
        )
    return out


def bound_epoch(text: str, fmt: str | None, zone: str | None) -> float:
    """A filter parameter's value as unix seconds: written as ``fmt`` says (a strftime pattern,
    ``date-time``, ``date``, ``unix_seconds``, ``unix_ms``; ISO 8601 when not said), a zoneless
    value in ``zone`` (else UTC). ValueError when it is not such a value."""
    value = text.strip()
    if fmt in ("unix_seconds", "unix_ms"):
        number = float(value)
        return number / 1000 if fmt == "unix_ms" else number
    if fmt and fmt not in ("date-time", "date"):
        moment = datetime.datetime.strptime(value, fmt)
    else:
        if " " in value and "T" in value:  # a `+` the query string turned into a space
            value = value.replace(" ", "+")
        try:
            moment = datetime.datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
        except ValueError:
            raise ValueError("must be an ISO 8601 date-time") from None
    if moment.tzinfo is None:
        named = zone if zone and zone.upper() not in ("UTC", "Z", "GMT") else None
        moment = moment.replace(tzinfo=zoneinfo.ZoneInfo(named) if named else datetime.UTC)
    return moment.timestamp()


# -- stamping records ----------------------------------------------------------------------------


def _has_time(record: Mapping[str, Any], path: Path) -> bool:
    value = dig(record, path)
    return value is not None and value is not ABSENT


def _has_parent(record: Mapping[str, Any], path: Path) -> bool:
    return len(path) == 1 or isinstance(dig(record, path[:-1]), dict)


def stamp_new(declared: Sequence[Declared], record: dict[str, Any], now: float) -> None:
    """A new record: every declared time it carries is ``now`` (the cursor, where it carries none)."""
    for one in declared:
        carried = [p for p in one.times if _has_time(record, p)]
        for path in carried or [p for p in one.times if _has_parent(record, p)][:1]:
            put(record, path, one.value(now))


def keep_in_order(declared: Sequence[Declared], collection: Collection, record: dict[str, Any]) -> None:
    """A list declared in cursor order whatever is asked (no fixed parameters to send) has a record
    whose cursor just moved to the newest instant at its newest end: first when newest first, else last."""
    one = next((d for d in declared if d.order and not (d.filter or {}).get("params")), None)
    if one is None or collection.find(collection.key_of(record)) is not record:
        return
    collection.records.remove(record)
    if one.order == "desc":
        collection.records.insert(0, record)
    else:
        collection.records.append(record)


def stamp_changed(declared: Sequence[Declared], record: dict[str, Any], now: float) -> None:
    """A changed record: its cursor (the first declared time it has) moves to ``now``."""
    for one in declared:
        path = next((p for p in one.times if _has_time(record, p)), None)
        if path is None:
            path = next((p for p in one.times if _has_parent(record, p)), None)
        if path is not None:
            put(record, path, one.value(now))


# -- new records on demand -----------------------------------------------------------------------


class ControlError(ValueError):
    """A control request the sandbox cannot carry out (answered 400 or 404 with the message)."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


def new_records(app: VendorApp, operation: str, count: int, params: Mapping[str, Any]) -> list[dict[str, Any]]:
    """``count`` new records served by the list ``operation`` under its path ``params``, each fresh."""
    op = app.spec.by_id.get(operation)
    if op is None or op.kind != "list" or op.collection is None:
        lists = sorted(o.id for o in app.spec.operations if o.kind == "list" and o.collection)
        raise ControlError(f"{app.slug} has no list {operation!r}; its lists: {', '.join(lists)}")
    given = {name: params.get(name, params.get(snake_case(name))) for name in op.path_params}  # or as clients name it
    missing = [name for name, value in given.items() if value is None]
    if missing:
        raise ControlError(f"{operation} needs its path parameters: {', '.join(missing)}")
    params = given
    collection = app.store[op.collection]
    parent = _parent(app, op, params)
    scope: Mapping[str, str] = app.options_of(op).get("scope") or {}
    made = []
    for _ in range(count):
        now = app.store.tick()
        record, hidden = app.gen.make(collection.name, parent=parent, extra={"now": now})
        app.gen.settle(record)
        for name in op.path_params:  # the list's own records: its parent's key, typed as the record has it
            path = parse_path(scope.get(name) or name)
            if str(dig(record, path)) != str(params[name]):
                put(record, path, parent_key(app, op, parent, params[name]))
        declared = app.declared_for(collection)
        stamp_new(declared, record, now)
        oldest_first = any(d.order == "asc" and not (d.filter or {}).get("params") for d in declared)
        collection.add(record, hidden, first=not oldest_first)
        if app.webhook_hub is not None:
            app.webhook_hub.created(app, collection, record)
        made.append(record)
    return made


def _parent(app: VendorApp, op: Operation, params: Mapping[str, Any]) -> dict[str, Any] | None:
    if not op.path_params:
        return None
    owner = app.store.get(op.target)
    if owner is None:
        return None
    key = str(params[op.path_params[-1]])
    found = owner.find(key)
    if found is None:
        raise ControlError(f"no {owner.name.lower()} {key} for {op.id}", status=404)
    return found


def parent_key(app: VendorApp, op: Operation, parent: Mapping[str, Any] | None, given: Any) -> Any:
    """The parent's key as its record holds it (an integer stays one), else the value given."""
    owner = app.store.get(op.target)
    return dig(parent, owner.key) if parent is not None and owner is not None else given


def changed_records(app: VendorApp, operation: str, ids: Sequence[Any]) -> list[dict[str, Any]]:
    """The list's records with these ids, each touched (its cursor moved to the next instant)."""
    op = app.spec.by_id.get(operation)
    if op is None or op.kind != "list" or op.collection is None:
        raise ControlError(f"{app.slug} has no list {operation!r}")
    collection: Collection = app.store[op.collection]
    found = []
    for key in ids:
        record = collection.find(key)
        if record is None:
            raise ControlError(f"no {collection.name.lower()} {key}", status=404)
        found.append(record)
    for record in found:
        app.touch(collection, record)
    return found


def control_routes(apps: Mapping[str, VendorApp]) -> list[Route]:
    """``POST /_sandbox/records`` (new records) and ``POST /_sandbox/records/changed`` (moved cursors)."""

    async def body_of(request: Request) -> tuple[VendorApp, dict[str, Any]]:
        try:
            body = json.loads(await request.body() or b"{}")
        except ValueError:
            raise ControlError("the body must be JSON") from None
        if not isinstance(body, dict):
            raise ControlError("the body must be a JSON object")
        app = apps.get(str(body.get("vendor", "")).lower())
        if app is None:
            raise ControlError(f"vendor must be one of {', '.join(sorted(apps))}")
        if not isinstance(body.get("operation"), str):
            raise ControlError("operation must be the operationId of a list")
        return app, body

    def answer(app: VendorApp, operation: str, records: Sequence[dict[str, Any]], status: int) -> Response:
        collection = app.store[app.spec.by_id[operation].collection or ""]
        ids = [collection.key_of(r) for r in records]
        return json_response({"vendor": app.slug, "operation": operation, "ids": ids}, status)

    async def create(request: Request) -> Response:
        try:
            app, body = await body_of(request)
            count = body.get("count", 1)
            params = body.get("params") or {}
            if not isinstance(count, int) or isinstance(count, bool) or not 1 <= count <= 1000:
                raise ControlError("count must be a whole number from 1 to 1000")
            if not isinstance(params, dict):
                raise ControlError("params must be an object of the list's path parameters")
            made = new_records(app, body["operation"], count, params)
        except ControlError as exc:
            return json_response({"error": str(exc)}, exc.status)
        return answer(app, body["operation"], made, 201)

    async def change(request: Request) -> Response:
        try:
            app, body = await body_of(request)
            ids = body.get("ids")
            if not isinstance(ids, list) or not ids or not all(isinstance(i, str | int) for i in ids):
                raise ControlError("ids must be a non-empty list of record ids")
            touched = changed_records(app, body["operation"], ids)
        except ControlError as exc:
            return json_response({"error": str(exc)}, exc.status)
        return answer(app, body["operation"], touched, 200)

    return [
        Route("/_sandbox/records", create, methods=["POST"]),
        Route("/_sandbox/records/changed", change, methods=["POST"]),
    ]
