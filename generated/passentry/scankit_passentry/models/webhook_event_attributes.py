from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_type import WebhookType
from ..types import UNSET, ParseError, Unset, copy_json, parse_datetime, wrong_type

T = TypeVar("T", bound="WebhookEventAttributes")
_new = object.__new__


@_attrs_define
class WebhookEventAttributes:
    """When and what happened."""

    webhook_type: WebhookType
    """ The event. `passScanned` is sent when a reader scans an NFC or barcode pass; `passTapped`
    is its deprecated NFC-only predecessor. The subscription API lists `passInstalled`,
    `passRemoved`, `passScanned` and `passCreated`. Open list: an unlisted name is kept.
     """
    time_stamp: datetime.datetime | Unset = UNSET
    """ When the event happened (UTC). PassEntry documents it as the safeguard against replay
    attacks, so scankit refuses a webhook whose timeStamp is outside the tolerance.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webhook_type = self.webhook_type.value

        time_stamp: str | Unset = UNSET
        if not isinstance(self.time_stamp, Unset):
            time_stamp = self.time_stamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "webhookType": webhook_type,
            }
        )
        if time_stamp is not UNSET:
            field_dict["timeStamp"] = time_stamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `WebhookEventAttributes`; `src_dict` is left unchanged."""
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
            _field = "webhookType"
            _src = d.pop("webhookType")
            webhook_type = _by_value_WebhookType.get(_src) or WebhookType(_src)

            _field = "timeStamp"
            _src = d.pop("timeStamp", UNSET)
            if _src is None:
                _src = UNSET
            _time_stamp = _src
            time_stamp: datetime.datetime | Unset
            if _time_stamp is UNSET:
                time_stamp = UNSET
            else:
                time_stamp = parse_datetime(_time_stamp)

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj: T
        if cls is WebhookEventAttributes:
            # The slots set directly: exactly what attrs' __init__ does here (no validators or
            # converters), without the cost of calling the class (about 0.3 µs a model, bench/cpu.py).
            _obj = _new(cls)
            _obj.webhook_type = webhook_type
            _obj.time_stamp = time_stamp
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                webhook_type,
                time_stamp,
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


_by_value_WebhookType = WebhookType._by_value
