"""`scankit sandbox --background`, `scankit sandbox stop` and `--env-file`: the sandbox for a day's work.

    eval "$(scankit sandbox --background)"     # starts it detached, sets the variables in this shell
    scankit hostedscan scans list
    eval "$(scankit sandbox stop)"             # stops it and unsets them

The background sandbox is `python -m scankit.cli._sandbox` (POSIX only), in a session of its own
with its output in a log file (so `$(…)` returns at once), which writes a state file once it serves: its pid, URL
and variables. `--background` waits for that file (or for the process to fail) and prints the
`export` lines; a second `--background` finds it running and prints them again. State and log live
in $XDG_STATE_HOME/scankit (default ~/.local/state/scankit).
"""

from __future__ import annotations

import contextlib
import json
import os
import shlex
import signal
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import click
import httpx

_CHILD = "scankit.cli._sandbox"
READY_TIMEOUT = 30.0
STOP_TIMEOUT = 15.0

EXTRA_HELP = """
scankit's own options (before or after the sandbox's):
  --background     start it detached and print `export` lines:  eval "$(scankit sandbox --background)"
  --env-file PATH  also write the variables to PATH as NAME=value lines (mode 600)
  stop             `scankit sandbox stop` stops the background sandbox and prints `unset` lines
"""


def state_dir(environ: Mapping[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    base = env.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base).expanduser() / "scankit"


def state_file() -> Path:
    return state_dir() / "sandbox.json"


def split_args(argv: Sequence[str]) -> tuple[bool, str | None, list[str]]:
    """(--background given, the --env-file path, the arguments that are the sandbox's own)."""
    background, env_file, rest = False, None, []
    args = iter(argv)
    for arg in args:
        if arg == "--background":
            background = True
        elif arg == "--env-file":
            env_file = next(args, None)
            if not env_file:
                raise click.UsageError("--env-file needs a path")
        elif arg.startswith("--env-file="):
            env_file = arg.partition("=")[2]
        else:
            rest.append(arg)
    return background, env_file, rest


def exports(env: Mapping[str, str]) -> str:
    return "".join(f"export {name}={shlex.quote(value)}\n" for name, value in env.items())


def write_env_file(path: str, env: Mapping[str, str]) -> None:
    """NAME=value lines (values quoted for a shell where needed), readable by its owner only."""
    text = "".join(f"{name}={shlex.quote(value)}\n" for name, value in env.items())
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)


def run(module: Any, argv: Sequence[str]) -> int:
    """`scankit sandbox ARGS`: stop, start in the background, or serve here (with --env-file)."""
    if list(argv[:1]) == ["stop"]:
        return stop()
    if "--help" in argv or "-h" in argv:
        click.echo(EXTRA_HELP.strip() + "\n")
    background, env_file, rest = split_args(argv)
    if background:
        return start_background(rest, env_file)
    on_ready: Callable[[Any], None] | None = None
    if env_file:
        path = env_file

        def on_ready(sandbox: Any) -> None:
            write_env_file(path, sandbox.env())

    code = module.main(rest, on_ready=on_ready, prog="scankit sandbox")
    return int(code) if isinstance(code, int) else 0


# -- the background process ----------------------------------------------------------------------


def _read_state() -> dict[str, Any] | None:
    try:
        data = json.loads(state_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and isinstance(data.get("pid"), int) else None


def _alive(pid: int) -> bool:
    with contextlib.suppress(ChildProcessError, OSError):
        # our own child (in tests) stays a zombie until reaped; reap it so it reads as gone
        if os.waitpid(pid, os.WNOHANG)[0] == pid:
            return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _ours(state: Mapping[str, Any]) -> bool:
    """The pid in the state file is still the sandbox we started (pids are reused)."""
    pid = int(state["pid"])
    if not _alive(pid):
        return False
    cmdline = Path(f"/proc/{pid}/cmdline")
    if cmdline.exists():
        with contextlib.suppress(OSError):
            return _CHILD.encode() in cmdline.read_bytes()
    try:  # no /proc: it is ours if the sandbox answers at its URL
        return httpx.get(str(state["url"]), timeout=2.0).status_code == 200
    except httpx.HTTPError:
        return False


def start_background(rest: list[str], env_file: str | None) -> int:
    if not hasattr(os, "posix_spawn"):
        raise click.UsageError("--background needs a POSIX system: run `scankit sandbox` in a terminal of its own")
    state = _read_state()
    if state is not None and _ours(state):
        click.echo(f"scankit sandbox: already running on {state['url']} (pid {state['pid']}).", err=True)
        return _announce(state, env_file)
    directory = state_dir()
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = state_file()
    with contextlib.suppress(FileNotFoundError):
        target.unlink()  # a stale file from a sandbox that is gone
    log = directory / "sandbox.log"
    pid = _spawn([sys.executable, "-m", _CHILD, str(target), *rest], log)
    deadline = time.monotonic() + READY_TIMEOUT
    while True:
        state = _read_state()
        if state is not None and state["pid"] == pid:
            return _announce({**state, "log": str(log)}, env_file)
        code = _exit_status(pid)
        if code is not None or time.monotonic() > deadline:
            if code is None:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
            tail = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-5:]
            why = f"exited with status {code}" if code is not None else f"did not start within {READY_TIMEOUT:g}s"
            click.echo(f"scankit sandbox: the background sandbox {why}; its log ({log}):", err=True)
            for line in tail:
                click.echo(f"  {line}", err=True)
            return 1
        time.sleep(0.05)  # waiting for readiness, nothing else


def _spawn(argv: list[str], log: Path) -> int:
    """Start `argv` detached: a session of its own, stdin from /dev/null, stdout and stderr to `log`.

    posix_spawn rather than Popen: nobody waits for this process, and a Popen dropped while its
    process runs warns about it.
    """
    fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        return os.posix_spawn(
            argv[0],
            argv,
            dict(os.environ),
            file_actions=[
                (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
                (os.POSIX_SPAWN_DUP2, fd, 1),
                (os.POSIX_SPAWN_DUP2, fd, 2),
            ],
            setsid=True,  # closing the terminal does not stop it
        )
    finally:
        os.close(fd)


def _exit_status(pid: int) -> int | None:
    """The exit status of our child `pid`, or None while it runs."""
    done, status = os.waitpid(pid, os.WNOHANG)
    return os.waitstatus_to_exitcode(status) if done == pid else None


def _announce(state: Mapping[str, Any], env_file: str | None) -> int:
    env = dict(state.get("env") or {})
    if env_file:
        write_env_file(env_file, env)
    click.echo(exports(env), nl=False)
    log = f", log {state['log']}" if state.get("log") else ""
    click.echo(f"# scankit sandbox on {state['url']} (pid {state['pid']}{log}); stop it: scankit sandbox stop")
    return 0


def stop() -> int:
    """Stop the background sandbox; print `unset` lines so `eval "$(scankit sandbox stop)"` clears them."""
    if not hasattr(os, "posix_spawn"):
        raise click.UsageError("there is no background sandbox on this system (it needs POSIX)")
    state = _read_state()
    target = state_file()
    if state is None:
        click.echo("scankit sandbox: no background sandbox is running.", err=True)
        return 0
    pid = int(state["pid"])
    if _ours(state):
        os.kill(pid, signal.SIGTERM)  # the sandbox stops cleanly on SIGTERM
        deadline = time.monotonic() + STOP_TIMEOUT
        while _alive(pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        if _alive(pid):
            os.kill(pid, signal.SIGKILL)
        click.echo(f"scankit sandbox: stopped the sandbox on {state['url']} (pid {pid}).", err=True)
    else:
        click.echo(f"scankit sandbox: the sandbox on {state['url']} had already stopped.", err=True)
    with contextlib.suppress(FileNotFoundError):
        target.unlink()
    names = list((state.get("env") or {}).keys())
    if names:
        click.echo(f"unset {' '.join(names)}")
    return 0


def _child(argv: list[str]) -> int:
    """The background process: serve, and write the state file once serving."""
    from scankit.sandbox import main

    target = Path(argv[0])

    def ready(sandbox: Any) -> None:
        state = {"pid": os.getpid(), "url": sandbox.url, "env": sandbox.env()}
        partial = target.with_suffix(".tmp")
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(state, fh)
        os.replace(partial, target)  # whole or absent: the parent never reads half a file

    try:
        return main(argv[1:], on_ready=ready)
    finally:
        with contextlib.suppress(OSError, ValueError):
            if json.loads(target.read_text(encoding="utf-8")).get("pid") == os.getpid():
                target.unlink()


if __name__ == "__main__":
    sys.exit(_child(sys.argv[1:]))
