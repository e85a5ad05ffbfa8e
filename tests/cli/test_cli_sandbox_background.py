"""`scankit sandbox --background` / `stop` / `--env-file`: a detached sandbox whose exports can be eval'ed.

Every test stops what it starts (the fixture kills a leftover by the pid in the state file); the
sandbox binds 127.0.0.1 on a port the OS picks; the only waiting is for the sandbox to be ready.
"""

from __future__ import annotations

import contextlib
import json
import os
import shlex
import shutil
import signal
import subprocess
import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from scankit.cli import CliEnv, cli
from scankit.cli._sandbox import split_args, state_dir

pytestmark = pytest.mark.skipif(os.name != "posix", reason="sessions and signals are POSIX")


@pytest.fixture
def state_home(tmp_path: Path) -> Iterator[Path]:
    home = tmp_path / "state"
    yield home
    state = home / "scankit" / "sandbox.json"
    if state.exists():  # a test that failed half-way: stop its sandbox all the same
        pid = json.loads(state.read_text())["pid"]
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)


def scankit(state_home: Path, *args: str, extra_env: dict[str, str | None] | None = None) -> Result:
    env: dict[str, str | None] = {"XDG_STATE_HOME": str(state_home), "SCANKIT_CONFIG": "/nonexistent/c.toml"}
    env.update(extra_env or {})
    return CliRunner(env=env).invoke(cli, list(args), obj=CliEnv(stdout_isatty=False, stderr_isatty=False))


def exported(stdout: str) -> dict[str, str]:
    out = {}
    for line in stdout.splitlines():
        if line.startswith("export "):
            name, _, value = line.removeprefix("export ").partition("=")
            out[name] = shlex.split(value)[0]
    return out


def gone(pid: int) -> bool:
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def test_background_prints_exports_reuses_the_running_one_and_stop_stops_it(state_home: Path, tmp_path: Path) -> None:
    env_file = tmp_path / "sandbox.env"
    started = scankit(
        state_home, "sandbox", "--background", "--port", "0", "--vendor", "hostedscan", "--env-file", str(env_file)
    )
    assert started.exit_code == 0, started.output
    env = exported(started.stdout)
    assert env["HOSTEDSCAN_BASE_URL"].startswith("http://127.0.0.1:")
    assert env["HOSTEDSCAN_API_KEY"] == "sandbox-hostedscan-key"
    assert "stop it: scankit sandbox stop" in started.stdout
    state = json.loads((state_home / "scankit" / "sandbox.json").read_text())
    pid = state["pid"]
    assert not gone(pid)

    # the env file holds the same variables, for `set -a; . sandbox.env` or a dotenv loader
    lines = env_file.read_text().splitlines()
    assert {line.partition("=")[0]: shlex.split(line.partition("=")[2])[0] for line in lines} == env
    assert env_file.stat().st_mode & 0o077 == 0

    # the exports point the CLI at it
    listed = scankit(state_home, "hostedscan", "scans", "list", "--max-items", "3", extra_env=dict(env))
    assert listed.exit_code == 0, listed.output
    assert len(listed.stdout.splitlines()) == 3

    again = scankit(state_home, "sandbox", "--background", "--port", "0")
    assert again.exit_code == 0, again.output
    assert exported(again.stdout) == env
    assert f"already running on {state['url']}" in again.stderr

    stopped = scankit(state_home, "sandbox", "stop")
    assert stopped.exit_code == 0, stopped.output
    assert stopped.stdout.strip() == f"unset {' '.join(env)}"
    assert f"stopped the sandbox on {state['url']}" in stopped.stderr
    assert gone(pid)
    assert not (state_home / "scankit" / "sandbox.json").exists()

    nothing = scankit(state_home, "sandbox", "stop")
    assert nothing.exit_code == 0
    assert "no background sandbox is running" in nothing.stderr


def test_a_sandbox_that_cannot_start_says_why(state_home: Path) -> None:
    result = scankit(state_home, "sandbox", "--background", "--vendor", "no-such-vendor")
    assert result.exit_code == 1
    assert "the background sandbox exited with status 2" in result.stderr
    assert "invalid choice" in result.stderr  # the tail of its log
    assert not (state_home / "scankit" / "sandbox.json").exists()


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_eval_in_a_real_shell_returns_at_once_and_the_variables_work(state_home: Path) -> None:
    python = shlex.quote(sys.executable)
    script = f"""
        set -e
        eval "$({python} -m scankit sandbox --background --port 0 --vendor passentry)"
        {python} -m scankit passentry scans list --max-items 2 --format jsonl
        eval "$({python} -m scankit sandbox stop)"
        echo "after stop: [${{PASSENTRY_BASE_URL:-}}]"
    """
    env = {**os.environ, "XDG_STATE_HOME": str(state_home), "SCANKIT_CONFIG": "/nonexistent/c.toml"}
    env.pop("PASSENTRY_BASE_URL", None)
    done = subprocess.run(["bash", "-c", script], env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    items = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    assert len(items) == 2
    assert "after stop: []" in done.stdout


def test_env_file_in_the_foreground_is_written_once_it_serves(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[list[str]] = []

    def main(argv: list[str], *, on_ready: Any = None, prog: str = "") -> int:
        seen.append(argv)
        on_ready(
            types.SimpleNamespace(
                env=lambda: {"PX_API_KEY": "sandbox-packagex-key", "PX_BASE_URL": "http://127.0.0.1:1/px"}
            )
        )
        return 0

    fake = types.ModuleType("scankit.sandbox")
    fake.main = main  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "scankit.sandbox", fake)
    path = tmp_path / "px.env"
    result = CliRunner().invoke(cli, ["sandbox", f"--env-file={path}", "--port", "0"], obj=CliEnv())
    assert result.exit_code == 0, result.output
    assert seen == [["--port", "0"]]
    assert path.read_text() == "PX_API_KEY=sandbox-packagex-key\nPX_BASE_URL=http://127.0.0.1:1/px\n"


def test_split_args_and_state_dir() -> None:
    assert split_args(["--port", "0", "--background", "--env-file", "x.env"]) == (True, "x.env", ["--port", "0"])
    assert state_dir({"XDG_STATE_HOME": "/s"}) == Path("/s/scankit")
    assert state_dir({}).parts[-3:] == (".local", "state", "scankit")


def test_help_mentions_background_and_stop() -> None:
    result = CliRunner().invoke(cli, ["sandbox", "--help"], obj=CliEnv())
    assert "--background" in result.stdout
    assert "scankit sandbox stop" in result.stdout
    assert "--port" in result.stdout  # and the sandbox's own options
