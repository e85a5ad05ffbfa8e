"""The server side of ``x-scankit.rate_limit``: every budget the spec declares, with its headers.

One budget (the original form) or several (``limits``): sliding windows, fixed windows aligned to
the epoch, token buckets; each covering every operation or a group of them, counted per endpoint,
per client or per IP. A request is allowed only when every budget covering it has room (and then
it draws on all of them); a refused one reports the longest wait. Header values are written in the
formats the spec declares (delta or unix seconds, unix milliseconds, HTTP-date, ISO 8601).

The clock is injected (unix seconds), so a test can move time instead of waiting for it.
"""

from __future__ import annotations

import collections
import datetime
import email.utils
import math
import threading
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import attrs

__all__ = ["Budget", "Limiter", "Verdict", "format_time", "seconds"]

_PER = {"second": 1.0, "minute": 60.0, "hour": 3600.0, "day": 86_400.0}
_LIMIT_KEYS = ("scope", "algorithm", "requests", "window_seconds", "per", "capacity", "refill_per_second")


def seconds(value: float) -> str:
    """A wait as a header value: ``1`` or ``0.25``."""
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return text or "0"


def format_time(at: float, now: float, fmt: str) -> str:
    """An instant (unix seconds) as a header value in one of the vocabulary's time formats."""
    if fmt == "delta_seconds":
        return seconds(max(at - now, 0.0))
    if fmt == "unix_ms":
        return str(math.ceil(at * 1000))
    whole = math.ceil(at)
    if fmt == "http_date":
        return email.utils.formatdate(whole, usegmt=True)
    if fmt == "iso8601":
        return datetime.datetime.fromtimestamp(whole, datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return str(whole)  # unix_seconds


@attrs.frozen
class Verdict:
    """One request's fate under one budget (or all of them): allowed, what is left, when it resets."""

    allowed: bool
    limit: int
    remaining: int
    reset_at: float  # unix seconds when the budget is whole again (a window) or gains a token
    retry_after: float  # seconds until a request would be allowed; 0 when allowed
    budget: Budget | None = attrs.field(default=None, eq=False, repr=False)


class Budget:
    """One declared limit: how it counts, what it covers, which headers report it."""

    def __init__(self, spec: Mapping[str, Any], *, name: str = "default") -> None:
        self.name = str(spec.get("name", name))
        self.algorithm = str(spec["algorithm"])
        self.scope = str(spec.get("scope", "client"))
        self.operations = frozenset(spec.get("operations") or ())
        self.headers: Mapping[str, str] = spec.get("headers") or {}
        if self.algorithm == "token_bucket":
            self.limit = int(spec["capacity"])
            self.refill = float(spec["refill_per_second"])
            self.window = 0.0
        elif self.algorithm in ("sliding_window", "fixed_window"):
            self.limit = int(spec["requests"])
            self.window = float(spec["window_seconds"]) if "window_seconds" in spec else _PER[str(spec["per"])]
            self.refill = 0.0
        else:  # pragma: no cover - the schema refuses other algorithms
            raise ValueError(f"unknown rate-limit algorithm {self.algorithm!r}")
        self._hits: dict[str, collections.deque[float]] = {}
        self._fixed: dict[str, tuple[int, int]] = {}  # key -> (window number, requests in it)
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, as of when)

    def covers(self, operation_id: str | None) -> bool:
        return not self.operations or operation_id in self.operations

    def key(self, method: str, template: str, client: str) -> str:
        """The budget a request draws on: its endpoint and method, the whole client, or its IP."""
        if self.scope == "endpoint_method":
            return f"{method} {template}"
        return client if self.scope == "ip" else "*"

    def look(self, key: str, now: float) -> Verdict:
        """What a request now would get, without counting it."""
        if self.algorithm == "sliding_window":
            hits = self._hits.setdefault(key, collections.deque())
            while hits and hits[0] <= now - self.window:
                hits.popleft()
            if len(hits) >= self.limit:
                reset_at = hits[0] + self.window
                return Verdict(False, self.limit, 0, reset_at, max(reset_at - now, 0.0), self)
            reset_at = (hits[0] if hits else now) + self.window
            return Verdict(True, self.limit, self.limit - len(hits) - 1, reset_at, 0.0, self)
        if self.algorithm == "fixed_window":
            number = math.floor(now / self.window)
            seen, count = self._fixed.get(key, (number, 0))
            count = count if seen == number else 0
            reset_at = (number + 1) * self.window
            if count >= self.limit:
                return Verdict(False, self.limit, 0, reset_at, max(reset_at - now, 0.0), self)
            return Verdict(True, self.limit, self.limit - count - 1, reset_at, 0.0, self)
        tokens, stamp = self._buckets.get(key, (float(self.limit), now))
        tokens = min(float(self.limit), tokens + max(now - stamp, 0.0) * self.refill)
        if tokens < 1.0:
            wait = (1.0 - tokens) / self.refill
            return Verdict(False, self.limit, 0, now + wait, wait, self)
        full_in = (self.limit - tokens + 1.0) / self.refill
        return Verdict(True, self.limit, math.floor(tokens - 1.0), now + full_in, 0.0, self)

    def take(self, key: str, now: float) -> None:
        """Count an allowed request."""
        if self.algorithm == "sliding_window":
            self._hits.setdefault(key, collections.deque()).append(now)
        elif self.algorithm == "fixed_window":
            number = math.floor(now / self.window)
            seen, count = self._fixed.get(key, (number, 0))
            self._fixed[key] = (number, (count if seen == number else 0) + 1)
        else:
            tokens, stamp = self._buckets.get(key, (float(self.limit), now))
            tokens = min(float(self.limit), tokens + max(now - stamp, 0.0) * self.refill)
            self._buckets[key] = (tokens - 1.0, now)

    def refuse(self, key: str, now: float) -> None:
        """Remember the time of a refusal (a bucket's refill is counted from it)."""
        if self.algorithm == "token_bucket":
            tokens, stamp = self._buckets.get(key, (float(self.limit), now))
            tokens = min(float(self.limit), tokens + max(now - stamp, 0.0) * self.refill)
            self._buckets[key] = (tokens, now)


class Limiter:
    """Every budget of a vendor's ``x-scankit.rate_limit``."""

    def __init__(self, spec: Mapping[str, Any], clock: Callable[[], float]) -> None:
        self.spec = spec
        self.clock = clock
        if spec.get("limits"):
            self.budgets: Sequence[Budget] = [Budget(entry) for entry in spec["limits"]]
        else:
            self.budgets = [Budget({k: spec[k] for k in _LIMIT_KEYS if k in spec})]
        self.headers: Mapping[str, str] = spec.get("headers") or {}
        self._lock = threading.Lock()

    @property
    def limit(self) -> int:
        """The budget size a made-up 429 reports: the first budget's."""
        return self.budgets[0].limit

    def hit(self, method: str, template: str, client: str, operation_id: str | None = None) -> Verdict:
        """Count a request against every budget covering it; the verdict the headers report."""
        now = self.clock()
        with self._lock:
            covering = [(b, b.key(method, template, client)) for b in self.budgets if b.covers(operation_id)]
            if not covering:
                return Verdict(True, 0, 0, now, 0.0)
            looks = [(b, k, b.look(k, now)) for b, k in covering]
            refused = [v for _, _, v in looks if not v.allowed]
            if refused:
                for budget, key, _ in looks:
                    budget.refuse(key, now)
                return max(refused, key=lambda v: v.retry_after)
            for budget, key, _ in looks:
                budget.take(key, now)
            return min((v for _, _, v in looks), key=lambda v: v.remaining)

    def verdicts(self, method: str, template: str, client: str, operation_id: str | None = None) -> list[Verdict]:
        """Each covering budget as it stands now (for per-budget headers), without counting."""
        now = self.clock()
        with self._lock:
            out = []
            for budget in self.budgets:
                if budget.covers(operation_id):
                    seen = budget.look(budget.key(method, template, client), now)
                    out.append(attrs.evolve(seen, remaining=max(seen.remaining + 1, 0) if seen.allowed else 0))
            return out
