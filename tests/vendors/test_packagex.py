"""PackageX on cassettes: list across pages (page/limit, has_more), filter, get, create, an error body."""

from __future__ import annotations

from typing import Any

import pytest

import scankit
from scankit_packagex.models import CreateScanRequest

VENDOR = "packagex"
pytestmark = pytest.mark.vcr


async def test_scans_list_every_page(client: Any, run: Any) -> None:
    pages = await run.pages(client.scans.list(limit=50))
    assert len(pages) >= 3
    assert pages[-1].raw.pagination.has_more is False
    created = [s.created_at for p in pages for s in p.items]
    assert created == sorted(created, reverse=True), "newest first"


async def test_scans_list_by_location(client: Any, run: Any) -> None:
    some = (await run(client.scans.list(limit=50).first_page)).items
    location = next(s.location_id for s in some if s.location_id)
    scans = await run.all(client.scans.list(location=location))
    assert scans
    assert {s.location_id for s in scans} == {location}


async def test_scans_get_and_create(client: Any, run: Any) -> None:
    first = (await run(client.scans.list(limit=5).first_page)).items[0]
    scan = await run(client.scans.get, first.id)
    assert scan.id == first.id
    made = await run(client.scans.create, body=CreateScanRequest(image_url="https://example.org/label.jpg"))
    assert made.id.startswith("scan_")


async def test_not_found_error_body(client: Any, run: Any) -> None:
    with pytest.raises(scankit.NotFoundError) as info:
        await run(client.scans.get, "scan_doesnotexist")
    assert info.value.message
