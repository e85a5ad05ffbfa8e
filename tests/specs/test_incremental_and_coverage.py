"""The spec-side facts of incremental reads (`x-scankit-incremental`) and of coverage
(`x-scankit-coverage`), checked against the vendors' documented values and payloads.

What a later `list(since=...)` / `sync --state` will rely on: the cursor and its fallbacks find a
time in the documented payloads, the vendor's filter parameters take the documented formats, and
the coverage table lists every operation the docs name.
"""

from __future__ import annotations

import copy
import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_python_client.strings import PythonIdentifier

from scankit_cloneguard.api.scans import list_scans as cloneguard_list_scans
from scankit_cloneguard.models import ScanSortBy
from scankit_codegen import docs, lint_specs
from scankit_codegen.extensions import load_vendor
from scankit_codegen.registry import vendors
from scankit_passentry.api.scans import list_scans as passentry_list_scans

ROOT = Path(__file__).resolve().parents[2]
VENDORS = vendors()


def spec(vendor: str) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((ROOT / "specs" / vendor / "openapi.yaml").read_text())
    return loaded


def operation(loaded: dict[str, Any], operation_id: str) -> dict[str, Any]:
    return next(
        op
        for item in loaded["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and op.get("operationId") == operation_id
    )


def incremental(vendor: str, operation_id: str) -> dict[str, Any]:
    block: dict[str, Any] = operation(spec(vendor), operation_id)["x-scankit-incremental"]
    return block


def dig(item: Any, dotted: str) -> Any:
    for key in dotted.split("."):
        item = item.get(key) if isinstance(item, dict) else None
    return item


def cursor_value(item: dict[str, Any], block: dict[str, Any]) -> Any:
    """The item's cursor: the first of `cursor`, then `fallback`, that is not null or absent."""
    for dotted in [block["cursor"], *block.get("fallback", [])]:
        value = dig(item, dotted)
        if value is not None:
            return value
    return None


DECLARED = [
    ("cloneguard", "listScans"),
    ("passentry", "listScans"),
    ("packagex", "listScans"),
    ("hostedscan", "listRisks"),
    ("advalidation", "listCampaignCreatives"),
]


# every list that declares x-scankit-incremental, in every spec
BLOCKS = sorted(
    (vendor, op["operationId"])
    for vendor in VENDORS
    for item in spec(vendor)["paths"].values()
    for op in item.values()
    if isinstance(op, dict) and "x-scankit-incremental" in op
)


def test_the_declared_lists_are_these() -> None:
    """The named vendors' incremental lists (another spec may declare its own)."""
    named = {vendor for vendor, _ in DECLARED}
    assert [block for block in BLOCKS if block[0] in named] == sorted(DECLARED)


@pytest.mark.parametrize(("vendor", "operation_id"), BLOCKS)
def test_each_block_passes_the_lint(vendor: str, operation_id: str) -> None:
    assert lint_specs.incremental_problems(spec(vendor)) == []
    assert load_vendor(vendor).operation(operation_id).incremental is not None


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda b: b.update(cursor="attributes.nope"), "/cursor: 'attributes.nope' is not a property"),
        (lambda b: b["filter"].update(since_param="since"), "'since' is not a query parameter"),
        (lambda b: b["filter"]["params"].update(sort_by="newest"), "'newest' is not a value of sort_by"),
        (lambda b: b.update(client_side=True), "give either filter"),
        (lambda b: b.update(granularity="hour"), "/granularity: must be one of"),
        (lambda b: b.update(lookback_seconds=-1), "/lookback_seconds: must be an integer >= 0"),
        (lambda b: b.update(inferred=["filter.nope"]), "/inferred: names 'filter.nope'"),
        (lambda b: b.update(since="yesterday"), "/since: unknown key"),
    ],
)
def test_the_lint_refuses_a_broken_block(change: Any, problem: str) -> None:
    loaded = copy.deepcopy(spec("cloneguard"))
    change(operation(loaded, "listScans")["x-scankit-incremental"])
    problems = lint_specs.incremental_problems(loaded)
    assert any(problem in p for p in problems), problems
    assert all(p.startswith("#/paths/~1v2~1scans/get/x-scankit-incremental") for p in problems)


def test_the_lint_refuses_a_block_on_a_single_resource() -> None:
    loaded = copy.deepcopy(spec("cloneguard"))
    operation(loaded, "getScan")["x-scankit-incremental"] = incremental("cloneguard", "listScans")
    assert "belongs on a list operation" in " ".join(lint_specs.incremental_problems(loaded))


def test_cloneguard_filter_writes_the_documented_date_format() -> None:
    """seed 004: `date_range_start` is `YYYY-MM-DD hh:mm:ss`, `sort_by` is `<column>_asc`."""
    block = incremental("cloneguard", "listScans")
    watermark = datetime.datetime(2024, 11, 1, 0, 0, 0, tzinfo=datetime.UTC)
    since = watermark.strftime(block["filter"]["format"])
    assert since == "2024-11-01 00:00:00"
    sort_by = ScanSortBy(block["filter"]["params"]["sort_by"])
    assert sort_by is ScanSortBy.MODIFICATION_TIME_ASC
    params = cloneguard_list_scans._get_kwargs(**{block["filter"]["since_param"]: since, "sort_by": sort_by})["params"]
    assert params["date_range_start"] == "2024-11-01 00:00:00"
    assert params["sort_by"] == "modification_time_asc"
    # the sort the filter asks for is the order the block promises
    assert block["order"] == "asc" and sort_by.value == f"{block['cursor'].rsplit('.', 1)[-1]}_asc"


def test_passentry_filter_takes_an_iso_datetime() -> None:
    block = incremental("passentry", "listScans")
    since = datetime.datetime(2025, 1, 13, 13, 0, tzinfo=datetime.UTC)
    argument = str(PythonIdentifier(block["filter"]["since_param"], "field"))
    params = passentry_list_scans._get_kwargs(**{argument: since})["params"]
    assert params["createdAfter"] == "2025-01-13T13:00:00+00:00"
    assert "order" not in block  # the docs' examples disagree on the order


def test_packagex_has_no_filter_but_a_newest_first_order() -> None:
    """The seed says newest first; no scans date filter parameter is documented."""
    block = incremental("packagex", "listScans")
    assert block["client_side"] is True and "filter" not in block
    assert (block["order"], block["format"]) == ("desc", "unix_seconds")


def test_hostedscan_scans_carry_no_time_so_declare_nothing() -> None:
    assert "x-scankit-incremental" not in operation(spec("hostedscan"), "listScans")


# Documented items, as the vendors' pages show them (values of the documented shape where the
# page shows placeholders).
ITEMS = {
    ("cloneguard", "listScans"): (
        {"id": "3f0b8a52-6a3e-4c44-9a51-2f0c2b7d9e10", "attributes": {"modification_time": "2024-11-18T08:00:00Z"}},
        "2024-11-18T08:00:00Z",
    ),
    ("passentry", "listScans"): (
        {"id": "0194d6a9-95b7-72dc-87fc-ecaed8c0b520", "attributes": {"scannedAt": "2025-01-13T13:05:00Z"}},
        "2025-01-13T13:05:00Z",
    ),
    ("packagex", "listScans"): ({"id": "scan_czhgjrk5JaVvyATPDbyURp", "created_at": 1672531200}, 1672531200),
    # the risks list example puts the dates inside risk_definition, the single-risk example on the risk
    ("hostedscan", "listRisks"): (
        {"id": "r1", "risk_definition": {"last_detected_at": "2023-02-17T05:39:05.678Z"}},
        "2023-02-17T05:39:05.678Z",
    ),
    ("advalidation", "listCampaignCreatives"): (
        {
            "id": 200,
            "createdAt": "2025-03-01T09:00:00Z",
            "latestScanStatus": {"id": 300, "createdAt": "2025-03-01T10:00:00Z", "updatedAt": None},
        },
        "2025-03-01T10:00:00Z",
    ),
}


@pytest.mark.parametrize(("vendor", "operation_id"), DECLARED)
def test_the_cursor_finds_a_time_in_the_documented_items(vendor: str, operation_id: str) -> None:
    block = incremental(vendor, operation_id)
    item, expected = ITEMS[vendor, operation_id]
    assert cursor_value(item, block) == expected
    assert dig(item, block["id"]) is not None
    if block["format"] == "date-time":
        parsed = datetime.datetime.fromisoformat(expected)
        assert parsed.tzinfo is not None
    else:
        assert isinstance(expected, int)


# seed 004: every operation of the docs' Scans, Reports and Vulnerabilities sections, verbatim.
CLONEGUARD_DOCUMENTED = [
    "List of history for a scan",
    "History details for a scan",
    "List of hosts for a scan",
    "Host details for a scan",
    "List of vulnerabilities for a scan",
    "Show vulnerability details",
    "Statistics for a scan",
    "List scans",
    "Create Scan",
    "Show a scan",
    "Updates a scan",
    "Delete a scan",
    "Delete scans",
    "Start a scan",
    "Stop a scan",
    "List upcoming scans",
    "List recent scans that have been completed",
    "List of the running scans",
    "Create Scan from Wizard",
    "List Reports",
    "Show a report",
    "Delete a report",
    "Delete reports",
    "Generates a report file",
    "Downloads a report file",
    "Check if a report file exists",
    "List of vulnerabilities",
    "Vulnerability details",
    "Total Vulnerabilities",
    "Top Vulnerabilities",
    "PCI Compliant",
    "(AI) Send prompt about a given Vulnerability",
    "(AI) Chat history about a given Vulnerability",
]
# The sub-resource and report operations the issue asks for: each must be covered, not explained away.
CLONEGUARD_MUST_COVER = CLONEGUARD_DOCUMENTED[:7] + CLONEGUARD_DOCUMENTED[19:28]


def coverage(vendor: str) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = spec(vendor)["x-scankit-coverage"]["operations"]
    return entries


@pytest.mark.parametrize("vendor", VENDORS)
def test_coverage_passes_the_lint(vendor: str) -> None:
    assert lint_specs.coverage_problems(spec(vendor)) == []


def test_coverage_lint_refuses_a_missing_operation_and_a_bare_entry() -> None:
    loaded = spec("passentry")
    loaded["x-scankit-coverage"]["operations"] = [e for e in coverage("passentry") if e.get("covered") != "logScan"] + [
        {"name": "Something", "doc": "https://docs.passentry.com/x"}
    ]
    problems = " ".join(lint_specs.coverage_problems(loaded))
    assert "operation 'logScan' is in no entry" in problems
    assert "give covered or reason" in problems


def test_cloneguard_coverage_names_every_documented_operation() -> None:
    names = [e["name"] for e in coverage("cloneguard")]
    for documented in CLONEGUARD_DOCUMENTED:
        assert any(documented == n or documented in n for n in names), documented
    by_name = {e["name"]: e for e in coverage("cloneguard")}
    for documented in CLONEGUARD_MUST_COVER:
        assert by_name[documented].get("covered"), documented


def test_passentry_coverage_is_the_scans_guide() -> None:
    """The Scans guide names /scans (internal validation) and /scans/log (third-party); the reference lists and gets."""
    covered = {e["name"]: e.get("covered") for e in coverage("passentry")}
    assert covered["Create scan"] == "createScan"
    assert covered["Log scan"] == "logScan"
    assert covered["List scans"] == "listScans"
    assert covered["Get scan"] == "getScan"


@pytest.mark.parametrize("vendor", VENDORS)
def test_the_reference_page_renders_the_table(vendor: str) -> None:
    page = docs.render_vendor(load_vendor(vendor))
    section = page.split("## Coverage", 1)[1].split("\n## ", 1)[0]
    for entry in coverage(vendor):
        if entry.get("covered"):
            assert f"(#op-{entry['covered'].lower()})" in section, entry["name"]
        else:
            assert docs.one_line(entry["reason"]) in section, entry["name"]
        assert f"[docs]({entry['doc']})" in section
