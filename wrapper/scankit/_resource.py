"""`client.<resource>`: the verbs a generated resource method calls — one call, raw, streamed, a list, a wait.

As openai-python's `_resource.py`, a resource holds its client and binds its request method; a
facade method only names its operation (an `Endpoint[T]`, which carries the type) and passes its
arguments and options. Every verb goes down the client's one send path (`_base`): the plain call
reads the answer, the raw call keeps the HTTP response around it, a stream leaves the body on the
wire, a list fetches each page through it, a wait polls through it.
"""

from __future__ import annotations

import datetime
import os
import threading
from collections.abc import Callable, Mapping
from typing import Any, TypedDict, TypeVar

from ._base import DEFAULT_PAGE_CONCURRENCY, AsyncClient, SyncClient
from ._call import Endpoint, Later, Sent
from ._hooks import Span
from ._incremental import Window
from ._options import FinalOptions, RequestOptions
from ._pagination import NEXT_URL, AdaptiveConcurrency, AsyncPaginator, Page, Select, SyncPaginator, page_request
from ._response import (
    AsyncStreamedResponse,
    AsyncStreamedResponseContext,
    RawResponse,
    StreamedResponse,
    StreamedResponseContext,
)
from ._vendor import PaginationInfo
from ._waiter import DEFAULT_WAIT_TIMEOUT, WaitStatus, Watch, wait_async, wait_sync

T = TypeVar("T")
R = TypeVar("R")


def _stem(kwargs: Mapping[str, Any]) -> str:
    """A download's file name when the server gives none: the id asked for."""
    first = next(iter(kwargs.values()), None)
    return os.path.basename(str(first)) or "download" if first is not None else "download"


class _Pages:
    """Which page of a list a fetch asks for, for its tracing span: the page number, or the count of cursors."""

    def __init__(self, info: PaginationInfo) -> None:
        self._info = info
        self._walked = 0

    def number(self, args: Mapping[str, Any]) -> int:
        param = self._info.param
        asked = args.get(param if param is not None else NEXT_URL)
        if self._info.style == "page_number":
            return asked if isinstance(asked, int) else self._info.first_page
        self._walked = self._walked + 1 if asked is not None else 1
        return self._walked


def _window(
    endpoint: Endpoint[Any], kwargs: dict[str, Any], since: datetime.datetime | None
) -> tuple[dict[str, Any], Select | None]:
    """A list's arguments and item check for `since=` (`_incremental.Window`); as they are without it."""
    if since is None:
        return kwargs, None
    if endpoint.incremental is None:
        raise TypeError(f"{endpoint.name} declares no incremental reads: since= is not for it")
    window = Window.of(endpoint.incremental, since)
    return window.query(kwargs), window.select


def _concurrency(client: SyncClient | AsyncClient, endpoint: Endpoint[Any]) -> int | AdaptiveConcurrency:
    """One listing's page concurrency: the client's number, else adaptive where no rate limit is documented.

    A documented limit is kept by the limiter, which paces the pages whatever their number: there
    the default stays fixed. An adaptive listing starts where the client's last listing of the same
    list got to (`Concurrency.resumed`): the window it reached, the ceiling a refusal set and when
    (held for `CEILING_HELD` seconds from the refusal, whichever listing it came in).
    """
    setting = client.page_concurrency
    if setting != "auto":
        return setting
    if client.vendor.rate_limit is not None:
        return DEFAULT_PAGE_CONCURRENCY
    runtime = client._runtime
    learned = client._session.learned
    before = learned.get(endpoint.name)
    state, refused_at = (
        (before.state.resumed(), before.refused_at) if isinstance(before, AdaptiveConcurrency) else (None, None)
    )
    meter = AdaptiveConcurrency(
        runtime.monotonic,
        state,
        wait=runtime.wait,
        async_sleep=runtime.async_sleep,
        refused_at=refused_at,
    )
    learned[endpoint.name] = meter  # what this listing finds, the next one starts from
    return meter


def _watch(
    client: SyncClient | AsyncClient, endpoint: Endpoint[T], kwargs: Mapping[str, Any], **kw: Any
) -> tuple[Span | None, Watch[T]]:
    """A wait's tracing span (None without tracing) and its `Watch`, which reports each poll to the span."""
    span = client._observers.span(f"{endpoint.name.rsplit('.', 1)[0]}.wait")
    runtime = client._runtime
    watch: Watch[T] = Watch(
        client.vendor.name,
        endpoint,
        kwargs,
        runtime.monotonic,
        trace=span.poll if span else None,
        wall=runtime.wall,
        **kw,
    )
    return span, watch


def _seen(endpoint: Endpoint[T], found: T | None) -> T:
    """A wait's resource. Only a status or error acceptor ends a wait before one is seen, and the facade
    waits on such a waiter with `_wait_or_none`, whose type says so."""
    if found is None:
        raise TypeError(f"{endpoint.name}: the wait ended without a resource; its waiter needs _wait_or_none")
    return found


class _PaginatorSettings(TypedDict):
    """The keyword arguments of `SyncPaginator` and `AsyncPaginator` (`_pagination._Base`)."""

    vendor: str
    max_items: int | None
    max_pages: int | None
    concurrency: int | AdaptiveConcurrency
    retries: int
    base_url: str
    select: Select | None


class _Listing:
    """What a sync and an async listing share, set up once per `list()`: the options resolved (a
    credential header fails here, not at page 1), the `since=` window, the page concurrency."""

    def __init__(
        self,
        client: SyncClient | AsyncClient,
        endpoint: Endpoint[Any],
        kwargs: dict[str, Any],
        options: RequestOptions | None,
        since: datetime.datetime | None,
    ) -> None:
        assert endpoint.pagination is not None
        self.endpoint = endpoint
        self.final: FinalOptions = client._resolve(options)
        self.kwargs, self._select = _window(endpoint, kwargs, since)
        self._pages = _Pages(endpoint.pagination)
        self._concurrency = _concurrency(client, endpoint)
        self.meter = self._concurrency if isinstance(self._concurrency, AdaptiveConcurrency) else None
        self._client = client

    def request(self, args: dict[str, Any]) -> tuple[Endpoint[Any], dict[str, Any], int]:
        """One page's operation (a next URL's, or the list's), its arguments, its number for the span."""
        target, sent_args = page_request(self.endpoint, args)
        return target, sent_args, self._pages.number(args)

    def settings(self, max_items: int | None, max_pages: int | None) -> _PaginatorSettings:
        """The paginator's keyword arguments."""
        return {
            "vendor": self._client.vendor.name,
            "max_items": max_items,
            "max_pages": max_pages,
            "concurrency": self._concurrency,
            "retries": self.final.max_retries,  # an empty page that says there is more is asked again
            "base_url": self._client.base_url,  # a next URL the server gives must stay on its origin
            "select": self._select,
        }


class SyncResource:
    """Base of `client.<resource>`: binds the client's verbs."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client
        self._request = client._request

    def _raw(self, endpoint: Endpoint[T], kwargs: Mapping[str, Any], options: RequestOptions | None) -> RawResponse[T]:
        sent = self._client._send(endpoint, kwargs, options, self._client._session.reader.outcome)
        value, error = sent.parsed
        header = self._client.vendor.request_id_header
        return RawResponse(sent.http_response, sent.retries_taken, header, value=value, error=error)

    def _stream(
        self, endpoint: Endpoint[Any], kwargs: Mapping[str, Any], options: RequestOptions | None
    ) -> StreamedResponseContext:
        client = self._client

        def open_() -> StreamedResponse:
            sent = client._send(endpoint, kwargs, options, client._session.reader.stream, stream=True)
            header = client.vendor.request_id_header
            return StreamedResponse(sent.http_response, sent.retries_taken, header, _stem(kwargs))

        return StreamedResponseContext(open_)

    def _paginate(
        self,
        endpoint: Endpoint[R],
        kwargs: dict[str, Any],
        item_type: type[T],
        *,
        max_items: int | None,
        max_pages: int | None,
        options: RequestOptions | None,
        seen: Callable[[Sent[Later[R]]], object] | None = None,
        since: datetime.datetime | None = None,
    ) -> SyncPaginator[T, R]:
        client = self._client
        listing = _Listing(client, endpoint, kwargs, options, since)
        reader = client._session.reader.page_later  # pages fetched ahead wait unread: see `_call.Later`

        def fetch(args: dict[str, Any], left: threading.Event) -> Sent[Later[R]]:
            target, sent_args, number = listing.request(args)
            sent = client._send(target, sent_args, listing.final, reader, page=number, meter=listing.meter, left=left)
            if seen is not None:
                seen(sent)
            return sent

        return SyncPaginator(fetch, endpoint, listing.kwargs, item_type, **listing.settings(max_items, max_pages))

    def _list_raw(
        self, endpoint: Endpoint[R], kwargs: dict[str, Any], item_type: type[T], **kw: Any
    ) -> RawResponse[Page[T, R]]:
        """A list's raw call: its first page (`.parse()` is the `Page`; `page.next` continues)."""
        last: list[Sent[Later[R]]] = []
        page = self._paginate(endpoint, kwargs, item_type, seen=last.append, **kw).first_page()
        header = self._client.vendor.request_id_header
        return RawResponse(last[-1].http_response, last[-1].retries_taken, header, value=page)

    def _wait(
        self,
        endpoint: Endpoint[T],
        kwargs: Mapping[str, Any],
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_update: Callable[[WaitStatus[T]], object] | None = None,
        first: T | None = None,
    ) -> T:
        """Poll `endpoint` until an acceptor ends the wait (`scankit._waiter`)."""
        found = self._wait_or_none(
            endpoint, kwargs, timeout=timeout, poll_interval=poll_interval, on_update=on_update, first=first
        )
        return _seen(endpoint, found)

    def _wait_or_none(
        self,
        endpoint: Endpoint[T],
        kwargs: Mapping[str, Any],
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_update: Callable[[WaitStatus[T]], object] | Callable[[WaitStatus[T | None]], object] | None = None,
        first: T | None = None,
    ) -> T | None:
        """`_wait` for a waiter whose status or error acceptor may end it before any resource was seen."""
        client = self._client
        span, watch = _watch(
            client, endpoint, kwargs, timeout=timeout, poll_interval=poll_interval, on_update=on_update
        )
        reader = client._session.reader.result
        error: BaseException | None = None
        try:
            return wait_sync(lambda: client._send(endpoint, kwargs, None, reader), client._runtime.sleep, watch, first)
        except BaseException as exc:
            error = exc
            raise
        finally:
            if span is not None:
                span.end(error)


class AsyncResource:
    """The async twin of `SyncResource`."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client
        self._request = client._request

    async def _raw(
        self, endpoint: Endpoint[T], kwargs: Mapping[str, Any], options: RequestOptions | None
    ) -> RawResponse[T]:
        sent = await self._client._send(endpoint, kwargs, options, self._client._session.reader.outcome)
        value, error = sent.parsed
        header = self._client.vendor.request_id_header
        return RawResponse(sent.http_response, sent.retries_taken, header, value=value, error=error)

    def _stream(
        self, endpoint: Endpoint[Any], kwargs: Mapping[str, Any], options: RequestOptions | None
    ) -> AsyncStreamedResponseContext:
        client = self._client

        async def open_() -> AsyncStreamedResponse:
            sent = await client._send(endpoint, kwargs, options, client._session.reader.stream, stream=True)
            header = client.vendor.request_id_header
            return AsyncStreamedResponse(sent.http_response, sent.retries_taken, header, _stem(kwargs))

        return AsyncStreamedResponseContext(open_)

    def _paginate(
        self,
        endpoint: Endpoint[R],
        kwargs: dict[str, Any],
        item_type: type[T],
        *,
        max_items: int | None,
        max_pages: int | None,
        options: RequestOptions | None,
        seen: Callable[[Sent[Later[R]]], object] | None = None,
        since: datetime.datetime | None = None,
    ) -> AsyncPaginator[T, R]:
        client = self._client
        listing = _Listing(client, endpoint, kwargs, options, since)
        reader = client._session.reader.page_later  # pages fetched ahead wait unread: see `_call.Later`

        async def fetch(args: dict[str, Any]) -> Sent[Later[R]]:
            target, sent_args, number = listing.request(args)
            sent = await client._send(target, sent_args, listing.final, reader, page=number, meter=listing.meter)
            if seen is not None:
                seen(sent)
            return sent

        return AsyncPaginator(fetch, endpoint, listing.kwargs, item_type, **listing.settings(max_items, max_pages))

    async def _list_raw(
        self, endpoint: Endpoint[R], kwargs: dict[str, Any], item_type: type[T], **kw: Any
    ) -> RawResponse[Page[T, R]]:
        last: list[Sent[Later[R]]] = []
        page = await self._paginate(endpoint, kwargs, item_type, seen=last.append, **kw).first_page()
        header = self._client.vendor.request_id_header
        return RawResponse(last[-1].http_response, last[-1].retries_taken, header, value=page)

    async def _wait(
        self,
        endpoint: Endpoint[T],
        kwargs: Mapping[str, Any],
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_update: Callable[[WaitStatus[T]], object] | None = None,
        first: T | None = None,
    ) -> T:
        found = await self._wait_or_none(
            endpoint, kwargs, timeout=timeout, poll_interval=poll_interval, on_update=on_update, first=first
        )
        return _seen(endpoint, found)

    async def _wait_or_none(
        self,
        endpoint: Endpoint[T],
        kwargs: Mapping[str, Any],
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_update: Callable[[WaitStatus[T]], object] | Callable[[WaitStatus[T | None]], object] | None = None,
        first: T | None = None,
    ) -> T | None:
        client = self._client
        span, watch = _watch(
            client, endpoint, kwargs, timeout=timeout, poll_interval=poll_interval, on_update=on_update
        )
        reader = client._session.reader.result
        error: BaseException | None = None
        try:
            return await wait_async(
                lambda: client._send(endpoint, kwargs, None, reader), client._runtime.async_sleep, watch, first
            )
        except BaseException as exc:
            error = exc
            raise
        finally:
            if span is not None:
                span.end(error)
