from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.extracted_label import ExtractedLabel
from ..models.scan_type import ScanType
from ..types import UNSET, ParseError, Unset, wrong_type

T = TypeVar("T", bound="Scan")


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
        if not isinstance(src_dict, Mapping):
            raise ParseError(cls.__name__, "", wrong_type(src_dict, "an object"))
        d = dict(src_dict)
        _field = ""
        try:
            _field = "object"
            _src = d.pop("object")
            if not (isinstance(_src, str)):
                raise wrong_type(_src, "a string")

            object_ = _src

            _field = "id"
            _src = d.pop("id")
            if not (isinstance(_src, str)):
                raise wrong_type(_src, "a string")

            id = _src

            _field = "created_at"
            _src = d.pop("created_at")
            if not (isinstance(_src, int) and not isinstance(_src, bool)):
                raise wrong_type(_src, "an integer")

            created_at = _src

            _field = "updated_at"
            _src = d.pop("updated_at", UNSET)

            def _parse_updated_at(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (int)) and not isinstance(data, bool):
                    return cast(int | None | Unset, data)
                raise wrong_type(data, "int | None")

            updated_at = _parse_updated_at(_src)

            _field = "contact_matches"
            _src = d.pop("contact_matches", UNSET)

            def _parse_contact_matches(data: object) -> ContactMatches | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    contact_matches_type_0 = ContactMatches.from_dict(data)

                    return contact_matches_type_0
                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise wrong_type(data, "ContactMatches | None")

            contact_matches = _parse_contact_matches(_src)

            _field = "dimensions"
            _src = d.pop("dimensions", UNSET)

            def _parse_dimensions(data: object) -> Dimensions | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    dimensions_type_0 = Dimensions.from_dict(data)

                    return dimensions_type_0
                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise wrong_type(data, "Dimensions | None")

            dimensions = _parse_dimensions(_src)

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
                for _i_extracted_labels, extracted_labels_item_data in enumerate(_extracted_labels):
                    try:
                        extracted_labels_item = ExtractedLabel(extracted_labels_item_data)

                    except ParseError as e:
                        e.path.insert(0, f"[{_i_extracted_labels}]")
                        raise
                    except (KeyError, ValueError, TypeError, AttributeError) as e:
                        raise ParseError("", f"[{_i_extracted_labels}]", e) from e
                    extracted_labels.append(extracted_labels_item)

            _field = "hash"
            _src = d.pop("hash", UNSET)
            if _src is None:
                _src = UNSET
            if not (isinstance(_src, str) or isinstance(_src, Unset)):
                raise wrong_type(_src, "a string")

            hash_ = _src

            _field = "image_url"
            _src = d.pop("image_url", UNSET)
            if _src is None:
                _src = UNSET
            if not (isinstance(_src, str) or isinstance(_src, Unset)):
                raise wrong_type(_src, "a string")

            image_url = _src

            _field = "location_id"
            _src = d.pop("location_id", UNSET)

            def _parse_location_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (str)):
                    return cast(None | str | Unset, data)
                raise wrong_type(data, "None | str")

            location_id = _parse_location_id(_src)

            _field = "metadata"
            _src = d.pop("metadata", UNSET)
            if _src is None:
                _src = UNSET
            _metadata = _src
            metadata: Metadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = Metadata.from_dict(_metadata)

            _field = "organization_id"
            _src = d.pop("organization_id", UNSET)
            if _src is None:
                _src = UNSET
            if not (isinstance(_src, str) or isinstance(_src, Unset)):
                raise wrong_type(_src, "a string")

            organization_id = _src

            _field = "provider_name"
            _src = d.pop("provider_name", UNSET)

            def _parse_provider_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (str)):
                    return cast(None | str | Unset, data)
                raise wrong_type(data, "None | str")

            provider_name = _parse_provider_name(_src)

            _field = "purchase_order"
            _src = d.pop("purchase_order", UNSET)

            def _parse_purchase_order(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (str)):
                    return cast(None | str | Unset, data)
                raise wrong_type(data, "None | str")

            purchase_order = _parse_purchase_order(_src)

            _field = "raw_text"
            _src = d.pop("raw_text", UNSET)

            def _parse_raw_text(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (str)):
                    return cast(None | str | Unset, data)
                raise wrong_type(data, "None | str")

            raw_text = _parse_raw_text(_src)

            _field = "recipient"
            _src = d.pop("recipient", UNSET)

            def _parse_recipient(data: object) -> None | ScanParty | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    recipient_type_0 = ScanParty.from_dict(data)

                    return recipient_type_0
                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise wrong_type(data, "None | ScanParty")

            recipient = _parse_recipient(_src)

            _field = "sender"
            _src = d.pop("sender", UNSET)

            def _parse_sender(data: object) -> None | ScanParty | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    sender_type_0 = ScanParty.from_dict(data)

                    return sender_type_0
                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise wrong_type(data, "None | ScanParty")

            sender = _parse_sender(_src)

            _field = "reference_number"
            _src = d.pop("reference_number", UNSET)

            def _parse_reference_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (str)):
                    return cast(None | str | Unset, data)
                raise wrong_type(data, "None | str")

            reference_number = _parse_reference_number(_src)

            _field = "rma_number"
            _src = d.pop("rma_number", UNSET)

            def _parse_rma_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (str)):
                    return cast(None | str | Unset, data)
                raise wrong_type(data, "None | str")

            rma_number = _parse_rma_number(_src)

            _field = "service_level_name"
            _src = d.pop("service_level_name", UNSET)

            def _parse_service_level_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (str)):
                    return cast(None | str | Unset, data)
                raise wrong_type(data, "None | str")

            service_level_name = _parse_service_level_name(_src)

            _field = "tracking_number"
            _src = d.pop("tracking_number", UNSET)

            def _parse_tracking_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (str)):
                    return cast(None | str | Unset, data)
                raise wrong_type(data, "None | str")

            tracking_number = _parse_tracking_number(_src)

            _field = "type"
            _src = d.pop("type", UNSET)

            def _parse_type_(data: object) -> None | ScanType | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    type_type_0 = ScanType(data)

                    return type_type_0
                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise wrong_type(data, "None | ScanType")

            type_ = _parse_type_(_src)

            _field = "weight"
            _src = d.pop("weight", UNSET)

            def _parse_weight(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (str)):
                    return cast(None | str | Unset, data)
                raise wrong_type(data, "None | str")

            weight = _parse_weight(_src)

            _field = "_search"
            _src = d.pop("_search", UNSET)

            def _parse_field_search(data: object) -> None | SearchRelevance | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    field_search_type_0 = SearchRelevance.from_dict(data)

                    return field_search_type_0
                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise wrong_type(data, "None | SearchRelevance")

            field_search = _parse_field_search(_src)

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj = cls(
            object_=object_,
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            contact_matches=contact_matches,
            dimensions=dimensions,
            extracted_labels=extracted_labels,
            hash_=hash_,
            image_url=image_url,
            location_id=location_id,
            metadata=metadata,
            organization_id=organization_id,
            provider_name=provider_name,
            purchase_order=purchase_order,
            raw_text=raw_text,
            recipient=recipient,
            sender=sender,
            reference_number=reference_number,
            rma_number=rma_number,
            service_level_name=service_level_name,
            tracking_number=tracking_number,
            type_=type_,
            weight=weight,
            field_search=field_search,
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
