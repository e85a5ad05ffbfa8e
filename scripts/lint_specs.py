"""Spec lint: every vendor spec must pass three independent checks (make lint-specs).

1. openapi-spec-validator: the document is valid OpenAPI 3.0.
2. Redocly CLI (`redocly.yaml`, recommended rules): zero errors.
3. scankit's own conventions (specs/CONVENTIONS.md): each operation has an operationId, exactly one
   tag, x-scankit-method, its own security and an x-scankit-source; list operations declare
   x-scankit-pagination; the root x-scankit block names the vendor and its key variable, and its
   rate-limit and error blocks are well formed; an x-scankit-webhooks block names a real event
   schema, a known signing scheme and where the timestamp, event type and event id are; an
   x-scankit-waiter sits on a get operation, names a state that exists in the resource, classifies
   every documented value of it exactly once, and starts from operations that exist; an
   x-scankit-incremental block sits on a list and names item fields and query parameters that exist;
   the root x-scankit-coverage lists every operation of the spec among the vendor's documented ones.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "wrapper"))

from scankit._errors import ConfigurationError, ErrorPaths  # noqa: E402
from scankit._ratelimit import RateLimitSpec  # noqa: E402
from scankit._waiter import normalize  # noqa: E402  (how the wrapper compares states)

VENDORS = ("packagex", "hostedscan", "advalidation", "passentry", "cloneguard")


def conventions(vendor: str, spec: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    meta = spec.get("x-scankit")
    if not isinstance(meta, dict) or not meta.get("vendor") or not meta.get("env_key"):
        problems.append("root x-scankit must name `vendor` and `env_key`")
        meta = {}
    try:
        RateLimitSpec.from_dict(meta.get("rate_limit"))
        errors = meta.get("errors")
        ErrorPaths.from_dict({k: v for k, v in errors.items() if k != "inferred"} if errors else None)
    except ConfigurationError as exc:
        problems.append(str(exc))
    problems += _case_insensitive(spec)
    seen: dict[tuple[str, str], str] = {}
    for path, item in spec.get("paths", {}).items():
        for method, op in item.items():
            if not isinstance(op, dict):
                continue
            where = f"{method.upper()} {path}"
            for key in ("operationId", "x-scankit-method", "x-scankit-source", "security"):
                if not op.get(key):
                    problems.append(f"{where}: {key} is missing")
            tags = op.get("tags") or []
            if len(tags) != 1:
                problems.append(f"{where}: exactly one tag (the resource), not {tags}")
            verb = op.get("x-scankit-method") or ""
            if tags and verb:
                if (tags[0], verb) in seen:
                    problems.append(f"{where}: {tags[0]}.{verb} is also {seen[tags[0], verb]}")
                seen[tags[0], verb] = where
            if verb.startswith("list") and "x-scankit-pagination" not in op:
                problems.append(f"{where}: a list operation needs x-scankit-pagination")
            if "x-scankit-waiter" in op:
                problems += [f"{where}: x-scankit-waiter: {p}" for p in waiter_problems(spec, method, op)]
            if "x-scankit-incremental" in op:
                problems += [f"{where}: x-scankit-incremental: {p}" for p in incremental_problems(spec, op)]
            for code, response in op.get("responses", {}).items():
                if str(code).startswith("2") and "$ref" not in response and str(code) != "204":
                    content = response.get("content", {})
                    for media in content.values():
                        if "$ref" not in media.get("schema", {}) and media.get("schema", {}).get("type") == "object":
                            problems.append(f"{where} {code}: use a named schema ($ref), not an inline object")
    return problems


WEBHOOK_ALGORITHMS = {"hmac-sha256", "unknown"}
WEBHOOK_SIGNED = {"{timestamp}.{body}", "{body}"}
WEBHOOK_ENCODINGS = {"hex", "base64"}
WEBHOOK_UNITS = {"s", "ms", "iso8601"}


def _has_path(spec: dict[str, Any], schema_name: str, dotted: str) -> bool:
    """Whether a dotted JSON path exists in a schema's properties (following $refs)."""
    schemas = spec.get("components", {}).get("schemas", {})
    node: Any = schemas.get(schema_name)
    for key in dotted.split("."):
        while isinstance(node, dict) and "$ref" in node:
            node = schemas.get(node["$ref"].rsplit("/", 1)[-1])
        if not isinstance(node, dict) or key not in (node.get("properties") or {}):
            return False
        node = node["properties"][key]
    return True


def webhook_conventions(spec: dict[str, Any]) -> list[str]:
    """Problems in the root x-scankit-webhooks block (specs/CONVENTIONS.md, "Webhooks")."""
    block = spec.get("x-scankit-webhooks")
    if block is None:
        return []
    where = "x-scankit-webhooks"
    if not isinstance(block, dict):
        return [f"{where} must be a mapping"]
    problems: list[str] = []
    schema = block.get("event_schema")
    if schema not in spec.get("components", {}).get("schemas", {}):
        problems.append(f"{where}.event_schema {schema!r} is not in components.schemas")
    for key in ("secret_env", "source"):
        if not block.get(key):
            problems.append(f"{where}.{key} is missing")
    sig = block.get("signature") if isinstance(block.get("signature"), dict) else {}
    if not sig.get("header"):
        problems.append(f"{where}.signature.header is missing")
    if sig.get("algorithm") not in WEBHOOK_ALGORITHMS:
        problems.append(f"{where}.signature.algorithm must be one of {sorted(WEBHOOK_ALGORITHMS)}")
    if sig.get("signed") not in WEBHOOK_SIGNED:
        problems.append(f"{where}.signature.signed must be one of {sorted(WEBHOOK_SIGNED)}")
    encodings = sig.get("encodings", ["hex"])
    if not encodings or not set(encodings) <= WEBHOOK_ENCODINGS:
        problems.append(f"{where}.signature.encodings must be a non-empty list of {sorted(WEBHOOK_ENCODINGS)}")
    stamp = block.get("timestamp")
    if stamp is not None:
        if not isinstance(stamp, dict) or bool(stamp.get("header")) == bool(stamp.get("body")):
            problems.append(f"{where}.timestamp needs exactly one of header or body")
        elif stamp.get("unit") not in WEBHOOK_UNITS:
            problems.append(f"{where}.timestamp.unit must be one of {sorted(WEBHOOK_UNITS)}")
        elif stamp.get("body") and isinstance(schema, str) and not _has_path(spec, schema, stamp["body"]):
            problems.append(f"{where}.timestamp.body {stamp['body']!r} is not a property path of {schema}")
    if sig.get("signed") == "{timestamp}.{body}" and not (isinstance(stamp, dict) and stamp.get("header")):
        problems.append(f"{where}: a signed timestamp needs timestamp.header")
    for key in ("event_type", "event_id"):
        place = block.get(key)
        if not isinstance(place, dict) or bool(place.get("header")) == bool(place.get("body")):
            problems.append(f"{where}.{key} needs exactly one of header or body")
        elif place.get("body") and isinstance(schema, str) and not _has_path(spec, schema, place["body"]):
            problems.append(f"{where}.{key}.body {place['body']!r} is not a property path of {schema}")
    success = str((block.get("retry") or {}).get("success", "2xx"))
    if success != "2xx" and not (success.isdigit() and len(success) == 3):
        problems.append(f"{where}.retry.success must be 2xx or one status code")
    for item in block.get("inferred") or []:
        head, _, tail = str(item).partition(".")
        section = block.get(head)
        if section is None or (tail and (not isinstance(section, dict) or tail not in section)):
            problems.append(f"{where}.inferred names {item!r}, which the block does not have")
    return problems


def coverage_problems(spec: dict[str, Any]) -> list[str]:
    """The root x-scankit-coverage: each vendor operation has a docs URL and is covered by a real
    operation or says why not, and every operation of the spec is in it (the reference page's table)."""
    block = spec.get("x-scankit-coverage")
    where = "x-scankit-coverage"
    if not isinstance(block, dict) or not isinstance(block.get("operations"), list) or not block["operations"]:
        return [f"{where}: a mapping with a non-empty `operations` list is required"]
    op_ids = {
        o.get("operationId") for item in spec.get("paths", {}).values() for o in item.values() if isinstance(o, dict)
    }
    problems: list[str] = []
    covered: set[str] = set()
    for i, entry in enumerate(block["operations"]):
        if not isinstance(entry, dict) or set(entry) - {"name", "doc", "covered", "reason"}:
            problems.append(f"{where}.operations[{i}]: only name, doc, covered and reason are known")
            continue
        if not entry.get("name") or not str(entry.get("doc", "")).startswith("https://"):
            problems.append(f"{where}.operations[{i}]: needs a name and a doc (an https URL)")
        if bool(entry.get("covered")) == bool(entry.get("reason")):
            problems.append(f"{where}.operations[{i}] ({entry.get('name')}): give covered or reason, not both")
        elif entry.get("covered"):
            if entry["covered"] not in op_ids:
                problems.append(f"{where}.operations[{i}]: no operation {entry['covered']!r}")
            covered.add(entry["covered"])
    problems += [f"{where}: operation {o!r} is in no entry" for o in sorted(op_ids - covered - {None})]
    return problems


def _case_insensitive(spec: dict[str, Any]) -> list[str]:
    """`x-scankit-case-insensitive` only where generation honours it: a string enum schema, or
    a schema that is (`$ref`/`allOf`) such an enum, where it documents the same thing."""
    schemas = spec.get("components", {}).get("schemas", {})
    problems: list[str] = []

    def flagged_enum(node: dict[str, Any]) -> bool:
        refs = [node.get("$ref")] + [part.get("$ref") for part in node.get("allOf", []) if isinstance(part, dict)]
        for ref in filter(None, refs):
            target = schemas.get(str(ref).rsplit("/", 1)[-1], {})
            if target.get("enum") and target.get("x-scankit-case-insensitive") is True:
                return True
        return False

    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            if "x-scankit-case-insensitive" in node:
                value = node["x-scankit-case-insensitive"]
                if value is not True:
                    problems.append(f"{where}: x-scankit-case-insensitive must be `true` (omit it otherwise)")
                elif not (node.get("enum") and node.get("type", "string") == "string") and not flagged_enum(node):
                    problems.append(
                        f"{where}: x-scankit-case-insensitive belongs on a string enum schema (or a $ref/allOf to one)"
                    )
            for key, value in node.items():
                walk(value, f"{where}.{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{where}[{i}]")

    walk(spec.get("paths", {}), "paths")
    walk(schemas, "components.schemas")
    walk(spec.get("components", {}).get("parameters", {}), "components.parameters")
    return problems


WAITER_KEYS = frozenset(
    {
        "state",
        "success",
        "failure",
        "pending",
        "progress",
        "poll_interval",
        "initial_delay",
        "case_insensitive",
        "started_by",
        "inferred",
        "x-scankit-source",
        "x-scankit-inferred",
    }
)
# OpenAPI runtime expressions (the Link Object's syntax): where a started run's id is.
RUN_ID = re.compile(r"^\$(response\.body#(/[A-Za-z0-9_]+)+|request\.path\.[A-Za-z0-9_]+)$")


def resolve(spec: dict[str, Any], node: Any) -> dict[str, Any]:
    """Follow $refs (and a one-item allOf) to the schema itself."""
    for _ in range(20):
        if isinstance(node, dict) and "$ref" in node:
            target: Any = spec
            for part in str(node["$ref"]).removeprefix("#/").split("/"):
                target = target.get(part, {}) if isinstance(target, dict) else {}
            node = target
            continue
        if isinstance(node, dict) and len(node.get("allOf", [])) == 1 and "properties" not in node:
            node = node["allOf"][0]
            continue
        break
    return node if isinstance(node, dict) else {}


def schema_at(spec: dict[str, Any], root: dict[str, Any], dotted: str) -> dict[str, Any] | None:
    """The schema of a dotted property path below `root`, or None when a step does not exist."""
    node = resolve(spec, root)
    for part in dotted.split("."):
        # a nullable object is `anyOf: [$ref, null]`: look inside its alternatives
        choices = [node, *(resolve(spec, c) for c in node.get("anyOf", []) + node.get("oneOf", []))]
        found = next((c["properties"][part] for c in choices if part in (c.get("properties") or {})), None)
        if found is None:
            return None
        node = resolve(spec, found)
    return node


def waiter_problems(spec: dict[str, Any], method: str, op: dict[str, Any]) -> list[str]:
    """What is wrong with one operation's x-scankit-waiter (empty when nothing is)."""
    waiter = op["x-scankit-waiter"]
    if not isinstance(waiter, dict):
        return ["must be a mapping"]
    problems = [f"unknown key {key!r}" for key in sorted(set(waiter) - WAITER_KEYS)]
    if method.lower() != "get" or op.get("x-scankit-method") != "get":
        problems.append("belongs on the `get` operation of the resource that runs")
    if not waiter.get("x-scankit-source"):
        problems.append("x-scankit-source is missing (where the states and the interval come from)")
    folded = waiter.get("case_insensitive", False)
    if not isinstance(folded, bool):
        problems.append("case_insensitive must be true or false")
        folded = False
    groups: dict[str, list[str]] = {}
    for key in ("success", "failure", "pending"):
        values = waiter.get(key, [])
        if not isinstance(values, list) or not all(isinstance(v, str) and v for v in values):
            problems.append(f"{key} must be a list of state values")
            values = []
        groups[key] = values
    if not groups["pending"]:
        problems.append("pending must list the states of a run still going")
    if not groups["success"] and not groups["failure"]:
        problems.append("list the terminal states: success, failure or both")
    seen: dict[str, str] = {}
    for key, values in groups.items():
        for value in values:
            norm = normalize(value, folded)
            if norm in seen:
                problems.append(
                    f"{value!r} is in both {seen[norm]} and {key}" if seen[norm] != key else f"{value!r} twice in {key}"
                )
            seen[norm] = key
    for key in ("poll_interval", "initial_delay"):
        value = waiter.get(key)
        if key == "poll_interval" and value is None:
            problems.append("poll_interval (seconds) is required")
        elif value is not None and (isinstance(value, bool) or not isinstance(value, int | float) or value < 0):
            problems.append(f"{key} must be a number of seconds >= 0")
    if waiter.get("poll_interval") == 0:
        problems.append("poll_interval must be more than 0")
    inferred = waiter.get("inferred", [])
    if not isinstance(inferred, list) or not set(inferred) <= WAITER_KEYS:
        problems.append("inferred must list keys of this block")
    body = ((op.get("responses") or {}).get("200") or {}).get("content", {}).get("application/json", {}).get("schema")
    resource = resolve(spec, body)
    unwrap = op.get("x-scankit-unwrap")
    if unwrap:
        resource = schema_at(spec, resource, unwrap) or {}
    state = waiter.get("state")
    if not isinstance(state, str) or not state:
        problems.append("state (a dotted path in the resource) is required")
    else:
        found = schema_at(spec, resource, state)
        if found is None:
            problems.append(f"state {state!r} is not a property of the resource")
        elif found.get("enum"):
            documented = {normalize(str(v), folded) for v in found["enum"]}
            missing = sorted(v for v in found["enum"] if normalize(str(v), folded) not in seen)
            if missing:
                problems.append(f"documented states {missing} are in none of success, failure, pending")
            extra = sorted(v for v in seen if v not in documented)
            if extra:
                problems.append(f"{extra} are not values of {state} (its enum)")
    progress = waiter.get("progress")
    if progress is not None and (not isinstance(progress, str) or schema_at(spec, resource, progress) is None):
        problems.append(f"progress {progress!r} is not a property of the resource")
    started = waiter.get("started_by", {})
    if not isinstance(started, dict):
        problems.append("started_by must map operationIds to where the run's id is")
        started = {}
    op_ids = {
        o.get("operationId") for item in spec.get("paths", {}).values() for o in item.values() if isinstance(o, dict)
    }
    for op_id, where in started.items():
        if op_id not in op_ids:
            problems.append(f"started_by: no operation {op_id!r}")
        if not isinstance(where, str) or not RUN_ID.match(where):
            problems.append(f"started_by.{op_id}: {where!r} is not $response.body#/<path> or $request.path.<name>")
    return problems


INCREMENTAL_KEYS = frozenset(
    {
        "cursor",
        "fallback",
        "format",
        "granularity",
        "order",
        "id",
        "lookback_seconds",
        "filter",
        "client_side",
        "description",
        "inferred",
        "x-scankit-source",
    }
)
INCREMENTAL_FILTER_KEYS = frozenset(
    {"since_param", "until_param", "format", "timezone", "inclusive", "field", "params"}
)
INCREMENTAL_FORMATS = {"date-time", "unix_seconds", "unix_ms", "date"}
INCREMENTAL_GRANULARITY = {"millisecond", "second", "day"}


def incremental_problems(spec: dict[str, Any], op: dict[str, Any]) -> list[str]:
    """What is wrong with one list operation's x-scankit-incremental (specs/CONVENTIONS.md)."""
    block = op["x-scankit-incremental"]
    if not isinstance(block, dict):
        return ["must be a mapping"]
    problems = [f"unknown key {key!r}" for key in sorted(set(block) - INCREMENTAL_KEYS)]
    pag = op.get("x-scankit-pagination")
    if not isinstance(pag, dict):
        return [*problems, "belongs on a list operation (one with x-scankit-pagination)"]
    body = ((op.get("responses") or {}).get("200") or {}).get("content", {}).get("application/json", {}).get("schema")
    items = schema_at(spec, resolve(spec, body), str(pag.get("items", "")))
    item = resolve(spec, (items or {}).get("items"))
    if not item:
        return [*problems, f"the items at {pag.get('items')!r} are not an array of objects"]
    paths = [("cursor", block.get("cursor")), ("id", block.get("id"))]
    paths += [("fallback", f) for f in block.get("fallback") or []]
    for key, dotted in paths:
        if not isinstance(dotted, str) or not dotted:
            problems.append(f"{key} (a dotted path in each item) is required")
        elif schema_at(spec, item, dotted) is None:
            problems.append(f"{key} {dotted!r} is not a property of the items")
    if block.get("format") not in INCREMENTAL_FORMATS:
        problems.append(f"format must be one of {sorted(INCREMENTAL_FORMATS)}")
    if block.get("granularity") not in INCREMENTAL_GRANULARITY:
        problems.append(f"granularity must be one of {sorted(INCREMENTAL_GRANULARITY)}")
    if block.get("order") not in (None, "asc", "desc"):
        problems.append("order must be asc or desc (omit it when the order is not documented)")
    lookback = block.get("lookback_seconds")
    if isinstance(lookback, bool) or not isinstance(lookback, int) or lookback < 0:
        problems.append("lookback_seconds (an integer >= 0) is required")
    if not block.get("x-scankit-source"):
        problems.append("x-scankit-source is missing")
    flt = block.get("filter")
    if (flt is None) == (block.get("client_side") is not True):
        problems.append("give either filter (the vendor's parameters) or client_side: true, not both or neither")
    if flt is not None:
        if not isinstance(flt, dict):
            return [*problems, "filter must be a mapping"]
        problems += [f"filter: unknown key {key!r}" for key in sorted(set(flt) - INCREMENTAL_FILTER_KEYS)]
        query = {}
        for raw in op.get("parameters") or []:
            param = resolve(spec, raw)
            if param.get("in") == "query":
                query[param.get("name")] = resolve(spec, param.get("schema"))
        for key in ("since_param", "until_param"):
            name = flt.get(key)
            if (key == "since_param" or name is not None) and name not in query:
                problems.append(f"filter.{key} {name!r} is not a query parameter of the operation")
        fmt = flt.get("format")
        if fmt not in ("date-time", "unix_seconds", "unix_ms") and not (isinstance(fmt, str) and "%" in fmt):
            problems.append("filter.format must be date-time, unix_seconds, unix_ms or a strftime pattern")
        if flt.get("field") is not None and schema_at(spec, item, str(flt["field"])) is None:
            problems.append(f"filter.field {flt['field']!r} is not a property of the items")
        for name, value in (flt.get("params") or {}).items():
            if name not in query:
                problems.append(f"filter.params: {name!r} is not a query parameter of the operation")
            elif query[name].get("enum") and value not in query[name]["enum"]:
                problems.append(f"filter.params: {value!r} is not a value of {name}")
    for entry in block.get("inferred") or []:
        head, _, tail = str(entry).partition(".")
        section = block.get(head)
        if section is None or (tail and (not isinstance(section, dict) or tail not in section)):
            problems.append(f"inferred names {entry!r}, which the block does not have")
    return problems


def main() -> int:
    failed = False
    paths = [ROOT / "specs" / v / "openapi.yaml" for v in VENDORS]
    for vendor, path in zip(VENDORS, paths, strict=True):
        spec_dict, _ = read_from_filename(str(path))
        try:
            validate(spec_dict)
            print(f"openapi-spec-validator: {vendor}: OK")
        except Exception as exc:  # the validator raises its own hierarchy; report any of it
            print(f"openapi-spec-validator: {vendor}: {exc}")
            failed = True
        loaded = yaml.safe_load(path.read_text())
        problems = conventions(vendor, loaded) + webhook_conventions(loaded) + coverage_problems(loaded)
        for problem in problems:
            print(f"conventions: {vendor}: {problem}")
        failed |= bool(problems)
        if not problems:
            print(f"conventions: {vendor}: OK")
    redocly = ROOT / "node_modules" / ".bin" / "redocly"
    env = {**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"}
    proc = subprocess.run(
        [str(redocly), "lint", "--format", "summary", *map(str, paths)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    out = "\n".join(
        line
        for line in (proc.stdout + proc.stderr).splitlines()
        if "Node.js" not in line and "║" not in line and "╔" not in line and "╚" not in line
    )
    print(out.strip())
    if proc.returncode != 0:
        print("redocly lint: errors found")
        failed = True
    else:
        print("redocly lint: 0 errors")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
