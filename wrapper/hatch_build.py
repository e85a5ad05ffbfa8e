"""Build hooks: the `scankit[<vendor>]` extras, and the specs the sandbox serves.

Also `scankit[sandbox]` (the local stand-in server) and `scankit[otel]` (OpenTelemetry spans).

The version lives in `scankit/_version.py` alone; writing it again in pyproject.toml's extras is how
two numbers drift apart, so the extras are computed here from that file. The vendors are the
generated facades in `scankit/vendors/` (one per spec; they ship in the wheel and the sdist), so a
new spec's `make generate` gives it an extra without an edit here.

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
OTEL = ["opentelemetry-api>=1.20,<2"]  # scankit[otel]: a span per call and per HTTP attempt
PACKAGED = Path("scankit") / "sandbox" / "_specs"
SPEC_FILES = ("*/openapi.yaml", "*/sandbox.yaml", "x-scankit.schema.json", "sandbox.schema.json")


def read_version(root: str | Path) -> str:
    text = (Path(root) / "scankit" / "_version.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"$', text, re.M)
    if match is None:
        raise ValueError("scankit/_version.py has no __version__")
    return match.group(1)


def vendors(root: str | Path) -> list[str]:
    """Each generated facade's slug (`scankit/vendors/<slug>.py`; `__init__.py` is not one)."""
    return sorted(p.stem for p in (Path(root) / "scankit" / "vendors").glob("*.py") if not p.stem.startswith("_"))


class ScankitMetadataHook(MetadataHookInterface):
    def update(self, metadata: dict[str, Any]) -> None:
        version = read_version(self.root)
        names = vendors(self.root)
        pins = {vendor: [f"scankit-{vendor}=={version}"] for vendor in names}
        metadata["optional-dependencies"] = {
            **pins,
            # scankit.sandbox: local stand-ins for the vendors' APIs (python -m scankit.sandbox)
            "sandbox": SANDBOX,
            "otel": OTEL,
            "all": SANDBOX + OTEL + [pin for vendor in names for pin in pins[vendor]],
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
