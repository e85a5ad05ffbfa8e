"""Helpers for the CLI tests: fake vendor servers on httpx.MockTransport and a CliRunner wrapper.

The CLI takes its HTTP client from the `CliEnv` passed as click's `obj`, so every request of a test
goes to a handler here, and each client gets the fake clock: retries and rate-limit waits never
really sleep.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import httpx
from click.testing import CliRunner, Result
from helpers import FakeClock

from scankit.cli import CliEnv, cli
from scankit.cli._discovery import load_vendor as cli_vendor
from scankit.cli._progress import StdoutKind
from scankit.vendors import slugs

SECRET = "sk-cli-secret-4242"
TOKEN = "tok-cli-secret-9898"


def _variables() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Each vendor's key variable; its base-URL and token variables (unset, so the environment the
    test runs in never leaks in); the base-URL variables of vendors with no default host (one per
    customer). The names the CLI itself reads, for every installed vendor."""
    keys: list[str] = []
    unset: list[str] = []
    per_customer: list[str] = []
    for slug in slugs():
        vendor = cli_vendor(slug)
        keys.append(vendor.info.env_key)
        unset += [vendor.base_url_env, *vendor.token_envs]
        if vendor.info.base_url is None:
            per_customer.append(vendor.base_url_env)
    return tuple(keys), (*unset, "SCANKIT_LOG", "SCANKIT_PROFILE"), tuple(per_customer)


KEY_VARS, UNSET_VARS, PER_CUSTOMER_HOSTS = _variables()
NO_CONFIG = "/nonexistent/scankit-tests/config.toml"  # the user's own profiles never leak into a test
UUID = "0194d6a9-95b7-72dc-87fc-ecaed8c0b520"
CUSTOMER_HOST = "https://api.acme-scans.test"  # for a vendor with no default host
Handler = Callable[[httpx.Request], httpx.Response]


class Server:
    """Records every request and answers with `respond`; thread-safe (pages are prefetched)."""

    def __init__(self, respond: Handler) -> None:
        self.respond = respond
        self.requests: list[httpx.Request] = []
        self._lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.requests.append(request)
        return self.respond(request)

    def params(self, name: str) -> list[list[str]]:
        """The values of one query parameter, per request, in request order by page."""
        return [r.url.params.get_list(name) for r in self.requests]


def run(
    args: Sequence[str],
    handler: Handler | None = None,
    *,
    env: Mapping[str, str | None] | None = None,
    clock: FakeClock | None = None,
    stdout_tty: bool | None = False,
    stderr_tty: bool | None = False,
    stdout_kind: StdoutKind | None = None,
    input: str | None = None,
) -> Result:
    """`scankit *args` with every vendor key set to SECRET and requests going to `handler`."""
    fake = clock or FakeClock()
    http = httpx.Client(transport=httpx.MockTransport(handler or unexpected_request))
    cli_env = CliEnv(
        http_client=http,
        configure_client=lambda client: setattr(client, "_runtime", fake.runtime()),
        stdout_isatty=stdout_tty,
        stderr_isatty=stderr_tty,
        stdout_kind=stdout_kind,
        clock=fake.wall,
    )
    environment: dict[str, str | None] = dict.fromkeys(UNSET_VARS)
    environment.update(dict.fromkeys(KEY_VARS, SECRET))
    environment.update(dict.fromkeys(PER_CUSTOMER_HOSTS, CUSTOMER_HOST))  # one host per customer: no default
    environment["COLUMNS"] = "200"
    environment["SCANKIT_CONFIG"] = NO_CONFIG
    environment.update(env or {})
    runner = CliRunner(env=environment)
    try:
        return runner.invoke(cli, list(args), obj=cli_env, input=input)
    finally:
        http.close()


def unexpected_request(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"no request expected, got {request.method} {request.url}")


def jsonl(result: Result) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def assert_no_secret(result: Result) -> None:
    for text in (result.stdout, result.stderr, result.output):
        assert SECRET not in text
        assert TOKEN not in text


# -- items as each vendor sends them ------------------------------------------------------------


def hs_scan(i: int) -> dict[str, Any]:
    return {"id": f"scan-{i}", "type": "NMAP", "state": "RUNNING", "progress": i}


def px_scan(i: int) -> dict[str, Any]:
    return {"object": "scan", "id": f"scan_{i}", "created_at": 1_700_000_000 + i, "tracking_number": f"1Z{i:04d}"}


def adv_campaign(i: int) -> dict[str, Any]:
    return {"id": i, "name": f"Campaign {i}", "createdAt": "2025-01-02T10:00:00Z"}


def adv_creative(i: int, campaign: int = 12) -> dict[str, Any]:
    return {"id": 100 + i, "campaignId": campaign, "name": f"banner-{i}.png", "createdAt": "2025-01-03T09:30:00Z"}


def pe_scan(i: int) -> dict[str, Any]:
    return {
        "id": f"0194d6a9-95b7-72dc-87fc-{i:012x}",
        "type": "scan",
        "attributes": {
            "scanType": "nfc",
            "scanValue": f"value-{i}",
            "validationType": "internalValidation",
            "status": "failed",
            "statusDetail": "Pass is not active",
            "scannedAt": "2025-01-13T13:05:00Z",
        },
        "relationships": {"reader": {"data": {"id": "south-gate-1", "type": "reader"}}},
    }


def cg_scan(i: int) -> dict[str, Any]:
    return {
        "id": f"0194d6a9-95b7-72dc-87fc-{i:012x}",
        "type": "scan",
        "attributes": {"name": f"weekly-{i}", "status": "Running", "creation_time": "2025-02-01T08:00:00Z"},
    }


# -- list servers, one per pagination style ----------------------------------------------------


def _page_of(request: httpx.Request, param: str) -> int:
    return int(request.url.params.get(param, "1"))


def hostedscan_pages(pages: int, per_page: int = 3) -> Server:
    """Cursor paging: `page_token` -> `next_page_token`."""

    def respond(request: httpx.Request) -> httpx.Response:
        token = request.url.params.get("page_token")
        page = int(token.removeprefix("t")) if token else 1
        items = [hs_scan((page - 1) * per_page + i + 1) for i in range(per_page)]
        body: dict[str, Any] = {"data": items}
        if page < pages:
            body["next_page_token"] = f"t{page + 1}"
        return httpx.Response(200, json=body)

    return Server(respond)


def packagex_pages(pages: int, per_page: int = 2) -> Server:
    """Page numbers with `pagination.has_more`."""

    def respond(request: httpx.Request) -> httpx.Response:
        page = _page_of(request, "page")
        items = [px_scan((page - 1) * per_page + i + 1) for i in range(per_page)]
        pagination = {"page": page, "limit": per_page, "has_more": page < pages}
        return httpx.Response(200, json={"status": 200, "message": "ok", "data": items, "pagination": pagination})

    return Server(respond)


def advalidation_pages(pages: int, per_page: int = 2, item: Callable[[int], dict[str, Any]] = adv_campaign) -> Server:
    """Page numbers with `meta.pagination` totals."""

    def respond(request: httpx.Request) -> httpx.Response:
        page = _page_of(request, "page")
        items = [item((page - 1) * per_page + i + 1) for i in range(per_page)]
        meta = {"count": per_page, "totalCount": pages * per_page, "page": page, "totalPages": pages}
        return httpx.Response(200, json={"data": items, "meta": {"pagination": meta}})

    return Server(respond)


def passentry_pages(pages: int, per_page: int = 2) -> Server:
    """JSON:API: `meta` totals and `links.next`."""

    def respond(request: httpx.Request) -> httpx.Response:
        page = _page_of(request, "page")
        items = [pe_scan((page - 1) * per_page + i + 1) for i in range(per_page)]
        meta = {"currentPage": page, "totalPages": pages, "totalCount": pages * per_page}
        links = {"next": f"/api/v1/scans?page={page + 1}" if page < pages else None}
        return httpx.Response(200, json={"data": items, "meta": meta, "links": links})

    return Server(respond)


def cloneguard_pages(pages: int, per_page: int = 2) -> Server:
    """Page numbers with `meta` totals."""

    def respond(request: httpx.Request) -> httpx.Response:
        page = _page_of(request, "page")
        items = [cg_scan((page - 1) * per_page + i + 1) for i in range(per_page)]
        meta = {"current_page": page, "per_page": per_page, "total_pages": pages, "total_count": pages * per_page}
        return httpx.Response(200, json={"data": items, "meta": meta})

    return Server(respond)


def status(code: int, body: Any = None, headers: Mapping[str, str] | None = None) -> Server:
    """Every request answered with `code`."""
    content = json.dumps(body).encode() if body is not None and not isinstance(body, str) else None
    text = body if isinstance(body, str) else None

    def respond(request: httpx.Request) -> httpx.Response:
        if text is not None:
            return httpx.Response(code, text=text, headers={"content-type": "text/html", **(headers or {})})
        return httpx.Response(
            code, content=content or b"", headers={"content-type": "application/json", **(headers or {})}
        )

    return Server(respond)
