"""Enum filters are checked against the spec for every vendor, HostedScan's `filters` keys and values too."""

from __future__ import annotations

import json

import pytest
from cli_support import hostedscan_pages, run

from scankit.cli import ExitCode
from scankit.cli._discovery import load_vendor
from scankit.cli._params import enum_values, is_json_object, object_schema, shape_of
from scankit.vendors import slugs as vendor_slugs


def enum_filters() -> list[tuple[str, str, str, str, list[str]]]:
    """(vendor, resource, verb, filter key, allowed values) for every enum a list filter takes."""
    found = []
    for slug in vendor_slugs():
        spec = load_vendor(slug)
        for resource in spec.resources:
            for verb in resource.verbs:
                if not verb.is_list:
                    continue
                for param in verb.keywords:
                    shapes = {param.name: shape_of(param.hint)}
                    if is_json_object(verb, param):
                        shapes = dict((object_schema(verb, param) or {}).items())
                    for key, shape in shapes.items():
                        if shape.kind == "enum" and shape.enum_cls is not None:
                            found.append((slug, resource.command, verb.command, key, enum_values(shape.enum_cls)))
    return found


ENUM_FILTERS = enum_filters()


def test_the_spec_gives_enum_filters() -> None:
    keys = {(case[0], case[1], case[3]) for case in ENUM_FILTERS}
    assert ("hostedscan", "scans", "state") in keys
    assert ("hostedscan", "risks", "risk_definition.threat_level") in keys


@pytest.mark.parametrize(("vendor", "resource", "verb", "key", "allowed"), ENUM_FILTERS)
def test_a_value_outside_the_spec_is_refused_with_a_suggestion(
    vendor: str, resource: str, verb: str, key: str, allowed: list[str]
) -> None:
    result = run([vendor, resource, verb, "--filter", f"{key}=no-such-value"])  # no request may be sent
    assert result.exit_code == ExitCode.USAGE, result.output
    assert f"--filter {key}: 'no-such-value' is not one of {', '.join(allowed)}" in result.stderr

    typo = allowed[0][:-1] + allowed[0][-1] * 2  # "running" -> "runningg"
    result = run([vendor, resource, verb, "--filter", f"{key}={typo}"])
    assert result.exit_code == ExitCode.USAGE, result.output
    assert f"Did you mean {allowed[0]}?" in result.stderr


def test_hostedscan_state_done_is_refused_instead_of_returning_nothing() -> None:
    result = run(["hostedscan", "scans", "list", "--filter", "state=DONE"])
    assert result.exit_code == ExitCode.USAGE
    assert "'DONE' is not one of FAILED, OVER_LIMIT, QUEUED, RUNNING, SUCCEEDED" in result.stderr


def test_hostedscan_filter_keys_are_checked_with_a_suggestion() -> None:
    result = run(["hostedscan", "scans", "list", "--filter", "sate=RUNNING"])
    assert result.exit_code == ExitCode.USAGE
    assert "--filter sate: not a key of filters (keys: type, state, scheduled_by). Did you mean state?" in (
        result.stderr
    )
    result = run(["hostedscan", "risks", "list", "--filter", "filters.risk_definition.threat_levle=HIGH"])
    assert result.exit_code == ExitCode.USAGE
    assert "Did you mean risk_definition.threat_level?" in result.stderr


def test_valid_values_are_sent_in_the_specs_spelling() -> None:
    server = hostedscan_pages(1)
    args = ["hostedscan", "risks", "list", "--filter", "risk_definition.threat_level=high", "--filter", "status=open"]
    result = run(args, server)
    assert result.exit_code == 0, result.output
    sent = json.loads(server.requests[0].url.params["filters"])
    assert sent == {"risk_definition.threat_level": ["HIGH"], "status": ["OPEN"]}


def test_a_whole_json_object_is_the_unchecked_escape_hatch() -> None:
    server = hostedscan_pages(1)
    result = run(["hostedscan", "scans", "list", "--filter", 'filters={"state": ["ARCHIVED"]}'], server)
    assert result.exit_code == 0, result.output
    assert json.loads(server.requests[0].url.params["filters"]) == {"state": ["ARCHIVED"]}


def test_help_lists_the_filter_keys_and_their_values() -> None:
    out = " ".join(run(["hostedscan", "scans", "list", "--help"]).stdout.split())
    assert "state [one of: FAILED, OVER_LIMIT, QUEUED, RUNNING, SUCCEEDED; repeat for more]" in out


def test_filters_typed_with_their_model_are_checked_the_same_way() -> None:
    # once the facade types `filters` with the generated model (not only a mapping), nothing changes here
    from collections.abc import Mapping
    from typing import Any

    import attrs
    import click

    from scankit.cli._params import build_keywords
    from scankit_hostedscan.models import ScanFilters
    from scankit_hostedscan.types import Unset

    verb = next(v for v in load_vendor("hostedscan").resource("scans").verbs if v.name == "list")  # type: ignore[union-attr]
    typed = tuple(
        attrs.evolve(p, hint=ScanFilters | Mapping[str, Any] | str | Unset) if p.name == "filters" else p
        for p in verb.params
    )
    verb = attrs.evolve(verb, params=typed)
    assert build_keywords(verb, ["state=running", "filters.type=NMAP"], "--filter") == {
        "filters": {"state": ["RUNNING"], "type": ["NMAP"]}
    }
    with pytest.raises(click.UsageError, match="Did you mean RUNNING"):
        build_keywords(verb, ["state=RUNNIN"], "--filter")
