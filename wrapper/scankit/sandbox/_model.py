"""The sandbox's reading of a spec: its operations, what each one does to the data, and its auth.

Nothing here names a vendor. An operation's *kind* comes from its shape in the spec:

- ``list``: it declares ``x-scankit-pagination``; its records are the items' schema (``Scan``);
- ``get`` / ``update`` / ``delete``: GET / PUT or PATCH / DELETE on a path ending in a parameter;
- ``create``: POST on a path that a list or nothing else answers (``POST /v1/scans``);
- ``action``: POST on ``/<records>/{id}/<verb>`` (``start``, ``stop``, ``rescan``);
- ``download``: a 2xx whose body is not JSON (a file);
- ``delete_many``: DELETE of a list path with a body of ids;
- ``sign_in``: named by the vendor's data file (it issues session tokens);
- ``static``: anything else, answered with the examples of its declared 2xx (as Prism would).

A vendor's ``sandbox.yaml`` may set an operation's kind and collection when the shape says too
little; ``docs/sandbox.md`` lists the keys.
"""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Mapping, Sequence
from typing import Any, Literal
from urllib.parse import urlsplit

import attrs

from ._specs import SpecError, SpecSource

__all__ = ["Auth", "Operation", "Scheme", "Spec", "parse_path", "shape", "snake_case"]

Kind = Literal["list", "get", "create", "update", "delete", "delete_many", "action", "download", "sign_in", "static"]
_METHODS = ("get", "put", "post", "delete", "patch")
_JSON = re.compile(r"^application/([\w.-]+\+)?json")


def shape(template: str) -> str:
    """``/scans/{scan_id}/hosts`` -> ``/scans/{}/hosts``: a path whatever its parameters are called."""
    return re.sub(r"\{\w+\}", "{}", template)


def snake_case(name: str) -> str:
    """``AccessToken`` -> ``access_token`` (as the facades name credential arguments)."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).replace("-", "_").lower()


@functools.lru_cache(maxsize=4096)
def parse_path(path: str | None) -> tuple[str | int, ...]:
    """``meta.pagination.totalPages`` -> its steps; ``data[-1].id`` -> ("data", -1, "id"); ``.`` -> ()."""
    if path is None or path in ("", "."):
        return ()
    steps: list[str | int] = []
    for part in path.split("."):
        name, *indexes = re.split(r"\[", part)
        if name:
            steps.append(name)
        for index in indexes:
            inner = index.rstrip("]")
            steps.append(int(inner) if inner.lstrip("-").isdigit() else "[]")
    return tuple(steps)


@attrs.frozen
class Scheme:
    """One security scheme: the header it travels in, the prefix, and the client argument it fills."""

    name: str
    header: str
    prefix: str
    arg: str


@attrs.frozen
class Auth:
    key: Scheme
    tokens: tuple[Scheme, ...]


@attrs.frozen
class Operation:
    id: str
    method: str
    template: str
    kind: Kind
    raw: Mapping[str, Any] = attrs.field(repr=False, eq=False)
    collection: str | None = None
    target: str | None = None  # an action's (or a nested list's) record: the collection of GET <path prefix>
    unwrap: tuple[str | int, ...] = ()
    status: int = 200  # the first declared 2xx
    media_type: str | None = None  # of the 2xx body (None: no body)
    body_schema: Mapping[str, Any] | None = attrs.field(default=None, repr=False, eq=False)
    request_schema: Mapping[str, Any] | None = attrs.field(default=None, repr=False, eq=False)
    statuses: frozenset[str] = frozenset()
    query: Mapping[str, Mapping[str, Any]] = attrs.field(factory=dict, repr=False, eq=False)
    path_params: tuple[str, ...] = ()
    parents: Mapping[str, str] = attrs.field(factory=dict, repr=False, eq=False)
    """Per path parameter, the records it names: what a GET of the path up to it serves."""
    security: tuple[tuple[str, ...], ...] = ()
    pagination: Mapping[str, Any] | None = attrs.field(default=None, repr=False, eq=False)
    waiter: Mapping[str, Any] | None = attrs.field(default=None, repr=False, eq=False)
    regex: re.Pattern[str] = attrs.field(init=False, eq=False, repr=False)

    @regex.default
    def _compile(self) -> re.Pattern[str]:
        pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(self.template))
        return re.compile(f"^{pattern}$")

    def declares(self, status: int) -> bool:
        """Whether the spec declares this status (exactly, by its class ``4XX``, or ``default``)."""
        return str(status) in self.statuses or f"{str(status)[0]}XX" in self.statuses or "default" in self.statuses


class Spec:
    """One vendor's spec, as the sandbox reads it (``$ref``s resolved on demand)."""

    def __init__(self, source: SpecSource) -> None:
        self.source = source
        self.slug = source.slug
        self.raw: Mapping[str, Any] = source.spec
        self.data: Mapping[str, Any] = source.data
        ext = self.raw.get("x-scankit") or {}
        if "vendor" not in ext:
            raise SpecError(f"{self.slug}/openapi.yaml: no x-scankit block at the root")
        self.name: str = ext["vendor"]
        self.class_name: str = ext.get("class_name") or re.sub(r"\W", "", self.name)
        self.env_key: str = ext["env_key"]
        self.rate_limit: Mapping[str, Any] | None = ext.get("rate_limit")
        self.errors: Mapping[str, Any] = ext.get("errors") or {}
        self.webhooks: Mapping[str, Any] | None = self.raw.get("x-scankit-webhooks")
        self.prefix = self._prefix()
        self.auth = self._auth()
        self.operations: list[Operation] = self._operations()
        self.by_id = {op.id: op for op in self.operations}

    # ------------------------------------------------------------------ schemas

    def resolve(self, node: Any) -> dict[str, Any]:
        """A schema with its ``$ref`` followed (and a lone ``allOf`` member merged in)."""
        seen = 0
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if not ref.startswith("#/"):
                raise SpecError(f"{self.slug}: only local $refs are supported, not {ref!r}")
            target: Any = self.raw
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
            seen += 1
            if seen > 64:
                raise SpecError(f"{self.slug}: a $ref loop at {ref}")
        if not isinstance(node, dict):
            return {}
        if "allOf" in node and len(node["allOf"]) == 1:
            merged = {k: v for k, v in node.items() if k != "allOf"}
            inner = self.resolve(node["allOf"][0])
            return {**inner, **merged}
        return node

    def ref_name(self, node: Any) -> str | None:
        """The component schema a property refers to: ``$ref``, or a lone ``allOf`` member's."""
        if not isinstance(node, dict):
            return None
        if "$ref" in node and node["$ref"].startswith("#/components/schemas/"):
            name: str = node["$ref"].rsplit("/", 1)[1]
            return name
        if "allOf" in node and len(node["allOf"]) == 1:
            return self.ref_name(node["allOf"][0])
        for key in ("anyOf", "oneOf"):  # a record or null: `anyOf: [{$ref: Scan}, {nullable: true, enum: [null]}]`
            refs = [self.ref_name(member) for member in node.get(key) or []]
            named = [r for r in refs if r is not None]
            if len(named) == 1:
                return named[0]
        return None

    def schema_at(self, schema: Any, path: Sequence[str | int]) -> Any:
        """The (unresolved) schema of the value at ``path`` in a value of ``schema``; None if unknown."""
        node: Any = schema
        for step in path:
            resolved = self.resolve(node)
            if isinstance(step, int) or step == "[]":
                node = resolved.get("items")
            else:
                node = (resolved.get("properties") or {}).get(step)
            if node is None:
                return None
        return node

    def component(self, name: str) -> dict[str, Any]:
        schemas = (self.raw.get("components") or {}).get("schemas") or {}
        if name not in schemas:
            raise SpecError(f"{self.slug}: no components.schemas.{name}")
        return self.resolve(schemas[name])

    # ------------------------------------------------------------------ servers and auth

    def _prefix(self) -> str:
        servers = self.raw.get("servers") or [{"url": "/"}]
        server = servers[0]
        url = str(server.get("url", "/"))
        for name, variable in (server.get("variables") or {}).items():
            url = url.replace("{" + name + "}", str(variable.get("default", "")))
        return urlsplit(url).path.rstrip("/")

    def _scheme(self, name: str) -> Scheme:
        schemes = (self.raw.get("components") or {}).get("securitySchemes") or {}
        scheme = self.resolve(schemes.get(name))
        if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
            return Scheme(name, scheme["name"], scheme.get("x-scankit-prefix", ""), snake_case(name))
        if scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
            return Scheme(name, "Authorization", "Bearer ", snake_case(name))
        raise SpecError(f"{self.slug}: security scheme {name!r}: only header API keys and bearer tokens are served")

    def _requirements(self, operation: Mapping[str, Any]) -> list[Mapping[str, Any]]:
        found: list[Mapping[str, Any]] = operation.get("security", self.raw.get("security", []))
        return found

    def _auth(self) -> Auth:
        """The key scheme (first of every requirement) and the others, as the facades see them."""
        requirements = [
            req
            for item in self.raw["paths"].values()
            for method, op in item.items()
            if method in _METHODS
            for req in self._requirements(op)
            if req
        ]
        if not requirements:
            raise SpecError(f"{self.slug}: no security requirement on any operation")
        key_names = {next(iter(req)) for req in requirements}
        if len(key_names) != 1:
            raise SpecError(f"{self.slug}: operations disagree on the API key scheme: {sorted(key_names)}")
        key = self._scheme(key_names.pop())
        tokens: list[Scheme] = []
        for req in requirements:
            for name in list(req)[1:]:
                if name not in [t.name for t in tokens]:
                    tokens.append(self._scheme(name))
        return Auth(key, tuple(tokens))

    # ------------------------------------------------------------------ operations

    def _success(self, operation: Mapping[str, Any]) -> tuple[int, str | None, Mapping[str, Any] | None]:
        responses = operation.get("responses") or {}
        codes = sorted(int(c) for c in responses if str(c).isdigit() and str(c).startswith("2"))
        if not codes:
            return 200, None, None
        response = self.resolve(responses[str(codes[0])] if str(codes[0]) in responses else responses[codes[0]])
        content = response.get("content") or {}
        if not content:
            return codes[0], None, None
        files = [
            m
            for m in content
            if not _JSON.match(m) or self.resolve((content[m] or {}).get("schema")).get("format") == "binary"
        ]
        media = files[0] if files else next((m for m in content if _JSON.match(m)), next(iter(content)))
        schema = (content[media] or {}).get("schema")
        return codes[0], media, schema

    def _operations(self) -> list[Operation]:
        overrides: Mapping[str, Any] = self.data.get("operations") or {}
        sign_in = (self.data.get("sign_in") or {}).get("operation")
        raw_ops: list[tuple[str, str, Mapping[str, Any]]] = []
        for template, item in self.raw["paths"].items():
            for method, op in item.items():
                if method in _METHODS:
                    raw_ops.append((method.upper(), template, op))
        gets = {template: op for method, template, op in raw_ops if method == "GET"}
        out: list[Operation] = []
        for method, template, op in raw_ops:
            op_id = op.get("operationId")
            if not op_id:
                raise SpecError(f"{self.slug}: {method} {template} has no operationId")
            status, media, schema = self._success(op)
            unwrap = tuple(str(s) for s in parse_path(op.get("x-scankit-unwrap")))
            params = [
                self.resolve(p)
                for p in [*(self.raw["paths"][template].get("parameters") or []), *(op.get("parameters") or [])]
            ]
            query = {p["name"]: p for p in params if p.get("in") == "query"}
            path_params = tuple(re.findall(r"\{(\w+)\}", template))
            body = ((self.resolve(op.get("requestBody")).get("content") or {}).get("application/json") or {}).get(
                "schema"
            )
            pagination = op.get("x-scankit-pagination")
            security = tuple(tuple(req) for req in self._requirements(op))
            kind, collection, target = self._classify(
                op_id, method, template, media, schema, unwrap, pagination, gets, body, sign_in
            )
            given = overrides.get(op_id) or {}
            kind = given.get("kind", kind)
            collection = given.get("collection", collection)
            out.append(
                Operation(
                    id=op_id,
                    method=method,
                    template=template,
                    kind=kind,
                    raw=op,
                    collection=collection,
                    target=given.get("target", target),
                    unwrap=unwrap,
                    status=status,
                    media_type=media,
                    body_schema=schema,
                    request_schema=body,
                    statuses=frozenset(str(c) for c in (op.get("responses") or {})),
                    query=query,
                    path_params=path_params,
                    parents=self._parents(template, path_params, gets),
                    security=security,
                    pagination=pagination,
                    waiter=op.get("x-scankit-waiter"),
                )
            )
        return out

    def collection_of(self, schema: Any, unwrap: Sequence[str | int]) -> str | None:
        node = self.schema_at(schema, unwrap) if unwrap else schema
        return self.ref_name(node)

    def list_item(self, schema: Any, pagination: Mapping[str, Any]) -> str | None:
        items = self.schema_at(schema, parse_path(pagination["items"])) if pagination["items"] != "." else schema
        return self.ref_name(self.resolve(items).get("items")) if items is not None else None

    def _classify(
        self,
        op_id: str,
        method: str,
        template: str,
        media: str | None,
        schema: Any,
        unwrap: Sequence[str | int],
        pagination: Mapping[str, Any] | None,
        gets: Mapping[str, Mapping[str, Any]],
        body: Any,
        sign_in: str | None,
    ) -> tuple[Kind, str | None, str | None]:
        ends_in_param = template.rstrip("/").endswith("}")
        parent = template.rsplit("/", 1)[0]
        target = self._get_collection(gets, parent) if not ends_in_param else None
        if op_id == sign_in:
            return "sign_in", None, None
        if media is not None and (not _JSON.match(media) or self.resolve(schema).get("format") == "binary"):
            return "download", None, None
        if pagination is not None:
            return "list", self.list_item(schema, pagination), target
        if method == "GET":
            if ends_in_param:
                return "get", self.collection_of(schema, unwrap), None
            return "static", None, None
        own = self._get_collection(gets, template)
        if method in ("PUT", "PATCH") and ends_in_param:
            return "update", own or self.collection_of(schema, unwrap), None
        if method == "DELETE":
            if ends_in_param:
                return "delete", own or self.collection_of(schema, unwrap), None
            if body is not None and own is not None:
                return "delete_many", own, None
            return "static", None, None
        if method == "POST":
            made = self.collection_of(schema, unwrap)
            if target is not None:
                return "action", made, target
            if made is not None and (own is None or own == made):
                return "create", made, None
        return "static", None, None

    def _parents(self, template: str, params: Sequence[str], gets: Mapping[str, Mapping[str, Any]]) -> dict[str, str]:
        """``/creatives/{creativeId}/variations/{variationCreativeId}``: creativeId names a Creative (GET
        ``/creatives/{creativeId}``), variationCreativeId an item of the list at ``.../variations``."""
        out: dict[str, str] = {}
        for name in params:
            prefix = template.split("{" + name + "}", 1)[0] + "{" + name + "}"
            found = self._get_collection(gets, prefix) or self._get_collection(gets, prefix.rsplit("/", 1)[0])
            if found is not None:
                out[name] = found
        return out

    def _get_collection(self, gets: Mapping[str, Mapping[str, Any]], template: str) -> str | None:
        """The records a GET of ``template`` serves: a single record (``/scans/{id}``) or a list's items.
        Path parameters match whatever each path calls them (``/scans/{scan_id}`` is ``/scans/{id}``)."""
        op = gets.get(template)
        if op is None:
            wanted = shape(template)
            op = next((found for path, found in gets.items() if shape(path) == wanted), None)
        if op is None:
            return None
        _, _, schema = self._success(op)
        pagination = op.get("x-scankit-pagination")
        if pagination is not None:
            return self.list_item(schema, pagination)
        return self.collection_of(schema, tuple(str(s) for s in parse_path(op.get("x-scankit-unwrap"))))

    def example(self, schema: Any) -> Any:
        """A schema's example, deep-copied (None when it has none)."""
        resolved = self.resolve(schema)
        return copy.deepcopy(resolved.get("example"))
