"""``build_app``: every vendor's sandbox, each served from its spec, side by side in one Starlette app.

The vendors are the specs (``specs/<slug>/openapi.yaml``; see ``_specs.py``): no list of them is
kept here. ``specs=`` adds spec folders of your own (a vendor of your tests), served the same way.
"""

from __future__ import annotations

import importlib.util
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route

from ._base import json_response
from ._engine import VendorApp
from ._faults import FAULT_HEADER, FAULT_KINDS, Faults
from ._incremental import control_routes
from ._model import Spec
from ._runs import Runs
from ._specs import find_specs, load_source
from ._webhooks import WebhookHub, check_triggers

__all__ = [
    "VENDORS",
    "api_key",
    "build_app",
    "headers",
    "installed_vendors",
    "resolve_vendors",
    "sign_in_credentials",
    "spec_for",
    "tokens",
]

VENDORS: tuple[str, ...] = tuple(find_specs())
"""The vendor slugs whose specs the sandbox can serve (``specs/*``), sorted."""

_EXTRA: dict[str, Path] = {}


def _folders(specs: Iterable[str | Path] | None) -> dict[str, Path]:
    folders = dict(find_specs())
    for folder in specs or ():
        path = Path(folder)
        path = path.parent if path.name == "openapi.yaml" else path
        folders[path.name] = path
        _EXTRA[path.name] = path
    return folders


def spec_for(vendor: str) -> Spec:
    """The sandbox's reading of a vendor's spec (a slug of ``specs/*`` or of a folder given before)."""
    slug = vendor.lower()
    folders = {**find_specs(), **_EXTRA}
    if slug not in folders:
        raise ValueError(f"unknown vendor {vendor!r}; the sandbox has {', '.join(sorted(folders))}")
    return _spec(folders[slug])


_SPECS: dict[Path, Spec] = {}


def _spec(folder: Path) -> Spec:
    key = folder.resolve()
    if key not in _SPECS:
        _SPECS[key] = Spec(load_source(key))
    return _SPECS[key]


def api_key(vendor: str) -> str:
    """The API key the sandbox accepts for a vendor: fixed and printable, e.g. ``sandbox-hostedscan-key``."""
    return f"sandbox-{spec_for(vendor).slug}-key"


def tokens(vendor: str) -> dict[str, str]:
    """Credentials besides the API key, by client argument name (CloneGuard: ``access_token``).

    Each token scheme of the spec has a fixed value (``sandbox.yaml`` ``credentials``, else
    ``sandbox-<slug>-<argument>``), except the one a sign-in issues.
    """
    spec = spec_for(vendor)
    given = spec.data.get("credentials") or {}
    issued = (spec.data.get("sign_in") or {}).get("scheme")
    return {
        scheme.arg: str(given.get(scheme.arg, f"sandbox-{spec.slug}-{scheme.arg.replace('_', '-')}"))
        for scheme in spec.auth.tokens
        if scheme.name != issued
    }


def headers(vendor: str) -> dict[str, str]:
    """The credential headers a raw HTTP client sends to the sandbox: the key, and each fixed token."""
    spec = spec_for(vendor)
    out = {spec.auth.key.header: f"{spec.auth.key.prefix}{api_key(vendor)}"}
    given = tokens(vendor)
    for scheme in spec.auth.tokens:
        if scheme.arg in given and scheme.header not in out:
            out[scheme.header] = f"{scheme.prefix}{given[scheme.arg]}"
    return out


def sign_in_credentials(vendor: str) -> dict[str, str]:
    """The body a vendor's sign-in operation accepts on the sandbox ({} when it has none)."""
    return dict((spec_for(vendor).data.get("sign_in") or {}).get("body") or {})


def installed_vendors() -> tuple[str, ...]:
    """The vendors whose generated package (scankit-<vendor>) is installed."""
    return tuple(slug for slug in VENDORS if importlib.util.find_spec(f"scankit_{slug}") is not None)


def resolve_vendors(vendors: Iterable[str] | None, specs: Iterable[str | Path] | None = None) -> tuple[str, ...]:
    folders = _folders(specs)
    if vendors is None:
        found = installed_vendors()
        if not found:
            raise ImportError("no scankit vendor package is installed: pip install 'scankit[all]'")
        return found
    chosen: list[str] = []
    for vendor in vendors:
        slug = vendor.lower()
        if slug not in folders:
            raise ValueError(f"unknown vendor {vendor!r}; the sandbox has {', '.join(sorted(folders))}")
        chosen.append(slug)
    if not chosen:
        raise ValueError("give at least one vendor (or None for all of them)")
    return tuple(dict.fromkeys(chosen))


def build_app(
    *,
    vendors: Iterable[str] | None = None,
    seed: int = 0,
    faults: Faults | None = None,
    rate_limits: bool = True,
    clock: Callable[[], float] = time.time,
    runs: Runs | None = None,
    counts: Mapping[str, int] | None = None,
    specs: Iterable[str | Path] | None = None,
) -> Starlette:
    """The sandbox as an ASGI app: each vendor under ``/<vendor>`` plus its spec's server path.

    ``vendors``: slugs to serve (default: every vendor whose package is installed). ``seed``: the
    data set; the same seed gives byte-identical answers. ``faults``: injected by configuration
    (any request can also ask with the ``x-sandbox-fault`` header). ``rate_limits``: enforce the
    documented limits. ``clock``: unix seconds, for the rate limits and the runs. ``runs``: how
    started scans end (:class:`Runs`: soon and well, by default). ``counts``: collection sizes
    (``{"Scan": 10000}``, or ``{"hostedscan.Scan": 10000}`` for one vendor). ``specs``: folders of
    specs of your own (``openapi.yaml`` and an optional ``sandbox.yaml``), served beside the others.

    >>> import httpx
    >>> app = build_app(vendors=["hostedscan"])
    >>> client = httpx.Client(transport=httpx.ASGITransport(app=app), base_url="http://sandbox")  # doctest: +SKIP
    >>> client.get("/hostedscan/v1/scans", headers={"X-HOSTEDSCAN-API-KEY": api_key("hostedscan")})  # doctest: +SKIP
    """
    folders = _folders(specs)
    slugs = resolve_vendors(vendors, specs)
    apps = {
        slug: VendorApp(
            _spec(folders[slug]),
            seed=seed,
            faults=faults,
            rate_limits=rate_limits,
            clock=clock,
            runs=runs,
            counts=counts,
        )
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
                        "key_header": app.spec.auth.key.header,
                        **app.credentials,
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
        check_triggers(app)  # every event the spec declares can happen
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

    routes: list[Route | Mount] = [Route("/", index), *hub.routes(), *control_routes(apps)]
    routes += [Mount(f"/{slug}", app=app) for slug, app in apps.items()]
    starlette = Starlette(routes=routes, exception_handlers={404: not_found})
    starlette.state.vendors = apps
    starlette.state.webhooks = hub
    return starlette
