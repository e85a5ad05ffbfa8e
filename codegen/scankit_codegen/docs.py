"""Write each vendor's reference page, docs/vendors/<vendor>.md, from its spec alone.

    python -m scankit_codegen docs                 # all vendors into docs/vendors/
    python -m scankit_codegen docs --out /tmp/x    # elsewhere

`make generate` writes the same pages (`generate` calls `render_vendor`), and they are checked
in rather than git-ignored: each distribution's README links to its page in the repository, the page
reads on a code host without a build, and a spec change shows its documentation diff in review. The
drift check (`make check-generated`) fails when a spec changed and its page did not. `make docs` runs
this, then `mkdocs build --strict`.

A page holds every operation (its `client.<resource>.<verb>()` call, parameters, return type, the
errors it raises, its pagination and any `x-scankit-waiter`), every model with its fields and their
descriptions, the rate limit, the error body, the webhooks (`x-scankit-webhooks` or OpenAPI
`webhooks:`), and every fact the spec marks `x-scankit-inferred`, with why. The extensions are read
from the typed model (`scankit_codegen.extensions`), which refuses a key it does not define, so
nothing a spec declares can be missing from its page.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from openapi_python_client.strings import ClassName, PythonIdentifier

from scankit._errors import status_error_class
from scankit_codegen.extensions import (
    CursorPagination,
    Operation,
    Pagination,
    TokenBucket,
    VendorSpec,
    load_document,
    load_vendor,
)
from scankit_codegen.openapi import ref_name, resolve, schema_at, success_body
from scankit_codegen.registry import ROOT, SPECS, vendors

OUT = ROOT / "docs" / "vendors"
FIELD_PREFIX = "field_"  # openapi-python-client's default, which our codegen.yaml files keep


# -- reading a spec ------------------------------------------------------------------------------


def load_spec(vendor: str) -> dict[str, Any]:
    """The OpenAPI document of one vendor, as loaded."""
    return load_document(SPECS / vendor / "openapi.yaml")


def python_name(name: str) -> str:
    """The attribute or argument name the generator gives a JSON property or parameter."""
    return str(PythonIdentifier(name, FIELD_PREFIX))


def model_class(name: str) -> str:
    return str(ClassName(name, FIELD_PREFIX))


def type_of(spec: Mapping[str, Any], schema: Any, link: bool = True) -> str:
    """A schema as the Python type a user meets (`Scan`, `list[Scan]`, `datetime | None`)."""
    if schema is None:
        return "None"
    name = ref_name(schema)
    if name:
        cls = model_class(name)
        return f"[{cls}](#{anchor('model', name)})" if link else cls
    nullable = bool(schema.get("nullable"))
    for key in ("oneOf", "anyOf"):
        if key in schema:
            text = " | ".join(dict.fromkeys(type_of(spec, m, link) for m in schema[key]))
            return f"{text} | None" if nullable else text
    if "allOf" in schema and len(schema["allOf"]) == 1:
        text = type_of(spec, schema["allOf"][0], link)
        return f"{text} | None" if nullable else text
    kind = schema.get("type")
    fmt = schema.get("format")
    if "enum" in schema:
        text = ", ".join(repr(v) if not isinstance(v, str) else f'"{v}"' for v in schema["enum"] if v is not None)
        text = f"Literal[{text}]"
    elif kind == "array":
        text = f"list[{type_of(spec, schema.get('items'), link)}]"
    elif kind == "string":
        text = {"date-time": "datetime", "date": "date", "uuid": "UUID", "binary": "File"}.get(fmt or "", "str")
    elif kind == "integer":
        text = "int"
    elif kind == "number":
        text = "float"
    elif kind == "boolean":
        text = "bool"
    elif kind == "object" or "properties" in schema:
        text = "object" if schema.get("properties") else "dict[str, Any]"
    else:
        text = "Any"
    return f"{text} | None" if nullable else text


def cell(text: str) -> str:
    """A type inside a Markdown table cell: its `|` must not end the cell."""
    return text.replace("|", "\\|")


def anchor(kind: str, name: str) -> str:
    return f"{kind}-" + re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def one_line(text: Any) -> str:
    """Spec prose inside a table cell: one line, pipes escaped."""
    return re.sub(r"\s+", " ", str(text or "")).strip().replace("|", "\\|")


def block(text: Any) -> str:
    return str(text or "").strip()


def flatten(value: Any, prefix: str = "") -> Iterator[tuple[str, Any]]:
    """An extension's keys as dotted paths with their leaf values, in the spec's order."""
    if isinstance(value, dict) and value:
        for key, inner in value.items():
            yield from flatten(inner, f"{prefix}.{key}" if prefix else str(key))
    else:
        yield prefix, value


def show(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(show(v) for v in value) if value else "(none)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dict):
        return "(empty)"
    return f"`{value}`" if not isinstance(value, str) or " " not in value else one_line(value)


def facts_table(value: Any, *, skip: tuple[str, ...] = ()) -> list[str]:
    rows = [(k, v) for k, v in flatten(value) if k.split(".")[0] not in skip]
    if not rows:
        return []
    return ["| key | value |", "| --- | --- |", *(f"| `{k}` | {show(v)} |" for k, v in rows), ""]


def inferred(spec: Mapping[str, Any]) -> Iterator[tuple[str, Any]]:
    """Every `x-scankit-inferred` in the spec, with where it sits (a JSON pointer)."""

    def walk(node: Any, where: str) -> Iterator[tuple[str, Any]]:
        if isinstance(node, dict):
            if "x-scankit-inferred" in node:
                yield where or "/", node["x-scankit-inferred"]
            for key, inner in node.items():
                if key != "x-scankit-inferred":
                    yield from walk(inner, f"{where}/{str(key).replace('~', '~0').replace('/', '~1')}")
        elif isinstance(node, list):
            for i, inner in enumerate(node):
                yield from walk(inner, f"{where}/{i}")

    yield from walk(spec, "")


# -- rendering -----------------------------------------------------------------------------------


def _security(model: VendorSpec) -> list[str]:
    lines = []
    for name, s in (model.document.get("components", {}).get("securitySchemes") or {}).items():
        header = model.schemes.get(name)
        if header is not None and header.bearer:
            where = "header `Authorization: Bearer <value>`"
        elif header is not None:
            where = f"header `{header.header}`" + (f" (value prefixed with `{header.prefix}`)" if header.prefix else "")
        elif s.get("type") == "apiKey":
            where = f"{s.get('in')} `{s.get('name')}`"
        else:
            where = f"`{s.get('type')}`"
        lines.append(f"- **{name}** — {where}. {one_line(s.get('description'))}")
    return lines


def _rate_limit(model: VendorSpec) -> list[str]:
    rl = model.meta.rate_limit
    if rl is None:
        return [
            "None documented. scankit does not pace this vendor's requests; a `429` is retried with backoff "
            "and honours `Retry-After`.",
            "",
        ]
    if isinstance(rl.budget, TokenBucket):
        summary = f"A bucket of {rl.budget.capacity} requests, refilled at {rl.budget.refill_per_second} per second"
    else:
        summary = f"{rl.budget.requests} requests per {rl.budget.window_seconds} s"
        if rl.budget.advised_requests:
            summary += f" (the vendor advises staying at {rl.budget.advised_requests}, which is what scankit keeps to)"
    scope = {
        "endpoint_method": "each endpoint and method",
        "client": "the whole client",
        "ip": "the caller's IP address",
    }[rl.scope]
    lines = [f"{summary}, counted for {scope}. A client paces its own requests to stay under it.", ""]
    if not rl.retry_after_trusted:
        lines += [
            "The vendor's `Retry-After` is known to be wrong, so scankit ignores it and uses its own backoff.",
            "",
        ]
    return lines + facts_table(rl.declared)


def _errors(model: VendorSpec) -> list[str]:
    m = model.meta
    lines = []
    if m.errors:
        paths, guessed = m.errors.declared, set(m.errors.inferred)
        parts = []
        for key, label in (
            ("message", "the message"),
            ("details", "details"),
            ("detail_message", "each detail's text"),
        ):
            if key in paths:
                parts.append(f"{label} at `{paths[key]}`" + (" (inferred)" if key in guessed else ""))
        lines.append(f"scankit reads the vendor's own words from the error body: {', '.join(parts)}.")
    else:
        lines.append("The spec names no message path in the error body; scankit shows an excerpt of it.")
    if m.request_id_header:
        lines.append(f"Each error carries the request id from the `{m.request_id_header}` header.")
    bodies: dict[str, set[str]] = {}
    spec = model.document
    for op in model.operations:
        for status, resp in (op.raw.get("responses") or {}).items():
            if str(status).startswith("2"):
                continue
            content = (resolve(spec, resp).get("content") or {}).get("application/json") or {}
            name = ref_name(content.get("schema"))
            if name:
                bodies.setdefault(name, set()).add(str(status))
    for name, statuses in sorted(bodies.items()):
        lines.append(
            f"Error body on {', '.join(sorted(statuses))}: {type_of(spec, {'$ref': f'#/components/schemas/{name}'})}."
        )
    return [*(f"{line}\n" for line in lines)]


def _error_class(status: str) -> str:
    if status.upper().endswith("XX"):
        return "InternalServerError" if status.startswith("5") else "APIStatusError"
    if status == "default":
        return "APIStatusError"
    return status_error_class(int(status)).__name__


def _arguments(spec: Mapping[str, Any], op: Operation) -> list[str]:
    """The table of an operation's parameters and body."""
    request_body = resolve(spec, op.raw["requestBody"]) if "requestBody" in op.raw else None
    if not op.parameters and not request_body:
        return []
    lines = ["| argument | in | type | required | description |", "| --- | --- | --- | --- | --- |"]
    for p in op.parameters:
        schema = p.get("schema")
        if schema is None and p.get("content"):
            schema = next(iter(p["content"].values())).get("schema")
        desc = one_line(p.get("description") or (schema or {}).get("description"))
        extra = []
        default = (resolve(spec, schema) or {}).get("default") if schema else None
        pag = op.pagination
        if pag and pag.size_param == p["name"] and pag.max_size:
            extra.append(f"scankit asks for {pag.max_size} (the documented maximum) unless you give one.")
        elif default is not None and "default" not in desc.lower():
            extra.append(f"Default `{default}`.")
        if p.get("content"):
            extra.append("Sent as JSON; pass the object.")
        if p.get("x-scankit-inferred"):
            extra.append(f"Inferred: {one_line(p['x-scankit-inferred'])}")
        if desc and extra and not desc.endswith((".", "!", "?", ")", "`")):
            desc += "."
        lines.append(
            f"| `{python_name(p['name'].removesuffix('[]'))}` | {p['in']} `{p['name']}` | {cell(type_of(spec, schema))} | "
            f"{'yes' if p.get('required') or p['in'] == 'path' else 'no'} | {' '.join([desc, *extra]).strip()} |"
        )
    if request_body:
        content = request_body.get("content") or {}
        media, media_obj = next(iter(content.items())) if content else ("", {})
        lines.append(
            f"| `body` | body ({media}) | {cell(type_of(spec, media_obj.get('schema')))} | "
            f"{'yes' if request_body.get('required') else 'no'} | {one_line(request_body.get('description'))} |"
        )
    return [*lines, ""]


def _returns(spec: Mapping[str, Any], op: Operation, cls: str) -> list[str]:
    """What the call returns: a paginator, the unwrapped resource, or the body."""
    status, body = success_body(spec, op.raw)
    returns = type_of(spec, body) if body is not None else "None"
    if op.pagination and body is not None:
        pag = op.pagination
        items = schema_at(spec, body, pag.items)
        item_type = type_of(spec, (resolve(spec, items) or {}).get("items")) if items else "Any"
        return [
            f"**Returns** `SyncPaginator[{model_or_plain(item_type)}]` (`AsyncPaginator` on `Async{cls}`): "
            f"iterate it for every {item_type} in `{pag.items}` of each {returns} page, or call `.pages()`. "
            "Takes `max_items=` and `max_pages=` besides the arguments above.",
            "",
            "**Pagination**",
            "",
            *_pagination(pag),
        ]
    if op.unwrap and body is not None:
        inner = schema_at(spec, body, op.unwrap)
        return [
            f"**Returns** {type_of(spec, inner)} — the `{op.unwrap}` of the {returns} body "
            f"(`x-scankit-unwrap`), on HTTP {status}.",
            "",
        ]
    return [f"**Returns** {returns}" + (f" on HTTP {status}." if status else "."), ""]


def _raises(spec: Mapping[str, Any], op: Operation) -> list[str]:
    errors = [
        (str(s), resolve(spec, r)) for s, r in (op.raw.get("responses") or {}).items() if not str(s).startswith("2")
    ]
    if not errors:
        return []
    lines = ["**Raises**", ""]
    for s, resp in errors:
        lines.append(f"- `{s}` → `scankit.{_error_class(s)}`: {one_line(resp.get('description'))}")
    return [
        *lines,
        "- and on every call: `scankit.APIConnectionError` / `APITimeoutError` after retries, "
        "`scankit.ResponseValidationError` when the answer does not match the spec.",
        "",
    ]


def _operation(model: VendorSpec, op: Operation, cls: str) -> list[str]:
    spec = model.document
    lines = [f"### `{op.call}()` — {one_line(op.summary or op.operation_id)} {{#{anchor('op', op.operation_id)}}}", ""]
    lines += [
        f"`{op.method} {op.path}` · operationId `{op.operation_id}`"
        + (" · deprecated" if op.raw.get("deprecated") else ""),
        "",
    ]
    if op.description:
        lines += [block(op.description), ""]
    if op.source:
        lines += [f"Source: {one_line(op.source)}.", ""]
    lines += _arguments(spec, op)
    lines += _returns(spec, op, cls)
    lines += _raises(spec, op)
    if op.waiter:
        lines += _waiter(model, op)
    if op.envelope_method:
        lines += [
            f"**Also** `{op.tag}.{op.envelope_method}()` (`x-scankit-envelope-method`): the same call, returning "
            f"the whole {type_of(spec, success_body(spec, op.raw)[1])} body instead of its `{op.unwrap}`.",
            "",
        ]
    if op.inferred:
        lines += [f'!!! note "Inferred"\n    {one_line(op.inferred)}', ""]
    return lines


def _waiter(model: VendorSpec, op: Operation) -> list[str]:
    w = op.waiter
    assert w is not None
    starters = [f"`{model.operation(s.operation_id).call}_and_wait(...)`" for s in w.started_by]
    methods = f"`{op.tag}.wait(...)`" + (f" and {', '.join(starters)}" if starters else "")
    return [
        "**Waiter** (`x-scankit-waiter`)",
        "",
        f"{methods} {'poll' if starters else 'polls'} this operation until the resource's `{w.state}` is a final state, then return the "
        "resource in that state: a failure value ("
        + (", ".join(f"`{v}`" for v in w.failure) or "none")
        + ") is an answer, not an exception. Anything else waits and asks again; when the time runs out, "
        "`scankit.WaitTimeoutError` carries the last resource seen.",
        "",
        *facts_table(w.declared),
    ]


def model_or_plain(text: str) -> str:
    """`[Scan](#model-scan)` -> `Scan` (inside a code span a link does not render)."""
    return re.sub(r"\[([^\]]+)\]\(#[^)]+\)", r"\1", text)


def _pagination(pag: Pagination) -> list[str]:
    guessed = set(pag.inferred)
    if isinstance(pag, CursorPagination):
        text = (
            f"Cursor: the next page is asked for with `{pag.cursor_param}` set to the page's "
            f"`{pag.next_cursor}`; no cursor means the last page."
        )
    else:
        stops = [
            f"`{pag.has_more}` is false" if k == "has_more" else f"`{pag.next_link}` is null"
            for k in ("has_more", "next_link")
            if getattr(pag, k)
        ]
        if pag.total_pages:
            stops.append(f"the page number reaches `{pag.total_pages}`")
        text = (
            f"Page number: `{pag.page_param}` counts from {pag.first_page}; "
            f"the list ends on an empty page{''.join(', or when ' + s for s in stops)}."
        )
    if pag.size_param:
        text += f" Page size: `{pag.size_param}`"
        if pag.max_size:
            text += f", up to {pag.max_size} (scankit asks for {pag.max_size} unless you say otherwise)"
        if pag.default_size:
            text += f"; the server's default is {pag.default_size}"
        text += "."
    elif pag.max_size:
        text += f" Pages hold at most {pag.max_size} items."
    rows = [
        f"| `{k}` | {show(v)}{' (inferred)' if k in guessed else ''} |"
        for k, v in pag.declared.items()
        if k not in ("inferred", "style")
    ]
    return [text, "", "| key | value |", "| --- | --- |", f"| `style` | `{pag.style}` |", *rows, ""]


def _model(spec: Mapping[str, Any], name: str, schema: Mapping[str, Any]) -> list[str]:
    cls = model_class(name)
    lines = [f"### {cls} {{#{anchor('model', name)}}}", ""]
    if schema.get("description"):
        lines += [block(schema["description"]), ""]
    if "enum" in schema:
        values = ", ".join(f"`{v}`" for v in schema["enum"] if v is not None)
        lines += [
            f"An enum of {values}. A value the spec does not list is kept, not rejected "
            f"(`{cls}('NEW').is_unknown`); parameters also take the plain string.",
            "",
        ]
        return lines
    required = set(schema.get("required") or [])
    props = dict(schema.get("properties") or {})
    for member in schema.get("allOf", []):  # composed models: the members' fields are the model's
        member = resolve(spec, member)
        props.update(member.get("properties") or {})
        required |= set(member.get("required") or [])
    if props:
        lines += ["| field | attribute | type | required | description |", "| --- | --- | --- | --- | --- |"]
        for prop, pschema in props.items():
            resolved = resolve(spec, pschema)
            desc = one_line(pschema.get("description") or resolved.get("description"))
            if pschema.get("x-scankit-inferred"):
                desc = f"{desc} *Inferred: {one_line(pschema['x-scankit-inferred'])}*".strip()
            lines.append(
                f"| `{prop}` | `{python_name(prop)}` | {cell(type_of(spec, pschema))} | "
                f"{'yes' if prop in required else 'no'} | {desc} |"
            )
        lines.append("")
    elif schema.get("type") == "object" or not schema.get("type"):
        lines += ["An open object: every key the vendor sends is kept in `additional_properties`.", ""]
    else:
        lines += [f"Type: {type_of(spec, schema)}.", ""]
    return lines


def _webhooks(model: VendorSpec) -> list[str]:
    spec = model.document
    ext = model.webhooks
    native = spec.get("webhooks")  # OpenAPI 3.1's own section: plain OpenAPI, no extension
    if not ext and not native:
        return []
    lines = ["## Webhooks", ""]
    if ext:
        lines += [
            "How this vendor signs the events it sends you (`x-scankit-webhooks`): the header holding the "
            "signature, the scheme, what is signed, and the timestamp that bounds a replay.",
            "",
            *facts_table(ext.declared, skip=("events",)),
        ]
        if ext.events:
            lines += ["Events:", "", *(f"- {show(e)}" for e in ext.events), ""]
    if native:
        lines += ["Events (OpenAPI `webhooks`):", ""]
        for event, item in native.items():
            for method, op in item.items():
                if not isinstance(op, dict):
                    continue
                content = (resolve(spec, op.get("requestBody") or {}).get("content") or {}).get(
                    "application/json"
                ) or {}
                lines.append(
                    f"- `{event}` ({method.upper()}): {one_line(op.get('summary') or op.get('description'))} "
                    f"Body: {type_of(spec, content.get('schema')) if content else 'none'}."
                )
        lines.append("")
    return lines


def render_vendor(model: VendorSpec) -> str:
    """The reference page of one vendor, as Markdown."""
    spec, m, vendor = model.document, model.meta, model.slug
    cls = m.class_name
    info = spec.get("info") or {}
    servers = model.servers
    lines = [
        f"# {m.vendor}",
        "",
        "<!-- Generated by scripts/docs.py from specs/" + vendor + "/openapi.yaml; do not edit. -->",
        "",
        f'`scankit.{cls}` and `scankit.Async{cls}` · `pip install "scankit[{vendor}]"` · '
        f"the spec: `specs/{vendor}/openapi.yaml` ({info.get('title', '')} {info.get('version', '')}).",
        "",
        block(info.get("description")),
        "",
        "## Connecting",
        "",
        "```python",
        "import scankit",
        "",
        f"client = scankit.{cls}()   # the key from {m.env_key}; or api_key=...",
        "```",
        "",
        f"- **API key**: `api_key=`, default the `{m.env_key}` environment variable.",
        f"- **Base URL**: `base_url=`, default `{servers[0]['url'] if servers else '?'}` "
        f"(or `{m.env_stem}_BASE_URL` in the environment). Credentials are sent to this origin only.",
    ]
    for s in servers[1:]:
        lines.append(f"- Also documented: `{s['url']}` — {one_line(s.get('description'))}")
    lines += ["", "Authentication schemes in the spec:", "", *_security(model), ""]
    lines += ["## Rate limit", "", *_rate_limit(model)]
    lines += ["## Errors", "", *_errors(model), ""]

    lines += ["## Operations", ""]
    tags = {t["name"]: t.get("description", "") for t in spec.get("tags") or []}
    lines += ["| call | HTTP | summary |", "| --- | --- | --- |"]
    for op in model.operations:
        lines.append(
            f"| [`{op.call}()`](#{anchor('op', op.operation_id)}) | `{op.method} {op.path}` | {one_line(op.summary)} |"
        )
    lines.append("")
    by_tag: dict[str, list[Operation]] = {}
    for op in model.operations:
        by_tag.setdefault(op.tag, []).append(op)
    for tag, ops in by_tag.items():
        lines += [f"## `client.{tag}`", ""]
        if tags.get(tag):
            lines += [one_line(tags[tag]), ""]
        for op in ops:
            lines += _operation(model, op, cls)

    lines += _webhooks(model)

    schemas = (spec.get("components") or {}).get("schemas") or {}
    lines += [
        "## Models",
        "",
        f"Every model is an attrs class in `{model.package}.models`. Fields the vendor adds later land in "
        "`additional_properties`; a `null` in an optional field reads as `None`.",
        "",
    ]
    for name, schema in schemas.items():
        lines += _model(spec, name, schema)

    lines += [
        "## What is inferred and why",
        "",
        "Facts the vendor's documentation does not state are marked `x-scankit-inferred` in the spec and "
        "modelled leniently (optional, nullable, open). Each one, where it sits in the spec:",
        "",
    ]
    found = list(inferred(spec))
    if found:
        lines += ["| where | why |", "| --- | --- |", *(f"| `{w}` | {one_line(v)} |" for w, v in found), ""]
    else:
        lines += ["Nothing: every fact in this spec is documented by the vendor.", ""]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    known = vendors(SPECS)
    parser = argparse.ArgumentParser(prog="scankit_codegen docs", description=__doc__.splitlines()[0])
    parser.add_argument("vendors", nargs="*", metavar="vendor", help=f"any of {', '.join(known)} (default: all)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for vendor in args.vendors or known:
        target = args.out / f"{vendor}.md"
        target.write_text(render_vendor(load_vendor(vendor)), encoding="utf-8")
        print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
