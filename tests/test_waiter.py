"""Waiting for a scan: `wait`, `create_and_wait`, `start_and_wait`, `rescan_and_wait` — sync and async.

Every test runs on httpx.MockTransport with the fake clock: the waits are recorded, never slept.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import httpx
import pytest
from helpers import FakeClock, make

import scankit
from scankit._vendor import Acceptor, WaiterInfo
from scankit._waiter import Answer, Decision, decide, delay, judge, normalize, read_state
from scankit_hostedscan.models import Scan, ScanCreate, ScanType

CG_ID = "3f0b8a52-6a3e-4c44-9a51-2f0c2b7d9e10"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def hs_scan(state: str, progress: int = 0, scan_id: str = "s1") -> dict[str, Any]:
    return {"data": {"id": scan_id, "type": "NMAP", "state": state, "progress": progress}}


def ad_scan(status: str, scan_id: int = 48_100) -> dict[str, Any]:
    return {"data": {"id": scan_id, "createdAt": "2024-05-14T09:21:07Z", "processingStatus": status}}


def cg_scan(status: str) -> dict[str, Any]:
    return {"data": {"id": CG_ID, "type": "scan", "attributes": {"id": CG_ID, "status": status}}}


class Script:
    """Answers GETs with the next body of `gets` (the last one repeats); POSTs with `post`."""

    def __init__(self, gets: list[dict[str, Any]], post: dict[str, Any] | None = None) -> None:
        self._gets: Iterator[dict[str, Any]] = iter(gets)
        self._last = gets[-1]
        self.post = post
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.method == "POST":
            assert self.post is not None
            return httpx.Response(200, json=self.post)
        body = next(self._gets, self._last)
        return httpx.Response(200, json=body)

    @property
    def gets(self) -> int:
        return sum(1 for r in self.requests if r.method == "GET")


async def call(result: Any) -> Any:
    """Sync results pass through; async ones are awaited, so one test body covers both clients."""
    if hasattr(result, "__await__"):
        return await result
    return result


def both(sync: Any, async_: Any) -> Any:
    return pytest.mark.parametrize("cls", [sync, async_], ids=["sync", "async"])


# -- the pure core ------------------------------------------------------------------------------

GVM = WaiterInfo(
    state=("status",),
    success=frozenset({"done"}),
    failure=frozenset({"stopped"}),
    pending=frozenset({"running", "stop_requested"}),
    poll_interval=30.0,
    case_insensitive=True,
)


class Res:
    def __init__(self, status: Any, progress: Any = None) -> None:
        self.status = status
        self.progress = progress


def test_states_are_read_leniently() -> None:
    # CloneGuard v1 spells GVM statuses capitalised, with spaces: they still match the spec's names.
    assert read_state(GVM, Res("Done"))[:2] == ("Done", "success")
    assert read_state(GVM, Res("Stop Requested"))[:2] == ("Stop Requested", "pending")
    assert read_state(GVM, Res("Interrupted"))[1] == "unknown"
    assert read_state(GVM, Res(None))[:2] == (None, "unknown")
    exact = WaiterInfo(
        state=("status",), success=frozenset({"DONE"}), failure=frozenset(), pending=frozenset(), poll_interval=1
    )
    assert read_state(exact, Res("done"))[1] == "unknown"  # without case_insensitive, case matters
    assert normalize(" Stop-Requested ", True) == "stop_requested"


def test_decisions() -> None:
    assert decide("success", 9999, timeout=10, interval=5) == Decision(done=True)
    assert decide("failure", 0, timeout=10, interval=5) == Decision(done=True)
    assert decide("pending", 0, timeout=10, interval=5) == Decision(delay=5)
    assert decide("unknown", 8, timeout=10, interval=5) == Decision(delay=2)  # one last look at the deadline
    assert decide("pending", 10, timeout=10, interval=5) == Decision(timed_out=True)
    assert decide("pending", 1e9, timeout=None, interval=5) == Decision(delay=5)


# -- HostedScan: create_and_wait, wait ------------------------------------------------------------


@both(scankit.HostedScan, scankit.AsyncHostedScan)
async def test_create_and_wait_polls_until_the_scan_succeeds(cls: Any, clock: FakeClock) -> None:
    server = Script([hs_scan("RUNNING", 40), hs_scan("RUNNING", 80), hs_scan("SUCCEEDED", 100)], hs_scan("QUEUED"))
    seen: list[tuple[str | None, int | None, int]] = []
    client = make(cls, server, clock)
    scan = await call(
        client.scans.create_and_wait(
            body=ScanCreate(type_=ScanType.NMAP, targets=["example.com"]),
            on_update=lambda s: seen.append((s.state, s.progress, s.polls)),
        )
    )
    assert isinstance(scan, Scan)
    assert scan.state == "SUCCEEDED"
    assert [r.method for r in server.requests] == ["POST", "GET", "GET", "GET"]
    assert all(r.url.path == "/v1/scans/s1" for r in server.requests[1:])
    # the create answer is the first look; then the spec's 10 s between polls
    assert seen == [("QUEUED", 0, 0), ("RUNNING", 40, 1), ("RUNNING", 80, 2), ("SUCCEEDED", 100, 3)]
    assert clock.sleeps == [10, 10, 10]


@both(scankit.HostedScan, scankit.AsyncHostedScan)
async def test_a_failed_scan_is_returned_not_raised(cls: Any, clock: FakeClock) -> None:
    server = Script([hs_scan("QUEUED"), hs_scan("OVER_LIMIT")])
    scan = await call(make(cls, server, clock).scans.wait("s1", poll_interval=2))
    assert scan.state == "OVER_LIMIT"
    assert clock.sleeps == [2]


@both(scankit.HostedScan, scankit.AsyncHostedScan)
async def test_a_finished_scan_costs_one_request(cls: Any, clock: FakeClock) -> None:
    server = Script([hs_scan("SUCCEEDED", 100)])
    scan = await call(make(cls, server, clock).scans.wait("s1"))
    assert scan.state == "SUCCEEDED"
    assert server.gets == 1
    assert clock.sleeps == []


@both(scankit.HostedScan, scankit.AsyncHostedScan)
async def test_time_running_out_raises_with_the_last_scan(cls: Any, clock: FakeClock) -> None:
    server = Script([hs_scan("RUNNING", 10), hs_scan("RUNNING", 20), hs_scan("RUNNING", 30), hs_scan("RUNNING", 35)])
    with pytest.raises(scankit.WaitTimeoutError) as caught:
        await call(make(cls, server, clock).scans.wait("s1", timeout=25, poll_interval=10))
    err = caught.value
    assert isinstance(err, scankit.ScankitError)
    assert err.resource.state == "RUNNING" and err.progress == 35 and err.state == "RUNNING"
    assert err.elapsed == 25 and err.timeout == 25
    assert clock.sleeps == [10, 10, 5]  # the last poll is at the deadline, not past it
    assert server.gets == 4
    assert "HostedScan scans.wait (id='s1'): still 'RUNNING', 35% after 25.0s (timeout 25s)" in str(err)
    assert "sk-test-secret" not in str(err)


@both(scankit.HostedScan, scankit.AsyncHostedScan)
async def test_an_unknown_state_keeps_waiting_and_is_logged_once(
    cls: Any, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    server = Script([hs_scan("PAUSED"), hs_scan("PAUSED"), hs_scan("PAUSED"), hs_scan("FAILED")])
    with caplog.at_level(logging.WARNING, logger="scankit"):
        scan = await call(make(cls, server, clock).scans.wait("s1", poll_interval=1))
    assert scan.state == "FAILED"
    assert server.gets == 4
    warnings = [r.getMessage() for r in caplog.records if "PAUSED" in r.getMessage()]
    assert len(warnings) == 1, warnings
    assert "not one the spec lists" in warnings[0]


@both(scankit.HostedScan, scankit.AsyncHostedScan)
async def test_an_unknown_state_forever_ends_at_the_timeout(cls: Any, clock: FakeClock) -> None:
    server = Script([hs_scan("PAUSED")])
    with pytest.raises(scankit.WaitTimeoutError) as caught:
        await call(make(cls, server, clock).scans.wait("s1", timeout=60))
    assert caught.value.state == "PAUSED"
    assert sum(clock.sleeps) == 60


@both(scankit.HostedScan, scankit.AsyncHostedScan)
async def test_polls_are_retried_like_any_request(cls: Any, clock: FakeClock) -> None:
    answers = iter(
        [
            httpx.Response(200, json=hs_scan("RUNNING")),
            httpx.Response(503, json={"message": "busy"}),
            httpx.Response(200, json=hs_scan("SUCCEEDED", 100)),
        ]
    )
    scan = await call(make(cls, lambda r: next(answers), clock).scans.wait("s1", poll_interval=10))
    assert scan.state == "SUCCEEDED"
    assert clock.sleeps[0] == 10 and len(clock.sleeps) == 2  # the poll interval, then the retry's backoff


@both(scankit.HostedScan, scankit.AsyncHostedScan)
async def test_bad_arguments_are_refused_before_any_request(cls: Any, clock: FakeClock) -> None:
    server = Script([hs_scan("RUNNING")])
    client = make(cls, server, clock)
    with pytest.raises(ValueError, match="poll_interval"):
        await call(client.scans.wait("s1", poll_interval=0))
    with pytest.raises(ValueError, match="timeout"):
        await call(client.scans.wait("s1", timeout=-1))
    assert server.requests == []


# -- Advalidation: rescan_and_wait waits for the new scan, on the SDK's schedule ------------------


@both(scankit.Advalidation, scankit.AsyncAdvalidation)
async def test_rescan_and_wait_follows_the_new_scan(cls: Any, clock: FakeClock) -> None:
    server = Script(
        [ad_scan("processing", 48_200), ad_scan("processing", 48_200), ad_scan("finished", 48_200)],
        ad_scan("queued", 48_200),
    )
    scan = await call(make(cls, server, clock).creatives.rescan_and_wait(2001))
    assert scan.id == 48_200 and scan.processing_status == "finished"
    assert server.requests[0].url.path == "/creatives/2001/rescan"
    assert json.loads(server.requests[0].content) == {}
    assert {r.url.path for r in server.requests[1:]} == {"/scans/48200"}
    assert clock.sleeps[:3] == [5, 20, 20]  # the official SDK's schedule: after 5 s, then every 20 s


@both(scankit.Advalidation, scankit.AsyncAdvalidation)
async def test_polls_are_paced_by_the_rate_limiter(cls: Any, clock: FakeClock) -> None:
    # Advalidation allows a burst of 15 and then 1 request a second: polling every 0.1 s must slow down.
    server = Script([ad_scan("processing")] * 30 + [ad_scan("cancelled")])
    scan = await call(make(cls, server, clock).scans.wait(48_100, poll_interval=0.1))
    assert scan.processing_status == "cancelled"
    assert server.gets == 31
    assert sum(clock.sleeps) >= 31 - 15 - 1  # about a second per request beyond the burst


# -- CloneGuard: start_and_wait, GVM statuses in any case ------------------------------------------


@both(scankit.CloneGuard, scankit.AsyncCloneGuard)
async def test_start_and_wait_reads_gvm_statuses_in_any_spelling(cls: Any, clock: FakeClock) -> None:
    server = Script([cg_scan("Requested"), cg_scan("Running"), cg_scan("Done")], {"message": "Scan started"})
    updates: list[str | None] = []
    client = make(cls, server, clock, access_token="tok-secret")
    scan = await call(client.scans.start_and_wait(CG_ID, on_update=lambda s: updates.append(s.state)))
    assert scan.attributes.status == "done"  # the spec's ScanStatus is case-insensitive: `Done` is DONE
    assert [f"{r.method} {r.url.path}" for r in server.requests] == [
        f"POST /v2/scans/{CG_ID}/start",
        *[f"GET /v2/scans/{CG_ID}"] * 3,
    ]
    assert updates == ["requested", "running", "done"]
    assert clock.sleeps == [30, 30]


def test_resources_that_do_not_run_have_no_waiter() -> None:
    from scankit.vendors import advalidation, cloneguard, hostedscan, packagex, passentry

    assert not hasattr(packagex.Scans, "wait") and not hasattr(passentry.Scans, "wait")
    assert not hasattr(hostedscan.Targets, "wait")
    assert hasattr(advalidation.Creatives, "wait") and hasattr(advalidation.AsyncScans, "wait")
    assert hasattr(cloneguard.AsyncScans, "start_and_wait") and not hasattr(cloneguard.Scans, "create_and_wait")
    waiting: Callable[..., Any] = hostedscan.AsyncScans.create_and_wait
    assert waiting.__doc__ and "WaitTimeoutError" in waiting.__doc__


# -- acceptors (botocore's waiters-2.json model), pure; the patterns vendor waits through them end to end --


def task_job(status: str, *tasks: str) -> Any:
    class Task:
        def __init__(self, state: str) -> None:
            self.status = state

    class Job:
        def __init__(self) -> None:
            self.status = status
            self.tasks = [Task(t) for t in tasks]

    return Job()


JOB = WaiterInfo(
    state=("status",),
    success=frozenset(),
    failure=frozenset(),
    pending=frozenset(),
    poll_interval=2.0,
    acceptors=(
        Acceptor("pathAny", "failed", "failure", ("tasks", "[]", "status")),
        Acceptor("pathAll", "done", "success", ("tasks", "[]", "status")),
        Acceptor("path", "cancelled", "failure", ("status",)),
        Acceptor("path", "running", "retry", ("status",)),
        Acceptor("status", 404, "retry"),
        Acceptor("error", "expired", "failure"),
    ),
    error_code=("error.code",),
)


def status_error(status: int, body: dict[str, Any]) -> scankit.APIStatusError:
    response = httpx.Response(status, json=body, request=httpx.Request("GET", "https://x.example/jobs/1"))
    return scankit.APIStatusError(vendor="V", operation="jobs.get", response=response, body=body)


def test_acceptors_are_tried_in_order() -> None:
    assert judge(JOB, Answer(task_job("running", "done", "failed")))[0] == "failure", "pathAny before pathAll"
    assert judge(JOB, Answer(task_job("running", "done", "done")))[0] == "success", "every task done"
    assert judge(JOB, Answer(task_job("running", "done", "running")))[0] == "pending"
    assert judge(JOB, Answer(task_job("cancelled", "done", "running")))[0] == "failure"
    assert judge(JOB, Answer(task_job("queued")))[0] == "unknown", "pathAll of no tasks is not all done"
    assert judge(JOB, Answer(task_job("paused", "queued")))[0] == "unknown"


def test_status_and_error_acceptors_read_the_answer_not_the_resource() -> None:
    not_yet = status_error(404, {"error": {"code": "not_ready"}})
    expired = status_error(410, {"error": {"code": "expired"}})
    other = status_error(410, {"error": {"code": "gone"}})
    assert judge(JOB, Answer(None, 404, error=not_yet))[0] == "pending"
    assert judge(JOB, Answer(None, 410, error=expired))[0] == "failure"
    assert judge(JOB, Answer(None, 410, error=other)) == ("unknown", None), "an error no acceptor matches stands"
    assert judge(JOB, Answer(task_job("running", "done", "done"), 200))[0] == "success"
    anything = attrs.evolve(JOB, acceptors=(Acceptor("error", True, "failure"), Acceptor("error", False, "success")))
    assert judge(anything, Answer(None, 500, error=other))[0] == "failure"
    assert judge(anything, Answer(task_job("running"), 200))[0] == "success"


def test_acceptor_values_compare_as_json_and_by_case_when_asked() -> None:
    flags = WaiterInfo(
        state=None,
        success=frozenset(),
        failure=frozenset(),
        pending=frozenset(),
        poll_interval=1.0,
        acceptors=(Acceptor("path", True, "success", ("status",)), Acceptor("path", 1, "failure", ("status",))),
    )
    assert judge(flags, Answer(Res(True)))[0] == "success"
    assert judge(flags, Answer(Res(1)))[0] == "failure", "1 is not true"
    assert judge(flags, Answer(Res("true")))[0] == "unknown"
    loose = attrs.evolve(JOB, case_insensitive=True)
    assert judge(loose, Answer(task_job("Running", "Done", "Running")))[0] == "pending"
    assert judge(JOB, Answer(task_job("Running", "Done", "Running")))[0] == "unknown"


def test_state_lists_are_path_acceptors() -> None:
    assert GVM.rules[0] == Acceptor("path", "done", "success", ("status",))
    assert [a.state for a in GVM.rules] == ["success", "failure", "retry", "retry"]
    assert not GVM.may_end_without_resource and JOB.may_end_without_resource


def test_the_delays() -> None:
    spec = attrs.evolve(JOB, initial_delay=1.0, max_poll_interval=16.0)
    assert [delay(spec, None, sleeps=n) for n in range(7)] == [1.0, 2.0, 4.0, 8.0, 16.0, 16.0, 16.0]
    assert [delay(JOB, None, sleeps=n) for n in range(3)] == [2.0, 2.0, 2.0], "no max_poll_interval: it stays"
    assert delay(spec, None, sleeps=3, advice=0.5) == 0.5, "the server's advice"
    assert delay(spec, None, sleeps=3, advice=0.0) == 0.1, "never a busy loop"
    assert delay(spec, None, sleeps=3, advice=3600.0) == 16.0, "at most max_poll_interval"
    assert delay(JOB, None, sleeps=3, advice=3600.0) == 20.0, "or ten poll intervals"
    assert delay(spec, 5.0, sleeps=0, advice=0.5) == 5.0, "the caller's poll_interval wins"


@both(scankit.HostedScan, scankit.AsyncHostedScan)
async def test_retry_after_on_a_poll_advises_the_next_wait(cls: Any, clock: FakeClock) -> None:
    answers = iter(
        [
            httpx.Response(200, json=hs_scan("RUNNING"), headers={"Retry-After": "3"}),
            httpx.Response(200, json=hs_scan("RUNNING"), headers={"Retry-After": "garbage"}),
            httpx.Response(200, json=hs_scan("SUCCEEDED", 100)),
        ]
    )
    scan = await call(make(cls, lambda r: next(answers), clock).scans.wait("s1"))
    assert scan.state == "SUCCEEDED"
    assert clock.sleeps == [3, 10], "the advice, then the spec's interval (garbage advises nothing)"


@both(scankit.HostedScan, scankit.AsyncHostedScan)
async def test_a_404_without_an_acceptor_raises_as_before(cls: Any, clock: FakeClock) -> None:
    gone = httpx.Response(404, json={"message": "no such scan"})
    with pytest.raises(scankit.NotFoundError, match="no such scan"):
        await call(make(cls, lambda r: gone, clock).scans.wait("s1"))
