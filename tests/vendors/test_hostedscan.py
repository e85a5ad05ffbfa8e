"""HostedScan on cassettes: every operation, lists across several pages, an error body."""

from __future__ import annotations

from typing import Any

import pytest

import scankit
from scankit_hostedscan.models import (
    ReportCreate,
    ReportFormat,
    ReportTargetsFilter,
    ScanCreate,
    ScanState,
    ScanType,
    TargetCreate,
    TargetUpdate,
)

VENDOR = "hostedscan"
pytestmark = pytest.mark.vcr


async def test_scans_list_every_page(client: Any, run: Any) -> None:
    pages = await run.pages(client.scans.list())
    assert len(pages) >= 3, "the cursor chain spans several pages"
    assert all(p.next is None for p in pages[-1:])
    ids = [s.id for p in pages for s in p.items]
    assert len(ids) == len(set(ids))
    assert all(isinstance(s.state, ScanState) for p in pages for s in p.items)


async def test_scans_list_filtered(client: Any, run: Any) -> None:
    scans = await run.all(client.scans.list(filters={"state": ["SUCCEEDED"], "type": ["OPENVAS"]}))
    assert scans
    assert {(s.state, s.type_) for s in scans} == {(ScanState.SUCCEEDED, ScanType.OPENVAS)}


async def test_scans_get_create_and_result_download(client: Any, run: Any) -> None:
    first = (await run(client.scans.list(max_items=1).first_page)).items[0]
    scan = await run(client.scans.get, first.id)
    assert scan.id == first.id
    created = await run(client.scans.create, body=ScanCreate(type_=ScanType.NMAP, targets=["scanme.example.org"]))
    assert created.state == ScanState.QUEUED
    finished = next(
        s
        for s in (await run(client.scans.list(filters={"state": ["SUCCEEDED"]}, max_items=5).first_page)).items
        if s.results
    )
    file = await run(client.results.download, finished.results[0].result_id)
    assert file.payload.read()


async def test_targets_crud(client: Any, run: Any) -> None:
    targets = await run.all(client.targets.list())
    assert len(targets) > 10
    target = await run(client.targets.get, targets[0].id)
    assert target.target == targets[0].target
    made = await run(client.targets.create, body=TargetCreate(target="new.example.org", label="new", tags=["ci"]))
    changed = await run(client.targets.update, made.id, body=TargetUpdate(label="renamed", tags=["ci", "prod"]))
    assert changed.label == "renamed"
    await run(client.targets.delete, made.id)
    with pytest.raises(scankit.NotFoundError):
        await run(client.targets.get, made.id)


async def test_risks_list_and_get(client: Any, run: Any) -> None:
    risks = await run.all(client.risks.list(filters={"status": ["OPEN"]}))
    assert risks
    risk = await run(client.risks.get, risks[0].id)
    assert risk.id == risks[0].id


async def test_not_found_error_body(client: Any, run: Any) -> None:
    with pytest.raises(scankit.NotFoundError) as info:
        await run(client.scans.get, "no-such-scan")
    assert info.value.status_code == 404
    assert "HostedScan scans.get" in str(info.value)


async def test_report_created_then_downloaded(client: Any, run: Any) -> None:
    target = (await run(client.targets.list(max_items=1).first_page)).items[0]
    pdf = await run(
        client.reports.create,
        body=ReportCreate(report_format=ReportFormat.PDF, targets_filter=ReportTargetsFilter(target_ids=[target.id])),
    )
    file = await run(client.reports.download, pdf.id)
    assert file.payload.read().startswith(b"%PDF")
    html = await run(client.reports.create, body=ReportCreate(report_format=ReportFormat.HTML))
    page = await run(client.reports.download, html.id)
    assert html.id != pdf.id and b"<html>" in page.payload.read()
    with pytest.raises(scankit.NotFoundError):
        await run(client.reports.download, "0" * 24)
