"""Waiting for a run to end: poll a resource's get operation until its state is terminal.

The spec's x-scankit-waiter (`WaiterInfo`) says where the state is and which values end a run. The
decisions are pure: `read_state` classifies what the vendor sent, `decide` says stop, sleep this
long, or time is up. The drivers `wait_sync` and `wait_async` only fetch (through the client's
normal request path, so the rate limiter, retries and errors apply), sleep and report; their clock
and sleep come from the client's `_Runtime`, so tests never really wait.

A failed run is an answer, not an exception: the resource comes back in whatever terminal state it
reached. A state value the spec does not list keeps the wait going (it is logged once), so a
vendor's new state can never end a wait early; only the timeout does, with `WaitTimeoutError`.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

import attrs

from ._errors import WaitTimeoutError
from ._pagination import dig
from ._vendor import OperationInfo, WaiterInfo

if TYPE_CHECKING:
    from ._base import AsyncResource, SyncResource

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


class _Watch(Generic[T]):
    """What both drivers keep between polls: the start time, the polls made, the states logged."""

    def __init__(
        self,
        client: Any,
        op: OperationInfo,
        kwargs: Mapping[str, Any],
        *,
        timeout: float | None,
        poll_interval: float | None,
        on_update: Callable[[WaitStatus[T]], object] | None,
    ) -> None:
        if op.waiter is None:
            raise TypeError(f"{op.name} declares no x-scankit-waiter")
        check_arguments(timeout, poll_interval)
        self.info: WaiterInfo = op.waiter
        self.op = op
        self.name = f"{op.name.rsplit('.', 1)[0]}.wait"
        self.vendor: str = client.vendor.name
        self.ids = ", ".join(f"{k}={v!r}" for k, v in kwargs.items())
        self.timeout = timeout
        self.poll_interval = poll_interval
        self.on_update = on_update
        self.clock: Callable[[], float] = client._runtime.monotonic
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


def wait_sync(
    resource: SyncResource,
    op: OperationInfo,
    fn: Callable[..., Any],
    kwargs: Mapping[str, Any],
    cls: type[T],
    *,
    unwrap: tuple[str, ...] = (),
    timeout: float | None = DEFAULT_WAIT_TIMEOUT,
    poll_interval: float | None = None,
    on_update: Callable[[WaitStatus[T]], object] | None = None,
    first: T | None = None,
) -> T:
    """Poll `op` with `kwargs` until the resource's state is terminal; `first`: the answer that started it."""
    watch: _Watch[T] = _Watch(
        resource._client, op, kwargs, timeout=timeout, poll_interval=poll_interval, on_update=on_update
    )

    def fetch() -> T:
        watch.polls += 1
        return resource._expect(resource._request(op, fn, kwargs, unwrap), cls, op)

    current = first if first is not None else fetch()
    while True:
        decision = watch.look(current)
        if decision.done:
            return current
        resource._client._runtime.sleep(decision.delay)
        current = fetch()


async def wait_async(
    resource: AsyncResource,
    op: OperationInfo,
    fn: Callable[..., Any],
    kwargs: Mapping[str, Any],
    cls: type[T],
    *,
    unwrap: tuple[str, ...] = (),
    timeout: float | None = DEFAULT_WAIT_TIMEOUT,
    poll_interval: float | None = None,
    on_update: Callable[[WaitStatus[T]], object] | None = None,
    first: T | None = None,
) -> T:
    """`wait_sync` for asyncio: the same decisions, awaiting the fetch and the sleep."""
    watch: _Watch[T] = _Watch(
        resource._client, op, kwargs, timeout=timeout, poll_interval=poll_interval, on_update=on_update
    )

    async def fetch() -> T:
        watch.polls += 1
        return resource._expect(await resource._request(op, fn, kwargs, unwrap), cls, op)

    current = first if first is not None else await fetch()
    while True:
        decision = watch.look(current)
        if decision.done:
            return current
        await resource._client._runtime.async_sleep(decision.delay)
        current = await fetch()
