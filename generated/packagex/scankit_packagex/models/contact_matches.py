from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ParseError, Unset, wrong_type

T = TypeVar("T", bound="ContactMatches")


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
        if not isinstance(src_dict, Mapping):
            raise ParseError(cls.__name__, "", wrong_type(src_dict, "an object"))
        d = dict(src_dict)
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
                for _i_senders, senders_item_data in enumerate(_senders):
                    try:
                        senders_item = Contact.from_dict(senders_item_data)

                    except ParseError as e:
                        e.path.insert(0, f"[{_i_senders}]")
                        raise
                    except (KeyError, ValueError, TypeError, AttributeError) as e:
                        raise ParseError("", f"[{_i_senders}]", e) from e
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
                for _i_recipients, recipients_item_data in enumerate(_recipients):
                    try:
                        recipients_item = Contact.from_dict(recipients_item_data)

                    except ParseError as e:
                        e.path.insert(0, f"[{_i_recipients}]")
                        raise
                    except (KeyError, ValueError, TypeError, AttributeError) as e:
                        raise ParseError("", f"[{_i_recipients}]", e) from e
                    recipients.append(recipients_item)

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj = cls(
            senders=senders,
            recipients=recipients,
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
