from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import orjson
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.device_type import DeviceType
from ..models.pass_status import PassStatus
from ..models.pass_type import PassType
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

T = TypeVar("T", bound="PassAttributes")
_new = object.__new__


@_attrs_define
class PassAttributes:
    """Attributes of an included pass (`type: pass`)."""

    download_url: str | None = _attrs_field(default=NOT_GIVEN)
    """ Where the holder downloads the pass. """
    pass_type: PassType | None = _attrs_field(default=NOT_GIVEN)
    """ Kind of wallet pass, as listed on PassEntry's "Show pass" page. Kept open.
     """
    device_type: DeviceType | None = _attrs_field(default=NOT_GIVEN)
    """ The wallet the pass was added to. Inferred: listed on the "Show pass"
    page and in the webhook's pass, not shown in the scans examples.
     """
    created_at: datetime.datetime | None = _attrs_field(default=NOT_GIVEN)
    """ When the pass was created. """
    status: PassStatus | None = _attrs_field(default=NOT_GIVEN)
    """ Status of a pass, as listed on PassEntry's "Show pass" page. Kept open: a
    value not listed here reads as an unknown member, not an error.
     """
    ext_id: str | None = _attrs_field(default=NOT_GIVEN)
    """ The customer's own id for the pass. """
    pass_template_uuid: str | None = _attrs_field(default=NOT_GIVEN)
    """ Id of the pass template. """
    pass_template_name: str | None = _attrs_field(default=NOT_GIVEN)
    """ Name of the pass template. """
    nfc: str | None = _attrs_field(default=NOT_GIVEN)
    """ The pass's NFC id, or null when NFC is not enabled. """
    barcode: Barcode | None = _attrs_field(default=NOT_GIVEN)
    """ The pass's barcode, or null (may also be an empty object) when it has none. """
    pass_content: PassContent | None = _attrs_field(default=NOT_GIVEN)
    """ The pass's field values, keyed by the template's field names
    (free-form, e.g. `{"fullName": "John Johnson"}`).
     """
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
                "download_url",
                "pass_type",
                "device_type",
                "created_at",
                "status",
                "ext_id",
                "pass_template_uuid",
                "pass_template_name",
                "nfc",
                "barcode",
                "pass_content",
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
        if self.download_url is not None:
            field_dict["downloadUrl"] = self.download_url
        elif self._nulls & 1:
            field_dict["downloadUrl"] = None
        if self.pass_type is not None:
            field_dict["passType"] = str.__str__(self.pass_type)
        elif self._nulls & 2:
            field_dict["passType"] = None
        if self.device_type is not None:
            device_type: None | str
            device_type = self.device_type.value

            field_dict["deviceType"] = device_type
        elif self._nulls & 4:
            field_dict["deviceType"] = None
        if self.created_at is not None:
            created_at = self.created_at.isoformat()
            field_dict["createdAt"] = created_at
        elif self._nulls & 8:
            field_dict["createdAt"] = None
        if self.status is not None:
            field_dict["status"] = str.__str__(self.status)
        elif self._nulls & 16:
            field_dict["status"] = None
        if self.ext_id is not None:
            field_dict["extId"] = self.ext_id
        elif self._nulls & 32:
            field_dict["extId"] = None
        if self.pass_template_uuid is not None:
            field_dict["passTemplateUuid"] = self.pass_template_uuid
        elif self._nulls & 64:
            field_dict["passTemplateUuid"] = None
        if self.pass_template_name is not None:
            field_dict["passTemplateName"] = self.pass_template_name
        elif self._nulls & 128:
            field_dict["passTemplateName"] = None
        if self.nfc is not None:
            nfc: None | str
            nfc = self.nfc
            field_dict["nfc"] = nfc
        elif self._nulls & 256:
            field_dict["nfc"] = None
        if self.barcode is not None:
            barcode: dict[str, Any] | None
            barcode = self.barcode.to_dict()

            field_dict["barcode"] = barcode
        elif self._nulls & 512:
            field_dict["barcode"] = None
        if self.pass_content is not None:
            pass_content = self.pass_content.to_dict()
            field_dict["passContent"] = pass_content
        elif self._nulls & 1024:
            field_dict["passContent"] = None

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
                *(("download_url",) if self.download_url is not None or self._nulls & 1 else ()),
                *(("pass_type",) if self.pass_type is not None or self._nulls & 2 else ()),
                *(("device_type",) if self.device_type is not None or self._nulls & 4 else ()),
                *(("created_at",) if self.created_at is not None or self._nulls & 8 else ()),
                *(("status",) if self.status is not None or self._nulls & 16 else ()),
                *(("ext_id",) if self.ext_id is not None or self._nulls & 32 else ()),
                *(("pass_template_uuid",) if self.pass_template_uuid is not None or self._nulls & 64 else ()),
                *(("pass_template_name",) if self.pass_template_name is not None or self._nulls & 128 else ()),
                *(("nfc",) if self.nfc is not None or self._nulls & 256 else ()),
                *(("barcode",) if self.barcode is not None or self._nulls & 512 else ()),
                *(("pass_content",) if self.pass_content is not None or self._nulls & 1024 else ()),
            )
        )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `PassAttributes`; `src_dict` is left unchanged."""
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
            if len(d) == 11:
                try:
                    download_url = d["downloadUrl"]
                    _v_pass_type = d["passType"]
                    _v_device_type = d["deviceType"]
                    _v_created_at = d["createdAt"]
                    _v_status = d["status"]
                    ext_id = d["extId"]
                    pass_template_uuid = d["passTemplateUuid"]
                    pass_template_name = d["passTemplateName"]
                    _v_nfc = d["nfc"]
                    _v_barcode = d["barcode"]
                    _v_pass_content = d["passContent"]
                except KeyError:  # an unknown field in place of a known one
                    download_url = d.pop("downloadUrl", UNSET)
                    _v_pass_type = d.pop("passType", UNSET)
                    _v_device_type = d.pop("deviceType", UNSET)
                    _v_created_at = d.pop("createdAt", UNSET)
                    _v_status = d.pop("status", UNSET)
                    ext_id = d.pop("extId", UNSET)
                    pass_template_uuid = d.pop("passTemplateUuid", UNSET)
                    pass_template_name = d.pop("passTemplateName", UNSET)
                    _v_nfc = d.pop("nfc", UNSET)
                    _v_barcode = d.pop("barcode", UNSET)
                    _v_pass_content = d.pop("passContent", UNSET)

                else:
                    d = _NO_KEYS  # no keys left over: the object is not kept
            else:
                download_url = d.pop("downloadUrl", UNSET)
                _v_pass_type = d.pop("passType", UNSET)
                _v_device_type = d.pop("deviceType", UNSET)
                _v_created_at = d.pop("createdAt", UNSET)
                _v_status = d.pop("status", UNSET)
                ext_id = d.pop("extId", UNSET)
                pass_template_uuid = d.pop("passTemplateUuid", UNSET)
                pass_template_name = d.pop("passTemplateName", UNSET)
                _v_nfc = d.pop("nfc", UNSET)
                _v_barcode = d.pop("barcode", UNSET)
                _v_pass_content = d.pop("passContent", UNSET)

            _field = "downloadUrl"
            if download_url.__class__ is str:  # the usual case first, in one check
                pass
            elif download_url is UNSET:
                download_url = None
            elif download_url is None:
                _nulls |= 1  # download_url
            else:
                if not isinstance(download_url, str):
                    raise wrong_type(download_url, "a string")

            _field = "passType"
            pass_type: PassType | None
            if _v_pass_type.__class__ is str:  # the usual case first, in one check
                try:  # a subscript is cheaper than .get(); a value the spec does not list is kept by the enum
                    pass_type = _by_value_PassType[_v_pass_type]
                except KeyError:
                    pass_type = PassType(_v_pass_type)
            elif _v_pass_type is UNSET:
                pass_type = None
            elif _v_pass_type is None:
                pass_type = None
                _nulls |= 2  # pass_type
            else:
                pass_type = _by_value_PassType.get(_v_pass_type) or PassType(_v_pass_type)

            _field = "deviceType"
            device_type: DeviceType | None
            if _v_device_type.__class__ is str:  # the usual case first, in one check
                try:
                    try:  # a subscript is cheaper than .get(); a value the spec does not list is kept by the enum
                        device_type_type_0 = _by_value_DeviceType[_v_device_type]
                    except KeyError:
                        device_type_type_0 = DeviceType(_v_device_type)
                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    raise wrong_type(_v_device_type, "DeviceType | None") from None
                device_type = device_type_type_0
            elif _v_device_type is UNSET:
                device_type = None
            elif _v_device_type is None:
                device_type = None
                _nulls |= 4  # device_type
            else:
                _device_type_raw = _v_device_type
                if _device_type_raw is None:
                    device_type = _device_type_raw
                elif isinstance(_device_type_raw, str):
                    try:
                        device_type_type_0 = _by_value_DeviceType.get(_device_type_raw) or DeviceType(_device_type_raw)

                    except ParseError:
                        raise
                    except (TypeError, ValueError, AttributeError, KeyError):
                        raise wrong_type(_device_type_raw, "DeviceType | None") from None
                    device_type = device_type_type_0
                else:
                    raise wrong_type(_device_type_raw, "DeviceType | None")

            _field = "createdAt"
            created_at: datetime.datetime | None
            if _v_created_at.__class__ is str:  # the usual case first, in one check
                try:
                    created_at = _fromisoformat(_v_created_at)
                except ValueError:
                    created_at = parse_datetime(_v_created_at)
                if created_at.tzinfo is None:
                    created_at = parse_datetime(_v_created_at)
            elif _v_created_at is UNSET:
                created_at = None
            elif _v_created_at is None:
                created_at = None
                _nulls |= 8  # created_at
            else:
                try:
                    created_at = _fromisoformat(_v_created_at)
                except ValueError:
                    created_at = parse_datetime(_v_created_at)
                if created_at.tzinfo is None:
                    created_at = parse_datetime(_v_created_at)

            _field = "status"
            status: PassStatus | None
            if _v_status.__class__ is str:  # the usual case first, in one check
                try:  # a subscript is cheaper than .get(); a value the spec does not list is kept by the enum
                    status = _by_value_PassStatus[_v_status]
                except KeyError:
                    status = PassStatus(_v_status)
            elif _v_status is UNSET:
                status = None
            elif _v_status is None:
                status = None
                _nulls |= 16  # status
            else:
                status = _by_value_PassStatus.get(_v_status) or PassStatus(_v_status)

            _field = "extId"
            if ext_id.__class__ is str:  # the usual case first, in one check
                pass
            elif ext_id is UNSET:
                ext_id = None
            elif ext_id is None:
                _nulls |= 32  # ext_id
            else:
                if not isinstance(ext_id, str):
                    raise wrong_type(ext_id, "a string")

            _field = "passTemplateUuid"
            if pass_template_uuid.__class__ is str:  # the usual case first, in one check
                pass
            elif pass_template_uuid is UNSET:
                pass_template_uuid = None
            elif pass_template_uuid is None:
                _nulls |= 64  # pass_template_uuid
            else:
                if not isinstance(pass_template_uuid, str):
                    raise wrong_type(pass_template_uuid, "a string")

            _field = "passTemplateName"
            if pass_template_name.__class__ is str:  # the usual case first, in one check
                pass
            elif pass_template_name is UNSET:
                pass_template_name = None
            elif pass_template_name is None:
                _nulls |= 128  # pass_template_name
            else:
                if not isinstance(pass_template_name, str):
                    raise wrong_type(pass_template_name, "a string")

            _field = "nfc"
            nfc: str | None
            if _v_nfc.__class__ is str:  # the usual case first, in one check
                nfc = _v_nfc
            elif _v_nfc is UNSET:
                nfc = None
            elif _v_nfc is None:
                nfc = None
                _nulls |= 256  # nfc
            else:
                nfc = _v_nfc
                if not (nfc is None or isinstance(nfc, (str))):
                    raise wrong_type(nfc, "None | str")

            _field = "barcode"
            barcode: Barcode | None
            if _v_barcode.__class__ is dict:  # the usual case first, in one check
                try:
                    barcode_type_0 = _from_json_Barcode(_v_barcode)
                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    raise wrong_type(_v_barcode, "Barcode | None") from None
                barcode = barcode_type_0
            elif _v_barcode is UNSET:
                barcode = None
            elif _v_barcode is None:
                barcode = None
                _nulls |= 512  # barcode
            else:
                _barcode_raw = _v_barcode
                if _barcode_raw is None:
                    barcode = _barcode_raw
                elif isinstance(_barcode_raw, dict):
                    try:
                        barcode_type_0 = _from_json_Barcode(_barcode_raw)

                    except ParseError:
                        raise
                    except (TypeError, ValueError, AttributeError, KeyError):
                        raise wrong_type(_barcode_raw, "Barcode | None") from None
                    barcode = barcode_type_0
                else:
                    raise wrong_type(_barcode_raw, "Barcode | None")

            _field = "passContent"
            pass_content: PassContent | None
            if _v_pass_content.__class__ is dict:  # the usual case first, in one check
                pass_content = _from_json_PassContent(_v_pass_content)
            elif _v_pass_content is UNSET:
                pass_content = None
            elif _v_pass_content is None:
                pass_content = None
                _nulls |= 1024  # pass_content
            else:
                pass_content = _from_json_PassContent(_v_pass_content)

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj: T
        if cls is PassAttributes:
            # The slots set directly: exactly what attrs' __init__ does here (no validators or
            # converters), without the cost of calling the class (about 0.3 µs a model, bench/cpu.py).
            _obj = _new(cls)
            _obj.download_url = download_url
            _obj.pass_type = pass_type
            _obj.device_type = device_type
            _obj.created_at = created_at
            _obj.status = status
            _obj.ext_id = ext_id
            _obj.pass_template_uuid = pass_template_uuid
            _obj.pass_template_name = pass_template_name
            _obj.nfc = nfc
            _obj.barcode = barcode
            _obj.pass_content = pass_content
            _obj._nulls = _nulls
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                download_url,
                pass_type,
                device_type,
                created_at,
                status,
                ext_id,
                pass_template_uuid,
                pass_template_name,
                nfc,
                barcode,
                pass_content,
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


from ..models.barcode import Barcode  # noqa: E402
from ..models.pass_content import PassContent  # noqa: E402

_by_value_DeviceType = DeviceType._by_value
_by_value_PassStatus = PassStatus._by_value
_by_value_PassType = PassType._by_value
_from_json_Barcode = Barcode._from_json
_from_json_PassContent = PassContent._from_json
