from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.risk_status import RiskStatus
from ..models.scan_state import ScanState
from ..models.scan_type import ScanType
from ..types import UNSET, ParseError, Unset, copy_json, wrong_type

T = TypeVar("T", bound="WebhookEventData")
_new = object.__new__


@_attrs_define
class WebhookEventData:
    """The object the event is about: a (partial) Scan for `scan.*` events, a (partial) Risk for
    `risk.*` events. Fields of both are declared here, all optional; which are present depends
    on `type`. Fetch the full object with `client.scans.get(data.id)` or `client.risks.get(data.id)`.

    Inferred: the docs show full Scan and Risk objects; the 2023 test deliveries send only a
    few fields (`{id, type}` for scans), so only `id`, present in every example, is required.

    """

    id: str
    """ The scan's or the risk's id. """
    type_: ScanType | Unset = UNSET
    """ The kind of scan. Open list: the docs' pages disagree (the create page lists
    `NMAP_UDP`, the list page lists `OWASP_ZAP_ACTIVE`), so this is their union, and
    HostedScan may add scanners.
     """
    state: ScanState | Unset = UNSET
    """ Where a scan is in its life: `QUEUED`, then `RUNNING`, then `SUCCEEDED` or `FAILED`.
    `OVER_LIMIT` means the scan was not run because the account is over its plan's limit.
     """
    progress: int | Unset = UNSET
    """ Scans: progress in percent, 0 to 100. """
    results: list[ScanResult] | Unset = UNSET
    """ Scans: the result files the scan produced. """
    requested_targets: list[RequestedTarget] | Unset = UNSET
    """ Scans: the targets the scan was asked to run against. """
    resolved_targets: list[ResolvedTarget] | Unset = UNSET
    """ Scans: the targets as resolved. """
    skipped_targets: list[SkippedTarget] | Unset = UNSET
    """ Scans: targets that were skipped, and why. """
    target_id: str | Unset = UNSET
    """ Risks: the target the risk was found on. """
    target: str | Unset = UNSET
    """ Risks: the target's host, address or URL. """
    tags: list[str] | Unset = UNSET
    """ Risks: the risk's tags. """
    status: RiskStatus | Unset = UNSET
    """ Whether the risk is still found on its target (`OPEN`) or no longer (`CLOSED`). """
    risk_definition: RiskDefinition | Unset = UNSET
    """ What kind of risk this is - the same definition is shared by every target it is found on. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        progress = self.progress

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

        target_id = self.target_id

        target = self.target

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        risk_definition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.risk_definition, Unset):
            risk_definition = self.risk_definition.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if state is not UNSET:
            field_dict["state"] = state
        if progress is not UNSET:
            field_dict["progress"] = progress
        if results is not UNSET:
            field_dict["results"] = results
        if requested_targets is not UNSET:
            field_dict["requested_targets"] = requested_targets
        if resolved_targets is not UNSET:
            field_dict["resolved_targets"] = resolved_targets
        if skipped_targets is not UNSET:
            field_dict["skipped_targets"] = skipped_targets
        if target_id is not UNSET:
            field_dict["target_id"] = target_id
        if target is not UNSET:
            field_dict["target"] = target
        if tags is not UNSET:
            field_dict["tags"] = tags
        if status is not UNSET:
            field_dict["status"] = status
        if risk_definition is not UNSET:
            field_dict["risk_definition"] = risk_definition

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `WebhookEventData`; `src_dict` is left unchanged."""
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
            _src = d.pop("type", UNSET)
            if _src is None:
                _src = UNSET
            _type_ = _src
            type_: ScanType | Unset
            if _type_ is UNSET:
                type_ = UNSET
            else:
                type_ = _by_value_ScanType.get(_type_) or ScanType(_type_)

            _field = "state"
            _src = d.pop("state", UNSET)
            if _src is None:
                _src = UNSET
            _state = _src
            state: ScanState | Unset
            if _state is UNSET:
                state = UNSET
            else:
                state = _by_value_ScanState.get(_state) or ScanState(_state)

            _field = "progress"
            _src = d.pop("progress", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (int, Unset)) or _src is True or _src is False:
                raise wrong_type(_src, "an integer")

            progress = _src

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

            _field = "target_id"
            _src = d.pop("target_id", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (str, Unset)):
                raise wrong_type(_src, "a string")

            target_id = _src

            _field = "target"
            _src = d.pop("target", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (str, Unset)):
                raise wrong_type(_src, "a string")

            target = _src

            _field = "tags"
            _src = d.pop("tags", UNSET)
            if _src is None:
                _src = UNSET
            _tags = _src
            if not (isinstance(_tags, list) or isinstance(_tags, Unset)):
                raise wrong_type(_tags, "an array")
            tags = cast(list[str] | Unset, _tags)

            _field = "status"
            _src = d.pop("status", UNSET)
            if _src is None:
                _src = UNSET
            _status = _src
            status: RiskStatus | Unset
            if _status is UNSET:
                status = UNSET
            else:
                status = _by_value_RiskStatus.get(_status) or RiskStatus(_status)

            _field = "risk_definition"
            _src = d.pop("risk_definition", UNSET)
            if _src is None:
                _src = UNSET
            _risk_definition = _src
            risk_definition: RiskDefinition | Unset
            if _risk_definition is UNSET:
                risk_definition = UNSET
            else:
                risk_definition = _from_json_RiskDefinition(_risk_definition)

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj: T
        if cls is WebhookEventData:
            # The slots set directly: exactly what attrs' __init__ does here (no validators or
            # converters), without the cost of calling the class (about 0.3 µs a model, bench/cpu.py).
            _obj = _new(cls)
            _obj.id = id
            _obj.type_ = type_
            _obj.state = state
            _obj.progress = progress
            _obj.results = results
            _obj.requested_targets = requested_targets
            _obj.resolved_targets = resolved_targets
            _obj.skipped_targets = skipped_targets
            _obj.target_id = target_id
            _obj.target = target
            _obj.tags = tags
            _obj.status = status
            _obj.risk_definition = risk_definition
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                id,
                type_,
                state,
                progress,
                results,
                requested_targets,
                resolved_targets,
                skipped_targets,
                target_id,
                target,
                tags,
                status,
                risk_definition,
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
from ..models.risk_definition import RiskDefinition  # noqa: E402
from ..models.scan_result import ScanResult  # noqa: E402
from ..models.skipped_target import SkippedTarget  # noqa: E402

_by_value_RiskStatus = RiskStatus._by_value
_by_value_ScanState = ScanState._by_value
_by_value_ScanType = ScanType._by_value
_from_json_RequestedTarget = RequestedTarget._from_json
_from_json_ResolvedTarget = ResolvedTarget._from_json
_from_json_RiskDefinition = RiskDefinition._from_json
_from_json_ScanResult = ScanResult._from_json
_from_json_SkippedTarget = SkippedTarget._from_json
