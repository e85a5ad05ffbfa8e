"""Write a generated distribution's README.md from its spec through templates/readme/README.md.jinja.

The generator's own README shows invented names (`api.example.com`, `MyDataModel`); this one shows
the vendor's real operations and fields, taken from the spec: the first list operation that needs
no argument (`listing`), the fields of the items it yields, and the GET of one item of the same
resource (`item_reader`).
`generate` calls `render` for every vendor, so the drift check covers the result.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from openapi_python_client.strings import snake_case

from scankit_codegen.docs import model_class, one_line, python_name
from scankit_codegen.extensions import CursorPagination, HeaderScheme, Operation, PageNumberPagination, VendorSpec
from scankit_codegen.openapi import ref_name, resolve, schema_at, success_body

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates" / "readme"


def _where(scheme: HeaderScheme) -> tuple[str, str, str]:
    """(prose, header name, prefix) for a header API key or a bearer token."""
    if scheme.bearer:
        return "the `Authorization: Bearer …` header", "Authorization", "Bearer"
    prefix = scheme.prefix.strip()
    prose = f"the `{scheme.header}` header" + (f" (as `{prefix} <token>`)" if prefix else "")
    return prose, scheme.header, prefix


def _scalar_fields(spec: Mapping[str, Any], schema: Any) -> list[str]:
    """The item's own scalar fields (strings, numbers, enums, dates): what a first loop prints."""
    schema = resolve(spec, schema)
    out = []
    for prop, pschema in (schema.get("properties") or {}).items():
        resolved = resolve(spec, pschema)
        if resolved.get("type") in ("string", "integer", "number", "boolean") or "enum" in resolved:
            out.append(prop)
    return out


def listing(model: VendorSpec) -> Operation:
    """The list the README loops over: a paginated operation that needs no argument, the resource
    `scans` first, its `list` before other lists."""

    def no_required_args(op: Operation) -> bool:
        return not any(p.get("required") or p["in"] == "path" for p in op.parameters)

    lists = [op for op in model.operations if op.pagination and no_required_args(op)]
    lists.sort(key=lambda op: (op.tag != "scans", op.verb != "list"))
    if not lists:
        raise ValueError(
            f"{model.slug}: no paginated operation without required arguments for the README's example to list "
            '(docs/architecture.md, "Adding a vendor")'
        )
    return lists[0]


def item_reader(model: VendorSpec, listed: Operation) -> Operation | None:
    """The operation that reads one item of a list's resource: a GET on the list's path plus one path
    parameter (`GET /v1/scans` -> `GET /v1/scans/{id}`), in the same resource; None when there is none."""
    prefix = listed.path.rstrip("/") + "/"
    for op in model.operations:
        rest = op.path.removeprefix(prefix)
        if (
            op.method == "GET"
            and op.tag == listed.tag
            and op.path.startswith(prefix)
            and re.fullmatch(r"\{\w+\}", rest)
        ):
            return op
    return None


def context(model: VendorSpec, version: str) -> dict[str, Any]:
    spec, meta, auth = model.document, model.meta, model.auth
    stem = meta.env_stem
    key_where, key_header, key_prefix = _where(auth.key)

    listing_op = listing(model)
    tag = listing_op.tag
    pag = listing_op.pagination
    assert pag is not None
    _, page_schema = success_body(spec, listing_op.raw)
    items = schema_at(spec, page_schema, pag.items) or {}
    item_schema = items.get("items")
    item_name = ref_name(item_schema) or "item"
    item_var = snake_case(item_name).split("_")[-1]
    fields = _scalar_fields(spec, item_schema)
    # a first loop prints the id and what a person reads (a name, a state, a time), not `type`/`object`
    plain = [f for f in fields if f not in ("id", "type", "object")]
    shown = [f"{item_var}.id"] if "id" in fields else []
    nested = resolve(spec, item_schema).get("properties", {})
    if "attributes" in nested:  # JSON:API items keep their fields one level down
        inner = [f for f in _scalar_fields(spec, nested["attributes"]) if f not in ("id", "type")]
        shown += [f"{item_var}.attributes.{python_name(f)}" for f in inner[:2]]
    shown += [f"{item_var}.{python_name(f)}" for f in plain][: max(0, 3 - len(shown))]

    get_call = get_type = None
    reader = item_reader(model, listing_op)
    if reader is not None and "id" in fields:
        get_call = reader.call
        get_type = model_class(item_name)

    tokens = []
    extra_headers = None
    token_label = "API key"
    auth_header, auth_prefix = key_header, key_prefix
    for scheme in auth.tokens:
        tokens.append({"arg": scheme.arg, "env": f"{stem}_{scheme.arg.upper()}", "where": _where(scheme)[0]})
    if auth.tokens:  # the generated client carries one credential; the key goes in a plain header
        _, auth_header, auth_prefix = _where(auth.tokens[-1])
        token_label = auth.tokens[-1].name
        extra_headers = repr({key_header: "<the API key>"})

    if isinstance(pag, CursorPagination):
        paging = f"cursor paging on `{pag.cursor_param}`"
    elif not isinstance(pag, PageNumberPagination):
        paging = f"{pag.style.replace('_', ' ')} paging"
    else:
        paging = f"page-number paging on `{pag.page_param}`"
    if pag.max_size:
        paging += f", {pag.max_size} a page"
    servers = model.servers or [{"url": ""}]
    return {
        "vendor": model.slug,
        "project": f"scankit-{model.slug}",
        "package": model.package,
        "version": version,
        "name": meta.vendor,
        "cls": meta.class_name,
        "env_key": meta.env_key,
        "base_env": f"{stem}_BASE_URL",
        "base_url": servers[0]["url"],
        "key_where": key_where,
        "key_description": one_line(auth.key.description),
        "tokens": tokens,
        "token_label": token_label,
        "auth_header": auth_header,
        "auth_prefix": auth_prefix,
        "extra_headers": extra_headers,
        "item_var": item_var,
        "item_type": model_class(item_name),
        "item_fields": shown or [item_var],
        "id_attr": "id",
        "list_call": listing_op.call,
        "list_args": "",
        "list_tag": tag,
        "list_module": snake_case(listing_op.operation_id),
        "page_type": model_class(ref_name(page_schema) or "Any"),
        "paging": paging,
        "get_call": get_call,
        "get_type": get_type,
        "operations": [
            {"call": op.call, "method": op.method, "path": op.path, "summary": one_line(op.summary)}
            for op in model.operations
        ],
        "reference_url": f"../../docs/vendors/{model.slug}.md",
    }


def render(model: VendorSpec, version: str) -> str:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATE_DIR)),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,  # Markdown, not HTML
    )
    return env.get_template("README.md.jinja").render(**context(model, version))
