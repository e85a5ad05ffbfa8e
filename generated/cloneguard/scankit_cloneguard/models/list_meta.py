from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ParseError, Unset, wrong_type

T = TypeVar("T", bound="ListMeta")


@_attrs_define
class ListMeta:
    """Paging metadata. Inferred: the docs reference `metadata.json`, whose content was not
    visible; the fields below are the usual Rails (Kaminari) ones and may be absent.

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
        if not isinstance(src_dict, Mapping):
            raise ParseError(cls.__name__, "", wrong_type(src_dict, "an object"))
        d = dict(src_dict)
        _field = ""
        try:
            _field = "current_page"
            _src = d.pop("current_page", UNSET)
            if _src is None:
                _src = UNSET
            if not ((isinstance(_src, int) and not isinstance(_src, bool)) or isinstance(_src, Unset)):
                raise wrong_type(_src, "an integer")

            current_page = _src

            _field = "per_page"
            _src = d.pop("per_page", UNSET)
            if _src is None:
                _src = UNSET
            if not ((isinstance(_src, int) and not isinstance(_src, bool)) or isinstance(_src, Unset)):
                raise wrong_type(_src, "an integer")

            per_page = _src

            _field = "total_pages"
            _src = d.pop("total_pages", UNSET)
            if _src is None:
                _src = UNSET
            if not ((isinstance(_src, int) and not isinstance(_src, bool)) or isinstance(_src, Unset)):
                raise wrong_type(_src, "an integer")

            total_pages = _src

            _field = "total_count"
            _src = d.pop("total_count", UNSET)
            if _src is None:
                _src = UNSET
            if not ((isinstance(_src, int) and not isinstance(_src, bool)) or isinstance(_src, Unset)):
                raise wrong_type(_src, "an integer")

            total_count = _src

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj = cls(
            current_page=current_page,
            per_page=per_page,
            total_pages=total_pages,
            total_count=total_count,
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
