"""Fixtures for every test: a fake clock, and the sandbox as a pytest plugin (`scankit_sandbox`)."""

from __future__ import annotations

import pytest
from helpers import FakeClock

pytest_plugins = ["scankit.sandbox.pytest_plugin"]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The known gaps of tests/pending_operations.py run as strict xfails: each must still fail, and the
    run fails the moment one passes, so its entry is deleted with the fix."""
    from pending_operations import PENDING

    for item in items:
        reason = PENDING.get(item.nodeid)
        if reason is not None:
            item.add_marker(pytest.mark.xfail(strict=True, reason=reason))
