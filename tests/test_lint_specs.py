"""The conventions lint catches what the generator would accept silently."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from lint_specs import conventions


def spec(**op: Any) -> dict[str, Any]:
    base = {
        "operationId": "listScans",
        "tags": ["scans"],
        "x-scankit-method": "list",
        "x-scankit-source": "seed 001",
        "security": [{"Key": []}],
        "x-scankit-pagination": {"style": "cursor"},
        "responses": {},
    }
    base.update(op)
    return {"x-scankit": {"vendor": "V", "env_key": "V_API_KEY"}, "paths": {"/scans": {"get": base}}}


def test_a_good_operation_passes() -> None:
    assert conventions("v", spec()) == []


def test_missing_pieces_are_named() -> None:
    problems = conventions("v", spec(**{"x-scankit-method": None, "tags": ["a", "b"]}))
    assert "GET /scans: x-scankit-method is missing" in problems
    assert any("exactly one tag" in p for p in problems)


def test_a_list_without_pagination_and_a_bad_rate_limit() -> None:
    bad = spec(**{"x-scankit-pagination": None})
    del bad["paths"]["/scans"]["get"]["x-scankit-pagination"]
    bad["x-scankit"]["rate_limit"] = {"scope": "galaxy"}
    problems = conventions("v", bad)
    assert any("needs x-scankit-pagination" in p for p in problems)
    assert any("scope" in p for p in problems)
