from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ParseError, Unset, copy_json, wrong_type

T = TypeVar("T", bound="TargetFilters")
_new = object.__new__


@_attrs_define
class TargetFilters:
    """Filters for `targets.list`. Each key holds an array of values to match; the scankit
    wrapper sends the object as JSON in the `filters` query parameter.
    Deprecated, inferred: removed from the docs on 2021-01-28 (commit d160f27).

    """

    tags: list[str] | Unset = UNSET
    """ Only targets carrying any of these tags. """
    target: list[str] | Unset = UNSET
    """ Only these targets (host names, IP addresses or URLs). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        target: list[str] | Unset = UNSET
        if not isinstance(self.target, Unset):
            target = self.target

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tags is not UNSET:
            field_dict["tags"] = tags
        if target is not UNSET:
            field_dict["target"] = target

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `TargetFilters`; `src_dict` is left unchanged."""
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
            _field = "tags"
            _src = d.pop("tags", UNSET)
            if _src is None:
                _src = UNSET
            _tags = _src
            if not (isinstance(_tags, list) or isinstance(_tags, Unset)):
                raise wrong_type(_tags, "an array")
            tags = cast(list[str] | Unset, _tags)

            _field = "target"
            _src = d.pop("target", UNSET)
            if _src is None:
                _src = UNSET
            _target = _src
            if not (isinstance(_target, list) or isinstance(_target, Unset)):
                raise wrong_type(_target, "an array")
            target = cast(list[str] | Unset, _target)

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj: T
        if cls is TargetFilters:
            # The slots set directly: exactly what attrs' __init__ does here (no validators or
            # converters), without the cost of calling the class (about 0.3 µs a model, bench/cpu.py).
            _obj = _new(cls)
            _obj.tags = tags
            _obj.target = target
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                tags,
                target,
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
