"""CPU per item: decoding and parsing list pages into models, page by page (steady state).

For each vendor, the same page bodies (realistic, ~100 items each: bench/pages.py) go through:

- ``json.loads(body)``: the floor, ratio 1.00;
- ``orjson.loads(body)``: for reference;
- scankit: what scankit does per page, i.e. the generated endpoint's ``_parse_response`` on an
  ``httpx.Response`` (its JSON decode and ``<List>.from_dict``), exactly as shipped in generated/;
- pydantic v2: ``TypeAdapter(<equivalent page model>).validate_json(body)`` (bench/pydantic_models.py).

Steady state: each page's result is dropped before the next page is parsed. Every round times
each method over all the pages in turn (the order rotating), from a freshly collected heap; the
best round counts, as the one least disturbed by other work on the machine. GC modes:
``gc-on`` = the interpreter's default thresholds with the harness's inputs ``gc.freeze()``d;
``gc-off`` = ``gc.disable()`` around the timed loop.

    python bench/cpu.py            # table
    python bench/cpu.py --json     # machine-readable, for bench/run.py
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import sys
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

PAGES = 20  # distinct page bodies per vendor, 100 items each
SIZE = 100


def methods(vendor: str) -> dict[str, Callable[[bytes, httpx.Response], Any]]:
    _pkg, _cls, endpoint = pages.LIST_MODEL[vendor]
    parse_response = importlib.import_module(endpoint)._parse_response
    client = SimpleNamespace(raise_on_unexpected_status=True)
    adapter = pydantic_models.adapter(vendor)
    validate_json = adapter.validate_json
    loads = json.loads
    oloads = orjson.loads
    return {
        "json.loads": lambda body, resp: loads(body),
        "orjson.loads": lambda body, resp: oloads(body),
        "scankit": lambda body, resp: parse_response(client=client, response=resp),
        "pydantic": lambda body, resp: validate_json(body),
    }


def check_equivalent(vendor: str, body: bytes, resp: httpx.Response, ms: dict[str, Callable[..., Any]]) -> None:
    """Both sides must really parse the same items (a benchmark of an error path measures nothing)."""
    ours = ms["scankit"](body, resp)
    theirs = ms["pydantic"](body, resp)
    assert type(ours).__name__.endswith("List"), type(ours)
    assert len(ours.data) == len(theirs.data) == SIZE
    assert not ours.data[0].additional_properties, ours.data[0].additional_properties
    assert not theirs.data[0].model_extra, theirs.data[0].model_extra


def bench_vendor(vendor: str, rounds: int, gc_mode: str) -> dict[str, float]:
    """µs per item for each method: its best round (all pages, one after the other)."""
    bodies = [pages.page_bytes(vendor, p, SIZE, total_items=PAGES * SIZE * 10) for p in range(1, PAGES + 1)]
    responses = [httpx.Response(200, content=b, headers={"content-type": "application/json"}) for b in bodies]
    pairs = list(zip(bodies, responses, strict=True))
    ms = methods(vendor)
    check_equivalent(vendor, bodies[0], responses[0], ms)
    for fn in ms.values():  # warm up: imports, adapters, caches
        for body, resp in pairs[:3]:
            fn(body, resp)
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
                for body, resp in pairs:
                    fn(body, resp)  # the result is dropped at once: steady state
                elapsed = clock() - t0
                gc.enable()
                best[name] = min(best[name], elapsed)
    finally:
        gc.enable()
        gc.unfreeze()
    return {name: t / items * 1e6 for name, t in best.items()}


def run(vendors: list[str], rounds: int, gc_modes: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {
        "python": sys.version.split()[0],
        "pages_per_vendor": PAGES,
        "items_per_page": SIZE,
        "rounds": rounds,
        "timing": "µs per item: the best of the rounds, each round timing every method over all pages in turn",
        "generated_from": str(Path(importlib.import_module("scankit_hostedscan").__file__ or "").parent.parent),
        "results": {},
    }
    for mode in gc_modes:
        for vendor in vendors:
            us = bench_vendor(vendor, rounds, mode)
            floor = us["json.loads"]
            out["results"].setdefault(mode, {})[vendor] = {
                "model": f"{pages.LIST_MODEL[vendor][0]}.models.{pages.LIST_MODEL[vendor][1]}",
                "bytes_per_item": round(len(pages.page_bytes(vendor, 1, SIZE)) / SIZE),
                "us_per_item": {k: round(v, 3) for k, v in us.items()},
                "ratio_to_json_loads": {k: round(v / floor, 3) for k, v in us.items()},
            }
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--gc", choices=["gc-on", "gc-off", "both"], default="both")
    parser.add_argument("vendors", nargs="*", default=list(pages.VENDORS))
    args = parser.parse_args()
    modes = ["gc-on", "gc-off"] if args.gc == "both" else [args.gc]
    result = run(args.vendors, args.rounds, modes)
    if args.json:
        print(json.dumps(result))
        return
    for mode, per_vendor in result["results"].items():
        print(f"[{mode}] µs/item (× json.loads)")
        for vendor, r in per_vendor.items():
            cells = "  ".join(
                f"{k} {r['us_per_item'][k]:6.2f} ({r['ratio_to_json_loads'][k]:.2f})" for k in r["us_per_item"]
            )
            print(f"  {vendor:13s} {r['bytes_per_item']:5d} B  {cells}")


if __name__ == "__main__":
    main()
