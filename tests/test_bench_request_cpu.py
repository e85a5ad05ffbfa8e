"""bench/request_cpu.py still measures what it says, for every spec: nothing is timed or counted here.

It reaches into the client (its request loop's `_send`, the paginator's page fetch, the settings of
scankit's own httpx client); a refactor that moves one of them must fail here, not when someone
next measures. Each method must ask for the pages scankit's listing asks for, and get each one.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from scankit_codegen.registry import vendors

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import pages  # noqa: E402  (bench/pages.py)
import request_cpu  # noqa: E402


def test_every_spec_can_be_measured() -> None:
    assert tuple(vendors()) == request_cpu.SPECS
    assert request_cpu.DEFAULT_VENDOR in request_cpu.SPECS


@pytest.mark.parametrize("vendor", request_cpu.SPECS)
def test_each_method_asks_for_the_pages_the_listing_asks_for(vendor: str) -> None:
    info = pages.target(vendor).pagination
    items = 2 * max(info.default_size or 0, info.max_size or 0, pages.SIZE) + 1  # more than two pages
    with request_cpu.Server(vendor, items) as served, request_cpu.Subject(vendor, served) as subject:
        assert len(subject.requests) >= 3, "a list of one page measures no paging"
        assert len(subject.pages) == len(subject.requests)
        assert subject.items == items
        for name, method in subject.methods().items():
            # each raises on a status other than 200; the listing, on another count of items
            assert method(None) == len(subject.requests), name
            assert method(2) == 2, name
    figures = dict.fromkeys(request_cpu.METHODS, 1.0)
    assert set(request_cpu.summary(figures)) == {label for label, _, _ in request_cpu.DIFFERENCES}
