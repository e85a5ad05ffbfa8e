"""Per-call options (`extra_headers`, `extra_query`, `extra_body`, `timeout`), the User-Agent and the request log.

Every operation takes the same keyword-only options openai-python has. They reach the request
without touching generated code: the facade puts them in a context variable for the length of the
call (`applied`), and a request event hook on scankit's own httpx client (`RequestHooks`) applies
them to each attempt — headers, URL parameters and `request.extensions["timeout"]`. `extra_body` is
merged into the body model before the generated function serialises it (`merge_body`).

Credentials are the client's alone: an option that would set, replace or remove a credential
header raises `ConfigurationError` before anything is sent.

The same hooks write the debug log: one line when an attempt is sent and one when its response
arrives; the response line names method, URL (credentials redacted), status, elapsed time, attempt
and request id, so it tells the whole story alone.
"""

from __future__ import annotations

import contextlib
import contextvars
import importlib.metadata
import logging
import platform
import time
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

import attrs
import httpx

from ._errors import ConfigurationError
from ._redact import redact_text
from ._types import OMIT, Omit

if TYPE_CHECKING:
    from ._base import _Core

log = logging.getLogger("scankit")


@attrs.frozen
class RequestOptions:
    """What one call asked for beyond its parameters."""

    headers: Mapping[str, str | Omit] = attrs.field(factory=dict)
    params: Mapping[str, Any] = attrs.field(factory=dict)
    timeout: httpx.Timeout | Omit | None = OMIT

    @classmethod
    def of(
        cls,
        extra_headers: Mapping[str, str | Omit] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | Omit | None = OMIT,
    ) -> RequestOptions | None:
        """The options of one call, or None when it gave none (the common case costs nothing)."""
        if not extra_headers and not extra_query and timeout is OMIT:
            return None
        if timeout is None or isinstance(timeout, Omit | httpx.Timeout):
            resolved: httpx.Timeout | Omit | None = timeout
        else:
            resolved = httpx.Timeout(timeout)
        return cls(dict(extra_headers or {}), dict(extra_query or {}), resolved)


@attrs.frozen
class _Attempt:
    """The attempt in flight, for the log lines the hooks write."""

    operation: str
    number: int  # 0 for the first try


_current: contextvars.ContextVar[RequestOptions | None] = contextvars.ContextVar("scankit_options", default=None)
_attempt: contextvars.ContextVar[_Attempt | None] = contextvars.ContextVar("scankit_attempt", default=None)


def check_headers(core: _Core, headers: Mapping[str, Any], where: str) -> None:
    """Refuse any header that would set, replace or remove a credential.

    That is every header the vendor's auth schemes use, whether or not this client was given that
    credential, and the generic ones: a credential slipped in per call would escape redaction,
    which knows only the constructor's secrets.
    """
    credential = {name.lower(): name for name in core.vendor.auth.credential_header_names()}
    for given in headers:
        name = credential.get(given.lower())
        if name is not None:
            raise ConfigurationError(
                f"{core.vendor.name}: {where} cannot set or remove {name}: it carries the client's credentials, "
                f"which come only from the client's constructor (api_key=, or {core.vendor.env_key})"
            )


@contextlib.contextmanager
def applied(core: _Core, options: RequestOptions | None) -> Iterator[None]:
    """Apply `options` to every request sent inside the block (checked first: credentials are ours)."""
    if options is None:
        yield
        return
    check_headers(core, options.headers, "extra_headers")
    token = _current.set(options)
    try:
        yield
    finally:
        _current.reset(token)


def begin_attempt(operation: str, number: int) -> None:
    """Called by the request loop before each attempt, so the log lines can say which one it is."""
    _attempt.set(_Attempt(operation, number))


class _MergedBody:
    """A body whose `to_dict()` is the model's plus `extra_body` (what the generated functions call)."""

    def __init__(self, body: Any, extra: Mapping[str, Any]) -> None:
        self._body = body
        self._extra = dict(extra)

    def to_dict(self) -> dict[str, Any]:
        base = self._body.to_dict() if hasattr(self._body, "to_dict") else dict(self._body)
        return {**base, **self._extra}


def merge_body(body: Any, extra_body: Mapping[str, Any] | None) -> Any:
    """`body` with `extra_body`'s top-level fields merged over it (openai-python's rule)."""
    if not extra_body:
        return body
    if body is None or type(body).__name__ == "Unset":
        return _MergedBody({}, extra_body)
    return _MergedBody(body, extra_body)


_USER_AGENTS: dict[str, str] = {}
_HTTPX_DEFAULT_UA = f"python-httpx/{httpx.__version__}"


def _dist_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        from . import __version__

        return __version__


def user_agent(vendor_slug: str) -> str:
    """`scankit/<v> scankit-<vendor>/<v> python/<x.y> httpx/<x.y>`: who is calling, for the vendor's logs."""
    found = _USER_AGENTS.get(vendor_slug)
    if found is None:
        python = ".".join(platform.python_version_tuple()[:2])
        httpx_version = ".".join(httpx.__version__.split(".")[:2])
        found = (
            f"scankit/{_dist_version('scankit')} scankit-{vendor_slug}/{_dist_version(f'scankit-{vendor_slug}')} "
            f"python/{python} httpx/{httpx_version}"
        )
        _USER_AGENTS[vendor_slug] = found
    return found


def _set_header(request: httpx.Request, name: str, value: str | Omit) -> None:
    if isinstance(value, Omit):
        if name in request.headers:
            del request.headers[name]
    else:
        request.headers[name] = value


class RequestHooks:
    """The event hooks scankit's httpx client runs for every attempt (sync and async alike)."""

    def __init__(self, core: _Core) -> None:
        self._core = core

    def on_request(self, request: httpx.Request) -> None:
        core = self._core
        for name, value in getattr(core, "_default_headers", {}).items():
            _set_header(request, name, value)
        options = _current.get()
        if options is not None:
            for name, value in options.headers.items():
                _set_header(request, name, value)
            url = request.url
            for key, param in options.params.items():
                if param is None or isinstance(param, Omit):
                    url = url.copy_remove_param(key)
                else:
                    url = url.copy_set_param(key, param)
            request.url = url
            if not isinstance(options.timeout, Omit):
                request.extensions["timeout"] = httpx.Timeout(options.timeout).as_dict()
        ours = user_agent(core.vendor.slug)
        theirs = request.headers.get("User-Agent", "")
        # a user's own User-Agent (from with_options(headers=...), extra_headers or their client) is kept
        if theirs and theirs != _HTTPX_DEFAULT_UA and not theirs.startswith("scankit/"):
            request.headers["User-Agent"] = f"{ours} {theirs}"
        else:
            request.headers["User-Agent"] = ours
        request.extensions["scankit_sent_at"] = time.perf_counter()
        if log.isEnabledFor(logging.DEBUG):
            attempt = _attempt.get()
            log.debug(
                "%s %s: %s %s sent (attempt %d)",
                core.vendor.name,
                attempt.operation if attempt else "-",
                request.method,
                redact_text(str(request.url), core._secrets),
                (attempt.number if attempt else 0) + 1,
            )

    def on_response(self, response: httpx.Response) -> None:
        request = response.request
        sent_at = request.extensions.get("scankit_sent_at")
        seconds = time.perf_counter() - sent_at if isinstance(sent_at, float) else 0.0
        response.extensions["scankit_elapsed"] = seconds  # until the headers: RawResponse.elapsed's fallback
        if not log.isEnabledFor(logging.DEBUG):
            return
        core = self._core
        elapsed = seconds * 1000
        attempt = _attempt.get()
        header = core.vendor.request_id_header
        rid = (response.headers.get(header) if header else None) or response.headers.get("x-request-id") or "-"
        log.debug(
            "%s %s: %s %s -> %d %s in %.0f ms (attempt %d, request id %s)",
            core.vendor.name,
            attempt.operation if attempt else "-",
            request.method,
            redact_text(str(request.url), core._secrets),
            response.status_code,
            response.reason_phrase,
            elapsed,
            (attempt.number if attempt else 0) + 1,
            redact_text(rid, core._secrets),
        )

    async def aon_request(self, request: httpx.Request) -> None:
        self.on_request(request)

    async def aon_response(self, response: httpx.Response) -> None:
        self.on_response(response)
