"""scankit.webhooks: a good delivery verifies and parses; every bad one is refused, naming the check."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Callable
from typing import Any

import attrs
import pytest

import scankit
from scankit import webhooks
from scankit.vendors import cloneguard, hostedscan, passentry

NOW = 1_767_225_600.0  # 2026-01-01T00:00:00Z
SECRET = "whsec-test-not-a-real-secret-7c1f"


def clock(at: float = NOW) -> Callable[[], float]:
    return lambda: at


def hostedscan_body(event_type: str = "scan.updated") -> bytes:
    event = {
        "id": "evt-1",
        "created_at": int(NOW),
        "type": event_type,
        "data": {"id": "scan-1", "type": "NMAP", "state": "SUCCEEDED", "progress": 100},
    }
    return json.dumps(event, separators=(",", ":")).encode()


def cloneguard_body() -> bytes:
    return b'{"data":{"id":"3f0b8a52-6a3e-4c44-9a51-2f0c2b7d9e10","type":"scan","attributes":{"status":"done"}}}'


def passentry_body(webhook_type: str = "passScanned", stamp: str = "2026-01-01T00:00:00Z") -> bytes:
    event = {
        "data": {
            "id": "0194a887-f893-7c75-b250-ad2ef4a5d16e",
            "type": "webhook",
            "attributes": {"timeStamp": stamp, "webhookType": webhook_type},
            "relationships": {"scan": {"data": {"id": "0194a887-f880-703f-b8cf-16c1ea804b08", "type": "scan"}}},
        },
        "included": [
            {"id": "0194a887-f880-703f-b8cf-16c1ea804b08", "type": "scan", "attributes": {"status": "successful"}}
        ],
    }
    return json.dumps(event).encode()


# vendor -> (body, headers signed with SECRET at NOW)
def delivery(
    vendor: str, body: bytes | None = None, secret: str = SECRET, at: float = NOW
) -> tuple[bytes, dict[str, str]]:
    if vendor == "hostedscan":
        body = body or hostedscan_body()
        return body, webhooks.sign(vendor, body, secret, timestamp=at)
    if vendor == "cloneguard":
        body = body or cloneguard_body()
        return body, webhooks.sign(vendor, body, secret, event_type="scan_completed", delivery_id="d-1")
    body = body or passentry_body()
    return body, webhooks.sign(vendor, body, secret)


VENDORS = ["hostedscan", "cloneguard", "passentry"]


def refused(check: str, call: Callable[[], object]) -> webhooks.WebhookVerificationError:
    with pytest.raises(webhooks.WebhookVerificationError) as info:
        call()
    assert info.value.check == check, str(info.value)
    assert SECRET not in str(info.value) and SECRET not in repr(info.value)
    return info.value


# -- a good delivery ------------------------------------------------------------------------------


def test_hostedscan_good_delivery_is_the_typed_event() -> None:
    body, headers = delivery("hostedscan")
    event = webhooks.unwrap("hostedscan", body, headers, secret=SECRET, clock=clock())
    assert isinstance(event, hostedscan.WebhookPayload)
    assert event.type_ == "scan.updated"
    assert event.id == "evt-1"
    assert event.data.id == "scan-1"
    assert event.data.state == "SUCCEEDED"


def test_cloneguard_good_delivery_is_the_typed_event() -> None:
    body, headers = delivery("cloneguard")
    assert headers["X-CG-Hook-Signature"].startswith("sha256=")
    event = webhooks.unwrap("cloneguard", body, headers, secret=SECRET)
    assert isinstance(event, cloneguard.WebhookPayload)
    assert event.data.id == "3f0b8a52-6a3e-4c44-9a51-2f0c2b7d9e10"
    assert event.data.attributes.status == "done"


def test_passentry_good_delivery_is_the_typed_event() -> None:
    body, headers = delivery("passentry")
    event = webhooks.unwrap("passentry", body, headers, secret=SECRET, clock=clock(NOW + 5))
    assert isinstance(event, passentry.WebhookPayload)
    assert event.data.attributes.webhook_type == "passScanned"
    assert event.data.relationships.scan.data.type_ == "scan"
    assert event.included[0].id == "0194a887-f880-703f-b8cf-16c1ea804b08"


def test_hostedscans_own_signed_test_delivery_verifies() -> None:
    """A known answer: HostedScan's example (hostedscan-api-examples, test_data/scan_created.json,
    signed with its documented example secret `example-secret` and a millisecond timestamp)."""
    body = b'{"id":"an-event-id","type":"scan.created","data":{"id":"a-scan-id","type":"OWASP_ZAP"}}'
    headers = {
        "x-hostedscan-timestamp": "1676612345678",
        "x-hostedscan-signature": "24d21b9ddab43faf648ddea1bfdc125bf143a8c501c167fbbce52fcec6c20022",
    }
    event = webhooks.unwrap("hostedscan", body, headers, secret="example-secret", clock=clock(1676612345.678 + 60))
    assert event.type_ == "scan.created"
    assert event.data.type_ == "OWASP_ZAP"
    # ... and our signer produces the vendor's exact header for it
    assert (
        webhooks.sign("hostedscan", body, "example-secret", timestamp=1676612345.678)["X-HOSTEDSCAN-SIGNATURE"]
        == headers["x-hostedscan-signature"]
    )


def test_passentry_base64_signature_is_accepted_too() -> None:
    body, headers = delivery("passentry")
    raw = bytes.fromhex(headers["X-Webhook-Signature"])
    headers["X-Webhook-Signature"] = base64.b64encode(raw).decode()
    webhooks.verify("passentry", body, headers, secret=SECRET, clock=clock())


def test_headers_match_case_insensitively_in_a_plain_dict() -> None:
    body, headers = delivery("hostedscan")
    lowered = {k.lower(): v for k, v in headers.items()}
    webhooks.verify("hostedscan", body, lowered, secret=SECRET, clock=clock())


# -- every bad delivery is refused ----------------------------------------------------------------


@pytest.mark.parametrize("vendor", VENDORS)
def test_wrong_secret(vendor: str) -> None:
    body, headers = delivery(vendor)
    error = refused("signature", lambda: webhooks.unwrap(vendor, body, headers, secret="another", clock=clock()))  # type: ignore[call-overload]
    assert "none of the 1 secret(s)" in str(error)


@pytest.mark.parametrize("vendor", VENDORS)
def test_tampered_body(vendor: str) -> None:
    body, headers = delivery(vendor)
    tampered = body.replace(b'"id":"', b'"id":"x', 1) if b'"id":"' in body else body.replace(b'"id": "', b'"id": "x', 1)
    assert tampered != body
    refused("signature", lambda: webhooks.unwrap(vendor, tampered, headers, secret=SECRET, clock=clock()))  # type: ignore[call-overload]


@pytest.mark.parametrize("vendor", VENDORS)
def test_re_serialised_body_does_not_verify(vendor: str) -> None:
    """What a framework's `await request.json()` then `json.dumps` hands you is not what was signed."""
    body, headers = delivery(vendor)
    again = json.dumps(json.loads(body), indent=1).encode()
    assert json.loads(again) == json.loads(body) and again != body
    refused("signature", lambda: webhooks.unwrap(vendor, again, headers, secret=SECRET, clock=clock()))  # type: ignore[call-overload]


@pytest.mark.parametrize("vendor", VENDORS)
def test_missing_signature_header(vendor: str) -> None:
    body, headers = delivery(vendor)
    name = next(k for k in headers if "signature" in k.lower())
    del headers[name]
    error = refused("header", lambda: webhooks.verify(vendor, body, headers, secret=SECRET, clock=clock()))
    assert name in str(error) and "missing" in str(error)


@pytest.mark.parametrize("value", ["not-hex-at-all", "abcd", "sha256=zz"])
def test_malformed_signature_header(value: str) -> None:
    body, headers = delivery("hostedscan")
    headers["X-HOSTEDSCAN-SIGNATURE"] = value
    refused("header", lambda: webhooks.verify("hostedscan", body, headers, secret=SECRET, clock=clock()))


def test_cloneguard_signature_without_its_prefix_is_malformed() -> None:
    body, headers = delivery("cloneguard")
    headers["X-CG-Hook-Signature"] = headers["X-CG-Hook-Signature"].removeprefix("sha256=")
    error = refused("header", lambda: webhooks.verify("cloneguard", body, headers, secret=SECRET))
    assert "'sha256='" in str(error)


def test_hostedscan_missing_and_malformed_timestamp_header() -> None:
    body, headers = delivery("hostedscan")
    without = {k: v for k, v in headers.items() if k != "X-HOSTEDSCAN-TIMESTAMP"}
    refused("header", lambda: webhooks.verify("hostedscan", body, without, secret=SECRET, clock=clock()))
    # a timestamp that is not a number, correctly signed as sent: the signature holds, the stamp does not
    odd = {**headers, "X-HOSTEDSCAN-TIMESTAMP": "soon"}
    odd["X-HOSTEDSCAN-SIGNATURE"] = hmac.new(SECRET.encode(), b"soon." + body, hashlib.sha256).hexdigest()
    error = refused("header", lambda: webhooks.verify("hostedscan", body, odd, secret=SECRET, clock=clock()))
    assert "malformed" in str(error)


@pytest.mark.parametrize(("vendor", "offset"), [(v, o) for v in ("hostedscan", "passentry") for o in (-301.0, 301.0)])
def test_stale_and_future_timestamps(vendor: str, offset: float) -> None:
    """The receiver's clock is `offset` away from the signed time: either way, past 300 s, refused."""
    body, headers = delivery(vendor)
    error = refused(
        "timestamp", lambda: webhooks.verify(vendor, body, headers, secret=SECRET, clock=clock(NOW - offset))
    )
    assert ("in the future" in str(error)) == (offset > 0)
    webhooks.verify(vendor, body, headers, secret=SECRET, clock=clock(NOW - offset), tolerance=400)


def test_hostedscan_timestamp_is_read_in_milliseconds() -> None:
    body, headers = delivery("hostedscan")
    assert headers["X-HOSTEDSCAN-TIMESTAMP"] == str(int(NOW * 1000))
    webhooks.verify("hostedscan", body, headers, secret=SECRET, clock=clock(NOW + 299))


def test_passentry_without_a_timestamp_is_refused() -> None:
    event = json.loads(passentry_body())
    del event["data"]["attributes"]["timeStamp"]
    body, headers = delivery("passentry", json.dumps(event).encode())
    refused("timestamp", lambda: webhooks.verify("passentry", body, headers, secret=SECRET, clock=clock()))


def test_tolerance_none_turns_the_replay_window_off() -> None:
    body, headers = delivery("hostedscan")
    webhooks.verify("hostedscan", body, headers, secret=SECRET, clock=clock(NOW + 86_400), tolerance=None)


# -- secrets --------------------------------------------------------------------------------------


@pytest.mark.parametrize("vendor", VENDORS)
def test_rotation_accepts_any_of_several_secrets(vendor: str) -> None:
    body, headers = delivery(vendor, secret="new-secret")
    webhooks.verify(vendor, body, headers, secret=["old-secret", "new-secret"], clock=clock())
    webhooks.verify(vendor, body, headers, secret=("new-secret", b"older"), clock=clock())
    error = refused(
        "signature", lambda: webhooks.verify(vendor, body, headers, secret=["old-secret", "x"], clock=clock())
    )
    assert "none of the 2 secret(s)" in str(error)


def test_secret_defaults_to_the_vendors_environment_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    body, headers = delivery("cloneguard")
    monkeypatch.setenv("CLONEGUARD_WEBHOOK_SECRET", SECRET)
    assert webhooks.unwrap("cloneguard", body, headers).data.type_ == "scan"
    monkeypatch.delenv("CLONEGUARD_WEBHOOK_SECRET")
    with pytest.raises(scankit.ConfigurationError, match="CLONEGUARD_WEBHOOK_SECRET"):
        webhooks.unwrap("cloneguard", body, headers)


def test_an_empty_secret_list_is_a_configuration_error() -> None:
    body, headers = delivery("cloneguard")
    with pytest.raises(scankit.ConfigurationError):
        webhooks.verify("cloneguard", body, headers, secret=[])


# -- lenient parsing, only after verification ------------------------------------------------------


def test_unknown_hostedscan_event_type_parses_with_its_data() -> None:
    body, headers = delivery("hostedscan", hostedscan_body("scan.paused"))
    event = webhooks.unwrap("hostedscan", body, headers, secret=SECRET, clock=clock())
    assert event.type_ == "scan.paused"
    assert event.type_.is_unknown
    assert event.data.id == "scan-1" and event.data.progress == 100


def test_unknown_passentry_webhook_type_parses_with_its_data() -> None:
    body, headers = delivery("passentry", passentry_body("passTeleported"))
    event = webhooks.unwrap("passentry", body, headers, secret=SECRET, clock=clock())
    assert event.data.attributes.webhook_type == "passTeleported"
    assert event.included[0].type_ == "scan"


def test_unknown_fields_are_kept() -> None:
    event_json = json.loads(hostedscan_body())
    event_json["data"]["brand_new"] = {"x": 1}
    body, headers = delivery("hostedscan", json.dumps(event_json).encode())
    event = webhooks.unwrap("hostedscan", body, headers, secret=SECRET, clock=clock())
    assert event.data.additional_properties["brand_new"] == {"x": 1}


def test_a_signed_body_that_is_not_an_object_is_a_payload_error() -> None:
    body, headers = delivery("cloneguard", b"[1, 2, 3]")
    refused("payload", lambda: webhooks.unwrap("cloneguard", body, headers, secret=SECRET))


def test_an_unsigned_body_is_never_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Verification comes first: a forged body never reaches the model's parser."""
    parsed: list[Any] = []
    monkeypatch.setattr(hostedscan.WebhookPayload, "from_dict", classmethod(lambda cls, d: parsed.append(d)))
    body, headers = delivery("hostedscan")
    refused(
        "signature", lambda: webhooks.unwrap("hostedscan", b'{"id":"forged"}', headers, secret=SECRET, clock=clock())
    )
    assert parsed == []
    webhooks.unwrap("hostedscan", body, headers, secret=SECRET, clock=clock())
    assert len(parsed) == 1


def test_parse_unverified_parses_without_headers() -> None:
    event = webhooks.parse_unverified("passentry", passentry_body())
    assert event.data.attributes.webhook_type == "passScanned"


# -- vendors ----------------------------------------------------------------------------------------


def test_a_vendor_whose_scheme_is_unknown_is_refused_but_can_be_parsed_unverified() -> None:
    """A spec may say `algorithm: unknown`; then unwrap refuses rather than pretend to verify."""
    assert hostedscan.VENDOR.webhooks is not None
    unknown = attrs.evolve(hostedscan.VENDOR, webhooks=attrs.evolve(hostedscan.VENDOR.webhooks, algorithm="unknown"))
    resource = webhooks.WebhookResource(unknown, hostedscan.WebhookPayload)
    body, headers = delivery("hostedscan")
    error = refused("scheme", lambda: resource.unwrap(body, headers, secret=SECRET, clock=clock()))
    assert "unknown" in str(error) and "parse_unverified" in str(error)


def test_a_vendor_without_webhooks_says_so() -> None:
    with pytest.raises(scankit.ConfigurationError, match="no webhooks"):
        webhooks.verify("packagex", b"{}", {}, secret=SECRET)
    with pytest.raises(scankit.ConfigurationError, match="unknown vendor"):
        webhooks.verify("nosuchvendor", b"{}", {}, secret=SECRET)


def test_client_webhooks_unwrap_uses_the_clients_vendor() -> None:
    body, headers = delivery("hostedscan")
    with scankit.HostedScan(api_key="k", base_url="http://127.0.0.1:9") as client:
        event = client.webhooks.unwrap(body, headers, secret=SECRET, clock=clock())
        assert isinstance(event, hostedscan.WebhookPayload)
        refused("signature", lambda: client.webhooks.verify(body, headers, secret="nope", clock=clock()))
    assert not hasattr(scankit.Advalidation(api_key="k"), "webhooks")


def test_webhook_verification_error_is_exported() -> None:
    assert scankit.WebhookVerificationError is webhooks.WebhookVerificationError
    assert issubclass(scankit.WebhookVerificationError, scankit.ScankitError)


def test_a_verified_hostedscan_event_without_data_is_a_payload_error() -> None:
    body, headers = delivery("hostedscan", b'{"id":"evt-2","type":"scan.updated"}')
    error = refused("payload", lambda: webhooks.unwrap("hostedscan", body, headers, secret=SECRET, clock=clock()))
    assert "WebhookEvent" in str(error)
