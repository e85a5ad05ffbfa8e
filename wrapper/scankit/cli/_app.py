"""A vendor's command tree: `scankit <vendor> <resource> <verb>`, built from its facade when asked for.

Resources and verbs come from `_discovery`; nothing here names a vendor or an operation. The root
(`_root`) imports this module only when a vendor's command is run, and builds only that vendor's
group, so `scankit hostedscan …` imports only the HostedScan package.
"""

from __future__ import annotations

import contextlib
import os
import shlex
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from typing import IO, Any, cast

import attrs
import click
import httpx
from click.shell_completion import CompletionItem
from rich.console import Console
from rich.text import Text

from scankit._base import SyncClient
from scankit._redact import redact_text

from ._discovery import (
    ResourceSpec,
    VendorNotInstalled,
    VendorSpec,
    VerbSpec,
    load_vendor,
)
from ._env import CONTEXT_SETTINGS, CliEnv, env_of, fail
from ._exits import Call, ExitCode, Failure, describe, safe_url
from ._output import CSV_LISTS, FORMATS, CsvSink, Format, TableSink, is_missing, make_sink, path_column, render_one
from ._params import (
    build_keywords,
    catch_all_param,
    completions,
    default_body,
    is_json_object,
    object_schema,
    read_body,
    shape_of,
)
from ._profiles import client_kwargs, vendor_settings
from ._progress import ListingProgress
from ._sync import not_incremental, run_sync, sync_help, sync_name, sync_options
from ._wait import Waiting, wait_options, wants_wait

TABLE_CAP = 50
"""Rows a table shows unless --all or --max-items says otherwise: a terminal is read, not archived."""
_RESUME = "scankit.resume"  # ctx.meta: the command that picks up a listing that failed part-way


# -- the tree ----------------------------------------------------------------------------------


class _Group(click.Group):
    """A group whose subcommands also answer to their underscore names (`list_creatives`)."""

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        return super().get_command(ctx, cmd_name) or super().get_command(ctx, cmd_name.replace("_", "-"))


def vendor_group(slug: str) -> click.Command:
    try:
        spec = load_vendor(slug)
    except VendorNotInstalled as exc:
        return _not_installed(slug, str(exc))
    info = spec.info
    tokens = (
        f" Session credentials, where the account uses them: {' or '.join(spec.token_envs)}." if spec.token_envs else ""
    )
    default_server = f"else {info.base_url}." if info.base_url else f"required (no shared host). {info.base_url_help}"
    help_text = (
        f"{info.name} ({info.base_url or info.servers[0]}).\n\n"
        f"The API key comes from {info.env_key} in the environment (--api-key works too, but shows in "
        f"shell history and process lists).{tokens} The server is {spec.base_url_env} or --base-url, "
        f"{default_server}"
    )
    group = _Group(
        slug,
        help=help_text,
        short_help=f"{info.name}: {', '.join(r.command for r in spec.resources)}.",
        context_settings=CONTEXT_SETTINGS,
        no_args_is_help=True,
    )
    for resource in spec.resources:
        group.add_command(_resource_group(spec, resource))
    return group


def _not_installed(slug: str, message: str) -> click.Command:
    @click.command(
        slug,
        help=f"Not installed: {message}.",
        short_help="(not installed)",
        context_settings={"ignore_unknown_options": True, "allow_extra_args": True},
    )
    @click.pass_context
    def missing(ctx: click.Context) -> None:
        fail(Failure(ExitCode.CONFIGURATION, f"scankit {slug}: {message}."))
        ctx.exit(ExitCode.CONFIGURATION)

    return missing


def _resource_group(spec: VendorSpec, resource: ResourceSpec) -> click.Group:
    group = _Group(
        resource.command,
        help=f"{spec.info.name} {resource.summary}",
        short_help=resource.summary,
        context_settings=CONTEXT_SETTINGS,
        no_args_is_help=True,
    )
    for verb in resource.verbs:
        group.add_command(_verb_command(spec, resource, verb))
    for verb in resource.verbs:
        if verb.is_list:  # a list without incremental reads gets a hidden sync that says which lists have one
            sync = _sync_command(spec, resource, verb) if verb.incremental else not_incremental(spec, resource, verb)
            group.add_command(sync)
    return group


def _returns_file(verb: VerbSpec) -> bool:
    returns = verb.returns
    return getattr(returns, "__name__", "") == "File" and "payload" in getattr(returns, "__annotations__", {})


def _item_noun(verb: VerbSpec) -> str:
    name = getattr(verb.returns, "__name__", "item")
    words = "".join(f" {c.lower()}" if c.isupper() else c for c in name).strip()
    return words + ("es" if words.endswith("s") else "s")


class VerbCommand(click.Command):
    """A verb, whose help also lists the `--filter` / `--param` keys with their types."""

    def __init__(self, *args: Any, verb: VerbSpec, keyword_option: str | None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.verb = verb
        self.keyword_option = keyword_option

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        super().format_options(ctx, formatter)
        if self.keyword_option and self.verb.keywords:
            rows = []
            catch_all = catch_all_param(self.verb)
            for param in self.verb.keywords:
                shape = shape_of(param.hint)
                required = "required; " if param.required else ""
                text = f"[{required}{shape.describe()}] {param.doc}".strip()
                schema = object_schema(self.verb, param) if is_json_object(self.verb, param) else None
                if param is catch_all:
                    which = "Its keys (below)" if schema else "Any other key"
                    text += (
                        f" {which} go into {param.name}, as a list: {self.keyword_option} KEY=VALUE sends"
                        f' {param.name}={{"KEY": ["VALUE"]}}; repeat a key for more values.'
                    )
                if schema:
                    text += f" A whole JSON object ({param.name}='{{…}}') is sent unchecked."
                rows.append((param.name, text))
                for key, key_shape in (schema or {}).items():
                    rows.append((f"{param.name}.{key}" if param is not catch_all else key, f"[{key_shape.describe()}]"))
            with formatter.section(f"Keys for {self.keyword_option} KEY=VALUE"):
                formatter.write_dl(rows)


def _resume_options(verb: VerbSpec) -> list[click.Parameter]:
    """`--cursor` or `--page`: where a listing starts, as the hint after a failure gives it."""
    pag = verb.pagination
    if pag is None:
        return []
    if pag.style == "cursor":
        return [
            click.Option(
                ["--cursor", "resume_at"],
                metavar="CURSOR",
                help=f"Start at this cursor ({pag.request_param}); a listing that fails prints the one to resume at.",
            )
        ]
    return [
        click.Option(
            ["--page", "resume_at"],
            type=click.IntRange(min=pag.first_page),
            metavar="N",
            help=f"Start at page N ({pag.request_param}); a listing that fails prints the one to resume at.",
        )
    ]


def _inputs(verb: VerbSpec) -> tuple[list[click.Parameter], str | None]:
    """The operation's own arguments: positional ids and `--filter` / `--param` KEY=VALUE (and the option's name)."""
    params: list[click.Parameter] = []
    for param in verb.positional:
        kind = shape_of(param.hint).kind
        ptype: click.ParamType[Any] = {"int": click.INT, "uuid": click.UUID, "float": click.FLOAT}.get(
            kind, click.STRING
        )
        params.append(click.Argument([param.name], type=ptype, metavar=param.name.upper()))
    keyword_option = None
    if verb.keywords:
        keyword_option = "--filter" if verb.is_list else "--param"
        params.append(
            click.Option(
                [keyword_option, "keyword_pairs"],
                multiple=True,
                metavar="KEY=VALUE",
                help="A parameter of the operation (repeatable); the keys are listed below.",
                shell_complete=lambda ctx, param, incomplete: [
                    CompletionItem(text, type="plain") for text in completions(verb, incomplete)
                ],
            )
        )
    return params, keyword_option


def _connection_options(spec: VendorSpec) -> list[click.Parameter]:
    """Where to send the request and with which credential, retries and timeout."""
    return [
        click.Option(
            ["--base-url"],
            metavar="URL",
            help=f"The server; default: {spec.base_url_env}, else {spec.info.base_url or '(none: required)'}.",
        ),
        click.Option(
            ["--api-key"],
            metavar="KEY",
            help=f"The API key. Prefer {spec.info.env_key} in the environment: an option shows in shell history.",
        ),
        click.Option(
            ["--profile"],
            metavar="NAME",
            help="Settings from this profile of the config file (`scankit config show`); default: $SCANKIT_PROFILE.",
        ),
        click.Option(
            ["--max-retries"], type=click.IntRange(min=0), help="Retries of a failed request (default: the library's)."
        ),
        click.Option(
            ["--timeout"], type=click.FloatRange(min=0, min_open=True), metavar="SECONDS", help="Read timeout."
        ),
    ]


def _sync_command(spec: VendorSpec, resource: ResourceSpec, verb: VerbSpec) -> click.Command:
    params, keyword_option = _inputs(verb)
    params += sync_options() + _connection_options(spec)
    short, text = sync_help(spec, resource, verb)

    @click.pass_context
    def callback(ctx: click.Context, /, **options: Any) -> None:
        _run(ctx, spec, resource, verb, options, keyword_option)

    return VerbCommand(
        sync_name(verb.name),
        callback=callback,
        params=params,
        help=text,
        short_help=short,
        context_settings=CONTEXT_SETTINGS,
        verb=verb,
        keyword_option=keyword_option,
    )


def _verb_command(spec: VendorSpec, resource: ResourceSpec, verb: VerbSpec) -> click.Command:
    params, keyword_option = _inputs(verb)
    if verb.body is not None:
        params.append(
            click.Option(
                ["--body"],
                metavar="JSON|@FILE",
                help="The request body: JSON text, @file.json, or @- for standard input.",
            )
        )
    if verb.is_list:
        params += [
            click.Option(
                ["--max-items", "-n"],
                type=click.IntRange(min=0),
                help=f"Stop after this many items (a table stops at {TABLE_CAP} unless told).",
            ),
            click.Option(
                ["--all", "all_items"],
                is_flag=True,
                help=f"Every item, in a table too (which otherwise stops at {TABLE_CAP}).",
            ),
            click.Option(["--max-pages"], type=click.IntRange(min=0), help="Stop after this many pages."),
        ]
        params += _resume_options(verb)
    if _returns_file(verb):
        params.append(
            click.Option(
                ["--output", "-o"],
                type=click.Path(dir_okay=False, writable=True),
                help="Write the file here instead of to standard output.",
            )
        )
    else:
        params.append(
            click.Option(
                ["--format", "fmt"],
                type=click.Choice(FORMATS),
                help=f"Output format; default: table on a terminal, jsonl when piped. CSV: nested objects are "
                f"dotted columns; {CSV_LISTS}.",
            )
        )
    params += wait_options(spec, resource, verb)
    params += _connection_options(spec)

    help_parts = [verb.summary]
    if verb.description:
        help_parts.append(verb.description)
    if verb.http:
        help_parts.append(f"\b\n{verb.http}")

    @click.pass_context
    def callback(ctx: click.Context, /, **options: Any) -> None:
        _run(ctx, spec, resource, verb, options, keyword_option)

    return VerbCommand(
        verb.command,
        callback=callback,
        params=params,
        help="\n\n".join(help_parts),
        short_help=verb.summary,
        context_settings=CONTEXT_SETTINGS,
        verb=verb,
        keyword_option=keyword_option,
    )


# -- running a verb ----------------------------------------------------------------------------


def _secrets(spec: VendorSpec, api_key: str | None) -> list[str]:
    values = [api_key, os.environ.get(spec.info.env_key), *(os.environ.get(name) for name in spec.token_envs)]
    return [v for v in values if v]


def _run(
    ctx: click.Context,
    spec: VendorSpec,
    resource: ResourceSpec,
    verb: VerbSpec,
    options: dict[str, Any],
    keyword_option: str | None,
) -> None:
    env = env_of(ctx)
    args = [options[p.name] for p in verb.positional]
    kwargs = build_keywords(verb, options.get("keyword_pairs") or (), keyword_option or "--param")
    if options.get("resume_at") is not None and verb.pagination is not None:
        param = verb.pagination.request_param
        flag = "--cursor" if verb.pagination.style == "cursor" else "--page"
        if param in kwargs:
            raise click.UsageError(f"{flag} and {keyword_option} {param}=… say the same thing: give one")
        kwargs[param] = options["resume_at"]
    if verb.body is not None:
        body = options.get("body")
        kwargs["body"] = read_body(body, verb.body) if body is not None else default_body(verb.body)
    api_key: str | None = options.get("api_key")
    syncing = options.get("sync_state") is not None
    call = Call(
        vendor=spec,
        resource=resource.command,
        verb=sync_name(verb.name) if syncing else verb.command,
        args=tuple((p.name, str(options[p.name])) for p in verb.positional),
        base_url=options.get("base_url"),
        key_from_option=bool(api_key),
        has_list=resource.verb("list") is not None,
    )
    secrets = _secrets(spec, api_key)
    try:
        client, key_source = _make_client(ctx, spec, env, options, secrets)
        call = attrs.evolve(call, base_url=client.base_url, key_source=key_source)
        with client:
            method = getattr(getattr(client, resource.name), verb.name)
            if syncing:  # the state belongs to one server and one set of arguments (never a password)
                scope = {"base_url": safe_url(client.base_url), **dict(call.args)}
                scope.update(pair.partition("=")[::2] for pair in options.get("keyword_pairs") or ())
                run_sync(
                    env, spec, resource, verb, method, args, kwargs, options, scope=scope, now=client._runtime.wall
                )
                return
            if wants_wait(verb, options):  # --wait, or the wait verb: a progress line, then the run's end
                method = Waiting(env, spec, resource, verb, client, options)
            if verb.is_list:
                _list(ctx, env, spec, verb, method, args, kwargs, options)
            elif _returns_file(verb) and hasattr(client, "with_streaming_response"):
                _download(client, resource.name, verb.name, args, kwargs, options)
            else:
                _show(env, call, method(*args, **kwargs), options)
                if isinstance(method, Waiting):
                    method.finish()
    except (click.exceptions.Exit, click.ClickException):
        raise
    except BrokenPipeError:
        _stdout_gone()
        ctx.exit(ExitCode.OK)
    except KeyboardInterrupt:
        fail(Failure(ExitCode.UNEXPECTED, "Interrupted."))
        _resume_hint(ctx, secrets)
        ctx.exit(130)
    except Exception as exc:
        if env.debug:
            text = "".join(traceback.format_exception(exc))
            click.echo(redact_text(text, secrets), err=True)
        failure = describe(exc, call)
        fail(failure, secrets)
        _resume_hint(ctx, secrets)
        ctx.exit(failure.code)


def _make_client(
    ctx: click.Context, spec: VendorSpec, env: CliEnv, options: dict[str, Any], secrets: list[str]
) -> tuple[SyncClient, str | None]:
    """The client, from the flags, the environment and the profile (in that order); and where the key came from."""
    explicit = {key: options.get(key) or None for key in ("api_key", "base_url")}
    explicit.update({key: options.get(key) for key in ("max_retries", "timeout")})
    profile = options.get("profile") or ctx.find_root().params.get("profile")
    resolved, _, notes = vendor_settings(spec, profile, explicit)
    for note in notes:
        click.echo(note, err=True)
    kwargs = client_kwargs(resolved)
    secrets.extend(s.value for s in resolved.values() if s.secret and isinstance(s.value, str))
    timeout = kwargs.pop("timeout", None)
    if timeout is not None:
        kwargs["timeout"] = httpx.Timeout(float(timeout), connect=min(10.0, float(timeout)))
    if env.http_client is not None:
        kwargs["http_client"] = env.http_client
    factory = cast(Callable[..., SyncClient], spec.client_cls)
    client = factory(**kwargs)
    if env.configure_client is not None:
        env.configure_client(client)
    key = resolved.get("api_key")
    return client, key.source if key is not None else None


def _format(env: CliEnv, options: dict[str, Any]) -> Format:
    fmt: Format | None = options.get("fmt")
    if fmt is not None:
        return fmt
    return "table" if env.stdout_tty() else "jsonl"


def _stdout_console(env: CliEnv, file: IO[str] | None = None) -> Console:
    return Console(file=file or sys.stdout, highlight=False, force_terminal=env.stdout_isatty)


def _list(
    ctx: click.Context,
    env: CliEnv,
    spec: VendorSpec,
    verb: VerbSpec,
    method: Callable[..., Any],
    args: list[Any],
    kwargs: dict[str, Any],
    options: dict[str, Any],
) -> None:
    fmt = _format(env, options)
    max_items: int | None = options.get("max_items")
    if options.get("all_items") and max_items is not None:
        raise click.UsageError("--all and --max-items: give one")
    cap = TABLE_CAP if fmt == "table" and max_items is None and not options.get("all_items") else None
    limit = max_items if max_items is not None else cap
    paginator = method(*args, **kwargs, max_items=limit, max_pages=options.get("max_pages"))
    noun = _item_noun(verb)
    waiter = verb.waiter
    pinned = [path_column(p) for p in (waiter.state, waiter.progress) if p] if waiter is not None else []
    # A live line on the terminal that also shows streamed output would tear it; the data is progress enough.
    show = env.stderr_tty() and not (env.stdout_tty() and fmt in ("json", "jsonl"))
    label = f"{spec.info.name} {ctx.parent.info_name if ctx.parent else ''} {verb.command}".replace("  ", " ")
    bar = (
        ListingProgress(
            Console(file=sys.stderr, force_terminal=env.stderr_isatty),
            label,
            limit=limit,
            stdout=env.stdout_is(),
            clock=env.clock or time.monotonic,
        )
        if show
        else None
    )
    out = bar.guard(sys.stdout) if bar is not None else sys.stdout  # the line is erased before any output
    sink = make_sink(fmt, out, _stdout_console(env, out), noun, pinned)
    count = pages = 0
    more, total = False, None
    try:
        with bar if bar is not None else contextlib.nullcontext():
            for page in _pages(paginator):
                items = page.items if limit is None else page.items[: max(0, limit - count)]
                count += len(items)
                pages += 1
                if bar is not None:
                    bar.page(len(items), page.total_items)
                sink.add(items)
                if bar is not None:
                    bar.after_output()
                if limit is not None and count >= limit:
                    more, total = len(page.items) > len(items) or page.has_next_page, page.total_items
                    break
    except BaseException:
        if pages and paginator.cursor is not None:
            ctx.meta[_RESUME] = _resume_command(ctx, spec, verb, options, paginator.cursor, count, pages)
        if count:  # what arrived before the failure is still shown, and JSON stays well-formed
            with contextlib.suppress(Exception):
                sink.close()
        raise
    if cap is not None and more and isinstance(sink, TableSink):
        of = f" of {total:,}" if total and total > cap else ""
        sink.more = (
            f"The first {cap}{of} {noun} only: --all shows every one, --max-items N as many as you say; "
            "--format jsonl or csv streams them all."
        )
    sink.close()
    if isinstance(sink, CsvSink) and sink.dropped:
        names = ", ".join(list(sink.dropped)[:5])
        click.echo(
            f"note: {len(sink.dropped)} field(s) first seen after the CSV header was written are not in it "
            f"({names}); --format jsonl has every field.",
            err=True,
        )


def _resume_command(
    ctx: click.Context,
    spec: VendorSpec,
    verb: VerbSpec,
    options: dict[str, Any],
    cursor: Any,
    count: int,
    pages: int,
) -> str:
    """The command that lists what a failed listing did not: the same one, starting at `cursor`."""
    assert verb.pagination is not None
    root = ctx.find_root().params
    parts = ["scankit", *(["--profile", root["profile"]] if root.get("profile") else [])]
    resource = ctx.parent.info_name if ctx.parent and ctx.parent.info_name else ""
    parts += [spec.slug, resource, verb.command, *(str(options[p.name]) for p in verb.positional)]
    request = verb.pagination.request_param
    for pair in options.get("keyword_pairs") or ():
        if pair.partition("=")[0].strip().replace("-", "_") != request:
            parts += ["--filter", pair]
    remaining = {
        "max_items": options["max_items"] - count if options.get("max_items") is not None else None,
        "max_pages": options["max_pages"] - pages if options.get("max_pages") is not None else None,
    }
    flags = [
        ("all_items", "--all"),
        ("max_items", "--max-items"),
        ("max_pages", "--max-pages"),
        ("fmt", "--format"),
        ("profile", "--profile"),
        ("base_url", "--base-url"),
        ("max_retries", "--max-retries"),
        ("timeout", "--timeout"),
    ]
    for name, flag in flags:
        value = remaining.get(name, options.get(name))
        if value is True:
            parts.append(flag)
        elif value is not None and value is not False:
            parts += [flag, str(value)]
    parts += ["--cursor" if verb.pagination.style == "cursor" else "--page", str(cursor)]
    command = shlex.join(parts)
    if options.get("api_key"):
        command += "  # and --api-key again"
    return command


def _resume_hint(ctx: click.Context, secrets: list[str]) -> None:
    command = ctx.meta.get(_RESUME)
    if command:
        console = Console(file=sys.stderr, highlight=False, soft_wrap=True)
        console.print(Text.assemble(("  resume with: ", "bold"), redact_text(command, secrets)))


def _pages(paginator: Any) -> Iterator[Any]:
    pages = paginator.pages()
    try:
        yield from pages
    finally:
        pages.close()  # stop prefetching as soon as we stop reading


def _show(env: CliEnv, call: Call, result: Any, options: dict[str, Any]) -> None:
    if is_missing(result):
        target = " ".join(v for _, v in call.args)
        click.echo(f"{call.vendor.info.name} {call.resource} {call.verb} {target}: done.".replace("  ", " "), err=True)
        return
    read = getattr(getattr(result, "payload", None), "read", None)
    if callable(read):  # a file (HostedScan's result download): the bytes as they are
        data = cast(bytes, read())
        output = options.get("output")
        if output:
            with open(output, "wb") as fh:
                fh.write(data)
            click.echo(f"Wrote {len(data):,} bytes to {output}.", err=True)
        else:
            sys.stdout.flush()
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        return
    render_one(result, _format(env, options), sys.stdout, _stdout_console(env))


def _download(
    client: Any, resource: str, verb: str, args: list[Any], kwargs: dict[str, Any], options: dict[str, Any]
) -> None:
    """A file goes to disk (or standard output) as it arrives: memory stays flat whatever its size."""
    stream = getattr(getattr(client.with_streaming_response, resource), verb)
    with stream(*args, **kwargs) as response:
        output = options.get("output")
        if not output:
            sys.stdout.flush()
            for chunk in response.iter_bytes():
                sys.stdout.buffer.write(chunk)
            sys.stdout.buffer.flush()
            return
        partial = f"{output}.part"  # a broken transfer never leaves a truncated file under the real name
        try:
            written = response.stream_to_file(partial)
            os.replace(partial, output)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(partial)
            raise
        click.echo(f"Wrote {written:,} bytes to {output}.", err=True)


def _stdout_gone() -> None:
    # The reader went away (`| head`): stop quietly, and keep Python from complaining at exit.
    with contextlib.suppress(OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
