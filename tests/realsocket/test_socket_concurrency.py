"""Adaptive page concurrency on a real socket: a server that refuses (429) what it finds beyond N in flight.

No spec documents such a cap: PackageX documents no rate limit, so its lists adapt. The server
holds each page a moment (its latency), so the pages a client asks for at once are in flight at
once; counting them is the server's own business, as a gateway's would be. The client's pacing
waits and a refused page's first wait (a share of a round trip, about one) are real: they are
what spreads its pages out. A longer back-off does not really sleep: it waits until the server
has fewer than N in flight (what the back-off is for).
"""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import pytest
from conftest import Clients
from loopback import Loopback, Seen, reply

from scankit._transport import OWN_POOLS

PER_PAGE = 10
HOLD = 0.1  # seconds the server takes over a page: the pages asked for together overlap, even on a busy machine


def px_scan(i: int) -> dict[str, Any]:
    return {"object": "scan", "id": f"scan_{i}", "created_at": 1700000000 + i}


class Capped:
    """PackageX-like pages (a total, so they go in parallel); 429 to a request beyond `cap` in flight."""

    def __init__(self, total: int, cap: int | None) -> None:
        self.total, self.cap = total, cap
        self.in_flight = 0
        self.most = 0
        self.statuses: list[int] = []
        self.changed = threading.Condition()
        self.hold = threading.Event()  # never set: each page waits HOLD for it

    def __call__(self, seen: Seen) -> Any:
        with self.changed:
            if self.cap is not None and self.in_flight >= self.cap:
                self.statuses.append(429)
                return reply(429, {"status": 429, "message": "too many requests in flight", "data": None})
            self.in_flight += 1
            self.most = max(self.most, self.in_flight)
        try:
            self.hold.wait(HOLD)
            page = int(seen.query.get("page", 1))
            start = (page - 1) * PER_PAGE
            items = [px_scan(i) for i in range(start, min(start + PER_PAGE, self.total))]
            more = start + PER_PAGE < self.total
            pagination = {"page": page, "limit": PER_PAGE, "has_more": more, "total_count": self.total}
            return reply(200, {"status": 200, "message": "ok", "data": items, "errors": [], "pagination": pagination})
        finally:
            with self.changed:
                self.in_flight -= 1
                self.statuses.append(200)
                self.changed.notify_all()

    def wait_below_cap(self, seconds: float) -> None:
        """A retry's back-off, as the client sees it: over once the server has room again."""
        with self.changed:
            self.changed.wait_for(lambda: self.cap is None or self.in_flight < self.cap, timeout=5)


def _client(clients: Clients, server: Loopback, capped: Capped, is_async: bool) -> Any:
    # Every default, max_retries (two) included: a page refused for the listing's own crowding
    # does not count against it, so the crowds the opening sends do not end the list.
    # The pacing waits (a share of a round trip) and a refused page's first wait (about one) are
    # real: they are what spreads the pages out; a longer back-off waits for room instead.
    px = clients.make("packagex", server, is_async=is_async)
    runtime = px._runtime

    def sleep(seconds: float) -> None:
        if seconds <= 2 * HOLD:
            time.sleep(seconds)
        else:
            capped.wait_below_cap(seconds)

    async def async_sleep(seconds: float) -> None:
        if seconds <= 2 * HOLD:
            await asyncio.sleep(seconds)
        else:
            await asyncio.to_thread(capped.wait_below_cap, seconds)

    px._runtime = type(runtime)(wall=runtime.wall, sleep=sleep, async_sleep=async_sleep, rng=runtime.rng)
    return px


async def _ids(px: Any, is_async: bool) -> list[str]:
    if is_async:
        return [s.id async for s in px.scans.list(limit=PER_PAGE)]
    return [s.id for s in px.scans.list(limit=PER_PAGE)]


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
async def test_a_server_that_refuses_above_n_in_flight_gets_n_or_fewer(
    is_async: bool, server: Loopback, clients: Clients
) -> None:
    cap, total = 12, 100 * PER_PAGE
    capped = Capped(total, cap)
    server.handler = capped
    ids = await _ids(_client(clients, server, capped, is_async), is_async)
    assert ids == [f"scan_{i}" for i in range(total)], "every item, in order: the refused pages were asked again"
    refused = capped.statuses.count(429)
    assert refused <= 2 * cap, f"the cap was found without a storm of 429s: {refused} of {len(capped.statuses)}"
    last = capped.statuses[-len(capped.statuses) // 4 :]
    assert last.count(429) <= 1, "and settled below it: the last quarter of the list was hardly refused"


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
async def test_a_server_that_takes_two_at_once_gets_every_page_with_the_default_retries(
    is_async: bool, server: Loopback, clients: Clients
) -> None:
    """The opening's pages meet a cap of 2: all but two are refused, and their retries go out
    beside the window's pages and are refused again. Counted against max_retries, a page refused three
    times ended the list with RateLimitError; one page at a time would have finished it."""
    total = 12 * PER_PAGE
    capped = Capped(total, 2)
    server.handler = capped
    px = clients.make("packagex", server, is_async=is_async)
    runtime = px._runtime  # every wait real, the back-offs included (a round trip is HOLD)
    px._runtime = type(runtime)(wall=runtime.wall, sleep=time.sleep, async_sleep=asyncio.sleep, rng=runtime.rng)
    ids = await _ids(px, is_async)
    assert ids == [f"scan_{i}" for i in range(total)], "every item, in order"
    assert capped.statuses[-len(capped.statuses) // 4 :].count(429) <= 2, "and settled under the cap"


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
async def test_a_listing_with_many_pages_in_flight_keeps_its_connections_alive(
    is_async: bool, server: Loopback, clients: Clients
) -> None:
    """httpx's one pool, keeping 20 of 100 alive, closes a connection as it goes idle whenever it
    holds more than 20: with 64 pages in flight, nearly every page was a new connection, and one
    closed under a waiting request hung it for its read timeout (httpcore #1110). scankit's own
    transport keeps every connection it opens (`Pools`)."""
    total = 200 * PER_PAGE
    capped = Capped(total, None)
    server.handler = capped
    px = _client(clients, server, capped, is_async)
    assert await _ids(px, is_async) == [f"scan_{i}" for i in range(total)]
    first = server.connections
    assert capped.most > 40, f"the pages went {capped.most} at once: not a test of many in flight"
    # What the client may have had in flight: the window its listing reached (with no refusal it
    # only grows). The server's own count is lower when the pages come faster than its accepting
    # thread starts a thread per connection. A few more connections than that: the least busy pool
    # may have no idle connection while a busier one has (measured at a bound of 64: 62-64 for
    # 56-64 in flight, then 0-8). One pool: 199, then ~200.
    (meter,) = px._session.learned.values()
    reached = meter.window
    slack = 2 * OWN_POOLS
    assert first <= reached + slack, f"{first} connections for a window of {reached}"
    assert await _ids(px, is_async) == [f"scan_{i}" for i in range(total)]
    # the next listing starts wider (the growth the opening held back): only those pages may be new
    (meter,) = px._session.learned.values()
    wider = max(0, meter.window - first)
    opened = server.connections - first
    assert opened <= wider + slack, f"the next listing opened {opened}, its window {meter.window}"
