"""What users read from and build with the generated models: None for absent and null alike,
`fields_set` to tell them apart, `to_dict()` that re-emits what was sent, models that survive
pickle and deepcopy, and dict bodies and filters checked against their model."""

from __future__ import annotations

import copy
import json
import pickle
import uuid
from typing import Any

import httpx
import pytest
from helpers import FakeClock, make

import scankit
from scankit_advalidation.models import CampaignCreate, CampaignType
from scankit_cloneguard.models import Scan as CgScan
from scankit_hostedscan.models import Risk, ScanState
from scankit_hostedscan.types import ParseError as HsParseError

CG_SCAN: dict[str, Any] = {
    "id": "CD613E30-d8f1-4adf-91b7-584a2265b1f5",
    "type": "scan",
    "attributes": {
        "name": "Weekly",
        "comment": None,
        "creation_time": "2025-01-01T00:00:53Z",
        "schedule_next_time": None,
        "target": {"id": "7311d8a3-c2ce-4f44-bed4-d57b1e2feb89", "name": "DMZ"},
        "new_server_field": {"x": 1},
    },
}


def test_absent_and_null_both_read_none_and_fields_set_tells_them_apart() -> None:
    scan = CgScan.from_dict(CG_SCAN)
    attributes = scan.attributes
    assert attributes.comment is None  # sent as null
    assert attributes.status is None  # absent
    assert "comment" in attributes.fields_set
    assert "status" not in attributes.fields_set
    assert {"name", "creation_time", "target"} <= attributes.fields_set


def test_to_dict_re_emits_what_the_server_sent() -> None:
    emitted = CgScan.from_dict(CG_SCAN).to_dict()
    attributes = emitted["attributes"]
    assert attributes["comment"] is None and attributes["schedule_next_time"] is None  # nulls stay null
    assert "status" not in attributes and "config" not in attributes  # absent stays absent
    assert attributes["new_server_field"] == {"x": 1}  # unknown keys too
    assert set(attributes) == set(CG_SCAN["attributes"])
    assert json.loads(CgScan.from_dict(CG_SCAN).to_json()) == emitted


def test_date_times_come_back_as_the_same_instant_and_offset_in_iso_8601() -> None:
    """The README's one exception to "re-emits exactly": Python's spelling of the same date-time."""
    sent = {**CG_SCAN["attributes"], "modification_time": "2025-01-01T02:00:53.5+02:00"}
    emitted = CgScan.from_dict({**CG_SCAN, "attributes": sent}).to_dict()["attributes"]
    assert emitted["creation_time"] == "2025-01-01T00:00:53+00:00"  # sent as ...53Z
    assert emitted["modification_time"] == "2025-01-01T02:00:53.500000+02:00"  # the offset is kept


def test_repr_shows_values_not_sentinels() -> None:
    text = repr(CgScan.from_dict(CG_SCAN))
    assert "Unset" not in text and "object at 0x" not in text
    assert "UUID('cd613e30-d8f1-4adf-91b7-584a2265b1f5')" in text
    assert "status=None" in text


def test_pickle_and_deepcopy_keep_equality_and_to_dict() -> None:
    scan = CgScan.from_dict(CG_SCAN)
    for copied in (pickle.loads(pickle.dumps(scan)), copy.deepcopy(scan), copy.copy(scan)):
        assert copied == scan
        assert copied.to_dict() == scan.to_dict()
        json.dumps(copied.to_dict())
        assert copied.attributes.fields_set == scan.attributes.fields_set


def test_uuids_are_read_lazily_but_behave_as_uuids() -> None:
    scan = CgScan.from_dict(CG_SCAN)
    expected = uuid.UUID(CG_SCAN["id"])
    assert isinstance(scan.id, uuid.UUID)
    assert scan.id == expected and expected == scan.id
    assert hash(scan.id) == hash(expected)
    assert str(scan.id) == str(expected) and scan.id.hex == expected.hex
    assert {expected: 1}[scan.id] == 1
    assert type(pickle.loads(pickle.dumps(scan.id))) is uuid.UUID


def test_a_malformed_uuid_is_still_refused() -> None:
    bad = dict(CG_SCAN, id="not-a-uuid")
    with pytest.raises(ValueError, match="id"):
        CgScan.from_dict(bad)
    shaped = dict(CG_SCAN, id="zzzzzzzz-d8f1-4adf-91b7-584a2265b1f5")  # right shape, read on first use
    with pytest.raises(ValueError, match="badly formed"):
        str(CgScan.from_dict(shaped).id)


def test_a_model_you_build_sends_what_you_gave() -> None:
    omitted = CampaignCreate(name="x", type_=CampaignType.VIDEO)
    assert omitted.adspec_id is None
    assert omitted.to_dict() == {"name": "x", "type": "video"}
    null = CampaignCreate(name="x", type_=CampaignType.VIDEO, adspec_id=None)
    assert null.to_dict() == {"name": "x", "type": "video", "adspecId": None}
    assert "adspec_id" in null.fields_set and "adspec_id" not in omitted.fields_set


def test_a_wrong_type_in_an_optional_field_names_the_field() -> None:
    with pytest.raises(HsParseError, match="target_label"):
        Risk.from_dict({"id": "r1", "target_label": 5})


def _capture(seen: list[httpx.Request], body: dict[str, Any]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=body)

    return handler


def test_a_dict_body_is_checked_against_its_model_and_sent(clock: FakeClock) -> None:
    seen: list[httpx.Request] = []
    scan = {"id": "s1", "type": "NMAP", "state": "QUEUED"}
    hosted = make(scankit.HostedScan, _capture(seen, {"data": scan}), clock)
    created = hosted.scans.create(body={"type": "NMAP", "targets": ["example.com"]})
    assert created.state is ScanState.QUEUED
    assert json.loads(seen[0].content) == {"type": "NMAP", "targets": ["example.com"]}
    with pytest.raises(HsParseError, match="ScanCreate"):
        hosted.scans.create(body={"type": "NMAP", "targets": "example.com"})  # type: ignore[arg-type]
    assert len(seen) == 1  # the bad body was never sent


def test_a_null_in_a_dict_body_is_sent_as_null(clock: FakeClock) -> None:
    seen: list[httpx.Request] = []
    campaign = {"data": {"id": 1, "name": "x"}}
    adv = make(scankit.Advalidation, _capture(seen, campaign), clock)
    adv.campaigns.create(body={"name": "x", "type": "video", "adspecId": None})
    assert json.loads(seen[0].content) == {"name": "x", "type": "video", "adspecId": None}


def test_filters_take_the_model_or_a_dict_and_enum_values_as_strings(clock: FakeClock) -> None:
    from scankit_hostedscan.models import ScanFilters

    seen: list[httpx.Request] = []
    hosted = make(scankit.HostedScan, _capture(seen, {"data": []}), clock)
    list(hosted.scans.list(filters=ScanFilters(state=[ScanState.RUNNING])))
    list(hosted.scans.list(filters={"state": ("RUNNING", ScanState.FAILED)}))
    assert json.loads(seen[0].url.params["filters"]) == {"state": ["RUNNING"]}
    assert json.loads(seen[1].url.params["filters"]) == {"state": ["RUNNING", "FAILED"]}
    passentry = make(scankit.PassEntry, _capture(seen, {"data": []}), clock)
    list(passentry.scans.list(status="successful"))
    assert seen[-1].url.params["status"] == "successful"


def test_none_for_an_optional_parameter_sends_nothing(clock: FakeClock) -> None:
    seen: list[httpx.Request] = []
    hosted = make(scankit.HostedScan, _capture(seen, {"data": []}), clock)
    list(hosted.scans.list(filters=None, page_token=None))
    assert "filters" not in seen[0].url.params and "page_token" not in seen[0].url.params


def test_the_typing_scripts_need_no_unset() -> None:
    """What users write (tests/typing/) never imports Unset nor checks isinstance(..., Unset)."""
    from pathlib import Path

    scripts = sorted((Path(__file__).parent / "typing").glob("*.py"))
    assert len(scripts) >= 6
    for script in scripts:
        assert "Unset" not in script.read_text(encoding="utf-8"), script.name
