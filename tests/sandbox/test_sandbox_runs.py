"""The scan loop end to end on the sandbox (127.0.0.1): start a run, wait for it — sync and async.

The runs are the spec's: every `x-scankit-waiter` and each operation its `started_by` names is a case
(tests/sandbox/run_cases.py), and the states a run may pass through are the waiter's own lists or
acceptors, so a new spec with a waiter is tested by existing. Each test starts its own sandbox whose
runs move on by reads only (``Runs(seconds=None)``) and clients that sleep on a fake clock, so nothing
really waits and nothing depends on the machine's speed; one test drives the sandbox's own clock to
show runs also finish in time without reads.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from helpers import FakeClock
from run_cases import CASES, RUN_VENDORS, RunCase

import scankit
from scankit.sandbox import RUN_HEADER, Runs, Sandbox

READS_ONLY = Runs(seconds=None)
MODES = pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
RUNS = pytest.mark.parametrize("case", CASES, ids=str)


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(RUN_VENDORS, rate_limits=False, runs=READS_ONLY) as box:
        yield box


def client(box: Sandbox, vendor: str, asynchronous: bool, clock: FakeClock) -> Any:
    made = box.async_client(vendor) if asynchronous else box.client(vendor)
    made._runtime = clock.runtime()
    return made


async def call(result: Any) -> Any:
    return await result if hasattr(result, "__await__") else result


async def close(made: Any) -> None:
    await call(made.aclose() if hasattr(made, "aclose") else made.close())


def test_the_runs_are_the_specs_waiters() -> None:
    """At least one spec declares a run, and every case starts one its waiter polls."""
    assert CASES
    for case in CASES:
        states = case.states
        assert states.success and states.pending, f"{case}: a waiter whose runs can neither go on nor succeed"
        assert case.started_by.operation_id == case.starter.operation_id


@RUNS
@MODES
async def test_a_started_run_is_waited_for_to_its_success(sandbox: Sandbox, case: RunCase, asynchronous: bool) -> None:
    clock = FakeClock()
    made = client(sandbox, case.vendor, asynchronous, clock)
    states = case.states
    seen: list[tuple[str | None, int | None]] = []
    final = await call(
        case.and_wait(made)(
            **case.arguments(sandbox), on_update=lambda s: seen.append((states.norm(s.state), s.progress))
        )
    )
    await close(made)
    assert states.of_resource(final) in states.success
    # the run was seen going on (this run, not a previous run's end), then ending well
    assert len(seen) >= 2 and seen[-1][0] in states.success
    assert all(state in states.pending for state, _ in seen[:-1]), seen
    if case.waiter.progress:
        progress = [p for _, p in seen]
        assert progress == sorted(progress) and progress[-1] == 100, progress
    # the first wait is the spec's (its initial delay or interval, or what the start's answer advised);
    # then each poll of a running resource advises the sandbox's interval, which the waiter follows
    advised = case.advised(sandbox)
    assert clock.sleeps, "the waiter never slept between polls"
    assert clock.sleeps[0] in {case.waiter.initial_delay, case.waiter.poll_interval, advised}
    assert all(s == (advised or case.waiter.poll_interval) for s in clock.sleeps[1:]), clock.sleeps


@pytest.fixture(scope="module", params=["failure", "never", "unlisted"])
def ending(request: pytest.FixtureRequest) -> Iterator[tuple[str, Sandbox]]:
    """A sandbox whose runs all end one way (the `Runs(outcome=...)` knob)."""
    with Sandbox(RUN_VENDORS, rate_limits=False, runs=Runs(seconds=None, outcome=request.param)) as box:
        yield request.param, box


@RUNS
@MODES
async def test_the_outcome_knob(ending: tuple[str, Sandbox], case: RunCase, asynchronous: bool) -> None:
    outcome, box = ending
    states = case.states
    clock = FakeClock()
    made = client(box, case.vendor, asynchronous, clock)
    start = case.and_wait(made)
    try:
        if outcome == "failure":
            final = await call(start(**case.arguments(box)))
            assert states.of_resource(final) in states.failure  # returned, not raised: the failed resource
            return
        with pytest.raises(scankit.WaitTimeoutError) as caught:
            await call(start(**case.arguments(box), timeout=120))
    finally:
        await close(made)
    state = states.of_resource(caught.value.resource)
    assert sum(clock.sleeps) == 120
    if outcome == "never":  # still going, short of done
        assert state in states.pending
        if case.waiter.progress:
            assert caught.value.progress == 99
    else:  # a state no list has, which keeps a waiter going
        assert state not in states.success | states.failure | states.pending


@RUNS
def test_runs_finish_in_time_without_reads(case: RunCase) -> None:
    now = [1_750_000_000.0]
    runs = Runs(seconds=3.0, polls=100)
    with (
        Sandbox([case.vendor], rate_limits=False, clock=lambda: now[0], runs=runs) as box,
        box.client(case.vendor) as made,
    ):
        arguments = case.arguments(box)
        run_id = case.run_id(arguments, case.start(made)(**arguments))
        states = case.states
        now[0] += 1.5
        assert states.of_resource(case.get(made)(run_id)) in states.pending
        now[0] += 1.5
        assert states.of_resource(case.get(made)(run_id)) in states.success


def test_bad_knobs_are_refused() -> None:
    with pytest.raises(ValueError, match="outcome"):
        Runs(outcome="maybe")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="polls"):
        Runs(polls=0)


@RUNS
def test_one_run_can_be_told_how_to_end(sandbox: Sandbox, case: RunCase) -> None:
    clock = FakeClock()
    made = client(sandbox, case.vendor, False, clock)
    arguments = case.arguments(sandbox)
    never = case.run_id(arguments, case.start(made)(**arguments, extra_headers={RUN_HEADER: "never"}))
    with pytest.raises(scankit.WaitTimeoutError):
        case.wait(made)(never, timeout=100)
    arguments = case.arguments(sandbox)  # another idle record: the first is still running
    ordinary = case.run_id(arguments, case.start(made)(**arguments))
    states = case.states
    assert states.of_resource(case.wait(made)(ordinary)) in states.success  # the sandbox's own outcome for the rest
    with pytest.raises(scankit.APIStatusError) as refused:
        case.start(made)(**case.arguments(sandbox), extra_headers={RUN_HEADER: "maybe"})
    assert 400 <= refused.value.status_code < 500 and RUN_HEADER in str(refused.value)
    made.close()
