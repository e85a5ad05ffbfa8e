"""Options are one value, passed down: what a call asked for, merged once with its client's settings.

`RequestOptions` is what one call gave besides its parameters — `extra_headers`, `extra_query`,
`extra_body`, `timeout`, `max_retries`, `deadline`, `max_response_bytes` — built by the facade
(`RequestOptions.of`, None when the call gave none, the common case). `ClientOptions` is what a
client, or a `with_options` copy of it, sets for all of its calls. `resolve()` merges the two into
`FinalOptions`: the one value every layer of the request loop reads (as openai-python's
`FinalRequestOptions`). Nothing else carries a call's settings: no context variable, no event hook.

Credentials are the client's alone: an option that would set, replace or remove a credential header
raises `ConfigurationError` before anything is sent. A User-Agent given as an option is appended to
scankit's own (`user_agent`), which says who is calling.
"""

from __future__ import annotations

import functools
import importlib.metadata
import platform
from collections.abc import Mapping
from typing import Any, Literal, TypeAlias

import attrs
import httpx

from ._checks import check_max_bytes
from ._errors import ConfigurationError
from ._hooks import Hooks
from ._transport import DEADLINE_EXTENSION, MAX_BYTES_EXTENSION
from ._types import OMIT, Omit
from ._vendor import VendorInfo

PageConcurrency: TypeAlias = int | Literal["auto"]
"""Pages a list fetches at once: a number, or "auto" (adaptive where no rate limit is documented)."""


def _timeout(value: float | httpx.Timeout | None) -> httpx.Timeout | None:
    return value if value is None or isinstance(value, httpx.Timeout) else httpx.Timeout(value)


@attrs.frozen
class RequestOptions:
    """What one call asked for beyond its parameters; `OMIT` / None: the client's setting."""

    headers: Mapping[str, str | Omit] = attrs.field(factory=dict)
    params: Mapping[str, Any] = attrs.field(factory=dict)
    body: Mapping[str, Any] = attrs.field(factory=dict)
    timeout: httpx.Timeout | Omit | None = OMIT
    max_retries: int | None = None
    deadline: float | None = None
    max_response_bytes: int | Omit | None = OMIT

    @classmethod
    def of(
        cls,
        extra_headers: Mapping[str, str | Omit] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | Omit | None = OMIT,
        max_retries: int | None = None,
        deadline: float | None = None,
        max_response_bytes: int | Omit | None = OMIT,
    ) -> RequestOptions | None:
        """The options of one call, or None when it gave none (the common case costs nothing)."""
        if (
            not extra_headers
            and not extra_query
            and not extra_body
            and timeout is OMIT
            and max_retries is None
            and deadline is None
            and max_response_bytes is OMIT
        ):
            return None
        return cls(
            dict(extra_headers or {}),
            dict(extra_query or {}),
            dict(extra_body or {}),
            timeout if isinstance(timeout, Omit) else _timeout(timeout),
            max_retries,
            deadline,
            max_response_bytes,
        )


@attrs.frozen
class ClientOptions:
    """What a client sets for every call; `with_options` makes a copy with another one."""

    timeout: httpx.Timeout | None
    max_retries: int
    page_concurrency: PageConcurrency
    max_response_bytes: int | None
    deadline: float | None = None  # None: derived from the read timeout by the guard transport
    headers: Mapping[str, str | Omit] = attrs.field(factory=dict)
    hooks: Hooks | None = None

    def evolve(
        self,
        vendor: VendorInfo,
        *,
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
        page_concurrency: PageConcurrency | None,
        headers: Mapping[str, str | Omit] | None,
        max_response_bytes: int | Omit | None,
        deadline: float | None,
        hooks: Hooks | Omit | None,
    ) -> ClientOptions:
        """These options with the given ones changed (None / `OMIT`: unchanged); checked as the constructor checks."""
        if headers:
            check_headers(vendor, headers, "with_options(headers=...)")
        return ClientOptions(
            timeout=self.timeout if timeout is None else _timeout(timeout),
            max_retries=self.max_retries if max_retries is None else check_retries(vendor, max_retries),
            page_concurrency=(
                self.page_concurrency if page_concurrency is None else check_concurrency(vendor, page_concurrency)
            ),
            max_response_bytes=(
                self.max_response_bytes
                if isinstance(max_response_bytes, Omit)
                else check_max_bytes(vendor, max_response_bytes)
            ),
            deadline=self.deadline if deadline is None else float(deadline),
            headers={**self.headers, **headers} if headers else self.headers,
            hooks=self.hooks if isinstance(hooks, Omit) else hooks,
        )


@attrs.frozen
class FinalOptions:
    """A call's settings, resolved: what every layer of the request loop reads."""

    timeout: httpx.Timeout | None
    max_retries: int
    max_response_bytes: int | None
    deadline: float | None
    headers: tuple[tuple[str, str | Omit], ...] = ()  # the client's, then the call's: applied in this order
    params: Mapping[str, Any] = attrs.field(factory=dict)
    body: Mapping[str, Any] = attrs.field(factory=dict)

    @functools.cached_property
    def request_extensions(self) -> dict[str, Any]:
        """What each attempt's request carries (`_call.extensions`); worked out once, as options are values."""
        return self._extensions(stream=False)

    @functools.cached_property
    def stream_extensions(self) -> dict[str, Any]:
        """`request_extensions` of a streamed call: its body is the caller's to bound."""
        return self._extensions(stream=True)

    def _extensions(self, *, stream: bool) -> dict[str, Any]:
        # The timeout as httpx's build_request would set it (given here, httpx makes no Timeout per
        # request), then the guard transport's size limit and deadline. httpx copies the dict into
        # each request; the guard replaces its "timeout" there, never changes this one.
        found: dict[str, Any] = {
            "timeout": httpx.Timeout(self.timeout).as_dict(),
            MAX_BYTES_EXTENSION: None if stream else self.max_response_bytes,
        }
        if self.deadline is not None:
            found[DEADLINE_EXTENSION] = self.deadline
        return found


def resolve(vendor: VendorInfo, client: ClientOptions, call: RequestOptions | None, agent: str) -> FinalOptions:
    """The one place a call's options meet its client's: the call's win; credentials stay the client's.

    `agent` is scankit's User-Agent: a User-Agent given as an option is appended to it.
    """
    headers = [*client.headers.items()]
    if call is None:
        return FinalOptions(
            client.timeout, client.max_retries, client.max_response_bytes, client.deadline, _agent(headers, agent)
        )
    check_headers(vendor, call.headers, "extra_headers")
    headers += call.headers.items()
    return FinalOptions(
        timeout=client.timeout if isinstance(call.timeout, Omit) else call.timeout,
        max_retries=client.max_retries if call.max_retries is None else check_retries(vendor, call.max_retries),
        max_response_bytes=(
            client.max_response_bytes
            if isinstance(call.max_response_bytes, Omit)
            else check_max_bytes(vendor, call.max_response_bytes)
        ),
        deadline=client.deadline if call.deadline is None else float(call.deadline),
        headers=_agent(headers, agent),
        params=call.params,
        body=call.body,
    )


def _agent(headers: list[tuple[str, str | Omit]], agent: str) -> tuple[tuple[str, str | Omit], ...]:
    """A user's own User-Agent goes after scankit's; `OMIT` brings back scankit's alone."""
    out: list[tuple[str, str | Omit]] = []
    for name, value in headers:
        if name.lower() == "user-agent":
            value = agent if isinstance(value, Omit) or value.startswith("scankit/") else f"{agent} {value}"
        out.append((name, value))
    return tuple(out)


def check_headers(vendor: VendorInfo, headers: Mapping[str, Any], where: str) -> None:
    """Refuse any header that would set, replace or remove a credential.

    That is every header the vendor's auth schemes use, whether or not this client was given that
    credential, and the generic ones: a credential slipped in per call would escape redaction,
    which knows only the constructor's secrets.
    """
    credential = {name.lower(): name for name in vendor.auth.credential_header_names()}
    for given in headers:
        name = credential.get(given.lower())
        if name is not None:
            raise ConfigurationError(
                f"{vendor.name}: {where} cannot set or remove {name}: it carries the client's credentials, "
                f"which come only from the client's constructor (api_key=, or {vendor.env_key})"
            )


def check_concurrency(vendor: VendorInfo, pages: PageConcurrency) -> PageConcurrency:
    if pages == "auto" or (isinstance(pages, int) and not isinstance(pages, bool) and pages >= 1):
        return pages
    raise ConfigurationError(f'{vendor.name}: page_concurrency must be a number >= 1 or "auto", not {pages!r}')


def check_retries(vendor: VendorInfo, max_retries: int) -> int:
    if max_retries < 0:
        raise ConfigurationError(f"{vendor.name}: max_retries must be >= 0, not {max_retries}")
    return max_retries


def apply(request: httpx.Request, options: FinalOptions) -> None:
    """Put the option headers and URL parameters on one attempt's request (`OMIT` / None removes)."""
    for name, value in options.headers:
        if isinstance(value, Omit):
            if name in request.headers:
                del request.headers[name]
        else:
            request.headers[name] = value
    if options.params:
        url = request.url
        for key, param in options.params.items():
            url = (
                url.copy_remove_param(key)
                if param is None or isinstance(param, Omit)
                else url.copy_set_param(key, param)
            )
        request.url = url


class _MergedBody:
    """A body whose `to_dict()` is the model's plus `extra_body` (what the generated functions call)."""

    def __init__(self, body: Any, extra: Mapping[str, Any]) -> None:
        self._body = body
        self._extra = dict(extra)

    def to_dict(self) -> dict[str, Any]:
        base = self._body.to_dict() if hasattr(self._body, "to_dict") else dict(self._body)
        return {**base, **self._extra}


def merge_body(body: Any, extra_body: Mapping[str, Any]) -> Any:
    """`body` with `extra_body`'s top-level fields merged over it (openai-python's rule)."""
    if not extra_body:
        return body
    if body is None or type(body).__name__ == "Unset":
        return _MergedBody({}, extra_body)
    return _MergedBody(body, extra_body)


def _dist_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        from ._version import __version__

        return __version__


def user_agent(vendor_slug: str) -> str:
    """`scankit/<v> scankit-<vendor>/<v> python/<x.y> httpx/<x.y>`: who is calling, for the vendor's logs."""
    python = ".".join(platform.python_version_tuple()[:2])
    httpx_version = ".".join(httpx.__version__.split(".")[:2])
    return (
        f"scankit/{_dist_version('scankit')} scankit-{vendor_slug}/{_dist_version(f'scankit-{vendor_slug}')} "
        f"python/{python} httpx/{httpx_version}"
    )


HTTPX_DEFAULT_USER_AGENT = f"python-httpx/{httpx.__version__}"
