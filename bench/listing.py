"""Listing every item against the sandbox with 50 ms added to each request: scankit, naive, floor.

Targets 1 and 2 of issue 6. The sandbox runs in its own process (bench/sandbox_server.py) with
``Faults(latency=0.05)``; every vendor's list holds 10,000 items (Advalidation 1,000: at its
documented 1 request/s, 10,000 items of 25 would take 6.5 minutes by themselves).

For each vendor, in the same run:

- **scankit**: ``sum(1 for _ in client.<resource>.list())`` with every default (page size,
  prefetch, page concurrency, pacing, scankit's own transport), its attempts counted under the
  transport's pools (``scankit_client``); a new client each time, so each row is a first listing;
  "again" is the same client listing a second time (its adaptive page concurrency starts where the
  first listing got to);
- **naive**: a sequential loop over the generated ``sync_detailed`` at the largest page size the
  spec documents (no prefetch, no concurrency, no pacing);
- **floor**: at the largest documented page size, the largest of the fetch floor (measured: raw
  GETs with no models; a cursor chain goes page by page, decoding only the JSON for the cursor; a
  page-number list with a known total fetches page 1 and then every other page at once from 16
  threads or as many as an adaptive listing has in flight at most (64), through httpx's one pool
  and through several (``scankit._transport.Pools``), the best of the four, so what remains is the
  latency chain and the server's own capacity), the rate-limit floor (computed from the spec's
  limit, at the rate the vendor advises
  where it does, as scankit paces) and the parse floor (the client's CPU time to parse those
  pages, measured here: one interpreter cannot go faster).

Beside the floor (never in it) each latency row reports the **fetch+parse floor**: the fetch floor
with each page also parsed into the generated models in the thread that fetched it. A typed client
cannot skip that parse, and on one interpreter it competes with the fetching for the GIL (and, on
a two-core machine, with the sandbox for the cores), so the ratio to it says how much of the gap to
the fetch floor is the pipeline's and how much is the models'.

Rate-limited (target 2): the sandbox enforces the documented limits; scankit must get no 429 and
stay within 1.1x of the rate-limit floor; a naive concurrent loop (8 threads, no pacing) is run
for its count of 429s.

Throttled (issue 21): the sandbox answers 429 to any request beyond ``THROTTLE`` (16) in flight, a
cap no spec documents. For each vendor without a documented rate limit whose list can go in
parallel, scankit (every default: its adaptive page concurrency) lists everything; the floor is
the fetch floor with as many threads as the cap allows, so none is refused. It must find the cap
without a storm of 429s: the count of 429s and the ratio to that floor are printed.

Throttled, refusing slowly (``throttled_slow``): the same cap, but each 429 takes the sandbox's
latency too, as a cap far away would (``--refuse-slowly``): a client hears a refusal no sooner
than an answer, so whatever it sent meanwhile beyond the cap is refused. Its count of 429s is the
safety figure (no storm); the floor is the same 16-thread one.

    python bench/listing.py [--vendors passentry ...] [--sweep] [--only latency|rate|throttled|throttled-slow] [--repeat 5]

On a shared machine, ``--repeat N`` lists N times (each time beside a fresh floor measurement) and
reports the run of median duration, with every run's figures under ``runs``.
"""

from __future__ import annotations

import argparse
import collections
import concurrent.futures
import importlib
import json
import math
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import httpx
from served import Served

from scankit_codegen.extensions import load_vendor
from scankit_codegen.readme import listing
from scankit_codegen.registry import vendors

HERE = Path(__file__).resolve().parent
LATENCY = 0.05
THROTTLE = 16  # requests in flight the throttled sandbox serves; the next one gets 429
# One entry per spec: the client class, and the list measured, (resource, operationId): the one the
# vendor's README loops over (a list that needs no argument).
_MODELS = {vendor: load_vendor(vendor) for vendor in vendors()}
CLASSES = {vendor: model.meta.class_name for vendor, model in _MODELS.items()}
LISTS = {vendor: (listing(model).tag, listing(model).operation_id) for vendor, model in _MODELS.items()}


def sandbox_vendors() -> tuple[str, ...]:
    """The vendors the installed sandbox serves (a new spec may not be served yet)."""
    from scankit.sandbox import VENDORS

    return VENDORS


class Server(Served):
    """bench/sandbox_server.py in a subprocess, for as long as the `with` block lasts."""

    def __init__(
        self,
        rate_limits: bool,
        items: int,
        advalidation_items: int,
        result_size: int | None = None,
        max_in_flight: int | None = None,
        refuse_slowly: bool = False,
    ) -> None:
        super().__init__(
            [
                sys.executable,
                str(HERE / "sandbox_server.py"),
                "--latency",
                str(LATENCY),
                "--rate-limits",
                "on" if rate_limits else "off",
                "--items",
                str(items),
                "--advalidation-items",
                str(advalidation_items),
                *(["--result-size", str(result_size)] if result_size else []),
                *(["--max-in-flight", str(max_in_flight)] if max_in_flight else []),
                *(["--refuse-slowly"] if refuse_slowly else []),
            ]
        )


def facade(vendor: str) -> Any:
    return importlib.import_module(f"scankit.vendors.{vendor}")


def operation(vendor: str) -> Any:
    from scankit._vendor import OperationInfo

    wanted = LISTS[vendor][1]
    for value in vars(facade(vendor)).values():
        if isinstance(value, OperationInfo) and value.operation_id == wanted:
            return value
    raise LookupError(f"{vendor}: no operation {wanted}")


def endpoint(vendor: str) -> Any:
    op = operation(vendor)
    tag = LISTS[vendor][0]
    snake = "".join(f"_{c.lower()}" if c.isupper() else c for c in op.operation_id)
    return importlib.import_module(f"scankit_{vendor}.api.{tag}.{snake}")


def scankit_client(vendor: str, info: dict[str, Any], statuses: collections.Counter[int]) -> Any:
    """A client as a user makes it (scankit's own transport), whose every attempt is counted: its
    status, and (key 0) the most in flight at once.

    Counted under each of the own transport's pools (`scankit._transport.Pools`), so the client
    sends as it does by default: through a user's ``httpx.Client`` (whose event hooks could count)
    it would send through that client's single pool, and through scankit's hooks every page would
    be read as it arrives (a watched call), not as the listing reaches it.
    """
    import threading

    import scankit
    from scankit._transport import Pools

    v = info["vendors"][vendor]
    lock, flying = threading.Lock(), [0]

    class Counted(httpx.BaseTransport):
        def __init__(self, inner: httpx.HTTPTransport) -> None:
            self._inner = inner
            self._pool = inner._pool  # what Pools reads to find the least busy

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            with lock:
                flying[0] += 1
                statuses[0] = max(statuses[0], flying[0])
            try:
                response = self._inner.handle_request(request)
            except BaseException:
                with lock:
                    flying[0] -= 1
                raise
            with lock:
                flying[0] -= 1
                statuses[response.status_code] += 1
            return response

        def close(self) -> None:
            self._inner.close()

    client = getattr(scankit, CLASSES[vendor])(api_key=v["api_key"], base_url=v["base_url"], timeout=60, **v["tokens"])
    pools = client._transport._inner
    assert type(pools) is Pools, f"scankit's own transport is {type(pools).__name__}: count it anew"
    pools.transports = tuple(Counted(t) for t in pools.transports)
    return client


def run_scankit(
    vendor: str,
    info: dict[str, Any],
    list_kwargs: dict[str, Any] | None = None,
    *,
    again: bool = False,
    **options: Any,
) -> dict[str, Any]:
    """One listing with a new client; with `again`, the same client then lists again (under
    "again"): its page concurrency starts where the first listing got to."""
    statuses: collections.Counter[int] = collections.Counter()
    client = scankit_client(vendor, info, statuses)
    if options:
        client = client.with_options(**options)
    resource = getattr(client, LISTS[vendor][0])

    def listing() -> dict[str, Any]:
        statuses.clear()
        t0 = time.perf_counter()
        n = sum(1 for _ in resource.list(**(list_kwargs or {})))
        seconds = time.perf_counter() - t0
        most = statuses.pop(0, 0)
        return {
            "items": n,
            "seconds": seconds,
            "requests": sum(statuses.values()),
            "statuses": dict(statuses),
            "most_in_flight": most,
        }

    first = listing()
    if again:
        first["again"] = listing()
    client.close()
    return first


def generated_client(vendor: str, info: dict[str, Any], pools: bool = False) -> Any:
    """The generated package's client, authenticated as scankit's; with `pools`, its httpx client
    sends through `scankit._transport.Pools` (several httpx pools) rather than httpx's one pool."""
    import scankit
    from scankit._transport import Pools

    v = info["vendors"][vendor]
    headers = getattr(scankit, CLASSES[vendor])(
        api_key=v["api_key"], base_url=v["base_url"], **v["tokens"]
    )._auth_headers
    cls = facade(vendor).VENDOR.generated_client
    # The auth headers go in as plain headers; the generated token header is parked elsewhere.
    return cls(
        base_url=v["base_url"],
        token="-",
        prefix="",
        auth_header_name="X-Bench-Unused",
        headers=dict(headers),
        timeout=httpx.Timeout(60.0),
        httpx_args={"transport": Pools()} if pools else {},
    )


def run_naive(vendor: str, info: dict[str, Any], keep_bodies: bool = False) -> dict[str, Any]:
    """Page after page through the generated sync_detailed, deciding the next page as scankit does."""
    from scankit._pagination import plan_next

    op = operation(vendor)
    info_p = op.pagination
    fn = endpoint(vendor).sync_detailed
    client = generated_client(vendor, info)
    statuses: collections.Counter[int] = collections.Counter()
    bodies: list[bytes] = []
    n = 0
    requested: Any = None
    t0 = time.perf_counter()
    size = best_page_size(vendor)
    while True:
        kwargs = {} if requested is None else {info_p.request_param: requested}
        if size is not None:
            kwargs[info_p.size_param] = size
        response = fn(client=client, **kwargs)
        statuses[int(response.status_code)] += 1
        if response.status_code != 200:
            break
        if keep_bodies:
            bodies.append(response.content)
        step = plan_next(info_p, op, vendor, response.parsed, requested)
        n += len(step.items)
        if step.next is None:
            break
        requested = step.next
    seconds = time.perf_counter() - t0
    client.get_httpx_client().close()
    out: dict[str, Any] = {
        "items": n,
        "seconds": seconds,
        "requests": sum(statuses.values()),
        "statuses": dict(statuses),
    }
    if keep_bodies:
        out["bodies"] = bodies
    return out


def best_page_size(vendor: str) -> int | None:
    """The largest page the spec documents (max_size, else the default); None: no size parameter."""
    p = operation(vendor).pagination
    if p.size_param is None:
        return None
    size: int | None = p.max_size or p.default_size
    return size


def run_naive_concurrent(vendor: str, info: dict[str, Any], threads: int = 8) -> dict[str, Any]:
    """Page 1, then every other page at once from `threads` threads: no pacing, no retries."""
    from scankit._pagination import plan_next

    op = operation(vendor)
    fn = endpoint(vendor).sync_detailed
    client = generated_client(vendor, info)
    statuses: collections.Counter[int] = collections.Counter()
    t0 = time.perf_counter()
    first = fn(client=client)
    statuses[int(first.status_code)] += 1
    step = plan_next(op.pagination, op, vendor, first.parsed, None)
    pages = range(2, (step.total_pages or 1) + 1)

    def get(page: int) -> int:
        return int(fn(client=client, **{op.pagination.request_param: page}).status_code)

    with concurrent.futures.ThreadPoolExecutor(threads) as pool:
        for status in pool.map(get, pages):
            statuses[status] += 1
    seconds = time.perf_counter() - t0
    client.get_httpx_client().close()
    return {"seconds": seconds, "requests": sum(statuses.values()), "statuses": dict(statuses), "threads": threads}


def oracle_fetch(
    vendor: str, info: dict[str, Any], threads: int = 64, parse: bool = False, pools: bool = False
) -> dict[str, Any]:
    """The fetch floor, measured: raw GETs (no models) at the largest documented page size.

    A list whose page count is known: page 1, then every other page at once from `threads`
    threads. A cursor chain: one page after another, decoding only the JSON to find the cursor.
    What this takes is what the server and the network allow, whoever the client is.

    With `parse`, each page is also parsed into the generated models (`_parse_response`) in the
    thread that fetched it, as a typed client must: what one interpreter can do at best (reported
    beside the fetch floor, never instead of it). A 429 (the throttled server counts a request
    until its answer is handed on, so 16 threads should never see one) is asked again at once and
    counted, rather than ending the benchmark.
    """
    import orjson

    op = operation(vendor)
    p = op.pagination
    mod = endpoint(vendor)
    size = best_page_size(vendor)
    sized = {} if size is None else {p.size_param: size}
    http = generated_client(vendor, info, pools).get_httpx_client()
    parser = type("C", (), {"raise_on_unexpected_status": True})()
    refused = []

    def get(value: Any = None) -> bytes:
        kwargs = dict(sized) if value is None else {**sized, p.request_param: value}
        while True:
            response = http.request(**mod._get_kwargs(**kwargs))
            if response.status_code != 429:
                break
            refused.append(value)
        response.raise_for_status()
        content: bytes = response.content
        if parse:
            mod._parse_response(client=parser, response=response)
        return content

    t0 = time.perf_counter()
    requests = 1
    first = orjson.loads(get())
    if p.style == "cursor":
        body = first
        while True:
            cursor = body
            for name in p.next_cursor or ():
                cursor = cursor.get(name) if isinstance(cursor, dict) else None
            if not cursor:
                break
            body = orjson.loads(get(cursor))
            requests += 1
    else:
        total_pages = _dig(first, p.total_pages)
        if total_pages is None:
            total_items, per_page = _dig(first, p.total_items), len(_dig(first, p.items) or [])
            total_pages = -(-total_items // per_page) if total_items and per_page else 1
        with concurrent.futures.ThreadPoolExecutor(threads) as pool:
            for _ in pool.map(get, range(p.first_page + 1, p.first_page + total_pages)):
                requests += 1
    seconds = time.perf_counter() - t0
    http.close()
    return {"seconds": seconds, "requests": requests, "refused": len(refused)}


def best_fetch(vendor: str, info: dict[str, Any], parallel: bool, parse: bool = False) -> dict[str, Any]:
    """`oracle_fetch` at its best: 64 threads (scankit's most in flight) may lose to 16 on 2
    cores (GIL, context switches), and httpx's one pool to several (scankit's own transport,
    `Pools`); a cursor chain has one thread."""
    from scankit._pagination import ADAPTIVE_BOUNDS

    return min(
        (
            oracle_fetch(vendor, info, threads, parse=parse, pools=pools)
            for threads in ((16, ADAPTIVE_BOUNDS[1]) if parallel else (1,))
            for pools in (False, True)
        ),
        key=lambda o: o["seconds"],
    )


def _dig(body: Any, path: tuple[str, ...] | None) -> Any:
    """A value by its attribute path in the raw JSON (camelCase keys tried for the snake_case names)."""
    if path is None:
        return None
    for name in path:
        if not isinstance(body, dict):
            return None
        camel = name.split("_")[0] + "".join(w.title() for w in name.split("_")[1:])
        body = body.get(name, body.get(camel))
    return body


def round_trip(vendor: str, info: dict[str, Any], samples: int = 5) -> float:
    """The median time of a raw GET of the first page (latency, server time, transfer)."""
    client = generated_client(vendor, info).get_httpx_client()
    op = operation(vendor)
    url = op.path
    times = []
    for _ in range(samples):
        t0 = time.perf_counter()
        client.get(url).raise_for_status()
        times.append(time.perf_counter() - t0)
    client.close()
    return statistics.median(times)


def parse_seconds(vendor: str, bodies: list[bytes]) -> float:
    """The client's CPU time to parse these bodies (the generated _parse_response), best of 3."""
    parse = endpoint(vendor)._parse_response
    fake = type("C", (), {"raise_on_unexpected_status": True})()
    responses = [httpx.Response(200, content=b) for b in bodies]
    best = math.inf
    for _ in range(3):
        t0 = time.perf_counter()
        for r in responses:
            parse(client=fake, response=r)
        best = min(best, time.perf_counter() - t0)
    return best


def rate_floor(vendor: str, requests: int, rtt: float) -> float | None:
    """Seconds to send `requests` under the spec's limit (scankit's budget: the advised rate if any)."""
    from scankit._ratelimit import RateLimitSpec

    spec = RateLimitSpec.from_dict(facade(vendor).VENDOR.rate_limit)
    if spec is None:
        return None
    if spec.algorithm == "token_bucket":
        assert spec.refill_per_second is not None
        return max(0, requests - spec.budget) / spec.refill_per_second + rtt
    assert spec.window_seconds is not None
    return (math.ceil(requests / spec.budget) - 1) * spec.window_seconds + rtt


def known_total(vendor: str) -> bool:
    p = operation(vendor).pagination
    return p.style == "page_number" and (p.total_pages is not None or p.total_items is not None)


def latency_bound(vendors: list[str], items: int, adv_items: int, sweep: bool, repeat: int = 1) -> dict[str, Any]:
    out: dict[str, Any] = {}
    with Server(rate_limits=False, items=items, advalidation_items=adv_items) as info:
        for vendor in vendors:
            rtt = round_trip(vendor, info)
            naive = run_naive(vendor, info, keep_bodies=True)
            parse = parse_seconds(vendor, naive.pop("bodies"))
            requests = naive["requests"]  # at the largest documented page size
            parallel = known_total(vendor)
            runs, oracles, typed = [], [], []
            for _ in range(repeat):  # alternated, so a burst of load elsewhere hits both alike
                ours = run_scankit(vendor, info, again=True)
                assert ours["items"] == naive["items"], (vendor, ours["items"], naive["items"])
                runs.append(ours)
                oracle = best_fetch(vendor, info, parallel)
                assert oracle["requests"] == requests, (vendor, oracle, requests)
                oracles.append(oracle)
                typed.append(best_fetch(vendor, info, parallel, parse=True))
            ours = _median_run(runs)
            oracle = _median_run(oracles)
            fetch_parse = _median_run(typed)["seconds"]
            limit = rate_floor(vendor, requests, rtt)
            parts = {"fetch": oracle["seconds"], "rate_limit": limit or 0.0, "parse": parse}
            bound_by = max(parts, key=lambda k: parts[k])
            floor = parts[bound_by]
            row: dict[str, Any] = {
                "items": naive["items"],
                "page_size": best_page_size(vendor),
                "requests": requests,
                "round_trip_s": round(rtt, 4),
                "parallel_possible": parallel,
                "floor_s": {
                    **{k: round(v, 3) for k, v in parts.items()},
                    "rate_limit": None if limit is None else round(limit, 3),
                    "floor": round(floor, 3),
                    "bound_by": bound_by,
                },
                "naive_s": round(naive["seconds"], 3),
                "scankit_s": round(ours["seconds"], 3),
                "scankit_requests": ours["requests"],
                "scankit_statuses": ours["statuses"],
                "scankit_most_in_flight": ours["most_in_flight"],
                "ratio_to_floor": round(ours["seconds"] / floor, 3),
                "speedup_vs_naive": round(naive["seconds"] / ours["seconds"], 2),
                # beside the floor, not in it: fetching and parsing in the same threads
                "fetch_parse_floor_s": round(fetch_parse, 3),
                "ratio_to_fetch_parse_floor": round(ours["seconds"] / fetch_parse, 3),
                # the same client, listing again: it starts at the width the first listing reached
                "scankit_again_s": round(ours["again"]["seconds"], 3),
                "scankit_again_most_in_flight": ours["again"]["most_in_flight"],
                "ratio_again_to_floor": round(ours["again"]["seconds"] / floor, 3),
            }
            if repeat > 1:
                row["runs"] = {
                    "scankit_s": [round(r["seconds"], 3) for r in runs],
                    "scankit_again_s": [round(r["again"]["seconds"], 3) for r in runs],
                    "fetch_floor_s": [round(o["seconds"], 3) for o in oracles],
                    "fetch_parse_floor_s": [round(o["seconds"], 3) for o in typed],
                }
            size = best_page_size(vendor)
            p = operation(vendor).pagination
            if size is not None and size != p.default_size:
                # What the recommended default (the spec's max_size) would give.
                at_max = run_scankit(vendor, info, {p.size_param: size})
                row["scankit_at_max_size_s"] = round(at_max["seconds"], 3)
                row["scankit_at_max_size_ratio_to_floor"] = round(at_max["seconds"] / floor, 3)
                row["scankit_at_max_size_speedup_vs_naive"] = round(naive["seconds"] / at_max["seconds"], 2)
            if sweep and parallel:
                kwargs = {p.size_param: size} if size is not None else {}
                row["sweep"] = {
                    str(c): round(run_scankit(vendor, info, kwargs, page_concurrency=c)["seconds"], 3)
                    for c in (1, 2, 4, 8, 16)
                }
            out[vendor] = row
    return out


def rate_limited(vendors: list[str], items: int, adv_items: int) -> dict[str, Any]:
    out: dict[str, Any] = {}
    with Server(rate_limits=True, items=items, advalidation_items=adv_items) as info:
        for vendor in vendors:
            if facade(vendor).VENDOR.rate_limit is None:
                continue
            rtt = round_trip(vendor, info, samples=1)  # one request: the budget is what is measured
            time.sleep(_recover(vendor))
            ours = run_scankit(vendor, info)
            requests = ours["requests"]
            # The pages the list needs (not scankit's own retries); the probe's request above is
            # forgotten by then (_recover).
            limit = rate_floor(vendor, ours["statuses"].get(200, 0), rtt)
            assert limit is not None
            time.sleep(_recover(vendor))
            naive = run_naive_concurrent(vendor, info)
            out[vendor] = {
                "items": ours["items"],
                "requests": requests,
                "rate_limit_floor_s": round(limit, 3),
                "scankit_s": round(ours["seconds"], 3),
                "scankit_429": ours["statuses"].get(429, 0),
                "ratio_to_floor": round(ours["seconds"] / limit, 3),
                "naive_concurrent": naive,
                "naive_concurrent_429": naive["statuses"].get(429, 0),
            }
    return out


def throttled(
    vendors: list[str], items: int, adv_items: int, repeat: int = 1, refuse_slowly: bool = False
) -> dict[str, Any]:
    """Listing against a server that refuses (429) what it finds beyond THROTTLE requests in flight
    (with `refuse_slowly`, each refusal after the sandbox's latency)."""
    out: dict[str, Any] = {}
    adaptive = [v for v in vendors if facade(v).VENDOR.rate_limit is None and known_total(v)]
    server = Server(
        rate_limits=False,
        items=items,
        advalidation_items=adv_items,
        max_in_flight=THROTTLE,
        refuse_slowly=refuse_slowly,
    )
    with server as info:
        for vendor in adaptive:
            floors, runs = [], []
            for _ in range(repeat):
                floors.append(oracle_fetch(vendor, info, THROTTLE))
                runs.append(run_scankit(vendor, info, again=True))
            floor, ours = _median_run(floors), _median_run(runs)
            refused = ours["statuses"].get(429, 0)
            again = ours["again"]
            out[vendor] = {
                "items": ours["items"],
                "max_in_flight": THROTTLE,
                "requests": ours["requests"],
                "floor_s": round(floor["seconds"], 3),
                "floor_requests": floor["requests"],
                "floor_429": floor["refused"],
                "scankit_s": round(ours["seconds"], 3),
                "scankit_429": refused,
                "scankit_429_share": round(refused / max(1, ours["requests"]), 4),
                "scankit_most_in_flight": ours["most_in_flight"],
                "ratio_to_floor": round(ours["seconds"] / floor["seconds"], 3),
                # the same client, listing again: it starts below the cap the first listing found
                "scankit_again_s": round(again["seconds"], 3),
                "scankit_again_429": again["statuses"].get(429, 0),
                "scankit_again_requests": again["requests"],
                "ratio_again_to_floor": round(again["seconds"] / floor["seconds"], 3),
            }
            if repeat > 1:
                out[vendor]["runs"] = {
                    "scankit_s": [round(r["seconds"], 3) for r in runs],
                    "scankit_429": [r["statuses"].get(429, 0) for r in runs],
                    "scankit_again_s": [round(r["again"]["seconds"], 3) for r in runs],
                    "scankit_again_429": [r["again"]["statuses"].get(429, 0) for r in runs],
                    "floor_s": [round(f["seconds"], 3) for f in floors],
                }
    return out


def _median_run(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The run of median duration (the upper one of an even count): its figures stay one run's."""
    return sorted(runs, key=lambda r: r["seconds"])[len(runs) // 2]


def _recover(vendor: str) -> float:
    """Seconds for the vendor's budget to be whole again, so one run does not pay for the last."""
    from scankit._ratelimit import RateLimitSpec

    spec = RateLimitSpec.from_dict(facade(vendor).VENDOR.rate_limit)
    if spec is None:
        return 0.0
    if spec.algorithm == "token_bucket":
        assert spec.capacity is not None and spec.refill_per_second is not None
        return spec.capacity / spec.refill_per_second + 0.5
    return (spec.window_seconds or 1.0) + 0.2


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vendors", nargs="*", default=[v for v in CLASSES if v in sandbox_vendors()])
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--advalidation-items", type=int, default=1_000)
    parser.add_argument("--sweep", action="store_true", help="also time page_concurrency 1..16")
    parser.add_argument("--only", choices=["latency", "rate", "throttled", "throttled-slow"], default=None)
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="latency and throttled rows: list (and measure the floor) this many times, and report the median runs",
    )
    args = parser.parse_args()
    result: dict[str, Any] = {"latency_s": LATENCY}
    if args.only in (None, "latency"):
        result["latency_bound"] = latency_bound(
            args.vendors, args.items, args.advalidation_items, args.sweep, args.repeat
        )
    if args.only in (None, "rate"):
        result["rate_limited"] = rate_limited(args.vendors, args.items, args.advalidation_items)
    if args.only in (None, "throttled"):
        result["throttled"] = throttled(args.vendors, args.items, args.advalidation_items, args.repeat)
    if args.only in (None, "throttled-slow"):
        result["throttled_slow"] = throttled(
            args.vendors, args.items, args.advalidation_items, args.repeat, refuse_slowly=True
        )
    print(json.dumps(result, indent=None if args.json else 2))


if __name__ == "__main__":
    main()
