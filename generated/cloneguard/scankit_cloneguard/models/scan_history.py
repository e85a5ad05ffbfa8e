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

T = TypeVar("T", bound="ScanHistory")
_new = object.__new__


@_attrs_define
class ScanHistory:
    """One past run of a scan, as a JSON:API-style resource object. Inferred: only the resource
    shape of List scans is assumed; what a history entry's attributes hold is not documented
    (GVM keeps a report per run: start and end time, status, result counts), so they are
    kept as they come.

    """

    id: str | None = _attrs_field(default=NOT_GIVEN)
    """ Inferred: the history entry's id. """
    type_: str | None = _attrs_field(default=NOT_GIVEN)
    """ Inferred: the resource type. """
    attributes: OpenAttributes | None = _attrs_field(default=NOT_GIVEN)
    """ Attributes whose names the docs do not give: every key the server sends is kept, in
    `additional_properties` (`attributes["name"]`).
     """
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
                "id",
                "type_",
                "attributes",
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
        if self.id is not None:
            field_dict["id"] = self.id
        elif self._nulls & 1:
            field_dict["id"] = None
        if self.type_ is not None:
            field_dict["type"] = self.type_
        elif self._nulls & 2:
            field_dict["type"] = None
        if self.attributes is not None:
            attributes = self.attributes.to_dict()
            field_dict["attributes"] = attributes
        elif self._nulls & 4:
            field_dict["attributes"] = None

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
                *(("id",) if self.id is not None or self._nulls & 1 else ()),
                *(("type_",) if self.type_ is not None or self._nulls & 2 else ()),
                *(("attributes",) if self.attributes is not None or self._nulls & 4 else ()),
            )
        )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `ScanHistory`; `src_dict` is left unchanged."""
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
            if len(d) == 3:
                try:
                    id = d["id"]
                    type_ = d["type"]
                    _v_attributes = d["attributes"]
                except KeyError:  # an unknown field in place of a known one
                    id = d.pop("id", UNSET)
                    type_ = d.pop("type", UNSET)
                    _v_attributes = d.pop("attributes", UNSET)

                else:
                    d = _NO_KEYS  # no keys left over: the object is not kept
            else:
                id = d.pop("id", UNSET)
                type_ = d.pop("type", UNSET)
                _v_attributes = d.pop("attributes", UNSET)

            _field = "id"
            if id.__class__ is str:  # the usual case first, in one check
                pass
            elif id is UNSET:
                id = None
            elif id is None:
                _nulls |= 1  # id
            else:
                if not isinstance(id, str):
                    raise wrong_type(id, "a string")

            _field = "type"
            if type_.__class__ is str:  # the usual case first, in one check
                pass
            elif type_ is UNSET:
                type_ = None
            elif type_ is None:
                _nulls |= 2  # type_
            else:
                if not isinstance(type_, str):
                    raise wrong_type(type_, "a string")

            _field = "attributes"
            attributes: OpenAttributes | None
            if _v_attributes.__class__ is dict:  # the usual case first, in one check
                attributes = _from_json_OpenAttributes(_v_attributes)
            elif _v_attributes is UNSET:
                attributes = None
            elif _v_attributes is None:
                attributes = None
                _nulls |= 4  # attributes
            else:
                attributes = _from_json_OpenAttributes(_v_attributes)

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj: T
        if cls is ScanHistory:
            # The slots set directly: exactly what attrs' __init__ does here (no validators or
            # converters), without the cost of calling the class (about 0.3 µs a model, bench/cpu.py).
            _obj = _new(cls)
            _obj.id = id
            _obj.type_ = type_
            _obj.attributes = attributes
            _obj._nulls = _nulls
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                id,
                type_,
                attributes,
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


from ..models.open_attributes import OpenAttributes  # noqa: E402

_from_json_OpenAttributes = OpenAttributes._from_json
