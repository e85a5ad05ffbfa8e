from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import orjson
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.risk_status import RiskStatus
from ..models.scan_type import ScanType
from ..models.threat_level import ThreatLevel
from ..types import (
    _NO_KEYS,
    NOT_GIVEN,
    UNSET,
    ParseError,
    _model_getattr,
    copy_json,
    wrong_type,
)

T = TypeVar("T", bound="RiskFilters")
_new = object.__new__


@_attrs_define
class RiskFilters:
    """Filters for `risks.list`. Each key holds an array of values to match; the scankit
    wrapper sends the object as JSON in the `filters` query parameter. Keys under
    `risk_definition.` are literal dotted names.

    """

    target_id: list[str] | None = _attrs_field(default=NOT_GIVEN)
    """ Only risks on these targets (by target ID). """
    status: list[RiskStatus] | None = _attrs_field(default=NOT_GIVEN)
    """ Only risks with these statuses. """
    tags: list[str] | None = _attrs_field(default=NOT_GIVEN)
    """ Only risks on targets carrying any of these tags. """
    risk_definition_scan_type: list[ScanType] | None = _attrs_field(default=NOT_GIVEN)
    """ Only risks found by these scan types. """
    risk_definition_threat_level: list[ThreatLevel] | None = _attrs_field(default=NOT_GIVEN)
    """ Only risks with these threat levels. """
    risk_definition_title: list[str] | None = _attrs_field(default=NOT_GIVEN)
    """ Only risks with these titles. """
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
                "target_id",
                "status",
                "tags",
                "risk_definition_scan_type",
                "risk_definition_threat_level",
                "risk_definition_title",
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
        if self.target_id is not None:
            target_id = self.target_id

            field_dict["target_id"] = target_id
        elif self._nulls & 1:
            field_dict["target_id"] = None
        if self.status is not None:
            status = []
            for status_item_data in self.status:
                status_item = status_item_data.value
                status.append(status_item)

            field_dict["status"] = status
        elif self._nulls & 2:
            field_dict["status"] = None
        if self.tags is not None:
            tags = self.tags

            field_dict["tags"] = tags
        elif self._nulls & 4:
            field_dict["tags"] = None
        if self.risk_definition_scan_type is not None:
            risk_definition_scan_type = []
            for risk_definition_scan_type_item_data in self.risk_definition_scan_type:
                risk_definition_scan_type_item = risk_definition_scan_type_item_data.value
                risk_definition_scan_type.append(risk_definition_scan_type_item)

            field_dict["risk_definition.scan_type"] = risk_definition_scan_type
        elif self._nulls & 8:
            field_dict["risk_definition.scan_type"] = None
        if self.risk_definition_threat_level is not None:
            risk_definition_threat_level = []
            for risk_definition_threat_level_item_data in self.risk_definition_threat_level:
                risk_definition_threat_level_item = risk_definition_threat_level_item_data.value
                risk_definition_threat_level.append(risk_definition_threat_level_item)

            field_dict["risk_definition.threat_level"] = risk_definition_threat_level
        elif self._nulls & 16:
            field_dict["risk_definition.threat_level"] = None
        if self.risk_definition_title is not None:
            risk_definition_title = self.risk_definition_title

            field_dict["risk_definition.title"] = risk_definition_title
        elif self._nulls & 32:
            field_dict["risk_definition.title"] = None

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
                *(("target_id",) if self.target_id is not None or self._nulls & 1 else ()),
                *(("status",) if self.status is not None or self._nulls & 2 else ()),
                *(("tags",) if self.tags is not None or self._nulls & 4 else ()),
                *(
                    ("risk_definition_scan_type",)
                    if self.risk_definition_scan_type is not None or self._nulls & 8
                    else ()
                ),
                *(
                    ("risk_definition_threat_level",)
                    if self.risk_definition_threat_level is not None or self._nulls & 16
                    else ()
                ),
                *(("risk_definition_title",) if self.risk_definition_title is not None or self._nulls & 32 else ()),
            )
        )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `RiskFilters`; `src_dict` is left unchanged."""
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
            if len(d) == 6:
                try:
                    _v_target_id = d["target_id"]
                    _v_status = d["status"]
                    _v_tags = d["tags"]
                    _v_risk_definition_scan_type = d["risk_definition.scan_type"]
                    _v_risk_definition_threat_level = d["risk_definition.threat_level"]
                    _v_risk_definition_title = d["risk_definition.title"]
                except KeyError:  # an unknown field in place of a known one
                    _v_target_id = d.pop("target_id", UNSET)
                    _v_status = d.pop("status", UNSET)
                    _v_tags = d.pop("tags", UNSET)
                    _v_risk_definition_scan_type = d.pop("risk_definition.scan_type", UNSET)
                    _v_risk_definition_threat_level = d.pop("risk_definition.threat_level", UNSET)
                    _v_risk_definition_title = d.pop("risk_definition.title", UNSET)

                else:
                    d = _NO_KEYS  # no keys left over: the object is not kept
            else:
                _v_target_id = d.pop("target_id", UNSET)
                _v_status = d.pop("status", UNSET)
                _v_tags = d.pop("tags", UNSET)
                _v_risk_definition_scan_type = d.pop("risk_definition.scan_type", UNSET)
                _v_risk_definition_threat_level = d.pop("risk_definition.threat_level", UNSET)
                _v_risk_definition_title = d.pop("risk_definition.title", UNSET)

            _field = "target_id"
            target_id: list[str] | None
            if _v_target_id.__class__ is list:  # the usual case first, in one check
                target_id = _v_target_id  # its items as they are, as the else branch keeps them
            elif _v_target_id is UNSET:
                target_id = None
            elif _v_target_id is None:
                target_id = None
                _nulls |= 1  # target_id
            else:  # not a list (decoded JSON has no subclass of list): what the construct would say
                raise wrong_type(_v_target_id, "an array")

            _field = "status"
            status: list[RiskStatus] | None
            if _v_status.__class__ is list:  # the usual case first, in one check
                status = _v_status
                _k_status = 0
                for status_item_data in _v_status:
                    try:
                        status_item = _by_value_RiskStatus.get(status_item_data) or RiskStatus(status_item_data)

                    except ParseError as e:
                        e.path.insert(0, f"[{_k_status}]")
                        raise
                    except (KeyError, ValueError, TypeError, AttributeError) as e:
                        raise ParseError("", f"[{_k_status}]", e) from e
                    _v_status[_k_status] = status_item
                    _k_status += 1
            elif _v_status is UNSET:
                status = None
            elif _v_status is None:
                status = None
                _nulls |= 2  # status
            else:  # not a list (decoded JSON has no subclass of list): what the construct would say
                raise wrong_type(_v_status, "an array")

            _field = "tags"
            tags: list[str] | None
            if _v_tags.__class__ is list:  # the usual case first, in one check
                tags = _v_tags  # its items as they are, as the else branch keeps them
            elif _v_tags is UNSET:
                tags = None
            elif _v_tags is None:
                tags = None
                _nulls |= 4  # tags
            else:  # not a list (decoded JSON has no subclass of list): what the construct would say
                raise wrong_type(_v_tags, "an array")

            _field = "risk_definition.scan_type"
            risk_definition_scan_type: list[ScanType] | None
            if _v_risk_definition_scan_type.__class__ is list:  # the usual case first, in one check
                risk_definition_scan_type = _v_risk_definition_scan_type
                _k_risk_definition_scan_type = 0
                for risk_definition_scan_type_item_data in _v_risk_definition_scan_type:
                    try:
                        risk_definition_scan_type_item = _by_value_ScanType.get(
                            risk_definition_scan_type_item_data
                        ) or ScanType(risk_definition_scan_type_item_data)

                    except ParseError as e:
                        e.path.insert(0, f"[{_k_risk_definition_scan_type}]")
                        raise
                    except (KeyError, ValueError, TypeError, AttributeError) as e:
                        raise ParseError("", f"[{_k_risk_definition_scan_type}]", e) from e
                    _v_risk_definition_scan_type[_k_risk_definition_scan_type] = risk_definition_scan_type_item
                    _k_risk_definition_scan_type += 1
            elif _v_risk_definition_scan_type is UNSET:
                risk_definition_scan_type = None
            elif _v_risk_definition_scan_type is None:
                risk_definition_scan_type = None
                _nulls |= 8  # risk_definition_scan_type
            else:  # not a list (decoded JSON has no subclass of list): what the construct would say
                raise wrong_type(_v_risk_definition_scan_type, "an array")

            _field = "risk_definition.threat_level"
            risk_definition_threat_level: list[ThreatLevel] | None
            if _v_risk_definition_threat_level.__class__ is list:  # the usual case first, in one check
                risk_definition_threat_level = _v_risk_definition_threat_level
                _k_risk_definition_threat_level = 0
                for risk_definition_threat_level_item_data in _v_risk_definition_threat_level:
                    try:
                        risk_definition_threat_level_item = _by_value_ThreatLevel.get(
                            risk_definition_threat_level_item_data
                        ) or ThreatLevel(risk_definition_threat_level_item_data)

                    except ParseError as e:
                        e.path.insert(0, f"[{_k_risk_definition_threat_level}]")
                        raise
                    except (KeyError, ValueError, TypeError, AttributeError) as e:
                        raise ParseError("", f"[{_k_risk_definition_threat_level}]", e) from e
                    _v_risk_definition_threat_level[_k_risk_definition_threat_level] = risk_definition_threat_level_item
                    _k_risk_definition_threat_level += 1
            elif _v_risk_definition_threat_level is UNSET:
                risk_definition_threat_level = None
            elif _v_risk_definition_threat_level is None:
                risk_definition_threat_level = None
                _nulls |= 16  # risk_definition_threat_level
            else:  # not a list (decoded JSON has no subclass of list): what the construct would say
                raise wrong_type(_v_risk_definition_threat_level, "an array")

            _field = "risk_definition.title"
            risk_definition_title: list[str] | None
            if _v_risk_definition_title.__class__ is list:  # the usual case first, in one check
                risk_definition_title = _v_risk_definition_title  # its items as they are, as the else branch keeps them
            elif _v_risk_definition_title is UNSET:
                risk_definition_title = None
            elif _v_risk_definition_title is None:
                risk_definition_title = None
                _nulls |= 32  # risk_definition_title
            else:  # not a list (decoded JSON has no subclass of list): what the construct would say
                raise wrong_type(_v_risk_definition_title, "an array")

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
            _obj._nulls = _nulls
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                target_id,
                status,
                tags,
                risk_definition_scan_type,
                risk_definition_threat_level,
                risk_definition_title,
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


_by_value_RiskStatus = RiskStatus._by_value
_by_value_ScanType = ScanType._by_value
_by_value_ThreatLevel = ThreatLevel._by_value
