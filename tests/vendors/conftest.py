"""Vendor tests on recorded cassettes (vcrpy through pytest-recording).

Replay (the default, `--record-mode=none` with the network blocked): every client talks to its
vendor's production base URL and vcrpy answers from `cassettes/<test module>/<scenario>.yaml`.

Record (`make record VENDOR=<vendor>`): when `<STEM>_API_KEY` and `SCANKIT_RECORD_REAL=1` are set,
the real vendor answers; otherwise the local sandbox does, and its `http://127.0.0.1:<port>/<vendor>`
base is rewritten to the vendor's production base URL, so a cassette reads the same wherever it
came from. Both go through the same scrubbing: auth headers, cookies and every secret-looking value
in bodies are replaced before anything is written.

Each scenario runs once with the sync client and once with the async one, on the same cassette.
"""

from __future__ import annotations

import importlib
import inspect
import json
import os
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest
from helpers import FakeClock

from scankit._base import AsyncClient, SyncClient
from scankit._redact import REDACTED

SECRET_KEYS = re.compile(r"(?i)^(token|access_token|refresh_token|password|secret|api_?key|authorization)$")
# values that depend on when or how fast a recording ran: re-recording must not change a cassette
VOLATILE_HEADERS = (
    "date",
    "server",
    "x-rate-limit-reset",
    "x-rate-limit-remaining",
    "x-ratelimit-ipremaining",
    "set-cookie",
)
AUTH_HEADERS = ("authorization", "px-api-key", "x-api-key", "x-hostedscan-api-key", "cookie", "set-cookie")
REPLAY_KEY = "replay-key"


def vendor_module(vendor: str) -> Any:
    return importlib.import_module(f"scankit.vendors.{vendor}")


def recording(config: pytest.Config) -> bool:
    return config.getoption("--record-mode") not in (None, "none")


def cassette_base_url(vendor: str) -> str:
    """The host recorded URLs are rewritten to: the vendor's production URL or, for a per-customer
    host (CloneGuard), the docs' example (`https://api.your-instance.com`), so no real host is kept."""
    info = vendor_module(vendor).VENDOR
    return str(info.base_url or info.servers[0]).rstrip("/")


class Target:
    """Where a vendor test's requests go, and how recorded URLs are rewritten."""

    def __init__(
        self, vendor: str, base_url: str, api_key: str, tokens: dict[str, str], rewrite_from: str | None
    ) -> None:
        self.vendor, self.base_url, self.api_key, self.tokens = vendor, base_url, api_key, tokens
        self.rewrite_from = rewrite_from.rstrip("/") if rewrite_from else None
        self.rewrite_to = cassette_base_url(vendor)

    def rewrite(self, text: str) -> str:
        return text.replace(self.rewrite_from, self.rewrite_to) if self.rewrite_from else text


@pytest.fixture(scope="session")
def _sandbox(request: pytest.FixtureRequest) -> Iterator[Any]:
    if not recording(request.config):
        yield None
        return
    from scankit.sandbox import Sandbox

    with Sandbox(seed=0) as sandbox:
        yield sandbox


@pytest.fixture
def target(request: pytest.FixtureRequest, _sandbox: Any) -> Target:
    vendor: str = request.module.VENDOR
    info = vendor_module(vendor).VENDOR
    stem = info.env_key.removesuffix("_API_KEY")
    if not recording(request.config):
        tokens = {t.arg: REPLAY_KEY for t in info.auth.tokens[:1]}
        return Target(vendor, cassette_base_url(vendor), REPLAY_KEY, tokens, None)
    if os.environ.get("SCANKIT_RECORD_REAL") == "1" and os.environ.get(info.env_key):
        tokens = {
            t.arg: os.environ[info.token_env_var(t.arg)]
            for t in info.auth.tokens
            if os.environ.get(info.token_env_var(t.arg))
        }
        base = os.environ.get(f"{stem}_BASE_URL") or info.base_url
        if not base:
            pytest.fail(f"recording {vendor} from the real API needs {stem}_BASE_URL: {info.missing_base_url()}")
        return Target(vendor, base, os.environ[info.env_key], tokens, base)
    return Target(
        vendor, _sandbox.base_url(vendor), _sandbox.api_key(vendor), _sandbox.tokens(vendor), _sandbox.base_url(vendor)
    )


def _scrub_json(value: Any, secrets: tuple[str, ...]) -> Any:
    if isinstance(value, dict):
        return {
            k: (REDACTED if SECRET_KEYS.match(k) and isinstance(v, str) else _scrub_json(v, secrets))
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_scrub_json(v, secrets) for v in value]
    if isinstance(value, str):
        for secret in secrets:
            value = value.replace(secret, REDACTED)
    return value


def _scrub_body(body: Any, target: Target, secrets: tuple[str, ...]) -> Any:
    if not body:
        return body
    raw = body.decode() if isinstance(body, bytes) else str(body)
    try:
        text = json.dumps(_scrub_json(json.loads(raw), secrets), separators=(",", ":"))
    except ValueError:
        text = raw
        for secret in secrets:
            text = text.replace(secret, REDACTED)
    text = target.rewrite(text)
    return text.encode() if isinstance(body, bytes) else text


def _comparable(body: Any) -> Any:
    if not body:
        return None
    raw = body.decode() if isinstance(body, bytes) else str(body)
    try:
        return _scrub_json(json.loads(raw), ())
    except ValueError:
        return raw


def _scrubbed_body(r1: Any, r2: Any) -> None:
    """Bodies match when equal after scrubbing (a recorded password reads [REDACTED])."""
    assert _comparable(r1.body) == _comparable(r2.body)


def pytest_recording_configure(config: pytest.Config, vcr: Any) -> None:
    vcr.register_matcher("scrubbed_body", _scrubbed_body)


@pytest.fixture
def vcr_config(target: Target) -> dict[str, Any]:
    secrets = tuple(s for s in (target.api_key, *target.tokens.values()) if s and s != REPLAY_KEY)

    def before_record_request(req: Any) -> Any:
        req.uri = target.rewrite(req.uri)
        for name in list(req.headers):
            if name.lower() == "host":  # the sandbox's port changes every run
                req.headers[name] = urlsplit(req.uri).netloc
        req.body = _scrub_body(req.body, target, secrets)
        return req

    def before_record_response(resp: dict[str, Any]) -> dict[str, Any]:
        headers = resp["headers"]
        for name in list(headers):
            if name.lower() in VOLATILE_HEADERS:
                del headers[name]
            elif name.lower() == "x-rate-limit-url":
                headers[name] = [target.rewrite(v) for v in headers[name]]
        resp["body"]["string"] = _scrub_body(resp["body"]["string"], target, secrets)
        return resp

    return {
        "filter_headers": [(h, REDACTED) for h in AUTH_HEADERS],
        "before_record_request": before_record_request,
        "before_record_response": before_record_response,
        "decode_compressed_response": True,
        # the host is the vendor's production host in every cassette; ports and header order vary
        "match_on": ["method", "scheme", "host", "path", "query", "scrubbed_body"],
        "record_on_exception": False,
    }


@pytest.fixture
def default_cassette_name(request: pytest.FixtureRequest) -> str:
    """Sync and async runs of a scenario share one cassette: drop the `[sync]`/`[asyncio]` id."""
    return request.node.originalname


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """`mode`: sync and asyncio replay the same cassette; only the sync run records it.

    Decided at collection, not by skipping: in rewrite mode, merely entering a cassette deletes it.
    """
    if "mode" in metafunc.fixturenames:
        modes = ["sync"] if recording(metafunc.config) else ["sync", "asyncio"]
        metafunc.parametrize("mode", modes)


class Run:
    """Lets one scenario drive a sync or an async client: `await run(fn, ...)`, `await run.all(paginator)`."""

    async def __call__(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        result = fn(*args, **kwargs)
        return await result if inspect.isawaitable(result) else result

    async def all(self, paginator: Any) -> list[Any]:
        if hasattr(paginator, "__aiter__"):
            return [item async for item in paginator]
        return list(paginator)

    async def pages(self, paginator: Any) -> list[Any]:
        pages = paginator.pages()
        if hasattr(pages, "__aiter__"):
            return [page async for page in pages]
        return list(pages)


@pytest.fixture
def run() -> Run:
    return Run()


@pytest.fixture
async def client(request: pytest.FixtureRequest, target: Target, mode: str, vcr: Any) -> Any:
    """The vendor's client (sync or async) for this scenario; replays never really sleep."""
    module = vendor_module(target.vendor)
    base = SyncClient if mode == "sync" else AsyncClient
    cls = next(
        c
        for c in vars(module).values()
        if isinstance(c, type) and issubclass(c, base) and c.__module__ == module.__name__
    )
    owner = cls(api_key=target.api_key, base_url=target.base_url, **target.tokens)
    instance = owner
    if recording(request.config):
        instance = owner.with_options(page_concurrency=1)  # requests in a stable order: stable cassettes
    else:
        instance._runtime = FakeClock().runtime()
    yield instance
    if mode == "sync":
        owner.close()
    else:
        await owner.aclose()
