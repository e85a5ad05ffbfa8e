"""`scankit <vendor> <resource> sync --state FILE` against the sandbox, for every list whose spec declares
incremental reads: each new or changed item once, a killed run printed again and nothing lost, clear refusals.

The lists come from the specs (through the generated facades); new items are made as
`incremental_support.make_new` says (the vendor's own create where the sandbox serves it, else the
sandbox's `new_records`; the sandbox stamps them fresh either way), changed ones by the sandbox's
`change_records` (the vendor's own activity moving an item's cursor). The kill test runs the real command in a
subprocess that holds (SCANKIT_SYNC_HOLD, a pause point for tests only) after printing and before
saving, kills it with SIGKILL there, and runs it again.
"""

from __future__ import annotations

import collections
import datetime
import json
import os
import selectors
import signal
import subprocess
import sys
import time
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cli_support import NO_CONFIG
from click.testing import CliRunner, Result
from incremental_support import Incremental, incremental_lists, make_new, newest

from scankit._incremental import cursor_of, id_of
from scankit._pagination import SyncPaginator
from scankit._resource import SyncResource
from scankit.cli import CliEnv, ExitCode, cli
from scankit.cli._sync import HOLD_ENV, save_state
from scankit.sandbox import Sandbox

CASES = incremental_lists()
UTC_MIN = datetime.datetime.min.replace(tzinfo=datetime.UTC)
HOLD_DEADLINE = 120.0  # a safety net only: a healthy run reaches its hold in a second or two


@pytest.fixture(params=CASES, ids=[c.test_id for c in CASES])
def case(request: pytest.FixtureRequest) -> Incremental:
    return request.param  # type: ignore[no-any-return]


@pytest.fixture
def sandbox(case: Incremental) -> Iterator[Sandbox]:
    with Sandbox(vendors=[case.slug], rate_limits=False) as running:
        yield running


def item_type(case: Incremental) -> Any:
    """The list's item model, from its facade method's return type (`SyncPaginator[Scan, ScanList]`)."""
    for value in vars(case.module).values():
        if (
            isinstance(value, type)
            and issubclass(value, SyncResource)
            and case.verb in vars(value)
            and value.__name__.lower() == case.resource.replace("_", "")
        ):
            hint = typing.get_type_hints(vars(value)[case.verb])["return"]
            assert typing.get_origin(hint) is SyncPaginator
            return typing.get_args(hint)[0]
    raise LookupError(case.endpoint.name)


def list_args(sandbox: Sandbox, case: Incremental) -> list[Any]:
    with sandbox.client(case.slug) as client:
        return case.args(client)


def environment(sandbox: Sandbox) -> dict[str, str | None]:
    return {**sandbox.env(), "SCANKIT_CONFIG": NO_CONFIG, "SCANKIT_PROFILE": None, "SCANKIT_LOG": None}


def sync(sandbox: Sandbox, case: Incremental, args: list[Any], state: Path, *extra: str) -> Result:
    command = [*case.command, *map(str, args), "--state", str(state), *extra]
    runner = CliRunner(env=environment(sandbox))
    return runner.invoke(cli, command, obj=CliEnv(stdout_isatty=False, stderr_isatty=False))


def given(case: Incremental, result: Result) -> list[Any]:
    """The items a run printed, read back as the vendor's model."""
    assert result.exit_code == 0, result.output
    model = item_type(case)
    return [model.from_dict(json.loads(line)) for line in result.stdout.splitlines()]


def ids(case: Incremental, items: list[Any]) -> list[str]:
    return [str(id_of(case.info, item)) for item in items]


# -- two runs, new items between them -----------------------------------------------------------


def test_the_specs_declare_incremental_lists() -> None:
    assert CASES, "no list declares x-scankit-incremental: these tests would test nothing"


def test_two_runs_with_new_items_between_them_give_each_new_item_exactly_once(
    case: Incremental, sandbox: Sandbox, tmp_path: Path
) -> None:
    state = tmp_path / "state.json"
    args = list_args(sandbox, case)
    with sandbox.client(case.slug) as client:
        everything = case.ids(client, args)

    first_run = sync(sandbox, case, args, state)
    first = given(case, first_run)
    assert sorted(ids(case, first)) == sorted(everything)  # the first run: everything
    saved = json.loads(state.read_text(encoding="utf-8"))
    assert (saved["version"], saved["vendor"], saved["operation"]) == (1, case.slug, case.endpoint.name)
    watermark = datetime.datetime.fromisoformat(saved["watermark"])
    assert watermark == newest(case, first)
    assert f"{len(first)} new or changed" in first_run.stderr

    new = make_new(sandbox, case, 3, after=watermark)
    assert len(new) == 3
    second = given(case, sync(sandbox, case, args, state))
    counts = collections.Counter(ids(case, second))
    assert {i: counts[i] for i in new} == dict.fromkeys(new, 1)
    before = {str(id_of(case.info, item)): cursor_of(case.info, item) for item in first}
    for item in second:  # anything else given again must have changed since
        key = str(id_of(case.info, item))
        if key not in new:
            assert (cursor_of(case.info, item) or watermark) > (before[key] or watermark), key
    moved = datetime.datetime.fromisoformat(json.loads(state.read_text(encoding="utf-8"))["watermark"])
    assert moved > watermark

    third = given(case, sync(sandbox, case, args, state))
    assert not set(ids(case, third)) & set(new)


def test_items_changed_between_runs_are_given_again_once(case: Incremental, sandbox: Sandbox, tmp_path: Path) -> None:
    state = tmp_path / "state.json"
    args = list_args(sandbox, case)
    first = given(case, sync(sandbox, case, args, state))
    oldest = [str(id_of(case.info, i)) for i in sorted(first, key=lambda i: cursor_of(case.info, i) or UTC_MIN)[:2]]
    assert sandbox.change_records(case.slug, case.endpoint.operation_id, oldest) == oldest  # the vendor changed them
    second = ids(case, given(case, sync(sandbox, case, args, state)))
    assert {i: second.count(i) for i in oldest} == dict.fromkeys(oldest, 1)
    assert not set(ids(case, given(case, sync(sandbox, case, args, state)))) & set(oldest)


def test_the_first_run_may_start_at_since(case: Incremental, sandbox: Sandbox, tmp_path: Path) -> None:
    args = list_args(sandbox, case)
    with sandbox.client(case.slug) as client:
        everything = list(case.list_method(client)(*args))
    times = sorted(t for t in (cursor_of(case.info, i) for i in everything) if t is not None)
    since = times[len(times) // 2].replace(microsecond=0)
    result = sync(sandbox, case, args, tmp_path / "state.json", "--since", since.isoformat())
    got = given(case, result)
    assert got and len(got) < len(everything)
    assert all((cursor_of(case.info, i) or since) >= since for i in got)


def test_csv_has_a_header_then_one_row_per_item(case: Incremental, sandbox: Sandbox, tmp_path: Path) -> None:
    args = list_args(sandbox, case)
    state = tmp_path / "state.json"
    assert sync(sandbox, case, args, state).exit_code == 0
    new = make_new(sandbox, case, 2, after=datetime.datetime.fromisoformat(json.loads(state.read_text())["watermark"]))
    result = sync(sandbox, case, args, state, "--format", "csv")
    assert result.exit_code == 0, result.output
    header, *rows = result.stdout.splitlines()
    assert "id" in header.split(",") and len(rows) == 2
    assert {row.split(",")[header.split(",").index("id")] for row in rows} == set(new)


# -- killed between printing and saving ---------------------------------------------------------


def _hold_then_kill(command: list[str], env: dict[str, str], out: Path) -> str:
    """Run the command until it says it holds, then SIGKILL it; what it printed before dying."""
    with out.open("w", encoding="utf-8") as stdout:
        proc = subprocess.Popen(command, env=env, stdout=stdout, stderr=subprocess.PIPE)
    try:
        assert proc.stderr is not None
        chosen = selectors.DefaultSelector()
        chosen.register(proc.stderr, selectors.EVENT_READ)
        said = b""
        end = time.monotonic() + HOLD_DEADLINE
        while b"holding at" not in said:
            if not chosen.select(timeout=max(0.0, end - time.monotonic())):
                pytest.fail(f"the run never reached its hold: {said.decode(errors='replace')}")
            chunk = os.read(proc.stderr.fileno(), 4096)
            if not chunk:
                pytest.fail(f"the run ended before its hold: {said.decode(errors='replace')}")
            said += chunk
        os.kill(proc.pid, signal.SIGKILL)
        assert proc.wait() == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        if proc.stderr is not None:
            proc.stderr.close()
    return out.read_text(encoding="utf-8")


@pytest.mark.parametrize("stage", ["first-item", "before-save"])
def test_a_run_killed_after_printing_and_before_saving_prints_again_and_loses_nothing(
    case: Incremental, sandbox: Sandbox, tmp_path: Path, stage: str
) -> None:
    state = tmp_path / "state" / "sync.json"
    state.parent.mkdir()
    args = list_args(sandbox, case)
    given(case, sync(sandbox, case, args, state))
    saved = state.read_bytes()
    new = make_new(sandbox, case, 3, after=datetime.datetime.fromisoformat(json.loads(saved)["watermark"]))

    env = {k: v for k, v in os.environ.items() if not k.endswith(("_API_KEY", "_BASE_URL", "_TOKEN"))}
    env.update({k: v for k, v in environment(sandbox).items() if v is not None}, **{HOLD_ENV: stage})
    for name in ("SCANKIT_PROFILE", "SCANKIT_LOG"):
        env.pop(name, None)
    command = [sys.executable, "-m", "scankit", *case.command, *map(str, args), "--state", str(state)]
    printed = _hold_then_kill(command, env, tmp_path / "killed.jsonl")
    killed = [str(id_of(case.info, item_type(case).from_dict(json.loads(line)))) for line in printed.splitlines()]
    assert killed and set(killed) <= set(new)  # it printed (some of) the new items, then died
    assert state.read_bytes() == saved  # ... before the state moved
    assert os.listdir(state.parent) == ["sync.json"]  # and left no half-written file

    again = ids(case, given(case, sync(sandbox, case, args, state)))
    assert set(killed) <= set(again)  # printed again: at least once
    assert {i: again.count(i) for i in new} == dict.fromkeys(new, 1)  # nothing lost, nothing twice
    assert not set(ids(case, given(case, sync(sandbox, case, args, state)))) & set(new)


# -- refusals -----------------------------------------------------------------------------------

FIRST = CASES[0] if CASES else None


@pytest.fixture
def first_sandbox() -> Iterator[tuple[Sandbox, Incremental]]:
    assert FIRST is not None
    with Sandbox(vendors=[FIRST.slug], rate_limits=False) as running:
        yield running, FIRST


def test_a_list_without_incremental_reads_has_no_sync_and_says_which_lists_do() -> None:
    plain = next(
        (c, e)
        for c in CASES
        for e in c.endpoints()
        if e.pagination is not None and e.incremental is None and not e.path_params
    )
    case, endpoint = plain
    resource, verb = endpoint.name.split(".")
    command = "sync" + verb.removeprefix("list").replace("_", "-")
    result = CliRunner().invoke(
        cli, [case.slug, resource.replace("_", "-"), command, "--state", "x.json"], obj=CliEnv()
    )
    assert result.exit_code == ExitCode.USAGE
    assert "declares no incremental reads" in result.stderr
    assert f"scankit {' '.join(case.command)}" in result.stderr


def test_since_must_have_a_zone_and_is_for_the_first_run_only(
    first_sandbox: tuple[Sandbox, Incremental], tmp_path: Path
) -> None:
    sandbox, case = first_sandbox
    args = list_args(sandbox, case)
    state = tmp_path / "state.json"
    naive = sync(sandbox, case, args, state, "--since", "2025-05-01T00:00:00")
    assert naive.exit_code == ExitCode.USAGE
    assert "has no time zone: add one, e.g. 2025-05-01T00:00:00Z" in naive.stderr
    assert not state.exists()
    assert sync(sandbox, case, args, state).exit_code == 0
    saved = state.read_bytes()
    later = sync(sandbox, case, args, state, "--since", "2025-05-01T00:00:00Z")
    assert later.exit_code == ExitCode.USAGE
    assert "--since is for the first run" in later.stderr
    assert state.read_bytes() == saved


def test_a_state_file_of_another_list_or_a_broken_one_is_refused_untouched(
    first_sandbox: tuple[Sandbox, Incremental], tmp_path: Path
) -> None:
    sandbox, case = first_sandbox
    args = list_args(sandbox, case)
    state = tmp_path / "state.json"
    state.write_text(
        json.dumps({"version": 1, "vendor": "other", "operation": "things.list", "watermark": None, "seen": {}})
    )
    other = sync(sandbox, case, args, state)
    assert other.exit_code == ExitCode.CONFIGURATION
    assert "holds the state of other things.list" in other.stderr
    state.write_text("{not json")
    broken = sync(sandbox, case, args, state)
    assert broken.exit_code == ExitCode.CONFIGURATION
    assert "cannot be used as a sync state: it is not JSON" in broken.stderr
    assert "remove it to start over" in broken.stderr
    assert state.read_text() == "{not json"
    assert other.stdout == broken.stdout == ""


def test_a_filter_that_contradicts_the_vendors_time_filter_is_a_usage_error(tmp_path: Path) -> None:
    filtered = next((c for c in CASES if c.info.filter is not None), None)
    if filtered is None:
        pytest.skip("no list declares a vendor filter")
    assert filtered.info.filter is not None
    with Sandbox(vendors=[filtered.slug], rate_limits=False) as sandbox:
        args = list_args(sandbox, filtered)
        state = tmp_path / "state.json"
        result = sync(sandbox, filtered, args, state, "--filter", f"{filtered.info.filter.since_param}=2020-01-01")
        assert result.exit_code == ExitCode.USAGE
        assert f"since= sends {filtered.info.filter.since_param} itself" in result.stderr
        assert sync(sandbox, filtered, args, state).exit_code == 0
        # the list's arguments are part of the state: a run with other filters is another list
        other = sync(sandbox, filtered, args, state, "--filter", "page=1")
    assert other.exit_code == ExitCode.CONFIGURATION
    assert "give each list (and server) a state file of its own" in other.stderr


# -- the state file is written atomically -------------------------------------------------------


def test_the_state_is_replaced_whole_or_not_at_all(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from scankit._incremental import SyncState

    target = tmp_path / "state.json"
    target.write_text("old")
    calls: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        calls.append("fsync")
        real_fsync(fd)

    def replace(src: str, dst: str) -> None:
        calls.append("replace")
        real_replace(src, dst)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    save_state(str(target), SyncState(vendor="v", operation="scans.list"))
    assert calls == ["fsync", "replace", "fsync"]  # the file's bytes, the rename, the directory
    assert json.loads(target.read_text())["vendor"] == "v"

    def failing(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", failing)
    with pytest.raises(OSError, match="disk full"):
        save_state(str(target), SyncState(vendor="w", operation="scans.list"))
    assert json.loads(target.read_text())["vendor"] == "v"
    assert os.listdir(tmp_path) == ["state.json"]


def test_the_state_file_keeps_the_server_but_never_a_password_in_its_url(
    first_sandbox: tuple[Sandbox, Incremental], tmp_path: Path
) -> None:
    sandbox, case = first_sandbox
    args = list_args(sandbox, case)
    state = tmp_path / "state.json"
    url = sandbox.base_url(case.slug).replace("http://", "http://someone:pa55word-4242@")
    assert sync(sandbox, case, args, state, "--base-url", url).exit_code == 0
    text = state.read_text(encoding="utf-8")
    assert "pa55word-4242" not in text
    assert json.loads(text)["scope"]["base_url"] == sandbox.base_url(case.slug)
