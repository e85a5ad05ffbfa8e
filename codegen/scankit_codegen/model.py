"""The typed model of a spec's x-scankit extensions: frozen attrs classes, one per block and form.

`scankit_codegen.extensions` parses a spec into these (and refuses what does not fit them); the
facade, the vendor page, the README and the lint read them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import attrs
from openapi_python_client.strings import snake_case

# -- the root block: x-scankit -----------------------------------------------------------------


@attrs.frozen
class RateLimitHeaders:
    """Response headers that report the budget (any may be absent)."""

    limit: str | None = None
    remaining: str | None = None
    reset: str | None = None
    reset_format: TimeFormat = "unix_seconds"
    retry_after: str | None = None
    retry_after_format: TimeFormat | None = None  # None: delta seconds or an HTTP-date, as RFC 9110 says


TimeFormat = Literal["delta_seconds", "unix_seconds", "unix_ms", "http_date", "iso8601"]
"""How a header carries a time (a reset, a Retry-After)."""


@attrs.frozen
class SlidingWindow:
    """`algorithm: sliding_window`: `requests` per `window_seconds` (the vendor may advise fewer)."""

    requests: int
    window_seconds: float
    advised_requests: int | None = None


@attrs.frozen
class FixedWindow:
    """`algorithm: fixed_window`: `requests` per calendar window that restarts whole (per minute, hour…)."""

    requests: int
    window_seconds: float


@attrs.frozen
class TokenBucket:
    """`algorithm: token_bucket`: `capacity` requests, refilled at `refill_per_second`."""

    capacity: int
    refill_per_second: float


Budget = SlidingWindow | FixedWindow | TokenBucket
Scope = Literal["endpoint_method", "client", "ip"]
PER_SECONDS = {"second": 1.0, "minute": 60.0, "hour": 3600.0, "day": 86400.0}  # `per:` as a window


@attrs.frozen
class Limit:
    """One of several budgets (`x-scankit.rate_limit.limits`): named, drawn on by every operation or
    only by a group of them (`operations`, operationIds)."""

    name: str
    scope: Scope
    budget: Budget
    operations: tuple[str, ...]  # empty: every operation
    headers: RateLimitHeaders | None  # the headers reporting this budget, when they differ


@attrs.frozen
class RateLimit:
    """`x-scankit.rate_limit`: the vendor's documented limit and the headers that report it.

    One budget (the original form: `scope` and `budget`) or several (`limits`, with `scope` and
    `budget` those of the first)."""

    scope: Scope
    budget: Budget
    headers: RateLimitHeaders
    retry_after_trusted: bool
    source: str | None
    inferred: tuple[str, ...]
    declared: Mapping[str, Any]  # as written: what the runtime's RateLimitSpec parses
    limits: tuple[Limit, ...] = ()  # the `limits` form; () for the single budget


@attrs.frozen
class ErrorPaths:
    """`x-scankit.errors`: where the vendor's own words are in an error body (dotted paths)."""

    message: tuple[str, ...]  # candidate paths, tried in order
    details: tuple[str, ...]
    detail_message: str | None
    inferred: tuple[str, ...]
    declared: Mapping[str, Any]  # as written, `inferred` included
    code: tuple[str, ...] = ()  # candidate paths of the vendor's error code (a waiter's `error` acceptors)

    @property
    def runtime(self) -> dict[str, Any]:
        """What `scankit._errors.ErrorPaths` reads: the paths, without the documentation keys (the code
        goes to the waiters that compare it)."""
        return {k: v for k, v in self.declared.items() if k not in ("inferred", "code")}


@attrs.frozen
class Meta:
    """The root `x-scankit` block."""

    vendor: str  # the display name
    class_name: str  # the client class: `scankit.<class_name>` and `Async<class_name>`
    env_key: str  # the API key's environment variable, `<STEM>_API_KEY`
    request_id_header: str | None
    rate_limit: RateLimit | None
    errors: ErrorPaths | None

    @property
    def env_stem(self) -> str:
        """`HOSTEDSCAN` for `HOSTEDSCAN_API_KEY`: the prefix of the vendor's other variables."""
        return self.env_key.removesuffix("_API_KEY")


# -- operations -------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class _PaginationCommon:
    items: str  # dotted path to the array of items in the page body
    size_param: str | None = None  # query parameter carrying the page size
    default_size: int | None = None  # the server's page size when size_param is not sent
    max_size: int | None = None  # the largest page the vendor documents
    has_more: str | None = None  # dotted path to a boolean: false on the last page
    total_items: str | None = None  # dotted path to the number of items in the whole list
    stop: tuple[StopSignal, ...] = ()  # what ends the list; () for the style's own rules
    inferred: tuple[str, ...] = ()
    declared: Mapping[str, Any] = attrs.field(factory=dict)

    @property
    def request_param(self) -> str | None:
        """The query parameter that moves through the list; None when the server gives the URLs."""
        raise NotImplementedError


StopSignal = Literal["has_more", "next", "total_pages", "total_items", "empty_page", "short_page"]
STOP_SIGNALS: tuple[StopSignal, ...] = ("has_more", "next", "total_pages", "total_items", "empty_page", "short_page")


@attrs.frozen(kw_only=True)
class PageNumberPagination(_PaginationCommon):
    """`style: page_number`: `page_param` counts up from `first_page`."""

    style: Literal["page_number"] = "page_number"
    page_param: str
    first_page: int = 1
    current_page: str | None = None  # dotted path: lets the client detect a repeated page
    total_pages: str | None = None  # dotted path: the list ends when the page number reaches it
    next_link: str | None = None  # dotted path: null on the last page

    @property
    def request_param(self) -> str:
        return self.page_param


@attrs.frozen(kw_only=True)
class OffsetPagination(_PaginationCommon):
    """`style: offset`: `offset_param` counts items from `first_offset`, a page at a time."""

    style: Literal["offset"] = "offset"
    offset_param: str
    first_offset: int = 0

    @property
    def request_param(self) -> str:
        return self.offset_param


@attrs.frozen
class LastItem:
    """A cursor read from the last item of a page: one path, or several joined with `join`."""

    path: tuple[str, ...]  # dotted paths in the item
    join: str = ","


@attrs.frozen(kw_only=True)
class CursorPagination(_PaginationCommon):
    """`style: cursor`: the next page is asked for with `cursor_param` set to the cursor the page gives:
    in its body (`next_cursor`), in a header (`cursor_header`) or as its last item (`last_item`);
    exactly one of the three."""

    style: Literal["cursor"] = "cursor"
    cursor_param: str
    next_cursor: str | None = None  # dotted path; missing, empty or null on the last page
    cursor_header: str | None = None
    last_item: LastItem | None = None

    @property
    def request_param(self) -> str:
        return self.cursor_param


@attrs.frozen(kw_only=True)
class NextUrlPagination(_PaginationCommon):
    """`style: next_url`: the page gives the whole URL of the next one (`next_url`, a dotted path)."""

    style: Literal["next_url"] = "next_url"
    next_url: str

    @property
    def request_param(self) -> None:
        return None


@attrs.frozen(kw_only=True)
class LinkHeaderPagination(_PaginationCommon):
    """`style: link_header`: the next page's URL is the RFC 8288 `Link` header's `link_rel` (default next)."""

    style: Literal["link_header"] = "link_header"
    link_rel: str = "next"

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
    poll_interval: float
    initial_delay: float | None
    max_poll_interval: float | None = None  # the delay doubles after each poll, up to it
    max_attempts: int | None = None  # polls before the wait gives up
    advice_header: str | None = "Retry-After"  # None: a poll's advice is never read
    progress: str | None  # dotted path to a 0-100 percentage
    case_insensitive: bool
    started_by: tuple[StartedBy, ...]
    source: str | None
    inferred: tuple[str, ...]
    declared: Mapping[str, Any]


@attrs.frozen(kw_only=True)
class StateWaiter(_WaiterCommon):
    """`x-scankit-waiter` as state lists: the resource's `state` is in `success`, `failure` or
    `pending` (a value in none of them keeps the wait going). Shorthand for acceptors: a `path`
    acceptor per value, success first, then failure, then pending (`retry`)."""

    state: str  # dotted path in the resource (after x-scankit-unwrap)
    success: tuple[str, ...]
    failure: tuple[str, ...]
    pending: tuple[str, ...]


@attrs.frozen
class Acceptor:
    """One rule of an acceptor waiter: when `matcher` matches the poll's answer, the wait goes to `state`."""

    matcher: Literal["path", "pathAll", "pathAny", "status", "error"]
    expected: Any  # a JSON scalar; an HTTP status for `status`; an error code or a bool for `error`
    state: Literal["success", "failure", "retry"]
    argument: str | None = None  # a path in the resource (`tasks[].status`), for the path matchers only


@attrs.frozen(kw_only=True)
class AcceptorWaiter(_WaiterCommon):
    """`x-scankit-waiter` as acceptors (botocore's waiters-2 model): rules tried in order, the first
    that matches decides; `state` (optional) is what progress lines show."""

    acceptors: tuple[Acceptor, ...]
    state: str | None = None


@attrs.frozen
class IncrementalFilter:
    """`x-scankit-incremental.filter`: the vendor's own query parameters that bound a list by time."""

    since_param: str  # a query parameter of the operation: items at or after the watermark
    until_param: str | None
    format: str  # `date-time`, `unix_seconds`, `unix_ms` or a strftime pattern
    timezone: str | None
    inclusive: bool | None  # None: not documented
    field: str | None  # dotted path in each item: what the vendor filters on
    params: Mapping[str, Any]  # query parameters sent with the filter (a sort order)


@attrs.frozen
class Incremental:
    """`x-scankit-incremental` on a list: what in an item moves when it is new or changed, and how the
    vendor (`filter`) or the client (`client_side`) keeps only what is newer than a watermark."""

    cursor: str  # dotted path in each item
    fallback: tuple[str, ...]  # dotted paths tried in order while the cursor is null
    format: Literal["date-time", "unix_seconds", "unix_ms", "date"]
    granularity: Literal["millisecond", "second", "day"]
    order: Literal["asc", "desc"] | None  # None: the list's order is not documented
    id: str  # dotted path: what de-duplicates the items the lookback reads again
    lookback_seconds: int
    filter: IncrementalFilter | None  # None: client_side
    client_side: bool
    description: str | None
    inferred: tuple[str, ...]
    source: str
    declared: Mapping[str, Any]


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

    header: str | None
    body: str | None


@attrs.frozen
class WebhookSignature:
    header: str
    algorithm: Literal["hmac-sha256", "unknown"]
    signed: Literal["{timestamp}.{body}", "{body}"]
    encodings: tuple[Literal["hex", "base64"], ...]
    prefix: str


@attrs.frozen
class WebhookTimestamp:
    place: Place
    unit: Literal["s", "ms", "iso8601"]


@attrs.frozen
class WebhookRetry:
    success: str  # `2xx` or one status code
    attempts: int | None
    backoff: str | None
    max_seconds: float | None


@attrs.frozen
class Webhooks:
    """The root `x-scankit-webhooks` block: how the vendor signs and shapes the events it sends."""

    event_schema: str
    secret_env: str
    signature: WebhookSignature
    timestamp: WebhookTimestamp | None
    event_type: Place
    event_id: Place
    user_agent: str | None
    events: tuple[str, ...]
    retry: WebhookRetry
    description: str | None
    source: str | None
    inferred: tuple[str, ...]
    declared: Mapping[str, Any]


# -- coverage ----------------------------------------------------------------------------------


@attrs.frozen
class CoverageEntry:
    """One operation the vendor documents: the spec's operation that covers it, or why none does."""

    name: str
    doc: str  # an https URL of the vendor's page
    covered: str | None  # an operationId of the spec
    reason: str | None


@attrs.frozen
class Coverage:
    """The root `x-scankit-coverage`: every scan operation the vendor documents, covered or why not."""

    description: str | None
    operations: tuple[CoverageEntry, ...]


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
