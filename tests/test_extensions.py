"""The typed model of the x-scankit extensions: every spec parses, and a key the model does not
define is refused with its JSON pointer, wherever it is, all problems of a document at once."""

from __future__ import annotations

import copy
from typing import Any

import attrs
import pytest

from scankit_codegen.extensions import (
    Acceptor,
    AcceptorWaiter,
    CoverageEntry,
    CursorPagination,
    FixedWindow,
    LastItem,
    LinkHeaderPagination,
    NextUrlPagination,
    OffsetPagination,
    PageNumberPagination,
    SlidingWindow,
    SpecError,
    StateWaiter,
    TokenBucket,
    load_vendor,
    parse_vendor,
    problems_of,
)
from scankit_codegen.registry import vendors

SCHEMES = {"Key": {"type": "apiKey", "in": "header", "name": "X-Key"}, "Token": {"type": "http", "scheme": "bearer"}}


def document() -> dict[str, Any]:
    """A small valid spec: a cursor list, a page-number list read incrementally, a waitable get, a rate
    limit, webhooks, coverage and the sources' pages."""

    def op(op_id: str, verb: str, **extra: Any) -> dict[str, Any]:
        return {
            "operationId": op_id,
            "tags": ["scans"],
            "x-scankit-method": verb,
            "x-scankit-source": "seed 001",
            "security": [{"Key": [], "Token": []}],
            "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Env"}}}}},
            **extra,
        }

    return {
        "x-scankit": {
            "vendor": "Acme Scan",
            "env_key": "ACME_API_KEY",
            "rate_limit": {
                "scope": "endpoint_method",
                "algorithm": "sliding_window",
                "requests": 10,
                "window_seconds": 1,
                "headers": {"remaining": "x-left"},
            },
            "errors": {"message": ["error", "message"], "inferred": ["message"]},
        },
        "x-scankit-webhooks": {
            "event_schema": "Scan",
            "secret_env": "ACME_WEBHOOK_SECRET",
            "signature": {"header": "X-Sig", "algorithm": "hmac-sha256", "signed": "{body}"},
            "event_type": {"header": "X-Event"},
            "event_id": {"body": "id"},
            "source": "seed 002",
        },
        "x-scankit-coverage": {
            "description": "Every scan operation the docs name.",
            "operations": [
                {"name": f"op {o}", "doc": f"https://docs.acme.test/{o}", "covered": o}
                for o in ("listScans", "createScan", "listPages", "getScan")
            ]
            + [{"name": "Delete a scan", "doc": "https://docs.acme.test/delete", "reason": "not in scope"}],
        },
        "x-scankit-sources": {"seed 001": "https://docs.acme.test/scans", "api.acme.test": None},
        "paths": {
            "/scans": {
                "get": op(
                    "listScans",
                    "list",
                    **{
                        "x-scankit-pagination": {
                            "style": "cursor",
                            "items": "data",
                            "cursor_param": "c",
                            "next_cursor": "n",
                        }
                    },
                ),
                "post": op("createScan", "create", **{"x-scankit-unwrap": "data"}),
            },
            "/pages": {
                "get": op(
                    "listPages",
                    "list_pages",
                    **{
                        "x-scankit-pagination": {"style": "page_number", "items": "data", "page_param": "page"},
                        "x-scankit-incremental": {
                            "cursor": "updated_at",
                            "format": "date-time",
                            "granularity": "second",
                            "id": "id",
                            "lookback_seconds": 60,
                            "filter": {"since_param": "since", "format": "date-time", "params": {"sort": "asc"}},
                            "inferred": ["lookback_seconds"],
                            "x-scankit-source": "seed 001",
                        },
                        "x-scankit-notes": "The docs show the filter in one example only.",
                        "parameters": [
                            {"name": "since", "in": "query", "schema": {"type": "string"}},
                            {"name": "sort", "in": "query", "schema": {"type": "string", "enum": ["asc", "desc"]}},
                        ],
                        "responses": {
                            "200": {
                                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ScanPage"}}}
                            }
                        },
                    },
                )
            },
            "/scans/{id}": {
                "get": op(
                    "getScan",
                    "get",
                    **{
                        "x-scankit-unwrap": "data",
                        "x-scankit-waiter": {
                            "state": "state",
                            "success": ["DONE"],
                            "pending": ["RUNNING"],
                            "poll_interval": 5,
                            "started_by": {"createScan": "$response.body#/data/id"},
                            "x-scankit-source": "seed 001",
                        },
                    },
                )
            },
        },
        "components": {
            "securitySchemes": SCHEMES,
            "schemas": {
                "Env": {"type": "object", "properties": {"data": {"$ref": "#/components/schemas/Scan"}}},
                "Scan": {
                    "type": "object",
                    "properties": {
                        "id": {"type": "string"},
                        "state": {"type": "string", "enum": ["RUNNING", "DONE"]},
                        "updated_at": {"type": "string", "format": "date-time"},
                    },
                },
                "ScanPage": {
                    "type": "object",
                    "properties": {"data": {"type": "array", "items": {"$ref": "#/components/schemas/Scan"}}},
                },
            },
        },
    }


@pytest.mark.parametrize("vendor", vendors())
def test_every_spec_parses(vendor: str) -> None:
    model = load_vendor(vendor)
    assert model.slug == vendor and model.operations
    assert all(op.pagination is not None for op in model.operations if op.verb.startswith("list"))


def test_the_blocks_are_typed() -> None:
    model = parse_vendor("acme", document())
    assert model.meta.class_name == "AcmeScan" and model.meta.env_stem == "ACME"
    assert model.meta.rate_limit is not None
    assert model.meta.rate_limit.budget == SlidingWindow(requests=10, window_seconds=1)
    assert model.meta.errors is not None and model.meta.errors.message == ("error", "message")
    assert model.meta.errors.runtime == {"message": ["error", "message"]}
    assert isinstance(model.operation("listScans").pagination, CursorPagination)
    pages = model.operation("listPages").pagination
    assert isinstance(pages, PageNumberPagination) and pages.first_page == 1 and pages.request_param == "page"
    waiter = model.operation("getScan").waiter
    assert isinstance(waiter, StateWaiter) and waiter.started_by[0].body_path == "data.id"
    assert model.auth.key.header == "X-Key" and [t.arg for t in model.auth.tokens] == ["token"]
    assert model.auth.tokens[0].prefix == "Bearer "
    assert model.webhooks is not None and model.webhooks.event_id.body == "id"
    pages_op = model.operation("listPages")
    inc = pages_op.incremental
    assert inc is not None and inc.cursor == "updated_at" and inc.lookback_seconds == 60 and not inc.client_side
    assert inc.filter is not None and inc.filter.since_param == "since" and inc.filter.params == {"sort": "asc"}
    assert inc.inferred == ("lookback_seconds",) and inc.order is None
    assert pages_op.notes == "The docs show the filter in one example only."
    assert model.coverage is not None and len(model.coverage.operations) == 5
    assert model.coverage.operations[-1] == CoverageEntry(
        "Delete a scan", "https://docs.acme.test/delete", None, "not in scope"
    )
    assert model.sources == {"seed 001": "https://docs.acme.test/scans", "api.acme.test": None}
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        model.meta.vendor = "other"  # type: ignore[misc]


def test_a_token_bucket_is_its_own_form() -> None:
    doc = document()
    doc["x-scankit"]["rate_limit"] = {
        "scope": "client",
        "algorithm": "token_bucket",
        "capacity": 15,
        "refill_per_second": 1,
    }
    rate = parse_vendor("acme", doc).meta.rate_limit
    assert rate is not None and rate.budget == TokenBucket(capacity=15, refill_per_second=1)
    doc["x-scankit"]["rate_limit"]["requests"] = 10  # a sliding window's key in a bucket
    assert problems_of("acme", doc) == [
        "#/x-scankit/rate_limit/requests: unknown key (known: algorithm, capacity, headers, inferred, notes, "
        "refill_per_second, retry_after_trusted, scope, source)"
    ]


@pytest.mark.parametrize(
    ("where", "pointer"),
    [
        (lambda d: d["x-scankit"], "#/x-scankit/bogus"),
        (lambda d: d["x-scankit"]["rate_limit"], "#/x-scankit/rate_limit/bogus"),
        (lambda d: d["x-scankit"]["rate_limit"]["headers"], "#/x-scankit/rate_limit/headers/bogus"),
        (lambda d: d["x-scankit"]["errors"], "#/x-scankit/errors/bogus"),
        (
            lambda d: d["paths"]["/scans"]["get"]["x-scankit-pagination"],
            "#/paths/~1scans/get/x-scankit-pagination/bogus",
        ),
        (
            lambda d: d["paths"]["/pages"]["get"]["x-scankit-pagination"],
            "#/paths/~1pages/get/x-scankit-pagination/bogus",
        ),
        (
            lambda d: d["paths"]["/scans/{id}"]["get"]["x-scankit-waiter"],
            "#/paths/~1scans~1{id}/get/x-scankit-waiter/bogus",
        ),
        (lambda d: d["x-scankit-webhooks"], "#/x-scankit-webhooks/bogus"),
        (lambda d: d["x-scankit-webhooks"]["signature"], "#/x-scankit-webhooks/signature/bogus"),
        (lambda d: d["x-scankit-webhooks"]["event_type"], "#/x-scankit-webhooks/event_type/bogus"),
        (
            lambda d: d["paths"]["/pages"]["get"]["x-scankit-incremental"],
            "#/paths/~1pages/get/x-scankit-incremental/bogus",
        ),
        (
            lambda d: d["paths"]["/pages"]["get"]["x-scankit-incremental"]["filter"],
            "#/paths/~1pages/get/x-scankit-incremental/filter/bogus",
        ),
        (lambda d: d["x-scankit-coverage"], "#/x-scankit-coverage/bogus"),
        (lambda d: d["x-scankit-coverage"]["operations"][0], "#/x-scankit-coverage/operations/0/bogus"),
    ],
)
def test_an_unknown_key_is_refused_with_its_pointer(where: Any, pointer: str) -> None:
    doc = document()
    where(doc)["bogus"] = 1
    with pytest.raises(SpecError) as caught:
        parse_vendor("acme", doc)
    assert [p.split(": ", 1)[0] for p in caught.value.problems] == [pointer]
    assert "unknown key (known: " in caught.value.problems[0]


def test_a_key_of_another_style_is_refused() -> None:
    """A cursor list has no page number: `page_param` there would be silently ignored."""
    doc = document()
    doc["paths"]["/scans"]["get"]["x-scankit-pagination"]["page_param"] = "page"
    assert [p.split(": ")[0] for p in problems_of("acme", doc)] == [
        "#/paths/~1scans/get/x-scankit-pagination/page_param"
    ]


def test_an_unknown_style_or_extension_or_a_misplaced_one_is_refused() -> None:
    doc = document()
    doc["paths"]["/scans"]["get"]["x-scankit-pagination"]["style"] = "pages"
    doc["x-scankit-waiter"] = {}
    doc["components"]["schemas"]["Scan"]["x-scankit-method"] = "get"
    doc["paths"]["/scans"]["post"]["x-scankit-retries"] = 3
    problems = problems_of("acme", doc)
    assert (
        "#/paths/~1scans/get/x-scankit-pagination/style: must be one of page_number, offset, cursor, next_url,"
        " link_header, not 'pages'" in problems
    )
    assert "#/x-scankit-waiter: belongs on an operation" in problems
    assert "#/components/schemas/Scan/x-scankit-method: belongs on an operation" in problems
    assert any(p.startswith("#/paths/~1scans/post/x-scankit-retries: unknown extension") for p in problems)


def test_every_problem_is_reported_at_once() -> None:
    doc = copy.deepcopy(document())
    del doc["x-scankit"]["env_key"]
    doc["paths"]["/scans/{id}"]["get"]["x-scankit-waiter"]["state"] = "status"
    doc["paths"]["/scans/{id}"]["get"]["x-scankit-waiter"]["started_by"] = {"startScan": "$request.path.id"}
    doc["x-scankit-webhooks"]["event_schema"] = "Nope"
    doc["paths"]["/pages"]["get"]["x-scankit-pagination"]["first_page"] = "one"
    with pytest.raises(SpecError) as caught:
        parse_vendor("acme", doc)
    assert caught.value.problems == [
        "#/x-scankit/env_key: is required",
        "#/paths/~1pages/get/x-scankit-pagination/first_page: must be an integer >= 0, not 'one'",
        "#/paths/~1scans~1{id}/get/x-scankit-waiter: state 'status' is not a property of the resource",
        "#/paths/~1scans~1{id}/get/x-scankit-waiter/started_by: no operation 'startScan'",
        "#/x-scankit-webhooks/event_schema: event_schema 'Nope' is not in components.schemas",
    ]
    assert str(caught.value).startswith("acme: #/x-scankit/env_key: is required")


def test_a_waiter_must_classify_every_documented_state() -> None:
    doc = document()
    doc["components"]["schemas"]["Scan"]["properties"]["state"]["enum"].append("FAILED")
    assert problems_of("acme", doc) == [
        "#/paths/~1scans~1{id}/get/x-scankit-waiter: documented states ['FAILED'] are in none of success, "
        "failure, pending"
    ]


def test_the_env_key_and_class_name_are_checked() -> None:
    doc = document()
    doc["x-scankit"]["env_key"] = "acme_key"
    doc["x-scankit"]["vendor"] = "Acme-Scan"
    problems = problems_of("acme", doc)
    assert "#/x-scankit/env_key: must be an upper-case variable ending in _API_KEY, not 'acme_key'" in problems
    assert "#/x-scankit/class_name: 'Acme-Scan' is not a Python class name (set class_name)" in problems


def test_the_webhook_secret_is_one_of_the_vendors_own_variables() -> None:
    """Default `<STEM>_WEBHOOK_SECRET`; another vendor's variable (a spec copied from it) is refused."""
    doc = document()
    del doc["x-scankit-webhooks"]["secret_env"]
    hooks = parse_vendor("acme", doc).webhooks
    assert hooks is not None and hooks.secret_env == "ACME_WEBHOOK_SECRET"
    doc["x-scankit-webhooks"]["secret_env"] = "HOSTEDSCAN_WEBHOOK_SECRET"
    assert problems_of("acme", doc) == [
        "#/x-scankit-webhooks/secret_env: secret_env 'HOSTEDSCAN_WEBHOOK_SECRET' is not one of this vendor's"
        " variables (ACME_...)"
    ]


def test_incremental_coverage_sources_and_notes_are_checked() -> None:
    doc = document()
    inc = doc["paths"]["/pages"]["get"]["x-scankit-incremental"]
    inc.update(cursor="nope", granularity="hour", client_side=True)
    inc["filter"]["params"]["sort"] = "newest"
    doc["paths"]["/scans"]["post"]["x-scankit-incremental"] = dict(inc)  # not a list
    doc["x-scankit-coverage"]["operations"] = doc["x-scankit-coverage"]["operations"][1:]
    doc["x-scankit-sources"]["seed 002"] = "docs page two"
    doc["components"]["schemas"]["Scan"]["x-scankit-notes"] = ["not", "a", "string"]
    doc["x-scankit-incremental"] = {}
    problems = problems_of("acme", doc)
    pages = "#/paths/~1pages/get/x-scankit-incremental"
    for expected in (
        f"{pages}/cursor: 'nope' is not a property of the items",
        f"{pages}/granularity: must be one of millisecond, second, day, not 'hour'",
        f"{pages}: give either filter (the vendor's parameters) or client_side: true, not both or neither",
        f"{pages}/filter/params/sort: 'newest' is not a value of sort",
        "#/paths/~1scans/post/x-scankit-incremental: belongs on a list operation (one with x-scankit-pagination)",
        "#/x-scankit-coverage/operations: operation 'listScans' is in no entry",
        "#/x-scankit-sources/seed 002: must be a URL or null, not 'docs page two'",
        "#/components/schemas/Scan/x-scankit-notes: must be a non-empty string (a note for maintainers)",
        "#/x-scankit-incremental: belongs on an operation",
    ):
        assert expected in problems, (expected, problems)


# -- the newer forms: pagination styles, acceptors, several budgets, the error code ---------------


def _pagination(doc: dict[str, Any], block: dict[str, Any]) -> list[str]:
    doc["paths"]["/scans"]["get"]["x-scankit-pagination"] = {"items": "data", **block}
    return problems_of("acme", doc)


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        ({"style": "offset", "offset_param": "offset"}, OffsetPagination(items="data", offset_param="offset")),
        (
            {"style": "cursor", "cursor_param": "after", "cursor_header": "X-Next"},
            CursorPagination(items="data", cursor_param="after", cursor_header="X-Next"),
        ),
        (
            {"style": "cursor", "cursor_param": "after", "last_item": {"path": ["created", "id"], "join": "|"}},
            CursorPagination(items="data", cursor_param="after", last_item=LastItem(("created", "id"), "|")),
        ),
        ({"style": "next_url", "next_url": "next"}, NextUrlPagination(items="data", next_url="next")),
        (
            {"style": "link_header", "stop": ["next", "empty_page"]},
            LinkHeaderPagination(items="data", stop=("empty_page", "next")),
        ),
    ],
)
def test_each_pagination_style_parses_to_its_class(block: dict[str, Any], expected: Any) -> None:
    doc = document()
    doc["paths"]["/scans"]["get"]["x-scankit-pagination"] = {"items": "data", **block}
    pag = parse_vendor("acme", doc).operation("listScans").pagination
    assert attrs.evolve(pag, declared={}) == expected  # type: ignore[type-var]


def test_a_style_refuses_the_keys_of_another_and_a_cursor_needs_one_source() -> None:
    assert _pagination(document(), {"style": "offset", "offset_param": "o", "next_url": "next"}) == [
        "#/paths/~1scans/get/x-scankit-pagination/next_url: unknown key (known: default_size, first_offset, has_more,"
        " inferred, items, max_size, notes, offset_param, size_param, stop, style, total_items)"
    ]
    both = _pagination(document(), {"style": "cursor", "cursor_param": "c", "next_cursor": "n", "cursor_header": "X"})
    assert both == [
        "#/paths/~1scans/get/x-scankit-pagination: a cursor list needs exactly one of next_cursor, cursor_header, last_item"
    ]
    assert _pagination(document(), {"style": "next_url", "next_url": "n", "stop": ["short_page", "late"]}) == [
        "#/paths/~1scans/get/x-scankit-pagination/stop: short_page needs size_param",
        "#/paths/~1scans/get/x-scankit-pagination/stop: 'late' is not one of has_more, next, total_pages,"
        " total_items, empty_page, short_page",
    ]
    last = _pagination(document(), {"style": "cursor", "cursor_param": "c", "last_item": {"path": "id", "sep": ","}})
    assert last == ["#/paths/~1scans/get/x-scankit-pagination/last_item/sep: unknown key (known: join, path)"]


def _acceptors(doc: dict[str, Any], *rules: Any) -> dict[str, Any]:
    waiter = doc["paths"]["/scans/{id}"]["get"]["x-scankit-waiter"]
    for key in ("success", "failure", "pending"):
        waiter.pop(key, None)
    waiter["acceptors"] = list(rules)
    return waiter


def test_a_waiter_of_acceptors_parses_and_its_rules_are_checked() -> None:
    doc = document()
    doc["x-scankit"]["errors"]["code"] = "error.code"
    _acceptors(
        doc,
        {"matcher": "status", "expected": 404, "state": "retry"},
        {"matcher": "pathAll", "argument": "tasks[].status", "expected": "done", "state": "success"},
        {"matcher": "error", "expected": "gone", "state": "failure"},
    )
    waiter = parse_vendor("acme", doc).operation("getScan").waiter
    assert isinstance(waiter, AcceptorWaiter)
    assert waiter.acceptors == (
        Acceptor("status", 404, "retry"),
        Acceptor("pathAll", "done", "success", "tasks[].status"),
        Acceptor("error", "gone", "failure"),
    )
    assert parse_vendor("acme", doc).meta.errors.code == ("error.code",)  # type: ignore[union-attr]

    bad = document()
    where = "#/paths/~1scans~1{id}/get/x-scankit-waiter"
    _acceptors(
        bad,
        {"matcher": "status", "argument": "state", "expected": "404", "state": "retry"},
        {"matcher": "error", "expected": "gone", "state": "failure", "why": "x"},
    )
    assert problems_of("acme", bad) == [
        f"{where}/acceptors/0/argument: is for the path matchers (path, pathAll, pathAny), and only for them",
        f"{where}/acceptors/0/expected: a status acceptor expects an HTTP status, not '404'",
        f"{where}/acceptors/1/why: unknown key (known: argument, expected, matcher, state)",
        f"{where}/acceptors: an error code acceptor needs x-scankit.errors.code",
    ]


def test_a_waiter_has_state_lists_or_acceptors_never_both_and_sits_on_any_get() -> None:
    doc = document()
    waiter = doc["paths"]["/scans/{id}"]["get"]["x-scankit-waiter"]
    waiter["acceptors"] = [{"matcher": "status", "expected": 404, "state": "retry"}]
    assert any(
        "give either state with success, failure and pending, or acceptors" in p for p in problems_of("acme", doc)
    )
    moved = document()
    moved["paths"]["/scans/{id}"]["get"]["x-scankit-method"] = "result"  # a GET that is not `get` may be polled
    assert problems_of("acme", moved) == []


def test_several_budgets_with_an_operations_group_parse_and_name_real_operations() -> None:
    doc = document()
    doc["x-scankit"]["rate_limit"] = {
        "limits": [
            {"name": "minute", "algorithm": "fixed_window", "requests": 100, "per": "minute"},
            {
                "name": "writes",
                "algorithm": "token_bucket",
                "capacity": 5,
                "refill_per_second": 0.5,
                "operations": ["createScan"],
                "headers": {"reset": "X-Reset", "reset_format": "http_date"},
            },
        ],
    }
    limits = parse_vendor("acme", doc).meta.rate_limit.limits  # type: ignore[union-attr]
    assert [(lim.name, lim.budget, lim.operations) for lim in limits] == [
        ("minute", FixedWindow(100, 60.0), ()),
        ("writes", TokenBucket(5, 0.5), ("createScan",)),
    ]
    assert limits[1].headers.reset_format == "http_date"  # type: ignore[union-attr]
    doc["x-scankit"]["rate_limit"]["limits"][1]["operations"] = ["deleteEverything"]
    doc["x-scankit"]["rate_limit"]["limits"][0]["per"] = "fortnight"
    assert problems_of("acme", doc) == [
        "#/x-scankit/rate_limit/limits/0/per: must be one of second, minute, hour, day, not 'fortnight'",
        "#/x-scankit/rate_limit/limits/1/operations: no operation 'deleteEverything'",
    ]
