"""What the CLI knows about the vendors: read from the generated facades, never written by hand.

Every module in `scankit.vendors` is a vendor; its `SyncClient` subclass lists the resources as
annotations (`scans: Scans`), and each resource class's public methods are the verbs. Signatures,
type hints and docstrings give the arguments, their types and their help, so an operation added to
a spec shows up in the CLI after `make generate` with no change here.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import re
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, Literal

import attrs

from scankit._base import SyncClient
from scankit._pagination import SyncPaginator
from scankit._resource import SyncResource
from scankit._vendor import IncrementalInfo, OperationInfo, PaginationInfo, VendorInfo, WaiterInfo

# Keyword arguments of a list method that the CLI offers as options of their own (`since`: the sync command).
PAGING_OPTIONS = frozenset({"max_items", "max_pages", "since"})
# The waiter's keyword arguments (`wait`, `<verb>_and_wait`): the CLI's --wait options carry them.
WAIT_OPTIONS = frozenset({"timeout", "poll_interval", "on_update"})
# Per-call options of every method (headers, query, body extras, timeout): the CLI has its own flags.
CALL_OPTIONS = frozenset(
    {"extra_headers", "extra_query", "extra_body", "timeout", "max_retries", "deadline", "max_response_bytes"}
)

ParamKind = Literal["positional", "body", "keyword"]


@attrs.frozen
class ParamSpec:
    """One argument of a facade method."""

    name: str
    hint: Any  # the resolved type hint, e.g. `int | None`
    kind: ParamKind
    required: bool
    doc: str = ""


@attrs.frozen
class VerbSpec:
    """One facade method: `scans.list`, `campaigns.list_creatives`, …"""

    name: str  # the Python method name: list_creatives
    summary: str
    description: str
    http: str  # "GET /v1/scans", or "" when the facade does not say
    is_list: bool
    returns: Any  # the item type for a list, else the return type
    params: tuple[ParamSpec, ...]
    pagination: PaginationInfo | None = None  # how a list pages: its cursor or page parameter
    json_params: frozenset[str] = frozenset()  # parameters sent as a JSON object (HostedScan `filters`)
    waiter: WaiterInfo | None = None  # the spec's waiter for what this verb returns (a list: its items)
    incremental: IncrementalInfo | None = None  # a list that can be read for what is new (its `sync` command)

    @property
    def command(self) -> str:
        return command_name(self.name)

    @property
    def positional(self) -> tuple[ParamSpec, ...]:
        return tuple(p for p in self.params if p.kind == "positional")

    @property
    def body(self) -> ParamSpec | None:
        return next((p for p in self.params if p.kind == "body"), None)

    @property
    def keywords(self) -> tuple[ParamSpec, ...]:
        return tuple(p for p in self.params if p.kind == "keyword")


@attrs.frozen
class ResourceSpec:
    name: str  # the client attribute: scans
    summary: str
    verbs: tuple[VerbSpec, ...]

    @property
    def command(self) -> str:
        return command_name(self.name)

    def verb(self, command: str) -> VerbSpec | None:
        wanted = command_name(command)
        return next((v for v in self.verbs if v.command == wanted), None)


@attrs.frozen
class VendorSpec:
    slug: str
    info: VendorInfo
    client_cls: type[SyncClient]
    resources: tuple[ResourceSpec, ...]

    @property
    def env_stem(self) -> str:
        return self.info.env_key.removesuffix("_API_KEY")

    @property
    def base_url_env(self) -> str:
        return f"{self.env_stem}_BASE_URL"

    @property
    def token_envs(self) -> tuple[str, ...]:
        return tuple(self.info.token_env_var(t.arg) for t in self.info.auth.tokens)

    def resource(self, command: str) -> ResourceSpec | None:
        wanted = command_name(command)
        return next((r for r in self.resources if r.command == wanted), None)


def command_name(python_name: str) -> str:
    """`list_creatives` -> `list-creatives`: verbs with underscores become dashed commands."""
    return python_name.strip("_").replace("_", "-")


class VendorNotInstalled(Exception):
    """The vendor's generated package (scankit-<slug>) is not installed."""

    def __init__(self, slug: str, missing: str) -> None:
        self.slug = slug
        self.missing = missing
        super().__init__(f"the {slug} commands need the scankit-{slug} package: pip install 'scankit[{slug}]'")


@functools.cache
def load_vendor(slug: str) -> VendorSpec:
    """Introspect `scankit.vendors.<slug>`. Raises VendorNotInstalled when its package is missing."""
    try:
        module = importlib.import_module(f"scankit.vendors.{slug}")
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.split(".")[0] == f"scankit_{slug}":
            raise VendorNotInstalled(slug, exc.name) from exc
        raise
    return vendor_from_module(slug, module)


def vendor_from_module(slug: str, module: types.ModuleType) -> VendorSpec:
    info = getattr(module, "VENDOR", None)
    if not isinstance(info, VendorInfo):
        raise TypeError(f"{module.__name__} has no VENDOR (VendorInfo)")
    client_cls = next(
        (
            obj
            for obj in vars(module).values()
            if isinstance(obj, type) and issubclass(obj, SyncClient) and obj.__module__ == module.__name__
        ),
        None,
    )
    if client_cls is None:
        raise TypeError(f"{module.__name__} defines no SyncClient subclass")
    operations = {op.name: op for op in vars(module).values() if isinstance(op, OperationInfo)}
    resources: list[ResourceSpec] = []
    for attr, hint in typing.get_type_hints(client_cls).items():
        if isinstance(hint, type) and issubclass(hint, SyncResource):
            resources.append(_resource(attr, hint, operations))
    # A waiter says which field holds a resource's state: a list of the same type shows it too.
    waiters = {v.returns: v.waiter for r in resources for v in r.verbs if v.waiter is not None and not v.is_list}
    resources = [attrs.evolve(r, verbs=tuple(_with_waiter(v, waiters) for v in r.verbs)) for r in resources]
    return VendorSpec(slug=slug, info=info, client_cls=client_cls, resources=tuple(resources))


def _with_waiter(verb: VerbSpec, waiters: Mapping[Any, WaiterInfo]) -> VerbSpec:
    waiter = waiters.get(verb.returns) if verb.is_list else None
    return attrs.evolve(verb, waiter=waiter) if waiter is not None else verb


def _resource(attr: str, cls: type[SyncResource], operations: Mapping[str, OperationInfo]) -> ResourceSpec:
    verbs = []
    for name, fn in vars(cls).items():
        if name.startswith("_") or name.endswith("_and_wait") or not inspect.isfunction(fn):
            continue  # `<verb>_and_wait` is `<verb> --wait`
        verbs.append(_verb(name, fn, operations.get(f"{attr}.{name}")))
    title = attr.replace("_", " ")
    listing = ", ".join(v.command for v in verbs)
    return ResourceSpec(name=attr, summary=f"{title[:1].upper()}{title[1:]}: {listing}.", verbs=tuple(verbs))


def _verb(name: str, fn: Callable[..., Any], op: OperationInfo | None) -> VerbSpec:
    hints = typing.get_type_hints(fn)
    returns = hints.get("return", Any)
    is_list = typing.get_origin(returns) is SyncPaginator
    if is_list:
        returns = typing.get_args(returns)[0]
    summary, description, http, docs = parse_docstring(inspect.getdoc(fn) or "")
    if op is not None:
        http = f"{op.method} {op.path}"
    params = []
    for param in inspect.signature(fn).parameters.values():
        if param.name == "self" or (is_list and param.name in PAGING_OPTIONS) or param.name in CALL_OPTIONS:
            continue
        if name == "wait" and param.name in WAIT_OPTIONS:
            continue
        if param.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
            kind: ParamKind = "positional"
        elif param.name == "body":
            kind = "body"
        else:
            kind = "keyword"
        hint = hints.get(param.name, Any)
        if op is not None and param.name in op.json_params:
            hint = Mapping[str, Any]  # a JSON object parameter (model | TypedDict | str): built from KEY=VALUE
        params.append(
            ParamSpec(
                name=param.name,
                hint=hint,
                kind=kind,
                required=param.default is inspect.Parameter.empty,
                doc=docs.get(param.name, ""),
            )
        )
    return VerbSpec(
        name=name,
        summary=summary,
        description=description,
        http=http,
        is_list=is_list,
        returns=returns,
        params=tuple(params),
        pagination=op.pagination if op is not None else None,
        json_params=op.json_params if op is not None else frozenset(),
        waiter=op.waiter if op is not None else None,
        incremental=op.incremental if op is not None and is_list else None,
    )


_HTTP_LINE = re.compile(r"^`([A-Z]+) (\S+)`")
_ARG_LINE = re.compile(r"^ {4}(\w+)(?: \([^)]*\))?: ?(.*)$")


def parse_docstring(doc: str) -> tuple[str, str, str, dict[str, str]]:
    """(summary, description, "METHOD /path", {arg: help}) from a generated facade docstring."""
    lines = doc.splitlines()
    summary = lines[0].strip() if lines else ""
    description: list[str] = []
    http = ""
    args: dict[str, str] = {}
    section = "description"
    current: str | None = None
    for line in lines[1:]:
        stripped = line.strip()
        match = _HTTP_LINE.match(stripped)
        if match and section == "description":
            http = f"{match.group(1)} {match.group(2)}"
            section = "after"
            continue
        if stripped in {"Args:", "Raises:", "Returns:"}:
            section = stripped[:-1].lower()
            current = None
            continue
        if section == "description":
            description.append(line)
        elif section == "args":
            arg = _ARG_LINE.match(line)
            if arg:
                current = arg.group(1)
                args[current] = arg.group(2).strip()
            elif current and stripped:
                args[current] = f"{args[current]} {stripped}".strip()
            elif current and not stripped:
                args[current] += "\n"
    for key, value in args.items():
        args[key] = " ".join(value.split())
    return summary, "\n".join(description).strip(), http, args
