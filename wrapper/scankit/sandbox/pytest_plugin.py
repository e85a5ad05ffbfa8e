"""A pytest plugin: a running sandbox for your tests.

Enable it in your root ``conftest.py`` (or with ``-p scankit.sandbox.pytest_plugin``)::

    pytest_plugins = ["scankit.sandbox.pytest_plugin"]

    def test_lists_everything(scankit_sandbox):
        client = scankit_sandbox.client("hostedscan")
        assert sum(1 for _ in client.scans.list()) == 1200

Override ``scankit_sandbox_options`` (session-scoped) to choose vendors, seed, faults or rate
limits; ``scankit_sandbox_env`` also sets the ``<VENDOR>_API_KEY`` / ``<VENDOR>_BASE_URL``
environment variables for one test, so code that builds its own clients talks to the sandbox.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from ._server import Sandbox

__all__ = ["scankit_sandbox", "scankit_sandbox_env", "scankit_sandbox_options"]


@pytest.fixture(scope="session")
def scankit_sandbox_options() -> dict[str, Any]:
    """Keyword arguments for the session's :class:`~scankit.sandbox.Sandbox`; override to change them."""
    return {}


@pytest.fixture(scope="session")
def scankit_sandbox(scankit_sandbox_options: dict[str, Any]) -> Iterator[Sandbox]:
    """A sandbox serving every vendor on 127.0.0.1, started once per test session."""
    with Sandbox(**scankit_sandbox_options) as sandbox:
        yield sandbox


@pytest.fixture
def scankit_sandbox_env(scankit_sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """The sandbox's environment variables, set for the duration of one test."""
    env = scankit_sandbox.env()
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return env
