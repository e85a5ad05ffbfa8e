"""PassEntry on cassettes: the JSON:API list across pages with filters, get, an error body."""

from __future__ import annotations

from typing import Any

import pytest

import scankit
from scankit_passentry.models import Pass, PassStatus, Reader, ScanStatus

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
