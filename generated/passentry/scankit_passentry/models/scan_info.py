from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

import orjson
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scan_status import ScanStatus
from ..models.scan_type import ScanType
from ..models.validation_type import ValidationType
from ..types import (
    NOT_GIVEN,
    UNSET,
    ParseError,
    _fromisoformat,
    _LazyUUID,
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
    # The optional fields sent as an explicit null (read as None, like absent ones), so that
    # to_dict() re-emits exactly what was sent and fields_set can tell null from absent.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        # Only a model built by calling the class gets here (parsing sets the slots directly): an
        # optional field not given reads None and is left out of to_dict(); one given as None is null.
        nulls: tuple[str, ...] = ()
        if self.scan_id is NOT_GIVEN:
            self.scan_id = None
        elif self.scan_id is None:
            nulls += ("scan_id",)
        if self.scan_type is NOT_GIVEN:
            self.scan_type = None
        elif self.scan_type is None:
            nulls += ("scan_type",)
        if self.scan_value is NOT_GIVEN:
            self.scan_value = None
        elif self.scan_value is None:
            nulls += ("scan_value",)
        if self.validation_type is NOT_GIVEN:
            self.validation_type = None
        elif self.validation_type is None:
            nulls += ("validation_type",)
        if self.status is NOT_GIVEN:
            self.status = None
        elif self.status is None:
            nulls += ("status",)
        if self.status_detail is NOT_GIVEN:
            self.status_detail = None
        elif self.status_detail is None:
            nulls += ("status_detail",)
        if self.scanned_at is NOT_GIVEN:
            self.scanned_at = None
        elif self.scanned_at is None:
            nulls += ("scanned_at",)
        if self.pass_id is NOT_GIVEN:
            self.pass_id = None
        elif self.pass_id is None:
            nulls += ("pass_id",)
        if self.pass_ext_id is NOT_GIVEN:
            self.pass_ext_id = None
        elif self.pass_ext_id is None:
            nulls += ("pass_ext_id",)
        if self.reader_id is NOT_GIVEN:
            self.reader_id = None
        elif self.reader_id is None:
            nulls += ("reader_id",)
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: exactly the fields the server sent (an absent field stays absent, a null
        stays null); on a model you build, the fields that are not None."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.scan_id is not None:
            scan_id = str(self.scan_id)
            field_dict["scanId"] = scan_id
        elif "scan_id" in self._nulls:
            field_dict["scanId"] = None
        if self.scan_type is not None:
            field_dict["scanType"] = str.__str__(self.scan_type)
        elif "scan_type" in self._nulls:
            field_dict["scanType"] = None
        if self.scan_value is not None:
            field_dict["scanValue"] = self.scan_value
        elif "scan_value" in self._nulls:
            field_dict["scanValue"] = None
        if self.validation_type is not None:
            field_dict["validationType"] = str.__str__(self.validation_type)
        elif "validation_type" in self._nulls:
            field_dict["validationType"] = None
        if self.status is not None:
            field_dict["status"] = str.__str__(self.status)
        elif "status" in self._nulls:
            field_dict["status"] = None
        if self.status_detail is not None:
            status_detail: None | str
            status_detail = self.status_detail
            field_dict["statusDetail"] = status_detail
        elif "status_detail" in self._nulls:
            field_dict["statusDetail"] = None
        if self.scanned_at is not None:
            scanned_at = self.scanned_at.isoformat()
            field_dict["scannedAt"] = scanned_at
        elif "scanned_at" in self._nulls:
            field_dict["scannedAt"] = None
        if self.pass_id is not None:
            pass_id: None | str
            pass_id = self.pass_id
            field_dict["passId"] = pass_id
        elif "pass_id" in self._nulls:
            field_dict["passId"] = None
        if self.pass_ext_id is not None:
            pass_ext_id: None | str
            pass_ext_id = self.pass_ext_id
            field_dict["passExtId"] = pass_ext_id
        elif "pass_ext_id" in self._nulls:
            field_dict["passExtId"] = None
        if self.reader_id is not None:
            field_dict["readerId"] = self.reader_id
        elif "reader_id" in self._nulls:
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
                *(("scan_id",) if self.scan_id is not None else ()),
                *(("scan_type",) if self.scan_type is not None else ()),
                *(("scan_value",) if self.scan_value is not None else ()),
                *(("validation_type",) if self.validation_type is not None else ()),
                *(("status",) if self.status is not None else ()),
                *(("status_detail",) if self.status_detail is not None else ()),
                *(("scanned_at",) if self.scanned_at is not None else ()),
                *(("pass_id",) if self.pass_id is not None else ()),
                *(("pass_ext_id",) if self.pass_ext_id is not None else ()),
                *(("reader_id",) if self.reader_id is not None else ()),
                *self._nulls,
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
            _field = "scanId"
            _src = d.pop("scanId", UNSET)
            scan_id: UUID | None
            if _src.__class__ is str:  # the usual case first, in one check
                if len(_src) == 36 and _src[8] == "-":
                    _uuid = _LazyUUID()
                    _uuid._text = _src
                    scan_id = _uuid
                else:
                    scan_id = parse_uuid(_src)

            elif _src is UNSET:
                scan_id = None
            elif _src is None:
                scan_id = None
                _nulls += ("scan_id",)
            else:
                if _src.__class__ is str and len(_src) == 36 and _src[8] == "-":
                    _uuid = _LazyUUID()
                    _uuid._text = _src
                    scan_id = _uuid
                else:
                    scan_id = parse_uuid(_src)

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

            _field = "scanValue"
            _src = d.pop("scanValue", UNSET)
            scan_value: str | None
            if _src.__class__ is str:  # the usual case first, in one check
                scan_value = _src
            elif _src is UNSET:
                scan_value = None
            elif _src is None:
                scan_value = None
                _nulls += ("scan_value",)
            else:
                if not isinstance(_src, (str)):
                    raise wrong_type(_src, "a string")

                scan_value = _src

            _field = "validationType"
            _src = d.pop("validationType", UNSET)
            validation_type: ValidationType | None
            if _src.__class__ is str:  # the usual case first, in one check
                validation_type = _by_value_ValidationType.get(_src) or ValidationType(_src)

            elif _src is UNSET:
                validation_type = None
            elif _src is None:
                validation_type = None
                _nulls += ("validation_type",)
            else:
                validation_type = _by_value_ValidationType.get(_src) or ValidationType(_src)

            _field = "status"
            _src = d.pop("status", UNSET)
            status: ScanStatus | None
            if _src.__class__ is str:  # the usual case first, in one check
                status = _by_value_ScanStatus.get(_src) or ScanStatus(_src)

            elif _src is UNSET:
                status = None
            elif _src is None:
                status = None
                _nulls += ("status",)
            else:
                status = _by_value_ScanStatus.get(_src) or ScanStatus(_src)

            _field = "statusDetail"
            _src = d.pop("statusDetail", UNSET)
            status_detail: str | None
            if _src is UNSET:
                status_detail = None
            elif _src is None:
                status_detail = None
                _nulls += ("status_detail",)
            else:
                status_detail = _src
                if not (status_detail is None or isinstance(status_detail, (str))):
                    raise wrong_type(status_detail, "None | str")

            _field = "scannedAt"
            _src = d.pop("scannedAt", UNSET)
            scanned_at: datetime.datetime | None
            if _src.__class__ is str:  # the usual case first, in one check
                try:
                    scanned_at = _fromisoformat(_src)
                except ValueError:
                    scanned_at = parse_datetime(_src)
                if scanned_at.tzinfo is None:
                    scanned_at = parse_datetime(_src)

            elif _src is UNSET:
                scanned_at = None
            elif _src is None:
                scanned_at = None
                _nulls += ("scanned_at",)
            else:
                try:
                    scanned_at = _fromisoformat(_src)
                except ValueError:
                    scanned_at = parse_datetime(_src)
                if scanned_at.tzinfo is None:
                    scanned_at = parse_datetime(_src)

            _field = "passId"
            _src = d.pop("passId", UNSET)
            pass_id: str | None
            if _src is UNSET:
                pass_id = None
            elif _src is None:
                pass_id = None
                _nulls += ("pass_id",)
            else:
                pass_id = _src
                if not (pass_id is None or isinstance(pass_id, (str))):
                    raise wrong_type(pass_id, "None | str")

            _field = "passExtId"
            _src = d.pop("passExtId", UNSET)
            pass_ext_id: str | None
            if _src is UNSET:
                pass_ext_id = None
            elif _src is None:
                pass_ext_id = None
                _nulls += ("pass_ext_id",)
            else:
                pass_ext_id = _src
                if not (pass_ext_id is None or isinstance(pass_ext_id, (str))):
                    raise wrong_type(pass_ext_id, "None | str")

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
