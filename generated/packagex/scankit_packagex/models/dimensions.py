from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ParseError, Unset, copy_json, wrong_type

T = TypeVar("T", bound="Dimensions")
_new = object.__new__


@_attrs_define
class Dimensions:
    """Length, width and height in inches."""

    length: float | Unset = UNSET
    """ The length in inches. """
    width: float | Unset = UNSET
    """ The width in inches. """
    height: float | Unset = UNSET
    """ The height in inches. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        length = self.length

        width = self.width

        height = self.height

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if length is not UNSET:
            field_dict["length"] = length
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `Dimensions`; `src_dict` is left unchanged."""
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
            _field = "length"
            _src = d.pop("length", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (int, float, Unset)) or _src is True or _src is False:
                raise wrong_type(_src, "a number")

            length = _src

            _field = "width"
            _src = d.pop("width", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (int, float, Unset)) or _src is True or _src is False:
                raise wrong_type(_src, "a number")

            width = _src

            _field = "height"
            _src = d.pop("height", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (int, float, Unset)) or _src is True or _src is False:
                raise wrong_type(_src, "a number")

            height = _src

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj: T
        if cls is Dimensions:
            # The slots set directly: exactly what attrs' __init__ does here (no validators or
            # converters), without the cost of calling the class (about 0.3 µs a model, bench/cpu.py).
            _obj = _new(cls)
            _obj.length = length
            _obj.width = width
            _obj.height = height
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                length,
                width,
                height,
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
