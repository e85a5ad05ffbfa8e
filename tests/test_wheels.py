"""The six wheels install on their own: a clean virtualenv, away from the source tree, then a smoke run.

Builds `scankit` and the five `scankit-<vendor>` wheels (what `make build` does), installs them with
the sandbox extra into a new virtualenv in a temporary directory (dependencies come from the package
registry), and from another temporary directory runs a script that uses only the installed
packages: the installed sandbox, every vendor's client, and the installed `scankit` command.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENDORS = ["packagex", "hostedscan", "advalidation", "passentry", "cloneguard"]

SMOKE = textwrap.dedent(
    """
    import asyncio, json, os, pathlib, subprocess, sys
    import scankit
    from scankit.sandbox import Sandbox

    venv = pathlib.Path(sys.prefix)
    assert pathlib.Path(scankit.__file__).is_relative_to(venv), scankit.__file__
    for vendor in {vendors!r}:
        module = __import__(f"scankit_{{vendor}}")
        assert pathlib.Path(module.__file__).is_relative_to(venv), module.__file__
        assert (pathlib.Path(module.__file__).parent / "py.typed").exists()
    assert (pathlib.Path(scankit.__file__).parent / "py.typed").exists(), "scankit is typed"

    with Sandbox() as sandbox:
        os.environ.update(sandbox.env())
        counts = {{}}
        with scankit.HostedScan() as hs:
            counts["hostedscan"] = sum(1 for _ in hs.scans.list())
        with scankit.PackageX() as px:
            counts["packagex"] = len(list(px.scans.list(max_items=60)))
        with scankit.Advalidation() as adv:
            counts["advalidation"] = len(list(adv.campaigns.list()))
        with scankit.CloneGuard() as cg:
            counts["cloneguard"] = len(list(cg.scans.list(per_page=100)))

        async def passentry():
            async with scankit.AsyncPassEntry() as pe:
                return len([s async for s in pe.scans.list(status="failed")])

        counts["passentry"] = asyncio.run(passentry())
        cli = subprocess.run(
            [str(venv / "bin" / "scankit"), "passentry", "scans", "list", "--max-items", "3", "--format", "json"],
            capture_output=True, text=True, check=True,
        )
        counts["cli"] = len(json.loads(cli.stdout))
    print(json.dumps(counts))
    """
)


def run(cmd: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False, timeout=900, **kwargs)  # type: ignore[call-overload]
    assert proc.returncode == 0, f"{cmd[:4]} failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    return proc


def assert_one_version(dist: Path) -> None:
    """All six wheels carry scankit/_version.py's number, and each extra pins its vendor to it."""
    import zipfile

    from scankit import __version__

    assert {w.name.split("-")[1] for w in dist.glob("*.whl")} == {__version__}
    with zipfile.ZipFile(next(dist.glob("scankit-*.whl"))) as wheel:
        metadata = wheel.read(f"scankit-{__version__}.dist-info/METADATA").decode()
    for vendor in VENDORS:
        assert f"Requires-Dist: scankit-{vendor}=={__version__}; extra == '{vendor}'" in metadata
        assert f"Requires-Dist: scankit-{vendor}=={__version__}; extra == 'all'" in metadata


def test_wheels_install_and_work_in_a_clean_virtualenv(tmp_path: Path) -> None:
    dist, venv, elsewhere = tmp_path / "dist", tmp_path / "venv", tmp_path / "elsewhere"
    elsewhere.mkdir()
    sources = ["./wrapper", *(f"./generated/{v}" for v in VENDORS)]
    run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(dist), *sources], cwd=ROOT)
    wheels = sorted(p.name for p in dist.glob("*.whl"))
    assert [w.split("-")[0] for w in wheels] == ["scankit", *sorted(f"scankit_{v}" for v in VENDORS)]
    assert_one_version(dist)

    run([sys.executable, "-m", "venv", str(venv)])
    python = str(venv / "bin" / "python")
    scankit_wheel = next(dist.glob("scankit-*.whl"))
    vendor_wheels = [str(p) for p in dist.glob("scankit_*.whl")]
    run([python, "-m", "pip", "install", "--quiet", f"{scankit_wheel}[sandbox]", *vendor_wheels], cwd=elsewhere)

    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONPATH",) and not k.endswith(("_API_KEY", "_BASE_URL", "_TOKEN"))
    }
    proc = run([python, "-c", SMOKE.format(vendors=VENDORS)], cwd=elsewhere, env=env)
    counts = proc.stdout.strip().splitlines()[-1]
    assert (
        counts
        == '{"hostedscan": 1200, "packagex": 60, "advalidation": 12, "cloneguard": 250, "passentry": 261, "cli": 3}'
    )
