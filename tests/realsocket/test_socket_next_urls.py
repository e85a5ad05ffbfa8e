"""A list whose server gives the next page's URL (in the body, or RFC 8288's `Link` header), on a real
socket: followed on the base URL's origin, relative or absolute, with the key; refused — before a byte
goes out — when it names another origin (another port, or `localhost` for `127.0.0.1`), so the key
never follows it.

HostedScan's list operation stands in for such a vendor: its endpoint with a next-URL or Link-header
pagination (its `next_page_token` carrying the URL), sent through the client's whole pipeline.
"""

from __future__ import annotations

from typing import Any

import attrs
import pytest
from conftest import SECRET, Clients
from loopback import Loopback, Reply, Seen, reply

import scankit
from scankit._vendor import PaginationInfo
from scankit.vendors.hostedscan import _SCANS_LIST
from scankit_hostedscan.models import Scan

PAGES = 3
STYLES = {
    "link_header": PaginationInfo(style="link_header", items=("data",)),
    "next_url": PaginationInfo(style="next_url", items=("data",), next_url=("next_page_token",)),
}


def scan(i: int) -> dict[str, Any]:
    return {"id": f"scan-{i}", "type": "NMAP", "state": "SUCCEEDED", "progress": 100}


def pages(style: str, next_url: Any) -> Any:
    """Page n (from `?page=n`) of two scans, pointing at `next_url(n + 1)` until the last."""

    def handler(seen: Seen) -> Reply:
        n = int(seen.query.get("page", 1))
        body: dict[str, Any] = {"data": [scan(2 * n - 1), scan(2 * n)]}
        if n == PAGES:
            return reply(200, body)
        if style == "next_url":
            return reply(200, {**body, "next_page_token": next_url(n + 1)})
        return reply(200, body, link=f'<{next_url(n + 1)}>; rel="next", </v1/scans?page={PAGES}>; rel="last"')

    return handler


async def listed(clients: Clients, server: Loopback, style: str, *, is_async: bool) -> list[str]:
    client = clients.make("hostedscan", server, is_async=is_async)
    endpoint = attrs.evolve(_SCANS_LIST, pagination=STYLES[style])
    paginator = client.scans._paginate(endpoint, {}, Scan, max_items=None, max_pages=None, options=None)
    if is_async:
        return [s.id async for s in paginator]
    return [s.id for s in paginator]


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("style", sorted(STYLES))
@pytest.mark.parametrize("form", ["relative", "absolute"])
async def test_a_next_url_on_the_origin_is_followed(
    clients: Clients, server: Loopback, style: str, form: str, is_async: bool
) -> None:
    def next_url(n: int) -> str:
        return f"scans?page={n}" if form == "relative" else f"{server.url}/v1/scans?page={n}"

    server.handler = pages(style, next_url)
    assert await listed(clients, server, style, is_async=is_async) == [f"scan-{i}" for i in range(1, 2 * PAGES + 1)]
    assert [s.target for s in server.seen] == ["/v1/scans", "/v1/scans?page=2", "/v1/scans?page=3"]
    assert all(s.headers["x-hostedscan-api-key"] == SECRET for s in server.seen)


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("style", sorted(STYLES))
@pytest.mark.parametrize("elsewhere", ["another_port", "another_host"])
async def test_a_next_url_on_another_origin_is_never_requested(
    clients: Clients, server: Loopback, storage: Loopback, style: str, elsewhere: str, is_async: bool
) -> None:
    other = storage.url if elsewhere == "another_port" else f"http://localhost:{server.port}"
    server.handler = pages(style, lambda n: f"{other}/v1/scans?page={n}")
    storage.handler = pages(style, lambda n: f"{other}/v1/scans?page={n}")
    with pytest.raises(scankit.PaginationError, match="another origin") as caught:
        await listed(clients, server, style, is_async=is_async)
    assert SECRET not in str(caught.value)
    assert [s.target for s in server.seen] == ["/v1/scans"], "the other URL got no request, not even here"
    assert storage.seen == [] and storage.connections == 0
