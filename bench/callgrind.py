"""Counting a child process's CPU instructions with valgrind's callgrind, inside chosen C functions.

`bench/cpu.py --instructions` and `bench/request_cpu.py --instructions` run a child of their own
under callgrind that collects only while inside the functions named (e.g. `sys_call_tracing`, the
harness's way to mark a measured pass) and writes one profile per measured pass: `run` gives each
profile and its total, in the order the passes ran.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path


def run(child: list[str], tmp: Path, collect: Sequence[str], *, zero_before: bool = False) -> list[tuple[Path, int]]:
    """Run `child` under callgrind, collecting inside `collect`; a profile is dumped after each call
    of the first of them (with `zero_before`, counted from its start: not what other threads did
    before it). Returns (profile, instructions) per measured pass, in order."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        raise SystemExit("--instructions needs valgrind (callgrind) on PATH")
    out = tmp / "callgrind.out"
    command = [
        valgrind,
        "--tool=callgrind",
        "--collect-atstart=no",
        *(f"--toggle-collect={name}" for name in collect),
        *([f"--zero-before={collect[0]}"] if zero_before else []),
        f"--dump-after={collect[0]}",
        f"--callgrind-out-file={out}",
        *child,
    ]
    env = {**os.environ, "PYTHONHASHSEED": "0"}  # the same dict and set layouts every run
    done = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if done.returncode:
        raise RuntimeError(f"the counted child failed:\n{done.stderr[-3000:]}")
    found = []
    for dump in sorted(tmp.glob("callgrind.out.*"), key=lambda p: int(p.suffix[1:])):
        total = re.search(r"^totals:\s+(\d+)", dump.read_text(), re.MULTILINE)
        if total is None:
            raise RuntimeError(f"no totals in {dump.name}")
        found.append((dump, int(total.group(1))))
    return found
