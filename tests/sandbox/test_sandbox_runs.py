"""The scan loop end to end on the sandbox (127.0.0.1): start, wait, fetch the results — sync and async.

Each test starts its own sandbox whose runs move on by reads only (``Runs(seconds=None)``) and
clients that sleep on a fake clock, so nothing really waits and nothing depends on the machine's
speed; one test drives the sandbox's own clock to show runs also finish in time without reads.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from helpers import FakeClock

import scankit
from scankit.sandbox import Runs, Sandbox

READS_ONLY = Runs(seconds=None)


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(["hostedscan", "advalidation", "cloneguard"], rate_limits=False, runs=READS_ONLY) as box:
        yield box


def client(box: Sandbox, vendor: str, asynchronous: bool, clock: FakeClock) -> Any:
    made = box.async_client(vendor) if asynchronous else box.client(vendor)
    made._runtime = clock.runtime()
    return made


async def call(result: Any) -> Any:
    return await result if hasattr(result, "__await__") else result


async def close(made: Any) -> None:
    await call(made.aclose() if hasattr(made, "aclose") else made.close())


MODES = pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])


@MODES
async def test_hostedscan_create_wait_download(sandbox: Sandbox, asynchronous: bool) -> None:
    from scankit_hostedscan.models import ScanCreate, ScanType

    clock = FakeClock()
    hs = client(sandbox, "hostedscan", asynchronous, clock)
    progress: list[tuple[str | None, int | None]] = []
    scan = await call(
        hs.scans.create_and_wait(
            body=ScanCreate(type_=ScanType.OPENVAS, targets=["demo.example.com"]),
            on_update=lambda s: progress.append((s.state, s.progress)),
        )
    )
    assert scan.state == "SUCCEEDED" and scan.progress == 100
    assert progress == [("QUEUED", 0), ("RUNNING", 33), ("RUNNING", 66), ("SUCCEEDED", 100)]
    # the first wait is the spec's interval; then each poll answer advises Retry-After: 1, which the
    # waiter follows (advice_header), slept on the fake clock
    assert clock.sleeps == [10, 1, 1]
    assert scan.results
    report = await call(hs.results.download(scan.results[0].result_id))
    assert report.payload.read()
    await close(hs)


@MODES
async def test_advalidation_rescan_and_wait(sandbox: Sandbox, asynchronous: bool) -> None:
    clock = FakeClock()
    adv = client(sandbox, "advalidation", asynchronous, clock)
    creative_id = sandbox.app.state.vendors["advalidation"].records("Creative")[0]["id"]
    scan = await call(adv.creatives.rescan_and_wait(creative_id))
    assert scan.processing_status == "finished" and scan.finished_at is not None
    checked = await call(adv.scans.get(scan.id, include_checks=True))
    assert checked.tests
    assert clock.sleeps == [5, 1]  # the initial delay, then the sandbox's advised Retry-After: 1
    await close(adv)


@MODES
async def test_cloneguard_start_and_wait(sandbox: Sandbox, asynchronous: bool) -> None:
    clock = FakeClock()
    cg = client(sandbox, "cloneguard", asynchronous, clock)
    data = sandbox.app.state.vendors["cloneguard"]
    idle = next(s for s in data.records("Scan") if s["attributes"]["status"] == "done" and not data.running(s))
    seen: list[str | None] = []
    scan = await call(cg.scans.start_and_wait(idle["id"], on_update=lambda s: seen.append(s.state)))
    assert scan.attributes.status == "done"
    assert seen == ["running", "running", "done"]  # this run's end, not the previous run's `done`
    assert clock.sleeps == [1, 1]  # the sandbox advises Retry-After: 1 on every poll of a running scan
    await close(cg)


@pytest.mark.parametrize(("outcome", "final"), [("failure", "FAILED"), ("never", None), ("unlisted", None)], ids=str)
@MODES
async def test_the_outcome_knob(outcome: Any, final: str | None, asynchronous: bool) -> None:
    from scankit_hostedscan.models import ScanCreate, ScanType

    with Sandbox(["hostedscan"], rate_limits=False, runs=Runs(seconds=None, outcome=outcome)) as box:
        clock = FakeClock()
        hs = client(box, "hostedscan", asynchronous, clock)
        body = ScanCreate(type_=ScanType.NMAP, targets=["demo.example.com"])
        if final is not None:
            scan = await call(hs.scans.create_and_wait(body=body))
            assert scan.state == final
        else:
            with pytest.raises(scankit.WaitTimeoutError) as caught:
                await call(hs.scans.create_and_wait(body=body, timeout=120))
            state = caught.value.resource.state
            # never: still running at 99 %; unlisted: PAUSED, which keeps a waiter going
            assert (state, caught.value.progress) == (("RUNNING", 99) if outcome == "never" else ("PAUSED", 66))
            assert sum(clock.sleeps) == 120
        await close(hs)


def test_runs_finish_in_time_without_reads() -> None:
    from scankit_hostedscan.models import ScanCreate, ScanType

    now = [1_750_000_000.0]
    with Sandbox(["hostedscan"], rate_limits=False, clock=lambda: now[0], runs=Runs(seconds=3.0, polls=100)) as box:
        hs = box.client("hostedscan")
        scan = hs.scans.create(body=ScanCreate(type_=ScanType.NMAP, targets=["demo.example.com"]))
        now[0] += 1.5
        assert hs.scans.get(scan.id).state == "RUNNING"
        now[0] += 1.5
        listed = {s.id: s.state for s in hs.scans.list(filters={"state": ["SUCCEEDED"]}, max_items=5)}
        assert listed.get(scan.id) == "SUCCEEDED"  # a list shows it too
        hs.close()


def test_bad_knobs_are_refused() -> None:
    with pytest.raises(ValueError, match="outcome"):
        Runs(outcome="maybe")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="polls"):
        Runs(polls=0)


def test_one_run_can_be_told_how_to_end(sandbox: Sandbox) -> None:
    import httpx

    from scankit.sandbox import RUN_HEADER

    key = {"X-HOSTEDSCAN-API-KEY": sandbox.api_key("hostedscan")}
    url = f"{sandbox.base_url('hostedscan')}/v1/scans"
    body = {"type": "NMAP", "targets": ["one.example.com"]}
    never = httpx.post(url, json=body, headers={**key, RUN_HEADER: "never"}).json()["data"]
    clock = FakeClock()
    hs = client(sandbox, "hostedscan", False, clock)
    with pytest.raises(scankit.WaitTimeoutError):
        hs.scans.wait(never["id"], timeout=100)
    ordinary = httpx.post(url, json=body, headers=key).json()["data"]
    assert hs.scans.wait(ordinary["id"]).state == "SUCCEEDED"  # the sandbox's own outcome for the rest
    refused = httpx.post(url, json=body, headers={**key, RUN_HEADER: "maybe"})
    assert refused.status_code == 400 and RUN_HEADER in refused.text
    hs.close()
