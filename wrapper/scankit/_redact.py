"""Keep API keys out of logs, error messages and reprs.

Every vendor authenticates with a header (``PX-API-KEY``, ``X-HOSTEDSCAN-API-KEY``, ``X-API-Key``,
``Authorization: Bearer …``, ``x-api-key``), so the request headers are where a secret lives. The
logging code and the error factory both pass what they print through here first.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import httpx

__all__ = ["REDACTED", "is_sensitive_header", "redact_headers", "redact_text", "sensitive_values"]

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


def redact_text(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every occurrence of each secret replaced by ``[REDACTED]``.

    Secrets shorter than four characters are ignored: replacing them would shred ordinary text
    without protecting anything real.

    >>> redact_text("key abcd1234 rejected", ["abcd1234"])
    'key [REDACTED] rejected'
    """
    # Longest first, so a secret that contains another is replaced whole.
    for secret in sorted({s for s in secrets if len(s) >= _MIN_SECRET_LENGTH}, key=len, reverse=True):
        text = text.replace(secret, REDACTED)
    return text
