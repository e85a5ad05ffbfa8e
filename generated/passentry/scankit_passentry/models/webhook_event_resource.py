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
    """The webhook itself, a JSON:API resource of type `webhook`."""

    id: str
    """ The webhook's id (a UUID in the examples); use it to deduplicate. """
    attributes: WebhookEventAttributes
    """ When and what happened. """
    type_: str | Unset = UNSET
    """ Always `webhook` in the examples. """
    relationships: WebhookEventRelationships | Unset = UNSET
    """ What the webhook refers to; each entry is `{data: {id, type}}` and is in `included`.
    `passScanned` has `scan`, `pass` and `reader`; `passTapped` also `passTap`. Other keys are
    kept.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        attributes = self.attributes.to_dict()

        type_ = self.type_

        relationships: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relationships, Unset):
            relationships = self.relationships.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "attributes": attributes,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if relationships is not UNSET:
            field_dict["relationships"] = relationships

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
            _src = d.pop("id")
            if not isinstance(_src, (str)):
                raise wrong_type(_src, "a string")

            id = _src

            _field = "attributes"
            _src = d.pop("attributes")
            attributes = _from_json_WebhookEventAttributes(_src)

            _field = "type"
            _src = d.pop("type", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (str, Unset)):
                raise wrong_type(_src, "a string")

            type_ = _src

            _field = "relationships"
            _src = d.pop("relationships", UNSET)
            if _src is None:
                _src = UNSET
            _relationships = _src
            relationships: WebhookEventRelationships | Unset
            if _relationships is UNSET:
                relationships = UNSET
            else:
                relationships = _from_json_WebhookEventRelationships(_relationships)

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
            _obj.attributes = attributes
            _obj.type_ = type_
            _obj.relationships = relationships
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                id,
                attributes,
                type_,
                relationships,
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


from ..models.webhook_event_attributes import WebhookEventAttributes  # noqa: E402
from ..models.webhook_event_relationships import WebhookEventRelationships  # noqa: E402

_from_json_WebhookEventAttributes = WebhookEventAttributes._from_json
_from_json_WebhookEventRelationships = WebhookEventRelationships._from_json
