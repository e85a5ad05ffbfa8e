"""The server side of the vendors' documented rate limits, driven by each spec's x-scankit.rate_limit.

The clock is injected (unix seconds), so a test can move time instead of waiting for it.
"""

from __future__ import annotations

import collections
import math
import threading
from collections.abc import Callable, Mapping
from typing import Any

import attrs

__all__ = ["Limiter", "Verdict"]


@attrs.frozen
class Verdict:
    """One request's fate: allowed or not, what is left, when the budget resets, how long to wait."""

    allowed: bool
    limit: int
    remaining: int
    reset_at: float  # unix seconds when the budget is whole again (sliding window) or gains a token
    retry_after: float  # seconds until a request would be allowed; 0 when allowed


class Limiter:
    """A sliding window (PassEntry) or a token bucket (Advalidation), keyed per endpoint+method or per IP."""

    def __init__(self, spec: Mapping[str, Any], clock: Callable[[], float]) -> None:
        self.spec = spec
        self.clock = clock
        self.algorithm = str(spec["algorithm"])
        self.scope = str(spec.get("scope", "client"))
        if self.algorithm == "sliding_window":
            self.limit = int(spec["requests"])
            self.window = float(spec["window_seconds"])
        elif self.algorithm == "token_bucket":
            self.limit = int(spec["capacity"])
            self.refill = float(spec["refill_per_second"])
        else:  # pragma: no cover - the wrapper's RateLimitSpec already refuses other algorithms
            raise ValueError(f"unknown rate-limit algorithm {self.algorithm!r}")
        self._lock = threading.Lock()
        self._hits: dict[str, collections.deque[float]] = {}
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, as of when)

    def key(self, method: str, template: str, client: str) -> str:
        """The budget a request draws on: its endpoint and method, or its client's IP."""
        return f"{method} {template}" if self.scope == "endpoint_method" else client

    def hit(self, key: str) -> Verdict:
        now = self.clock()
        with self._lock:
            if self.algorithm == "sliding_window":
                return self._window(key, now)
            return self._bucket(key, now)

    def _window(self, key: str, now: float) -> Verdict:
        hits = self._hits.setdefault(key, collections.deque())
        while hits and hits[0] <= now - self.window:
            hits.popleft()
        if len(hits) >= self.limit:
            reset_at = hits[0] + self.window
            return Verdict(False, self.limit, 0, reset_at, max(reset_at - now, 0.0))
        hits.append(now)
        return Verdict(True, self.limit, self.limit - len(hits), hits[0] + self.window, 0.0)

    def _bucket(self, key: str, now: float) -> Verdict:
        tokens, stamp = self._buckets.get(key, (float(self.limit), now))
        tokens = min(float(self.limit), tokens + max(now - stamp, 0.0) * self.refill)
        if tokens < 1.0:
            wait = (1.0 - tokens) / self.refill
            self._buckets[key] = (tokens, now)
            return Verdict(False, self.limit, 0, now + wait, wait)
        tokens -= 1.0
        self._buckets[key] = (tokens, now)
        full_in = (self.limit - tokens) / self.refill
        return Verdict(True, self.limit, math.floor(tokens), now + full_in, 0.0)
