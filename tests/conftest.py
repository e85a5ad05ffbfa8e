"""Fixtures for every test: a fake clock, and the sandbox as a pytest plugin (`scankit_sandbox`)."""

from __future__ import annotations

import pytest
from helpers import FakeClock

pytest_plugins = ["scankit.sandbox.pytest_plugin"]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()
