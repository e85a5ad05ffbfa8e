from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ParseError, Unset, parse_datetime, wrong_type

T = TypeVar("T", bound="Creative")


@_attrs_define
class Creative:
    """An ad creative in a campaign: an image, an HTML5 bundle, an ad tag, a VAST tag, or one of
    a VAST tag's variations or child videos.

    """

    id: int
    """ Creative ID. """
    campaign_id: int
    """ ID of the campaign the creative belongs to. """
    name: str
    """ Creative name (file name, URL or tag summary). """
    created_at: datetime.datetime
    """ When the creative was added (ISO 8601 date-time). """
    updated_at: datetime.datetime | None | Unset = UNSET
    """ When the creative was last updated (ISO 8601 date-time).

    Inferred: nullable. The SDK types it as a string, but a scan's `updatedAt` can be null.
     """
    parent_id: int | None | Unset = UNSET
    """ ID of the parent creative, usually the VAST container of a variation or child video; null otherwise. """
    source_type: str | Unset = UNSET
    """ What kind of creative this is. Open list; values seen include `image`, `html5`,
    `tag-html5`, `tag-beacon`, `html-tag`, `vast-variation` and `vast-child-video`.
     """
    source_type_label: str | Unset = UNSET
    """ Human-readable form of `sourceType`. """
    share_url: str | Unset = UNSET
    """ Link to the creative's report in the Advalidation web UI. """
    live_preview_url: str | Unset = UNSET
    """ Link to a live preview of the creative. """
    preview_animation_url: None | str | Unset = UNSET
    """ Link to an animated preview, when one exists. """
    width: int | None | Unset = UNSET
    """ Width in pixels, when known. """
    height: int | None | Unset = UNSET
    """ Height in pixels, when known. """
    user_id: int | Unset = UNSET
    """ ID of the user who added the creative. """
    nb_variations: int | None | Unset = UNSET
    """ Number of VAST variations. Present only for VAST tags with variations. """
    nb_media_files: int | None | Unset = UNSET
    """ Number of child media files of a VAST creative. Not available in list mode. """
    latest_scan_status: None | Scan | Unset = UNSET
    """ The creative's most recent scan, or null when it has none yet. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        campaign_id = self.campaign_id

        name = self.name

        created_at = self.created_at.isoformat()

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        source_type = self.source_type

        source_type_label = self.source_type_label

        share_url = self.share_url

        live_preview_url = self.live_preview_url

        preview_animation_url: None | str | Unset
        if isinstance(self.preview_animation_url, Unset):
            preview_animation_url = UNSET
        else:
            preview_animation_url = self.preview_animation_url

        width: int | None | Unset
        if isinstance(self.width, Unset):
            width = UNSET
        else:
            width = self.width

        height: int | None | Unset
        if isinstance(self.height, Unset):
            height = UNSET
        else:
            height = self.height

        user_id = self.user_id

        nb_variations: int | None | Unset
        if isinstance(self.nb_variations, Unset):
            nb_variations = UNSET
        else:
            nb_variations = self.nb_variations

        nb_media_files: int | None | Unset
        if isinstance(self.nb_media_files, Unset):
            nb_media_files = UNSET
        else:
            nb_media_files = self.nb_media_files

        latest_scan_status: dict[str, Any] | None | Unset
        if isinstance(self.latest_scan_status, Unset):
            latest_scan_status = UNSET
        elif isinstance(self.latest_scan_status, Scan):
            latest_scan_status = self.latest_scan_status.to_dict()
        else:
            latest_scan_status = self.latest_scan_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "campaignId": campaign_id,
                "name": name,
                "createdAt": created_at,
            }
        )
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if source_type is not UNSET:
            field_dict["sourceType"] = source_type
        if source_type_label is not UNSET:
            field_dict["sourceTypeLabel"] = source_type_label
        if share_url is not UNSET:
            field_dict["shareURL"] = share_url
        if live_preview_url is not UNSET:
            field_dict["livePreviewURL"] = live_preview_url
        if preview_animation_url is not UNSET:
            field_dict["previewAnimationURL"] = preview_animation_url
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if nb_variations is not UNSET:
            field_dict["nbVariations"] = nb_variations
        if nb_media_files is not UNSET:
            field_dict["nbMediaFiles"] = nb_media_files
        if latest_scan_status is not UNSET:
            field_dict["latestScanStatus"] = latest_scan_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ParseError(cls.__name__, "", wrong_type(src_dict, "an object"))
        d = dict(src_dict)
        _field = ""
        try:
            _field = "id"
            _src = d.pop("id")
            if not (isinstance(_src, int) and not isinstance(_src, bool)):
                raise wrong_type(_src, "an integer")

            id = _src

            _field = "campaignId"
            _src = d.pop("campaignId")
            if not (isinstance(_src, int) and not isinstance(_src, bool)):
                raise wrong_type(_src, "an integer")

            campaign_id = _src

            _field = "name"
            _src = d.pop("name")
            if not (isinstance(_src, str)):
                raise wrong_type(_src, "a string")

            name = _src

            _field = "createdAt"
            _src = d.pop("createdAt")
            created_at = parse_datetime(_src)

            _field = "updatedAt"
            _src = d.pop("updatedAt", UNSET)

            def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    updated_at_type_0 = parse_datetime(data)

                    return updated_at_type_0
                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise wrong_type(data, "datetime.datetime | None")

            updated_at = _parse_updated_at(_src)

            _field = "parentId"
            _src = d.pop("parentId", UNSET)

            def _parse_parent_id(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (int)) and not isinstance(data, bool):
                    return cast(int | None | Unset, data)
                raise wrong_type(data, "int | None")

            parent_id = _parse_parent_id(_src)

            _field = "sourceType"
            _src = d.pop("sourceType", UNSET)
            if _src is None:
                _src = UNSET
            if not (isinstance(_src, str) or isinstance(_src, Unset)):
                raise wrong_type(_src, "a string")

            source_type = _src

            _field = "sourceTypeLabel"
            _src = d.pop("sourceTypeLabel", UNSET)
            if _src is None:
                _src = UNSET
            if not (isinstance(_src, str) or isinstance(_src, Unset)):
                raise wrong_type(_src, "a string")

            source_type_label = _src

            _field = "shareURL"
            _src = d.pop("shareURL", UNSET)
            if _src is None:
                _src = UNSET
            if not (isinstance(_src, str) or isinstance(_src, Unset)):
                raise wrong_type(_src, "a string")

            share_url = _src

            _field = "livePreviewURL"
            _src = d.pop("livePreviewURL", UNSET)
            if _src is None:
                _src = UNSET
            if not (isinstance(_src, str) or isinstance(_src, Unset)):
                raise wrong_type(_src, "a string")

            live_preview_url = _src

            _field = "previewAnimationURL"
            _src = d.pop("previewAnimationURL", UNSET)

            def _parse_preview_animation_url(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (str)):
                    return cast(None | str | Unset, data)
                raise wrong_type(data, "None | str")

            preview_animation_url = _parse_preview_animation_url(_src)

            _field = "width"
            _src = d.pop("width", UNSET)

            def _parse_width(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (int)) and not isinstance(data, bool):
                    return cast(int | None | Unset, data)
                raise wrong_type(data, "int | None")

            width = _parse_width(_src)

            _field = "height"
            _src = d.pop("height", UNSET)

            def _parse_height(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (int)) and not isinstance(data, bool):
                    return cast(int | None | Unset, data)
                raise wrong_type(data, "int | None")

            height = _parse_height(_src)

            _field = "userId"
            _src = d.pop("userId", UNSET)
            if _src is None:
                _src = UNSET
            if not ((isinstance(_src, int) and not isinstance(_src, bool)) or isinstance(_src, Unset)):
                raise wrong_type(_src, "an integer")

            user_id = _src

            _field = "nbVariations"
            _src = d.pop("nbVariations", UNSET)

            def _parse_nb_variations(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (int)) and not isinstance(data, bool):
                    return cast(int | None | Unset, data)
                raise wrong_type(data, "int | None")

            nb_variations = _parse_nb_variations(_src)

            _field = "nbMediaFiles"
            _src = d.pop("nbMediaFiles", UNSET)

            def _parse_nb_media_files(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, (int)) and not isinstance(data, bool):
                    return cast(int | None | Unset, data)
                raise wrong_type(data, "int | None")

            nb_media_files = _parse_nb_media_files(_src)

            _field = "latestScanStatus"
            _src = d.pop("latestScanStatus", UNSET)

            def _parse_latest_scan_status(data: object) -> None | Scan | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    latest_scan_status_type_0 = Scan.from_dict(data)

                    return latest_scan_status_type_0
                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise wrong_type(data, "None | Scan")

            latest_scan_status = _parse_latest_scan_status(_src)

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj = cls(
            id=id,
            campaign_id=campaign_id,
            name=name,
            created_at=created_at,
            updated_at=updated_at,
            parent_id=parent_id,
            source_type=source_type,
            source_type_label=source_type_label,
            share_url=share_url,
            live_preview_url=live_preview_url,
            preview_animation_url=preview_animation_url,
            width=width,
            height=height,
            user_id=user_id,
            nb_variations=nb_variations,
            nb_media_files=nb_media_files,
            latest_scan_status=latest_scan_status,
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


from ..models.scan import Scan  # noqa: E402
