from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import orjson
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scan_state import ScanState
from ..models.scan_type import ScanType
from ..types import (
    _NO_KEYS,
    NOT_GIVEN,
    UNSET,
    ParseError,
    _model_getattr,
    copy_json,
    wrong_type,
)

T = TypeVar("T", bound="ScanFilters")
_new = object.__new__


@_attrs_define
class ScanFilters:
    """Filters for `scans.list`. Each key holds an array of values to match; the scankit
    wrapper sends the object as JSON in the `filters` query parameter.

    """

    type_: list[ScanType] | None = _attrs_field(default=NOT_GIVEN)
    """ Only scans of these types. """
    state: list[ScanState] | None = _attrs_field(default=NOT_GIVEN)
    """ Only scans in these states. """
    scheduled_by: list[str] | None = _attrs_field(default=NOT_GIVEN)
    """ Only scans scheduled by these. Inferred: the docs name the key but not its values
    (no `scheduled_by` field appears on a Scan).
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
                "type_",
                "state",
                "scheduled_by",
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
        if self.type_ is not None:
            type_ = []
            for type_item_data in self.type_:
                type_item = type_item_data.value
                type_.append(type_item)

            field_dict["type"] = type_
        elif self._nulls & 1:
            field_dict["type"] = None
        if self.state is not None:
            state = []
            for state_item_data in self.state:
                state_item = state_item_data.value
                state.append(state_item)

            field_dict["state"] = state
        elif self._nulls & 2:
            field_dict["state"] = None
        if self.scheduled_by is not None:
            scheduled_by = self.scheduled_by

            field_dict["scheduled_by"] = scheduled_by
        elif self._nulls & 4:
            field_dict["scheduled_by"] = None

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
                *(("type_",) if self.type_ is not None or self._nulls & 1 else ()),
                *(("state",) if self.state is not None or self._nulls & 2 else ()),
                *(("scheduled_by",) if self.scheduled_by is not None or self._nulls & 4 else ()),
            )
        )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `ScanFilters`; `src_dict` is left unchanged."""
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
            if len(d) == 3:
                try:
                    _v_type_ = d["type"]
                    _v_state = d["state"]
                    _v_scheduled_by = d["scheduled_by"]
                except KeyError:  # an unknown field in place of a known one
                    _v_type_ = d.pop("type", UNSET)
                    _v_state = d.pop("state", UNSET)
                    _v_scheduled_by = d.pop("scheduled_by", UNSET)

                else:
                    d = _NO_KEYS  # no keys left over: the object is not kept
            else:
                _v_type_ = d.pop("type", UNSET)
                _v_state = d.pop("state", UNSET)
                _v_scheduled_by = d.pop("scheduled_by", UNSET)

            _field = "type"
            type_: list[ScanType] | None
            if _v_type_.__class__ is list:  # the usual case first, in one check
                type_ = _v_type_
                _k_type_ = 0
                for type_item_data in _v_type_:
                    try:
                        type_item = _by_value_ScanType.get(type_item_data) or ScanType(type_item_data)

                    except ParseError as e:
                        e.path.insert(0, f"[{_k_type_}]")
                        raise
                    except (KeyError, ValueError, TypeError, AttributeError) as e:
                        raise ParseError("", f"[{_k_type_}]", e) from e
                    _v_type_[_k_type_] = type_item
                    _k_type_ += 1
            elif _v_type_ is UNSET:
                type_ = None
            elif _v_type_ is None:
                type_ = None
                _nulls |= 1  # type_
            else:  # not a list (decoded JSON has no subclass of list): what the construct would say
                raise wrong_type(_v_type_, "an array")

            _field = "state"
            state: list[ScanState] | None
            if _v_state.__class__ is list:  # the usual case first, in one check
                state = _v_state
                _k_state = 0
                for state_item_data in _v_state:
                    try:
                        state_item = _by_value_ScanState.get(state_item_data) or ScanState(state_item_data)

                    except ParseError as e:
                        e.path.insert(0, f"[{_k_state}]")
                        raise
                    except (KeyError, ValueError, TypeError, AttributeError) as e:
                        raise ParseError("", f"[{_k_state}]", e) from e
                    _v_state[_k_state] = state_item
                    _k_state += 1
            elif _v_state is UNSET:
                state = None
            elif _v_state is None:
                state = None
                _nulls |= 2  # state
            else:  # not a list (decoded JSON has no subclass of list): what the construct would say
                raise wrong_type(_v_state, "an array")

            _field = "scheduled_by"
            scheduled_by: list[str] | None
            if _v_scheduled_by.__class__ is list:  # the usual case first, in one check
                scheduled_by = _v_scheduled_by  # its items as they are, as the else branch keeps them
            elif _v_scheduled_by is UNSET:
                scheduled_by = None
            elif _v_scheduled_by is None:
                scheduled_by = None
                _nulls |= 4  # scheduled_by
            else:  # not a list (decoded JSON has no subclass of list): what the construct would say
                raise wrong_type(_v_scheduled_by, "an array")

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj: T
        if cls is ScanFilters:
            # The slots set directly: exactly what attrs' __init__ does here (no validators or
            # converters), without the cost of calling the class (about 0.3 µs a model, bench/cpu.py).
            _obj = _new(cls)
            _obj.type_ = type_
            _obj.state = state
            _obj.scheduled_by = scheduled_by
            _obj._nulls = _nulls
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                type_,
                state,
                scheduled_by,
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


_by_value_ScanState = ScanState._by_value
_by_value_ScanType = ScanType._by_value
