"""A progress line on stderr for listings: items and pages so far, and the waits the client makes.

The client says when it waits (rate-limit pacing, a Retry-After, a backoff) in its debug log under
the "scankit" logger; a handler attached for the duration of the listing turns those records into
a note on the progress line. Shown only when stderr is a terminal, and never on stdout.
"""

from __future__ import annotations

import logging
import threading
from types import TracebackType

from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TaskID, TextColumn, TimeElapsedColumn

_LOGGER = "scankit"


class ListingProgress:
    """`with ListingProgress(console, "HostedScan scans list") as p: p.page(n_items, total)`."""

    def __init__(self, console: Console, label: str, *, limit: int | None = None) -> None:
        self._label = label
        self._limit = limit
        self._items = 0
        self._pages = 0
        self._note = ""
        self._lock = threading.Lock()
        self._progress = Progress(
            SpinnerColumn(),
            TextColumn("[bold]{task.description}"),
            BarColumn(bar_width=24),
            TextColumn("{task.fields[counts]}"),
            TimeElapsedColumn(),
            TextColumn("[yellow]{task.fields[note]}"),
            console=console,
            transient=True,
            redirect_stdout=False,  # stdout carries the data and nothing else
            redirect_stderr=False,
        )
        self._task: TaskID | None = None
        self._handler = _WaitHandler(self)
        self._saved_level = logging.NOTSET

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
        self._progress.stop()

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
