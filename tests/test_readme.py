"""The README's example for each vendor runs as written against a server that behaves like the vendor.

Each ```python block under "## Using it" runs in its own interpreter with nothing but the
environment variables the sandbox prints (`<VENDOR>_API_KEY`, `<VENDOR>_BASE_URL`, ...), exactly
as a user would run it after `scankit sandbox`.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

README = Path(__file__).resolve().parent.parent / "README.md"


def examples() -> list[tuple[str, str]]:
    text = README.read_text()
    usage = text.split("## Using it", 1)[1].split("\n## ", 1)[0]
    found = []
    for section in re.split(r"\n### ", usage)[1:]:
        title = section.splitlines()[0].strip()
        for block in re.findall(r"```python\n(.*?)```", section, re.S):
            found.append((title, block))
    return found


def test_every_vendor_has_an_example() -> None:
    titles = " ".join(t for t, _ in examples())
    for vendor in ("HostedScan", "PackageX", "Advalidation", "PassEntry", "CloneGuard"):
        assert vendor in titles


@pytest.mark.parametrize(("title", "code"), examples(), ids=[t for t, _ in examples()])
def test_readme_example_runs_against_the_sandbox(title: str, code: str, scankit_sandbox: Any) -> None:
    env = {k: v for k, v in os.environ.items() if not k.endswith(("_API_KEY", "_BASE_URL", "_TOKEN"))}
    env.update(scankit_sandbox.env())
    proc = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip(), f"the {title} example printed nothing"
