"""The client's CPU per request of a listing: scankit's own per-request path, against raw httpx.

The list measured is the one the vendor's README loops over (``scankit_codegen.readme.listing``,
as bench/listing.py derives it), served by the spec-driven sandbox (``scankit.sandbox``) on
127.0.0.1 with no added latency, no faults and no rate limits. The sandbox runs in a process of
its own (this script, ``--serve``), so that everything counted or timed here is the client's. The
list holds ``--items`` items; every method below asks for exactly the pages scankit's listing asks
for (recorded from a listing before anything is measured), each on its own warmed-up connection:

- **(a) raw**: ``httpx.Client.request`` of each page, with the settings scankit's client has (base
  URL, headers, timeout), the body read: what any HTTP client must spend;
- **(b) raw+parse**: (a), then the generated ``_parse_response`` of the page: what a typed client
  must spend;
- **(c) generated**: the generated endpoint's ``sync_detailed`` for each page, as the generated
  package is used without scankit;
- **(d) scankit**: ``for item in client.<resource>.list()`` with ``page_concurrency=1`` (one page at
  a time, the next fetched while the caller consumes the current one), every other default;
- **d_fetch**: the function scankit's paginator calls for each page (the request loop from the
  resource down, the page read into its model), called page after page in the caller's thread:
  (d) without the paginator's driving (prefetch thread, page handling, yielding the items).

(d) - (b) is scankit's own per-request path: options, the call's records, hooks and tracing with
nothing subscribed, retry and rate-limit bookkeeping, the guard transport, the paginator. The
rate limiter's waits are not slept (``Runtime.sleep`` is a no-op here): its bookkeeping is counted,
its sleeping is not CPU.

Two figures per request:

- ``--instructions``: CPU instructions counted by valgrind's callgrind, in a child process that
  collects only inside the measured calls (``sys.call_tracing`` in the main thread, and
  ``Context.run``, which every page fetched ahead by the paginator's worker thread goes through).
  Counts do not move when other work loads the machine: the figure to compare before and after.
- by default: the process's CPU time (``time.process_time``, every thread of the client) per
  request, the best of ``--rounds`` rounds: a time, so it moves with the machine's load.

The two disagree most on (d) - d_fetch. Counted, handing each page to the paginator's worker thread
costs a few tens of thousands of instructions; timed, a GET made in a worker thread while the
caller waits costs ~90 µs more CPU than the same GET made in the caller's thread (measured on two
shared cores, raw httpx alike): thread wake-ups and the GIL moving between cores, which
instruction counts do not see. So count to compare code before and after; time to see the whole.

    python bench/request_cpu.py                          # CPU µs per request, the README list of the default vendor
    python bench/request_cpu.py --instructions           # instructions per request (~1-2 min a vendor)
    python bench/request_cpu.py --instructions --vendor hostedscan --vendor cloneguard
    python bench/request_cpu.py --instructions --all     # every spec
    python bench/request_cpu.py --instructions --keep /tmp/cg   # keep callgrind's profiles (callgrind_annotate)
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import math
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import callgrind
import httpx
from served import Served

from scankit_codegen.extensions import load_vendor
from scankit_codegen.readme import listing
from scankit_codegen.registry import vendors

SPECS: tuple[str, ...] = tuple(vendors())
DEFAULT_VENDOR = "packagex" if "packagex" in SPECS else SPECS[0]  # the list bench/listing.py found CPU-bound
ITEMS = 10_000  # the list's length for the timed figure
INSTRUCTION_ITEMS = 2_500  # for the counted one: counts are exact, and callgrind is ~50x slower
WARM_PAGES = 8  # requests each method makes before it is measured: connections, specialised bytecode
METHODS = ("a_raw", "b_raw_parse", "c_generated", "d_scankit", "d_fetch")
MEASURED = ("sys_call_tracing", "context_run")  # the C functions callgrind collects in (see the docstring)


# --------------------------------------------------------------------------- the server


def serve(vendor: str, items: int) -> None:
    """The sandbox for `vendor` (its README list grown to `items`), until stdin closes; prints where."""
    import pages

    from scankit.sandbox import Sandbox

    sandbox = Sandbox([vendor], rate_limits=False)
    sandbox.app = pages.sandbox(vendor, items)  # the list grown by its own rules, no rate limits
    sandbox.start()
    info = {"base_url": sandbox.base_url(vendor), "api_key": sandbox.api_key(vendor), "tokens": sandbox.tokens(vendor)}
    print(json.dumps(info), flush=True)
    sys.stdin.read()
    sandbox.stop()


class Server(Served):
    """`serve` in a subprocess for as long as the `with` block lasts."""

    def __init__(self, vendor: str, items: int) -> None:
        super().__init__([sys.executable, __file__, "--serve", vendor, "--items", str(items)])


# --------------------------------------------------------------------------- the methods


class Subject:
    """One vendor's README list, its clients and the requests of one listing, ready to measure."""

    def __init__(self, vendor: str, info: dict[str, Any]) -> None:
        import scankit
        from scankit._base import _Runtime
        from scankit._call import encode

        model = load_vendor(vendor)
        op = listing(model)
        self.vendor = vendor
        self.owner = getattr(scankit, model.meta.class_name)(
            api_key=info["api_key"], base_url=info["base_url"], **info["tokens"]
        )
        self.client = self.owner.with_options(page_concurrency=1)  # a copy: closing it closes nothing
        self.client._runtime = _Runtime(sleep=lambda seconds: None)  # the limiter's waits: not CPU
        self.resource = getattr(self.client, op.tag)
        self.verb = op.verb

        # The requests of one listing, as scankit's request loop hands them to the generated builder.
        sent: list[tuple[Any, dict[str, Any]]] = []
        send = self.client._send

        def record(endpoint: Any, kwargs: Any, *args: Any, **kw: Any) -> Any:
            sent.append((endpoint, encode(self.client.vendor, endpoint, kwargs, {})))
            return send(endpoint, kwargs, *args, **kw)

        self.client._send = record  # type: ignore[method-assign]  # this instance, this once
        paginator = self.paginator()
        fetch = paginator._fetch
        self.pages: list[dict[str, Any]] = []  # what the paginator asked its fetch for, page by page
        paginator._fetch = lambda args, left: (self.pages.append(args), fetch(args, left))[1]
        self.items = sum(1 for _ in paginator)
        del self.client._send
        self.requests = [(endpoint, args, endpoint.build(**args)) for endpoint, args in sent]

        http = self.client._session.http  # the settings of scankit's own httpx client, on httpx's transport
        self.http = httpx.Client(base_url=http.base_url, headers=http.headers, timeout=http.timeout)
        generated_cls = self.client.vendor.generated_client
        self.generated = generated_cls(
            base_url=str(http.base_url),
            token="-",
            prefix="",
            auth_header_name="X-Bench-Unused",  # the credentials go in as the plain headers scankit sends
            headers=dict(http.headers),
            timeout=http.timeout,
        )
        self.sync_detailed = {
            id(endpoint): importlib.import_module(endpoint.build.__module__).sync_detailed
            for endpoint, _, _ in self.requests
        }
        self.parser = SimpleNamespace(raise_on_unexpected_status=True)

    def close(self) -> None:
        self.owner.close()
        self.http.close()
        self.generated.get_httpx_client().close()

    def __enter__(self) -> Subject:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def paginator(self, max_pages: int | None = None) -> Any:
        return getattr(self.resource, self.verb)(max_pages=max_pages)

    def list_all(self, max_pages: int | None = None) -> int:
        return sum(1 for _ in self.paginator(max_pages))

    def methods(self) -> dict[str, Callable[[int | None], int]]:
        """Each method: given how many requests (None: all), makes them and returns how many it made."""
        http, generated, parser, requests = self.http, self.generated, self.parser, self.requests

        def raw(n: int | None) -> int:
            for _, _, kwargs in requests[:n]:
                response = http.request(**kwargs)
                if response.status_code != 200:
                    raise RuntimeError(f"{self.vendor}: {response.status_code} to {response.request.url}")
            return len(requests[:n])

        def raw_parse(n: int | None) -> int:
            for endpoint, _, kwargs in requests[:n]:
                response = http.request(**kwargs)
                if response.status_code != 200:
                    raise RuntimeError(f"{self.vendor}: {response.status_code} to {response.request.url}")
                endpoint.parse(client=parser, response=response)
            return len(requests[:n])

        def generated_endpoint(n: int | None) -> int:
            functions = self.sync_detailed
            for endpoint, args, _ in requests[:n]:
                response = functions[id(endpoint)](client=generated, **args)
                if response.status_code != 200:
                    raise RuntimeError(f"{self.vendor}: {response.status_code}")
            return len(requests[:n])

        def listing_(n: int | None) -> int:
            got = self.list_all(max_pages=n)
            if n is None and got != self.items:
                raise RuntimeError(f"{self.vendor}: listed {got} items, {self.items} before")
            return len(requests) if n is None else min(n, len(requests))

        def fetch(n: int | None) -> int:
            fetch_page = self.paginator()._fetch
            stay = threading.Event()  # the caller never leaves: the page call as in a listing
            for args in self.pages[:n]:
                fetch_page(args, stay)
            return len(self.pages[:n])

        return dict(zip(METHODS, (raw, raw_parse, generated_endpoint, listing_, fetch), strict=True))


def warm(method: Callable[[int | None], int]) -> None:
    method(WARM_PAGES)
    method(WARM_PAGES)


# --------------------------------------------------------------------------- timed


def timed(vendor: str, items: int, rounds: int, only: list[str]) -> dict[str, Any]:
    """CPU seconds per request of each method (the process's, every thread), the best of `rounds`."""
    with Server(vendor, items) as info, Subject(vendor, info) as subject:
        methods = {name: method for name, method in subject.methods().items() if name in only}
        for method in methods.values():
            warm(method)
        best = dict.fromkeys(methods, float("inf"))
        names = list(methods)
        for r in range(rounds):
            for name in names[r % len(names) :] + names[: r % len(names)]:  # rotate who goes first
                gc.collect()
                t0 = time.process_time()
                n = methods[name](None)
                best[name] = min(best[name], (time.process_time() - t0) / n)
        return {"requests": len(subject.requests), "items": subject.items, "cpu_us_per_request": best}


# --------------------------------------------------------------------------- counted


def count_child(vendor: str, items: int, labels_path: Path, only: list[str], passes: int) -> None:
    """Under callgrind: each method runs `passes` measured passes, each inside sys.call_tracing."""
    with Server(vendor, items) as info, Subject(vendor, info) as subject:
        methods = {name: method for name, method in subject.methods().items() if name in only}
        for method in methods.values():
            warm(method)
        gc.collect()
        gc.freeze()
        labels = []
        for _ in range(passes):
            for name, method in methods.items():
                gc.collect()
                made: list[int] = []
                sys.call_tracing(lambda m=method, out=made: out.append(m(None)), ())
                labels.append([name, made[0]])
        gc.unfreeze()
    labels_path.write_text(json.dumps({"labels": labels, "requests": len(subject.requests), "items": subject.items}))


def counted(vendor: str, items: int, keep: Path | None, only: list[str], passes: int) -> dict[str, Any]:
    """Instructions per request of each method, counted by callgrind in a child process: the fewest
    of `passes` passes (how a response arrives in pieces over the socket varies from pass to pass)."""
    with tempfile.TemporaryDirectory(prefix="scankit-request-cpu-") as tmp:
        labels = Path(tmp) / "labels.json"
        child = [
            sys.executable,
            __file__,
            "--count-child",
            str(labels),
            "--items",
            str(items),
            "--vendor",
            vendor,
            "--only",
            ",".join(only),
            "--passes",
            str(passes),
        ]
        try:
            # zeroed at each pass's start: not what the threads of a listing before did meanwhile
            dumps = callgrind.run(child, Path(tmp), MEASURED, zero_before=True)
        except RuntimeError as exc:
            raise RuntimeError(f"{vendor}: {exc}") from None
        found = json.loads(labels.read_text())
        if len(dumps) != len(found["labels"]):
            raise RuntimeError(f"callgrind wrote {len(dumps)} profiles for {len(found['labels'])} measured passes")
        per_request: dict[str, float] = {}
        for (name, n), (dump, total) in zip(found["labels"], dumps, strict=True):
            count = total / n
            if count < per_request.get(name, math.inf):
                per_request[name] = count
                if keep is not None:
                    keep.mkdir(parents=True, exist_ok=True)
                    shutil.copy(dump, keep / f"{vendor}.{name}.callgrind")
    return {"requests": found["requests"], "items": found["items"], "instructions_per_request": per_request}


# --------------------------------------------------------------------------- report


DIFFERENCES = (
    ("parse (b-a)", "b_raw_parse", "a_raw"),
    ("generated endpoint (c-b)", "c_generated", "b_raw_parse"),
    ("scankit (d-b)", "d_scankit", "b_raw_parse"),
    ("  its request path (d_fetch-b)", "d_fetch", "b_raw_parse"),
    ("  its paginator (d-d_fetch)", "d_scankit", "d_fetch"),
)


def summary(figures: dict[str, float]) -> dict[str, float]:
    """The differences that say whose cost is whose (of the methods measured)."""
    return {label: figures[a] - figures[b] for label, a, b in DIFFERENCES if a in figures and b in figures}


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--vendor", action="append", choices=SPECS, help=f"default: {DEFAULT_VENDOR}")
    parser.add_argument("--all", action="store_true", help="every spec")
    parser.add_argument(
        "--items", type=int, default=None, help=f"the list's length ({ITEMS}; counted: {INSTRUCTION_ITEMS})"
    )
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--instructions", action="store_true", help="count instructions (callgrind), not time")
    parser.add_argument("--passes", type=int, default=3, help="counted passes of each method (the fewest counts)")
    parser.add_argument("--keep", type=Path, default=None, help="copy callgrind's profiles here")
    parser.add_argument(
        "--only", type=lambda text: text.split(","), default=list(METHODS), help="some methods: a_raw,d_fetch"
    )
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--serve", choices=SPECS, help=argparse.SUPPRESS)  # the server process
    parser.add_argument("--count-child", type=Path, help=argparse.SUPPRESS)  # the process callgrind watches
    args = parser.parse_args()
    if args.serve:
        serve(args.serve, args.items or ITEMS)
        return
    chosen = list(SPECS) if args.all else args.vendor or [DEFAULT_VENDOR]
    items = args.items or (INSTRUCTION_ITEMS if args.instructions or args.count_child else ITEMS)
    if args.count_child:
        count_child(chosen[0], items, args.count_child, args.only, args.passes)
        return
    results: dict[str, Any] = {}
    for vendor in chosen:
        if args.instructions:
            result = counted(vendor, items, args.keep, args.only, args.passes)
        else:
            result = timed(vendor, items, args.rounds, args.only)
        key = "instructions_per_request" if args.instructions else "cpu_us_per_request"
        scale = 1.0 if args.instructions else 1e6
        figures = {k: v * scale for k, v in result[key].items()}
        result[key] = figures
        result["differences"] = summary(figures)
        results[vendor] = result
        if not args.json:
            unit = "instructions" if args.instructions else "CPU µs"
            print(f"{vendor}: {result['requests']} requests, {result['items']} items; {unit} per request")
            for name, value in [*figures.items(), *result["differences"].items()]:
                print(f"  {name:32s} {value:12,.0f}" if args.instructions else f"  {name:32s} {value:10.1f}")
    if args.json:
        print(json.dumps(results))


if __name__ == "__main__":
    main()
