"""The second round of spec corrections (issue 13), one behaviour each, over httpx.MockTransport.

Each test names the public source the correction comes from; the specs carry the same sources.
"""

from __future__ import annotations

import inspect
import json
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
import yaml
from helpers import FakeClock, make

import scankit
from scankit._errors import ErrorPaths
from scankit.vendors import cloneguard, hostedscan, passentry

ROOT = Path(__file__).resolve().parent.parent
UUID = "0194d6a9-95b7-72dc-87fc-ecaed8c0b520"


def spec(vendor: str) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((ROOT / "specs" / vendor / "openapi.yaml").read_text())
    return loaded


def answer(status: int, body: Any) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json=body)

    return handler


# -- 1. CloneGuard's API host is per customer (scanning-docs REST API introduction) ----------------


def test_cloneguard_without_a_base_url_refuses_and_says_where_the_host_is(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLONEGUARD_API_KEY", "k")
    monkeypatch.setenv("CLONEGUARD_ACCESS_TOKEN", "t")
    monkeypatch.delenv("CLONEGUARD_BASE_URL", raising=False)
    sent: list[httpx.Request] = []
    http = httpx.Client(transport=httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(200)))
    for cls in (scankit.CloneGuard, scankit.AsyncCloneGuard):
        with pytest.raises(scankit.ConfigurationError) as info:
            cls(http_client=http) if cls is scankit.CloneGuard else cls()
        message = str(info.value)
        assert "CLONEGUARD_BASE_URL" in message and "base_url=" in message
        assert "https://api.{instance}" in message
        assert "https://scanning-docs.clone-systems.com/docs/developers/rest-api/introduction" in message
        assert "k" not in message.split() and "t" not in message.split()
    assert sent == []  # no credentials went anywhere


def test_cloneguard_takes_its_host_from_the_environment_or_the_argument(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLONEGUARD_API_KEY", "k")
    monkeypatch.setenv("CLONEGUARD_BASE_URL", "https://api.acme-scans.example/")
    with scankit.CloneGuard() as cg:
        assert cg.base_url == "https://api.acme-scans.example"
    with scankit.CloneGuard(base_url="https://api.other.example") as cg:
        assert cg.base_url == "https://api.other.example"
    # the docs' placeholder is only an example, never a default
    assert cloneguard.VENDOR.base_url is None
    assert cloneguard.VENDOR.servers == ["https://api.your-instance.com"]
    assert spec("cloneguard")["servers"][0]["url"] == "https://api.{instance}"


def test_vendors_with_one_production_host_keep_their_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOSTEDSCAN_API_KEY", "k")
    monkeypatch.delenv("HOSTEDSCAN_BASE_URL", raising=False)
    with scankit.HostedScan() as hs:
        assert hs.base_url == "https://api.hostedscan.com"


# -- 2 and 3. PassEntry's error bodies: {"errors": [...]} or {"error": ...} (its WooCommerce plugin) --


@pytest.mark.parametrize(
    ("body", "message", "details"),
    [
        ({"error": "Pass template not found"}, "Pass template not found", ()),
        ({"errors": ["Too Many Requests"]}, None, ("Too Many Requests",)),
    ],
)
def test_passentry_error_bodies_surface_the_vendors_words(body: Any, message: Any, details: Any) -> None:
    pe = make(scankit.PassEntry, answer(404, body), FakeClock(), max_retries=0)
    with pytest.raises(scankit.NotFoundError) as info:
        pe.scans.get(UUID)
    assert info.value.message == message
    assert info.value.details == details
    assert (message or details[0]) in str(info.value)
    assert passentry.VENDOR.errors == {"message": "error", "details": "errors"}


# -- 4. CloneGuard v1 errors carry `status` and `status_text` (Clone_Guard_API) ---------------------


def test_cloneguard_status_text_is_the_message() -> None:
    body = {"status": 422, "status_text": "Name can't be blank"}
    cg = make(scankit.CloneGuard, answer(422, body), FakeClock(), access_token="t")
    with pytest.raises(scankit.UnprocessableEntityError) as info:
        cg.scans.create(body=cloneguard.ScanCreate(name="", schedule_id="s-1", notification_ids=["n-1", "n-2"]))
    assert info.value.message == "Name can't be blank"
    assert "Name can't be blank" in str(info.value)
    sent = info.value.raw_response.request  # e.response is a redacted copy without the body
    assert json.loads(sent.content) == {"name": "", "schedule_id": "s-1", "notification_ids": ["n-1", "n-2"]}


def test_cloneguard_falls_back_to_the_next_candidate_message() -> None:
    cg = make(scankit.CloneGuard, answer(401, {"message": "Signature has expired"}), FakeClock(), bearer_token="t")
    with pytest.raises(scankit.AuthenticationError) as info:
        cg.scans.get(UUID)
    assert info.value.message == "Signature has expired"


def test_error_paths_take_several_candidates_and_reject_bad_ones() -> None:
    paths = ErrorPaths.from_dict({"message": ["status_text", "message"], "details": "errors"})
    assert paths == ErrorPaths(message=("status_text", "message"), details="errors")
    for bad in ({"message": []}, {"message": ["ok", ""]}, {"detail_message": ["a"]}, {"details": [3]}):
        with pytest.raises(scankit.ConfigurationError):
            ErrorPaths.from_dict(bad)


def test_start_scheduled_is_a_lead_not_an_operation() -> None:
    """v1's POST /scans/{id}/start_scheduled has no v2 evidence: recorded in the spec, not modelled."""
    paths = spec("cloneguard")["paths"]
    assert not any("start_scheduled" in p for p in paths)
    assert "start_scheduled" in paths["/v2/scans/{id}/start"]["post"]["description"]
    assert not hasattr(scankit.CloneGuard, "start_scheduled")


# -- 5. CloneGuard statuses: GVM names compare case-insensitively (x-scankit-case-insensitive) -----


def test_cloneguard_status_reads_any_case_as_the_documented_member() -> None:
    for spelled in ("Done", "DONE", "done"):
        status = cloneguard.ScanStatus(spelled)
        assert status == cloneguard.ScanStatus.DONE and status.name == "DONE" and not status.is_unknown
        assert hash(status) == hash(cloneguard.ScanStatus.DONE) and status in {"done"}
        assert status.value == "done", "what a request sends is the listed spelling"
        assert str(status) == spelled, "the spelling that arrived is kept"
    assert cloneguard.ScanStatus("Done") != cloneguard.ScanStatus.RUNNING
    assert cloneguard.ScanStatus("done") is cloneguard.ScanStatus.DONE
    assert cloneguard.ScanStatus("Paused").is_unknown  # still open to new values
    # an enum the spec does not mark keeps its case: "Successful" is not PassEntry's "successful"
    assert passentry.ScanStatus("Successful").is_unknown


def test_cloneguard_status_filter_sends_the_documented_spelling() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"data": [], "meta": {"current_page": 1, "total_pages": 1}})

    cg = make(scankit.CloneGuard, handler, FakeClock(), access_token="t")
    assert list(cg.scans.list(status=["Running", "STOP_REQUESTED"])) == []
    query = parse_qs(urlsplit(str(seen[0].url)).query)
    assert query["status[]"] == ["running", "stop_requested"]


def test_cli_filter_accepts_any_case_for_a_case_insensitive_enum() -> None:
    from scankit.cli._params import Shape, convert

    assert convert("Done", Shape("enum", enum_cls=cloneguard.ScanStatus), "status") == "done"


def test_case_insensitive_flag_is_linted(tmp_path: Path) -> None:
    from scankit_codegen import lint_specs as lint

    good = spec("cloneguard")
    assert lint._case_insensitive(good) == []
    bad = spec("cloneguard")
    bad["components"]["schemas"]["ScanTarget"]["properties"]["name"]["x-scankit-case-insensitive"] = True
    bad["components"]["schemas"]["ScanStatus"]["x-scankit-case-insensitive"] = "yes"
    problems = lint._case_insensitive(bad)
    assert any("ScanTarget/properties/name" in p and "string enum" in p for p in problems)
    assert any("ScanStatus" in p and "must be `true`" in p for p in problems)


# -- 6. HostedScan: `filters` on GET /v1/targets removed from the docs in d160f27 -------------------


def test_hostedscan_target_filters_are_deprecated_and_list_scans_has_no_page_size() -> None:
    op = spec("hostedscan")["paths"]["/v1/targets"]["get"]
    filters = next(p for p in op["parameters"] if p.get("name") == "filters")
    # the evidence stays in the spec, beside the text users read (x-scankit-notes)
    assert filters["deprecated"] is True and "d160f27" in filters["x-scankit-notes"]
    assert "page_size" not in inspect.signature(hostedscan.Scans.list).parameters
    assert "99baf5a" in spec("hostedscan")["paths"]["/v1/scans"]["get"]["x-scankit-notes"]


# -- 7. Advalidation: a server that ignores `page` cannot loop the paginator or lose items ----------


def _one_by_one(items: Any, seen: list[Any]) -> list[Any]:
    """Iterate, keeping what arrived before an error in `seen`."""
    for item in items:
        seen.append(item)
    return []


@pytest.mark.parametrize("concurrency", [1, 8])
def test_advalidation_server_ignoring_page_raises_instead_of_looping(concurrency: int) -> None:
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        creatives = [{"id": i, "campaignId": 7, "name": f"c{i}", "createdAt": "2025-01-01T00:00:00Z"} for i in (1, 2)]
        meta = {"pagination": {"count": 2, "totalCount": 6, "page": 1, "totalPages": 3}}
        return httpx.Response(200, json={"data": creatives, "meta": meta})  # always page 1

    adv = make(scankit.Advalidation, handler, FakeClock())
    adv = adv.with_options(page_concurrency=concurrency)
    got: list[Any] = []
    with pytest.raises(scankit.PaginationError, match="page"):
        got.extend(_one_by_one(adv.campaigns.list_creatives(7), got))
    assert [c.id for c in got] == [1, 2]  # page 1's items once: none repeated, none invented
    assert len(requests) <= 3  # it stopped; no loop


# -- 8. PackageX: contact_id on scan parties; total_count confirmed but optional ---------------------


def test_packagex_party_contact_id_and_a_page_without_total_count() -> None:
    from scankit_packagex.models import ScanParty

    scan = {
        "id": "scan_1",
        "object": "scan",
        "created_at": 1_700_000_000,
        "sender": {"name": "Odin", "contact_id": "cont_1"},
        "recipient": {"name": "Freya", "contact_id": None},
    }
    body = {"status": 200, "message": "ok", "data": [scan], "pagination": {"page": 1, "limit": 25, "has_more": False}}
    px = make(scankit.PackageX, answer(200, body), FakeClock())
    (only,) = list(px.scans.list())
    assert isinstance(only.sender, ScanParty) and only.sender.contact_id == "cont_1"
    assert isinstance(only.recipient, ScanParty) and only.recipient.contact_id is None
    assert "date-filters" in spec("packagex")["paths"]["/v1/scans"]["get"]["description"]


# -- 9. PassEntry's list order is not documented: scankit keeps the server's order ------------------


def test_passentry_list_keeps_the_servers_order_and_claims_none() -> None:
    ids = ["0195ebee-62d2-7a98-83b7-1fe98465a401", "0195ebee-62d1-72b3-bd35-a101b24878a9"]
    attributes = {"scanType": "nfc", "scanValue": "v", "validationType": "internalValidation", "status": "failed"}
    scans = [
        {
            "id": i,
            "type": "scan",
            "attributes": {**attributes, "scannedAt": f"2025-01-13T13:0{n}:00Z"},
            "relationships": {"reader": {"data": {"id": "r", "type": "reader"}}},
        }
        for n, i in enumerate(ids)
    ]
    body = {"data": scans, "meta": {"currentPage": 1, "totalPages": 1}, "links": {"next": None}}
    pe = make(scankit.PassEntry, answer(200, body), FakeClock())
    assert [str(s.id) for s in pe.scans.list()] == ids  # ascending scannedAt, as the docs example
    assert "newest first" not in spec("passentry")["paths"]["/api/v1/scans"]["get"]["description"].replace(
        "showed them newest first", ""
    )
