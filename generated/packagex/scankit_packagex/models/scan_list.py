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

T = TypeVar("T", bound="ScanList")
_new = object.__new__


@_attrs_define
class ScanList:
    """The response to listing scans: the standard PackageX envelope with `data` an array of scans (always an array, even
    when empty) and a `pagination` object.

    """

    status: int
    """ The HTTP status code repeated in the body. """
    message: str
    """ A human-readable message, safe to show to end users. """
    data: list[Scan]
    """ The scans on this page, newest first. Always an array, even when empty. """
    pagination: Pagination
    """ Where a list response is in the result set. If `has_more` is true there are more items: request `page + 1`.
    """
    errors: list[str] | None = _attrs_field(default=NOT_GIVEN)
    """ Error strings; empty on success. """
    error_code: str | None = _attrs_field(default=NOT_GIVEN)
    """ The developer error code; null on success. Inferred: the newer docs call this field `code`, the older docs,
    first-party OpenAPI and SDK sample call it `error_code`; which name is current is not confirmed. """
    events: list[str] | None = _attrs_field(default=NOT_GIVEN)
    """ Events this request triggered (listed in the first-party OpenAPI and Fern SDK, not in the docs table). """
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
                "errors",
                "error_code",
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
        status = self.status
        field_dict["status"] = status
        message = self.message
        field_dict["message"] = message
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict["data"] = data
        pagination = self.pagination.to_dict()
        field_dict["pagination"] = pagination
        if self.errors is not None:
            errors = self.errors

            field_dict["errors"] = errors
        elif self._nulls & 1:
            field_dict["errors"] = None
        if self.error_code is not None:
            error_code: None | str
            error_code = self.error_code
            field_dict["error_code"] = error_code
        elif self._nulls & 2:
            field_dict["error_code"] = None
        if self.events is not None:
            events = self.events

            field_dict["events"] = events
        elif self._nulls & 4:
            field_dict["events"] = None
        if self.endpoint is not None:
            field_dict["endpoint"] = self.endpoint
        elif self._nulls & 8:
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
                "status",
                "message",
                "data",
                "pagination",
                *(("errors",) if self.errors is not None or self._nulls & 1 else ()),
                *(("error_code",) if self.error_code is not None or self._nulls & 2 else ()),
                *(("events",) if self.events is not None or self._nulls & 4 else ()),
                *(("endpoint",) if self.endpoint is not None or self._nulls & 8 else ()),
            )
        )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `ScanList`; `src_dict` is left unchanged."""
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
            if len(d) == 8:
                try:
                    status = d["status"]
                    message = d["message"]
                    _v_data = d["data"]
                    _v_pagination = d["pagination"]
                    _v_errors = d["errors"]
                    _v_error_code = d["error_code"]
                    _v_events = d["events"]
                    endpoint = d["endpoint"]
                except KeyError:  # an unknown field in place of a known one
                    _field = "status"
                    status = d.pop("status")
                    _field = "message"
                    message = d.pop("message")
                    _field = "data"
                    _v_data = d.pop("data")
                    _field = "pagination"
                    _v_pagination = d.pop("pagination")
                    _v_errors = d.pop("errors", UNSET)
                    _v_error_code = d.pop("error_code", UNSET)
                    _v_events = d.pop("events", UNSET)
                    endpoint = d.pop("endpoint", UNSET)

                else:
                    d = _NO_KEYS  # no keys left over: the object is not kept
            else:
                _field = "status"
                status = d.pop("status")
                _field = "message"
                message = d.pop("message")
                _field = "data"
                _v_data = d.pop("data")
                _field = "pagination"
                _v_pagination = d.pop("pagination")
                _v_errors = d.pop("errors", UNSET)
                _v_error_code = d.pop("error_code", UNSET)
                _v_events = d.pop("events", UNSET)
                endpoint = d.pop("endpoint", UNSET)

            _field = "status"
            if status.__class__ is not int:
                if not isinstance(status, int) or status is True or status is False:
                    raise wrong_type(status, "an integer")

            _field = "message"
            if message.__class__ is not str:
                if not isinstance(message, str):
                    raise wrong_type(message, "a string")

            _field = "data"
            _data = _v_data
            if not isinstance(_data, list):
                raise wrong_type(_data, "an array")
            data: list[Scan] = _data
            _k_data = 0
            for data_item_data in _data:
                try:
                    _data[_k_data] = _from_json_Scan(data_item_data)
                except ParseError as e:
                    e.path.insert(0, f"[{_k_data}]")
                    raise
                except (KeyError, ValueError, TypeError, AttributeError) as e:
                    raise ParseError("", f"[{_k_data}]", e) from e
                _k_data += 1

            _field = "pagination"

            if _v_pagination.__class__ is dict and len(_v_pagination) == 4:
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
                    pagination = _new(Pagination)
                    pagination.page = _i_page
                    pagination.limit = _i_limit
                    pagination.has_more = _i_has_more
                    pagination.total_count = _i_total_count
                    pagination._nulls = 0
                else:
                    pagination = _from_json_Pagination(_v_pagination)

            else:
                pagination = _from_json_Pagination(_v_pagination)

            _field = "errors"
            errors: list[str] | None
            if _v_errors.__class__ is list:  # the usual case first, in one check
                errors = _v_errors  # its items as they are, as the else branch keeps them
            elif _v_errors is UNSET:
                errors = None
            elif _v_errors is None:
                errors = None
                _nulls |= 1  # errors
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
                _nulls |= 2  # error_code
            else:
                error_code = _v_error_code
                if not (error_code is None or isinstance(error_code, (str))):
                    raise wrong_type(error_code, "None | str")

            _field = "events"
            events: list[str] | None
            if _v_events.__class__ is list:  # the usual case first, in one check
                events = _v_events  # its items as they are, as the else branch keeps them
            elif _v_events is UNSET:
                events = None
            elif _v_events is None:
                events = None
                _nulls |= 4  # events
            else:  # not a list (decoded JSON has no subclass of list): what the construct would say
                raise wrong_type(_v_events, "an array")

            _field = "endpoint"
            if endpoint.__class__ is str:  # the usual case first, in one check
                pass
            elif endpoint is UNSET:
                endpoint = None
            elif endpoint is None:
                _nulls |= 8  # endpoint
            else:
                if not isinstance(endpoint, str):
                    raise wrong_type(endpoint, "a string")

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj: T
        if cls is ScanList:
            # The slots set directly: exactly what attrs' __init__ does here (no validators or
            # converters), without the cost of calling the class (about 0.3 µs a model, bench/cpu.py).
            _obj = _new(cls)
            _obj.status = status
            _obj.message = message
            _obj.data = data
            _obj.pagination = pagination
            _obj.errors = errors
            _obj.error_code = error_code
            _obj.events = events
            _obj.endpoint = endpoint
            _obj._nulls = _nulls
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                status,
                message,
                data,
                pagination,
                errors,
                error_code,
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
from ..models.scan import Scan  # noqa: E402

_from_json_Pagination = Pagination._from_json
_from_json_Scan = Scan._from_json
