"""The PackageX seed page (seed 000, its scans documentation page) through the generated models.

The seed shows requests only (`GET /v1/scans/:scan`, `GET /v1/scans?page=2&limit=25`,
`GET /v1/scans?location=loc_...`) and the envelope's shape in prose, so the response payloads
below are built from the documented shapes (vendor-notes section 1) with concrete values:
every field of every model is present, and each must arrive as a typed attribute.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import attrs
import httpx
import pytest

from scankit_packagex import AuthenticatedClient
from scankit_packagex.api.scans import create_scan, get_scan, list_scans
from scankit_packagex.models import (
    Address,
    Contact,
    ContactMatches,
    CreateScanRequest,
    Dimensions,
    ErrorEnvelope,
    ExtractedLabel,
    Metadata,
    Pagination,
    Scan,
    ScanEnvelope,
    ScanList,
    ScanOptions,
    ScanParty,
    ScanType,
    SearchRelevance,
)

# Models whose whole content is free-form key/value pairs: there `additional_properties` IS the data.
FREE_FORM_MODELS: tuple[type, ...] = (Metadata,)

SCAN_ID = "scan_czhgjrk5JaVvyATPDbyURp"  # from the seed
LOCATION_ID = "loc_jZ1fYiQobeWthjbhme3vDX"  # from the seed

RECIPIENT_ADDRESS: dict[str, Any] = {
    "object": "address",
    "id": "addr_3kTmcXy1bQ9RZtP8uWvEaF",
    "hash": "9b74c9897bac770ffc029102a200c5de",
    "line1": "600 B Street",
    "line2": "Suite 300",
    "unit_no": "300",
    "city": "San Diego",
    "state": "California",
    "state_code": "CA",
    "country": "United States",
    "country_code": "US",
    "postal_code": "92101",
    "formatted_address": "600 B Street, Suite 300, San Diego, CA 92101, US",
    "textarea": "600 B Street, San Diego, CA 92101, US",
    "timezone": "America/Los_Angeles",
    "verified": True,
    "latitude": 32.7174,
    "longitude": -117.1628,
    "coordinates": [-117.1628, 32.7174],
}

# Shaped like the vendor's SDK sample: a parsed-but-unverified address with nulls.
SENDER_ADDRESS: dict[str, Any] = {
    "object": "address",
    "id": None,
    "hash": None,
    "line1": "500 7th Ave",
    "line2": "Floor 10",
    "unit_no": None,
    "city": "New York",
    "state": "New York",
    "state_code": "NY",
    "country": None,
    "country_code": None,
    "postal_code": "10018",
    "formatted_address": "500 7th Ave, Floor 10, New York, NY 10018",
    "textarea": "500 7th Ave, New York, NY 10018",
    "timezone": None,
    "verified": False,
    "latitude": None,
    "longitude": None,
}

SENDER_CONTACT: dict[str, Any] = {
    "id": "cont_8xB2mWqLr3Yd1kHn7TzPaE",
    "name": "Jamie Jones",
    "email": "jamie@packagex.io",
    "phone": "4844836699",
    "_search": {"relevance_score": 0.87},
}
RECIPIENT_CONTACT: dict[str, Any] = {
    "id": "cont_2QwErTyUiOpAsDfGhJkLzX",
    "name": "Odin Oliver",
    "email": "odin.oliver@packagex.io",
    "phone": "6195550142",
    "_search": {"relevance_score": 0.95},
}

FULL_SCAN: dict[str, Any] = {
    "object": "scan",
    "id": SCAN_ID,
    "created_at": 1672531200,
    "updated_at": 1672531260,
    "contact_matches": {"senders": [SENDER_CONTACT], "recipients": [RECIPIENT_CONTACT]},
    "dimensions": {"length": 12.5, "width": 8.25, "height": 4.75},
    "extracted_labels": ["fragile", "time_sensitive"],
    "hash": "5d41402abc4b2a76b9719d911017c592",
    "image_url": "https://cdn.packagex.io/scans/scan_czhgjrk5JaVvyATPDbyURp.jpg",
    "location_id": LOCATION_ID,
    "metadata": {"order_id": "ORD-1001", "dock": 3},
    "organization_id": "org_4bPkmQ3XhU7aXW1v5TqGgS",
    "provider_name": "UPS",
    "purchase_order": "PO-20230101-17",
    "raw_text": "UPS GROUND SHIP TO: ODIN OLIVER 600 B STREET SUITE 300 SAN DIEGO CA 92101",
    "recipient": {
        "name": "Odin Oliver",
        "email": "odin.oliver@packagex.io",
        "phone": "6195550142",
        "address": RECIPIENT_ADDRESS,
    },
    "sender": {"name": "Jamie Jones", "email": None, "phone": "4844836699", "address": SENDER_ADDRESS},
    "reference_number": "REF-88231",
    "rma_number": "RMA-55120",
    "service_level_name": "Ground",
    "tracking_number": "1Z999AA10123456784",
    "type": "shipping_label",
    "weight": "2.5 LBS",
    "_search": {"relevance_score": 0.61},
}

# The SDK sample's shape: everything extracted is null, no contact matching was asked for.
SPARSE_SCAN: dict[str, Any] = {
    "object": "scan",
    "id": "scan_7YhGt5RfDe3WsQa2ZxCvBn",
    "created_at": 1672444800,
    "updated_at": 1672444800,
    "contact_matches": None,
    "dimensions": None,
    "extracted_labels": [],
    "hash": "e4d909c290d0fb1ca068ffaddf22cbd0",
    "image_url": "https://cdn.packagex.io/scans/scan_7YhGt5RfDe3WsQa2ZxCvBn.jpg",
    "location_id": None,
    "metadata": {},
    "organization_id": "org_4bPkmQ3XhU7aXW1v5TqGgS",
    "provider_name": None,
    "purchase_order": None,
    "raw_text": None,
    "recipient": None,
    "sender": None,
    "reference_number": None,
    "rma_number": None,
    "service_level_name": None,
    "tracking_number": None,
    "type": "manifest",
    "weight": None,
}

SCAN_LIST: dict[str, Any] = {
    "status": 200,
    "message": "Scans retrieved",
    "data": [FULL_SCAN, SPARSE_SCAN],
    "errors": [],
    "error_code": None,
    "pagination": {"page": 2, "limit": 25, "has_more": True, "total_count": 57},
    "events": [],
    "endpoint": "/v1/scans",
}

EMPTY_SCAN_LIST: dict[str, Any] = {
    "status": 200,
    "message": "Scans retrieved",
    "data": [],
    "errors": [],
    "error_code": None,
    "pagination": {"page": 1, "limit": 25, "has_more": False, "total_count": 0},
    "events": [],
    "endpoint": "/v1/scans",
}

SCAN_ENVELOPE: dict[str, Any] = {
    "status": 200,
    "message": "Scan retrieved",
    "data": FULL_SCAN,
    "errors": [],
    "error_code": None,
    "pagination": None,
    "events": [],
    "endpoint": f"/v1/scans/{SCAN_ID}",
}

CREATED_ENVELOPE: dict[str, Any] = {
    "status": 201,
    "message": "Scan created",
    "data": SPARSE_SCAN,
    "errors": [],
    "error_code": None,
    "pagination": None,
    "events": ["scan.created"],
    "endpoint": "/v1/scans",
}

VALIDATION_ERROR: dict[str, Any] = {
    "status": 400,
    "message": "Invalid request: image_url is required",
    "data": {},
    "errors": ["image_url"],
    "error_code": "invalid_request",
    "pagination": None,
    "events": [],
    "endpoint": "/v1/scans",
}

NOT_FOUND_ERROR: dict[str, Any] = {
    "status": 404,
    "message": "Scan not found",
    "data": {},
    "errors": [],
    "error_code": None,
    "pagination": None,
    "events": [],
    "endpoint": "/v1/scans/scan_doesNotExist",
}

# The docs' create example, with every documented field filled in.
CREATE_REQUEST: dict[str, Any] = {
    "image_url": "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAASABIAAD",
    "type": "shipping_label",
    "location_id": LOCATION_ID,
    "metadata": {"order_id": "ORD-1001"},
    "barcode_values": ["1Z999AA10123456784", "420921019400111899223456789012"],
    "weight": 2.5,
    "dimensions": {"length": 12.5, "width": 8.25, "height": 4.75},
    "options": {"parse_addresses": True, "match_contacts": True},
}


def assert_fully_typed(obj: Any, path: str = "$") -> None:
    """Walk a generated model; every key must have landed in a typed attribute, at every level."""
    if isinstance(obj, list):
        for i, item in enumerate(obj):
            assert_fully_typed(item, f"{path}[{i}]")
        return
    if not attrs.has(type(obj)):
        return
    assert hasattr(obj, "additional_properties"), path
    if isinstance(obj, FREE_FORM_MODELS):
        return
    assert obj.additional_properties == {}, f"{path}: untyped keys {sorted(obj.additional_properties)}"
    for f in attrs.fields(type(obj)):
        if f.name != "additional_properties":
            assert_fully_typed(getattr(obj, f.name), f"{path}.{f.name}")


def assert_address(addr: Any, payload: dict[str, Any]) -> None:
    assert isinstance(addr, Address)
    assert addr.object_ == payload["object"]
    for key in (
        "id",
        "hash",
        "line1",
        "line2",
        "unit_no",
        "city",
        "state",
        "state_code",
        "country",
        "country_code",
        "postal_code",
        "formatted_address",
        "textarea",
        "timezone",
    ):
        attr = "hash_" if key == "hash" else key
        value = getattr(addr, attr)
        assert value == payload[key], key
        assert value is None or isinstance(value, str), key
    assert addr.verified is payload["verified"]
    for key in ("latitude", "longitude"):
        value = getattr(addr, key)
        assert value == payload[key], key
        assert value is None or isinstance(value, float), key
    if "coordinates" in payload:
        assert addr.coordinates == payload["coordinates"]
    else:
        assert addr.coordinates is None


def assert_party(party: Any, payload: dict[str, Any]) -> None:
    assert isinstance(party, ScanParty)
    assert party.name == payload["name"]
    assert party.email == payload["email"]
    assert party.phone == payload["phone"]
    assert_address(party.address, payload["address"])


def assert_contact(contact: Any, payload: dict[str, Any]) -> None:
    assert isinstance(contact, Contact)
    assert (contact.id, contact.name, contact.email, contact.phone) == (
        payload["id"],
        payload["name"],
        payload["email"],
        payload["phone"],
    )
    assert isinstance(contact.field_search, SearchRelevance)
    assert contact.field_search.relevance_score == payload["_search"]["relevance_score"]
    assert isinstance(contact.field_search.relevance_score, float)


def assert_full_scan(scan: Any) -> None:
    p = FULL_SCAN
    assert isinstance(scan, Scan)
    assert scan.object_ == "scan"
    assert scan.id == SCAN_ID
    assert scan.created_at == 1672531200
    assert type(scan.created_at) is int
    assert scan.updated_at == 1672531260
    assert type(scan.updated_at) is int

    assert isinstance(scan.contact_matches, ContactMatches)
    assert isinstance(scan.contact_matches.senders, list)
    assert len(scan.contact_matches.senders) == 1
    assert isinstance(scan.contact_matches.recipients, list)
    assert len(scan.contact_matches.recipients) == 1
    assert_contact(scan.contact_matches.senders[0], SENDER_CONTACT)
    assert_contact(scan.contact_matches.recipients[0], RECIPIENT_CONTACT)

    assert isinstance(scan.dimensions, Dimensions)
    assert (scan.dimensions.length, scan.dimensions.width, scan.dimensions.height) == (12.5, 8.25, 4.75)
    assert all(isinstance(v, float) for v in (scan.dimensions.length, scan.dimensions.width, scan.dimensions.height))

    assert scan.extracted_labels == [ExtractedLabel.FRAGILE, ExtractedLabel.TIME_SENSITIVE]
    assert isinstance(scan.extracted_labels, list)
    assert all(type(label) is ExtractedLabel for label in scan.extracted_labels)

    assert scan.hash_ == p["hash"]
    assert scan.image_url == p["image_url"]
    assert scan.location_id == LOCATION_ID
    assert isinstance(scan.metadata, Metadata)
    assert scan.metadata.additional_properties == {"order_id": "ORD-1001", "dock": 3}
    assert scan.organization_id == p["organization_id"]
    assert scan.provider_name == "UPS"
    assert scan.purchase_order == p["purchase_order"]
    assert scan.raw_text == p["raw_text"]
    assert_party(scan.recipient, p["recipient"])
    assert_party(scan.sender, p["sender"])
    assert scan.sender is not None
    assert scan.sender is not None
    assert scan.sender.email is None
    assert scan.reference_number == "REF-88231"
    assert scan.rma_number == "RMA-55120"
    assert scan.service_level_name == "Ground"
    assert scan.tracking_number == "1Z999AA10123456784"
    assert scan.type_ is ScanType.SHIPPING_LABEL
    assert scan.weight == "2.5 LBS"
    assert isinstance(scan.weight, str)
    assert isinstance(scan.field_search, SearchRelevance)
    assert scan.field_search.relevance_score == 0.61


def assert_sparse_scan(scan: Any) -> None:
    p = SPARSE_SCAN
    assert isinstance(scan, Scan)
    assert (scan.object_, scan.id, scan.created_at, scan.updated_at) == ("scan", p["id"], 1672444800, 1672444800)
    assert scan.contact_matches is None
    assert scan.dimensions is None
    assert scan.extracted_labels == []
    assert scan.hash_ == p["hash"]
    assert scan.image_url == p["image_url"]
    assert isinstance(scan.metadata, Metadata)
    assert scan.metadata.additional_properties == {}
    assert scan.organization_id == p["organization_id"]
    for attr in (
        "location_id",
        "provider_name",
        "purchase_order",
        "raw_text",
        "recipient",
        "sender",
        "reference_number",
        "rma_number",
        "service_level_name",
        "tracking_number",
        "weight",
    ):
        assert getattr(scan, attr) is None, attr
    assert scan.type_ is ScanType.MANIFEST
    assert scan.field_search is None


def assert_pagination(pagination: Any, page: int, limit: int, has_more: bool, total_count: int) -> None:
    assert isinstance(pagination, Pagination)
    assert pagination.page == page
    assert type(pagination.page) is int
    assert pagination.limit == limit
    assert type(pagination.limit) is int
    assert pagination.has_more is has_more
    assert pagination.total_count == total_count
    assert type(pagination.total_count) is int


def test_scan_list() -> None:
    parsed = ScanList.from_dict(SCAN_LIST)
    assert parsed.status == 200
    assert parsed.message == "Scans retrieved"
    assert isinstance(parsed.data, list)
    assert len(parsed.data) == 2
    assert_full_scan(parsed.data[0])
    assert_sparse_scan(parsed.data[1])
    assert parsed.errors == []
    assert parsed.error_code is None
    assert_pagination(parsed.pagination, page=2, limit=25, has_more=True, total_count=57)
    assert parsed.events == []
    assert parsed.endpoint == "/v1/scans"
    assert_fully_typed(parsed)


def test_empty_scan_list_is_an_empty_array() -> None:
    parsed = ScanList.from_dict(EMPTY_SCAN_LIST)
    assert parsed.data == []
    assert_pagination(parsed.pagination, page=1, limit=25, has_more=False, total_count=0)
    assert_fully_typed(parsed)


def test_scan_envelope() -> None:
    parsed = ScanEnvelope.from_dict(SCAN_ENVELOPE)
    assert parsed.status == 200
    assert parsed.message == "Scan retrieved"
    assert_full_scan(parsed.data)
    assert parsed.errors == []
    assert parsed.error_code is None
    assert parsed.pagination is None
    assert parsed.events == []
    assert parsed.endpoint == f"/v1/scans/{SCAN_ID}"
    assert_fully_typed(parsed)


def test_created_envelope() -> None:
    parsed = ScanEnvelope.from_dict(CREATED_ENVELOPE)
    assert parsed.status == 201
    assert parsed.message == "Scan created"
    assert_sparse_scan(parsed.data)
    assert parsed.events == ["scan.created"]
    assert parsed.pagination is None
    assert_fully_typed(parsed)


@pytest.mark.parametrize("payload", [VALIDATION_ERROR, NOT_FOUND_ERROR], ids=["400", "404"])
def test_error_envelope(payload: dict[str, Any]) -> None:
    parsed = ErrorEnvelope.from_dict(payload)
    assert parsed.status == payload["status"]
    assert type(parsed.status) is int
    assert parsed.message == payload["message"]
    assert parsed.data == {}
    assert parsed.errors == payload["errors"]
    assert parsed.error_code == payload["error_code"]
    assert parsed.pagination is None
    assert parsed.events == []
    assert parsed.endpoint == payload["endpoint"]
    assert_fully_typed(parsed)


def test_error_envelope_from_an_intermediary_parses() -> None:
    # Nothing is required on errors: a bare body (e.g. a proxy's 429) still parses.
    parsed = ErrorEnvelope.from_dict({"message": "Too Many Requests"})
    assert parsed.message == "Too Many Requests"
    assert parsed.status is None
    assert parsed.errors is None


def test_create_scan_request() -> None:
    parsed = CreateScanRequest.from_dict(CREATE_REQUEST)
    assert parsed.image_url == CREATE_REQUEST["image_url"]
    assert parsed.type_ is ScanType.SHIPPING_LABEL
    assert parsed.location_id == LOCATION_ID
    assert isinstance(parsed.metadata, Metadata)
    assert parsed.metadata.additional_properties == {"order_id": "ORD-1001"}
    assert parsed.barcode_values == ["1Z999AA10123456784", "420921019400111899223456789012"]
    assert parsed.weight == 2.5
    assert isinstance(parsed.weight, float)
    assert isinstance(parsed.dimensions, Dimensions)
    assert (parsed.dimensions.length, parsed.dimensions.width, parsed.dimensions.height) == (12.5, 8.25, 4.75)
    assert isinstance(parsed.options, ScanOptions)
    assert parsed.options.parse_addresses is True
    assert parsed.options.match_contacts is True
    assert_fully_typed(parsed)


def test_create_scan_request_built_by_hand_sends_only_what_was_set() -> None:
    body = CreateScanRequest(
        image_url="https://example.org/label.jpg",
        type_=ScanType.INVOICE,
        options=ScanOptions(parse_addresses=True),
    )
    assert body.to_dict() == {
        "image_url": "https://example.org/label.jpg",
        "type": "invoice",
        "options": {"parse_addresses": True},
    }


@pytest.mark.parametrize(
    ("model", "payload"),
    [
        (ScanList, SCAN_LIST),
        (ScanList, EMPTY_SCAN_LIST),
        (ScanEnvelope, SCAN_ENVELOPE),
        (ScanEnvelope, CREATED_ENVELOPE),
        (ErrorEnvelope, VALIDATION_ERROR),
        (ErrorEnvelope, NOT_FOUND_ERROR),
        (CreateScanRequest, CREATE_REQUEST),
        (Scan, FULL_SCAN),
        (Scan, SPARSE_SCAN),
        (Address, RECIPIENT_ADDRESS),
        (Address, SENDER_ADDRESS),
    ],
)
def test_to_dict_round_trips(model: Any, payload: dict[str, Any]) -> None:
    original = copy.deepcopy(payload)
    parsed = model.from_dict(payload)
    assert payload == original, "from_dict must not mutate its input"
    out = parsed.to_dict()
    assert set(out) == set(payload)
    assert out == payload
    assert json.loads(json.dumps(out)) == payload


def test_unknown_enum_values_are_kept() -> None:
    payload = copy.deepcopy(SPARSE_SCAN)
    payload["type"] = "receipt"
    payload["extracted_labels"] = ["fragile", "hazmat"]
    scan = Scan.from_dict(payload)
    assert isinstance(scan.type_, ScanType)
    assert scan.type_ == "receipt"
    assert scan.extracted_labels is not None
    assert isinstance(scan.extracted_labels, list)
    assert scan.extracted_labels[0] is ExtractedLabel.FRAGILE
    assert isinstance(scan.extracted_labels[1], ExtractedLabel)
    assert scan.extracted_labels[1] == "hazmat"
    assert scan.to_dict()["extracted_labels"] == ["fragile", "hazmat"]


# --- the seed's requests, through the generated endpoint functions ---------------------------


def make_client(seen: list[httpx.Request], status: int, body: dict[str, Any]) -> AuthenticatedClient:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status, json=body)

    return AuthenticatedClient(
        base_url="https://api.packagex.io",
        token="px_test_key",
        prefix="",
        auth_header_name="PX-API-KEY",
        httpx_args={"transport": httpx.MockTransport(handler)},
    )


def test_get_scan_request_and_response() -> None:
    seen: list[httpx.Request] = []
    client = make_client(seen, 200, SCAN_ENVELOPE)
    result = get_scan.sync(SCAN_ID, client=client)
    (request,) = seen
    assert request.method == "GET"
    assert str(request.url) == "https://api.packagex.io/v1/scans/scan_czhgjrk5JaVvyATPDbyURp"
    assert request.headers["PX-API-KEY"] == "px_test_key"
    assert isinstance(result, ScanEnvelope)
    assert_full_scan(result.data)


@pytest.mark.parametrize(
    ("kwargs", "query"),
    [
        ({}, {"page": "1", "limit": "25"}),
        ({"page": 2, "limit": 25}, {"page": "2", "limit": "25"}),
        ({"location": LOCATION_ID}, {"page": "1", "limit": "25", "location": LOCATION_ID}),
        ({"search": "1Z999AA10123456784"}, {"page": "1", "limit": "25", "search": "1Z999AA10123456784"}),
    ],
    ids=["defaults", "page-2", "location-filter", "search"],
)
def test_list_scans_request(kwargs: dict[str, Any], query: dict[str, str]) -> None:
    seen: list[httpx.Request] = []
    client = make_client(seen, 200, SCAN_LIST)
    result = list_scans.sync(client=client, **kwargs)
    (request,) = seen
    assert request.method == "GET"
    assert request.url.path == "/v1/scans"
    assert dict(request.url.params) == query
    assert request.headers["PX-API-KEY"] == "px_test_key"
    assert isinstance(result, ScanList)
    assert_pagination(result.pagination, page=2, limit=25, has_more=True, total_count=57)


@pytest.mark.parametrize("status", [200, 201])
def test_create_scan_request_and_response(status: int) -> None:
    seen: list[httpx.Request] = []
    client = make_client(seen, status, CREATED_ENVELOPE)
    result = create_scan.sync(client=client, body=CreateScanRequest.from_dict(CREATE_REQUEST))
    (request,) = seen
    assert request.method == "POST"
    assert str(request.url) == "https://api.packagex.io/v1/scans"
    assert json.loads(request.content) == CREATE_REQUEST
    assert isinstance(result, ScanEnvelope)
    assert_sparse_scan(result.data)


@pytest.mark.parametrize("status", [400, 401, 403, 404, 429, 500, 502])
def test_errors_parse_as_error_envelope(status: int) -> None:
    seen: list[httpx.Request] = []
    body = {**VALIDATION_ERROR, "status": status}
    client = make_client(seen, status, body)
    result = get_scan.sync_detailed(SCAN_ID, client=client)
    assert int(result.status_code) == status
    assert isinstance(result.parsed, ErrorEnvelope)
    assert result.parsed.status == status
    assert result.parsed.errors == ["image_url"]
