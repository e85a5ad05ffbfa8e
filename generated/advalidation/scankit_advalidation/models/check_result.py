from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.check_outcome import CheckOutcome
from ..types import UNSET, ParseError, Unset, wrong_type

T = TypeVar("T", bound="CheckResult")


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
    value: bool | float | None | str | Unset = UNSET
    """ Raw measured value: a string, number, boolean or null depending on the test. Numbers
    are often sent as strings (`"120000"`).
     """
    value_formatted: None | str | Unset = UNSET
    """ Human-readable value, e.g. `15 seconds` or `3810 kb`. The SDK treats an empty string as
    "no formatted value"; null is accepted too.
     """
    value_phrase: None | str | Unset = UNSET
    """ The value as a sentence, e.g. `Duration is 15 seconds`. """
    attributes: list[CheckAttribute] | Unset = UNSET
    """ Extra named properties of the result. """
    extended: Any | Unset = UNSET
    """ Test-specific extra data; its shape depends on the test and is not documented (any JSON
    value, often null).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        result = self.result.value

        value: bool | float | None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        value_formatted: None | str | Unset
        if isinstance(self.value_formatted, Unset):
            value_formatted = UNSET
        else:
            value_formatted = self.value_formatted

        value_phrase: None | str | Unset
        if isinstance(self.value_phrase, Unset):
            value_phrase = UNSET
        else:
            value_phrase = self.value_phrase

        attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = attributes_item_data.to_dict()
                attributes.append(attributes_item)

        extended = self.extended

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "result": result,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
        if value_formatted is not UNSET:
            field_dict["valueFormatted"] = value_formatted
        if value_phrase is not UNSET:
            field_dict["valuePhrase"] = value_phrase
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if extended is not UNSET:
            field_dict["extended"] = extended

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ParseError(cls.__name__, "", wrong_type(src_dict, "an object"))
        d = dict(src_dict)
        _field = ""
        try:
            _field = "name"
            _src = d.pop("name")
            if not (isinstance(_src, str)):
                raise wrong_type(_src, "a string")

            name = _src

            _field = "result"
            _src = d.pop("result")
            result = CheckOutcome(_src)

            _field = "value"
            _src = d.pop("value", UNSET)

            def _parse_value(data: object) -> bool | float | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (str, int, float, bool)):
                    return cast(bool | float | None | str | Unset, data)
                raise wrong_type(data, "bool | float | None | str")

            value = _parse_value(_src)

            _field = "valueFormatted"
            _src = d.pop("valueFormatted", UNSET)

            def _parse_value_formatted(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (str)):
                    return cast(None | str | Unset, data)
                raise wrong_type(data, "None | str")

            value_formatted = _parse_value_formatted(_src)

            _field = "valuePhrase"
            _src = d.pop("valuePhrase", UNSET)

            def _parse_value_phrase(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (str)):
                    return cast(None | str | Unset, data)
                raise wrong_type(data, "None | str")

            value_phrase = _parse_value_phrase(_src)

            _field = "attributes"
            _src = d.pop("attributes", UNSET)
            if _src is None:
                _src = UNSET
            _attributes = _src
            attributes: list[CheckAttribute] | Unset = UNSET
            if _attributes is not UNSET:
                if not isinstance(_attributes, list):
                    raise wrong_type(_attributes, "an array")
                attributes = []
                for _i_attributes, attributes_item_data in enumerate(_attributes):
                    try:
                        attributes_item = CheckAttribute.from_dict(attributes_item_data)

                    except ParseError as e:
                        e.path.insert(0, f"[{_i_attributes}]")
                        raise
                    except (KeyError, ValueError, TypeError, AttributeError) as e:
                        raise ParseError("", f"[{_i_attributes}]", e) from e
                    attributes.append(attributes_item)

            _field = "extended"
            _src = d.pop("extended", UNSET)

            extended = _src

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj = cls(
            name=name,
            result=result,
            value=value,
            value_formatted=value_formatted,
            value_phrase=value_phrase,
            attributes=attributes,
            extended=extended,
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


from ..models.check_attribute import CheckAttribute  # noqa: E402
