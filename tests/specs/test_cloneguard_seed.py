"""The CG Scanning API V2 (Clone Systems) seed page, fed through the generated models.

Seed 004 (the CG Scanning API V2 documentation's "List scans", `GET /v2/scans`) shows only the
JSON schema of the 200 body, not an example, so the payloads below are that shape with concrete,
realistic values. `meta` is a `$ref` to a `metadata.json` the docs do not show: the payload uses
the inferred Rails fields the spec declares (`current_page`, `per_page`, `total_pages`,
`total_count`).
"""

from __future__ import annotations

import datetime
import enum
from typing import Any
from uuid import UUID

import attrs
import pytest

from scankit_cloneguard.api.scans import list_scans
from scankit_cloneguard.models import (
    ErrorBody,
    ListMeta,
    Scan,
    ScanAttributes,
    ScanList,
    ScanSearch,
    ScanSortBy,
    ScanStatus,
    ScanTarget,
    SessionToken,
)

SCAN_1_ID = "3f0b8a52-6a3e-4c44-9a51-2f0c2b7d9e10"
SCAN_2_ID = "b7e4c1d0-2f3a-4e5b-9c6d-7e8f9a0b1c2d"
TARGET_1_ID = "9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f"
TARGET_2_ID = "0e9d8c7b-6a5f-4e3d-2c1b-a09f8e7d6c5b"

SCAN_LIST_PAYLOAD: dict[str, Any] = {
    "data": [
        {
            "id": SCAN_1_ID,
            "type": "scan",
            "attributes": {
                "id": SCAN_1_ID,
                "name": "Weekly external PCI scan",
                "comment": "Perimeter hosts",
                "creation_time": "2024-11-15T10:20:30Z",
                "modification_time": "2024-11-18T08:00:00.123Z",
                "status": "done",
                "schedule_next_time": "2024-11-25T02:00:00Z",
                "target": {"id": TARGET_1_ID, "name": "DMZ web servers"},
            },
        },
        {
            "id": SCAN_2_ID,
            "type": "scan",
            "attributes": {
                "id": SCAN_2_ID,
                "name": "Ad-hoc internal scan",
                "comment": "",
                "creation_time": "2025-04-24T10:59:46+02:00",
                "modification_time": "2025-04-24T11:05:00+02:00",
                "status": "running",
                "schedule_next_time": None,
                "target": {"id": TARGET_2_ID, "name": "Office LAN 192.168.1.0/24"},
            },
        },
    ],
    "meta": {"current_page": 1, "per_page": 10, "total_pages": 1, "total_count": 2},
}

UTC = datetime.UTC
PLUS_2 = datetime.timezone(datetime.timedelta(hours=2))

# (index, expected typed values) for each scan in SCAN_LIST_PAYLOAD["data"].
EXPECTED_SCANS = [
    (
        0,
        {
            "id": UUID(SCAN_1_ID),
            "name": "Weekly external PCI scan",
            "comment": "Perimeter hosts",
            "creation_time": datetime.datetime(2024, 11, 15, 10, 20, 30, tzinfo=UTC),
            "modification_time": datetime.datetime(2024, 11, 18, 8, 0, 0, 123000, tzinfo=UTC),
            "status": "done",
            "schedule_next_time": "2024-11-25T02:00:00Z",
            "target_id": UUID(TARGET_1_ID),
            "target_name": "DMZ web servers",
        },
    ),
    (
        1,
        {
            "id": UUID(SCAN_2_ID),
            "name": "Ad-hoc internal scan",
            "comment": "",
            "creation_time": datetime.datetime(2025, 4, 24, 10, 59, 46, tzinfo=PLUS_2),
            "modification_time": datetime.datetime(2025, 4, 24, 11, 5, 0, tzinfo=PLUS_2),
            "status": "running",
            "schedule_next_time": None,
            "target_id": UUID(TARGET_2_ID),
            "target_name": "Office LAN 192.168.1.0/24",
        },
    ),
]

# The seed's `status` filter list, verbatim and in the seed's order.
SEED_STATUSES = [
    "delete_requested",
    "done",
    "new",
    "requested",
    "running",
    "stop_requested",
    "stop_waiting",
    "stopped",
    "internal_error",
    "delete_ultimate_requested",
    "stop_requested_giveup",
    "delete_waiting",
    "delete_ultimate_waiting",
    "queued",
]
# The seed's sort_by columns: [:modification_time, :creation_time, :end_time, :run_status,
# :schedule_next_time, :name], each with `_asc` / `_desc`.
SEED_SORT_COLUMNS = ["modification_time", "creation_time", "end_time", "run_status", "schedule_next_time", "name"]


def assert_no_additional_properties(value: Any, path: str = "$") -> None:
    """Walk a generated model (and lists of them) and fail on any field left untyped."""
    if isinstance(value, list):
        for i, item in enumerate(value):
            assert_no_additional_properties(item, f"{path}[{i}]")
        return
    if not attrs.has(type(value)):
        return
    assert value.additional_properties == {}, f"untyped fields at {path}: {value.additional_properties}"
    for field in attrs.fields(type(value)):
        if field.name != "additional_properties":
            assert_no_additional_properties(getattr(value, field.name), f"{path}.{field.name}")


def assert_typed(value: Any, expected: Any, expected_type: type) -> None:
    """The exact value, held as the expected Python type (no str standing in for a UUID)."""
    assert value == expected
    assert isinstance(value, expected_type)
    if not issubclass(expected_type, str):  # a str enum is a str; a UUID or datetime never is
        assert not isinstance(value, str)


def assert_same_keys(original: Any, emitted: Any, path: str = "$") -> None:
    """`to_dict()` re-emits exactly the payload's keys, at every level (values may be re-formatted)."""
    if isinstance(original, dict):
        assert isinstance(emitted, dict), path
        assert set(emitted) == set(original), f"keys differ at {path}"
        for key, value in original.items():
            assert_same_keys(value, emitted[key], f"{path}.{key}")
    elif isinstance(original, list):
        assert isinstance(emitted, list), path
        assert len(emitted) == len(original), path
        for i, (a, b) in enumerate(zip(original, emitted, strict=True)):
            assert_same_keys(a, b, f"{path}[{i}]")


@pytest.fixture
def scan_list() -> ScanList:
    return ScanList.from_dict(SCAN_LIST_PAYLOAD)


def test_scan_list_envelope(scan_list: ScanList) -> None:
    assert type(scan_list) is ScanList
    assert isinstance(scan_list.data, list)
    assert len(scan_list.data) == 2
    assert all(type(scan) is Scan for scan in scan_list.data)
    assert_no_additional_properties(scan_list)


def test_scan_list_meta(scan_list: ScanList) -> None:
    meta = scan_list.meta
    assert type(meta) is ListMeta
    assert_typed(meta.current_page, 1, int)
    assert_typed(meta.per_page, 10, int)
    assert_typed(meta.total_pages, 1, int)
    assert_typed(meta.total_count, 2, int)
    assert meta.additional_properties == {}


@pytest.mark.parametrize(("index", "expected"), EXPECTED_SCANS)
def test_scan_fields(scan_list: ScanList, index: int, expected: dict[str, Any]) -> None:
    scan = scan_list.data[index]
    assert_typed(scan.id, expected["id"], UUID)
    assert_typed(scan.type_, "scan", str)
    attributes = scan.attributes
    assert type(attributes) is ScanAttributes
    assert_typed(attributes.id, expected["id"], UUID)
    assert_typed(attributes.name, expected["name"], str)
    assert_typed(attributes.comment, expected["comment"], str)
    for name in ("creation_time", "modification_time"):
        value = getattr(attributes, name)
        assert type(value) is datetime.datetime, name
        assert value.tzinfo is not None, f"{name} is naive"
        assert value == expected[name], name
        assert value.utcoffset() == expected[name].utcoffset(), name
    # Status reads as the open, case-insensitive ScanStatus (v1 spells it "Done"; v2 is undocumented).
    assert_typed(attributes.status, expected["status"], ScanStatus)
    # schedule_next_time is a nullable string (no format on the seed): kept as sent, null is None.
    assert_typed(attributes.schedule_next_time, expected["schedule_next_time"], type(expected["schedule_next_time"]))
    target = attributes.target
    assert type(target) is ScanTarget
    assert_typed(target.id, expected["target_id"], UUID)
    assert_typed(target.name, expected["target_name"], str)
    # Extended-only fields are absent from this payload and stay unset.
    for name in ("schedule", "config", "scanner", "last_report"):
        assert getattr(attributes, name) is None, name
    assert_no_additional_properties(scan)


def test_scan_list_round_trip(scan_list: ScanList) -> None:
    emitted = scan_list.to_dict()
    assert_same_keys(SCAN_LIST_PAYLOAD, emitted)
    assert emitted["data"][1]["attributes"]["schedule_next_time"] is None
    assert emitted["data"][0]["id"] == SCAN_1_ID
    assert emitted["meta"] == SCAN_LIST_PAYLOAD["meta"]
    again = ScanList.from_dict(emitted)
    assert again == scan_list
    assert again.to_dict() == emitted


# Not on the seed's list: GVM's own `interrupted`, listed (inferred, in the spec) so a wait ends on it.
GVM_EXTRA_STATUSES = ["interrupted"]


def test_status_filter_enum_is_the_seed_list() -> None:
    assert issubclass(ScanStatus, enum.Enum)
    assert sorted(member.value for member in ScanStatus) == sorted(SEED_STATUSES + GVM_EXTRA_STATUSES)
    # The docs' "Allowed values" box shows the names upper-cased: those are the member names.
    assert sorted(member.name for member in ScanStatus) == sorted(s.upper() for s in SEED_STATUSES + GVM_EXTRA_STATUSES)
    assert ScanStatus("stop_requested_giveup") is ScanStatus.STOP_REQUESTED_GIVEUP


def test_sort_by_enum_is_every_column_both_ways() -> None:
    expected = {f"{column}_{direction}" for column in SEED_SORT_COLUMNS for direction in ("asc", "desc")}
    assert {member.value for member in ScanSortBy} == expected
    assert ScanSortBy("schedule_next_time_desc") is ScanSortBy.SCHEDULE_NEXT_TIME_DESC


def test_list_scans_query_parameters() -> None:
    kwargs = list_scans._get_kwargs(
        page=2,
        per_page=100,
        date_range_start="2024-11-01 00:00:00",
        date_range_end="2024-11-30 23:59:59",
        relative_date_range="1q2020",
        sort_by=ScanSortBy.CREATION_TIME_DESC,
        limited=True,
        extended=False,
        scheduled=True,
        status=[ScanStatus.DONE, ScanStatus.STOP_REQUESTED],
    )
    assert kwargs["method"] == "get"
    assert kwargs["url"] == "/v2/scans"
    assert kwargs["params"] == {
        "page": 2,
        "per_page": 100,
        "date_range_start": "2024-11-01 00:00:00",
        "date_range_end": "2024-11-30 23:59:59",
        "relative_date_range": "1q2020",
        "sort_by": "creation_time_desc",
        "limited": True,
        "extended": False,
        "scheduled": True,
        "status[]": ["done", "stop_requested"],
    }


def test_list_scans_default_paging() -> None:
    assert list_scans._get_kwargs()["params"] == {"page": 1, "per_page": 10}


def test_list_scans_q_is_deep_object() -> None:
    params = list_scans._get_kwargs(q=ScanSearch(name="test*", organization_id="42"))["params"]
    assert params == {"page": 1, "per_page": 10, "q[name]": "test*", "q[organization_id]": "42"}


# Inferred bodies (not shown on the seed): concrete values in the shapes the spec declares.
@pytest.mark.parametrize(
    "payload",
    [
        {"error": "You need to sign in or sign up before continuing."},
        {"errors": ["Name can't be blank"], "message": "Validation failed"},
        {"errors": {"name": ["can't be blank"]}},
    ],
)
def test_error_body(payload: dict[str, Any]) -> None:
    body = ErrorBody.from_dict(payload)
    for key, value in payload.items():
        assert_typed(getattr(body, key), value, type(value))
    for key in {"error", "errors", "message"} - set(payload):
        assert getattr(body, key) is None
    assert_no_additional_properties(body)
    assert body.to_dict() == payload


def test_session_token() -> None:
    payload = {"token": "eyJhbGciOiJIUzI1NiJ9.eyJ1c2VyX2lkIjo0Mn0.c2lnbmF0dXJl"}
    token = SessionToken.from_dict(payload)
    assert_typed(token.token, payload["token"], str)
    assert_no_additional_properties(token)
    assert token.to_dict() == payload
