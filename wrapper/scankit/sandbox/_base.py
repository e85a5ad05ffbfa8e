"""What every vendor's sandbox shares: routing, auth, the rate limit, faults and JSON answers.

A vendor is an ASGI app (:class:`VendorSandbox`) mounted under ``/<slug>``. A request goes: added
latency -> route -> rate limit (the vendor's headers go on every answer) -> injected faults ->
auth -> the handler -> corruptions of the body (``malformed``, ``unknown-enum``). Subclasses
declare their routes (one per spec operation) and their error envelope; the data they serve is
generated from a seeded ``random.Random``, so one seed always gives byte-identical bodies.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import random
import re
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import urlsplit

import attrs
import httpx
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from .._vendor import VendorInfo
from ._faults import FAULT_HEADER, FaultError, FaultPlan, Faults, parse_fault_header
from ._ratelimit import Limiter, Verdict
from ._runs import RUN_HEADER, RUN_OUTCOMES, Run, Runs, progress_of

if TYPE_CHECKING:
    from ._webhooks import WebhookHub

__all__ = [
    "ABORT_EXTENSION",
    "Call",
    "ConnectionDropped",
    "Invalid",
    "Missing",
    "Route",
    "VendorSandbox",
    "dumps",
    "json_response",
]

ABORT_EXTENSION = "scankit.sandbox.abort"
"""Scope extension the Sandbox's server sets: a callable that closes the client's connection at once."""


def dumps(body: Any) -> bytes:
    """Compact, deterministic JSON (keys in insertion order, which the generators fix)."""
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()


def json_response(body: Any, status: int = 200, headers: Mapping[str, str] | None = None) -> Response:
    return Response(dumps(body), status_code=status, headers=dict(headers or {}), media_type="application/json")


def seconds(value: float) -> str:
    """A wait as a header value: ``1`` or ``0.25``."""
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return text or "0"


class ConnectionDropped(httpx.RemoteProtocolError):
    """Raised by the ``drop`` fault where the server cannot close the connection itself.

    Under the Sandbox's server the connection is closed with no response; in process (an
    ``httpx.ASGITransport``) this exception reaches the client, which sees a transport error.
    """


class Invalid(Exception):
    """A bad request: the handler's vendor answers with its validation status and error body."""

    def __init__(self, message: str, *, field: str | None = None, status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.status = status


class Missing(Exception):
    """No such resource: the vendor's 404."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


Handler = Callable[["Call"], Awaitable[Response]]


@attrs.frozen
class Route:
    """One spec operation: its method, its path template (as in the spec) and its handler."""

    method: str
    template: str
    operation_id: str
    handler: Handler = attrs.field(eq=False)
    regex: re.Pattern[str] = attrs.field(init=False, eq=False)

    @regex.default
    def _compile(self) -> re.Pattern[str]:
        pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(self.template))
        return re.compile(f"^{pattern}$")


@attrs.define
class Call:
    """One request as a handler sees it: the Starlette request and the path parameters."""

    request: Request
    params: dict[str, str]
    route: Route

    @property
    def query(self) -> Any:
        return self.request.query_params

    def int_param(self, name: str, default: int, *, minimum: int | None = None, maximum: int | None = None) -> int:
        raw = self.request.query_params.get(name)
        if raw is None or raw == "":
            return default
        try:
            value = int(raw)
        except ValueError:
            raise Invalid(f"{name} must be an integer", field=name) from None
        if minimum is not None and value < minimum:
            raise Invalid(f"{name} must be at least {minimum}", field=name)
        if maximum is not None and value > maximum:
            raise Invalid(f"{name} must be at most {maximum}", field=name)
        return value

    def bool_param(self, name: str) -> bool | None:
        raw = self.request.query_params.get(name)
        if raw is None or raw == "":
            return None
        lowered = raw.lower()
        if lowered in {"true", "1", "yes"}:
            return True
        if lowered in {"false", "0", "no"}:
            return False
        raise Invalid(f"{name} must be true or false", field=name)

    async def json_body(self) -> Any:
        raw = await self.request.body()
        if not raw.strip():
            raise Invalid("the request body must be JSON")
        try:
            return json.loads(raw)
        except ValueError:
            raise Invalid("the request body is not valid JSON") from None

    async def json_object(self) -> dict[str, Any]:
        body = await self.json_body()
        if not isinstance(body, dict):
            raise Invalid("the request body must be a JSON object")
        return body

    def url(self, **query: Any) -> str:
        """This request's URL with some query parameters replaced (for page links)."""
        return str(self.request.url.include_query_params(**query))


def vendor_info(slug: str) -> VendorInfo:
    """The facade's VendorInfo, read from the spec at generation time (base URL, auth, rate limit)."""
    try:
        module = importlib.import_module(f"scankit.vendors.{slug}")
    except ModuleNotFoundError as exc:
        if exc.name != f"scankit_{slug}":
            raise
        raise ImportError(
            f"the {slug} sandbox needs the scankit-{slug} package: pip install 'scankit[{slug}]'"
        ) from exc
    info = module.VENDOR
    assert isinstance(info, VendorInfo)
    return info


class VendorSandbox:
    """Base of the five vendors' ASGI apps. Subclasses fill in the ClassVars and the hooks."""

    slug: ClassVar[str]
    api_key: ClassVar[str]
    validation_status: ClassVar[int] = 400
    enum_fields: ClassVar[Mapping[str, str]] = {}
    """JSON keys whose values are spec enums, and the value no spec lists that ``unknown-enum`` puts there."""
    webhook_hub: WebhookHub | None = None
    """Where the vendor's scan events go as signed webhooks (set by ``build_app``; see ``_webhooks``)."""

    def __init__(
        self,
        *,
        seed: int = 0,
        faults: Faults | None = None,
        rate_limits: bool = True,
        clock: Callable[[], float] = time.time,
        runs: Runs | None = None,
    ) -> None:
        self.info = vendor_info(self.slug)
        self.seed = seed
        self.faults = faults or Faults()
        self.clock = clock
        self.runs = runs or Runs()
        self._live: dict[Any, Run] = {}
        # a per-customer host (no base_url) still has the documented URL's path prefix
        self.prefix = urlsplit(self.info.base_url or self.info.servers[0]).path.rstrip("/")
        self.rng = random.Random(f"scankit-sandbox:{seed}:{self.slug}")
        self._fault_rng = random.Random(f"scankit-sandbox:{seed}:{self.slug}:faults")
        spec = self.info.rate_limit
        self.limiter = Limiter(spec, clock) if rate_limits and spec else None
        self.routes: list[Route] = list(self.declare_routes())
        self.generate()

    # ------------------------------------------------------------------ runs (see _runs.py)

    run_polls: ClassVar[int] = 3
    """GETs after which a run is over (unless ``Runs.polls`` says otherwise)."""

    def run_started(self, key: Any, request: Request) -> None:
        """A scan was created, started or rescanned: it runs from now (as the request's header says)."""
        asked = request.headers.get(RUN_HEADER)
        outcome = next((o for o in RUN_OUTCOMES if o == asked), None)
        if asked is not None and outcome is None:
            raise Invalid(f"{RUN_HEADER} must be one of {', '.join(RUN_OUTCOMES)}", field=RUN_HEADER)
        self._live[key] = Run(self.clock(), outcome=outcome)

    def run_outcome(self, key: Any) -> str:
        """How this run ends: its own outcome, else the sandbox's."""
        run = self._live.get(key)
        return (run.outcome if run is not None else None) or self.runs.outcome

    def run_progress(self, key: Any, *, read: bool) -> float | None:
        """How far the run is (0.0 to 1.0), counting this GET when ``read``; None: not a run started here."""
        run = self._live.get(key)
        if run is None:
            return None
        if read:
            run.polls += 1
        return progress_of(self.runs, run, self.clock(), self.run_polls)

    def run_ended(self, key: Any) -> None:
        self._live.pop(key, None)

    # ------------------------------------------------------------------ subclass hooks

    def generate(self) -> None:
        """Build the seeded data set (called once, from ``__init__``)."""

    def declare_routes(self) -> Iterable[Route]:
        raise NotImplementedError

    def authenticate(self, request: Request, route: Route) -> bool:
        """Whether the request carries this vendor's credentials (by default: the API key header)."""
        header = self.info.auth.key_header
        return request.headers.get(header) == f"{self.info.auth.key_prefix}{self.api_key}"

    def error(self, status: int, message: str, *, request: Request, field: str | None = None) -> Response:
        """The vendor's own error envelope for ``status``."""
        raise NotImplementedError

    def unauthorized(self, request: Request) -> Response:
        return self.error(401, "Unauthorized", request=request)

    def rate_headers(self, verdict: Verdict, route: Route | None) -> dict[str, str]:
        """The vendor's rate-limit headers for an answer (every answer, when it has a documented limit)."""
        spec = self.info.rate_limit or {}
        names = spec.get("headers") or {}
        headers: dict[str, str] = {}
        if names.get("limit"):
            headers[names["limit"]] = str(verdict.limit)
        if names.get("remaining"):
            headers[names["remaining"]] = str(verdict.remaining)
        if names.get("reset"):
            if names.get("reset_format", "unix_seconds") == "unix_seconds":
                headers[names["reset"]] = str(int(-(-verdict.reset_at // 1)))
            else:
                headers[names["reset"]] = seconds(max(verdict.reset_at - self.clock(), 0.0))
        return headers

    def too_many(self, request: Request, verdict: Verdict) -> Response:
        """The vendor's 429, with its retry header (a trusted one carries the real wait)."""
        spec = self.info.rate_limit or {}
        header = (spec.get("headers") or {}).get("retry_after") or "Retry-After"
        response = self.error(429, "Too Many Requests", request=request)
        response.headers[header] = seconds(verdict.retry_after)
        return response

    def html_fault(self, request: Request) -> Response:
        """An HTML error page where JSON was expected: a proxy's 502 unless the vendor has its own."""
        return html_page(502, "502 Bad Gateway", "The upstream server sent an invalid response.")

    # ------------------------------------------------------------------ the request pipeline

    def match(self, method: str, path: str) -> tuple[Route | None, dict[str, str], bool]:
        """The route for a request, its path parameters, and whether the path exists for another method."""
        path_known = False
        for route in self.routes:
            found = route.regex.match(path)
            if found is None:
                continue
            path_known = True
            if route.method == method:
                return route, found.groupdict(), True
        return None, {}, path_known

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":  # pragma: no cover - Starlette sends lifespan to the top app only
            return
        request = Request(scope, receive)
        response = await self.respond(request)
        if response is not None:
            await response(scope, receive, send)

    async def respond(self, request: Request) -> Response | None:
        """The whole pipeline for one request; None when the connection was dropped."""
        if self.faults.latency > 0:
            await asyncio.sleep(self.faults.latency)
        method = request.method.upper()
        root = request.scope.get("root_path", "")
        path = request.scope["path"]
        path = path[len(root) :] if root and path.startswith(root) else path
        route, params, path_known = self.match(method, path[len(self.prefix) :] if self.prefix else path)
        if self.prefix and not path.startswith(self.prefix):
            route, params, path_known = None, {}, False

        extra: dict[str, str] = {}
        if self.limiter is not None:
            template = route.template if route else path
            client = request.client.host if request.client else "unknown"
            verdict = self.limiter.hit(self.limiter.key(method, template, client))
            extra = self.rate_headers(verdict, route)
            if not verdict.allowed:
                return _with_headers(self.too_many(request, verdict), extra)

        try:
            plan = self._plan(request)
        except FaultError as exc:
            return Response(f"scankit sandbox: {exc}\n", status_code=400, media_type="text/plain")
        if plan.slow > 0:
            await asyncio.sleep(plan.slow)
        if plan.terminal is not None:
            answer = await self._terminal(plan.terminal, request)
            return None if answer is None else _with_headers(answer, extra)

        if route is None:
            status = 405 if path_known else 404
            text = "Method Not Allowed" if path_known else "Not Found"
            return _with_headers(self.error(status, text, request=request), extra)
        if not self.authenticate(request, route):
            return _with_headers(self.unauthorized(request), extra)
        try:
            response = await route.handler(Call(request, params, route))
        except Invalid as exc:
            status = exc.status or self.validation_status
            response = self.error(status, exc.message, request=request, field=exc.field)
        except Missing as exc:
            response = self.error(404, exc.message, request=request)
        if 200 <= response.status_code < 300 and (plan.unknown_enum or plan.malformed):
            response = self._corrupt(response, plan)
        return _with_headers(response, extra)

    def _plan(self, request: Request) -> FaultPlan:
        plan = self.faults.draw(self._fault_rng) if self.faults.rates else FaultPlan()
        header = request.headers.get(FAULT_HEADER)
        if header:
            plan = plan.merge(parse_fault_header(header))
        return plan

    async def _terminal(self, kind: str, request: Request) -> Response | None:
        wait = self.faults.retry_after
        if kind == "drop":
            await _drop(request)
            return None
        if kind == "429":
            now = self.clock()
            limit = int(
                (self.info.rate_limit or {}).get("requests") or (self.info.rate_limit or {}).get("capacity") or 0
            )
            return self.too_many(request, Verdict(False, limit, 0, now + wait, wait))
        if kind in {"500", "503"}:
            text = "Internal Server Error" if kind == "500" else "Service Unavailable"
            response = self.error(int(kind), text, request=request)
            if kind == "503":
                response.headers["Retry-After"] = seconds(wait)
            return response
        if kind == "520":
            return html_page(
                520, "520: Web server is returning an unknown error", "The origin sent an empty or unexpected response."
            )
        return self.html_fault(request)

    def _corrupt(self, response: Response, plan: FaultPlan) -> Response:
        if not response.media_type or "json" not in response.media_type:
            return response
        body = bytes(response.body)
        if plan.unknown_enum:
            data = json.loads(body)
            _replace_enums(data, self.enum_fields)
            body = dumps(data)
        if plan.malformed:
            body = body[: max(1, len(body) // 2)]
        headers = {k: v for k, v in response.headers.items() if k.lower() not in {"content-length", "content-type"}}
        return Response(body, status_code=response.status_code, headers=headers, media_type=response.media_type)


def _replace_enums(node: Any, fields: Mapping[str, str]) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in fields and isinstance(value, str):
                node[key] = fields[key]
            else:
                _replace_enums(value, fields)
    elif isinstance(node, list):
        for item in node:
            _replace_enums(item, fields)


def _with_headers(response: Response, headers: Mapping[str, str]) -> Response:
    for name, value in headers.items():
        response.headers[name] = value
    return response


def html_page(status: int, title: str, text: str) -> Response:
    body = (
        f"<!DOCTYPE html>\n<html>\n<head><title>{title}</title></head>\n"
        f"<body>\n<h1>{title}</h1>\n<p>{text}</p>\n</body>\n</html>\n"
    )
    return Response(body, status_code=status, media_type="text/html")


async def _drop(request: Request) -> None:
    """Close the client's connection without an answer (see :class:`ConnectionDropped`)."""
    extensions = request.scope.get("extensions") or {}
    abort = extensions.get(ABORT_EXTENSION)
    if abort is None:
        raise ConnectionDropped("scankit sandbox: connection dropped (fault 'drop')")
    abort()
    # Let the server notice the disconnect before the app returns, so it sends nothing at all.
    receive = request.receive
    try:
        async with asyncio.timeout(1.0):
            while (await receive())["type"] != "http.disconnect":
                pass
    except TimeoutError:
        pass
