"""A small HTTP/1.1 server on 127.0.0.1 with byte-level control, for the real-socket suite.

Requests are parsed with h11 (so a request without `Host`, or otherwise malformed, is refused as a
real server would: 400 and close); what goes back is written as raw bytes by the test's handler,
so a response can be anything a hostile server sends: trickled a byte at a time, cut mid-body,
reset before a byte, or dropped between two requests on a kept-alive connection.

One thread per connection, so the same server serves sync and async clients alike. Nothing here
sleeps except where an action asks for a gap between writes, and every wait ends at once when the
server stops.
"""

from __future__ import annotations

import contextlib
import gzip
import json as jsonlib
import socket
import struct
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import h11

_REASONS = {
    200: b"OK",
    301: b"Moved Permanently",
    302: b"Found",
    303: b"See Other",
    307: b"Temporary Redirect",
    308: b"Permanent Redirect",
    404: b"Not Found",
    429: b"Too Many Requests",
    500: b"Internal Server Error",
    503: b"Service Unavailable",
}


@dataclass(frozen=True)
class Seen:
    """One request as it arrived on the wire."""

    method: str
    target: str  # path and query, as sent
    headers: dict[str, str]  # lower-case names
    body: bytes
    connection: int  # the connection it came on (0, 1, ...): tells a reused connection from a new one

    @property
    def path(self) -> str:
        return self.target.split("?", 1)[0]

    @property
    def query(self) -> dict[str, str]:
        from urllib.parse import parse_qsl

        return dict(parse_qsl(self.target.split("?", 1)[1])) if "?" in self.target else {}


@dataclass
class Reply:
    """A well-formed response with Content-Length; the connection stays open unless `close_after`."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    close_after: bool = False  # close once sent, without saying `Connection: close` (a dropped keep-alive)


@dataclass
class Raw:
    """Bytes written as given: `gap` seconds between parts (a trickle); the connection closes after."""

    parts: list[bytes]
    gap: float = 0.0
    reset: bool = False  # end with a TCP reset rather than a clean close


@dataclass
class Hold:
    """Answer only once `release` is set (or `limit` seconds pass): a page that is slow to come."""

    release: threading.Event
    then: Reply
    limit: float = 5.0


class Reset:
    """Reset the connection before a byte of the response."""


class Drop:
    """Close the connection without a response (a server that read the request, then went away)."""


Action = Reply | Raw | Hold | Reset | Drop
Handler = Callable[[Seen], Action]


def reply(status: int = 200, json: Any = None, **headers: str) -> Reply:
    """A JSON reply (`json=`), or an empty one with the given headers (`location=...`)."""
    hdrs = {name.replace("_", "-"): value for name, value in headers.items()}
    if json is None:
        return Reply(status, b"", hdrs)
    return Reply(status, jsonlib.dumps(json).encode(), {"content-type": "application/json", **hdrs})


def gzipped(status: int, data: bytes, content_type: str = "application/json") -> Reply:
    return Reply(status, gzip.compress(data), {"content-type": content_type, "content-encoding": "gzip"})


def head(status: int, headers: dict[str, str]) -> bytes:
    """A status line and headers, as bytes."""
    lines = [b"HTTP/1.1 %d %s" % (status, _REASONS.get(status, b"Status"))]
    lines += [f"{name}: {value}".encode("latin-1") for name, value in headers.items()]
    return b"\r\n".join(lines) + b"\r\n\r\n"


class Loopback:
    """An HTTP/1.1 server on 127.0.0.1:<free port>; set `handler`, read `seen`."""

    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.netloc = f"127.0.0.1:{self.port}"
        self.handler: Handler = lambda seen: reply(404, {"message": "no handler"})
        self.seen: list[Seen] = []
        self.cut_off = threading.Event()  # set when a client went away while we were still writing
        self.written: list[int] = []  # bytes written by each Raw action before it ended
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._connections: list[socket.socket] = []
        self._threads: list[threading.Thread] = []
        self._accepting = threading.Thread(target=self._accept, name=f"loopback-{self.port}", daemon=True)
        self._accepting.start()

    # -- lifecycle ------------------------------------------------------------------------------

    def close(self) -> None:
        self._stop.set()
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)  # wakes the accept loop (Linux)
        self._accepting.join(5)
        self._listener.close()
        with self._lock:
            connections, threads = list(self._connections), list(self._threads)
        for conn in connections:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)  # wakes a thread blocked in recv
        for thread in threads:
            thread.join(5)

    def __enter__(self) -> Loopback:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def connections(self) -> int:
        """Connections accepted so far."""
        with self._lock:
            return len(self._connections)

    def requests_to(self, path: str) -> list[Seen]:
        return [s for s in self.seen if s.path == path]

    # -- serving --------------------------------------------------------------------------------

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            if self._stop.is_set():
                conn.close()
                return
            with self._lock:
                index = len(self._connections)
                self._connections.append(conn)
                thread = threading.Thread(target=self._serve, args=(conn, index), daemon=True)
                self._threads.append(thread)
            thread.start()

    def _serve(self, conn: socket.socket, index: int) -> None:
        leftover = b""
        try:
            while not self._stop.is_set():
                seen, leftover = self._read_request(conn, index, leftover)
                if seen is None:
                    return
                with self._lock:
                    self.seen.append(seen)
                if not self._act(conn, self.handler(seen)):
                    return
        except OSError:
            return  # the client went away: nothing to answer
        finally:
            conn.close()

    def _read_request(self, conn: socket.socket, index: int, leftover: bytes) -> tuple[Seen | None, bytes]:
        parser = h11.Connection(h11.SERVER)
        if leftover:
            parser.receive_data(leftover)
        request: h11.Request | None = None
        body = b""
        while True:
            try:
                event = parser.next_event()
            except h11.RemoteProtocolError:
                conn.sendall(head(400, {"content-length": "0", "connection": "close"}))
                return None, b""
            if event is h11.NEED_DATA:
                data = conn.recv(65536)
                if not data:
                    return None, b""
                parser.receive_data(data)
            elif isinstance(event, h11.Request):
                request = event
            elif isinstance(event, h11.Data):
                body += bytes(event.data)
            elif isinstance(event, h11.EndOfMessage):
                break
            elif isinstance(event, h11.ConnectionClosed):
                return None, b""
        assert request is not None
        headers = {bytes(k).decode().lower(): bytes(v).decode("latin-1") for k, v in request.headers}
        seen = Seen(request.method.decode(), request.target.decode("latin-1"), headers, body, index)
        return seen, parser.trailing_data[0]

    def _act(self, conn: socket.socket, action: Action) -> bool:
        """Carry out one action; False when the connection is over."""
        if isinstance(action, Hold):
            action.release.wait(action.limit)
            action = action.then
        if isinstance(action, Reply):
            headers = {"content-length": str(len(action.body)), **action.headers}
            conn.sendall(head(action.status, headers) + action.body)
            return not action.close_after and headers.get("connection") != "close"
        if isinstance(action, Reset):
            _reset(conn)
            return False
        if isinstance(action, Drop):
            return False
        return self._raw(conn, action)

    def _raw(self, conn: socket.socket, action: Raw) -> bool:
        written = 0
        try:
            for i, part in enumerate(action.parts):
                if i and action.gap and self._stop.wait(action.gap):
                    break
                conn.sendall(part)
                written += len(part)
        except OSError:
            self.cut_off.set()
        finally:
            self.written.append(written)
        if action.reset:
            _reset(conn)
        return False


def _reset(conn: socket.socket) -> None:
    """Close with SO_LINGER 0: the peer sees a reset, not an orderly close."""
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


def trickle(data: bytes, size: int = 1) -> list[bytes]:
    """`data` in parts of `size` bytes."""
    return [data[i : i + size] for i in range(0, len(data), size)]


def chunks(parts: Iterable[bytes]) -> bytes:
    """A chunked transfer-encoded body of `parts`."""
    return b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in parts if p) + b"0\r\n\r\n"
