"""Proactive pacing: send no faster than the vendor allows, instead of collecting 429s.

A :class:`Pacer` is shared by every thread and asyncio task using one client. It works by
reservation: :meth:`Pacer.reserve` books the next free send slot and returns how long the caller must
wait for it; the caller sleeps outside (``time.sleep`` or ``await asyncio.sleep``), so the lock is
never held while anyone waits and the same object serves both drivers. Responses feed back through
:meth:`Pacer.observe` (the vendor's remaining/reset headers) and :meth:`Pacer.penalize` (a 429).

A vendor may document several budgets at once (:class:`RateLimits`: per second *and* per hour, a
separate one for submissions): a request waits until every budget that covers it has room, as
Airbyte's ``HTTPAPIBudget`` does with several policies. Each budget is a :class:`RateLimitSpec`.

All ``now`` values are unix seconds (``time.time()``): vendors state reset times as unix timestamps.
"""

from __future__ import annotations

import bisect
import logging
import math
import re
import threading
from collections.abc import Mapping
from typing import Any, Literal, Protocol

import attrs

from ._errors import ConfigurationError
from ._retry import DEFAULT_MAX_RETRY_AFTER, RESET_FORMATS, ResetFormat, RetryAfterSource, describe_wait, parse_time

__all__ = ["NullPacer", "Pacer", "PacerLike", "RateLimitSpec", "RateLimits", "make_pacer"]

Scope = Literal["endpoint_method", "client", "ip"]
Algorithm = Literal["sliding_window", "fixed_window", "token_bucket"]

_WHERE = "x-scankit.rate_limit"
_SCOPES: tuple[Scope, ...] = ("endpoint_method", "client", "ip")
_ALGORITHMS: tuple[Algorithm, ...] = ("sliding_window", "fixed_window", "token_bucket")
_PER = {"second": 1.0, "minute": 60.0, "hour": 3600.0, "day": 86400.0}
_HEADER_KEYS = ("limit", "remaining", "reset", "reset_format", "retry_after", "retry_after_format")
# Documentation keys the conventions allow beside the behavioural ones; the pacer ignores them.
_NOTE_KEYS = ("source", "inferred", "notes")
_BUDGET_KEYS = (
    "scope",
    "algorithm",
    "requests",
    "window_seconds",
    "per",
    "capacity",
    "refill_per_second",
    "advised_requests",
)
_TOP_KEYS = (*_BUDGET_KEYS, "limits", "headers", "retry_after_trusted", *_NOTE_KEYS)
_LIMIT_KEYS = ("name", "operations", *_BUDGET_KEYS, "headers")
_RATE_KEY = re.compile(r"[A-Z]+ /\S*")
# One budget for the whole client when the vendor counts per IP or per client.
_SHARED_KEY = "*"
_SPACED_WINDOW = 10.0
"""Windows up to this many seconds are paced evenly (window / requests apart): a burst at a short
window's edge can reach the server bunched into more than its limit. A longer window (per hour, per
day) lets a burst through: spacing 1000 an hour 3.6 s apart would slow every list to a crawl."""
log = logging.getLogger("scankit")


def _bad(key: str, problem: str) -> ConfigurationError:
    return ConfigurationError(f"{_WHERE}.{key} {problem}")


def _choice(d: Mapping[str, Any], key: str, choices: tuple[str, ...], where: str = "", default: Any = None) -> Any:
    value = d.get(key, default)
    if value not in choices:
        raise _bad(where + key, f"must be one of {', '.join(choices)}, not {value!r}")
    return value


def _positive_int(d: Mapping[str, Any], key: str, where: str = "") -> int | None:
    value = d.get(key)
    if value is None:
        return None
    # bool is an int to Python, but "requests: true" in YAML is a mistake, not 1.
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise _bad(where + key, f"must be a positive integer, not {value!r}")
    return value


def _positive_number(d: Mapping[str, Any], key: str, where: str = "") -> float | None:
    value = d.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not (0 < value < math.inf):
        raise _bad(where + key, f"must be a positive number, not {value!r}")
    return float(value)


def _header_name(headers: Mapping[str, Any], key: str, where: str) -> str | None:
    value = headers.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise _bad(f"{where}headers.{key}", f"must be a header name, not {value!r}")
    return value.strip()


def _known(d: Mapping[str, Any], keys: tuple[str, ...], where: str) -> None:
    for key in d:
        if key not in keys:
            raise _bad(f"{where}{key}", f"is not a known key (expected one of {', '.join(keys)})")


@attrs.frozen
class _Headers:
    """The response headers that report a budget (x-scankit.rate_limit `headers`)."""

    limit: str | None = None
    remaining: str | None = None
    reset: str | None = None
    reset_format: ResetFormat = "unix_seconds"
    retry_after: str | None = None
    retry_after_format: ResetFormat = "delta_seconds"

    @classmethod
    def from_dict(cls, d: Any, where: str) -> _Headers:
        headers = d or {}
        if not isinstance(headers, Mapping):
            raise _bad(f"{where}headers", f"must be a mapping, not {type(headers).__name__}")
        _known(headers, _HEADER_KEYS, f"{where}headers.")
        return cls(
            limit=_header_name(headers, "limit", where),
            remaining=_header_name(headers, "remaining", where),
            reset=_header_name(headers, "reset", where),
            reset_format=_choice(headers, "reset_format", RESET_FORMATS, f"{where}headers.", "unix_seconds"),
            retry_after=_header_name(headers, "retry_after", where),
            retry_after_format=_choice(
                headers, "retry_after_format", RESET_FORMATS, f"{where}headers.", "delta_seconds"
            ),
        )


def _trusted(d: Mapping[str, Any]) -> bool:
    trusted = d.get("retry_after_trusted", True)
    if not isinstance(trusted, bool):
        raise _bad("retry_after_trusted", f"must be true or false, not {trusted!r}")
    return trusted


@attrs.frozen
class RateLimitSpec:
    """One budget of a vendor's documented rate limit (the spec's ``x-scankit.rate_limit`` block, or one
    entry of its ``limits``).

    ``scope`` says what one budget covers: each endpoint+method (PassEntry: 10/s for ``GET
    /passes`` and another 10/s for ``POST /passes``), or the whole client or IP (Advalidation).
    ``operations``, when set, are the only requests that draw on it (their rate keys, ``"POST
    /jobs"``): a group sharing one budget, or each its own with ``endpoint_method``.
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
    retry_after_format: ResetFormat = "delta_seconds"
    name: str = "rate_limit"
    operations: frozenset[str] | None = None

    def __attrs_post_init__(self) -> None:
        where = "" if self.name == "rate_limit" else f"limits[{self.name}]."
        if self.scope not in _SCOPES:
            raise _bad(where + "scope", f"must be one of {', '.join(_SCOPES)}, not {self.scope!r}")
        if self.algorithm in ("sliding_window", "fixed_window"):
            if self.requests is None or self.window_seconds is None:
                missing = "requests" if self.requests is None else "window_seconds"
                raise _bad(where + missing, f"is required for algorithm {self.algorithm}")
            if self.advised_requests is not None and self.advised_requests > self.requests:
                raise _bad(where + "advised_requests", f"({self.advised_requests}) exceeds requests ({self.requests})")
        elif self.algorithm == "token_bucket":
            if self.capacity is None or self.refill_per_second is None:
                missing = "capacity" if self.capacity is None else "refill_per_second"
                raise _bad(where + missing, "is required for algorithm token_bucket")
        else:
            raise _bad(where + "algorithm", f"must be one of {', '.join(_ALGORITHMS)}, not {self.algorithm!r}")
        for key in self.operations or ():
            if not _RATE_KEY.fullmatch(key):
                raise _bad(where + "operations", f"must name rate keys ('POST /jobs'), not {key!r}")

    @classmethod
    def from_dict(cls, d: Mapping[str, Any] | None) -> RateLimitSpec | None:
        """Parse a block of one budget (the original form); None when the vendor documents no limit.

        A malformed block raises :class:`~scankit.ConfigurationError` naming the bad key, because a
        typo silently ignored here becomes a stream of 429s in production. A block of several
        budgets (``limits``) is read by :meth:`RateLimits.from_dict`.
        """
        limits = RateLimits.from_dict(d)
        if limits is None:
            return None
        if len(limits.budgets) != 1 or limits.shared_headers:
            raise _bad("limits", "has several budgets: read it with RateLimits.from_dict")
        return limits.budgets[0]

    @classmethod
    def _parse(cls, d: Mapping[str, Any], where: str, *, name: str, headers: _Headers, **given: Any) -> RateLimitSpec:
        per = d.get("per")
        window = _positive_number(d, "window_seconds", where)
        if per is not None:
            if window is not None:
                raise _bad(where + "per", "and window_seconds: give one of them")
            window = _PER.get(per)
            if window is None:
                raise _bad(where + "per", f"must be one of {', '.join(_PER)}, not {per!r}")
        return cls(
            scope=_choice(d, "scope", _SCOPES, where, given.pop("scope", None)),
            algorithm=_choice(d, "algorithm", _ALGORITHMS, where),
            requests=_positive_int(d, "requests", where),
            window_seconds=window,
            capacity=_positive_int(d, "capacity", where),
            refill_per_second=_positive_number(d, "refill_per_second", where),
            advised_requests=_positive_int(d, "advised_requests", where),
            limit_header=headers.limit,
            remaining_header=headers.remaining,
            reset_header=headers.reset,
            reset_format=headers.reset_format,
            retry_after_header=headers.retry_after,
            retry_after_format=headers.retry_after_format,
            name=name,
            **given,
        )

    @property
    def budget(self) -> int:
        """Sends allowed per window (the advised figure when there is one) or the bucket's size."""
        if self.algorithm == "token_bucket":
            assert self.capacity is not None  # guaranteed by __attrs_post_init__
            return self.capacity
        assert self.requests is not None
        return self.advised_requests or self.requests

    def covers(self, key: str) -> bool:
        """Whether a request with this rate key (``"GET /scans"``) draws on this budget."""
        return self.operations is None or key in self.operations

    def retry_after_source(self) -> RetryAfterSource:
        """Where, per this spec, a 429 says how long to wait (for :func:`scankit._retry.decide`)."""
        return RetryAfterSource(
            header=self.retry_after_header or "Retry-After",
            trusted=self.retry_after_trusted,
            remaining_header=self.remaining_header,
            reset_header=self.reset_header,
            reset_format=self.reset_format,
            header_format=self.retry_after_format,
        )


@attrs.frozen
class RateLimits:
    """Every budget a vendor documents, and the headers that report whichever has the fewest left.

    >>> limits = RateLimits.from_dict({"limits": [
    ...     {"name": "burst", "algorithm": "sliding_window", "requests": 10, "per": "second"},
    ...     {"name": "submissions", "algorithm": "token_bucket", "capacity": 5, "refill_per_second": 0.1,
    ...      "operations": ["POST /scans"]}]})
    >>> [b.name for b in limits.budgets if b.covers("POST /scans")], [b.name for b in limits.budgets if b.covers("GET /scans")]
    (['burst', 'submissions'], ['burst'])
    """

    budgets: tuple[RateLimitSpec, ...]
    shared_headers: _Headers | None = None  # `headers` beside `limits`; in the one-budget form they are its own
    retry_after_trusted: bool = True

    @classmethod
    def from_dict(cls, d: Mapping[str, Any] | None) -> RateLimits | None:
        """Parse the block, in either form; None when the vendor documents no limit."""
        if d is None:
            return None
        if not isinstance(d, Mapping):
            raise ConfigurationError(f"{_WHERE} must be a mapping, not {type(d).__name__}")
        _known(d, _TOP_KEYS, "")
        headers = _Headers.from_dict(d.get("headers"), "")
        trusted = _trusted(d)
        if "limits" not in d:
            budget = RateLimitSpec._parse(d, "", name="rate_limit", headers=headers, retry_after_trusted=trusted)
            return cls((budget,), None, trusted)
        beside = [key for key in _BUDGET_KEYS if key in d]
        if beside:
            raise _bad(beside[0], "is not allowed beside limits: each budget says its own")
        entries = d["limits"]
        if not isinstance(entries, list) or not entries:
            raise _bad("limits", "must be a non-empty list of budgets")
        budgets: list[RateLimitSpec] = []
        for index, entry in enumerate(entries):
            where = f"limits[{index}]."
            if not isinstance(entry, Mapping):
                raise _bad(where[:-1], f"must be a mapping, not {type(entry).__name__}")
            _known(entry, _LIMIT_KEYS, where)
            name = entry.get("name")
            if not isinstance(name, str) or not name or name in {b.name for b in budgets}:
                raise _bad(where + "name", f"must be a name no other budget has, not {name!r}")
            operations = entry.get("operations")
            if operations is not None and (not isinstance(operations, list) or not operations):
                raise _bad(where + "operations", f"must be a non-empty list, not {operations!r}")
            budgets.append(
                RateLimitSpec._parse(
                    entry,
                    where,
                    name=name,
                    headers=_Headers.from_dict(entry.get("headers"), where),
                    scope="client",
                    retry_after_trusted=trusted,
                    operations=frozenset(operations) if operations is not None else None,
                )
            )
        return cls(tuple(budgets), headers, trusted)

    @classmethod
    def of(cls, spec: RateLimitSpec | RateLimits) -> RateLimits:
        return spec if isinstance(spec, RateLimits) else cls((spec,), None, spec.retry_after_trusted)

    def retry_after_source(self) -> RetryAfterSource:
        """Where a 429 says how long to wait: the shared headers, then each budget's own."""
        if self.shared_headers is None:
            return self.budgets[0].retry_after_source()
        top = self.shared_headers
        return RetryAfterSource(
            header=top.retry_after or "Retry-After",
            trusted=self.retry_after_trusted,
            remaining_header=top.remaining,
            reset_header=top.reset,
            reset_format=top.reset_format,
            header_format=top.retry_after_format,
            budgets=tuple(
                (b.remaining_header, b.reset_header, b.reset_format)
                for b in self.budgets
                if b.remaining_header and b.reset_header
            ),
        )


class PacerLike(Protocol):
    """What the drivers need from a pacer; :class:`Pacer` and :class:`NullPacer` both provide it."""

    def reserve(self, key: str, now: float) -> float: ...

    def observe(self, key: str, headers: Mapping[str, str], now: float) -> None: ...

    def penalize(self, key: str, wait: float, now: float) -> None: ...


@attrs.define
class _Budget:
    """Mutable state of one budget; only touched under the pacer's lock."""

    sends: list[float] = attrs.Factory(list)  # windows: booked send times, sorted
    tokens: float = 0.0  # token bucket: may go negative, one per queued reservation
    stamp: float | None = None  # token bucket: when ``tokens`` was last brought up to date
    hold_until: float = -math.inf  # nobody sends before this (a 429, or remaining 0 until reset)
    anchor: float = 0.0  # fixed window: a moment a window starts at (the epoch, until the server says)

    def window_start(self, at: float, window: float) -> float:
        """The start of the fixed window `at` is in."""
        return self.anchor + math.floor((at - self.anchor) / window) * window


def _number(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        number = float(value.strip())
    except ValueError:
        return None
    return number if math.isfinite(number) else None


class Pacer:
    """Paces sends to a :class:`RateLimitSpec` (or several: :class:`RateLimits`); thread-safe, shared by
    sync and async callers.

    >>> spec = RateLimitSpec(scope="endpoint_method", algorithm="sliding_window", requests=10,
    ...                      window_seconds=1, advised_requests=9)
    >>> pacer = Pacer(spec)
    >>> [round(pacer.reserve("GET /api/v1/scans", now=0.0), 3) for _ in range(10)]
    [0.0, 0.111, 0.222, 0.333, 0.444, 0.556, 0.667, 0.778, 0.889, 1.0]

    With several budgets a send waits for the one with the least room: each covering budget books it
    at the same moment, the latest any of them allows.

    ``low_water``: for token buckets, once the server reports this many tokens or fewer, send only
    as fast as the bucket refills, leaving the rest for other clients on the same IP (what
    Advalidation's own SDK does at 2).

    ``max_hold``: the longest a reset header may hold sends, the bound every server-requested wait
    has (``RetryPolicy.max_retry_after``). A reset further away is not held at all: the next request
    goes, and if the server means it, its 429 raises ``RateLimitError`` saying how long it asked.
    """

    def __init__(
        self, spec: RateLimitSpec | RateLimits, *, low_water: int = 2, max_hold: float = DEFAULT_MAX_RETRY_AFTER
    ) -> None:
        self.spec = spec
        self.limits = RateLimits.of(spec)
        self.low_water = low_water
        self.max_hold = max_hold
        self._lock = threading.Lock()
        self._budgets: dict[tuple[int, str], _Budget] = {}
        self._garbled: set[str] = set()  # reset headers whose value did not parse, logged once each

    def __repr__(self) -> str:
        return f"Pacer({self.spec!r})"

    def _covering(self, key: str) -> list[tuple[RateLimitSpec, _Budget]]:
        """The budgets a request with `key` draws on, with their state (made on first use)."""
        found = []
        for index, spec in enumerate(self.limits.budgets):
            if not spec.covers(key):
                continue
            slot = (index, key if spec.scope == "endpoint_method" else _SHARED_KEY)
            budget = self._budgets.get(slot)
            if budget is None:
                budget = self._budgets[slot] = _Budget(tokens=float(spec.budget))
            found.append((spec, budget))
        return found

    @staticmethod
    def _refill(spec: RateLimitSpec, budget: _Budget, now: float) -> None:
        rate = spec.refill_per_second or 0.0
        if budget.stamp is None:
            budget.stamp = now
        elif now > budget.stamp:  # a thread that read the clock earlier must not refill backwards
            budget.tokens = min(float(spec.budget), budget.tokens + (now - budget.stamp) * rate)
            budget.stamp = now

    @staticmethod
    def _prune(spec: RateLimitSpec, budget: _Budget, now: float) -> None:
        # Sends at or before now - window can never share a window with a send booked from now on
        # (a fixed window: sends before the current window's start).
        window = spec.window_seconds or 0.0
        if spec.algorithm == "sliding_window":
            del budget.sends[: bisect.bisect_right(budget.sends, now - window)]
        else:
            del budget.sends[: bisect.bisect_left(budget.sends, budget.window_start(now, window))]

    def reserve(self, key: str, now: float) -> float:
        """Book a send for ``key`` (``"GET /api/v1/scans"``) and return the seconds to wait before it.

        The booking counts at once, so call this only when you will send; sleep outside.
        """
        with self._lock:
            covering = self._covering(key)
            if not covering:
                return 0.0
            at = max(self._earliest(spec, budget, now) for spec, budget in covering)
            for spec, budget in covering:
                if spec.algorithm == "token_bucket":
                    budget.tokens -= 1
                else:
                    bisect.insort(budget.sends, at)
            return at - now

    def _earliest(self, spec: RateLimitSpec, budget: _Budget, now: float) -> float:
        """The first moment this budget lets a send go, given what it has booked."""
        if spec.algorithm == "token_bucket":
            self._refill(spec, budget, now)
            rate = spec.refill_per_second or math.inf
            # The token count is as of `stamp`, which a thread that read the clock earlier than the
            # last caller will find slightly in its future; a send needs a whole token.
            base = max(now, budget.stamp if budget.stamp is not None else now)
            return max(base + max(0.0, (1 - budget.tokens) / rate), budget.hold_until, now)
        window = spec.window_seconds or 0.0
        allowed = spec.budget
        self._prune(spec, budget, now)
        sends = budget.sends
        # Slots are handed out in time order and, in a short window, evenly spaced (window / allowed
        # apart), never as a burst at its edge: the server stamps a request when it handles it, and its
        # queue can bunch a burst into more than its limit (measured: bench/listing.py). An idle key
        # is not slowed: a slot is never earlier than `now`, and the spacing only applies after a send.
        gap = window / allowed if window <= _SPACED_WINDOW else 0.0
        soonest = max(now, budget.hold_until)
        if sends and sends[-1] > soonest and self._room(spec, budget, soonest, gap):
            # Sends are booked ahead (another budget held them back, a bucket's token): one that
            # fits before them need not queue behind them.
            return soonest
        at = max(soonest, sends[-1] + gap if sends else now)
        if spec.algorithm == "fixed_window":
            start = budget.window_start(at, window)  # aligned to the epoch (per minute: at :00) or the server's reset
            if len(sends) - bisect.bisect_left(sends, start) >= allowed:
                at = start + window
            return at
        in_window = len(sends) - bisect.bisect_right(sends, at - window)
        if in_window >= allowed:
            # The earliest moment the oldest of the last `allowed` sends leaves the window.
            at = max(at, sends[-allowed] + window)
        return at

    @staticmethod
    def _room(spec: RateLimitSpec, budget: _Budget, at: float, gap: float) -> bool:
        """Whether a send at `at` fits among those booked: `gap` from each neighbour, and (a sliding
        window) fewer than the budget within a window either side, or (a fixed one) in its window."""
        sends, window = budget.sends, spec.window_seconds or 0.0
        index = bisect.bisect_left(sends, at)
        if (index and at - sends[index - 1] < gap) or (index < len(sends) and sends[index] - at < gap):
            return False
        if spec.algorithm == "fixed_window":
            start = budget.window_start(at, window)
            return bisect.bisect_left(sends, start + window) - bisect.bisect_left(sends, start) < spec.budget
        return bisect.bisect_left(sends, at + window) - bisect.bisect_right(sends, at - window) < spec.budget

    def observe(self, key: str, headers: Mapping[str, str], now: float) -> None:
        """Learn from a response's rate-limit headers.

        ``remaining`` of 0 with a future ``reset`` holds every send on the budget until the reset. A
        ``remaining`` lower than our own count (another process shares the budget) wins, since the
        server is the one counting. A budget's own headers report it; the headers shared by several
        budgets report whichever covering budget has the fewest requests left.
        """
        lowered = {name.lower(): value for name, value in headers.items()}
        with self._lock:
            covering = self._covering(key)
            for spec, budget in covering:
                self._learn(spec, budget, lowered, spec.remaining_header, spec.reset_header, spec.reset_format, now)
            shared = self.limits.shared_headers
            if shared is not None and shared.remaining and covering:
                spec, budget = min(covering, key=lambda pair: self._left(pair[0], pair[1], now))
                self._learn(spec, budget, lowered, shared.remaining, shared.reset, shared.reset_format, now)

    def _left(self, spec: RateLimitSpec, budget: _Budget, now: float) -> float:
        """Sends this budget has left now, by our own count."""
        if spec.algorithm == "token_bucket":
            self._refill(spec, budget, now)
            return budget.tokens
        self._prune(spec, budget, now)
        return spec.budget - len(budget.sends)

    def _learn(
        self,
        spec: RateLimitSpec,
        budget: _Budget,
        lowered: Mapping[str, str],
        remaining_header: str | None,
        reset_header: str | None,
        reset_format: ResetFormat,
        now: float,
    ) -> None:
        remaining = _number(lowered.get(remaining_header.lower())) if remaining_header else None
        if remaining is None:
            return
        raw = lowered.get(reset_header.lower()) if reset_header else None
        reset_at = parse_time(raw, reset_format, now) if raw is not None else None
        if raw is not None and reset_at is None and reset_header not in self._garbled:
            self._garbled.add(str(reset_header))
            log.warning("rate limit: %s: %r is not a %s time; ignored", reset_header, raw, reset_format)
        if remaining <= 0 and reset_at is not None and reset_at - now > self.max_hold:
            log.debug(
                "rate limit: %s asks to hold sends for %s, more than max_retry_after (%gs); not held",
                reset_header,
                describe_wait(reset_at - now),
                self.max_hold,
            )
            reset_at = None
        if remaining <= 0 and reset_at is not None and reset_at > now:
            budget.hold_until = max(budget.hold_until, reset_at)
        if spec.algorithm == "token_bucket":
            self._refill(spec, budget, now)
            budget.tokens = min(budget.tokens, remaining)
            if remaining <= self.low_water:
                budget.tokens = min(budget.tokens, 0.0)
            return
        window = spec.window_seconds or 0.0
        soon = reset_at is not None and now < reset_at <= now + window  # the server's window ends at its reset
        if soon and spec.algorithm == "fixed_window":
            assert reset_at is not None
            budget.anchor = reset_at % window  # its windows, not the epoch's, are the ones it counts in
        self._prune(spec, budget, now)
        # The server counts against its own limit; we aim lower (advised_requests), so translate.
        margin = (spec.requests or 0) - spec.budget
        server_left = max(0, math.floor(remaining) - margin)
        if spec.algorithm == "fixed_window":  # the sends booked in the window `now` is in
            start = budget.window_start(now, window)
            used = bisect.bisect_left(budget.sends, start + window) - bisect.bisect_left(budget.sends, start)
        else:
            used = len(budget.sends) - bisect.bisect_right(budget.sends, now - window)
        # Phantom sends use up the difference and age out like real ones: at `now`, or, in a sliding
        # window the server says refills sooner, when they leave it at the reset (an hour's window
        # must not hold an hour when the server says three seconds).
        phantom = reset_at - window if soon and reset_at is not None and spec.algorithm == "sliding_window" else now
        for _ in range(spec.budget - used - server_left):
            bisect.insort(budget.sends, phantom)

    def penalize(self, key: str, wait: float, now: float) -> None:
        """After a 429: nobody sends on ``key`` until ``now + wait``, on every budget that covers it."""
        with self._lock:
            for spec, budget in self._covering(key):
                budget.hold_until = max(budget.hold_until, now + min(max(wait, 0.0), self.max_hold))
                if spec.algorithm == "token_bucket":
                    # The server's bucket is empty; refill from zero rather than from our optimistic count.
                    self._refill(spec, budget, now)
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


def make_pacer(spec: RateLimitSpec | RateLimits | None) -> Pacer | NullPacer:
    """The pacer for a vendor: a :class:`Pacer` if its spec documents a limit, else a :class:`NullPacer`."""
    return NullPacer() if spec is None else Pacer(spec)
