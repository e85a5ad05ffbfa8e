"""The sandbox serves incremental reads as each list's `x-scankit-incremental` declares them, for any spec.

New records (`Sandbox.new_records`, the control endpoint for tests and demos) are newer than
everything served and land in the list's scope; a change moves the cursor; the declared filter
parameters keep what is after (before) the bound on the declared field, in the declared format;
with the declared fixed parameters the list comes in the declared order. The lists come from the
generated facades (tests/incremental_support.py); nothing here names a vendor.
"""

from __future__ import annotations

import datetime
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from scankit._incremental import bound, cursor_of, id_of
from scankit.sandbox import Sandbox, SandboxError
from scankit.sandbox._data import dig
from scankit.sandbox._engine import VendorApp
from scankit.sandbox._incremental import Declared, bound_epoch
from scankit.sandbox._model import snake_case

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from incremental_support import Incremental, incremental_lists

CASES = incremental_lists()
FILTERED = [c for c in CASES if c.info.filter is not None]
ORDERED = [c for c in FILTERED if c.info.order is not None and c.info.filter is not None and c.info.filter.params]
UTC = datetime.UTC


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(sorted({c.slug for c in CASES}), rate_limits=False) as running:
        yield running


def app_of(sandbox: Sandbox, case: Incremental) -> VendorApp:
    app: VendorApp = sandbox.app.state.vendors[case.slug]
    return app


def declared(sandbox: Sandbox, case: Incremental) -> Declared:
    return app_of(sandbox, case).incremental[case.endpoint.operation_id]


def listed(sandbox: Sandbox, case: Incremental, **kwargs: Any) -> tuple[list[Any], list[Any]]:
    """The list's items (with `kwargs`), and its path ids."""
    with sandbox.client(case.slug) as client:
        args = case.args(client)
        return list(case.list_method(client)(*args, **kwargs)), args


def test_every_list_that_declares_incremental_reads_is_served_with_them(sandbox: Sandbox) -> None:
    assert CASES and FILTERED, "no list declares incremental reads (or a filter): these tests would test nothing"
    for case in CASES:
        assert case.endpoint.operation_id in app_of(sandbox, case).incremental, case.test_id


@pytest.mark.parametrize("case", CASES, ids=[c.test_id for c in CASES])
def test_new_records_are_newer_than_everything_served_and_in_the_lists_scope(
    sandbox: Sandbox, case: Incremental
) -> None:
    before, args = listed(sandbox, case)
    newest = max(t for t in (cursor_of(case.info, i) for i in before) if t is not None)
    params = dict(zip(case.endpoint.path_params, args, strict=True))
    made = sandbox.new_records(case.slug, case.endpoint.operation_id, 2, **params)
    after, _ = listed(sandbox, case)
    found = {str(id_of(case.info, i)): i for i in after}
    assert len(made) == 2 and set(made) <= set(found)  # listed under the same path ids: in scope
    first, second = (cursor_of(case.info, found[i]) for i in made)  # newest first
    assert first is not None and second is not None and first > second > newest
    assert len(after) == len(before) + 2


@pytest.mark.parametrize("case", CASES, ids=[c.test_id for c in CASES])
def test_a_change_moves_the_cursor_past_everything_and_since_finds_it(sandbox: Sandbox, case: Incremental) -> None:
    items, args = listed(sandbox, case)
    times = {str(id_of(case.info, i)): cursor_of(case.info, i) for i in items}
    newest = max(t for t in times.values() if t is not None)
    oldest = min((t, k) for k, t in times.items() if t is not None)[1]
    assert sandbox.change_records(case.slug, case.endpoint.operation_id, [oldest]) == [oldest]
    with sandbox.client(case.slug) as client:
        since = list(case.list_method(client)(*args, since=newest + datetime.timedelta(seconds=1)))
    moved = {str(id_of(case.info, i)): cursor_of(case.info, i) for i in since}
    assert oldest in moved and (moved[oldest] or newest) > newest


@pytest.mark.parametrize("case", FILTERED, ids=[c.test_id for c in FILTERED])
def test_the_declared_filter_keeps_what_is_after_the_bound_on_the_declared_field(
    sandbox: Sandbox, case: Incremental
) -> None:
    flt = case.info.filter
    assert flt is not None
    spec = declared(sandbox, case)
    app = app_of(sandbox, case)
    items, _ = listed(sandbox, case)
    records = {
        str(dig(r, app.store[spec.collection].key)): r
        for r in app.records(spec.collection)
        if str(dig(r, app.store[spec.collection].key)) in {str(id_of(case.info, i)) for i in items}
    }
    stamps = sorted(t for t in (spec.epoch(dig(r, spec.field)) for r in records.values()) if t is not None)
    middle = datetime.datetime.fromtimestamp(int(stamps[len(stamps) // 2]), UTC)
    at = middle.timestamp()
    inclusive = (spec.filter or {}).get("inclusive") is True

    def expected(keep: Any) -> set[str]:
        return {k for k, r in records.items() if (t := spec.epoch(dig(r, spec.field))) is not None and keep(t)}

    after, _ = listed(sandbox, case, **{flt.since_param: bound(flt, middle)})
    wanted = expected(lambda t: t >= at if inclusive else t > at)
    assert {str(id_of(case.info, i)) for i in after} == wanted
    assert 0 < len(wanted) < len(records)
    until = (spec.filter or {}).get("until_param")
    if until is not None:  # the facade's name for the spec's parameter
        before, _ = listed(sandbox, case, **{snake_case(until): bound(flt, middle)})
        assert {str(id_of(case.info, i)) for i in before} == expected(lambda t: t <= at if inclusive else t < at)


@pytest.mark.parametrize("case", ORDERED, ids=[c.test_id for c in ORDERED])
def test_with_the_declared_parameters_the_list_is_in_the_declared_order(sandbox: Sandbox, case: Incremental) -> None:
    assert case.info.filter is not None
    spec = declared(sandbox, case)
    app = app_of(sandbox, case)
    key = app.store[spec.collection].key
    by_id = {str(dig(r, key)): r for r in app.records(spec.collection)}
    items, _ = listed(sandbox, case, **dict(case.info.filter.params))
    times = [spec.epoch(dig(by_id[str(id_of(case.info, i))], spec.field)) for i in items]
    present = [t for t in times if t is not None]
    assert len(present) > 1
    assert present == sorted(present, reverse=case.info.order == "desc")


def test_a_control_request_it_cannot_carry_out_is_refused_with_the_reason(sandbox: Sandbox) -> None:
    case = next((c for c in CASES if c.endpoint.path_params), CASES[0])
    app = app_of(sandbox, case)
    not_a_list = next(op.id for op in app.spec.operations if op.kind != "list")
    url = f"{sandbox.url}/_sandbox/records"
    op = case.endpoint.operation_id
    for body, status, message in [
        ({"vendor": "nobody", "operation": op}, 400, "vendor must be one of"),
        ({"vendor": case.slug, "operation": not_a_list}, 400, f"has no list {not_a_list!r}"),
        ({"vendor": case.slug, "operation": op, "count": 0}, 400, "count must be a whole number"),
        ({"vendor": case.slug, "operation": op, "count": True}, 400, "count must be a whole number"),
    ]:
        answer = httpx.post(url, json=body)
        assert (answer.status_code, message in answer.json()["error"]) == (status, True), answer.text
    assert httpx.post(url, content=b"[").json()["error"] == "the body must be JSON"
    if case.endpoint.path_params:
        missing = httpx.post(url, json={"vendor": case.slug, "operation": op})
        assert missing.status_code == 400 and "needs its path parameters" in missing.json()["error"]
        params = dict.fromkeys(case.endpoint.path_params, "does-not-exist")
        with pytest.raises(SandboxError, match="does-not-exist"):
            sandbox.new_records(case.slug, op, 1, **params)
    with pytest.raises(SandboxError, match=r"no \w+ does-not-exist"):
        sandbox.change_records(case.slug, op, ["does-not-exist"])


@pytest.mark.parametrize(
    ("text", "fmt", "zone", "expected"),
    [
        ("2025-06-01T12:00:00Z", "date-time", None, "2025-06-01T12:00:00+00:00"),
        ("2025-06-01T14:00:00 02:00", None, None, "2025-06-01T12:00:00+00:00"),  # a `+` the query made a space
        ("2025-06-01 14:00:00", "%Y-%m-%d %H:%M:%S", "Europe/Berlin", "2025-06-01T12:00:00+00:00"),
        ("2025-06-01 12:00:00", "%Y-%m-%d %H:%M:%S", "UTC", "2025-06-01T12:00:00+00:00"),
        ("2025-06-01", "date", None, "2025-06-01T00:00:00+00:00"),
        ("1748779200", "unix_seconds", None, "2025-06-01T12:00:00+00:00"),
        ("1748779200000", "unix_ms", None, "2025-06-01T12:00:00+00:00"),
    ],
)
def test_a_bound_is_read_in_the_declared_format_and_zone(
    text: str, fmt: str | None, zone: str | None, expected: str
) -> None:
    moment = datetime.datetime.fromtimestamp(bound_epoch(text, fmt, zone), UTC)
    assert moment == datetime.datetime.fromisoformat(expected)


@pytest.mark.parametrize(
    ("text", "fmt", "message"),
    [
        ("yesterday", None, "must be an ISO 8601 date-time"),
        ("2025-06-01", "%Y-%m-%d %H:%M:%S", "does not match format"),
        ("soon", "unix_ms", "could not convert"),
    ],
)
def test_a_bound_that_is_not_a_time_is_a_value_error(text: str, fmt: str | None, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        bound_epoch(text, fmt, None)
