"""HostedScan's Reports section ("Create Report", "Get Report"), through the generated client.

The bodies are the docs' own examples (hostedscan-docs-gitbook, api/reports/*.md): the two curl
bodies of Create Report, its `{"data": {"id": ...}}` answer, and a download that returns the file.
"""

from __future__ import annotations

import io
import json
from typing import Any

import httpx
import pytest

from scankit_hostedscan import AuthenticatedClient
from scankit_hostedscan.api.reports import create_report, download_report
from scankit_hostedscan.models import (
    ReportCreate,
    ReportCreated,
    ReportFormat,
    ReportRisksFilter,
    ReportTargetsFilter,
    RiskStatus,
    ScanType,
)
from scankit_hostedscan.types import File

# The docs' curl examples, verbatim.
BASIC = {"report_format": "PDF"}
FILTERED = {"report_format": "PDF", "targets_filter": {"target_ids": ["1a2b3c-target-id-here"]}}


@pytest.mark.parametrize("body", [BASIC, FILTERED])
def test_create_bodies_round_trip(body: dict[str, Any]) -> None:
    parsed = ReportCreate.from_dict(body)
    assert parsed.report_format is ReportFormat.PDF
    assert parsed.to_dict() == body
    assert parsed.additional_properties == {}


def test_targets_filter_takes_tag_not_tags() -> None:
    """The docs give `{ "tag": ["example-tag"] }` here, unlike `tags` everywhere else."""
    assert ReportTargetsFilter(tag=["example-tag"]).to_dict() == {"tag": ["example-tag"]}
    assert ReportTargetsFilter.from_dict({"tag": ["example-tag"]}).tag == ["example-tag"]


def test_risks_filter_keeps_the_dotted_keys() -> None:
    risks = ReportRisksFilter.from_dict(
        {
            "status": ["OPEN"],
            "risk_definition.scan_type": ["NMAP", "NMAP_UDP"],
            "risk_definition.threat_level": ["HIGH"],
        }
    )
    assert risks.status == [RiskStatus.OPEN]
    assert risks.risk_definition_scan_type == [ScanType.NMAP, ScanType.NMAP_UDP]
    assert risks.to_dict()["risk_definition.threat_level"] == ["HIGH"]
    assert risks.additional_properties == {}


def _client(handler: Any) -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url="https://api.hostedscan.com",
        token="test-data-key",
        prefix="",
        auth_header_name="X-HOSTEDSCAN-API-KEY",
        httpx_args={"transport": httpx.MockTransport(handler)},
    )


def test_create_posts_to_v1_reports_and_reads_the_id() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"data": {"id": "example-key-123"}})

    response = create_report.sync_detailed(client=_client(handler), body=ReportCreate.from_dict(FILTERED))
    assert isinstance(response.parsed, ReportCreated)
    assert response.parsed.data.id == "example-key-123"
    (request,) = seen
    assert (request.method, request.url.path) == ("POST", "/v1/reports")
    assert json.loads(request.content) == FILTERED


@pytest.mark.parametrize(
    ("content_type", "body"),
    [("application/pdf", b"%PDF-1.4\n"), ("text/html", b"<!DOCTYPE html><html><body>Report</body></html>")],
)
def test_download_reads_v1_reports_id_as_bytes(content_type: str, body: bytes) -> None:
    """The docs' block shows `/reports/:id`, their curl example `/v1/reports/:id`: the spec follows the example."""

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/v1/reports/example-key-123"
        return httpx.Response(200, content=body, headers={"content-type": content_type})

    response = download_report.sync_detailed("example-key-123", client=_client(handler))
    assert isinstance(response.parsed, File)
    assert isinstance(response.parsed.payload, io.BytesIO)
    assert response.parsed.payload.read() == body
