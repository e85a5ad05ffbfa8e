"""Each reproduction of "never lose an item, never leak a key", run as written, and what it must give now.

One test (or a few) per item: empty pages that say more, undeclared statuses in lists, raw httpx
exceptions, redirects and credentials, whitespace in keys, leaks through error attributes and
reprs, dot path segments, unbounded bodies and trickling servers, cleartext, dependency floors, and
a user's own httpx client honoured.
"""

from __future__ import annotations

import asyncio
import gzip
import importlib
import logging
import re
import ssl
import tomllib
import traceback
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import h11
import httpcore
import httpx
import pytest
from helpers import FakeClock, make
from test_faults import VENDORS as MATRIX
from test_faults import Script, _client, shape

import scankit
from scankit.vendors import slugs
from scankit_codegen.extensions import load_vendor

ROOT = Path(__file__).resolve().parent.parent
KEY = "sk-test-secret-123"  # what helpers.make uses


def hs_scan(i: int | str) -> dict[str, Any]:
    return {"id": f"scan-{i}", "type": "NMAP", "state": "SUCCEEDED", "progress": 100}


def px_scan(i: int) -> dict[str, Any]:
    return {"object": "scan", "id": f"scan_{i}", "created_at": 1700000000 + i}


def px_page(page: int, items: list[dict[str, Any]], *, has_more: bool, total: int) -> dict[str, Any]:
    pagination = {"page": page, "limit": 2, "has_more": has_more, "total_count": total}
    return {"status": 200, "message": "ok", "data": items, "errors": [], "pagination": pagination}


# -- 1. an empty page that says there is more --------------------------------------------------------


def test_hostedscan_empty_page_with_a_cursor_is_followed(clock: FakeClock) -> None:
    pages = {
        None: {"data": [hs_scan(1)], "next_page_token": "t1"},
        "t1": {"data": [], "next_page_token": "t2"},
        "t2": {"data": [hs_scan(2)]},
    }
    asked: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        token = request.url.params.get("page_token")
        asked.append(token)
        return httpx.Response(200, json=pages[token])

    hs = make(scankit.HostedScan, handler, clock)
    assert [s.id for s in hs.scans.list()] == ["scan-1", "scan-2"]
    assert asked == [None, "t1", "t2"]


@pytest.mark.parametrize("empty_tries", [1, 2, 3])
async def test_packagex_empty_page_with_has_more_is_asked_again_then_a_gap_async(
    empty_tries: int, clock: FakeClock
) -> None:
    """Page 2 is empty but says there is more: asked again (max_retries, 2); still empty, the list
    ends there with PaginationError, page 3's items never yielded."""
    asked: list[int] = []
    full = {
        1: px_page(1, [px_scan(1), px_scan(2)], has_more=True, total=4),
        2: px_page(2, [px_scan(3)], has_more=True, total=4),
        3: px_page(3, [px_scan(4)], has_more=False, total=4),
    }

    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        asked.append(page)
        if page == 2 and asked.count(2) <= empty_tries:
            return httpx.Response(200, json=px_page(2, [], has_more=True, total=4))
        return httpx.Response(200, json=full[page])

    px = make(scankit.AsyncPackageX, handler, clock).with_options(page_concurrency=1)
    seen: list[str] = []
    if empty_tries <= 2:
        seen = [s.id async for s in px.scans.list()]
        assert seen == ["scan_1", "scan_2", "scan_3", "scan_4"]
        return

    async def collect() -> None:
        async for scan in px.scans.list():
            seen.append(scan.id)

    with pytest.raises(scankit.PaginationError, match=r"page 2 came back empty \(3 times\)"):
        await collect()
    assert seen == ["scan_1", "scan_2"]
    assert asked == [1, 2, 2, 2], "page 3 was never asked for"


def test_runs_of_empty_pages_are_bounded(clock: FakeClock) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        token = request.url.params.get("page_token") or "t0"
        return httpx.Response(200, json={"data": [], "next_page_token": f"t{int(token[1:]) + 1}"})

    hs = make(scankit.HostedScan, handler, clock)
    with pytest.raises(scankit.PaginationError, match="3 empty pages in a row"):
        list(hs.scans.list())


def test_a_list_shorter_than_its_total_is_an_error_naming_both_numbers(clock: FakeClock) -> None:
    bodies = {
        1: px_page(1, [px_scan(1), px_scan(2)], has_more=True, total=5),
        2: px_page(2, [px_scan(3)], has_more=False, total=5),
    }
    px = make(scankit.PackageX, lambda r: httpx.Response(200, json=bodies[int(r.url.params["page"])]), clock)
    with pytest.raises(scankit.PaginationError, match=r"ended after 3 items .* has 5"):
        list(px.scans.list())


@pytest.mark.parametrize("is_async", [False, True])
def test_advalidation_ignoring_page_raises_and_yields_nothing_twice(is_async: bool, clock: FakeClock) -> None:
    """Advalidation may ignore `page` (undocumented): the guard raises; it neither loops nor repeats items."""
    s = shape("advalidation")
    script = Script(s, clock, lambda index, attempt: None)
    script.shape = type("IgnoresPage", (), {"index_of": staticmethod(lambda r: 0), "body": s.body})()
    client = _client(s, script, clock, is_async=is_async, own_client=True)
    seen: list[str] = []

    async def acollect() -> None:
        async for item in client.campaigns.list():
            seen.append(str(item.id))

    def collect() -> None:
        if is_async:
            asyncio.run(acollect())
        else:
            seen.extend(str(item.id) for item in client.campaigns.list())

    with pytest.raises(scankit.PaginationError):
        collect()
    assert seen == s.ids()[:3], "the first page once, then the error: no item twice, none lost silently"
    assert script.requests < 10


@pytest.mark.parametrize("vendor", slugs())
async def test_each_walk_through_a_list_is_checked_on_its_own(vendor: str, clock: FakeClock) -> None:
    """first_page() then a full walk, or two walks: the second is not mistaken for a repeating server
    (every vendor's list in the fault matrix, sync and async)."""
    s = shape(vendor)
    sync = _client(s, Script(s, clock, lambda index, attempt: None), clock, is_async=False, own_client=True)
    paginator = getattr(sync, s.resource).list()
    paginator.first_page()
    assert [str(i.id) for i in paginator] == [str(i.id) for i in paginator] == s.ids()
    async_client = _client(s, Script(s, clock, lambda index, attempt: None), clock, is_async=True, own_client=False)
    apaginator = getattr(async_client, s.resource).list()
    await apaginator.first_page()
    assert [str(i.id) async for i in apaginator] == s.ids()


# -- 2. a status the spec does not declare, in a list -------------------------------------------


def declares(vendor: str, status: int) -> bool:
    """The vendor's list in the fault matrix declares the status, its class or a `default` response
    (with a `default`, any status is declared: an error body is expected)."""
    op = getattr(importlib.import_module(f"scankit.vendors.{vendor}"), f"_{MATRIX[vendor][1].upper()}_LIST")
    responses = load_vendor(vendor).document["paths"][op.path]["get"]["responses"]
    return bool({str(status), f"{status // 100}XX", "default"} & set(map(str, responses)))


@pytest.mark.parametrize("vendor", slugs())
@pytest.mark.parametrize("status", [204, 307])
def test_undeclared_status_on_page_two_is_an_error(vendor: str, status: int, clock: FakeClock) -> None:
    """A 204 or a 307 without Location on page two never ends the list quietly: where the spec does
    not declare the status it is named as not a success; under a `default` response, the empty body
    does not parse."""
    s = shape(vendor)
    script = Script(s, clock, lambda index, attempt: "undeclared_204" if index == 1 else None)
    if status == 307:
        script.fault = lambda index, attempt: "redirect_without_location" if index == 1 else None
    client = _client(s, script, clock, is_async=False, own_client=True).with_options(page_concurrency=1)
    said = "does not match the spec" if declares(vendor, status) else f"status {status} is not a success"
    seen: list[str] = []
    with pytest.raises(scankit.ResponseValidationError, match=said):
        seen.extend(str(item.id) for item in getattr(client, s.resource).list())
    assert seen == s.ids()[: len(script.pages[0])], "the first page, then the error"


# -- 3. raw exceptions become scankit errors ---------------------------------------------------


def _corrupt_gzip(request: httpx.Request) -> httpx.Response:
    body = httpx.ByteStream(b"\x1f\x8b\x08\x00\x00\x00\x00\x00not gzip at all")
    return httpx.Response(200, stream=body, headers={"content-encoding": "gzip", "content-type": "application/json"})


def test_corrupt_gzip_is_retried_then_a_connection_error(clock: FakeClock) -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return _corrupt_gzip(request)

    hs = make(scankit.HostedScan, handler, clock)
    with pytest.raises(scankit.APIConnectionError, match="DecodingError") as info:
        hs.scans.get("s1")
    assert len(calls) == 3, "an idempotent request is retried like any transient fault"
    assert "unusable response" in str(info.value)


def test_corrupt_gzip_of_a_post_is_not_repeated(clock: FakeClock) -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return _corrupt_gzip(request)

    hs = make(scankit.HostedScan, handler, clock)
    with pytest.raises(scankit.APIConnectionError):
        hs.scans.create(body=scankit.vendors.hostedscan.ScanCreate.from_dict({"type": "NMAP", "targets": ["a.test"]}))
    assert len(calls) == 1


@pytest.mark.parametrize(
    "raised",
    [
        httpx.DecodingError("bad"),
        httpx.TooManyRedirects("loop"),
        httpx.ProxyError("proxy"),
        httpx.UnsupportedProtocol("ftp"),
        h11.RemoteProtocolError("bad framing"),
        httpcore.ReadTimeout("slow"),
        h11.LocalProtocolError("Illegal header value"),
        ssl.SSLError(1, "CERTIFICATE_VERIFY_FAILED"),
        ConnectionResetError(104, "Connection reset by peer"),
        BrokenPipeError(32, "Broken pipe"),
    ],
    ids=lambda e: type(e).__name__,
)
@pytest.mark.parametrize("is_async", [False, True])
def test_every_send_error_is_a_scankit_error(raised: BaseException, is_async: bool, clock: FakeClock) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise raised

    if is_async:
        hs_async = make(scankit.AsyncHostedScan, handler, clock)
        with pytest.raises(scankit.APIConnectionError):
            asyncio.run(hs_async.scans.get("s1"))
    else:
        with pytest.raises(scankit.APIConnectionError):
            make(scankit.HostedScan, handler, clock).scans.get("s1")


def test_gzip_and_deflate_are_decoded_and_nothing_else_is_asked_for(clock: FakeClock) -> None:
    body = b'{"data": {"id": "s1", "type": "NMAP", "state": "SUCCEEDED"}}'
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["accept-encoding"])
        encoding = request.url.path.rsplit("/", 1)[-1]
        data = {"gzip": gzip.compress(body), "deflate": zlib.compress(body), "raw": zlib.compress(body)[2:-4]}
        return httpx.Response(
            200,
            stream=httpx.ByteStream(data[encoding]),
            headers={"content-encoding": "deflate" if encoding == "raw" else encoding},
        )

    hs = make(scankit.HostedScan, handler, clock)
    assert [hs.scans.get(e).id for e in ("gzip", "deflate", "raw")] == ["s1"] * 3
    assert set(seen) == {"gzip, deflate"}


# -- 4. credentials stay on the base URL's origin ----------------------------------------------


class Hosts:
    """Two origins: the vendor, which redirects, and storage, which must never see the key."""

    def __init__(self, location: str, status: int = 302) -> None:
        self.location, self.status = location, status
        self.seen: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.seen.append(request)
        if request.url.path.startswith("/v1/results/") or (request.url.path == "/v1/scans" and len(self.seen) == 1):
            return httpx.Response(self.status, headers={"location": self.location})
        if request.url.path == "/v1/scans":
            return httpx.Response(200, json={"data": hs_scan(9)})
        return httpx.Response(200, content=b"%PDF-1.7 result", headers={"content-type": "application/pdf"})


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_redirect_to_another_origin_never_carries_the_key(status: int, clock: FakeClock) -> None:
    hosts = Hosts("https://storage.example.net/bucket/r1.pdf?sig=abc", status)
    user = httpx.Client(transport=httpx.MockTransport(hosts), follow_redirects=True)
    hs = scankit.HostedScan(api_key=KEY, base_url="https://api.vendor.test", http_client=user)
    hs._runtime = clock.runtime()
    assert hs.results.download("r1").payload.read() == b"%PDF-1.7 result"
    assert [r.url.host for r in hosts.seen] == ["api.vendor.test", "storage.example.net"]
    assert hosts.seen[0].headers["x-hostedscan-api-key"] == KEY
    assert all(KEY not in value for value in hosts.seen[1].headers.values())


async def test_async_redirect_to_another_origin_never_carries_the_key(clock: FakeClock) -> None:
    hosts = Hosts("https://storage.example.net/r1.pdf")
    user = httpx.AsyncClient(transport=httpx.MockTransport(hosts), follow_redirects=True)
    hs = scankit.AsyncHostedScan(api_key=KEY, base_url="https://api.vendor.test", http_client=user)
    hs._runtime = clock.runtime()
    assert (await hs.results.download("r1")).payload.read() == b"%PDF-1.7 result"
    assert "x-hostedscan-api-key" not in hosts.seen[1].headers


def test_user_auth_is_not_sent_across_origins_either(clock: FakeClock) -> None:
    hosts = Hosts("https://storage.example.net/r1.pdf")
    user = httpx.Client(transport=httpx.MockTransport(hosts), auth=("me", "hunter2-secret"))
    hs = scankit.HostedScan(api_key=KEY, base_url="https://api.vendor.test", http_client=user)
    hs.results.download("r1")
    assert "authorization" in hosts.seen[0].headers, "the user's auth applies at the vendor"
    assert "authorization" not in hosts.seen[1].headers


def test_same_origin_redirect_keeps_the_key_and_a_post_becomes_get_on_303(clock: FakeClock) -> None:
    hosts = Hosts("/v1/scans?moved=1", 303)
    hs = make(scankit.HostedScan, hosts, clock)
    body = scankit.vendors.hostedscan.ScanCreate.from_dict({"type": "NMAP", "targets": ["a.test"]})
    hs.scans.create(body=body)
    first, second = hosts.seen
    assert (first.method, second.method) == ("POST", "GET")
    assert second.content == b"" and "content-type" not in second.headers
    assert second.headers["x-hostedscan-api-key"] == KEY


def test_307_keeps_method_and_body(clock: FakeClock) -> None:
    hosts = Hosts("/v1/scans?moved=1", 307)
    hs = make(scankit.HostedScan, hosts, clock)
    hs.scans.create(body=scankit.vendors.hostedscan.ScanCreate.from_dict({"type": "NMAP", "targets": ["a.test"]}))
    first, second = hosts.seen
    assert second.method == "POST" and second.content == first.content and second.content


def test_https_to_http_is_refused(clock: FakeClock) -> None:
    hosts = Hosts("http://api.vendor.test/v1/results/r2.pdf")
    hs = scankit.HostedScan(
        api_key=KEY, base_url="https://api.vendor.test", http_client=httpx.Client(transport=httpx.MockTransport(hosts))
    )
    with pytest.raises(scankit.APIConnectionError, match="https to http"):
        hs.results.download("r1")
    assert len(hosts.seen) == 1


def test_redirects_are_bounded(clock: FakeClock) -> None:
    hosts = Hosts("/v1/results/again")
    hs = make(scankit.HostedScan, hosts, clock)
    with pytest.raises(scankit.APIConnectionError, match="redirects"):
        hs.results.download("r1")
    assert len(hosts.seen) == 6


# -- 5. whitespace and control characters in keys ------------------------------------------------


def test_surrounding_whitespace_is_stripped_from_keys_and_tokens(clock: FakeClock) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"data": hs_scan(1)})

    make(scankit.HostedScan, handler, clock, api_key=f"  {KEY}\n").scans.get("s1")
    assert seen[0].headers["x-hostedscan-api-key"] == KEY


@pytest.mark.parametrize("bad", [f"{KEY[:6]}\n{KEY[6:]}", f"{KEY}\x00", f"{KEY}\x7f"])
def test_control_characters_are_refused_naming_the_argument_not_the_value(
    bad: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(scankit.ConfigurationError, match="api_key contains a control character") as info:
        scankit.HostedScan(api_key=bad)
    assert KEY[:6] not in str(info.value) and KEY not in "".join(traceback.format_exception(info.value))
    monkeypatch.setenv("CLONEGUARD_ACCESS_TOKEN", "tok\r\nX-Evil: 1")
    with pytest.raises(scankit.ConfigurationError, match="CLONEGUARD_ACCESS_TOKEN"):
        scankit.CloneGuard(api_key="k" * 8, base_url="https://cg.test")


def test_redaction_matches_every_printed_form() -> None:
    from scankit._redact import redact_text

    key = "k3y/with+odd=chars'"
    text = f"{key} {key.encode()!r} https://x.test/?k={httpx.QueryParams({'k': key})['k']} %s" % (
        httpx.URL("https://x.test/", params={"k": key}).query.decode()
    )
    assert "k3y" not in redact_text(text, [key])


# -- 6. error attributes, request ids and reprs ----------------------------------------------------


def test_error_fields_are_redacted_and_the_raw_response_is_explicit(clock: FakeClock) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            401,
            json={"message": f"key {KEY} is revoked", "echo": {KEY: [KEY]}},
            headers={"x-request-id": f"req-{KEY}"},
        )

    hs = make(scankit.HostedScan, handler, clock)
    with pytest.raises(scankit.AuthenticationError) as info:
        hs.scans.get("s1")
    e = info.value
    for shown in (str(e), repr(e), repr(e.body), e.response.text, repr(e.response.request.headers), e.request_id):
        assert KEY not in str(shown)
    assert "[REDACTED]" in e.response.text
    assert e.request_id == "req-[REDACTED]"
    assert e.raw_response.request.headers["x-hostedscan-api-key"] == KEY, "reachable when asked for by name"
    assert KEY not in repr(e.raw_response)


def test_repr_of_a_client_hides_a_password_in_base_url() -> None:
    hs = scankit.HostedScan(api_key=KEY, base_url="https://me:pa55word-XYZ@api.vendor.test")
    assert "pa55word-XYZ" not in repr(hs) and "api.vendor.test" in repr(hs)


# -- 7. dot segments in path parameters --------------------------------------------------------------


@pytest.mark.parametrize("value", ["", ".", "..", "%2e", "%2E%2e", " .. "])
def test_dot_path_parameters_are_refused_before_sending(value: str, clock: FakeClock) -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(204)

    cg = make(scankit.CloneGuard, handler, clock, access_token="t" * 8)
    hs = make(scankit.HostedScan, handler, clock)
    for call in (lambda: cg.scans.delete(value), lambda: cg.scans.start(value), lambda: hs.targets.delete(value)):
        with pytest.raises(scankit.InvalidParameterError, match="id must not be") as info:
            call()
        assert info.value.parameter == "id" and isinstance(info.value, ValueError)
    assert sent == []


def test_ordinary_ids_with_dots_still_work(clock: FakeClock) -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.raw_path.decode())
        return httpx.Response(200, json={"data": hs_scan(1)})

    make(scankit.HostedScan, handler, clock).scans.get("a..b")
    assert seen == ["/v1/scans/a..b"]


# -- 8. bounded bodies and a per-attempt deadline ----------------------------------------------------


class Endless(httpx.SyncByteStream):
    def __init__(self) -> None:
        self.sent = 0

    def __iter__(self) -> Iterator[bytes]:
        while True:
            self.sent += 1 << 16
            yield b" " * (1 << 16)


def test_a_huge_body_stops_at_the_limit(clock: FakeClock) -> None:
    stream = Endless()
    hs = make(scankit.HostedScan, lambda r: httpx.Response(200, stream=stream), clock, max_response_bytes=1 << 20)
    with pytest.raises(scankit.ResponseTooLargeError, match="larger than 1,048,576 bytes") as info:
        hs.scans.get("s1")
    assert info.value.limit == 1 << 20
    assert stream.sent <= (1 << 20) + (1 << 16), "reading stopped at the limit"


def test_the_default_limit_and_with_options(clock: FakeClock) -> None:
    body = b'{"data": {"id": "s1", "type": "NMAP", "state": "SUCCEEDED", "pad": "' + b"x" * 300_000 + b'"}}'
    hs = make(scankit.HostedScan, lambda r: httpx.Response(200, content=body), clock)
    assert hs.max_response_bytes == scankit.DEFAULT_MAX_RESPONSE_BYTES == 64 * 1024 * 1024
    assert hs.scans.get("s1").id == "s1"
    with pytest.raises(scankit.ResponseTooLargeError):
        hs.with_options(max_response_bytes=100_000).scans.get("s1")
    assert hs.with_options(max_response_bytes=None).scans.get("s1").id == "s1"


def test_a_decompression_bomb_is_bounded_in_decoded_bytes(clock: FakeClock) -> None:
    bomb = gzip.compress(b" " * (8 << 20))  # 8 MiB of spaces in about 8 KB

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=httpx.ByteStream(bomb), headers={"content-encoding": "gzip"})

    hs = make(scankit.HostedScan, handler, clock, max_response_bytes=1 << 20)
    with pytest.raises(scankit.ResponseTooLargeError):
        hs.scans.get("s1")


def test_an_error_page_is_read_only_in_part_and_still_speaks(clock: FakeClock) -> None:
    stream = Endless()

    def handler(request: httpx.Request) -> httpx.Response:
        head = b"<html><head><title>503 Service Unavailable</title></head><body>"

        def chunks() -> Iterator[bytes]:
            yield head
            yield from stream

        return httpx.Response(503, stream=_Iter(chunks), headers={"content-type": "text/html"})

    hs = make(scankit.HostedScan, handler, clock, max_retries=0)
    with pytest.raises(scankit.InternalServerError, match="503 Service Unavailable") as info:
        hs.scans.get("s1")
    assert len(info.value.response.content) <= 16 * 1024
    assert stream.sent <= 64 * 1024, "one chunk past the excerpt at most"


class _Iter(httpx.SyncByteStream):
    def __init__(self, chunks: Any) -> None:
        self._chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        yield from self._chunks()


def test_a_per_request_extension_of_none_lifts_the_limit() -> None:
    from scankit._transport import MAX_BYTES_EXTENSION, GuardConfig, GuardTransport

    config = GuardConfig(base_url=httpx.URL("https://v.test"), credential_headers=frozenset(), clock=lambda: 0.0)
    guard = GuardTransport(httpx.MockTransport(lambda r: httpx.Response(200, content=b"x" * 2_000_000)), config)
    with httpx.Client(transport=guard) as http:
        assert len(http.get("https://v.test/f", extensions={MAX_BYTES_EXTENSION: None}).content) == 2_000_000
        with pytest.raises(httpx.HTTPError):
            http.get("https://v.test/f", extensions={MAX_BYTES_EXTENSION: 1000})


def test_a_trickling_server_hits_the_deadline(clock: FakeClock) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        def chunks() -> Iterator[bytes]:
            for byte in b'{"data": {"id": "s1", "type": "NMAP", "state": "SUCCEEDED"}}':
                clock.now += 0.5  # each byte inside the read timeout, the whole far beyond it
                yield bytes([byte])

        return httpx.Response(200, stream=_Iter(chunks))

    hs = make(scankit.HostedScan, handler, clock, timeout=1.0, max_retries=0)
    start = clock.now
    with pytest.raises(scankit.APITimeoutError, match="deadline"):
        hs.scans.get("s1")
    assert clock.now - start <= 1.0 * 4 + 1.0 + 0.5
    with pytest.raises(scankit.APITimeoutError):
        hs.with_options(deadline=2.0).scans.get("s1")


# -- 9. cleartext -------------------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["http://api.hostedscan.com", "http://10.0.0.8:8080", "http://example.test"])
def test_plain_http_to_a_remote_host_is_refused(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SCANKIT_ALLOW_INSECURE", raising=False)
    with pytest.raises(scankit.ConfigurationError, match="allow_insecure"):
        scankit.HostedScan(api_key=KEY, base_url=url)
    assert scankit.HostedScan(api_key=KEY, base_url=url, allow_insecure=True).base_url == url
    monkeypatch.setenv("SCANKIT_ALLOW_INSECURE", "1")
    assert scankit.HostedScan(api_key=KEY, base_url=url).base_url == url


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8000/hs", "http://localhost:9", "http://[::1]:80", "http://127.8.0.1"]
)
def test_loopback_may_be_plain_http(url: str) -> None:
    scankit.HostedScan(api_key=KEY, base_url=url)


def test_an_environment_base_url_is_announced_once(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="scankit")
    monkeypatch.setenv("HOSTEDSCAN_BASE_URL", "https://me:pw-secret-1@hs-proxy.corp.test")
    for _ in range(2):
        hs = scankit.HostedScan(api_key=KEY)
    assert hs.base_url == "https://me:pw-secret-1@hs-proxy.corp.test"
    said = [r.getMessage() for r in caplog.records if "HOSTEDSCAN_BASE_URL" in r.getMessage()]
    assert len(said) == 1 and "hs-proxy.corp.test" in said[0] and "pw-secret-1" not in said[0]


# -- 10. dependency floors -------------------------------------------------------------------------


def _floors(path: Path) -> dict[str, str]:
    deps = tomllib.loads(path.read_text())["project"]["dependencies"]
    return {m[1].lower(): m[2] for d in deps if (m := re.match(r"([A-Za-z0-9_.-]+)\s*>=\s*([0-9.]+)", d))}


@pytest.mark.parametrize(
    "path", [ROOT / "wrapper" / "pyproject.toml", *sorted(ROOT.glob("generated/*/pyproject.toml"))]
)
def test_no_known_vulnerable_version_can_be_resolved(path: Path) -> None:
    floors = _floors(path)
    version = lambda s: tuple(int(x) for x in s.split("."))  # noqa: E731
    assert version(floors["h11"]) >= (0, 16), "CVE-2025-43859"
    assert version(floors["httpcore"]) >= (1, 0, 9), "CVE-2025-43859"
    if path.parent.name != "wrapper":
        assert version(floors["orjson"]) >= (3, 11, 6), "CVE-2024-27454 (3.9.15), CVE-2025-67221 (3.11.6)"


# -- issue 11, item 6: a user's own httpx client is honoured -----------------------------------------


def test_the_user_client_defaults_apply_ours_over_theirs(clock: FakeClock) -> None:
    seen: list[httpx.Request] = []
    hooked: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"data": hs_scan(1)}, headers={"set-cookie": "sess=abc; Path=/"})

    user = httpx.Client(
        transport=httpx.MockTransport(handler),
        headers={"X-Team": "blue", "X-HOSTEDSCAN-API-KEY": "theirs"},
        params={"tenant": "t1"},
        cookies={"pref": "dark"},
        timeout=7.0,
        auth=("u", "p"),
        event_hooks={"request": [lambda r: hooked.append(r.url.path)]},
    )
    hs = scankit.HostedScan(api_key=KEY, base_url="https://vendor.test", http_client=user)
    hs.scans.get("s1")
    hs.scans.get("s1")
    first, second = seen
    assert first.headers["x-team"] == "blue" and first.headers["x-hostedscan-api-key"] == KEY
    assert first.url.params["tenant"] == "t1"
    assert "pref=dark" in first.headers["cookie"] and "sess=abc" in second.headers["cookie"]
    assert first.headers["authorization"].startswith("Basic ")
    assert hooked == ["/v1/scans/s1", "/v1/scans/s1"]
    assert first.extensions["timeout"]["read"] == 7.0
    assert scankit.HostedScan(api_key=KEY, http_client=user, timeout=3.0)._http.timeout.read == 3.0


def test_what_cannot_be_honoured_is_refused_at_construction() -> None:
    with pytest.raises(scankit.ConfigurationError, match="base_url"):
        scankit.HostedScan(api_key=KEY, http_client=httpx.Client(base_url="https://other.test"))
    with pytest.raises(scankit.ConfigurationError, match=r"httpx\.Client"):
        scankit.HostedScan(api_key=KEY, http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    closed = httpx.Client()
    closed.close()
    with pytest.raises(scankit.ConfigurationError, match="closed"):
        scankit.HostedScan(api_key=KEY, http_client=closed)
