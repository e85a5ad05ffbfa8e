"""HTTP pieces every part of the sandbox shares: JSON answers, HTML pages, dropped connections,
and the request as a handler sees it (:class:`Call`)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attrs
import httpx
from starlette.requests import Request
from starlette.responses import Response

if TYPE_CHECKING:
    from ._model import Operation

__all__ = [
    "ABORT_EXTENSION",
    "Call",
    "ConnectionDropped",
    "Invalid",
    "Missing",
    "drop",
    "dumps",
    "html_page",
    "json_response",
    "replace_enums",
]

ABORT_EXTENSION = "scankit.sandbox.abort"
"""Scope extension the Sandbox's server sets: a callable that closes the client's connection at once."""


def _dumps_json(body: Any) -> bytes:
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()


try:  # every vendor package depends on orjson; the same bytes as json.dumps, several times faster
    import orjson

    _dumps: Any = orjson.dumps
except ImportError:  # pragma: no cover - a sandbox without any vendor package installed
    _dumps = _dumps_json


def dumps(body: Any) -> bytes:
    """Compact, deterministic JSON (keys in insertion order, which the generators fix)."""
    try:
        out: bytes = _dumps(body)
    except TypeError:  # orjson refuses integers beyond 64 bits (a page number a test made up)
        out = _dumps_json(body)
    return out


def json_response(body: Any, status: int = 200, headers: Mapping[str, str] | None = None) -> Response:
    return Response(dumps(body), status_code=status, headers=dict(headers or {}), media_type="application/json")


class ConnectionDropped(httpx.RemoteProtocolError):
    """Raised by the ``drop`` fault where the server cannot close the connection itself.

    Under the Sandbox's server the connection is closed with no response; in process (an
    ``httpx.ASGITransport``) this exception reaches the client, which sees a transport error.
    """


class Invalid(Exception):
    """A bad request: the handler's vendor answers with its validation status and error body."""

    def __init__(
        self, message: str, *, field: str | None = None, status: int | None = None, strict: bool = True
    ) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.status = status
        self.strict = strict  # False: where the operation declares no 4xx, the value is ignored instead


class Missing(Exception):
    """No such resource: the vendor's 404."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@attrs.define
class Call:
    """One request as a handler sees it: the Starlette request, its operation and path parameters."""

    request: Request
    params: dict[str, str]
    op: Operation

    @property
    def query(self) -> Any:
        return self.request.query_params


def replace_enums(node: Any, fields: Mapping[str, str]) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in fields and isinstance(value, str):
                node[key] = fields[key]
            else:
                replace_enums(value, fields)
    elif isinstance(node, list):
        for item in node:
            replace_enums(item, fields)


def html_page(status: int, title: str, text: str) -> Response:
    body = (
        f"<!DOCTYPE html>\n<html>\n<head><title>{title}</title></head>\n"
        f"<body>\n<h1>{title}</h1>\n<p>{text}</p>\n</body>\n</html>\n"
    )
    return Response(body, status_code=status, media_type="text/html")


async def drop(request: Request) -> None:
    """Close the client's connection without an answer (see :class:`ConnectionDropped`)."""
    extensions = request.scope.get("extensions") or {}
    abort = extensions.get(ABORT_EXTENSION)
    if abort is None:
        raise ConnectionDropped("scankit sandbox: connection dropped (fault 'drop')")
    abort()
    # Let the server notice the disconnect before the app returns, so it sends nothing at all.
    receive = request.receive
    try:
        async with asyncio.timeout(1.0):
            while (await receive())["type"] != "http.disconnect":
                pass
    except TimeoutError:
        pass
