from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reader_type import ReaderType
from ..types import UNSET, ParseError, Unset, copy_json, parse_datetime, wrong_type

T = TypeVar("T", bound="ReaderAttributes")
_new = object.__new__


@_attrs_define
class ReaderAttributes:
    """Attributes of an included reader (`type: reader`)."""

    name: str | Unset = UNSET
    """ Display name of the reader. """
    reader_type: ReaderType | Unset = UNSET
    """ Kind of reader. """
    logged_in: bool | Unset = UNSET
    """ Whether the reader is logged in. """
    qr_enabled: bool | Unset = UNSET
    """ Whether the reader reads QR codes. """
    mifare_classic_nfc_enabled: bool | Unset = UNSET
    """ Whether the reader reads MIFARE Classic NFC cards. """
    scan_enabled: bool | Unset = UNSET
    """ Whether scanning is enabled. """
    redeem_enabled: bool | Unset = UNSET
    """ Whether redeeming is enabled. """
    add_points_enabled: bool | Unset = UNSET
    """ Whether adding loyalty points is enabled. """
    ndef_tag_scanning_enabled: bool | Unset = UNSET
    """ Whether the reader scans NDEF tags. """
    last_seen_at: datetime.datetime | Unset = UNSET
    """ When the reader was last seen online. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        reader_type: str | Unset = UNSET
        if not isinstance(self.reader_type, Unset):
            reader_type = self.reader_type.value

        logged_in = self.logged_in

        qr_enabled = self.qr_enabled

        mifare_classic_nfc_enabled = self.mifare_classic_nfc_enabled

        scan_enabled = self.scan_enabled

        redeem_enabled = self.redeem_enabled

        add_points_enabled = self.add_points_enabled

        ndef_tag_scanning_enabled = self.ndef_tag_scanning_enabled

        last_seen_at: str | Unset = UNSET
        if not isinstance(self.last_seen_at, Unset):
            last_seen_at = self.last_seen_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if reader_type is not UNSET:
            field_dict["readerType"] = reader_type
        if logged_in is not UNSET:
            field_dict["loggedIn"] = logged_in
        if qr_enabled is not UNSET:
            field_dict["qrEnabled"] = qr_enabled
        if mifare_classic_nfc_enabled is not UNSET:
            field_dict["mifareClassicNfcEnabled"] = mifare_classic_nfc_enabled
        if scan_enabled is not UNSET:
            field_dict["scanEnabled"] = scan_enabled
        if redeem_enabled is not UNSET:
            field_dict["redeemEnabled"] = redeem_enabled
        if add_points_enabled is not UNSET:
            field_dict["addPointsEnabled"] = add_points_enabled
        if ndef_tag_scanning_enabled is not UNSET:
            field_dict["ndefTagScanningEnabled"] = ndef_tag_scanning_enabled
        if last_seen_at is not UNSET:
            field_dict["lastSeenAt"] = last_seen_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `ReaderAttributes`; `src_dict` is left unchanged."""
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
        _field = ""
        try:
            _field = "name"
            _src = d.pop("name", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (str, Unset)):
                raise wrong_type(_src, "a string")

            name = _src

            _field = "readerType"
            _src = d.pop("readerType", UNSET)
            if _src is None:
                _src = UNSET
            _reader_type = _src
            reader_type: ReaderType | Unset
            if _reader_type is UNSET:
                reader_type = UNSET
            else:
                reader_type = _by_value_ReaderType.get(_reader_type) or ReaderType(_reader_type)

            _field = "loggedIn"
            _src = d.pop("loggedIn", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (bool, Unset)):
                raise wrong_type(_src, "a boolean")

            logged_in = _src

            _field = "qrEnabled"
            _src = d.pop("qrEnabled", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (bool, Unset)):
                raise wrong_type(_src, "a boolean")

            qr_enabled = _src

            _field = "mifareClassicNfcEnabled"
            _src = d.pop("mifareClassicNfcEnabled", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (bool, Unset)):
                raise wrong_type(_src, "a boolean")

            mifare_classic_nfc_enabled = _src

            _field = "scanEnabled"
            _src = d.pop("scanEnabled", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (bool, Unset)):
                raise wrong_type(_src, "a boolean")

            scan_enabled = _src

            _field = "redeemEnabled"
            _src = d.pop("redeemEnabled", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (bool, Unset)):
                raise wrong_type(_src, "a boolean")

            redeem_enabled = _src

            _field = "addPointsEnabled"
            _src = d.pop("addPointsEnabled", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (bool, Unset)):
                raise wrong_type(_src, "a boolean")

            add_points_enabled = _src

            _field = "ndefTagScanningEnabled"
            _src = d.pop("ndefTagScanningEnabled", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (bool, Unset)):
                raise wrong_type(_src, "a boolean")

            ndef_tag_scanning_enabled = _src

            _field = "lastSeenAt"
            _src = d.pop("lastSeenAt", UNSET)
            if _src is None:
                _src = UNSET
            _last_seen_at = _src
            last_seen_at: datetime.datetime | Unset
            if _last_seen_at is UNSET:
                last_seen_at = UNSET
            else:
                last_seen_at = parse_datetime(_last_seen_at)

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj: T
        if cls is ReaderAttributes:
            # The slots set directly: exactly what attrs' __init__ does here (no validators or
            # converters), without the cost of calling the class (about 0.3 µs a model, bench/cpu.py).
            _obj = _new(cls)
            _obj.name = name
            _obj.reader_type = reader_type
            _obj.logged_in = logged_in
            _obj.qr_enabled = qr_enabled
            _obj.mifare_classic_nfc_enabled = mifare_classic_nfc_enabled
            _obj.scan_enabled = scan_enabled
            _obj.redeem_enabled = redeem_enabled
            _obj.add_points_enabled = add_points_enabled
            _obj.ndef_tag_scanning_enabled = ndef_tag_scanning_enabled
            _obj.last_seen_at = last_seen_at
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                name,
                reader_type,
                logged_in,
                qr_enabled,
                mifare_classic_nfc_enabled,
                scan_enabled,
                redeem_enabled,
                add_points_enabled,
                ndef_tag_scanning_enabled,
                last_seen_at,
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


_by_value_ReaderType = ReaderType._by_value
