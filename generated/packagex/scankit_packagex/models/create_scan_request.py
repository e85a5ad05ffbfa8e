from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import orjson
from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    type_: ScanType | None = _attrs_field(default=NOT_GIVEN)
    """ What kind of image is scanned: `shipping_label` (the default), `manifest`, `item` or `invoice`. """
    location_id: str | None = _attrs_field(default=NOT_GIVEN)
    """ The location to attribute this scan to (or null, as in the docs example); the list can later be filtered by
    it. """
    metadata: Metadata | None = _attrs_field(default=NOT_GIVEN)
    """ Your own key/value pairs attached to the scan. Free-form: every key lands in `additional_properties`. """
    barcode_values: list[str] | None = _attrs_field(default=NOT_GIVEN)
    """ Barcode values you already extracted from the label. """
    weight: float | None = _attrs_field(default=NOT_GIVEN)
    """ The weight in pounds, if already known (e.g. weighed on a scale while taking the image). """
    dimensions: Dimensions | None = _attrs_field(default=NOT_GIVEN)
    """ Length, width and height in inches. """
    options: ScanOptions | None = _attrs_field(default=NOT_GIVEN)
    """ Extra processing to run on the scan. """
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
                "type_",
                "location_id",
                "metadata",
                "barcode_values",
                "weight",
                "dimensions",
                "options",
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
        image_url = self.image_url
        field_dict["image_url"] = image_url
        if self.type_ is not None:
            field_dict["type"] = str.__str__(self.type_)
        elif self._nulls & 1:
            field_dict["type"] = None
        if self.location_id is not None:
            location_id: None | str
            location_id = self.location_id
            field_dict["location_id"] = location_id
        elif self._nulls & 2:
            field_dict["location_id"] = None
        if self.metadata is not None:
            metadata = self.metadata.to_dict()
            field_dict["metadata"] = metadata
        elif self._nulls & 4:
            field_dict["metadata"] = None
        if self.barcode_values is not None:
            barcode_values = self.barcode_values

            field_dict["barcode_values"] = barcode_values
        elif self._nulls & 8:
            field_dict["barcode_values"] = None
        if self.weight is not None:
            field_dict["weight"] = self.weight
        elif self._nulls & 16:
            field_dict["weight"] = None
        if self.dimensions is not None:
            dimensions = self.dimensions.to_dict()
            field_dict["dimensions"] = dimensions
        elif self._nulls & 32:
            field_dict["dimensions"] = None
        if self.options is not None:
            options = self.options.to_dict()
            field_dict["options"] = options
        elif self._nulls & 64:
            field_dict["options"] = None

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
                "image_url",
                *(("type_",) if self.type_ is not None or self._nulls & 1 else ()),
                *(("location_id",) if self.location_id is not None or self._nulls & 2 else ()),
                *(("metadata",) if self.metadata is not None or self._nulls & 4 else ()),
                *(("barcode_values",) if self.barcode_values is not None or self._nulls & 8 else ()),
                *(("weight",) if self.weight is not None or self._nulls & 16 else ()),
                *(("dimensions",) if self.dimensions is not None or self._nulls & 32 else ()),
                *(("options",) if self.options is not None or self._nulls & 64 else ()),
            )
        )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `CreateScanRequest`; `src_dict` is left unchanged."""
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
            if len(d) == 8:
                try:
                    image_url = d["image_url"]
                    _v_type_ = d["type"]
                    _v_location_id = d["location_id"]
                    _v_metadata = d["metadata"]
                    _v_barcode_values = d["barcode_values"]
                    weight = d["weight"]
                    _v_dimensions = d["dimensions"]
                    _v_options = d["options"]
                except KeyError:  # an unknown field in place of a known one
                    _field = "image_url"
                    image_url = d.pop("image_url")
                    _v_type_ = d.pop("type", UNSET)
                    _v_location_id = d.pop("location_id", UNSET)
                    _v_metadata = d.pop("metadata", UNSET)
                    _v_barcode_values = d.pop("barcode_values", UNSET)
                    weight = d.pop("weight", UNSET)
                    _v_dimensions = d.pop("dimensions", UNSET)
                    _v_options = d.pop("options", UNSET)

                else:
                    d = _NO_KEYS  # no keys left over: the object is not kept
            else:
                _field = "image_url"
                image_url = d.pop("image_url")
                _v_type_ = d.pop("type", UNSET)
                _v_location_id = d.pop("location_id", UNSET)
                _v_metadata = d.pop("metadata", UNSET)
                _v_barcode_values = d.pop("barcode_values", UNSET)
                weight = d.pop("weight", UNSET)
                _v_dimensions = d.pop("dimensions", UNSET)
                _v_options = d.pop("options", UNSET)

            _field = "image_url"
            if image_url.__class__ is not str:
                if not isinstance(image_url, str):
                    raise wrong_type(image_url, "a string")

            _field = "type"
            type_: ScanType | None
            if _v_type_.__class__ is str:  # the usual case first, in one check
                try:  # a subscript is cheaper than .get(); a value the spec does not list is kept by the enum
                    type_ = _by_value_ScanType[_v_type_]
                except KeyError:
                    type_ = ScanType(_v_type_)
            elif _v_type_ is UNSET:
                type_ = None
            elif _v_type_ is None:
                type_ = None
                _nulls |= 1  # type_
            else:
                type_ = _by_value_ScanType.get(_v_type_) or ScanType(_v_type_)

            _field = "location_id"
            location_id: str | None
            if _v_location_id.__class__ is str:  # the usual case first, in one check
                location_id = _v_location_id
            elif _v_location_id is UNSET:
                location_id = None
            elif _v_location_id is None:
                location_id = None
                _nulls |= 2  # location_id
            else:
                location_id = _v_location_id
                if not (location_id is None or isinstance(location_id, (str))):
                    raise wrong_type(location_id, "None | str")

            _field = "metadata"
            metadata: Metadata | None
            if _v_metadata.__class__ is dict:  # the usual case first, in one check
                metadata = _from_json_Metadata(_v_metadata)
            elif _v_metadata is UNSET:
                metadata = None
            elif _v_metadata is None:
                metadata = None
                _nulls |= 4  # metadata
            else:
                metadata = _from_json_Metadata(_v_metadata)

            _field = "barcode_values"
            barcode_values: list[str] | None
            if _v_barcode_values.__class__ is list:  # the usual case first, in one check
                barcode_values = _v_barcode_values  # its items as they are, as the else branch keeps them
            elif _v_barcode_values is UNSET:
                barcode_values = None
            elif _v_barcode_values is None:
                barcode_values = None
                _nulls |= 8  # barcode_values
            else:  # not a list (decoded JSON has no subclass of list): what the construct would say
                raise wrong_type(_v_barcode_values, "an array")

            _field = "weight"
            if weight.__class__ is float:  # the usual case first, in one check
                pass
            elif weight is UNSET:
                weight = None
            elif weight is None:
                _nulls |= 16  # weight
            else:
                if not isinstance(weight, (int, float)) or weight is True or weight is False:
                    raise wrong_type(weight, "a number")

            _field = "dimensions"
            dimensions: Dimensions | None
            if _v_dimensions.__class__ is dict:  # the usual case first, in one check
                dimensions = _from_json_Dimensions(_v_dimensions)
            elif _v_dimensions is UNSET:
                dimensions = None
            elif _v_dimensions is None:
                dimensions = None
                _nulls |= 32  # dimensions
            else:
                dimensions = _from_json_Dimensions(_v_dimensions)

            _field = "options"
            options: ScanOptions | None
            if _v_options.__class__ is dict:  # the usual case first, in one check
                if len(_v_options) == 2:
                    try:
                        _i_parse_addresses = _v_options["parse_addresses"]
                        _i_match_contacts = _v_options["match_contacts"]
                    except KeyError:  # another key in place of a field's: _from_json says which
                        _i_parse_addresses = UNSET
                    if _i_parse_addresses.__class__ is bool and _i_match_contacts.__class__ is bool:
                        options = _new(ScanOptions)
                        options.parse_addresses = _i_parse_addresses
                        options.match_contacts = _i_match_contacts
                        options._nulls = 0
                    else:
                        options = _from_json_ScanOptions(_v_options)

                else:
                    options = _from_json_ScanOptions(_v_options)
            elif _v_options is UNSET:
                options = None
            elif _v_options is None:
                options = None
                _nulls |= 64  # options
            else:
                options = _from_json_ScanOptions(_v_options)

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
            _obj._nulls = _nulls
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


from ..models.dimensions import Dimensions  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
from ..models.scan_options import ScanOptions  # noqa: E402

_by_value_ScanType = ScanType._by_value
_from_json_Dimensions = Dimensions._from_json
_from_json_Metadata = Metadata._from_json
_from_json_ScanOptions = ScanOptions._from_json
