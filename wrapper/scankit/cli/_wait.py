"""`--wait` on the verbs that start a run (create, start, rescan), and the `wait` verb itself.

The facades generate `<verb>_and_wait` and `wait` from the spec's x-scankit-waiter; here they get
their options (`--wait`, `--wait-timeout`, `--poll-interval`) and a live progress line on stderr
when it is a terminal — state, progress %, elapsed — while stdout carries only the final resource.
The exit status says how the run ended: 0 on success, RUN_FAILED when it ended badly, and
STILL_RUNNING (after printing the last resource seen) when the time ran out.
"""

from __future__ import annotations

import sys
import time
import typing
from collections.abc import Callable
from types import TracebackType
from typing import Any

import click
from rich.console import Console
from rich.progress import Progress, ProgressColumn, SpinnerColumn, Task
from rich.text import Text

from scankit import WaitStatus, WaitTimeoutError

from ._discovery import ResourceSpec, VendorSpec, VerbSpec
from ._exits import ExitCode
from ._progress import one_line


def _resource_class(spec: VendorSpec, resource: ResourceSpec) -> Any:
    return typing.get_type_hints(spec.client_cls).get(resource.name)


def can_wait(spec: VendorSpec, resource: ResourceSpec, verb: VerbSpec) -> bool:
    """The verb starts a run the spec says how to wait for (it has a `<verb>_and_wait`)."""
    return hasattr(_resource_class(spec, resource), f"{verb.name}_and_wait")


def wait_options(spec: VendorSpec, resource: ResourceSpec, verb: VerbSpec) -> list[click.Parameter]:
    """The extra options of a verb that can wait, or of the `wait` verb; none for any other."""
    starts = can_wait(spec, resource, verb)
    if not starts and verb.name != "wait":
        return []
    found: list[click.Parameter] = []
    if starts:
        found.append(
            click.Option(
                ["--wait"],
                is_flag=True,
                help="Then wait until the run ends (a progress line on a terminal) and print it as it ended.",
            )
        )
    found += [
        click.Option(
            ["--wait-timeout"],
            type=click.FloatRange(min=0),
            default=600.0,
            show_default=True,
            metavar="SECONDS",
            help="Give up waiting after this long (exit status 11, the last state printed).",
        ),
        click.Option(
            ["--poll-interval"],
            type=click.FloatRange(min=0, min_open=True),
            metavar="SECONDS",
            help="Seconds between polls; default: the vendor's advice, from its spec.",
        ),
    ]
    return found


def wants_wait(verb: VerbSpec, given: dict[str, Any]) -> bool:
    """This call waits: `--wait` was given, or it is the `wait` verb."""
    return bool(given.get("wait")) or verb.name == "wait"


class Waiting:
    """Stands in for the facade method: calls `<verb>_and_wait` (or `wait`) with a progress line.

    `_run` calls it like the method and shows what it returns; `finish()` then says how the run
    ended, on stderr and in the exit status.
    """

    def __init__(
        self, env: Any, spec: VendorSpec, resource: ResourceSpec, verb: VerbSpec, client: Any, given: dict[str, Any]
    ) -> None:
        name = "wait" if verb.name == "wait" else f"{verb.name}_and_wait"
        self._method = getattr(getattr(client, resource.name), name)
        self._label = f"{spec.info.name} {resource.command} {verb.command}"
        self._timeout: float = given.get("wait_timeout", 600.0)
        self._interval: float | None = given.get("poll_interval")
        self._tty: bool = env.stderr_tty()
        self._console = Console(file=sys.stderr, force_terminal=env.stderr_isatty, highlight=False)
        self._clock: Callable[[], float] = env.clock or time.monotonic
        self.last: WaitStatus[Any] | None = None
        self.timed_out: WaitTimeoutError | None = None

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        with _Line(self._console, self._label, live=self._tty, clock=self._clock) as line:

            def update(status: WaitStatus[Any]) -> None:
                self.last = status
                line.show(status)

            try:
                return self._method(
                    *args, **kwargs, timeout=self._timeout, poll_interval=self._interval, on_update=update
                )
            except WaitTimeoutError as exc:
                self.timed_out = exc
                return exc.resource

    def finish(self) -> None:
        """Say how the run ended (stderr) and exit with it: 0 on success only."""
        status = self.last
        if self.timed_out is not None:
            click.echo(f"error: {self.timed_out}", err=True)
            raise click.exceptions.Exit(ExitCode.STILL_RUNNING)
        if status is None:
            return
        click.echo(f"{self._label}: {_describe(status)} after {status.elapsed:.0f}s.", err=True)
        if status.outcome != "success":
            raise click.exceptions.Exit(ExitCode.RUN_FAILED)


def _describe(status: WaitStatus[Any]) -> str:
    progress = f" {status.progress}%" if status.progress is not None and status.outcome == "pending" else ""
    return f"{status.state}{progress}" if status.state is not None else "(no state)"


class _Elapsed(ProgressColumn):
    """Seconds since the wait began, read from the clock at every refresh (not only at each poll)."""

    def render(self, task: Task) -> Text:
        return Text(f"{task.elapsed or 0:.0f}s", style="dim")


class _Line:
    """The live line: spinner, what is waited for, the state and progress, the elapsed time."""

    def __init__(
        self, console: Console, label: str, *, live: bool, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._live = live
        self._progress = Progress(
            SpinnerColumn(),
            one_line("[bold]{task.description}"),
            one_line("{task.fields[state]}"),
            _Elapsed(),
            console=console,
            transient=True,
            redirect_stdout=False,  # stdout carries the data and nothing else
            redirect_stderr=False,
            get_time=clock,
        )
        self._task = self._progress.add_task(label, state="starting") if live else None

    def __enter__(self) -> _Line:
        if self._live:
            self._progress.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._live:
            self._progress.stop()

    @property
    def text(self) -> str:
        """What the line shows now (for tests)."""
        if self._task is None:
            return ""
        task = self._progress.tasks[0]
        return f"{task.description} {task.fields['state']} {task.elapsed or 0:.0f}s"

    def show(self, status: WaitStatus[Any]) -> None:
        if self._task is None:
            return
        state = _describe(status) if status.outcome != "unknown" else f"{status.state} (not a state the spec lists)"
        self._progress.update(self._task, state=state)
        self._progress.refresh()
