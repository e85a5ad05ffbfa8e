"""PackageX: what a new scan reads off the label it was given, and the list's relevance search."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._base import Call

if TYPE_CHECKING:
    from .._engine import VendorApp


def create_scan(app: VendorApp, call: Call, body: dict[str, Any], scan: dict[str, Any], hidden: dict[str, Any]) -> None:
    """The barcode is the tracking number, the weight is written in pounds, contacts only when asked."""
    barcodes = body.get("barcode_values") or []
    if barcodes:
        scan["tracking_number"] = barcodes[0]
    if body.get("weight") is not None:
        scan["weight"] = f"{body['weight']:g} LBS"
    if body.get("dimensions"):
        scan["dimensions"] = {
            k: body["dimensions"][k] for k in ("length", "width", "height") if k in body["dimensions"]
        }
    if not str(body["image_url"]).startswith("http"):  # an uploaded image gets a CDN URL
        scan["image_url"] = f"https://cdn.packagex.io/scans/{scan['id']}.jpg"
    if not (body.get("options") or {}).get("match_contacts"):
        scan["contact_matches"] = None


def search(app: VendorApp, call: Call, term: str, scans: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """PackageX's list search (inferred): the matches, most relevant first, each with `_search`."""
    needle = term.lower()
    found: list[tuple[float, int, dict[str, Any]]] = []
    for index, scan in enumerate(scans):
        names = " ".join(p["name"] for p in (scan.get("recipient"), scan.get("sender")) if p)
        if needle == (scan.get("tracking_number") or "").lower():
            score = 1.0
        elif needle in names.lower() or needle in (scan.get("reference_number") or "").lower():
            score = 0.8
        elif needle in (scan.get("raw_text") or "").lower() or needle in (scan.get("provider_name") or "").lower():
            score = 0.5
        else:
            continue
        found.append((-score, index, {**scan, "_search": {"relevance_score": score}}))
    found.sort(key=lambda entry: (entry[0], entry[1]))
    return [entry[2] for entry in found]
