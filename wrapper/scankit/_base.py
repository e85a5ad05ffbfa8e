"""The clients and their one request pipeline, in layers named for what each adds.

    resource verb (`scankit._resource`: a call, a raw call, a stream, a page, a poll)
      └─ _send               one operation call: options resolved, arguments encoded, watched, answer read
          └─ _send_with_retries   a failed attempt -> `decide()` -> sleep and again, or a typed error
              └─ _send_paced       the rate limiter's wait before, what its headers say after (and a
                                   list's adaptive page concurrency hears how the attempt went)
                  └─ _send_once     one attempt: build the request, send it through the guard transport

As in httpx's `send -> _send_handling_auth -> _send_handling_redirects -> _send_single_request`,
each layer is handed the call (`_call.Call`: what to send, its `FinalOptions`, its observer)
explicitly, and `SyncClient` and `AsyncClient` mirror each other line for line, differing only in
awaiting and sleeping. The decisions are elsewhere: options (`_options.resolve`), an attempt's
outcome (`_attempt.judge`, over the pure `_retry.decide`), pacing (`_ratelimit`), reading the answer
(`_call.Reader`). What a client's copies share is its `Session`; what a copy may change is its
`ClientOptions`. Clock, sleep and randomness are injectable (`_Runtime`) so tests never wait.
"""

from __future__ import annotations

import concurrent.futures
import os
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

import httpx

from ._attempt import judge
from ._call import Call, Endpoint, Later, Meter, Sent, aread_error_body, encode, extensions, read_error_body
from ._checks import check_max_bytes
from ._errors import ClientClosedError, ScankitError
from ._hooks import Hooks, Observer, Observers
from ._options import ClientOptions, FinalOptions, PageConcurrency, RequestOptions, apply, check_retries, resolve
from ._pagination import ADAPTIVE_START
from ._session import H, Runtime, Session, open_session
from ._settings import Settings
from ._transport import DEFAULT_MAX_RESPONSE_BYTES
from ._types import OMIT, Omit
from ._vendor import VendorInfo

T = TypeVar("T")
V = TypeVar("V")
# What `copy()`, `with_options()`, `from_profile()` and `with` give back: the caller's own class. Not
# `typing.Self`, which jedi (IPython, Jupyter, editors without a type checker) reads as the class
# defining the method, so `client.with_options(...).` would offer no resources: a TypeVar bound to
# the base, on `self`, jedi follows to the facade, and pyright and mypy read both alike (PEP 673's
# own "before Self" spelling; named so, the API page's signatures read `-> Self`).
Self = TypeVar("Self", bound="_Core[Any]")

_Runtime = Runtime
"""The clock, sleep and randomness a new client gets; tests and benchmarks replace it here."""

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
"""The generated clients have no timeout at all (httpx's None); ours is explicit."""
DEFAULT_MAX_RETRIES = 2
DEFAULT_PAGE_CONCURRENCY = ADAPTIVE_START
"""Pages fetched at once when a page-number list says how many pages it has, for a vendor whose spec
documents a rate limit (the limiter paces them).

With ``page_concurrency="auto"`` (the default) a list of a vendor without a documented limit adapts
(`_pagination.Concurrency`): it opens with 32 paced over a round trip, grows while pages come back
as fast as they did and no 429 or 503 does, up to 64, and backs off when one does; the client's
next listing of the same list starts where the last one got to. A number fixes it."""

# what a send can raise: each becomes a retry or a scankit error (APIConnectionError…)
_SEND_ERRORS = (httpx.HTTPError, httpx.StreamError, httpx.InvalidURL, httpx.CookieConflict, OSError)

Read = Callable[[Endpoint[T], httpx.Response], V]  # how a call reads its answer: `_call.Reader`'s methods


class _Core(Settings[H]):
    """What the sync and async clients share: construction, copies, options, building a request.

    What a client tells about itself (`vendor`, `base_url`, `max_retries`…) is `_settings.Settings`."""

    _HTTP: ClassVar[type[httpx.Client] | type[httpx.AsyncClient]]
    _session: Session[H]
    _options: ClientOptions
    _defaults: FinalOptions  # the options of a call that gave none: resolved once
    _observers: Observers
    _owner: bool  # this client made the connections and closes them; its copies do not

    def __init__(
        self,
        vendor: VendorInfo,
        *,
        api_key: str | None,
        tokens: Mapping[str, str | None],
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        http_client: H | None,
        allow_insecure: bool = False,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        hooks: Hooks | None = None,
    ) -> None:
        check_retries(vendor, max_retries)
        check_max_bytes(vendor, max_response_bytes)
        given = timeout if timeout is None or isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        session, given = open_session(
            vendor,
            cast("type[H]", self._HTTP),  # this class's httpx client type
            api_key=api_key,
            tokens=tokens,
            base_url=base_url,
            allow_insecure=allow_insecure,
            user=http_client,
            timeout=given,
            default_timeout=timeout is DEFAULT_TIMEOUT,
            runtime=_Runtime(),
        )
        options = ClientOptions(given, max_retries, "auto", max_response_bytes, hooks=hooks)
        self._bind(session, options, owner=True)

    def _bind(self, session: Session[H], options: ClientOptions, *, owner: bool) -> None:
        """Every attribute a client has, set here: by the constructor, and by `copy()` for a copy."""
        self._session = session
        self._options = options
        self._owner = owner
        self._observers = Observers.of(session.vendor, session.secrets, options.hooks, self._HTTP is httpx.AsyncClient)
        self._defaults = resolve(session.vendor, options, None, session.agent)
        self._bind_resources()

    def _bind_resources(self) -> None:
        """The facade's `client.<resource>` attributes (generated)."""

    def copy(
        self: Self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        page_concurrency: PageConcurrency | None = None,
        headers: Mapping[str, str | Omit] | None = None,
        max_response_bytes: int | Omit | None = OMIT,
        deadline: float | None = None,
        hooks: Hooks | Omit | None = OMIT,
    ) -> Self:
        """A client with other settings that shares this one's connections and rate limiter.

        `headers` are sent with every request of the copy (never a credential header; `OMIT` removes
        one). ``page_concurrency`` fixes how many pages a list fetches at once (``"auto"``: adaptive,
        the default). ``max_response_bytes=None`` lifts the size limit; ``deadline`` is the seconds one
        attempt may take in all, body included (default: four read timeouts plus the connect
        timeout); ``hooks`` replaces the hooks (None: none). Closing a copy closes nothing.

        ```python
        scan = client.with_options(max_retries=5).scans.get("scan_1")
        ```
        """
        options = self._options.evolve(
            self.vendor,
            timeout=timeout,
            max_retries=max_retries,
            page_concurrency=page_concurrency,
            headers=headers,
            max_response_bytes=max_response_bytes,
            deadline=deadline,
            hooks=hooks,
        )
        clone = object.__new__(type(self))  # not __init__: that opens a session, and a copy shares this one
        clone._bind(self._session, options, owner=False)
        return clone

    with_options = copy
    """`copy()`, by the name openai-python users know: `client.with_options(timeout=120).scans.get(...)`."""

    def _resolve(self, options: RequestOptions | FinalOptions | None) -> FinalOptions:
        """The call's options merged with this client's (resolved once already when the call gave none)."""
        if options is None or isinstance(options, FinalOptions):
            return options or self._defaults
        return resolve(self._session.vendor, self._options, options, self._session.agent)

    def _call(
        self,
        endpoint: Endpoint[T],
        kwargs: Mapping[str, Any],
        options: RequestOptions | FinalOptions | None,
        stream: bool,
        observer: Observer | None,
        meter: Meter | None = None,
        left: threading.Event | None = None,
    ) -> Call[T]:
        session = self._session
        if session.closed:
            raise ClientClosedError(repr(self))
        final = self._resolve(options)
        args = encode(session.vendor, endpoint, kwargs, final.body)
        return Call(endpoint, endpoint.build(**args), final, extensions(final, stream), stream, observer, meter, left)

    def _still_open(self, error: BaseException | None = None) -> None:
        """A call the client was closed under ends as one made after `close()` does: the attempt that
        failed meanwhile (the client's own pools open no connection once closed) is not a network
        fault to retry, and the next attempt would meet httpx's closed client."""
        if self._session.closed:
            raise ClientClosedError(repr(self)) from error

    def _build(self, call: Call[Any]) -> httpx.Request:
        options = call.options
        # the call's timeout is in its extensions (FinalOptions.request_extensions), which httpx takes as they are
        request = self._session.http.build_request(**call.request, extensions=call.extensions)
        if options.headers or options.params:
            apply(request, options)
        return request

    @classmethod
    def from_profile(
        cls: type[Self], name: str | None = None, *, config: str | os.PathLike[str] | None = None, **options: Any
    ) -> Self:
        """A client set up from a profile of the config file (`scankit config show` prints it).

        ```python
        hs = scankit.HostedScan.from_profile("sandbox")
        ```

        `name` defaults to $SCANKIT_PROFILE, else the profile named `default`; `config` to
        $SCANKIT_CONFIG, else ~/.config/scankit/config.toml. Each setting comes from `options`
        (the constructor's arguments), else the environment, else the profile.
        """
        from ._config import client_options, vendor_of  # only here: no client reads the file otherwise

        factory: Any = cls  # the facade's constructor, whose keywords the options are
        client: Self = factory(**client_options(vendor_of(cls), name, path=config, explicit=options))
        return client


class SyncClient(_Core[httpx.Client]):
    _HTTP = httpx.Client

    def _request(self, endpoint: Endpoint[T], kwargs: Mapping[str, Any], options: RequestOptions | None = None) -> T:
        """A call's answer, as the spec promises it (`T`), or a scankit error."""
        return self._send(endpoint, kwargs, options, self._session.reader.result).parsed

    def _send(
        self,
        endpoint: Endpoint[T],
        kwargs: Mapping[str, Any],
        options: RequestOptions | FinalOptions | None,
        read: Read[T, V],
        *,
        stream: bool = False,
        page: int | None = None,
        meter: Meter | None = None,
        left: threading.Event | None = None,
    ) -> Sent[V]:
        observer = self._observers.start(endpoint, page)
        error: BaseException | None = None
        retries = 0
        try:
            call = self._call(endpoint, kwargs, options, stream, observer, meter, left)
            response, retries = self._send_with_retries(call)
            value = read(endpoint, response)
            if observer is not None and isinstance(value, Later):
                value()  # a watched page is read now: its span and hooks see a body that does not parse
            return Sent(value, response, retries)
        except BaseException as exc:
            error = exc
            if observer is not None and isinstance(exc, ScankitError):
                observer.error(exc)
            raise
        finally:
            if observer is not None:
                observer.end(error, retries)

    def _send_with_retries(self, call: Call[Any]) -> tuple[httpx.Response, int]:
        attempt = crowded = 0  # crowded: refusals for a crowd the listing itself sent (`Meter.answered`)
        while True:
            response: httpx.Response | None = None
            error: BaseException | None = None
            try:
                response, by_crowd = self._send_paced(call, attempt)
                crowded += by_crowd
            except _SEND_ERRORS as exc:
                self._still_open(exc)
                error = exc
            decision = judge(self._session, call, attempt, response, error, crowded)
            if decision is None:
                assert response is not None
                return response, attempt
            if call.observer is not None:
                call.observer.retry(attempt, decision, response.status_code if response is not None else None)
            if call.left is None:
                self._session.runtime.sleep(decision.delay)
            elif self._session.runtime.wait(call.left, decision.delay):
                raise concurrent.futures.CancelledError  # the caller left the listing: nobody reads this page
            self._still_open()
            attempt += 1

    def _send_paced(self, call: Call[Any], attempt: int) -> tuple[httpx.Response, bool]:
        """The attempt's response, and whether it was refused for a crowd its listing sent."""
        pacer, runtime, key = self._session.pacer, self._session.runtime, call.endpoint.rate_key
        wait = pacer.reserve(key, runtime.wall())
        if wait > 0:
            if call.observer is not None:
                call.observer.log(attempt, f"pacing: waiting {wait:.2f}s for the rate limit", wait=wait)
            runtime.sleep(wait)
        meter = call.meter
        crowded = False
        if meter is None:
            response = self._send_once(call, attempt)
        else:  # a listing's page concurrency hears how each attempt went
            sending = meter.sending()
            try:
                response = self._send_once(call, attempt)
            except BaseException:
                meter.answered(sending, None)
                raise
            crowded = meter.answered(sending, response.status_code)
        pacer.observe(key, response.headers, runtime.wall())
        return response, crowded

    def _send_once(self, call: Call[Any], attempt: int) -> httpx.Response:
        request = self._build(call)
        observer = call.observer
        if observer is not None:
            observer.request(request, attempt)
        started = time.perf_counter()
        try:
            response = self._session.http.send(request, stream=call.stream)
            if call.stream and response.status_code >= 400:
                try:  # an error's body is the vendor's message: read it, bounded
                    read_error_body(response, response.iter_bytes())
                finally:
                    response.close()
        except BaseException as exc:
            if observer is not None:
                observer.failed(exc)
            raise
        elapsed = time.perf_counter() - started
        response.extensions["scankit_elapsed"] = elapsed  # until the headers, for a stream: RawResponse.elapsed
        if observer is not None:
            observer.response(response, attempt, elapsed)
        return response

    def close(self) -> None:
        """Close the client's connections; after it, a call raises `ClientClosedError` (a copy's closes nothing)."""
        if self._owner:
            self._session.http.close()

    def __enter__(self: Self) -> Self:
        """`with scankit.HostedScan() as hs:` closes the client at the end of the block."""
        return self

    def __exit__(self, *exc: object) -> None:
        """Calls `close()`."""
        self.close()


class AsyncClient(_Core[httpx.AsyncClient]):
    _HTTP = httpx.AsyncClient

    async def _request(
        self, endpoint: Endpoint[T], kwargs: Mapping[str, Any], options: RequestOptions | None = None
    ) -> T:
        return (await self._send(endpoint, kwargs, options, self._session.reader.result)).parsed

    async def _send(
        self,
        endpoint: Endpoint[T],
        kwargs: Mapping[str, Any],
        options: RequestOptions | FinalOptions | None,
        read: Read[T, V],
        *,
        stream: bool = False,
        page: int | None = None,
        meter: Meter | None = None,
    ) -> Sent[V]:
        observer = self._observers.start(endpoint, page)
        error: BaseException | None = None
        retries = 0
        try:
            call = self._call(endpoint, kwargs, options, stream, observer, meter)
            response, retries = await self._send_with_retries(call)
            value = read(endpoint, response)
            if observer is not None and isinstance(value, Later):
                value()
            return Sent(value, response, retries)
        except BaseException as exc:
            error = exc
            if observer is not None and isinstance(exc, ScankitError) and (pending := observer.error(exc)) is not None:
                await pending
            raise
        finally:
            if observer is not None:
                observer.end(error, retries)

    async def _send_with_retries(self, call: Call[Any]) -> tuple[httpx.Response, int]:
        attempt = crowded = 0  # crowded: refusals for a crowd the listing itself sent (`Meter.answered`)
        while True:
            response: httpx.Response | None = None
            error: BaseException | None = None
            try:
                response, by_crowd = await self._send_paced(call, attempt)
                crowded += by_crowd
            except _SEND_ERRORS as exc:
                self._still_open(exc)
                error = exc
            decision = judge(self._session, call, attempt, response, error, crowded)
            if decision is None:
                assert response is not None
                return response, attempt
            if call.observer is not None:
                status = response.status_code if response is not None else None
                if (pending := call.observer.retry(attempt, decision, status)) is not None:
                    await pending
            await self._session.runtime.async_sleep(decision.delay)
            self._still_open()
            attempt += 1

    async def _send_paced(self, call: Call[Any], attempt: int) -> tuple[httpx.Response, bool]:
        """The attempt's response, and whether it was refused for a crowd its listing sent."""
        pacer, runtime, key = self._session.pacer, self._session.runtime, call.endpoint.rate_key
        wait = pacer.reserve(key, runtime.wall())
        if wait > 0:
            if call.observer is not None:
                call.observer.log(attempt, f"pacing: waiting {wait:.2f}s for the rate limit", wait=wait)
            await runtime.async_sleep(wait)
        meter = call.meter
        crowded = False
        if meter is None:
            response = await self._send_once(call, attempt)
        else:
            sending = meter.sending()
            try:
                response = await self._send_once(call, attempt)
            except BaseException:
                meter.answered(sending, None)
                raise
            crowded = meter.answered(sending, response.status_code)
        pacer.observe(key, response.headers, runtime.wall())
        return response, crowded

    async def _send_once(self, call: Call[Any], attempt: int) -> httpx.Response:
        request = self._build(call)
        observer = call.observer
        if observer is not None and (pending := observer.request(request, attempt)) is not None:
            await pending
        started = time.perf_counter()
        try:
            response = await self._session.http.send(request, stream=call.stream)
            if call.stream and response.status_code >= 400:
                try:
                    await aread_error_body(response, response.aiter_bytes())
                finally:
                    await response.aclose()
        except BaseException as exc:
            if observer is not None:
                observer.failed(exc)
            raise
        elapsed = time.perf_counter() - started
        response.extensions["scankit_elapsed"] = elapsed
        if observer is not None and (pending := observer.response(response, attempt, elapsed)) is not None:
            await pending
        return response

    async def aclose(self) -> None:
        """Close the client's connections; after it, a call raises `ClientClosedError` (a copy's closes nothing)."""
        if self._owner:
            await self._session.http.aclose()

    async def __aenter__(self: Self) -> Self:
        """`async with scankit.AsyncHostedScan() as hs:` closes the client at the end of the block."""
        return self

    async def __aexit__(self, *exc: object) -> None:
        """Calls `aclose()`."""
        await self.aclose()
