"""Tests generated from the specs: every operation of every vendor, against the sandbox.

Nothing here names a vendor or an operation. The cases come from each spec's typed model
(`scankit_codegen.extensions`), so a new spec is tested by existing:

- every operation called plain and `with_raw_response`, sync and async; a download also streamed;
- every call carries the vendor's API key and the caller's extra headers;
- path parameters that would address another endpoint (`""`, `.`, `..`, `%2e%2e`) are refused before
  any request, and an id that does not exist is the typed `NotFoundError` where the spec declares 404;
- every paginated operation listed to the end, sync and async: every item exactly once, as many as
  the first page says there are (when the spec declares `total_items`); `max_items` is honoured.

Arguments come from the spec too: a path parameter is an id the sandbox has, found the way a user
would find it (the list at the parent path, a list of that resource elsewhere, the operation that
starts a run the waiter polls, what the POST at the parent path makes, or a `<resource>_id` field in
another resource); a required query
parameter or body is built from its schema (`example`, `default`, the first enum value, else a value
of its type). Reads run against one sandbox per vendor; writes each get answers from a second one,
so no write changes what a read sees. A write may be answered with an error status its operation
declares (an example body can name a record the sandbox does not have); it must then be the typed
scankit error for that status. A vendor, or an operation, the sandbox does not serve yet is skipped,
with the reason.
"""

from __future__ import annotations

import asyncio
import functools
import itertools
import json
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import httpx
import pytest

import scankit
from scankit.sandbox import VENDORS as SERVED
from scankit.sandbox import Sandbox, build_app
from scankit_codegen.docs import python_name
from scankit_codegen.extensions import Operation, VendorSpec, load_vendor
from scankit_codegen.openapi import resolve, resolve_schema
from scankit_codegen.registry import vendors

MODELS = {vendor: load_vendor(vendor) for vendor in vendors()}
BAD_PATH_VALUES = ["", ".", "..", "%2e%2e"]
EXTRA_HEADER = "X-Scankit-Test"


# -- what the spec says about an operation ------------------------------------------------------


def path_params(op: Operation) -> list[dict[str, Any]]:
    return [dict(p) for p in op.parameters if p["in"] == "path"]


def declared(op: Operation) -> set[str]:
    return {str(status) for status in op.raw.get("responses") or {}}


def downloads(model: VendorSpec, op: Operation) -> bool:
    """A 2xx answer that may be other than JSON: a file, which `with_streaming_response` reads piecewise."""
    for status, response in (op.raw.get("responses") or {}).items():
        content = resolve(model.document, response).get("content") or {}
        if str(status).startswith("2") and any(media != "application/json" for media in content):
            return True
    return False


def example(spec: Any, schema: Any, depth: int = 0) -> Any:
    """A value of a schema: its example, default or first enum value, else one of its type."""
    node = resolve_schema(spec, schema)
    for key in ("example", "default"):
        if key in node:
            return node[key]
    if node.get("enum"):
        return next(v for v in node["enum"] if v is not None)
    members = [m for key in ("anyOf", "oneOf") for m in node.get(key) or []]
    if members:
        return example(spec, next(m for m in members if resolve_schema(spec, m).get("type") != "null"), depth)
    props: dict[str, Any] = dict(node.get("properties") or {})
    required = list(node.get("required") or [])
    for member in node.get("allOf") or []:
        part = resolve_schema(spec, member)
        props.update(part.get("properties") or {})
        required += part.get("required") or []
    kind = node.get("type", "object" if props else "string")
    if kind == "object":
        return {key: example(spec, props[key], depth + 1) for key in required if key in props and depth < 8}
    if kind == "array":
        return [example(spec, node.get("items") or {}, depth + 1)] * max(1, int(node.get("minItems") or 1))
    if kind == "integer":
        return int(node.get("minimum") or 1)
    if kind == "number":
        return float(node.get("minimum") or 1)
    if kind == "boolean":
        return False
    formats = {
        "date-time": "2025-01-01T00:00:00Z",
        "date": "2025-01-01",
        "uuid": "00000000-0000-4000-8000-000000000000",
        "uri": "https://scankit.example/",
        "email": "scankit@example.com",
    }
    return formats.get(node.get("format") or "", "scankit")


def missing_id(param: dict[str, Any], spec: Any) -> Any:
    """An id of the parameter's type that no sandbox record has."""
    kind = resolve_schema(spec, param.get("schema") or {}).get("type")
    return 987_654_321 if kind == "integer" else "scankit-no-such-id"


# -- a vendor in a sandbox ----------------------------------------------------------------------


@attrs.define
class Vendor:
    """One vendor served by one sandbox, and the ids found in it (per operation and parameter)."""

    model: VendorSpec
    sandbox: Sandbox
    cache: bool  # reads keep what they found; writes look again each time
    found: dict[tuple[str, str], Any] = attrs.field(factory=dict)

    @property
    def slug(self) -> str:
        return self.model.slug

    def client(self, **kwargs: Any) -> Any:
        return self.sandbox.client(self.slug, **kwargs)

    def async_client(self, **kwargs: Any) -> Any:
        return self.sandbox.async_client(self.slug, **kwargs)

    # -- arguments ----------------------------------------------------------------------------

    def arguments(self, op: Operation) -> dict[str, Any]:
        """Keyword arguments for a call: existing ids, and what the spec requires."""
        kwargs = {python_name(p["name"]): self.existing_id(op, p["name"]) for p in path_params(op)}
        kwargs.update(self.required_arguments(op))
        return kwargs

    def existing_id(self, op: Operation, param: str, depth: int = 0) -> Any:
        key = (op.operation_id, param)
        if self.cache and key in self.found:
            return self.found[key]
        value = self._find_id(op, param, depth)
        if value is None:
            pytest.skip(f"{self.slug} {op.call}: nothing in the spec leads to an existing {param}")
        if self.cache:
            self.found[key] = value
        return value

    def _find_id(self, op: Operation, param: str, depth: int) -> Any:
        return next(self._candidates(op, param, depth), None)

    def _candidates(self, op: Operation, param: str, depth: int) -> Iterator[Any]:
        """Ids an operation's path parameter may take, best first (lazily: each costs a request)."""
        if depth > 4:
            return
        literal = op.path.split("{" + param + "}", 1)[0].rstrip("/")
        segment = literal.rsplit("/", 1)[-1]
        lists = [o for o in self.model.operations if o.pagination and o is not op]
        # the list at the parent path (`/v1/scans` for `/v1/scans/{id}`), then a list of that resource elsewhere
        for candidate in [o for o in lists if o.path == literal] + [
            o for o in lists if o.path != literal and o.path.rstrip("/").rsplit("/", 1)[-1] == segment
        ]:
            for item in self.first_page(candidate, depth):
                if isinstance(item, dict) and item.get(_key_for(param, item)) is not None:
                    yield item[_key_for(param, item)]
        # the operation that starts a run this one polls (x-scankit-waiter.started_by)
        for starter in op.waiter.started_by if op.waiter else ():
            value = self._started(starter.operation_id, starter.body_path, starter.path_param, depth)
            if value is not None:
                yield value
        # what the POST at the parent path makes (`POST /v1/reports` answers the id `/v1/reports/{id}` takes)
        for creator in self.model.operations:
            if creator.method == "POST" and creator.path == literal and not path_params(creator):
                try:
                    with self.client() as client:
                        made = getattr(getattr(client, creator.tag), creator.verb)(**self.required_arguments(creator))
                except scankit.APIStatusError:  # the example body names something the sandbox lacks
                    continue
                if getattr(made, "id", None) is not None:
                    yield made.id
        # a `<resource>_id` (or `<resource>Id`) field in another resource
        names = {f"{segment.rstrip('s')}_id", f"{segment.rstrip('s')}Id"}
        for candidate in lists:
            for item in self.first_page(candidate, depth):
                value = _field(item, names)
                if value is not None:
                    yield value

    def _started(self, operation_id: str, body_path: str | None, path_param: str | None, depth: int) -> Any:
        starter = self.model.operation(operation_id)
        if path_param is not None:
            return self._find_id(starter, path_param, depth + 1)
        kwargs = {python_name(p["name"]): self._find_id(starter, p["name"], depth + 1) for p in path_params(starter)}
        kwargs.update(self.required_arguments(starter))
        with self.client() as client:
            raw = getattr(getattr(client.with_raw_response, starter.tag), starter.verb)(**kwargs)
        node: Any = json.loads(raw.content)
        for part in (body_path or "").split("."):
            node = node.get(part) if isinstance(node, dict) else None
        return node

    def required_arguments(self, op: Operation) -> dict[str, Any]:
        """What the spec requires besides the path: required query and header parameters, the body."""
        spec = self.model.document
        kwargs = {
            python_name(p["name"].removesuffix("[]")): example(spec, p.get("schema") or {})
            for p in op.parameters
            if p["in"] != "path" and p.get("required")
        }
        body = resolve(spec, op.raw["requestBody"]) if "requestBody" in op.raw else None
        if body and body.get("required"):
            media = next(iter((body.get("content") or {}).values()), {})
            kwargs["body"] = example(spec, media.get("schema") or {})
        return kwargs

    def first_page(self, op: Operation, depth: int) -> list[dict[str, Any]]:
        """The items of a list's first page, as JSON; for a list under another resource, the first
        such resource whose list has any (empty when its own arguments cannot be found)."""
        params = [p["name"] for p in path_params(op)]
        if len(params) > 1:
            return []
        choices = self._candidates(op, params[0], depth + 1) if params else iter([None])
        for value in itertools.islice(choices, 10):
            kwargs = {python_name(params[0]): value} if params else {}
            with self.client() as client:
                try:
                    page = getattr(getattr(client.with_raw_response, op.tag), op.verb)(**kwargs).parse()
                except scankit.APIStatusError:  # e.g. a resource whose kind has no such list
                    continue
            if page.items:
                return [item.to_dict() if hasattr(item, "to_dict") else item for item in page.items]
        return []


def _key_for(param: str, item: dict[str, Any]) -> str:
    """The field of a listed item a path parameter takes: `id`, unless the parameter is named for
    another of its fields (`variationCreativeId` is a variation's `creativeId`, not its `id`)."""
    ends = [k for k in item if len(k) > 2 and k != "id" and param.lower().endswith(k.lower())]
    return max(ends, key=len) if param not in item and ends else "id"


def _field(node: Any, names: set[str]) -> Any:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in names and isinstance(value, str | int) and value != "":
                return value
            found = _field(value, names)
            if found is not None:
                return found
    elif isinstance(node, list):
        for value in node:
            found = _field(value, names)
            if found is not None:
                return found
    return None


@pytest.fixture(scope="module")
def sandboxes() -> Iterator[Callable[[str, bool], Vendor]]:
    """`get(vendor, writes)`: the vendor in its read sandbox or its write sandbox, started on first use."""
    running: dict[tuple[str, bool], Vendor] = {}

    def get(vendor: str, writes: bool) -> Vendor:
        if vendor not in SERVED:
            pytest.skip(f"the sandbox does not serve {vendor} yet")
        if (vendor, writes) not in running:
            sandbox = Sandbox([vendor], rate_limits=False).start()
            running[vendor, writes] = Vendor(MODELS[vendor], sandbox, cache=not writes)
        return running[vendor, writes]

    yield get
    for vendor in running.values():
        vendor.sandbox.stop()


@functools.cache
def routed(vendor: str) -> frozenset[str]:
    """The operations the sandbox has a route for (a spec may be ahead of it)."""
    return frozenset(r.id for r in build_app(vendors=[vendor]).state.vendors[vendor].routes)


def require_route(vendor: str, op: Operation) -> None:
    if vendor in SERVED and op.operation_id not in routed(vendor):
        pytest.skip(f"the sandbox does not serve {vendor} {op.call} ({op.operation_id}) yet")


def context(sandboxes: Callable[[str, bool], Vendor], vendor: str, op: Operation) -> Vendor:
    require_route(vendor, op)
    return sandboxes(vendor, op.method != "GET")


# -- the cases ----------------------------------------------------------------------------------


def operation_cases(kinds: Callable[[VendorSpec, Operation], list[str]]) -> list[Any]:
    return [
        pytest.param(vendor, op.operation_id, kind, id=f"{vendor}-{op.call}-{kind}")
        for vendor, model in MODELS.items()
        for op in model.operations
        for kind in kinds(model, op)
    ]


CALLS = operation_cases(lambda m, op: [f"{s}-{a}" for s, a in itertools.product(("plain", "raw"), ("sync", "async"))])
STREAMS = operation_cases(lambda m, op: ["sync", "async"] if downloads(m, op) else [])
HEADERS = operation_cases(lambda m, op: ["extra-headers"])
BAD_PATHS = operation_cases(lambda m, op: [f"path={v!r}" for v in BAD_PATH_VALUES] if path_params(op) else [])
NOT_FOUND = operation_cases(
    lambda m, op: ["sync", "async"] if op.method == "GET" and path_params(op) and "404" in declared(op) else []
)
LISTS = operation_cases(
    lambda m, op: ["to-the-end-sync", "to-the-end-async", "max-items", "page-by-page"] if op.pagination else []
)


def check_result(vendor: Vendor, op: Operation, result: Any) -> None:
    """What a plain call returns is the vendor's generated model (or a File, a page, None)."""
    if op.pagination:
        result = next(iter(result), None)  # the first item of the paginator, if the list has any
        if result is None:
            return
    if result is None:
        assert op.method != "GET" or not any(
            "application/json" in (resolve(vendor.model.document, r).get("content") or {})
            for s, r in (op.raw.get("responses") or {}).items()
            if str(s).startswith("2")
        ), f"{op.call} returned None"
        return
    assert type(result).__module__.startswith(vendor.model.package), (op.call, type(result))


def call_or_declared_error(op: Operation, run: Callable[[], Any]) -> Any:
    """A read must succeed; a write may end in a typed error for a status its operation declares."""
    if op.method == "GET":
        return run()
    status = None
    try:
        return run()
    except scankit.APIStatusError as exc:
        status = exc.status_code
    assert str(status) in declared(op) or "default" in declared(op), (op.call, status)
    return None


def first_or_answer(answer: Any, op: Operation) -> Any:
    """A call's answer; for a list, its first item (which is when the request is made)."""
    return next(iter(answer), None) if op.pagination else answer


# -- every operation, plain and raw, sync and async ----------------------------------------------


@pytest.mark.parametrize(("vendor", "operation_id", "kind"), CALLS)
def test_every_operation_is_callable(sandboxes: Any, vendor: str, operation_id: str, kind: str) -> None:
    op = MODELS[vendor].operation(operation_id)
    ctx = context(sandboxes, vendor, op)
    kwargs = ctx.arguments(op)
    style, mode = kind.split("-")

    def method(client: Any) -> Any:
        root = client.with_raw_response if style == "raw" else client
        return getattr(getattr(root, op.tag), op.verb)

    if mode == "sync":

        def run() -> Any:
            with ctx.client() as client:
                answer = method(client)(**kwargs)
                if style == "raw":
                    return answer.parse()
                return list(itertools.islice(answer, 1)) if op.pagination else answer

    else:

        def run() -> Any:
            async def go() -> Any:
                async with ctx.async_client() as client:
                    answer = method(client)(**kwargs)
                    if op.pagination and style == "plain":
                        first = await anext(answer.__aiter__(), None)
                        return [] if first is None else [first]
                    answer = await answer
                    return answer.parse() if style == "raw" else answer

            return asyncio.run(go())

    result = call_or_declared_error(op, run)
    if style == "raw" and op.pagination and result is not None:
        result = result.items  # RawResponse of a list: its first Page
    check_result(ctx, op, result)


@pytest.mark.parametrize(("vendor", "operation_id", "kind"), STREAMS)
def test_every_download_streams(sandboxes: Any, vendor: str, operation_id: str, kind: str) -> None:
    op = MODELS[vendor].operation(operation_id)
    ctx = context(sandboxes, vendor, op)
    kwargs = ctx.arguments(op)
    if kind == "sync":
        with ctx.client() as client, getattr(getattr(client.with_streaming_response, op.tag), op.verb)(**kwargs) as r:
            assert r.status_code == 200
            body = b"".join(r.iter_bytes())
    else:

        async def go() -> bytes:
            async with ctx.async_client() as client:
                stream = getattr(getattr(client.with_streaming_response, op.tag), op.verb)(**kwargs)
                async with stream as r:
                    assert r.status_code == 200
                    return bytes(await r.read())

        body = asyncio.run(go())
    assert body, f"{op.call}: an empty download"


@pytest.mark.parametrize(("vendor", "operation_id", "kind"), HEADERS)
def test_every_call_sends_the_key_and_the_callers_headers(
    sandboxes: Any, vendor: str, operation_id: str, kind: str
) -> None:
    op = MODELS[vendor].operation(operation_id)
    ctx = context(sandboxes, vendor, op)
    kwargs = ctx.arguments(op)
    sent: list[httpx.Request] = []
    with (
        httpx.Client(event_hooks={"request": [sent.append]}) as http,
        ctx.client(http_client=http) as client,
    ):
        method = getattr(getattr(client, op.tag), op.verb)
        call_or_declared_error(op, lambda: first_or_answer(method(**kwargs, extra_headers={EXTRA_HEADER: "1"}), op))
    assert sent, op.call
    for request in sent:
        assert request.headers[EXTRA_HEADER] == "1"
        assert ctx.model.auth.key.header.lower() in {k.lower() for k in request.headers}


# -- path parameters ------------------------------------------------------------------------------


@pytest.mark.parametrize(("vendor", "operation_id", "kind"), BAD_PATHS)
def test_a_path_parameter_that_would_address_another_endpoint_is_refused(
    sandboxes: Any, vendor: str, operation_id: str, kind: str
) -> None:
    op = MODELS[vendor].operation(operation_id)
    ctx = sandboxes(vendor, False)
    bad = BAD_PATH_VALUES[[f"path={v!r}" for v in BAD_PATH_VALUES].index(kind)]
    kwargs = ctx.required_arguments(op)
    kwargs.update({python_name(p["name"]): bad for p in path_params(op)})
    sent: list[httpx.Request] = []
    with (
        httpx.Client(event_hooks={"request": [sent.append]}) as http,
        ctx.client(http_client=http) as client,
        pytest.raises(scankit.InvalidParameterError),
    ):
        first_or_answer(getattr(getattr(client, op.tag), op.verb)(**kwargs), op)
    assert not sent, "refused before any request"


@pytest.mark.parametrize(("vendor", "operation_id", "kind"), NOT_FOUND)
def test_an_id_that_does_not_exist_is_a_typed_not_found(
    sandboxes: Any, vendor: str, operation_id: str, kind: str
) -> None:
    op = MODELS[vendor].operation(operation_id)
    require_route(vendor, op)  # an unrouted path answers 404 too, which would prove nothing
    ctx = sandboxes(vendor, False)
    kwargs = ctx.required_arguments(op)  # a required query parameter (a report file's type) too
    kwargs.update({python_name(p["name"]): missing_id(p, ctx.model.document) for p in path_params(op)})
    if kind == "sync":
        with ctx.client() as client, pytest.raises(scankit.NotFoundError) as caught:
            first_or_answer(getattr(getattr(client, op.tag), op.verb)(**kwargs), op)
    else:

        async def go() -> None:
            async with ctx.async_client() as client:
                answer = getattr(getattr(client, op.tag), op.verb)(**kwargs)
                if op.pagination:
                    await anext(answer.__aiter__())
                else:
                    await answer

        with pytest.raises(scankit.NotFoundError) as caught:
            asyncio.run(go())
    assert caught.value.status_code == 404


# -- lists -----------------------------------------------------------------------------------------


def identity(item: Any) -> str:
    data = item.to_dict() if hasattr(item, "to_dict") else item
    return repr(data["id"]) if isinstance(data, dict) and "id" in data else json.dumps(data, sort_keys=True)


@pytest.mark.parametrize(("vendor", "operation_id", "kind"), LISTS)
def test_every_list_is_listed_to_the_end_once(sandboxes: Any, vendor: str, operation_id: str, kind: str) -> None:
    op = MODELS[vendor].operation(operation_id)
    require_route(vendor, op)
    ctx = sandboxes(vendor, False)
    kwargs = ctx.arguments(op)
    with ctx.client() as client:
        first = getattr(getattr(client.with_raw_response, op.tag), op.verb)(**kwargs).parse()
    if kind == "page-by-page":
        with ctx.client() as client:
            method = getattr(getattr(client, op.tag), op.verb)
            pages = list(method(**kwargs).pages())
            items = list(method(**kwargs))
        assert [identity(i) for page in pages for i in page.items] == [identity(i) for i in items]
        assert pages[-1].next is None and all(page.next is not None for page in pages[:-1])
        assert [page.requested for page in pages[1:]] == [page.next for page in pages[:-1]]
        if op.pagination and op.pagination.max_size:
            assert all(len(page.items) <= op.pagination.max_size for page in pages)
        return
    if kind == "max-items":
        wanted = 3
        with ctx.client() as client:
            got = list(getattr(getattr(client, op.tag), op.verb)(**kwargs, max_items=wanted))
        assert len(got) == min(wanted, len(first.items) if first.next is None else wanted)
        return
    if kind == "to-the-end-sync":
        with ctx.client() as client:
            items = list(getattr(getattr(client, op.tag), op.verb)(**kwargs))
    else:

        async def go() -> list[Any]:
            async with ctx.async_client() as client:
                return [item async for item in getattr(getattr(client, op.tag), op.verb)(**kwargs)]

        items = asyncio.run(go())
    seen = [identity(item) for item in items]
    assert len(seen) == len(set(seen)), f"{op.call}: an item came twice"
    assert len(items) >= len(first.items)
    if first.total_items is not None:
        assert len(items) == first.total_items, f"{op.call}: the first page says {first.total_items}"
    if first.next is not None:
        assert len(items) > len(first.items), f"{op.call}: the first page said there was more"


def test_every_vendor_gets_at_least_twenty_cases() -> None:
    """The cases above come from the spec alone: each vendor's spec gives it its own."""
    everything = CALLS + STREAMS + HEADERS + BAD_PATHS + NOT_FOUND + LISTS
    for vendor in MODELS:
        assert sum(1 for case in everything if case.values[0] == vendor) >= 20, vendor
