from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import orjson
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    _NO_KEYS,
    NOT_GIVEN,
    UNSET,
    ParseError,
    _model_getattr,
    copy_json,
    wrong_type,
)

T = TypeVar("T", bound="ScanUpdate")
_new = object.__new__


@_attrs_define
class ScanUpdate:
    """Body of Updates a scan. Inferred: the v2 body is not documented; every field is optional
    and unknown fields can be added through `additional_properties`. Field names as for
    Create Scan (v1's `scans[...]` form fields); the v2 wrapper key is unknown.

    """

    name: str | None = _attrs_field(default=NOT_GIVEN)
    """ Inferred: name of the scan. """
    comment: str | None = _attrs_field(default=NOT_GIVEN)
    """ Inferred: comment about the scan. """
    target_id: str | None = _attrs_field(default=NOT_GIVEN)
    """ Inferred: UUID of the target to scan (see ScanTarget.id). """
    schedule_id: str | None = _attrs_field(default=NOT_GIVEN)
    """ Inferred for v2: id of the schedule that runs the scan. v1 takes it as the form field `scans[schedule_id]`.
    """
    notification_ids: list[str] | None = _attrs_field(default=NOT_GIVEN)
    """ Inferred for v2: ids of the notifications to send about the scan. v1 takes them as the form field
    `scans[notification_ids]`. """
    config_id: str | None = _attrs_field(default=NOT_GIVEN)
    """ Inferred: id of the scan configuration (scan profile). """
    scanner_id: str | None = _attrs_field(default=NOT_GIVEN)
    """ Inferred: id of the scanner to run the scan. """
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
                "name",
                "comment",
                "target_id",
                "schedule_id",
                "notification_ids",
                "config_id",
                "scanner_id",
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
        if self.name is not None:
            field_dict["name"] = self.name
        elif self._nulls & 1:
            field_dict["name"] = None
        if self.comment is not None:
            field_dict["comment"] = self.comment
        elif self._nulls & 2:
            field_dict["comment"] = None
        if self.target_id is not None:
            field_dict["target_id"] = self.target_id
        elif self._nulls & 4:
            field_dict["target_id"] = None
        if self.schedule_id is not None:
            field_dict["schedule_id"] = self.schedule_id
        elif self._nulls & 8:
            field_dict["schedule_id"] = None
        if self.notification_ids is not None:
            notification_ids = self.notification_ids

            field_dict["notification_ids"] = notification_ids
        elif self._nulls & 16:
            field_dict["notification_ids"] = None
        if self.config_id is not None:
            field_dict["config_id"] = self.config_id
        elif self._nulls & 32:
            field_dict["config_id"] = None
        if self.scanner_id is not None:
            field_dict["scanner_id"] = self.scanner_id
        elif self._nulls & 64:
            field_dict["scanner_id"] = None

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
                *(("name",) if self.name is not None or self._nulls & 1 else ()),
                *(("comment",) if self.comment is not None or self._nulls & 2 else ()),
                *(("target_id",) if self.target_id is not None or self._nulls & 4 else ()),
                *(("schedule_id",) if self.schedule_id is not None or self._nulls & 8 else ()),
                *(("notification_ids",) if self.notification_ids is not None or self._nulls & 16 else ()),
                *(("config_id",) if self.config_id is not None or self._nulls & 32 else ()),
                *(("scanner_id",) if self.scanner_id is not None or self._nulls & 64 else ()),
            )
        )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `ScanUpdate`; `src_dict` is left unchanged."""
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
            if len(d) == 7:
                try:
                    name = d["name"]
                    comment = d["comment"]
                    target_id = d["target_id"]
                    schedule_id = d["schedule_id"]
                    _v_notification_ids = d["notification_ids"]
                    config_id = d["config_id"]
                    scanner_id = d["scanner_id"]
                except KeyError:  # an unknown field in place of a known one
                    name = d.pop("name", UNSET)
                    comment = d.pop("comment", UNSET)
                    target_id = d.pop("target_id", UNSET)
                    schedule_id = d.pop("schedule_id", UNSET)
                    _v_notification_ids = d.pop("notification_ids", UNSET)
                    config_id = d.pop("config_id", UNSET)
                    scanner_id = d.pop("scanner_id", UNSET)

                else:
                    d = _NO_KEYS  # no keys left over: the object is not kept
            else:
                name = d.pop("name", UNSET)
                comment = d.pop("comment", UNSET)
                target_id = d.pop("target_id", UNSET)
                schedule_id = d.pop("schedule_id", UNSET)
                _v_notification_ids = d.pop("notification_ids", UNSET)
                config_id = d.pop("config_id", UNSET)
                scanner_id = d.pop("scanner_id", UNSET)

            _field = "name"
            if name.__class__ is str:  # the usual case first, in one check
                pass
            elif name is UNSET:
                name = None
            elif name is None:
                _nulls |= 1  # name
            else:
                if not isinstance(name, str):
                    raise wrong_type(name, "a string")

            _field = "comment"
            if comment.__class__ is str:  # the usual case first, in one check
                pass
            elif comment is UNSET:
                comment = None
            elif comment is None:
                _nulls |= 2  # comment
            else:
                if not isinstance(comment, str):
                    raise wrong_type(comment, "a string")

            _field = "target_id"
            if target_id.__class__ is str:  # the usual case first, in one check
                pass
            elif target_id is UNSET:
                target_id = None
            elif target_id is None:
                _nulls |= 4  # target_id
            else:
                if not isinstance(target_id, str):
                    raise wrong_type(target_id, "a string")

            _field = "schedule_id"
            if schedule_id.__class__ is str:  # the usual case first, in one check
                pass
            elif schedule_id is UNSET:
                schedule_id = None
            elif schedule_id is None:
                _nulls |= 8  # schedule_id
            else:
                if not isinstance(schedule_id, str):
                    raise wrong_type(schedule_id, "a string")

            _field = "notification_ids"
            notification_ids: list[str] | None
            if _v_notification_ids.__class__ is list:  # the usual case first, in one check
                notification_ids = _v_notification_ids  # its items as they are, as the else branch keeps them
            elif _v_notification_ids is UNSET:
                notification_ids = None
            elif _v_notification_ids is None:
                notification_ids = None
                _nulls |= 16  # notification_ids
            else:  # not a list (decoded JSON has no subclass of list): what the construct would say
                raise wrong_type(_v_notification_ids, "an array")

            _field = "config_id"
            if config_id.__class__ is str:  # the usual case first, in one check
                pass
            elif config_id is UNSET:
                config_id = None
            elif config_id is None:
                _nulls |= 32  # config_id
            else:
                if not isinstance(config_id, str):
                    raise wrong_type(config_id, "a string")

            _field = "scanner_id"
            if scanner_id.__class__ is str:  # the usual case first, in one check
                pass
            elif scanner_id is UNSET:
                scanner_id = None
            elif scanner_id is None:
                _nulls |= 64  # scanner_id
            else:
                if not isinstance(scanner_id, str):
                    raise wrong_type(scanner_id, "a string")

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj: T
        if cls is ScanUpdate:
            # The slots set directly: exactly what attrs' __init__ does here (no validators or
            # converters), without the cost of calling the class (about 0.3 µs a model, bench/cpu.py).
            _obj = _new(cls)
            _obj.name = name
            _obj.comment = comment
            _obj.target_id = target_id
            _obj.schedule_id = schedule_id
            _obj.notification_ids = notification_ids
            _obj.config_id = config_id
            _obj.scanner_id = scanner_id
            _obj._nulls = _nulls
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                name,
                comment,
                target_id,
                schedule_id,
                notification_ids,
                config_id,
                scanner_id,
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
