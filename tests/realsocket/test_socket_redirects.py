"""Item 1: redirects on a real connection — every status, relative and absolute, same and cross origin.

A mock transport never needs a `Host` header; h11 refuses to send a request without one. Each hop
here crosses a loopback socket, with scankit's own transport and with a user's `http_client` (set
to follow redirects itself, with auth of its own), sync and async. What must hold: the redirected
answer arrives; the hop names its host; the key goes to the base URL's origin only; 303 (and a 301
or 302 of a POST) becomes a GET without body, 307/308 keep method and body.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from conftest import SECRET, Clients
from loopback import Loopback, Reply, Seen, reply

import scankit

STATUSES = [301, 302, 303, 307, 308]
WHERE = ["relative", "absolute", "cross_origin"]
PDF = b"%PDF-1.7 scan report " + bytes(range(256)) * 4
SCAN = {"id": "scan-1", "type": "NMAP", "state": "SUCCEEDED", "progress": 100}


def _location(where: str, server: Loopback, storage: Loopback, path: str) -> tuple[str, Loopback]:
    if where == "relative":
        return path, server
    if where == "absolute":
        return server.url + path, server
    return storage.url + path, storage


def _serve(server: Loopback, storage: Loopback, status: int, where: str, answer: Reply) -> Loopback:
    """The vendor redirects everything under /v1 to /moved/...; the target answers `answer`."""
    location, target = _location(where, server, storage, "/moved/here")

    def vendor(seen: Seen) -> Reply:
        if seen.path == "/moved/here":
            return answer
        return reply(status, location=location)

    server.handler = vendor
    if target is storage:
        storage.handler = lambda seen: answer
    return target


def _credentials(seen: Seen) -> list[str]:
    """The names of headers on `seen` that carry any credential."""
    return [
        name for name, value in seen.headers.items() if SECRET in value or "pa55" in value or name == "authorization"
    ]


def _check_hop(target: Loopback, where: str, own_client: bool) -> Seen:
    (hop,) = target.requests_to("/moved/here")
    assert hop.headers["host"] == target.netloc, "the hop names the host it goes to"
    if where == "cross_origin":
        assert _credentials(hop) == [], "no credential crosses to another origin"
    else:
        assert hop.headers["x-hostedscan-api-key"] == SECRET, "the key stays on a same-origin hop"
        assert ("authorization" in hop.headers) == own_client, "the user's own auth applies at home only"
    return hop


async def _call(client: Any, is_async: bool, fn: str, *args: Any, **kwargs: Any) -> Any:
    resource, verb = fn.split(".")
    result = getattr(getattr(client, resource), verb)(*args, **kwargs)
    return await result if is_async else result


@pytest.mark.parametrize("own_client", [False, True], ids=["scankit-client", "user-client"])
@pytest.mark.parametrize("where", WHERE)
@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
async def test_a_redirected_download_arrives(
    is_async: bool, status: int, where: str, own_client: bool, server: Loopback, storage: Loopback, clients: Clients
) -> None:
    target = _serve(server, storage, status, where, Reply(200, PDF, {"content-type": "application/pdf"}))
    hs = clients.make("hostedscan", server, is_async=is_async, own_client=own_client)
    file = await _call(hs, is_async, "results.download", "result-1")
    assert file.payload.read() == PDF
    assert file.mime_type == "application/pdf"
    _check_hop(target, where, own_client)


@pytest.mark.parametrize("where", WHERE)
@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
async def test_a_redirected_get_arrives(
    is_async: bool, status: int, where: str, server: Loopback, storage: Loopback, clients: Clients
) -> None:
    target = _serve(server, storage, status, where, reply(200, {"data": SCAN}))
    hs = clients.make("hostedscan", server, is_async=is_async)
    scan = await _call(hs, is_async, "scans.get", "scan-1")
    assert scan.id == "scan-1"
    hop = _check_hop(target, where, own_client=False)
    assert hop.method == "GET" and hop.body == b""


# What a POST becomes: 303, 301 and 302 a GET without body; 307 and 308 the same POST.
POST_BECOMES = {301: "GET", 302: "GET", 303: "GET", 307: "POST", 308: "POST"}


@pytest.mark.parametrize("where", ["relative", "cross_origin"])
@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
async def test_a_redirected_create_keeps_or_drops_its_body_as_the_status_says(
    is_async: bool, status: int, where: str, server: Loopback, storage: Loopback, clients: Clients
) -> None:
    target = _serve(server, storage, status, where, reply(200, {"data": SCAN}))
    hs = clients.make("hostedscan", server, is_async=is_async)
    scan = await _call(hs, is_async, "scans.create", body={"type": "NMAP", "targets": ["example.com"]})
    assert scan.id == "scan-1"
    hop = _check_hop(target, where, own_client=False)
    assert hop.method == POST_BECOMES[status]
    if hop.method == "POST":
        assert json.loads(hop.body) == {"type": "NMAP", "targets": ["example.com"]}
        assert hop.headers["content-type"] == "application/json"
    else:
        assert hop.body == b"" and "content-type" not in hop.headers and "content-length" not in hop.headers


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
async def test_a_chain_of_hops_names_each_host_and_is_bounded(
    is_async: bool, server: Loopback, storage: Loopback, clients: Clients
) -> None:
    """Home -> storage -> a relative hop on storage -> the file; then a loop: TooManyRedirects, typed."""
    server.handler = lambda seen: reply(302, location=f"{storage.url}/a")
    storage.handler = lambda seen: (
        reply(307, location="/b") if seen.path == "/a" else Reply(200, PDF, {"content-type": "application/pdf"})
    )
    hs = clients.make("hostedscan", server, is_async=is_async)
    file = await _call(hs, is_async, "results.download", "result-1")
    assert file.payload.read() == PDF
    assert [(s.path, s.headers["host"]) for s in storage.seen] == [("/a", storage.netloc), ("/b", storage.netloc)]
    assert all(_credentials(s) == [] for s in storage.seen)

    server.handler = lambda seen: reply(302, location=seen.path)
    with pytest.raises(scankit.APIConnectionError, match="redirects"):
        await _call(hs, is_async, "scans.get", "scan-1")
