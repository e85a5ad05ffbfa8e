from __future__ import annotations

import datetime
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
    _fromisoformat,
    _model_getattr,
    copy_json,
    parse_datetime,
    wrong_type,
)

T = TypeVar("T", bound="RiskAcceptance")
_new = object.__new__


@_attrs_define
class RiskAcceptance:
    """One acceptance of a risk."""

    note: str | None = _attrs_field(default=NOT_GIVEN)
    """ Why the risk was accepted. """
    created_at: datetime.datetime | None = _attrs_field(default=NOT_GIVEN)
    """ When the risk was accepted. Inferred: an ISO 8601 date-time (the docs say "Date"). """
    last_updated_at: datetime.datetime | None = _attrs_field(default=NOT_GIVEN)
    """ When the acceptance was last changed. Inferred: an ISO 8601 date-time (the docs say "Date"). """
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
                "note",
                "created_at",
                "last_updated_at",
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
        if self.note is not None:
            field_dict["note"] = self.note
        elif self._nulls & 1:
            field_dict["note"] = None
        if self.created_at is not None:
            created_at: None | str
            created_at = self.created_at.isoformat()

            field_dict["created_at"] = created_at
        elif self._nulls & 2:
            field_dict["created_at"] = None
        if self.last_updated_at is not None:
            last_updated_at: None | str
            last_updated_at = self.last_updated_at.isoformat()

            field_dict["last_updated_at"] = last_updated_at
        elif self._nulls & 4:
            field_dict["last_updated_at"] = None

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
                *(("note",) if self.note is not None or self._nulls & 1 else ()),
                *(("created_at",) if self.created_at is not None or self._nulls & 2 else ()),
                *(("last_updated_at",) if self.last_updated_at is not None or self._nulls & 4 else ()),
            )
        )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `RiskAcceptance`; `src_dict` is left unchanged."""
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
                    note = d["note"]
                    _v_created_at = d["created_at"]
                    _v_last_updated_at = d["last_updated_at"]
                except KeyError:  # an unknown field in place of a known one
                    note = d.pop("note", UNSET)
                    _v_created_at = d.pop("created_at", UNSET)
                    _v_last_updated_at = d.pop("last_updated_at", UNSET)

                else:
                    d = _NO_KEYS  # no keys left over: the object is not kept
            else:
                note = d.pop("note", UNSET)
                _v_created_at = d.pop("created_at", UNSET)
                _v_last_updated_at = d.pop("last_updated_at", UNSET)

            _field = "note"
            if note.__class__ is str:  # the usual case first, in one check
                pass
            elif note is UNSET:
                note = None
            elif note is None:
                _nulls |= 1  # note
            else:
                if not isinstance(note, str):
                    raise wrong_type(note, "a string")

            _field = "created_at"
            created_at: datetime.datetime | None
            if _v_created_at.__class__ is str:  # the usual case first, in one check
                try:
                    try:
                        created_at_type_0 = _fromisoformat(_v_created_at)
                    except ValueError:
                        created_at_type_0 = parse_datetime(_v_created_at)
                    if created_at_type_0.tzinfo is None:
                        created_at_type_0 = parse_datetime(_v_created_at)
                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    raise wrong_type(_v_created_at, "datetime.datetime | None") from None
                created_at = created_at_type_0
            elif _v_created_at is UNSET:
                created_at = None
            elif _v_created_at is None:
                created_at = None
                _nulls |= 2  # created_at
            else:
                _created_at_raw = _v_created_at
                if _created_at_raw is None:
                    created_at = _created_at_raw
                elif isinstance(_created_at_raw, str):
                    try:
                        try:
                            created_at_type_0 = _fromisoformat(_created_at_raw)
                        except ValueError:
                            created_at_type_0 = parse_datetime(_created_at_raw)
                        if created_at_type_0.tzinfo is None:
                            created_at_type_0 = parse_datetime(_created_at_raw)

                    except ParseError:
                        raise
                    except (TypeError, ValueError, AttributeError, KeyError):
                        raise wrong_type(_created_at_raw, "datetime.datetime | None") from None
                    created_at = created_at_type_0
                else:
                    raise wrong_type(_created_at_raw, "datetime.datetime | None")

            _field = "last_updated_at"
            last_updated_at: datetime.datetime | None
            if _v_last_updated_at.__class__ is str:  # the usual case first, in one check
                try:
                    try:
                        last_updated_at_type_0 = _fromisoformat(_v_last_updated_at)
                    except ValueError:
                        last_updated_at_type_0 = parse_datetime(_v_last_updated_at)
                    if last_updated_at_type_0.tzinfo is None:
                        last_updated_at_type_0 = parse_datetime(_v_last_updated_at)
                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    raise wrong_type(_v_last_updated_at, "datetime.datetime | None") from None
                last_updated_at = last_updated_at_type_0
            elif _v_last_updated_at is UNSET:
                last_updated_at = None
            elif _v_last_updated_at is None:
                last_updated_at = None
                _nulls |= 4  # last_updated_at
            else:
                _last_updated_at_raw = _v_last_updated_at
                if _last_updated_at_raw is None:
                    last_updated_at = _last_updated_at_raw
                elif isinstance(_last_updated_at_raw, str):
                    try:
                        try:
                            last_updated_at_type_0 = _fromisoformat(_last_updated_at_raw)
                        except ValueError:
                            last_updated_at_type_0 = parse_datetime(_last_updated_at_raw)
                        if last_updated_at_type_0.tzinfo is None:
                            last_updated_at_type_0 = parse_datetime(_last_updated_at_raw)

                    except ParseError:
                        raise
                    except (TypeError, ValueError, AttributeError, KeyError):
                        raise wrong_type(_last_updated_at_raw, "datetime.datetime | None") from None
                    last_updated_at = last_updated_at_type_0
                else:
                    raise wrong_type(_last_updated_at_raw, "datetime.datetime | None")

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj: T
        if cls is RiskAcceptance:
            # The slots set directly: exactly what attrs' __init__ does here (no validators or
            # converters), without the cost of calling the class (about 0.3 µs a model, bench/cpu.py).
            _obj = _new(cls)
            _obj.note = note
            _obj.created_at = created_at
            _obj.last_updated_at = last_updated_at
            _obj._nulls = _nulls
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                note,
                created_at,
                last_updated_at,
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
