from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ParseError, Unset, wrong_type

T = TypeVar("T", bound="Address")


@_attrs_define
class Address:
    """The PackageX address object. Addresses read off labels are often partial, so every field may be null."""

    object_: None | str | Unset = UNSET
    """ The object type (`"address"`). Inferred: from the SDK sample only. """
    id: None | str | Unset = UNSET
    """ The address id; pass it to any address field later to reuse this exact address. """
    hash_: None | str | Unset = UNSET
    """ Like the id, a unique string identifying the address, but ignoring `line2`. """
    line1: None | str | Unset = UNSET
    """ The first line of the street address. """
    line2: None | str | Unset = UNSET
    """ The second line of the street address. """
    unit_no: None | str | Unset = UNSET
    """ The unit number. Inferred: from the SDK sample only. """
    city: None | str | Unset = UNSET
    """ The city. """
    state: None | str | Unset = UNSET
    """ The full name of the state. """
    state_code: None | str | Unset = UNSET
    """ The abbreviated state code, if applicable. """
    country: None | str | Unset = UNSET
    """ The full name of the country. """
    country_code: None | str | Unset = UNSET
    """ The two-character country code. """
    postal_code: None | str | Unset = UNSET
    """ The postal code. """
    formatted_address: None | str | Unset = UNSET
    """ The full address as one string. """
    textarea: None | str | Unset = UNSET
    """ The full address as one string without `line2` (for autocomplete inputs). """
    timezone: None | str | Unset = UNSET
    """ The address's timezone. """
    verified: bool | None | Unset = UNSET
    """ Whether PackageX has verified this address. """
    latitude: float | None | Unset = UNSET
    """ The latitude coordinate. """
    longitude: float | None | Unset = UNSET
    """ The longitude coordinate. """
    coordinates: Any | Unset = UNSET
    """ Inferred: coordinates of the address. The field is in the SDK sample (null there) and its shape is unknown,
    so any JSON value is accepted and kept as-is (null reads as unset). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_: None | str | Unset
        if isinstance(self.object_, Unset):
            object_ = UNSET
        else:
            object_ = self.object_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        hash_: None | str | Unset
        if isinstance(self.hash_, Unset):
            hash_ = UNSET
        else:
            hash_ = self.hash_

        line1: None | str | Unset
        if isinstance(self.line1, Unset):
            line1 = UNSET
        else:
            line1 = self.line1

        line2: None | str | Unset
        if isinstance(self.line2, Unset):
            line2 = UNSET
        else:
            line2 = self.line2

        unit_no: None | str | Unset
        if isinstance(self.unit_no, Unset):
            unit_no = UNSET
        else:
            unit_no = self.unit_no

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        state_code: None | str | Unset
        if isinstance(self.state_code, Unset):
            state_code = UNSET
        else:
            state_code = self.state_code

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        postal_code: None | str | Unset
        if isinstance(self.postal_code, Unset):
            postal_code = UNSET
        else:
            postal_code = self.postal_code

        formatted_address: None | str | Unset
        if isinstance(self.formatted_address, Unset):
            formatted_address = UNSET
        else:
            formatted_address = self.formatted_address

        textarea: None | str | Unset
        if isinstance(self.textarea, Unset):
            textarea = UNSET
        else:
            textarea = self.textarea

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        verified: bool | None | Unset
        if isinstance(self.verified, Unset):
            verified = UNSET
        else:
            verified = self.verified

        latitude: float | None | Unset
        if isinstance(self.latitude, Unset):
            latitude = UNSET
        else:
            latitude = self.latitude

        longitude: float | None | Unset
        if isinstance(self.longitude, Unset):
            longitude = UNSET
        else:
            longitude = self.longitude

        coordinates = self.coordinates

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_ is not UNSET:
            field_dict["object"] = object_
        if id is not UNSET:
            field_dict["id"] = id
        if hash_ is not UNSET:
            field_dict["hash"] = hash_
        if line1 is not UNSET:
            field_dict["line1"] = line1
        if line2 is not UNSET:
            field_dict["line2"] = line2
        if unit_no is not UNSET:
            field_dict["unit_no"] = unit_no
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if state_code is not UNSET:
            field_dict["state_code"] = state_code
        if country is not UNSET:
            field_dict["country"] = country
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if postal_code is not UNSET:
            field_dict["postal_code"] = postal_code
        if formatted_address is not UNSET:
            field_dict["formatted_address"] = formatted_address
        if textarea is not UNSET:
            field_dict["textarea"] = textarea
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if verified is not UNSET:
            field_dict["verified"] = verified
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if coordinates is not UNSET:
            field_dict["coordinates"] = coordinates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ParseError(cls.__name__, "", wrong_type(src_dict, "an object"))
        d = dict(src_dict)
        _field = ""
        try:
            _field = "object"
            _src = d.pop("object", UNSET)

            def _parse_object_(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (str)):
                    return cast(None | str | Unset, data)
                raise wrong_type(data, "None | str")

            object_ = _parse_object_(_src)

            _field = "id"
            _src = d.pop("id", UNSET)

            def _parse_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (str)):
                    return cast(None | str | Unset, data)
                raise wrong_type(data, "None | str")

            id = _parse_id(_src)

            _field = "hash"
            _src = d.pop("hash", UNSET)

            def _parse_hash_(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (str)):
                    return cast(None | str | Unset, data)
                raise wrong_type(data, "None | str")

            hash_ = _parse_hash_(_src)

            _field = "line1"
            _src = d.pop("line1", UNSET)

            def _parse_line1(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (str)):
                    return cast(None | str | Unset, data)
                raise wrong_type(data, "None | str")

            line1 = _parse_line1(_src)

            _field = "line2"
            _src = d.pop("line2", UNSET)

            def _parse_line2(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (str)):
                    return cast(None | str | Unset, data)
                raise wrong_type(data, "None | str")

            line2 = _parse_line2(_src)

            _field = "unit_no"
            _src = d.pop("unit_no", UNSET)

            def _parse_unit_no(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (str)):
                    return cast(None | str | Unset, data)
                raise wrong_type(data, "None | str")

            unit_no = _parse_unit_no(_src)

            _field = "city"
            _src = d.pop("city", UNSET)

            def _parse_city(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (str)):
                    return cast(None | str | Unset, data)
                raise wrong_type(data, "None | str")

            city = _parse_city(_src)

            _field = "state"
            _src = d.pop("state", UNSET)

            def _parse_state(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (str)):
                    return cast(None | str | Unset, data)
                raise wrong_type(data, "None | str")

            state = _parse_state(_src)

            _field = "state_code"
            _src = d.pop("state_code", UNSET)

            def _parse_state_code(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (str)):
                    return cast(None | str | Unset, data)
                raise wrong_type(data, "None | str")

            state_code = _parse_state_code(_src)

            _field = "country"
            _src = d.pop("country", UNSET)

            def _parse_country(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (str)):
                    return cast(None | str | Unset, data)
                raise wrong_type(data, "None | str")

            country = _parse_country(_src)

            _field = "country_code"
            _src = d.pop("country_code", UNSET)

            def _parse_country_code(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (str)):
                    return cast(None | str | Unset, data)
                raise wrong_type(data, "None | str")

            country_code = _parse_country_code(_src)

            _field = "postal_code"
            _src = d.pop("postal_code", UNSET)

            def _parse_postal_code(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (str)):
                    return cast(None | str | Unset, data)
                raise wrong_type(data, "None | str")

            postal_code = _parse_postal_code(_src)

            _field = "formatted_address"
            _src = d.pop("formatted_address", UNSET)

            def _parse_formatted_address(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (str)):
                    return cast(None | str | Unset, data)
                raise wrong_type(data, "None | str")

            formatted_address = _parse_formatted_address(_src)

            _field = "textarea"
            _src = d.pop("textarea", UNSET)

            def _parse_textarea(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (str)):
                    return cast(None | str | Unset, data)
                raise wrong_type(data, "None | str")

            textarea = _parse_textarea(_src)

            _field = "timezone"
            _src = d.pop("timezone", UNSET)

            def _parse_timezone(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (str)):
                    return cast(None | str | Unset, data)
                raise wrong_type(data, "None | str")

            timezone = _parse_timezone(_src)

            _field = "verified"
            _src = d.pop("verified", UNSET)

            def _parse_verified(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (bool)):
                    return cast(bool | None | Unset, data)
                raise wrong_type(data, "bool | None")

            verified = _parse_verified(_src)

            _field = "latitude"
            _src = d.pop("latitude", UNSET)

            def _parse_latitude(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (int, float)) and not isinstance(data, bool):
                    return cast(float | None | Unset, data)
                raise wrong_type(data, "float | None")

            latitude = _parse_latitude(_src)

            _field = "longitude"
            _src = d.pop("longitude", UNSET)

            def _parse_longitude(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (int, float)) and not isinstance(data, bool):
                    return cast(float | None | Unset, data)
                raise wrong_type(data, "float | None")

            longitude = _parse_longitude(_src)

            _field = "coordinates"
            _src = d.pop("coordinates", UNSET)

            coordinates = _src

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj = cls(
            object_=object_,
            id=id,
            hash_=hash_,
            line1=line1,
            line2=line2,
            unit_no=unit_no,
            city=city,
            state=state,
            state_code=state_code,
            country=country,
            country_code=country_code,
            postal_code=postal_code,
            formatted_address=formatted_address,
            textarea=textarea,
            timezone=timezone,
            verified=verified,
            latitude=latitude,
            longitude=longitude,
            coordinates=coordinates,
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
