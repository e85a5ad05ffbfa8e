from __future__ import annotations

import bisect
import sys
import threading
from collections.abc import Iterator, Sequence
from typing import Any

import httpx
import pytest

from scankit._errors import ConfigurationError
from scankit._ratelimit import NullPacer, Pacer, RateLimitSpec, make_pacer
from scankit._retry import RetryAfterSource

T0 = 1_700_000_000.0

PASSENTRY_BLOCK: dict[str, Any] = {
    "scope": "endpoint_method",
    "algorithm": "sliding_window",
    "requests": 10,
    "window_seconds": 1,
    "advised_requests": 9,
    "headers": {
        "limit": "x-rate-limit-limit",
        "remaining": "x-rate-limit-remaining",
        "reset": "x-rate-limit-reset",
        "reset_format": "unix_seconds",
        "retry_after": "x-rate-limit-retry-after",
    },
    "retry_after_trusted": True,
    "source": "vendor-notes [C] https://docs.passentry.com/api-reference/v1/introduction/rate-limiting",
}
ADVALIDATION_BLOCK: dict[str, Any] = {
    "scope": "ip",
    "algorithm": "token_bucket",
    "capacity": 15,
    "refill_per_second": 1,
    "headers": {"remaining": "X-RateLimit-IPRemaining", "retry_after": "Retry-After"},
    "retry_after_trusted": False,
    "source": "vendor-notes [C-sdk] advalidation/sdk src/request-gate.ts",
}
GET_SCANS = "GET /api/v1/scans"
POST_PASSES = "POST /api/v1/passes"


def _spec(block: dict[str, Any]) -> RateLimitSpec:
    spec = RateLimitSpec.from_dict(block)
    assert spec is not None
    return spec


def passentry() -> Pacer:
    return Pacer(_spec(PASSENTRY_BLOCK))


def advalidation() -> Pacer:
    return Pacer(_spec(ADVALIDATION_BLOCK))


def max_in_any_window(sends: Sequence[float], window: float) -> int:
    """The most sends that fall in any half-open interval [t, t + window)."""
    ordered = sorted(sends)
    return max(bisect.bisect_left(ordered, start + window - 1e-9) - i for i, start in enumerate(ordered))


def assert_bucket_respected(sends: Sequence[float], capacity: int, rate: float) -> None:
    """Between any two sends, no more than the bucket plus what refilled in between."""
    ordered = sorted(sends)
    for i, first in enumerate(ordered):
        for j in range(i, len(ordered)):
            assert j - i + 1 <= capacity + rate * (ordered[j] - first) + 1e-6


# --- the spec block --------------------------------------------------------------------------------


def test_passentry_block() -> None:
    spec = _spec(PASSENTRY_BLOCK)

    assert spec.scope == "endpoint_method"
    assert spec.algorithm == "sliding_window"
    assert (spec.requests, spec.window_seconds, spec.advised_requests, spec.budget) == (10, 1.0, 9, 9)
    assert spec.remaining_header == "x-rate-limit-remaining"
    assert spec.retry_after_source() == RetryAfterSource(
        header="x-rate-limit-retry-after",
        trusted=True,
        remaining_header="x-rate-limit-remaining",
        reset_header="x-rate-limit-reset",
        reset_format="unix_seconds",
    )


def test_advalidation_block() -> None:
    spec = _spec(ADVALIDATION_BLOCK)

    assert (spec.scope, spec.algorithm, spec.capacity, spec.refill_per_second, spec.budget) == (
        "ip",
        "token_bucket",
        15,
        1.0,
        15,
    )
    source = spec.retry_after_source()
    assert (source.header, source.trusted) == ("Retry-After", False)


def test_no_block_means_no_limit() -> None:
    assert RateLimitSpec.from_dict(None) is None
    assert isinstance(make_pacer(None), NullPacer)
    assert isinstance(make_pacer(_spec(PASSENTRY_BLOCK)), Pacer)


def _broken(**changes: Any) -> dict[str, Any]:
    block = {**PASSENTRY_BLOCK, **changes}
    return {key: value for key, value in block.items() if value is not ...}


@pytest.mark.parametrize(
    ("block", "message"),
    [
        (_broken(requets=10), "x-scankit.rate_limit.requets is not a known key"),
        (_broken(scope=...), "x-scankit.rate_limit.scope must be one of endpoint_method, client, ip, not None"),
        (_broken(scope="per_user"), "x-scankit.rate_limit.scope must be one of"),
        (_broken(algorithm="leaky_bucket"), "x-scankit.rate_limit.algorithm must be one of"),
        (_broken(requests=True), "x-scankit.rate_limit.requests must be a positive integer, not True"),
        (_broken(requests=0), "x-scankit.rate_limit.requests must be a positive integer"),
        (_broken(requests="10"), "x-scankit.rate_limit.requests must be a positive integer, not '10'"),
        (_broken(requests=...), "x-scankit.rate_limit.requests is required for algorithm sliding_window"),
        (_broken(window_seconds="1s"), "x-scankit.rate_limit.window_seconds must be a positive number"),
        (_broken(window_seconds=...), "x-scankit.rate_limit.window_seconds is required"),
        (_broken(advised_requests=11), r"x-scankit.rate_limit.advised_requests \(11\) exceeds requests \(10\)"),
        (_broken(headers=["x-rate-limit-limit"]), "x-scankit.rate_limit.headers must be a mapping"),
        (_broken(headers={"remain": "x"}), "x-scankit.rate_limit.headers.remain is not a known key"),
        (_broken(headers={"reset_format": "ms"}), "x-scankit.rate_limit.headers.reset_format must be one of"),
        (_broken(headers={"remaining": ""}), "x-scankit.rate_limit.headers.remaining must be a header name"),
        (_broken(retry_after_trusted="no"), "x-scankit.rate_limit.retry_after_trusted must be true or false"),
        (
            {**ADVALIDATION_BLOCK, "capacity": None},
            "x-scankit.rate_limit.capacity is required for algorithm token_bucket",
        ),
        ({**ADVALIDATION_BLOCK, "refill_per_second": -1}, "x-scankit.rate_limit.refill_per_second must be a positive"),
    ],
)
def test_malformed_block_names_the_bad_key(block: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        RateLimitSpec.from_dict(block)


def test_a_block_that_is_not_a_mapping() -> None:
    with pytest.raises(ConfigurationError, match=r"x-scankit\.rate_limit must be a mapping, not list"):
        RateLimitSpec.from_dict([1, 2])  # type: ignore[arg-type]


# --- sliding window (PassEntry: 10/s per endpoint+method, advised 9) ----------------------------------


def test_passentry_100_reservations_never_put_more_than_9_in_a_second() -> None:
    pacer = passentry()
    sends = [T0 + pacer.reserve(GET_SCANS, T0) for _ in range(100)]

    assert max_in_any_window(sends, 1.0) == 9
    # evenly spaced, 1/9 s apart: a burst at a window's edge can reach the server bunched up
    assert [s - T0 for s in sends[:10]] == pytest.approx([i / 9 for i in range(10)])
    # ...and pacing does not overcorrect: 100 sends at 9/s need 11 more seconds, not more.
    assert max(sends) - T0 == pytest.approx(11.0)


def test_passentry_callers_arriving_over_time() -> None:
    pacer = passentry()
    arrivals = [T0 + i * 0.03 for i in range(200)]  # ~33 requests/s wanted
    sends = [now + pacer.reserve(GET_SCANS, now) for now in arrivals]

    assert max_in_any_window(sends, 1.0) == 9
    assert all(send >= now for send, now in zip(sends, arrivals, strict=True))


def test_a_quiet_caller_is_not_delayed() -> None:
    pacer = passentry()
    waits = [pacer.reserve(GET_SCANS, T0 + i * 0.2) for i in range(50)]  # 5/s, under the limit
    assert set(waits) == {0.0}


def test_endpoints_and_methods_have_independent_budgets() -> None:
    pacer = passentry()
    gets = [pacer.reserve(GET_SCANS, T0) for _ in range(9)]
    posts = [pacer.reserve(POST_PASSES, T0) for _ in range(9)]
    other = [pacer.reserve("GET /api/v1/passes", T0) for _ in range(9)]

    schedule = pytest.approx([i / 9 for i in range(9)])
    assert gets == schedule  # each key paces on its own: none waits for another's sends
    assert posts == schedule
    assert other == schedule
    assert pacer.reserve(GET_SCANS, T0) == pytest.approx(1.0)


# --- token bucket (Advalidation: 15 tokens, 1/s, per IP) --------------------------------------------


def test_token_bucket_gives_15_at_once_then_one_per_second() -> None:
    pacer = advalidation()
    waits = [pacer.reserve("GET /v2/scans", T0) for _ in range(20)]

    assert waits == [0.0] * 15 + [1.0, 2.0, 3.0, 4.0, 5.0]


def test_token_bucket_refills_while_idle() -> None:
    pacer = advalidation()
    for _ in range(15):
        pacer.reserve("GET /v2/scans", T0)
    later = T0 + 6.0
    waits = [pacer.reserve("GET /v2/scans", later) for _ in range(7)]

    assert waits == [0.0] * 6 + [1.0]


def test_token_bucket_never_holds_more_than_its_capacity() -> None:
    pacer = advalidation()
    much_later = T0 + 3600.0
    pacer.reserve("GET /v2/scans", T0)
    waits = [pacer.reserve("GET /v2/scans", much_later) for _ in range(16)]

    assert waits == [0.0] * 15 + [1.0]


def test_ip_scope_is_one_budget_whatever_the_key() -> None:
    pacer = advalidation()
    for i in range(15):
        assert pacer.reserve(f"GET /v2/thing/{i}", T0) == 0.0
    assert pacer.reserve("POST /v2/campaigns", T0) == 1.0


# --- threads ---------------------------------------------------------------------------------------


class FakeClock:
    """A thread-safe clock that moves forward a little on every read, so threads interleave in time."""

    def __init__(self, start: float, step: float) -> None:
        self._now = start
        self._step = step
        self._lock = threading.Lock()

    def now(self) -> float:
        with self._lock:
            self._now += self._step
            return self._now


@pytest.fixture
def eager_thread_switching() -> Iterator[None]:
    # Switch threads as often as possible, so a missing lock shows up as a broken budget.
    previous = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    yield
    sys.setswitchinterval(previous)


def _hammer(pacer: Pacer, keys: Sequence[str], *, threads: int, each: int) -> dict[str, list[float]]:
    clock = FakeClock(T0, step=0.001)
    start = threading.Barrier(threads)
    sends: dict[str, list[float]] = {key: [] for key in keys}
    record = threading.Lock()

    def worker(n: int) -> None:
        key = keys[n % len(keys)]
        start.wait()
        for _ in range(each):
            now = clock.now()
            send_at = now + pacer.reserve(key, now)
            with record:
                sends[key].append(send_at)

    workers = [threading.Thread(target=worker, args=(n,)) for n in range(threads)]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join()
    return sends


@pytest.mark.usefixtures("eager_thread_switching")
def test_threads_sharing_a_sliding_window_never_exceed_the_budget() -> None:
    sends = _hammer(passentry(), [GET_SCANS, POST_PASSES], threads=8, each=60)

    for key_sends in sends.values():
        assert len(key_sends) == 240
        assert max_in_any_window(key_sends, 1.0) == 9


@pytest.mark.usefixtures("eager_thread_switching")
def test_threads_sharing_a_token_bucket_never_exceed_it() -> None:
    sends = _hammer(advalidation(), ["GET /v2/scans", "GET /v2/campaigns"], threads=8, each=25)

    everything = [t for key_sends in sends.values() for t in key_sends]
    assert len(everything) == 200
    assert_bucket_respected(everything, capacity=15, rate=1.0)


# --- feedback from the server ----------------------------------------------------------------------


def test_remaining_zero_holds_the_key_until_reset() -> None:
    pacer = passentry()
    reset = T0 + 5
    pacer.observe(GET_SCANS, {"x-rate-limit-remaining": "0", "x-rate-limit-reset": str(int(reset))}, T0)

    assert pacer.reserve(GET_SCANS, T0 + 1) == 4.0
    assert pacer.reserve(POST_PASSES, T0 + 1) == 0.0  # other endpoints are not affected


def test_remaining_zero_with_a_past_reset_does_not_hold() -> None:
    pacer = passentry()
    pacer.observe(GET_SCANS, {"x-rate-limit-remaining": "0", "x-rate-limit-reset": str(int(T0 - 1))}, T0)

    # Nothing is held, but the server's "none left" still counts until its window passes.
    assert pacer.reserve(GET_SCANS, T0) == 1.0


@pytest.mark.parametrize("reset", [str(int(T0 + 10 * 365 * 86400)), "1e300", str(int(T0 + 61))])
def test_a_reset_beyond_max_retry_after_holds_nothing(reset: str) -> None:
    """Ten years (or 1e300, which time.sleep cannot take) is not waited: the next request goes, and a
    server that means it answers 429, which decide() turns into a RateLimitError saying how long."""
    pacer = passentry()
    pacer.observe(GET_SCANS, {"x-rate-limit-remaining": "0", "x-rate-limit-reset": reset}, T0)

    assert pacer.reserve(GET_SCANS, T0) <= 1.0  # the server's "none left" still counts in its window


def test_a_reset_at_max_retry_after_is_held() -> None:
    pacer = Pacer(passentry().spec, max_hold=10.0)
    pacer.observe(GET_SCANS, {"x-rate-limit-remaining": "0", "x-rate-limit-reset": str(int(T0 + 10))}, T0)
    assert pacer.reserve(GET_SCANS, T0) == 10.0


def test_a_penalty_is_bounded_too() -> None:
    pacer = passentry()
    pacer.penalize(GET_SCANS, 1e300, T0)
    assert pacer.reserve(GET_SCANS, T0) == 60.0


def test_remaining_lower_than_ours_wins() -> None:
    pacer = passentry()
    # Another process used most of this second's budget: the server says 4 of its 10 are left,
    # which is 3 of our advised 9.
    pacer.observe(GET_SCANS, httpx.Headers({"X-Rate-Limit-Remaining": "4"}), T0)
    waits = [pacer.reserve(GET_SCANS, T0) for _ in range(4)]

    # three more this second, spaced; the fourth waits for the window to clear
    assert waits == pytest.approx([1 / 9, 2 / 9, 3 / 9, 1.0])


def test_remaining_higher_than_ours_does_not_loosen_the_pacing() -> None:
    pacer = passentry()
    for _ in range(9):
        pacer.reserve(GET_SCANS, T0)
    # A response to the first request, sent before the others arrived.
    pacer.observe(GET_SCANS, {"x-rate-limit-remaining": "9"}, T0)

    assert pacer.reserve(GET_SCANS, T0) == pytest.approx(1.0)


def test_garbled_headers_are_ignored() -> None:
    pacer = passentry()
    pacer.observe(GET_SCANS, {"x-rate-limit-remaining": "lots", "x-rate-limit-reset": "later"}, T0)

    assert pacer.reserve(GET_SCANS, T0) == 0.0


def test_advalidation_server_count_lower_than_ours_wins() -> None:
    pacer = advalidation()
    pacer.observe("GET /v2/scans", {"X-RateLimit-IPRemaining": "5"}, T0)
    waits = [pacer.reserve("GET /v2/campaigns", T0) for _ in range(7)]

    assert waits == [0.0] * 5 + [1.0, 2.0]


def test_advalidation_slows_to_the_refill_rate_when_nearly_empty() -> None:
    pacer = advalidation()
    pacer.observe("GET /v2/scans", {"x-ratelimit-ipremaining": "2"}, T0)
    waits = [pacer.reserve("GET /v2/scans", T0) for _ in range(3)]

    assert waits == [1.0, 2.0, 3.0]


def test_delta_seconds_reset() -> None:
    block = {
        **PASSENTRY_BLOCK,
        "headers": {"remaining": "RateLimit-Remaining", "reset": "RateLimit-Reset", "reset_format": "delta_seconds"},
    }
    pacer = Pacer(_spec(block))
    pacer.observe(GET_SCANS, {"ratelimit-remaining": "0", "ratelimit-reset": "3"}, T0)

    assert pacer.reserve(GET_SCANS, T0 + 1) == 2.0


def test_penalize_holds_the_key_after_a_429() -> None:
    pacer = passentry()
    pacer.penalize(GET_SCANS, 1.5, T0)

    assert pacer.reserve(GET_SCANS, T0 + 0.5) == 1.0
    assert pacer.reserve(POST_PASSES, T0 + 0.5) == 0.0


def test_penalize_on_a_token_bucket_empties_it_for_everyone() -> None:
    pacer = advalidation()
    pacer.penalize("GET /v2/scans", 3.0, T0)
    waits = [pacer.reserve("POST /v2/campaigns", T0) for _ in range(5)]

    # Nobody before the 3 s hold; by then the server has refilled 3 tokens, then 1/s.
    assert waits == [3.0, 3.0, 3.0, 4.0, 5.0]


def test_null_pacer_never_waits() -> None:
    pacer = NullPacer()
    pacer.penalize(GET_SCANS, 30.0, T0)
    pacer.observe(GET_SCANS, {"x-rate-limit-remaining": "0"}, T0)

    assert [pacer.reserve(GET_SCANS, T0) for _ in range(1000)] == [0.0] * 1000
