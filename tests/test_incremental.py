"""`list(since=…)` and the sync watermark (`scankit._incremental`): pure rules first, then every declared list.

The pure part runs on hand-made declarations and an injected clock; the second part takes each list
whose spec declares `x-scankit-incremental` (from the generated facades) against a sandbox, sync
and async: new items are found, the vendor's filter parameters are sent as the spec says, a
newest-first list stops early, and a naive datetime is refused before any request.
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Iterator
from typing import Any

import attrs
import httpx
import pytest
from incremental_support import Incremental, incremental_lists, make_new, newest

from scankit._call import encode
from scankit._incremental import (
    STATE_VERSION,
    StateError,
    SyncRun,
    SyncState,
    Window,
    aware,
    cursor_of,
    to_time,
)
from scankit._vendor import IncrementalFilter, IncrementalInfo
from scankit.sandbox import Sandbox

UTC = datetime.UTC
T0 = datetime.datetime(2025, 6, 1, 12, 0, 0, tzinfo=UTC)


def info(**changes: Any) -> IncrementalInfo:
    base = IncrementalInfo(
        cursor=(("updated",), ("created",)),
        names=("updated", "created"),
        format="date-time",
        granularity="second",
        id=("id",),
        lookback_seconds=300.0,
    )
    return attrs.evolve(base, **changes)


def flt(**changes: Any) -> IncrementalFilter:
    return attrs.evolve(IncrementalFilter(since_param="since_param", format="date-time", takes="str"), **changes)


@attrs.frozen
class Item:
    id: Any
    updated: Any = None
    created: Any = None


def at(seconds: float) -> datetime.datetime:
    return T0 + datetime.timedelta(seconds=seconds)


# -- times --------------------------------------------------------------------------------------


def test_a_naive_since_is_refused_and_an_aware_one_is_taken_in_utc() -> None:
    with pytest.raises(ValueError, match="must be timezone-aware"):
        aware(datetime.datetime(2025, 6, 1, 12, 0))
    with pytest.raises(TypeError, match="must be a datetime"):
        aware("2025-06-01T12:00:00Z")  # type: ignore[arg-type]
    berlin = datetime.datetime(2025, 6, 1, 14, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
    assert aware(berlin) == T0 and aware(berlin).tzinfo is UTC


@pytest.mark.parametrize(
    ("value", "fmt", "zone", "expected"),
    [
        (T0, "date-time", None, T0),
        ("2025-06-01T12:00:00Z", "date-time", None, T0),
        ("2025-06-01T14:00:00+02:00", "date-time", None, T0),
        ("2025-06-01 14:00:00", "date-time", "Europe/Berlin", T0),  # a zoneless stamp, in the declared zone
        ("2025-06-01T12:00:00", "date-time", None, T0),  # no zone declared: UTC
        (int(T0.timestamp()), "unix_seconds", None, T0),
        (str(int(T0.timestamp())), "unix_seconds", None, T0),
        (int(T0.timestamp()) * 1000, "unix_ms", None, T0),
        (datetime.date(2025, 6, 1), "date", None, T0.replace(hour=0)),
        ("not a time", "date-time", None, None),
        (None, "date-time", None, None),
        (True, "unix_seconds", None, None),
    ],
)
def test_an_items_time_is_read_as_the_spec_declares_it(value: Any, fmt: str, zone: str | None, expected: Any) -> None:
    assert to_time(value, fmt, zone) == expected


def test_the_cursor_falls_back_in_the_declared_order() -> None:
    declared = info()
    assert cursor_of(declared, Item(1, updated=at(5), created=at(1))) == at(5)
    assert cursor_of(declared, Item(1, updated=None, created=at(1))) == at(1)
    assert cursor_of(declared, Item(1, updated="garbage", created=at(1))) == at(1)
    assert cursor_of(declared, Item(1)) is None


# -- the vendor's filter ------------------------------------------------------------------------


def test_the_filter_is_sent_a_lookback_and_a_granule_early_in_the_declared_format_and_zone() -> None:
    declared = info(filter=flt(format="%Y-%m-%d %H:%M:%S", timezone="Europe/Berlin", params={"sort": "asc"}))
    query = Window.of(declared, at(0.7)).query({"page": 1})
    # 12:00:00.7 UTC - 300 s lookback, cut to the second, one second earlier (inclusiveness undocumented), in Berlin
    assert query == {"page": 1, "since_param": "2025-06-01 13:54:59", "sort": "asc"}


def test_a_documented_inclusive_bound_needs_no_extra_granule() -> None:
    declared = info(lookback_seconds=0.0, filter=flt(inclusive=True))
    assert Window.of(declared, at(0)).query({})["since_param"] == "2025-06-01T12:00:00Z"


@pytest.mark.parametrize(
    ("fmt", "takes", "expected"),
    [
        ("date-time", "str", "2025-06-01T11:54:59Z"),
        ("date-time", "datetime", datetime.datetime(2025, 6, 1, 11, 54, 59, tzinfo=UTC)),
        ("unix_seconds", "int", int(at(-301).timestamp())),
        ("unix_seconds", "str", str(int(at(-301).timestamp()))),
        ("unix_ms", "int", int(at(-301).timestamp()) * 1000),
        ("date", "str", "2025-06-01"),
        ("date", "date", datetime.date(2025, 6, 1)),
    ],
)
def test_each_bound_format(fmt: str, takes: str, expected: Any) -> None:
    declared = info(filter=flt(format=fmt, takes=takes))
    assert Window.of(declared, T0).query({})["since_param"] == expected


def test_a_day_granularity_moves_the_bound_to_the_day_before() -> None:
    declared = info(granularity="day", filter=flt(format="date"))
    assert Window.of(declared, T0).query({})["since_param"] == "2025-05-31"


def test_a_caller_who_sets_the_filter_otherwise_is_told_to_choose() -> None:
    declared = info(filter=flt(params={"sort": "modified_asc"}))
    window = Window.of(declared, T0)
    with pytest.raises(ValueError, match="since= sends since_param itself"):
        window.query({"since_param": "2020-01-01"})
    with pytest.raises(ValueError, match="with sort=modified_asc, not name_desc"):
        window.query({"sort": "name_desc"})

    class Sort:  # an enum member with the same value is the same request
        value = "modified_asc"

    assert window.query({"sort": Sort()})["sort"] == "modified_asc"


def test_a_list_without_a_filter_is_asked_as_it_is() -> None:
    assert Window.of(info(), T0).query({"page": 2}) == {"page": 2}


# -- which items a page keeps -------------------------------------------------------------------


def test_items_at_or_after_since_are_kept_as_are_items_without_a_time() -> None:
    page = [Item(1, updated=at(-1)), Item(2, updated=at(0.4)), Item(3, updated=at(9)), Item(4), Item(5, created=at(2))]
    kept, stop = Window.of(info(), at(0.6)).select(page)
    # 12:00:00.4 is in the same second as since (the vendor's granularity): kept, at least once
    assert [i.id for i in kept] == [2, 3, 4, 5] and not stop


def test_a_newest_first_list_stops_at_the_first_item_older_than_the_lookback() -> None:
    page = [Item(1, updated=at(10)), Item(2, updated=at(-100)), Item(3, updated=at(-400)), Item(4, updated=at(50))]
    kept, stop = Window.of(info(order="desc"), T0).select(page)
    assert [i.id for i in kept] == [1] and stop
    kept, stop = Window.of(info(order="asc"), T0).select(page)  # any other order: read on
    assert [i.id for i in kept] == [1, 4] and not stop


# -- the sync watermark, with an injected clock -------------------------------------------------


class Clock:
    def __init__(self, now: datetime.datetime) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now.timestamp()


def state(**changes: Any) -> SyncState:
    return attrs.evolve(SyncState(vendor="v", operation="scans.list"), **changes)


def test_the_first_run_gives_everything_and_keeps_the_newest_cursor_and_the_ids_within_the_lookback() -> None:
    run = SyncRun(info(), state(), now=Clock(at(3600)))
    assert run.since is None
    items = [Item("a", updated=at(-1000)), Item("b", updated=at(-200)), Item("c", updated=at(0))]
    assert [run.admit(i) for i in items] == [True, True, True]
    after = run.finish()
    assert after.watermark == at(0)
    assert set(after.seen) == {"b", "c"}  # "a" is older than the watermark minus the lookback: never read again


def test_the_next_run_reads_from_the_watermark_minus_the_lookback_and_gives_only_what_is_new_or_changed() -> None:
    before = state(watermark=at(0), seen={"b": at(-200), "c": at(0)})
    run = SyncRun(info(), before, now=Clock(at(3600)))
    assert run.since == at(-300)
    read = [
        Item("b", updated=at(-200)),  # given before, same cursor
        Item("c", updated=at(60)),  # given before, changed since
        Item("late", updated=at(-30)),  # written late: older than the watermark, inside the lookback
        Item("d", updated=at(120)),  # new
    ]
    assert [run.admit(i) for i in read] == [False, True, True, True]
    assert run.given == 3
    after = run.finish()
    assert after.watermark == at(120)
    assert after.seen == {"c": at(60), "late": at(-30), "d": at(120)}


def test_the_first_run_may_start_at_since() -> None:
    run = SyncRun(info(), state(), now=Clock(at(0)), first_since=at(-50))
    assert run.since == at(-50)
    with pytest.raises(ValueError, match="timezone-aware"):
        SyncRun(info(), state(), now=Clock(at(0)), first_since=datetime.datetime(2025, 6, 1))


def test_the_watermark_never_passes_the_clock_nor_moves_back() -> None:
    run = SyncRun(info(), state(watermark=at(0)), now=Clock(at(100)))
    assert run.admit(Item("future", updated=at(5000)))  # a vendor clock ahead of ours
    after = run.finish()
    assert after.watermark == at(100)
    again = SyncRun(info(), after, now=Clock(at(200)))
    assert not again.admit(Item("future", updated=at(5000)))  # read again (it is past the watermark), not given
    assert again.finish().watermark == at(200)
    behind = SyncRun(info(), state(watermark=at(500)), now=Clock(at(0)))  # our clock went back
    behind.admit(Item("x", updated=at(400)))
    assert behind.finish().watermark == at(500)


def test_items_without_an_id_or_a_time() -> None:
    run = SyncRun(info(id=("missing",)), state(), now=Clock(at(0)))
    assert run.admit(Item("a", updated=at(0))) and run.admit(Item("a", updated=at(0)))  # no id: every time
    timeless = SyncRun(info(), state(watermark=at(0)), now=Clock(at(0)))
    assert timeless.admit(Item("t")) and not timeless.admit(Item("t"))
    after = timeless.finish()
    assert after.seen == {"t": None} and after.watermark == at(0)  # remembered, whatever the watermark
    assert not SyncRun(info(), after, now=Clock(at(0))).admit(Item("t"))


def test_no_item_is_ever_lost_across_runs_that_crash_with_late_writes_and_changes() -> None:
    """A simulation: items written (late, within the lookback) and changed between runs; some runs die
    before saving. Every (id, version) is given at least once, and a saved run never repeats one."""
    rng = random.Random(20)
    declared = info(lookback_seconds=120.0)
    clock = Clock(T0)
    store: dict[str, datetime.datetime] = {}
    saved = state()
    given: dict[tuple[str, datetime.datetime], int] = {}
    for step in range(200):
        clock.now += datetime.timedelta(seconds=rng.randrange(1, 90))
        for _ in range(rng.randrange(0, 4)):  # new items, some stamped up to 100 s in the past
            store[f"i{len(store)}"] = clock.now - datetime.timedelta(seconds=rng.randrange(0, 100))
        if store and rng.random() < 0.3:  # a change moves an item's cursor to now
            store[rng.choice(sorted(store))] = clock.now
        run = SyncRun(declared, saved, now=clock)
        window = Window.of(declared, run.since) if run.since is not None else None
        items = [Item(k, updated=v) for k, v in store.items()]
        if window is not None:
            items, _ = window.select(items)
        delivered = [(i.id, i.updated) for i in items if run.admit(i)]
        if rng.random() < 0.2 and step < 199:
            continue  # killed before saving: these deliveries count, the state does not move
        for key in delivered:
            given[key] = given.get(key, 0) + 1
        saved = run.finish()
    assert set(store.items()) <= set(given)
    assert max(given.values()) == 1


def test_the_state_survives_json_and_refuses_what_it_cannot_read() -> None:
    kept = state(watermark=at(0.5), seen={"a": at(0), "b": None}, scope={"base_url": "http://x"})
    data = kept.to_json()
    assert data["version"] == STATE_VERSION and data["watermark"] == "2025-06-01T12:00:00.500000Z"
    assert SyncState.from_json(data) == kept
    for broken, message in [
        ([], "not a JSON object"),
        ({**data, "version": 99}, "version is 99"),
        ({k: v for k, v in data.items() if k != "vendor"}, "vendor"),
        ({**data, "watermark": "2025-06-01T12:00:00"}, "timezone-aware"),
        ({**data, "seen": ["a"]}, "must be objects"),
    ]:
        with pytest.raises(StateError, match=message):
            SyncState.from_json(broken)


# -- every list that declares incremental reads, against a sandbox ------------------------------

CASES = incremental_lists()


def test_the_specs_declare_incremental_reads_somewhere() -> None:
    assert CASES, "no list declares x-scankit-incremental: these tests would test nothing"


@pytest.fixture(params=CASES, ids=[c.test_id for c in CASES])
def case(request: pytest.FixtureRequest) -> Incremental:
    return request.param  # type: ignore[no-any-return]


@pytest.fixture
def sandbox(case: Incremental) -> Iterator[Sandbox]:
    with Sandbox(vendors=[case.slug], rate_limits=False) as running:
        yield running


class Requests:
    def __init__(self) -> None:
        self.urls: list[httpx.URL] = []

    def __call__(self, request: httpx.Request) -> None:
        self.urls.append(request.url)

    async def record(self, request: httpx.Request) -> None:
        self.urls.append(request.url)


def test_since_finds_the_new_items_and_sends_the_declared_filter(case: Incremental, sandbox: Sandbox) -> None:
    sent = Requests()
    http = httpx.Client(event_hooks={"request": [sent]})
    with sandbox.client(case.slug, http_client=http) as client:
        args = case.args(client)
        everything = list(case.list_method(client)(*args))
        last = newest(case, everything)
        new = make_new(sandbox, case, 2, after=last)
        since = last + datetime.timedelta(seconds=1)
        sent.urls.clear()
        found = list(case.list_method(client)(*args, since=since))
    http.close()
    assert {str(i.id) for i in found} >= set(new) and len(new) == 2
    assert all((cursor_of(case.info, i) or since) >= since for i in found)
    if case.info.filter is not None:
        ids = dict(zip(case.endpoint.path_params, args, strict=True))
        plain, asked = ({**ids, **extra} for extra in ({}, Window.of(case.info, since).query({})))
        params = [
            case.endpoint.build(**encode(case.module.VENDOR, case.endpoint, a, {}))["params"] for a in (plain, asked)
        ]
        expected = {
            k: v for k, v in params[1].items() if params[0].get(k) != v
        }  # what since= adds, as the spec names it
        assert expected and all(sent.urls[0].params.get(k) == str(v) for k, v in expected.items())
    else:
        assert len(found) < len(everything)  # read in full, filtered here


async def test_since_works_on_the_async_client_too(case: Incremental, sandbox: Sandbox) -> None:
    with sandbox.client(case.slug) as client:
        args = case.args(client)
        last = newest(case, list(case.list_method(client)(*args)))
    new = make_new(sandbox, case, 2, after=last)
    async with sandbox.async_client(case.slug) as client:
        found = [str(i.id) async for i in case.list_method(client)(*args, since=last + datetime.timedelta(seconds=1))]
        with pytest.raises(ValueError, match="timezone-aware"):
            case.list_method(client)(*args, since=datetime.datetime(2025, 6, 1))
    assert set(found) >= set(new)


def test_a_naive_since_is_refused_before_any_request(case: Incremental, sandbox: Sandbox) -> None:
    sent = Requests()
    http = httpx.Client(event_hooks={"request": [sent]})
    with sandbox.client(case.slug, http_client=http) as client, pytest.raises(ValueError, match="timezone-aware"):
        case.list_method(client)(*([1] * len(case.endpoint.path_params)), since=datetime.datetime(2025, 6, 1))
    http.close()
    assert sent.urls == []


NEWEST_FIRST = [c for c in CASES if c.info.order == "desc"]  # the lists declared newest first


@pytest.mark.parametrize("case", NEWEST_FIRST, ids=[c.test_id for c in NEWEST_FIRST], indirect=True)
def test_a_newest_first_list_stops_reading_at_the_lookback(case: Incremental, sandbox: Sandbox) -> None:
    sent = Requests()
    http = httpx.Client(event_hooks={"request": [sent]})
    with sandbox.client(case.slug, http_client=http) as client:
        args = case.args(client)
        pages = list(case.list_method(client)(*args).pages())
        last = newest(case, [i for p in pages for i in p.items])
        sent.urls.clear()
        found = list(case.list_method(client)(*args, since=last))
    http.close()
    assert len(pages) > 1 and found
    assert len(sent.urls) == 1  # the first page already reaches past since minus the lookback
