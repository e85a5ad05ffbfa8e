"""What users touch of an HTTP exchange: `client.with_raw_response` and `client.with_streaming_response`.

The openai-python shapes, so users already know them:

    raw = client.with_raw_response.scans.get("scan_1")
    raw.status_code, raw.headers, raw.request_id, raw.retries_taken, raw.elapsed
    scan = raw.parse()                       # the same Scan the plain call returns

    with client.with_streaming_response.results.download("result_1") as response:
        response.stream_to_file(response.filename)    # memory stays flat, whatever the size

Raw and streamed calls go through the same request loop as plain ones (pacing, retries, errors;
`scankit._resource` makes them). A status error still raises from the call itself, as in
openai-python; a body that does not match the spec raises from `parse()`, so its headers and
status stay readable. A streamed body stays on the wire until it is read.
"""

from __future__ import annotations

import datetime
import mimetypes
import os
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Generic, TypeVar

import httpx

from ._call import content_type, disposition_filename

T = TypeVar("T")

STREAM_CHUNK = 64 * 1024
_EXTENSIONS = {"application/xml": ".xml", "text/xml": ".xml", "text/plain": ".txt", "application/json": ".json"}


def _request_id(response: httpx.Response, header: str | None) -> str | None:
    found: str | None = (response.headers.get(header) if header else None) or response.headers.get("x-request-id")
    return found


class _ResponseInfo:
    """What every raw or streamed response tells about the HTTP exchange."""

    def __init__(self, http_response: httpx.Response, retries_taken: int, request_id_header: str | None) -> None:
        self._http = http_response
        self._retries = retries_taken
        self._rid_header = request_id_header

    @property
    def http_response(self) -> httpx.Response:
        """The `httpx.Response` itself."""
        return self._http

    @property
    def status_code(self) -> int:
        """The HTTP status code."""
        return self._http.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers (case-insensitive), rate-limit headers among them."""
        return self._http.headers

    @property
    def url(self) -> httpx.URL:
        """The URL the response came from (after any redirect)."""
        return self._http.url

    @property
    def method(self) -> str:
        """The request's HTTP method."""
        return self._http.request.method

    @property
    def request_id(self) -> str | None:
        """The vendor's request id header (or `x-request-id`), for a support ticket."""
        return _request_id(self._http, self._rid_header)

    @property
    def retries_taken(self) -> int:
        """How many times the request was retried before this response (0: the first attempt)."""
        return self._retries

    @property
    def elapsed(self) -> datetime.timedelta:
        """From sending the request to the end of its body (httpx's `Response.elapsed`).

        Before a streamed body is read: until its headers arrived, as scankit measured it.
        """
        try:
            return self._http.elapsed
        except RuntimeError:  # httpx knows it only once the body is read or closed
            measured = self._http.extensions.get("scankit_elapsed")
            return datetime.timedelta(seconds=measured if isinstance(measured, float) else 0.0)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} [{self.status_code} {self._http.reason_phrase}] {self.method} {self.url.path}>"


class RawResponse(_ResponseInfo, Generic[T]):
    """The HTTP response of a call, with `.parse()` giving what the plain call returns."""

    def __init__(
        self,
        http_response: httpx.Response,
        retries_taken: int,
        request_id_header: str | None,
        *,
        value: T | None = None,
        error: BaseException | None = None,
    ) -> None:
        super().__init__(http_response, retries_taken, request_id_header)
        self._value = value
        self._error = error

    def parse(self) -> T:
        """The result of the plain call (the resource, unwrapped); raises what the plain call raises."""
        if self._error is not None:
            raise self._error
        return self._value  # type: ignore[return-value]  # T may itself be None (a body-less success)

    @property
    def content(self) -> bytes:
        """The body as received (decompressed)."""
        return self._http.content

    @property
    def text(self) -> str:
        """The body decoded as text."""
        return self._http.text


# -- streaming ---------------------------------------------------------------------------------


class _StreamedInfo(_ResponseInfo):
    def __init__(self, http_response: httpx.Response, retries_taken: int, header: str | None, stem: str) -> None:
        super().__init__(http_response, retries_taken, header)
        self._stem = stem

    @property
    def content_type(self) -> str | None:
        """The media type of the body (Content-Type without its parameters)."""
        return content_type(self._http.headers)

    @property
    def filename(self) -> str:
        """The server's file name (Content-Disposition), else the id asked for plus the media type's extension."""
        given = disposition_filename(self._http.headers)
        if given:
            return given
        content_type = self.content_type
        ext = (_EXTENSIONS.get(content_type) or mimetypes.guess_extension(content_type) or "") if content_type else ""
        return f"{self._stem}{ext}"


class StreamedResponse(_StreamedInfo):
    """A response whose body is still on the wire: iterate it or stream it to a file, once."""

    def iter_bytes(self, chunk_size: int | None = STREAM_CHUNK) -> Iterator[bytes]:
        """The body in chunks as it arrives (once)."""
        return self._http.iter_bytes(chunk_size)

    def stream_to_file(self, path: str | os.PathLike[str], *, chunk_size: int | None = None) -> int:
        """Write the body to `path` as it arrives; the number of bytes written.

        Each piece is written as it arrives, one socket read at a time (an inflated body 256 KiB at
        a time); `chunk_size` re-cuts them to that size first, which costs a copy of every byte.
        """
        written = 0
        with Path(path).open("wb") as fh:
            for chunk in self._http.iter_bytes(chunk_size):
                fh.write(chunk)
                written += len(chunk)
        return written

    def read(self) -> bytes:
        """The whole body in memory (for small files)."""
        return self._http.read()

    def close(self) -> None:
        """Close the connection without reading the rest (the `with` block does it for you)."""
        self._http.close()


class AsyncStreamedResponse(_StreamedInfo):
    """The async twin of `StreamedResponse`."""

    def iter_bytes(self, chunk_size: int | None = STREAM_CHUNK) -> AsyncIterator[bytes]:
        """The body in chunks as it arrives (once): `async for chunk in response.iter_bytes():`."""
        return self._http.aiter_bytes(chunk_size)

    async def stream_to_file(self, path: str | os.PathLike[str], *, chunk_size: int | None = None) -> int:
        """Write the body to `path` as it arrives; the number of bytes written (see `StreamedResponse`)."""
        written = 0
        with Path(path).open("wb") as fh:  # local disk writes are short: not worth a thread per chunk
            async for chunk in self._http.aiter_bytes(chunk_size):
                fh.write(chunk)
                written += len(chunk)
        return written

    async def read(self) -> bytes:
        """The whole body in memory (for small files)."""
        return await self._http.aread()

    async def close(self) -> None:
        """Close the connection without reading the rest (the `async with` block does it for you)."""
        await self._http.aclose()


class StreamedResponseContext:
    """`with client.with_streaming_response.<resource>.<verb>(...) as response:`; closes the connection after."""

    def __init__(self, open_: Callable[[], StreamedResponse]) -> None:
        self._open = open_
        self._response: StreamedResponse | None = None

    def __enter__(self) -> StreamedResponse:
        self._response = self._open()
        return self._response

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._response is not None:
            self._response.close()


class AsyncStreamedResponseContext:
    """`async with client.with_streaming_response.<resource>.<verb>(...) as response:`."""

    def __init__(self, open_: Callable[[], Awaitable[AsyncStreamedResponse]]) -> None:
        self._open = open_
        self._response: AsyncStreamedResponse | None = None

    async def __aenter__(self) -> AsyncStreamedResponse:
        self._response = await self._open()
        return self._response

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._response is not None:
            await self._response.close()
