"""The sandbox in its own process for the listing benchmarks (the client under test gets its own GIL).

    python bench/sandbox_server.py --latency 0.05 --rate-limits on --items 10000
    python bench/sandbox_server.py --latency 0.05 --max-in-flight 16   # a server that caps concurrency
    python bench/sandbox_server.py --latency 0.05 --max-in-flight 16 --refuse-slowly   # ... far away

Prints one JSON line (base URLs, keys, tokens, list sizes) once it serves, then serves until its
stdin closes. The sandbox's data sets are a few hundred records; for the benchmark each vendor's
list is grown to ``--items`` (Advalidation: ``--advalidation-items``) before the server starts:
every vendor's ``Scan`` collection is made that large (``Sandbox(counts=...)``), and Advalidation's
campaigns are copied.

``--max-in-flight N`` puts `InFlightLimit` in front of the sandbox: a server with an undocumented
cap on concurrent requests, as a gateway or a vendor's load shedding has, which answers 429 at
once to a request beyond it (before the sandbox's own latency). With ``--refuse-slowly`` the
refusal takes that latency too: a cap behind a long network path, whose refusals a client hears
no sooner than its answers (the request refused does not count as in flight meanwhile: the cap
decided at once).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from typing import Any


def grow_advalidation(app: Any, items: int) -> None:
    """Advalidation's campaign list, copied with fresh ids up to `items` campaigns (their creatives
    are not: the benchmark lists campaigns only, and 40 creatives each would take long to make)."""
    campaigns = app.store["Campaign"]
    base = list(campaigns.records)
    next_id = max(c["id"] for c in base) + 1
    while len(campaigns) < items:
        template = base[len(campaigns) % len(base)]
        campaigns.add({**template, "id": next_id, "name": f"{template['name']} #{next_id}"}, {})
        next_id += 1


class InFlightLimit:
    """ASGI middleware: 429 to any request that finds `limit` requests already in flight.

    The refusal goes out at once, without the latency the requests it lets through have (a
    gateway refuses before it forwards), or after `refusal_delay` seconds (a cap far away), and
    says nothing of when to come back (no Retry-After).
    """

    BODY = json.dumps({"status": 429, "message": "too many requests in flight", "data": None, "errors": []}).encode()

    def __init__(self, app: Any, limit: int, refusal_delay: float = 0.0) -> None:
        self.app, self.limit, self.refusal_delay = app, limit, refusal_delay
        self.in_flight = 0

    def __getattr__(self, name: str) -> Any:  # the sandbox reads its app's state through whatever it serves
        return getattr(self.app, name)

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self.in_flight >= self.limit:
            if self.refusal_delay:
                await asyncio.sleep(self.refusal_delay)
            headers = [(b"content-type", b"application/json"), (b"content-length", str(len(self.BODY)).encode())]
            await send({"type": "http.response.start", "status": 429, "headers": headers})
            await send({"type": "http.response.body", "body": self.BODY})
            return
        self.in_flight += 1
        done = False

        def finish() -> None:
            nonlocal done
            if not done:
                done, self.in_flight = True, self.in_flight - 1

        async def sending(message: Any) -> None:
            # A request is done once its last byte is handed on: while the server's `send` waits
            # for the transport, the client may already have the answer and ask again, and that
            # request must not be refused for this one (a client with 16 at once would see 429s).
            if message["type"] == "http.response.body" and not message.get("more_body", False):
                finish()
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            finish()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--rate-limits", choices=["on", "off"], default="off")
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--advalidation-items", type=int, default=1_000)
    parser.add_argument("--result-size", type=int, default=None, help="pad HostedScan result files to this many bytes")
    parser.add_argument("--max-in-flight", type=int, default=None, help="429 to a request beyond this many at once")
    parser.add_argument(
        "--refuse-slowly", action="store_true", help="with --max-in-flight: the 429 takes --latency too, as answers do"
    )
    args = parser.parse_args()

    from scankit.sandbox import Faults, Sandbox

    sandbox = Sandbox(
        faults=Faults(latency=args.latency), rate_limits=args.rate_limits == "on", counts={"Scan": args.items}
    )
    apps = sandbox.app.state.vendors
    if args.max_in_flight is not None:
        delay = args.latency if args.refuse_slowly else 0.0
        sandbox.app = InFlightLimit(sandbox.app, args.max_in_flight, delay)  # served as it is when start() begins
    sandbox.start()
    grow_advalidation(apps["advalidation"], args.advalidation_items)
    apps["hostedscan"].result_size = args.result_size
    info = {
        "url": sandbox.url,
        "vendors": {
            slug: {"base_url": sandbox.base_url(slug), "api_key": sandbox.api_key(slug), "tokens": sandbox.tokens(slug)}
            for slug in sandbox.vendors
        },
    }
    print(json.dumps(info), flush=True)
    sys.stdin.read()  # serve until the parent closes our stdin
    sandbox.stop()


if __name__ == "__main__":
    main()
