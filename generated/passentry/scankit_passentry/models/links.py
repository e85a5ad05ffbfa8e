from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ParseError, Unset, copy_json, wrong_type

T = TypeVar("T", bound="Links")
_new = object.__new__


@_attrs_define
class Links:
    """JSON:API page links. Each is null when there is no such page.

    Inferred: the seed shows only a single page, where all four are null;
    that `next` is null exactly on the last page is assumed.

    """

    first: None | str | Unset = UNSET
    """ Link to the first page. """
    prev: None | str | Unset = UNSET
    """ Link to the previous page. """
    next_: None | str | Unset = UNSET
    """ Link to the next page; null on the last page. """
    last: None | str | Unset = UNSET
    """ Link to the last page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first: None | str | Unset
        if isinstance(self.first, Unset):
            first = UNSET
        else:
            first = self.first

        prev: None | str | Unset
        if isinstance(self.prev, Unset):
            prev = UNSET
        else:
            prev = self.prev

        next_: None | str | Unset
        if isinstance(self.next_, Unset):
            next_ = UNSET
        else:
            next_ = self.next_

        last: None | str | Unset
        if isinstance(self.last, Unset):
            last = UNSET
        else:
            last = self.last

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first is not UNSET:
            field_dict["first"] = first
        if prev is not UNSET:
            field_dict["prev"] = prev
        if next_ is not UNSET:
            field_dict["next"] = next_
        if last is not UNSET:
            field_dict["last"] = last

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `Links`; `src_dict` is left unchanged."""
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
            _field = "first"
            _src = d.pop("first", UNSET)
            first = _src
            if not (first is None or isinstance(first, (str, Unset))):
                raise wrong_type(first, "None | str")

            _field = "prev"
            _src = d.pop("prev", UNSET)
            prev = _src
            if not (prev is None or isinstance(prev, (str, Unset))):
                raise wrong_type(prev, "None | str")

            _field = "next"
            _src = d.pop("next", UNSET)
            next_ = _src
            if not (next_ is None or isinstance(next_, (str, Unset))):
                raise wrong_type(next_, "None | str")

            _field = "last"
            _src = d.pop("last", UNSET)
            last = _src
            if not (last is None or isinstance(last, (str, Unset))):
                raise wrong_type(last, "None | str")

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj: T
        if cls is Links:
            # The slots set directly: exactly what attrs' __init__ does here (no validators or
            # converters), without the cost of calling the class (about 0.3 µs a model, bench/cpu.py).
            _obj = _new(cls)
            _obj.first = first
            _obj.prev = prev
            _obj.next_ = next_
            _obj.last = last
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                first,
                prev,
                next_,
                last,
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
