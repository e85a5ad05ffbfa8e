"""The lists that declare incremental reads, and new items for them in a running sandbox.

The lists come from the generated facades (each `Endpoint` with an `incremental` declaration, so
from the specs' `x-scankit-incremental`); nothing here names a vendor. New items are made the way
the vendor makes them where the spec has a create for the list (a `POST` on the list's own path:
its example from the vendor's reference page runs against the sandbox) and the sandbox serves it,
else — today's sandbox has no such call for every list (PassEntry's scans are taps at a reader, HostedScan's risks come from
scans, Advalidation's creatives are uploaded) — they are seeded into the sandbox's own data: a copy
of a served item with a new id and a fresh cursor, in every collection of the vendor's sandbox that
holds the original (the spec-driven sandbox on its way makes created items carry fresh stamps).
"""

from __future__ import annotations

import contextlib
import copy
import datetime
import importlib
import io
import itertools
import os
import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from unittest import mock

import attrs

from scankit._base import SyncClient
from scankit._call import Endpoint
from scankit._incremental import cursor_of, id_of
from scankit.cli._discovery import command_name
from scankit.cli._sync import sync_name
from scankit.sandbox import Sandbox
from scankit.vendors import slugs

ROOT = Path(__file__).resolve().parent.parent
_NEW_IDS = itertools.count(1)


@attrs.frozen
class Incremental:
    """One list that declares incremental reads."""

    slug: str
    endpoint: Endpoint[Any]
    module: Any = attrs.field(eq=False, repr=False)

    @property
    def resource(self) -> str:
        return self.endpoint.name.split(".")[0]

    @property
    def verb(self) -> str:
        return self.endpoint.name.split(".")[1]

    @property
    def command(self) -> list[str]:
        """`scankit <vendor> <resource> sync…`, without the list's ids."""
        return [self.slug, command_name(self.resource), sync_name(self.verb)]

    @property
    def info(self) -> Any:
        assert self.endpoint.incremental is not None
        return self.endpoint.incremental

    @property
    def test_id(self) -> str:
        return f"{self.slug}-{self.endpoint.name}"

    def endpoints(self) -> list[Endpoint[Any]]:
        return [v for v in vars(self.module).values() if isinstance(v, Endpoint)]

    def creator(self) -> Endpoint[Any] | None:
        """The create of this list's items: a POST on the list's own path."""
        return next((e for e in self.endpoints() if e.method == "POST" and e.path == self.endpoint.path), None)

    def list_method(self, client: Any) -> Any:
        return getattr(getattr(client, self.resource), self.verb)

    def args(self, client: Any) -> list[Any]:
        """The list's path ids: the first item of the list one level up (`/campaigns` for `/campaigns/{id}/…`)."""
        if not self.endpoint.path_params:
            return []
        parent_path = self.endpoint.path.split("/{", 1)[0]
        parent = next(e for e in self.endpoints() if e.pagination is not None and e.path == parent_path)
        resource, verb = parent.name.split(".")
        first = next(iter(getattr(getattr(client, resource), verb)(max_items=1)))
        return [first.id]

    def ids(self, client: Any, args: list[Any]) -> list[str]:
        return [str(id_of(self.info, item)) for item in self.list_method(client)(*args)]


def incremental_lists() -> list[Incremental]:
    found = []
    for slug in slugs():
        module = importlib.import_module(f"scankit.vendors.{slug}")
        for value in vars(module).values():
            if isinstance(value, Endpoint) and value.incremental is not None:
                found.append(Incremental(slug, value, module))
    return sorted(found, key=lambda c: c.test_id)


def make_new(sandbox: Sandbox, case: Incremental, count: int, after: datetime.datetime) -> list[str]:
    """`count` new items in the list (their ids), each stamped a minute apart after `after`.

    Made through the vendor's own create where the spec has one and the sandbox serves it, else
    seeded. Either way the records get fresh stamps on the declared cursor (and the fallbacks they
    carry): today's sandbox stamps a created item from its fixed "now" (`DATA_NOW`), which can be
    older than the items it already serves; the spec-driven sandbox on its way stamps them fresh.
    """
    client = sandbox.client(case.slug)
    store = sandbox.app.state.vendors[case.slug]
    try:
        args = case.args(client)
        before = set(case.ids(client, args))
        creator = case.creator()
        if creator is not None and creator.operation_id in {route.id for route in store.routes}:
            for _ in range(count):
                _run_example(sandbox, case.slug, creator)
        else:
            _seed(store, case, client, args, count)
        made = [i for i in case.ids(client, args) if i not in before]
        for step, made_id in enumerate(reversed(made), start=1):  # the first listed is the newest
            record = _record(store, made_id)
            assert record is not None, f"{case.test_id}: {made_id} is not in the sandbox's data"
            _restamp(record, case.info, after + datetime.timedelta(minutes=step))
        return made
    finally:
        client.close()


def _run_example(sandbox: Sandbox, slug: str, endpoint: Endpoint[Any]) -> None:
    """The operation's example from the vendor's reference page, run against the sandbox."""
    page = (ROOT / "docs" / "vendors" / f"{slug}.md").read_text(encoding="utf-8")
    section = re.split(r"^### ", page, flags=re.M)
    anchor = f"{{#op-{endpoint.operation_id.lower()}}}"
    text = next(s for s in section if anchor in s.splitlines()[0])
    code = re.search(r"\*\*Example\*\*\n\n```python\n(.*?)```", text, re.S)
    assert code is not None, f"{endpoint.operation_id}: no example on the page"
    namespace: dict[str, Any] = {"__name__": "__main__"}
    try:
        with mock.patch.dict(os.environ, sandbox.env()), contextlib.redirect_stdout(io.StringIO()):
            exec(compile(code.group(1), endpoint.operation_id, "exec"), namespace)
    finally:  # an example leaves its client open, as a script may
        for value in namespace.values():
            if isinstance(value, SyncClient):
                value.close()


def _seed(store: Any, case: Incremental, client: Any, args: list[Any], count: int) -> None:
    """Copies of a served item (one that has the cursor's parent object) with new ids, wherever it is kept."""
    cursor = case.info.names[0].split(".")
    served = [str(id_of(case.info, item)) for item in case.list_method(client)(*args, max_items=50)]
    template = next(record for i in served for record in [_record(store, i)] if record and _parent(record, cursor))
    for _ in range(count):
        clone = copy.deepcopy(template)
        clone["id"] = _new_id(template["id"])
        for holder, where in list(_holders(store, str(template["id"]))):
            if isinstance(holder, list):
                holder.insert(0, clone)
            elif holder[where] is template:
                holder[clone["id"]] = clone
            else:
                holder[clone["id"]] = copy.deepcopy(holder[where])


def _restamp(record: dict[str, Any], info: Any, moment: datetime.datetime) -> None:
    """The declared cursor, and each fallback the record carries, set to `moment`."""
    for index, name in enumerate(info.names):
        path = name.split(".")
        parent = _parent(record, path)
        if parent is not None and (index == 0 or path[-1] in parent):
            parent[path[-1]] = _stamp(info, moment)


def _holders(store: Any, record_id: str) -> Iterator[tuple[Any, Any]]:
    """Every collection of the vendor's sandbox that holds the record: lists of it, dicts keyed by its id."""
    for value in vars(store).values():
        if isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, dict) and str(item.get("id")) == record_id:
                    yield value, index
                    break
        elif isinstance(value, dict):
            for key in value:
                if str(key) == record_id:
                    yield value, key
                    break


def _record(store: Any, record_id: str) -> dict[str, Any] | None:
    for holder, where in _holders(store, record_id):
        record = holder[where]
        if isinstance(record, dict) and str(record.get("id")) == record_id:
            return record
    return None


def _parent(record: dict[str, Any], path: list[str]) -> dict[str, Any] | None:
    node: Any = record
    for key in path[:-1]:
        node = node.get(key) if isinstance(node, dict) else None
    return node if isinstance(node, dict) else None


def _new_id(old: Any) -> Any:
    n = next(_NEW_IDS)
    if isinstance(old, int):
        return 10_000_000 + n
    with contextlib.suppress(ValueError):
        uuid.UUID(str(old))
        return str(uuid.uuid4())
    head, sep, tail = str(old).rpartition("_")
    return f"{head}{sep}{uuid.uuid4().hex[: len(tail) or 24]}"


def _stamp(info: Any, moment: datetime.datetime) -> Any:
    moment = moment.astimezone(datetime.UTC)
    if info.format == "unix_seconds":
        return int(moment.timestamp())
    if info.format == "unix_ms":
        return int(moment.timestamp() * 1000)
    if info.format == "date":
        return moment.date().isoformat()
    if info.granularity == "millisecond":
        return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def newest(case: Incremental, items: list[Any]) -> datetime.datetime:
    return max(m for m in (cursor_of(case.info, item) for item in items) if m is not None)
