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


if __name__ == "__main__":
    main()
    asyncio.run(amain())
