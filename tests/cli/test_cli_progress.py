"""The progress line: on stderr, only on a terminal, counting items and pages and showing the client's waits."""

from __future__ import annotations

import io
import logging
from typing import Any

import httpx
import pytest
from cli_support import FakeClock, Server, hs_scan, jsonl, passentry_pages, run
from rich.console import Console

from scankit.cli import _app as app
from scankit.cli._progress import ListingProgress

LOGGER = logging.getLogger("scankit")


def terminal() -> tuple[Console, io.StringIO]:
    buffer = io.StringIO()
    return Console(file=buffer, force_terminal=True, width=120), buffer


def test_counts_items_and_pages_and_uses_the_total_when_known() -> None:
    console, buffer = terminal()
    with ListingProgress(console, "PassEntry scans list") as progress:
        progress.page(100, total_items=250)
        progress.page(100, total_items=250)
        progress._progress.refresh()
        assert (progress.items, progress.pages) == (200, 2)
        task = progress._progress.tasks[0]
        assert (task.completed, task.total) == (200, 250)
    assert "200 items · 2 pages" in buffer.getvalue()
    assert "PassEntry scans list" in buffer.getvalue()


def test_max_items_bounds_the_total() -> None:
    console, _ = terminal()
    with ListingProgress(console, "x", limit=50) as progress:
        progress.page(10, total_items=1000)
        assert progress._progress.tasks[0].total == 50


@pytest.mark.parametrize(
    ("wait", "cause", "note"),
    [
        (0.5, "rate limit", "waiting 0.5s (rate limit)"),
        (2.0, "429 from server", "waiting 2.0s (429 from server)"),
        (1.2, "503 from server", "waiting 1.2s (503 from server)"),
    ],
)
def test_the_clients_waits_become_a_note(wait: float, cause: str, note: str) -> None:
    console, _ = terminal()
    saved = LOGGER.level
    with ListingProgress(console, "x") as progress:
        LOGGER.debug("PassEntry scans.list: a wait", extra={"scankit_wait": wait, "scankit_wait_cause": cause})
        assert progress.note == note
        LOGGER.debug("%s %s: %s", "PassEntry", "scans.list", "GET /api/v1/scans 200")  # not a wait
        assert progress.note == note
        progress.page(1)
        assert progress.note == ""  # a page arrived: the wait is over
    assert LOGGER.level == saved
    assert not any(type(h).__name__ == "_WaitHandler" for h in LOGGER.handlers)


def test_progress_goes_to_stderr_and_stdout_stays_data(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = FakeClock()
    notes: list[tuple[float, str]] = []
    original = ListingProgress.waiting

    def waiting(self: ListingProgress, seconds: float, why: str) -> None:
        notes.append((seconds, why))
        original(self, seconds, why)

    monkeypatch.setattr(ListingProgress, "waiting", waiting)
    answers = [
        httpx.Response(429, headers={"Retry-After": "2"}, json={}),
        httpx.Response(200, json={"data": [hs_scan(1)]}),
    ]
    result = run(["hostedscan", "scans", "list"], Server(lambda r: answers.pop(0)), clock=clock, stderr_tty=True)
    assert result.exit_code == 0, result.output
    assert [item["id"] for item in jsonl(result)] == ["scan-1"]
    assert "\x1b" not in result.stdout
    assert result.stderr  # the live line was drawn (and erased) on stderr
    assert notes == [(2.0, "429 from server")]


def test_progress_across_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    pages: list[tuple[int, int | None]] = []
    monkeypatch.setattr(ListingProgress, "page", lambda self, n, total=None: pages.append((n, total)))
    result = run(["passentry", "scans", "list", "--max-items", "5"], passentry_pages(pages=4), stderr_tty=True)
    assert result.exit_code == 0, result.output
    assert len(jsonl(result)) == 5
    assert pages == [(2, 8), (2, 8), (1, 8)]


def refuse_progress(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("no progress display expected")

    monkeypatch.setattr(app, "ListingProgress", boom)


def test_no_progress_when_stderr_is_not_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    refuse_progress(monkeypatch)
    result = run(["passentry", "scans", "list"], passentry_pages(pages=2), stderr_tty=False)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""


def test_no_progress_over_json_streamed_to_the_same_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    refuse_progress(monkeypatch)
    result = run(
        ["passentry", "scans", "list", "--format", "jsonl"], passentry_pages(pages=2), stdout_tty=True, stderr_tty=True
    )
    assert result.exit_code == 0, result.output


def test_progress_with_a_table_on_a_terminal() -> None:
    result = run(["passentry", "scans", "list"], passentry_pages(pages=2), stdout_tty=True, stderr_tty=True)
    assert result.exit_code == 0, result.output
    assert "value-4" in result.stdout
    assert "4 scans" in result.stdout
