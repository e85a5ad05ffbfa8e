from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ParseError, Unset, copy_json, parse_uuid, wrong_type

T = TypeVar("T", bound="ScanBulkDelete")
_new = object.__new__


@_attrs_define
class ScanBulkDelete:
    """Body of Delete scans. Inferred: the body is not documented."""

    ids: list[UUID] | Unset = UNSET
    """ Inferred: UUIDs of the scans to delete. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = []
            for ids_item_data in self.ids:
                ids_item = str(ids_item_data)
                ids.append(ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ids is not UNSET:
            field_dict["ids"] = ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `ScanBulkDelete`; `src_dict` is left unchanged."""
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
            _field = "ids"
            _src = d.pop("ids", UNSET)
            if _src is None:
                _src = UNSET
            _ids = _src
            ids: list[UUID] | Unset = UNSET
            if _ids is not UNSET:
                if not isinstance(_ids, list):
                    raise wrong_type(_ids, "an array")
                ids = []
                for ids_item_data in _ids:
                    try:
                        ids_item = parse_uuid(ids_item_data)

                    except ParseError as e:
                        e.path.insert(0, f"[{len(ids)}]")
                        raise
                    except (KeyError, ValueError, TypeError, AttributeError) as e:
                        raise ParseError("", f"[{len(ids)}]", e) from e
                    ids.append(ids_item)

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj: T
        if cls is ScanBulkDelete:
            # The slots set directly: exactly what attrs' __init__ does here (no validators or
            # converters), without the cost of calling the class (about 0.3 µs a model, bench/cpu.py).
            _obj = _new(cls)
            _obj.ids = ids
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                ids,
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
