"""Item 10: the transport-level faults of the fault matrix, on a real connection instead of a mock.

A reset before the response, a connection closed mid-body, a kept-alive connection the server drops
between two requests, gzip and a decompression bomb, a body far over the limit — sync and async,
with scankit's own transport and a user's client. Each must give the data (after a retry where
retrying is safe) or a typed scankit error, and never a raw httpx, h11 or socket exception.
"""

from __future__ import annotations

import gzip
import json
from typing import Any

import pytest
from conftest import Clients
from loopback import Drop, Loopback, Raw, Reply, Reset, Seen, gzipped, head, reply

import scankit

SCAN = {"data": {"id": "scan-1", "type": "NMAP", "state": "SUCCEEDED", "progress": 100}}
BODY = json.dumps(SCAN).encode()
LIMIT = 1 << 20  # max_response_bytes here: 1 MiB

CLIENTS = pytest.mark.parametrize("own_client", [False, True], ids=["scankit-client", "user-client"])
MODES = pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])


async def _call(client: Any, is_async: bool, fn: str, *args: Any, **kwargs: Any) -> Any:
    resource, verb = fn.split(".")
    result = getattr(getattr(client, resource), verb)(*args, **kwargs)
    return await result if is_async else result


def _first_then_ok(first: Any) -> Any:
    """The first request gets `first`; every later one the scan."""

    def handler(seen: Seen) -> Any:
        return first if seen is handler.server.seen[0] else reply(200, SCAN)  # type: ignore[attr-defined]

    return handler


def _script(server: Loopback, first: Any) -> None:
    handler = _first_then_ok(first)
    handler.server = server  # type: ignore[attr-defined]
    server.handler = handler


def _hs(clients: Clients, server: Loopback, is_async: bool, own_client: bool = False, **kw: Any) -> Any:
    return clients.make("hostedscan", server, is_async=is_async, own_client=own_client, max_response_bytes=LIMIT, **kw)


# -- a connection that fails ---------------------------------------------------------------------

HALF = head(200, {"content-type": "application/json", "content-length": str(len(BODY))}) + BODY[: len(BODY) // 2]
CUT = {
    "reset-before-response": Reset(),
    "closed-before-response": Drop(),
    "closed-mid-body": Raw([HALF]),
    "reset-mid-body": Raw([HALF], reset=True),
    "closed-mid-headers": Raw([b"HTTP/1.1 200 OK\r\ncontent-ty"]),
}


@pytest.mark.parametrize("cut", sorted(CUT))
@CLIENTS
@MODES
async def test_a_cut_connection_is_retried_for_a_get(
    is_async: bool, own_client: bool, cut: str, server: Loopback, clients: Clients
) -> None:
    _script(server, CUT[cut])
    scan = await _call(_hs(clients, server, is_async, own_client), is_async, "scans.get", "scan-1")
    assert scan.id == "scan-1"
    assert len(server.seen) == 2
    assert all(0 < s <= 8.0 for s in clients.sleeps), "backed off, as for any transient fault"


@pytest.mark.parametrize("cut", sorted(CUT))
@MODES
async def test_a_cut_connection_is_not_repeated_for_a_post_that_may_have_arrived(
    is_async: bool, cut: str, server: Loopback, clients: Clients
) -> None:
    _script(server, CUT[cut])
    hs = _hs(clients, server, is_async)
    with pytest.raises(scankit.APIConnectionError) as caught:
        await _call(hs, is_async, "scans.create", body={"type": "NMAP", "targets": ["example.com"]})
    assert isinstance(caught.value.__cause__, Exception)
    assert len(server.seen) == 1, "a POST the server may have acted on is not sent twice"


@MODES
async def test_a_cut_that_keeps_happening_ends_in_a_typed_error(
    is_async: bool, server: Loopback, clients: Clients
) -> None:
    server.handler = lambda seen: Raw([HALF])
    with pytest.raises(scankit.APIConnectionError, match=r"scans\.get"):
        await _call(_hs(clients, server, is_async), is_async, "scans.get", "scan-1")
    assert len(server.seen) == 3, "the first attempt and max_retries (2) more"


# -- a kept-alive connection the server drops ------------------------------------------------------


@CLIENTS
@MODES
async def test_a_keep_alive_connection_closed_after_a_response_is_not_reused(
    is_async: bool, own_client: bool, server: Loopback, clients: Clients
) -> None:
    """The server closes once it has answered (without `Connection: close`): the next call connects anew."""
    server.handler = lambda seen: Reply(200, BODY, {"content-type": "application/json"}, close_after=True)
    hs = _hs(clients, server, is_async, own_client)
    for _ in range(3):
        assert (await _call(hs, is_async, "scans.get", "scan-1")).id == "scan-1"
    assert len(server.seen) == 3 and server.connections == 3


@CLIENTS
@MODES
async def test_a_keep_alive_connection_dropped_under_the_next_request_is_retried(
    is_async: bool, own_client: bool, server: Loopback, clients: Clients
) -> None:
    """The race a mock never shows: the client sends on a pooled connection the server is closing."""

    def handler(seen: Seen) -> Any:
        if seen.connection == 0 and len([s for s in server.seen if s.connection == 0]) == 2:
            return Drop()  # the second request on the first connection: read, then the line goes dead
        return reply(200, SCAN)

    server.handler = handler
    hs = _hs(clients, server, is_async, own_client)
    assert (await _call(hs, is_async, "scans.get", "scan-1")).id == "scan-1"
    assert (await _call(hs, is_async, "scans.get", "scan-1")).id == "scan-1"
    assert [s.connection for s in server.seen] == [0, 0, 1], "reused, dropped, then a new connection"


@MODES
async def test_pooled_connections_are_reused_while_the_server_keeps_them(
    is_async: bool, server: Loopback, clients: Clients
) -> None:
    server.handler = lambda seen: reply(200, SCAN)
    hs = _hs(clients, server, is_async)
    for _ in range(5):
        await _call(hs, is_async, "scans.get", "scan-1")
    assert server.connections == 1


# -- what a body holds ---------------------------------------------------------------------------


@MODES
async def test_gzip_is_inflated(is_async: bool, server: Loopback, clients: Clients) -> None:
    server.handler = lambda seen: gzipped(200, BODY)
    hs = _hs(clients, server, is_async)
    assert (await _call(hs, is_async, "scans.get", "scan-1")).id == "scan-1"
    assert server.seen[0].headers["accept-encoding"] == "gzip, deflate"


@MODES
async def test_a_decompression_bomb_stops_at_the_limit_in_decoded_bytes(
    is_async: bool, server: Loopback, clients: Clients
) -> None:
    bomb = gzip.compress(b" " * (LIMIT * 16))  # 16 MiB of spaces in about 16 KiB
    server.handler = lambda seen: Reply(200, bomb, {"content-type": "application/json", "content-encoding": "gzip"})
    with pytest.raises(scankit.ResponseTooLargeError) as caught:
        await _call(_hs(clients, server, is_async), is_async, "scans.get", "scan-1")
    assert caught.value.limit == LIMIT


@MODES
async def test_a_body_that_does_not_inflate_is_retried_then_typed(
    is_async: bool, server: Loopback, clients: Clients
) -> None:
    server.handler = lambda seen: Reply(
        200,
        b"\x1f\x8b\x08\x00\x00\x00\x00\x00garbage",
        {"content-type": "application/json", "content-encoding": "gzip"},
    )
    with pytest.raises(scankit.APIConnectionError):
        await _call(_hs(clients, server, is_async), is_async, "scans.get", "scan-1")
    assert len(server.seen) == 3


@pytest.mark.parametrize("framing", ["content-length", "chunked", "until-close"])
@MODES
async def test_a_huge_body_stops_at_the_limit_and_the_rest_is_not_read(
    is_async: bool, framing: str, server: Loopback, clients: Clients
) -> None:
    part = b" " * 65536
    parts = 16 * 16  # 16 MiB in all, sixteen times the limit
    if framing == "content-length":
        first = head(200, {"content-type": "application/json", "content-length": str(len(part) * parts)})
        body = [part] * parts
    elif framing == "chunked":
        first = head(200, {"content-type": "application/json", "transfer-encoding": "chunked"})
        body = [b"%x\r\n%s\r\n" % (len(part), part)] * parts
    else:
        first = head(200, {"content-type": "application/json", "connection": "close"})
        body = [part] * parts
    server.handler = lambda seen: Raw([first, *body])
    with pytest.raises(scankit.ResponseTooLargeError):
        await _call(_hs(clients, server, is_async, max_retries=0), is_async, "scans.get", "scan-1")
    server.cut_off.wait(5)
    assert server.cut_off.is_set() and server.written[0] < len(first) + len(part) * parts, "the rest was left unread"
