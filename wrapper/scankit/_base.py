"""The clients' shared machinery: auth, the request loop (pacing, retries, errors), resources.

A request goes: pace (the rate limiter may ask us to wait) -> the generated `*_detailed` function,
whose request passes scankit's request hooks (per-call options, User-Agent, the request log:
`_options`) and the guard transport (credentials only to the base URL's origin, redirects, size and
time limits, decoding: `_transport`) -> observe the rate-limit headers -> on a failure, the pure
`decide()` says retry-or-not -> a typed scankit error, or the answer with its HTTP response
(`_response.Sent`). `SyncClient` and `AsyncClient` differ only in awaiting and sleeping; clock,
sleep and randomness are injectable (`_Runtime`) so tests never wait. What is checked before
anything is sent (keys, base URL, path parameters) is in `_checks`.
"""

from __future__ import annotations

import asyncio
import contextvars
import json
import logging
import os
import random
import threading
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Self, TypeVar

import attrs
import httpx

from . import _options, _response
from ._checks import check_max_bytes, check_path_params, credential, resolve_base_url
from ._errors import (
    APIConnectionError,
    APITimeoutError,
    ConfigurationError,
    ErrorPaths,
    MissingAPIKeyError,
    ResponseTooLargeError,
    ResponseValidationError,
    make_status_error,
)
from ._pagination import AsyncPaginator, SyncPaginator
from ._ratelimit import NullPacer, Pacer, PacerLike, RateLimitSpec
from ._redact import redact_text, redact_url
from ._retry import RetryAfterSource, RetryPolicy, decide
from ._transport import (
    ACCEPT_ENCODING,
    DEADLINE_EXTENSION,
    DEFAULT_MAX_RESPONSE_BYTES,
    MAX_BYTES_EXTENSION,
    AsyncGuardTransport,
    GuardConfig,
    GuardTransport,
    ResponseTooLarge,
)
from ._types import OMIT, Omit
from ._vendor import OperationInfo, VendorInfo

T = TypeVar("T")
_C = TypeVar("_C", bound="_Core")
log = logging.getLogger("scankit")

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
"""The generated clients have no timeout at all (httpx's None); ours is explicit."""
DEFAULT_MAX_RETRIES = 2
DEFAULT_PAGE_CONCURRENCY = 8
"""Pages fetched at once when a page-number list says how many pages it has (paced by the limiter).

8, measured (bench/listing.py, 50 ms added per request): 400 pages of PackageX took 6.2 s at 4,
3.3 s at 8 and 2.3 s at 16; beyond 8 the gain shrinks and a vendor with an undocumented limit on
concurrent requests is more likely to object."""

_last_response: contextvars.ContextVar[httpx.Response | None] = contextvars.ContextVar("scankit_last_response")


@attrs.frozen
class _Runtime:
    """Time and chance, injectable: tests pass fakes and never really sleep."""

    wall: Callable[[], float] = time.time
    sleep: Callable[[float], None] = time.sleep
    async_sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    rng: Callable[[], float] = random.random
    monotonic: Callable[[], float] = time.monotonic  # how long a wait() has waited


_SEND_ERRORS = (httpx.HTTPError, httpx.StreamError, httpx.InvalidURL, httpx.CookieConflict, OSError)
"""What a send can raise besides a parse failure; each becomes a scankit error (APIConnectionError…)."""


class _Core:
    """What the sync and async clients share: configuration, auth, pacing and error building."""

    _pacer: PacerLike
    _owner: bool  # this client made the transport and closes it; with_options copies do not
    _http: Any

    def __init__(
        self,
        vendor: VendorInfo,
        *,
        api_key: str | None,
        tokens: Mapping[str, str | None],
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        allow_insecure: bool = False,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        self._vendor = vendor
        key = credential(api_key, "api_key", vendor.env_key)
        if not key:
            raise MissingAPIKeyError(vendor.name, vendor.env_key)
        headers = {vendor.auth.key_header: f"{vendor.auth.key_prefix}{key}"}
        secrets = [key]
        for scheme in vendor.auth.tokens:
            token = credential(tokens.get(scheme.arg), scheme.arg, vendor.token_env_var(scheme.arg))
            if not token:
                continue
            if scheme.header in headers and scheme.header != vendor.auth.key_header:
                given = ", ".join(t.arg for t in vendor.auth.tokens)
                raise ConfigurationError(f"{vendor.name}: give only one of {given}; both go in {scheme.header}")
            headers[scheme.header] = f"{scheme.prefix}{token}"
            secrets.append(token)
        if max_retries < 0:
            raise ConfigurationError(f"{vendor.name}: max_retries must be >= 0, not {max_retries}")
        self.base_url: str = resolve_base_url(vendor, base_url, allow_insecure)
        password = httpx.URL(self.base_url).password
        self._auth_headers = headers
        self._secrets = tuple(secrets) + ((password,) if password else ())
        self.timeout: httpx.Timeout | None = (
            timeout if isinstance(timeout, httpx.Timeout) or timeout is None else httpx.Timeout(timeout)
        )
        self.max_retries = max_retries
        self.page_concurrency = DEFAULT_PAGE_CONCURRENCY
        self.max_response_bytes: int | None = check_max_bytes(vendor, max_response_bytes)
        self.deadline: float | None = None  # None: derived from the read timeout (see _transport)
        spec = RateLimitSpec.from_dict(vendor.rate_limit)
        self._pacer = Pacer(spec) if spec else NullPacer()
        self._retry_source: RetryAfterSource | None = spec.retry_after_source() if spec else None
        self._error_paths = ErrorPaths.from_dict(vendor.errors)
        self._runtime = _Runtime()
        self._lock = threading.Lock()
        self._client_kwargs: dict[str, Any] = {}

    def _guard_config(self) -> GuardConfig:
        return GuardConfig(
            base_url=httpx.URL(self.base_url),
            credential_headers=self._vendor.auth.credential_headers(),
            clock=lambda: self._runtime.wall(),
        )

    def _adopt(self, user: httpx.Client | httpx.AsyncClient | None, expected: type[Any], default_timeout: bool) -> None:
        """Take over what a user's own client sets by default; refuse what cannot be honoured."""
        headers = httpx.Headers()
        if user is not None:
            if not isinstance(user, expected):
                raise ConfigurationError(
                    f"{self._vendor.name}: http_client must be an httpx.{expected.__name__}, not {type(user).__name__}"
                )
            if user.is_closed:
                raise ConfigurationError(f"{self._vendor.name}: http_client is already closed")
            theirs = str(user.base_url).rstrip("/")
            if theirs and theirs != self.base_url:
                raise ConfigurationError(
                    f"{self._vendor.name}: http_client has base_url {redact_url(theirs)!r}; pass base_url= to scankit "
                    "instead, so credentials are bound to it"
                )
            headers.update(user.headers)
            self._client_kwargs = {"params": user.params, "cookies": user.cookies.jar}
            if default_timeout and user.timeout != httpx.Timeout(5.0):  # theirs was set on purpose: it applies
                self.timeout = user.timeout
        headers.update(self._auth_headers)  # ours over theirs, whatever the case; credentials always ours
        headers["Accept-Encoding"] = ACCEPT_ENCODING
        self._headers = headers

    def _stamp(self, request: httpx.Request) -> None:
        """Per-copy limits travel with the request: the guard transport is shared by with_options copies."""
        request.extensions.setdefault(MAX_BYTES_EXTENSION, self.max_response_bytes)
        if self.deadline is not None:
            request.extensions.setdefault(DEADLINE_EXTENSION, self.deadline)

    def __repr__(self) -> str:  # never the key, nor a password in base_url
        return f"{type(self).__name__}(base_url={redact_url(self.base_url)!r})"

    @property
    def vendor(self) -> VendorInfo:
        return self._vendor

    def _policy(self) -> RetryPolicy:
        return RetryPolicy(max_retries=self.max_retries)

    def _encode(self, op: OperationInfo, kwargs: Mapping[str, Any]) -> dict[str, Any]:
        if op.path_params:
            check_path_params(self._vendor, op, kwargs)
        # None means "not sent": the generated function then applies its own default
        out = {name: value for name, value in kwargs.items() if value is not None}
        for name, model in op.models.items():
            given = out.get(name)
            if isinstance(given, Mapping):  # a TypedDict of the model's JSON keys: checked as it parses
                parsed = model.from_dict(given)
                if name not in op.json_params:  # JSON is sent as given, keys in the caller's order
                    out[name] = parsed
        for name, enum_cls in op.enum_params.items():
            given = out.get(name)
            if isinstance(given, str) and not isinstance(given, enum_cls):
                out[name] = enum_cls(given)
            elif isinstance(given, list | tuple):
                out[name] = [enum_cls(v) if isinstance(v, str) and not isinstance(v, enum_cls) else v for v in given]
        for name in op.json_params:
            value: Any = out.get(name)
            if value is not None and hasattr(value, "to_dict"):
                out[name] = json.dumps(value.to_dict(), separators=(",", ":"))
            elif isinstance(value, Mapping):
                out[name] = json.dumps(dict(value), separators=(",", ":"), default=str)
        return out

    def _decision(
        self, op: OperationInfo, attempt: int, response: httpx.Response | None, error: BaseException | None
    ) -> Any:
        return decide(
            method=op.method,
            attempt=attempt,
            policy=self._policy(),
            status=response.status_code if response is not None else None,
            error=error,
            headers=response.headers if response is not None else {},
            source=self._retry_source,
            now=self._runtime.wall(),
            rng=self._runtime.rng,
        )

    def _observe(self, op: OperationInfo, response: httpx.Response) -> None:
        now = self._runtime.wall()
        self._pacer.observe(op.rate_key, response.headers, now)

    def _penalize(self, op: OperationInfo, delay: float) -> None:
        self._pacer.penalize(op.rate_key, delay, self._runtime.wall())

    def _connection_error(self, op: OperationInfo, error: BaseException) -> APIConnectionError | ResponseTooLargeError:
        if isinstance(error, ResponseTooLarge):
            return ResponseTooLargeError(vendor=self._vendor.name, operation=op.name, limit=error.limit)
        cls = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
        return cls(vendor=self._vendor.name, operation=op.name, cause=error, secrets=self._secrets)

    def _status_error(self, op: OperationInfo, response: httpx.Response, hint: str | None = None) -> Exception:
        return make_status_error(
            vendor=self._vendor.name,
            operation=op.name,
            response=response,
            hint=hint,  # the retry decision's, when the server asked to wait longer than scankit does
            error_paths=self._error_paths,
            request_id_header=self._vendor.request_id_header,
            env_key=self._vendor.env_key,
            secrets=self._secrets,
        )

    def _validation_error(self, op: OperationInfo, exc: BaseException, response: httpx.Response | None) -> Exception:
        location = getattr(exc, "location", None)
        detail = getattr(exc, "detail", None) or f"{type(exc).__name__}: {exc}"
        rid = (
            response.headers.get(self._vendor.request_id_header)
            if response is not None and self._vendor.request_id_header
            else None
        )
        return ResponseValidationError(
            vendor=self._vendor.name,
            operation=op.name,
            path=location or None,
            detail=redact_text(str(detail), self._secrets),
            request_id=rid,
            response=response,
            secrets=self._secrets,
        )

    def _log_attempt(
        self, op: OperationInfo, attempt: int, detail: str, *, wait: float = 0.0, cause: str = "rate limit"
    ) -> None:
        """Debug log of a wait or retry decision; `scankit_wait` (s) and `scankit_wait_cause` are for progress displays."""
        if log.isEnabledFor(logging.DEBUG):
            extra = {
                "scankit_wait": wait,
                "scankit_wait_cause": cause,
                "scankit_operation": op.name,
                "scankit_attempt": attempt,
            }
            log.debug("%s %s: %s", self._vendor.name, op.name, redact_text(detail, self._secrets), extra=extra)

    def _after_attempt(
        self, op: OperationInfo, attempt: int, result: Any, error: BaseException | None, parse_exc: BaseException | None
    ) -> float | None:
        """After one attempt: the delay before retrying, None when `result` is the answer; or raises.

        The one place that turns a transport error, an error status or a body that does not match
        the spec into a retry or a scankit error, so the sync and async loops only send and sleep.
        """
        raw = _last_response.get(None)
        if raw is not None:
            self._observe(op, raw)
        if error is not None or (raw is not None and raw.status_code >= 400):
            decision = self._decision(op, attempt, raw if error is None else None, error)
            cause = f"{raw.status_code} from server" if error is None and raw is not None else type(error).__name__
            self._log_attempt(op, attempt, decision.reason, wait=decision.delay if decision.retry else 0.0, cause=cause)
            if raw is not None and raw.status_code == 429:
                self._penalize(op, decision.delay)
            if decision.retry:
                return float(decision.delay)
            if error is not None:
                raise self._connection_error(op, error) from error
            assert raw is not None
            raise self._status_error(op, raw, decision.hint)
        if parse_exc is not None:
            raise self._validation_error(op, parse_exc, raw) from parse_exc
        return None

    def _copy_with(
        self: _C,
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
        page_concurrency: int | None,
        limits: Mapping[str, Any] | None = None,
    ) -> _C:
        other = object.__new__(type(self))
        other.__dict__.update(self.__dict__)
        if limits:  # max_response_bytes (None: unbounded) and deadline, only those given
            if "max_response_bytes" in limits:
                other.max_response_bytes = check_max_bytes(self._vendor, limits["max_response_bytes"])
            if limits.get("deadline") is not None:
                other.deadline = float(limits["deadline"])
        if timeout is not None:
            other.timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        if max_retries is not None:
            other.max_retries = max_retries
        if page_concurrency is not None:
            other.page_concurrency = page_concurrency
        other._owner = False  # shares this client's connections and rate limiter; closing it is a no-op
        other._http = other._make_http()
        for name, value in list(vars(self).items()):
            if isinstance(value, SyncResource | AsyncResource):
                setattr(other, name, type(value)(other))  # type: ignore[arg-type]
        return other

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        page_concurrency: int | None = None,
        headers: Mapping[str, str | Omit] | None = None,
        max_response_bytes: int | Omit | None = OMIT,
        deadline: float | None = None,
    ) -> Self:
        """A copy with other per-call settings that shares this client's connections and rate limiter.

        `headers` are sent with every request of the copy (never a credential header; `OMIT` removes one).
        ``max_response_bytes=None`` lifts the size limit; ``deadline`` is the seconds one attempt may
        take in all, body included (default: four read timeouts plus the connect timeout).

        >>> client.with_options(max_retries=5).scans.get("scan_1")  # doctest: +SKIP
        """
        limits = {"deadline": deadline} | (
            {} if max_response_bytes is OMIT else {"max_response_bytes": max_response_bytes}
        )
        return self._with_headers(self._copy_with(timeout, max_retries, page_concurrency, limits), headers)

    def _make_http(self) -> Any:
        raise NotImplementedError

    @classmethod
    def from_profile(
        cls, name: str | None = None, *, config: str | os.PathLike[str] | None = None, **options: Any
    ) -> Self:
        """A client set up from a profile of the config file (`scankit config show` prints it).

        >>> hs = scankit.HostedScan.from_profile("sandbox")  # doctest: +SKIP

        `name` defaults to $SCANKIT_PROFILE, else the profile named `default`; `config` to
        $SCANKIT_CONFIG, else ~/.config/scankit/config.toml. Each setting comes from `options`
        (the constructor's arguments), else the environment, else the profile.
        """
        from ._config import client_options, vendor_of  # only here: no client reads the file otherwise

        factory: Any = cls  # the facade's constructor, whose keywords the options are
        client: Self = factory(**client_options(vendor_of(cls), name, path=config, explicit=options))
        return client

    _default_headers: Mapping[str, str | Omit] = {}

    def _with_headers(self, other: _C, headers: Mapping[str, str | Omit] | None) -> _C:
        if headers:
            _options.check_headers(self, headers, "with_options(headers=...)")
            other._default_headers = {**self._default_headers, **headers}
        return other


def _is_parse_failure(vendor: VendorInfo, exc: BaseException) -> bool:
    # The generated package raises its ParseError for a body that does not match the spec; a
    # documented error status with a non-JSON body raises json's ValueError from response.json().
    return isinstance(exc, vendor.parse_error | ValueError | KeyError | TypeError)


class SyncClient(_Core):
    def __init__(
        self,
        vendor: VendorInfo,
        *,
        api_key: str | None,
        tokens: Mapping[str, str | None],
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        http_client: httpx.Client | None,
        allow_insecure: bool = False,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        super().__init__(
            vendor,
            api_key=api_key,
            tokens=tokens,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            allow_insecure=allow_insecure,
            max_response_bytes=max_response_bytes,
        )
        self._adopt(http_client, httpx.Client, timeout is DEFAULT_TIMEOUT)
        self._transport = GuardTransport(http_client or httpx.HTTPTransport(), self._guard_config())
        self._owner = True
        self._http = self._make_http()

    def _make_http(self) -> httpx.Client:
        hooks = _options.RequestHooks(self)  # per-call options, User-Agent, the request log
        http = httpx.Client(
            base_url=self.base_url,
            headers=self._headers,
            timeout=self.timeout,
            transport=self._transport,
            event_hooks={
                "request": [self._stamp, hooks.on_request],
                "response": [_last_response.set, hooks.on_response],
            },
            **self._client_kwargs,
        )
        generated = self._vendor.generated_client(base_url=self.base_url, token="")
        generated.set_httpx_client(http)  # ours carries the auth headers; set_httpx_client skips its own
        self._generated = generated
        return http

    def _send(self, op: OperationInfo, fn: Callable[..., Any], kwargs: Mapping[str, Any]) -> Any:
        kwargs = self._encode(op, kwargs)
        attempt = 0
        while True:
            wait = self._pacer.reserve(op.rate_key, self._runtime.wall())
            if wait > 0:
                self._log_attempt(op, attempt, f"pacing: waiting {wait:.2f}s for the rate limit", wait=wait)
                self._runtime.sleep(wait)
            _last_response.set(None)
            _options.begin_attempt(op.name, attempt)
            error: BaseException | None = None
            parse_exc: BaseException | None = None
            result: Any = None
            try:
                result = fn(client=self._generated, **kwargs)
            except _SEND_ERRORS as exc:
                error = exc
            except Exception as exc:
                if not _is_parse_failure(self._vendor, exc):
                    raise
                parse_exc = exc
            delay = self._after_attempt(op, attempt, result, error, parse_exc)
            if delay is None:
                return _response.finish(result, _last_response.get(None), attempt)
            self._runtime.sleep(delay)
            attempt += 1

    def close(self) -> None:
        if self._owner:
            self._http.close()

    def __enter__(self: T) -> T:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncClient(_Core):
    def __init__(
        self,
        vendor: VendorInfo,
        *,
        api_key: str | None,
        tokens: Mapping[str, str | None],
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        http_client: httpx.AsyncClient | None,
        allow_insecure: bool = False,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        super().__init__(
            vendor,
            api_key=api_key,
            tokens=tokens,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            allow_insecure=allow_insecure,
            max_response_bytes=max_response_bytes,
        )
        self._adopt(http_client, httpx.AsyncClient, timeout is DEFAULT_TIMEOUT)
        self._transport = AsyncGuardTransport(http_client or httpx.AsyncHTTPTransport(), self._guard_config())
        self._owner = True
        self._http = self._make_http()

    def _make_http(self) -> httpx.AsyncClient:
        async def capture(response: httpx.Response) -> None:
            _last_response.set(response)

        hooks = _options.RequestHooks(self)

        async def stamp(request: httpx.Request) -> None:
            self._stamp(request)

        http = httpx.AsyncClient(
            base_url=self.base_url,
            headers=self._headers,
            timeout=self.timeout,
            transport=self._transport,
            event_hooks={"request": [stamp, hooks.aon_request], "response": [capture, hooks.aon_response]},
            **self._client_kwargs,
        )
        generated = self._vendor.generated_client(base_url=self.base_url, token="")
        generated.set_async_httpx_client(http)
        self._generated = generated
        return http

    async def _send(self, op: OperationInfo, fn: Callable[..., Awaitable[Any]], kwargs: Mapping[str, Any]) -> Any:
        kwargs = self._encode(op, kwargs)
        attempt = 0
        while True:
            wait = self._pacer.reserve(op.rate_key, self._runtime.wall())
            if wait > 0:
                self._log_attempt(op, attempt, f"pacing: waiting {wait:.2f}s for the rate limit", wait=wait)
                await self._runtime.async_sleep(wait)
            _last_response.set(None)
            _options.begin_attempt(op.name, attempt)
            error: BaseException | None = None
            parse_exc: BaseException | None = None
            result: Any = None
            try:
                result = await fn(client=self._generated, **kwargs)
            except _SEND_ERRORS as exc:
                error = exc
            except Exception as exc:
                if not _is_parse_failure(self._vendor, exc):
                    raise
                parse_exc = exc
            delay = self._after_attempt(op, attempt, result, error, parse_exc)
            if delay is None:
                return _response.finish(result, _last_response.get(None), attempt)
            await self._runtime.async_sleep(delay)
            attempt += 1

    async def aclose(self) -> None:
        if self._owner:
            await self._http.aclose()

    async def __aenter__(self: T) -> T:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()


def _declared(client: _Core, op: OperationInfo, response: Any, *, empty_ok: bool) -> Any:
    """The parsed body of a success the spec declares; anything else is a typed error, lists included.

    A 3xx (a redirect without Location, a 304) or a 2xx the spec does not declare parses to None:
    that must never pass for "no items" or "nothing to say". Only a 204 of a single call may be empty.
    """
    value = response.parsed
    status = int(response.status_code)
    if value is None and not (empty_ok and status == 204):
        raise ResponseValidationError(
            vendor=client.vendor.name,
            operation=op.name,
            path=None,
            detail=f"status {status} is not a success the spec declares for this operation",
        )
    return value


def _parsed(client: _Core, op: OperationInfo, response: Any, path: tuple[str, ...]) -> Any:
    """The parsed body, and the resource inside the vendor's envelope per x-scankit-unwrap."""
    if not 200 <= int(response.status_code) < 300 or path:
        value = _declared(client, op, response, empty_ok=True)
    else:
        value = response.parsed
    if value is None:
        return None  # the spec allows a body-less success here (the facade's type says `| None`)
    for name in path:
        inner = getattr(value, name, None)
        if inner is None or type(inner).__name__ == "Unset":
            raise ResponseValidationError(
                vendor=client.vendor.name,
                operation=op.name,
                path=".".join(path),
                detail="the envelope has no such field",
            )
        value = inner
    return value


class SyncResource:
    """Base of `client.<resource>`: calls an operation through the client's request loop."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def _request(
        self,
        op: OperationInfo,
        fn: Callable[..., Any],
        kwargs: Mapping[str, Any],
        unwrap: tuple[str, ...] = (),
        options: _options.RequestOptions | None = None,
    ) -> Any:
        with _options.applied(self._client, options):
            return _parsed(self._client, op, self._client._send(op, fn, kwargs), unwrap)

    def _expect(self, value: Any, cls: type[T], op: OperationInfo) -> T:
        if isinstance(value, cls):
            return value
        raise ResponseValidationError(
            vendor=self._client.vendor.name,
            operation=op.name,
            path=None,
            detail=f"expected {cls.__name__}, got {type(value).__name__}",
        )

    def _paginate(
        self,
        op: OperationInfo,
        fn: Callable[..., Any],
        kwargs: dict[str, Any],
        item_type: type[T],
        *,
        max_items: int | None,
        max_pages: int | None,
        options: _options.RequestOptions | None = None,
    ) -> SyncPaginator[T]:
        if options is not None:
            _options.check_headers(self._client, options.headers, "extra_headers")

        def fetch(args: dict[str, Any]) -> Any:
            with _options.applied(self._client, options):
                sent = self._client._send(op, fn, args)  # a Sent: the page and its HTTP response
            _declared(self._client, op, sent, empty_ok=False)  # an undeclared status never reads as "no items"
            return sent

        return SyncPaginator(
            fetch,
            op,
            kwargs,
            item_type,
            vendor=self._client.vendor.name,
            max_items=max_items,
            max_pages=max_pages,
            concurrency=self._client.page_concurrency,
            retries=self._client.max_retries,  # an empty page that says there is more is asked again
        )


class AsyncResource:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def _request(
        self,
        op: OperationInfo,
        fn: Callable[..., Awaitable[Any]],
        kwargs: Mapping[str, Any],
        unwrap: tuple[str, ...] = (),
        options: _options.RequestOptions | None = None,
    ) -> Any:
        with _options.applied(self._client, options):
            return _parsed(self._client, op, await self._client._send(op, fn, kwargs), unwrap)

    def _expect(self, value: Any, cls: type[T], op: OperationInfo) -> T:
        if isinstance(value, cls):
            return value
        raise ResponseValidationError(
            vendor=self._client.vendor.name,
            operation=op.name,
            path=None,
            detail=f"expected {cls.__name__}, got {type(value).__name__}",
        )

    def _paginate(
        self,
        op: OperationInfo,
        fn: Callable[..., Awaitable[Any]],
        kwargs: dict[str, Any],
        item_type: type[T],
        *,
        max_items: int | None,
        max_pages: int | None,
        options: _options.RequestOptions | None = None,
    ) -> AsyncPaginator[T]:
        if options is not None:
            _options.check_headers(self._client, options.headers, "extra_headers")

        async def fetch(args: dict[str, Any]) -> Any:
            with _options.applied(self._client, options):
                sent = await self._client._send(op, fn, args)  # a Sent: the page and its HTTP response
            _declared(self._client, op, sent, empty_ok=False)  # an undeclared status never reads as "no items"
            return sent

        return AsyncPaginator(
            fetch,
            op,
            kwargs,
            item_type,
            vendor=self._client.vendor.name,
            max_items=max_items,
            max_pages=max_pages,
            concurrency=self._client.page_concurrency,
            retries=self._client.max_retries,  # an empty page that says there is more is asked again
        )
