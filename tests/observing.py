"""A HostedScan stand-in (MockTransport) for the hooks and tracing tests: one script, every kind of call.

- `GET /v1/scans`: two pages by cursor; the second answers 503 once, then 200 (a listing with one
  retried page).
- `GET /v1/scans/s1`: RUNNING, then SUCCEEDED on every later look (a wait of two polls; a raw call).
- `GET /v1/scans/gone`: 404 whose body echoes the query string, credentials and all.
- `GET /v1/results/r1`: a file (a streamed download).

The client is given credentials in every place one can hide: the API key (header), a password in
`base_url`, and the key again in a query parameter, so a test can look for them everywhere.
"""

from __future__ import annotations

from typing import Any

import httpx

KEY = "sk-observed-secret-4242"
PASSWORD = "pw-observed-secret-77"
BASE_URL = f"https://user:{PASSWORD}@vendor.test"
SECRETS = (KEY, PASSWORD)


def scan(i: int, state: str = "SUCCEEDED") -> dict[str, Any]:
    return {"id": f"s{i}", "type": "NMAP", "state": state, "progress": 100 if state == "SUCCEEDED" else 40}


class Vendor:
    """The script; `requests` is every request it received."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.page_two_failures = 1
        self.polls = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        path = request.url.path
        if path == "/v1/scans":
            if request.url.params.get("page_token") == "t2":
                if self.page_two_failures:
                    self.page_two_failures -= 1
                    return httpx.Response(503, json={"message": "busy"})
                return httpx.Response(200, json={"data": [scan(3), scan(4)]})
            return httpx.Response(200, json={"data": [scan(1), scan(2)], "next_page_token": "t2"})
        if path == "/v1/scans/s1":
            self.polls += 1
            state = "RUNNING" if self.polls == 1 else "SUCCEEDED"
            return httpx.Response(200, json={"data": scan(1, state)}, headers={"x-request-id": "req_1"})
        if path == "/v1/scans/gone":
            return httpx.Response(404, json={"message": f"no such scan ({request.url.query.decode()})"})
        if path == "/v1/results/r1":
            return httpx.Response(200, content=b"<html>report</html>", headers={"content-type": "text/html"})
        return httpx.Response(500, json={"message": f"unexpected {path}"})
