from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ParseError, Unset, wrong_type

T = TypeVar("T", bound="CreativeList")


@_attrs_define
class CreativeList:
    """One page of creatives (a campaign's creatives, or a VAST creative's media files)."""

    data: list[Creative]
    """ The creatives on this page. """
    meta: Meta | Unset = UNSET
    """ Collection metadata. The docs say collections "may include" it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ParseError(cls.__name__, "", wrong_type(src_dict, "an object"))
        d = dict(src_dict)
        _field = ""
        try:
            _field = "data"
            _src = d.pop("data")
            data = []
            _data = _src
            if not isinstance(_data, list):
                raise wrong_type(_data, "an array")
            for _i_data, data_item_data in enumerate(_data):
                try:
                    data_item = Creative.from_dict(data_item_data)

                except ParseError as e:
                    e.path.insert(0, f"[{_i_data}]")
                    raise
                except (KeyError, ValueError, TypeError, AttributeError) as e:
                    raise ParseError("", f"[{_i_data}]", e) from e
                data.append(data_item)

            _field = "meta"
            _src = d.pop("meta", UNSET)
            if _src is None:
                _src = UNSET
            _meta = _src
            meta: Meta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = Meta.from_dict(_meta)

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj = cls(
            data=data,
            meta=meta,
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


from ..models.creative import Creative  # noqa: E402
from ..models.meta import Meta  # noqa: E402
