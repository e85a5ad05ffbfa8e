from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scan_type import ScanType
from ..models.threat_level import ThreatLevel
from ..types import UNSET, ParseError, Unset, copy_json, parse_datetime, wrong_type

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
    description: None | str | Unset = UNSET
    """ Longer description of the risk. Not populated by some scanners. """
    solution: None | str | Unset = UNSET
    """ How to fix the risk. Not populated by some scanners. """
    references: list[str] | None | Unset = UNSET
    """ Links with more information. Not populated by some scanners. """
    cvss: float | None | str | Unset = UNSET
    """ The CVSS score of the risk, where the scanner gives one.
    Inferred: the type is undocumented; a number or a string is accepted.
     """
    additional_info: RiskAdditionalInfo | Unset = UNSET
    """ Scanner-specific details of the risk as free-form key/value pairs (e.g. the port and
    service for NMAP). The keys vary by scanner, so they are all kept as additional
    properties.
     """
    first_detected_at: datetime.datetime | None | Unset = UNSET
    """ When a scan first found this risk. The list example puts it here; the single-risk
    example puts it on the Risk itself. Inferred: an ISO 8601 date-time (the docs say
    "Date").
     """
    last_detected_at: datetime.datetime | None | Unset = UNSET
    """ When a scan last found this risk. The list example puts it here; the single-risk
    example puts it on the Risk itself. Inferred: an ISO 8601 date-time (the docs say
    "Date").
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scan_type = self.scan_type.value

        title = self.title

        threat_level = self.threat_level.value

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        solution: None | str | Unset
        if isinstance(self.solution, Unset):
            solution = UNSET
        else:
            solution = self.solution

        references: list[str] | None | Unset
        if isinstance(self.references, Unset):
            references = UNSET
        elif isinstance(self.references, list):
            references = self.references

        else:
            references = self.references

        cvss: float | None | str | Unset
        if isinstance(self.cvss, Unset):
            cvss = UNSET
        else:
            cvss = self.cvss

        additional_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_info, Unset):
            additional_info = self.additional_info.to_dict()

        first_detected_at: None | str | Unset
        if isinstance(self.first_detected_at, Unset):
            first_detected_at = UNSET
        elif isinstance(self.first_detected_at, datetime.datetime):
            first_detected_at = self.first_detected_at.isoformat()
        else:
            first_detected_at = self.first_detected_at

        last_detected_at: None | str | Unset
        if isinstance(self.last_detected_at, Unset):
            last_detected_at = UNSET
        elif isinstance(self.last_detected_at, datetime.datetime):
            last_detected_at = self.last_detected_at.isoformat()
        else:
            last_detected_at = self.last_detected_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scan_type": scan_type,
                "title": title,
                "threat_level": threat_level,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if solution is not UNSET:
            field_dict["solution"] = solution
        if references is not UNSET:
            field_dict["references"] = references
        if cvss is not UNSET:
            field_dict["cvss"] = cvss
        if additional_info is not UNSET:
            field_dict["additional_info"] = additional_info
        if first_detected_at is not UNSET:
            field_dict["first_detected_at"] = first_detected_at
        if last_detected_at is not UNSET:
            field_dict["last_detected_at"] = last_detected_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `RiskDefinition`; `src_dict` is left unchanged."""
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
            _field = "scan_type"
            _src = d.pop("scan_type")
            scan_type = _by_value_ScanType.get(_src) or ScanType(_src)

            _field = "title"
            _src = d.pop("title")
            if not isinstance(_src, (str)):
                raise wrong_type(_src, "a string")

            title = _src

            _field = "threat_level"
            _src = d.pop("threat_level")
            threat_level = _by_value_ThreatLevel.get(_src) or ThreatLevel(_src)

            _field = "description"
            _src = d.pop("description", UNSET)
            description = _src
            if not (description is None or isinstance(description, (str, Unset))):
                raise wrong_type(description, "None | str")

            _field = "solution"
            _src = d.pop("solution", UNSET)
            solution = _src
            if not (solution is None or isinstance(solution, (str, Unset))):
                raise wrong_type(solution, "None | str")

            _field = "references"
            _src = d.pop("references", UNSET)
            references = _src
            if references is None or references is UNSET:
                pass
            elif isinstance(references, list):
                try:
                    _references_type_0 = references
                    if not (isinstance(_references_type_0, list)):
                        raise wrong_type(_references_type_0, "an array")
                    references_type_0 = cast(list[str], _references_type_0)

                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    raise wrong_type(references, "list[str] | None") from None
                references = references_type_0
            else:
                raise wrong_type(references, "list[str] | None")

            _field = "cvss"
            _src = d.pop("cvss", UNSET)
            cvss = _src
            if not (
                cvss is None or (isinstance(cvss, (int, float, str, Unset)) and cvss is not True and cvss is not False)
            ):
                raise wrong_type(cvss, "float | None | str")

            _field = "additional_info"
            _src = d.pop("additional_info", UNSET)
            if _src is None:
                _src = UNSET
            _additional_info = _src
            additional_info: RiskAdditionalInfo | Unset
            if _additional_info is UNSET:
                additional_info = UNSET
            else:
                additional_info = _from_json_RiskAdditionalInfo(_additional_info)

            _field = "first_detected_at"
            _src = d.pop("first_detected_at", UNSET)
            first_detected_at = _src
            if first_detected_at is None or first_detected_at is UNSET:
                pass
            elif isinstance(first_detected_at, str):
                try:
                    first_detected_at_type_0 = parse_datetime(first_detected_at)

                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    raise wrong_type(first_detected_at, "datetime.datetime | None") from None
                first_detected_at = first_detected_at_type_0
            else:
                raise wrong_type(first_detected_at, "datetime.datetime | None")

            _field = "last_detected_at"
            _src = d.pop("last_detected_at", UNSET)
            last_detected_at = _src
            if last_detected_at is None or last_detected_at is UNSET:
                pass
            elif isinstance(last_detected_at, str):
                try:
                    last_detected_at_type_0 = parse_datetime(last_detected_at)

                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    raise wrong_type(last_detected_at, "datetime.datetime | None") from None
                last_detected_at = last_detected_at_type_0
            else:
                raise wrong_type(last_detected_at, "datetime.datetime | None")

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
