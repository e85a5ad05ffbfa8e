"""Hooks and tracing: what a user can watch of a call, and the one object the request loop tells.

    def show(event: scankit.RetryEvent) -> None:
        print(f"{event.operation}: retrying in {event.delay:.1f}s ({event.reason})")

    client = scankit.HostedScan(hooks=scankit.Hooks(on_retry=show))

Hooks observe; they change nothing. Each gets a frozen event (`RequestEvent`, `ResponseEvent`,
`RetryEvent`, `ErrorEvent`) naming the vendor, the operation (`scans.list`), the method, the URL with
every credential redacted and the attempt (1 for the first try). An async client also accepts
coroutine functions and awaits them in order; a sync client refuses them. A hook that raises is
logged (a warning on the "scankit" logger, with its traceback) and otherwise ignored: a bug in an
observer never fails the call it observes, nor changes its retries.

`Observers` is what a client knows of who is watching (its hooks, OpenTelemetry when installed, the
debug log); `start()` gives the request loop one `Observer` per operation call — or None when
nobody is watching, so an unwatched call costs one check per layer and nothing else.
"""

from __future__ import annotations

import functools
import importlib.util
import inspect
import logging
import os
import time
from collections.abc import Awaitable, Callable
from types import ModuleType
from typing import Any, Protocol

import attrs
import httpx

from ._errors import ConfigurationError, ScankitError
from ._redact import redact_text, redact_url
from ._retry import RetryDecision
from ._vendor import OperationInfo, VendorInfo

log = logging.getLogger("scankit")


@attrs.frozen
class RequestEvent:
    """An attempt is about to be sent."""

    vendor: str  # "HostedScan"
    operation: str  # "scans.list"
    method: str
    url: str  # credentials redacted
    attempt: int  # 1 for the first try


@attrs.frozen
class ResponseEvent:
    """An attempt's response arrived (any status, before it is judged)."""

    vendor: str
    operation: str
    method: str
    url: str
    attempt: int
    status_code: int
    elapsed: float  # seconds from sending to the response (its body too, unless streamed)
    request_id: str | None  # the vendor's request id header, or x-request-id


@attrs.frozen
class RetryEvent:
    """An attempt failed and will be retried after `delay` seconds; `reason` says why."""

    vendor: str
    operation: str
    method: str
    url: str
    attempt: int  # the attempt that failed
    delay: float
    reason: str  # e.g. "503 from server, backing off 0.50s (retry 1 of 2)"
    status_code: int | None  # None: no response (a connection error, a timeout)


@attrs.frozen
class ErrorEvent:
    """The call raises `error` (after any retries)."""

    vendor: str
    operation: str
    method: str
    url: str  # "" when nothing was sent
    attempt: int  # attempts made; 0 when the call failed before sending
    error: ScankitError
    elapsed: float  # seconds since the call began


Hook = Callable[[Any], object]


class AttemptSpan(Protocol):
    def end(self, status: int | None, error: BaseException | None) -> None: ...


class Span(Protocol):
    """What the tracer (`scankit._otel.Operation`) makes of an operation call, or of a wait."""

    def attempt(self, request: httpx.Request, url: str, template: str, attempt: int) -> AttemptSpan: ...

    def poll(self, state: str | None, outcome: str, progress: int | None, elapsed: float) -> None: ...

    def end(self, error: BaseException | None, retries: int = 0) -> None: ...


@attrs.frozen
class Hooks:
    """Functions called as a call proceeds; each receives a frozen event and its return value is ignored.

    An async client also accepts coroutine functions (awaited in order); a hook that raises is
    logged and ignored. See the module docs for what each event carries.
    """

    on_request: Callable[[RequestEvent], object] | None = None
    on_response: Callable[[ResponseEvent], object] | None = None
    on_retry: Callable[[RetryEvent], object] | None = None
    on_error: Callable[[ErrorEvent], object] | None = None

    def check(self, vendor: VendorInfo, is_async: bool) -> Hooks:
        """Refuse what cannot be called: a non-callable, or a coroutine function on a sync client."""
        for name in ("on_request", "on_response", "on_retry", "on_error"):
            hook = getattr(self, name)
            if hook is None:
                continue
            if not callable(hook):
                raise ConfigurationError(
                    f"{vendor.name}: Hooks({name}=...) must be callable, not {type(hook).__name__}"
                )
            if not is_async and inspect.iscoroutinefunction(hook):
                raise ConfigurationError(
                    f"{vendor.name}: Hooks({name}=...) is a coroutine function; a sync client cannot await it "
                    "(use the Async client, or a plain function)"
                )
        return self


@functools.cache
def _otel() -> ModuleType | None:
    """`scankit._otel` when OpenTelemetry's API is installed (the `scankit[otel]` extra) and not turned off.

    Looked up without importing it, so a process without the extra never imports it; turned off
    like any OpenTelemetry instrumentation: `OTEL_PYTHON_DISABLED_INSTRUMENTATIONS=scankit`.
    """
    disabled = os.environ.get("OTEL_PYTHON_DISABLED_INSTRUMENTATIONS", "")
    if "scankit" in {name.strip() for name in disabled.split(",")}:
        return None
    try:
        found = importlib.util.find_spec("opentelemetry") is not None
    except (ImportError, ValueError):
        found = False
    if not found:
        return None
    from . import _otel

    return _otel


@attrs.frozen(eq=False)
class Observers:
    """Who watches a client's calls: its hooks, the tracer (`scankit._otel`, when installed), the debug log."""

    vendor: VendorInfo
    secrets: tuple[str, ...]
    hooks: Hooks | None
    tracer: ModuleType | None
    is_async: bool

    @classmethod
    def of(cls, vendor: VendorInfo, secrets: tuple[str, ...], hooks: Hooks | None, is_async: bool) -> Observers:
        return cls(vendor, secrets, hooks.check(vendor, is_async) if hooks else None, _otel(), is_async)

    def start(self, op: OperationInfo, page: int | None = None) -> Observer | None:
        """One operation call's observer, or None when nobody watches it (the common case)."""
        span = self.span(op.name, page)
        debug = log.isEnabledFor(logging.DEBUG)
        if span is None and self.hooks is None and not debug:
            return None
        return Observer(self, op, span, debug)

    def span(self, name: str, page: int | None = None) -> Span | None:
        """The span of an operation call, or of a wait over its polls; None without tracing."""
        if self.tracer is None:
            return None
        found: Span | None = self.tracer.operation(self.vendor, name, page)
        return found

    def redact(self, url: httpx.URL | str) -> str:
        return redact_text(redact_url(url), self.secrets)


class Observer:
    """Tells the debug log, the hooks and the tracer what one operation call does, attempt by attempt.

    Each method returns None, or — on an async client whose hook is a coroutine function — an
    awaitable the loop awaits before going on.
    """

    def __init__(self, observers: Observers, op: OperationInfo, span: Span | None, debug: bool) -> None:
        self._of = observers
        self._op = op
        self._span = span
        self._attempt_span: AttemptSpan | None = None
        self._debug = debug
        self._hooks = observers.hooks
        self._started = time.perf_counter()
        self._method = op.method
        self._url = ""
        self.attempts = 0

    def _event_base(self, attempt: int) -> tuple[str, str, str, str, int]:
        return self._of.vendor.name, self._op.name, self._method, self._url, attempt + 1

    def request(self, request: httpx.Request, attempt: int) -> Awaitable[None] | None:
        self._method, self._url = request.method, self._of.redact(request.url)
        self.attempts = attempt + 1
        if self._debug:
            log.debug(
                "%s %s: %s %s sent (attempt %d)", self._of.vendor.name, self._op.name, *self._event_base(attempt)[2:]
            )
        if self._span is not None:
            self._attempt_span = self._span.attempt(request, self._url, self._op.path, attempt)
        hook = self._hooks.on_request if self._hooks else None
        return None if hook is None else self._call(hook, RequestEvent(*self._event_base(attempt)))

    def response(self, response: httpx.Response, attempt: int, elapsed: float) -> Awaitable[None] | None:
        header = self._of.vendor.request_id_header
        rid = (response.headers.get(header) if header else None) or response.headers.get("x-request-id")
        rid = redact_text(rid, self._of.secrets) if rid else None
        if self._debug:
            log.debug(
                "%s %s: %s %s -> %d %s in %.0f ms (attempt %d, request id %s)",
                self._of.vendor.name,
                self._op.name,
                self._method,
                self._url,
                response.status_code,
                response.reason_phrase,
                elapsed * 1000,
                attempt + 1,
                rid or "-",
            )
        if self._attempt_span is not None:
            self._attempt_span.end(response.status_code, None)
            self._attempt_span = None
        hook = self._hooks.on_response if self._hooks else None
        if hook is None:
            return None
        return self._call(hook, ResponseEvent(*self._event_base(attempt), response.status_code, elapsed, rid))

    def failed(self, error: BaseException) -> None:
        """The attempt in flight ended without a response."""
        if self._attempt_span is not None:
            self._attempt_span.end(None, error)
            self._attempt_span = None

    def retry(self, attempt: int, decision: RetryDecision, status: int | None) -> Awaitable[None] | None:
        """The failed attempt will be retried after `decision.delay` (the decision is logged already)."""
        hook = self._hooks.on_retry if self._hooks else None
        if hook is None:
            return None
        reason = redact_text(decision.reason, self._of.secrets)
        return self._call(hook, RetryEvent(*self._event_base(attempt), decision.delay, reason, status))

    def log(self, attempt: int, detail: str, *, wait: float = 0.0, cause: str = "rate limit") -> None:
        """Debug log of a wait or retry decision; `scankit_wait` (s) and `scankit_wait_cause` are for progress displays."""
        if self._debug:
            extra = {
                "scankit_wait": wait,
                "scankit_wait_cause": cause,
                "scankit_operation": self._op.name,
                "scankit_attempt": attempt,
            }
            text = redact_text(detail, self._of.secrets)
            log.debug("%s %s: %s", self._of.vendor.name, self._op.name, text, extra=extra)

    def error(self, error: ScankitError) -> Awaitable[None] | None:
        hook = self._hooks.on_error if self._hooks else None
        if hook is None:
            return None
        elapsed = time.perf_counter() - self._started
        vendor, op, method, url, _ = self._event_base(0)
        return self._call(hook, ErrorEvent(vendor, op, method, url, self.attempts, error, elapsed))

    def end(self, error: BaseException | None, retries: int = 0) -> None:
        """The call is over: close what is still open (on error too)."""
        if self._attempt_span is not None:
            self._attempt_span.end(None, error)
        if self._span is not None:
            self._span.end(error, retries)

    def _call(self, hook: Hook, event: object) -> Awaitable[None] | None:
        try:
            result = hook(event)
        except Exception:
            log.warning(
                "%s: a hook raised on %r; ignored (hooks observe only)", self._of.vendor.name, event, exc_info=True
            )
            return None
        if not inspect.isawaitable(result):
            return None
        if not self._of.is_async:  # checked at construction; a lambda returning a coroutine slips through
            close = getattr(result, "close", None)
            if close is not None:
                close()
            log.warning("%s: a hook returned an awaitable on a sync client; ignored", self._of.vendor.name)
            return None
        return self._awaited(result, event)

    async def _awaited(self, result: Awaitable[object], event: object) -> None:
        try:
            await result
        except Exception:
            log.warning(
                "%s: a hook raised on %r; ignored (hooks observe only)", self._of.vendor.name, event, exc_info=True
            )
