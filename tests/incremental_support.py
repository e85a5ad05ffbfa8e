"""The lists that declare incremental reads, and new items for them in a running sandbox.

The lists come from the generated facades (each `Endpoint` with an `incremental` declaration, so
from the specs' `x-scankit-incremental`); nothing here names a vendor. New items are made the way
the vendor makes them where the spec has a create for the list's own records (a `POST` on the
list's own path that the sandbox serves as a create: its example from the vendor's reference page
runs against the sandbox), else as the vendor's own activity makes them (a tap at a reader, a
finding a scan made, a creative uploaded into a campaign): through the sandbox's control endpoint, `Sandbox.new_records`. Either way the sandbox stamps them fresh, as
the list's declaration says; nothing here edits the sandbox's data.
"""

from __future__ import annotations

import contextlib
import datetime
import importlib
import io
import os
import re
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

    def created_by_the_vendor(self, sandbox: Sandbox) -> bool:
        """Whether new items come from the vendor's own create: one the sandbox serves as the create of
        the list's records, on a list without path ids (its example need not know which parent to use)."""
        creator = self.creator()
        if creator is None or self.endpoint.path_params:
            return False
        app = sandbox.app.state.vendors[self.slug]
        served = app.spec.by_id.get(creator.operation_id)
        listed = app.spec.by_id[self.endpoint.operation_id]
        return served is not None and served.kind == "create" and served.collection == listed.collection

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
    """`count` new items in the list (their ids), each stamped by the sandbox after `after`."""
    with sandbox.client(case.slug) as client:
        args = case.args(client)
        before = set(case.ids(client, args))
        if case.created_by_the_vendor(sandbox):
            creator = case.creator()
            assert creator is not None
            for _ in range(count):
                _run_example(sandbox, case.slug, creator)
        else:
            params = dict(zip(case.endpoint.path_params, args, strict=True))
            sandbox.new_records(case.slug, case.endpoint.operation_id, count, **params)
        made = {
            str(id_of(case.info, i)): i
            for i in case.list_method(client)(*args)
            if str(id_of(case.info, i)) not in before
        }
    assert len(made) == count, f"{case.test_id}: {count} new items asked for, {len(made)} listed"
    for made_id, item in made.items():
        moment = cursor_of(case.info, item)
        assert moment is not None and moment > after, (
            f"{case.test_id}: {made_id} is stamped {moment}, not after {after}"
        )
    return list(made)


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


def newest(case: Incremental, items: list[Any]) -> datetime.datetime:
    return max(m for m in (cursor_of(case.info, item) for item in items) if m is not None)
