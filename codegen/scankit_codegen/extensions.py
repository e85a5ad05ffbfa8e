"""The typed model of a spec's `x-scankit` extensions, parsed and validated once.

`load_vendor("hostedscan")` (or `parse_vendor(slug, document)`) reads `specs/<slug>/openapi.yaml`
into a `VendorSpec`: the root `x-scankit` block (`Meta`, with its `RateLimit` and `ErrorPaths`), the
API key and token schemes (`Auth`), every operation with its `x-scankit-method`,
`x-scankit-pagination`, `x-scankit-unwrap`, `x-scankit-envelope-method` and `x-scankit-waiter`
(`Operation`), and `x-scankit-webhooks` (`Webhooks`). The facade, the vendor page, the README and
the spec lint all read this model; none of them re-reads the extension dicts.

Parsing refuses, with the JSON pointer of the offending key (`#/paths/~1v1~1scans/get/
x-scankit-pagination/foo: unknown key`):

- any key a block does not define, and any `x-scankit-*` name the conventions do not define (or one
  in a place that would not honour it, such as `x-scankit-waiter` at the root);
- a missing required key, a value of the wrong type or outside its set;
- references that do not hold: a waiter's state that is not in the resource, a `started_by` naming
  no operation, a webhook event schema that does not exist.

Every problem in a document is collected before `SpecError` is raised, so the lint lists them all.

A block with several forms is a union of attrs classes keyed by its discriminating value
(`Pagination = PageNumberPagination | CursorPagination`, keyed by `style`; `RateLimit.budget` is a
`SlidingWindow | TokenBucket`, keyed by `algorithm`). A new form is a new class plus one entry in its
block's parser table (`_PAGINATION_STYLES`, `_RATE_LIMIT_ALGORITHMS`).

The classes are in `scankit_codegen.model` (re-exported here), the key-by-key reader in
`scankit_codegen.reader`. `declared` on a block is the mapping as written (documentation keys included): the vendor page shows
it key by key and the runtime parsers (`scankit._ratelimit.RateLimitSpec`, `scankit._errors.ErrorPaths`)
take it as their input; the codegen itself reads the typed fields.
"""

from __future__ import annotations

import re
import typing
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml

from scankit._errors import ConfigurationError
from scankit._errors import ErrorPaths as RuntimeErrorPaths
from scankit._ratelimit import RateLimits
from scankit._waiter import normalize
from scankit_codegen import model, openapi
from scankit_codegen.model import (
    EXACTLY_ONE,
    EXTENSIONS,
    OPERATION_EXTENSIONS,
    PATH_MATCHERS,
    PER_SECONDS,
    ROOT_EXTENSIONS,
    SCHEME_EXTENSIONS,
    STOP_NEEDS,
    STOP_SIGNALS,
    Acceptor,
    AcceptorWaiter,
    Auth,
    Budget,
    Coverage,
    CoverageEntry,
    CursorPagination,
    ErrorPaths,
    FixedWindow,
    HeaderScheme,
    Incremental,
    IncrementalFilter,
    LastItem,
    Limit,
    LinkHeaderPagination,
    Meta,
    NextUrlPagination,
    OffsetPagination,
    Operation,
    PageNumberPagination,
    Pagination,
    Place,
    RateLimit,
    RateLimitHeaders,
    SlidingWindow,
    StartedBy,
    StateWaiter,
    TokenBucket,
    VendorSpec,
    Waiter,
    WebhookRetry,
    Webhooks,
    WebhookSignature,
    WebhookTimestamp,
)
from scankit_codegen.reader import Block, SpecError
from scankit_codegen.registry import SPECS
from scankit_codegen.vocabulary import keys, literal_values

__all__ = [
    "Acceptor",
    "AcceptorWaiter",
    "Auth",
    "Block",
    "Budget",
    "Coverage",
    "CoverageEntry",
    "CursorPagination",
    "ErrorPaths",
    "FixedWindow",
    "HeaderScheme",
    "Incremental",
    "IncrementalFilter",
    "LastItem",
    "Limit",
    "LinkHeaderPagination",
    "Meta",
    "NextUrlPagination",
    "OffsetPagination",
    "Operation",
    "PageNumberPagination",
    "Pagination",
    "Place",
    "RateLimit",
    "RateLimitHeaders",
    "SlidingWindow",
    "SpecError",
    "StartedBy",
    "StateWaiter",
    "TokenBucket",
    "VendorSpec",
    "Waiter",
    "WebhookRetry",
    "WebhookSignature",
    "WebhookTimestamp",
    "Webhooks",
    "case_insensitive_problems",
    "load_document",
    "load_vendor",
    "parse_vendor",
    "problems_of",
]


# The keys of each block are the model's (`vocabulary.keys`): the schema is written from the same fields.


def _common_pagination(b: Block) -> dict[str, Any]:
    stop = b.texts("stop")
    for signal in stop:
        if signal not in STOP_SIGNALS:
            b.problem("stop", f"{signal!r} is not one of {', '.join(STOP_SIGNALS)}")
        elif signal in STOP_NEEDS and STOP_NEEDS[signal] not in b.data:
            b.problem("stop", f"{signal} needs {STOP_NEEDS[signal]}")
    if "stop" in b.data and not stop:
        b.problem("stop", "must list some of " + ", ".join(STOP_SIGNALS))
    return {
        "items": b.text("items", required=True) or "",
        "size_param": b.text("size_param"),
        "default_size": b.integer("default_size", minimum=1),
        "max_size": b.integer("max_size", minimum=1),
        "has_more": b.text("has_more"),
        "total_items": b.text("total_items"),
        "stop": tuple(sorted(v for v in stop if v in STOP_SIGNALS)),
        "inferred": b.inferred(),
        "notes": b.text("notes"),
        "declared": b.data,
    }


def _choices(cls: type[Any], name: str) -> tuple[str, ...]:
    """The values of a `Literal` field of the model."""
    return literal_values(typing.get_type_hints(cls, vars(model))[name])


def _or(value: int | None, default: int) -> int:
    return default if value is None else value


def _page_number(b: Block) -> PageNumberPagination:
    b.only(keys(PageNumberPagination))
    return PageNumberPagination(
        **_common_pagination(b),
        page_param=b.text("page_param", required=True) or "",
        first_page=_or(b.integer("first_page"), 1),
        current_page=b.text("current_page"),
        total_pages=b.text("total_pages"),
        next_link=b.text("next_link"),
    )


def _offset(b: Block) -> OffsetPagination:
    b.only(keys(OffsetPagination))
    return OffsetPagination(
        **_common_pagination(b),
        offset_param=b.text("offset_param", required=True) or "",
        first_offset=_or(b.integer("first_offset"), 0),
    )


def _cursor(b: Block) -> CursorPagination:
    b.only(keys(CursorPagination))
    sources = EXACTLY_ONE[CursorPagination]
    if len([key for key in sources if key in b.data]) != 1:
        b.problem(None, f"a cursor list needs exactly one of {', '.join(sources)}")
    last_item = None
    li = b.block("last_item")
    if li is not None:
        li.only(keys(LastItem))
        paths = _paths(li, "path")
        if not paths:
            li.problem("path", "is required")
        last_item = LastItem(paths, li.text("join") or ",")
    return CursorPagination(
        **_common_pagination(b),
        cursor_param=b.text("cursor_param", required=True) or "",
        next_cursor=b.text("next_cursor"),
        cursor_header=b.text("cursor_header"),
        last_item=last_item,
    )


def _next_url(b: Block) -> NextUrlPagination:
    b.only(keys(NextUrlPagination))
    return NextUrlPagination(**_common_pagination(b), next_url=b.text("next_url", required=True) or "")


def _link_header(b: Block) -> LinkHeaderPagination:
    b.only(keys(LinkHeaderPagination))
    return LinkHeaderPagination(**_common_pagination(b), link_rel=b.text("link_rel") or "next")


# style -> parser: a new pagination style is a class above and an entry here
_PAGINATION_STYLES: dict[str, Callable[[Block], Pagination]] = {
    "page_number": _page_number,
    "offset": _offset,
    "cursor": _cursor,
    "next_url": _next_url,
    "link_header": _link_header,
}


_WAITER_KEYS = tuple(dict.fromkeys((*keys(StateWaiter), *keys(AcceptorWaiter))))
# OpenAPI runtime expressions (the Link Object's syntax): where a started run's id is.
_RUN_ID = re.compile(r"^\$(response\.body#(/[A-Za-z0-9_]+)+|request\.path\.[A-Za-z0-9_]+)$")


_WEBHOOK_KEYS = keys(Webhooks)


def load_vendor(slug: str, specs: Path = SPECS) -> VendorSpec:
    """Read and parse `specs/<slug>/openapi.yaml`; raises `SpecError` listing every problem."""
    return parse_vendor(slug, load_document(specs / slug / "openapi.yaml"))


def load_document(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as f:
        document = yaml.safe_load(f)
    if not isinstance(document, dict):
        raise SpecError(path.parent.name, [f"{path}: not a YAML mapping"])
    return document


def parse_vendor(slug: str, document: Mapping[str, Any]) -> VendorSpec:
    """The model of one spec; raises `SpecError` listing every problem in it."""
    problems: list[str] = []
    model = _parse(slug, document, problems)
    if problems or model is None:
        raise SpecError(slug, problems or ["the spec could not be read"])
    return model


def problems_of(slug: str, document: Mapping[str, Any]) -> list[str]:
    """Every problem parsing finds in a spec (empty: the spec parses)."""
    problems: list[str] = []
    _parse(slug, document, problems)
    return problems


def _parse(slug: str, document: Mapping[str, Any], problems: list[str]) -> VendorSpec | None:
    problems += _misplaced_extensions(document)
    problems += case_insensitive_problems(document)
    problems += _discriminators(document)
    meta = _meta(document, problems)
    operations = _operations(document, problems)
    _check_waiters(document, operations, meta.errors.code if meta and meta.errors else (), problems)
    if meta is not None and meta.rate_limit is not None:
        _check_rate_limit(meta.rate_limit, operations, problems)
    webhooks = _webhooks(document, meta.env_stem if meta is not None else None, problems)
    coverage = _coverage(document, operations, problems)
    sources = _sources(document, problems)
    schemes = _schemes(document)
    auth = _auth(document, schemes, problems)
    if meta is None or auth is None:
        return None
    return VendorSpec(slug, document, meta, auth, schemes, tuple(operations), webhooks, coverage, sources)


def _meta(document: Mapping[str, Any], problems: list[str]) -> Meta | None:
    b = Block.of(document.get("x-scankit"), openapi.pointer("x-scankit"), problems)
    if b is None:
        return None
    b.only(keys(Meta))
    vendor = b.text("vendor", required=True)
    env_key = b.text("env_key", required=True)
    if env_key and not re.fullmatch(r"[A-Z][A-Z0-9_]*_API_KEY", env_key):
        b.problem("env_key", f"must be an upper-case variable ending in _API_KEY, not {env_key!r}")
    class_name = b.text("class_name") or (vendor or "").replace(" ", "")
    if class_name and not class_name.isidentifier():
        b.problem("class_name", f"{class_name!r} is not a Python class name (set class_name)")
    rate = b.block("rate_limit")
    errors = b.block("errors")
    if vendor is None or env_key is None:
        return None
    return Meta(
        vendor=vendor,
        class_name=class_name,
        env_key=env_key,
        request_id_header=b.text("request_id_header"),
        rate_limit=_rate_limit(rate) if rate else None,
        errors=_errors(errors) if errors else None,
    )


def _window(b: Block) -> float:
    """`window_seconds`, or `per: second|minute|hour|day`: one of them."""
    if ("per" in b.data) == ("window_seconds" in b.data):
        b.problem(None, "give one of window_seconds and per")
    per = b.text("per", choices=literal_values(model.Per))
    return PER_SECONDS[per] if per else b.number("window_seconds", positive=True) or 1.0


def _budget_sliding_window(b: Block) -> SlidingWindow:
    return SlidingWindow(
        requests=b.integer("requests", required=True, minimum=1) or 1,
        window_seconds=_window(b),
        advised_requests=b.integer("advised_requests", minimum=1),
    )


def _budget_fixed_window(b: Block) -> FixedWindow:
    return FixedWindow(requests=b.integer("requests", required=True, minimum=1) or 1, window_seconds=_window(b))


def _budget_token_bucket(b: Block) -> TokenBucket:
    return TokenBucket(
        capacity=b.integer("capacity", required=True, minimum=1) or 1,
        refill_per_second=b.number("refill_per_second", required=True, positive=True) or 1.0,
    )


# algorithm -> (parser, the keys it reads): a new form of budget is a class and an entry here
_RATE_LIMIT_ALGORITHMS: dict[str, tuple[Callable[[Block], Budget], tuple[str, ...]]] = {
    "sliding_window": (_budget_sliding_window, keys(SlidingWindow)),
    "fixed_window": (_budget_fixed_window, keys(FixedWindow)),
    "token_bucket": (_budget_token_bucket, keys(TokenBucket)),
}
_TIME_FORMATS = literal_values(model.TimeFormat)
_SCOPES = literal_values(model.Scope)


def _rate_headers(h: Block | None) -> RateLimitHeaders | None:
    if h is None:
        return None
    h.only(keys(RateLimitHeaders))
    return RateLimitHeaders(
        limit=h.text("limit"),
        remaining=h.text("remaining"),
        reset=h.text("reset"),
        reset_format=h.text("reset_format", choices=_TIME_FORMATS) or "unix_seconds",  # type: ignore[arg-type]
        retry_after=h.text("retry_after"),
        retry_after_format=h.text("retry_after_format", choices=_TIME_FORMATS),  # type: ignore[arg-type]
    )


def _budget(b: Block, extra: tuple[str, ...], *, scope: str | None = None) -> tuple[str | None, Budget | None]:
    """One budget's scope and algorithm keys (the single form, or an entry of `limits`, whose scope
    is the whole client unless it says otherwise)."""
    algorithm = b.text("algorithm", required=True, choices=tuple(_RATE_LIMIT_ALGORITHMS))
    parse, keys = _RATE_LIMIT_ALGORITHMS.get(algorithm or "", (None, ()))
    b.only(tuple(dict.fromkeys(("scope", "algorithm", *keys, "headers", *extra))))
    scope = b.text("scope", required=scope is None, choices=_SCOPES) or scope
    return scope, parse(b) if parse else None


_BUDGET_KEYS = {k for parse_keys in _RATE_LIMIT_ALGORITHMS.values() for k in parse_keys[1]}
_RATE_LIMIT_DOC_KEYS = tuple(k for k in keys(RateLimit) if k not in {*_BUDGET_KEYS, "scope", "headers", "limits"})


def _rate_limit(b: Block) -> RateLimit | None:
    before = len(b.problems)
    limits: list[Limit] = []
    if "limits" in b.data:
        b.only(("limits", "headers", *_RATE_LIMIT_DOC_KEYS))
        entries = b.data["limits"]
        if not isinstance(entries, list) or not entries:
            b.problem("limits", "must be a non-empty list of budgets")
            entries = []
        names: set[str] = set()
        for index, raw in enumerate(entries):
            e = Block.of(raw, b.at("limits") + f"/{index}", b.problems)
            if e is None:
                continue
            scope, budget = _budget(e, ("name", "operations"), scope="client")
            name = e.text("name", required=True)
            if name and not re.fullmatch(r"[a-z][a-z0-9_-]*", name):
                e.problem("name", f"{name!r} must be lower case letters, digits, _ and -")
            if name in names:
                e.problem("name", f"{name!r} twice")
            names.add(name or "")
            operations = e.texts("operations")
            if "operations" in e.data and not operations:
                e.problem("operations", "must list some operationIds (omit it for every operation)")
            headers = _rate_headers(e.block("headers"))
            if name and scope and budget:
                limits.append(Limit(name, scope, budget, operations, headers))  # type: ignore[arg-type]
        scope, budget = (limits[0].scope, limits[0].budget) if limits else (None, None)
    else:
        scope, budget = _budget(b, _RATE_LIMIT_DOC_KEYS)
    headers = _rate_headers(b.block("headers")) or RateLimitHeaders()
    trusted = b.flag("retry_after_trusted", True)
    source = b.text("source")
    inferred = b.inferred()
    if not any(limit.operations for limit in limits):  # else once the operations are known (_check_rate_limit)
        _runtime_check(b, before, RateLimits.from_dict, b.data)
    if budget is None or scope is None:
        return None
    return RateLimit(
        scope=scope,  # type: ignore[arg-type]  # one of the choices
        budget=budget,
        headers=headers,
        retry_after_trusted=trusted,
        source=source,
        inferred=inferred,
        declared=b.data,
        limits=tuple(limits),
    )


def _check_rate_limit(rl: RateLimit, operations: list[Operation], problems: list[str]) -> None:
    """A budget's `operations` name operations of the spec; the runtime reads them as their rate keys."""
    if not any(limit.operations for limit in rl.limits):
        return
    keys = {op.operation_id: op.where for op in operations}
    where = openapi.pointer("x-scankit", "rate_limit", "limits")
    before = len(problems)
    for index, limit in enumerate(rl.limits):
        for op_id in limit.operations:
            if op_id not in keys:
                problems.append(f"{where}/{index}/operations: no operation {op_id!r}")
    if len(problems) > before:
        return
    entries = [
        {**entry, "operations": [keys[op_id] for op_id in entry["operations"]]} if entry.get("operations") else entry
        for entry in rl.declared["limits"]
    ]
    b = Block(rl.declared, openapi.pointer("x-scankit", "rate_limit"), problems)
    _runtime_check(b, len(problems), RateLimits.from_dict, {**rl.declared, "limits": entries})


def _paths(b: Block, key: str) -> tuple[str, ...]:
    value = b.data.get(key)
    if value is None:
        return ()
    return b.texts(key) if isinstance(value, list) else (b.text(key) or "",)


def _errors(b: Block) -> ErrorPaths:
    before = len(b.problems)
    b.only(keys(ErrorPaths))
    paths = ErrorPaths(
        message=_paths(b, "message"),
        details=_paths(b, "details"),
        detail_message=b.text("detail_message"),
        inferred=b.inferred(),
        declared=b.data,
        code=_paths(b, "code"),
    )
    _runtime_check(b, before, RuntimeErrorPaths.from_dict, paths.runtime)
    return paths


def _runtime_check(b: Block, before: int, parse: Callable[[Any], object], value: Any) -> None:
    """The runtime parses the same block (from VendorInfo): what it refuses must not be generated.
    Asked only when the model found nothing wrong, so one mistake is reported once."""
    if len(b.problems) > before:
        return
    try:
        parse(value)
    except ConfigurationError as exc:
        b.problem(None, f"the runtime refuses it: {exc}")


def _operations(document: Mapping[str, Any], problems: list[str]) -> list[Operation]:
    out: list[Operation] = []
    verbs: dict[tuple[str, str], str] = {}
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, Mapping):
            continue
        shared = item.get("parameters") or []
        for method in openapi.METHODS:
            if not isinstance(item.get(method), Mapping):
                continue
            b = Block(item[method], openapi.pointer("paths", path, method), problems)
            op = _operation(document, b, path, method, shared)
            if op is None:
                continue
            if (op.tag, op.verb) in verbs:
                b.problem("x-scankit-method", f"{op.call} is also {verbs[op.tag, op.verb]}")
            verbs[op.tag, op.verb] = op.where
            out.append(op)
    return out


def _operation(document: Mapping[str, Any], b: Block, path: str, method: str, shared: list[Any]) -> Operation | None:
    op_id = b.text("operationId", required=True)
    verb = b.text("x-scankit-method", required=True)
    if verb and not verb.isidentifier():
        b.problem("x-scankit-method", f"{verb!r} is not a Python name")
    if verb and (verb == "wait" or verb.endswith("_and_wait")):
        b.problem("x-scankit-method", f"`{verb}` is the name of a generated waiter")
    tags = b.data.get("tags") or []
    if len(tags) != 1:
        b.problem("tags", f"exactly one tag (the resource), not {tags}")
    pagination = _pagination(b)
    if verb and verb.startswith("list") and pagination is None and "x-scankit-pagination" not in b.data:
        b.problem(None, "a list operation needs x-scankit-pagination")
    unwrap = b.text("x-scankit-unwrap")
    envelope = b.text("x-scankit-envelope-method")
    if unwrap and pagination:
        b.problem("x-scankit-unwrap", "is for single results; lists page by `items`")
    if envelope and not unwrap:
        b.problem("x-scankit-envelope-method", "needs x-scankit-unwrap")
    waiter_block = b.block("x-scankit-waiter")
    waiter = _waiter(waiter_block) if waiter_block else None
    if waiter_block and method != "get":  # a poll must be safe to repeat: any GET (`get`, `reports.result`)
        waiter_block.problem(None, "belongs on a GET operation (polling must be safe to repeat)")
    params: dict[tuple[str, str], Mapping[str, Any]] = {}
    for raw in [*shared, *(b.data.get("parameters") or [])]:
        p = openapi.resolve(document, raw)
        params[(p["name"], p["in"])] = p
    incremental_block = b.block("x-scankit-incremental")
    incremental = None
    if incremental_block is not None:
        query = {name: p for (name, where), p in params.items() if where == "query"}
        incremental = _incremental(document, incremental_block, b.data, pagination, query)
    if op_id is None or verb is None or len(tags) != 1:
        return None
    return Operation(
        operation_id=op_id,
        method=method.upper(),
        path=path,
        tag=str(tags[0]),
        verb=verb,
        summary=str(b.data.get("summary") or "").strip(),
        description=str(b.data.get("description") or "").strip(),
        parameters=tuple(params.values()),
        pagination=pagination,
        waiter=waiter,
        unwrap=unwrap,
        envelope_method=envelope,
        incremental=incremental,
        source=b.text("x-scankit-source", required=True),
        inferred=b.text("x-scankit-inferred"),
        notes=b.text("x-scankit-notes"),
        raw=b.data,
    )


_INCREMENTAL_KEYS = keys(Incremental)
_INCREMENTAL_FILTER_KEYS = keys(IncrementalFilter)


def _incremental(
    document: Mapping[str, Any],
    b: Block,
    op: Mapping[str, Any],
    pagination: Pagination | None,
    query: Mapping[str, Mapping[str, Any]],
) -> Incremental | None:
    """`x-scankit-incremental` on a list (specs/CONVENTIONS.md): its paths name fields of the items, its
    filter names query parameters of the operation."""
    b.only(_INCREMENTAL_KEYS)
    item: Mapping[str, Any] | None = None
    if pagination is None:
        if "x-scankit-pagination" not in op:
            b.problem(None, "belongs on a list operation (one with x-scankit-pagination)")
    else:
        _, body = openapi.success_body(document, op)
        items = openapi.resolve_schema(document, openapi.schema_at(document, body, pagination.items))
        item = openapi.resolve_schema(document, items.get("items")) or None
        if not item:
            b.problem(None, f"the items at {pagination.items!r} are not an array of objects")

    def path(key: str, value: str | None) -> None:
        if value and item and openapi.schema_at(document, item, value) is None:
            b.problem(key, f"{value!r} is not a property of the items")

    cursor = b.text("cursor", required=True)
    path("cursor", cursor)
    id_ = b.text("id", required=True)
    path("id", id_)
    fallback = b.texts("fallback")
    for value in fallback:
        path("fallback", value)
    fmt = b.text("format", required=True, choices=_choices(Incremental, "format"))
    granularity = b.text("granularity", required=True, choices=_choices(Incremental, "granularity"))
    order = b.text("order", choices=_choices(Incremental, "order"))
    lookback = b.integer("lookback_seconds", required=True)
    source = b.text("x-scankit-source")
    if source is None:
        b.problem("x-scankit-source", "is missing (where the fields and the filter come from)")
    client_side = b.flag("client_side", False)
    f = b.block("filter")
    if (f is None) == (not client_side):
        b.problem(None, "give either filter (the vendor's parameters) or client_side: true, not both or neither")
    flt = _incremental_filter(document, f, item, query) if f is not None else None
    inferred = b.inferred()
    if cursor is None or id_ is None or fmt is None or granularity is None or lookback is None or source is None:
        return None
    return Incremental(
        cursor=cursor,
        fallback=fallback,
        format=fmt,  # type: ignore[arg-type]  # one of the choices
        granularity=granularity,  # type: ignore[arg-type]
        order=order,  # type: ignore[arg-type]
        id=id_,
        lookback_seconds=lookback,
        filter=flt,
        client_side=client_side,
        description=b.text("description"),
        inferred=inferred,
        source=source,
        declared=b.data,
    )


def _incremental_filter(
    document: Mapping[str, Any],
    f: Block,
    item: Mapping[str, Any] | None,
    query: Mapping[str, Mapping[str, Any]],
) -> IncrementalFilter | None:
    f.only(_INCREMENTAL_FILTER_KEYS)
    since = f.text("since_param", required=True)
    until = f.text("until_param")
    for key, name in (("since_param", since), ("until_param", until)):
        if name is not None and name not in query:
            f.problem(key, f"{name!r} is not a query parameter of the operation")
    fmt = f.text("format", required=True)
    if fmt is not None and fmt not in ("date-time", "unix_seconds", "unix_ms") and "%" not in fmt:
        f.problem("format", f"must be date-time, unix_seconds, unix_ms or a strftime pattern, not {fmt!r}")
    field = f.text("field")
    if field and item and openapi.schema_at(document, item, field) is None:
        f.problem("field", f"{field!r} is not a property of the items")
    inclusive = f.flag("inclusive", False) if "inclusive" in f.data else None
    params = f.block("params")
    for name, value in (params.data if params else {}).items():
        if name not in query:
            params.problem(str(name), "is not a query parameter of the operation")  # type: ignore[union-attr]
            continue
        enum = openapi.resolve_schema(document, query[name].get("schema")).get("enum")
        if enum and value not in enum:
            params.problem(str(name), f"{value!r} is not a value of {name}")  # type: ignore[union-attr]
    if since is None or fmt is None:
        return None
    return IncrementalFilter(
        since_param=since,
        until_param=until,
        format=fmt,
        timezone=f.text("timezone"),
        inclusive=inclusive,
        field=field,
        params=dict(params.data) if params else {},
    )


def _coverage(document: Mapping[str, Any], operations: list[Operation], problems: list[str]) -> Coverage | None:
    """The root `x-scankit-coverage`: each documented operation has a name and an https doc URL, and is
    covered by an operation of the spec or says why not; every operation of the spec is in it."""
    if "x-scankit-coverage" not in document:
        return None
    b = Block.of(document["x-scankit-coverage"], openapi.pointer("x-scankit-coverage"), problems)
    if b is None:
        return None
    b.only(keys(Coverage))
    listed = b.data.get("operations")
    if not isinstance(listed, list) or not listed:
        b.problem("operations", "a non-empty list of the vendor's documented operations is required")
        listed = []
    op_ids = {op.operation_id for op in operations}
    covered: set[str] = set()
    entries = []
    for i, raw in enumerate(listed):
        e = Block.of(raw, f"{b.at('operations')}/{i}", problems)
        if e is None:
            continue
        e.only(keys(CoverageEntry))
        name, doc = e.text("name", required=True), e.text("doc", required=True)
        if doc and not doc.startswith("https://"):
            e.problem("doc", f"must be an https URL, not {doc!r}")
        op_id, reason = e.text("covered"), e.text("reason")
        if (op_id is None) == (reason is None):
            e.problem(None, f"({name}): give covered or reason, not both or neither")
        if op_id is not None:
            if op_id not in op_ids:
                e.problem("covered", f"no operation {op_id!r}")
            covered.add(op_id)
        entries.append(CoverageEntry(name or "", doc or "", op_id, reason))
    for op_id in sorted(op_ids - covered):
        b.problem("operations", f"operation {op_id!r} is in no entry")
    return Coverage(description=b.text("description"), operations=tuple(entries))


def _sources(document: Mapping[str, Any], problems: list[str]) -> dict[str, str | None]:
    """The root `x-scankit-sources`: a tag a source string uses (`seed 001`, a `repo:` prefix, a name)
    -> the web page it stands for (null: named in sources, but no page, such as an API's base URL)."""
    if "x-scankit-sources" not in document:
        return {}
    b = Block.of(document["x-scankit-sources"], openapi.pointer("x-scankit-sources"), problems)
    if b is None:
        return {}
    out: dict[str, str | None] = {}
    for tag, url in b.data.items():
        if url is not None and not (isinstance(url, str) and url.startswith(("https://", "http://"))):
            b.problem(str(tag), f"must be a URL or null, not {url!r}")
            continue
        out[str(tag)] = url
    return out


def _pagination(op: Block) -> Pagination | None:
    b = op.block("x-scankit-pagination")
    if b is None:
        return None
    style = b.text("style", required=True, choices=tuple(_PAGINATION_STYLES))
    if style is None:
        return None
    return _PAGINATION_STYLES[style](b)


_MATCHERS = literal_values(model.Matcher)


def _waiter(b: Block) -> Waiter:
    """State lists (with `state`) or acceptors, never both; the keys of delays and starters are shared."""
    b.only(_WAITER_KEYS)
    if not b.text("x-scankit-source"):
        b.problem("x-scankit-source", "is missing (where the states and the interval come from)")
    lists = [key for key in ("success", "failure", "pending") if key in b.data]
    if "acceptors" in b.data and lists:
        b.problem(None, f"give either state with success, failure and pending, or acceptors, not both ({lists[0]})")
    folded = b.flag("case_insensitive", False)
    if "poll_interval" not in b.data:
        b.problem(None, "poll_interval (seconds) is required")
    started: list[StartedBy] = []
    s = b.block("started_by")
    if s is not None:
        for op_id, expression in s.data.items():
            if not isinstance(expression, str) or not _RUN_ID.match(expression):
                s.problem(str(op_id), f"{expression!r} is not $response.body#/<path> or $request.path.<name>")
            started.append(StartedBy(str(op_id), str(expression)))
    advice: str | None = "Retry-After"
    if "advice_header" in b.data:
        advice = None if b.data["advice_header"] is None else b.text("advice_header")
    common: dict[str, Any] = {
        "poll_interval": b.number("poll_interval", positive=True) or 0.0,
        "initial_delay": b.number("initial_delay"),
        "max_poll_interval": b.number("max_poll_interval", positive=True),
        "max_attempts": b.integer("max_attempts", minimum=1),
        "advice_header": advice,
        "progress": b.text("progress"),
        "case_insensitive": folded,
        "started_by": tuple(started),
        "source": b.text("x-scankit-source"),
        "x_scankit_inferred": b.text("x-scankit-inferred"),
        "inferred": _waiter_inferred(b),
        "declared": b.data,
    }
    if "acceptors" in b.data:
        return AcceptorWaiter(**common, acceptors=_acceptors(b), state=b.text("state"))
    groups = {key: b.texts(key) for key in ("success", "failure", "pending")}
    if not groups["pending"]:
        b.problem("pending", "must list the states of a run still going")
    if not groups["success"] and not groups["failure"]:
        b.problem(None, "list the terminal states: success, failure or both")
    seen: dict[str, str] = {}
    for key, values in groups.items():
        for value in values:
            norm = normalize(value, folded)
            if norm in seen:
                b.problem(
                    key, f"{value!r} is in both {seen[norm]} and {key}" if seen[norm] != key else f"{value!r} twice"
                )
            seen[norm] = key
    return StateWaiter(
        **common,
        state=b.text("state", required=True) or "",
        success=groups["success"],
        failure=groups["failure"],
        pending=groups["pending"],
    )


def _acceptors(b: Block) -> tuple[Acceptor, ...]:
    rules = b.data.get("acceptors")
    if not isinstance(rules, list) or not rules:
        b.problem("acceptors", "must be a non-empty list of {matcher, argument, expected, state}")
        return ()
    out: list[Acceptor] = []
    for index, raw in enumerate(rules):
        r = Block.of(raw, b.at("acceptors") + f"/{index}", b.problems)
        if r is None:
            continue
        r.only(keys(Acceptor))
        matcher = r.text("matcher", required=True, choices=_MATCHERS)
        state = r.text("state", required=True, choices=_choices(Acceptor, "state"))
        argument = r.text("argument")
        if "expected" not in r.data:
            r.problem("expected", "is required")
        expected = r.data.get("expected")
        if matcher is not None and (matcher in PATH_MATCHERS) != ("argument" in r.data):
            r.problem("argument", "is for the path matchers (path, pathAll, pathAny), and only for them")
        if matcher == "status" and (isinstance(expected, bool) or not isinstance(expected, int)):
            r.problem("expected", f"a status acceptor expects an HTTP status, not {expected!r}")
        if matcher == "error" and not isinstance(expected, str | bool):
            r.problem("expected", f"an error acceptor expects an error code or true/false, not {expected!r}")
        if isinstance(expected, list | dict):
            r.problem("expected", f"must be a JSON scalar, not {expected!r}")
        if matcher is not None and state is not None:
            out.append(Acceptor(matcher, expected, state, argument))  # type: ignore[arg-type]  # one of the choices
    return tuple(out)


def _waiter_inferred(b: Block) -> tuple[str, ...]:
    names = b.texts("inferred")
    for name in names:
        if name not in _WAITER_KEYS:
            b.problem("inferred", f"names {name!r}, which is not a key of this block")
    return names


def _check_waiters(
    document: Mapping[str, Any], operations: list[Operation], code: tuple[str, ...], problems: list[str]
) -> None:
    """What a waiter names must exist: its state and progress in the resource, its starters, the error
    code its `error` acceptors compare."""
    by_id = {op.operation_id: op for op in operations}
    for op in operations:
        w = op.waiter
        if w is None:
            continue
        where = openapi.pointer("paths", op.path, op.method.lower(), "x-scankit-waiter")
        if (
            isinstance(w, AcceptorWaiter)
            and not code
            and any(a.matcher == "error" and isinstance(a.expected, str) for a in w.acceptors)
        ):
            problems.append(f"{where}/acceptors: an error code acceptor needs x-scankit.errors.code")
        if not w.state:
            continue
        _, body = openapi.success_body(document, op.raw)
        resource = openapi.schema_at(document, body, op.unwrap) if op.unwrap else body
        found = openapi.schema_at(document, resource, w.state)
        if found is None:
            problems.append(f"{where}: state {w.state!r} is not a property of the resource")
        elif isinstance(w, StateWaiter):
            enum = openapi.resolve_schema(document, found).get("enum")
            if enum:
                listed = {normalize(v, w.case_insensitive) for v in (*w.success, *w.failure, *w.pending)}
                documented = {normalize(str(v), w.case_insensitive) for v in enum}
                missing = sorted(str(v) for v in enum if normalize(str(v), w.case_insensitive) not in listed)
                if missing:
                    problems.append(f"{where}: documented states {missing} are in none of success, failure, pending")
                extra = sorted(v for v in listed if v not in documented)
                if extra:
                    problems.append(f"{where}: {extra} are not values of {w.state} (its enum)")
        if w.progress and openapi.schema_at(document, resource, w.progress) is None:
            problems.append(f"{where}: progress {w.progress!r} is not a property of the resource")
        for starter in w.started_by:
            if starter.operation_id not in by_id:
                problems.append(f"{where}/started_by: no operation {starter.operation_id!r}")


def _place(b: Block | None, key: str, schema: str | None, document: Mapping[str, Any]) -> Place:
    if b is None:
        return Place(None, None)
    b.only(keys(Place))
    header, body = b.text("header"), b.text("body")
    if (header is None) == (body is None):
        b.problem(None, f"{key} needs exactly one of header or body")
    elif body and schema and openapi.schema_at(document, {"$ref": openapi.SCHEMA_REF + schema}, body) is None:
        b.problem("body", f"{key}.body {body!r} is not a property path of {schema}")
    return Place(header, body)


def _webhooks(document: Mapping[str, Any], stem: str | None, problems: list[str]) -> Webhooks | None:
    if "x-scankit-webhooks" not in document:
        return None
    b = Block.of(document["x-scankit-webhooks"], openapi.pointer("x-scankit-webhooks"), problems)
    if b is None:
        return None
    b.only(_WEBHOOK_KEYS)
    schema = b.text("event_schema", required=True)
    if schema and schema not in openapi.schema_names(document):
        b.problem("event_schema", f"event_schema {schema!r} is not in components.schemas")
        schema = None
    # The signing secret is one of the vendor's own variables: a spec copied from another vendor
    # never reads that vendor's secret (HOSTEDSCAN_WEBHOOK_SECRET for AcmeScan's deliveries).
    secret_env = b.text("secret_env") or (f"{stem}_WEBHOOK_SECRET" if stem else None)
    if secret_env and stem and not secret_env.startswith(f"{stem}_"):
        b.problem("secret_env", f"secret_env {secret_env!r} is not one of this vendor's variables ({stem}_...)")
    source = b.text("source")
    if source is None:
        b.problem("source", "source is missing")
    sig = b.block("signature", required=True) or Block({}, b.at("signature"), problems)
    sig.only(keys(WebhookSignature))
    encodings = sig.texts("encodings") if "encodings" in sig.data else ("hex",)
    if not encodings or not set(encodings) <= {"hex", "base64"}:
        sig.problem("encodings", "signature.encodings must be a non-empty list of ['base64', 'hex']")
    algorithm = sig.text("algorithm", required=True)
    if algorithm not in ("hmac-sha256", "unknown"):
        sig.problem("algorithm", "signature.algorithm must be one of ['hmac-sha256', 'unknown']")
    signed = sig.text("signed", required=True)
    if signed not in ("{timestamp}.{body}", "{body}"):
        sig.problem("signed", "signature.signed must be one of ['{body}', '{timestamp}.{body}']")
    signature = WebhookSignature(
        header=sig.text("header", required=True) or "",
        algorithm=algorithm,  # type: ignore[arg-type]
        signed=signed,  # type: ignore[arg-type]
        encodings=encodings,  # type: ignore[arg-type]
        prefix=sig.data.get("prefix") or "",
    )
    timestamp = None
    t = b.block("timestamp")
    if t is not None:
        unit = t.data.get("unit")
        if unit not in ("s", "ms", "iso8601"):
            t.problem("unit", "timestamp.unit must be one of ['iso8601', 'ms', 's']")
        timestamp = WebhookTimestamp(
            _place(
                Block({k: v for k, v in t.data.items() if k != "unit"}, t.where, problems),
                "timestamp",
                schema,
                document,
            ),
            unit,  # type: ignore[arg-type]  # checked just above
        )
    if signed == "{timestamp}.{body}" and not (timestamp and timestamp.place.header):
        b.problem(None, "a signed timestamp needs timestamp.header")
    r = b.block("retry")
    retry = WebhookRetry("2xx", None, None, None)
    if r is not None:
        r.only(keys(WebhookRetry))
        success = str(r.data.get("success", "2xx"))
        if success != "2xx" and not (success.isdigit() and len(success) == 3):
            r.problem("success", "retry.success must be 2xx or one status code")
        retry = WebhookRetry(success, r.integer("attempts", minimum=1), r.text("backoff"), r.number("max_seconds"))
    return Webhooks(
        event_schema=schema or "",
        secret_env=secret_env or "",
        signature=signature,
        timestamp=timestamp,
        event_type=_place(b.block("event_type", required=True), "event_type", schema, document),
        event_id=_place(b.block("event_id", required=True), "event_id", schema, document),
        user_agent=b.text("user_agent"),
        events=b.texts("events"),
        retry=retry,
        description=b.text("description"),
        source=source,
        inferred=b.inferred(),
        declared=b.data,
    )


def _schemes(document: Mapping[str, Any]) -> dict[str, HeaderScheme]:
    """The security schemes sent as a header: API keys in a header (with `x-scankit-prefix`) and bearer tokens."""
    out: dict[str, HeaderScheme] = {}
    for name, scheme in ((document.get("components") or {}).get("securitySchemes") or {}).items():
        if not isinstance(scheme, Mapping):
            continue
        description = " ".join(str(scheme.get("description") or "").split())
        if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
            out[name] = HeaderScheme(
                name, str(scheme["name"]), str(scheme.get("x-scankit-prefix", "")), False, description
            )
        elif scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
            out[name] = HeaderScheme(name, "Authorization", "Bearer ", True, description)
    return out


def _auth(document: Mapping[str, Any], schemes: Mapping[str, HeaderScheme], problems: list[str]) -> Auth | None:
    """The API key scheme (first in every requirement) and the token schemes beside it."""
    requirements: list[Mapping[str, Any]] = []
    for path, item in (document.get("paths") or {}).items():
        for method in openapi.METHODS:
            op = item.get(method) if isinstance(item, Mapping) else None
            if not isinstance(op, Mapping):
                continue
            if not op.get("security"):  # per operation, so every generated function needs a credential
                problems.append(f"{openapi.pointer('paths', path, method, 'security')}: is missing")
            requirements += op.get("security") or []
    if not requirements:
        return None
    keys = {next(iter(req)) for req in requirements if req}
    if len(keys) != 1:
        problems.append(f"{openapi.pointer('paths')}: operations disagree on the API key scheme: {sorted(keys)}")
        return None
    names = list(dict.fromkeys([next(iter(keys)), *(n for req in requirements for n in list(req)[1:])]))
    for name in names:
        if name not in schemes:
            problems.append(
                f"{openapi.pointer('components', 'securitySchemes', name)}: no such scheme, or not one sent as a header"
                " (only header API keys and bearer tokens are supported)"
            )
    if any(name not in schemes for name in names):
        return None
    return Auth(schemes[names[0]], tuple(schemes[n] for n in names[1:]))


def _walk(node: Any, path: tuple[Any, ...]) -> Iterator[tuple[tuple[Any, ...], Mapping[str, Any]]]:
    if isinstance(node, Mapping):
        yield path, node
        for key, value in node.items():
            yield from _walk(value, (*path, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _walk(value, (*path, i))


def _misplaced_extensions(document: Mapping[str, Any]) -> list[str]:
    """Every `x-scankit*` key that is not one of the extensions, or sits where nothing reads it."""
    problems = []
    for path, node in _walk(document, ()):
        for key in node:
            if not (isinstance(key, str) and key.startswith("x-scankit")):
                continue
            where = openapi.pointer(*path, key)
            if key not in EXTENSIONS:
                problems.append(f"{where}: unknown extension (known: {', '.join(sorted(EXTENSIONS))})")
            elif key == "x-scankit-notes" and not (isinstance(node[key], str) and node[key].strip()):
                problems.append(f"{where}: must be a non-empty string (a note for maintainers)")
            elif key in ROOT_EXTENSIONS and path:
                problems.append(f"{where}: belongs at the root of the document")
            elif key in OPERATION_EXTENSIONS and not (
                len(path) == 3 and path[0] == "paths" and path[2] in openapi.METHODS
            ):
                problems.append(f"{where}: belongs on an operation")
            elif key in SCHEME_EXTENSIONS and not (path[:2] == ("components", "securitySchemes") and len(path) == 3):
                problems.append(f"{where}: belongs on a security scheme")
    return problems


def case_insensitive_problems(document: Mapping[str, Any]) -> list[str]:
    """`x-scankit-case-insensitive` only where generation honours it: a string enum schema, or a
    schema that is (`$ref`/`allOf`) such an enum, where it documents the same thing."""
    schemas = (document.get("components") or {}).get("schemas") or {}
    problems: list[str] = []

    def flagged_enum(node: Mapping[str, Any]) -> bool:
        refs = [node.get("$ref")] + [part.get("$ref") for part in node.get("allOf", []) if isinstance(part, Mapping)]
        for ref in filter(None, refs):
            target = schemas.get(str(ref).rsplit("/", 1)[-1], {})
            if target.get("enum") and target.get("x-scankit-case-insensitive") is True:
                return True
        return False

    for path, node in _walk(document, ()):
        if "x-scankit-case-insensitive" not in node:
            continue
        where = openapi.pointer(*path, "x-scankit-case-insensitive")
        if node["x-scankit-case-insensitive"] is not True:
            problems.append(f"{where}: must be `true` (omit it otherwise)")
        elif not (node.get("enum") and node.get("type", "string") == "string") and not flagged_enum(node):
            problems.append(f"{where}: belongs on a string enum schema (or a $ref/allOf to one)")
    return problems


def _discriminators(document: Mapping[str, Any]) -> list[str]:
    """`x-scankit-discriminator: {propertyName, mapping}` on a union schema (specs/CONVENTIONS.md)."""
    problems: list[str] = []
    for name, schema in ((document.get("components") or {}).get("schemas") or {}).items():
        if not isinstance(schema, Mapping) or "x-scankit-discriminator" not in schema:
            continue
        b = Block.of(
            schema["x-scankit-discriminator"],
            openapi.pointer("components", "schemas", name, "x-scankit-discriminator"),
            problems,
        )
        if b is None:
            continue
        b.only(("propertyName", "mapping"))
        b.text("propertyName", required=True)
        mapping = b.block("mapping", required=True)
        for value, ref in (mapping.data if mapping else {}).items():
            if openapi.ref_name({"$ref": ref}) not in openapi.schema_names(document):
                mapping.problem(str(value), f"{ref!r} names no schema")  # type: ignore[union-attr]
    return problems
