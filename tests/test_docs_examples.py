"""Every operation on a vendor's reference page has an example, and every example runs as printed.

The examples are generated from the spec (scankit_codegen/examples.py); here they are read back from the
checked-in pages (docs/vendors/<vendor>.md, what a reader sees) and run in one interpreter per vendor,
each example in a fresh namespace against a fresh sandbox of that vendor (each stands alone: the
target that `targets.create` made must not make `targets.update`'s own create fail), with nothing in
the environment but what a user of the sandbox exports: `<VENDOR>_API_KEY`, `<VENDOR>_BASE_URL`.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import scankit.sandbox
from scankit_codegen import docs
from scankit_codegen.extensions import load_vendor
from scankit_codegen.registry import vendors

ROOT = Path(__file__).resolve().parent.parent
VENDORS = vendors()

# Runs each example in its own namespace against its own sandbox; reports what it printed or how it failed.
RUNNER = """
import contextlib, io, json, os, sys, traceback
from scankit.sandbox import Sandbox
job = json.loads(sys.stdin.read())
results = {}
for name, code in job["examples"].items():
    out = io.StringIO()
    try:
        with Sandbox(vendors=[job["vendor"]]) as sandbox:
            os.environ.update(sandbox.env(), **job["credentials"])
            with contextlib.redirect_stdout(out):
                exec(compile(code, name, "exec"), {"__name__": "__main__"})
        results[name] = {"ok": True, "out": out.getvalue()}
    except BaseException:
        results[name] = {"ok": False, "out": out.getvalue(), "error": traceback.format_exc()[-3000:]}
print(json.dumps(results))
"""


def page_examples(vendor: str) -> dict[str, str]:
    """operationId's anchor -> the example printed under that operation's heading."""
    text = (ROOT / "docs" / "vendors" / f"{vendor}.md").read_text(encoding="utf-8")
    out = {}
    for section in re.split(r"^### ", text, flags=re.M)[1:]:
        heading = re.match(r".*\{#op-([a-z0-9-]+)\}$", section.splitlines()[0])
        code = re.search(r"\*\*Example\*\*\n\n```python\n(.*?)```", section, re.S)
        if heading and code:
            out[heading.group(1)] = code.group(1)
    return out


def run(vendor: str, examples: dict[str, str]) -> dict[str, Any]:
    """Each example against a fresh sandbox; the vendor's sign-in credentials, if the sandbox has
    any (`scankit.sandbox.sign_in_credentials`), under the names the examples read them from."""
    stem = load_vendor(vendor).meta.env_stem
    signin = scankit.sandbox.sign_in_credentials(vendor)
    credentials = {f"{stem}_{key.upper()}": value for key, value in signin.items()}
    env = {k: v for k, v in os.environ.items() if not k.endswith(("_API_KEY", "_BASE_URL", "_TOKEN"))}
    proc = subprocess.run(
        [sys.executable, "-c", RUNNER],
        input=json.dumps({"vendor": vendor, "examples": examples, "credentials": credentials}),
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    results: dict[str, Any] = json.loads(proc.stdout)
    return results


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_operation_has_an_example(vendor: str) -> None:
    operations = load_vendor(vendor).operations
    assert set(page_examples(vendor)) == {docs.anchor("op", op.operation_id)[3:] for op in operations}


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_example_runs_against_the_sandbox(vendor: str) -> None:
    examples = page_examples(vendor)
    results = run(vendor, examples)
    assert set(results) == set(examples)
    failed = {name: r["error"] for name, r in results.items() if not r["ok"]}
    assert not failed, "\n\n".join(f"{name}:\n{examples[name]}\n{error}" for name, error in failed.items())
    for name, result in results.items():
        printed = result["out"].strip()
        # a list may be empty (the first creative need not be a VAST one with media files)
        assert printed or "for " in examples[name], f"{name} printed nothing"
        assert "Unset" not in printed and "None" not in printed.split(), f"{name} printed a missing field: {printed}"


def test_an_example_that_fails_is_reported() -> None:
    """The runner reports an example that raises, rather than passing over it."""
    vendor = VENDORS[0]
    cls = load_vendor(vendor).meta.class_name
    results = run(vendor, {"good": f"import scankit\nprint(scankit.{cls}())\n", "bad": "raise LookupError('x')\n"})
    assert results["good"]["ok"] and results["good"]["out"]
    assert not results["bad"]["ok"] and "LookupError" in results["bad"]["error"]
