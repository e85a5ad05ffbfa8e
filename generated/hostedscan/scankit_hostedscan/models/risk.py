from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.risk_status import RiskStatus
from ..types import UNSET, ParseError, Unset, copy_json, parse_datetime, wrong_type

T = TypeVar("T", bound="Risk")
_new = object.__new__


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
        """Parse a JSON object (as decoded) into a `Risk`; `src_dict` is left unchanged."""
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
            _src = d.pop("id")
            if not isinstance(_src, (str)):
                raise wrong_type(_src, "a string")

            id = _src

            _field = "target_id"
            _src = d.pop("target_id", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (str, Unset)):
                raise wrong_type(_src, "a string")

            target_id = _src

            _field = "target"
            _src = d.pop("target", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (str, Unset)):
                raise wrong_type(_src, "a string")

            target = _src

            _field = "target_label"
            _src = d.pop("target_label", UNSET)
            target_label = _src
            if not (target_label is None or isinstance(target_label, (str, Unset))):
                raise wrong_type(target_label, "None | str")

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
            if _status is UNSET:
                status = UNSET
            else:
                status = _by_value_RiskStatus.get(_status) or RiskStatus(_status)

            _field = "is_accepted"
            _src = d.pop("is_accepted", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (bool, Unset)):
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
                for accepted_by_item_data in _accepted_by:
                    try:
                        accepted_by_item = _from_json_RiskAcceptance(accepted_by_item_data)

                    except ParseError as e:
                        e.path.insert(0, f"[{len(accepted_by)}]")
                        raise
                    except (KeyError, ValueError, TypeError, AttributeError) as e:
                        raise ParseError("", f"[{len(accepted_by)}]", e) from e
                    accepted_by.append(accepted_by_item)

            _field = "risk_definition"
            _src = d.pop("risk_definition", UNSET)
            if _src is None:
                _src = UNSET
            _risk_definition = _src
            risk_definition: RiskDefinition | Unset
            if _risk_definition is UNSET:
                risk_definition = UNSET
            else:
                risk_definition = _from_json_RiskDefinition(_risk_definition)

            _field = "first_detected_at"
            _src = d.pop("first_detected_at", UNSET)
            first_detected_at = _src
            if first_detected_at is None or first_detected_at is UNSET:
                pass
            elif isinstance(first_detected_at, str):
                try:
                    first_detected_at_type_0 = parse_datetime(first_detected_at)

                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    raise wrong_type(first_detected_at, "datetime.datetime | None") from None
                first_detected_at = first_detected_at_type_0
            else:
                raise wrong_type(first_detected_at, "datetime.datetime | None")

            _field = "last_detected_at"
            _src = d.pop("last_detected_at", UNSET)
            last_detected_at = _src
            if last_detected_at is None or last_detected_at is UNSET:
                pass
            elif isinstance(last_detected_at, str):
                try:
                    last_detected_at_type_0 = parse_datetime(last_detected_at)

                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    raise wrong_type(last_detected_at, "datetime.datetime | None") from None
                last_detected_at = last_detected_at_type_0
            else:
                raise wrong_type(last_detected_at, "datetime.datetime | None")

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj: T
        if cls is Risk:
            # The slots set directly: exactly what attrs' __init__ does here (no validators or
            # converters), without the cost of calling the class (about 0.3 µs a model, bench/cpu.py).
            _obj = _new(cls)
            _obj.id = id
            _obj.target_id = target_id
            _obj.target = target
            _obj.target_label = target_label
            _obj.tags = tags
            _obj.status = status
            _obj.is_accepted = is_accepted
            _obj.accepted_by = accepted_by
            _obj.risk_definition = risk_definition
            _obj.first_detected_at = first_detected_at
            _obj.last_detected_at = last_detected_at
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                id,
                target_id,
                target,
                target_label,
                tags,
                status,
                is_accepted,
                accepted_by,
                risk_definition,
                first_detected_at,
                last_detected_at,
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

_by_value_RiskStatus = RiskStatus._by_value
_from_json_RiskAcceptance = RiskAcceptance._from_json
_from_json_RiskDefinition = RiskDefinition._from_json
