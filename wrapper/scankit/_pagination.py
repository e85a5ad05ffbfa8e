"""One paginator for every list operation, driven by the spec's x-scankit-pagination.

The decisions are pure (`plan_next`): given the page the server sent and what we asked for, say
which page to ask for next or that the list has ended, and refuse a server that repeats itself.
`SyncPaginator` and `AsyncPaginator` only move data: they fetch the next page while the caller
consumes the current one (prefetch), and when a page-number list says how many pages it has, they
fetch the rest concurrently — bounded, in order, and paced by the client's rate limiter.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextvars
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, Generic, TypeVar

import attrs
import httpx
from typing_extensions import TypeVar as _TypeVarWithDefault

from ._errors import PaginationError
from ._response import Sent
from ._vendor import OperationInfo, PaginationInfo

T = TypeVar("T")
# The page model the server sent (e.g. ScanList); a default, so `Page[Scan]` still means any page.
R = _TypeVarWithDefault("R", default=Any)
Cursor = int | str
MAX_EMPTY_PAGES = 3
"""Empty pages in a row that each say there is more, before the paginator calls it a loop."""


def dig(obj: Any, path: tuple[str, ...] | None) -> Any:
    """Follow attribute names; a missing, UNSET or None step gives None."""
    if path is None:
        return None
    for name in path:
        obj = getattr(obj, name, None)
        if obj is None or (not obj and type(obj).__name__ == "Unset"):
            return None
    return obj


@attrs.frozen
class Page(Generic[T, R]):
    """One page of a list: its items, the typed page the server sent, and where the list goes next."""

    items: list[T]
    raw: R  # the generated page model, e.g. scankit_hostedscan.models.ScanList
    requested: Cursor | None  # the page number or cursor this page was fetched with (None: the first)
    next: Cursor | None  # what to fetch next; None when this is the last page
    total_items: int | None = None
    total_pages: int | None = None
    http_response: httpx.Response | None = None
    """The HTTP response this page came from: its headers (rate limits, request id) and status."""

    @property
    def has_next_page(self) -> bool:
        return self.next is not None


@attrs.frozen
class Step:
    items: list[Any]
    next: Cursor | None
    total_items: int | None
    total_pages: int | None


def plan_next(info: PaginationInfo, op: OperationInfo, vendor: str, raw: Any, requested: Cursor | None) -> Step:
    """Pure: read one page and decide what comes next. Raises PaginationError on a looping server."""
    items = dig(raw, info.items)
    if items is None:
        items = []
    if not isinstance(items, list):
        raise PaginationError(
            vendor=vendor, operation=op.name, detail=f"the items at {'.'.join(info.items)} are not a list"
        )
    total_items = _int(dig(raw, info.total_items))
    total_pages = _int(dig(raw, info.total_pages))
    step = Step(items, None, total_items, total_pages)
    # An empty page ends the list only when nothing in it says there is more: a server may well
    # send an empty page (a filter applied after paging) with a cursor or has_more to go on.
    if info.style == "cursor":
        cursor = dig(raw, info.next_cursor)
        if not cursor:
            return step
        if cursor == requested:
            raise PaginationError(
                vendor=vendor,
                operation=op.name,
                detail=f"the server sent the cursor {cursor!r} it was given: it would loop",
            )
        return attrs.evolve(step, next=cursor)
    asked = int(requested) if requested is not None else info.first_page
    current = _int(dig(raw, info.current_page))
    if current is not None and current != asked:
        raise PaginationError(
            vendor=vendor, operation=op.name, detail=f"asked for page {asked}, the server sent page {current}"
        )
    if info.has_more is not None and dig(raw, info.has_more) is False:
        return step
    if info.next_link is not None and _container_present(raw, info.next_link) and not dig(raw, info.next_link):
        return step
    if total_pages is not None and asked >= total_pages:
        return step
    if not items and not _says_more(info, raw, asked, total_pages):
        return step
    return attrs.evolve(step, next=asked + 1)


def _says_more(info: PaginationInfo, raw: Any, asked: int, total_pages: int | None) -> bool:
    """Whether a page-number page says another page follows (has_more, a next link, more pages)."""
    return (
        dig(raw, info.has_more) is True
        or bool(dig(raw, info.next_link))
        or (total_pages is not None and asked < total_pages)
    )


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _container_present(raw: Any, path: tuple[str, ...]) -> bool:
    """`links.next` only ends the list when the server sent `links` at all."""
    return len(path) < 2 or dig(raw, path[:-1]) is not None


def fitted_page_size(
    info: PaginationInfo, kwargs: dict[str, Any], max_items: int | None, start: Cursor | None
) -> dict[str, Any]:
    """Pure: ask for pages of `max_items` when fewer are wanted than a page would hold.

    A page-number list started at a given page keeps its page size: page 3 of 10 is not page 3 of
    50. A size the vendor may refuse is never asked for: with no default known, only up to its
    documented maximum.
    """
    if not max_items or not info.size_param:
        return kwargs
    if info.style == "page_number" and start is not None and start != info.first_page:
        return kwargs
    given = kwargs.get(info.size_param)
    size = given if isinstance(given, int) and not isinstance(given, bool) else info.default_size
    fits = (max_items <= info.max_size if info.max_size is not None else False) if size is None else max_items < size
    return {**kwargs, info.size_param: max_items} if fits else kwargs


class _Base(Generic[T, R]):
    def __init__(
        self,
        op: OperationInfo,
        kwargs: dict[str, Any],
        item_type: type[T],
        *,
        vendor: str,
        max_items: int | None,
        max_pages: int | None,
        concurrency: int,
    ) -> None:
        if op.pagination is None:
            raise TypeError(f"{op.name} is not a list operation")
        for name, value in (("max_items", max_items), ("max_pages", max_pages)):
            if value is not None and value < 0:
                raise ValueError(f"{name} must be >= 0, not {value}")
        self._op = op
        self._info: PaginationInfo = op.pagination
        self._vendor = vendor
        self._item_type = item_type
        self._max_items = max_items
        self._max_pages = max_pages
        self._concurrency = max(1, concurrency)
        start = kwargs.get(self._info.request_param)
        self._start: Cursor | None = start if isinstance(start, int | str) and not isinstance(start, bool) else None
        kwargs = fitted_page_size(self._info, kwargs, max_items, self._start)
        self._kwargs = {k: v for k, v in kwargs.items() if k != self._info.request_param}
        first = self._info.first_page if self._info.style == "page_number" else None
        self._from_start = self._start in (None, first)  # only then can the items be held to the total
        self._restart()
        self.cursor: Cursor | None = self._start
        """Where a new listing would resume: pass it as the page or cursor parameter to continue."""

    def _restart(self) -> None:
        """Forget what an earlier walk saw: each walk through the list is checked on its own."""
        self._seen: set[Cursor] = set()
        self._empty_run = 0  # consecutive empty pages that said there is more
        self._delivered = 0  # items in the pages read so far, to hold the server to its total
        self._last: tuple[int, Any, Any] | None = None  # (length, first, last item) of the previous page

    def _kwargs_for(self, value: Cursor | None) -> dict[str, Any]:
        if value is None:
            return dict(self._kwargs)
        return {**self._kwargs, self._info.request_param: value}

    def _page(self, raw: Any, requested: Cursor | None) -> Page[T, R]:
        http = raw.http_response if isinstance(raw, Sent) else None
        raw = raw.parsed if isinstance(raw, Sent) else raw
        step = plan_next(self._info, self._op, self._vendor, raw, requested)
        if step.next is not None and self._info.style == "cursor":
            if step.next in self._seen:
                raise PaginationError(
                    vendor=self._vendor,
                    operation=self._op.name,
                    detail=f"the cursor {step.next!r} came back: it would loop",
                )
            self._seen.add(step.next)
        self._check(step, requested)
        return Page(step.items, raw, requested, step.next, step.total_items, step.total_pages, http_response=http)

    def _check(self, step: Step, requested: Cursor | None) -> None:
        """Stop rules across pages: runs of empty pages, a repeated page, a list shorter than its total."""
        items = step.items
        if items:
            self._empty_run = 0
            mark = (len(items), items[0], items[-1])
            if mark == self._last:
                raise self._error(f"page {requested!r} repeats the page before it: it would loop or duplicate items")
            self._last = mark
        elif step.next is not None:
            self._empty_run += 1
            if self._empty_run >= MAX_EMPTY_PAGES:
                raise self._error(f"{self._empty_run} empty pages in a row, each saying there is more")
        self._delivered += len(items)
        ended = step.next is None and self._from_start
        if ended and step.total_items is not None and step.total_items > self._delivered:
            raise self._error(
                f"the list ended after {self._delivered} items but the server said it has {step.total_items}"
            )

    def _error(self, detail: str) -> PaginationError:
        return PaginationError(vendor=self._vendor, operation=self._op.name, detail=detail)

    def _parallel_pages(self, first: Page[T, R]) -> list[int]:
        """Page numbers that can be fetched at once, when the server said how many there are.

        That is its total of pages or, when it only gives a total of items (PackageX), that total
        over the first page's length. Should that come out short (the list grew meanwhile), the
        paginator goes on page by page after the last of them (`_parallel`).
        """
        if self._info.style != "page_number" or first.next is None:
            return []
        last = first.total_pages
        if last is None and first.total_items is not None and first.items:
            last = self._info.first_page - 1 + -(-first.total_items // len(first.items))
        if last is None:
            return []
        if self._max_pages is not None:
            last = min(last, int(first.requested or self._info.first_page) + self._max_pages - 1)
        if self._max_items is not None and first.items:
            # no page whose items would be cut off anyway: 150 items at 100 a page is 2 pages, not 10
            pages = -(-self._max_items // len(first.items))
            last = min(last, int(first.requested or self._info.first_page) + pages - 1)
        return list(range(int(first.next), last + 1))

    def _more_pages(self, fetched: int) -> bool:
        return self._max_pages is None or fetched < self._max_pages


class SyncPaginator(_Base[T, R]):
    """Iterate items (`for scan in client.scans.list()`) or pages (`.pages()`); lazy, every page.

    `first_page()` fetches one page. `cursor` tells where to resume after a partial iteration.
    """

    def __init__(self, fetch: Callable[[dict[str, Any]], Any], *args: Any, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self._fetch = fetch

    def first_page(self) -> Page[T, R]:
        self._restart()
        return self._page(self._fetch(self._kwargs_for(self._start)), self._start)

    def __iter__(self) -> Iterator[T]:
        count = 0
        for page in self.pages():
            for item in page.items:
                if self._max_items is not None and count >= self._max_items:
                    return
                count += 1
                yield item

    def pages(self) -> Iterator[Page[T, R]]:
        if self._max_pages == 0 or self._max_items == 0:
            return
        self._restart()
        with concurrent.futures.ThreadPoolExecutor(self._concurrency, thread_name_prefix="scankit-page") as pool:
            yield from self._pages(pool)

    def _submit(self, pool: concurrent.futures.Executor, value: Cursor | None) -> concurrent.futures.Future[Any]:
        ctx = contextvars.copy_context()
        return pool.submit(ctx.run, self._fetch, self._kwargs_for(value))

    def _pages(self, pool: concurrent.futures.Executor) -> Iterator[Page[T, R]]:
        page = self._page(self._fetch(self._kwargs_for(self._start)), self._start)
        fetched, items = 1, len(page.items)
        parallel = self._parallel_pages(page) if self._concurrency > 1 else []
        if parallel:
            yield from self._parallel(pool, page, parallel, items)
            return
        while True:
            more = page.next is not None and (self._max_pages is None or fetched < self._max_pages)
            more = more and (self._max_items is None or items < self._max_items)
            ahead = self._submit(pool, page.next) if more else None  # prefetch while the caller works
            self.cursor = page.next
            yield page
            if ahead is None:
                return
            requested = page.next
            page = self._page(ahead.result(), requested)
            fetched, items = fetched + 1, items + len(page.items)

    def _parallel(
        self, pool: concurrent.futures.Executor, first: Page[T, R], numbers: list[int], items: int
    ) -> Iterator[Page[T, R]]:
        self.cursor = first.next
        yield first
        window: list[tuple[int, concurrent.futures.Future[Any]]] = []
        queue = iter(numbers)
        for number in queue:
            window.append((number, self._submit(pool, number)))
            if len(window) >= self._concurrency:
                break
        fetched = 1
        try:
            while window:
                number, future = window.pop(0)
                page = self._page(future.result(), number)
                items, fetched = items + len(page.items), fetched + 1
                nxt = next(queue, None)
                done = page.next is None or (self._max_items is not None and items >= self._max_items)
                if nxt is None and not window and not done and self._more_pages(fetched):
                    nxt = int(page.next or 0)  # the count was short: on, page by page (with prefetch)
                if nxt is not None and not done:
                    window.append((nxt, self._submit(pool, nxt)))
                self.cursor = page.next
                yield page
                if done:
                    return
        finally:
            for _, future in window:
                future.cancel()


class AsyncPaginator(_Base[T, R]):
    """`async for scan in client.scans.list()`, `.pages()`, `await .first_page()`; see SyncPaginator."""

    def __init__(self, fetch: Callable[[dict[str, Any]], Awaitable[Any]], *args: Any, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self._fetch = fetch

    async def first_page(self) -> Page[T, R]:
        self._restart()
        return self._page(await self._fetch(self._kwargs_for(self._start)), self._start)

    def __aiter__(self) -> AsyncIterator[T]:
        # A plain method returning the async generator: jedi (IPython, Jupyter) infers nothing for
        # the items of `async for` when __aiter__ is itself an async generator.
        return self._items()

    async def _items(self) -> AsyncIterator[T]:
        count = 0
        async for page in self.pages():
            for item in page.items:
                if self._max_items is not None and count >= self._max_items:
                    return
                count += 1
                yield item

    async def pages(self) -> AsyncIterator[Page[T, R]]:
        if self._max_pages == 0 or self._max_items == 0:
            return
        page = await self.first_page()
        fetched, items = 1, len(page.items)
        parallel = self._parallel_pages(page) if self._concurrency > 1 else []
        if parallel:
            async for p in self._parallel(page, parallel, items):
                yield p
            return
        while True:
            more = page.next is not None and (self._max_pages is None or fetched < self._max_pages)
            more = more and (self._max_items is None or items < self._max_items)
            ahead = asyncio.ensure_future(self._fetch(self._kwargs_for(page.next))) if more else None
            self.cursor = page.next
            try:
                yield page
            except BaseException:
                if ahead is not None:
                    ahead.cancel()
                raise
            if ahead is None:
                return
            requested = page.next
            page = self._page(await ahead, requested)
            fetched, items = fetched + 1, items + len(page.items)

    async def _parallel(self, first: Page[T, R], numbers: list[int], items: int) -> AsyncIterator[Page[T, R]]:
        self.cursor = first.next
        yield first
        limit = asyncio.Semaphore(self._concurrency)

        async def fetch(number: int) -> Any:
            async with limit:
                return await self._fetch(self._kwargs_for(number))

        window: list[tuple[int, asyncio.Future[Any]]] = []
        queue = iter(numbers)
        for number in queue:
            window.append((number, asyncio.ensure_future(fetch(number))))
            if len(window) >= self._concurrency:
                break
        fetched = 1
        try:
            while window:
                number, future = window.pop(0)
                page = self._page(await future, number)
                items, fetched = items + len(page.items), fetched + 1
                nxt = next(queue, None)
                done = page.next is None or (self._max_items is not None and items >= self._max_items)
                if nxt is None and not window and not done and self._more_pages(fetched):
                    nxt = int(page.next or 0)  # the count was short: on, page by page (with prefetch)
                if nxt is not None and not done:
                    window.append((nxt, asyncio.ensure_future(fetch(nxt))))
                self.cursor = page.next
                yield page
                if done:
                    return
        finally:
            for _, future in window:
                future.cancel()
