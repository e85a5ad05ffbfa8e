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

T = TypeVar("T", bound="WebhookEventRelationships")
_new = object.__new__


@_attrs_define
class WebhookEventRelationships:
    """What the webhook refers to; each entry is `{data: {id, type}}` and is in `included`.
    `passScanned` has `scan`, `pass` and `reader`; `passTapped` also `passTap`. Other keys are
    kept.

    """

    scan: WebhookRelationship | None = _attrs_field(default=NOT_GIVEN)
    """ A pointer to an entry of `included`. """
    pass_: WebhookRelationship | None = _attrs_field(default=NOT_GIVEN)
    """ A pointer to an entry of `included`. """
    reader: WebhookRelationship | None = _attrs_field(default=NOT_GIVEN)
    """ A pointer to an entry of `included`. """
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
                "scan",
                "pass_",
                "reader",
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
        if self.scan is not None:
            scan = self.scan.to_dict()
            field_dict["scan"] = scan
        elif self._nulls & 1:
            field_dict["scan"] = None
        if self.pass_ is not None:
            pass_ = self.pass_.to_dict()
            field_dict["pass"] = pass_
        elif self._nulls & 2:
            field_dict["pass"] = None
        if self.reader is not None:
            reader = self.reader.to_dict()
            field_dict["reader"] = reader
        elif self._nulls & 4:
            field_dict["reader"] = None

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
                *(("scan",) if self.scan is not None or self._nulls & 1 else ()),
                *(("pass_",) if self.pass_ is not None or self._nulls & 2 else ()),
                *(("reader",) if self.reader is not None or self._nulls & 4 else ()),
            )
        )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `WebhookEventRelationships`; `src_dict` is left unchanged."""
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
                    _v_scan = d["scan"]
                    _v_pass_ = d["pass"]
                    _v_reader = d["reader"]
                except KeyError:  # an unknown field in place of a known one
                    _v_scan = d.pop("scan", UNSET)
                    _v_pass_ = d.pop("pass", UNSET)
                    _v_reader = d.pop("reader", UNSET)

                else:
                    d = _NO_KEYS  # no keys left over: the object is not kept
            else:
                _v_scan = d.pop("scan", UNSET)
                _v_pass_ = d.pop("pass", UNSET)
                _v_reader = d.pop("reader", UNSET)

            _field = "scan"
            scan: WebhookRelationship | None
            if _v_scan.__class__ is dict:  # the usual case first, in one check
                if len(_v_scan) == 1:
                    try:
                        _i_data = _v_scan["data"]
                    except KeyError:  # another key in place of a field's: _from_json says which
                        _i_data = UNSET
                    if _i_data.__class__ is dict and len(_i_data) == 2:
                        try:
                            _i_data__id = _i_data["id"]
                            _i_data__type_ = _i_data["type"]
                        except KeyError:  # another key in place of a field's: _from_json says which
                            _i_data__id = UNSET
                        if _i_data__id.__class__ is str and _i_data__type_.__class__ is str:
                            _o_data__ = _new(WebhookResourceIdentifier)
                            _o_data__.id = _i_data__id
                            _o_data__.type_ = _i_data__type_
                            _o_data__._nulls = 0
                            scan = _new(WebhookRelationship)
                            scan.data = _o_data__
                            scan._nulls = 0
                        else:
                            scan = _from_json_WebhookRelationship(_v_scan)

                    else:
                        scan = _from_json_WebhookRelationship(_v_scan)

                else:
                    scan = _from_json_WebhookRelationship(_v_scan)
            elif _v_scan is UNSET:
                scan = None
            elif _v_scan is None:
                scan = None
                _nulls |= 1  # scan
            else:
                scan = _from_json_WebhookRelationship(_v_scan)

            _field = "pass"
            pass_: WebhookRelationship | None
            if _v_pass_.__class__ is dict:  # the usual case first, in one check
                if len(_v_pass_) == 1:
                    try:
                        _i_data = _v_pass_["data"]
                    except KeyError:  # another key in place of a field's: _from_json says which
                        _i_data = UNSET
                    if _i_data.__class__ is dict and len(_i_data) == 2:
                        try:
                            _i_data__id = _i_data["id"]
                            _i_data__type_ = _i_data["type"]
                        except KeyError:  # another key in place of a field's: _from_json says which
                            _i_data__id = UNSET
                        if _i_data__id.__class__ is str and _i_data__type_.__class__ is str:
                            _o_data__ = _new(WebhookResourceIdentifier)
                            _o_data__.id = _i_data__id
                            _o_data__.type_ = _i_data__type_
                            _o_data__._nulls = 0
                            pass_ = _new(WebhookRelationship)
                            pass_.data = _o_data__
                            pass_._nulls = 0
                        else:
                            pass_ = _from_json_WebhookRelationship(_v_pass_)

                    else:
                        pass_ = _from_json_WebhookRelationship(_v_pass_)

                else:
                    pass_ = _from_json_WebhookRelationship(_v_pass_)
            elif _v_pass_ is UNSET:
                pass_ = None
            elif _v_pass_ is None:
                pass_ = None
                _nulls |= 2  # pass_
            else:
                pass_ = _from_json_WebhookRelationship(_v_pass_)

            _field = "reader"
            reader: WebhookRelationship | None
            if _v_reader.__class__ is dict:  # the usual case first, in one check
                if len(_v_reader) == 1:
                    try:
                        _i_data = _v_reader["data"]
                    except KeyError:  # another key in place of a field's: _from_json says which
                        _i_data = UNSET
                    if _i_data.__class__ is dict and len(_i_data) == 2:
                        try:
                            _i_data__id = _i_data["id"]
                            _i_data__type_ = _i_data["type"]
                        except KeyError:  # another key in place of a field's: _from_json says which
                            _i_data__id = UNSET
                        if _i_data__id.__class__ is str and _i_data__type_.__class__ is str:
                            _o_data__ = _new(WebhookResourceIdentifier)
                            _o_data__.id = _i_data__id
                            _o_data__.type_ = _i_data__type_
                            _o_data__._nulls = 0
                            reader = _new(WebhookRelationship)
                            reader.data = _o_data__
                            reader._nulls = 0
                        else:
                            reader = _from_json_WebhookRelationship(_v_reader)

                    else:
                        reader = _from_json_WebhookRelationship(_v_reader)

                else:
                    reader = _from_json_WebhookRelationship(_v_reader)
            elif _v_reader is UNSET:
                reader = None
            elif _v_reader is None:
                reader = None
                _nulls |= 4  # reader
            else:
                reader = _from_json_WebhookRelationship(_v_reader)

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj: T
        if cls is WebhookEventRelationships:
            # The slots set directly: exactly what attrs' __init__ does here (no validators or
            # converters), without the cost of calling the class (about 0.3 µs a model, bench/cpu.py).
            _obj = _new(cls)
            _obj.scan = scan
            _obj.pass_ = pass_
            _obj.reader = reader
            _obj._nulls = _nulls
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                scan,
                pass_,
                reader,
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


from ..models.webhook_relationship import WebhookRelationship  # noqa: E402
from ..models.webhook_resource_identifier import WebhookResourceIdentifier  # noqa: E402

_from_json_WebhookRelationship = WebhookRelationship._from_json
