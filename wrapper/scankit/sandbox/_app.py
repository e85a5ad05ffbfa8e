"""``build_app``: the five vendors' sandboxes mounted side by side in one Starlette app."""

from __future__ import annotations

import importlib.util
import time
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route

from ._advalidation import AdvalidationSandbox
from ._base import VendorSandbox, json_response
from ._cloneguard import ACCESS_TOKEN, PASSWORD, USERNAME, CloneGuardSandbox
from ._faults import FAULT_HEADER, FAULT_KINDS, Faults
from ._hostedscan import HostedScanSandbox
from ._packagex import PackageXSandbox
from ._passentry import PassEntrySandbox
from ._runs import Runs
from ._webhooks import WebhookHub

__all__ = ["SANDBOXES", "VENDORS", "api_key", "build_app", "installed_vendors", "tokens"]

SANDBOXES: Mapping[str, type[VendorSandbox]] = MappingProxyType(
    {
        "packagex": PackageXSandbox,
        "hostedscan": HostedScanSandbox,
        "advalidation": AdvalidationSandbox,
        "passentry": PassEntrySandbox,
        "cloneguard": CloneGuardSandbox,
    }
)
VENDORS: tuple[str, ...] = tuple(SANDBOXES)
"""The vendor slugs, in the order the sandbox lists them."""

CLONEGUARD_SIGN_IN: Mapping[str, str] = MappingProxyType({"username": USERNAME, "password": PASSWORD})
"""The username and password ``POST /auth/sign_in`` accepts on the CloneGuard sandbox."""


def _slug(vendor: str) -> str:
    slug = vendor.lower()
    if slug not in SANDBOXES:
        raise ValueError(f"unknown vendor {vendor!r}; the sandbox has {', '.join(VENDORS)}")
    return slug


def api_key(vendor: str) -> str:
    """The API key the sandbox accepts for a vendor: fixed and printable, e.g. ``sandbox-hostedscan-key``."""
    return SANDBOXES[_slug(vendor)].api_key


def tokens(vendor: str) -> dict[str, str]:
    """Credentials besides the API key, by client argument name (CloneGuard: ``access_token``)."""
    return {"access_token": ACCESS_TOKEN} if _slug(vendor) == "cloneguard" else {}


def installed_vendors() -> tuple[str, ...]:
    """The vendors whose generated package (scankit-<vendor>) is installed."""
    return tuple(slug for slug in VENDORS if importlib.util.find_spec(f"scankit_{slug}") is not None)


def resolve_vendors(vendors: Iterable[str] | None) -> tuple[str, ...]:
    if vendors is None:
        found = installed_vendors()
        if not found:
            raise ImportError("no scankit vendor package is installed: pip install 'scankit[all]'")
        return found
    chosen = tuple(dict.fromkeys(_slug(v) for v in vendors))
    if not chosen:
        raise ValueError("give at least one vendor (or None for all of them)")
    return chosen


def build_app(
    *,
    vendors: Iterable[str] | None = None,
    seed: int = 0,
    faults: Faults | None = None,
    rate_limits: bool = True,
    clock: Callable[[], float] = time.time,
    runs: Runs | None = None,
) -> Starlette:
    """The sandbox as an ASGI app: each vendor under ``/<vendor>`` plus its spec's server path.

    ``vendors``: slugs to serve (default: every vendor whose package is installed). ``seed``: the
    data set; the same seed gives byte-identical answers. ``faults``: injected by configuration
    (any request can also ask with the ``x-sandbox-fault`` header). ``rate_limits``: enforce the
    documented limits (PassEntry, Advalidation). ``clock``: unix seconds, for the rate limits and
    the runs. ``runs``: how started scans end (:class:`Runs`: soon and well, by default).

    >>> import httpx
    >>> app = build_app(vendors=["hostedscan"])
    >>> client = httpx.Client(transport=httpx.ASGITransport(app=app), base_url="http://sandbox")  # doctest: +SKIP
    >>> client.get("/hostedscan/v1/scans", headers={"X-HOSTEDSCAN-API-KEY": api_key("hostedscan")})  # doctest: +SKIP
    """
    slugs = resolve_vendors(vendors)
    apps = {
        slug: SANDBOXES[slug](seed=seed, faults=faults, rate_limits=rate_limits, clock=clock, runs=runs)
        for slug in slugs
    }

    async def index(request: Request) -> Response:
        root = str(request.base_url).rstrip("/")
        return json_response(
            {
                "vendors": {
                    slug: {
                        "base_url": f"{root}/{slug}{app.prefix}",
                        "api_key": app.api_key,
                        "key_header": app.info.auth.key_header,
                        **tokens(slug),
                    }
                    for slug, app in apps.items()
                },
                "fault_header": FAULT_HEADER,
                "fault_kinds": dict(FAULT_KINDS),
                "seed": seed,
            }
        )

    hub = WebhookHub(clock=clock)  # signed webhooks to loopback receivers: POST /_sandbox/webhooks
    for slug, app in apps.items():
        app.webhook_hub = hub
        hub.sandboxes[slug] = app

    async def not_found(request: Request, exc: Exception) -> Response:
        """A path Starlette's Mount cannot match (its `.*` stops at a line break: `/targets/%0Au`)
        still belongs to the vendor it starts with, which answers with its own error body."""
        path = request.scope["path"]
        for slug, app in apps.items():
            if path == f"/{slug}" or path.startswith(f"/{slug}/"):
                request.scope["root_path"] = f"{request.scope.get('root_path', '')}/{slug}"
                response = await app.respond(request)
                if response is not None:
                    return response
        return json_response({"error": "Not Found"}, status=404)

    routes: list[Route | Mount] = [Route("/", index), *hub.routes()]
    routes += [Mount(f"/{slug}", app=app) for slug, app in apps.items()]
    starlette = Starlette(routes=routes, exception_handlers={404: not_found})
    starlette.state.vendors = apps
    starlette.state.webhooks = hub
    return starlette
