"""PassEntry's documented payloads parse into fully typed models (seed 003 and vendor-notes §4).

Run with the generated package on the path:
    PYTHONPATH=generated/passentry pytest tests/specs/test_passentry_seed.py

Free-form objects: two models are open by design and hold their content in
`additional_properties`, so the "nothing left untyped" walker exempts exactly these:
- `PassContent`: a pass's field values, keyed by the customer's own template field names.
- `IncludedAttributes`: the attributes of an `included` entry of a type the spec does not know
  (the open `IncludedResource` that ends the `Included` union). `pass` and `reader` entries read as
  the typed `Pass` / `Reader` (the spec's `x-scankit-discriminator`, made a `const` for the
  generator by scripts/generate.py).
"""

from __future__ import annotations

import copy
import datetime
from typing import Any
from uuid import UUID

import attrs
import pytest

from scankit_passentry.models import (
    Barcode,
    DeviceType,
    ErrorBody,
    IncludedAttributes,
    IncludedResource,
    Links,
    Pass,
    PassAttributes,
    PassContent,
    PassRelationship,
    PassStatus,
    PassType,
    Reader,
    ReaderAttributes,
    ReaderRelationship,
    ReaderType,
    ResourceIdentifier,
    ResourceType,
    Scan,
    ScanAttributes,
    ScanEnvelope,
    ScanList,
    ScanListMeta,
    ScanRelationships,
    ScanStatus,
    ScanType,
    ValidationType,
)
from scankit_passentry.types import ParseError

UTC = datetime.UTC

# GET /api/v1/scans, verbatim from the seed page (003_e606e03ba9725bed.txt).
SEED_SCAN_LIST: dict[str, Any] = {
    "data": [
        {
            "id": "0194d6a9-95b7-72dc-87fc-ecaed8c0b520",
            "type": "scan",
            "attributes": {
                "scanType": "barcode",
                "scanValue": "factory_scan_value",
                "validationType": "internalValidation",
                "status": "failed",
                "statusDetail": "Pass is not active",
                "scannedAt": "2025-01-13T13:05:00Z",
            },
            "relationships": {
                "pass": {"data": {"id": "7882e98b-0eba-4625-9223-5221eb8dad7f", "type": "pass"}},
                "reader": {"data": {"id": "south-gate-1", "type": "reader"}},
            },
        },
        {
            "id": "0194d6a9-95b6-73b5-8904-7137e5250cb0",
            "type": "scan",
            "attributes": {
                "scanType": "nfc",
                "scanValue": "factory_scan_value",
                "validationType": "internalValidation",
                "status": "failed",
                "statusDetail": "Pass is not active",
                "scannedAt": "2025-01-13T13:02:00Z",
            },
            "relationships": {
                "pass": {"data": {"id": "7882e98b-0eba-4625-9223-5221eb8dad7f", "type": "pass"}},
                "reader": {"data": {"id": "south-gate-1", "type": "reader"}},
            },
        },
        {
            "id": "0194d6a9-95b5-7556-896c-693a6ef61c4d",
            "type": "scan",
            "attributes": {
                "scanType": "barcode",
                "scanValue": "factory_scan_value",
                "validationType": "internalValidation",
                "status": "failed",
                "statusDetail": "Pass is not active",
                "scannedAt": "2025-01-13T13:00:00Z",
            },
            "relationships": {
                "pass": {"data": {"id": "7882e98b-0eba-4625-9223-5221eb8dad7f", "type": "pass"}},
                "reader": {"data": {"id": "south-gate-1", "type": "reader"}},
            },
        },
    ],
    "included": [
        {
            "id": "7882e98b-0eba-4625-9223-5221eb8dad7f",
            "type": "pass",
            "attributes": {
                "downloadUrl": "https://www.example.com?pass=7882e98b-0eba-4625-9223-5221eb8dad7f",
                "passType": "generic",
                "createdAt": "2022-01-01T00:00:00Z",
                "status": "issued",
                "extId": "4312d68fd106e3e6dd15",
                "passTemplateUuid": "06e14f17a5607abc881a1186",
                "passTemplateName": "Pass Template 4 3116",
                "nfc": None,
                "barcode": None,
                "passContent": {"fullName": "John Johnson"},
            },
        },
        {
            "id": "south-gate-1",
            "type": "reader",
            "attributes": {
                "name": "South Gate Reader",
                "readerType": "PassentryReader",
                "loggedIn": False,
                "qrEnabled": False,
                "mifareClassicNfcEnabled": False,
                "scanEnabled": True,
                "redeemEnabled": False,
                "addPointsEnabled": False,
                "ndefTagScanningEnabled": False,
                "lastSeenAt": "2020-03-13T13:00:00Z",
            },
        },
    ],
    "meta": {
        "totalScans": 3,
        "successfulScans": 0,
        "failedScans": 3,
        "readersCount": 1,
        "totalCount": 3,
        "resultsPerPage": 25,
        "currentPage": 1,
        "totalPages": 1,
    },
    "links": {"first": None, "prev": None, "next": None, "last": None},
}

# GET /api/v1/scans/{id}: the docs show only its shape ({data: Scan, included: [pass, reader]}),
# so this is built with concrete values of that shape, covering the branches the list seed leaves
# null: a successful scan (statusDetail null), an NFC id, a full barcode object, a VTAP reader.
SCAN_ENVELOPE: dict[str, Any] = {
    "data": {
        "id": "0194d6b2-1c40-7e21-9a3b-5f0d2c8e4a17",
        "type": "scan",
        "attributes": {
            "scanType": "nfc",
            "scanValue": "04A224B2C95B80",
            "validationType": "externalValidation",
            "status": "successful",
            "statusDetail": None,
            "scannedAt": "2025-01-14T09:30:15Z",
        },
        "relationships": {
            "pass": {"data": {"id": "9c1e4f02-6b7d-4a35-8e21-3d5c7a9b0f64", "type": "pass"}},
            "reader": {"data": {"id": "CC202952", "type": "reader"}},
        },
    },
    "included": [
        {
            "id": "9c1e4f02-6b7d-4a35-8e21-3d5c7a9b0f64",
            "type": "pass",
            "attributes": {
                "downloadUrl": "https://www.example.com?pass=9c1e4f02-6b7d-4a35-8e21-3d5c7a9b0f64",
                "passType": "generic",
                "createdAt": "2024-12-02T08:15:00Z",
                "status": "issued",
                "extId": "member-10442",
                "passTemplateUuid": "06e14f17a5607abc881a1186",
                "passTemplateName": "Season Ticket 2025",
                "nfc": "04A224B2C95B80",
                "barcode": {
                    "enabled": True,
                    "type": "qr",
                    "source": "custom",
                    "value": "member-10442",
                    "displayText": "Member 10442",
                },
                "passContent": {"fullName": "Jane Doe", "seat": "Block C, Row 12"},
            },
        },
        {
            "id": "CC202952",
            "type": "reader",
            "attributes": {
                "name": "North Turnstile",
                "readerType": "VtapReader",
                "loggedIn": True,
                "qrEnabled": True,
                "mifareClassicNfcEnabled": True,
                "scanEnabled": True,
                "redeemEnabled": True,
                "addPointsEnabled": True,
                "ndefTagScanningEnabled": True,
                "lastSeenAt": "2025-01-14T09:30:00Z",
            },
        },
    ],
}

# The documented 429 body (vendor-notes §4, rate-limiting page).
RATE_LIMITED_BODY: dict[str, Any] = {"errors": ["Too Many Requests"]}

# Open by design; see the module docstring.
FREE_FORM_MODELS = (PassContent, IncludedAttributes)


def assert_fully_typed(obj: Any, path: str = "$") -> int:
    """Walk a model tree; fail on any leftover `additional_properties`. Returns models visited."""
    if isinstance(obj, list):
        return sum(assert_fully_typed(item, f"{path}[{i}]") for i, item in enumerate(obj))
    if not attrs.has(type(obj)):
        return 0
    if isinstance(obj, FREE_FORM_MODELS):
        return 1
    assert obj.additional_properties == {}, f"{path} ({type(obj).__name__}) left untyped: {obj.additional_properties}"
    return 1 + sum(
        assert_fully_typed(getattr(obj, f.name), f"{path}.{f.name}")
        for f in attrs.fields(type(obj))
        if f.name != "additional_properties"
    )


def key_tree(value: Any) -> Any:
    """The nested key structure of a JSON value (lists keep their length), values dropped."""
    if isinstance(value, dict):
        return {k: key_tree(v) for k, v in value.items()}
    if isinstance(value, list):
        return [key_tree(v) for v in value]
    return None


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0) -> datetime.datetime:
    return datetime.datetime(year, month, day, hour, minute, second, tzinfo=UTC)


def assert_aware(value: Any, expected: datetime.datetime) -> None:
    assert isinstance(value, datetime.datetime)
    assert value.tzinfo is not None
    assert value.utcoffset() == datetime.timedelta(0)
    assert value == expected


def typed_attributes(item: Pass | Reader | IncludedResource) -> PassAttributes | ReaderAttributes:
    """An included entry's attributes: typed already, since the entry is a `Pass` or a `Reader`."""
    assert isinstance(item, Pass | Reader), f"{item!r} did not read as a Pass or a Reader"
    return item.attributes


# ---- GET /api/v1/scans ----------------------------------------------------------------------

SEED_SCANS = [
    # id, scanType, scannedAt
    ("0194d6a9-95b7-72dc-87fc-ecaed8c0b520", ScanType.BARCODE, utc(2025, 1, 13, 13, 5)),
    ("0194d6a9-95b6-73b5-8904-7137e5250cb0", ScanType.NFC, utc(2025, 1, 13, 13, 2)),
    ("0194d6a9-95b5-7556-896c-693a6ef61c4d", ScanType.BARCODE, utc(2025, 1, 13, 13, 0)),
]


@pytest.fixture
def scan_list() -> ScanList:
    return ScanList.from_dict(SEED_SCAN_LIST)


def test_scan_list_parses_into_typed_models(scan_list: ScanList) -> None:
    assert isinstance(scan_list, ScanList)
    assert isinstance(scan_list.data, list)
    assert len(scan_list.data) == 3
    assert isinstance(scan_list.included, list)
    assert len(scan_list.included) == 2
    assert isinstance(scan_list.meta, ScanListMeta)
    assert isinstance(scan_list.links, Links)


@pytest.mark.parametrize(
    ("index", "scan_id", "scan_type", "scanned_at"), [(i, *row) for i, row in enumerate(SEED_SCANS)]
)
def test_scan_list_items_every_field(
    scan_list: ScanList, index: int, scan_id: str, scan_type: ScanType, scanned_at: datetime.datetime
) -> None:
    scan = scan_list.data[index]
    assert isinstance(scan, Scan)
    assert isinstance(scan.id, UUID)
    assert scan.id == UUID(scan_id)
    assert scan.type_ is ResourceType.SCAN

    a = scan.attributes
    assert isinstance(a, ScanAttributes)
    assert a.scan_type is scan_type
    assert a.scan_value == "factory_scan_value"
    assert a.validation_type is ValidationType.INTERNAL_VALIDATION
    assert a.status is ScanStatus.FAILED
    assert a.status_detail == "Pass is not active"
    assert_aware(a.scanned_at, scanned_at)

    r = scan.relationships
    assert isinstance(r, ScanRelationships)
    assert isinstance(r.pass_, PassRelationship)
    assert isinstance(r.pass_.data, ResourceIdentifier)
    assert r.pass_.data.id == "7882e98b-0eba-4625-9223-5221eb8dad7f"
    assert r.pass_.data.type_ is ResourceType.PASS
    assert isinstance(r.reader, ReaderRelationship)
    assert isinstance(r.reader.data, ResourceIdentifier)
    assert r.reader.data.id == "south-gate-1"
    assert r.reader.data.type_ is ResourceType.READER


def test_scan_list_included_pass_every_field(scan_list: ScanList) -> None:
    assert isinstance(scan_list.included, list)
    item = scan_list.included[0]
    assert isinstance(item, Pass)
    assert item.id == "7882e98b-0eba-4625-9223-5221eb8dad7f"
    assert item.type_ == "pass"

    # Every attribute arrives typed through PassAttributes.
    p = item.attributes
    assert isinstance(p, PassAttributes)
    assert p.download_url == "https://www.example.com?pass=7882e98b-0eba-4625-9223-5221eb8dad7f"
    assert p.pass_type is PassType.GENERIC
    assert_aware(p.created_at, utc(2022, 1, 1))
    assert p.status is PassStatus.ISSUED
    assert p.ext_id == "4312d68fd106e3e6dd15"
    assert p.pass_template_uuid == "06e14f17a5607abc881a1186"
    assert p.pass_template_name == "Pass Template 4 3116"
    assert p.nfc is None  # nullable, present as null
    assert p.barcode is None  # nullable object, present as null
    assert isinstance(p.pass_content, PassContent)
    assert p.pass_content.additional_properties == {"fullName": "John Johnson"}  # free-form by design
    assert_fully_typed(p)


def test_scan_list_included_reader_every_field(scan_list: ScanList) -> None:
    assert isinstance(scan_list.included, list)
    item = scan_list.included[1]
    assert isinstance(item, Reader)
    assert item.id == "south-gate-1"
    assert item.type_ == "reader"

    r = item.attributes
    assert isinstance(r, ReaderAttributes)
    assert r.name == "South Gate Reader"
    assert r.reader_type is ReaderType.PASSENTRY_READER
    assert r.logged_in is False
    assert r.qr_enabled is False
    assert r.mifare_classic_nfc_enabled is False
    assert r.scan_enabled is True
    assert r.redeem_enabled is False
    assert r.add_points_enabled is False
    assert r.ndef_tag_scanning_enabled is False
    assert_aware(r.last_seen_at, utc(2020, 3, 13, 13, 0))
    assert_fully_typed(r)


@pytest.mark.parametrize(
    ("attr", "expected"),
    [
        ("total_scans", 3),
        ("successful_scans", 0),
        ("failed_scans", 3),
        ("readers_count", 1),
        ("total_count", 3),
        ("results_per_page", 25),
        ("current_page", 1),
        ("total_pages", 1),
    ],
)
def test_scan_list_meta_every_field(scan_list: ScanList, attr: str, expected: int) -> None:
    value = getattr(scan_list.meta, attr)
    assert type(value) is int
    assert value == expected


@pytest.mark.parametrize("attr", ["first", "prev", "next_", "last"])
def test_scan_list_links_are_null(scan_list: ScanList, attr: str) -> None:
    assert isinstance(scan_list.links, Links)
    assert getattr(scan_list.links, attr) is None  # present as null, not UNSET


def test_scan_list_links_carry_urls_when_set() -> None:
    payload = copy.deepcopy(SEED_SCAN_LIST)
    payload["links"] = {
        "first": "https://api.passentry.com/api/v1/scans?page=1&perPage=25",
        "prev": None,
        "next": "https://api.passentry.com/api/v1/scans?page=2&perPage=25",
        "last": "https://api.passentry.com/api/v1/scans?page=4&perPage=25",
    }
    links = ScanList.from_dict(payload).links
    assert isinstance(links, Links)
    assert links.first == "https://api.passentry.com/api/v1/scans?page=1&perPage=25"
    assert links.prev is None
    assert links.next_ == "https://api.passentry.com/api/v1/scans?page=2&perPage=25"
    assert links.last == "https://api.passentry.com/api/v1/scans?page=4&perPage=25"


# ---- GET /api/v1/scans/{id} -----------------------------------------------------------------


def test_scan_envelope_every_field() -> None:
    env = ScanEnvelope.from_dict(SCAN_ENVELOPE)
    assert isinstance(env, ScanEnvelope)
    scan = env.data
    assert isinstance(scan, Scan)
    assert scan.id == UUID("0194d6b2-1c40-7e21-9a3b-5f0d2c8e4a17")
    assert scan.type_ is ResourceType.SCAN
    a = scan.attributes
    assert a.scan_type is ScanType.NFC
    assert a.scan_value == "04A224B2C95B80"
    assert a.validation_type is ValidationType.EXTERNAL_VALIDATION
    assert a.status is ScanStatus.SUCCESSFUL
    assert a.status_detail is None
    assert_aware(a.scanned_at, utc(2025, 1, 14, 9, 30, 15))
    assert isinstance(scan.relationships.pass_, PassRelationship)
    assert isinstance(scan.relationships.pass_.data, ResourceIdentifier)
    assert scan.relationships.pass_.data.id == "9c1e4f02-6b7d-4a35-8e21-3d5c7a9b0f64"
    assert scan.relationships.pass_.data.type_ is ResourceType.PASS
    assert scan.relationships.reader.data.id == "CC202952"
    assert scan.relationships.reader.data.type_ is ResourceType.READER

    assert isinstance(env.included, list)
    assert [type(i) for i in env.included] == [Pass, Reader]
    p = typed_attributes(env.included[0])
    assert isinstance(p, PassAttributes)
    assert p.download_url == "https://www.example.com?pass=9c1e4f02-6b7d-4a35-8e21-3d5c7a9b0f64"
    assert p.pass_type is PassType.GENERIC
    assert_aware(p.created_at, utc(2024, 12, 2, 8, 15))
    assert p.status is PassStatus.ISSUED
    assert p.ext_id == "member-10442"
    assert p.pass_template_uuid == "06e14f17a5607abc881a1186"
    assert p.pass_template_name == "Season Ticket 2025"
    assert p.nfc == "04A224B2C95B80"
    assert isinstance(p.barcode, Barcode)
    assert p.barcode.enabled is True
    assert p.barcode.type_ == "qr"
    assert p.barcode.source == "custom"
    assert p.barcode.value == "member-10442"
    assert p.barcode.display_text == "Member 10442"
    assert isinstance(p.pass_content, PassContent)
    assert p.pass_content.additional_properties == {"fullName": "Jane Doe", "seat": "Block C, Row 12"}
    assert_fully_typed(p)

    r = typed_attributes(env.included[1])
    assert isinstance(r, ReaderAttributes)
    assert r.name == "North Turnstile"
    assert r.reader_type is ReaderType.VTAP_READER
    flags = [
        "logged_in",
        "qr_enabled",
        "mifare_classic_nfc_enabled",
        "scan_enabled",
        "redeem_enabled",
        "add_points_enabled",
        "ndef_tag_scanning_enabled",
    ]
    assert {f: getattr(r, f) for f in flags} == dict.fromkeys(flags, True)
    assert_aware(r.last_seen_at, utc(2025, 1, 14, 9, 30))
    assert_fully_typed(r)


def test_scan_without_pass_and_empty_barcode() -> None:
    """Inferred shapes: a third-party-validated scan with no pass, and a pass with `barcode: {}`."""
    payload = copy.deepcopy(SCAN_ENVELOPE)
    payload["data"]["relationships"]["pass"] = {"data": None}
    payload["included"][0]["attributes"]["barcode"] = {}
    env = ScanEnvelope.from_dict(payload)
    assert isinstance(env.data.relationships.pass_, PassRelationship)
    assert env.data.relationships.pass_.data is None
    assert isinstance(env.included, list)
    p = typed_attributes(env.included[0])
    assert isinstance(p, PassAttributes)
    assert isinstance(p.barcode, Barcode)
    assert p.barcode.enabled is None
    assert p.barcode.to_dict() == {}
    assert_fully_typed(env)

    payload["data"]["relationships"] = {"reader": payload["data"]["relationships"]["reader"]}
    assert ScanEnvelope.from_dict(payload).data.relationships.pass_ is None


# ---- errors ---------------------------------------------------------------------------------


def test_rate_limited_body() -> None:
    body = ErrorBody.from_dict(RATE_LIMITED_BODY)
    assert isinstance(body, ErrorBody)
    assert body.errors == ["Too Many Requests"]
    assert all(type(e) is str for e in body.errors)
    assert_fully_typed(body)
    assert body.to_dict() == RATE_LIMITED_BODY


# ---- whole payloads -------------------------------------------------------------------------

PAYLOADS = [
    # 1 + 3 scans x 7 + a Pass (+ attributes, content) + a Reader (+ attributes) + meta + links
    pytest.param(ScanList, SEED_SCAN_LIST, 29, id="ScanList-seed"),
    pytest.param(ScanEnvelope, SCAN_ENVELOPE, 14, id="ScanEnvelope"),  # 1 + 7 + Pass 4 (with a barcode) + Reader 2
    pytest.param(ErrorBody, RATE_LIMITED_BODY, 1, id="ErrorBody-429"),
]


@pytest.mark.parametrize(("model", "payload", "models_visited"), PAYLOADS)
def test_nothing_left_untyped(model: Any, payload: dict[str, Any], models_visited: int) -> None:
    parsed = model.from_dict(payload)
    assert assert_fully_typed(parsed) == models_visited
    for item in getattr(parsed, "included", None) or []:
        assert assert_fully_typed(typed_attributes(item)) >= 1


@pytest.mark.parametrize(("model", "payload", "models_visited"), PAYLOADS)
def test_to_dict_round_trips(model: Any, payload: dict[str, Any], models_visited: int) -> None:
    parsed = model.from_dict(payload)
    out = parsed.to_dict()
    assert key_tree(out) == key_tree(payload)
    assert model.from_dict(out) == parsed
    for item, sent in zip(getattr(parsed, "included", None) or [], payload.get("included", []), strict=True):
        assert typed_attributes(item).to_dict().keys() == sent["attributes"].keys()


def test_walker_catches_untyped_fields() -> None:
    """The walker itself can fail: an unknown nested key is reported with its path."""
    payload = copy.deepcopy(SEED_SCAN_LIST)
    payload["data"][1]["attributes"]["newField"] = 1
    with pytest.raises(AssertionError, match=r"\$\.data\[1\]\.attributes \(ScanAttributes\)"):
        assert_fully_typed(ScanList.from_dict(payload))


# ---- round two: the "Show pass" page's enums, and `included` typed --------------------------


@pytest.mark.parametrize("status", ["issued", "active", "removed", "deactivated"])
def test_every_documented_pass_status_is_a_known_member(status: str) -> None:
    """PassEntry "Show pass": issued | active | removed | deactivated (not just issued | removed)."""
    payload = copy.deepcopy(SCAN_ENVELOPE)
    payload["included"][0]["attributes"]["status"] = status
    p = typed_attributes(ScanEnvelope.from_dict(payload).included[0])
    assert p.status == status
    assert isinstance(p.status, PassStatus) and not p.status.is_unknown


def test_pass_type_and_device_type_are_open_enums() -> None:
    payload = copy.deepcopy(SCAN_ENVELOPE)
    attributes = payload["included"][0]["attributes"]
    attributes.update(passType="eventTicket", deviceType="iphone")
    p = typed_attributes(ScanEnvelope.from_dict(payload).included[0])
    assert isinstance(p, PassAttributes)
    assert p.pass_type is PassType.EVENT_TICKET
    assert p.device_type is DeviceType.IPHONE
    attributes.update(passType="boardingPass", deviceType="wearOS", status="frozen")  # new values: kept
    p = typed_attributes(ScanEnvelope.from_dict(payload).included[0])
    assert isinstance(p, PassAttributes)
    assert (p.pass_type, p.device_type, p.status) == ("boardingPass", "wearOS", "frozen")
    assert p.pass_type.is_unknown and isinstance(p.device_type, DeviceType) and p.device_type.is_unknown


def test_an_unknown_included_type_is_kept_open_not_an_error() -> None:
    payload = copy.deepcopy(SCAN_ENVELOPE)
    payload["included"].append({"id": "evt-1", "type": "event", "attributes": {"name": "Final"}})
    included = ScanEnvelope.from_dict(payload).included
    assert isinstance(included, list)
    assert [type(i) for i in included] == [Pass, Reader, IncludedResource]
    other = included[2]
    assert isinstance(other, IncludedResource)
    assert other.type_ == "event" and other.type_.is_unknown
    assert other.attributes.additional_properties == {"name": "Final"}


def test_a_reader_is_not_read_as_a_pass_and_nothing_is_consumed_on_the_way() -> None:
    """The union tries Pass first: a reader must come out a whole Reader (the failed try copied)."""
    reader = SCAN_ENVELOPE["included"][1]
    parsed = ScanEnvelope.from_dict({**SCAN_ENVELOPE, "included": [reader]}).included
    assert isinstance(parsed, list) and isinstance(parsed[0], Reader)
    assert parsed[0].to_dict()["attributes"].keys() == reader["attributes"].keys()
    assert parsed[0].additional_properties == {}


def test_a_malformed_pass_is_a_parse_error_naming_the_field() -> None:
    """`type: pass` picks Pass; a bad pass is reported, not silently kept as an open resource."""
    payload = copy.deepcopy(SCAN_ENVELOPE)
    payload["included"][0]["attributes"]["createdAt"] = "not a date"
    with pytest.raises(ParseError) as info:
        ScanEnvelope.from_dict(payload)
    assert info.value.path[:3] == ["included", "[0]", "attributes"]
