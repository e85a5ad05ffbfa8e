from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

import orjson
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scan_type import ScanType
from ..types import (
    NOT_GIVEN,
    UNSET,
    ParseError,
    copy_json,
    wrong_type,
)

T = TypeVar("T", bound="ScanCreate")
_new = object.__new__


@_attrs_define
class ScanCreate:
    """A scan for PassEntry to validate. Inferred: the docs page shows the fields but not which
    are required; all three of `readerId`, `passId` and `scanType` are in every example.

    """

    reader_id: str | None = _attrs_field(default=NOT_GIVEN)
    """ The id of the reader that scanned the pass (reader ids are chosen by the customer). """
    pass_id: str | None = _attrs_field(default=NOT_GIVEN)
    """ The id (UUID or external id) of the pass that was scanned. """
    scan_type: ScanType | None = _attrs_field(default=NOT_GIVEN)
    """ How the pass was read. """
    loyalty: LoyaltyChange | None = _attrs_field(default=NOT_GIVEN)
    """ A change to a loyalty pass's balance, applied with the scan (negative to deduct). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields sent as an explicit null (read as None, like absent ones), so that
    # to_dict() re-emits exactly what was sent and fields_set can tell null from absent.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        # Only a model built by calling the class gets here (parsing sets the slots directly): an
        # optional field not given reads None and is left out of to_dict(); one given as None is null.
        nulls: tuple[str, ...] = ()
        if self.reader_id is NOT_GIVEN:
            self.reader_id = None
        elif self.reader_id is None:
            nulls += ("reader_id",)
        if self.pass_id is NOT_GIVEN:
            self.pass_id = None
        elif self.pass_id is None:
            nulls += ("pass_id",)
        if self.scan_type is NOT_GIVEN:
            self.scan_type = None
        elif self.scan_type is None:
            nulls += ("scan_type",)
        if self.loyalty is NOT_GIVEN:
            self.loyalty = None
        elif self.loyalty is None:
            nulls += ("loyalty",)
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: exactly the fields the server sent (an absent field stays absent, a null
        stays null); on a model you build, the fields that are not None."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.reader_id is not None:
            field_dict["readerId"] = self.reader_id
        elif "reader_id" in self._nulls:
            field_dict["readerId"] = None
        if self.pass_id is not None:
            field_dict["passId"] = self.pass_id
        elif "pass_id" in self._nulls:
            field_dict["passId"] = None
        if self.scan_type is not None:
            field_dict["scanType"] = str.__str__(self.scan_type)
        elif "scan_type" in self._nulls:
            field_dict["scanType"] = None
        if self.loyalty is not None:
            loyalty = self.loyalty.to_dict()
            field_dict["loyalty"] = loyalty
        elif "loyalty" in self._nulls:
            field_dict["loyalty"] = None

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
                *(("reader_id",) if self.reader_id is not None else ()),
                *(("pass_id",) if self.pass_id is not None else ()),
                *(("scan_type",) if self.scan_type is not None else ()),
                *(("loyalty",) if self.loyalty is not None else ()),
                *self._nulls,
            )
        )

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
        _nulls: tuple[str, ...] = ()
        _field = ""
        try:
            _field = "readerId"
            _src = d.pop("readerId", UNSET)
            reader_id: str | None
            if _src.__class__ is str:  # the usual case first, in one check
                reader_id = _src
            elif _src is UNSET:
                reader_id = None
            elif _src is None:
                reader_id = None
                _nulls += ("reader_id",)
            else:
                if not isinstance(_src, (str)):
                    raise wrong_type(_src, "a string")

                reader_id = _src

            _field = "passId"
            _src = d.pop("passId", UNSET)
            pass_id: str | None
            if _src.__class__ is str:  # the usual case first, in one check
                pass_id = _src
            elif _src is UNSET:
                pass_id = None
            elif _src is None:
                pass_id = None
                _nulls += ("pass_id",)
            else:
                if not isinstance(_src, (str)):
                    raise wrong_type(_src, "a string")

                pass_id = _src

            _field = "scanType"
            _src = d.pop("scanType", UNSET)
            scan_type: ScanType | None
            if _src.__class__ is str:  # the usual case first, in one check
                scan_type = _by_value_ScanType.get(_src) or ScanType(_src)

            elif _src is UNSET:
                scan_type = None
            elif _src is None:
                scan_type = None
                _nulls += ("scan_type",)
            else:
                scan_type = _by_value_ScanType.get(_src) or ScanType(_src)

            _field = "loyalty"
            _src = d.pop("loyalty", UNSET)
            loyalty: LoyaltyChange | None
            if _src.__class__ is dict:  # the usual case first, in one check
                loyalty = _from_json_LoyaltyChange(_src)

            elif _src is UNSET:
                loyalty = None
            elif _src is None:
                loyalty = None
                _nulls += ("loyalty",)
            else:
                loyalty = _from_json_LoyaltyChange(_src)

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
            _obj.reader_id = reader_id
            _obj.pass_id = pass_id
            _obj.scan_type = scan_type
            _obj.loyalty = loyalty
            _obj._nulls = _nulls
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                reader_id,
                pass_id,
                scan_type,
                loyalty,
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


from ..models.loyalty_change import LoyaltyChange  # noqa: E402

_by_value_ScanType = ScanType._by_value
_from_json_LoyaltyChange = LoyaltyChange._from_json
