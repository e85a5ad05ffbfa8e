"""CloneGuard: a scan's target and config by id, its ``relative_date_range`` filter, and report files
generated on request (one state per file type, which no waiter or run can state)."""

from __future__ import annotations

import datetime
import re
from typing import TYPE_CHECKING, Any

from .._base import Call, Invalid
from .._data import epoch_of
from .._runs import Run, progress_of

if TYPE_CHECKING:
    from .._engine import VendorApp

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86_400, "M": 30 * 86_400, "y": 365 * 86_400, "q": 91 * 86_400}


def _target(app: VendorApp, target_id: str) -> dict[str, Any]:
    found = next((t for t in app.gen.pools["targets"] if t["id"] == target_id.lower()), None)
    if found is None:
        raise Invalid("Target not found", field="target_id")
    return dict(found)


def _name(body: dict[str, Any], *, required: bool) -> None:
    if ("name" in body or required) and not str(body.get("name") or "").strip():
        raise Invalid("Name can't be blank", field="name")


def create_scan(app: VendorApp, call: Call, body: dict[str, Any], scan: dict[str, Any], hidden: dict[str, Any]) -> None:
    """A new scan (a GVM task) needs a name and a target; its config is the one named, or Full and fast."""
    _name(body, required=True)
    if not body.get("target_id"):
        raise Invalid("Target can't be blank", field="target_id")
    scan["attributes"]["target"] = _target(app, body["target_id"])
    configs = app.gen.pools["configs"]
    hidden["config"] = dict(next((c for c in configs if c["id"] == body.get("config_id")), configs[0]))


def update_scan(app: VendorApp, call: Call, body: dict[str, Any], scan: dict[str, Any], hidden: dict[str, Any]) -> None:
    _name(body, required=False)
    for key in ("name", "comment"):
        if key in body:
            scan["attributes"][key] = body[key]
    if "target_id" in body:
        scan["attributes"]["target"] = _target(app, body["target_id"])


def relative_date_range(app: VendorApp, call: Call, value: str, scans: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``10d``: created in the last 10 days (of the sandbox's "now"); ``1q2020``: in 2020's first quarter.
    Anything else is ignored, as the list (which documents no 4xx) ignores it."""
    found = re.fullmatch(r"(\d+)([smhdMyq])(\d{4})?", value)
    if found is None:
        return scans
    count, unit, year = int(found.group(1)), found.group(2), found.group(3)
    if unit == "q" and year and 1 <= count <= 4:
        start = datetime.datetime(int(year), 3 * count - 2, 1, tzinfo=datetime.UTC)
        end = datetime.datetime(int(year) + (count == 4), 1 if count == 4 else 3 * count + 1, 1, tzinfo=datetime.UTC)
        low, high = start.timestamp(), end.timestamp() - 1
    elif not year:
        low, high = app.store.now - count * _UNITS[unit], float("inf")
    else:
        return scans
    return [s for s in scans if low <= (epoch_of(s["attributes"]["creation_time"]) or 0.0) <= high]


_EXCEL = "application/vnd.ms-excel"  # v1 serves the remediation report as a workbook, the others as PDFs


def generate_report_file(
    app: VendorApp, call: Call, body: dict[str, Any], report: dict[str, Any], hidden: dict[str, Any]
) -> None:
    """``reports.generate(id, type_=...)``: that file starts generating (a file already done stays so)."""
    kind = str(call.query.get("type"))
    files = report["attributes"].setdefault("files", {})
    if (files.get(kind) or {}).get("status") != "done":
        files[kind] = {"status": "generating"}
        hidden.setdefault("generating", {})[kind] = Run(app.clock())


def report_read(app: VendorApp, call: Call, report: dict[str, Any], hidden: dict[str, Any]) -> None:
    """A read of a report moves its files' generation on, as a scan's run moves on (in time or reads):
    ``generating``, then ``done``."""
    generating: dict[str, Run] = hidden.get("generating") or {}
    for kind, run in list(generating.items()):
        run.polls += 1
        if progress_of(app.runs, run, app.clock(), 2) >= 1:
            report["attributes"]["files"][kind] = {"status": "done"}
            del generating[kind]
            collection = app.store.owner(report)
            if collection is not None:  # a watched change: the data file's `report_generated` webhook
                app.changed(collection, report, ("attributes", "files", kind, "status"), "generating", "done")


def report_file(app: VendorApp, call: Call, report: dict[str, Any], hidden: dict[str, Any]) -> str | None:
    """The media type of the report's file of ``type``; None (a 404) until it is generated."""
    kind = str(call.query.get("type"))
    if ((report["attributes"].get("files") or {}).get(kind) or {}).get("status") != "done":
        return None
    return _EXCEL if kind == "remediation" else "application/pdf"
