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

T = TypeVar("T", bound="LoyaltyResult")
_new = object.__new__


@_attrs_define
class LoyaltyResult:
    """The balance change applied to a loyalty pass. The docs' example sends the numbers as
    strings (`"10"`, `"25"`).

    """

    balance_change: str | None = _attrs_field(default=NOT_GIVEN)
    """ The change applied, e.g. `"10"`. """
    updated_balance: str | None = _attrs_field(default=NOT_GIVEN)
    """ The balance after the change, e.g. `"25"`. """
    operation: str | None = _attrs_field(default=NOT_GIVEN)
    """ What was done, e.g. `add`. Inferred: other values (deducting) are not shown. """
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
                "balance_change",
                "updated_balance",
                "operation",
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
        if self.balance_change is not None:
            field_dict["balanceChange"] = self.balance_change
        elif self._nulls & 1:
            field_dict["balanceChange"] = None
        if self.updated_balance is not None:
            field_dict["updatedBalance"] = self.updated_balance
        elif self._nulls & 2:
            field_dict["updatedBalance"] = None
        if self.operation is not None:
            field_dict["operation"] = self.operation
        elif self._nulls & 4:
            field_dict["operation"] = None

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
                *(("balance_change",) if self.balance_change is not None or self._nulls & 1 else ()),
                *(("updated_balance",) if self.updated_balance is not None or self._nulls & 2 else ()),
                *(("operation",) if self.operation is not None or self._nulls & 4 else ()),
            )
        )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `LoyaltyResult`; `src_dict` is left unchanged."""
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
                    balance_change = d["balanceChange"]
                    updated_balance = d["updatedBalance"]
                    operation = d["operation"]
                except KeyError:  # an unknown field in place of a known one
                    balance_change = d.pop("balanceChange", UNSET)
                    updated_balance = d.pop("updatedBalance", UNSET)
                    operation = d.pop("operation", UNSET)

                else:
                    d = _NO_KEYS  # no keys left over: the object is not kept
            else:
                balance_change = d.pop("balanceChange", UNSET)
                updated_balance = d.pop("updatedBalance", UNSET)
                operation = d.pop("operation", UNSET)

            _field = "balanceChange"
            if balance_change.__class__ is str:  # the usual case first, in one check
                pass
            elif balance_change is UNSET:
                balance_change = None
            elif balance_change is None:
                _nulls |= 1  # balance_change
            else:
                if not isinstance(balance_change, str):
                    raise wrong_type(balance_change, "a string")

            _field = "updatedBalance"
            if updated_balance.__class__ is str:  # the usual case first, in one check
                pass
            elif updated_balance is UNSET:
                updated_balance = None
            elif updated_balance is None:
                _nulls |= 2  # updated_balance
            else:
                if not isinstance(updated_balance, str):
                    raise wrong_type(updated_balance, "a string")

            _field = "operation"
            if operation.__class__ is str:  # the usual case first, in one check
                pass
            elif operation is UNSET:
                operation = None
            elif operation is None:
                _nulls |= 4  # operation
            else:
                if not isinstance(operation, str):
                    raise wrong_type(operation, "a string")

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj: T
        if cls is LoyaltyResult:
            # The slots set directly: exactly what attrs' __init__ does here (no validators or
            # converters), without the cost of calling the class (about 0.3 µs a model, bench/cpu.py).
            _obj = _new(cls)
            _obj.balance_change = balance_change
            _obj.updated_balance = updated_balance
            _obj.operation = operation
            _obj._nulls = _nulls
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                balance_change,
                updated_balance,
                operation,
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
