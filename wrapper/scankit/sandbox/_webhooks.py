"""Real, signed webhooks from the sandbox to a receiver on this machine.

Register a loopback URL and a secret::

    POST /_sandbox/webhooks  {"vendor": "hostedscan", "url": "http://127.0.0.1:8080/hook", "secret": "s"}

and every event of that vendor is POSTed there, signed and shaped as its spec's
``x-scankit-webhooks`` says (header, HMAC, encoding, prefix, timestamp), with the bodies and
triggers its ``sandbox.yaml`` gives (``webhooks:``: the event for a new record, the events for a
changed field, the body template, and ``also:`` the same for other collections; see
docs/sandbox.md). A data file that sends webhooks must give every event the spec declares a
trigger (the app refuses to build otherwise), so each one can happen. A non-2xx answer (or not the one status
the vendor wants) or a connection failure is retried as the vendor documents, with the delays
shortened (``retry_delay`` seconds, doubling; default 0.25). Faults for your receiver's tests, per
registration: ``"faults": ["bad-signature"]`` (signed with another secret), ``"stale-timestamp"``
or ``"future-timestamp"`` (an hour off).

``POST /_sandbox/webhooks/test {"vendor": ...}`` sends one event now (as ``webhooks.test`` says:
the first record's current state, or a new record); ``{"vendor": ..., "event": ...}`` sends that
declared event, about the first record of the collection whose trigger names it; ``GET /_sandbox/webhooks/deliveries`` lists
every attempt (``?settle=true``: once every delivery in flight has finished, retries included);
``DELETE /_sandbox/webhooks/<id>`` removes a registration.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import itertools
import json
import time
import uuid
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import attrs
import httpx
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ._base import dumps, json_response
from ._data import Context, dig, iso
from ._incremental import stamp_new
from ._model import parse_path
from ._specs import SpecError

if TYPE_CHECKING:
    from ._data import Collection
    from ._engine import VendorApp

__all__ = ["WEBHOOK_FAULTS", "WebhookHub", "check_triggers", "sign", "triggers"]

WEBHOOK_FAULTS = frozenset({"bad-signature", "stale-timestamp", "future-timestamp"})
_LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})
_SKEW = 3600.0  # how far off a stale or future timestamp is
_DEFAULT_ATTEMPTS = 5  # when the vendor documents a window, not a count (HostedScan: 12 hours)
_MAX_DELAY = 5.0


class _Stamp:
    """Where the delivery's timestamp goes in a body, filled in per attempt."""

    def __init__(self, unit: str) -> None:
        self.unit = unit


def stamp_text(stamp: float, unit: str | None) -> str:
    if unit == "ms":
        return str(int(stamp * 1000))
    if unit == "iso8601":
        return iso(stamp)
    return str(int(stamp))


def sign(
    block: Mapping[str, Any],
    raw: bytes,
    secret: str,
    *,
    stamp: float,
    event_type: str | None = None,
    delivery_id: str | None = None,
) -> dict[str, str]:
    """The headers a vendor sends with ``raw``, as its ``x-scankit-webhooks`` block says."""
    signature = block["signature"]
    timestamp = block.get("timestamp") or {}
    headers = {"Content-Type": "application/json"}
    text = None
    if timestamp.get("header"):
        text = stamp_text(stamp, timestamp.get("unit"))
        headers[timestamp["header"]] = text
    signed = raw if signature.get("signed", "{body}") == "{body}" else f"{text}.".encode() + raw
    mac = hmac.new(secret.encode(), signed, hashlib.sha256).digest()
    encoding = (signature.get("encodings") or ["hex"])[0]
    encoded = mac.hex() if encoding == "hex" else base64.b64encode(mac).decode()
    headers[signature["header"]] = f"{signature.get('prefix', '')}{encoded}"
    if (block.get("event_type") or {}).get("header") and event_type is not None:
        headers[block["event_type"]["header"]] = event_type
    if (block.get("event_id") or {}).get("header") and delivery_id is not None:
        headers[block["event_id"]["header"]] = delivery_id
    return headers


def _fill(node: Any, stamp: float) -> Any:
    if isinstance(node, _Stamp):  # in a body: seconds and milliseconds are numbers, ISO 8601 text
        return stamp_text(stamp, node.unit) if node.unit == "iso8601" else int(stamp_text(stamp, node.unit))
    if isinstance(node, dict):
        return {k: _fill(v, stamp) for k, v in node.items()}
    if isinstance(node, list):
        return [_fill(v, stamp) for v in node]
    return node


@attrs.frozen
class Registration:
    id: str
    vendor: str
    url: str
    secret: str = attrs.field(repr=False)
    faults: frozenset[str] = frozenset()
    retry_delay: float = 0.25


class WebhookHub:
    """The sandbox's webhook registrations, deliveries and their log (one per app)."""

    def __init__(self, *, clock: Callable[[], float] = time.time) -> None:
        self.clock = clock
        self.registrations: list[Registration] = []
        self.deliveries: list[dict[str, Any]] = []
        self._ids = itertools.count(1)
        self._tasks: set[asyncio.Task[None]] = set()
        self.sandboxes: dict[str, VendorApp] = {}

    # ------------------------------------------------------------------ events

    def created(self, app: VendorApp, collection: Collection, record: Mapping[str, Any]) -> None:
        """A record was created: the vendor's ``created`` event for its collection, if it sends one."""
        for trigger in _triggers_of(app, collection):
            if trigger.get("created"):
                self.emit(app, str(trigger["created"]), record)

    def changed(
        self,
        app: VendorApp,
        collection: Collection,
        record: Mapping[str, Any],
        path: tuple[str | int, ...],
        old: Any,
        new: Any,
    ) -> None:
        """A watched field changed (``changed``): the event for its new value (`*` in the path: any key)."""
        if old == new:
            return
        for trigger in _triggers_of(app, collection):
            watch = trigger.get("changed")
            if not watch or not _matches(parse_path(watch["path"]), path):
                continue
            events = watch.get("events") or {}
            event = events.get(str(new), events.get("*"))
            if event:
                self.emit(app, str(event), record)

    def emit(self, app: VendorApp, event_type: str, record: Mapping[str, Any]) -> None:
        """Deliver one event to every registration of the vendor, in the background."""
        targets = [r for r in self.registrations if r.vendor == app.slug]
        if not targets:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # no server loop (e.g. a handler called directly): nothing to deliver on
            return
        body = self._body(app, event_type, record)
        delivery_id = str(uuid.uuid4())
        for registration in targets:
            task = loop.create_task(self._deliver(app, registration, event_type, delivery_id, body))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    def _body(self, app: VendorApp, event_type: str, record: Mapping[str, Any]) -> Any:
        """The event body, made once (its ids stay the same across retries); timestamps are per attempt."""
        config = app.data.get("webhooks") or {}
        block = app.spec.webhooks or {}
        unit = str((block.get("timestamp") or {}).get("unit") or "s")
        snapshot = json.loads(dumps(record))  # the record as it is now, not as it is when a retry goes out
        values = {
            "record": snapshot,
            "event": event_type,
            "included": [snapshot, *app.included([snapshot])],
            "timestamp": _Stamp(unit),
            "timestamp_s": _Stamp("s"),
            "timestamp_ms": _Stamp("ms"),
            "timestamp_iso": _Stamp("iso8601"),
        }
        template = config.get("body", {"data": "{record}"})
        return app.gen.eval(template, Context(app.gen, values, {}, extra=values))

    async def _deliver(self, app: VendorApp, reg: Registration, event_type: str, delivery_id: str, body: Any) -> None:
        block = app.spec.webhooks or {}
        retry = block.get("retry") or {}
        attempts = int(retry.get("attempts") or _DEFAULT_ATTEMPTS)
        wanted = str(retry.get("success", "2xx"))  # "2xx", or one status ("200": CloneGuard's "answer 200")
        user_agent = block.get("user_agent")
        async with httpx.AsyncClient(timeout=5.0, trust_env=False, follow_redirects=False) as client:
            for attempt in range(1, attempts + 1):
                stamp = self.clock()
                if "stale-timestamp" in reg.faults:
                    stamp -= _SKEW
                elif "future-timestamp" in reg.faults:
                    stamp += _SKEW
                raw = dumps(_fill(body, stamp))
                secret = reg.secret + "-wrong" if "bad-signature" in reg.faults else reg.secret
                headers = sign(block, raw, secret, stamp=stamp, event_type=event_type, delivery_id=delivery_id)
                if user_agent:
                    headers["User-Agent"] = f"{user_agent}{uuid.uuid4().hex[:12]}"
                record: dict[str, Any] = {
                    "registration": reg.id,
                    "vendor": app.slug,
                    "event": event_type,
                    "delivery_id": delivery_id,
                    "attempt": attempt,
                    "url": reg.url,
                }
                try:
                    response = await client.post(reg.url, content=raw, headers=headers)
                    record["status"] = response.status_code
                    status = response.status_code
                    delivered = 200 <= status < 300 if wanted == "2xx" else str(status) == wanted
                except httpx.HTTPError as exc:
                    record["error"] = type(exc).__name__
                    delivered = False
                self.deliveries.append(record)
                if delivered or attempt == attempts:
                    return
                await asyncio.sleep(min(reg.retry_delay * 2 ** (attempt - 1), _MAX_DELAY))

    async def drain(self) -> None:
        """Wait until every delivery in flight has finished (its retries included)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    # ------------------------------------------------------------------ HTTP

    def routes(self) -> list[Route]:
        return [
            Route("/_sandbox/webhooks", self.register, methods=["POST"]),
            Route("/_sandbox/webhooks", self.list_registrations, methods=["GET"]),
            Route("/_sandbox/webhooks/deliveries", self.list_deliveries, methods=["GET"]),
            Route("/_sandbox/webhooks/{id}", self.unregister, methods=["DELETE"]),
            Route("/_sandbox/webhooks/test", self.send_test, methods=["POST"]),
        ]

    async def register(self, request: Request) -> Response:
        try:
            body = json.loads(await request.body())
        except ValueError:
            return _bad("the body must be JSON")
        if not isinstance(body, dict):
            return _bad("the body must be a JSON object")
        vendor = str(body.get("vendor", "")).lower()
        sandbox = self.sandboxes.get(vendor)
        if sandbox is None or sandbox.spec.webhooks is None:
            served = sorted(s for s, v in self.sandboxes.items() if v.spec.webhooks is not None)
            return _bad(f"vendor must be one of {', '.join(served)}")
        url = body.get("url")
        if not isinstance(url, str):
            return _bad("url must be a string")
        parts = urlsplit(url)
        if parts.scheme not in {"http", "https"} or parts.hostname not in _LOOPBACK:
            return _bad("url must be an http(s) URL on this machine (127.0.0.1, localhost or ::1)")
        secret = body.get("secret")
        if not isinstance(secret, str) or not secret:
            return _bad("secret must be a non-empty string")
        faults = body.get("faults") or []
        if not isinstance(faults, list) or not set(faults) <= WEBHOOK_FAULTS:
            return _bad(f"faults must be a list of {', '.join(sorted(WEBHOOK_FAULTS))}")
        delay = body.get("retry_delay", 0.25)
        if not isinstance(delay, int | float) or delay < 0:
            return _bad("retry_delay must be a number of seconds >= 0")
        reg = Registration(f"wh_{next(self._ids)}", vendor, url, secret, frozenset(faults), float(delay))
        self.registrations.append(reg)
        return json_response(_public(reg, sandbox), 201)

    async def unregister(self, request: Request) -> Response:
        found = [r for r in self.registrations if r.id == request.path_params["id"]]
        if not found:
            return json_response({"error": "no such registration"}, 404)
        self.registrations.remove(found[0])
        return Response(status_code=204)

    async def list_registrations(self, request: Request) -> Response:
        return json_response({"data": [_public(r, self.sandboxes[r.vendor]) for r in self.registrations]})

    async def list_deliveries(self, request: Request) -> Response:
        if request.query_params.get("settle") in {"1", "true"}:
            await self.drain()  # every delivery in flight done, retries included: a stable log
        return json_response({"data": self.deliveries})

    async def send_test(self, request: Request) -> Response:
        try:
            body = json.loads(await request.body() or b"{}")
        except ValueError:
            return _bad("the body must be JSON")
        if not isinstance(body, dict):
            return _bad("the body must be a JSON object")
        app = self.sandboxes.get(str(body.get("vendor", "")).lower())
        config = (app.data.get("webhooks") or {}) if app is not None else {}
        if app is None or app.spec.webhooks is None or not config.get("collection"):
            return _bad("vendor must be a vendor with webhooks")
        asked = body.get("event")
        if asked is not None:
            trigger = next((t for t in triggers(app) if asked in _events_of(t)), None)
            if trigger is None:
                declared = ", ".join(str(e) for e in app.spec.webhooks.get("events") or [])
                return _bad(f"event must be one of {app.slug}'s events: {declared}")
            collection = app.store[str(trigger["collection"])]
            if not collection.records:
                return _bad(f"no {collection.name} record to send {asked} about")
            record = collection.records[0]
            event = str(asked)
        else:
            collection = app.store[str(config["collection"])]
            test = config.get("test") or {}
            if test.get("create"):  # a new record, as the vendor's own activity would make it (a tap at a reader)
                record, hidden = app.gen.make(collection.name, extra={"now": self.clock()})
                app.gen.settle(record)
                stamp_new(app.declared_for(collection), record, app.store.tick())  # newer than all: since= finds it
                collection.add(record, hidden, first=True)
                event = str(config.get("created"))
            else:
                record = collection.records[0]
                watch = config.get("changed") or {}
                events = watch.get("events") or {}
                state = dig(record, parse_path(watch.get("path", "")))
                event = str(events.get(str(state), events.get("*", test.get("event"))))
        self.emit(app, event, record)
        return json_response({"sent": event, "scan": str(collection.key_of(record))}, 202)


def triggers(app: VendorApp) -> list[Mapping[str, Any]]:
    """The data file's webhook triggers: ``webhooks`` itself (its collection's) and each of ``also``."""
    config: Mapping[str, Any] = app.data.get("webhooks") or {}
    if app.spec.webhooks is None or not config.get("collection"):
        return []
    return [config, *(config.get("also") or [])]


def check_triggers(app: VendorApp) -> None:
    """Every event the spec declares has a trigger in the data file, so the sandbox can send each one
    (a spec served without a data file's ``webhooks`` sends none: there is no record to send about)."""
    found = triggers(app)
    if not found or app.spec.webhooks is None:
        return
    named = {event for trigger in found for event in _events_of(trigger)}
    missing = [str(e) for e in app.spec.webhooks.get("events") or [] if e not in named]
    if missing:
        raise SpecError(
            f"{app.slug}/sandbox.yaml: no webhooks trigger sends {', '.join(missing)}, which the spec's "
            "x-scankit-webhooks.events declares (add a `created` or `changed` event, or an `also` entry)"
        )


def _events_of(trigger: Mapping[str, Any]) -> set[str]:
    watch = trigger.get("changed") or {}
    found = {str(e) for e in (watch.get("events") or {}).values()}
    if trigger.get("created"):
        found.add(str(trigger["created"]))
    if (trigger.get("test") or {}).get("event"):
        found.add(str(trigger["test"]["event"]))
    return found


def _triggers_of(app: VendorApp, collection: Collection) -> list[Mapping[str, Any]]:
    return [t for t in triggers(app) if t.get("collection") == collection.name]


def _matches(watched: tuple[str | int, ...], path: tuple[str | int, ...]) -> bool:
    """A changed field's path against a watched one, where `*` stands for any one key."""
    return len(watched) == len(path) and all(w in ("*", p) for w, p in zip(watched, path, strict=True))


def _public(reg: Registration, app: VendorApp) -> dict[str, Any]:
    """A registration as the API shows it: never its secret."""
    block = app.spec.webhooks or {}
    return {
        "id": reg.id,
        "vendor": reg.vendor,
        "url": reg.url,
        "faults": sorted(reg.faults),
        "retry_delay": reg.retry_delay,
        "events": list(block.get("events") or []),
    }


def _bad(message: str) -> Response:
    return json_response({"error": message}, 400)
