from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

import orjson
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validation_status import ValidationStatus
from ..types import (
    NOT_GIVEN,
    UNSET,
    ParseError,
    copy_json,
    wrong_type,
)

T = TypeVar("T", bound="ValidationResponse")
_new = object.__new__


@_attrs_define
class ValidationResponse:
    """PassEntry's verdict on a scan, and what the reader should do."""

    status: ValidationStatus | None = _attrs_field(default=NOT_GIVEN)
    """ The verdict. Open list: one version of the docs page says `success` or `failed`, the
    example and the other version say `successful`; both are listed.
     """
    status_detail: str | None = _attrs_field(default=NOT_GIVEN)
    """ Detailed status, including error details (empty when the scan succeeded). """
    reader_instructions: ReaderInstructions | None = _attrs_field(default=NOT_GIVEN)
    """ What the reader should do; for now only a message to display (PassEntry Reader only). """
    loyalty: LoyaltyResult | None = _attrs_field(default=NOT_GIVEN)
    """ The balance change applied to a loyalty pass. The docs' example sends the numbers as
    strings (`"10"`, `"25"`).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields sent as an explicit null (read as None, like absent ones), so that
    # to_dict() re-emits exactly what was sent and fields_set can tell null from absent.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        # Only a model built by calling the class gets here (parsing sets the slots directly): an
        # optional field not given reads None and is left out of to_dict(); one given as None is null.
        nulls: tuple[str, ...] = ()
        if self.status is NOT_GIVEN:
            self.status = None
        elif self.status is None:
            nulls += ("status",)
        if self.status_detail is NOT_GIVEN:
            self.status_detail = None
        elif self.status_detail is None:
            nulls += ("status_detail",)
        if self.reader_instructions is NOT_GIVEN:
            self.reader_instructions = None
        elif self.reader_instructions is None:
            nulls += ("reader_instructions",)
        if self.loyalty is NOT_GIVEN:
            self.loyalty = None
        elif self.loyalty is None:
            nulls += ("loyalty",)
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: exactly the fields the server sent (an absent field stays absent, a null
        stays null); on a model you build, the fields that are not None."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.status is not None:
            field_dict["status"] = str.__str__(self.status)
        elif "status" in self._nulls:
            field_dict["status"] = None
        if self.status_detail is not None:
            status_detail: None | str
            status_detail = self.status_detail
            field_dict["statusDetail"] = status_detail
        elif "status_detail" in self._nulls:
            field_dict["statusDetail"] = None
        if self.reader_instructions is not None:
            reader_instructions = self.reader_instructions.to_dict()
            field_dict["readerInstructions"] = reader_instructions
        elif "reader_instructions" in self._nulls:
            field_dict["readerInstructions"] = None
        if self.loyalty is not None:
            loyalty = self.loyalty.to_dict()
            field_dict["loyalty"] = loyalty
        elif "loyalty" in self._nulls:
            field_dict["loyalty"] = None

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
                *(("status",) if self.status is not None else ()),
                *(("status_detail",) if self.status_detail is not None else ()),
                *(("reader_instructions",) if self.reader_instructions is not None else ()),
                *(("loyalty",) if self.loyalty is not None else ()),
                *self._nulls,
            )
        )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `ValidationResponse`; `src_dict` is left unchanged."""
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
        _nulls: tuple[str, ...] = ()
        _field = ""
        try:
            _field = "status"
            _src = d.pop("status", UNSET)
            status: ValidationStatus | None
            if _src.__class__ is str:  # the usual case first, in one check
                status = _by_value_ValidationStatus.get(_src) or ValidationStatus(_src)

            elif _src is UNSET:
                status = None
            elif _src is None:
                status = None
                _nulls += ("status",)
            else:
                status = _by_value_ValidationStatus.get(_src) or ValidationStatus(_src)

            _field = "statusDetail"
            _src = d.pop("statusDetail", UNSET)
            status_detail: str | None
            if _src is UNSET:
                status_detail = None
            elif _src is None:
                status_detail = None
                _nulls += ("status_detail",)
            else:
                status_detail = _src
                if not (status_detail is None or isinstance(status_detail, (str))):
                    raise wrong_type(status_detail, "None | str")

            _field = "readerInstructions"
            _src = d.pop("readerInstructions", UNSET)
            reader_instructions: ReaderInstructions | None
            if _src.__class__ is dict:  # the usual case first, in one check
                reader_instructions = _from_json_ReaderInstructions(_src)

            elif _src is UNSET:
                reader_instructions = None
            elif _src is None:
                reader_instructions = None
                _nulls += ("reader_instructions",)
            else:
                reader_instructions = _from_json_ReaderInstructions(_src)

            _field = "loyalty"
            _src = d.pop("loyalty", UNSET)
            loyalty: LoyaltyResult | None
            if _src.__class__ is dict:  # the usual case first, in one check
                loyalty = _from_json_LoyaltyResult(_src)

            elif _src is UNSET:
                loyalty = None
            elif _src is None:
                loyalty = None
                _nulls += ("loyalty",)
            else:
                loyalty = _from_json_LoyaltyResult(_src)

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj: T
        if cls is ValidationResponse:
            # The slots set directly: exactly what attrs' __init__ does here (no validators or
            # converters), without the cost of calling the class (about 0.3 µs a model, bench/cpu.py).
            _obj = _new(cls)
            _obj.status = status
            _obj.status_detail = status_detail
            _obj.reader_instructions = reader_instructions
            _obj.loyalty = loyalty
            _obj._nulls = _nulls
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                status,
                status_detail,
                reader_instructions,
                loyalty,
            )
            _obj._nulls = _nulls

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


from ..models.loyalty_result import LoyaltyResult  # noqa: E402
from ..models.reader_instructions import ReaderInstructions  # noqa: E402

_by_value_ValidationStatus = ValidationStatus._by_value
_from_json_LoyaltyResult = LoyaltyResult._from_json
_from_json_ReaderInstructions = ReaderInstructions._from_json
