from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

import orjson
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scan_processing_status import ScanProcessingStatus
from ..types import (
    NOT_GIVEN,
    UNSET,
    ParseError,
    _fromisoformat,
    copy_json,
    parse_datetime,
    wrong_type,
)

T = TypeVar("T", bound="Scan")
_new = object.__new__


@_attrs_define
class Scan:
    """Object representing a scan: one validation run of a creative against its campaign's ad
    specification.

    """

    id: int
    """ Internal scan ID """
    created_at: datetime.datetime
    """ Date of scan creation. The docs label the type `date`; the official SDK's types and
    fixtures carry ISO 8601 date-time strings (`2024-01-01T00:00:00Z`), so it is a date-time.
     """
    processing_status: ScanProcessingStatus
    """ The processing status of a scan. `finished`, `failed` and `cancelled` are final; the
    official SDK stops polling on them.
     """
    updated_at: datetime.datetime | None = _attrs_field(default=NOT_GIVEN)
    """ Date of scan update (can be null). An ISO 8601 date-time (the docs say `date`). """
    finished_at: datetime.datetime | None = _attrs_field(default=NOT_GIVEN)
    """ Date/time the scan finished. Null until the scan has finished (per the SDK). An ISO 8601
    date-time (the docs say `date`).
     """
    sequence_type: str | None = _attrs_field(default=NOT_GIVEN)
    """ The sequence type of scan. Open list: the docs name `initial`, `manual` and `monitoring`
    and add "etc", so other values may appear.
     """
    nb_issues: int | None = _attrs_field(default=NOT_GIVEN)
    """ Issue count (recursive warns + recursive fails). Null until scan is finished and analyzed.
     """
    tests: list[CheckResult] | None = _attrs_field(default=NOT_GIVEN)
    """ All checks within this scan (only for finished scans and with `include_checks=true`).
    Will not be returned in monitoring context, see `monitoring_alerts`. Null or absent
    otherwise.
     """
    is_inconclusive: bool | None = _attrs_field(default=NOT_GIVEN)
    """ Whether the scan's outcome was inconclusive. Null before the scan has finished (as in the
    official SDK's fixtures). Known from the official SDK only.
     """
    inconclusive_reason: str | None = _attrs_field(default=NOT_GIVEN)
    """ Why the scan was inconclusive, when it was. Known from the official SDK only. """
    monitoring_alerts: Any = _attrs_field(default=NOT_GIVEN)
    """ Alerts of a scan in a monitoring context, where `tests` is not returned. Note the
    snake_case name, unlike the other fields.

    Inferred: the docs mention this field but its shape was never shown, so it is left
    untyped (any JSON value, including null).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields sent as an explicit null (read as None, like absent ones), so that
    # to_dict() re-emits exactly what was sent and fields_set can tell null from absent.
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        # Only a model built by calling the class gets here (parsing sets the slots directly): an
        # optional field not given reads None and is left out of to_dict(); one given as None is null.
        # setattr, not `self.<field> = None`: editors on jedi (IPython, Jupyter) would take that
        # statement for the field's definition, typed NoneType and without its docstring.
        nulls: tuple[str, ...] = ()
        for name in (
            "updated_at",
            "finished_at",
            "sequence_type",
            "nb_issues",
            "tests",
            "is_inconclusive",
            "inconclusive_reason",
            "monitoring_alerts",
        ):
            value = getattr(self, name)
            if value is NOT_GIVEN:
                setattr(self, name, None)
            elif value is None:
                nulls += (name,)
        self._nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: exactly the fields the server sent (an absent field stays absent, a null
        stays null); on a model you build, the fields that are not None."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        id = self.id
        field_dict["id"] = id
        created_at = self.created_at.isoformat()
        field_dict["createdAt"] = created_at
        processing_status = self.processing_status.value
        field_dict["processingStatus"] = processing_status
        if self.updated_at is not None:
            updated_at: None | str
            updated_at = self.updated_at.isoformat()

            field_dict["updatedAt"] = updated_at
        elif "updated_at" in self._nulls:
            field_dict["updatedAt"] = None
        if self.finished_at is not None:
            finished_at: None | str
            finished_at = self.finished_at.isoformat()

            field_dict["finishedAt"] = finished_at
        elif "finished_at" in self._nulls:
            field_dict["finishedAt"] = None
        if self.sequence_type is not None:
            field_dict["sequenceType"] = self.sequence_type
        elif "sequence_type" in self._nulls:
            field_dict["sequenceType"] = None
        if self.nb_issues is not None:
            nb_issues: int | None
            nb_issues = self.nb_issues
            field_dict["nbIssues"] = nb_issues
        elif "nb_issues" in self._nulls:
            field_dict["nbIssues"] = None
        if self.tests is not None:
            tests: list[dict[str, Any]] | None
            tests = []
            for tests_type_0_item_data in self.tests:
                tests_type_0_item = tests_type_0_item_data.to_dict()
                tests.append(tests_type_0_item)

            field_dict["tests"] = tests
        elif "tests" in self._nulls:
            field_dict["tests"] = None
        if self.is_inconclusive is not None:
            is_inconclusive: bool | None
            is_inconclusive = self.is_inconclusive
            field_dict["isInconclusive"] = is_inconclusive
        elif "is_inconclusive" in self._nulls:
            field_dict["isInconclusive"] = None
        if self.inconclusive_reason is not None:
            inconclusive_reason: None | str
            inconclusive_reason = self.inconclusive_reason
            field_dict["inconclusiveReason"] = inconclusive_reason
        elif "inconclusive_reason" in self._nulls:
            field_dict["inconclusiveReason"] = None
        if self.monitoring_alerts is not None:
            field_dict["monitoring_alerts"] = self.monitoring_alerts
        elif "monitoring_alerts" in self._nulls:
            field_dict["monitoring_alerts"] = None

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
                "id",
                "created_at",
                "processing_status",
                *(("updated_at",) if self.updated_at is not None else ()),
                *(("finished_at",) if self.finished_at is not None else ()),
                *(("sequence_type",) if self.sequence_type is not None else ()),
                *(("nb_issues",) if self.nb_issues is not None else ()),
                *(("tests",) if self.tests is not None else ()),
                *(("is_inconclusive",) if self.is_inconclusive is not None else ()),
                *(("inconclusive_reason",) if self.inconclusive_reason is not None else ()),
                *(("monitoring_alerts",) if self.monitoring_alerts is not None else ()),
                *self._nulls,
            )
        )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `Scan`; `src_dict` is left unchanged."""
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
            _field = "id"
            _src = d.pop("id")
            if not isinstance(_src, (int)) or _src is True or _src is False:
                raise wrong_type(_src, "an integer")

            id = _src

            _field = "createdAt"
            _src = d.pop("createdAt")
            try:
                created_at = _fromisoformat(_src)
            except ValueError:
                created_at = parse_datetime(_src)
            if created_at.tzinfo is None:
                created_at = parse_datetime(_src)

            _field = "processingStatus"
            _src = d.pop("processingStatus")
            processing_status = _by_value_ScanProcessingStatus.get(_src) or ScanProcessingStatus(_src)

            _field = "updatedAt"
            _src = d.pop("updatedAt", UNSET)
            updated_at: datetime.datetime | None
            if _src is UNSET:
                updated_at = None
            elif _src is None:
                updated_at = None
                _nulls += ("updated_at",)
            else:
                _updated_at_raw = _src
                if _updated_at_raw is None:
                    updated_at = _updated_at_raw
                elif isinstance(_updated_at_raw, str):
                    try:
                        try:
                            updated_at_type_0 = _fromisoformat(_updated_at_raw)
                        except ValueError:
                            updated_at_type_0 = parse_datetime(_updated_at_raw)
                        if updated_at_type_0.tzinfo is None:
                            updated_at_type_0 = parse_datetime(_updated_at_raw)

                    except ParseError:
                        raise
                    except (TypeError, ValueError, AttributeError, KeyError):
                        raise wrong_type(_updated_at_raw, "datetime.datetime | None") from None
                    updated_at = updated_at_type_0
                else:
                    raise wrong_type(_updated_at_raw, "datetime.datetime | None")

            _field = "finishedAt"
            _src = d.pop("finishedAt", UNSET)
            finished_at: datetime.datetime | None
            if _src is UNSET:
                finished_at = None
            elif _src is None:
                finished_at = None
                _nulls += ("finished_at",)
            else:
                _finished_at_raw = _src
                if _finished_at_raw is None:
                    finished_at = _finished_at_raw
                elif isinstance(_finished_at_raw, str):
                    try:
                        try:
                            finished_at_type_0 = _fromisoformat(_finished_at_raw)
                        except ValueError:
                            finished_at_type_0 = parse_datetime(_finished_at_raw)
                        if finished_at_type_0.tzinfo is None:
                            finished_at_type_0 = parse_datetime(_finished_at_raw)

                    except ParseError:
                        raise
                    except (TypeError, ValueError, AttributeError, KeyError):
                        raise wrong_type(_finished_at_raw, "datetime.datetime | None") from None
                    finished_at = finished_at_type_0
                else:
                    raise wrong_type(_finished_at_raw, "datetime.datetime | None")

            _field = "sequenceType"
            _src = d.pop("sequenceType", UNSET)
            sequence_type: str | None
            if _src.__class__ is str:  # the usual case first, in one check
                sequence_type = _src
            elif _src is UNSET:
                sequence_type = None
            elif _src is None:
                sequence_type = None
                _nulls += ("sequence_type",)
            else:
                if not isinstance(_src, (str)):
                    raise wrong_type(_src, "a string")

                sequence_type = _src

            _field = "nbIssues"
            _src = d.pop("nbIssues", UNSET)
            nb_issues: int | None
            if _src is UNSET:
                nb_issues = None
            elif _src is None:
                nb_issues = None
                _nulls += ("nb_issues",)
            else:
                nb_issues = _src
                if not (
                    nb_issues is None
                    or (isinstance(nb_issues, (int)) and nb_issues is not True and nb_issues is not False)
                ):
                    raise wrong_type(nb_issues, "int | None")

            _field = "tests"
            _src = d.pop("tests", UNSET)
            tests: list[CheckResult] | None
            if _src is UNSET:
                tests = None
            elif _src is None:
                tests = None
                _nulls += ("tests",)
            else:
                _tests_raw = _src
                if _tests_raw is None:
                    tests = _tests_raw
                elif isinstance(_tests_raw, list):
                    try:
                        tests_type_0: list[CheckResult] = []
                        _tests_type_0 = _tests_raw
                        if not isinstance(_tests_type_0, list):
                            raise wrong_type(_tests_type_0, "an array")
                        for tests_type_0_item_data in _tests_type_0:
                            try:
                                tests_type_0_item = _from_json_CheckResult(tests_type_0_item_data)

                            except ParseError as e:
                                e.path.insert(0, f"[{len(tests_type_0)}]")
                                raise
                            except (KeyError, ValueError, TypeError, AttributeError) as e:
                                raise ParseError("", f"[{len(tests_type_0)}]", e) from e
                            tests_type_0.append(tests_type_0_item)

                    except ParseError:
                        raise
                    except (TypeError, ValueError, AttributeError, KeyError):
                        raise wrong_type(_tests_raw, "list[CheckResult] | None") from None
                    tests = tests_type_0
                else:
                    raise wrong_type(_tests_raw, "list[CheckResult] | None")

            _field = "isInconclusive"
            _src = d.pop("isInconclusive", UNSET)
            is_inconclusive: bool | None
            if _src is UNSET:
                is_inconclusive = None
            elif _src is None:
                is_inconclusive = None
                _nulls += ("is_inconclusive",)
            else:
                is_inconclusive = _src
                if not (is_inconclusive is None or isinstance(is_inconclusive, (bool))):
                    raise wrong_type(is_inconclusive, "bool | None")

            _field = "inconclusiveReason"
            _src = d.pop("inconclusiveReason", UNSET)
            inconclusive_reason: str | None
            if _src is UNSET:
                inconclusive_reason = None
            elif _src is None:
                inconclusive_reason = None
                _nulls += ("inconclusive_reason",)
            else:
                inconclusive_reason = _src
                if not (inconclusive_reason is None or isinstance(inconclusive_reason, (str))):
                    raise wrong_type(inconclusive_reason, "None | str")

            _field = "monitoring_alerts"
            _src = d.pop("monitoring_alerts", UNSET)
            monitoring_alerts: Any
            if _src is UNSET:
                monitoring_alerts = None
            elif _src is None:
                monitoring_alerts = None
                _nulls += ("monitoring_alerts",)
            else:
                monitoring_alerts = _src

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj: T
        if cls is Scan:
            # The slots set directly: exactly what attrs' __init__ does here (no validators or
            # converters), without the cost of calling the class (about 0.3 µs a model, bench/cpu.py).
            _obj = _new(cls)
            _obj.id = id
            _obj.created_at = created_at
            _obj.processing_status = processing_status
            _obj.updated_at = updated_at
            _obj.finished_at = finished_at
            _obj.sequence_type = sequence_type
            _obj.nb_issues = nb_issues
            _obj.tests = tests
            _obj.is_inconclusive = is_inconclusive
            _obj.inconclusive_reason = inconclusive_reason
            _obj.monitoring_alerts = monitoring_alerts
            _obj._nulls = _nulls
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                id,
                created_at,
                processing_status,
                updated_at,
                finished_at,
                sequence_type,
                nb_issues,
                tests,
                is_inconclusive,
                inconclusive_reason,
                monitoring_alerts,
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


from ..models.check_result import CheckResult  # noqa: E402

_by_value_ScanProcessingStatus = ScanProcessingStatus._by_value
_from_json_CheckResult = CheckResult._from_json
