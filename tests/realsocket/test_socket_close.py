"""Closing a client while a call of it is still opening its connection, on a real socket.

A listing the caller has left lets its pages in flight finish in the background, so a client can be
closed while one of them is connecting. httpx's pool closes the connections it holds, not one whose
socket is still being made: httpcore hands the socket over after the pool has closed, and it stayed
open until the garbage collector found it (a ResourceWarning in whatever ran next). Here the connect
is held open on purpose until the client has closed.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import httpcore
import pytest
from conftest import Clients
from loopback import Loopback, reply

import scankit
from scankit._transport import CLIENT_CLOSED, AsyncPools, Pools, _AsyncClosingBackend, _ClosingBackend


def _scan(seen: Any) -> Any:
    return reply(
        200,
        {
            "status": 200,
            "message": "ok",
            "data": {"object": "scan", "id": "scan_1", "created_at": 1700000000},
            "errors": [],
        },
    )


class HeldConnect(httpcore.NetworkBackend):
    """The real backend, each connect held (its socket made) until `release` is set."""

    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self.inner = inner
        self.made: list[Any] = []
        self.connected, self.release = threading.Event(), threading.Event()

    def connect_tcp(self, *args: Any, **kwargs: Any) -> httpcore.NetworkStream:
        stream = self.inner.connect_tcp(*args, **kwargs)
        self.made.append(stream)
        self.connected.set()
        self.release.wait(5)
        return stream


class AsyncHeldConnect(httpcore.AsyncNetworkBackend):
    def __init__(self, inner: httpcore.AsyncNetworkBackend) -> None:
        self.inner = inner
        self.made: list[Any] = []
        self.connected, self.release = asyncio.Event(), asyncio.Event()

    async def connect_tcp(self, *args: Any, **kwargs: Any) -> httpcore.AsyncNetworkStream:
        stream = await self.inner.connect_tcp(*args, **kwargs)
        self.made.append(stream)
        self.connected.set()
        await self.release.wait()
        return stream


def _closing_backends(pools: Pools | AsyncPools) -> list[Any]:
    """Each pool's `_ClosingBackend` (under the deadline or read-ahead backend, if any)."""
    found = []
    for transport in pools.transports:
        backend: Any = transport._pool._network_backend
        while not isinstance(backend, _ClosingBackend | _AsyncClosingBackend):
            backend = backend._inner
        found.append(backend)
    return found


def test_a_socket_opened_as_the_client_closes_is_closed_with_it(server: Loopback, clients: Clients) -> None:
    server.handler = _scan
    px = clients.make("packagex", server)
    pools = px._transport._inner
    assert type(pools) is Pools
    held = HeldConnect(_closing_backends(pools)[0]._inner)
    for backend in _closing_backends(pools):
        backend._inner = held
    failed: list[BaseException] = []

    def call() -> None:
        try:
            px.scans.get("scan_1")
        except BaseException as exc:  # what the call ends with, looked at below
            failed.append(exc)

    caller = threading.Thread(target=call)
    caller.start()
    assert held.connected.wait(5), "the call is connecting"
    px.close()
    held.release.set()
    caller.join(5)
    assert not caller.is_alive()
    (stream,) = held.made
    assert stream.get_extra_info("socket").fileno() == -1, "the socket opened as the client closed is closed"
    (error,) = failed
    assert isinstance(error, scankit.ClientClosedError), "as a call made after close() ends"
    assert server.connections == 1, "and no other was opened"


async def test_an_async_socket_opened_as_the_client_closes_is_closed_with_it(
    server: Loopback, clients: Clients
) -> None:
    server.handler = _scan
    px = clients.make("packagex", server, is_async=True)
    pools = px._transport._inner
    assert type(pools) is AsyncPools
    held = AsyncHeldConnect(_closing_backends(pools)[0]._inner)
    for backend in _closing_backends(pools):
        backend._inner = held
    call = asyncio.create_task(px.scans.get("scan_1"))
    await asyncio.wait_for(held.connected.wait(), 5)
    await px.aclose()
    held.release.set()
    with pytest.raises(scankit.ClientClosedError):
        await asyncio.wait_for(call, 5)
    (stream,) = held.made
    transport = stream._stream._transport  # anyio's stream over asyncio's transport
    assert transport.is_closing(), "the socket opened as the client closed is closed"


def test_a_closed_clients_pools_open_no_socket(server: Loopback, clients: Clients) -> None:
    server.handler = _scan
    px = clients.make("packagex", server)
    pools = px._transport._inner
    px.close()
    backend = _closing_backends(pools)[0]
    with pytest.raises(httpcore.ConnectError, match=CLIENT_CLOSED):
        backend.connect_tcp("127.0.0.1", server.port)
    assert server.connections == 0
