"""OpenTelemetry spans for scankit calls: the `scankit[otel]` extra. Imported only when it is installed.

Each operation call is a span named for it (``HostedScan scans.list``, kind INTERNAL; a list's page
number in ``scankit.page.number``); each HTTP attempt under it is a CLIENT span following
OpenTelemetry's HTTP client conventions (``http.request.method``, ``url.full`` with every
credential redacted, ``server.address``, ``server.port``, ``url.template``,
``http.response.status_code``, ``http.request.resend_count`` from the first retry on,
``error.type``). A wait is one span (``HostedScan scans.wait``) over its polls, with an event per
poll. While an operation or an attempt runs its span is the current one, so spans that other
instrumentation makes inside it (httpx's, a hook's) nest under it.

Until an SDK's tracer provider is set (``trace.set_tracer_provider``) nothing is made at all, and a
span that is not sampled makes no child spans.
"""

from __future__ import annotations

from typing import Any

import httpx
from opentelemetry import context, trace
from opentelemetry.trace import Span, SpanKind, Status, StatusCode, Tracer

from ._vendor import VendorInfo
from ._version import __version__

_DEFAULT_PORTS = {"https": 443, "http": 80}
_tracer: tuple[trace.TracerProvider, Tracer] | None = None  # the provider it came from, and scankit's tracer


def tracer() -> Tracer | None:
    """scankit's tracer from the global provider; None until an SDK's provider is set (then nothing is made)."""
    global _tracer
    provider = trace.get_tracer_provider()
    if isinstance(provider, trace.ProxyTracerProvider):
        return None
    if _tracer is None or _tracer[0] is not provider:
        _tracer = (provider, provider.get_tracer("scankit", __version__))
    return _tracer[1]


def _error_status(error: BaseException) -> Status:
    return Status(StatusCode.ERROR, f"{type(error).__name__}: {error}"[:300])


class Operation:
    """One operation call's span (or a wait's), current while it lasts."""

    def __init__(self, tracer: Tracer, span: Span) -> None:
        self._tracer = tracer
        self._span = span
        self._token = context.attach(trace.set_span_in_context(span))
        self._polls = 0

    def attempt(self, request: httpx.Request, url: str, template: str, attempt: int) -> Attempt:
        host = request.url.host
        attributes: dict[str, Any] = {
            "http.request.method": request.method,
            "url.full": url,
            "url.template": template,
            "server.address": host,
            "server.port": request.url.port or _DEFAULT_PORTS.get(request.url.scheme, 0),
        }
        if attempt:
            attributes["http.request.resend_count"] = attempt
        span = self._tracer.start_span(f"{request.method} {template}", kind=SpanKind.CLIENT, attributes=attributes)
        return Attempt(span)

    def poll(self, state: str | None, outcome: str, progress: int | None, elapsed: float) -> None:
        """One look at a waited-for resource."""
        self._polls += 1
        attributes: dict[str, Any] = {"scankit.wait.outcome": outcome, "scankit.wait.elapsed": elapsed}
        if state is not None:
            attributes["scankit.wait.state"] = state
        if progress is not None:
            attributes["scankit.wait.progress"] = progress
        self._span.add_event("scankit.wait.poll", attributes)
        self._span.set_attribute("scankit.wait.polls", self._polls)
        if state is not None:
            self._span.set_attribute("scankit.wait.state", state)

    def end(self, error: BaseException | None, retries: int = 0) -> None:
        if retries:
            self._span.set_attribute("scankit.retries", retries)
        if error is not None:
            self._span.set_attribute("error.type", type(error).__name__)
            self._span.set_status(_error_status(error))
        self._span.end()
        context.detach(self._token)


class Attempt:
    """One HTTP attempt's CLIENT span, current while the request is in flight."""

    def __init__(self, span: Span) -> None:
        self._span = span
        self._token = context.attach(trace.set_span_in_context(span))

    def end(self, status: int | None, error: BaseException | None) -> None:
        if status is not None:
            self._span.set_attribute("http.response.status_code", status)
            if status >= 400:
                self._span.set_attribute("error.type", str(status))
                self._span.set_status(Status(StatusCode.ERROR))
        if error is not None:
            self._span.set_attribute("error.type", type(error).__name__)
            self._span.set_status(_error_status(error))
        self._span.end()
        context.detach(self._token)


def operation(vendor: VendorInfo, name: str, page: int | None) -> Operation | None:
    """The span of one call of `name` ("scans.list") — None when no SDK is set up or it is not sampled."""
    found = tracer()
    if found is None:
        return None  # no SDK configured: the API would hand out non-recording spans; skip even those
    attributes: dict[str, Any] = {"scankit.vendor": vendor.slug, "scankit.operation": name}
    if page is not None:
        attributes["scankit.page.number"] = page
    span = found.start_span(f"{vendor.name} {name}", kind=SpanKind.INTERNAL, attributes=attributes)
    if not span.is_recording():
        span.end()
        return None
    return Operation(found, span)
