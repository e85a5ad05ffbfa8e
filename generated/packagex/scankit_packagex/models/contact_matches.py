from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ParseError, Unset, copy_json, wrong_type

T = TypeVar("T", bound="ContactMatches")
_new = object.__new__


@_attrs_define
class ContactMatches:
    """The organization's contacts matched to the scan's sender and recipient (when created with `options.match_contacts:
    true`). Each contact's `_search.relevance_score` says how good the match is.

    """

    senders: list[Contact] | Unset = UNSET
    """ Contacts that matched the sender. """
    recipients: list[Contact] | Unset = UNSET
    """ Contacts that matched the recipient. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        senders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.senders, Unset):
            senders = []
            for senders_item_data in self.senders:
                senders_item = senders_item_data.to_dict()
                senders.append(senders_item)

        recipients: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.recipients, Unset):
            recipients = []
            for recipients_item_data in self.recipients:
                recipients_item = recipients_item_data.to_dict()
                recipients.append(recipients_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if senders is not UNSET:
            field_dict["senders"] = senders
        if recipients is not UNSET:
            field_dict["recipients"] = recipients

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `ContactMatches`; `src_dict` is left unchanged."""
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
            _field = "senders"
            _src = d.pop("senders", UNSET)
            if _src is None:
                _src = UNSET
            _senders = _src
            senders: list[Contact] | Unset = UNSET
            if _senders is not UNSET:
                if not isinstance(_senders, list):
                    raise wrong_type(_senders, "an array")
                senders = []
                for senders_item_data in _senders:
                    try:
                        senders_item = _from_json_Contact(senders_item_data)

                    except ParseError as e:
                        e.path.insert(0, f"[{len(senders)}]")
                        raise
                    except (KeyError, ValueError, TypeError, AttributeError) as e:
                        raise ParseError("", f"[{len(senders)}]", e) from e
                    senders.append(senders_item)

            _field = "recipients"
            _src = d.pop("recipients", UNSET)
            if _src is None:
                _src = UNSET
            _recipients = _src
            recipients: list[Contact] | Unset = UNSET
            if _recipients is not UNSET:
                if not isinstance(_recipients, list):
                    raise wrong_type(_recipients, "an array")
                recipients = []
                for recipients_item_data in _recipients:
                    try:
                        recipients_item = _from_json_Contact(recipients_item_data)

                    except ParseError as e:
                        e.path.insert(0, f"[{len(recipients)}]")
                        raise
                    except (KeyError, ValueError, TypeError, AttributeError) as e:
                        raise ParseError("", f"[{len(recipients)}]", e) from e
                    recipients.append(recipients_item)

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj: T
        if cls is ContactMatches:
            # The slots set directly: exactly what attrs' __init__ does here (no validators or
            # converters), without the cost of calling the class (about 0.3 µs a model, bench/cpu.py).
            _obj = _new(cls)
            _obj.senders = senders
            _obj.recipients = recipients
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                senders,
                recipients,
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


from ..models.contact import Contact  # noqa: E402

_from_json_Contact = Contact._from_json
