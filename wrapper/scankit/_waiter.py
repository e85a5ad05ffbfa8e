"""Waiting for a run to end: poll a resource's get operation until its state is terminal.

The spec's x-scankit-waiter (`WaiterInfo`) says where the state is and which values end a run. The
decisions are pure: `read_state` classifies what the vendor sent, `decide` says stop, sleep this
long, or time is up. The drivers `wait_sync` and `wait_async` only fetch (a function the resource
gives them: the client's normal request path, so the rate limiter, retries and errors apply), sleep
and report (`Watch`); their clock and sleep are the client's, so tests never really wait.

A failed run is an answer, not an exception: the resource comes back in whatever terminal state it
reached. A state value the spec does not list keeps the wait going (it is logged once), so a
vendor's new state can never end a wait early; only the timeout does, with `WaitTimeoutError`.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Generic, Literal, TypeVar

import attrs

from ._errors import WaitTimeoutError
from ._pagination import dig
from ._vendor import OperationInfo, WaiterInfo

T = TypeVar("T")
log = logging.getLogger("scankit")

DEFAULT_WAIT_TIMEOUT = 600.0
"""Seconds `wait()` and `*_and_wait()` give a run before raising WaitTimeoutError."""

Outcome = Literal["success", "failure", "pending", "unknown"]


@attrs.frozen
class WaitStatus(Generic[T]):
    """What a wait has seen so far; `on_update` gets one after every poll (and for a run just started)."""

    resource: T
    state: str | None  # the state as the vendor sent it (`RUNNING`, `Done`), None when absent
    outcome: Outcome  # which of the spec's lists the state is in ("unknown": none of them)
    progress: int | None  # 0-100 when the resource says how far it has got
    elapsed: float  # seconds since the wait began
    polls: int  # get requests made so far

    @property
    def done(self) -> bool:
        """The run has ended, well or badly."""
        return self.outcome in ("success", "failure")


@attrs.frozen
class Decision:
    """What to do after looking at the resource: stop, or sleep `delay` seconds and poll again."""

    done: bool = False
    timed_out: bool = False
    delay: float = 0.0


def normalize(value: str, case_insensitive: bool) -> str:
    """The form states are compared in: with case_insensitive, `Stop Requested` == `stop_requested`."""
    return re.sub(r"[\s_-]+", "_", value.strip()).casefold() if case_insensitive else value


def read_state(info: WaiterInfo, resource: Any) -> tuple[str | None, Outcome, int | None]:
    """Pure: the resource's state, which list it is in, and its progress percentage if any."""
    raw = dig(resource, info.state)
    value = getattr(raw, "value", raw)  # the generated enums keep unknown values too
    state = None if value is None else str(value)
    outcome: Outcome = "unknown"
    lists: tuple[tuple[Outcome, frozenset[str]], ...] = (
        ("success", info.success),
        ("failure", info.failure),
        ("pending", info.pending),
    )
    if state is not None:
        key = normalize(state, info.case_insensitive)
        outcome = next(
            (name for name, values in lists if key in {normalize(v, info.case_insensitive) for v in values}), "unknown"
        )
    progress = dig(resource, info.progress) if info.progress else None
    if isinstance(progress, bool) or not isinstance(progress, int | float):
        progress = None
    return state, outcome, None if progress is None else int(progress)


def decide(outcome: Outcome, elapsed: float, *, timeout: float | None, interval: float) -> Decision:
    """Pure: stop on a terminal state; else poll again after `interval`, never past the deadline."""
    if outcome in ("success", "failure"):
        return Decision(done=True)
    if timeout is None:
        return Decision(delay=interval)
    remaining = timeout - elapsed
    if remaining <= 0:
        return Decision(timed_out=True)
    return Decision(delay=min(interval, remaining))  # one last look at the deadline itself


def interval(info: WaiterInfo, poll_interval: float | None, *, first: bool) -> float:
    """The wait before the next poll: the caller's, else the spec's (its initial delay the first time)."""
    if poll_interval is not None:
        return poll_interval
    if first and info.initial_delay is not None:
        return info.initial_delay
    return info.poll_interval


def check_arguments(timeout: float | None, poll_interval: float | None) -> None:
    if timeout is not None and (math.isnan(timeout) or timeout < 0):
        raise ValueError(f"timeout must be >= 0 seconds or None (no limit), not {timeout}")
    if poll_interval is not None and not poll_interval > 0:
        raise ValueError(f"poll_interval must be > 0 seconds, not {poll_interval}")


Trace = Callable[[str | None, Outcome, int | None, float], None]
"""Told of every poll (state, outcome, progress, elapsed): the wait's tracing span, when there is one."""


class Watch(Generic[T]):
    """What both drivers keep between polls: the start time, the polls made, the states logged."""

    def __init__(
        self,
        vendor: str,
        op: OperationInfo,
        kwargs: Mapping[str, Any],
        clock: Callable[[], float],
        *,
        timeout: float | None,
        poll_interval: float | None,
        on_update: Callable[[WaitStatus[T]], object] | None,
        trace: Trace | None = None,
    ) -> None:
        if op.waiter is None:
            raise TypeError(f"{op.name} declares no x-scankit-waiter")
        check_arguments(timeout, poll_interval)
        self.info: WaiterInfo = op.waiter
        self.op = op
        self.name = f"{op.name.rsplit('.', 1)[0]}.wait"
        self.vendor = vendor
        self.ids = ", ".join(f"{k}={v!r}" for k, v in kwargs.items())
        self.timeout = timeout
        self.poll_interval = poll_interval
        self.on_update = on_update
        self.trace = trace
        self.clock = clock
        self.started = self.clock()
        self.polls = 0
        self.sleeps = 0
        self.unknown: set[str | None] = set()

    def look(self, resource: T) -> Decision:
        """Classify the resource, report it, and decide; raises WaitTimeoutError when time is up."""
        elapsed = self.clock() - self.started
        state, outcome, progress = read_state(self.info, resource)
        status = WaitStatus(resource, state, outcome, progress, elapsed, self.polls)
        if outcome == "unknown" and state not in self.unknown:
            self.unknown.add(state)
            log.warning(
                "%s %s (%s): state %r is not one the spec lists; waiting on until it changes or time runs out",
                self.vendor,
                self.name,
                self.ids,
                state,
            )
        if self.trace is not None:
            self.trace(state, outcome, progress, elapsed)
        if self.on_update is not None:
            self.on_update(status)
        gap = interval(self.info, self.poll_interval, first=self.sleeps == 0)
        decision = decide(outcome, elapsed, timeout=self.timeout, interval=gap)
        if decision.timed_out:
            assert self.timeout is not None
            raise WaitTimeoutError(
                vendor=self.vendor,
                operation=self.name,
                resource=resource,
                state=state,
                progress=progress,
                elapsed=elapsed,
                timeout=self.timeout,
                target=self.ids,
            )
        if not decision.done:
            self.sleeps += 1
            if log.isEnabledFor(logging.DEBUG):
                shown = f"{state} ({progress}%)" if progress is not None else str(state)
                log.debug(
                    "%s %s (%s): %s after %.1fs; next poll in %.1fs",
                    self.vendor,
                    self.name,
                    self.ids,
                    shown,
                    elapsed,
                    decision.delay,
                    extra={
                        "scankit_wait": decision.delay,
                        "scankit_wait_cause": "polling",
                        "scankit_operation": self.name,
                    },
                )
        return decision


def wait_sync(fetch: Callable[[], T], sleep: Callable[[float], None], watch: Watch[T], first: T | None = None) -> T:
    """Poll with `fetch` until the resource's state is terminal; `first`: the answer that started the run."""

    def poll() -> T:
        watch.polls += 1
        return fetch()

    current = first if first is not None else poll()
    while True:
        decision = watch.look(current)
        if decision.done:
            return current
        sleep(decision.delay)
        current = poll()


async def wait_async(
    fetch: Callable[[], Awaitable[T]],
    sleep: Callable[[float], Awaitable[None]],
    watch: Watch[T],
    first: T | None = None,
) -> T:
    """`wait_sync` for asyncio: the same decisions, awaiting the fetch and the sleep."""

    async def poll() -> T:
        watch.polls += 1
        return await fetch()

    current = first if first is not None else await poll()
    while True:
        decision = watch.look(current)
        if decision.done:
            return current
        await sleep(decision.delay)
        current = await poll()
