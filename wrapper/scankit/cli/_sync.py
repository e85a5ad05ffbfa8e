"""`scankit <vendor> <resource> sync --state FILE`: what is new or changed since the last run, at least once.

A scheduled job (cron, a CI schedule, an Airflow task) runs the same command again and again; each
run prints, as JSON lines or CSV, the items of a list that are new or changed since the watermark
kept in FILE, and then moves the watermark. Which lists can do this, which field moves and how the
vendor filters on it come from the spec (`x-scankit-incremental`, read by `scankit._incremental`);
a list that declares nothing has no `sync` (asking for one is a usage error that says which do).

At least once, never skipped: FILE is written only after every item was printed and flushed (and
synced to disk when standard output is a file), atomically (a temporary file in the same
directory, fsync, rename). A run that dies before — an error, Ctrl-C, `kill -9`, a closed pipe —
leaves FILE as it was, so the next run prints those items again; what it printed before at the
same cursor inside the lookback is recognised by id and not printed twice.

FILE is JSON: `version`, `vendor`, `operation`, `scope` (the server and the list's arguments: a
watermark of one list means nothing for another), `watermark` and `seen` (id -> cursor, the items
given within the lookback).
"""

from __future__ import annotations

import contextlib
import datetime
import json
import os
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import click
from rich.console import Console

from scankit._incremental import StateError, SyncRun, SyncState, Window, aware

from ._codes import ExitCode
from ._discovery import ResourceSpec, VendorSpec, VerbSpec, command_name
from ._env import CliEnv
from ._output import CsvSink, make_sink

SYNC_FORMATS = ("jsonl", "csv")
HOLD_ENV = "SCANKIT_SYNC_HOLD"
"""For tests only: `first-item` or `before-save` makes a sync stop there (saying so on stderr) until
it is killed, so a test can kill it between printing and saving."""


class StateFileError(click.ClickException):
    """FILE cannot be used as it is: unreadable, not a sync state, or another list's."""

    exit_code = ExitCode.CONFIGURATION


def sync_name(verb: str) -> str:
    """`list` -> `sync`, `list_creatives` -> `sync-creatives`: the sync command of a list verb."""
    rest = verb.removeprefix("list")
    return "sync" + (f"-{command_name(rest)}" if rest.strip("_") else "")


def sync_options() -> list[click.Parameter]:
    return [
        click.Option(
            ["--state", "sync_state"],
            required=True,
            type=click.Path(dir_okay=False),
            metavar="FILE",
            help="The watermark and the ids already given, kept between runs (created on the first run).",
        ),
        click.Option(
            ["--since"],
            metavar="ISO",
            help="First run only: start at this time (ISO 8601 with a zone, e.g. 2025-06-01T00:00:00Z); "
            "without it the first run gives everything.",
        ),
        click.Option(
            ["--format", "fmt"],
            type=click.Choice(SYNC_FORMATS),
            default="jsonl",
            show_default=True,
            help="JSON lines or CSV (nested objects as dotted columns).",
        ),
    ]


def sync_help(spec: VendorSpec, resource: ResourceSpec, verb: VerbSpec) -> tuple[str, str]:
    """(short help, help) of a list's sync command, from its incremental declaration."""
    info = verb.incremental
    assert info is not None
    name = getattr(verb.returns, "__name__", "item")
    words = "".join(f" {c.lower()}" if c.isupper() else c for c in name).strip()
    noun = words + ("es" if words.endswith("s") else "s")
    moves = f"`{info.names[0]}`" + (f" (else {', '.join(f'`{n}`' for n in info.names[1:])})" if info.names[1:] else "")
    how = (
        f"{spec.info.name} is asked only for what changed since the watermark, {info.lookback_seconds:g} s earlier."
        if info.filter is not None
        else f"{spec.info.name} cannot filter this list by time: each run reads it whole"
        + (", newest first, up to the watermark." if info.order == "desc" else ".")
    )
    short = f"New or changed {noun} since the last run."
    text = (
        f"Print the {noun} of `{verb.command}` that are new or changed since the last run, then move the "
        f"watermark kept in --state FILE. An item is new or changed when {moves} moves. {how}\n\n"
        "At least once: FILE is written (atomically) only after everything was printed and flushed; a run "
        "that fails or is killed before prints the same items again next time, and an item already given "
        f"at the same time within the lookback ({info.lookback_seconds:g} s) is not given twice. The first "
        "run gives everything, or what is newer than --since."
    )
    return short, text


def not_incremental(spec: VendorSpec, resource: ResourceSpec, verb: VerbSpec) -> click.Command:
    """A hidden `sync` for a list that declares no incremental reads: a usage error naming those that do."""
    others = [
        f"scankit {spec.slug} {r.command} {sync_name(v.name)}"
        for r in spec.resources
        for v in r.verbs
        if v.incremental is not None
    ]
    lists = f"These do: {'; '.join(others)}." if others else f"None of {spec.info.name}'s lists do."
    message = (
        f"{spec.info.name} {resource.command} {verb.command} declares no incremental reads "
        f"(x-scankit-incremental in its spec), so it has no {sync_name(verb.name)}. {lists}"
    )

    def refuse() -> None:
        raise click.UsageError(message)

    return click.Command(
        sync_name(verb.name),
        callback=refuse,
        hidden=True,
        context_settings={"ignore_unknown_options": True, "allow_extra_args": True, "help_option_names": []},
    )


def parse_since(text: str) -> datetime.datetime:
    try:
        moment = datetime.datetime.fromisoformat(text.strip())
    except ValueError:
        raise click.BadParameter(
            f"{text!r} is not an ISO 8601 time, e.g. 2025-06-01T00:00:00Z", param_hint="--since"
        ) from None
    try:
        return aware(moment, "--since")
    except ValueError:
        raise click.BadParameter(
            f"{text!r} has no time zone: add one, e.g. {moment.isoformat()}Z (UTC) or {moment.isoformat()}+02:00",
            param_hint="--since",
        ) from None


def load_state(path: str) -> SyncState | None:
    """The state in `path`, or None when there is none yet (the first run)."""
    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StateFileError(f"cannot read the state file {path}: {exc.strerror or exc}") from None
    try:
        return SyncState.from_json(json.loads(text))
    except (ValueError, StateError) as exc:
        reason = exc if isinstance(exc, StateError) else "it is not JSON"
        raise StateFileError(
            f"{path} cannot be used as a sync state: {reason}. Fix it, or remove it to start over "
            "(the next run then gives everything again)."
        ) from None


def save_state(path: str, state: SyncState) -> None:
    """Write `state` to `path` atomically: a temporary file beside it, flushed and synced, then renamed."""
    target = os.path.abspath(path)
    directory = os.path.dirname(target)
    fd, temp = tempfile.mkstemp(prefix=f".{os.path.basename(target)}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(state.to_json(), fh, indent=2)
            fh.write("\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    with contextlib.suppress(OSError):  # the rename itself survives a crash once the directory is synced
        dir_fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def _flush_stdout() -> None:
    """Everything printed is out of this process (and on disk, when standard output is a file)."""
    sys.stdout.flush()
    with contextlib.suppress(OSError, ValueError, AttributeError):  # a pipe or a terminal cannot be synced
        os.fsync(sys.stdout.fileno())


def _hold(stage: str) -> None:
    if os.environ.get(HOLD_ENV) == stage:
        click.echo(f"scankit: holding at {stage} ({HOLD_ENV})", err=True)
        sys.stderr.flush()
        threading.Event().wait()  # until the test kills the process


def _pages(paginator: Any) -> Iterator[Any]:
    pages = paginator.pages()
    try:
        yield from pages
    finally:
        pages.close()


def run_sync(
    env: CliEnv,
    spec: VendorSpec,
    resource: ResourceSpec,
    verb: VerbSpec,
    method: Callable[..., Any],
    args: list[Any],
    kwargs: dict[str, Any],
    options: Mapping[str, Any],
    *,
    scope: Mapping[str, str],
    now: Callable[[], float],
) -> None:
    """One run: read from the watermark, print what is new or changed, then save the state."""
    info = verb.incremental
    assert info is not None
    path: str = options["sync_state"]
    operation = f"{resource.name}.{verb.name}"
    command = f"scankit {spec.slug} {resource.command} {sync_name(verb.name)}"
    state = load_state(path)
    if state is None:
        state = SyncState(vendor=spec.slug, operation=operation, scope=dict(scope))
    elif (state.vendor, state.operation, dict(state.scope)) != (spec.slug, operation, dict(scope)):
        raise StateFileError(
            f"{path} holds the state of {state.vendor} {state.operation} {_scope(state.scope)}, not of "
            f"{spec.slug} {operation} {_scope(scope)}: give each list (and server) a state file of its own."
        )
    since = parse_since(options["since"]) if options.get("since") else None
    if since is not None and state.watermark is not None:
        raise click.UsageError(
            f"--since is for the first run, and {path} already has a watermark ({_iso(state.watermark)}): "
            "drop --since to go on from there, or remove the file to start over"
        )
    try:  # a --filter that contradicts the vendor's time filter is refused on every run, the first too
        Window.of(info, datetime.datetime.fromtimestamp(0, datetime.UTC)).query(kwargs)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    run = SyncRun(info, state, now=now, first_since=since)
    paginator = method(*args, **kwargs, since=run.since)
    sink = make_sink(options.get("fmt") or "jsonl", sys.stdout, Console(file=sys.stderr))
    printed = False
    for page in _pages(paginator):
        fresh = [item for item in page.items if run.admit(item)]
        if fresh:
            sink.add(fresh)
            if not printed:
                printed = True
                _hold("first-item")
    sink.close()
    _flush_stdout()
    _hold("before-save")
    after = run.finish()
    save_state(path, after)
    if isinstance(sink, CsvSink) and sink.dropped:
        names = ", ".join(list(sink.dropped)[:5])
        click.echo(f"note: {len(sink.dropped)} field(s) are not in the CSV header ({names}).", err=True)
    mark = _iso(after.watermark) if after.watermark is not None else "none yet"
    click.echo(f"{command}: {run.given} new or changed; watermark {mark} (in {path}).", err=True)


def _iso(moment: datetime.datetime) -> str:
    return moment.astimezone(datetime.UTC).isoformat().replace("+00:00", "Z")


def _scope(scope: Mapping[str, str]) -> str:
    return "(" + ", ".join(f"{k}={v}" for k, v in sorted(scope.items())) + ")" if scope else ""
