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

T = TypeVar("T", bound="WebhookEventResource")
_new = object.__new__


@_attrs_define
class WebhookEventResource:
    """The webhook itself, a JSON:API resource of type `webhook`."""

    id: str
    """ The webhook's id (a UUID in the examples); use it to deduplicate. """
    attributes: WebhookEventAttributes
    """ When and what happened. """
    type_: str | None = _attrs_field(default=NOT_GIVEN)
    """ Always `webhook` in the examples. """
    relationships: WebhookEventRelationships | None = _attrs_field(default=NOT_GIVEN)
    """ What the webhook refers to; each entry is `{data: {id, type}}` and is in `included`.
    `passScanned` has `scan`, `pass` and `reader`; `passTapped` also `passTap`. Other keys are
    kept.
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
                "type_",
                "relationships",
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
        attributes = self.attributes.to_dict()
        field_dict["attributes"] = attributes
        if self.type_ is not None:
            field_dict["type"] = self.type_
        elif self._nulls & 1:
            field_dict["type"] = None
        if self.relationships is not None:
            relationships = self.relationships.to_dict()
            field_dict["relationships"] = relationships
        elif self._nulls & 2:
            field_dict["relationships"] = None

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
                "attributes",
                *(("type_",) if self.type_ is not None or self._nulls & 1 else ()),
                *(("relationships",) if self.relationships is not None or self._nulls & 2 else ()),
            )
        )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `WebhookEventResource`; `src_dict` is left unchanged."""
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
                    _v_attributes = d["attributes"]
                    type_ = d["type"]
                    _v_relationships = d["relationships"]
                except KeyError:  # an unknown field in place of a known one
                    _field = "id"
                    id = d.pop("id")
                    _field = "attributes"
                    _v_attributes = d.pop("attributes")
                    type_ = d.pop("type", UNSET)
                    _v_relationships = d.pop("relationships", UNSET)

                else:
                    d = _NO_KEYS  # no keys left over: the object is not kept
            else:
                _field = "id"
                id = d.pop("id")
                _field = "attributes"
                _v_attributes = d.pop("attributes")
                type_ = d.pop("type", UNSET)
                _v_relationships = d.pop("relationships", UNSET)

            _field = "id"
            if id.__class__ is not str:
                if not isinstance(id, str):
                    raise wrong_type(id, "a string")

            _field = "attributes"
            attributes = _from_json_WebhookEventAttributes(_v_attributes)

            _field = "type"
            if type_.__class__ is str:  # the usual case first, in one check
                pass
            elif type_ is UNSET:
                type_ = None
            elif type_ is None:
                _nulls |= 1  # type_
            else:
                if not isinstance(type_, str):
                    raise wrong_type(type_, "a string")

            _field = "relationships"
            relationships: WebhookEventRelationships | None
            if _v_relationships.__class__ is dict:  # the usual case first, in one check
                if len(_v_relationships) == 3:
                    try:
                        _i_scan = _v_relationships["scan"]
                        _i_pass_ = _v_relationships["pass"]
                        _i_reader = _v_relationships["reader"]
                    except KeyError:  # another key in place of a field's: _from_json says which
                        _i_scan = UNSET
                    if (
                        _i_scan.__class__ is dict
                        and len(_i_scan) == 1
                        and _i_pass_.__class__ is dict
                        and len(_i_pass_) == 1
                        and _i_reader.__class__ is dict
                        and len(_i_reader) == 1
                    ):
                        try:
                            _i_scan__data = _i_scan["data"]
                        except KeyError:  # another key in place of a field's: _from_json says which
                            _i_scan__data = UNSET
                        if _i_scan__data.__class__ is dict and len(_i_scan__data) == 2:
                            try:
                                _i_scan__data__id = _i_scan__data["id"]
                                _i_scan__data__type_ = _i_scan__data["type"]
                            except KeyError:  # another key in place of a field's: _from_json says which
                                _i_scan__data__id = UNSET
                            if _i_scan__data__id.__class__ is str and _i_scan__data__type_.__class__ is str:
                                try:
                                    _i_pass___data = _i_pass_["data"]
                                except KeyError:  # another key in place of a field's: _from_json says which
                                    _i_pass___data = UNSET
                                if _i_pass___data.__class__ is dict and len(_i_pass___data) == 2:
                                    try:
                                        _i_pass___data__id = _i_pass___data["id"]
                                        _i_pass___data__type_ = _i_pass___data["type"]
                                    except KeyError:  # another key in place of a field's: _from_json says which
                                        _i_pass___data__id = UNSET
                                    if _i_pass___data__id.__class__ is str and _i_pass___data__type_.__class__ is str:
                                        try:
                                            _i_reader__data = _i_reader["data"]
                                        except KeyError:  # another key in place of a field's: _from_json says which
                                            _i_reader__data = UNSET
                                        if _i_reader__data.__class__ is dict and len(_i_reader__data) == 2:
                                            try:
                                                _i_reader__data__id = _i_reader__data["id"]
                                                _i_reader__data__type_ = _i_reader__data["type"]
                                            except KeyError:  # another key in place of a field's: _from_json says which
                                                _i_reader__data__id = UNSET
                                            if (
                                                _i_reader__data__id.__class__ is str
                                                and _i_reader__data__type_.__class__ is str
                                            ):
                                                _o_reader__data__ = _new(WebhookResourceIdentifier)
                                                _o_reader__data__.id = _i_reader__data__id
                                                _o_reader__data__.type_ = _i_reader__data__type_
                                                _o_reader__data__._nulls = 0
                                                _o_reader__ = _new(WebhookRelationship)
                                                _o_reader__.data = _o_reader__data__
                                                _o_reader__._nulls = 0
                                                _o_pass___data__ = _new(WebhookResourceIdentifier)
                                                _o_pass___data__.id = _i_pass___data__id
                                                _o_pass___data__.type_ = _i_pass___data__type_
                                                _o_pass___data__._nulls = 0
                                                _o_pass___ = _new(WebhookRelationship)
                                                _o_pass___.data = _o_pass___data__
                                                _o_pass___._nulls = 0
                                                _o_scan__data__ = _new(WebhookResourceIdentifier)
                                                _o_scan__data__.id = _i_scan__data__id
                                                _o_scan__data__.type_ = _i_scan__data__type_
                                                _o_scan__data__._nulls = 0
                                                _o_scan__ = _new(WebhookRelationship)
                                                _o_scan__.data = _o_scan__data__
                                                _o_scan__._nulls = 0
                                                relationships = _new(WebhookEventRelationships)
                                                relationships.scan = _o_scan__
                                                relationships.pass_ = _o_pass___
                                                relationships.reader = _o_reader__
                                                relationships._nulls = 0
                                            else:
                                                relationships = _from_json_WebhookEventRelationships(_v_relationships)

                                        else:
                                            relationships = _from_json_WebhookEventRelationships(_v_relationships)

                                    else:
                                        relationships = _from_json_WebhookEventRelationships(_v_relationships)

                                else:
                                    relationships = _from_json_WebhookEventRelationships(_v_relationships)

                            else:
                                relationships = _from_json_WebhookEventRelationships(_v_relationships)

                        else:
                            relationships = _from_json_WebhookEventRelationships(_v_relationships)

                    else:
                        relationships = _from_json_WebhookEventRelationships(_v_relationships)

                else:
                    relationships = _from_json_WebhookEventRelationships(_v_relationships)
            elif _v_relationships is UNSET:
                relationships = None
            elif _v_relationships is None:
                relationships = None
                _nulls |= 2  # relationships
            else:
                relationships = _from_json_WebhookEventRelationships(_v_relationships)

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
            _obj._nulls = _nulls
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                id,
                attributes,
                type_,
                relationships,
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


from ..models.webhook_event_attributes import WebhookEventAttributes  # noqa: E402
from ..models.webhook_event_relationships import WebhookEventRelationships  # noqa: E402
from ..models.webhook_relationship import WebhookRelationship  # noqa: E402
from ..models.webhook_resource_identifier import WebhookResourceIdentifier  # noqa: E402

_from_json_WebhookEventAttributes = WebhookEventAttributes._from_json
_from_json_WebhookEventRelationships = WebhookEventRelationships._from_json
