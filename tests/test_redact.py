from __future__ import annotations

import httpx
import pytest

from scankit._redact import REDACTED, is_sensitive_header, redact_headers, redact_text, sensitive_values


@pytest.mark.parametrize(
    "name",
    [
        "Authorization",
        "authorization",
        "Cookie",
        "Set-Cookie",
        "Proxy-Authorization",
        "PX-API-KEY",  # PackageX
        "X-HOSTEDSCAN-API-KEY",  # HostedScan
        "X-API-Key",  # Advalidation
        "x-api-key",  # Clone Systems
        "X-Apikey",
        "X_API_KEY",
        "X-Access-Token",
        "X-Client-Secret",
    ],
)
def test_credential_headers_are_sensitive(name: str) -> None:
    assert is_sensitive_header(name)


@pytest.mark.parametrize(
    "name", ["Accept", "Content-Type", "x-rate-limit-remaining", "X-RateLimit-IPRemaining", "x-request-id"]
)
def test_ordinary_headers_are_not_sensitive(name: str) -> None:
    assert not is_sensitive_header(name)


def test_redact_headers_hides_every_credential_and_keeps_the_rest() -> None:
    headers = {
        "Authorization": "Bearer pe_live_abcdef",
        "PX-API-KEY": "px-123456",
        "Accept": "application/json",
        "x-rate-limit-remaining": "7",
    }
    assert redact_headers(headers, ()) == {
        "Authorization": REDACTED,
        "PX-API-KEY": REDACTED,
        "Accept": "application/json",
        "x-rate-limit-remaining": "7",
    }


def test_redact_headers_accepts_httpx_headers_and_extra_names_case_insensitively() -> None:
    headers = httpx.Headers({"X-Vendor-Session": "s3ss10n", "Accept": "*/*"})
    redacted = redact_headers(headers, ["x-vendor-SESSION"])
    assert redacted == {"x-vendor-session": REDACTED, "accept": "*/*"}


def test_redact_headers_does_not_modify_its_input() -> None:
    headers = {"X-API-Key": "adv-key-1"}
    redact_headers(headers)
    assert headers == {"X-API-Key": "adv-key-1"}


def test_redact_text_replaces_every_occurrence() -> None:
    text = "key px-123456 rejected; px-123456 is revoked"
    assert redact_text(text, ["px-123456"]) == f"key {REDACTED} rejected; {REDACTED} is revoked"


def test_redact_text_ignores_empty_and_short_secrets() -> None:
    # Replacing "" or "ab" would shred ordinary text without protecting a real key.
    assert redact_text("a table about bananas", ["", "ab", "a"]) == "a table about bananas"


def test_redact_text_replaces_the_longer_of_overlapping_secrets_whole() -> None:
    assert redact_text("token abcd1234xyz", ["abcd", "abcd1234xyz"]) == f"token {REDACTED}"


def test_sensitive_values_include_the_bare_credential_behind_a_scheme() -> None:
    # A vendor echoing a rejected key echoes the key, not "Bearer <key>".
    values = sensitive_values({"Authorization": "Bearer pe_live_abcdef", "Accept": "application/json"})
    assert "pe_live_abcdef" in values
    assert "Bearer pe_live_abcdef" in values
    assert "application/json" not in values


def test_sensitive_values_split_cookies() -> None:
    values = sensitive_values({"Cookie": "session=abc123def; csrf=zz99yy88"})
    assert {"abc123def", "zz99yy88"} <= set(values)
