"""CloneGuard on cassettes: sign in, every scans operation, what a finished scan found, reports from
generation to download, lists across pages, an error body."""

from __future__ import annotations

from typing import Any

import pytest

import scankit
from scankit.sandbox import sign_in_credentials
from scankit_cloneguard.models import (
    ReportBulkDelete,
    ReportFileType,
    ScanBulkDelete,
    ScanCreate,
    ScanSearch,
    ScanStatus,
    ScanUpdate,
    SignInCredentials,
)

VENDOR = "cloneguard"
pytestmark = pytest.mark.vcr


async def test_sign_in(client: Any, run: Any) -> None:
    # the sandbox's documented demo account; a real account's password is scrubbed from the cassette
    session = await run(client.auth.sign_in, body=SignInCredentials.from_dict(sign_in_credentials(VENDOR)))
    assert session.token


async def test_scans_list_every_page_and_search(client: Any, run: Any) -> None:
    pages = await run.pages(client.scans.list(per_page=50))
    assert len(pages) >= 3
    named = pages[0].items[0].attributes.name
    found = await run.all(client.scans.list(q=ScanSearch(name=named[:3] + "*"), sort_by="name_asc"))
    assert any(s.attributes.name == named for s in found)
    running = await run.all(client.scans.list(status=["Running"]))  # v1's spelling: sent as "running"
    assert running and all(s.attributes.status == ScanStatus.RUNNING for s in running)


async def test_scan_lifecycle(client: Any, run: Any) -> None:
    seeded = (await run(client.scans.list(per_page=5).first_page)).items[0]
    target_id = str(seeded.attributes.target.id)
    body = ScanCreate(name="ci scan", comment="from the tests", target_id=target_id, notification_ids=["n-1"])
    made = await run(client.scans.create, body=body)
    got = await run(client.scans.get, made.id)
    assert got.attributes.name == "ci scan"
    changed = await run(client.scans.update, made.id, body=ScanUpdate(name="ci scan 2"))
    assert changed.attributes.name == "ci scan 2"
    await run(client.scans.start, made.id)
    await run(client.scans.stop, made.id)
    await run(client.scans.delete, made.id)
    other = await run(client.scans.create, body=ScanCreate(name="ci scan 3", target_id=target_id))
    await run(client.scans.delete_many, body=ScanBulkDelete(ids=[other.id]))
    with pytest.raises(scankit.NotFoundError) as info:
        await run(client.scans.get, other.id)
    # the sandbox answers in v1's {status, status_text} shape; the spec's first message candidate
    assert info.value.body is not None and info.value.body["status"] == 404
    assert info.value.message == info.value.body["status_text"] == "Scan not found"


async def test_upcoming_recent_running(client: Any, run: Any) -> None:
    for lister in (client.scans.list_upcoming, client.scans.list_recent, client.scans.list_running):
        await run.all(lister(per_page=20))


THREATS = {"High", "Medium", "Low", "Log"}  # GVM's severity classes


async def test_what_a_finished_scan_found(client: Any, run: Any) -> None:
    finished = (await run(client.scans.list_recent(per_page=5).first_page)).items
    scan, other = finished[0], finished[1]
    histories = await run.all(client.scans.list_histories(scan.id))
    assert histories and all(h.attributes["scan_id"] == str(scan.id) for h in histories)
    history = await run(client.scans.get_history, scan.id, histories[0].id)
    assert history.attributes["status"] == "done"
    hosts = await run.all(client.scans.list_hosts(scan.id))
    host = await run(client.scans.get_host, scan.id, hosts[0].id)
    assert host.attributes["ip"] == hosts[0].attributes["ip"]
    found = await run.all(client.scans.list_vulnerabilities(scan.id))
    assert found and all(v.attributes.name and v.attributes.threat in THREATS for v in found)
    one = await run(client.scans.get_vulnerability, scan.id, found[0].id)
    assert (one.attributes.name, one.attributes.port) == (found[0].attributes.name, found[0].attributes.port)
    statistics = await run(client.scans.get_statistics, scan.id)
    counts = statistics["data"]  # an open object: the keys the server sends
    assert counts["total"] == len(found)
    assert {t: counts[t.lower()] for t in THREATS} == {t: sum(v.attributes.threat == t for v in found) for t in THREATS}
    with pytest.raises(scankit.NotFoundError):  # another scan's vulnerability is not this scan's
        await run(client.scans.get_vulnerability, other.id, found[0].id)


async def test_every_vulnerability_across_pages(client: Any, run: Any) -> None:
    pages = await run.pages(client.vulnerabilities.list(per_page=100))
    assert len(pages) >= 3
    items = [v for p in pages for v in p.items]
    assert len({v.id for v in items}) == len(items) == pages[0].total_items
    one = await run(client.vulnerabilities.get, items[-1].id)
    assert one.attributes.severity == items[-1].attributes.severity


async def test_report_file_generated_then_downloaded(client: Any, run: Any) -> None:
    report = (await run(client.reports.list(per_page=5).first_page)).items[0]
    shown = await run(client.reports.get, report.id)
    assert shown.attributes.task["id"] and shown.attributes.files["attestation"].status == "done"
    attestation = await run(client.reports.download, report.id, type_=ReportFileType.ATTESTATION)
    assert attestation.payload.read().startswith(b"%PDF")
    with pytest.raises(scankit.NotFoundError):  # not generated yet
        await run(client.reports.download, report.id, type_=ReportFileType.REMEDIATION)
    asked = await run(client.reports.generate, report.id, type_=ReportFileType.REMEDIATION)
    assert asked.data.attributes.files["remediation"].status != "done"
    for _ in range(10):  # generated in the background: poll until the file is there
        checked = await run(client.reports.check_file, report.id, type_=ReportFileType.REMEDIATION)
        if checked.attributes.files["remediation"].status == "done":
            break
    else:
        pytest.fail("the remediation report was never generated")
    workbook = await run(client.reports.download, report.id, type_=ReportFileType.REMEDIATION)
    assert workbook.mime_type == "application/vnd.ms-excel" and workbook.payload.read()


async def test_reports_across_pages_and_deleted(client: Any, run: Any) -> None:
    pages = await run.pages(client.reports.list(per_page=50))
    assert len(pages) >= 3
    last = pages[-1].items
    await run(client.reports.delete, last[-1].id)
    await run(client.reports.delete_many, body=ReportBulkDelete(ids=[last[-2].id]))
    for gone in (last[-1], last[-2]):
        with pytest.raises(scankit.NotFoundError):
            await run(client.reports.get, gone.id)
