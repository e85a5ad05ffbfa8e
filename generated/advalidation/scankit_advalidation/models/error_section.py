from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ParseError, Unset, copy_json, wrong_type

T = TypeVar("T", bound="ErrorSection")
_new = object.__new__


@_attrs_define
class ErrorSection:
    """Contains issue information for error responses"""

    response_code: int | Unset = UNSET
    """ HTTP response code for verification against header response """
    issues: list[ErrorIssue] | Unset = UNSET
    """ Detailed information on the issues that triggered the error """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        response_code = self.response_code

        issues: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.issues, Unset):
            issues = []
            for issues_item_data in self.issues:
                issues_item = issues_item_data.to_dict()
                issues.append(issues_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if response_code is not UNSET:
            field_dict["responseCode"] = response_code
        if issues is not UNSET:
            field_dict["issues"] = issues

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `ErrorSection`; `src_dict` is left unchanged."""
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
            _field = "responseCode"
            _src = d.pop("responseCode", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (int, Unset)) or _src is True or _src is False:
                raise wrong_type(_src, "an integer")

            response_code = _src

            _field = "issues"
            _src = d.pop("issues", UNSET)
            if _src is None:
                _src = UNSET
            _issues = _src
            issues: list[ErrorIssue] | Unset = UNSET
            if _issues is not UNSET:
                if not isinstance(_issues, list):
                    raise wrong_type(_issues, "an array")
                issues = []
                for issues_item_data in _issues:
                    try:
                        issues_item = _from_json_ErrorIssue(issues_item_data)

                    except ParseError as e:
                        e.path.insert(0, f"[{len(issues)}]")
                        raise
                    except (KeyError, ValueError, TypeError, AttributeError) as e:
                        raise ParseError("", f"[{len(issues)}]", e) from e
                    issues.append(issues_item)

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj: T
        if cls is ErrorSection:
            # The slots set directly: exactly what attrs' __init__ does here (no validators or
            # converters), without the cost of calling the class (about 0.3 µs a model, bench/cpu.py).
            _obj = _new(cls)
            _obj.response_code = response_code
            _obj.issues = issues
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                response_code,
                issues,
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


from ..models.error_issue import ErrorIssue  # noqa: E402

_from_json_ErrorIssue = ErrorIssue._from_json
