from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ParseError, Unset, copy_json, wrong_type

T = TypeVar("T", bound="Pagination")
_new = object.__new__


@_attrs_define
class Pagination:
    """Where a list response is in the result set. If `has_more` is true there are more items: request `page + 1`."""

    page: int
    """ The current page (starts at 1). """
    limit: int
    """ The page size used for this response. """
    has_more: bool
    """ True when there are more items that were not returned; request the next page. """
    total_count: int | Unset = UNSET
    """ How many items match the query in total. The current "Retrieve Scans" page confirms it on scans lists ("The
    total_count property in pagination returns the total number of scans"). It stays optional because the older docs
    page and the 2022 first-party OpenAPI lack it, so an older deployment may not send it; a missing total only
    costs the paginator its parallel page fetches. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        limit = self.limit

        has_more = self.has_more

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page": page,
                "limit": limit,
                "has_more": has_more,
            }
        )
        if total_count is not UNSET:
            field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `Pagination`; `src_dict` is left unchanged."""
        return cls._from_json(copy_json(src_dict))

    @classmethod
    def _from_json(cls: type[T], src: object) -> T:
        # from_dict for decoded JSON that nothing else holds (the endpoint's own orjson.loads result,
        # or a part of it): its dicts are consumed, not copied; copying cost ~10% (bench/cpu.py).
        # What is left in the object after the known fields are popped is additional_properties.
        d: dict[str, Any]
        if isinstance(src, dict):
            d = src
        elif isinstance(src, Mapping):
            d = dict(src)
        else:
            raise ParseError(cls.__name__, "", wrong_type(src, "an object"))
        _field = ""
        try:
            _field = "page"
            _src = d.pop("page")
            if not isinstance(_src, (int)) or _src is True or _src is False:
                raise wrong_type(_src, "an integer")

            page = _src

            _field = "limit"
            _src = d.pop("limit")
            if not isinstance(_src, (int)) or _src is True or _src is False:
                raise wrong_type(_src, "an integer")

            limit = _src

            _field = "has_more"
            _src = d.pop("has_more")
            if not isinstance(_src, (bool)):
                raise wrong_type(_src, "a boolean")

            has_more = _src

            _field = "total_count"
            _src = d.pop("total_count", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (int, Unset)) or _src is True or _src is False:
                raise wrong_type(_src, "an integer")

            total_count = _src

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
            _obj.page = page
            _obj.limit = limit
            _obj.has_more = has_more
            _obj.total_count = total_count
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                page,
                limit,
                has_more,
                total_count,
            )

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
