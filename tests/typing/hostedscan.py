"""HostedScan as a user writes it: pyright --strict and mypy --strict must find nothing to say.

Checked, not run (make typecheck). Optional fields are `X | None`, narrowed with `is not None`.
"""

from __future__ import annotations

import asyncio
import datetime
from typing import assert_type

import scankit
from scankit.vendors.hostedscan import ScanFiltersParam
from scankit_hostedscan.models import (
    Risk,
    RiskDefinition,
    RiskFilters,
    RiskList,
    RiskRef,
    RiskStatus,
    Scan,
    ScanFilters,
    ScanList,
    ScanState,
    ScanType,
    Target,
    ThreatLevel,
)


def main() -> None:
    client = scankit.HostedScan()
    for scan in client.scans.list(filters={"state": ["RUNNING", ScanState.QUEUED], "type": ["OPENVAS"]}):
        assert_type(scan, Scan)
        assert_type(scan.state, ScanState)
        assert_type(scan.progress, int | None)
        if scan.progress is not None:
            print(f"{scan.id}: {scan.progress + 0}%")
        if scan.risks is not None:
            print(len(scan.risks.new_open))
        for result in scan.results or []:
            print(result.result_id, result.content_type.value)
        if "progress" not in scan.fields_set:  # absent, not null
            print(scan.to_json())

    # filters: the model, or a dict of its keys (a TypedDict), or none
    client.scans.list(filters=ScanFilters(state=[ScanState.FAILED]))
    wanted: ScanFiltersParam = {"type": [ScanType.NMAP, "SSLYZE"]}
    client.scans.list(filters=wanted)
    states: list[ScanState] = [ScanState.RUNNING]
    client.scans.list(filters={"state": states})
    client.risks.list(filters={"risk_definition.threat_level": ["HIGH"], "status": [RiskStatus.OPEN]})
    client.risks.list(filters=RiskFilters(risk_definition_threat_level=[ThreatLevel.HIGH]))

    risk = client.risks.get("r1")
    assert_type(risk, Risk)
    definition = risk.risk_definition
    assert_type(definition, RiskDefinition | None)
    if definition is not None:
        assert_type(definition.threat_level, ThreatLevel)
        assert_type(definition.cvss, float | str | None)
        if definition.first_detected_at is not None:
            assert_type(definition.first_detected_at, datetime.datetime)
            print(definition.first_detected_at.isoformat())

    pages = client.scans.list()
    page = pages.first_page()
    assert_type(page, scankit.Page[Scan, ScanList])
    assert_type(page.raw, ScanList)
    assert_type(page.items, list[Scan])
    if page.raw.next_page_token is not None:
        print(page.raw.next_page_token.upper())
    any_page: scankit.Page[Scan] = page  # the page model parameter has a default
    print(any_page.items)
    for risk_page in client.risks.list().pages():
        assert_type(risk_page.raw, RiskList)

    created = client.scans.create(body={"type": "NMAP", "targets": ["example.com"]})
    assert_type(created, Scan)
    target = client.targets.update("t1", body={"label": "web"})
    assert_type(target, Target)

    try:
        client.scans.get("missing")
    except scankit.NotFoundError as exc:
        assert_type(exc.status_code, int)
        assert_type(exc.message, str | None)
        assert_type(exc.request_id, str | None)
    except scankit.APIStatusError as exc:
        print(exc.status_code, exc.body)
    except scankit.APIConnectionError as exc:
        print(exc.vendor, exc.operation)


def scan_loop() -> None:
    """The whole loop as a user writes it: create and wait, raw responses, a streamed download, webhooks."""
    client = scankit.HostedScan()
    scan = client.scans.create_and_wait(body={"type": "NMAP", "targets": ["example.com"]}, timeout=3600)
    assert_type(scan, Scan)
    try:
        again = client.scans.wait(scan.id, poll_interval=5, on_update=lambda s: print(s.state, s.progress))
        assert_type(again, Scan)
    except scankit.WaitTimeoutError as exc:
        print(exc.state, exc.progress)

    raw = client.with_raw_response.scans.get(scan.id, extra_headers={"X-Trace": "1"}, timeout=5.0)
    assert_type(raw, scankit.RawResponse[Scan])
    assert_type(raw.status_code, int)
    assert_type(raw.request_id, str | None)
    assert_type(raw.retries_taken, int)
    assert_type(raw.parse(), Scan)
    first = client.with_raw_response.scans.list().parse()
    assert_type(first, scankit.Page[Scan, ScanList])

    for result in scan.results or []:
        with client.with_streaming_response.results.download(result.result_id) as response:
            assert_type(response.filename, str)
            assert_type(response.content_type, str | None)
            for chunk in response.iter_bytes():
                assert_type(chunk, bytes)

    body = b'{"id":"e","type":"scan.updated","data":{"id":"s"}}'
    try:
        event = scankit.webhooks.unwrap("hostedscan", body, {"X-HOSTEDSCAN-SIGNATURE": "x"}, secret="whsec")
        print(event.type_, event.data.id, event.created_at)
    except scankit.WebhookVerificationError as exc:
        print(exc.check)


async def amain() -> None:
    async with scankit.AsyncHostedScan() as client:
        async for scan in client.scans.list(filters={"state": ["SUCCEEDED"]}):
            assert_type(scan, Scan)
            if scan.risks is not None:
                assert_type(scan.risks.closed, list[RiskRef])
        page = await client.scans.list().first_page()
        assert_type(page.raw, ScanList)
        got = await client.scans.get("s1")
        assert_type(got.type_, ScanType)
        async for risk_page in client.risks.list().pages():
            assert_type(risk_page, scankit.Page[Risk, RiskList])


def on_retry(event: scankit.RetryEvent) -> None:
    print(
        f"{event.vendor} {event.operation}: attempt {event.attempt} failed, again in {event.delay:.1f}s ({event.reason})"
    )


async def on_error(event: scankit.ErrorEvent) -> None:
    assert_type(event.error, scankit.ScankitError)
    print(event.url, event.elapsed)


def hooked() -> None:
    seen: list[scankit.ResponseEvent] = []
    client = scankit.HostedScan(hooks=scankit.Hooks(on_retry=on_retry, on_response=seen.append))
    assert_type(client.with_options(hooks=None), scankit.HostedScan)
    assert_type(client.hooks, scankit.Hooks | None)
    scan = client.scans.get("s1", max_retries=5, deadline=30.0, max_response_bytes=None)  # this call only
    assert_type(scan, Scan)
    for status in (e.status_code for e in seen):
        assert_type(status, int)
    scankit.AsyncHostedScan(hooks=scankit.Hooks(on_error=on_error))


if __name__ == "__main__":
    main()
    scan_loop()
    asyncio.run(amain())
    hooked()
