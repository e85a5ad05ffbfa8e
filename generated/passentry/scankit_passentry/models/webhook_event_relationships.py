from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ParseError, Unset, copy_json, wrong_type

T = TypeVar("T", bound="WebhookEventRelationships")
_new = object.__new__


@_attrs_define
class WebhookEventRelationships:
    """What the webhook refers to; each entry is `{data: {id, type}}` and is in `included`.
    `passScanned` has `scan`, `pass` and `reader`; `passTapped` also `passTap`. Other keys are
    kept.

    """

    scan: WebhookRelationship | Unset = UNSET
    """ A pointer to an entry of `included`. """
    pass_: WebhookRelationship | Unset = UNSET
    """ A pointer to an entry of `included`. """
    reader: WebhookRelationship | Unset = UNSET
    """ A pointer to an entry of `included`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scan, Unset):
            scan = self.scan.to_dict()

        pass_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pass_, Unset):
            pass_ = self.pass_.to_dict()

        reader: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reader, Unset):
            reader = self.reader.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scan is not UNSET:
            field_dict["scan"] = scan
        if pass_ is not UNSET:
            field_dict["pass"] = pass_
        if reader is not UNSET:
            field_dict["reader"] = reader

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `WebhookEventRelationships`; `src_dict` is left unchanged."""
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
            _field = "scan"
            _src = d.pop("scan", UNSET)
            if _src is None:
                _src = UNSET
            _scan = _src
            scan: WebhookRelationship | Unset
            if _scan is UNSET:
                scan = UNSET
            else:
                scan = _from_json_WebhookRelationship(_scan)

            _field = "pass"
            _src = d.pop("pass", UNSET)
            if _src is None:
                _src = UNSET
            _pass_ = _src
            pass_: WebhookRelationship | Unset
            if _pass_ is UNSET:
                pass_ = UNSET
            else:
                pass_ = _from_json_WebhookRelationship(_pass_)

            _field = "reader"
            _src = d.pop("reader", UNSET)
            if _src is None:
                _src = UNSET
            _reader = _src
            reader: WebhookRelationship | Unset
            if _reader is UNSET:
                reader = UNSET
            else:
                reader = _from_json_WebhookRelationship(_reader)

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj: T
        if cls is WebhookEventRelationships:
            # The slots set directly: exactly what attrs' __init__ does here (no validators or
            # converters), without the cost of calling the class (about 0.3 µs a model, bench/cpu.py).
            _obj = _new(cls)
            _obj.scan = scan
            _obj.pass_ = pass_
            _obj.reader = reader
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                scan,
                pass_,
                reader,
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


from ..models.webhook_relationship import WebhookRelationship  # noqa: E402

_from_json_WebhookRelationship = WebhookRelationship._from_json
