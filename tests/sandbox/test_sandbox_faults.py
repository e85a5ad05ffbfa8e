"""Every fault kind, asked for per request (``x-sandbox-fault``) or by configuration, through the
scankit clients: each maps to the right scankit error, or is retried and then succeeds."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest

import scankit
from scankit.sandbox import FAULT_KINDS, Faults, Sandbox, build_app
from scankit.sandbox._base import ConnectionDropped


def first_id(sandbox: Sandbox, vendor: str) -> Any:
    return sandbox.app.state.vendors[vendor].records("Scan")[0]["id"]


def hostedscan(sandbox: Sandbox, recorder: Any, fast: Any, **kwargs: Any) -> Any:
    return fast(sandbox.client("hostedscan", http_client=recorder.http(), **kwargs))


@pytest.mark.parametrize(
    ("fault", "error"),
    [
        ("500", scankit.InternalServerError),
        ("503", scankit.InternalServerError),
        ("520", scankit.InternalServerError),
        ("html", scankit.InternalServerError),  # a proxy's 502 HTML page
        ("429", scankit.RateLimitError),
        ("drop", scankit.APIConnectionError),
        ("malformed", scankit.ResponseValidationError),
    ],
)
def test_each_fault_maps_to_a_scankit_error(
    scankit_sandbox: Sandbox, fault: str, error: type[Exception], traffic: Any, fast: Any
) -> None:
    recorder = traffic(fault)
    with hostedscan(scankit_sandbox, recorder, fast, max_retries=0) as hs, pytest.raises(error) as caught:
        hs.scans.get(first_id(scankit_sandbox, "hostedscan"))
    assert "HostedScan scans.get" in str(caught.value)
    assert recorder.statuses == (
        [] if fault == "drop" else [200] if fault == "malformed" else [int(fault) if fault.isdigit() else 502]
    )


@pytest.mark.parametrize("fault", ["500", "503", "520", "html", "429", "drop"])
def test_transient_faults_are_retried(scankit_sandbox: Sandbox, fault: str, traffic: Any, fast: Any) -> None:
    recorder = traffic(fault, times=1)
    with hostedscan(scankit_sandbox, recorder, fast) as hs:
        scan_id = first_id(scankit_sandbox, "hostedscan")
        assert hs.scans.get(scan_id).id == scan_id
    assert recorder.statuses[-1] == 200 and recorder.sent == 2


def test_retries_give_up_on_a_persistent_fault(scankit_sandbox: Sandbox, traffic: Any, fast: Any) -> None:
    recorder = traffic("503")
    with hostedscan(scankit_sandbox, recorder, fast, max_retries=2) as hs, pytest.raises(scankit.InternalServerError):
        hs.scans.get(first_id(scankit_sandbox, "hostedscan"))
    assert recorder.statuses == [503, 503, 503]


@pytest.mark.parametrize("vendor", ["packagex", "passentry", "advalidation", "cloneguard"])
def test_429_fault_uses_each_vendors_error_and_is_retried(
    scankit_sandbox: Sandbox, vendor: str, traffic: Any, fast: Any
) -> None:
    recorder = traffic("429", times=1)
    with fast(scankit_sandbox.client(vendor, http_client=recorder.http())) as client:
        if vendor == "advalidation":
            assert client.campaigns.get(100).id == 100
        else:
            scan_id = first_id(scankit_sandbox, vendor)
            assert str(client.scans.get(scan_id).id) == scan_id
    assert recorder.statuses == [429, 200]


def test_injected_429_carries_the_vendors_retry_headers(scankit_sandbox: Sandbox) -> None:
    passentry = httpx.get(
        scankit_sandbox.base_url("passentry") + "/api/v1/scans",
        headers={"Authorization": "Bearer sandbox-passentry-key", "x-sandbox-fault": "429"},
    )
    assert passentry.status_code == 429 and passentry.json() == {"errors": ["Too Many Requests"]}
    assert float(passentry.headers["x-rate-limit-retry-after"]) == 1.0
    advalidation = httpx.get(
        scankit_sandbox.base_url("advalidation") + "/campaigns",
        headers={"X-API-Key": "sandbox-advalidation-key", "x-sandbox-fault": "429"},
    )
    assert advalidation.status_code == 429 and advalidation.headers["Retry-After"] == "15"
    assert advalidation.json()["error"]["responseCode"] == 429


def test_advalidation_html_fault_is_its_404_page(scankit_sandbox: Sandbox, traffic: Any, fast: Any) -> None:
    recorder = traffic("html")
    with (
        fast(scankit_sandbox.client("advalidation", http_client=recorder.http())) as adv,
        pytest.raises(scankit.NotFoundError) as caught,
    ):
        adv.campaigns.get(100)
    assert "404 Not Found" in str(caught.value)
    assert recorder.statuses == [404]


@pytest.mark.parametrize(
    ("vendor", "read"),
    [
        ("hostedscan", lambda c, i: c.scans.get(i).state),
        ("passentry", lambda c, i: c.scans.get(i).attributes.status),
        ("packagex", lambda c, i: c.scans.get(i).type_),
    ],
)
def test_unknown_enum_values_are_kept(
    scankit_sandbox: Sandbox, vendor: str, read: Any, traffic: Any, fast: Any
) -> None:
    with fast(scankit_sandbox.client(vendor, http_client=traffic("unknown-enum").http())) as client:
        value = read(client, first_id(scankit_sandbox, vendor))
    assert value.is_unknown and value in scankit_sandbox.app.state.vendors[vendor].unknown_values().values()


def test_advalidation_unknown_processing_status(scankit_sandbox: Sandbox, traffic: Any, fast: Any) -> None:
    with fast(scankit_sandbox.client("advalidation", http_client=traffic("unknown-enum").http())) as adv:
        scan = next(iter(adv.campaigns.list_creatives(100))).latest_scan_status
        assert scan.processing_status.is_unknown and scan.processing_status == "archived"


def test_slow_fault_times_out_and_short_slowness_does_not(scankit_sandbox: Sandbox, traffic: Any, fast: Any) -> None:
    scan_id = first_id(scankit_sandbox, "hostedscan")
    started = time.monotonic()
    with (
        hostedscan(scankit_sandbox, traffic("slow=6"), fast, max_retries=0, timeout=0.3) as hs,
        pytest.raises(scankit.APITimeoutError),
    ):
        hs.scans.get(scan_id)
    assert time.monotonic() - started < 4  # the client gave up at its timeout, not after the 6 s
    started = time.monotonic()
    with hostedscan(scankit_sandbox, traffic("slow=0.2"), fast) as hs:
        assert hs.scans.get(scan_id).id == scan_id
    assert time.monotonic() - started >= 0.2


def test_a_dropped_connection_never_hangs_a_raw_client(scankit_sandbox: Sandbox) -> None:
    started = time.monotonic()
    with pytest.raises(httpx.RemoteProtocolError):
        httpx.get(scankit_sandbox.url + "/hostedscan/v1/scans", headers={"x-sandbox-fault": "drop"}, timeout=5)
    assert time.monotonic() - started < 5  # closed at once, not left to a timeout


def test_unknown_fault_kind_is_refused(scankit_sandbox: Sandbox) -> None:
    response = httpx.get(scankit_sandbox.url + "/hostedscan/v1/scans", headers={"x-sandbox-fault": "explode"})
    assert response.status_code == 400 and "unknown fault kind 'explode'" in response.text
    assert set(FAULT_KINDS) >= {"429", "500", "503", "520", "drop", "malformed", "html", "unknown-enum", "slow"}


def test_configured_latency_applies_to_every_request() -> None:
    with Sandbox(["hostedscan"], faults=Faults(latency=0.15), rate_limits=False) as sandbox:
        for _ in range(2):
            started = time.monotonic()
            httpx.get(sandbox.url + "/hostedscan/v1/risks/none", headers={"X-HOSTEDSCAN-API-KEY": "x"})
            assert time.monotonic() - started >= 0.15


async def test_configured_fault_rates_are_seeded_and_in_process_drops_raise() -> None:
    async def run(seed: int) -> list[int]:
        app = build_app(vendors=["hostedscan"], seed=seed, faults=Faults(rates={"500": 0.3, "503": 0.2}))
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://sandbox") as client:
            key = {"X-HOSTEDSCAN-API-KEY": "sandbox-hostedscan-key"}
            return [(await client.get("/hostedscan/v1/targets", headers=key)).status_code for _ in range(40)]

    first = await run(7)
    assert first == await run(7)
    assert {200, 500, 503} == set(first)

    app = build_app(vendors=["hostedscan"], faults=Faults(rates={"drop": 1.0}))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://sandbox") as client:
        with pytest.raises(ConnectionDropped):
            await client.get("/hostedscan/v1/scans")


def test_faults_validate_their_configuration() -> None:
    with pytest.raises(ValueError, match="unknown fault kind"):
        Faults(rates={"teapot": 0.1})
    with pytest.raises(ValueError, match="between 0 and 1"):
        Faults(rates={"500": 1.5})
    with pytest.raises(ValueError, match="KIND=RATE"):
        Faults.parse(["500"])
    assert Faults.parse(["500=0.25", "drop=0.01"], latency=0.1).rates == {"500": 0.25, "drop": 0.01}
