"""The typed model of a spec's x-scankit extensions: frozen attrs classes, one per block and form.

`scankit_codegen.extensions` parses a spec into these (and refuses what does not fit them); the
facade, the vendor page, the README and the lint read them.

This module is the one definition of the vocabulary. A field is a key of its block as written in a
spec (its type, whether it is required, its values when it is a `Literal`, its description) and
`scankit_codegen.vocabulary` derives `specs/x-scankit.schema.json` from these classes, which the
shipped sandbox validates specs against. A field's `attrs` metadata (made by `key()`) says what
its annotation cannot: another name in YAML, a shared type (`path`, `header`, ...), that whether a
key must be given, that its keys are written in the block around it, or that a field is not written in a spec at all (`declared`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import attrs
from openapi_python_client.strings import snake_case


def key(
    doc: str = "",
    *,
    of: str | Mapping[str, Any] | None = None,
    name: str | None = None,
    required: bool | None = None,
    flat: bool = False,
    written: bool = True,
) -> dict[str, Any]:
    """The metadata of a field (`attrs.field(metadata=key(...))`) for the schema and the reader.

    `doc`: its description; `of`: a `$defs` name of the schema (`path`, `header`, `positiveInt`...)
    or a JSON Schema, when the annotation says too little; `name`: the key in YAML when it is not the
    field's name (`x-scankit-source`); `required`: whether a spec must give the key (default: when
    the field has no default and is not `X | None`); `flat`: the field's own keys are written in this
    block (a budget's, a place's); `written`: False for what the reader derives (`declared`).
    """
    return {"doc": doc, "of": of, "name": name, "required": required, "flat": flat, "written": written}


DECLARED = key("the block as written", written=False)
INFERRED = key(
    "which keys of this block are inferred rather than documented (dotted for nested keys)",
    of="inferred",
    required=False,
)

# -- the root block: x-scankit -----------------------------------------------------------------


@attrs.frozen
class RateLimitHeaders:
    """Response headers that report the budget (any may be absent)."""

    limit: str | None = attrs.field(default=None, metadata=key("the budget's size", of="header"))
    remaining: str | None = attrs.field(default=None, metadata=key("what is left of it", of="header"))
    reset: str | None = attrs.field(default=None, metadata=key("when it is whole again", of="header"))
    reset_format: TimeFormat = attrs.field(default="unix_seconds", metadata=key("how `reset` carries its time"))
    retry_after: str | None = attrs.field(default=None, metadata=key("how long to wait after a 429", of="header"))
    retry_after_format: TimeFormat | None = attrs.field(
        default=None,
        metadata=key("how `retry_after` carries its time (default: delta seconds or an HTTP-date, as RFC 9110 says)"),
    )


TimeFormat = Literal["delta_seconds", "unix_seconds", "unix_ms", "http_date", "iso8601"]
"""How a header carries a time (a reset, a Retry-After)."""


Per = Literal["second", "minute", "hour", "day"]
"""`per:` a window's length by name, instead of `window_seconds`."""
PER = key("the window by name (or `window_seconds`)")
WINDOW = key("the window's length in seconds (or `per`, one of them)", of="positiveNumber", required=False)


@attrs.frozen
class SlidingWindow:
    """`algorithm: sliding_window`: `requests` per `window_seconds` (the vendor may advise fewer)."""

    requests: int = attrs.field(metadata=key("requests allowed per window", of="positiveInt"))
    window_seconds: float = attrs.field(metadata=WINDOW)
    advised_requests: int | None = attrs.field(
        default=None, metadata=key("fewer requests the vendor advises per window", of="positiveInt")
    )
    per: Per | None = attrs.field(default=None, metadata=PER)
    algorithm: Literal["sliding_window"] = attrs.field(default="sliding_window", metadata=key("the form of budget"))


@attrs.frozen
class FixedWindow:
    """`algorithm: fixed_window`: `requests` per calendar window that restarts whole (per minute, hour…)."""

    requests: int = attrs.field(metadata=key("requests allowed per window", of="positiveInt"))
    window_seconds: float = attrs.field(metadata=WINDOW)
    per: Per | None = attrs.field(default=None, metadata=PER)
    algorithm: Literal["fixed_window"] = attrs.field(default="fixed_window", metadata=key("the form of budget"))


@attrs.frozen
class TokenBucket:
    """`algorithm: token_bucket`: `capacity` requests, refilled at `refill_per_second`."""

    capacity: int = attrs.field(metadata=key("the bucket's size in requests", of="positiveInt"))
    refill_per_second: float = attrs.field(metadata=key("requests it regains per second", of="positiveNumber"))
    algorithm: Literal["token_bucket"] = attrs.field(default="token_bucket", metadata=key("the form of budget"))


Budget = SlidingWindow | FixedWindow | TokenBucket
Scope = Literal["endpoint_method", "client", "ip"]
PER_SECONDS: dict[str, float] = {"second": 1.0, "minute": 60.0, "hour": 3600.0, "day": 86400.0}  # `per:` as a window


@attrs.frozen
class Limit:
    """One of several budgets (`x-scankit.rate_limit.limits`): named, drawn on by every operation or
    only by a group of them (`operations`, operationIds)."""

    name: str = attrs.field(metadata=key("the budget's name", of={"type": "string", "pattern": "^[a-z][a-z0-9_-]*$"}))
    scope: Scope = attrs.field(metadata=key("what the budget counts (default: the whole client)", required=False))
    budget: Budget = attrs.field(metadata=key("the budget, its keys written beside the others", flat=True))
    operations: tuple[str, ...] = attrs.field(
        metadata=key("the operationIds drawing on it (omit it: every operation)", of="operationIds", required=False)
    )
    headers: RateLimitHeaders | None = attrs.field(metadata=key("the headers reporting this budget, when they differ"))


@attrs.frozen
class RateLimit:
    """`x-scankit.rate_limit`: the vendor's documented limit and the headers that report it.

    One budget (the original form: `scope` and `budget`) or several (`limits`, with `scope` and
    `budget` those of the first)."""

    scope: Scope = attrs.field(metadata=key("what the budget counts: per endpoint and method, per client, per IP"))
    budget: Budget = attrs.field(metadata=key("the budget, its keys written beside the others", flat=True))
    headers: RateLimitHeaders = attrs.field(metadata=key("the headers reporting the budget", required=False))
    retry_after_trusted: bool = attrs.field(
        metadata=key("false: the vendor's Retry-After is known to be wrong", required=False)
    )
    source: str | None = attrs.field(metadata=key("where the limit is documented"))
    inferred: tuple[str, ...] = attrs.field(metadata=INFERRED)
    declared: Mapping[str, Any] = attrs.field(metadata=DECLARED)  # what the runtime's RateLimitSpec parses
    limits: tuple[Limit, ...] = attrs.field(default=(), metadata=key("several budgets (the other form)"))
    notes: str | None = attrs.field(default=None, metadata=key("a note for maintainers"))


@attrs.frozen
class ErrorPaths:
    """`x-scankit.errors`: where the vendor's own words are in an error body (dotted paths)."""

    message: tuple[str, ...] = attrs.field(
        metadata=key("the vendor's message: a path, or paths tried in order", of="pathOrPaths", required=False)
    )
    details: tuple[str, ...] = attrs.field(
        metadata=key("a list of detail objects: a path, or paths tried in order", of="pathOrPaths", required=False)
    )
    detail_message: str | None = attrs.field(metadata=key("the message in each detail object"))
    inferred: tuple[str, ...] = attrs.field(metadata=INFERRED)
    declared: Mapping[str, Any] = attrs.field(metadata=DECLARED)  # as written, `inferred` included
    code: tuple[str, ...] = attrs.field(
        default=(),
        metadata=key("the vendor's error code (a waiter's `error` acceptors compare it)", of="pathOrPaths"),
    )

    @property
    def runtime(self) -> dict[str, Any]:
        """What `scankit._errors.ErrorPaths` reads: the paths, without the documentation keys (the code
        goes to the waiters that compare it)."""
        return {k: v for k, v in self.declared.items() if k not in ("inferred", "code")}


@attrs.frozen
class Meta:
    """The root `x-scankit` block."""

    vendor: str = attrs.field(metadata=key("the vendor's display name"))
    class_name: str = attrs.field(
        metadata=key(
            "the client class, `scankit.<class_name>` and `Async<class_name>` (default: `vendor` without spaces)",
            of={"type": "string", "pattern": "^[A-Z][A-Za-z0-9]*$"},
            required=False,
        )
    )
    env_key: str = attrs.field(
        metadata=key(
            "the API key's environment variable, `<STEM>_API_KEY`",
            of={"type": "string", "pattern": "^[A-Z][A-Z0-9_]*_API_KEY$"},
        )
    )
    request_id_header: str | None = attrs.field(
        metadata=key("the response header with the vendor's request id", of="header")
    )
    rate_limit: RateLimit | None = attrs.field(metadata=key("the vendor's documented rate limit"))
    errors: ErrorPaths | None = attrs.field(metadata=key("where an error body says what went wrong"))

    @property
    def env_stem(self) -> str:
        """`HOSTEDSCAN` for `HOSTEDSCAN_API_KEY`: the prefix of the vendor's other variables."""
        return self.env_key.removesuffix("_API_KEY")


# -- operations -------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class _PaginationCommon:
    items: str = attrs.field(
        metadata=key(
            "dotted path to the array of items in the 2xx body; `.` when the body is the array itself",
            of={"oneOf": [{"const": "."}, {"$ref": "#/$defs/path"}]},
        )
    )
    size_param: str | None = attrs.field(default=None, metadata=key("query parameter carrying the page size"))
    default_size: int | None = attrs.field(
        default=None, metadata=key("the server's page size when size_param is not sent", of="positiveInt")
    )
    max_size: int | None = attrs.field(
        default=None, metadata=key("the largest page the vendor documents", of="positiveInt")
    )
    has_more: str | None = attrs.field(
        default=None, metadata=key("path to a boolean: false on the last page", of="path")
    )
    total_items: str | None = attrs.field(
        default=None, metadata=key("path to the number of items in the whole list", of="path")
    )
    stop: tuple[StopSignal, ...] = attrs.field(
        default=(), metadata=key("the signals that may end the list (default: every one the block declares)")
    )
    inferred: tuple[str, ...] = attrs.field(default=(), metadata=INFERRED)
    notes: str | None = attrs.field(default=None, metadata=key("a note for maintainers"))
    declared: Mapping[str, Any] = attrs.field(factory=dict, metadata=DECLARED)

    @property
    def request_param(self) -> str | None:
        """The query parameter that moves through the list; None when the server gives the URLs."""
        raise NotImplementedError


STYLE = key("how the next page is asked for")
StopSignal = Literal["has_more", "next", "total_pages", "total_items", "empty_page", "short_page"]
STOP_SIGNALS: tuple[StopSignal, ...] = ("has_more", "next", "total_pages", "total_items", "empty_page", "short_page")


@attrs.frozen(kw_only=True)
class PageNumberPagination(_PaginationCommon):
    """`style: page_number`: `page_param` counts up from `first_page`."""

    style: Literal["page_number"] = attrs.field(default="page_number", metadata=STYLE)
    page_param: str = attrs.field(metadata=key("query parameter carrying the page number"))
    first_page: int = attrs.field(default=1, metadata=key("the first page's number"))
    current_page: str | None = attrs.field(
        default=None, metadata=key("path to the page's number: lets the client detect a repeated page", of="path")
    )
    total_pages: str | None = attrs.field(
        default=None, metadata=key("path: the list ends when the page number reaches it", of="path")
    )
    next_link: str | None = attrs.field(default=None, metadata=key("path to a link, null on the last page", of="path"))

    @property
    def request_param(self) -> str:
        return self.page_param


@attrs.frozen(kw_only=True)
class OffsetPagination(_PaginationCommon):
    """`style: offset`: `offset_param` counts items from `first_offset`, a page at a time."""

    style: Literal["offset"] = attrs.field(default="offset", metadata=STYLE)
    offset_param: str = attrs.field(metadata=key("query parameter carrying the offset"))
    first_offset: int = attrs.field(default=0, metadata=key("the first page's offset"))

    @property
    def request_param(self) -> str:
        return self.offset_param


@attrs.frozen
class LastItem:
    """A cursor read from the last item of a page: one path, or several joined with `join`."""

    path: tuple[str, ...] = attrs.field(metadata=key("a path in the item, or several", of="pathOrPaths"))
    join: str = attrs.field(default=",", metadata=key("what joins several values"))


@attrs.frozen(kw_only=True)
class CursorPagination(_PaginationCommon):
    """`style: cursor`: the next page is asked for with `cursor_param` set to the cursor the page gives:
    in its body (`next_cursor`), in a header (`cursor_header`) or as its last item (`last_item`);
    exactly one of the three."""

    style: Literal["cursor"] = attrs.field(default="cursor", metadata=STYLE)
    cursor_param: str = attrs.field(metadata=key("query parameter carrying the cursor"))
    next_cursor: str | None = attrs.field(
        default=None, metadata=key("path to the cursor; missing, empty or null on the last page", of="path")
    )
    cursor_header: str | None = attrs.field(
        default=None, metadata=key("the response header with the cursor", of="header")
    )
    last_item: LastItem | None = attrs.field(
        default=None, metadata=key("the cursor is read from the last item of the page: one path, or several joined")
    )

    @property
    def request_param(self) -> str:
        return self.cursor_param


@attrs.frozen(kw_only=True)
class NextUrlPagination(_PaginationCommon):
    """`style: next_url`: the page gives the whole URL of the next one (`next_url`, a dotted path)."""

    style: Literal["next_url"] = attrs.field(default="next_url", metadata=STYLE)
    next_url: str = attrs.field(metadata=key("path to the next page's URL", of="path"))

    @property
    def request_param(self) -> None:
        return None


@attrs.frozen(kw_only=True)
class LinkHeaderPagination(_PaginationCommon):
    """`style: link_header`: the next page's URL is the RFC 8288 `Link` header's `link_rel` (default next)."""

    style: Literal["link_header"] = attrs.field(default="link_header", metadata=STYLE)
    link_rel: str = attrs.field(
        default="next", metadata=key("the relation to follow", of={"type": "string", "pattern": "^[a-z][a-z0-9.-]*$"})
    )

    @property
    def request_param(self) -> None:
        return None


Pagination = PageNumberPagination | OffsetPagination | CursorPagination | NextUrlPagination | LinkHeaderPagination


@attrs.frozen
class StartedBy:
    """An operation that starts a run, and where the run's id is (an OpenAPI runtime expression)."""

    operation_id: str
    expression: str  # `$response.body#/data/id` or `$request.path.id`

    @property
    def path_param(self) -> str | None:
        """`id` for `$request.path.id`."""
        return self.expression.removeprefix("$request.path.") if self.expression.startswith("$request.") else None

    @property
    def body_path(self) -> str | None:
        """`data.id` for `$response.body#/data/id`."""
        if not self.expression.startswith("$response.body#/"):
            return None
        return self.expression.removeprefix("$response.body#/").replace("/", ".")


@attrs.frozen(kw_only=True)
class _WaiterCommon:
    poll_interval: float = attrs.field(metadata=key("seconds between polls", of="positiveNumber"))
    initial_delay: float | None = attrs.field(metadata=key("seconds before the first poll"))
    max_poll_interval: float | None = attrs.field(
        default=None, metadata=key("the delay doubles after each poll, up to it", of="positiveNumber")
    )
    max_attempts: int | None = attrs.field(
        default=None, metadata=key("polls before the wait gives up", of="positiveInt")
    )
    advice_header: str | None = attrs.field(
        default="Retry-After",
        metadata=key(
            "the header advising the next poll's delay; null: never read",
            of={"oneOf": [{"$ref": "#/$defs/header"}, {"type": "null"}]},
        ),
    )
    progress: str | None = attrs.field(metadata=key("path to a 0-100 percentage", of="path"))
    case_insensitive: bool = attrs.field(metadata=key("states compare case-insensitively", required=False))
    started_by: tuple[StartedBy, ...] = attrs.field(
        metadata=key(
            "operationId -> where the run's id is in what it answers (an OpenAPI runtime expression)",
            of="startedBy",
            required=False,
        )
    )
    source: str | None = attrs.field(
        metadata=key("where the states and the interval come from", name="x-scankit-source", required=True)
    )
    x_scankit_inferred: str | None = attrs.field(
        default=None, metadata=key("what of the waiter is a guess", name="x-scankit-inferred")
    )
    inferred: tuple[str, ...] = attrs.field(metadata=INFERRED)
    declared: Mapping[str, Any] = attrs.field(metadata=DECLARED)


@attrs.frozen(kw_only=True)
class StateWaiter(_WaiterCommon):
    """`x-scankit-waiter` as state lists: the resource's `state` is in `success`, `failure` or
    `pending` (a value in none of them keeps the wait going). Shorthand for acceptors: a `path`
    acceptor per value, success first, then failure, then pending (`retry`)."""

    state: str = attrs.field(metadata=key("path to the state in the resource (after x-scankit-unwrap)", of="path"))
    success: tuple[str, ...] = attrs.field(metadata=key("states of a run that succeeded", of="states"))
    failure: tuple[str, ...] = attrs.field(metadata=key("states of a run that failed", of="states"))
    pending: tuple[str, ...] = attrs.field(metadata=key("states of a run still going", of="states"))


Matcher = Literal["path", "pathAll", "pathAny", "status", "error"]
PATH_MATCHERS: tuple[Matcher, ...] = ("path", "pathAll", "pathAny")


@attrs.frozen
class Acceptor:
    """One rule of an acceptor waiter: when `matcher` matches the poll's answer, the wait goes to `state`."""

    matcher: Matcher = attrs.field(metadata=key("what of the poll's answer is compared"))
    expected: Any = attrs.field(
        metadata=key(
            "a JSON scalar; an HTTP status for `status`; an error code or true/false for `error`",
            of={"type": ["string", "number", "integer", "boolean", "null"]},
        )
    )
    state: Literal["success", "failure", "retry"] = attrs.field(metadata=key("where the wait goes when it matches"))
    argument: str | None = attrs.field(
        default=None, metadata=key("a path in the resource (`tasks[].status`), for the path matchers only", of="path")
    )


@attrs.frozen(kw_only=True)
class AcceptorWaiter(_WaiterCommon):
    """`x-scankit-waiter` as acceptors (botocore's waiters-2 model): rules tried in order, the first
    that matches decides; `state` (optional) is what progress lines show."""

    acceptors: tuple[Acceptor, ...] = attrs.field(metadata=key("the rules, tried in order"))
    state: str | None = attrs.field(default=None, metadata=key("path to a state progress lines show", of="path"))


@attrs.frozen
class IncrementalFilter:
    """`x-scankit-incremental.filter`: the vendor's own query parameters that bound a list by time."""

    since_param: str = attrs.field(metadata=key("a query parameter of the operation: items at or after the watermark"))
    until_param: str | None = attrs.field(metadata=key("a query parameter: items before it"))
    format: str = attrs.field(metadata=key("`date-time`, `unix_seconds`, `unix_ms` or a strftime pattern"))
    timezone: str | None = attrs.field(metadata=key("the timezone of a strftime format"))
    inclusive: bool | None = attrs.field(
        metadata=key("whether the watermark itself is included (omit: not documented)")
    )
    field: str | None = attrs.field(metadata=key("path in each item: what the vendor filters on", of="path"))
    params: Mapping[str, Any] = attrs.field(
        metadata=key("query parameters sent with the filter (a sort order)", of={"type": "object"}, required=False)
    )


@attrs.frozen
class Incremental:
    """`x-scankit-incremental` on a list: what in an item moves when it is new or changed, and how the
    vendor (`filter`) or the client (`client_side`) keeps only what is newer than a watermark."""

    cursor: str = attrs.field(metadata=key("path in each item: what moves when it is new or changed", of="path"))
    fallback: tuple[str, ...] = attrs.field(
        metadata=key(
            "paths tried in order while the cursor is null",
            of={"type": "array", "items": {"$ref": "#/$defs/path"}},
            required=False,
        )
    )
    format: Literal["date-time", "unix_seconds", "unix_ms", "date"] = attrs.field(
        metadata=key("how the cursor is written")
    )
    granularity: Literal["millisecond", "second", "day"] = attrs.field(metadata=key("the cursor's precision"))
    order: Literal["asc", "desc"] | None = attrs.field(metadata=key("the list's order (omit: not documented)"))
    id: str = attrs.field(metadata=key("path: what de-duplicates the items the lookback reads again", of="path"))
    lookback_seconds: int = attrs.field(metadata=key("how far before the watermark to read again"))
    filter: IncrementalFilter | None = attrs.field(metadata=key("the vendor's own parameters (or client_side)"))
    client_side: bool = attrs.field(metadata=key("true: the client keeps what is newer (no filter)", required=False))
    description: str | None = attrs.field(metadata=key("what a user reads about it"))
    inferred: tuple[str, ...] = attrs.field(metadata=INFERRED)
    source: str = attrs.field(metadata=key("where the fields and the filter come from", name="x-scankit-source"))
    declared: Mapping[str, Any] = attrs.field(metadata=DECLARED)


# Two forms, told apart by the keys the block has: state lists, or acceptors.
Waiter = StateWaiter | AcceptorWaiter


@attrs.frozen
class Operation:
    """One operation of the spec, with its extensions parsed."""

    operation_id: str
    method: str  # upper case
    path: str
    tag: str
    verb: str  # x-scankit-method: `client.<tag>.<verb>()`
    summary: str
    description: str
    parameters: tuple[Mapping[str, Any], ...]  # path-level and operation-level, `$ref`s resolved
    pagination: Pagination | None
    waiter: Waiter | None
    unwrap: str | None  # x-scankit-unwrap: the dotted path of the resource in the envelope
    envelope_method: str | None  # x-scankit-envelope-method: a second verb returning the whole body
    incremental: Incremental | None  # x-scankit-incremental, on a list
    source: str | None
    inferred: str | None
    notes: str | None  # x-scankit-notes: for maintainers, never on a user's page
    raw: Mapping[str, Any]  # the OpenAPI operation object

    @property
    def where(self) -> str:
        return f"{self.method} {self.path}"

    @property
    def call(self) -> str:
        return f"{self.tag}.{self.verb}"


# -- auth ---------------------------------------------------------------------------------------


@attrs.frozen
class HeaderScheme:
    """A security scheme sent as a header: an API key (`x-scankit-prefix` before its value) or a bearer token."""

    name: str  # the scheme's name in components.securitySchemes
    header: str
    prefix: str  # `Bearer ` for a bearer token, the `x-scankit-prefix` of an API key, else ""
    bearer: bool
    description: str

    @property
    def arg(self) -> str:
        """The client's keyword argument for a token scheme (`AccessToken` -> `access_token`)."""
        return snake_case(self.name)


@attrs.frozen
class Auth:
    """The API key every operation sends, and the token schemes sent beside it (CloneGuard's)."""

    key: HeaderScheme
    tokens: tuple[HeaderScheme, ...]


# -- webhooks -----------------------------------------------------------------------------------


@attrs.frozen
class Place:
    """Where a value is in a webhook delivery: a header, or a dotted path in the (verified) body."""

    header: str | None = attrs.field(metadata=key("a header of the delivery", of="header"))
    body: str | None = attrs.field(metadata=key("a path in the body", of="path"))


@attrs.frozen
class WebhookSignature:
    """How a delivery is signed."""

    header: str = attrs.field(metadata=key("the header carrying the signature", of="header"))
    algorithm: Literal["hmac-sha256", "unknown"] = attrs.field(metadata=key("the signing algorithm"))
    signed: Literal["{timestamp}.{body}", "{body}"] = attrs.field(metadata=key("what is signed"))
    encodings: tuple[Literal["hex", "base64"], ...] = attrs.field(
        metadata=key("how the signature is written (default hex)", required=False)
    )
    prefix: str = attrs.field(
        metadata=key("text before the signature (`sha256=`)", of={"type": "string"}, required=False)
    )


@attrs.frozen
class WebhookTimestamp:
    """When a delivery was sent: a header or a body path (exactly one), and its unit."""

    place: Place = attrs.field(metadata=key("where the timestamp is, its keys written beside `unit`", flat=True))
    unit: Literal["s", "ms", "iso8601"] = attrs.field(metadata=key("how it is written"))


@attrs.frozen
class WebhookRetry:
    """How the vendor retries a delivery."""

    success: str = attrs.field(
        metadata=key(
            "`2xx` or one status code: what the vendor takes as delivered",
            of={"type": "string", "pattern": "^(2xx|[1-5][0-9][0-9])$"},
            required=False,
        )
    )
    attempts: int | None = attrs.field(metadata=key("deliveries before it gives up", of="positiveInt"))
    backoff: str | None = attrs.field(metadata=key("how the delay grows (`exponential`...)"))
    max_seconds: float | None = attrs.field(metadata=key("how long it keeps trying"))


@attrs.frozen
class Webhooks:
    """The root `x-scankit-webhooks` block: how the vendor signs and shapes the events it sends."""

    event_schema: str = attrs.field(metadata=key("the schema in components.schemas of an event"))
    secret_env: str = attrs.field(
        metadata=key(
            "the environment variable of the signing secret: one of the vendor's own (`<STEM>_…`, the stem"
            " of `x-scankit.env_key`); default `<STEM>_WEBHOOK_SECRET`",
            of={"type": "string", "pattern": "^[A-Z][A-Z0-9_]*$"},
            required=False,
        )
    )
    signature: WebhookSignature = attrs.field(metadata=key("how a delivery is signed"))
    timestamp: WebhookTimestamp | None = attrs.field(metadata=key("when a delivery was sent"))
    event_type: Place = attrs.field(metadata=key("where an event's type is"))
    event_id: Place = attrs.field(metadata=key("where an event's id is"))
    user_agent: str | None = attrs.field(metadata=key("the User-Agent of the deliveries"))
    events: tuple[str, ...] = attrs.field(metadata=key("the event types", required=False))
    retry: WebhookRetry = attrs.field(metadata=key("how the vendor retries a delivery", required=False))
    description: str | None = attrs.field(metadata=key("what a user reads about them"))
    source: str | None = attrs.field(metadata=key("where the facts come from", required=True))
    inferred: tuple[str, ...] = attrs.field(metadata=INFERRED)
    declared: Mapping[str, Any] = attrs.field(metadata=DECLARED)


# -- coverage ----------------------------------------------------------------------------------


@attrs.frozen
class CoverageEntry:
    """One operation the vendor documents: the spec's operation that covers it, or why none does."""

    name: str = attrs.field(metadata=key("the operation's name in the vendor's docs"))
    doc: str = attrs.field(
        metadata=key("an https URL of the vendor's page", of={"type": "string", "pattern": "^https://"})
    )
    covered: str | None = attrs.field(metadata=key("the operationId of the spec that covers it", of="operationId"))
    reason: str | None = attrs.field(metadata=key("why no operation covers it"))


@attrs.frozen
class Coverage:
    """The root `x-scankit-coverage`: every scan operation the vendor documents, covered or why not."""

    description: str | None = attrs.field(metadata=key("what a user reads about it"))
    operations: tuple[CoverageEntry, ...] = attrs.field(metadata=key("every scan operation the vendor documents"))


# -- the whole spec ------------------------------------------------------------------------------


@attrs.frozen
class VendorSpec:
    """One vendor: its OpenAPI document and the typed model of its extensions."""

    slug: str
    document: Mapping[str, Any]  # the OpenAPI document as loaded (read it, never change it)
    meta: Meta
    auth: Auth
    schemes: Mapping[str, HeaderScheme]  # every header-sent security scheme, in the document's order
    operations: tuple[Operation, ...]
    webhooks: Webhooks | None
    coverage: Coverage | None
    sources: Mapping[str, str | None]  # x-scankit-sources: a source tag (`seed 001`, `repo:`) -> its URL

    @property
    def package(self) -> str:
        return f"scankit_{self.slug}"

    @property
    def servers(self) -> list[Mapping[str, Any]]:
        return list(self.document.get("servers") or [])

    def operation(self, operation_id: str) -> Operation:
        return next(op for op in self.operations if op.operation_id == operation_id)


# Rules between keys, read by the reader and written into the schema:
# a block of these classes gives exactly one of these keys
EXACTLY_ONE: dict[type[Any], tuple[str, ...]] = {
    SlidingWindow: ("window_seconds", "per"),
    FixedWindow: ("window_seconds", "per"),
    CursorPagination: ("next_cursor", "cursor_header", "last_item"),
    Place: ("header", "body"),
    CoverageEntry: ("covered", "reason"),
}
# a stop signal -> the pagination key it reads (a block that lists the signal must have the key)
STOP_NEEDS: dict[StopSignal, str] = {
    "has_more": "has_more",
    "short_page": "size_param",
    "total_pages": "total_pages",
    "total_items": "total_items",
}

# Where each extension may appear. `x-scankit-source`, `x-scankit-inferred` and `x-scankit-notes` (a
# maintainers' note: how a fact was found, never shown to users) document any node.
ROOT_EXTENSIONS = frozenset({"x-scankit", "x-scankit-webhooks", "x-scankit-coverage", "x-scankit-sources"})
OPERATION_EXTENSIONS = frozenset(
    {
        "x-scankit-method",
        "x-scankit-pagination",
        "x-scankit-unwrap",
        "x-scankit-envelope-method",
        "x-scankit-waiter",
        "x-scankit-incremental",
    }
)
SCHEMA_EXTENSIONS = frozenset({"x-scankit-case-insensitive", "x-scankit-discriminator"})
SCHEME_EXTENSIONS = frozenset({"x-scankit-prefix"})
ANYWHERE = frozenset({"x-scankit-source", "x-scankit-inferred", "x-scankit-notes"})
EXTENSIONS = ROOT_EXTENSIONS | OPERATION_EXTENSIONS | SCHEMA_EXTENSIONS | SCHEME_EXTENSIONS | ANYWHERE
