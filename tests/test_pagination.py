"""Pagination: every stop rule, loop detection, limits, resumption, prefetch and concurrency, sync and async.

Driven through the real vendor facades (so the spec's x-scankit-pagination is what is tested) with
httpx.MockTransport standing in for the vendors.
"""

from __future__ import annotations

import threading
from typing import Any

import attrs
import httpx
import pytest
from helpers import FakeClock, make

import scankit
from scankit._pagination import plan_next
from scankit._vendor import OperationInfo, PaginationInfo

# -- fake vendors ---------------------------------------------------------------------------


def hs_scan(i: int) -> dict[str, Any]:
    return {"id": f"scan-{i}", "type": "NMAP", "state": "SUCCEEDED", "progress": 100}


class CursorServer:
    """HostedScan-like: `page_token` -> `next_page_token`."""

    def __init__(self, pages: int, per_page: int = 3, last_token: Any = None) -> None:
        self.pages, self.per_page, self.last_token = pages, per_page, last_token
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        token = request.url.params.get("page_token")
        index = int(token[1:]) if token else 0
        items = [hs_scan(index * self.per_page + j) for j in range(self.per_page)]
        body: dict[str, Any] = {"data": items}
        if index + 1 < self.pages:
            body["next_page_token"] = f"p{index + 1}"
        elif self.last_token != "omit":
            body["next_page_token"] = self.last_token
        return httpx.Response(200, json=body)


def px_scan(i: int) -> dict[str, Any]:
    return {"object": "scan", "id": f"scan_{i}", "created_at": 1700000000 + i}


class HasMoreServer:
    """PackageX-like: `page` + `limit`, body `pagination.has_more`."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        page = int(request.url.params.get("page", 1))
        limit = int(request.url.params.get("limit", 25))
        start = (page - 1) * limit
        items = [px_scan(i) for i in range(start, min(start + limit, self.total))]
        body = {
            "status": 200,
            "message": "ok",
            "data": items,
            "errors": [],
            "pagination": {
                "page": page,
                "limit": limit,
                "has_more": start + limit < self.total,
                "total_count": self.total,
            },
        }
        return httpx.Response(200, json=body)


def pe_scan(i: int) -> dict[str, Any]:
    return {
        "id": f"0194d6a9-95b7-72dc-87fc-{i:012x}",
        "type": "scan",
        "attributes": {
            "scanType": "nfc",
            "scanValue": "v",
            "validationType": "internalValidation",
            "status": "successful",
            "statusDetail": None,
            "scannedAt": "2025-01-13T13:05:00Z",
        },
        "relationships": {"reader": {"data": {"id": "south-gate-1", "type": "reader"}}},
    }


class TotalPagesServer:
    """PassEntry-like: `page` + `perPage`, `meta.totalPages`, `links.next`."""

    def __init__(self, total: int, per_page: int = 10, *, links: bool = True, echo_page: int | None = None) -> None:
        self.total, self.per_page, self.links, self.echo_page = total, per_page, links, echo_page
        self.requests: list[httpx.Request] = []
        self.lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.requests.append(request)
        page = int(request.url.params.get("page", 1))
        per = int(request.url.params.get("perPage", self.per_page))
        pages = -(-self.total // per)
        start = (page - 1) * per
        body: dict[str, Any] = {
            "data": [pe_scan(i) for i in range(start, min(start + per, self.total))],
            "included": [],
            "meta": {"currentPage": self.echo_page or page, "totalPages": pages, "totalCount": self.total},
        }
        if self.links:
            body["links"] = {
                "first": None,
                "prev": None,
                "next": f"/api/v1/scans?page={page + 1}" if page < pages else None,
                "last": None,
            }
        return httpx.Response(200, json=body, headers={"x-rate-limit-limit": "10", "x-rate-limit-remaining": "9"})


# -- the pure rules ---------------------------------------------------------------------------

OP = OperationInfo(name="scans.list", operation_id="listScans", method="GET", path="/scans")


class Obj:
    def __init__(self, **kw: Any) -> None:
        self.__dict__.update(kw)


def test_plan_next_cursor_rules() -> None:
    info = PaginationInfo(style="cursor", items=("data",), cursor_param="page_token", next_cursor=("next",))
    assert plan_next(info, OP, "V", Obj(data=[1], next="b"), "a").next == "b"
    for last in (None, ""):
        assert plan_next(info, OP, "V", Obj(data=[1], next=last), "a").next is None
    assert plan_next(info, OP, "V", Obj(data=[], next="b"), "a").next == "b", "an empty page that says more goes on"
    assert plan_next(info, OP, "V", Obj(data=[], next=None), "a").next is None
    with pytest.raises(scankit.PaginationError, match="cursor 'a'"):
        plan_next(info, OP, "V", Obj(data=[1], next="a"), "a")


def test_plan_next_page_number_rules() -> None:
    info = PaginationInfo(
        style="page_number",
        items=("data",),
        page_param="page",
        has_more=("meta", "more"),
        current_page=("meta", "page"),
        total_pages=("meta", "pages"),
        next_link=("links", "next"),
    )

    def page(**meta: Any) -> Obj:
        links = meta.pop("links", Obj(next="x"))
        return Obj(data=[1], meta=Obj(**{"more": None, "page": None, "pages": None, **meta}), links=links)

    assert plan_next(info, OP, "V", page(), None).next == 2
    assert plan_next(info, OP, "V", page(more=False), None).next is None
    assert plan_next(info, OP, "V", page(pages=3, page=3), 3).next is None
    assert plan_next(info, OP, "V", page(pages=3, page=2), 2).next == 3
    assert plan_next(info, OP, "V", page(links=Obj(next=None)), 1).next is None
    assert plan_next(info, OP, "V", page(links=None), 1).next == 2, "no links object at all: not a stop signal"
    empty = Obj(data=[], meta=Obj(more=None, page=None, pages=None), links=None)
    assert plan_next(info, OP, "V", empty, 2).next is None, "an empty page that says nothing ends the list"
    for says_more in (Obj(more=True, page=None, pages=None), Obj(more=None, page=None, pages=4)):
        assert plan_next(info, OP, "V", Obj(data=[], meta=says_more, links=None), 2).next == 3
    assert plan_next(info, OP, "V", Obj(data=[], meta=empty.meta, links=Obj(next="/p3")), 2).next == 3
    with pytest.raises(scankit.PaginationError, match="asked for page 2, the server sent page 1"):
        plan_next(info, OP, "V", page(page=1), 2)
    with pytest.raises(scankit.PaginationError, match="not a list"):
        plan_next(info, OP, "V", Obj(data="nope"), None)


# -- cursor lists (HostedScan) ---------------------------------------------------------------


@pytest.mark.parametrize("last_token", [None, "", "omit"])
def test_cursor_iterates_every_page_and_stops(clock: FakeClock, last_token: Any) -> None:
    server = CursorServer(pages=4, last_token=last_token)
    hs = make(scankit.HostedScan, server, clock)
    ids = [s.id for s in hs.scans.list()]
    assert ids == [f"scan-{i}" for i in range(12)]
    assert [r.url.params.get("page_token") for r in server.requests] == [None, "p1", "p2", "p3"]


def test_original_query_parameters_are_kept_on_every_page(clock: FakeClock) -> None:
    server = CursorServer(pages=3)
    hs = make(scankit.HostedScan, server, clock)
    list(hs.scans.list(filters={"state": ["RUNNING"], "type": ["OPENVAS"]}))
    assert len(server.requests) == 3
    for request in server.requests:
        assert request.url.params["filters"] == '{"state":["RUNNING"],"type":["OPENVAS"]}'


def test_repeated_cursor_raises_instead_of_looping(clock: FakeClock) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        token = request.url.params.get("page_token")
        # a broken server alternating between two cursors
        nxt = "B" if token in (None, "A") else "A"
        return httpx.Response(200, json={"data": [hs_scan(1)], "next_page_token": nxt})

    hs = make(scankit.HostedScan, handler, clock)
    with pytest.raises(scankit.PaginationError) as info:
        list(hs.scans.list())
    assert "HostedScan scans.list" in str(info.value)
    assert "would loop" in str(info.value)


def test_max_items_and_max_pages(clock: FakeClock) -> None:
    server = CursorServer(pages=10)
    hs = make(scankit.HostedScan, server, clock)
    assert len(list(hs.scans.list(max_items=7))) == 7
    assert len(server.requests) == 3, "no page is fetched beyond what max_items needs"
    server.requests.clear()
    assert len(list(hs.scans.list(max_pages=2))) == 6
    assert len(server.requests) == 2
    server.requests.clear()
    assert list(hs.scans.list(max_items=0)) == []
    assert server.requests == []


def test_resume_from_a_saved_cursor(clock: FakeClock) -> None:
    server = CursorServer(pages=4)
    hs = make(scankit.HostedScan, server, clock)
    pages = hs.scans.list().pages()
    first = next(pages)
    pages.close()
    assert first.next == "p1"
    rest = [s.id for s in hs.scans.list(page_token=first.next)]
    assert rest == [f"scan-{i}" for i in range(3, 12)]


def test_first_page_gives_items_raw_page_and_next(clock: FakeClock) -> None:
    from scankit_hostedscan.models import ScanList

    hs = make(scankit.HostedScan, CursorServer(pages=2), clock)
    page = hs.scans.list().first_page()
    assert [s.id for s in page.items] == ["scan-0", "scan-1", "scan-2"]
    assert isinstance(page.raw, ScanList)
    assert page.has_next_page
    assert page.next == "p1"


def test_empty_first_page(clock: FakeClock) -> None:
    hs = make(scankit.HostedScan, lambda r: httpx.Response(200, json={"data": []}), clock)
    assert list(hs.scans.list()) == []
    forever = make(scankit.HostedScan, lambda r: httpx.Response(200, json={"data": [], "next_page_token": "x"}), clock)
    with pytest.raises(scankit.PaginationError, match="would loop"):
        list(forever.scans.list())


# -- has_more lists (PackageX) ---------------------------------------------------------------


def test_has_more_false_ends_the_list(clock: FakeClock) -> None:
    server = HasMoreServer(total=60)
    px = make(scankit.PackageX, server, clock)
    scans = list(px.scans.list(location="loc_1"))
    assert [s.id for s in scans] == [f"scan_{i}" for i in range(60)]
    assert [int(r.url.params["page"]) for r in server.requests] == [1, 2, 3]
    assert all(r.url.params["location"] == "loc_1" for r in server.requests)


def test_resume_from_a_page_number(clock: FakeClock) -> None:
    server = HasMoreServer(total=60)
    px = make(scankit.PackageX, server, clock)
    assert [s.id for s in px.scans.list(page=3)] == [f"scan_{i}" for i in range(50, 60)]


class ClaimedTotalServer(HasMoreServer):
    """PackageX-like, but total_count may disagree with the items really there."""

    def __init__(self, total: int, claimed: int) -> None:
        super().__init__(total)
        self.claimed = claimed

    def __call__(self, request: httpx.Request) -> httpx.Response:
        body = super().__call__(request).json()
        body["pagination"]["total_count"] = self.claimed
        return httpx.Response(200, json=body)


@pytest.mark.parametrize(
    ("total", "claimed", "max_pages", "expected", "pages"),
    [
        (57, 57, None, 57, [1, 2, 3]),
        (80, 50, None, 80, [1, 2, 3, 4]),
        (57, 57, 2, 50, [1, 2]),
        (80, 50, 3, 75, [1, 2, 3]),
    ],
)
def test_total_items_gives_the_page_count_and_never_stops_short(
    clock: FakeClock, total: int, claimed: int, max_pages: int | None, expected: int, pages: list[int]
) -> None:
    server = ClaimedTotalServer(total, claimed)
    px = make(scankit.PackageX, server, clock)
    assert [s.id for s in px.scans.list(max_pages=max_pages)] == [f"scan_{i}" for i in range(expected)]
    assert sorted(int(r.url.params["page"]) for r in server.requests) == pages


async def test_async_total_items_never_stops_short(clock: FakeClock) -> None:
    server = ClaimedTotalServer(80, 50)
    async with make(scankit.AsyncPackageX, server, clock) as px:
        assert len([s async for s in px.scans.list()]) == 80


# -- total-pages lists (PassEntry): concurrent fetching -----------------------------------------


def test_known_total_fetches_pages_concurrently_in_order(clock: FakeClock) -> None:
    server = TotalPagesServer(total=95)
    pe = make(scankit.PassEntry, server, clock)
    scans = list(pe.scans.list(per_page=10))
    assert len(scans) == 95
    assert [str(s.id) for s in scans] == [pe_scan(i)["id"] for i in range(95)], "items come out in page order"
    assert sorted(int(r.url.params["page"]) for r in server.requests[1:]) == list(range(2, 11))


def test_concurrency_is_bounded_and_one_when_asked(clock: FakeClock) -> None:
    server = TotalPagesServer(total=50)
    pe = make(scankit.PassEntry, server, clock).with_options(page_concurrency=1)
    assert len(list(pe.scans.list(per_page=10))) == 50
    assert [int(r.url.params.get("page", 1)) for r in server.requests] == [1, 2, 3, 4, 5]


def test_server_that_ignores_the_page_parameter_is_caught(clock: FakeClock) -> None:
    pe = make(scankit.PassEntry, TotalPagesServer(total=50, echo_page=1), clock)
    with pytest.raises(scankit.PaginationError, match="asked for page 2"):
        list(pe.scans.list(per_page=10))


def test_max_pages_with_known_total(clock: FakeClock) -> None:
    server = TotalPagesServer(total=100)
    pe = make(scankit.PassEntry, server, clock)
    assert len(list(pe.scans.list(per_page=10, max_pages=3))) == 30
    assert len(server.requests) == 3


# -- async ------------------------------------------------------------------------------------


async def test_async_cursor_and_first_page(clock: FakeClock) -> None:
    server = CursorServer(pages=3)
    async with make(scankit.AsyncHostedScan, server, clock) as hs:
        ids = [s.id async for s in hs.scans.list(filters={"state": ["RUNNING"]})]
        assert ids == [f"scan-{i}" for i in range(9)]
        assert all("filters" in r.url.params for r in server.requests)
        page = await hs.scans.list().first_page()
        assert page.next == "p1"


async def test_async_concurrent_pages_and_limits(clock: FakeClock) -> None:
    server = TotalPagesServer(total=95)
    async with make(scankit.AsyncPassEntry, server, clock) as pe:
        scans = [s async for s in pe.scans.list(per_page=10)]
        assert [str(s.id) for s in scans] == [pe_scan(i)["id"] for i in range(95)]
        assert len([s async for s in pe.scans.list(per_page=10, max_items=15)]) == 15


async def test_async_loop_detection(clock: FakeClock) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"data": [hs_scan(1)], "next_page_token": "same"})

    async with make(scankit.AsyncHostedScan, handler, clock) as hs:
        with pytest.raises(scankit.PaginationError):
            [s async for s in hs.scans.list()]


# -- gaps and lying counts in page-number lists -----------------------------------------------


class GappyServer(TotalPagesServer):
    """PassEntry-like; page `gap` comes back empty (envelope unchanged) the first `empty` times."""

    def __init__(self, total: int, gap: int, empty: int, **kw: Any) -> None:
        super().__init__(total, **kw)
        self.gap, self.empty, self.asked = gap, empty, 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        body = super().__call__(request).json()
        if int(request.url.params.get("page", 1)) == self.gap:
            with self.lock:
                self.asked += 1
                if self.asked <= self.empty:
                    body["data"] = []
        return httpx.Response(200, json=body)


@pytest.mark.parametrize("max_retries", [0, 1, 3])
def test_a_gap_is_asked_again_within_max_retries(max_retries: int, clock: FakeClock) -> None:
    server = GappyServer(total=30, gap=2, empty=max_retries)
    pe = make(scankit.PassEntry, server, clock, max_retries=max_retries)
    assert len(list(pe.scans.list(per_page=10))) == 30
    assert server.asked == max_retries + 1

    server = GappyServer(total=30, gap=2, empty=max_retries + 1)
    pe = make(scankit.PassEntry, server, clock, max_retries=max_retries)
    seen: list[str] = []
    with pytest.raises(scankit.PaginationError, match="page 2 came back empty"):
        seen.extend(str(s.id) for s in pe.scans.list(per_page=10))
    assert seen == [pe_scan(i)["id"] for i in range(10)], "the items before the gap, none after it"


def test_an_empty_first_page_that_says_more_is_a_gap_too(clock: FakeClock) -> None:
    server = GappyServer(total=30, gap=1, empty=99)
    pe = make(scankit.PassEntry, server, clock)
    with pytest.raises(scankit.PaginationError, match=r"page 1 came back empty \(3 times\)"):
        pe.scans.list(per_page=10).first_page()
    with pytest.raises(scankit.PaginationError, match="page 1 came back empty"):
        list(pe.scans.list(per_page=10))


async def test_async_gap_raises_before_any_later_item(clock: FakeClock) -> None:
    server = GappyServer(total=50, gap=3, empty=99)
    seen: list[str] = []

    async def collect(pe: Any) -> None:
        async for scan in pe.scans.list(per_page=10):
            seen.append(str(scan.id))

    async with make(scankit.AsyncPassEntry, server, clock) as pe:
        with pytest.raises(scankit.PaginationError, match="page 3 came back empty"):
            await collect(pe)
    assert seen == [pe_scan(i)["id"] for i in range(20)]


def test_the_pages_to_fetch_are_planned_lazily() -> None:
    """A count of 2**62 pages is a range to draw from, not a list: what is in flight is all it costs."""
    from scankit._pagination import Page, SyncPaginator
    from scankit.vendors.passentry import _SCANS_LIST

    paginator: SyncPaginator[Any] = SyncPaginator(
        lambda args, left: None,
        _SCANS_LIST,
        {},
        object,
        vendor="PassEntry",
        max_items=None,
        max_pages=None,
        concurrency=8,
    )
    first: Page[Any] = Page([1], None, None, 2, total_pages=2**62)
    planned = paginator._parallel_pages(first)
    assert isinstance(planned, range) and planned[0] == 2 and planned[-1] == 2**62


# -- the styles of the vocabulary, pure (the patterns vendor lists them end to end) -------------


def answer(url: str = "https://api.example.com/v1/things", **headers: str) -> httpx.Response:
    """A page's HTTP response: what the header styles read, and the URL relative links resolve against."""
    return httpx.Response(200, headers=headers, request=httpx.Request("GET", url))


def test_dig_follows_list_steps() -> None:
    from scankit._pagination import dig

    job = Obj(tasks=[Obj(status="done"), Obj(status=None), Obj(status="failed")], meta={"page": 2})
    assert dig(job, ("tasks", "[]", "status")) == ["done", None, "failed"]
    assert dig(job, ("tasks", "[-1]", "status")) == "failed"
    assert dig(job, ("tasks", "[0]", "status")) == "done"
    assert dig(job, ("tasks", "[3]", "status")) is None, "an index out of range reads as absent"
    assert dig(job, ("meta", "page")) == 2, "a mapping's keys are steps too"
    assert dig([1, 2], ()) == [1, 2], "`.`: the body itself"


def test_dig_reads_a_real_page_model_and_whatever_stands_in_its_way() -> None:
    """An attribute path is read in one go through a generated page; a dict, a None, an UNSET, a
    falsy value or a key with a dot on the way answers as the step-by-step walk does."""
    from scankit._pagination import _walk, dig
    from scankit_advalidation.models import CampaignList
    from scankit_advalidation.types import UNSET

    page = CampaignList.from_dict(
        {"data": [], "meta": {"pagination": {"count": 0, "totalCount": 7, "page": 1, "totalPages": 1}}}
    )
    total = ("meta", "pagination", "total_count")
    assert dig(page, total) == 7
    assert dig(CampaignList.from_dict({"data": []}), total) is None, "no meta: absent, not an error"
    cases: list[tuple[Any, tuple[str, ...]]] = [
        (page, total),
        (page, ("meta", "pagination", "nope")),
        ({"meta": {"pagination": {"total_count": 3}}}, total),  # a dict page: its keys
        (Obj(meta={"pagination": Obj(total_count=4)}), total),  # a dict between attributes
        (Obj(meta=None), total),
        (Obj(meta=UNSET), total),
        (Obj(meta=Obj(pagination=UNSET)), total),
        (Obj(meta=0), total),
        (Obj(meta=Obj(pagination=Obj(total_count=0))), total),  # a falsy value is a value
        (Obj(meta=Obj(pagination=Obj(total_count=UNSET))), total),
        ({"meta.total": 5}, ("meta.total",)),  # a key with a dot is one step
        (Obj(items=[Obj(id=1)]), ("items", "[0]", "id")),
    ]
    for obj, path in cases:
        assert dig(obj, path) == _walk(obj, path), (obj, path)
    assert dig({"meta.total": 5}, ("meta.total",)) == 5
    assert dig(Obj(meta=Obj(pagination=Obj(total_count=0))), total) == 0


def test_plan_next_offset_grows_by_the_items_received() -> None:
    info = PaginationInfo(style="offset", items=("results",), offset_param="offset", total_items=("total",))
    assert plan_next(info, OP, "V", Obj(results=[1, 2, 3], total=10), None).next == 3
    assert plan_next(info, OP, "V", Obj(results=[1, 2], total=10), 3).next == 5, "a capped page loses nothing"
    assert plan_next(info, OP, "V", Obj(results=[1, 2, 3], total=10), 7).next is None, "7 + 3 reaches the total"
    assert plan_next(info, OP, "V", Obj(results=[], total=None), 9).next is None, "an empty page that says nothing"
    assert plan_next(info, OP, "V", Obj(results=[], total=10), 5).next == 5, "empty but short of the total: a gap"
    short = attrs.evolve(info, size_param="limit", total_items=None, stop=("short_page", "empty_page"))
    assert plan_next(short, OP, "V", Obj(results=[1, 2, 3]), 0, size=3).next == 3
    assert plan_next(short, OP, "V", Obj(results=[1, 2]), 3, size=3).next is None, "a short page is the last"
    not_listed = attrs.evolve(info, size_param="limit", stop=("short_page",))
    assert plan_next(not_listed, OP, "V", Obj(results=[1, 2, 3], total=3), 0, size=3).next == 3, (
        "a total not listed in `stop` ends nothing: only a short page does"
    )


def test_plan_next_page_numbers_from_zero_count_pages_read() -> None:
    info = PaginationInfo(style="page_number", items=("data",), page_param="page", first_page=0, total_pages=("pages",))
    assert plan_next(info, OP, "V", Obj(data=[1], pages=3), None).next == 1
    assert plan_next(info, OP, "V", Obj(data=[1], pages=3), 1).next == 2
    assert plan_next(info, OP, "V", Obj(data=[1], pages=3), 2).next is None, "pages 0, 1, 2 are all three"


def test_plan_next_has_more_ends_every_style_and_is_held_to() -> None:
    cursor = PaginationInfo(
        style="cursor", items=("data",), cursor_param="c", next_cursor=("next",), has_more=("more",)
    )
    assert plan_next(cursor, OP, "V", Obj(data=[1], next="b", more=False), "a").next is None
    assert plan_next(cursor, OP, "V", Obj(data=[1], next="b", more=True), "a").next == "b"
    with pytest.raises(scankit.PaginationError, match="has_more but there is no cursor"):
        plan_next(cursor, OP, "V", Obj(data=[1], next=None, more=True), "a")
    ignored = attrs.evolve(cursor, stop=("next", "empty_page"))
    assert plan_next(ignored, OP, "V", Obj(data=[1], next="b", more=False), "a").next == "b", (
        "has_more not listed in `stop`: false ends nothing"
    )


def test_plan_next_cursor_in_a_header() -> None:
    info = PaginationInfo(style="cursor", items=("data",), cursor_param="c", cursor_header="X-Next-Cursor")
    page = Obj(data=[1])
    assert plan_next(info, OP, "V", page, None, response=answer(**{"x-next-cursor": " 7f3a "})).next == "7f3a"
    assert plan_next(info, OP, "V", page, None, response=answer()).next is None
    assert plan_next(info, OP, "V", page, None, response=answer(**{"X-Next-Cursor": ""})).next is None
    with pytest.raises(scankit.PaginationError, match="would loop"):
        plan_next(info, OP, "V", page, "7f3a", response=answer(**{"X-Next-Cursor": "7f3a"}))


def test_plan_next_cursor_from_the_last_item() -> None:
    from scankit._vendor import LastItem

    def cursor(last_item: LastItem, *items: Any) -> Any:
        info = PaginationInfo(style="cursor", items=("hits",), cursor_param="after", last_item=last_item)
        return plan_next(info, OP, "V", Obj(hits=list(items)), None).next

    first, last = Obj(id="a1", sort=[1, "x"]), Obj(id="b2", sort=[1718000000, "a1b2"], n=7, ok=True)
    assert cursor(LastItem(paths=(("id",),)), first, last) == "b2", "a string as it is"
    assert cursor(LastItem(paths=(("n",),)), last) == "7", "a number as its JSON text"
    assert cursor(LastItem(paths=(("ok",),)), last) == "true"
    assert cursor(LastItem(paths=(("sort",),)), first, last) == "1718000000,a1b2", "an array's elements, joined"
    assert cursor(LastItem(paths=(("n",), ("id",)), join="|"), last) == "7|b2"
    assert cursor(LastItem(paths=(("sort",),), join="json"), last) == '[1718000000,"a1b2"]'
    assert cursor(LastItem(paths=(("id",),))) is None, "an empty page has no last item: the end"
    with pytest.raises(scankit.PaginationError, match="last item has no missing"):
        cursor(LastItem(paths=(("missing",),)), last)


@pytest.mark.parametrize(
    ("given", "followed"),
    [
        ("https://api.example.com/v1/things?page=2", "https://api.example.com/v1/things?page=2"),
        ("/v1/things?page=2", "https://api.example.com/v1/things?page=2"),
        ("?page=2", "https://api.example.com/v1/things?page=2"),
        ("things?page=2", "https://api.example.com/v1/things?page=2"),
        (
            "https://api.example.com:443/v1/things?page=2",
            "https://api.example.com/v1/things?page=2",
        ),  # the default port
    ],
)
def test_plan_next_url_resolved_against_the_request(given: str, followed: str) -> None:
    info = PaginationInfo(style="next_url", items=("data",), next_url=("links", "next"))
    page = Obj(data=[1], links=Obj(next=given))
    step = plan_next(info, OP, "V", page, None, response=answer(), home="https://api.example.com/v1")
    assert step.next == followed


@pytest.mark.parametrize(
    "given",
    [
        "https://evil.example/v1/things?page=2",
        "//evil.example/v1/things?page=2",
        "http://api.example.com/v1/things?page=2",
        "https://api.example.com:8443/v1/things?page=2",
        "ftp://api.example.com/v1/things",
    ],
)
def test_plan_next_url_on_another_origin_is_refused(given: str) -> None:
    info = PaginationInfo(style="next_url", items=("data",), next_url=("next",))
    with pytest.raises(scankit.PaginationError, match="another origin") as caught:
        plan_next(info, OP, "V", Obj(data=[1], next=given), None, response=answer(), home="https://api.example.com")
    assert "page=2" not in str(caught.value), "the refused URL's query (a token, perhaps) is not repeated"


def test_plan_next_url_with_credentials_or_looping_is_refused() -> None:
    info = PaginationInfo(style="next_url", items=("data",), next_url=("next",))
    url = "https://api.example.com/v1/things?page=2"
    with pytest.raises(scankit.PaginationError, match="credentials of its own"):
        plan_next(info, OP, "V", Obj(data=[1], next="https://u:p@api.example.com/v1/things"), None, response=answer())
    with pytest.raises(scankit.PaginationError, match="would loop"):
        plan_next(info, OP, "V", Obj(data=[1], next=url), url, response=answer(url))
    assert plan_next(info, OP, "V", Obj(data=[1], next=""), None, response=answer()).next is None


def test_plan_next_link_header() -> None:
    info = PaginationInfo(style="link_header", items=())
    links = '<https://api.example.com/v1/things?page=2>; rel="next", </v1/things?page=9>; rel="last"'
    assert plan_next(info, OP, "V", [1, 2], None, response=answer(link=links)).next == (
        "https://api.example.com/v1/things?page=2"
    )
    last = '</v1/things?page=1>; rel="first", </v1/things?page=8>; rel=prev'
    assert plan_next(info, OP, "V", [1, 2], None, response=answer(link=last)).next is None
    other = attrs.evolve(info, link_rel="next-page")
    assert plan_next(other, OP, "V", [1], None, response=answer(link='</v1/things?p=2>; rel="next-page"')).next


def test_parse_links() -> None:
    from scankit._pagination import parse_links

    header = '<https://a.example/x?q=1,2>; rel="next last"; title="a, b", <https://a.example/y>;rel=prev;rel=next'
    assert parse_links(header) == [
        ("https://a.example/x?q=1,2", frozenset({"next", "last"})),  # a comma in the URL; two relations
        ("https://a.example/y", frozenset({"prev"})),  # only the first rel counts (RFC 8288 3.3)
    ]
    assert parse_links("garbage") == []
    assert parse_links('<https://a.example/z>; REL="Next"') == [("https://a.example/z", frozenset({"next"}))]


def test_an_empty_offset_page_that_says_more_is_a_gap(clock: FakeClock) -> None:
    """Asked again (the same offset), then the list ends with an error rather than short."""
    from scankit._pagination import SyncPaginator

    op = OperationInfo(
        name="things.list",
        operation_id="listThings",
        method="GET",
        path="/things",
        pagination=PaginationInfo(style="offset", items=("results",), offset_param="offset", total_items=("total",)),
    )
    asked: list[dict[str, Any]] = []

    def fetch(args: dict[str, Any], left: object) -> Obj:
        asked.append(args)
        offset = args.get("offset", 0)
        return Obj(results=[] if offset == 3 else [offset, offset + 1, offset + 2], total=9)

    paginator: SyncPaginator[Any] = SyncPaginator(
        fetch, op, {}, object, vendor="V", max_items=None, max_pages=None, concurrency=1, retries=1
    )
    with pytest.raises(scankit.PaginationError, match=r"offset 3 came back empty \(2 times\)"):
        list(paginator)
    assert [a.get("offset") for a in asked] == [None, 3, 3]


def test_the_paginators_pages_are_pages_as_the_class_makes_them() -> None:
    """The paginator sets a page's slots itself (half the cost of the frozen `__init__`): every field
    of `Page` must be set, so a field added to the class and not there fails here."""
    from scankit._pagination import Page, _new_page

    values = {f.name: object() for f in attrs.fields(Page)}
    made = _new_page(*values.values())  # type: ignore[arg-type]
    assert made == Page(**values)
    assert {f.name: getattr(made, f.name) for f in attrs.fields(Page)} == values
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        made.next = 3  # type: ignore[misc]


def test_the_paginator_s_pages_are_the_pages_the_class_makes_frozen_alike() -> None:
    """`_new_page` sets the slots directly, by name: every field, each to its own value."""
    import attrs

    from scankit._pagination import Page, _new_page

    response = httpx.Response(200, request=httpx.Request("GET", "https://vendor.test/x"))
    args = ([1, 2], {"raw": True}, 3, 4, 20, 10, response)
    made = _new_page(*args)
    assert made == Page(*args)
    assert [getattr(made, f.name) for f in attrs.fields(Page)] == list(args)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        made.next = 5  # type: ignore[misc]
