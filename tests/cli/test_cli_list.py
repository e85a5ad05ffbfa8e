"""`scankit <vendor> <resource> list`: filters to typed arguments, every page, limits, and every format."""

from __future__ import annotations

import csv
import io
import json
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from cli_support import (
    UUID,
    Server,
    adv_creative,
    advalidation_pages,
    assert_no_secret,
    cg_scan,
    cloneguard_pages,
    hostedscan_pages,
    jsonl,
    packagex_pages,
    passentry_pages,
    run,
)

from scankit.cli import ExitCode
from scankit.cli._output import fit_columns, path_column, table_columns

# -- filters and pages, per vendor --------------------------------------------------------------


def test_hostedscan_filters_go_into_the_json_filters_object_on_every_page() -> None:
    server = hostedscan_pages(pages=3)
    result = run(
        [
            "hostedscan",
            "scans",
            "list",
            "--filter",
            "state=RUNNING",
            "--filter",
            "state=QUEUED",
            "--filter",
            "type=NMAP",
        ],
        server,
    )
    assert result.exit_code == 0, result.output
    assert [item["id"] for item in jsonl(result)] == [f"scan-{i}" for i in range(1, 10)]
    assert len(server.requests) == 3
    for request in server.requests:
        filters = json.loads(request.url.params["filters"])
        assert filters == {"state": ["RUNNING", "QUEUED"], "type": ["NMAP"]}
    assert server.params("page_token") == [[], ["t2"], ["t3"]]
    assert_no_secret(result)


def test_hostedscan_filters_as_json_and_dotted_keys() -> None:
    server = hostedscan_pages(pages=1)
    result = run(
        ["hostedscan", "risks", "list", "--filter", 'filters={"status": ["OPEN"]}', "--filter", "filters.tags=prod"],
        server,
    )
    assert result.exit_code == 0, result.output
    assert json.loads(server.requests[0].url.params["filters"]) == {"status": ["OPEN"], "tags": ["prod"]}


def test_hostedscan_resume_from_a_cursor() -> None:
    server = hostedscan_pages(pages=3)
    result = run(["hostedscan", "scans", "list", "--filter", "page_token=t2"], server)
    assert result.exit_code == 0, result.output
    assert server.params("page_token") == [["t2"], ["t3"]]
    assert jsonl(result)[0]["id"] == "scan-4"


def test_packagex_page_numbers_and_string_filters() -> None:
    server = packagex_pages(pages=3)
    result = run(["packagex", "scans", "list", "--filter", "location=loc_1", "--filter", "limit=2"], server)
    assert result.exit_code == 0, result.output
    assert [item["id"] for item in jsonl(result)] == [f"scan_{i}" for i in range(1, 7)]
    assert sorted(server.params("page")) == [["1"], ["2"], ["3"]]
    assert all(r.url.params["location"] == "loc_1" and r.url.params["limit"] == "2" for r in server.requests)


def test_passentry_enum_and_datetime_filters_are_typed() -> None:
    server = passentry_pages(pages=2)
    result = run(
        [
            "passentry",
            "scans",
            "list",
            "--filter",
            "status=FAILED",  # enum values are matched case-insensitively and sent as the spec spells them
            "--filter",
            "created-after=2025-01-01",  # dashes work too; a date without a zone is UTC
            "--filter",
            "per_page=2",
        ],
        server,
    )
    assert result.exit_code == 0, result.output
    assert len(jsonl(result)) == 4
    for request in server.requests:
        assert request.url.params["status"] == "failed"
        assert request.url.params["createdAfter"] == "2025-01-01T00:00:00+00:00"
        assert request.url.params["perPage"] == "2"


def test_cloneguard_list_params_repeat_and_model_params_take_dotted_keys() -> None:
    server = cloneguard_pages(pages=2)
    result = run(
        [
            "cloneguard",
            "scans",
            "list",
            "--filter",
            "status=running",
            "--filter",
            "status=done",
            "--filter",
            "q.name=weekly*",
            "--filter",
            "extended=yes",
            "--filter",
            "sort_by=name_asc",
        ],
        server,
    )
    assert result.exit_code == 0, result.output
    assert len(jsonl(result)) == 4
    for request in server.requests:
        query = parse_qs(urlsplit(str(request.url)).query)
        assert query["status[]"] == ["running", "done"]
        assert query["q[name]"] == ["weekly*"]
        assert query["extended"] == ["true"]
        assert query["sort_by"] == ["name_asc"]


def test_cloneguard_list_param_as_json_array() -> None:
    server = cloneguard_pages(pages=1)
    result = run(["cloneguard", "scans", "list", "--filter", 'status=["new", "queued"]'], server)
    assert result.exit_code == 0, result.output
    assert parse_qs(urlsplit(str(server.requests[0].url)).query)["status[]"] == ["new", "queued"]


def test_advalidation_list_with_a_path_argument() -> None:
    server = advalidation_pages(pages=2, item=adv_creative)
    result = run(["advalidation", "campaigns", "list-creatives", "12"], server)
    assert result.exit_code == 0, result.output
    assert {r.url.path.rsplit("/campaigns", 1)[1] for r in server.requests} == {"/12/creatives"}
    assert [item["id"] for item in jsonl(result)] == [101, 102, 103, 104]


def test_advalidation_path_argument_is_typed() -> None:
    result = run(["advalidation", "campaigns", "list-creatives", "twelve"])
    assert result.exit_code == ExitCode.USAGE
    assert "'twelve' is not a valid integer" in result.stderr


# -- limits -------------------------------------------------------------------------------------


def test_max_items_stops_mid_page_and_stops_fetching() -> None:
    server = hostedscan_pages(pages=10, per_page=3)
    result = run(["hostedscan", "scans", "list", "--max-items", "4"], server)
    assert result.exit_code == 0, result.output
    assert [item["id"] for item in jsonl(result)] == ["scan-1", "scan-2", "scan-3", "scan-4"]
    assert len(server.requests) == 2


def test_max_items_zero_fetches_nothing() -> None:
    result = run(["hostedscan", "scans", "list", "-n", "0"])  # no handler: any request fails the test
    assert result.exit_code == 0, result.output
    assert result.stdout == ""


def test_max_pages() -> None:
    server = packagex_pages(pages=5)
    result = run(["packagex", "scans", "list", "--max-pages", "2"], server)
    assert result.exit_code == 0, result.output
    assert len(jsonl(result)) == 4
    assert len(server.requests) == 2


def test_negative_max_items_is_a_usage_error() -> None:
    result = run(["hostedscan", "scans", "list", "--max-items", "-1"])
    assert result.exit_code == ExitCode.USAGE


# -- filter mistakes are usage errors ----------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["passentry", "scans", "list", "--filter", "statsu=failed"], "Did you mean status?"),
        (
            ["passentry", "scans", "list", "--filter", "status=exploded"],
            "--filter status: 'exploded' is not one of failed, successful",
        ),
        (["passentry", "scans", "list", "--filter", "per_page=ten"], "--filter per_page: 'ten' is not an integer"),
        (["passentry", "scans", "list", "--filter", "created_after=yesterday"], "ISO 8601"),
        (["passentry", "scans", "list", "--filter", "status"], "expects key=value"),
        (["passentry", "scans", "list", "--filter", "status=failed", "--filter", "status=successful"], "given 2 times"),
        (["cloneguard", "scans", "list", "--filter", "extended=maybe"], "is not true or false"),
        (["cloneguard", "scans", "list", "--filter", "q={not json"], "not valid JSON"),
        (["hostedscan", "scans", "list", "--filter", "filters=[1]"], "expected a JSON object"),
        (["packagex", "scans", "list", "--filter", "colour=red"], "not a parameter of this command"),
    ],
)
def test_bad_filters(args: list[str], message: str) -> None:
    result = run(args)  # nothing is sent
    assert result.exit_code == ExitCode.USAGE, result.output
    assert message in result.stderr


# -- formats ------------------------------------------------------------------------------------


def test_piped_output_defaults_to_json_lines() -> None:
    result = run(["passentry", "scans", "list"], passentry_pages(pages=1), stdout_tty=False)
    assert [item["attributes"]["scanValue"] for item in jsonl(result)] == ["value-1", "value-2"]


def test_terminal_output_defaults_to_a_table() -> None:
    result = run(["hostedscan", "scans", "list"], hostedscan_pages(pages=1), stdout_tty=True)
    assert result.exit_code == 0, result.output
    assert "scan-1" in result.stdout
    assert "RUNNING" in result.stdout
    with pytest.raises(json.JSONDecodeError):
        json.loads(result.stdout.splitlines()[1])


def test_json_is_one_array_of_every_item_across_pages() -> None:
    result = run(["cloneguard", "scans", "list", "--format", "json"], cloneguard_pages(pages=3))
    assert result.exit_code == 0, result.output
    items = json.loads(result.stdout)
    assert [item["attributes"]["name"] for item in items] == [f"weekly-{i}" for i in range(1, 7)]
    assert items[0]["id"] == "0194d6a9-95b7-72dc-87fc-000000000001"


def test_json_of_an_empty_list_is_an_empty_array() -> None:
    server = Server(lambda r: httpx.Response(200, json={"data": []}))
    result = run(["hostedscan", "scans", "list", "--format", "json"], server)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == []


def test_jsonl_items_are_the_models_to_dict() -> None:
    result = run(["packagex", "scans", "list", "--format", "jsonl"], packagex_pages(pages=1))
    assert jsonl(result)[0] == {
        "object": "scan",
        "id": "scan_1",
        "created_at": 1_700_000_001,
        "tracking_number": "1Z0001",
    }


def test_csv_flattens_json_api_attributes() -> None:
    result = run(["passentry", "scans", "list", "--format", "csv"], passentry_pages(pages=2))
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 4
    assert rows[0]["id"] == "0194d6a9-95b7-72dc-87fc-000000000001"
    assert rows[0]["scanValue"] == "value-1"  # attributes.* lifted to the top
    assert rows[0]["status"] == "failed"
    assert rows[0]["relationships.reader.data.id"] == "south-gate-1"  # nested objects dotted


def test_csv_joins_lists_of_values_with_semicolons_and_writes_lists_of_objects_as_json() -> None:
    items = [
        {"id": "t1", "target": "a.example", "tags": ["prod", "web"], "owners": [{"name": "ann"}]},
        {"id": "t2", "target": "b.example"},
    ]
    server = Server(lambda r: httpx.Response(200, json={"data": items}))
    result = run(["hostedscan", "targets", "list", "--format", "csv"], server)
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows[0]["tags"] == "prod;web"
    assert rows[0]["owners"] == '[{"name":"ann"}]'
    assert rows[1]["tags"] == ""
    help_text = run(["hostedscan", "targets", "list", "--help"]).stdout
    assert "joined with ';'" in " ".join(help_text.split())


def test_table_columns_id_and_scalars_with_attributes_lifted_and_short_dates() -> None:
    result = run(["passentry", "scans", "list", "--format", "table"], passentry_pages(pages=1))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    header = next(line for line in lines if " id " in f" {line} ")
    assert header.split() == ["id", "scanType", "scanValue", "validationType", "status", "scannedAt", "statusDetail"]
    assert "relationships" not in result.stdout  # nested: not a column
    assert "2025-01-13 13:05" in result.stdout  # datetimes short
    assert "2025-01-13T13:05:00Z" not in result.stdout
    assert "2 scans" in result.stdout


def test_table_epoch_seconds_read_as_dates_and_long_values_are_cut() -> None:
    item = {"object": "scan", "id": "scan_1", "created_at": 1_700_000_000, "raw_text": "x" * 300}
    body = {"status": 200, "message": "ok", "data": [item], "pagination": {"page": 1, "limit": 25, "has_more": False}}
    result = run(["packagex", "scans", "list", "--format", "table"], Server(lambda r: httpx.Response(200, json=body)))
    assert result.exit_code == 0, result.output
    assert "2023-11-14 22:13" in result.stdout
    assert "x" * 60 not in result.stdout
    assert "…" in result.stdout
    assert " object " not in result.stdout  # the same in every row: says nothing


def test_table_on_a_narrow_terminal_keeps_id_and_status_and_says_what_is_hidden() -> None:
    result = run(["passentry", "scans", "list", "--format", "table"], passentry_pages(pages=1), env={"COLUMNS": "70"})
    assert result.exit_code == 0, result.output
    header = next(line for line in result.stdout.splitlines() if " id " in f" {line} ")
    assert "status" in header.split()
    assert "more field" in result.stdout


def test_table_of_nothing() -> None:
    result = run(
        ["hostedscan", "scans", "list", "--format", "table"], Server(lambda r: httpx.Response(200, json={"data": []}))
    )
    assert result.exit_code == 0
    assert "No scans." in result.stdout


def test_table_shows_vendor_text_literally() -> None:
    items = [{"id": "t1", "target": "[bold]not markup[/bold]"}]
    server = Server(lambda r: httpx.Response(200, json={"data": items}))
    result = run(["hostedscan", "targets", "list", "--format", "table"], server)
    assert "[bold]not markup[/bold]" in result.stdout


def test_uuid_argument_is_validated_before_any_request() -> None:
    result = run(["cloneguard", "scans", "get", "not-a-uuid"])
    assert result.exit_code == ExitCode.USAGE
    assert "not a valid UUID" in result.stderr
    assert run(["cloneguard", "scans", "get", UUID, "--help"]).exit_code == 0


def test_unset_and_none_both_read_as_no_value() -> None:
    from scankit.cli._output import is_missing, plain
    from scankit_hostedscan.types import UNSET

    assert is_missing(None)
    assert is_missing(UNSET)
    assert not is_missing(0)
    assert not is_missing("")
    assert plain({"label": UNSET, "tags": [None, "prod"]}) == {"label": None, "tags": [None, "prod"]}


def test_a_table_keeps_the_state_column_the_spec_names_on_a_narrow_terminal() -> None:
    # CloneGuard's ids are 36 wide and its names long: at 80 columns the status used to be dropped.
    # The spec's waiter (x-scankit-waiter: attributes.status) says it is the column people look for.
    def respond(request: httpx.Request) -> httpx.Response:
        items = [
            cg_scan(i) | {"attributes": cg_scan(i)["attributes"] | {"name": "a long scan name " * 4}} for i in (1, 2)
        ]
        meta = {"current_page": 1, "per_page": 2, "total_pages": 1, "total_count": 2}
        return httpx.Response(200, json={"data": items, "meta": meta})

    result = run(["cloneguard", "scans", "list", "--format", "table"], Server(respond), env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    header = next(line for line in result.stdout.splitlines() if line.strip().startswith("id "))
    assert header.split() == ["id", "name", "status"]
    assert all(len(line) <= 80 for line in result.stdout.splitlines())
    assert "Running" in result.stdout  # as the server spelled it (a case-insensitive enum keeps the spelling)
    assert "a long scan name a long sc…" in result.stdout  # the name is cut to make room, not the status


def test_pinned_columns_may_be_nested_and_are_matched_across_naming_styles() -> None:
    rows = [{"id": 1, "name": "x", "latestScanStatus.processingStatus": "done", "latestScanStatus.at": "y"}]
    columns = table_columns(rows, pinned=["latest_scan_status.processing_status"])
    assert columns == ["id", "name", "latestScanStatus.processingStatus"]
    assert (
        list(fit_columns(columns, [["1", "x" * 60, "done"]], 60, pinned=["latest_scan_status.processing_status"]))
        == columns
    )
    assert path_column(("attributes", "status")) == "status"
