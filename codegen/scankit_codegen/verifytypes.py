"""Print pyright's type completeness of scankit and of each generated package; fail under the bar.

    python -m scankit_codegen verifytypes

`pyright --verifytypes PKG --ignoreexternal` counts the public symbols whose type a checker can
know without guessing. Bars: scankit >= 95 %, each generated package >= 99 %.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from scankit_codegen.registry import ROOT, package, vendors

BIN = Path(sys.executable).parent
SCANKIT_BAR = 95.0
VENDOR_BAR = 99.0


def bars() -> dict[str, float]:
    """scankit's bar, then each generated package's (one per spec)."""
    return {"scankit": SCANKIT_BAR, **{package(v): VENDOR_BAR for v in vendors()}}


def completeness(package: str) -> tuple[float, list[str]]:
    # pyright finds the packages through the venv's python on PATH (--pythonpath is not used by
    # --verifytypes); it runs outside the repo so that the source tree is not taken for them.
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}", "VIRTUAL_ENV": str(BIN.parent)}
    with tempfile.TemporaryDirectory() as tmp:
        proc = subprocess.run(
            [str(BIN / "pyright"), "--verifytypes", package, "--ignoreexternal", "--outputjson"],
            cwd=tmp,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
    report = json.loads(proc.stdout)
    score = float(report["typeCompleteness"]["completenessScore"]) * 100
    problems = sorted(
        {
            f"{d.get('file', '').replace(str(ROOT) + '/', '')}:{d['range']['start']['line'] + 1}: {d['message']}"
            for d in report.get("generalDiagnostics", [])
            if d.get("severity") == "error"
        }
    )
    return score, problems


def main(argv: list[str] | None = None) -> int:
    failed = False
    for name, bar in bars().items():
        score, problems = completeness(name)
        ok = score >= bar
        failed |= not ok
        print(f"verifytypes {name:22} {score:5.1f} % (bar {bar:g} %) {'ok' if ok else 'FAILED'}")
        if not ok:
            for problem in problems[:20]:
                print(f"    {problem}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
