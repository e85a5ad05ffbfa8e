from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ParseError, Unset, copy_json, wrong_type

T = TypeVar("T", bound="Contact")
_new = object.__new__


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
        """Parse a JSON object (as decoded) into a `Contact`; `src_dict` is left unchanged."""
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
            _src = d.pop("id", UNSET)
            id = _src
            if not (id is None or isinstance(id, (str, Unset))):
                raise wrong_type(id, "None | str")

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

            _field = "_search"
            _src = d.pop("_search", UNSET)
            if _src is None:
                _src = UNSET
            _field_search = _src
            field_search: SearchRelevance | Unset
            if _field_search is UNSET:
                field_search = UNSET
            else:
                field_search = _from_json_SearchRelevance(_field_search)

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj: T
        if cls is Contact:
            # The slots set directly: exactly what attrs' __init__ does here (no validators or
            # converters), without the cost of calling the class (about 0.3 µs a model, bench/cpu.py).
            _obj = _new(cls)
            _obj.id = id
            _obj.name = name
            _obj.email = email
            _obj.phone = phone
            _obj.field_search = field_search
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                id,
                name,
                email,
                phone,
                field_search,
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

_from_json_SearchRelevance = SearchRelevance._from_json
