"""CloneGuard as a user writes it: pyright --strict and mypy --strict must find nothing to say."""

from __future__ import annotations

import asyncio
import datetime
import uuid
from typing import assert_type

import scankit
from scankit_cloneguard.models import Scan, ScanAttributes, ScanList, ScanSortBy, ScanStatus, ScanTarget, SessionToken


def main() -> None:
    cg = scankit.CloneGuard(access_token="token")
    for scan in cg.scans.list(sort_by="creation_time_desc", status=["running", ScanStatus.DONE], q={"name": "pci"}):
        assert_type(scan, Scan)
        assert_type(scan.id, uuid.UUID)
        attributes = scan.attributes
        assert_type(attributes, ScanAttributes)
        assert_type(attributes.creation_time, datetime.datetime | None)
        target = attributes.target
        assert_type(target, ScanTarget | None)
        if target is not None and target.name is not None:
            print(target.name.lower(), target.id)
        if attributes.schedule_next_time is None and "schedule_next_time" in attributes.fields_set:
            print("sent as null: not scheduled")
    cg.scans.list(sort_by=ScanSortBy.NAME_ASC)

    page = cg.scans.list_running().first_page()
    assert_type(page.raw, ScanList)
    if page.raw.meta is not None:
        print(page.raw.meta)

    token = cg.auth.sign_in(body={"username": "me@example.com", "password": "secret"})
    assert_type(token, SessionToken)

    try:
        cg.scans.get(uuid.uuid4())
    except scankit.PermissionDeniedError as exc:
        assert_type(exc.status_code, int)
        assert_type(exc.vendor, str)


async def amain() -> None:
    async with scankit.AsyncCloneGuard(access_token="token") as cg:
        async for scan in cg.scans.list(status=["done"]):
            assert_type(scan.attributes.status, ScanStatus | None)  # open: GVM spellings read as members
        got = await cg.scans.get(uuid.uuid4())
        assert_type(got, Scan)
        ended = await cg.scans.start_and_wait(got.id, timeout=4 * 3600)
        assert_type(ended, Scan)
        if ended.attributes.status is not None and not ended.attributes.status.is_unknown:
            print(ended.attributes.status.value)
        raw = await cg.with_raw_response.scans.get(got.id)
        assert_type(raw.parse(), Scan)
        headers = {"X-CG-Hook-Signature": "sha256=00", "X-CG-Hook-Event": "scan_completed"}
        event = cg.webhooks.unwrap(b'{"data": {}}', headers, secret=["new-secret", "old-secret"])
        print(event.additional_properties)


if __name__ == "__main__":
    main()
    asyncio.run(amain())
