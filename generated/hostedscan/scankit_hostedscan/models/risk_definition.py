from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import orjson
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scan_type import ScanType
from ..models.threat_level import ThreatLevel
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

T = TypeVar("T", bound="RiskDefinition")
_new = object.__new__


@_attrs_define
class RiskDefinition:
    """What kind of risk this is - the same definition is shared by every target it is found on."""

    scan_type: ScanType
    """ The kind of scan. Open list: the docs' pages disagree (the create page lists
    `NMAP_UDP`, the list page lists `OWASP_ZAP_ACTIVE`), so this is their union, and
    HostedScan may add scanners.
     """
    title: str
    """ Short title of the risk. For NMAP risks, the open port. """
    threat_level: ThreatLevel
    """ How severe a risk is. """
    description: str | None = _attrs_field(default=NOT_GIVEN)
    """ Longer description of the risk. Not populated by some scanners. """
    solution: str | None = _attrs_field(default=NOT_GIVEN)
    """ How to fix the risk. Not populated by some scanners. """
    references: list[str] | None = _attrs_field(default=NOT_GIVEN)
    """ Links with more information. Not populated by some scanners. """
    cvss: float | str | None = _attrs_field(default=NOT_GIVEN)
    """ The CVSS score of the risk, where the scanner gives one.
    Inferred: the type is undocumented; a number or a string is accepted.
     """
    additional_info: RiskAdditionalInfo | None = _attrs_field(default=NOT_GIVEN)
    """ Scanner-specific details of the risk as free-form key/value pairs (e.g. the port and
    service for NMAP). The keys vary by scanner, so they are all kept as additional
    properties.
     """
    first_detected_at: datetime.datetime | None = _attrs_field(default=NOT_GIVEN)
    """ When a scan first found this risk. The list example puts it here; the single-risk
    example puts it on the Risk itself. Inferred: an ISO 8601 date-time (the docs say
    "Date").
     """
    last_detected_at: datetime.datetime | None = _attrs_field(default=NOT_GIVEN)
    """ When a scan last found this risk. The list example puts it here; the single-risk
    example puts it on the Risk itself. Inferred: an ISO 8601 date-time (the docs say
    "Date").
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
                "description",
                "solution",
                "references",
                "cvss",
                "additional_info",
                "first_detected_at",
                "last_detected_at",
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
        field_dict["scan_type"] = str.__str__(self.scan_type)
        title = self.title
        field_dict["title"] = title
        field_dict["threat_level"] = str.__str__(self.threat_level)
        if self.description is not None:
            description: None | str
            description = self.description
            field_dict["description"] = description
        elif self._nulls & 1:
            field_dict["description"] = None
        if self.solution is not None:
            solution: None | str
            solution = self.solution
            field_dict["solution"] = solution
        elif self._nulls & 2:
            field_dict["solution"] = None
        if self.references is not None:
            references: list[str] | None
            references = self.references

            field_dict["references"] = references
        elif self._nulls & 4:
            field_dict["references"] = None
        if self.cvss is not None:
            cvss: float | None | str
            cvss = self.cvss
            field_dict["cvss"] = cvss
        elif self._nulls & 8:
            field_dict["cvss"] = None
        if self.additional_info is not None:
            additional_info = self.additional_info.to_dict()
            field_dict["additional_info"] = additional_info
        elif self._nulls & 16:
            field_dict["additional_info"] = None
        if self.first_detected_at is not None:
            first_detected_at: None | str
            first_detected_at = self.first_detected_at.isoformat()

            field_dict["first_detected_at"] = first_detected_at
        elif self._nulls & 32:
            field_dict["first_detected_at"] = None
        if self.last_detected_at is not None:
            last_detected_at: None | str
            last_detected_at = self.last_detected_at.isoformat()

            field_dict["last_detected_at"] = last_detected_at
        elif self._nulls & 64:
            field_dict["last_detected_at"] = None

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
                "scan_type",
                "title",
                "threat_level",
                *(("description",) if self.description is not None or self._nulls & 1 else ()),
                *(("solution",) if self.solution is not None or self._nulls & 2 else ()),
                *(("references",) if self.references is not None or self._nulls & 4 else ()),
                *(("cvss",) if self.cvss is not None or self._nulls & 8 else ()),
                *(("additional_info",) if self.additional_info is not None or self._nulls & 16 else ()),
                *(("first_detected_at",) if self.first_detected_at is not None or self._nulls & 32 else ()),
                *(("last_detected_at",) if self.last_detected_at is not None or self._nulls & 64 else ()),
            )
        )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `RiskDefinition`; `src_dict` is left unchanged."""
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
            if len(d) == 10:
                try:
                    _v_scan_type = d["scan_type"]
                    title = d["title"]
                    _v_threat_level = d["threat_level"]
                    _v_description = d["description"]
                    _v_solution = d["solution"]
                    _v_references = d["references"]
                    _v_cvss = d["cvss"]
                    _v_additional_info = d["additional_info"]
                    _v_first_detected_at = d["first_detected_at"]
                    _v_last_detected_at = d["last_detected_at"]
                except KeyError:  # an unknown field in place of a known one
                    _field = "scan_type"
                    _v_scan_type = d.pop("scan_type")
                    _field = "title"
                    title = d.pop("title")
                    _field = "threat_level"
                    _v_threat_level = d.pop("threat_level")
                    _v_description = d.pop("description", UNSET)
                    _v_solution = d.pop("solution", UNSET)
                    _v_references = d.pop("references", UNSET)
                    _v_cvss = d.pop("cvss", UNSET)
                    _v_additional_info = d.pop("additional_info", UNSET)
                    _v_first_detected_at = d.pop("first_detected_at", UNSET)
                    _v_last_detected_at = d.pop("last_detected_at", UNSET)

                else:
                    d = _NO_KEYS  # no keys left over: the object is not kept
            else:
                _field = "scan_type"
                _v_scan_type = d.pop("scan_type")
                _field = "title"
                title = d.pop("title")
                _field = "threat_level"
                _v_threat_level = d.pop("threat_level")
                _v_description = d.pop("description", UNSET)
                _v_solution = d.pop("solution", UNSET)
                _v_references = d.pop("references", UNSET)
                _v_cvss = d.pop("cvss", UNSET)
                _v_additional_info = d.pop("additional_info", UNSET)
                _v_first_detected_at = d.pop("first_detected_at", UNSET)
                _v_last_detected_at = d.pop("last_detected_at", UNSET)

            _field = "scan_type"
            try:  # a subscript is cheaper than .get(); a value the spec does not list is kept by the enum
                scan_type = _by_value_ScanType[_v_scan_type]
            except KeyError:
                scan_type = ScanType(_v_scan_type)

            _field = "title"
            if title.__class__ is not str:
                if not isinstance(title, str):
                    raise wrong_type(title, "a string")

            _field = "threat_level"
            try:  # a subscript is cheaper than .get(); a value the spec does not list is kept by the enum
                threat_level = _by_value_ThreatLevel[_v_threat_level]
            except KeyError:
                threat_level = ThreatLevel(_v_threat_level)

            _field = "description"
            description: str | None
            if _v_description.__class__ is str:  # the usual case first, in one check
                description = _v_description
            elif _v_description is UNSET:
                description = None
            elif _v_description is None:
                description = None
                _nulls |= 1  # description
            else:
                description = _v_description
                if not (description is None or isinstance(description, (str))):
                    raise wrong_type(description, "None | str")

            _field = "solution"
            solution: str | None
            if _v_solution.__class__ is str:  # the usual case first, in one check
                solution = _v_solution
            elif _v_solution is UNSET:
                solution = None
            elif _v_solution is None:
                solution = None
                _nulls |= 2  # solution
            else:
                solution = _v_solution
                if not (solution is None or isinstance(solution, (str))):
                    raise wrong_type(solution, "None | str")

            _field = "references"
            references: list[str] | None
            if _v_references.__class__ is list:  # the usual case first, in one check
                try:
                    references_type_0 = _v_references  # its items as they are, as the else branch keeps them
                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    raise wrong_type(_v_references, "list[str] | None") from None
                references = references_type_0
            elif _v_references is UNSET:
                references = None
            elif _v_references is None:
                references = None
                _nulls |= 4  # references
            else:  # not a list (decoded JSON has no subclass of list): what the construct would say
                raise wrong_type(_v_references, "list[str] | None")

            _field = "cvss"
            cvss: float | str | None
            if _v_cvss is UNSET:
                cvss = None
            elif _v_cvss is None:
                cvss = None
                _nulls |= 8  # cvss
            else:
                cvss = _v_cvss
                if not (
                    cvss is None or (isinstance(cvss, (int, float, str)) and cvss is not True and cvss is not False)
                ):
                    raise wrong_type(cvss, "float | None | str")

            _field = "additional_info"
            additional_info: RiskAdditionalInfo | None
            if _v_additional_info.__class__ is dict:  # the usual case first, in one check
                additional_info = _from_json_RiskAdditionalInfo(_v_additional_info)
            elif _v_additional_info is UNSET:
                additional_info = None
            elif _v_additional_info is None:
                additional_info = None
                _nulls |= 16  # additional_info
            else:
                additional_info = _from_json_RiskAdditionalInfo(_v_additional_info)

            _field = "first_detected_at"
            first_detected_at: datetime.datetime | None
            if _v_first_detected_at.__class__ is str:  # the usual case first, in one check
                try:
                    try:
                        first_detected_at_type_0 = _fromisoformat(_v_first_detected_at)
                    except ValueError:
                        first_detected_at_type_0 = parse_datetime(_v_first_detected_at)
                    if first_detected_at_type_0.tzinfo is None:
                        first_detected_at_type_0 = parse_datetime(_v_first_detected_at)
                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    raise wrong_type(_v_first_detected_at, "datetime.datetime | None") from None
                first_detected_at = first_detected_at_type_0
            elif _v_first_detected_at is UNSET:
                first_detected_at = None
            elif _v_first_detected_at is None:
                first_detected_at = None
                _nulls |= 32  # first_detected_at
            else:
                _first_detected_at_raw = _v_first_detected_at
                if _first_detected_at_raw is None:
                    first_detected_at = _first_detected_at_raw
                elif isinstance(_first_detected_at_raw, str):
                    try:
                        try:
                            first_detected_at_type_0 = _fromisoformat(_first_detected_at_raw)
                        except ValueError:
                            first_detected_at_type_0 = parse_datetime(_first_detected_at_raw)
                        if first_detected_at_type_0.tzinfo is None:
                            first_detected_at_type_0 = parse_datetime(_first_detected_at_raw)

                    except ParseError:
                        raise
                    except (TypeError, ValueError, AttributeError, KeyError):
                        raise wrong_type(_first_detected_at_raw, "datetime.datetime | None") from None
                    first_detected_at = first_detected_at_type_0
                else:
                    raise wrong_type(_first_detected_at_raw, "datetime.datetime | None")

            _field = "last_detected_at"
            last_detected_at: datetime.datetime | None
            if _v_last_detected_at.__class__ is str:  # the usual case first, in one check
                try:
                    try:
                        last_detected_at_type_0 = _fromisoformat(_v_last_detected_at)
                    except ValueError:
                        last_detected_at_type_0 = parse_datetime(_v_last_detected_at)
                    if last_detected_at_type_0.tzinfo is None:
                        last_detected_at_type_0 = parse_datetime(_v_last_detected_at)
                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    raise wrong_type(_v_last_detected_at, "datetime.datetime | None") from None
                last_detected_at = last_detected_at_type_0
            elif _v_last_detected_at is UNSET:
                last_detected_at = None
            elif _v_last_detected_at is None:
                last_detected_at = None
                _nulls |= 64  # last_detected_at
            else:
                _last_detected_at_raw = _v_last_detected_at
                if _last_detected_at_raw is None:
                    last_detected_at = _last_detected_at_raw
                elif isinstance(_last_detected_at_raw, str):
                    try:
                        try:
                            last_detected_at_type_0 = _fromisoformat(_last_detected_at_raw)
                        except ValueError:
                            last_detected_at_type_0 = parse_datetime(_last_detected_at_raw)
                        if last_detected_at_type_0.tzinfo is None:
                            last_detected_at_type_0 = parse_datetime(_last_detected_at_raw)

                    except ParseError:
                        raise
                    except (TypeError, ValueError, AttributeError, KeyError):
                        raise wrong_type(_last_detected_at_raw, "datetime.datetime | None") from None
                    last_detected_at = last_detected_at_type_0
                else:
                    raise wrong_type(_last_detected_at_raw, "datetime.datetime | None")

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj: T
        if cls is RiskDefinition:
            # The slots set directly: exactly what attrs' __init__ does here (no validators or
            # converters), without the cost of calling the class (about 0.3 µs a model, bench/cpu.py).
            _obj = _new(cls)
            _obj.scan_type = scan_type
            _obj.title = title
            _obj.threat_level = threat_level
            _obj.description = description
            _obj.solution = solution
            _obj.references = references
            _obj.cvss = cvss
            _obj.additional_info = additional_info
            _obj.first_detected_at = first_detected_at
            _obj.last_detected_at = last_detected_at
            _obj._nulls = _nulls
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                scan_type,
                title,
                threat_level,
                description,
                solution,
                references,
                cvss,
                additional_info,
                first_detected_at,
                last_detected_at,
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


from ..models.risk_additional_info import RiskAdditionalInfo  # noqa: E402

_by_value_ScanType = ScanType._by_value
_by_value_ThreatLevel = ThreatLevel._by_value
_from_json_RiskAdditionalInfo = RiskAdditionalInfo._from_json
