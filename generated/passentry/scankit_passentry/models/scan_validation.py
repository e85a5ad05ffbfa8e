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

T = TypeVar("T", bound="ScanValidation")
_new = object.__new__


@_attrs_define
class ScanValidation:
    """The answer to Create scan: PassEntry's verdict and the recorded scan."""

    validation_response: ValidationResponse | None = _attrs_field(default=NOT_GIVEN)
    """ PassEntry's verdict on a scan, and what the reader should do. """
    scan_info: ScanInfo | None = _attrs_field(default=NOT_GIVEN)
    """ A recorded scan, as Create scan and Log scan answer it (flat, not the JSON:API resource). """
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
                "validation_response",
                "scan_info",
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
        if self.validation_response is not None:
            validation_response = self.validation_response.to_dict()
            field_dict["validationResponse"] = validation_response
        elif self._nulls & 1:
            field_dict["validationResponse"] = None
        if self.scan_info is not None:
            scan_info = self.scan_info.to_dict()
            field_dict["scanInfo"] = scan_info
        elif self._nulls & 2:
            field_dict["scanInfo"] = None

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
                *(("validation_response",) if self.validation_response is not None or self._nulls & 1 else ()),
                *(("scan_info",) if self.scan_info is not None or self._nulls & 2 else ()),
            )
        )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `ScanValidation`; `src_dict` is left unchanged."""
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
            if len(d) == 2:
                try:
                    _v_validation_response = d["validationResponse"]
                    _v_scan_info = d["scanInfo"]
                except KeyError:  # an unknown field in place of a known one
                    _v_validation_response = d.pop("validationResponse", UNSET)
                    _v_scan_info = d.pop("scanInfo", UNSET)

                else:
                    d = _NO_KEYS  # no keys left over: the object is not kept
            else:
                _v_validation_response = d.pop("validationResponse", UNSET)
                _v_scan_info = d.pop("scanInfo", UNSET)

            _field = "validationResponse"
            validation_response: ValidationResponse | None
            if _v_validation_response.__class__ is dict:  # the usual case first, in one check
                validation_response = _from_json_ValidationResponse(_v_validation_response)
            elif _v_validation_response is UNSET:
                validation_response = None
            elif _v_validation_response is None:
                validation_response = None
                _nulls |= 1  # validation_response
            else:
                validation_response = _from_json_ValidationResponse(_v_validation_response)

            _field = "scanInfo"
            scan_info: ScanInfo | None
            if _v_scan_info.__class__ is dict:  # the usual case first, in one check
                scan_info = _from_json_ScanInfo(_v_scan_info)
            elif _v_scan_info is UNSET:
                scan_info = None
            elif _v_scan_info is None:
                scan_info = None
                _nulls |= 2  # scan_info
            else:
                scan_info = _from_json_ScanInfo(_v_scan_info)

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj: T
        if cls is ScanValidation:
            # The slots set directly: exactly what attrs' __init__ does here (no validators or
            # converters), without the cost of calling the class (about 0.3 µs a model, bench/cpu.py).
            _obj = _new(cls)
            _obj.validation_response = validation_response
            _obj.scan_info = scan_info
            _obj._nulls = _nulls
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                validation_response,
                scan_info,
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


from ..models.scan_info import ScanInfo  # noqa: E402
from ..models.validation_response import ValidationResponse  # noqa: E402

_from_json_ScanInfo = ScanInfo._from_json
_from_json_ValidationResponse = ValidationResponse._from_json
