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
                "name",
                "task",
                "compliance",
                "results_count",
                "results",
                "files",
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
        if self.name is not None:
            field_dict["name"] = self.name
        elif self._nulls & 1:
            field_dict["name"] = None
        if self.task is not None:
            task = self.task.to_dict()
            field_dict["task"] = task
        elif self._nulls & 2:
            field_dict["task"] = None
        if self.compliance is not None:
            compliance: bool | None
            compliance = self.compliance
            field_dict["compliance"] = compliance
        elif self._nulls & 4:
            field_dict["compliance"] = None
        if self.results_count is not None:
            results_count = self.results_count.to_dict()
            field_dict["results_count"] = results_count
        elif self._nulls & 8:
            field_dict["results_count"] = None
        if self.results is not None:
            results = self.results.to_dict()
            field_dict["results"] = results
        elif self._nulls & 16:
            field_dict["results"] = None
        if self.files is not None:
            files = self.files.to_dict()
            field_dict["files"] = files
        elif self._nulls & 32:
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
                *(("name",) if self.name is not None or self._nulls & 1 else ()),
                *(("task",) if self.task is not None or self._nulls & 2 else ()),
                *(("compliance",) if self.compliance is not None or self._nulls & 4 else ()),
                *(("results_count",) if self.results_count is not None or self._nulls & 8 else ()),
                *(("results",) if self.results is not None or self._nulls & 16 else ()),
                *(("files",) if self.files is not None or self._nulls & 32 else ()),
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
            if len(d) == 6:
                try:
                    name = d["name"]
                    _v_task = d["task"]
                    _v_compliance = d["compliance"]
                    _v_results_count = d["results_count"]
                    _v_results = d["results"]
                    _v_files = d["files"]
                except KeyError:  # an unknown field in place of a known one
                    name = d.pop("name", UNSET)
                    _v_task = d.pop("task", UNSET)
                    _v_compliance = d.pop("compliance", UNSET)
                    _v_results_count = d.pop("results_count", UNSET)
                    _v_results = d.pop("results", UNSET)
                    _v_files = d.pop("files", UNSET)

                else:
                    d = _NO_KEYS  # no keys left over: the object is not kept
            else:
                name = d.pop("name", UNSET)
                _v_task = d.pop("task", UNSET)
                _v_compliance = d.pop("compliance", UNSET)
                _v_results_count = d.pop("results_count", UNSET)
                _v_results = d.pop("results", UNSET)
                _v_files = d.pop("files", UNSET)

            _field = "name"
            if name.__class__ is str:  # the usual case first, in one check
                pass
            elif name is UNSET:
                name = None
            elif name is None:
                _nulls |= 1  # name
            else:
                if not isinstance(name, str):
                    raise wrong_type(name, "a string")

            _field = "task"
            task: ReportAttributesTask | None
            if _v_task.__class__ is dict:  # the usual case first, in one check
                task = _from_json_ReportAttributesTask(_v_task)
            elif _v_task is UNSET:
                task = None
            elif _v_task is None:
                task = None
                _nulls |= 2  # task
            else:
                task = _from_json_ReportAttributesTask(_v_task)

            _field = "compliance"
            compliance: bool | None
            if _v_compliance.__class__ is bool:  # the usual case first, in one check
                compliance = _v_compliance
            elif _v_compliance is UNSET:
                compliance = None
            elif _v_compliance is None:
                compliance = None
                _nulls |= 4  # compliance
            else:
                compliance = _v_compliance
                if not (compliance is None or isinstance(compliance, (bool))):
                    raise wrong_type(compliance, "bool | None")

            _field = "results_count"
            results_count: ReportResultCounts | None
            if _v_results_count.__class__ is dict:  # the usual case first, in one check
                results_count = _from_json_ReportResultCounts(_v_results_count)
            elif _v_results_count is UNSET:
                results_count = None
            elif _v_results_count is None:
                results_count = None
                _nulls |= 8  # results_count
            else:
                results_count = _from_json_ReportResultCounts(_v_results_count)

            _field = "results"
            results: ReportResultCounts | None
            if _v_results.__class__ is dict:  # the usual case first, in one check
                results = _from_json_ReportResultCounts(_v_results)
            elif _v_results is UNSET:
                results = None
            elif _v_results is None:
                results = None
                _nulls |= 16  # results
            else:
                results = _from_json_ReportResultCounts(_v_results)

            _field = "files"
            files: ReportAttributesFiles | None
            if _v_files.__class__ is dict:  # the usual case first, in one check
                files = _from_json_ReportAttributesFiles(_v_files)
            elif _v_files is UNSET:
                files = None
            elif _v_files is None:
                files = None
                _nulls |= 32  # files
            else:
                files = _from_json_ReportAttributesFiles(_v_files)

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


from ..models.report_attributes_files import ReportAttributesFiles  # noqa: E402
from ..models.report_attributes_task import ReportAttributesTask  # noqa: E402
from ..models.report_result_counts import ReportResultCounts  # noqa: E402

_from_json_ReportAttributesFiles = ReportAttributesFiles._from_json
_from_json_ReportAttributesTask = ReportAttributesTask._from_json
_from_json_ReportResultCounts = ReportResultCounts._from_json
