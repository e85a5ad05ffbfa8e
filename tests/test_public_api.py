"""The public surface: `scankit.__all__` is sorted, complete and every name resolves; the names a type
checker reads are the names run time gives; and `import scankit` is cheap (every name loads on use)."""

from __future__ import annotations

import ast
import importlib
import json
import pathlib
import subprocess
import sys

import pytest

import scankit
from scankit.vendors import CLIENTS, slugs


def test_all_is_sorted_and_resolves() -> None:
    assert scankit.__all__ == sorted(scankit.__all__, key=lambda n: (not n.isupper(), n))
    for name in scankit.__all__:
        assert getattr(scankit, name) is not None


def test_every_exception_is_a_scankit_error() -> None:
    errors = [getattr(scankit, n) for n in scankit.__all__ if n.endswith("Error")]
    assert len(errors) >= 17
    for cls in errors:
        assert issubclass(cls, scankit.ScankitError), cls


@pytest.mark.parametrize("name", sorted(n for n in CLIENTS if not n.startswith("Async")))
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


def _static_imports() -> dict[str, str]:
    """What a type checker reads from scankit/__init__.py: each name bound at module level or under
    `if TYPE_CHECKING:` -> the module it comes from (`scankit.<module>`)."""
    tree = ast.parse(pathlib.Path(scankit.__file__).read_text(encoding="utf-8"))
    found: dict[str, str] = {}
    type_checking = [n.body for n in tree.body if isinstance(n, ast.If) and ast.unparse(n.test) == "TYPE_CHECKING"]
    for node in [*tree.body, *(stmt for body in type_checking for stmt in body)]:
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            for alias in node.names:
                where = f"scankit.{node.module}" if node.module else f"scankit.{alias.name}"
                found[alias.asname or alias.name] = where
    return found


def test_the_names_a_type_checker_reads_are_all_and_the_names_run_time_gives() -> None:
    static = _static_imports()
    public = {name for name in static if not name.startswith("_") and name != "setup_logging"}
    assert public == set(scankit.__all__)
    for name in scankit.__all__:
        module = importlib.import_module(static[name])
        expected = module if module.__name__ == f"scankit.{name}" else getattr(module, name)
        assert getattr(scankit, name) is expected, name
    assert set(scankit.__all__) <= set(dir(scankit))


def _loaded(code: str) -> list[str]:
    """The modules a fresh interpreter has loaded after running `code`."""
    script = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    loaded: list[str] = json.loads(proc.stdout.splitlines()[-1])
    return loaded


def _vendor_packages(modules: list[str]) -> set[str]:
    return {m.split(".")[0] for m in modules if m.startswith("scankit_")}


@pytest.mark.parametrize(
    "code", ["import scankit", "import scankit.webhooks", "from scankit import APIError, WebhookVerificationError"]
)
def test_importing_scankit_loads_neither_httpx_nor_a_vendor_package(code: str) -> None:
    """`import scankit` (as every `scankit` command does first) costs no HTTP client and no vendor."""
    loaded = _loaded(code)
    assert "httpx" not in loaded
    assert _vendor_packages(loaded) == set()


def test_a_vendor_package_is_loaded_when_its_client_is_first_used() -> None:
    name, slug = next(iter(CLIENTS.items()))
    loaded = _loaded(f"import scankit\nscankit.{name}")
    assert _vendor_packages(loaded) == {f"scankit_{slug}"}, f"only {slug}'s package, of {slugs()}"
