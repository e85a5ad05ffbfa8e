from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import orjson
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    _NO_KEYS,
    ParseError,
    _model_getattr,
    copy_json,
    wrong_type,
)

T = TypeVar("T", bound="Pagination")
_new = object.__new__


@_attrs_define
class Pagination:
    """Where this page sits in the collection."""

    count: int
    """ Number of items in this response. """
    total_count: int
    """ Number of items in the whole collection. """
    page: int
    """ This page's number, starting at 1. """
    total_pages: int
    """ Number of pages in the collection; the last page has `page == totalPages`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    if not TYPE_CHECKING:  # hidden from type checkers, which would then accept any attribute name
        # Parsing leaves additional_properties empty when there were no unknown keys: the first
        # read makes the empty dict (types._model_getattr).
        __getattr__ = _model_getattr
    # The optional fields sent as an explicit null (read as None, like absent ones), so that
    # to_dict() re-emits exactly what was sent and fields_set can tell null from absent: one bit
    # per optional field, in declaration order (an int, not a tuple: parsing a null allocates nothing).
    _nulls: int = _attrs_field(init=False, default=0, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: exactly the fields the server sent (an absent field stays absent, a null
        stays null); on a model you build, the fields that are not None."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        count = self.count
        field_dict["count"] = count
        total_count = self.total_count
        field_dict["totalCount"] = total_count
        page = self.page
        field_dict["page"] = page
        total_pages = self.total_pages
        field_dict["totalPages"] = total_pages

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON string."""
        return orjson.dumps(self.to_dict()).decode()

    @property
    def fields_set(self) -> frozenset[str]:
        """The attribute names of the fields present: required ones, optional ones that are not None,
        and optional ones the server sent as null. `"x" not in m.fields_set` means x was absent."""
        return frozenset(
            (
                "count",
                "total_count",
                "page",
                "total_pages",
            )
        )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `Pagination`; `src_dict` is left unchanged."""
        return cls._from_json(copy_json(src_dict))

    @classmethod
    def _from_json(cls: type[T], src: object) -> T:
        # from_dict for decoded JSON that nothing else holds (the endpoint's own orjson.loads result,
        # or a part of it): its dicts are consumed, not copied; copying cost ~10% (bench/cpu.py).
        # The keys left over, if any, become additional_properties; the usual object, which has
        # none, is let go (d = _NO_KEYS) rather than kept as an empty dict per model.
        d: dict[str, Any]
        if src.__class__ is dict:  # cheaper than isinstance, and what decoded JSON is
            d = src
        elif isinstance(src, Mapping):
            d = dict(src)
        else:
            raise ParseError(cls.__name__, "", wrong_type(src, "an object"))
        _nulls = 0
        _field = ""
        try:
            # The usual object has every field and nothing else: each is read with a subscript, and
            # nothing is left over. Otherwise each is popped (UNSET when absent, KeyError when
            # required) and what is left over becomes additional_properties.
            if len(d) == 4:
                try:
                    count = d["count"]
                    total_count = d["totalCount"]
                    page = d["page"]
                    total_pages = d["totalPages"]
                except KeyError:  # an unknown field in place of a known one
                    _field = "count"
                    count = d.pop("count")
                    _field = "totalCount"
                    total_count = d.pop("totalCount")
                    _field = "page"
                    page = d.pop("page")
                    _field = "totalPages"
                    total_pages = d.pop("totalPages")

                else:
                    d = _NO_KEYS  # no keys left over: the object is not kept
            else:
                _field = "count"
                count = d.pop("count")
                _field = "totalCount"
                total_count = d.pop("totalCount")
                _field = "page"
                page = d.pop("page")
                _field = "totalPages"
                total_pages = d.pop("totalPages")

            _field = "count"
            if count.__class__ is not int:
                if not isinstance(count, int) or count is True or count is False:
                    raise wrong_type(count, "an integer")

            _field = "totalCount"
            if total_count.__class__ is not int:
                if not isinstance(total_count, int) or total_count is True or total_count is False:
                    raise wrong_type(total_count, "an integer")

            _field = "page"
            if page.__class__ is not int:
                if not isinstance(page, int) or page is True or page is False:
                    raise wrong_type(page, "an integer")

            _field = "totalPages"
            if total_pages.__class__ is not int:
                if not isinstance(total_pages, int) or total_pages is True or total_pages is False:
                    raise wrong_type(total_pages, "an integer")

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj: T
        if cls is Pagination:
            # The slots set directly: exactly what attrs' __init__ does here (no validators or
            # converters), without the cost of calling the class (about 0.3 µs a model, bench/cpu.py).
            _obj = _new(cls)
            _obj.count = count
            _obj.total_count = total_count
            _obj.page = page
            _obj.total_pages = total_pages
            _obj._nulls = _nulls
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                count,
                total_count,
                page,
                total_pages,
            )
            _obj._nulls = _nulls

        if d:  # else additional_properties is made empty on first read (types._model_getattr)
            _obj.additional_properties = d
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
