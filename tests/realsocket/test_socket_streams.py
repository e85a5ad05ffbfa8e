"""A streamed download on a real socket: every byte in order, in pieces as large as the reads allow.

httpcore reads 64 KiB at a time, and in async each read costs a trip through anyio and the event
loop: a 1 GiB download ran at a third of the sync client's speed. scankit's own async transport
reads the socket up to `ASYNC_READ_BYTES` at once (`_ReadAheadBackend`) and hands httpcore
`ASYNC_PIECE_BYTES` of it at a time (h11's copies stay in the CPU cache); these tests hold that on a
socket (so an anyio or httpx upgrade that undoes it shows here, not only in `make bench`), and that
the pieces a caller asks for, the body's size limit and a user's own client are what they were.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

import pytest
from conftest import Clients
from httpcore._backends.anyio import AnyIOStream
from loopback import Loopback, Reply

import scankit
from scankit._response import STREAM_CHUNK
from scankit._transport import ASYNC_PIECE_BYTES, ASYNC_READ_BYTES

SIZE = 8 * 1024 * 1024  # eight times the async read size: far more than one read can hold
BODY = os.urandom(SIZE)  # incompressible and never repeating: a piece out of order shows
MODES = pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])


def _serve(server: Loopback) -> None:
    server.handler = lambda seen: Reply(200, BODY, {"content-type": "application/octet-stream"})


async def _get(hs: Any, is_async: bool) -> Any:
    result = hs.scans.get("scan-1")
    return await result if is_async else result


async def _pieces(hs: Any, is_async: bool, chunk_size: int | None) -> list[bytes]:
    if not is_async:
        with hs.with_streaming_response.results.download("result-1") as response:
            return list(response.iter_bytes(chunk_size))
    async with hs.with_streaming_response.results.download("result-1") as response:
        return [piece async for piece in response.iter_bytes(chunk_size)]


async def test_an_async_download_is_read_in_large_pieces(
    server: Loopback, clients: Clients, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads: list[int] = []
    socket_read = AnyIOStream.read

    async def counted(self: AnyIOStream, max_bytes: int, timeout: float | None = None) -> bytes:
        data = await socket_read(self, max_bytes, timeout)
        reads.append(len(data))
        return data

    monkeypatch.setattr(AnyIOStream, "read", counted)
    _serve(server)
    hs = clients.make("hostedscan", server, is_async=True)
    pieces = await _pieces(hs, True, None)
    assert b"".join(pieces) == BODY
    assert max(reads) > 256 * 1024, "socket reads larger than httpcore's 64 KiB and asyncio's 256 KiB recv"
    assert max(reads) <= ASYNC_READ_BYTES
    assert max(map(len, pieces)) == ASYNC_PIECE_BYTES, "handed on in pieces larger than httpcore's 64 KiB"


@MODES
async def test_the_pieces_a_caller_asks_for_are_what_it_gets(
    is_async: bool, server: Loopback, clients: Clients
) -> None:
    _serve(server)
    pieces = await _pieces(clients.make("hostedscan", server, is_async=is_async), is_async, STREAM_CHUNK)
    assert b"".join(pieces) == BODY
    assert {len(p) for p in pieces[:-1]} == {STREAM_CHUNK}, "every piece but the last is exactly chunk_size"


@pytest.mark.parametrize("own_client", [False, True], ids=["scankit-client", "user-client"])
@MODES
async def test_stream_to_file_writes_the_body_as_sent(
    is_async: bool, own_client: bool, server: Loopback, clients: Clients, tmp_path: Path
) -> None:
    _serve(server)
    hs = clients.make("hostedscan", server, is_async=is_async, own_client=own_client)
    target = tmp_path / "result.bin"
    if is_async:
        async with hs.with_streaming_response.results.download("result-1") as response:
            written = await response.stream_to_file(target)
    else:
        with hs.with_streaming_response.results.download("result-1") as response:
            written = response.stream_to_file(target)
    assert written == SIZE
    assert hashlib.sha256(target.read_bytes()).digest() == hashlib.sha256(BODY).digest()


@MODES
async def test_a_page_larger_than_the_limit_still_stops_at_it(
    is_async: bool, server: Loopback, clients: Clients
) -> None:
    """A read of 1 MiB does not let a body past `max_response_bytes` (here a quarter of one read)."""
    limit = ASYNC_READ_BYTES // 4
    part = b" " * 65536  # 4 MiB in all
    server.handler = lambda seen: Reply(200, part * 64, {"content-type": "application/json"})
    hs = clients.make("hostedscan", server, is_async=is_async, max_response_bytes=limit, max_retries=0)
    with pytest.raises(scankit.ResponseTooLargeError) as caught:
        await _get(hs, is_async)
    assert caught.value.limit == limit
