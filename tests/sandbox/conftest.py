"""Sandbox tests: one running sandbox for the session (through the plugin's fixture), fast clients.

The plugin is imported rather than listed in ``pytest_plugins``, which pytest allows only in the
root conftest. Rate limits are off in the shared sandbox; the rate-limit tests start their own.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

import httpx
import pytest

from scankit._base import AsyncClient, SyncClient, _Runtime
from scankit.sandbox import FAULT_HEADER, VENDORS, headers
from scankit.sandbox.pytest_plugin import scankit_sandbox, scankit_sandbox_env  # noqa: F401 - fixtures

C = TypeVar("C", bound=SyncClient | AsyncClient)


@pytest.fixture(scope="session")
def scankit_sandbox_options() -> dict[str, Any]:
    return {"rate_limits": False}


class VirtualClock:
    """Wall time that moves only when a client sleeps: pacing and retry waits cost nothing."""

    def __init__(self, start: float = 1_750_000_000.0) -> None:
        self.now = start
        self._lock = threading.Lock()

    def wall(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.now += max(seconds, 0.0)

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def runtime(self) -> _Runtime:
        return _Runtime(
            wall=self.wall, sleep=self.sleep, async_sleep=self.async_sleep, rng=lambda: 0.5, monotonic=self.wall
        )


def _fast(client: C) -> C:
    """The client with a virtual clock: it still paces and backs off, but never really waits."""
    client._runtime = VirtualClock().runtime()
    return client


@pytest.fixture(name="fast")
def fast_fixture() -> Callable[[C], C]:
    """``fast(client)``: the client on a virtual clock (pacing and backoff cost no real time)."""
    return _fast


@pytest.fixture
def auth() -> dict[str, dict[str, str]]:
    """Each vendor's credential headers, as a raw HTTP client sends them (from its spec)."""
    return {vendor: headers(vendor) for vendor in VENDORS}


def records(sandbox: Any, vendor: str, collection: str) -> list[dict[str, Any]]:
    """The records a sandbox serves for one of a vendor's component schemas (``Scan``)."""
    found: list[dict[str, Any]] = sandbox.app.state.vendors[vendor].records(collection)
    return found


class Traffic:
    """httpx event hooks: add the fault header to the first ``times`` requests, record every status."""

    def __init__(self, fault: str | None = None, times: int | None = None) -> None:
        self.fault = fault
        self.times = times
        self.sent = 0
        self.statuses: list[int] = []
        self.clients: list[httpx.Client] = []

    def on_request(self, request: httpx.Request) -> None:
        if self.fault is not None and (self.times is None or self.sent < self.times):
            request.headers[FAULT_HEADER] = self.fault
        self.sent += 1

    def on_response(self, response: httpx.Response) -> None:
        self.statuses.append(response.status_code)

    async def aon_request(self, request: httpx.Request) -> None:
        self.on_request(request)

    async def aon_response(self, response: httpx.Response) -> None:
        self.on_response(response)

    def http(self) -> httpx.Client:
        """An httpx client with the hooks, closed by :meth:`close` (a scankit client never closes one it was given)."""
        client = httpx.Client(event_hooks={"request": [self.on_request], "response": [self.on_response]})
        self.clients.append(client)
        return client

    def close(self) -> None:
        for client in self.clients:
            client.close()

    def async_http(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(event_hooks={"request": [self.aon_request], "response": [self.aon_response]})


Factory = Callable[..., Any]


@pytest.fixture
def traffic() -> Any:
    """``traffic(fault=None, times=None)``: a :class:`Traffic`, whose httpx clients close after the test."""
    made: list[Traffic] = []

    def factory(fault: str | None = None, times: int | None = None) -> Traffic:
        made.append(Traffic(fault, times))
        return made[-1]

    yield factory
    for item in made:
        item.close()


@pytest.fixture
def make() -> Any:
    """``make(sandbox, vendor, **kwargs)``: a fast client, closed after the test."""
    opened: list[SyncClient] = []

    def factory(sandbox: Any, vendor: str, *, real_time: bool = False, **kwargs: Any) -> Any:
        client = sandbox.client(vendor, **kwargs)
        opened.append(client)
        return client if real_time else _fast(client)

    yield factory
    for client in opened:
        client.close()
