from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

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
    _LazyUUID,
    _model_getattr,
    copy_json,
    parse_datetime,
    parse_uuid,
    wrong_type,
)

T = TypeVar("T", bound="ScanInfo")
_new = object.__new__


@_attrs_define
class ScanInfo:
    """A recorded scan, as Create scan and Log scan answer it (flat, not the JSON:API resource)."""

    scan_id: UUID | None = _attrs_field(default=NOT_GIVEN)
    """ The scan's id (a UUID); `scans.get` fetches it. """
    scan_type: ScanType | None = _attrs_field(default=NOT_GIVEN)
    """ How the pass was read. """
    scan_value: str | None = _attrs_field(default=NOT_GIVEN)
    """ The raw value read. For NFC the encoded NFC message, for barcodes the encoded barcode value. """
    validation_type: ValidationType | None = _attrs_field(default=NOT_GIVEN)
    """ Who decided whether the scan succeeds: PassEntry itself
    (`internalValidation`) or the customer's own endpoint
    (`externalValidation`, third-party validation).
     """
    status: ScanStatus | None = _attrs_field(default=NOT_GIVEN)
    """ Outcome of the scan. """
    status_detail: str | None = _attrs_field(default=NOT_GIVEN)
    """ Detailed status, including error details (empty when the scan succeeded). """
    scanned_at: datetime.datetime | None = _attrs_field(default=NOT_GIVEN)
    """ When the pass was scanned (ISO 8601). """
    pass_id: str | None = _attrs_field(default=NOT_GIVEN)
    """ The UUID of the pass that was scanned. Inferred: may be null for a logged scan not tied to a pass. """
    pass_ext_id: str | None = _attrs_field(default=NOT_GIVEN)
    """ The external id of the pass that was scanned. Inferred: may be null. """
    reader_id: str | None = _attrs_field(default=NOT_GIVEN)
    """ The id of the reader that scanned the pass. """
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
                "scan_id",
                "scan_type",
                "scan_value",
                "validation_type",
                "status",
                "status_detail",
                "scanned_at",
                "pass_id",
                "pass_ext_id",
                "reader_id",
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
        if self.scan_id is not None:
            scan_id = str(self.scan_id)
            field_dict["scanId"] = scan_id
        elif self._nulls & 1:
            field_dict["scanId"] = None
        if self.scan_type is not None:
            field_dict["scanType"] = str.__str__(self.scan_type)
        elif self._nulls & 2:
            field_dict["scanType"] = None
        if self.scan_value is not None:
            field_dict["scanValue"] = self.scan_value
        elif self._nulls & 4:
            field_dict["scanValue"] = None
        if self.validation_type is not None:
            field_dict["validationType"] = str.__str__(self.validation_type)
        elif self._nulls & 8:
            field_dict["validationType"] = None
        if self.status is not None:
            field_dict["status"] = str.__str__(self.status)
        elif self._nulls & 16:
            field_dict["status"] = None
        if self.status_detail is not None:
            status_detail: None | str
            status_detail = self.status_detail
            field_dict["statusDetail"] = status_detail
        elif self._nulls & 32:
            field_dict["statusDetail"] = None
        if self.scanned_at is not None:
            scanned_at = self.scanned_at.isoformat()
            field_dict["scannedAt"] = scanned_at
        elif self._nulls & 64:
            field_dict["scannedAt"] = None
        if self.pass_id is not None:
            pass_id: None | str
            pass_id = self.pass_id
            field_dict["passId"] = pass_id
        elif self._nulls & 128:
            field_dict["passId"] = None
        if self.pass_ext_id is not None:
            pass_ext_id: None | str
            pass_ext_id = self.pass_ext_id
            field_dict["passExtId"] = pass_ext_id
        elif self._nulls & 256:
            field_dict["passExtId"] = None
        if self.reader_id is not None:
            field_dict["readerId"] = self.reader_id
        elif self._nulls & 512:
            field_dict["readerId"] = None

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
                *(("scan_id",) if self.scan_id is not None or self._nulls & 1 else ()),
                *(("scan_type",) if self.scan_type is not None or self._nulls & 2 else ()),
                *(("scan_value",) if self.scan_value is not None or self._nulls & 4 else ()),
                *(("validation_type",) if self.validation_type is not None or self._nulls & 8 else ()),
                *(("status",) if self.status is not None or self._nulls & 16 else ()),
                *(("status_detail",) if self.status_detail is not None or self._nulls & 32 else ()),
                *(("scanned_at",) if self.scanned_at is not None or self._nulls & 64 else ()),
                *(("pass_id",) if self.pass_id is not None or self._nulls & 128 else ()),
                *(("pass_ext_id",) if self.pass_ext_id is not None or self._nulls & 256 else ()),
                *(("reader_id",) if self.reader_id is not None or self._nulls & 512 else ()),
            )
        )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `ScanInfo`; `src_dict` is left unchanged."""
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
            if len(d) == 10:
                try:
                    _v_scan_id = d["scanId"]
                    _v_scan_type = d["scanType"]
                    scan_value = d["scanValue"]
                    _v_validation_type = d["validationType"]
                    _v_status = d["status"]
                    _v_status_detail = d["statusDetail"]
                    _v_scanned_at = d["scannedAt"]
                    _v_pass_id = d["passId"]
                    _v_pass_ext_id = d["passExtId"]
                    reader_id = d["readerId"]
                except KeyError:  # an unknown field in place of a known one
                    _v_scan_id = d.pop("scanId", UNSET)
                    _v_scan_type = d.pop("scanType", UNSET)
                    scan_value = d.pop("scanValue", UNSET)
                    _v_validation_type = d.pop("validationType", UNSET)
                    _v_status = d.pop("status", UNSET)
                    _v_status_detail = d.pop("statusDetail", UNSET)
                    _v_scanned_at = d.pop("scannedAt", UNSET)
                    _v_pass_id = d.pop("passId", UNSET)
                    _v_pass_ext_id = d.pop("passExtId", UNSET)
                    reader_id = d.pop("readerId", UNSET)

                else:
                    d = _NO_KEYS  # no keys left over: the object is not kept
            else:
                _v_scan_id = d.pop("scanId", UNSET)
                _v_scan_type = d.pop("scanType", UNSET)
                scan_value = d.pop("scanValue", UNSET)
                _v_validation_type = d.pop("validationType", UNSET)
                _v_status = d.pop("status", UNSET)
                _v_status_detail = d.pop("statusDetail", UNSET)
                _v_scanned_at = d.pop("scannedAt", UNSET)
                _v_pass_id = d.pop("passId", UNSET)
                _v_pass_ext_id = d.pop("passExtId", UNSET)
                reader_id = d.pop("readerId", UNSET)

            _field = "scanId"
            scan_id: UUID | None
            if _v_scan_id.__class__ is str:  # the usual case first, in one check
                if len(_v_scan_id) == 36 and _v_scan_id[8] == "-":
                    _uuid = _LazyUUID()
                    _uuid._text = _v_scan_id
                    scan_id = _uuid
                else:
                    scan_id = parse_uuid(_v_scan_id)
            elif _v_scan_id is UNSET:
                scan_id = None
            elif _v_scan_id is None:
                scan_id = None
                _nulls |= 1  # scan_id
            else:
                if _v_scan_id.__class__ is str and len(_v_scan_id) == 36 and _v_scan_id[8] == "-":
                    _uuid = _LazyUUID()
                    _uuid._text = _v_scan_id
                    scan_id = _uuid
                else:
                    scan_id = parse_uuid(_v_scan_id)

            _field = "scanType"
            scan_type: ScanType | None
            if _v_scan_type.__class__ is str:  # the usual case first, in one check
                try:  # a subscript is cheaper than .get(); a value the spec does not list is kept by the enum
                    scan_type = _by_value_ScanType[_v_scan_type]
                except KeyError:
                    scan_type = ScanType(_v_scan_type)
            elif _v_scan_type is UNSET:
                scan_type = None
            elif _v_scan_type is None:
                scan_type = None
                _nulls |= 2  # scan_type
            else:
                scan_type = _by_value_ScanType.get(_v_scan_type) or ScanType(_v_scan_type)

            _field = "scanValue"
            if scan_value.__class__ is str:  # the usual case first, in one check
                pass
            elif scan_value is UNSET:
                scan_value = None
            elif scan_value is None:
                _nulls |= 4  # scan_value
            else:
                if not isinstance(scan_value, str):
                    raise wrong_type(scan_value, "a string")

            _field = "validationType"
            validation_type: ValidationType | None
            if _v_validation_type.__class__ is str:  # the usual case first, in one check
                try:  # a subscript is cheaper than .get(); a value the spec does not list is kept by the enum
                    validation_type = _by_value_ValidationType[_v_validation_type]
                except KeyError:
                    validation_type = ValidationType(_v_validation_type)
            elif _v_validation_type is UNSET:
                validation_type = None
            elif _v_validation_type is None:
                validation_type = None
                _nulls |= 8  # validation_type
            else:
                validation_type = _by_value_ValidationType.get(_v_validation_type) or ValidationType(_v_validation_type)

            _field = "status"
            status: ScanStatus | None
            if _v_status.__class__ is str:  # the usual case first, in one check
                try:  # a subscript is cheaper than .get(); a value the spec does not list is kept by the enum
                    status = _by_value_ScanStatus[_v_status]
                except KeyError:
                    status = ScanStatus(_v_status)
            elif _v_status is UNSET:
                status = None
            elif _v_status is None:
                status = None
                _nulls |= 16  # status
            else:
                status = _by_value_ScanStatus.get(_v_status) or ScanStatus(_v_status)

            _field = "statusDetail"
            status_detail: str | None
            if _v_status_detail.__class__ is str:  # the usual case first, in one check
                status_detail = _v_status_detail
            elif _v_status_detail is UNSET:
                status_detail = None
            elif _v_status_detail is None:
                status_detail = None
                _nulls |= 32  # status_detail
            else:
                status_detail = _v_status_detail
                if not (status_detail is None or isinstance(status_detail, (str))):
                    raise wrong_type(status_detail, "None | str")

            _field = "scannedAt"
            scanned_at: datetime.datetime | None
            if _v_scanned_at.__class__ is str:  # the usual case first, in one check
                try:
                    scanned_at = _fromisoformat(_v_scanned_at)
                except ValueError:
                    scanned_at = parse_datetime(_v_scanned_at)
                if scanned_at.tzinfo is None:
                    scanned_at = parse_datetime(_v_scanned_at)
            elif _v_scanned_at is UNSET:
                scanned_at = None
            elif _v_scanned_at is None:
                scanned_at = None
                _nulls |= 64  # scanned_at
            else:
                try:
                    scanned_at = _fromisoformat(_v_scanned_at)
                except ValueError:
                    scanned_at = parse_datetime(_v_scanned_at)
                if scanned_at.tzinfo is None:
                    scanned_at = parse_datetime(_v_scanned_at)

            _field = "passId"
            pass_id: str | None
            if _v_pass_id.__class__ is str:  # the usual case first, in one check
                pass_id = _v_pass_id
            elif _v_pass_id is UNSET:
                pass_id = None
            elif _v_pass_id is None:
                pass_id = None
                _nulls |= 128  # pass_id
            else:
                pass_id = _v_pass_id
                if not (pass_id is None or isinstance(pass_id, (str))):
                    raise wrong_type(pass_id, "None | str")

            _field = "passExtId"
            pass_ext_id: str | None
            if _v_pass_ext_id.__class__ is str:  # the usual case first, in one check
                pass_ext_id = _v_pass_ext_id
            elif _v_pass_ext_id is UNSET:
                pass_ext_id = None
            elif _v_pass_ext_id is None:
                pass_ext_id = None
                _nulls |= 256  # pass_ext_id
            else:
                pass_ext_id = _v_pass_ext_id
                if not (pass_ext_id is None or isinstance(pass_ext_id, (str))):
                    raise wrong_type(pass_ext_id, "None | str")

            _field = "readerId"
            if reader_id.__class__ is str:  # the usual case first, in one check
                pass
            elif reader_id is UNSET:
                reader_id = None
            elif reader_id is None:
                _nulls |= 512  # reader_id
            else:
                if not isinstance(reader_id, str):
                    raise wrong_type(reader_id, "a string")

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj: T
        if cls is ScanInfo:
            # The slots set directly: exactly what attrs' __init__ does here (no validators or
            # converters), without the cost of calling the class (about 0.3 µs a model, bench/cpu.py).
            _obj = _new(cls)
            _obj.scan_id = scan_id
            _obj.scan_type = scan_type
            _obj.scan_value = scan_value
            _obj.validation_type = validation_type
            _obj.status = status
            _obj.status_detail = status_detail
            _obj.scanned_at = scanned_at
            _obj.pass_id = pass_id
            _obj.pass_ext_id = pass_ext_id
            _obj.reader_id = reader_id
            _obj._nulls = _nulls
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                scan_id,
                scan_type,
                scan_value,
                validation_type,
                status,
                status_detail,
                scanned_at,
                pass_id,
                pass_ext_id,
                reader_id,
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
