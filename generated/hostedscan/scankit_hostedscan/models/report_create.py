from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import orjson
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_format import ReportFormat
from ..types import (
    _NO_KEYS,
    NOT_GIVEN,
    UNSET,
    ParseError,
    _model_getattr,
    copy_json,
    wrong_type,
)

T = TypeVar("T", bound="ReportCreate")
_new = object.__new__


@_attrs_define
class ReportCreate:
    """Body of Create Report: the format, and optionally which targets and which risks the
    report covers (all of them when omitted).

    """

    report_format: ReportFormat
    """ The file format of a report. """
    targets_filter: ReportTargetsFilter | None = _attrs_field(default=NOT_GIVEN)
    """ Which targets the report covers: either `target_ids` or `tag` (the docs give
    `{ "target_ids": ["target-123"] }` or `{ "tag": ["example-tag"] }`; note `tag`, not
    `tags` as elsewhere).
     """
    risks_filter: ReportRisksFilter | None = _attrs_field(default=NOT_GIVEN)
    """ Which risks the report covers: key value pairs where each value is an array to match.
    Allowed keys: `status`, `risk_definition.scan_type`, `risk_definition.threat_level`,
    `risk_definition.title` (literal dotted names).
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
                "targets_filter",
                "risks_filter",
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
        field_dict["report_format"] = str.__str__(self.report_format)
        if self.targets_filter is not None:
            targets_filter = self.targets_filter.to_dict()
            field_dict["targets_filter"] = targets_filter
        elif self._nulls & 1:
            field_dict["targets_filter"] = None
        if self.risks_filter is not None:
            risks_filter = self.risks_filter.to_dict()
            field_dict["risks_filter"] = risks_filter
        elif self._nulls & 2:
            field_dict["risks_filter"] = None

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
                "report_format",
                *(("targets_filter",) if self.targets_filter is not None or self._nulls & 1 else ()),
                *(("risks_filter",) if self.risks_filter is not None or self._nulls & 2 else ()),
            )
        )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `ReportCreate`; `src_dict` is left unchanged."""
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
            if len(d) == 3:
                try:
                    _v_report_format = d["report_format"]
                    _v_targets_filter = d["targets_filter"]
                    _v_risks_filter = d["risks_filter"]
                except KeyError:  # an unknown field in place of a known one
                    _field = "report_format"
                    _v_report_format = d.pop("report_format")
                    _v_targets_filter = d.pop("targets_filter", UNSET)
                    _v_risks_filter = d.pop("risks_filter", UNSET)

                else:
                    d = _NO_KEYS  # no keys left over: the object is not kept
            else:
                _field = "report_format"
                _v_report_format = d.pop("report_format")
                _v_targets_filter = d.pop("targets_filter", UNSET)
                _v_risks_filter = d.pop("risks_filter", UNSET)

            _field = "report_format"
            try:  # a subscript is cheaper than .get(); a value the spec does not list is kept by the enum
                report_format = _by_value_ReportFormat[_v_report_format]
            except KeyError:
                report_format = ReportFormat(_v_report_format)

            _field = "targets_filter"
            targets_filter: ReportTargetsFilter | None
            if _v_targets_filter.__class__ is dict:  # the usual case first, in one check
                targets_filter = _from_json_ReportTargetsFilter(_v_targets_filter)
            elif _v_targets_filter is UNSET:
                targets_filter = None
            elif _v_targets_filter is None:
                targets_filter = None
                _nulls |= 1  # targets_filter
            else:
                targets_filter = _from_json_ReportTargetsFilter(_v_targets_filter)

            _field = "risks_filter"
            risks_filter: ReportRisksFilter | None
            if _v_risks_filter.__class__ is dict:  # the usual case first, in one check
                risks_filter = _from_json_ReportRisksFilter(_v_risks_filter)
            elif _v_risks_filter is UNSET:
                risks_filter = None
            elif _v_risks_filter is None:
                risks_filter = None
                _nulls |= 2  # risks_filter
            else:
                risks_filter = _from_json_ReportRisksFilter(_v_risks_filter)

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj: T
        if cls is ReportCreate:
            # The slots set directly: exactly what attrs' __init__ does here (no validators or
            # converters), without the cost of calling the class (about 0.3 µs a model, bench/cpu.py).
            _obj = _new(cls)
            _obj.report_format = report_format
            _obj.targets_filter = targets_filter
            _obj.risks_filter = risks_filter
            _obj._nulls = _nulls
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                report_format,
                targets_filter,
                risks_filter,
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


from ..models.report_risks_filter import ReportRisksFilter  # noqa: E402
from ..models.report_targets_filter import ReportTargetsFilter  # noqa: E402

_by_value_ReportFormat = ReportFormat._by_value
_from_json_ReportRisksFilter = ReportRisksFilter._from_json
_from_json_ReportTargetsFilter = ReportTargetsFilter._from_json
