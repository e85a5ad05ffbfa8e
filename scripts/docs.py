"""Write each vendor's reference page, docs/vendors/<vendor>.md, from its spec alone.

    python scripts/docs.py                 # all vendors into docs/vendors/
    python scripts/docs.py --out /tmp/x    # elsewhere

`make generate` writes the same pages (scripts/generate.py calls `render_vendor`), and they are checked
in rather than git-ignored: each distribution's README links to its page in the repository, the page
reads on a code host without a build, and a spec change shows its documentation diff in review. The
drift check (`make check-generated`) fails when a spec changed and its page did not. `make docs` runs
this script, then `mkdocs build --strict`.

A page holds the coverage table (`x-scankit-coverage`: what the vendor documents, covered or why
not), every operation (its `client.<resource>.<verb>()` call, parameters, return type, a
runnable example from scripts/examples.py, the errors it raises, its pagination and any
`x-scankit-waiter`), every model with its fields and their descriptions, the rate limit, the error
body, the webhooks (`x-scankit-webhooks` or OpenAPI `webhooks:`), and every fact the spec marks
`x-scankit-inferred`, with why. The x-scankit blocks are told in words; extensions this script does
not know by name are still shown, key by key, so a new one reaches the page without a change here.

A page is for users: what the API does and how to call it. How a fact was found stays in the spec
(`x-scankit-source`, `x-scankit-notes`); a page shows only the real pages behind the sources (the
spec's `x-scankit-sources` maps tags such as `seed 001` to URLs), in a collapsed "Where this comes
from" note.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import examples
import yaml
from openapi_python_client.strings import ClassName, PythonIdentifier

from scankit._errors import status_error_class
from scankit._waiter import DEFAULT_WAIT_TIMEOUT

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
OUT = ROOT / "docs" / "vendors"
VENDORS = ("packagex", "hostedscan", "advalidation", "passentry", "cloneguard")
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
FIELD_PREFIX = "field_"  # openapi-python-client's default, which our codegen.yaml files keep


# -- reading a spec ------------------------------------------------------------------------------


def load_spec(vendor: str) -> dict[str, Any]:
    with (SPECS / vendor / "openapi.yaml").open(encoding="utf-8") as f:
        spec: dict[str, Any] = yaml.safe_load(f)
    return spec


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow `$ref`s (local ones: the specs have no others) to the node they name."""
    seen = 0
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if not ref.startswith("#/"):
            raise ValueError(f"only local $refs are supported: {ref}")
        node = spec
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        seen += 1
        if seen > 50:
            raise ValueError(f"$ref cycle at {ref}")
    return node


def ref_name(node: Any) -> str | None:
    if (
        isinstance(node, dict)
        and isinstance(node.get("$ref"), str)
        and node["$ref"].startswith("#/components/schemas/")
    ):
        return str(node["$ref"].rsplit("/", 1)[-1])
    return None


def meta(spec: dict[str, Any]) -> dict[str, Any]:
    """The root `x-scankit` block (vendor name, key variable, rate limit, error paths)."""
    return dict(spec.get("x-scankit") or {})


def class_name(spec: dict[str, Any]) -> str:
    m = meta(spec)
    return str(m.get("class_name") or m["vendor"].replace(" ", ""))


def python_name(name: str) -> str:
    """The attribute or argument name the generator gives a JSON property or parameter."""
    return str(PythonIdentifier(name, FIELD_PREFIX))


def model_class(name: str) -> str:
    return str(ClassName(name, FIELD_PREFIX))


def operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """Every operation, in the spec's order, with its path-level parameters merged in."""
    out = []
    for path, item in (spec.get("paths") or {}).items():
        shared = item.get("parameters", [])
        for method in METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            params = {}
            for raw in [*shared, *op.get("parameters", [])]:
                p = resolve(spec, raw)
                params[(p["name"], p["in"])] = p
            out.append({"method": method.upper(), "path": path, "op": op, "params": list(params.values())})
    return out


def success(spec: dict[str, Any], op: dict[str, Any]) -> tuple[str | None, Any]:
    """The 2xx status with a body and its schema (None, None when no 2xx response has one)."""
    for status, resp in sorted((op.get("responses") or {}).items(), key=lambda kv: str(kv[0])):
        if not str(status).startswith("2"):
            continue
        content = (resolve(spec, resp).get("content") or {}).get("application/json")
        if content and "schema" in content:
            return str(status), content["schema"]
    return None, None


def schema_at(spec: dict[str, Any], schema: Any, dotted: str) -> Any:
    """The schema of the property at a dotted JSON path (`meta.pagination.totalPages`)."""
    node = schema
    for part in dotted.split("."):
        node = resolve(spec, node)
        for key in ("allOf", "anyOf", "oneOf"):  # a nullable object written as a one-member union
            members = [resolve(spec, m) for m in node.get(key, [])]
            with_props = [m for m in members if part in (m.get("properties") or {})]
            if with_props:
                node = with_props[0]
        node = (node.get("properties") or {}).get(part)
        if node is None:
            return None
    return node


def type_of(spec: dict[str, Any], schema: Any, link: bool = True) -> str:
    """A schema as the Python type a user meets (`Scan`, `list[Scan]`, `datetime | None`)."""
    if schema is None:
        return "None"
    name = ref_name(schema)
    target = resolve(spec, schema) if name else None
    if name and not (target.get("type") in ("string", "integer", "number", "boolean") and "enum" not in target):
        cls = model_class(name)
        return f"[{cls}](#{anchor('model', name)})" if link else cls
    if name:  # a named scalar (a binary file, an id) has no class of its own: its Python type
        return type_of(spec, target, link)
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
    rows = [(k, v) for k, v in flatten(value) if k and k.split(".")[0] not in skip]
    if not rows:
        return []
    return ["| key | value |", "| --- | --- |", *(f"| `{k}` | {show(v)} |" for k, v in rows), ""]


URL = re.compile(r"https?://[^\s;,)\]'\"`]+")
SEED = re.compile(r"\bseed (\d{3})(?:_[0-9a-f]+)?")


def source_links(spec: dict[str, Any], *sources: Any) -> list[str]:
    """The web pages behind `x-scankit-source` strings: their own URLs, and the tags the spec's root
    `x-scankit-sources` maps to one (`seed 001`, or a `repo:` prefix followed by a path). A tag mapped
    to null is named in a source but is no page (an API's base URL)."""
    known = spec.get("x-scankit-sources") or {}
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


def where_from(spec: dict[str, Any], *sources: Any) -> list[str]:
    """A collapsed "Where this comes from" note with the real pages behind the sources, if any."""
    links = source_links(spec, *sources)
    if not links:
        return []
    return ['??? note "Where this comes from"', "", *(f"    - <{url}>" for url in links), ""]


def inferred(spec: dict[str, Any]) -> Iterator[tuple[str, Any]]:
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


def locate(spec: dict[str, Any], pointer: str) -> str:
    """A JSON pointer into the spec as a reader finds it on the page: a call, an argument, a model field."""
    parts = [p.replace("~1", "/").replace("~0", "~") for p in pointer.strip("/").split("/")]
    if len(parts) >= 3 and parts[0] == "paths":
        op = (spec.get("paths") or {}).get(parts[1], {}).get(parts[2])
        if isinstance(op, dict) and op.get("operationId"):
            tag = (op.get("tags") or ["default"])[0]
            call = f"[`{tag}.{op.get('x-scankit-method') or python_name(op['operationId'])}()`](#{anchor('op', op['operationId'])})"
            rest = parts[3:]
            if rest[:1] == ["parameters"] and len(rest) == 2:
                param = resolve(spec, op["parameters"][int(rest[1])])
                return f"{call}: `{python_name(param['name'].removesuffix('[]'))}`"
            if rest[:1] == ["responses"] and len(rest) == 2:
                return f"{call}: HTTP {rest[1]}"
            if rest == ["x-scankit-waiter"]:
                return f"`{tag}.wait()`"
            if not rest:
                return call
    if len(parts) >= 3 and parts[:2] == ["components", "schemas"]:
        model = f"[{model_class(parts[2])}](#{anchor('model', parts[2])})"
        if len(parts) == 3:
            return model
        if len(parts) == 5 and parts[3] == "properties":
            return f"{model} `.{python_name(parts[4])}`"
    if len(parts) == 3 and parts[:2] == ["components", "parameters"]:
        param = (spec.get("components") or {}).get("parameters", {}).get(parts[2]) or {}
        return f"every `{python_name(str(param.get('name', parts[2])))}` argument"
    if len(parts) == 3 and parts[:2] == ["components", "responses"]:
        return f"the `{parts[2]}` error response"
    return f"`{pointer}`"


# -- rendering -----------------------------------------------------------------------------------


def _security(spec: dict[str, Any]) -> list[str]:
    schemes = spec.get("components", {}).get("securitySchemes", {})
    lines = []
    for name, s in schemes.items():
        if s.get("type") == "http" and str(s.get("scheme", "")).lower() == "bearer":
            where = "header `Authorization: Bearer <value>`"
        elif s.get("type") == "apiKey":
            where = f"{s.get('in')} `{s.get('name')}`" + (
                f" (value prefixed with `{s['x-scankit-prefix']}`)" if s.get("x-scankit-prefix") else ""
            )
        else:
            where = f"`{s.get('type')}`"
        lines.append(f"- **{name}** — {where}. {one_line(s.get('description'))}")
    return lines


def _rate_limit(spec: dict[str, Any]) -> list[str]:
    rl = meta(spec).get("rate_limit")
    if not rl:
        return [
            "None documented. scankit does not pace this vendor's requests; a `429` is retried with backoff "
            "and honours `Retry-After`.",
            "",
        ]
    if rl.get("algorithm") == "token_bucket":
        summary = f"A bucket of {rl.get('capacity')} requests, refilled at {rl.get('refill_per_second')} per second"
    else:
        summary = f"{rl.get('requests')} requests per {rl.get('window_seconds')} s"
        if rl.get("advised_requests"):
            summary += f" (the vendor advises staying at {rl['advised_requests']}, which is what scankit keeps to)"
    scope = {
        "endpoint_method": "each endpoint and method",
        "client": "the whole client",
        "ip": "the caller's IP address",
    }.get(rl.get("scope"), str(rl.get("scope")))
    lines = [f"{summary}, counted for {scope}. A client paces its own requests to stay under it.", ""]
    if rl.get("retry_after_trusted") is False:
        lines += [
            "The vendor's `Retry-After` is known to be wrong, so scankit ignores it and uses its own backoff.",
            "",
        ]
    headers = rl.get("headers") or {}
    meaning = {
        "limit": "the limit",
        "remaining": "requests left",
        "reset": "when the count resets"
        + {"unix_seconds": ", in Unix seconds", "seconds": ", in seconds from now"}.get(
            str(headers.get("reset_format")), ""
        ),
        "retry_after": "how long to wait after a `429`",
    }
    read = [f"`{name}` ({meaning.get(key, key.replace('_', ' '))})" for key, name in headers.items() if key in meaning]
    if read:
        lines += [f"scankit reads {', '.join(read)} from each response.", ""]
    return lines + where_from(spec, rl.get("source"))


def _errors(spec: dict[str, Any]) -> list[str]:
    m = meta(spec)
    paths = m.get("errors") or {}
    lines = []
    if paths:
        guessed = set(paths.get("inferred") or [])
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
    if m.get("request_id_header"):
        lines.append(f"Each error carries the request id from the `{m['request_id_header']}` header.")
    bodies: dict[str, set[str]] = {}
    for entry in operations(spec):
        for status, resp in (entry["op"].get("responses") or {}).items():
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


def _operation(spec: dict[str, Any], entry: dict[str, Any], cls: str) -> list[str]:
    op, method, path = entry["op"], entry["method"], entry["path"]
    op_id = op["operationId"]
    tag = (op.get("tags") or ["default"])[0]
    verb = op.get("x-scankit-method") or python_name(op_id)
    pag = op.get("x-scankit-pagination")
    status, body = success(spec, op)
    lines = [f"### `{tag}.{verb}()` — {one_line(op.get('summary') or op_id)} {{#{anchor('op', op_id)}}}", ""]
    lines += [f"`{method} {path}` · operationId `{op_id}`" + (" · deprecated" if op.get("deprecated") else ""), ""]
    if op.get("description"):
        lines += [block(op["description"]), ""]

    params = entry["params"]
    request_body = resolve(spec, op["requestBody"]) if "requestBody" in op else None
    if params or request_body:
        lines += ["| argument | in | type | required | description |", "| --- | --- | --- | --- | --- |"]
        for p in params:
            schema = p.get("schema")
            if schema is None and p.get("content"):
                schema = next(iter(p["content"].values())).get("schema")
            desc = one_line(p.get("description") or (schema or {}).get("description"))
            extra = []
            default = (resolve(spec, schema) or {}).get("default") if schema else None
            pag = op.get("x-scankit-pagination") or {}
            if pag.get("size_param") == p["name"] and pag.get("max_size"):
                extra.append(f"scankit asks for {pag['max_size']} (the documented maximum) unless you give one.")
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
        lines.append("")

    returns = type_of(spec, body) if body is not None else "None"
    unwrap = op.get("x-scankit-unwrap")
    if pag and body is not None:
        items = schema_at(spec, body, pag["items"])
        item_type = type_of(spec, (items or {}).get("items")) if items else "Any"
        lines += [
            f"**Returns** `SyncPaginator[{model_or_plain(item_type)}]` (`AsyncPaginator` on `Async{cls}`): "
            f"iterate it for every {item_type} in `{pag['items']}` of each {returns} page, or call `.pages()`. "
            "Takes `max_items=` and `max_pages=` besides the arguments above.",
            "",
        ]
        lines += ["**Pagination**", "", *_pagination(pag)]
    elif unwrap and body is not None:
        inner = schema_at(spec, body, unwrap)
        lines += [
            f"**Returns** {type_of(spec, inner)} — the `{unwrap}` of the {returns} body "
            f"(`x-scankit-unwrap`), on HTTP {status}.",
            "",
        ]
    else:
        lines += [f"**Returns** {returns}" + (f" on HTTP {status}." if status else "."), ""]

    code = examples.example(spec, entry)
    if code:
        lines += ["**Example**", "", "```python", code.rstrip("\n"), "```", ""]

    errors = [(str(s), resolve(spec, r)) for s, r in (op.get("responses") or {}).items() if not str(s).startswith("2")]
    if errors:
        lines += ["**Raises**", ""]
        for s, resp in errors:
            lines.append(f"- `{s}` → `scankit.{_error_class(s)}`: {one_line(resp.get('description'))}")
        lines += [
            "- and on every call: `scankit.APIConnectionError` / `APITimeoutError` after retries, "
            "`scankit.ResponseValidationError` when the answer does not match the spec.",
            "",
        ]

    waiter = op.get("x-scankit-waiter")
    if waiter:
        lines += _waiter(spec, entry, waiter)
    envelope = op.get("x-scankit-envelope-method")
    if envelope and unwrap and body is not None:
        first = ", ".join(python_name(p["name"]) for p in params if p["in"] == "path")
        lines += [
            f"`{tag}.{envelope}({first})` makes the same call and returns the whole {returns} body, "
            "with whatever the vendor sends beside the resource.",
            "",
        ]
    for key, value in op.items():
        if key.startswith("x-scankit") and key not in KNOWN_OPERATION_EXTENSIONS:
            lines += [f"**`{key}`**", "", *facts_table(value if isinstance(value, dict) else {"value": value})]
    if op.get("x-scankit-incremental"):
        lines += _incremental(op["x-scankit-incremental"])
    if op.get("x-scankit-inferred"):
        lines += [f'!!! note "Inferred"\n    {one_line(op["x-scankit-inferred"])}', ""]
    param_sources = [p.get("x-scankit-source") for p in entry["params"]]
    lines += where_from(
        spec,
        op.get("x-scankit-source"),
        (waiter or {}).get("x-scankit-source"),
        (op.get("x-scankit-incremental") or {}).get("x-scankit-source"),
        *param_sources,
    )
    return lines


# What _operation renders in words (or keeps in the spec: sources and maintainers' notes); any other
# x-scankit-* extension on an operation is shown key by key, so a new one reaches the page at once.
KNOWN_OPERATION_EXTENSIONS = frozenset(
    {
        "x-scankit-method",
        "x-scankit-pagination",
        "x-scankit-unwrap",
        "x-scankit-envelope-method",
        "x-scankit-source",
        "x-scankit-notes",
        "x-scankit-waiter",
        "x-scankit-inferred",
        "x-scankit-incremental",
    }
)


def _incremental(inc: dict[str, Any]) -> list[str]:
    """`x-scankit-incremental` in words: what moves, how the vendor filters on it, the lookback."""
    text = f"Incremental reads: an item is new or changed when `{inc.get('cursor')}` moves"
    filt = inc.get("filter") or {}
    if filt.get("since_param"):
        text += f"; scankit asks the vendor for `{filt['since_param']}` the watermark"
        fixed = ", ".join(f"`{k}={v}`" for k, v in (filt.get("params") or {}).items())
        if fixed:
            text += f", with {fixed}"
    else:
        text += "; the vendor has no filter, so scankit reads the list and keeps what is newer (a full read)"
    if inc.get("lookback_seconds"):
        text += f". Each run looks back {inc['lookback_seconds']} s and drops what it already gave, by `{inc.get('id', 'id')}`"
    return [text + ".", ""]


def values(items: Any) -> str:
    """`["FAILED", "OVER_LIMIT"]` -> "`FAILED`, `OVER_LIMIT`"."""
    return ", ".join(f"`{v}`" for v in (items if isinstance(items, list) else [items]))


def _waiter(spec: dict[str, Any], entry: dict[str, Any], waiter: dict[str, Any]) -> list[str]:
    """What `<resource>.wait()` does with this operation, and which calls start a run it waits for."""
    op = entry["op"]
    tag = (op.get("tags") or ["default"])[0]
    _, body = success(spec, op)
    unwrap = op.get("x-scankit-unwrap")
    model = type_of(spec, schema_at(spec, body, unwrap) if unwrap else body)
    arg = next((python_name(p["name"]) for p in entry["params"] if p["in"] == "path"), "id")
    case = " (in any letter case)" if waiter.get("case_insensitive") else ""
    interval = f"every {waiter.get('poll_interval')} s"
    if waiter.get("initial_delay") is not None:
        interval += f", the first time after {waiter['initial_delay']} s"
    lines = [
        "**Waiting for a run to end**",
        "",
        f"`{tag}.wait({arg})` polls this operation until `{waiter.get('state')}` is a state that ends a run"
        f"{case}, and returns the {model} in that state, whichever it is: {values(waiter.get('success'))} "
        f"when the run went well, {values(waiter.get('failure'))} when it did not. A failed run is an answer, "
        "not an exception: look at the state.",
        "",
        f"While the state is {values(waiter.get('pending'))} (or one this page does not list) it asks again "
        f"{interval} (`poll_interval=`), until `timeout=` ({DEFAULT_WAIT_TIMEOUT:.0f} s unless you say otherwise) "
        "runs out and `scankit.WaitTimeoutError` is raised. `on_update=` is called after every poll with a "
        "`scankit.WaitStatus`"
        + (f" (its `progress` is the resource's `{waiter['progress']}`)" if waiter.get("progress") else "")
        + ".",
        "",
    ]
    starters = []
    by_id = {e["op"]["operationId"]: e["op"] for e in operations(spec)}
    for op_id in waiter.get("started_by") or {}:
        starter = by_id.get(op_id)
        if starter:
            verb = starter.get("x-scankit-method") or python_name(op_id)
            starters.append(f"[`{starter['tags'][0]}.{verb}_and_wait()`](#{anchor('op', op_id)})")
    if starters:
        verb = "starts" if len(starters) == 1 else "start"
        lines += [f"{' and '.join(starters)} {verb} a run and waits for it in one call.", ""]
    said = {
        "poll_interval": "the interval is scankit's choice (the vendor documents none)",
        "initial_delay": "the first delay is scankit's choice",
        "failure": "which states mean failure is inferred",
        "success": "which states mean success is inferred",
        "pending": "which states mean the run goes on is inferred",
        "state": "where the state is read is inferred",
    }
    notes = [said.get(key, f"`{key}` is inferred") for key in waiter.get("inferred") or []]
    if notes:
        lines += [f"Inferred: {'; '.join(notes)}.", ""]
    if waiter.get("x-scankit-inferred"):
        lines += [one_line(waiter["x-scankit-inferred"]), ""]
    return lines


def model_or_plain(text: str) -> str:
    """`[Scan](#model-scan)` -> `Scan` (inside a code span a link does not render)."""
    return re.sub(r"\[([^\]]+)\]\(#[^)]+\)", r"\1", text)


def _pagination(pag: dict[str, Any]) -> list[str]:
    guessed = set(pag.get("inferred") or [])
    if pag.get("style") == "cursor":
        text = (
            f"Cursor: the next page is asked for with `{pag.get('cursor_param')}` set to the page's "
            f"`{pag.get('next_cursor')}`; no cursor means the last page."
        )
    else:
        stops = [
            f"`{pag[k]}` is false" if k == "has_more" else f"`{pag[k]}` is null" if k == "next_link" else ""
            for k in ("has_more", "next_link")
            if pag.get(k)
        ]
        if pag.get("total_pages"):
            stops.append(f"the page number reaches `{pag['total_pages']}`")
        text = (
            f"Page number: `{pag.get('page_param')}` counts from {pag.get('first_page', 1)}; "
            f"the list ends on an empty page{''.join(', or when ' + s for s in stops)}."
        )
    if pag.get("size_param"):
        text += f" Page size: `{pag['size_param']}`"
        if pag.get("max_size"):
            text += f", up to {pag['max_size']} (scankit asks for {pag['max_size']} unless you say otherwise)"
        if pag.get("default_size"):
            text += f"; the server's default is {pag['default_size']}"
        text += "."
    elif pag.get("max_size"):
        text += f" Pages hold at most {pag['max_size']} items."
    if pag.get("total_items"):
        text += f" Each page says how many items there are in all (`{pag['total_items']}`)."
    said = {
        "items": "where a page's items are",
        "page_param": "the page parameter's name",
        "first_page": f"that pages count from {pag.get('first_page', 1)}",
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
        inferred_text = ", ".join(said.get(k, f"`{k}`") for k in pag.get("inferred") or [])
        text += f" Inferred, not in the vendor's docs: {inferred_text}."
    return [text, ""]


def _model(spec: dict[str, Any], name: str, schema: dict[str, Any]) -> list[str]:
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


WEBHOOK_KEYS = frozenset(
    {
        "event_schema",
        "secret_env",
        "signature",
        "timestamp",
        "event_type",
        "event_id",
        "user_agent",
        "events",
        "retry",
        "description",
        "source",
        "inferred",
    }
)


def _place(where: Any) -> str:
    """`{"header": "X-Event"}` -> "the `X-Event` header"; `{"body": "data.id"}` -> "`data.id` in the body"."""
    where = where if isinstance(where, dict) else {}
    if where.get("header"):
        return f"the `{where['header']}` header"
    if where.get("body"):
        return f"`{where['body']}` in the body"
    return "(not given)"


def _webhook_scheme(vendor: str, spec: dict[str, Any], ext: dict[str, Any]) -> list[str]:
    """How the vendor signs a delivery and how scankit checks it, in words."""
    sig = ext.get("signature") or {}
    signed = str(sig.get("signed", "{body}"))
    signed = (
        "the raw body"
        if signed == "{body}"
        else f"`{signed.replace('{body}', '<raw body>').replace('{timestamp}', '<timestamp>')}`"
    )
    encodings = " or ".join(sig.get("encodings") or ["hex"])
    prefix = f", after `{sig['prefix']}`" if sig.get("prefix") else ""
    algorithm = str(sig.get("algorithm", "")).upper()
    lines = []
    if sig.get("header"):
        lines += [
            f"Each delivery is signed: the `{sig['header']}` header holds the {algorithm} ({encodings}{prefix}) "
            f"of {signed}, keyed with your webhook secret."
        ]
    if ext.get("secret_env"):
        schema = {"$ref": f"#/components/schemas/{ext['event_schema']}"} if ext.get("event_schema") else None
        lines += [
            f'`scankit.webhooks.unwrap("{vendor}", body, headers)` checks it with the secret from '
            f"`{ext['secret_env']}` and returns the event"
            + (f", a {type_of(spec, schema)}" if schema else "")
            + " (see [Webhooks](../webhooks.md))."
        ]
    lines = [" ".join(lines), ""] if lines else []
    stamp = ext.get("timestamp")
    facts = []
    if stamp:
        unit = {"ms": "milliseconds", "s": "seconds", "seconds": "seconds", "iso8601": "an ISO 8601 date-time"}
        facts.append(
            f"the time it was sent: {_place(stamp)} ({unit.get(stamp.get('unit'), stamp.get('unit'))}), "
            "which bounds a replay"
        )
    else:
        facts.append("no signed timestamp, so a captured delivery stays valid: deduplicate on its id")
    if ext.get("event_type"):
        facts.append(f"the event type: {_place(ext['event_type'])}")
    if ext.get("event_id"):
        facts.append(f"the event id: {_place(ext['event_id'])}")
    if ext.get("user_agent"):
        facts.append(f"a `User-Agent` starting `{ext['user_agent']}`")
    retry = ext.get("retry") or {}
    if retry:
        how = []
        if retry.get("attempts"):
            how.append(f"{retry['attempts']} attempts in all")
        if retry.get("backoff"):
            how.append(f"{retry['backoff']} backoff")
        if retry.get("max_seconds"):
            how.append(
                f"for up to {int(retry['max_seconds']) // 3600} h"
                if retry["max_seconds"] >= 3600
                else f"for up to {retry['max_seconds']} s"
            )
        facts.append(f"answer `{retry.get('success', '2xx')}`; otherwise the delivery is retried ({', '.join(how)})")
    lines += [*(f"- {f[0].upper()}{f[1:]}." for f in facts), ""]
    if ext.get("inferred"):
        lines += [f"Inferred, not in the vendor's docs: {values(ext['inferred'])}.", ""]
    if ext.get("description"):
        lines += [block(ext["description"]), ""]
    return lines + facts_table({k: v for k, v in ext.items() if k not in WEBHOOK_KEYS})


def _webhooks(vendor: str, spec: dict[str, Any]) -> list[str]:
    ext = spec.get("x-scankit-webhooks")
    native = spec.get("webhooks")
    if not ext and not native:
        return []
    lines = ["## Webhooks", ""]
    if ext:
        lines += _webhook_scheme(vendor, spec, ext)
        events = ext.get("events") if isinstance(ext, dict) else None
        if events:
            lines += ["Events:", ""]
            if isinstance(events, dict):
                lines += [
                    f"- `{k}`: {one_line(v if not isinstance(v, dict) else type_of(spec, v))}"
                    for k, v in events.items()
                ]
            else:
                for e in events:
                    lines.append(
                        f"- {show(e) if not isinstance(e, dict) else ', '.join(f'{k}: {show(v)}' for k, v in e.items())}"
                    )
            lines.append("")
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
    return lines + where_from(spec, (ext or {}).get("source"))


def _coverage(spec: dict[str, Any]) -> list[str]:
    """The root `x-scankit-coverage`: every scan operation the vendor documents, covered or why not."""
    block = spec.get("x-scankit-coverage") or {}
    if not block.get("operations"):
        return []
    calls = {
        o["operationId"]: f"[`{(o.get('tags') or ['default'])[0]}.{o.get('x-scankit-method')}()`]"
        f"(#{anchor('op', o['operationId'])})"
        for item in (spec.get("paths") or {}).values()
        for o in item.values()
        if isinstance(o, dict) and "operationId" in o
    }
    lines = ["## Coverage", "", one_line(block.get("description")), ""]
    lines += ["| the vendor's operation | docs | in scankit |", "| --- | --- | --- |"]
    for e in block["operations"]:
        where = calls.get(e.get("covered"), "") if e.get("covered") else one_line(e.get("reason"))
        lines.append(f"| {one_line(e.get('name'))} | [docs]({e.get('doc')}) | {where} |")
    return [*lines, ""]


def render_vendor(vendor: str, spec: dict[str, Any] | None = None) -> str:
    """The reference page of one vendor, as Markdown."""
    spec = spec if spec is not None else load_spec(vendor)
    m = meta(spec)
    cls = class_name(spec)
    info = spec.get("info") or {}
    servers = spec.get("servers") or []
    base_env = f"{m['env_key'].removesuffix('_API_KEY')}_BASE_URL"
    lines = [
        f"# {m['vendor']}",
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
        f"client = scankit.{cls}()   # the key from {m['env_key']}; or api_key=...",
        "```",
        "",
        f"- **API key**: `api_key=`, default the `{m['env_key']}` environment variable.",
        f"- **Base URL**: `base_url=`, default `{servers[0]['url'] if servers else '?'}` "
        f"(or `{base_env}` in the environment). Credentials are sent to this origin only.",
    ]
    for s in servers[1:]:
        lines.append(f"- Also documented: `{s['url']}` — {one_line(s.get('description'))}")
    lines += ["", "Authentication schemes in the spec:", "", *_security(spec), ""]
    lines += ["## Rate limit", "", *_rate_limit(spec)]
    lines += ["## Errors", "", *_errors(spec), ""]

    ops = operations(spec)
    lines += ["## Operations", ""]
    tags = {t["name"]: t.get("description", "") for t in spec.get("tags") or []}
    lines += ["| call | HTTP | summary |", "| --- | --- | --- |"]
    for e in ops:
        op = e["op"]
        tag = (op.get("tags") or ["default"])[0]
        verb = op.get("x-scankit-method") or python_name(op["operationId"])
        lines.append(
            f"| [`{tag}.{verb}()`](#{anchor('op', op['operationId'])}) | `{e['method']} {e['path']}` | "
            f"{one_line(op.get('summary'))} |"
        )
    lines.append("")
    lines += _coverage(spec)
    by_tag: dict[str, list[dict[str, Any]]] = {}
    for e in ops:
        by_tag.setdefault((e["op"].get("tags") or ["default"])[0], []).append(e)
    for tag, entries in by_tag.items():
        lines += [f"## `client.{tag}`", ""]
        if tags.get(tag):
            lines += [one_line(tags[tag]), ""]
        for e in entries:
            lines += _operation(spec, e, cls)

    lines += _webhooks(vendor, spec)

    schemas = (spec.get("components") or {}).get("schemas") or {}
    lines += [
        "## Models",
        "",
        f"Every model is an attrs class in `scankit_{vendor}.models`. Fields the vendor adds later land in "
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
        lines += ["| where | why |", "| --- | --- |", *(f"| {locate(spec, w)} | {one_line(v)} |" for w, v in found), ""]
    else:
        lines += ["Nothing: every fact in this spec is documented by the vendor.", ""]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("vendors", nargs="*", metavar="vendor", help=f"any of {', '.join(VENDORS)}")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for vendor in args.vendors or VENDORS:
        target = args.out / f"{vendor}.md"
        target.write_text(render_vendor(vendor), encoding="utf-8")
        print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
