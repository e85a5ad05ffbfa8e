from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.extracted_label import ExtractedLabel
from ..models.scan_type import ScanType
from ..types import UNSET, ParseError, Unset, copy_json, wrong_type

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
    updated_at: int | None | Unset = UNSET
    """ When the scan was last updated, in epoch seconds. Inferred: the field is in the SDK sample; its type is
    inferred from PackageX's other models (`created_at` is epoch seconds). """
    contact_matches: ContactMatches | None | Unset = UNSET
    """ Contacts matched to the sender and recipient. Only filled when the scan was created with
    `options.match_contacts: true`. Inferred: null (or absent) otherwise. """
    dimensions: Dimensions | None | Unset = UNSET
    """ The item's dimensions in inches, if they exist (experimental). Inferred: null when none were extracted; the
    SDK sample models each dimension as a string. """
    extracted_labels: list[ExtractedLabel] | Unset = UNSET
    """ Labels found on the document (food, fragile, time_sensitive...). """
    hash_: str | Unset = UNSET
    """ A unique hash of this scan; use it to spot duplicate scans. """
    image_url: str | Unset = UNSET
    """ The URL of the stored image used for this scan. """
    location_id: None | str | Unset = UNSET
    """ The hub location this scan is attributed to, or null. """
    metadata: Metadata | Unset = UNSET
    """ Your own key/value pairs attached to the scan. Free-form: every key lands in `additional_properties`. """
    organization_id: str | Unset = UNSET
    """ The organization that owns the scan; always your organization. """
    provider_name: None | str | Unset = UNSET
    """ The name of the shipping provider (carrier). Inferred: null when none was extracted. """
    purchase_order: None | str | Unset = UNSET
    """ Any purchase order number extracted from the image. Inferred: null when none was extracted. """
    raw_text: None | str | Unset = UNSET
    """ Inferred: the raw OCR text of the image (field from the SDK sample, where it is null). """
    recipient: None | ScanParty | Unset = UNSET
    """ The recipient read off the label. Inferred: shape from the SDK sample; may be null. """
    sender: None | ScanParty | Unset = UNSET
    """ The sender read off the label. Inferred: shape from the SDK sample; may be null. """
    reference_number: None | str | Unset = UNSET
    """ A reference number extracted from the image. Inferred: field from the SDK sample. """
    rma_number: None | str | Unset = UNSET
    """ A return merchandise authorization number extracted from the image. Inferred: field from the SDK sample. """
    service_level_name: None | str | Unset = UNSET
    """ The carrier's service level (e.g. Ground). Inferred: field from the SDK sample. """
    tracking_number: None | str | Unset = UNSET
    """ The tracking number extracted from the image. Inferred: field from the SDK sample. """
    type_: None | ScanType | Unset = UNSET
    """ What kind of image was scanned. Inferred: the field is in the SDK sample (a plain string); that it takes the
    create request's `type` values is inferred. """
    weight: None | str | Unset = UNSET
    """ The weight as extracted from the image (raw text, experimental). Inferred: the SDK sample models it as a
    string; the unit is whatever the label shows. """
    field_search: None | SearchRelevance | Unset = UNSET
    """ Inferred: only present when the list was filtered with `search`; how relevant this scan is. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        id = self.id

        created_at = self.created_at

        updated_at: int | None | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        contact_matches: dict[str, Any] | None | Unset
        if isinstance(self.contact_matches, Unset):
            contact_matches = UNSET
        elif isinstance(self.contact_matches, ContactMatches):
            contact_matches = self.contact_matches.to_dict()
        else:
            contact_matches = self.contact_matches

        dimensions: dict[str, Any] | None | Unset
        if isinstance(self.dimensions, Unset):
            dimensions = UNSET
        elif isinstance(self.dimensions, Dimensions):
            dimensions = self.dimensions.to_dict()
        else:
            dimensions = self.dimensions

        extracted_labels: list[str] | Unset = UNSET
        if not isinstance(self.extracted_labels, Unset):
            extracted_labels = []
            for extracted_labels_item_data in self.extracted_labels:
                extracted_labels_item = extracted_labels_item_data.value
                extracted_labels.append(extracted_labels_item)

        hash_ = self.hash_

        image_url = self.image_url

        location_id: None | str | Unset
        if isinstance(self.location_id, Unset):
            location_id = UNSET
        else:
            location_id = self.location_id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        organization_id = self.organization_id

        provider_name: None | str | Unset
        if isinstance(self.provider_name, Unset):
            provider_name = UNSET
        else:
            provider_name = self.provider_name

        purchase_order: None | str | Unset
        if isinstance(self.purchase_order, Unset):
            purchase_order = UNSET
        else:
            purchase_order = self.purchase_order

        raw_text: None | str | Unset
        if isinstance(self.raw_text, Unset):
            raw_text = UNSET
        else:
            raw_text = self.raw_text

        recipient: dict[str, Any] | None | Unset
        if isinstance(self.recipient, Unset):
            recipient = UNSET
        elif isinstance(self.recipient, ScanParty):
            recipient = self.recipient.to_dict()
        else:
            recipient = self.recipient

        sender: dict[str, Any] | None | Unset
        if isinstance(self.sender, Unset):
            sender = UNSET
        elif isinstance(self.sender, ScanParty):
            sender = self.sender.to_dict()
        else:
            sender = self.sender

        reference_number: None | str | Unset
        if isinstance(self.reference_number, Unset):
            reference_number = UNSET
        else:
            reference_number = self.reference_number

        rma_number: None | str | Unset
        if isinstance(self.rma_number, Unset):
            rma_number = UNSET
        else:
            rma_number = self.rma_number

        service_level_name: None | str | Unset
        if isinstance(self.service_level_name, Unset):
            service_level_name = UNSET
        else:
            service_level_name = self.service_level_name

        tracking_number: None | str | Unset
        if isinstance(self.tracking_number, Unset):
            tracking_number = UNSET
        else:
            tracking_number = self.tracking_number

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ScanType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        weight: None | str | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight

        field_search: dict[str, Any] | None | Unset
        if isinstance(self.field_search, Unset):
            field_search = UNSET
        elif isinstance(self.field_search, SearchRelevance):
            field_search = self.field_search.to_dict()
        else:
            field_search = self.field_search

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "id": id,
                "created_at": created_at,
            }
        )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if contact_matches is not UNSET:
            field_dict["contact_matches"] = contact_matches
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if extracted_labels is not UNSET:
            field_dict["extracted_labels"] = extracted_labels
        if hash_ is not UNSET:
            field_dict["hash"] = hash_
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if location_id is not UNSET:
            field_dict["location_id"] = location_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if provider_name is not UNSET:
            field_dict["provider_name"] = provider_name
        if purchase_order is not UNSET:
            field_dict["purchase_order"] = purchase_order
        if raw_text is not UNSET:
            field_dict["raw_text"] = raw_text
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if sender is not UNSET:
            field_dict["sender"] = sender
        if reference_number is not UNSET:
            field_dict["reference_number"] = reference_number
        if rma_number is not UNSET:
            field_dict["rma_number"] = rma_number
        if service_level_name is not UNSET:
            field_dict["service_level_name"] = service_level_name
        if tracking_number is not UNSET:
            field_dict["tracking_number"] = tracking_number
        if type_ is not UNSET:
            field_dict["type"] = type_
        if weight is not UNSET:
            field_dict["weight"] = weight
        if field_search is not UNSET:
            field_dict["_search"] = field_search

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
            _field = "object"
            _src = d.pop("object")
            if not isinstance(_src, (str)):
                raise wrong_type(_src, "a string")

            object_ = _src

            _field = "id"
            _src = d.pop("id")
            if not isinstance(_src, (str)):
                raise wrong_type(_src, "a string")

            id = _src

            _field = "created_at"
            _src = d.pop("created_at")
            if not isinstance(_src, (int)) or _src is True or _src is False:
                raise wrong_type(_src, "an integer")

            created_at = _src

            _field = "updated_at"
            _src = d.pop("updated_at", UNSET)
            updated_at = _src
            if not (
                updated_at is None
                or (isinstance(updated_at, (int, Unset)) and updated_at is not True and updated_at is not False)
            ):
                raise wrong_type(updated_at, "int | None")

            _field = "contact_matches"
            _src = d.pop("contact_matches", UNSET)
            contact_matches = _src
            if contact_matches is None or contact_matches is UNSET:
                pass
            elif isinstance(contact_matches, dict):
                try:
                    contact_matches_type_0 = _from_json_ContactMatches(contact_matches)

                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    raise wrong_type(contact_matches, "ContactMatches | None") from None
                contact_matches = contact_matches_type_0
            else:
                raise wrong_type(contact_matches, "ContactMatches | None")

            _field = "dimensions"
            _src = d.pop("dimensions", UNSET)
            dimensions = _src
            if dimensions is None or dimensions is UNSET:
                pass
            elif isinstance(dimensions, dict):
                try:
                    dimensions_type_0 = _from_json_Dimensions(dimensions)

                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    raise wrong_type(dimensions, "Dimensions | None") from None
                dimensions = dimensions_type_0
            else:
                raise wrong_type(dimensions, "Dimensions | None")

            _field = "extracted_labels"
            _src = d.pop("extracted_labels", UNSET)
            if _src is None:
                _src = UNSET
            _extracted_labels = _src
            extracted_labels: list[ExtractedLabel] | Unset = UNSET
            if _extracted_labels is not UNSET:
                if not isinstance(_extracted_labels, list):
                    raise wrong_type(_extracted_labels, "an array")
                extracted_labels = []
                for extracted_labels_item_data in _extracted_labels:
                    try:
                        extracted_labels_item = _by_value_ExtractedLabel.get(
                            extracted_labels_item_data
                        ) or ExtractedLabel(extracted_labels_item_data)

                    except ParseError as e:
                        e.path.insert(0, f"[{len(extracted_labels)}]")
                        raise
                    except (KeyError, ValueError, TypeError, AttributeError) as e:
                        raise ParseError("", f"[{len(extracted_labels)}]", e) from e
                    extracted_labels.append(extracted_labels_item)

            _field = "hash"
            _src = d.pop("hash", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (str, Unset)):
                raise wrong_type(_src, "a string")

            hash_ = _src

            _field = "image_url"
            _src = d.pop("image_url", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (str, Unset)):
                raise wrong_type(_src, "a string")

            image_url = _src

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

            _field = "organization_id"
            _src = d.pop("organization_id", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (str, Unset)):
                raise wrong_type(_src, "a string")

            organization_id = _src

            _field = "provider_name"
            _src = d.pop("provider_name", UNSET)
            provider_name = _src
            if not (provider_name is None or isinstance(provider_name, (str, Unset))):
                raise wrong_type(provider_name, "None | str")

            _field = "purchase_order"
            _src = d.pop("purchase_order", UNSET)
            purchase_order = _src
            if not (purchase_order is None or isinstance(purchase_order, (str, Unset))):
                raise wrong_type(purchase_order, "None | str")

            _field = "raw_text"
            _src = d.pop("raw_text", UNSET)
            raw_text = _src
            if not (raw_text is None or isinstance(raw_text, (str, Unset))):
                raise wrong_type(raw_text, "None | str")

            _field = "recipient"
            _src = d.pop("recipient", UNSET)
            recipient = _src
            if recipient is None or recipient is UNSET:
                pass
            elif isinstance(recipient, dict):
                try:
                    recipient_type_0 = _from_json_ScanParty(recipient)

                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    raise wrong_type(recipient, "None | ScanParty") from None
                recipient = recipient_type_0
            else:
                raise wrong_type(recipient, "None | ScanParty")

            _field = "sender"
            _src = d.pop("sender", UNSET)
            sender = _src
            if sender is None or sender is UNSET:
                pass
            elif isinstance(sender, dict):
                try:
                    sender_type_0 = _from_json_ScanParty(sender)

                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    raise wrong_type(sender, "None | ScanParty") from None
                sender = sender_type_0
            else:
                raise wrong_type(sender, "None | ScanParty")

            _field = "reference_number"
            _src = d.pop("reference_number", UNSET)
            reference_number = _src
            if not (reference_number is None or isinstance(reference_number, (str, Unset))):
                raise wrong_type(reference_number, "None | str")

            _field = "rma_number"
            _src = d.pop("rma_number", UNSET)
            rma_number = _src
            if not (rma_number is None or isinstance(rma_number, (str, Unset))):
                raise wrong_type(rma_number, "None | str")

            _field = "service_level_name"
            _src = d.pop("service_level_name", UNSET)
            service_level_name = _src
            if not (service_level_name is None or isinstance(service_level_name, (str, Unset))):
                raise wrong_type(service_level_name, "None | str")

            _field = "tracking_number"
            _src = d.pop("tracking_number", UNSET)
            tracking_number = _src
            if not (tracking_number is None or isinstance(tracking_number, (str, Unset))):
                raise wrong_type(tracking_number, "None | str")

            _field = "type"
            _src = d.pop("type", UNSET)
            type_ = _src
            if type_ is None or type_ is UNSET:
                pass
            elif isinstance(type_, str):
                try:
                    type_type_0 = _by_value_ScanType.get(type_) or ScanType(type_)

                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    raise wrong_type(type_, "None | ScanType") from None
                type_ = type_type_0
            else:
                raise wrong_type(type_, "None | ScanType")

            _field = "weight"
            _src = d.pop("weight", UNSET)
            weight = _src
            if not (weight is None or isinstance(weight, (str, Unset))):
                raise wrong_type(weight, "None | str")

            _field = "_search"
            _src = d.pop("_search", UNSET)
            field_search = _src
            if field_search is None or field_search is UNSET:
                pass
            elif isinstance(field_search, dict):
                try:
                    field_search_type_0 = _from_json_SearchRelevance(field_search)

                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    raise wrong_type(field_search, "None | SearchRelevance") from None
                field_search = field_search_type_0
            else:
                raise wrong_type(field_search, "None | SearchRelevance")

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
