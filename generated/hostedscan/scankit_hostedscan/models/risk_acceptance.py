from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ParseError, Unset, copy_json, parse_datetime, wrong_type

T = TypeVar("T", bound="RiskAcceptance")
_new = object.__new__


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
        """Parse a JSON object (as decoded) into a `RiskAcceptance`; `src_dict` is left unchanged."""
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
            _field = "note"
            _src = d.pop("note", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (str, Unset)):
                raise wrong_type(_src, "a string")

            note = _src

            _field = "created_at"
            _src = d.pop("created_at", UNSET)
            created_at = _src
            if created_at is None or created_at is UNSET:
                pass
            elif isinstance(created_at, str):
                try:
                    created_at_type_0 = parse_datetime(created_at)

                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    raise wrong_type(created_at, "datetime.datetime | None") from None
                created_at = created_at_type_0
            else:
                raise wrong_type(created_at, "datetime.datetime | None")

            _field = "last_updated_at"
            _src = d.pop("last_updated_at", UNSET)
            last_updated_at = _src
            if last_updated_at is None or last_updated_at is UNSET:
                pass
            elif isinstance(last_updated_at, str):
                try:
                    last_updated_at_type_0 = parse_datetime(last_updated_at)

                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    raise wrong_type(last_updated_at, "datetime.datetime | None") from None
                last_updated_at = last_updated_at_type_0
            else:
                raise wrong_type(last_updated_at, "datetime.datetime | None")

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj: T
        if cls is RiskAcceptance:
            # The slots set directly: exactly what attrs' __init__ does here (no validators or
            # converters), without the cost of calling the class (about 0.3 µs a model, bench/cpu.py).
            _obj = _new(cls)
            _obj.note = note
            _obj.created_at = created_at
            _obj.last_updated_at = last_updated_at
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                note,
                created_at,
                last_updated_at,
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
