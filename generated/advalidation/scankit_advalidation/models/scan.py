from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scan_processing_status import ScanProcessingStatus
from ..types import UNSET, ParseError, Unset, copy_json, parse_datetime, wrong_type

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
        _field = ""
        try:
            _field = "id"
            _src = d.pop("id")
            if not isinstance(_src, (int)) or _src is True or _src is False:
                raise wrong_type(_src, "an integer")

            id = _src

            _field = "createdAt"
            _src = d.pop("createdAt")
            created_at = parse_datetime(_src)

            _field = "processingStatus"
            _src = d.pop("processingStatus")
            processing_status = _by_value_ScanProcessingStatus.get(_src) or ScanProcessingStatus(_src)

            _field = "updatedAt"
            _src = d.pop("updatedAt", UNSET)
            updated_at = _src
            if updated_at is None or updated_at is UNSET:
                pass
            elif isinstance(updated_at, str):
                try:
                    updated_at_type_0 = parse_datetime(updated_at)

                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    raise wrong_type(updated_at, "datetime.datetime | None") from None
                updated_at = updated_at_type_0
            else:
                raise wrong_type(updated_at, "datetime.datetime | None")

            _field = "finishedAt"
            _src = d.pop("finishedAt", UNSET)
            finished_at = _src
            if finished_at is None or finished_at is UNSET:
                pass
            elif isinstance(finished_at, str):
                try:
                    finished_at_type_0 = parse_datetime(finished_at)

                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    raise wrong_type(finished_at, "datetime.datetime | None") from None
                finished_at = finished_at_type_0
            else:
                raise wrong_type(finished_at, "datetime.datetime | None")

            _field = "sequenceType"
            _src = d.pop("sequenceType", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (str, Unset)):
                raise wrong_type(_src, "a string")

            sequence_type = _src

            _field = "nbIssues"
            _src = d.pop("nbIssues", UNSET)
            nb_issues = _src
            if not (
                nb_issues is None
                or (isinstance(nb_issues, (int, Unset)) and nb_issues is not True and nb_issues is not False)
            ):
                raise wrong_type(nb_issues, "int | None")

            _field = "tests"
            _src = d.pop("tests", UNSET)
            tests = _src
            if tests is None or tests is UNSET:
                pass
            elif isinstance(tests, list):
                try:
                    tests_type_0: list[CheckResult] = []
                    _tests_type_0 = tests
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
                    raise wrong_type(tests, "list[CheckResult] | None") from None
                tests = tests_type_0
            else:
                raise wrong_type(tests, "list[CheckResult] | None")

            _field = "isInconclusive"
            _src = d.pop("isInconclusive", UNSET)
            is_inconclusive = _src
            if not (is_inconclusive is None or isinstance(is_inconclusive, (bool, Unset))):
                raise wrong_type(is_inconclusive, "bool | None")

            _field = "inconclusiveReason"
            _src = d.pop("inconclusiveReason", UNSET)
            inconclusive_reason = _src
            if not (inconclusive_reason is None or isinstance(inconclusive_reason, (str, Unset))):
                raise wrong_type(inconclusive_reason, "None | str")

            _field = "monitoring_alerts"
            _src = d.pop("monitoring_alerts", UNSET)

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
