"""One vendor's API served from its spec: :class:`VendorApp`, an ASGI app mounted under ``/<slug>``.

A request goes: added latency -> route (the spec's paths) -> rate limit (the declared budgets; their
headers on every answer) -> injected faults -> auth (the spec's security schemes) -> query checks
-> the handler for the operation's kind (``_model.py``) -> corruptions of the body (``malformed``,
``unknown-enum``). The records come from ``_data.py``, runs move on as ``_runs.py`` says, and the
vendor's ``sandbox.yaml`` fills in what a spec cannot say (filters, realistic values, messages).
Where even that cannot say it, a short hook module does (``hooks/``, listed in docs/sandbox.md).
"""

from __future__ import annotations

import asyncio
import copy
import datetime
import fnmatch
import importlib
import json
import math
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
from ._data import ABSENT, Collection, Context, Generator, dig, epoch_of, iso, matches, put
from ._faults import FAULT_HEADER, FaultError, FaultPlan, Faults, parse_fault_header
from ._files import padded, report
from ._model import Operation, Spec, parse_path
from ._paging import BadPage, position_param, serve_page
from ._ratelimit import Limiter, Verdict, format_time, seconds
from ._runs import RUN_HEADER, RUN_OUTCOMES, Run, RunPlan, Runs, progress_of
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
_TRUE = {"true", "1", "yes"}
_FALSE = {"false", "0", "no"}
_PAGING_KEYS = ("page_param", "size_param", "cursor_param", "offset_param")


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
        self.routes: list[Operation] = sorted(
            spec.operations, key=lambda op: (op.template.count("{"), -len(op.template.split("/")), op.template)
        )
        served = [op.collection for op in spec.operations if op.collection and op.kind in ("list", "get")]
        self.gen = Generator(spec, self.rng, counts=_counts_for(self.slug, counts))
        self.store = self.gen.build(list(dict.fromkeys(served)))
        self.credentials = self._credentials()
        self.sessions: dict[str, set[str]] = {}
        self.plans, self.embedded = self._run_plans()
        self._live: dict[int, tuple[dict[str, Any], Run]] = {}
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

    def running(self, record: Mapping[str, Any]) -> bool:
        """Whether a run started here is still going on for this record."""
        return id(record) in self._live

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
            self._check_query(call)
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
        for name, schema in ((self.spec.raw.get("components") or {}).get("schemas") or {}).items():
            for prop, sub in (self.spec.resolve(schema).get("properties") or {}).items():
                resolved = self.spec.resolve(sub)
                if resolved.get("enum") and resolved.get("type", "string") == "string":
                    out.setdefault(prop, f"unlisted_{prop}")
            del name
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

    # ------------------------------------------------------------------ query parameters

    def _query_names(self, op: Operation) -> list[tuple[str, Mapping[str, Any]]]:
        """Each query parameter a request may carry, with its schema: ``q[name]`` for a deepObject ``q``."""
        out: list[tuple[str, Mapping[str, Any]]] = []
        for name, param in op.query.items():
            if param.get("style") == "deepObject":
                properties = self.spec.resolve(param.get("schema")).get("properties") or {}
                out += [(f"{name}[{prop}]", {"schema": sub}) for prop, sub in properties.items()]
            else:
                out.append((name, param))
        return out

    def _check_query(self, call: Call) -> None:
        """Every declared query parameter against its schema; a bad one is the vendor's validation error
        (or, where the operation declares none, it is ignored as the vendor's lenient lists do)."""
        op = call.op
        for name, param in self._query_names(op):
            values = call.query.getlist(name)
            if not values:
                continue
            if "content" in param:
                try:
                    parsed = json.loads(values[0])
                except ValueError:
                    raise Invalid(f"{name} must be URL-encoded JSON", field=name) from None
                if not isinstance(parsed, dict):
                    raise Invalid(f"{name} must be a JSON object", field=name)
                continue
            schema = self.spec.resolve(param.get("schema"))
            if schema.get("type") == "array":
                schema = self.spec.resolve(schema.get("items"))
            for value in values:
                problem = _param_problem(value, schema, self.spec.resolve)
                if problem and (op.declares(self.validation_status) or op.declares(400)):
                    raise Invalid(f"{name} {problem}", field=name)

    # ------------------------------------------------------------------ lists

    def _opts(self, op: Operation) -> Mapping[str, Any]:
        return self.options.get(op.id) or {}

    def _scoped(self, call: Call, records: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
        """A nested list (``/campaigns/{campaignId}/creatives``): its parent must exist, its records match it."""
        op = call.op
        opts = self._opts(op)
        scope: Mapping[str, str] = opts.get("scope") or {}
        out = list(records)
        for name in op.path_params:
            parent = self.store.get(op.target)
            if parent is not None:
                self._find(parent, call.params[name])
            field = scope.get(name) or name
            path = parse_path(field)
            wanted = call.params[name]
            out = [r for r in out if str(dig(r, path)) == wanted]
        return out

    def _getter(self, collection: Collection, record: Mapping[str, Any]) -> Callable[[str], Any]:
        hidden = collection.hidden.get(id(record), {})

        def get(path: str) -> Any:
            steps = parse_path(path)
            if steps and steps[0] == "hidden":
                return dig(hidden, steps[1:])
            return dig(record, steps)

        return get

    def _filtered(self, call: Call, collection: Collection, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        op = call.op
        opts = self._opts(op)
        if opts.get("where"):
            records = [r for r in records if matches(self._getter(collection, r), opts["where"])]
        given: Mapping[str, Any] = opts.get("filters") or {}
        paging = {op.pagination.get(k) for k in _PAGING_KEYS} if op.pagination else set()
        ignored = set(opts.get("ignore") or ()) | paging | {opts.get("position_param")}
        item_schema = self.spec.component(collection.name)
        for name, _ in self._query_names(op):
            values = [v for v in call.query.getlist(name) if v != ""]
            if not values or name in ignored:
                continue
            rule = given.get(name)
            if rule is None:
                rule = self._automatic_filter(item_schema, name)
                if rule is None:
                    continue
            records = self._apply_filter(call, collection, records, name, rule, values)
        return records

    def _automatic_filter(self, schema: Mapping[str, Any], name: str) -> Any:
        """A query parameter named like a field filters on it (JSON:API: a field of ``attributes``)."""
        if name in (schema.get("properties") or {}):
            return name
        attributes = self.spec.resolve((schema.get("properties") or {}).get("attributes"))
        if name in (attributes.get("properties") or {}):
            return f"attributes.{name}"
        return None

    def _apply_filter(
        self,
        call: Call,
        collection: Collection,
        records: list[dict[str, Any]],
        name: str,
        rule: Any,
        values: list[str],
    ) -> list[dict[str, Any]]:
        rule = {"field": rule} if isinstance(rule, str) else rule
        kind = rule.get("op", "eq")
        if "hook" in rule:
            hook = self._hook(rule["hook"])
            found: list[dict[str, Any]] = hook(self, call, values[0], records)
            return found
        if kind == "json":
            return self._json_filter(call, collection, records, name, rule, values[0])
        fields = rule.get("any") or [rule["field"]]
        fold = rule.get("case") == "insensitive"
        try:
            test = _predicate(kind, values, rule, fold)
        except ValueError as exc:
            if call.op.declares(self.validation_status) or call.op.declares(400):
                raise Invalid(f"{name} {exc}", field=name) from None
            return records
        out = []
        for record in records:
            get = self._getter(collection, record)
            if any(test(_plain(get(field))) for field in fields):
                out.append(record)
        return out

    def _json_filter(
        self,
        call: Call,
        collection: Collection,
        records: list[dict[str, Any]],
        name: str,
        rule: Mapping[str, Any],
        raw: str,
    ) -> list[dict[str, Any]]:
        """``filters={"state": ["RUNNING"]}``: each key a field (dotted), each value the values it may have."""
        data = json.loads(raw)
        content = next(iter(call.op.query[name]["content"].values()))
        allowed = list(self.spec.resolve(content.get("schema")).get("properties") or {})
        paths: Mapping[str, str] = rule.get("fields") or {}
        for key, wanted in data.items():
            if allowed and key not in allowed:
                raise Invalid(f"Unknown filter {key!r}; allowed: {', '.join(allowed)}", field=name)
            if not isinstance(wanted, list) or not all(isinstance(v, str) for v in wanted):
                raise Invalid(f"The filter {key!r} must be an array of strings", field=name)
            path = paths.get(key, key)
            keep = set(wanted)
            out = []
            for record in records:
                value = self._getter(collection, record)(path)
                present = set(value) if isinstance(value, list) else {value}
                if present & keep:
                    out.append(record)
            records = out
        return records

    def _ordered(self, call: Call, collection: Collection, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        opts = self._opts(call.op)
        order = opts.get("order")
        sort = opts.get("sort")
        if sort and call.query.get(sort["param"]):
            column, _, direction = str(call.query.get(sort["param"])).rpartition("_")
            columns: Mapping[str, Any] = sort.get("columns") or {}
            if column in columns and direction in ("asc", "desc"):
                spec = columns[column]
                order = (
                    {"by": spec, "desc": direction == "desc"}
                    if isinstance(spec, str)
                    else {**spec, "desc": direction == "desc"}
                )
        if not order:
            return records
        path = order.get("by") or order.get("field")
        fold = order.get("case") == "insensitive"

        def value(record: dict[str, Any]) -> Any:
            found = _plain(self._getter(collection, record)(path))
            return found.lower() if fold and isinstance(found, str) else found

        present = [r for r in records if value(r) is not None]
        missing = [r for r in records if value(r) is None]
        return sorted(present, key=value, reverse=bool(order.get("desc"))) + missing

    async def _list(self, call: Call) -> Response:
        op = call.op
        assert op.pagination is not None and op.collection is not None
        collection = self.store[op.collection]
        self._tick(collection)
        records = self._ordered(
            call, collection, self._filtered(call, collection, self._scoped(call, collection.records))
        )
        opts = self._opts(op)
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

    def _extras(self, body: dict[str, Any], opts: Mapping[str, Any], values: Mapping[str, Any]) -> None:
        extras = opts.get("body")
        if not extras:
            return
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
        reveal = self._opts(call.op).get("reveal")
        if not reveal or _flag(call.query.get(reveal["param"])) is not True:
            return record
        shown = copy.deepcopy(record)
        get = self._getter(collection, record)
        for path, source in reveal["fields"].items():
            value = get(source)
            put(shown, parse_path(path), None if value is ABSENT else copy.deepcopy(value))
        return shown

    # ------------------------------------------------------------------ single records

    def _find(self, collection: Collection, key: str) -> dict[str, Any]:
        found = collection.find(key)
        if found is None:
            resource = collection.name.lower()
            raise Missing(self._message("not_found", resource=resource, Resource=collection.name, id=key))
        return found

    def _record_of(self, call: Call, name: str | None) -> tuple[Collection, dict[str, Any]]:
        collection = self.store.get(name)
        if collection is None or not call.op.path_params:
            raise Missing(self.messages["no_route"])
        return collection, self._find(collection, call.params[call.op.path_params[-1]])

    def _answer(self, call: Call, collection: Collection | None, record: Any, values: Mapping[str, Any]) -> Response:
        op = call.op
        status = int(self._opts(op).get("status", op.status))
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
            self._extras(body, self._opts(op), {**values, "record": record, "path": self._path_of(call.request)})
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
        running = self._advance_for(call.op, record)
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
        for group in self._opts(call.op).get("exactly_one_of") or []:
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

    def _apply(
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

    def _touch(self, collection: Collection, record: dict[str, Any]) -> None:
        touch = (self.gen.defs.get(collection.name) or {}).get("touch")
        if touch:
            put(record, parse_path(touch), iso(self.store.tick()))

    def _hook(self, name: str) -> Callable[..., Any]:
        if self.hooks is None or not hasattr(self.hooks, name):
            raise SpecError(f"{self.slug}/sandbox.yaml names hook {name!r}, which its hooks module lacks")
        found: Callable[..., Any] = getattr(self.hooks, name)
        return found

    async def _create(self, call: Call) -> Response:
        op = call.op
        assert op.collection is not None
        collection = self.store[op.collection]
        body = await self._body(call)
        opts = self._opts(op)
        self._quiet = True  # a new record's first values are no "change" (no webhook for them)
        record: dict[str, Any] | None = None
        try:
            record = self._mint(collection, body, opts)
            if opts.get("hook"):
                other = self._hook(opts["hook"])(self, call, body, record, collection.hidden_of(record))
                if other is not None:  # the hook answered with an existing record (an upsert)
                    collection.remove(record)
                    return self._answer(call, collection, other, {})
            started = self._started(op, record)
            if started is not None:
                self.start_run(started[0], started[1], call.request)
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
        self._apply(collection, record, opts.get("set"), {"body": body, "now": now})
        return record

    async def _update(self, call: Call) -> Response:
        collection, record = self._record_of(call, call.op.collection)
        body = await self._body(call)
        opts = self._opts(call.op)
        if opts.get("hook"):
            self._hook(opts["hook"])(self, call, body, record, collection.hidden_of(record))
        else:
            self._overlay(collection, record, body)
        self._apply(collection, record, opts.get("set"), {"body": body, "now": self.store.tick()})
        self._touch(collection, record)
        return self._answer(call, collection, record, {})

    async def _delete(self, call: Call) -> Response:
        collection, record = self._record_of(call, call.op.collection)
        collection.remove(record)
        self._live.pop(id(record), None)
        key = collection.key_of(record)
        for other, field in (self._opts(call.op).get("cascade") or {}).items():
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
        field = self._opts(op).get("ids", "ids")
        ids = body.get(field)
        if not isinstance(ids, list) or not all(isinstance(i, str | int) for i in ids):
            raise Invalid(f"{field} must be a list of ids", field=field)
        gone = 0
        for key in ids:
            record = collection.find(key)
            if record is not None:
                collection.remove(record)
                self._live.pop(id(record), None)
                gone += 1
        return self._answer(call, None, None, {"deleted": gone})

    async def _action(self, call: Call) -> Response:
        op = call.op
        collection, record = self._record_of(call, op.target)
        opts = self._opts(op)
        body = await self._body(call) if op.request_schema is not None else {}
        self._settle(collection, record)
        requires = opts.get("requires")
        if requires and not matches(self._getter(collection, record), requires):
            raise Invalid(str(opts.get("refuse", "The resource is not in a state that allows this")))
        now = self.store.tick()
        answer_collection, answer = collection, record
        if opts.get("create"):
            made = self.store[opts["create"]]
            answer_collection = made
            answer, hidden = self.gen.make(made.name, parent=record, extra={"body": body, "now": now, "target": record})
            made.add(answer, hidden, first=opts.get("insert", "last") == "first")
            self._apply(made, answer, opts.get("set"), {"body": body, "now": now, "target": record})
            if opts.get("link"):
                put(record, parse_path(opts["link"]), answer)
                self._touch(collection, record)
        else:
            self._apply(collection, record, opts.get("set"), {"body": body, "now": now})
            self._touch(collection, record)
        if opts.get("stop_run"):
            self._live.pop(id(record), None)
        if opts.get("then"):
            collection.hidden_of(record)["_settle"] = opts["then"]
        started = self._started(op, answer)
        if started is not None:
            self.start_run(started[0], started[1], call.request)
        return self._answer(call, answer_collection if op.collection else collection, answer, {})

    def _settle(self, collection: Collection, record: dict[str, Any]) -> None:
        """What an action left to happen by the next read (a stop request becomes stopped)."""
        rules = collection.hidden_of(record).pop("_settle", None)
        if rules:
            self._apply(collection, record, rules, {"now": self.store.tick()})
            self._touch(collection, record)

    async def _download(self, call: Call) -> Response:
        op = call.op
        spec = (self.data.get("downloads") or {}).get(op.id)
        key = call.params[op.path_params[-1]] if op.path_params else ""
        media = op.media_type or "application/octet-stream"
        owner: Any = None
        if spec:
            found = self._file(spec, key)
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

    def _file(self, spec: Mapping[str, Any], key: str) -> tuple[dict[str, Any], str] | None:
        collection = self.store.get(spec["from"])
        if collection is None:
            return None
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

    def _run_plans(self) -> tuple[dict[str, RunPlan], dict[str, tuple[str | int, ...]]]:
        plans: dict[str, RunPlan] = {}
        embedded: dict[str, tuple[str | int, ...]] = {}
        runs = self.data.get("runs") or {}
        unknown = self.data.get("unknown") or {}
        for op in self.spec.operations:
            if not op.waiter or op.collection is None:
                continue
            plan = RunPlan.from_waiter(op.waiter, runs.get(op.collection) or {}, unknown)
            schema = self.spec.component(op.collection)
            head = plan.state[0]
            ref = self.spec.ref_name((schema.get("properties") or {}).get(head)) if len(plan.state) > 1 else None
            if ref is not None and ref in self.store.collections and ref != op.collection:
                embedded[op.id] = (head,)  # polls the run of a record inside this one (a creative's latest scan)
            else:
                plans.setdefault(op.collection, plan)
        return plans, embedded

    def _started(self, op: Operation, answer: Any) -> tuple[Collection, dict[str, Any]] | None:
        """The record whose run ``op`` starts, when a waiter's ``started_by`` names it."""
        for getter in self.spec.operations:
            waiter = getter.waiter or {}
            expression = (waiter.get("started_by") or {}).get(op.id)
            if expression is None or getter.collection not in self.plans:
                continue
            collection = self.store[getter.collection]
            if isinstance(answer, dict) and collection.find(collection.key_of(answer)) is answer:
                return collection, answer
        return None

    def start_run(self, collection: Collection, record: dict[str, Any], request: Request) -> None:
        """A run starts for this record (as the request's ``x-sandbox-run`` header says it ends)."""
        asked = request.headers.get(RUN_HEADER)
        outcome = next((o for o in RUN_OUTCOMES if o == asked), None)
        if asked is not None and outcome is None:
            raise Invalid(f"{RUN_HEADER} must be one of {', '.join(RUN_OUTCOMES)}", field=RUN_HEADER)
        plan = self.plans[collection.name]
        self._set_state(collection, record, plan, plan.start, progress=0)
        self._apply(collection, record, (plan.effects.get("on_start") or {}).get("set"), {"now": self.store.tick()})
        self._live[id(record)] = (record, Run(self.clock(), outcome=outcome))

    def _set_state(
        self, collection: Collection, record: dict[str, Any], plan: RunPlan, value: Any, progress: int | None = None
    ) -> None:
        before = dig(record, plan.state)
        put(record, plan.state, value)
        if plan.progress is not None and progress is not None:
            put(record, plan.progress, progress)
        if before != value:
            self._touch(collection, record)
            self.changed(collection, record, plan.state, None if before is ABSENT else before, value)

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
        plan = self.plans.get(collection.name)
        if failed is not None and plan is not None and dig(record, plan.state) == plan.failure:
            taken = {401, 403, 429, int(pending["expected"]) if pending else 0}
            statuses = sorted(int(s) for s in call.op.statuses if s.isdigit() and s[0] == "4" and int(s) not in taken)
            code = str(failed["expected"]) if failed["expected"] not in (True, False) else "failed"
            message = self._message("run_failed", resource=collection.name.lower(), id=collection.key_of(record))
            return self.error(statuses[0] if statuses else 409, message, request=call.request, op=call.op, code=code)
        return None

    def _advance_for(self, op: Operation, record: dict[str, Any]) -> bool:
        """A GET of a running record (or of one holding it) counts as a read of its run; whether it
        is still running after it."""
        inner = self.embedded.get(op.id)
        target = dig(record, inner) if inner else record
        if isinstance(target, dict) and id(target) in self._live:
            owner = self.store.owner(target)
            if owner is not None:
                self.advance(owner, target, read=True)
        return isinstance(target, dict) and id(target) in self._live

    def _tick(self, collection: Collection) -> None:
        """Lists show started runs moving on in time too (without counting as reads)."""
        for record, _ in [v for v in self._live.values() if self.store.owner(v[0]) is collection]:
            self.advance(collection, record, read=False)

    def advance(self, collection: Collection, record: dict[str, Any], *, read: bool) -> None:
        """Move a run on: started, then running n %, then its end (``Runs`` says how and when)."""
        live = self._live.get(id(record))
        plan = self.plans.get(collection.name)
        if live is None or plan is None:
            return
        run = live[1]
        if read:
            run.polls += 1
        done = progress_of(self.runs, run, self.clock(), plan.polls)
        if done <= 0:
            return
        if done < 1:
            first = not run.running
            run.running = True
            self._set_state(collection, record, plan, plan.running, progress=max(1, int(done * 100)))
            if first:
                self._apply(
                    collection, record, (plan.effects.get("on_running") or {}).get("set"), {"now": self.store.tick()}
                )
            return
        outcome = run.outcome or self.runs.outcome
        del self._live[id(record)]
        now = self.store.tick()
        if outcome == "failure":
            self._apply(collection, record, (plan.effects.get("on_failure") or {}).get("set"), {"now": now})
            self._set_state(collection, record, plan, plan.failure)
        elif outcome == "unlisted":
            self._set_state(collection, record, plan, plan.unlisted)
        else:
            self._apply(collection, record, (plan.effects.get("on_success") or {}).get("set"), {"now": now})
            self._set_state(collection, record, plan, plan.success, progress=100)

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


def _flag(value: str | None) -> bool | None:
    if value is None:
        return None
    lowered = value.lower()
    return True if lowered in _TRUE else False if lowered in _FALSE else None


def _plain(value: Any) -> Any:
    return None if value is ABSENT else value


def _instant(text: str, fmt: str | None) -> float:
    """A filter's time value: ISO 8601 (a ``+`` the query string turned into a space restored) or ``fmt``."""
    value = text.strip()
    if fmt:
        moment = datetime.datetime.strptime(value, fmt)
        return moment.replace(tzinfo=datetime.UTC).timestamp()
    if " " in value and "T" in value:
        value = value.replace(" ", "+")
    found = epoch_of(value)
    if found is None:
        raise ValueError("must be an ISO 8601 date-time")
    return found


def _predicate(kind: str, values: list[str], rule: Mapping[str, Any], fold: bool) -> Callable[[Any], bool]:
    """How a filter compares a record's value with the query's values (raises ValueError on a bad one)."""
    norm: Callable[[Any], str] = (lambda v: str(v).lower()) if fold else str
    if kind in ("eq", "in"):
        wanted = {norm(v) for v in values}
        return lambda value: (
            value is not None
            and (bool({norm(v) for v in value} & wanted) if isinstance(value, list) else norm(value) in wanted)
        )
    if kind == "wildcard":
        pattern = re.compile(fnmatch.translate(values[0]).replace(".*", ".*"), re.IGNORECASE | re.DOTALL)
        return lambda value: value is not None and pattern.match(str(value)) is not None
    if kind == "contains":
        return lambda value: value is not None and values[0].lower() in str(value).lower()
    if kind == "present":
        flag = _flag(values[0])
        if flag is None:
            raise ValueError("must be true or false")
        return lambda value: (value is not None) == flag
    if kind in ("after", "before", "at_or_after", "at_or_before"):
        limit = _instant(values[0], rule.get("format"))

        def compare(value: Any) -> bool:
            moment = epoch_of(value)
            if moment is None:
                return False
            return {
                "after": moment > limit,
                "before": moment < limit,
                "at_or_after": moment >= limit,
                "at_or_before": moment <= limit,
            }[kind]

        return compare
    raise SpecError(f"sandbox.yaml: unknown filter op {kind!r}")


def _param_problem(value: str, schema: Mapping[str, Any], resolve: Callable[[Any], dict[str, Any]]) -> str | None:
    kind = schema.get("type")
    if kind == "integer":
        try:
            number: float = int(value)
        except ValueError:
            return "must be an integer"
    elif kind == "number":
        try:
            number = float(value)
        except ValueError:
            return "must be a number"
        if not math.isfinite(number):
            return "must be a finite number"
    elif kind == "boolean":
        return None if _flag(value) is not None else "must be true or false"
    else:
        if schema.get("format") == "date-time" and epoch_of(value.replace(" ", "+") if "T" in value else value) is None:
            return "must be an ISO 8601 date-time"
        if "enum" in schema:
            allowed = [str(v) for v in schema["enum"]]
            folded = schema.get("x-scankit-case-insensitive")
            if (value.lower() not in [a.lower() for a in allowed]) if folded else value not in allowed:
                return f"must be one of {', '.join(allowed)}"
        return None
    if "minimum" in schema and number < schema["minimum"]:
        return f"must be at least {schema['minimum']}"
    if "maximum" in schema and number > schema["maximum"]:
        return f"must be at most {schema['maximum']}"
    return None


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
