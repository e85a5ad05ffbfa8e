"""The request loop's records, and whether the spec promised the response it got.

`Endpoint[T]` is an operation as the loop sends it: the spec's facts (it is an `OperationInfo`), the
generated package's request builder (`_get_kwargs`) and parser (`_parse_response`), and `T`, the
type the spec promises — the facade declares `Endpoint[Scan]`, so the type travels with the call and
nothing checks it again at run time. `encode` turns the facade's arguments into the builder's; a
`Call` is one operation call's working state as it passes down the loop's layers; `Sent` is what the
loop hands back. `Reader` reads an answer the loop accepted, and refuses what the spec does not
declare: an undeclared status, a body that does not parse, an envelope without the resource.
Nothing here sends.
"""

from __future__ import annotations

import email.message
import json
import os
import threading
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import Any, Generic, Protocol, TypeVar, cast

import attrs
import httpx

from ._checks import check_path_params
from ._errors import ResponseValidationError
from ._hooks import Observer
from ._options import FinalOptions, merge_body
from ._redact import redact_text
from ._transport import ERROR_BODY_BYTES
from ._vendor import OperationInfo, VendorInfo

T = TypeVar("T")


@attrs.frozen
class Endpoint(OperationInfo, Generic[T]):
    """An operation with the generated code that builds its request and parses its answer, typed `T`."""

    build: Callable[..., dict[str, Any]] = attrs.field(kw_only=True, eq=False)  # the generated _get_kwargs
    parse: Callable[..., object] = attrs.field(kw_only=True, eq=False)  # the generated _parse_response
    unwrap: tuple[str, ...] = attrs.field(default=(), kw_only=True)  # x-scankit-unwrap, as attributes
    nullable: bool = attrs.field(default=False, kw_only=True)  # a success without a body is declared


@attrs.define  # not frozen: made once a call and never changed (frozen, it cost 0.35 µs a call to make)
class Sent(Generic[T]):
    """How one operation call's loop ended: the answer, its HTTP response, the retries it took."""

    parsed: T
    http_response: httpx.Response
    retries_taken: int


class Later(Generic[T]):
    """A list page's answer, read into its models when it is wanted (`Reader.page_later`).

    A listing fetches pages ahead of its caller, up to its page concurrency (at most 64). Read as each
    arrives, those pages wait as models: tens of thousands of objects that outlive the garbage
    collector's young generation, so its older generations are collected again and again, and a
    page's models cost more in collections than in parsing. Kept as the body the server sent until
    the listing reaches the page, they wait as bytes, and the models of a page the caller has gone
    through are let go young. Measured on a PackageX listing of 10,000 items with 64 pages in
    flight (bench/listing.py): collections 4× fewer, the client's CPU 20 % less.

    A watched call (hooks, tracing, the debug log) is read at once instead, by the request loop: its
    span and its `on_error` hook then report a body that does not parse, as for any other call.
    Read once; the answer is kept.
    """

    __slots__ = ("_endpoint", "_read", "_response", "_value")

    def __init__(
        self, read: Callable[[Endpoint[T], httpx.Response], T], endpoint: Endpoint[T], response: httpx.Response
    ) -> None:
        self._read = read
        self._endpoint = endpoint
        self._response = response
        self._value: T | Later[T] = self  # itself: not read yet (None may be an answer)

    def __call__(self) -> T:
        """The answer, read now if it has not been (a `ResponseValidationError` if it does not parse)."""
        value = self._value
        if value is self:
            value = self._value = self._read(self._endpoint, self._response)
        return cast(T, value)

    def __repr__(self) -> str:
        state = "unread" if self._value is self else "read"
        return f"<Later {self._endpoint.name} {state}>"


class Meter(Protocol):
    """Hears every attempt of a call: a listing's adaptive page concurrency (`_pagination`) is one."""

    def sending(self) -> Any:
        """An attempt is about to go out; what it returns comes back to `answered`."""

    def answered(self, sending: Any, status: int | None) -> bool:
        """That attempt's status, or None when it got no response; True when it was refused for a
        crowd the meter itself sent (the request loop does not count such a refusal against
        `max_retries`, up to `excusable` times a call)."""

    def retry_delay(self) -> float | None:
        """The back-off an attempt refused with 429 starts from, doubled at each refusal (None: the client's own)."""

    @property
    def excusable(self) -> int:
        """How many of one call's refusals for its own crowding are not counted against `max_retries`."""


@attrs.frozen(eq=False)
class Call(Generic[T]):
    """One operation call on its way down the loop: what to send, its settings, who watches."""

    endpoint: Endpoint[T]
    request: dict[str, Any]  # the generated builder's keyword arguments for httpx's build_request
    options: FinalOptions
    extensions: dict[str, Any]  # per-attempt limits for the guard transport
    stream: bool
    observer: Observer | None
    meter: Meter | None = None
    # A page of a sync listing: set once its caller has left the walk, when nobody will read the
    # answer (the request loop then neither retries it nor sleeps out a back-off for it)
    left: threading.Event | None = None


def extensions(options: FinalOptions, stream: bool) -> dict[str, Any]:
    """What each attempt's request carries: its timeout, and the guard transport's size limit and deadline."""
    return options.stream_extensions if stream else options.request_extensions


def encode(
    vendor: VendorInfo, op: OperationInfo, kwargs: Mapping[str, Any], extra_body: Mapping[str, Any]
) -> dict[str, Any]:
    """The facade's arguments as the generated builder takes them (None: not sent, the builder's default)."""
    if op.path_params:
        check_path_params(vendor, op, kwargs)
    out = {name: value for name, value in kwargs.items() if value is not None}
    for name, model in op.models.items():
        given = out.get(name)
        if isinstance(given, Mapping):  # a TypedDict of the model's JSON keys: checked as it parses
            parsed = model.from_dict(given)
            if name not in op.json_params:  # JSON is sent as given, keys in the caller's order
                out[name] = parsed
    for name, enum_cls in op.enum_params.items():
        given = out.get(name)
        if isinstance(given, str) and not isinstance(given, enum_cls):
            out[name] = enum_cls(given)
        elif isinstance(given, list | tuple):
            out[name] = [enum_cls(v) if isinstance(v, str) and not isinstance(v, enum_cls) else v for v in given]
    for name in op.json_params:
        value: Any = out.get(name)
        if value is not None and hasattr(value, "to_dict"):
            out[name] = json.dumps(value.to_dict(), separators=(",", ":"))
        elif isinstance(value, Mapping):
            out[name] = json.dumps(dict(value), separators=(",", ":"), default=str)
    if extra_body:
        out["body"] = merge_body(out.get("body"), extra_body)
    return out


@attrs.frozen(eq=False)
class Reader:
    """Reads what the loop accepted (a status below 400) as the spec says it should be."""

    vendor: VendorInfo
    secrets: tuple[str, ...]
    generated: Any  # the generated package's client: its parsers read `raise_on_unexpected_status`

    def result(self, endpoint: Endpoint[T], response: httpx.Response) -> T:
        """The answer of a single call: the (unwrapped) resource, or None where the spec allows none.

        A 3xx (a redirect without Location, a 304) or a 2xx the spec does not declare parses to None:
        that must never pass for "nothing to say". An unwrapped call may be empty only with a 204.
        """
        value = self._parsed(endpoint, response)
        status = response.status_code
        if value is None:
            if endpoint.nullable and 200 <= status < 300 and (status == 204 or not endpoint.unwrap):
                return cast(T, None)  # Endpoint[X | None]: the facade's type says so
            raise self._undeclared(endpoint, response)
        for name in endpoint.unwrap:
            inner = getattr(value, name, None)
            if inner is None or type(inner).__name__ == "Unset":
                raise ResponseValidationError(
                    vendor=self.vendor.name,
                    operation=endpoint.name,
                    path=".".join(endpoint.unwrap),
                    detail="the envelope has no such field",
                )
            value = inner
        return cast(T, value)  # the generator's 2xx branches give the type the facade declares

    def page(self, endpoint: Endpoint[T], response: httpx.Response) -> T:
        """A list's page: an undeclared status never reads as "no items"."""
        value = self._parsed(endpoint, response)
        if value is None:
            raise self._undeclared(endpoint, response)
        return cast(T, value)

    def page_later(self, endpoint: Endpoint[T], response: httpx.Response) -> Later[T]:
        """A list's page, read (`page`) when the listing gets to it: see `Later`."""
        return Later(self.page, endpoint, response)

    def outcome(
        self, endpoint: Endpoint[T], response: httpx.Response
    ) -> tuple[T | None, ResponseValidationError | None]:
        """For a raw call: the answer, or the error its `parse()` will raise (headers stay readable)."""
        try:
            return self.result(endpoint, response), None
        except ResponseValidationError as exc:
            return None, exc

    def stream(self, endpoint: Endpoint[Any], response: httpx.Response) -> httpx.Response:
        """A streamed body, still on the wire; a 3xx is not a file (closed here, then refused)."""
        if 300 <= response.status_code < 400:
            response.close()
            raise self._undeclared(endpoint, response)
        return response

    async def astream(self, endpoint: Endpoint[Any], response: httpx.Response) -> httpx.Response:
        if 300 <= response.status_code < 400:
            await response.aclose()
            raise self._undeclared(endpoint, response)
        return response

    def _parsed(self, endpoint: Endpoint[Any], response: httpx.Response) -> Any:
        try:
            value: Any = endpoint.parse(client=self.generated, response=response)
        except Exception as exc:
            # The generated package raises its ParseError for a body that does not match the spec; a
            # documented error status with a non-JSON body raises json's ValueError.
            if not isinstance(exc, self.vendor.parse_error | ValueError | KeyError | TypeError):
                raise
            raise self._invalid(endpoint, exc, response) from exc
        if type(value).__name__ == "File" and hasattr(value, "mime_type"):  # a download gets its type and name
            value.mime_type = value.mime_type or content_type(response.headers)
            value.file_name = value.file_name or disposition_filename(response.headers)
        return value

    def _undeclared(self, endpoint: Endpoint[Any], response: httpx.Response) -> ResponseValidationError:
        return ResponseValidationError(
            vendor=self.vendor.name,
            operation=endpoint.name,
            path=None,
            detail=f"status {response.status_code} is not a success the spec declares for this operation",
            response=response,
            secrets=self.secrets,
        )

    def _invalid(
        self, endpoint: Endpoint[Any], exc: BaseException, response: httpx.Response
    ) -> ResponseValidationError:
        header = self.vendor.request_id_header
        detail = getattr(exc, "detail", None) or f"{type(exc).__name__}: {exc}"
        return ResponseValidationError(
            vendor=self.vendor.name,
            operation=endpoint.name,
            path=getattr(exc, "location", None) or None,
            detail=redact_text(str(detail), self.secrets),
            request_id=response.headers.get(header) if header else None,
            response=response,
            secrets=self.secrets,
        )


def read_error_body(response: httpx.Response, chunks: Iterator[bytes]) -> None:
    """Read a streamed error response's body up to ERROR_BODY_BYTES: enough for the vendor's message."""
    body = bytearray()
    for chunk in chunks:
        body += chunk
        if len(body) >= ERROR_BODY_BYTES:
            break
    response._content = bytes(body[:ERROR_BODY_BYTES])  # httpx's cache of the read body; the rest is never read


async def aread_error_body(response: httpx.Response, chunks: AsyncIterator[bytes]) -> None:
    body = bytearray()
    async for chunk in chunks:
        body += chunk
        if len(body) >= ERROR_BODY_BYTES:
            break
    response._content = bytes(body[:ERROR_BODY_BYTES])


def content_type(headers: httpx.Headers) -> str | None:
    """The media type of a body (Content-Type without its parameters)."""
    value = headers.get("content-type")
    return value.split(";", 1)[0].strip().lower() or None if value else None


def disposition_filename(headers: httpx.Headers) -> str | None:
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
