"""Build hooks: the `scankit[<vendor>]` extras, and the specs the sandbox serves.

The version lives in `scankit/_version.py` alone; writing it again in pyproject.toml's extras is how
two numbers drift apart, so the extras are computed here from that file. The vendors are the specs
(`../specs/<vendor>/openapi.yaml` in a checkout; the copies under `scankit/sandbox/_specs/` in an
sdist): no list of them is kept here.

`scankit.sandbox` serves each vendor from its spec, so the wheel (and the sdist) carry the specs,
the sandbox's data files and the two schemas under `scankit/sandbox/_specs/`. An editable install
reads them from the checkout instead.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface
from hatchling.metadata.plugin.interface import MetadataHookInterface

SANDBOX = ["starlette>=1.0,<2", "uvicorn>=0.30,<1", "PyYAML>=6", "jsonschema>=4.18"]
PACKAGED = Path("scankit") / "sandbox" / "_specs"
SPEC_FILES = ("*/openapi.yaml", "*/sandbox.yaml", "x-scankit.schema.json", "sandbox.schema.json")


def read_version(root: str | Path) -> str:
    text = (Path(root) / "scankit" / "_version.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"$', text, re.M)
    if match is None:
        raise ValueError("scankit/_version.py has no __version__")
    return match.group(1)


def specs_dir(root: str | Path) -> Path:
    """The specs: the checkout's `specs/` beside `wrapper/`, else the copies an sdist carries."""
    checkout = Path(root).resolve().parent / "specs"
    return checkout if checkout.is_dir() else Path(root) / PACKAGED


def vendors(root: str | Path) -> list[str]:
    found = sorted(p.parent.name for p in specs_dir(root).glob("*/openapi.yaml"))
    if not found:
        raise ValueError(f"no specs under {specs_dir(root)}")
    return found


class ScankitMetadataHook(MetadataHookInterface):
    def update(self, metadata: dict[str, Any]) -> None:
        version = read_version(self.root)
        names = vendors(self.root)
        pins = {vendor: [f"scankit-{vendor}=={version}"] for vendor in names}
        metadata["optional-dependencies"] = {
            **pins,
            # scankit.sandbox: local stand-ins for the vendors' APIs (python -m scankit.sandbox)
            "sandbox": SANDBOX,
            "all": SANDBOX + [pin for vendor in names for pin in pins[vendor]],
        }


class ScankitSpecsHook(BuildHookInterface):  # type: ignore[type-arg]
    """Copies the specs into the wheel and the sdist, for the sandbox (not into an editable install)."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        source = Path(self.root).resolve().parent / "specs"
        if version == "editable" or not source.is_dir():
            return  # editable: the sandbox reads the checkout; from an sdist: the copies are in place
        for pattern in SPEC_FILES:
            for path in sorted(source.glob(pattern)):
                build_data["force_include"][str(path)] = str(PACKAGED / path.relative_to(source))
