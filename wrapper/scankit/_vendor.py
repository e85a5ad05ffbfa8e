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


@attrs.frozen
class AuthInfo:
    key_header: str
    key_prefix: str = ""
    tokens: tuple[TokenScheme, ...] = ()


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
class OperationInfo:
    name: str  # "scans.list": what messages and logs call it
    operation_id: str
    method: str
    path: str  # the path template: rate-limit budgets are per template, not per id
    json_params: frozenset[str] = frozenset()
    enum_params: Mapping[str, type[Any]] = attrs.field(factory=dict)  # query params users may pass as str
    models: Mapping[str, type[Any]] = attrs.field(factory=dict)  # params (and body) users may pass as a dict
    pagination: PaginationInfo | None = None

    @property
    def rate_key(self) -> str:
        return f"{self.method} {self.path}"


@attrs.frozen
class VendorInfo:
    slug: str
    name: str
    env_key: str
    base_url: str
    servers: list[str]
    auth: AuthInfo
    request_id_header: str | None
    rate_limit: Mapping[str, Any] | None
    errors: Mapping[str, Any] | None
    parse_error: type[Exception]  # the generated package's ParseError
    generated_client: Any  # the generated package's AuthenticatedClient class

    def token_env_var(self, arg: str) -> str:
        stem = self.env_key.removesuffix("_API_KEY")
        return f"{stem}_{arg.upper()}"
