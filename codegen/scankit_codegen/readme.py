"""Write a generated distribution's README.md from its spec through codegen/readme/README.md.jinja.

The generator's own README shows invented names (`api.example.com`, `MyDataModel`); this one shows
the vendor's real operations and fields, taken from the spec: the first list operation that needs
no argument, the fields of the items it yields, and the `get` operation of the same resource.
scripts/generate.py calls `render` for every vendor, so the drift check covers the result.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from openapi_python_client.strings import snake_case

from scankit_codegen import docs

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates" / "readme"


def _where(scheme: dict[str, Any]) -> tuple[str, str, str]:
    """(prose, header name, prefix) for a header API key or a bearer token."""
    if scheme.get("type") == "http":
        return "the `Authorization: Bearer …` header", "Authorization", "Bearer"
    prefix = str(scheme.get("x-scankit-prefix", "")).strip()
    prose = f"the `{scheme['name']}` header" + (f" (as `{prefix} <token>`)" if prefix else "")
    return prose, str(scheme["name"]), prefix


def _scalar_fields(spec: dict[str, Any], schema: Any) -> list[str]:
    """The item's own scalar fields (strings, numbers, enums, dates): what a first loop prints."""
    schema = docs.resolve(spec, schema)
    out = []
    for prop, pschema in (schema.get("properties") or {}).items():
        resolved = docs.resolve(spec, pschema)
        if resolved.get("type") in ("string", "integer", "number", "boolean") or "enum" in resolved:
            out.append(prop)
    return out


def context(vendor: str, spec: dict[str, Any], version: str) -> dict[str, Any]:
    meta = docs.meta(spec)
    schemes = spec.get("components", {}).get("securitySchemes", {})
    ops = docs.operations(spec)
    requirements = [req for e in ops for req in e["op"].get("security", spec.get("security", [])) if req]
    key_scheme = next(iter(requirements[0]))
    token_schemes = list(dict.fromkeys(name for req in requirements for name in list(req)[1:]))
    stem = meta["env_key"].removesuffix("_API_KEY")
    key_where, key_header, key_prefix = _where(schemes[key_scheme])

    def no_required_args(e: dict[str, Any]) -> bool:
        return not any(p.get("required") or p["in"] == "path" for p in e["params"])

    lists = [e for e in ops if e["op"].get("x-scankit-pagination") and no_required_args(e)]
    lists.sort(key=lambda e: (e["op"]["tags"][0] != "scans", e["op"].get("x-scankit-method") != "list"))
    if not lists:
        raise ValueError(f"{vendor}: no list operation without required arguments to show in the README")
    listing = lists[0]
    tag = listing["op"]["tags"][0]
    _, page_schema = docs.success(spec, listing["op"])
    pag = listing["op"]["x-scankit-pagination"]
    items = docs.schema_at(spec, page_schema, pag["items"]) or {}
    item_schema = items.get("items")
    item_name = docs.ref_name(item_schema) or "item"
    item_var = snake_case(item_name).split("_")[-1]
    fields = _scalar_fields(spec, item_schema)
    # a first loop prints the id and what a person reads (a name, a state, a time), not `type`/`object`
    plain = [f for f in fields if f not in ("id", "type", "object")]
    shown = [f"{item_var}.id"] if "id" in fields else []
    nested = docs.resolve(spec, item_schema).get("properties", {})
    if "attributes" in nested:  # JSON:API items keep their fields one level down
        inner = [f for f in _scalar_fields(spec, nested["attributes"]) if f not in ("id", "type")]
        shown += [f"{item_var}.attributes.{docs.python_name(f)}" for f in inner[:2]]
    shown += [f"{item_var}.{docs.python_name(f)}" for f in plain][: max(0, 3 - len(shown))]

    get_call = get_type = None
    gets = [
        e
        for e in ops
        if e["op"]["tags"][0] == tag and e["op"].get("x-scankit-method") == "get" and e["method"] == "GET"
    ]
    if gets and "id" in fields:
        get_call = f"{tag}.get"
        get_type = docs.model_class(item_name)

    tokens = []
    extra_headers = None
    token_label = "API key"
    auth_header, auth_prefix = key_header, key_prefix
    for name in token_schemes:
        arg = snake_case(name)
        tokens.append({"arg": arg, "env": f"{stem}_{arg.upper()}", "where": _where(schemes[name])[0]})
    if token_schemes:  # the generated client carries one credential; the key goes in a plain header
        _, auth_header, auth_prefix = _where(schemes[token_schemes[-1]])
        token_label = token_schemes[-1]
        extra_headers = repr({key_header: "<the API key>"})

    paging = (
        f"cursor paging on `{pag['cursor_param']}`"
        if pag["style"] == "cursor"
        else f"page-number paging on `{pag['page_param']}`"
    )
    if pag.get("max_size"):
        paging += f", {pag['max_size']} a page"
    servers = spec.get("servers") or [{"url": ""}]
    return {
        "vendor": vendor,
        "project": f"scankit-{vendor}",
        "package": f"scankit_{vendor}",
        "version": version,
        "name": meta["vendor"],
        "cls": docs.class_name(spec),
        "env_key": meta["env_key"],
        "base_env": f"{stem}_BASE_URL",
        "base_url": servers[0]["url"],
        "key_where": key_where,
        "key_description": docs.one_line(schemes[key_scheme].get("description")),
        "tokens": tokens,
        "token_label": token_label,
        "auth_header": auth_header,
        "auth_prefix": auth_prefix,
        "extra_headers": extra_headers,
        "item_var": item_var,
        "item_type": docs.model_class(item_name),
        "item_fields": shown or [item_var],
        "id_attr": "id",
        "list_call": f"{tag}.{listing['op'].get('x-scankit-method')}",
        "list_args": "",
        "list_tag": tag,
        "list_module": snake_case(listing["op"]["operationId"]),
        "page_type": docs.model_class(docs.ref_name(page_schema) or "Any"),
        "paging": paging,
        "get_call": get_call,
        "get_type": get_type,
        "operations": [
            {
                "call": f"{e['op']['tags'][0]}.{e['op'].get('x-scankit-method')}",
                "method": e["method"],
                "path": e["path"],
                "summary": docs.one_line(e["op"].get("summary")),
            }
            for e in ops
        ],
        "reference_url": f"../../docs/vendors/{vendor}.md",
    }


def render(vendor: str, spec: dict[str, Any], version: str) -> str:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATE_DIR)),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,  # Markdown, not HTML
    )
    return env.get_template("README.md.jinja").render(**context(vendor, spec, version))
