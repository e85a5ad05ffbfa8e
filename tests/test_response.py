"""Raw responses, streamed downloads and each page's HTTP response, sync and async (MockTransport).

`client.with_raw_response.<resource>.<verb>(...)` gives what the plain call gives through
`.parse()`, plus the status, headers, request id, retries and elapsed time of the response;
`client.with_streaming_response.results.download(id)` leaves the body on the wire until read.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import httpx
import pytest
from helpers import FakeClock, make

import scankit
from scankit.vendors import CLIENTS

HS_SCAN = {"id": "s1", "type": "NMAP", "state": "SUCCEEDED", "progress": 100}
REPORT = b"<html>" + b"x" * 300_000 + b"</html>"


def scan_with_headers(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"data": HS_SCAN}, headers={"x-request-id": "req_42", "x-extra": "yes"})


class Flaky:
    """Answers 503 `failures` times, then `then`."""

    def __init__(self, failures: int, then: httpx.Response) -> None:
        self.failures = failures
        self.then = then
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if len(self.requests) <= self.failures:
            return httpx.Response(503, json={"message": "busy"})
        return httpx.Response(self.then.status_code, headers=self.then.headers, content=self.then.content)


# -- raw responses ------------------------------------------------------------------------------


def test_raw_response_has_the_http_details_and_parses_to_the_plain_result(clock: FakeClock) -> None:
    client = make(scankit.HostedScan, scan_with_headers, clock)
    raw = client.with_raw_response.scans.get("s1")
    assert isinstance(raw, scankit.RawResponse)
    assert raw.status_code == 200
    assert raw.headers["x-extra"] == "yes"
    assert raw.request_id == "req_42"
    assert raw.retries_taken == 0
    assert isinstance(raw.elapsed, datetime.timedelta)
    assert isinstance(raw.http_response, httpx.Response)
    assert raw.http_response.request.url.path == "/v1/scans/s1"
    scan = raw.parse()
    assert scan == client.scans.get("s1")  # unwrapped from {"data": ...} exactly as the plain call
    assert scan.id == "s1"
    assert "sk-test-secret-123" not in repr(raw)


def test_raw_response_counts_the_retries(clock: FakeClock) -> None:
    server = Flaky(2, httpx.Response(200, json={"data": HS_SCAN}))
    client = make(scankit.HostedScan, server, clock)
    raw = client.with_raw_response.scans.get("s1")
    assert raw.retries_taken == 2
    assert len(server.requests) == 3
    assert raw.parse().id == "s1"


def test_raw_response_error_status_raises_like_the_plain_call(clock: FakeClock) -> None:
    client = make(scankit.HostedScan, lambda r: httpx.Response(404, json={"message": "no such scan"}), clock)
    with pytest.raises(scankit.NotFoundError, match="no such scan"):
        client.with_raw_response.scans.get("nope")


def test_raw_response_keeps_an_off_spec_body_readable_and_parse_raises(clock: FakeClock) -> None:
    bad = httpx.Response(200, json={"data": {**HS_SCAN, "progress": "100%"}}, headers={"x-request-id": "req_7"})
    client = make(scankit.HostedScan, lambda r: bad, clock)
    raw = client.with_raw_response.scans.get("s1")
    assert raw.status_code == 200
    assert raw.request_id == "req_7"
    assert b"100%" in raw.content
    with pytest.raises(scankit.ResponseValidationError):
        raw.parse()
    with pytest.raises(scankit.ResponseValidationError):
        client.scans.get("s1")


def test_raw_list_is_the_first_page_with_its_response(clock: FakeClock) -> None:
    def pages(request: httpx.Request) -> httpx.Response:
        if request.url.params.get("page_token") == "t2":
            return httpx.Response(200, json={"data": [{**HS_SCAN, "id": "s2"}]}, headers={"x-page": "2"})
        return httpx.Response(200, json={"data": [HS_SCAN], "next_page_token": "t2"}, headers={"x-page": "1"})

    client = make(scankit.HostedScan, pages, clock)
    raw = client.with_raw_response.scans.list()
    assert raw.headers["x-page"] == "1"
    page = raw.parse()
    assert [s.id for s in page.items] == ["s1"]
    assert page.next == "t2"
    assert page.http_response is raw.http_response
    # every page of a plain listing carries its own response (rate-limit headers, request id)
    assert [p.http_response.headers["x-page"] for p in client.scans.list().pages() if p.http_response] == ["1", "2"]


def test_raw_response_body_less_success(clock: FakeClock) -> None:
    client = make(scankit.HostedScan, lambda r: httpx.Response(204), clock)
    raw = client.with_raw_response.targets.delete("t1")
    assert raw.status_code == 204
    assert raw.parse() is None


async def test_async_raw_response(clock: FakeClock) -> None:
    server = Flaky(1, httpx.Response(200, json={"data": HS_SCAN}, headers={"x-request-id": "req_9"}))
    async with make(scankit.AsyncHostedScan, server, clock) as client:
        raw = await client.with_raw_response.scans.get("s1")
        assert raw.status_code == 200
        assert raw.request_id == "req_9"
        assert raw.retries_taken == 1
        assert raw.parse().id == "s1"
    async with make(scankit.AsyncHostedScan, scan_list_once, clock) as client:
        page_raw = await client.with_raw_response.scans.list()
        assert page_raw.parse().http_response is page_raw.http_response
        assert [s.id for s in page_raw.parse().items] == ["s1"]


async def test_async_pages_carry_their_response(clock: FakeClock) -> None:
    async with make(scankit.AsyncHostedScan, scan_list_once, clock) as client:
        async for page in client.scans.list().pages():
            assert page.http_response is not None
            assert page.http_response.status_code == 200


def scan_list_once(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"data": [HS_SCAN]})


# -- downloads ----------------------------------------------------------------------------------


def report(request: httpx.Request) -> httpx.Response:
    headers = {"content-type": "text/html; charset=utf-8"}
    if request.url.path.endswith("/named"):
        headers["content-disposition"] = 'attachment; filename="../../etc/scan report.html"'
    return httpx.Response(200, content=REPORT, headers=headers)


def test_plain_download_fills_the_media_type_and_file_name(clock: FakeClock) -> None:
    client = make(scankit.HostedScan, report, clock)
    file = client.results.download("r1")
    assert file.payload.read() == REPORT
    assert file.mime_type == "text/html"
    assert file.file_name is None  # no Content-Disposition: nothing is invented
    named = client.results.download("named")
    assert named.file_name == "scan report.html"  # never a path: the directory part is dropped


def test_streamed_download(clock: FakeClock, tmp_path: Path) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return report(request)

    client = make(scankit.HostedScan, handler, clock)
    with client.with_streaming_response.results.download("r1") as response:
        assert isinstance(response, scankit.StreamedResponse)
        assert response.status_code == 200
        assert response.content_type == "text/html"
        assert response.filename == "r1.html"  # no Content-Disposition: the id and the media type's extension
        assert response.stream_to_file(tmp_path / response.filename) == len(REPORT)
    assert (tmp_path / "r1.html").read_bytes() == REPORT
    # the guard transport bounds every response; a streamed one is read piecewise, so it is exempt
    assert seen[0].extensions["scankit_max_response_bytes"] is None
    with client.with_streaming_response.results.download("named") as response:
        assert response.filename == "scan report.html"
        chunks = list(response.iter_bytes(chunk_size=65536))
    assert len(chunks) > 1
    assert b"".join(chunks) == REPORT


def test_streamed_download_retries_then_streams(clock: FakeClock) -> None:
    server = Flaky(1, httpx.Response(200, content=b"%PDF-1.7", headers={"content-type": "application/pdf"}))
    client = make(scankit.HostedScan, server, clock)
    with client.with_streaming_response.results.download("r1") as response:
        assert response.retries_taken == 1
        assert response.filename == "r1.pdf"
        assert response.read() == b"%PDF-1.7"


def test_streamed_download_error_is_the_plain_calls_error(clock: FakeClock) -> None:
    client = make(scankit.HostedScan, lambda r: httpx.Response(404, json={"message": "Result not found"}), clock)
    stream = client.with_streaming_response.results.download("gone")
    with pytest.raises(scankit.NotFoundError, match="Result not found"), stream:
        pass  # pragma: no cover - never entered


def test_streaming_takes_the_per_call_options(clock: FakeClock) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return report(request)

    client = make(scankit.HostedScan, handler, clock)
    with client.with_streaming_response.results.download("r1", extra_headers={"X-Trace": "t1"}, timeout=3.0):
        pass
    assert seen[0].headers["x-trace"] == "t1"
    assert seen[0].extensions["timeout"]["read"] == 3.0


async def test_async_streamed_download(clock: FakeClock, tmp_path: Path) -> None:
    async with make(scankit.AsyncHostedScan, report, clock) as client:
        async with client.with_streaming_response.results.download("named") as response:
            assert isinstance(response, scankit.AsyncStreamedResponse)
            assert response.content_type == "text/html"
            assert response.filename == "scan report.html"
            assert await response.stream_to_file(tmp_path / "out.html") == len(REPORT)
        async with client.with_streaming_response.results.download("r1") as response:
            assert b"".join([chunk async for chunk in response.iter_bytes()]) == REPORT
        file = await client.results.download("r1")
        assert file.mime_type == "text/html"
    assert (tmp_path / "out.html").read_bytes() == REPORT


async def test_async_streamed_download_error(clock: FakeClock) -> None:
    async with make(scankit.AsyncHostedScan, lambda r: httpx.Response(401, json={"message": "bad key"}), clock) as c:
        with pytest.raises(scankit.AuthenticationError):
            async with c.with_streaming_response.results.download("r1"):
                pass  # pragma: no cover - never entered


def test_every_vendor_has_raw_responses_for_every_operation(clock: FakeClock) -> None:
    for name in (n for n in CLIENTS if not n.startswith("Async")):  # every vendor's client
        client = make(getattr(scankit, name), scan_with_headers, clock)
        for resource_name, resource in vars(client).items():
            if not isinstance(resource, scankit._resource.SyncResource):
                continue
            raw_resource = getattr(client.with_raw_response, resource_name)
            # waiters (`wait`, `*_and_wait`) poll many responses: there is no one raw response to show
            verbs = [v for v in vars(type(resource)) if not v.startswith("_") and not v.endswith("wait")]
            assert verbs
            for verb in verbs:
                assert callable(getattr(raw_resource, verb)), (name, resource_name, verb)
