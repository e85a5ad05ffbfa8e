"""The sandbox in its own process for the listing benchmarks (the client under test gets its own GIL).

    python bench/sandbox_server.py --latency 0.05 --rate-limits on --items 10000

Prints one JSON line (base URLs, keys, tokens, list sizes) once it serves, then serves until its
stdin closes. The sandbox's data sets are a few hundred records; for the benchmark each vendor's
list is grown to ``--items`` (Advalidation: ``--advalidation-items``) before the server starts:
every vendor's ``Scan`` collection is made that large (``Sandbox(counts=...)``), and Advalidation's
campaigns are copied.
"""

from __future__ import annotations

import argparse
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--rate-limits", choices=["on", "off"], default="off")
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--advalidation-items", type=int, default=1_000)
    parser.add_argument("--result-size", type=int, default=None, help="pad HostedScan result files to this many bytes")
    args = parser.parse_args()

    from scankit.sandbox import Faults, Sandbox

    sandbox = Sandbox(
        faults=Faults(latency=args.latency), rate_limits=args.rate_limits == "on", counts={"Scan": args.items}
    ).start()
    apps = sandbox.app.state.vendors
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
