from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pass_status import PassStatus
from ..types import UNSET, ParseError, Unset, parse_datetime, wrong_type

T = TypeVar("T", bound="PassAttributes")


@_attrs_define
class PassAttributes:
    """Attributes of an included pass (`type: pass`)."""

    download_url: str | Unset = UNSET
    """ Where the holder downloads the pass. """
    pass_type: str | Unset = UNSET
    """ Kind of pass, e.g. `generic`. """
    created_at: datetime.datetime | Unset = UNSET
    """ When the pass was created. """
    status: PassStatus | Unset = UNSET
    """ Status of a pass. Open list: the docs show `issued` and `removed` and imply there are more. """
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

        pass_type = self.pass_type

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
        if not isinstance(src_dict, Mapping):
            raise ParseError(cls.__name__, "", wrong_type(src_dict, "an object"))
        d = dict(src_dict)
        _field = ""
        try:
            _field = "downloadUrl"
            _src = d.pop("downloadUrl", UNSET)
            if _src is None:
                _src = UNSET
            if not (isinstance(_src, str) or isinstance(_src, Unset)):
                raise wrong_type(_src, "a string")

            download_url = _src

            _field = "passType"
            _src = d.pop("passType", UNSET)
            if _src is None:
                _src = UNSET
            if not (isinstance(_src, str) or isinstance(_src, Unset)):
                raise wrong_type(_src, "a string")

            pass_type = _src

            _field = "createdAt"
            _src = d.pop("createdAt", UNSET)
            if _src is None:
                _src = UNSET
            _created_at = _src
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = parse_datetime(_created_at)

            _field = "status"
            _src = d.pop("status", UNSET)
            if _src is None:
                _src = UNSET
            _status = _src
            status: PassStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = PassStatus(_status)

            _field = "extId"
            _src = d.pop("extId", UNSET)
            if _src is None:
                _src = UNSET
            if not (isinstance(_src, str) or isinstance(_src, Unset)):
                raise wrong_type(_src, "a string")

            ext_id = _src

            _field = "passTemplateUuid"
            _src = d.pop("passTemplateUuid", UNSET)
            if _src is None:
                _src = UNSET
            if not (isinstance(_src, str) or isinstance(_src, Unset)):
                raise wrong_type(_src, "a string")

            pass_template_uuid = _src

            _field = "passTemplateName"
            _src = d.pop("passTemplateName", UNSET)
            if _src is None:
                _src = UNSET
            if not (isinstance(_src, str) or isinstance(_src, Unset)):
                raise wrong_type(_src, "a string")

            pass_template_name = _src

            _field = "nfc"
            _src = d.pop("nfc", UNSET)

            def _parse_nfc(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (str)):
                    return cast(None | str | Unset, data)
                raise wrong_type(data, "None | str")

            nfc = _parse_nfc(_src)

            _field = "barcode"
            _src = d.pop("barcode", UNSET)

            def _parse_barcode(data: object) -> Barcode | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    barcode_type_0 = Barcode.from_dict(data)

                    return barcode_type_0
                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise wrong_type(data, "Barcode | None")

            barcode = _parse_barcode(_src)

            _field = "passContent"
            _src = d.pop("passContent", UNSET)
            if _src is None:
                _src = UNSET
            _pass_content = _src
            pass_content: PassContent | Unset
            if isinstance(_pass_content, Unset):
                pass_content = UNSET
            else:
                pass_content = PassContent.from_dict(_pass_content)

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj = cls(
            download_url=download_url,
            pass_type=pass_type,
            created_at=created_at,
            status=status,
            ext_id=ext_id,
            pass_template_uuid=pass_template_uuid,
            pass_template_name=pass_template_name,
            nfc=nfc,
            barcode=barcode,
            pass_content=pass_content,
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
