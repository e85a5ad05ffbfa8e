"""Contains some shared types for properties"""

import datetime
import uuid
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, TYPE_CHECKING, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# A model field's default in `__init__`: "not given" (the field is omitted from to_dict), told
# apart from an explicit None (sent as null) and then replaced by None. Typed Any so that the
# signature users see says `x: int | None = ...`; never a value a user reads.
NOT_GIVEN: Any = UNSET

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
        self.model: str = model
        self.path: list[str] = [field] if field else []
        self.detail: str = cause if isinstance(cause, str) else _describe(cause)
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


def copy_json(value: Any) -> Any:
    """A copy of every container (dict, mapping, list) in a JSON value; strings and numbers are shared.

    `from_dict` parses a copy, because parsing consumes the dicts it is given (see `_from_json`).
    """
    if isinstance(value, dict):
        return {key: copy_json(item) for key, item in value.items()}
    if isinstance(value, list | tuple):  # a tuple is a JSON array too (a TypedDict takes a Sequence)
        return [copy_json(item) for item in value]
    if value is None or isinstance(value, str | int | float):
        return value
    if isinstance(value, Mapping):
        return {key: copy_json(item) for key, item in value.items()}
    return value


_fromisoformat = datetime.datetime.fromisoformat  # looked up once, not per call


def parse_datetime(value: str) -> datetime.datetime:
    """Parse an RFC 3339 / ISO 8601 date-time into an aware `datetime`.

    Accepts what `fromisoformat` does plus lowercase `t`/`z` (valid RFC 3339). A value without an
    offset is taken as UTC: every vendor here documents UTC, and a naive datetime compares wrongly.
    """
    try:
        parsed = _fromisoformat(value)
    except ValueError:
        if not isinstance(value, str):
            raise
        parsed = _fromisoformat(value.upper())
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=datetime.UTC)
    return parsed


_UNSAFE_UNKNOWN = uuid.SafeUUID.unknown  # an enum member lookup costs 0.5 µs: do it once


class _LazyUUID(uuid.UUID):
    """A `uuid.UUID` that reads its text on first use: most UUIDs in a page are never looked at.

    It is a real UUID (`isinstance(x, uuid.UUID)`, equal and hashing alike to `UUID(text)`, same
    `str` and `repr`); its 128-bit value is computed from the text when first needed, which is
    also when a text with the right shape but a non-hex digit raises `ValueError`. Pickled or
    copied it becomes a plain `uuid.UUID`.
    """

    __slots__ = ("_text",)
    _text: str
    # Made as `_LazyUUID()` and `x._text = text` (the generated models do it inline): calling the
    # class and a plain attribute store are the cheapest way in, about a third of `UUID(text)`.
    if TYPE_CHECKING:

        def __init__(self) -> None: ...

    else:
        __init__ = object.__init__
        __setattr__ = object.__setattr__

    def __getattr__(self, name: str) -> Any:
        # Reached only while the slot is still empty: UUID's own slots are filled here, once.
        if name == "int":
            digits = self._text.replace("-", "")
            try:
                if not (len(digits) == 32 and digits.isalnum() and digits.isascii()):
                    raise ValueError
                value = int(digits, 16)
            except ValueError:
                raise ValueError(f"badly formed hexadecimal UUID string: {self._text!r}") from None
            _set(self, "int", value)
            _set(self, "is_safe", _UNSAFE_UNKNOWN)
            return value
        if name == "is_safe":
            return _UNSAFE_UNKNOWN
        raise AttributeError(name)

    def __repr__(self) -> str:
        return f"UUID('{self}')"

    def __reduce__(self) -> tuple[Any, ...]:
        return (uuid.UUID, (None, None, None, None, self.int))

    def __deepcopy__(self, memo: Any) -> uuid.UUID:
        return uuid.UUID(int=self.int)

    def __copy__(self) -> uuid.UUID:
        return uuid.UUID(int=self.int)


_new = object.__new__
_set = object.__setattr__


# What a model's `_from_json` rebinds its object to when no key is left over (the usual case): a
# falsy stand-in that is never stored nor changed, so the object itself can be let go.
_NO_KEYS: dict[str, Any] = {}


def _model_getattr(self: Any, name: str) -> Any:
    """A model's `__getattr__`, reached only for an attribute whose slot is empty.

    Parsing leaves `additional_properties` empty when the server sent no unknown keys (nearly
    always): the object it came in is then let go at once, not kept as an empty dict per model,
    which is fewer objects alive and for the garbage collector to walk (bench/cpu.py). The first
    read makes the empty dict and keeps it, so reads after that are plain slot reads.
    """
    if name == "additional_properties":
        extra: dict[str, Any] = {}
        _set(self, name, extra)
        return extra
    raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}", name=name, obj=self)


def parse_uuid(value: str) -> uuid.UUID:
    """A `uuid.UUID` of a JSON string, checked now and read lazily (see `_LazyUUID`).

    The canonical 36-character form (dashes in place) is kept as text and read on first use: a
    page's UUIDs cost about a third as much that way (bench/cpu.py). Any other input goes to
    `uuid.UUID` itself, so what is accepted and the errors are the same.
    """
    if value.__class__ is str and len(value) == 36 and value[8] == "-":
        parsed = _LazyUUID()
        parsed._text = value
        return parsed
    return uuid.UUID(value)


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "ParseError",
    "RequestFiles",
    "Response",
    "Unset",
    "NOT_GIVEN",
    "copy_json",
    "parse_datetime",
    "parse_uuid",
    "status_code_of",
    "wrong_type",
]
