"""An MkDocs hook (mkdocs.yml `hooks:`): the site's "Vendors" section is one page per spec.

mkdocs.yml names the section and leaves it empty; this fills it from the registry (titles from each
spec's `x-scankit.vendor`), so a new spec's page is in the navigation without an edit there (and
`validation.omitted_files` would otherwise fail the strict build on it).
"""

from __future__ import annotations

from typing import Any

from scankit_codegen.extensions import load_vendor
from scankit_codegen.registry import vendors

SECTION = "Vendors"


def vendor_nav() -> list[dict[str, str]]:
    return [{load_vendor(slug).meta.vendor: f"vendors/{slug}.md"} for slug in vendors()]


def on_config(config: Any) -> Any:
    for entry in config["nav"] or []:
        if isinstance(entry, dict) and SECTION in entry:
            entry[SECTION] = vendor_nav()
            return config
    raise ValueError(f"mkdocs.yml: the nav has no {SECTION!r} section for the vendor pages")
