"""PackageX as a user writes it: pyright --strict and mypy --strict must find nothing to say."""

from __future__ import annotations

import asyncio
import datetime
from typing import assert_type

import scankit
from scankit_packagex.models import Address, CreateScanRequest, Scan, ScanList, ScanParty, ScanType


def main() -> None:
    px = scankit.PackageX()
    for scan in px.scans.list(search="invoice", max_items=10):
        assert_type(scan, Scan)
        assert_type(scan.created_at, int)
        # three levels of optional fields, narrowed the way openai-python users do
        if scan.sender is not None and scan.sender.address is not None:
            assert_type(scan.sender.address, Address)
            city = scan.sender.address.city
            assert_type(city, str | None)
            if city is not None:
                print(city.title())
        recipient = scan.recipient
        assert_type(recipient, ScanParty | None)
        for label in scan.extracted_labels or []:
            print(label)
        print(repr(scan), scan.to_dict())

    last_run = datetime.datetime(2025, 6, 1, tzinfo=datetime.UTC)
    for new in px.scans.list(since=last_run):
        assert_type(new, Scan)

    page = px.scans.list().first_page()
    assert_type(page.raw, ScanList)
    assert_type(page.raw.pagination.has_more, bool)
    print(page.total_items, page.next)

    # a body: the model, or a dict of its JSON keys; None sends null, a missing key sends nothing
    made = px.scans.create(
        body={"image_url": "https://example.com/label.png", "location_id": None, "type": "shipping_label"}
    )
    assert_type(made, Scan)
    px.scans.create(body=CreateScanRequest(image_url="https://example.com/a.png", type_=ScanType.INVOICE))

    try:
        px.scans.get("scan_1")
    except scankit.RateLimitError as exc:
        assert_type(exc.status_code, int)
    except scankit.APIStatusError as exc:
        assert_type(exc.details, tuple[str, ...])


async def amain() -> None:
    async with scankit.AsyncPackageX() as px:
        async for scan in px.scans.list():
            if scan.dimensions is not None:
                assert_type(scan.dimensions.length, float | None)
        one = await px.scans.get("scan_1")
        assert_type(one.type_, ScanType | None)


if __name__ == "__main__":
    main()
    asyncio.run(amain())
