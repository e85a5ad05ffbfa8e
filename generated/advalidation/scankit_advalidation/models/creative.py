from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ParseError, Unset, copy_json, parse_datetime, wrong_type

T = TypeVar("T", bound="Creative")
_new = object.__new__


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
        """Parse a JSON object (as decoded) into a `Creative`; `src_dict` is left unchanged."""
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
            if not isinstance(_src, (int)) or _src is True or _src is False:
                raise wrong_type(_src, "an integer")

            id = _src

            _field = "campaignId"
            _src = d.pop("campaignId")
            if not isinstance(_src, (int)) or _src is True or _src is False:
                raise wrong_type(_src, "an integer")

            campaign_id = _src

            _field = "name"
            _src = d.pop("name")
            if not isinstance(_src, (str)):
                raise wrong_type(_src, "a string")

            name = _src

            _field = "createdAt"
            _src = d.pop("createdAt")
            created_at = parse_datetime(_src)

            _field = "updatedAt"
            _src = d.pop("updatedAt", UNSET)
            updated_at = _src
            if updated_at is None or updated_at is UNSET:
                pass
            elif isinstance(updated_at, str):
                try:
                    updated_at_type_0 = parse_datetime(updated_at)

                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    raise wrong_type(updated_at, "datetime.datetime | None") from None
                updated_at = updated_at_type_0
            else:
                raise wrong_type(updated_at, "datetime.datetime | None")

            _field = "parentId"
            _src = d.pop("parentId", UNSET)
            parent_id = _src
            if not (
                parent_id is None
                or (isinstance(parent_id, (int, Unset)) and parent_id is not True and parent_id is not False)
            ):
                raise wrong_type(parent_id, "int | None")

            _field = "sourceType"
            _src = d.pop("sourceType", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (str, Unset)):
                raise wrong_type(_src, "a string")

            source_type = _src

            _field = "sourceTypeLabel"
            _src = d.pop("sourceTypeLabel", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (str, Unset)):
                raise wrong_type(_src, "a string")

            source_type_label = _src

            _field = "shareURL"
            _src = d.pop("shareURL", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (str, Unset)):
                raise wrong_type(_src, "a string")

            share_url = _src

            _field = "livePreviewURL"
            _src = d.pop("livePreviewURL", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (str, Unset)):
                raise wrong_type(_src, "a string")

            live_preview_url = _src

            _field = "previewAnimationURL"
            _src = d.pop("previewAnimationURL", UNSET)
            preview_animation_url = _src
            if not (preview_animation_url is None or isinstance(preview_animation_url, (str, Unset))):
                raise wrong_type(preview_animation_url, "None | str")

            _field = "width"
            _src = d.pop("width", UNSET)
            width = _src
            if not (width is None or (isinstance(width, (int, Unset)) and width is not True and width is not False)):
                raise wrong_type(width, "int | None")

            _field = "height"
            _src = d.pop("height", UNSET)
            height = _src
            if not (
                height is None or (isinstance(height, (int, Unset)) and height is not True and height is not False)
            ):
                raise wrong_type(height, "int | None")

            _field = "userId"
            _src = d.pop("userId", UNSET)
            if _src is None:
                _src = UNSET
            if not isinstance(_src, (int, Unset)) or _src is True or _src is False:
                raise wrong_type(_src, "an integer")

            user_id = _src

            _field = "nbVariations"
            _src = d.pop("nbVariations", UNSET)
            nb_variations = _src
            if not (
                nb_variations is None
                or (
                    isinstance(nb_variations, (int, Unset)) and nb_variations is not True and nb_variations is not False
                )
            ):
                raise wrong_type(nb_variations, "int | None")

            _field = "nbMediaFiles"
            _src = d.pop("nbMediaFiles", UNSET)
            nb_media_files = _src
            if not (
                nb_media_files is None
                or (
                    isinstance(nb_media_files, (int, Unset))
                    and nb_media_files is not True
                    and nb_media_files is not False
                )
            ):
                raise wrong_type(nb_media_files, "int | None")

            _field = "latestScanStatus"
            _src = d.pop("latestScanStatus", UNSET)
            latest_scan_status = _src
            if latest_scan_status is None or latest_scan_status is UNSET:
                pass
            elif isinstance(latest_scan_status, dict):
                try:
                    latest_scan_status_type_0 = _from_json_Scan(latest_scan_status)

                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    raise wrong_type(latest_scan_status, "None | Scan") from None
                latest_scan_status = latest_scan_status_type_0
            else:
                raise wrong_type(latest_scan_status, "None | Scan")

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj: T
        if cls is Creative:
            # The slots set directly: exactly what attrs' __init__ does here (no validators or
            # converters), without the cost of calling the class (about 0.3 µs a model, bench/cpu.py).
            _obj = _new(cls)
            _obj.id = id
            _obj.campaign_id = campaign_id
            _obj.name = name
            _obj.created_at = created_at
            _obj.updated_at = updated_at
            _obj.parent_id = parent_id
            _obj.source_type = source_type
            _obj.source_type_label = source_type_label
            _obj.share_url = share_url
            _obj.live_preview_url = live_preview_url
            _obj.preview_animation_url = preview_animation_url
            _obj.width = width
            _obj.height = height
            _obj.user_id = user_id
            _obj.nb_variations = nb_variations
            _obj.nb_media_files = nb_media_files
            _obj.latest_scan_status = latest_scan_status
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                id,
                campaign_id,
                name,
                created_at,
                updated_at,
                parent_id,
                source_type,
                source_type_label,
                share_url,
                live_preview_url,
                preview_animation_url,
                width,
                height,
                user_id,
                nb_variations,
                nb_media_files,
                latest_scan_status,
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

_from_json_Scan = Scan._from_json
