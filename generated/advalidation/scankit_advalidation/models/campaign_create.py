from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_type import CampaignType
from ..types import UNSET, ParseError, Unset, copy_json, wrong_type

T = TypeVar("T", bound="CampaignCreate")
_new = object.__new__


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
        """Parse a JSON object (as decoded) into a `CampaignCreate`; `src_dict` is left unchanged."""
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
            _field = "name"
            _src = d.pop("name")
            if not isinstance(_src, (str)):
                raise wrong_type(_src, "a string")

            name = _src

            _field = "type"
            _src = d.pop("type")
            type_ = _by_value_CampaignType.get(_src) or CampaignType(_src)

            _field = "adspecId"
            _src = d.pop("adspecId", UNSET)
            adspec_id = _src
            if not (
                adspec_id is None
                or (isinstance(adspec_id, (int, Unset)) and adspec_id is not True and adspec_id is not False)
            ):
                raise wrong_type(adspec_id, "int | None")

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj: T
        if cls is CampaignCreate:
            # The slots set directly: exactly what attrs' __init__ does here (no validators or
            # converters), without the cost of calling the class (about 0.3 µs a model, bench/cpu.py).
            _obj = _new(cls)
            _obj.name = name
            _obj.type_ = type_
            _obj.adspec_id = adspec_id
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                name,
                type_,
                adspec_id,
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


_by_value_CampaignType = CampaignType._by_value
