"""The guard transport's pure parts: each socket wait cut at the attempt's deadline, and where that applies.

The behaviour on a real connection (trickled headers and bodies, redirects) is in tests/realsocket/.
"""

from __future__ import annotations

import math
from typing import Any

import httpcore
import httpx
import pytest
from helpers import FakeClock

from scankit._transport import (
    AsyncGuardTransport,
    DeadlineExceeded,
    GuardConfig,
    GuardTransport,
    _carry_deadline,
    _DeadlineBackend,
    _left,
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
