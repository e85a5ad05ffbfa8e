"""Fault injection: what can go wrong on a request, chosen by configuration or by a request header.

A request asks for faults with ``x-sandbox-fault: <kind>[,<kind>...]`` (``x-sandbox-fault: 500`` or
``x-sandbox-fault: slow=2,malformed``); a :class:`Faults` configuration injects them at random, each
kind with its own probability, from a generator seeded by the sandbox's seed.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any

import attrs

__all__ = ["FAULT_HEADER", "FAULT_KINDS", "MAX_SLOW_SECONDS", "FaultError", "FaultPlan", "Faults", "parse_fault_header"]

FAULT_HEADER = "x-sandbox-fault"

FAULT_KINDS: Mapping[str, str] = MappingProxyType(
    {
        "429": "a 429 with the vendor's own retry header and error body",
        "500": "a 500 with the vendor's error body",
        "503": "a 503 with the vendor's error body and Retry-After",
        "520": "a 520 (a CDN's 'unknown error') with an HTML page",
        "drop": "the connection is closed without any response",
        "malformed": "the real 2xx response, its JSON body cut off halfway",
        "html": "an HTML error page instead of JSON (Advalidation: its 404 HTML page; others: a proxy's 502)",
        "unknown-enum": "the real response with enum fields set to a value no spec lists",
        "slow": "the answer is delayed (slow=SECONDS in the header; Faults.slow_seconds by configuration)",
    }
)
"""Every fault kind and what it does."""

MAX_SLOW_SECONDS = 60.0
"""A ``slow`` fault never holds a request longer than this: faults must not hang a client."""

# When several faults are chosen at once, the first of these that applies answers the request.
_TERMINAL_ORDER = ("drop", "429", "500", "503", "520", "html")


class FaultError(ValueError):
    """A fault specification that names an unknown kind or a bad rate or delay."""


def _check_rates(_instance: Any, _attribute: Any, value: Mapping[str, float]) -> None:
    for kind, rate in value.items():
        if kind not in FAULT_KINDS:
            raise FaultError(f"unknown fault kind {kind!r}; known: {', '.join(FAULT_KINDS)}")
        if isinstance(rate, bool) or not isinstance(rate, int | float) or not 0.0 <= rate <= 1.0:
            raise FaultError(f"the rate of fault {kind!r} must be a number between 0 and 1, not {rate!r}")


def _check_seconds(_instance: Any, attribute: Any, value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0.0 <= value <= MAX_SLOW_SECONDS:
        raise FaultError(f"Faults.{attribute.name} must be between 0 and {MAX_SLOW_SECONDS:g} seconds, not {value!r}")


def _frozen_rates(value: Mapping[str, float] | Iterable[tuple[str, float]]) -> Mapping[str, float]:
    return MappingProxyType(dict(value))


@attrs.frozen
class Faults:
    """Faults injected on every request, by configuration.

    ``latency``: seconds added to every response (``asyncio.sleep``, so other requests go on).
    ``rates``: for each kind of :data:`FAULT_KINDS`, the probability that a request gets it.
    ``slow_seconds``: how long a configured ``slow`` fault holds a request.
    ``retry_after``: the wait, in seconds, that an injected 429 or 503 asks for (in the vendor's
    own header); Advalidation's injected 429s say ``Retry-After: 15`` like its real ones.

    >>> Faults(latency=0.05, rates={"500": 0.1, "drop": 0.01})  # doctest: +ELLIPSIS
    Faults(latency=0.05, rates=...)
    """

    latency: float = attrs.field(default=0.0, validator=_check_seconds)
    rates: Mapping[str, float] = attrs.field(factory=dict, converter=_frozen_rates, validator=_check_rates)
    slow_seconds: float = attrs.field(default=2.0, validator=_check_seconds)
    retry_after: float = attrs.field(default=1.0, validator=_check_seconds)

    @classmethod
    def parse(cls, specs: Iterable[str], *, latency: float = 0.0, **kwargs: Any) -> Faults:
        """Build from ``KIND=RATE`` strings, as the command line gives them (``["500=0.1", "drop=0.01"]``)."""
        rates: dict[str, float] = {}
        for spec in specs:
            kind, sep, rate = spec.partition("=")
            if not sep:
                raise FaultError(f"expected KIND=RATE, e.g. 500=0.1, not {spec!r}")
            try:
                rates[kind.strip()] = float(rate)
            except ValueError:
                raise FaultError(f"the rate in {spec!r} is not a number") from None
        return cls(latency=latency, rates=rates, **kwargs)

    def draw(self, rng: random.Random) -> FaultPlan:
        """The faults for one request, drawn at random per kind (in a fixed order, for reproducibility)."""
        kinds = [kind for kind in FAULT_KINDS if kind in self.rates and rng.random() < self.rates[kind]]
        return FaultPlan.of(kinds, slow_seconds=self.slow_seconds)


@attrs.frozen
class FaultPlan:
    """What to do to one request: at most one terminal fault, a delay, and body corruptions."""

    terminal: str | None = None
    slow: float = 0.0
    malformed: bool = False
    unknown_enum: bool = False

    @classmethod
    def of(cls, kinds: Iterable[str], *, slow_seconds: float = 0.0) -> FaultPlan:
        chosen = set(kinds)
        terminal = next((kind for kind in _TERMINAL_ORDER if kind in chosen), None)
        return cls(
            terminal=terminal,
            slow=slow_seconds if "slow" in chosen else 0.0,
            malformed="malformed" in chosen,
            unknown_enum="unknown-enum" in chosen,
        )

    def merge(self, other: FaultPlan) -> FaultPlan:
        terminals = {self.terminal, other.terminal} - {None}
        return FaultPlan(
            terminal=next((kind for kind in _TERMINAL_ORDER if kind in terminals), None),
            slow=max(self.slow, other.slow),
            malformed=self.malformed or other.malformed,
            unknown_enum=self.unknown_enum or other.unknown_enum,
        )

    @property
    def empty(self) -> bool:
        return self == FaultPlan()


def parse_fault_header(value: str) -> FaultPlan:
    """The plan a ``x-sandbox-fault`` header asks for; raises :class:`FaultError` on an unknown kind."""
    kinds: list[str] = []
    slow = 0.0
    for part in value.split(","):
        kind, sep, arg = part.strip().partition("=")
        kind = kind.strip().lower()
        if not kind:
            continue
        if kind not in FAULT_KINDS:
            raise FaultError(f"unknown fault kind {kind!r} in {FAULT_HEADER}; known: {', '.join(FAULT_KINDS)}")
        if kind == "slow":
            try:
                slow = float(arg) if sep else 2.0
            except ValueError:
                raise FaultError(f"slow=SECONDS needs a number of seconds, not {arg!r}") from None
            if not math.isfinite(slow) or slow < 0:
                raise FaultError(f"slow=SECONDS needs a non-negative number, not {arg!r}")
            slow = min(slow, MAX_SLOW_SECONDS)
        elif sep:
            raise FaultError(f"fault kind {kind!r} takes no value")
        kinds.append(kind)
    return FaultPlan.of(kinds, slow_seconds=slow)
