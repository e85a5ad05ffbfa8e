from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ParseError, Unset, copy_json, wrong_type

T = TypeVar("T", bound="ErrorBody")
_new = object.__new__


@_attrs_define
class ErrorBody:
    """Error body. Inferred: the docs' "Common Error Responses" page was not seen. The v1 API
    answers `{"status": <code>, "status_text": "..."}`; Rails/Devise APIs usually answer
    `{"error": "..."}`, `{"errors": [...]}` or `{"message": "..."}`. All fields are optional
    and anything else is kept in `additional_properties`; the root `x-scankit.errors` tries
    `status_text`, then `message`, then `error` for the message.

    """

    status: int | Unset = UNSET
    """ Inferred for v2: the HTTP status repeated in the body, as v1 sends it (e.g. `{"status": 404, ...}`). """
    status_text: str | Unset = UNSET
    """ Inferred for v2: the human message of a v1 error (404, 422), which the v1 plugin shows to users. """
    errors: Any | Unset = UNSET
    """ Inferred: the error messages. Left untyped because the shape is unknown: a list of
    strings or objects, or a Rails-style object of field name to messages.
     """
    error: str | Unset = UNSET
    """ Inferred: a single error message (Devise style). """
    message: str | Unset = UNSET
    """ Inferred: a human-readable message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        status_text = self.status_text

        errors = self.errors

        error = self.error

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if status_text is not UNSET:
            field_dict["status_text"] = status_text
        if errors is not UNSET:
            field_dict["errors"] = errors
        if error is not UNSET:
            field_dict["error"] = error
        if message is not UNSET:
            field_dict["message"] = message

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
            _field = "status"
            _src = d.pop("status", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (int, Unset)) or _src is True or _src is False:
                raise wrong_type(_src, "an integer")

            status = _src

            _field = "status_text"
            _src = d.pop("status_text", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (str, Unset)):
                raise wrong_type(_src, "a string")

            status_text = _src

            _field = "errors"
            _src = d.pop("errors", UNSET)

            errors = _src

            _field = "error"
            _src = d.pop("error", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (str, Unset)):
                raise wrong_type(_src, "a string")

            error = _src

            _field = "message"
            _src = d.pop("message", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (str, Unset)):
                raise wrong_type(_src, "a string")

            message = _src

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
            _obj.status = status
            _obj.status_text = status_text
            _obj.errors = errors
            _obj.error = error
            _obj.message = message
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                status,
                status_text,
                errors,
                error,
                message,
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
