"""The guard under every scankit client: redirects, response size, content encoding and deadline.

`GuardTransport` / `AsyncGuardTransport` sit under scankit's own ``httpx.Client`` and wrap either a
plain ``httpx.HTTPTransport`` or the user's own client (sent with ``stream=True,
follow_redirects=False``, so their auth, event hooks, proxies and cookie jar apply while their
``follow_redirects=True`` can never carry our key to another host). What they guarantee:

- Credentials go only to the origin (scheme, host, port) of ``base_url``. Redirects are followed
  here, at most ``MAX_REDIRECTS`` times: a same-origin hop keeps the credential headers, a
  cross-origin hop (a result file on a storage host) drops every one of them; 303 (and 301/302 of a
  POST) become a GET without body, 307/308 keep method and body; https → http is refused.
- A response body is bounded in decoded bytes (``max_response_bytes``; error bodies are cut at
  ``ERROR_BODY_BYTES`` so the vendor's message still fits). We ask only for gzip and deflate and
  inflate here, incrementally, so a decompression bomb is bounded too; an encoding we did not ask
  for, or a body that does not inflate, is an error rather than garbage.
- An overall per-attempt deadline, from the first connect to the body's last byte, redirects
  included: a server trickling its headers or body a byte at a time cannot hold a call. On
  scankit's own transport every socket operation waits at most until the deadline
  (`_DeadlineBackend`); an async attempt is also cancelled at the deadline, whatever the transport;
  through a user's sync client the deadline is checked as the headers and each chunk arrive.
- scankit's own transport is `Pools` (`AsyncPools`): ``OWN_POOLS`` httpx pools, each request on the
  least busy, each pool keeping alive every connection it may open. One httpx pool of 100 that
  keeps 20 alive reconnects for nearly every page of a listing with 64 in flight and can close a
  connection under a request (httpcore #1110); see `Pools`.
- On scankit's own async transport a socket read takes up to ``ASYNC_READ_BYTES`` at once
  (`_ReadAheadBackend`): httpcore's 64 KiB reads each cost a trip through anyio and the event loop,
  which held async downloads to a third of sync's speed. httpcore is handed that read in pieces of
  ``ASYNC_PIECE_BYTES``, small enough for h11's copies to stay in the CPU cache. The bounds above
  apply to them unchanged.

Failures are raised as httpx errors (the subclasses below for what httpx has no name for); the
client's request loop turns each into a scankit error, retrying what is transient.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import socket
import ssl
import threading
import weakref
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Any, TypeVar, cast

import attrs
import httpcore
import httpx

from ._redact import is_sensitive_header

MAX_REDIRECTS = 5
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
"""64 MiB of decoded body: far above any JSON page the five vendors send, far below trouble."""
ERROR_BODY_BYTES = 16 * 1024
"""How much of an error body (status >= 400) is read: the vendor's message, not a 200 MB HTML page."""
DEADLINE_FACTOR = 4.0
"""Default per-attempt deadline: this many read timeouts for the whole exchange, body included."""

MAX_BYTES_EXTENSION = "scankit_max_response_bytes"
"""``request.extensions`` key: an int, or None for an unbounded (streamed) body."""
DEADLINE_EXTENSION = "scankit_deadline"
"""``request.extensions`` key: seconds the whole attempt may take, or None for no deadline."""

ACCEPT_ENCODING = "gzip, deflate"
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_BODY_HEADERS = ("content-type", "content-length", "transfer-encoding", "content-encoding")
_INFLATE_STEP = 256 * 1024  # decoded bytes produced per zlib call: a bomb never expands in one go
ASYNC_READ_BYTES = 1024 * 1024
"""What one socket read of scankit's own async transport asks for (httpcore asks 64 KiB; `_ReadAheadBackend`)."""
ASYNC_PIECE_BYTES = 128 * 1024
"""What httpcore gets of that read per call (`_ReadAheadStream`): h11 copies every piece four times."""


OWN_POOLS = 8
"""How many httpx pools scankit's own transport spreads its requests over (`Pools`)."""
OWN_POOL_CONNECTIONS = 16
"""The most connections each of them opens, every one kept alive: 128 in all (httpx's one pool: 100)."""
OWN_LIMITS = httpx.Limits(max_connections=OWN_POOL_CONNECTIONS, max_keepalive_connections=OWN_POOL_CONNECTIONS)


_T = TypeVar("_T", httpx.HTTPTransport, httpx.AsyncHTTPTransport)


def _own(kind: type[_T]) -> list[_T]:
    """``OWN_POOLS`` transports of `kind` at ``OWN_LIMITS``, sharing one TLS context: made as
    httpx's own default makes it (~20 ms each), once for all of them."""
    tls = httpx.create_ssl_context()
    return [kind(verify=tls, limits=OWN_LIMITS) for _ in range(OWN_POOLS)]


class _Layer(httpcore.NetworkBackend):
    """A layer over httpcore's sync network backend: each connect goes through `_connected`, which
    makes the inner connection (`connect`, given the timeout to use) and may wrap its stream."""

    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.NetworkStream:
        return self._connected(lambda t: self._inner.connect_tcp(host, port, t, local_address, socket_options), timeout)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> httpcore.NetworkStream:
        return self._connected(lambda t: self._inner.connect_unix_socket(path, t, socket_options), timeout)

    def _connected(
        self, connect: Callable[[float | None], httpcore.NetworkStream], timeout: float | None
    ) -> httpcore.NetworkStream:
        raise NotImplementedError

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _AsyncLayer(httpcore.AsyncNetworkBackend):
    """`_Layer` over httpcore's async network backend."""

    def __init__(self, inner: httpcore.AsyncNetworkBackend) -> None:
        self._inner = inner

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.AsyncNetworkStream:
        return await self._connected(
            lambda t: self._inner.connect_tcp(host, port, t, local_address, socket_options), timeout
        )

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> httpcore.AsyncNetworkStream:
        return await self._connected(lambda t: self._inner.connect_unix_socket(path, t, socket_options), timeout)

    async def _connected(
        self, connect: Callable[[float | None], Awaitable[httpcore.AsyncNetworkStream]], timeout: float | None
    ) -> httpcore.AsyncNetworkStream:
        raise NotImplementedError

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


CLIENT_CLOSED = "the client has been closed"


class _Opened:
    """The sockets one client's own pools have opened, so that closing the client closes each one.

    A listing the caller has left lets its pages in flight finish in the background. Should the
    client close meanwhile, httpx's pools close the connections they hold, but not one still being
    opened: httpcore hands it its socket after the pool has closed it, and that socket was left
    open until the garbage collector found it (a `ResourceWarning`). Here the client's pools open
    no socket once it is closed, and a socket opened while it closed is closed with it.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._streams: weakref.WeakSet[Any] = weakref.WeakSet()  # a closed connection's goes with it
        self.closed = False

    def admit(self, stream: Any) -> bool:
        """Keep `stream` to close with the client; False once the client is closed (it must not be used)."""
        with self._lock:
            if not self.closed:
                self._streams.add(stream)
            return not self.closed

    def close(self) -> list[Any]:
        """No socket opens from now on; the ones opened until now, to close once the pools have."""
        with self._lock:
            self.closed = True
            streams, self._streams = list(self._streams), weakref.WeakSet()
        return streams


class _Over(httpcore.NetworkStream):
    """A sync socket stream over another, passing every call on: a layer overrides what it changes."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, timeout)

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, timeout)

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return self._inner.start_tls(ssl_context, server_hostname, timeout)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _AsyncOver(httpcore.AsyncNetworkStream):
    """`_Over` for async socket streams."""

    def __init__(self, inner: httpcore.AsyncNetworkStream) -> None:
        self._inner = inner

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._inner.read(max_bytes, timeout)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._inner.write(buffer, timeout)

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        return await self._inner.start_tls(ssl_context, server_hostname, timeout)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _Tracked(_Over):
    """A socket stream `_Opened` keeps: the same object before and after TLS (httpcore's `start_tls`
    makes a new stream over the socket, and the plain one no longer closes it)."""

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        self._inner = self._inner.start_tls(ssl_context, server_hostname, timeout)
        return self


class _AsyncTracked(_AsyncOver):
    """`_Tracked` for the async pools."""

    async def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        self._inner = await self._inner.start_tls(ssl_context, server_hostname, timeout)
        return self


def _shut(stream: Any) -> None:
    """Close a sync stream another thread may be about to read: shut down first, which wakes a read
    in progress (closing the socket alone would leave it waiting for the server)."""
    sock = stream.get_extra_info("socket")
    if isinstance(sock, socket.socket):
        with contextlib.suppress(OSError):  # not connected, or closed already
            sock.shutdown(socket.SHUT_RDWR)
    stream.close()


class _ClosingBackend(_Layer):
    """httpcore's network backend under each of `Pools`: every socket it opens is kept in `_Opened`."""

    def __init__(self, inner: httpcore.NetworkBackend, opened: _Opened) -> None:
        super().__init__(inner)
        self._opened = opened

    def _connected(
        self, connect: Callable[[float | None], httpcore.NetworkStream], timeout: float | None
    ) -> httpcore.NetworkStream:
        if self._opened.closed:
            raise httpcore.ConnectError(CLIENT_CLOSED)
        stream = connect(timeout)
        tracked = _Tracked(stream)
        if self._opened.admit(tracked):
            return tracked
        stream.close()
        raise httpcore.ConnectError(CLIENT_CLOSED)


class _AsyncClosingBackend(_AsyncLayer):
    """`_ClosingBackend` under each of `AsyncPools`."""

    def __init__(self, inner: httpcore.AsyncNetworkBackend, opened: _Opened) -> None:
        super().__init__(inner)
        self._opened = opened

    async def _connected(
        self, connect: Callable[[float | None], Awaitable[httpcore.AsyncNetworkStream]], timeout: float | None
    ) -> httpcore.AsyncNetworkStream:
        if self._opened.closed:
            raise httpcore.ConnectError(CLIENT_CLOSED)
        stream = await connect(timeout)
        tracked = _AsyncTracked(stream)
        if self._opened.admit(tracked):
            return tracked
        await stream.aclose()
        raise httpcore.ConnectError(CLIENT_CLOSED)


def _put_under(inner: Any, layer: type[Any], make: Callable[[Any], Any]) -> bool:
    """Put a network-backend `layer` (made by `make` over the backend there) under every httpx pool
    of scankit's own transport: one ``httpx.HTTPTransport`` (``AsyncHTTPTransport``) or each of
    `Pools` (`AsyncPools`); never under a user's client. httpx has no argument for a network
    backend, so the pool's is replaced before its first connection. False, should httpx move it."""
    if type(inner) in (Pools, AsyncPools):
        installed = [_put_under(transport, layer, make) for transport in inner.transports]  # every one
        return all(installed)
    asynchronous = issubclass(layer, httpcore.AsyncNetworkBackend)
    kind = httpx.AsyncHTTPTransport if asynchronous else httpx.HTTPTransport
    pool = getattr(inner, "_pool", None) if type(inner) is kind else None
    backend = getattr(pool, "_network_backend", None)
    if not isinstance(backend, httpcore.AsyncNetworkBackend if asynchronous else httpcore.NetworkBackend):
        return False
    if not isinstance(backend, layer):
        pool._network_backend = make(backend)  # type: ignore[union-attr]
    return True


def _least_busy(transports: Sequence[Any]) -> Any:
    """The first pool with nothing in flight, else the one with the fewest requests in it.

    Calls one after another all go to the first pool, on one connection, whichever thread makes
    them (a listing's next page, fetched ahead by another thread, reuses the caller's connection);
    64 pages in flight are 8 on each. The count is httpcore's own list of the requests a pool holds
    (queued or being answered, until their body is closed), read without its lock: a moment's
    stale count only sends a request to a pool one busier than the least.
    """
    best, fewest = transports[0], -1
    for transport in transports:
        held = len(getattr(getattr(transport, "_pool", None), "_requests", ()))  # none known: idle
        if held == 0:
            return transport
        if fewest < 0 or held < fewest:
            best, fewest = transport, held
    return best


class Pools(httpx.BaseTransport):
    """scankit's own sync transport: ``OWN_POOLS`` ``httpx.HTTPTransport``, each request on the least busy.

    Not one httpx pool, for what httpcore's pool (1.0.9, the latest) does once many requests are in
    flight, as in a listing with up to 64 pages at once:

    - It closes a connection that goes idle whenever it holds more connections in all than it
      keeps alive (20 of 100 by default; it counts every connection, not the idle ones). A listing
      of 400 pages with 64 in flight on 127.0.0.1 opened 380-400 connections: a new one for nearly
      every page, and the server's CPU spent accepting them.
    - Closing them, it can close a connection it has just handed to a waiting request (httpcore
      #1110, open): the request then waits on a closed socket for its whole read timeout. One
      listing in about fifteen of those 400 pages hung for 30 s here.
    - Keeping every connection alive instead (keep-alive = the most it opens) avoids both, but its
      bookkeeping on every request and every answer checks each connection against each idle one:
      with 64 kept alive that listing took 0.78 s against 0.45 s reconnecting.

    Each of these pools opens at most ``OWN_POOL_CONNECTIONS`` and keeps them all alive, so it never
    closes a connection for being one too many, and its bookkeeping is over 8 or so connections, not
    64. Each request goes to the least busy pool (`_least_busy`). The same 400 pages as raw httpx
    requests from 64 threads: 75 connections the first time and 1-8 after, 0.39-0.41 s and
    0.25-0.28 s of the client's CPU, against 380 connections every time, 0.42-0.51 s and 0.31-0.38 s.

    What is left of #1110: a pool at its most (16 in flight on it) with an idle connection to
    another origin (a redirect to a result file's storage host) closes that one to make room.
    """

    def __init__(self, transports: Sequence[httpx.HTTPTransport] | None = None) -> None:
        self.transports = tuple(transports or _own(httpx.HTTPTransport))
        self._opened = opened = _Opened()
        _put_under(self, _ClosingBackend, lambda backend: _ClosingBackend(backend, opened))

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        transport: httpx.HTTPTransport = _least_busy(self.transports)
        return transport.handle_request(request)

    def close(self) -> None:
        """Every pool's connections closed, and any socket still being opened as it closed (`_Opened`)."""
        leftover = self._opened.close()
        for transport in self.transports:
            transport.close()
        for stream in leftover:
            _shut(stream)

    @property
    def connections(self) -> list[httpcore.ConnectionInterface]:
        """Every pool's connections, open or idle (a view for diagnostics and tests)."""
        return [c for transport in self.transports for c in transport._pool.connections]


class AsyncPools(httpx.AsyncBaseTransport):
    """scankit's own async transport: ``OWN_POOLS`` ``httpx.AsyncHTTPTransport``, as `Pools`."""

    def __init__(self, transports: Sequence[httpx.AsyncHTTPTransport] | None = None) -> None:
        self.transports = tuple(transports or _own(httpx.AsyncHTTPTransport))
        self._opened = opened = _Opened()
        _put_under(self, _AsyncClosingBackend, lambda backend: _AsyncClosingBackend(backend, opened))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        transport: httpx.AsyncHTTPTransport = _least_busy(self.transports)
        return await transport.handle_async_request(request)

    async def aclose(self) -> None:
        leftover = self._opened.close()
        for transport in self.transports:
            await transport.aclose()
        for stream in leftover:
            await stream.aclose()

    @property
    def connections(self) -> list[httpcore.AsyncConnectionInterface]:
        return [c for transport in self.transports for c in transport._pool.connections]


class ResponseTooLarge(httpx.RequestError):
    """The decoded body passed the limit; ``limit`` says which."""

    def __init__(self, message: str, *, limit: int, request: httpx.Request) -> None:
        super().__init__(message, request=request)
        self.limit = limit


class UnexpectedEncoding(httpx.RequestError):
    """The server used a Content-Encoding we did not ask for; retrying will not change that."""


class RedirectRefused(httpx.RequestError):
    """A redirect scankit will not follow (https to http, or to a scheme that is not http)."""


class DeadlineExceeded(httpx.ReadTimeout):
    """The whole attempt took longer than its deadline (a server trickling its headers or body)."""


_DEADLINE_PASSED = "the response took longer than the attempt's deadline"


def origin(url: httpx.URL) -> tuple[str, str, int | None]:
    """(scheme, host, port) with the default port filled in: what "the same origin" compares."""
    port = url.port or {"https": 443, "http": 80}.get(url.scheme)
    return url.scheme, url.host, port


@attrs.frozen
class GuardConfig:
    """What the guard needs to know of its client; fixed for the client's lifetime."""

    base_url: httpx.URL
    credential_headers: frozenset[str]  # lower-case names: AuthInfo.credential_headers()
    clock: Callable[[], float]
    max_redirects: int = MAX_REDIRECTS


def _normalise_error(exc: BaseException) -> BaseException:
    """A raw error from under httpx (ssl, a socket, h11/httpcore) as the httpx error it amounts to."""
    if isinstance(exc, httpx.HTTPError | httpx.StreamError | httpx.InvalidURL):
        return exc
    if isinstance(exc, ssl.SSLError):
        return httpx.ConnectError(f"TLS failed: {type(exc).__name__}")
    if isinstance(exc, OSError):
        return httpx.ReadError(f"{type(exc).__name__}: {exc.strerror or ''}".rstrip(": "))
    module = type(exc).__module__.split(".")[0]
    if module in ("h11", "httpcore", "h2"):
        # their classes mirror httpx's by name (httpcore.ReadTimeout, h11.LocalProtocolError)
        name = type(exc).__name__
        cls = getattr(httpx, name, None) if name in _MIRRORED else httpx.RemoteProtocolError
        return cls(f"{name}: {exc}") if cls is not None else exc
    return exc


_MIRRORED = frozenset(
    {
        "ConnectError",
        "ConnectTimeout",
        "ReadTimeout",
        "WriteTimeout",
        "PoolTimeout",
        "ReadError",
        "WriteError",
        "RemoteProtocolError",
        "LocalProtocolError",
        "ProxyError",
        "UnsupportedProtocol",
    }
)


def _limits(request: httpx.Request, status: int) -> tuple[int | None, float | None]:
    """(max decoded bytes, deadline as a clock reading) for this attempt."""
    limit = request.extensions.get(MAX_BYTES_EXTENSION, DEFAULT_MAX_RESPONSE_BYTES)
    if status >= 400:
        limit = ERROR_BODY_BYTES if limit is None else min(limit, ERROR_BODY_BYTES)
    return limit, request.extensions.get("scankit_deadline_at")


def start_attempt(request: httpx.Request, now: float) -> None:
    """Stamp the request with its absolute deadline (the client's default headers carry Accept-Encoding)."""
    if "scankit_deadline_at" in request.extensions:
        return
    seconds = request.extensions.get(DEADLINE_EXTENSION, _derived_deadline(request))
    request.extensions["scankit_deadline_at"] = None if seconds is None else now + float(seconds)


def _derived_deadline(request: httpx.Request) -> float | None:
    if request.extensions.get(MAX_BYTES_EXTENSION, 0) is None:
        return None  # a streamed download is the caller's to stop, however long it runs
    timeout = request.extensions.get("timeout") or {}
    read = timeout.get("read")
    return None if read is None else read * DEADLINE_FACTOR + (timeout.get("connect") or 0.0)


class _Until(float):
    """A timeout from the request's ``timeout`` extension that also carries the attempt's deadline.

    httpcore hands each timeout, untouched, to the network backend's ``connect_tcp``, ``read`` and
    ``write``: that is how `_DeadlineBackend` learns the deadline of the attempt it serves without
    any state of its own. To anything else it is the plain timeout it was (``inf`` for None).
    Made by `_until` (three of them each attempt: no ``__dict__``, no Python ``__new__``).
    """

    __slots__ = ("at",)
    at: float

    def __new__(cls, seconds: float | None, at: float) -> _Until:
        return _until(seconds, at)


_new_float = float.__new__


def _until(seconds: float | None, at: float) -> _Until:
    until = _new_float(_Until, math.inf if seconds is None else seconds)
    until.at = at
    return until


def _carry_deadline(request: httpx.Request) -> None:
    """Give each socket timeout of this attempt its deadline (for scankit's own transport only)."""
    at = request.extensions.get("scankit_deadline_at")
    if at is None:
        return
    timeout = request.extensions.get("timeout") or {}
    read, write = timeout.get("read"), timeout.get("write")
    read_until = _until(read, at)
    request.extensions["timeout"] = {
        **timeout,
        "connect": _until(timeout.get("connect"), at),
        "read": read_until,
        "write": read_until if write == read else _until(write, at),
    }


def _left(timeout: float | None, clock: Callable[[], float], error: type[Exception]) -> float | None:
    """The seconds one socket operation may wait: its own timeout, cut at the attempt's deadline."""
    if not isinstance(timeout, _Until):
        return timeout
    left = timeout.at - clock()
    if left <= 0:
        raise error(_DEADLINE_PASSED)
    if left <= timeout:
        return left
    return None if timeout == math.inf else float(timeout)


def _said(timeout: float | None, clock: Callable[[], float], exc: Exception) -> Exception:
    """A socket timeout that the deadline cut short says so, rather than httpcore's "timed out"."""
    if isinstance(timeout, _Until) and clock() >= timeout.at:
        return type(exc)(_DEADLINE_PASSED)
    return exc


class _DeadlineStream(_Over):
    def __init__(self, inner: httpcore.NetworkStream, clock: Callable[[], float]) -> None:
        super().__init__(inner)
        self._clock = clock

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        try:
            return self._inner.read(max_bytes, _left(timeout, self._clock, httpcore.ReadTimeout))
        except httpcore.ReadTimeout as exc:
            raise _said(timeout, self._clock, exc) from None

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if not buffer:  # h11's end of a request without a body: nothing goes out, nothing to wait for
            return
        try:
            self._inner.write(buffer, _left(timeout, self._clock, httpcore.WriteTimeout))
        except httpcore.WriteTimeout as exc:
            raise _said(timeout, self._clock, exc) from None

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        wait = _left(timeout, self._clock, httpcore.ConnectTimeout)
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, wait), self._clock)


class _DeadlineBackend(_Layer):
    """httpcore's network backend, each connect, read and write cut at the attempt's deadline.

    A sync socket cannot be interrupted from outside, and httpcore reads the headers with one read
    timeout per recv: a byte every half second never trips it. Here every recv waits at most until
    the deadline, so the headers are bounded like the body.
    """

    def __init__(self, inner: httpcore.NetworkBackend, clock: Callable[[], float]) -> None:
        super().__init__(inner)
        self._clock = clock

    def _connected(
        self, connect: Callable[[float | None], httpcore.NetworkStream], timeout: float | None
    ) -> httpcore.NetworkStream:
        wait = _left(timeout, self._clock, httpcore.ConnectTimeout)
        try:
            stream = connect(wait)
        except httpcore.ConnectTimeout as exc:
            raise _said(timeout, self._clock, exc) from None
        return _DeadlineStream(stream, self._clock)


def _install_deadlines(inner: Any, clock: Callable[[], float]) -> bool:
    """Put `_DeadlineBackend` under scankit's own transport (`_put_under`); False: the deadline is
    then checked between reads only."""
    return _put_under(inner, _DeadlineBackend, lambda backend: _DeadlineBackend(backend, clock))


class _ReadAheadStream(_AsyncOver):
    """An async socket stream whose socket reads take up to `ASYNC_READ_BYTES` at a time.

    What one socket read brought is handed to httpcore `ASYNC_PIECE_BYTES` at a time, without going
    back to the event loop until it is used up. h11 copies each piece four times on its way to
    httpcore (into its buffer, two slices, `bytes()`): a 1 MiB piece falls out of the CPU's cache
    between copies, and those copies alone took twice the sync client's time (perf). A piece is a
    view of the read, not a copy of it (h11 takes any bytes-like object), so at most one read is
    held here at a time.
    """

    def __init__(self, inner: httpcore.AsyncNetworkStream) -> None:
        super().__init__(inner)
        self._held = memoryview(b"")

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        if not self._held:
            data = await self._inner.read(max(max_bytes, ASYNC_READ_BYTES), timeout)
            if len(data) <= ASYNC_PIECE_BYTES:
                return data
            self._held = memoryview(data)
        piece, self._held = self._held[:ASYNC_PIECE_BYTES], self._held[ASYNC_PIECE_BYTES:]
        return cast(bytes, piece)  # a view: h11's receive_data takes any bytes-like object

    async def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        return _ReadAheadStream(await self._inner.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        if info == "is_readable" and self._held:
            return True  # bytes past the response on an idle connection: httpcore drops it, as it should
        return self._inner.get_extra_info(info)


def _widen(stream: httpcore.AsyncNetworkStream) -> None:
    """Let the event loop take up to `ASYNC_READ_BYTES` from the socket in one recv (asyncio's is 256 KiB).

    The asyncio transport under httpcore's anyio stream reads a class-wide `max_size` per recv; it is
    raised on this connection's transport only. Where it is not there (another event loop, another
    anyio), reads stay at what the loop gives: slower, never wrong.
    """
    while isinstance(stream, _AsyncOver):  # scankit's own layers (`_AsyncTracked`) over anyio's stream
        stream = stream._inner
    transport = getattr(getattr(stream, "_stream", None), "_transport", None)
    if isinstance(transport, asyncio.Transport) and isinstance(getattr(transport, "max_size", None), int):
        setattr(transport, "max_size", ASYNC_READ_BYTES)  # noqa: B010  # not in asyncio.Transport's type


class _ReadAheadBackend(_AsyncLayer):
    """httpcore's async network backend, its streams reading `ASYNC_READ_BYTES` at a time.

    httpcore reads 64 KiB per call, and in async each read goes through anyio (a cancel scope for
    its timeout), the event loop (a wake-up) and h11: at 64 KiB that cost more than the bytes
    themselves, and a 1 GiB download ran at a third of the sync client's speed (profiled). A larger
    read is bounded all the same: the body is still counted and cut chunk by chunk (`_Body`).
    """

    async def _connected(
        self, connect: Callable[[float | None], Awaitable[httpcore.AsyncNetworkStream]], timeout: float | None
    ) -> httpcore.AsyncNetworkStream:
        stream = await connect(timeout)
        _widen(stream)
        return _ReadAheadStream(stream)


def _install_read_ahead(inner: Any) -> bool:
    """Put `_ReadAheadBackend` under scankit's own async transport (`_put_under`); False: reads stay
    at httpcore's size."""
    return _put_under(inner, _ReadAheadBackend, _ReadAheadBackend)


def redirect_request(config: GuardConfig, request: httpx.Request, response: httpx.Response) -> httpx.Request | None:
    """The next hop of a redirect, or None when ``response`` is not one we can follow.

    A 3xx without Location is handed on as it is: the request loop reports it as a status the spec
    does not declare.
    """
    if response.status_code not in _REDIRECTS:
        return None
    location = response.headers.get("location")
    if not location:
        return None
    try:
        url = request.url.join(location)
    except httpx.InvalidURL as exc:
        raise RedirectRefused(f"redirect to an invalid URL: {exc}", request=request) from None
    if url.scheme not in ("http", "https"):
        raise RedirectRefused(f"redirect to a {url.scheme!r} URL refused", request=request)
    if request.url.scheme == "https" and url.scheme == "http":
        raise RedirectRefused(f"redirect from https to http ({url.host}) refused", request=request)
    method, stream = request.method, request.stream
    headers = httpx.Headers(request.headers)
    # As httpx's own _redirect_headers: the hop names its host. A Request built with a stream gets
    # no Host from httpx, and h11 refuses to send one without (a mock transport never notices).
    headers["Host"] = url.netloc.decode("ascii")
    if (response.status_code == 303 and method != "HEAD") or (response.status_code in (301, 302) and method == "POST"):
        method, stream = "GET", httpx.ByteStream(b"")
        for name in _BODY_HEADERS:
            headers.pop(name, None)
    if origin(url) != origin(config.base_url):
        for name in [n for n in headers if n in config.credential_headers or is_sensitive_header(n)]:
            headers.pop(name, None)
    extensions = dict(request.extensions)
    extensions["scankit_cross_origin"] = origin(url) != origin(config.base_url)
    return httpx.Request(method, url, headers=headers, stream=stream, extensions=extensions)


class _Body:
    """Decodes and bounds one response body, chunk by chunk; shared by the sync and async streams."""

    def __init__(self, response: httpx.Response, limit: int | None, deadline: float | None, clock: Any) -> None:
        self.request = response.request
        self.limit, self.deadline, self.clock = limit, deadline, clock
        self.truncate = response.status_code >= 400  # an error page is cut short, never an error itself
        self.size = 0
        self.done = False
        encoding = response.headers.get("content-encoding", "").strip().lower()
        self.inflater: Any = None
        self.deflate = False
        if encoding in ("gzip", "x-gzip"):
            self.inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self.inflater = zlib.decompressobj()
            self.deflate = True
        elif encoding not in ("", "identity"):
            raise UnexpectedEncoding(
                f"the server sent Content-Encoding {encoding!r}; scankit asked for {ACCEPT_ENCODING}",
                request=self.request,
            )

    def _check_time(self) -> None:
        if self.deadline is not None and self.clock() > self.deadline:
            raise DeadlineExceeded(_DEADLINE_PASSED, request=self.request)

    def _count(self, data: bytes) -> bytes:
        if self.limit is None or self.size + len(data) <= self.limit:
            self.size += len(data)
            return data
        if self.truncate:
            self.done = True
            data = data[: self.limit - self.size]
            self.size = self.limit
            return data
        raise ResponseTooLarge(
            f"the response body is larger than {self.limit} bytes", limit=self.limit, request=self.request
        )

    def feed(self, chunk: bytes) -> Iterator[bytes]:
        self._check_time()
        if self.inflater is None:
            yield self._count(chunk)
            return
        try:
            data = self._inflate(chunk)
            while True:
                yield self._count(data)
                if self.done or not self.inflater.unconsumed_tail:
                    return
                data = self.inflater.decompress(self.inflater.unconsumed_tail, _INFLATE_STEP)
        except zlib.error as exc:
            raise httpx.DecodingError(f"the compressed body is corrupt: {exc}", request=self.request) from None

    def _inflate(self, chunk: bytes) -> bytes:
        try:
            return bytes(self.inflater.decompress(chunk, _INFLATE_STEP))
        except zlib.error:
            if not self.deflate or self.size:
                raise
            # "deflate" is raw deflate from some servers, zlib-wrapped from others (as httpx allows)
            self.deflate = False
            self.inflater = zlib.decompressobj(-zlib.MAX_WBITS)
            return bytes(self.inflater.decompress(chunk, _INFLATE_STEP))

    def finish(self) -> bytes:
        if self.inflater is None or self.done:
            return b""
        try:
            tail = self.inflater.flush()
        except zlib.error as exc:
            raise httpx.DecodingError(f"the compressed body is corrupt: {exc}", request=self.request) from None
        if not self.inflater.eof:
            raise httpx.DecodingError("the compressed body ends early", request=self.request)
        return self._count(tail)


class _SyncBody(httpx.SyncByteStream):
    def __init__(self, response: httpx.Response, body: _Body) -> None:
        self._response, self._body = response, body

    def __iter__(self) -> Iterator[bytes]:
        try:
            for chunk in self._response.stream:  # type: ignore[union-attr]
                for data in self._body.feed(chunk):
                    if data:
                        yield data
                if self._body.done:
                    return
            if tail := self._body.finish():
                yield tail
        except Exception as exc:
            raise _normalise_error(exc) from None
        finally:
            self._response.close()

    def close(self) -> None:
        self._response.close()


class _AsyncBody(httpx.AsyncByteStream):
    def __init__(self, response: httpx.Response, body: _Body) -> None:
        self._response, self._body = response, body

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._response.stream:  # type: ignore[union-attr]
                for data in self._body.feed(chunk):
                    if data:
                        yield data
                if self._body.done:
                    return
            if tail := self._body.finish():
                yield tail
        except Exception as exc:
            raise _normalise_error(exc) from None
        finally:
            await self._response.aclose()

    async def aclose(self) -> None:
        await self._response.aclose()


def _decoded_headers(headers: httpx.Headers, decoded: bool) -> httpx.Headers:
    if not decoded:
        return headers
    out = httpx.Headers(headers)
    del out["content-encoding"]
    out.pop("content-length", None)  # it counted the compressed bytes
    return out


def _guarded(config: GuardConfig, response: httpx.Response, request: httpx.Request, stream_cls: Any) -> httpx.Response:
    limit, deadline = _limits(request, response.status_code)
    body = _Body(response, limit, deadline, config.clock)
    body._check_time()
    return httpx.Response(
        response.status_code,
        headers=_decoded_headers(response.headers, body.inflater is not None or "content-encoding" in response.headers),
        stream=stream_cls(response, body),
        extensions=response.extensions,
        request=request,
    )


def _bounded_as_sent(response: httpx.Response, request: httpx.Request) -> bool:
    """True when a response's body needs no counting here: sent as is (no Content-Encoding) and
    declaring a length within the attempt's limit, or with no limit at all (a stream).

    h11 reads no more of the body than its Content-Length, so the limit holds without counting;
    on scankit's own transport each socket read keeps the deadline (`_DeadlineBackend`). Anything
    else (compressed, chunked or longer than the limit) goes through `_Body`.
    """
    length: bytes | None = None
    for name, value in response.headers.raw:  # one pass: httpx's lookups each raise KeyError when absent
        lower = name.lower()
        if lower == b"content-encoding":
            return False
        if lower == b"content-length":
            length = value
    limit, _ = _limits(request, response.status_code)
    if limit is None:
        return True
    return length is not None and length.isdigit() and int(length) <= limit


def _too_many(request: httpx.Request, hops: int) -> httpx.TooManyRedirects:
    return httpx.TooManyRedirects(f"more than {hops} redirects", request=request)


class GuardTransport(httpx.BaseTransport):
    """Sync guard; ``inner`` is a transport or the user's ``httpx.Client``."""

    def __init__(self, inner: httpx.BaseTransport | httpx.Client, config: GuardConfig) -> None:
        self._inner, self.config = inner, config
        # the transport whose sockets keep the deadline themselves (scankit's own, not a user's client)
        self._deadlines_on = inner if _install_deadlines(inner, config.clock) else None

    def _send_once(self, request: httpx.Request) -> httpx.Response:
        try:
            if isinstance(self._inner, httpx.Client):
                extra: dict[str, Any] = {"auth": None} if request.extensions.get("scankit_cross_origin") else {}
                return self._inner.send(request, stream=True, follow_redirects=False, **extra)
            response = self._inner.handle_request(request)
            response.request = request
            return response
        except Exception as exc:
            raise _normalise_error(exc) from None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        start_attempt(request, self.config.clock())
        if self._inner is self._deadlines_on:
            _carry_deadline(request)
        for _ in range(self.config.max_redirects + 1):
            response = self._send_once(request)
            try:
                following = redirect_request(self.config, request, response)
            except Exception:
                response.close()
                raise
            if following is None:
                if self._inner is self._deadlines_on and _bounded_as_sent(response, request):
                    return response  # the common JSON answer: nothing to decode, count or time here
                try:
                    return _guarded(self.config, response, request, _SyncBody)
                except Exception:
                    response.close()
                    raise
            response.close()
            request = following
        raise _too_many(request, self.config.max_redirects)

    def close(self) -> None:
        if isinstance(self._inner, httpx.BaseTransport):
            self._inner.close()


class AsyncGuardTransport(httpx.AsyncBaseTransport):
    """Async guard; ``inner`` is a transport or the user's ``httpx.AsyncClient``."""

    def __init__(self, inner: httpx.AsyncBaseTransport | httpx.AsyncClient, config: GuardConfig) -> None:
        self._inner, self.config = inner, config
        _install_read_ahead(inner)

    async def _send_once(self, request: httpx.Request) -> httpx.Response:
        at = request.extensions.get("scankit_deadline_at")
        try:
            if at is None:
                return await self._send_inner(request)
            left = at - self.config.clock()
            if left <= 0:
                raise DeadlineExceeded(_DEADLINE_PASSED, request=request)
            # Connect and headers, whatever the transport: the body is checked chunk by chunk (_Body).
            deadline = asyncio.timeout(left)
            try:
                async with deadline:
                    return await self._send_inner(request)
            except TimeoutError:
                if deadline.expired():
                    raise DeadlineExceeded(_DEADLINE_PASSED, request=request) from None
                raise
        except Exception as exc:
            raise _normalise_error(exc) from None

    async def _send_inner(self, request: httpx.Request) -> httpx.Response:
        if isinstance(self._inner, httpx.AsyncClient):
            extra: dict[str, Any] = {"auth": None} if request.extensions.get("scankit_cross_origin") else {}
            return await self._inner.send(request, stream=True, follow_redirects=False, **extra)
        response = await self._inner.handle_async_request(request)
        response.request = request
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        start_attempt(request, self.config.clock())
        for _ in range(self.config.max_redirects + 1):
            response = await self._send_once(request)
            try:
                following = redirect_request(self.config, request, response)
            except Exception:
                await response.aclose()
                raise
            if following is None:
                try:
                    return _guarded(self.config, response, request, _AsyncBody)
                except Exception:
                    await response.aclose()
                    raise
            await response.aclose()
            request = following
        raise _too_many(request, self.config.max_redirects)

    async def aclose(self) -> None:
        if isinstance(self._inner, httpx.AsyncBaseTransport):
            await self._inner.aclose()
