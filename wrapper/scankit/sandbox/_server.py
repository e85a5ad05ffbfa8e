"""``Sandbox``: the app served by uvicorn on 127.0.0.1 from a background thread."""

from __future__ import annotations

import importlib
import socket
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, Self, overload

import httpx
import uvicorn
from starlette.types import ASGIApp, Receive, Scope, Send

from ._app import build_app, headers, resolve_vendors
from ._base import ABORT_EXTENSION
from ._faults import Faults
from ._runs import Runs

if TYPE_CHECKING:
    from starlette.applications import Starlette

    from .._base import AsyncClient, SyncClient
    from ..vendors.advalidation import Advalidation, AsyncAdvalidation
    from ..vendors.cloneguard import AsyncCloneGuard, CloneGuard
    from ..vendors.hostedscan import AsyncHostedScan, HostedScan
    from ..vendors.packagex import AsyncPackageX, PackageX
    from ..vendors.passentry import AsyncPassEntry, PassEntry

__all__ = ["Sandbox", "SandboxError"]


class SandboxError(RuntimeError):
    """The sandbox server could not start (or was used before it started)."""


class _AbortShim:
    """Gives the app a way to drop a connection: uvicorn's transport, behind a scope extension."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            transport = getattr(getattr(send, "__self__", None), "transport", None)
            if transport is not None and hasattr(transport, "close"):
                scope = dict(scope)
                scope["extensions"] = {**(scope.get("extensions") or {}), ABORT_EXTENSION: transport.close}
        await self.app(scope, receive, send)


def serve_config(app: ASGIApp, *, log_level: str = "warning", access_log: bool = False) -> uvicorn.Config:
    """The uvicorn configuration the sandbox runs under (no signal handling, no websockets, no lifespan)."""
    return uvicorn.Config(
        _AbortShim(app),
        log_config=None,
        log_level=log_level,
        access_log=access_log,
        http="h11",
        ws="none",
        lifespan="off",
        loop="asyncio",
        timeout_graceful_shutdown=2,
        timeout_keep_alive=5,
    )


class Sandbox:
    """Every vendor's API, served from its spec, on ``http://127.0.0.1:<port>``: for tests, demos, benchmarks.

    >>> with Sandbox(["hostedscan"]) as sandbox:  # doctest: +SKIP
    ...     client = sandbox.client("hostedscan")
    ...     print(sum(1 for _ in client.scans.list()))
    1200

    ``port=0`` picks a free port. ``env()`` gives the environment variables that point the scankit
    clients (and the README's examples) at it. ``counts`` sizes the collections (``{"Scan": 10000}``);
    ``specs`` adds spec folders of your own (``openapi.yaml`` + ``sandbox.yaml``) to serve.
    """

    host = "127.0.0.1"

    def __init__(
        self,
        vendors: Iterable[str] | None = None,
        *,
        port: int = 0,
        seed: int = 0,
        faults: Faults | None = None,
        rate_limits: bool = True,
        clock: Callable[[], float] = time.time,
        startup_timeout: float = 10.0,
        runs: Runs | None = None,
        counts: Mapping[str, int] | None = None,
        specs: Iterable[str | Path] | None = None,
    ) -> None:
        specs = list(specs or ())
        self.vendors: tuple[str, ...] = resolve_vendors(vendors, specs)
        self.seed = seed
        self.faults = faults
        self.rate_limits = rate_limits
        self.runs = runs
        self.app: Starlette = build_app(
            vendors=self.vendors,
            seed=seed,
            faults=faults,
            rate_limits=rate_limits,
            clock=clock,
            runs=runs,
            counts=counts,
            specs=specs,
        )
        self._requested_port = port
        self._startup_timeout = startup_timeout
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._port: int | None = None

    def __repr__(self) -> str:
        state = f"url={self.url!r}" if self._port is not None else "stopped"
        return f"Sandbox(vendors={list(self.vendors)!r}, {state})"

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> Self:
        """Start serving; returns once the server accepts connections (or raises SandboxError)."""
        if self._thread is not None:
            return self
        # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY only on sockets whose proto says TCP, and
        # without it every small answer waits ~40 ms for a delayed ACK (Nagle).
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        try:
            if self._requested_port:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((self.host, self._requested_port))
            sock.listen(128)
        except OSError as exc:
            sock.close()
            raise SandboxError(f"cannot listen on {self.host}:{self._requested_port}: {exc}") from exc
        port = sock.getsockname()[1]
        server = uvicorn.Server(serve_config(self.app))
        failure: list[BaseException] = []

        def run() -> None:
            try:
                server.run(sockets=[sock])
            except BaseException as exc:  # surfaced by start() below
                failure.append(exc)
            finally:
                sock.close()

        thread = threading.Thread(target=run, name=f"scankit-sandbox-{port}", daemon=True)
        thread.start()
        deadline = time.monotonic() + self._startup_timeout
        while not server.started:
            if failure or not thread.is_alive():
                raise SandboxError(f"the sandbox server on port {port} failed to start") from (
                    failure[0] if failure else None
                )
            if time.monotonic() > deadline:
                server.should_exit = True
                thread.join(5)
                raise SandboxError(f"the sandbox server on port {port} did not start within {self._startup_timeout:g}s")
            time.sleep(0.01)
        self._server, self._thread, self._port = server, thread, port
        self._check_accepting()
        return self

    def _check_accepting(self) -> None:
        try:
            with socket.create_connection((self.host, self.port), timeout=self._startup_timeout):
                pass
        except OSError as exc:
            self.stop()
            raise SandboxError(f"the sandbox server on {self.url} does not accept connections: {exc}") from exc

    def stop(self) -> None:
        """Stop serving and wait for the server thread (a few seconds at most)."""
        server, thread = self._server, self._thread
        self._server = self._thread = None
        self._port = None
        if server is None or thread is None:
            return
        server.should_exit = True
        thread.join(10)
        if thread.is_alive():  # pragma: no cover - only when a request refuses to finish
            server.force_exit = True
            thread.join(5)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # ------------------------------------------------------------------ where and how to reach it

    @property
    def port(self) -> int:
        if self._port is None:
            raise SandboxError("the sandbox is not running: use `with Sandbox() as sandbox:` or call start()")
        return self._port

    @property
    def url(self) -> str:
        """``http://127.0.0.1:<port>``: GET it for a JSON index of vendors, base URLs and keys."""
        return f"http://{self.host}:{self.port}"

    def _check(self, vendor: str) -> str:
        slug = vendor.lower()
        if slug not in self.vendors:
            raise ValueError(f"this sandbox serves {', '.join(self.vendors)}, not {vendor!r}")
        return slug

    def base_url(self, vendor: str) -> str:
        """What a client's ``base_url`` should be: ``http://127.0.0.1:<port>/<vendor>`` plus the spec's path prefix."""
        slug = self._check(vendor)
        return f"{self.url}/{slug}{self.app.state.vendors[slug].prefix}"

    def api_key(self, vendor: str) -> str:
        key: str = self.app.state.vendors[self._check(vendor)].api_key
        return key

    def headers(self, vendor: str) -> dict[str, str]:
        """The credential headers for a raw HTTP client (``httpx.get(url, headers=sandbox.headers(v))``)."""
        return headers(self._check(vendor))

    def tokens(self, vendor: str) -> dict[str, str]:
        """Credentials besides the key, by client argument (CloneGuard: ``{"access_token": ...}``)."""
        return dict(self.app.state.vendors[self._check(vendor)].credentials)

    def env(self) -> dict[str, str]:
        """``<STEM>_API_KEY`` and ``<STEM>_BASE_URL`` for every vendor served (plus CLONEGUARD_ACCESS_TOKEN)."""
        out: dict[str, str] = {}
        for slug in self.vendors:
            env_key = self.app.state.vendors[slug].spec.env_key
            stem = env_key.removesuffix("_API_KEY")
            out[env_key] = self.api_key(slug)
            out[f"{stem}_BASE_URL"] = self.base_url(slug)
            for arg, value in self.tokens(slug).items():
                out[f"{stem}_{arg.upper()}"] = value
        return out

    # ------------------------------------------------------------------ the vendor's own activity

    def new_records(self, vendor: str, operation: str, count: int = 1, **params: Any) -> list[str]:
        """Make ``count`` new records of the list ``operation`` (its operationId; ``params``: its path
        parameters), as the vendor's own activity would (a scan ran at a reader); their ids, newest first.

        Each carries the data clock's next instant in the cursor the list's ``x-scankit-incremental``
        declares, so ``list(since=...)`` and ``scankit ... sync`` find it.
        """
        body = {"vendor": self._check(vendor), "operation": operation, "count": count, "params": params}
        return list(reversed(self._control("/_sandbox/records", body)))

    def change_records(self, vendor: str, operation: str, ids: Iterable[str | int]) -> list[str]:
        """Move the declared cursor of these records of the list ``operation`` to the next instant (a change)."""
        body = {"vendor": self._check(vendor), "operation": operation, "ids": list(ids)}
        return self._control("/_sandbox/records/changed", body)

    def _control(self, path: str, body: Mapping[str, Any]) -> list[str]:
        answer = httpx.post(f"{self.url}{path}", json=body, timeout=30.0)
        if answer.status_code >= 400:
            raise SandboxError(f"{path}: {answer.json().get('error', answer.text)}")
        ids: list[str] = answer.json()["ids"]
        return ids

    @overload
    def client(self, vendor: Literal["packagex"], **kwargs: Any) -> PackageX: ...
    @overload
    def client(self, vendor: Literal["hostedscan"], **kwargs: Any) -> HostedScan: ...
    @overload
    def client(self, vendor: Literal["advalidation"], **kwargs: Any) -> Advalidation: ...
    @overload
    def client(self, vendor: Literal["passentry"], **kwargs: Any) -> PassEntry: ...
    @overload
    def client(self, vendor: Literal["cloneguard"], **kwargs: Any) -> CloneGuard: ...
    @overload
    def client(self, vendor: str, **kwargs: Any) -> SyncClient: ...
    def client(self, vendor: str, **kwargs: Any) -> SyncClient:
        """A ready ``scankit.<Vendor>`` client pointed at this sandbox; ``kwargs`` go to the client."""
        return self._make(vendor, "", kwargs)  # type: ignore[no-any-return]

    @overload
    def async_client(self, vendor: Literal["packagex"], **kwargs: Any) -> AsyncPackageX: ...
    @overload
    def async_client(self, vendor: Literal["hostedscan"], **kwargs: Any) -> AsyncHostedScan: ...
    @overload
    def async_client(self, vendor: Literal["advalidation"], **kwargs: Any) -> AsyncAdvalidation: ...
    @overload
    def async_client(self, vendor: Literal["passentry"], **kwargs: Any) -> AsyncPassEntry: ...
    @overload
    def async_client(self, vendor: Literal["cloneguard"], **kwargs: Any) -> AsyncCloneGuard: ...
    @overload
    def async_client(self, vendor: str, **kwargs: Any) -> AsyncClient: ...
    def async_client(self, vendor: str, **kwargs: Any) -> AsyncClient:
        """A ready ``scankit.Async<Vendor>`` client pointed at this sandbox."""
        return self._make(vendor, "Async", kwargs)  # type: ignore[no-any-return]

    def _make(self, vendor: str, prefix: str, kwargs: dict[str, Any]) -> Any:
        slug = self._check(vendor)
        cls = getattr(importlib.import_module("scankit"), prefix + self.app.state.vendors[slug].spec.class_name)
        kwargs.setdefault("api_key", self.api_key(slug))
        kwargs.setdefault("base_url", self.base_url(slug))
        for arg, value in self.tokens(slug).items():
            kwargs.setdefault(arg, value)
        return cls(**kwargs)
