"""Adaptive page concurrency: the pure AIMD decisions, their driver, and a listing on MockTransport.

`Concurrency` is a frozen value: each answer (latency, status, what was in flight when it went out)
gives the next one. `AdaptiveConcurrency` holds it for one listing and measures latency on an
injected clock. A list of a vendor without a documented rate limit gets one by default; a number
given as `page_concurrency`, or a documented limit, keeps the concurrency fixed.
"""

from __future__ import annotations

import asyncio
from typing import Any

import attrs
import httpx
import pytest
from helpers import FakeClock, make

import scankit
from scankit._pagination import (
    ADAPTIVE_BOUNDS,
    ADAPTIVE_START,
    PROBE_ROUNDS,
    AdaptiveConcurrency,
    Concurrency,
)

FAST = 0.05  # seconds: a page's latency while the server keeps up


def answers(state: Concurrency, n: int, latency: float = FAST, status: int | None = 200) -> Concurrency:
    """`n` answers, each sent when the window was full, in the current epoch."""
    for _ in range(n):
        state = state.answered(
            latency, status, in_flight=state.window, sent_window=state.window, sent_epoch=state.epoch
        )
    return state


# -- the pure decisions -----------------------------------------------------------------------


def test_it_starts_at_the_old_fixed_default_and_grows_a_page_per_answer_until_a_sign_of_a_limit() -> None:
    state = Concurrency()
    assert state.window == ADAPTIVE_START == scankit.DEFAULT_PAGE_CONCURRENCY
    assert answers(state, 8).window == 16, "slow start: a round of answers doubles the window"
    assert answers(state, 24).window == 32


def test_it_never_goes_beyond_its_bounds() -> None:
    low, high = ADAPTIVE_BOUNDS
    assert answers(Concurrency(), 500).window == high
    state = Concurrency()
    for _ in range(20):  # 429 after 429, each in a new epoch, each with one in flight
        state = state.answered(FAST, 429, in_flight=1, sent_window=30, sent_epoch=state.epoch)
    assert state.window == low
    assert answers(state, 3).window >= low


@pytest.mark.parametrize("status", [429, 503])
def test_a_429_or_503_halves_the_window_and_sets_the_ceiling_below_what_was_in_flight(status: int) -> None:
    state = answers(Concurrency(), 12)  # 20 pages at once
    assert state.window == 20
    cut = state.answered(FAST, status, in_flight=17, sent_window=30, sent_epoch=state.epoch)
    assert cut.ceiling == 16, "the server objected at 17 in flight: 16 is the most it is asked for again"
    assert cut.window == 8, "half of the 16 it took"
    assert cut.epoch == state.epoch + 1


def test_answers_to_requests_sent_before_a_back_off_do_not_back_off_again() -> None:
    state = answers(Concurrency(), 12)
    first = state.answered(FAST, 429, in_flight=20, sent_window=30, sent_epoch=state.epoch)
    again = first.answered(FAST, 429, in_flight=20, sent_window=30, sent_epoch=state.epoch)  # sent before the cut
    assert again == first
    later = first.answered(FAST, 429, in_flight=first.window, sent_window=30, sent_epoch=first.epoch)  # sent after it
    assert later.window < first.window


def test_after_a_back_off_it_climbs_back_to_the_ceiling_stays_there_then_probes_one_higher() -> None:
    state = answers(Concurrency(), 12).answered(FAST, 429, in_flight=17, sent_window=30, sent_epoch=0)
    assert state.window == 8
    assert answers(state, 4).window == 12, "a page an answer, as in slow start"
    at_ceiling = answers(state, 8)
    assert answers(at_ceiling, 100).window == 16, "but never past where the server objected"
    assert answers(at_ceiling, 16 * (PROBE_ROUNDS - 1)).window == 16, "for a long while"
    assert answers(at_ceiling, 16 * (PROBE_ROUNDS + 1)).window == 17, "then one page more is tried"


def test_without_a_ceiling_it_grows_a_page_a_round_once_the_latency_has_risen() -> None:
    state = answers(answers(Concurrency(), 4), 10, latency=FAST * 3)  # slow start ended by a latency rise
    assert not state.growing
    state = answers(state, 200)  # fast again: the smoothed latency comes back down first
    rounds = [state.window]
    for _ in range(4):
        state = answers(state, state.window)
        rounds.append(state.window)
    assert rounds == list(range(rounds[0], rounds[0] + 5)), "one page a round (additive increase)"


def test_it_holds_while_answers_come_slower_than_the_fastest_and_grows_once_they_are_fast_again() -> None:
    state = answers(Concurrency(), 4)  # fastest: FAST, window 12
    assert state.window == 12
    slow = answers(state, 10, latency=FAST * 3)
    assert not slow.growing and slow.window < state.window + 10, "the smoothed latency passed twice the fastest"
    assert answers(slow, 40, latency=FAST * 3).limit == slow.limit, "and while it stays there the window holds"
    recovered = answers(slow, 60)
    assert slow.window < recovered.window <= slow.window + 60 / slow.window + 1, "a page a round, not a page an answer"


def test_a_connection_error_says_nothing_of_the_server_pace() -> None:
    state = answers(Concurrency(), 3)
    assert state.answered(5.0, None, in_flight=11, sent_window=30, sent_epoch=0) == state


def test_the_state_is_a_frozen_value() -> None:
    state = Concurrency()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        state.limit = 3.0  # type: ignore[misc]


# -- the driver: in flight and latency on the client's clock ----------------------------------


def test_the_driver_measures_latency_on_its_clock_and_counts_what_is_in_flight() -> None:
    clock = FakeClock()
    adaptive = AdaptiveConcurrency(clock.wall)
    sent = [adaptive.sending() for _ in range(ADAPTIVE_START)]
    assert [s[1] for s in sent] == list(range(1, 9)), "each attempt knows how many were in flight as it went out"
    clock.now += 0.25
    adaptive.answered(sent[-1], 200)
    assert adaptive.state.fastest == 0.25, "latency on the injected clock"
    assert adaptive.window == ADAPTIVE_START + 1, "sent with the window full: it grows"
    adaptive.answered(sent[0], 200)
    assert adaptive.window == ADAPTIVE_START + 1, "sent with one in flight of eight: it does not"
    adaptive.answered(sent[5], 429)
    assert adaptive.state.ceiling == 5, "refused with 6 in flight: 5 at a time from now on"
    assert adaptive.sending()[1] == 6, "five still out, and this one"


def test_an_answer_to_an_attempt_sent_with_the_window_mostly_idle_does_not_grow_it() -> None:
    state = Concurrency()
    idle = state.answered(FAST, 200, in_flight=2, sent_window=8, sent_epoch=0)
    assert idle.window == state.window and idle.fastest == FAST
    assert state.answered(FAST, 200, in_flight=6, sent_window=8, sent_epoch=0).window == state.window + 1


# -- a listing on MockTransport ---------------------------------------------------------------


def px_scan(i: int) -> dict[str, Any]:
    return {"object": "scan", "id": f"scan_{i}", "created_at": 1700000000 + i}


class Throttled:
    """PackageX-like pages (a total, so pages go in parallel) from an async server that counts what
    is in flight: every request yields to the event loop before it answers, so all the pages a
    paginator has asked for are in flight at once; above `limit` it answers 429."""

    def __init__(self, total: int, limit: int | None = None, per_page: int = 10) -> None:
        self.total, self.limit, self.per_page = total, limit, per_page
        self.in_flight = 0
        self.most = 0
        self.statuses: list[int] = []

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        self.in_flight += 1
        try:
            self.most = max(self.most, self.in_flight)
            if self.limit is not None and self.in_flight > self.limit:
                self.statuses.append(429)
                return httpx.Response(429, json={"status": 429, "message": "slow down", "data": None, "errors": []})
            for _ in range(3):
                await asyncio.sleep(0)  # a turn of the event loop: the other pages asked for start too
            self.statuses.append(200)
            page = int(request.url.params.get("page", 1))
            start = (page - 1) * self.per_page
            items = [px_scan(i) for i in range(start, min(start + self.per_page, self.total))]
            more = start + self.per_page < self.total
            return httpx.Response(
                200,
                json={
                    "status": 200,
                    "message": "ok",
                    "data": items,
                    "errors": [],
                    "pagination": {"page": page, "limit": self.per_page, "has_more": more, "total_count": self.total},
                },
            )
        finally:
            self.in_flight -= 1


class TurningClock(FakeClock):
    """A fake clock whose async sleep lets the event loop turn: while a 429'd page waits to be asked
    again, the pages in flight are answered (with the plain fake clock its retry would go out into
    the very crowd it was refused for)."""

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)
        for _ in range(10):
            await asyncio.sleep(0)


async def _list(server: Throttled, clock: FakeClock, **options: Any) -> list[str]:
    async with make(scankit.AsyncPackageX, server, clock) as px:
        client = px.with_options(**options) if options else px
        return [s.id async for s in client.scans.list(limit=server.per_page)]


async def test_a_vendor_without_a_documented_limit_grows_past_the_old_fixed_eight(clock: FakeClock) -> None:
    server = Throttled(total=2000)
    ids = await _list(server, clock)
    assert ids == [f"scan_{i}" for i in range(2000)]
    assert server.most >= 4 * ADAPTIVE_START, "no latency rise, no 429: far beyond where it started"


async def test_a_number_fixes_the_concurrency(clock: FakeClock) -> None:
    server = Throttled(total=2000)
    await _list(server, clock, page_concurrency=8)
    assert server.most == 8


async def test_a_server_that_objects_above_sixteen_in_flight_gets_sixteen_or_fewer() -> None:
    server = Throttled(total=3000, limit=16)
    ids = await _list(server, TurningClock())
    assert ids == [f"scan_{i}" for i in range(3000)], "every item, in order, 429s retried"
    objections = server.statuses.count(429)
    assert 1 <= objections <= 8, f"it found the limit without a storm of 429s ({objections} of {len(server.statuses)})"
    after_first = server.statuses[server.statuses.index(429) + 1 :]
    assert after_first.count(429) <= len(after_first) // 100 + 2, "and settled below it"


def test_a_vendor_with_a_documented_limit_keeps_the_fixed_default(clock: FakeClock) -> None:
    """PassEntry documents 10 requests a second: its limiter paces the pages, whatever their number."""
    from scankit._resource import _concurrency

    pe = make(scankit.PassEntry, lambda request: httpx.Response(500), clock)
    assert _concurrency(pe) == scankit.DEFAULT_PAGE_CONCURRENCY
    assert isinstance(_concurrency(make(scankit.PackageX, lambda r: httpx.Response(500), clock)), AdaptiveConcurrency)
    assert _concurrency(pe.with_options(page_concurrency=3)) == 3


@pytest.mark.parametrize("bad", [0, -1, True, "fast", 2.5])
def test_page_concurrency_is_a_number_of_one_or_more_or_auto(clock: FakeClock, bad: Any) -> None:
    px = make(scankit.PackageX, lambda r: httpx.Response(500), clock)
    with pytest.raises(scankit.ConfigurationError, match="page_concurrency"):
        px.with_options(page_concurrency=bad)
    assert px.with_options(page_concurrency=2).with_options(page_concurrency="auto").page_concurrency == "auto"
