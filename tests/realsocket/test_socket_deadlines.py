"""Item 3: the per-attempt deadline covers the whole attempt — connect, headers and body — on a socket.

A server that sends its status line and headers one byte at a time, each byte well within the read
timeout, must not hold a call beyond its deadline (it held one with `timeout=1.0` for more than
10 s). No assertion here reads a clock: the server writes until the client hangs up, and what it
managed to write before that says whether the client gave up at its deadline or read to the end.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from conftest import Clients
from loopback import Loopback, Raw, head, trickle

import scankit

SCAN = {"data": {"id": "scan-1", "type": "NMAP", "state": "SUCCEEDED", "progress": 100}}
BODY = json.dumps(SCAN).encode()
HEAD = head(200, {"content-type": "application/json", "content-length": str(len(BODY)), "x-padding": "p" * 120})
GAP = 0.02  # between two bytes: far below the read timeout, so only the deadline can stop it
DEADLINE = 0.3  # the whole attempt; the trickle would take len(HEAD) * GAP, about 4 s


def _client(clients: Clients, server: Loopback, is_async: bool, own_client: bool = False) -> Any:
    hs = clients.make("hostedscan", server, is_async=is_async, own_client=own_client, timeout=1.0, max_retries=0)
    return hs.with_options(deadline=DEADLINE)


async def _get(hs: Any, is_async: bool) -> Any:
    result = hs.scans.get("scan-1")
    return await result if is_async else result


def _cut_off_early(server: Loopback, total: int) -> bool:
    """The client hung up while the server was still writing (waits for the server to notice)."""
    server.cut_off.wait(5)
    return server.cut_off.is_set() and server.written[0] < total


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
async def test_trickled_headers_end_at_the_deadline(is_async: bool, server: Loopback, clients: Clients) -> None:
    server.handler = lambda seen: Raw(trickle(HEAD + BODY), gap=GAP)
    hs = _client(clients, server, is_async)
    with pytest.raises(scankit.APITimeoutError, match="deadline"):
        await _get(hs, is_async)
    assert _cut_off_early(server, len(HEAD))


async def test_trickled_headers_end_at_the_deadline_with_a_user_async_client(
    server: Loopback, clients: Clients
) -> None:
    server.handler = lambda seen: Raw(trickle(HEAD + BODY), gap=GAP)
    hs = _client(clients, server, is_async=True, own_client=True)
    with pytest.raises(scankit.APITimeoutError, match="deadline"):
        await _get(hs, True)
    assert _cut_off_early(server, len(HEAD))


@pytest.mark.parametrize("own_client", [False, True], ids=["scankit-client", "user-client"])
@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
async def test_a_trickled_body_ends_at_the_deadline(
    is_async: bool, own_client: bool, server: Loopback, clients: Clients
) -> None:
    body = json.dumps({**SCAN, "padding": "p" * 200}).encode()
    hdr = head(200, {"content-type": "application/json", "content-length": str(len(body))})
    server.handler = lambda seen: Raw([hdr, *trickle(body)], gap=GAP)
    hs = _client(clients, server, is_async, own_client)
    with pytest.raises(scankit.APITimeoutError, match="deadline"):
        await _get(hs, is_async)
    assert _cut_off_early(server, len(hdr) + len(body))
