"""The generated packages and facades, checked against the specs they come from.

- every parameter in a spec is an argument of the generated function (the stock generator drops
  `content:` query parameters silently; our script rewrites them) and of the facade method;
- every operation is reachable as `client.<tag>.<x-scankit-method>`;
- responses with a non-standard status (520) do not crash; unknown enum values are kept;
  date-times are timezone-aware; a config key the generator does not know is refused.
"""

from __future__ import annotations

import datetime
import enum
import importlib
import inspect
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from openapi_python_client.strings import PythonIdentifier

from scankit_codegen import generate
from scankit_codegen.registry import vendors

ROOT = Path(__file__).resolve().parent.parent
VENDORS = vendors()


def operations(vendor: str) -> list[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    spec = yaml.safe_load((ROOT / "specs" / vendor / "openapi.yaml").read_text())
    out = []
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and "operationId" in op:
                out.append((method, path, op, spec))
    return out


def resolve_param(param: dict[str, Any], spec: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in param:
        return spec["components"]["parameters"][param["$ref"].rsplit("/", 1)[1]]
    return param


CASES = [(v, op["operationId"]) for v in VENDORS for _, _, op, _ in operations(v)]


@pytest.mark.parametrize(("vendor", "operation_id"), CASES)
def test_every_parameter_reaches_the_generated_function_and_the_facade(vendor: str, operation_id: str) -> None:
    _, _, op, spec = next(o for o in operations(vendor) if o[2]["operationId"] == operation_id)
    tag = op["tags"][0]
    module = importlib.import_module(
        f"scankit_{vendor}.api.{PythonIdentifier(tag, 'tag')}.{PythonIdentifier(operation_id, 'field')}"
    )
    generated = inspect.signature(module.sync_detailed).parameters
    facade = importlib.import_module(f"scankit.vendors.{vendor}")
    client_cls = next(
        c
        for c in vars(facade).values()
        if isinstance(c, type) and c.__module__ == facade.__name__ and issubclass(c, facade.SyncClient)
    )
    resource_cls = inspect.get_annotations(client_cls, eval_str=True)[tag]
    method = getattr(resource_cls, op["x-scankit-method"])
    facade_params = inspect.signature(method).parameters
    for raw in op.get("parameters", []):
        param = resolve_param(raw, spec)
        name = str(PythonIdentifier(param["name"], "field"))
        assert name in generated, f"{vendor} {operation_id}: {param['name']} is missing from the generated function"
        assert name in facade_params, (
            f"{vendor} {operation_id}: {param['name']} is missing from client.{tag}.{op['x-scankit-method']}"
        )
    if "requestBody" in op:
        assert "body" in generated
        assert "body" in facade_params
    if "x-scankit-pagination" in op:
        assert "max_items" in facade_params


@pytest.mark.parametrize("vendor", VENDORS)
def test_generated_code_survives_a_520(vendor: str) -> None:
    _method, _path, op, _spec = next(o for o in operations(vendor) if o[0] == "get")
    pkg = importlib.import_module(f"scankit_{vendor}")
    module = importlib.import_module(
        f"scankit_{vendor}.api.{PythonIdentifier(op['tags'][0], 'tag')}.{PythonIdentifier(op['operationId'], 'field')}"
    )
    client = pkg.AuthenticatedClient(base_url="http://x", token="t")
    client.set_httpx_client(
        httpx.Client(base_url="http://x", transport=httpx.MockTransport(lambda r: httpx.Response(520, json={})))
    )
    required = {
        name: (1 if p.annotation in ("int",) else "x")
        for name, p in inspect.signature(module.sync_detailed).parameters.items()
        if p.default is inspect.Parameter.empty and name != "client"
    }
    response = module.sync_detailed(client=client, **required)
    assert response.status_code == 520


def enum_classes() -> list[tuple[str, type[enum.Enum]]]:
    found = []
    for vendor in VENDORS:
        models = importlib.import_module(f"scankit_{vendor}.models")
        for name in models.__all__:
            obj = getattr(models, name)
            if isinstance(obj, type) and issubclass(obj, enum.Enum):
                found.append((f"{vendor}.{name}", obj))
    return found


@pytest.mark.parametrize(("name", "cls"), enum_classes(), ids=[n for n, _ in enum_classes()])
def test_unknown_enum_values_are_kept(name: str, cls: type[enum.Enum]) -> None:
    known = next(iter(cls))
    new_value: Any = "SOMETHING_NEW" if isinstance(known.value, str) else 987654
    member = cls(new_value)
    assert isinstance(member, cls)
    assert member.is_unknown  # type: ignore[attr-defined]
    assert member == new_value
    assert member.value == new_value
    assert not known.is_unknown  # type: ignore[attr-defined]
    assert list(cls) == [m for m in cls if not m.is_unknown]  # type: ignore[attr-defined]
    with pytest.raises(ValueError, match="None"):
        cls(None)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2025-01-13T13:05:00Z", datetime.datetime(2025, 1, 13, 13, 5, tzinfo=datetime.UTC)),
        ("2025-01-13t13:05:00z", datetime.datetime(2025, 1, 13, 13, 5, tzinfo=datetime.UTC)),
        ("2025-01-13T15:05:00+02:00", datetime.datetime(2025, 1, 13, 13, 5, tzinfo=datetime.UTC)),
        ("2025-01-13T13:05:00", datetime.datetime(2025, 1, 13, 13, 5, tzinfo=datetime.UTC)),
    ],
)
def test_datetimes_are_aware(raw: str, expected: datetime.datetime) -> None:
    from scankit_passentry.types import parse_datetime

    parsed = parse_datetime(raw)
    assert parsed.tzinfo is not None
    assert parsed == expected


def test_config_with_an_unknown_key_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "hostedscan").mkdir()
    (tmp_path / "hostedscan" / "codegen.yaml").write_text(
        "project_name_override: scankit-hostedscan\npackage_name_override: scankit_hostedscan\nliteral_enum: true\n"
    )
    monkeypatch.setattr(generate, "SPECS", tmp_path)
    with pytest.raises(generate.GenerationError, match="literal_enum"):
        generate.check_config("hostedscan")


def test_json_and_deep_object_query_parameters_are_rewritten_for_the_generator() -> None:
    spec = {
        "paths": {
            "/x": {
                "get": {
                    "parameters": [
                        {
                            "name": "filters",
                            "in": "query",
                            "content": {"application/json": {"schema": {"type": "object"}}},
                        },
                        {
                            "name": "q",
                            "in": "query",
                            "style": "deepObject",
                            "explode": True,
                            "schema": {"type": "object"},
                        },
                    ]
                }
            }
        }
    }
    view = generate.codegen_view(spec)
    filters, q = view["paths"]["/x"]["get"]["parameters"]
    assert filters["schema"]["type"] == "string"
    assert filters["x-scankit-json"] == {"type": "object"}
    assert q["name"] == "q[]"
    assert "content" in spec["paths"]["/x"]["get"]["parameters"][0], "the source spec is not modified"
