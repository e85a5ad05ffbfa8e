"""scankit.sandbox: the five vendors' scans APIs on 127.0.0.1, as their specs describe them.

    from scankit.sandbox import Sandbox

    with Sandbox() as sandbox:                        # every vendor, seed 0, a free port
        hs = sandbox.client("hostedscan")             # a scankit.HostedScan pointed at it
        print(sum(1 for _ in hs.scans.list()))        # 1200, over three cursor pages
        print(sandbox.env())                          # HOSTEDSCAN_API_KEY, HOSTEDSCAN_BASE_URL, ...

Each vendor lives under ``/<vendor>`` plus the path of its spec's first server URL
(``/advalidation/v2/scans/{id}``, ``/passentry/api/v1/scans``, ``/hostedscan/v1/scans``). The data
is generated from a seed (the same seed gives byte-identical answers), every list pages as its
spec declares, the documented rate limits are enforced with the vendor's own headers, and errors
use the vendor's own envelopes. Keys are fixed: ``sandbox-<vendor>-key`` (CloneGuard also takes the
access token ``sandbox-cloneguard-access-token``).

Faults: by configuration (:class:`Faults`) or per request with the ``x-sandbox-fault`` header
(``429``, ``500``, ``503``, ``520``, ``drop``, ``malformed``, ``html``, ``unknown-enum``,
``slow=SECONDS``). Scans created, started or rescanned run to their end within seconds (or a
few reads); ``Sandbox(runs=Runs(outcome="never"))`` makes them fail, never end, or end in a state
no spec lists, to test your own waiting code (the ``x-sandbox-run`` header on the request that
starts one: that run alone). ``python -m scankit.sandbox`` serves it from the command line; the
pytest plugin ``scankit.sandbox.pytest_plugin`` gives tests a ``scankit_sandbox`` fixture.

Webhooks: ``POST /_sandbox/webhooks`` with a loopback URL and a secret, and the sandbox POSTs each
scan event there, signed as the vendor signs it and retried as the vendor retries (see
``scankit.sandbox._webhooks``).
"""

from __future__ import annotations

from ._app import CLONEGUARD_SIGN_IN, VENDORS, api_key, build_app, tokens
from ._cli import main, serve
from ._fake import DATA_NOW
from ._faults import FAULT_HEADER, FAULT_KINDS, FaultError, Faults
from ._runs import RUN_HEADER, RunOutcome, Runs
from ._server import Sandbox, SandboxError

__all__ = [
    "CLONEGUARD_SIGN_IN",
    "DATA_NOW",
    "FAULT_HEADER",
    "FAULT_KINDS",
    "RUN_HEADER",
    "VENDORS",
    "FaultError",
    "Faults",
    "RunOutcome",
    "Runs",
    "Sandbox",
    "SandboxError",
    "api_key",
    "build_app",
    "main",
    "serve",
    "tokens",
]
