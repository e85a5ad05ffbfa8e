from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ParseError, Unset, copy_json, wrong_type

T = TypeVar("T", bound="ErrorBody")
_new = object.__new__


@_attrs_define
class ErrorBody:
    """PassEntry's error body: a list of messages, e.g.
    `{"errors": ["Too Many Requests"]}` (not JSON:API error objects), or a
    single `{"error": "..."}`, which PassEntry's own WooCommerce plugin
    checks for on its API responses.

    Inferred: the list is shown only for 429; which statuses use which
    shape is not documented.

    """

    error: str | Unset = UNSET
    """ A single error message. Inferred: PassEntry's WooCommerce plugin
    tests for this key but never reads its value, so a string is
    assumed; scankit shows it as the error's `message`.
     """
    errors: list[str] | Unset = UNSET
    """ Human-readable error messages. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `ErrorBody`; `src_dict` is left unchanged."""
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
            _field = "error"
            _src = d.pop("error", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (str, Unset)):
                raise wrong_type(_src, "a string")

            error = _src

            _field = "errors"
            _src = d.pop("errors", UNSET)
            if _src is None:
                _src = UNSET
            _errors = _src
            if not (isinstance(_errors, list) or isinstance(_errors, Unset)):
                raise wrong_type(_errors, "an array")
            errors = cast(list[str] | Unset, _errors)

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj: T
        if cls is ErrorBody:
            # The slots set directly: exactly what attrs' __init__ does here (no validators or
            # converters), without the cost of calling the class (about 0.3 µs a model, bench/cpu.py).
            _obj = _new(cls)
            _obj.error = error
            _obj.errors = errors
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                error,
                errors,
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
