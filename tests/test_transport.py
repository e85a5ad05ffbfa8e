"""The guard transport's pure parts: each socket wait cut at the attempt's deadline, and where that applies.

The behaviour on a real connection (trickled headers and bodies, redirects) is in tests/realsocket/.
"""

from __future__ import annotations

import math
import ssl
from typing import Any

import httpcore
import httpx
import pytest
from helpers import FakeClock

import scankit
from scankit._pagination import ADAPTIVE_BOUNDS
from scankit._transport import (
    ASYNC_PIECE_BYTES,
    ASYNC_READ_BYTES,
    CLIENT_CLOSED,
    OWN_POOL_CONNECTIONS,
    OWN_POOLS,
    AsyncGuardTransport,
    AsyncPools,
    DeadlineExceeded,
    GuardConfig,
    GuardTransport,
    Pools,
    _carry_deadline,
    _ClosingBackend,
    _DeadlineBackend,
    _least_busy,
    _left,
    _ReadAheadStream,
    _Until,
    start_attempt,
)


def test_a_socket_wait_is_its_timeout_cut_at_the_deadline(clock: FakeClock) -> None:
    now = clock.wall()
    assert _left(_Until(5.0, now + 2.0), clock.wall, httpcore.ReadTimeout) == 2.0
    assert _left(_Until(1.0, now + 2.0), clock.wall, httpcore.ReadTimeout) == 1.0
    assert _left(_Until(None, now + 2.0), clock.wall, httpcore.ReadTimeout) == 2.0, "no timeout: the deadline"
    assert _left(5.0, clock.wall, httpcore.ReadTimeout) == 5.0, "a plain timeout is left alone"
    assert _left(None, clock.wall, httpcore.ReadTimeout) is None
    with pytest.raises(httpcore.ConnectTimeout, match="deadline"):
        _left(_Until(5.0, now), clock.wall, httpcore.ConnectTimeout)


def test_a_timeout_that_carries_the_deadline_is_still_the_timeout() -> None:
    until = _Until(30.0, 1e9)
    assert until == 30.0 and float(until) == 30.0 and until.at == 1e9
    assert _Until(None, 1.0) == math.inf


def test_each_socket_timeout_of_an_attempt_carries_its_deadline(clock: FakeClock) -> None:
    request = httpx.Request(
        "GET", "https://h.test/x", extensions={"timeout": httpx.Timeout(10.0, connect=3.0).as_dict()}
    )
    start_attempt(request, clock.wall())
    _carry_deadline(request)
    timeout = request.extensions["timeout"]
    assert {name: float(value) for name, value in timeout.items()} == {
        "connect": 3.0,
        "read": 10.0,
        "write": 10.0,
        "pool": 10.0,
    }
    at = clock.wall() + 10.0 * 4 + 3.0  # four read timeouts plus the connect timeout
    assert timeout["connect"].at == timeout["read"].at == timeout["write"].at == at
    assert not isinstance(timeout["pool"], _Until), "waiting for a pooled connection is not a socket wait"

    streamed = httpx.Request("GET", "https://h.test/x", extensions={"scankit_max_response_bytes": None})
    start_attempt(streamed, clock.wall())
    _carry_deadline(streamed)
    assert "timeout" not in streamed.extensions, "a streamed download has no deadline"


class _Recording(httpcore.NetworkBackend):
    def __init__(self) -> None:
        self.timeouts: list[float | None] = []

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, *args: Any) -> httpcore.NetworkStream:
        self.timeouts.append(timeout)
        return _RecordingStream(self.timeouts)


class _RecordingStream(httpcore.NetworkStream):
    def __init__(self, timeouts: list[float | None]) -> None:
        self.timeouts = timeouts

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        self.timeouts.append(timeout)
        raise httpcore.ReadTimeout("timed out")


def test_the_backend_passes_on_plain_timeouts_and_says_when_the_deadline_cut_one(clock: FakeClock) -> None:
    inner = _Recording()
    backend = _DeadlineBackend(inner, clock.wall)
    at = clock.wall() + 2.0
    stream = backend.connect_tcp("h", 1, timeout=_Until(10.0, at))
    with pytest.raises(httpcore.ReadTimeout, match="timed out"):
        stream.read(10, timeout=_Until(10.0, at))  # the read's own time ran out first
    clock.now = at
    with pytest.raises(httpcore.ReadTimeout, match="deadline"):
        stream.read(10, timeout=_Until(10.0, at))
    assert inner.timeouts == [2.0, 2.0]
    assert all(type(t) is float for t in inner.timeouts), "the socket sees plain floats"


def _config(clock: FakeClock) -> GuardConfig:
    return GuardConfig(base_url=httpx.URL("https://h.test"), credential_headers=frozenset(), clock=clock.wall)


def test_the_backend_goes_under_scankits_own_transport_only(clock: FakeClock) -> None:
    own = httpx.HTTPTransport()
    GuardTransport(own, _config(clock))
    assert isinstance(own._pool._network_backend, _DeadlineBackend)
    GuardTransport(own, _config(clock))
    assert not isinstance(own._pool._network_backend._inner, _DeadlineBackend), "installed once"
    with httpx.Client() as user:
        guard = GuardTransport(user, _config(clock))
        assert guard._deadlines_on is None
        assert not isinstance(user._transport._pool._network_backend, _DeadlineBackend), "a user's pool is theirs"
    own.close()


def test_scankits_own_clients_send_through_pools_that_keep_every_connection_they_open(clock: FakeClock) -> None:
    """One httpx pool closes an idle connection while it holds more than it keeps alive, and can
    close one under a waiting request (httpcore #1110); each of `Pools` keeps all it may open."""
    with scankit.PackageX(api_key="sk-test", base_url="https://h.test") as px:
        pools = px._transport._inner
        assert type(pools) is Pools and len(pools.transports) == OWN_POOLS
        assert px._transport._deadlines_on is pools, "every socket of every pool keeps the deadline"
        for transport in pools.transports:
            pool = transport._pool
            assert pool._max_keepalive_connections == pool._max_connections == OWN_POOL_CONNECTIONS
            assert isinstance(pool._network_backend, _DeadlineBackend)
        assert len({id(t._pool._ssl_context) for t in pools.transports}) == 1, "one TLS context for all"
        kept = OWN_POOLS * OWN_POOL_CONNECTIONS
        assert kept >= ADAPTIVE_BOUNDS[1], "a listing's most pages in flight each have a kept connection"


async def test_scankits_own_async_clients_send_through_pools_too() -> None:
    async with scankit.AsyncPackageX(api_key="sk-test", base_url="https://h.test") as px:
        pools = px._transport._inner
        assert type(pools) is AsyncPools and len(pools.transports) == OWN_POOLS
        for transport in pools.transports:
            assert transport._pool._max_keepalive_connections == transport._pool._max_connections


def test_requests_go_to_the_least_busy_pool_one_after_another_on_the_first() -> None:
    """Calls one after another stay on one pool (one connection, whichever thread makes them);
    requests in flight together spread over the pools."""
    held: list[list[object]] = [[] for _ in range(4)]

    class Counted:
        def __init__(self, i: int) -> None:
            self._pool = type("P", (), {"_requests": held[i]})()

    pools = [Counted(i) for i in range(4)]
    assert _least_busy(pools) is pools[0]
    held[0].append(1)
    assert _least_busy(pools) is pools[1], "the first pool busy: the next idle one"
    for i in (1, 2, 3, 0):
        held[i].append(1)
    assert _least_busy(pools) is pools[1], "all busy: the one with the fewest"
    held[0].clear()
    assert _least_busy(pools) is pools[0]
    odd = object()
    assert _least_busy([odd, *pools]) is odd, "a transport without httpcore's pool counts as idle"


async def test_an_async_attempt_past_its_deadline_is_not_sent(clock: FakeClock) -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200)

    guard = AsyncGuardTransport(httpx.MockTransport(handler), _config(clock))
    request = httpx.Request("GET", "https://h.test/x", extensions={"scankit_deadline": 0.0})
    with pytest.raises(DeadlineExceeded):
        await guard.handle_async_request(request)
    assert sent == []


class _Socket(httpcore.AsyncNetworkStream):
    """What the event loop hands over: each of `reads` in one read, then the end of the stream."""

    def __init__(self, *reads: bytes) -> None:
        self.reads: list[bytes] = list(reads)
        self.asked: list[int] = []

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        self.asked.append(max_bytes)
        return self.reads.pop(0) if self.reads else b""

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        pass

    async def aclose(self) -> None:
        pass

    def get_extra_info(self, info: str) -> Any:
        return False if info == "is_readable" else None


async def test_one_large_socket_read_is_handed_to_httpcore_in_pieces() -> None:
    data = bytes(range(256)) * (ASYNC_READ_BYTES // 256)
    socket = _Socket(data, b"tail")
    stream = _ReadAheadStream(socket)
    pieces = [bytes(await stream.read(65536)) for _ in range(ASYNC_READ_BYTES // ASYNC_PIECE_BYTES + 1)]
    assert b"".join(pieces) == data + b"tail", "every byte, in order"
    assert {len(p) for p in pieces[:-1]} == {ASYNC_PIECE_BYTES}
    assert socket.asked == [ASYNC_READ_BYTES, ASYNC_READ_BYTES], "the socket is read once per read, not per piece"


async def test_a_connection_holding_bytes_past_its_response_is_not_reused() -> None:
    """A server that sent more than its Content-Length, all in one read: the idle connection is
    dropped (as the sync client drops one whose socket still has bytes), never parsed as the next
    response."""
    response = b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello"
    stray = b"HTTP/1.1 200 OK\r\n" + b"x" * (2 * ASYNC_PIECE_BYTES)
    origin = httpcore.Origin(b"http", b"h.test", 80)
    connection = httpcore.AsyncHTTP11Connection(origin, _ReadAheadStream(_Socket(response + stray)))
    answer = await connection.handle_async_request(
        httpcore.Request("GET", "http://h.test/", headers=[(b"Host", b"h.test")])
    )
    assert await answer.aread() == b"hello"
    await answer.aclose()
    assert connection.is_idle()
    assert connection.has_expired(), "the pool must not send another request on it"

    clean = httpcore.AsyncHTTP11Connection(origin, _ReadAheadStream(_Socket(response)))
    answer = await clean.handle_async_request(httpcore.Request("GET", "http://h.test/", headers=[(b"Host", b"h.test")]))
    assert await answer.aread() == b"hello"
    await answer.aclose()
    assert clean.is_idle() and not clean.has_expired(), "a clean connection goes back to the pool"


class _FakeStream(httpcore.NetworkStream):
    """A socket stream that records its closing; TLS over it is another stream, as httpcore's is."""

    def __init__(self) -> None:
        self.closed = False
        self.tls: _FakeStream | None = None

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return b""

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        pass

    def close(self) -> None:
        self.closed = True

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        self.tls = _FakeStream()
        return self.tls

    def get_extra_info(self, info: str) -> Any:
        return None


class _FakeBackend(httpcore.NetworkBackend):
    def __init__(self) -> None:
        self.made: list[_FakeStream] = []

    def connect_tcp(self, *args: Any, **kwargs: Any) -> httpcore.NetworkStream:
        self.made.append(_FakeStream())
        return self.made[-1]


def test_closing_the_pools_closes_a_socket_they_opened_over_tls_too() -> None:
    """httpcore's TLS makes a new stream over the socket: the one that must be closed is that one."""
    pools = Pools([httpx.HTTPTransport()])
    fake = _FakeBackend()
    closing = pools.transports[0]._pool._network_backend
    assert isinstance(closing, _ClosingBackend)
    closing._inner = fake
    stream = closing.connect_tcp("vendor.test", 443)
    assert stream.start_tls(ssl.create_default_context(), "vendor.test") is stream, "the same stream, kept"
    pools.close()
    (plain,) = fake.made
    assert plain.tls is not None and plain.tls.closed, "the TLS stream closed with the pools"
    with pytest.raises(httpcore.ConnectError, match=CLIENT_CLOSED):
        closing.connect_tcp("vendor.test", 443)
    assert len(fake.made) == 1, "and no socket opened after"
