from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import orjson
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    _NO_KEYS,
    UNSET,
    ParseError,
    _model_getattr,
    copy_json,
    wrong_type,
)

T = TypeVar("T", bound="ScanRisks")
_new = object.__new__


@_attrs_define
class ScanRisks:
    """The risks this scan found, split by how they changed: newly opened, still open since an
    earlier scan, and closed (no longer found). Each entry is the ID of a Risk.

    """

    new_open: list[RiskRef]
    """ Risks this scan found for the first time. """
    still_open: list[RiskRef]
    """ Risks an earlier scan found that this scan found again. """
    closed: list[RiskRef]
    """ Risks an earlier scan found that this scan no longer found. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    if not TYPE_CHECKING:  # hidden from type checkers, which would then accept any attribute name
        # Parsing leaves additional_properties empty when there were no unknown keys: the first
        # read makes the empty dict (types._model_getattr).
        __getattr__ = _model_getattr
    # The optional fields sent as an explicit null (read as None, like absent ones), so that
    # to_dict() re-emits exactly what was sent and fields_set can tell null from absent: one bit
    # per optional field, in declaration order (an int, not a tuple: parsing a null allocates nothing).
    _nulls: int = _attrs_field(init=False, default=0, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: exactly the fields the server sent (an absent field stays absent, a null
        stays null); on a model you build, the fields that are not None."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        new_open = []
        for new_open_item_data in self.new_open:
            new_open_item = new_open_item_data.to_dict()
            new_open.append(new_open_item)

        field_dict["new_open"] = new_open
        still_open = []
        for still_open_item_data in self.still_open:
            still_open_item = still_open_item_data.to_dict()
            still_open.append(still_open_item)

        field_dict["still_open"] = still_open
        closed = []
        for closed_item_data in self.closed:
            closed_item = closed_item_data.to_dict()
            closed.append(closed_item)

        field_dict["closed"] = closed

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
                "new_open",
                "still_open",
                "closed",
            )
        )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `ScanRisks`; `src_dict` is left unchanged."""
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
                    _v_new_open = d["new_open"]
                    _v_still_open = d["still_open"]
                    _v_closed = d["closed"]
                except KeyError:  # an unknown field in place of a known one
                    _field = "new_open"
                    _v_new_open = d.pop("new_open")
                    _field = "still_open"
                    _v_still_open = d.pop("still_open")
                    _field = "closed"
                    _v_closed = d.pop("closed")

                else:
                    d = _NO_KEYS  # no keys left over: the object is not kept
            else:
                _field = "new_open"
                _v_new_open = d.pop("new_open")
                _field = "still_open"
                _v_still_open = d.pop("still_open")
                _field = "closed"
                _v_closed = d.pop("closed")

            _field = "new_open"
            _new_open = _v_new_open
            if not isinstance(_new_open, list):
                raise wrong_type(_new_open, "an array")
            new_open: list[RiskRef] = _new_open
            _k_new_open = 0
            for new_open_item_data in _new_open:
                try:
                    if new_open_item_data.__class__ is dict and len(new_open_item_data) == 1:
                        try:
                            _i_risk_id = new_open_item_data["risk_id"]
                        except KeyError:  # another key in place of a field's: _from_json says which
                            _i_risk_id = UNSET
                        if _i_risk_id.__class__ is str:
                            new_open_item = _new(RiskRef)
                            new_open_item.risk_id = _i_risk_id
                            new_open_item._nulls = 0
                        else:
                            new_open_item = _from_json_RiskRef(new_open_item_data)

                    else:
                        new_open_item = _from_json_RiskRef(new_open_item_data)

                except ParseError as e:
                    e.path.insert(0, f"[{_k_new_open}]")
                    raise
                except (KeyError, ValueError, TypeError, AttributeError) as e:
                    raise ParseError("", f"[{_k_new_open}]", e) from e
                _new_open[_k_new_open] = new_open_item
                _k_new_open += 1

            _field = "still_open"
            _still_open = _v_still_open
            if not isinstance(_still_open, list):
                raise wrong_type(_still_open, "an array")
            still_open: list[RiskRef] = _still_open
            _k_still_open = 0
            for still_open_item_data in _still_open:
                try:
                    if still_open_item_data.__class__ is dict and len(still_open_item_data) == 1:
                        try:
                            _i_risk_id = still_open_item_data["risk_id"]
                        except KeyError:  # another key in place of a field's: _from_json says which
                            _i_risk_id = UNSET
                        if _i_risk_id.__class__ is str:
                            still_open_item = _new(RiskRef)
                            still_open_item.risk_id = _i_risk_id
                            still_open_item._nulls = 0
                        else:
                            still_open_item = _from_json_RiskRef(still_open_item_data)

                    else:
                        still_open_item = _from_json_RiskRef(still_open_item_data)

                except ParseError as e:
                    e.path.insert(0, f"[{_k_still_open}]")
                    raise
                except (KeyError, ValueError, TypeError, AttributeError) as e:
                    raise ParseError("", f"[{_k_still_open}]", e) from e
                _still_open[_k_still_open] = still_open_item
                _k_still_open += 1

            _field = "closed"
            _closed = _v_closed
            if not isinstance(_closed, list):
                raise wrong_type(_closed, "an array")
            closed: list[RiskRef] = _closed
            _k_closed = 0
            for closed_item_data in _closed:
                try:
                    if closed_item_data.__class__ is dict and len(closed_item_data) == 1:
                        try:
                            _i_risk_id = closed_item_data["risk_id"]
                        except KeyError:  # another key in place of a field's: _from_json says which
                            _i_risk_id = UNSET
                        if _i_risk_id.__class__ is str:
                            closed_item = _new(RiskRef)
                            closed_item.risk_id = _i_risk_id
                            closed_item._nulls = 0
                        else:
                            closed_item = _from_json_RiskRef(closed_item_data)

                    else:
                        closed_item = _from_json_RiskRef(closed_item_data)

                except ParseError as e:
                    e.path.insert(0, f"[{_k_closed}]")
                    raise
                except (KeyError, ValueError, TypeError, AttributeError) as e:
                    raise ParseError("", f"[{_k_closed}]", e) from e
                _closed[_k_closed] = closed_item
                _k_closed += 1

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj: T
        if cls is ScanRisks:
            # The slots set directly: exactly what attrs' __init__ does here (no validators or
            # converters), without the cost of calling the class (about 0.3 µs a model, bench/cpu.py).
            _obj = _new(cls)
            _obj.new_open = new_open
            _obj.still_open = still_open
            _obj.closed = closed
            _obj._nulls = _nulls
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                new_open,
                still_open,
                closed,
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


from ..models.risk_ref import RiskRef  # noqa: E402

_from_json_RiskRef = RiskRef._from_json
