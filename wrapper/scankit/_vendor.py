"""What the wrapper knows about a vendor and its operations: frozen values rendered from the spec.

The generated facades (`scankit/vendors/<vendor>.py`) build these from each spec's x-scankit
extensions; nothing here is specific to one vendor.
"""

from __future__ import annotations

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


@attrs.frozen
class PaginationInfo:
    """How one list operation pages (x-scankit-pagination), with JSON paths as Python attributes."""

    style: Literal["page_number", "cursor"]
    items: tuple[str, ...]
    page_param: str | None = None
    first_page: int = 1
    size_param: str | None = None
    default_size: int | None = None
    max_size: int | None = None
    cursor_param: str | None = None
    has_more: tuple[str, ...] | None = None
    current_page: tuple[str, ...] | None = None
    total_pages: tuple[str, ...] | None = None
    total_items: tuple[str, ...] | None = None
    next_link: tuple[str, ...] | None = None
    next_cursor: tuple[str, ...] | None = None

    @property
    def request_param(self) -> str:
        """The query parameter that moves through the list: the page number or the cursor."""
        param = self.page_param if self.style == "page_number" else self.cursor_param
        assert param is not None  # checked when the facade is generated
        return param


@attrs.frozen
class WaiterInfo:
    """How to tell a running resource from a finished one (x-scankit-waiter), paths as attributes."""

    state: tuple[str, ...]
    success: frozenset[str]
    failure: frozenset[str]
    pending: frozenset[str]
    poll_interval: float
    initial_delay: float | None = None  # the first wait; None: poll_interval
    progress: tuple[str, ...] | None = None
    case_insensitive: bool = False


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
    rate_limit: Mapping[str, Any] | None
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
