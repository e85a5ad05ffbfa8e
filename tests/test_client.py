"""Clients: auth, configuration, typed errors, retries, rate-limit pacing, logging — sync and async.

Every vendor is exercised through its generated facade over httpx.MockTransport; time is a fake
clock, so retry and pacing waits are asserted exactly and nothing really sleeps.
"""

from __future__ import annotations

import email.utils
import logging
from collections import Counter
from typing import Any

import httpx
import pytest
from helpers import FakeClock, make

import scankit

SECRET = "sk-test-secret-123"
PE_SCAN = {
    "id": "0194d6a9-95b7-72dc-87fc-ecaed8c0b520",
    "type": "scan",
    "attributes": {
        "scanType": "barcode",
        "scanValue": "factory_scan_value",
        "validationType": "internalValidation",
        "status": "failed",
        "statusDetail": "Pass is not active",
        "scannedAt": "2025-01-13T13:05:00Z",
    },
    "relationships": {"reader": {"data": {"id": "south-gate-1", "type": "reader"}}},
}
HS_SCAN = {"id": "s1", "type": "NMAP", "state": "SUCCEEDED", "progress": 100}


def ok_scan(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"data": HS_SCAN})


# -- configuration and auth --------------------------------------------------------------------


def test_missing_key_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HOSTEDSCAN_API_KEY", raising=False)
    with pytest.raises(scankit.MissingAPIKeyError, match="HOSTEDSCAN_API_KEY"):
        scankit.HostedScan()
    monkeypatch.delenv("PX_API_KEY", raising=False)
    with pytest.raises(scankit.MissingAPIKeyError, match="PX_API_KEY"):
        scankit.AsyncPackageX()


def test_key_from_environment_and_default_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PASSENTRY_API_KEY", "from-env")
    pe = scankit.PassEntry()
    assert pe.base_url == "https://api.passentry.com"
    assert pe._auth_headers == {"Authorization": "Bearer from-env"}
    pe.close()


UUID = "0194d6a9-95b7-72dc-87fc-ecaed8c0b520"


@pytest.mark.parametrize(
    ("cls", "scan_id", "kwargs", "expected"),
    [
        (scankit.PackageX, "scan_1", {}, {"px-api-key": SECRET}),
        (scankit.HostedScan, "s1", {}, {"x-hostedscan-api-key": SECRET}),
        (scankit.Advalidation, 1, {}, {"x-api-key": SECRET}),
        (scankit.PassEntry, UUID, {}, {"authorization": f"Bearer {SECRET}"}),
        (
            scankit.CloneGuard,
            UUID,
            {"access_token": "tok-abc"},
            {"x-api-key": SECRET, "authorization": "Basic tok-abc"},
        ),
        (
            scankit.CloneGuard,
            UUID,
            {"bearer_token": "jwt-xyz"},
            {"x-api-key": SECRET, "authorization": "Bearer jwt-xyz"},
        ),
    ],
)
def test_each_vendor_sends_its_own_auth_headers(
    clock: FakeClock, cls: Any, scan_id: Any, kwargs: dict[str, str], expected: dict[str, str]
) -> None:
    seen: list[httpx.Headers] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers)
        return httpx.Response(500)

    client = make(cls, handler, clock, max_retries=0, **kwargs)
    with pytest.raises(scankit.InternalServerError):
        client.scans.get(scan_id)
    for name, value in expected.items():
        assert seen[0][name] == value


def test_cloneguard_refuses_two_tokens_for_one_header() -> None:
    with pytest.raises(scankit.ConfigurationError, match="only one of"):
        scankit.CloneGuard(api_key="k", bearer_token="a", access_token="b")


def test_user_http_client_is_used_and_auth_still_applies(clock: FakeClock) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return ok_scan(request)

    mine = httpx.Client(transport=httpx.MockTransport(handler), headers={"User-Agent": "my-app/1.0"})
    hs = scankit.HostedScan(api_key=SECRET, http_client=mine, base_url="https://local.test/")
    assert hs.scans.get("s1").id == "s1"
    assert seen[0].headers["x-hostedscan-api-key"] == SECRET
    assert str(seen[0].url) == "https://local.test/v1/scans/s1"


def test_explicit_timeout_default() -> None:
    hs = scankit.HostedScan(api_key="k")
    assert hs._http.timeout == scankit.DEFAULT_TIMEOUT
    assert hs._http.timeout.read == 30.0, "the generated client's default is no timeout at all"
    hs.close()


def test_secret_never_in_repr(clock: FakeClock) -> None:
    hs = make(scankit.HostedScan, ok_scan, clock)
    assert SECRET not in repr(hs)
    assert SECRET not in repr(hs.with_options(max_retries=1))


# -- errors -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, scankit.BadRequestError),
        (401, scankit.AuthenticationError),
        (403, scankit.PermissionDeniedError),
        (404, scankit.NotFoundError),
        (409, scankit.ConflictError),
        (422, scankit.UnprocessableEntityError),
        (429, scankit.RateLimitError),
        (500, scankit.InternalServerError),
        (503, scankit.InternalServerError),
        (520, scankit.InternalServerError),
        (418, scankit.APIStatusError),
    ],
)
def test_status_maps_to_its_error_class(clock: FakeClock, status: int, cls: type[Exception]) -> None:
    hs = make(scankit.HostedScan, lambda r: httpx.Response(status, json={"message": "nope"}), clock, max_retries=0)
    with pytest.raises(cls) as info:
        hs.scans.get("s1")
    err = info.value
    assert isinstance(err, scankit.APIStatusError)
    assert (err.vendor, err.operation, err.status_code) == ("HostedScan", "scans.get", status)
    assert type(err) is cls


def test_packagex_error_envelope_is_parsed(clock: FakeClock) -> None:
    body = {
        "status": 401,
        "message": "Invalid API key",
        "errors": ["PX-API-KEY"],
        "error_code": "unauthorized",
        "data": None,
    }
    px = make(scankit.PackageX, lambda r: httpx.Response(401, json=body), clock)
    with pytest.raises(scankit.AuthenticationError) as info:
        px.scans.get("scan_1")
    assert info.value.message == "Invalid API key"
    assert info.value.details == ("PX-API-KEY",)
    assert "PX_API_KEY" in str(info.value), "a 401 says which variable to check"


def test_advalidation_issues_and_html_404(clock: FakeClock) -> None:
    body = {
        "error": {
            "responseCode": 422,
            "issues": [{"type": "invalid", "message": "name is required", "relatedField": "name"}],
        }
    }
    adv = make(scankit.Advalidation, lambda r: httpx.Response(422, json=body), clock)
    with pytest.raises(scankit.UnprocessableEntityError) as info:
        adv.scans.get(1)
    assert info.value.details == ("name is required",)

    html = "<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>"
    adv = make(
        scankit.Advalidation, lambda r: httpx.Response(404, text=html, headers={"content-type": "text/html"}), clock
    )
    with pytest.raises(scankit.NotFoundError) as info404:
        adv.scans.get(1)
    assert "Not Found" in info404.value.body_excerpt
    assert "<html>" not in str(info404.value)


def test_passentry_errors_list(clock: FakeClock) -> None:
    pe = make(scankit.PassEntry, lambda r: httpx.Response(404, json={"errors": ["Scan not found"]}), clock)
    with pytest.raises(scankit.NotFoundError, match="Scan not found"):
        pe.scans.get("0194d6a9-95b7-72dc-87fc-ecaed8c0b520")


def test_body_that_does_not_match_the_spec_names_the_field(clock: FakeClock) -> None:
    bad = {"data": [PE_SCAN, {**PE_SCAN, "attributes": {**PE_SCAN["attributes"], "scannedAt": "yesterday"}}]}
    pe = make(scankit.PassEntry, lambda r: httpx.Response(200, json=bad), clock)
    with pytest.raises(scankit.ResponseValidationError) as info:
        list(pe.scans.list())
    assert info.value.path == "data[1].attributes.scannedAt"
    assert "PassEntry scans.list" in str(info.value)


@pytest.mark.parametrize(
    "body",
    [
        {"data": {"type": "NMAP", "state": "RUNNING"}},  # missing required id
        {"data": {**HS_SCAN, "progress": "100%"}},  # wrong type
        {"data": "scan"},  # not an object
    ],
)
def test_never_a_raw_keyerror_or_valueerror(clock: FakeClock, body: dict[str, Any]) -> None:
    hs = make(scankit.HostedScan, lambda r: httpx.Response(200, json=body), clock)
    with pytest.raises(scankit.ResponseValidationError) as info:
        hs.scans.get("s1")
    assert info.value.path is not None
    assert info.value.path.startswith("data")


def test_non_json_success_body(clock: FakeClock) -> None:
    hs = make(scankit.HostedScan, lambda r: httpx.Response(200, text="<html>maintenance</html>"), clock)
    with pytest.raises(scankit.ResponseValidationError):
        hs.scans.get("s1")


def test_secret_echoed_by_the_server_is_redacted(clock: FakeClock) -> None:
    body = {"message": f"key {SECRET} is revoked"}
    hs = make(scankit.HostedScan, lambda r: httpx.Response(401, json=body), clock)
    with pytest.raises(scankit.AuthenticationError) as info:
        hs.scans.get("s1")
    assert SECRET not in str(info.value)
    assert SECRET not in repr(info.value)


# -- retries ------------------------------------------------------------------------------------


def flaky(*statuses: int, headers: dict[str, str] | None = None) -> Any:
    """A handler answering the given statuses first, then 200."""
    queue = list(statuses)
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if queue:
            return httpx.Response(queue.pop(0), headers=headers or {}, json={"message": "busy"})
        return ok_scan(request)

    handler.calls = calls  # type: ignore[attr-defined]
    return handler


def test_retries_5xx_with_exponential_backoff(clock: FakeClock) -> None:
    handler = flaky(503, 502)
    hs = make(scankit.HostedScan, handler, clock)
    assert hs.scans.get("s1").id == "s1"
    assert len(handler.calls) == 3
    # rng 0.5, jitter 0.25: 0.5 * (1 - 0.125) then 1.0 * (1 - 0.125)
    assert clock.sleeps == pytest.approx([0.4375, 0.875])


def test_gives_up_after_max_retries(clock: FakeClock) -> None:
    handler = flaky(503, 503, 503, 503)
    hs = make(scankit.HostedScan, handler, clock, max_retries=2)
    with pytest.raises(scankit.InternalServerError):
        hs.scans.get("s1")
    assert len(handler.calls) == 3


def test_per_call_options(clock: FakeClock) -> None:
    handler = flaky(503)
    hs = make(scankit.HostedScan, handler, clock)
    with pytest.raises(scankit.InternalServerError):
        hs.with_options(max_retries=0).scans.get("s1")
    assert len(handler.calls) == 1
    assert hs.scans.get("s1").id == "s1", "the original client keeps its retries"


def test_retry_after_seconds_and_http_date(clock: FakeClock) -> None:
    handler = flaky(429, headers={"Retry-After": "3"})
    hs = make(scankit.HostedScan, handler, clock)
    hs.scans.get("s1")
    assert clock.sleeps == [3.0]

    clock.sleeps.clear()
    when = email.utils.formatdate(clock.now + 5, usegmt=True)
    handler = flaky(503, headers={"Retry-After": when})
    hs = make(scankit.HostedScan, handler, clock)
    hs.scans.get("s1")
    assert clock.sleeps == pytest.approx([5.0])


def test_post_is_not_repeated_after_a_5xx_but_is_after_429(clock: FakeClock) -> None:
    handler = flaky(503)
    hs = make(scankit.HostedScan, handler, clock)
    from scankit_hostedscan.models import ScanCreate, ScanType

    with pytest.raises(scankit.InternalServerError):
        hs.scans.create(body=ScanCreate(type_=ScanType.NMAP, targets=["example.org"]))
    assert len(handler.calls) == 1

    handler = flaky(429, headers={"Retry-After": "1"})
    hs = make(scankit.HostedScan, handler, clock)
    hs.scans.create(body=ScanCreate(type_=ScanType.NMAP, targets=["example.org"]))
    assert len(handler.calls) == 2


def test_connection_errors_retry_then_raise(clock: FakeClock) -> None:
    attempts = Counter[str]()

    def handler(request: httpx.Request) -> httpx.Response:
        attempts["n"] += 1
        raise httpx.ConnectError("connection refused", request=request)

    hs = make(scankit.HostedScan, handler, clock)
    with pytest.raises(scankit.APIConnectionError) as info:
        hs.scans.get("s1")
    assert attempts["n"] == 3
    assert not isinstance(info.value, scankit.APITimeoutError)
    assert isinstance(info.value.__cause__, httpx.ConnectError)


def test_timeouts_raise_timeout_error(clock: FakeClock) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    hs = make(scankit.HostedScan, handler, clock, max_retries=1)
    with pytest.raises(scankit.APITimeoutError, match=r"HostedScan scans\.get"):
        hs.scans.get("s1")


def test_passentry_retry_header_is_honoured(clock: FakeClock) -> None:
    handler = flaky(429, headers={"x-rate-limit-retry-after": "0.35", "Retry-After": "30"})
    pe = make(
        scankit.PassEntry,
        lambda r: handler(r) if handler.calls == [] else httpx.Response(200, json={"data": PE_SCAN}),
        clock,
    )
    scan = pe.scans.get("0194d6a9-95b7-72dc-87fc-ecaed8c0b520")
    assert scan.attributes.scan_value == "factory_scan_value"
    assert clock.sleeps[0] == pytest.approx(0.35)


def test_advalidation_retry_after_is_not_trusted(clock: FakeClock) -> None:
    body = {"data": {"id": 7, "createdAt": "2025-01-01T00:00:00Z", "processingStatus": "finished"}}
    queue = [429]

    def handler(request: httpx.Request) -> httpx.Response:
        if queue:
            queue.pop()
            return httpx.Response(429, headers={"Retry-After": "15", "X-RateLimit-IPRemaining": "0"}, json={})
        return httpx.Response(200, json=body)

    adv = make(scankit.Advalidation, handler, clock)
    assert adv.scans.get(7).id == 7
    assert 15.0 not in clock.sleeps, "Advalidation always sends Retry-After: 15; it is ignored"


# -- rate-limit pacing ---------------------------------------------------------------------------


def test_passentry_is_paced_below_its_limit(clock: FakeClock) -> None:
    sent: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(clock.now)
        return httpx.Response(200, json={"data": PE_SCAN})

    pe = make(scankit.PassEntry, handler, clock)
    for _ in range(40):
        pe.scans.get("0194d6a9-95b7-72dc-87fc-ecaed8c0b520")
    assert len(sent) == 40
    for t in sent:
        in_window = [s for s in sent if t <= s < t + 1.0]
        assert len(in_window) <= 9, "never more than the vendor's advised 9 requests in any second"
    assert sent[-1] - sent[0] < 5.0, "and not much slower than that"


def test_pacing_is_per_endpoint_and_method(clock: FakeClock) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/scans"):
            return httpx.Response(200, json={"data": [], "meta": {"totalPages": 0}})
        return httpx.Response(200, json={"data": PE_SCAN})

    pe = make(scankit.PassEntry, handler, clock)
    for _ in range(9):
        pe.scans.get("0194d6a9-95b7-72dc-87fc-ecaed8c0b520")
    waited = list(clock.sleeps)
    clock.now += 0.05  # the list call comes right after the ninth get
    list(pe.scans.list())
    assert clock.sleeps == waited, "GET /scans has its own budget: the list call does not wait"


def test_advalidation_bucket_of_15(clock: FakeClock) -> None:
    body = {"data": {"id": 7, "createdAt": "2025-01-01T00:00:00Z", "processingStatus": "finished"}}
    adv = make(scankit.Advalidation, lambda r: httpx.Response(200, json=body), clock)
    for _ in range(15):
        adv.scans.get(7)
    assert clock.sleeps == []
    adv.scans.get(7)
    assert sum(clock.sleeps) == pytest.approx(1.0, abs=0.01), "then one per second"


async def test_async_retries_and_pacing(clock: FakeClock) -> None:
    handler = flaky(503)
    async with make(scankit.AsyncHostedScan, handler, clock) as hs:
        assert (await hs.scans.get("s1")).id == "s1"
    assert len(handler.calls) == 2
    assert len(clock.sleeps) == 1

    async with make(scankit.AsyncPassEntry, lambda r: httpx.Response(200, json={"data": PE_SCAN}), clock) as pe:
        start = clock.now
        for _ in range(18):
            await pe.scans.get("0194d6a9-95b7-72dc-87fc-ecaed8c0b520")
        assert clock.now - start >= 1.0, "the 10th request in the same second waits"


async def test_async_errors(clock: FakeClock) -> None:
    async with make(scankit.AsyncPassEntry, lambda r: httpx.Response(401, json={"errors": ["bad token"]}), clock) as pe:
        with pytest.raises(scankit.AuthenticationError, match="bad token"):
            await pe.scans.get("0194d6a9-95b7-72dc-87fc-ecaed8c0b520")


# -- logging ----------------------------------------------------------------------------------


def test_logging_is_silent_by_default_and_redacts(clock: FakeClock, caplog: pytest.LogCaptureFixture) -> None:
    assert logging.getLogger("scankit").level in (logging.NOTSET, logging.WARNING)
    handler = flaky(503)
    hs = make(scankit.HostedScan, handler, clock)
    with caplog.at_level(logging.DEBUG, logger="scankit"):
        hs.scans.get("s1")
    assert any("retry" in r.getMessage() for r in caplog.records)
    assert all(SECRET not in r.getMessage() for r in caplog.records)


def test_enum_parameters_accept_plain_strings(clock: FakeClock) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"data": [], "meta": {}})

    pe = make(scankit.PassEntry, handler, clock)
    list(pe.scans.list(status="failed", scan_type="nfc"))
    assert seen[-1].url.params["status"] == "failed"
    assert seen[-1].url.params["scanType"] == "nfc"
    cg = make(scankit.CloneGuard, handler, clock, access_token="t")
    list(cg.scans.list(status=["running", "done"], sort_by="name_asc"))
    assert seen[-1].url.params.get_list("status[]") == ["running", "done"]
    assert seen[-1].url.params["sort_by"] == "name_asc"


def test_scankit_log_debug_turns_logging_on() -> None:
    import subprocess
    import sys

    code = "import logging, scankit; logging.getLogger('scankit').debug('hello from scankit')"
    quiet = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env={"PATH": ""})
    loud = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PATH": "", "SCANKIT_LOG": "debug"},
    )
    assert "hello from scankit" not in quiet.stderr
    assert "hello from scankit" in loud.stderr
