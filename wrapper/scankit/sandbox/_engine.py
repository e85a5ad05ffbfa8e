"""One vendor's API served from its spec: :class:`VendorApp`, an ASGI app mounted under ``/<slug>``.

A request goes: added latency -> route (the spec's paths) -> rate limit (the declared budgets; their
headers on every answer) -> injected faults -> auth (the spec's security schemes) -> query checks
-> the handler for the operation's kind (``_model.py``) -> corruptions of the body (``malformed``,
``unknown-enum``). The records come from ``_data.py``, lists page as ``_paging.py`` says and are
filtered as ``_filters.py`` says, runs move on as ``_runs.py`` says, and the vendor's
``sandbox.yaml`` fills in what a spec cannot say (filters, realistic values, messages).
Where even that cannot say it, a short hook module does (``hooks/``, listed in docs/sandbox.md).
"""

from __future__ import annotations

import asyncio
import copy
import importlib
import json
import random
import re
import time
from collections.abc import Callable, Mapping, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any

from jsonschema import Draft4Validator
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.types import Receive, Scope, Send

from ._base import Call, Invalid, Missing, drop, dumps, html_page, json_response, replace_enums
from ._data import ABSENT, Collection, Context, Generator, dig, iso, matches, put
from ._faults import FAULT_HEADER, FaultError, FaultPlan, Faults, parse_fault_header
from ._files import padded, report
from ._filters import Queries, flag
from ._incremental import Declared, declarations, keep_in_order, stamp_changed, stamp_new
from ._model import Operation, Spec, parse_path, shape
from ._paging import BadPage, position_param, serve_page
from ._ratelimit import Limiter, Verdict, format_time, seconds
from ._runs import Runner, Runs
from ._specs import SpecError

if TYPE_CHECKING:
    from ._webhooks import WebhookHub

__all__ = ["VendorApp"]

_MESSAGES = {
    "unauthorized": "Unauthorized",
    "not_found": "No {resource} with id {id}",
    "no_route": "Not Found",
    "method_not_allowed": "Method Not Allowed",
    "too_many": "Too Many Requests",
    "server_error": "Internal Server Error",
    "unavailable": "Service Unavailable",
    "not_ready": "The {resource} {id} is not ready yet",
    "run_failed": "The {resource} {id} failed",
}


class VendorApp:
    """A vendor's sandbox: its records, its routes, and the request pipeline, all from its spec."""

    webhook_hub: WebhookHub | None = None
    """Where the vendor's events go as signed webhooks (set by ``build_app``; see ``_webhooks``)."""

    def __init__(
        self,
        spec: Spec,
        *,
        seed: int = 0,
        faults: Faults | None = None,
        rate_limits: bool = True,
        clock: Callable[[], float] = time.time,
        runs: Runs | None = None,
        counts: Mapping[str, int] | None = None,
    ) -> None:
        self.spec = spec
        self.slug = spec.slug
        self.data: Mapping[str, Any] = spec.data
        self.seed = seed
        self.faults = faults or Faults()
        self.clock = clock
        self.runs = runs or Runs()
        self.prefix = spec.prefix
        self.api_key = f"sandbox-{self.slug}-key"
        self.rng = random.Random(f"scankit-sandbox:{seed}:{self.slug}")
        self._fault_rng = random.Random(f"scankit-sandbox:{seed}:{self.slug}:faults")
        self.limiter = Limiter(spec.rate_limit, clock) if rate_limits and spec.rate_limit else None
        self.options: Mapping[str, Mapping[str, Any]] = self.data.get("operations") or {}
        self.messages = {**_MESSAGES, **(self.data.get("messages") or {})}
        self.unknown: Mapping[str, str] = self.data.get("unknown") or {}
        self.validation_status = int(self.data.get("validation_status", 400))
        self.hooks: ModuleType | None = importlib.import_module(self.data["hooks"]) if self.data.get("hooks") else None
        self.result_size: int | None = None
        """Pad every downloaded file to this many bytes, streamed (``make bench`` downloads 1 GiB)."""
        self.routes: list[Operation] = sorted(  # the most literal first: `/reports/{id}.pdf` before `/reports/{id}`
            spec.operations,
            key=lambda op: (
                op.template.count("{"),
                -len(op.template.split("/")),
                -len(re.sub(r"\{\w+\}", "", op.template)),
                op.template,
            ),
        )
        served = [op.collection for op in spec.operations if op.collection and op.kind in ("list", "get")]
        self.gen = Generator(spec, self.rng, counts=_counts_for(self.slug, counts))
        self.store = self.gen.build(list(dict.fromkeys(served)))
        for op in spec.operations:  # what only a create makes (a report to download) starts empty
            if op.kind == "create" and op.collection and op.collection not in self.store.collections:
                self.gen.empty(op.collection)
        self.credentials = self._credentials()
        self.sessions: dict[str, set[str]] = {}
        self.runner = Runner(self)
        self.queries = Queries(self)
        self.incremental: dict[str, Declared] = declarations(spec, self.routes)
        """The lists that declare incremental reads (``x-scankit-incremental``), by operationId."""
        self._types = self._jsonapi_types()
        self._skeletons: dict[str, Any] = {}
        self._quiet = False

    # ------------------------------------------------------------------ public helpers

    def records(self, collection: str) -> list[dict[str, Any]]:
        """The records of a collection (``Scan``), in the order lists serve them."""
        return self.store[collection].records

    def hidden(self, record: Mapping[str, Any]) -> dict[str, Any]:
        """A record's hidden fields (what filters see but answers do not show)."""
        owner = self.store.owner(record)
        return owner.hidden_of(record) if owner is not None else {}

    def declared_for(self, collection: Collection) -> list[Declared]:
        """The incremental declarations of the lists serving this collection's records."""
        return [d for d in self.incremental.values() if d.collection == collection.name]

    def running(self, record: Mapping[str, Any]) -> bool:
        """Whether a run started here is still going on for this record."""
        return self.runner.running(record)

    def _credentials(self) -> dict[str, str]:
        """Fixed values for the token schemes (the key is ``sandbox-<slug>-key``); sign-in tokens are issued."""
        given = self.data.get("credentials") or {}
        issued = (self.data.get("sign_in") or {}).get("scheme")
        out = {}
        for scheme in self.spec.auth.tokens:
            if scheme.name == issued:
                continue
            out[scheme.arg] = str(given.get(scheme.arg, f"sandbox-{self.slug}-{scheme.arg.replace('_', '-')}"))
        return out

    # ------------------------------------------------------------------ the pipeline

    def match(self, method: str, path: str) -> tuple[Operation | None, dict[str, str], bool]:
        """The operation for a request, its path parameters, and whether the path exists for another method."""
        path_known = False
        for op in self.routes:
            found = op.regex.match(path)
            if found is None:
                continue
            path_known = True
            if op.method == method:
                return op, found.groupdict(), True
        return None, {}, path_known

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":  # pragma: no cover - Starlette sends lifespan to the top app only
            return
        request = Request(scope, receive)
        response = await self.respond(request)
        if response is not None:
            await response(scope, receive, send)

    async def respond(self, request: Request) -> Response | None:
        """The whole pipeline for one request; None when the connection was dropped."""
        if self.faults.latency > 0:
            await asyncio.sleep(self.faults.latency)
        method = request.method.upper()
        root = request.scope.get("root_path", "")
        path = request.scope["path"]
        path = path[len(root) :] if root and path.startswith(root) else path
        op, params, path_known = self.match(method, path[len(self.prefix) :] if self.prefix else path)
        if self.prefix and not path.startswith(self.prefix):
            op, params, path_known = None, {}, False

        extra: dict[str, str] = {}
        if self.limiter is not None:
            template = op.template if op else path
            client = request.client.host if request.client else "unknown"
            verdict = self.limiter.hit(method, template, client, op.id if op else None)
            extra = self.rate_headers(verdict, op, method, template, client)
            if not verdict.allowed:
                return _with(self.too_many(request, op, verdict), extra)

        try:
            plan = self._plan(request)
        except FaultError as exc:
            return Response(f"scankit sandbox: {exc}\n", status_code=400, media_type="text/plain")
        if plan.slow > 0:
            await asyncio.sleep(plan.slow)
        if plan.terminal is not None:
            answer = await self._terminal(plan.terminal, request, op)
            return None if answer is None else _with(answer, extra)

        if op is None:
            key = "method_not_allowed" if path_known else "no_route"
            status = 405 if path_known else 404
            return _with(self.error(status, self.messages[key], request=request), extra)
        if not self.authenticate(request, op):
            return _with(self.error(401, self._message("unauthorized"), request=request, op=op), extra)
        call = Call(request, params, op)
        try:
            self.queries.check(call)
            response = await getattr(self, f"_{op.kind}")(call)
        except Invalid as exc:
            status = exc.status or self.refusal_status(op)
            response = self.error(status, exc.message, request=request, field=exc.field, op=op)
        except Missing as exc:
            response = self.error(404, exc.message, request=request, op=op)
        if 200 <= response.status_code < 300 and (plan.unknown_enum or plan.malformed):
            response = self._corrupt(response, plan)
        return _with(response, extra)

    def refusal_status(self, op: Operation) -> int:
        """The status a refused request gets: the vendor's validation status, else one its spec declares."""
        for status in (self.validation_status, 400, 422):
            if op.declares(status):
                return status
        declared = sorted(int(s) for s in op.statuses if str(s).isdigit() and str(s).startswith("4"))
        return declared[0] if declared else self.validation_status

    def _plan(self, request: Request) -> FaultPlan:
        plan = self.faults.draw(self._fault_rng) if self.faults.rates else FaultPlan()
        header = request.headers.get(FAULT_HEADER)
        if header:
            plan = plan.merge(parse_fault_header(header))
        return plan

    async def _terminal(self, kind: str, request: Request, op: Operation | None) -> Response | None:
        wait = self.faults.retry_after
        if kind == "drop":
            await drop(request)
            return None
        if kind == "429":
            now = self.clock()
            limit = self.limiter.limit if self.limiter is not None else _declared_limit(self.spec.rate_limit)
            return self.too_many(request, op, Verdict(False, limit, 0, now + wait, wait))
        if kind in {"500", "503"}:
            text = self.messages["server_error" if kind == "500" else "unavailable"]
            response = self.error(int(kind), text, request=request, op=op)
            if kind == "503":
                response.headers["Retry-After"] = seconds(wait)
            return response
        if kind == "520":
            return html_page(
                520, "520: Web server is returning an unknown error", "The origin sent an empty or unexpected response."
            )
        page = (self.data.get("faults") or {}).get("html")
        if page:
            return Response(page["body"], status_code=int(page.get("status", 502)), media_type="text/html")
        return html_page(502, "502 Bad Gateway", "The upstream server sent an invalid response.")

    def _corrupt(self, response: Response, plan: FaultPlan) -> Response:
        if not response.media_type or "json" not in response.media_type:
            return response
        body = bytes(response.body)
        if plan.unknown_enum:
            data = json.loads(body)
            replace_enums(data, self.unknown_values())
            body = dumps(data)
        if plan.malformed:
            body = body[: max(1, len(body) // 2)]
        headers = {k: v for k, v in response.headers.items() if k.lower() not in {"content-length", "content-type"}}
        return Response(body, status_code=response.status_code, headers=headers, media_type=response.media_type)

    def unknown_values(self) -> dict[str, str]:
        """For each enum property of the spec's schemas, a value no spec lists (``unknown-enum``)."""
        out: dict[str, str] = {}
        for schema in ((self.spec.raw.get("components") or {}).get("schemas") or {}).values():
            for prop, sub in (self.spec.resolve(schema).get("properties") or {}).items():
                resolved = self.spec.resolve(sub)
                if resolved.get("enum") and resolved.get("type", "string") == "string":
                    out.setdefault(prop, f"unlisted_{prop}")
        out.update(self.unknown)
        return out

    # ------------------------------------------------------------------ auth, errors, limits

    def authenticate(self, request: Request, op: Operation) -> bool:
        """Whether the request satisfies one of the operation's security requirements."""
        if not op.security:
            return True
        return any(all(self._holds(request, name) for name in requirement) for requirement in op.security)

    def _holds(self, request: Request, scheme_name: str) -> bool:
        auth = self.spec.auth
        scheme = auth.key if auth.key.name == scheme_name else next(t for t in auth.tokens if t.name == scheme_name)
        if scheme is auth.key:
            accepted = {self.api_key}
            names = [scheme.header, *(self.data.get("key_headers") or [])]
        else:
            accepted = set(self.sessions.get(scheme.name, set()))
            if scheme.arg in self.credentials:
                accepted.add(self.credentials[scheme.arg])
            names = [scheme.header]
        for name in names:
            for value in request.headers.getlist(name):
                prefix = scheme.prefix if name == scheme.header else ""
                if value.startswith(prefix) and value[len(prefix) :] in accepted:
                    return True
        return False

    def _message(self, key: str, **values: Any) -> str:
        template = str(self.messages.get(key, key))
        header = self.spec.auth.key.header
        return template.replace("{header}", header).format_map(_Lenient(values))

    def error(
        self,
        status: int,
        message: str,
        *,
        request: Request,
        field: str | None = None,
        op: Operation | None = None,
        code: str | None = None,
    ) -> Response:
        """The vendor's own error body for ``status`` (sandbox.yaml ``errors``, else ``x-scankit.errors``)."""
        given = self.data.get("errors") or {}
        bodies = given.get("bodies") or {}
        template = bodies.get(status, bodies.get(str(status), given.get("body")))
        values = {
            "status": status,
            "message": message,
            "field": field,
            "fields": [field] if field else [],
            "code": code
            or (given.get("codes") or {}).get(status, (given.get("codes") or {}).get(str(status), "error")),
            "path": self._path_of(request),
        }
        if template is not None:
            ctx = Context(self.gen, values, {})
            body = self.gen.eval(template, ctx)
        else:
            body = self._generic_error(status, message)
        return json_response(body, status)

    def _generic_error(self, status: int, message: str) -> Any:
        body: dict[str, Any] = {}
        errors = self.spec.errors
        message_path = errors.get("message")
        details = errors.get("details")
        if message_path:
            put(body, parse_path(message_path[0] if isinstance(message_path, list) else message_path), message)
        if details:
            detail: Any = {errors["detail_message"]: message} if errors.get("detail_message") else message
            put(body, parse_path(details[0] if isinstance(details, list) else details), [detail])
        if not body:
            body = {"message": message}
        return body

    def _path_of(self, request: Request) -> str:
        root = request.scope.get("root_path", "")
        path: str = request.scope["path"]
        return path[len(root) :] if root and path.startswith(root) else path

    def rate_headers(
        self, verdict: Verdict, op: Operation | None, method: str, template: str, client: str
    ) -> dict[str, str]:
        """The declared rate-limit headers: top-level ones for the tightest budget, each budget's own."""
        assert self.limiter is not None
        now = self.clock()
        headers = _limit_headers(self.limiter.headers, verdict, now)
        if len(self.limiter.budgets) > 1 or self.limiter.budgets[0].headers:
            for seen in self.limiter.verdicts(method, template, client, op.id if op else None):
                if seen.budget is not None and seen.budget.headers:
                    headers.update(_limit_headers(seen.budget.headers, seen, now))
        for name, value in ((self.data.get("rate_limit") or {}).get("headers") or {}).items():
            headers[name] = str(value).replace("{template}", op.template if op else "/")
        return headers

    def too_many(self, request: Request, op: Operation | None, verdict: Verdict) -> Response:
        """The vendor's 429, with its retry header (a trusted one carries the real wait)."""
        spec = self.spec.rate_limit or {}
        names = spec.get("headers") or {}
        header = names.get("retry_after") or "Retry-After"
        response = self.error(429, self.messages["too_many"], request=request, op=op)
        fixed = (self.data.get("rate_limit") or {}).get("retry_after")
        if fixed is not None:  # a vendor whose Retry-After is known to be wrong says so in sandbox.yaml
            response.headers[header] = str(fixed)
        else:
            fmt = names.get("retry_after_format", "delta_seconds")
            response.headers[header] = format_time(self.clock() + verdict.retry_after, self.clock(), fmt)
        return response

    # ------------------------------------------------------------------ lists

    def options_of(self, op: Operation) -> Mapping[str, Any]:
        return self.options.get(op.id) or {}

    def _scoped(self, call: Call, collection: Collection, records: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
        """A nested list (``/campaigns/{campaignId}/creatives``): each record its path names must exist
        (else a 404), and its records match them: ``scope`` names the field per parameter (a list: any
        of them; null: none, the parameter only names a parent)."""
        op = call.op
        scope: Mapping[str, Any] = self.options_of(op).get("scope") or {}
        out = list(records)
        for name in op.path_params:
            parent = self.store.get(op.parents.get(name, op.target))
            if parent is not None:
                self._belongs(call, name, parent, self._find(parent, call.params[name]))
            fields = _fields(scope.get(name, name))
            if fields:
                out = [r for r in out if self._carries(collection, r, fields, call.params[name])]
        return out

    def _carries(self, collection: Collection, record: Mapping[str, Any], fields: Sequence[str], wanted: str) -> bool:
        """Whether one of ``fields`` of the record (``hidden.`` ones too) is the path's ``wanted`` id."""
        get = self.queries.getter(collection, record)
        return any(str(_none(get(field))) == wanted for field in fields)

    def _belongs(self, call: Call, name: str, collection: Collection, record: dict[str, Any]) -> None:
        """A parent named in the path is one of the list it is an item of, as scoped by the parameters
        before it (``/creatives/7/variations/9``: 9 must be a variation of creative 7), else a 404."""
        prefix = call.op.template.split("{" + name + "}", 1)[0].rstrip("/")
        lister = next(
            (o for o in self.spec.operations if o.kind == "list" and shape(o.template) == shape(prefix)), None
        )
        if lister is None:
            return
        scope: Mapping[str, Any] = self.options_of(lister).get("scope") or {}
        for own, theirs in zip(call.op.path_params, lister.path_params, strict=False):
            fields = _fields(scope.get(theirs))
            if fields and not self._carries(collection, record, fields, call.params[own]):
                raise self._missing(collection, call.params[name])

    async def _list(self, call: Call) -> Response:
        op = call.op
        assert op.pagination is not None and op.collection is not None
        collection = self.store[op.collection]
        self.runner.tick(collection)
        records = self.queries.ordered(
            call,
            collection,
            self.queries.filtered(call, collection, self._scoped(call, collection, collection.records)),
        )
        opts = self.options_of(op)
        block = op.pagination
        query = dict(call.query.items())
        position = position_param(block, list(op.query), opts.get("position_param"))
        try:
            plan = serve_page(
                block,
                records,
                query,
                key_of=collection.key_of,
                url_for=lambda changes: self._url(call, changes, opts),
                page_size=opts.get("page_size"),
                position=position,
            )
        except BadPage as exc:
            if exc.strict or op.declares(self.validation_status) or op.declares(400):
                raise Invalid(exc.message, field=exc.field) from None
            plan = serve_page(
                block,
                records,
                {k: v for k, v in query.items() if k != exc.field},
                key_of=collection.key_of,
                url_for=lambda changes: self._url(call, changes, opts),
                page_size=opts.get("page_size"),
                position=position,
            )
        items = [self._shown(call, collection, r) for r in plan.items]
        page = {
            "records": records,
            "items": items,
            "total": plan.total,
            "size": plan.size,
            "page": plan.number,
            "path": self._path_of(call.request),
        }
        if block["items"] == ".":
            return json_response(items, op.status, plan.headers)
        body = self._skeleton(op)
        for key in ("next_cursor", "next_url", "next_link", "has_more", "current_page", "total_pages", "total_items"):
            if block.get(key):  # the page says these itself: never the schema's example
                put(body, parse_path(block[key]), ABSENT)
        self._containers(op, body, [parse_path(block["items"]), *plan.fields])
        put(body, parse_path(block["items"]), items)
        for path, value in plan.fields.items():
            put(body, path, value)
        self._extras(body, opts, page)
        self._include(op, body, items)
        return json_response(body, op.status, plan.headers)

    def _url(self, call: Call, changes: Mapping[str, Any], opts: Mapping[str, Any]) -> str:
        url = call.request.url.include_query_params(**{k: str(v) for k, v in changes.items()})
        if opts.get("relative_links"):
            return f"{url.path}?{url.query}" if url.query else url.path
        return str(url)

    def _skeleton(self, op: Operation) -> dict[str, Any]:
        if op.id not in self._skeletons:
            made = self.gen.default(op.body_schema, skeleton=True) if op.body_schema is not None else {}
            self._skeletons[op.id] = made if isinstance(made, dict) else {}
        out: dict[str, Any] = copy.deepcopy(self._skeletons[op.id])
        return out

    def _containers(self, op: Operation, body: dict[str, Any], paths: Sequence[tuple[str | int, ...]]) -> None:
        """The objects on the way to the fields a page sets, with their schemas' required fields."""
        for path in paths:
            for depth in range(1, len(path)):
                prefix = path[:depth]
                if dig(body, prefix) is ABSENT:
                    made = self.gen.default(self.spec.schema_at(op.body_schema, prefix) or {}, skeleton=True)
                    put(body, prefix, made if isinstance(made, dict) else {})

    def _extras(
        self, body: dict[str, Any], opts: Mapping[str, Any], values: Mapping[str, Any], owner: Collection | None = None
    ) -> None:
        """``body`` rules: they see the page's values, and the answer's record (its fields, ``hidden.``,
        ``$children``) when there is one."""
        extras = opts.get("body")
        if not extras:
            return
        record = values.get("record")
        if owner is not None and isinstance(record, dict):
            ctx = Context(self.gen, record, owner.hidden.get(id(record), {}), extra=values)
        else:
            ctx = Context(self.gen, dict(values), {})
        for path, rule in extras.items():
            put(body, parse_path(path), self.gen.eval(rule, ctx))

    def _include(self, op: Operation, body: dict[str, Any], items: Sequence[Any]) -> None:
        """JSON:API: the records the items' relationships name, in ``included`` (when the answer has one)."""
        if "included" not in (self.spec.resolve(op.body_schema).get("properties") or {}):
            return
        body["included"] = self.included(items)

    def included(self, items: Sequence[Any]) -> list[dict[str, Any]]:
        seen: dict[tuple[str, str], dict[str, Any]] = {}
        for item in items:
            relationships = item.get("relationships") if isinstance(item, dict) else None
            for rel in (relationships or {}).values():
                refs = rel.get("data") if isinstance(rel, dict) else None
                for ref in refs if isinstance(refs, list) else [refs]:
                    if not isinstance(ref, dict) or (ref.get("type"), ref.get("id")) in seen:
                        continue
                    owner = self._types.get(str(ref.get("type")))
                    found = owner.find(ref.get("id")) if owner is not None else None
                    if found is not None:
                        seen[(str(ref["type"]), str(ref["id"]))] = found
        return list(seen.values())

    def _jsonapi_types(self) -> dict[str, Collection]:
        """JSON:API ``type`` values -> the collection whose records carry it."""
        out: dict[str, Collection] = {}
        for collection in self.store.collections.values():
            types = {r.get("type") for r in collection.records[:50] if isinstance(r.get("type"), str)}
            if len(types) == 1 and "attributes" in (self.spec.component(collection.name).get("properties") or {}):
                out[str(types.pop())] = collection
        return out

    def _shown(self, call: Call, collection: Collection, record: dict[str, Any]) -> dict[str, Any]:
        """The record as this request sees it: hidden fields a parameter reveals are added to a copy."""
        reveal = self.options_of(call.op).get("reveal")
        if not reveal or flag(call.query.get(reveal["param"])) is not True:
            return record
        shown = copy.deepcopy(record)
        get = self.queries.getter(collection, record)
        for path, source in reveal["fields"].items():
            value = get(source)
            put(shown, parse_path(path), None if value is ABSENT else copy.deepcopy(value))
        return shown

    # ------------------------------------------------------------------ single records

    def _find(self, collection: Collection, key: str) -> dict[str, Any]:
        found = collection.find(key)
        if found is None:
            raise self._missing(collection, key)
        return found

    def _missing(self, collection: Collection, key: str) -> Missing:
        return Missing(self._message("not_found", resource=collection.name.lower(), Resource=collection.name, id=key))

    def _record_of(self, call: Call, name: str | None) -> tuple[Collection, dict[str, Any]]:
        """The record the path's last parameter names; the records the others name must exist too,
        and hold it where ``scope`` says (``/scans/{scan_id}/hosts/{host_id}``: a host of that scan)."""
        collection = self.store.get(name)
        if collection is None or not call.op.path_params:
            raise Missing(self.messages["no_route"])
        *parents, last = call.op.path_params
        record = self._find(collection, call.params[last])
        scope: Mapping[str, Any] = self.options_of(call.op).get("scope") or {}
        for param in parents:
            owner = self.store.get(call.op.parents.get(param))
            if owner is not None and owner is not collection:
                self._find(owner, call.params[param])
            fields = _fields(scope.get(param))
            if fields and not self._carries(collection, record, fields, call.params[param]):
                raise self._missing(collection, call.params[last])
        return collection, record

    def _answer(self, call: Call, collection: Collection | None, record: Any, values: Mapping[str, Any]) -> Response:
        op = call.op
        status = int(self.options_of(op).get("status", op.status))
        if op.media_type is None:
            return Response(status_code=status)
        if (
            op.body_schema is not None
            and collection is not None
            and self.spec.ref_name(op.body_schema) == collection.name
        ):
            body: Any = record
        else:
            body = self._skeleton(op)
            place = op.unwrap or self._place(op, collection)
            if place and record is not None:
                put(body, place, record)
            values = {**values, "record": record, "path": self._path_of(call.request)}
            self._extras(body, self.options_of(op), values, collection)
            if isinstance(record, dict):
                self._include(op, body, [record])
        return json_response(body, status)

    def _place(self, op: Operation, collection: Collection | None) -> tuple[str | int, ...]:
        """Where a record goes in an answer without ``x-scankit-unwrap``: the property that refers to it."""
        if collection is None:
            return ()
        for name, sub in (self.spec.resolve(op.body_schema).get("properties") or {}).items():
            if self.spec.ref_name(sub) == collection.name:
                return (name,)
        return ()

    async def _get(self, call: Call) -> Response:
        collection, record = self._record_of(call, call.op.collection)
        self._settle(collection, record)
        hook = self.options_of(call.op).get("hook")
        if hook:  # a read that moves something on the spec cannot state (a report file being generated)
            self.hook(hook)(self, call, record, collection.hidden_of(record))
        running = self.runner.advance_for(call.op, record)
        response = self._waiter_error(call, collection, record, running) or self._answer(
            call, collection, self._shown(call, collection, record), {}
        )
        advice = self.data.get("poll_interval")
        if running and advice is not None:  # the waiter's advice header: poll again soon (specs/CONVENTIONS.md)
            header = (call.op.waiter or {}).get("advice_header", "Retry-After")
            if header:
                response.headers[header] = seconds(float(advice))
        return response

    async def _body(self, call: Call) -> dict[str, Any]:
        raw = await call.request.body()
        if not raw.strip():
            if call.op.request_schema is not None and call.op.raw.get("requestBody", {}).get("required"):
                raise Invalid("the request body must be JSON")
            return {}
        try:
            body = json.loads(raw)
        except ValueError:
            raise Invalid("the request body is not valid JSON") from None
        if not isinstance(body, dict):
            raise Invalid("the request body must be a JSON object")
        if call.op.request_schema is not None:
            self._validate(call.op.request_schema, body)
        for group in self.options_of(call.op).get("exactly_one_of") or []:
            given = [k for k in group if body.get(k) is not None]
            if len(given) != 1:
                raise Invalid(f"Give exactly one of {', '.join(group)}")
        return body

    def _validate(self, schema: Any, body: Mapping[str, Any]) -> None:
        """The body against its schema (OpenAPI 3.0: ``nullable`` read as JSON Schema's null type);
        a required string may not be blank."""
        resolved = _json_schema(self.spec, schema)
        errors = sorted(Draft4Validator(resolved).iter_errors(body), key=lambda e: list(e.absolute_path))
        if errors:
            error = errors[0]
            field = str(error.absolute_path[0]) if error.absolute_path else _required_field(error.message)
            where = ".".join(str(p) for p in error.absolute_path)
            raise Invalid(f"{where + ': ' if where else ''}{error.message}", field=field)
        top = self.spec.resolve(schema)
        for name in top.get("required") or []:
            value = body.get(name)
            if isinstance(value, str) and not value.strip():
                raise Invalid(f"{name} can't be blank", field=name)

    def _overlay(self, collection: Collection, record: dict[str, Any], body: Mapping[str, Any]) -> list[str]:
        """Body fields that are fields of the record (or of its JSON:API ``attributes``) replace them."""
        schema = self.spec.component(collection.name)
        props = schema.get("properties") or {}
        attributes = self.spec.resolve(props.get("attributes")).get("properties") or {}
        changed = []
        for key, value in body.items():
            if key in collection.key:
                continue
            if key in props:
                record[key] = copy.deepcopy(value)
            elif key in attributes and isinstance(record.get("attributes"), dict):
                record["attributes"][key] = copy.deepcopy(value)
            else:
                continue
            changed.append(key)
        return changed

    def apply(
        self, collection: Collection, record: dict[str, Any], rules: Mapping[str, Any] | None, extra: Mapping[str, Any]
    ) -> None:
        """``set`` rules on a record; changes of a watched field are reported (webhooks)."""
        if not rules:
            return
        hidden = collection.hidden_of(record)
        ctx = Context(self.gen, record, hidden, extra=extra)
        for path, rule in rules.items():
            steps = parse_path(path)
            target = hidden if steps[0] == "hidden" else record
            steps = steps[1:] if steps[0] == "hidden" else steps
            before = dig(target, steps)
            schema = self.gen.field_schema(collection.name, steps) if target is record else None
            value = self.gen.eval(rule, ctx, schema=schema)
            put(target, steps, value)
            if target is record and before != value:
                self.changed(collection, record, steps, before, value)

    def touch(self, collection: Collection, record: dict[str, Any]) -> None:
        """A change of the record: the data file's ``touch`` field and the declared cursor move to the next instant."""
        touch = (self.gen.defs.get(collection.name) or {}).get("touch")
        declared = self.declared_for(collection)
        if not touch and not declared:
            return
        now = self.store.tick()
        if touch:
            put(record, parse_path(touch), iso(now))
        stamp_changed(declared, record, now)
        keep_in_order(declared, collection, record)

    def hook(self, name: str) -> Callable[..., Any]:
        if self.hooks is None or not hasattr(self.hooks, name):
            raise SpecError(f"{self.slug}/sandbox.yaml names hook {name!r}, which its hooks module lacks")
        found: Callable[..., Any] = getattr(self.hooks, name)
        return found

    async def _create(self, call: Call) -> Response:
        op = call.op
        assert op.collection is not None
        collection = self.store[op.collection]
        body = await self._body(call)
        opts = self.options_of(op)
        self._quiet = True  # a new record's first values are no "change" (no webhook for them)
        record: dict[str, Any] | None = None
        try:
            record = self._mint(collection, body, opts)
            if opts.get("hook"):
                other = self.hook(opts["hook"])(self, call, body, record, collection.hidden_of(record))
                if other is not None:  # the hook answered with an existing record (an upsert)
                    collection.remove(record)
                    return self._answer(call, collection, other, {})
            started = self.runner.started(op, record)
            if started is not None:
                self.runner.start(started[0], started[1], call.request)
        except Exception:
            if record is not None and collection.find(collection.key_of(record)) is record:
                collection.remove(record)  # refused (a hook's check): nothing was created
            raise
        finally:
            self._quiet = False
        if self.webhook_hub is not None:
            self.webhook_hub.created(self, collection, record)
        return self._answer(call, collection, record, {})

    def _mint(self, collection: Collection, body: Mapping[str, Any], opts: Mapping[str, Any]) -> dict[str, Any]:
        """A new record for a create: generated, the body's fields over it, then ``set`` (added first)."""
        now = self.store.tick()
        record, hidden = self.gen.make(collection.name, extra={"body": body, "now": now})
        self._overlay(collection, record, body)
        collection.add(record, hidden, first=opts.get("insert", "first") == "first")
        self.gen.settle()
        self.apply(collection, record, opts.get("set"), {"body": body, "now": now})
        stamp_new(self.declared_for(collection), record, now)  # newer than anything served before it
        return record

    async def _update(self, call: Call) -> Response:
        collection, record = self._record_of(call, call.op.collection)
        body = await self._body(call)
        opts = self.options_of(call.op)
        if opts.get("hook"):
            self.hook(opts["hook"])(self, call, body, record, collection.hidden_of(record))
        else:
            self._overlay(collection, record, body)
        self.apply(collection, record, opts.get("set"), {"body": body, "now": self.store.tick()})
        self.touch(collection, record)
        return self._answer(call, collection, record, {})

    async def _delete(self, call: Call) -> Response:
        collection, record = self._record_of(call, call.op.collection)
        collection.remove(record)
        self.runner.stop(record)
        key = collection.key_of(record)
        for other, field in (self.options_of(call.op).get("cascade") or {}).items():
            owned = self.store.get(other)
            if owned is not None:
                for child in [r for r in owned.records if str(dig(r, parse_path(field))) == key]:
                    owned.remove(child)
        return self._answer(call, collection, record, {})

    async def _delete_many(self, call: Call) -> Response:
        op = call.op
        assert op.collection is not None
        collection = self.store[op.collection]
        body = await self._body(call)
        field = self.options_of(op).get("ids", "ids")
        ids = body.get(field)
        if not isinstance(ids, list) or not all(isinstance(i, str | int) for i in ids):
            raise Invalid(f"{field} must be a list of ids", field=field)
        gone = 0
        for key in ids:
            record = collection.find(key)
            if record is not None:
                collection.remove(record)
                self.runner.stop(record)
                gone += 1
        return self._answer(call, None, None, {"deleted": gone})

    async def _action(self, call: Call) -> Response:
        op = call.op
        collection, record = self._record_of(call, op.target)
        opts = self.options_of(op)
        body = await self._body(call) if op.request_schema is not None else {}
        self._settle(collection, record)
        requires = opts.get("requires")
        if requires and not matches(self.queries.getter(collection, record), requires):
            raise Invalid(str(opts.get("refuse", "The resource is not in a state that allows this")))
        now = self.store.tick()
        answer_collection, answer = collection, record
        if opts.get("create"):
            made = self.store[opts["create"]]
            answer_collection = made
            answer, hidden = self.gen.make(made.name, parent=record, extra={"body": body, "now": now, "target": record})
            made.add(answer, hidden, first=opts.get("insert", "last") == "first")
            self.gen.settle()  # a record made now gets its after-the-others rules now, not never
            self.apply(made, answer, opts.get("set"), {"body": body, "now": now, "target": record})
            if opts.get("link"):
                put(record, parse_path(opts["link"]), answer)
                self.touch(collection, record)
        else:
            self.apply(collection, record, opts.get("set"), {"body": body, "now": now})
            self.touch(collection, record)
        if opts.get("hook"):  # what the data cannot say (a report file of the type asked, an upload's scan)
            self.hook(opts["hook"])(self, call, body, answer, answer_collection.hidden_of(answer))
        if opts.get("stop_run"):
            self.runner.stop(record)
        if opts.get("then"):
            collection.hidden_of(record)["_settle"] = opts["then"]
        started = self.runner.started(op, answer)
        if started is not None:
            self.runner.start(started[0], started[1], call.request)
        return self._answer(call, answer_collection if op.collection else collection, answer, {})

    def _settle(self, collection: Collection, record: dict[str, Any]) -> None:
        """What an action left to happen by the next read (a stop request becomes stopped)."""
        rules = collection.hidden_of(record).pop("_settle", None)
        if rules:
            self.apply(collection, record, rules, {"now": self.store.tick()})
            self.touch(collection, record)

    async def _download(self, call: Call) -> Response:
        op = call.op
        spec = (self.data.get("downloads") or {}).get(op.id)
        key = call.params[op.path_params[-1]] if op.path_params else ""
        media = op.media_type or "application/octet-stream"
        owner: Any = None
        if spec:
            found = self._file(spec, key, call)
            if found is None:
                raise Missing(self._message("not_found", resource="file", Resource="File", id=key))
            owner, media = found
        content = report(self.spec.name, key, media, owner)
        if media.endswith("json") and self._declared_string(op, media):
            content = dumps(content.decode())  # the spec types the JSON file as a string: one JSON string
        if self.result_size is None or self.result_size <= len(content):
            return Response(content, media_type=media)
        size = self.result_size
        return StreamingResponse(padded(content, size), media_type=media, headers={"content-length": str(size)})

    def _declared_string(self, op: Operation, media: str) -> bool:
        responses = op.raw.get("responses") or {}
        success = self.spec.resolve(responses.get(str(op.status), responses.get(op.status)))
        schema = ((success.get("content") or {}).get(media) or {}).get("schema")
        return self.spec.resolve(schema).get("type") == "string"

    def _file(self, spec: Mapping[str, Any], key: str, call: Call) -> tuple[dict[str, Any], str] | None:
        """The record a download's file belongs to and its media type; None: no such file (a 404).
        The file is listed in a record (``items``), is a record itself (``content_type`` only), or a
        hook says whether the record has it now (``hook``: a report file generated on request)."""
        collection = self.store.get(spec["from"])
        if collection is None:
            return None
        if "items" not in spec:
            record = collection.find(key)
            if record is None:
                return None
            if spec.get("hook"):
                media: str | None = self.hook(spec["hook"])(self, call, record, collection.hidden_of(record))
                return None if media is None else (record, media)
            return record, str(_none(self.queries.getter(collection, record)(spec["content_type"])))
        items, id_path, type_path = parse_path(spec["items"]), parse_path(spec["id"]), parse_path(spec["content_type"])
        for record in collection.records:
            for item in dig(record, items) or []:
                if str(dig(item, id_path)) == key:
                    return record, str(dig(item, type_path))
        return None

    async def _sign_in(self, call: Call) -> Response:
        given = self.data.get("sign_in") or {}
        body = await self._body(call)
        expected = given.get("body") or {}
        if any(body.get(k) != v for k, v in expected.items()):
            message = str(given.get("refuse", "Invalid credentials"))
            return self.error(401, message, request=call.request, op=call.op)
        token = f"sandbox-{self.slug}-session-{self.rng.getrandbits(128):032x}"
        self.sessions.setdefault(str(given.get("scheme")), set()).add(token)
        answer = self._skeleton(call.op)
        put(answer, parse_path(given.get("token", "token")), token)
        return json_response(answer, call.op.status)

    async def _static(self, call: Call) -> Response:
        if call.op.request_schema is not None:
            await self._body(call)
        return self._answer(call, None, None, {})

    # ------------------------------------------------------------------ runs (see _runs.py)

    def _waiter_error(
        self, call: Call, collection: Collection, record: dict[str, Any], running: bool
    ) -> Response | None:
        """A waiter whose acceptors match a status or an error: the answer they expect while the run
        goes on (``status`` / ``retry``: a result that is not there yet is a 404) and when it failed
        (``error`` / ``failure``: the error code the acceptor names)."""
        acceptors = (call.op.waiter or {}).get("acceptors") or []
        pending = next((a for a in acceptors if a["matcher"] == "status" and a["state"] == "retry"), None)
        if running and pending is not None:
            message = self._message("not_ready", resource=collection.name.lower(), id=collection.key_of(record))
            return self.error(int(pending["expected"]), message, request=call.request, op=call.op, code="not_ready")
        failed = next((a for a in acceptors if a["matcher"] == "error" and a["state"] == "failure"), None)
        plan = self.runner.plans.get(collection.name)
        if failed is not None and plan is not None and dig(record, plan.state) == plan.failure:
            taken = {401, 403, 429, int(pending["expected"]) if pending else 0}
            statuses = sorted(int(s) for s in call.op.statuses if s.isdigit() and s[0] == "4" and int(s) not in taken)
            code = str(failed["expected"]) if failed["expected"] not in (True, False) else "failed"
            message = self._message("run_failed", resource=collection.name.lower(), id=collection.key_of(record))
            return self.error(statuses[0] if statuses else 409, message, request=call.request, op=call.op, code=code)
        return None

    # ------------------------------------------------------------------ webhooks

    def changed(
        self, collection: Collection, record: dict[str, Any], path: Sequence[str | int], old: Any, new: Any
    ) -> None:
        hub = self.webhook_hub
        if hub is not None and not self._quiet:
            hub.changed(self, collection, record, tuple(path), old, new)


class _Lenient(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _fields(scope: str | list[str] | None) -> list[str]:
    """A ``scope`` entry: one field, any of several, or none (the parameter only names a parent)."""
    return [] if scope is None else [scope] if isinstance(scope, str) else list(scope)


def _none(value: Any) -> Any:
    return None if value is ABSENT else value


def _with(response: Response, headers: Mapping[str, str]) -> Response:
    for name, value in headers.items():
        response.headers[name] = value
    return response


def _counts_for(slug: str, counts: Mapping[str, int] | None) -> dict[str, int]:
    """``{"Scan": 10000, "advalidation.Campaign": 1000}`` -> this vendor's collection sizes."""
    out: dict[str, int] = {}
    for key, value in (counts or {}).items():
        vendor, _, name = key.rpartition(".")
        if not vendor or vendor == slug:
            out[name] = int(value)
    return out


def _declared_limit(spec: Mapping[str, Any] | None) -> int:
    if not spec:
        return 0
    first = (spec.get("limits") or [spec])[0]
    return int(first.get("requests") or first.get("capacity") or 0)


def _limit_headers(names: Mapping[str, str], verdict: Verdict, now: float) -> dict[str, str]:
    headers: dict[str, str] = {}
    if names.get("limit"):
        headers[names["limit"]] = str(verdict.limit)
    if names.get("remaining"):
        headers[names["remaining"]] = str(verdict.remaining)
    if names.get("reset"):
        headers[names["reset"]] = format_time(verdict.reset_at, now, names.get("reset_format", "unix_seconds"))
    return headers


def _required_field(message: str) -> str | None:
    found = re.match(r"'([^']+)' is a required property", message)
    return found.group(1) if found else None


def _json_schema(spec: Spec, node: Any, depth: int = 0) -> Any:
    """An OpenAPI 3.0 schema as JSON Schema draft 4 (``$ref``s inlined, ``nullable`` as a null type)."""
    if depth > 12:
        return {}
    if isinstance(node, list):
        return [_json_schema(spec, n, depth + 1) for n in node]
    if not isinstance(node, dict):
        return node
    schema = spec.resolve(node) if "$ref" in node else node
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key.startswith("x-") or key in (
            "example",
            "examples",
            "nullable",
            "discriminator",
            "readOnly",
            "writeOnly",
            "format",
        ):
            continue
        if key == "properties":
            out[key] = {k: _json_schema(spec, v, depth + 1) for k, v in value.items()}
        elif key in ("items", "additionalProperties", "not") or key in ("allOf", "anyOf", "oneOf"):
            out[key] = _json_schema(spec, value, depth + 1)
        else:
            out[key] = copy.deepcopy(value)
    if schema.get("nullable"):
        if "type" in out:
            out["type"] = [out["type"], "null"]
        if "enum" in out:
            out["enum"] = [*out["enum"], None]
        if "allOf" in out:
            out = {"anyOf": [{"type": "null"}, out]}
    return out
