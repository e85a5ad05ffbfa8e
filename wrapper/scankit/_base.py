"""The clients' shared machinery: auth, the request loop (pacing, retries, errors), resources.

A request goes: pace (the rate limiter may ask us to wait) -> the generated `*_detailed` function ->
observe the rate-limit headers -> on a failure, the pure `decide()` says retry-or-not -> a typed
scankit error or the parsed model. `SyncClient` and `AsyncClient` differ only in awaiting and
sleeping; clock, sleep and randomness are injectable (`_Runtime`) so tests never wait.
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

from ._errors import (
    APIConnectionError,
    APITimeoutError,
    ConfigurationError,
    ErrorPaths,
    MissingAPIKeyError,
    ResponseValidationError,
    make_status_error,
)
from ._pagination import AsyncPaginator, SyncPaginator
from ._ratelimit import NullPacer, Pacer, PacerLike, RateLimitSpec
from ._redact import redact_text
from ._retry import RetryAfterSource, RetryPolicy, decide
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


class _DelegatingTransport(httpx.BaseTransport):
    """Sends through the user's own httpx.Client, so their proxies/transport apply and our auth too."""

    def __init__(self, client: httpx.Client) -> None:
        self._client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._client.send(request)
        return httpx.Response(
            response.status_code, headers=response.headers, content=response.content, extensions=response.extensions
        )


class _AsyncDelegatingTransport(httpx.AsyncBaseTransport):
    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._client.send(request)
        return httpx.Response(
            response.status_code, headers=response.headers, content=response.content, extensions=response.extensions
        )


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
    ) -> None:
        self._vendor = vendor
        key = api_key if api_key is not None else os.environ.get(vendor.env_key)
        if not key:
            raise MissingAPIKeyError(vendor.name, vendor.env_key)
        headers = {vendor.auth.key_header: f"{vendor.auth.key_prefix}{key}"}
        secrets = [key]
        for scheme in vendor.auth.tokens:
            token = tokens.get(scheme.arg) or os.environ.get(vendor.token_env_var(scheme.arg))
            if not token:
                continue
            if scheme.header in headers and scheme.header != vendor.auth.key_header:
                given = ", ".join(t.arg for t in vendor.auth.tokens)
                raise ConfigurationError(f"{vendor.name}: give only one of {given}; both go in {scheme.header}")
            headers[scheme.header] = f"{scheme.prefix}{token}"
            secrets.append(token)
        if max_retries < 0:
            raise ConfigurationError(f"{vendor.name}: max_retries must be >= 0, not {max_retries}")
        self._auth_headers = headers
        self._secrets = tuple(secrets)
        self.base_url: str = (
            base_url or os.environ.get(f"{vendor.env_key.removesuffix('_API_KEY')}_BASE_URL") or vendor.base_url
        ).rstrip("/")
        self.timeout: httpx.Timeout | None = (
            timeout if isinstance(timeout, httpx.Timeout) or timeout is None else httpx.Timeout(timeout)
        )
        self.max_retries = max_retries
        self.page_concurrency = DEFAULT_PAGE_CONCURRENCY
        spec = RateLimitSpec.from_dict(vendor.rate_limit)
        self._rate_spec = spec
        self._pacer = Pacer(spec) if spec else NullPacer()
        self._retry_source: RetryAfterSource | None = spec.retry_after_source() if spec else None
        self._error_paths = ErrorPaths.from_dict(vendor.errors)
        self._runtime = _Runtime()
        self._lock = threading.Lock()

    def __repr__(self) -> str:  # never the key
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    @property
    def vendor(self) -> VendorInfo:
        return self._vendor

    def _policy(self) -> RetryPolicy:
        return RetryPolicy(max_retries=self.max_retries)

    def _encode(self, op: OperationInfo, kwargs: Mapping[str, Any]) -> dict[str, Any]:
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

    def _connection_error(self, op: OperationInfo, error: BaseException) -> APIConnectionError:
        cls = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
        return cls(vendor=self._vendor.name, operation=op.name, cause=error)

    def _status_error(self, op: OperationInfo, response: httpx.Response) -> Exception:
        return make_status_error(
            vendor=self._vendor.name,
            operation=op.name,
            response=response,
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
            raise self._status_error(op, raw)
        if parse_exc is not None:
            raise self._validation_error(op, parse_exc, raw) from parse_exc
        return None

    def _copy_with(
        self: _C, timeout: float | httpx.Timeout | None, max_retries: int | None, page_concurrency: int | None
    ) -> _C:
        other = object.__new__(type(self))
        other.__dict__.update(self.__dict__)
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

    def _make_http(self) -> Any:
        raise NotImplementedError


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
    ) -> None:
        super().__init__(
            vendor, api_key=api_key, tokens=tokens, base_url=base_url, timeout=timeout, max_retries=max_retries
        )
        self._transport: httpx.BaseTransport = (
            _DelegatingTransport(http_client) if http_client else httpx.HTTPTransport()
        )
        self._owner = True
        self._http = self._make_http()

    def _make_http(self) -> httpx.Client:
        http = httpx.Client(
            base_url=self.base_url,
            headers=self._auth_headers,
            timeout=self.timeout,
            transport=self._transport,
            event_hooks={"response": [_last_response.set]},
        )
        generated = self._vendor.generated_client(base_url=self.base_url, token="")
        generated.set_httpx_client(http)  # ours carries the auth headers; set_httpx_client skips its own
        self._generated = generated
        return http

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        page_concurrency: int | None = None,
    ) -> Self:
        """A copy with other per-call settings that shares this client's connections and rate limiter.

        >>> client.with_options(max_retries=5).scans.get("scan_1")  # doctest: +SKIP
        """
        return self._copy_with(timeout, max_retries, page_concurrency)

    def _send(self, op: OperationInfo, fn: Callable[..., Any], kwargs: Mapping[str, Any]) -> Any:
        kwargs = self._encode(op, kwargs)
        attempt = 0
        while True:
            wait = self._pacer.reserve(op.rate_key, self._runtime.wall())
            if wait > 0:
                self._log_attempt(op, attempt, f"pacing: waiting {wait:.2f}s for the rate limit", wait=wait)
                self._runtime.sleep(wait)
            _last_response.set(None)
            error: BaseException | None = None
            parse_exc: BaseException | None = None
            result: Any = None
            try:
                result = fn(client=self._generated, **kwargs)
            except httpx.TransportError as exc:
                error = exc
            except Exception as exc:
                if not _is_parse_failure(self._vendor, exc):
                    raise
                parse_exc = exc
            delay = self._after_attempt(op, attempt, result, error, parse_exc)
            if delay is None:
                return result
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
    ) -> None:
        super().__init__(
            vendor, api_key=api_key, tokens=tokens, base_url=base_url, timeout=timeout, max_retries=max_retries
        )
        self._transport: httpx.AsyncBaseTransport = (
            _AsyncDelegatingTransport(http_client) if http_client else httpx.AsyncHTTPTransport()
        )
        self._owner = True
        self._http = self._make_http()

    def _make_http(self) -> httpx.AsyncClient:
        async def capture(response: httpx.Response) -> None:
            _last_response.set(response)

        http = httpx.AsyncClient(
            base_url=self.base_url,
            headers=self._auth_headers,
            timeout=self.timeout,
            transport=self._transport,
            event_hooks={"response": [capture]},
        )
        generated = self._vendor.generated_client(base_url=self.base_url, token="")
        generated.set_async_httpx_client(http)
        self._generated = generated
        return http

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        page_concurrency: int | None = None,
    ) -> Self:
        """A copy with other per-call settings that shares this client's connections and rate limiter.

        >>> client.with_options(max_retries=5).scans.get("scan_1")  # doctest: +SKIP
        """
        return self._copy_with(timeout, max_retries, page_concurrency)

    async def _send(self, op: OperationInfo, fn: Callable[..., Awaitable[Any]], kwargs: Mapping[str, Any]) -> Any:
        kwargs = self._encode(op, kwargs)
        attempt = 0
        while True:
            wait = self._pacer.reserve(op.rate_key, self._runtime.wall())
            if wait > 0:
                self._log_attempt(op, attempt, f"pacing: waiting {wait:.2f}s for the rate limit", wait=wait)
                await self._runtime.async_sleep(wait)
            _last_response.set(None)
            error: BaseException | None = None
            parse_exc: BaseException | None = None
            result: Any = None
            try:
                result = await fn(client=self._generated, **kwargs)
            except httpx.TransportError as exc:
                error = exc
            except Exception as exc:
                if not _is_parse_failure(self._vendor, exc):
                    raise
                parse_exc = exc
            delay = self._after_attempt(op, attempt, result, error, parse_exc)
            if delay is None:
                return result
            await self._runtime.async_sleep(delay)
            attempt += 1

    async def aclose(self) -> None:
        if self._owner:
            await self._http.aclose()

    async def __aenter__(self: T) -> T:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()


def _parsed(client: _Core, op: OperationInfo, response: Any, path: tuple[str, ...]) -> Any:
    """The parsed body, and the resource inside the vendor's envelope per x-scankit-unwrap."""
    value = response.parsed
    if value is None and int(response.status_code) == 204:
        return None  # the spec allows a body-less success here (the facade's type says `| None`)
    if value is None and path:
        raise ResponseValidationError(
            vendor=client.vendor.name,
            operation=op.name,
            path=None,
            detail=f"status {int(response.status_code)} is not a success the spec declares for this operation",
        )
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
        self, op: OperationInfo, fn: Callable[..., Any], kwargs: Mapping[str, Any], unwrap: tuple[str, ...] = ()
    ) -> Any:
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
    ) -> SyncPaginator[T]:
        def fetch(args: dict[str, Any]) -> Any:
            return self._client._send(op, fn, args).parsed

        return SyncPaginator(
            fetch,
            op,
            kwargs,
            item_type,
            vendor=self._client.vendor.name,
            max_items=max_items,
            max_pages=max_pages,
            concurrency=self._client.page_concurrency,
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
    ) -> Any:
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
    ) -> AsyncPaginator[T]:
        async def fetch(args: dict[str, Any]) -> Any:
            return (await self._client._send(op, fn, args)).parsed

        return AsyncPaginator(
            fetch,
            op,
            kwargs,
            item_type,
            vendor=self._client.vendor.name,
            max_items=max_items,
            max_pages=max_pages,
            concurrency=self._client.page_concurrency,
        )
