from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

import orjson
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scan_status import ScanStatus
from ..types import (
    _NO_KEYS,
    NOT_GIVEN,
    UNSET,
    ParseError,
    _fromisoformat,
    _LazyUUID,
    _model_getattr,
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

    if not TYPE_CHECKING:  # hidden from type checkers, which would then accept any attribute name
        # Parsing leaves additional_properties empty when there were no unknown keys: the first
        # read makes the empty dict (types._model_getattr).
        __getattr__ = _model_getattr
    # The optional fields sent as an explicit null (read as None, like absent ones), so that
    # to_dict() re-emits exactly what was sent and fields_set can tell null from absent: one bit
    # per optional field, in declaration order (an int, not a tuple: parsing a null allocates nothing).
    _nulls: int = _attrs_field(init=False, default=0, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        # Only a model built by calling the class gets here (parsing sets the slots directly): an
        # optional field not given reads None and is left out of to_dict(); one given as None is null.
        # setattr, not `self.<field> = None`: editors on jedi (IPython, Jupyter) would take that
        # statement for the field's definition, typed NoneType and without its docstring.
        nulls = 0
        for bit, name in enumerate(
            (
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
            )
        ):
            value = getattr(self, name)
            if value is NOT_GIVEN:
                setattr(self, name, None)
            elif value is None:
                nulls |= 1 << bit
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: exactly the fields the server sent (an absent field stays absent, a null
        stays null); on a model you build, the fields that are not None."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            id = str(self.id)
            field_dict["id"] = id
        elif self._nulls & 1:
            field_dict["id"] = None
        if self.name is not None:
            field_dict["name"] = self.name
        elif self._nulls & 2:
            field_dict["name"] = None
        if self.comment is not None:
            field_dict["comment"] = self.comment
        elif self._nulls & 4:
            field_dict["comment"] = None
        if self.creation_time is not None:
            creation_time = self.creation_time.isoformat()
            field_dict["creation_time"] = creation_time
        elif self._nulls & 8:
            field_dict["creation_time"] = None
        if self.modification_time is not None:
            modification_time = self.modification_time.isoformat()
            field_dict["modification_time"] = modification_time
        elif self._nulls & 16:
            field_dict["modification_time"] = None
        if self.status is not None:
            field_dict["status"] = str.__str__(self.status)
        elif self._nulls & 32:
            field_dict["status"] = None
        if self.schedule_next_time is not None:
            schedule_next_time: None | str
            schedule_next_time = self.schedule_next_time
            field_dict["schedule_next_time"] = schedule_next_time
        elif self._nulls & 64:
            field_dict["schedule_next_time"] = None
        if self.target is not None:
            target = self.target.to_dict()
            field_dict["target"] = target
        elif self._nulls & 128:
            field_dict["target"] = None
        if self.schedule is not None:
            field_dict["schedule"] = self.schedule
        elif self._nulls & 256:
            field_dict["schedule"] = None
        if self.config is not None:
            field_dict["config"] = self.config
        elif self._nulls & 512:
            field_dict["config"] = None
        if self.scanner is not None:
            field_dict["scanner"] = self.scanner
        elif self._nulls & 1024:
            field_dict["scanner"] = None
        if self.last_report is not None:
            field_dict["last_report"] = self.last_report
        elif self._nulls & 2048:
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
                *(("id",) if self.id is not None or self._nulls & 1 else ()),
                *(("name",) if self.name is not None or self._nulls & 2 else ()),
                *(("comment",) if self.comment is not None or self._nulls & 4 else ()),
                *(("creation_time",) if self.creation_time is not None or self._nulls & 8 else ()),
                *(("modification_time",) if self.modification_time is not None or self._nulls & 16 else ()),
                *(("status",) if self.status is not None or self._nulls & 32 else ()),
                *(("schedule_next_time",) if self.schedule_next_time is not None or self._nulls & 64 else ()),
                *(("target",) if self.target is not None or self._nulls & 128 else ()),
                *(("schedule",) if self.schedule is not None or self._nulls & 256 else ()),
                *(("config",) if self.config is not None or self._nulls & 512 else ()),
                *(("scanner",) if self.scanner is not None or self._nulls & 1024 else ()),
                *(("last_report",) if self.last_report is not None or self._nulls & 2048 else ()),
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
        # The keys left over, if any, become additional_properties; the usual object, which has
        # none, is let go (d = _NO_KEYS) rather than kept as an empty dict per model.
        d: dict[str, Any]
        if src.__class__ is dict:  # cheaper than isinstance, and what decoded JSON is
            d = src
        elif isinstance(src, Mapping):
            d = dict(src)
        else:
            raise ParseError(cls.__name__, "", wrong_type(src, "an object"))
        _nulls = 0
        _field = ""
        try:
            # The usual object has every field and nothing else: each is read with a subscript, and
            # nothing is left over. Otherwise each is popped (UNSET when absent, KeyError when
            # required) and what is left over becomes additional_properties.
            _free = True  # the free-form fields below were looked for (False: known to be absent)
            if len(d) == 12:
                try:
                    _v_id = d["id"]
                    name = d["name"]
                    comment = d["comment"]
                    _v_creation_time = d["creation_time"]
                    _v_modification_time = d["modification_time"]
                    _v_status = d["status"]
                    _v_schedule_next_time = d["schedule_next_time"]
                    _v_target = d["target"]
                    schedule = d["schedule"]
                    config = d["config"]
                    scanner = d["scanner"]
                    last_report = d["last_report"]
                except KeyError:  # an unknown field in place of a known one
                    _v_id = d.pop("id", UNSET)
                    name = d.pop("name", UNSET)
                    comment = d.pop("comment", UNSET)
                    _v_creation_time = d.pop("creation_time", UNSET)
                    _v_modification_time = d.pop("modification_time", UNSET)
                    _v_status = d.pop("status", UNSET)
                    _v_schedule_next_time = d.pop("schedule_next_time", UNSET)
                    _v_target = d.pop("target", UNSET)
                    schedule = d.pop("schedule", UNSET)
                    config = d.pop("config", UNSET)
                    scanner = d.pop("scanner", UNSET)
                    last_report = d.pop("last_report", UNSET)

                else:
                    d = _NO_KEYS  # no keys left over: the object is not kept
            # Free-form fields (no schema) are the ones servers most often leave out (some are sent
            # only on request): an object with every other field and nothing else is read the same way.
            elif len(d) == 8:
                try:
                    _v_id = d["id"]
                    name = d["name"]
                    comment = d["comment"]
                    _v_creation_time = d["creation_time"]
                    _v_modification_time = d["modification_time"]
                    _v_status = d["status"]
                    _v_schedule_next_time = d["schedule_next_time"]
                    _v_target = d["target"]
                except KeyError:  # not that object
                    _v_id = d.pop("id", UNSET)
                    name = d.pop("name", UNSET)
                    comment = d.pop("comment", UNSET)
                    _v_creation_time = d.pop("creation_time", UNSET)
                    _v_modification_time = d.pop("modification_time", UNSET)
                    _v_status = d.pop("status", UNSET)
                    _v_schedule_next_time = d.pop("schedule_next_time", UNSET)
                    _v_target = d.pop("target", UNSET)
                    schedule = d.pop("schedule", UNSET)
                    config = d.pop("config", UNSET)
                    scanner = d.pop("scanner", UNSET)
                    last_report = d.pop("last_report", UNSET)

                else:
                    schedule = config = scanner = last_report = None
                    _free = False
                    d = _NO_KEYS
            else:
                _v_id = d.pop("id", UNSET)
                name = d.pop("name", UNSET)
                comment = d.pop("comment", UNSET)
                _v_creation_time = d.pop("creation_time", UNSET)
                _v_modification_time = d.pop("modification_time", UNSET)
                _v_status = d.pop("status", UNSET)
                _v_schedule_next_time = d.pop("schedule_next_time", UNSET)
                _v_target = d.pop("target", UNSET)
                schedule = d.pop("schedule", UNSET)
                config = d.pop("config", UNSET)
                scanner = d.pop("scanner", UNSET)
                last_report = d.pop("last_report", UNSET)

            _field = "id"
            id: UUID | None
            if _v_id.__class__ is str:  # the usual case first, in one check
                if len(_v_id) == 36 and _v_id[8] == "-":
                    _uuid = _LazyUUID()
                    _uuid._text = _v_id
                    id = _uuid
                else:
                    id = parse_uuid(_v_id)
            elif _v_id is UNSET:
                id = None
            elif _v_id is None:
                id = None
                _nulls |= 1  # id
            else:
                if _v_id.__class__ is str and len(_v_id) == 36 and _v_id[8] == "-":
                    _uuid = _LazyUUID()
                    _uuid._text = _v_id
                    id = _uuid
                else:
                    id = parse_uuid(_v_id)

            _field = "name"
            if name.__class__ is str:  # the usual case first, in one check
                pass
            elif name is UNSET:
                name = None
            elif name is None:
                _nulls |= 2  # name
            else:
                if not isinstance(name, str):
                    raise wrong_type(name, "a string")

            _field = "comment"
            if comment.__class__ is str:  # the usual case first, in one check
                pass
            elif comment is UNSET:
                comment = None
            elif comment is None:
                _nulls |= 4  # comment
            else:
                if not isinstance(comment, str):
                    raise wrong_type(comment, "a string")

            _field = "creation_time"
            creation_time: datetime.datetime | None
            if _v_creation_time.__class__ is str:  # the usual case first, in one check
                try:
                    creation_time = _fromisoformat(_v_creation_time)
                except ValueError:
                    creation_time = parse_datetime(_v_creation_time)
                if creation_time.tzinfo is None:
                    creation_time = parse_datetime(_v_creation_time)
            elif _v_creation_time is UNSET:
                creation_time = None
            elif _v_creation_time is None:
                creation_time = None
                _nulls |= 8  # creation_time
            else:
                try:
                    creation_time = _fromisoformat(_v_creation_time)
                except ValueError:
                    creation_time = parse_datetime(_v_creation_time)
                if creation_time.tzinfo is None:
                    creation_time = parse_datetime(_v_creation_time)

            _field = "modification_time"
            modification_time: datetime.datetime | None
            if _v_modification_time.__class__ is str:  # the usual case first, in one check
                try:
                    modification_time = _fromisoformat(_v_modification_time)
                except ValueError:
                    modification_time = parse_datetime(_v_modification_time)
                if modification_time.tzinfo is None:
                    modification_time = parse_datetime(_v_modification_time)
            elif _v_modification_time is UNSET:
                modification_time = None
            elif _v_modification_time is None:
                modification_time = None
                _nulls |= 16  # modification_time
            else:
                try:
                    modification_time = _fromisoformat(_v_modification_time)
                except ValueError:
                    modification_time = parse_datetime(_v_modification_time)
                if modification_time.tzinfo is None:
                    modification_time = parse_datetime(_v_modification_time)

            _field = "status"
            status: ScanStatus | None
            if _v_status.__class__ is str:  # the usual case first, in one check
                try:  # a subscript is cheaper than .get(); a value the spec does not list is kept by the enum
                    status = _by_value_ScanStatus[_v_status]
                except KeyError:
                    status = ScanStatus(_v_status)
            elif _v_status is UNSET:
                status = None
            elif _v_status is None:
                status = None
                _nulls |= 32  # status
            else:
                status = _by_value_ScanStatus.get(_v_status) or ScanStatus(_v_status)

            _field = "schedule_next_time"
            schedule_next_time: str | None
            if _v_schedule_next_time.__class__ is str:  # the usual case first, in one check
                schedule_next_time = _v_schedule_next_time
            elif _v_schedule_next_time is UNSET:
                schedule_next_time = None
            elif _v_schedule_next_time is None:
                schedule_next_time = None
                _nulls |= 64  # schedule_next_time
            else:
                schedule_next_time = _v_schedule_next_time
                if not (schedule_next_time is None or isinstance(schedule_next_time, (str))):
                    raise wrong_type(schedule_next_time, "None | str")

            _field = "target"
            target: ScanTarget | None
            if _v_target.__class__ is dict:  # the usual case first, in one check
                if len(_v_target) == 2:
                    try:
                        _i_id = _v_target["id"]
                        _i_name = _v_target["name"]
                    except KeyError:  # another key in place of a field's: _from_json says which
                        _i_id = UNSET
                    if _i_id.__class__ is str and len(_i_id) == 36 and _i_id[8] == "-" and _i_name.__class__ is str:
                        target = _new(ScanTarget)
                        _uuid = _LazyUUID()
                        _uuid._text = _i_id
                        target.id = _uuid
                        target.name = _i_name
                        target._nulls = 0
                    else:
                        target = _from_json_ScanTarget(_v_target)

                else:
                    target = _from_json_ScanTarget(_v_target)
            elif _v_target is UNSET:
                target = None
            elif _v_target is None:
                target = None
                _nulls |= 128  # target
            else:
                target = _from_json_ScanTarget(_v_target)

            if _free:  # else the usual object without them: each is None already, none a null
                if schedule is UNSET:
                    schedule = None
                elif schedule is None:
                    _nulls |= 256  # schedule
                if config is UNSET:
                    config = None
                elif config is None:
                    _nulls |= 512  # config
                if scanner is UNSET:
                    scanner = None
                elif scanner is None:
                    _nulls |= 1024  # scanner
                if last_report is UNSET:
                    last_report = None
                elif last_report is None:
                    _nulls |= 2048  # last_report

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

        if d:  # else additional_properties is made empty on first read (types._model_getattr)
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
