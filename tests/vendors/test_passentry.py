"""PassEntry on cassettes: the JSON:API list across pages with filters, get, an error body."""

from __future__ import annotations

from typing import Any

import pytest

import scankit
from scankit_passentry.models import ScanStatus

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


async def test_not_found_error_body(client: Any, run: Any) -> None:
    with pytest.raises(scankit.NotFoundError) as info:
        await run(client.scans.get, "00000000-0000-7000-8000-000000000000")
    assert info.value.details
