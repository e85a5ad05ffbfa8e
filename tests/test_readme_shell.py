"""Every shell example of the README runs as written, against the sandbox, as tests/test_readme.py runs
the Python ones.

Each ``scankit …`` line runs in bash with nothing but the environment the sandbox prints; the
"day's work" block runs whole (a background sandbox, a listing, its stop, then a foreground one
stopped once it has written its env file); the profile example runs with the README's own config
table. The few lines that build or install (``make``, ``pip``, recording from a real account) are
named below with why they run elsewhere, and a new shell line that is in none of these fails here.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from scankit.sandbox import Sandbox

README = Path(__file__).resolve().parent.parent / "README.md"
BIN = Path(sys.executable).parent
pytestmark = pytest.mark.skipif(os.name != "posix" or shutil.which("bash") is None, reason="the examples are bash")

RUN_ELSEWHERE = {
    "make demo": "the demo itself (`make demo`)",
    "make check": "the whole suite, of which this test is a part",
    'pip install "scankit[hostedscan]"': "installs from the package index (tests/test_wheels.py installs the wheels)",
    "export SCANKIT_RECORD_REAL=1 HOSTEDSCAN_API_KEY=...": "needs a real account's key",
    "make record VENDOR=hostedscan": "re-records cassettes (tests/vendors/conftest.py records from the sandbox)",
}


def sh_lines() -> list[str]:
    """Every command line of every ```sh block (comments dropped), in the README's order."""
    lines = []
    for block in re.findall(r"^ *```sh\n(.*?)^ *```", README.read_text(), re.S | re.M):
        for line in block.splitlines():
            command = re.sub(r"\s+#.*$", "", line).strip()
            if command and not command.startswith("#"):
                lines.append(command)
    return lines


def cli_lines() -> list[str]:
    """The block of `scankit <vendor> …` examples under "The `scankit` command"."""
    section = README.read_text().split("## The `scankit` command", 1)[1]
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    assert block is not None
    return [re.sub(r"\s+#.*$", "", line).strip() for line in block.group(1).splitlines() if line.strip()]


DAY = [line for line in sh_lines() if "scankit sandbox" in line or line == "scankit hostedscan scans list"]
PROFILE = [line for line in sh_lines() if "--profile sandbox" in line or "HOSTEDSCAN_SANDBOX_KEY=" in line]


def shell_env(extra: dict[str, str], tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.endswith(("_API_KEY", "_BASE_URL", "_TOKEN"))}
    env.pop("SCANKIT_PROFILE", None)
    env.update(
        PATH=f"{BIN}{os.pathsep}{env.get('PATH', '')}",
        SCANKIT_CONFIG=str(tmp / "no-config.toml"),
        XDG_STATE_HOME=str(tmp / "state"),
        SCANKIT_SANDBOX_PORT="0",  # `scankit sandbox` as written, on a free port
        COLUMNS="120",
    )
    env.update(extra)
    return env


def bash(command: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-c", command], env=env, cwd=cwd, capture_output=True, text=True, timeout=120, check=False
    )


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(rate_limits=False) as box:
        yield box


def test_every_shell_line_is_run_here_or_named() -> None:
    covered = set(cli_lines()) | set(DAY) | set(PROFILE) | set(RUN_ELSEWHERE)
    assert [line for line in sh_lines() if line not in covered] == []
    assert all(line in sh_lines() for line in RUN_ELSEWHERE), "a line named here left the README"
    assert len(cli_lines()) >= 8 and len(DAY) == 4 and len(PROFILE) == 2


@pytest.mark.parametrize("line", cli_lines())
def test_each_cli_example_runs_against_the_sandbox(line: str, sandbox: Sandbox, tmp_path: Path) -> None:
    done = bash(line, shell_env(sandbox.env(), tmp_path), tmp_path)
    assert done.returncode == 0, f"{line}\n{done.stderr[-2000:]}"
    written = re.search(r">\s*(\S+)$", line)
    output = (tmp_path / written.group(1)).read_text() if written else done.stdout
    assert output.strip(), f"{line} printed nothing"


def test_a_days_work_block_runs(tmp_path: Path) -> None:
    *background, foreground = DAY
    env = shell_env({}, tmp_path)
    script = "set -euo pipefail\n" + "\n".join(background) + "\n"
    done = bash(script, env, tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert len(done.stdout.splitlines()) >= 50  # the listing, between the start and the stop
    assert "stopped the sandbox" in done.stderr
    with subprocess.Popen(
        ["bash", "-c", f"exec {foreground}"], env=env, cwd=tmp_path, stdout=subprocess.PIPE, text=True
    ) as process:
        try:
            assert process.stdout is not None
            for line in process.stdout:  # the banner's export lines come once it serves
                if line.startswith("export "):
                    break
            written = (tmp_path / ".env.sandbox").read_text()
            assert "HOSTEDSCAN_API_KEY=sandbox-hostedscan-key" in written
            process.send_signal(signal.SIGTERM)
            assert process.wait(timeout=15) == 0
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()


def test_the_profile_example_runs_with_the_readmes_config(sandbox: Sandbox, tmp_path: Path) -> None:
    """The README's config table (its sandbox on the default port 8765; here, this test's port)."""
    table = re.search(r"```toml\n(.*?)```", README.read_text().split("**Profiles**", 1)[1], re.S)
    assert table is not None
    config = tmp_path / "config.toml"
    config.write_text(table.group(1).replace("http://127.0.0.1:8765", sandbox.url))
    config.chmod(0o600)
    env = shell_env({"SCANKIT_CONFIG": str(config)}, tmp_path)
    done = bash("set -euo pipefail\n" + "\n".join(PROFILE), env, tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert len(done.stdout.splitlines()) >= 1200  # --all: every scan (and the one an example above created)
