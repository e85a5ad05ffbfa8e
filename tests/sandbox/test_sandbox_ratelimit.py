"""The documented rate limits: a naive burst of raw requests collects 429s with the vendor's own
headers, while the scankit client, pacing itself from the same spec, gets none."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from scankit.sandbox import Sandbox, build_app
from scankit.sandbox._ratelimit import Limiter


class Clock:
    def __init__(self, now: float = 1_750_000_000.25) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_sliding_window_counts_the_last_second() -> None:
    clock = Clock()
    limiter = Limiter(
        {"algorithm": "sliding_window", "scope": "endpoint_method", "requests": 10, "window_seconds": 1}, clock
    )
    verdicts = []
    for _ in range(11):
        verdicts.append(limiter.hit("GET", "/api/v1/scans", "127.0.0.1"))
        clock.now += 0.05
    assert [v.remaining for v in verdicts[:10]] == list(range(9, -1, -1))
    assert not verdicts[10].allowed and verdicts[10].retry_after == pytest.approx(0.5)
    assert limiter.hit("GET", "/api/v1/scans/{id}", "127.0.0.1").allowed  # another endpoint
    clock.now += 0.5
    assert limiter.hit("GET", "/api/v1/scans", "127.0.0.1").allowed


def test_token_bucket_refills_one_per_second() -> None:
    clock = Clock()
    limiter = Limiter({"algorithm": "token_bucket", "scope": "ip", "capacity": 15, "refill_per_second": 1}, clock)

    def hit() -> Any:
        return limiter.hit("GET", "/campaigns", "127.0.0.1")

    remaining = [hit().remaining for _ in range(15)]
    assert remaining == list(range(14, -1, -1))
    refused = hit()
    assert not refused.allowed and refused.retry_after == pytest.approx(1.0)
    clock.now += 1.0
    assert hit().allowed and not hit().allowed


async def test_passentry_headers_with_an_injected_clock() -> None:
    clock = Clock()
    app = build_app(vendors=["passentry"], clock=clock)
    headers = {"Authorization": "Bearer sandbox-passentry-key"}
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://sandbox") as client:
        answers = [
            await client.get("/passentry/api/v1/scans", params={"perPage": 1}, headers=headers) for _ in range(11)
        ]
        first, refused = answers[0], answers[10]
        assert first.headers["x-rate-limit-limit"] == "10" and first.headers["x-rate-limit-remaining"] == "9"
        assert first.headers["x-rate-limit-reset"] == str(int(clock.now) + 2)  # ceil(now + 1 s)
        assert first.headers["x-rate-limit-url"] == "/api/v1/scans"
        assert refused.status_code == 429 and refused.json() == {"errors": ["Too Many Requests"]}
        assert refused.headers["x-rate-limit-retry-after"] == "1" and refused.headers["x-rate-limit-remaining"] == "0"
        clock.now += 1.0
        assert (await client.get("/passentry/api/v1/scans", params={"perPage": 1}, headers=headers)).status_code == 200


def test_passentry_burst_is_refused_but_the_client_paces(traffic: Any) -> None:
    with Sandbox(["passentry"], clock=Clock()) as sandbox:  # time stands still: the burst is one instant
        url = sandbox.base_url("passentry") + "/api/v1/scans"
        headers = {"Authorization": f"Bearer {sandbox.api_key('passentry')}"}
        with httpx.Client() as raw:
            burst = [raw.get(url, params={"perPage": 5}, headers=headers) for _ in range(14)]
        refused = [r for r in burst if r.status_code == 429]
        assert len(refused) == 4
        assert all(r.headers["x-rate-limit-retry-after"] == "1" for r in refused)
        assert all(r.headers["x-rate-limit-url"] == "/api/v1/scans" for r in burst)

    with Sandbox(["passentry"]) as sandbox:  # real time, as the client's pacer keeps it
        scan_ids = [s["id"] for s in sandbox.app.state.vendors["passentry"].records("Scan")[:12]]
        recorder = traffic()
        with sandbox.client("passentry", http_client=recorder.http()) as client:
            assert [str(client.scans.get(i).id) for i in scan_ids] == scan_ids
        assert recorder.statuses == [200] * 12


def test_advalidation_burst_is_refused_with_retry_after_15_but_the_client_paces(traffic: Any) -> None:
    with Sandbox(["advalidation"], clock=Clock()) as sandbox:  # time stands still: no refill during the burst
        url = sandbox.base_url("advalidation") + "/campaigns/100"
        headers = {"X-API-Key": sandbox.api_key("advalidation")}
        with httpx.Client() as raw:
            burst = [raw.get(url, headers=headers) for _ in range(18)]
        assert [r.headers["X-RateLimit-IPRemaining"] for r in burst[:15]] == [str(n) for n in range(14, -1, -1)]
        refused = [r for r in burst if r.status_code == 429]
        assert len(refused) == 3
        assert all(r.headers["Retry-After"] == "15" for r in refused)  # the vendor's known bug
        assert refused[0].json()["error"]["issues"][0]["type"] == "rate_limit_exceeded"

    with Sandbox(["advalidation"]) as sandbox:
        recorder = traffic()
        with sandbox.client("advalidation", http_client=recorder.http()) as client:
            for _ in range(14):  # past the low-water mark at 2 tokens left, where the client slows to 1/s
                assert client.campaigns.get(100).id == 100
        assert recorder.statuses == [200] * 14


def test_vendors_without_a_documented_limit_are_never_limited() -> None:
    with Sandbox(["hostedscan"]) as sandbox, httpx.Client() as raw:
        key = {"X-HOSTEDSCAN-API-KEY": sandbox.api_key("hostedscan")}
        answers = [raw.get(sandbox.base_url("hostedscan") + "/v1/targets", headers=key) for _ in range(30)]
    assert {r.status_code for r in answers} == {200}
    assert not any(name.lower().startswith("x-rate") for name in answers[0].headers)
