from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import orjson
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    _NO_KEYS,
    NOT_GIVEN,
    UNSET,
    ParseError,
    _model_getattr,
    copy_json,
    wrong_type,
)

T = TypeVar("T", bound="Target")
_new = object.__new__


@_attrs_define
class Target:
    """Something HostedScan scans - an IPv4 address, URL or fully qualified domain name."""

    id: str
    """ ID of the target. """
    target: str
    """ The IPv4 address, URL or fully qualified domain name, e.g. `google.com`. """
    label: str | None = _attrs_field(default=NOT_GIVEN)
    """ A label for the target. Inferred: may be missing or null when none was set.
     """
    tags: list[str] | None = _attrs_field(default=NOT_GIVEN)
    """ Up to 10 tags for filtering and sorting. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    if not TYPE_CHECKING:  # hidden from type checkers, which would then accept any attribute name
        # Parsing leaves additional_properties empty when there were no unknown keys: the first
        # read makes the empty dict (types._model_getattr).
        __getattr__ = _model_getattr
    # The optional fields sent as an explicit null (read as None, like absent ones), so that
    # to_dict() re-emits exactly what was sent and fields_set can tell null from absent: one bit
    # per optional field, in declaration order (an int, not a tuple: parsing a null allocates nothing).
    _nulls: int = _attrs_field(init=False, default=0, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        # Only a model built by calling the class gets here (parsing sets the slots directly): an
        # optional field not given reads None and is left out of to_dict(); one given as None is null.
        # setattr, not `self.<field> = None`: editors on jedi (IPython, Jupyter) would take that
        # statement for the field's definition, typed NoneType and without its docstring.
        nulls = 0
        for bit, name in enumerate(
            (
                "label",
                "tags",
            )
        ):
            value = getattr(self, name)
            if value is NOT_GIVEN:
                setattr(self, name, None)
            elif value is None:
                nulls |= 1 << bit
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: exactly the fields the server sent (an absent field stays absent, a null
        stays null); on a model you build, the fields that are not None."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        id = self.id
        field_dict["id"] = id
        target = self.target
        field_dict["target"] = target
        if self.label is not None:
            label: None | str
            label = self.label
            field_dict["label"] = label
        elif self._nulls & 1:
            field_dict["label"] = None
        if self.tags is not None:
            tags = self.tags

            field_dict["tags"] = tags
        elif self._nulls & 2:
            field_dict["tags"] = None

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON string."""
        return orjson.dumps(self.to_dict()).decode()

    @property
    def fields_set(self) -> frozenset[str]:
        """The attribute names of the fields present: required ones, optional ones that are not None,
        and optional ones the server sent as null. `"x" not in m.fields_set` means x was absent."""
        return frozenset(
            (
                "id",
                "target",
                *(("label",) if self.label is not None or self._nulls & 1 else ()),
                *(("tags",) if self.tags is not None or self._nulls & 2 else ()),
            )
        )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `Target`; `src_dict` is left unchanged."""
        return cls._from_json(copy_json(src_dict))

    @classmethod
    def _from_json(cls: type[T], src: object) -> T:
        # from_dict for decoded JSON that nothing else holds (the endpoint's own orjson.loads result,
        # or a part of it): its dicts are consumed, not copied; copying cost ~10% (bench/cpu.py).
        # The keys left over, if any, become additional_properties; the usual object, which has
        # none, is let go (d = _NO_KEYS) rather than kept as an empty dict per model.
        d: dict[str, Any]
        if src.__class__ is dict:  # cheaper than isinstance, and what decoded JSON is
            d = src
        elif isinstance(src, Mapping):
            d = dict(src)
        else:
            raise ParseError(cls.__name__, "", wrong_type(src, "an object"))
        _nulls = 0
        _field = ""
        try:
            # The usual object has every field and nothing else: each is read with a subscript, and
            # nothing is left over. Otherwise each is popped (UNSET when absent, KeyError when
            # required) and what is left over becomes additional_properties.
            if len(d) == 4:
                try:
                    id = d["id"]
                    target = d["target"]
                    _v_label = d["label"]
                    _v_tags = d["tags"]
                except KeyError:  # an unknown field in place of a known one
                    _field = "id"
                    id = d.pop("id")
                    _field = "target"
                    target = d.pop("target")
                    _v_label = d.pop("label", UNSET)
                    _v_tags = d.pop("tags", UNSET)

                else:
                    d = _NO_KEYS  # no keys left over: the object is not kept
            else:
                _field = "id"
                id = d.pop("id")
                _field = "target"
                target = d.pop("target")
                _v_label = d.pop("label", UNSET)
                _v_tags = d.pop("tags", UNSET)

            _field = "id"
            if id.__class__ is not str:
                if not isinstance(id, str):
                    raise wrong_type(id, "a string")

            _field = "target"
            if target.__class__ is not str:
                if not isinstance(target, str):
                    raise wrong_type(target, "a string")

            _field = "label"
            label: str | None
            if _v_label.__class__ is str:  # the usual case first, in one check
                label = _v_label
            elif _v_label is UNSET:
                label = None
            elif _v_label is None:
                label = None
                _nulls |= 1  # label
            else:
                label = _v_label
                if not (label is None or isinstance(label, (str))):
                    raise wrong_type(label, "None | str")

            _field = "tags"
            tags: list[str] | None
            if _v_tags.__class__ is list:  # the usual case first, in one check
                tags = _v_tags  # its items as they are, as the else branch keeps them
            elif _v_tags is UNSET:
                tags = None
            elif _v_tags is None:
                tags = None
                _nulls |= 2  # tags
            else:  # not a list (decoded JSON has no subclass of list): what the construct would say
                raise wrong_type(_v_tags, "an array")

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
            _obj._nulls = _nulls
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                id,
                target,
                label,
                tags,
            )
            _obj._nulls = _nulls

        if d:  # else additional_properties is made empty on first read (types._model_getattr)
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
