"""Each vendor through the real scankit clients against a running sandbox: lists, filters, get,
create/start/stop, auth and not-found errors. Listing tests use the session's sandbox and never
change it; tests that write start their own (``fresh``)."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from conftest import records

import scankit
from scankit.sandbox import DATA_NOW, Runs, Sandbox, sign_in_credentials

pytestmark = pytest.mark.filterwarnings("error")


@pytest.fixture
def fresh(request: pytest.FixtureRequest) -> Iterator[Sandbox]:
    """A sandbox of its own for one vendor (the test's ``vendor`` parameter), for tests that write."""
    vendor = request.param
    # runs move on by reads only: what a test sees cannot depend on how fast the machine is
    with Sandbox([vendor], rate_limits=False, runs=Runs(seconds=None)) as sandbox:
        yield sandbox


def data(sandbox: Sandbox, vendor: str) -> Any:
    return sandbox.app.state.vendors[vendor]


def hidden(sandbox: Sandbox, vendor: str, record: Any) -> dict[str, Any]:
    """What only a record's filters see (PassEntry's entity, CloneGuard's organization)."""
    found: dict[str, Any] = data(sandbox, vendor).hidden(record)
    return found


# ----------------------------------------------------------------------------- PackageX


def test_packagex_lists_every_scan_newest_first(scankit_sandbox: Sandbox, make: Any) -> None:
    px = make(scankit_sandbox, "packagex")
    pages = list(px.scans.list(limit=40).pages())
    scans = [s for p in pages for s in p.items]
    assert len(pages) == 8
    assert len(scans) == 300 == pages[0].total_items
    assert len({s.id for s in scans}) == 300
    created = [s.created_at for s in scans]
    assert created == sorted(created, reverse=True)
    assert pages[-1].raw.pagination.has_more is False


def test_packagex_filters_by_location_and_gets_one(scankit_sandbox: Sandbox, make: Any) -> None:
    px = make(scankit_sandbox, "packagex")
    location = "loc_jZ1fYiQobeWthjbhme3vDX"
    expected = [s["id"] for s in records(scankit_sandbox, "packagex", "Scan") if s["location_id"] == location]
    found = [s.id for s in px.scans.list(location=location)]
    assert found == expected and 0 < len(found) < 300
    scan = px.scans.get(found[0])
    assert scan.id == found[0] and scan.location_id == location and scan.object_ == "scan"


def test_packagex_search_ranks_matches(scankit_sandbox: Sandbox, make: Any) -> None:
    px = make(scankit_sandbox, "packagex")
    target = next(s for s in records(scankit_sandbox, "packagex", "Scan") if s["tracking_number"])
    first = next(iter(px.scans.list(search=target["tracking_number"])))
    assert first.id == target["id"]
    assert first.field_search.relevance_score == 1.0


@pytest.mark.parametrize("fresh", ["packagex"], indirect=True)
def test_packagex_create_scan(fresh: Sandbox, make: Any) -> None:
    from scankit_packagex.models import CreateScanRequest

    px = make(fresh, "packagex")
    body = CreateScanRequest.from_dict(
        {"image_url": "https://example.com/label.jpg", "barcode_values": ["1Z999AA10123456784"], "weight": 2.5}
    )
    scan = px.scans.create(body=body)
    assert scan.tracking_number == "1Z999AA10123456784" and scan.weight == "2.5 LBS"
    assert px.scans.get(scan.id).id == scan.id
    assert next(iter(px.scans.list())).id == scan.id  # newest first
    with pytest.raises(scankit.BadRequestError) as caught:
        px.scans.create(body=CreateScanRequest.from_dict({"image_url": ""}))
    assert "image_url" in str(caught.value)


def test_packagex_errors(scankit_sandbox: Sandbox, make: Any) -> None:
    with pytest.raises(scankit.NotFoundError):
        make(scankit_sandbox, "packagex").scans.get("scan_doesNotExist")
    with pytest.raises(scankit.AuthenticationError) as caught:
        make(scankit_sandbox, "packagex", api_key="wrong").scans.get("scan_x")
    assert "PX-API-KEY" in str(caught.value)


# ----------------------------------------------------------------------------- HostedScan


def test_hostedscan_lists_1200_scans_over_three_cursor_pages(scankit_sandbox: Sandbox, make: Any) -> None:
    hs = make(scankit_sandbox, "hostedscan")
    pages = list(hs.scans.list().pages())
    assert [len(p.items) for p in pages] == [500, 500, 200]
    assert pages[-1].next is None and isinstance(pages[0].next, str)
    assert len({s.id for p in pages for s in p.items}) == 1200
    assert sum(1 for _ in hs.targets.list()) == 80
    assert sum(1 for _ in hs.risks.list()) == 400


def test_hostedscan_filters(scankit_sandbox: Sandbox, make: Any) -> None:
    hs = make(scankit_sandbox, "hostedscan")
    scans = records(scankit_sandbox, "hostedscan", "Scan")
    running = [s.id for s in hs.scans.list(filters={"state": ["RUNNING", "QUEUED"]})]
    assert running == [s["id"] for s in scans if s["state"] in {"RUNNING", "QUEUED"}] and running
    openvas = list(hs.scans.list(filters={"type": ["OPENVAS"], "scheduled_by": ["api"]}))
    assert openvas and all(s.type_ == "OPENVAS" for s in openvas)
    prod = list(hs.targets.list(filters={"tags": ["prod"]}))
    assert prod and all("prod" in t.tags for t in prod)
    high = list(hs.risks.list(filters={"status": ["OPEN"], "risk_definition.threat_level": ["HIGH"]}))
    assert high and all(r.status == "OPEN" and r.risk_definition.threat_level == "HIGH" for r in high)
    with pytest.raises(scankit.BadRequestError) as caught:
        list(hs.scans.list(filters="{not json"))
    assert "filters" in str(caught.value)


def test_hostedscan_get_risk_target_and_result(scankit_sandbox: Sandbox, make: Any) -> None:
    hs = make(scankit_sandbox, "hostedscan")
    scan = next(s for s in hs.scans.list() if s.results)
    assert hs.scans.get(scan.id).id == scan.id
    risk = next(iter(hs.risks.list()))
    single = hs.risks.get(risk.id)
    assert single.first_detected_at is not None and "target_label" in single.to_dict()
    assert hs.targets.get(risk.target_id).target == risk.target
    result = scan.results[0]
    file = hs.results.download(result.result_id)
    assert file.payload.read()
    with pytest.raises(scankit.NotFoundError):
        hs.scans.get("000000000000000000000000")
    with pytest.raises(scankit.AuthenticationError):
        make(scankit_sandbox, "hostedscan", api_key="wrong").scans.get(scan.id)


@pytest.mark.parametrize("fresh", ["hostedscan"], indirect=True)
def test_hostedscan_create_scan_and_targets_crud(fresh: Sandbox, make: Any) -> None:
    from scankit_hostedscan.models import ScanCreate, TargetCreate, TargetUpdate

    hs = make(fresh, "hostedscan")
    target = hs.targets.create(body=TargetCreate(target="new.example.com", label="New", tags=["prod"]))
    assert hs.targets.get(target.id).label == "New"
    with pytest.raises(scankit.BadRequestError):
        hs.targets.create(body=TargetCreate(target="new.example.com"))
    assert hs.targets.create(body=TargetCreate(target="new.example.com", label="Again"), upsert=True).id == target.id
    assert hs.targets.update(target.id, body=TargetUpdate(tags=["staging"])).tags == ["staging"]

    scan = hs.scans.create(body=ScanCreate.from_dict({"type": "NMAP", "target_ids": [target.id]}))
    assert scan.state == "QUEUED" and scan.progress == 0
    states = [hs.scans.get(scan.id).state for _ in range(3)]
    assert states == ["RUNNING", "RUNNING", "SUCCEEDED"]
    assert hs.scans.get(scan.id).results
    with pytest.raises(scankit.BadRequestError):
        hs.scans.create(body=ScanCreate.from_dict({"type": "NMAP", "targets": ["a.example"], "tags": ["prod"]}))

    # targets.delete through the client raises TypeError (the facade checks isinstance(value, Any)),
    # so the sandbox's side of it is checked with a raw request.
    key = {"X-HOSTEDSCAN-API-KEY": fresh.api_key("hostedscan")}
    deleted = httpx.delete(f"{fresh.base_url('hostedscan')}/v1/targets/{target.id}", headers=key)
    assert deleted.status_code == 200 and deleted.content == b""
    with pytest.raises(scankit.NotFoundError):
        hs.targets.get(target.id)
    assert sum(1 for _ in hs.targets.list()) == 80


# ----------------------------------------------------------------------------- Advalidation


def test_advalidation_campaigns_creatives_scans(scankit_sandbox: Sandbox, make: Any) -> None:
    adv = make(scankit_sandbox, "advalidation")
    creatives_served = records(scankit_sandbox, "advalidation", "Creative")
    campaigns = list(adv.campaigns.list())
    assert len(campaigns) == 12
    total = 0
    for campaign in campaigns:
        pages = list(adv.campaigns.list_creatives(campaign.id).pages())
        creatives = [c for p in pages for c in p.items]
        expected = [c for c in creatives_served if c["campaignId"] == campaign.id and c["parentId"] is None]
        assert len(creatives) == len(expected) and 35 <= len(creatives) <= 45
        assert len(pages) == 2 and pages[0].total_pages == 2
        total += len(creatives)
    assert total == sum(1 for c in creatives_served if c["parentId"] is None)

    vast = next(c for c in creatives_served if c["sourceType"] == "tag-vast" and c["nbVariations"] is None)
    media = list(adv.creatives.list_media_files(vast["id"]))
    assert media and all(m.parent_id == vast["id"] and m.source_type == "vast-child-video" for m in media)
    assert adv.creatives.get(vast["id"]).nb_media_files == len(media)
    assert list(adv.creatives.list_variations(vast["id"])) == []

    # a VAST tag whose ads vary: its variations, each a VAST creative of its own with its media files
    varying = next(c for c in creatives_served if c["sourceType"] == "tag-vast" and c["nbVariations"])
    variations = list(adv.creatives.list_variations(varying["id"]))
    assert len(variations) == varying["nbVariations"]
    for variation in variations:
        own, *files = adv.creatives.list_variation_items(varying["id"], variation.creative_id)
        assert (own.id, own.parent_id, own.source_type) == (variation.creative_id, varying["id"], "vast-variation")
        assert files and all((f.parent_id, f.source_type) == (own.id, "vast-child-video") for f in files)
        assert own.nb_media_files == len(files)
    other = next(c for c in creatives_served if c["nbVariations"] and c["id"] != varying["id"])
    with pytest.raises(scankit.NotFoundError):  # a variation of another tag is not this tag's
        list(adv.creatives.list_variation_items(other["id"], variations[0].creative_id))

    finished = next(c for c in creatives_served if c["latestScanStatus"]["processingStatus"] == "finished")
    scan = adv.scans.get(finished["latestScanStatus"]["id"], include_checks=True)
    assert scan.processing_status == "finished" and scan.tests
    assert scan.nb_issues == sum(1 for t in scan.tests if t.result != "pass")
    assert "tests" not in adv.scans.get(scan.id).to_dict()


@pytest.mark.parametrize("fresh", ["advalidation"], indirect=True)
def test_advalidation_rescan_and_create_campaign(fresh: Sandbox, make: Any) -> None:
    from scankit_advalidation.models import CampaignCreate, RescanRequest

    adv = make(fresh, "advalidation")
    creative = next(iter(adv.campaigns.list_creatives(next(iter(adv.campaigns.list())).id)))
    scan = adv.creatives.rescan(creative.id, body=RescanRequest())
    assert scan.processing_status == "queued" and scan.sequence_type == "manual"
    latest = adv.creatives.get(creative.id).latest_scan_status  # each read moves it on
    assert latest.id == scan.id and latest.processing_status == "processing"
    done = adv.scans.get(scan.id, include_checks=True)
    assert done.processing_status == "finished" and done.tests and done.finished_at is not None

    campaign = adv.campaigns.create(
        body=CampaignCreate.from_dict({"name": "Sandbox test", "type": "video", "adspecId": None})
    )
    assert campaign.adspec_id == 57 and adv.campaigns.get(campaign.id).name == "Sandbox test"
    assert next(iter(adv.campaigns.list())).id == campaign.id
    with pytest.raises(scankit.UnprocessableEntityError) as caught:
        adv.campaigns.create(body=CampaignCreate.from_dict({"name": " ", "type": "display"}))
    assert "name" in str(caught.value)


def test_advalidation_errors(scankit_sandbox: Sandbox, make: Any) -> None:
    adv = make(scankit_sandbox, "advalidation")
    with pytest.raises(scankit.NotFoundError) as caught:
        adv.scans.get(1)
    assert "Scan not found" in str(caught.value)
    with pytest.raises(scankit.AuthenticationError) as auth:
        make(scankit_sandbox, "advalidation", api_key="wrong").campaigns.get(100)
    assert "Unable to authenticate user" in str(auth.value)


# ----------------------------------------------------------------------------- PassEntry


def test_passentry_lists_1000_scans_with_links(scankit_sandbox: Sandbox, make: Any) -> None:
    pe = make(scankit_sandbox, "passentry")
    pages = list(pe.scans.list().pages())
    assert len(pages) == 10 and sum(len(p.items) for p in pages) == 1000
    assert pages[-1].raw.links.next_ is None and pages[0].raw.links.next_.endswith("page=2")
    pages = list(pe.scans.list(per_page=300).pages())
    assert [len(p.items) for p in pages] == [300, 300, 300, 100]
    raw = pages[1].raw
    assert raw.meta.current_page == 2 and raw.meta.total_pages == 4 and raw.meta.results_per_page == 300
    ids = {i.id for i in raw.included}
    assert {s.relationships.reader.data.id for s in pages[1].items} <= ids


def test_passentry_filters(scankit_sandbox: Sandbox, make: Any) -> None:
    pe = make(scankit_sandbox, "passentry")
    scans = records(scankit_sandbox, "passentry", "Scan")
    failed = list(pe.scans.list(status="failed"))
    assert len(failed) == sum(1 for s in scans if s["attributes"]["status"] == "failed") > 0
    assert all(s.attributes.status_detail for s in failed)
    assert all(s.relationships.reader.data.id == "south-gate-1" for s in pe.scans.list(reader_id="south-gate-1"))
    some = next(s for s in scans if s["relationships"]["pass"]["data"])
    pass_id = some["relationships"]["pass"]["data"]["id"]
    ext = next(p for p in records(scankit_sandbox, "passentry", "Pass") if p["id"] == pass_id)["attributes"]["extId"]
    by_uuid = [s.id for s in pe.scans.list(pass_id=pass_id)]
    assert by_uuid and by_uuid == [s.id for s in pe.scans.list(pass_id=ext)]
    nfc = list(pe.scans.list(scan_type="nfc", validation_type="internalValidation"))
    assert nfc and all(s.attributes.scan_type == "nfc" for s in nfc)
    since = datetime.datetime.fromtimestamp(DATA_NOW - 86_400 * 3, datetime.UTC)
    recent = list(pe.scans.list(created_after=since))
    assert recent and all(s.attributes.scanned_at > since for s in recent)
    older = list(pe.scans.list(created_before=since))
    assert len(recent) + len(older) == 1000
    hiddens = [hidden(scankit_sandbox, "passentry", s) for s in scans]
    for name in ("entity", "event_id", "group_tag", "pass_template_name"):
        key = {"event_id": "eventId", "group_tag": "groupTag", "pass_template_name": "passTemplateName"}.get(name, name)
        value = next(h[key] for h in hiddens if h[key])
        expected = sum(1 for h in hiddens if h[key] == value)
        assert sum(1 for _ in pe.scans.list(**{name: value})) == expected


@pytest.mark.parametrize("fresh", ["passentry"], indirect=True)
def test_passentry_scans_made_through_the_api(fresh: Sandbox, make: Any) -> None:
    pe = make(fresh, "passentry")
    passes = records(fresh, "passentry", "Pass")
    inactive = next(p for p in passes if p["attributes"]["status"] == "removed")
    loyalty = next(p for p in passes if p["attributes"]["status"] == "active")
    refused = pe.scans.create(body={"scan": {"readerId": "east-entrance", "passId": inactive["attributes"]["extId"]}})
    assert refused.validation_response.status == "failed"
    assert refused.validation_response.status_detail == "Pass is not active"
    assert refused.scan_info.pass_id == inactive["id"]  # found by its external id
    body = {"scan": {"readerId": "east-entrance", "passId": loyalty["id"], "loyalty": {"balance": 10}}}
    pe.scans.create(body=body)
    added = pe.scans.create(body=body).validation_response.loyalty
    assert (added.balance_change, added.updated_balance, added.operation) == ("10", "20", "add")
    newest = [s.id for s in pe.scans.list(max_items=3)]
    assert len(newest) == 3 and refused.scan_info.scan_id in newest
    assert sum(1 for _ in pe.scans.list(reader_id="east-entrance", per_page=100)) >= 3


async def test_passentry_async_client_and_get(scankit_sandbox: Sandbox, fast: Any) -> None:
    async with fast(scankit_sandbox.async_client("passentry")) as pe:
        scans = [s async for s in pe.scans.list(status="failed", max_items=150)]
        assert len(scans) == 150
        scan = await pe.scans.get(scans[0].id)
        assert scan.id == scans[0].id
        with pytest.raises(scankit.NotFoundError):
            await pe.scans.get("0194d6a9-95b7-72dc-87fc-ecaed8c0b521")
    async with scankit_sandbox.async_client("passentry", api_key="wrong") as bad:
        with pytest.raises(scankit.AuthenticationError):
            await bad.scans.get(scans[0].id)


def test_passentry_raw_list_shape(scankit_sandbox: Sandbox, make: Any) -> None:
    headers = {"Authorization": f"Bearer {scankit_sandbox.api_key('passentry')}"}
    url = scankit_sandbox.base_url("passentry") + "/api/v1/scans"
    last = httpx.get(url, params={"page": 4, "perPage": 250}, headers=headers).json()
    assert (
        last["links"]["next"] is None
        and last["links"]["prev"].endswith("page=3")
        and "perPage=250" in last["links"]["first"]
    )
    beyond = httpx.get(url, params={"page": 99}, headers=headers).json()
    assert beyond["data"] == [] and beyond["meta"]["totalCount"] == 1000


# ----------------------------------------------------------------------------- CloneGuard


def test_cloneguard_lists_and_filters(scankit_sandbox: Sandbox, make: Any) -> None:
    from scankit_cloneguard.models import ScanSearch

    cg = make(scankit_sandbox, "cloneguard")
    scans = records(scankit_sandbox, "cloneguard", "Scan")
    pages = list(cg.scans.list(per_page=100).pages())
    assert [len(p.items) for p in pages] == [100, 100, 50] and pages[0].raw.meta.total_count == 250
    assert sum(1 for _ in cg.scans.list()) == 250  # 25 pages of 10

    running = list(cg.scans.list(status=["running", "queued"]))
    assert len(running) == sum(1 for s in scans if s["attributes"]["status"] in {"running", "queued"})
    weekly = list(cg.scans.list(q=ScanSearch(name="weekly*")))
    assert weekly and all(s.attributes.name.lower().startswith("weekly") for s in weekly)
    prefix = scans[7]["id"][:6]
    assert [str(s.id) for s in cg.scans.list(q=ScanSearch(uuid=prefix + "*"))] == [
        s["id"] for s in scans if s["id"].startswith(prefix)
    ]
    org = list(cg.scans.list(q=ScanSearch(organization_id="57")))
    assert len(org) == sum(1 for s in scans if hidden(scankit_sandbox, "cloneguard", s)["organization_id"] == "57")
    names = [s.attributes.name.lower() for s in cg.scans.list(sort_by="name_asc", per_page=100)]
    assert names == sorted(names)
    scheduled = list(cg.scans.list(scheduled=True, extended=True, per_page=100))
    assert scheduled and all(s.attributes.schedule_next_time and s.attributes.schedule for s in scheduled)
    last_week = list(cg.scans.list(relative_date_range="7d", per_page=100))
    assert 0 < len(last_week) < 250
    ranged = list(
        cg.scans.list(date_range_start="2025-05-20 00:00:00", date_range_end="2025-05-25 23:59:59", per_page=100)
    )
    low = datetime.datetime(2025, 5, 20, tzinfo=datetime.UTC)
    # the range applies to the field the spec's x-scankit-incremental filter names (modification_time)
    assert ranged and all(low <= s.attributes.modification_time < low + datetime.timedelta(days=6) for s in ranged)

    assert sum(1 for _ in cg.scans.list_upcoming(per_page=100)) == sum(
        1 for s in scans if s["attributes"]["schedule_next_time"]
    )
    assert all(s.attributes.status == "done" for s in cg.scans.list_recent(per_page=100))
    assert all(s.attributes.status in {"running", "queued", "requested"} for s in cg.scans.list_running())


@pytest.mark.parametrize("fresh", ["cloneguard"], indirect=True)
def test_cloneguard_create_update_start_stop_delete(fresh: Sandbox, make: Any) -> None:
    from scankit_cloneguard.models import ScanBulkDelete, ScanCreate, ScanUpdate, SignInCredentials

    cg = make(fresh, "cloneguard")
    target = data(fresh, "cloneguard").gen.pools["targets"][0]
    scan = cg.scans.create(body=ScanCreate(name="Sandbox scan", target_id=target["id"]))
    assert scan.attributes.status == "new" and str(scan.attributes.target.id) == target["id"]
    assert cg.scans.update(scan.id, body=ScanUpdate(comment="changed")).attributes.comment == "changed"
    cg.scans.start(scan.id)
    assert cg.scans.get(scan.id).attributes.status == "running"
    with pytest.raises(scankit.UnprocessableEntityError):
        cg.scans.start(scan.id)
    cg.scans.stop(scan.id)
    assert cg.scans.get(scan.id).attributes.status == "stopped"
    with pytest.raises(scankit.UnprocessableEntityError):
        cg.scans.stop(scan.id)
    with pytest.raises(scankit.UnprocessableEntityError):
        cg.scans.create(body=ScanCreate(name="No target"))

    token = cg.auth.sign_in(body=SignInCredentials(**sign_in_credentials("cloneguard"))).token
    bearer = make(fresh, "cloneguard", access_token=None, bearer_token=token)
    assert bearer.scans.get(scan.id).id == scan.id
    with pytest.raises(scankit.AuthenticationError):
        cg.auth.sign_in(body=SignInCredentials(username="jane", password="wrong"))

    cg.scans.delete(scan.id)
    with pytest.raises(scankit.NotFoundError):
        cg.scans.get(scan.id)
    ids = [s.id for s in cg.scans.list(max_items=3)]
    cg.scans.delete_many(body=ScanBulkDelete(ids=ids))
    assert sum(1 for _ in cg.scans.list(per_page=100)) == 247


def test_cloneguard_findings_belong_to_their_scan(scankit_sandbox: Sandbox, make: Any) -> None:
    cg = make(scankit_sandbox, "cloneguard")
    served = records(scankit_sandbox, "cloneguard", "Vulnerability")
    done = [s for s in records(scankit_sandbox, "cloneguard", "Scan") if s["attributes"]["status"] == "done"]
    scan, other = done[0]["id"], done[1]["id"]
    found = list(cg.scans.list_vulnerabilities(scan, per_page=2))
    assert [v.id for v in found] == [v["id"] for v in served if v["attributes"]["scan_id"] == scan]
    counts = cg.scans.get_statistics(scan)["data"]
    assert counts["total"] == len(found) == counts["high"] + counts["medium"] + counts["low"] + counts["log"]
    with pytest.raises(scankit.NotFoundError):
        cg.scans.get_vulnerability(other, found[0].id)
    with pytest.raises(scankit.NotFoundError):
        cg.scans.get_statistics("00000000-0000-4000-8000-000000000000")
    never_ran = next(s for s in records(scankit_sandbox, "cloneguard", "Scan") if s["attributes"]["status"] == "new")
    assert list(cg.scans.list_hosts(never_ran["id"])) == []
    assert sum(1 for _ in cg.reports.list(per_page=100)) == len(done)


@pytest.mark.parametrize("fresh", ["cloneguard"], indirect=True)
def test_cloneguard_report_files_are_generated_on_request(fresh: Sandbox, make: Any) -> None:
    cg = make(fresh, "cloneguard")
    report = next(iter(cg.reports.list(max_items=1)))
    assert cg.reports.download(report.id, type_="executive").payload.read().startswith(b"%PDF")
    with pytest.raises(scankit.NotFoundError):
        cg.reports.download(report.id, type_="detailed")
    assert cg.reports.generate(report.id, type_="detailed").data.attributes.files["detailed"].status == "generating"
    # runs move on by reads only here: the first check sees it generating, the second done
    assert cg.reports.check_file(report.id, type_="detailed").attributes.files["detailed"].status == "generating"
    with pytest.raises(scankit.NotFoundError):
        cg.reports.download(report.id, type_="detailed")
    assert cg.reports.get(report.id).attributes.files["detailed"].status == "done"
    file = cg.reports.download(report.id, type_="detailed")
    assert file.mime_type == "application/pdf" and report.id.encode() in file.payload.read()
    with pytest.raises(scankit.UnprocessableEntityError):  # not a file type the spec lists
        cg.with_raw_response.reports.generate(report.id, type_="everything")  # type: ignore[arg-type]


def test_cloneguard_auth(scankit_sandbox: Sandbox, make: Any) -> None:
    scan_id = records(scankit_sandbox, "cloneguard", "Scan")[0]["id"]
    with pytest.raises(scankit.AuthenticationError):
        make(scankit_sandbox, "cloneguard", access_token="wrong").scans.get(scan_id)
    with pytest.raises(scankit.AuthenticationError):
        make(scankit_sandbox, "cloneguard", api_key="wrong").scans.get(scan_id)
    with pytest.raises(scankit.NotFoundError):
        make(scankit_sandbox, "cloneguard").scans.get("3f0b8a52-6a3e-4c44-9a51-2f0c2b7d9e11")


def test_readme_examples_run_against_the_sandbox_env(scankit_sandbox_env: dict[str, str], fast: Any) -> None:
    with fast(scankit.HostedScan()) as hs:
        assert hs.base_url == scankit_sandbox_env["HOSTEDSCAN_BASE_URL"]
        assert sum(1 for _ in hs.scans.list(filters={"state": ["RUNNING"]})) == 8
    with fast(scankit.CloneGuard()) as cg:
        assert list(cg.scans.list(status=["running"], sort_by="modification_time_desc", max_items=3))
    with fast(scankit.PackageX()) as px:
        assert len(list(px.scans.list(location="loc_jZ1fYiQobeWthjbhme3vDX", max_items=50))) == 50
