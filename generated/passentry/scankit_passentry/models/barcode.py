from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import orjson
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    _NO_KEYS,
    NOT_GIVEN,
    UNSET,
    ParseError,
    _model_getattr,
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

    if not TYPE_CHECKING:  # hidden from type checkers, which would then accept any attribute name
        # Parsing leaves additional_properties empty when there were no unknown keys: the first
        # read makes the empty dict (types._model_getattr).
        __getattr__ = _model_getattr
    # The optional fields sent as an explicit null (read as None, like absent ones), so that
    # to_dict() re-emits exactly what was sent and fields_set can tell null from absent: one bit
    # per optional field, in declaration order (an int, not a tuple: parsing a null allocates nothing).
    _nulls: int = _attrs_field(init=False, default=0, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        # Only a model built by calling the class gets here (parsing sets the slots directly): an
        # optional field not given reads None and is left out of to_dict(); one given as None is null.
        # setattr, not `self.<field> = None`: editors on jedi (IPython, Jupyter) would take that
        # statement for the field's definition, typed NoneType and without its docstring.
        nulls = 0
        for bit, name in enumerate(
            (
                "enabled",
                "type_",
                "source",
                "value",
                "display_text",
            )
        ):
            value = getattr(self, name)
            if value is NOT_GIVEN:
                setattr(self, name, None)
            elif value is None:
                nulls |= 1 << bit
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: exactly the fields the server sent (an absent field stays absent, a null
        stays null); on a model you build, the fields that are not None."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.enabled is not None:
            field_dict["enabled"] = self.enabled
        elif self._nulls & 1:
            field_dict["enabled"] = None
        if self.type_ is not None:
            field_dict["type"] = self.type_
        elif self._nulls & 2:
            field_dict["type"] = None
        if self.source is not None:
            field_dict["source"] = self.source
        elif self._nulls & 4:
            field_dict["source"] = None
        if self.value is not None:
            field_dict["value"] = self.value
        elif self._nulls & 8:
            field_dict["value"] = None
        if self.display_text is not None:
            field_dict["displayText"] = self.display_text
        elif self._nulls & 16:
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
                *(("enabled",) if self.enabled is not None or self._nulls & 1 else ()),
                *(("type_",) if self.type_ is not None or self._nulls & 2 else ()),
                *(("source",) if self.source is not None or self._nulls & 4 else ()),
                *(("value",) if self.value is not None or self._nulls & 8 else ()),
                *(("display_text",) if self.display_text is not None or self._nulls & 16 else ()),
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
        # The keys left over, if any, become additional_properties; the usual object, which has
        # none, is let go (d = _NO_KEYS) rather than kept as an empty dict per model.
        d: dict[str, Any]
        if src.__class__ is dict:  # cheaper than isinstance, and what decoded JSON is
            d = src
        elif isinstance(src, Mapping):
            d = dict(src)
        else:
            raise ParseError(cls.__name__, "", wrong_type(src, "an object"))
        _nulls = 0
        _field = ""
        try:
            # The usual object has every field and nothing else: each is read with a subscript, and
            # nothing is left over. Otherwise each is popped (UNSET when absent, KeyError when
            # required) and what is left over becomes additional_properties.
            if len(d) == 5:
                try:
                    enabled = d["enabled"]
                    type_ = d["type"]
                    source = d["source"]
                    value = d["value"]
                    display_text = d["displayText"]
                except KeyError:  # an unknown field in place of a known one
                    enabled = d.pop("enabled", UNSET)
                    type_ = d.pop("type", UNSET)
                    source = d.pop("source", UNSET)
                    value = d.pop("value", UNSET)
                    display_text = d.pop("displayText", UNSET)

                else:
                    d = _NO_KEYS  # no keys left over: the object is not kept
            else:
                enabled = d.pop("enabled", UNSET)
                type_ = d.pop("type", UNSET)
                source = d.pop("source", UNSET)
                value = d.pop("value", UNSET)
                display_text = d.pop("displayText", UNSET)

            _field = "enabled"
            if enabled.__class__ is bool:  # the usual case first, in one check
                pass
            elif enabled is UNSET:
                enabled = None
            elif enabled is None:
                _nulls |= 1  # enabled
            else:
                if not isinstance(enabled, bool):
                    raise wrong_type(enabled, "a boolean")

            _field = "type"
            if type_.__class__ is str:  # the usual case first, in one check
                pass
            elif type_ is UNSET:
                type_ = None
            elif type_ is None:
                _nulls |= 2  # type_
            else:
                if not isinstance(type_, str):
                    raise wrong_type(type_, "a string")

            _field = "source"
            if source.__class__ is str:  # the usual case first, in one check
                pass
            elif source is UNSET:
                source = None
            elif source is None:
                _nulls |= 4  # source
            else:
                if not isinstance(source, str):
                    raise wrong_type(source, "a string")

            _field = "value"
            if value.__class__ is str:  # the usual case first, in one check
                pass
            elif value is UNSET:
                value = None
            elif value is None:
                _nulls |= 8  # value
            else:
                if not isinstance(value, str):
                    raise wrong_type(value, "a string")

            _field = "displayText"
            if display_text.__class__ is str:  # the usual case first, in one check
                pass
            elif display_text is UNSET:
                display_text = None
            elif display_text is None:
                _nulls |= 16  # display_text
            else:
                if not isinstance(display_text, str):
                    raise wrong_type(display_text, "a string")

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

        if d:  # else additional_properties is made empty on first read (types._model_getattr)
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
