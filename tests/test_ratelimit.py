from __future__ import annotations

import bisect
import email.utils
import sys
import threading
from collections.abc import Iterator, Sequence
from typing import Any

import httpx
import pytest

from scankit._errors import ConfigurationError
from scankit._ratelimit import NullPacer, Pacer, RateLimits, RateLimitSpec, make_pacer
from scankit._retry import ResetFormat, RetryAfterSource, RetryPolicy, parse_time, retry_delay

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


# --- several budgets (`limits`), fixed windows, groups of operations ------------------------------

SEVERAL: dict[str, Any] = {
    "limits": [
        {"name": "burst", "algorithm": "sliding_window", "requests": 10, "per": "second"},
        {"name": "hourly", "algorithm": "fixed_window", "requests": 100, "per": "hour"},
        {
            "name": "submissions",
            "algorithm": "token_bucket",
            "capacity": 2,
            "refill_per_second": 0.5,
            "operations": ["POST /scans", "POST /scans/{id}/start"],
            "headers": {"remaining": "X-Submissions-Left", "reset": "X-Submissions-Reset", "reset_format": "unix_ms"},
        },
    ],
    "headers": {"remaining": "X-RateLimit-Remaining", "reset": "X-RateLimit-Reset", "reset_format": "http_date"},
    "source": "a test",
}
HOUR = 1_700_002_800.0  # on the hour


def several() -> Pacer:
    limits = RateLimits.from_dict(SEVERAL)
    assert limits is not None
    return Pacer(limits)


def test_several_budgets_are_read() -> None:
    limits = RateLimits.from_dict(SEVERAL)
    assert limits is not None
    burst, hourly, submissions = limits.budgets
    assert (burst.window_seconds, burst.scope, hourly.algorithm, hourly.window_seconds) == (
        1.0,
        "client",
        "fixed_window",
        3600.0,
    )
    assert submissions.operations == frozenset({"POST /scans", "POST /scans/{id}/start"})
    assert submissions.covers("POST /scans") and not submissions.covers("GET /scans") and burst.covers("GET /x")
    assert submissions.reset_format == "unix_ms"
    source = limits.retry_after_source()
    assert (source.remaining_header, source.reset_format) == ("X-RateLimit-Remaining", "http_date")
    assert source.budgets == (("X-Submissions-Left", "X-Submissions-Reset", "unix_ms"),)
    with pytest.raises(ConfigurationError, match="several budgets"):
        RateLimitSpec.from_dict(SEVERAL)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"requests": 5}, r"rate_limit.requests is not allowed beside limits"),
        ({"limits": []}, r"rate_limit.limits must be a non-empty list"),
        (
            {"limits": [{"name": "a", "algorithm": "sliding_window", "requests": 1, "per": "week"}]},
            r"per must be one of",
        ),
        (
            {
                "limits": [
                    {"name": "a", "algorithm": "sliding_window", "requests": 1, "per": "second", "window_seconds": 1}
                ]
            },
            r"per and window_seconds: give one",
        ),
        (
            {"limits": [{"name": "a", "algorithm": "fixed_window", "requests": 1, "per": "second"}] * 2},
            r"limits\[1\]\.name must be a name no other budget has",
        ),
        (
            {
                "limits": [
                    {
                        "name": "a",
                        "algorithm": "token_bucket",
                        "capacity": 1,
                        "refill_per_second": 1,
                        "operations": ["createScan"],
                    }
                ]
            },
            r"operations must name rate keys \('POST /jobs'\), not 'createScan'",
        ),
        (
            {"limits": [{"name": "a", "algorithm": "fixed_window", "per": "second"}]},
            r"limits\[a\]\.requests is required",
        ),
        (
            {"limits": [{"name": "a", "algorithm": "fixed_window", "requests": 1, "per": "hour", "size": 1}]},
            r"limits\[0\]\.size is not a known key",
        ),
        ({"headers": {"reset_format": "unix_minutes"}}, r"headers.reset_format must be one of delta_seconds"),
    ],
)
def test_a_malformed_budget_names_its_key(change: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        RateLimits.from_dict({**SEVERAL, **change})


def test_a_send_waits_for_the_budget_with_the_least_room() -> None:
    pacer = several()
    starts = [pacer.reserve("POST /scans", HOUR) for _ in range(4)]
    # the bucket of 2 (a token every 2 s) is tighter than 10 a second
    assert starts == pytest.approx([0.0, 0.1, 2.0, 4.0])
    assert pacer.reserve("GET /scans", HOUR) == pytest.approx(4.1), "a list shares the burst window, not the bucket"


def test_a_fixed_window_resets_on_its_boundary() -> None:
    pacer = several()
    late = HOUR + 3590.0  # ten seconds before the next hour
    waits = [pacer.reserve("GET /scans", late) for _ in range(101)]
    assert all(w < 10 for w in waits[:100])
    assert waits[100] == pytest.approx(10.0), "the 101st waits for :00, not for an hour after the first"


def test_a_long_window_lets_a_burst_through() -> None:
    """Spacing a budget of 1000 an hour 3.6 s apart would slow every list to a crawl."""
    pacer = Pacer(_spec({"scope": "client", "algorithm": "sliding_window", "requests": 1000, "window_seconds": 3600}))
    assert [pacer.reserve("GET /x", T0) for _ in range(1000)] == [0.0] * 1000
    assert pacer.reserve("GET /x", T0) == 3600.0


def test_a_budgets_own_headers_report_it_and_the_shared_ones_the_tightest() -> None:
    pacer = several()
    reset = str(int((HOUR + 3) * 1000))  # unix ms
    pacer.observe("POST /scans", {"X-Submissions-Left": "0", "X-Submissions-Reset": reset}, HOUR)
    assert pacer.reserve("POST /scans", HOUR) == pytest.approx(3.0)
    assert pacer.reserve("GET /scans", HOUR) == pytest.approx(0.0), "the submissions budget is not a list's"

    pacer = several()
    when = email.utils.formatdate(HOUR + 5, usegmt=True)
    pacer.observe("GET /scans", {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": when}, HOUR)
    assert pacer.reserve("GET /scans", HOUR) == pytest.approx(5.0)


def test_an_unreadable_reset_is_ignored_and_logged_once(caplog: pytest.LogCaptureFixture) -> None:
    pacer = several()
    for _ in range(3):
        pacer.observe("POST /scans", {"X-Submissions-Left": "1", "X-Submissions-Reset": "soon"}, HOUR)
    assert [r.getMessage() for r in caplog.records] == [
        "rate limit: X-Submissions-Reset: 'soon' is not a unix_ms time; ignored"
    ]


@pytest.mark.parametrize(
    ("fmt", "value", "at"),
    [
        ("delta_seconds", "1.5", T0 + 1.5),
        ("unix_seconds", str(int(T0) + 60), T0 + 60),
        ("unix_ms", str(int(T0 * 1000) + 60_000), T0 + 60),
        ("http_date", email.utils.formatdate(T0 + 60, usegmt=True), T0 + 60),
        ("iso8601", "2023-11-14T22:14:20Z", T0 + 60),
        ("iso8601", "2023-11-14T23:14:20+01:00", T0 + 60),
        ("iso8601", "2023-11-14T22:14:20", None),  # no offset: no instant
        ("unix_ms", "soon", None),
        ("http_date", "Tomorrow", None),
    ],
)
def test_reset_formats(fmt: ResetFormat, value: str, at: float | None) -> None:
    assert parse_time(value, fmt, T0) == (pytest.approx(at) if at is not None else None)


def test_a_429_waits_for_the_longest_empty_budget() -> None:
    limits = RateLimits.from_dict(SEVERAL)
    assert limits is not None
    headers = {
        "X-RateLimit-Remaining": "0",
        "X-RateLimit-Reset": email.utils.formatdate(T0 + 4, usegmt=True),
        "X-Submissions-Left": "0",
        "X-Submissions-Reset": str(int((T0 + 9) * 1000)),
    }
    delay = retry_delay(
        attempt=0, policy=RetryPolicy(), headers=headers, source=limits.retry_after_source(), now=T0, rng=lambda: 0.5
    )
    assert delay == pytest.approx(9.0)
