"""`--wait` on create/start/rescan and the `wait` verb: the run's end on stdout, a progress line on a
terminal's stderr, and an exit status that says how the run ended."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
from cli_support import UUID, FakeClock, Server, assert_no_secret, jsonl, run

from scankit.cli._exits import ExitCode


def hs(state: str, progress: int = 0) -> dict[str, Any]:
    return {"data": {"id": "s1", "type": "NMAP", "state": state, "progress": progress}}


def scripted(post: dict[str, Any] | None, *gets: dict[str, Any]) -> Server:
    answers: Iterator[dict[str, Any]] = iter(gets)

    def respond(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            return httpx.Response(200, json=post)
        return httpx.Response(200, json=next(answers, gets[-1]))

    return Server(respond)


CREATE = ["hostedscan", "scans", "create", "--body", '{"type": "NMAP", "targets": ["a.example"]}']


def test_create_wait_prints_the_finished_scan() -> None:
    server = scripted(hs("QUEUED"), hs("RUNNING", 50), hs("SUCCEEDED", 100))
    clock = FakeClock()
    result = run([*CREATE, "--wait"], server, clock=clock)
    assert result.exit_code == 0, result.output
    assert [r.method for r in server.requests] == ["POST", "GET", "GET"]
    assert jsonl(result) == [hs("SUCCEEDED", 100)["data"]]
    assert "HostedScan scans create: SUCCEEDED after 20s." in result.stderr
    assert clock.sleeps == [10, 10]
    assert_no_secret(result)


def test_without_wait_create_returns_at_once() -> None:
    server = scripted(hs("QUEUED"), hs("SUCCEEDED"))
    result = run(CREATE, server)
    assert result.exit_code == 0 and jsonl(result)[0]["state"] == "QUEUED"
    assert len(server.requests) == 1


def test_a_terminal_shows_state_progress_and_elapsed_on_stderr_only() -> None:
    server = scripted(hs("QUEUED"), hs("RUNNING", 50), hs("SUCCEEDED", 100))
    result = run([*CREATE, "--wait", "--poll-interval", "2"], server, stderr_tty=True)
    assert result.exit_code == 0, result.output
    assert "RUNNING 50%" in result.stderr and "2s" in result.stderr
    assert "HostedScan scans create" in result.stderr
    assert "RUNNING" not in result.stdout  # stdout is the data: the scan as it ended
    assert jsonl(result)[0]["state"] == "SUCCEEDED"


def test_a_failed_run_is_printed_and_exits_run_failed() -> None:
    server = scripted(hs("QUEUED"), hs("FAILED", 10))
    result = run([*CREATE, "--wait"], server)
    assert result.exit_code == ExitCode.RUN_FAILED, result.output
    assert jsonl(result)[0]["state"] == "FAILED"
    assert "FAILED" in result.stderr


def test_timing_out_prints_the_last_state_and_exits_still_running() -> None:
    server = scripted(hs("QUEUED"), hs("RUNNING", 40))
    clock = FakeClock()
    result = run([*CREATE, "--wait", "--wait-timeout", "25"], server, clock=clock)
    assert result.exit_code == ExitCode.STILL_RUNNING, result.output
    assert jsonl(result)[0]["state"] == "RUNNING"
    assert "still 'RUNNING', 40% after 25.0s" in result.stderr
    assert sum(clock.sleeps) == 25


def test_cloneguard_start_wait_and_case_of_statuses() -> None:
    def cg(status: str) -> dict[str, Any]:
        return {"data": {"id": UUID, "type": "scan", "attributes": {"status": status}}}

    server = scripted({"message": "Scan started"}, cg("Running"), cg("Done"))
    result = run(["cloneguard", "scans", "start", UUID, "--wait", "--poll-interval", "1"], server)
    assert result.exit_code == 0, result.output
    assert [f"{r.method} {r.url.path}" for r in server.requests] == [
        f"POST /v2/scans/{UUID}/start",
        f"GET /v2/scans/{UUID}",
        f"GET /v2/scans/{UUID}",
    ]
    # ScanStatus is case-insensitive in the spec: GVM's `Done` reads as the documented `done` (the
    # wait ended on it) and is printed as it was sent
    assert jsonl(result)[0]["attributes"]["status"] == "Done"


def test_advalidation_rescan_wait_follows_the_new_scan() -> None:
    def scan(status: str) -> dict[str, Any]:
        return {"data": {"id": 77, "createdAt": "2025-01-03T09:30:00Z", "processingStatus": status}}

    server = scripted(scan("queued"), scan("processing"), scan("finished"))
    clock = FakeClock()
    result = run(["advalidation", "creatives", "rescan", "101", "--wait"], server, clock=clock)
    assert result.exit_code == 0, result.output
    assert json.loads(server.requests[0].content) == {}
    assert [r.url.path for r in server.requests[1:]] == ["/v2/scans/77", "/v2/scans/77"]
    assert clock.sleeps == [5, 20]


def test_the_wait_verb_and_its_options() -> None:
    server = scripted(None, hs("RUNNING"), hs("SUCCEEDED", 100))
    result = run(["hostedscan", "scans", "wait", "s1", "--poll-interval", "3"], server)
    assert result.exit_code == 0, result.output
    assert jsonl(result)[0]["state"] == "SUCCEEDED"
    helped = run(["hostedscan", "scans", "wait", "--help"])
    assert "--wait-timeout" in helped.output and "--poll-interval" in helped.output
    assert "--param" not in helped.output  # timeout/poll_interval/on_update are not --param keys
    listed = run(["hostedscan", "scans", "--help"])
    assert "wait" in listed.output and "create-and-wait" not in listed.output
    # only verbs that start a run have --wait
    assert "--wait " in run(["hostedscan", "scans", "create", "--help"]).output
    assert "--wait" not in run(["hostedscan", "targets", "create", "--help"]).output
