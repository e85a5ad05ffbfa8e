"""What `scankit --help` shows of each vendor, without importing its facade or generated package.

`make generate` writes a card beside each facade (`scankit/vendors/<slug>.json`: the vendor's name,
its resources and environment variables); the command tree itself is still built from the facade,
when a vendor's command is run. A test keeps the two in step.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import NamedTuple

import scankit.vendors


class VendorCard(NamedTuple):
    slug: str
    name: str
    resources: tuple[str, ...]  # the client's resource attributes, as the facade orders them
    env: tuple[str, ...]  # the API key's variable, the session tokens', then the base URL's

    @property
    def summary(self) -> str:
        """The vendor's line in `scankit --help`."""
        return f"{self.name}: {', '.join(r.strip('_').replace('_', '-') for r in self.resources)}."


def card(slug: str) -> VendorCard | None:
    """The vendor's card, or None if there is none (a facade generated before cards were)."""
    for folder in scankit.vendors.__path__:
        path = Path(folder) / f"{slug}.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        env = data["env"]
        return VendorCard(
            slug=slug,
            name=data["name"],
            resources=tuple(data["resources"]),
            env=(env["api_key"], *env["tokens"], env["base_url"]),
        )
    return None


def installed(slug: str) -> bool:
    """The vendor's generated package (scankit-<slug>) can be imported (it is not imported here)."""
    return importlib.util.find_spec(f"scankit_{slug}") is not None
