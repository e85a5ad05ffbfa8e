from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import orjson
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reader_type import ReaderType
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

T = TypeVar("T", bound="ReaderAttributes")
_new = object.__new__


@_attrs_define
class ReaderAttributes:
    """Attributes of an included reader (`type: reader`)."""

    name: str | None = _attrs_field(default=NOT_GIVEN)
    """ Display name of the reader. """
    reader_type: ReaderType | None = _attrs_field(default=NOT_GIVEN)
    """ Kind of reader. """
    logged_in: bool | None = _attrs_field(default=NOT_GIVEN)
    """ Whether the reader is logged in. """
    qr_enabled: bool | None = _attrs_field(default=NOT_GIVEN)
    """ Whether the reader reads QR codes. """
    mifare_classic_nfc_enabled: bool | None = _attrs_field(default=NOT_GIVEN)
    """ Whether the reader reads MIFARE Classic NFC cards. """
    scan_enabled: bool | None = _attrs_field(default=NOT_GIVEN)
    """ Whether scanning is enabled. """
    redeem_enabled: bool | None = _attrs_field(default=NOT_GIVEN)
    """ Whether redeeming is enabled. """
    add_points_enabled: bool | None = _attrs_field(default=NOT_GIVEN)
    """ Whether adding loyalty points is enabled. """
    ndef_tag_scanning_enabled: bool | None = _attrs_field(default=NOT_GIVEN)
    """ Whether the reader scans NDEF tags. """
    last_seen_at: datetime.datetime | None = _attrs_field(default=NOT_GIVEN)
    """ When the reader was last seen online. """
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
                "name",
                "reader_type",
                "logged_in",
                "qr_enabled",
                "mifare_classic_nfc_enabled",
                "scan_enabled",
                "redeem_enabled",
                "add_points_enabled",
                "ndef_tag_scanning_enabled",
                "last_seen_at",
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
        if self.name is not None:
            field_dict["name"] = self.name
        elif self._nulls & 1:
            field_dict["name"] = None
        if self.reader_type is not None:
            field_dict["readerType"] = str.__str__(self.reader_type)
        elif self._nulls & 2:
            field_dict["readerType"] = None
        if self.logged_in is not None:
            field_dict["loggedIn"] = self.logged_in
        elif self._nulls & 4:
            field_dict["loggedIn"] = None
        if self.qr_enabled is not None:
            field_dict["qrEnabled"] = self.qr_enabled
        elif self._nulls & 8:
            field_dict["qrEnabled"] = None
        if self.mifare_classic_nfc_enabled is not None:
            field_dict["mifareClassicNfcEnabled"] = self.mifare_classic_nfc_enabled
        elif self._nulls & 16:
            field_dict["mifareClassicNfcEnabled"] = None
        if self.scan_enabled is not None:
            field_dict["scanEnabled"] = self.scan_enabled
        elif self._nulls & 32:
            field_dict["scanEnabled"] = None
        if self.redeem_enabled is not None:
            field_dict["redeemEnabled"] = self.redeem_enabled
        elif self._nulls & 64:
            field_dict["redeemEnabled"] = None
        if self.add_points_enabled is not None:
            field_dict["addPointsEnabled"] = self.add_points_enabled
        elif self._nulls & 128:
            field_dict["addPointsEnabled"] = None
        if self.ndef_tag_scanning_enabled is not None:
            field_dict["ndefTagScanningEnabled"] = self.ndef_tag_scanning_enabled
        elif self._nulls & 256:
            field_dict["ndefTagScanningEnabled"] = None
        if self.last_seen_at is not None:
            last_seen_at = self.last_seen_at.isoformat()
            field_dict["lastSeenAt"] = last_seen_at
        elif self._nulls & 512:
            field_dict["lastSeenAt"] = None

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
                *(("name",) if self.name is not None or self._nulls & 1 else ()),
                *(("reader_type",) if self.reader_type is not None or self._nulls & 2 else ()),
                *(("logged_in",) if self.logged_in is not None or self._nulls & 4 else ()),
                *(("qr_enabled",) if self.qr_enabled is not None or self._nulls & 8 else ()),
                *(
                    ("mifare_classic_nfc_enabled",)
                    if self.mifare_classic_nfc_enabled is not None or self._nulls & 16
                    else ()
                ),
                *(("scan_enabled",) if self.scan_enabled is not None or self._nulls & 32 else ()),
                *(("redeem_enabled",) if self.redeem_enabled is not None or self._nulls & 64 else ()),
                *(("add_points_enabled",) if self.add_points_enabled is not None or self._nulls & 128 else ()),
                *(
                    ("ndef_tag_scanning_enabled",)
                    if self.ndef_tag_scanning_enabled is not None or self._nulls & 256
                    else ()
                ),
                *(("last_seen_at",) if self.last_seen_at is not None or self._nulls & 512 else ()),
            )
        )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `ReaderAttributes`; `src_dict` is left unchanged."""
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
                    name = d["name"]
                    _v_reader_type = d["readerType"]
                    logged_in = d["loggedIn"]
                    qr_enabled = d["qrEnabled"]
                    mifare_classic_nfc_enabled = d["mifareClassicNfcEnabled"]
                    scan_enabled = d["scanEnabled"]
                    redeem_enabled = d["redeemEnabled"]
                    add_points_enabled = d["addPointsEnabled"]
                    ndef_tag_scanning_enabled = d["ndefTagScanningEnabled"]
                    _v_last_seen_at = d["lastSeenAt"]
                except KeyError:  # an unknown field in place of a known one
                    name = d.pop("name", UNSET)
                    _v_reader_type = d.pop("readerType", UNSET)
                    logged_in = d.pop("loggedIn", UNSET)
                    qr_enabled = d.pop("qrEnabled", UNSET)
                    mifare_classic_nfc_enabled = d.pop("mifareClassicNfcEnabled", UNSET)
                    scan_enabled = d.pop("scanEnabled", UNSET)
                    redeem_enabled = d.pop("redeemEnabled", UNSET)
                    add_points_enabled = d.pop("addPointsEnabled", UNSET)
                    ndef_tag_scanning_enabled = d.pop("ndefTagScanningEnabled", UNSET)
                    _v_last_seen_at = d.pop("lastSeenAt", UNSET)

                else:
                    d = _NO_KEYS  # no keys left over: the object is not kept
            else:
                name = d.pop("name", UNSET)
                _v_reader_type = d.pop("readerType", UNSET)
                logged_in = d.pop("loggedIn", UNSET)
                qr_enabled = d.pop("qrEnabled", UNSET)
                mifare_classic_nfc_enabled = d.pop("mifareClassicNfcEnabled", UNSET)
                scan_enabled = d.pop("scanEnabled", UNSET)
                redeem_enabled = d.pop("redeemEnabled", UNSET)
                add_points_enabled = d.pop("addPointsEnabled", UNSET)
                ndef_tag_scanning_enabled = d.pop("ndefTagScanningEnabled", UNSET)
                _v_last_seen_at = d.pop("lastSeenAt", UNSET)

            _field = "name"
            if name.__class__ is str:  # the usual case first, in one check
                pass
            elif name is UNSET:
                name = None
            elif name is None:
                _nulls |= 1  # name
            else:
                if not isinstance(name, str):
                    raise wrong_type(name, "a string")

            _field = "readerType"
            reader_type: ReaderType | None
            if _v_reader_type.__class__ is str:  # the usual case first, in one check
                try:  # a subscript is cheaper than .get(); a value the spec does not list is kept by the enum
                    reader_type = _by_value_ReaderType[_v_reader_type]
                except KeyError:
                    reader_type = ReaderType(_v_reader_type)
            elif _v_reader_type is UNSET:
                reader_type = None
            elif _v_reader_type is None:
                reader_type = None
                _nulls |= 2  # reader_type
            else:
                reader_type = _by_value_ReaderType.get(_v_reader_type) or ReaderType(_v_reader_type)

            _field = "loggedIn"
            if logged_in.__class__ is bool:  # the usual case first, in one check
                pass
            elif logged_in is UNSET:
                logged_in = None
            elif logged_in is None:
                _nulls |= 4  # logged_in
            else:
                if not isinstance(logged_in, bool):
                    raise wrong_type(logged_in, "a boolean")

            _field = "qrEnabled"
            if qr_enabled.__class__ is bool:  # the usual case first, in one check
                pass
            elif qr_enabled is UNSET:
                qr_enabled = None
            elif qr_enabled is None:
                _nulls |= 8  # qr_enabled
            else:
                if not isinstance(qr_enabled, bool):
                    raise wrong_type(qr_enabled, "a boolean")

            _field = "mifareClassicNfcEnabled"
            if mifare_classic_nfc_enabled.__class__ is bool:  # the usual case first, in one check
                pass
            elif mifare_classic_nfc_enabled is UNSET:
                mifare_classic_nfc_enabled = None
            elif mifare_classic_nfc_enabled is None:
                _nulls |= 16  # mifare_classic_nfc_enabled
            else:
                if not isinstance(mifare_classic_nfc_enabled, bool):
                    raise wrong_type(mifare_classic_nfc_enabled, "a boolean")

            _field = "scanEnabled"
            if scan_enabled.__class__ is bool:  # the usual case first, in one check
                pass
            elif scan_enabled is UNSET:
                scan_enabled = None
            elif scan_enabled is None:
                _nulls |= 32  # scan_enabled
            else:
                if not isinstance(scan_enabled, bool):
                    raise wrong_type(scan_enabled, "a boolean")

            _field = "redeemEnabled"
            if redeem_enabled.__class__ is bool:  # the usual case first, in one check
                pass
            elif redeem_enabled is UNSET:
                redeem_enabled = None
            elif redeem_enabled is None:
                _nulls |= 64  # redeem_enabled
            else:
                if not isinstance(redeem_enabled, bool):
                    raise wrong_type(redeem_enabled, "a boolean")

            _field = "addPointsEnabled"
            if add_points_enabled.__class__ is bool:  # the usual case first, in one check
                pass
            elif add_points_enabled is UNSET:
                add_points_enabled = None
            elif add_points_enabled is None:
                _nulls |= 128  # add_points_enabled
            else:
                if not isinstance(add_points_enabled, bool):
                    raise wrong_type(add_points_enabled, "a boolean")

            _field = "ndefTagScanningEnabled"
            if ndef_tag_scanning_enabled.__class__ is bool:  # the usual case first, in one check
                pass
            elif ndef_tag_scanning_enabled is UNSET:
                ndef_tag_scanning_enabled = None
            elif ndef_tag_scanning_enabled is None:
                _nulls |= 256  # ndef_tag_scanning_enabled
            else:
                if not isinstance(ndef_tag_scanning_enabled, bool):
                    raise wrong_type(ndef_tag_scanning_enabled, "a boolean")

            _field = "lastSeenAt"
            last_seen_at: datetime.datetime | None
            if _v_last_seen_at.__class__ is str:  # the usual case first, in one check
                try:
                    last_seen_at = _fromisoformat(_v_last_seen_at)
                except ValueError:
                    last_seen_at = parse_datetime(_v_last_seen_at)
                if last_seen_at.tzinfo is None:
                    last_seen_at = parse_datetime(_v_last_seen_at)
            elif _v_last_seen_at is UNSET:
                last_seen_at = None
            elif _v_last_seen_at is None:
                last_seen_at = None
                _nulls |= 512  # last_seen_at
            else:
                try:
                    last_seen_at = _fromisoformat(_v_last_seen_at)
                except ValueError:
                    last_seen_at = parse_datetime(_v_last_seen_at)
                if last_seen_at.tzinfo is None:
                    last_seen_at = parse_datetime(_v_last_seen_at)

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
            _obj._nulls = _nulls
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


_by_value_ReaderType = ReaderType._by_value
