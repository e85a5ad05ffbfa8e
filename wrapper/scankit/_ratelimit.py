"""Proactive pacing: send no faster than the vendor allows, instead of collecting 429s.

A :class:`Pacer` is shared by every thread and asyncio task using one client. It works by
reservation: :meth:`Pacer.reserve` books the next free send slot and returns how long the caller must
wait for it; the caller sleeps outside (``time.sleep`` or ``await asyncio.sleep``), so the lock is
never held while anyone waits and the same object serves both drivers. Responses feed back through
:meth:`Pacer.observe` (the vendor's remaining/reset headers) and :meth:`Pacer.penalize` (a 429).

All ``now`` values are unix seconds (``time.time()``): vendors state reset times as unix timestamps.
"""

from __future__ import annotations

import bisect
import logging
import math
import threading
from collections.abc import Mapping
from typing import Any, Literal, Protocol

import attrs

from ._errors import ConfigurationError
from ._retry import DEFAULT_MAX_RETRY_AFTER, ResetFormat, RetryAfterSource, describe_wait

__all__ = ["NullPacer", "Pacer", "PacerLike", "RateLimitSpec", "make_pacer"]

Scope = Literal["endpoint_method", "client", "ip"]
Algorithm = Literal["sliding_window", "token_bucket"]

_WHERE = "x-scankit.rate_limit"
_SCOPES: tuple[Scope, ...] = ("endpoint_method", "client", "ip")
_ALGORITHMS: tuple[Algorithm, ...] = ("sliding_window", "token_bucket")
_RESET_FORMATS: tuple[ResetFormat, ...] = ("unix_seconds", "delta_seconds")
_HEADER_KEYS = ("limit", "remaining", "reset", "reset_format", "retry_after")
# Documentation keys the conventions allow beside the behavioural ones; the pacer ignores them.
_NOTE_KEYS = ("source", "inferred", "notes")
_TOP_KEYS = (
    "scope",
    "algorithm",
    "requests",
    "window_seconds",
    "capacity",
    "refill_per_second",
    "advised_requests",
    "headers",
    "retry_after_trusted",
    *_NOTE_KEYS,
)
# One budget for the whole client when the vendor counts per IP or per client.
_SHARED_KEY = "*"
log = logging.getLogger("scankit")


def _bad(key: str, problem: str) -> ConfigurationError:
    return ConfigurationError(f"{_WHERE}.{key} {problem}")


def _choice(d: Mapping[str, Any], key: str, choices: tuple[str, ...]) -> Any:
    value = d.get(key)
    if value not in choices:
        raise _bad(key, f"must be one of {', '.join(choices)}, not {value!r}")
    return value


def _positive_int(d: Mapping[str, Any], key: str) -> int | None:
    value = d.get(key)
    if value is None:
        return None
    # bool is an int to Python, but "requests: true" in YAML is a mistake, not 1.
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise _bad(key, f"must be a positive integer, not {value!r}")
    return value


def _positive_number(d: Mapping[str, Any], key: str) -> float | None:
    value = d.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not (0 < value < math.inf):
        raise _bad(key, f"must be a positive number, not {value!r}")
    return float(value)


def _header_name(headers: Mapping[str, Any], key: str) -> str | None:
    value = headers.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise _bad(f"headers.{key}", f"must be a header name, not {value!r}")
    return value.strip()


@attrs.frozen
class RateLimitSpec:
    """A vendor's documented rate limit, read from the spec's ``x-scankit.rate_limit`` block.

    ``scope`` says what one budget covers: each endpoint+method (PassEntry: 10/s for ``GET
    /passes`` and another 10/s for ``POST /passes``), or the whole client or IP (Advalidation).
    """

    scope: Scope
    algorithm: Algorithm
    requests: int | None = None
    window_seconds: float | None = None
    capacity: int | None = None
    refill_per_second: float | None = None
    advised_requests: int | None = None
    limit_header: str | None = None
    remaining_header: str | None = None
    reset_header: str | None = None
    reset_format: ResetFormat = "unix_seconds"
    retry_after_header: str | None = None
    retry_after_trusted: bool = True

    def __attrs_post_init__(self) -> None:
        if self.scope not in _SCOPES:
            raise _bad("scope", f"must be one of {', '.join(_SCOPES)}, not {self.scope!r}")
        if self.algorithm == "sliding_window":
            if self.requests is None or self.window_seconds is None:
                missing = "requests" if self.requests is None else "window_seconds"
                raise _bad(missing, "is required for algorithm sliding_window")
            if self.advised_requests is not None and self.advised_requests > self.requests:
                raise _bad("advised_requests", f"({self.advised_requests}) exceeds requests ({self.requests})")
        elif self.algorithm == "token_bucket":
            if self.capacity is None or self.refill_per_second is None:
                missing = "capacity" if self.capacity is None else "refill_per_second"
                raise _bad(missing, "is required for algorithm token_bucket")
        else:
            raise _bad("algorithm", f"must be one of {', '.join(_ALGORITHMS)}, not {self.algorithm!r}")

    @classmethod
    def from_dict(cls, d: Mapping[str, Any] | None) -> RateLimitSpec | None:
        """Parse the block; None when the vendor documents no limit (the block is absent).

        A malformed block raises :class:`~scankit.ConfigurationError` naming the bad key, because a
        typo silently ignored here becomes a stream of 429s in production.
        """
        if d is None:
            return None
        if not isinstance(d, Mapping):
            raise ConfigurationError(f"{_WHERE} must be a mapping, not {type(d).__name__}")
        for key in d:
            if key not in _TOP_KEYS:
                raise _bad(str(key), f"is not a known key (expected one of {', '.join(_TOP_KEYS)})")
        headers = d.get("headers") or {}
        if not isinstance(headers, Mapping):
            raise _bad("headers", f"must be a mapping, not {type(headers).__name__}")
        for key in headers:
            if key not in _HEADER_KEYS:
                raise _bad(f"headers.{key}", f"is not a known key (expected one of {', '.join(_HEADER_KEYS)})")
        reset_format = headers.get("reset_format", "unix_seconds")
        if reset_format not in _RESET_FORMATS:
            raise _bad("headers.reset_format", f"must be one of {', '.join(_RESET_FORMATS)}, not {reset_format!r}")
        trusted = d.get("retry_after_trusted", True)
        if not isinstance(trusted, bool):
            raise _bad("retry_after_trusted", f"must be true or false, not {trusted!r}")
        return cls(
            scope=_choice(d, "scope", _SCOPES),
            algorithm=_choice(d, "algorithm", _ALGORITHMS),
            requests=_positive_int(d, "requests"),
            window_seconds=_positive_number(d, "window_seconds"),
            capacity=_positive_int(d, "capacity"),
            refill_per_second=_positive_number(d, "refill_per_second"),
            advised_requests=_positive_int(d, "advised_requests"),
            limit_header=_header_name(headers, "limit"),
            remaining_header=_header_name(headers, "remaining"),
            reset_header=_header_name(headers, "reset"),
            reset_format=reset_format,
            retry_after_header=_header_name(headers, "retry_after"),
            retry_after_trusted=trusted,
        )

    @property
    def budget(self) -> int:
        """Sends allowed per window (sliding window: the advised figure when there is one) or bucket size."""
        if self.algorithm == "token_bucket":
            assert self.capacity is not None  # guaranteed by __attrs_post_init__
            return self.capacity
        assert self.requests is not None
        return self.advised_requests or self.requests

    def retry_after_source(self) -> RetryAfterSource:
        """Where, per this spec, a 429 says how long to wait (for :func:`scankit._retry.decide`)."""
        return RetryAfterSource(
            header=self.retry_after_header or "Retry-After",
            trusted=self.retry_after_trusted,
            remaining_header=self.remaining_header,
            reset_header=self.reset_header,
            reset_format=self.reset_format,
        )


class PacerLike(Protocol):
    """What the drivers need from a pacer; :class:`Pacer` and :class:`NullPacer` both provide it."""

    def reserve(self, key: str, now: float) -> float: ...

    def observe(self, key: str, headers: Mapping[str, str], now: float) -> None: ...

    def penalize(self, key: str, wait: float, now: float) -> None: ...


@attrs.define
class _Budget:
    """Mutable state of one budget; only touched under the pacer's lock."""

    sends: list[float] = attrs.Factory(list)  # sliding window: booked send times, sorted
    tokens: float = 0.0  # token bucket: may go negative, one per queued reservation
    stamp: float | None = None  # token bucket: when ``tokens`` was last brought up to date
    hold_until: float = -math.inf  # nobody sends before this (a 429, or remaining 0 until reset)


def _number(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        number = float(value.strip())
    except ValueError:
        return None
    return number if math.isfinite(number) else None


class Pacer:
    """Paces sends to a :class:`RateLimitSpec`; thread-safe and shared by sync and async callers.

    >>> spec = RateLimitSpec(scope="endpoint_method", algorithm="sliding_window", requests=10,
    ...                      window_seconds=1, advised_requests=9)
    >>> pacer = Pacer(spec)
    >>> [round(pacer.reserve("GET /api/v1/scans", now=0.0), 3) for _ in range(10)]
    [0.0, 0.111, 0.222, 0.333, 0.444, 0.556, 0.667, 0.778, 0.889, 1.0]

    ``low_water``: for token buckets, once the server reports this many tokens or fewer, send only
    as fast as the bucket refills, leaving the rest for other clients on the same IP (what
    Advalidation's own SDK does at 2).

    ``max_hold``: the longest a reset header may hold sends, the bound every server-requested wait
    has (``RetryPolicy.max_retry_after``). A reset further away is not held at all: the next request
    goes, and if the server means it, its 429 raises ``RateLimitError`` saying how long it asked.
    """

    def __init__(self, spec: RateLimitSpec, *, low_water: int = 2, max_hold: float = DEFAULT_MAX_RETRY_AFTER) -> None:
        self.spec = spec
        self.low_water = low_water
        self.max_hold = max_hold
        self._lock = threading.Lock()
        self._budgets: dict[str, _Budget] = {}

    def __repr__(self) -> str:
        return f"Pacer({self.spec!r})"

    def _budget(self, key: str) -> _Budget:
        if self.spec.scope != "endpoint_method":
            key = _SHARED_KEY
        budget = self._budgets.get(key)
        if budget is None:
            budget = self._budgets[key] = _Budget(tokens=float(self.spec.budget))
        return budget

    def _refill(self, budget: _Budget, now: float) -> None:
        rate = self.spec.refill_per_second or 0.0
        if budget.stamp is None:
            budget.stamp = now
        elif now > budget.stamp:  # a thread that read the clock earlier must not refill backwards
            budget.tokens = min(float(self.spec.budget), budget.tokens + (now - budget.stamp) * rate)
            budget.stamp = now

    def _prune(self, budget: _Budget, now: float) -> None:
        # Sends at or before now - window can never share a window with a send booked from now on.
        window = self.spec.window_seconds or 0.0
        del budget.sends[: bisect.bisect_right(budget.sends, now - window)]

    def reserve(self, key: str, now: float) -> float:
        """Book a send for ``key`` (``"GET /api/v1/scans"``) and return the seconds to wait before it.

        The booking counts at once, so call this only when you will send; sleep outside.
        """
        with self._lock:
            budget = self._budget(key)
            if self.spec.algorithm == "token_bucket":
                self._refill(budget, now)
                budget.tokens -= 1
                rate = self.spec.refill_per_second or math.inf
                # The token count is as of `stamp`, which a thread that read the clock earlier than
                # the last caller will find slightly in its future.
                base = max(now, budget.stamp if budget.stamp is not None else now)
                at = base + max(0.0, -budget.tokens / rate)
                return max(at, budget.hold_until, now) - now
            return self._reserve_window(budget, now)

    def _reserve_window(self, budget: _Budget, now: float) -> float:
        window = self.spec.window_seconds or 0.0
        allowed = self.spec.budget
        self._prune(budget, now)
        sends = budget.sends
        # Slots are handed out in time order and evenly spaced (window / allowed apart), never as a
        # burst at a window's edge: the server stamps a request when it handles it, and its queue can
        # bunch a burst into more than its limit (measured: bench/listing.py). An idle key is not
        # slowed: a slot is never earlier than `now`, and the spacing only applies after a send.
        at = max(now, budget.hold_until, sends[-1] + window / allowed if sends else now)
        in_window = len(sends) - bisect.bisect_right(sends, at - window)
        if in_window >= allowed:
            # The earliest moment the oldest of the last `allowed` sends leaves the window.
            at = max(at, sends[-allowed] + window)
        sends.append(at)
        return at - now

    def observe(self, key: str, headers: Mapping[str, str], now: float) -> None:
        """Learn from a response's rate-limit headers.

        ``remaining`` of 0 with a future ``reset`` holds every send on the key until the reset. A
        ``remaining`` lower than our own count (another process shares the budget) wins, since the
        server is the one counting.
        """
        spec = self.spec
        lowered = {name.lower(): value for name, value in headers.items()}
        remaining = _number(lowered.get(spec.remaining_header.lower())) if spec.remaining_header else None
        if remaining is None:
            return
        reset = _number(lowered.get(spec.reset_header.lower())) if spec.reset_header else None
        reset_at = None if reset is None else reset if spec.reset_format == "unix_seconds" else now + reset
        if remaining <= 0 and reset_at is not None and reset_at - now > self.max_hold:
            log.debug(
                "rate limit: %s asks to hold sends for %s, more than max_retry_after (%gs); not held",
                spec.reset_header,
                describe_wait(reset_at - now),
                self.max_hold,
            )
            reset_at = None
        with self._lock:
            budget = self._budget(key)
            if remaining <= 0 and reset_at is not None and reset_at > now:
                budget.hold_until = max(budget.hold_until, reset_at)
            if spec.algorithm == "token_bucket":
                self._refill(budget, now)
                budget.tokens = min(budget.tokens, remaining)
                if remaining <= self.low_water:
                    budget.tokens = min(budget.tokens, 0.0)
                return
            self._prune(budget, now)
            window = spec.window_seconds or 0.0
            # The server counts against its own limit; we aim lower (advised_requests), so translate.
            margin = (spec.requests or 0) - spec.budget
            server_left = max(0, math.floor(remaining) - margin)
            used = len(budget.sends) - bisect.bisect_right(budget.sends, now - window)
            ours = spec.budget - used
            for _ in range(ours - server_left):
                # Phantom sends at `now`: they use up the difference and age out like real ones.
                bisect.insort(budget.sends, now)

    def penalize(self, key: str, wait: float, now: float) -> None:
        """After a 429: nobody sends on ``key`` until ``now + wait``."""
        with self._lock:
            budget = self._budget(key)
            budget.hold_until = max(budget.hold_until, now + min(max(wait, 0.0), self.max_hold))
            if self.spec.algorithm == "token_bucket":
                # The server's bucket is empty; refill from zero rather than from our optimistic count.
                self._refill(budget, now)
                budget.tokens = min(budget.tokens, 0.0)


class NullPacer:
    """For vendors that document no rate limit: never waits, ignores feedback."""

    def __repr__(self) -> str:
        return "NullPacer()"

    def reserve(self, key: str, now: float) -> float:
        """Always 0: send at once."""
        return 0.0

    def observe(self, key: str, headers: Mapping[str, str], now: float) -> None:
        """Nothing to learn without a documented limit."""

    def penalize(self, key: str, wait: float, now: float) -> None:
        """Nothing to do: the retry loop already waits out the 429 itself."""


def make_pacer(spec: RateLimitSpec | None) -> Pacer | NullPacer:
    """The pacer for a vendor: a :class:`Pacer` if its spec documents a limit, else a :class:`NullPacer`."""
    return NullPacer() if spec is None else Pacer(spec)
