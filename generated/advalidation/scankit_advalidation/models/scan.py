from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import orjson
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scan_processing_status import ScanProcessingStatus
from ..types import (
    _NO_KEYS,
    NOT_GIVEN,
    UNSET,
    ParseError,
    _fromisoformat,
    _model_getattr,
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
                "updated_at",
                "finished_at",
                "sequence_type",
                "nb_issues",
                "tests",
                "is_inconclusive",
                "inconclusive_reason",
                "monitoring_alerts",
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
        id = self.id
        field_dict["id"] = id
        created_at = self.created_at.isoformat()
        field_dict["createdAt"] = created_at
        field_dict["processingStatus"] = str.__str__(self.processing_status)
        if self.updated_at is not None:
            updated_at: None | str
            updated_at = self.updated_at.isoformat()

            field_dict["updatedAt"] = updated_at
        elif self._nulls & 1:
            field_dict["updatedAt"] = None
        if self.finished_at is not None:
            finished_at: None | str
            finished_at = self.finished_at.isoformat()

            field_dict["finishedAt"] = finished_at
        elif self._nulls & 2:
            field_dict["finishedAt"] = None
        if self.sequence_type is not None:
            field_dict["sequenceType"] = self.sequence_type
        elif self._nulls & 4:
            field_dict["sequenceType"] = None
        if self.nb_issues is not None:
            nb_issues: int | None
            nb_issues = self.nb_issues
            field_dict["nbIssues"] = nb_issues
        elif self._nulls & 8:
            field_dict["nbIssues"] = None
        if self.tests is not None:
            tests: list[dict[str, Any]] | None
            tests = []
            for tests_type_0_item_data in self.tests:
                tests_type_0_item = tests_type_0_item_data.to_dict()
                tests.append(tests_type_0_item)

            field_dict["tests"] = tests
        elif self._nulls & 16:
            field_dict["tests"] = None
        if self.is_inconclusive is not None:
            is_inconclusive: bool | None
            is_inconclusive = self.is_inconclusive
            field_dict["isInconclusive"] = is_inconclusive
        elif self._nulls & 32:
            field_dict["isInconclusive"] = None
        if self.inconclusive_reason is not None:
            inconclusive_reason: None | str
            inconclusive_reason = self.inconclusive_reason
            field_dict["inconclusiveReason"] = inconclusive_reason
        elif self._nulls & 64:
            field_dict["inconclusiveReason"] = None
        if self.monitoring_alerts is not None:
            field_dict["monitoring_alerts"] = self.monitoring_alerts
        elif self._nulls & 128:
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
                *(("updated_at",) if self.updated_at is not None or self._nulls & 1 else ()),
                *(("finished_at",) if self.finished_at is not None or self._nulls & 2 else ()),
                *(("sequence_type",) if self.sequence_type is not None or self._nulls & 4 else ()),
                *(("nb_issues",) if self.nb_issues is not None or self._nulls & 8 else ()),
                *(("tests",) if self.tests is not None or self._nulls & 16 else ()),
                *(("is_inconclusive",) if self.is_inconclusive is not None or self._nulls & 32 else ()),
                *(("inconclusive_reason",) if self.inconclusive_reason is not None or self._nulls & 64 else ()),
                *(("monitoring_alerts",) if self.monitoring_alerts is not None or self._nulls & 128 else ()),
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
            _free = True  # the free-form fields below were looked for (False: known to be absent)
            if len(d) == 11:
                try:
                    id = d["id"]
                    _v_created_at = d["createdAt"]
                    _v_processing_status = d["processingStatus"]
                    _v_updated_at = d["updatedAt"]
                    _v_finished_at = d["finishedAt"]
                    sequence_type = d["sequenceType"]
                    _v_nb_issues = d["nbIssues"]
                    _v_tests = d["tests"]
                    _v_is_inconclusive = d["isInconclusive"]
                    _v_inconclusive_reason = d["inconclusiveReason"]
                    monitoring_alerts = d["monitoring_alerts"]
                except KeyError:  # an unknown field in place of a known one
                    _field = "id"
                    id = d.pop("id")
                    _field = "createdAt"
                    _v_created_at = d.pop("createdAt")
                    _field = "processingStatus"
                    _v_processing_status = d.pop("processingStatus")
                    _v_updated_at = d.pop("updatedAt", UNSET)
                    _v_finished_at = d.pop("finishedAt", UNSET)
                    sequence_type = d.pop("sequenceType", UNSET)
                    _v_nb_issues = d.pop("nbIssues", UNSET)
                    _v_tests = d.pop("tests", UNSET)
                    _v_is_inconclusive = d.pop("isInconclusive", UNSET)
                    _v_inconclusive_reason = d.pop("inconclusiveReason", UNSET)
                    monitoring_alerts = d.pop("monitoring_alerts", UNSET)

                else:
                    d = _NO_KEYS  # no keys left over: the object is not kept
            # Free-form fields (no schema) are the ones servers most often leave out (some are sent
            # only on request): an object with every other field and nothing else is read the same way.
            elif len(d) == 10:
                try:
                    id = d["id"]
                    _v_created_at = d["createdAt"]
                    _v_processing_status = d["processingStatus"]
                    _v_updated_at = d["updatedAt"]
                    _v_finished_at = d["finishedAt"]
                    sequence_type = d["sequenceType"]
                    _v_nb_issues = d["nbIssues"]
                    _v_tests = d["tests"]
                    _v_is_inconclusive = d["isInconclusive"]
                    _v_inconclusive_reason = d["inconclusiveReason"]
                except KeyError:  # not that object
                    _field = "id"
                    id = d.pop("id")
                    _field = "createdAt"
                    _v_created_at = d.pop("createdAt")
                    _field = "processingStatus"
                    _v_processing_status = d.pop("processingStatus")
                    _v_updated_at = d.pop("updatedAt", UNSET)
                    _v_finished_at = d.pop("finishedAt", UNSET)
                    sequence_type = d.pop("sequenceType", UNSET)
                    _v_nb_issues = d.pop("nbIssues", UNSET)
                    _v_tests = d.pop("tests", UNSET)
                    _v_is_inconclusive = d.pop("isInconclusive", UNSET)
                    _v_inconclusive_reason = d.pop("inconclusiveReason", UNSET)
                    monitoring_alerts = d.pop("monitoring_alerts", UNSET)

                else:
                    monitoring_alerts = None
                    _free = False
                    d = _NO_KEYS
            else:
                _field = "id"
                id = d.pop("id")
                _field = "createdAt"
                _v_created_at = d.pop("createdAt")
                _field = "processingStatus"
                _v_processing_status = d.pop("processingStatus")
                _v_updated_at = d.pop("updatedAt", UNSET)
                _v_finished_at = d.pop("finishedAt", UNSET)
                sequence_type = d.pop("sequenceType", UNSET)
                _v_nb_issues = d.pop("nbIssues", UNSET)
                _v_tests = d.pop("tests", UNSET)
                _v_is_inconclusive = d.pop("isInconclusive", UNSET)
                _v_inconclusive_reason = d.pop("inconclusiveReason", UNSET)
                monitoring_alerts = d.pop("monitoring_alerts", UNSET)

            _field = "id"
            if id.__class__ is not int:
                if not isinstance(id, int) or id is True or id is False:
                    raise wrong_type(id, "an integer")

            _field = "createdAt"
            try:
                created_at = _fromisoformat(_v_created_at)
            except ValueError:
                created_at = parse_datetime(_v_created_at)
            if created_at.tzinfo is None:
                created_at = parse_datetime(_v_created_at)

            _field = "processingStatus"
            try:  # a subscript is cheaper than .get(); a value the spec does not list is kept by the enum
                processing_status = _by_value_ScanProcessingStatus[_v_processing_status]
            except KeyError:
                processing_status = ScanProcessingStatus(_v_processing_status)

            _field = "updatedAt"
            updated_at: datetime.datetime | None
            if _v_updated_at.__class__ is str:  # the usual case first, in one check
                try:
                    try:
                        updated_at_type_0 = _fromisoformat(_v_updated_at)
                    except ValueError:
                        updated_at_type_0 = parse_datetime(_v_updated_at)
                    if updated_at_type_0.tzinfo is None:
                        updated_at_type_0 = parse_datetime(_v_updated_at)
                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    raise wrong_type(_v_updated_at, "datetime.datetime | None") from None
                updated_at = updated_at_type_0
            elif _v_updated_at is UNSET:
                updated_at = None
            elif _v_updated_at is None:
                updated_at = None
                _nulls |= 1  # updated_at
            else:
                _updated_at_raw = _v_updated_at
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
            finished_at: datetime.datetime | None
            if _v_finished_at.__class__ is str:  # the usual case first, in one check
                try:
                    try:
                        finished_at_type_0 = _fromisoformat(_v_finished_at)
                    except ValueError:
                        finished_at_type_0 = parse_datetime(_v_finished_at)
                    if finished_at_type_0.tzinfo is None:
                        finished_at_type_0 = parse_datetime(_v_finished_at)
                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    raise wrong_type(_v_finished_at, "datetime.datetime | None") from None
                finished_at = finished_at_type_0
            elif _v_finished_at is UNSET:
                finished_at = None
            elif _v_finished_at is None:
                finished_at = None
                _nulls |= 2  # finished_at
            else:
                _finished_at_raw = _v_finished_at
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
            if sequence_type.__class__ is str:  # the usual case first, in one check
                pass
            elif sequence_type is UNSET:
                sequence_type = None
            elif sequence_type is None:
                _nulls |= 4  # sequence_type
            else:
                if not isinstance(sequence_type, str):
                    raise wrong_type(sequence_type, "a string")

            _field = "nbIssues"
            nb_issues: int | None
            if _v_nb_issues.__class__ is int:  # the usual case first, in one check
                nb_issues = _v_nb_issues
            elif _v_nb_issues is UNSET:
                nb_issues = None
            elif _v_nb_issues is None:
                nb_issues = None
                _nulls |= 8  # nb_issues
            else:
                nb_issues = _v_nb_issues
                if not (
                    nb_issues is None
                    or (isinstance(nb_issues, (int)) and nb_issues is not True and nb_issues is not False)
                ):
                    raise wrong_type(nb_issues, "int | None")

            _field = "tests"
            tests: list[CheckResult] | None
            if _v_tests.__class__ is list:  # the usual case first, in one check
                try:
                    tests_type_0 = _v_tests
                    _k_tests_type_0 = 0
                    for tests_type_0_item_data in _v_tests:
                        try:
                            _v_tests[_k_tests_type_0] = _from_json_CheckResult(tests_type_0_item_data)
                        except ParseError as e:
                            e.path.insert(0, f"[{_k_tests_type_0}]")
                            raise
                        except (KeyError, ValueError, TypeError, AttributeError) as e:
                            raise ParseError("", f"[{_k_tests_type_0}]", e) from e
                        _k_tests_type_0 += 1
                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    raise wrong_type(_v_tests, "list[CheckResult] | None") from None
                tests = tests_type_0
            elif _v_tests is UNSET:
                tests = None
            elif _v_tests is None:
                tests = None
                _nulls |= 16  # tests
            else:  # not a list (decoded JSON has no subclass of list): what the construct would say
                raise wrong_type(_v_tests, "list[CheckResult] | None")

            _field = "isInconclusive"
            is_inconclusive: bool | None
            if _v_is_inconclusive.__class__ is bool:  # the usual case first, in one check
                is_inconclusive = _v_is_inconclusive
            elif _v_is_inconclusive is UNSET:
                is_inconclusive = None
            elif _v_is_inconclusive is None:
                is_inconclusive = None
                _nulls |= 32  # is_inconclusive
            else:
                is_inconclusive = _v_is_inconclusive
                if not (is_inconclusive is None or isinstance(is_inconclusive, (bool))):
                    raise wrong_type(is_inconclusive, "bool | None")

            _field = "inconclusiveReason"
            inconclusive_reason: str | None
            if _v_inconclusive_reason.__class__ is str:  # the usual case first, in one check
                inconclusive_reason = _v_inconclusive_reason
            elif _v_inconclusive_reason is UNSET:
                inconclusive_reason = None
            elif _v_inconclusive_reason is None:
                inconclusive_reason = None
                _nulls |= 64  # inconclusive_reason
            else:
                inconclusive_reason = _v_inconclusive_reason
                if not (inconclusive_reason is None or isinstance(inconclusive_reason, (str))):
                    raise wrong_type(inconclusive_reason, "None | str")

            if _free:  # else the usual object without them: each is None already, none a null
                if monitoring_alerts is UNSET:
                    monitoring_alerts = None
                elif monitoring_alerts is None:
                    _nulls |= 128  # monitoring_alerts

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


from ..models.check_result import CheckResult  # noqa: E402

_by_value_ScanProcessingStatus = ScanProcessingStatus._by_value
_from_json_CheckResult = CheckResult._from_json
