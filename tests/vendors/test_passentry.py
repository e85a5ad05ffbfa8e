"""PassEntry on cassettes: the JSON:API list across pages with filters, get, scans made through the
API (validated by PassEntry, or logged with the caller's own outcome), an error body."""

from __future__ import annotations

from typing import Any

import pytest

import scankit
from scankit_passentry.models import (
    Pass,
    PassStatus,
    Reader,
    ScanCreate,
    ScanCreateRequest,
    ScanLog,
    ScanLogRequest,
    ScanStatus,
    ScanType,
    ValidationStatus,
    ValidationType,
)

VENDOR = "passentry"
pytestmark = pytest.mark.vcr


async def test_scans_list_every_page(client: Any, run: Any) -> None:
    pages = await run.pages(client.scans.list(per_page=100))
    assert len(pages) >= 5
    assert pages[0].total_items == sum(len(p.items) for p in pages)
    assert pages[-1].raw.links.next_ is None


async def test_scans_list_filtered(client: Any, run: Any) -> None:
    scans = await run.all(client.scans.list(status="failed", scan_type="nfc"))
    assert scans
    assert {s.attributes.status for s in scans} == {ScanStatus.FAILED}


async def test_scans_get(client: Any, run: Any) -> None:
    first = (await run(client.scans.list(per_page=5).first_page)).items[0]
    scan = await run(client.scans.get, first.id)
    assert scan.id == first.id


async def test_scans_get_document_types_and_resolves_included(client: Any, run: Any) -> None:
    page = await run(client.scans.list(per_page=20).first_page)
    index = scankit.IncludedIndex(page.raw.included)
    passes = [i for i in index if isinstance(i, Pass)]
    assert passes and all(isinstance(p.attributes.status, PassStatus) for p in passes)
    assert all(not p.attributes.status.is_unknown for p in passes)  # issued | active | removed | deactivated
    scan = next(s for s in page.items if s.relationships.pass_)
    doc = await run(client.scans.get_document, scan.id)
    assert doc.data.id == scan.id
    doc_index = scankit.IncludedIndex(doc.included)
    pass_ = doc_index.resolve(doc.data.relationships.pass_, Pass)
    reader = doc_index.resolve(doc.data.relationships.reader, Reader)
    assert pass_ is not None and pass_.id == doc.data.relationships.pass_.data.id
    assert reader is not None and reader.id == doc.data.relationships.reader.data.id
    assert doc_index.resolve(doc.data.relationships.reader, Pass) is None  # typed: not a Pass


async def test_not_found_error_body(client: Any, run: Any) -> None:
    """The sandbox answers 404 as `{"error": "..."}` (the shape PassEntry's own plugin reads)."""
    with pytest.raises(scankit.NotFoundError) as info:
        await run(client.scans.get, "00000000-0000-7000-8000-000000000000")
    assert info.value.message == "Not Found"
    assert info.value.body == {"error": "Not Found"}


async def test_scans_create_is_validated_against_the_passes(client: Any, run: Any) -> None:
    page = await run(client.scans.list(per_page=50).first_page)
    active = next(
        p for p in scankit.IncludedIndex(page.raw.included) if isinstance(p, Pass) and p.attributes.status == "active"
    )
    made = await run(
        client.scans.create,
        body=ScanCreateRequest(
            scan=ScanCreate(reader_id="south-gate-1", pass_id=active.id, scan_type=ScanType.BARCODE)
        ),
    )
    assert made.validation_response.status == ValidationStatus.SUCCESSFUL
    info = made.scan_info
    assert (info.pass_id, info.reader_id, info.validation_type) == (
        active.id,
        "south-gate-1",
        ValidationType.INTERNAL_VALIDATION,
    )
    newest = (await run(client.scans.list(per_page=5).first_page)).items[0]
    assert newest.id == info.scan_id and newest.attributes.status == ScanStatus.SUCCESSFUL
    refused = await run(
        client.scans.create, body=ScanCreateRequest(scan=ScanCreate(reader_id="south-gate-1", pass_id="no-such-pass"))
    )
    assert refused.validation_response.status == ValidationStatus.FAILED
    assert refused.validation_response.status_detail == "Pass not found"


async def test_scans_log_records_the_callers_outcome(client: Any, run: Any) -> None:
    body = ScanLog(
        reader_id="north-turnstile",
        scan_type=ScanType.NFC,
        status=ScanStatus.FAILED,
        status_detail="Membership expired",
        scan_value="PROMO-CODE-123456",
    )
    logged = await run(client.scans.log, body=ScanLogRequest(scan=body))
    info = logged.scan_info
    assert (info.status, info.status_detail, info.validation_type) == (
        ScanStatus.FAILED,
        "Membership expired",
        ValidationType.EXTERNAL_VALIDATION,
    )
    scan = await run(client.scans.get, info.scan_id)
    assert scan.attributes.scan_value == "PROMO-CODE-123456"
