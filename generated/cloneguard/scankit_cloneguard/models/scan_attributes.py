from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

import orjson
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scan_status import ScanStatus
from ..types import (
    NOT_GIVEN,
    UNSET,
    ParseError,
    _fromisoformat,
    _LazyUUID,
    copy_json,
    parse_datetime,
    parse_uuid,
    wrong_type,
)

T = TypeVar("T", bound="ScanAttributes")
_new = object.__new__


@_attrs_define
class ScanAttributes:
    """The scan's attributes."""

    id: UUID | None = _attrs_field(default=NOT_GIVEN)
    """ The scan's UUID (same as the resource id). """
    name: str | None = _attrs_field(default=NOT_GIVEN)
    """ Name of the scan """
    comment: str | None = _attrs_field(default=NOT_GIVEN)
    """ Comment about the scan """
    creation_time: datetime.datetime | None = _attrs_field(default=NOT_GIVEN)
    """ When the scan was created. """
    modification_time: datetime.datetime | None = _attrs_field(default=NOT_GIVEN)
    """ When the scan was last modified. """
    status: ScanStatus | None = _attrs_field(default=NOT_GIVEN)
    """ A GVM task status accepted by the `status[]` filter of List scans. The docs list these
    lowercase values; their "Allowed values" box shows the same names upper-cased, and v1
    sends them capitalised (`Done`): the case is not significant, and scankit compares
    these values case-insensitively (`x-scankit-case-insensitive`).

    Compared case-insensitively: any spelling of a listed value reads as that value. """
    schedule_next_time: str | None = _attrs_field(default=NOT_GIVEN)
    """ Next time the scan will run (null when it is not scheduled). """
    target: ScanTarget | None = _attrs_field(default=NOT_GIVEN)
    """ Target of the scan """
    schedule: Any = _attrs_field(default=NOT_GIVEN)
    """ Inferred: the scan's schedule, present with `extended=true`; its shape and location are not documented. """
    config: Any = _attrs_field(default=NOT_GIVEN)
    """ Inferred: the scan configuration (scan profile), present with `extended=true`; its shape and location are
    not documented. """
    scanner: Any = _attrs_field(default=NOT_GIVEN)
    """ Inferred: the scanner that runs the scan, present with `extended=true`; its shape and location are not
    documented. """
    last_report: Any = _attrs_field(default=NOT_GIVEN)
    """ Inferred: the scan's last report, present with `extended=true`; its shape and location are not documented.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields sent as an explicit null (read as None, like absent ones), so that
    # to_dict() re-emits exactly what was sent and fields_set can tell null from absent.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        # Only a model built by calling the class gets here (parsing sets the slots directly): an
        # optional field not given reads None and is left out of to_dict(); one given as None is null.
        # setattr, not `self.<field> = None`: editors on jedi (IPython, Jupyter) would take that
        # statement for the field's definition, typed NoneType and without its docstring.
        nulls: tuple[str, ...] = ()
        for name in (
            "id",
            "name",
            "comment",
            "creation_time",
            "modification_time",
            "status",
            "schedule_next_time",
            "target",
            "schedule",
            "config",
            "scanner",
            "last_report",
        ):
            value = getattr(self, name)
            if value is NOT_GIVEN:
                setattr(self, name, None)
            elif value is None:
                nulls += (name,)
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: exactly the fields the server sent (an absent field stays absent, a null
        stays null); on a model you build, the fields that are not None."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            id = str(self.id)
            field_dict["id"] = id
        elif "id" in self._nulls:
            field_dict["id"] = None
        if self.name is not None:
            field_dict["name"] = self.name
        elif "name" in self._nulls:
            field_dict["name"] = None
        if self.comment is not None:
            field_dict["comment"] = self.comment
        elif "comment" in self._nulls:
            field_dict["comment"] = None
        if self.creation_time is not None:
            creation_time = self.creation_time.isoformat()
            field_dict["creation_time"] = creation_time
        elif "creation_time" in self._nulls:
            field_dict["creation_time"] = None
        if self.modification_time is not None:
            modification_time = self.modification_time.isoformat()
            field_dict["modification_time"] = modification_time
        elif "modification_time" in self._nulls:
            field_dict["modification_time"] = None
        if self.status is not None:
            status = self.status.value
            field_dict["status"] = status
        elif "status" in self._nulls:
            field_dict["status"] = None
        if self.schedule_next_time is not None:
            schedule_next_time: None | str
            schedule_next_time = self.schedule_next_time
            field_dict["schedule_next_time"] = schedule_next_time
        elif "schedule_next_time" in self._nulls:
            field_dict["schedule_next_time"] = None
        if self.target is not None:
            target = self.target.to_dict()
            field_dict["target"] = target
        elif "target" in self._nulls:
            field_dict["target"] = None
        if self.schedule is not None:
            field_dict["schedule"] = self.schedule
        elif "schedule" in self._nulls:
            field_dict["schedule"] = None
        if self.config is not None:
            field_dict["config"] = self.config
        elif "config" in self._nulls:
            field_dict["config"] = None
        if self.scanner is not None:
            field_dict["scanner"] = self.scanner
        elif "scanner" in self._nulls:
            field_dict["scanner"] = None
        if self.last_report is not None:
            field_dict["last_report"] = self.last_report
        elif "last_report" in self._nulls:
            field_dict["last_report"] = None

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON string."""
        return orjson.dumps(self.to_dict()).decode()

    @property
    def fields_set(self) -> frozenset[str]:
        """The attribute names of the fields present: required ones, optional ones that are not None,
        and optional ones the server sent as null. `"x" not in m.fields_set` means x was absent."""
        return frozenset(
            (
                *(("id",) if self.id is not None else ()),
                *(("name",) if self.name is not None else ()),
                *(("comment",) if self.comment is not None else ()),
                *(("creation_time",) if self.creation_time is not None else ()),
                *(("modification_time",) if self.modification_time is not None else ()),
                *(("status",) if self.status is not None else ()),
                *(("schedule_next_time",) if self.schedule_next_time is not None else ()),
                *(("target",) if self.target is not None else ()),
                *(("schedule",) if self.schedule is not None else ()),
                *(("config",) if self.config is not None else ()),
                *(("scanner",) if self.scanner is not None else ()),
                *(("last_report",) if self.last_report is not None else ()),
                *self._nulls,
            )
        )

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
        _nulls: tuple[str, ...] = ()
        _field = ""
        try:
            _field = "id"
            _src = d.pop("id", UNSET)
            id: UUID | None
            if _src.__class__ is str:  # the usual case first, in one check
                if len(_src) == 36 and _src[8] == "-":
                    _uuid = _LazyUUID()
                    _uuid._text = _src
                    id = _uuid
                else:
                    id = parse_uuid(_src)

            elif _src is UNSET:
                id = None
            elif _src is None:
                id = None
                _nulls += ("id",)
            else:
                if _src.__class__ is str and len(_src) == 36 and _src[8] == "-":
                    _uuid = _LazyUUID()
                    _uuid._text = _src
                    id = _uuid
                else:
                    id = parse_uuid(_src)

            _field = "name"
            _src = d.pop("name", UNSET)
            name: str | None
            if _src.__class__ is str:  # the usual case first, in one check
                name = _src
            elif _src is UNSET:
                name = None
            elif _src is None:
                name = None
                _nulls += ("name",)
            else:
                if not isinstance(_src, (str)):
                    raise wrong_type(_src, "a string")

                name = _src

            _field = "comment"
            _src = d.pop("comment", UNSET)
            comment: str | None
            if _src.__class__ is str:  # the usual case first, in one check
                comment = _src
            elif _src is UNSET:
                comment = None
            elif _src is None:
                comment = None
                _nulls += ("comment",)
            else:
                if not isinstance(_src, (str)):
                    raise wrong_type(_src, "a string")

                comment = _src

            _field = "creation_time"
            _src = d.pop("creation_time", UNSET)
            creation_time: datetime.datetime | None
            if _src.__class__ is str:  # the usual case first, in one check
                try:
                    creation_time = _fromisoformat(_src)
                except ValueError:
                    creation_time = parse_datetime(_src)
                if creation_time.tzinfo is None:
                    creation_time = parse_datetime(_src)

            elif _src is UNSET:
                creation_time = None
            elif _src is None:
                creation_time = None
                _nulls += ("creation_time",)
            else:
                try:
                    creation_time = _fromisoformat(_src)
                except ValueError:
                    creation_time = parse_datetime(_src)
                if creation_time.tzinfo is None:
                    creation_time = parse_datetime(_src)

            _field = "modification_time"
            _src = d.pop("modification_time", UNSET)
            modification_time: datetime.datetime | None
            if _src.__class__ is str:  # the usual case first, in one check
                try:
                    modification_time = _fromisoformat(_src)
                except ValueError:
                    modification_time = parse_datetime(_src)
                if modification_time.tzinfo is None:
                    modification_time = parse_datetime(_src)

            elif _src is UNSET:
                modification_time = None
            elif _src is None:
                modification_time = None
                _nulls += ("modification_time",)
            else:
                try:
                    modification_time = _fromisoformat(_src)
                except ValueError:
                    modification_time = parse_datetime(_src)
                if modification_time.tzinfo is None:
                    modification_time = parse_datetime(_src)

            _field = "status"
            _src = d.pop("status", UNSET)
            status: ScanStatus | None
            if _src.__class__ is str:  # the usual case first, in one check
                status = _by_value_ScanStatus.get(_src) or ScanStatus(_src)

            elif _src is UNSET:
                status = None
            elif _src is None:
                status = None
                _nulls += ("status",)
            else:
                status = _by_value_ScanStatus.get(_src) or ScanStatus(_src)

            _field = "schedule_next_time"
            _src = d.pop("schedule_next_time", UNSET)
            schedule_next_time: str | None
            if _src is UNSET:
                schedule_next_time = None
            elif _src is None:
                schedule_next_time = None
                _nulls += ("schedule_next_time",)
            else:
                schedule_next_time = _src
                if not (schedule_next_time is None or isinstance(schedule_next_time, (str))):
                    raise wrong_type(schedule_next_time, "None | str")

            _field = "target"
            _src = d.pop("target", UNSET)
            target: ScanTarget | None
            if _src.__class__ is dict:  # the usual case first, in one check
                target = _from_json_ScanTarget(_src)

            elif _src is UNSET:
                target = None
            elif _src is None:
                target = None
                _nulls += ("target",)
            else:
                target = _from_json_ScanTarget(_src)

            _field = "schedule"
            _src = d.pop("schedule", UNSET)
            schedule: Any
            if _src is UNSET:
                schedule = None
            elif _src is None:
                schedule = None
                _nulls += ("schedule",)
            else:
                schedule = _src

            _field = "config"
            _src = d.pop("config", UNSET)
            config: Any
            if _src is UNSET:
                config = None
            elif _src is None:
                config = None
                _nulls += ("config",)
            else:
                config = _src

            _field = "scanner"
            _src = d.pop("scanner", UNSET)
            scanner: Any
            if _src is UNSET:
                scanner = None
            elif _src is None:
                scanner = None
                _nulls += ("scanner",)
            else:
                scanner = _src

            _field = "last_report"
            _src = d.pop("last_report", UNSET)
            last_report: Any
            if _src is UNSET:
                last_report = None
            elif _src is None:
                last_report = None
                _nulls += ("last_report",)
            else:
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
            _obj._nulls = _nulls
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
            _obj._nulls = _nulls

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
