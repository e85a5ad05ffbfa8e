"""What every command shares: `CliEnv` (what the CLI takes from its surroundings) and `fail`.

Light on purpose: `scankit --help` imports this, so it takes the standard library and click only
(no httpx, no rich; a dataclass rather than attrs).
"""

from __future__ import annotations

import dataclasses
import os
import stat
import sys
from collections.abc import Callable
from typing import IO, TYPE_CHECKING, Any

import click

from ._codes import Failure

if TYPE_CHECKING:
    import httpx

    from scankit._base import SyncClient

    from ._progress import StdoutKind

CONTEXT_SETTINGS: dict[str, Any] = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


@dataclasses.dataclass
class CliEnv:
    """What the CLI takes from its surroundings; tests pass their own with `CliRunner.invoke(obj=…)`.

    `http_client` carries every request (the client's auth still applies), `configure_client` sees
    each client before use (tests give it a fake clock), the two `isatty` flags and `stdout_kind`
    override the terminal detection that picks the default format and the progress display, and
    `clock` is what progress lines measure elapsed time with.
    """

    http_client: httpx.Client | None = None
    configure_client: Callable[[SyncClient], None] | None = None
    stdout_isatty: bool | None = None
    stderr_isatty: bool | None = None
    stdout_kind: StdoutKind | None = None
    clock: Callable[[], float] | None = None
    debug: bool = False

    def stdout_tty(self) -> bool:
        return self.stdout_isatty if self.stdout_isatty is not None else _isatty(sys.stdout)

    def stderr_tty(self) -> bool:
        return self.stderr_isatty if self.stderr_isatty is not None else _isatty(sys.stderr)

    def stdout_is(self) -> StdoutKind:
        """Where stdout goes: the terminal, a pipe (whose reader may write to the terminal too), or a file."""
        if self.stdout_kind is not None:
            return self.stdout_kind
        if self.stdout_tty():
            return "terminal"
        try:
            mode = os.fstat(sys.stdout.fileno()).st_mode
        except (AttributeError, OSError, ValueError):  # no file descriptor: assume the worst
            return "pipe"
        return "pipe" if stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode) else "file"


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def env_of(ctx: click.Context) -> CliEnv:
    env = ctx.find_object(CliEnv)
    return env if env is not None else CliEnv()


def fail(failure: Failure, secrets: list[str] | None = None) -> None:
    """The error on stderr: what went wrong, the vendor's own words, what to do. Never a secret."""
    # imported here, when something failed: not on the way to `--help`
    from rich.console import Console
    from rich.text import Text

    from scankit._redact import redact_text

    console = Console(file=sys.stderr, highlight=False, soft_wrap=True)
    lines = [("error: ", "bold red", failure.message)]
    if failure.said:
        lines.append(("  ", "", failure.said))
    if failure.hint:
        lines.append(("  what to do: ", "bold", failure.hint))
    for prefix, style, text in lines:
        console.print(Text.assemble((prefix, style), redact_text(text, secrets or [])))
