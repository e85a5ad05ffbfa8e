"""Write each vendor's reference page, docs/vendors/<vendor>.md, from its spec alone.

    python -m scankit_codegen docs                 # all vendors into docs/vendors/
    python -m scankit_codegen docs --out /tmp/x    # elsewhere

`make generate` writes the same pages (`generate` calls `render_vendor`), and they are checked
in rather than git-ignored: each distribution's README links to its page in the repository, the page
reads on a code host without a build, and a spec change shows its documentation diff in review. The
drift check (`make check-generated`) fails when a spec changed and its page did not. `make docs` runs
this, then `mkdocs build --strict`.

A page holds the coverage table (`x-scankit-coverage`: what the vendor documents, covered or why
not), every operation (its `client.<resource>.<verb>()` call, parameters, return type, a runnable
example from `scankit_codegen.examples`, the errors it raises, its pagination, any
`x-scankit-waiter` and `x-scankit-incremental`), every model with its fields and their
descriptions, the rate limit, the error body, the webhooks (`x-scankit-webhooks` or OpenAPI
`webhooks:`), and every fact the spec marks `x-scankit-inferred`, with why. The x-scankit blocks are
told in words, read from the typed model (`scankit_codegen.extensions`), which refuses a key it does
not define, so nothing a spec declares can be missing from its page.

A page is for users: what the API does and how to call it. How a fact was found stays in the spec
(`x-scankit-source`, `x-scankit-notes`); a page shows only the real pages behind the sources (the
spec's `x-scankit-sources` maps tags such as `seed 001` to URLs), in a collapsed "Where this comes
from" note.
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
from scankit._waiter import DEFAULT_WAIT_TIMEOUT
from scankit_codegen import examples
from scankit_codegen.extensions import (
    AcceptorWaiter,
    CursorPagination,
    Incremental,
    Operation,
    PageNumberPagination,
    Pagination,
    Place,
    SlidingWindow,
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
        target: Mapping[str, Any] = resolve(spec, schema)
        if target.get("type") in ("string", "integer", "number", "boolean") and "enum" not in target:
            return type_of(spec, target, link)  # a named scalar (a binary file, an id): its Python type
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


CONFIDENCE = re.compile(r"\s*\[(?:C|I|2nd)\b[^\]]*\]")  # the vendor research's labels: [C], [C-sdk], [2nd], [I]


def user_text(text: Any) -> str:
    """Spec prose for a reader: without the vendor research's confidence labels."""
    return CONFIDENCE.sub("", str(text or ""))


def one_line(text: Any) -> str:
    """Spec prose inside a table cell: one line, pipes escaped."""
    return re.sub(r"\s+", " ", user_text(text)).strip().replace("|", "\\|")


def block(text: Any) -> str:
    return user_text(text).strip()


def show(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(show(v) for v in value) if value else "(none)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dict):
        return "(empty)"
    return f"`{value}`" if not isinstance(value, str) or " " not in value else one_line(value)


URL = re.compile(r"https?://[^\s;,)\]'\"`]+")
SEED = re.compile(r"\bseed (\d{3})(?:_[0-9a-f]+)?")


def source_links(model: VendorSpec, *sources: Any) -> list[str]:
    """The web pages behind `x-scankit-source` strings: their own URLs, and the tags the spec's root
    `x-scankit-sources` maps to one (`seed 001`, or a `repo:` prefix followed by a path). A tag mapped
    to null is named in a source but is no page (an API's base URL)."""
    known = model.sources
    found: list[str] = []
    for source in sources:
        if not isinstance(source, str):
            continue
        found += [url.rstrip(".") for url in URL.findall(source)]
        found += [known.get(f"seed {m.group(1)}") or "" for m in SEED.finditer(source)]
        for tag, base in known.items():
            if tag.endswith(":") and base:
                # `repo:path/a.md, path/b.md (what)`: each path after the prefix
                for m in re.finditer(rf"(?<![\w/-]){re.escape(tag)}([\w./-]+(?:, [\w./-]+\.\w+)*)", source):
                    found += [base + path for path in m.group(1).split(", ") if "..." not in path]
            elif not tag.startswith("seed ") and tag in source:
                found.append(base or "")
    dropped = {url for url, base in known.items() if base is None}
    return [url for url in dict.fromkeys(found) if url and url not in dropped]


def where_from(model: VendorSpec, *sources: Any) -> list[str]:
    """A collapsed "Where this comes from" note with the real pages behind the sources, if any."""
    links = source_links(model, *sources)
    if not links:
        return []
    return ['??? note "Where this comes from"', "", *(f"    - <{url}>" for url in links), ""]


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


def locate(model: VendorSpec, pointer: str) -> str:
    """A JSON pointer into the spec as a reader finds it on the page: a call, an argument, a model field."""
    spec = model.document
    parts = [p.replace("~1", "/").replace("~0", "~") for p in pointer.strip("/").split("/")]
    if len(parts) >= 3 and parts[0] == "paths":
        op = next((o for o in model.operations if o.path == parts[1] and o.method.lower() == parts[2]), None)
        if op is not None:
            call = f"[`{op.call}()`](#{anchor('op', op.operation_id)})"
            rest = parts[3:]
            if rest[:1] == ["parameters"] and len(rest) == 2:
                param = resolve(spec, op.raw["parameters"][int(rest[1])])
                return f"{call}: `{python_name(param['name'].removesuffix('[]'))}`"
            if rest[:1] == ["responses"] and len(rest) == 2:
                return f"{call}: HTTP {rest[1]}"
            if rest == ["x-scankit-waiter"]:
                return f"`{op.tag}.wait()`"
            if not rest:
                return call
    if len(parts) >= 3 and parts[:2] == ["components", "schemas"]:
        name = f"[{model_class(parts[2])}](#{anchor('model', parts[2])})"
        if len(parts) == 3:
            return name
        if len(parts) == 5 and parts[3] == "properties":
            return f"{name} `.{python_name(parts[4])}`"
    if len(parts) == 3 and parts[:2] == ["components", "parameters"]:
        param = (spec.get("components") or {}).get("parameters", {}).get(parts[2]) or {}
        return f"every `{python_name(str(param.get('name', parts[2])))}` argument"
    if len(parts) == 3 and parts[:2] == ["components", "responses"]:
        return f"the `{parts[2]}` error response"
    return f"`{pointer}`"


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
        if isinstance(rl.budget, SlidingWindow) and rl.budget.advised_requests:
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
    headers = rl.declared.get("headers") or {}  # as written: the page names them in the spec's order
    meaning = {
        "limit": "the limit",
        "remaining": "requests left",
        "reset": "when the count resets"
        + {"unix_seconds": ", in Unix seconds", "delta_seconds": ", in seconds from now"}.get(
            str(headers.get("reset_format")), ""
        ),
        "retry_after": "how long to wait after a `429`",
    }
    read = [f"`{getattr(rl.headers, key)}` ({meaning[key]})" for key in headers if key in meaning]
    if read:
        lines += [f"scankit reads {', '.join(read)} from each response.", ""]
    return lines + where_from(model, rl.source)


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
        schema = media_obj.get("schema")
        desc = one_line(request_body.get("description") or (resolve(spec, schema) or {}).get("description"))
        name = ref_name(schema)
        if name and media == "application/json":
            desc += (" " if desc.endswith(".") else ". " if desc else "") + (
                f"Pass a `{model_class(name)}` or a dict of its fields."
            )
        lines.append(
            f"| `body` | body ({media}) | {cell(type_of(spec, schema))} | "
            f"{'yes' if request_body.get('required') else 'no'} | {desc} |"
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
    lines += _arguments(spec, op)
    lines += _returns(spec, op, cls)
    code = examples.example(model, op)
    if code:
        lines += ["**Example**", "", "```python", code.rstrip("\n"), "```", ""]
    lines += _raises(spec, op)
    if op.waiter:
        lines += _waiter(model, op)
    _, body = success_body(spec, op.raw)
    if op.envelope_method and op.unwrap and body is not None:
        first = ", ".join(python_name(p["name"]) for p in op.parameters if p["in"] == "path")
        lines += [
            f"`{op.tag}.{op.envelope_method}({first})` makes the same call and returns the whole "
            f"{type_of(spec, body)} body, with whatever the vendor sends beside the resource.",
            "",
        ]
    if op.incremental:
        lines += _incremental(op.incremental)
    if op.inferred:
        lines += [f'!!! note "Inferred"\n    {one_line(op.inferred)}', ""]
    return lines + where_from(
        model,
        op.source,
        op.waiter.source if op.waiter else None,
        op.incremental.source if op.incremental else None,
        *(p.get("x-scankit-source") for p in op.parameters),
    )


def _incremental(inc: Incremental) -> list[str]:
    """`x-scankit-incremental` in words: what moves, how the vendor filters on it, the lookback."""
    text = f"Incremental reads: an item is new or changed when `{inc.cursor}` moves"
    if inc.filter:
        text += f"; scankit asks the vendor for `{inc.filter.since_param}` the watermark"
        fixed = ", ".join(f"`{k}={v}`" for k, v in inc.filter.params.items())
        if fixed:
            text += f", with {fixed}"
    else:
        text += "; the vendor has no filter, so scankit reads the list and keeps what is newer (a full read)"
    if inc.lookback_seconds:
        text += f". Each run looks back {inc.lookback_seconds} s and drops what it already gave, by `{inc.id}`"
    return [text + ".", ""]


def values(items: Any) -> str:
    """`["FAILED", "OVER_LIMIT"]` -> "`FAILED`, `OVER_LIMIT`"."""
    return ", ".join(f"`{v}`" for v in (items if isinstance(items, list | tuple) else [items]))


# How the page says that a key of x-scankit-waiter is inferred
_WAITER_INFERRED = {
    "poll_interval": "the interval is scankit's choice (the vendor documents none)",
    "initial_delay": "the first delay is scankit's choice",
    "failure": "which states mean failure is inferred",
    "success": "which states mean success is inferred",
    "pending": "which states mean the run goes on is inferred",
    "state": "where the state is read is inferred",
}


def _waiter(model: VendorSpec, op: Operation) -> list[str]:
    """What `<resource>.wait()` does with this operation, and which calls start a run it waits for."""
    w = op.waiter
    assert w is not None
    if isinstance(w, AcceptorWaiter):  # no vendor's spec has acceptors yet: the patterns spec is not documented
        return [f"`{op.tag}.wait()` polls this operation until one of its acceptors ends the run.", ""]
    spec = model.document
    _, body = success_body(spec, op.raw)
    resource = type_of(spec, schema_at(spec, body, op.unwrap) if op.unwrap else body)
    arg = next((python_name(p["name"]) for p in op.parameters if p["in"] == "path"), "id")
    case = " (in any letter case)" if w.case_insensitive else ""
    interval = f"every {w.poll_interval} s"
    if w.initial_delay is not None:
        interval += f", the first time after {w.initial_delay} s"
    lines = [
        "**Waiting for a run to end**",
        "",
        f"`{op.tag}.wait({arg})` polls this operation until `{w.state}` is a state that ends a run"
        f"{case}, and returns the {resource} in that state, whichever it is: {values(w.success)} "
        f"when the run went well, {values(w.failure)} when it did not. A failed run is an answer, "
        "not an exception: look at the state.",
        "",
        f"While the state is {values(w.pending)} (or one this page does not list) it asks again "
        f"{interval} (`poll_interval=`), until `timeout=` ({DEFAULT_WAIT_TIMEOUT:.0f} s unless you say otherwise) "
        "runs out and `scankit.WaitTimeoutError` is raised. `on_update=` is called after every poll with a "
        "`scankit.WaitStatus`" + (f" (its `progress` is the resource's `{w.progress}`)" if w.progress else "") + ".",
        "",
    ]
    starters = []
    for s in w.started_by:
        starter = model.operation(s.operation_id)
        starters.append(f"[`{starter.call}_and_wait()`](#{anchor('op', s.operation_id)})")
    if starters:
        verb = "starts" if len(starters) == 1 else "start"
        lines += [f"{' and '.join(starters)} {verb} a run and waits for it in one call.", ""]
    notes = [_WAITER_INFERRED.get(key, f"`{key}` is inferred") for key in w.inferred]
    if notes:
        lines += [f"Inferred: {'; '.join(notes)}.", ""]
    if w.declared.get("x-scankit-inferred"):
        lines += [one_line(w.declared["x-scankit-inferred"]), ""]
    return lines


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
    elif not isinstance(pag, PageNumberPagination):  # the newer styles: no vendor's spec has one yet
        text = f"{pag.style.replace('_', ' ').capitalize()} paging."
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
    if pag.total_items:
        text += f" Each page says how many items there are in all (`{pag.total_items}`)."
    said = {
        "items": "where a page's items are",
        "page_param": "the page parameter's name",
        "first_page": f"that pages count from {getattr(pag, 'first_page', 1)}",
        "size_param": "the page size parameter",
        "default_size": "the default page size",
        "max_size": "the largest page size",
        "has_more": "the `has_more` flag",
        "next_link": "that the next-page link is null on the last page",
        "current_page": "where the page number is",
        "total_pages": "where the page count is",
        "total_items": "where the item count is",
        "cursor_param": "the cursor parameter's name",
        "next_cursor": "where the next cursor is",
    }
    if guessed:
        inferred_text = ", ".join(said.get(k, f"`{k}`") for k in pag.inferred)
        text += f" Inferred, not in the vendor's docs: {inferred_text}."
    return [text, ""]


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


def _place(where: Place) -> str:
    """A header -> "the `X-Event` header"; a body path -> "`data.id` in the body"."""
    if where.header:
        return f"the `{where.header}` header"
    if where.body:
        return f"`{where.body}` in the body"
    return "(not given)"


_UNITS = {"ms": "milliseconds", "s": "seconds", "iso8601": "an ISO 8601 date-time"}


def _webhook_scheme(model: VendorSpec) -> list[str]:
    """How the vendor signs a delivery and how scankit checks it, in words."""
    ext = model.webhooks
    assert ext is not None
    spec, sig = model.document, ext.signature
    signed = (
        "the raw body"
        if sig.signed == "{body}"
        else f"`{sig.signed.replace('{body}', '<raw body>').replace('{timestamp}', '<timestamp>')}`"
    )
    prefix = f", after `{sig.prefix}`" if sig.prefix else ""
    lines = [
        f"Each delivery is signed: the `{sig.header}` header holds the {sig.algorithm.upper()} "
        f"({' or '.join(sig.encodings)}{prefix}) of {signed}, keyed with your webhook secret.",
        f'`scankit.webhooks.unwrap("{model.slug}", body, headers)` checks it with the secret from '
        f"`{ext.secret_env}` and returns the event, a "
        f"{type_of(spec, {'$ref': f'#/components/schemas/{ext.event_schema}'})} (see [Webhooks](../webhooks.md)).",
    ]
    lines = [" ".join(lines), ""]
    facts = []
    if ext.timestamp:
        unit = _UNITS.get(ext.timestamp.unit, ext.timestamp.unit)
        facts.append(f"the time it was sent: {_place(ext.timestamp.place)} ({unit}), which bounds a replay")
    else:
        facts.append("no signed timestamp, so a captured delivery stays valid: deduplicate on its id")
    facts.append(f"the event type: {_place(ext.event_type)}")
    facts.append(f"the event id: {_place(ext.event_id)}")
    if ext.user_agent:
        facts.append(f"a `User-Agent` starting `{ext.user_agent}`")
    if "retry" in ext.declared:
        retry, how = ext.retry, []
        if retry.attempts:
            how.append(f"{retry.attempts} attempts in all")
        if retry.backoff:
            how.append(f"{retry.backoff} backoff")
        if retry.max_seconds:
            how.append(
                f"for up to {int(retry.max_seconds) // 3600} h"
                if retry.max_seconds >= 3600
                else f"for up to {retry.max_seconds} s"
            )
        facts.append(f"answer `{retry.success}`; otherwise the delivery is retried ({', '.join(how)})")
    lines += [*(f"- {f[0].upper()}{f[1:]}." for f in facts), ""]
    if ext.inferred:
        lines += [f"Inferred, not in the vendor's docs: {values(ext.inferred)}.", ""]
    if ext.description:
        lines += [block(ext.description), ""]
    return lines


def _webhooks(model: VendorSpec) -> list[str]:
    spec = model.document
    ext = model.webhooks
    native = spec.get("webhooks")  # OpenAPI 3.1's own section: plain OpenAPI, no extension
    if not ext and not native:
        return []
    lines = ["## Webhooks", ""]
    if ext:
        lines += _webhook_scheme(model)
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
    return lines + where_from(model, ext.source if ext else None)


def _coverage(model: VendorSpec) -> list[str]:
    """The root `x-scankit-coverage`: every scan operation the vendor documents, covered or why not."""
    cov = model.coverage
    if cov is None or not cov.operations:
        return []
    calls = {op.operation_id: f"[`{op.call}()`](#{anchor('op', op.operation_id)})" for op in model.operations}
    lines = ["## Coverage", "", one_line(cov.description), ""]
    lines += ["| the vendor's operation | docs | in scankit |", "| --- | --- | --- |"]
    for e in cov.operations:
        where = calls.get(e.covered, "") if e.covered else one_line(e.reason)
        lines.append(f"| {one_line(e.name)} | [docs]({e.doc}) | {where} |")
    return [*lines, ""]


def render_vendor(model: VendorSpec) -> str:
    """The reference page of one vendor, as Markdown."""
    spec, m, vendor = model.document, model.meta, model.slug
    cls = m.class_name
    info = spec.get("info") or {}
    servers = model.servers
    lines = [
        f"# {m.vendor}",
        "",
        "<!-- Generated by make generate (scankit_codegen.docs) from specs/"
        + vendor
        + "/openapi.yaml; do not edit. -->",
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
    lines += _coverage(model)
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
        "What the vendor's documentation does not state is read leniently: such a field may be missing "
        "or null, and an unlisted value is kept. Each fact that is inferred, and why:",
        "",
    ]
    found = list(inferred(spec))
    if found:
        lines += [
            "| where | why |",
            "| --- | --- |",
            *(f"| {locate(model, w)} | {one_line(v)} |" for w, v in found),
            "",
        ]
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
