"""What the wrapper knows about a vendor and its operations: frozen values rendered from the spec.

The generated facades (`scankit/vendors/<vendor>.py`) build these from each spec's x-scankit
extensions; nothing here is specific to one vendor.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any, Literal

import attrs


@attrs.frozen
class TokenScheme:
    """A credential sent besides the API key (CloneGuard's bearer session or access token)."""

    arg: str
    header: str
    prefix: str


GENERIC_CREDENTIAL_HEADERS = ("Authorization", "Proxy-Authorization", "Cookie")
"""Headers that carry a credential whatever the vendor: never sent across origins, never set per call."""


@attrs.frozen
class AuthInfo:
    key_header: str
    key_prefix: str = ""
    tokens: tuple[TokenScheme, ...] = ()

    def credential_header_names(self) -> tuple[str, ...]:
        """Every header that carries a credential: the vendor's key and token headers and the generic
        ones. The guard transport strips them across origins; per-call options may not set them."""
        return (self.key_header, *(t.header for t in self.tokens), *GENERIC_CREDENTIAL_HEADERS)

    def credential_headers(self) -> frozenset[str]:
        """`credential_header_names()` lower-cased, as headers are compared."""
        return frozenset(name.lower() for name in self.credential_header_names())


Path = tuple[str, ...]
"""A JSON path resolved to Python attributes when the facade is generated: `meta.pagination.totalPages`
is `("meta", "pagination", "total_pages")`. A list step stays in brackets: `data[-1].id` is
`("data", "[-1]", "id")` (an index; -1 the last), `tasks[].status` is `("tasks", "[]", "status")`
(every element, giving a list). `.`, the body itself, is `()`."""
EVERY = "[]"
"""The path step `[]`: every element of a list; the rest of the path is read from each, giving a list."""

PaginationStyle = Literal["page_number", "offset", "cursor", "next_url", "link_header"]
StopSignal = Literal["has_more", "next", "total_pages", "total_items", "empty_page", "short_page"]
URL_STYLES: tuple[PaginationStyle, ...] = ("next_url", "link_header")
"""Styles whose next page is a URL the server gives, not a parameter the client sets."""


@attrs.frozen
class LastItem:
    """A cursor read from the last item of a page (Elasticsearch's `search_after`, `?after=<id>`).

    Each path's value is taken in order; a list contributes its elements. One part is the cursor as
    it is; several are joined with `join` (each as its JSON text, strings unquoted), or sent as one
    compact JSON array when `join` is `"json"`.
    """

    paths: tuple[Path, ...]
    join: str = ","


@attrs.frozen
class PaginationInfo:
    """How one list operation pages (x-scankit-pagination), with JSON paths as Python attributes.

    `style` says how the next page is asked for: the page number + 1 (`page_number`), the offset +
    the items received (`offset`), a cursor from the body, a header or the last item (`cursor`), or
    a URL from the body (`next_url`) or the RFC 8288 `Link` header (`link_header`).
    """

    style: PaginationStyle
    items: Path
    page_param: str | None = None
    first_page: int = 1
    size_param: str | None = None
    default_size: int | None = None
    max_size: int | None = None
    cursor_param: str | None = None
    has_more: Path | None = None
    current_page: Path | None = None
    total_pages: Path | None = None
    total_items: Path | None = None
    next_link: Path | None = None
    next_cursor: Path | None = None
    offset_param: str | None = None
    first_offset: int = 0
    cursor_header: str | None = None
    last_item: LastItem | None = None
    next_url: Path | None = None
    link_rel: str = "next"
    stop: tuple[StopSignal, ...] | None = None
    """The signals that may end the list; None: every one the block declares, plus `empty_page`."""

    @property
    def param(self) -> str | None:
        """The query parameter that moves through the list (page, offset or cursor); None when the
        server gives the next page's whole URL."""
        if self.style == "page_number":
            return self.page_param
        if self.style == "offset":
            return self.offset_param
        return self.cursor_param if self.style == "cursor" else None

    @property
    def request_param(self) -> str:
        """`param`, for a list that has one (a next-URL or Link-header list has none)."""
        param = self.param
        if param is None:
            raise ValueError(f"a {self.style} list has no parameter that moves through it: the server gives its URLs")
        return param

    @property
    def first(self) -> int | None:
        """The page number or offset the server starts at when none is sent."""
        if self.style == "page_number":
            return self.first_page
        return self.first_offset if self.style == "offset" else None

    @functools.cached_property
    def stops(self) -> frozenset[StopSignal]:
        """The signals that may end the list: `stop`, or every one declared plus `empty_page`."""
        if self.stop is not None:
            return frozenset(self.stop)
        found: set[StopSignal] = {"empty_page"}
        if self.has_more is not None:
            found.add("has_more")
        if self.style != "offset" and (self.style != "page_number" or self.next_link is not None):
            found.add("next")
        if self.style == "page_number" and self.total_pages is not None:
            found.add("total_pages")
        if self.style == "offset" and self.total_items is not None:
            found.add("total_items")
        return frozenset(found)


Matcher = Literal["path", "pathAll", "pathAny", "status", "error"]
AcceptorState = Literal["success", "failure", "retry"]


@attrs.frozen
class Acceptor:
    """One rule of a waiter (botocore's waiters-2.json): when it matches a poll, the wait goes to `state`.

    `path`: the value at `argument` equals `expected`; `pathAll` / `pathAny`: `argument` gives a
    non-empty list whose every / some element equals it; `status`: the poll's HTTP status is
    `expected`; `error`: the poll answered an error whose code is `expected` (`True`: any error,
    `False`: no error).
    """

    matcher: Matcher
    expected: str | int | float | bool | None
    state: AcceptorState
    argument: Path | None = None


@attrs.frozen
class WaiterInfo:
    """How to tell a running resource from a finished one (x-scankit-waiter), paths as attributes.

    Either the state lists (`state` and `success`/`failure`/`pending`) or `acceptors`; the lists are
    shorthand for path acceptors on `state` (`rules`).
    """

    state: Path | None
    success: frozenset[str]
    failure: frozenset[str]
    pending: frozenset[str]
    poll_interval: float
    initial_delay: float | None = None  # the first wait; None: poll_interval
    progress: Path | None = None
    case_insensitive: bool = False
    acceptors: tuple[Acceptor, ...] = ()
    max_poll_interval: float | None = None  # the wait doubles after each poll up to this; None: it stays
    max_attempts: int | None = None  # polls before the wait gives up (WaitTimeoutError)
    advice_header: str | None = "Retry-After"  # a poll answer's advice on the next wait; None: never read
    error_code: tuple[str, ...] = ()  # dotted JSON paths to the code in an error body (x-scankit.errors.code)

    @property
    def rules(self) -> tuple[Acceptor, ...]:
        """The acceptors, or the state lists as acceptors: success, then failure, then pending (retry)."""
        if self.acceptors:
            return self.acceptors
        lists: tuple[tuple[AcceptorState, frozenset[str]], ...] = (
            ("success", self.success),
            ("failure", self.failure),
            ("retry", self.pending),
        )
        return tuple(Acceptor("path", value, state, self.state) for state, values in lists for value in sorted(values))

    @property
    def may_end_without_resource(self) -> bool:
        """Whether a status or error acceptor can end the wait, perhaps before any resource was seen."""
        return any(a.matcher in ("status", "error") and a.state != "retry" for a in self.acceptors)


@attrs.frozen
class IncrementalFilter:
    """The vendor's own query parameters that filter a list by time (x-scankit-incremental.filter)."""

    since_param: str  # the Python name of the parameter taking the lower bound
    format: str  # date-time | unix_seconds | unix_ms | date | a strftime pattern
    takes: Literal["datetime", "date", "str", "int"]  # what the generated function takes for it
    timezone: str | None = None  # the zone a zoneless format is written in (None: UTC)
    inclusive: bool | None = None  # whether the bound itself matches (None: not documented)
    params: Mapping[str, Any] = attrs.field(factory=dict)  # fixed parameters (Python names) sent with it


@attrs.frozen
class IncrementalInfo:
    """What is new or changed in a list (x-scankit-incremental), with JSON paths as Python attributes.

    `cursor` is the field that moves, then its fallbacks, each a path of attributes in an item;
    `names` are the same paths as the spec writes them, for messages and docs.
    """

    cursor: tuple[tuple[str, ...], ...]
    names: tuple[str, ...]
    format: Literal["date-time", "unix_seconds", "unix_ms", "date"]
    granularity: Literal["millisecond", "second", "day"]
    id: tuple[str, ...]
    lookback_seconds: float
    order: Literal["asc", "desc"] | None = None  # the list's order by the cursor, where documented
    filter: IncrementalFilter | None = None  # None: no vendor filter, the client reads the whole list


@attrs.frozen
class OperationInfo:
    name: str  # "scans.list": what messages and logs call it
    operation_id: str
    method: str
    path: str  # the path template: rate-limit budgets are per template, not per id
    json_params: frozenset[str] = frozenset()
    enum_params: Mapping[str, type[Any]] = attrs.field(factory=dict)  # query params users may pass as str
    models: Mapping[str, type[Any]] = attrs.field(factory=dict)  # params (and body) users may pass as a dict
    pagination: PaginationInfo | None = None
    waiter: WaiterInfo | None = None  # a get operation that can be polled until its resource stops running
    path_params: tuple[str, ...] = ()  # refused when empty, "." or "..": they would address another endpoint
    incremental: IncrementalInfo | None = None  # a list that can be read for what is new since a time

    @property
    def rate_key(self) -> str:
        return f"{self.method} {self.path}"


@attrs.frozen
class WebhookInfo:
    """How a vendor signs and shapes its webhooks (the spec's x-scankit-webhooks block).

    JSON paths stay JSON keys here (they are read from the verified body before it is parsed);
    `event_model` is the generated model of the body.
    """

    event_model: type[Any]
    secret_env: str
    signature_header: str
    algorithm: Literal["hmac-sha256", "unknown"]
    signed: Literal["{timestamp}.{body}", "{body}"]
    encodings: tuple[Literal["hex", "base64"], ...] = ("hex",)
    prefix: str = ""
    timestamp_header: str | None = None
    timestamp_path: tuple[str, ...] | None = None
    timestamp_unit: Literal["s", "ms", "iso8601"] | None = None
    event_type_header: str | None = None
    event_type_path: tuple[str, ...] | None = None
    event_id_header: str | None = None
    event_id_path: tuple[str, ...] | None = None
    events: tuple[str, ...] = ()
    retry_attempts: int | None = None
    retry_max_seconds: float | None = None
    retry_success: str = "2xx"  # what counts as delivered: "2xx" or one status, e.g. "200"
    user_agent: str | None = None


@attrs.frozen
class VendorInfo:
    slug: str
    name: str
    env_key: str
    base_url: str | None  # None: no shared host (one per customer); the client then requires one
    servers: list[str]  # documented URLs, server variables at their defaults
    auth: AuthInfo
    request_id_header: str | None
    rate_limit: Mapping[str, Any] | None  # x-scankit.rate_limit; a budget's `operations` as rate keys ("POST /jobs")
    errors: Mapping[str, Any] | None
    parse_error: type[Exception]  # the generated package's ParseError
    generated_client: Any  # the generated package's AuthenticatedClient class
    webhooks: WebhookInfo | None = None  # x-scankit-webhooks, when the vendor sends webhooks
    base_url_help: str | None = None  # why there is no default host, and where to find yours (from the spec)

    def token_env_var(self, arg: str) -> str:
        stem = self.env_key.removesuffix("_API_KEY")
        return f"{stem}_{arg.upper()}"

    @property
    def base_url_env(self) -> str:
        return f"{self.env_key.removesuffix('_API_KEY')}_BASE_URL"

    def missing_base_url(self) -> str:
        """The message for a client made without a host when the vendor has no default one."""
        why = f" {self.base_url_help}" if self.base_url_help else ""
        return f"No base URL for {self.name}: pass base_url= (--base-url) or set {self.base_url_env}.{why}"
