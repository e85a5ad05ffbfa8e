from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import orjson
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.extracted_label import ExtractedLabel
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
    """One scanned image and the data extracted from it (`object` is `"scan"`). Only `id`, `object` and `created_at` are
    required. Extraction of weight and dimensions is experimental.

    """

    object_: str
    """ The object type, always `"scan"`. """
    id: str
    """ Unique identifier of the scan (`scan_` plus a base58-style suffix). """
    created_at: int
    """ When the scan was created, in epoch seconds (UTC). """
    updated_at: int | None = _attrs_field(default=NOT_GIVEN)
    """ When the scan was last updated, in epoch seconds. Inferred: the field is in the SDK sample; its type is
    inferred from PackageX's other models (`created_at` is epoch seconds). """
    contact_matches: ContactMatches | None = _attrs_field(default=NOT_GIVEN)
    """ Contacts matched to the sender and recipient. Only filled when the scan was created with
    `options.match_contacts: true`. Inferred: null (or absent) otherwise. """
    dimensions: Dimensions | None = _attrs_field(default=NOT_GIVEN)
    """ The item's dimensions in inches, if they exist (experimental). Inferred: null when none were extracted; the
    SDK sample models each dimension as a string. """
    extracted_labels: list[ExtractedLabel] | None = _attrs_field(default=NOT_GIVEN)
    """ Labels found on the document (food, fragile, time_sensitive...). """
    hash_: str | None = _attrs_field(default=NOT_GIVEN)
    """ A unique hash of this scan; use it to spot duplicate scans. """
    image_url: str | None = _attrs_field(default=NOT_GIVEN)
    """ The URL of the stored image used for this scan. """
    location_id: str | None = _attrs_field(default=NOT_GIVEN)
    """ The hub location this scan is attributed to, or null. """
    metadata: Metadata | None = _attrs_field(default=NOT_GIVEN)
    """ Your own key/value pairs attached to the scan. Free-form: every key lands in `additional_properties`. """
    organization_id: str | None = _attrs_field(default=NOT_GIVEN)
    """ The organization that owns the scan; always your organization. """
    provider_name: str | None = _attrs_field(default=NOT_GIVEN)
    """ The name of the shipping provider (carrier). Inferred: null when none was extracted. """
    purchase_order: str | None = _attrs_field(default=NOT_GIVEN)
    """ Any purchase order number extracted from the image. Inferred: null when none was extracted. """
    raw_text: str | None = _attrs_field(default=NOT_GIVEN)
    """ Inferred: the raw OCR text of the image (field from the SDK sample, where it is null). """
    recipient: ScanParty | None = _attrs_field(default=NOT_GIVEN)
    """ The recipient read off the label. Inferred: shape from the SDK sample; may be null. """
    sender: ScanParty | None = _attrs_field(default=NOT_GIVEN)
    """ The sender read off the label. Inferred: shape from the SDK sample; may be null. """
    reference_number: str | None = _attrs_field(default=NOT_GIVEN)
    """ A reference number extracted from the image. Inferred: field from the SDK sample. """
    rma_number: str | None = _attrs_field(default=NOT_GIVEN)
    """ A return merchandise authorization number extracted from the image. Inferred: field from the SDK sample. """
    service_level_name: str | None = _attrs_field(default=NOT_GIVEN)
    """ The carrier's service level (e.g. Ground). Inferred: field from the SDK sample. """
    tracking_number: str | None = _attrs_field(default=NOT_GIVEN)
    """ The tracking number extracted from the image. Inferred: field from the SDK sample. """
    type_: ScanType | None = _attrs_field(default=NOT_GIVEN)
    """ What kind of image was scanned. Inferred: the field is in the SDK sample (a plain string); that it takes the
    create request's `type` values is inferred. """
    weight: str | None = _attrs_field(default=NOT_GIVEN)
    """ The weight as extracted from the image (raw text, experimental). Inferred: the SDK sample models it as a
    string; the unit is whatever the label shows. """
    field_search: SearchRelevance | None = _attrs_field(default=NOT_GIVEN)
    """ Inferred: only present when the list was filtered with `search`; how relevant this scan is. """
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
                "contact_matches",
                "dimensions",
                "extracted_labels",
                "hash_",
                "image_url",
                "location_id",
                "metadata",
                "organization_id",
                "provider_name",
                "purchase_order",
                "raw_text",
                "recipient",
                "sender",
                "reference_number",
                "rma_number",
                "service_level_name",
                "tracking_number",
                "type_",
                "weight",
                "field_search",
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
        object_ = self.object_
        field_dict["object"] = object_
        id = self.id
        field_dict["id"] = id
        created_at = self.created_at
        field_dict["created_at"] = created_at
        if self.updated_at is not None:
            updated_at: int | None
            updated_at = self.updated_at
            field_dict["updated_at"] = updated_at
        elif self._nulls & 1:
            field_dict["updated_at"] = None
        if self.contact_matches is not None:
            contact_matches: dict[str, Any] | None
            contact_matches = self.contact_matches.to_dict()

            field_dict["contact_matches"] = contact_matches
        elif self._nulls & 2:
            field_dict["contact_matches"] = None
        if self.dimensions is not None:
            dimensions: dict[str, Any] | None
            dimensions = self.dimensions.to_dict()

            field_dict["dimensions"] = dimensions
        elif self._nulls & 4:
            field_dict["dimensions"] = None
        if self.extracted_labels is not None:
            extracted_labels = []
            for extracted_labels_item_data in self.extracted_labels:
                extracted_labels_item = extracted_labels_item_data.value
                extracted_labels.append(extracted_labels_item)

            field_dict["extracted_labels"] = extracted_labels
        elif self._nulls & 8:
            field_dict["extracted_labels"] = None
        if self.hash_ is not None:
            field_dict["hash"] = self.hash_
        elif self._nulls & 16:
            field_dict["hash"] = None
        if self.image_url is not None:
            field_dict["image_url"] = self.image_url
        elif self._nulls & 32:
            field_dict["image_url"] = None
        if self.location_id is not None:
            location_id: None | str
            location_id = self.location_id
            field_dict["location_id"] = location_id
        elif self._nulls & 64:
            field_dict["location_id"] = None
        if self.metadata is not None:
            metadata = self.metadata.to_dict()
            field_dict["metadata"] = metadata
        elif self._nulls & 128:
            field_dict["metadata"] = None
        if self.organization_id is not None:
            field_dict["organization_id"] = self.organization_id
        elif self._nulls & 256:
            field_dict["organization_id"] = None
        if self.provider_name is not None:
            provider_name: None | str
            provider_name = self.provider_name
            field_dict["provider_name"] = provider_name
        elif self._nulls & 512:
            field_dict["provider_name"] = None
        if self.purchase_order is not None:
            purchase_order: None | str
            purchase_order = self.purchase_order
            field_dict["purchase_order"] = purchase_order
        elif self._nulls & 1024:
            field_dict["purchase_order"] = None
        if self.raw_text is not None:
            raw_text: None | str
            raw_text = self.raw_text
            field_dict["raw_text"] = raw_text
        elif self._nulls & 2048:
            field_dict["raw_text"] = None
        if self.recipient is not None:
            recipient: dict[str, Any] | None
            recipient = self.recipient.to_dict()

            field_dict["recipient"] = recipient
        elif self._nulls & 4096:
            field_dict["recipient"] = None
        if self.sender is not None:
            sender: dict[str, Any] | None
            sender = self.sender.to_dict()

            field_dict["sender"] = sender
        elif self._nulls & 8192:
            field_dict["sender"] = None
        if self.reference_number is not None:
            reference_number: None | str
            reference_number = self.reference_number
            field_dict["reference_number"] = reference_number
        elif self._nulls & 16384:
            field_dict["reference_number"] = None
        if self.rma_number is not None:
            rma_number: None | str
            rma_number = self.rma_number
            field_dict["rma_number"] = rma_number
        elif self._nulls & 32768:
            field_dict["rma_number"] = None
        if self.service_level_name is not None:
            service_level_name: None | str
            service_level_name = self.service_level_name
            field_dict["service_level_name"] = service_level_name
        elif self._nulls & 65536:
            field_dict["service_level_name"] = None
        if self.tracking_number is not None:
            tracking_number: None | str
            tracking_number = self.tracking_number
            field_dict["tracking_number"] = tracking_number
        elif self._nulls & 131072:
            field_dict["tracking_number"] = None
        if self.type_ is not None:
            type_: None | str
            type_ = self.type_.value

            field_dict["type"] = type_
        elif self._nulls & 262144:
            field_dict["type"] = None
        if self.weight is not None:
            weight: None | str
            weight = self.weight
            field_dict["weight"] = weight
        elif self._nulls & 524288:
            field_dict["weight"] = None
        if self.field_search is not None:
            field_search: dict[str, Any] | None
            field_search = self.field_search.to_dict()

            field_dict["_search"] = field_search
        elif self._nulls & 1048576:
            field_dict["_search"] = None

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
                "object_",
                "id",
                "created_at",
                *(("updated_at",) if self.updated_at is not None or self._nulls & 1 else ()),
                *(("contact_matches",) if self.contact_matches is not None or self._nulls & 2 else ()),
                *(("dimensions",) if self.dimensions is not None or self._nulls & 4 else ()),
                *(("extracted_labels",) if self.extracted_labels is not None or self._nulls & 8 else ()),
                *(("hash_",) if self.hash_ is not None or self._nulls & 16 else ()),
                *(("image_url",) if self.image_url is not None or self._nulls & 32 else ()),
                *(("location_id",) if self.location_id is not None or self._nulls & 64 else ()),
                *(("metadata",) if self.metadata is not None or self._nulls & 128 else ()),
                *(("organization_id",) if self.organization_id is not None or self._nulls & 256 else ()),
                *(("provider_name",) if self.provider_name is not None or self._nulls & 512 else ()),
                *(("purchase_order",) if self.purchase_order is not None or self._nulls & 1024 else ()),
                *(("raw_text",) if self.raw_text is not None or self._nulls & 2048 else ()),
                *(("recipient",) if self.recipient is not None or self._nulls & 4096 else ()),
                *(("sender",) if self.sender is not None or self._nulls & 8192 else ()),
                *(("reference_number",) if self.reference_number is not None or self._nulls & 16384 else ()),
                *(("rma_number",) if self.rma_number is not None or self._nulls & 32768 else ()),
                *(("service_level_name",) if self.service_level_name is not None or self._nulls & 65536 else ()),
                *(("tracking_number",) if self.tracking_number is not None or self._nulls & 131072 else ()),
                *(("type_",) if self.type_ is not None or self._nulls & 262144 else ()),
                *(("weight",) if self.weight is not None or self._nulls & 524288 else ()),
                *(("field_search",) if self.field_search is not None or self._nulls & 1048576 else ()),
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
            if len(d) == 24:
                try:
                    object_ = d["object"]
                    id = d["id"]
                    created_at = d["created_at"]
                    _v_updated_at = d["updated_at"]
                    _v_contact_matches = d["contact_matches"]
                    _v_dimensions = d["dimensions"]
                    _v_extracted_labels = d["extracted_labels"]
                    hash_ = d["hash"]
                    image_url = d["image_url"]
                    _v_location_id = d["location_id"]
                    _v_metadata = d["metadata"]
                    organization_id = d["organization_id"]
                    _v_provider_name = d["provider_name"]
                    _v_purchase_order = d["purchase_order"]
                    _v_raw_text = d["raw_text"]
                    _v_recipient = d["recipient"]
                    _v_sender = d["sender"]
                    _v_reference_number = d["reference_number"]
                    _v_rma_number = d["rma_number"]
                    _v_service_level_name = d["service_level_name"]
                    _v_tracking_number = d["tracking_number"]
                    _v_type_ = d["type"]
                    _v_weight = d["weight"]
                    _v_field_search = d["_search"]
                except KeyError:  # an unknown field in place of a known one
                    _field = "object"
                    object_ = d.pop("object")
                    _field = "id"
                    id = d.pop("id")
                    _field = "created_at"
                    created_at = d.pop("created_at")
                    _v_updated_at = d.pop("updated_at", UNSET)
                    _v_contact_matches = d.pop("contact_matches", UNSET)
                    _v_dimensions = d.pop("dimensions", UNSET)
                    _v_extracted_labels = d.pop("extracted_labels", UNSET)
                    hash_ = d.pop("hash", UNSET)
                    image_url = d.pop("image_url", UNSET)
                    _v_location_id = d.pop("location_id", UNSET)
                    _v_metadata = d.pop("metadata", UNSET)
                    organization_id = d.pop("organization_id", UNSET)
                    _v_provider_name = d.pop("provider_name", UNSET)
                    _v_purchase_order = d.pop("purchase_order", UNSET)
                    _v_raw_text = d.pop("raw_text", UNSET)
                    _v_recipient = d.pop("recipient", UNSET)
                    _v_sender = d.pop("sender", UNSET)
                    _v_reference_number = d.pop("reference_number", UNSET)
                    _v_rma_number = d.pop("rma_number", UNSET)
                    _v_service_level_name = d.pop("service_level_name", UNSET)
                    _v_tracking_number = d.pop("tracking_number", UNSET)
                    _v_type_ = d.pop("type", UNSET)
                    _v_weight = d.pop("weight", UNSET)
                    _v_field_search = d.pop("_search", UNSET)

                else:
                    d = _NO_KEYS  # no keys left over: the object is not kept
            else:
                _field = "object"
                object_ = d.pop("object")
                _field = "id"
                id = d.pop("id")
                _field = "created_at"
                created_at = d.pop("created_at")
                _v_updated_at = d.pop("updated_at", UNSET)
                _v_contact_matches = d.pop("contact_matches", UNSET)
                _v_dimensions = d.pop("dimensions", UNSET)
                _v_extracted_labels = d.pop("extracted_labels", UNSET)
                hash_ = d.pop("hash", UNSET)
                image_url = d.pop("image_url", UNSET)
                _v_location_id = d.pop("location_id", UNSET)
                _v_metadata = d.pop("metadata", UNSET)
                organization_id = d.pop("organization_id", UNSET)
                _v_provider_name = d.pop("provider_name", UNSET)
                _v_purchase_order = d.pop("purchase_order", UNSET)
                _v_raw_text = d.pop("raw_text", UNSET)
                _v_recipient = d.pop("recipient", UNSET)
                _v_sender = d.pop("sender", UNSET)
                _v_reference_number = d.pop("reference_number", UNSET)
                _v_rma_number = d.pop("rma_number", UNSET)
                _v_service_level_name = d.pop("service_level_name", UNSET)
                _v_tracking_number = d.pop("tracking_number", UNSET)
                _v_type_ = d.pop("type", UNSET)
                _v_weight = d.pop("weight", UNSET)
                _v_field_search = d.pop("_search", UNSET)

            _field = "object"
            if object_.__class__ is not str:
                if not isinstance(object_, str):
                    raise wrong_type(object_, "a string")

            _field = "id"
            if id.__class__ is not str:
                if not isinstance(id, str):
                    raise wrong_type(id, "a string")

            _field = "created_at"
            if created_at.__class__ is not int:
                if not isinstance(created_at, int) or created_at is True or created_at is False:
                    raise wrong_type(created_at, "an integer")

            _field = "updated_at"
            updated_at: int | None
            if _v_updated_at.__class__ is int:  # the usual case first, in one check
                updated_at = _v_updated_at
            elif _v_updated_at is UNSET:
                updated_at = None
            elif _v_updated_at is None:
                updated_at = None
                _nulls |= 1  # updated_at
            else:
                updated_at = _v_updated_at
                if not (
                    updated_at is None
                    or (isinstance(updated_at, (int)) and updated_at is not True and updated_at is not False)
                ):
                    raise wrong_type(updated_at, "int | None")

            _field = "contact_matches"
            contact_matches: ContactMatches | None
            if _v_contact_matches.__class__ is dict:  # the usual case first, in one check
                try:
                    contact_matches_type_0 = _from_json_ContactMatches(_v_contact_matches)
                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    raise wrong_type(_v_contact_matches, "ContactMatches | None") from None
                contact_matches = contact_matches_type_0
            elif _v_contact_matches is UNSET:
                contact_matches = None
            elif _v_contact_matches is None:
                contact_matches = None
                _nulls |= 2  # contact_matches
            else:
                _contact_matches_raw = _v_contact_matches
                if _contact_matches_raw is None:
                    contact_matches = _contact_matches_raw
                elif isinstance(_contact_matches_raw, dict):
                    try:
                        contact_matches_type_0 = _from_json_ContactMatches(_contact_matches_raw)

                    except ParseError:
                        raise
                    except (TypeError, ValueError, AttributeError, KeyError):
                        raise wrong_type(_contact_matches_raw, "ContactMatches | None") from None
                    contact_matches = contact_matches_type_0
                else:
                    raise wrong_type(_contact_matches_raw, "ContactMatches | None")

            _field = "dimensions"
            dimensions: Dimensions | None
            if _v_dimensions.__class__ is dict:  # the usual case first, in one check
                try:
                    dimensions_type_0 = _from_json_Dimensions(_v_dimensions)
                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    raise wrong_type(_v_dimensions, "Dimensions | None") from None
                dimensions = dimensions_type_0
            elif _v_dimensions is UNSET:
                dimensions = None
            elif _v_dimensions is None:
                dimensions = None
                _nulls |= 4  # dimensions
            else:
                _dimensions_raw = _v_dimensions
                if _dimensions_raw is None:
                    dimensions = _dimensions_raw
                elif isinstance(_dimensions_raw, dict):
                    try:
                        dimensions_type_0 = _from_json_Dimensions(_dimensions_raw)

                    except ParseError:
                        raise
                    except (TypeError, ValueError, AttributeError, KeyError):
                        raise wrong_type(_dimensions_raw, "Dimensions | None") from None
                    dimensions = dimensions_type_0
                else:
                    raise wrong_type(_dimensions_raw, "Dimensions | None")

            _field = "extracted_labels"
            extracted_labels: list[ExtractedLabel] | None
            if _v_extracted_labels.__class__ is list:  # the usual case first, in one check
                extracted_labels = _v_extracted_labels
                _k_extracted_labels = 0
                for extracted_labels_item_data in _v_extracted_labels:
                    try:
                        extracted_labels_item = _by_value_ExtractedLabel.get(
                            extracted_labels_item_data
                        ) or ExtractedLabel(extracted_labels_item_data)

                    except ParseError as e:
                        e.path.insert(0, f"[{_k_extracted_labels}]")
                        raise
                    except (KeyError, ValueError, TypeError, AttributeError) as e:
                        raise ParseError("", f"[{_k_extracted_labels}]", e) from e
                    _v_extracted_labels[_k_extracted_labels] = extracted_labels_item
                    _k_extracted_labels += 1
            elif _v_extracted_labels is UNSET:
                extracted_labels = None
            elif _v_extracted_labels is None:
                extracted_labels = None
                _nulls |= 8  # extracted_labels
            else:  # not a list (decoded JSON has no subclass of list): what the construct would say
                raise wrong_type(_v_extracted_labels, "an array")

            _field = "hash"
            if hash_.__class__ is str:  # the usual case first, in one check
                pass
            elif hash_ is UNSET:
                hash_ = None
            elif hash_ is None:
                _nulls |= 16  # hash_
            else:
                if not isinstance(hash_, str):
                    raise wrong_type(hash_, "a string")

            _field = "image_url"
            if image_url.__class__ is str:  # the usual case first, in one check
                pass
            elif image_url is UNSET:
                image_url = None
            elif image_url is None:
                _nulls |= 32  # image_url
            else:
                if not isinstance(image_url, str):
                    raise wrong_type(image_url, "a string")

            _field = "location_id"
            location_id: str | None
            if _v_location_id.__class__ is str:  # the usual case first, in one check
                location_id = _v_location_id
            elif _v_location_id is UNSET:
                location_id = None
            elif _v_location_id is None:
                location_id = None
                _nulls |= 64  # location_id
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
                _nulls |= 128  # metadata
            else:
                metadata = _from_json_Metadata(_v_metadata)

            _field = "organization_id"
            if organization_id.__class__ is str:  # the usual case first, in one check
                pass
            elif organization_id is UNSET:
                organization_id = None
            elif organization_id is None:
                _nulls |= 256  # organization_id
            else:
                if not isinstance(organization_id, str):
                    raise wrong_type(organization_id, "a string")

            _field = "provider_name"
            provider_name: str | None
            if _v_provider_name.__class__ is str:  # the usual case first, in one check
                provider_name = _v_provider_name
            elif _v_provider_name is UNSET:
                provider_name = None
            elif _v_provider_name is None:
                provider_name = None
                _nulls |= 512  # provider_name
            else:
                provider_name = _v_provider_name
                if not (provider_name is None or isinstance(provider_name, (str))):
                    raise wrong_type(provider_name, "None | str")

            _field = "purchase_order"
            purchase_order: str | None
            if _v_purchase_order.__class__ is str:  # the usual case first, in one check
                purchase_order = _v_purchase_order
            elif _v_purchase_order is UNSET:
                purchase_order = None
            elif _v_purchase_order is None:
                purchase_order = None
                _nulls |= 1024  # purchase_order
            else:
                purchase_order = _v_purchase_order
                if not (purchase_order is None or isinstance(purchase_order, (str))):
                    raise wrong_type(purchase_order, "None | str")

            _field = "raw_text"
            raw_text: str | None
            if _v_raw_text.__class__ is str:  # the usual case first, in one check
                raw_text = _v_raw_text
            elif _v_raw_text is UNSET:
                raw_text = None
            elif _v_raw_text is None:
                raw_text = None
                _nulls |= 2048  # raw_text
            else:
                raw_text = _v_raw_text
                if not (raw_text is None or isinstance(raw_text, (str))):
                    raise wrong_type(raw_text, "None | str")

            _field = "recipient"
            recipient: ScanParty | None
            if _v_recipient.__class__ is dict:  # the usual case first, in one check
                try:
                    recipient_type_0 = _from_json_ScanParty(_v_recipient)
                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    raise wrong_type(_v_recipient, "None | ScanParty") from None
                recipient = recipient_type_0
            elif _v_recipient is UNSET:
                recipient = None
            elif _v_recipient is None:
                recipient = None
                _nulls |= 4096  # recipient
            else:
                _recipient_raw = _v_recipient
                if _recipient_raw is None:
                    recipient = _recipient_raw
                elif isinstance(_recipient_raw, dict):
                    try:
                        recipient_type_0 = _from_json_ScanParty(_recipient_raw)

                    except ParseError:
                        raise
                    except (TypeError, ValueError, AttributeError, KeyError):
                        raise wrong_type(_recipient_raw, "None | ScanParty") from None
                    recipient = recipient_type_0
                else:
                    raise wrong_type(_recipient_raw, "None | ScanParty")

            _field = "sender"
            sender: ScanParty | None
            if _v_sender.__class__ is dict:  # the usual case first, in one check
                try:
                    sender_type_0 = _from_json_ScanParty(_v_sender)
                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    raise wrong_type(_v_sender, "None | ScanParty") from None
                sender = sender_type_0
            elif _v_sender is UNSET:
                sender = None
            elif _v_sender is None:
                sender = None
                _nulls |= 8192  # sender
            else:
                _sender_raw = _v_sender
                if _sender_raw is None:
                    sender = _sender_raw
                elif isinstance(_sender_raw, dict):
                    try:
                        sender_type_0 = _from_json_ScanParty(_sender_raw)

                    except ParseError:
                        raise
                    except (TypeError, ValueError, AttributeError, KeyError):
                        raise wrong_type(_sender_raw, "None | ScanParty") from None
                    sender = sender_type_0
                else:
                    raise wrong_type(_sender_raw, "None | ScanParty")

            _field = "reference_number"
            reference_number: str | None
            if _v_reference_number.__class__ is str:  # the usual case first, in one check
                reference_number = _v_reference_number
            elif _v_reference_number is UNSET:
                reference_number = None
            elif _v_reference_number is None:
                reference_number = None
                _nulls |= 16384  # reference_number
            else:
                reference_number = _v_reference_number
                if not (reference_number is None or isinstance(reference_number, (str))):
                    raise wrong_type(reference_number, "None | str")

            _field = "rma_number"
            rma_number: str | None
            if _v_rma_number.__class__ is str:  # the usual case first, in one check
                rma_number = _v_rma_number
            elif _v_rma_number is UNSET:
                rma_number = None
            elif _v_rma_number is None:
                rma_number = None
                _nulls |= 32768  # rma_number
            else:
                rma_number = _v_rma_number
                if not (rma_number is None or isinstance(rma_number, (str))):
                    raise wrong_type(rma_number, "None | str")

            _field = "service_level_name"
            service_level_name: str | None
            if _v_service_level_name.__class__ is str:  # the usual case first, in one check
                service_level_name = _v_service_level_name
            elif _v_service_level_name is UNSET:
                service_level_name = None
            elif _v_service_level_name is None:
                service_level_name = None
                _nulls |= 65536  # service_level_name
            else:
                service_level_name = _v_service_level_name
                if not (service_level_name is None or isinstance(service_level_name, (str))):
                    raise wrong_type(service_level_name, "None | str")

            _field = "tracking_number"
            tracking_number: str | None
            if _v_tracking_number.__class__ is str:  # the usual case first, in one check
                tracking_number = _v_tracking_number
            elif _v_tracking_number is UNSET:
                tracking_number = None
            elif _v_tracking_number is None:
                tracking_number = None
                _nulls |= 131072  # tracking_number
            else:
                tracking_number = _v_tracking_number
                if not (tracking_number is None or isinstance(tracking_number, (str))):
                    raise wrong_type(tracking_number, "None | str")

            _field = "type"
            type_: ScanType | None
            if _v_type_.__class__ is str:  # the usual case first, in one check
                try:
                    try:  # a subscript is cheaper than .get(); a value the spec does not list is kept by the enum
                        type_type_0 = _by_value_ScanType[_v_type_]
                    except KeyError:
                        type_type_0 = ScanType(_v_type_)
                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    raise wrong_type(_v_type_, "None | ScanType") from None
                type_ = type_type_0
            elif _v_type_ is UNSET:
                type_ = None
            elif _v_type_ is None:
                type_ = None
                _nulls |= 262144  # type_
            else:
                _type__raw = _v_type_
                if _type__raw is None:
                    type_ = _type__raw
                elif isinstance(_type__raw, str):
                    try:
                        type_type_0 = _by_value_ScanType.get(_type__raw) or ScanType(_type__raw)

                    except ParseError:
                        raise
                    except (TypeError, ValueError, AttributeError, KeyError):
                        raise wrong_type(_type__raw, "None | ScanType") from None
                    type_ = type_type_0
                else:
                    raise wrong_type(_type__raw, "None | ScanType")

            _field = "weight"
            weight: str | None
            if _v_weight.__class__ is str:  # the usual case first, in one check
                weight = _v_weight
            elif _v_weight is UNSET:
                weight = None
            elif _v_weight is None:
                weight = None
                _nulls |= 524288  # weight
            else:
                weight = _v_weight
                if not (weight is None or isinstance(weight, (str))):
                    raise wrong_type(weight, "None | str")

            _field = "_search"
            field_search: SearchRelevance | None
            if _v_field_search.__class__ is dict:  # the usual case first, in one check
                try:
                    field_search_type_0 = _from_json_SearchRelevance(_v_field_search)
                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    raise wrong_type(_v_field_search, "None | SearchRelevance") from None
                field_search = field_search_type_0
            elif _v_field_search is UNSET:
                field_search = None
            elif _v_field_search is None:
                field_search = None
                _nulls |= 1048576  # field_search
            else:
                _field_search_raw = _v_field_search
                if _field_search_raw is None:
                    field_search = _field_search_raw
                elif isinstance(_field_search_raw, dict):
                    try:
                        field_search_type_0 = _from_json_SearchRelevance(_field_search_raw)

                    except ParseError:
                        raise
                    except (TypeError, ValueError, AttributeError, KeyError):
                        raise wrong_type(_field_search_raw, "None | SearchRelevance") from None
                    field_search = field_search_type_0
                else:
                    raise wrong_type(_field_search_raw, "None | SearchRelevance")

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
            _obj.object_ = object_
            _obj.id = id
            _obj.created_at = created_at
            _obj.updated_at = updated_at
            _obj.contact_matches = contact_matches
            _obj.dimensions = dimensions
            _obj.extracted_labels = extracted_labels
            _obj.hash_ = hash_
            _obj.image_url = image_url
            _obj.location_id = location_id
            _obj.metadata = metadata
            _obj.organization_id = organization_id
            _obj.provider_name = provider_name
            _obj.purchase_order = purchase_order
            _obj.raw_text = raw_text
            _obj.recipient = recipient
            _obj.sender = sender
            _obj.reference_number = reference_number
            _obj.rma_number = rma_number
            _obj.service_level_name = service_level_name
            _obj.tracking_number = tracking_number
            _obj.type_ = type_
            _obj.weight = weight
            _obj.field_search = field_search
            _obj._nulls = _nulls
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                object_,
                id,
                created_at,
                updated_at,
                contact_matches,
                dimensions,
                extracted_labels,
                hash_,
                image_url,
                location_id,
                metadata,
                organization_id,
                provider_name,
                purchase_order,
                raw_text,
                recipient,
                sender,
                reference_number,
                rma_number,
                service_level_name,
                tracking_number,
                type_,
                weight,
                field_search,
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


from ..models.contact_matches import ContactMatches  # noqa: E402
from ..models.dimensions import Dimensions  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
from ..models.scan_party import ScanParty  # noqa: E402
from ..models.search_relevance import SearchRelevance  # noqa: E402

_by_value_ExtractedLabel = ExtractedLabel._by_value
_by_value_ScanType = ScanType._by_value
_from_json_ContactMatches = ContactMatches._from_json
_from_json_Dimensions = Dimensions._from_json
_from_json_Metadata = Metadata._from_json
_from_json_ScanParty = ScanParty._from_json
_from_json_SearchRelevance = SearchRelevance._from_json
