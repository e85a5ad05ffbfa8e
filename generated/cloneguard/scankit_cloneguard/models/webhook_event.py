from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ParseError, Unset, copy_json, wrong_type

T = TypeVar("T", bound="WebhookEvent")
_new = object.__new__


@_attrs_define
class WebhookEvent:
    """The JSON body CloneGuard POSTs to your webhook URL when a subscribed event happens. The
    event's name is in the `X-CG-Hook-Event` header and its id in `X-CG-Hook-Delivery`, not
    (as far as documented) in the body. Verify it before reading it
    (`scankit.webhooks.unwrap("cloneguard", body, headers)`).

    Inferred: the docs say only "a JSON payload containing details about the event". This
    assumes the REST API's JSON:API shape, `{"data": {id, type, attributes}}` with the scan's
    attributes; every field is optional and unknown fields are kept.

    """

    data: WebhookEventResource | Unset = UNSET
    """ Inferred: the resource the event is about, a scan for the `scan_*` events (a report for
    `report_generated`), as a JSON:API resource object.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `WebhookEvent`; `src_dict` is left unchanged."""
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
            _field = "data"
            _src = d.pop("data", UNSET)
            if _src is None:
                _src = UNSET
            _data = _src
            data: WebhookEventResource | Unset
            if _data is UNSET:
                data = UNSET
            else:
                data = _from_json_WebhookEventResource(_data)

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj: T
        if cls is WebhookEvent:
            # The slots set directly: exactly what attrs' __init__ does here (no validators or
            # converters), without the cost of calling the class (about 0.3 µs a model, bench/cpu.py).
            _obj = _new(cls)
            _obj.data = data
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                data,
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


from ..models.webhook_event_resource import WebhookEventResource  # noqa: E402

_from_json_WebhookEventResource = WebhookEventResource._from_json
