"""The fault matrix: every fault a hostile server can send × five vendors × sync/async.

Each vendor's pages are built from its spec's own `x-scankit-pagination` (the JSON paths of items,
cursor, has_more, page, totals and next link) around a first page the sandbox generated, so the
shapes are the vendor's, not five hand-written copies. A scripted MockTransport then injects faults
by page and attempt (so the script is the same whatever order concurrent pages are fetched in).

What every run must show: every item exactly once and in order, or a `ScankitError` subclass —
never another exception type; no hang (the fake clock never really sleeps and the script bounds the
requests); and the credentials in no message, repr, traceback or log record.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import copy
import functools
import gzip
import importlib
import json
import logging
import random
import threading
import traceback
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import h11
import httpx
import pytest
import yaml
from helpers import FakeClock

import scankit
from scankit._base import AsyncClient, SyncClient
from scankit.sandbox import api_key, build_app
from scankit.vendors import CLIENTS, slugs

ROOT = Path(__file__).resolve().parent.parent
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
SECRET = "sk-live-5ecret-FAULT-0123456789"
TOKEN = "tok-5ecret-ACCESS-9876543210"
LIMIT = 1 << 20  # max_response_bytes in the matrix: big enough for any page, small enough to test fast
ITEMS = 7
PER_PAGE = 3
MAX_REQUESTS = 200  # a script answering more than this would be a loop: the run fails, never hangs


def _matrix_list(vendor: str) -> tuple[str, str]:
    """(client class, the resource whose list the matrix pages through): `scans` (what every vendor
    here is about), else the first resource of the vendor's card, with a `list` that takes no path
    argument and pages by number or cursor."""
    module = importlib.import_module(f"scankit.vendors.{vendor}")
    spec = yaml.load((ROOT / "specs" / vendor / "openapi.yaml").read_text(), Loader=_LOADER)
    card = json.loads((ROOT / "wrapper" / "scankit" / "vendors" / f"{vendor}.json").read_text())
    cls_name = next(name for name, slug in CLIENTS.items() if slug == vendor and not name.startswith("Async"))
    for resource in sorted(card["resources"], key=lambda name: name != "scans"):
        op = getattr(module, f"_{resource.upper()}_LIST", None)
        if op is None or "{" in op.path:
            continue
        if spec["paths"][op.path]["get"]["x-scankit-pagination"]["style"] in ("page_number", "cursor"):
            return cls_name, resource
    raise AssertionError(f"{vendor}: no list the fault matrix can page (page_number or cursor, no path argument)")


# vendor -> (client class, the resource whose list the matrix pages through), for every spec
VENDORS = {vendor: _matrix_list(vendor) for vendor in slugs()}


# -- per-vendor page shapes, from the spec and the sandbox -------------------------------------------


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def _set(body: dict[str, Any], dotted: str, value: Any) -> None:
    *parents, last = dotted.split(".")
    node = body
    for name in parents:
        node = node.setdefault(name, {})
        if not isinstance(node, dict):
            return
    if value is None and dotted.endswith("next_page_token"):
        node.pop(last, None)  # HostedScan leaves the token out on the last page
    else:
        node[last] = value


def _get(body: Any, dotted: str) -> Any:
    for name in dotted.split("."):
        body = body[name]
    return body


class Shape:
    """One vendor's list: its spec's paging rules, a sandbox page as template, and its items."""

    def __init__(self, vendor: str) -> None:
        self.vendor = vendor
        cls_name, resource = VENDORS[vendor]
        module = importlib.import_module(f"scankit.vendors.{vendor}")
        self.module = module
        self.info = module.VENDOR
        self.op = getattr(module, f"_{resource.upper()}_LIST")
        self.sync_cls = getattr(module, cls_name)
        self.async_cls = getattr(module, f"Async{cls_name}")
        self.resource = resource
        spec = yaml.load((ROOT / "specs" / vendor / "openapi.yaml").read_text(), Loader=_LOADER)
        operation = spec["paths"][self.op.path]["get"]
        self.paging: dict[str, Any] = operation["x-scankit-pagination"]
        self.template = _sandbox_page(vendor, self.op.path)
        self.items: list[dict[str, Any]] = _get(self.template, self.paging["items"])[:ITEMS]
        assert len(self.items) == ITEMS, f"the sandbox's first {vendor} page is too short for the matrix"
        _set(self.template, self.paging["items"], [])  # copied for every answer: keep it small
        self.optional = self._optional_fields(spec, operation)
        self.param = self.paging.get("cursor_param") or self.paging["page_param"]
        self.first = int(self.paging.get("first_page", 1))
        rate = self.info.rate_limit or {}
        self.retry_header = (rate.get("headers") or {}).get("retry_after") or "Retry-After"
        self.enum_fields = _unknown_values(vendor)

    def _optional_fields(self, spec: dict[str, Any], operation: dict[str, Any]) -> list[str]:
        response = next(r for code, r in operation["responses"].items() if str(code).startswith("2"))
        schema = _resolve(spec, next(iter(_resolve(spec, response)["content"].values()))["schema"])
        for name in self.paging["items"].split("."):
            schema = _resolve(spec, _resolve(spec, schema)["properties"][name])
        item = _resolve(spec, schema["items"])
        required = set(item.get("required", []))
        return sorted(set(item.get("properties", {})) - required)

    def layout(self, empty_at: tuple[int, ...] = ()) -> list[list[dict[str, Any]]]:
        pages = [self.items[i : i + PER_PAGE] for i in range(0, ITEMS, PER_PAGE)]
        for index in empty_at:
            pages.insert(index, [])
        return pages

    def index_of(self, request: httpx.Request) -> int:
        value = request.url.params.get(self.param)
        if self.paging["style"] == "cursor":
            return int(value[1:]) if value else 0
        return (int(value) if value else self.first) - self.first

    def body(self, pages: list[list[dict[str, Any]]], index: int) -> dict[str, Any]:
        body = copy.deepcopy(self.template)
        items = pages[index] if index < len(pages) else []
        more = index < len(pages) - 1
        p = self.paging
        _set(body, p["items"], copy.deepcopy(items))
        if p["style"] == "cursor":
            _set(body, p["next_cursor"], f"c{index + 1}" if more else None)
            return body
        number = self.first + index
        for key, value in (
            ("current_page", number),
            ("total_pages", len(pages)),
            ("total_items", ITEMS),
            ("has_more", more),
            ("next_link", f"{self.op.path}?{self.param}={number + 1}" if more else None),
        ):
            if key in p:
                _set(body, p[key], value)
        return body

    def ids(self) -> list[str]:
        return [str(item["id"]) for item in self.items]


@functools.cache
def _unknown_values(vendor: str) -> dict[str, str]:
    """The values no spec lists that the sandbox's unknown-enum fault puts in each enum field."""
    values: dict[str, str] = build_app(vendors=[vendor], rate_limits=False).state.vendors[vendor].unknown_values()
    return values


def _sandbox_page(vendor: str, path: str) -> dict[str, Any]:
    """The first page of a list as the sandbox serves it (ASGI in memory: no socket, no server)."""
    info = importlib.import_module(f"scankit.vendors.{vendor}").VENDOR
    prefix = urlsplit(info.servers[0]).path.rstrip("/")
    headers = {info.auth.key_header: f"{info.auth.key_prefix}{api_key(vendor)}"}
    from scankit.sandbox import tokens

    for scheme in info.auth.tokens:
        if scheme.arg in tokens(vendor):
            headers[scheme.header] = f"{scheme.prefix}{tokens(vendor)[scheme.arg]}"

    async def fetch() -> dict[str, Any]:
        app = build_app(vendors=[vendor], rate_limits=False)
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://sandbox") as client:
            response = await client.get(f"/{vendor}{prefix}{path}", headers=headers)
        assert response.status_code == 200, response.text
        return dict(response.json())

    with concurrent.futures.ThreadPoolExecutor(1) as pool:  # its own loop, even when a test's loop runs
        return pool.submit(asyncio.run, fetch()).result()


@functools.cache
def shape(vendor: str) -> Shape:
    return Shape(vendor)


# -- faults --------------------------------------------------------------------------------------


class _Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body delivered chunk by chunk: cut off mid-way, trickled against the clock, or endless."""

    def __init__(self, chunks: Callable[[], Iterator[bytes]]) -> None:
        self._chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        yield from self._chunks()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self._chunks():
            yield chunk


def _json(status: int, data: bytes, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(
        status, stream=httpx.ByteStream(data), headers={"content-type": "application/json", **(headers or {})}
    )


class Script:
    """A hostile vendor: answers list pages, injecting `fault(index, attempt)` where it says so."""

    OTHER_ORIGIN = "https://mirror.elsewhere.test"

    def __init__(
        self, shape: Shape, clock: FakeClock, fault: Callable[[int, int], str | None], empty_at: tuple[int, ...] = ()
    ) -> None:
        self.shape, self.clock, self.fault = shape, clock, fault
        self.pages = shape.layout(empty_at)
        self.attempts: dict[int, int] = {}
        self.requests = 0
        self.leaks: list[str] = []
        self.lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.requests += 1
            assert self.requests <= MAX_REQUESTS, "the client kept asking: a loop"
            index = self.shape.index_of(request)
            if request.url.host != "vendor.test":
                if any(SECRET in v or TOKEN in v for v in request.headers.values()):
                    self.leaks.append(str(request.url))
                return _json(200, json.dumps(self.shape.body(self.pages, index)).encode())
            attempt = self.attempts.get(index, 0)
            self.attempts[index] = attempt + 1
            kind = self.fault(index, attempt)
        return self.respond(kind, request, index)

    def respond(self, kind: str | None, request: httpx.Request, index: int) -> httpx.Response:
        body = self.shape.body(self.pages, index)
        ok = json.dumps(body).encode()
        if kind is None:
            return _json(200, ok)
        return FAULTS[kind](self, request, index, body, ok)


def _close_mid_body(ok: bytes, raw: bool) -> Callable[[], Iterator[bytes]]:
    def chunks() -> Iterator[bytes]:
        yield ok[: len(ok) // 2]
        if raw:  # an error from under httpx, as a user's own transport may let through
            raise h11.RemoteProtocolError("peer closed connection without sending complete message body")
        raise httpx.RemoteProtocolError("peer closed connection without sending complete message body")

    return chunks


def _trickle(script: Script, ok: bytes) -> Callable[[], Iterator[bytes]]:
    def chunks() -> Iterator[bytes]:
        for i in range(len(ok)):
            script.clock.now += 5.0  # each byte takes five seconds: never a read timeout, always too slow
            yield ok[i : i + 1]

    return chunks


def _endless() -> Iterator[bytes]:
    while True:
        yield b" " * 65536


def _with(body: dict[str, Any], change: Callable[[dict[str, Any]], None]) -> bytes:
    body = copy.deepcopy(body)
    for item in _get(body, "data"):
        change(item)
    return json.dumps(body).encode()


def _nulls(script: Script) -> Callable[[dict[str, Any]], None]:
    def change(item: dict[str, Any]) -> None:
        for name in script.shape.optional[:3]:
            item[name] = None

    return change


def _unknown_enums(script: Script, body: dict[str, Any]) -> bytes:
    from scankit.sandbox._base import replace_enums

    body = copy.deepcopy(body)
    replace_enums(body, script.shape.enum_fields)
    return json.dumps(body).encode()


Fault = Callable[[Script, httpx.Request, int, dict[str, Any], bytes], httpx.Response]
FAULTS: dict[str, Fault] = {
    "429": lambda s, r, i, b, ok: _json(429, b'{"message": "Too Many Requests"}', {s.shape.retry_header: "2"}),
    "500": lambda s, r, i, b, ok: _json(500, b'{"message": "internal error"}'),
    "502": lambda s, r, i, b, ok: _json(502, b'{"message": "bad gateway"}'),
    "503": lambda s, r, i, b, ok: _json(503, b'{"message": "unavailable"}'),
    "520": lambda s, r, i, b, ok: httpx.Response(520, text=""),
    "html": lambda s, r, i, b, ok: httpx.Response(
        502, html="<html><head><title>502 Bad Gateway</title></head><body>" + "x" * 200_000 + "</body></html>"
    ),
    "reset": lambda s, r, i, b, ok: (_ for _ in ()).throw(ConnectionResetError(104, "Connection reset by peer")),
    "close_mid_body": lambda s, r, i, b, ok: httpx.Response(200, stream=_Chunks(_close_mid_body(ok, raw=False))),
    "close_mid_body_raw": lambda s, r, i, b, ok: httpx.Response(200, stream=_Chunks(_close_mid_body(ok, raw=True))),
    "timeout": lambda s, r, i, b, ok: (_ for _ in ()).throw(httpx.ReadTimeout("timed out", request=r)),
    "trickle": lambda s, r, i, b, ok: httpx.Response(200, stream=_Chunks(_trickle(s, ok))),
    "truncated_json": lambda s, r, i, b, ok: _json(200, ok[: len(ok) // 2]),
    "repeated_page": lambda s, r, i, b, ok: _json(200, json.dumps(s.shape.body(s.pages, max(0, i - 1))).encode()),
    "undeclared_204": lambda s, r, i, b, ok: httpx.Response(204),
    "redirect_without_location": lambda s, r, i, b, ok: httpx.Response(307),
    "corrupt_gzip": lambda s, r, i, b, ok: _json(
        200, b"\x1f\x8b\x08\x00\x00\x00\x00\x00garbage", {"content-encoding": "gzip"}
    ),
    "good_gzip": lambda s, r, i, b, ok: _json(200, gzip.compress(ok), {"content-encoding": "gzip"}),
    "cross_origin_redirect": lambda s, r, i, b, ok: httpx.Response(
        302, headers={"location": f"{Script.OTHER_ORIGIN}{r.url.raw_path.decode()}"}
    ),
    "unknown_enum": lambda s, r, i, b, ok: _json(200, _unknown_enums(s, b)),
    "extra_fields": lambda s, r, i, b, ok: _json(
        200, _with(b, lambda item: item.update(zz_unexpected={"a": [1, None]}))
    ),
    "nulls": lambda s, r, i, b, ok: _json(200, _with(b, _nulls(s))),
    "huge": lambda s, r, i, b, ok: httpx.Response(
        200, stream=_Chunks(_endless), headers={"content-type": "application/json"}
    ),
    "gzip_bomb": lambda s, r, i, b, ok: _json(200, gzip.compress(b" " * (LIMIT * 8)), {"content-encoding": "gzip"}),
    "brotli": lambda s, r, i, b, ok: _json(200, ok, {"content-encoding": "br"}),
    # Not in EXPECTED (it only means something where a page says there is more): the random runs
    # add it for page-number lists, where it is a gap to ask again.
    "empty_page": lambda s, r, i, b, ok: _json(200, json.dumps(_emptied(s, b, i)).encode()),
}


def _emptied(script: Script, body: dict[str, Any], index: int) -> dict[str, Any]:
    """The page without its items, its envelope unchanged (the last page is left whole)."""
    if index >= len(script.pages) - 1:
        return body
    body = copy.deepcopy(body)
    _set(body, script.shape.paging["items"], [])
    return body


ITEMS_ARRIVE = "items"
# What one fault, injected on the first attempt at the second page, must give. A tuple: either is
# right (520 is retried only for a vendor whose spec lists it as transient).
EXPECTED: dict[str, Any] = {
    "429": ITEMS_ARRIVE,
    "500": ITEMS_ARRIVE,
    "502": ITEMS_ARRIVE,
    "503": ITEMS_ARRIVE,
    "520": (ITEMS_ARRIVE, scankit.InternalServerError),  # retried only where the vendor says it is transient
    "html": ITEMS_ARRIVE,
    "reset": ITEMS_ARRIVE,
    "close_mid_body": ITEMS_ARRIVE,
    "close_mid_body_raw": ITEMS_ARRIVE,
    "timeout": ITEMS_ARRIVE,
    "trickle": ITEMS_ARRIVE,
    "truncated_json": scankit.ResponseValidationError,
    "repeated_page": scankit.PaginationError,
    "undeclared_204": scankit.ResponseValidationError,
    "redirect_without_location": scankit.ResponseValidationError,
    "corrupt_gzip": ITEMS_ARRIVE,
    "good_gzip": ITEMS_ARRIVE,
    "cross_origin_redirect": ITEMS_ARRIVE,
    "unknown_enum": ITEMS_ARRIVE,  # kept as an unknown member (lenient reading)
    "extra_fields": ITEMS_ARRIVE,
    "nulls": ITEMS_ARRIVE,  # a null in an optional field reads as unset
    "huge": scankit.ResponseTooLargeError,
    "gzip_bomb": scankit.ResponseTooLargeError,
    "brotli": scankit.APIConnectionError,
}


# -- running a list against a script -------------------------------------------------------------


def _client(shape: Shape, script: Script, clock: FakeClock, *, is_async: bool, own_client: bool) -> Any:
    cls = shape.async_cls if is_async else shape.sync_cls
    kwargs: dict[str, Any] = {"api_key": SECRET, "base_url": "https://vendor.test", "max_response_bytes": LIMIT}
    if shape.info.auth.tokens:
        kwargs[shape.info.auth.tokens[-1].arg] = TOKEN
    transport = httpx.MockTransport(script)
    if own_client:  # the user's client, set to follow redirects: scankit must still keep the key home
        http: Any = (httpx.AsyncClient if is_async else httpx.Client)(transport=transport, follow_redirects=True)
        client = cls(http_client=http, **kwargs)
    else:
        client = cls(**kwargs)
        client._transport._inner = transport  # under the guard, where httpx's own transport would be
    client._runtime = clock.runtime()
    return client


def _outcome_sync(client: SyncClient, resource: str) -> list[str] | BaseException:
    try:
        return [str(item.id) for item in getattr(client, resource).list()]
    except Exception as exc:
        return exc


async def _outcome_async(client: AsyncClient, resource: str) -> list[str] | BaseException:
    try:
        return [str(item.id) async for item in getattr(client, resource).list()]
    except Exception as exc:
        return exc


def _check_no_secret(outcome: Any, client: Any, records: list[logging.LogRecord]) -> None:
    texts = [repr(client)]
    if isinstance(outcome, BaseException):
        texts += [str(outcome), repr(outcome), "".join(traceback.format_exception(outcome))]
        for name in ("body", "body_excerpt", "message", "details", "request_id"):
            texts.append(repr(getattr(outcome, name, None)))
        response = getattr(outcome, "response", None)
        if response is not None:
            texts += [response.text, repr(dict(response.headers)), repr(dict(response.request.headers))]
    texts += [r.getMessage() for r in records] + [repr(r.__dict__) for r in records]
    for text in texts:
        assert SECRET not in text and TOKEN not in text, text[:300]


def _check(outcome: Any, shape: Shape, script: Script, expected: Any) -> None:
    allowed = expected if isinstance(expected, tuple) else (expected,)
    assert not script.leaks, f"credentials sent to another origin: {script.leaks}"
    if isinstance(outcome, BaseException):
        assert isinstance(outcome, scankit.ScankitError), f"not a scankit error: {outcome!r}"
        assert any(isinstance(a, type) and isinstance(outcome, a) for a in allowed), f"{outcome!r} not in {allowed}"
    else:
        assert ITEMS_ARRIVE in allowed, f"items arrived where {allowed} was expected"
        assert outcome == shape.ids(), "every item exactly once, in order"


@pytest.fixture
def records(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    caplog.set_level(logging.DEBUG, logger="scankit")
    return caplog.records


def _once_on_second_page(kind: str) -> Callable[[int, int], str | None]:
    return lambda index, attempt: kind if index == 1 and attempt == 0 else None


@pytest.mark.parametrize("kind", sorted(EXPECTED))
@pytest.mark.parametrize("vendor", sorted(VENDORS))
def test_each_fault_sync(vendor: str, kind: str, clock: FakeClock, records: list[logging.LogRecord]) -> None:
    s = shape(vendor)
    script = Script(s, clock, _once_on_second_page(kind))
    client = _client(s, script, clock, is_async=False, own_client=True)
    outcome = _outcome_sync(client, s.resource)
    _check(outcome, s, script, EXPECTED[kind])
    _check_no_secret(outcome, client, records)


@pytest.mark.parametrize("kind", sorted(EXPECTED))
@pytest.mark.parametrize("vendor", sorted(VENDORS))
async def test_each_fault_async(vendor: str, kind: str, clock: FakeClock, records: list[logging.LogRecord]) -> None:
    s = shape(vendor)
    script = Script(s, clock, _once_on_second_page(kind))
    client = _client(s, script, clock, is_async=True, own_client=False)
    outcome = await _outcome_async(client, s.resource)
    _check(outcome, s, script, EXPECTED[kind])
    _check_no_secret(outcome, client, records)


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("vendor", sorted(VENDORS))
def test_empty_pages_that_say_more(vendor: str, is_async: bool, clock: FakeClock) -> None:
    """Two empty pages mid-list, each saying there is more. A cursor list follows its cursor past them
    and loses nothing; in a page-number list such a page is a gap: asked again, then PaginationError
    at the gap."""
    s = shape(vendor)
    script = Script(s, clock, lambda index, attempt: None, empty_at=(1, 2))
    client = _client(s, script, clock, is_async=is_async, own_client=not is_async)
    outcome = asyncio.run(_outcome_async(client, s.resource)) if is_async else _outcome_sync(client, s.resource)
    if s.paging["style"] == "cursor":
        assert outcome == s.ids()
    else:
        assert isinstance(outcome, scankit.PaginationError), repr(outcome)
        assert f"page {s.first + 1} came back empty (3 times)" in str(outcome)
        assert script.attempts[1] == 3, "the gap was asked for three times (max_retries 2)"


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("vendor", sorted(v for v in VENDORS if shape(v).paging["style"] == "page_number"))
def test_an_empty_page_once_is_asked_again(vendor: str, is_async: bool, clock: FakeClock) -> None:
    s = shape(vendor)
    script = Script(s, clock, lambda index, attempt: "empty_page" if attempt == 0 else None)
    client = _client(s, script, clock, is_async=is_async, own_client=is_async)
    outcome = asyncio.run(_outcome_async(client, s.resource)) if is_async else _outcome_sync(client, s.resource)
    assert outcome == s.ids()


TRANSIENT = sorted(k for k, v in EXPECTED.items() if v == ITEMS_ARRIVE)
ANY_FAULT = sorted(EXPECTED)


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("vendor", sorted(VENDORS))
def test_random_faults(
    vendor: str, is_async: bool, seed: int, clock: FakeClock, records: list[logging.LogRecord]
) -> None:
    """Faults at 10–30 % on every request, seeded: items exactly once, in order, or a scankit error."""
    s = shape(vendor)
    rate = 0.1 + 0.2 * random.Random(f"{vendor}:{seed}").random()
    kinds = TRANSIENT if seed % 2 == 0 else ANY_FAULT  # even seeds: only faults a retry survives
    cursor = s.paging["style"] == "cursor"
    kinds = kinds if cursor else [*kinds, "empty_page"]  # a gap, asked again

    def fault(index: int, attempt: int) -> str | None:
        rng = random.Random(f"{vendor}:{is_async}:{seed}:{index}:{attempt}")
        return rng.choice(kinds) if rng.random() < rate and attempt < 2 else None

    # a page emptied for good: followed in a cursor list; in a page-number list, a gap (see above)
    script = Script(s, clock, fault, empty_at=(1,) if seed % 3 == 0 and cursor else ())
    client = _client(s, script, clock, is_async=is_async, own_client=seed % 2 == 1)
    outcome = asyncio.run(_outcome_async(client, s.resource)) if is_async else _outcome_sync(client, s.resource)
    if seed % 2 == 0:
        assert outcome == s.ids(), f"faults a retry survives must not cost an item: {outcome!r}"
    _check(outcome, s, script, (ITEMS_ARRIVE, scankit.ScankitError))
    _check_no_secret(outcome, client, records)
