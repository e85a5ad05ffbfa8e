"""Keep API keys out of logs, error messages and reprs.

Every vendor authenticates with a header (``PX-API-KEY``, ``X-HOSTEDSCAN-API-KEY``, ``X-API-Key``,
``Authorization: Bearer …``, ``x-api-key``), so the request headers are where a secret lives. The
logging code and the error factory both pass what they print through here first.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, quote_plus

if TYPE_CHECKING:
    import httpx  # imported where used: the errors module imports this one, and must not load httpx

__all__ = [
    "REDACTED",
    "is_sensitive_header",
    "redact_headers",
    "redact_json",
    "redact_text",
    "redact_url",
    "redacted_response",
    "secret_forms",
    "sensitive_values",
]

REDACTED = "[REDACTED]"

_ALWAYS = frozenset({"authorization", "cookie", "set-cookie", "proxy-authorization"})
# Substrings of header names that carry credentials whatever the vendor calls them.
_FRAGMENTS = ("api-key", "apikey", "token", "secret")
# Shorter strings are too likely to occur by chance ("null", "true", "1") to be worth replacing.
_MIN_SECRET_LENGTH = 4


def _normalise(name: str) -> str:
    # "X_API_KEY" and "x-api-key" are the same header to a human reading a log.
    return name.strip().lower().replace("_", "-")


def is_sensitive_header(name: str, secret_names: Iterable[str] = ()) -> bool:
    """Whether a header's value must never be shown.

    >>> is_sensitive_header("X-HOSTEDSCAN-API-KEY")
    True
    >>> is_sensitive_header("x-rate-limit-remaining")
    False
    """
    lowered = _normalise(name)
    if lowered in _ALWAYS or any(fragment in lowered for fragment in _FRAGMENTS):
        return True
    return lowered in {_normalise(extra) for extra in secret_names}


def redact_headers(headers: Mapping[str, str] | httpx.Headers, secret_names: Iterable[str] = ()) -> dict[str, str]:
    """A copy of ``headers`` that is safe to log: credential values become ``[REDACTED]``.

    Names keep their original spelling; ``secret_names`` adds vendor headers that the built-in
    rules would miss (matched case-insensitively).

    >>> redact_headers({"PX-API-KEY": "k3y", "Accept": "application/json"})
    {'PX-API-KEY': '[REDACTED]', 'Accept': 'application/json'}
    """
    extra = frozenset(_normalise(name) for name in secret_names)
    return {name: REDACTED if is_sensitive_header(name, extra) else value for name, value in headers.items()}


def sensitive_values(headers: Mapping[str, str] | httpx.Headers, secret_names: Iterable[str] = ()) -> tuple[str, ...]:
    """The secret strings found in ``headers``, ready for :func:`redact_text`.

    A vendor that echoes the key back in an error body echoes the bare credential, not
    ``Bearer <key>``, so scheme-prefixed values yield the credential part too, and cookies yield each
    cookie's value.
    """
    extra = frozenset(_normalise(name) for name in secret_names)
    found: list[str] = []
    for name, value in headers.items():
        if not is_sensitive_header(name, extra):
            continue
        found.append(value)
        scheme, _, credential = value.strip().partition(" ")
        if credential and scheme.isalpha():
            found.append(credential.strip())
        if _normalise(name) in {"cookie", "set-cookie"}:
            for part in value.split(";"):
                _, sep, cookie_value = part.partition("=")
                if sep:
                    found.append(cookie_value.strip())
    return tuple(secret for secret in dict.fromkeys(found) if len(secret) >= _MIN_SECRET_LENGTH)


def secret_forms(secret: str) -> tuple[str, ...]:
    """Every spelling a secret can be printed in: as is, URL-encoded, escaped as in a repr of bytes or str, JSON.

    >>> secret_forms("a/b c")
    ('a/b c', 'a%2Fb%20c', 'a/b%20c', 'a%2Fb+c')
    """
    forms = (
        secret,
        quote(secret, safe=""),
        quote(secret),  # as in a path, where "/" stays
        quote_plus(secret, safe=""),
        repr(secret.encode("utf-8", "backslashreplace"))[2:-1],
        repr(secret)[1:-1],
        json.dumps(secret)[1:-1],
    )
    return tuple(dict.fromkeys(forms))


def redact_text(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every occurrence of each secret, in each of its printed forms, replaced by ``[REDACTED]``.

    Secrets shorter than four characters are ignored: replacing them would shred ordinary text
    without protecting anything real.

    >>> redact_text("key abcd1234 rejected", ["abcd1234"])
    'key [REDACTED] rejected'
    >>> redact_text("b'p%40ss/word'", ["p@ss/word"])
    "b'[REDACTED]'"
    """
    forms = {form for s in secrets if len(s) >= _MIN_SECRET_LENGTH for form in secret_forms(s)}
    # Longest first, so a secret that contains another is replaced whole.
    for form in sorted(forms, key=len, reverse=True):
        if form in text:
            text = text.replace(form, REDACTED)
    return text


def redact_url(url: str | httpx.URL) -> str:
    """``url`` without a password (or user) in it, safe to print.

    >>> redact_url("https://me:hunter22@api.example.com/v1")
    'https://[REDACTED]@api.example.com/v1'
    """
    import httpx

    text = str(url)
    try:
        parsed = httpx.URL(text)
    except httpx.InvalidURL:
        return REDACTED
    if not parsed.userinfo:
        return text
    return str(parsed.copy_with(username=None, password=None)).replace("://", f"://{REDACTED}@", 1)


def redact_json(value: Any, secrets: Iterable[str]) -> Any:
    """A copy of a parsed JSON value with every string (and key) passed through :func:`redact_text`."""
    secrets = tuple(secrets)
    if isinstance(value, str):
        return redact_text(value, secrets)
    if isinstance(value, list):
        return [redact_json(v, secrets) for v in value]
    if isinstance(value, dict):
        return {redact_text(str(k), secrets): redact_json(v, secrets) for k, v in value.items()}
    return value


def redacted_response(response: httpx.Response, secrets: Iterable[str]) -> httpx.Response:
    """A copy of a (read) response that is safe to keep on an exception.

    Its request carries no credential header and no userinfo, and its body and headers no secret
    (in any printed form). The original stays with the caller.
    """
    import httpx

    secrets = tuple(secrets)
    try:
        content = response.content
    except httpx.ResponseNotRead:
        content = b""
    text = content.decode("utf-8", "surrogateescape")
    redacted = redact_text(text, secrets)
    if redacted != text:
        content = redacted.encode("utf-8", "surrogateescape")
    headers = {k: redact_text(v, secrets) for k, v in redact_headers(response.headers).items()}
    headers.pop("content-encoding", None)
    request = None
    try:
        original = response.request
    except RuntimeError:
        original = None
    if original is not None:
        request = httpx.Request(
            original.method,
            redact_text(redact_url(original.url), secrets),
            headers=redact_headers(original.headers),
        )
    return httpx.Response(
        response.status_code, headers=headers, content=content, request=request, extensions=response.extensions
    )
