"""Per-call options, default headers, the User-Agent and the request log, sync and async (MockTransport).

`extra_headers`, `extra_query`, `extra_body` and `timeout` on every operation reach the request as
openai-python's do; credentials can be neither replaced nor removed through them; the User-Agent
names scankit, the vendor package, Python and httpx; `SCANKIT_LOG=debug` shows one line when an
attempt is sent and one, complete on its own, when its response arrives.
"""

from __future__ import annotations

import json
import logging
import os
import platform
import re
import subprocess
import sys
from typing import Any

import httpx
import pytest
from helpers import FakeClock, make

import scankit
from scankit_hostedscan.models import ScanCreate, ScanType

HS_SCAN = {"id": "s1", "type": "NMAP", "state": "SUCCEEDED", "progress": 100}
KEY = "sk-test-secret-123"


class Recorder:
    def __init__(self, respond: Any = None) -> None:
        self.requests: list[httpx.Request] = []
        self.respond = respond or (lambda r: httpx.Response(200, json={"data": HS_SCAN}))

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.respond(request)  # type: ignore[no-any-return]


def test_extra_headers_query_and_timeout_reach_the_request(clock: FakeClock) -> None:
    server = Recorder()
    client = make(scankit.HostedScan, server, clock)
    client.scans.get("s1", extra_headers={"X-Trace": "abc"}, extra_query={"debug": "1"}, timeout=2.5)
    request = server.requests[0]
    assert request.headers["x-trace"] == "abc"
    assert request.headers["x-hostedscan-api-key"] == KEY
    assert request.url.params["debug"] == "1"
    assert request.extensions["timeout"] == httpx.Timeout(2.5).as_dict()
    client.scans.get("s1")  # options are per call: nothing is left behind
    assert "x-trace" not in server.requests[1].headers
    assert "debug" not in server.requests[1].url.params
    assert server.requests[1].extensions["timeout"] == scankit.DEFAULT_TIMEOUT.as_dict()


def test_timeout_none_waits_forever_and_omit_keeps_the_clients(clock: FakeClock) -> None:
    server = Recorder()
    client = make(scankit.HostedScan, server, clock, timeout=7.0)
    client.scans.get("s1", timeout=None)
    client.scans.get("s1", timeout=scankit.OMIT)
    client.scans.get("s1", timeout=httpx.Timeout(1.0, connect=0.5))
    assert server.requests[0].extensions["timeout"] == httpx.Timeout(None).as_dict()
    assert server.requests[1].extensions["timeout"] == httpx.Timeout(7.0).as_dict()
    assert server.requests[2].extensions["timeout"]["connect"] == 0.5


def test_extra_query_replaces_and_removes_parameters(clock: FakeClock) -> None:
    server = Recorder(lambda r: httpx.Response(200, json={"data": []}))
    client = make(scankit.HostedScan, server, clock)
    list(client.scans.list(page_token="p1", filters={"state": ["RUNNING"]}, extra_query={"page_token": "p9"}))
    list(client.scans.list(filters={"state": ["RUNNING"]}, extra_query={"filters": scankit.OMIT}))
    assert server.requests[0].url.params.get_list("page_token") == ["p9"]
    assert "filters" not in server.requests[1].url.params


def test_extra_body_is_merged_over_the_body(clock: FakeClock) -> None:
    server = Recorder()
    client = make(scankit.HostedScan, server, clock)
    body = ScanCreate(type_=ScanType.NMAP, targets=["example.com"])
    client.scans.create(body=body, extra_body={"beta_flag": True, "targets": ["other.example"]})
    sent = json.loads(server.requests[0].content)
    assert sent == {"type": "NMAP", "targets": ["other.example"], "beta_flag": True}


def test_options_apply_to_every_page_of_a_list(clock: FakeClock) -> None:
    def pages(request: httpx.Request) -> httpx.Response:
        if request.url.params.get("page_token") == "t2":  # another scan: a repeated page would be refused
            return httpx.Response(200, json={"data": [{**HS_SCAN, "id": "s2"}]})
        return httpx.Response(200, json={"data": [HS_SCAN], "next_page_token": "t2"})

    server = Recorder(pages)
    client = make(scankit.HostedScan, server, clock)
    assert len(list(client.scans.list(extra_headers={"X-Trace": "t"}, timeout=4.0))) == 2
    assert [r.headers.get("x-trace") for r in server.requests] == ["t", "t"]
    assert all(r.extensions["timeout"]["read"] == 4.0 for r in server.requests)


@pytest.mark.parametrize("header", ["X-HOSTEDSCAN-API-KEY", "x-hostedscan-api-key"])
@pytest.mark.parametrize("value", ["someone-elses-key", scankit.OMIT])
def test_credentials_cannot_be_replaced_or_removed(clock: FakeClock, header: str, value: Any) -> None:
    server = Recorder()
    client = make(scankit.HostedScan, server, clock)
    with pytest.raises(scankit.ConfigurationError, match="credentials") as info:
        client.scans.get("s1", extra_headers={header: value})
    assert KEY not in str(info.value)
    with pytest.raises(scankit.ConfigurationError, match="credentials"):
        client.scans.list(extra_headers={header: value})
    with pytest.raises(scankit.ConfigurationError, match="credentials"):
        client.with_options(headers={header: value})
    stream = client.with_streaming_response.results.download("r1", extra_headers={header: value})
    with pytest.raises(scankit.ConfigurationError, match="credentials"), stream:
        pass  # pragma: no cover - never entered
    assert server.requests == []  # refused before anything was sent


def test_a_bearer_token_is_a_credential_too(clock: FakeClock) -> None:
    server = Recorder(lambda r: httpx.Response(200, json={"data": []}))
    client = make(scankit.CloneGuard, server, clock, access_token="tok-secret-777")
    with pytest.raises(scankit.ConfigurationError, match="Authorization"):
        list(client.scans.list(extra_headers={"authorization": "Bearer mine"}))
    # nor can a credential the client was not given come in per call: it would escape redaction
    hosted = make(scankit.HostedScan, server, clock)
    for header in ("Authorization", "cookie", "Proxy-Authorization"):
        with pytest.raises(scankit.ConfigurationError, match="credentials"):
            hosted.scans.get("s1", extra_headers={header: "Bearer tok-secret-888"})
    assert server.requests == []


def test_with_options_headers_go_with_every_request_of_the_copy(clock: FakeClock) -> None:
    server = Recorder()
    client = make(scankit.HostedScan, server, clock)
    tagged = client.with_options(headers={"X-Team": "blue", "X-Env": "ci"})
    retagged = tagged.with_options(max_retries=0, headers={"X-Env": "prod"})
    tagged.scans.get("s1")
    retagged.scans.get("s1")
    retagged.scans.get("s1", extra_headers={"X-Team": scankit.OMIT})
    client.scans.get("s1")
    got = [(r.headers.get("x-team"), r.headers.get("x-env")) for r in server.requests]
    assert got == [("blue", "ci"), ("blue", "prod"), (None, "prod"), (None, None)]


async def test_async_options(clock: FakeClock) -> None:
    server = Recorder(lambda r: httpx.Response(200, json={"data": [] if r.url.path == "/v1/scans" else HS_SCAN}))
    async with make(scankit.AsyncHostedScan, server, clock) as client:
        await client.with_options(headers={"X-Team": "red"}).scans.get(
            "s1", extra_headers={"X-Trace": "a"}, extra_query={"q": "1"}, timeout=None
        )
        with pytest.raises(scankit.ConfigurationError):
            await client.scans.get("s1", extra_headers={"X-HostedScan-API-Key": "x"})
        async for _ in client.scans.list(extra_headers={"X-Trace": "b"}):
            pass
    first, listed = server.requests
    assert (first.headers["x-team"], first.headers["x-trace"], first.url.params["q"]) == ("red", "a", "1")
    assert first.extensions["timeout"] == httpx.Timeout(None).as_dict()
    assert listed.headers["x-trace"] == "b"


# -- User-Agent ---------------------------------------------------------------------------------

UA = re.compile(r"^scankit/\S+ scankit-hostedscan/\S+ python/(\d+\.\d+) httpx/(\d+\.\d+)$")


def test_user_agent_names_scankit_the_vendor_python_and_httpx(clock: FakeClock) -> None:
    server = Recorder()
    make(scankit.HostedScan, server, clock).scans.get("s1")
    match = UA.match(server.requests[0].headers["user-agent"])
    assert match, server.requests[0].headers["user-agent"]
    assert match.group(1) == ".".join(platform.python_version_tuple()[:2])
    assert match.group(2) == ".".join(httpx.__version__.split(".")[:2])


def test_a_users_own_user_agent_is_appended(clock: FakeClock) -> None:
    server = Recorder()
    client = make(scankit.HostedScan, server, clock)
    client.scans.get("s1", extra_headers={"User-Agent": "acme-scanner/2.1"})
    client.with_options(headers={"user-agent": "acme-cron/1"}).scans.get("s1")
    first, second = (r.headers["user-agent"] for r in server.requests)
    assert first.startswith("scankit/") and first.endswith(" acme-scanner/2.1")
    assert UA.match(first.removesuffix(" acme-scanner/2.1"))
    assert second.endswith(" acme-cron/1")


async def test_async_user_agent(clock: FakeClock) -> None:
    server = Recorder()
    async with make(scankit.AsyncHostedScan, server, clock) as client:
        await client.scans.get("s1")
    assert UA.match(server.requests[0].headers["user-agent"])


# -- the request log ----------------------------------------------------------------------------


def flaky(request: httpx.Request) -> httpx.Response:
    flaky.calls += 1  # type: ignore[attr-defined]
    if flaky.calls == 1:  # type: ignore[attr-defined]
        return httpx.Response(503, json={"message": "busy"})
    return httpx.Response(200, json={"data": HS_SCAN}, headers={"x-request-id": "req_77"})


def _lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "scankit"]


def test_debug_log_has_a_sent_line_and_a_complete_response_line_per_attempt(
    clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    flaky.calls = 0  # type: ignore[attr-defined]
    client = make(scankit.HostedScan, flaky, clock)
    with caplog.at_level(logging.DEBUG, logger="scankit"):
        client.scans.get("s1", extra_query={"echo": KEY})  # a credential in the URL must not reach the log
    lines = _lines(caplog)
    sent = [line for line in lines if " sent (attempt " in line]
    answered = [line for line in lines if " -> " in line]
    assert [line.rsplit("(", 1)[1] for line in sent] == ["attempt 1)", "attempt 2)"]
    assert len(answered) == 2
    assert re.fullmatch(
        r"HostedScan scans\.get: GET https://vendor\.test/v1/scans/s1\?echo=\[REDACTED\] -> 503 Service Unavailable "
        r"in \d+ ms \(attempt 1, request id -\)",
        answered[0],
    ), answered[0]
    assert re.fullmatch(
        r"HostedScan scans\.get: GET https://vendor\.test/v1/scans/s1\?echo=\[REDACTED\] -> 200 OK "
        r"in \d+ ms \(attempt 2, request id req_77\)",
        answered[1],
    ), answered[1]
    assert all(KEY not in line for line in lines)


def test_nothing_is_logged_unless_asked(clock: FakeClock, caplog: pytest.LogCaptureFixture) -> None:
    client = make(scankit.HostedScan, Recorder(), clock)
    with caplog.at_level(logging.INFO, logger="scankit"):
        client.scans.get("s1")
    assert _lines(caplog) == []


async def test_async_debug_log(clock: FakeClock, caplog: pytest.LogCaptureFixture) -> None:
    flaky.calls = 0  # type: ignore[attr-defined]
    with caplog.at_level(logging.DEBUG, logger="scankit"):
        async with make(scankit.AsyncHostedScan, flaky, clock) as client:
            raw = await client.with_raw_response.scans.get("s1")
    answered = [line for line in _lines(caplog) if " -> " in line]
    assert [a.split(" -> ")[1].split(" in ")[0] for a in answered] == ["503 Service Unavailable", "200 OK"]
    assert answered[1].endswith("(attempt 2, request id req_77)")
    assert raw.retries_taken == 1


def test_scankit_log_debug_in_the_environment_turns_the_log_on() -> None:
    code = """
import httpx, scankit
http = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200, json={"data": []})))
client = scankit.HostedScan(api_key="sk-env-secret-999", base_url="https://vendor.test", http_client=http)
print(len(list(client.scans.list())))
"""
    env = {**os.environ, "SCANKIT_LOG": "debug"}
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "0"
    response_lines = [line for line in proc.stderr.splitlines() if " -> " in line]
    assert len(response_lines) == 1
    assert "HostedScan scans.list: GET https://vendor.test/v1/scans -> 200 OK in " in response_lines[0]
    assert "sk-env-secret-999" not in proc.stderr
