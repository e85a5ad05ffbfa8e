from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import orjson
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.risk_status import RiskStatus
from ..types import (
    _NO_KEYS,
    NOT_GIVEN,
    UNSET,
    ParseError,
    _fromisoformat,
    _model_getattr,
    copy_json,
    parse_datetime,
    wrong_type,
)

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
    target_id: str | None = _attrs_field(default=NOT_GIVEN)
    """ ID of the target the risk was found on. """
    target: str | None = _attrs_field(default=NOT_GIVEN)
    """ The target the risk was found on (host name, IP address or URL). """
    target_label: str | None = _attrs_field(default=NOT_GIVEN)
    """ The label of the target. Shown on the single-risk example only.
    Inferred: may be missing or null when the target has no label.
     """
    tags: list[str] | None = _attrs_field(default=NOT_GIVEN)
    """ The tags of the target the risk was found on. """
    status: RiskStatus | None = _attrs_field(default=NOT_GIVEN)
    """ Whether the risk is still found on its target (`OPEN`) or no longer (`CLOSED`). """
    is_accepted: bool | None = _attrs_field(default=NOT_GIVEN)
    """ Whether someone accepted this risk (decided not to fix it). """
    accepted_by: list[RiskAcceptance] | None = _attrs_field(default=NOT_GIVEN)
    """ The acceptances of this risk, each with its note. """
    risk_definition: RiskDefinition | None = _attrs_field(default=NOT_GIVEN)
    """ What kind of risk this is - the same definition is shared by every target it is found on. """
    first_detected_at: datetime.datetime | None = _attrs_field(default=NOT_GIVEN)
    """ When a scan first found this risk. The docs put this field here on the
    single-risk example and inside `risk_definition` on the list example; both places
    are accepted. Inferred: an ISO 8601 date-time (the docs say "Date").
     """
    last_detected_at: datetime.datetime | None = _attrs_field(default=NOT_GIVEN)
    """ When a scan last found this risk. The docs put this field here on the single-risk
    example and inside `risk_definition` on the list example; both places are
    accepted. Inferred: an ISO 8601 date-time (the docs say "Date").
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
                "target_id",
                "target",
                "target_label",
                "tags",
                "status",
                "is_accepted",
                "accepted_by",
                "risk_definition",
                "first_detected_at",
                "last_detected_at",
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
        id = self.id
        field_dict["id"] = id
        if self.target_id is not None:
            field_dict["target_id"] = self.target_id
        elif self._nulls & 1:
            field_dict["target_id"] = None
        if self.target is not None:
            field_dict["target"] = self.target
        elif self._nulls & 2:
            field_dict["target"] = None
        if self.target_label is not None:
            target_label: None | str
            target_label = self.target_label
            field_dict["target_label"] = target_label
        elif self._nulls & 4:
            field_dict["target_label"] = None
        if self.tags is not None:
            tags = self.tags

            field_dict["tags"] = tags
        elif self._nulls & 8:
            field_dict["tags"] = None
        if self.status is not None:
            field_dict["status"] = str.__str__(self.status)
        elif self._nulls & 16:
            field_dict["status"] = None
        if self.is_accepted is not None:
            field_dict["is_accepted"] = self.is_accepted
        elif self._nulls & 32:
            field_dict["is_accepted"] = None
        if self.accepted_by is not None:
            accepted_by = []
            for accepted_by_item_data in self.accepted_by:
                accepted_by_item = accepted_by_item_data.to_dict()
                accepted_by.append(accepted_by_item)

            field_dict["accepted_by"] = accepted_by
        elif self._nulls & 64:
            field_dict["accepted_by"] = None
        if self.risk_definition is not None:
            risk_definition = self.risk_definition.to_dict()
            field_dict["risk_definition"] = risk_definition
        elif self._nulls & 128:
            field_dict["risk_definition"] = None
        if self.first_detected_at is not None:
            first_detected_at: None | str
            first_detected_at = self.first_detected_at.isoformat()

            field_dict["first_detected_at"] = first_detected_at
        elif self._nulls & 256:
            field_dict["first_detected_at"] = None
        if self.last_detected_at is not None:
            last_detected_at: None | str
            last_detected_at = self.last_detected_at.isoformat()

            field_dict["last_detected_at"] = last_detected_at
        elif self._nulls & 512:
            field_dict["last_detected_at"] = None

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
                "id",
                *(("target_id",) if self.target_id is not None or self._nulls & 1 else ()),
                *(("target",) if self.target is not None or self._nulls & 2 else ()),
                *(("target_label",) if self.target_label is not None or self._nulls & 4 else ()),
                *(("tags",) if self.tags is not None or self._nulls & 8 else ()),
                *(("status",) if self.status is not None or self._nulls & 16 else ()),
                *(("is_accepted",) if self.is_accepted is not None or self._nulls & 32 else ()),
                *(("accepted_by",) if self.accepted_by is not None or self._nulls & 64 else ()),
                *(("risk_definition",) if self.risk_definition is not None or self._nulls & 128 else ()),
                *(("first_detected_at",) if self.first_detected_at is not None or self._nulls & 256 else ()),
                *(("last_detected_at",) if self.last_detected_at is not None or self._nulls & 512 else ()),
            )
        )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `Risk`; `src_dict` is left unchanged."""
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
            if len(d) == 11:
                try:
                    id = d["id"]
                    target_id = d["target_id"]
                    target = d["target"]
                    _v_target_label = d["target_label"]
                    _v_tags = d["tags"]
                    _v_status = d["status"]
                    is_accepted = d["is_accepted"]
                    _v_accepted_by = d["accepted_by"]
                    _v_risk_definition = d["risk_definition"]
                    _v_first_detected_at = d["first_detected_at"]
                    _v_last_detected_at = d["last_detected_at"]
                except KeyError:  # an unknown field in place of a known one
                    _field = "id"
                    id = d.pop("id")
                    target_id = d.pop("target_id", UNSET)
                    target = d.pop("target", UNSET)
                    _v_target_label = d.pop("target_label", UNSET)
                    _v_tags = d.pop("tags", UNSET)
                    _v_status = d.pop("status", UNSET)
                    is_accepted = d.pop("is_accepted", UNSET)
                    _v_accepted_by = d.pop("accepted_by", UNSET)
                    _v_risk_definition = d.pop("risk_definition", UNSET)
                    _v_first_detected_at = d.pop("first_detected_at", UNSET)
                    _v_last_detected_at = d.pop("last_detected_at", UNSET)

                else:
                    d = _NO_KEYS  # no keys left over: the object is not kept
            else:
                _field = "id"
                id = d.pop("id")
                target_id = d.pop("target_id", UNSET)
                target = d.pop("target", UNSET)
                _v_target_label = d.pop("target_label", UNSET)
                _v_tags = d.pop("tags", UNSET)
                _v_status = d.pop("status", UNSET)
                is_accepted = d.pop("is_accepted", UNSET)
                _v_accepted_by = d.pop("accepted_by", UNSET)
                _v_risk_definition = d.pop("risk_definition", UNSET)
                _v_first_detected_at = d.pop("first_detected_at", UNSET)
                _v_last_detected_at = d.pop("last_detected_at", UNSET)

            _field = "id"
            if id.__class__ is not str:
                if not isinstance(id, str):
                    raise wrong_type(id, "a string")

            _field = "target_id"
            if target_id.__class__ is str:  # the usual case first, in one check
                pass
            elif target_id is UNSET:
                target_id = None
            elif target_id is None:
                _nulls |= 1  # target_id
            else:
                if not isinstance(target_id, str):
                    raise wrong_type(target_id, "a string")

            _field = "target"
            if target.__class__ is str:  # the usual case first, in one check
                pass
            elif target is UNSET:
                target = None
            elif target is None:
                _nulls |= 2  # target
            else:
                if not isinstance(target, str):
                    raise wrong_type(target, "a string")

            _field = "target_label"
            target_label: str | None
            if _v_target_label.__class__ is str:  # the usual case first, in one check
                target_label = _v_target_label
            elif _v_target_label is UNSET:
                target_label = None
            elif _v_target_label is None:
                target_label = None
                _nulls |= 4  # target_label
            else:
                target_label = _v_target_label
                if not (target_label is None or isinstance(target_label, (str))):
                    raise wrong_type(target_label, "None | str")

            _field = "tags"
            tags: list[str] | None
            if _v_tags.__class__ is list:  # the usual case first, in one check
                tags = _v_tags  # its items as they are, as the else branch keeps them
            elif _v_tags is UNSET:
                tags = None
            elif _v_tags is None:
                tags = None
                _nulls |= 8  # tags
            else:  # not a list (decoded JSON has no subclass of list): what the construct would say
                raise wrong_type(_v_tags, "an array")

            _field = "status"
            status: RiskStatus | None
            if _v_status.__class__ is str:  # the usual case first, in one check
                try:  # a subscript is cheaper than .get(); a value the spec does not list is kept by the enum
                    status = _by_value_RiskStatus[_v_status]
                except KeyError:
                    status = RiskStatus(_v_status)
            elif _v_status is UNSET:
                status = None
            elif _v_status is None:
                status = None
                _nulls |= 16  # status
            else:
                status = _by_value_RiskStatus.get(_v_status) or RiskStatus(_v_status)

            _field = "is_accepted"
            if is_accepted.__class__ is bool:  # the usual case first, in one check
                pass
            elif is_accepted is UNSET:
                is_accepted = None
            elif is_accepted is None:
                _nulls |= 32  # is_accepted
            else:
                if not isinstance(is_accepted, bool):
                    raise wrong_type(is_accepted, "a boolean")

            _field = "accepted_by"
            accepted_by: list[RiskAcceptance] | None
            if _v_accepted_by.__class__ is list:  # the usual case first, in one check
                accepted_by = _v_accepted_by
                _k_accepted_by = 0
                for accepted_by_item_data in _v_accepted_by:
                    try:
                        _v_accepted_by[_k_accepted_by] = _from_json_RiskAcceptance(accepted_by_item_data)
                    except ParseError as e:
                        e.path.insert(0, f"[{_k_accepted_by}]")
                        raise
                    except (KeyError, ValueError, TypeError, AttributeError) as e:
                        raise ParseError("", f"[{_k_accepted_by}]", e) from e
                    _k_accepted_by += 1
            elif _v_accepted_by is UNSET:
                accepted_by = None
            elif _v_accepted_by is None:
                accepted_by = None
                _nulls |= 64  # accepted_by
            else:  # not a list (decoded JSON has no subclass of list): what the construct would say
                raise wrong_type(_v_accepted_by, "an array")

            _field = "risk_definition"
            risk_definition: RiskDefinition | None
            if _v_risk_definition.__class__ is dict:  # the usual case first, in one check
                risk_definition = _from_json_RiskDefinition(_v_risk_definition)
            elif _v_risk_definition is UNSET:
                risk_definition = None
            elif _v_risk_definition is None:
                risk_definition = None
                _nulls |= 128  # risk_definition
            else:
                risk_definition = _from_json_RiskDefinition(_v_risk_definition)

            _field = "first_detected_at"
            first_detected_at: datetime.datetime | None
            if _v_first_detected_at.__class__ is str:  # the usual case first, in one check
                try:
                    try:
                        first_detected_at_type_0 = _fromisoformat(_v_first_detected_at)
                    except ValueError:
                        first_detected_at_type_0 = parse_datetime(_v_first_detected_at)
                    if first_detected_at_type_0.tzinfo is None:
                        first_detected_at_type_0 = parse_datetime(_v_first_detected_at)
                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    raise wrong_type(_v_first_detected_at, "datetime.datetime | None") from None
                first_detected_at = first_detected_at_type_0
            elif _v_first_detected_at is UNSET:
                first_detected_at = None
            elif _v_first_detected_at is None:
                first_detected_at = None
                _nulls |= 256  # first_detected_at
            else:
                _first_detected_at_raw = _v_first_detected_at
                if _first_detected_at_raw is None:
                    first_detected_at = _first_detected_at_raw
                elif isinstance(_first_detected_at_raw, str):
                    try:
                        try:
                            first_detected_at_type_0 = _fromisoformat(_first_detected_at_raw)
                        except ValueError:
                            first_detected_at_type_0 = parse_datetime(_first_detected_at_raw)
                        if first_detected_at_type_0.tzinfo is None:
                            first_detected_at_type_0 = parse_datetime(_first_detected_at_raw)

                    except ParseError:
                        raise
                    except (TypeError, ValueError, AttributeError, KeyError):
                        raise wrong_type(_first_detected_at_raw, "datetime.datetime | None") from None
                    first_detected_at = first_detected_at_type_0
                else:
                    raise wrong_type(_first_detected_at_raw, "datetime.datetime | None")

            _field = "last_detected_at"
            last_detected_at: datetime.datetime | None
            if _v_last_detected_at.__class__ is str:  # the usual case first, in one check
                try:
                    try:
                        last_detected_at_type_0 = _fromisoformat(_v_last_detected_at)
                    except ValueError:
                        last_detected_at_type_0 = parse_datetime(_v_last_detected_at)
                    if last_detected_at_type_0.tzinfo is None:
                        last_detected_at_type_0 = parse_datetime(_v_last_detected_at)
                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    raise wrong_type(_v_last_detected_at, "datetime.datetime | None") from None
                last_detected_at = last_detected_at_type_0
            elif _v_last_detected_at is UNSET:
                last_detected_at = None
            elif _v_last_detected_at is None:
                last_detected_at = None
                _nulls |= 512  # last_detected_at
            else:
                _last_detected_at_raw = _v_last_detected_at
                if _last_detected_at_raw is None:
                    last_detected_at = _last_detected_at_raw
                elif isinstance(_last_detected_at_raw, str):
                    try:
                        try:
                            last_detected_at_type_0 = _fromisoformat(_last_detected_at_raw)
                        except ValueError:
                            last_detected_at_type_0 = parse_datetime(_last_detected_at_raw)
                        if last_detected_at_type_0.tzinfo is None:
                            last_detected_at_type_0 = parse_datetime(_last_detected_at_raw)

                    except ParseError:
                        raise
                    except (TypeError, ValueError, AttributeError, KeyError):
                        raise wrong_type(_last_detected_at_raw, "datetime.datetime | None") from None
                    last_detected_at = last_detected_at_type_0
                else:
                    raise wrong_type(_last_detected_at_raw, "datetime.datetime | None")

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
            _obj._nulls = _nulls
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


from ..models.risk_acceptance import RiskAcceptance  # noqa: E402
from ..models.risk_definition import RiskDefinition  # noqa: E402

_by_value_RiskStatus = RiskStatus._by_value
_from_json_RiskAcceptance = RiskAcceptance._from_json
_from_json_RiskDefinition = RiskDefinition._from_json
