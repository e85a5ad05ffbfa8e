"""PassEntry: 1,000 pass scans at a dozen readers, JSON:API style, with the passes and readers included.

10 requests per second per endpoint and method, a sliding window, with the x-rate-limit-* headers on
every answer and ``x-rate-limit-retry-after`` (decimal seconds) on a 429.
"""

from __future__ import annotations

import datetime
import math
import uuid
from collections.abc import Iterable, Mapping
from typing import Any, ClassVar

from starlette.requests import Request
from starlette.responses import Response

from ._base import Call, Invalid, Missing, Route, VendorSandbox, json_response
from ._fake import DATA_NOW, PEOPLE, hexid, iso, pick, uuid4, uuid7
from ._ratelimit import Verdict

SCAN_COUNT = 1000
PASS_COUNT = 300
DEFAULT_PER_PAGE = 100
TEMPLATES = ("Season Ticket 2025", "Pass Template 4 3116", "VIP Access", "Staff Badge", "Loyalty Card")
GROUP_TAGS = ("vip", "staff", "general", "press")
_READERS = (
    ("south-gate-1", "South Gate Reader", "PassentryReader"),
    ("south-gate-2", "South Gate Reader 2", "PassentryReader"),
    ("north-turnstile", "North Turnstile", "VtapReader"),
    ("east-entrance", "East Entrance", "PassentryReader"),
    ("vip-lounge-door", "VIP Lounge Door", "VtapReader"),
    ("CC202952", "Box Office Counter", "VtapReader"),
    ("CC202953", "Merch Stand", "VtapReader"),
    ("staff-entrance", "Staff Entrance", "PassentryReader"),
    ("press-desk", "Press Desk", "PassentryReader"),
    ("west-gate-1", "West Gate Reader", "PassentryReader"),
    ("west-gate-2", "West Gate Reader 2", "PassentryReader"),
    ("parking-barrier", "Parking Barrier", "VtapReader"),
)
_FAILURES = (
    "Pass is not active",
    "Pass not found",
    "Reader is not allowed to scan this pass",
    "Pass already scanned",
    "External validation refused the pass",
)


class PassEntrySandbox(VendorSandbox):
    slug = "passentry"
    api_key = "sandbox-passentry-key"
    validation_status = 400
    enum_fields: ClassVar[Mapping[str, str]] = {
        "status": "pending",
        "scanType": "qr",
        "validationType": "manualValidation",
        "readerType": "MobileReader",
    }

    def generate(self) -> None:
        rng = self.rng
        self.entities = [uuid4(rng), uuid4(rng)]
        self.events = [uuid4(rng) for _ in range(4)]
        self.readers: dict[str, dict[str, Any]] = {}
        self.reader_entity: dict[str, str] = {}
        for index, (reader_id, name, kind) in enumerate(_READERS):
            self.reader_entity[reader_id] = self.entities[0 if index < 8 else 1]
            self.readers[reader_id] = {
                "id": reader_id,
                "type": "reader",
                "attributes": {
                    "name": name,
                    "readerType": kind,
                    "loggedIn": rng.random() < 0.7,
                    "qrEnabled": rng.random() < 0.5,
                    "mifareClassicNfcEnabled": rng.random() < 0.2,
                    "scanEnabled": True,
                    "redeemEnabled": rng.random() < 0.3,
                    "addPointsEnabled": rng.random() < 0.2,
                    "ndefTagScanningEnabled": rng.random() < 0.1,
                    "lastSeenAt": iso(DATA_NOW - rng.randrange(60, 7 * 86_400)),
                },
            }
        self.passes: dict[str, dict[str, Any]] = {}
        self.pass_group: dict[str, str] = {}
        for _ in range(PASS_COUNT):
            record = self._pass()
            self.passes[record["id"]] = record
            self.pass_group[record["id"]] = pick(rng, GROUP_TAGS)
        pass_ids = list(self.passes)
        reader_ids = list(self.readers)
        self.scans: list[dict[str, Any]] = []
        self.hidden: dict[str, dict[str, str | None]] = {}  # scan id -> fields only the filters see
        when = DATA_NOW - 3600
        for _ in range(SCAN_COUNT):
            self.scans.append(
                self._scan(when, pick(rng, pass_ids) if rng.random() > 0.02 else None, pick(rng, reader_ids))
            )
            when -= rng.randrange(60, 3600)
        self.by_id = {scan["id"]: scan for scan in self.scans}

    def _pass(self) -> dict[str, Any]:
        rng = self.rng
        pass_id = uuid4(rng)
        ext = hexid(rng, 20)
        nfc = hexid(rng, 14).upper() if rng.random() < 0.6 else None
        roll = rng.random()
        barcode: dict[str, Any] | None
        if roll < 0.6:
            barcode = {"enabled": True, "type": "qr", "source": "custom", "value": ext, "displayText": ext}
        elif roll < 0.7:
            barcode = {}
        else:
            barcode = None
        name, _ = pick(rng, PEOPLE)
        template = pick(rng, TEMPLATES)
        status = _pass_status(rng.random())
        record: dict[str, Any] = {
            "id": pass_id,
            "type": "pass",
            "attributes": {
                "downloadUrl": f"https://download.passentry.com/download?pass={pass_id}",
                "passType": "eventTicket"
                if template == "Season Ticket 2025"
                else "storeCard"
                if template == "Loyalty Card"
                else "generic",
                "createdAt": iso(DATA_NOW - rng.randrange(30 * 86_400, 400 * 86_400)),
                # the "Show pass" page's four statuses; a pass in a wallet is `active`
                "status": status,
                "extId": ext,
                "passTemplateUuid": _template_uuid(template),
                "passTemplateName": template,
                "nfc": nfc,
                "barcode": barcode,
                "passContent": {"fullName": name, "memberNumber": str(rng.randrange(100000, 999999))},
            },
        }
        if status == "active":  # the wallet it was added to ("Show pass": android | iphone)
            record["attributes"]["deviceType"] = pick(rng, ("android", "iphone"))
        return record

    def _scan(self, when: int, pass_id: str | None, reader_id: str) -> dict[str, Any]:
        rng = self.rng
        record = self.passes[pass_id] if pass_id else None
        attrs = record["attributes"] if record else None
        if attrs is not None and attrs["nfc"] and rng.random() < 0.7:
            scan_type, value = "nfc", attrs["nfc"]
        elif attrs is not None:
            scan_type, value = "barcode", attrs["extId"]
        else:
            scan_type, value = pick(rng, ("nfc", "barcode")), hexid(rng, 14).upper()
        validation = "externalValidation" if record is None or rng.random() < 0.15 else "internalValidation"
        if record is None:
            failed, detail = True, "External validation returned no pass"
        elif attrs is not None and attrs["status"] in {"removed", "deactivated"}:
            failed, detail = True, "Pass is not active"
        elif rng.random() < 0.15:
            failed, detail = True, pick(rng, _FAILURES[1:])
        else:
            failed, detail = False, None
        scan_id = uuid7(rng, when * 1000 + rng.randrange(1000))
        self.hidden[scan_id] = {
            "entity": self.reader_entity[reader_id],
            "eventId": pick(rng, self.events),
            "groupTag": self.pass_group[pass_id] if pass_id else None,
            "passTemplateName": attrs["passTemplateName"] if attrs else None,
            "extId": attrs["extId"] if attrs else None,
        }
        return {
            "id": scan_id,
            "type": "scan",
            "attributes": {
                "scanType": scan_type,
                "scanValue": value,
                "validationType": validation,
                "status": "failed" if failed else "successful",
                "statusDetail": detail,
                "scannedAt": iso(when),
            },
            "relationships": {
                "pass": {"data": {"id": pass_id, "type": "pass"} if pass_id else None},
                "reader": {"data": {"id": reader_id, "type": "reader"}},
            },
        }

    # ------------------------------------------------------------------ HTTP

    def declare_routes(self) -> Iterable[Route]:
        return [
            Route("GET", "/api/v1/scans", "listScans", self.list_scans),
            Route("GET", "/api/v1/scans/{id}", "getScan", self.get_scan),
        ]

    def error(self, status: int, message: str, *, request: Request, field: str | None = None) -> Response:
        # Both documented shapes: `{"errors": [...]}` (the rate-limit page) and `{"error": ...}`
        # (what PassEntry's WooCommerce plugin checks); which status uses which is not documented.
        if status == 404:
            return json_response({"error": message}, status)
        return json_response({"errors": [message]}, status)

    def rate_headers(self, verdict: Verdict, route: Route | None) -> dict[str, str]:
        headers = super().rate_headers(verdict, route)
        headers["x-rate-limit-url"] = route.template if route else "/"
        return headers

    def _included(self, scans: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
        seen: dict[tuple[str, str], dict[str, Any]] = {}
        for scan in scans:
            for name in ("pass", "reader"):
                ref = scan["relationships"][name]["data"]
                if ref is not None and (ref["type"], ref["id"]) not in seen:
                    seen[(ref["type"], ref["id"])] = (
                        self.passes[ref["id"]] if name == "pass" else self.readers[ref["id"]]
                    )
        return list(seen.values())

    async def list_scans(self, call: Call) -> Response:
        page = call.int_param("page", 1, minimum=1)
        per_page = call.int_param("perPage", DEFAULT_PER_PAGE, minimum=1)
        scans = self._filter(call)
        start = (page - 1) * per_page
        data = scans[start : start + per_page]
        total_pages = math.ceil(len(scans) / per_page)
        successful = sum(1 for s in scans if s["attributes"]["status"] == "successful")
        meta = {
            "totalScans": len(scans),
            "successfulScans": successful,
            "failedScans": len(scans) - successful,
            "readersCount": len({s["relationships"]["reader"]["data"]["id"] for s in scans}),
            "totalCount": len(scans),
            "resultsPerPage": per_page,
            "currentPage": page,
            "totalPages": total_pages,
        }
        if total_pages > 1:
            links = {
                "first": call.url(page=1),
                "prev": call.url(page=min(page - 1, total_pages)) if page > 1 else None,
                "next": call.url(page=page + 1) if page < total_pages else None,
                "last": call.url(page=total_pages),
            }
        else:  # one page: every link is null, as in the documented example
            links = {"first": None, "prev": None, "next": None, "last": None}
        return json_response({"data": data, "included": self._included(data), "meta": meta, "links": links})

    def _filter(self, call: Call) -> list[dict[str, Any]]:
        query = call.query
        enums = {
            "validationType": ("internalValidation", "externalValidation"),
            "scanType": ("nfc", "barcode"),
            "status": ("successful", "failed"),
        }
        wanted: dict[str, str] = {}
        for name, allowed in enums.items():
            value = query.get(name)
            if value:
                if value not in allowed:
                    raise Invalid(f"{name} must be one of {', '.join(allowed)}", field=name)
                wanted[name] = value
        after = _instant(query.get("createdAfter"), "createdAfter")
        before = _instant(query.get("createdBefore"), "createdBefore")
        reader = query.get("readerId")
        pass_id = query.get("passId")
        hidden_wanted = {k: query.get(k) for k in ("entity", "eventId", "groupTag", "passTemplateName") if query.get(k)}
        out = []
        for scan in self.scans:
            attrs = scan["attributes"]
            if any(attrs[k] != v for k, v in wanted.items()):
                continue
            hidden = self.hidden[scan["id"]]
            if any(hidden[k] != v for k, v in hidden_wanted.items()):
                continue
            if reader and scan["relationships"]["reader"]["data"]["id"] != reader:
                continue
            if pass_id:
                ref = scan["relationships"]["pass"]["data"]
                if not ref or pass_id not in {ref["id"], hidden["extId"]}:
                    continue
            when = datetime.datetime.fromisoformat(attrs["scannedAt"])
            if (after and when <= after) or (before and when >= before):
                continue
            out.append(scan)
        return out

    async def get_scan(self, call: Call) -> Response:
        scan = self.by_id.get(call.params["id"].lower())
        if scan is None:
            raise Missing("Not Found")
        return json_response({"data": scan, "included": self._included([scan])})


def _pass_status(roll: float) -> str:
    if roll < 0.55:
        return "active"
    if roll < 0.9:
        return "issued"
    return "removed" if roll < 0.96 else "deactivated"


def _instant(value: str | None, name: str) -> datetime.datetime | None:
    if not value:
        return None
    text = value.strip()
    if " " in text and "T" in text:  # a "+01:00" offset whose "+" the query string turned into a space
        text = text.replace(" ", "+")
    try:
        moment = datetime.datetime.fromisoformat(text)
    except ValueError:
        raise Invalid(f"{name} must be an ISO 8601 date-time", field=name) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=datetime.UTC)


def _template_uuid(name: str) -> str:
    return uuid.uuid5(uuid.NAMESPACE_URL, f"https://api.passentry.com/templates/{name}").hex[:24]
