"""What a release publishes: `make dist` builds an sdist and a wheel of scankit and of every vendor
package, which `twine check --strict` accepts, each with its license, classifiers and project URLs;
and the wheels install on their own in a clean virtualenv, away from the source tree, and work.

The distributions are scankit plus one `scankit-<vendor>` per `specs/<vendor>/openapi.yaml`. The
wheels are installed with the sandbox extra (dependencies come from the package registry), and a
script that uses only the installed packages runs from another temporary directory: the installed
sandbox, every vendor's client it serves (sync and async), and the installed `scankit` command.
"""

from __future__ import annotations

import email
import json
import os
import subprocess
import sys
import tarfile
import textwrap
import zipfile
from email.message import Message
from pathlib import Path

import pytest

from scankit_codegen.extensions import load_vendor
from scankit_codegen.readme import listing
from scankit_codegen.registry import vendors

ROOT = Path(__file__).resolve().parent.parent
VENDORS = vendors()
DISTRIBUTIONS = ["scankit", *(f"scankit_{v}" for v in VENDORS)]  # as file names spell them


def plan() -> dict[str, tuple[str, str, str]]:
    """Per vendor: its client class and the list the smoke run walks (the README's: no argument needed)."""
    out = {}
    for vendor in VENDORS:
        model = load_vendor(vendor)
        op = listing(model)
        out[vendor] = (model.meta.class_name, op.tag, op.verb)
    return out


SMOKE = textwrap.dedent(
    """
    import asyncio, json, os, pathlib, subprocess, sys
    import scankit
    from scankit.sandbox import Sandbox

    venv = pathlib.Path(sys.prefix)
    assert pathlib.Path(scankit.__file__).is_relative_to(venv), scankit.__file__
    plan = json.loads(sys.argv[1])
    for vendor in plan:
        module = __import__(f"scankit_{vendor}")
        assert pathlib.Path(module.__file__).is_relative_to(venv), module.__file__
        assert (pathlib.Path(module.__file__).parent / "py.typed").exists()
    assert (pathlib.Path(scankit.__file__).parent / "py.typed").exists(), "scankit is typed"

    with Sandbox() as sandbox:
        os.environ.update(sandbox.env())
        counts = {}
        for vendor, (cls, tag, verb) in plan.items():
            if vendor not in sandbox.vendors:
                continue
            with getattr(scankit, cls)() as client:
                sync = len(list(getattr(getattr(client, tag), verb)(max_items=60)))

            async def listed():
                async with getattr(scankit, "Async" + cls)() as client:
                    return len([item async for item in getattr(getattr(client, tag), verb)(max_items=60)])

            counts[vendor] = [sync, asyncio.run(listed())]
        first = next(iter(counts))
        cls, tag, verb = plan[first]
        cli = subprocess.run(
            [str(venv / "bin" / "scankit"), first, tag, verb.replace("_", "-"), "--max-items", "3", "--format", "json"],
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


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`make dist` into a temporary directory: every sdist, a wheel built from each, twine-checked."""
    out = tmp_path_factory.mktemp("dist")
    run(["make", "--no-print-directory", "dist", f"DIST_DIR={out}"], cwd=ROOT)
    return out


def metadata(wheel: Path) -> Message:
    with zipfile.ZipFile(wheel) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        return email.message_from_bytes(archive.read(name))


def test_every_distribution_has_an_sdist_and_a_wheel(dist: Path) -> None:
    from scankit import __version__

    assert sorted(p.name for p in dist.iterdir()) == sorted(
        [f"{name}-{__version__}.tar.gz" for name in DISTRIBUTIONS]
        + [f"{name}-{__version__}-py3-none-any.whl" for name in DISTRIBUTIONS]
    )


def test_each_distribution_carries_the_license_classifiers_and_project_urls(dist: Path) -> None:
    license_text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert (ROOT / "wrapper" / "LICENSE").read_text(encoding="utf-8") == license_text  # the wrapper's copy
    urls = set()
    for wheel in sorted(dist.glob("*.whl")):
        meta = metadata(wheel)
        assert meta["License-Expression"] == "MIT", wheel.name
        assert meta.get_all("License-File") == ["LICENSE"], wheel.name
        classifiers = meta.get_all("Classifier") or []
        for classifier in (
            "Typing :: Typed",
            "Programming Language :: Python :: 3 :: Only",
            "Intended Audience :: Developers",
        ):
            assert classifier in classifiers, wheel.name
        project_urls = dict(u.split(", ", 1) for u in meta.get_all("Project-URL") or [])
        assert {"Homepage", "Documentation", "Changelog", "Issues"} <= set(project_urls), wheel.name
        urls.add(tuple(sorted(project_urls.items())))
        assert meta["Description-Content-Type"] == "text/markdown"
        with zipfile.ZipFile(wheel) as archive:
            name = next(n for n in archive.namelist() if n.endswith(".dist-info/licenses/LICENSE"))
            assert archive.read(name).decode() == license_text, wheel.name
    assert len(urls) == 1, "every distribution points at the same project"
    for sdist in sorted(dist.glob("*.tar.gz")):
        with tarfile.open(sdist) as archive:
            names = {n.split("/", 1)[1] for n in archive.getnames() if "/" in n}
            member = archive.getmember(f"{sdist.name.removesuffix('.tar.gz')}/LICENSE")
            assert member.isfile(), f"{sdist.name}: LICENSE must be a file, not a link"
        assert {"LICENSE", "README.md", "pyproject.toml", "PKG-INFO"} <= names, sdist.name


def assert_one_version(dist: Path) -> None:
    """All the wheels carry scankit/_version.py's number, and each extra pins its vendor to it."""
    from scankit import __version__

    assert {w.name.split("-")[1] for w in dist.glob("*.whl")} == {__version__}
    requires = metadata(next(dist.glob("scankit-*.whl"))).get_all("Requires-Dist") or []
    for vendor in VENDORS:
        assert f"scankit-{vendor}=={__version__}; extra == '{vendor}'" in requires
        assert f"scankit-{vendor}=={__version__}; extra == 'all'" in requires
    assert "opentelemetry-api<2,>=1.20; extra == 'otel'" in requires  # scankit[otel]: the API only


def test_wheels_install_and_work_in_a_clean_virtualenv(dist: Path, tmp_path: Path) -> None:
    venv, elsewhere = tmp_path / "venv", tmp_path / "elsewhere"
    elsewhere.mkdir()
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
    proc = run([python, "-c", SMOKE, json.dumps(plan())], cwd=elsewhere, env=env)
    counts = json.loads(proc.stdout.strip().splitlines()[-1])
    assert counts.pop("cli") == 3
    assert counts, "the installed sandbox serves at least one vendor"
    for vendor, (sync, asynchronous) in counts.items():
        assert 0 < sync == asynchronous <= 60, vendor
    # the installed command's help lists every vendor and its variables, from the installed cards
    helped = run(
        [
            str(
                venv / "bin" / "scankit",
            ),
            "--help",
        ],
        cwd=elsewhere,
        env=env,
    ).stdout
    for vendor in VENDORS:
        assert f"\n  {vendor} " in helped
        assert load_vendor(vendor).meta.env_key in helped
