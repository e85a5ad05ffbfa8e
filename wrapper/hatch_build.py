"""Build hook: the `scankit[<vendor>]` extras pin each vendor package to scankit's own version.

Also `scankit[sandbox]` (the local stand-in server) and `scankit[otel]` (OpenTelemetry spans).

The version lives in `scankit/_version.py` alone; writing it again in pyproject.toml's extras is how
two numbers drift apart, so the extras are computed here from that file. The vendors are the
generated facades in `scankit/vendors/` (one per spec; they ship in the wheel and the sdist), so a
new spec's `make generate` gives it an extra without an edit here.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from hatchling.metadata.plugin.interface import MetadataHookInterface

SANDBOX = ["starlette>=1.0,<2", "uvicorn>=0.30,<1"]
OTEL = ["opentelemetry-api>=1.20,<2"]  # scankit[otel]: a span per call and per HTTP attempt


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
