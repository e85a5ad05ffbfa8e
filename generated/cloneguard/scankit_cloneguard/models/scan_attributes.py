from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scan_status import ScanStatus
from ..types import UNSET, ParseError, Unset, copy_json, parse_datetime, parse_uuid, wrong_type

T = TypeVar("T", bound="ScanAttributes")
_new = object.__new__


@_attrs_define
class ScanAttributes:
    """The scan's attributes."""

    id: UUID | Unset = UNSET
    """ The scan's UUID (same as the resource id). """
    name: str | Unset = UNSET
    """ Name of the scan """
    comment: str | Unset = UNSET
    """ Comment about the scan """
    creation_time: datetime.datetime | Unset = UNSET
    """ When the scan was created. """
    modification_time: datetime.datetime | Unset = UNSET
    """ When the scan was last modified. """
    status: ScanStatus | Unset = UNSET
    """ A GVM task status accepted by the `status[]` filter of List scans. The docs list these
    lowercase values; their "Allowed values" box shows the same names upper-cased, and v1
    sends them capitalised (`Done`): the case is not significant, and scankit compares
    these values case-insensitively (`x-scankit-case-insensitive`).

    Compared case-insensitively: any spelling of a listed value reads as that value. """
    schedule_next_time: None | str | Unset = UNSET
    """ Next time the scan will run (null when it is not scheduled). """
    target: ScanTarget | Unset = UNSET
    """ Target of the scan """
    schedule: Any | Unset = UNSET
    """ Inferred: the scan's schedule, present with `extended=true`; its shape and location are not documented. """
    config: Any | Unset = UNSET
    """ Inferred: the scan configuration (scan profile), present with `extended=true`; its shape and location are
    not documented. """
    scanner: Any | Unset = UNSET
    """ Inferred: the scanner that runs the scan, present with `extended=true`; its shape and location are not
    documented. """
    last_report: Any | Unset = UNSET
    """ Inferred: the scan's last report, present with `extended=true`; its shape and location are not documented.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        name = self.name

        comment = self.comment

        creation_time: str | Unset = UNSET
        if not isinstance(self.creation_time, Unset):
            creation_time = self.creation_time.isoformat()

        modification_time: str | Unset = UNSET
        if not isinstance(self.modification_time, Unset):
            modification_time = self.modification_time.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        schedule_next_time: None | str | Unset
        if isinstance(self.schedule_next_time, Unset):
            schedule_next_time = UNSET
        else:
            schedule_next_time = self.schedule_next_time

        target: dict[str, Any] | Unset = UNSET
        if not isinstance(self.target, Unset):
            target = self.target.to_dict()

        schedule = self.schedule

        config = self.config

        scanner = self.scanner

        last_report = self.last_report

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if comment is not UNSET:
            field_dict["comment"] = comment
        if creation_time is not UNSET:
            field_dict["creation_time"] = creation_time
        if modification_time is not UNSET:
            field_dict["modification_time"] = modification_time
        if status is not UNSET:
            field_dict["status"] = status
        if schedule_next_time is not UNSET:
            field_dict["schedule_next_time"] = schedule_next_time
        if target is not UNSET:
            field_dict["target"] = target
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if config is not UNSET:
            field_dict["config"] = config
        if scanner is not UNSET:
            field_dict["scanner"] = scanner
        if last_report is not UNSET:
            field_dict["last_report"] = last_report

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `ScanAttributes`; `src_dict` is left unchanged."""
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
            if _src is None:
                _src = UNSET
            _id = _src
            id: UUID | Unset
            if _id is UNSET:
                id = UNSET
            else:
                id = parse_uuid(_id)

            _field = "name"
            _src = d.pop("name", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (str, Unset)):
                raise wrong_type(_src, "a string")

            name = _src

            _field = "comment"
            _src = d.pop("comment", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (str, Unset)):
                raise wrong_type(_src, "a string")

            comment = _src

            _field = "creation_time"
            _src = d.pop("creation_time", UNSET)
            if _src is None:
                _src = UNSET
            _creation_time = _src
            creation_time: datetime.datetime | Unset
            if _creation_time is UNSET:
                creation_time = UNSET
            else:
                creation_time = parse_datetime(_creation_time)

            _field = "modification_time"
            _src = d.pop("modification_time", UNSET)
            if _src is None:
                _src = UNSET
            _modification_time = _src
            modification_time: datetime.datetime | Unset
            if _modification_time is UNSET:
                modification_time = UNSET
            else:
                modification_time = parse_datetime(_modification_time)

            _field = "status"
            _src = d.pop("status", UNSET)
            if _src is None:
                _src = UNSET
            _status = _src
            status: ScanStatus | Unset
            if _status is UNSET:
                status = UNSET
            else:
                status = _by_value_ScanStatus.get(_status) or ScanStatus(_status)

            _field = "schedule_next_time"
            _src = d.pop("schedule_next_time", UNSET)
            schedule_next_time = _src
            if not (schedule_next_time is None or isinstance(schedule_next_time, (str, Unset))):
                raise wrong_type(schedule_next_time, "None | str")

            _field = "target"
            _src = d.pop("target", UNSET)
            if _src is None:
                _src = UNSET
            _target = _src
            target: ScanTarget | Unset
            if _target is UNSET:
                target = UNSET
            else:
                target = _from_json_ScanTarget(_target)

            _field = "schedule"
            _src = d.pop("schedule", UNSET)

            schedule = _src

            _field = "config"
            _src = d.pop("config", UNSET)

            config = _src

            _field = "scanner"
            _src = d.pop("scanner", UNSET)

            scanner = _src

            _field = "last_report"
            _src = d.pop("last_report", UNSET)

            last_report = _src

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj: T
        if cls is ScanAttributes:
            # The slots set directly: exactly what attrs' __init__ does here (no validators or
            # converters), without the cost of calling the class (about 0.3 µs a model, bench/cpu.py).
            _obj = _new(cls)
            _obj.id = id
            _obj.name = name
            _obj.comment = comment
            _obj.creation_time = creation_time
            _obj.modification_time = modification_time
            _obj.status = status
            _obj.schedule_next_time = schedule_next_time
            _obj.target = target
            _obj.schedule = schedule
            _obj.config = config
            _obj.scanner = scanner
            _obj.last_report = last_report
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                id,
                name,
                comment,
                creation_time,
                modification_time,
                status,
                schedule_next_time,
                target,
                schedule,
                config,
                scanner,
                last_report,
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


from ..models.scan_target import ScanTarget  # noqa: E402

_by_value_ScanStatus = ScanStatus._by_value
_from_json_ScanTarget = ScanTarget._from_json
