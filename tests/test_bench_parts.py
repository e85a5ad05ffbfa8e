"""`make bench` measures the client's real paths: each part, run on a few pages, still does so.

The benchmark reaches into the pipeline (the paginator's page step, the generated parser, the
clock a client runs on); a refactor that moves one of them must fail here, in `make check`, not
months later when someone runs `make bench`. Nothing is timed. Every spec is measured: the pages
come from the sandbox serving the spec, the pydantic baseline is generated from it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from scankit_codegen.registry import vendors

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import cpu  # noqa: E402  (bench/cpu.py)
import memory  # noqa: E402
import pages  # noqa: E402


def test_every_spec_is_measured() -> None:
    assert tuple(vendors()) == pages.VENDORS
    assert memory.arguments().parse_args([]).vendors == list(vendors())


@pytest.mark.parametrize("vendor", pages.VENDORS)
def test_the_cpu_benchmark_parses_pages_as_a_listing_does(vendor: str) -> None:
    """Its scankit column goes through the generated parser and the paginator's page step, and
    reads the same items, into the same kinds of values, as pydantic does: a benchmark of an
    error path, or of a baseline doing other work, would measure nothing."""
    methods = cpu.methods(vendor)
    inputs = cpu.page_inputs(vendor, 501)  # two pages at least, at up to 500 items a page
    assert len(inputs) >= 2 and cpu.count_items(vendor, inputs) >= 501
    cpu.check_equivalent(vendor, inputs, methods)
    for body, response, requested in inputs:
        page: Any = methods["scankit"](body, response, requested)
        assert len(page.items) == len(cpu.json_items(vendor, body)) > 0
        assert page.next is not None  # the pages are the first ones of a longer list
    shape = cpu.page_shape(vendor)
    assert shape["bytes_per_item"] > 0 and shape["items_per_page"] == len(cpu.json_items(vendor, inputs[0][0]))


@pytest.mark.parametrize("vendor", pages.VENDORS)
def test_the_pages_are_the_same_every_run(vendor: str) -> None:
    first = pages.list_pages(vendor, 200)
    again = pages.list_pages(vendor, 200)
    assert [p.body for p in first] == [p.body for p in again]
    ids = [json.dumps(item, sort_keys=True) for p in first for item in p.items(vendor)]
    assert len(set(ids)) == len(ids)  # distinct records, not one repeated


@pytest.mark.parametrize("vendor", pages.VENDORS)
def test_the_memory_benchmark_lists_through_a_client(vendor: str) -> None:
    result = memory.child(vendor, memory.WARM_ITEMS + 500)
    assert result["items"] == memory.WARM_ITEMS + 500 and result["requests"] > 1


@pytest.mark.parametrize("vendor", pages.VENDORS)
def test_the_page_server_ends_where_the_list_does(vendor: str) -> None:
    """Every page number, cursor and total it sends is the list's: a client walking it by the
    spec's pagination reads every item and then stops, whatever the page size."""
    total = 1_234
    server = pages.PageServer(vendor, total)
    target = pages.target(vendor)
    url: httpx.URL | None = httpx.URL(f"{pages.HOME}{target.path}", params=target.size_params())
    requested: Any = None
    seen = 0
    while url is not None:
        assert server.requests < 200, "the list does not end"
        response = server(httpx.Request("GET", url))
        page = pages.Fetched(response.content, dict(response.headers), str(url), requested)
        seen += len(page.items(vendor))
        requested = pages.next_of(target, page)
        url = None if requested is None else pages.next_request(target, page, requested)
    assert seen == total
