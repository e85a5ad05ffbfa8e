"""A benchmark's server script in a subprocess, for as long as a `with` block lasts.

The script prints one JSON line (where it serves, its keys) once it serves, and serves until its
stdin closes: `with Served([...]) as info:` gives that line, decoded, and stops the server after.
"""

from __future__ import annotations

import json
import subprocess
from typing import Any


class Served:
    def __init__(self, args: list[str]) -> None:
        self.args = args

    def __enter__(self) -> dict[str, Any]:
        self.proc = subprocess.Popen(self.args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            self.proc.kill()
            self.proc.wait()
            raise RuntimeError("the sandbox server did not start")
        info: dict[str, Any] = json.loads(line)
        return info

    def __exit__(self, *exc: object) -> None:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.close()
        try:
            self.proc.wait(20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.proc.stdout.close()
