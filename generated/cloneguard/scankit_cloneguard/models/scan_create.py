from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ParseError, Unset, copy_json, wrong_type

T = TypeVar("T", bound="ScanCreate")
_new = object.__new__


@_attrs_define
class ScanCreate:
    """Body of Create Scan. Inferred: the v2 body is not documented; every field is optional and
    unknown fields can be added through `additional_properties`. v1 sends `name`, `target_id`,
    `schedule_id`, `notification_ids` and `comment` as form fields wrapped in `scans[...]`;
    whether v2 wraps the JSON body (e.g. `{"scan": {...}}`, a Rails habit) is unknown, so the
    fields are sent unwrapped.

    """

    name: str | Unset = UNSET
    """ Inferred: name of the scan. """
    comment: str | Unset = UNSET
    """ Inferred: comment about the scan. """
    target_id: str | Unset = UNSET
    """ Inferred: UUID of the target to scan (see ScanTarget.id). """
    schedule_id: str | Unset = UNSET
    """ Inferred for v2: id of the schedule that runs the scan. v1 takes it as the form field `scans[schedule_id]`.
    """
    notification_ids: list[str] | Unset = UNSET
    """ Inferred for v2: ids of the notifications to send about the scan. v1 takes them as the form field
    `scans[notification_ids]`. """
    config_id: str | Unset = UNSET
    """ Inferred: id of the scan configuration (scan profile). """
    scanner_id: str | Unset = UNSET
    """ Inferred: id of the scanner to run the scan. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        comment = self.comment

        target_id = self.target_id

        schedule_id = self.schedule_id

        notification_ids: list[str] | Unset = UNSET
        if not isinstance(self.notification_ids, Unset):
            notification_ids = self.notification_ids

        config_id = self.config_id

        scanner_id = self.scanner_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if comment is not UNSET:
            field_dict["comment"] = comment
        if target_id is not UNSET:
            field_dict["target_id"] = target_id
        if schedule_id is not UNSET:
            field_dict["schedule_id"] = schedule_id
        if notification_ids is not UNSET:
            field_dict["notification_ids"] = notification_ids
        if config_id is not UNSET:
            field_dict["config_id"] = config_id
        if scanner_id is not UNSET:
            field_dict["scanner_id"] = scanner_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `ScanCreate`; `src_dict` is left unchanged."""
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

            _field = "target_id"
            _src = d.pop("target_id", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (str, Unset)):
                raise wrong_type(_src, "a string")

            target_id = _src

            _field = "schedule_id"
            _src = d.pop("schedule_id", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (str, Unset)):
                raise wrong_type(_src, "a string")

            schedule_id = _src

            _field = "notification_ids"
            _src = d.pop("notification_ids", UNSET)
            if _src is None:
                _src = UNSET
            _notification_ids = _src
            if not (isinstance(_notification_ids, list) or isinstance(_notification_ids, Unset)):
                raise wrong_type(_notification_ids, "an array")
            notification_ids = cast(list[str] | Unset, _notification_ids)

            _field = "config_id"
            _src = d.pop("config_id", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (str, Unset)):
                raise wrong_type(_src, "a string")

            config_id = _src

            _field = "scanner_id"
            _src = d.pop("scanner_id", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (str, Unset)):
                raise wrong_type(_src, "a string")

            scanner_id = _src

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj: T
        if cls is ScanCreate:
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
