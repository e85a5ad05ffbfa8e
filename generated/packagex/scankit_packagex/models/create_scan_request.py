from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scan_type import ScanType
from ..types import UNSET, ParseError, Unset, copy_json, wrong_type

T = TypeVar("T", bound="CreateScanRequest")
_new = object.__new__


@_attrs_define
class CreateScanRequest:
    """The body of `POST /v1/scans`. Only `image_url` is required. (An older version of the docs used a top-level
    `parse_address` boolean; it is now `options.parse_addresses`.)

    """

    image_url: str
    """ The image: a base64-encoded data URL (`data:image/jpeg;base64,...`, soft cap about 7.5 MB) or a public web
    URL. """
    type_: ScanType | Unset = UNSET
    """ What kind of image is scanned: `shipping_label` (the default), `manifest`, `item` or `invoice`. """
    location_id: None | str | Unset = UNSET
    """ The location to attribute this scan to (or null, as in the docs example); the list can later be filtered by
    it. """
    metadata: Metadata | Unset = UNSET
    """ Your own key/value pairs attached to the scan. Free-form: every key lands in `additional_properties`. """
    barcode_values: list[str] | Unset = UNSET
    """ Barcode values you already extracted from the label. """
    weight: float | Unset = UNSET
    """ The weight in pounds, if already known (e.g. weighed on a scale while taking the image). """
    dimensions: Dimensions | Unset = UNSET
    """ Length, width and height in inches. """
    options: ScanOptions | Unset = UNSET
    """ Extra processing to run on the scan. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        location_id: None | str | Unset
        if isinstance(self.location_id, Unset):
            location_id = UNSET
        else:
            location_id = self.location_id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        barcode_values: list[str] | Unset = UNSET
        if not isinstance(self.barcode_values, Unset):
            barcode_values = self.barcode_values

        weight = self.weight

        dimensions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dimensions, Unset):
            dimensions = self.dimensions.to_dict()

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if location_id is not UNSET:
            field_dict["location_id"] = location_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if barcode_values is not UNSET:
            field_dict["barcode_values"] = barcode_values
        if weight is not UNSET:
            field_dict["weight"] = weight
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `CreateScanRequest`; `src_dict` is left unchanged."""
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
            _field = "image_url"
            _src = d.pop("image_url")
            if not isinstance(_src, (str)):
                raise wrong_type(_src, "a string")

            image_url = _src

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

            _field = "location_id"
            _src = d.pop("location_id", UNSET)
            location_id = _src
            if not (location_id is None or isinstance(location_id, (str, Unset))):
                raise wrong_type(location_id, "None | str")

            _field = "metadata"
            _src = d.pop("metadata", UNSET)
            if _src is None:
                _src = UNSET
            _metadata = _src
            metadata: Metadata | Unset
            if _metadata is UNSET:
                metadata = UNSET
            else:
                metadata = _from_json_Metadata(_metadata)

            _field = "barcode_values"
            _src = d.pop("barcode_values", UNSET)
            if _src is None:
                _src = UNSET
            _barcode_values = _src
            if not (isinstance(_barcode_values, list) or isinstance(_barcode_values, Unset)):
                raise wrong_type(_barcode_values, "an array")
            barcode_values = cast(list[str] | Unset, _barcode_values)

            _field = "weight"
            _src = d.pop("weight", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (int, float, Unset)) or _src is True or _src is False:
                raise wrong_type(_src, "a number")

            weight = _src

            _field = "dimensions"
            _src = d.pop("dimensions", UNSET)
            if _src is None:
                _src = UNSET
            _dimensions = _src
            dimensions: Dimensions | Unset
            if _dimensions is UNSET:
                dimensions = UNSET
            else:
                dimensions = _from_json_Dimensions(_dimensions)

            _field = "options"
            _src = d.pop("options", UNSET)
            if _src is None:
                _src = UNSET
            _options = _src
            options: ScanOptions | Unset
            if _options is UNSET:
                options = UNSET
            else:
                options = _from_json_ScanOptions(_options)

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj: T
        if cls is CreateScanRequest:
            # The slots set directly: exactly what attrs' __init__ does here (no validators or
            # converters), without the cost of calling the class (about 0.3 µs a model, bench/cpu.py).
            _obj = _new(cls)
            _obj.image_url = image_url
            _obj.type_ = type_
            _obj.location_id = location_id
            _obj.metadata = metadata
            _obj.barcode_values = barcode_values
            _obj.weight = weight
            _obj.dimensions = dimensions
            _obj.options = options
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                image_url,
                type_,
                location_id,
                metadata,
                barcode_values,
                weight,
                dimensions,
                options,
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


from ..models.dimensions import Dimensions  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
from ..models.scan_options import ScanOptions  # noqa: E402

_by_value_ScanType = ScanType._by_value
_from_json_Dimensions = Dimensions._from_json
_from_json_Metadata = Metadata._from_json
_from_json_ScanOptions = ScanOptions._from_json
