"""A progress line on stderr for listings: items and pages so far, and the waits the client makes.

The client says when it waits (rate-limit pacing, a Retry-After, a backoff) in its debug log under
the "scankit" logger; a handler attached for the duration of the listing turns those records into
a note on the progress line. Shown only when stderr is a terminal, and never on stdout.

The line is erased before anything is written to stdout (`guard` wraps the stream), so the data
never lands glued to it: on a terminal it is drawn again once the page is written; when stdout is a
pipe, whose reader may be writing to this same terminal (`| head`), it is gone for good with the
first item; a file never shares the terminal, so there it stays.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from types import TracebackType
from typing import IO, Any, Literal

from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Column

_LOGGER = "scankit"

StdoutKind = Literal["terminal", "pipe", "file"]
"""Where stdout goes, as far as the progress line cares: the same terminal, a pipe, or a file."""


def one_line(text: str) -> TextColumn:
    """A text column cut with an ellipsis rather than wrapped: the line must stay one line for
    erasing it to erase all of it."""
    return TextColumn(text, table_column=Column(no_wrap=True, overflow="ellipsis"))


class ListingProgress:
    """`with ListingProgress(console, "HostedScan scans list") as p: p.page(n_items, total)`."""

    def __init__(
        self,
        console: Console,
        label: str,
        *,
        limit: int | None = None,
        stdout: StdoutKind = "file",
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._label = label
        self._limit = limit
        self._stdout = stdout
        self._items = 0
        self._pages = 0
        self._note = ""
        self._lock = threading.Lock()
        self._progress = Progress(
            SpinnerColumn(),
            one_line("[bold]{task.description}"),
            BarColumn(bar_width=24),
            one_line("{task.fields[counts]}"),
            TimeElapsedColumn(),
            one_line("[yellow]{task.fields[note]}"),
            console=console,
            transient=True,
            redirect_stdout=False,  # stdout carries the data and nothing else
            redirect_stderr=False,
            get_time=clock,
        )
        self._task: TaskID | None = None
        self._handler = _WaitHandler(self)
        self._saved_level = logging.NOTSET
        self._shown = False  # drawn now (not erased for output, not stopped)
        self._gone = False  # erased for good: stdout is a pipe and the data has started

    @property
    def items(self) -> int:
        return self._items

    @property
    def pages(self) -> int:
        return self._pages

    @property
    def note(self) -> str:
        return self._note

    def __enter__(self) -> ListingProgress:
        self._task = self._progress.add_task(self._label, total=self._limit, counts=self._counts(), note="")
        self._progress.start()
        self._shown = True
        logger = logging.getLogger(_LOGGER)
        self._saved_level = logger.level
        if not logger.isEnabledFor(logging.DEBUG):
            logger.setLevel(logging.DEBUG)  # the client only says it waits when debug is on
        logger.addHandler(self._handler)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        logger = logging.getLogger(_LOGGER)
        logger.removeHandler(self._handler)
        logger.setLevel(self._saved_level)
        self._erase()

    def guard(self, stream: IO[str]) -> IO[str]:
        """`stream` (stdout), wrapped so that the line is erased before anything is written to it."""
        return _Guarded(stream, self.before_output)  # type: ignore[return-value]

    def before_output(self) -> None:
        """Erase the line: stdout is about to be written. A pipe's reader may share this terminal,
        so after the first write to a pipe the line stays away."""
        if self._stdout == "file":
            return
        self._erase()
        if self._stdout == "pipe":
            self._gone = True

    def after_output(self) -> None:
        """The page is written: draw the line again below it (on a terminal)."""
        if not self._shown and not self._gone and self._task is not None and self._stdout == "terminal":
            self._progress.start()
            self._shown = True

    def _erase(self) -> None:
        if self._shown:
            self._shown = False
            self._progress.stop()  # transient: the line is erased and the cursor back at its start

    def page(self, items: int, total_items: int | None = None) -> None:
        """A page arrived with `items` items; `total_items` when the server says how many in all."""
        with self._lock:
            self._items += items
            self._pages += 1
            self._note = ""
            total = self._limit
            if total_items is not None:
                total = min(total_items, self._limit) if self._limit is not None else total_items
            self._update(total=total)

    def waiting(self, seconds: float, why: str) -> None:
        with self._lock:
            self._note = f"waiting {seconds:.1f}s ({why})"
            self._update()

    def _counts(self) -> str:
        items = f"{self._items:,} item{'s' if self._items != 1 else ''}"
        pages = f"{self._pages:,} page{'s' if self._pages != 1 else ''}"
        return f"{items} · {pages}"

    def _update(self, total: int | None = None) -> None:
        if self._task is None:
            return
        self._progress.update(
            self._task,
            total=float(total) if total is not None else None,
            completed=self._items,
            counts=self._counts(),
            note=self._note,
        )


class _Guarded:
    """A text stream that calls `before` ahead of every non-empty write; everything else passes through."""

    def __init__(self, stream: IO[str], before: Callable[[], None]) -> None:
        self._stream = stream
        self._before = before

    def write(self, text: str) -> int:
        if text:
            self._before()
        return self._stream.write(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


class _WaitHandler(logging.Handler):
    """Turns the client's wait decisions (debug records tagged `scankit_wait`) into a progress note."""

    def __init__(self, progress: ListingProgress) -> None:
        super().__init__(logging.DEBUG)
        self._progress = progress

    def emit(self, record: logging.LogRecord) -> None:
        # The client tags its wait decisions: `scankit_wait` seconds and `scankit_wait_cause`
        # ("rate limit" for proactive pacing, "429 from server", "ConnectError", ...).
        wait = getattr(record, "scankit_wait", None)
        if not isinstance(wait, int | float) or wait <= 0:
            return
        self._progress.waiting(float(wait), str(getattr(record, "scankit_wait_cause", "rate limit")))
