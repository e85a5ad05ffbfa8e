"""Every cassette, whatever recorded it: no secret in it, and every response valid against its spec.

The spec check uses openapi-core, a validator that did not come from this project, so the specs,
the sandbox (or the real vendor) and our clients cannot drift apart unnoticed.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
import yaml
from openapi_core import OpenAPI
from openapi_core.testing import MockRequest, MockResponse

from scankit_codegen.extensions import load_vendor
from scankit_codegen.registry import vendors

ROOT = Path(__file__).resolve().parent.parent
CASSETTES = Path(__file__).resolve().parent / "vendors" / "cassettes"
VENDORS = vendors()
# every credential header a spec declares, and cookies
AUTH_HEADERS = {s.header.lower() for v in VENDORS for s in load_vendor(v).schemes.values()} | {"cookie", "set-cookie"}
# what a leaked credential looks like: sandbox keys, bearer/basic values, JWTs, common key prefixes
SECRET_LOOKING = re.compile(
    r"sandbox-[a-z]+-(key|token)|\b(Bearer|Basic) (?!\[REDACTED\])\S+|eyJ[A-Za-z0-9_-]{10,}\.|\bsk-[A-Za-z0-9]{8,}"
)


def cassettes(vendor: str | None = None) -> list[Path]:
    pattern = f"test_{vendor}/*.yaml" if vendor else "*/*.yaml"
    return sorted(CASSETTES.glob(pattern))


def scenarios(vendor: str) -> None:
    """Recorded scenarios are written per vendor (tests/vendors/test_<vendor>.py, then `make record`);
    a new spec has none until someone writes them. Its operations are still called, sync and async,
    by the tests generated from its spec (tests/test_operations.py)."""
    if not (Path(__file__).parent / "vendors" / f"test_{vendor}.py").exists():
        pytest.skip(f"no recorded scenarios for {vendor} yet (tests/vendors/test_{vendor}.py)")


def interactions(path: Path) -> list[dict[str, Any]]:
    return list(yaml.safe_load(path.read_text())["interactions"])


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_vendor_has_cassettes_with_several_pages_and_an_error(vendor: str) -> None:
    scenarios(vendor)
    files = cassettes(vendor)
    assert files, f"no cassettes for {vendor}: run `make record VENDOR={vendor}`"
    every = [i for f in files for i in interactions(f)]
    assert any(i["response"]["status"]["code"] >= 400 for i in every), "at least one error body"
    lists = [i for i in every if i["request"]["method"] == "GET" and ("page" in i["request"]["uri"])]
    assert len(lists) >= 2, "lists are recorded across several pages"


@pytest.mark.parametrize("path", cassettes(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_no_secret_in_any_cassette(path: Path) -> None:
    text = path.read_text()
    assert not SECRET_LOOKING.search(text), SECRET_LOOKING.search(text)
    for interaction in interactions(path):
        for side in ("request", "response"):
            for name, values in interaction[side]["headers"].items():
                if name.lower() in AUTH_HEADERS:
                    assert values == ["[REDACTED]"], f"{name} is not scrubbed in {path.name}"


@cache
def spec_for(vendor: str) -> tuple[OpenAPI, str]:
    import importlib

    api = OpenAPI.from_file_path(str(ROOT / "specs" / vendor / "openapi.yaml"))
    info = importlib.import_module(f"scankit.vendors.{vendor}").VENDOR
    # a per-customer host (CloneGuard) has no default: cassettes use the docs' example host
    base = info.base_url or info.servers[0]
    return api, base


@pytest.mark.parametrize("path", cassettes(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_recorded_response_matches_its_spec(path: Path) -> None:
    vendor = path.parent.name.removeprefix("test_")
    api, _ = spec_for(vendor)
    for interaction in interactions(path):
        req, resp = interaction["request"], interaction["response"]
        url = urlsplit(req["uri"])
        host = f"{url.scheme}://{url.netloc}"  # openapi-core matches the server by the full URL
        body = req.get("body") or b""
        request = MockRequest(
            host,
            req["method"],
            url.path,
            args=parse_qsl(url.query, keep_blank_values=True),
            headers={k: v[0] for k, v in req["headers"].items()},
            data=body.encode() if isinstance(body, str) else body,
        )
        headers = {k: v[0] for k, v in resp["headers"].items()}
        content = resp["body"]["string"]
        response = MockResponse(
            content.encode() if isinstance(content, str) else content,
            status_code=resp["status"]["code"],
            headers=headers,
            content_type=headers.get("content-type", headers.get("Content-Type", "application/json")).split(";")[0],
        )
        try:
            api.validate_response(request, response)
        except Exception as exc:  # openapi-core's errors carry the details in __cause__ / schema_errors
            details = getattr(exc, "__cause__", None)
            errors = getattr(details, "schema_errors", None) or [details]
            pytest.fail(f"{req['method']} {req['uri']} -> {resp['status']['code']}: {exc}: {errors}")


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_operation_in_the_spec_has_a_recorded_call(vendor: str) -> None:
    """A new operation in a spec needs a scenario in tests/vendors/ (and `make record`)."""
    scenarios(vendor)
    spec = yaml.safe_load((ROOT / "specs" / vendor / "openapi.yaml").read_text())
    _, base = spec_for(vendor)
    base_path = urlsplit(base).path.rstrip("/")
    recorded = {
        (i["request"]["method"].upper(), urlsplit(i["request"]["uri"]).path.removeprefix(base_path))
        for path in cassettes(vendor)
        for i in interactions(path)
    }
    missing = []
    for template, item in spec["paths"].items():
        pattern = re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", template) + "$")
        for method, op in item.items():
            if isinstance(op, dict) and not any(m == method.upper() and pattern.match(p) for m, p in recorded):
                missing.append(f"{method.upper()} {template} ({op.get('operationId')})")
    assert not missing, f"no cassette calls: {missing}"
