"""``python -m scankit.sandbox`` (and ``scankit sandbox``): serve the vendors until Ctrl-C."""

from __future__ import annotations

import argparse
import logging
import os
import shlex
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TextIO

from ._app import VENDORS
from ._faults import FAULT_HEADER, FAULT_KINDS, FaultError, Faults
from ._runs import Runs
from ._server import Sandbox, SandboxError

__all__ = ["DEFAULT_PORT", "PORT_ENV", "banner", "main", "serve"]

DEFAULT_PORT = 8765
PORT_ENV = "SCANKIT_SANDBOX_PORT"
"""The default port from the environment (``0``: any free one), for scripts that cannot pass ``--port``."""


def banner(sandbox: Sandbox) -> str:
    """What the command prints: each vendor's base URL and credentials, then ``export`` lines."""
    lines = [f"scankit sandbox on {sandbox.url} (seed {sandbox.seed}); Ctrl-C to stop", ""]
    width = max(len(v) for v in sandbox.vendors)
    for slug in sandbox.vendors:
        credentials = [f"key {sandbox.api_key(slug)}"] + [f"{k} {v}" for k, v in sandbox.tokens(slug).items()]
        lines.append(f"  {slug:<{width}}  {sandbox.base_url(slug)}  {'  '.join(credentials)}")
    lines += ["", "# point the scankit clients (and the README's examples) at it:"]
    lines += [f"export {name}={shlex.quote(value)}" for name, value in sandbox.env().items()]
    lines += ["", f"# faults per request: -H '{FAULT_HEADER}: <kind>[,<kind>]' with kind in {', '.join(FAULT_KINDS)}"]
    return "\n".join(lines) + "\n"


def serve(
    *,
    vendors: Iterable[str] | None = None,
    port: int = DEFAULT_PORT,
    seed: int = 0,
    faults: Faults | None = None,
    rate_limits: bool = True,
    out: TextIO | None = None,
    stop: threading.Event | None = None,
    on_ready: Callable[[Sandbox], None] | None = None,
    access_log: bool = False,
    runs: Runs | None = None,
    specs: Iterable[str] | None = None,
) -> int:
    """Start the sandbox, print its banner, and serve until Ctrl-C (or until ``stop`` is set).

    Returns the process exit status: 0 after a clean stop, 1 when the server could not start.
    """
    out = out or sys.stdout
    if access_log:
        logging.basicConfig(level=logging.INFO, format="%(message)s")
        logging.getLogger("uvicorn.access").setLevel(logging.INFO)
    try:
        sandbox = Sandbox(
            vendors, port=port, seed=seed, faults=faults, rate_limits=rate_limits, runs=runs, specs=specs
        ).start()
    except (SandboxError, ImportError, ValueError) as exc:
        print(f"scankit sandbox: {exc}", file=sys.stderr)
        return 1
    event = stop or threading.Event()
    previous = None
    if threading.current_thread() is threading.main_thread():
        # A background `python -m scankit.sandbox &` is stopped with SIGTERM: stop as cleanly as on Ctrl-C.
        previous = signal.signal(signal.SIGTERM, lambda *_: event.set())
    try:
        if on_ready is not None:  # before the banner: once it is printed, everything it names is there
            on_ready(sandbox)
        out.write(banner(sandbox))
        out.flush()
        while not event.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        sandbox.stop()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    return 0


def _parser(prog: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Serve local stand-ins for the vendors' scans APIs on 127.0.0.1, as their specs describe them.",
    )
    parser.add_argument(
        "--vendor", action="append", help=f"serve this vendor (repeatable; default: all): {', '.join(VENDORS)}"
    )
    parser.add_argument(
        "--spec",
        action="append",
        default=[],
        metavar="DIR",
        help="also serve the spec in DIR (its openapi.yaml and optional sandbox.yaml; name it with --vendor)",
    )
    default_port = int(os.environ.get(PORT_ENV) or DEFAULT_PORT)
    parser.add_argument(
        "--port",
        type=int,
        default=default_port,
        help=f"port on 127.0.0.1 (default {DEFAULT_PORT}, or ${PORT_ENV}; 0 = any free port)",
    )
    parser.add_argument(
        "--seed", type=int, default=0, help="data set seed: the same seed gives the same data (default 0)"
    )
    parser.add_argument("--latency-ms", type=float, default=0.0, help="milliseconds added to every response")
    parser.add_argument("--no-rate-limits", action="store_true", help="do not enforce the documented rate limits")
    parser.add_argument(
        "--fault",
        action="append",
        default=[],
        metavar="KIND=RATE",
        help=f"inject a fault into this fraction of requests (repeatable); kinds: {', '.join(FAULT_KINDS)}",
    )
    parser.add_argument("--access-log", action="store_true", help="log every request")
    parser.add_argument(
        "--run-outcome",
        choices=("success", "failure", "never", "unlisted"),
        default="success",
        help="how started scans end: well (default), badly, never, or in a state no spec lists",
    )
    parser.add_argument(
        "--run-seconds", type=float, default=3.0, help="seconds a started scan runs (default 3; or a few reads)"
    )
    return parser


def main(
    argv: Sequence[str] | None = None,
    *,
    on_ready: Callable[[Sandbox], None] | None = None,
    prog: str = "python -m scankit.sandbox",
) -> int:
    """Command-line entry point; returns the exit status. `on_ready` is called once it serves.

    `prog` is the command the usage line names (`scankit sandbox` when the CLI runs it).
    """
    parser = _parser(prog)
    args = parser.parse_args(argv)
    known = [*VENDORS, *(Path(folder).resolve().name for folder in args.spec)]
    for vendor in args.vendor or ():
        if vendor.lower() not in known:
            parser.error(f"argument --vendor: invalid choice: {vendor!r} (choose from {', '.join(known)})")
    try:
        faults = Faults.parse(args.fault, latency=args.latency_ms / 1000.0)
    except FaultError as exc:
        parser.error(str(exc))
    return serve(
        vendors=args.vendor,
        port=args.port,
        seed=args.seed,
        faults=faults,
        rate_limits=not args.no_rate_limits,
        access_log=args.access_log,
        on_ready=on_ready,
        runs=Runs(seconds=args.run_seconds, outcome=args.run_outcome),
        specs=args.spec,
    )
