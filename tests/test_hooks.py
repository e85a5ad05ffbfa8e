"""Hooks: typed, read-only events for every attempt, retry and error — sync and async (MockTransport).

A listing with one retried page, a raw call, a streamed download and a wait each tell the hooks
what happened, in order; a hook that raises is logged and ignored; no event ever carries a
credential; a sync client refuses a coroutine function.
"""

from __future__ import annotations

import logging
from typing import Any

import attrs
import httpx
import pytest
from helpers import FakeClock, make
from observing import BASE_URL, KEY, SECRETS, Vendor

import scankit
from scankit_hostedscan.models import ScanState

Event = scankit.RequestEvent | scankit.ResponseEvent | scankit.RetryEvent | scankit.ErrorEvent


class Seen:
    """Every event, in order, as (kind, operation, attempt, detail)."""

    def __init__(self) -> None:
        self.events: list[Event] = []

    def hooks(self) -> scankit.Hooks:
        return scankit.Hooks(
            on_request=self.events.append,
            on_response=self.events.append,
            on_retry=self.events.append,
            on_error=self.events.append,
        )

    def async_hooks(self) -> scankit.Hooks:
        async def record(event: Any) -> None:
            self.events.append(event)

        # coroutine functions and plain functions side by side: an async client takes both
        return scankit.Hooks(on_request=record, on_response=self.events.append, on_retry=record, on_error=record)

    def story(self) -> list[tuple[str, str, int, object]]:
        out: list[tuple[str, str, int, object]] = []
        for e in self.events:
            if isinstance(e, scankit.RequestEvent):
                out.append(("request", e.operation, e.attempt, e.url.split("vendor.test", 1)[1]))
            elif isinstance(e, scankit.ResponseEvent):
                out.append(("response", e.operation, e.attempt, e.status_code))
            elif isinstance(e, scankit.RetryEvent):
                out.append(("retry", e.operation, e.attempt, e.status_code))
            else:
                out.append(("error", e.operation, e.attempt, type(e.error).__name__))
        return out


def client(cls: Any, clock: FakeClock, hooks: scankit.Hooks, vendor: Vendor | None = None) -> Any:
    return make(cls, vendor or Vendor(), clock, api_key=KEY, base_url=BASE_URL, hooks=hooks)


LISTING = [
    ("request", "scans.list", 1, "/v1/scans"),
    ("response", "scans.list", 1, 200),
    ("request", "scans.list", 1, "/v1/scans?page_token=t2"),
    ("response", "scans.list", 1, 503),
    ("retry", "scans.list", 1, 503),
    ("request", "scans.list", 2, "/v1/scans?page_token=t2"),
    ("response", "scans.list", 2, 200),
]


def test_a_listing_with_one_retried_page(clock: FakeClock) -> None:
    seen = Seen()
    hs = client(scankit.HostedScan, clock, seen.hooks()).with_options(page_concurrency=1)
    assert [s.id for s in hs.scans.list()] == ["s1", "s2", "s3", "s4"]
    assert seen.story() == LISTING
    retry = next(e for e in seen.events if isinstance(e, scankit.RetryEvent))
    assert retry.vendor == "HostedScan"
    assert retry.method == "GET"
    assert retry.delay == clock.sleeps[0] > 0
    assert retry.reason.startswith("503 from server, backing off")
    responses = [e for e in seen.events if isinstance(e, scankit.ResponseEvent)]
    assert all(e.elapsed >= 0 for e in responses)


class BadSecondPage(Vendor):
    """The second page's body is not what the spec says a page is."""

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.params.get("page_token") == "t2":
            self.requests.append(request)
            return httpx.Response(200, json={"data": "not a list"})
        return super().__call__(request)


def test_a_page_that_does_not_parse_is_that_page_s_error_for_the_hooks_and_the_caller(clock: FakeClock) -> None:
    """A watched listing reads each page as it comes (a listing nobody watches reads it when it gets
    there), so the hooks hear of a body that does not parse from the call that fetched it."""
    seen = Seen()
    hs = client(scankit.HostedScan, clock, seen.hooks(), BadSecondPage())
    got: list[str] = []
    with pytest.raises(scankit.ResponseValidationError):
        got.extend(s.id for s in hs.scans.list())
    assert got == ["s1", "s2"], "the first page's items, then the error"
    assert seen.story()[-3:] == [
        ("request", "scans.list", 1, "/v1/scans?page_token=t2"),
        ("response", "scans.list", 1, 200),
        ("error", "scans.list", 1, "ResponseValidationError"),
    ]


async def test_async_a_page_that_does_not_parse_is_that_page_s_error_for_the_hooks(clock: FakeClock) -> None:
    seen = Seen()
    async with client(scankit.AsyncHostedScan, clock, seen.async_hooks(), BadSecondPage()) as hs:
        with pytest.raises(scankit.ResponseValidationError):
            [s async for s in hs.scans.list()]
    assert seen.story()[-1] == ("error", "scans.list", 1, "ResponseValidationError")


async def test_async_listing_with_one_retried_page(clock: FakeClock) -> None:
    seen = Seen()
    async with client(scankit.AsyncHostedScan, clock, seen.async_hooks()) as hs:
        assert [s.id async for s in hs.scans.list()] == ["s1", "s2", "s3", "s4"]
    assert seen.story() == LISTING


def test_a_raw_call_a_streamed_download_and_a_wait(clock: FakeClock) -> None:
    seen = Seen()
    hs = client(scankit.HostedScan, clock, seen.hooks())
    raw = hs.with_raw_response.scans.get("s1")
    assert raw.parse().state == ScanState.RUNNING
    with hs.with_streaming_response.results.download("r1") as download:
        assert download.read() == b"<html>report</html>"
    done = hs.scans.wait("s1")
    assert done.state == ScanState.SUCCEEDED
    assert seen.story() == [
        ("request", "scans.get", 1, "/v1/scans/s1"),
        ("response", "scans.get", 1, 200),
        ("request", "results.download", 1, "/v1/results/r1"),
        ("response", "results.download", 1, 200),
        ("request", "scans.get", 1, "/v1/scans/s1"),  # the wait's one poll: the scan is done
        ("response", "scans.get", 1, 200),
    ]
    first = seen.events[1]
    assert isinstance(first, scankit.ResponseEvent)
    assert first.request_id == "req_1"


async def test_async_raw_streamed_and_wait(clock: FakeClock) -> None:
    seen = Seen()
    async with client(scankit.AsyncHostedScan, clock, seen.async_hooks()) as hs:
        await hs.with_raw_response.scans.get("s1")
        async with hs.with_streaming_response.results.download("r1") as download:
            assert await download.read() == b"<html>report</html>"
        await hs.scans.wait("s1")
    assert [(kind, op) for kind, op, *_ in seen.story()] == [
        ("request", "scans.get"),
        ("response", "scans.get"),
        ("request", "results.download"),
        ("response", "results.download"),
        ("request", "scans.get"),
        ("response", "scans.get"),
    ]


def test_errors_reach_on_error_after_the_retries(clock: FakeClock) -> None:
    def down(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    seen = Seen()
    hs = client(scankit.HostedScan, clock, seen.hooks())
    with pytest.raises(scankit.NotFoundError) as missing:
        hs.scans.get("gone")
    assert seen.story()[-1] == ("error", "scans.get", 1, "NotFoundError")
    last = seen.events[-1]
    assert isinstance(last, scankit.ErrorEvent)
    assert last.error is missing.value

    seen.events.clear()
    broken = make(scankit.HostedScan, down, clock, api_key=KEY, hooks=seen.hooks())
    with pytest.raises(scankit.APIConnectionError):
        broken.scans.get("s1")
    assert [(kind, attempt, detail) for kind, _, attempt, detail in seen.story()] == [
        ("request", 1, "/v1/scans/s1"),
        ("retry", 1, None),  # no response to give a status
        ("request", 2, "/v1/scans/s1"),
        ("retry", 2, None),
        ("request", 3, "/v1/scans/s1"),
        ("error", 3, "APIConnectionError"),
    ]


def test_a_call_refused_before_sending_is_an_error_event_with_no_attempt(clock: FakeClock) -> None:
    seen = Seen()
    hs = client(scankit.HostedScan, clock, seen.hooks())
    with pytest.raises(scankit.ConfigurationError):
        hs.scans.get("s1", extra_headers={"X-HOSTEDSCAN-API-KEY": "another"})
    (event,) = seen.events
    assert isinstance(event, scankit.ErrorEvent)
    assert (event.attempt, event.url) == (0, "")


def test_a_hook_that_raises_is_logged_and_ignored(clock: FakeClock, caplog: pytest.LogCaptureFixture) -> None:
    def broken(event: object) -> None:
        raise RuntimeError("a bug in the hook")

    vendor = Vendor()
    hs = client(scankit.HostedScan, clock, scankit.Hooks(on_request=broken, on_retry=broken), vendor)
    with caplog.at_level(logging.WARNING, logger="scankit"):
        assert [s.id for s in hs.scans.list()] == ["s1", "s2", "s3", "s4"]
    assert len(vendor.requests) == 3  # the retry still happened: a hook changes nothing
    warnings = [r for r in caplog.records if r.name == "scankit" and r.levelno == logging.WARNING]
    assert len(warnings) == 4  # three requests and one retry
    assert "a hook raised" in warnings[0].getMessage()
    assert warnings[0].exc_info is not None and "a bug in the hook" in str(warnings[0].exc_info[1])


async def test_an_async_hook_that_raises_is_logged_and_ignored(
    clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    async def broken(event: object) -> None:
        raise RuntimeError("an async bug")

    async with client(scankit.AsyncHostedScan, clock, scankit.Hooks(on_response=broken)) as hs:
        with caplog.at_level(logging.WARNING, logger="scankit"):
            assert (await hs.scans.get("s1")).id == "s1"
    assert any("an async bug" in str(r.exc_info[1]) for r in caplog.records if r.exc_info)


def test_a_sync_client_refuses_a_coroutine_function(clock: FakeClock) -> None:
    async def hook(event: object) -> None:  # pragma: no cover - never called
        pass

    with pytest.raises(scankit.ConfigurationError, match=r"on_retry.*coroutine function"):
        client(scankit.HostedScan, clock, scankit.Hooks(on_retry=hook))
    with pytest.raises(scankit.ConfigurationError, match="must be callable"):
        client(scankit.HostedScan, clock, scankit.Hooks(on_error="print"))  # type: ignore[arg-type]
    hs = client(scankit.HostedScan, clock, scankit.Hooks())
    with pytest.raises(scankit.ConfigurationError, match="coroutine function"):
        hs.with_options(hooks=scankit.Hooks(on_request=hook))


def test_with_options_replaces_or_removes_the_hooks(clock: FakeClock) -> None:
    first, second = Seen(), Seen()
    hs = client(scankit.HostedScan, clock, first.hooks())
    other = hs.with_options(hooks=second.hooks())
    quiet = hs.with_options(hooks=None)
    kept = hs.with_options(max_retries=0)
    other.scans.get("s1")
    quiet.scans.get("s1")
    assert (len(first.events), len(second.events)) == (0, 2)
    kept.scans.get("s1")
    assert len(first.events) == 2  # a copy keeps the hooks it was not told to change
    assert (quiet.hooks, other.hooks) == (None, second.hooks())


def test_events_are_read_only(clock: FakeClock) -> None:
    seen = Seen()
    client(scankit.HostedScan, clock, seen.hooks()).scans.get("s1")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        seen.events[0].url = "https://elsewhere.test/"  # type: ignore[misc]


@pytest.mark.parametrize("is_async", [False, True])
async def test_no_credential_reaches_any_event(clock: FakeClock, is_async: bool) -> None:
    """The key (a header, and a query parameter here) and the base URL's password: in no event, anywhere."""
    seen = Seen()
    cls = scankit.AsyncHostedScan if is_async else scankit.HostedScan
    hs = client(cls, clock, seen.async_hooks() if is_async else seen.hooks())

    async def run(value: Any) -> Any:
        return (await value) if is_async else value

    await run(hs.scans.get("s1", extra_query={"echo": KEY}))
    with pytest.raises(scankit.NotFoundError):
        await run(hs.scans.get("gone", extra_query={"echo": KEY}))  # the 404 body echoes the key back
    if is_async:
        assert len([s async for s in hs.scans.list(extra_query={"echo": KEY})]) == 4
    else:
        assert len(list(hs.scans.list(extra_query={"echo": KEY}))) == 4
    kinds = {type(e) for e in seen.events}
    assert kinds == {scankit.RequestEvent, scankit.ResponseEvent, scankit.RetryEvent, scankit.ErrorEvent}
    for event in seen.events:
        shown = " ".join([repr(event), str(attrs.asdict(event, recurse=False))])
        if isinstance(event, scankit.ErrorEvent):
            shown += f" {event.error} {event.error!r}"
        for secret in SECRETS:
            assert secret not in shown, event
    assert "echo=%5BREDACTED%5D" in seen.events[0].url or "echo=[REDACTED]" in seen.events[0].url
