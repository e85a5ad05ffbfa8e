"""Realistic list pages for each vendor, deterministic (seeded), shaped like the seed tests' payloads.

Each vendor's list response is built the way tests/specs/test_<vendor>_seed.py builds it, with
values varied per item (ids, times, enum values, how many nested entries) so no two items are the
same object and the JSON decoder cannot share strings between them.

    body = page_bytes("hostedscan", page=3, size=100, total_items=10_000)

`PageServer` serves such pages to an ``httpx.MockTransport`` (or any handler), speaking each
vendor's pagination dialect, for the memory benchmark.
"""

from __future__ import annotations

import json
import random
import uuid
from collections.abc import Callable
from typing import Any

import httpx

from scankit_codegen.registry import vendors

# The list operation measured for each vendor, and its generated page model.
LIST_MODEL = {
    "packagex": ("scankit_packagex", "ScanList", "scankit_packagex.api.scans.list_scans"),
    "hostedscan": ("scankit_hostedscan", "ScanList", "scankit_hostedscan.api.scans.list_scans"),
    "advalidation": (
        "scankit_advalidation",
        "CreativeList",
        "scankit_advalidation.api.campaigns.list_campaign_creatives",
    ),
    "passentry": ("scankit_passentry", "ScanList", "scankit_passentry.api.scans.list_scans"),
    "cloneguard": ("scankit_cloneguard", "ScanList", "scankit_cloneguard.api.scans.list_scans"),
}

# The specs this bench has synthetic pages for (a new spec is measured once it has a generator here).
VENDORS = tuple(vendor for vendor in vendors() if vendor in LIST_MODEL)

EPOCH = 1_735_689_600  # 2025-01-01T00:00:00Z


def _iso(t: int, ms: bool = False) -> str:
    import datetime

    moment = datetime.datetime.fromtimestamp(t, datetime.UTC)
    if ms:
        return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{(t * 7919) % 1000:03d}Z"
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _hex(rng: random.Random, n: int = 24) -> str:
    return f"{rng.getrandbits(4 * n):0{n}x}"


def _b58(rng: random.Random, n: int = 22) -> str:
    alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    return "".join(rng.choice(alphabet) for _ in range(n))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


CITIES = [
    ("600 B Street", "San Diego", "California", "CA", "92101", "America/Los_Angeles", 32.7174, -117.1628),
    ("500 7th Ave", "New York", "New York", "NY", "10018", "America/New_York", 40.7536, -73.9894),
    ("233 S Wacker Dr", "Chicago", "Illinois", "IL", "60606", "America/Chicago", 41.8789, -87.6359),
    ("1600 Amphitheatre Pkwy", "Mountain View", "California", "CA", "94043", "America/Los_Angeles", 37.422, -122.0841),
]
PEOPLE = [
    ("Odin Oliver", "odin.oliver"),
    ("Jamie Jones", "jamie"),
    ("Priya Natarajan", "priya.n"),
    ("Mateo Alvarez", "mateo"),
]


# --------------------------------------------------------------------------- PackageX


def _px_address(rng: random.Random, verified: bool) -> dict[str, Any]:
    line1, city, state, code, postal, tz, lat, lng = rng.choice(CITIES)
    if not verified:  # the SDK sample's parsed-but-unverified shape, with nulls
        return {
            "object": "address", "id": None, "hash": None, "line1": line1, "line2": "Floor 10", "unit_no": None,
            "city": city, "state": state, "state_code": code, "country": None, "country_code": None,
            "postal_code": postal, "formatted_address": f"{line1}, Floor 10, {city}, {code} {postal}",
            "textarea": f"{line1}, {city}, {code} {postal}", "timezone": None, "verified": False,
            "latitude": None, "longitude": None,
        }  # fmt: skip
    return {
        "object": "address", "id": f"addr_{_b58(rng)}", "hash": _hex(rng, 32), "line1": line1, "line2": "Suite 300",
        "unit_no": "300", "city": city, "state": state, "state_code": code, "country": "United States",
        "country_code": "US", "postal_code": postal, "formatted_address": f"{line1}, Suite 300, {city}, {code} {postal}, US",
        "textarea": f"{line1}, {city}, {code} {postal}, US", "timezone": tz, "verified": True,
        "latitude": lat, "longitude": lng, "coordinates": [lng, lat],
    }  # fmt: skip


def _px_contact(rng: random.Random) -> dict[str, Any]:
    name, user = rng.choice(PEOPLE)
    return {
        "id": f"cont_{_b58(rng)}",
        "name": name,
        "email": f"{user}@packagex.io",
        "phone": f"{rng.randrange(2000000000, 9999999999)}",
        "_search": {"relevance_score": round(rng.random(), 2)},
    }


def packagex_item(rng: random.Random, i: int) -> dict[str, Any]:
    sid = f"scan_{_b58(rng)}"
    created = EPOCH + i * 37
    if i % 10 >= 7:  # the SDK sample's sparse shape: nothing extracted
        return {
            "object": "scan", "id": sid, "created_at": created, "updated_at": created, "contact_matches": None,
            "dimensions": None, "extracted_labels": [], "hash": _hex(rng, 32),
            "image_url": f"https://cdn.packagex.io/scans/{sid}.jpg", "location_id": None, "metadata": {},
            "organization_id": "org_4bPkmQ3XhU7aXW1v5TqGgS", "provider_name": None, "purchase_order": None,
            "raw_text": None, "recipient": None, "sender": None, "reference_number": None, "rma_number": None,
            "service_level_name": None, "tracking_number": None, "type": "manifest", "weight": None,
        }  # fmt: skip
    name, user = rng.choice(PEOPLE)
    return {
        "object": "scan",
        "id": sid,
        "created_at": created,
        "updated_at": created + 60,
        "contact_matches": {"senders": [_px_contact(rng)], "recipients": [_px_contact(rng)]},
        "dimensions": {"length": 12.5, "width": round(rng.uniform(2, 20), 2), "height": 4.75},
        "extracted_labels": rng.choice([["fragile"], ["fragile", "time_sensitive"], []]),
        "hash": _hex(rng, 32),
        "image_url": f"https://cdn.packagex.io/scans/{sid}.jpg",
        "location_id": "loc_jZ1fYiQobeWthjbhme3vDX",
        "metadata": {"order_id": f"ORD-{1000 + i}", "dock": i % 8},
        "organization_id": "org_4bPkmQ3XhU7aXW1v5TqGgS",
        "provider_name": rng.choice(["UPS", "FedEx", "USPS", "DHL"]),
        "purchase_order": f"PO-20250101-{i % 97}",
        "raw_text": f"UPS GROUND SHIP TO: {name.upper()} 600 B STREET SUITE 300 SAN DIEGO CA 92101",
        "recipient": {
            "name": name,
            "email": f"{user}@packagex.io",
            "phone": "6195550142",
            "address": _px_address(rng, True),
        },
        "sender": {"name": "Jamie Jones", "email": None, "phone": "4844836699", "address": _px_address(rng, False)},
        "reference_number": f"REF-{rng.randrange(10000, 99999)}",
        "rma_number": f"RMA-{rng.randrange(10000, 99999)}",
        "service_level_name": rng.choice(["Ground", "2nd Day Air", "Priority"]),
        "tracking_number": f"1Z999AA1{rng.randrange(10**9, 10**10)}",
        "type": rng.choice(["shipping_label", "shipping_label", "invoice", "item"]),
        "weight": f"{rng.randrange(1, 40) / 2} LBS",
        "_search": {"relevance_score": round(rng.random(), 2)},
    }


# --------------------------------------------------------------------------- HostedScan


def hostedscan_item(rng: random.Random, i: int) -> dict[str, Any]:
    targets = [
        (_hex(rng), rng.choice(["example.com", "10.0.0.12", "https://app.example.com/login"]))
        for _ in range(rng.randint(1, 3))
    ]
    resolved = targets[:-1] if len(targets) > 1 else targets
    skipped = targets[-1:] if len(targets) > 1 else []
    return {
        "id": _hex(rng),
        "type": rng.choice(["NMAP", "NMAP_UDP", "OPENVAS", "OWASP_ZAP", "OWASP_ZAP_ACTIVE", "SSLYZE"]),
        "state": rng.choice(["SUCCEEDED", "SUCCEEDED", "SUCCEEDED", "FAILED", "RUNNING", "QUEUED"]),
        "progress": rng.choice([100, 100, 40, 0]),
        "risks": {
            "new_open": [{"risk_id": _hex(rng)} for _ in range(rng.randint(0, 2))],
            "still_open": [{"risk_id": _hex(rng)} for _ in range(rng.randint(0, 3))],
            "closed": [{"risk_id": _hex(rng)} for _ in range(rng.randint(0, 1))],
        },
        "results": [
            {"result_id": _hex(rng), "content_type": ct}
            for ct in ["text/html", "application/pdf", "application/xml", "application/json"][: rng.randint(1, 4)]
        ],
        "requested_targets": [{"target_id": t, "target": name} for t, name in targets],
        "resolved_targets": [{"target_id": t, "resolved_target": "93.184.216.34"} for t, _ in resolved],
        "skipped_targets": [{"target_id": t, "skipped_reason": "Target could not be resolved"} for t, _ in skipped],
    }


# --------------------------------------------------------------------------- Advalidation


def advalidation_item(rng: random.Random, i: int) -> dict[str, Any]:
    created = EPOCH + i * 41
    code = _hex(rng, 8)
    scanned = i % 4 != 3
    child = i % 5 == 4
    item: dict[str, Any] = {
        "id": 200 + i,
        "campaignId": 100 + i // 50,
        "name": rng.choice(["summer-sale-300x250.html", "spot-1920x1080.mp4", "banner-728x90.png"]),
        "createdAt": _iso(created),
        "updatedAt": _iso(created + 29) if scanned else None,
        "parentId": 199 if child else None,
        "sourceType": "vast-child-video" if child else "tag-html5",
        "sourceTypeLabel": "VAST media file" if child else "HTML5 tag",
        "shareURL": f"https://app.advalidation.io/share/creative/{code}",
        "livePreviewURL": f"https://app.advalidation.io/preview/creative/{code}",
        "previewAnimationURL": f"https://app.advalidation.io/preview/creative/{code}.gif" if scanned else None,
        "width": 300,
        "height": 250,
        "userId": 17,
        "nbVariations": None,
        "nbMediaFiles": None,
        "latestScanStatus": None,
    }
    if scanned:
        item["latestScanStatus"] = {
            "id": 48000 + i,
            "createdAt": _iso(created + 5),
            "updatedAt": _iso(created + 29),
            "finishedAt": _iso(created + 29),
            "sequenceType": rng.choice(["initial", "manual", "monitoring"]),
            "nbIssues": rng.randint(0, 5),
            "tests": None,
            "processingStatus": rng.choice(["finished", "finished", "finished", "processing", "queued"]),
            "isInconclusive": False,
            "inconclusiveReason": None,
        }
    return item


# --------------------------------------------------------------------------- PassEntry


def passentry_item(rng: random.Random, i: int, passes: list[str], readers: list[str]) -> dict[str, Any]:
    failed = rng.random() < 0.3
    return {
        "id": _uuid(rng),
        "type": "scan",
        "attributes": {
            "scanType": rng.choice(["barcode", "nfc"]),
            "scanValue": rng.choice(["factory_scan_value", _hex(rng, 14).upper()]),
            "validationType": rng.choice(["internalValidation", "externalValidation"]),
            "status": "failed" if failed else "successful",
            "statusDetail": "Pass is not active" if failed else None,
            "scannedAt": _iso(EPOCH + i * 13),
        },
        "relationships": {
            "pass": {"data": {"id": rng.choice(passes), "type": "pass"}},
            "reader": {"data": {"id": rng.choice(readers), "type": "reader"}},
        },
    }


def _pe_pass(rng: random.Random, pid: str, n: int) -> dict[str, Any]:
    name, _ = rng.choice(PEOPLE)
    barcode = (
        {"enabled": True, "type": "qr", "source": "custom", "value": f"member-{n}", "displayText": f"Member {n}"}
        if n % 2
        else None
    )
    return {
        "id": pid,
        "type": "pass",
        "attributes": {
            "downloadUrl": f"https://www.example.com?pass={pid}",
            "passType": "generic",
            "createdAt": _iso(EPOCH - 86400 * (n % 300)),
            "status": "issued",
            "extId": _hex(rng, 20),
            "passTemplateUuid": "06e14f17a5607abc881a1186",
            "passTemplateName": "Season Ticket 2025",
            "nfc": _hex(rng, 14).upper() if n % 3 else None,
            "barcode": barcode,
            "passContent": {"fullName": name, "seat": f"Block {'ABC'[n % 3]}, Row {n % 30}"},
        },
    }


def _pe_reader(rid: str, n: int) -> dict[str, Any]:
    return {
        "id": rid,
        "type": "reader",
        "attributes": {
            "name": f"Gate {n} Reader",
            "readerType": "PassentryReader" if n % 2 else "VtapReader",
            "loggedIn": bool(n % 2),
            "qrEnabled": False,
            "mifareClassicNfcEnabled": False,
            "scanEnabled": True,
            "redeemEnabled": False,
            "addPointsEnabled": False,
            "ndefTagScanningEnabled": False,
            "lastSeenAt": _iso(EPOCH - 3600 * n),
        },
    }


# --------------------------------------------------------------------------- CloneGuard


def cloneguard_item(rng: random.Random, i: int) -> dict[str, Any]:
    sid = _uuid(rng)
    running = i % 7 == 0
    return {
        "id": sid,
        "type": "scan",
        "attributes": {
            "id": sid,
            "name": rng.choice(["Weekly external PCI scan", "Ad-hoc internal scan", "Nightly DMZ scan"]),
            "comment": rng.choice(["Perimeter hosts", ""]),
            "creation_time": _iso(EPOCH + i * 53),
            "modification_time": _iso(EPOCH + i * 53 + 3600, ms=True),
            "status": "running" if running else "done",
            "schedule_next_time": None if running else _iso(EPOCH + 7 * 86400),
            "target": {"id": _uuid(rng), "name": rng.choice(["DMZ web servers", "Office LAN 192.168.1.0/24"])},
        },
    }


# --------------------------------------------------------------------------- pages


def items(vendor: str, seed: int, start: int, n: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """`n` items (and, for PassEntry, the `included` entries they refer to)."""
    rng = random.Random(f"{vendor}-{seed}")
    if vendor == "passentry":
        passes = [_uuid(rng) for _ in range(max(1, n // 5))]
        readers = [f"gate-{k}" for k in range(4)]
        data = [passentry_item(rng, start + k, passes, readers) for k in range(n)]
        used_p = sorted({d["relationships"]["pass"]["data"]["id"] for d in data})
        used_r = sorted({d["relationships"]["reader"]["data"]["id"] for d in data})
        included = [_pe_pass(rng, p, k) for k, p in enumerate(used_p)]
        included += [_pe_reader(r, k) for k, r in enumerate(used_r)]
        return data, included
    build: Callable[[random.Random, int], dict[str, Any]] = {
        "packagex": packagex_item,
        "hostedscan": hostedscan_item,
        "advalidation": advalidation_item,
        "cloneguard": cloneguard_item,
    }[vendor]
    return [build(rng, start + k) for k in range(n)], []


def envelope(
    vendor: str,
    data: list[Any],
    included: list[Any],
    *,
    page: int,
    size: int,
    total_items: int,
) -> dict[str, Any]:
    """The vendor's list body around `data` for page `page` of a list of `total_items`."""
    total_pages = max(1, -(-total_items // size))
    last = page >= total_pages
    if vendor == "packagex":
        return {
            "status": 200,
            "message": "Scans retrieved",
            "data": data,
            "errors": [],
            "error_code": None,
            "pagination": {"page": page, "limit": size, "has_more": not last, "total_count": total_items},
            "events": [],
            "endpoint": "/v1/scans",
        }
    if vendor == "hostedscan":
        return {"data": data, "next_page_token": None if last else f"c{page + 1}"}
    if vendor == "advalidation":
        return {
            "data": data,
            "meta": {
                "pagination": {"count": len(data), "totalCount": total_items, "page": page, "totalPages": total_pages}
            },
        }
    if vendor == "passentry":
        base = f"https://api.passentry.com/api/v1/scans?perPage={size}&page="
        return {
            "data": data,
            "included": included,
            "meta": {
                "totalScans": total_items,
                "successfulScans": total_items * 7 // 10,
                "failedScans": total_items - total_items * 7 // 10,
                "readersCount": 4,
                "totalCount": total_items,
                "resultsPerPage": size,
                "currentPage": page,
                "totalPages": total_pages,
            },
            "links": {
                "first": base + "1",
                "prev": base + str(page - 1) if page > 1 else None,
                "next": None if last else base + str(page + 1),
                "last": base + str(total_pages),
            },
        }
    if vendor == "cloneguard":
        return {
            "data": data,
            "meta": {"current_page": page, "per_page": size, "total_pages": total_pages, "total_count": total_items},
        }
    raise ValueError(vendor)


def dumps(obj: Any) -> bytes:
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False).encode()


def page_bytes(vendor: str, page: int, size: int = 100, total_items: int = 10_000) -> bytes:
    n = max(0, min(size, total_items - (page - 1) * size))
    data, included = items(vendor, page, (page - 1) * size, n)
    return dumps(envelope(vendor, data, included, page=page, size=size, total_items=total_items))


# The request parameters each vendor's list speaks: (page or cursor param, size param or None).
PARAMS = {
    "packagex": ("page", "limit"),
    "hostedscan": ("page_token", None),
    "advalidation": ("page", None),
    "passentry": ("page", "perPage"),
    "cloneguard": ("page", "per_page"),
}
FIXED_SIZE = {"hostedscan": 100, "advalidation": 100}  # no size parameter: the server's page size


class PageServer:
    """An httpx handler serving `total_items` items of `vendor` in its pagination dialect.

    Items come from a few pre-encoded item sets spliced into a freshly built envelope, so serving
    10,000 pages costs little beside the client under test.
    """

    VARIANTS = 4

    def __init__(self, vendor: str, total_items: int) -> None:
        self.vendor = vendor
        self.total_items = total_items
        self.requests = 0
        self._encoded: dict[tuple[int, int], tuple[bytes, bytes]] = {}

    def _items(self, variant: int, n: int) -> tuple[bytes, bytes]:
        key = (variant, n)
        got = self._encoded.get(key)
        if got is None:
            data, included = items(self.vendor, variant, variant * n, n)
            got = self._encoded[key] = (dumps(data), dumps(included))
        return got

    def body(self, page: int, size: int) -> bytes:
        n = max(0, min(size, self.total_items - (page - 1) * size))
        data, included = self._items(page % self.VARIANTS, n)
        env = envelope(self.vendor, ["@D@"], ["@I@"], page=page, size=size, total_items=self.total_items)
        return dumps(env).replace(b'["@D@"]', data, 1).replace(b'["@I@"]', included, 1)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        page_param, size_param = PARAMS[self.vendor]
        params = request.url.params
        size = int(params[size_param]) if size_param and size_param in params else FIXED_SIZE.get(self.vendor, 100)
        if page_param == "page_token":
            token = params.get("page_token")
            page = int(token[1:]) if token else 1
        else:
            page = int(params.get(page_param, 1))
        return httpx.Response(200, content=self.body(page, size), headers={"content-type": "application/json"})
