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

T = TypeVar("T", bound="CreativeVariation")
_new = object.__new__


@_attrs_define
class CreativeVariation:
    """One variation of a VAST tag: a distinct ad the tag served. Its own creative
    (`creativeId`) carries the scan.

    """

    id: int
    """ Variation ID. """
    creative_id: int
    """ The variation's own creative ID (not the VAST tag's). """
    created_at: datetime.datetime | None = _attrs_field(default=NOT_GIVEN)
    """ When the variation was first seen. """
    updated_at: datetime.datetime | None = _attrs_field(default=NOT_GIVEN)
    """ When the variation was last updated. Inferred: may be null, as on scans. """
    label: str | None = _attrs_field(default=NOT_GIVEN)
    """ Human-readable label from the VAST XML, e.g. `Variation A`. """
    nb_observations: int | None = _attrs_field(default=NOT_GIVEN)
    """ How many times the variation was observed. """
    vast_ad_ext_id: str | None = _attrs_field(default=NOT_GIVEN)
    """ The `<Ad id>` of the variation in the VAST XML. Inferred: may be null. """
    vast_creative_ext_id: str | None = _attrs_field(default=NOT_GIVEN)
    """ The `<Creative id>` of the variation in the VAST XML. Inferred: may be null. """
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
                "created_at",
                "updated_at",
                "label",
                "nb_observations",
                "vast_ad_ext_id",
                "vast_creative_ext_id",
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
        creative_id = self.creative_id
        field_dict["creativeId"] = creative_id
        if self.created_at is not None:
            created_at = self.created_at.isoformat()
            field_dict["createdAt"] = created_at
        elif self._nulls & 1:
            field_dict["createdAt"] = None
        if self.updated_at is not None:
            updated_at: None | str
            updated_at = self.updated_at.isoformat()

            field_dict["updatedAt"] = updated_at
        elif self._nulls & 2:
            field_dict["updatedAt"] = None
        if self.label is not None:
            field_dict["label"] = self.label
        elif self._nulls & 4:
            field_dict["label"] = None
        if self.nb_observations is not None:
            field_dict["nbObservations"] = self.nb_observations
        elif self._nulls & 8:
            field_dict["nbObservations"] = None
        if self.vast_ad_ext_id is not None:
            vast_ad_ext_id: None | str
            vast_ad_ext_id = self.vast_ad_ext_id
            field_dict["vastAdExtId"] = vast_ad_ext_id
        elif self._nulls & 16:
            field_dict["vastAdExtId"] = None
        if self.vast_creative_ext_id is not None:
            vast_creative_ext_id: None | str
            vast_creative_ext_id = self.vast_creative_ext_id
            field_dict["vastCreativeExtId"] = vast_creative_ext_id
        elif self._nulls & 32:
            field_dict["vastCreativeExtId"] = None

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
                "creative_id",
                *(("created_at",) if self.created_at is not None or self._nulls & 1 else ()),
                *(("updated_at",) if self.updated_at is not None or self._nulls & 2 else ()),
                *(("label",) if self.label is not None or self._nulls & 4 else ()),
                *(("nb_observations",) if self.nb_observations is not None or self._nulls & 8 else ()),
                *(("vast_ad_ext_id",) if self.vast_ad_ext_id is not None or self._nulls & 16 else ()),
                *(("vast_creative_ext_id",) if self.vast_creative_ext_id is not None or self._nulls & 32 else ()),
            )
        )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `CreativeVariation`; `src_dict` is left unchanged."""
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
                    id = d["id"]
                    creative_id = d["creativeId"]
                    _v_created_at = d["createdAt"]
                    _v_updated_at = d["updatedAt"]
                    label = d["label"]
                    nb_observations = d["nbObservations"]
                    _v_vast_ad_ext_id = d["vastAdExtId"]
                    _v_vast_creative_ext_id = d["vastCreativeExtId"]
                except KeyError:  # an unknown field in place of a known one
                    _field = "id"
                    id = d.pop("id")
                    _field = "creativeId"
                    creative_id = d.pop("creativeId")
                    _v_created_at = d.pop("createdAt", UNSET)
                    _v_updated_at = d.pop("updatedAt", UNSET)
                    label = d.pop("label", UNSET)
                    nb_observations = d.pop("nbObservations", UNSET)
                    _v_vast_ad_ext_id = d.pop("vastAdExtId", UNSET)
                    _v_vast_creative_ext_id = d.pop("vastCreativeExtId", UNSET)

                else:
                    d = _NO_KEYS  # no keys left over: the object is not kept
            else:
                _field = "id"
                id = d.pop("id")
                _field = "creativeId"
                creative_id = d.pop("creativeId")
                _v_created_at = d.pop("createdAt", UNSET)
                _v_updated_at = d.pop("updatedAt", UNSET)
                label = d.pop("label", UNSET)
                nb_observations = d.pop("nbObservations", UNSET)
                _v_vast_ad_ext_id = d.pop("vastAdExtId", UNSET)
                _v_vast_creative_ext_id = d.pop("vastCreativeExtId", UNSET)

            _field = "id"
            if id.__class__ is not int:
                if not isinstance(id, int) or id is True or id is False:
                    raise wrong_type(id, "an integer")

            _field = "creativeId"
            if creative_id.__class__ is not int:
                if not isinstance(creative_id, int) or creative_id is True or creative_id is False:
                    raise wrong_type(creative_id, "an integer")

            _field = "createdAt"
            created_at: datetime.datetime | None
            if _v_created_at.__class__ is str:  # the usual case first, in one check
                try:
                    created_at = _fromisoformat(_v_created_at)
                except ValueError:
                    created_at = parse_datetime(_v_created_at)
                if created_at.tzinfo is None:
                    created_at = parse_datetime(_v_created_at)
            elif _v_created_at is UNSET:
                created_at = None
            elif _v_created_at is None:
                created_at = None
                _nulls |= 1  # created_at
            else:
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
                _nulls |= 2  # updated_at
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

            _field = "label"
            if label.__class__ is str:  # the usual case first, in one check
                pass
            elif label is UNSET:
                label = None
            elif label is None:
                _nulls |= 4  # label
            else:
                if not isinstance(label, str):
                    raise wrong_type(label, "a string")

            _field = "nbObservations"
            if nb_observations.__class__ is int:  # the usual case first, in one check
                pass
            elif nb_observations is UNSET:
                nb_observations = None
            elif nb_observations is None:
                _nulls |= 8  # nb_observations
            else:
                if not isinstance(nb_observations, int) or nb_observations is True or nb_observations is False:
                    raise wrong_type(nb_observations, "an integer")

            _field = "vastAdExtId"
            vast_ad_ext_id: str | None
            if _v_vast_ad_ext_id.__class__ is str:  # the usual case first, in one check
                vast_ad_ext_id = _v_vast_ad_ext_id
            elif _v_vast_ad_ext_id is UNSET:
                vast_ad_ext_id = None
            elif _v_vast_ad_ext_id is None:
                vast_ad_ext_id = None
                _nulls |= 16  # vast_ad_ext_id
            else:
                vast_ad_ext_id = _v_vast_ad_ext_id
                if not (vast_ad_ext_id is None or isinstance(vast_ad_ext_id, (str))):
                    raise wrong_type(vast_ad_ext_id, "None | str")

            _field = "vastCreativeExtId"
            vast_creative_ext_id: str | None
            if _v_vast_creative_ext_id.__class__ is str:  # the usual case first, in one check
                vast_creative_ext_id = _v_vast_creative_ext_id
            elif _v_vast_creative_ext_id is UNSET:
                vast_creative_ext_id = None
            elif _v_vast_creative_ext_id is None:
                vast_creative_ext_id = None
                _nulls |= 32  # vast_creative_ext_id
            else:
                vast_creative_ext_id = _v_vast_creative_ext_id
                if not (vast_creative_ext_id is None or isinstance(vast_creative_ext_id, (str))):
                    raise wrong_type(vast_creative_ext_id, "None | str")

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj: T
        if cls is CreativeVariation:
            # The slots set directly: exactly what attrs' __init__ does here (no validators or
            # converters), without the cost of calling the class (about 0.3 µs a model, bench/cpu.py).
            _obj = _new(cls)
            _obj.id = id
            _obj.creative_id = creative_id
            _obj.created_at = created_at
            _obj.updated_at = updated_at
            _obj.label = label
            _obj.nb_observations = nb_observations
            _obj.vast_ad_ext_id = vast_ad_ext_id
            _obj.vast_creative_ext_id = vast_creative_ext_id
            _obj._nulls = _nulls
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                id,
                creative_id,
                created_at,
                updated_at,
                label,
                nb_observations,
                vast_ad_ext_id,
                vast_creative_ext_id,
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
