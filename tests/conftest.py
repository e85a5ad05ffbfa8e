"""Fixtures for every test: a fake clock, and the sandbox as a pytest plugin (`scankit_sandbox`)."""

from __future__ import annotations

import ast
import functools
import sys
import threading
from typing import Any

import pytest
from helpers import FakeClock

pytest_plugins = ["scankit.sandbox.pytest_plugin"]


def _serialise_ast_parse() -> None:
    """One `ast.parse` at a time in this process, on CPython 3.11.

    3.11 keeps the AST constructor's recursion depth in state the whole interpreter shares; two
    threads building ASTs at once (a garbage collection inside one can switch threads) leave it
    inconsistent and the next parse raises `SystemError: AST constructor recursion depth mismatch`
    (python/cpython#106905). Here the threads are this suite's loopback servers and page fetchers,
    whose tracebacks 3.11 formats with `ast.parse` (the caret lines), and pytest itself, which
    parses source to report a failure: the SystemError then aborted the whole run (INTERNALERROR).
    The library parses no Python; only the test process needs this.
    """
    if sys.version_info[:2] != (3, 11):
        return
    lock = threading.RLock()
    parse = ast.parse

    @functools.wraps(parse)
    def serialised(*args: Any, **kwargs: Any) -> Any:
        with lock:
            return parse(*args, **kwargs)

    ast.parse = serialised  # traceback and pytest call it through the module


_serialise_ast_parse()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()
