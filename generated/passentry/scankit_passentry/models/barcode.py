from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ParseError, Unset, wrong_type

T = TypeVar("T", bound="Barcode")


@_attrs_define
class Barcode:
    """A pass's barcode settings. Every field may be missing (the docs also show `{}`)."""

    enabled: bool | Unset = UNSET
    """ Whether the barcode is shown on the pass. """
    type_: str | Unset = UNSET
    """ Barcode symbology, e.g. `qr`. """
    source: str | Unset = UNSET
    """ Where the barcode value comes from, e.g. `custom`. """
    value: str | Unset = UNSET
    """ The encoded value. """
    display_text: str | Unset = UNSET
    """ Text shown under the barcode. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        type_ = self.type_

        source = self.source

        value = self.value

        display_text = self.display_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if type_ is not UNSET:
            field_dict["type"] = type_
        if source is not UNSET:
            field_dict["source"] = source
        if value is not UNSET:
            field_dict["value"] = value
        if display_text is not UNSET:
            field_dict["displayText"] = display_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ParseError(cls.__name__, "", wrong_type(src_dict, "an object"))
        d = dict(src_dict)
        _field = ""
        try:
            _field = "enabled"
            _src = d.pop("enabled", UNSET)
            if _src is None:
                _src = UNSET
            if not (isinstance(_src, bool) or isinstance(_src, Unset)):
                raise wrong_type(_src, "a boolean")

            enabled = _src

            _field = "type"
            _src = d.pop("type", UNSET)
            if _src is None:
                _src = UNSET
            if not (isinstance(_src, str) or isinstance(_src, Unset)):
                raise wrong_type(_src, "a string")

            type_ = _src

            _field = "source"
            _src = d.pop("source", UNSET)
            if _src is None:
                _src = UNSET
            if not (isinstance(_src, str) or isinstance(_src, Unset)):
                raise wrong_type(_src, "a string")

            source = _src

            _field = "value"
            _src = d.pop("value", UNSET)
            if _src is None:
                _src = UNSET
            if not (isinstance(_src, str) or isinstance(_src, Unset)):
                raise wrong_type(_src, "a string")

            value = _src

            _field = "displayText"
            _src = d.pop("displayText", UNSET)
            if _src is None:
                _src = UNSET
            if not (isinstance(_src, str) or isinstance(_src, Unset)):
                raise wrong_type(_src, "a string")

            display_text = _src

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj = cls(
            enabled=enabled,
            type_=type_,
            source=source,
            value=value,
            display_text=display_text,
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
