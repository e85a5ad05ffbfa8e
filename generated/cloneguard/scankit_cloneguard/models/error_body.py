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

    status: int | None = _attrs_field(default=NOT_GIVEN)
    """ Inferred for v2: the HTTP status repeated in the body, as v1 sends it (e.g. `{"status": 404, ...}`). """
    status_text: str | None = _attrs_field(default=NOT_GIVEN)
    """ Inferred for v2: the human message of a v1 error (404, 422), which the v1 plugin shows to users. """
    errors: Any = _attrs_field(default=NOT_GIVEN)
    """ Inferred: the error messages. Left untyped because the shape is unknown: a list of
    strings or objects, or a Rails-style object of field name to messages.
     """
    error: str | None = _attrs_field(default=NOT_GIVEN)
    """ Inferred: a single error message (Devise style). """
    message: str | None = _attrs_field(default=NOT_GIVEN)
    """ Inferred: a human-readable message. """
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
                "status",
                "status_text",
                "errors",
                "error",
                "message",
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
        if self.status is not None:
            field_dict["status"] = self.status
        elif self._nulls & 1:
            field_dict["status"] = None
        if self.status_text is not None:
            field_dict["status_text"] = self.status_text
        elif self._nulls & 2:
            field_dict["status_text"] = None
        if self.errors is not None:
            field_dict["errors"] = self.errors
        elif self._nulls & 4:
            field_dict["errors"] = None
        if self.error is not None:
            field_dict["error"] = self.error
        elif self._nulls & 8:
            field_dict["error"] = None
        if self.message is not None:
            field_dict["message"] = self.message
        elif self._nulls & 16:
            field_dict["message"] = None

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
                *(("status",) if self.status is not None or self._nulls & 1 else ()),
                *(("status_text",) if self.status_text is not None or self._nulls & 2 else ()),
                *(("errors",) if self.errors is not None or self._nulls & 4 else ()),
                *(("error",) if self.error is not None or self._nulls & 8 else ()),
                *(("message",) if self.message is not None or self._nulls & 16 else ()),
            )
        )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `ErrorBody`; `src_dict` is left unchanged."""
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
            _free = True  # the free-form fields below were looked for (False: known to be absent)
            if len(d) == 5:
                try:
                    status = d["status"]
                    status_text = d["status_text"]
                    errors = d["errors"]
                    error = d["error"]
                    message = d["message"]
                except KeyError:  # an unknown field in place of a known one
                    status = d.pop("status", UNSET)
                    status_text = d.pop("status_text", UNSET)
                    errors = d.pop("errors", UNSET)
                    error = d.pop("error", UNSET)
                    message = d.pop("message", UNSET)

                else:
                    d = _NO_KEYS  # no keys left over: the object is not kept
            # Free-form fields (no schema) are the ones servers most often leave out (some are sent
            # only on request): an object with every other field and nothing else is read the same way.
            elif len(d) == 4:
                try:
                    status = d["status"]
                    status_text = d["status_text"]
                    error = d["error"]
                    message = d["message"]
                except KeyError:  # not that object
                    status = d.pop("status", UNSET)
                    status_text = d.pop("status_text", UNSET)
                    errors = d.pop("errors", UNSET)
                    error = d.pop("error", UNSET)
                    message = d.pop("message", UNSET)

                else:
                    errors = None
                    _free = False
                    d = _NO_KEYS
            else:
                status = d.pop("status", UNSET)
                status_text = d.pop("status_text", UNSET)
                errors = d.pop("errors", UNSET)
                error = d.pop("error", UNSET)
                message = d.pop("message", UNSET)

            _field = "status"
            if status.__class__ is int:  # the usual case first, in one check
                pass
            elif status is UNSET:
                status = None
            elif status is None:
                _nulls |= 1  # status
            else:
                if not isinstance(status, int) or status is True or status is False:
                    raise wrong_type(status, "an integer")

            _field = "status_text"
            if status_text.__class__ is str:  # the usual case first, in one check
                pass
            elif status_text is UNSET:
                status_text = None
            elif status_text is None:
                _nulls |= 2  # status_text
            else:
                if not isinstance(status_text, str):
                    raise wrong_type(status_text, "a string")

            _field = "error"
            if error.__class__ is str:  # the usual case first, in one check
                pass
            elif error is UNSET:
                error = None
            elif error is None:
                _nulls |= 8  # error
            else:
                if not isinstance(error, str):
                    raise wrong_type(error, "a string")

            _field = "message"
            if message.__class__ is str:  # the usual case first, in one check
                pass
            elif message is UNSET:
                message = None
            elif message is None:
                _nulls |= 16  # message
            else:
                if not isinstance(message, str):
                    raise wrong_type(message, "a string")

            if _free:  # else the usual object without them: each is None already, none a null
                if errors is UNSET:
                    errors = None
                elif errors is None:
                    _nulls |= 4  # errors

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
            _obj._nulls = _nulls
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                status,
                status_text,
                errors,
                error,
                message,
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
