"""How a run started on the sandbox (a scan created, started or rescanned) moves to its end.

Which records run, and their states, come from the spec: the operations in a waiter's
``started_by`` start a run of the record the waiter polls, and the waiter's states (its lists or
its acceptors) say what "started", "running", "finished" and "failed" look like; a vendor's
``sandbox.yaml`` names them when the spec has several candidates (``runs:``, see
``docs/sandbox.md``). A run goes started -> running (with a progress percentage) -> a terminal
state. It advances with
time *and* with reads: it is over ``Runs.seconds`` after it started, by the sandbox's clock, or
after ``Runs.polls`` GETs of it, whichever comes first. So a client polling on the vendor's schedule
sees a scan finish within seconds, and a test whose client sleeps on a fake clock sees it finish
after a few GETs without waiting at all.

``Runs(outcome=...)`` is the knob for your own tests: every run ends in failure, never ends, or
ends in a state the spec does not list (what a vendor's new state would look like to a waiter).
The header ``x-sandbox-run: never`` (or another outcome) on the request that starts a run sets it
for that run alone.

>>> from scankit.sandbox import Runs, Sandbox
>>> with Sandbox(["hostedscan"], runs=Runs(outcome="never")) as sandbox:  # doctest: +SKIP
...     hs = sandbox.client("hostedscan")
...     hs.scans.create_and_wait(body=..., timeout=5)  # raises scankit.WaitTimeoutError
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

import attrs
from starlette.requests import Request

from ._base import Invalid
from ._data import ABSENT, Collection, dig, put
from ._model import Operation, parse_path

if TYPE_CHECKING:
    from ._engine import VendorApp

__all__ = ["RUN_HEADER", "RUN_OUTCOMES", "Run", "RunOutcome", "RunPlan", "Runner", "Runs", "progress_of"]

RunOutcome = Literal["success", "failure", "never", "unlisted"]
RUN_OUTCOMES: tuple[RunOutcome, ...] = ("success", "failure", "never", "unlisted")
RUN_HEADER = "x-sandbox-run"
"""Request header on a create, start or rescan that sets how that one run ends (an outcome above)."""


@attrs.frozen
class Runs:
    """How runs end on the sandbox.

    ``seconds``: a run is over this long after it started (None: only reads move it on).
    ``polls``: ... or after this many GETs of it (None: the vendor's own number, 2 or 3).
    ``outcome``: ``success`` (the default), ``failure`` (the vendor's failed state), ``never``
    (it stays running, at most 99 %), or ``unlisted`` (a terminal state no spec lists).
    """

    seconds: float | None = 3.0
    polls: int | None = None
    outcome: RunOutcome = "success"

    def __attrs_post_init__(self) -> None:
        if self.seconds is not None and self.seconds < 0:
            raise ValueError(f"seconds must be >= 0 or None, not {self.seconds}")
        if self.polls is not None and self.polls < 1:
            raise ValueError(f"polls must be >= 1 or None, not {self.polls}")
        if self.outcome not in RUN_OUTCOMES:
            raise ValueError(f"outcome must be success, failure, never or unlisted, not {self.outcome!r}")


@attrs.define
class Run:
    """One run in progress: when it started (sandbox clock) and how often it has been read."""

    started: float
    polls: int = 0
    outcome: RunOutcome | None = None  # this run's own, from the x-sandbox-run header
    running: bool = False  # it has been seen running (its on_running effects are applied once)


def progress_of(runs: Runs, run: Run, now: float, vendor_polls: int) -> float:
    """Pure: how far a run is, from 0.0 (just started) to 1.0 (over; never reached with `never`)."""
    polls = runs.polls or vendor_polls
    by_reads = run.polls / polls
    by_time = 0.0
    if runs.seconds is not None:
        by_time = 1.0 if runs.seconds == 0 else (now - run.started) / runs.seconds
    done = max(0.0, min(1.0, max(by_reads, by_time)))
    return min(done, 0.99) if (run.outcome or runs.outcome) == "never" else done


@attrs.frozen
class RunPlan:
    """How one collection's records run: where the state is, and the values a run goes through."""

    state: tuple[str | int, ...]
    start: Any
    running: Any
    success: Any
    failure: Any
    unlisted: Any
    progress: tuple[str | int, ...] | None
    polls: int
    effects: Mapping[str, Mapping[str, Any]] = attrs.field(factory=dict)
    """``on_start``, ``on_running``, ``on_success``, ``on_failure``: ``{set: {path: rule}}`` from sandbox.yaml."""

    @classmethod
    def from_waiter(cls, waiter: Mapping[str, Any], data: Mapping[str, Any], unknown: Mapping[str, Any]) -> RunPlan:
        """The plan a waiter implies, with sandbox.yaml's ``runs.<collection>`` filling the choices."""
        lists: dict[str, list[Any]] = {"success": [], "failure": [], "retry": []}
        state_path = waiter.get("state")
        if "acceptors" in waiter:
            for acceptor in waiter["acceptors"]:
                if acceptor["matcher"] == "path":
                    state_path = state_path or acceptor["argument"]
                    if acceptor["argument"] == state_path:
                        lists[acceptor["state"]].append(acceptor["expected"])
        else:
            lists = {"success": waiter["success"], "failure": waiter["failure"], "retry": waiter["pending"]}
        state = str(data.get("state") or state_path or "state")
        pending = lists["retry"]
        last = parse_path(state)[-1]
        return cls(
            state=parse_path(state),
            start=data.get("start", pending[0] if pending else None),
            running=data.get("running", pending[-1] if pending else None),
            success=data.get("success", lists["success"][0] if lists["success"] else None),
            failure=data.get("failure", lists["failure"][0] if lists["failure"] else None),
            unlisted=data.get("unlisted", unknown.get(str(last), f"UNLISTED_{str(last).upper()}")),
            progress=parse_path(data.get("progress") or waiter["progress"])
            if data.get("progress") or waiter.get("progress")
            else None,
            polls=int(data.get("polls", 3)),
            effects={k: data[k] for k in ("on_start", "on_running", "on_success", "on_failure") if k in data},
        )


class Runner:
    """A vendor's runs: which records run (the waiters' ``started_by``), and moving each on."""

    def __init__(self, app: VendorApp) -> None:
        self.app = app
        self.live: dict[int, tuple[dict[str, Any], Run]] = {}
        self.plans, self.embedded = self._plans()

    def running(self, record: Any) -> bool:
        return id(record) in self.live

    def stop(self, record: Any) -> None:
        self.live.pop(id(record), None)

    def _plans(self) -> tuple[dict[str, RunPlan], dict[str, tuple[str | int, ...]]]:
        plans: dict[str, RunPlan] = {}
        embedded: dict[str, tuple[str | int, ...]] = {}
        runs = self.app.data.get("runs") or {}
        unknown = self.app.data.get("unknown") or {}
        for op in self.app.spec.operations:
            if not op.waiter or op.collection is None:
                continue
            plan = RunPlan.from_waiter(op.waiter, runs.get(op.collection) or {}, unknown)
            schema = self.app.spec.component(op.collection)
            head = plan.state[0]
            ref = self.app.spec.ref_name((schema.get("properties") or {}).get(head)) if len(plan.state) > 1 else None
            if ref is not None and ref in self.app.store.collections and ref != op.collection:
                embedded[op.id] = (head,)  # polls the run of a record inside this one (a creative's latest scan)
            else:
                plans.setdefault(op.collection, plan)
        return plans, embedded

    def started(self, op: Operation, answer: Any) -> tuple[Collection, dict[str, Any]] | None:
        """The record whose run ``op`` starts, when a waiter's ``started_by`` names it."""
        for getter in self.app.spec.operations:
            waiter = getter.waiter or {}
            expression = (waiter.get("started_by") or {}).get(op.id)
            if expression is None or getter.collection not in self.plans:
                continue
            collection = self.app.store[getter.collection]
            if isinstance(answer, dict) and collection.find(collection.key_of(answer)) is answer:
                return collection, answer
        return None

    def start(self, collection: Collection, record: dict[str, Any], request: Request) -> None:
        """A run starts for this record (as the request's ``x-sandbox-run`` header says it ends)."""
        asked = request.headers.get(RUN_HEADER)
        outcome = next((o for o in RUN_OUTCOMES if o == asked), None)
        if asked is not None and outcome is None:
            raise Invalid(f"{RUN_HEADER} must be one of {', '.join(RUN_OUTCOMES)}", field=RUN_HEADER)
        plan = self.plans[collection.name]
        self.set_state(collection, record, plan, plan.start, progress=0)
        self.app.apply(
            collection, record, (plan.effects.get("on_start") or {}).get("set"), {"now": self.app.store.tick()}
        )
        self.live[id(record)] = (record, Run(self.app.clock(), outcome=outcome))

    def set_state(
        self, collection: Collection, record: dict[str, Any], plan: RunPlan, value: Any, progress: int | None = None
    ) -> None:
        before = dig(record, plan.state)
        put(record, plan.state, value)
        if plan.progress is not None and progress is not None:
            put(record, plan.progress, progress)
        if before != value:
            self.app.touch(collection, record)
            self.app.changed(collection, record, plan.state, None if before is ABSENT else before, value)

    def advance_for(self, op: Operation, record: dict[str, Any]) -> bool:
        """A GET of a running record (or of one holding it) counts as a read of its run; whether it
        is still running after it."""
        inner = self.embedded.get(op.id)
        target = dig(record, inner) if inner else record
        if isinstance(target, dict) and id(target) in self.live:
            owner = self.app.store.owner(target)
            if owner is not None:
                self.advance(owner, target, read=True)
        return isinstance(target, dict) and id(target) in self.live

    def tick(self, collection: Collection) -> None:
        """Lists show started runs moving on in time too (without counting as reads)."""
        for record, _ in [v for v in self.live.values() if self.app.store.owner(v[0]) is collection]:
            self.advance(collection, record, read=False)

    def advance(self, collection: Collection, record: dict[str, Any], *, read: bool) -> None:
        """Move a run on: started, then running n %, then its end (``Runs`` says how and when)."""
        live = self.live.get(id(record))
        plan = self.plans.get(collection.name)
        if live is None or plan is None:
            return
        run = live[1]
        if read:
            run.polls += 1
        done = progress_of(self.app.runs, run, self.app.clock(), plan.polls)
        if done <= 0:
            return
        if done < 1:
            first = not run.running
            run.running = True
            self.set_state(collection, record, plan, plan.running, progress=max(1, int(done * 100)))
            if first:
                self.app.apply(
                    collection,
                    record,
                    (plan.effects.get("on_running") or {}).get("set"),
                    {"now": self.app.store.tick()},
                )
            return
        outcome = run.outcome or self.app.runs.outcome
        del self.live[id(record)]
        now = self.app.store.tick()
        if outcome == "failure":
            self.app.apply(collection, record, (plan.effects.get("on_failure") or {}).get("set"), {"now": now})
            self.set_state(collection, record, plan, plan.failure)
        elif outcome == "unlisted":
            self.set_state(collection, record, plan, plan.unlisted)
        else:
            self.app.apply(collection, record, (plan.effects.get("on_success") or {}).get("set"), {"now": now})
            self.set_state(collection, record, plan, plan.success, progress=100)
