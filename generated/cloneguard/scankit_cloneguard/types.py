"""Contains some shared types for properties"""

import datetime
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus | int
    """An `HTTPStatus` for the codes Python knows; the plain `int` for others (e.g. 520), never an error."""
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


def status_code_of(code: int) -> HTTPStatus | int:
    """`HTTPStatus(code)` where Python knows the code, else `code` itself: vendors and CDNs send 520 and friends."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


class ParseError(ValueError):
    """A response body does not match the spec: says which model and which field, by path.

    `path` lists field names and `[index]` parts from the outside in, e.g. `["data", "[3]", "state"]`.
    """

    def __init__(self, model: str, field: str, cause: BaseException | str) -> None:
        self.model = model
        self.path: list[str] = [field] if field else []
        self.detail = cause if isinstance(cause, str) else _describe(cause)
        super().__init__(self.detail)

    @property
    def location(self) -> str:
        """The path as one string: `data[3].state`."""
        out = ""
        for part in self.path:
            out += part if part.startswith("[") or not out else "." + part
        return out

    def __str__(self) -> str:
        where = self.location or "(root)"
        return f"{self.model}: {where}: {self.detail}"


def _describe(exc: BaseException) -> str:
    if isinstance(exc, KeyError):
        return "required field is missing"
    return f"{type(exc).__name__}: {exc}"


def wrong_type(value: object, expected: str) -> TypeError:
    """The error a model raises for a value of the wrong JSON type."""
    shown = repr(value)
    if len(shown) > 60:
        shown = shown[:57] + "..."
    return TypeError(f"expected {expected}, got {type(value).__name__} {shown}")


def parse_datetime(value: str) -> datetime.datetime:
    """Parse an RFC 3339 / ISO 8601 date-time into an aware `datetime`.

    Accepts what `fromisoformat` does plus lowercase `t`/`z` (valid RFC 3339). A value without an
    offset is taken as UTC: every vendor here documents UTC, and a naive datetime compares wrongly.
    """
    try:
        parsed = datetime.datetime.fromisoformat(value)
    except ValueError:
        if not isinstance(value, str):
            raise
        parsed = datetime.datetime.fromisoformat(value.upper())
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=datetime.UTC)
    return parsed


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "ParseError",
    "RequestFiles",
    "Response",
    "Unset",
    "parse_datetime",
    "status_code_of",
    "wrong_type",
]
