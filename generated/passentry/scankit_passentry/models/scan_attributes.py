from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scan_status import ScanStatus
from ..models.scan_type import ScanType
from ..models.validation_type import ValidationType
from ..types import UNSET, ParseError, Unset, parse_datetime, wrong_type

T = TypeVar("T", bound="ScanAttributes")


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
    status_detail: None | str | Unset = UNSET
    """ Why the scan failed, e.g. "Pass is not active"; null when it succeeded. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scan_type = self.scan_type.value

        scan_value = self.scan_value

        validation_type = self.validation_type.value

        status = self.status.value

        scanned_at = self.scanned_at.isoformat()

        status_detail: None | str | Unset
        if isinstance(self.status_detail, Unset):
            status_detail = UNSET
        else:
            status_detail = self.status_detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scanType": scan_type,
                "scanValue": scan_value,
                "validationType": validation_type,
                "status": status,
                "scannedAt": scanned_at,
            }
        )
        if status_detail is not UNSET:
            field_dict["statusDetail"] = status_detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ParseError(cls.__name__, "", wrong_type(src_dict, "an object"))
        d = dict(src_dict)
        _field = ""
        try:
            _field = "scanType"
            _src = d.pop("scanType")
            scan_type = ScanType(_src)

            _field = "scanValue"
            _src = d.pop("scanValue")
            if not (isinstance(_src, str)):
                raise wrong_type(_src, "a string")

            scan_value = _src

            _field = "validationType"
            _src = d.pop("validationType")
            validation_type = ValidationType(_src)

            _field = "status"
            _src = d.pop("status")
            status = ScanStatus(_src)

            _field = "scannedAt"
            _src = d.pop("scannedAt")
            scanned_at = parse_datetime(_src)

            _field = "statusDetail"
            _src = d.pop("statusDetail", UNSET)

            def _parse_status_detail(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (str)):
                    return cast(None | str | Unset, data)
                raise wrong_type(data, "None | str")

            status_detail = _parse_status_detail(_src)

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj = cls(
            scan_type=scan_type,
            scan_value=scan_value,
            validation_type=validation_type,
            status=status,
            scanned_at=scanned_at,
            status_detail=status_detail,
        )

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
