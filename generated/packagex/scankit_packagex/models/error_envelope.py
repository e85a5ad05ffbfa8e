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

T = TypeVar("T", bound="ErrorEnvelope")
_new = object.__new__


@_attrs_define
class ErrorEnvelope:
    """An error response. PackageX wraps errors in the same envelope as successes: `status` is the 4XX/5XX code, `message`
    is safe to show to users, and `errors` usually lists the fields that failed validation. Nothing is required here, so
    an error body from an intermediary still parses.

    """

    status: int | None = _attrs_field(default=NOT_GIVEN)
    """ The 4XX or 5XX HTTP status code repeated in the body. """
    message: str | None = _attrs_field(default=NOT_GIVEN)
    """ A human-readable message, safe to show to end users. """
    data: Any = _attrs_field(default=NOT_GIVEN)
    """ Empty on errors. Inferred: the exact empty value (`{}`, `[]` or null) is not documented, so any JSON value
    is accepted (`{}` and `[]` are kept; null reads as unset). """
    errors: list[str] | None = _attrs_field(default=NOT_GIVEN)
    """ Error strings, usually the names of the fields that failed validation. """
    error_code: str | None = _attrs_field(default=NOT_GIVEN)
    """ The developer error code for the issue, or null. Inferred: the newer docs call this field `code`, the older
    docs, first-party OpenAPI and SDK sample call it `error_code`; which name is current is not confirmed. """
    pagination: Pagination | None = _attrs_field(default=NOT_GIVEN)
    """ Empty (null) on error responses. """
    events: list[str] | None = _attrs_field(default=NOT_GIVEN)
    """ Events this request triggered. """
    endpoint: str | None = _attrs_field(default=NOT_GIVEN)
    """ The endpoint that was hit. """
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
                "message",
                "data",
                "errors",
                "error_code",
                "pagination",
                "events",
                "endpoint",
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
        if self.message is not None:
            field_dict["message"] = self.message
        elif self._nulls & 2:
            field_dict["message"] = None
        if self.data is not None:
            field_dict["data"] = self.data
        elif self._nulls & 4:
            field_dict["data"] = None
        if self.errors is not None:
            errors = self.errors

            field_dict["errors"] = errors
        elif self._nulls & 8:
            field_dict["errors"] = None
        if self.error_code is not None:
            error_code: None | str
            error_code = self.error_code
            field_dict["error_code"] = error_code
        elif self._nulls & 16:
            field_dict["error_code"] = None
        if self.pagination is not None:
            pagination: dict[str, Any] | None
            pagination = self.pagination.to_dict()

            field_dict["pagination"] = pagination
        elif self._nulls & 32:
            field_dict["pagination"] = None
        if self.events is not None:
            events = self.events

            field_dict["events"] = events
        elif self._nulls & 64:
            field_dict["events"] = None
        if self.endpoint is not None:
            field_dict["endpoint"] = self.endpoint
        elif self._nulls & 128:
            field_dict["endpoint"] = None

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
                *(("message",) if self.message is not None or self._nulls & 2 else ()),
                *(("data",) if self.data is not None or self._nulls & 4 else ()),
                *(("errors",) if self.errors is not None or self._nulls & 8 else ()),
                *(("error_code",) if self.error_code is not None or self._nulls & 16 else ()),
                *(("pagination",) if self.pagination is not None or self._nulls & 32 else ()),
                *(("events",) if self.events is not None or self._nulls & 64 else ()),
                *(("endpoint",) if self.endpoint is not None or self._nulls & 128 else ()),
            )
        )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `ErrorEnvelope`; `src_dict` is left unchanged."""
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
            if len(d) == 8:
                try:
                    status = d["status"]
                    message = d["message"]
                    data = d["data"]
                    _v_errors = d["errors"]
                    _v_error_code = d["error_code"]
                    _v_pagination = d["pagination"]
                    _v_events = d["events"]
                    endpoint = d["endpoint"]
                except KeyError:  # an unknown field in place of a known one
                    status = d.pop("status", UNSET)
                    message = d.pop("message", UNSET)
                    data = d.pop("data", UNSET)
                    _v_errors = d.pop("errors", UNSET)
                    _v_error_code = d.pop("error_code", UNSET)
                    _v_pagination = d.pop("pagination", UNSET)
                    _v_events = d.pop("events", UNSET)
                    endpoint = d.pop("endpoint", UNSET)

                else:
                    d = _NO_KEYS  # no keys left over: the object is not kept
            # Free-form fields (no schema) are the ones servers most often leave out (some are sent
            # only on request): an object with every other field and nothing else is read the same way.
            elif len(d) == 7:
                try:
                    status = d["status"]
                    message = d["message"]
                    _v_errors = d["errors"]
                    _v_error_code = d["error_code"]
                    _v_pagination = d["pagination"]
                    _v_events = d["events"]
                    endpoint = d["endpoint"]
                except KeyError:  # not that object
                    status = d.pop("status", UNSET)
                    message = d.pop("message", UNSET)
                    data = d.pop("data", UNSET)
                    _v_errors = d.pop("errors", UNSET)
                    _v_error_code = d.pop("error_code", UNSET)
                    _v_pagination = d.pop("pagination", UNSET)
                    _v_events = d.pop("events", UNSET)
                    endpoint = d.pop("endpoint", UNSET)

                else:
                    data = None
                    _free = False
                    d = _NO_KEYS
            else:
                status = d.pop("status", UNSET)
                message = d.pop("message", UNSET)
                data = d.pop("data", UNSET)
                _v_errors = d.pop("errors", UNSET)
                _v_error_code = d.pop("error_code", UNSET)
                _v_pagination = d.pop("pagination", UNSET)
                _v_events = d.pop("events", UNSET)
                endpoint = d.pop("endpoint", UNSET)

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

            _field = "message"
            if message.__class__ is str:  # the usual case first, in one check
                pass
            elif message is UNSET:
                message = None
            elif message is None:
                _nulls |= 2  # message
            else:
                if not isinstance(message, str):
                    raise wrong_type(message, "a string")

            _field = "errors"
            errors: list[str] | None
            if _v_errors.__class__ is list:  # the usual case first, in one check
                errors = _v_errors  # its items as they are, as the else branch keeps them
            elif _v_errors is UNSET:
                errors = None
            elif _v_errors is None:
                errors = None
                _nulls |= 8  # errors
            else:  # not a list (decoded JSON has no subclass of list): what the construct would say
                raise wrong_type(_v_errors, "an array")

            _field = "error_code"
            error_code: str | None
            if _v_error_code.__class__ is str:  # the usual case first, in one check
                error_code = _v_error_code
            elif _v_error_code is UNSET:
                error_code = None
            elif _v_error_code is None:
                error_code = None
                _nulls |= 16  # error_code
            else:
                error_code = _v_error_code
                if not (error_code is None or isinstance(error_code, (str))):
                    raise wrong_type(error_code, "None | str")

            _field = "pagination"
            pagination: Pagination | None
            if _v_pagination.__class__ is dict:  # the usual case first, in one check
                try:
                    if len(_v_pagination) == 4:
                        try:
                            _i_page = _v_pagination["page"]
                            _i_limit = _v_pagination["limit"]
                            _i_has_more = _v_pagination["has_more"]
                            _i_total_count = _v_pagination["total_count"]
                        except KeyError:  # another key in place of a field's: _from_json says which
                            _i_page = UNSET
                        if (
                            _i_page.__class__ is int
                            and _i_limit.__class__ is int
                            and _i_has_more.__class__ is bool
                            and _i_total_count.__class__ is int
                        ):
                            pagination_type_0 = _new(Pagination)
                            pagination_type_0.page = _i_page
                            pagination_type_0.limit = _i_limit
                            pagination_type_0.has_more = _i_has_more
                            pagination_type_0.total_count = _i_total_count
                            pagination_type_0._nulls = 0
                        else:
                            pagination_type_0 = _from_json_Pagination(_v_pagination)

                    else:
                        pagination_type_0 = _from_json_Pagination(_v_pagination)
                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    raise wrong_type(_v_pagination, "None | Pagination") from None
                pagination = pagination_type_0
            elif _v_pagination is UNSET:
                pagination = None
            elif _v_pagination is None:
                pagination = None
                _nulls |= 32  # pagination
            else:
                _pagination_raw = _v_pagination
                if _pagination_raw is None:
                    pagination = _pagination_raw
                elif isinstance(_pagination_raw, dict):
                    try:
                        pagination_type_0 = _from_json_Pagination(_pagination_raw)

                    except ParseError:
                        raise
                    except (TypeError, ValueError, AttributeError, KeyError):
                        raise wrong_type(_pagination_raw, "None | Pagination") from None
                    pagination = pagination_type_0
                else:
                    raise wrong_type(_pagination_raw, "None | Pagination")

            _field = "events"
            events: list[str] | None
            if _v_events.__class__ is list:  # the usual case first, in one check
                events = _v_events  # its items as they are, as the else branch keeps them
            elif _v_events is UNSET:
                events = None
            elif _v_events is None:
                events = None
                _nulls |= 64  # events
            else:  # not a list (decoded JSON has no subclass of list): what the construct would say
                raise wrong_type(_v_events, "an array")

            _field = "endpoint"
            if endpoint.__class__ is str:  # the usual case first, in one check
                pass
            elif endpoint is UNSET:
                endpoint = None
            elif endpoint is None:
                _nulls |= 128  # endpoint
            else:
                if not isinstance(endpoint, str):
                    raise wrong_type(endpoint, "a string")

            if _free:  # else the usual object without them: each is None already, none a null
                if data is UNSET:
                    data = None
                elif data is None:
                    _nulls |= 4  # data

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj: T
        if cls is ErrorEnvelope:
            # The slots set directly: exactly what attrs' __init__ does here (no validators or
            # converters), without the cost of calling the class (about 0.3 µs a model, bench/cpu.py).
            _obj = _new(cls)
            _obj.status = status
            _obj.message = message
            _obj.data = data
            _obj.errors = errors
            _obj.error_code = error_code
            _obj.pagination = pagination
            _obj.events = events
            _obj.endpoint = endpoint
            _obj._nulls = _nulls
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                status,
                message,
                data,
                errors,
                error_code,
                pagination,
                events,
                endpoint,
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


from ..models.pagination import Pagination  # noqa: E402

_from_json_Pagination = Pagination._from_json
