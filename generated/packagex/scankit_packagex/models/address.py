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

T = TypeVar("T", bound="Address")
_new = object.__new__


@_attrs_define
class Address:
    """The PackageX address object. Addresses read off labels are often partial, so every field may be null."""

    object_: str | None = _attrs_field(default=NOT_GIVEN)
    """ The object type (`"address"`). Inferred: from the SDK sample only. """
    id: str | None = _attrs_field(default=NOT_GIVEN)
    """ The address id; pass it to any address field later to reuse this exact address. """
    hash_: str | None = _attrs_field(default=NOT_GIVEN)
    """ Like the id, a unique string identifying the address, but ignoring `line2`. """
    line1: str | None = _attrs_field(default=NOT_GIVEN)
    """ The first line of the street address. """
    line2: str | None = _attrs_field(default=NOT_GIVEN)
    """ The second line of the street address. """
    unit_no: str | None = _attrs_field(default=NOT_GIVEN)
    """ The unit number. Inferred: from the SDK sample only. """
    city: str | None = _attrs_field(default=NOT_GIVEN)
    """ The city. """
    state: str | None = _attrs_field(default=NOT_GIVEN)
    """ The full name of the state. """
    state_code: str | None = _attrs_field(default=NOT_GIVEN)
    """ The abbreviated state code, if applicable. """
    country: str | None = _attrs_field(default=NOT_GIVEN)
    """ The full name of the country. """
    country_code: str | None = _attrs_field(default=NOT_GIVEN)
    """ The two-character country code. """
    postal_code: str | None = _attrs_field(default=NOT_GIVEN)
    """ The postal code. """
    formatted_address: str | None = _attrs_field(default=NOT_GIVEN)
    """ The full address as one string. """
    textarea: str | None = _attrs_field(default=NOT_GIVEN)
    """ The full address as one string without `line2` (for autocomplete inputs). """
    timezone: str | None = _attrs_field(default=NOT_GIVEN)
    """ The address's timezone. """
    verified: bool | None = _attrs_field(default=NOT_GIVEN)
    """ Whether PackageX has verified this address. """
    latitude: float | None = _attrs_field(default=NOT_GIVEN)
    """ The latitude coordinate. """
    longitude: float | None = _attrs_field(default=NOT_GIVEN)
    """ The longitude coordinate. """
    coordinates: Any = _attrs_field(default=NOT_GIVEN)
    """ Inferred: coordinates of the address. The field is in the SDK sample (null there) and its shape is unknown,
    so any JSON value is accepted and kept as-is (null reads as unset). """
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
                "object_",
                "id",
                "hash_",
                "line1",
                "line2",
                "unit_no",
                "city",
                "state",
                "state_code",
                "country",
                "country_code",
                "postal_code",
                "formatted_address",
                "textarea",
                "timezone",
                "verified",
                "latitude",
                "longitude",
                "coordinates",
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
        if self.object_ is not None:
            object_: None | str
            object_ = self.object_
            field_dict["object"] = object_
        elif self._nulls & 1:
            field_dict["object"] = None
        if self.id is not None:
            id: None | str
            id = self.id
            field_dict["id"] = id
        elif self._nulls & 2:
            field_dict["id"] = None
        if self.hash_ is not None:
            hash_: None | str
            hash_ = self.hash_
            field_dict["hash"] = hash_
        elif self._nulls & 4:
            field_dict["hash"] = None
        if self.line1 is not None:
            line1: None | str
            line1 = self.line1
            field_dict["line1"] = line1
        elif self._nulls & 8:
            field_dict["line1"] = None
        if self.line2 is not None:
            line2: None | str
            line2 = self.line2
            field_dict["line2"] = line2
        elif self._nulls & 16:
            field_dict["line2"] = None
        if self.unit_no is not None:
            unit_no: None | str
            unit_no = self.unit_no
            field_dict["unit_no"] = unit_no
        elif self._nulls & 32:
            field_dict["unit_no"] = None
        if self.city is not None:
            city: None | str
            city = self.city
            field_dict["city"] = city
        elif self._nulls & 64:
            field_dict["city"] = None
        if self.state is not None:
            state: None | str
            state = self.state
            field_dict["state"] = state
        elif self._nulls & 128:
            field_dict["state"] = None
        if self.state_code is not None:
            state_code: None | str
            state_code = self.state_code
            field_dict["state_code"] = state_code
        elif self._nulls & 256:
            field_dict["state_code"] = None
        if self.country is not None:
            country: None | str
            country = self.country
            field_dict["country"] = country
        elif self._nulls & 512:
            field_dict["country"] = None
        if self.country_code is not None:
            country_code: None | str
            country_code = self.country_code
            field_dict["country_code"] = country_code
        elif self._nulls & 1024:
            field_dict["country_code"] = None
        if self.postal_code is not None:
            postal_code: None | str
            postal_code = self.postal_code
            field_dict["postal_code"] = postal_code
        elif self._nulls & 2048:
            field_dict["postal_code"] = None
        if self.formatted_address is not None:
            formatted_address: None | str
            formatted_address = self.formatted_address
            field_dict["formatted_address"] = formatted_address
        elif self._nulls & 4096:
            field_dict["formatted_address"] = None
        if self.textarea is not None:
            textarea: None | str
            textarea = self.textarea
            field_dict["textarea"] = textarea
        elif self._nulls & 8192:
            field_dict["textarea"] = None
        if self.timezone is not None:
            timezone: None | str
            timezone = self.timezone
            field_dict["timezone"] = timezone
        elif self._nulls & 16384:
            field_dict["timezone"] = None
        if self.verified is not None:
            verified: bool | None
            verified = self.verified
            field_dict["verified"] = verified
        elif self._nulls & 32768:
            field_dict["verified"] = None
        if self.latitude is not None:
            latitude: float | None
            latitude = self.latitude
            field_dict["latitude"] = latitude
        elif self._nulls & 65536:
            field_dict["latitude"] = None
        if self.longitude is not None:
            longitude: float | None
            longitude = self.longitude
            field_dict["longitude"] = longitude
        elif self._nulls & 131072:
            field_dict["longitude"] = None
        if self.coordinates is not None:
            field_dict["coordinates"] = self.coordinates
        elif self._nulls & 262144:
            field_dict["coordinates"] = None

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
                *(("object_",) if self.object_ is not None or self._nulls & 1 else ()),
                *(("id",) if self.id is not None or self._nulls & 2 else ()),
                *(("hash_",) if self.hash_ is not None or self._nulls & 4 else ()),
                *(("line1",) if self.line1 is not None or self._nulls & 8 else ()),
                *(("line2",) if self.line2 is not None or self._nulls & 16 else ()),
                *(("unit_no",) if self.unit_no is not None or self._nulls & 32 else ()),
                *(("city",) if self.city is not None or self._nulls & 64 else ()),
                *(("state",) if self.state is not None or self._nulls & 128 else ()),
                *(("state_code",) if self.state_code is not None or self._nulls & 256 else ()),
                *(("country",) if self.country is not None or self._nulls & 512 else ()),
                *(("country_code",) if self.country_code is not None or self._nulls & 1024 else ()),
                *(("postal_code",) if self.postal_code is not None or self._nulls & 2048 else ()),
                *(("formatted_address",) if self.formatted_address is not None or self._nulls & 4096 else ()),
                *(("textarea",) if self.textarea is not None or self._nulls & 8192 else ()),
                *(("timezone",) if self.timezone is not None or self._nulls & 16384 else ()),
                *(("verified",) if self.verified is not None or self._nulls & 32768 else ()),
                *(("latitude",) if self.latitude is not None or self._nulls & 65536 else ()),
                *(("longitude",) if self.longitude is not None or self._nulls & 131072 else ()),
                *(("coordinates",) if self.coordinates is not None or self._nulls & 262144 else ()),
            )
        )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `Address`; `src_dict` is left unchanged."""
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
            if len(d) == 19:
                try:
                    _v_object_ = d["object"]
                    _v_id = d["id"]
                    _v_hash_ = d["hash"]
                    _v_line1 = d["line1"]
                    _v_line2 = d["line2"]
                    _v_unit_no = d["unit_no"]
                    _v_city = d["city"]
                    _v_state = d["state"]
                    _v_state_code = d["state_code"]
                    _v_country = d["country"]
                    _v_country_code = d["country_code"]
                    _v_postal_code = d["postal_code"]
                    _v_formatted_address = d["formatted_address"]
                    _v_textarea = d["textarea"]
                    _v_timezone = d["timezone"]
                    _v_verified = d["verified"]
                    _v_latitude = d["latitude"]
                    _v_longitude = d["longitude"]
                    coordinates = d["coordinates"]
                except KeyError:  # an unknown field in place of a known one
                    _v_object_ = d.pop("object", UNSET)
                    _v_id = d.pop("id", UNSET)
                    _v_hash_ = d.pop("hash", UNSET)
                    _v_line1 = d.pop("line1", UNSET)
                    _v_line2 = d.pop("line2", UNSET)
                    _v_unit_no = d.pop("unit_no", UNSET)
                    _v_city = d.pop("city", UNSET)
                    _v_state = d.pop("state", UNSET)
                    _v_state_code = d.pop("state_code", UNSET)
                    _v_country = d.pop("country", UNSET)
                    _v_country_code = d.pop("country_code", UNSET)
                    _v_postal_code = d.pop("postal_code", UNSET)
                    _v_formatted_address = d.pop("formatted_address", UNSET)
                    _v_textarea = d.pop("textarea", UNSET)
                    _v_timezone = d.pop("timezone", UNSET)
                    _v_verified = d.pop("verified", UNSET)
                    _v_latitude = d.pop("latitude", UNSET)
                    _v_longitude = d.pop("longitude", UNSET)
                    coordinates = d.pop("coordinates", UNSET)

                else:
                    d = _NO_KEYS  # no keys left over: the object is not kept
            # Free-form fields (no schema) are the ones servers most often leave out (some are sent
            # only on request): an object with every other field and nothing else is read the same way.
            elif len(d) == 18:
                try:
                    _v_object_ = d["object"]
                    _v_id = d["id"]
                    _v_hash_ = d["hash"]
                    _v_line1 = d["line1"]
                    _v_line2 = d["line2"]
                    _v_unit_no = d["unit_no"]
                    _v_city = d["city"]
                    _v_state = d["state"]
                    _v_state_code = d["state_code"]
                    _v_country = d["country"]
                    _v_country_code = d["country_code"]
                    _v_postal_code = d["postal_code"]
                    _v_formatted_address = d["formatted_address"]
                    _v_textarea = d["textarea"]
                    _v_timezone = d["timezone"]
                    _v_verified = d["verified"]
                    _v_latitude = d["latitude"]
                    _v_longitude = d["longitude"]
                except KeyError:  # not that object
                    _v_object_ = d.pop("object", UNSET)
                    _v_id = d.pop("id", UNSET)
                    _v_hash_ = d.pop("hash", UNSET)
                    _v_line1 = d.pop("line1", UNSET)
                    _v_line2 = d.pop("line2", UNSET)
                    _v_unit_no = d.pop("unit_no", UNSET)
                    _v_city = d.pop("city", UNSET)
                    _v_state = d.pop("state", UNSET)
                    _v_state_code = d.pop("state_code", UNSET)
                    _v_country = d.pop("country", UNSET)
                    _v_country_code = d.pop("country_code", UNSET)
                    _v_postal_code = d.pop("postal_code", UNSET)
                    _v_formatted_address = d.pop("formatted_address", UNSET)
                    _v_textarea = d.pop("textarea", UNSET)
                    _v_timezone = d.pop("timezone", UNSET)
                    _v_verified = d.pop("verified", UNSET)
                    _v_latitude = d.pop("latitude", UNSET)
                    _v_longitude = d.pop("longitude", UNSET)
                    coordinates = d.pop("coordinates", UNSET)

                else:
                    coordinates = None
                    _free = False
                    d = _NO_KEYS
            else:
                _v_object_ = d.pop("object", UNSET)
                _v_id = d.pop("id", UNSET)
                _v_hash_ = d.pop("hash", UNSET)
                _v_line1 = d.pop("line1", UNSET)
                _v_line2 = d.pop("line2", UNSET)
                _v_unit_no = d.pop("unit_no", UNSET)
                _v_city = d.pop("city", UNSET)
                _v_state = d.pop("state", UNSET)
                _v_state_code = d.pop("state_code", UNSET)
                _v_country = d.pop("country", UNSET)
                _v_country_code = d.pop("country_code", UNSET)
                _v_postal_code = d.pop("postal_code", UNSET)
                _v_formatted_address = d.pop("formatted_address", UNSET)
                _v_textarea = d.pop("textarea", UNSET)
                _v_timezone = d.pop("timezone", UNSET)
                _v_verified = d.pop("verified", UNSET)
                _v_latitude = d.pop("latitude", UNSET)
                _v_longitude = d.pop("longitude", UNSET)
                coordinates = d.pop("coordinates", UNSET)

            _field = "object"
            object_: str | None
            if _v_object_.__class__ is str:  # the usual case first, in one check
                object_ = _v_object_
            elif _v_object_ is UNSET:
                object_ = None
            elif _v_object_ is None:
                object_ = None
                _nulls |= 1  # object_
            else:
                object_ = _v_object_
                if not (object_ is None or isinstance(object_, (str))):
                    raise wrong_type(object_, "None | str")

            _field = "id"
            id: str | None
            if _v_id.__class__ is str:  # the usual case first, in one check
                id = _v_id
            elif _v_id is UNSET:
                id = None
            elif _v_id is None:
                id = None
                _nulls |= 2  # id
            else:
                id = _v_id
                if not (id is None or isinstance(id, (str))):
                    raise wrong_type(id, "None | str")

            _field = "hash"
            hash_: str | None
            if _v_hash_.__class__ is str:  # the usual case first, in one check
                hash_ = _v_hash_
            elif _v_hash_ is UNSET:
                hash_ = None
            elif _v_hash_ is None:
                hash_ = None
                _nulls |= 4  # hash_
            else:
                hash_ = _v_hash_
                if not (hash_ is None or isinstance(hash_, (str))):
                    raise wrong_type(hash_, "None | str")

            _field = "line1"
            line1: str | None
            if _v_line1.__class__ is str:  # the usual case first, in one check
                line1 = _v_line1
            elif _v_line1 is UNSET:
                line1 = None
            elif _v_line1 is None:
                line1 = None
                _nulls |= 8  # line1
            else:
                line1 = _v_line1
                if not (line1 is None or isinstance(line1, (str))):
                    raise wrong_type(line1, "None | str")

            _field = "line2"
            line2: str | None
            if _v_line2.__class__ is str:  # the usual case first, in one check
                line2 = _v_line2
            elif _v_line2 is UNSET:
                line2 = None
            elif _v_line2 is None:
                line2 = None
                _nulls |= 16  # line2
            else:
                line2 = _v_line2
                if not (line2 is None or isinstance(line2, (str))):
                    raise wrong_type(line2, "None | str")

            _field = "unit_no"
            unit_no: str | None
            if _v_unit_no.__class__ is str:  # the usual case first, in one check
                unit_no = _v_unit_no
            elif _v_unit_no is UNSET:
                unit_no = None
            elif _v_unit_no is None:
                unit_no = None
                _nulls |= 32  # unit_no
            else:
                unit_no = _v_unit_no
                if not (unit_no is None or isinstance(unit_no, (str))):
                    raise wrong_type(unit_no, "None | str")

            _field = "city"
            city: str | None
            if _v_city.__class__ is str:  # the usual case first, in one check
                city = _v_city
            elif _v_city is UNSET:
                city = None
            elif _v_city is None:
                city = None
                _nulls |= 64  # city
            else:
                city = _v_city
                if not (city is None or isinstance(city, (str))):
                    raise wrong_type(city, "None | str")

            _field = "state"
            state: str | None
            if _v_state.__class__ is str:  # the usual case first, in one check
                state = _v_state
            elif _v_state is UNSET:
                state = None
            elif _v_state is None:
                state = None
                _nulls |= 128  # state
            else:
                state = _v_state
                if not (state is None or isinstance(state, (str))):
                    raise wrong_type(state, "None | str")

            _field = "state_code"
            state_code: str | None
            if _v_state_code.__class__ is str:  # the usual case first, in one check
                state_code = _v_state_code
            elif _v_state_code is UNSET:
                state_code = None
            elif _v_state_code is None:
                state_code = None
                _nulls |= 256  # state_code
            else:
                state_code = _v_state_code
                if not (state_code is None or isinstance(state_code, (str))):
                    raise wrong_type(state_code, "None | str")

            _field = "country"
            country: str | None
            if _v_country.__class__ is str:  # the usual case first, in one check
                country = _v_country
            elif _v_country is UNSET:
                country = None
            elif _v_country is None:
                country = None
                _nulls |= 512  # country
            else:
                country = _v_country
                if not (country is None or isinstance(country, (str))):
                    raise wrong_type(country, "None | str")

            _field = "country_code"
            country_code: str | None
            if _v_country_code.__class__ is str:  # the usual case first, in one check
                country_code = _v_country_code
            elif _v_country_code is UNSET:
                country_code = None
            elif _v_country_code is None:
                country_code = None
                _nulls |= 1024  # country_code
            else:
                country_code = _v_country_code
                if not (country_code is None or isinstance(country_code, (str))):
                    raise wrong_type(country_code, "None | str")

            _field = "postal_code"
            postal_code: str | None
            if _v_postal_code.__class__ is str:  # the usual case first, in one check
                postal_code = _v_postal_code
            elif _v_postal_code is UNSET:
                postal_code = None
            elif _v_postal_code is None:
                postal_code = None
                _nulls |= 2048  # postal_code
            else:
                postal_code = _v_postal_code
                if not (postal_code is None or isinstance(postal_code, (str))):
                    raise wrong_type(postal_code, "None | str")

            _field = "formatted_address"
            formatted_address: str | None
            if _v_formatted_address.__class__ is str:  # the usual case first, in one check
                formatted_address = _v_formatted_address
            elif _v_formatted_address is UNSET:
                formatted_address = None
            elif _v_formatted_address is None:
                formatted_address = None
                _nulls |= 4096  # formatted_address
            else:
                formatted_address = _v_formatted_address
                if not (formatted_address is None or isinstance(formatted_address, (str))):
                    raise wrong_type(formatted_address, "None | str")

            _field = "textarea"
            textarea: str | None
            if _v_textarea.__class__ is str:  # the usual case first, in one check
                textarea = _v_textarea
            elif _v_textarea is UNSET:
                textarea = None
            elif _v_textarea is None:
                textarea = None
                _nulls |= 8192  # textarea
            else:
                textarea = _v_textarea
                if not (textarea is None or isinstance(textarea, (str))):
                    raise wrong_type(textarea, "None | str")

            _field = "timezone"
            timezone: str | None
            if _v_timezone.__class__ is str:  # the usual case first, in one check
                timezone = _v_timezone
            elif _v_timezone is UNSET:
                timezone = None
            elif _v_timezone is None:
                timezone = None
                _nulls |= 16384  # timezone
            else:
                timezone = _v_timezone
                if not (timezone is None or isinstance(timezone, (str))):
                    raise wrong_type(timezone, "None | str")

            _field = "verified"
            verified: bool | None
            if _v_verified.__class__ is bool:  # the usual case first, in one check
                verified = _v_verified
            elif _v_verified is UNSET:
                verified = None
            elif _v_verified is None:
                verified = None
                _nulls |= 32768  # verified
            else:
                verified = _v_verified
                if not (verified is None or isinstance(verified, (bool))):
                    raise wrong_type(verified, "bool | None")

            _field = "latitude"
            latitude: float | None
            if _v_latitude.__class__ is float:  # the usual case first, in one check
                latitude = _v_latitude
            elif _v_latitude is UNSET:
                latitude = None
            elif _v_latitude is None:
                latitude = None
                _nulls |= 65536  # latitude
            else:
                latitude = _v_latitude
                if not (
                    latitude is None
                    or (isinstance(latitude, (int, float)) and latitude is not True and latitude is not False)
                ):
                    raise wrong_type(latitude, "float | None")

            _field = "longitude"
            longitude: float | None
            if _v_longitude.__class__ is float:  # the usual case first, in one check
                longitude = _v_longitude
            elif _v_longitude is UNSET:
                longitude = None
            elif _v_longitude is None:
                longitude = None
                _nulls |= 131072  # longitude
            else:
                longitude = _v_longitude
                if not (
                    longitude is None
                    or (isinstance(longitude, (int, float)) and longitude is not True and longitude is not False)
                ):
                    raise wrong_type(longitude, "float | None")

            if _free:  # else the usual object without them: each is None already, none a null
                if coordinates is UNSET:
                    coordinates = None
                elif coordinates is None:
                    _nulls |= 262144  # coordinates

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
            _obj._nulls = _nulls
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
