from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ParseError, Unset, copy_json, wrong_type

T = TypeVar("T", bound="WebhookEventResource")
_new = object.__new__


@_attrs_define
class WebhookEventResource:
    """Inferred: the resource the event is about, a scan for the `scan_*` events (a report for
    `report_generated`), as a JSON:API resource object.

    """

    id: str | Unset = UNSET
    """ Inferred: the scan's UUID. """
    type_: str | Unset = UNSET
    """ Inferred: the resource type, e.g. `scan`. """
    attributes: ScanAttributes | Unset = UNSET
    """ The scan's attributes. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `WebhookEventResource`; `src_dict` is left unchanged."""
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
            _field = "id"
            _src = d.pop("id", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (str, Unset)):
                raise wrong_type(_src, "a string")

            id = _src

            _field = "type"
            _src = d.pop("type", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (str, Unset)):
                raise wrong_type(_src, "a string")

            type_ = _src

            _field = "attributes"
            _src = d.pop("attributes", UNSET)
            if _src is None:
                _src = UNSET
            _attributes = _src
            attributes: ScanAttributes | Unset
            if _attributes is UNSET:
                attributes = UNSET
            else:
                attributes = _from_json_ScanAttributes(_attributes)

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj: T
        if cls is WebhookEventResource:
            # The slots set directly: exactly what attrs' __init__ does here (no validators or
            # converters), without the cost of calling the class (about 0.3 µs a model, bench/cpu.py).
            _obj = _new(cls)
            _obj.id = id
            _obj.type_ = type_
            _obj.attributes = attributes
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                id,
                type_,
                attributes,
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


from ..models.scan_attributes import ScanAttributes  # noqa: E402

_from_json_ScanAttributes = ScanAttributes._from_json
