"""Every example written as a doctest (`>>>`) in scankit's docstrings is true: each is run here.

They are documentation users read, in `help()` and on the Python API page. So the modules are found,
not listed: a new example runs without a change here. An example that needs a vendor, a network or
a config file is not written as a doctest but as a fenced ```python block, which the site
highlights and nothing runs; so no example users read carries a `# doctest: +SKIP` (the page would
print it) or any other directive: the runner's option flags (ELLIPSIS) are set here instead.
"""

from __future__ import annotations

import doctest
import importlib
import inspect
import pkgutil
from types import ModuleType

import pytest

import scankit
from scankit.vendors import CLIENTS

FLAGS = doctest.ELLIPSIS
FINDER = doctest.DocTestFinder()


def _examples(module: ModuleType) -> list[doctest.Example]:
    return [example for test in FINDER.find(module) for example in test.examples]


def _modules() -> dict[str, ModuleType]:
    found = {}
    for info in pkgutil.walk_packages(scankit.__path__, "scankit."):
        if not info.name.endswith(".__main__"):  # a `python -m` entry point runs on import
            found[info.name] = importlib.import_module(info.name)
    return found


MODULES = _modules()
WITH_EXAMPLES = sorted(name for name, module in MODULES.items() if _examples(module))


@pytest.mark.parametrize("module", WITH_EXAMPLES)
def test_docstring_examples(module: str) -> None:
    result = doctest.testmod(MODULES[module], optionflags=FLAGS)
    assert result.failed == 0


def test_the_pure_modules_examples_are_found() -> None:
    """The discovery found what it must (an empty list would test nothing)."""
    assert {"scankit._retry", "scankit._ratelimit", "scankit._errors", "scankit._redact"} <= set(WITH_EXAMPLES)


def _rendered_modules() -> set[str]:
    """The modules whose docstrings the Python API page renders: those defining scankit's public
    classes and functions, and every scankit base class they inherit members from."""
    names = {"scankit"}
    for name in [*scankit.__all__, *CLIENTS]:
        value = getattr(scankit, name)
        for cls in inspect.getmro(value) if inspect.isclass(value) else (value,):
            module = inspect.getmodule(cls)
            if module is not None and module.__name__.startswith("scankit"):
                names.add(module.__name__)
    return names


def test_no_example_users_read_carries_a_directive() -> None:
    rendered = _rendered_modules()
    assert {"scankit._base", "scankit._response", "scankit._errors"} <= rendered
    directed = [
        f"{name}: {example.source.strip()}"
        for name in sorted(rendered)
        for example in _examples(MODULES.get(name, scankit))
        if example.options
    ]
    assert not directed, "\n".join(directed)
