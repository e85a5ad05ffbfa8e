"""A webhook receiver for the tests: a stdlib HTTP server on 127.0.0.1 that verifies with scankit.

Each POST is verified with `scankit.webhooks.unwrap`; a good one is kept (and answered 200 or, to
exercise retries, with the statuses queued in `answers`), a bad one answered 400 with the failed
check recorded. Waiting is on a condition, never a sleep.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

import scankit


class Receiver:
    def __init__(self, vendor: str, secret: str, *, tolerance: float | None = 300.0) -> None:
        self.vendor = vendor
        self.secret = secret
        self.tolerance = tolerance
        self.events: list[tuple[Any, dict[str, str]]] = []  # (typed event, headers)
        self.refusals: list[str] = []  # the failed checks
        self.answers: list[int] = []  # statuses to answer verified deliveries with, first come first
        self.requests = 0
        self._cond = threading.Condition()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                headers = dict(self.headers.items())
                status = 200
                try:
                    event = scankit.webhooks.unwrap(
                        receiver.vendor,  # type: ignore[call-overload]
                        body,
                        headers,
                        secret=receiver.secret,
                        tolerance=receiver.tolerance,
                    )
                except scankit.WebhookVerificationError as exc:
                    with receiver._cond:
                        receiver.refusals.append(exc.check)
                    status = 400
                else:
                    with receiver._cond:
                        status = receiver.answers.pop(0) if receiver.answers else 200
                        if status == 200:
                            receiver.events.append((event, headers))
                with receiver._cond:
                    receiver.requests += 1
                    receiver._cond.notify_all()
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:  # quiet
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Receiver:
        self._thread.start()
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.server.shutdown()
        self.server.server_close()

    def wait_for(self, predicate: Callable[[Receiver], bool], timeout: float = 15.0) -> None:
        with self._cond:
            if not self._cond.wait_for(lambda: predicate(self), timeout=timeout):
                raise AssertionError(
                    f"timed out: {self.requests} requests, {len(self.events)} events, refusals {self.refusals}"
                )
