"""Fixtures of the real-socket suite: loopback servers and scankit clients pointed at them.

The clients keep the real clock (deadlines are measured on it) but never really sleep between
retries or for the rate limiter: `sleeps` records what they would have waited.
"""

from __future__ import annotations

import asyncio
import importlib
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from loopback import Loopback

from scankit._base import _Runtime

SECRET = "sk-live-5ecret-SOCKET-0123456789"
TOKEN = "tok-5ecret-SOCKET-9876543210"


@pytest.fixture
def server() -> Iterator[Loopback]:
    with Loopback() as s:
        yield s


@pytest.fixture
def storage() -> Iterator[Loopback]:
    """A second origin (another port): a storage host a vendor redirects downloads to."""
    with Loopback() as s:
        yield s


class Clients:
    """Builds vendor clients on a loopback server and closes them (and user clients) at the end."""

    def __init__(self) -> None:
        self.sleeps: list[float] = []
        self._sync: list[Any] = []
        self._async: list[Any] = []

    def _runtime(self) -> _Runtime:
        async def async_sleep(seconds: float) -> None:
            self.sleeps.append(seconds)
            await asyncio.sleep(0)  # not slept, but a turn for the other tasks, as a real sleep gives

        return _Runtime(sleep=self.sleeps.append, async_sleep=async_sleep)

    def make(
        self,
        vendor: str,
        server: Loopback,
        *,
        is_async: bool = False,
        own_client: bool = False,
        path: str = "",
        **kwargs: Any,
    ) -> Any:
        """A client of `vendor` (slug) on `server`; `own_client`: through a user's httpx client that
        follows redirects and has auth of its own (scankit must still keep both home)."""
        module = importlib.import_module(f"scankit.vendors.{vendor}")
        cls = next(
            getattr(module, name)
            for name in dir(module)
            if isinstance(getattr(module, name), type)
            and getattr(module, name).__module__ == module.__name__
            and issubclass(getattr(module, name), _client_base(is_async))
        )
        kwargs.setdefault("api_key", SECRET)
        kwargs.setdefault("base_url", server.url + path)
        tokens = module.VENDOR.auth.tokens
        if tokens:
            kwargs.setdefault(tokens[-1].arg, TOKEN)
        if own_client:
            user_cls = httpx.AsyncClient if is_async else httpx.Client
            kwargs["http_client"] = user_cls(follow_redirects=True, auth=("user", "pa55-USER-secret"))
        client = cls(**kwargs)
        client._runtime = self._runtime()
        (self._async if is_async else self._sync).append((client, kwargs.get("http_client")))
        return client

    def close(self) -> None:
        # A listing left early may still be fetching in the background: closing its client closes
        # those connections too, one still being opened included (test_socket_close.py).
        for client, user in self._sync:
            client.close()
            if user is not None:
                user.close()

    async def aclose(self) -> None:
        for client, user in self._async:
            await client.aclose()
            if user is not None:
                await user.aclose()


def _client_base(is_async: bool) -> type:
    from scankit._base import AsyncClient, SyncClient

    return AsyncClient if is_async else SyncClient


@pytest.fixture
async def clients() -> Any:
    made = Clients()
    yield made
    made.close()
    await made.aclose()
