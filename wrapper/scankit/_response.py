"""Raw and streamed responses: `client.with_raw_response` and `client.with_streaming_response`.

The openai-python shapes, so users already know them:

    raw = client.with_raw_response.scans.get("scan_1")
    raw.status_code, raw.headers, raw.request_id, raw.retries_taken, raw.elapsed
    scan = raw.parse()                       # the same Scan the plain call returns

    with client.with_streaming_response.results.download("result_1") as response:
        response.stream_to_file(response.filename)    # memory stays flat, whatever the size

A raw call goes through the same request loop as the plain call (pacing, retries, errors); the
loop hands its last attempt to the innermost capture (`_capture`). A status error still raises
from the call itself, as in openai-python; a body that does not match the spec raises from
`parse()`, so its headers and status stay readable. A streamed call sends the request with
`stream=True` and leaves the body on the wire until it is read.
"""

from __future__ import annotations

import contextvars
import datetime
import email.message
import functools
import inspect
import mimetypes
import os
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar

import attrs
import httpx

from ._errors import ResponseValidationError
from ._options import RequestOptions, applied
from ._transport import ERROR_BODY_BYTES, MAX_BYTES_EXTENSION
from ._types import OMIT

if TYPE_CHECKING:
    from ._base import AsyncClient, AsyncResource, SyncClient, SyncResource
    from ._pagination import AsyncPaginator, Page, SyncPaginator
    from ._vendor import OperationInfo

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")
PR = TypeVar("PR")  # a list's page model (Page's second parameter)

STREAM_CHUNK = 64 * 1024
_EXTENSIONS = {"application/xml": ".xml", "text/xml": ".xml", "text/plain": ".txt", "application/json": ".json"}


@attrs.frozen
class Sent:
    """How one operation's request loop ended: the generated Response, the httpx response, retries taken."""

    result: Any  # the generated package's Response[...] (or a _Streamed)
    http_response: httpx.Response | None
    retries_taken: int

    @property
    def parsed(self) -> Any:
        return self.result.parsed

    @property
    def status_code(self) -> Any:
        return self.result.status_code


@attrs.define
class _Capture:
    sent: Sent | None = None


_capture: contextvars.ContextVar[_Capture | None] = contextvars.ContextVar("scankit_capture", default=None)


def finish(result: Any, http_response: httpx.Response | None, retries_taken: int) -> Sent:
    """The request loop's answer: recorded for a raw call, and a downloaded file gets its type and name."""
    sent = Sent(result, http_response, retries_taken)
    parsed: Any = getattr(result, "parsed", None)
    if http_response is not None and type(parsed).__name__ == "File" and hasattr(parsed, "mime_type"):
        parsed.mime_type = parsed.mime_type or _content_type(http_response.headers)
        parsed.file_name = parsed.file_name or _disposition_filename(http_response.headers)
    capture = _capture.get()
    if capture is not None:
        capture.sent = sent
    return sent


def _content_type(headers: httpx.Headers) -> str | None:
    value = headers.get("content-type")
    return value.split(";", 1)[0].strip().lower() or None if value else None


def _disposition_filename(headers: httpx.Headers) -> str | None:
    """The file name in Content-Disposition (RFC 6266, `filename*` too), without any directory part."""
    value = headers.get("content-disposition")
    if not value:
        return None
    message = email.message.Message()
    message["content-disposition"] = value
    name = message.get_filename()
    if not name:
        return None
    name = os.path.basename(name.replace("\\", "/")).strip()
    return name if name not in {"", ".", ".."} else None


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
        return self._http.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self._http.headers

    @property
    def url(self) -> httpx.URL:
        return self._http.url

    @property
    def method(self) -> str:
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
        return self._http.content

    @property
    def text(self) -> str:
        return self._http.text


def _raw(resource: Any, capture: _Capture, value: Any, error: BaseException | None) -> RawResponse[Any]:
    sent = capture.sent
    http = sent.http_response if sent is not None else getattr(error, "response", None)
    if not isinstance(http, httpx.Response):
        assert error is not None
        raise error
    header = resource._client.vendor.request_id_header
    return RawResponse(http, sent.retries_taken if sent else 0, header, value=value, error=error)


def to_raw_response(func: Callable[P, R]) -> Callable[P, RawResponse[R]]:
    """`client.with_raw_response.<resource>.<verb>`: the call, returning its `RawResponse`."""
    resource = getattr(func, "__self__", None)

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        capture = _Capture()
        token = _capture.set(capture)
        try:
            return _raw(resource, capture, func(*args, **kwargs), None)
        except ResponseValidationError as exc:
            return _raw(resource, capture, None, exc)
        finally:
            _capture.reset(token)

    return wrapped


def async_to_raw_response(func: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[RawResponse[R]]]:
    """The async twin of `to_raw_response`."""
    resource = getattr(func, "__self__", None)

    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        capture = _Capture()
        token = _capture.set(capture)
        try:
            return _raw(resource, capture, await func(*args, **kwargs), None)
        except ResponseValidationError as exc:
            return _raw(resource, capture, None, exc)
        finally:
            _capture.reset(token)

    return wrapped


def _page_raw(resource: Any, page: Page[T, PR], capture: _Capture) -> RawResponse[Page[T, PR]]:
    http = page.http_response
    assert http is not None  # every page the paginator builds came from a response
    sent = capture.sent
    return RawResponse(http, sent.retries_taken if sent else 0, resource._client.vendor.request_id_header, value=page)


def to_raw_page(func: Callable[P, SyncPaginator[T, PR]]) -> Callable[P, RawResponse[Page[T, PR]]]:
    """A list's raw call: its first page (`.parse()` is the `Page`; `page.next` continues)."""
    resource = getattr(func, "__self__", None)

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[Page[T, PR]]:
        capture = _Capture()
        token = _capture.set(capture)
        try:
            return _page_raw(resource, func(*args, **kwargs).first_page(), capture)
        finally:
            _capture.reset(token)

    return wrapped


def async_to_raw_page(
    func: Callable[P, AsyncPaginator[T, PR]],
) -> Callable[P, Awaitable[RawResponse[Page[T, PR]]]]:
    """The async twin of `to_raw_page`."""
    resource = getattr(func, "__self__", None)

    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[Page[T, PR]]:
        capture = _Capture()
        token = _capture.set(capture)
        try:
            return _page_raw(resource, await func(*args, **kwargs).first_page(), capture)
        finally:
            _capture.reset(token)

    return wrapped


# -- streaming ---------------------------------------------------------------------------------


@attrs.frozen
class _Streamed:
    """What the streaming send gives the request loop in place of a generated Response."""

    parsed: httpx.Response

    @property
    def status_code(self) -> int:
        return self.parsed.status_code


def _read_error_body(response: httpx.Response, chunks: Iterator[bytes]) -> None:
    body = bytearray()
    for chunk in chunks:
        body += chunk
        if len(body) >= ERROR_BODY_BYTES:
            break
    # the error is built from `response.content`; what is past the limit is never read
    response._content = bytes(body[:ERROR_BODY_BYTES])  # httpx's cache of the read body


async def _aread_error_body(response: httpx.Response) -> None:
    body = bytearray()
    async for chunk in response.aiter_bytes():
        body += chunk
        if len(body) >= ERROR_BODY_BYTES:
            break
    response._content = bytes(body[:ERROR_BODY_BYTES])


def _stream_request(http: Any, get_kwargs: Callable[..., dict[str, Any]], kwargs: Mapping[str, Any]) -> httpx.Request:
    request: httpx.Request = http.build_request(**get_kwargs(**kwargs))
    request.extensions[MAX_BYTES_EXTENSION] = None  # a streamed body may be any size: the caller reads it piecewise
    return request


def _check_success(client: Any, op: OperationInfo, response: httpx.Response) -> None:
    """A 3xx is not a file: the plain call would say the same (`_parsed`)."""
    if 300 <= response.status_code < 400:
        raise ResponseValidationError(
            vendor=client.vendor.name,
            operation=op.name,
            path=None,
            detail=f"status {response.status_code} is not a success the spec declares for this operation",
            response=response,
        )


def _split_options(func: Callable[..., Any], args: Any, kwargs: Any) -> tuple[dict[str, Any], RequestOptions | None]:
    bound = inspect.signature(func).bind(*args, **kwargs)
    bound.apply_defaults()
    named = dict(bound.arguments)
    options = RequestOptions.of(
        named.pop("extra_headers", None), named.pop("extra_query", None), named.pop("timeout", OMIT)
    )
    named.pop("extra_body", None)  # the operations that stream have no body
    return named, options


class _StreamedInfo(_ResponseInfo):
    def __init__(self, http_response: httpx.Response, retries_taken: int, header: str | None, stem: str) -> None:
        super().__init__(http_response, retries_taken, header)
        self._stem = stem

    @property
    def content_type(self) -> str | None:
        """The media type of the body (Content-Type without its parameters)."""
        return _content_type(self._http.headers)

    @property
    def filename(self) -> str:
        """The server's file name (Content-Disposition), else the id asked for plus the media type's extension."""
        given = _disposition_filename(self._http.headers)
        if given:
            return given
        content_type = self.content_type
        ext = (_EXTENSIONS.get(content_type) or mimetypes.guess_extension(content_type) or "") if content_type else ""
        return f"{self._stem}{ext}"


class StreamedResponse(_StreamedInfo):
    """A response whose body is still on the wire: iterate it or stream it to a file, once."""

    def iter_bytes(self, chunk_size: int | None = STREAM_CHUNK) -> Iterator[bytes]:
        return self._http.iter_bytes(chunk_size)

    def stream_to_file(self, path: str | os.PathLike[str], *, chunk_size: int | None = STREAM_CHUNK) -> int:
        """Write the body to `path` as it arrives; the number of bytes written."""
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
        self._http.close()


class AsyncStreamedResponse(_StreamedInfo):
    """The async twin of `StreamedResponse`."""

    def iter_bytes(self, chunk_size: int | None = STREAM_CHUNK) -> AsyncIterator[bytes]:
        return self._http.aiter_bytes(chunk_size)

    async def stream_to_file(self, path: str | os.PathLike[str], *, chunk_size: int | None = STREAM_CHUNK) -> int:
        """Write the body to `path` as it arrives; the number of bytes written."""
        written = 0
        with Path(path).open("wb") as fh:  # local disk writes are short: not worth a thread per chunk
            async for chunk in self._http.aiter_bytes(chunk_size):
                fh.write(chunk)
                written += len(chunk)
        return written

    async def read(self) -> bytes:
        return await self._http.aread()

    async def close(self) -> None:
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


def _stem(named: Mapping[str, Any]) -> str:
    first = next(iter(named.values()), None)
    return os.path.basename(str(first)) or "download" if first is not None else "download"


def to_streamed_response(
    func: Callable[P, Any], resource: SyncResource, op: OperationInfo, get_kwargs: Callable[..., dict[str, Any]]
) -> Callable[P, StreamedResponseContext]:
    """`client.with_streaming_response.<resource>.<verb>`: the same call, its body left on the wire.

    It goes through the client's request loop (pacing, retries before any byte is read, errors).
    """
    client: SyncClient = resource._client

    def send(*, client: Any, **kwargs: Any) -> _Streamed:
        http = client.get_httpx_client()
        response: httpx.Response = http.send(_stream_request(http, get_kwargs, kwargs), stream=True)
        if response.status_code >= 400:
            try:
                _read_error_body(response, response.iter_bytes())
            finally:
                response.close()
        return _Streamed(response)

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> StreamedResponseContext:
        named, options = _split_options(func, args, kwargs)

        def open_() -> StreamedResponse:
            with applied(client, options):
                sent = client._send(op, send, named)
            response: httpx.Response = sent.parsed
            try:
                _check_success(client, op, response)
            except BaseException:
                response.close()
                raise
            return StreamedResponse(response, sent.retries_taken, client.vendor.request_id_header, _stem(named))

        return StreamedResponseContext(open_)

    return wrapped


def async_to_streamed_response(
    func: Callable[P, Awaitable[Any]],
    resource: AsyncResource,
    op: OperationInfo,
    get_kwargs: Callable[..., dict[str, Any]],
) -> Callable[P, AsyncStreamedResponseContext]:
    """The async twin of `to_streamed_response`."""
    client: AsyncClient = resource._client

    async def send(*, client: Any, **kwargs: Any) -> _Streamed:
        http = client.get_async_httpx_client()
        response: httpx.Response = await http.send(_stream_request(http, get_kwargs, kwargs), stream=True)
        if response.status_code >= 400:
            try:
                await _aread_error_body(response)
            finally:
                await response.aclose()
        return _Streamed(response)

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> AsyncStreamedResponseContext:
        named, options = _split_options(func, args, kwargs)

        async def open_() -> AsyncStreamedResponse:
            with applied(client, options):
                sent = await client._send(op, send, named)
            response: httpx.Response = sent.parsed
            try:
                _check_success(client, op, response)
            except BaseException:
                await response.aclose()
                raise
            return AsyncStreamedResponse(response, sent.retries_taken, client.vendor.request_id_header, _stem(named))

        return AsyncStreamedResponseContext(open_)

    return wrapped
