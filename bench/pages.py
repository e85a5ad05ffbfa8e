"""List pages for the benchmarks, built from each vendor's spec: what the sandbox serves for its list.

The list measured is the one the vendor's README loops over (``scankit_codegen.readme.listing``: a
paginated operation that needs no argument, ``scans.list`` first). Its pages are the spec-driven
sandbox's own answers (``scankit.sandbox``, in this process through httpx's ASGI transport): records
made from the schemas' examples and ``specs/<vendor>/sandbox.yaml``, in the page envelope the
spec's ``x-scankit-pagination`` declares, at 100 items a page where the list takes a page size
(else the size the sandbox serves). The sandbox is seeded, so the pages are the same bytes every run.
No vendor is named here: a new spec is measured by existing.

    fetched = list_pages("hostedscan", items=2_000)   # [Fetched(body, headers, url, requested), ...]

`PageServer` serves any number of items of a vendor's list to an ``httpx.MockTransport`` from a
few of those pages (their items re-used, the pagination fields rewritten for each page), for the
memory benchmark: 1,000,000 records would not fit in a sandbox beside the client being measured.
"""

from __future__ import annotations

import asyncio
import functools
import importlib
import json
import math
import threading
from collections.abc import Mapping
from typing import Any, cast

import attrs
import httpx

from scankit._vendor import OperationInfo, PaginationInfo
from scankit.sandbox import build_app, headers
from scankit.sandbox._app import spec_for
from scankit.sandbox._data import put
from scankit.sandbox._model import Operation, parse_path
from scankit.sandbox._paging import position_param
from scankit_codegen.extensions import load_vendor
from scankit_codegen.readme import listing
from scankit_codegen.registry import vendors

VENDORS: tuple[str, ...] = tuple(vendors())
"""Every spec (``specs/*/openapi.yaml``)."""

SIZE = 100  # items a page, where the list takes a page size (capped by the spec's max_size)
SEED = 0  # the sandbox's data set
HOME = "http://sandbox.test"  # the origin the pages come from (next URLs stay on it)


@attrs.frozen
class Target:
    """A vendor's measured list: the README's listing, as the facade, the spec and the sandbox see it."""

    vendor: str
    operation: OperationInfo  # the facade's (scankit.vendors.<vendor>): its parser, its pagination
    resource: str  # `client.<resource>.<verb>()`
    verb: str
    sandbox_op: Operation  # the sandbox's reading of the same operation
    collection: str  # the sandbox collection its items are records of
    path: str  # the URL path of the list on the sandbox, from its root

    @property
    def pagination(self) -> PaginationInfo:
        assert self.operation.pagination is not None
        return self.operation.pagination

    @property
    def block(self) -> Mapping[str, Any]:
        """The spec's x-scankit-pagination block, as the sandbox serves it."""
        assert self.sandbox_op.pagination is not None
        return self.sandbox_op.pagination

    @property
    def parse(self) -> Any:
        """The generated ``_parse_response`` of the list (the facade's Endpoint carries it)."""
        return cast(Any, self.operation).parse

    def size_params(self, size: int | None = SIZE) -> dict[str, str]:
        """The query a first page is asked with: the page size where the list takes one."""
        info = self.pagination
        if info.size_param is None or size is None:
            return {}
        return {info.size_param: str(min(size, info.max_size) if info.max_size else size)}


@functools.cache
def target(vendor: str) -> Target:
    op = listing(load_vendor(vendor))
    facade = importlib.import_module(f"scankit.vendors.{vendor}")
    found = [v for v in vars(facade).values() if isinstance(v, OperationInfo) and v.operation_id == op.operation_id]
    if not found:
        raise LookupError(f"no operation {op.operation_id} in scankit.vendors.{vendor}")
    spec = spec_for(vendor)
    sandbox_op = next(o for o in spec.operations if o.id == op.operation_id)
    if sandbox_op.collection is None or sandbox_op.pagination is None:
        raise LookupError(f"{vendor}: the sandbox serves no paginated collection for {op.operation_id}")
    return Target(
        vendor=vendor,
        operation=found[0],
        resource=op.tag,
        verb=op.verb,
        sandbox_op=sandbox_op,
        collection=sandbox_op.collection,
        path=f"/{vendor}{spec.prefix}{sandbox_op.template}",
    )


def sandbox(vendor: str, records: int) -> Any:
    """The vendor's sandbox app (no rate limits) whose measured collection holds `records` records.

    The data file's own collection is grown with records made by its own rules (not through
    ``counts``, which would also make every record's children: Advalidation's campaigns have ~40
    creatives each, a minute's work for 2,000 campaigns that the list never shows)."""
    t = target(vendor)
    app = build_app(vendors=[vendor], seed=SEED, rate_limits=False)
    engine = app.state.vendors[vendor]
    collection = engine.store[t.collection]
    definition = engine.gen.defs.get(t.collection, {})
    parents: list[Any] = [None]
    if definition.get("per"):  # a child collection: new records share the existing parents
        parents = list(engine.store[definition["per"]].records) or [None]
    made = 0
    while len(collection) < records:
        record, hidden = engine.gen.make(t.collection, definition, parent=parents[made % len(parents)])
        collection.add(record, hidden)
        made += 1
    engine.gen.settle()
    del collection.records[records:]
    return app


@attrs.frozen
class Fetched:
    """One page as a client receives it, and what the paginator asked for it with (None: the first)."""

    body: bytes
    headers: Mapping[str, str]
    url: str
    requested: Any

    def response(self) -> httpx.Response:
        request = httpx.Request("GET", self.url)
        return httpx.Response(200, content=self.body, headers=self.headers, request=request)

    def items(self, vendor: str) -> list[Any]:
        data: Any = json.loads(self.body)
        for step in target(vendor).pagination.items:
            data = data[step]
        assert isinstance(data, list)
        return data


def next_request(t: Target, fetched: Fetched, nxt: Any) -> httpx.URL:
    """Where the page after `fetched` is, given the paginator's next position (number, cursor or URL)."""
    info = t.pagination
    url = httpx.URL(fetched.url)
    if info.style in ("next_url", "link_header"):
        return url.join(str(nxt))
    param = {"page_number": info.page_param, "offset": info.offset_param, "cursor": info.cursor_param}[info.style]
    assert param is not None
    return url.copy_set_param(param, str(nxt))


def next_of(t: Target, fetched: Fetched) -> Any:
    """The position after a page, as scankit's pure `plan_next` reads it from the generated model."""
    from scankit._pagination import plan_next

    response = fetched.response()
    raw = t.parse(client=_CLIENT, response=response)
    step = plan_next(t.pagination, t.operation, t.vendor, raw, fetched.requested, response=response, home=HOME)
    return step.next


_CLIENT = type("Client", (), {"raise_on_unexpected_status": True})()


async def _walk(vendor: str, app: Any, items: int | None, size: int | None) -> list[Fetched]:
    t = target(vendor)
    out: list[Fetched] = []
    got = 0
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, headers=headers(vendor)) as client:
        url: httpx.URL | None = httpx.URL(f"{HOME}{t.path}", params=t.size_params(size))
        requested: Any = None
        while url is not None and (items is None or got < items):
            response = await client.get(url)
            if response.status_code != 200:
                raise RuntimeError(f"{vendor}: the sandbox answered {response.status_code} to {url}: {response.text}")
            page = Fetched(response.content, dict(response.headers), str(url), requested)
            out.append(page)
            got += len(page.items(vendor))
            requested = next_of(t, page)
            url = None if requested is None else next_request(t, page, requested)
    return out


def list_pages(vendor: str, items: int, size: int | None = SIZE) -> list[Fetched]:
    """The first pages of the vendor's list holding at least `items` items (whole pages), and more after."""
    info = target(vendor).pagination
    more = max(SIZE, info.max_size or 0, info.default_size or 0) + 1  # a page to come after them
    return asyncio.run(_walk(vendor, sandbox(vendor, items + more), items, size))


def bytes_per_item(pages: list[Fetched], vendor: str) -> float:
    return sum(len(p.body) for p in pages) / max(1, sum(len(p.items(vendor)) for p in pages))


# --------------------------------------------------------------------------- any number of items


def _dumps(obj: Any) -> bytes:
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False).encode()


_HOLE = "\x00items\x00"


class PageServer:
    """An httpx handler serving `total_items` items of the vendor's list, as its spec pages them.

    It asks the sandbox for a few full pages at the size the client asks for and serves page `p`
    from one of them, with the fields the spec's pagination block declares (page number, totals,
    ``has_more``, next link, cursor, ``Link`` header) rewritten for `p`; the items are spliced in
    pre-encoded, so serving 10,000 pages costs little beside the client under test.
    """

    VARIANTS = 4

    def __init__(self, vendor: str, total_items: int) -> None:
        self.vendor = vendor
        self.total_items = total_items
        self.requests = 0
        self.target = t = target(vendor)
        self._lock = threading.Lock()
        self._variants: dict[int | None, list[tuple[dict[str, Any], list[bytes]]]] = {}
        self._after_cursor: dict[str, int] = {}  # last-item cursors: the page that follows each
        self._position = position_param(
            t.block,
            list(t.sandbox_op.query),
            spec_for(vendor).data.get("operations", {}).get(t.sandbox_op.id, {}).get("position_param"),
        )

    def _pages(self, size: int | None) -> list[tuple[dict[str, Any], list[bytes]]]:
        with self._lock:
            if size not in self._variants:
                app = sandbox(self.vendor, self.VARIANTS * (size or 500) + 1)
                fetched = asyncio.run(_walk(self.vendor, app, None, size))[: self.VARIANTS]
                variants = []
                for page in fetched:
                    body = json.loads(page.body)
                    items = [_dumps(item) for item in page.items(self.vendor)]
                    put(body, tuple(self.target.pagination.items), _HOLE)
                    variants.append((body, items))
                self._variants[size] = variants
            return self._variants[size]

    def _number(self, request: httpx.Request) -> int:
        """The page asked for, from 1."""
        info, params = self.target.pagination, request.url.params
        if info.style == "page_number":
            return int(params.get(info.page_param or "", info.first_page)) - info.first_page + 1
        if info.style == "offset":
            return -1  # by offset: see __call__
        if info.style == "cursor":
            token = params.get(info.cursor_param or "")
            if not token:
                return 1
            return self._after_cursor[token] if info.last_item is not None else int(token[1:])
        return int(params.get(self._position, 1))

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        info, block = self.target.pagination, self.target.block
        size_param = info.size_param
        size = int(request.url.params[size_param]) if size_param and size_param in request.url.params else None
        variants = self._pages(size)
        per_page = len(variants[0][1])
        if info.style == "offset":
            start = int(request.url.params.get(info.offset_param or "", info.first_offset)) - info.first_offset
            number = start // per_page + 1
        else:
            number = self._number(request)
            start = (number - 1) * per_page
        body, encoded = variants[(number - 1) % len(variants)]
        count = max(0, min(per_page, self.total_items - start))
        more = start + count < self.total_items
        pages = math.ceil(self.total_items / per_page)
        body = json.loads(json.dumps(body))  # a fresh copy to rewrite
        out_headers = {"content-type": "application/json"}

        def declared(key: str, value: Any) -> None:
            if block.get(key):
                put(body, parse_path(block[key]), value)

        def url(position: int) -> str:
            param = info.page_param if info.style == "page_number" else self._position
            assert param is not None
            return str(request.url.copy_set_param(param, str(position + info.first_page - 1)))

        declared("has_more", more)
        declared("total_items", self.total_items)
        if info.style == "page_number":
            declared("current_page", number + info.first_page - 1)
            declared("total_pages", pages)
            if block.get("next_link"):
                link = parse_path(block["next_link"])
                put(body, link, url(number + 1) if more else None)
                parent: Any = body
                for step in link[:-1]:
                    parent = parent[step]
                if isinstance(parent, dict):  # JSON:API siblings of `next`
                    for rel, position in (("first", 1), ("prev", number - 1), ("last", pages)):
                        if rel in parent:
                            parent[rel] = url(position) if 1 <= position <= pages and pages > 1 else None
        elif info.style == "cursor":
            if info.last_item is not None and count:
                self._after_cursor[_last_item_cursor(encoded[count - 1], block)] = number + 1
            elif block.get("next_cursor"):
                declared("next_cursor", f"c{number + 1}" if more else None)
            elif more and info.cursor_header:
                out_headers[info.cursor_header] = f"c{number + 1}"
        elif info.style == "next_url":
            declared("next_url", url(number + 1) if more else None)
        elif info.style == "link_header" and more:
            out_headers["link"] = f'<{url(number + 1)}>; rel="{info.link_rel}"'
        content = _dumps(body).replace(_dumps(_HOLE), b"[" + b",".join(encoded[:count]) + b"]", 1)
        return httpx.Response(200, content=content, headers=out_headers)


def _last_item_cursor(item: bytes, block: Mapping[str, Any]) -> str:
    from scankit.sandbox._paging import last_item_cursor

    cursor = last_item_cursor(json.loads(item), block["last_item"])
    assert cursor is not None
    return cursor


__all__ = ["HOME", "SIZE", "VENDORS", "Fetched", "PageServer", "Target", "bytes_per_item", "list_pages", "target"]
