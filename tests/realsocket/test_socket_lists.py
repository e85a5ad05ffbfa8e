"""Items 2, 4 and 8: lists over a real socket — a gap in a page-number list, a lying count, `break`.

Each vendor's pages are built from its own spec (`test_faults.shape`: the JSON paths of its items,
page number, totals, has_more and next link around a page the sandbox generated) and served by the
loopback server, so the bytes are the vendor's and the connections are real.
"""

from __future__ import annotations

import copy
import threading
from typing import Any

import pytest
from conftest import Clients
from loopback import Loopback, Reply, Seen, reply
from test_faults import Shape, _set, shape

import scankit
from scankit._pagination import ADAPTIVE_BOUNDS
from scankit.vendors import slugs

PAGE_NUMBER = [v for v in slugs() if shape(v).paging["style"] == "page_number"]
CURSOR = [v for v in slugs() if shape(v).paging["style"] == "cursor"]
MAX_RETRIES = 2  # the clients' default


def _index(s: Shape, seen: Seen) -> int:
    value = seen.query.get(s.param)
    if s.paging["style"] == "cursor":
        return int(value[1:]) if value else 0
    return (int(value) if value else s.first) - s.first


def _empty(s: Shape, body: dict[str, Any]) -> dict[str, Any]:
    """The same page, its items gone: the envelope still says there is more."""
    body = copy.deepcopy(body)
    _set(body, s.paging["items"], [])
    return body


class Pages:
    """Serves a vendor's list; `empty(index, attempt)` says when a page comes back empty."""

    def __init__(self, s: Shape, server: Loopback, empty: Any = None, change: Any = None) -> None:
        self.shape, self.pages = s, s.layout()
        self.empty = empty or (lambda index, attempt: False)
        self.change = change or (lambda body, index: body)
        self.asked: dict[int, int] = {}
        self.lock = threading.Lock()
        server.handler = self

    def __call__(self, seen: Seen) -> Reply:
        index = _index(self.shape, seen)
        with self.lock:
            attempt = self.asked.get(index, 0)
            self.asked[index] = attempt + 1
        body = self.shape.body(self.pages, index)
        if self.empty(index, attempt):
            body = _empty(self.shape, body)
        return reply(200, self.change(body, index))


async def _collect(client: Any, resource: str, is_async: bool, seen: list[str]) -> BaseException | None:
    """Iterate the list into `seen`; the error it ended with, if any."""
    try:
        if is_async:
            async for item in getattr(client, resource).list():
                seen.append(str(item.id))
        else:
            for item in getattr(client, resource).list():
                seen.append(str(item.id))
    except Exception as exc:
        return exc
    return None


# -- 2. an empty page in the middle of a page-number list --------------------------------------------


@pytest.mark.parametrize("concurrency", [8, 1], ids=["concurrent", "one-by-one"])
@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("vendor", PAGE_NUMBER)
async def test_an_empty_page_that_says_more_is_asked_again(
    vendor: str, is_async: bool, concurrency: int, server: Loopback, clients: Clients
) -> None:
    s = shape(vendor)
    pages = Pages(s, server, empty=lambda index, attempt: index == 1 and attempt == 0)
    client = clients.make(vendor, server, is_async=is_async).with_options(page_concurrency=concurrency)
    seen: list[str] = []
    assert await _collect(client, s.resource, is_async, seen) is None
    assert seen == s.ids(), "a transient empty page costs no item"
    assert pages.asked[1] == 2


@pytest.mark.parametrize("concurrency", [8, 1], ids=["concurrent", "one-by-one"])
@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("vendor", PAGE_NUMBER)
async def test_a_gap_that_stays_raises_at_the_gap(
    vendor: str, is_async: bool, concurrency: int, server: Loopback, clients: Clients
) -> None:
    s = shape(vendor)
    pages = Pages(s, server, empty=lambda index, attempt: index == 1)
    client = clients.make(vendor, server, is_async=is_async).with_options(page_concurrency=concurrency)
    seen: list[str] = []
    error = await _collect(client, s.resource, is_async, seen)
    assert isinstance(error, scankit.PaginationError), repr(error)
    assert "page 2" in str(error) and "empty" in str(error)
    assert seen == s.ids()[:3], "the items before the gap, none from after it"
    assert pages.asked[1] == 1 + MAX_RETRIES


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("vendor", CURSOR)
async def test_a_cursor_list_still_follows_an_empty_page(
    vendor: str, is_async: bool, server: Loopback, clients: Clients
) -> None:
    s = shape(vendor)
    pages = Pages(s, server)
    pages.pages = s.layout(empty_at=(1,))  # a page emptied by a filter applied after paging
    client = clients.make(vendor, server, is_async=is_async)
    seen: list[str] = []
    assert await _collect(client, s.resource, is_async, seen) is None
    assert seen == s.ids()
    assert pages.asked[1] == 1, "a cursor says where the list goes on: an empty page is not asked again"


# -- 4. a lying count -------------------------------------------------------------------------------

# A count of pages where the vendor gives one (CloneGuard, PassEntry...), else of items (PackageX).
LIES = [
    (v, key, count)
    for v in PAGE_NUMBER
    for key in ["total_pages" if "total_pages" in shape(v).paging else "total_items"]
    for count in ((10**9, 2**62) if key == "total_pages" else (10**12, 2**62))
]


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize(("vendor", "key", "count"), LIES, ids=str)
async def test_a_lying_count_ends_with_a_typed_error_not_the_process(
    vendor: str, key: str, count: int, is_async: bool, server: Loopback, clients: Clients
) -> None:
    """Page 1 says there are 10**9 pages (or 10**12 items); the pages after it are empty."""
    s = shape(vendor)

    def lie(body: dict[str, Any], index: int) -> dict[str, Any]:
        _set(body, s.paging[key], count)
        for name in ("has_more", "next_link"):
            if name in s.paging:
                _set(body, s.paging[name], True if name == "has_more" else f"{s.op.path}?page={index + 2}")
        return body

    pages = Pages(s, server, change=lie)
    pages.pages = pages.pages[:1]  # one real page; every later one is empty
    client = clients.make(vendor, server, is_async=is_async)
    seen: list[str] = []
    error = await _collect(client, s.resource, is_async, seen)
    assert isinstance(error, scankit.PaginationError), repr(error)
    assert seen == s.ids()[:3]
    # pages behind the empty one are asked for as the others come back, the window growing with
    # them, but never more than an adaptive listing holds ahead of its caller
    assert len(server.seen) <= 1 + ADAPTIVE_BOUNDS[1] + MAX_RETRIES, "only what one window of pages asks for"


# -- 8. break out of a listing ---------------------------------------------------------------------


def _page_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("scankit-page")]


class Slow:
    """Pages from the third on are held until `release` (5 s at most: a failing test never hangs)."""

    def __init__(self, pages: Pages) -> None:
        self.pages, self.release, self.answered = pages, threading.Event(), list[int]()
        self.arrived = threading.Event()  # a held page was asked for: it is in flight
        self.shape = pages.shape

    def __call__(self, seen: Seen) -> Reply:
        index = _index(self.shape, seen)
        if index >= 2:
            self.arrived.set()
            self.release.wait(5)
            self.answered.append(index)
        return self.pages(seen)

    def finish(self) -> None:
        self.release.set()
        for thread in _page_threads():
            thread.join(5)


# concurrent pages (a page-number list with a total), and one page ahead (a cursor list)
BREAK_VENDORS = [PAGE_NUMBER[0], CURSOR[0]]


@pytest.mark.parametrize("vendor", BREAK_VENDORS)
def test_break_returns_at_once_and_the_pages_ahead_finish_in_the_background(
    vendor: str, server: Loopback, clients: Clients
) -> None:
    s = shape(vendor)
    slow = Slow(Pages(s, server))
    server.handler = slow
    client = clients.make(vendor, server)
    for n, item in enumerate(getattr(client, s.resource).list()):
        if n == 3:  # the first item of the second page, while the third is on its way
            assert str(item.id) == s.ids()[3]
            assert slow.arrived.wait(5)
            break
    assert slow.answered == [], "break returned while the page ahead was still being fetched"
    slow.finish()
    assert slow.answered == [2], "the fetch ahead went on in the background"
    pools = client._transport._inner
    assert all(c.is_idle() for c in pools.connections), "its connection went back to the pool"
    assert [str(i.id) for i in getattr(client, s.resource).list()] == s.ids(), "the client goes on working"


def test_an_error_at_a_gap_does_not_wait_for_the_pages_ahead(server: Loopback, clients: Clients) -> None:
    """A PaginationError raised while later pages are in flight leaves at once, like a break."""
    vendor = PAGE_NUMBER[0]
    s = shape(vendor)
    slow = Slow(Pages(s, server, empty=lambda index, attempt: index == 1))
    server.handler = slow
    client = clients.make(vendor, server)
    with pytest.raises(scankit.PaginationError):
        list(getattr(client, s.resource).list())
    assert slow.answered == []
    slow.finish()


async def test_leaving_an_async_listing_returns_at_once(server: Loopback, clients: Clients) -> None:
    vendor = PAGE_NUMBER[0]
    s = shape(vendor)
    slow = Slow(Pages(s, server))
    server.handler = slow
    client = clients.make(vendor, server, is_async=True)
    listing = getattr(client, s.resource).list().pages()
    assert [len((await anext(listing)).items) for _ in range(2)] == [3, 3]
    await listing.aclose()  # what leaving `async for` comes to: the pages ahead are cancelled, not awaited
    assert slow.answered == []
    slow.finish()
