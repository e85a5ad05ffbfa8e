from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ParseError, wrong_type

T = TypeVar("T", bound="RequestedTarget")


@_attrs_define
class RequestedTarget:
    """A target the scan was asked to scan."""

    target_id: str
    """ ID of the target. """
    target: str
    """ The target as requested (a host name, IP address or URL). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_id = self.target_id

        target = self.target

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "target_id": target_id,
                "target": target,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ParseError(cls.__name__, "", wrong_type(src_dict, "an object"))
        d = dict(src_dict)
        _field = ""
        try:
            _field = "target_id"
            _src = d.pop("target_id")
            if not (isinstance(_src, str)):
                raise wrong_type(_src, "a string")

            target_id = _src

            _field = "target"
            _src = d.pop("target")
            if not (isinstance(_src, str)):
                raise wrong_type(_src, "a string")

            target = _src

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj = cls(
            target_id=target_id,
            target=target,
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
