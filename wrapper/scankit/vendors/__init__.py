"""One generated facade per vendor (scripts/generate.py): the only modules that import a generated package."""

from __future__ import annotations

import pkgutil


def slugs() -> list[str]:
    """Every facade module here, without importing any (so no vendor package is needed)."""
    return sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_"))
