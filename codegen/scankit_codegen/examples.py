"""A runnable example for every operation of a vendor, from its spec alone (`scankit_codegen.docs` prints them).

Each example is a whole script: it builds the client from the environment, finds the ids it needs the
way a user would (list one, or create one when the call changes or removes it), makes the call and
prints what came back. tests/test_docs_examples.py runs every one against the sandbox, so an example
on the page is code that works. Nothing here knows a vendor: the ids come from

- the path: `/v1/targets/{id}` is a Target (what `GET` there returns), found by a list whose items are
  Targets, or made by the `POST` that returns one;
- a waiter's `started_by`: the call that starts a run gives its id (Advalidation's scans come from
  `creatives.rescan`);
- a field named after the collection: `/v1/results/{id}` takes a `result_id`, which a Scan's
  `results` carry;

and a body is the request body's `example` (or its schema's, or the properties' own examples), with
fields naming another resource's id (`target_ids`) filled from that resource, and credentials read
from the environment.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from openapi_python_client.strings import ClassName, PythonIdentifier

from scankit_codegen.model import Operation, VendorSpec
from scankit_codegen.openapi import SCHEMA_REF, ref_name, resolve, schema_at, success_body

MUTATING = ("POST", "PUT", "PATCH", "DELETE")
CREDENTIALS = re.compile(r"password|secret|token", re.I)  # never a literal in an example
SHOWN = ("state", "status", "processingStatus", "message", "name", "label", "target", "type")  # first found is printed
MAX_DEPTH = 4
STOPS = re.compile(r"^(stop|cancel|abort)")
WIDTH = 88  # what a docs page shows without scrolling (tests/test_docs_site.py)
IDS = re.compile(r"(?:^|_)ids?$|(?<=[a-z])Ids?$")  # `ids`, `target_id`, `creativeIds`


FIELD_PREFIX = "field_"  # openapi-python-client's default, which our codegen.yaml files keep


def python_name(name: str) -> str:
    """The attribute or argument name the generator gives a JSON property or parameter."""
    return str(PythonIdentifier(name, FIELD_PREFIX))


def model_class(name: str) -> str:
    return str(ClassName(name, FIELD_PREFIX))


def snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def singular(word: str) -> str:
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word


class Example:
    """The lines of one operation's example, and the variables its setup has made so far."""

    def __init__(self, vendor: VendorSpec) -> None:
        self.vendor = vendor
        self.spec = vendor.document
        self.ops = vendor.operations
        self.by_id = {e.operation_id: e for e in self.ops}
        self.lines: list[str] = []
        self.made: dict[str, str] = {}  # model name -> variable holding one
        self.pending: set[str] = set()  # models being found (a list of Creatives that needs a Creative)
        self.env: list[str] = []

    # -- what an operation is ------------------------------------------------------------------

    def call(self, entry: Operation) -> str:
        return f"client.{entry.call}"

    def answer(self, entry: Operation) -> tuple[str, str | None]:
        """("list", item model), ("one", model), ("file", None) or ("none", None)."""
        _, body = success_body(self.spec, entry.raw)
        if body is None:
            return "none", None
        if entry.pagination:
            items = schema_at(self.spec, body, entry.pagination.items) or {}
            return "list", ref_name(items.get("items"))
        schema = schema_at(self.spec, body, entry.unwrap) if entry.unwrap else body
        name = ref_name(schema) or ref_name((schema or {}).get("allOf", [None])[0])
        resolved = resolve(self.spec, schema) or {}
        if resolved.get("format") == "binary":
            return "file", None
        return "one", name

    def path_params(self, entry: Operation) -> list[Mapping[str, Any]]:
        return [p for p in entry.parameters if p["in"] == "path"]

    def model(self, name: str) -> dict[str, Any]:
        schema = resolve(self.spec, {"$ref": SCHEMA_REF + name})
        props = dict(schema.get("properties") or {})
        for member in schema.get("allOf", []):
            props.update(resolve(self.spec, member).get("properties") or {})
        return props

    # -- finding a resource --------------------------------------------------------------------

    def resource_of(self, entry: Operation, param: str) -> str | None:
        """The model a path parameter names: what GET on the path up to `{param}` returns."""
        prefix = entry.path.split(f"{{{param}}}", 1)[0] + f"{{{param}}}"
        for e in self.ops:
            if e.path == prefix and e.method == "GET":
                kind, name = self.answer(e)
                return name if kind == "one" else None
        return None

    def obtain(self, model: str, *, change: bool, depth: int) -> str | None:
        """A variable holding one `model`: listed (or, for a call that changes it, created) first."""
        if model in self.made:
            return self.made[model]
        if depth > MAX_DEPTH or model in self.pending:
            return None
        lists = [e for e in self.ops if self.answer(e) == ("list", model)]
        creates = [
            e for e in self.ops if e.method == "POST" and self.answer(e) == ("one", model) and not self.path_params(e)
        ]
        starters = [self.by_id[op_id] for op_id in self.started_by(model) if op_id in self.by_id]
        lists.sort(key=lambda e: len(self.path_params(e)))  # the fewest ids to find first
        for e in (*creates, *lists, *starters) if change else (*lists, *creates, *starters):
            self.pending.add(model)
            try:
                args = self.arguments(e, depth + 1)
            finally:
                self.pending.discard(model)
            if args is None:
                continue
            name = snake(model_class(model))
            kind, _ = self.answer(e)
            if kind == "list":
                self.lines.append(f"{name} = next(iter({self.call(e)}({', '.join([*args, 'max_items=1'])})))")
            else:
                self.lines.append(f"{name} = {self.call(e)}({', '.join(args)})")
            self.made[model] = name
            return name
        return None

    def starter_of(self, entry: Operation) -> Operation | None:
        """For a call that stops a run (`scans.stop(id)`), the call that starts one on the same id:
        a waiter's `started_by` naming `$request.path.<param>`."""
        if not STOPS.search(entry.verb):
            return None
        params = [p["name"] for p in self.path_params(entry)]
        for e in self.ops:
            for s in e.waiter.started_by if e.waiter else ():
                starter = self.by_id.get(s.operation_id)
                if starter and s.path_param in params:
                    return starter
        return None

    def started_by(self, model: str) -> list[str]:
        """Operations a waiter on a get of `model` names as starting a run of it."""
        out = []
        for e in self.ops:
            if e.waiter and self.answer(e) == ("one", model):
                out += [s.operation_id for s in e.waiter.started_by if s.body_path is not None]
        return out

    def id_of(self, model: str, param: str, *, change: bool, depth: int) -> str | None:
        holder = self.obtain(model, change=change, depth=depth)
        if holder is None:
            return None
        props = self.model(model)
        field = param if param in props else "id"
        return f"{holder}.{python_name(field)}"

    def nested_id(self, entry: Operation, param: str, depth: int) -> str | None:
        """`/results/{id}`: a `result_id` inside a list of some listed model (a Scan's `results`)."""
        collection = entry.path.split(f"/{{{param}}}", 1)[0].rsplit("/", 1)[-1]
        wanted = f"{singular(collection)}_id"
        for e in self.ops:
            kind, parent = self.answer(e)
            if kind != "list" or parent is None or self.path_params(e):
                continue
            for prop, schema in self.model(parent).items():
                items = resolve(self.spec, resolve(self.spec, schema).get("items"))
                if wanted in (items or {}).get("properties", {}):
                    var = snake(model_class(parent))
                    attr = python_name(prop)
                    self.lines.append(f"{var} = next(x for x in {self.call(e)}() if x.{attr})")
                    return f"{var}.{attr}[0].{wanted}"
        return None

    # -- the arguments of a call ---------------------------------------------------------------

    def arguments(self, entry: Operation, depth: int = 0) -> list[str] | None:
        """The call's arguments as source text (ids found first), or None when one cannot be had."""
        change = entry.method in MUTATING
        args = []
        for p in self.path_params(entry):
            model = self.resource_of(entry, p["name"])
            value = self.id_of(model, p["name"], change=change, depth=depth) if model else None
            if value is None:
                value = self.nested_id(entry, p["name"], depth)
            if value is None:
                return None
            args.append(value)
        if "requestBody" in entry.raw:
            body = self.body(entry, depth)
            if body is None:
                return None
            args.append(f"body={body}")
        return args

    def body(self, entry: Operation, depth: int) -> str | None:
        request = resolve(self.spec, entry.raw["requestBody"])
        media = (request.get("content") or {}).get("application/json")
        if media is None:
            return None
        schema = resolve(self.spec, media.get("schema")) or {}
        props = self.model(ref_name(media.get("schema")) or "") if ref_name(media.get("schema")) else {}
        props = props or dict(schema.get("properties") or {})
        required = set(schema.get("required") or [])
        example = media.get("example", schema.get("example"))
        if not isinstance(example, dict):
            example = {}
            for prop, pschema in props.items():
                resolved = resolve(self.spec, pschema)
                value = pschema.get("example", resolved.get("example"))
                if value is None and resolved.get("enum"):
                    value = resolved["enum"][0]
                if value is not None or prop in required or CREDENTIALS.search(prop) or IDS.search(prop):
                    example[prop] = value
        fields = []
        secrets = any(CREDENTIALS.search(k) for k in example)
        for prop, value in example.items():
            text = self.reference(entry, prop, value, depth)
            if (text is None and CREDENTIALS.search(prop)) or (secrets and prop in required):
                var = f"{self.vendor.meta.env_stem}_{snake(prop).upper()}"
                self.env.append(var)
                text = f'os.environ["{var}"]'
            if text is None:
                if IDS.search(prop) or value is None:
                    if prop in required:
                        return None
                    continue  # an id of something this API cannot list: leave it out
                text = repr(value)
            fields.append(f'"{prop}": {text}')
        return "{" + ", ".join(fields) + "}"

    def reference(self, entry: Operation, prop: str, value: Any, depth: int) -> str | None:
        """`target_ids` -> `[target.id]` when targets can be listed (or created) here; a bare `ids`
        names the call's own resource (a bulk delete), which is created first."""
        m = IDS.search(prop)
        if not m:
            return None
        own = not prop[: m.start()]
        wanted = singular(entry.tag) if own else prop[: m.start()].lower()
        many = prop.lower().endswith("ids")
        for e in self.ops:
            kind, model = self.answer(e)
            if kind == "list" and model and singular(e.tag) == wanted and not self.path_params(e):
                holder = self.obtain(model, change=own, depth=depth + 1)
                if holder:
                    value_text = f"{holder}.id"
                    if resolve(self.spec, self.model(model).get("id")).get("format") == "uuid":
                        value_text = f"str({value_text})"  # a dict body is JSON-shaped: the UUID as a string
                    return f"[{value_text}]" if many else value_text
        # no list of them here: one a listed resource points at (a scan's `attributes.target`)
        for e in self.ops:
            kind, model = self.answer(e)
            if kind != "list" or model is None or self.path_params(e):
                continue
            path = self.field_path(model, wanted)
            if path and "id" in self.model_props(path[-1]):
                holder = f"existing_{snake(model_class(model))}"
                if holder not in self.made.values():
                    self.lines.append(f"{holder} = next(iter({self.call(e)}(max_items=1)))")
                    self.made[f"existing {model}"] = holder
                attrs = ".".join(python_name(name) for name, _ in path)
                value_text = f"{holder}.{attrs}.id"
                if resolve(self.spec, self.model_props(path[-1])["id"]).get("format") == "uuid":
                    value_text = f"str({value_text})"  # a dict body is JSON-shaped: the UUID as a string
                return f"[{value_text}]" if many else value_text
        return None

    def field_path(self, model: str, wanted: str) -> list[tuple[str, Any]] | None:
        """`target` in Scan -> [("attributes", ...), ("target", ...)]: an object field, up to one level down."""
        for prop, schema in self.model(model).items():
            if prop == wanted:
                return [(prop, schema)]
            for inner, ischema in self.model_props((prop, schema)).items():
                if inner == wanted:
                    return [(prop, schema), (inner, ischema)]
        return None

    def model_props(self, field: tuple[str, Any]) -> dict[str, Any]:
        schema = resolve(self.spec, field[1]) or {}
        for key in ("allOf", "anyOf", "oneOf"):
            for member in schema.get(key, []):
                if (resolve(self.spec, member) or {}).get("properties"):
                    return dict(resolve(self.spec, member)["properties"])
        return dict(schema.get("properties") or {})

    # -- what to print -------------------------------------------------------------------------

    def shown(self, var: str, model: str | None) -> str:
        if model is None:
            return var
        props = self.model(model)
        if any(CREDENTIALS.search(p) for p in props):
            return f"type({var}).__name__"  # never print a credential
        out = [f"{var}.id"] if "id" in props else []
        required = self.required(model)
        fields = {name: (python_name(name), name in required) for name in props}
        for prop, schema in props.items():  # one level down too (JSON:API `attributes`)
            inner = self.model_props((prop, schema))
            inner_required = set((resolve(self.spec, schema) or {}).get("required") or [])
            for name in inner:
                fields.setdefault(
                    name,
                    (f"{python_name(prop)}.{python_name(name)}", prop in required and name in inner_required),
                )
        # a field that is always there first: an optional one may print None
        for must in (True, False):
            path = next((fields[n][0] for n in SHOWN if n in fields and (fields[n][1] or not must)), None)
            if path:
                out.append(f"{var}.{path}")
                break
        return ", ".join(out) or var

    def required(self, model: str) -> set[str]:
        schema = resolve(self.spec, {"$ref": f"#/components/schemas/{model}"})
        out = set(schema.get("required") or [])
        for member in schema.get("allOf", []):
            out |= set(resolve(self.spec, member).get("required") or [])
        return out


def example(vendor: VendorSpec, entry: Operation) -> str | None:
    """The example script of one operation, or None when the spec does not say where its ids come from."""
    ex = Example(vendor)
    args = ex.arguments(entry)
    if args is None:
        return None
    kind, model = ex.answer(entry)
    call = f"{ex.call(entry)}({', '.join(args)})"
    starter = ex.starter_of(entry)
    if starter:
        ex.lines.append(f"{ex.call(starter)}({', '.join(args)})  # a run must be going to {entry.verb} it")
    if kind == "list":
        verb = ex.call(entry).rsplit(".", 1)[1]
        noun = verb.removeprefix("list_") if verb.startswith("list_") and verb.endswith("s") else None
        var = singular(noun) if noun else snake(model_class(model)) if model else "item"
        var = "item" if var in ex.made.values() else var
        ex.lines += [
            f"for {var} in {call[:-1]}{', ' if args else ''}max_items=5):",
            f"    print({ex.shown(var, model)})",
        ]
    elif kind == "one":
        var = "result" if not model or model.endswith("Result") else snake(model_class(model))
        ex.lines += [f"{var} = {call}", f"print({ex.shown(var, model)})"]
    elif kind == "file":
        ex.lines += [f"file = {call}", "print(file.mime_type, len(file.payload.read()), 'bytes')"]
    else:
        ex.lines += [call, f"print({'done'!r})"]
    cls = vendor.meta.class_name
    head = ["import os", ""] if ex.env else []
    return formatted("\n".join([*head, "import scankit", "", f"client = scankit.{cls}()", *ex.lines]) + "\n")


def formatted(code: str) -> str:
    """The house style at the width a page shows (ruff, as for the generated code)."""
    ruff = str(Path(sys.executable).parent / "ruff")
    proc = subprocess.run(
        [ruff, "format", "--isolated", "--line-length", str(WIDTH), "-"],
        input=code,
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode:
        raise ValueError(f"ruff could not format an example: {proc.stderr}\n{code}")
    return proc.stdout
