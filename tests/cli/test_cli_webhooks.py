"""`scankit webhooks verify` checks a captured delivery; `scankit webhooks listen` prints the sandbox's events."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time

import httpx
import pytest
from click.testing import CliRunner

import scankit
from scankit.cli import cli
from scankit.sandbox import Sandbox

SECRET = "cli-webhook-secret-5d2e"
BODY = b'{"id":"evt-9","type":"scan.updated","data":{"id":"scan-9","type":"NMAP","state":"RUNNING"}}'


def run(args: list[str], body: bytes, env: dict[str, str]) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, args, input=body, env=env)
    return result.exit_code, result.stdout, result.stderr


def header_args(headers: dict[str, str]) -> list[str]:
    return [arg for name, value in headers.items() for arg in ("--header", f"{name}: {value}")]


def test_verify_prints_the_event_of_a_good_delivery() -> None:
    headers = scankit.webhooks.sign("hostedscan", BODY, SECRET, timestamp=time.time())
    code, out, err = run(
        ["webhooks", "verify", "hostedscan", *header_args(headers)], BODY, {"HOSTEDSCAN_WEBHOOK_SECRET": SECRET}
    )
    assert code == 0, err
    line = json.loads(out)
    assert line["vendor"] == "hostedscan" and line["type"] == "scan.updated" and line["id"] == "evt-9"
    assert line["event"]["data"]["state"] == "RUNNING"


def test_verify_reads_the_secret_from_the_named_variable_and_header_names_in_any_case() -> None:
    headers = scankit.webhooks.sign("cloneguard", b'{"data":{"id":"x"}}', SECRET, event_type="scan_completed")
    lowered = {k.lower(): v for k, v in headers.items()}
    code, out, err = run(
        ["webhooks", "verify", "cloneguard", "--secret-env", "MY_SECRET", *header_args(lowered)],
        b'{"data":{"id":"x"}}',
        {"MY_SECRET": SECRET},
    )
    assert code == 0, err
    assert json.loads(out)["type"] == "scan_completed"


def test_verify_refuses_a_wrong_secret_and_says_why() -> None:
    headers = scankit.webhooks.sign("hostedscan", BODY, SECRET, timestamp=time.time())
    code, out, err = run(
        ["webhooks", "verify", "hostedscan", *header_args(headers)], BODY, {"HOSTEDSCAN_WEBHOOK_SECRET": "other"}
    )
    assert code == 8
    assert out == ""
    assert "(signature)" in err
    assert "other" not in err and SECRET not in err


def test_verify_old_capture_needs_tolerance_zero() -> None:
    headers = scankit.webhooks.sign("hostedscan", BODY, SECRET, timestamp=time.time() - 86_400)
    env = {"HOSTEDSCAN_WEBHOOK_SECRET": SECRET}
    code, _, err = run(["webhooks", "verify", "hostedscan", *header_args(headers)], BODY, env)
    assert code == 8 and "(timestamp)" in err
    code, _, err = run(["webhooks", "verify", "hostedscan", "--tolerance", "0", *header_args(headers)], BODY, env)
    assert code == 0, err


def test_verify_without_a_secret_is_a_configuration_error() -> None:
    code, _, err = run(["webhooks", "verify", "passentry"], b"{}", {"PASSENTRY_WEBHOOK_SECRET": ""})
    assert code == 3
    assert "PASSENTRY_WEBHOOK_SECRET" in err


def test_a_vendor_without_webhooks_is_a_usage_error() -> None:
    code, _, err = run(["webhooks", "verify", "advalidation"], b"{}", {})
    assert code == 2
    assert "no webhooks" in err


def test_listen_prints_a_verified_event_from_the_sandbox() -> None:
    env = {**os.environ, "HOSTEDSCAN_WEBHOOK_SECRET": SECRET, "PYTHONUNBUFFERED": "1"}
    args = [sys.executable, "-m", "scankit", "webhooks", "listen", "hostedscan", "--port", "0", "--max-events", "1"]
    proc = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stderr is not None
        banner = proc.stderr.readline()
        found = re.search(r"http://127\.0\.0\.1:(\d+)/", banner)
        assert found, banner
        url = f"http://127.0.0.1:{found.group(1)}/"
        with Sandbox(["hostedscan"], rate_limits=False) as sandbox:
            # a bad delivery first: listen refuses it (400, on stderr) and keeps listening
            bad = {"vendor": "hostedscan", "url": url, "secret": SECRET, "faults": ["bad-signature"]}
            bad["retry_delay"] = 0
            assert httpx.post(f"{sandbox.url}/_sandbox/webhooks", json=bad).status_code == 201
            good = {"vendor": "hostedscan", "url": url, "secret": SECRET, "retry_delay": 0}
            assert httpx.post(f"{sandbox.url}/_sandbox/webhooks", json=good).status_code == 201
            sent = httpx.post(f"{sandbox.url}/_sandbox/webhooks/test", json={"vendor": "hostedscan"}).json()
            out, err = proc.communicate(timeout=60)
            httpx.get(f"{sandbox.url}/_sandbox/webhooks/deliveries?settle=true", timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, err
    line = json.loads(out.strip().splitlines()[0])
    assert line["vendor"] == "hostedscan" and line["type"] == "scan.updated"
    assert line["event"]["data"]["id"] == sent["scan"]
    assert SECRET not in out + err


@pytest.mark.parametrize("command", ["listen", "verify"])
def test_help_names_the_vendors(command: str) -> None:
    result = CliRunner().invoke(cli, ["webhooks", command, "--help"])
    assert result.exit_code == 0
    assert "--secret-env" in result.stdout
