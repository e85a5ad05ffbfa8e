"""The vocabulary as data: specs/x-scankit.schema.json types every x-scankit block, and the sandbox
serves a spec only once it validates. Every spec (and the patterns spec) validates; the forms that
are not allowed are refused with the path of the offending key."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator

from scankit.sandbox import Sandbox, SpecError
from scankit.sandbox._specs import check_extensions, find_specs, load_source

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "specs" / "x-scankit.schema.json").read_text())
FOLDERS = {**find_specs(ROOT / "specs"), "patterns": ROOT / "tests" / "patterns"}


def test_the_schemas_are_valid_json_schemas() -> None:
    Draft202012Validator.check_schema(SCHEMA)
    Draft202012Validator.check_schema(json.loads((ROOT / "specs" / "sandbox.schema.json").read_text()))


@pytest.mark.parametrize("vendor", sorted(FOLDERS))
def test_every_spec_and_its_data_file_validate(vendor: str) -> None:
    source = load_source(FOLDERS[vendor])
    assert source.spec["x-scankit"]["vendor"]


def problem(block: str, value: Any) -> str:
    """The message a spec with this block at its root gets."""
    with pytest.raises(SpecError) as caught:
        check_extensions({block: value}, "spec")
    return str(caught.value)


WAIT = {"poll_interval": 1, "x-scankit-source": "seed 001"}
PAGES = {"style": "cursor", "items": "data", "cursor_param": "cursor", "next_cursor": "next"}


@pytest.mark.parametrize(
    ("block", "value", "says"),
    [
        ("x-scankit-pagination", {**PAGES, "nxt_cursor": "n"}, "'nxt_cursor' was unexpected"),
        ("x-scankit-pagination", {**PAGES, "cursor_header": "X-Next"}, "x-scankit-pagination"),  # two sources
        ("x-scankit-pagination", {**PAGES, "page_param": "page"}, "x-scankit-pagination"),  # another style's key
        (
            "x-scankit-pagination",
            {"style": "offset", "items": "d", "offset_param": "o", "stop": ["short_page"]},
            "size_param",
        ),
        ("x-scankit-pagination", {"style": "scroll", "items": "d"}, "'scroll' is not one of"),
        (
            "x-scankit-waiter",
            {**WAIT, "acceptors": [{"matcher": "status", "expected": 404, "state": "wait"}]},
            "'wait' is not one of",
        ),
        (
            "x-scankit-waiter",
            {**WAIT, "acceptors": [{"matcher": "path", "expected": "x", "state": "retry"}]},
            "argument",
        ),
        (
            "x-scankit-waiter",
            {"state": "s", "success": [], "failure": [], "pending": [], "poll_interval": 1, "acceptors": []},
            "x-scankit-waiter",
        ),
        (
            "x-scankit",
            {
                "vendor": "V",
                "env_key": "V_API_KEY",
                "rate_limit": {"limits": [{"name": "x", "algorithm": "sliding_window", "requests": 5}]},
            },
            "rate_limit",
        ),
        (
            "x-scankit",
            {
                "vendor": "V",
                "env_key": "V_API_KEY",
                "rate_limit": {
                    "algorithm": "token_bucket",
                    "capacity": 1,
                    "refill_per_second": 1,
                    "headers": {"reset_format": "rfc850"},
                },
            },
            "rate_limit",
        ),
        ("x-scankit-sandbox", {}, "unknown extension"),
    ],
)
def test_what_the_vocabulary_refuses(block: str, value: Any, says: str) -> None:
    assert says in problem(block, value)


def test_the_new_forms_validate() -> None:
    check_extensions(
        {
            "x-scankit": {
                "vendor": "V",
                "env_key": "V_API_KEY",
                "errors": {"message": "error.message", "code": "error.code"},
                "rate_limit": {
                    "limits": [
                        {"name": "s", "algorithm": "sliding_window", "requests": 5, "per": "second"},
                        {
                            "name": "d",
                            "algorithm": "fixed_window",
                            "requests": 500,
                            "per": "day",
                            "headers": {"reset": "R", "reset_format": "http_date"},
                        },
                        {
                            "name": "g",
                            "algorithm": "token_bucket",
                            "capacity": 3,
                            "refill_per_second": 0.1,
                            "operations": ["createScan"],
                        },
                    ],
                    "headers": {"retry_after": "Retry-After", "retry_after_format": "delta_seconds"},
                },
            },
            "x-scankit-pagination": {"style": "link_header", "items": ".", "size_param": "per_page"},
        },
        "spec",
    )


def test_a_spec_that_does_not_validate_is_not_served(tmp_path: Path) -> None:
    spec = yaml.safe_load((FOLDERS["patterns"] / "openapi.yaml").read_text())
    broken = copy.deepcopy(spec)
    broken["paths"]["/things/pages"]["get"]["x-scankit-pagination"]["pages_param"] = "page"
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "openapi.yaml").write_text(yaml.safe_dump(broken))
    with pytest.raises(SpecError, match="pages_param"):
        Sandbox(["broken"], specs=[folder])
    (folder / "openapi.yaml").write_text(yaml.safe_dump(spec))
    (folder / "sandbox.yaml").write_text("collections: {Thing: {cuont: 3}}\n")
    with pytest.raises(SpecError, match="cuont"):
        Sandbox(["broken"], specs=[folder])
