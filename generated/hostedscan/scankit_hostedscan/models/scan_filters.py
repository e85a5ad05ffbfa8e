from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scan_state import ScanState
from ..models.scan_type import ScanType
from ..types import UNSET, ParseError, Unset, wrong_type

T = TypeVar("T", bound="ScanFilters")


@_attrs_define
class ScanFilters:
    """Filters for `scans.list`. Each key holds an array of values to match; the scankit
    wrapper sends the object as JSON in the `filters` query parameter.

    """

    type_: list[ScanType] | Unset = UNSET
    """ Only scans of these types. """
    state: list[ScanState] | Unset = UNSET
    """ Only scans in these states. """
    scheduled_by: list[str] | Unset = UNSET
    """ Only scans scheduled by these. Inferred: the docs name the key but not its values
    (no `scheduled_by` field appears on a Scan).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: list[str] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = []
            for type_item_data in self.type_:
                type_item = type_item_data.value
                type_.append(type_item)

        state: list[str] | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = []
            for state_item_data in self.state:
                state_item = state_item_data.value
                state.append(state_item)

        scheduled_by: list[str] | Unset = UNSET
        if not isinstance(self.scheduled_by, Unset):
            scheduled_by = self.scheduled_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if state is not UNSET:
            field_dict["state"] = state
        if scheduled_by is not UNSET:
            field_dict["scheduled_by"] = scheduled_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ParseError(cls.__name__, "", wrong_type(src_dict, "an object"))
        d = dict(src_dict)
        _field = ""
        try:
            _field = "type"
            _src = d.pop("type", UNSET)
            if _src is None:
                _src = UNSET
            _type_ = _src
            type_: list[ScanType] | Unset = UNSET
            if _type_ is not UNSET:
                if not isinstance(_type_, list):
                    raise wrong_type(_type_, "an array")
                type_ = []
                for _i_type_, type_item_data in enumerate(_type_):
                    try:
                        type_item = ScanType(type_item_data)

                    except ParseError as e:
                        e.path.insert(0, f"[{_i_type_}]")
                        raise
                    except (KeyError, ValueError, TypeError, AttributeError) as e:
                        raise ParseError("", f"[{_i_type_}]", e) from e
                    type_.append(type_item)

            _field = "state"
            _src = d.pop("state", UNSET)
            if _src is None:
                _src = UNSET
            _state = _src
            state: list[ScanState] | Unset = UNSET
            if _state is not UNSET:
                if not isinstance(_state, list):
                    raise wrong_type(_state, "an array")
                state = []
                for _i_state, state_item_data in enumerate(_state):
                    try:
                        state_item = ScanState(state_item_data)

                    except ParseError as e:
                        e.path.insert(0, f"[{_i_state}]")
                        raise
                    except (KeyError, ValueError, TypeError, AttributeError) as e:
                        raise ParseError("", f"[{_i_state}]", e) from e
                    state.append(state_item)

            _field = "scheduled_by"
            _src = d.pop("scheduled_by", UNSET)
            if _src is None:
                _src = UNSET
            _scheduled_by = _src
            if not (isinstance(_scheduled_by, list) or isinstance(_scheduled_by, Unset)):
                raise wrong_type(_scheduled_by, "an array")
            scheduled_by = cast(list[str] | Unset, _scheduled_by)

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj = cls(
            type_=type_,
            state=state,
            scheduled_by=scheduled_by,
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
