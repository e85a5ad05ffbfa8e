"""Item 5: no wait a server asks for goes beyond `max_retry_after` (60 s) — rate-limit resets included.

One response (a 200 at that) with `x-rate-limit-remaining: 0` and a reset ten years ahead made every
later PassEntry request sleep ten years; a reset of 1e300 raised OverflowError from `time.sleep`.
The clients here record their sleeps instead of sleeping, so a test that fails says what it would
have waited rather than waiting it.
"""

from __future__ import annotations

import time
from typing import Any

import pytest
from conftest import Clients
from loopback import Loopback, Seen, reply
from test_faults import shape

import scankit

TEN_YEARS = 10 * 365 * 86400
BOUND = 60.0  # RetryPolicy.max_retry_after


def _scan() -> dict[str, Any]:
    return {"data": shape("passentry").items[0]}


async def _get(client: Any, is_async: bool) -> Any:
    result = client.scans.get(_scan()["data"]["id"])
    return await result if is_async else result


@pytest.mark.parametrize("reset", [time.time() + TEN_YEARS, 1e300], ids=["ten-years", "1e300"])
@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
async def test_a_reset_years_away_on_a_200_does_not_stop_the_client(
    is_async: bool, reset: float, server: Loopback, clients: Clients
) -> None:
    headers = {"x-rate-limit-limit": "10", "x-rate-limit-remaining": "0", "x-rate-limit-reset": repr(reset)}
    server.handler = lambda seen: reply(200, _scan(), **headers)
    pe = clients.make("passentry", server, is_async=is_async)
    for _ in range(3):
        await _get(pe, is_async)
    assert len(server.seen) == 3, "every call was sent"
    assert max(clients.sleeps, default=0.0) <= BOUND, f"would have slept {max(clients.sleeps)}s"


@pytest.mark.parametrize(
    "asked",
    [
        {"x-rate-limit-remaining": "0", "x-rate-limit-reset": repr(time.time() + TEN_YEARS)},
        {"x-rate-limit-remaining": "0", "x-rate-limit-reset": "1e300"},
        {"x-rate-limit-retry-after": "315360000"},
        {"retry-after": "315360000"},
        {"retry-after": "Fri, 31 Dec 9999 23:59:59 GMT"},
    ],
    ids=["reset-ten-years", "reset-1e300", "vendor-retry-after", "retry-after", "retry-after-date"],
)
@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
async def test_a_429_asking_for_years_is_a_rate_limit_error_at_once_saying_how_long(
    is_async: bool, asked: dict[str, str], server: Loopback, clients: Clients
) -> None:
    server.handler = lambda seen: reply(429, {"errors": [{"detail": "Too many requests"}]}, **asked)
    pe = clients.make("passentry", server, is_async=is_async)
    with pytest.raises(scankit.RateLimitError) as caught:
        await _get(pe, is_async)
    message = str(caught.value)
    assert "asks to wait" in message and "years" in message, message
    assert "max_retry_after" in message
    assert len(server.seen) == 1, "not retried"
    assert max(clients.sleeps, default=0.0) <= BOUND

    # and the next call is sent (and refused again), not held for years
    with pytest.raises(scankit.RateLimitError):
        await _get(pe, is_async)
    assert len(server.seen) == 2
    assert max(clients.sleeps, default=0.0) <= BOUND


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
async def test_a_wait_within_the_bound_is_still_honoured(is_async: bool, server: Loopback, clients: Clients) -> None:
    def handler(seen: Seen) -> Any:
        if len(server.seen) == 1:
            return reply(429, {"errors": []}, x_rate_limit_remaining="0", x_rate_limit_reset=repr(time.time() + 30))
        return reply(200, _scan())

    server.handler = handler
    pe = clients.make("passentry", server, is_async=is_async)
    await _get(pe, is_async)
    assert len(server.seen) == 2
    assert 25 < max(clients.sleeps) <= 30.5, "the server's 30 s, as asked"
