from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ParseError, Unset, copy_json, wrong_type

T = TypeVar("T", bound="ScanParty")
_new = object.__new__


@_attrs_define
class ScanParty:
    """A sender or recipient as read off the label. Inferred: shape from the SDK sample (the docs tracker model has the
    same shape).

    """

    contact_id: None | str | Unset = UNSET
    """ Inferred: the id of the organization's contact this party was matched to. The newer shipping-label inference
    model documents `contact_id` on its sender and recipient (vendor-notes, by analogy; the field was not visible in
    the excerpt of https://docs.packagex.io/apis/inferences/models read for this spec); whether scans carry it is
    not documented. """
    name: None | str | Unset = UNSET
    """ The person's or business's name. """
    email: None | str | Unset = UNSET
    """ The email address, if one was on the label. """
    phone: None | str | Unset = UNSET
    """ The phone number, if one was on the label. """
    address: Address | None | Unset = UNSET
    """ The address read off the label (parsed when `options.parse_addresses` was true). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_id: None | str | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = self.contact_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, Address):
            address = self.address.to_dict()
        else:
            address = self.address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `ScanParty`; `src_dict` is left unchanged."""
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
            _field = "contact_id"
            _src = d.pop("contact_id", UNSET)
            contact_id = _src
            if not (contact_id is None or isinstance(contact_id, (str, Unset))):
                raise wrong_type(contact_id, "None | str")

            _field = "name"
            _src = d.pop("name", UNSET)
            name = _src
            if not (name is None or isinstance(name, (str, Unset))):
                raise wrong_type(name, "None | str")

            _field = "email"
            _src = d.pop("email", UNSET)
            email = _src
            if not (email is None or isinstance(email, (str, Unset))):
                raise wrong_type(email, "None | str")

            _field = "phone"
            _src = d.pop("phone", UNSET)
            phone = _src
            if not (phone is None or isinstance(phone, (str, Unset))):
                raise wrong_type(phone, "None | str")

            _field = "address"
            _src = d.pop("address", UNSET)
            address = _src
            if address is None or address is UNSET:
                pass
            elif isinstance(address, dict):
                try:
                    address_type_0 = _from_json_Address(address)

                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    raise wrong_type(address, "Address | None") from None
                address = address_type_0
            else:
                raise wrong_type(address, "Address | None")

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj: T
        if cls is ScanParty:
            # The slots set directly: exactly what attrs' __init__ does here (no validators or
            # converters), without the cost of calling the class (about 0.3 µs a model, bench/cpu.py).
            _obj = _new(cls)
            _obj.contact_id = contact_id
            _obj.name = name
            _obj.email = email
            _obj.phone = phone
            _obj.address = address
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                contact_id,
                name,
                email,
                phone,
                address,
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


from ..models.address import Address  # noqa: E402

_from_json_Address = Address._from_json
