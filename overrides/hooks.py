"""MkDocs hooks: the built site/ works opened from disk (file://), search included, with no network.

Material's `offline` plugin turns off directory URLs (so a link names `page.html`, not a folder) and
inlines the search index into `search/search_index.js`. Browsers refuse to start the search Web Worker
from a file:// page, so the plugin adds a shim, `iframe-worker`, that runs it in an iframe instead;
it would load that shim from a CDN. Here it is served from the site itself: the npm package (pinned
in package.json, installed by `make setup`) is copied into site/assets/javascripts/.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHIM = ROOT / "node_modules" / "iframe-worker" / "shim" / "index.js"
TARGET = "assets/javascripts/iframe-worker-shim.js"  # a path the offline plugin recognises by name


def on_config(config: Any) -> Any:
    # Set before the offline plugin looks: it adds its CDN copy only when no iframe-worker is listed.
    polyfills = [p for p in config.extra.get("polyfills", []) if "iframe-worker" not in str(p)]
    config.extra["polyfills"] = [*polyfills, TARGET]
    return config


def on_post_build(config: Any) -> None:
    if not SHIM.is_file():
        raise FileNotFoundError(f"{SHIM} is missing: run `make setup` (npm ci) first")
    target = Path(config.site_dir) / TARGET
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SHIM, target)
