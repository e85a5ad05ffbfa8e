"""The webhook engine: verify a delivery's signature, then parse the typed event, for any vendor.

`scankit.webhooks` is its public face: the functions there take a vendor's slug (typed per vendor,
generated from the specs: `scankit.vendors._webhooks`) and hand this module the vendor's
`VendorInfo`. How each vendor signs (header, HMAC scheme, what is signed, where the timestamp is)
is declared in its spec's ``x-scankit-webhooks`` block and rendered into ``VendorInfo.webhooks``;
nothing here names a vendor or its header. The order is fixed: the signature is checked over the raw bytes as
received (``hmac.compare_digest``, each secret in turn), then the timestamp against the tolerance,
and only then is the body parsed. Any failure raises :class:`WebhookVerificationError` naming the
check that failed; no message ever contains a secret or a received signature.

Only the standard library is used for the checks, nothing does I/O, and nothing awaits: the same
calls serve sync and async web frameworks.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import datetime as _dt
import hashlib
import hmac
import json
import os
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Generic, Literal, TypeVar

from ._errors import ConfigurationError, ScankitError
from ._vendor import VendorInfo, WebhookInfo

DEFAULT_TOLERANCE = 300.0
"""Seconds a signed timestamp may differ from the receiver's clock, either way (stripe's default)."""

Payload = bytes | bytearray | memoryview | str
Secret = str | bytes
Secrets = Secret | Sequence[Secret]
Check = Literal["scheme", "header", "signature", "timestamp", "payload"]
E = TypeVar("E")

_MAC_BYTES = hashlib.sha256().digest_size


class WebhookVerificationError(ScankitError):
    """A webhook delivery failed verification; ``check`` says which step refused it.

    ``check`` is one of ``"scheme"`` (the vendor's signing scheme is unknown, so nothing can be
    verified), ``"header"`` (a signature or timestamp header is missing or malformed),
    ``"signature"`` (no secret reproduces the signature: a wrong secret or a changed body),
    ``"timestamp"`` (outside the tolerance, or missing) and ``"payload"`` (a verified body that
    is not the vendor's event). Answer such a request with a 4xx; never process it.
    """

    def __init__(self, vendor: str, check: Check, message: str) -> None:
        super().__init__(f"{vendor} webhook refused ({check}): {message}")
        self.vendor = vendor
        self.check: Check = check


# -- what the public functions do, given the vendor -------------------------------------------------


def unwrap(
    info: VendorInfo,
    payload: Payload,
    headers: Mapping[str, str],
    *,
    secret: Secrets | None = None,
    tolerance: float | None = DEFAULT_TOLERANCE,
    clock: Callable[[], float] | None = None,
) -> Any:
    """Verify one delivery and return the vendor's typed event (:func:`scankit.webhooks.unwrap`)."""
    body = _verify(info, _as_bytes(payload), headers, secret, tolerance, clock)
    return _parse(info, body)


def verify(
    info: VendorInfo,
    payload: Payload,
    headers: Mapping[str, str],
    *,
    secret: Secrets | None = None,
    tolerance: float | None = DEFAULT_TOLERANCE,
    clock: Callable[[], float] | None = None,
) -> None:
    """Like :func:`unwrap`, without parsing (:func:`scankit.webhooks.verify`)."""
    _verify(info, _as_bytes(payload), headers, secret, tolerance, clock)


def parse_unverified(info: VendorInfo, payload: Payload) -> Any:
    """Parse a body WITHOUT checking that the vendor sent it (:func:`scankit.webhooks.parse_unverified`)."""
    return _parse(info, _json(info, _as_bytes(payload)))


def sign(
    info: VendorInfo,
    payload: Payload,
    secret: Secret,
    *,
    timestamp: float | None = None,
    event_type: str | None = None,
    delivery_id: str | None = None,
) -> dict[str, str]:
    """The headers the vendor would send with ``payload``: for your tests and for the sandbox.

    ``timestamp`` (unix seconds, default now) goes in the vendor's timestamp header when it has
    one; ``event_type`` and ``delivery_id`` go in the vendor's headers for them when it has those.
    """
    hooks = _hooks(info)
    if hooks.algorithm != "hmac-sha256":
        raise WebhookVerificationError(info.name, "scheme", "its signing scheme is unknown, so it cannot be signed")
    raw = _as_bytes(payload)
    headers = {"Content-Type": "application/json"}
    stamp = None
    if hooks.timestamp_header:
        stamp = _format_stamp(time.time() if timestamp is None else timestamp, hooks.timestamp_unit)
        headers[hooks.timestamp_header] = stamp
    mac = hmac.new(_key(secret), _signed_bytes(hooks, raw, stamp), hashlib.sha256).digest()
    encoded = mac.hex() if hooks.encodings[0] == "hex" else base64.b64encode(mac).decode()
    headers[hooks.signature_header] = f"{hooks.prefix}{encoded}"
    if hooks.event_type_header and event_type is not None:
        headers[hooks.event_type_header] = event_type
    if hooks.event_id_header and delivery_id is not None:
        headers[hooks.event_id_header] = delivery_id
    return headers


class WebhookResource(Generic[E]):
    """``client.webhooks``: the client's vendor, its webhook model, and nothing to configure.

    ``client.webhooks.unwrap(body, headers)`` is ``scankit.webhooks.unwrap("<vendor>", body,
    headers)`` typed with that vendor's event model. It uses no connection and no API key.
    """

    def __init__(self, vendor: VendorInfo, model: type[E]) -> None:
        self._vendor = vendor
        self._model = model

    def unwrap(
        self,
        payload: Payload,
        headers: Mapping[str, str],
        *,
        secret: Secrets | None = None,
        tolerance: float | None = DEFAULT_TOLERANCE,
        clock: Callable[[], float] | None = None,
    ) -> E:
        """Verify one delivery and return the typed event; see :func:`scankit.webhooks.unwrap`."""
        body = _verify(self._vendor, _as_bytes(payload), headers, secret, tolerance, clock)
        event: E = _parse(self._vendor, body)
        return event

    def verify(
        self,
        payload: Payload,
        headers: Mapping[str, str],
        *,
        secret: Secrets | None = None,
        tolerance: float | None = DEFAULT_TOLERANCE,
        clock: Callable[[], float] | None = None,
    ) -> None:
        """Verify one delivery; see :func:`scankit.webhooks.verify`."""
        _verify(self._vendor, _as_bytes(payload), headers, secret, tolerance, clock)


# -- internals -----------------------------------------------------------------------------------


def require(info: VendorInfo) -> VendorInfo:
    """`info`, when the vendor sends webhooks that scankit knows of; else a ConfigurationError."""
    _hooks(info)
    return info


def _hooks(info: VendorInfo) -> WebhookInfo:
    if info.webhooks is None:
        raise ConfigurationError(f"{info.name} sends no webhooks that scankit knows of (its spec declares none)")
    return info.webhooks


def _as_bytes(payload: Payload) -> bytes:
    if isinstance(payload, str):
        return payload.encode("utf-8")
    if isinstance(payload, bytes | bytearray | memoryview):
        return bytes(payload)
    raise TypeError(f"payload must be the raw request body (bytes or str), not {type(payload).__name__}")


def _key(secret: Secret) -> bytes:
    return secret.encode("utf-8") if isinstance(secret, str) else bytes(secret)


def _secrets(info: VendorInfo, hooks: WebhookInfo, secret: Secrets | None) -> list[bytes]:
    if secret is None:
        value = os.environ.get(hooks.secret_env, "")
        if not value:
            raise ConfigurationError(
                f"no {info.name} webhook secret: set {hooks.secret_env} or pass secret= "
                "(the endpoint's signing secret from the vendor's dashboard or API)"
            )
        return [value.encode("utf-8")]
    many = [secret] if isinstance(secret, str | bytes) else list(secret)
    keys = [_key(s) for s in many]
    if not keys or any(not k for k in keys):
        raise ConfigurationError(f"{info.name} webhook secret: give at least one non-empty secret")
    return keys


def _header(headers: Mapping[str, str], name: str) -> str | None:
    value = headers.get(name)  # case-insensitive for Starlette, httpx, Werkzeug and the like
    if value is None:
        wanted = name.lower()
        value = next((v for k, v in headers.items() if k.lower() == wanted), None)
    return value


def _signed_bytes(hooks: WebhookInfo, raw: bytes, stamp: str | None) -> bytes:
    if hooks.signed == "{timestamp}.{body}":
        assert stamp is not None
        return stamp.encode("ascii", "replace") + b"." + raw
    return raw


def _decode_mac(hooks: WebhookInfo, text: str) -> bytes | None:
    """The 32-byte MAC in a header value, in any encoding the spec allows; None if none fits."""
    for encoding in hooks.encodings:
        try:
            mac = bytes.fromhex(text) if encoding == "hex" else base64.b64decode(text, validate=True)
        except (ValueError, binascii.Error):
            continue
        if len(mac) == _MAC_BYTES:
            return mac
    return None


def _verify(
    info: VendorInfo,
    raw: bytes,
    headers: Mapping[str, str],
    secret: Secrets | None,
    tolerance: float | None,
    clock: Callable[[], float] | None,
) -> Any:
    """Check signature then timestamp; return the decoded JSON body (read only after the MAC holds)."""
    hooks = _hooks(info)
    name = info.name
    if hooks.algorithm != "hmac-sha256":
        raise WebhookVerificationError(
            name,
            "scheme",
            "its signing scheme is unknown, so no delivery can be verified; parse_unverified() exists "
            "for bodies you trust for another reason",
        )
    keys = _secrets(info, hooks, secret)
    value = _header(headers, hooks.signature_header)
    if value is None or not value.strip():
        raise WebhookVerificationError(name, "header", f"the {hooks.signature_header} header is missing")
    value = value.strip()
    if hooks.prefix:
        if not value.startswith(hooks.prefix):
            raise WebhookVerificationError(
                name, "header", f"the {hooks.signature_header} header does not start with {hooks.prefix!r}"
            )
        value = value[len(hooks.prefix) :]
    mac = _decode_mac(hooks, value)
    if mac is None:
        raise WebhookVerificationError(
            name,
            "header",
            f"the {hooks.signature_header} header is not a {' or '.join(hooks.encodings)} HMAC-SHA256",
        )
    stamp = None
    if hooks.timestamp_header:
        stamp = _header(headers, hooks.timestamp_header)
        if stamp is None or not stamp.strip():
            raise WebhookVerificationError(name, "header", f"the {hooks.timestamp_header} header is missing")
    signed = _signed_bytes(hooks, raw, stamp)
    # compare_digest for every secret (no early exit), so timing says nothing about which matched
    matches = [hmac.compare_digest(hmac.new(key, signed, hashlib.sha256).digest(), mac) for key in keys]
    if not any(matches):
        raise WebhookVerificationError(
            name,
            "signature",
            f"the {hooks.signature_header} header matches the body under none of the {len(keys)} secret(s) "
            "given: a wrong secret, or a body that is not the bytes as received (re-serialised JSON never "
            "verifies)",
        )
    body = _json(info, raw)
    if hooks.timestamp_unit is not None and tolerance is not None:
        if hooks.timestamp_header:
            sent = _parse_stamp(info, hooks, stamp)
        else:
            sent = _parse_stamp(info, hooks, _at(body, hooks.timestamp_path or ()))
        now = (clock or time.time)()
        age = now - sent
        if abs(age) > tolerance:
            when = f"{age:.0f} s old" if age > 0 else f"{-age:.0f} s in the future"
            raise WebhookVerificationError(
                name, "timestamp", f"the signed timestamp is {when}; the tolerance is {tolerance:g} s (a replay?)"
            )
    return body


def _json(info: VendorInfo, raw: bytes) -> Any:
    try:
        return json.loads(raw)
    except ValueError:
        raise WebhookVerificationError(info.name, "payload", "the body is not JSON") from None


def _at(body: Any, path: Sequence[str]) -> Any:
    node = body
    for key in path:
        if not isinstance(node, Mapping):
            return None
        node = node.get(key)
    return node


def _format_stamp(seconds: float, unit: str | None) -> str:
    if unit == "ms":
        return str(int(seconds * 1000))
    if unit == "iso8601":
        return _dt.datetime.fromtimestamp(seconds, _dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return str(int(seconds))


def _parse_stamp(info: VendorInfo, hooks: WebhookInfo, value: Any) -> float:
    where = hooks.timestamp_header or ".".join(hooks.timestamp_path or ())
    if value is None or value == "":
        raise WebhookVerificationError(info.name, "timestamp", f"the signed timestamp ({where}) is missing")
    try:
        if hooks.timestamp_unit == "iso8601":
            text = str(value).strip()
            parsed = _dt.datetime.fromisoformat(text[:-1] + "+00:00" if text[-1:] in "zZ" else text)
            if parsed.tzinfo is None:
                parsed = parsed.replace(tzinfo=_dt.UTC)
            return parsed.timestamp()
        text = str(value).strip()
        if not text.isdigit():
            raise ValueError(text)
        number = int(text)
    except ValueError:
        raise WebhookVerificationError(info.name, "header", f"the timestamp ({where}) is malformed") from None
    return number / 1000 if hooks.timestamp_unit == "ms" else float(number)


def _parse(info: VendorInfo, body: Any) -> Any:
    hooks = _hooks(info)
    if not isinstance(body, dict):
        raise WebhookVerificationError(info.name, "payload", "the body is not a JSON object")
    try:
        return hooks.event_model.from_dict(body)
    except (info.parse_error, KeyError, ValueError, TypeError, AttributeError) as exc:
        model = hooks.event_model.__name__
        raise WebhookVerificationError(info.name, "payload", f"the body is not a {model}: {exc}") from exc


def event_fields(info: VendorInfo, payload: Payload, headers: Mapping[str, str]) -> tuple[str | None, str | None]:
    """The event's type and id, wherever the vendor puts them (header or body). For the CLI."""
    hooks = _hooks(info)
    body: Any = None
    with contextlib.suppress(ValueError):
        body = json.loads(_as_bytes(payload))

    def find(header: str | None, path: tuple[str, ...] | None) -> str | None:
        if header:
            return _header(headers, header)
        found = _at(body, path) if path else None
        return None if found is None else str(found)

    return find(hooks.event_type_header, hooks.event_type_path), find(hooks.event_id_header, hooks.event_id_path)
