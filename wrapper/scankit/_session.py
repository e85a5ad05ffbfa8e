"""What a client and its `with_options` copies share: credentials, connections, the rate limiter, the clock.

`open_session` checks the credentials and the base URL, takes over what a user's own httpx client
sets (its headers, params and cookies, a timeout set on purpose), and builds scankit's own httpx
client over the guard transport. It carries no event hooks: a call's settings travel with the call
(`FinalOptions`), its per-attempt limits in the request's extensions. What differs between two
copies — timeout, retries, headers, limits, hooks — is their `ClientOptions`, not this.
"""

from __future__ import annotations

import asyncio
import random
import threading
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Generic, TypeVar

import attrs
import httpx

from ._call import Reader
from ._checks import credential, resolve_base_url
from ._errors import ConfigurationError, ErrorPaths, MissingAPIKeyError
from ._options import HTTPX_DEFAULT_USER_AGENT, user_agent
from ._ratelimit import NullPacer, Pacer, PacerLike, RateLimits
from ._redact import redact_url
from ._retry import RetryAfterSource
from ._transport import ACCEPT_ENCODING, AsyncGuardTransport, AsyncPools, GuardConfig, GuardTransport, Pools
from ._vendor import VendorInfo

H = TypeVar("H", bound=httpx.Client | httpx.AsyncClient)


@attrs.frozen
class Runtime:
    """Time and chance, injectable: tests pass fakes and never really sleep."""

    wall: Callable[[], float] = time.time
    sleep: Callable[[float], None] = time.sleep
    async_sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    rng: Callable[[], float] = random.random
    monotonic: Callable[[], float] = time.monotonic  # how long a wait() has waited

    def wait(self, event: threading.Event, seconds: float) -> bool:
        """Sleep `seconds`, or less if `event` is set meanwhile; whether it was set. The real sleep
        is woken by the event; an injected one (a test's clock) is called as it is, and the event
        read after it."""
        if self.sleep is time.sleep:
            return event.wait(seconds)
        self.sleep(seconds)
        return event.is_set()


@attrs.define(eq=False)
class Session(Generic[H]):
    vendor: VendorInfo
    base_url: str
    http: H  # scankit's own client over the guard transport; its default headers carry the credentials
    user_http: H | None  # the user's client under the guard, if any: its closing closes ours too
    transport: GuardTransport | AsyncGuardTransport  # the guard under `http`
    auth_headers: Mapping[str, str]
    secrets: tuple[str, ...]
    pacer: PacerLike
    retry_source: RetryAfterSource | None
    error_paths: ErrorPaths | None
    reader: Reader
    runtime: Runtime
    agent: str  # scankit's own User-Agent, which a User-Agent given as an option is appended to
    # What each list's adaptive page concurrency found, by operation: the next listing of it starts
    # there (per session, as the pacer's budgets are; `_resource._concurrency` reads and writes it).
    learned: dict[str, object] = attrs.field(factory=dict)

    @property
    def closed(self) -> bool:
        return self.http.is_closed or (self.user_http is not None and self.user_http.is_closed)


def _credentials(
    vendor: VendorInfo, api_key: str | None, tokens: Mapping[str, str | None]
) -> tuple[dict[str, str], list[str]]:
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
    return headers, secrets


def open_session(
    vendor: VendorInfo,
    http_type: type[H],
    *,
    api_key: str | None,
    tokens: Mapping[str, str | None],
    base_url: str | None,
    allow_insecure: bool,
    user: H | None,
    timeout: httpx.Timeout | None,
    default_timeout: bool,
    runtime: Runtime,
) -> tuple[Session[H], httpx.Timeout | None]:
    """A session, and the timeout to use (a user's client's own, when it set one on purpose)."""
    auth, secrets = _credentials(vendor, api_key, tokens)
    url = resolve_base_url(vendor, base_url, allow_insecure)
    password = httpx.URL(url).password
    headers = httpx.Headers()
    client_kwargs: dict[str, Any] = {}
    if user is not None:
        if not isinstance(user, http_type):
            raise ConfigurationError(
                f"{vendor.name}: http_client must be an httpx.{http_type.__name__}, not {type(user).__name__}"
            )
        if user.is_closed:
            raise ConfigurationError(f"{vendor.name}: http_client is already closed")
        theirs = str(user.base_url).rstrip("/")
        if theirs and theirs != url:
            raise ConfigurationError(
                f"{vendor.name}: http_client has base_url {redact_url(theirs)!r}; pass base_url= to scankit "
                "instead, so credentials are bound to it"
            )
        headers.update(user.headers)
        client_kwargs = {"params": user.params, "cookies": user.cookies.jar}
        if default_timeout and user.timeout != httpx.Timeout(5.0):  # theirs was set on purpose: it applies
            timeout = user.timeout
    agent = user_agent(vendor.slug)
    theirs_agent = headers.get("User-Agent", "")
    # a user's own User-Agent (on their client) is kept, after ours
    keep = theirs_agent and theirs_agent != HTTPX_DEFAULT_USER_AGENT and not theirs_agent.startswith("scankit/")
    headers["User-Agent"] = f"{agent} {theirs_agent}" if keep else agent
    headers.update(auth)  # ours over theirs, whatever the case; credentials always ours
    headers["Accept-Encoding"] = ACCEPT_ENCODING
    state: list[Session[H]] = []
    config = GuardConfig(
        base_url=httpx.URL(url),
        credential_headers=vendor.auth.credential_headers(),
        clock=lambda: state[0].runtime.wall(),  # the session's clock, which tests replace
    )
    transport: GuardTransport | AsyncGuardTransport
    if http_type is httpx.Client:
        transport = GuardTransport(user if isinstance(user, httpx.Client) else Pools(), config)
    else:
        transport = AsyncGuardTransport(user if isinstance(user, httpx.AsyncClient) else AsyncPools(), config)
    # the guard matches http_type (checked above), which mypy cannot see through the union
    http = http_type(base_url=url, headers=headers, timeout=timeout, transport=transport, **client_kwargs)  # type: ignore[arg-type]
    spec = RateLimits.from_dict(vendor.rate_limit)  # one budget or several
    all_secrets: tuple[str, ...] = (*secrets, *((password,) if password else ()))
    session = Session(
        vendor=vendor,
        base_url=url,
        http=http,
        user_http=user,
        transport=transport,
        auth_headers=auth,
        secrets=all_secrets,
        pacer=Pacer(spec) if spec else NullPacer(),
        retry_source=spec.retry_after_source() if spec else None,
        error_paths=ErrorPaths.from_dict(vendor.errors),
        reader=Reader(vendor, all_secrets, vendor.generated_client(base_url=url, token="")),
        runtime=runtime,
        agent=agent,
    )
    state.append(session)
    return session, timeout
