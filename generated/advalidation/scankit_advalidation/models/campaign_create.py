from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_type import CampaignType
from ..types import UNSET, ParseError, Unset, wrong_type

T = TypeVar("T", bound="CampaignCreate")


@_attrs_define
class CampaignCreate:
    """Body of a create-campaign request."""

    name: str
    """ Campaign name. """
    type_: CampaignType
    """ Which kind of creatives a campaign holds. """
    adspec_id: int | None | Unset = UNSET
    """ ID of the ad specification to validate against; null (or left out) for the account's
    default ad specification of this type.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_.value

        adspec_id: int | None | Unset
        if isinstance(self.adspec_id, Unset):
            adspec_id = UNSET
        else:
            adspec_id = self.adspec_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if adspec_id is not UNSET:
            field_dict["adspecId"] = adspec_id

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

            _field = "type"
            _src = d.pop("type")
            type_ = CampaignType(_src)

            _field = "adspecId"
            _src = d.pop("adspecId", UNSET)

            def _parse_adspec_id(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (int)) and not isinstance(data, bool):
                    return cast(int | None | Unset, data)
                raise wrong_type(data, "int | None")

            adspec_id = _parse_adspec_id(_src)

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj = cls(
            name=name,
            type_=type_,
            adspec_id=adspec_id,
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
