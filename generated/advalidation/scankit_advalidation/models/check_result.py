from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import orjson
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.check_outcome import CheckOutcome
from ..types import (
    _NO_KEYS,
    NOT_GIVEN,
    UNSET,
    ParseError,
    _model_getattr,
    copy_json,
    wrong_type,
)

T = TypeVar("T", bound="CheckResult")
_new = object.__new__


@_attrs_define
class CheckResult:
    """One check (test) of a scan, e.g. `Test_Video_Duration`, with its measured value and whether
    it passed the ad specification. The full list of tests is at
    https://advalidation.com/docs/test-array/.

    """

    name: str
    """ The internal test identifier. """
    result: CheckOutcome
    """ Whether a check passed the ad specification's threshold. """
    value: bool | float | str | None = _attrs_field(default=NOT_GIVEN)
    """ Raw measured value: a string, number, boolean or null depending on the test. Numbers
    are often sent as strings (`"120000"`).
     """
    value_formatted: str | None = _attrs_field(default=NOT_GIVEN)
    """ Human-readable value, e.g. `15 seconds` or `3810 kb`. The SDK treats an empty string as
    "no formatted value"; null is accepted too.
     """
    value_phrase: str | None = _attrs_field(default=NOT_GIVEN)
    """ The value as a sentence, e.g. `Duration is 15 seconds`. """
    attributes: list[CheckAttribute] | None = _attrs_field(default=NOT_GIVEN)
    """ Extra named properties of the result. """
    extended: Any = _attrs_field(default=NOT_GIVEN)
    """ Test-specific extra data; its shape depends on the test and is not documented (any JSON
    value, often null).
     """
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
                "value",
                "value_formatted",
                "value_phrase",
                "attributes",
                "extended",
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
        name = self.name
        field_dict["name"] = name
        field_dict["result"] = str.__str__(self.result)
        if self.value is not None:
            value: bool | float | None | str
            value = self.value
            field_dict["value"] = value
        elif self._nulls & 1:
            field_dict["value"] = None
        if self.value_formatted is not None:
            value_formatted: None | str
            value_formatted = self.value_formatted
            field_dict["valueFormatted"] = value_formatted
        elif self._nulls & 2:
            field_dict["valueFormatted"] = None
        if self.value_phrase is not None:
            value_phrase: None | str
            value_phrase = self.value_phrase
            field_dict["valuePhrase"] = value_phrase
        elif self._nulls & 4:
            field_dict["valuePhrase"] = None
        if self.attributes is not None:
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = attributes_item_data.to_dict()
                attributes.append(attributes_item)

            field_dict["attributes"] = attributes
        elif self._nulls & 8:
            field_dict["attributes"] = None
        if self.extended is not None:
            field_dict["extended"] = self.extended
        elif self._nulls & 16:
            field_dict["extended"] = None

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
                "name",
                "result",
                *(("value",) if self.value is not None or self._nulls & 1 else ()),
                *(("value_formatted",) if self.value_formatted is not None or self._nulls & 2 else ()),
                *(("value_phrase",) if self.value_phrase is not None or self._nulls & 4 else ()),
                *(("attributes",) if self.attributes is not None or self._nulls & 8 else ()),
                *(("extended",) if self.extended is not None or self._nulls & 16 else ()),
            )
        )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `CheckResult`; `src_dict` is left unchanged."""
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
            _free = True  # the free-form fields below were looked for (False: known to be absent)
            if len(d) == 7:
                try:
                    name = d["name"]
                    _v_result = d["result"]
                    _v_value = d["value"]
                    _v_value_formatted = d["valueFormatted"]
                    _v_value_phrase = d["valuePhrase"]
                    _v_attributes = d["attributes"]
                    extended = d["extended"]
                except KeyError:  # an unknown field in place of a known one
                    _field = "name"
                    name = d.pop("name")
                    _field = "result"
                    _v_result = d.pop("result")
                    _v_value = d.pop("value", UNSET)
                    _v_value_formatted = d.pop("valueFormatted", UNSET)
                    _v_value_phrase = d.pop("valuePhrase", UNSET)
                    _v_attributes = d.pop("attributes", UNSET)
                    extended = d.pop("extended", UNSET)

                else:
                    d = _NO_KEYS  # no keys left over: the object is not kept
            # Free-form fields (no schema) are the ones servers most often leave out (some are sent
            # only on request): an object with every other field and nothing else is read the same way.
            elif len(d) == 6:
                try:
                    name = d["name"]
                    _v_result = d["result"]
                    _v_value = d["value"]
                    _v_value_formatted = d["valueFormatted"]
                    _v_value_phrase = d["valuePhrase"]
                    _v_attributes = d["attributes"]
                except KeyError:  # not that object
                    _field = "name"
                    name = d.pop("name")
                    _field = "result"
                    _v_result = d.pop("result")
                    _v_value = d.pop("value", UNSET)
                    _v_value_formatted = d.pop("valueFormatted", UNSET)
                    _v_value_phrase = d.pop("valuePhrase", UNSET)
                    _v_attributes = d.pop("attributes", UNSET)
                    extended = d.pop("extended", UNSET)

                else:
                    extended = None
                    _free = False
                    d = _NO_KEYS
            else:
                _field = "name"
                name = d.pop("name")
                _field = "result"
                _v_result = d.pop("result")
                _v_value = d.pop("value", UNSET)
                _v_value_formatted = d.pop("valueFormatted", UNSET)
                _v_value_phrase = d.pop("valuePhrase", UNSET)
                _v_attributes = d.pop("attributes", UNSET)
                extended = d.pop("extended", UNSET)

            _field = "name"
            if name.__class__ is not str:
                if not isinstance(name, str):
                    raise wrong_type(name, "a string")

            _field = "result"
            try:  # a subscript is cheaper than .get(); a value the spec does not list is kept by the enum
                result = _by_value_CheckOutcome[_v_result]
            except KeyError:
                result = CheckOutcome(_v_result)

            _field = "value"
            value: bool | float | str | None
            if _v_value is UNSET:
                value = None
            elif _v_value is None:
                value = None
                _nulls |= 1  # value
            else:
                value = _v_value
                if not (value is None or isinstance(value, (str, int, float, bool))):
                    raise wrong_type(value, "bool | float | None | str")

            _field = "valueFormatted"
            value_formatted: str | None
            if _v_value_formatted.__class__ is str:  # the usual case first, in one check
                value_formatted = _v_value_formatted
            elif _v_value_formatted is UNSET:
                value_formatted = None
            elif _v_value_formatted is None:
                value_formatted = None
                _nulls |= 2  # value_formatted
            else:
                value_formatted = _v_value_formatted
                if not (value_formatted is None or isinstance(value_formatted, (str))):
                    raise wrong_type(value_formatted, "None | str")

            _field = "valuePhrase"
            value_phrase: str | None
            if _v_value_phrase.__class__ is str:  # the usual case first, in one check
                value_phrase = _v_value_phrase
            elif _v_value_phrase is UNSET:
                value_phrase = None
            elif _v_value_phrase is None:
                value_phrase = None
                _nulls |= 4  # value_phrase
            else:
                value_phrase = _v_value_phrase
                if not (value_phrase is None or isinstance(value_phrase, (str))):
                    raise wrong_type(value_phrase, "None | str")

            _field = "attributes"
            attributes: list[CheckAttribute] | None
            if _v_attributes.__class__ is list:  # the usual case first, in one check
                attributes = _v_attributes
                _k_attributes = 0
                for attributes_item_data in _v_attributes:
                    try:
                        if attributes_item_data.__class__ is dict and len(attributes_item_data) == 3:
                            try:
                                _i_name = attributes_item_data["name"]
                                _i_description = attributes_item_data["description"]
                                _i_value = attributes_item_data["value"]
                            except KeyError:  # another key in place of a field's: _from_json says which
                                _i_name = UNSET
                            if (
                                _i_name.__class__ is str
                                and _i_description.__class__ is str
                                and _i_value.__class__ is str
                            ):
                                attributes_item = _new(CheckAttribute)
                                attributes_item.name = _i_name
                                attributes_item.description = _i_description
                                attributes_item.value = _i_value
                                attributes_item._nulls = 0
                            else:
                                attributes_item = _from_json_CheckAttribute(attributes_item_data)

                        else:
                            attributes_item = _from_json_CheckAttribute(attributes_item_data)

                    except ParseError as e:
                        e.path.insert(0, f"[{_k_attributes}]")
                        raise
                    except (KeyError, ValueError, TypeError, AttributeError) as e:
                        raise ParseError("", f"[{_k_attributes}]", e) from e
                    _v_attributes[_k_attributes] = attributes_item
                    _k_attributes += 1
            elif _v_attributes is UNSET:
                attributes = None
            elif _v_attributes is None:
                attributes = None
                _nulls |= 8  # attributes
            else:  # not a list (decoded JSON has no subclass of list): what the construct would say
                raise wrong_type(_v_attributes, "an array")

            if _free:  # else the usual object without them: each is None already, none a null
                if extended is UNSET:
                    extended = None
                elif extended is None:
                    _nulls |= 16  # extended

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj: T
        if cls is CheckResult:
            # The slots set directly: exactly what attrs' __init__ does here (no validators or
            # converters), without the cost of calling the class (about 0.3 µs a model, bench/cpu.py).
            _obj = _new(cls)
            _obj.name = name
            _obj.result = result
            _obj.value = value
            _obj.value_formatted = value_formatted
            _obj.value_phrase = value_phrase
            _obj.attributes = attributes
            _obj.extended = extended
            _obj._nulls = _nulls
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                name,
                result,
                value,
                value_formatted,
                value_phrase,
                attributes,
                extended,
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


from ..models.check_attribute import CheckAttribute  # noqa: E402

_by_value_CheckOutcome = CheckOutcome._by_value
_from_json_CheckAttribute = CheckAttribute._from_json
