"""Render the wrapper's facade for one vendor: `wrapper/scankit/vendors/<vendor>.py`.

The facade is what users call — `client.<resource>.<verb>(...)` — for every operation in the spec.
It is generated, not hand-written, so it cannot drift from the spec: it is rendered with the
generator's own parser and Jinja environment (its `arguments` macro gives the exact keyword
arguments and types of the generated functions), plus the spec's x-scankit extensions (the typed
model, `scankit_codegen.extensions`), resolved to Python attribute names here so the runtime never
re-reads the spec.

One render is one `_Render` (the generator's project, its models and enums, and the types rendered
so far); nothing is kept between renders.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs
from jinja2 import ChoiceLoader, Environment, FileSystemLoader
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.properties import ModelProperty

from scankit_codegen.extensions import (
    AcceptorWaiter,
    CursorPagination,
    LinkHeaderPagination,
    NextUrlPagination,
    OffsetPagination,
    Operation,
    PageNumberPagination,
    StateWaiter,
    VendorSpec,
    Webhooks,
)
from scankit_codegen.registry import ROOT

FACADE_TEMPLATES = Path(__file__).resolve().parent / "templates" / "facade"
# names the model template gives methods and properties of its own
MODEL_API = frozenset({"to_dict", "to_json", "from_dict", "fields_set", "additional_properties", "additional_keys"})
SIMPLE_TYPES = {
    "StringProperty": "str",
    "DateTimeProperty": "str",
    "DateProperty": "str",
    "UuidProperty": "str",
    "IntProperty": "int",
    "FloatProperty": "float",
    "BooleanProperty": "bool",
    "NoneProperty": "None",
}
PAGINATION_PATHS = ("has_more", "current_page", "total_pages", "total_items", "next_link")
_PART = re.compile(r"([^.\[\]]+)((?:\[-?\d*\])*)")  # a path step: a name, then [n] or [] steps


class FacadeError(Exception):
    pass


_TAKES = {"DateTimeProperty": "datetime", "DateProperty": "date", "StringProperty": "str", "IntProperty": "int"}
"""What the generated function takes for an incremental filter parameter, by its generator property."""


def _s(value: Any) -> str:
    """The plain text of the generator's string wrappers (UntrustedString, PythonCode, …)."""
    for attr in ("get_untrusted_value", "as_unembedded_code"):
        if hasattr(value, attr):
            return str(getattr(value, attr)())
    return str(value)


def _shape(path: str) -> str:
    """`/campaigns/{campaignId}` and the generator's `/campaigns/{campaign_id}` are the same path."""
    return re.sub(r"\{[^}]*\}", "{}", path)


def _simple(type_string: str) -> bool:
    return re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", type_string) is not None


# -- one render ---------------------------------------------------------------------------------


@attrs.define
class _Render:
    """The state of rendering one facade: the generator's view of the spec and what is made from it."""

    spec: VendorSpec
    data: GeneratorData
    project: Project
    models: dict[str, ModelProperty]  # by class name
    enums: dict[str, Any]  # by class name
    literals: dict[str, str] = attrs.field(factory=dict)  # `ScanStateValue = Literal[...]` per enum a parameter takes
    typed_dicts: dict[str, str] = attrs.field(factory=dict)  # `<Model>Param = TypedDict(...)` per model a user passes

    @classmethod
    def start(cls, spec: VendorSpec, view: dict[str, Any], config_path: Path, templates: Path) -> _Render:
        config = Config.from_sources(
            ConfigFile.load_from_path(config_path), MetaType.PDM, config_path, "utf-8", overwrite=True, output_path=None
        )
        data = GeneratorData.from_dict(view, config=config)
        if isinstance(data, GeneratorError):
            raise FacadeError(f"{spec.slug}: {data.header}: {data.detail}")
        project = Project(openapi=data, config=config, custom_template_path=templates)
        assert project.env.loader is not None
        project.env.loader = ChoiceLoader([FileSystemLoader(str(FACADE_TEMPLATES)), project.env.loader])
        project.env.filters["py"] = repr  # Python literals (tojson would write null/true)
        for m in data.models:
            for prop in (m.required_properties or []) + (m.optional_properties or []):
                if _s(prop.python_name) in MODEL_API:
                    raise FacadeError(
                        f"{spec.slug}: {_s(m.class_info.name)}.{_s(prop.python_name)} hides the model's own API"
                    )
        return cls(
            spec=spec,
            data=data,
            project=project,
            models={_s(m.class_info.name): m for m in data.models},
            enums={_s(e.class_info.name): e for e in data.enums},
        )

    # -- the generator's models ------------------------------------------------------------------

    def props(self, model: ModelProperty) -> dict[str, Any]:
        """A model's properties by JSON name (response props are unresolved copies: use the parsed model)."""
        resolved = self.models.get(_s(model.class_info.name), model)
        props = (resolved.required_properties or []) + (resolved.optional_properties or [])
        return {_s(p.name): p for p in props}

    def resolve_path(self, model: Any, dotted: str | None, where: str) -> tuple[str, ...] | None:
        """JSON path `meta.pagination.totalPages` -> Python attributes ('meta', 'pagination', 'total_pages').

        List steps stay in brackets (`tasks[].status` -> ('tasks', '[]', 'status'), `data[-1]` ->
        ('data', '[-1]')); `.`, the body itself, is ().
        """
        if not dotted:
            return None
        if dotted == ".":
            return ()
        attrs_: list[str] = []
        current = model
        for part in dotted.split("."):
            match = _PART.fullmatch(part)
            if match is None:
                raise FacadeError(f"{where}: {dotted!r}: {part!r} is not a name with optional [n] or [] steps")
            name, steps = match.groups()
            candidates = [current]
            if not isinstance(current, ModelProperty):  # unions (nullable objects): look inside
                candidates = [p for p in getattr(current, "inner_properties", []) if isinstance(p, ModelProperty)]
            found = None
            for cand in candidates:
                found = self.props(cand).get(name)
                if found is not None:
                    break
            if found is None:
                raise FacadeError(f"{where}: {dotted!r}: no property {name!r} in the response schema")
            attrs_.append(_s(found.python_name))
            current = found
            for step in re.findall(r"\[(-?\d*)\]", steps):
                current = _list_inner(current)
                if current is None:
                    raise FacadeError(f"{where}: {dotted!r}: {name!r} is not a list, so it has no [{step}]")
                attrs_.append(f"[{step}]")
        return tuple(attrs_)

    def prop_at(self, model: Any, attrs_: tuple[str, ...], where: str) -> Any:
        """The property at a path of Python attributes (as `resolve_path` gives)."""
        prop = model
        for attr in attrs_:
            prop = next((p for p in self.props(prop).values() if _s(p.python_name) == attr), None)
            if prop is None:
                raise FacadeError(f"{where}: {'.'.join(attrs_)}: path not found")
        return prop

    # -- the types a user passes ------------------------------------------------------------------

    def enum_type(self, class_name: str) -> str:
        """`ScanState | ScanStateValue`: the member or its spec value (a Literal), checked by type checkers.

        A value the spec does not list goes through the explicit escape, `ScanState("NEW")`.
        """
        enum = self.enums[class_name]
        alias = f"{class_name}Value"
        if alias in self.models or alias in self.enums:
            raise FacadeError(f"{alias}: a schema has the name the facade gives {class_name}'s values")
        values = ", ".join(f'"{v}"' for v in enum.values.values())
        self.literals[alias] = f"{alias} = Literal[{values}]"
        return f"{class_name} | {alias}"

    def param_type(self, prop: Any) -> str:
        """The JSON-shaped type of a property, for a TypedDict a user writes (a dict body or filters)."""
        kind = type(prop).__name__
        if kind == "EnumProperty":
            return self.enum_type(_s(prop.class_info.name))
        if kind == "ListProperty":
            inner = self.param_type(prop.inner_property)
            # a Sequence takes a list[ScanState] as well; a str is not one of these (its items are str)
            return f"Sequence[{inner}]" if type(prop.inner_property).__name__ == "EnumProperty" else f"list[{inner}]"
        if kind == "ModelProperty":
            return self.typed_dict(self.models.get(_s(prop.class_info.name), prop))
        if kind == "UnionProperty":
            parts = sorted({self.param_type(p) for p in prop.inner_properties}, key=lambda s: (s == "None", s))
            return " | ".join(parts)
        return SIMPLE_TYPES.get(kind, "Any")

    def typed_dict(self, model: Any) -> str:
        """Render `<Model>Param`, a TypedDict of the model's JSON keys (absent = omitted, None = null)."""
        name = f"{_s(model.class_info.name)}Param"
        if name in self.typed_dicts:
            return f'"{name}"'
        self.typed_dicts[name] = ""  # a placeholder while the fields render (recursive models)
        fields = []
        for prop in (model.required_properties or []) + (model.optional_properties or []):
            value = self.param_type(prop)
            if not prop.required:
                value = f"NotRequired[{value}]"
            fields.append(f'        "{_s(prop.name)}": {value},')
        body = "\n".join(fields)
        # the functional form: JSON keys may be Python keywords (`type`) or dotted (`risk_definition.title`)
        self.typed_dicts[name] = f'{name} = TypedDict(\n    "{name}",\n    {{\n{body}\n    }},\n)'
        return name

    def arguments(
        self,
        endpoint: Any,
        json_params: dict[str, str | None],
        enums: dict[str, str],
        page_size: tuple[str, int] | None = None,
    ) -> tuple[str, dict[str, str], dict[str, str]]:
        """The facade's argument list (without `client`), from the generated function's own, retyped.

        Returns the text, each argument's final type (for the docstring) and the parameters that take
        a model or its TypedDict (converted with `from_dict` before the call).
        An optional parameter is `X | None = None` (None: not sent); an enum is `Enum | Literal[...]`;
        a JSON or object parameter and the body take the generated model or a TypedDict of its keys.
        """
        macros = self.project.env.get_template("endpoint_macros.py.jinja").module
        text = str(macros.arguments(endpoint, include_client=False))  # type: ignore[attr-defined]
        models: dict[str, str] = {}
        params = {
            _s(p.python_name): p
            for p in endpoint.path_parameters + endpoint.query_parameters + endpoint.header_parameters
        }
        if endpoint.bodies:
            params["body"] = endpoint.bodies[0].prop
        lines = []
        types: dict[str, str] = {}
        for line in text.splitlines():
            if not line.strip():
                continue
            m = re.fullmatch(r"(\w+): (.+?)(?: = (.+))?,", line.strip())
            if m is None:
                lines.append(line)
                continue
            name, type_, default = m.group(1), m.group(2), m.group(3)
            optional = type_.endswith(" | Unset")
            type_ = type_.removesuffix(" | Unset")
            prop = params.get(name)
            inner = getattr(prop, "inner_property", None)
            if name in json_params:
                model = json_params[name]
                type_ = f"{model} | {self.typed_dict(self.models[model])} | str" if model else "Mapping[str, Any] | str"
                if model:
                    models[name] = model
            elif name in enums:
                enum_type = self.enum_type(enums[name])
                type_ = f"Sequence[{enum_type}]" if inner is not None else enum_type
            elif type(prop).__name__ == "ModelProperty":
                model = _s(prop.class_info.name)  # type: ignore[union-attr]
                type_ = f"{model} | {self.typed_dict(self.models.get(model, prop))}"
                models[name] = model
            if optional:
                type_ = f"{type_} | None"
                default = "None" if default in (None, "UNSET") else default
            if page_size and name == page_size[0]:
                # a list asks for the largest page the vendor documents: fewer requests for the same items
                default = str(page_size[1])
            # inside a resource class `list` is the paginating method, so builtins must be spelled out
            type_ = re.sub(r"(?<![\w.])list\[", "builtins.list[", type_)
            types[name] = type_.replace("builtins.list[", "list[")
            lines.append(f"{name}: {type_}" + (f" = {default}" if default is not None else "") + ",")
        return "\n".join(lines), types, models

    # -- one operation ------------------------------------------------------------------------------

    def json_params(self, endpoint: Any, view_op: dict[str, Any]) -> dict[str, str | None]:
        """Query parameters whose value is JSON (`x-scankit-json`, set by generate.codegen_view): the
        Python name -> the generated model of the object, or None for a free-form one."""
        by_schema = {_s(m.name).rsplit("/", 1)[-1]: m for m in self.data.models}  # m.name: /components/schemas/X
        out: dict[str, str | None] = {}
        for param in view_op.get("parameters", []):
            if "x-scankit-json" in param:
                ref = param["x-scankit-json"].get("$ref", "").rsplit("/", 1)[-1]
                model = by_schema.get(ref)
                python = next(p.python_name for p in endpoint.query_parameters if _s(p.name) == param["name"])
                out[_s(python)] = _s(model.class_info.name) if model else None
        return out

    def pagination(self, op: Operation, endpoint: Any, page_prop: Any, where: str) -> dict[str, Any] | None:
        """x-scankit-pagination as PaginationInfo's keyword arguments: its parameters as Python argument
        names, its paths as attributes. Every key the first two styles had is rendered (None when
        absent), the newer keys only when given, so a spec of those styles renders as it always did."""
        pag = op.pagination
        if pag is None:
            return None
        where = f"{where} x-scankit-pagination"
        params = {_s(p.name): _s(p.python_name) for p in endpoint.query_parameters}

        def param(key: str) -> str | None:
            name = getattr(pag, key, None)
            if name is None:
                return None
            if name not in params:
                raise FacadeError(f"{where}.{key} {name!r} is not a query parameter")
            return params[name]

        def path(key: str) -> tuple[str, ...] | None:
            return self.resolve_path(page_prop, getattr(pag, key, None), f"{where}.{key}")

        items = self.resolve_path(page_prop, pag.items, f"{where}.items")
        assert items is not None
        inner = _list_inner(self.prop_at(page_prop, items, where))
        if inner is None:
            raise FacadeError(f"{where}: items must point at an array")
        fields: dict[str, Any] = {
            "style": pag.style,
            "items": items,
            "page_param": param("page_param"),
            "first_page": pag.first_page if isinstance(pag, PageNumberPagination) else 1,
            "size_param": param("size_param"),
            "default_size": pag.default_size,
            "max_size": pag.max_size,
            "cursor_param": param("cursor_param"),
            **{key: path(key) for key in PAGINATION_PATHS},
            "next_cursor": path("next_cursor"),
        }
        if isinstance(pag, OffsetPagination):
            fields["offset_param"] = param("offset_param")
            fields["first_offset"] = pag.first_offset if "first_offset" in pag.declared else None
        if isinstance(pag, CursorPagination):
            fields["cursor_header"] = pag.cursor_header
            if pag.last_item is not None:
                paths = tuple(self.resolve_path(inner, p, f"{where}.last_item.path") for p in pag.last_item.path)
                fields["last_item"] = {"paths": paths, "join": pag.last_item.join}
        if isinstance(pag, NextUrlPagination):
            fields["next_url"] = path("next_url")
        if isinstance(pag, LinkHeaderPagination) and "link_rel" in pag.declared:
            fields["link_rel"] = pag.link_rel
        if pag.stop:
            fields["stop"] = pag.stop
        newer = ("offset_param", "first_offset", "cursor_header", "next_url", "link_rel", "last_item", "stop")
        return {
            "style": pag.style,
            "fields": {k: v for k, v in fields.items() if k not in newer or v is not None},
            "items": items,
            "item": inner,
            "item_type": _s(inner.get_type_string(no_optional=True)),
            "size_param": fields["size_param"],
            "max_size": pag.max_size,
        }

    def incremental(self, op: Operation, endpoint: Any, item: Any, where: str) -> dict[str, Any] | None:
        """x-scankit-incremental with its item paths resolved to attributes and its parameters to Python
        names, and what the generated function takes for the filter's parameter (a time or a string)."""
        inc = op.incremental
        if inc is None:
            return None
        where = f"{where} x-scankit-incremental"
        names = [inc.cursor, *inc.fallback]
        out: dict[str, Any] = {
            "cursor": tuple(self.resolve_path(item, name, where) for name in names),
            "names": tuple(names),
            "format": inc.format,
            "granularity": inc.granularity,
            "id": self.resolve_path(item, inc.id, where),
            "lookback_seconds": float(inc.lookback_seconds),
            "order": inc.order,
            "filter": None,
        }
        flt = inc.filter
        if flt is not None:
            params = {_s(p.name): p for p in endpoint.query_parameters}
            since = params.get(flt.since_param)
            if since is None:
                raise FacadeError(f"{where}: filter.since_param {flt.since_param!r} is not a query parameter")
            takes = _TAKES.get(type(since).__name__)
            if takes is None:
                raise FacadeError(f"{where}: {flt.since_param!r} takes {type(since).__name__}, not a time")
            out["filter"] = {
                "since_param": _s(since.python_name),
                "format": flt.format,
                "takes": takes,
                "timezone": flt.timezone,
                "inclusive": flt.inclusive,
                "params": {_s(params[k].python_name): v for k, v in flt.params.items()},
            }
        return out

    def waiter(self, op: Operation, endpoint: Any, resource: Any, where: str) -> dict[str, Any] | None:
        """x-scankit-waiter with its paths resolved to attributes of the (unwrapped) resource."""
        w = op.waiter
        if w is None:
            return None
        where = f"{where} x-scankit-waiter"
        if op.method != "GET":  # a poll must be safe to repeat (the patterns spec's `reports.result`)
            raise FacadeError(f"{where} belongs on a GET operation")
        errors = self.spec.meta.errors
        error_code = errors.code if errors else ()
        acceptors = []
        for index, rule in enumerate(w.acceptors if isinstance(w, AcceptorWaiter) else ()):
            at = f"{where}.acceptors[{index}]"
            if rule.matcher == "error" and isinstance(rule.expected, str) and not error_code:
                raise FacadeError(f"{at}: an error code acceptor needs x-scankit.errors.code")
            acceptors.append(
                {
                    "matcher": rule.matcher,
                    "expected": rule.expected,
                    "state": rule.state,
                    "argument": self.resolve_path(resource, rule.argument, f"{at}.argument"),
                    "argument_json": rule.argument,
                }
            )
        maybe_none = any(a["matcher"] in ("status", "error") and a["state"] != "retry" for a in acceptors)
        args = [f"{_s(p.python_name)}: {_s(p.get_type_string())}," for p in endpoint.path_parameters]
        success: list[str] = []
        failure: list[str] = []
        pending: list[str] = []
        if isinstance(w, StateWaiter):
            success, failure, pending = sorted(w.success), sorted(w.failure), sorted(w.pending)
        more: dict[str, Any] = {
            key: value
            for key, value in (
                ("max_poll_interval", w.max_poll_interval),
                ("max_attempts", w.max_attempts),
                ("error_code", error_code if acceptors and error_code else None),
            )
            if value is not None
        }
        if "advice_header" in w.declared:  # WaiterInfo's default otherwise
            more["advice_header"] = w.advice_header
        return {
            "state": self.resolve_path(resource, w.state, f"{where}.state"),
            "state_json": w.state,
            "progress": self.resolve_path(resource, w.progress, f"{where}.progress"),
            "success": success,
            "failure": failure,
            "pending": pending,
            "poll_interval": float(w.poll_interval),
            "initial_delay": float(w.initial_delay) if w.initial_delay is not None else None,
            "case_insensitive": w.case_insensitive,
            "started_by": {s.operation_id: s.expression for s in w.started_by},
            "args": "\n".join(args),
            "arg_names": [_s(p.python_name) for p in endpoint.path_parameters],
            "acceptors": acceptors,
            "more": more,
            "maybe_none": maybe_none,
            # what the docs say ends a run, and what keeps it going
            "until": f"`{w.state}` is a state that ends a run"
            if not acceptors
            else "one of the spec's acceptors ends the run",
            "ends": ", ".join(success + failure) if not acceptors else _acceptors_text(acceptors, stop=True),
            "goes_on": ", ".join(pending) if not acceptors else _acceptors_text(acceptors, stop=False),
        }

    def entry(self, op: Operation, endpoint: Any, view_op: dict[str, Any]) -> dict[str, Any]:
        """Everything the template needs to render one operation's methods."""
        where = f"{self.spec.slug} {op.operation_id}"
        success_type, success_prop = _success(endpoint)
        json_params = self.json_params(endpoint, view_op)
        pagination = self.pagination(op, endpoint, success_prop, where)
        unwrap = None
        inner = success_prop
        if op.unwrap:
            unwrap = self.resolve_path(success_prop, op.unwrap, where)
            assert unwrap is not None
            inner = self.prop_at(success_prop, unwrap, where)
            success_type = _s(inner.get_type_string(no_optional=True))
        enums = _enum_params(endpoint)
        page_size = None
        if pagination and pagination["size_param"] and pagination["max_size"]:
            page_size = (pagination["size_param"], int(pagination["max_size"]))
        args, arg_types, arg_models = self.arguments(endpoint, json_params, enums, page_size)
        return {
            "endpoint": endpoint,
            "args": args,
            "has_star": "*," in args,
            "arg_names": [
                _s(p.python_name)
                for p in endpoint.path_parameters + endpoint.query_parameters + endpoint.header_parameters
            ]
            + (["body"] if endpoint.bodies else []),
            "arg_docs": [
                _arg_doc(p, arg_types.get(_s(p.python_name)))
                + (
                    f" scankit asks for {page_size[1]} (the documented maximum) unless you say otherwise."
                    if page_size and _s(p.python_name) == page_size[0]
                    else ""
                )
                for p in endpoint.list_all_parameters()
            ],
            "module": _s(endpoint.name),
            "operation_id": op.operation_id,
            "verb": op.verb,
            "method": op.method,
            "path": _s(endpoint.path),
            "success_type": success_type,
            "unwrap": unwrap,
            "success_simple": success_type != "Any" and _simple(success_type),
            "pagination": pagination,
            "waiter": self.waiter(op, endpoint, inner, where),
            "incremental": self.incremental(op, endpoint, pagination["item"], where) if pagination else None,
            "and_wait": None,
            "success_prop": success_prop,
            "path_params": {_s(p.name): _s(p.python_name) for p in endpoint.path_parameters},
            "json_params": json_params,
            "enum_params": enums,
            "models": arg_models,
            "summary": op.summary,
            "description": op.description,
            "envelope_type": _success(endpoint)[0],
        }

    def resources(self, view: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
        """Each tag's operations, in the generator's order, with their envelope twins."""
        ops = {(op.method, _shape(op.path)): op for op in self.spec.operations}
        view_ops = {
            op["operationId"]: op
            for item in view.get("paths", {}).values()
            for op in item.values()
            if isinstance(op, dict) and "operationId" in op
        }
        resources: dict[str, list[dict[str, Any]]] = {}
        for tag, collection in sorted(self.data.endpoint_collections_by_tag.items()):
            for endpoint in collection.endpoints:
                op = ops[(endpoint.method.upper(), _shape(_s(endpoint.path)))]
                entries = resources.setdefault(_s(tag), [])
                entries.append(self.entry(op, endpoint, view_ops[op.operation_id]))
                if op.envelope_method:
                    entries.append(_envelope_entry(entries[-1], op.envelope_method))
        return resources

    def link_waiters(self, resources: dict[str, list[dict[str, Any]]]) -> None:
        """Give each operation a waiter's `started_by` names a `<verb>_and_wait`: how to find the run it starts."""
        vendor = self.spec.slug
        by_id = {e["operation_id"]: e for endpoints in resources.values() for e in endpoints}
        for get in by_id.values():
            waiter = get["waiter"]
            if not waiter:
                continue
            if len(waiter["arg_names"]) != 1 or not get["success_simple"]:
                raise FacadeError(
                    f"{vendor} {get['operation_id']}: a waiter needs one path parameter and a model answer"
                )
            for op_id, expression in waiter["started_by"].items():
                starter = by_id.get(op_id)
                where = f"{vendor} {op_id} (x-scankit-waiter.started_by of {get['operation_id']})"
                if starter is None:
                    raise FacadeError(f"{where}: no such operation")
                starter["and_wait"] = self.and_wait(starter, get, self.run_id(starter, expression, where))

    def run_id(self, starter: dict[str, Any], expression: str, where: str) -> str:
        """The Python expression of the started run's id: a path argument, or a field of the answer."""
        if expression.startswith("$request.path."):
            name = expression.removeprefix("$request.path.")
            if name not in starter["path_params"]:
                raise FacadeError(f"{where}: {name!r} is not a path parameter")
            return str(starter["path_params"][name])
        if expression.startswith("$response.body#/"):
            body_path = expression.removeprefix("$response.body#/").replace("/", ".")
            attrs_ = self.resolve_path(starter["success_prop"], body_path, where)
            unwrap = starter["unwrap"] or ()
            if attrs_ is None or attrs_[: len(unwrap)] != unwrap or len(attrs_) == len(unwrap):
                raise FacadeError(f"{where}: {expression} must point inside the unwrapped answer")
            return ".".join(("started", *attrs_[len(unwrap) :]))
        raise FacadeError(f"{where}: {expression!r} is not $response.body#/… or $request.path.…")

    def and_wait(self, starter: dict[str, Any], get: dict[str, Any], run_id: str) -> dict[str, Any]:
        """`<verb>_and_wait`'s arguments: the starter's own; a body with nothing required may be left out."""
        # (Advalidation's rescan takes `{}`)
        args, default_body = starter["args"], None
        body_model = re.search(r"^body: (\w+)((?: \| \w+)*),$", args, re.MULTILINE)  # the model | its TypedDict
        if (
            body_model
            and body_model.group(1) in self.models
            and not self.models[body_model.group(1)].required_properties
        ):
            default_body = body_model.group(1)
            args = args.replace(body_model.group(0), f"body: {default_body}{body_model.group(2)} | None = None,")
        body_doc = f"body ({default_body}{body_model.group(2) if body_model else ''})"
        arg_docs = [
            d.replace(body_doc, f"{body_doc[:-1]} | None)", 1) if default_body and d.startswith(body_doc) else d
            for d in starter["arg_docs"]
        ]
        return {
            "args": args,
            "arg_docs": arg_docs,
            "has_star": starter["has_star"],
            "default_body": default_body,
            "target": get,
            "run_id": run_id,
            "uses_answer": run_id.startswith("started."),
            "first": starter["success_type"] == get["success_type"],
        }

    def rate_limit(self, resources: dict[str, list[dict[str, Any]]]) -> dict[str, Any] | None:
        """x-scankit.rate_limit as written, each budget's `operations` as the rate keys the client paces
        by (`"POST /jobs"`)."""
        rl = self.spec.meta.rate_limit
        if rl is None:
            return None
        block = dict(rl.declared)
        if not rl.limits:
            return block
        keys = {e["operation_id"]: f"{e['method']} {e['path']}" for endpoints in resources.values() for e in endpoints}
        limits = []
        for entry in block["limits"]:
            if entry.get("operations"):
                missing = [op_id for op_id in entry["operations"] if op_id not in keys]
                if missing:
                    raise FacadeError(
                        f"{self.spec.slug} x-scankit.rate_limit: no operation {', '.join(map(repr, missing))}"
                    )
                entry = {**entry, "operations": [keys[op_id] for op_id in entry["operations"]]}
            limits.append(entry)
        return {**block, "limits": limits}

    def context(self, resources: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
        """The template's variables."""
        spec, meta = self.spec, self.spec.meta
        servers = spec.servers
        if not servers:
            raise FacadeError(f"{spec.slug}: servers is empty; the first server is the default base URL")
        # A first server with variables (CloneGuard's `https://api.{instance}`) is one host per customer:
        # the client then has no default and says where the host comes from instead of guessing one.
        first = servers[0]
        per_customer = bool(first.get("variables"))
        base_url_help = None
        if per_customer:
            described = " ".join(str(first.get("description") or "").split())
            base_url_help = f"Its API host is per customer ({first['url']}). {described}".strip()
        auth = spec.auth
        return {
            "webhooks": _webhooks(spec.webhooks, self.data) if spec.webhooks else None,
            "vendor": spec.slug,
            "meta": {
                "vendor": meta.vendor,
                "env_key": meta.env_key,
                "request_id_header": meta.request_id_header,
                "rate_limit": self.rate_limit(resources),
                "errors": meta.errors.runtime if meta.errors else None,
            },
            "base_url": None if per_customer else first["url"],
            "base_url_help": base_url_help,
            "server_template": first["url"],
            "servers": [_server_example(s) for s in servers],
            "auth": {
                "key_header": auth.key.header,
                "key_prefix": auth.key.prefix,
                "tokens": [
                    {"scheme": t.name, "arg": t.arg, "header": t.header, "prefix": t.prefix} for t in auth.tokens
                ],
            },
            "resources": resources,
            "package": spec.package,
            "model_names": sorted(set(self.models) | set(self.enums)),
            "typed_dicts": [self.literals[k] for k in sorted(self.literals)]
            + [self.typed_dicts[k] for k in sorted(self.typed_dicts)],
            "class_name": meta.class_name,
            # resources with a file download get `client.with_streaming_response.<resource>`
            "streaming": [tag for tag, eps in resources.items() if any(e["success_type"] == "File" for e in eps)],
        }


def render(spec: VendorSpec, view: dict[str, Any], config_path: Path, templates: Path) -> str:
    """The facade module's source, unformatted (`write` formats it)."""
    r = _Render.start(spec, view, config_path, templates)
    resources = r.resources(view)
    r.link_waiters(resources)
    _check_verbs(spec.slug, resources)
    return r.project.env.get_template("facade.py.jinja").render(**r.context(resources))


# -- pieces without state -----------------------------------------------------------------------


def _success(endpoint: Any) -> tuple[str, Any]:
    """The Python type of the 2xx responses (and the first one's property); 'None' for no body.

    A body-less 2xx beside one with a body (CloneGuard: 200 with a result, or 204) gives `X | None`.
    """
    found: list[tuple[str, Any]] = []
    for resp in endpoint.responses.patterns:
        lo, hi = resp.status_code.range
        if lo >= 200 and hi < 300:
            type_string = _s(resp.prop.get_type_string())
            if type_string == "Any" and not getattr(resp.data, "content", None):
                type_string = "None"  # e.g. DELETE -> 200 or 204 without a body
            found.append((type_string, resp.prop))
    if not found:
        raise FacadeError(f"{endpoint.name}: no 2xx response declared")
    bodies = [f for f in found if f[0] != "None"]
    if not bodies:
        return "None", found[0][1]
    # inside a resource class `list` is the paginating method (a top-level array answer: builtins.list)
    types = sorted({re.sub(r"(?<![\w.])list\[", "builtins.list[", t) for t, _ in bodies})
    if len(bodies) < len(found):
        types.append("None")
    return " | ".join(types), bodies[0][1]


def _list_inner(prop: Any) -> Any:
    """The item property of a list property (of a nullable list: the list inside the union), or None."""
    inner = getattr(prop, "inner_property", None)
    if inner is not None:
        return inner
    lists = [p for p in getattr(prop, "inner_properties", []) if getattr(p, "inner_property", None) is not None]
    return lists[0].inner_property if len(lists) == 1 else None


def _acceptors_text(acceptors: list[dict[str, Any]], *, stop: bool) -> str:
    """The acceptors that end a run (or keep it going), in words for the docstrings."""
    said = []
    for a in acceptors:
        if (a["state"] != "retry") != stop:
            continue
        what = {
            "path": f"{a['argument_json']} == {a['expected']!r}",
            "pathAll": f"every {a['argument_json']} == {a['expected']!r}",
            "pathAny": f"some {a['argument_json']} == {a['expected']!r}",
            "status": f"HTTP {a['expected']}",
            "error": f"error {a['expected']!r}" if not isinstance(a["expected"], bool) else "an error",
        }[a["matcher"]]
        said.append(f"{what} ({a['state']})" if stop else what)
    return ", ".join(said) or ("none" if stop else "an answer no acceptor matches")


def _envelope_entry(entry: dict[str, Any], verb: str) -> dict[str, Any]:
    """The whole body as well as the unwrapped resource: e.g. a JSON:API document's `included` beside
    its `data` (`scans.get_document(id)` next to `scans.get(id)`)."""
    twin = dict(entry)
    twin.update(
        verb=verb,
        unwrap=None,
        waiter=None,
        success_type=entry["envelope_type"],
        success_simple=_simple(entry["envelope_type"]),
        summary=f"{entry['summary']}, with the whole response body".strip(", "),
    )
    return twin


def _check_verbs(vendor: str, resources: dict[str, list[dict[str, Any]]]) -> None:
    for tag, endpoints in resources.items():
        verbs = [e["verb"] for e in endpoints]
        for e in endpoints:
            if e["verb"] == "wait" or e["verb"].endswith("_and_wait"):
                raise FacadeError(f"{vendor} {e['operation_id']}: `{e['verb']}` is the name of a generated waiter")
        if len(verbs) != len(set(verbs)):
            raise FacadeError(f"{vendor}: tag {tag!r} has duplicate x-scankit-method values {verbs}")


def _webhooks(hooks: Webhooks, data: GeneratorData) -> dict[str, Any]:
    """The x-scankit-webhooks block as WebhookInfo's keyword arguments (Python literals)."""
    models = {_s(m.name).rsplit("/", 1)[-1]: m for m in data.models}
    if hooks.event_schema not in models:
        raise FacadeError(f"x-scankit-webhooks: {hooks.event_schema!r} names no schema")

    def split(path: str | None) -> tuple[str, ...] | None:
        return tuple(path.split(".")) if path else None

    stamp = hooks.timestamp
    fields: dict[str, Any] = {
        "secret_env": hooks.secret_env,
        "signature_header": hooks.signature.header,
        "algorithm": hooks.signature.algorithm,
        "signed": hooks.signature.signed,
        "encodings": hooks.signature.encodings,
        "prefix": hooks.signature.prefix,
        "timestamp_header": stamp.place.header if stamp else None,
        "timestamp_path": split(stamp.place.body) if stamp else None,
        "timestamp_unit": stamp.unit if stamp else None,
        "event_type_header": hooks.event_type.header,
        "event_type_path": split(hooks.event_type.body),
        "event_id_header": hooks.event_id.header,
        "event_id_path": split(hooks.event_id.body),
        "events": hooks.events,
        "retry_attempts": hooks.retry.attempts,
        "retry_max_seconds": hooks.retry.max_seconds,
        "retry_success": hooks.retry.success,
        "user_agent": hooks.user_agent,
    }
    return {"model": _s(models[hooks.event_schema].class_info.name), "fields": fields}


def _enum_params(endpoint: Any) -> dict[str, str]:
    """Query parameters typed as an enum (or a list of one): users may pass the plain string."""
    out = {}
    for p in endpoint.query_parameters:
        prop = getattr(p, "inner_property", p)
        if type(prop).__name__ == "EnumProperty":
            out[_s(p.python_name)] = _s(prop.class_info.name)
    return out


def _arg_doc(prop: Any, final_type: str | None) -> str:
    """The generator's `name (type): description`, with the type the facade's signature really has."""
    doc = _s(prop.to_docstring())
    if final_type is None:
        return doc
    head = f"{_s(prop.python_name)} ("
    old_type = _s(prop.get_type_string())
    if doc.startswith(head + old_type + ")"):
        return head + final_type + doc[len(head + old_type) :]
    return doc


def _server_example(server: Any) -> str:
    """A server's URL with each variable at its default: the docs' own example of a per-customer host."""
    url = str(server["url"])
    for name, variable in (server.get("variables") or {}).items():
        url = url.replace(f"{{{name}}}", str(variable.get("default", "")))
    return url


def format_source(vendor: str, source: str) -> str:
    """ruff-fix and format as if the file were at its real place, wherever it is written."""
    ruff = str(Path(sys.executable).parent / "ruff")
    name = f"wrapper/scankit/vendors/{vendor}.py"
    cfg = ["--config", str(ROOT / "pyproject.toml")]
    for cmd in (
        [ruff, "check", "--fix-only", "--exit-zero", "--select", "I,F401,UP", *cfg, "--stdin-filename", name, "-"],
        [ruff, "format", *cfg, "--stdin-filename", name, "-"],
    ):
        proc = subprocess.run(cmd, input=source, capture_output=True, text=True, cwd=ROOT, check=False)
        if proc.returncode != 0:
            raise FacadeError(f"{vendor}: ruff failed on the facade: {proc.stderr}")
        source = proc.stdout
    return source


def write(vendor: str, source: str, out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{vendor}.py"
    target.write_text(format_source(vendor, source), encoding="utf-8")
    return target


def write_index(specs: Sequence[VendorSpec], out_dir: Path) -> None:
    """What names every vendor, from every spec: the vendors package's index (`__init__.py`), its typed
    webhook functions (`_webhooks.py`), and the `scankit` package's `__init__.py` (one directory up)."""
    vendors = [
        {"slug": s.slug, "class_name": s.meta.class_name, "webhooks": s.webhooks is not None}
        for s in sorted(specs, key=lambda s: s.slug)
    ]
    clients = sorted((n, v["slug"]) for v in vendors for n in (v["class_name"], f"Async{v['class_name']}"))
    env = Environment(loader=FileSystemLoader(str(FACADE_TEMPLATES)), trim_blocks=True, lstrip_blocks=True)
    for module, template in (("__init__", "vendors_init.py.jinja"), ("_webhooks", "vendors_webhooks.py.jinja")):
        write(module, env.get_template(template).render(vendors=vendors, clients=clients), out_dir)
    source = env.get_template("init.py.jinja").render(vendors=vendors, clients=clients)
    (out_dir.parent / "__init__.py").write_text(format_source("__init__", source), encoding="utf-8")


def write_card(spec: VendorSpec, out_dir: Path) -> Path:
    """`<vendor>.json` beside the facade: what `scankit --help` shows of the vendor (its name, resources
    and environment variables), so the CLI starts without importing the facade or the generated package.

    The resources are read back from the written facade (the client's annotations naming a resource
    class, as the CLI reads them), so the card says what the facade has."""
    facade = out_dir / f"{spec.slug}.py"
    tree = ast.parse(facade.read_text(encoding="utf-8"))

    def bases(node: ast.ClassDef) -> set[str]:
        return {b.id for b in node.bases if isinstance(b, ast.Name)}

    classes = [node for node in tree.body if isinstance(node, ast.ClassDef)]
    client = next(node for node in classes if "SyncClient" in bases(node))
    resource_classes = {node.name for node in classes if "SyncResource" in bases(node)}
    resources = [
        node.target.id
        for node in client.body
        if isinstance(node, ast.AnnAssign)
        and isinstance(node.target, ast.Name)
        and isinstance(node.annotation, ast.Name)
        and node.annotation.id in resource_classes
    ]
    stem = spec.meta.env_stem
    card = {
        "name": spec.meta.vendor,
        "resources": resources,
        "env": {
            "api_key": spec.meta.env_key,
            "tokens": [f"{stem}_{t.arg.upper()}" for t in spec.auth.tokens],
            "base_url": f"{stem}_BASE_URL",
        },
    }
    target = out_dir / f"{spec.slug}.json"
    target.write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")
    return target


__all__ = ["FacadeError", "format_source", "render", "write", "write_card", "write_index"]
