from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ParseError, Unset, copy_json, wrong_type

T = TypeVar("T", bound="ListMeta")
_new = object.__new__


@_attrs_define
class ListMeta:
    """Paging metadata. Inferred: the v2 docs reference `metadata.json`, whose content was not
    visible. The names below are the v1 API's: its list bodies carry
    `pagination: {current_page, total_pages, total_count}` (Clone Systems' WordPress plugin, class Clone_Guard_API (v1,
    https://pciscan.clone-systems.com/API/v1): getScans, getTargets, …),
    which supports them; `per_page` is the usual Rails (Kaminari) companion. All may be absent.

    """

    current_page: int | Unset = UNSET
    """ Inferred: the page number of this page (1-based). """
    per_page: int | Unset = UNSET
    """ Inferred: the page size used. """
    total_pages: int | Unset = UNSET
    """ Inferred: the number of pages. """
    total_count: int | Unset = UNSET
    """ Inferred: the number of scans across all pages. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_page = self.current_page

        per_page = self.per_page

        total_pages = self.total_pages

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current_page is not UNSET:
            field_dict["current_page"] = current_page
        if per_page is not UNSET:
            field_dict["per_page"] = per_page
        if total_pages is not UNSET:
            field_dict["total_pages"] = total_pages
        if total_count is not UNSET:
            field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `ListMeta`; `src_dict` is left unchanged."""
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
            _field = "current_page"
            _src = d.pop("current_page", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (int, Unset)) or _src is True or _src is False:
                raise wrong_type(_src, "an integer")

            current_page = _src

            _field = "per_page"
            _src = d.pop("per_page", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (int, Unset)) or _src is True or _src is False:
                raise wrong_type(_src, "an integer")

            per_page = _src

            _field = "total_pages"
            _src = d.pop("total_pages", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (int, Unset)) or _src is True or _src is False:
                raise wrong_type(_src, "an integer")

            total_pages = _src

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
        if cls is ListMeta:
            # The slots set directly: exactly what attrs' __init__ does here (no validators or
            # converters), without the cost of calling the class (about 0.3 µs a model, bench/cpu.py).
            _obj = _new(cls)
            _obj.current_page = current_page
            _obj.per_page = per_page
            _obj.total_pages = total_pages
            _obj.total_count = total_count
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                current_page,
                per_page,
                total_pages,
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
