"""Static types end to end: mypy --strict checks this file (make typecheck), pytest runs it.

Iterating a list yields the vendor's generated model type, sync and async, for every vendor, and
single results are the generated model, not `Any`.
"""

from __future__ import annotations

from typing import assert_type

import httpx
from helpers import FakeClock, make

import scankit
from scankit_advalidation import models as adv
from scankit_cloneguard import models as cg
from scankit_hostedscan import models as hs
from scankit_packagex import models as px
from scankit_passentry import models as pe


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
