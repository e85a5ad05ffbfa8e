"""What a terminal shows: the progress line is erased before data is written, never glued to it.

stdout and stderr share one terminal; click's `Result.output` has both as they were written, in
order, and pyte (a VT100 emulator) plays them onto a 120-column screen — what a user would see.
"""

from __future__ import annotations

import io
from typing import Any

import httpx
import pyte
from cli_support import Server, hs_scan, run
from rich.console import Console

from scankit import WaitStatus
from scankit.cli._progress import ListingProgress
from scankit.cli._wait import _Line

GLYPHS = set("━╸╺⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏")  # rich's bar and spinner


def screen_of(output: str, columns: int = 120) -> list[str]:
    screen = pyte.Screen(columns, 200)  # tall enough that nothing scrolls away
    screen.set_mode(pyte.modes.LNM)  # a terminal's output translates "\n" to "\r\n"
    pyte.Stream(screen).feed(output)
    return [line.rstrip() for line in screen.display]


def hostedscan_items(count: int, per_page: int) -> Server:
    def respond(request: httpx.Request) -> httpx.Response:
        token = request.url.params.get("page_token")
        start = int(token) if token else 0
        body: dict[str, Any] = {"data": [hs_scan(i + 1) for i in range(start, min(start + per_page, count))]}
        if start + per_page < count:
            body["next_page_token"] = str(start + per_page)
        return httpx.Response(200, json=body)

    return Server(respond)


def test_a_table_on_the_terminal_starts_with_its_header_not_the_bar() -> None:
    # 60 scans: the table's first 50 rows (its cap) are written while the bar is still up.
    result = run(
        ["hostedscan", "scans", "list", "--format", "table"],
        hostedscan_items(60, 20),
        stdout_tty=True,
        stderr_tty=True,
        env={"COLUMNS": "120"},
    )
    assert result.exit_code == 0, result.output
    shown = [line for line in screen_of(result.output) if line]
    assert shown[0].split() == ["id", "type", "state", "progress"]  # the first line is the header, alone
    assert not GLYPHS & set("".join(shown)), "\n".join(shown)
    header_at = result.output.index("\x1b[1mid ")  # the header, bold
    assert not GLYPHS & set(result.output[result.output.rfind("\x1b[2K", 0, header_at) : header_at])


def test_the_bar_comes_back_between_batches_and_leaves_nothing_behind() -> None:
    result = run(
        ["hostedscan", "scans", "list", "--format", "table", "--all"],
        hostedscan_items(90, 20),
        stdout_tty=True,
        stderr_tty=True,
        env={"COLUMNS": "120"},
    )
    assert result.exit_code == 0, result.output
    first_batch_end = result.output.index("scan-50 ")
    assert GLYPHS & set(result.output[first_batch_end:])  # drawn again while the next pages came
    shown = [line for line in screen_of(result.output) if line]
    assert not GLYPHS & set("".join(shown)), "\n".join(shown)
    assert shown[0].split() == ["id", "type", "state", "progress"]
    rows = [line.split() for line in shown if line.startswith(" scan-")]
    assert [row[0] for row in rows] == [f"scan-{i}" for i in range(1, 91)]  # every row whole, in order
    assert all(len(row) == 4 for row in rows)
    assert shown[-1] == "90 scans"


def test_json_lines_into_a_pipe_see_the_bar_erased_before_the_first_line_and_never_again() -> None:
    # `scankit … | head`: head writes to this terminal whenever it likes, so once data flows the
    # line must not be redrawn (it would be glued to head's output).
    result = run(
        ["hostedscan", "scans", "list", "--format", "jsonl"],
        hostedscan_items(9, 3),
        stderr_tty=True,
        stdout_kind="pipe",
    )
    assert result.exit_code == 0, result.output
    first = result.output.index('{"id"')
    assert GLYPHS & set(result.output[:first])  # the line was there while the first page came
    assert "\x1b[2K" in result.output[:first]
    assert not GLYPHS & set(result.output[first:])
    shown = [line for line in screen_of(result.output) if line]
    assert shown[0].startswith('{"id":"scan-1"') and len(shown) == 9


def test_a_file_keeps_the_line_for_the_whole_listing() -> None:
    console_out = io.StringIO()
    written = io.StringIO()
    console = Console(file=console_out, force_terminal=True, width=120)
    with ListingProgress(console, "x", stdout="file") as bar:
        out = bar.guard(written)
        out.write("data\n")
        bar.after_output()
        assert bar._shown
    assert written.getvalue() == "data\n"


def test_elapsed_time_moves_between_polls() -> None:
    now = [100.0]
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, width=120)
    status: WaitStatus[Any] = WaitStatus(
        resource=None, state="RUNNING", outcome="pending", progress=40, elapsed=0.0, polls=1
    )
    with _Line(console, "HostedScan scans create", live=True, clock=lambda: now[0]) as line:
        line.show(status)  # one poll
        assert line.text.endswith(" 0s")
        now[0] += 7.0  # no poll since: the clock alone moves
        line._progress.refresh()
        assert line.text.endswith(" 7s")
        assert "RUNNING 40% " in buffer.getvalue().replace("\x1b[2m", " ").replace("\x1b[0m", " ")
    assert "7s" in buffer.getvalue()
