"""The examples in the pure modules' docstrings are true (they are documentation users read)."""

from __future__ import annotations

import doctest
import importlib

import pytest


@pytest.mark.parametrize("module", ["scankit._retry", "scankit._ratelimit", "scankit._errors", "scankit._redact"])
def test_docstring_examples(module: str) -> None:
    result = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
    assert result.attempted > 0 or module == "scankit._redact"
