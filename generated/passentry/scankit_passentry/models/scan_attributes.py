from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import orjson
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scan_status import ScanStatus
from ..models.scan_type import ScanType
from ..models.validation_type import ValidationType
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

T = TypeVar("T", bound="ScanAttributes")
_new = object.__new__


@_attrs_define
class ScanAttributes:
    """What was scanned, how, and with what outcome."""

    scan_type: ScanType
    """ How the pass was read. """
    scan_value: str
    """ The value the reader read (NFC payload or barcode contents). """
    validation_type: ValidationType
    """ Who decided whether the scan succeeds: PassEntry itself
    (`internalValidation`) or the customer's own endpoint
    (`externalValidation`, third-party validation).
     """
    status: ScanStatus
    """ Outcome of the scan. """
    scanned_at: datetime.datetime
    """ When the pass was scanned (UTC). """
    status_detail: str | None = _attrs_field(default=NOT_GIVEN)
    """ Why the scan failed, e.g. "Pass is not active"; null when it succeeded. """
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
        for bit, name in enumerate(("status_detail",)):
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
        field_dict["scanType"] = str.__str__(self.scan_type)
        scan_value = self.scan_value
        field_dict["scanValue"] = scan_value
        field_dict["validationType"] = str.__str__(self.validation_type)
        field_dict["status"] = str.__str__(self.status)
        scanned_at = self.scanned_at.isoformat()
        field_dict["scannedAt"] = scanned_at
        if self.status_detail is not None:
            status_detail: None | str
            status_detail = self.status_detail
            field_dict["statusDetail"] = status_detail
        elif self._nulls & 1:
            field_dict["statusDetail"] = None

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
                "scan_type",
                "scan_value",
                "validation_type",
                "status",
                "scanned_at",
                *(("status_detail",) if self.status_detail is not None or self._nulls & 1 else ()),
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
            if len(d) == 6:
                try:
                    _v_scan_type = d["scanType"]
                    scan_value = d["scanValue"]
                    _v_validation_type = d["validationType"]
                    _v_status = d["status"]
                    _v_scanned_at = d["scannedAt"]
                    _v_status_detail = d["statusDetail"]
                except KeyError:  # an unknown field in place of a known one
                    _field = "scanType"
                    _v_scan_type = d.pop("scanType")
                    _field = "scanValue"
                    scan_value = d.pop("scanValue")
                    _field = "validationType"
                    _v_validation_type = d.pop("validationType")
                    _field = "status"
                    _v_status = d.pop("status")
                    _field = "scannedAt"
                    _v_scanned_at = d.pop("scannedAt")
                    _v_status_detail = d.pop("statusDetail", UNSET)

                else:
                    d = _NO_KEYS  # no keys left over: the object is not kept
            else:
                _field = "scanType"
                _v_scan_type = d.pop("scanType")
                _field = "scanValue"
                scan_value = d.pop("scanValue")
                _field = "validationType"
                _v_validation_type = d.pop("validationType")
                _field = "status"
                _v_status = d.pop("status")
                _field = "scannedAt"
                _v_scanned_at = d.pop("scannedAt")
                _v_status_detail = d.pop("statusDetail", UNSET)

            _field = "scanType"
            try:  # a subscript is cheaper than .get(); a value the spec does not list is kept by the enum
                scan_type = _by_value_ScanType[_v_scan_type]
            except KeyError:
                scan_type = ScanType(_v_scan_type)

            _field = "scanValue"
            if scan_value.__class__ is not str:
                if not isinstance(scan_value, str):
                    raise wrong_type(scan_value, "a string")

            _field = "validationType"
            try:  # a subscript is cheaper than .get(); a value the spec does not list is kept by the enum
                validation_type = _by_value_ValidationType[_v_validation_type]
            except KeyError:
                validation_type = ValidationType(_v_validation_type)

            _field = "status"
            try:  # a subscript is cheaper than .get(); a value the spec does not list is kept by the enum
                status = _by_value_ScanStatus[_v_status]
            except KeyError:
                status = ScanStatus(_v_status)

            _field = "scannedAt"
            try:
                scanned_at = _fromisoformat(_v_scanned_at)
            except ValueError:
                scanned_at = parse_datetime(_v_scanned_at)
            if scanned_at.tzinfo is None:
                scanned_at = parse_datetime(_v_scanned_at)

            _field = "statusDetail"
            status_detail: str | None
            if _v_status_detail.__class__ is str:  # the usual case first, in one check
                status_detail = _v_status_detail
            elif _v_status_detail is UNSET:
                status_detail = None
            elif _v_status_detail is None:
                status_detail = None
                _nulls |= 1  # status_detail
            else:
                status_detail = _v_status_detail
                if not (status_detail is None or isinstance(status_detail, (str))):
                    raise wrong_type(status_detail, "None | str")

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
            _obj.scan_type = scan_type
            _obj.scan_value = scan_value
            _obj.validation_type = validation_type
            _obj.status = status
            _obj.scanned_at = scanned_at
            _obj.status_detail = status_detail
            _obj._nulls = _nulls
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                scan_type,
                scan_value,
                validation_type,
                status,
                scanned_at,
                status_detail,
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


_by_value_ScanStatus = ScanStatus._by_value
_by_value_ScanType = ScanType._by_value
_by_value_ValidationType = ValidationType._by_value
