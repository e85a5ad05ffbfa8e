"""Adaptive page concurrency: the pure AIMD decisions, their driver, listings on MockTransport, and
whole listings against a simulated server in virtual time.

`Concurrency` is a frozen value: each answer (latency, status, what was in flight as it went out
and as it came back) gives the next one. `AdaptiveConcurrency` holds it for one listing and
measures latency on an injected clock. A list of a vendor without a documented rate limit gets one
by default; a number given as `page_concurrency`, or a documented limit, keeps the concurrency fixed.

The simulated server (`Simulated`) runs on an event loop whose clock only moves when every task
waits (looptime): its latency, its one CPU that renders a page at a time, and a cap of requests in
flight are modelled, so a listing's duration and its refusals are exact and the same on every run,
whatever the load of the machine the tests run on.
"""

from __future__ import annotations

import asyncio
import importlib
import time
from typing import Any

import attrs
import httpx
import pytest
from helpers import FakeClock, make

import scankit
from scankit._pagination import (
    ADAPTIVE_BOUNDS,
    ADAPTIVE_START,
    BACKOFF,
    CEILING_HELD,
    OPENING,
    AdaptiveConcurrency,
    Concurrency,
)
from scankit.vendors import CLIENTS, slugs

FAST = 0.05  # seconds: a page's latency while the server keeps up


def answers(state: Concurrency, n: int, latency: float = FAST, status: int | None = 200) -> Concurrency:
    """`n` answers, each sent when the window was full, in the current epoch."""
    for _ in range(n):
        state = state.answered(latency, status, in_flight=state.window, busy=state.window, sent_epoch=state.epoch)
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
        state = state.answered(FAST, 429, in_flight=1, busy=1, sent_epoch=state.epoch)
    assert state.window == low
    assert answers(state, 3).window >= low


@pytest.mark.parametrize("status", [429, 503])
def test_a_429_or_503_cuts_the_window_and_sets_the_ceiling_below_what_was_in_flight(status: int) -> None:
    state = answers(Concurrency(), 12)  # 20 pages at once
    assert state.window == 20
    cut = state.answered(FAST, status, in_flight=17, busy=20, sent_epoch=state.epoch)
    assert cut.ceiling == 16, "the server objected at 17 in flight: 16 is the most it is asked for again"
    assert cut.window == int(16 * BACKOFF) == 11, "0.7 of the 16 it took (CUBIC's cut)"
    assert cut.epoch == state.epoch + 1


def test_answers_to_requests_sent_before_a_back_off_do_not_back_off_again() -> None:
    state = answers(Concurrency(), 12)
    first = state.answered(FAST, 429, in_flight=20, busy=20, sent_epoch=state.epoch)
    again = first.answered(FAST, 429, in_flight=20, busy=20, sent_epoch=state.epoch)  # sent before the cut
    assert again == first
    later = first.answered(FAST, 429, in_flight=first.window, busy=first.window, sent_epoch=first.epoch)  # after it
    assert later.window < first.window


def test_after_a_back_off_it_climbs_back_to_the_ceiling_and_stays_there_until_released() -> None:
    state = answers(Concurrency(), 12).answered(FAST, 429, in_flight=17, busy=20, sent_epoch=0)
    assert state.window == 11
    assert answers(state, 4).window == 15, "a page an answer, as in slow start"
    at_ceiling = answers(state, 8)
    assert answers(at_ceiling, 100).window == 16, "but never past where the server objected"
    assert answers(at_ceiling, 10_000).window == 16, "however long the list: no page above it is tried"
    released = at_ceiling.released()
    rounds = [released.window]
    for _ in range(3):
        released = answers(released, released.window)
        rounds.append(released.window)
    assert rounds == [16, 17, 18, 19], "released: past it a page a round, not by slow start"


def test_later_refusals_of_the_crowd_neither_cut_again_nor_lower_the_ceiling() -> None:
    """A refusal of the crowd read after the first one, with fewer out as it went, may have reached
    the server late, after requests sent behind it filled the cap: it says nothing of the cap
    (`test_a_refusal_that_reached_the_server_late_does_not_set_the_ceiling_below_the_cap`)."""
    state = answers(Concurrency(), 28)  # 36 pages at once
    cut = state.answered(FAST, 429, in_flight=26, busy=30, sent_epoch=0)
    assert (cut.ceiling, cut.window) == (25, 17)
    assert cut.answered(FAST, 429, in_flight=17, busy=30, sent_epoch=0) == cut, "not cut, not lowered"
    assert cut.answered(FAST, 200, in_flight=20, busy=30, sent_epoch=0) == cut, "nor grown by the crowd's answers"


def test_a_refusal_above_a_cut_window_keeps_the_ceiling_at_what_was_in_flight() -> None:
    """Refused pages are asked again whatever the window: a refusal with 17 out says the cap is
    16 or less, not that it is below the window the first refusal cut to (10, on a real socket)."""
    state = answers(Concurrency(), 12).answered(FAST, 429, in_flight=17, busy=20, sent_epoch=0)
    assert (state.ceiling, state.window) == (16, 11)
    again = state.answered(FAST, 429, in_flight=17, busy=17, sent_epoch=state.epoch)
    assert again.ceiling == 16 and again.window < state.window
    assert state.answered(FAST, 429, in_flight=20, busy=20, sent_epoch=state.epoch).ceiling == 16, "never raised"


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


def test_below_where_the_server_objected_it_climbs_back_even_while_answers_are_slow() -> None:
    """The crowd the server refused also made the answers slow: that must not keep the window low
    for the rest of the list, since the ceiling is a level the server was seen to take."""
    state = answers(Concurrency(), 12).answered(FAST, 429, in_flight=17, busy=20, sent_epoch=0)
    slow = answers(state, 5, latency=FAST * 4)
    assert slow.window == 16 and slow.growing
    beyond = answers(Concurrency(), 4)  # no objection: a latency that rises stops the growth
    assert not answers(beyond, 10, latency=FAST * 4).growing


def test_a_connection_error_says_nothing_of_the_server_pace() -> None:
    state = answers(Concurrency(), 3)
    assert state.answered(5.0, None, in_flight=11, busy=11, sent_epoch=0) == state


def test_the_state_is_a_frozen_value() -> None:
    state = Concurrency()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        state.limit = 3.0  # type: ignore[misc]


# -- the driver: in flight and latency on the client's clock ----------------------------------


def test_the_driver_measures_latency_on_its_clock_and_counts_what_is_in_flight() -> None:
    clock = FakeClock()
    adaptive = AdaptiveConcurrency(clock.wall, Concurrency())
    sent = [adaptive.sending() for _ in range(ADAPTIVE_START)]
    assert [s[1] for s in sent] == list(range(1, 9)), "each attempt knows how many were in flight as it went out"
    assert adaptive.retry_delay() is None, "no round trip measured yet: the client's own back-off"
    clock.now += 0.25
    adaptive.answered(sent[0], 200)
    assert adaptive.state.fastest == 0.25, "latency on the injected clock"
    assert adaptive.retry_delay() == 0.25, "a refused page is asked again after about a round trip"
    assert adaptive.window == ADAPTIVE_START + 1, "the first of a burst of eight, answered with all eight out: it grows"
    for answer in sent[1:6]:
        adaptive.answered(answer, 200)
    assert adaptive.window == ADAPTIVE_START + 3, "answered with fewer than half the window out: it does not grow"
    adaptive.answered(sent[6], 429)
    assert adaptive.state.ceiling == 6, "refused with 7 in flight: 6 at a time from now on"
    assert adaptive.sending()[1] == 2, "one still out, and this one"


def test_pages_go_two_at_once_then_spaced_evenly_at_twice_the_window_per_round_trip() -> None:
    clock = FakeClock()
    adaptive = AdaptiveConcurrency(clock.wall)
    assert [adaptive.pace() for _ in range(3)] == [0.0, 0.0, 0.0], "no round trip measured yet: nothing to pace by"
    adaptive.answered(adaptive.sending(), 200)  # the first page: a round trip of 0 s on the fake clock
    started = adaptive.sending()
    clock.now += 0.16
    adaptive.answered(started, 200)  # 160 ms: the smoothed round trip is 20 ms, the window 9 or 10
    rtt, window = adaptive.state.recent, adaptive.window
    assert rtt is not None
    spacing = rtt / (2 * window)
    waits = [adaptive.pace() for _ in range(5)]
    assert waits == pytest.approx([0.0, 0.0, spacing, 2 * spacing, 3 * spacing], abs=1e-6)
    clock.now += 10 * spacing  # a while with nothing asked for: no credit piles up beyond two
    assert [adaptive.pace() for _ in range(3)] == pytest.approx([0.0, 0.0, spacing], abs=1e-6)


def test_a_paced_page_whose_turn_comes_after_a_cut_waits_while_the_attempts_out_fill_the_window() -> None:
    clock = FakeClock()
    adaptive = AdaptiveConcurrency(clock.wall, Concurrency(limit=20.0))
    first = adaptive.sending()
    clock.now += 0.05
    adaptive.answered(first, 200)  # a round trip of 50 ms
    out = [adaptive.sending() for _ in range(17)]
    assert adaptive.held() == 0.0, "17 out of a window of 20: a page whose turn has come goes"
    adaptive.answered(out[-1], 429)  # refused with 17 out: 16 at most from now on, 11 for a start
    assert adaptive.window == 11
    assert adaptive.held() == pytest.approx(0.05 / 22), "16 still out: it waits a spacing and asks again"
    for answer in out[:6]:
        adaptive.answered(answer, 200)
    assert adaptive.held() > 0.0, "10 out and the refused page still to go again: the window is full"
    adaptive.answered(out[6], 200)
    assert adaptive.held() == 0.0, "9 out and the refused one: it goes"
    retry = adaptive.sending()  # the refused page, asked again
    assert adaptive.held() == 0.0, "10 out, none waiting: it goes"
    adaptive.answered(retry, 200)


def test_refused_pages_go_again_a_window_s_worth_a_round_trip_not_all_at_once() -> None:
    """Their retries go whatever the window: a crowd refused together and asked again together
    would be refused together again (under a cap of 4 far away, pages were refused three times
    and the list failed)."""
    clock = FakeClock()
    adaptive = AdaptiveConcurrency(clock.wall, Concurrency(limit=4.0))
    first = adaptive.sending()
    clock.now += 0.05
    adaptive.answered(first, 200)  # a round trip of 50 ms
    assert adaptive.window == 4
    delays = [adaptive.retry_delay() for _ in range(3)]
    assert delays == pytest.approx([0.05, 0.05 + 0.05 / 4, 0.05 + 0.1 / 4], abs=1e-5)
    clock.now += 1.0
    assert adaptive.retry_delay() == pytest.approx(0.05, abs=1e-5), "a refusal later on: a round trip again"


def test_a_first_listing_opens_with_32_pages_paced_over_the_first_page_s_round_trip() -> None:
    clock = FakeClock()
    adaptive = AdaptiveConcurrency(clock.wall)
    page_one = adaptive.sending()
    clock.now += 0.064
    adaptive.answered(page_one, 200)
    assert adaptive.window == OPENING
    waits = [adaptive.pace() for _ in range(OPENING)]
    assert waits[-1] == pytest.approx(0.064 * (OPENING - 2) / OPENING, abs=1e-5), "over one round trip, two at once"
    opening = [adaptive.sending() for _ in range(OPENING)]
    clock.now += 0.064
    for answer in opening[:16]:
        adaptive.answered(answer, 200)
    assert adaptive.window == OPENING, "the opening's answers do not grow it: a cap far away may not have answered yet"
    later = adaptive.sending()
    clock.now += 0.064
    adaptive.answered(later, 200)
    assert adaptive.window == OPENING + 1, "what went out after the first of them does"
    assert adaptive.state.resumed().window == OPENING + 1, "a next listing starts where this one got to"
    for answer in opening[16:]:
        adaptive.answered(answer, 200)
    assert adaptive.window == OPENING + 1, "the whole opening answered, no refusal: still not grown in this listing"
    resumed = AdaptiveConcurrency(clock.wall, adaptive.state.resumed())
    resumed.answered(resumed.sending(), 200)
    held_back = OPENING  # a page for each answer of the opening
    assert resumed.window == min(OPENING + 1 + held_back, ADAPTIVE_BOUNDS[1]), "the next listing gets it"
    assert resumed.pace() == 0.0, "two at once, then paced over half a round trip"


def test_an_answer_that_comes_back_to_a_mostly_idle_window_does_not_grow_it() -> None:
    """A window the listing does not fill (the caller is slow and every page ahead is fetched, or
    the list is ending) says nothing of what the server takes."""
    state = Concurrency()
    idle = state.answered(FAST, 200, in_flight=8, busy=2, sent_epoch=0)
    assert idle.window == state.window and idle.fastest == FAST
    assert state.answered(FAST, 200, in_flight=1, busy=6, sent_epoch=0).window == state.window + 1


# -- a listing on MockTransport ---------------------------------------------------------------


def px_scan(i: int) -> dict[str, Any]:
    return {"object": "scan", "id": f"scan_{i}", "created_at": 1700000000 + i}


def px_page(page: int, per_page: int, total: int) -> httpx.Response:
    """PackageX's page `page` of `total` scans, `per_page` a page, with its total."""
    start = (page - 1) * per_page
    items = [px_scan(i) for i in range(start, min(start + per_page, total))]
    pagination = {"page": page, "limit": per_page, "has_more": start + per_page < total, "total_count": total}
    return httpx.Response(
        200, json={"status": 200, "message": "ok", "data": items, "errors": [], "pagination": pagination}
    )


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
            return px_page(page, self.per_page, self.total)
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
    # the pages a round went out with answer at once on this clock: the refusals of that round
    # come back together, and after them it has settled below the cap
    settled = server.statuses[server.statuses.index(200, server.statuses.index(429)) :]
    assert settled.count(429) <= len(settled) // 100 + 2, "and settled below it"


@pytest.mark.parametrize("slug", slugs())
def test_a_vendor_with_a_documented_limit_keeps_the_fixed_default_the_others_adapt(clock: FakeClock, slug: str) -> None:
    """A documented limit (PassEntry's 10 requests a second) is kept by the limiter, which paces the
    pages whatever their number; without one, the page concurrency adapts. A number fixes it."""
    from scankit._call import Endpoint
    from scankit._resource import _concurrency

    facade = importlib.import_module(f"scankit.vendors.{slug}")
    listing = next(e for e in vars(facade).values() if isinstance(e, Endpoint) and e.pagination is not None)
    name = next(n for n, s in CLIENTS.items() if s == slug and not n.startswith("Async"))
    client = make(getattr(scankit, name), lambda request: httpx.Response(500), clock)
    got = _concurrency(client, listing)
    if client.vendor.rate_limit is not None:
        assert got == scankit.DEFAULT_PAGE_CONCURRENCY
    else:
        assert isinstance(got, AdaptiveConcurrency)
    assert _concurrency(client.with_options(page_concurrency=3), listing) == 3


@pytest.mark.parametrize("bad", [0, -1, True, "fast", 2.5])
def test_page_concurrency_is_a_number_of_one_or_more_or_auto(clock: FakeClock, bad: Any) -> None:
    px = make(scankit.PackageX, lambda r: httpx.Response(500), clock)
    with pytest.raises(scankit.ConfigurationError, match="page_concurrency"):
        px.with_options(page_concurrency=bad)
    assert px.with_options(page_concurrency=2).with_options(page_concurrency="auto").page_concurrency == "auto"


# -- the drivers: pages are asked for as answers come, not only as pages are taken --------------


class HeldHead:
    """PackageX-like pages; page 2 (the head of the line once page 1 is read) is not answered until
    `release` is set, while every other page is answered at once."""

    def __init__(self, total: int, per_page: int = 10) -> None:
        self.total, self.per_page = total, per_page
        self.release = asyncio.Event()
        self.asked: list[int] = []

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", 1))
        self.asked.append(page)
        if page == 2:
            await self.release.wait()
        return px_page(page, self.per_page, self.total)


@pytest.mark.parametrize("pages", [4, "auto"])
async def test_a_slow_page_at_the_head_holds_up_the_caller_not_the_pages_behind_it(
    clock: FakeClock, pages: Any
) -> None:
    server = HeldHead(total=1000)
    async with make(scankit.AsyncPackageX, server, clock) as px:
        listing = px.with_options(page_concurrency=pages).scans.list(limit=10).pages()
        first = await listing.__anext__()
        assert first.items[0].id == "scan_0"
        second = asyncio.ensure_future(listing.__anext__())
        for _ in range(50):
            await asyncio.sleep(0)
        window = 4 if pages == 4 else ADAPTIVE_START
        assert not second.done()
        if pages == 4:
            assert sorted(server.asked) == [1, 2, 3, 4, 5], "a fixed number: at most that many asked for and not taken"
        else:
            # pages 3.. came back while page 2 is held: each answer asks for the next (and grows the window)
            assert len(server.asked) > 1 + window + 8, f"only {sorted(server.asked)} asked for"
            assert max(server.asked) <= 1 + ADAPTIVE_BOUNDS[1] + 1, "never more than the most ahead of the caller"
        server.release.set()
        assert (await second).items[0].id == "scan_10"
        await listing.aclose()


def test_sync_listing_asks_for_pages_behind_a_slow_head_as_answers_come(clock: FakeClock) -> None:
    import threading

    release = threading.Event()
    asked: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", 1))
        asked.append(page)
        if page == 2:
            assert release.wait(10), "the test never released page 2"
        return px_page(page, 10, 300)

    with make(scankit.PackageX, handler, clock) as px:
        pages = px.scans.list(limit=10).pages()
        next(pages)
        waiter = threading.Thread(target=lambda: (next(pages), None))
        waiter.start()
        for _ in range(1000):  # until the pages behind the held one have come back and asked for more
            if len(asked) > 1 + ADAPTIVE_START + 4:
                break
            waiter.join(0.01)
        else:
            pytest.fail(f"only {sorted(asked)} asked for while page 2 was held")
        release.set()
        waiter.join(10)
        assert not waiter.is_alive()
        assert sum(len(p.items) for p in pages) == 300 - 20, "and every item after, in order"


# -- pages fetched ahead wait as the bytes the server sent ------------------------------------------


def _alive(model: type) -> int:
    import gc

    gc.collect()
    return sum(1 for o in gc.get_objects() if type(o) is model)


def test_pages_fetched_ahead_are_read_into_models_only_as_the_listing_reaches_them(clock: FakeClock) -> None:
    """Models waiting for the caller are what the garbage collector pays for again and again (and
    what a listing's memory is): 30 pages fetched ahead are 30 bodies, and one page of models."""
    from scankit_packagex.models import ScanList

    asked: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        asked.append(int(request.url.params.get("page", 1)))
        return px_page(asked[-1], 10, 300)

    with make(scankit.PackageX, handler, clock) as px:
        pages = px.with_options(page_concurrency=40).scans.list(limit=10).pages()
        next(pages)
        second = next(pages)  # the pages behind it are asked for once the caller comes back for more
        for _ in range(1000):  # until every page is in
            if len(asked) == 30:
                break
            time.sleep(0.01)
        assert sorted(asked) == list(range(1, 31))
        # the page the caller holds, and the first (whose total planned the rest); not the 28 ahead
        assert _alive(ScanList) <= 2
        assert [s.id for s in second.items] == [f"scan_{i}" for i in range(10, 20)]
        del second
        rest = [s.id for page in pages for s in page.items]
        assert rest == [f"scan_{i}" for i in range(20, 300)]


async def test_async_pages_fetched_ahead_are_read_into_models_only_as_the_listing_reaches_them(
    clock: FakeClock,
) -> None:
    from scankit_packagex.models import ScanList

    server = HeldHead(total=300)
    server.release.set()
    async with make(scankit.AsyncPackageX, server, clock) as px:
        pages = px.with_options(page_concurrency=40).scans.list(limit=10).pages()
        await pages.__anext__()
        await pages.__anext__()
        for _ in range(200):
            await asyncio.sleep(0)
        assert sorted(server.asked) == list(range(1, 31))
        assert _alive(ScanList) <= 2, "the first page (its total planned the rest), not the 28 ahead"
        assert len([s async for page in pages for s in page.items]) == 280


# -- a refused page goes again after a round trip, not after the client's back-off --------------


def test_a_listing_page_refused_for_crowding_is_asked_again_after_about_a_round_trip(clock: FakeClock) -> None:
    refused: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", 1))
        clock.now += 0.04  # every answer takes 40 ms
        if page == 3 and len(refused) < 2:
            refused.append(page)
            return httpx.Response(429, json={"status": 429, "message": "slow down", "data": None, "errors": []})
        return px_page(page, 10, 50)

    with make(scankit.PackageX, handler, clock) as px:
        ids = [s.id for s in px.scans.list(limit=10)]
        assert ids == [f"scan_{i}" for i in range(50)]
        first, second = clock.sleeps
        assert 0.02 <= first <= 0.05, "about one round trip (40 ms), jittered"
        assert 1.5 * first <= second <= 0.1, "refused again: twice as long, not the usual half a second and more"
        fixed = make(scankit.PackageX, handler, clock).with_options(page_concurrency=4)
        refused.clear()
        clock.sleeps.clear()
        assert len(list(fixed.scans.list(limit=10))) == 50
        assert clock.sleeps[0] >= 0.25, "a number fixes the concurrency: no window backed off, the usual back-off"
        fixed.close()


class LeftBehind:
    """PackageX pages 1 and 2 served; every page behind them refused with 429 (after `release`,
    when held; with `retry_after`, when given). It records the pages asked and the hook events
    (`heard`) the calls report."""

    def __init__(self, *, held: bool = False, retry_after: str | None = None) -> None:
        import threading

        self.release, self.changed = threading.Event(), threading.Condition()
        if not held:
            self.release.set()
        self.retry_after = retry_after
        self.asked: list[int] = []
        self.events: list[Any] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", 1))
        with self.changed:
            self.asked.append(page)
        if page <= 2:
            return px_page(page, 10, 400)
        assert self.release.wait(10), "the test never released the pages"
        headers = {"Retry-After": self.retry_after} if self.retry_after else {}
        return httpx.Response(
            429, json={"status": 429, "message": "slow down", "data": None, "errors": []}, headers=headers
        )

    def heard(self, event: Any) -> None:
        with self.changed:
            self.events.append(event)
            self.changed.notify_all()

    @property
    def behind(self) -> set[int]:
        return {page for page in self.asked if page > 2}

    def heard_from_each_behind(self) -> bool:
        with self.changed:
            return self.changed.wait_for(lambda: self.behind and len(self.events) >= len(self.behind), timeout=10)

    def asked_once_each(self) -> bool:
        with self.changed:
            return all(self.asked.count(page) == 1 for page in self.behind)


def test_a_page_in_flight_when_the_caller_leaves_the_listing_is_not_asked_again(clock: FakeClock) -> None:
    """A page nobody will read is not retried: its retries held a background thread, and a
    script's exit (which joins the page threads), for seconds under a server refusing crowds."""
    server = LeftBehind(held=True)
    with make(scankit.PackageX, server, clock, hooks=scankit.Hooks(on_error=server.heard)) as px:
        pages = px.scans.list(limit=10).pages()
        next(pages), next(pages)  # the pages behind the second are in flight, held
        pages.close()  # the caller leaves
        server.release.set()
        assert server.heard_from_each_behind()
        assert all(isinstance(e.error, scankit.RateLimitError) for e in server.events)
        assert server.asked_once_each(), sorted(server.asked)


def test_first_page_after_a_listing_was_left_is_retried_as_any_call(clock: FakeClock) -> None:
    """`first_page()` is no walk: the walk left before it does not stop its retries."""
    refuse: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if refuse:
            refuse.pop()
            return httpx.Response(429, json={"status": 429, "message": "slow down", "data": None, "errors": []})
        return px_page(int(request.url.params.get("page", 1)), 10, 40)

    with make(scankit.PackageX, handler, clock) as px:
        listing = px.scans.list(limit=10)
        for _ in listing:
            break  # the walk is left
        refuse.append(429)
        assert [s.id for s in listing.first_page().items][:2] == ["scan_0", "scan_1"], "refused once, asked again"


def _page_threads_end(within: float, before: set[Any]) -> bool:
    """Whether every listing page thread started since `before` has ended within `within` seconds in
    all (a script's exit joins them): far less than the waits the tests give them to sleep out, far
    more than ending takes."""
    import threading

    deadline = time.monotonic() + within
    for thread in [t for t in threading.enumerate() if t.name.startswith("scankit-page") and t not in before]:
        thread.join(max(0.0, deadline - time.monotonic()))
        if thread.is_alive():
            return False
    return True


def test_a_back_off_under_way_when_the_caller_leaves_ends_at_once() -> None:
    """A page told to come back in 30 s is not waited for once the caller has left: the wait is
    woken, the page ends unasked, and its thread (which a script's exit joins) is free. Before, a
    script that left a listing as its pages backed off exited after max_retries x Retry-After.
    Real time: an injected clock's sleep cannot be woken (`Runtime.wait`)."""
    import threading

    server = LeftBehind(retry_after="30")
    before = set(threading.enumerate())
    http = httpx.Client(transport=httpx.MockTransport(server))
    hooks = scankit.Hooks(on_retry=server.heard)
    with scankit.PackageX(api_key="sk-test", base_url="https://vendor.test", http_client=http, hooks=hooks) as px:
        pages = px.with_options(page_concurrency=4).scans.list(limit=10).pages()
        next(pages), next(pages)
        assert server.heard_from_each_behind(), "every page behind the second is backing off its 30 s"
        pages.close()  # the caller leaves
        assert _page_threads_end(5.0, before), "a page thread still sleeps out its back-off"
        assert server.asked_once_each(), f"and asks no more: {sorted(server.asked)}"


def test_a_page_waiting_for_its_paced_turn_when_the_caller_leaves_ends_at_once() -> None:
    """The opening's pages are paced over the first page's round trip, here 30 s on the listing's
    clock: a page still waiting for its turn when the caller leaves ends then, not at its turn."""
    import threading

    from scankit._session import Runtime

    now = [0.0]
    asked: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", 1))
        asked.append(page)
        if page == 1:
            now[0] += 30.0  # the round trip the opening is paced over
        return px_page(page, 10, 400)

    before = set(threading.enumerate())
    http = httpx.Client(transport=httpx.MockTransport(handler))
    with scankit.PackageX(api_key="sk-test", base_url="https://vendor.test", http_client=http) as px:
        px._runtime = Runtime(monotonic=lambda: now[0])  # real sleeps; a clock only the first page moves
        pages = px.scans.list(limit=10).pages()
        next(pages), next(pages)  # the opening's first two go at once, the rest wait their turns
        pages.close()
        assert _page_threads_end(5.0, before), "a page thread still waits for its paced turn"
        assert len(asked) < 10, f"the pages whose turn had not come were not asked for: {sorted(asked)}"


# -- whole listings against a simulated server, in virtual time --------------------------------


class Simulated:
    """A server in virtual time, with PackageX's pages (a total, so pages go in parallel).

    Each request waits `latency` (the network and the server's own wait, all at once), then takes
    `service` seconds of the server's one CPU, which renders one page at a time: pages queue there
    when they come faster than it renders them, as the sandbox on two cores does. With a `cap`, a
    request that finds `cap` requests in flight is refused with 429 after `refusal` seconds (a
    gateway's undocumented limit). It counts what is in flight and every status it sends."""

    def __init__(
        self,
        pages: int,
        *,
        per_page: int = 25,
        latency: float = 0.05,
        service: float = 0.002,
        cap: int | None = None,
        refusal: float = 0.002,
    ) -> None:
        self.per_page, self.total = per_page, pages * per_page
        self.latency, self.service, self.cap, self.refusal = latency, service, cap, refusal
        self.in_flight = self.most = 0
        self.statuses: list[int] = []
        self.cpu: asyncio.Lock | None = None
        self.reached: dict[int, float] = {}  # in flight -> the virtual time that many were first in flight
        self.refused_at: list[float] = []  # the virtual times refused requests came
        self.ends: list[int] = []  # len(statuses) as each listing ended
        self.most_by_listing: list[int] = []  # the most in flight during each listing

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        if self.cap is not None and self.in_flight >= self.cap:
            self.refused_at.append(asyncio.get_running_loop().time())
            await asyncio.sleep(self.refusal)
            self.statuses.append(429)
            return httpx.Response(429, json={"status": 429, "message": "too many", "data": None, "errors": []})
        self.in_flight += 1
        self.most = max(self.most, self.in_flight)
        self.reached.setdefault(self.in_flight, asyncio.get_running_loop().time())
        try:
            await asyncio.sleep(self.latency)
            self.cpu = self.cpu or asyncio.Lock()  # FIFO: the pages rendered in the order they came
            async with self.cpu:
                await asyncio.sleep(self.service)
            self.statuses.append(200)
            page = int(request.url.params.get("page", 1))
            return px_page(page, self.per_page, self.total)
        finally:
            self.in_flight -= 1

    @property
    def refused(self) -> int:
        return self.statuses.count(429)


def simulate(server: Simulated, **options: Any) -> float:
    """Seconds of virtual time to list every item of `server`, with the client's clock on the loop's."""
    (seconds,) = simulate_listings(server, 1, **options)
    return seconds


def simulate_listings(
    server: Simulated,
    times: int,
    *,
    pauses: dict[int, float] | None = None,
    caps: dict[int, int | None] | None = None,
    **options: Any,
) -> list[float]:
    """Seconds of virtual time for each of `times` listings of every item, one after the other, by
    one client; before listing `i` (from 0) it waits `pauses[i]` seconds, and the server's cap
    becomes `caps[i]`."""
    import looptime

    from scankit._session import Runtime

    loop = looptime.new_event_loop(start=0)

    async def listing() -> list[float]:
        runtime = Runtime(wall=loop.time, async_sleep=asyncio.sleep, rng=lambda: 0.5, monotonic=loop.time)
        http = httpx.AsyncClient(transport=httpx.MockTransport(server))
        async with scankit.AsyncPackageX(api_key="sk-test", base_url="https://vendor.test", http_client=http) as px:
            px._runtime = runtime
            client = px.with_options(**options) if options else px
            seconds = []
            for i in range(times):
                await asyncio.sleep((pauses or {}).get(i, 0.0))
                if caps and i in caps:
                    server.cap = caps[i]
                server.most = 0
                started = loop.time()
                ids = [scan.id async for scan in client.scans.list(limit=server.per_page)]
                assert ids == [f"scan_{i}" for i in range(server.total)], "every item, once, in order"
                seconds.append(loop.time() - started)
                server.ends.append(len(server.statuses))
                server.most_by_listing.append(server.most)
            return seconds

    try:
        return loop.run_until_complete(listing())
    finally:
        loop.close()


@pytest.mark.parametrize(("pages", "service"), [(100, 0.002), (400, 0.002), (400, 0.0005)])
def test_without_a_limit_it_grows_to_the_most_and_lists_near_the_floor(pages: int, service: float) -> None:
    """The floor: the same stack with 64 pages in flight from the first page on (bench/listing.py's)."""
    floor = simulate(Simulated(pages, service=service), page_concurrency=ADAPTIVE_BOUNDS[1])
    server = Simulated(pages, service=service)
    seconds = simulate(server)
    assert server.refused == 0
    assert server.most >= 48, f"it stopped growing at {server.most} in flight"
    assert seconds <= 1.2 * floor, f"{seconds:.3f} s against a floor of {floor:.3f} s"


@pytest.mark.parametrize(("pages", "service"), [(100, 0.002), (400, 0.002), (100, 0.0005), (400, 0.0005)])
def test_under_a_cap_of_sixteen_in_flight_it_settles_below_it_with_few_refusals(pages: int, service: float) -> None:
    """The floor: the same stack with 16 pages in flight, which the server never refuses."""
    floor = simulate(Simulated(pages, service=service, cap=16), page_concurrency=16)
    server = Simulated(pages, service=service, cap=16)
    seconds = simulate(server)
    assert 1 <= server.refused <= 0.02 * len(server.statuses), f"{server.refused} of {len(server.statuses)} refused"
    assert seconds <= 1.2 * floor, f"{seconds:.3f} s against a floor of {floor:.3f} s"


@pytest.mark.parametrize(("pages", "service"), [(100, 0.001), (400, 0.0005), (100, 0.0005)])
def test_on_a_flat_server_the_opening_has_32_pages_in_flight_one_round_trip_after_the_first_page(
    pages: int, service: float
) -> None:
    """The opening: 32 pages paced over the round trip the first page took, then slow start from
    there (48 two and a half round trips after the first page, where slow start from 8 took
    three and a half). A first listing of 100 pages from a server that renders a page in half a
    millisecond took 1.44x the floor from 8, 1.18x from the opening; the same client's next
    listing starts at the most in flight, and is at the floor."""
    floor = simulate(Simulated(pages, service=service), page_concurrency=ADAPTIVE_BOUNDS[1])
    server = Simulated(pages, service=service)
    seconds, again = simulate_listings(server, 2)
    first_page = server.latency + service
    assert server.reached[OPENING] <= first_page + server.latency, f"32 in flight at {server.reached[OPENING]:.3f} s"
    assert server.reached[48] <= first_page + 2.5 * server.latency, f"48 in flight at {server.reached[48]:.3f} s"
    assert server.refused == 0
    assert seconds <= 1.2 * floor, f"{seconds:.3f} s against a floor of {floor:.3f} s"
    assert again <= 1.05 * floor, f"again: {again:.3f} s against a floor of {floor:.3f} s"


@pytest.mark.parametrize(("pages", "service"), [(100, 0.002), (400, 0.002), (100, 0.0005), (400, 0.0005)])
def test_a_cap_of_sixteen_that_refuses_at_once_is_found_with_two_refusals_at_most(pages: int, service: float) -> None:
    floor = simulate(Simulated(pages, service=service, cap=16), page_concurrency=16)
    server = Simulated(pages, service=service, cap=16)
    seconds = simulate(server)
    assert 1 <= server.refused <= 2, server.statuses.count(429)
    assert server.most == 16
    assert seconds <= 1.2 * floor, f"{seconds:.3f} s against a floor of {floor:.3f} s"


def test_a_server_slow_to_refuse_is_crowded_once_and_not_again() -> None:
    """A refusal that takes 20 ms (a busy server's) is heard late: the pages the opening sent
    meanwhile (one each 50/32 ms) are refused too, in that one crowd — but not those whose paced
    turn comes after the cut. After it, none is. (Slow start from 8 lost 8 here; see
    `OPENING` for what the opening costs and gains.)"""
    floor = simulate(Simulated(400, service=0.0005, cap=16), page_concurrency=16)
    server = Simulated(400, service=0.0005, cap=16, refusal=0.02)
    seconds = simulate(server)
    assert 1 <= server.refused <= 1 + 0.02 // (server.latency / OPENING) + 1, f"{server.refused} refused"
    crowd = max(server.refused_at) - min(server.refused_at)
    assert crowd <= server.refusal + server.latency / 2, f"refusals over {crowd:.3f} s: not one crowd"
    assert seconds <= 1.1 * floor, f"{seconds:.3f} s against a floor of {floor:.3f} s"


@pytest.mark.parametrize("pages", [100, 400])
def test_a_cap_far_away_that_refuses_as_slowly_as_it_answers_gets_no_more_than_slow_start_gave(pages: int) -> None:
    """A cap behind a long network path refuses no sooner than it answers: what the opening sent
    beyond it is refused before the first refusal can be heard (16 of 32 under a cap of 16), and
    the opening's answers do not grow the window meanwhile, so no more goes. Slow start from 8
    lost 16 here too, in its third round; the opening's answers growing the window lost 28."""
    floor = simulate(Simulated(pages, cap=16, refusal=0.05), page_concurrency=16)
    server = Simulated(pages, cap=16, refusal=0.05)
    seconds = simulate(server)
    assert 1 <= server.refused <= 16, f"{server.refused} refused"
    assert seconds <= 1.1 * floor, f"{seconds:.3f} s against a floor of {floor:.3f} s"


def test_a_small_cap_far_away_costs_the_opening_but_the_list_completes() -> None:
    """Under a cap of 4 that refuses after 50 ms, 28 of the opening's 32 are refused (slow start
    from 8 lost 6: the price of the opening, see `OPENING`); their retries go a window's worth a
    round trip, so none is refused three times and every item comes (simulate checks each)."""
    server = Simulated(100, cap=4, refusal=0.05)
    simulate(server)
    assert server.refused <= OPENING - 4, f"{server.refused} refused"
    assert server.statuses[-len(server.statuses) // 2 :].count(429) == 0, "and none once it settled"


@pytest.mark.parametrize("cap", [1, 2, 3])
@pytest.mark.parametrize("refusal", [0.002, 0.05], ids=["at-once", "far-away"])
def test_under_a_cap_of_one_to_three_every_default_listing_completes(cap: int, refusal: float) -> None:
    """The window's own crowds are refused many times over under a cap this low: the opening sends
    32, and a refused page's retry goes out beside the window's pages. Those refusals are scankit's
    probing, not the server's verdict on the call, and do not count against `max_retries` (two by
    default): counted, a cap of 2 refusing at once and a cap of 1 far away ended the listing with
    RateLimitError, where a loop asking one page at a time finishes. (simulate checks every item.)"""
    floor = simulate(Simulated(100, cap=cap), page_concurrency=cap)
    server = Simulated(100, cap=cap, refusal=refusal)
    seconds = simulate(server)
    assert seconds <= 1.6 * floor, f"{seconds:.3f} s against a floor of {floor:.3f} s"


def test_the_log_says_which_retries_are_for_the_listing_s_own_crowding(caplog: pytest.LogCaptureFixture) -> None:
    import logging
    import re

    with caplog.at_level(logging.DEBUG, logger="scankit"):
        simulate(Simulated(100, cap=2))
    retries = [r.getMessage() for r in caplog.records if "429 from server" in r.getMessage()]
    assert retries and all("of them for the listing's own crowding" in m for m in retries), retries[:3]
    beyond = [m for m in retries if (n := re.search(r"retry (\d+) of", m)) and int(n[1]) > 2]
    assert beyond, "some page was refused more often than max_retries, and asked again"


class RefusesAfterTheFirst(Simulated):
    """A server that answers the first page and refuses every other: a quota used up mid-listing."""

    def __init__(self, pages: int) -> None:
        super().__init__(pages)
        self.asked: dict[int, int] = {}

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", 1))
        self.asked[page] = self.asked.get(page, 0) + 1
        if page == 1:
            return await super().__call__(request)
        await asyncio.sleep(self.latency)
        self.statuses.append(429)
        return httpx.Response(429, json={"status": 429, "message": "quota used up", "data": None, "errors": []})


class Overtaken(Simulated):
    """A cap of 16 where one request of the opening reaches the server `late` seconds after it was
    sent: the sending thread waited for the GIL, or the server read its connection last. Requests
    sent after it arrive first and fill the cap, so it is refused with fewer out than the cap as it
    went out, and its refusal is read after one that went out later."""

    def __init__(self, pages: int, *, which: int, late: float) -> None:
        super().__init__(pages, cap=16)
        self.which, self.late, self.sent = which, late, 0

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent += 1
        if self.sent == self.which:
            await asyncio.sleep(self.late)
        return await super().__call__(request)


def test_a_refusal_that_reached_the_server_late_does_not_set_the_ceiling_below_the_cap() -> None:
    """The 15th request (14 out as it went) arrives 10 ms late, after three sent behind it: the cap
    is full and it is refused, after the refusal of the 19th (18 out) has cut the window. Taken
    as the lower bound, it set the ceiling to 13, and the client listed at 13 for five minutes.
    A crowd's later refusals leave the ceiling where its first set it: if that is too high, the
    next refusal sets it again."""
    floor = simulate(Simulated(400, cap=16), page_concurrency=16)
    server = Overtaken(400, which=15, late=0.01)
    first, again = simulate_listings(server, 2)
    assert server.refused <= 4 and first <= 1.05 * floor, f"{server.refused} refused, {first:.3f} s"
    assert server.most_by_listing[1] == 16, f"listed again at {server.most_by_listing[1]} in flight"
    assert server.statuses[server.ends[0] :].count(429) == 0, "with no refusal"
    assert again <= 1.05 * floor, f"again: {again:.3f} s against a floor of {floor:.3f} s"


def test_a_server_that_refuses_every_page_still_ends_the_listing_with_a_rate_limit_error() -> None:
    """Refusals of a crowd are excused a bounded number of times a page (`excusable`): one refused
    alone counts as any call's, and no page is asked for more than 1 + max_retries + 6 times."""
    server = RefusesAfterTheFirst(100)
    with pytest.raises(scankit.RateLimitError, match="quota used up"):
        simulate(server)
    meter = AdaptiveConcurrency(time.monotonic)
    assert meter.excusable == 6, "the window doubles six times from one page to 64"
    assert 1 < max(server.asked.values()) <= 1 + 2 + meter.excusable, server.asked


def test_a_429_that_says_when_to_come_back_is_waited_for_as_it_says_in_an_adaptive_listing(clock: FakeClock) -> None:
    """Only a refusal that says nothing of when is asked again after a round trip: a Retry-After
    keeps its word, adaptive or not."""
    refused: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", 1))
        clock.now += 0.04
        if page == 3 and not refused:
            refused.append(page)
            body = {"status": 429, "message": "slow down", "data": None, "errors": []}
            return httpx.Response(429, json=body, headers={"Retry-After": "2"})
        return px_page(page, 10, 50)

    with make(scankit.PackageX, handler, clock) as px:
        assert len(list(px.scans.list(limit=10))) == 50
    assert [wait for wait in clock.sleeps if wait > 0.1] == [2.0], "the two seconds it asked for"


def test_the_simulation_is_exact_the_same_listing_takes_the_same_virtual_time() -> None:
    runs = {simulate(Simulated(100, cap=16)) for _ in range(2)}
    assert len(runs) == 1


def test_pages_waiting_for_their_paced_turn_are_not_sent_once_the_caller_has_left() -> None:
    import threading

    gate = threading.Event()
    lock = threading.Lock()
    asked: list[int] = []

    class GatedClock(FakeClock):
        """A paced wait (under a second) holds its thread until the test opens the gate."""

        def sleep(self, seconds: float) -> None:
            if seconds < 1.0:
                assert gate.wait(10), "the test never opened the gate"
            super().sleep(seconds)

    clock = GatedClock()

    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", 1))
        with lock:
            asked.append(page)
            clock.now += 0.05  # a round trip: so the pages that follow are paced
        return px_page(page, 10, 1000)

    with make(scankit.PackageX, handler, clock) as px:
        pages = px.scans.list(limit=10).pages()
        assert next(pages).items[0].id == "scan_0"
        assert next(pages).items[0].id == "scan_10", "the two pages that go at once (PACE_BURST)"
        pages.close()  # the caller leaves while the others wait for their turn
        before = len(asked)
        gate.set()
        for thread in threading.enumerate():
            if thread.name.startswith("scankit-page"):
                thread.join(10)
        assert len(asked) == before, f"pages {sorted(asked[before:])} were sent after the caller left"


# -- the next listing of the same list starts where the last one got to ------------------------


def test_the_next_listing_resumes_the_window_and_the_ceiling_but_not_slow_start() -> None:
    refused = answers(Concurrency(), 12).answered(FAST, 429, in_flight=17, busy=17, sent_epoch=0)
    climbed = answers(refused, 40)
    resumed = climbed.resumed()
    assert (resumed.window, resumed.ceiling, resumed.epoch) == (climbed.window, climbed.ceiling, 0)
    assert not resumed.growing, "below a ceiling: a page a round, not a doubling"
    assert answers(resumed, resumed.window).window <= resumed.window + 1
    grown = answers(Concurrency(), 40)
    assert grown.resumed().window == grown.window == 48, "no refusal: it starts where it got to"
    assert Concurrency(limit=2.0, ceiling=2.0, epoch=1).resumed().window == 2, "a server that takes 2 gets 2"


@pytest.mark.parametrize(("pages", "refusal"), [(100, 0.002), (100, 0.02), (400, 0.02)])
def test_a_client_that_found_a_cap_lists_again_with_no_refusal(pages: int, refusal: float) -> None:
    """The first listing pays for finding the cap (a refusal or a few, more when the server is slow
    to refuse); the same client's next listings of the list start below it and try no page above
    it while the ceiling is held (`CEILING_HELD`)."""
    floor = simulate(Simulated(pages, cap=16, refusal=refusal), page_concurrency=16)
    server = Simulated(pages, cap=16, refusal=refusal)
    first, *again = simulate_listings(server, 4)
    refused_first = server.statuses[: server.ends[0]].count(429)
    refused_again = server.statuses[server.ends[0] :].count(429)
    assert refused_first >= 1, "the first listing found the cap"
    assert refused_again == 0, f"{refused_again} refused in the next three listings ({refused_first} first)"
    assert max(again) <= 1.1 * floor, f"{again} s against a floor of {floor:.3f} s (first {first:.3f} s)"


def test_a_server_that_raised_its_cap_is_found_again_once_the_ceiling_is_released() -> None:
    """A ceiling is held for `CEILING_HELD` seconds from the refusal that set it, whichever listing
    the client makes meanwhile; after that the window grows past it a page a round, so a server
    that now takes 32 gets them, and one whose cap has not moved refuses one page or two."""
    server = Simulated(400, cap=16)
    pauses = {1: CEILING_HELD / 2, 2: CEILING_HELD / 2 + 1}  # before the second and the third listing
    raise_cap = {1: 32}  # before the second listing: the server takes 32 from then on
    simulate_listings(server, 3, pauses=pauses, caps=raise_cap)
    second = server.statuses[server.ends[0] : server.ends[1]]
    third = server.statuses[server.ends[1] :]
    assert second.count(429) == 0 and server.most_by_listing[1] == 16, "held: not above 16, though it may take more"
    assert third.count(429) == 0 and server.most_by_listing[2] >= 28, f"released: {server.most_by_listing[2]}"
    unmoved = Simulated(400, cap=16)
    simulate_listings(unmoved, 2, pauses={1: CEILING_HELD + 1})
    assert 1 <= unmoved.statuses[unmoved.ends[0] :].count(429) <= 2, "released under the same cap: one or two"


@pytest.mark.parametrize("pages", [100, 400])
def test_a_client_lists_again_at_the_width_it_reached(pages: int) -> None:
    floor = simulate(Simulated(pages), page_concurrency=ADAPTIVE_BOUNDS[1])
    server = Simulated(pages)
    first, again = simulate_listings(server, 2)
    assert server.refused == 0
    assert again <= min(first, 1.05 * floor), f"again {again:.3f} s, first {first:.3f} s, floor {floor:.3f} s"
