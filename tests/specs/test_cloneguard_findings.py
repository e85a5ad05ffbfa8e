"""What a CloneGuard scan found: its histories, hosts, vulnerabilities, statistics and reports.

The v2 pages of these operations were not seen; the docs' sidebar names them, and Clone Systems'
own v1 WordPress plugin (class `Clone_Guard_API`) shows the report and result paths and fields
the spec takes them from. So the facts asserted here are: each operation reaches the path the spec
derives (v1's for reports, the Rails nesting under the scan for the sub-resources), v1's report
file types, and that bodies in v1's field names read as typed attributes while anything else the
server sends is kept, not rejected.
"""

from __future__ import annotations

import io
from typing import Any

import httpx
import pytest

from scankit_cloneguard import AuthenticatedClient
from scankit_cloneguard.api.reports import (
    check_report_file,
    delete_reports,
    download_report_file,
    generate_report_file,
    get_report,
    list_reports,
)
from scankit_cloneguard.api.scans import (
    get_scan_history,
    get_scan_host,
    get_scan_statistics,
    get_scan_vulnerability,
    list_scan_histories,
    list_scan_hosts,
    list_scan_vulnerabilities,
)
from scankit_cloneguard.api.vulnerabilities import get_vulnerability, list_vulnerabilities
from scankit_cloneguard.models import (
    ReportBulkDelete,
    ReportEnvelope,
    ReportFileState,
    ReportFileType,
    ReportList,
    ScanHostList,
    ScanStatistics,
    VulnerabilityEnvelope,
    VulnerabilityList,
)
from scankit_cloneguard.types import File

SCAN_ID = "3f0b8a52-6a3e-4c44-9a51-2f0c2b7d9e10"
REPORT_ID = "6f1c2d3e-4b5a-4c6d-9e8f-7a6b5c4d3e2f"


@pytest.mark.parametrize(
    ("module", "args", "url"),
    [
        (list_scan_histories, (SCAN_ID,), f"/v2/scans/{SCAN_ID}/histories"),
        (get_scan_history, (SCAN_ID, "h-1"), f"/v2/scans/{SCAN_ID}/histories/h-1"),
        (list_scan_hosts, (SCAN_ID,), f"/v2/scans/{SCAN_ID}/hosts"),
        (get_scan_host, (SCAN_ID, "host-7"), f"/v2/scans/{SCAN_ID}/hosts/host-7"),
        (list_scan_vulnerabilities, (SCAN_ID,), f"/v2/scans/{SCAN_ID}/vulnerabilities"),
        (get_scan_vulnerability, (SCAN_ID, "r-9"), f"/v2/scans/{SCAN_ID}/vulnerabilities/r-9"),
        (get_scan_statistics, (SCAN_ID,), f"/v2/scans/{SCAN_ID}/vulnerabilities/statistics"),
        (list_reports, (), "/v2/reports"),
        (get_report, (REPORT_ID,), f"/v2/reports/{REPORT_ID}"),
        (list_vulnerabilities, (), "/v2/vulnerabilities"),
        (get_vulnerability, ("r-9",), "/v2/vulnerabilities/r-9"),
    ],
)
def test_reads_reach_their_paths(module: Any, args: tuple[str, ...], url: str) -> None:
    kwargs = module._get_kwargs(*args)
    assert kwargs["method"] == "get"
    assert kwargs["url"] == url


def test_lists_page_like_list_scans() -> None:
    """The sub-resource lists take List scans' documented paging (page, per_page up to 100)."""
    params = list_scan_vulnerabilities._get_kwargs(SCAN_ID, page=3, per_page=100)["params"]
    assert params == {"page": 3, "per_page": 100}
    assert list_reports._get_kwargs()["params"] == {"page": 1, "per_page": 10}


# v1 (Clone Systems' WordPress plugin) generates and downloads these four; Detectify, which resells
# Clone Systems' ASV scans, names the same four reports.
V1_REPORT_TYPES = ["attestation", "detailed", "executive", "remediation"]


def test_report_file_types_are_v1s() -> None:
    assert sorted(member.value for member in ReportFileType) == V1_REPORT_TYPES


@pytest.mark.parametrize("file_type", V1_REPORT_TYPES)
def test_generate_and_download_send_the_type_as_v1_does(file_type: str) -> None:
    generate = generate_report_file._get_kwargs(REPORT_ID, type_=ReportFileType(file_type))
    assert (generate["method"], generate["url"], generate["params"]) == (
        "get",
        f"/v2/reports/{REPORT_ID}/generate",
        {"type": file_type},
    )
    download = download_report_file._get_kwargs(REPORT_ID, type_=ReportFileType(file_type))
    # v1's URL ends in .pdf whatever the file is (its remediation file is an Excel workbook)
    assert (download["method"], download["url"], download["params"]) == (
        "get",
        f"/v2/reports/{REPORT_ID}.pdf",
        {"type": file_type},
    )


def test_check_file_is_v1s_details_with_an_optional_type() -> None:
    assert check_report_file._get_kwargs(REPORT_ID)["url"] == f"/v2/reports/{REPORT_ID}/details"
    assert check_report_file._get_kwargs(REPORT_ID)["params"] == {}
    assert check_report_file._get_kwargs(REPORT_ID, type_=ReportFileType.DETAILED)["params"] == {"type": "detailed"}


def test_delete_reports_sends_the_ids() -> None:
    kwargs = delete_reports._get_kwargs(body=ReportBulkDelete(ids=["a", "b"]))
    assert (kwargs["method"], kwargs["url"], kwargs["json"]) == ("delete", "/v2/reports", {"ids": ["a", "b"]})


def _client(handler: Any) -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url="https://api.your-instance.com",
        token="access-token",
        prefix="Basic",
        httpx_args={"transport": httpx.MockTransport(handler)},
    )


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("application/pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"),
        ("application/vnd.ms-excel", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"),  # an .xls (OLE2) header
    ],
)
def test_download_returns_the_raw_bytes(content_type: str, body: bytes) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url.path == f"/v2/reports/{REPORT_ID}.pdf"
        assert request.url.params["type"] == "remediation"
        return httpx.Response(200, content=body, headers={"content-type": content_type})

    response = download_report_file.sync_detailed(REPORT_ID, client=_client(handler), type_=ReportFileType.REMEDIATION)
    assert isinstance(response.parsed, File)
    assert isinstance(response.parsed.payload, io.BytesIO)
    assert response.parsed.payload.read() == body


# A report in v1's field names (main.php's report view and overview), in the v2 resource shape.
REPORT: dict[str, Any] = {
    "id": REPORT_ID,
    "type": "report",
    "attributes": {
        "name": "2024-11-18T08:00:00Z",
        "task": {"id": SCAN_ID, "name": "Weekly external PCI scan"},
        "compliance": False,
        "results_count": {"high_and_medium": 2, "low": 5},
        "files": {"detailed": {"status": "done"}, "executive": {"status": "running", "progress": 40}},
        "scan_end": "2024-11-18T09:12:00Z",
    },
}


def test_report_reads_v1s_fields_and_keeps_the_rest() -> None:
    report = ReportEnvelope.from_dict({"data": REPORT}).data
    attributes = report.attributes
    assert attributes.name == "2024-11-18T08:00:00Z"
    assert attributes.compliance is False
    assert attributes.task["name"] == "Weekly external PCI scan"
    assert attributes.results_count.high_and_medium == 2
    assert attributes.results_count["low"] == 5
    # what v1's check reads: files[<type>].status == "done"
    files = attributes.files
    assert isinstance(files["detailed"], ReportFileState)
    assert files["detailed"].status == "done"
    assert files["executive"].status == "running"
    assert files["executive"]["progress"] == 40
    assert attributes["scan_end"] == "2024-11-18T09:12:00Z"
    assert ReportEnvelope.from_dict({"data": REPORT}).to_dict() == {"data": REPORT}


def test_report_list_with_v1s_list_counts() -> None:
    """v1's list carries the counts as `results`, the single report as `results_count`: both read."""
    listed = {**REPORT, "attributes": {"name": "2024-11-18T08:00:00Z", "results": {"high_and_medium": 0}}}
    page = ReportList.from_dict({"data": [listed], "meta": {"current_page": 1, "total_pages": 1}})
    assert page.data[0].attributes.results.high_and_medium == 0
    assert page.meta.total_pages == 1


@pytest.mark.parametrize("severity", [5.0, "5.0"])
def test_vulnerability_reads_v1s_fields(severity: float | str) -> None:
    vulnerability = {
        "id": "r-9",
        "type": "vulnerability",
        "attributes": {
            "name": "SSL/TLS: Certificate Expired",
            "severity": severity,
            "threat": "Medium",
            "host": {"ip": "203.0.113.10", "hostname": "www.example.org"},
            "port": "443/tcp",
            "nvt": {"oid": "1.3.6.1.4.1.25623.1.0.103955", "cve": "NOCVE", "tags": "summary=..."},
            "overrides": {"status": "active"},
            "qod": {"value": 98},
        },
    }
    parsed = VulnerabilityEnvelope.from_dict({"data": vulnerability}).data
    attributes = parsed.attributes
    assert (attributes.name, attributes.severity, attributes.threat, attributes.port) == (
        "SSL/TLS: Certificate Expired",
        severity,
        "Medium",
        "443/tcp",
    )
    assert attributes.host == {"ip": "203.0.113.10", "hostname": "www.example.org"}
    assert attributes.nvt["cve"] == "NOCVE"
    assert attributes.overrides["status"] == "active"
    assert attributes["qod"] == {"value": 98}
    assert VulnerabilityList.from_dict({"data": [vulnerability]}).data[0].id == "r-9"


def test_undocumented_attributes_are_kept_not_dropped() -> None:
    host = {"id": "host-7", "type": "host", "attributes": {"ip": "203.0.113.10", "os": "Linux", "severity": 7.5}}
    page = ScanHostList.from_dict({"data": [host], "meta": {"current_page": 1}})
    assert page.data[0].attributes.additional_properties == host["attributes"]
    assert page.to_dict()["data"] == [host]


def test_statistics_keep_whatever_the_server_sends() -> None:
    payload = {"data": {"high": 1, "medium": 3, "low": 7, "log": 20}}
    statistics = ScanStatistics.from_dict(payload)
    assert statistics["data"] == payload["data"]
    assert statistics.to_dict() == payload
