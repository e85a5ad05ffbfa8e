from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import orjson
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scan_state import ScanState
from ..models.scan_type import ScanType
from ..types import (
    _NO_KEYS,
    NOT_GIVEN,
    UNSET,
    ParseError,
    _model_getattr,
    copy_json,
    wrong_type,
)

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
    progress: int | None = _attrs_field(default=NOT_GIVEN)
    """ How far the scan has got, as a percentage (0 to 100). """
    risks: ScanRisks | None = _attrs_field(default=NOT_GIVEN)
    """ The risks this scan found, split by how they changed: newly opened, still open since an
    earlier scan, and closed (no longer found). Each entry is the ID of a Risk.
     """
    results: list[ScanResult] | None = _attrs_field(default=NOT_GIVEN)
    """ The result files this scan produced; download each with `results.download`. """
    requested_targets: list[RequestedTarget] | None = _attrs_field(default=NOT_GIVEN)
    """ The targets the scan was asked to scan. """
    resolved_targets: list[ResolvedTarget] | None = _attrs_field(default=NOT_GIVEN)
    """ The targets the scan resolved and scanned (for example a domain resolved to an address). """
    skipped_targets: list[SkippedTarget] | None = _attrs_field(default=NOT_GIVEN)
    """ The targets the scan skipped, each with the reason. """
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
                "progress",
                "risks",
                "results",
                "requested_targets",
                "resolved_targets",
                "skipped_targets",
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
        field_dict["type"] = str.__str__(self.type_)
        field_dict["state"] = str.__str__(self.state)
        if self.progress is not None:
            field_dict["progress"] = self.progress
        elif self._nulls & 1:
            field_dict["progress"] = None
        if self.risks is not None:
            risks = self.risks.to_dict()
            field_dict["risks"] = risks
        elif self._nulls & 2:
            field_dict["risks"] = None
        if self.results is not None:
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

            field_dict["results"] = results
        elif self._nulls & 4:
            field_dict["results"] = None
        if self.requested_targets is not None:
            requested_targets = []
            for requested_targets_item_data in self.requested_targets:
                requested_targets_item = requested_targets_item_data.to_dict()
                requested_targets.append(requested_targets_item)

            field_dict["requested_targets"] = requested_targets
        elif self._nulls & 8:
            field_dict["requested_targets"] = None
        if self.resolved_targets is not None:
            resolved_targets = []
            for resolved_targets_item_data in self.resolved_targets:
                resolved_targets_item = resolved_targets_item_data.to_dict()
                resolved_targets.append(resolved_targets_item)

            field_dict["resolved_targets"] = resolved_targets
        elif self._nulls & 16:
            field_dict["resolved_targets"] = None
        if self.skipped_targets is not None:
            skipped_targets = []
            for skipped_targets_item_data in self.skipped_targets:
                skipped_targets_item = skipped_targets_item_data.to_dict()
                skipped_targets.append(skipped_targets_item)

            field_dict["skipped_targets"] = skipped_targets
        elif self._nulls & 32:
            field_dict["skipped_targets"] = None

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
                "type_",
                "state",
                *(("progress",) if self.progress is not None or self._nulls & 1 else ()),
                *(("risks",) if self.risks is not None or self._nulls & 2 else ()),
                *(("results",) if self.results is not None or self._nulls & 4 else ()),
                *(("requested_targets",) if self.requested_targets is not None or self._nulls & 8 else ()),
                *(("resolved_targets",) if self.resolved_targets is not None or self._nulls & 16 else ()),
                *(("skipped_targets",) if self.skipped_targets is not None or self._nulls & 32 else ()),
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
            if len(d) == 9:
                try:
                    id = d["id"]
                    _v_type_ = d["type"]
                    _v_state = d["state"]
                    progress = d["progress"]
                    _v_risks = d["risks"]
                    _v_results = d["results"]
                    _v_requested_targets = d["requested_targets"]
                    _v_resolved_targets = d["resolved_targets"]
                    _v_skipped_targets = d["skipped_targets"]
                except KeyError:  # an unknown field in place of a known one
                    _field = "id"
                    id = d.pop("id")
                    _field = "type"
                    _v_type_ = d.pop("type")
                    _field = "state"
                    _v_state = d.pop("state")
                    progress = d.pop("progress", UNSET)
                    _v_risks = d.pop("risks", UNSET)
                    _v_results = d.pop("results", UNSET)
                    _v_requested_targets = d.pop("requested_targets", UNSET)
                    _v_resolved_targets = d.pop("resolved_targets", UNSET)
                    _v_skipped_targets = d.pop("skipped_targets", UNSET)

                else:
                    d = _NO_KEYS  # no keys left over: the object is not kept
            else:
                _field = "id"
                id = d.pop("id")
                _field = "type"
                _v_type_ = d.pop("type")
                _field = "state"
                _v_state = d.pop("state")
                progress = d.pop("progress", UNSET)
                _v_risks = d.pop("risks", UNSET)
                _v_results = d.pop("results", UNSET)
                _v_requested_targets = d.pop("requested_targets", UNSET)
                _v_resolved_targets = d.pop("resolved_targets", UNSET)
                _v_skipped_targets = d.pop("skipped_targets", UNSET)

            _field = "id"
            if id.__class__ is not str:
                if not isinstance(id, str):
                    raise wrong_type(id, "a string")

            _field = "type"
            try:  # a subscript is cheaper than .get(); a value the spec does not list is kept by the enum
                type_ = _by_value_ScanType[_v_type_]
            except KeyError:
                type_ = ScanType(_v_type_)

            _field = "state"
            try:  # a subscript is cheaper than .get(); a value the spec does not list is kept by the enum
                state = _by_value_ScanState[_v_state]
            except KeyError:
                state = ScanState(_v_state)

            _field = "progress"
            if progress.__class__ is int:  # the usual case first, in one check
                pass
            elif progress is UNSET:
                progress = None
            elif progress is None:
                _nulls |= 1  # progress
            else:
                if not isinstance(progress, int) or progress is True or progress is False:
                    raise wrong_type(progress, "an integer")

            _field = "risks"
            risks: ScanRisks | None
            if _v_risks.__class__ is dict:  # the usual case first, in one check
                risks = _from_json_ScanRisks(_v_risks)
            elif _v_risks is UNSET:
                risks = None
            elif _v_risks is None:
                risks = None
                _nulls |= 2  # risks
            else:
                risks = _from_json_ScanRisks(_v_risks)

            _field = "results"
            results: list[ScanResult] | None
            if _v_results.__class__ is list:  # the usual case first, in one check
                results = _v_results
                _k_results = 0
                for results_item_data in _v_results:
                    try:
                        if results_item_data.__class__ is dict and len(results_item_data) == 2:
                            try:
                                _i_result_id = results_item_data["result_id"]
                                _i_content_type = results_item_data["content_type"]
                            except KeyError:  # another key in place of a field's: _from_json says which
                                _i_result_id = UNSET
                            if (
                                _i_result_id.__class__ is str
                                and _i_content_type.__class__ is str
                                and (_e_content_type := _by_value_ResultContentType.get(_i_content_type)) is not None
                            ):
                                results_item = _new(ScanResult)
                                results_item.result_id = _i_result_id
                                results_item.content_type = _e_content_type
                                results_item._nulls = 0
                            else:
                                results_item = _from_json_ScanResult(results_item_data)

                        else:
                            results_item = _from_json_ScanResult(results_item_data)

                    except ParseError as e:
                        e.path.insert(0, f"[{_k_results}]")
                        raise
                    except (KeyError, ValueError, TypeError, AttributeError) as e:
                        raise ParseError("", f"[{_k_results}]", e) from e
                    _v_results[_k_results] = results_item
                    _k_results += 1
            elif _v_results is UNSET:
                results = None
            elif _v_results is None:
                results = None
                _nulls |= 4  # results
            else:  # not a list (decoded JSON has no subclass of list): what the construct would say
                raise wrong_type(_v_results, "an array")

            _field = "requested_targets"
            requested_targets: list[RequestedTarget] | None
            if _v_requested_targets.__class__ is list:  # the usual case first, in one check
                requested_targets = _v_requested_targets
                _k_requested_targets = 0
                for requested_targets_item_data in _v_requested_targets:
                    try:
                        if requested_targets_item_data.__class__ is dict and len(requested_targets_item_data) == 2:
                            try:
                                _i_target_id = requested_targets_item_data["target_id"]
                                _i_target = requested_targets_item_data["target"]
                            except KeyError:  # another key in place of a field's: _from_json says which
                                _i_target_id = UNSET
                            if _i_target_id.__class__ is str and _i_target.__class__ is str:
                                requested_targets_item = _new(RequestedTarget)
                                requested_targets_item.target_id = _i_target_id
                                requested_targets_item.target = _i_target
                                requested_targets_item._nulls = 0
                            else:
                                requested_targets_item = _from_json_RequestedTarget(requested_targets_item_data)

                        else:
                            requested_targets_item = _from_json_RequestedTarget(requested_targets_item_data)

                    except ParseError as e:
                        e.path.insert(0, f"[{_k_requested_targets}]")
                        raise
                    except (KeyError, ValueError, TypeError, AttributeError) as e:
                        raise ParseError("", f"[{_k_requested_targets}]", e) from e
                    _v_requested_targets[_k_requested_targets] = requested_targets_item
                    _k_requested_targets += 1
            elif _v_requested_targets is UNSET:
                requested_targets = None
            elif _v_requested_targets is None:
                requested_targets = None
                _nulls |= 8  # requested_targets
            else:  # not a list (decoded JSON has no subclass of list): what the construct would say
                raise wrong_type(_v_requested_targets, "an array")

            _field = "resolved_targets"
            resolved_targets: list[ResolvedTarget] | None
            if _v_resolved_targets.__class__ is list:  # the usual case first, in one check
                resolved_targets = _v_resolved_targets
                _k_resolved_targets = 0
                for resolved_targets_item_data in _v_resolved_targets:
                    try:
                        if resolved_targets_item_data.__class__ is dict and len(resolved_targets_item_data) == 2:
                            try:
                                _i_target_id = resolved_targets_item_data["target_id"]
                                _i_resolved_target = resolved_targets_item_data["resolved_target"]
                            except KeyError:  # another key in place of a field's: _from_json says which
                                _i_target_id = UNSET
                            if _i_target_id.__class__ is str and _i_resolved_target.__class__ is str:
                                resolved_targets_item = _new(ResolvedTarget)
                                resolved_targets_item.target_id = _i_target_id
                                resolved_targets_item.resolved_target = _i_resolved_target
                                resolved_targets_item._nulls = 0
                            else:
                                resolved_targets_item = _from_json_ResolvedTarget(resolved_targets_item_data)

                        else:
                            resolved_targets_item = _from_json_ResolvedTarget(resolved_targets_item_data)

                    except ParseError as e:
                        e.path.insert(0, f"[{_k_resolved_targets}]")
                        raise
                    except (KeyError, ValueError, TypeError, AttributeError) as e:
                        raise ParseError("", f"[{_k_resolved_targets}]", e) from e
                    _v_resolved_targets[_k_resolved_targets] = resolved_targets_item
                    _k_resolved_targets += 1
            elif _v_resolved_targets is UNSET:
                resolved_targets = None
            elif _v_resolved_targets is None:
                resolved_targets = None
                _nulls |= 16  # resolved_targets
            else:  # not a list (decoded JSON has no subclass of list): what the construct would say
                raise wrong_type(_v_resolved_targets, "an array")

            _field = "skipped_targets"
            skipped_targets: list[SkippedTarget] | None
            if _v_skipped_targets.__class__ is list:  # the usual case first, in one check
                skipped_targets = _v_skipped_targets
                _k_skipped_targets = 0
                for skipped_targets_item_data in _v_skipped_targets:
                    try:
                        if skipped_targets_item_data.__class__ is dict and len(skipped_targets_item_data) == 2:
                            try:
                                _i_target_id = skipped_targets_item_data["target_id"]
                                _i_skipped_reason = skipped_targets_item_data["skipped_reason"]
                            except KeyError:  # another key in place of a field's: _from_json says which
                                _i_target_id = UNSET
                            if _i_target_id.__class__ is str and _i_skipped_reason.__class__ is str:
                                skipped_targets_item = _new(SkippedTarget)
                                skipped_targets_item.target_id = _i_target_id
                                skipped_targets_item.skipped_reason = _i_skipped_reason
                                skipped_targets_item._nulls = 0
                            else:
                                skipped_targets_item = _from_json_SkippedTarget(skipped_targets_item_data)

                        else:
                            skipped_targets_item = _from_json_SkippedTarget(skipped_targets_item_data)

                    except ParseError as e:
                        e.path.insert(0, f"[{_k_skipped_targets}]")
                        raise
                    except (KeyError, ValueError, TypeError, AttributeError) as e:
                        raise ParseError("", f"[{_k_skipped_targets}]", e) from e
                    _v_skipped_targets[_k_skipped_targets] = skipped_targets_item
                    _k_skipped_targets += 1
            elif _v_skipped_targets is UNSET:
                skipped_targets = None
            elif _v_skipped_targets is None:
                skipped_targets = None
                _nulls |= 32  # skipped_targets
            else:  # not a list (decoded JSON has no subclass of list): what the construct would say
                raise wrong_type(_v_skipped_targets, "an array")

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
            _obj._nulls = _nulls
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


from ..models.requested_target import RequestedTarget  # noqa: E402
from ..models.resolved_target import ResolvedTarget  # noqa: E402
from ..models.result_content_type import ResultContentType  # noqa: E402
from ..models.scan_result import ScanResult  # noqa: E402
from ..models.scan_risks import ScanRisks  # noqa: E402
from ..models.skipped_target import SkippedTarget  # noqa: E402

_by_value_ScanState = ScanState._by_value
_by_value_ScanType = ScanType._by_value
_by_value_ResultContentType = ResultContentType._by_value
_from_json_RequestedTarget = RequestedTarget._from_json
_from_json_ResolvedTarget = ResolvedTarget._from_json
_from_json_ScanResult = ScanResult._from_json
_from_json_ScanRisks = ScanRisks._from_json
_from_json_SkippedTarget = SkippedTarget._from_json
