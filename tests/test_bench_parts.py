"""`make bench` measures the client's real paths: each part, run on a few pages, still does so.

The benchmark reaches into the pipeline (the paginator's page step, the generated parser, the
clock a client runs on); a refactor that moves one of them must fail here, in `make check`, not
months later when someone runs `make bench`. Nothing is timed.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import cpu  # noqa: E402  (bench/cpu.py)
import memory  # noqa: E402
import pages  # noqa: E402


@pytest.mark.parametrize("vendor", sorted(pages.VENDORS))
def test_the_cpu_benchmark_parses_pages_as_a_listing_does(vendor: str) -> None:
    """Its scankit column goes through the generated parser and the paginator's page step, and
    reads the same items pydantic does: a benchmark of an error path would measure nothing."""
    methods = cpu.methods(vendor)
    inputs = cpu.page_inputs(vendor, 3)
    cpu.check_equivalent(inputs, methods)
    for body, response, requested in inputs:
        page: Any = methods["scankit"](body, response, requested)
        assert len(page.items) == cpu.SIZE


# the memory bench lists `client.scans.list()`: the vendors with synthetic pages whose list is that one
SCANS_LISTS = sorted(v for v in pages.VENDORS if pages.LIST_MODEL[v][2].endswith(".scans.list_scans"))


@pytest.mark.parametrize("vendor", SCANS_LISTS)
def test_the_memory_benchmark_lists_through_a_client(vendor: str) -> None:
    result = memory.child(vendor, memory.WARM_ITEMS + 500)
    assert result["items"] == memory.WARM_ITEMS + 500 and result["requests"] > 1
