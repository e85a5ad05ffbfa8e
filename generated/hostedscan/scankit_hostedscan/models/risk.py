from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.risk_status import RiskStatus
from ..types import UNSET, ParseError, Unset, parse_datetime, wrong_type

T = TypeVar("T", bound="Risk")


@_attrs_define
class Risk:
    """A vulnerability or finding a scan detected on a target. It stays `OPEN` while scans
    keep finding it and becomes `CLOSED` when a later scan no longer does.
    Inferred: the docs never say which fields are always present; only `id` is required.

    """

    id: str
    """ ID of the risk. """
    target_id: str | Unset = UNSET
    """ ID of the target the risk was found on. """
    target: str | Unset = UNSET
    """ The target the risk was found on (host name, IP address or URL). """
    target_label: None | str | Unset = UNSET
    """ The label of the target. Shown on the single-risk example only.
    Inferred: may be missing or null when the target has no label.
     """
    tags: list[str] | Unset = UNSET
    """ The tags of the target the risk was found on. """
    status: RiskStatus | Unset = UNSET
    """ Whether the risk is still found on its target (`OPEN`) or no longer (`CLOSED`). """
    is_accepted: bool | Unset = UNSET
    """ Whether someone accepted this risk (decided not to fix it). """
    accepted_by: list[RiskAcceptance] | Unset = UNSET
    """ The acceptances of this risk, each with its note. """
    risk_definition: RiskDefinition | Unset = UNSET
    """ What kind of risk this is - the same definition is shared by every target it is found on. """
    first_detected_at: datetime.datetime | None | Unset = UNSET
    """ When a scan first found this risk. The docs put this field here on the
    single-risk example and inside `risk_definition` on the list example; both places
    are accepted. Inferred: an ISO 8601 date-time (the docs say "Date").
     """
    last_detected_at: datetime.datetime | None | Unset = UNSET
    """ When a scan last found this risk. The docs put this field here on the single-risk
    example and inside `risk_definition` on the list example; both places are
    accepted. Inferred: an ISO 8601 date-time (the docs say "Date").
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        target_id = self.target_id

        target = self.target

        target_label: None | str | Unset
        if isinstance(self.target_label, Unset):
            target_label = UNSET
        else:
            target_label = self.target_label

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        is_accepted = self.is_accepted

        accepted_by: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.accepted_by, Unset):
            accepted_by = []
            for accepted_by_item_data in self.accepted_by:
                accepted_by_item = accepted_by_item_data.to_dict()
                accepted_by.append(accepted_by_item)

        risk_definition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.risk_definition, Unset):
            risk_definition = self.risk_definition.to_dict()

        first_detected_at: None | str | Unset
        if isinstance(self.first_detected_at, Unset):
            first_detected_at = UNSET
        elif isinstance(self.first_detected_at, datetime.datetime):
            first_detected_at = self.first_detected_at.isoformat()
        else:
            first_detected_at = self.first_detected_at

        last_detected_at: None | str | Unset
        if isinstance(self.last_detected_at, Unset):
            last_detected_at = UNSET
        elif isinstance(self.last_detected_at, datetime.datetime):
            last_detected_at = self.last_detected_at.isoformat()
        else:
            last_detected_at = self.last_detected_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if target_id is not UNSET:
            field_dict["target_id"] = target_id
        if target is not UNSET:
            field_dict["target"] = target
        if target_label is not UNSET:
            field_dict["target_label"] = target_label
        if tags is not UNSET:
            field_dict["tags"] = tags
        if status is not UNSET:
            field_dict["status"] = status
        if is_accepted is not UNSET:
            field_dict["is_accepted"] = is_accepted
        if accepted_by is not UNSET:
            field_dict["accepted_by"] = accepted_by
        if risk_definition is not UNSET:
            field_dict["risk_definition"] = risk_definition
        if first_detected_at is not UNSET:
            field_dict["first_detected_at"] = first_detected_at
        if last_detected_at is not UNSET:
            field_dict["last_detected_at"] = last_detected_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ParseError(cls.__name__, "", wrong_type(src_dict, "an object"))
        d = dict(src_dict)
        _field = ""
        try:
            _field = "id"
            _src = d.pop("id")
            if not (isinstance(_src, str)):
                raise wrong_type(_src, "a string")

            id = _src

            _field = "target_id"
            _src = d.pop("target_id", UNSET)
            if _src is None:
                _src = UNSET
            if not (isinstance(_src, str) or isinstance(_src, Unset)):
                raise wrong_type(_src, "a string")

            target_id = _src

            _field = "target"
            _src = d.pop("target", UNSET)
            if _src is None:
                _src = UNSET
            if not (isinstance(_src, str) or isinstance(_src, Unset)):
                raise wrong_type(_src, "a string")

            target = _src

            _field = "target_label"
            _src = d.pop("target_label", UNSET)

            def _parse_target_label(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (str)):
                    return cast(None | str | Unset, data)
                raise wrong_type(data, "None | str")

            target_label = _parse_target_label(_src)

            _field = "tags"
            _src = d.pop("tags", UNSET)
            if _src is None:
                _src = UNSET
            _tags = _src
            if not (isinstance(_tags, list) or isinstance(_tags, Unset)):
                raise wrong_type(_tags, "an array")
            tags = cast(list[str] | Unset, _tags)

            _field = "status"
            _src = d.pop("status", UNSET)
            if _src is None:
                _src = UNSET
            _status = _src
            status: RiskStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = RiskStatus(_status)

            _field = "is_accepted"
            _src = d.pop("is_accepted", UNSET)
            if _src is None:
                _src = UNSET
            if not (isinstance(_src, bool) or isinstance(_src, Unset)):
                raise wrong_type(_src, "a boolean")

            is_accepted = _src

            _field = "accepted_by"
            _src = d.pop("accepted_by", UNSET)
            if _src is None:
                _src = UNSET
            _accepted_by = _src
            accepted_by: list[RiskAcceptance] | Unset = UNSET
            if _accepted_by is not UNSET:
                if not isinstance(_accepted_by, list):
                    raise wrong_type(_accepted_by, "an array")
                accepted_by = []
                for _i_accepted_by, accepted_by_item_data in enumerate(_accepted_by):
                    try:
                        accepted_by_item = RiskAcceptance.from_dict(accepted_by_item_data)

                    except ParseError as e:
                        e.path.insert(0, f"[{_i_accepted_by}]")
                        raise
                    except (KeyError, ValueError, TypeError, AttributeError) as e:
                        raise ParseError("", f"[{_i_accepted_by}]", e) from e
                    accepted_by.append(accepted_by_item)

            _field = "risk_definition"
            _src = d.pop("risk_definition", UNSET)
            if _src is None:
                _src = UNSET
            _risk_definition = _src
            risk_definition: RiskDefinition | Unset
            if isinstance(_risk_definition, Unset):
                risk_definition = UNSET
            else:
                risk_definition = RiskDefinition.from_dict(_risk_definition)

            _field = "first_detected_at"
            _src = d.pop("first_detected_at", UNSET)

            def _parse_first_detected_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    first_detected_at_type_0 = parse_datetime(data)

                    return first_detected_at_type_0
                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise wrong_type(data, "datetime.datetime | None")

            first_detected_at = _parse_first_detected_at(_src)

            _field = "last_detected_at"
            _src = d.pop("last_detected_at", UNSET)

            def _parse_last_detected_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    last_detected_at_type_0 = parse_datetime(data)

                    return last_detected_at_type_0
                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise wrong_type(data, "datetime.datetime | None")

            last_detected_at = _parse_last_detected_at(_src)

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj = cls(
            id=id,
            target_id=target_id,
            target=target,
            target_label=target_label,
            tags=tags,
            status=status,
            is_accepted=is_accepted,
            accepted_by=accepted_by,
            risk_definition=risk_definition,
            first_detected_at=first_detected_at,
            last_detected_at=last_detected_at,
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


from ..models.risk_acceptance import RiskAcceptance  # noqa: E402
from ..models.risk_definition import RiskDefinition  # noqa: E402
