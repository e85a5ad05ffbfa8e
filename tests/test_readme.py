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

from scankit_codegen.extensions import load_vendor
from scankit_codegen.registry import vendors

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"


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
    """Every vendor of the registry has a section of "Using it" with its client's name, or, not
    shown there yet (a new spec), the example its own generated README carries (run by test_docs)."""
    classes = {load_vendor(v).meta.class_name: v for v in vendors()}
    titles = [t for t, _ in examples()]
    assert any(name in title for name in classes for title in titles), titles
    for name, vendor in classes.items():
        if not any(name in title for title in titles):
            assert "```python" in (ROOT / "generated" / vendor / "README.md").read_text(encoding="utf-8"), vendor


@pytest.mark.parametrize(("title", "code"), examples(), ids=[t for t, _ in examples()])
def test_readme_example_runs_against_the_sandbox(title: str, code: str, scankit_sandbox: Any) -> None:
    env = {k: v for k, v in os.environ.items() if not k.endswith(("_API_KEY", "_BASE_URL", "_TOKEN"))}
    env.update(scankit_sandbox.env())
    proc = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip(), f"the {title} example printed nothing"
