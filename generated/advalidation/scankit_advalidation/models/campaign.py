from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_type import CampaignType
from ..types import UNSET, ParseError, Unset, copy_json, parse_datetime, wrong_type

T = TypeVar("T", bound="Campaign")
_new = object.__new__


@_attrs_define
class Campaign:
    """A campaign groups creatives and names the ad specification they are validated against."""

    id: int
    """ Campaign ID. """
    name: str
    """ Campaign name. """
    created_at: datetime.datetime | Unset = UNSET
    """ When the campaign was created (ISO 8601 date-time). """
    updated_at: datetime.datetime | None | Unset = UNSET
    """ When the campaign was last updated (ISO 8601 date-time).

    Inferred: nullable. The SDK types it as a string, but a scan's `updatedAt` can be null.
     """
    type_: CampaignType | Unset = UNSET
    """ Which kind of creatives a campaign holds. """
    share_url: str | Unset = UNSET
    """ Link to the campaign in the Advalidation web UI. """
    adspec_id: int | None | Unset = UNSET
    """ ID of the ad specification the campaign's creatives are validated against.

    Inferred: nullable, because a campaign may be created with `adspecId: null`.
     """
    user_id: int | Unset = UNSET
    """ ID of the user who owns the campaign. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        share_url = self.share_url

        adspec_id: int | None | Unset
        if isinstance(self.adspec_id, Unset):
            adspec_id = UNSET
        else:
            adspec_id = self.adspec_id

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if type_ is not UNSET:
            field_dict["type"] = type_
        if share_url is not UNSET:
            field_dict["shareURL"] = share_url
        if adspec_id is not UNSET:
            field_dict["adspecId"] = adspec_id
        if user_id is not UNSET:
            field_dict["userId"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `Campaign`; `src_dict` is left unchanged."""
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
            _field = "id"
            _src = d.pop("id")
            if not isinstance(_src, (int)) or _src is True or _src is False:
                raise wrong_type(_src, "an integer")

            id = _src

            _field = "name"
            _src = d.pop("name")
            if not isinstance(_src, (str)):
                raise wrong_type(_src, "a string")

            name = _src

            _field = "createdAt"
            _src = d.pop("createdAt", UNSET)
            if _src is None:
                _src = UNSET
            _created_at = _src
            created_at: datetime.datetime | Unset
            if _created_at is UNSET:
                created_at = UNSET
            else:
                created_at = parse_datetime(_created_at)

            _field = "updatedAt"
            _src = d.pop("updatedAt", UNSET)
            updated_at = _src
            if updated_at is None or updated_at is UNSET:
                pass
            elif isinstance(updated_at, str):
                try:
                    updated_at_type_0 = parse_datetime(updated_at)

                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    raise wrong_type(updated_at, "datetime.datetime | None") from None
                updated_at = updated_at_type_0
            else:
                raise wrong_type(updated_at, "datetime.datetime | None")

            _field = "type"
            _src = d.pop("type", UNSET)
            if _src is None:
                _src = UNSET
            _type_ = _src
            type_: CampaignType | Unset
            if _type_ is UNSET:
                type_ = UNSET
            else:
                type_ = _by_value_CampaignType.get(_type_) or CampaignType(_type_)

            _field = "shareURL"
            _src = d.pop("shareURL", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (str, Unset)):
                raise wrong_type(_src, "a string")

            share_url = _src

            _field = "adspecId"
            _src = d.pop("adspecId", UNSET)
            adspec_id = _src
            if not (
                adspec_id is None
                or (isinstance(adspec_id, (int, Unset)) and adspec_id is not True and adspec_id is not False)
            ):
                raise wrong_type(adspec_id, "int | None")

            _field = "userId"
            _src = d.pop("userId", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (int, Unset)) or _src is True or _src is False:
                raise wrong_type(_src, "an integer")

            user_id = _src

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj: T
        if cls is Campaign:
            # The slots set directly: exactly what attrs' __init__ does here (no validators or
            # converters), without the cost of calling the class (about 0.3 µs a model, bench/cpu.py).
            _obj = _new(cls)
            _obj.id = id
            _obj.name = name
            _obj.created_at = created_at
            _obj.updated_at = updated_at
            _obj.type_ = type_
            _obj.share_url = share_url
            _obj.adspec_id = adspec_id
            _obj.user_id = user_id
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                id,
                name,
                created_at,
                updated_at,
                type_,
                share_url,
                adspec_id,
                user_id,
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
