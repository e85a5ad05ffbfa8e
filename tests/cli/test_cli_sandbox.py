"""`scankit sandbox` delegates to scankit.sandbox, and the CLI works end to end against it for every vendor."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import types
from collections.abc import Iterator
from typing import Any

import pytest
import vendor_facts as facts
from cli_support import NO_CONFIG
from click.testing import CliRunner, Result
from vendor_facts import command

from scankit.cli import CliEnv, ExitCode, cli
from scankit.sandbox import Sandbox
from scankit_codegen.docs import python_name
from scankit_codegen.openapi import resolve, schema_at, success_body
from scankit_codegen.registry import vendors

# -- delegation ---------------------------------------------------------------------------------


def test_sandbox_arguments_go_to_its_main(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[list[str]] = []

    def main(argv: list[str], *, on_ready: object = None, prog: str = "") -> int:
        seen.append(argv)
        assert prog == "scankit sandbox"
        return 3

    fake = types.ModuleType("scankit.sandbox")
    fake.main = main  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "scankit.sandbox", fake)
    result = CliRunner().invoke(cli, ["sandbox", "--port", "0", "--vendor", "hostedscan", "--help"], obj=CliEnv())
    assert seen == [["--port", "0", "--vendor", "hostedscan", "--help"]]
    assert result.exit_code == 3


def test_sandbox_help_is_the_sandboxs_own() -> None:
    result = CliRunner().invoke(cli, ["sandbox", "--help"], obj=CliEnv())
    assert result.exit_code == 0
    assert "--port" in result.stdout
    assert "--seed" in result.stdout
    assert "usage: scankit sandbox [-h]" in result.stdout
    assert "python -m" not in result.stdout


def test_a_missing_sandbox_module_is_explained(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "scankit.sandbox", None)  # what an installation without it looks like
    result = CliRunner().invoke(cli, ["sandbox"], obj=CliEnv())
    assert result.exit_code == ExitCode.CONFIGURATION
    assert "the sandbox is not part of this installation" in result.stderr


# -- end to end, real HTTP ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as running:
        yield running


def scankit(sandbox: Sandbox, *args: str, env: dict[str, str | None] | None = None) -> Result:
    environment: dict[str, str | None] = {
        **sandbox.env(),
        "COLUMNS": "160",
        "SCANKIT_LOG": None,
        "SCANKIT_CONFIG": NO_CONFIG,
        "SCANKIT_PROFILE": None,
        **(env or {}),
    }
    return CliRunner(env=environment).invoke(cli, list(args), obj=CliEnv(stdout_isatty=False, stderr_isatty=False))


def items(result: Result) -> list[dict[str, Any]]:
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def records(sandbox: Sandbox, vendor: str, op: str) -> list[dict[str, Any]]:
    """What the sandbox serves for a list: the records of the collection behind the operation."""
    app = sandbox.app.state.vendors[vendor]
    route = next(r for r in app.routes if r.id == op)
    found: list[dict[str, Any]] = app.records(route.collection)
    return found


@pytest.mark.parametrize("vendor", vendors())
def test_list_get_and_errors_against_the_sandbox(sandbox: Sandbox, vendor: str) -> None:
    """The README's list, the GET of one of its items, a missing id of the parameter's own form, and
    the key refused or missing: for every spec."""
    listing = command(vendor, facts.listing(vendor))
    listed = items(scankit(sandbox, vendor, *listing, "--max-items", "5"))
    assert len(listed) == 5
    assert len({str(item["id"]) for item in listed}) == 5

    table = scankit(sandbox, vendor, *listing, "--max-items", "3", "--format", "table")
    assert table.exit_code == 0, table.output
    assert str(listed[0]["id"]) in table.stdout

    reader = facts.reader(vendor)
    if reader is not None:
        get = command(vendor, reader)
        (got,) = items(scankit(sandbox, vendor, *get, str(listed[0]["id"])))
        assert got == listed[0]

        schema = facts.id_schema(vendor, reader)
        missing = facts.missing_id(schema, like=str(listed[0]["id"]))
        if "pattern" in schema:
            assert re.fullmatch(schema["pattern"], missing), missing
        not_found = scankit(sandbox, vendor, *get, missing)
        assert not_found.exit_code == ExitCode.NOT_FOUND, not_found.output
        assert "not found (404)" in not_found.stderr

    env_key = facts.model(vendor).meta.env_key
    wrong = scankit(sandbox, vendor, *listing, env={env_key: "not-the-key"})
    assert wrong.exit_code == ExitCode.AUTHENTICATION, wrong.output
    assert f"rejected the API key (401): set {env_key}" in wrong.stderr
    assert "not-the-key" not in wrong.output
    assert sandbox.api_key(vendor) not in wrong.output

    missing_key = scankit(sandbox, vendor, *listing, env={env_key: None})
    assert missing_key.exit_code == ExitCode.CONFIGURATION
    assert env_key in missing_key.stderr


PAGES = 3  # a listing long enough to span this many pages and a half, where the sandbox holds as many


@pytest.mark.parametrize("vendor", vendors())
def test_listings_that_span_many_pages(sandbox: Sandbox, vendor: str) -> None:
    """The README's list through the CLI, over several pages where the sandbox has the records: each
    record once. The page size is the spec's (`default_size`, else `max_size`); where the list takes a
    size parameter, a small one is asked for, so even a short collection spans pages."""
    op = facts.listing(vendor)
    paging = op.pagination
    assert paging is not None
    total = len(records(sandbox, vendor, op.operation_id))
    args = command(vendor, op)
    size = paging.default_size or paging.max_size
    if paging.size_param is not None:
        size = max(1, min(size or total, 50, total // PAGES))
        args += ["--filter", f"{python_name(paging.size_param)}={size}"]
    expected = total if size is None else min(total, PAGES * size + size // 2)
    if expected < total:
        args += ["--max-items", str(expected)]
    listed = items(scankit(sandbox, vendor, *args))
    assert len(listed) == expected
    assert len({str(item["id"]) for item in listed}) == expected  # no page twice, none skipped


def enum_filters() -> list[tuple[str, str, str]]:
    """(vendor, parameter, item field) for each enum query parameter of the README's list that names
    a field of its items (`status` -> `attributes.status` in a JSON:API item)."""
    found = []
    for vendor in vendors():
        op = facts.listing(vendor)
        paging = op.pagination
        assert paging is not None
        document = facts.model(vendor).document
        _, page = success_body(document, op.raw)
        item = resolve(document, (schema_at(document, page, paging.items) or {}).get("items"))
        fields = set(item.get("properties", {}))
        inner = set(resolve(document, item.get("properties", {}).get("attributes", {})).get("properties", {}))
        for param in op.parameters:
            schema = resolve(document, param.get("schema") or {})
            values = resolve(document, schema.get("items", {})) if schema.get("type") == "array" else schema
            name = param["name"].removesuffix("[]")
            if param["in"] != "query" or "enum" not in values:
                continue
            if name in fields:
                found.append((vendor, param["name"], name))
            elif name in inner:
                found.append((vendor, param["name"], f"attributes.{name}"))
    return found


def dig(item: Any, dotted: str) -> Any:
    for key in dotted.split("."):
        item = item.get(key) if isinstance(item, dict) else None
    return item


@pytest.mark.parametrize(("vendor", "param", "field"), enum_filters())
def test_enum_filters_reach_the_sandbox(sandbox: Sandbox, vendor: str, param: str, field: str) -> None:
    """A value some of the first items carry, given with --filter, is the only value the list then yields."""
    listing = command(vendor, facts.listing(vendor))
    seen = [dig(item, field) for item in items(scankit(sandbox, vendor, *listing, "--max-items", "20"))]
    carried = [v for v in seen if v is not None]
    value = min(carried, key=carried.count)  # the rarest: the filter has the most to leave out
    filtered = items(
        scankit(sandbox, vendor, *listing, "--filter", f"{python_name(param)}={value}", "--max-items", "40")
    )
    assert filtered
    assert {dig(item, field) for item in filtered} == {value}


def test_hostedscan_json_filters_reach_the_sandbox(sandbox: Sandbox) -> None:
    """HostedScan filters with one JSON object parameter (`filters`), which --filter KEY=VALUE builds."""
    running = items(scankit(sandbox, "hostedscan", "scans", "list", "--filter", "state=RUNNING"))
    assert running
    assert {item["state"] for item in running} == {"RUNNING"}


def test_advalidation_path_arguments_end_to_end(sandbox: Sandbox) -> None:
    (campaign,) = items(scankit(sandbox, "advalidation", "campaigns", "list", "--max-items", "1"))
    creatives = items(scankit(sandbox, "advalidation", "campaigns", "list-creatives", str(campaign["id"])))
    assert creatives
    assert {c["campaignId"] for c in creatives} == {campaign["id"]}
    with_scan = next(c for c in creatives if c.get("latestScanStatus"))
    scan_id = str(with_scan["latestScanStatus"]["id"])
    (scan,) = items(scankit(sandbox, "advalidation", "scans", "get", scan_id, "--param", "include_checks=true"))
    assert str(scan["id"]) == scan_id


@pytest.mark.parametrize("vendor", vendors())
def test_csv_and_json_against_the_sandbox(sandbox: Sandbox, vendor: str) -> None:
    """CSV has a row per item, a JSON:API item's attributes lifted into columns; JSON is one array."""
    listing = command(vendor, facts.listing(vendor))
    listed = items(scankit(sandbox, vendor, *listing, "--max-items", "7"))
    result = scankit(sandbox, vendor, *listing, "--max-items", "7", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [row["id"] for row in rows] == [str(item["id"]) for item in listed]
    attributes = listed[0].get("attributes")
    if isinstance(attributes, dict):
        lifted = [
            name
            for name, value in attributes.items()
            if isinstance(value, str | int) and not isinstance(value, bool) and value != ""
        ]
        assert lifted and all(rows[0].get(name) == str(attributes[name]) for name in lifted[:3]), rows[0]
    result = scankit(sandbox, vendor, *listing, "--max-items", "7", "--format", "json")
    assert json.loads(result.stdout) == listed
