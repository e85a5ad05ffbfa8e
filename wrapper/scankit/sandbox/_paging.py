"""The server side of ``x-scankit-pagination``: one page of a list, in every style the vocabulary has.

Given the records a list serves (filtered and ordered) and the request, :func:`serve_page` picks
the page and says what the answer carries: the items, the body fields the block declares
(``has_more``, ``current_page``, ``total_pages``, ``total_items``, ``next_link``, ``next_cursor``,
``next_url``) and the headers (``cursor_header``, RFC 8288 ``Link``). Cursors the sandbox makes are
opaque (base64url JSON naming the last item); ``last_item`` cursors are what the client reads from
the last item, so the sandbox finds the page after the item whose cursor it is.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import attrs

from ._data import ABSENT, dig
from ._model import parse_path

__all__ = ["BadPage", "PagePlan", "last_item_cursor", "serve_page"]

_POSITION_PARAMS = ("page", "cursor", "after", "page_token", "offset", "start")


class BadPage(ValueError):
    """A page, offset, size or cursor the server refuses (the vendor's validation error)."""

    def __init__(self, message: str, field: str, *, strict: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.strict = strict  # refused even where the spec declares no 4xx (a cursor cannot be guessed)


@attrs.frozen
class PagePlan:
    items: list[Any]
    fields: Mapping[tuple[str | int, ...], Any]
    headers: Mapping[str, str]
    size: int
    number: int | None  # the page number (page_number, next_url and link_header styles)
    total: int


def _int(query: Mapping[str, str], name: str | None, default: int, minimum: int) -> int:
    if not name or query.get(name) in (None, ""):
        return default
    raw = str(query.get(name))
    try:
        value = int(raw)
    except ValueError:
        raise BadPage(f"{name} must be an integer", name) from None
    if value < minimum:
        raise BadPage(f"{name} must be at least {minimum}", name)
    return value


def last_item_cursor(item: Any, spec: Mapping[str, Any]) -> str | None:
    """The cursor a ``last_item`` list reads from its last item (specs/CONVENTIONS.md): None if absent."""
    paths = spec["path"] if isinstance(spec["path"], list) else [spec["path"]]
    join = str(spec.get("join", ","))
    values = [dig(item, parse_path(p)) for p in paths]
    if any(v is ABSENT or v is None for v in values):
        return None
    if len(values) == 1 and not isinstance(values[0], list):
        return _text(values[0])
    parts = [p for v in values for p in (v if isinstance(v, list) else [v])]
    if join == "json":
        return json.dumps(parts, separators=(",", ":"))
    return join.join(_text(p) for p in parts)


def _text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value)


def encode_token(last: str) -> str:
    raw = json.dumps({"last": last}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_token(token: str, param: str) -> str:
    try:
        data = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
    except (ValueError, binascii.Error):
        raise BadPage(f"Invalid {param}", param, strict=True) from None
    if not isinstance(data, dict) or not isinstance(data.get("last"), str):
        raise BadPage(f"Invalid {param}", param, strict=True)
    last: str = data["last"]
    return last


def position_param(block: Mapping[str, Any], query_params: Sequence[str], given: str | None) -> str:
    """The query parameter a next URL or a Link carries the page number in."""
    if given:
        return given
    return next((p for p in _POSITION_PARAMS if p in query_params), "page")


def serve_page(
    block: Mapping[str, Any],
    records: Sequence[Any],
    query: Mapping[str, str],
    *,
    key_of: Callable[[Any], str],
    url_for: Callable[[Mapping[str, Any]], str],
    page_size: int | None = None,
    position: str = "page",
) -> PagePlan:
    """The page ``query`` asks for. ``url_for(changes)`` is this request's URL with query changes."""
    style = block["style"]
    size_param = block.get("size_param")
    size = page_size or block.get("default_size") or block.get("max_size") or 25
    size = _int(query, size_param, size, 1)
    if block.get("max_size"):
        size = min(size, int(block["max_size"]))
    total = len(records)
    fields: dict[tuple[str | int, ...], Any] = {}
    headers: dict[str, str] = {}
    number: int | None = None

    def declared(key: str, value: Any) -> None:
        if block.get(key):
            fields[parse_path(block[key])] = value

    if style == "page_number":
        first = int(block.get("first_page", 1))
        number = _int(query, block["page_param"], first, first)
        start = (number - first) * size
        items = list(records[start : start + size])
        more = start + size < total
        pages = math.ceil(total / size)
        declared("current_page", number)
        declared("total_pages", pages)
        if block.get("next_link"):
            link_path = parse_path(block["next_link"])
            fields[link_path] = url_for({block["page_param"]: number + 1}) if more else None
            _sibling_links(fields, link_path, url_for, block["page_param"], number, first, first - 1 + pages, pages > 1)
    elif style == "offset":
        first = int(block.get("first_offset", 0))
        offset = _int(query, block["offset_param"], first, first)
        start = offset - first
        items = list(records[start : start + size])
        more = start + len(items) < total
    elif style == "cursor":
        start = _cursor_start(block, records, query, key_of)
        items = list(records[start : start + size])
        more = start + size < total
        if more and items:
            token = encode_token(key_of(items[-1]))
            if block.get("next_cursor"):
                fields[parse_path(block["next_cursor"])] = token
            elif block.get("cursor_header"):
                headers[block["cursor_header"]] = token
    else:  # next_url, link_header: a page number of our own in the URL
        number = _int(query, position, 1, 1)
        start = (number - 1) * size
        items = list(records[start : start + size])
        more = start + size < total
        if style == "next_url":
            fields[parse_path(block["next_url"])] = url_for({position: number + 1}) if more else None
        else:
            headers["Link"] = _link_header(url_for, position, number, math.ceil(total / size), block, more)
    declared("has_more", more)
    declared("total_items", total)
    return PagePlan(items, fields, headers, size, number, total)


def _cursor_start(
    block: Mapping[str, Any], records: Sequence[Any], query: Mapping[str, str], key_of: Callable[[Any], str]
) -> int:
    param = block["cursor_param"]
    given = query.get(param)
    if not given:
        return 0
    if block.get("last_item"):
        for index, record in enumerate(records):
            if last_item_cursor(record, block["last_item"]) == given:
                return index + 1
        raise BadPage(f"Invalid {param}: no item has that cursor", param, strict=True)
    last = decode_token(given, param)
    for index, record in enumerate(records):
        if key_of(record) == last:
            return index + 1
    raise BadPage(f"Invalid {param}", param, strict=True)


def _sibling_links(
    fields: dict[tuple[str | int, ...], Any],
    link_path: tuple[str | int, ...],
    url_for: Callable[[Mapping[str, Any]], str],
    param: str,
    number: int,
    first: int,
    last: int,
    several: bool,
) -> None:
    """``first``/``prev``/``last`` beside ``next`` (JSON:API ``links``): null when there is one page."""
    parent = link_path[:-1]
    if not parent:
        return
    fields[(*parent, "first")] = url_for({param: first}) if several else None
    fields[(*parent, "prev")] = url_for({param: min(number - 1, last)}) if several and number > first else None
    fields[(*parent, "last")] = url_for({param: last}) if several else None
    if not several:
        fields[link_path] = None


def _link_header(
    url_for: Callable[[Mapping[str, Any]], str],
    param: str,
    number: int,
    pages: int,
    block: Mapping[str, Any],
    more: bool,
) -> str:
    rel = block.get("link_rel", "next")
    links = []
    if more:
        links.append(f'<{url_for({param: number + 1})}>; rel="{rel}"')
    if pages:
        links.append(f'<{url_for({param: pages})}>; rel="last"')
        links.append(f'<{url_for({param: 1})}>; rel="first"')
    if number > 1:
        links.append(f'<{url_for({param: min(number - 1, max(pages, 1))})}>; rel="prev"')
    return ", ".join(links)
