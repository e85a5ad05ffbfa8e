"""The sandbox sends real, signed webhooks to a receiver on 127.0.0.1 that verifies them with scankit.

The vendors are the specs with `x-scankit-webhooks`; what each delivery must look like (its events,
where the type is, the User-Agent, how often a failed one is retried) is read from the spec, so a new
spec with webhooks is tested by existing.
"""

from __future__ import annotations

import importlib
import shutil
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from run_cases import CASES, RunCase

from scankit._vendor import WebhookInfo
from scankit.sandbox import Sandbox, SpecError, build_app
from scankit.sandbox._webhooks import _DEFAULT_ATTEMPTS
from scankit_codegen.extensions import load_vendor
from scankit_codegen.registry import vendors

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from spec_samples import at
from webhook_receiver import Receiver

SECRET = "sandbox-webhook-secret-3b9a"
MODELS = {vendor: load_vendor(vendor) for vendor in vendors()}
VENDORS = [vendor for vendor, model in MODELS.items() if model.webhooks is not None]
WITHOUT = [vendor for vendor, model in MODELS.items() if model.webhooks is None]
EACH = pytest.mark.parametrize("vendor", VENDORS)


def hooks(vendor: str) -> WebhookInfo:
    info: WebhookInfo | None = importlib.import_module(f"scankit.vendors.{vendor}").VENDOR.webhooks
    assert info is not None
    return info


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(VENDORS, rate_limits=False) as sb:
        yield sb


def register(sandbox: Sandbox, receiver: Receiver, **extra: Any) -> str:
    body = {"vendor": receiver.vendor, "url": receiver.url, "secret": SECRET, "retry_delay": 0, **extra}
    response = httpx.post(f"{sandbox.url}/_sandbox/webhooks", json=body)
    assert response.status_code == 201, response.text
    assert SECRET not in response.text
    registration: str = response.json()["id"]
    return registration


def send(sandbox: Sandbox, vendor: str, event: str | None = None) -> httpx.Response:
    body = {"vendor": vendor} if event is None else {"vendor": vendor, "event": event}
    return httpx.post(f"{sandbox.url}/_sandbox/webhooks/test", json=body)


@pytest.fixture
def hooked(sandbox: Sandbox) -> Iterator[list[str]]:
    """Registrations made by one test, removed after it so later tests' events do not reach them."""
    made: list[str] = []
    yield made
    for registration in made:
        httpx.delete(f"{sandbox.url}/_sandbox/webhooks/{registration}")


def deliveries(sandbox: Sandbox, registration: str) -> list[dict[str, Any]]:
    """The attempts made for one registration, once every delivery in flight has finished."""
    url = f"{sandbox.url}/_sandbox/webhooks/deliveries?settle=true"
    data: list[dict[str, Any]] = httpx.get(url, timeout=30).json()["data"]
    return [d for d in data if d["registration"] == registration]


def header(headers: Mapping[str, str], name: str | None) -> str | None:
    return next((v for k, v in headers.items() if name and k.lower() == name.lower()), None)


def type_of(vendor: str, event: Any, headers: Mapping[str, str]) -> str:
    """The event's type where the spec says it is: a header, or a path in the body."""
    info = hooks(vendor)
    found = (
        header(headers, info.event_type_header)
        if info.event_type_header
        else at(event.to_dict(), info.event_type_path or ())
    )
    return str(found)


def id_of(vendor: str, event: Any, headers: Mapping[str, str]) -> Any:
    info = hooks(vendor)
    return (
        header(headers, info.event_id_header) if info.event_id_header else at(event.to_dict(), info.event_id_path or ())
    )


@EACH
def test_every_declared_event_arrives_signed_as_the_spec_says(sandbox: Sandbox, hooked: list[str], vendor: str) -> None:
    declared = hooks(vendor).events
    with Receiver(vendor, SECRET) as receiver:
        hooked.append(register(sandbox, receiver))
        for event in declared:
            answer = send(sandbox, vendor, event)
            assert answer.status_code == 202 and answer.json()["sent"] == event, answer.text
        receiver.wait_for(lambda r: len(r.events) >= len(declared))
        log = deliveries(sandbox, hooked[0])
    assert receiver.refusals == []
    event_model = importlib.import_module(f"scankit.vendors.{vendor}").WebhookPayload
    assert all(isinstance(event, event_model) for event, _ in receiver.events)
    assert sorted(type_of(vendor, e, h) for e, h in receiver.events) == sorted(declared)
    assert all(id_of(vendor, e, h) for e, h in receiver.events)  # each names itself
    agent = hooks(vendor).user_agent
    if agent:
        assert all((header(h, "User-Agent") or "").startswith(agent) for _, h in receiver.events)
    assert [d["event"] for d in log if d["status"] == 200] and {d["event"] for d in log} == set(declared)


def mentions(body: Any, value: str) -> bool:
    """Whether a JSON body holds `value` anywhere (the event is about that record)."""
    if isinstance(body, dict):
        return any(mentions(v, value) for v in body.values())
    if isinstance(body, list):
        return any(mentions(v, value) for v in body)
    return str(body) == value


@EACH
def test_the_test_event_is_about_a_record_the_api_serves(sandbox: Sandbox, hooked: list[str], vendor: str) -> None:
    """`POST /_sandbox/webhooks/test` without an event: the data file's test event, about a record
    (a new one when the data file says so) that the vendor's API has too."""
    with Receiver(vendor, SECRET) as receiver:
        hooked.append(register(sandbox, receiver))
        sent = send(sandbox, vendor).json()
        receiver.wait_for(lambda r: len(r.events) >= 1)
        deliveries(sandbox, hooked[0])
    event, headers = receiver.events[0]
    assert type_of(vendor, event, headers) == sent["sent"] and mentions(event.to_dict(), sent["scan"])
    app = sandbox.app.state.vendors[vendor]
    assert any(str(c.key_of(r)) == sent["scan"] for c in app.store.collections.values() for r in c.records)


@EACH
def test_an_undeclared_event_is_refused(sandbox: Sandbox, vendor: str) -> None:
    answer = send(sandbox, vendor, "scankit.no_such_event")
    assert answer.status_code == 400 and hooks(vendor).events[0] in answer.json()["error"]


@pytest.mark.parametrize("case", [c for c in CASES if c.vendor in VENDORS], ids=str)
def test_a_run_sends_the_events_of_its_state_changes(sandbox: Sandbox, hooked: list[str], case: RunCase) -> None:
    """A run started through the API: its record's state changes arrive as declared events about it."""
    with Receiver(case.vendor, SECRET) as receiver:
        hooked.append(register(sandbox, receiver))
        with sandbox.client(case.vendor) as client:
            arguments = case.arguments(sandbox)
            run_id = case.run_id(arguments, case.start(client)(**arguments))
            for _ in range(10):  # reads move the run on (on the sandbox's clock or its polls)
                if case.states.of_resource(case.get(client)(run_id)) in case.states.success:
                    break
        receiver.wait_for(lambda r: len(r.events) >= 1)
        deliveries(sandbox, hooked[0])
    ours = [(e, h) for e, h in receiver.events if mentions(e.to_dict(), str(run_id))]
    assert ours, [e.to_dict() for e, _ in receiver.events]
    assert {type_of(case.vendor, e, h) for e, h in ours} <= set(hooks(case.vendor).events)
    assert receiver.refusals == []


@EACH
def test_a_failed_delivery_is_retried_with_the_same_event(sandbox: Sandbox, hooked: list[str], vendor: str) -> None:
    attempts = hooks(vendor).retry_attempts or _DEFAULT_ATTEMPTS
    failures = [500, 503][: attempts - 1]
    with Receiver(vendor, SECRET) as receiver:
        receiver.answers = list(failures)
        registration = register(sandbox, receiver)
        hooked.append(registration)
        send(sandbox, vendor)
        log = deliveries(sandbox, registration)
    assert [d["status"] for d in log] == [*failures, 200]
    assert [d["attempt"] for d in log] == list(range(1, len(failures) + 2))
    assert len({d["delivery_id"] for d in log}) == 1
    assert receiver.requests == len(failures) + 1


@EACH
def test_the_vendor_gives_up_after_its_declared_attempts(sandbox: Sandbox, hooked: list[str], vendor: str) -> None:
    attempts = hooks(vendor).retry_attempts or _DEFAULT_ATTEMPTS
    with Receiver(vendor, SECRET) as receiver:
        receiver.answers = [500] * (attempts + 5)
        registration = register(sandbox, receiver)
        hooked.append(registration)
        send(sandbox, vendor)
        log = deliveries(sandbox, registration)
    assert [d["attempt"] for d in log] == list(range(1, attempts + 1))  # the first try and its retries


FAULTS = [
    pytest.param(vendor, fault, id=f"{vendor}-{fault}")
    for vendor in VENDORS
    for fault in ("bad-signature", "stale-timestamp", "future-timestamp")
]


@pytest.mark.parametrize(("vendor", "fault"), FAULTS)
def test_faults_are_refused_by_the_receiver(sandbox: Sandbox, hooked: list[str], vendor: str, fault: str) -> None:
    """A bad signature always; a timestamp an hour off when the vendor signs one (else nothing to refuse)."""
    check = "signature" if fault == "bad-signature" else "timestamp" if hooks(vendor).timestamp_unit else None
    with Receiver(vendor, SECRET) as receiver:
        registration = register(sandbox, receiver, faults=[fault])
        hooked.append(registration)
        send(sandbox, vendor)
        log = deliveries(sandbox, registration)
    if check is None:
        assert receiver.refusals == [] and len(receiver.events) == 1
        return
    assert receiver.refusals and set(receiver.refusals) == {check}
    assert receiver.events == []
    assert {d["status"] for d in log} == {400}  # refused, so retried until the vendor gives up
    assert len(log) == len(receiver.refusals)


BAD_REGISTRATIONS = [
    ({"url": "http://192.0.2.1/hook", "secret": "s"}, "on this machine"),
    ({"url": "http://127.0.0.1:1/hook"}, "secret"),
    ({"url": "http://127.0.0.1:1/", "secret": "s", "faults": ["gremlins"]}, "faults"),
    ({"vendor": "nosuchvendor", "url": "http://127.0.0.1:1/hook", "secret": "s"}, "vendor must be one of"),
] + [
    ({"vendor": vendor, "url": "http://127.0.0.1:1/hook", "secret": "s"}, "vendor must be one of") for vendor in WITHOUT
]


@pytest.mark.parametrize(("body", "message"), BAD_REGISTRATIONS)
def test_registration_is_checked(sandbox: Sandbox, body: dict[str, Any], message: str) -> None:
    response = httpx.post(f"{sandbox.url}/_sandbox/webhooks", json={"vendor": VENDORS[0], **body})
    assert response.status_code == 400
    assert message in response.json()["error"]


def test_cloneguard_report_generated_when_a_requested_report_file_is_done(sandbox: Sandbox, hooked: list[str]) -> None:
    """CloneGuard alone: a report file generated on request (`reports.generate`, then reads until
    its status is done) is a hook of its sandbox, which no spec states; its data file watches that
    change and sends `report_generated` about the report."""
    if "cloneguard" not in VENDORS:
        pytest.skip("no cloneguard spec with webhooks")
    with Receiver("cloneguard", SECRET) as receiver:
        hooked.append(register(sandbox, receiver))
        report = sandbox.app.state.vendors["cloneguard"].records("Report")[0]
        with sandbox.client("cloneguard") as client:
            client.reports.generate(report["id"], type_="detailed")
            for _ in range(5):
                client.reports.get(report["id"])
        receiver.wait_for(lambda r: len(r.events) >= 1)
        deliveries(sandbox, hooked[0])
    [(event, headers)] = receiver.events
    assert type_of("cloneguard", event, headers) == "report_generated"
    assert str(event.data.id) == report["id"] and event.data.type_ == "report"


@EACH
def test_a_data_file_without_a_trigger_for_a_declared_event_is_refused(vendor: str, tmp_path: Path) -> None:
    """Every event the spec declares must be able to happen: a spec folder whose data file sends
    none of one declared event does not build."""
    folder = tmp_path / vendor
    shutil.copytree(Path(__file__).resolve().parents[2] / "specs" / vendor, folder)
    spec = yaml.safe_load((folder / "openapi.yaml").read_text())
    spec["x-scankit-webhooks"]["events"].append("scankit_never_sent")
    (folder / "openapi.yaml").write_text(yaml.safe_dump(spec, sort_keys=False))
    with pytest.raises(SpecError, match="scankit_never_sent"):
        build_app(vendors=[vendor], specs=[folder])
