"""CloneGuard on cassettes: sign in, every scans operation, lists across pages, an error body."""

from __future__ import annotations

from typing import Any

import pytest

import scankit
from scankit.sandbox import sign_in_credentials
from scankit_cloneguard.models import (
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
