from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ParseError, Unset, parse_datetime, wrong_type

T = TypeVar("T", bound="RiskAcceptance")


@_attrs_define
class RiskAcceptance:
    """One acceptance of a risk."""

    note: str | Unset = UNSET
    """ Why the risk was accepted. """
    created_at: datetime.datetime | None | Unset = UNSET
    """ When the risk was accepted. Inferred: an ISO 8601 date-time (the docs say "Date"). """
    last_updated_at: datetime.datetime | None | Unset = UNSET
    """ When the acceptance was last changed. Inferred: an ISO 8601 date-time (the docs say "Date"). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        note = self.note

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        last_updated_at: None | str | Unset
        if isinstance(self.last_updated_at, Unset):
            last_updated_at = UNSET
        elif isinstance(self.last_updated_at, datetime.datetime):
            last_updated_at = self.last_updated_at.isoformat()
        else:
            last_updated_at = self.last_updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if note is not UNSET:
            field_dict["note"] = note
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if last_updated_at is not UNSET:
            field_dict["last_updated_at"] = last_updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ParseError(cls.__name__, "", wrong_type(src_dict, "an object"))
        d = dict(src_dict)
        _field = ""
        try:
            _field = "note"
            _src = d.pop("note", UNSET)
            if _src is None:
                _src = UNSET
            if not (isinstance(_src, str) or isinstance(_src, Unset)):
                raise wrong_type(_src, "a string")

            note = _src

            _field = "created_at"
            _src = d.pop("created_at", UNSET)

            def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    created_at_type_0 = parse_datetime(data)

                    return created_at_type_0
                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise wrong_type(data, "datetime.datetime | None")

            created_at = _parse_created_at(_src)

            _field = "last_updated_at"
            _src = d.pop("last_updated_at", UNSET)

            def _parse_last_updated_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    last_updated_at_type_0 = parse_datetime(data)

                    return last_updated_at_type_0
                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise wrong_type(data, "datetime.datetime | None")

            last_updated_at = _parse_last_updated_at(_src)

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj = cls(
            note=note,
            created_at=created_at,
            last_updated_at=last_updated_at,
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
