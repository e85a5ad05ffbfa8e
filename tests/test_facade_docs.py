"""Every facade method's docstring `Args:` gives each argument the type its signature has."""

from __future__ import annotations

import importlib
import inspect
import re

import pytest

from scankit._resource import AsyncResource, SyncResource
from scankit_codegen.registry import vendors

VENDORS = vendors()


def _methods() -> list[tuple[str, object]]:
    found = []
    for vendor in VENDORS:
        module = importlib.import_module(f"scankit.vendors.{vendor}")
        for cls_name, cls in vars(module).items():
            if (
                isinstance(cls, type)
                and issubclass(cls, SyncResource | AsyncResource)
                and cls.__module__ == module.__name__
            ):
                for name, fn in vars(cls).items():
                    if inspect.isfunction(fn) and not name.startswith("_"):
                        found.append((f"{vendor}.{cls_name}.{name}", fn))
    return found


def _documented_types(doc: str) -> dict[str, str]:
    """`name (type): ...` lines of the Args section; a type may wrap onto following lines."""
    section = doc.split("Args:", 1)[1].split("Raises:", 1)[0] if "Args:" in doc else ""
    text = re.sub(r"\s+", " ", section)
    return {m.group(1): m.group(2) for m in re.finditer(r"(?:^| )(\w+) \(([^()]*(?:\[[^\]]*\])?[^()]*)\):", text)}


@pytest.mark.parametrize(("where", "fn"), _methods(), ids=lambda v: v if isinstance(v, str) else "")
def test_docstring_arg_types_match_the_signature(where: str, fn: object) -> None:
    assert callable(fn)
    signature = inspect.signature(fn)
    documented = _documented_types(inspect.getdoc(fn) or "")
    for name, param in signature.parameters.items():
        if name not in documented:  # self, and the wrapper's own keywords (max_items, ...)
            continue
        annotation = str(param.annotation).replace("builtins.list[", "list[")
        assert documented[name] == annotation, f"{where}({name})"
    assert set(documented) <= set(signature.parameters), where


def test_every_operation_argument_is_documented_with_a_type() -> None:
    """148 arguments of the five specs' operations (the test above checks each one it finds)."""
    documented = sum(len(_documented_types(inspect.getdoc(fn) or "")) for _, fn in _methods())
    assert documented >= 148
