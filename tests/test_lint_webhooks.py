"""The x-scankit-webhooks lint passes the real specs and names what is wrong in a broken block."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from scankit_codegen.lint_specs import webhook_conventions
from scankit_codegen.registry import vendors

ROOT = Path(__file__).resolve().parent.parent


def load(vendor: str) -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load((ROOT / "specs" / vendor / "openapi.yaml").read_text())
    return spec


@pytest.mark.parametrize("vendor", vendors())
def test_the_real_blocks_pass(vendor: str) -> None:
    """A spec with webhooks passes, and so does one without (there is nothing to check)."""
    assert webhook_conventions(load(vendor)) == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda b: b.update(event_schema="Nope"), "event_schema 'Nope' is not in components.schemas"),
        (lambda b: b["signature"].update(algorithm="md5"), "signature.algorithm must be one of"),
        (lambda b: b["signature"].update(signed="{body}.{timestamp}"), "signature.signed must be one of"),
        (lambda b: b["signature"].update(encodings=["hex", "rot13"]), "signature.encodings"),
        (lambda b: b["timestamp"].update(unit="minutes"), "timestamp.unit must be one of"),
        (lambda b: b.pop("timestamp"), "a signed timestamp needs timestamp.header"),
        (lambda b: b.update(event_type={"body": "kind"}), "event_type.body 'kind' is not a property path"),
        (lambda b: b.update(event_id={}), "event_id needs exactly one of header or body"),
        (lambda b: b.update(inferred=["retry.jitter"]), "inferred: names 'retry.jitter'"),
        (lambda b: b.pop("source"), "source is missing"),
        (lambda b: b["retry"].update(success="ok"), "retry.success must be 2xx or one status code"),
    ],
)
def test_a_broken_block_fails(change: Any, expected: str) -> None:
    spec = copy.deepcopy(load("hostedscan"))
    change(spec["x-scankit-webhooks"])
    problems = webhook_conventions(spec)
    assert any(expected in p for p in problems), problems


def test_a_body_timestamp_path_is_checked() -> None:
    spec = copy.deepcopy(load("passentry"))
    spec["x-scankit-webhooks"]["timestamp"]["body"] = "data.attributes.when"
    assert any("timestamp.body" in p for p in webhook_conventions(spec))
