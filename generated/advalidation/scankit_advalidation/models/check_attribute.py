from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ParseError, Unset, wrong_type

T = TypeVar("T", bound="CheckAttribute")


@_attrs_define
class CheckAttribute:
    """A named property attached to a check result."""

    name: str | Unset = UNSET
    """ Attribute key. """
    description: str | Unset = UNSET
    """ Human-readable label for the attribute. """
    value: str | Unset = UNSET
    """ The attribute's value, as a string. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ParseError(cls.__name__, "", wrong_type(src_dict, "an object"))
        d = dict(src_dict)
        _field = ""
        try:
            _field = "name"
            _src = d.pop("name", UNSET)
            if _src is None:
                _src = UNSET
            if not (isinstance(_src, str) or isinstance(_src, Unset)):
                raise wrong_type(_src, "a string")

            name = _src

            _field = "description"
            _src = d.pop("description", UNSET)
            if _src is None:
                _src = UNSET
            if not (isinstance(_src, str) or isinstance(_src, Unset)):
                raise wrong_type(_src, "a string")

            description = _src

            _field = "value"
            _src = d.pop("value", UNSET)
            if _src is None:
                _src = UNSET
            if not (isinstance(_src, str) or isinstance(_src, Unset)):
                raise wrong_type(_src, "a string")

            value = _src

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj = cls(
            name=name,
            description=description,
            value=value,
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
