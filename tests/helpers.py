"""Shared test helpers: a fake clock (no test ever really sleeps) and clients on MockTransport.

A plain module, not conftest.py: tests/<dir>/conftest.py files would shadow `from conftest import`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import httpx

from scankit._base import AsyncClient, SyncClient, _Runtime

C = TypeVar("C", bound=SyncClient | AsyncClient)


class FakeClock:
    """Monotonic and wall time that only move when someone sleeps."""

    def __init__(self, start: float = 1_700_000_000.0) -> None:
        self.now = start
        self.sleeps: list[float] = []

    def wall(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def runtime(self) -> _Runtime:
        return _Runtime(
            wall=self.wall, sleep=self.sleep, async_sleep=self.async_sleep, rng=lambda: 0.5, monotonic=self.wall
        )


Handler = Callable[[httpx.Request], httpx.Response]


def make(cls: type[C], handler: Handler, clock: FakeClock, **kwargs: Any) -> C:
    """A vendor client whose requests go to `handler`, with the fake clock, and no env needed."""
    transport = httpx.MockTransport(handler)
    http: Any
    http = httpx.AsyncClient(transport=transport) if issubclass(cls, AsyncClient) else httpx.Client(transport=transport)
    kwargs.setdefault("api_key", "sk-test-secret-123")
    kwargs.setdefault("base_url", "https://vendor.test")
    client = cls(http_client=http, **kwargs)
    client._runtime = clock.runtime()
    return client
