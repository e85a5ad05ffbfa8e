"""The public surface: `scankit.__all__` is sorted, complete and every name resolves."""

from __future__ import annotations

import importlib

import pytest

import scankit


def test_all_is_sorted_and_resolves() -> None:
    assert scankit.__all__ == sorted(scankit.__all__, key=lambda n: (not n.isupper(), n))
    for name in scankit.__all__:
        assert getattr(scankit, name) is not None


def test_every_exception_is_a_scankit_error() -> None:
    errors = [getattr(scankit, n) for n in scankit.__all__ if n.endswith("Error")]
    assert len(errors) >= 17
    for cls in errors:
        assert issubclass(cls, scankit.ScankitError), cls


@pytest.mark.parametrize("name", ["PackageX", "HostedScan", "Advalidation", "PassEntry", "CloneGuard"])
def test_each_vendor_has_sync_and_async_clients(name: str) -> None:
    sync, asyncc = getattr(scankit, name), getattr(scankit, f"Async{name}")
    assert hasattr(sync, "close")
    assert hasattr(sync, "__enter__")
    assert hasattr(asyncc, "aclose")
    assert hasattr(asyncc, "__aenter__")


def test_unknown_attribute() -> None:
    with pytest.raises(AttributeError, match="NoSuchVendor"):
        _ = scankit.NoSuchVendor  # type: ignore[attr-defined]


def test_only_the_facades_import_generated_packages() -> None:
    """docs/architecture.md, "The one seam": nothing else in the wrapper imports a scankit_<vendor> package."""
    import pathlib

    root = pathlib.Path(scankit.__file__).parent
    for path in root.rglob("*.py"):
        if path.parent.name == "vendors":
            continue
        text = path.read_text()
        assert "import scankit_" not in text
        assert "from scankit_" not in text, path
    importlib.import_module("scankit.vendors.hostedscan")
