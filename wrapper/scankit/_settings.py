"""What a client tells about itself: the read-only settings every client (and copy) shows, and
the parts of its session the pipeline reads (its httpx client, guard transport, clock).

A mixin of `_base._Core`, kept apart so the pipeline's module holds only the pipeline. It reads
the two values a client is made of: its `Session` (what copies share: vendor, base URL) and its
`ClientOptions` (what a copy may change). Nothing here sends or changes anything.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Generic

import httpx

from ._hooks import Hooks
from ._options import ClientOptions, PageConcurrency
from ._redact import redact_url
from ._session import H, Runtime, Session
from ._transport import AsyncGuardTransport, GuardTransport
from ._vendor import VendorInfo


class Settings(Generic[H]):
    """The settings a client was made with, read-only (`copy()` / `with_options()` change them)."""

    _session: Session[H]
    _options: ClientOptions

    @property
    def vendor(self) -> VendorInfo:
        """What scankit knows of the vendor: its name, slug, environment variables, rate limit."""
        return self._session.vendor

    @property
    def base_url(self) -> str:
        """Where requests go (the argument, the environment variable or the vendor's documented host)."""
        return self._session.base_url

    @property
    def timeout(self) -> httpx.Timeout | None:
        """Each request's timeout (None: none)."""
        return self._options.timeout

    @property
    def max_retries(self) -> int:
        """Retries of a failed request (429s and connection failures for any, other failures when idempotent)."""
        return self._options.max_retries

    @property
    def page_concurrency(self) -> PageConcurrency:
        """Pages a list fetches at once: a number, or ``"auto"`` (adaptive where no rate limit is documented)."""
        return self._options.page_concurrency

    @property
    def max_response_bytes(self) -> int | None:
        """The largest response body read, decoded (None: no limit); a larger one raises `ResponseTooLargeError`."""
        return self._options.max_response_bytes

    @property
    def deadline(self) -> float | None:
        """Seconds one attempt may take in all, body included (None: four read timeouts plus the connect timeout)."""
        return self._options.deadline

    @property
    def hooks(self) -> Hooks | None:
        """The `Hooks` called as each request is sent, answered, retried or fails."""
        return self._options.hooks

    def __repr__(self) -> str:  # never the key, nor a password in base_url
        return f"{type(self).__name__}(base_url={redact_url(self.base_url)!r})"

    @property
    def _runtime(self) -> Runtime:
        return self._session.runtime

    @_runtime.setter
    def _runtime(self, runtime: Runtime) -> None:  # tests: a fake clock for this client and its copies
        self._session.runtime = runtime

    @property
    def _http(self) -> H:
        return self._session.http

    @property
    def _transport(self) -> GuardTransport | AsyncGuardTransport:
        return self._session.transport

    @property
    def _auth_headers(self) -> Mapping[str, str]:
        return self._session.auth_headers
