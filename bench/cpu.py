"""CPU per item: decoding and parsing list pages into models, page by page (steady state).

For each vendor, the same page bodies (realistic, ~100 items each: bench/pages.py) go through:

- ``json.loads(body)``: the floor, ratio 1.00;
- ``orjson.loads(body)``: for reference;
- scankit: what scankit does per page of a listing once the bytes are in: the generated endpoint's
  ``_build_response`` on an ``httpx.Response`` (its JSON decode and ``<List>._from_json``), exactly as
  shipped in generated/, then the paginator's page handling (``plan_next``, its stop rules, the
  ``Page``);
- pydantic v2: ``TypeAdapter(<equivalent page model>).validate_json(body)`` (bench/pydantic_models.py).

Steady state: each page's result is dropped before the next page is parsed. Every round times
each method over all the pages in turn (the order rotating), from a freshly collected heap; the
best round counts, as the one least disturbed by other work on the machine. GC modes:
``gc-on`` = the interpreter's default thresholds with the harness's inputs ``gc.freeze()``d;
``gc-off`` = ``gc.disable()`` around the timed loop.

``--instructions`` counts CPU instructions instead of timing (valgrind's callgrind, which must be
installed): the same loops, one pass each after the same warm-up, in a child process under
callgrind that collects only inside the measured loop. Counts do not move when other work loads
the machine, so the ratios are a gate that holds on a busy machine; they are not times (a cache
miss costs no more than a hit, SIMD in orjson counts few instructions), so a quiet timed run
(`make bench`) remains the verdict.

    python bench/cpu.py                  # table
    python bench/cpu.py --json           # machine-readable, for bench/run.py
    python bench/cpu.py --instructions   # instructions per item and ratios (~2 min)
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import httpx
import orjson
import pages
import pydantic_models

from scankit._call import Sent
from scankit._pagination import SyncPaginator
from scankit._vendor import OperationInfo

REQUEST = httpx.Request("GET", "http://127.0.0.1/bench")  # the paginator reads a page's origin
PAGES = 20  # distinct page bodies per vendor, 100 items each
SIZE = 100


Method = Callable[[bytes, httpx.Response, Any], Any]


def list_operation(vendor: str) -> OperationInfo:
    """The facade's OperationInfo of the endpoint measured (its operationId is the module's name)."""
    endpoint = pages.LIST_MODEL[vendor][2].rsplit(".", 1)[1]
    facade = importlib.import_module(f"scankit.vendors.{vendor}")
    for value in vars(facade).values():
        if (
            isinstance(value, OperationInfo)
            and re.sub(r"(?<!^)([A-Z])", r"_\1", value.operation_id).lower() == endpoint
        ):
            return value
    raise LookupError(f"no operation {endpoint} in scankit.vendors.{vendor}")


def methods(vendor: str) -> dict[str, Method]:
    _pkg, _cls, endpoint = pages.LIST_MODEL[vendor]
    parse_response = importlib.import_module(endpoint)._parse_response
    client = SimpleNamespace(raise_on_unexpected_status=True)
    paginator: SyncPaginator[Any, Any] = SyncPaginator(
        lambda kwargs: None,
        list_operation(vendor),
        {},
        object,
        vendor=vendor,
        max_items=None,
        max_pages=None,
        concurrency=1,
    )
    page, restart = paginator._page, paginator._restart
    first = None if pages.PARAMS[vendor][0] == "page_token" else 1  # page_inputs' first page
    adapter = pydantic_models.adapter(vendor)
    validate_json = adapter.validate_json
    loads = json.loads
    oloads = orjson.loads

    def scankit(body: bytes, resp: httpx.Response, requested: Any) -> Any:
        if requested == first:  # a new walk through the list: its first page
            restart()
        return page(Sent(parse_response(client=client, response=resp), resp, 0), requested)

    return {
        "json.loads": lambda body, resp, requested: loads(body),
        "orjson.loads": lambda body, resp, requested: oloads(body),
        "scankit": scankit,
        "pydantic": lambda body, resp, requested: validate_json(body),
    }


def page_inputs(vendor: str, count: int) -> list[tuple[bytes, httpx.Response, Any]]:
    """(body, response, what the paginator asked for) of pages 1..count: a number, or the cursor."""
    cursor = pages.PARAMS[vendor][0] == "page_token"
    out = []
    for p in range(1, count + 1):
        body = pages.page_bytes(vendor, p, SIZE, total_items=PAGES * SIZE * 10)
        resp = httpx.Response(200, content=body, headers={"content-type": "application/json"}, request=REQUEST)
        out.append((body, resp, (f"c{p}" if p > 1 else None) if cursor else p))
    return out


def check_equivalent(inputs: list[tuple[bytes, httpx.Response, Any]], ms: dict[str, Method]) -> None:
    """Both sides must really parse the same items (a benchmark of an error path measures nothing)."""
    ours = ms["scankit"](*inputs[0])
    theirs = ms["pydantic"](*inputs[0])
    assert type(ours.raw).__name__.endswith("List"), type(ours.raw)
    assert len(ours.items) == len(theirs.data) == SIZE
    assert ours.next is not None
    assert not ours.items[0].additional_properties, ours.items[0].additional_properties
    assert not theirs.data[0].model_extra, theirs.data[0].model_extra


def run_pages(fn: Method, inputs: list[tuple[bytes, httpx.Response, Any]]) -> None:
    for body, resp, requested in inputs:
        fn(body, resp, requested)  # the result is dropped at once: steady state


def bench_vendor(vendor: str, rounds: int, gc_mode: str) -> dict[str, float]:
    """µs per item for each method: its best round (all pages, one after the other)."""
    pairs = page_inputs(vendor, PAGES)
    ms = methods(vendor)
    check_equivalent(pairs, ms)
    for fn in ms.values():  # warm up: imports, adapters, caches
        run_pages(fn, pairs[:3])
    gc.collect()
    gc.freeze()  # the harness's own inputs are not the code under test's garbage
    items = PAGES * SIZE
    best = dict.fromkeys(ms, float("inf"))
    names = list(ms)
    clock = time.perf_counter
    try:
        for r in range(rounds):
            for name in names[r % len(names) :] + names[: r % len(names)]:  # rotate who goes first
                fn = ms[name]
                # Each timed loop starts from the same collector state, so the collections its own
                # allocations trigger are the ones it pays for (gc-on), and none inherited.
                gc.collect()
                if gc_mode == "gc-off":
                    gc.disable()
                t0 = clock()
                run_pages(fn, pairs)
                elapsed = clock() - t0
                gc.enable()
                best[name] = min(best[name], elapsed)
    finally:
        gc.enable()
        gc.unfreeze()
    return {name: t / items * 1e6 for name, t in best.items()}


# --------------------------------------------------------------------------- instruction counts

INSTRUCTION_PAGES = 5  # counts are exact: fewer pages than the timed runs need
MEASURED = "sys_call_tracing"  # the C function callgrind collects in: the harness calls nothing else through it


def count_child(vendors: list[str], gc_mode: str, labels_path: Path) -> None:
    """Under callgrind: each (vendor, method) runs one measured pass through sys.call_tracing."""
    labels = []
    for vendor in vendors:
        inputs = page_inputs(vendor, INSTRUCTION_PAGES)
        ms = methods(vendor)
        check_equivalent(inputs, ms)
        for fn in ms.values():  # the same warm-up for each: specialised bytecode, caches, adapters
            run_pages(fn, inputs)
            run_pages(fn, inputs)
        gc.collect()
        gc.freeze()
        for name, fn in ms.items():
            gc.collect()
            if gc_mode == "gc-off":
                gc.disable()
            sys.call_tracing(run_pages, (fn, inputs))
            gc.enable()
            labels.append([vendor, name])
        gc.unfreeze()
    labels_path.write_text(json.dumps(labels))


def count_instructions(vendors: list[str], gc_mode: str) -> dict[str, dict[str, float]]:
    """Instructions per item for each vendor and method, counted by callgrind in a child process."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        raise SystemExit("--instructions needs valgrind (callgrind) on PATH")
    with tempfile.TemporaryDirectory(prefix="scankit-cpu-") as tmp:
        out = Path(tmp) / "callgrind.out"
        labels = Path(tmp) / "labels.json"
        command = [
            valgrind,
            "--tool=callgrind",
            "--collect-atstart=no",
            f"--toggle-collect={MEASURED}",
            f"--dump-after={MEASURED}",
            f"--callgrind-out-file={out}",
            sys.executable,
            __file__,
            "--count-child",
            str(labels),
            "--gc",
            gc_mode,
            *vendors,
        ]
        env = {**os.environ, "PYTHONHASHSEED": "0"}  # the same dict and set layouts every run
        subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        names = json.loads(labels.read_text())
        dumps = sorted(Path(tmp).glob("callgrind.out.*"), key=lambda p: int(p.suffix[1:]))
        if len(dumps) != len(names):
            raise RuntimeError(f"callgrind wrote {len(dumps)} profiles for {len(names)} measured passes")
        counts: dict[str, dict[str, float]] = {}
        for (vendor, name), dump in zip(names, dumps, strict=True):
            total = re.search(r"^totals:\s+(\d+)", dump.read_text(), re.MULTILINE)
            if total is None:
                raise RuntimeError(f"no totals in {dump.name}")
            counts.setdefault(vendor, {})[name] = int(total.group(1)) / (INSTRUCTION_PAGES * SIZE)
    return counts


def run(vendors: list[str], rounds: int, gc_modes: list[str], instructions: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {
        "python": sys.version.split()[0],
        "pages_per_vendor": INSTRUCTION_PAGES if instructions else PAGES,
        "items_per_page": SIZE,
        "rounds": 1 if instructions else rounds,
        "timing": "instructions per item (callgrind), one pass after two of warm-up"
        if instructions
        else "µs per item: the best of the rounds, each round timing every method over all pages in turn",
        "generated_from": str(Path(importlib.import_module("scankit_hostedscan").__file__ or "").parent.parent),
        "results": {},
    }
    unit = "instructions_per_item" if instructions else "us_per_item"
    for mode in gc_modes:
        per_vendor = count_instructions(vendors, mode) if instructions else {}
        for vendor in vendors:
            cost = per_vendor[vendor] if instructions else bench_vendor(vendor, rounds, mode)
            floor = cost["json.loads"]
            out["results"].setdefault(mode, {})[vendor] = {
                "model": f"{pages.LIST_MODEL[vendor][0]}.models.{pages.LIST_MODEL[vendor][1]}",
                "bytes_per_item": round(len(pages.page_bytes(vendor, 1, SIZE)) / SIZE),
                unit: {k: round(v, 0 if instructions else 3) for k, v in cost.items()},
                "ratio_to_json_loads": {k: round(v / floor, 3) for k, v in cost.items()},
                "scankit_to_pydantic": round(cost["scankit"] / cost["pydantic"], 3),
            }
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--gc", choices=["gc-on", "gc-off", "both"], default="both")
    parser.add_argument("--instructions", action="store_true", help="count instructions (callgrind), not time")
    parser.add_argument("--count-child", type=Path, help=argparse.SUPPRESS)  # the process callgrind watches
    parser.add_argument("vendors", nargs="*", default=list(pages.VENDORS))
    args = parser.parse_args()
    if args.count_child:
        count_child(args.vendors, args.gc, args.count_child)
        return
    modes = ["gc-on", "gc-off"] if args.gc == "both" else [args.gc]
    result = run(args.vendors, args.rounds, modes, args.instructions)
    if args.json:
        print(json.dumps(result))
        return
    unit = "instructions_per_item" if args.instructions else "us_per_item"
    for mode, per_vendor in result["results"].items():
        print(f"[{mode}] {'instructions' if args.instructions else 'µs'}/item (× json.loads); scankit × pydantic")
        for vendor, r in per_vendor.items():
            cells = "  ".join(
                f"{k} {r[unit][k]:{'8.0f' if args.instructions else '6.2f'}} ({r['ratio_to_json_loads'][k]:.2f})"
                for k in r[unit]
            )
            print(f"  {vendor:13s} {r['bytes_per_item']:5d} B  {cells}  sk/pyd {r['scankit_to_pydantic']:.2f}")


if __name__ == "__main__":
    main()
