"""`get ID` and the other verbs: path arguments, `--param`, `--body` (JSON, @file, @-), files, no-content."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import httpx
import pytest
from cli_support import UUID, Server, adv_creative, assert_no_secret, cg_scan, hs_scan, jsonl, pe_scan, px_scan, run

from scankit.cli import ExitCode


def one(body: object) -> Server:
    return Server(lambda r: httpx.Response(200, json=body))


@pytest.mark.parametrize(
    ("args", "body", "path", "field"),
    [
        (["hostedscan", "scans", "get", "scan-7"], {"data": hs_scan(7)}, "/v1/scans/scan-7", ("state", "RUNNING")),
        (
            ["packagex", "scans", "get", "scan_3"],
            {"status": 200, "message": "ok", "data": px_scan(3)},
            "/v1/scans/scan_3",
            ("id", "scan_3"),
        ),
        (
            ["advalidation", "creatives", "get", "101"],
            {"data": adv_creative(1)},
            "/creatives/101",
            ("name", "banner-1.png"),
        ),
        (["passentry", "scans", "get", UUID], {"data": pe_scan(1)}, f"/api/v1/scans/{UUID}", ("type", "scan")),
        (["cloneguard", "scans", "get", UUID], {"data": cg_scan(1)}, f"/v2/scans/{UUID}", ("type", "scan")),
    ],
)
def test_get_each_vendor(args: list[str], body: object, path: str, field: tuple[str, str]) -> None:
    server = one(body)
    result = run([*args, "--format", "jsonl"], server)
    assert result.exit_code == 0, result.output
    (item,) = jsonl(result)
    assert item[field[0]] == field[1]
    (request,) = server.requests
    assert request.method == "GET"
    assert request.url.path.endswith(path)
    assert_no_secret(result)


def test_get_table_is_field_and_value_with_nested_fields_dotted() -> None:
    result = run(["passentry", "scans", "get", UUID, "--format", "table"], one({"data": pe_scan(1)}))
    assert result.exit_code == 0, result.output
    rows = {
        line.split()[0]: line.split(maxsplit=1)[1].strip()
        for line in result.stdout.splitlines()
        if len(line.split()) > 1
    }
    assert rows["status"] == "failed"
    assert rows["scannedAt"] == "2025-01-13 13:05"
    assert rows["relationships.reader.data.id"] == "south-gate-1"


def test_get_json_and_csv() -> None:
    result = run(["hostedscan", "scans", "get", "scan-7", "--format", "json"], one({"data": hs_scan(7)}))
    assert json.loads(result.stdout) == hs_scan(7)
    result = run(["hostedscan", "scans", "get", "scan-7", "--format", "csv"], one({"data": hs_scan(7)}))
    assert list(csv.DictReader(io.StringIO(result.stdout))) == [
        {"id": "scan-7", "type": "NMAP", "state": "RUNNING", "progress": "7"}
    ]


def test_get_with_a_query_param() -> None:
    scan = {"id": 5, "createdAt": "2025-01-03T09:30:00Z", "processingStatus": "finished", "nbIssues": 2}
    server = one({"data": scan})
    result = run(["advalidation", "scans", "get", "5", "--param", "include_checks=true"], server)
    assert result.exit_code == 0, result.output
    assert server.requests[0].url.params["include_checks"] == "true"
    assert jsonl(result)[0]["nbIssues"] == 2


def test_create_with_a_json_body() -> None:
    server = Server(lambda r: httpx.Response(200, json={"data": hs_scan(1) | {"state": "QUEUED"}}))
    body = '{"type": "NMAP", "targets": ["example.com"]}'
    result = run(["hostedscan", "scans", "create", "--body", body], server)
    assert result.exit_code == 0, result.output
    (request,) = server.requests
    assert request.method == "POST"
    assert json.loads(request.content) == {"type": "NMAP", "targets": ["example.com"]}
    assert jsonl(result)[0]["state"] == "QUEUED"


def test_body_from_a_file_and_from_stdin(tmp_path: Path) -> None:
    server = Server(lambda r: httpx.Response(200, json={"data": {"id": "t1", "target": "example.com"}}))
    path = tmp_path / "target.json"
    path.write_text('{"target": "example.com", "tags": ["prod"]}', encoding="utf-8")
    result = run(["hostedscan", "targets", "create", "--body", f"@{path}", "--param", "upsert=true"], server)
    assert result.exit_code == 0, result.output
    assert json.loads(server.requests[0].content) == {"target": "example.com", "tags": ["prod"]}
    assert server.requests[0].url.params["upsert"] == "true"
    result = run(["hostedscan", "targets", "create", "--body", "@-"], server, input='{"target": "b.example"}')
    assert result.exit_code == 0, result.output
    assert json.loads(server.requests[1].content) == {"target": "b.example"}


def test_update_with_path_argument_and_body() -> None:
    server = Server(lambda r: httpx.Response(200, json={"data": {"id": "t1", "target": "a", "label": "new"}}))
    result = run(["hostedscan", "targets", "update", "t1", "--body", '{"label": "new"}'], server)
    assert result.exit_code == 0, result.output
    assert server.requests[0].method == "PUT"
    assert server.requests[0].url.path == "/v1/targets/t1"


def test_an_empty_body_is_the_default_where_the_model_allows_it() -> None:
    scan = {"id": 9, "createdAt": "2025-01-03T09:30:00Z", "processingStatus": "queued"}
    server = Server(lambda r: httpx.Response(200, json={"data": scan}))
    result = run(["advalidation", "creatives", "rescan", "101"], server)
    assert result.exit_code == 0, result.output
    assert json.loads(server.requests[0].content) == {}


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (None, "missing --body"),
        ("{not json", "not valid JSON"),
        ("[1, 2]", "expected a JSON object"),
        ('{"targets": ["a"]}', "does not match ScanCreate"),
        ("@/no/such/file.json", "cannot read the file"),
    ],
)
def test_bad_bodies_are_usage_errors(body: str | None, message: str) -> None:
    args = ["hostedscan", "scans", "create"] + (["--body", body] if body is not None else [])
    result = run(args)  # nothing is sent
    assert result.exit_code == ExitCode.USAGE, result.output
    assert message in result.stderr


def test_action_verbs() -> None:
    server = Server(lambda r: httpx.Response(200, json={"message": "Scan started"}))
    result = run(["cloneguard", "scans", "start", UUID], server)
    assert result.exit_code == 0, result.output
    assert server.requests[0].method == "POST"
    assert server.requests[0].url.path == f"/v2/scans/{UUID}/start"
    assert jsonl(result) == [{"message": "Scan started"}]


def test_delete_without_a_body_says_done_on_stderr() -> None:
    server = Server(lambda r: httpx.Response(200))
    result = run(["hostedscan", "targets", "delete", "t1"], server)
    assert result.exit_code == 0, result.output
    assert server.requests[0].method == "DELETE"
    assert result.stdout == ""
    assert "HostedScan targets delete t1: done." in result.stderr


def test_a_result_of_none_prints_done_on_stderr_only(capsys: pytest.CaptureFixture[str]) -> None:
    from scankit.cli._app import CliEnv, _show
    from scankit.cli._discovery import load_vendor
    from scankit.cli._exits import Call

    call = Call(vendor=load_vendor("hostedscan"), resource="targets", verb="delete", args=(("id", "t1"),))
    _show(CliEnv(), call, None, {})
    out = capsys.readouterr()
    assert out.out == ""
    assert out.err == "HostedScan targets delete t1: done.\n"


def test_download_writes_the_file(tmp_path: Path) -> None:
    pdf = b"%PDF-1.7 \x00\x01 binary"
    server = Server(lambda r: httpx.Response(200, content=pdf, headers={"content-type": "application/pdf"}))
    target = tmp_path / "report.pdf"
    result = run(["hostedscan", "results", "download", "r1", "--output", str(target)], server)
    assert result.exit_code == 0, result.output
    assert target.read_bytes() == pdf
    assert result.stdout == ""
    result = run(["hostedscan", "results", "download", "r1"], server)
    assert result.stdout_bytes == pdf


def test_get_table_shows_lists_of_objects_as_a_tree_every_value_included() -> None:
    scan = {
        **hs_scan(7),
        "results": [
            {"result_id": f"res-{i}", "content_type": "application/pdf", "result_type": "report"} for i in range(1, 4)
        ],
        "requested_targets": [{"target_id": "t-1", "target": "example.com"}],
        "tags": ["prod", "web"],
    }
    result = run(["hostedscan", "scans", "get", "scan-7", "--format", "table"], one({"data": scan}))
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "3 items" in out
    for i in range(1, 4):  # nothing cut to "…": each item of the list is there
        assert f"result_id: res-{i}" in out
    assert "[2]" in out
    assert "target: example.com" in out
    assert "…" not in out
    assert "--format json gives the same as JSON." in out
