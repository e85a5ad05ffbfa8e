"""Download memory: RSS growth while streaming one large HostedScan result file from the sandbox.

The sandbox runs in its own process (bench/sandbox_server.py, `--result-size`), so only the client
holds memory here. Each run is a fresh process: it reads the first chunk of the result first (imports and the
connection pool in place), takes the RSS, then streams the large one to /dev/null through
`client.with_streaming_response.results.download(id)` (sync) or its async twin.
Growth = peak RSS (`ru_maxrss`) minus that RSS.

    python bench/download.py                    # 1 GiB, sync and async
    python bench/download.py --size 104857600   # 100 MiB
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
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

    client = scankit.HostedScan(api_key=api_key, base_url=base_url, timeout=120.0)
    with client.with_streaming_response.results.download(rid) as response:  # warm-up: the same path, one chunk
        next(iter(response.iter_bytes()))
    start = rss_mb()
    t0 = time.perf_counter()
    if mode == "sync":
        with client.with_streaming_response.results.download(rid) as response:
            size = int(response.headers["content-length"])
            written = response.stream_to_file(os.devnull)
    else:

        async def download() -> tuple[int, int]:
            aclient = scankit.AsyncHostedScan(api_key=api_key, base_url=base_url, timeout=120.0)
            async with aclient, aclient.with_streaming_response.results.download(rid) as response:
                return int(response.headers["content-length"]), await response.stream_to_file(os.devnull)

        size, written = asyncio.run(download())
    seconds = time.perf_counter() - t0
    client.close()
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


def run(size: int) -> dict[str, Any]:
    out: dict[str, Any] = {"bytes": size, "runs": []}
    with Server(rate_limits=False, items=50, advalidation_items=10, result_size=size) as info:
        vendor = info["vendors"]["hostedscan"]
        import scankit

        with scankit.HostedScan(api_key=vendor["api_key"], base_url=vendor["base_url"]) as client:
            rid = result_id(client)
        for mode in ("sync", "async"):
            proc = subprocess.run(
                [sys.executable, str(Path(__file__)), "--child", mode, vendor["base_url"], vendor["api_key"], rid],
                capture_output=True,
                text=True,
                check=False,
            )
            if proc.returncode != 0:
                raise RuntimeError(f"download run {mode} failed:\n{proc.stderr[-3000:]}")
            out["runs"].append(json.loads(proc.stdout.strip().splitlines()[-1]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", nargs=4, metavar=("MODE", "BASE_URL", "KEY", "RESULT_ID"))
    parser.add_argument("--size", type=int, default=GIB)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(*args.child)))
        return
    result = run(args.size)
    print(json.dumps(result) if args.json else json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
