"""The request pipeline: options are one value passed down, per call, with nothing held anywhere else.

`max_retries`, `deadline` and `max_response_bytes` apply to one call without a copy of the client
and leave the next call as it was; a list's options apply to each of its pages; the client's own
httpx client carries no event hook, and no module of the wrapper holds a context variable.
"""

from __future__ import annotations

import pathlib

import httpx
import pytest
from helpers import FakeClock, make

import scankit
from scankit._transport import DEADLINE_EXTENSION, MAX_BYTES_EXTENSION

SCAN = {"id": "s1", "type": "NMAP", "state": "SUCCEEDED", "progress": 100}


class Server:
    def __init__(self, status: int = 200) -> None:
        self.status = status
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.status != 200:
            return httpx.Response(self.status, json={"message": "busy"})
        if request.url.path == "/v1/scans":
            more = {} if request.url.params.get("page_token") else {"next_page_token": "t2"}
            scan = {**SCAN, "id": "s2"} if more == {} else SCAN
            return httpx.Response(200, json={"data": [scan], **more})
        return httpx.Response(200, json={"data": SCAN})


def test_max_retries_for_one_call(clock: FakeClock) -> None:
    server = Server(503)
    hs = make(scankit.HostedScan, server, clock)
    with pytest.raises(scankit.InternalServerError):
        hs.scans.get("s1", max_retries=0)
    assert len(server.requests) == 1
    with pytest.raises(scankit.InternalServerError):
        hs.scans.get("s1", max_retries=4)
    assert len(server.requests) == 1 + 5
    with pytest.raises(scankit.InternalServerError):
        hs.scans.get("s1")  # the client's own: 2
    assert len(server.requests) == 1 + 5 + 3
    assert hs.max_retries == scankit.DEFAULT_MAX_RETRIES
    with pytest.raises(scankit.ConfigurationError, match="max_retries must be >= 0"):
        hs.scans.get("s1", max_retries=-1)


def test_deadline_and_max_response_bytes_for_one_call(clock: FakeClock) -> None:
    server = Server()
    hs = make(scankit.HostedScan, server, clock)
    hs.scans.get("s1", deadline=2.5, max_response_bytes=None)
    hs.scans.get("s1")
    first, second = server.requests
    assert (first.extensions[DEADLINE_EXTENSION], first.extensions[MAX_BYTES_EXTENSION]) == (2.5, None)
    assert DEADLINE_EXTENSION not in second.extensions  # derived from the timeout by the guard
    assert second.extensions[MAX_BYTES_EXTENSION] == scankit.DEFAULT_MAX_RESPONSE_BYTES
    with pytest.raises(scankit.ResponseTooLargeError, match="10 bytes"):
        hs.scans.get("s1", max_response_bytes=10)
    assert hs.scans.get("s1").id == "s1"


def test_a_lists_options_apply_to_each_page(clock: FakeClock) -> None:
    server = Server()
    hs = make(scankit.HostedScan, server, clock)
    assert [s.id for s in hs.scans.list(deadline=9.0, extra_headers={"X-Trace": "t"})] == ["s1", "s2"]
    assert [(r.extensions[DEADLINE_EXTENSION], r.headers["x-trace"]) for r in server.requests] == [(9.0, "t")] * 2


async def test_async_per_call_options(clock: FakeClock) -> None:
    server = Server(503)
    async with make(scankit.AsyncHostedScan, server, clock) as hs:
        with pytest.raises(scankit.InternalServerError):
            await hs.scans.get("s1", max_retries=0, deadline=1.0)
    (request,) = server.requests
    assert request.extensions[DEADLINE_EXTENSION] == 1.0


def test_with_options_copies_share_the_session_and_keep_their_own_options(clock: FakeClock) -> None:
    hs = make(scankit.HostedScan, Server(), clock)
    copy = hs.with_options(max_retries=7, deadline=3.0, page_concurrency=2)
    assert (copy.max_retries, copy.deadline, copy.page_concurrency) == (7, 3.0, 2)
    assert (hs.max_retries, hs.deadline, hs.page_concurrency) == (2, None, "auto")
    assert copy._http is hs._http and copy._runtime is hs._runtime  # one connection pool, one clock
    assert type(copy) is scankit.HostedScan and copy.scans._client is copy
    assert copy.copy(max_retries=1).max_retries == 1  # with_options is copy


def test_no_event_hook_and_no_context_variable(clock: FakeClock) -> None:
    hs = make(scankit.HostedScan, Server(), clock)
    assert hs._http.event_hooks == {"request": [], "response": []}
    root = pathlib.Path(scankit.__file__).parent
    for path in root.glob("*.py"):
        assert "ContextVar" not in path.read_text(encoding="utf-8"), path
