"""The patterns vendor as a client (tests/patterns_vendor.py generates it; nothing ships): every list
style of the vocabulary lists all 137 things once, sync and async; its waiters' acceptors and its rate
limit's budgets, windows and reset formats work through the generated facade.

The server is an httpx.MockTransport that pages the way the spec's declarations say, so what is tested
is the facade's reading of the spec and the runtime's reading of the facade.
"""

from __future__ import annotations

import datetime
import email.utils
import json
from collections.abc import Callable
from types import ModuleType
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest
from helpers import FakeClock, make
from patterns_vendor import build

import scankit
from scankit._base import AsyncClient
from scankit._ratelimit import Pacer, RateLimits

THINGS = 137
BASE = "https://api.patterns.example/v1"
START = 1_748_736_000  # `created` of thing 1; each later thing a minute older (newest first)


@pytest.fixture(scope="module")
def patterns(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    return build(tmp_path_factory.mktemp("patterns"))


def thing(i: int) -> dict[str, Any]:
    created = START - 60 * i
    return {"id": i, "name": f"thing {i}", "created": created, "sort": [created, i]}


ALL = [thing(i) for i in range(1, THINGS + 1)]


def page_of(start: int, size: int) -> list[dict[str, Any]]:
    return ALL[start : start + size]


def after(key: Callable[[dict[str, Any]], Any], value: Any) -> int:
    """The index just after the thing whose key is `value` (400 for a cursor that names none)."""
    return next(i + 1 for i, t in enumerate(ALL) if key(t) == value)


class Server:
    """Pages the 137 things in every style of tests/patterns/openapi.yaml; records what was asked."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.changes: dict[str, Callable[[httpx.Response], httpx.Response]] = {}

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        path = request.url.path.removeprefix("/v1")
        q = request.url.params
        response = self.route(path, q)
        change = self.changes.get(path)
        return change(response) if change else response

    def route(self, path: str, q: httpx.QueryParams) -> httpx.Response:
        size = int(q.get("size") or q.get("limit") or q.get("per_page") or 10)
        if path == "/things/pages":
            page = int(q.get("page", 1))
            data = page_of((page - 1) * size, size)
            return httpx.Response(200, json={"data": data, "has_more": page * size < THINGS})
        if path == "/things/counted":
            page, pages = int(q.get("page", 0)), -(-THINGS // size)
            nxt = f"/v1/things/counted?page={page + 1}&size={size}" if page + 1 < pages else None
            body = {"meta": {"page": page, "pages": pages, "total": THINGS}, "links": {"next": nxt}}
            return httpx.Response(200, json={"data": page_of(page * size, size), **body})
        if path in ("/things/offset", "/things/offset-short"):
            offset = int(q.get("offset", 0))
            body: dict[str, Any] = {"results": page_of(offset, size)}
            return httpx.Response(200, json=body | ({"total": THINGS} if path == "/things/offset" else {}))
        if path in ("/things/cursor", "/things/cursor-header"):
            start = int(q["cursor"].removeprefix("c")) if "cursor" in q else 0
            more = start + size < THINGS
            body = {"data": page_of(start, size), "has_more": more}
            if path == "/things/cursor":
                return httpx.Response(200, json=body | ({"next": f"c{start + size}"} if more else {}))
            return httpx.Response(200, json=body, headers={"X-Next-Cursor": f"c{start + size}"} if more else {})
        if path == "/things/after":
            start = after(lambda t: t["id"], int(q["after"])) if "after" in q else 0
            return httpx.Response(200, json={"data": page_of(start, size)})
        if path in ("/things/search", "/things/search-json"):
            start = 0
            if "search_after" in q:
                raw = q["search_after"]
                key = json.loads(raw) if path.endswith("json") else [int(part) for part in raw.split(",")]
                start = after(lambda t: [t["created"], t["id"]], key)
            return httpx.Response(200, json={"hits": page_of(start, size)})
        if path == "/things/linked":
            page = int(q.get("page", 1))
            more = page * size < THINGS
            nxt = f"linked?{urlencode({'page': page + 1, 'size': size})}" if more else None  # relative to this URL
            return httpx.Response(
                200, json={"data": page_of((page - 1) * size, size), "has_more": more, "links": {"next": nxt}}
            )
        if path == "/things/link-header":
            page, pages = int(q.get("page", 1)), -(-THINGS // size)
            links = [f'<{BASE}/things/link-header?page={pages}&per_page={size}>; rel="last"']
            if page < pages:
                links.insert(0, f'<{BASE}/things/link-header?page={page + 1}&per_page={size}>; rel="next"')
            return httpx.Response(200, json=page_of((page - 1) * size, size), headers={"Link": ", ".join(links)})
        return httpx.Response(404, json={"error": {"code": "not_found", "message": "no such path"}})


def client(patterns: ModuleType, handler: Any, clock: FakeClock, *, is_async: bool = False) -> Any:
    cls = patterns.AsyncPatterns if is_async else patterns.Patterns
    return make(cls, handler, clock, base_url=BASE)


async def collect(c: Any, verb: str, **kw: Any) -> list[Any]:
    """Every item of `c.things.<verb>(**kw)`, whether `c` is a sync or an async client."""
    if isinstance(c, AsyncClient):
        async with c:
            return [t async for t in getattr(c.things, verb)(**kw)]
    return list(getattr(c.things, verb)(**kw))


LISTS = [
    ("list", "size"),
    ("list_counted", "size"),
    ("list_by_offset", "limit"),
    ("list_by_offset_short", "limit"),
    ("list_by_cursor", "size"),
    ("list_by_header_cursor", "size"),
    ("list_after", "size"),
    ("search", "size"),
    ("search_json", "size"),
    ("list_linked", "size"),
    ("list_by_link_header", "per_page"),
]


def test_every_list_of_the_spec_is_here(patterns: ModuleType) -> None:
    verbs = {name for name in vars(patterns.Things) if not name.startswith("_")}
    assert verbs == {verb for verb, _ in LISTS}
    styles = {getattr(patterns, name).pagination.style for name in vars(patterns) if name.startswith("_THINGS_")}
    assert styles == {"page_number", "offset", "cursor", "next_url", "link_header"}


@pytest.mark.parametrize("size", [None, 7, 50], ids=["max_size", "7", "50"])
@pytest.mark.parametrize(("verb", "size_param"), LISTS, ids=[verb for verb, _ in LISTS])
def test_every_style_lists_every_thing_once_sync(
    patterns: ModuleType, clock: FakeClock, verb: str, size_param: str, size: int | None
) -> None:
    server = Server()
    things = client(patterns, server, clock).things
    listed = getattr(things, verb)(**({size_param: size} if size else {}))
    assert [t.id for t in listed] == list(range(1, THINGS + 1))
    per_page = size or 50  # the facade asks for the spec's max_size
    assert len(server.requests) in (-(-THINGS // per_page), -(-THINGS // per_page) + 1)  # + an empty last page
    assert all(r.headers["X-Patterns-Key"] == "sk-test-secret-123" for r in server.requests)


@pytest.mark.parametrize(("verb", "size_param"), LISTS, ids=[verb for verb, _ in LISTS])
async def test_every_style_lists_every_thing_once_async(
    patterns: ModuleType, clock: FakeClock, verb: str, size_param: str
) -> None:
    server = Server()
    async with client(patterns, server, clock, is_async=True) as c:
        ids = [t.id async for t in getattr(c.things, verb)(**{size_param: 9})]
        assert ids == list(range(1, THINGS + 1))
        pages = [len(p.items) async for p in getattr(c.things, verb)(**{size_param: 9}).pages()]
    assert sum(pages) == THINGS and pages[:15] == [9] * 15


def test_what_each_style_sends_for_the_next_page(patterns: ModuleType, clock: FakeClock) -> None:
    server = Server()
    things = client(patterns, server, clock).things

    def asked(verb: str, **kw: Any) -> list[dict[str, str]]:
        """The query of each request the listing made."""
        server.requests.clear()
        list(getattr(things, verb)(**kw))
        return [dict(r.url.params) for r in server.requests]

    first = START - 60 * 50  # thing 50's `created`: the last of the first page
    assert asked("list_by_offset", limit=50) == [
        {"limit": "50"},
        {"limit": "50", "offset": "50"},
        {"limit": "50", "offset": "100"},
    ]
    assert asked("list_after", size=50)[1] == {"after": "50", "size": "50"}
    assert asked("search", size=50)[1] == {"search_after": f"{first},50", "size": "50"}
    assert asked("search_json", size=50)[1] == {"search_after": f"[{first},50]", "size": "50"}
    assert asked("list_linked", size=50)[1:] == [{"page": "2", "size": "50"}, {"page": "3", "size": "50"}]
    assert asked("list_by_link_header", per_page=50)[1] == {"page": "2", "per_page": "50"}
    assert asked("list_counted", size=50) == [{"size": "50"}, {"size": "50", "page": "1"}, {"size": "50", "page": "2"}]
    assert asked("list_by_header_cursor", size=50)[1:] == [
        {"size": "50", "cursor": "c50"},
        {"size": "50", "cursor": "c100"},
    ]


def test_an_offset_page_the_server_caps_loses_nothing(patterns: ModuleType, clock: FakeClock) -> None:
    server = Server()
    # asked for 50, the server sends 20: the next offset is 20, not 50
    server.changes["/things/offset"] = lambda r: httpx.Response(
        200, json={**r.json(), "results": r.json()["results"][:20]}
    )
    things = client(patterns, server, clock).things
    assert [t.id for t in things.list_by_offset()] == list(range(1, THINGS + 1))
    assert [r.url.params.get("offset") for r in server.requests[:3]] == [None, "20", "40"]


def test_has_more_true_with_nothing_to_follow_is_an_error(patterns: ModuleType, clock: FakeClock) -> None:
    server = Server()
    server.changes["/things/cursor-header"] = lambda r: httpx.Response(200, json={**r.json(), "has_more": True})
    server.changes["/things/linked"] = lambda r: httpx.Response(
        200, json={**r.json(), "has_more": True, "links": {"next": None}}
    )
    things = client(patterns, server, clock).things
    with pytest.raises(scankit.PaginationError, match="has_more but there is no cursor"):
        list(things.list_by_header_cursor(size=50))
    with pytest.raises(scankit.PaginationError, match="has_more but there is no next URL"):
        list(things.list_linked(size=50))


@pytest.mark.parametrize(
    ("where", "next_url"),
    [
        ("body", "https://evil.example/v1/things/linked?page=2"),
        ("body", "//evil.example/v1/things/linked?page=2"),
        ("body", "http://api.patterns.example/v1/things/linked?page=2"),  # another scheme: another origin
        ("body", "https://api.patterns.example:8443/v1/things/linked?page=2"),
        ("header", "https://evil.example/v1/things/link-header?page=2"),
    ],
)
async def test_a_next_url_on_another_origin_is_refused_before_any_request(
    patterns: ModuleType, clock: FakeClock, where: str, next_url: str
) -> None:
    server = Server()
    if where == "body":
        server.changes["/things/linked"] = lambda r: httpx.Response(200, json={**r.json(), "links": {"next": next_url}})
        verb = "list_linked"
    else:
        server.changes["/things/link-header"] = lambda r: httpx.Response(
            200, json=r.json(), headers={"Link": f'<{next_url}>; rel="next"'}
        )
        verb = "list_by_link_header"
    for is_async in (False, True):
        server.requests.clear()
        with pytest.raises(scankit.PaginationError, match="another origin") as caught:
            await collect(client(patterns, server, clock, is_async=is_async), verb)
        assert len(server.requests) == 1, "nothing is sent to the other origin"
        assert "sk-test-secret" not in str(caught.value) and "page=2" not in str(caught.value)


def test_a_next_url_that_comes_back_is_a_loop(patterns: ModuleType, clock: FakeClock) -> None:
    server = Server()
    server.changes["/things/linked"] = lambda r: httpx.Response(
        200, json={**r.json(), "has_more": True, "links": {"next": "linked?page=2"}}
    )
    with pytest.raises(scankit.PaginationError, match="would loop"):
        list(client(patterns, server, clock).things.list_linked())


def test_a_last_item_without_its_cursor_is_an_error(patterns: ModuleType, clock: FakeClock) -> None:
    server = Server()
    server.changes["/things/search"] = lambda r: httpx.Response(
        200, json={"hits": [{**t, "sort": []} for t in r.json()["hits"]]}
    )
    with pytest.raises(scankit.PaginationError, match="empty cursor"):
        list(client(patterns, server, clock).things.search())


# -- waiters ----------------------------------------------------------------------------------------


def job(status: str, *tasks: str) -> dict[str, Any]:
    names = ("fetch", "parse", "store")
    return {
        "id": "job_0001",
        "status": status,
        "tasks": [{"name": n, "status": s} for n, s in zip(names, tasks, strict=True)],
    }


class Polls:
    """Answers GETs with the next of `answers` (the last repeats); POSTs with `created`."""

    def __init__(self, created: httpx.Response, answers: list[httpx.Response]) -> None:
        self.created, self.answers, self.requests = created, answers, []  # type: list[httpx.Request]

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.method == "POST":
            return self.created
        return self.answers[min(len(self.requests) - 2, len(self.answers) - 1)]


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
async def test_a_job_waits_for_every_task(patterns: ModuleType, clock: FakeClock, is_async: bool) -> None:
    answers = [
        httpx.Response(200, json=job("running", "done", "running", "queued")),
        httpx.Response(200, json=job("running", "done", "done", "running")),
        httpx.Response(200, json=job("done", "done", "done", "done")),
    ]
    server = Polls(httpx.Response(201, json=job("queued", "queued", "queued", "queued")), answers)
    c = client(patterns, server, clock, is_async=is_async)
    done = c.jobs.create_and_wait(body={"name": "nightly"})
    done = await done if is_async else done
    assert done.status == "done" and [t.status for t in done.tasks] == ["done"] * 3
    assert clock.sleeps == [1.0, 2.0, 4.0]  # initial_delay, then poll_interval doubling (max_poll_interval 16)


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
async def test_one_failed_task_fails_the_job(patterns: ModuleType, clock: FakeClock, is_async: bool) -> None:
    answers = [httpx.Response(200, json=job("running", "done", "failed", "queued"))]
    server = Polls(httpx.Response(201, json=job("queued", "queued", "queued", "queued")), answers)
    c = client(patterns, server, clock, is_async=is_async)
    failed = c.jobs.wait("job_0001")
    failed = await failed if is_async else failed
    assert failed.status == "running" and failed.tasks[1].status == "failed"  # pathAny failed: an answer
    assert clock.sleeps == []


def test_a_job_gives_up_after_max_attempts(patterns: ModuleType, clock: FakeClock) -> None:
    server = Polls(
        httpx.Response(201, json={}), [httpx.Response(200, json=job("queued", "queued", "queued", "queued"))]
    )
    with pytest.raises(scankit.WaitTimeoutError, match="30 polls, the spec's max_attempts") as caught:
        client(patterns, server, clock).jobs.wait("job_0001", timeout=None)
    assert caught.value.max_attempts == 30 and len(server.requests) == 30
    assert max(clock.sleeps) == 16.0  # the doubling stops at max_poll_interval


def report(state: str, url: str | None = None) -> dict[str, Any]:
    return {"id": "rep_0001", "state": state, "url": url}


def not_ready(advice: str = "0.5") -> httpx.Response:
    return httpx.Response(
        404, json={"error": {"code": "not_ready", "message": "Not yet"}}, headers={"Retry-After": advice}
    )


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
async def test_a_report_is_404_until_made(patterns: ModuleType, clock: FakeClock, is_async: bool) -> None:
    answers = [not_ready(), not_ready("30"), httpx.Response(200, json=report("ready", "https://files.example/r.pdf"))]
    server = Polls(httpx.Response(202, json=report("pending")), answers)
    seen: list[tuple[int | None, str]] = []
    c = client(patterns, server, clock, is_async=is_async)
    made = c.reports.create_and_wait(body={"title": "weekly"}, on_update=lambda s: seen.append((s.status, s.outcome)))
    made = await made if is_async else made
    assert made is not None and made.state == "ready" and made.url == "https://files.example/r.pdf"
    assert seen == [(None, "unknown"), (404, "pending"), (404, "pending"), (200, "success")]
    # the first wait is the poll interval; then each 404's Retry-After, at most ten poll intervals
    assert clock.sleeps == [1.0, 0.5, 10.0]


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
async def test_an_expired_report_is_an_answer(patterns: ModuleType, clock: FakeClock, is_async: bool) -> None:
    gone = httpx.Response(410, json={"error": {"code": "expired", "message": "Gone"}})
    c = client(patterns, Polls(httpx.Response(202, json={}), [not_ready(), gone]), clock, is_async=is_async)
    result = c.reports.wait("rep_0001")
    assert (await result if is_async else result) is None  # failure, before any report was seen


def test_an_error_no_acceptor_matches_raises(patterns: ModuleType, clock: FakeClock) -> None:
    refused = httpx.Response(401, json={"error": {"code": "unauthorized", "message": "Bad key"}})
    with pytest.raises(scankit.AuthenticationError, match="Bad key"):
        client(patterns, Polls(httpx.Response(202, json={}), [not_ready(), refused]), clock).reports.wait("rep_0001")


# -- rate limits ------------------------------------------------------------------------------------


def test_submissions_share_a_budget_lists_do_not(patterns: ModuleType, clock: FakeClock) -> None:
    def server(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/reports"):
            return httpx.Response(202, json=report("pending"))
        if request.url.path.endswith("/jobs"):
            return httpx.Response(201, json=job("queued", "queued", "queued", "queued"))
        return Server()(request)

    c = client(patterns, server, clock)
    for _ in range(3):
        c.jobs.create(body={})
    c.reports.create(body={})  # the fourth submission: a report, on the same budget as the jobs
    # 3 tokens (the first three only spaced by the per-second window), then one per 2 s
    assert sum(clock.sleeps[:-1]) < 0.2 and sum(clock.sleeps) == pytest.approx(2.0)
    clock.sleeps.clear()
    list(c.things.list(size=7))  # 20 pages: only the per-second window spaces them, no token is needed
    assert clock.sleeps == pytest.approx([0.05] * 20, abs=1e-5)  # each 0.05 s after the send before


def pacer(patterns: ModuleType) -> Pacer:
    limits = RateLimits.from_dict(patterns.VENDOR.rate_limit)
    assert limits is not None and [b.name for b in limits.budgets] == ["second", "minute", "hour", "day", "submissions"]
    return Pacer(limits)


T0 = 1_750_003_210.0  # 10 s into a minute


@pytest.mark.parametrize(
    ("budget", "value"),
    [
        ("Second", "3"),  # delta seconds
        ("Minute", str(int(T0 + 3))),  # unix seconds
        ("Hour", str(int((T0 + 3) * 1000))),  # unix ms
        ("Day", email.utils.formatdate(T0 + 3, usegmt=True)),  # HTTP-date (whole seconds)
        ("Submissions", datetime.datetime.fromtimestamp(T0 + 3, datetime.UTC).isoformat()),  # ISO 8601
    ],
)
def test_each_budget_reads_its_reset_in_its_own_format(patterns: ModuleType, budget: str, value: str) -> None:
    p = pacer(patterns)
    key = "POST /jobs"
    p.observe(key, {f"X-RateLimit-Remaining-{budget}": "0", f"X-RateLimit-Reset-{budget}": value}, T0)
    assert p.reserve(key, T0) == pytest.approx(3.0, abs=0.5)


def test_a_fixed_minute_window_resets_on_the_minute(patterns: ModuleType) -> None:
    p = pacer(patterns)
    sends = [T0 + p.reserve("GET /things/offset", T0) for _ in range(101)]
    assert max(sends[:100]) < T0 + 49.5 <= sends[100]  # 100 in this minute, the 101st at :00 of the next
    assert sends[100] == pytest.approx(T0 - 10 + 60)


def test_a_429_holds_every_budget_of_the_request(patterns: ModuleType) -> None:
    p = pacer(patterns)
    p.penalize("POST /reports", 5.0, T0)
    assert p.reserve("POST /jobs", T0) == pytest.approx(5.0)  # the submissions budget is held
    assert 5.0 <= p.reserve("GET /things/pages", T0) < 5.1  # so are the windows every request shares (spaced)


def test_the_shared_headers_report_the_tightest_budget(patterns: ModuleType) -> None:
    p = pacer(patterns)
    p.observe("POST /jobs", {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": str(int(T0 + 4))}, T0)
    assert p.reserve("POST /jobs", T0) == pytest.approx(4.0)


def test_the_facade_names_budgets_by_rate_key(patterns: ModuleType) -> None:
    submissions = patterns.VENDOR.rate_limit["limits"][-1]
    assert submissions["operations"] == ["POST /jobs", "POST /reports"]
    assert patterns._JOBS_CREATE.rate_key == "POST /jobs"


def test_the_generated_client_is_typed(patterns: ModuleType) -> None:
    """What mypy sees: lists of the item type, a wait that may end without a report."""
    import typing

    hints = typing.get_type_hints(patterns.Reports.wait, vars(patterns))
    assert hints["return"] == patterns.Report | None
    hints = typing.get_type_hints(patterns.Jobs.wait, vars(patterns))
    assert hints["return"] is patterns.Job
