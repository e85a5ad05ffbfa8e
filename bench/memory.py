"""Memory: peak RSS while iterating N items through a scankit client, one fresh process per run.

The client is the real one (``scankit.<Vendor>``: request loop, paginator with prefetch and
concurrent pages, pacing) listing the list its README loops over, through an
``httpx.MockTransport`` that serves it from a few of the spec-driven sandbox's pages, re-used with
their pagination fields rewritten (bench/pages.py ``PageServer``), so nothing but the client and its
parsing holds memory. The pacer's clock is a fake one that moves when it sleeps, so a rate-limited
vendor is not slowed down: every spec is measured, by default.

Growth = peak RSS (``ru_maxrss``) minus the RSS once the first 1,000 items have been read (imports,
connection pools and the first pages are in place by then). Default GC.

    python bench/memory.py                      # every spec at 100k and 1M
    python bench/memory.py --vendors hostedscan --sizes 100000
    python bench/memory.py --child hostedscan 100000   # one run, prints JSON
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from scankit_codegen.extensions import load_vendor
from scankit_codegen.registry import vendors

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

CLASSES = {vendor: load_vendor(vendor).meta.class_name for vendor in vendors()}  # one per spec
WARM_ITEMS = 1_000


def rss_mb() -> float:
    """Current resident set size (Linux /proc; elsewhere the peak so far)."""
    try:
        with open("/proc/self/statm") as f:
            pages = int(f.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return peak_mb()


def peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10  # bytes on macOS, KiB on Linux


class FakeTime:
    """The client's clock and sleep: time moves only when the pacer sleeps (thread-safe enough)."""

    def __init__(self) -> None:
        self.now = 1_750_000_000.0
        self._lock = threading.Lock()

    def wall(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.now += max(0.0, seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


def child(vendor: str, total: int) -> dict[str, Any]:
    import httpx
    import pages

    import scankit
    from scankit._base import _Runtime

    server = pages.PageServer(vendor, total)
    http = httpx.Client(transport=httpx.MockTransport(server))
    schemes = importlib.import_module(f"scankit.vendors.{vendor}").VENDOR.auth.tokens
    tokens = {schemes[-1].arg: "bench"} if schemes else {}  # one token, where the vendor takes them
    client = getattr(scankit, CLASSES[vendor])(
        api_key="bench", base_url="https://vendor.test", http_client=http, **tokens
    )
    fake = FakeTime()
    client._runtime = _Runtime(wall=fake.wall, sleep=fake.sleep, async_sleep=fake.async_sleep)
    start_rss = rss_mb()
    warm_rss = None
    samples: list[float] = []
    count = 0
    t0 = time.perf_counter()
    target = pages.target(vendor)
    for _item in getattr(getattr(client, target.resource), target.verb)():
        count += 1
        if count == WARM_ITEMS:
            warm_rss = rss_mb()
        elif count % 50_000 == 0:
            samples.append(rss_mb())
    seconds = time.perf_counter() - t0
    client.close()
    assert count == total, (count, total)
    assert warm_rss is not None
    peak = peak_mb()
    return {
        "vendor": vendor,
        "items": count,
        "requests": server.requests,
        "seconds": round(seconds, 2),
        "rss_start_mb": round(start_rss, 1),
        "rss_after_warmup_mb": round(warm_rss, 1),
        "rss_peak_mb": round(peak, 1),
        "rss_max_sampled_mb": round(max([warm_rss, *samples]), 1),
        "growth_mb": round(peak - warm_rss, 1),
    }


def run(vendors: list[str], sizes: list[int]) -> dict[str, Any]:
    out: dict[str, Any] = {"gc": "default (enabled, thresholds 700/10/10)", "runs": []}
    for vendor in vendors:
        for n in sizes:
            proc = subprocess.run(
                [sys.executable, str(Path(__file__)), "--child", vendor, str(n)],
                capture_output=True,
                text=True,
                check=False,
            )
            if proc.returncode != 0:
                raise RuntimeError(f"memory run {vendor} {n} failed:\n{proc.stderr[-3000:]}")
            out["runs"].append(json.loads(proc.stdout.strip().splitlines()[-1]))
    return out


def arguments() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--child", nargs=2, metavar=("VENDOR", "N"))
    parser.add_argument("--vendors", nargs="*", default=vendors(), help="default: every spec")
    parser.add_argument("--sizes", nargs="*", type=int, default=[100_000, 1_000_000])
    parser.add_argument("--json", action="store_true")
    return parser


def main() -> None:
    args = arguments().parse_args()
    if args.child:
        print(json.dumps(child(args.child[0], int(args.child[1]))))
        return
    result = run(args.vendors, args.sizes)
    if args.json:
        print(json.dumps(result))
        return
    for r in result["runs"]:
        print(
            f"{r['vendor']:12s} {r['items']:>9,d} items  {r['seconds']:6.1f}s  RSS after warm-up "
            f"{r['rss_after_warmup_mb']:6.1f} MB  peak {r['rss_peak_mb']:6.1f} MB  growth {r['growth_mb']:5.1f} MB"
        )


if __name__ == "__main__":
    main()
