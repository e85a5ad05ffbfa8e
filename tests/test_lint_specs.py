"""The conventions lint catches what the generator would accept silently."""

from __future__ import annotations

from typing import Any

from scankit_codegen.lint_specs import conventions


def spec(**op: Any) -> dict[str, Any]:
    base = {
        "operationId": "listScans",
        "tags": ["scans"],
        "x-scankit-method": "list",
        "x-scankit-source": "seed 001",
        "security": [{"Key": []}],
        "x-scankit-pagination": {"style": "cursor", "items": "data", "cursor_param": "c", "next_cursor": "next"},
        "responses": {},
    }
    base.update(op)
    return {
        "x-scankit": {"vendor": "V", "env_key": "V_API_KEY"},
        "x-scankit-coverage": coverage("listScans"),
        "paths": {"/scans": {"get": base}},
        "components": {"securitySchemes": SCHEMES},
    }


SCHEMES = {"Key": {"type": "apiKey", "in": "header", "name": "X-Key"}}


def coverage(*operation_ids: str) -> dict[str, Any]:
    """`x-scankit-coverage` naming each operation as covered by itself."""
    return {"operations": [{"name": o, "doc": f"https://docs.example.test/{o}", "covered": o} for o in operation_ids]}


def test_a_good_operation_passes() -> None:
    assert conventions("v", spec()) == []


def test_missing_pieces_are_named() -> None:
    problems = conventions("v", spec(**{"x-scankit-method": None, "tags": ["a", "b"]}))
    assert "#/paths/~1scans/get/x-scankit-method: is required" in problems
    assert any("exactly one tag" in p for p in problems)


def test_coverage_is_required_and_names_real_operations() -> None:
    """Every spec says which of the vendor's documented operations it covers (the reference page's table)."""
    missing = spec()
    del missing["x-scankit-coverage"]
    assert any(p.startswith("#/x-scankit-coverage: is required") for p in conventions("v", missing))
    wrong = spec()
    wrong["x-scankit-coverage"]["operations"] += [
        {"name": "Gone", "doc": "https://docs.example.test/gone", "covered": "getGone"},
        {"name": "Later", "doc": "http://docs.example.test/later", "reason": "not yet", "page": 3},
    ]
    problems = conventions("v", wrong)
    assert "#/x-scankit-coverage/operations/1/covered: no operation 'getGone'" in problems
    assert any(p.startswith("#/x-scankit-coverage/operations/2/doc: must be an https URL") for p in problems)
    assert any(p.startswith("#/x-scankit-coverage/operations/2/page: unknown key") for p in problems)


def test_a_list_without_pagination_and_a_bad_rate_limit() -> None:
    bad = spec(**{"x-scankit-pagination": None})
    del bad["paths"]["/scans"]["get"]["x-scankit-pagination"]
    bad["x-scankit"]["rate_limit"] = {"scope": "galaxy"}
    problems = conventions("v", bad)
    assert any("needs x-scankit-pagination" in p for p in problems)
    assert any("scope" in p for p in problems)


def waiter_spec(**waiter: Any) -> dict[str, Any]:
    """A spec with one `scans.get` whose resource has an enum `state`, and a waiter on it."""
    block: dict[str, Any] = {
        "state": "state",
        "success": ["DONE"],
        "failure": ["FAILED"],
        "pending": ["QUEUED", "RUNNING"],
        "progress": "progress",
        "poll_interval": 10,
        "started_by": {"createScan": "$response.body#/data/id"},
        "x-scankit-source": "seed 001",
    }
    block.update(waiter)
    get = {
        "operationId": "getScan",
        "tags": ["scans"],
        "x-scankit-method": "get",
        "x-scankit-source": "seed 001",
        "x-scankit-unwrap": "data",
        "security": [{"Key": []}],
        "x-scankit-waiter": {k: v for k, v in block.items() if v is not None},
        "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Env"}}}}},
    }
    create = {**get, "operationId": "createScan", "x-scankit-method": "create"}
    del create["x-scankit-waiter"]
    schemas = {
        "Env": {"type": "object", "properties": {"data": {"$ref": "#/components/schemas/Scan"}}},
        "Scan": {
            "type": "object",
            "properties": {
                "state": {"$ref": "#/components/schemas/State"},
                "progress": {"type": "integer"},
            },
        },
        "State": {"type": "string", "enum": ["QUEUED", "RUNNING", "DONE", "FAILED"]},
    }
    return {
        "x-scankit": {"vendor": "V", "env_key": "V_API_KEY"},
        "x-scankit-coverage": coverage("getScan", "createScan"),
        "paths": {"/scans/{id}": {"get": get}, "/scans": {"post": create}},
        "components": {"schemas": schemas, "securitySchemes": SCHEMES},
    }


def test_a_good_waiter_passes() -> None:
    assert conventions("v", waiter_spec()) == []


def test_a_waiter_sits_on_any_get_and_only_on_a_get() -> None:
    """Polling must be safe to repeat: a GET of another verb (the patterns spec's `reports.result`) may
    carry the waiter, a POST may not (specs/CONVENTIONS.md)."""
    spec = waiter_spec()
    spec["paths"]["/scans/{id}"]["get"]["x-scankit-method"] = "result"
    assert conventions("v", spec) == []
    spec["paths"]["/scans/{id}"]["post"] = spec["paths"]["/scans/{id}"].pop("get")
    problems = conventions("v", spec)
    assert any("/post/x-scankit-waiter: belongs on a GET operation" in p for p in problems), problems


def test_a_waiter_that_would_hang_or_lies_is_refused() -> None:
    # RUNNING left out: a documented state no list names would keep a wait going until its timeout.
    problems = conventions("v", waiter_spec(pending=["QUEUED"], success=["DONE", "FINISHED"]))
    assert any("documented states ['RUNNING']" in p for p in problems), problems
    assert any("['FINISHED'] are not values of state" in p for p in problems), problems


def test_a_waiter_on_a_missing_state_or_operation_is_refused() -> None:
    problems = conventions(
        "v",
        waiter_spec(state="status", progress="percent", started_by={"startScan": "id"}, poll_interval=None),
    )
    assert any("state 'status' is not a property" in p for p in problems), problems
    assert any("progress 'percent'" in p for p in problems), problems
    assert any("no operation 'startScan'" in p for p in problems), problems
    assert any("'id' is not $response.body" in p for p in problems), problems
    assert any("poll_interval (seconds) is required" in p for p in problems), problems


def test_case_insensitive_states_collide_and_need_a_source() -> None:
    problems = conventions(
        "v", waiter_spec(case_insensitive=True, failure=["FAILED", "done"], **{"x-scankit-source": None})
    )
    assert any("'done' is in both success and failure" in p for p in problems), problems
    assert any("x-scankit-waiter/x-scankit-source: is missing" in p for p in problems), problems


def test_the_vendor_specs_declare_their_waiters() -> None:
    """Every waiter in a spec sits on its resource's `get`; a scan that runs (HostedScan's) has one."""
    from scankit_codegen.extensions import load_vendor
    from scankit_codegen.registry import vendors

    waiters = {
        vendor: [op.operation_id for op in load_vendor(vendor).operations if op.waiter is not None]
        for vendor in vendors()
    }
    assert all(op_id.startswith("get") for ops in waiters.values() for op_id in ops), waiters
    assert waiters["hostedscan"] == ["getScan"]
