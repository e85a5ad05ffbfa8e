"""Every fault kind, asked for per request (``x-sandbox-fault``) or by configuration, through the
scankit clients: each maps to the right scankit error, or is retried and then succeeds."""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any

import httpx
import pytest
from spec_samples import at

import scankit
from scankit.sandbox import FAULT_HEADER, FAULT_KINDS, Faults, Sandbox, build_app, headers
from scankit.sandbox._base import ConnectionDropped
from scankit_codegen.examples import python_name
from scankit_codegen.extensions import Operation, VendorSpec, load_vendor
from scankit_codegen.openapi import resolve, resolve_schema, schema_at, success_body
from scankit_codegen.readme import listing
from scankit_codegen.registry import vendors

MODELS = {vendor: load_vendor(vendor) for vendor in vendors()}
EVERY = pytest.mark.parametrize("vendor", list(MODELS))


def first_id(sandbox: Sandbox, vendor: str) -> Any:
    return sandbox.app.state.vendors[vendor].records("Scan")[0]["id"]


def hostedscan(sandbox: Sandbox, recorder: Any, fast: Any, **kwargs: Any) -> Any:
    return fast(sandbox.client("hostedscan", http_client=recorder.http(), **kwargs))


@pytest.mark.parametrize(
    ("fault", "error"),
    [
        ("500", scankit.InternalServerError),
        ("503", scankit.InternalServerError),
        ("520", scankit.InternalServerError),
        ("html", scankit.InternalServerError),  # a proxy's 502 HTML page
        ("429", scankit.RateLimitError),
        ("drop", scankit.APIConnectionError),
        ("malformed", scankit.ResponseValidationError),
    ],
)
def test_each_fault_maps_to_a_scankit_error(
    scankit_sandbox: Sandbox, fault: str, error: type[Exception], traffic: Any, fast: Any
) -> None:
    recorder = traffic(fault)
    with hostedscan(scankit_sandbox, recorder, fast, max_retries=0) as hs, pytest.raises(error) as caught:
        hs.scans.get(first_id(scankit_sandbox, "hostedscan"))
    assert "HostedScan scans.get" in str(caught.value)
    assert recorder.statuses == (
        [] if fault == "drop" else [200] if fault == "malformed" else [int(fault) if fault.isdigit() else 502]
    )


@pytest.mark.parametrize("fault", ["500", "503", "520", "html", "429", "drop"])
def test_transient_faults_are_retried(scankit_sandbox: Sandbox, fault: str, traffic: Any, fast: Any) -> None:
    recorder = traffic(fault, times=1)
    with hostedscan(scankit_sandbox, recorder, fast) as hs:
        scan_id = first_id(scankit_sandbox, "hostedscan")
        assert hs.scans.get(scan_id).id == scan_id
    assert recorder.statuses[-1] == 200 and recorder.sent == 2


def test_retries_give_up_on_a_persistent_fault(scankit_sandbox: Sandbox, traffic: Any, fast: Any) -> None:
    recorder = traffic("503")
    with hostedscan(scankit_sandbox, recorder, fast, max_retries=2) as hs, pytest.raises(scankit.InternalServerError):
        hs.scans.get(first_id(scankit_sandbox, "hostedscan"))
    assert recorder.statuses == [503, 503, 503]


def list_call(client: Any, op: Operation) -> Any:
    """The first item of a list that needs no argument (the README's), as a user reads it."""
    return next(iter(getattr(getattr(client, op.tag), op.verb)(max_items=1)), None)


def list_url(sandbox: Sandbox, model: VendorSpec) -> str:
    return sandbox.base_url(model.slug) + listing(model).path


def vendor_message(model: VendorSpec, body: Any) -> str | None:
    """The vendor's own words in an error body, where its spec's `x-scankit.errors` says they are."""
    errors = model.meta.errors
    if errors is None:
        return None
    for path in errors.message:
        found = at(body, path.split("."))
        if isinstance(found, str) and found:
            return found
    for path in errors.details:
        details = at(body, path.split("."))
        if isinstance(details, list) and details:
            first = details[0]
            found = at(first, errors.detail_message.split(".")) if errors.detail_message else first
            if isinstance(found, str) and found:
                return found
    return None


@EVERY
def test_429_fault_uses_each_vendors_error_and_is_retried(
    scankit_sandbox: Sandbox, vendor: str, traffic: Any, fast: Any
) -> None:
    recorder = traffic("429", times=1)
    with fast(scankit_sandbox.client(vendor, http_client=recorder.http())) as client:
        assert list_call(client, listing(MODELS[vendor])) is not None
    assert recorder.statuses == [429, 200]


@EVERY
def test_injected_429_is_the_vendors_declared_answer(
    scankit_sandbox: Sandbox, vendor: str, traffic: Any, fast: Any
) -> None:
    """The body is where `x-scankit.errors` says (and the 429's example, when the spec shows one);
    the wait is in the declared retry header (a vendor known to send a wrong one: its data file's)."""
    model = MODELS[vendor]
    answer = httpx.get(list_url(scankit_sandbox, model), headers={**headers(vendor), FAULT_HEADER: "429"})
    assert answer.status_code == 429
    body = answer.json()
    example = declared_429_example(model)
    if example is not None:
        assert body == example
    message = vendor_message(model, body)
    assert message, f"{vendor}: no message where x-scankit.errors says, in {body}"
    limit = model.meta.rate_limit
    name = (limit.headers.retry_after if limit else None) or "Retry-After"
    fixed = (scankit_sandbox.app.state.vendors[vendor].data.get("rate_limit") or {}).get("retry_after")
    if fixed is not None:
        assert limit is not None and not limit.retry_after_trusted  # only a vendor whose header is known to be wrong
        assert answer.headers[name] == str(fixed)
    elif limit is None or limit.headers.retry_after_format in (None, "delta_seconds"):
        assert float(answer.headers[name]) == Faults().retry_after
    else:
        assert answer.headers[name]
    # the typed error a user catches names the vendor's own words
    with (
        fast(scankit_sandbox.client(vendor, max_retries=0, http_client=traffic("429").http())) as client,
        pytest.raises(scankit.RateLimitError) as caught,
    ):
        list_call(client, listing(model))
    assert message in str(caught.value)


def declared_429_example(model: VendorSpec) -> Any:
    response = resolve(model.document, (listing(model).raw.get("responses") or {}).get("429"))
    media = ((response or {}).get("content") or {}).get("application/json") or {}
    return media.get("example")


def test_advalidation_html_fault_is_its_404_page(scankit_sandbox: Sandbox, traffic: Any, fast: Any) -> None:
    """Advalidation alone: its data file's `faults.html` is the vendor's own HTML 404 page (seen in the
    wild), which no spec states; the client must still raise the typed error for the status."""
    recorder = traffic("html")
    with (
        fast(scankit_sandbox.client("advalidation", http_client=recorder.http())) as adv,
        pytest.raises(scankit.NotFoundError) as caught,
    ):
        adv.campaigns.get(100)
    assert "404 Not Found" in str(caught.value)
    assert recorder.statuses == [404]


def enum_field(model: VendorSpec, unknown: Mapping[str, str]) -> tuple[Operation, tuple[str, ...]] | None:
    """A list and the path, in its items, to a field the unknown-enum fault changes (an enum of the
    spec), found by walking the items' schema (objects only, not through arrays); None when no list has one."""
    lists = [
        op
        for op in model.operations
        if op.pagination and not any(p.get("required") and p["in"] != "path" for p in op.parameters)
    ]
    for op in sorted(lists, key=lambda o: any(p["in"] == "path" for p in o.parameters)):
        _, schema = success_body(model.document, op.raw)
        assert op.pagination is not None
        array = resolve_schema(
            model.document,
            schema_at(model.document, schema, op.pagination.items) if op.pagination.items != "." else schema,
        )
        found = _walk(model.document, array.get("items") or {}, unknown, (), 0)
        if found is not None:
            return op, found
    return None


def _walk(
    document: Any, schema: Any, unknown: Mapping[str, str], path: tuple[str, ...], depth: int
) -> tuple[str, ...] | None:
    node = resolve_schema(document, schema)
    members = [m for key in ("allOf", "anyOf", "oneOf") for m in node.get(key) or []]
    props: dict[str, Any] = dict(node.get("properties") or {})
    for member in members:
        props.update(resolve_schema(document, member).get("properties") or {})
    for name, sub in props.items():
        resolved = resolve_schema(document, sub)
        if name in unknown and (
            resolved.get("enum")
            or any(resolve_schema(document, m).get("enum") for k in ("anyOf", "oneOf") for m in resolved.get(k) or [])
        ):
            return (*path, name)
    for name, sub in props.items():
        if depth < 4:
            found = _walk(document, sub, unknown, (*path, name), depth + 1)
            if found is not None:
                return found
    return None


def enum_cases() -> list[Any]:
    app = build_app(vendors=list(MODELS), rate_limits=False)
    cases = []
    for vendor, model in MODELS.items():
        found = enum_field(model, app.state.vendors[vendor].unknown_values())
        if found is not None:
            cases.append(
                pytest.param(
                    vendor, found[0].operation_id, found[1], id=f"{vendor}-{found[0].call}-{'.'.join(found[1])}"
                )
            )
    return cases


@pytest.mark.parametrize(("vendor", "operation_id", "path"), enum_cases())
def test_unknown_enum_values_are_kept(
    scankit_sandbox: Sandbox, vendor: str, operation_id: str, path: tuple[str, ...], traffic: Any, fast: Any
) -> None:
    app = scankit_sandbox.app.state.vendors[vendor]
    op = MODELS[vendor].operation(operation_id)
    sandbox_op = app.spec.by_id[operation_id]
    kwargs = {python_name(p): app.records(sandbox_op.parents[p])[0]["id"] for p in sandbox_op.path_params}
    with fast(scankit_sandbox.client(vendor, http_client=traffic("unknown-enum").http())) as client:
        value = next(iter(getattr(getattr(client, op.tag), op.verb)(**kwargs, max_items=1)))
    for name in path:  # as a user reads it: `scan.state`, `scan.attributes.status`
        value = getattr(value, python_name(name))
    assert value.is_unknown and value in app.unknown_values().values()


def test_slow_fault_times_out_and_short_slowness_does_not(scankit_sandbox: Sandbox, traffic: Any, fast: Any) -> None:
    scan_id = first_id(scankit_sandbox, "hostedscan")
    started = time.monotonic()
    with (
        hostedscan(scankit_sandbox, traffic("slow=6"), fast, max_retries=0, timeout=0.3) as hs,
        pytest.raises(scankit.APITimeoutError),
    ):
        hs.scans.get(scan_id)
    assert time.monotonic() - started < 4  # the client gave up at its timeout, not after the 6 s
    started = time.monotonic()
    with hostedscan(scankit_sandbox, traffic("slow=0.2"), fast) as hs:
        assert hs.scans.get(scan_id).id == scan_id
    assert time.monotonic() - started >= 0.2


def test_a_dropped_connection_never_hangs_a_raw_client(scankit_sandbox: Sandbox) -> None:
    started = time.monotonic()
    with pytest.raises(httpx.RemoteProtocolError):
        httpx.get(scankit_sandbox.url + "/hostedscan/v1/scans", headers={"x-sandbox-fault": "drop"}, timeout=5)
    assert time.monotonic() - started < 5  # closed at once, not left to a timeout


def test_unknown_fault_kind_is_refused(scankit_sandbox: Sandbox) -> None:
    response = httpx.get(scankit_sandbox.url + "/hostedscan/v1/scans", headers={"x-sandbox-fault": "explode"})
    assert response.status_code == 400 and "unknown fault kind 'explode'" in response.text
    assert set(FAULT_KINDS) >= {"429", "500", "503", "520", "drop", "malformed", "html", "unknown-enum", "slow"}


def test_configured_latency_applies_to_every_request() -> None:
    with Sandbox(["hostedscan"], faults=Faults(latency=0.15), rate_limits=False) as sandbox:
        for _ in range(2):
            started = time.monotonic()
            httpx.get(sandbox.url + "/hostedscan/v1/risks/none", headers={"X-HOSTEDSCAN-API-KEY": "x"})
            assert time.monotonic() - started >= 0.15


async def test_configured_fault_rates_are_seeded_and_in_process_drops_raise() -> None:
    async def run(seed: int) -> list[int]:
        app = build_app(vendors=["hostedscan"], seed=seed, faults=Faults(rates={"500": 0.3, "503": 0.2}))
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://sandbox") as client:
            key = {"X-HOSTEDSCAN-API-KEY": "sandbox-hostedscan-key"}
            return [(await client.get("/hostedscan/v1/targets", headers=key)).status_code for _ in range(40)]

    first = await run(7)
    assert first == await run(7)
    assert {200, 500, 503} == set(first)

    app = build_app(vendors=["hostedscan"], faults=Faults(rates={"drop": 1.0}))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://sandbox") as client:
        with pytest.raises(ConnectionDropped):
            await client.get("/hostedscan/v1/scans")


def test_faults_validate_their_configuration() -> None:
    with pytest.raises(ValueError, match="unknown fault kind"):
        Faults(rates={"teapot": 0.1})
    with pytest.raises(ValueError, match="between 0 and 1"):
        Faults(rates={"500": 1.5})
    with pytest.raises(ValueError, match="KIND=RATE"):
        Faults.parse(["500"])
    assert Faults.parse(["500=0.25", "drop=0.01"], latency=0.1).rates == {"500": 0.25, "drop": 0.01}
