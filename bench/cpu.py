"""CPU per item: decoding and parsing list pages into models, page by page (steady state).

For each spec, the same page bodies go through each method: the first pages (2,000 items) of the
list the vendor's README loops over, as the spec-driven sandbox serves them (bench/pages.py: 100
items a page where the list takes a page size, else the size the sandbox serves; seeded):

- ``json.loads(body)``: the floor, ratio 1.00;
- ``orjson.loads(body)``: for reference;
- scankit: what scankit does per page of a listing once the bytes are in: the generated endpoint's
  ``_build_response`` on an ``httpx.Response`` (its JSON decode and ``<List>._from_json``), exactly as
  shipped in generated/, then the paginator's page handling (``plan_next``, its stop rules, the
  ``Page``);
- pydantic v2: ``TypeAdapter(<page model>).validate_json(body)``, the models generated from the same
  spec by datamodel-code-generator (bench/pydantic_models.py).

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
    python bench/cpu.py --instructions hostedscan   # some vendors only (default: every spec)
"""

from __future__ import annotations

import argparse
import datetime
import enum
import gc
import importlib
import importlib.metadata
import json
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import attrs
import callgrind
import httpx
import orjson
import pages
import pydantic
import pydantic_models

from scankit._call import Sent
from scankit._pagination import SyncPaginator
from scankit._vendor import OperationInfo

ITEMS = 2_000  # items per vendor: the first pages of its list holding that many (bench/pages.py)


Method = Callable[[bytes, httpx.Response, Any], Any]
Input = tuple[bytes, httpx.Response, Any]  # a page's body, its response, what the paginator asked for


def list_operation(vendor: str) -> OperationInfo:
    """The facade's OperationInfo of the list measured: the one the vendor's README loops over."""
    return pages.target(vendor).operation


def methods(vendor: str) -> dict[str, Method]:
    target = pages.target(vendor)
    parse_response = target.parse
    client = SimpleNamespace(raise_on_unexpected_status=True)
    paginator: SyncPaginator[Any, Any] = SyncPaginator(
        lambda kwargs, left: None,
        target.operation,
        {},
        object,
        vendor=vendor,
        max_items=None,
        max_pages=None,
        concurrency=1,
    )
    page, restart = paginator._page, paginator._restart
    adapter = pydantic_models.adapter(vendor)
    validate_json = adapter.validate_json
    loads = json.loads
    oloads = orjson.loads

    def scankit(body: bytes, resp: httpx.Response, requested: Any) -> Any:
        if requested is None:  # a new walk through the list: its first page
            restart()
        return page(Sent(parse_response(client=client, response=resp), resp, 0), requested)

    return {
        "json.loads": lambda body, resp, requested: loads(body),
        "orjson.loads": lambda body, resp, requested: oloads(body),
        "scankit": scankit,
        "pydantic": lambda body, resp, requested: validate_json(body),
    }


def page_inputs(vendor: str, items: int) -> list[Input]:
    """(body, response, what the paginator asked for) of the list's first pages holding `items` items."""
    return [(p.body, p.response(), p.requested) for p in pages.list_pages(vendor, items)]


def json_items(vendor: str, body: bytes) -> list[Any]:
    """The items of a page's JSON, at the path the spec declares."""
    data: Any = json.loads(body)
    for key in pages.target(vendor).pagination.items:
        data = data[key]
    assert isinstance(data, list)
    return data


def count_items(vendor: str, inputs: list[Input]) -> int:
    return sum(len(json_items(vendor, body)) for body, _, _ in inputs)


def pydantic_items(model: Any, path: tuple[str, ...]) -> Any:
    """The items of a pydantic page, at the spec's JSON path (field names may differ from the keys)."""
    for key in path:
        fields = type(model).model_fields
        name = next((n for n, f in fields.items() if key in (n, f.alias)), key)
        model = getattr(model, name)
    return model


def check_equivalent(vendor: str, inputs: list[Input], ms: dict[str, Method]) -> None:
    """Both sides must really parse the same items (a benchmark of an error path measures nothing)."""
    path = pages.target(vendor).pagination.items
    ours = ms["scankit"](*inputs[0])
    theirs = ms["pydantic"](*inputs[0])
    assert type(ours.raw).__name__ == type(theirs).__name__, (type(ours.raw), type(theirs))
    expected = json_items(vendor, inputs[0][0])
    assert len(ours.items) == len(pydantic_items(theirs, path)) == len(expected) > 0
    assert ours.next is not None, "the first page must lead on: a list of one page measures no paging"
    for ours_item, their_item in zip(ours.items, pydantic_items(theirs, path), strict=True):
        assert not getattr(ours_item, "additional_properties", None), ours_item.additional_properties
        assert not getattr(their_item, "model_extra", None), their_item.model_extra
    mine, other = value_kinds(ours.raw), value_kinds(theirs)
    assert mine == other, f"{vendor}: the two sides make different values of the same page: {mine} != {other}"


def value_kinds(obj: Any, out: Counter[str] | None = None) -> Counter[str]:
    """How many values of each kind (datetime, UUID, enum, str, float, bool, None) a parsed page
    holds, models walked through: the same counts on both sides mean the same conversions done."""
    out = Counter() if out is None else out
    if isinstance(obj, pydantic.BaseModel):
        for value in [*obj.__dict__.values(), *(obj.model_extra or {}).values()]:
            value_kinds(value, out)
    elif attrs.has(type(obj)):
        for field in attrs.fields(type(obj)):
            if not field.name.startswith("_"):  # the generated models' own bookkeeping
                value_kinds(getattr(obj, field.name), out)
    elif isinstance(obj, list | tuple):
        for value in obj:
            value_kinds(value, out)
    elif isinstance(obj, dict):
        for value in obj.values():
            value_kinds(value, out)
    elif obj is None:
        out["None"] += 1
    else:
        kinds = (enum.Enum, bool, datetime.datetime, datetime.date, uuid.UUID)
        out[next((k for k in kinds if isinstance(obj, k)), type(obj)).__name__] += 1
    return out


def run_pages(fn: Method, inputs: list[tuple[bytes, httpx.Response, Any]]) -> None:
    for body, resp, requested in inputs:
        fn(body, resp, requested)  # the result is dropped at once: steady state


def bench_vendor(vendor: str, rounds: int, gc_mode: str) -> dict[str, float]:
    """µs per item for each method: its best round (all pages, one after the other)."""
    pairs = page_inputs(vendor, ITEMS)
    ms = methods(vendor)
    check_equivalent(vendor, pairs, ms)
    for fn in ms.values():  # warm up: imports, adapters, caches
        run_pages(fn, pairs[:3])
    gc.collect()
    gc.freeze()  # the harness's own inputs are not the code under test's garbage
    items = count_items(vendor, pairs)
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

INSTRUCTION_ITEMS = 500  # counts are exact: fewer items than the timed runs need
MEASURED = "sys_call_tracing"  # the C function callgrind collects in: the harness calls nothing else through it


def count_child(vendors: list[str], gc_mode: str, labels_path: Path) -> None:
    """Under callgrind: each (vendor, method) runs one measured pass through sys.call_tracing."""
    labels = []
    for vendor in vendors:
        inputs = page_inputs(vendor, INSTRUCTION_ITEMS)
        items = count_items(vendor, inputs)
        ms = methods(vendor)
        check_equivalent(vendor, inputs, ms)
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
            labels.append([vendor, name, items])
        gc.unfreeze()
    labels_path.write_text(json.dumps(labels))


def count_instructions(vendors: list[str], gc_mode: str) -> dict[str, dict[str, float]]:
    """Instructions per item for each vendor and method, counted by callgrind in a child process."""
    with tempfile.TemporaryDirectory(prefix="scankit-cpu-") as tmp:
        labels = Path(tmp) / "labels.json"
        child = [sys.executable, __file__, "--count-child", str(labels), "--gc", gc_mode, *vendors]
        dumps = callgrind.run(child, Path(tmp), [MEASURED])
        names = json.loads(labels.read_text())
        if len(dumps) != len(names):
            raise RuntimeError(f"callgrind wrote {len(dumps)} profiles for {len(names)} measured passes")
        counts: dict[str, dict[str, float]] = {}
        for (vendor, name, items), (_, total) in zip(names, dumps, strict=True):
            counts.setdefault(vendor, {})[name] = total / items
    return counts


def run(vendors: list[str], rounds: int, gc_modes: list[str], instructions: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {
        "python": sys.version.split()[0],
        "items_per_vendor": INSTRUCTION_ITEMS if instructions else ITEMS,
        "page_size_asked": pages.SIZE,
        "rounds": 1 if instructions else rounds,
        "timing": "instructions per item (callgrind), one pass after two of warm-up"
        if instructions
        else "µs per item: the best of the rounds, each round timing every method over all pages in turn",
        "generated_from": str(Path(importlib.import_module("scankit").__file__ or "").parent),
        "baseline": f"pydantic {pydantic_version()} models made by {pydantic_models.GENERATOR} "
        f"{importlib.metadata.version(pydantic_models.GENERATOR)} from each spec",
        "results": {},
    }
    unit = "instructions_per_item" if instructions else "us_per_item"
    for mode in gc_modes:
        per_vendor = count_instructions(vendors, mode) if instructions else {}
        for vendor in vendors:
            cost = per_vendor[vendor] if instructions else bench_vendor(vendor, rounds, mode)
            floor = cost["json.loads"]
            shape = page_shape(vendor)
            out["results"].setdefault(mode, {})[vendor] = {
                **shape,
                unit: {k: round(v, 0 if instructions else 3) for k, v in cost.items()},
                "ratio_to_json_loads": {k: round(v / floor, 3) for k, v in cost.items()},
                "scankit_to_pydantic": round(cost["scankit"] / cost["pydantic"], 3),
            }
    return out


def pydantic_version() -> str:
    import pydantic

    return pydantic.VERSION


def page_shape(vendor: str) -> dict[str, Any]:
    """What the pages measured are: the list, its page model, bytes and items per page."""
    target = pages.target(vendor)
    fetched = pages.list_pages(vendor, INSTRUCTION_ITEMS)
    model = type(target.parse(client=SimpleNamespace(raise_on_unexpected_status=True), response=fetched[0].response()))
    return {
        "list": f"{target.resource}.{target.verb} ({target.operation.operation_id})",
        "model": f"{model.__module__}.{model.__name__}",
        "items_per_page": len(fetched[0].items(vendor)),
        "bytes_per_item": round(pages.bytes_per_item(fetched, vendor)),
    }


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
