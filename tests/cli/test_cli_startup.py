"""`scankit --help`, `--version` and `completion` start at once: they import neither httpx, nor rich,
nor any vendor's generated package. Read from `python -X importtime`, which lists every module a
process imports (no timing is asserted: the list is the same on a slow machine).

The CLI's own share is checked with the `scankit` package standing in bare (its `__init__` not run),
so what `import scankit` itself imports cannot hide what the CLI adds; the whole command, as the
console script runs it, is checked too.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import click
import pytest

from scankit.cli._app import vendor_group
from scankit.cli._cards import card
from scankit.cli._discovery import load_vendor
from scankit.cli._root import SUBCOMMANDS, RootGroup, cli
from scankit.vendors import slugs as vendor_slugs

COMMANDS = [["--help"], ["--version"], ["completion", "bash"], ["completion", "zsh"]]

# Modules the start-up path must never import: httpx (and its command-line module, which pulls in
# rich), rich itself (the CLI only draws tables and progress once a vendor command runs) and the
# generated vendor packages (scankit_<slug>).
FORBIDDEN_FOR_THE_CLI = ("httpx", "rich", "scankit_")
# The target for the whole command: no httpx, no rich traceback machinery, no vendor package.
FORBIDDEN = ("httpx", "rich.traceback", "scankit_")

BARE_PACKAGE = textwrap.dedent(
    """
    import importlib.util, sys, types
    spec = importlib.util.find_spec("scankit")
    bare = types.ModuleType("scankit")
    bare.__path__, bare.__spec__ = list(spec.submodule_search_locations), spec
    sys.modules["scankit"] = bare  # the package without its __init__: only what the CLI imports itself
    """
)
CONSOLE_SCRIPT = "import sys\nfrom scankit.cli import main\nsys.argv[0] = 'scankit'\nmain()\n"


def imports(code: str, *args: str) -> tuple[list[str], subprocess.CompletedProcess[str]]:
    """The modules `python -X importtime -c code args…` imports, in order, and the finished process."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPROFILEIMPORTTIME"}
    env["COLUMNS"] = "100"
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    names = [line.rsplit("|", 1)[1].strip() for line in proc.stderr.splitlines() if line.startswith("import time:")]
    assert names, proc.stderr[-2000:]
    return names, proc


def matching(names: list[str], prefixes: tuple[str, ...]) -> list[str]:
    """The names that are one of `prefixes` or inside it; a prefix ending in `_` matches any name it starts."""
    return [
        name
        for name in names
        if any(name.startswith(p) if p.endswith("_") else name == p or name.startswith(f"{p}.") for p in prefixes)
    ]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_the_cli_itself_imports_neither_httpx_nor_rich_nor_a_vendor_package(command: list[str]) -> None:
    names, proc = imports(BARE_PACKAGE + CONSOLE_SCRIPT, *command)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip()
    assert "scankit.cli" in names
    assert matching(names, FORBIDDEN_FOR_THE_CLI) == []


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_the_command_as_installed_imports_neither_httpx_nor_rich_traceback_nor_a_vendor_package(
    command: list[str],
) -> None:
    names, proc = imports(CONSOLE_SCRIPT, *command)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "scankit" in names and "scankit.cli" in names
    assert matching(names, FORBIDDEN) == []


def test_help_lists_every_vendor_with_its_variables_from_the_cards() -> None:
    _, proc = imports(BARE_PACKAGE + CONSOLE_SCRIPT, "--help")
    shown = " ".join(proc.stdout.split())  # as read, whatever the terminal's width wrapped
    for slug in vendor_slugs():
        found = card(slug)
        assert found is not None, f"no card for {slug}: run `make generate`"
        assert f"{slug} {found.name}: {', '.join(found.resources)}." in shown
        assert f"{slug} {', '.join(found.env)}" in shown


@pytest.mark.parametrize("slug", vendor_slugs())
def test_each_vendors_card_says_what_its_facade_says(slug: str) -> None:
    found = card(slug)
    assert found is not None, f"no card for {slug}: run `make generate`"
    spec = load_vendor(slug)
    assert found.name == spec.info.name
    assert found.resources == tuple(r.name for r in spec.resources)
    assert found.env == (spec.info.env_key, *spec.token_envs, spec.base_url_env)
    assert found.summary == vendor_group(slug).get_short_help_str(limit=1000)


@pytest.mark.parametrize("name", list(SUBCOMMANDS))
def test_the_help_line_of_each_other_command_is_its_own(name: str) -> None:
    command = RootGroup.get_command(cli, click.Context(cli), name)
    assert command is not None
    assert SUBCOMMANDS[name][2] == command.get_short_help_str(limit=1000)
