"""Render the wrapper's facade for one vendor: `wrapper/scankit/vendors/<vendor>.py`.

The facade is what users call — `client.<resource>.<verb>(...)` — for every operation in the spec.
It is generated, not hand-written, so it cannot drift from the spec: it is rendered with the
generator's own parser and Jinja environment (its `arguments` macro gives the exact keyword
arguments and types of the generated functions), plus the spec's x-scankit extensions, resolved to
Python attribute names here so the runtime never re-reads the spec.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, Environment, FileSystemLoader
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.properties import ModelProperty
from openapi_python_client.strings import snake_case

ROOT = Path(__file__).resolve().parent.parent
FACADE_TEMPLATES = ROOT / "codegen" / "facade"


class FacadeError(Exception):
    pass


def _s(value: Any) -> str:
    """The plain text of the generator's string wrappers (UntrustedString, PythonCode, …)."""
    for attr in ("get_untrusted_value", "as_unembedded_code"):
        if hasattr(value, attr):
            return str(getattr(value, attr)())
    return str(value)


def _ops_by_id(spec: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    out = {}
    for path, item in spec.get("paths", {}).items():
        for method, op in item.items():
            if isinstance(op, dict) and "operationId" in op:
                out[op["operationId"]] = (method.upper(), path, op)
    return out


_MODELS: dict[str, ModelProperty] = {}
_MODEL_API = {"to_dict", "to_json", "from_dict", "fields_set", "additional_properties", "additional_keys"}


def _shape(path: str) -> str:
    """`/campaigns/{campaignId}` and the generator's `/campaigns/{campaign_id}` are the same path."""
    return re.sub(r"\{[^}]*\}", "{}", path)


def _props(model: ModelProperty) -> dict[str, Any]:
    """A model's properties by JSON name (response props are unresolved copies: use the parsed model)."""
    resolved = _MODELS.get(_s(model.class_info.name), model)
    props = (resolved.required_properties or []) + (resolved.optional_properties or [])
    return {_s(p.name): p for p in props}


_PART = re.compile(r"([^.\[\]]+)((?:\[-?\d*\])*)")


def _list_inner(prop: Any) -> Any:
    """The item property of a list property (of a nullable list: the list inside the union), or None."""
    inner = getattr(prop, "inner_property", None)
    if inner is not None:
        return inner
    lists = [p for p in getattr(prop, "inner_properties", []) if getattr(p, "inner_property", None) is not None]
    return lists[0].inner_property if len(lists) == 1 else None


def _resolve_path(model: Any, dotted: str | None, where: str) -> tuple[str, ...] | None:
    """JSON path `meta.pagination.totalPages` -> Python attributes ('meta', 'pagination', 'total_pages').

    List steps stay in brackets (`tasks[].status` -> ('tasks', '[]', 'status'), `data[-1]` ->
    ('data', '[-1]')); `.`, the body itself, is ().
    """
    if not dotted:
        return None
    if dotted == ".":
        return ()
    attrs: list[str] = []
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
            found = _props(cand).get(name)
            if found is not None:
                break
        if found is None:
            raise FacadeError(f"{where}: {dotted!r}: no property {name!r} in the response schema")
        attrs.append(_s(found.python_name))
        current = found
        for step in re.findall(r"\[(-?\d*)\]", steps):
            current = _list_inner(current)
            if current is None:
                raise FacadeError(f"{where}: {dotted!r}: {name!r} is not a list, so it has no [{step}]")
            attrs.append(f"[{step}]")
    return tuple(attrs)


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


def _items_prop(page_prop: Any, items: tuple[str, ...], where: str) -> Any:
    """The list property at `items` (the page itself for `.`)."""
    prop = page_prop
    for attr in items:
        prop = next((p for p in _props(prop).values() if _s(p.python_name) == attr), None)
        if prop is None:
            raise FacadeError(f"{where}: items path not found")
    if _list_inner(prop) is None:
        raise FacadeError(f"{where}: x-scankit-pagination.items must point at an array")
    return prop


def _list_item_type(page_prop: Any, items: tuple[str, ...], where: str) -> str:
    inner = _list_inner(_items_prop(page_prop, items, where))
    return _s(inner.get_type_string(no_optional=True))


# x-scankit-pagination: the keys of every style, and each style's own (specs/CONVENTIONS.md)
_PAGING_KEYS = {"style", "items", "size_param", "default_size", "max_size", "has_more", "total_items", "stop"}
_PAGING_KEYS |= {"inferred", "notes"}
_STYLE_KEYS = {
    "page_number": {"page_param", "first_page", "current_page", "total_pages", "next_link"},
    "offset": {"offset_param", "first_offset"},
    "cursor": {"cursor_param", "next_cursor", "cursor_header", "last_item"},
    "next_url": {"next_url"},
    "link_header": {"link_rel"},
}
_STOPS = ("has_more", "next", "total_pages", "total_items", "empty_page", "short_page")


def _pagination(pag: dict[str, Any], endpoint: Any, success_prop: Any, where: str) -> dict[str, Any]:
    """x-scankit-pagination as PaginationInfo's keyword arguments (paths as attributes), checked."""
    where = f"{where} x-scankit-pagination"
    style = pag.get("style")
    if style not in _STYLE_KEYS:
        raise FacadeError(f"{where}.style {style!r} is not one of {', '.join(_STYLE_KEYS)}")
    unknown = sorted(set(pag) - _PAGING_KEYS - _STYLE_KEYS[style])
    if unknown:
        raise FacadeError(f"{where}: {', '.join(unknown)} not a key of a {style} list")
    params = {_s(p.name): _s(p.python_name) for p in endpoint.query_parameters}

    def param(key: str) -> str | None:
        name = pag.get(key)
        if name is None:
            return None
        if name not in params:
            raise FacadeError(f"{where}.{key} {name!r} is not a query parameter")
        return params[name]

    def path(key: str) -> tuple[str, ...] | None:
        return _resolve_path(success_prop, pag.get(key), f"{where}.{key}")

    items = path("items")
    if items is None:
        raise FacadeError(f"{where}.items is required")
    required = {"page_number": "page_param", "offset": "offset_param", "cursor": "cursor_param", "next_url": "next_url"}
    if style in required and not pag.get(required[style]):
        raise FacadeError(f"{where}: a {style} list needs {required[style]}")
    if style == "cursor" and sum(key in pag for key in ("next_cursor", "cursor_header", "last_item")) != 1:
        raise FacadeError(f"{where}: a cursor list needs exactly one of next_cursor, cursor_header, last_item")
    # every key the first two styles had, always (None when absent), then the newer keys when given
    fields: dict[str, Any] = {
        "style": style,
        "items": items,
        "page_param": param("page_param"),
        "first_page": pag.get("first_page", 1),
        "size_param": param("size_param"),
        "default_size": pag.get("default_size"),
        "max_size": pag.get("max_size"),
        "cursor_param": param("cursor_param"),
        **{key: path(key) for key in ("has_more", "current_page", "total_pages", "total_items", "next_link")},
        "next_cursor": path("next_cursor"),
    }
    extra: dict[str, Any] = {
        "offset_param": param("offset_param"),
        "first_offset": pag.get("first_offset"),
        "cursor_header": pag.get("cursor_header"),
        "next_url": path("next_url"),
        "link_rel": pag.get("link_rel"),
    }
    if "last_item" in pag:
        last = pag["last_item"]
        if not isinstance(last, dict) or set(last) - {"path", "join"} or "path" not in last:
            raise FacadeError(f"{where}.last_item must be {{path, join}}")
        item = _list_inner(_items_prop(success_prop, items, where))
        paths = last["path"] if isinstance(last["path"], list) else [last["path"]]
        resolved = tuple(_resolve_path(item, p, f"{where}.last_item.path") for p in paths)
        extra["last_item"] = {"paths": resolved, "join": str(last.get("join", ","))}
    stop = pag.get("stop")
    if stop is not None:
        if not isinstance(stop, list) or not stop or set(stop) - set(_STOPS):
            raise FacadeError(f"{where}.stop must list some of {', '.join(_STOPS)}")
        needs = {"has_more": "has_more", "short_page": "size_param", "total_pages": "total_pages"}
        needs["total_items"] = "total_items"
        for signal in stop:
            if signal in needs and needs[signal] not in pag:
                raise FacadeError(f"{where}.stop: {signal} needs {needs[signal]}")
        extra["stop"] = tuple(sorted(stop))
    return {
        "fields": fields | {key: value for key, value in extra.items() if value is not None},
        "item_type": _list_item_type(success_prop, items, where),
        "size_param": fields["size_param"],
        "max_size": fields["max_size"],
    }


def _auth(spec: dict[str, Any]) -> dict[str, Any]:
    """The API key scheme and any extra token schemes, from the operations' security requirements."""
    schemes = spec.get("components", {}).get("securitySchemes", {})
    requirements = [
        req for _, _, op in _ops_by_id(spec).values() for req in op.get("security", spec.get("security", []))
    ]
    if not requirements:
        raise FacadeError("no security requirement on any operation")

    def header_of(name: str) -> tuple[str, str]:
        scheme = schemes[name]
        if scheme["type"] == "apiKey" and scheme["in"] == "header":
            prefix = scheme.get("x-scankit-prefix", "")
            return scheme["name"], prefix
        if scheme["type"] == "http" and scheme["scheme"].lower() == "bearer":
            return "Authorization", "Bearer "
        raise FacadeError(f"security scheme {name!r}: only header API keys and bearer tokens are supported")

    key_names = {next(iter(req)) for req in requirements if req}
    if len(key_names) != 1:
        raise FacadeError(f"operations disagree on the API key scheme: {sorted(key_names)}")
    key_name = key_names.pop()
    tokens = []
    for req in requirements:
        for name in list(req)[1:]:
            if name not in [t["scheme"] for t in tokens]:
                header, prefix = header_of(name)
                tokens.append({"scheme": name, "arg": snake_case(name), "header": header, "prefix": prefix})
    header, prefix = header_of(key_name)
    return {"key_header": header, "key_prefix": prefix, "tokens": tokens}


def _webhooks(vendor: str, spec: dict[str, Any], models_by_schema: dict[str, Any]) -> dict[str, Any] | None:
    """The x-scankit-webhooks block as WebhookInfo's keyword arguments (Python literals), or None."""
    block = spec.get("x-scankit-webhooks")
    if not block:
        return None
    where = f"{vendor} x-scankit-webhooks"
    try:
        sig = block["signature"]
        model = models_by_schema[block["event_schema"]]
        fields: dict[str, Any] = {
            "secret_env": block["secret_env"],
            "signature_header": sig["header"],
            "algorithm": sig["algorithm"],
            "signed": sig["signed"],
            "encodings": tuple(sig.get("encodings") or ["hex"]),
            "prefix": sig.get("prefix", ""),
        }
    except KeyError as exc:
        raise FacadeError(f"{where}: {exc.args[0]!r} is missing or names no schema") from None
    stamp = block.get("timestamp") or {}
    fields["timestamp_header"] = stamp.get("header")
    fields["timestamp_path"] = tuple(stamp["body"].split(".")) if stamp.get("body") else None
    fields["timestamp_unit"] = stamp.get("unit")
    for key in ("event_type", "event_id"):
        place = block.get(key) or {}
        fields[f"{key}_header"] = place.get("header")
        fields[f"{key}_path"] = tuple(place["body"].split(".")) if place.get("body") else None
    fields["events"] = tuple(block.get("events") or ())
    retry = block.get("retry") or {}
    fields["retry_attempts"] = retry.get("attempts")
    fields["retry_max_seconds"] = retry.get("max_seconds")
    fields["retry_success"] = str(retry.get("success", "2xx"))
    fields["user_agent"] = block.get("user_agent")
    return {"model": _s(model.class_info.name), "fields": fields}


def _enum_params(endpoint: Any) -> dict[str, str]:
    """Query parameters typed as an enum (or a list of one): users may pass the plain string."""
    out = {}
    for p in endpoint.query_parameters:
        prop = getattr(p, "inner_property", p)
        if type(prop).__name__ == "EnumProperty":
            out[_s(p.python_name)] = _s(prop.class_info.name)
    return out


_ENUMS: dict[str, Any] = {}
_LITERALS: dict[str, str] = {}  # `ScanStateValue = Literal["QUEUED", ...]` for each enum a parameter takes


def _enum_type(class_name: str) -> str:
    """`ScanState | ScanStateValue`: the member or its spec value (a Literal), checked by type checkers.

    A value the spec does not list goes through the explicit escape, `ScanState("NEW")`.
    """
    enum = _ENUMS[class_name]
    alias = f"{class_name}Value"
    if alias in _MODELS or alias in _ENUMS:
        raise FacadeError(f"{alias}: a schema has the name the facade gives {class_name}'s values")
    values = ", ".join(f'"{v}"' for v in enum.values.values())
    _LITERALS[alias] = f"{alias} = Literal[{values}]"
    return f"{class_name} | {alias}"


def _param_type(prop: Any, typed_dicts: dict[str, str]) -> str:
    """The JSON-shaped type of a property, for a TypedDict a user writes (a dict body or filters)."""
    kind = type(prop).__name__
    if kind == "EnumProperty":
        return _enum_type(_s(prop.class_info.name))
    if kind == "ListProperty":
        inner = _param_type(prop.inner_property, typed_dicts)
        # a Sequence takes a list[ScanState] as well; a str is not one of these (its items are str)
        return f"Sequence[{inner}]" if type(prop.inner_property).__name__ == "EnumProperty" else f"list[{inner}]"
    if kind == "ModelProperty":
        return _typed_dict(_MODELS.get(_s(prop.class_info.name), prop), typed_dicts)
    if kind == "UnionProperty":
        parts = sorted({_param_type(p, typed_dicts) for p in prop.inner_properties}, key=lambda s: (s == "None", s))
        return " | ".join(parts)
    simple = {
        "StringProperty": "str",
        "DateTimeProperty": "str",
        "DateProperty": "str",
        "UuidProperty": "str",
        "IntProperty": "int",
        "FloatProperty": "float",
        "BooleanProperty": "bool",
        "NoneProperty": "None",
    }
    return simple.get(kind, "Any")


def _typed_dict(model: Any, typed_dicts: dict[str, str]) -> str:
    """Render `<Model>Param`, a TypedDict of the model's JSON keys (absent = omitted, None = null)."""
    name = f"{_s(model.class_info.name)}Param"
    if name in typed_dicts:
        return f'"{name}"'
    typed_dicts[name] = ""  # a placeholder while the fields render (recursive models)
    fields = []
    for prop in (model.required_properties or []) + (model.optional_properties or []):
        value = _param_type(prop, typed_dicts)
        if not prop.required:
            value = f"NotRequired[{value}]"
        fields.append(f'        "{_s(prop.name)}": {value},')
    body = "\n".join(fields)
    # the functional form: JSON keys may be Python keywords (`type`) or dotted (`risk_definition.title`)
    typed_dicts[name] = f'{name} = TypedDict(\n    "{name}",\n    {{\n{body}\n    }},\n)'
    return name


def _arguments(
    project: Project,
    endpoint: Any,
    json_params: dict[str, str | None],
    enums: dict[str, str],
    typed_dicts: dict[str, str],
    page_size: tuple[str, int] | None = None,
) -> tuple[str, dict[str, str], dict[str, str]]:
    """The facade's argument list (without `client`), from the generated function's own, retyped.

    Returns the text, each argument's final type (for the docstring) and the parameters that take
    a model or its TypedDict (converted with `from_dict` before the call).
    An optional parameter is `X | None = None` (None: not sent); an enum is `Enum | Literal[...]`;
    a JSON or object parameter and the body take the generated model or a TypedDict of its keys.
    """
    macros = project.env.get_template("endpoint_macros.py.jinja").module
    text = str(macros.arguments(endpoint, include_client=False))  # type: ignore[attr-defined]
    models: dict[str, str] = {}
    params = {
        _s(p.python_name): p for p in endpoint.path_parameters + endpoint.query_parameters + endpoint.header_parameters
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
            type_ = (
                f"{model} | {_typed_dict(_MODELS[model], typed_dicts)} | str" if model else "Mapping[str, Any] | str"
            )
            if model:
                models[name] = model
        elif name in enums:
            enum_type = _enum_type(enums[name])
            type_ = f"Sequence[{enum_type}]" if inner is not None else enum_type
        elif type(prop).__name__ == "ModelProperty":
            model = _s(prop.class_info.name)
            type_ = f"{model} | {_typed_dict(_MODELS.get(model, prop), typed_dicts)}"
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


_WAITER_KEYS = {"state", "success", "failure", "pending", "acceptors", "progress", "poll_interval", "initial_delay"}
_WAITER_KEYS |= {"max_poll_interval", "max_attempts", "advice_header", "case_insensitive", "started_by", "inferred"}
_WAITER_KEYS |= {"x-scankit-source", "x-scankit-inferred"}
_MATCHERS = ("path", "pathAll", "pathAny", "status", "error")


def _waiter(
    op: dict[str, Any], endpoint: Any, resource: Any, where: str, error_code: tuple[str, ...]
) -> dict[str, Any]:
    """x-scankit-waiter with its paths resolved to attributes of the (unwrapped) resource."""
    block = op["x-scankit-waiter"]
    where = f"{where} x-scankit-waiter"
    if endpoint.method.upper() != "GET":  # a poll must be safe to repeat (the patterns spec's `reports.result`)
        raise FacadeError(f"{where} belongs on a GET operation")
    unknown = sorted(set(block) - _WAITER_KEYS)
    if unknown:
        raise FacadeError(f"{where}: unknown key(s) {', '.join(unknown)}")
    lists = [key for key in ("success", "failure", "pending") if key in block]
    if bool(lists) == bool(block.get("acceptors")) or (lists and (len(lists) < 3 or not block.get("state"))):
        raise FacadeError(f"{where}: give either state with success, failure and pending, or acceptors")
    state = _resolve_path(resource, block.get("state"), f"{where}.state")
    progress = _resolve_path(resource, block.get("progress"), f"{where}.progress")
    acceptors = []
    for index, rule in enumerate(block.get("acceptors") or []):
        at = f"{where}.acceptors[{index}]"
        if not isinstance(rule, dict) or set(rule) - {"matcher", "argument", "expected", "state"}:
            raise FacadeError(f"{at} must be {{matcher, argument, expected, state}}")
        matcher, expected = rule.get("matcher"), rule.get("expected")
        if matcher not in _MATCHERS or rule.get("state") not in ("success", "failure", "retry"):
            raise FacadeError(f"{at}: matcher {matcher!r} or state {rule.get('state')!r} is not a known one")
        if (matcher in ("path", "pathAll", "pathAny")) != ("argument" in rule):
            raise FacadeError(f"{at}: an argument is for the path matchers, and only for them")
        if matcher == "status" and (isinstance(expected, bool) or not isinstance(expected, int)):
            raise FacadeError(f"{at}: a status acceptor expects an HTTP status, not {expected!r}")
        if matcher == "error" and isinstance(expected, str) and not error_code:
            raise FacadeError(f"{at}: an error code acceptor needs x-scankit.errors.code")
        acceptors.append(
            {
                "matcher": matcher,
                "expected": expected,
                "state": rule["state"],
                "argument": _resolve_path(resource, rule.get("argument"), f"{at}.argument"),
            }
        )
    maybe_none = any(a["matcher"] in ("status", "error") and a["state"] != "retry" for a in acceptors)
    args = [f"{_s(p.python_name)}: {_s(p.get_type_string())}," for p in endpoint.path_parameters]
    success, failure, pending = (sorted(block.get(key, [])) for key in ("success", "failure", "pending"))
    return {
        "state": state,
        "state_json": block.get("state"),
        "progress": progress,
        "success": success,
        "failure": failure,
        "pending": pending,
        "poll_interval": float(block["poll_interval"]),
        "initial_delay": float(block["initial_delay"]) if block.get("initial_delay") is not None else None,
        "case_insensitive": bool(block.get("case_insensitive", False)),
        "started_by": dict(block.get("started_by") or {}),
        "args": "\n".join(args),
        "arg_names": [_s(p.python_name) for p in endpoint.path_parameters],
        "acceptors": acceptors,
        # the newer keys, rendered only when given (WaiterInfo's defaults otherwise)
        "more": {
            key: value
            for key, value in (
                ("max_poll_interval", block.get("max_poll_interval")),
                ("max_attempts", block.get("max_attempts")),
                ("error_code", error_code if acceptors and error_code else None),
            )
            if value is not None
        }
        | ({"advice_header": block["advice_header"]} if "advice_header" in block else {}),
        "maybe_none": maybe_none,
        # what the docs say ends a run, and what keeps it going
        "until": f"`{block['state']}` is a state that ends a run"
        if not acceptors
        else "one of the spec's acceptors ends the run",
        "ends": ", ".join(success + failure) if not acceptors else _acceptors_text(acceptors, block, stop=True),
        "goes_on": ", ".join(pending) if not acceptors else _acceptors_text(acceptors, block, stop=False),
    }


def _acceptors_text(acceptors: list[dict[str, Any]], block: dict[str, Any], *, stop: bool) -> str:
    """The acceptors that end a run (or keep it going), in words for the docstrings."""
    said = []
    for rule, a in zip(block["acceptors"], acceptors, strict=True):
        if (a["state"] != "retry") != stop:
            continue
        what = {
            "path": f"{rule.get('argument')} == {a['expected']!r}",
            "pathAll": f"every {rule.get('argument')} == {a['expected']!r}",
            "pathAny": f"some {rule.get('argument')} == {a['expected']!r}",
            "status": f"HTTP {a['expected']}",
            "error": f"error {a['expected']!r}" if not isinstance(a["expected"], bool) else "an error",
        }[a["matcher"]]
        said.append(f"{what} ({a['state']})" if stop else what)
    return ", ".join(said) or ("none" if stop else "an answer no acceptor matches")


def _link_waiters(vendor: str, spec: dict[str, Any], resources: dict[str, list[dict[str, Any]]]) -> None:
    """Give each operation a waiter's `started_by` names a `<verb>_and_wait`: how to find the run it starts."""
    by_id = {e["operation_id"]: e for endpoints in resources.values() for e in endpoints}
    for get in by_id.values():
        waiter = get["waiter"]
        if not waiter:
            continue
        if len(waiter["arg_names"]) != 1 or not get["success_simple"]:
            raise FacadeError(f"{vendor} {get['operation_id']}: a waiter needs one path parameter and a model answer")
        for op_id, expression in waiter["started_by"].items():
            starter = by_id.get(op_id)
            where = f"{vendor} {op_id} (x-scankit-waiter.started_by of {get['operation_id']})"
            if starter is None:
                raise FacadeError(f"{where}: no such operation")
            if expression.startswith("$request.path."):
                name = expression.removeprefix("$request.path.")
                if name not in starter["path_params"]:
                    raise FacadeError(f"{where}: {name!r} is not a path parameter")
                run_id = starter["path_params"][name]
            elif expression.startswith("$response.body#/"):
                body_path = expression.removeprefix("$response.body#/").replace("/", ".")
                attrs = _resolve_path(starter["success_prop"], body_path, where)
                unwrap = starter["unwrap"] or ()
                if attrs is None or attrs[: len(unwrap)] != unwrap or len(attrs) == len(unwrap):
                    raise FacadeError(f"{where}: {expression} must point inside the unwrapped answer")
                run_id = ".".join(("started", *attrs[len(unwrap) :]))
            else:
                raise FacadeError(f"{where}: {expression!r} is not $response.body#/… or $request.path.…")
            # a body with nothing required (Advalidation's rescan takes `{}`) need not be given
            args, default_body = starter["args"], None
            body_model = re.search(r"^body: (\w+)((?: \| \w+)*),$", args, re.MULTILINE)  # the model | its TypedDict
            if body_model and body_model.group(1) in _MODELS and not _MODELS[body_model.group(1)].required_properties:
                default_body = body_model.group(1)
                args = args.replace(body_model.group(0), f"body: {default_body}{body_model.group(2)} | None = None,")
            body_doc = f"body ({default_body}{body_model.group(2) if body_model else ''})"
            arg_docs = [
                d.replace(body_doc, f"{body_doc[:-1]} | None)", 1) if default_body and d.startswith(body_doc) else d
                for d in starter["arg_docs"]
            ]
            starter["and_wait"] = {
                "args": args,
                "arg_docs": arg_docs,
                "has_star": starter["has_star"],
                "default_body": default_body,
                "target": get,
                "run_id": run_id,
                "uses_answer": run_id.startswith("started."),
                "first": starter["success_type"] == get["success_type"],
            }


def render(vendor: str, spec: dict[str, Any], view: dict[str, Any], config_path: Path, templates: Path) -> str:
    config = Config.from_sources(
        ConfigFile.load_from_path(config_path), MetaType.PDM, config_path, "utf-8", overwrite=True, output_path=None
    )
    data = GeneratorData.from_dict(view, config=config)
    if isinstance(data, GeneratorError):
        raise FacadeError(f"{vendor}: {data.header}: {data.detail}")
    project = Project(openapi=data, config=config, custom_template_path=templates)
    assert project.env.loader is not None
    project.env.loader = ChoiceLoader([FileSystemLoader(str(FACADE_TEMPLATES)), project.env.loader])
    project.env.filters["py"] = repr  # Python literals (tojson would write null/true)

    meta = dict(spec.get("x-scankit") or {})
    code = (meta.get("errors") or {}).get("code")
    error_code = tuple(code) if isinstance(code, list) else (code,) if code else ()  # for waiters' error acceptors
    if meta.get("errors"):  # `inferred` documents which paths are guesses; the runtime needs only the paths
        meta["errors"] = {k: v for k, v in meta["errors"].items() if k not in ("inferred", "code")}
    for key in ("vendor", "env_key"):
        if key not in meta:
            raise FacadeError(f"{vendor}: x-scankit.{key} is required")
    ops = {(m, _shape(path)): (op_id, op) for op_id, (m, path, op) in _ops_by_id(spec).items()}
    view_ops = _ops_by_id(view)
    models_by_schema = {_s(m.name).rsplit("/", 1)[-1]: m for m in data.models}  # m.name: /components/schemas/X
    _MODELS.clear()
    _MODELS.update({_s(m.class_info.name): m for m in data.models})
    for m in data.models:  # names the model template gives methods and properties of its own
        for prop in (m.required_properties or []) + (m.optional_properties or []):
            if _s(prop.python_name) in _MODEL_API:
                raise FacadeError(f"{vendor}: {_s(m.class_info.name)}.{_s(prop.python_name)} hides the model's own API")
    _ENUMS.clear()
    _ENUMS.update({_s(e.class_info.name): e for e in data.enums})
    _LITERALS.clear()
    typed_dicts: dict[str, str] = {}
    resources: dict[str, list[dict[str, Any]]] = {}
    for tag, collection in sorted(data.endpoint_collections_by_tag.items()):
        for endpoint in collection.endpoints:
            method, path = endpoint.method.upper(), _s(endpoint.path)
            op_id, op = ops[(method, _shape(path))]
            verb = op.get("x-scankit-method")
            where = f"{vendor} {op_id}"
            if not verb:
                raise FacadeError(f"{where}: x-scankit-method is missing")
            success_type, success_prop = _success(endpoint)
            json_params = {}
            for param in view_ops[op_id][2].get("parameters", []):
                if "x-scankit-json" in param:
                    ref = param["x-scankit-json"].get("$ref", "").rsplit("/", 1)[-1]
                    model = models_by_schema.get(ref)
                    python = next(p.python_name for p in endpoint.query_parameters if _s(p.name) == param["name"])
                    json_params[_s(python)] = _s(model.class_info.name) if model else None
            pag = op.get("x-scankit-pagination")
            pagination = _pagination(pag, endpoint, success_prop, where) if pag else None
            envelope_type = success_type
            unwrap = None
            inner = success_prop
            if op.get("x-scankit-unwrap"):
                if pag:
                    raise FacadeError(f"{where}: x-scankit-unwrap is for single results; lists page by `items`")
                path_attrs = _resolve_path(success_prop, op["x-scankit-unwrap"], where)
                assert path_attrs is not None
                inner = success_prop
                for attr in path_attrs:
                    inner = next(p for p in _props(inner).values() if _s(p.python_name) == attr)
                success_type = _s(inner.get_type_string(no_optional=True))
                unwrap = path_attrs
            waiter = (
                _waiter(op, endpoint, inner if unwrap else success_prop, where, error_code)
                if "x-scankit-waiter" in op
                else None
            )
            enums = _enum_params(endpoint)
            page_size = None
            if pagination and pagination["size_param"] and pagination["max_size"]:
                page_size = (pagination["size_param"], int(pagination["max_size"]))
            args, arg_types, arg_models = _arguments(project, endpoint, json_params, enums, typed_dicts, page_size)
            resources.setdefault(_s(tag), []).append(
                {
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
                    "operation_id": op_id,
                    "verb": verb,
                    "method": method,
                    "path": path,
                    "success_type": success_type,
                    "unwrap": unwrap,
                    "success_simple": success_type != "Any"
                    and re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", success_type) is not None,
                    "pagination": pagination,
                    "waiter": waiter,
                    "and_wait": None,
                    "success_prop": success_prop,
                    "path_params": {_s(p.name): _s(p.python_name) for p in endpoint.path_parameters},
                    "json_params": json_params,
                    "enum_params": enums,
                    "models": arg_models,
                    "summary": (op.get("summary") or "").strip(),
                    "description": (op.get("description") or "").strip(),
                }
            )
            envelope_verb = op.get("x-scankit-envelope-method")
            if envelope_verb:
                # The whole body as well as the unwrapped resource: e.g. a JSON:API document's
                # `included` beside its `data` (`scans.get_document(id)` next to `scans.get(id)`).
                if not unwrap:
                    raise FacadeError(f"{where}: x-scankit-envelope-method needs x-scankit-unwrap")
                entry = dict(resources[_s(tag)][-1])
                entry.update(
                    verb=envelope_verb,
                    unwrap=None,
                    waiter=None,
                    success_type=envelope_type,
                    success_simple=re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", envelope_type) is not None,
                    summary=f"{entry['summary']}, with the whole response body".strip(", "),
                )
                resources[_s(tag)].append(entry)
    _link_waiters(vendor, spec, resources)
    meta["rate_limit"] = _rate_limit(vendor, meta.get("rate_limit"), resources)
    for tag, endpoints in resources.items():
        verbs = [e["verb"] for e in endpoints]
        for e in endpoints:
            if e["verb"] == "wait" or e["verb"].endswith("_and_wait"):
                raise FacadeError(f"{vendor} {e['operation_id']}: `{e['verb']}` is the name of a generated waiter")
        if len(verbs) != len(set(verbs)):
            raise FacadeError(f"{vendor}: tag {tag!r} has duplicate x-scankit-method values {verbs}")
    servers = spec.get("servers") or []
    if not servers:
        raise FacadeError(f"{vendor}: servers is empty; the first server is the default base URL")
    webhooks = _webhooks(vendor, spec, models_by_schema)
    template = project.env.get_template("facade.py.jinja")
    # A first server with variables (CloneGuard's `https://api.{instance}`) is one host per customer:
    # the client then has no default and says where the host comes from instead of guessing one.
    first = servers[0]
    per_customer = bool(first.get("variables"))
    base_url_help = None
    if per_customer:
        described = " ".join(str(first.get("description") or "").split())
        base_url_help = f"Its API host is per customer ({first['url']}). {described}".strip()
    return template.render(
        webhooks=webhooks,
        vendor=vendor,
        meta=meta,
        base_url=None if per_customer else first["url"],
        base_url_help=base_url_help,
        server_template=first["url"],
        servers=[_server_example(s) for s in servers],
        auth=_auth(spec),
        resources=resources,
        package=f"scankit_{vendor}",
        model_names=sorted({_s(m.class_info.name) for m in data.models} | {_s(e.class_info.name) for e in data.enums}),
        typed_dicts=[_LITERALS[k] for k in sorted(_LITERALS)] + [typed_dicts[k] for k in sorted(typed_dicts)],
        class_name=meta.get("class_name") or meta["vendor"].replace(" ", ""),
        # resources with a file download get `client.with_streaming_response.<resource>`
        streaming=[tag for tag, eps in resources.items() if any(e["success_type"] == "File" for e in eps)],
    )


def _rate_limit(vendor: str, block: Any, resources: dict[str, list[dict[str, Any]]]) -> Any:
    """x-scankit.rate_limit with each budget's `operations` as the rate keys the client paces by ("POST /jobs")."""
    if not isinstance(block, dict) or not isinstance(block.get("limits"), list):
        return block
    keys = {e["operation_id"]: f"{e['method']} {e['path']}" for endpoints in resources.values() for e in endpoints}
    limits = []
    for entry in block["limits"]:
        if isinstance(entry, dict) and isinstance(entry.get("operations"), list):
            missing = [op_id for op_id in entry["operations"] if op_id not in keys]
            if missing:
                raise FacadeError(f"{vendor} x-scankit.rate_limit: no operation {', '.join(map(repr, missing))}")
            entry = {**entry, "operations": [keys[op_id] for op_id in entry["operations"]]}
        limits.append(entry)
    return {**block, "limits": limits}


def _server_example(server: dict[str, Any]) -> str:
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
            Path(f"/tmp/facade-{vendor}.py").write_text(source, encoding="utf-8")
            raise FacadeError(f"{vendor}: ruff failed on the facade: {proc.stderr}")
        source = proc.stdout
    return source


def write_index(specs: dict[str, dict[str, Any]], out_dir: Path) -> None:
    """What names every vendor, from every spec: the vendors package's index (`__init__.py`), its typed
    webhook functions (`_webhooks.py`), and the `scankit` package's `__init__.py` (one directory up)."""
    vendors = []
    for slug, spec in sorted(specs.items()):
        meta = spec.get("x-scankit") or {}
        name = meta.get("class_name") or meta["vendor"].replace(" ", "")
        vendors.append({"slug": slug, "class_name": name, "webhooks": bool(spec.get("x-scankit-webhooks"))})
    clients = sorted((n, v["slug"]) for v in vendors for n in (v["class_name"], f"Async{v['class_name']}"))
    env = Environment(loader=FileSystemLoader(str(FACADE_TEMPLATES)), trim_blocks=True, lstrip_blocks=True)
    for module, template in (("__init__", "vendors_init.py.jinja"), ("_webhooks", "vendors_webhooks.py.jinja")):
        write(module, env.get_template(template).render(vendors=vendors, clients=clients), out_dir)
    source = env.get_template("init.py.jinja").render(vendors=vendors, clients=clients)
    (out_dir.parent / "__init__.py").write_text(format_source("__init__", source), encoding="utf-8")


def write(vendor: str, source: str, out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{vendor}.py"
    target.write_text(format_source(vendor, source), encoding="utf-8")
    return target


def write_card(vendor: str, spec: dict[str, Any], out_dir: Path) -> Path:
    """`<vendor>.json` beside the facade: what `scankit --help` shows of the vendor (its name, resources
    and environment variables), so the CLI starts without importing the facade or the generated package."""
    facade = out_dir / f"{vendor}.py"
    tree = ast.parse(facade.read_text(encoding="utf-8"))
    client = next(
        node
        for node in tree.body
        if isinstance(node, ast.ClassDef) and any(isinstance(b, ast.Name) and b.id == "SyncClient" for b in node.bases)
    )
    resource_classes = {
        node.name
        for node in tree.body
        if isinstance(node, ast.ClassDef)
        and any(isinstance(b, ast.Name) and b.id == "SyncResource" for b in node.bases)
    }
    resources = [  # the client's annotations naming a resource class (as the CLI reads them)
        node.target.id
        for node in client.body
        if isinstance(node, ast.AnnAssign)
        and isinstance(node.target, ast.Name)
        and isinstance(node.annotation, ast.Name)
        and node.annotation.id in resource_classes
    ]
    meta = spec["x-scankit"]
    stem = meta["env_key"].removesuffix("_API_KEY")
    card = {
        "name": meta["vendor"],
        "resources": resources,
        "env": {
            "api_key": meta["env_key"],
            "tokens": [f"{stem}_{t['arg'].upper()}" for t in _auth(spec)["tokens"]],
            "base_url": f"{stem}_BASE_URL",
        },
    }
    target = out_dir / f"{vendor}.json"
    target.write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")
    return target
