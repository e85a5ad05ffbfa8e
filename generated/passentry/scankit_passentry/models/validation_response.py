from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import orjson
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validation_status import ValidationStatus
from ..types import (
    _NO_KEYS,
    NOT_GIVEN,
    UNSET,
    ParseError,
    _model_getattr,
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
                "status_detail",
                "reader_instructions",
                "loyalty",
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
            field_dict["status"] = str.__str__(self.status)
        elif self._nulls & 1:
            field_dict["status"] = None
        if self.status_detail is not None:
            status_detail: None | str
            status_detail = self.status_detail
            field_dict["statusDetail"] = status_detail
        elif self._nulls & 2:
            field_dict["statusDetail"] = None
        if self.reader_instructions is not None:
            reader_instructions = self.reader_instructions.to_dict()
            field_dict["readerInstructions"] = reader_instructions
        elif self._nulls & 4:
            field_dict["readerInstructions"] = None
        if self.loyalty is not None:
            loyalty = self.loyalty.to_dict()
            field_dict["loyalty"] = loyalty
        elif self._nulls & 8:
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
                *(("status",) if self.status is not None or self._nulls & 1 else ()),
                *(("status_detail",) if self.status_detail is not None or self._nulls & 2 else ()),
                *(("reader_instructions",) if self.reader_instructions is not None or self._nulls & 4 else ()),
                *(("loyalty",) if self.loyalty is not None or self._nulls & 8 else ()),
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
            if len(d) == 4:
                try:
                    _v_status = d["status"]
                    _v_status_detail = d["statusDetail"]
                    _v_reader_instructions = d["readerInstructions"]
                    _v_loyalty = d["loyalty"]
                except KeyError:  # an unknown field in place of a known one
                    _v_status = d.pop("status", UNSET)
                    _v_status_detail = d.pop("statusDetail", UNSET)
                    _v_reader_instructions = d.pop("readerInstructions", UNSET)
                    _v_loyalty = d.pop("loyalty", UNSET)

                else:
                    d = _NO_KEYS  # no keys left over: the object is not kept
            else:
                _v_status = d.pop("status", UNSET)
                _v_status_detail = d.pop("statusDetail", UNSET)
                _v_reader_instructions = d.pop("readerInstructions", UNSET)
                _v_loyalty = d.pop("loyalty", UNSET)

            _field = "status"
            status: ValidationStatus | None
            if _v_status.__class__ is str:  # the usual case first, in one check
                try:  # a subscript is cheaper than .get(); a value the spec does not list is kept by the enum
                    status = _by_value_ValidationStatus[_v_status]
                except KeyError:
                    status = ValidationStatus(_v_status)
            elif _v_status is UNSET:
                status = None
            elif _v_status is None:
                status = None
                _nulls |= 1  # status
            else:
                status = _by_value_ValidationStatus.get(_v_status) or ValidationStatus(_v_status)

            _field = "statusDetail"
            status_detail: str | None
            if _v_status_detail.__class__ is str:  # the usual case first, in one check
                status_detail = _v_status_detail
            elif _v_status_detail is UNSET:
                status_detail = None
            elif _v_status_detail is None:
                status_detail = None
                _nulls |= 2  # status_detail
            else:
                status_detail = _v_status_detail
                if not (status_detail is None or isinstance(status_detail, (str))):
                    raise wrong_type(status_detail, "None | str")

            _field = "readerInstructions"
            reader_instructions: ReaderInstructions | None
            if _v_reader_instructions.__class__ is dict:  # the usual case first, in one check
                if len(_v_reader_instructions) == 1:
                    try:
                        _i_message = _v_reader_instructions["message"]
                    except KeyError:  # another key in place of a field's: _from_json says which
                        _i_message = UNSET
                    if _i_message.__class__ is str:
                        reader_instructions = _new(ReaderInstructions)
                        reader_instructions.message = _i_message
                        reader_instructions._nulls = 0
                    else:
                        reader_instructions = _from_json_ReaderInstructions(_v_reader_instructions)

                else:
                    reader_instructions = _from_json_ReaderInstructions(_v_reader_instructions)
            elif _v_reader_instructions is UNSET:
                reader_instructions = None
            elif _v_reader_instructions is None:
                reader_instructions = None
                _nulls |= 4  # reader_instructions
            else:
                reader_instructions = _from_json_ReaderInstructions(_v_reader_instructions)

            _field = "loyalty"
            loyalty: LoyaltyResult | None
            if _v_loyalty.__class__ is dict:  # the usual case first, in one check
                if len(_v_loyalty) == 3:
                    try:
                        _i_balance_change = _v_loyalty["balanceChange"]
                        _i_updated_balance = _v_loyalty["updatedBalance"]
                        _i_operation = _v_loyalty["operation"]
                    except KeyError:  # another key in place of a field's: _from_json says which
                        _i_balance_change = UNSET
                    if (
                        _i_balance_change.__class__ is str
                        and _i_updated_balance.__class__ is str
                        and _i_operation.__class__ is str
                    ):
                        loyalty = _new(LoyaltyResult)
                        loyalty.balance_change = _i_balance_change
                        loyalty.updated_balance = _i_updated_balance
                        loyalty.operation = _i_operation
                        loyalty._nulls = 0
                    else:
                        loyalty = _from_json_LoyaltyResult(_v_loyalty)

                else:
                    loyalty = _from_json_LoyaltyResult(_v_loyalty)
            elif _v_loyalty is UNSET:
                loyalty = None
            elif _v_loyalty is None:
                loyalty = None
                _nulls |= 8  # loyalty
            else:
                loyalty = _from_json_LoyaltyResult(_v_loyalty)

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


from ..models.loyalty_result import LoyaltyResult  # noqa: E402
from ..models.reader_instructions import ReaderInstructions  # noqa: E402

_by_value_ValidationStatus = ValidationStatus._by_value
_from_json_LoyaltyResult = LoyaltyResult._from_json
_from_json_ReaderInstructions = ReaderInstructions._from_json
