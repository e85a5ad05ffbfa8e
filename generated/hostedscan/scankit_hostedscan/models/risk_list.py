from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ParseError, Unset, wrong_type

T = TypeVar("T", bound="RiskList")


@_attrs_define
class RiskList:
    """One page of risks."""

    data: list[Risk]
    """ The risks on this page (at most 500). """
    next_page_token: None | str | Unset = UNSET
    """ Pass as `page_token` to get the next page. Inferred: on the last page it is
    missing, empty or null (the vendor's own example loops while it is truthy).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        next_page_token: None | str | Unset
        if isinstance(self.next_page_token, Unset):
            next_page_token = UNSET
        else:
            next_page_token = self.next_page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if next_page_token is not UNSET:
            field_dict["next_page_token"] = next_page_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ParseError(cls.__name__, "", wrong_type(src_dict, "an object"))
        d = dict(src_dict)
        _field = ""
        try:
            _field = "data"
            _src = d.pop("data")
            data = []
            _data = _src
            if not isinstance(_data, list):
                raise wrong_type(_data, "an array")
            for _i_data, data_item_data in enumerate(_data):
                try:
                    data_item = Risk.from_dict(data_item_data)

                except ParseError as e:
                    e.path.insert(0, f"[{_i_data}]")
                    raise
                except (KeyError, ValueError, TypeError, AttributeError) as e:
                    raise ParseError("", f"[{_i_data}]", e) from e
                data.append(data_item)

            _field = "next_page_token"
            _src = d.pop("next_page_token", UNSET)

            def _parse_next_page_token(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (str)):
                    return cast(None | str | Unset, data)
                raise wrong_type(data, "None | str")

            next_page_token = _parse_next_page_token(_src)

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj = cls(
            data=data,
            next_page_token=next_page_token,
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


from ..models.risk import Risk  # noqa: E402
