"""scankit.sandbox: every vendor's scans API on 127.0.0.1, served from its spec.

    from scankit.sandbox import Sandbox

    with Sandbox() as sandbox:                        # every vendor, seed 0, a free port
        hs = sandbox.client("hostedscan")             # a scankit.HostedScan pointed at it
        print(sum(1 for _ in hs.scans.list()))        # 1200, over three cursor pages
        print(sandbox.env())                          # HOSTEDSCAN_API_KEY, HOSTEDSCAN_BASE_URL, ...

One engine serves any spec (``specs/<vendor>/openapi.yaml``): its operations become routes, its
``x-scankit-pagination`` says how lists page, its ``x-scankit-waiter`` how started scans move on,
its ``x-scankit.rate_limit`` the budgets enforced (with the declared headers), ``x-scankit.errors``
the error bodies and ``x-scankit-webhooks`` how events are signed. Records come from the schemas'
examples and the vendor's ``specs/<vendor>/sandbox.yaml`` (realistic values, filters, messages);
the same seed gives byte-identical answers. Each vendor lives under ``/<vendor>`` plus the path of
its spec's first server URL (``/advalidation/v2/scans/{id}``, ``/hostedscan/v1/scans``). Keys are
fixed: ``sandbox-<vendor>-key`` (CloneGuard also takes the access token
``sandbox-cloneguard-access-token``). docs/sandbox.md has the data file's keys and the hooks.

Faults: by configuration (:class:`Faults`) or per request with the ``x-sandbox-fault`` header
(``429``, ``500``, ``503``, ``520``, ``drop``, ``malformed``, ``html``, ``unknown-enum``,
``slow=SECONDS``). Scans created, started or rescanned run to their end within seconds (or a
few reads), and a running scan's poll advises ``Retry-After`` of the data file's ``poll_interval``;
``Sandbox(runs=Runs(outcome="never"))`` makes them fail, never end, or end in a state no spec
lists, to test your own waiting code (the ``x-sandbox-run`` header on the request that starts
one: that run alone). ``python -m scankit.sandbox`` serves it from the command line; the pytest
plugin ``scankit.sandbox.pytest_plugin`` gives tests a ``scankit_sandbox`` fixture.

Incremental reads: each list's ``x-scankit-incremental`` is served (created and changed records
carry fresh cursors, the declared filter parameters filter); ``POST /_sandbox/records`` (or
``Sandbox.new_records``) makes new records as the vendor's own activity would, for a scheduled job's
next run (``scankit.sandbox._incremental``).

Webhooks: ``POST /_sandbox/webhooks`` with a loopback URL and a secret, and the sandbox POSTs each
event there, signed as the vendor signs it and retried as the vendor retries (see
``scankit.sandbox._webhooks``).
"""

from __future__ import annotations

from ._app import VENDORS, api_key, build_app, headers, sign_in_credentials, tokens
from ._cli import main, serve
from ._data import DATA_NOW
from ._faults import FAULT_HEADER, FAULT_KINDS, FaultError, Faults
from ._runs import RUN_HEADER, RunOutcome, Runs
from ._server import Sandbox, SandboxError
from ._specs import SpecError

__all__ = [
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
    "SpecError",
    "api_key",
    "build_app",
    "headers",
    "main",
    "serve",
    "sign_in_credentials",
    "tokens",
]
