from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ParseError, Unset, wrong_type

T = TypeVar("T", bound="ScanOptions")


@_attrs_define
class ScanOptions:
    """Extra processing to run on the scan."""

    parse_addresses: bool | Unset = UNSET
    """ Run the extracted sender and recipient addresses through the address parser. """
    match_contacts: bool | Unset = UNSET
    """ Match the extracted sender and recipient against your organization's contacts (see `contact_matches`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parse_addresses = self.parse_addresses

        match_contacts = self.match_contacts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if parse_addresses is not UNSET:
            field_dict["parse_addresses"] = parse_addresses
        if match_contacts is not UNSET:
            field_dict["match_contacts"] = match_contacts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ParseError(cls.__name__, "", wrong_type(src_dict, "an object"))
        d = dict(src_dict)
        _field = ""
        try:
            _field = "parse_addresses"
            _src = d.pop("parse_addresses", UNSET)
            if _src is None:
                _src = UNSET
            if not (isinstance(_src, bool) or isinstance(_src, Unset)):
                raise wrong_type(_src, "a boolean")

            parse_addresses = _src

            _field = "match_contacts"
            _src = d.pop("match_contacts", UNSET)
            if _src is None:
                _src = UNSET
            if not (isinstance(_src, bool) or isinstance(_src, Unset)):
                raise wrong_type(_src, "a boolean")

            match_contacts = _src

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj = cls(
            parse_addresses=parse_addresses,
            match_contacts=match_contacts,
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
