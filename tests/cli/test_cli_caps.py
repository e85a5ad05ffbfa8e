"""Listings for daily use: a table stops at a cap and says how to get the rest, every format streams,
and a listing that fails part-way prints the command that resumes it."""

from __future__ import annotations

import csv
import io
import json
import shlex

import httpx
import pytest
from cli_support import (
    Server,
    cloneguard_pages,
    hostedscan_pages,
    jsonl,
    run,
)
from rich.console import Console

from scankit import InternalServerError
from scankit._errors import ErrorPaths, make_status_error
from scankit.cli import ExitCode
from scankit.cli._app import TABLE_CAP
from scankit.cli._discovery import load_vendor
from scankit.cli._exits import Call, describe
from scankit.cli._output import CsvSink, TableSink


def rows_of(table: str) -> list[str]:
    return [line.split()[0] for line in table.splitlines() if line.split() and line.split()[0].startswith("scan-")]


# -- the default cap -----------------------------------------------------------------------------


def test_a_table_stops_at_the_cap_and_says_how_to_get_everything() -> None:
    server = hostedscan_pages(pages=3, per_page=30)
    result = run(["hostedscan", "scans", "list"], server, stdout_tty=True)
    assert result.exit_code == 0, result.output
    assert rows_of(result.stdout) == [f"scan-{i}" for i in range(1, TABLE_CAP + 1)]
    footer = " ".join(result.stdout.split())
    assert f"The first {TABLE_CAP} scans only: --all shows every one, --max-items N as many as you say" in footer
    assert len(server.requests) == 2  # 50 items need two pages of 30, not the third


@pytest.mark.parametrize(("args", "shown"), [(["--all"], 90), (["--max-items", "60"], 60), (["-n", "5"], 5)])
def test_all_or_max_items_lift_the_cap_without_a_footer(args: list[str], shown: int) -> None:
    result = run(["hostedscan", "scans", "list", "--format", "table", *args], hostedscan_pages(pages=3, per_page=30))
    assert result.exit_code == 0, result.output
    assert len(rows_of(result.stdout)) == shown
    assert f"{shown} scans" in result.stdout
    assert "--all shows" not in result.stdout


def test_a_short_list_has_no_footer() -> None:
    result = run(["hostedscan", "scans", "list", "--format", "table"], hostedscan_pages(pages=1, per_page=3))
    assert "3 scans" in result.stdout
    assert "--all" not in result.stdout


def test_the_footer_gives_the_total_when_the_vendor_says_it() -> None:
    result = run(["cloneguard", "scans", "list", "--format", "table"], cloneguard_pages(pages=40, per_page=2))
    assert result.exit_code == 0, result.output
    assert f"The first {TABLE_CAP} of 80 scans only" in " ".join(result.stdout.split())


def test_jsonl_and_csv_stream_everything_by_default() -> None:
    result = run(["hostedscan", "scans", "list"], hostedscan_pages(pages=3, per_page=30), stdout_tty=False)
    assert len(jsonl(result)) == 90
    result = run(["hostedscan", "scans", "list", "--format", "csv"], hostedscan_pages(pages=3, per_page=30))
    assert len(list(csv.DictReader(io.StringIO(result.stdout)))) == 90


def test_all_and_max_items_together_are_a_usage_error() -> None:
    result = run(["hostedscan", "scans", "list", "--all", "--max-items", "3"])
    assert result.exit_code == ExitCode.USAGE
    assert "--all and --max-items" in result.stderr


# -- nothing holds the whole list ----------------------------------------------------------------


def test_a_table_prints_rows_in_batches_as_they_arrive() -> None:
    out = io.StringIO()
    sink = TableSink(Console(file=out, width=120), "scans", batch=2)
    sink.add([{"id": "scan-1", "state": "RUNNING"}])
    assert out.getvalue() == ""  # a batch is not full yet
    sink.add([{"id": "scan-2", "state": "DONE"}, {"id": "scan-3", "state": "QUEUED"}])
    printed = out.getvalue()
    assert "scan-1" in printed
    assert "scan-2" in printed
    assert "scan-3" not in printed  # waits for its batch: at most `batch` rows are ever held
    sink.add([{"id": "scan-4", "state": "a-much-longer-state-than-before"}])
    sink.close()
    lines = [line for line in out.getvalue().splitlines() if line.strip()]
    assert [line.split()[0] for line in lines[2:6]] == ["scan-1", "scan-2", "scan-3", "scan-4"]
    assert len({line.index(line.split()[1]) for line in lines[2:6]}) == 1  # one set of column widths throughout
    assert "a-much-longer-state-th" not in out.getvalue()  # later rows are cut to the first batch's widths
    assert lines[-1].strip() == "4 scans"


def test_csv_writes_rows_as_they_arrive_and_names_fields_the_header_missed() -> None:
    out = io.StringIO()
    sink = CsvSink(out)
    sink.add([{"id": "a", "state": "RUNNING"}])
    assert out.getvalue() == "id,state\na,RUNNING\n"
    sink.add([{"id": "b", "state": "DONE", "late": 1}])
    sink.close()
    assert out.getvalue() == "id,state\na,RUNNING\nb,DONE\n"
    assert list(sink.dropped) == ["late"]


def test_csv_says_on_stderr_which_fields_came_too_late() -> None:
    def respond(request: httpx.Request) -> httpx.Response:
        if request.url.params.get("page_token"):
            return httpx.Response(200, json={"data": [{"id": "t2", "target": "b", "label": "late"}]})
        return httpx.Response(200, json={"data": [{"id": "t1", "target": "a"}], "next_page_token": "p2"})

    result = run(["hostedscan", "targets", "list", "--format", "csv"], Server(respond))
    assert result.exit_code == 0, result.output
    assert "1 field(s) first seen after the CSV header was written are not in it (label)" in result.stderr


# -- resuming a listing that failed part-way -----------------------------------------------------


def failing_from(server: Server, param: str, value: str) -> Server:
    def respond(request: httpx.Request) -> httpx.Response:
        if request.url.params.get(param) == value:
            return httpx.Response(503, json={"message": "down for maintenance"})
        return server.respond(request)

    return Server(respond)


def test_a_cursor_listing_that_fails_prints_the_command_that_resumes_it() -> None:
    broken = failing_from(hostedscan_pages(pages=4, per_page=3), "page_token", "t3")
    args = ["hostedscan", "scans", "list", "--filter", "state=RUNNING", "--max-items", "10", "--format", "jsonl"]
    result = run(args, broken)
    assert result.exit_code == ExitCode.UNAVAILABLE
    assert [item["id"] for item in jsonl(result)] == [f"scan-{i}" for i in range(1, 7)]
    resume = next(line for line in result.stderr.splitlines() if "resume with:" in line).split("resume with: ", 1)[1]
    assert resume == ("scankit hostedscan scans list --filter state=RUNNING --max-items 4 --format jsonl --cursor t3")
    # the printed command, run when the vendor is back, lists exactly what was missing
    healthy = hostedscan_pages(pages=4, per_page=3)
    again = run(shlex.split(resume)[1:], healthy)
    assert again.exit_code == 0, again.output
    assert [item["id"] for item in jsonl(again)] == ["scan-7", "scan-8", "scan-9", "scan-10"]
    assert healthy.params("page_token")[0] == ["t3"]
    assert json.loads(healthy.requests[0].url.params["filters"]) == {"state": ["RUNNING"]}


def test_a_page_number_listing_resumes_with_page() -> None:
    broken = failing_from(cloneguard_pages(pages=5, per_page=2), "page", "3")
    result = run(["cloneguard", "scans", "list", "--filter", "status=running", "--max-retries", "0"], broken)
    assert result.exit_code == ExitCode.UNAVAILABLE
    assert len(jsonl(result)) == 4
    assert "resume with: scankit cloneguard scans list --filter status=running --max-retries 0 --page 3" in (
        result.stderr
    )
    healthy = cloneguard_pages(pages=5, per_page=2)
    again = run(["cloneguard", "scans", "list", "--page", "3"], healthy)
    assert [item["attributes"]["name"] for item in jsonl(again)] == [f"weekly-{i}" for i in range(5, 11)]


def test_no_resume_hint_when_the_first_page_fails_and_cursor_and_filter_conflict() -> None:
    broken = failing_from(hostedscan_pages(pages=2), "page_token", "")
    result = run(["hostedscan", "scans", "list", "--max-retries", "0"], Server(lambda r: httpx.Response(503)))
    assert result.exit_code == ExitCode.UNAVAILABLE
    assert "resume with" not in result.stderr
    assert broken.requests == []
    result = run(["hostedscan", "scans", "list", "--cursor", "t2", "--filter", "page_token=t2"])
    assert result.exit_code == ExitCode.USAGE


def test_failures_show_the_request_id_when_there_is_one_and_never_promise_one() -> None:
    spec = load_vendor("hostedscan")
    call = Call(vendor=spec, resource="scans", verb="list")
    request = httpx.Request("GET", "http://127.0.0.1:1/v1/scans")

    def error(headers: dict[str, str]) -> InternalServerError:
        response = httpx.Response(502, headers=headers, json={"message": "bad gateway"}, request=request)
        exc = make_status_error(
            vendor="HostedScan",
            operation="scans.list",
            response=response,
            error_paths=ErrorPaths.from_dict(None),
            request_id_header="x-request-id",
        )
        assert isinstance(exc, InternalServerError)
        return exc

    with_id = describe(error({"x-request-id": "req_8f2"}), call)
    assert with_id.said is not None
    assert "request id req_8f2" in with_id.said
    assert with_id.hint is not None
    assert "with the request id above" in with_id.hint
    without = describe(error({}), call)
    assert without.hint is not None
    assert "request id" not in without.hint
    assert "request id" not in (without.said or "")
