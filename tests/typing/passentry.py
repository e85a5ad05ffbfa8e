"""PassEntry as a user writes it: pyright --strict and mypy --strict must find nothing to say."""

from __future__ import annotations

import asyncio
import datetime
import uuid
from typing import assert_type

import scankit
from scankit_passentry.models import PassRelationship, Scan, ScanList, ScanStatus, ValidationType


def main() -> None:
    pe = scankit.PassEntry()
    # enum filters: the member or its spec value, completed by the IDE inside the quotes
    for scan in pe.scans.list(status="successful", validation_type=ValidationType.INTERNAL_VALIDATION):
        assert_type(scan, Scan)
        assert_type(scan.id, uuid.UUID)
        assert_type(scan.attributes.status, ScanStatus)
        assert_type(scan.attributes.scanned_at, datetime.datetime)
        assert_type(scan.attributes.status_detail, str | None)
        pass_ = scan.relationships.pass_
        assert_type(pass_, PassRelationship | None)
        if pass_ is not None:
            print(pass_)
    pe.scans.list(status=ScanStatus("refunded"))  # a value the spec does not list: the explicit escape

    page = pe.scans.list().first_page()
    assert_type(page.raw, ScanList)
    for entry in page.raw.included or []:
        print(entry)

    one = pe.scans.get(uuid.UUID("0194d6a9-95b7-72dc-87fc-ecaed8c0b520"))
    assert_type(one, Scan)

    try:
        pe.scans.get(uuid.uuid4())
    except scankit.NotFoundError as exc:
        print(exc.status_code, exc.body)
    except scankit.ResponseValidationError as exc:
        assert_type(exc.path, str | None)


async def amain() -> None:
    async with scankit.AsyncPassEntry() as pe:
        async for scan in pe.scans.list(scan_type="nfc"):
            assert_type(scan.attributes.scan_value, str)
        page = await pe.scans.list().first_page()
        assert_type(page, scankit.Page[Scan, ScanList])
        # what is new since the last run: an aware datetime, the same items
        async for scan in pe.scans.list(since=datetime.datetime.now(datetime.UTC) - datetime.timedelta(hours=1)):
            assert_type(scan, Scan)


if __name__ == "__main__":
    main()
    asyncio.run(amain())
