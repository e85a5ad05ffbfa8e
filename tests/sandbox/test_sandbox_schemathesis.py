"""The sandbox checked against the specs by schemathesis (issue 4.4): a bounded, derandomized run.

For every operation of every spec, hypothesis generates requests from the spec (positive data, a
few examples each), sends them to a running sandbox with the vendor's credentials, and checks that
each answer conforms: its status is declared, its content type is declared, its body matches the
declared schema, its declared headers match, and it is not a server error. Operations with path
parameters run twice: with generated ids (which exercise the error bodies) and with ids of records
that exist (which exercise the success bodies).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from scankit.sandbox import VENDORS, Sandbox

SPECS = Path(__file__).resolve().parents[2] / "specs"
EXAMPLES = 25
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
]


def known_ids(app: Any) -> Callable[[str, str], dict[str, Any] | None]:
    """Path parameters that name existing records, for an operation (method, path): the record's own
    collection for its last parameter, the parent's for the others, a file of the download's records
    (or the record that is the file)."""

    def first_key(collection: str | None) -> Any:
        records = app.records(collection) if collection in app.store.collections else []
        return app.store[collection].key_of(records[0]) if records else None

    def ids(method: str, path: str) -> dict[str, Any] | None:
        op = next(o for o in app.spec.operations if o.method == method and o.template == path)
        if not op.path_params:
            return None
        *parents, last = op.path_params
        if op.kind == "download":
            download = app.data["downloads"][op.id]
            if "items" not in download:  # the file is a record's own (a report): its key
                return {last: first_key(download["from"])} if first_key(download["from"]) is not None else None
            files = [f for r in app.records(download["from"]) for f in r[download["items"]]]
            return {last: files[0][download["id"]]}
        own = op.target if op.kind in ("action",) else op.collection if op.kind != "list" else op.target
        found = {last: first_key(own)}
        for name in parents:
            found[name] = first_key(op.target)
        return found if all(v is not None for v in found.values()) else None

    return ids


PATTERNS = SPECS.parent / "tests" / "patterns"  # every form of the vocabulary, served the same way


@pytest.fixture(params=[*VENDORS, "patterns"])
def served(request: pytest.FixtureRequest) -> Iterator[tuple[str, Sandbox]]:
    with Sandbox([request.param], rate_limits=False, specs=[PATTERNS]) as sandbox:
        yield request.param, sandbox


def test_every_answer_conforms_to_the_spec(served: tuple[str, Sandbox]) -> None:
    vendor, sandbox = served
    folder = PATTERNS if vendor == "patterns" else SPECS / vendor
    schema = schemathesis.openapi.from_path(folder / "openapi.yaml")
    auth = {vendor: sandbox.headers(vendor)}
    base_url = sandbox.base_url(vendor)
    ids = known_ids(sandbox.app.state.vendors[vendor])
    failures: list[str] = []
    runs = 0
    for result in schema.get_all_operations():
        operation = result.ok()
        existing = ids(operation.method.upper(), operation.path)
        for path_parameters in [None, existing] if existing else [None]:
            strategy = operation.as_strategy(path_parameters=path_parameters)

            @given(case=strategy)
            @settings(
                max_examples=EXAMPLES,
                deadline=None,
                database=None,
                derandomize=True,
                phases=[Phase.explicit, Phase.generate],
                suppress_health_check=list(HealthCheck),
            )
            def check(case: Any) -> None:
                case.call_and_validate(base_url=base_url, headers=auth[vendor], checks=CHECKS)

            runs += 1
            try:
                check()
            except (Exception, BaseExceptionGroup) as exc:  # collect every operation's failures, report them all
                failures.append(f"{operation.label} (path parameters {path_parameters}):\n{exc}")
    assert runs >= 2
    assert not failures, "\n\n".join(failures)
