"""PackageX: 300 OCR'd shipping-label scans, newest first, paged with ``page``/``limit``."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from typing import Any, ClassVar

from starlette.requests import Request
from starlette.responses import Response

from ._base import Call, Invalid, Missing, Route, VendorSandbox, json_response
from ._fake import ADDRESSES, DATA_NOW, PEOPLE, b58, hexid, pick

SCAN_COUNT = 300
ORGANIZATION_ID = "org_4bPkmQ3XhU7aXW1v5TqGgS"
LOCATIONS = ("loc_jZ1fYiQobeWthjbhme3vDX", "loc_8RtWq2ZpLm4NcVbX7yHs3K", "loc_3FgHj5KdS9aQwE2rTyUiOp")
SCAN_TYPES = ("shipping_label", "manifest", "item", "invoice")
LABELS = (
    "food",
    "legal_document",
    "pay_stub",
    "confidential",
    "fragile",
    "oversized",
    "time_sensitive",
    "return_to_sender",
)
CARRIERS: dict[str, tuple[str, ...]] = {
    "UPS": ("Ground", "2nd Day Air", "Next Day Air"),
    "FedEx": ("Ground", "Express Saver", "Priority Overnight"),
    "USPS": ("Priority Mail", "Ground Advantage", "Priority Mail Express"),
    "DHL": ("Express Worldwide", "Express 12:00"),
    "Amazon": ("Standard",),
}
_ERROR_CODES = {
    400: "invalid_request",
    401: "unauthorized",
    404: "not_found",
    405: "method_not_allowed",
    429: "too_many_requests",
    500: "internal_server_error",
    503: "service_unavailable",
}


def _tracking(rng: Any, carrier: str) -> str:
    digits = "0123456789"
    alnum = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
    if carrier == "UPS":
        return "1Z" + "".join(rng.choice(alnum) for _ in range(16))
    if carrier == "FedEx":
        return "".join(rng.choice(digits) for _ in range(12))
    if carrier == "USPS":
        return "9400" + "".join(rng.choice(digits) for _ in range(18))
    if carrier == "DHL":
        return "".join(rng.choice(digits) for _ in range(10))
    return "TBA" + "".join(rng.choice(digits) for _ in range(12))


class PackageXSandbox(VendorSandbox):
    slug = "packagex"
    api_key = "sandbox-packagex-key"
    validation_status = 400
    enum_fields: ClassVar[Mapping[str, str]] = {"type": "postcard"}

    def generate(self) -> None:
        rng = self.rng
        self.scans: list[dict[str, Any]] = []
        when = DATA_NOW - 3600
        for _ in range(SCAN_COUNT):
            self.scans.append(self._scan(when))
            when -= rng.randrange(600, 36_000)
        self._created = 0

    def _address(self, verified: bool) -> dict[str, Any]:
        rng = self.rng
        line1, line2, city, state, code, postal, tz, lat, lon = pick(rng, ADDRESSES)
        textarea = f"{line1}, {city}, {code} {postal}, US"
        formatted = f"{line1}, {line2 + ', ' if line2 else ''}{city}, {code} {postal}, US"
        return {
            "object": "address",
            "id": f"addr_{b58(rng)}" if verified else None,
            "hash": hexid(rng, 32) if verified else None,
            "line1": line1,
            "line2": line2,
            "unit_no": line2.split()[-1] if line2 else None,
            "city": city,
            "state": state,
            "state_code": code,
            "country": "United States" if verified else None,
            "country_code": "US" if verified else None,
            "postal_code": postal,
            "formatted_address": formatted,
            "textarea": textarea,
            "timezone": tz if verified else None,
            "verified": verified,
            "latitude": lat if verified else None,
            "longitude": lon if verified else None,
        }

    def _party(self, people_at: str) -> dict[str, Any]:
        rng = self.rng
        name, handle = pick(rng, PEOPLE)
        return {
            "name": name,
            "email": f"{handle}@{people_at}" if rng.random() < 0.6 else None,
            "phone": "".join(rng.choice("0123456789") for _ in range(10)) if rng.random() < 0.7 else None,
            "address": self._address(verified=rng.random() < 0.7),
        }

    def _scan(self, created_at: int) -> dict[str, Any]:
        rng = self.rng
        scan_id = f"scan_{b58(rng)}"
        kind = "shipping_label" if rng.random() < 0.7 else pick(rng, SCAN_TYPES[1:])
        carrier = pick(rng, tuple(CARRIERS))
        label = kind == "shipping_label"
        recipient = self._party("packagex.io")
        sender = self._party("example.com") if rng.random() < 0.85 else None
        tracking = _tracking(rng, carrier) if label else None
        matched = rng.random() < 0.3
        raw = " ".join(
            part
            for part in (
                carrier.upper() if label else kind.upper(),
                "SHIP TO:",
                recipient["name"].upper(),
                recipient["address"]["line1"].upper(),
                recipient["address"]["city"].upper(),
                recipient["address"]["state_code"],
                recipient["address"]["postal_code"],
                f"TRACKING #: {tracking}" if tracking else "",
            )
            if part
        )
        return {
            "object": "scan",
            "id": scan_id,
            "created_at": created_at,
            "updated_at": created_at + rng.randrange(1, 90),
            "contact_matches": (
                {
                    "senders": [self._contact(sender["name"])] if sender else [],
                    "recipients": [self._contact(recipient["name"])],
                }
                if matched
                else None
            ),
            "dimensions": (
                {
                    "length": rng.randrange(40, 240) / 10,
                    "width": rng.randrange(30, 160) / 10,
                    "height": rng.randrange(10, 120) / 10,
                }
                if rng.random() < 0.5
                else None
            ),
            "extracted_labels": sorted(rng.sample(LABELS, rng.choice((0, 0, 1, 1, 2))), key=LABELS.index),
            "hash": hashlib.md5(scan_id.encode(), usedforsecurity=False).hexdigest(),
            "image_url": f"https://cdn.packagex.io/scans/{scan_id}.jpg",
            "location_id": pick(rng, LOCATIONS) if rng.random() < 0.8 else None,
            "metadata": {"order_id": f"ORD-{rng.randrange(1000, 99999)}"} if rng.random() < 0.5 else {},
            "organization_id": ORGANIZATION_ID,
            "provider_name": carrier if label else None,
            "purchase_order": f"PO-{rng.randrange(20230101, 20251231)}-{rng.randrange(1, 99)}"
            if rng.random() < 0.3
            else None,
            "raw_text": raw,
            "recipient": recipient,
            "sender": sender,
            "reference_number": f"REF-{rng.randrange(10000, 99999)}" if rng.random() < 0.4 else None,
            "rma_number": f"RMA-{rng.randrange(10000, 99999)}" if rng.random() < 0.1 else None,
            "service_level_name": pick(rng, CARRIERS[carrier]) if label else None,
            "tracking_number": tracking,
            "type": kind,
            "weight": f"{rng.randrange(1, 400) / 10} LBS" if rng.random() < 0.6 else None,
        }

    def _contact(self, name: str) -> dict[str, Any]:
        rng = self.rng
        handle = name.lower().replace(" ", ".").replace("'", "")
        return {
            "id": f"cont_{b58(rng)}",
            "name": name,
            "email": f"{handle}@packagex.io",
            "phone": "".join(rng.choice("0123456789") for _ in range(10)),
            "_search": {"relevance_score": rng.randrange(60, 100) / 100},
        }

    # ------------------------------------------------------------------ HTTP

    def declare_routes(self) -> Iterable[Route]:
        return [
            Route("GET", "/v1/scans", "listScans", self.list_scans),
            Route("POST", "/v1/scans", "createScan", self.create_scan),
            Route("GET", "/v1/scans/{scan}", "getScan", self.get_scan),
        ]

    def authenticate(self, request: Request, route: Route) -> bool:
        # The docs say X-API-KEY is accepted too.
        given = request.headers.get("PX-API-KEY") or request.headers.get("X-API-KEY")
        return given == self.api_key

    def error(self, status: int, message: str, *, request: Request, field: str | None = None) -> Response:
        return json_response(
            {
                "status": status,
                "message": message,
                "data": {},
                "errors": [field] if field else [],
                "error_code": _ERROR_CODES.get(status, "error"),
                "pagination": None,
                "events": [],
                "endpoint": _endpoint(request),
            },
            status,
        )

    def unauthorized(self, request: Request) -> Response:
        return self.error(401, "Unauthorized: a valid API key is required in the PX-API-KEY header", request=request)

    async def list_scans(self, call: Call) -> Response:
        page = call.int_param("page", 1, minimum=1)
        limit = call.int_param("limit", 25, minimum=1)
        scans = self.scans
        location = call.query.get("location")
        if location:
            scans = [s for s in scans if s["location_id"] == location]
        search = call.query.get("search")
        if search:
            scans = _search(scans, search)
        start = (page - 1) * limit
        data = scans[start : start + limit]
        return json_response(
            {
                "status": 200,
                "message": "Scans retrieved",
                "data": data,
                "errors": [],
                "error_code": None,
                "pagination": {
                    "page": page,
                    "limit": limit,
                    "has_more": start + limit < len(scans),
                    "total_count": len(scans),
                },
                "events": [],
                "endpoint": _endpoint(call.request),
            }
        )

    async def get_scan(self, call: Call) -> Response:
        scan = next((s for s in self.scans if s["id"] == call.params["scan"]), None)
        if scan is None:
            raise Missing(f"No scan with id {call.params['scan']}")
        return self._envelope(call, scan, "Scan retrieved")

    async def create_scan(self, call: Call) -> Response:
        body = await call.json_object()
        image_url = body.get("image_url")
        if not isinstance(image_url, str) or not image_url:
            raise Invalid("Invalid request: image_url is required", field="image_url")
        kind = body.get("type", "shipping_label")
        if kind not in SCAN_TYPES:
            raise Invalid(f"Invalid request: type must be one of {', '.join(SCAN_TYPES)}", field="type")
        location = body.get("location_id")
        if location is not None and not isinstance(location, str):
            raise Invalid("Invalid request: location_id must be a string or null", field="location_id")
        metadata = body.get("metadata", {})
        if not isinstance(metadata, dict):
            raise Invalid("Invalid request: metadata must be an object", field="metadata")
        barcodes = body.get("barcode_values", [])
        if not isinstance(barcodes, list) or not all(isinstance(b, str) for b in barcodes):
            raise Invalid("Invalid request: barcode_values must be a list of strings", field="barcode_values")
        weight = body.get("weight")
        if weight is not None and (isinstance(weight, bool) or not isinstance(weight, int | float)):
            raise Invalid("Invalid request: weight must be a number", field="weight")
        dimensions = body.get("dimensions")
        if dimensions is not None and (
            not isinstance(dimensions, dict)
            or not all(isinstance(v, int | float) and not isinstance(v, bool) for v in dimensions.values())
        ):
            raise Invalid("Invalid request: dimensions must hold numbers", field="dimensions")
        options = body.get("options") or {}
        if not isinstance(options, dict):
            raise Invalid("Invalid request: options must be an object", field="options")
        self._created += 1
        scan = self._scan(DATA_NOW + 60 * self._created)
        scan.update(
            {
                "image_url": image_url
                if image_url.startswith("http")
                else f"https://cdn.packagex.io/scans/{scan['id']}.jpg",
                "location_id": location,
                "metadata": metadata,
                "type": kind,
                "tracking_number": barcodes[0] if barcodes else scan["tracking_number"],
                "weight": f"{weight:g} LBS" if weight is not None else scan["weight"],
                "dimensions": (
                    {k: dimensions[k] for k in ("length", "width", "height") if k in dimensions}
                    if dimensions
                    else scan["dimensions"]
                ),
                "contact_matches": scan["contact_matches"] if options.get("match_contacts") else None,
            }
        )
        self.scans.insert(0, scan)
        return self._envelope(call, scan, "Scan created")

    def _envelope(self, call: Call, scan: dict[str, Any], message: str) -> Response:
        return json_response(
            {
                "status": 200,
                "message": message,
                "data": scan,
                "errors": [],
                "error_code": None,
                "pagination": None,
                "events": [],
                "endpoint": _endpoint(call.request),
            }
        )


def _endpoint(request: Request) -> str:
    root = request.scope.get("root_path", "")
    path: str = request.scope["path"]
    return path[len(root) :] if root and path.startswith(root) else path


def _search(scans: list[dict[str, Any]], term: str) -> list[dict[str, Any]]:
    """PackageX's list search (inferred): matching scans, most relevant first, each with `_search`."""
    needle = term.lower()
    found: list[tuple[float, int, dict[str, Any]]] = []
    for index, scan in enumerate(scans):
        names = " ".join(p["name"] for p in (scan["recipient"], scan["sender"]) if p)
        if needle == (scan["tracking_number"] or "").lower():
            score = 1.0
        elif needle in names.lower() or needle in (scan["reference_number"] or "").lower():
            score = 0.8
        elif needle in (scan["raw_text"] or "").lower() or needle in (scan["provider_name"] or "").lower():
            score = 0.5
        else:
            continue
        found.append((-score, index, {**scan, "_search": {"relevance_score": score}}))
    found.sort(key=lambda entry: (entry[0], entry[1]))
    return [entry[2] for entry in found]
