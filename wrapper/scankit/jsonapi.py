"""Resolve JSON:API relationships against a response's ``included`` resources.

A JSON:API body (PassEntry's scans) names related resources by ``{"id", "type"}`` in each item's
``relationships`` and sends the resources themselves once, in the top-level ``included``. The
generated models type both sides (``Scan.relationships.pass_.data`` is a ``ResourceIdentifier``;
``included`` holds ``Pass | Reader | IncludedResource``); this module joins them, for any vendor,
by duck typing on ``id``, ``type`` and ``data``::

    doc = pe.scans.get_document(scan_id)            # the scan and its included pass and reader
    index = scankit.IncludedIndex(doc.included)
    pass_ = index.resolve(doc.data.relationships.pass_, Pass)   # Pass | None, typed

    page = pe.scans.list().first_page()
    index = scankit.IncludedIndex(page.raw.included)
    for scan in page.items:
        reader = index.resolve(scan.relationships.reader, Reader)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, Generic, Literal, Protocol, TypeVar, overload

__all__ = ["IncludedIndex"]

R = TypeVar("R")
T = TypeVar("T")


class _Absent(Protocol):
    """A generated package's ``Unset`` (falsy by type): an optional ``included`` that was not sent."""

    def __bool__(self) -> Literal[False]: ...


def _text(value: Any) -> str | None:
    """An id or a type as a plain string: enum members by their value, anything unset as None."""
    if value is None or type(value).__name__ == "Unset":
        return None
    return str(getattr(value, "value", value))


def _identifier(ref: Any) -> tuple[str, str] | None:
    """``(type, id)`` of a relationship (``{data: {id, type}}``) or a resource identifier; None if empty."""
    if ref is None or type(ref).__name__ == "Unset":
        return None
    if not hasattr(ref, "id") and hasattr(ref, "data"):
        ref = ref.data
        if ref is None or type(ref).__name__ == "Unset":
            return None
    kind, ident = _text(getattr(ref, "type_", getattr(ref, "type", None))), _text(getattr(ref, "id", None))
    return (kind, ident) if kind is not None and ident is not None else None


class IncludedIndex(Generic[R]):
    """The ``included`` resources of one response, looked up by ``(type, id)``.

    Build it once per page or document; :meth:`get` and :meth:`resolve` are dictionary lookups.
    An absent or empty ``included`` gives an empty index, and a relationship that points at
    nothing (``data: null``, or a resource the server did not include) resolves to None.
    """

    def __init__(self, included: Iterable[R] | _Absent | None) -> None:
        self._by_key: dict[tuple[str, str], R] = {}
        if not included:
            return
        for resource in included:  # a generated Unset is falsy by type, so it returned above
            key = _identifier(resource)
            if key is not None:
                self._by_key.setdefault(key, resource)

    def __len__(self) -> int:
        return len(self._by_key)

    def __iter__(self) -> Iterator[R]:
        return iter(self._by_key.values())

    def get(self, ref: Any) -> R | None:
        """The included resource a relationship or resource identifier points at, or None."""
        key = _identifier(ref)
        return self._by_key.get(key) if key is not None else None

    @overload
    def resolve(self, ref: Any, cls: type[T]) -> T | None: ...
    @overload
    def resolve(self, ref: Any, cls: None = None) -> R | None: ...
    def resolve(self, ref: Any, cls: type[Any] | None = None) -> Any:
        """Like :meth:`get`; with ``cls``, the resource only if it is a ``cls`` (typed as one).

        ``index.resolve(scan.relationships.pass_, Pass)`` is ``Pass | None``: a resource of another
        class under that type and id gives None rather than a wrongly typed value.
        """
        found = self.get(ref)
        if cls is not None and not isinstance(found, cls):
            return None
        return found
