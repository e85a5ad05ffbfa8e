"""One paginator for every list operation, driven by the spec's x-scankit-pagination.

The decisions are pure (`plan_next`): given the page the server sent and what we asked for, say
which page to ask for next or that the list has ended, and refuse a server that repeats itself.
Each style is a few lines saying where the next page is (as openai-python's page classes and dlt's
paginators do): the page number + 1, the offset + the items received, a cursor (in the body, a
response header or the last item), or a URL (in the body, or RFC 8288's `Link: <…>; rel="next"`),
which must stay on the client's origin — credentials never follow a next URL elsewhere. The stop
rules are the spec's, in one order for every style (`plan_next`, `_stops`).

`SyncPaginator` and `AsyncPaginator` only move data: they fetch the next page while the caller
consumes the current one (prefetch), and when a page-number list says how many pages it has, they
fetch the rest concurrently — bounded, in order, and paced by the client's rate limiter. The pages
to fetch are planned lazily: a count of 10**9 pages costs what the pages in flight cost, no more.
A `select` (from `list(since=…)`, `_incremental`) keeps some items of each page and may end the list
early; the stop rules and the server's totals are checked on the pages as sent.

A page-number or offset list has no cursor to say where it goes on, so an empty page that says
there is more (has_more, a next link, a total) is a gap: it is asked again, up to the client's
`max_retries`, and if it stays empty the list ends there with `PaginationError` — before any item
of a later page is yielded (pages fetched ahead are dropped). A cursor list follows its cursor.
"""

from __future__ import annotations

import asyncio
import collections
import concurrent.futures
import contextvars
import datetime
import enum
import functools
import itertools
import json
import math
import operator
import re
import threading
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Generator, Iterator, Mapping
from typing import Any, Generic, TypeVar

import attrs
import httpx
from typing_extensions import TypeVar as _TypeVarWithDefault

from ._call import Endpoint, Later, Sent
from ._errors import PaginationError
from ._transport import origin
from ._vendor import EVERY, URL_STYLES, OperationInfo, PaginationInfo, Path

T = TypeVar("T")
E = TypeVar("E", bound=Endpoint[Any])
Select = Callable[[list[Any]], tuple[list[Any], bool]]
"""Which items of a page to keep, and whether the list may stop after them (`list(since=…)`)."""
# The page model the server sent (e.g. ScanList); a default, so `Page[Scan]` still means any page.
R = _TypeVarWithDefault("R", default=Any)
Cursor = int | str
MAX_EMPTY_PAGES = 3
"""Empty pages in a row that each say there is more, before the paginator calls it a loop (cursor lists)."""
DEFAULT_GAP_RETRIES = 2
"""How often an empty page that says there is more is asked again, when the client does not say (its
own default max_retries)."""
NEXT_URL = "scankit.next_url"
"""The key of a fetch's arguments that asks for a URL the server gave (next_url, link_header lists)."""


class _Gap(Exception):
    """A page-number or offset page without items that says there is more: to be asked again, or the end."""


def dig(obj: Any, path: Path | None) -> Any:
    """Follow a path: attributes (or keys), list indexes, `EVERY` element; a missing, UNSET or None step gives None."""
    if path is None:
        return None
    return _reader_of(path)(obj)


_READERS: dict[Path, Callable[[Any], Any]] = {}
"""Each path's reader, made once: a page's totals and flags are read through them on every page."""
_MAX_READERS = 1024  # the paths are the specs' (a few dozen); a bound all the same


def _reader(path: Path) -> Callable[[Any], Any]:
    """A function that follows `path` as `dig` does. A path of attribute names only (every page's
    totals, `meta.pagination.total_count`) is read by one `operator.attrgetter`, in C, through the
    generated models; anything else on the way (a dict, a None, an UNSET, a missing attribute) makes
    it walk the path step by step instead, which gives the same answer for every input."""
    if not all(step != EVERY and step.isidentifier() for step in path):
        return functools.partial(_walk, path=path)
    get = operator.attrgetter(".".join(path))

    def read(obj: Any) -> Any:
        try:
            value = get(obj)
        except AttributeError:
            return _walk(obj, path)
        if value is None or (not value and value.__class__.__name__ == "Unset"):  # each package's own UNSET
            return None
        return value

    return read


def _walk(obj: Any, path: Path) -> Any:
    for at, step in enumerate(path):
        if step == EVERY:
            if not isinstance(obj, list):
                return None
            rest = path[at + 1 :]
            return [dig(element, rest) for element in obj]
        if step[:1] == "[":  # an index: `[0]`, `[-1]`
            index = int(step[1:-1])
            obj = obj[index] if isinstance(obj, list) and -len(obj) <= index < len(obj) else None
        elif obj.__class__ is dict or _is_mapping(obj.__class__):
            obj = obj.get(step)
        else:  # a generated model (every page is one): an attribute
            obj = getattr(obj, step, None)
        if obj is None or (not obj and obj.__class__.__name__ == "Unset"):  # each package's own UNSET
            return None
    return obj


class _Reads:
    """The readers of one list's pagination paths (`dig`'s, made once): a paginator keeps them, so
    a page's items and totals are each read with one call."""

    __slots__ = ("current_page", "has_more", "items", "total_items", "total_pages")

    def __init__(self, info: PaginationInfo) -> None:
        self.items = _reader_of(info.items)
        self.total_items = _reader_of(info.total_items) if info.total_items is not None else None
        self.total_pages = _reader_of(info.total_pages) if info.total_pages is not None else None
        self.has_more = _reader_of(info.has_more) if info.has_more is not None else None
        self.current_page = _reader_of(info.current_page) if info.current_page is not None else None


def _reader_of(path: Path) -> Callable[[Any], Any]:
    read = _READERS.get(path)
    if read is None:
        read = _reader(path)
        if len(_READERS) < _MAX_READERS:
            _READERS[path] = read
    return read


@functools.cache
def _is_mapping(cls: type) -> bool:
    # once per class: the ABC check behind isinstance(obj, Mapping) was a third of reading a page
    return issubclass(cls, Mapping)


@attrs.frozen
class Page(Generic[T, R]):
    """One page of a list: its items, the typed page the server sent, and where the list goes next."""

    items: list[T]
    raw: R  # the generated page model, e.g. scankit_hostedscan.models.ScanList
    requested: Cursor | None  # the page number, offset, cursor or URL this page was fetched with (None: the first)
    next: Cursor | None  # what to fetch next; None when this is the last page
    total_items: int | None = None
    total_pages: int | None = None
    http_response: httpx.Response | None = None
    """The HTTP response this page came from: its headers (rate limits, request id) and status."""

    @property
    def has_next_page(self) -> bool:
        return self.next is not None


# Each slot's own setter (its member descriptor's `__set__`), in the order `_new_page` takes them:
# what attrs' frozen `__init__` does through `object.__setattr__`, without looking the name up.
_SET_ITEMS, _SET_RAW, _SET_REQUESTED, _SET_NEXT, _SET_TOTAL_ITEMS, _SET_TOTAL_PAGES, _SET_HTTP = (
    vars(Page)[name].__set__
    for name in ("items", "raw", "requested", "next", "total_items", "total_pages", "http_response")
)
_new = object.__new__


def _new_page(
    items: list[T],
    raw: Any,
    requested: Cursor | None,
    nxt: Cursor | None,
    total_items: int | None,
    total_pages: int | None,
    http: httpx.Response | None,
) -> Page[T, Any]:
    """`Page(...)`, as the paginator makes one a page: the slots set as attrs' frozen `__init__` sets
    them (there are no validators or converters): 0.41 µs against its 0.57 (attrs 26), and 0.65
    through `object.__setattr__`, as it was made before."""
    page: Page[T, Any] = _new(Page)
    _SET_ITEMS(page, items)
    _SET_RAW(page, raw)
    _SET_REQUESTED(page, requested)
    _SET_NEXT(page, nxt)
    _SET_TOTAL_ITEMS(page, total_items)
    _SET_TOTAL_PAGES(page, total_pages)
    _SET_HTTP(page, http)
    return page


@attrs.define
class Step:
    items: list[Any]
    next: Cursor | None
    total_items: int | None
    total_pages: int | None


@attrs.define  # not frozen: made once a page and never changed (a frozen class costs 4x as much to make)
class _Read:
    """What one page says, read by its style: where the list goes on, and whether that is certain."""

    op: OperationInfo
    vendor: str
    info: PaginationInfo
    raw: Any
    items: list[Any]
    requested: Cursor | None
    response: httpx.Response | None
    home_at: httpx.URL | str | None  # the origin next URLs must stay on, as given
    has_more: bool | None  # what the page's has_more says, if it says it
    total_items: int | None
    total_pages: int | None

    def error(self, detail: str) -> PaginationError:
        return PaginationError(vendor=self.vendor, operation=self.op.name, detail=detail)

    @functools.cached_property
    def home(self) -> httpx.URL | None:
        """The origin next URLs must stay on (a URL is made only for the styles that follow one)."""
        return httpx.URL(self.home_at) if self.home_at is not None else None


def plan_next(
    info: PaginationInfo,
    op: OperationInfo,
    vendor: str,
    raw: Any,
    requested: Cursor | None,
    *,
    response: httpx.Response | None = None,
    home: httpx.URL | str | None = None,
    size: int | None = None,
    reads: _Reads | None = None,
) -> Step:
    """Pure: read one page and decide what comes next. Raises PaginationError on a looping server.

    `response` is the page's HTTP response (its headers and URL, for the header and URL styles);
    `home` the client's base URL, whose origin next URLs must keep; `size` the page size asked for.
    """
    if reads is None:
        reads = _Reads(info)
    items = reads.items(raw)
    if items is None:
        items = []
    if not isinstance(items, list):
        where = ".".join(info.items) or "the body"
        raise PaginationError(vendor=vendor, operation=op.name, detail=f"the items at {where} are not a list")
    total_items = _int(reads.total_items(raw)) if reads.total_items is not None else None
    total_pages = _int(reads.total_pages(raw)) if reads.total_pages is not None else None
    if home is None and response is not None:
        home = response.request.url
    has_more = reads.has_more(raw) if reads.has_more is not None else None
    page = _Read(
        op,
        vendor,
        info,
        raw,
        items,
        requested,
        response,
        home,
        has_more if isinstance(has_more, bool) else None,
        total_items,
        total_pages,
    )
    if reads.current_page is not None:
        current = _int(reads.current_page(raw))
        asked = requested if requested is not None else info.first
        if current is not None and asked is not None and current != int(asked):
            raise page.error(f"asked for page {asked}, the server sent page {current}")
    ended = page.has_more is False and "has_more" in info.stops
    nxt = None if ended else _STYLES[info.style](page)
    if nxt is None or _stops(page, nxt, size):
        nxt = None
    return Step(items, nxt, total_items, total_pages)


def _stops(page: _Read, nxt: Cursor, size: int | None) -> bool:
    """Rules 3 to 5 of the conventions, once the style has found where the list would go on."""
    info, items, stops = page.info, page.items, page.info.stops
    asked = page.requested if page.requested is not None else info.first
    total_pages, total_items = page.total_pages, page.total_items
    read = int(asked) - info.first_page + 1 if info.style == "page_number" and asked is not None else None
    beyond = int(asked) + len(items) if info.style == "offset" and asked is not None else None
    if "total_pages" in stops and total_pages is not None and read is not None and read >= total_pages:
        return True
    if "total_items" in stops and total_items is not None and beyond is not None and beyond >= total_items:
        return True
    size = size if size is not None else info.default_size
    if "short_page" in stops and size is not None and len(items) < size:
        return True
    if items or "empty_page" not in stops:
        return False
    # An empty page ends the list only when nothing in it says there is more: a server may well send
    # an empty page (a filter applied after paging) with a cursor or has_more to go on.
    says_more = (
        page.has_more is True
        or (info.style not in ("page_number", "offset") and bool(nxt))
        or bool(dig(page.raw, info.next_link))
        or (total_pages is not None and read is not None and read < total_pages)
        or (total_items is not None and beyond is not None and beyond < total_items)
    )
    return not says_more


def _page_number(page: _Read) -> Cursor | None:
    info = page.info
    asked = int(page.requested) if page.requested is not None else info.first_page
    link = info.next_link
    if link is not None and "next" in info.stops and _container_present(page.raw, link) and not dig(page.raw, link):
        return None
    return asked + 1


def _offset(page: _Read) -> Cursor | None:
    asked = int(page.requested) if page.requested is not None else page.info.first_offset
    return asked + len(page.items)  # what was received, not what was asked: a capped page loses nothing


def _cursor(page: _Read) -> Cursor | None:
    info = page.info
    if info.cursor_header is not None:
        value: Any = page.response.headers.get(info.cursor_header) if page.response is not None else None
        value = value.strip() if isinstance(value, str) else value
    elif info.last_item is not None:
        value = _last_item_cursor(page) if page.items else None
    else:
        value = dig(page.raw, info.next_cursor)
    if isinstance(value, bool) or not isinstance(value, int | str) or value == "":
        return _nothing_to_follow(page, "no cursor")
    if value == page.requested:
        raise page.error(f"the server sent the cursor {value!r} it was given: it would loop")
    return value


def _next_url(page: _Read) -> Cursor | None:
    value = dig(page.raw, page.info.next_url)
    return _follow(page, value) if isinstance(value, str) and value.strip() else _nothing_to_follow(page, "no next URL")


def _link_header(page: _Read) -> Cursor | None:
    headers = page.response.headers.get_list("link") if page.response is not None else []
    rel = page.info.link_rel.lower()
    url = next((target for value in headers for target, rels in parse_links(value) if rel in rels), None)
    if url is None:
        return _nothing_to_follow(page, f'no Link with rel="{rel}"')
    return _follow(page, url)


_STYLES: dict[str, Callable[[_Read], Cursor | None]] = {
    "page_number": _page_number,
    "offset": _offset,
    "cursor": _cursor,
    "next_url": _next_url,
    "link_header": _link_header,
}


def _nothing_to_follow(page: _Read, what: str) -> Cursor | None:
    """The end of a cursor or URL list, unless the page says there is more: then an error, never a short list."""
    if page.has_more is True:
        raise page.error(f"the page says has_more but there is {what} to follow")
    return None


def _follow(page: _Read, value: str) -> str:
    """A next URL, resolved against the URL just requested; it must stay on the client's origin."""
    base = page.response.request.url if page.response is not None else page.home
    try:
        url = base.join(value.strip()) if base is not None else httpx.URL(value.strip())
    except httpx.InvalidURL as exc:
        raise page.error(f"the next page's URL is not a URL ({exc})") from None
    if page.home is None or url.scheme not in ("http", "https") or origin(url) != origin(page.home):
        home = f" ({_origin_text(page.home)})" if page.home is not None else ""
        raise page.error(
            f"the next page is on another origin ({_origin_text(url)}) than the client's{home}: "
            "credentials never follow it"
        )
    if url.userinfo:
        raise page.error("the next page's URL carries credentials of its own: not followed")
    text = str(url)
    if text == page.requested:
        raise page.error("the server sent the URL it was asked for as the next page: it would loop")
    return text


def _origin_text(url: httpx.URL) -> str:
    """`https://host:port`: what an error may say of a URL (never its path or query, which may hold a token)."""
    return f"{url.scheme}://{url.host}" + (f":{url.port}" if url.port is not None else "")


_LINK = re.compile(r"<([^>]*)>((?:\s*;\s*[^;,=\s]+\s*(?:=\s*(?:\"(?:[^\"\\]|\\.)*\"|[^;,\s]*))?)*)")
_PARAM = re.compile(r";\s*([^;,=\s]+)\s*(?:=\s*(\"(?:[^\"\\]|\\.)*\"|[^;,\s]*))?")


def parse_links(header: str) -> list[tuple[str, frozenset[str]]]:
    """RFC 8288 `Link` header: each target with its relation types (lower-cased; `rel="next last"` is two).

    >>> parse_links('<https://api.example.com/x?page=2>; rel="next", <https://api.example.com/x?page=9>; rel=last')
    [('https://api.example.com/x?page=2', frozenset({'next'})), ('https://api.example.com/x?page=9', frozenset({'last'}))]
    """
    links = []
    for match in _LINK.finditer(header):
        rels: frozenset[str] = frozenset()
        for name, value in _PARAM.findall(match.group(2)):
            if name.lower() == "rel" and not rels:  # the first rel counts (RFC 8288 3.3)
                if value.startswith('"'):
                    value = re.sub(r"\\(.)", r"\1", value[1:-1])
                rels = frozenset(value.lower().split())
        links.append((match.group(1).strip(), rels))
    return links


def _last_item_cursor(page: _Read) -> str:
    """The cursor from the page's last item: its paths' values, one as it is or several joined."""
    spec = page.info.last_item
    assert spec is not None
    last = page.items[-1]
    parts: list[Any] = []
    for path in spec.paths:
        value = dig(last, path)
        if value is None:
            where = ".".join(path)
            raise page.error(f"the page's last item has no {where} to continue from")
        parts.extend(value if isinstance(value, list) else [value])
    parts = [_plain(part) for part in parts]
    if not parts:
        raise page.error("the page's last item gives an empty cursor")
    if spec.join == "json":
        return json.dumps(parts, separators=(",", ":"))
    if len(parts) == 1 and isinstance(parts[0], str):
        return parts[0]
    return spec.join.join(part if isinstance(part, str) else json.dumps(part) for part in parts)


def _plain(value: Any) -> Any:
    """A value of a generated model as the JSON the server sent: an enum's value, a date's ISO text."""
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    return value


def _int(value: Any) -> int | None:
    if value.__class__ is int:  # what decoded JSON gives: one check
        return value
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _container_present(raw: Any, path: Path) -> bool:
    """`links.next` only ends the list when the server sent `links` at all."""
    return len(path) < 2 or dig(raw, path[:-1]) is not None


def page_request(endpoint: E, args: dict[str, Any]) -> tuple[E, dict[str, Any]]:
    """What a fetch sends: the operation with its arguments, or, for a URL the server gave, a GET of it."""
    url = args.get(NEXT_URL)
    if url is None:
        return endpoint, args
    return attrs.evolve(endpoint, build=_GetURL(str(url)), path_params=()), {}


@attrs.frozen
class _GetURL:
    """The request builder of a next page whose URL the server gave (the caller's arguments are in it)."""

    url: str

    def __call__(self, **_: Any) -> dict[str, Any]:
        return {"method": "get", "url": self.url}


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


# -- page concurrency -------------------------------------------------------------------------

ADAPTIVE_START = 8
"""The fixed page concurrency (where a rate limit is documented), and the fewest pages a listing
resumes with after one that met no refusal."""
OPENING = 32
"""Pages a client's first listing of a list asks for in its opening round, once the first page
has said how many there are: paced evenly over one round trip (`AdaptiveConcurrency.pace`),
and their answers do not grow the window (`Concurrency.answered`'s `grows`).

Why 32, paced so: a server with a cap a gateway keeps refuses at once, and in the opening the
client is not yet busy parsing pages, so it hears the first refusal within a page or two of the
cap and stops (under a cap of 16: one refusal a listing, where slow start from 8 found the cap
in its third round, while pages were coming back, and heard the refusals 15-30 ms late, after
a crowd had gone: 3-24). A flat server is kept busy from the first round trip (slow start from
8 left it idle for two). A cap far away refuses no sooner than it answers, and nothing sent in
the opening can hear that in time: what goes beyond the cap is refused, 16 of 32 under a cap of
16, as many as slow start's third round sends beyond it. Its answers growing the window too
would send as many again before the refusals come back, so they do not: growth starts with the
next round. A smaller cap costs more than slow start did (28 under a cap of 4, where slow start
lost 6), and the refused pages go again a window's worth a round trip (`retry_delay`), so the
list still completes."""
ADAPTIVE_BOUNDS = (1, 64)
"""The fewest and the most pages an adaptive listing has in flight (and fetched ahead of its caller).

Not more than 64: pages in flight become pages held for a caller slower than the server, and each
waits as its body. Measured at 128 (bench/memory.py, pages served at once to a caller parsing
them): PackageX's listing held 65-77 MB more than its start, against 36-42 MB at 64, and grew with
the length of the list, where at 64 it stays flat. What 128 bought was a client's second listing
of CloneGuard's 99 pages, all asked for at once: 0.19-0.25 s against 0.22-0.27 s at 64, on a
64-thread fetch floor of 0.19 s (bench/listing.py)."""
LATENCY_RISE = 2.0
"""Growth stops while recent answers take more than this many times the fastest one: the server queues."""
BACKOFF = 0.7
"""After a 429 or 503: pages in flight, as a share of the most the server took (CUBIC's cut, RFC
9438: a server that refuses at once what is beyond its cap has no queue to drain, and the list is
short, so half would cost a round for nothing)."""
CEILING_HELD = 300.0
"""Seconds a ceiling a refusal set is held, by this listing and the client's next listings of the
list, before the window may grow past it again (a page a round). A cap the server does not
document is found at the cost of a refusal or a few; probing above it sooner only buys another
refusal from a server whose cap has not moved, and a listing that resumed under it would pay one
every time. TCP caches a destination's threshold so (RFC 9040), and lets the entry age out (Linux
after an hour): a server that raised its cap is found again once the ceiling is released."""
SMOOTHING = 0.125
"""Weight of one answer in the recent latency (TCP's smoothed round-trip time uses the same)."""
IN_USE = 0.5
"""An answer grows the window only if this share of it was still in flight as the answer came
back: a window the listing does not fill (a slow consumer with every page ahead fetched, the last
pages of a list) says nothing of what the server takes, and a window grown while idle would later
go out all at once (RFC 7661's rule for TCP). Half, not more: pages are paced over half a round
trip (`AdaptiveConcurrency.pace`), so their answers come back spread out too, and a window that
is filled as fast as it may be has only part of it out as each answer comes (at three quarters,
slow start was seen to stall at 10 pages for a round)."""
OBJECTIONS = frozenset({429, 503})
"""The statuses that say "fewer at once, please"."""
PACE_BURST = 2
"""Pages that go at once, before the next are spaced evenly over a round trip (`AdaptiveConcurrency.pace`)."""


@attrs.frozen
class Concurrency:
    """How many pages to have in flight: pure AIMD decisions, as TCP's congestion control makes them.

    Each answer gives the next state. From where it starts (a first listing: `OPENING`, whose
    answers do not grow it, `grows=False`; a next one: where the client's last listing of the list
    got to, `resumed`) every answer adds a page (the window doubles each round: slow start) while answers come as fast as they did: the recent latency,
    smoothed, within `LATENCY_RISE` times the fastest seen. Once the server queues, more at once
    only makes each page slower: the window holds, and grows again by one page a round when the
    latency is back. A 429 or 503 sets a ceiling one below the attempts in flight as the refused
    one went out (and below the window), cuts the window to `BACKOFF` of it and starts a new
    `epoch`: answers to requests sent before it — the crowd the server refused — neither grow nor
    cut the window again (TCP's recovery), nor lower the ceiling. A refusal of the crowd read after
    the first, with fewer out as it went, is either read late (a busy thread) or reached the server
    late, after requests sent behind it had filled the cap (the sending thread waited for the GIL,
    or the server read its connection last): the two cannot be told apart, and the second says
    nothing of the cap. Taken as the lower bound, one such refusal under a cap of 16 set the
    ceiling to 14 (seen on the throttled bench; a run 2x slower there, its next listing too with
    no refusal, fits one near 8): every listing for five minutes ran slower, never asking more.
    A ceiling left too high costs a refusal instead, whose crowd sets it again. Then it climbs back a page an answer,
    whatever the latency (the crowd made the answers slow, and the server was seen to take that
    many), never past the ceiling, which stands until the driver releases it (`released`,
    `CEILING_HELD`). Bounded by `ADAPTIVE_BOUNDS`.

    >>> c = Concurrency()
    >>> c.window
    8
    >>> c = c.answered(0.05, 200, in_flight=8, busy=8, sent_epoch=0)  # slow start: one more page
    >>> c.window
    9
    >>> c = c.answered(0.05, 429, in_flight=9, busy=9, sent_epoch=0)  # refused with 9 in flight
    >>> c.window, c.ceiling, c.epoch
    (5, 8.0, 1)
    >>> c.answered(0.05, 429, in_flight=9, busy=9, sent_epoch=0).window  # the same crowd: no second cut
    5
    >>> c.answered(0.05, 429, in_flight=7, busy=9, sent_epoch=0).ceiling  # the same crowd, read later: no lower
    8.0
    >>> c.answered(0.05, 200, in_flight=5, busy=5, sent_epoch=1).window  # climbing back
    6
    """

    limit: float = float(ADAPTIVE_START)
    ceiling: float = float(ADAPTIVE_BOUNDS[1])
    growing: bool = True  # slow start: until the first sign of a limit
    fastest: float | None = None  # seconds: the quickest answer seen
    recent: float | None = None  # seconds: answers lately, smoothed
    epoch: int = 0  # back-offs so far
    owed: int = 0  # growth the opening round held back, owed to the next listing (`opened`)
    low: int = ADAPTIVE_BOUNDS[0]
    high: int = ADAPTIVE_BOUNDS[1]

    @property
    def window(self) -> int:
        """Pages to have in flight now."""
        return max(self.low, min(self.high, int(self.limit + 1e-9), int(self.ceiling + 1e-9)))

    def resumed(self) -> Concurrency:
        """The state the next listing of the same list starts from: the window this one reached and
        the ceiling a refusal set, its timings forgotten (TCP keeps a destination's window and
        threshold between connections so: RFC 9040). Below a ceiling it grows a page a round, not by
        slow start, so a server that refused at 16 is not sent 17 again at once.

        >>> Concurrency(limit=15.0, ceiling=15.0, epoch=2, growing=True).resumed()
        Concurrency(limit=15.0, ceiling=15.0, growing=False, fastest=None, recent=None, epoch=0, owed=0, low=1, high=64)
        >>> Concurrency(limit=44.0, growing=False).resumed().window  # no refusal: where it got to
        44

        With no refusal, it also gets the growth a first listing's opening held back (`opened`),
        and grows by slow start again: the verdict of this listing's latency is forgotten with it.
        """
        if self.ceiling < self.high:
            return Concurrency(float(self.window), self.ceiling, growing=False, low=self.low, high=self.high)
        limit = float(min(max(self.window + self.owed, ADAPTIVE_START), self.high))
        return Concurrency(limit, self.ceiling, low=self.low, high=self.high)

    def opened(self, answers: int) -> Concurrency:
        """The state once every page of the opening round has been answered, `answers` of them and
        no refusal: the growth their answers held back (a page each, as slow start's) is owed to
        the client's next listing of the list (`resumed`), not given to this one, where a jump
        by as many would go out beyond a cap that had not yet refused (under a cap of 32 far away,
        refusals went from 25 to 32). None after a refusal.

        >>> Concurrency(limit=40.0).opened(32).resumed().window
        64
        >>> Concurrency(limit=40.0).opened(32).window
        40
        """
        return self if self.epoch else attrs.evolve(self, owed=answers)

    def released(self) -> Concurrency:
        """The ceiling a refusal set, lifted: the window grows past it a page a round (TCP's
        congestion avoidance), so a server that now takes more is found in as many rounds as it
        takes more, and one whose cap has not moved refuses one page or two, which sets the
        ceiling again.

        >>> Concurrency(limit=16.0, ceiling=16.0, growing=False).released().ceiling
        64.0
        """
        return attrs.evolve(self, ceiling=float(self.high), growing=False)

    def answered(
        self, latency: float, status: int | None, *, in_flight: int, busy: int, sent_epoch: int, grows: bool = True
    ) -> Concurrency:
        """The state after one attempt's answer: its latency in seconds and status (None: no answer).

        `in_flight` attempts were out as it went out, `busy` as it came back (itself included each
        time); it went out in epoch `sent_epoch`.
        """
        if sent_epoch != self.epoch:
            # sent before the last back-off: that crowd is what it answered for, its refusals
            # included (see the class's docstring: they leave the ceiling where the first set it)
            return self
        if status in OBJECTIONS:
            return self._objected(in_flight)
        if status is None:
            return self  # a connection error or a timeout says nothing of the server's pace
        fastest = latency if self.fastest is None else min(self.fastest, latency)
        recent = latency if self.recent is None else self.recent + SMOOTHING * (latency - self.recent)
        if not grows:
            return attrs.evolve(self, fastest=fastest, recent=recent)
        if recent > fastest * LATENCY_RISE and not self.limit < self.ceiling < self.high:
            # (below where the server objected, the window climbs back whatever the latency: the
            # crowd it objected to inflated it, and that level is known to be taken)
            return attrs.evolve(self, fastest=fastest, recent=recent, growing=False)
        if busy < self.window * IN_USE:
            return attrs.evolve(self, fastest=fastest, recent=recent)
        limit = min(self.limit + (1.0 if self.growing else 1.0 / self.window), self.ceiling, float(self.high))
        return attrs.evolve(self, limit=limit, fastest=fastest, recent=recent)

    def _objected(self, in_flight: int) -> Concurrency:
        # one below what was in flight as the refused attempt went out (never below the server's
        # cap: the client counts an attempt for longer than the server does), and never above a
        # ceiling already set. Not below the window as the refusal is read: a refused page asked
        # again goes whatever the window, and a ceiling taken from a window cut meanwhile was seen
        # to fall to 10 under a cap of 16.
        ceiling = float(max(self.low, min(self.ceiling, in_flight - 1)))
        limit = max(float(self.low), min(self.limit, ceiling) * BACKOFF)
        return attrs.evolve(self, limit=limit, ceiling=ceiling, growing=True, epoch=self.epoch + 1)


Sending = tuple[float, int, int, bool]
"""What `AdaptiveConcurrency.sending` hands out and takes back: (clock reading, in flight, epoch,
whether it went out in the opening round)."""


class AdaptiveConcurrency:
    """One listing's page concurrency, learning from every attempt its pages make (a `Meter`).

    The request loop calls `sending()` before an attempt and `answered()` after it, from whichever
    thread or task sends; the paginator reads `window` before it asks for more pages, and `pace()`
    for how long each waits before it goes (with the client's `wait` or `async_sleep`). The state
    is a `Concurrency` value, replaced under a lock; the clock is the client's (injectable).

    `refused_at` is when a refusal last set or lowered the ceiling (on the clock): the ceiling is
    released `CEILING_HELD` seconds after it, in this listing or in a later one that resumed from
    it (the client passes it on, with the state: `_resource._concurrency`).
    """

    def __init__(
        self,
        clock: Callable[[], float],
        state: Concurrency | None = None,
        *,
        wait: Callable[[threading.Event, float], bool] = threading.Event.wait,
        async_sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        refused_at: float | None = None,
    ) -> None:
        self._clock = clock
        # the client's (`Runtime.wait`): a paced page waits with it, woken when its caller leaves
        self.wait: Callable[[threading.Event, float], bool] = wait
        self.async_sleep: Callable[[float], Awaitable[None]] = async_sleep
        self._lock = threading.Lock()
        self._due = -math.inf  # when the next page is due, at the paced rate (GCRA's theoretical arrival time)
        self._in_flight = 0
        self._before_cut = 0  # attempts in flight that went out before the last back-off
        self._refused = 0  # pages refused and not yet asked again: their retries will go whatever the window
        self._opening = state is None  # a first listing: its first round is the opening
        self._heard = 0  # answers heard (not refusals): the opening round is what goes out after the first
        self._opening_out = 0  # pages of the opening round not yet answered
        self._credit: int | None = 0  # the opening's answers, for `Concurrency.opened` (None: given)
        self._retry_due = -math.inf  # when the next refused page may go again
        self.state: Concurrency = state if state is not None else Concurrency(float(OPENING))
        self.refused_at = refused_at

    @property
    def window(self) -> int:
        return self.state.window

    @property
    def _in_opening(self) -> bool:
        """A first listing's opening round: what goes out before a second answer is heard."""
        return self._opening and self._heard <= 1

    @property
    def most(self) -> int:
        """The most pages it will ever have in flight."""
        return self.state.high

    def sending(self) -> Sending:
        with self._lock:
            self._in_flight += 1
            self._refused = max(0, self._refused - 1)  # a refused page's retry, or one held for it
            # Until the attempts out at the last back-off are answered, the server still has them:
            # a refusal meanwhile is the same crowding, already answered for (TCP's recovery).
            epoch = self.state.epoch if not self._before_cut else self.state.epoch - 1
            opening = self._in_opening
            self._opening_out += opening
            return self._clock(), self._in_flight, epoch, opening

    def answered(self, sending: Sending, status: int | None) -> bool:
        """Hears an attempt's status (None: no answer). True when it was a refusal (429 or 503) of a
        crowd this listing sent: it went out with others of its attempts in flight. The request
        loop does not count that refusal against the call's `max_retries` (`_attempt.judge`, up to
        `excusable` a page): the probing is scankit's, not the caller's. One refused as it went
        out alone counts: one page at a time would have met it too."""
        started, in_flight, epoch, opening = sending
        now = self._clock()
        latency = now - started
        with self._lock:
            busy = self._in_flight
            self._in_flight -= 1
            before, ceiling = self.state.epoch, self.state.ceiling
            if epoch < before and self._before_cut:
                self._before_cut -= 1
            self.state = self.state.answered(
                latency, status, in_flight=in_flight, busy=busy, sent_epoch=epoch, grows=not opening
            )
            if status is not None and status < 400:
                self._heard += 1
                if self._opening and self._heard == 1 and not latency:
                    # no round trip to pace the opening over (a clock that did not move): slow
                    # start from 8, not a burst of 32
                    self._opening = False
                    self.state = attrs.evolve(self.state, limit=min(self.state.limit, float(ADAPTIVE_START)))
            if opening and self._credit is not None:
                self._opening_out -= 1
                self._credit = self._credit + 1 if status is not None and status < 400 else self._credit
                if self.state.epoch:
                    self._credit = None  # a refusal came: no growth held back is due
                elif not self._opening_out and self._heard >= 2:
                    self.state, self._credit = self.state.opened(self._credit), None
            if self.state.epoch != before:
                self._before_cut = self._in_flight
            if status in OBJECTIONS:
                self._refused += 1
            if self.state.epoch != before or self.state.ceiling < ceiling:
                self.refused_at = now
            elif self.refused_at is not None and now - self.refused_at >= CEILING_HELD:
                self.state, self.refused_at = self.state.released(), None
            return status in OBJECTIONS and in_flight > 1

    @property
    def excusable(self) -> int:
        """Refusals of one page for this listing's own crowding not counted against `max_retries`: as
        many as the window doubles from its fewest pages to its most (slow start's rounds, the
        crowds it can send), 6 for `ADAPTIVE_BOUNDS`. Bounded, so that a server refusing every
        crowd still ends the listing, after back-offs that double each time."""
        return (self.state.high // self.state.low).bit_length() - 1

    def pace(self) -> float:
        """Seconds the page about to be asked for waits before it goes.

        Answers come back in bursts (the pages of a round went out together), and each may ask for
        two more pages; sent at once, a burst that crosses a server's limit is refused whole before
        the first refusal is heard. So pages go out at most `PACE_BURST` at once and then spaced
        evenly, at twice the window per round trip: the rate of a window that doubles each round.
        A first listing's opening round goes over one whole round trip (`OPENING`): its pages are
        not answers' growth but a start, and spread so, a refusal at once is heard within a page
        or two of the cap.
        """
        with self._lock:
            now, rtt = self._clock(), self.state.recent
            if not rtt:
                return 0.0
            # the opening over one round trip; later rounds over half of one: the rate of a window
            # that doubles each round
            spacing = rtt / ((1 if self._in_opening else 2) * self.state.window)
            due = max(self._due, now)
            self._due = due + spacing
            return max(0.0, due - (PACE_BURST - 1) * spacing - now)

    def held(self) -> float:
        """Seconds a paced page, its turn come, waits again before it goes: none unless the window
        has been cut since its turn was given and the attempts out fill it (then a spacing's
        worth, and it asks again). Without it the pages paced over a round trip before a refusal
        went out after it all the same, into the crowd the server had just refused. The refused
        pages waiting to be asked again count as out: their retries go whatever the window, and
        they go first."""
        with self._lock:
            rtt = self.state.recent
            if not rtt or self._in_flight + self._refused < self.state.window:
                return 0.0
            return rtt / (2 * self.state.window)

    def retry_delay(self) -> float | None:
        """How long a refused page waits before it is asked again: about one round trip (the
        request loop doubles it at each refusal of the same page, `_attempt.judge`).

        The window has already backed off, and by then the crowd the page was refused with has
        been answered: the client's usual back-off (half a second) would hold up every page
        behind it, since pages are yielded in order. None until a page has come back. The
        refused pages go again a window's worth a round trip, not all at once: their retries go
        whatever the window, and a crowd refused together would be refused together again.
        """
        with self._lock:
            rtt = self.state.recent
            if rtt is None:
                return None
            now = self._clock()
            due = max(self._retry_due, now + rtt)
            self._retry_due = due + rtt / self.state.window
            return due - now

    def __repr__(self) -> str:
        return f"AdaptiveConcurrency(window={self.window})"


class _Fixed:
    """A page concurrency the caller fixed (`page_concurrency=4`)."""

    def __init__(self, pages: int) -> None:
        self.window: int = max(1, pages)
        self.most: int = self.window

    def pace(self) -> float:
        return 0.0


class _Ended:
    """The fetches of a parallel listing that have ended, counted as each ends (a done-callback,
    from the thread that ran it), so the paginator learns what is still running in O(1) and waits
    for the next to end without waiting on every future in flight each time (which is O(window)
    per page, in the thread that also yields the items)."""

    def __init__(self) -> None:
        self.count = 0
        self._changed = threading.Condition()

    def __call__(self, _: concurrent.futures.Future[Any]) -> None:
        with self._changed:
            self.count += 1
            self._changed.notify_all()

    def wait_beyond(self, seen: int) -> None:
        """Until more than `seen` fetches have ended."""
        with self._changed:
            self._changed.wait_for(lambda: self.count > seen)


class _AsyncEnded:
    """`_Ended` on the event loop: the tasks that have ended, and an event for the next one."""

    def __init__(self) -> None:
        self.count = 0
        self._changed = asyncio.Event()

    def __call__(self, _: asyncio.Future[Any]) -> None:
        self.count += 1
        self._changed.set()

    async def wait_beyond(self, seen: int) -> None:
        while self.count <= seen:
            self._changed.clear()
            await self._changed.wait()


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
        concurrency: int | AdaptiveConcurrency,
        retries: int = DEFAULT_GAP_RETRIES,
        base_url: httpx.URL | str | None = None,
        select: Select | None = None,
    ) -> None:
        if op.pagination is None:
            raise TypeError(f"{op.name} is not a list operation")
        for name, value in (("max_items", max_items), ("max_pages", max_pages)):
            if value is not None and value < 0:
                raise ValueError(f"{name} must be >= 0, not {value}")
        self._op = op
        self._info: PaginationInfo = op.pagination
        self._reads = _Reads(self._info)  # its paths' readers, made once: read on every page
        self._vendor = vendor
        self._item_type = item_type
        self._max_items = max_items
        self._max_pages = max_pages
        self._width = concurrency if isinstance(concurrency, AdaptiveConcurrency) else _Fixed(concurrency)
        self._retries = max(0, retries)
        self._home = httpx.URL(base_url) if base_url is not None else None  # next URLs keep to its origin
        self._select = select
        self._served = 0  # the items the last page held as sent, before `select`: what a page holds
        param = self._info.param
        start = kwargs.get(param) if param is not None else None
        self._start: Cursor | None = start if isinstance(start, int | str) and not isinstance(start, bool) else None
        # pages cut to max_items only when every item counts: with `select`, how many pages hold them is unknown
        kwargs = fitted_page_size(self._info, kwargs, None if select else max_items, self._start)
        self._kwargs = {k: v for k, v in kwargs.items() if k != param}
        size = self._kwargs.get(self._info.size_param) if self._info.size_param else None
        self._size = size if isinstance(size, int) and not isinstance(size, bool) else None
        self._from_start = self._start in (None, self._info.first)  # only then can the items be held to the total
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
        if self._info.style in URL_STYLES:
            return {NEXT_URL: value}  # the URL carries the caller's parameters
        return {**self._kwargs, self._info.request_param: value}

    def _page(self, raw: Any, requested: Cursor | None) -> Page[T, R]:
        http = None
        if isinstance(raw, Sent):
            http, raw = raw.http_response, raw.parsed
        if isinstance(raw, Later):
            raw = raw()  # read into its models now, as the listing reaches it (not as it arrived)
        if self._home is None and http is not None:
            self._home = http.request.url  # no base URL given: the first page's origin is home
        info = self._info
        step = plan_next(
            info,
            self._op,
            self._vendor,
            raw,
            requested,
            response=http,
            home=self._home,
            size=self._size,
            reads=self._reads,
        )
        if step.next is not None and not step.items and info.style in ("page_number", "offset"):
            raise _Gap(requested)
        if step.next is not None and info.style not in ("page_number", "offset"):
            if step.next in self._seen:
                what = "URL" if info.style in URL_STYLES else f"cursor {step.next!r}"
                raise PaginationError(
                    vendor=self._vendor,
                    operation=self._op.name,
                    detail=f"the {what} came back: it would loop",
                )
            self._seen.add(step.next)
        self._check(step, requested)
        self._served = len(step.items)
        items, nxt = step.items, step.next
        if self._select is not None:
            items, stop = self._select(items)
            nxt = None if stop else nxt
        return _new_page(items, raw, requested, nxt, step.total_items, step.total_pages, http)

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

    def _gap(self, requested: Cursor | None, tries: int) -> PaginationError:
        number = self._info.first if requested is None else requested
        what = "offset" if self._info.style == "offset" else "page"
        times = "once" if tries == 1 else f"{tries} times"
        return self._error(
            f"{what} {number} came back empty ({times}) while the list says there is more: "
            "the items from there on cannot be listed without a gap"
        )

    def _parallel_pages(self, first: Page[T, R]) -> range:
        """Page numbers that can be fetched at once, when the server said how many there are.

        That is its total of pages or, when it only gives a total of items (PackageX), that total
        over the first page's length. Should that come out short (the list grew meanwhile), the
        paginator goes on page by page after the last of them (`_parallel`). A range, never a list:
        the drivers take from it only as many as they have in flight, whatever the server claims.
        """
        if self._info.style != "page_number" or first.next is None:
            return range(0)
        last = None if first.total_pages is None else self._info.first_page - 1 + first.total_pages
        size = self._served  # the first page as sent: a `select` may have kept fewer of its items
        if last is None and first.total_items is not None and size:
            last = self._info.first_page - 1 + -(-first.total_items // size)
        if last is None:
            return range(0)
        if self._max_pages is not None:
            last = min(last, int(first.requested or self._info.first_page) + self._max_pages - 1)
        if self._max_items is not None and size and self._select is None:
            # no page whose items would be cut off anyway: 150 items at 100 a page is 2 pages, not 10
            pages = -(-self._max_items // size)
            last = min(last, int(first.requested or self._info.first_page) + pages - 1)
        return range(int(first.next), last + 1)

    def _more_pages(self, fetched: int) -> bool:
        return self._max_pages is None or fetched < self._max_pages

    def _room(self, held: int, running: int) -> int:
        """How many more pages to ask for now: up to the window in flight (`running`), and never
        more than the most pages in flight asked for and not yet taken (`held`, as they are yielded
        in order). Asked each time an answer comes, not only as a page is taken: a slow page at the
        head of the line holds up the caller, not the pages behind it."""
        return max(0, min(self._width.window - running, self._width.most - held))

    def _beyond(self, page: Page[T, R], fetched: int) -> int | None:
        """When the planned pages are all taken while the list goes on (the count was short: the
        list grew meanwhile), the page after the last: on page by page from there (with prefetch)."""
        return int(page.next or 0) if page.next is not None and self._more_pages(fetched) else None


class SyncPaginator(_Base[T, R]):
    """Iterate items (`for scan in client.scans.list()`) or pages (`.pages()`); lazy, every page.

    `first_page()` fetches one page. `cursor` tells where to resume after a partial iteration.
    """

    def __init__(self, fetch: Callable[[dict[str, Any], threading.Event], Any], *args: Any, **kw: Any) -> None:
        super().__init__(*args, **kw)
        # fetch(kwargs, left): a page, `left` set once its caller has left the walk (the request
        # loop then neither retries the page nor sleeps out a back-off for it)
        self._fetch = fetch
        self._left = threading.Event()  # set when the caller leaves the walk (each walk has its own)

    def first_page(self) -> Page[T, R]:
        self._restart()
        self._left = threading.Event()  # a page asked for by itself, not in a walk: never left
        return self._settle(self._fetch(self._kwargs_for(self._start), self._left), self._start)

    def _settle(self, raw: Any, requested: Cursor | None) -> Page[T, R]:
        """The page `raw` is, once a gap (an empty page that says there is more) is asked again."""
        tries = 0
        while True:
            try:
                return self._page(raw, requested)
            except _Gap:
                tries += 1
                if tries > self._retries:
                    raise self._gap(requested, tries) from None
            raw = self._fetch(self._kwargs_for(requested), self._left)

    def __iter__(self) -> Iterator[T]:
        count = 0
        pages = self._walk()
        try:
            for page in pages:
                for item in page.items:
                    if self._max_items is not None and count >= self._max_items:
                        return
                    count += 1
                    yield item
        finally:
            pages.close()  # now, not when the generator is collected: the pages ahead are let go

    def pages(self) -> Iterator[Page[T, R]]:
        return self._walk()

    def _walk(self) -> Generator[Page[T, R], None, None]:
        if self._max_pages == 0 or self._max_items == 0:
            return
        self._restart()
        pool = concurrent.futures.ThreadPoolExecutor(self._width.most, thread_name_prefix="scankit-page")
        self._left = left = threading.Event()
        try:
            yield from self._pages(pool)
        finally:
            # Leaving early (break, an error) returns at once: fetches not started are cancelled
            # (those waiting for their paced turn too), those in flight finish in the background
            # and hand their connections back to the pool.
            left.set()
            pool.shutdown(wait=False, cancel_futures=True)

    def _submit(
        self, pool: concurrent.futures.Executor, value: Cursor | None, wait: float = 0.0
    ) -> concurrent.futures.Future[Any]:
        ctx = contextvars.copy_context()
        return pool.submit(ctx.run, self._fetch_after, wait, self._left, self._kwargs_for(value))

    def _fetch_after(self, wait: float, left: threading.Event, kwargs: dict[str, Any]) -> Any:
        width = self._width
        if wait > 0 and isinstance(width, AdaptiveConcurrency):
            while wait > 0:
                if width.wait(left, wait):
                    raise concurrent.futures.CancelledError  # the caller has left the list meanwhile
                wait = width.held()
        return self._fetch(kwargs, left)

    def _pages(self, pool: concurrent.futures.Executor) -> Iterator[Page[T, R]]:
        page = self._settle(self._fetch(self._kwargs_for(self._start), self._left), self._start)
        fetched, items = 1, len(page.items)
        parallel = self._parallel_pages(page) if self._width.most > 1 else range(0)
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
            page = self._settle(ahead.result(), requested)
            fetched, items = fetched + 1, items + len(page.items)

    def _parallel(
        self, pool: concurrent.futures.Executor, first: Page[T, R], numbers: range, items: int
    ) -> Iterator[Page[T, R]]:
        self.cursor = first.next
        yield first
        window: collections.deque[tuple[int, concurrent.futures.Future[Any]]] = collections.deque()
        queue = iter(numbers)
        ended = _Ended()
        asked = 0

        def ask(number: int, wait: float = 0.0) -> None:
            nonlocal asked
            future = self._submit(pool, number, wait)
            future.add_done_callback(ended)
            window.append((number, future))
            asked += 1

        def fill() -> int:
            seen = ended.count  # what is running is counted as fetches end, not recounted each time
            for number in itertools.islice(queue, self._room(len(window), asked - seen)):
                ask(number, self._width.pace())
            return seen

        seen = fill()
        fetched = 1
        try:
            while window:
                number, future = window[0]
                while not future.done():  # the pages behind it are asked for as the others come
                    ended.wait_beyond(seen)
                    seen = fill()
                window.popleft()
                page = self._settle(future.result(), number)
                items, fetched = items + len(page.items), fetched + 1
                done = page.next is None or (self._max_items is not None and items >= self._max_items)
                if not done:
                    seen = fill()
                    beyond = None if window else self._beyond(page, fetched)
                    if beyond is not None:
                        ask(beyond)
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
        return await self._settle(await self._fetch(self._kwargs_for(self._start)), self._start)

    async def _settle(self, raw: Any, requested: Cursor | None) -> Page[T, R]:
        """See SyncPaginator._settle."""
        tries = 0
        while True:
            try:
                return self._page(raw, requested)
            except _Gap:
                tries += 1
                if tries > self._retries:
                    raise self._gap(requested, tries) from None
            raw = await self._fetch(self._kwargs_for(requested))

    def __aiter__(self) -> AsyncIterator[T]:
        # A plain method returning the async generator: jedi (IPython, Jupyter) infers nothing for
        # the items of `async for` when __aiter__ is itself an async generator.
        return self._items()

    async def _items(self) -> AsyncIterator[T]:
        count = 0
        pages = self._walk()
        try:
            async for page in pages:
                for item in page.items:
                    if self._max_items is not None and count >= self._max_items:
                        return
                    count += 1
                    yield item
        finally:
            await pages.aclose()  # the pages ahead are cancelled now, not when this is collected

    def pages(self) -> AsyncIterator[Page[T, R]]:
        return self._walk()

    async def _walk(self) -> AsyncGenerator[Page[T, R], None]:
        if self._max_pages == 0 or self._max_items == 0:
            return
        page = await self.first_page()
        fetched, items = 1, len(page.items)
        parallel = self._parallel_pages(page) if self._width.most > 1 else range(0)
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
            page = await self._settle(await ahead, requested)
            fetched, items = fetched + 1, items + len(page.items)

    async def _parallel(self, first: Page[T, R], numbers: range, items: int) -> AsyncIterator[Page[T, R]]:
        self.cursor = first.next
        yield first

        async def after(wait: float, kwargs: dict[str, Any]) -> Any:
            width = self._width
            if wait > 0 and isinstance(width, AdaptiveConcurrency):
                while wait > 0:  # see SyncPaginator._fetch_after
                    await width.async_sleep(wait)
                    wait = width.held()
            return await self._fetch(kwargs)

        window: collections.deque[tuple[int, asyncio.Future[Any]]] = collections.deque()
        queue = iter(numbers)
        ended = _AsyncEnded()
        asked = 0

        def ask(number: int) -> None:
            nonlocal asked
            future = asyncio.ensure_future(after(self._width.pace(), self._kwargs_for(number)))
            future.add_done_callback(ended)
            window.append((number, future))
            asked += 1

        def fill() -> int:
            seen = ended.count  # see SyncPaginator._parallel
            for number in itertools.islice(queue, self._room(len(window), asked - seen)):
                ask(number)
            return seen

        seen = fill()
        fetched = 1
        try:
            while window:
                number, future = window[0]
                while not future.done():  # see SyncPaginator._parallel
                    await ended.wait_beyond(seen)
                    seen = fill()
                window.popleft()
                page = await self._settle(await future, number)
                items, fetched = items + len(page.items), fetched + 1
                done = page.next is None or (self._max_items is not None and items >= self._max_items)
                if not done:
                    seen = fill()
                    beyond = None if window else self._beyond(page, fetched)
                    if beyond is not None:
                        ask(beyond)
                self.cursor = page.next
                yield page
                if done:
                    return
        finally:
            for _, future in window:
                future.cancel()
