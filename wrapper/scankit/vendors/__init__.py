"""The vendors scankit has a facade for (specs/*): the only modules that import a generated package.

Written by `make generate` from the specs; do not edit. `SLUGS` and `CLIENTS` name the vendors and
their clients without importing any facade, so no vendor package is needed until one is used;
`client(name)` (what `scankit.<Client>` calls) and `vendor_info(slug)` import one on first use.
"""

from __future__ import annotations

import importlib

from scankit._errors import ConfigurationError
from scankit._vendor import VendorInfo

SLUGS: tuple[str, ...] = (
    "advalidation",
    "cloneguard",
    "hostedscan",
    "packagex",
    "passentry",
)
"""Every vendor's slug, sorted: what profiles, the command line and webhooks call a vendor."""

CLIENTS: dict[str, str] = {
    "Advalidation": "advalidation",
    "AsyncAdvalidation": "advalidation",
    "AsyncCloneGuard": "cloneguard",
    "AsyncHostedScan": "hostedscan",
    "AsyncPackageX": "packagex",
    "AsyncPassEntry": "passentry",
    "CloneGuard": "cloneguard",
    "HostedScan": "hostedscan",
    "PackageX": "packagex",
    "PassEntry": "passentry",
}
"""Each client class's name -> its vendor's slug."""


def slugs() -> list[str]:
    """Every vendor's slug, sorted (no vendor package is imported)."""
    return list(SLUGS)


def client(name: str) -> type:
    """The client class `scankit.<name>`, importing its vendor's facade; AttributeError for another name."""
    slug = CLIENTS.get(name)
    if slug is None:
        raise AttributeError(f"module 'scankit' has no attribute {name!r}")
    try:
        module = importlib.import_module(f"{__name__}.{slug}")
    except ModuleNotFoundError as exc:
        if exc.name != f"scankit_{slug}":
            raise
        raise ImportError(f"scankit.{name} needs the scankit-{slug} package: pip install 'scankit[{slug}]'") from exc
    found: type = getattr(module, name)
    return found


def vendor_info(vendor: str) -> VendorInfo:
    """The `VendorInfo` of a vendor's slug (any case); a ConfigurationError names an unknown vendor or a missing package."""
    slug = vendor.lower() if isinstance(vendor, str) else ""
    if slug not in SLUGS:
        raise ConfigurationError(f"unknown vendor {vendor!r}")
    try:
        module = importlib.import_module(f"{__name__}.{slug}")
    except ModuleNotFoundError as exc:
        if exc.name == f"scankit_{slug}":
            raise ConfigurationError(
                f"scankit's {slug} support needs the scankit-{slug} package: pip install 'scankit[{slug}]'"
            ) from None
        raise
    info = module.VENDOR
    assert isinstance(info, VendorInfo)
    return info
