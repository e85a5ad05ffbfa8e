"""The sandbox's public surface: app layout, routes against the specs, keys, env, determinism, CLI."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
import yaml
from spec_samples import at

import scankit.sandbox as sandbox_module
from scankit.sandbox import VENDORS, Sandbox, SandboxError, api_key, build_app, serve, tokens
from scankit.sandbox._cli import main
from scankit_codegen.extensions import load_vendor
from scankit_codegen.readme import listing

SPECS = Path(__file__).resolve().parents[2] / "specs"


def test_public_api_is_sorted_and_complete() -> None:
    assert sandbox_module.__all__ == sorted(sandbox_module.__all__, key=lambda n: (not n.isupper(), n))
    for name in sandbox_module.__all__:
        assert hasattr(sandbox_module, name)
    assert {"Faults", "Sandbox", "build_app", "main", "serve"} <= set(sandbox_module.__all__)


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_spec_operation_has_a_route_and_nothing_else(vendor: str) -> None:
    spec = yaml.safe_load((SPECS / vendor / "openapi.yaml").read_text())
    declared = {
        (method.upper(), path, operation["operationId"])
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if method in {"get", "put", "post", "delete", "patch"}
    }
    app = build_app(vendors=[vendor])
    served = {(r.method, r.template, r.id) for r in app.state.vendors[vendor].routes}
    assert served == declared


def list_path(vendor: str) -> str:
    """`/<vendor>` + the first server's path + a list that needs no argument (`/advalidation/v2/campaigns`)."""
    model = load_vendor(vendor)
    return f"/{vendor}{urlsplit(model.servers[0]['url']).path.rstrip('/')}{listing(model).path}"


@pytest.mark.parametrize("vendor", VENDORS)
def test_each_vendor_is_mounted_under_its_slug_and_server_path(
    scankit_sandbox: Sandbox, vendor: str, auth: Any
) -> None:
    path = list_path(vendor)
    assert httpx.get(scankit_sandbox.url + path, headers=auth[vendor]).status_code == 200
    unauthorized = httpx.get(scankit_sandbox.url + path)
    assert unauthorized.status_code == 401 and unauthorized.headers["content-type"] == "application/json"
    assert httpx.get(scankit_sandbox.url + path + "/nope/nope", headers=auth[vendor]).status_code == 404


def test_base_urls_keys_and_env(scankit_sandbox: Sandbox) -> None:
    url = scankit_sandbox.url
    assert scankit_sandbox.base_url("advalidation") == f"{url}/advalidation/v2"
    assert scankit_sandbox.base_url("passentry") == f"{url}/passentry"
    assert scankit_sandbox.base_url("hostedscan") == f"{url}/hostedscan"
    assert (
        [scankit_sandbox.api_key(v) for v in VENDORS]
        == [f"sandbox-{v}-key" for v in VENDORS]
        == [api_key(v) for v in VENDORS]
    )
    assert (
        scankit_sandbox.tokens("cloneguard")
        == tokens("cloneguard")
        == {"access_token": "sandbox-cloneguard-access-token"}
    )
    env = scankit_sandbox.env()
    assert env["PX_API_KEY"] == "sandbox-packagex-key" and env["PX_BASE_URL"] == f"{url}/packagex"
    assert env["CLONEGUARD_ACCESS_TOKEN"] == "sandbox-cloneguard-access-token"
    stems = {load_vendor(v).meta.env_stem for v in VENDORS}  # every spec's, PX for packagex
    assert set(env) == {f"{s}_{k}" for s in stems for k in ("API_KEY", "BASE_URL")} | {"CLONEGUARD_ACCESS_TOKEN"}
    index = httpx.get(url + "/").json()
    assert index["vendors"]["advalidation"]["base_url"] == scankit_sandbox.base_url("advalidation")
    assert "drop" in index["fault_kinds"]


def test_sandbox_errors() -> None:
    with pytest.raises(ValueError, match="unknown vendor"):
        Sandbox(["nope"])
    sandbox = Sandbox(["hostedscan"])
    with pytest.raises(SandboxError, match="not running"):
        sandbox.base_url("hostedscan")
    with sandbox:
        with pytest.raises(ValueError, match="serves hostedscan"):
            sandbox.base_url("passentry")
        with pytest.raises(SandboxError, match="cannot listen"):
            Sandbox(["hostedscan"], port=sandbox.port).start()
    assert "stopped" in repr(sandbox)


def test_data_set_sizes() -> None:
    vendors = build_app().state.vendors
    assert len(vendors["packagex"].records("Scan")) == 300
    hostedscan = vendors["hostedscan"]
    assert [len(hostedscan.records(n)) for n in ("Scan", "Target", "Risk")] == [1200, 80, 400]
    assert sum(len(s["results"]) for s in hostedscan.records("Scan")) > 2000
    advalidation = vendors["advalidation"]
    creatives = advalidation.records("Creative")
    tops = [c for c in creatives if c["parentId"] is None]
    assert len(advalidation.records("Campaign")) == 12 and len(tops) < len(creatives)  # VAST media files
    assert 12 * 35 <= len(tops) <= 12 * 45 and len(advalidation.records("Scan")) > len(creatives)
    assert len(vendors["passentry"].records("Scan")) == 1000
    assert len(vendors["cloneguard"].records("Scan")) == 250


def test_the_first_ids_are_the_specs_examples() -> None:
    """Deterministic first ids, whatever the seed: the README's shell examples use them."""
    for seed in (0, 5):
        vendors = build_app(seed=seed).state.vendors
        assert vendors["hostedscan"].records("Scan")[-1]["id"] != vendors["hostedscan"].records("Scan")[0]["id"]
        assert vendors["hostedscan"].records("Scan")[0]["id"] == "5f8a1c2e9d3b4a0017a1b2c3"
        assert vendors["packagex"].records("Scan")[0]["id"] == "scan_czhgjrk5JaVvyATPDbyURp"
        assert vendors["cloneguard"].records("Scan")[0]["id"] == "3f0b8a52-6a3e-4c44-9a51-2f0c2b7d9e10"
        assert vendors["passentry"].records("Scan")[0]["id"] == "0194d6a9-95b7-72dc-87fc-ecaed8c0b520"
        assert {c["id"] for c in vendors["advalidation"].records("Campaign")} == set(range(100, 112))
        assert min(s["id"] for s in vendors["advalidation"].records("Scan")) == 300


async def _bodies(seed: int, auth: Any) -> list[bytes]:
    """For every vendor: the README's list, and the last item of its first page as its own GET serves it."""
    app = build_app(seed=seed)
    out = []
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://sandbox") as client:
        for vendor in VENDORS:
            model = load_vendor(vendor)
            op = listing(model)
            paths = [list_path(vendor)]
            response = await client.get(paths[0], headers=auth[vendor])
            assert op.pagination is not None and response.status_code == 200, paths[0]
            items = (
                at(response.json(), op.pagination.items.split(".")) if op.pagination.items != "." else response.json()
            )
            get = next(
                (
                    o
                    for o in model.operations
                    if o.method == "GET"
                    and o.path.startswith(op.path + "/{")
                    and o.path.count("/") == op.path.count("/") + 1
                ),
                None,
            )
            if get is not None and items:
                paths.append(paths[0] + "/" + str(items[-1]["id"]))
            out.append(response.content)
            for path in paths[1:]:
                response = await client.get(path, headers=auth[vendor])
                assert response.status_code == 200, path
                out.append(response.content)
    return out


async def test_same_seed_same_bytes_other_seed_other_data(auth: Any) -> None:
    first, again, other = await _bodies(1, auth), await _bodies(1, auth), await _bodies(2, auth)
    assert first == again
    assert all(a != b for a, b in zip(first, other, strict=True))


def test_serve_prints_urls_keys_and_exports() -> None:
    out = io.StringIO()
    stop = threading.Event()
    ready: list[Sandbox] = []

    def on_ready(sandbox: Sandbox) -> None:
        ready.append(sandbox)
        stop.set()

    chosen = tuple(reversed(VENDORS[:2]))  # served in the order asked for
    assert serve(vendors=list(chosen), port=0, out=out, stop=stop, on_ready=on_ready) == 0
    text = out.getvalue()
    for vendor in chosen:
        stem = load_vendor(vendor).meta.env_stem
        assert api_key(vendor) in text
        assert f"export {stem}_BASE_URL=http://127.0.0.1:" in text
        for arg, value in tokens(vendor).items():
            assert f"{arg} {value}" in text and f"export {stem}_{arg.upper()}={value}" in text
    assert ready and ready[0].vendors == chosen


def test_main_rejects_bad_faults(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--fault", "teapot=0.5"])
    assert caught.value.code == 2 and "unknown fault kind" in capsys.readouterr().err


@pytest.mark.parametrize("stop_signal", [signal.SIGINT, signal.SIGTERM])
def test_python_dash_m_serves_until_interrupted(auth: Any, stop_signal: signal.Signals) -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    # `python -m scankit.sandbox`, with Ctrl-C's usual meaning: a suite started in the background by a
    # non-interactive shell (`make check &`) ignores SIGINT, and a child inherits that disposition
    restore_sigint = (
        "import runpy, signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
        "sys.argv[0] = 'scankit.sandbox'; runpy.run_module('scankit.sandbox', run_name='__main__', alter_sys=True)"
    )
    command = [
        sys.executable,
        "-c",
        restore_sigint,
        "--port",
        "0",
        "--vendor",
        "hostedscan",
        "--seed",
        "3",
        "--fault",
        "500=0.0",
    ]
    print("SIGINT in the test process:", signal.getsignal(signal.SIGINT))  # shown if the test fails
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env) as process:
        try:
            lines: list[str] = []
            assert process.stdout is not None
            for line in process.stdout:
                lines.append(line)
                if line.startswith("export HOSTEDSCAN_BASE_URL="):
                    break
            base = lines[-1].strip().split("=", 1)[1]
            answer = httpx.get(base + "/v1/targets", headers=auth["hostedscan"], timeout=10)
            assert answer.status_code == 200 and len(answer.json()["data"]) == 80
            process.send_signal(stop_signal)
            assert process.wait(timeout=15) == 0
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()


async def test_a_path_the_mount_cannot_match_still_gets_the_vendors_json_error() -> None:
    """Starlette's Mount stops at a line break (`/targets/%0Au`); the vendor still answers in JSON."""
    app = build_app(vendors=["hostedscan"])
    headers = {"X-HOSTEDSCAN-API-KEY": api_key("hostedscan")}
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://sandbox") as client:
        odd = await client.put("/hostedscan/v1/targets/%0Au", json={"label": "x"}, headers=headers)
        nowhere = await client.get("/nothing")
    assert (odd.status_code, odd.headers["content-type"]) == (404, "application/json")
    assert odd.json()["message"].startswith("No target with id")
    assert (nowhere.status_code, nowhere.headers["content-type"]) == (404, "application/json")
