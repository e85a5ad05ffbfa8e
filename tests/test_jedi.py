"""Completion without a type checker: IPython, Jupyter and editors on jedi.

Each probe is a snippet written the way a user writes it, the cursor after its last character;
jedi must offer there what pyright would: the fields of an item from `list()` (sync and
`async for`), of a result from `get()` and the other single-result calls, of nested models and
lists of them, the members of an enum, the methods of a date-time, and a field's description on
hover. Editor probes go through `jedi.Script` (the source alone); IPython probes through
`jedi.Interpreter` with a live client, as IPython and Jupyter complete.

The probes come from the facades and the generated models (every vendor, client, resource,
operation and field), so a new spec is probed without a change here.
"""

from __future__ import annotations

import ast
import asyncio
import datetime
import enum
import importlib
import inspect
import types
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import jedi
import pytest

import scankit
from scankit._base import AsyncClient, SyncClient
from scankit._pagination import AsyncPaginator, SyncPaginator
from scankit._resource import AsyncResource, SyncResource
from scankit.vendors import slugs

DATETIME_METHODS = frozenset({"isoformat", "astimezone", "year"})
DATE_METHODS = frozenset({"isoformat", "weekday", "year"})


@attrs.frozen
class Probe:
    id: str
    what: str  # item, result, nested, nested-list, enum, datetime, date, hover, with_options
    code: str  # the cursor is at its end
    expected: frozenset[str]  # names jedi must complete there; for hover, a line of the docstring
    live: type | None = None  # IPython: `client` is an instance of this class in the namespace


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and attrs.has(tp) and tp.__module__.startswith("scankit_")


def _is_resource(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, SyncResource | AsyncResource)


def _fields(model: type) -> frozenset[str]:
    return frozenset(f.name for f in attrs.fields(model) if not f.name.startswith("_"))


def _members(tp: Any) -> list[Any]:
    """The types of a hint, None dropped: `X | None` -> [X]."""
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        return [a for a in typing.get_args(tp) if a is not type(None)]
    return [tp]


def _call(method: Any) -> str:
    """`name(args)` with a plausible value for each required parameter, as a user writes the call."""
    hints = typing.get_type_hints(method)
    args = []
    for name, p in inspect.signature(method).parameters.items():
        if name == "self" or p.default is not p.empty or p.kind not in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY):
            continue
        value = "1" if int in _members(hints.get(name)) else "{}" if name == "body" else '"id-1"'
        args.append(value if p.kind is p.POSITIONAL_OR_KEYWORD else f"{name}={value}")
    return f"{method.__name__}({', '.join(args)})"


def _field_docs(model: type) -> dict[str, str]:
    """The first line of each field's docstring (the string after it) in the generated source."""
    tree = ast.parse(Path(inspect.getfile(model)).read_text())
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == model.__name__)
    docs: dict[str, str] = {}
    for stmt, after in zip(cls.body, cls.body[1:], strict=False):
        if (
            isinstance(stmt, ast.AnnAssign)
            and isinstance(stmt.target, ast.Name)
            and isinstance(after, ast.Expr)
            and isinstance(after.value, ast.Constant)
            and isinstance(after.value.value, str)
        ):
            docs[stmt.target.id] = after.value.value.strip().splitlines()[0].strip()
    return docs


def _field_probes(pid: str, model: type, prefix: str, indent: str, seen: set[Any]) -> Iterator[Probe]:
    """Probes on the fields of `item` (a `model`), each (model, field) once: where it first shows."""
    hints = typing.get_type_hints(model)
    docs = _field_docs(model)
    for field in attrs.fields(model):
        name = field.name
        if name.startswith("_") or name == "additional_properties" or (model, name) in seen:
            continue
        seen.add((model, name))
        here = f"{prefix}{indent}item.{name}"
        for tp in _members(hints[name]):
            inner = typing.get_args(tp)[0] if typing.get_origin(tp) is list and typing.get_args(tp) else None
            if _is_model(tp):
                yield Probe(f"{pid}.{name}", "nested", here + ".", _fields(tp))
            elif _is_model(inner):
                loop = f"{prefix}{indent}for sub in item.{name} or []:\n{indent}    sub."
                yield Probe(f"{pid}.{name}[]", "nested-list", loop, _fields(typing.cast(type, inner)))
            elif isinstance(tp, type) and issubclass(tp, enum.Enum):
                yield Probe(f"{pid}.{name}", "enum", here + ".", frozenset(tp.__members__) | {"value"})
            elif tp is datetime.datetime:
                yield Probe(f"{pid}.{name}", "datetime", here + ".", DATETIME_METHODS)
            elif tp is datetime.date:
                yield Probe(f"{pid}.{name}", "date", here + ".", DATE_METHODS)
        if field.default is not attrs.NOTHING and name in docs:  # optional: what __attrs_post_init__ sets
            yield Probe(f"{pid}.{name}?", "hover", here, frozenset({docs[name]}))


def _clients() -> Iterator[tuple[str, type]]:
    for slug in slugs():
        module = importlib.import_module(f"scankit.vendors.{slug}")
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and value.__module__ == module.__name__
                and issubclass(value, SyncClient | AsyncClient)
            ):
                assert getattr(scankit, value.__name__) is value  # users reach it as scankit.<Name>
                yield slug, value


def _operations(client: type) -> Iterator[tuple[str, str, Any, Any]]:
    """(resource, operation, method, return hint): lists first, then get, then the rest."""
    found = []
    for resource, resource_type in typing.get_type_hints(client).items():
        if not _is_resource(resource_type):
            continue
        for name, method in inspect.getmembers(resource_type, inspect.isfunction):
            if name.startswith("_") or method.__qualname__.split(".")[0] != resource_type.__name__:
                continue
            returns = typing.get_type_hints(method).get("return")
            paginated = typing.get_origin(returns) in (SyncPaginator, AsyncPaginator)
            found.append(((not paginated, name != "get"), (resource, name, method, returns)))
    return (op for _, op in sorted(found, key=lambda pair: pair[0]))


def probes() -> list[Probe]:
    found: list[Probe] = []
    seen: set[Any] = set()
    for slug, client in _clients():
        is_async = issubclass(client, AsyncClient)
        name = client.__name__
        if is_async:
            head, indent = f"import scankit\n\n\nasync def main() -> None:\n    client = scankit.{name}()\n", "    "
        else:
            head, indent = f"import scankit\n\nclient = scankit.{name}()\n", ""
        resources = frozenset(r for r, t in typing.get_type_hints(client).items() if _is_resource(t))
        copy = "client.with_options(max_retries=5)."
        found.append(Probe(f"{slug}.{name}.with_options", "with_options", head + indent + copy, resources))
        found.append(Probe(f"{slug}.ipython.{name}.with_options", "with_options", copy, resources, live=client))
        for resource, op, method, returns in _operations(client):
            pid = f"{slug}.{name}.{resource}.{op}"
            call = f"client.{resource}.{_call(method)}"
            if typing.get_origin(returns) in (SyncPaginator, AsyncPaginator):
                item = typing.get_args(returns)[0]
                loop = f"{'async for' if is_async else 'for'} item in {call}:\n"
                found.append(Probe(pid, "item", f"{head}{indent}{loop}{indent}    item.", _fields(item)))
                ipython = f"{slug}.ipython.{name}.{resource}.{op}"
                found.append(Probe(ipython, "item", f"{loop}    item.", _fields(item), live=client))
                if not is_async:
                    found.extend(_field_probes(pid, item, f"{head}{loop}", "    ", seen))
            elif _is_model(returns):
                prefix = f"{head}{indent}item = {'await ' if is_async else ''}{call}\n"
                found.append(Probe(pid, "result", f"{prefix}{indent}item.", _fields(returns)))
                if not is_async:
                    found.extend(_field_probes(pid, returns, prefix, "", seen))
    return found


PROBES = probes()
# Not fixed here: `with_options` returns `Self`, which jedi resolves to the class defining it (the
# base client), so a copy offers no resources; a TypeVar bound to the base fixes it (issue 21).


@pytest.fixture(scope="module", autouse=True)
def _jedi_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    before = jedi.settings.cache_directory
    jedi.settings.cache_directory = str(tmp_path_factory.mktemp("jedi"))
    yield
    jedi.settings.cache_directory = before


@pytest.fixture(scope="module")
def live() -> Iterator[dict[type, Any]]:
    """One client of each class for the IPython probes, made on first use (they send nothing)."""
    clients: dict[type, Any] = {}
    yield clients
    for client in clients.values():
        if isinstance(client, AsyncClient):
            asyncio.run(client.aclose())
        else:
            client.close()


def offered(probe: Probe, live: dict[type, Any]) -> frozenset[str]:
    """What jedi offers at the end of the probe: completions, or the docstring's lines on hover."""
    lines = probe.code.split("\n")
    at = (len(lines), len(lines[-1]))
    script: jedi.Script
    if probe.live is not None:
        if probe.live not in live:
            live[probe.live] = probe.live(api_key="sk-test", base_url="http://127.0.0.1:9")
        script = jedi.Interpreter(probe.code, [{"client": live[probe.live]}])
    else:
        script = jedi.Script(probe.code, environment=jedi.InterpreterEnvironment())
    if probe.what == "hover":
        return frozenset(line.strip() for name in script.help(*at) for line in name.docstring().splitlines())
    return frozenset(c.name for c in script.complete(*at))


@pytest.mark.parametrize(
    "probe",
    [pytest.param(p, id=p.id) for p in PROBES],
)
def test_jedi_completes(probe: Probe, live: dict[type, Any]) -> None:
    missing = probe.expected - offered(probe, live)
    assert not missing, f"jedi misses {sorted(missing)} at the end of:\n{probe.code}"


def test_probes_cover_every_vendor_and_kind() -> None:
    """The probes are derived, so check the derivation found what it should: an empty list tests nothing."""
    assert {p.id.split(".")[0] for p in PROBES if p.what == "item"} == set(slugs())
    kinds = {"item", "result", "nested", "nested-list", "enum", "datetime", "hover", "with_options"}
    assert kinds <= {p.what for p in PROBES}
    assert any("async for item in" in p.code for p in PROBES) and any("await client." in p.code for p in PROBES)
    assert any(p.live is not None for p in PROBES)
    assert len(PROBES) >= 40
