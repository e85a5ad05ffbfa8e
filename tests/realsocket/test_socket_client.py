"""Items 6, 7 and 9 on a real socket: what `base_url` accepts, a closed client, and a round trip of data.

- A query or fragment in `base_url` sent requests to a path the spec never named (`GET
  /api/v2?tenant=t1/v1/scans/ID`); it is refused when the client is made, before anything is sent.
- After `close()` / `aclose()` a call must raise a scankit error naming the client, not httpx's
  RuntimeError (item 7 is being done in the request pipeline: its test is here, marked xfail).
- CloneGuard's v1 spelling `"Done"` reads as the listed `done`, and `to_dict()` / `to_json()` give
  back `"Done"`, exactly what was sent.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from conftest import SECRET, Clients
from loopback import Loopback, Seen, reply
from test_faults import shape

import scankit
from scankit.vendors import slugs

HS_SCAN = {"data": {"id": "scan-1", "type": "NMAP", "state": "SUCCEEDED", "progress": 100}}


async def _call(client: Any, is_async: bool, fn: str, *args: Any, **kwargs: Any) -> Any:
    resource, verb = fn.split(".")
    result = getattr(getattr(client, resource), verb)(*args, **kwargs)
    return await result if is_async else result


# -- 6. base_url --------------------------------------------------------------------------------

REFUSED = ["/api/v2?tenant=t1", "/api/v2?", "/api/v2#frag", "?tenant=t1", "/api/v2/?tenant=t1&x=1"]


@pytest.mark.parametrize(
    ("is_async", "vendor", "tail"),
    [(False, v, t) for v in slugs() for t in REFUSED] + [(True, v, REFUSED[0]) for v in slugs()],
    ids=str,
)
def test_a_query_or_fragment_in_base_url_is_refused_before_anything_is_sent(
    is_async: bool, vendor: str, tail: str, server: Loopback, clients: Clients
) -> None:
    with pytest.raises(scankit.ConfigurationError, match="base_url") as caught:
        clients.make(vendor, server, is_async=is_async, path=tail)
    assert "query" in str(caught.value) or "fragment" in str(caught.value)
    assert SECRET not in str(caught.value)
    assert server.seen == [] and server.connections == 0


@pytest.mark.parametrize("tail", ["/api/v2?tenant=t1", "#x"])
def test_the_environment_base_url_is_held_to_the_same_rule(
    tail: str, server: Loopback, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOSTEDSCAN_BASE_URL", server.url + tail)
    with pytest.raises(scankit.ConfigurationError, match="HOSTEDSCAN_BASE_URL"):
        scankit.HostedScan(api_key=SECRET)
    assert server.connections == 0


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
async def test_a_base_url_with_a_path_sends_every_call_under_that_path(
    is_async: bool, server: Loopback, clients: Clients
) -> None:
    def handler(seen: Seen) -> Any:
        if seen.method == "GET" and seen.path == "/api/v2/v1/scans":
            return reply(200, {"data": [HS_SCAN["data"]]})
        return reply(200, HS_SCAN)

    server.handler = handler
    hs = clients.make("hostedscan", server, is_async=is_async, path="/api/v2/")
    await _call(hs, is_async, "scans.get", "scan-1")
    await _call(hs, is_async, "scans.create", body={"type": "NMAP", "targets": ["example.com"]})
    listing = hs.scans.list()
    _ = [s async for s in listing] if is_async else list(listing)
    assert [(s.method, s.target) for s in server.seen] == [
        ("GET", "/api/v2/v1/scans/scan-1"),
        ("POST", "/api/v2/v1/scans"),
        ("GET", "/api/v2/v1/scans"),
    ]


# -- 7. a closed client ---------------------------------------------------------------------------


def test_closed_client_raises_a_scankit_error_naming_it(server: Loopback, clients: Clients) -> None:
    server.handler = lambda seen: reply(200, HS_SCAN)
    hs = clients.make("hostedscan", server)
    hs.close()
    for call in (lambda: hs.scans.get("scan-1"), lambda: list(hs.scans.list()), lambda: hs.scans.create(body={})):
        with pytest.raises(scankit.ScankitError, match=r"(?i)HostedScan.*closed"):
            call()
    assert server.seen == []


async def test_closed_client_raises_a_scankit_error_naming_it_async(server: Loopback, clients: Clients) -> None:
    server.handler = lambda seen: reply(200, HS_SCAN)
    hs = clients.make("hostedscan", server, is_async=True)
    await hs.aclose()
    with pytest.raises(scankit.ScankitError, match=r"(?i)HostedScan.*closed"):
        await hs.scans.get("scan-1")
    with pytest.raises(scankit.ScankitError, match=r"(?i)HostedScan.*closed"):
        _ = [s async for s in hs.scans.list()]
    assert server.seen == []


# -- 9. a round trip keeps the string that arrived -----------------------------------------------


@pytest.mark.parametrize("spelling", ["Done", "DONE", "done"])
@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
async def test_a_case_insensitive_value_reads_as_the_member_and_round_trips_as_sent(
    is_async: bool, spelling: str, server: Loopback, clients: Clients
) -> None:
    from scankit_cloneguard.models import ScanStatus

    item = copy.deepcopy(shape("cloneguard").items[0])
    item["attributes"]["status"] = spelling
    server.handler = lambda seen: reply(200, {"data": item})
    cg = clients.make("cloneguard", server, is_async=is_async)
    scan = await _call(cg, is_async, "scans.get", item["id"])
    status = scan.attributes.status
    assert status == ScanStatus.DONE and status == "done" and status in {ScanStatus.DONE}
    assert status.name == "DONE" and not status.is_unknown
    assert scan.to_dict()["attributes"]["status"] == spelling, "exactly what was sent"
    assert json.loads(scan.to_json())["attributes"]["status"] == spelling
    assert str(status) == spelling, "the string that arrived"
    assert status.value == "done", "the listed spelling: what a request sends"


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
async def test_a_filter_in_any_case_is_sent_as_the_listed_value(
    is_async: bool, server: Loopback, clients: Clients
) -> None:
    server.handler = lambda seen: reply(200, {"data": [], "meta": {"current_page": 1, "total_pages": 1}})
    cg = clients.make("cloneguard", server, is_async=is_async)
    listing = cg.scans.list(status=["Done", "STOP_REQUESTED"])
    assert ([s async for s in listing] if is_async else list(listing)) == []
    assert server.seen[0].target.count("status%5B%5D=") == 2
    assert "status%5B%5D=done&status%5B%5D=stop_requested" in server.seen[0].target
