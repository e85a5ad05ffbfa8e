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
from scankit_codegen.extensions import load_vendor
from scankit_codegen.registry import vendors

README = Path(__file__).resolve().parent.parent / "README.md"

PRELUDE = """
import atexit, functools, sys, scankit._base as _base, scankit._waiter as _waiter
_now = [0.0]
def _sleep(seconds): _now[0] += seconds
async def _async_sleep(seconds): _now[0] += seconds
_base._Runtime = functools.partial(
    _base._Runtime, sleep=_sleep, async_sleep=_async_sleep, monotonic=lambda: _now[0]
)
_ends = []
_look = _waiter.Watch.look
def _looking(self, answer):
    decision = _look(self, answer)
    if decision.done:
        _ends.append(_waiter.judge(self.info, answer)[0])
    return decision
_waiter.Watch.look = _looking
atexit.register(lambda: print("waits ended:", *_ends, file=sys.stderr))
"""


def section(title: str) -> list[str]:
    """The `### ` parts of a `## ` section of the README."""
    text = README.read_text()
    return re.split(r"\n### ", text.split(f"## {title}", 1)[1].split("\n## ", 1)[0])[1:]


def vendor_named(title: str) -> str | None:
    """The vendor whose client class a heading names (`CloneGuard: start a scan` -> cloneguard)."""
    word = re.split(r"[\s:(]", title.strip(), maxsplit=1)[0]
    return next((v for v in vendors() if load_vendor(v).meta.class_name == word), None)


def runs(vendor: str) -> bool:
    """Its scans run: some operation of the spec declares an x-scankit-waiter."""
    return any(op.waiter is not None for op in load_vendor(vendor).operations)


def blocks() -> list[tuple[str, str]]:
    found = []
    for part in section("The scan loop"):
        title = part.splitlines()[0].split(":")[0].strip()
        found += [(title, code) for code in re.findall(r"```python\n(.*?)```", part, re.S)]
    return found


def shown() -> list[str]:
    """The vendors the scan loop is shown for, in the README's order."""
    return [vendor for title, _ in blocks() if (vendor := vendor_named(title)) is not None]


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(list(dict.fromkeys(shown())), runs=Runs(seconds=None)) as box:
        yield box


def test_the_loop_is_shown_for_the_vendors_whose_scans_run() -> None:
    """Each example names a vendor whose spec declares a waiter, and every vendor the README shows
    under "Using it" whose scans run (a waiter in its spec) has one."""
    titles = [title for title, _ in blocks()]
    assert titles and len(shown()) == len(titles), f"a heading names no vendor's client class: {titles}"
    assert all(runs(vendor) for vendor in shown())
    introduced = {vendor_named(part.splitlines()[0]) for part in section("Using it")} - {None}
    assert {vendor for vendor in introduced if vendor is not None and runs(vendor)} <= set(shown())


@pytest.mark.parametrize(("title", "code"), blocks(), ids=[t for t, _ in blocks()])
def test_the_scan_loop_runs_as_written(title: str, code: str, sandbox: Sandbox) -> None:
    """The example runs, prints, and every wait in it ends in success (the sandbox's runs end well)."""
    env = {k: v for k, v in os.environ.items() if not k.endswith(("_API_KEY", "_BASE_URL", "_TOKEN"))}
    env.update(sandbox.env())
    proc = subprocess.run(
        [sys.executable, "-c", PRELUDE + code], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip(), f"the {title} example printed nothing"
    ended = proc.stderr.rsplit("waits ended:", 1)[-1].split()
    assert ended and set(ended) == {"success"}, proc.stderr[-2000:]
