"""Download memory and speed: streaming one large HostedScan result file from the sandbox, sync and async.

The sandbox runs in its own process (bench/sandbox_server.py, `--result-size`), so only the client
holds memory here. Each run is a fresh process: it reads the first chunk of the result first (imports and the
connection pool in place), takes the RSS, then streams the large one to /dev/null through
`client.with_streaming_response.results.download(id)` (sync) or its async twin.
Growth = peak RSS (`ru_maxrss`) minus that RSS.

Speed is a ratio in one run: sync and async alternate for `--rounds` rounds (a machine busy with
something else slows both alike), and async's median MB/s is divided by sync's (target >= 0.8).

    python bench/download.py                    # 1 GiB, sync and async, 3 rounds
    python bench/download.py --size 104857600   # 100 MiB
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from listing import Server  # noqa: E402
from memory import peak_mb, rss_mb  # noqa: E402

GIB = 1024**3


def result_id(client: Any) -> str:
    scan = next(s for s in client.scans.list() if s.results)
    return str(scan.results[0].result_id)


def child(mode: str, base_url: str, api_key: str, rid: str) -> dict[str, Any]:
    import scankit

    if mode == "sync":
        client = scankit.HostedScan(api_key=api_key, base_url=base_url, timeout=120.0)
        with client.with_streaming_response.results.download(rid) as response:  # warm-up: the same path, one chunk
            next(iter(response.iter_bytes()))
        start = rss_mb()
        t0 = time.perf_counter()
        with client.with_streaming_response.results.download(rid) as response:
            size = int(response.headers["content-length"])
            written = response.stream_to_file(os.devnull)
        seconds = time.perf_counter() - t0
        client.close()
    else:

        async def download() -> tuple[float, float, int, int]:
            # The async client warms up its own path (its imports, the event loop, a connection),
            # as the sync one does: only the download itself is timed, in both modes.
            aclient = scankit.AsyncHostedScan(api_key=api_key, base_url=base_url, timeout=120.0)
            async with aclient:
                async with aclient.with_streaming_response.results.download(rid) as response:
                    async for _ in response.iter_bytes():
                        break
                start = rss_mb()
                t0 = time.perf_counter()
                async with aclient.with_streaming_response.results.download(rid) as response:
                    size = int(response.headers["content-length"])
                    written = await response.stream_to_file(os.devnull)
                return start, time.perf_counter() - t0, size, written

        start, seconds, size, written = asyncio.run(download())
    assert written == size, (written, size)
    peak = peak_mb()
    return {
        "mode": mode,
        "bytes": written,
        "seconds": round(seconds, 2),
        "mb_per_s": round(written / 2**20 / seconds, 1),
        "rss_before_mb": round(start, 1),
        "rss_peak_mb": round(peak, 1),
        "growth_mb": round(peak - start, 1),
    }


def run(size: int, rounds: int) -> dict[str, Any]:
    out: dict[str, Any] = {"bytes": size, "rounds": rounds, "runs": []}
    with Server(rate_limits=False, items=50, advalidation_items=10, result_size=size) as info:
        vendor = info["vendors"]["hostedscan"]
        import scankit

        with scankit.HostedScan(api_key=vendor["api_key"], base_url=vendor["base_url"]) as client:
            rid = result_id(client)
        for round_ in range(rounds):
            for mode in ("sync", "async") if round_ % 2 == 0 else ("async", "sync"):
                proc = subprocess.run(
                    [sys.executable, str(Path(__file__)), "--child", mode, vendor["base_url"], vendor["api_key"], rid],
                    capture_output=True,
                    text=True,
                    check=False,
                )
                if proc.returncode != 0:
                    raise RuntimeError(f"download run {mode} failed:\n{proc.stderr[-3000:]}")
                out["runs"].append({"round": round_, **json.loads(proc.stdout.strip().splitlines()[-1])})
    out["modes"] = summary(out["runs"])
    out["async_to_sync"] = round(out["modes"]["async"]["mb_per_s"] / out["modes"]["sync"]["mb_per_s"], 3)
    return out


def summary(runs: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Per mode: the median speed over the rounds and the largest RSS growth of any of them."""
    out: dict[str, dict[str, Any]] = {}
    for mode in ("sync", "async"):
        mine = [r for r in runs if r["mode"] == mode]
        out[mode] = {
            "mode": mode,
            "seconds": round(statistics.median(r["seconds"] for r in mine), 2),
            "mb_per_s": round(statistics.median(r["mb_per_s"] for r in mine), 1),
            "mb_per_s_all": [r["mb_per_s"] for r in mine],
            "growth_mb": max(r["growth_mb"] for r in mine),
            "rss_peak_mb": max(r["rss_peak_mb"] for r in mine),
        }
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", nargs=4, metavar=("MODE", "BASE_URL", "KEY", "RESULT_ID"))
    parser.add_argument("--size", type=int, default=GIB)
    parser.add_argument("--rounds", type=int, default=3, help="sync and async alternate this many times")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(*args.child)))
        return
    result = run(args.size, args.rounds)
    print(json.dumps(result) if args.json else json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
