"""The README's scan loop (create -> wait -> results) runs as written against the sandbox.

Each ```python block of "## The scan loop" runs in its own interpreter with only the environment the
sandbox prints, as a user would run it — except that the clients' clock is virtual (a prelude
swaps the default `_Runtime`), so the vendors' real poll intervals (10 s, 20 s, 30 s) cost nothing.
The sandbox's scans end after a few reads, so the loop ends the way it would against the vendor.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from scankit.sandbox import Runs, Sandbox

README = Path(__file__).resolve().parent.parent / "README.md"

PRELUDE = """
import functools, scankit._base as _base
_now = [0.0]
def _sleep(seconds): _now[0] += seconds
async def _async_sleep(seconds): _now[0] += seconds
_base._Runtime = functools.partial(
    _base._Runtime, sleep=_sleep, async_sleep=_async_sleep, monotonic=lambda: _now[0]
)
"""


def blocks() -> list[tuple[str, str]]:
    text = README.read_text()
    section = text.split("## The scan loop", 1)[1].split("\n## ", 1)[0]
    found = []
    for part in re.split(r"\n### ", section)[1:]:
        title = part.splitlines()[0].split(":")[0].strip()
        found += [(title, code) for code in re.findall(r"```python\n(.*?)```", part, re.S)]
    return found


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(["hostedscan", "advalidation", "cloneguard"], runs=Runs(seconds=None)) as box:
        yield box


def test_the_loop_is_shown_for_the_vendors_whose_scans_run() -> None:
    assert [title for title, _ in blocks()] == ["HostedScan", "CloneGuard", "Advalidation"]


@pytest.mark.parametrize(("title", "code"), blocks(), ids=[t for t, _ in blocks()])
def test_the_scan_loop_runs_as_written(title: str, code: str, sandbox: Sandbox) -> None:
    env = {k: v for k, v in os.environ.items() if not k.endswith(("_API_KEY", "_BASE_URL", "_TOKEN"))}
    env.update(sandbox.env())
    proc = subprocess.run(
        [sys.executable, "-c", PRELUDE + code], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = proc.stdout
    expected = {"HostedScan": "bytes", "CloneGuard": "done", "Advalidation": "["}[title]
    assert expected in out, out
    if title == "HostedScan":  # on_update printed the run as it went, and it ended well
        assert "RUNNING" in out and "scan ended" not in out
