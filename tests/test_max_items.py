"""`max_items` costs no more requests than it needs: no page whose items would be cut, smaller pages
when fewer items are wanted than a page holds — sequential, prefetching and concurrent, sync and async.
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import FakeClock, make
from test_pagination import CursorServer, HasMoreServer, TotalPagesServer

import scankit
from scankit._pagination import fitted_page_size
from scankit._vendor import PaginationInfo


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


async def collect(paginator: Any) -> list[Any]:
    if hasattr(paginator, "__aiter__"):
        return [item async for item in paginator]
    return list(paginator)


def both(sync: Any, async_: Any) -> Any:
    return pytest.mark.parametrize("cls", [sync, async_], ids=["sync", "async"])


def sizes(server: Any, name: str) -> list[int]:
    return [int(r.url.params[name]) for r in server.requests]


@both(scankit.PassEntry, scankit.AsyncPassEntry)
async def test_passentry_150_items_at_100_a_page_is_2_requests(cls: Any, clock: FakeClock) -> None:
    # 1000 scans, 10 pages: the first page says so, and concurrent fetching must not run ahead.
    server = TotalPagesServer(total=1000, per_page=100)
    scans = await collect(make(cls, server, clock).scans.list(max_items=150))
    assert len(scans) == 150
    assert sorted(int(r.url.params.get("page", 1)) for r in server.requests) == [1, 2]


@both(scankit.PackageX, scankit.AsyncPackageX)
async def test_packagex_150_items_at_25_a_page_is_6_requests(cls: Any, clock: FakeClock) -> None:
    server = HasMoreServer(total=1000)
    scans = await collect(make(cls, server, clock).scans.list(max_items=150))
    assert [s.id for s in scans] == [f"scan_{i}" for i in range(150)]
    assert sorted(int(r.url.params.get("page", 1)) for r in server.requests) == [1, 2, 3, 4, 5, 6]


@both(scankit.PassEntry, scankit.AsyncPassEntry)
async def test_fewer_items_than_a_page_asks_for_a_smaller_page(cls: Any, clock: FakeClock) -> None:
    server = TotalPagesServer(total=1000, per_page=100)
    scans = await collect(make(cls, server, clock).scans.list(max_items=7))
    assert len(scans) == 7
    assert sizes(server, "perPage") == [7]


@both(scankit.PackageX, scankit.AsyncPackageX)
async def test_a_smaller_page_below_the_vendors_default(cls: Any, clock: FakeClock) -> None:
    server = HasMoreServer(total=1000)
    scans = await collect(make(cls, server, clock).scans.list(max_items=10))
    assert [s.id for s in scans] == [f"scan_{i}" for i in range(10)]
    assert sizes(server, "limit") == [10]


@both(scankit.PassEntry, scankit.AsyncPassEntry)
async def test_a_list_resumed_at_a_page_keeps_its_page_size(cls: Any, clock: FakeClock) -> None:
    # page 3 of 10 a page starts at item 20; page 3 of 5 a page would start at item 10
    server = TotalPagesServer(total=100, per_page=10)
    scans = await collect(make(cls, server, clock).scans.list(page=3, per_page=10, max_items=5))
    assert [str(s.id)[-2:] for s in scans] == ["14", "15", "16", "17", "18"]  # items 20..24, in hex
    assert sizes(server, "perPage") == [10]


@both(scankit.PassEntry, scankit.AsyncPassEntry)
async def test_max_items_and_concurrency_across_many_pages(cls: Any, clock: FakeClock) -> None:
    server = TotalPagesServer(total=1000, per_page=10)
    scans = await collect(make(cls, server, clock).scans.list(per_page=10, max_items=55))
    assert len(scans) == 55
    assert sorted(int(r.url.params.get("page", 1)) for r in server.requests) == [1, 2, 3, 4, 5, 6]


@both(scankit.HostedScan, scankit.AsyncHostedScan)
async def test_cursor_lists_stop_when_enough_items_arrived(cls: Any, clock: FakeClock) -> None:
    server = CursorServer(pages=10, per_page=3)
    assert len(await collect(make(cls, server, clock).scans.list(max_items=7))) == 7
    assert len(server.requests) == 3


def test_the_page_size_rule() -> None:
    info = PaginationInfo(
        style="page_number", items=("data",), page_param="page", size_param="limit", default_size=25, max_size=100
    )
    assert fitted_page_size(info, {"limit": 100}, 30, None) == {"limit": 30}
    assert fitted_page_size(info, {"limit": 100}, 150, None) == {"limit": 100}
    assert fitted_page_size(info, {}, 10, None) == {"limit": 10}
    assert fitted_page_size(info, {}, 40, None) == {}  # more than the default page: the default it is
    assert fitted_page_size(info, {"limit": 100}, 30, 4) == {"limit": 100}  # resumed at page 4
    assert fitted_page_size(info, {"limit": 100}, None, None) == {"limit": 100}
    unknown = PaginationInfo(style="page_number", items=("data",), page_param="page", size_param="n", max_size=50)
    assert fitted_page_size(unknown, {}, 20, None) == {"n": 20}
    assert fitted_page_size(unknown, {}, 80, None) == {}  # never a size the vendor may refuse
