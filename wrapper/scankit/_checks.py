"""What scankit refuses before it sends anything: bad credentials, cleartext, dot segments, bad limits.

Each check names what is wrong — the argument, the environment variable, the parameter — and never
shows a credential's value.
"""

from __future__ import annotations

import ipaddress
import logging
import os
from collections.abc import Mapping
from typing import Any
from urllib.parse import unquote

import httpx

from ._errors import ConfigurationError, InvalidParameterError
from ._redact import redact_url
from ._vendor import OperationInfo, VendorInfo

log = logging.getLogger("scankit")

_LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})
_announced: set[str] = set()


def credential(value: str | None, name: str, env_var: str) -> str | None:
    """The argument, else the environment variable, without surrounding whitespace.

    A control character (a pasted line break) is refused, naming the argument or variable only.
    """
    if value is None:
        name, value = env_var, os.environ.get(env_var)
        if value is None:
            return None
    value = value.strip()
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in value):
        raise ConfigurationError(f"{name} contains a control character (a pasted line break?); the value is not shown")
    return value or None


def _is_loopback(host: str) -> bool:
    if host in _LOOPBACK_NAMES or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def resolve_base_url(vendor: VendorInfo, given: str | None, allow_insecure: bool) -> str:
    """The base URL: the argument, else ``<VENDOR>_BASE_URL``, else the vendor's; cleartext is refused.

    ``http://`` to a host other than loopback would send the key in the clear, so it needs
    ``allow_insecure=True`` or ``SCANKIT_ALLOW_INSECURE=1``. A query string or fragment is refused:
    operation paths are appended to the base URL, so it may only be scheme, host, port and path.
    """
    env_var = vendor.base_url_env
    from_env = None if given else os.environ.get(env_var)
    chosen = given or from_env or vendor.base_url
    if not chosen:  # a per-customer host (CloneGuard): never guess one and send it credentials
        raise ConfigurationError(vendor.missing_base_url())
    url = chosen.strip().rstrip("/")
    if "?" in url or "#" in url:
        # Each operation's path is appended to base_url: `...?tenant=t1` + `/v1/scans/ID` would be a
        # query string with a path in it, sent to a path the spec does not name.
        what = "query string" if "?" in url else "fragment"
        named = f"{env_var} ({redact_url(url)!r})" if from_env else f"base_url {redact_url(url)!r}"
        raise ConfigurationError(
            f"{vendor.name}: {named} has a {what}; give the base URL without one "
            "(per-call query parameters go in extra_query=)"
        )
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise ConfigurationError(f"{vendor.name}: base_url is not a URL ({exc})") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ConfigurationError(f"{vendor.name}: base_url must be an http(s) URL, not {redact_url(url)!r}")
    insecure_ok = allow_insecure or os.environ.get("SCANKIT_ALLOW_INSECURE") == "1"
    if parsed.scheme == "http" and not _is_loopback(parsed.host) and not insecure_ok:
        raise ConfigurationError(
            f"{vendor.name}: base_url {redact_url(url)!r} is plain http, which would send the API key in the clear; "
            "use https, or pass allow_insecure=True (or set SCANKIT_ALLOW_INSECURE=1) if you mean it"
        )
    default_host = httpx.URL(vendor.base_url).host if vendor.base_url else None
    if from_env and default_host != parsed.host and url not in _announced:
        _announced.add(url)
        log.debug("%s: %s sends requests to %s, not %s", vendor.name, env_var, redact_url(url), vendor.base_url)
    return url


def check_max_bytes(vendor: VendorInfo, value: int | None) -> int | None:
    if value is not None and (not isinstance(value, int) or value <= 0):
        raise ConfigurationError(f"{vendor.name}: max_response_bytes must be a positive int or None, not {value!r}")
    return value


def check_path_params(vendor: VendorInfo, op: OperationInfo, kwargs: Mapping[str, Any]) -> None:
    """Refuse path parameters that would address another endpoint once dot segments are resolved."""
    for name in op.path_params:
        value = str(kwargs.get(name, ""))
        if value in ("", ".", "..") or unquote(value).strip() in ("", ".", ".."):
            shown = repr(value) if len(value) <= 12 else "this value"
            raise InvalidParameterError(
                f"{vendor.name} {op.name}: {name} must not be {shown}: it would address another endpoint",
                parameter=name,
            )
