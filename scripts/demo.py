"""The main job (`make demo`): the scankit CLI against local stand-ins of every vendor.

Starts `scankit.sandbox` on 127.0.0.1, points the same environment variables a user would set
(`<VENDOR>_API_KEY`, `<VENDOR>_BASE_URL`) at it, and runs the real `scankit` command: a few items
from each vendor as a table, then one listing that spans many pages, paced under the vendor's
documented rate limit. Then the scan loop a user writes: create a scan, wait for it with a live
progress line, download its report — with the CLI, then in Python for CloneGuard and Advalidation.
Last the scheduled job: `sync --state FILE` gives everything once, then only the scans made since.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from scankit import WaitStatus
from scankit.sandbox import Sandbox
from scankit_codegen.extensions import load_vendor
from scankit_codegen.readme import listing
from scankit_codegen.registry import vendors

SCANKIT = str(Path(sys.executable).parent / "scankit")


def showcase(served: tuple[str, ...]) -> list[tuple[str, list[str]]]:
    """A few items from every vendor the sandbox serves: the list its README loops over (one per spec)."""
    out = []
    for vendor in vendors():
        if vendor not in served:
            continue
        model = load_vendor(vendor)
        op = listing(model)
        title = f"{model.meta.vendor}: {op.summary or op.call}"
        out.append((title, [vendor, op.tag, op.verb.replace("_", "-"), "--max-items", "5"]))
    return out


def banner(text: str) -> None:
    print(f"\n\033[1m== {text}\033[0m", flush=True)


def scankit(args: list[str], env: dict[str, str], *, capture: bool = False) -> subprocess.CompletedProcess[str]:
    print(f"$ scankit {' '.join(args)}", flush=True)
    return subprocess.run([SCANKIT, *args], env=env, text=True, capture_output=capture, check=True, timeout=300)


def main() -> int:
    width = str(max(shutil.get_terminal_size((140, 40)).columns, 120))
    with Sandbox() as sandbox:
        env = {k: v for k, v in os.environ.items() if not k.endswith(("_API_KEY", "_BASE_URL", "_TOKEN"))}
        env.update(sandbox.env())
        env["COLUMNS"] = width
        banner(f"scankit sandbox: {len(sandbox.vendors)} vendors on {sandbox.url}")
        for name, value in sorted(sandbox.env().items()):
            shown = value if name.endswith("_BASE_URL") else value[:12] + "…"
            print(f"  {name}={shown}")
        for title, args in showcase(sandbox.vendors):
            banner(title)
            scankit([*args, "--format", "table"], env)

        banner("One listing across many pages: every PassEntry scan, 100 a page, under its 10 requests/s limit")
        started = time.perf_counter()
        out = scankit(
            ["passentry", "scans", "list", "--filter", "per_page=100", "--format", "jsonl"], env, capture=True
        )
        seconds = time.perf_counter() - started
        rows = [json.loads(line) for line in out.stdout.splitlines() if line.strip()]
        statuses: dict[str, int] = {}
        for row in rows:
            status = row["attributes"]["status"]
            statuses[status] = statuses.get(status, 0) + 1
        print(f"  {len(rows)} scans from {-(-len(rows) // 100)} pages in {seconds:.1f}s: {statuses}")
        assert len(rows) == 1000, f"expected all 1000 PassEntry scans, got {len(rows)}"

        banner("HostedScan's cursor pages (500 a page), as JSON lines piped to a count")
        out = scankit(["hostedscan", "scans", "list", "--format", "jsonl"], env, capture=True)
        print(f"  {len(out.stdout.splitlines())} HostedScan scans")
        scan_loop(sandbox, env)
        scheduled_job(sandbox, env)
    banner("done: the same commands work against the real vendors with their API keys set")
    return 0


def show(status: WaitStatus[Any]) -> None:
    """One line per poll: what a user's `on_update` callback sees."""
    progress = f" {status.progress:3d}%" if status.progress is not None else ""
    print(f"  {status.elapsed:5.1f}s  {status.state}{progress}", flush=True)


def scan_loop(sandbox: Sandbox, env: dict[str, str]) -> None:
    """Create -> wait -> download, as the README shows it: the CLI first, then the library."""
    banner("The scan loop: a HostedScan scan created, waited for (progress on stderr), its report downloaded")
    body = json.dumps({"type": "OPENVAS", "targets": ["demo.example.com"]})
    print(f"$ scankit hostedscan scans create --body '{body}' --wait --poll-interval 1 --format json", flush=True)
    created = subprocess.run(
        [
            SCANKIT,
            "hostedscan",
            "scans",
            "create",
            "--body",
            body,
            "--wait",
            "--poll-interval",
            "1",
            "--format",
            "json",
        ],
        env=env,
        text=True,
        stdout=subprocess.PIPE,  # the scan as it ended; the progress line and the outcome go to the terminal
        check=True,
        timeout=120,
    )
    scan = json.loads(created.stdout)
    scan = scan[0] if isinstance(scan, list) else scan
    print(f"  scan {scan['id']}: {scan['state']}, {len(scan['results'])} result files", flush=True)
    result = scan["results"][0]
    with tempfile.TemporaryDirectory(prefix="scankit-demo-") as tmp:
        target = Path(tmp) / f"report-{result['result_id']}.{result['content_type'].rsplit('/', 1)[-1]}"
        scankit(["hostedscan", "results", "download", result["result_id"], "-o", str(target)], env)
        print(f"  {target.name}: {target.stat().st_size:,} bytes ({result['content_type']})")

    banner("The same loop in Python: CloneGuard scans.start_and_wait(id), one line per poll")
    with sandbox.client("cloneguard") as cg:
        idle = next(s for s in cg.scans.list(status=["done"], max_items=1))
        print(f">>> cg.scans.start_and_wait({str(idle.id)[:8]}…, poll_interval=1, on_update=show)", flush=True)
        ended = cg.scans.start_and_wait(idle.id, poll_interval=1, on_update=show)
        print(f"  ended {ended.attributes.status}")

    banner("Advalidation creatives.rescan_and_wait(id): the SDK's schedule (5 s, then 20 s) unless told otherwise")
    with sandbox.client("advalidation") as adv:
        creative = next(iter(adv.campaigns.list_creatives(next(iter(adv.campaigns.list())).id, max_items=1)))
        print(f">>> adv.creatives.rescan_and_wait({creative.id}, poll_interval=1, on_update=show)", flush=True)
        rescan = adv.creatives.rescan_and_wait(creative.id, poll_interval=1, on_update=show)
        checks = adv.scans.get(rescan.id, include_checks=True).tests or []
        failed = sum(1 for c in checks if c.result != "pass")
        print(f"  scan {rescan.id} {rescan.processing_status}: {len(checks)} checks, {failed} not passed")


def scheduled_job(sandbox: Sandbox, env: dict[str, str]) -> None:
    """`sync --state FILE` twice, with new scans made at readers between the runs: only those the second time."""
    banner("A scheduled job: PassEntry scans synced to JSON lines, a watermark kept in a state file")
    with tempfile.TemporaryDirectory(prefix="scankit-demo-") as tmp:
        state = str(Path(tmp) / "passentry-scans.json")
        command = ["passentry", "scans", "sync", "--state", state, "--format", "jsonl"]
        first = scankit(command, env, capture=True)
        print(f"  first run: {len(first.stdout.splitlines())} scans; {first.stderr.strip()}")
        made = sandbox.new_records("passentry", "listScans", 3)  # three taps at readers since
        print(f"  (three passes scanned at readers: {', '.join(m[:8] + '…' for m in made)})")
        second = scankit(command, env, capture=True)
        given = [json.loads(line)["id"] for line in second.stdout.splitlines()]
        print(f"  second run: {len(given)} scans; {second.stderr.strip()}")
        assert sorted(given) == sorted(made), f"expected the three new scans, got {given}"


if __name__ == "__main__":
    sys.exit(main())
