"""Static types end to end: mypy --strict checks this file (make typecheck), pytest runs it.

Iterating a list yields the vendor's generated model type, sync and async, for every vendor, and
single results are the generated model, not `Any`.
"""

from __future__ import annotations

from typing import assert_type
from uuid import UUID as _UUID

import httpx
from helpers import FakeClock, make

import scankit
from scankit_advalidation import models as adv
from scankit_cloneguard import models as cg
from scankit_hostedscan import models as hs
from scankit_packagex import models as px
from scankit_passentry import models as pe

UUID = _UUID("3f0b8a52-6a3e-4c44-9a51-2f0c2b7d9e10")


def empty(request: httpx.Request) -> httpx.Response:
    body = {"status": 200, "message": "ok", "data": [], "meta": {}}
    body["pagination"] = {"page": 1, "limit": 25, "has_more": False}
    return httpx.Response(200, json=body)


def test_sync_items_are_generated_models(clock: FakeClock) -> None:
    for item in make(scankit.PackageX, empty, clock).scans.list():
        assert_type(item, px.Scan)
    hosted = make(scankit.HostedScan, empty, clock)
    for scan in hosted.scans.list():
        assert_type(scan, hs.Scan)
    for target in hosted.targets.list():
        assert_type(target, hs.Target)
    for risk in hosted.risks.list():
        assert_type(risk, hs.Risk)
    advalidation = make(scankit.Advalidation, empty, clock)
    for campaign in advalidation.campaigns.list():
        assert_type(campaign, adv.Campaign)
    for creative in advalidation.campaigns.list_creatives(1):
        assert_type(creative, adv.Creative)
    for pass_scan in make(scankit.PassEntry, empty, clock).scans.list():
        assert_type(pass_scan, pe.Scan)
    for cg_scan in make(scankit.CloneGuard, empty, clock, access_token="t").scans.list():
        assert_type(cg_scan, cg.Scan)


async def test_async_items_are_generated_models(clock: FakeClock) -> None:
    async with make(scankit.AsyncHostedScan, empty, clock) as hosted:
        async for scan in hosted.scans.list():
            assert_type(scan, hs.Scan)
        page = await hosted.scans.list().first_page()
        assert_type(page, scankit.Page[hs.Scan, hs.ScanList])
        annotated: scankit.Page[hs.Scan] = page  # the page model parameter has a default
        assert annotated is page
    async with make(scankit.AsyncPassEntry, empty, clock) as passentry:
        async for pass_scan in passentry.scans.list():
            assert_type(pass_scan, pe.Scan)


def test_single_results_are_generated_models(clock: FakeClock) -> None:
    def one(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"data": {"id": "s1", "type": "NMAP", "state": "QUEUED", "progress": 0}})

    scan = make(scankit.HostedScan, one, clock).scans.get("s1")
    assert_type(scan, hs.Scan)
    assert isinstance(scan, hs.Scan)
    assert_type(scan.state, hs.ScanState)


def test_with_options_keeps_the_vendor_type(clock: FakeClock) -> None:
    hosted = make(scankit.HostedScan, empty, clock).with_options(max_retries=5)
    assert_type(hosted, scankit.HostedScan)
    for scan in hosted.scans.list():
        assert_type(scan, hs.Scan)


def test_webhook_events_are_the_vendors_models() -> None:
    """`scankit.webhooks.unwrap` and `client.webhooks.unwrap` return each vendor's event model."""
    body = b'{"id":"e","type":"scan.created","data":{"id":"s"}}'
    headers = scankit.webhooks.sign("hostedscan", body, "s", timestamp=1_700_000_000.0)
    clock = lambda: 1_700_000_000.0  # noqa: E731
    assert_type(scankit.webhooks.unwrap("hostedscan", body, headers, secret="s", clock=clock), hs.WebhookEvent)
    with scankit.HostedScan(api_key="k") as client:
        assert_type(client.webhooks.unwrap(body, headers, secret="s", clock=clock), hs.WebhookEvent)
    cg_body = b'{"data":{"id":"x"}}'
    cg_headers = scankit.webhooks.sign("cloneguard", cg_body, "s")
    assert_type(scankit.webhooks.unwrap("cloneguard", cg_body, cg_headers, secret="s"), cg.WebhookEvent)
    pe_body = b'{"data":{"id":"w","attributes":{"webhookType":"passScanned"}}}'
    assert_type(scankit.webhooks.parse_unverified("passentry", pe_body), pe.WebhookEvent)


SCAN_ID = "0194d6a9-95b7-72dc-87fc-ecaed8c0b520"


def test_passentry_document_and_included_are_typed(clock: FakeClock) -> None:
    scan = {
        "id": SCAN_ID,
        "type": "scan",
        "attributes": {
            "scanType": "nfc",
            "scanValue": "v",
            "validationType": "internalValidation",
            "status": "successful",
            "scannedAt": "2025-01-13T13:00:00Z",
        },
        "relationships": {
            "pass": {"data": {"id": "p1", "type": "pass"}},
            "reader": {"data": {"id": "r1", "type": "reader"}},
        },
    }
    included = [
        {"id": "p1", "type": "pass", "attributes": {"status": "active"}},
        {"id": "r1", "type": "reader", "attributes": {"name": "Gate"}},
    ]

    def document(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"data": scan, "included": included})

    doc = make(scankit.PassEntry, document, clock).scans.get_document(_UUID(SCAN_ID))
    assert_type(doc, pe.ScanEnvelope)
    index = scankit.IncludedIndex(doc.included)
    assert_type(index, scankit.IncludedIndex[pe.IncludedResource | pe.Pass | pe.Reader])
    pass_ = index.resolve(doc.data.relationships.pass_, pe.Pass)
    assert_type(pass_, pe.Pass | None)
    assert pass_ is not None
    assert pass_.attributes.status == pe.PassStatus.ACTIVE
    reader = index.resolve(doc.data.relationships.reader, pe.Reader)
    assert reader is not None and reader.attributes.name == "Gate"


async def test_waiting_returns_the_generated_model(clock: FakeClock) -> None:
    def done(request: httpx.Request) -> httpx.Response:
        if request.url.path.startswith("/v2/scans/"):  # CloneGuard
            return httpx.Response(
                200, json={"data": {"id": str(UUID), "type": "scan", "attributes": {"status": "done"}}}
            )
        if request.url.path.startswith("/scans/") or "rescan" in request.url.path:  # Advalidation
            return httpx.Response(
                200, json={"data": {"id": 1, "createdAt": "2025-01-01T00:00:00Z", "processingStatus": "finished"}}
            )
        return httpx.Response(200, json={"data": {"id": "s1", "type": "NMAP", "state": "SUCCEEDED", "progress": 100}})

    def seen(status: scankit.WaitStatus[hs.Scan]) -> None:
        assert_type(status.resource, hs.Scan)

    hosted = make(scankit.HostedScan, done, clock)
    assert_type(hosted.scans.wait("s1", on_update=seen), hs.Scan)
    body = hs.ScanCreate(type_=hs.ScanType.NMAP, targets=["a.example"])
    assert_type(hosted.scans.create_and_wait(body=body), hs.Scan)
    async with make(scankit.AsyncCloneGuard, done, clock, access_token="t") as guard:
        assert_type(await guard.scans.start_and_wait(UUID), cg.Scan)
    async with make(scankit.AsyncAdvalidation, done, clock) as advalidation:
        assert_type(await advalidation.creatives.rescan_and_wait(7), adv.Scan)
        assert_type(await advalidation.scans.wait(1), adv.Scan)


def scan_or_list(request: httpx.Request) -> httpx.Response:
    scan = {"id": "s1", "type": "NMAP", "state": "SUCCEEDED"}
    return httpx.Response(200, json={"data": [scan] if request.url.path == "/v1/scans" else scan})


def test_raw_and_streamed_responses_are_typed(clock: FakeClock) -> None:
    hosted = make(scankit.HostedScan, scan_or_list, clock)
    raw = hosted.with_raw_response.scans.get("s1", extra_headers={"X-Trace": "1"}, timeout=5.0)
    assert_type(raw, scankit.RawResponse[hs.Scan])
    assert_type(raw.parse(), hs.Scan)
    assert_type(raw.status_code, int)
    assert_type(raw.request_id, str | None)
    raw_page = hosted.with_raw_response.scans.list()
    assert_type(raw_page, scankit.RawResponse[scankit.Page[hs.Scan, hs.ScanList]])
    assert_type(raw_page.parse().items, list[hs.Scan])
    assert_type(raw_page.parse().http_response, httpx.Response | None)
    with hosted.with_streaming_response.results.download("r1") as response:
        assert_type(response, scankit.StreamedResponse)
        assert_type(response.filename, str)
        assert_type(response.content_type, str | None)


async def test_async_raw_and_streamed_responses_are_typed(clock: FakeClock) -> None:
    async with make(scankit.AsyncHostedScan, scan_or_list, clock) as hosted:
        raw = await hosted.with_raw_response.scans.get("s1")
        assert_type(raw, scankit.RawResponse[hs.Scan])
        raw_page = await hosted.with_raw_response.scans.list()
        assert_type(raw_page, scankit.RawResponse[scankit.Page[hs.Scan, hs.ScanList]])
        async with hosted.with_streaming_response.results.download("r1") as response:
            assert_type(response, scankit.AsyncStreamedResponse)
