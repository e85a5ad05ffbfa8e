"""Real, signed webhooks from the sandbox to a receiver on this machine.

Register a loopback URL and a secret::

    POST /_sandbox/webhooks  {"vendor": "hostedscan", "url": "http://127.0.0.1:8080/hook", "secret": "s"}

and every scan event of that vendor is POSTed there, signed and shaped as the vendor's spec says
(``x-scankit-webhooks``): HostedScan ``scan.created`` / ``scan.updated``, CloneGuard
``scan_started`` / ``scan_completed`` / ``scan_stopped`` / ``scan_failed``, PassEntry
``passScanned`` for each new scan. A non-2xx answer (CloneGuard: not 200) or a connection failure
is retried as the vendor documents, with the delays shortened (``retry_delay`` seconds, doubling;
default 0.25). Faults for your receiver's tests, per registration: ``"faults": ["bad-signature"]``
(signed with another secret), ``"stale-timestamp"`` or ``"future-timestamp"`` (an hour off).

``POST /_sandbox/webhooks/test {"vendor": ...}`` sends one event now (for PassEntry: a new scan at
a reader, as a tap would make); ``GET /_sandbox/webhooks/deliveries`` lists every attempt
(``?settle=true``: once every delivery in flight has finished, retries included);
``DELETE /_sandbox/webhooks/<id>`` removes a registration. (CloneGuard signs no timestamp, so the
timestamp faults change nothing there.)

The vendors' modules call two hooks, :func:`scan_created` and :func:`state_changed`; everything
else about webhooks lives here.
"""

from __future__ import annotations

import asyncio
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

from .. import webhooks as _signing
from ._base import dumps, json_response
from ._fake import iso

if TYPE_CHECKING:
    from ._base import VendorSandbox

__all__ = ["WEBHOOK_FAULTS", "WebhookHub", "scan_created", "state_changed"]

WEBHOOK_FAULTS = frozenset({"bad-signature", "stale-timestamp", "future-timestamp"})
_LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})
_SKEW = 3600.0  # how far off a stale or future timestamp is
_DEFAULT_ATTEMPTS = 5  # when the vendor documents a window, not a count (HostedScan: 12 hours)
_MAX_DELAY = 5.0

# CloneGuard's GVM statuses -> its webhook events
_CLONEGUARD_EVENTS = {
    "running": "scan_started",
    "done": "scan_completed",
    "stopped": "scan_stopped",
    "internal_error": "scan_failed",
    "failed": "scan_failed",
}


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
        self.sandboxes: dict[str, VendorSandbox] = {}

    # ------------------------------------------------------------------ events

    def emit(self, sandbox: VendorSandbox, event_type: str, build: Callable[[float], dict[str, Any]]) -> None:
        """Deliver one event to every registration of the sandbox's vendor, in the background.

        ``build(timestamp)`` makes the body: PassEntry puts its timestamp in the body, so a stale
        or future one must be built into it.
        """
        targets = [r for r in self.registrations if r.vendor == sandbox.slug]
        if not targets:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # no server loop (e.g. a handler called directly): nothing to deliver on
            return
        delivery_id = str(uuid.uuid4())
        for registration in targets:
            task = loop.create_task(self._deliver(sandbox, registration, event_type, delivery_id, build))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _deliver(
        self,
        sandbox: VendorSandbox,
        reg: Registration,
        event_type: str,
        delivery_id: str,
        build: Callable[[float], dict[str, Any]],
    ) -> None:
        hooks = sandbox.info.webhooks
        assert hooks is not None
        attempts = hooks.retry_attempts or _DEFAULT_ATTEMPTS
        wanted = hooks.retry_success  # "2xx", or one status ("200": CloneGuard's "answer 200")
        async with httpx.AsyncClient(timeout=5.0, trust_env=False, follow_redirects=False) as client:
            for attempt in range(1, attempts + 1):
                stamp = self.clock()
                if "stale-timestamp" in reg.faults:
                    stamp -= _SKEW
                elif "future-timestamp" in reg.faults:
                    stamp += _SKEW
                body = dumps(build(stamp))
                secret = reg.secret + "-wrong" if "bad-signature" in reg.faults else reg.secret
                headers = _signing.sign(
                    sandbox.slug, body, secret, timestamp=stamp, event_type=event_type, delivery_id=delivery_id
                )
                if hooks.user_agent:
                    headers["User-Agent"] = f"{hooks.user_agent}{uuid.uuid4().hex[:12]}"
                record: dict[str, Any] = {
                    "registration": reg.id,
                    "vendor": sandbox.slug,
                    "event": event_type,
                    "delivery_id": delivery_id,
                    "attempt": attempt,
                    "url": reg.url,
                }
                try:
                    response = await client.post(reg.url, content=body, headers=headers)
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
        if sandbox is None or sandbox.info.webhooks is None:
            served = sorted(s for s, v in self.sandboxes.items() if v.info.webhooks is not None)
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
        sandbox = self.sandboxes.get(str(body.get("vendor", "")).lower()) if isinstance(body, dict) else None
        if sandbox is None or sandbox.info.webhooks is None:
            return _bad("vendor must be a vendor with webhooks")
        if sandbox.slug == "passentry":
            scan = _new_passentry_scan(sandbox, self.clock())
            scan_created(sandbox, scan)
            return json_response({"sent": "passScanned", "scan": scan["id"]}, 202)
        scan = sandbox.scans[0]  # type: ignore[attr-defined]
        if sandbox.slug == "hostedscan":
            self.emit(sandbox, "scan.updated", _hostedscan_event("scan.updated", scan))
            return json_response({"sent": "scan.updated", "scan": scan["id"]}, 202)
        event = _CLONEGUARD_EVENTS.get(scan["attributes"]["status"], "scan_completed")
        self.emit(sandbox, event, lambda stamp: {"data": scan})
        return json_response({"sent": event, "scan": scan["id"]}, 202)


# -- the hooks the vendor modules call --------------------------------------------------------------


def scan_created(sandbox: VendorSandbox, scan: Mapping[str, Any]) -> None:
    """A scan was created (HostedScan ``scan.created``; PassEntry ``passScanned``)."""
    hub = sandbox.webhook_hub
    if hub is None:
        return
    if sandbox.slug == "hostedscan":
        hub.emit(sandbox, "scan.created", _hostedscan_event("scan.created", scan))
    elif sandbox.slug == "passentry":
        hub.emit(sandbox, "passScanned", _passentry_event(sandbox, scan))


def state_changed(sandbox: VendorSandbox, scan: Mapping[str, Any], old: str | None, new: str) -> None:
    """A scan's state moved from ``old`` to ``new`` (HostedScan ``scan.updated``; CloneGuard's events)."""
    hub = sandbox.webhook_hub
    if hub is None or old == new:
        return
    if sandbox.slug == "hostedscan":
        hub.emit(sandbox, "scan.updated", _hostedscan_event("scan.updated", scan))
    elif sandbox.slug == "cloneguard" and new in _CLONEGUARD_EVENTS:
        snapshot = json.loads(dumps(scan))
        hub.emit(sandbox, _CLONEGUARD_EVENTS[new], lambda stamp: {"data": snapshot})


# -- bodies ---------------------------------------------------------------------------------------------


def _hostedscan_event(event_type: str, scan: Mapping[str, Any]) -> Callable[[float], dict[str, Any]]:
    snapshot = json.loads(dumps(scan))  # the scan as it is now, not as it is when a retry goes out
    event_id = uuid.uuid4().hex[:24]
    return lambda stamp: {"id": event_id, "created_at": int(stamp), "type": event_type, "data": snapshot}


def _passentry_event(sandbox: VendorSandbox, scan: Mapping[str, Any]) -> Callable[[float], dict[str, Any]]:
    snapshot = json.loads(dumps(scan))
    webhook_id = str(uuid.uuid4())
    rel = snapshot.get("relationships", {})
    included = [snapshot]
    pass_ref = (rel.get("pass") or {}).get("data")
    reader_ref = (rel.get("reader") or {}).get("data")
    passes = getattr(sandbox, "passes", {})
    readers = getattr(sandbox, "readers", {})
    if pass_ref and pass_ref["id"] in passes:
        included.append(passes[pass_ref["id"]])
    if reader_ref and reader_ref["id"] in readers:
        included.append(readers[reader_ref["id"]])
    relationships = {"scan": {"data": {"id": snapshot["id"], "type": "scan"}}}
    if pass_ref:
        relationships["pass"] = {"data": pass_ref}
    if reader_ref:
        relationships["reader"] = {"data": reader_ref}
    return lambda stamp: {
        "data": {
            "id": webhook_id,
            "type": "webhook",
            "attributes": {"timeStamp": iso(stamp), "webhookType": "passScanned"},
            "relationships": relationships,
        },
        "included": included,
    }


def _new_passentry_scan(sandbox: Any, now: float) -> dict[str, Any]:
    """A new scan at a reader, as a tap would make it: first in the list, readable by id."""
    reader_id = next(iter(sandbox.readers))
    pass_id = next(iter(sandbox.passes))
    scan: dict[str, Any] = sandbox._scan(int(now), pass_id, reader_id)
    sandbox.scans.insert(0, scan)
    sandbox.by_id[scan["id"]] = scan
    return scan


def _public(reg: Registration, sandbox: VendorSandbox) -> dict[str, Any]:
    """A registration as the API shows it: never its secret."""
    hooks = sandbox.info.webhooks
    return {
        "id": reg.id,
        "vendor": reg.vendor,
        "url": reg.url,
        "faults": sorted(reg.faults),
        "retry_delay": reg.retry_delay,
        "events": list(hooks.events) if hooks else [],
    }


def _bad(message: str) -> Response:
    return json_response({"error": message}, 400)
