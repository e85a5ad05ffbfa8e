"""PassEntry's "Create scan" and "Log scan", with the docs' own request and response examples.

Both pages (https://docs.passentry.com/api-reference/v1/scans/create-scan, .../log-scan) exist in
two versions, with and without a `loyalty` balance change; the examples below are theirs,
verbatim, and every key must arrive as a typed attribute.
"""

from __future__ import annotations

import datetime
import json
from typing import Any
from uuid import UUID

import httpx
import pytest

from scankit_passentry import AuthenticatedClient
from scankit_passentry.api.scans import create_scan, log_scan
from scankit_passentry.models import (
    ScanCreateRequest,
    ScanInfo,
    ScanLogged,
    ScanLogRequest,
    ScanStatus,
    ScanType,
    ScanValidation,
    ValidationStatus,
    ValidationType,
)

CREATE_BODY = {
    "scan": {"readerId": "south-gate-1", "passId": "7882e98b-0eba-4625-9223-5221eb8dad7f", "scanType": "barcode"}
}
CREATE_BODY_LOYALTY = {"scan": {**CREATE_BODY["scan"], "loyalty": {"balance": 10}}}
SCAN_INFO = {
    "scanId": "019488b8-c2fc-7b5b-b5b4-deb2b7f33bdd",
    "scanType": "barcode",
    "scanValue": "7882e98b-0eba-4625-9223-5221eb8dad7f",
    "validationType": "internalValidation",
    "status": "failed",
    "statusDetail": "Pass is not active",
    "scannedAt": "2025-01-21T11:56:37Z",
    "passId": "7882e98b-0eba-4625-9223-5221eb8dad7f",
    "passExtId": "4312d68fd106e3e6dd15",
    "readerId": "south-gate-1",
}
CREATE_ANSWER = {
    "validationResponse": {
        "status": "failed",
        "statusDetail": "Pass is not active",
        "readerInstructions": {"message": "Sorry, your pass is not active. Please contact the venue for assistance."},
    },
    "scanInfo": SCAN_INFO,
}
CREATE_ANSWER_LOYALTY = {
    "validationResponse": {
        "status": "successful",
        "statusDetail": "",
        "readerInstructions": {"message": "10 points added to your balance. Current balance: 25"},
        "loyalty": {"balanceChange": "10", "updatedBalance": "25", "operation": "add"},
    },
    "scanInfo": {**SCAN_INFO, "status": "successful", "statusDetail": ""},
}
LOG_BODY = {
    "scan": {
        "readerId": "south-gate-1",
        "scanType": "nfc",
        "status": "failed",
        "statusDetail": "Membership expired",
        "scanValue": "PROMO-CODE-123456",
        "passId": "7882e98b-0eba-4625-9223-5221eb8dad7f",
    }
}
LOG_BODY_LOYALTY = {"scan": {**LOG_BODY["scan"], "loyalty": {"balance": -10}}}
LOG_ANSWER = {
    "scanInfo": {
        **SCAN_INFO,
        "scanType": "nfc",
        "scanValue": "PROMO-CODE-123456",
        "validationType": "externalValidation",
        "statusDetail": "Membership expired",
    }
}


@pytest.mark.parametrize(
    ("model", "body"),
    [
        (ScanCreateRequest, CREATE_BODY),
        (ScanCreateRequest, CREATE_BODY_LOYALTY),
        (ScanLogRequest, LOG_BODY),
        (ScanLogRequest, LOG_BODY_LOYALTY),
    ],
)
def test_request_bodies_round_trip(model: Any, body: dict[str, Any]) -> None:
    parsed = model.from_dict(body)
    assert parsed.to_dict() == body
    assert parsed.additional_properties == {}
    assert parsed.scan.additional_properties == {}


def test_scan_info_is_typed() -> None:
    info = ScanInfo.from_dict(SCAN_INFO)
    assert info.scan_id == UUID("019488b8-c2fc-7b5b-b5b4-deb2b7f33bdd")
    assert info.scan_type is ScanType.BARCODE
    assert info.validation_type is ValidationType.INTERNAL_VALIDATION
    assert info.status is ScanStatus.FAILED
    assert info.scanned_at == datetime.datetime(2025, 1, 21, 11, 56, 37, tzinfo=datetime.UTC)
    assert (info.pass_id, info.pass_ext_id, info.reader_id) == (
        "7882e98b-0eba-4625-9223-5221eb8dad7f",
        "4312d68fd106e3e6dd15",
        "south-gate-1",
    )
    assert info.additional_properties == {}


def test_validation_answers() -> None:
    failed = ScanValidation.from_dict(CREATE_ANSWER)
    assert failed.validation_response.status is ValidationStatus.FAILED
    assert failed.validation_response.reader_instructions.message.startswith("Sorry, your pass is not active")
    ok = ScanValidation.from_dict(CREATE_ANSWER_LOYALTY)
    assert ok.validation_response.status is ValidationStatus.SUCCESSFUL
    assert ok.validation_response.status_detail == ""
    loyalty = ok.validation_response.loyalty
    assert (loyalty.balance_change, loyalty.updated_balance, loyalty.operation) == ("10", "25", "add")
    for answer in (CREATE_ANSWER, CREATE_ANSWER_LOYALTY):
        parsed = ScanValidation.from_dict(answer)
        assert ScanValidation.from_dict(parsed.to_dict()) == parsed  # dates re-emitted as +00:00, same instant
        assert parsed.to_dict().keys() == answer.keys()


def test_both_spellings_of_success_read_as_members() -> None:
    """One version of the page says `success`, its example `successful`: neither is an unknown value."""
    assert ValidationStatus("success") is ValidationStatus.SUCCESS
    assert ValidationStatus("successful") is ValidationStatus.SUCCESSFUL


def _client(handler: Any) -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url="https://api.passentry.com",
        token="pe-key",
        httpx_args={"transport": httpx.MockTransport(handler)},
    )


@pytest.mark.parametrize(
    ("module", "body", "path", "answer", "answer_type"),
    [
        (create_scan, ScanCreateRequest.from_dict(CREATE_BODY), "/api/v1/scans", CREATE_ANSWER, ScanValidation),
        (log_scan, ScanLogRequest.from_dict(LOG_BODY), "/api/v1/scans/log", LOG_ANSWER, ScanLogged),
    ],
)
def test_posts_reach_their_paths(module: Any, body: Any, path: str, answer: dict[str, Any], answer_type: type) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=answer)

    response = module.sync_detailed(client=_client(handler), body=body)
    assert isinstance(response.parsed, answer_type)
    assert response.parsed == answer_type.from_dict(answer)
    assert response.parsed.scan_info.scan_id == UUID(SCAN_INFO["scanId"])
    (request,) = seen
    assert (request.method, request.url.path) == ("POST", path)
    assert request.headers["Authorization"] == "Bearer pe-key"
    assert json.loads(request.content) == body.to_dict()
