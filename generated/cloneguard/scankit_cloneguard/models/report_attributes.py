from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

import orjson
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NOT_GIVEN,
    UNSET,
    ParseError,
    copy_json,
    wrong_type,
)

T = TypeVar("T", bound="ReportAttributes")
_new = object.__new__


@_attrs_define
class ReportAttributes:
    """What is known of a report. Inferred: v1's field names; every field is optional and unknown fields are kept."""

    name: str | None = _attrs_field(default=NOT_GIVEN)
    """ Inferred: the report's name; in v1 the date and time of the run (the plugin parses it as a date). """
    task: ReportAttributesTask | None = _attrs_field(default=NOT_GIVEN)
    """ Inferred: the scan (GVM task) the report is of; v1 reads its `name`. Kept as an open object. """
    compliance: bool | None = _attrs_field(default=NOT_GIVEN)
    """ Inferred: whether the run passed (PCI compliance); v1 shows Pass or Fail from it. """
    results_count: ReportResultCounts | None = _attrs_field(default=NOT_GIVEN)
    """ Inferred: result counts of the run. v1 reads `high_and_medium` (the vulnerabilities that
    fail PCI), from `results_count` on a single report and from `results` in the list;
    other counts are kept as they come.
     """
    results: ReportResultCounts | None = _attrs_field(default=NOT_GIVEN)
    """ Inferred: result counts of the run. v1 reads `high_and_medium` (the vulnerabilities that
    fail PCI), from `results_count` on a single report and from `results` in the list;
    other counts are kept as they come.
     """
    files: ReportAttributesFiles | None = _attrs_field(default=NOT_GIVEN)
    """ Inferred: the report's generated files by type (`attestation`, `detailed`,
    `executive`, `remediation`), each with its generation `status` (`done` when it can
    be downloaded). v1 keys them so and checks `files[<type>].status == "done"`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields sent as an explicit null (read as None, like absent ones), so that
    # to_dict() re-emits exactly what was sent and fields_set can tell null from absent.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        # Only a model built by calling the class gets here (parsing sets the slots directly): an
        # optional field not given reads None and is left out of to_dict(); one given as None is null.
        nulls: tuple[str, ...] = ()
        if self.name is NOT_GIVEN:
            self.name = None
        elif self.name is None:
            nulls += ("name",)
        if self.task is NOT_GIVEN:
            self.task = None
        elif self.task is None:
            nulls += ("task",)
        if self.compliance is NOT_GIVEN:
            self.compliance = None
        elif self.compliance is None:
            nulls += ("compliance",)
        if self.results_count is NOT_GIVEN:
            self.results_count = None
        elif self.results_count is None:
            nulls += ("results_count",)
        if self.results is NOT_GIVEN:
            self.results = None
        elif self.results is None:
            nulls += ("results",)
        if self.files is NOT_GIVEN:
            self.files = None
        elif self.files is None:
            nulls += ("files",)
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: exactly the fields the server sent (an absent field stays absent, a null
        stays null); on a model you build, the fields that are not None."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not None:
            field_dict["name"] = self.name
        elif "name" in self._nulls:
            field_dict["name"] = None
        if self.task is not None:
            task = self.task.to_dict()
            field_dict["task"] = task
        elif "task" in self._nulls:
            field_dict["task"] = None
        if self.compliance is not None:
            compliance: bool | None
            compliance = self.compliance
            field_dict["compliance"] = compliance
        elif "compliance" in self._nulls:
            field_dict["compliance"] = None
        if self.results_count is not None:
            results_count = self.results_count.to_dict()
            field_dict["results_count"] = results_count
        elif "results_count" in self._nulls:
            field_dict["results_count"] = None
        if self.results is not None:
            results = self.results.to_dict()
            field_dict["results"] = results
        elif "results" in self._nulls:
            field_dict["results"] = None
        if self.files is not None:
            files = self.files.to_dict()
            field_dict["files"] = files
        elif "files" in self._nulls:
            field_dict["files"] = None

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
                *(("name",) if self.name is not None else ()),
                *(("task",) if self.task is not None else ()),
                *(("compliance",) if self.compliance is not None else ()),
                *(("results_count",) if self.results_count is not None else ()),
                *(("results",) if self.results is not None else ()),
                *(("files",) if self.files is not None else ()),
                *self._nulls,
            )
        )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `ReportAttributes`; `src_dict` is left unchanged."""
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
            _field = "name"
            _src = d.pop("name", UNSET)
            name: str | None
            if _src.__class__ is str:  # the usual case first, in one check
                name = _src
            elif _src is UNSET:
                name = None
            elif _src is None:
                name = None
                _nulls += ("name",)
            else:
                if not isinstance(_src, (str)):
                    raise wrong_type(_src, "a string")

                name = _src

            _field = "task"
            _src = d.pop("task", UNSET)
            task: ReportAttributesTask | None
            if _src.__class__ is dict:  # the usual case first, in one check
                task = _from_json_ReportAttributesTask(_src)

            elif _src is UNSET:
                task = None
            elif _src is None:
                task = None
                _nulls += ("task",)
            else:
                task = _from_json_ReportAttributesTask(_src)

            _field = "compliance"
            _src = d.pop("compliance", UNSET)
            compliance: bool | None
            if _src is UNSET:
                compliance = None
            elif _src is None:
                compliance = None
                _nulls += ("compliance",)
            else:
                compliance = _src
                if not (compliance is None or isinstance(compliance, (bool))):
                    raise wrong_type(compliance, "bool | None")

            _field = "results_count"
            _src = d.pop("results_count", UNSET)
            results_count: ReportResultCounts | None
            if _src.__class__ is dict:  # the usual case first, in one check
                results_count = _from_json_ReportResultCounts(_src)

            elif _src is UNSET:
                results_count = None
            elif _src is None:
                results_count = None
                _nulls += ("results_count",)
            else:
                results_count = _from_json_ReportResultCounts(_src)

            _field = "results"
            _src = d.pop("results", UNSET)
            results: ReportResultCounts | None
            if _src.__class__ is dict:  # the usual case first, in one check
                results = _from_json_ReportResultCounts(_src)

            elif _src is UNSET:
                results = None
            elif _src is None:
                results = None
                _nulls += ("results",)
            else:
                results = _from_json_ReportResultCounts(_src)

            _field = "files"
            _src = d.pop("files", UNSET)
            files: ReportAttributesFiles | None
            if _src.__class__ is dict:  # the usual case first, in one check
                files = _from_json_ReportAttributesFiles(_src)

            elif _src is UNSET:
                files = None
            elif _src is None:
                files = None
                _nulls += ("files",)
            else:
                files = _from_json_ReportAttributesFiles(_src)

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj: T
        if cls is ReportAttributes:
            # The slots set directly: exactly what attrs' __init__ does here (no validators or
            # converters), without the cost of calling the class (about 0.3 µs a model, bench/cpu.py).
            _obj = _new(cls)
            _obj.name = name
            _obj.task = task
            _obj.compliance = compliance
            _obj.results_count = results_count
            _obj.results = results
            _obj.files = files
            _obj._nulls = _nulls
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                name,
                task,
                compliance,
                results_count,
                results,
                files,
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


from ..models.report_attributes_files import ReportAttributesFiles  # noqa: E402
from ..models.report_attributes_task import ReportAttributesTask  # noqa: E402
from ..models.report_result_counts import ReportResultCounts  # noqa: E402

_from_json_ReportAttributesFiles = ReportAttributesFiles._from_json
_from_json_ReportAttributesTask = ReportAttributesTask._from_json
_from_json_ReportResultCounts = ReportResultCounts._from_json
