"""A closed client says so: `ClientClosedError` naming the client, never httpx's RuntimeError.

After `close()` / `aclose()` (or the end of the `with` block), `get`, `list` and `create` raise a
scankit error; on a real socket on 127.0.0.1 as on MockTransport, sync and async. Closing a
`with_options` copy closes nothing; closing the client closes its copies' connections too.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
from helpers import FakeClock, make

import scankit
from scankit_hostedscan.models import ScanCreate, ScanType

SCAN = {"id": "s1", "type": "NMAP", "state": "SUCCEEDED", "progress": 100}
KEY = "sk-closed-secret-31337"


class _Handler(BaseHTTPRequestHandler):
    def _answer(self, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        self._answer(
            {"data": [SCAN]} if self.path.startswith("/v1/scans?") or self.path == "/v1/scans" else {"data": SCAN}
        )

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self._answer({"data": SCAN})

    def log_message(self, *args: Any) -> None:  # quiet
        pass


@pytest.fixture
def loopback() -> Iterator[str]:
    """A HostedScan stand-in on a real socket on 127.0.0.1."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


BODY = ScanCreate(type_=ScanType.NMAP, targets=["example.com"])


def _check(error: pytest.ExceptionInfo[scankit.ClientClosedError], name: str) -> None:
    assert isinstance(error.value, scankit.ScankitError)
    assert isinstance(error.value, RuntimeError)  # what code written for httpx's error catches
    assert str(error.value).startswith(f"{name}(base_url=")
    assert "is closed" in str(error.value)
    assert KEY not in str(error.value)


def test_a_closed_client_on_a_real_socket(loopback: str) -> None:
    hs = scankit.HostedScan(api_key=KEY, base_url=loopback)
    assert hs.scans.get("s1").id == "s1"  # the socket works
    hs.close()
    with pytest.raises(scankit.ClientClosedError) as get:
        hs.scans.get("s1")
    _check(get, "HostedScan")
    with pytest.raises(scankit.ClientClosedError):
        list(hs.scans.list())
    with pytest.raises(scankit.ClientClosedError):
        hs.scans.create(body=BODY)
    with pytest.raises(scankit.ClientClosedError):
        hs.with_raw_response.scans.get("s1")
    with pytest.raises(scankit.ClientClosedError), hs.with_streaming_response.results.download("r1"):
        pass  # pragma: no cover - never entered


async def test_an_async_closed_client_on_a_real_socket(loopback: str) -> None:
    async with scankit.AsyncHostedScan(api_key=KEY, base_url=loopback) as hs:
        assert (await hs.scans.get("s1")).id == "s1"
    with pytest.raises(scankit.ClientClosedError) as get:
        await hs.scans.get("s1")
    _check(get, "AsyncHostedScan")
    with pytest.raises(scankit.ClientClosedError):
        [s async for s in hs.scans.list()]
    with pytest.raises(scankit.ClientClosedError):
        await hs.scans.create(body=BODY)


def test_copies_share_the_connections_and_their_closing(loopback: str) -> None:
    hs = scankit.HostedScan(api_key=KEY, base_url=loopback)
    copy = hs.with_options(max_retries=0)
    copy.close()  # a copy closes nothing
    assert hs.scans.get("s1").id == copy.scans.get("s1").id == "s1"
    hs.close()
    with pytest.raises(scankit.ClientClosedError, match=r"^HostedScan\(base_url="):
        copy.scans.get("s1")


def test_a_users_own_client_closed_under_scankit(clock: FakeClock) -> None:
    http = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200, json={"data": SCAN})))
    hs = scankit.HostedScan(api_key=KEY, base_url="https://vendor.test", http_client=http)
    assert hs.scans.get("s1").id == "s1"
    http.close()
    with pytest.raises(scankit.ClientClosedError):
        hs.scans.get("s1")


async def test_async_on_mock_transport(clock: FakeClock) -> None:
    hs = make(scankit.AsyncHostedScan, lambda r: httpx.Response(200, json={"data": SCAN}), clock)
    await hs.aclose()
    with pytest.raises(scankit.ClientClosedError):
        await hs.with_raw_response.scans.get("s1")


def _closing_during_back_off(client: Any, clock: FakeClock) -> None:
    """The client's back-off sleeps close it, as another thread closing the client meanwhile would."""
    from scankit._base import _Runtime

    async def async_sleep(seconds: float) -> None:
        await client.aclose()

    client._runtime = _Runtime(wall=clock.wall, sleep=lambda seconds: client.close(), async_sleep=async_sleep)


class _Busy:
    """503 to every request, each one kept."""

    def __init__(self) -> None:
        self.seen: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        return httpx.Response(503, json={"message": "busy"})


def test_a_call_the_client_is_closed_under_ends_as_one_made_after_close(clock: FakeClock) -> None:
    """Not with a retry on a closed client (httpx's RuntimeError): the client is closed, say so."""
    server = _Busy()
    hs = make(scankit.HostedScan, server, clock)
    _closing_during_back_off(hs, clock)
    with pytest.raises(scankit.ClientClosedError) as get:
        hs.scans.get("s1")
    _check(get, "HostedScan")
    assert len(server.seen) == 1, "no attempt after the client closed"


async def test_an_async_call_the_client_is_closed_under_ends_as_one_made_after_close(clock: FakeClock) -> None:
    server = _Busy()
    hs = make(scankit.AsyncHostedScan, server, clock)
    _closing_during_back_off(hs, clock)
    with pytest.raises(scankit.ClientClosedError) as get:
        await hs.scans.get("s1")
    _check(get, "AsyncHostedScan")
    assert len(server.seen) == 1, "no attempt after the client closed"
