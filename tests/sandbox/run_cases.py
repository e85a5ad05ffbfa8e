"""The runs every spec declares, as test cases: each waiter and each operation its `started_by` names.

A case knows, from the spec alone, how to start its run on a sandbox (the arguments: an idle record
for a path parameter, a request body from the schema's examples with its id fields pointed at
records the sandbox has), where the run's id is in what the start answers, and which states the
waiter takes as success, failure or still going. A plain module, like tests/helpers.py.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import attrs
from spec_samples import at, fill_ids, sample

from scankit.sandbox import Sandbox
from scankit_codegen.examples import python_name
from scankit_codegen.extensions import load_vendor
from scankit_codegen.model import PATH_MATCHERS, AcceptorWaiter, Operation, StartedBy, VendorSpec, Waiter
from scankit_codegen.openapi import resolve
from scankit_codegen.registry import vendors

__all__ = ["CASES", "RUN_VENDORS", "RunCase", "States"]


def _parts(path: str | None) -> tuple[str | int, ...]:
    return tuple(int(p) if p.lstrip("-").isdigit() else p for p in (path or "").split(".") if p)


@attrs.frozen
class States:
    """A waiter's states: where the state is, and the values that end a run well, badly, or not yet."""

    path: tuple[str | int, ...]
    success: frozenset[str]
    failure: frozenset[str]
    pending: frozenset[str]
    case_insensitive: bool

    @classmethod
    def of(cls, waiter: Waiter) -> States:
        if isinstance(waiter, AcceptorWaiter):
            lists: dict[str, set[str]] = {"success": set(), "failure": set(), "retry": set()}
            path = waiter.state or next(a.argument for a in waiter.acceptors if a.matcher in PATH_MATCHERS)
            for acceptor in waiter.acceptors:
                if acceptor.matcher in PATH_MATCHERS and acceptor.argument == path:
                    lists[acceptor.state].add(str(acceptor.expected))
            success, failure, pending = lists["success"], lists["failure"], lists["retry"]
        else:
            path, success, failure, pending = (
                waiter.state,
                set(waiter.success),
                set(waiter.failure),
                set(waiter.pending),
            )
        fold = (lambda s: {v.lower() for v in s}) if waiter.case_insensitive else set
        return cls(
            _parts(path),
            frozenset(fold(success)),
            frozenset(fold(failure)),
            frozenset(fold(pending)),
            waiter.case_insensitive,
        )

    def norm(self, state: Any) -> str | None:
        if state is None:
            return None
        return str(state).lower() if self.case_insensitive else str(state)

    def of_resource(self, resource: Any) -> str | None:
        """The state of a resource (a generated model or its JSON) at the waiter's path."""
        body = resource.to_dict() if hasattr(resource, "to_dict") else resource
        return self.norm(at(body, self.path))


@attrs.frozen
class RunCase:
    """One way to start a run the spec declares: `client.<starter>_and_wait(...)` polls `waiter`."""

    model: VendorSpec = attrs.field(repr=False)
    waiter_op: Operation = attrs.field(repr=False)
    starter: Operation = attrs.field(repr=False)
    started_by: StartedBy = attrs.field(repr=False)

    @property
    def vendor(self) -> str:
        return self.model.slug

    def __str__(self) -> str:
        return f"{self.vendor}-{self.starter.call}"

    @property
    def waiter(self) -> Waiter:
        assert self.waiter_op.waiter is not None
        return self.waiter_op.waiter

    @property
    def states(self) -> States:
        return States.of(self.waiter)

    def and_wait(self, client: Any) -> Any:
        return getattr(getattr(client, self.starter.tag), f"{self.starter.verb}_and_wait")

    def start(self, client: Any) -> Any:
        return getattr(getattr(client.with_raw_response, self.starter.tag), self.starter.verb)

    def wait(self, client: Any) -> Any:
        return getattr(client, self.waiter_op.tag).wait

    def get(self, client: Any) -> Any:
        return getattr(getattr(client, self.waiter_op.tag), self.waiter_op.verb)

    def arguments(self, box: Sandbox) -> dict[str, Any]:
        """The starter's arguments: for each path parameter an idle record of what it names (not
        running, and not in a pending state when it is the run's own record), and its request body."""
        app = box.app.state.vendors[self.vendor]
        op = app.spec.by_id[self.starter.operation_id]
        kwargs: dict[str, Any] = {}
        for param in op.path_params:
            records = app.records(op.parents[param])
            own = param == self.started_by.path_param
            idle = [
                r
                for r in records
                if not app.running(r) and (not own or self.states.of_resource(r) not in self.states.pending)
            ]
            assert idle, f"{self}: no idle {op.parents[param]} to start"
            kwargs[python_name(param)] = idle[0]["id"]
        body = resolve(self.model.document, self.starter.raw.get("requestBody"))
        if body:
            media = (body.get("content") or {}).get("application/json") or {}
            example = media.get("example", sample(self.model.document, media.get("schema") or {}))
            kwargs["body"] = fill_ids(example, app.records, list(app.store.collections))
        return kwargs

    def run_id(self, arguments: Mapping[str, Any], raw: Any) -> Any:
        """The started run's id: a path argument, or a field of what the start answered."""
        if self.started_by.path_param is not None:
            return arguments[python_name(self.started_by.path_param)]
        return at(json.loads(raw.content), _parts(self.started_by.body_path))

    def advised(self, box: Sandbox) -> float | None:
        """The delay a running resource's poll advises (the sandbox's `poll_interval`), when the waiter reads it."""
        value = box.app.state.vendors[self.vendor].data.get("poll_interval")
        return float(value) if value is not None and self.waiter.advice_header else None


CASES = [
    RunCase(model, op, model.operation(started.operation_id), started)
    for model in (load_vendor(v) for v in vendors())
    for op in model.operations
    if op.waiter is not None
    for started in op.waiter.started_by
]
RUN_VENDORS = sorted({case.vendor for case in CASES})
