from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import orjson
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    _NO_KEYS,
    NOT_GIVEN,
    UNSET,
    ParseError,
    _fromisoformat,
    _model_getattr,
    copy_json,
    parse_datetime,
    wrong_type,
)

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
    updated_at: datetime.datetime | None = _attrs_field(default=NOT_GIVEN)
    """ When the creative was last updated (ISO 8601 date-time).

    Inferred: nullable. The SDK types it as a string, but a scan's `updatedAt` can be null.
     """
    parent_id: int | None = _attrs_field(default=NOT_GIVEN)
    """ ID of the parent creative, usually the VAST container of a variation or child video; null otherwise. """
    source_type: str | None = _attrs_field(default=NOT_GIVEN)
    """ What kind of creative this is. Open list; values seen include `image`, `html5`,
    `tag-html5`, `tag-beacon`, `html-tag`, `vast-variation` and `vast-child-video`.
     """
    source_type_label: str | None = _attrs_field(default=NOT_GIVEN)
    """ Human-readable form of `sourceType`. """
    share_url: str | None = _attrs_field(default=NOT_GIVEN)
    """ Link to the creative's report in the Advalidation web UI. """
    live_preview_url: str | None = _attrs_field(default=NOT_GIVEN)
    """ Link to a live preview of the creative. """
    preview_animation_url: str | None = _attrs_field(default=NOT_GIVEN)
    """ Link to an animated preview, when one exists. """
    width: int | None = _attrs_field(default=NOT_GIVEN)
    """ Width in pixels, when known. """
    height: int | None = _attrs_field(default=NOT_GIVEN)
    """ Height in pixels, when known. """
    user_id: int | None = _attrs_field(default=NOT_GIVEN)
    """ ID of the user who added the creative. """
    nb_variations: int | None = _attrs_field(default=NOT_GIVEN)
    """ Number of VAST variations. Present only for VAST tags with variations. """
    nb_media_files: int | None = _attrs_field(default=NOT_GIVEN)
    """ Number of child media files of a VAST creative. Not available in list mode. """
    latest_scan_status: Scan | None = _attrs_field(default=NOT_GIVEN)
    """ The creative's most recent scan, or null when it has none yet. """
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
                "parent_id",
                "source_type",
                "source_type_label",
                "share_url",
                "live_preview_url",
                "preview_animation_url",
                "width",
                "height",
                "user_id",
                "nb_variations",
                "nb_media_files",
                "latest_scan_status",
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
        campaign_id = self.campaign_id
        field_dict["campaignId"] = campaign_id
        name = self.name
        field_dict["name"] = name
        created_at = self.created_at.isoformat()
        field_dict["createdAt"] = created_at
        if self.updated_at is not None:
            updated_at: None | str
            updated_at = self.updated_at.isoformat()

            field_dict["updatedAt"] = updated_at
        elif self._nulls & 1:
            field_dict["updatedAt"] = None
        if self.parent_id is not None:
            parent_id: int | None
            parent_id = self.parent_id
            field_dict["parentId"] = parent_id
        elif self._nulls & 2:
            field_dict["parentId"] = None
        if self.source_type is not None:
            field_dict["sourceType"] = self.source_type
        elif self._nulls & 4:
            field_dict["sourceType"] = None
        if self.source_type_label is not None:
            field_dict["sourceTypeLabel"] = self.source_type_label
        elif self._nulls & 8:
            field_dict["sourceTypeLabel"] = None
        if self.share_url is not None:
            field_dict["shareURL"] = self.share_url
        elif self._nulls & 16:
            field_dict["shareURL"] = None
        if self.live_preview_url is not None:
            field_dict["livePreviewURL"] = self.live_preview_url
        elif self._nulls & 32:
            field_dict["livePreviewURL"] = None
        if self.preview_animation_url is not None:
            preview_animation_url: None | str
            preview_animation_url = self.preview_animation_url
            field_dict["previewAnimationURL"] = preview_animation_url
        elif self._nulls & 64:
            field_dict["previewAnimationURL"] = None
        if self.width is not None:
            width: int | None
            width = self.width
            field_dict["width"] = width
        elif self._nulls & 128:
            field_dict["width"] = None
        if self.height is not None:
            height: int | None
            height = self.height
            field_dict["height"] = height
        elif self._nulls & 256:
            field_dict["height"] = None
        if self.user_id is not None:
            field_dict["userId"] = self.user_id
        elif self._nulls & 512:
            field_dict["userId"] = None
        if self.nb_variations is not None:
            nb_variations: int | None
            nb_variations = self.nb_variations
            field_dict["nbVariations"] = nb_variations
        elif self._nulls & 1024:
            field_dict["nbVariations"] = None
        if self.nb_media_files is not None:
            nb_media_files: int | None
            nb_media_files = self.nb_media_files
            field_dict["nbMediaFiles"] = nb_media_files
        elif self._nulls & 2048:
            field_dict["nbMediaFiles"] = None
        if self.latest_scan_status is not None:
            latest_scan_status: dict[str, Any] | None
            latest_scan_status = self.latest_scan_status.to_dict()

            field_dict["latestScanStatus"] = latest_scan_status
        elif self._nulls & 4096:
            field_dict["latestScanStatus"] = None

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
                "campaign_id",
                "name",
                "created_at",
                *(("updated_at",) if self.updated_at is not None or self._nulls & 1 else ()),
                *(("parent_id",) if self.parent_id is not None or self._nulls & 2 else ()),
                *(("source_type",) if self.source_type is not None or self._nulls & 4 else ()),
                *(("source_type_label",) if self.source_type_label is not None or self._nulls & 8 else ()),
                *(("share_url",) if self.share_url is not None or self._nulls & 16 else ()),
                *(("live_preview_url",) if self.live_preview_url is not None or self._nulls & 32 else ()),
                *(("preview_animation_url",) if self.preview_animation_url is not None or self._nulls & 64 else ()),
                *(("width",) if self.width is not None or self._nulls & 128 else ()),
                *(("height",) if self.height is not None or self._nulls & 256 else ()),
                *(("user_id",) if self.user_id is not None or self._nulls & 512 else ()),
                *(("nb_variations",) if self.nb_variations is not None or self._nulls & 1024 else ()),
                *(("nb_media_files",) if self.nb_media_files is not None or self._nulls & 2048 else ()),
                *(("latest_scan_status",) if self.latest_scan_status is not None or self._nulls & 4096 else ()),
            )
        )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `Creative`; `src_dict` is left unchanged."""
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
            if len(d) == 17:
                try:
                    id = d["id"]
                    campaign_id = d["campaignId"]
                    name = d["name"]
                    _v_created_at = d["createdAt"]
                    _v_updated_at = d["updatedAt"]
                    _v_parent_id = d["parentId"]
                    source_type = d["sourceType"]
                    source_type_label = d["sourceTypeLabel"]
                    share_url = d["shareURL"]
                    live_preview_url = d["livePreviewURL"]
                    _v_preview_animation_url = d["previewAnimationURL"]
                    _v_width = d["width"]
                    _v_height = d["height"]
                    user_id = d["userId"]
                    _v_nb_variations = d["nbVariations"]
                    _v_nb_media_files = d["nbMediaFiles"]
                    _v_latest_scan_status = d["latestScanStatus"]
                except KeyError:  # an unknown field in place of a known one
                    _field = "id"
                    id = d.pop("id")
                    _field = "campaignId"
                    campaign_id = d.pop("campaignId")
                    _field = "name"
                    name = d.pop("name")
                    _field = "createdAt"
                    _v_created_at = d.pop("createdAt")
                    _v_updated_at = d.pop("updatedAt", UNSET)
                    _v_parent_id = d.pop("parentId", UNSET)
                    source_type = d.pop("sourceType", UNSET)
                    source_type_label = d.pop("sourceTypeLabel", UNSET)
                    share_url = d.pop("shareURL", UNSET)
                    live_preview_url = d.pop("livePreviewURL", UNSET)
                    _v_preview_animation_url = d.pop("previewAnimationURL", UNSET)
                    _v_width = d.pop("width", UNSET)
                    _v_height = d.pop("height", UNSET)
                    user_id = d.pop("userId", UNSET)
                    _v_nb_variations = d.pop("nbVariations", UNSET)
                    _v_nb_media_files = d.pop("nbMediaFiles", UNSET)
                    _v_latest_scan_status = d.pop("latestScanStatus", UNSET)

                else:
                    d = _NO_KEYS  # no keys left over: the object is not kept
            else:
                _field = "id"
                id = d.pop("id")
                _field = "campaignId"
                campaign_id = d.pop("campaignId")
                _field = "name"
                name = d.pop("name")
                _field = "createdAt"
                _v_created_at = d.pop("createdAt")
                _v_updated_at = d.pop("updatedAt", UNSET)
                _v_parent_id = d.pop("parentId", UNSET)
                source_type = d.pop("sourceType", UNSET)
                source_type_label = d.pop("sourceTypeLabel", UNSET)
                share_url = d.pop("shareURL", UNSET)
                live_preview_url = d.pop("livePreviewURL", UNSET)
                _v_preview_animation_url = d.pop("previewAnimationURL", UNSET)
                _v_width = d.pop("width", UNSET)
                _v_height = d.pop("height", UNSET)
                user_id = d.pop("userId", UNSET)
                _v_nb_variations = d.pop("nbVariations", UNSET)
                _v_nb_media_files = d.pop("nbMediaFiles", UNSET)
                _v_latest_scan_status = d.pop("latestScanStatus", UNSET)

            _field = "id"
            if id.__class__ is not int:
                if not isinstance(id, int) or id is True or id is False:
                    raise wrong_type(id, "an integer")

            _field = "campaignId"
            if campaign_id.__class__ is not int:
                if not isinstance(campaign_id, int) or campaign_id is True or campaign_id is False:
                    raise wrong_type(campaign_id, "an integer")

            _field = "name"
            if name.__class__ is not str:
                if not isinstance(name, str):
                    raise wrong_type(name, "a string")

            _field = "createdAt"
            try:
                created_at = _fromisoformat(_v_created_at)
            except ValueError:
                created_at = parse_datetime(_v_created_at)
            if created_at.tzinfo is None:
                created_at = parse_datetime(_v_created_at)

            _field = "updatedAt"
            updated_at: datetime.datetime | None
            if _v_updated_at.__class__ is str:  # the usual case first, in one check
                try:
                    try:
                        updated_at_type_0 = _fromisoformat(_v_updated_at)
                    except ValueError:
                        updated_at_type_0 = parse_datetime(_v_updated_at)
                    if updated_at_type_0.tzinfo is None:
                        updated_at_type_0 = parse_datetime(_v_updated_at)
                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    raise wrong_type(_v_updated_at, "datetime.datetime | None") from None
                updated_at = updated_at_type_0
            elif _v_updated_at is UNSET:
                updated_at = None
            elif _v_updated_at is None:
                updated_at = None
                _nulls |= 1  # updated_at
            else:
                _updated_at_raw = _v_updated_at
                if _updated_at_raw is None:
                    updated_at = _updated_at_raw
                elif isinstance(_updated_at_raw, str):
                    try:
                        try:
                            updated_at_type_0 = _fromisoformat(_updated_at_raw)
                        except ValueError:
                            updated_at_type_0 = parse_datetime(_updated_at_raw)
                        if updated_at_type_0.tzinfo is None:
                            updated_at_type_0 = parse_datetime(_updated_at_raw)

                    except ParseError:
                        raise
                    except (TypeError, ValueError, AttributeError, KeyError):
                        raise wrong_type(_updated_at_raw, "datetime.datetime | None") from None
                    updated_at = updated_at_type_0
                else:
                    raise wrong_type(_updated_at_raw, "datetime.datetime | None")

            _field = "parentId"
            parent_id: int | None
            if _v_parent_id.__class__ is int:  # the usual case first, in one check
                parent_id = _v_parent_id
            elif _v_parent_id is UNSET:
                parent_id = None
            elif _v_parent_id is None:
                parent_id = None
                _nulls |= 2  # parent_id
            else:
                parent_id = _v_parent_id
                if not (
                    parent_id is None
                    or (isinstance(parent_id, (int)) and parent_id is not True and parent_id is not False)
                ):
                    raise wrong_type(parent_id, "int | None")

            _field = "sourceType"
            if source_type.__class__ is str:  # the usual case first, in one check
                pass
            elif source_type is UNSET:
                source_type = None
            elif source_type is None:
                _nulls |= 4  # source_type
            else:
                if not isinstance(source_type, str):
                    raise wrong_type(source_type, "a string")

            _field = "sourceTypeLabel"
            if source_type_label.__class__ is str:  # the usual case first, in one check
                pass
            elif source_type_label is UNSET:
                source_type_label = None
            elif source_type_label is None:
                _nulls |= 8  # source_type_label
            else:
                if not isinstance(source_type_label, str):
                    raise wrong_type(source_type_label, "a string")

            _field = "shareURL"
            if share_url.__class__ is str:  # the usual case first, in one check
                pass
            elif share_url is UNSET:
                share_url = None
            elif share_url is None:
                _nulls |= 16  # share_url
            else:
                if not isinstance(share_url, str):
                    raise wrong_type(share_url, "a string")

            _field = "livePreviewURL"
            if live_preview_url.__class__ is str:  # the usual case first, in one check
                pass
            elif live_preview_url is UNSET:
                live_preview_url = None
            elif live_preview_url is None:
                _nulls |= 32  # live_preview_url
            else:
                if not isinstance(live_preview_url, str):
                    raise wrong_type(live_preview_url, "a string")

            _field = "previewAnimationURL"
            preview_animation_url: str | None
            if _v_preview_animation_url.__class__ is str:  # the usual case first, in one check
                preview_animation_url = _v_preview_animation_url
            elif _v_preview_animation_url is UNSET:
                preview_animation_url = None
            elif _v_preview_animation_url is None:
                preview_animation_url = None
                _nulls |= 64  # preview_animation_url
            else:
                preview_animation_url = _v_preview_animation_url
                if not (preview_animation_url is None or isinstance(preview_animation_url, (str))):
                    raise wrong_type(preview_animation_url, "None | str")

            _field = "width"
            width: int | None
            if _v_width.__class__ is int:  # the usual case first, in one check
                width = _v_width
            elif _v_width is UNSET:
                width = None
            elif _v_width is None:
                width = None
                _nulls |= 128  # width
            else:
                width = _v_width
                if not (width is None or (isinstance(width, (int)) and width is not True and width is not False)):
                    raise wrong_type(width, "int | None")

            _field = "height"
            height: int | None
            if _v_height.__class__ is int:  # the usual case first, in one check
                height = _v_height
            elif _v_height is UNSET:
                height = None
            elif _v_height is None:
                height = None
                _nulls |= 256  # height
            else:
                height = _v_height
                if not (height is None or (isinstance(height, (int)) and height is not True and height is not False)):
                    raise wrong_type(height, "int | None")

            _field = "userId"
            if user_id.__class__ is int:  # the usual case first, in one check
                pass
            elif user_id is UNSET:
                user_id = None
            elif user_id is None:
                _nulls |= 512  # user_id
            else:
                if not isinstance(user_id, int) or user_id is True or user_id is False:
                    raise wrong_type(user_id, "an integer")

            _field = "nbVariations"
            nb_variations: int | None
            if _v_nb_variations.__class__ is int:  # the usual case first, in one check
                nb_variations = _v_nb_variations
            elif _v_nb_variations is UNSET:
                nb_variations = None
            elif _v_nb_variations is None:
                nb_variations = None
                _nulls |= 1024  # nb_variations
            else:
                nb_variations = _v_nb_variations
                if not (
                    nb_variations is None
                    or (isinstance(nb_variations, (int)) and nb_variations is not True and nb_variations is not False)
                ):
                    raise wrong_type(nb_variations, "int | None")

            _field = "nbMediaFiles"
            nb_media_files: int | None
            if _v_nb_media_files.__class__ is int:  # the usual case first, in one check
                nb_media_files = _v_nb_media_files
            elif _v_nb_media_files is UNSET:
                nb_media_files = None
            elif _v_nb_media_files is None:
                nb_media_files = None
                _nulls |= 2048  # nb_media_files
            else:
                nb_media_files = _v_nb_media_files
                if not (
                    nb_media_files is None
                    or (
                        isinstance(nb_media_files, (int)) and nb_media_files is not True and nb_media_files is not False
                    )
                ):
                    raise wrong_type(nb_media_files, "int | None")

            _field = "latestScanStatus"
            latest_scan_status: Scan | None
            if _v_latest_scan_status.__class__ is dict:  # the usual case first, in one check
                try:
                    latest_scan_status_type_0 = _from_json_Scan(_v_latest_scan_status)
                except ParseError:
                    raise
                except (TypeError, ValueError, AttributeError, KeyError):
                    raise wrong_type(_v_latest_scan_status, "None | Scan") from None
                latest_scan_status = latest_scan_status_type_0
            elif _v_latest_scan_status is UNSET:
                latest_scan_status = None
            elif _v_latest_scan_status is None:
                latest_scan_status = None
                _nulls |= 4096  # latest_scan_status
            else:
                _latest_scan_status_raw = _v_latest_scan_status
                if _latest_scan_status_raw is None:
                    latest_scan_status = _latest_scan_status_raw
                elif isinstance(_latest_scan_status_raw, dict):
                    try:
                        latest_scan_status_type_0 = _from_json_Scan(_latest_scan_status_raw)

                    except ParseError:
                        raise
                    except (TypeError, ValueError, AttributeError, KeyError):
                        raise wrong_type(_latest_scan_status_raw, "None | Scan") from None
                    latest_scan_status = latest_scan_status_type_0
                else:
                    raise wrong_type(_latest_scan_status_raw, "None | Scan")

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
            _obj._nulls = _nulls
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


from ..models.scan import Scan  # noqa: E402

_from_json_Scan = Scan._from_json
