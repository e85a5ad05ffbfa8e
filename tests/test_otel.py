"""OpenTelemetry (`scankit[otel]`): a span per operation call, a CLIENT span per HTTP attempt — sync and async.

Checked with the SDK's in-memory exporter. The SDK's provider is handed to scankit through
`trace.get_tracer_provider` for each test alone (the global provider can be set only once per
process). Without an SDK nothing is made; without the package nothing is imported.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from helpers import FakeClock, make
from observing import BASE_URL, KEY, SECRETS, Vendor
from opentelemetry import trace
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

import scankit


@pytest.fixture
def spans(monkeypatch: pytest.MonkeyPatch) -> Iterator[InMemorySpanExporter]:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    monkeypatch.setattr(trace, "get_tracer_provider", lambda: provider)
    yield exporter
    provider.shutdown()


def client(cls: Any, clock: FakeClock, vendor: Vendor | None = None) -> Any:
    return make(cls, vendor or Vendor(), clock, api_key=KEY, base_url=BASE_URL)


def named(exporter: InMemorySpanExporter) -> list[ReadableSpan]:
    return sorted(exporter.get_finished_spans(), key=lambda s: s.start_time or 0)


def parent_of(span: ReadableSpan, among: list[ReadableSpan]) -> ReadableSpan | None:
    if span.parent is None:
        return None
    return next((s for s in among if s.context is not None and s.context.span_id == span.parent.span_id), None)


def attrs(span: ReadableSpan) -> dict[str, Any]:
    return dict(span.attributes or {})


def check_listing(found: list[ReadableSpan]) -> None:
    operations = [s for s in found if s.kind == SpanKind.INTERNAL]
    attempts = [s for s in found if s.kind == SpanKind.CLIENT]
    assert [s.name for s in operations] == ["HostedScan scans.list"] * 2
    assert [attrs(s)["scankit.page.number"] for s in operations] == [1, 2]
    assert attrs(operations[1])["scankit.retries"] == 1
    assert [s.name for s in attempts] == ["GET /v1/scans"] * 3
    first, failed, retried = attempts
    assert parent_of(first, found) is operations[0]
    assert parent_of(failed, found) is parent_of(retried, found) is operations[1]
    assert attrs(failed)["http.response.status_code"] == 503
    assert attrs(failed)["error.type"] == "503"
    assert failed.status.status_code == StatusCode.ERROR
    assert "http.request.resend_count" not in attrs(failed)
    assert attrs(retried)["http.request.resend_count"] == 1
    assert attrs(retried)["http.response.status_code"] == 200
    assert retried.status.status_code == StatusCode.UNSET
    assert attrs(first) | {"url.full": None} == {
        "http.request.method": "GET",
        "url.full": None,
        "url.template": "/v1/scans",
        "server.address": "vendor.test",
        "server.port": 443,
        "http.response.status_code": 200,
    }
    assert attrs(first)["url.full"] == "https://[REDACTED]@vendor.test/v1/scans"


def test_a_listing_with_one_retried_page(clock: FakeClock, spans: InMemorySpanExporter) -> None:
    hs = client(scankit.HostedScan, clock)
    assert len(list(hs.scans.list())) == 4
    check_listing(named(spans))


async def test_async_listing_with_one_retried_page(clock: FakeClock, spans: InMemorySpanExporter) -> None:
    async with client(scankit.AsyncHostedScan, clock) as hs:
        assert len([s async for s in hs.scans.list()]) == 4
    check_listing(named(spans))


def check_raw_stream_wait(found: list[ReadableSpan]) -> None:
    names = [s.name for s in found]
    assert names == [
        "HostedScan scans.get",  # the raw call
        "GET /v1/scans/{id}",
        "HostedScan results.download",  # the streamed download
        "GET /v1/results/{id}",
        "HostedScan scans.wait",  # the wait, over its poll
        "HostedScan scans.get",
        "GET /v1/scans/{id}",
    ]
    raw, raw_attempt, download, download_attempt, wait, poll, poll_attempt = found
    assert parent_of(raw_attempt, found) is raw
    assert attrs(download_attempt)["http.response.status_code"] == 200
    assert parent_of(download_attempt, found) is download
    assert parent_of(poll, found) is wait
    assert parent_of(poll_attempt, found) is poll
    assert attrs(wait) | {} == {
        "scankit.vendor": "hostedscan",
        "scankit.operation": "scans.wait",
        "scankit.wait.polls": 1,
        "scankit.wait.state": "SUCCEEDED",
    }
    (event,) = wait.events
    assert event.name == "scankit.wait.poll"
    assert dict(event.attributes or {}) | {"scankit.wait.elapsed": 0} == {
        "scankit.wait.state": "SUCCEEDED",
        "scankit.wait.outcome": "success",
        "scankit.wait.progress": 100,
        "scankit.wait.elapsed": 0,
    }


def test_a_raw_call_a_streamed_download_and_a_wait(clock: FakeClock, spans: InMemorySpanExporter) -> None:
    hs = client(scankit.HostedScan, clock)
    hs.with_raw_response.scans.get("s1")
    with hs.with_streaming_response.results.download("r1") as download:
        download.read()
    hs.scans.wait("s1")
    check_raw_stream_wait(named(spans))


async def test_async_raw_call_streamed_download_and_wait(clock: FakeClock, spans: InMemorySpanExporter) -> None:
    async with client(scankit.AsyncHostedScan, clock) as hs:
        await hs.with_raw_response.scans.get("s1")
        async with hs.with_streaming_response.results.download("r1") as download:
            await download.read()
        await hs.scans.wait("s1")
    check_raw_stream_wait(named(spans))


def test_a_wait_that_polls_twice_has_an_event_per_poll(clock: FakeClock, spans: InMemorySpanExporter) -> None:
    client(scankit.HostedScan, clock).scans.wait("s1", timeout=None)  # RUNNING, then SUCCEEDED
    wait = next(s for s in spans.get_finished_spans() if s.name == "HostedScan scans.wait")
    assert attrs(wait)["scankit.wait.polls"] == 2
    assert [dict(e.attributes or {})["scankit.wait.state"] for e in wait.events] == ["RUNNING", "SUCCEEDED"]


def test_a_page_number_list_names_its_pages(clock: FakeClock, spans: InMemorySpanExporter) -> None:
    import httpx

    def pages(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", 1))
        items = [{"object": "scan", "id": f"scan_{page}_{i}", "created_at": 1700000000} for i in range(2)]
        meta = {"page": page, "limit": 2, "has_more": page < 3, "total_count": 6}
        return httpx.Response(
            200, json={"status": 200, "message": "ok", "data": items, "errors": [], "pagination": meta}
        )

    px = make(scankit.PackageX, pages, clock)
    assert len(list(px.scans.list(location="loc_1", limit=2))) == 6
    numbers = sorted(
        attrs(s)["scankit.page.number"] for s in spans.get_finished_spans() if s.name.startswith("PackageX")
    )
    assert numbers == [1, 2, 3]


def test_a_failed_call_marks_its_spans(clock: FakeClock, spans: InMemorySpanExporter) -> None:
    with pytest.raises(scankit.NotFoundError):
        client(scankit.HostedScan, clock).scans.get("gone")
    operation, attempt = named(spans)
    assert operation.status.status_code == StatusCode.ERROR
    assert attrs(operation)["error.type"] == "NotFoundError"
    assert attrs(attempt)["error.type"] == "404"


def test_spans_nest_under_the_callers_span(clock: FakeClock, spans: InMemorySpanExporter) -> None:
    tracer = trace.get_tracer_provider().get_tracer("app")
    with tracer.start_as_current_span("app work"):
        client(scankit.HostedScan, clock).scans.get("s1")
    found = named(spans)
    app = next(s for s in found if s.name == "app work")
    operation = next(s for s in found if s.name == "HostedScan scans.get")
    assert parent_of(operation, found) is app
    assert trace.get_current_span() is trace.INVALID_SPAN  # every context scankit entered, it left


@pytest.mark.parametrize("is_async", [False, True])
async def test_no_credential_in_any_span(clock: FakeClock, spans: InMemorySpanExporter, is_async: bool) -> None:
    cls = scankit.AsyncHostedScan if is_async else scankit.HostedScan
    hs = client(cls, clock)

    async def run(value: Any) -> Any:
        return (await value) if is_async else value

    await run(hs.scans.get("s1", extra_query={"echo": KEY}))
    with pytest.raises(scankit.NotFoundError):
        await run(hs.scans.get("gone", extra_query={"echo": KEY}))
    await run(hs.scans.wait("s1"))
    found = spans.get_finished_spans()
    assert len(found) >= 6
    for span in found:
        shown = [span.name, repr(dict(span.attributes or {})), str(span.status.description)]
        shown += [f"{e.name} {dict(e.attributes or {})}" for e in span.events]
        for secret in SECRETS:
            assert all(secret not in text for text in shown), span.name


def test_without_an_sdk_nothing_is_made(clock: FakeClock) -> None:
    hs = client(scankit.HostedScan, clock)
    assert hs._observers.tracer is not None  # the package is installed (the dev dependencies) ...
    assert hs._observers.start(scankit.vendors.hostedscan._SCANS_GET) is None  # ... but no SDK: no observer
    assert hs.scans.get("s1").id == "s1"


_WITHOUT_OTEL = """
import sys

class Hidden:  # as if the scankit[otel] extra were not installed
    def find_spec(self, name, path=None, target=None):
        if name == "opentelemetry" or name.startswith("opentelemetry."):
            asked.append(name)
            raise ModuleNotFoundError(name)
        return None

asked = []
sys.meta_path.insert(0, Hidden())
import httpx, scankit
http = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200, json={"data": []})))
client = scankit.HostedScan(api_key="sk-x-1234", base_url="https://vendor.test", http_client=http)
assert list(client.scans.list()) == []
loaded = sorted(m for m in sys.modules if m.startswith("opentelemetry") or m == "scankit._otel")
print(loaded, asked)
"""


def test_without_the_extra_nothing_is_imported() -> None:
    """`import scankit` and a call, with opentelemetry not installed: it is looked for once, never imported."""
    env = {k: v for k, v in os.environ.items() if k != "OTEL_PYTHON_DISABLED_INSTRUMENTATIONS"}
    proc = subprocess.run([sys.executable, "-c", _WITHOUT_OTEL], capture_output=True, text=True, check=False, env=env)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[] ['opentelemetry']"


def test_tracing_can_be_turned_off_like_any_instrumentation() -> None:
    code = """
import httpx, sys, scankit
http = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200, json={"data": []})))
client = scankit.HostedScan(api_key="sk-x-1234", base_url="https://vendor.test", http_client=http)
list(client.scans.list())
print("scankit._otel" in sys.modules, "opentelemetry" in sys.modules)
"""
    env = {**os.environ, "OTEL_PYTHON_DISABLED_INSTRUMENTATIONS": "httpx, scankit"}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False, env=env)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["False", "False"]
