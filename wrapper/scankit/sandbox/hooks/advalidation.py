"""Advalidation: what an uploaded creative is (read off its payload), and the scan it starts at once."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .._base import Call
from .._data import iso

if TYPE_CHECKING:
    from .._engine import VendorApp

_KINDS = (  # the payload's shape -> (sourceType, its label), first match wins
    (re.compile(r"(?i)vast|\.xml(\?|$)"), "tag-vast", "VAST tag"),
    (re.compile(r"(?i)\.(jpe?g|png|gif|webp)(\?|$)"), "image", "Image"),
    (re.compile(r"(?i)\.(mp4|webm|mov)(\?|$)"), "video", "Video"),
    (re.compile(r"^\s*<"), "html-tag", "HTML tag"),
)


def upload_creative(
    app: VendorApp, call: Call, body: dict[str, Any], creative: dict[str, Any], hidden: dict[str, Any]
) -> None:
    """The new creative is named by its payload, typed by its shape (an HTML5 page otherwise), and
    its first scan is queued and runs (``creatives.wait`` sees it finish)."""
    payload = str(body.get("payload") or "")
    kind, label = next(((k, lbl) for pattern, k, lbl in _KINDS if pattern.search(payload)), ("tag-html5", "HTML5 tag"))
    now = iso(app.store.tick())
    creative.update(name=payload, sourceType=kind, sourceTypeLabel=label, createdAt=now, updatedAt=now)
    creative.update(parentId=None, nbVariations=None, nbMediaFiles=None, previewAnimationURL=None)
    scans = app.store["Scan"]
    scan, scan_hidden = app.gen.make("Scan", parent=creative)
    scan.update(createdAt=now, sequenceType="initial", processingStatus="queued", updatedAt=None, finishedAt=None)
    scan.update(nbIssues=None, isInconclusive=None, inconclusiveReason=None)
    scan_hidden["tests"] = None
    scans.add(scan, scan_hidden)
    creative["latestScanStatus"] = scan
    app.runner.start(scans, scan, call.request)
