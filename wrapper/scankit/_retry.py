"""Retry decisions as pure functions: whether to try again, and after how long.

The sync and async drivers run the loop and do the sleeping; everything that needs judgement lives
here, takes the clock and the random source as arguments, and returns a :class:`RetryDecision`
whose ``reason`` is written for the log. All ``now`` values are unix seconds (``time.time()``),
because servers state waits as HTTP-dates and unix reset times.
"""

from __future__ import annotations

import email.utils
import math
import re
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from typing import Any, Literal

import attrs
import httpx

from ._errors import ConfigurationError

__all__ = [
    "DEFAULT_MAX_RETRY_AFTER",
    "RESET_FORMATS",
    "ResetFormat",
    "RetryAfterSource",
    "RetryDecision",
    "RetryPolicy",
    "decide",
    "describe_wait",
    "is_idempotent",
    "parse_retry_after",
    "parse_time",
    "retry_delay",
]

ResetFormat = Literal["delta_seconds", "unix_seconds", "unix_ms", "http_date", "iso8601"]
"""How a header states a time: seconds from now, a unix time in seconds or milliseconds, an RFC 9110
HTTP-date, or an ISO 8601 date-time with an offset (x-scankit.rate_limit `reset_format`)."""
RESET_FORMATS: tuple[ResetFormat, ...] = ("delta_seconds", "unix_seconds", "unix_ms", "http_date", "iso8601")

DEFAULT_MAX_RETRY_AFTER = 60.0
"""The longest wait scankit does for a server, whatever it asks (Retry-After, a vendor's own header,
a rate-limit reset): beyond it, the error is raised at once instead of holding the caller."""

_IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
_SECONDS = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")
# A reset header is a number (a unix time, or seconds), not Retry-After's delta-seconds: "1e300" is one.
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")

# Nothing reached the server, so even a POST cannot have been processed.
_NOT_SENT: tuple[type[BaseException], ...] = (httpx.ConnectError, httpx.ConnectTimeout)
# The request may have been (partly) sent and processed: safe to repeat only if idempotent.
_MAYBE_SENT: tuple[type[BaseException], ...] = (
    httpx.ReadTimeout,
    httpx.WriteTimeout,
    httpx.PoolTimeout,
    httpx.ReadError,
    httpx.WriteError,
    httpx.RemoteProtocolError,
    httpx.DecodingError,  # a corrupt compressed body: like a connection cut mid-body
)


_DEFAULT_RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})


def _between(low: float, high: float) -> Callable[[Any, attrs.Attribute[Any], float], None]:
    """A validator raising ConfigurationError: a bad policy is a client configuration mistake."""

    def check(_instance: Any, attribute: attrs.Attribute[Any], value: float) -> None:
        if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
            bounds = f">= {low:g}" if high == math.inf else f"between {low:g} and {high:g}"
            raise ConfigurationError(f"RetryPolicy.{attribute.name} must be {bounds}, not {value!r}")

    return check


def _statuses(values: Iterable[int]) -> frozenset[int]:
    # A typed converter: with bare `frozenset` mypy cannot tell what __init__ accepts.
    return frozenset(values)


@attrs.frozen
class RetryPolicy:
    """How persistent to be.

    ``max_retries`` counts retries, not attempts: the default 2 means at most three requests.
    Backoff is ``min(max_delay, initial_delay * multiplier**attempt)``, shortened by up to
    ``jitter`` of itself at random so that clients that failed together do not retry together.
    A server-requested wait is honoured exactly, unless it exceeds ``max_retry_after``: then the
    error is raised at once rather than hanging the caller for minutes.
    """

    max_retries: int = attrs.field(default=2, validator=_between(0, math.inf))
    initial_delay: float = attrs.field(default=0.5, validator=_between(0, math.inf))
    max_delay: float = attrs.field(default=8.0, validator=_between(0, math.inf))
    multiplier: float = attrs.field(default=2.0, validator=_between(1, math.inf))
    jitter: float = attrs.field(default=0.25, validator=_between(0, 1))
    max_retry_after: float = attrs.field(default=DEFAULT_MAX_RETRY_AFTER, validator=_between(0, math.inf))
    retry_statuses: frozenset[int] = attrs.field(default=_DEFAULT_RETRY_STATUSES, converter=_statuses)

    def is_retryable_status(self, status: int) -> bool:
        """Whether a response with this status is worth repeating.

        Besides ``retry_statuses``, every 5xx is transient (Cloudflare's 520–524 included) except
        501 Not Implemented, which will say the same thing every time.
        """
        return status in self.retry_statuses or (status >= 500 and status != 501)


@attrs.frozen
class RetryAfterSource:
    """Where a vendor says how long to wait, from the spec's ``x-scankit.rate_limit.headers``.

    ``header`` is the vendor's wait header (PassEntry: ``x-rate-limit-retry-after``, decimal
    seconds; ``header_format`` says how it is written); the standard ``Retry-After`` is always
    consulted after it. ``trusted=False`` ignores both: Advalidation sends ``Retry-After: 15``
    whatever the real wait is. When the ``remaining_header`` says 0, the ``reset_header`` says when
    the budget refills; ``budgets`` are more such pairs, one per budget of a vendor with several
    (remaining header, reset header, reset format): the longest wait of the empty ones counts.
    """

    header: str = "Retry-After"
    trusted: bool = True
    remaining_header: str | None = None
    reset_header: str | None = None
    reset_format: ResetFormat = "unix_seconds"
    header_format: ResetFormat = "delta_seconds"
    budgets: tuple[tuple[str, str, ResetFormat], ...] = ()


@attrs.frozen
class RetryDecision:
    """Whether to retry, after how many seconds, and a sentence for the log saying why.

    ``hint`` is for the error raised when not retrying, where the reason matters to the user (the
    server asked to wait longer than scankit will).
    """

    retry: bool
    delay: float
    reason: str
    hint: str | None = None


_UNITS = (("years", 365.25 * 86400), ("days", 86400.0), ("hours", 3600.0), ("minutes", 60.0))


def describe_wait(seconds: float) -> str:
    """A wait for people to read: ``"2.00s"``, ``"90 minutes"``, ``"10 years"``, never 300 digits.

    >>> describe_wait(2), describe_wait(5400), describe_wait(315_576_000), describe_wait(1e300)
    ('2.00s', '90 minutes', '10 years', 'more than a million years')
    """
    if not math.isfinite(seconds) or seconds < 120:
        return f"{seconds:.2f}s"
    for unit, size in _UNITS:
        if seconds >= 2 * size:
            amount = seconds / size
            return f"{amount:,.0f} {unit}" if amount < 1e6 else f"more than a million {unit}"
    return f"{seconds:.0f}s"  # pragma: no cover - 120 s and more is at least two minutes


def is_idempotent(method: str) -> bool:
    """Whether repeating the request is harmless (RFC 9110 §9.2.2): ``GET``, ``PUT``, ``DELETE``…"""
    return method.upper() in _IDEMPOTENT


def parse_retry_after(value: str, now: float) -> float | None:
    """Seconds to wait from a ``Retry-After``-style value: seconds (``"2"``, ``"1.5"``) or an HTTP-date.

    Past dates and negative numbers mean "now" (0); anything unparseable is None, so a garbled
    header falls back to backoff instead of crashing the request.

    >>> parse_retry_after("Wed, 21 Oct 2015 07:28:10 GMT", now=1445412480.0)
    10.0
    """
    value = value.strip()
    if _SECONDS.fullmatch(value):
        seconds = float(value)
        return max(seconds, 0.0) if math.isfinite(seconds) else None
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    # A date without a zone ("-0000") is naive; HTTP-dates are always GMT.
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(when.timestamp() - now, 0.0)


def parse_time(value: str, fmt: ResetFormat, now: float) -> float | None:
    """The unix time a header's value names, read as ``fmt`` says; None when it does not parse.

    >>> parse_time("1.5", "delta_seconds", now=100.0), parse_time("1718000060000", "unix_ms", now=0.0)
    (101.5, 1718000060.0)
    >>> parse_time("2024-06-10T06:14:20Z", "iso8601", now=0.0) == parse_time("Mon, 10 Jun 2024 06:14:20 GMT", "http_date", now=0.0)
    True
    """
    value = value.strip()
    if fmt in ("delta_seconds", "unix_seconds", "unix_ms"):
        number = _parse_number(value)
        if number is None:
            return None
        return now + number if fmt == "delta_seconds" else number / 1000 if fmt == "unix_ms" else number
    if fmt == "http_date":
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
    else:
        try:
            when = datetime.fromisoformat(value)
        except ValueError:
            return None
        if when.tzinfo is None:  # an ISO 8601 time without an offset is no instant: refused
            return None
    if when.tzinfo is None:  # a date without a zone ("-0000") is naive; HTTP-dates are always GMT
        when = when.replace(tzinfo=UTC)
    try:
        return when.timestamp()
    except (OverflowError, OSError, ValueError):
        return None


def _lower_keys(headers: Mapping[str, str]) -> dict[str, str]:
    return {name.lower(): value for name, value in headers.items()}


def _parse_number(value: str | None) -> float | None:
    if value is None or not _NUMBER.fullmatch(value.strip()):
        return None
    number = float(value)
    return number if math.isfinite(number) else None


def _server_wait(headers: Mapping[str, str], source: RetryAfterSource | None, now: float) -> tuple[float, str] | None:
    """The wait the server asked for and the header that said so, or None if it did not say (credibly)."""
    source = source or RetryAfterSource()
    lowered = _lower_keys(headers)
    if source.trusted:
        for name in dict.fromkeys((source.header.lower(), "retry-after")):
            raw = lowered.get(name)
            wait = _wait_in(raw, source.header_format if name == source.header.lower() else "delta_seconds", now)
            if wait is not None:
                return wait, name
    pairs = list(source.budgets)
    if source.remaining_header and source.reset_header:
        pairs.insert(0, (source.remaining_header, source.reset_header, source.reset_format))
    found: tuple[float, str] | None = None
    for remaining_header, reset_header, reset_format in pairs:
        remaining = _parse_number(lowered.get(remaining_header.lower()))
        raw = lowered.get(reset_header.lower())
        at = parse_time(raw, reset_format, now) if raw is not None else None
        if remaining is not None and remaining <= 0 and at is not None and (found is None or at - now > found[0]):
            found = max(at - now, 0.0), reset_header.lower()
    return found


def _wait_in(raw: str | None, fmt: ResetFormat, now: float) -> float | None:
    """A wait header's seconds: as `fmt` says, or as Retry-After may always be (seconds or an HTTP-date)."""
    if raw is None:
        return None
    at = parse_time(raw, fmt, now) if fmt != "delta_seconds" else None
    return max(at - now, 0.0) if at is not None else parse_retry_after(raw, now)


def _backoff(attempt: int, policy: RetryPolicy, rng: Callable[[], float]) -> float:
    try:
        delay = min(policy.max_delay, policy.initial_delay * policy.multiplier ** max(attempt, 0))
    except OverflowError:
        delay = policy.max_delay
    # Jitter only shortens the wait, so max_delay stays a true upper bound.
    return delay * (1 - policy.jitter * rng())


def retry_delay(
    *,
    attempt: int,
    policy: RetryPolicy,
    headers: Mapping[str, str],
    source: RetryAfterSource | None,
    now: float,
    rng: Callable[[], float],
) -> float:
    """Seconds to wait before retry number ``attempt + 1`` (``attempt`` is 0 for the first retry).

    A credible server-requested wait wins, exactly as asked (waiting less would earn another 429);
    otherwise jittered exponential backoff. ``headers`` may be any mapping or ``httpx.Headers``;
    names are matched case-insensitively. ``rng`` returns floats in [0, 1), like ``random.random``.
    """
    server = _server_wait(headers, source, now)
    if server is not None:
        return server[0]
    return _backoff(attempt, policy, rng)


def _error_kind(error: BaseException) -> Literal["not_sent", "maybe_sent", "fatal"]:
    if isinstance(error, _NOT_SENT):
        return "not_sent"
    if isinstance(error, _MAYBE_SENT):
        return "maybe_sent"
    return "fatal"


def decide(
    *,
    method: str,
    attempt: int,
    policy: RetryPolicy,
    status: int | None,
    error: BaseException | None,
    headers: Mapping[str, str],
    source: RetryAfterSource | None,
    now: float,
    rng: Callable[[], float],
) -> RetryDecision:
    """Whether to retry after a failed attempt (an ``error`` from httpx, or a response ``status``).

    - Connect errors and connect timeouts: nothing was sent, so any method is retried.
    - Read/write/pool timeouts, read/write errors, protocol errors: only idempotent methods,
      since the server may already have acted on the request.
    - 429: any method (the server refused before processing); other retryable statuses
      (:meth:`RetryPolicy.is_retryable_status`) only for idempotent methods.
    - Never once ``attempt >= policy.max_retries``, and never when the server asks to wait longer
      than ``policy.max_retry_after``.

    >>> decide(method="GET", attempt=0, policy=RetryPolicy(), status=429, error=None,
    ...        headers={"Retry-After": "2"}, source=None, now=0.0, rng=lambda: 0.0).reason
    '429 from server, waiting 2.00s as retry-after says (retry 1 of 2)'
    """
    method = method.upper()
    retry_label = f"retry {attempt + 1} of {policy.max_retries}"

    if error is not None:
        what = type(error).__name__
        kind = _error_kind(error)
        if kind == "fatal":
            return RetryDecision(False, 0.0, f"{what} is not a transient network error; not retrying")
        if kind == "maybe_sent" and not is_idempotent(method):
            return RetryDecision(
                False, 0.0, f"{what} on {method}: the server may have processed it, so not repeating it"
            )
        if attempt >= policy.max_retries:
            return RetryDecision(False, 0.0, f"{what}; giving up after {policy.max_retries} retries")
        delay = _backoff(attempt, policy, rng)
        why = " (nothing was sent)" if kind == "not_sent" else ""
        return RetryDecision(True, delay, f"{what}{why}, backing off {delay:.2f}s ({retry_label})")

    if status is None:
        return RetryDecision(False, 0.0, "no error and no status: nothing to retry")
    if not policy.is_retryable_status(status):
        return RetryDecision(False, 0.0, f"{status} is not a retryable status")
    if status != 429 and not is_idempotent(method):
        return RetryDecision(False, 0.0, f"{status} on {method}: the server may have processed it, so not repeating it")
    if attempt >= policy.max_retries:
        return RetryDecision(False, 0.0, f"{status} from server; giving up after {policy.max_retries} retries")
    server = _server_wait(headers, source, now)
    if server is not None:
        wait, header = server
        if wait > policy.max_retry_after:
            asked = f"the server asks to wait {describe_wait(wait)} ({header}), more than max_retry_after ({policy.max_retry_after:g}s)"
            return RetryDecision(
                False, 0.0, f"{status} from server: {asked}; not retrying", hint=f"{asked}: not waiting"
            )
        return RetryDecision(True, wait, f"{status} from server, waiting {wait:.2f}s as {header} says ({retry_label})")
    delay = _backoff(attempt, policy, rng)
    return RetryDecision(True, delay, f"{status} from server, backing off {delay:.2f}s ({retry_label})")
