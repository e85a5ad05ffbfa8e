"""Waiting for a run to end: poll a resource's get operation until an acceptor says it has.

The spec's x-scankit-waiter (`WaiterInfo`) gives acceptors, as botocore's waiters do: rules tried in
order, each matching the poll's answer — a value in the resource (`path`, `pathAll`, `pathAny`), the
HTTP status (`status`: a 404 while the result is being made), or an error code (`error`) — and
leading to `success`, `failure` or `retry`. The original state lists are shorthand for path
acceptors on the state. The decisions are pure: `judge` finds the acceptor, `decide` says stop,
sleep this long, or time is up, `delay` how long. The drivers `wait_sync` and `wait_async` only
fetch (a function the resource gives them: the client's normal request path, so the rate limiter,
retries and errors apply), sleep and report (`Watch`); their clock and sleep are the client's, so
tests never really wait.

A failed run is an answer, not an exception: the resource comes back in whatever terminal state it
reached (after a status or error acceptor, the last resource seen; None when there was none). An
answer no acceptor matches keeps the wait going when it is a 2xx (logged once per state), so a
vendor's new state can never end a wait early; an error status no acceptor matches raises its
typed error, as any call does. Only the timeout or `max_attempts` ends it otherwise, with
`WaitTimeoutError`.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Generic, Literal, TypeVar

import attrs

from ._call import Sent
from ._errors import APIStatusError, WaitTimeoutError
from ._pagination import dig
from ._retry import parse_retry_after
from ._vendor import Acceptor, OperationInfo, WaiterInfo

T = TypeVar("T")
log = logging.getLogger("scankit")

DEFAULT_WAIT_TIMEOUT = 600.0
"""Seconds `wait()` and `*_and_wait()` give a run before raising WaitTimeoutError."""
MIN_ADVISED_DELAY = 0.1
"""The shortest wait a server's advice (Retry-After on a poll answer) may set."""

Outcome = Literal["success", "failure", "pending", "unknown"]
_OUTCOMES: dict[str, Outcome] = {"success": "success", "failure": "failure", "retry": "pending"}


@attrs.frozen
class WaitStatus(Generic[T]):
    """What a wait has seen so far; `on_update` gets one after every poll (and for a run just started)."""

    resource: T  # the last resource seen (None only for a waiter whose status or error acceptors end it)
    state: str | None  # the state as the vendor sent it (`RUNNING`, `Done`), None when absent
    outcome: Outcome  # where the answer leads: success, failure, pending ("unknown": no acceptor matched)
    progress: int | None  # 0-100 when the resource says how far it has got
    elapsed: float  # seconds since the wait began
    polls: int  # get requests made so far
    status: int | None = None  # the HTTP status of the last poll (None for the answer that started the run)

    @property
    def done(self) -> bool:
        """The run has ended, well or badly."""
        return self.outcome in ("success", "failure")


@attrs.frozen
class Answer(Generic[T]):
    """One poll's answer: the resource (None for an error status), its HTTP status and headers, the error."""

    resource: T | None
    status: int | None = None
    headers: Mapping[str, str] = attrs.field(factory=dict)
    error: APIStatusError | None = None


@attrs.frozen
class Decision:
    """What to do after looking at the answer: stop, or sleep `delay` seconds and poll again."""

    done: bool = False
    timed_out: bool = False
    delay: float = 0.0


def normalize(value: str, case_insensitive: bool) -> str:
    """The form states are compared in: with case_insensitive, `Stop Requested` == `stop_requested`."""
    return re.sub(r"[\s_-]+", "_", value.strip()).casefold() if case_insensitive else value


def _plain(value: Any) -> Any:
    return getattr(value, "value", value)  # the generated enums keep unknown values too


def _equal(value: Any, expected: Any, case_insensitive: bool) -> bool:
    """JSON equality: `true` is not `1`; strings compared as `normalize` says."""
    value = _plain(value)
    if isinstance(expected, bool) or isinstance(value, bool):
        return isinstance(value, bool) and value is expected
    if isinstance(expected, str):
        return isinstance(value, str) and normalize(value, case_insensitive) == normalize(expected, case_insensitive)
    return bool(value == expected)


def error_code(info: WaiterInfo, error: APIStatusError) -> Any:
    """The code in an error body (x-scankit.errors.code: the first of its paths that is there)."""
    for path in info.error_code:
        node: Any = error.body
        for key in path.split("."):
            node = node.get(key) if isinstance(node, Mapping) else None
        if node is not None:
            return node
    return None


def matches(info: WaiterInfo, acceptor: Acceptor, answer: Answer[Any]) -> bool:
    """Pure: whether `acceptor` matches the poll's `answer`."""
    same = info.case_insensitive
    if acceptor.matcher == "status":
        return answer.status is not None and answer.status == acceptor.expected
    if acceptor.matcher == "error":
        if isinstance(acceptor.expected, bool):
            return (answer.error is not None) is acceptor.expected
        return answer.error is not None and _equal(error_code(info, answer.error), acceptor.expected, same)
    if answer.error is not None or answer.resource is None:
        return False  # path matchers read a resource: an error answer has none
    value = dig(answer.resource, acceptor.argument)
    if acceptor.matcher == "path":
        return _equal(value, acceptor.expected, same)
    if not isinstance(value, list) or not value:
        return False
    found = (_equal(v, acceptor.expected, same) for v in value)
    return all(found) if acceptor.matcher == "pathAll" else any(found)


def judge(info: WaiterInfo, answer: Answer[Any]) -> tuple[Outcome, Acceptor | None]:
    """Pure: where the first acceptor that matches leads, and which it is ("unknown", None: none does)."""
    for acceptor in info.rules:
        if matches(info, acceptor, answer):
            return _OUTCOMES[acceptor.state], acceptor
    return "unknown", None


def read_state(info: WaiterInfo, resource: Any) -> tuple[str | None, Outcome, int | None]:
    """Pure: the resource's state, where it leads, and its progress percentage if any."""
    value = _plain(dig(resource, info.state)) if info.state else None
    state = None if value is None else str(value)
    outcome, _ = judge(info, Answer(resource))
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


def delay(info: WaiterInfo, poll_interval: float | None, *, sleeps: int, advice: float | None = None) -> float:
    """Pure: the wait before the next poll.

    The caller's `poll_interval` wins; then the server's advice (Retry-After on the answer), held
    between 0.1 s and `max_poll_interval` (default ten poll intervals); then the spec's schedule:
    `initial_delay` first, `poll_interval` after, doubling each time up to `max_poll_interval`.
    """
    if poll_interval is not None:
        return poll_interval
    if advice is not None:
        ceiling = info.max_poll_interval if info.max_poll_interval is not None else 10 * info.poll_interval
        return min(max(advice, MIN_ADVISED_DELAY), ceiling)
    if sleeps == 0 and info.initial_delay is not None:
        return info.initial_delay
    if info.max_poll_interval is None or sleeps == 0:
        return info.poll_interval
    ceiling = max(info.max_poll_interval, info.poll_interval)
    return min(info.poll_interval * 2.0 ** min(sleeps - 1, 64), ceiling)


def check_arguments(timeout: float | None, poll_interval: float | None) -> None:
    if timeout is not None and (math.isnan(timeout) or timeout < 0):
        raise ValueError(f"timeout must be >= 0 seconds or None (no limit), not {timeout}")
    if poll_interval is not None and not poll_interval > 0:
        raise ValueError(f"poll_interval must be > 0 seconds, not {poll_interval}")


Trace = Callable[[str | None, Outcome, int | None, float], None]
"""Told of every poll (state, outcome, progress, elapsed): the wait's tracing span, when there is one."""


class Watch(Generic[T]):
    """What both drivers keep between polls: the start time, the polls made, the last resource, the states logged."""

    def __init__(
        self,
        vendor: str,
        op: OperationInfo,
        kwargs: Mapping[str, Any],
        clock: Callable[[], float],
        *,
        timeout: float | None,
        poll_interval: float | None,
        on_update: Callable[[WaitStatus[Any]], object] | None,
        trace: Trace | None = None,
        wall: Callable[[], float] | None = None,
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
        self.wall = wall or clock  # what an HTTP-date in Retry-After is measured against
        self.started = self.clock()
        self.polls = 0
        self.sleeps = 0
        self.last: T | None = None  # the last resource seen: what the wait returns, or its timeout carries
        self.unknown: set[str | None] = set()

    def answer(self, sent: Sent[T]) -> Answer[T]:
        response = sent.http_response
        return Answer(sent.parsed, response.status_code, response.headers)

    def refused(self, error: APIStatusError) -> Answer[T] | None:
        """The answer an error status is, when an acceptor matches it; None: the error stands."""
        answer: Answer[T] = Answer(None, error.status_code, error.response.headers, error)
        return answer if judge(self.info, answer)[1] is not None else None

    def _advice(self, answer: Answer[T]) -> float | None:
        header = self.info.advice_header
        value = answer.headers.get(header) if header is not None else None
        return parse_retry_after(value, self.wall()) if value is not None else None

    def look(self, answer: Answer[T]) -> Decision:
        """Judge the answer, report it, and decide; raises WaitTimeoutError when time (or attempts) is up."""
        elapsed = self.clock() - self.started
        if answer.resource is not None:
            self.last = answer.resource
        state, _, progress = read_state(self.info, self.last) if self.last is not None else (None, "unknown", None)
        outcome, _ = judge(self.info, answer)
        status: WaitStatus[T | None] = WaitStatus(
            self.last, state, outcome, progress, elapsed, self.polls, answer.status
        )
        if outcome == "unknown" and state not in self.unknown:
            self.unknown.add(state)
            log.warning(
                "%s %s (%s): state %r is not one the spec lists; waiting on until it changes or time runs out"
                if not self.info.acceptors
                else "%s %s (%s): no acceptor of the spec matches the answer (state %r); waiting on",
                self.vendor,
                self.name,
                self.ids,
                state,
            )
        if self.trace is not None:
            self.trace(state, outcome, progress, elapsed)
        if self.on_update is not None:
            self.on_update(status)
        gap = delay(self.info, self.poll_interval, sleeps=self.sleeps, advice=self._advice(answer))
        decision = decide(outcome, elapsed, timeout=self.timeout, interval=gap)
        attempts = self.info.max_attempts
        if not decision.done and attempts is not None and self.polls >= attempts:
            raise self._timeout(state, progress, elapsed, attempts)
        if decision.timed_out:
            raise self._timeout(state, progress, elapsed, None)
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

    def _timeout(
        self, state: str | None, progress: int | None, elapsed: float, attempts: int | None
    ) -> WaitTimeoutError:
        return WaitTimeoutError(
            vendor=self.vendor,
            operation=self.name,
            resource=self.last,
            state=state,
            progress=progress,
            elapsed=elapsed,
            timeout=self.timeout if self.timeout is not None else math.inf,
            target=self.ids,
            max_attempts=attempts,
        )


def wait_sync(
    fetch: Callable[[], Sent[T]], sleep: Callable[[float], None], watch: Watch[T], first: T | None = None
) -> T | None:
    """Poll with `fetch` until an acceptor ends the wait; `first`: the answer that started the run."""

    def poll() -> Answer[T]:
        watch.polls += 1
        try:
            return watch.answer(fetch())
        except APIStatusError as exc:
            accepted = watch.refused(exc)
            if accepted is None:
                raise
            return accepted

    current = Answer(first) if first is not None else poll()
    while True:
        decision = watch.look(current)
        if decision.done:
            return watch.last
        sleep(decision.delay)
        current = poll()


async def wait_async(
    fetch: Callable[[], Awaitable[Sent[T]]],
    sleep: Callable[[float], Awaitable[None]],
    watch: Watch[T],
    first: T | None = None,
) -> T | None:
    """`wait_sync` for asyncio: the same decisions, awaiting the fetch and the sleep."""

    async def poll() -> Answer[T]:
        watch.polls += 1
        try:
            return watch.answer(await fetch())
        except APIStatusError as exc:
            accepted = watch.refused(exc)
            if accepted is None:
                raise
            return accepted

    current = Answer(first) if first is not None else await poll()
    while True:
        decision = watch.look(current)
        if decision.done:
            return watch.last
        await sleep(decision.delay)
        current = await poll()
