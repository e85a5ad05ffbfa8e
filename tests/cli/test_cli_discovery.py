"""The command tree comes from the generated facades: every vendor, resource and verb, and nothing else."""

from __future__ import annotations

import importlib
import inspect
import subprocess
import sys
import types
import typing

import httpx
import pytest
from cli_support import KEY_VARS, SECRET, UNSET_VARS, Server, run

import scankit
from scankit._base import SyncClient
from scankit._resource import SyncResource
from scankit._vendor import OperationInfo
from scankit.cli import EXIT_CODES, ExitCode
from scankit.cli._app import vendor_group
from scankit.cli._discovery import load_vendor, vendor_from_module
from scankit.vendors import slugs as vendor_slugs
from scankit_codegen.registry import vendors

VENDORS = vendors()  # one per spec


def facade_surface(slug: str) -> dict[str, list[str]]:
    """resource -> verbs, read straight from the facade module (independently of the CLI's discovery),
    with `sync` (`sync-<rest>` for `list_<rest>`) beside each list whose operation declares incremental reads."""
    module = importlib.import_module(f"scankit.vendors.{slug}")
    client = next(
        obj
        for obj in vars(module).values()
        if isinstance(obj, type) and issubclass(obj, SyncClient) and obj.__module__ == module.__name__
    )
    surface = {}
    for attr, hint in typing.get_type_hints(client).items():
        if isinstance(hint, type) and issubclass(hint, SyncResource):
            surface[attr] = [
                n
                for n, f in vars(hint).items()
                # `<verb>_and_wait` is `<verb> --wait` in the CLI
                if inspect.isfunction(f) and not n.startswith("_") and not n.endswith("_and_wait")
            ]
    for op in vars(module).values():
        if isinstance(op, OperationInfo) and op.incremental is not None:
            resource, verb = op.name.split(".")
            surface[resource].append("sync" + verb.removeprefix("list"))
    return surface


def test_every_vendor_module_is_a_command() -> None:
    assert vendor_slugs() == VENDORS  # a facade per spec, none without one
    result = run(["--help"])
    assert result.exit_code == 0
    for slug in [*VENDORS, "sandbox"]:
        assert f"\n  {slug} " in result.stdout


@pytest.mark.parametrize("slug", VENDORS)
def test_help_lists_every_resource_and_verb(slug: str) -> None:
    surface = facade_surface(slug)
    assert surface
    vendor_help = run([slug, "--help"])
    assert vendor_help.exit_code == 0
    for resource, verbs in surface.items():
        assert f"\n  {resource.replace('_', '-')} " in vendor_help.stdout
        resource_help = run([slug, resource, "--help"])
        assert resource_help.exit_code == 0, resource_help.output
        listed = {line.split()[0] for line in resource_help.stdout.split("Commands:")[1].splitlines() if line.strip()}
        assert listed == {verb.replace("_", "-") for verb in verbs}
        for verb in verbs:
            verb_help = run([slug, resource, verb.replace("_", "-"), "--help"])
            assert verb_help.exit_code == 0, verb_help.output
            assert "--base-url" in verb_help.stdout


def test_underscored_verbs_are_dashed_commands_and_both_spellings_work() -> None:
    result = run(["advalidation", "campaigns", "--help"])
    assert "list-creatives" in result.stdout
    assert "list_creatives" not in result.stdout
    assert run(["advalidation", "campaigns", "list_creatives", "--help"]).exit_code == 0
    assert "delete-many" in run(["cloneguard", "scans", "--help"]).stdout


def test_list_help_names_the_filters_with_types_and_the_request() -> None:
    out = run(["passentry", "scans", "list", "--help"]).stdout
    assert "GET /api/v1/scans" in out
    assert "Keys for --filter KEY=VALUE" in out
    assert "status" in out
    assert "one of: failed, successful" in out
    assert "created_after" in out
    assert "ISO 8601" in out
    assert "--max-items" in out
    assert "--format [table|json|jsonl|csv]" in out
    # paging knobs are options of their own, not filters
    assert "max_items" not in out


def test_hostedscan_filters_help_explains_the_shortcut() -> None:
    out = " ".join(run(["hostedscan", "scans", "list", "--help"]).stdout.split())
    assert "Its keys (below) go into filters, as a list: --filter KEY=VALUE sends" in out


def test_positional_path_parameters_are_arguments() -> None:
    out = run(["advalidation", "campaigns", "list-creatives", "--help"]).stdout
    assert "list-creatives [OPTIONS] CAMPAIGN_ID" in out
    assert "Usage: scankit cloneguard scans get [OPTIONS] ID" in run(["cloneguard", "scans", "get", "--help"]).stdout


def test_body_verbs_take_body() -> None:
    out = run(["hostedscan", "scans", "create", "--help"]).stdout
    assert "--body JSON|@FILE" in out
    assert "--body" not in run(["hostedscan", "scans", "get", "--help"]).stdout


def test_root_help_documents_exit_codes_and_environment() -> None:
    out = run(["--help"]).stdout
    assert "Exit codes:" in out
    for code in ExitCode:
        assert f"  {int(code)}  " in out
    assert set(EXIT_CODES) == set(ExitCode)
    for var in (*KEY_VARS, *(v for v in UNSET_VARS if not v.startswith("SCANKIT_"))):  # every vendor's
        assert var in out
    assert SECRET not in out


def test_exit_code_values_are_the_documented_ones() -> None:
    assert {c.name: int(c) for c in ExitCode} == {
        "OK": 0,
        "UNEXPECTED": 1,
        "USAGE": 2,
        "CONFIGURATION": 3,
        "AUTHENTICATION": 4,
        "NOT_FOUND": 5,
        "RATE_LIMITED": 6,
        "UNAVAILABLE": 7,
        "BAD_RESPONSE": 8,
        "REJECTED": 9,
        "RUN_FAILED": 10,
        "STILL_RUNNING": 11,
    }


def test_unknown_commands_are_usage_errors() -> None:
    assert run(["nosuchvendor"]).exit_code == 2
    assert run(["hostedscan", "nosuchresource"]).exit_code == 2
    result = run(["hostedscan", "scans", "nosuchverb"])
    assert result.exit_code == 2
    assert "No such command" in result.stderr


def test_version_names_every_distribution_with_the_one_version() -> None:
    result = run(["--version"])
    assert result.exit_code == 0
    lines = result.stdout.strip().splitlines()
    assert lines[0] == f"scankit {scankit.__version__}"
    assert lines[1:] == [f"scankit-{v} {scankit.__version__}" for v in VENDORS]


def test_python_dash_m_scankit_runs_the_cli() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "scankit", "--help"], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "hostedscan" in done.stdout


# -- a new operation in a spec appears without touching the CLI ---------------------------------

ACME_FACADE = '''
from __future__ import annotations

from scankit._base import SyncClient
from scankit._resource import SyncResource
from scankit._vendor import OperationInfo
from scankit._pagination import SyncPaginator
from scankit._vendor import AuthInfo, OperationInfo, VendorInfo


class Widget:
    def __init__(self, ident: str) -> None:
        self.ident = ident

    def to_dict(self) -> dict[str, str]:
        return {"id": self.ident}

    @classmethod
    def from_dict(cls, d: dict[str, str]) -> Widget:
        return cls(d["id"])


VENDOR = VendorInfo(
    slug="acme",
    name="Acme",
    env_key="ACME_API_KEY",
    base_url="https://acme.test",
    servers=["https://acme.test"],
    auth=AuthInfo(key_header="X-Key"),
    request_id_header=None,
    rate_limit=None,
    errors=None,
    parse_error=ValueError,
    generated_client=object,
)
_FROBNICATE = OperationInfo(
    name="widgets.frobnicate_all", operation_id="frobnicateAll", method="POST", path="/widgets/{widget_id}/frob"
)


class Widgets(SyncResource):
    """`client.widgets`: frobnicate_all, list."""

    def frobnicate_all(self, widget_id: int, *, loud: bool = False) -> Widget:
        """Frobnicate every widget

        `POST /widgets/{widget_id}/frob` (acme.api.widgets.frobnicate_all).

        Args:
            widget_id (int): The widget.
            loud (bool): Shout about it.
        """
        return Widget(f"{widget_id}-{'loud' if loud else 'quiet'}")

    def list(self) -> SyncPaginator[Widget]:
        """List widgets"""
        raise NotImplementedError


class Acme(SyncClient):
    widgets: Widgets
'''


def test_a_new_operation_becomes_a_command(monkeypatch: pytest.MonkeyPatch) -> None:
    """What `make generate` writes for a spec with a new operation is picked up as it is."""
    module = types.ModuleType("scankit.vendors.acme")
    monkeypatch.setitem(sys.modules, module.__name__, module)
    exec(compile(ACME_FACADE, "acme.py", "exec"), module.__dict__)
    spec = vendor_from_module("acme", module)
    (resource,) = spec.resources
    assert resource.command == "widgets"
    verb = resource.verb("frobnicate-all")
    assert verb is not None
    assert not verb.is_list
    assert [p.name for p in verb.positional] == ["widget_id"]
    assert [p.name for p in verb.keywords] == ["loud"]
    assert verb.keywords[0].doc == "Shout about it."
    assert verb.http == "POST /widgets/{widget_id}/frob"
    listing = resource.verb("list")
    assert listing is not None
    assert listing.is_list
    assert listing.returns is module.Widget


def test_a_vendor_package_that_is_not_installed_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    from scankit.cli import _app
    from scankit.cli._discovery import VendorNotInstalled

    def missing(slug: str) -> object:
        raise VendorNotInstalled(slug, f"scankit_{slug}")

    monkeypatch.setattr(_app, "load_vendor", missing)
    command = vendor_group("packagex")
    assert command.short_help == "(not installed)"
    monkeypatch.setattr(_app, "vendor_group", lambda slug: command)
    result = run(["packagex", "scans", "list"], Server(lambda r: httpx.Response(500)))
    assert result.exit_code == ExitCode.CONFIGURATION
    assert "pip install 'scankit[packagex]'" in result.stderr


def test_discovery_is_cached() -> None:
    assert load_vendor("hostedscan") is load_vendor("hostedscan")
