from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

import orjson
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NOT_GIVEN,
    UNSET,
    ParseError,
    copy_json,
    wrong_type,
)

T = TypeVar("T", bound="Barcode")
_new = object.__new__


@_attrs_define
class Barcode:
    """A pass's barcode settings. Every field may be missing (the docs also show `{}`)."""

    enabled: bool | None = _attrs_field(default=NOT_GIVEN)
    """ Whether the barcode is shown on the pass. """
    type_: str | None = _attrs_field(default=NOT_GIVEN)
    """ Barcode symbology, e.g. `qr`. """
    source: str | None = _attrs_field(default=NOT_GIVEN)
    """ Where the barcode value comes from, e.g. `custom`. """
    value: str | None = _attrs_field(default=NOT_GIVEN)
    """ The encoded value. """
    display_text: str | None = _attrs_field(default=NOT_GIVEN)
    """ Text shown under the barcode. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields sent as an explicit null (read as None, like absent ones), so that
    # to_dict() re-emits exactly what was sent and fields_set can tell null from absent.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        # Only a model built by calling the class gets here (parsing sets the slots directly): an
        # optional field not given reads None and is left out of to_dict(); one given as None is null.
        # setattr, not `self.<field> = None`: editors on jedi (IPython, Jupyter) would take that
        # statement for the field's definition, typed NoneType and without its docstring.
        nulls: tuple[str, ...] = ()
        for name in (
            "enabled",
            "type_",
            "source",
            "value",
            "display_text",
        ):
            value = getattr(self, name)
            if value is NOT_GIVEN:
                setattr(self, name, None)
            elif value is None:
                nulls += (name,)
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: exactly the fields the server sent (an absent field stays absent, a null
        stays null); on a model you build, the fields that are not None."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.enabled is not None:
            field_dict["enabled"] = self.enabled
        elif "enabled" in self._nulls:
            field_dict["enabled"] = None
        if self.type_ is not None:
            field_dict["type"] = self.type_
        elif "type_" in self._nulls:
            field_dict["type"] = None
        if self.source is not None:
            field_dict["source"] = self.source
        elif "source" in self._nulls:
            field_dict["source"] = None
        if self.value is not None:
            field_dict["value"] = self.value
        elif "value" in self._nulls:
            field_dict["value"] = None
        if self.display_text is not None:
            field_dict["displayText"] = self.display_text
        elif "display_text" in self._nulls:
            field_dict["displayText"] = None

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
                *(("enabled",) if self.enabled is not None else ()),
                *(("type_",) if self.type_ is not None else ()),
                *(("source",) if self.source is not None else ()),
                *(("value",) if self.value is not None else ()),
                *(("display_text",) if self.display_text is not None else ()),
                *self._nulls,
            )
        )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `Barcode`; `src_dict` is left unchanged."""
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
        _nulls: tuple[str, ...] = ()
        _field = ""
        try:
            _field = "enabled"
            _src = d.pop("enabled", UNSET)
            enabled: bool | None
            if _src.__class__ is bool:  # the usual case first, in one check
                enabled = _src
            elif _src is UNSET:
                enabled = None
            elif _src is None:
                enabled = None
                _nulls += ("enabled",)
            else:
                if not isinstance(_src, (bool)):
                    raise wrong_type(_src, "a boolean")

                enabled = _src

            _field = "type"
            _src = d.pop("type", UNSET)
            type_: str | None
            if _src.__class__ is str:  # the usual case first, in one check
                type_ = _src
            elif _src is UNSET:
                type_ = None
            elif _src is None:
                type_ = None
                _nulls += ("type_",)
            else:
                if not isinstance(_src, (str)):
                    raise wrong_type(_src, "a string")

                type_ = _src

            _field = "source"
            _src = d.pop("source", UNSET)
            source: str | None
            if _src.__class__ is str:  # the usual case first, in one check
                source = _src
            elif _src is UNSET:
                source = None
            elif _src is None:
                source = None
                _nulls += ("source",)
            else:
                if not isinstance(_src, (str)):
                    raise wrong_type(_src, "a string")

                source = _src

            _field = "value"
            _src = d.pop("value", UNSET)
            value: str | None
            if _src.__class__ is str:  # the usual case first, in one check
                value = _src
            elif _src is UNSET:
                value = None
            elif _src is None:
                value = None
                _nulls += ("value",)
            else:
                if not isinstance(_src, (str)):
                    raise wrong_type(_src, "a string")

                value = _src

            _field = "displayText"
            _src = d.pop("displayText", UNSET)
            display_text: str | None
            if _src.__class__ is str:  # the usual case first, in one check
                display_text = _src
            elif _src is UNSET:
                display_text = None
            elif _src is None:
                display_text = None
                _nulls += ("display_text",)
            else:
                if not isinstance(_src, (str)):
                    raise wrong_type(_src, "a string")

                display_text = _src

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj: T
        if cls is Barcode:
            # The slots set directly: exactly what attrs' __init__ does here (no validators or
            # converters), without the cost of calling the class (about 0.3 µs a model, bench/cpu.py).
            _obj = _new(cls)
            _obj.enabled = enabled
            _obj.type_ = type_
            _obj.source = source
            _obj.value = value
            _obj.display_text = display_text
            _obj._nulls = _nulls
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                enabled,
                type_,
                source,
                value,
                display_text,
            )
            _obj._nulls = _nulls

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
