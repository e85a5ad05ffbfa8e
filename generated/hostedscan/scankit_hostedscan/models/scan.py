from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scan_state import ScanState
from ..models.scan_type import ScanType
from ..types import UNSET, ParseError, Unset, copy_json, wrong_type

T = TypeVar("T", bound="Scan")
_new = object.__new__


@_attrs_define
class Scan:
    """A vulnerability scan of one or more targets.
    Inferred: the docs never say which fields are always present or may be null; `id`,
    `type` and `state` are required here and everything else is optional.

    """

    id: str
    """ ID of the scan. """
    type_: ScanType
    """ The kind of scan. Open list: the docs' pages disagree (the create page lists
    `NMAP_UDP`, the list page lists `OWASP_ZAP_ACTIVE`), so this is their union, and
    HostedScan may add scanners.
     """
    state: ScanState
    """ Where a scan is in its life: `QUEUED`, then `RUNNING`, then `SUCCEEDED` or `FAILED`.
    `OVER_LIMIT` means the scan was not run because the account is over its plan's limit.
     """
    progress: int | Unset = UNSET
    """ How far the scan has got, as a percentage (0 to 100). """
    risks: ScanRisks | Unset = UNSET
    """ The risks this scan found, split by how they changed: newly opened, still open since an
    earlier scan, and closed (no longer found). Each entry is the ID of a Risk.
     """
    results: list[ScanResult] | Unset = UNSET
    """ The result files this scan produced; download each with `results.download`. """
    requested_targets: list[RequestedTarget] | Unset = UNSET
    """ The targets the scan was asked to scan. """
    resolved_targets: list[ResolvedTarget] | Unset = UNSET
    """ The targets the scan resolved and scanned (for example a domain resolved to an address). """
    skipped_targets: list[SkippedTarget] | Unset = UNSET
    """ The targets the scan skipped, each with the reason. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_.value

        state = self.state.value

        progress = self.progress

        risks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.risks, Unset):
            risks = self.risks.to_dict()

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        requested_targets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.requested_targets, Unset):
            requested_targets = []
            for requested_targets_item_data in self.requested_targets:
                requested_targets_item = requested_targets_item_data.to_dict()
                requested_targets.append(requested_targets_item)

        resolved_targets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resolved_targets, Unset):
            resolved_targets = []
            for resolved_targets_item_data in self.resolved_targets:
                resolved_targets_item = resolved_targets_item_data.to_dict()
                resolved_targets.append(resolved_targets_item)

        skipped_targets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.skipped_targets, Unset):
            skipped_targets = []
            for skipped_targets_item_data in self.skipped_targets:
                skipped_targets_item = skipped_targets_item_data.to_dict()
                skipped_targets.append(skipped_targets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "state": state,
            }
        )
        if progress is not UNSET:
            field_dict["progress"] = progress
        if risks is not UNSET:
            field_dict["risks"] = risks
        if results is not UNSET:
            field_dict["results"] = results
        if requested_targets is not UNSET:
            field_dict["requested_targets"] = requested_targets
        if resolved_targets is not UNSET:
            field_dict["resolved_targets"] = resolved_targets
        if skipped_targets is not UNSET:
            field_dict["skipped_targets"] = skipped_targets

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
            if not isinstance(_src, (str)):
                raise wrong_type(_src, "a string")

            id = _src

            _field = "type"
            _src = d.pop("type")
            type_ = _by_value_ScanType.get(_src) or ScanType(_src)

            _field = "state"
            _src = d.pop("state")
            state = _by_value_ScanState.get(_src) or ScanState(_src)

            _field = "progress"
            _src = d.pop("progress", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (int, Unset)) or _src is True or _src is False:
                raise wrong_type(_src, "an integer")

            progress = _src

            _field = "risks"
            _src = d.pop("risks", UNSET)
            if _src is None:
                _src = UNSET
            _risks = _src
            risks: ScanRisks | Unset
            if _risks is UNSET:
                risks = UNSET
            else:
                risks = _from_json_ScanRisks(_risks)

            _field = "results"
            _src = d.pop("results", UNSET)
            if _src is None:
                _src = UNSET
            _results = _src
            results: list[ScanResult] | Unset = UNSET
            if _results is not UNSET:
                if not isinstance(_results, list):
                    raise wrong_type(_results, "an array")
                results = []
                for results_item_data in _results:
                    try:
                        results_item = _from_json_ScanResult(results_item_data)

                    except ParseError as e:
                        e.path.insert(0, f"[{len(results)}]")
                        raise
                    except (KeyError, ValueError, TypeError, AttributeError) as e:
                        raise ParseError("", f"[{len(results)}]", e) from e
                    results.append(results_item)

            _field = "requested_targets"
            _src = d.pop("requested_targets", UNSET)
            if _src is None:
                _src = UNSET
            _requested_targets = _src
            requested_targets: list[RequestedTarget] | Unset = UNSET
            if _requested_targets is not UNSET:
                if not isinstance(_requested_targets, list):
                    raise wrong_type(_requested_targets, "an array")
                requested_targets = []
                for requested_targets_item_data in _requested_targets:
                    try:
                        requested_targets_item = _from_json_RequestedTarget(requested_targets_item_data)

                    except ParseError as e:
                        e.path.insert(0, f"[{len(requested_targets)}]")
                        raise
                    except (KeyError, ValueError, TypeError, AttributeError) as e:
                        raise ParseError("", f"[{len(requested_targets)}]", e) from e
                    requested_targets.append(requested_targets_item)

            _field = "resolved_targets"
            _src = d.pop("resolved_targets", UNSET)
            if _src is None:
                _src = UNSET
            _resolved_targets = _src
            resolved_targets: list[ResolvedTarget] | Unset = UNSET
            if _resolved_targets is not UNSET:
                if not isinstance(_resolved_targets, list):
                    raise wrong_type(_resolved_targets, "an array")
                resolved_targets = []
                for resolved_targets_item_data in _resolved_targets:
                    try:
                        resolved_targets_item = _from_json_ResolvedTarget(resolved_targets_item_data)

                    except ParseError as e:
                        e.path.insert(0, f"[{len(resolved_targets)}]")
                        raise
                    except (KeyError, ValueError, TypeError, AttributeError) as e:
                        raise ParseError("", f"[{len(resolved_targets)}]", e) from e
                    resolved_targets.append(resolved_targets_item)

            _field = "skipped_targets"
            _src = d.pop("skipped_targets", UNSET)
            if _src is None:
                _src = UNSET
            _skipped_targets = _src
            skipped_targets: list[SkippedTarget] | Unset = UNSET
            if _skipped_targets is not UNSET:
                if not isinstance(_skipped_targets, list):
                    raise wrong_type(_skipped_targets, "an array")
                skipped_targets = []
                for skipped_targets_item_data in _skipped_targets:
                    try:
                        skipped_targets_item = _from_json_SkippedTarget(skipped_targets_item_data)

                    except ParseError as e:
                        e.path.insert(0, f"[{len(skipped_targets)}]")
                        raise
                    except (KeyError, ValueError, TypeError, AttributeError) as e:
                        raise ParseError("", f"[{len(skipped_targets)}]", e) from e
                    skipped_targets.append(skipped_targets_item)

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
            _obj.type_ = type_
            _obj.state = state
            _obj.progress = progress
            _obj.risks = risks
            _obj.results = results
            _obj.requested_targets = requested_targets
            _obj.resolved_targets = resolved_targets
            _obj.skipped_targets = skipped_targets
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                id,
                type_,
                state,
                progress,
                risks,
                results,
                requested_targets,
                resolved_targets,
                skipped_targets,
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


from ..models.requested_target import RequestedTarget  # noqa: E402
from ..models.resolved_target import ResolvedTarget  # noqa: E402
from ..models.scan_result import ScanResult  # noqa: E402
from ..models.scan_risks import ScanRisks  # noqa: E402
from ..models.skipped_target import SkippedTarget  # noqa: E402

_by_value_ScanState = ScanState._by_value
_by_value_ScanType = ScanType._by_value
_from_json_RequestedTarget = RequestedTarget._from_json
_from_json_ResolvedTarget = ResolvedTarget._from_json
_from_json_ScanResult = ScanResult._from_json
_from_json_ScanRisks = ScanRisks._from_json
_from_json_SkippedTarget = SkippedTarget._from_json
