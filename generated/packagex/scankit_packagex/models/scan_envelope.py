from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ParseError, Unset, copy_json, wrong_type

T = TypeVar("T", bound="ScanEnvelope")
_new = object.__new__


@_attrs_define
class ScanEnvelope:
    """The response to retrieving or creating one scan: the standard PackageX envelope with `data` the scan."""

    status: int
    """ The HTTP status code repeated in the body. """
    message: str
    """ A human-readable message, safe to show to end users. """
    data: Scan
    """ One scanned image and the data extracted from it (`object` is `"scan"`). Only `id`, `object` and
    `created_at` are required. Extraction of weight and dimensions is experimental. """
    errors: list[str] | Unset = UNSET
    """ Error strings; empty on success. """
    error_code: None | str | Unset = UNSET
    """ The developer error code; null on success. Inferred: the newer docs call this field `code`, the older docs,
    first-party OpenAPI and SDK sample call it `error_code`; which name is current is not confirmed. """
    pagination: None | Pagination | Unset = UNSET
    """ Only filled on list responses; null here. """
    events: list[str] | Unset = UNSET
    """ Events this request triggered (listed in the first-party OpenAPI and Fern SDK, not in the docs table). """
    endpoint: str | Unset = UNSET
    """ The endpoint that was hit. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        message = self.message

        data = self.data.to_dict()

        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        error_code: None | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        pagination: dict[str, Any] | None | Unset
        if isinstance(self.pagination, Unset):
            pagination = UNSET
        elif isinstance(self.pagination, Pagination):
            pagination = self.pagination.to_dict()
        else:
            pagination = self.pagination

        events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = self.events

        endpoint = self.endpoint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "message": message,
                "data": data,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if pagination is not UNSET:
            field_dict["pagination"] = pagination
        if events is not UNSET:
            field_dict["events"] = events
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `ScanEnvelope`; `src_dict` is left unchanged."""
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
            _src = d.pop("status")
            if not isinstance(_src, (int)) or _src is True or _src is False:
                raise wrong_type(_src, "an integer")

            status = _src

            _field = "message"
            _src = d.pop("message")
            if not isinstance(_src, (str)):
                raise wrong_type(_src, "a string")

            message = _src

            _field = "data"
            _src = d.pop("data")
            data = _from_json_Scan(_src)

            _field = "errors"
            _src = d.pop("errors", UNSET)
            if _src is None:
                _src = UNSET
            _errors = _src
            if not (isinstance(_errors, list) or isinstance(_errors, Unset)):
                raise wrong_type(_errors, "an array")
            errors = cast(list[str] | Unset, _errors)

            _field = "error_code"
            _src = d.pop("error_code", UNSET)
            error_code = _src
            if not (error_code is None or isinstance(error_code, (str, Unset))):
                raise wrong_type(error_code, "None | str")

            _field = "pagination"
            _src = d.pop("pagination", UNSET)
            pagination = _src
            if pagination is None or pagination is UNSET:
                pass
            elif isinstance(pagination, dict):
                try:
                    pagination_type_0 = _from_json_Pagination(pagination)

                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    raise wrong_type(pagination, "None | Pagination") from None
                pagination = pagination_type_0
            else:
                raise wrong_type(pagination, "None | Pagination")

            _field = "events"
            _src = d.pop("events", UNSET)
            if _src is None:
                _src = UNSET
            _events = _src
            if not (isinstance(_events, list) or isinstance(_events, Unset)):
                raise wrong_type(_events, "an array")
            events = cast(list[str] | Unset, _events)

            _field = "endpoint"
            _src = d.pop("endpoint", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (str, Unset)):
                raise wrong_type(_src, "a string")

            endpoint = _src

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj: T
        if cls is ScanEnvelope:
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
