from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ParseError, Unset, copy_json, wrong_type

T = TypeVar("T", bound="Address")
_new = object.__new__


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
        """Parse a JSON object (as decoded) into a `Address`; `src_dict` is left unchanged."""
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
            _field = "object"
            _src = d.pop("object", UNSET)
            object_ = _src
            if not (object_ is None or isinstance(object_, (str, Unset))):
                raise wrong_type(object_, "None | str")

            _field = "id"
            _src = d.pop("id", UNSET)
            id = _src
            if not (id is None or isinstance(id, (str, Unset))):
                raise wrong_type(id, "None | str")

            _field = "hash"
            _src = d.pop("hash", UNSET)
            hash_ = _src
            if not (hash_ is None or isinstance(hash_, (str, Unset))):
                raise wrong_type(hash_, "None | str")

            _field = "line1"
            _src = d.pop("line1", UNSET)
            line1 = _src
            if not (line1 is None or isinstance(line1, (str, Unset))):
                raise wrong_type(line1, "None | str")

            _field = "line2"
            _src = d.pop("line2", UNSET)
            line2 = _src
            if not (line2 is None or isinstance(line2, (str, Unset))):
                raise wrong_type(line2, "None | str")

            _field = "unit_no"
            _src = d.pop("unit_no", UNSET)
            unit_no = _src
            if not (unit_no is None or isinstance(unit_no, (str, Unset))):
                raise wrong_type(unit_no, "None | str")

            _field = "city"
            _src = d.pop("city", UNSET)
            city = _src
            if not (city is None or isinstance(city, (str, Unset))):
                raise wrong_type(city, "None | str")

            _field = "state"
            _src = d.pop("state", UNSET)
            state = _src
            if not (state is None or isinstance(state, (str, Unset))):
                raise wrong_type(state, "None | str")

            _field = "state_code"
            _src = d.pop("state_code", UNSET)
            state_code = _src
            if not (state_code is None or isinstance(state_code, (str, Unset))):
                raise wrong_type(state_code, "None | str")

            _field = "country"
            _src = d.pop("country", UNSET)
            country = _src
            if not (country is None or isinstance(country, (str, Unset))):
                raise wrong_type(country, "None | str")

            _field = "country_code"
            _src = d.pop("country_code", UNSET)
            country_code = _src
            if not (country_code is None or isinstance(country_code, (str, Unset))):
                raise wrong_type(country_code, "None | str")

            _field = "postal_code"
            _src = d.pop("postal_code", UNSET)
            postal_code = _src
            if not (postal_code is None or isinstance(postal_code, (str, Unset))):
                raise wrong_type(postal_code, "None | str")

            _field = "formatted_address"
            _src = d.pop("formatted_address", UNSET)
            formatted_address = _src
            if not (formatted_address is None or isinstance(formatted_address, (str, Unset))):
                raise wrong_type(formatted_address, "None | str")

            _field = "textarea"
            _src = d.pop("textarea", UNSET)
            textarea = _src
            if not (textarea is None or isinstance(textarea, (str, Unset))):
                raise wrong_type(textarea, "None | str")

            _field = "timezone"
            _src = d.pop("timezone", UNSET)
            timezone = _src
            if not (timezone is None or isinstance(timezone, (str, Unset))):
                raise wrong_type(timezone, "None | str")

            _field = "verified"
            _src = d.pop("verified", UNSET)
            verified = _src
            if not (verified is None or isinstance(verified, (bool, Unset))):
                raise wrong_type(verified, "bool | None")

            _field = "latitude"
            _src = d.pop("latitude", UNSET)
            latitude = _src
            if not (
                latitude is None
                or (isinstance(latitude, (int, float, Unset)) and latitude is not True and latitude is not False)
            ):
                raise wrong_type(latitude, "float | None")

            _field = "longitude"
            _src = d.pop("longitude", UNSET)
            longitude = _src
            if not (
                longitude is None
                or (isinstance(longitude, (int, float, Unset)) and longitude is not True and longitude is not False)
            ):
                raise wrong_type(longitude, "float | None")

            _field = "coordinates"
            _src = d.pop("coordinates", UNSET)

            coordinates = _src

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj: T
        if cls is Address:
            # The slots set directly: exactly what attrs' __init__ does here (no validators or
            # converters), without the cost of calling the class (about 0.3 µs a model, bench/cpu.py).
            _obj = _new(cls)
            _obj.object_ = object_
            _obj.id = id
            _obj.hash_ = hash_
            _obj.line1 = line1
            _obj.line2 = line2
            _obj.unit_no = unit_no
            _obj.city = city
            _obj.state = state
            _obj.state_code = state_code
            _obj.country = country
            _obj.country_code = country_code
            _obj.postal_code = postal_code
            _obj.formatted_address = formatted_address
            _obj.textarea = textarea
            _obj.timezone = timezone
            _obj.verified = verified
            _obj.latitude = latitude
            _obj.longitude = longitude
            _obj.coordinates = coordinates
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                object_,
                id,
                hash_,
                line1,
                line2,
                unit_no,
                city,
                state,
                state_code,
                country,
                country_code,
                postal_code,
                formatted_address,
                textarea,
                timezone,
                verified,
                latitude,
                longitude,
                coordinates,
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
