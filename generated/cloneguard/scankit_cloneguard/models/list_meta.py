from __future__ import annotations

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
    _model_getattr,
    copy_json,
    wrong_type,
)

T = TypeVar("T", bound="ListMeta")
_new = object.__new__


@_attrs_define
class ListMeta:
    """Paging metadata. Inferred: the v2 docs reference `metadata.json`, whose content was not
    visible. The names below are the v1 API's: its list bodies carry
    `pagination: {current_page, total_pages, total_count}` (Clone Systems' WordPress plugin, class Clone_Guard_API (v1,
    https://pciscan.clone-systems.com/API/v1): getScans, getTargets, …),
    which supports them; `per_page` is the usual Rails (Kaminari) companion. All may be absent.

    """

    current_page: int | None = _attrs_field(default=NOT_GIVEN)
    """ Inferred: the page number of this page (1-based). """
    per_page: int | None = _attrs_field(default=NOT_GIVEN)
    """ Inferred: the page size used. """
    total_pages: int | None = _attrs_field(default=NOT_GIVEN)
    """ Inferred: the number of pages. """
    total_count: int | None = _attrs_field(default=NOT_GIVEN)
    """ Inferred: the number of scans across all pages. """
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
                "current_page",
                "per_page",
                "total_pages",
                "total_count",
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
        if self.current_page is not None:
            field_dict["current_page"] = self.current_page
        elif self._nulls & 1:
            field_dict["current_page"] = None
        if self.per_page is not None:
            field_dict["per_page"] = self.per_page
        elif self._nulls & 2:
            field_dict["per_page"] = None
        if self.total_pages is not None:
            field_dict["total_pages"] = self.total_pages
        elif self._nulls & 4:
            field_dict["total_pages"] = None
        if self.total_count is not None:
            field_dict["total_count"] = self.total_count
        elif self._nulls & 8:
            field_dict["total_count"] = None

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
                *(("current_page",) if self.current_page is not None or self._nulls & 1 else ()),
                *(("per_page",) if self.per_page is not None or self._nulls & 2 else ()),
                *(("total_pages",) if self.total_pages is not None or self._nulls & 4 else ()),
                *(("total_count",) if self.total_count is not None or self._nulls & 8 else ()),
            )
        )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a JSON object (as decoded) into a `ListMeta`; `src_dict` is left unchanged."""
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
            if len(d) == 4:
                try:
                    current_page = d["current_page"]
                    per_page = d["per_page"]
                    total_pages = d["total_pages"]
                    total_count = d["total_count"]
                except KeyError:  # an unknown field in place of a known one
                    current_page = d.pop("current_page", UNSET)
                    per_page = d.pop("per_page", UNSET)
                    total_pages = d.pop("total_pages", UNSET)
                    total_count = d.pop("total_count", UNSET)

                else:
                    d = _NO_KEYS  # no keys left over: the object is not kept
            else:
                current_page = d.pop("current_page", UNSET)
                per_page = d.pop("per_page", UNSET)
                total_pages = d.pop("total_pages", UNSET)
                total_count = d.pop("total_count", UNSET)

            _field = "current_page"
            if current_page.__class__ is int:  # the usual case first, in one check
                pass
            elif current_page is UNSET:
                current_page = None
            elif current_page is None:
                _nulls |= 1  # current_page
            else:
                if not isinstance(current_page, int) or current_page is True or current_page is False:
                    raise wrong_type(current_page, "an integer")

            _field = "per_page"
            if per_page.__class__ is int:  # the usual case first, in one check
                pass
            elif per_page is UNSET:
                per_page = None
            elif per_page is None:
                _nulls |= 2  # per_page
            else:
                if not isinstance(per_page, int) or per_page is True or per_page is False:
                    raise wrong_type(per_page, "an integer")

            _field = "total_pages"
            if total_pages.__class__ is int:  # the usual case first, in one check
                pass
            elif total_pages is UNSET:
                total_pages = None
            elif total_pages is None:
                _nulls |= 4  # total_pages
            else:
                if not isinstance(total_pages, int) or total_pages is True or total_pages is False:
                    raise wrong_type(total_pages, "an integer")

            _field = "total_count"
            if total_count.__class__ is int:  # the usual case first, in one check
                pass
            elif total_count is UNSET:
                total_count = None
            elif total_count is None:
                _nulls |= 8  # total_count
            else:
                if not isinstance(total_count, int) or total_count is True or total_count is False:
                    raise wrong_type(total_count, "an integer")

        except ParseError as e:
            e.model = cls.__name__
            e.path.insert(0, _field)
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as e:
            raise ParseError(cls.__name__, _field, e) from e
        _obj: T
        if cls is ListMeta:
            # The slots set directly: exactly what attrs' __init__ does here (no validators or
            # converters), without the cost of calling the class (about 0.3 µs a model, bench/cpu.py).
            _obj = _new(cls)
            _obj.current_page = current_page
            _obj.per_page = per_page
            _obj.total_pages = total_pages
            _obj.total_count = total_count
            _obj._nulls = _nulls
        else:  # a subclass may have its own __init__; positional, in the order declared above
            _obj = cls(
                current_page,
                per_page,
                total_pages,
                total_count,
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
