from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ParseError, Unset, copy_json, wrong_type

T = TypeVar("T", bound="Target")
_new = object.__new__


@_attrs_define
class Target:
    """Something HostedScan scans - an IPv4 address, URL or fully qualified domain name."""

    id: str
    """ ID of the target. """
    target: str
    """ The IPv4 address, URL or fully qualified domain name, e.g. `google.com`. """
    label: None | str | Unset = UNSET
    """ A label for the target. Inferred: may be missing or null when none was set.
     """
    tags: list[str] | Unset = UNSET
    """ Up to 10 tags for filtering and sorting. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        target = self.target

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "target": target,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `Target`; `src_dict` is left unchanged."""
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

            _field = "target"
            _src = d.pop("target")
            if not isinstance(_src, (str)):
                raise wrong_type(_src, "a string")

            target = _src

            _field = "label"
            _src = d.pop("label", UNSET)
            label = _src
            if not (label is None or isinstance(label, (str, Unset))):
                raise wrong_type(label, "None | str")

            _field = "tags"
            _src = d.pop("tags", UNSET)
            if _src is None:
                _src = UNSET
            _tags = _src
            if not (isinstance(_tags, list) or isinstance(_tags, Unset)):
                raise wrong_type(_tags, "an array")
            tags = cast(list[str] | Unset, _tags)

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj: T
        if cls is Target:
            # The slots set directly: exactly what attrs' __init__ does here (no validators or
            # converters), without the cost of calling the class (about 0.3 µs a model, bench/cpu.py).
            _obj = _new(cls)
            _obj.id = id
            _obj.target = target
            _obj.label = label
            _obj.tags = tags
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                id,
                target,
                label,
                tags,
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
