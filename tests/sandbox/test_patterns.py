"""The patterns spec (tests/patterns: every form of the vocabulary) served by the sandbox, read with
plain httpx the way specs/CONVENTIONS.md says a client reads it.

Lists: following each list's declared rule from its first page yields all 137 things, each once, in
order, whatever the page size, and each signal (``has_more``, totals, next references) says what the
rules say it says. Waiters: a job's tasks and a report's result move as their acceptors expect
(a 404 while the report is made, its error code when it expired). Rate limits: every window, the
submissions budget and every reset format, with an injected clock.
"""

from __future__ import annotations

import datetime
import email.utils
import json
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx
import pytest
import yaml

from scankit.sandbox import RUN_HEADER, Runs, Sandbox, build_app, headers

PATTERNS = Path(__file__).resolve().parents[1] / "patterns"
SPEC = yaml.safe_load((PATTERNS / "openapi.yaml").read_text())
LISTS = {
    op["operationId"]: (path, op["x-scankit-pagination"])
    for path, item in SPEC["paths"].items()
    for op in item.values()
    if "x-scankit-pagination" in op
}
THINGS = 137


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(["patterns"], specs=[PATTERNS], rate_limits=False, runs=Runs(seconds=None)) as box:
        yield box


def dig(body: Any, path: str) -> Any:
    """A dotted path with ``[n]`` steps (specs/CONVENTIONS.md); None when absent."""
    if path == ".":
        return body
    for part in path.split("."):
        name, _, index = part.partition("[")
        body = body.get(name) if isinstance(body, dict) else None
        if index and isinstance(body, list):
            body = body[int(index.rstrip("]"))] if body else None
    return body


def last_item_cursor(item: dict[str, Any], rule: dict[str, Any]) -> str:
    paths = rule["path"] if isinstance(rule["path"], list) else [rule["path"]]
    values = [dig(item, p) for p in paths]
    assert all(v is not None for v in values), "a last item without its cursor is a PaginationError"
    if len(values) == 1 and not isinstance(values[0], list):
        return values[0] if isinstance(values[0], str) else json.dumps(values[0])
    parts = [p for v in values for p in (v if isinstance(v, list) else [v])]
    join = rule.get("join", ",")
    if join == "json":
        return json.dumps(parts, separators=(",", ":"))
    return join.join(p if isinstance(p, str) else json.dumps(p) for p in parts)


def follow(
    http: httpx.Client, url: str, block: dict[str, Any], size: int | None
) -> tuple[list[Any], list[dict[str, Any]]]:
    """Every page of a list, by the declared rule and the stop rules of specs/CONVENTIONS.md."""
    style = block["style"]
    declared = [k for k in ("has_more", "total_pages", "total_items") if k in block]
    stop = set(block.get("stop") or [*declared, "next", "empty_page"])
    params: dict[str, Any] = {block["size_param"]: size} if size and block.get("size_param") else {}
    items: list[Any] = []
    pages: list[dict[str, Any]] = []
    number = block.get("first_page", 1)
    offset = block.get("first_offset", 0)
    while True:
        response = http.get(url, params=params or None)  # httpx: an empty dict would drop the URL's own query
        assert response.status_code == 200, response.text
        body = response.json()
        page = dig(body, block["items"])
        assert isinstance(page, list)
        items += page
        has_more = dig(body, block["has_more"]) if block.get("has_more") else None
        pages.append({"body": body, "headers": response.headers, "has_more": has_more, "count": len(page)})
        says_more = has_more is True
        if has_more is False and "has_more" in stop:
            break
        if style == "page_number":
            total_pages = dig(body, block["total_pages"]) if block.get("total_pages") else None
            if block.get("current_page"):
                assert dig(body, block["current_page"]) == number
            link = dig(body, block["next_link"]) if block.get("next_link") else None
            if block.get("next_link") and not link and "next" in stop:
                break
            if (
                total_pages is not None
                and number >= total_pages - 1 + block.get("first_page", 1)
                and "total_pages" in stop
            ):
                break
            number += 1
            params = {**params, block["page_param"]: number}
            says_more = says_more or bool(link) or (total_pages is not None and number <= total_pages)
        elif style == "offset":
            offset += len(page)
            total = dig(body, block["total_items"]) if block.get("total_items") else None
            if total is not None and offset >= total and "total_items" in stop:
                break
            if size and len(page) < size and "short_page" in stop:
                break
            params = {**params, block["offset_param"]: offset}
        elif style == "cursor":
            if "last_item" in block:
                if not page:
                    break
                cursor = last_item_cursor(page[-1], block["last_item"])
            elif "next_cursor" in block:
                cursor = dig(body, block["next_cursor"])
            else:
                cursor = response.headers.get(block["cursor_header"])
            if not cursor and "last_item" not in block:
                assert has_more is not True, "has_more with nothing to follow is a PaginationError"
                break
            params = {**params, block["cursor_param"]: cursor}
            says_more = says_more or bool(cursor)
        else:
            found = (
                dig(body, block["next_url"])
                if style == "next_url"
                else response.links.get(block.get("link_rel", "next"), {}).get("url")
            )
            if not found:
                assert has_more is not True
                break
            url = urljoin(str(response.url), found)
            assert urlsplit(url).netloc == urlsplit(str(response.url)).netloc, "a next URL stays on the origin"
            params = {}
            says_more = True
        if not page and not says_more and "empty_page" in stop:
            break
        assert len(pages) < 100, "the list does not end"
    return items, pages


@pytest.mark.parametrize("size", [None, 7, 10, 50], ids=["default", "7", "10", "50"])
@pytest.mark.parametrize("operation", sorted(LISTS))
def test_every_style_yields_every_thing_once_in_order(sandbox: Sandbox, operation: str, size: int | None) -> None:
    path, block = LISTS[operation]
    with httpx.Client(headers=sandbox.headers("patterns")) as http:
        items, pages = follow(http, sandbox.base_url("patterns") + path, block, size)
    ids = [item["id"] for item in items]
    assert ids == list(range(1, THINGS + 1))
    per_page = size or block["default_size"]
    assert len(pages) in (math.ceil(THINGS / per_page), math.ceil(THINGS / per_page) + 1)  # + an empty last page
    if block.get("has_more"):  # has_more is true on every page but the last
        assert [p["has_more"] for p in pages] == [True] * (len(pages) - 1) + [False]


def test_each_style_is_used_and_each_cursor_source(sandbox: Sandbox) -> None:
    blocks = [block for _, block in LISTS.values()]
    assert {b["style"] for b in blocks} == {"page_number", "offset", "cursor", "next_url", "link_header"}
    assert {k for b in blocks for k in ("next_cursor", "cursor_header", "last_item") if k in b} == {
        "next_cursor",
        "cursor_header",
        "last_item",
    }
    assert {b["last_item"].get("join", ",") for b in blocks if "last_item" in b} == {",", "json"}


def test_counted_pages_and_links(sandbox: Sandbox) -> None:
    url = sandbox.base_url("patterns") + "/things/counted"
    with httpx.Client(headers=sandbox.headers("patterns")) as http:
        last = http.get(url, params={"page": 13, "size": 10}).json()
        beyond = http.get(url, params={"page": 14, "size": 10}).json()
    assert last["meta"] == {"page": 13, "pages": 14, "total": 137} and len(last["data"]) == 7
    assert last["links"]["next"] is None and last["links"]["prev"].endswith("page=12")
    assert beyond["data"] == [] and beyond["links"]["next"] is None


def test_short_pages_and_bad_cursors(sandbox: Sandbox) -> None:
    base = sandbox.base_url("patterns")
    with httpx.Client(headers=sandbox.headers("patterns")) as http:
        short = http.get(base + "/things/offset-short", params={"offset": 130, "limit": 10}).json()
        assert len(short["results"]) == 7  # the short page that ends the list
        assert http.get(base + "/things/offset-short", params={"offset": 137}).json()["results"] == []
        refused = http.get(base + "/things/cursor", params={"cursor": "not-a-cursor"})
        assert refused.status_code == 400 and refused.json()["error"]["code"] == "invalid"
        unknown = http.get(base + "/things/search", params={"search_after": "1,999"})
        assert unknown.status_code == 400


# -- waiters -------------------------------------------------------------------------------------


def judge(waiter: dict[str, Any], response: httpx.Response) -> str:
    """What the acceptors make of one poll (botocore's rules): success, failure or retry."""
    body = response.json()
    for acceptor in waiter["acceptors"]:
        matcher, expected = acceptor["matcher"], acceptor["expected"]
        if matcher == "status":
            hit = response.status_code == expected
        elif matcher == "error":
            hit = response.status_code >= 400 and dig(body, "error.code") == expected
        elif response.status_code >= 400:
            continue
        else:
            argument = acceptor["argument"]
            if "[]" in argument:
                head, _, tail = argument.partition("[].")
                values = [dig(v, tail) for v in dig(body, head) or []]
                hit = bool(values) and (all if matcher == "pathAll" else any)(v == expected for v in values)
            else:
                hit = dig(body, argument) == expected
        if hit:
            return str(acceptor["state"])
    return "retry"


def waiter_of(operation_id: str) -> dict[str, Any]:
    return next(
        op["x-scankit-waiter"]
        for item in SPEC["paths"].values()
        for op in item.values()
        if op["operationId"] == operation_id
    )


@pytest.mark.parametrize(("outcome", "final"), [("success", "success"), ("failure", "failure")])
def test_a_job_runs_as_its_acceptors_expect(sandbox: Sandbox, outcome: str, final: str) -> None:
    base = sandbox.base_url("patterns")
    waiter = waiter_of("getJob")
    with httpx.Client(headers=sandbox.headers("patterns")) as http:
        job = http.post(base + "/jobs", json={"name": "nightly"}, headers={RUN_HEADER: outcome})
        assert job.status_code == 201 and job.json()["status"] == "queued"
        seen = []
        for _ in range(5):
            poll = http.get(f"{base}/jobs/{job.json()['id']}")
            seen.append((poll.json()["status"], judge(waiter, poll), poll.headers.get("Retry-After")))
            if seen[-1][1] != "retry":
                break
    assert seen[0] == ("running", "retry", "1")  # pathAny/pathAll not yet; the sandbox advises 1 s
    assert seen[-1][:2] == (("done", "success") if final == "success" else ("failed", "failure"))


@pytest.mark.parametrize(("outcome", "final"), [("success", "success"), ("failure", "failure")])
def test_a_report_is_404_until_made_then_ready_or_expired(sandbox: Sandbox, outcome: str, final: str) -> None:
    base = sandbox.base_url("patterns")
    waiter = waiter_of("getReportResult")
    with httpx.Client(headers=sandbox.headers("patterns")) as http:
        report = http.post(base + "/reports", json={"title": "weekly"}, headers={RUN_HEADER: outcome})
        assert report.status_code == 202 and report.json()["state"] == "pending"
        first = http.get(f"{base}/reports/{report.json()['id']}/result")
        second = http.get(f"{base}/reports/{report.json()['id']}/result")
    assert (first.status_code, judge(waiter, first), first.headers["Retry-After"]) == (404, "retry", "1")
    assert first.json()["error"]["code"] == "not_ready"
    if final == "success":
        assert second.status_code == 200 and judge(waiter, second) == "success"
        assert second.json()["url"].endswith(".pdf")
    else:
        assert second.status_code == 410 and judge(waiter, second) == "failure"
        assert second.json()["error"]["code"] == "expired"


# -- rate limits ---------------------------------------------------------------------------------


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def limited(now: float) -> tuple[Any, Clock]:
    clock = Clock(now)
    app = build_app(vendors=["patterns"], specs=[PATTERNS], clock=clock)
    return app, clock


async def test_every_window_and_every_reset_format() -> None:
    start = 1_750_003_210.5  # 10.5 s into a minute
    app, _ = limited(start)
    key = headers("patterns")
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://sandbox") as http:
        burst = [await http.get("/patterns/v1/things/pages", headers=key) for _ in range(21)]
    first, refused = burst[0], burst[20]
    assert [r.status_code for r in burst] == [200] * 20 + [429]
    assert first.headers["X-RateLimit-Remaining-Second"] == "19"
    assert float(first.headers["X-RateLimit-Reset-Second"]) == pytest.approx(1.0)  # delta seconds
    minute_end = (math.floor(start / 60) + 1) * 60
    assert int(first.headers["X-RateLimit-Reset-Minute"]) == minute_end  # unix seconds, the window's end
    assert int(first.headers["X-RateLimit-Reset-Hour"]) == math.ceil((start + 3600) * 1000)  # unix ms
    day = email.utils.parsedate_to_datetime(first.headers["X-RateLimit-Reset-Day"])  # HTTP-date
    assert day.timestamp() == (math.floor(start / 86_400) + 1) * 86_400
    assert "X-RateLimit-Remaining-Submissions" not in first.headers  # a list is not a submission
    assert first.headers["X-RateLimit-Remaining"] == "19"  # the tightest budget
    assert refused.json()["error"]["code"] == "too_many_requests"
    assert 0 < float(refused.headers["Retry-After"]) <= 1.0
    assert refused.headers["X-RateLimit-Remaining-Second"] == "0"


async def test_the_minute_window_and_the_submissions_group() -> None:
    start = 1_750_003_200.0  # on a minute boundary
    app, clock = limited(start)
    key = headers("patterns")
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://sandbox") as http:
        statuses = []
        for second in range(6):  # 20 a second, under the per-second window, until the minute's 100 are used
            clock.now = start + second
            statuses += [(await http.get("/patterns/v1/things/offset", headers=key)).status_code for _ in range(20)]
        assert statuses == [200] * 100 + [429] * 20
        clock.now = start + 59.0
        waiting = await http.get("/patterns/v1/things/offset", headers=key)
        assert waiting.status_code == 429 and float(waiting.headers["Retry-After"]) == pytest.approx(1.0)
        clock.now = start + 60.0  # the next minute
        assert (await http.get("/patterns/v1/things/offset", headers=key)).status_code == 200

        jobs = [await http.post("/patterns/v1/jobs", json={}, headers=key) for _ in range(2)]
        report = await http.post("/patterns/v1/reports", json={}, headers=key)
        over = await http.post("/patterns/v1/jobs", json={}, headers=key)
        listing = await http.get("/patterns/v1/things/pages", headers=key)
    assert [r.status_code for r in (*jobs, report)] == [201, 201, 202]  # one budget for both operations
    assert over.status_code == 429 and float(over.headers["Retry-After"]) == pytest.approx(2.0)  # 0.5 tokens/s
    reset = datetime.datetime.fromisoformat(report.headers["X-RateLimit-Reset-Submissions"])  # ISO 8601
    assert reset.tzinfo is not None and reset.timestamp() > clock.now
    assert report.headers["X-RateLimit-Remaining-Submissions"] == "0"
    assert listing.status_code == 200  # lists draw on the windows, not on the submissions
