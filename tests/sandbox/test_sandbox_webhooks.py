"""The sandbox sends real, signed webhooks to a receiver on 127.0.0.1 that verifies them with scankit."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from scankit.sandbox import Sandbox
from scankit.vendors import cloneguard, hostedscan, passentry
from scankit_hostedscan.models import ScanCreate, ScanType

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from webhook_receiver import Receiver

SECRET = "sandbox-webhook-secret-3b9a"


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(["hostedscan", "cloneguard", "passentry"], rate_limits=False) as sb:
        yield sb


def register(sandbox: Sandbox, receiver: Receiver, **extra: Any) -> str:
    body = {"vendor": receiver.vendor, "url": receiver.url, "secret": SECRET, "retry_delay": 0, **extra}
    response = httpx.post(f"{sandbox.url}/_sandbox/webhooks", json=body)
    assert response.status_code == 201, response.text
    assert SECRET not in response.text
    registration: str = response.json()["id"]
    return registration


@pytest.fixture
def hooks(sandbox: Sandbox) -> Iterator[list[str]]:
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


def test_hostedscan_scan_created_and_updated_arrive_signed(sandbox: Sandbox, hooks: list[str]) -> None:
    with Receiver("hostedscan", SECRET) as receiver:
        hooks.append(register(sandbox, receiver))
        with sandbox.client("hostedscan") as client:
            scan = client.scans.create(body=ScanCreate(type_=ScanType.NMAP, targets=["webhooks.example.org"]))
            for _ in range(3):  # QUEUED -> RUNNING 35 % -> RUNNING 70 % -> SUCCEEDED: two state changes
                client.scans.get(scan.id)
        receiver.wait_for(lambda r: len(r.events) >= 3)
        deliveries(sandbox, hooks[0])
    events = [e for e, _ in receiver.events if e.data.id == scan.id]
    assert all(isinstance(e, hostedscan.WebhookPayload) for e in events)
    # each event is delivered on its own, so they may arrive in any order
    assert sorted((str(e.type_), str(e.data.state)) for e in events) == [
        ("scan.created", "QUEUED"),
        ("scan.updated", "RUNNING"),
        ("scan.updated", "SUCCEEDED"),
    ]
    _, headers = receiver.events[0]
    assert headers["X-HOSTEDSCAN-TIMESTAMP"].isdigit() and len(headers["X-HOSTEDSCAN-TIMESTAMP"]) == 13  # ms
    assert receiver.refusals == []


def test_cloneguard_scan_started_arrives_with_its_headers(sandbox: Sandbox, hooks: list[str]) -> None:
    with Receiver("cloneguard", SECRET) as receiver:
        hooks.append(register(sandbox, receiver))
        with sandbox.client("cloneguard") as client:
            scan = next(s for s in client.scans.list(status=["done"], max_items=1))
            client.scans.start(scan.id)
            client.scans.get(scan.id)  # requested -> running: scan_started
        receiver.wait_for(lambda r: len(r.events) >= 1)
        deliveries(sandbox, hooks[0])
    event, headers = receiver.events[0]
    assert isinstance(event, cloneguard.WebhookPayload)
    assert headers["X-CG-Hook-Event"] == "scan_started"
    assert headers["X-CG-Hook-Signature"].startswith("sha256=")
    assert headers["User-Agent"].startswith("CloneGuard-Hook/")
    assert len(headers["X-CG-Hook-Delivery"]) == 36
    assert str(event.data.id) == str(scan.id)
    assert event.data.attributes.status == "running"


def test_passentry_pass_scanned_for_a_new_scan(sandbox: Sandbox, hooks: list[str]) -> None:
    with Receiver("passentry", SECRET) as receiver:
        hooks.append(register(sandbox, receiver))
        sent = httpx.post(f"{sandbox.url}/_sandbox/webhooks/test", json={"vendor": "passentry"}).json()
        receiver.wait_for(lambda r: len(r.events) >= 1)
        deliveries(sandbox, hooks[0])
    event, _ = receiver.events[0]
    assert isinstance(event, passentry.WebhookPayload)
    assert event.data.attributes.webhook_type == "passScanned"
    assert event.data.relationships.scan.data.id == sent["scan"]
    assert {item.type_ for item in event.included} == {"scan", "pass", "reader"}
    # the new scan is in the API too
    with sandbox.client("passentry") as client:
        assert str(client.scans.get(sent["scan"]).id) == sent["scan"]


def test_a_failed_delivery_is_retried_with_the_same_event(sandbox: Sandbox, hooks: list[str]) -> None:
    with Receiver("hostedscan", SECRET) as receiver:
        receiver.answers = [500, 503]
        registration = register(sandbox, receiver)
        hooks.append(registration)
        httpx.post(f"{sandbox.url}/_sandbox/webhooks/test", json={"vendor": "hostedscan"})
        log = deliveries(sandbox, registration)
    assert [d["status"] for d in log] == [500, 503, 200]
    assert [d["attempt"] for d in log] == [1, 2, 3]
    assert len({d["delivery_id"] for d in log}) == 1
    assert receiver.requests == 3


def test_cloneguard_gives_up_after_three_retries(sandbox: Sandbox, hooks: list[str]) -> None:
    with Receiver("cloneguard", SECRET) as receiver:
        receiver.answers = [500] * 10
        registration = register(sandbox, receiver)
        hooks.append(registration)
        httpx.post(f"{sandbox.url}/_sandbox/webhooks/test", json={"vendor": "cloneguard"})
        log = deliveries(sandbox, registration)
    assert [d["attempt"] for d in log] == [1, 2, 3, 4]  # the first try and up to 3 retries


@pytest.mark.parametrize(
    ("vendor", "fault", "check"),
    [
        ("hostedscan", "bad-signature", "signature"),
        ("hostedscan", "stale-timestamp", "timestamp"),
        ("hostedscan", "future-timestamp", "timestamp"),
        ("cloneguard", "bad-signature", "signature"),
        ("passentry", "bad-signature", "signature"),
        ("passentry", "stale-timestamp", "timestamp"),
    ],
)
def test_faults_are_refused_by_the_receiver(
    sandbox: Sandbox, hooks: list[str], vendor: str, fault: str, check: str
) -> None:
    with Receiver(vendor, SECRET) as receiver:
        registration = register(sandbox, receiver, faults=[fault])
        hooks.append(registration)
        httpx.post(f"{sandbox.url}/_sandbox/webhooks/test", json={"vendor": vendor})
        log = deliveries(sandbox, registration)
    assert receiver.refusals and set(receiver.refusals) == {check}
    assert receiver.events == []
    assert {d["status"] for d in log} == {400}  # refused, so retried until the vendor gives up
    assert len(log) == len(receiver.refusals)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"vendor": "hostedscan", "url": "http://192.0.2.1/hook", "secret": "s"}, "on this machine"),
        ({"vendor": "hostedscan", "url": "http://127.0.0.1:1/hook"}, "secret"),
        ({"vendor": "packagex", "url": "http://127.0.0.1:1/hook", "secret": "s"}, "vendor must be one of"),
        ({"vendor": "hostedscan", "url": "http://127.0.0.1:1/", "secret": "s", "faults": ["gremlins"]}, "faults"),
    ],
)
def test_registration_is_checked(sandbox: Sandbox, body: dict[str, Any], message: str) -> None:
    response = httpx.post(f"{sandbox.url}/_sandbox/webhooks", json=body)
    assert response.status_code == 400
    assert message in response.json()["error"]
