from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resource_type import ResourceType
from ..types import ParseError, wrong_type

T = TypeVar("T", bound="Scan")


@_attrs_define
class Scan:
    """One scan of a wallet pass at a reader (JSON:API resource of type `scan`)."""

    id: UUID
    """ The scan's id, a UUID (the documented examples look like UUIDv7). """
    type_: ResourceType
    """ JSON:API resource type: `scan` for scans, `pass` and `reader` for the
    resources a scan refers to.
     """
    attributes: ScanAttributes
    """ What was scanned, how, and with what outcome. """
    relationships: ScanRelationships
    """ The pass and the reader this scan refers to. Both are in the response's `included`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        type_ = self.type_.value

        attributes = self.attributes.to_dict()

        relationships = self.relationships.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "attributes": attributes,
                "relationships": relationships,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ParseError(cls.__name__, "", wrong_type(src_dict, "an object"))
        d = dict(src_dict)
        _field = ""
        try:
            _field = "id"
            _src = d.pop("id")
            id = UUID(_src)

            _field = "type"
            _src = d.pop("type")
            type_ = ResourceType(_src)

            _field = "attributes"
            _src = d.pop("attributes")
            attributes = ScanAttributes.from_dict(_src)

            _field = "relationships"
            _src = d.pop("relationships")
            relationships = ScanRelationships.from_dict(_src)

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj = cls(
            id=id,
            type_=type_,
            attributes=attributes,
            relationships=relationships,
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
from ..models.scan_relationships import ScanRelationships  # noqa: E402
