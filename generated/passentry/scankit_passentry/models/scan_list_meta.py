from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ParseError, Unset, copy_json, wrong_type

T = TypeVar("T", bound="ScanListMeta")
_new = object.__new__


@_attrs_define
class ScanListMeta:
    """Counts over every scan matching the filters, and where this page is."""

    total_scans: int | Unset = UNSET
    """ Number of scans matching the filters (how it differs from `totalCount` is not documented). """
    successful_scans: int | Unset = UNSET
    """ Of those, the successful ones. """
    failed_scans: int | Unset = UNSET
    """ Of those, the failed ones. """
    readers_count: int | Unset = UNSET
    """ Number of readers involved in those scans. """
    total_count: int | Unset = UNSET
    """ Records matching the filters, over all pages. """
    results_per_page: int | Unset = UNSET
    """ Page size used for this response. """
    current_page: int | Unset = UNSET
    """ This page's number, starting at 1. """
    total_pages: int | Unset = UNSET
    """ Number of pages. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_scans = self.total_scans

        successful_scans = self.successful_scans

        failed_scans = self.failed_scans

        readers_count = self.readers_count

        total_count = self.total_count

        results_per_page = self.results_per_page

        current_page = self.current_page

        total_pages = self.total_pages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_scans is not UNSET:
            field_dict["totalScans"] = total_scans
        if successful_scans is not UNSET:
            field_dict["successfulScans"] = successful_scans
        if failed_scans is not UNSET:
            field_dict["failedScans"] = failed_scans
        if readers_count is not UNSET:
            field_dict["readersCount"] = readers_count
        if total_count is not UNSET:
            field_dict["totalCount"] = total_count
        if results_per_page is not UNSET:
            field_dict["resultsPerPage"] = results_per_page
        if current_page is not UNSET:
            field_dict["currentPage"] = current_page
        if total_pages is not UNSET:
            field_dict["totalPages"] = total_pages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `ScanListMeta`; `src_dict` is left unchanged."""
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
            _field = "totalScans"
            _src = d.pop("totalScans", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (int, Unset)) or _src is True or _src is False:
                raise wrong_type(_src, "an integer")

            total_scans = _src

            _field = "successfulScans"
            _src = d.pop("successfulScans", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (int, Unset)) or _src is True or _src is False:
                raise wrong_type(_src, "an integer")

            successful_scans = _src

            _field = "failedScans"
            _src = d.pop("failedScans", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (int, Unset)) or _src is True or _src is False:
                raise wrong_type(_src, "an integer")

            failed_scans = _src

            _field = "readersCount"
            _src = d.pop("readersCount", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (int, Unset)) or _src is True or _src is False:
                raise wrong_type(_src, "an integer")

            readers_count = _src

            _field = "totalCount"
            _src = d.pop("totalCount", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (int, Unset)) or _src is True or _src is False:
                raise wrong_type(_src, "an integer")

            total_count = _src

            _field = "resultsPerPage"
            _src = d.pop("resultsPerPage", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (int, Unset)) or _src is True or _src is False:
                raise wrong_type(_src, "an integer")

            results_per_page = _src

            _field = "currentPage"
            _src = d.pop("currentPage", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (int, Unset)) or _src is True or _src is False:
                raise wrong_type(_src, "an integer")

            current_page = _src

            _field = "totalPages"
            _src = d.pop("totalPages", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (int, Unset)) or _src is True or _src is False:
                raise wrong_type(_src, "an integer")

            total_pages = _src

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj: T
        if cls is ScanListMeta:
            # The slots set directly: exactly what attrs' __init__ does here (no validators or
            # converters), without the cost of calling the class (about 0.3 µs a model, bench/cpu.py).
            _obj = _new(cls)
            _obj.total_scans = total_scans
            _obj.successful_scans = successful_scans
            _obj.failed_scans = failed_scans
            _obj.readers_count = readers_count
            _obj.total_count = total_count
            _obj.results_per_page = results_per_page
            _obj.current_page = current_page
            _obj.total_pages = total_pages
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                total_scans,
                successful_scans,
                failed_scans,
                readers_count,
                total_count,
                results_per_page,
                current_page,
                total_pages,
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
