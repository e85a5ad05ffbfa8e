"""scankit.webhooks: a good delivery verifies and parses; every bad one is refused, naming the check.

Nothing here lists vendors: the vendors under test are the specs with `x-scankit-webhooks`, and each
delivery is made from its spec — the event schema's examples for the body, the declared places for
the event's type, id and timestamp, `scankit.webhooks.sign` for the headers. A new spec with webhooks
is tested by existing; a check that needs a declaration (a timestamp, a prefix, a second encoding)
runs for the specs that declare it.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import importlib
import json
from collections.abc import Callable, Mapping, Sequence
from types import ModuleType
from typing import Any

import attrs
import pytest
from spec_samples import at, sample

import scankit
from scankit import webhooks
from scankit._vendor import WebhookInfo
from scankit_codegen.examples import python_name
from scankit_codegen.extensions import load_vendor
from scankit_codegen.openapi import resolve_schema
from scankit_codegen.registry import vendors

NOW = 1_767_225_600.0  # 2026-01-01T00:00:00Z
SECRET = "whsec-test-not-a-real-secret-7c1f"
MODELS = {vendor: load_vendor(vendor) for vendor in vendors()}
VENDORS = [vendor for vendor, model in MODELS.items() if model.webhooks is not None]
WITHOUT = [vendor for vendor, model in MODELS.items() if model.webhooks is None]
# the typed public functions are overloaded per vendor; a test over every vendor calls them untyped
sign: Any = webhooks.sign
unwrap: Any = webhooks.unwrap
verify: Any = webhooks.verify
parse_unverified: Any = webhooks.parse_unverified


def module(vendor: str) -> ModuleType:
    """`scankit.vendors.<vendor>`: the seam with the vendor's `VENDOR` info and `WebhookPayload`."""
    return importlib.import_module(f"scankit.vendors.{vendor}")


def hooks(vendor: str) -> WebhookInfo:
    info: WebhookInfo | None = module(vendor).VENDOR.webhooks
    assert info is not None
    return info


def with_(vendors_: list[str], has: Callable[[WebhookInfo], object]) -> list[str]:
    """The vendors whose webhooks declare something (a timestamp header, a prefix)."""
    return [vendor for vendor in vendors_ if has(hooks(vendor))]


def clock(at: float = NOW) -> Callable[[], float]:
    return lambda: at


# -- a delivery, from the spec ---------------------------------------------------------------------


def put(body: dict[str, Any], path: Sequence[str], value: Any) -> None:
    node = body
    for key in path[:-1]:
        node = node.setdefault(key, {})
    node[path[-1]] = value


def stamp_value(info: WebhookInfo, seconds: float) -> Any:
    if info.timestamp_unit == "iso8601":
        return dt.datetime.fromtimestamp(seconds, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return int(seconds * 1000) if info.timestamp_unit == "ms" else int(seconds)


def event(vendor: str, event_type: str | None = None, at_: float = NOW) -> dict[str, Any]:
    """The vendor's event as its spec shows it, typed `event_type` (default: its first declared event),
    with the declared body places (type, id, timestamp) filled."""
    info = hooks(vendor)
    body = sample(MODELS[vendor].document, event_schema(vendor))
    assert isinstance(body, dict)
    if info.event_type_path:
        put(body, info.event_type_path, event_type or info.events[0])
    if info.event_id_path:
        put(body, info.event_id_path, "evt-1")
    if info.timestamp_path:
        put(body, info.timestamp_path, stamp_value(info, at_))
    return body


def delivery(
    vendor: str, body: bytes | dict[str, Any] | None = None, secret: str = SECRET, at_: float = NOW
) -> tuple[bytes, dict[str, str]]:
    """A body and the headers the vendor sends with it, signed with `secret` at `at_`."""
    raw = (
        body if isinstance(body, bytes) else json.dumps(body or event(vendor, at_=at_), separators=(",", ":")).encode()
    )
    info = hooks(vendor)
    return raw, sign(vendor, raw, secret, timestamp=at_, event_type=info.events[0], delivery_id="d-1")


def refused(check: str, call: Callable[[], object]) -> webhooks.WebhookVerificationError:
    with pytest.raises(webhooks.WebhookVerificationError) as info:
        call()
    assert info.value.check == check, str(info.value)
    assert SECRET not in str(info.value) and SECRET not in repr(info.value)
    return info.value


def signature_header(vendor: str, headers: Mapping[str, str]) -> str:
    return next(k for k in headers if k.lower() == hooks(vendor).signature_header.lower())


def test_the_vendors_under_test_are_the_specs_with_webhooks() -> None:
    assert VENDORS, "no spec declares x-scankit-webhooks"
    for vendor in VENDORS:
        assert hooks(vendor).events == MODELS[vendor].webhooks.events  # type: ignore[union-attr]


# -- a good delivery ------------------------------------------------------------------------------


@pytest.mark.parametrize("vendor", VENDORS)
def test_a_good_delivery_is_the_typed_event(vendor: str) -> None:
    sent = event(vendor)
    body, headers = delivery(vendor, sent)
    got = unwrap(vendor, body, headers, secret=SECRET, clock=clock(NOW + 5))
    assert isinstance(got, module(vendor).WebhookPayload)
    again = got.to_dict()
    assert set(again) == set(sent)  # every field of the body is kept
    info = hooks(vendor)
    for path in (info.event_type_path, info.event_id_path):
        if path:
            assert at(again, path) == at(sent, path)
    assert parse_unverified(vendor, body).to_dict() == again


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_declared_event_type_verifies_and_parses(vendor: str) -> None:
    info = hooks(vendor)
    for name in info.events:
        body, headers = delivery(vendor, event(vendor, name))
        headers = sign(vendor, body, SECRET, timestamp=NOW, event_type=name, delivery_id="d-2")
        got = unwrap(vendor, body, headers, secret=SECRET, clock=clock())
        if info.event_type_path:
            assert str(at(got.to_dict(), info.event_type_path)) == name
        else:
            assert headers[info.event_type_header or ""] == name


def test_hostedscans_own_signed_test_delivery_verifies() -> None:
    """A known answer, HostedScan's alone: its example (hostedscan-api-examples,
    test_data/scan_created.json, signed with its documented example secret `example-secret` and a
    millisecond timestamp). No spec states a vendor's signed sample; this one pins our HMAC."""
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


@pytest.mark.parametrize("vendor", with_(VENDORS, lambda h: "base64" in h.encodings and "hex" in h.encodings))
def test_each_declared_encoding_is_accepted(vendor: str) -> None:
    body, headers = delivery(vendor)
    name = signature_header(vendor, headers)
    raw = bytes.fromhex(headers[name].removeprefix(hooks(vendor).prefix))
    headers[name] = hooks(vendor).prefix + base64.b64encode(raw).decode()
    verify(vendor, body, headers, secret=SECRET, clock=clock())


@pytest.mark.parametrize("vendor", VENDORS)
def test_headers_match_case_insensitively_in_a_plain_dict(vendor: str) -> None:
    body, headers = delivery(vendor)
    lowered = {k.lower(): v for k, v in headers.items()}
    verify(vendor, body, lowered, secret=SECRET, clock=clock())


# -- every bad delivery is refused ----------------------------------------------------------------


@pytest.mark.parametrize("vendor", VENDORS)
def test_wrong_secret(vendor: str) -> None:
    body, headers = delivery(vendor)
    error = refused("signature", lambda: unwrap(vendor, body, headers, secret="another", clock=clock()))
    assert "none of the 1 secret(s)" in str(error)


def tamper(node: Any) -> bool:
    """Change the first string in the body (in place); whether there was one."""
    items = list(node.items()) if isinstance(node, dict) else list(enumerate(node)) if isinstance(node, list) else []
    for key, value in items:
        if isinstance(value, str):
            node[key] = value + "x"
            return True
        if tamper(value):
            return True
    return False


@pytest.mark.parametrize("vendor", VENDORS)
def test_tampered_body(vendor: str) -> None:
    body, headers = delivery(vendor)
    changed = json.loads(body)
    assert tamper(changed)
    tampered = json.dumps(changed, separators=(",", ":")).encode()
    refused("signature", lambda: unwrap(vendor, tampered, headers, secret=SECRET, clock=clock()))


@pytest.mark.parametrize("vendor", VENDORS)
def test_re_serialised_body_does_not_verify(vendor: str) -> None:
    """What a framework's `await request.json()` then `json.dumps` hands you is not what was signed."""
    body, headers = delivery(vendor)
    again = json.dumps(json.loads(body), indent=1).encode()
    assert json.loads(again) == json.loads(body) and again != body
    refused("signature", lambda: unwrap(vendor, again, headers, secret=SECRET, clock=clock()))


@pytest.mark.parametrize("vendor", VENDORS)
def test_missing_signature_header(vendor: str) -> None:
    body, headers = delivery(vendor)
    name = signature_header(vendor, headers)
    del headers[name]
    error = refused("header", lambda: verify(vendor, body, headers, secret=SECRET, clock=clock()))
    assert name in str(error) and "missing" in str(error)


@pytest.mark.parametrize("value", ["not-hex-at-all", "abcd", "sha256=zz"])
@pytest.mark.parametrize("vendor", VENDORS)
def test_malformed_signature_header(vendor: str, value: str) -> None:
    body, headers = delivery(vendor)
    headers[signature_header(vendor, headers)] = value
    refused("header", lambda: verify(vendor, body, headers, secret=SECRET, clock=clock()))


@pytest.mark.parametrize("vendor", with_(VENDORS, lambda h: h.prefix))
def test_a_signature_without_its_declared_prefix_is_malformed(vendor: str) -> None:
    body, headers = delivery(vendor)
    name, prefix = signature_header(vendor, headers), hooks(vendor).prefix
    headers[name] = headers[name].removeprefix(prefix)
    error = refused("header", lambda: verify(vendor, body, headers, secret=SECRET))
    assert repr(prefix) in str(error)


@pytest.mark.parametrize("vendor", with_(VENDORS, lambda h: h.timestamp_header))
def test_missing_and_malformed_timestamp_header(vendor: str) -> None:
    info = hooks(vendor)
    body, headers = delivery(vendor)
    assert headers[info.timestamp_header or ""] == str(stamp_value(info, NOW))  # in the declared unit
    without = {k: v for k, v in headers.items() if k != info.timestamp_header}
    refused("header", lambda: verify(vendor, body, without, secret=SECRET, clock=clock()))
    if info.timestamp_unit == "iso8601" or info.signed != "{timestamp}.{body}":
        return
    # a timestamp that is not a number, correctly signed as sent: the signature holds, the stamp does not
    odd = {**headers, info.timestamp_header or "": "soon"}
    mac = hmac.new(SECRET.encode(), b"soon." + body, hashlib.sha256).digest()
    odd[signature_header(vendor, headers)] = info.prefix + mac.hex()
    error = refused("header", lambda: verify(vendor, body, odd, secret=SECRET, clock=clock()))
    assert "malformed" in str(error)


@pytest.mark.parametrize("offset", [-301.0, 301.0])
@pytest.mark.parametrize("vendor", with_(VENDORS, lambda h: h.timestamp_unit))
def test_stale_and_future_timestamps(vendor: str, offset: float) -> None:
    """The receiver's clock is `offset` away from the signed time: either way, past 300 s, refused."""
    body, headers = delivery(vendor)
    error = refused("timestamp", lambda: verify(vendor, body, headers, secret=SECRET, clock=clock(NOW - offset)))
    assert ("in the future" in str(error)) == (offset > 0)
    verify(vendor, body, headers, secret=SECRET, clock=clock(NOW - offset), tolerance=400)
    verify(vendor, body, headers, secret=SECRET, clock=clock(NOW - offset * 299 / 301))  # within it


@pytest.mark.parametrize("vendor", with_(VENDORS, lambda h: h.timestamp_path))
def test_a_body_without_its_timestamp_is_refused(vendor: str) -> None:
    sent = event(vendor)
    path = hooks(vendor).timestamp_path or ()
    del at(sent, path[:-1])[path[-1]]
    body, headers = delivery(vendor, sent)
    refused("timestamp", lambda: verify(vendor, body, headers, secret=SECRET, clock=clock()))


@pytest.mark.parametrize("vendor", with_(VENDORS, lambda h: h.timestamp_unit))
def test_tolerance_none_turns_the_replay_window_off(vendor: str) -> None:
    body, headers = delivery(vendor)
    verify(vendor, body, headers, secret=SECRET, clock=clock(NOW + 86_400), tolerance=None)


@pytest.mark.parametrize("vendor", with_(VENDORS, lambda h: not h.timestamp_unit))
def test_without_a_signed_timestamp_an_old_delivery_still_verifies(vendor: str) -> None:
    """A vendor that signs no timestamp: nothing to check a replay against (deduplicate on the event id)."""
    body, headers = delivery(vendor)
    verify(vendor, body, headers, secret=SECRET, clock=clock(NOW + 86_400))


# -- secrets --------------------------------------------------------------------------------------


@pytest.mark.parametrize("vendor", VENDORS)
def test_rotation_accepts_any_of_several_secrets(vendor: str) -> None:
    body, headers = delivery(vendor, secret="new-secret")
    verify(vendor, body, headers, secret=["old-secret", "new-secret"], clock=clock())
    verify(vendor, body, headers, secret=("new-secret", b"older"), clock=clock())
    error = refused("signature", lambda: verify(vendor, body, headers, secret=["old-secret", "x"], clock=clock()))
    assert "none of the 2 secret(s)" in str(error)


@pytest.mark.parametrize("vendor", VENDORS)
def test_secret_defaults_to_the_vendors_environment_variable(vendor: str, monkeypatch: pytest.MonkeyPatch) -> None:
    body, headers = delivery(vendor)
    name = hooks(vendor).secret_env
    monkeypatch.setenv(name, SECRET)
    assert isinstance(unwrap(vendor, body, headers, clock=clock()), module(vendor).WebhookPayload)
    monkeypatch.delenv(name)
    with pytest.raises(scankit.ConfigurationError, match=name):
        unwrap(vendor, body, headers, clock=clock())


@pytest.mark.parametrize("vendor", VENDORS)
def test_an_empty_secret_list_is_a_configuration_error(vendor: str) -> None:
    body, headers = delivery(vendor)
    with pytest.raises(scankit.ConfigurationError):
        verify(vendor, body, headers, secret=[], clock=clock())


# -- lenient parsing, only after verification ------------------------------------------------------


@pytest.mark.parametrize("vendor", with_(VENDORS, lambda h: h.event_type_path))
def test_an_unknown_event_type_parses_with_its_data(vendor: str) -> None:
    """A type the spec does not list (a vendor's new event) is kept, and so is the rest of the event."""
    path = hooks(vendor).event_type_path or ()
    body, headers = delivery(vendor, event(vendor, "scankit.brand_new_event"))
    got = unwrap(vendor, body, headers, secret=SECRET, clock=clock())
    assert at(got.to_dict(), path) == "scankit.brand_new_event"
    typed = got
    for key in path:  # as a user reads it: `event.type_`, `event.data.attributes.webhook_type`
        typed = getattr(typed, python_name(key))
    assert typed == "scankit.brand_new_event"
    if hasattr(typed, "is_unknown"):
        assert typed.is_unknown
    assert set(got.to_dict()) == set(json.loads(body))


@pytest.mark.parametrize("vendor", VENDORS)
def test_unknown_fields_are_kept(vendor: str) -> None:
    sent = event(vendor)
    sent["brand_new"] = {"x": 1}
    body, headers = delivery(vendor, sent)
    got = unwrap(vendor, body, headers, secret=SECRET, clock=clock())
    assert got.additional_properties["brand_new"] == {"x": 1}


@pytest.mark.parametrize("vendor", VENDORS)
def test_a_signed_body_that_is_not_an_object_is_a_payload_error(vendor: str) -> None:
    body, headers = delivery(vendor, b"[1, 2, 3]")
    refused("payload", lambda: unwrap(vendor, body, headers, secret=SECRET, tolerance=None))


@pytest.mark.parametrize("vendor", VENDORS)
def test_an_unsigned_body_is_never_parsed(vendor: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Verification comes first: a forged body never reaches the model's parser."""
    parsed: list[Any] = []
    payload = module(vendor).WebhookPayload
    monkeypatch.setattr(payload, "from_dict", classmethod(lambda cls, d: parsed.append(d)))
    body, headers = delivery(vendor)
    refused("signature", lambda: unwrap(vendor, b'{"id":"forged"}', headers, secret=SECRET, clock=clock()))
    assert parsed == []
    unwrap(vendor, body, headers, secret=SECRET, clock=clock())
    assert len(parsed) == 1


def event_schema(vendor: str) -> Mapping[str, Any]:
    model = MODELS[vendor]
    assert model.webhooks is not None
    return resolve_schema(model.document, {"$ref": f"#/components/schemas/{model.webhooks.event_schema}"})


@pytest.mark.parametrize("vendor", [v for v in VENDORS if event_schema(v).get("required")])
def test_a_verified_event_without_a_required_field_is_a_payload_error(vendor: str) -> None:
    model = MODELS[vendor]
    assert model.webhooks is not None
    schema = event_schema(vendor)
    sent = event(vendor)
    del sent[schema["required"][0]]
    body, headers = delivery(vendor, sent)
    # tolerance=None: a required field may hold the timestamp, which is then not checked
    error = refused("payload", lambda: unwrap(vendor, body, headers, secret=SECRET, tolerance=None))
    assert model.webhooks.event_schema in str(error)


# -- vendors ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("vendor", VENDORS)
def test_a_vendor_whose_scheme_is_unknown_is_refused_but_can_be_parsed_unverified(vendor: str) -> None:
    """A spec may say `algorithm: unknown`; then unwrap refuses rather than pretend to verify."""
    seam = module(vendor)
    unknown = attrs.evolve(seam.VENDOR, webhooks=attrs.evolve(hooks(vendor), algorithm="unknown"))
    resource = webhooks.WebhookResource(unknown, seam.WebhookPayload)
    body, headers = delivery(vendor)
    error = refused("scheme", lambda: resource.unwrap(body, headers, secret=SECRET, clock=clock()))
    assert "unknown" in str(error) and "parse_unverified" in str(error)


@pytest.mark.parametrize(
    "vendor", WITHOUT or [pytest.param(None, marks=pytest.mark.skip(reason="every spec has webhooks"))]
)
def test_a_vendor_without_webhooks_says_so(vendor: str) -> None:
    with pytest.raises(scankit.ConfigurationError, match="no webhooks"):
        verify(vendor, b"{}", {}, secret=SECRET)


def test_an_unknown_vendor_says_so() -> None:
    with pytest.raises(scankit.ConfigurationError, match="unknown vendor"):
        verify("nosuchvendor", b"{}", {}, secret=SECRET)


@pytest.mark.parametrize("vendor", list(MODELS))
def test_client_webhooks_is_there_when_the_spec_declares_them(vendor: str) -> None:
    client_class = getattr(scankit, MODELS[vendor].meta.class_name)
    with client_class(api_key="k", base_url="http://127.0.0.1:9") as client:
        if vendor not in VENDORS:
            assert not hasattr(client, "webhooks")
            return
        body, headers = delivery(vendor)
        assert isinstance(
            client.webhooks.unwrap(body, headers, secret=SECRET, clock=clock()), module(vendor).WebhookPayload
        )
        refused("signature", lambda: client.webhooks.verify(body, headers, secret="nope", clock=clock()))


def test_webhook_verification_error_is_exported() -> None:
    assert scankit.WebhookVerificationError is webhooks.WebhookVerificationError
    assert issubclass(scankit.WebhookVerificationError, scankit.ScankitError)
