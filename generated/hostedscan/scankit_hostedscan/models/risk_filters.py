from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.risk_status import RiskStatus
from ..models.scan_type import ScanType
from ..models.threat_level import ThreatLevel
from ..types import UNSET, ParseError, Unset, copy_json, wrong_type

T = TypeVar("T", bound="RiskFilters")
_new = object.__new__


@_attrs_define
class RiskFilters:
    """Filters for `risks.list`. Each key holds an array of values to match; the scankit
    wrapper sends the object as JSON in the `filters` query parameter. Keys under
    `risk_definition.` are literal dotted names.

    """

    target_id: list[str] | Unset = UNSET
    """ Only risks on these targets (by target ID). """
    status: list[RiskStatus] | Unset = UNSET
    """ Only risks with these statuses. """
    tags: list[str] | Unset = UNSET
    """ Only risks on targets carrying any of these tags. """
    risk_definition_scan_type: list[ScanType] | Unset = UNSET
    """ Only risks found by these scan types. """
    risk_definition_threat_level: list[ThreatLevel] | Unset = UNSET
    """ Only risks with these threat levels. """
    risk_definition_title: list[str] | Unset = UNSET
    """ Only risks with these titles. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_id: list[str] | Unset = UNSET
        if not isinstance(self.target_id, Unset):
            target_id = self.target_id

        status: list[str] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = []
            for status_item_data in self.status:
                status_item = status_item_data.value
                status.append(status_item)

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        risk_definition_scan_type: list[str] | Unset = UNSET
        if not isinstance(self.risk_definition_scan_type, Unset):
            risk_definition_scan_type = []
            for risk_definition_scan_type_item_data in self.risk_definition_scan_type:
                risk_definition_scan_type_item = risk_definition_scan_type_item_data.value
                risk_definition_scan_type.append(risk_definition_scan_type_item)

        risk_definition_threat_level: list[str] | Unset = UNSET
        if not isinstance(self.risk_definition_threat_level, Unset):
            risk_definition_threat_level = []
            for risk_definition_threat_level_item_data in self.risk_definition_threat_level:
                risk_definition_threat_level_item = risk_definition_threat_level_item_data.value
                risk_definition_threat_level.append(risk_definition_threat_level_item)

        risk_definition_title: list[str] | Unset = UNSET
        if not isinstance(self.risk_definition_title, Unset):
            risk_definition_title = self.risk_definition_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if target_id is not UNSET:
            field_dict["target_id"] = target_id
        if status is not UNSET:
            field_dict["status"] = status
        if tags is not UNSET:
            field_dict["tags"] = tags
        if risk_definition_scan_type is not UNSET:
            field_dict["risk_definition.scan_type"] = risk_definition_scan_type
        if risk_definition_threat_level is not UNSET:
            field_dict["risk_definition.threat_level"] = risk_definition_threat_level
        if risk_definition_title is not UNSET:
            field_dict["risk_definition.title"] = risk_definition_title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `RiskFilters`; `src_dict` is left unchanged."""
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
            _field = "target_id"
            _src = d.pop("target_id", UNSET)
            if _src is None:
                _src = UNSET
            _target_id = _src
            if not (isinstance(_target_id, list) or isinstance(_target_id, Unset)):
                raise wrong_type(_target_id, "an array")
            target_id = cast(list[str] | Unset, _target_id)

            _field = "status"
            _src = d.pop("status", UNSET)
            if _src is None:
                _src = UNSET
            _status = _src
            status: list[RiskStatus] | Unset = UNSET
            if _status is not UNSET:
                if not isinstance(_status, list):
                    raise wrong_type(_status, "an array")
                status = []
                for status_item_data in _status:
                    try:
                        status_item = _by_value_RiskStatus.get(status_item_data) or RiskStatus(status_item_data)

                    except ParseError as e:
                        e.path.insert(0, f"[{len(status)}]")
                        raise
                    except (KeyError, ValueError, TypeError, AttributeError) as e:
                        raise ParseError("", f"[{len(status)}]", e) from e
                    status.append(status_item)

            _field = "tags"
            _src = d.pop("tags", UNSET)
            if _src is None:
                _src = UNSET
            _tags = _src
            if not (isinstance(_tags, list) or isinstance(_tags, Unset)):
                raise wrong_type(_tags, "an array")
            tags = cast(list[str] | Unset, _tags)

            _field = "risk_definition.scan_type"
            _src = d.pop("risk_definition.scan_type", UNSET)
            if _src is None:
                _src = UNSET
            _risk_definition_scan_type = _src
            risk_definition_scan_type: list[ScanType] | Unset = UNSET
            if _risk_definition_scan_type is not UNSET:
                if not isinstance(_risk_definition_scan_type, list):
                    raise wrong_type(_risk_definition_scan_type, "an array")
                risk_definition_scan_type = []
                for risk_definition_scan_type_item_data in _risk_definition_scan_type:
                    try:
                        risk_definition_scan_type_item = _by_value_ScanType.get(
                            risk_definition_scan_type_item_data
                        ) or ScanType(risk_definition_scan_type_item_data)

                    except ParseError as e:
                        e.path.insert(0, f"[{len(risk_definition_scan_type)}]")
                        raise
                    except (KeyError, ValueError, TypeError, AttributeError) as e:
                        raise ParseError("", f"[{len(risk_definition_scan_type)}]", e) from e
                    risk_definition_scan_type.append(risk_definition_scan_type_item)

            _field = "risk_definition.threat_level"
            _src = d.pop("risk_definition.threat_level", UNSET)
            if _src is None:
                _src = UNSET
            _risk_definition_threat_level = _src
            risk_definition_threat_level: list[ThreatLevel] | Unset = UNSET
            if _risk_definition_threat_level is not UNSET:
                if not isinstance(_risk_definition_threat_level, list):
                    raise wrong_type(_risk_definition_threat_level, "an array")
                risk_definition_threat_level = []
                for risk_definition_threat_level_item_data in _risk_definition_threat_level:
                    try:
                        risk_definition_threat_level_item = _by_value_ThreatLevel.get(
                            risk_definition_threat_level_item_data
                        ) or ThreatLevel(risk_definition_threat_level_item_data)

                    except ParseError as e:
                        e.path.insert(0, f"[{len(risk_definition_threat_level)}]")
                        raise
                    except (KeyError, ValueError, TypeError, AttributeError) as e:
                        raise ParseError("", f"[{len(risk_definition_threat_level)}]", e) from e
                    risk_definition_threat_level.append(risk_definition_threat_level_item)

            _field = "risk_definition.title"
            _src = d.pop("risk_definition.title", UNSET)
            if _src is None:
                _src = UNSET
            _risk_definition_title = _src
            if not (isinstance(_risk_definition_title, list) or isinstance(_risk_definition_title, Unset)):
                raise wrong_type(_risk_definition_title, "an array")
            risk_definition_title = cast(list[str] | Unset, _risk_definition_title)

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj: T
        if cls is RiskFilters:
            # The slots set directly: exactly what attrs' __init__ does here (no validators or
            # converters), without the cost of calling the class (about 0.3 µs a model, bench/cpu.py).
            _obj = _new(cls)
            _obj.target_id = target_id
            _obj.status = status
            _obj.tags = tags
            _obj.risk_definition_scan_type = risk_definition_scan_type
            _obj.risk_definition_threat_level = risk_definition_threat_level
            _obj.risk_definition_title = risk_definition_title
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                target_id,
                status,
                tags,
                risk_definition_scan_type,
                risk_definition_threat_level,
                risk_definition_title,
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


_by_value_RiskStatus = RiskStatus._by_value
_by_value_ScanType = ScanType._by_value
_by_value_ThreatLevel = ThreatLevel._by_value
