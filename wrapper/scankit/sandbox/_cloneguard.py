"""Clone Systems' CG Scanning API V2 (CloneGuard): 250 OpenVAS/GVM scans with create, update, start, stop.

Every request needs the ``x-api-key`` header plus a user credential: the access token
(``Authorization: Basic <token>``) or a session token from ``POST /auth/sign_in``
(``Authorization: Bearer <token>``).
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Iterable, Mapping
from typing import Any, ClassVar

from starlette.requests import Request
from starlette.responses import Response

from ._base import Call, Invalid, Missing, Route, VendorSandbox, json_response
from ._fake import DATA_NOW, hexid, iso, pick, uuid4
from ._webhooks import state_changed

SCAN_COUNT = 250
ACCESS_TOKEN = "sandbox-cloneguard-access-token"
USERNAME = "sandbox@cloneguard.test"
PASSWORD = "sandbox-cloneguard-password"
ORGANIZATIONS = ("42", "57", "108")
STATUSES = (
    "delete_requested",
    "done",
    "new",
    "requested",
    "running",
    "stop_requested",
    "stop_waiting",
    "stopped",
    "internal_error",
    "delete_ultimate_requested",
    "stop_requested_giveup",
    "delete_waiting",
    "delete_ultimate_waiting",
    "queued",
)
ACTIVE = frozenset({"requested", "queued", "running"})
SORT_COLUMNS = ("modification_time", "creation_time", "end_time", "run_status", "schedule_next_time", "name")
_TARGETS = (
    "DMZ web servers",
    "Office LAN 192.168.1.0/24",
    "PCI cardholder segment",
    "Branch office Denver",
    "Public website",
    "Payment gateway hosts",
    "VPN concentrators",
    "Mail relays",
    "Customer portal",
    "Datacenter core switches",
    "Guest Wi-Fi 10.20.0.0/16",
    "Warehouse scanners",
)
_KINDS = (
    "Weekly external PCI scan",
    "Quarterly ASV scan",
    "Monthly internal scan",
    "Ad-hoc scan",
    "Nightly discovery",
    "Pre-release check",
)
_CONFIGS = (
    ("daba56c8-73ec-11df-a475-002264764cea", "Full and fast"),
    ("8715c877-47a0-438d-98a3-27c7a6ab2196", "Discovery"),
    ("2d3f051c-55ba-11e3-bf43-406186ea4fc5", "Host Discovery"),
    ("bbca7412-a950-11e3-9109-406186ea4fc5", "System Discovery"),
)
_SCANNER = {"id": "08b69003-5fc2-4037-a479-93b440211c73", "name": "OpenVAS Default"}
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86_400, "M": 30 * 86_400, "y": 365 * 86_400, "q": 91 * 86_400}


class CloneGuardSandbox(VendorSandbox):
    slug = "cloneguard"
    api_key = "sandbox-cloneguard-key"
    validation_status = 422
    enum_fields: ClassVar[Mapping[str, str]] = {"status": "interrupted"}

    def generate(self) -> None:
        rng = self.rng
        self.targets = [{"id": uuid4(rng), "name": name} for name in _TARGETS]
        self.scans: list[dict[str, Any]] = []
        self.hidden: dict[str, dict[str, Any]] = {}
        self.sessions: set[str] = set()
        when = DATA_NOW - 3 * 3600
        for _ in range(SCAN_COUNT):
            self.scans.append(self._scan(when, pick(rng, STATUSES[:9]) if rng.random() < 0.4 else "done"))
            when -= rng.randrange(1800, 10 * 3600)
        self._created = 0

    def _scan(
        self, created: int, status: str, *, name: str | None = None, target: dict[str, str] | None = None
    ) -> dict[str, Any]:
        rng = self.rng
        scan_id = uuid4(rng)
        target = target or pick(rng, self.targets)
        scheduled = rng.random() < 0.4
        modified = created + rng.randrange(60, 6 * 3600) if status != "new" else created
        next_run = DATA_NOW + rng.randrange(3600, 14 * 86_400) if scheduled else None
        config_id, config_name = pick(rng, _CONFIGS)
        finished = status in {"done", "stopped", "internal_error"}
        high, medium, low = rng.randrange(0, 5), rng.randrange(0, 15), rng.randrange(0, 30)
        self.hidden[scan_id] = {
            "organization_id": pick(rng, ORGANIZATIONS),
            "end_time": modified if finished else None,
            "schedule": (
                {
                    "id": uuid4(rng),
                    "name": f"Weekly {pick(rng, ('Sunday', 'Saturday', 'Wednesday'))} 02:00",
                    "timezone": "UTC",
                    "period": "weekly",
                }
                if scheduled
                else None
            ),
            "config": {"id": config_id, "name": config_name},
            "scanner": dict(_SCANNER),
            "last_report": (
                {
                    "id": uuid4(rng),
                    "timestamp": iso(modified),
                    "severity": round(
                        max(high * 7.5, medium * 5.0, low * 2.0, 0.0) / max(1, high + medium + low) + high, 1
                    ),
                    "result_count": {"high": high, "medium": medium, "low": low, "log": rng.randrange(10, 80)},
                }
                if status == "done"
                else None
            ),
        }
        return {
            "id": scan_id,
            "type": "scan",
            "attributes": {
                "id": scan_id,
                "name": name or f"{pick(rng, _KINDS)} - {target['name']}",
                "comment": pick(
                    rng, ("", "Perimeter hosts", "Requested by compliance", "After firewall change", "Baseline")
                ),
                "creation_time": iso(created),
                "modification_time": iso(modified),
                "status": status,
                "schedule_next_time": iso(next_run) if next_run else None,
                "target": dict(target),
            },
        }

    # ------------------------------------------------------------------ HTTP

    def declare_routes(self) -> Iterable[Route]:
        return [
            Route("POST", "/auth/sign_in", "signIn", self.sign_in),
            Route("GET", "/v2/scans", "listScans", self.list_scans),
            Route("POST", "/v2/scans", "createScan", self.create_scan),
            Route("DELETE", "/v2/scans", "deleteScans", self.delete_scans),
            Route("GET", "/v2/scans/upcoming", "listUpcomingScans", self.list_upcoming),
            Route("GET", "/v2/scans/recent", "listRecentScans", self.list_recent),
            Route("GET", "/v2/scans/running", "listRunningScans", self.list_running),
            Route("GET", "/v2/scans/{id}", "getScan", self.get_scan),
            Route("PUT", "/v2/scans/{id}", "updateScan", self.update_scan),
            Route("DELETE", "/v2/scans/{id}", "deleteScan", self.delete_scan),
            Route("POST", "/v2/scans/{id}/start", "startScan", self.start_scan),
            Route("POST", "/v2/scans/{id}/stop", "stopScan", self.stop_scan),
        ]

    def authenticate(self, request: Request, route: Route) -> bool:
        if request.headers.get("x-api-key") != self.api_key:
            return False
        if route.operation_id == "signIn":
            return True
        credential = request.headers.get("authorization", "")
        scheme, _, token = credential.partition(" ")
        if scheme == "Basic":
            return token == ACCESS_TOKEN
        return scheme == "Bearer" and token in self.sessions

    def error(self, status: int, message: str, *, request: Request, field: str | None = None) -> Response:
        # v1's error shape (Clone Systems' WordPress plugin reads `status_text`); v2's is undocumented
        return json_response({"status": status, "status_text": message, "errors": [message]}, status)

    def unauthorized(self, request: Request) -> Response:
        message = "Invalid API key or user credential"
        return json_response({"status": 401, "status_text": message, "errors": [message]}, 401)

    async def sign_in(self, call: Call) -> Response:
        body = await call.json_object()
        if body.get("username") != USERNAME or body.get("password") != PASSWORD:
            message = "Invalid username or password"
            return json_response({"status": 401, "status_text": message, "errors": [message]}, 401)
        token = f"sandbox-cloneguard-session-{hexid(self.rng, 32)}"
        self.sessions.add(token)
        return json_response({"token": token})

    # --- lists

    def _page(self, call: Call, scans: list[dict[str, Any]], *, extended: bool = False) -> Response:
        page = _lenient_int(call, "page", 1, 1)
        per_page = min(_lenient_int(call, "per_page", 10, 1), 100)
        start = (page - 1) * per_page
        data = [self._shown(s, extended) for s in scans[start : start + per_page]]
        meta = {
            "current_page": page,
            "per_page": per_page,
            "total_pages": math.ceil(len(scans) / per_page),
            "total_count": len(scans),
        }
        return json_response({"data": data, "meta": meta})

    def _shown(self, scan: dict[str, Any], extended: bool) -> dict[str, Any]:
        if not extended:
            return scan
        hidden = self.hidden[scan["id"]]
        extra = {k: hidden[k] for k in ("schedule", "config", "scanner", "last_report")}
        return {**scan, "attributes": {**scan["attributes"], **extra}}

    async def list_scans(self, call: Call) -> Response:
        self._tick()
        query = call.query
        scans = list(self.scans)
        for key, value in query.multi_items():
            column = re.fullmatch(r"q\[(\w+)\]", key)
            if column and value and column.group(1) in {"name", "uuid", "organization_id"}:
                pattern = _wildcard(value)
                scans = [s for s in scans if pattern.fullmatch(self._column(s, column.group(1)))]
        statuses = {v.lower() for v in query.getlist("status[]") if v}
        if statuses:
            scans = [s for s in scans if s["attributes"]["status"] in statuses]
        scheduled = _lenient_bool(call, "scheduled")
        if scheduled is not None:
            scans = [s for s in scans if (s["attributes"]["schedule_next_time"] is not None) == scheduled]
        low, high = _date_range(call)
        if low is not None or high is not None:
            scans = [s for s in scans if _within(s["attributes"]["creation_time"], low, high)]
        sort_by = query.get("sort_by") or "creation_time_desc"
        sort_column, _, direction = sort_by.rpartition("_")
        if sort_column in SORT_COLUMNS and direction in {"asc", "desc"}:
            scans = self._sorted(scans, sort_column, descending=direction == "desc")
        return self._page(call, scans, extended=_lenient_bool(call, "extended") or False)

    def _column(self, scan: dict[str, Any], column: str) -> str:
        if column == "uuid":
            return str(scan["id"])
        if column == "organization_id":
            return str(self.hidden[scan["id"]]["organization_id"])
        return str(scan["attributes"]["name"])

    def _sorted(self, scans: list[dict[str, Any]], column: str, *, descending: bool) -> list[dict[str, Any]]:
        def value(scan: dict[str, Any]) -> Any:
            if column == "end_time":
                return self.hidden[scan["id"]]["end_time"]
            if column == "run_status":
                return scan["attributes"]["status"]
            if column == "name":
                return scan["attributes"]["name"].lower()
            return scan["attributes"][column]

        present = [s for s in scans if value(s) is not None]
        missing = [s for s in scans if value(s) is None]
        return sorted(present, key=value, reverse=descending) + missing

    async def list_upcoming(self, call: Call) -> Response:
        self._tick()
        scans = [s for s in self.scans if s["attributes"]["schedule_next_time"] is not None]
        return self._page(call, self._sorted(scans, "schedule_next_time", descending=False))

    async def list_recent(self, call: Call) -> Response:
        self._tick()
        scans = [s for s in self.scans if s["attributes"]["status"] == "done"]
        return self._page(call, self._sorted(scans, "modification_time", descending=True))

    async def list_running(self, call: Call) -> Response:
        self._tick()
        return self._page(call, [s for s in self.scans if s["attributes"]["status"] in ACTIVE])

    # --- one scan

    def _find(self, call: Call) -> dict[str, Any]:
        scan_id = call.params["id"].lower()
        scan = next((s for s in self.scans if s["id"] == scan_id), None)
        if scan is None:
            raise Missing("Scan not found")
        return scan

    def _touch(self, scan: dict[str, Any], **changes: Any) -> None:
        self._created += 1
        before = scan["attributes"].get("status")
        scan["attributes"].update(changes, modification_time=iso(DATA_NOW + 60 * self._created))
        if "status" in changes:
            state_changed(self, scan, before, changes["status"])

    async def get_scan(self, call: Call) -> Response:
        scan = self._find(call)
        # A stopped scan is stopped when it is read again, as GVM would have done in the meantime.
        if scan["attributes"]["status"] == "stop_requested":
            self._touch(scan, status="stopped")
            self.hidden[scan["id"]]["end_time"] = scan["attributes"]["modification_time"]
        self._advance(scan, read=True)
        return json_response({"data": scan})

    def _tick(self) -> None:
        """Lists show started scans moving on in time too (without counting as reads)."""
        for scan in [s for s in self.scans if s["id"] in self._live]:
            self._advance(scan, read=False)

    def _advance(self, scan: dict[str, Any], *, read: bool) -> None:
        """A started scan moves on with time and with reads: requested, running, then its end.

        How soon and how it ends is ``Runs`` (``_runs.py``): done with a report, internal_error,
        never, or ``paused`` (a status no GVM list has).
        """
        done = self.run_progress(scan["id"], read=read)
        if done is None or done <= 0:
            return
        if done < 1:
            if scan["attributes"]["status"] != "running":
                self._touch(scan, status="running")
            return
        status = {"success": "done", "failure": "internal_error"}.get(self.run_outcome(scan["id"]), "paused")
        self.run_ended(scan["id"])
        self._touch(scan, status=status)
        hidden = self.hidden[scan["id"]]
        hidden["end_time"] = scan["attributes"]["modification_time"]
        if status == "done":
            hidden["last_report"] = {
                "id": uuid4(self.rng),
                "timestamp": scan["attributes"]["modification_time"],
                "severity": 5.0,
                "result_count": {"high": 0, "medium": 2, "low": 5, "log": 31},
            }

    def _writable(self, body: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key in ("name", "comment", "target_id", "schedule_id", "config_id", "scanner_id"):
            if key in body:
                value = body[key]
                if not isinstance(value, str):
                    raise Invalid(f"{key} must be a string", field=key)
                out[key] = value
        if "notification_ids" in body:  # v1's scans[notification_ids]
            ids = body["notification_ids"]
            if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
                raise Invalid("notification_ids must be a list of strings", field="notification_ids")
            out["notification_ids"] = ids
        if "name" in out and not out["name"].strip():
            raise Invalid("Name can't be blank", field="name")
        if "target_id" in out and self._target(out["target_id"]) is None:
            raise Invalid("Target not found", field="target_id")
        return out

    def _target(self, target_id: str) -> dict[str, str] | None:
        return next((t for t in self.targets if t["id"] == target_id.lower()), None)

    async def create_scan(self, call: Call) -> Response:
        fields = self._writable(await call.json_object())
        if "name" not in fields:
            raise Invalid("Name can't be blank", field="name")
        if "target_id" not in fields:
            raise Invalid("Target can't be blank", field="target_id")
        self._created += 1
        target = self._target(fields["target_id"])
        scan = self._scan(DATA_NOW + 60 * self._created, "new", name=fields["name"], target=target)
        scan["attributes"]["comment"] = fields.get("comment", "")
        scan["attributes"]["schedule_next_time"] = None
        hidden = self.hidden[scan["id"]]
        hidden.update(schedule=None, last_report=None)
        config = next((c for c in _CONFIGS if c[0] == fields.get("config_id")), _CONFIGS[0])
        hidden["config"] = {"id": config[0], "name": config[1]}
        self.scans.insert(0, scan)
        return json_response({"data": scan}, 201)

    async def update_scan(self, call: Call) -> Response:
        scan = self._find(call)
        fields = self._writable(await call.json_object())
        changes: dict[str, Any] = {k: fields[k] for k in ("name", "comment") if k in fields}
        if "target_id" in fields:
            target = self._target(fields["target_id"])
            assert target is not None  # checked by _writable
            changes["target"] = dict(target)
        self._touch(scan, **changes)
        return json_response({"data": scan})

    async def delete_scan(self, call: Call) -> Response:
        scan = self._find(call)
        self.scans.remove(scan)
        return json_response({"data": scan, "message": "Scan deleted"})

    async def delete_scans(self, call: Call) -> Response:
        body = await call.json_object()
        ids = body.get("ids")
        if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
            raise Invalid("ids must be a list of scan ids", field="ids")
        wanted = {i.lower() for i in ids}
        before = len(self.scans)
        self.scans = [s for s in self.scans if s["id"] not in wanted]
        return json_response({"message": f"{before - len(self.scans)} scans deleted"})

    async def start_scan(self, call: Call) -> Response:
        scan = self._find(call)
        if scan["attributes"]["status"] in ACTIVE:
            raise Invalid("Scan is already running")
        self._touch(scan, status="requested")
        self.run_started(scan["id"], call.request)
        return json_response({"data": scan, "message": "Scan started"})

    async def stop_scan(self, call: Call) -> Response:
        scan = self._find(call)
        if scan["attributes"]["status"] not in ACTIVE:
            raise Invalid("Scan is not running")
        self._touch(scan, status="stop_requested")
        self.run_ended(scan["id"])
        return json_response({"data": scan, "message": "Scan stop requested"})


def _lenient_int(call: Call, name: str, default: int, minimum: int) -> int:
    # List scans documents no 4xx but 401, so a bad number falls back to the default.
    try:
        return max(int(call.query.get(name, default)), minimum)
    except ValueError:
        return default


def _lenient_bool(call: Call, name: str) -> bool | None:
    value = (call.query.get(name) or "").lower()
    return True if value in {"true", "1"} else False if value in {"false", "0"} else None


def _wildcard(value: str) -> re.Pattern[str]:
    """``test*`` -> anything starting with "test"; without a ``*`` the whole value must match."""
    return re.compile(".*".join(re.escape(part) for part in value.split("*")), re.IGNORECASE | re.DOTALL)


def _date_range(call: Call) -> tuple[float | None, float | None]:
    low = _timestamp(call.query.get("date_range_start"))
    high = _timestamp(call.query.get("date_range_end"))
    relative = call.query.get("relative_date_range")
    found = re.fullmatch(r"(\d+)([smhdMyq])(\d{4})?", relative or "")
    if found:
        count, unit, year = int(found.group(1)), found.group(2), found.group(3)
        if unit == "q" and year and 1 <= count <= 4:
            start = datetime.datetime(int(year), 3 * count - 2, 1, tzinfo=datetime.UTC)
            end = datetime.datetime(
                int(year) + (count == 4), 1 if count == 4 else 3 * count + 1, 1, tzinfo=datetime.UTC
            )
            low, high = start.timestamp(), end.timestamp() - 1
        elif not year:
            # Relative to the sandbox's "now" (DATA_NOW), not the wall clock: answers stay reproducible.
            low = float(DATA_NOW - count * _UNITS[unit])
    return low, high


def _timestamp(value: str | None) -> float | None:
    if not value:
        return None
    try:
        moment = datetime.datetime.strptime(value.strip(), "%Y-%m-%d %H:%M:%S")
    except ValueError:
        return None  # List scans documents no 4xx but 401: an unreadable date is ignored
    return moment.replace(tzinfo=datetime.UTC).timestamp()


def _within(text: str, low: float | None, high: float | None) -> bool:
    moment = datetime.datetime.fromisoformat(text).timestamp()
    return (low is None or moment >= low) and (high is None or moment <= high)
