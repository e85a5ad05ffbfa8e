from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import orjson
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ParseError,
    _model_getattr,
    copy_json,
    wrong_type,
)

T = TypeVar("T", bound="ReportAttributesFiles")
_new = object.__new__


@_attrs_define
class ReportAttributesFiles:
    """Inferred: the report's generated files by type (`attestation`, `detailed`,
    `executive`, `remediation`), each with its generation `status` (`done` when it can
    be downloaded). v1 keys them so and checks `files[<type>].status == "done"`.

    """

    additional_properties: dict[str, ReportFileState] = _attrs_field(init=False, factory=dict)

    if not TYPE_CHECKING:  # hidden from type checkers, which would then accept any attribute name
        # Parsing leaves additional_properties empty when there were no unknown keys: the first
        # read makes the empty dict (types._model_getattr).
        __getattr__ = _model_getattr
    # The optional fields sent as an explicit null (read as None, like absent ones), so that
    # to_dict() re-emits exactly what was sent and fields_set can tell null from absent: one bit
    # per optional field, in declaration order (an int, not a tuple: parsing a null allocates nothing).
    _nulls: int = _attrs_field(init=False, default=0, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: exactly the fields the server sent (an absent field stays absent, a null
        stays null); on a model you build, the fields that are not None."""
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    def to_json(self) -> str:
        """`to_dict()` as a JSON string."""
        return orjson.dumps(self.to_dict()).decode()

    @property
    def fields_set(self) -> frozenset[str]:
        """The attribute names of the fields present: required ones, optional ones that are not None,
        and optional ones the server sent as null. `"x" not in m.fields_set` means x was absent."""
        return frozenset(())

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `ReportAttributesFiles`; `src_dict` is left unchanged."""
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
        _obj: T
        if cls is ReportAttributesFiles:
            # The slots set directly: exactly what attrs' __init__ does here (no validators or
            # converters), without the cost of calling the class (about 0.3 µs a model, bench/cpu.py).
            _obj = _new(cls)
            _obj._nulls = _nulls
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls()
            _obj._nulls = _nulls

        if d:  # else additional_properties is made empty on first read (types._model_getattr)
            additional_properties = {}
            for prop_name, prop_dict in d.items():
                additional_property = _from_json_ReportFileState(prop_dict)

                additional_properties[prop_name] = additional_property

            _obj.additional_properties = additional_properties
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ReportFileState:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ReportFileState) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.report_file_state import ReportFileState  # noqa: E402

_from_json_ReportFileState = ReportFileState._from_json
