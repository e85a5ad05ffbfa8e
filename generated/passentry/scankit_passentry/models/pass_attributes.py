from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.device_type import DeviceType
from ..models.pass_status import PassStatus
from ..models.pass_type import PassType
from ..types import UNSET, ParseError, Unset, copy_json, parse_datetime, wrong_type

T = TypeVar("T", bound="PassAttributes")
_new = object.__new__


@_attrs_define
class PassAttributes:
    """Attributes of an included pass (`type: pass`)."""

    download_url: str | Unset = UNSET
    """ Where the holder downloads the pass. """
    pass_type: PassType | Unset = UNSET
    """ Kind of wallet pass, as listed on PassEntry's "Show pass" page. Kept open.
     """
    device_type: DeviceType | None | Unset = UNSET
    """ The wallet the pass was added to. Inferred: listed on the "Show pass"
    page and in the webhook's pass, not shown in the scans examples.
     """
    created_at: datetime.datetime | Unset = UNSET
    """ When the pass was created. """
    status: PassStatus | Unset = UNSET
    """ Status of a pass, as listed on PassEntry's "Show pass" page. Kept open: a
    value not listed here reads as an unknown member, not an error.
     """
    ext_id: str | Unset = UNSET
    """ The customer's own id for the pass. """
    pass_template_uuid: str | Unset = UNSET
    """ Id of the pass template. """
    pass_template_name: str | Unset = UNSET
    """ Name of the pass template. """
    nfc: None | str | Unset = UNSET
    """ The pass's NFC id, or null when NFC is not enabled. """
    barcode: Barcode | None | Unset = UNSET
    """ The pass's barcode, or null (may also be an empty object) when it has none. """
    pass_content: PassContent | Unset = UNSET
    """ The pass's field values, keyed by the template's field names
    (free-form, e.g. `{"fullName": "John Johnson"}`).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        download_url = self.download_url

        pass_type: str | Unset = UNSET
        if not isinstance(self.pass_type, Unset):
            pass_type = self.pass_type.value

        device_type: None | str | Unset
        if isinstance(self.device_type, Unset):
            device_type = UNSET
        elif isinstance(self.device_type, DeviceType):
            device_type = self.device_type.value
        else:
            device_type = self.device_type

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        ext_id = self.ext_id

        pass_template_uuid = self.pass_template_uuid

        pass_template_name = self.pass_template_name

        nfc: None | str | Unset
        if isinstance(self.nfc, Unset):
            nfc = UNSET
        else:
            nfc = self.nfc

        barcode: dict[str, Any] | None | Unset
        if isinstance(self.barcode, Unset):
            barcode = UNSET
        elif isinstance(self.barcode, Barcode):
            barcode = self.barcode.to_dict()
        else:
            barcode = self.barcode

        pass_content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pass_content, Unset):
            pass_content = self.pass_content.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if download_url is not UNSET:
            field_dict["downloadUrl"] = download_url
        if pass_type is not UNSET:
            field_dict["passType"] = pass_type
        if device_type is not UNSET:
            field_dict["deviceType"] = device_type
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if status is not UNSET:
            field_dict["status"] = status
        if ext_id is not UNSET:
            field_dict["extId"] = ext_id
        if pass_template_uuid is not UNSET:
            field_dict["passTemplateUuid"] = pass_template_uuid
        if pass_template_name is not UNSET:
            field_dict["passTemplateName"] = pass_template_name
        if nfc is not UNSET:
            field_dict["nfc"] = nfc
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if pass_content is not UNSET:
            field_dict["passContent"] = pass_content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `PassAttributes`; `src_dict` is left unchanged."""
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
            _field = "downloadUrl"
            _src = d.pop("downloadUrl", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (str, Unset)):
                raise wrong_type(_src, "a string")

            download_url = _src

            _field = "passType"
            _src = d.pop("passType", UNSET)
            if _src is None:
                _src = UNSET
            _pass_type = _src
            pass_type: PassType | Unset
            if _pass_type is UNSET:
                pass_type = UNSET
            else:
                pass_type = _by_value_PassType.get(_pass_type) or PassType(_pass_type)

            _field = "deviceType"
            _src = d.pop("deviceType", UNSET)
            device_type = _src
            if device_type is None or device_type is UNSET:
                pass
            elif isinstance(device_type, str):
                try:
                    device_type_type_0 = _by_value_DeviceType.get(device_type) or DeviceType(device_type)

                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    raise wrong_type(device_type, "DeviceType | None") from None
                device_type = device_type_type_0
            else:
                raise wrong_type(device_type, "DeviceType | None")

            _field = "createdAt"
            _src = d.pop("createdAt", UNSET)
            if _src is None:
                _src = UNSET
            _created_at = _src
            created_at: datetime.datetime | Unset
            if _created_at is UNSET:
                created_at = UNSET
            else:
                created_at = parse_datetime(_created_at)

            _field = "status"
            _src = d.pop("status", UNSET)
            if _src is None:
                _src = UNSET
            _status = _src
            status: PassStatus | Unset
            if _status is UNSET:
                status = UNSET
            else:
                status = _by_value_PassStatus.get(_status) or PassStatus(_status)

            _field = "extId"
            _src = d.pop("extId", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (str, Unset)):
                raise wrong_type(_src, "a string")

            ext_id = _src

            _field = "passTemplateUuid"
            _src = d.pop("passTemplateUuid", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (str, Unset)):
                raise wrong_type(_src, "a string")

            pass_template_uuid = _src

            _field = "passTemplateName"
            _src = d.pop("passTemplateName", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (str, Unset)):
                raise wrong_type(_src, "a string")

            pass_template_name = _src

            _field = "nfc"
            _src = d.pop("nfc", UNSET)
            nfc = _src
            if not (nfc is None or isinstance(nfc, (str, Unset))):
                raise wrong_type(nfc, "None | str")

            _field = "barcode"
            _src = d.pop("barcode", UNSET)
            barcode = _src
            if barcode is None or barcode is UNSET:
                pass
            elif isinstance(barcode, dict):
                try:
                    barcode_type_0 = _from_json_Barcode(barcode)

                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    raise wrong_type(barcode, "Barcode | None") from None
                barcode = barcode_type_0
            else:
                raise wrong_type(barcode, "Barcode | None")

            _field = "passContent"
            _src = d.pop("passContent", UNSET)
            if _src is None:
                _src = UNSET
            _pass_content = _src
            pass_content: PassContent | Unset
            if _pass_content is UNSET:
                pass_content = UNSET
            else:
                pass_content = _from_json_PassContent(_pass_content)

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
