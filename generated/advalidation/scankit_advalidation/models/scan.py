from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scan_processing_status import ScanProcessingStatus
from ..types import UNSET, ParseError, Unset, parse_datetime, wrong_type

T = TypeVar("T", bound="Scan")


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
    updated_at: datetime.datetime | None | Unset = UNSET
    """ Date of scan update (can be null). An ISO 8601 date-time (the docs say `date`). """
    finished_at: datetime.datetime | None | Unset = UNSET
    """ Date/time the scan finished. Null until the scan has finished (per the SDK). An ISO 8601
    date-time (the docs say `date`).
     """
    sequence_type: str | Unset = UNSET
    """ The sequence type of scan. Open list: the docs name `initial`, `manual` and `monitoring`
    and add "etc", so other values may appear.
     """
    nb_issues: int | None | Unset = UNSET
    """ Issue count (recursive warns + recursive fails). Null until scan is finished and analyzed.
     """
    tests: list[CheckResult] | None | Unset = UNSET
    """ All checks within this scan (only for finished scans and with `include_checks=true`).
    Will not be returned in monitoring context, see `monitoring_alerts`. Null or absent
    otherwise.
     """
    is_inconclusive: bool | None | Unset = UNSET
    """ Whether the scan's outcome was inconclusive. Null before the scan has finished (as in the
    official SDK's fixtures). Known from the official SDK only.
     """
    inconclusive_reason: None | str | Unset = UNSET
    """ Why the scan was inconclusive, when it was. Known from the official SDK only. """
    monitoring_alerts: Any | Unset = UNSET
    """ Alerts of a scan in a monitoring context, where `tests` is not returned. Note the
    snake_case name, unlike the other fields.

    Inferred: the docs mention this field but its shape was never shown, so it is left
    untyped (any JSON value, including null).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        processing_status = self.processing_status.value

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        sequence_type = self.sequence_type

        nb_issues: int | None | Unset
        if isinstance(self.nb_issues, Unset):
            nb_issues = UNSET
        else:
            nb_issues = self.nb_issues

        tests: list[dict[str, Any]] | None | Unset
        if isinstance(self.tests, Unset):
            tests = UNSET
        elif isinstance(self.tests, list):
            tests = []
            for tests_type_0_item_data in self.tests:
                tests_type_0_item = tests_type_0_item_data.to_dict()
                tests.append(tests_type_0_item)

        else:
            tests = self.tests

        is_inconclusive: bool | None | Unset
        if isinstance(self.is_inconclusive, Unset):
            is_inconclusive = UNSET
        else:
            is_inconclusive = self.is_inconclusive

        inconclusive_reason: None | str | Unset
        if isinstance(self.inconclusive_reason, Unset):
            inconclusive_reason = UNSET
        else:
            inconclusive_reason = self.inconclusive_reason

        monitoring_alerts = self.monitoring_alerts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "createdAt": created_at,
                "processingStatus": processing_status,
            }
        )
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if finished_at is not UNSET:
            field_dict["finishedAt"] = finished_at
        if sequence_type is not UNSET:
            field_dict["sequenceType"] = sequence_type
        if nb_issues is not UNSET:
            field_dict["nbIssues"] = nb_issues
        if tests is not UNSET:
            field_dict["tests"] = tests
        if is_inconclusive is not UNSET:
            field_dict["isInconclusive"] = is_inconclusive
        if inconclusive_reason is not UNSET:
            field_dict["inconclusiveReason"] = inconclusive_reason
        if monitoring_alerts is not UNSET:
            field_dict["monitoring_alerts"] = monitoring_alerts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ParseError(cls.__name__, "", wrong_type(src_dict, "an object"))
        d = dict(src_dict)
        _field = ""
        try:
            _field = "id"
            _src = d.pop("id")
            if not (isinstance(_src, int) and not isinstance(_src, bool)):
                raise wrong_type(_src, "an integer")

            id = _src

            _field = "createdAt"
            _src = d.pop("createdAt")
            created_at = parse_datetime(_src)

            _field = "processingStatus"
            _src = d.pop("processingStatus")
            processing_status = ScanProcessingStatus(_src)

            _field = "updatedAt"
            _src = d.pop("updatedAt", UNSET)

            def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    updated_at_type_0 = parse_datetime(data)

                    return updated_at_type_0
                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise wrong_type(data, "datetime.datetime | None")

            updated_at = _parse_updated_at(_src)

            _field = "finishedAt"
            _src = d.pop("finishedAt", UNSET)

            def _parse_finished_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    finished_at_type_0 = parse_datetime(data)

                    return finished_at_type_0
                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise wrong_type(data, "datetime.datetime | None")

            finished_at = _parse_finished_at(_src)

            _field = "sequenceType"
            _src = d.pop("sequenceType", UNSET)
            if _src is None:
                _src = UNSET
            if not (isinstance(_src, str) or isinstance(_src, Unset)):
                raise wrong_type(_src, "a string")

            sequence_type = _src

            _field = "nbIssues"
            _src = d.pop("nbIssues", UNSET)

            def _parse_nb_issues(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (int)) and not isinstance(data, bool):
                    return cast(int | None | Unset, data)
                raise wrong_type(data, "int | None")

            nb_issues = _parse_nb_issues(_src)

            _field = "tests"
            _src = d.pop("tests", UNSET)

            def _parse_tests(data: object) -> list[CheckResult] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    tests_type_0 = []
                    _tests_type_0 = data
                    if not isinstance(_tests_type_0, list):
                        raise wrong_type(_tests_type_0, "an array")
                    for _i_tests_type_0, tests_type_0_item_data in enumerate(_tests_type_0):
                        try:
                            tests_type_0_item = CheckResult.from_dict(tests_type_0_item_data)

                        except ParseError as e:
                            e.path.insert(0, f"[{_i_tests_type_0}]")
                            raise
                        except (KeyError, ValueError, TypeError, AttributeError) as e:
                            raise ParseError("", f"[{_i_tests_type_0}]", e) from e
                        tests_type_0.append(tests_type_0_item)

                    return tests_type_0
                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise wrong_type(data, "list[CheckResult] | None")

            tests = _parse_tests(_src)

            _field = "isInconclusive"
            _src = d.pop("isInconclusive", UNSET)

            def _parse_is_inconclusive(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (bool)):
                    return cast(bool | None | Unset, data)
                raise wrong_type(data, "bool | None")

            is_inconclusive = _parse_is_inconclusive(_src)

            _field = "inconclusiveReason"
            _src = d.pop("inconclusiveReason", UNSET)

            def _parse_inconclusive_reason(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (str)):
                    return cast(None | str | Unset, data)
                raise wrong_type(data, "None | str")

            inconclusive_reason = _parse_inconclusive_reason(_src)

            _field = "monitoring_alerts"
            _src = d.pop("monitoring_alerts", UNSET)

            monitoring_alerts = _src

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj = cls(
            id=id,
            created_at=created_at,
            processing_status=processing_status,
            updated_at=updated_at,
            finished_at=finished_at,
            sequence_type=sequence_type,
            nb_issues=nb_issues,
            tests=tests,
            is_inconclusive=is_inconclusive,
            inconclusive_reason=inconclusive_reason,
            monitoring_alerts=monitoring_alerts,
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


from ..models.check_result import CheckResult  # noqa: E402
