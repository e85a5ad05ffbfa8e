"""HostedScan's documented payloads, fed through the generated `scankit_hostedscan` models.

The scan payloads follow seed 001 (HostedScan's "Get Scans" / "Get
Scan" documentation page), which shows only a shape with placeholders ("string", "A || B"), so they carry concrete,
realistic values of that shape. The target, risk, filter and create payloads follow the vendor's
gitbook pages and sample code cited in `specs/hostedscan/openapi.yaml`; where those pages show JSON
(filters, create-scan bodies) it is used verbatim.

Every test asserts field by field that each key of a payload arrived as a typed attribute, and
that nothing was left in `additional_properties` at any level.
"""

from __future__ import annotations

import inspect
import io
import json
import typing
from datetime import datetime, timedelta
from enum import Enum
from importlib import import_module
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest
import yaml

from scankit_hostedscan import AuthenticatedClient
from scankit_hostedscan.api.results import download_result
from scankit_hostedscan.api.scans import list_scans
from scankit_hostedscan.models import (
    RequestedTarget,
    ResolvedTarget,
    ResultContentType,
    Risk,
    RiskAcceptance,
    RiskAdditionalInfo,
    RiskDefinition,
    RiskEnvelope,
    RiskFilters,
    RiskList,
    RiskRef,
    RiskStatus,
    Scan,
    ScanCreate,
    ScanEnvelope,
    ScanFilters,
    ScanList,
    ScanResult,
    ScanRisks,
    ScanState,
    ScanType,
    SkippedTarget,
    Target,
    TargetEnvelope,
    TargetFilters,
    TargetList,
    ThreatLevel,
)
from scankit_hostedscan.types import File, Unset

SPEC_PATH = Path(__file__).resolve().parents[2] / "specs" / "hostedscan" / "openapi.yaml"

# Models that are free-form maps by design: their keys vary by scanner and are meant to land in
# additional_properties.
FREE_FORM_MODELS = (RiskAdditionalInfo,)


# --------------------------------------------------------------------------- helpers


def assert_fully_typed(obj: Any, path: str = "$") -> None:
    """Walk a model recursively; fail if any model object kept an untyped (additional) key."""
    if isinstance(obj, list):
        for i, item in enumerate(obj):
            assert_fully_typed(item, f"{path}[{i}]")
        return
    if not attrs.has(type(obj)):
        return
    if not isinstance(obj, FREE_FORM_MODELS):
        assert obj.additional_properties == {}, f"untyped keys at {path}: {obj.additional_properties}"
    for field in attrs.fields(type(obj)):
        if field.name == "additional_properties":
            continue
        assert_fully_typed(getattr(obj, field.name), f"{path}.{field.name}")


def assert_same_json(emitted: Any, payload: Any, path: str = "$") -> None:
    """`to_dict()` output must carry the payload's keys and values (date-times compared as instants)."""
    if isinstance(payload, dict):
        assert isinstance(emitted, dict), path
        assert set(emitted) == set(payload), f"keys differ at {path}"
        for key, value in payload.items():
            assert_same_json(emitted[key], value, f"{path}.{key}")
    elif isinstance(payload, list):
        assert isinstance(emitted, list), path
        assert len(emitted) == len(payload), path
        for i, (a, b) in enumerate(zip(emitted, payload, strict=True)):
            assert_same_json(a, b, f"{path}[{i}]")
    elif isinstance(payload, str) and payload.endswith("Z") and "T" in payload:
        assert datetime.fromisoformat(emitted) == datetime.fromisoformat(payload), path
    else:
        assert emitted == payload, path
        assert type(emitted) is type(payload), path


def assert_enum(value: Any, enum_cls: type[Enum], raw: str) -> None:
    assert isinstance(value, enum_cls)
    assert value is enum_cls(raw)
    assert value.value == raw


def assert_datetime(value: Any, raw: str) -> None:
    assert isinstance(value, datetime)
    assert value.tzinfo is not None, "date-times must be timezone-aware"
    assert value.utcoffset() == timedelta(0)
    assert value == datetime.fromisoformat(raw)


# --------------------------------------------------------------------------- payloads

# Seed 001, "Get Scans": every field of the documented shape, with all four result content types.
SEED_SCAN_LISTED: dict[str, Any] = {
    "id": "5f8a1c2e9d3b4a0017a1b2c3",
    "type": "OPENVAS",
    "state": "SUCCEEDED",
    "progress": 100,
    "risks": {
        "new_open": [{"risk_id": "6a1f3c9e2b7d4e0012c4d5e6"}],
        "still_open": [{"risk_id": "6a1f3c9e2b7d4e0012c4d5e7"}, {"risk_id": "6a1f3c9e2b7d4e0012c4d5e8"}],
        "closed": [{"risk_id": "6a1f3c9e2b7d4e0012c4d5e9"}],
    },
    "results": [
        {"result_id": "7b2e4d1f0a9c8b0015d6e7f1", "content_type": "text/html"},
        {"result_id": "7b2e4d1f0a9c8b0015d6e7f2", "content_type": "application/pdf"},
        {"result_id": "7b2e4d1f0a9c8b0015d6e7f3", "content_type": "application/xml"},
        {"result_id": "7b2e4d1f0a9c8b0015d6e7f4", "content_type": "application/json"},
    ],
    "requested_targets": [
        {"target_id": "3c9d2e1f0b8a7c0011e2f3a4", "target": "example.com"},
        {"target_id": "3c9d2e1f0b8a7c0011e2f3a5", "target": "unresolvable.invalid"},
    ],
    "resolved_targets": [{"target_id": "3c9d2e1f0b8a7c0011e2f3a4", "resolved_target": "93.184.216.34"}],
    "skipped_targets": [{"target_id": "3c9d2e1f0b8a7c0011e2f3a5", "skipped_reason": "Target could not be resolved"}],
}
SEED_SCAN_LIST: dict[str, Any] = {"data": [SEED_SCAN_LISTED], "next_page_token": "eyJsYXN0IjoiNWY4YTFjMmUifQ"}

# Seed 001, "Get Scan": the same shape for a scan still running.
SEED_SCAN_SINGLE: dict[str, Any] = {
    "id": "12345",
    "type": "OWASP_ZAP_ACTIVE",
    "state": "RUNNING",
    "progress": 40,
    "risks": {"new_open": [], "still_open": [{"risk_id": "6a1f3c9e2b7d4e0012c4d5ea"}], "closed": []},
    "results": [{"result_id": "7b2e4d1f0a9c8b0015d6e7f5", "content_type": "application/pdf"}],
    "requested_targets": [{"target_id": "3c9d2e1f0b8a7c0011e2f3a6", "target": "https://app.example.com/login"}],
    "resolved_targets": [{"target_id": "3c9d2e1f0b8a7c0011e2f3a6", "resolved_target": "https://app.example.com/login"}],
    "skipped_targets": [],
}
SEED_SCAN_ENVELOPE: dict[str, Any] = {"data": SEED_SCAN_SINGLE}

# gitbook api/targets/get-targets.md (list and single shapes).
TARGET_LIST: dict[str, Any] = {
    "data": [
        {"id": "3c9d2e1f0b8a7c0011e2f3a4", "target": "example.com", "label": "Marketing site", "tags": ["prod", "web"]},
        {"id": "3c9d2e1f0b8a7c0011e2f3a7", "target": "10.0.0.12", "label": "VPN gateway", "tags": []},
    ],
    "next_page_token": "eyJsYXN0IjoiM2M5ZDJlMWYifQ",
}
TARGET_ENVELOPE: dict[str, Any] = {
    "data": {
        "id": "3c9d2e1f0b8a7c0011e2f3a6",
        "target": "https://app.example.com/login",
        "label": "App",
        "tags": ["prod"],
    }
}

# gitbook api/risks/list-risks.md, "Get Risks": the *_detected_at fields sit inside risk_definition.
RISK_LIST: dict[str, Any] = {
    "data": [
        {
            "id": "6a1f3c9e2b7d4e0012c4d5e6",
            "target_id": "3c9d2e1f0b8a7c0011e2f3a4",
            "target": "example.com",
            "tags": ["prod"],
            "status": "OPEN",
            "is_accepted": True,
            "accepted_by": [
                {
                    "note": "Compensating control: WAF rule 1042.",
                    "created_at": "2023-02-15T10:00:00.000Z",
                    "last_updated_at": "2023-02-16T11:30:00.000Z",
                }
            ],
            "risk_definition": {
                "scan_type": "OWASP_ZAP",
                "title": "Content Security Policy (CSP) Header Not Set",
                "threat_level": "MEDIUM",
                "additional_info": {"key": "value"},
                "first_detected_at": "2023-02-14T09:12:45.000Z",
                "last_detected_at": "2023-02-17T05:39:05.678Z",
            },
        }
    ],
    "next_page_token": "eyJsYXN0IjoiNmExZjNjOWUifQ",
}

# gitbook "Get Risk": target_label present, *_detected_at on the risk itself; the optional
# risk_definition fields come from the vendor's webhook sample code.
RISK_ENVELOPE: dict[str, Any] = {
    "data": {
        "id": "6a1f3c9e2b7d4e0012c4d5eb",
        "target_id": "3c9d2e1f0b8a7c0011e2f3a7",
        "target": "10.0.0.12",
        "target_label": "VPN gateway",
        "tags": [],
        "status": "CLOSED",
        "is_accepted": False,
        "accepted_by": [],
        "risk_definition": {
            "scan_type": "NMAP",
            "title": "22/tcp open ssh",
            "threat_level": "LOW",
            "description": "An SSH service is reachable from the internet.",
            "solution": "Restrict access to port 22 to trusted addresses.",
            "references": ["https://nmap.org/book/man-port-scanning-basics.html"],
            "cvss": 5.3,
            "additional_info": {"port": "22", "protocol": "tcp", "service": "ssh"},
        },
        "first_detected_at": "2023-01-02T03:04:05.000Z",
        "last_detected_at": "2023-02-17T05:39:05.678Z",
    }
}


# --------------------------------------------------------------------------- scans


def assert_scan(scan: Any, payload: dict[str, Any]) -> None:
    assert isinstance(scan, Scan)
    assert scan.id == payload["id"]
    assert isinstance(scan.id, str)
    assert_enum(scan.type_, ScanType, payload["type"])
    assert_enum(scan.state, ScanState, payload["state"])
    assert scan.progress == payload["progress"]
    assert type(scan.progress) is int

    assert isinstance(scan.risks, ScanRisks)
    for bucket in ("new_open", "still_open", "closed"):
        refs = getattr(scan.risks, bucket)
        assert isinstance(refs, list)
        assert len(refs) == len(payload["risks"][bucket])
        for ref, raw in zip(refs, payload["risks"][bucket], strict=True):
            assert isinstance(ref, RiskRef)
            assert ref.risk_id == raw["risk_id"]

    assert isinstance(scan.results, list)
    assert len(scan.results) == len(payload["results"])
    for result, raw in zip(scan.results, payload["results"], strict=True):
        assert isinstance(result, ScanResult)
        assert result.result_id == raw["result_id"]
        assert_enum(result.content_type, ResultContentType, raw["content_type"])

    assert isinstance(scan.requested_targets, list)
    assert len(scan.requested_targets) == len(payload["requested_targets"])
    for requested, raw in zip(scan.requested_targets, payload["requested_targets"], strict=True):
        assert isinstance(requested, RequestedTarget)
        assert (requested.target_id, requested.target) == (raw["target_id"], raw["target"])

    assert isinstance(scan.resolved_targets, list)
    assert len(scan.resolved_targets) == len(payload["resolved_targets"])
    for resolved, raw in zip(scan.resolved_targets, payload["resolved_targets"], strict=True):
        assert isinstance(resolved, ResolvedTarget)
        assert (resolved.target_id, resolved.resolved_target) == (raw["target_id"], raw["resolved_target"])

    assert isinstance(scan.skipped_targets, list)
    assert len(scan.skipped_targets) == len(payload["skipped_targets"])
    for skipped, raw in zip(scan.skipped_targets, payload["skipped_targets"], strict=True):
        assert isinstance(skipped, SkippedTarget)
        assert (skipped.target_id, skipped.skipped_reason) == (raw["target_id"], raw["skipped_reason"])


def test_seed_scan_list() -> None:
    page = ScanList.from_dict(SEED_SCAN_LIST)
    assert isinstance(page, ScanList)
    assert page.next_page_token == "eyJsYXN0IjoiNWY4YTFjMmUifQ"
    assert len(page.data) == 1
    assert_scan(page.data[0], SEED_SCAN_LISTED)
    # The four documented content types, in the seed's order.
    results = page.data[0].results
    assert isinstance(results, list)
    assert [r.content_type for r in results] == [
        ResultContentType.TEXT_HTML,
        ResultContentType.APPLICATION_PDF,
        ResultContentType.APPLICATION_XML,
        ResultContentType.APPLICATION_JSON,
    ]
    assert_fully_typed(page)


def test_seed_scan_envelope() -> None:
    envelope = ScanEnvelope.from_dict(SEED_SCAN_ENVELOPE)
    assert isinstance(envelope, ScanEnvelope)
    assert_scan(envelope.data, SEED_SCAN_SINGLE)
    assert isinstance(envelope.data.risks, ScanRisks)
    assert envelope.data.risks.new_open == []
    assert envelope.data.skipped_targets == []
    assert_fully_typed(envelope)


# Seed 001 lists "NMAP || OPENVAS || OWASP_ZAP || OWASP_ZAP_ACTIVE || SSLYZE"; the create page adds NMAP_UDP.
@pytest.mark.parametrize(
    ("raw", "member"),
    [
        ("NMAP", ScanType.NMAP),
        ("NMAP_UDP", ScanType.NMAP_UDP),
        ("OPENVAS", ScanType.OPENVAS),
        ("OWASP_ZAP", ScanType.OWASP_ZAP),
        ("OWASP_ZAP_ACTIVE", ScanType.OWASP_ZAP_ACTIVE),
        ("SSLYZE", ScanType.SSLYZE),
    ],
)
def test_scan_type_values(raw: str, member: ScanType) -> None:
    scan = Scan.from_dict({**SEED_SCAN_LISTED, "type": raw})
    assert scan.type_ is member
    assert scan.to_dict()["type"] == raw


# Seed 001: "QUEUED || RUNNING || SUCCEEDED || FAILED || OVER_LIMIT".
@pytest.mark.parametrize(
    ("raw", "member"),
    [
        ("QUEUED", ScanState.QUEUED),
        ("RUNNING", ScanState.RUNNING),
        ("SUCCEEDED", ScanState.SUCCEEDED),
        ("FAILED", ScanState.FAILED),
        ("OVER_LIMIT", ScanState.OVER_LIMIT),
    ],
)
def test_scan_state_values(raw: str, member: ScanState) -> None:
    scan = Scan.from_dict({**SEED_SCAN_LISTED, "state": raw})
    assert scan.state is member
    assert scan.to_dict()["state"] == raw


def test_create_scan_response_without_risks() -> None:
    """The create-scan page's response shows no `risks` (it predates Nov 2021): still a Scan."""
    payload = {key: value for key, value in SEED_SCAN_SINGLE.items() if key != "risks"}
    scan = ScanEnvelope.from_dict({"data": payload}).data
    assert scan.risks is None
    assert scan.risks is None
    assert_fully_typed(scan)


@pytest.mark.parametrize(
    ("page", "token"),
    [
        ({"data": []}, None),  # Inferred: the last page may omit the token ...
        ({"data": [], "next_page_token": None}, None),  # ... or send null ...
        ({"data": [], "next_page_token": ""}, ""),  # ... or an empty string.
    ],
)
def test_last_page_token_forms(page: dict[str, Any], token: object) -> None:
    for model in (ScanList, TargetList, RiskList):
        parsed = model.from_dict(page)
        assert parsed.data == []
        assert parsed.next_page_token == token
        assert type(parsed.next_page_token) is type(token)


# --------------------------------------------------------------------------- targets


def assert_target(target: Any, payload: dict[str, Any]) -> None:
    assert isinstance(target, Target)
    assert target.id == payload["id"]
    assert target.target == payload["target"]
    assert target.label == payload["label"]
    assert isinstance(target.tags, list)
    assert target.tags == payload["tags"]
    assert all(isinstance(tag, str) for tag in target.tags)


def test_target_list() -> None:
    page = TargetList.from_dict(TARGET_LIST)
    assert page.next_page_token == "eyJsYXN0IjoiM2M5ZDJlMWYifQ"
    assert len(page.data) == 2
    for target, raw in zip(page.data, TARGET_LIST["data"], strict=True):
        assert_target(target, raw)
    assert_fully_typed(page)


def test_target_envelope() -> None:
    envelope = TargetEnvelope.from_dict(TARGET_ENVELOPE)
    assert_target(envelope.data, TARGET_ENVELOPE["data"])
    assert_fully_typed(envelope)


# --------------------------------------------------------------------------- risks


def test_risk_list_dates_inside_definition() -> None:
    page = RiskList.from_dict(RISK_LIST)
    assert page.next_page_token == "eyJsYXN0IjoiNmExZjNjOWUifQ"
    assert len(page.data) == 1
    risk = page.data[0]
    raw = RISK_LIST["data"][0]
    assert isinstance(risk, Risk)
    assert risk.id == raw["id"]
    assert risk.target_id == raw["target_id"]
    assert risk.target == raw["target"]
    assert risk.target_label is None
    assert risk.tags == ["prod"]
    assert_enum(risk.status, RiskStatus, "OPEN")
    assert risk.is_accepted is True

    assert isinstance(risk.accepted_by, list)
    assert len(risk.accepted_by) == 1
    acceptance = risk.accepted_by[0]
    assert isinstance(acceptance, RiskAcceptance)
    assert acceptance.note == "Compensating control: WAF rule 1042."
    assert_datetime(acceptance.created_at, "2023-02-15T10:00:00.000Z")
    assert_datetime(acceptance.last_updated_at, "2023-02-16T11:30:00.000Z")

    definition = risk.risk_definition
    assert isinstance(definition, RiskDefinition)
    assert_enum(definition.scan_type, ScanType, "OWASP_ZAP")
    assert definition.title == "Content Security Policy (CSP) Header Not Set"
    assert_enum(definition.threat_level, ThreatLevel, "MEDIUM")
    assert isinstance(definition.additional_info, RiskAdditionalInfo)
    assert definition.additional_info.additional_properties == {"key": "value"}
    assert_datetime(definition.first_detected_at, "2023-02-14T09:12:45.000Z")
    assert_datetime(definition.last_detected_at, "2023-02-17T05:39:05.678Z")
    assert isinstance(definition.first_detected_at, datetime)
    assert definition.first_detected_at.microsecond == 0
    assert isinstance(definition.last_detected_at, datetime)
    assert definition.last_detected_at.microsecond == 678000
    # Placed inside risk_definition on this page, so absent on the risk itself.
    assert risk.first_detected_at is None
    assert risk.last_detected_at is None
    assert definition.description is None
    assert definition.cvss is None

    assert_fully_typed(page)


def test_risk_envelope_dates_on_risk() -> None:
    envelope = RiskEnvelope.from_dict(RISK_ENVELOPE)
    raw = RISK_ENVELOPE["data"]
    risk = envelope.data
    assert isinstance(risk, Risk)
    assert risk.id == raw["id"]
    assert risk.target_id == raw["target_id"]
    assert risk.target == "10.0.0.12"
    assert risk.target_label == "VPN gateway"
    assert risk.tags == []
    assert_enum(risk.status, RiskStatus, "CLOSED")
    assert risk.is_accepted is False
    assert risk.accepted_by == []
    assert_datetime(risk.first_detected_at, "2023-01-02T03:04:05.000Z")
    assert_datetime(risk.last_detected_at, "2023-02-17T05:39:05.678Z")

    definition = risk.risk_definition
    assert isinstance(definition, RiskDefinition)
    assert_enum(definition.scan_type, ScanType, "NMAP")
    assert definition.title == "22/tcp open ssh"
    assert_enum(definition.threat_level, ThreatLevel, "LOW")
    assert definition.description == "An SSH service is reachable from the internet."
    assert definition.solution == "Restrict access to port 22 to trusted addresses."
    assert definition.references == ["https://nmap.org/book/man-port-scanning-basics.html"]
    assert definition.cvss == 5.3
    assert type(definition.cvss) is float
    assert isinstance(definition.additional_info, RiskAdditionalInfo)
    assert definition.additional_info.additional_properties == {"port": "22", "protocol": "tcp", "service": "ssh"}
    assert definition.first_detected_at is None
    assert definition.last_detected_at is None

    assert_fully_typed(envelope)


@pytest.mark.parametrize(("raw", "expected"), [("7.5", "7.5"), (None, None)])
def test_cvss_is_lenient(raw: object, expected: object) -> None:
    """Inferred: cvss has no documented type, so a string or null is accepted too."""
    definition = RiskDefinition.from_dict({"scan_type": "OPENVAS", "title": "t", "threat_level": "HIGH", "cvss": raw})
    assert definition.cvss == expected
    assert type(definition.cvss) is type(expected)
    assert definition.threat_level is ThreatLevel.HIGH


# --------------------------------------------------------------------------- round trips

ROUND_TRIPS = [
    (ScanList, SEED_SCAN_LIST),
    (ScanEnvelope, SEED_SCAN_ENVELOPE),
    (TargetList, TARGET_LIST),
    (TargetEnvelope, TARGET_ENVELOPE),
    (RiskList, RISK_LIST),
    (RiskEnvelope, RISK_ENVELOPE),
]


@pytest.mark.parametrize(("model", "payload"), ROUND_TRIPS, ids=lambda x: getattr(x, "__name__", ""))
def test_to_dict_round_trips(model: Any, payload: dict[str, Any]) -> None:
    parsed = model.from_dict(payload)
    emitted = parsed.to_dict()
    assert_same_json(emitted, payload)
    # And it parses back to an equal model.
    assert model.from_dict(json.loads(json.dumps(emitted))) == parsed


# --------------------------------------------------------------------------- request models


def test_seed_scan_filters_verbatim() -> None:
    """Seed 001: `{"state": ["RUNNING"], "type": ["OPENVAS"]}`."""
    raw = json.loads('{"state": ["RUNNING"], "type": ["OPENVAS"]}')
    filters = ScanFilters.from_dict(raw)
    assert filters.state == [ScanState.RUNNING]
    assert all(isinstance(s, ScanState) for s in filters.state)
    assert filters.type_ == [ScanType.OPENVAS]
    assert all(isinstance(t, ScanType) for t in filters.type_)
    assert filters.scheduled_by is None
    assert_fully_typed(filters)
    assert filters.to_dict() == raw
    built = ScanFilters(state=[ScanState.RUNNING], type_=[ScanType.OPENVAS])
    assert json.loads(json.dumps(built.to_dict())) == raw


def test_risk_filters_dotted_keys() -> None:
    """The vendor's Node sample: `{'risk_definition.scan_type': ['NMAP', 'NMAP_UDP'], status: ['OPEN']}`."""
    raw = {"risk_definition.scan_type": ["NMAP", "NMAP_UDP"], "status": ["OPEN"]}
    filters = RiskFilters.from_dict(raw)
    assert filters.risk_definition_scan_type == [ScanType.NMAP, ScanType.NMAP_UDP]
    assert filters.status == [RiskStatus.OPEN]
    assert filters.target_id is None
    assert filters.tags is None
    assert filters.risk_definition_threat_level is None
    assert filters.risk_definition_title is None
    assert_fully_typed(filters)
    assert filters.to_dict() == raw

    every_key = {
        "target_id": ["3c9d2e1f0b8a7c0011e2f3a4"],
        "status": ["OPEN", "CLOSED"],
        "tags": ["prod"],
        "risk_definition.scan_type": ["OPENVAS"],
        "risk_definition.threat_level": ["HIGH", "MEDIUM"],
        "risk_definition.title": ["22/tcp open ssh"],
    }
    full = RiskFilters.from_dict(every_key)
    assert full.target_id == ["3c9d2e1f0b8a7c0011e2f3a4"]
    assert full.tags == ["prod"]
    assert full.risk_definition_threat_level == [ThreatLevel.HIGH, ThreatLevel.MEDIUM]
    assert full.risk_definition_title == ["22/tcp open ssh"]
    assert_fully_typed(full)
    assert full.to_dict() == every_key


def test_target_filters_verbatim() -> None:
    """gitbook get-targets.md: `filters={"tags":["prod"],"target":["hostedscan.com"]}`."""
    raw = json.loads('{"tags":["prod"],"target":["hostedscan.com"]}')
    filters = TargetFilters.from_dict(raw)
    assert filters.tags == ["prod"]
    assert filters.target == ["hostedscan.com"]
    assert_fully_typed(filters)
    assert filters.to_dict() == raw


@pytest.mark.parametrize(
    "raw",
    [
        # gitbook create-scan.md "Try it!", verbatim.
        '{"target_ids": ["123", "456"], "type": "NMAP"}',
        # hostedscan-api-examples run_scans_and_get_risks/bash/run_scan, verbatim with its target.
        '{ "targets": ["https://expired.badssl.com"], "type": "SSLYZE" }',
        # authenticated scan by tag.
        '{"tags": ["prod"], "type": "OWASP_ZAP_ACTIVE", "use_authentication": true}',
    ],
)
def test_scan_create_bodies(raw: str) -> None:
    payload = json.loads(raw)
    body = ScanCreate.from_dict(payload)
    assert_enum(body.type_, ScanType, payload["type"])
    for key in ("targets", "target_ids", "tags"):
        assert getattr(body, key) == payload.get(key)
    assert body.use_authentication == payload.get("use_authentication")
    assert_fully_typed(body)
    assert body.to_dict() == payload


# --------------------------------------------------------------------------- generated functions


def _operations() -> list[tuple[str, str, str, dict[str, Any], list[dict[str, Any]]]]:
    spec = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    ops = []
    for path, item in spec["paths"].items():
        shared = item.get("parameters", [])
        for method, op in item.items():
            if method == "parameters":
                continue
            params = []
            for param in shared + op.get("parameters", []):
                if "$ref" in param:
                    param = spec["components"]["parameters"][param["$ref"].rsplit("/", 1)[1]]
                params.append(param)
            ops.append((op["tags"][0], op["operationId"], f"{method.upper()} {path}", op, params))
    return ops


def _snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name)


@pytest.mark.parametrize(
    ("tag", "operation_id", "route", "op", "params"), _operations(), ids=lambda x: x if isinstance(x, str) else ""
)
def test_every_spec_parameter_is_a_keyword_argument(
    tag: str, operation_id: str, route: str, op: dict[str, Any], params: list[dict[str, Any]]
) -> None:
    module = import_module(f"scankit_hostedscan.api.{tag}.{_snake(operation_id)}")
    for function_name in ("sync_detailed", "sync", "asyncio_detailed", "asyncio"):
        signature = inspect.signature(getattr(module, function_name))
        hints = typing.get_type_hints(getattr(module, function_name))
        for param in params:
            assert param["name"] in signature.parameters, f"{route}: {param['name']} missing from {function_name}"
            if param["in"] == "query" and not param.get("required", False):
                assert signature.parameters[param["name"]].kind is inspect.Parameter.KEYWORD_ONLY
        if "requestBody" in op:
            assert "body" in signature.parameters
        # Per-operation security: the generated functions demand an authenticated client.
        assert hints["client"] is AuthenticatedClient


@pytest.mark.parametrize("module", [list_scans, import_module("scankit_hostedscan.api.risks.list_risks")])
def test_filters_is_a_json_string_argument(module: Any) -> None:
    hints = typing.get_type_hints(module.sync_detailed)
    assert hints["filters"] == str | Unset
    assert hints["page_token"] == str | Unset


def _client(handler: Any) -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url="https://api.hostedscan.com",
        token="test-data-key",
        prefix="",
        auth_header_name="X-HOSTEDSCAN-API-KEY",
        httpx_args={"transport": httpx.MockTransport(handler)},
    )


def test_list_scans_sends_filters_and_parses_the_seed_page() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=SEED_SCAN_LIST)

    filters = json.dumps(ScanFilters(state=[ScanState.RUNNING], type_=[ScanType.OPENVAS]).to_dict())
    response = list_scans.sync_detailed(client=_client(handler), filters=filters, page_token="abc")
    assert response.status_code == 200
    assert isinstance(response.parsed, ScanList)
    assert_scan(response.parsed.data[0], SEED_SCAN_LISTED)
    (request,) = seen
    assert request.url.path == "/v1/scans"
    assert request.headers["X-HOSTEDSCAN-API-KEY"] == "test-data-key"
    assert json.loads(request.url.params["filters"]) == {"state": ["RUNNING"], "type": ["OPENVAS"]}
    assert request.url.params["page_token"] == "abc"


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("application/pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"),
        ("text/html", b"<!DOCTYPE html><html><body>Scan report</body></html>"),
        ("application/xml", b'<?xml version="1.0"?><report/>'),
        ("application/json", b'{"report": []}'),
    ],
)
def test_download_result_returns_raw_bytes(content_type: str, body: bytes) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/v1/results/7b2e4d1f0a9c8b0015d6e7f2"
        return httpx.Response(200, content=body, headers={"content-type": content_type})

    response = download_result.sync_detailed("7b2e4d1f0a9c8b0015d6e7f2", client=_client(handler))
    assert isinstance(response.parsed, File)
    assert isinstance(response.parsed.payload, io.BytesIO)
    assert response.parsed.payload.read() == body


def test_scan_timestamps_are_not_invented() -> None:
    """The documented Scan has no timestamps (vendor-notes): none are modelled."""
    names = {field.name for field in attrs.fields(Scan) if not field.name.startswith("_")}
    assert names == {
        "id",
        "type_",
        "state",
        "progress",
        "risks",
        "results",
        "requested_targets",
        "resolved_targets",
        "skipped_targets",
        "additional_properties",
    }
