from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ParseError, Unset, wrong_type

T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """A contact of your organization that matched a scan's sender or recipient. Only `_search` is documented for matches;
    the other fields are inferred from the shape PackageX uses for people (name, email, phone).

    """

    id: None | str | Unset = UNSET
    """ Inferred: the contact's id. """
    name: None | str | Unset = UNSET
    """ Inferred: the contact's name. """
    email: None | str | Unset = UNSET
    """ Inferred: the contact's email. """
    phone: None | str | Unset = UNSET
    """ Inferred: the contact's phone number. """
    field_search: SearchRelevance | Unset = UNSET
    """ How well an item matched a search or a contact match (`_search`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

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

        field_search: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_search, Unset):
            field_search = self.field_search.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if field_search is not UNSET:
            field_dict["_search"] = field_search

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ParseError(cls.__name__, "", wrong_type(src_dict, "an object"))
        d = dict(src_dict)
        _field = ""
        try:
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

            _field = "name"
            _src = d.pop("name", UNSET)

            def _parse_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (str)):
                    return cast(None | str | Unset, data)
                raise wrong_type(data, "None | str")

            name = _parse_name(_src)

            _field = "email"
            _src = d.pop("email", UNSET)

            def _parse_email(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (str)):
                    return cast(None | str | Unset, data)
                raise wrong_type(data, "None | str")

            email = _parse_email(_src)

            _field = "phone"
            _src = d.pop("phone", UNSET)

            def _parse_phone(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (str)):
                    return cast(None | str | Unset, data)
                raise wrong_type(data, "None | str")

            phone = _parse_phone(_src)

            _field = "_search"
            _src = d.pop("_search", UNSET)
            if _src is None:
                _src = UNSET
            _field_search = _src
            field_search: SearchRelevance | Unset
            if isinstance(_field_search, Unset):
                field_search = UNSET
            else:
                field_search = SearchRelevance.from_dict(_field_search)

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj = cls(
            id=id,
            name=name,
            email=email,
            phone=phone,
            field_search=field_search,
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


from ..models.search_relevance import SearchRelevance  # noqa: E402
