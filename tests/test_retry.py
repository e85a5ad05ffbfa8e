from __future__ import annotations

from collections.abc import Mapping

import httpx
import pytest

from scankit._errors import ConfigurationError
from scankit._retry import (
    RetryAfterSource,
    RetryDecision,
    RetryPolicy,
    decide,
    is_idempotent,
    parse_retry_after,
    retry_delay,
)

NOW = 1_700_000_000.0  # a fixed unix time: 2023-11-14 22:13:20 UTC
POLICY = RetryPolicy()
PASSENTRY = RetryAfterSource(
    header="x-rate-limit-retry-after",
    remaining_header="x-rate-limit-remaining",
    reset_header="x-rate-limit-reset",
    reset_format="unix_seconds",
)
ADVALIDATION = RetryAfterSource(header="Retry-After", trusted=False, remaining_header="X-RateLimit-IPRemaining")


def no_jitter() -> float:
    return 0.0


def _decide(
    *,
    method: str = "GET",
    attempt: int = 0,
    policy: RetryPolicy = POLICY,
    status: int | None = None,
    error: BaseException | None = None,
    headers: Mapping[str, str] | None = None,
    source: RetryAfterSource | None = None,
    rng: float = 0.0,
) -> RetryDecision:
    return decide(
        method=method,
        attempt=attempt,
        policy=policy,
        status=status,
        error=error,
        headers=headers or {},
        source=source,
        now=NOW,
        rng=lambda: rng,
    )


# --- policy ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["GET", "get", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"])
def test_idempotent_methods(method: str) -> None:
    assert is_idempotent(method)


@pytest.mark.parametrize("method", ["POST", "PATCH", "post"])
def test_non_idempotent_methods(method: str) -> None:
    assert not is_idempotent(method)


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504, 520, 522, 599])
def test_retryable_statuses(status: int) -> None:
    assert POLICY.is_retryable_status(status)


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 418, 422, 501])
def test_non_retryable_statuses(status: int) -> None:
    assert not POLICY.is_retryable_status(status)


def test_retry_statuses_can_be_extended() -> None:
    policy = RetryPolicy(retry_statuses=frozenset({409, 429}))
    assert policy.is_retryable_status(409)
    assert policy.is_retryable_status(503)  # every transient 5xx stays retryable


@pytest.mark.parametrize(
    "kwargs",
    [{"max_retries": -1}, {"initial_delay": -0.1}, {"jitter": 1.5}, {"multiplier": 0.5}, {"max_delay": float("nan")}],
)
def test_policy_rejects_nonsense(kwargs: dict[str, float]) -> None:
    with pytest.raises(ConfigurationError, match=rf"RetryPolicy\.{next(iter(kwargs))} must be (>=|between)"):
        RetryPolicy(**kwargs)  # type: ignore[arg-type]


# --- parse_retry_after -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("2", 2.0),
        (" 120 ", 120.0),
        ("1.25", 1.25),  # PassEntry's x-rate-limit-retry-after is decimal
        (".5", 0.5),
        ("0", 0.0),
        ("-3", 0.0),
        ("Tue, 14 Nov 2023 22:13:30 GMT", 10.0),
        ("Tue, 14 Nov 2023 22:13:30 -0000", 10.0),
        ("Tuesday, 14-Nov-23 22:13:30 GMT", 10.0),  # obsolete RFC 850 form is still an HTTP-date
        ("Tue, 14 Nov 2023 22:00:00 GMT", 0.0),  # in the past
    ],
)
def test_parse_retry_after(value: str, seconds: float) -> None:
    assert parse_retry_after(value, NOW) == pytest.approx(seconds)


@pytest.mark.parametrize("value", ["", "soon", "1e3", "inf", "nan", "12s", "Tue, 99 Nov 2023 99:99:99 GMT"])
def test_parse_retry_after_rejects_garbage(value: str) -> None:
    assert parse_retry_after(value, NOW) is None


# --- retry_delay -----------------------------------------------------------------------------------


def test_backoff_doubles_up_to_max_delay() -> None:
    delays = [retry_delay(attempt=a, policy=POLICY, headers={}, source=None, now=NOW, rng=no_jitter) for a in range(7)]
    assert delays == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]


def test_backoff_survives_absurd_attempt_numbers() -> None:
    assert retry_delay(attempt=10_000, policy=POLICY, headers={}, source=None, now=NOW, rng=no_jitter) == 8.0


@pytest.mark.parametrize("rng", [0.0, 0.3, 0.999999])
@pytest.mark.parametrize("attempt", [0, 3, 9])
def test_jitter_only_shortens_and_by_at_most_the_jitter_fraction(rng: float, attempt: int) -> None:
    full = min(8.0, 0.5 * 2.0**attempt)
    delay = retry_delay(attempt=attempt, policy=POLICY, headers={}, source=None, now=NOW, rng=lambda: rng)
    assert delay == pytest.approx(full * (1 - 0.25 * rng))
    assert full * 0.75 <= delay <= full


def test_standard_retry_after_is_honoured_exactly_without_jitter() -> None:
    delay = retry_delay(attempt=0, policy=POLICY, headers={"Retry-After": "3"}, source=None, now=NOW, rng=lambda: 0.9)
    assert delay == 3.0


def test_server_wait_is_not_capped_by_max_delay() -> None:
    # Waiting less than the server asked earns another 429.
    delay = retry_delay(attempt=0, policy=POLICY, headers={"retry-after": "30"}, source=None, now=NOW, rng=no_jitter)
    assert delay == 30.0


def test_passentry_decimal_header_wins_over_retry_after() -> None:
    headers = httpx.Headers({"X-Rate-Limit-Retry-After": "1.2", "Retry-After": "5"})
    assert retry_delay(attempt=0, policy=POLICY, headers=headers, source=PASSENTRY, now=NOW, rng=no_jitter) == 1.2


def test_standard_retry_after_is_the_fallback_for_a_trusted_vendor() -> None:
    headers = {"Retry-After": "5"}
    assert retry_delay(attempt=0, policy=POLICY, headers=headers, source=PASSENTRY, now=NOW, rng=no_jitter) == 5.0


def test_advalidation_untrusted_retry_after_is_ignored() -> None:
    # Advalidation always sends Retry-After: 15 (its bucket size), whatever the real wait.
    delay = retry_delay(
        attempt=1, policy=POLICY, headers={"Retry-After": "15"}, source=ADVALIDATION, now=NOW, rng=no_jitter
    )
    assert delay == 1.0


def test_reset_header_is_used_when_nothing_remains() -> None:
    headers = {"x-rate-limit-remaining": "0", "x-rate-limit-reset": str(int(NOW) + 4)}
    assert retry_delay(attempt=0, policy=POLICY, headers=headers, source=PASSENTRY, now=NOW, rng=no_jitter) == 4.0


def test_reset_header_is_ignored_while_requests_remain() -> None:
    headers = {"x-rate-limit-remaining": "3", "x-rate-limit-reset": str(int(NOW) + 4)}
    assert retry_delay(attempt=0, policy=POLICY, headers=headers, source=PASSENTRY, now=NOW, rng=no_jitter) == 0.5


def test_reset_header_in_delta_seconds() -> None:
    source = RetryAfterSource(
        remaining_header="RateLimit-Remaining", reset_header="RateLimit-Reset", reset_format="delta_seconds"
    )
    headers = {"ratelimit-remaining": "0", "ratelimit-reset": "7"}
    assert retry_delay(attempt=0, policy=POLICY, headers=headers, source=source, now=NOW, rng=no_jitter) == 7.0


def test_garbled_wait_header_falls_back_to_backoff() -> None:
    headers = {"x-rate-limit-retry-after": "soon", "x-rate-limit-remaining": "zero"}
    assert retry_delay(attempt=2, policy=POLICY, headers=headers, source=PASSENTRY, now=NOW, rng=no_jitter) == 2.0


# --- decide: network errors ------------------------------------------------------------------------


@pytest.mark.parametrize("error", [httpx.ConnectError("refused"), httpx.ConnectTimeout("slow handshake")])
@pytest.mark.parametrize("method", ["GET", "POST", "PATCH"])
def test_nothing_sent_errors_retry_any_method(error: Exception, method: str) -> None:
    decision = _decide(method=method, error=error)
    assert decision.retry
    assert decision.delay == 0.5
    assert "nothing was sent" in decision.reason


MAYBE_SENT = [
    httpx.ReadTimeout("read"),
    httpx.WriteTimeout("write"),
    httpx.PoolTimeout("pool"),
    httpx.ReadError("reset by peer"),
    httpx.WriteError("broken pipe"),
    httpx.RemoteProtocolError("server disconnected"),
]


@pytest.mark.parametrize("error", MAYBE_SENT)
def test_maybe_sent_errors_retry_idempotent_methods(error: Exception) -> None:
    assert _decide(method="GET", error=error).retry
    assert _decide(method="DELETE", error=error).retry


@pytest.mark.parametrize("error", MAYBE_SENT)
def test_maybe_sent_errors_never_repeat_a_post(error: Exception) -> None:
    decision = _decide(method="POST", error=error)
    assert decision == RetryDecision(
        False, 0.0, f"{type(error).__name__} on POST: the server may have processed it, so not repeating it"
    )


@pytest.mark.parametrize(
    "error", [ValueError("bug"), httpx.LocalProtocolError("bad header"), httpx.UnsupportedProtocol("ftp://")]
)
def test_other_errors_are_not_retried(error: Exception) -> None:
    decision = _decide(method="GET", error=error)
    assert not decision.retry
    assert "not a transient network error" in decision.reason


def test_network_errors_stop_after_max_retries() -> None:
    decision = _decide(method="GET", attempt=2, error=httpx.ConnectError("refused"))
    assert decision == RetryDecision(False, 0.0, "ConnectError; giving up after 2 retries")


# --- decide: statuses ------------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["GET", "POST", "PATCH"])
def test_429_retries_any_method(method: str) -> None:
    assert _decide(method=method, status=429).retry


@pytest.mark.parametrize("status", [408, 500, 502, 503, 504, 520])
def test_transient_statuses_retry_idempotent_methods_only(status: int) -> None:
    assert _decide(method="GET", status=status).retry
    post = _decide(method="POST", status=status)
    assert not post.retry
    assert "may have processed it" in post.reason


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422, 501])
def test_permanent_statuses_are_not_retried(status: int) -> None:
    decision = _decide(method="GET", status=status)
    assert decision == RetryDecision(False, 0.0, f"{status} is not a retryable status")


def test_passentry_429_waits_as_the_vendor_header_says() -> None:
    decision = _decide(method="POST", status=429, headers={"x-rate-limit-retry-after": "1.2"}, source=PASSENTRY)
    assert decision == RetryDecision(
        True, 1.2, "429 from server, waiting 1.20s as x-rate-limit-retry-after says (retry 1 of 2)"
    )


def test_advalidation_429_ignores_its_retry_after_and_backs_off() -> None:
    decision = _decide(status=429, headers={"Retry-After": "15"}, source=ADVALIDATION, rng=0.5)
    assert decision.retry
    assert decision.delay == pytest.approx(0.5 * (1 - 0.25 * 0.5))
    assert "backing off 0.44s" in decision.reason


def test_a_server_wait_beyond_max_retry_after_raises_instead_of_hanging() -> None:
    decision = _decide(status=503, headers={"Retry-After": "3600"})
    assert not decision.retry
    assert decision.reason == (
        "503 from server: the server asks to wait 60 minutes (retry-after), more than max_retry_after (60s); "
        "not retrying"
    )
    assert (
        decision.hint
        == "the server asks to wait 60 minutes (retry-after), more than max_retry_after (60s): not waiting"
    )


@pytest.mark.parametrize(
    ("headers", "said"),
    [
        ({"x-rate-limit-remaining": "0", "x-rate-limit-reset": str(NOW + 10 * 365.25 * 86400)}, "10 years"),
        ({"x-rate-limit-remaining": "0", "x-rate-limit-reset": "1e300"}, "more than a million years"),
        ({"x-rate-limit-retry-after": "1e300"}, None),  # a wait header is delta-seconds: garbled, so backoff
        ({"Retry-After": "Fri, 31 Dec 9999 23:59:59 GMT"}, "years"),
    ],
)
def test_every_server_wait_has_the_same_bound_and_the_error_says_how_long(
    headers: dict[str, str], said: str | None
) -> None:
    """Reset headers too, not only Retry-After: beyond max_retry_after, no retry, and no 300-digit number."""
    decision = _decide(status=429, headers=headers, source=PASSENTRY)
    if said is None:
        assert decision.retry and decision.delay <= 8.0
        return
    assert not decision.retry and decision.delay == 0.0
    assert decision.hint is not None and said in decision.hint and len(decision.hint) < 200


def test_a_server_wait_equal_to_max_retry_after_is_honoured() -> None:
    decision = _decide(status=429, headers={"Retry-After": "60"})
    assert (decision.retry, decision.delay) == (True, 60.0)


def test_an_http_date_wait_is_honoured() -> None:
    decision = _decide(status=503, headers={"Retry-After": "Tue, 14 Nov 2023 22:13:25 GMT"})
    assert (decision.retry, decision.delay) == (True, 5.0)


def test_statuses_stop_after_max_retries() -> None:
    decision = _decide(status=429, attempt=2, headers={"Retry-After": "1"})
    assert decision == RetryDecision(False, 0.0, "429 from server; giving up after 2 retries")


def test_max_retries_zero_never_retries() -> None:
    policy = RetryPolicy(max_retries=0)
    assert not _decide(policy=policy, status=503).retry
    assert not _decide(policy=policy, error=httpx.ConnectError("refused")).retry


def test_nothing_to_retry() -> None:
    assert not _decide().retry


def test_a_flaky_get_makes_three_requests_with_growing_waits() -> None:
    waits: list[float] = []
    for attempt in range(10):
        decision = _decide(method="GET", attempt=attempt, status=503)
        if not decision.retry:
            break
        waits.append(decision.delay)
    assert waits == [0.5, 1.0]  # two retries, so three requests in all
