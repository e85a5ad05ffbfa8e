"""The command tree: `scankit <vendor> <resource> <verb>`, built from the facades when asked for.

Vendors are the modules of `scankit.vendors`, resources and verbs come from `_discovery`; nothing
here names a vendor or an operation. Groups are built lazily, so `scankit hostedscan …` imports
only the HostedScan package.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import traceback
from collections.abc import Callable, Iterator
from typing import IO, Any, cast

import attrs
import click
import httpx
from rich.console import Console
from rich.text import Text

import scankit
from scankit._base import SyncClient
from scankit._redact import redact_text

from ._discovery import (
    ResourceSpec,
    VendorNotInstalled,
    VendorSpec,
    VerbSpec,
    load_vendor,
    vendor_slugs,
)
from ._exits import EXIT_CODES, Call, ExitCode, Failure, describe
from ._output import FORMATS, Format, make_sink, render_one
from ._params import build_keywords, catch_all_param, default_body, read_body, shape_of
from ._progress import ListingProgress

CONTEXT_SETTINGS: dict[str, Any] = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


@attrs.define
class CliEnv:
    """What the CLI takes from its surroundings; tests pass their own with `CliRunner.invoke(obj=…)`.

    `http_client` carries every request (the client's auth still applies), `configure_client` sees
    each client before use (tests give it a fake clock), and the two `isatty` flags override the
    terminal detection that picks the default format and the progress display.
    """

    http_client: httpx.Client | None = None
    configure_client: Callable[[SyncClient], None] | None = None
    stdout_isatty: bool | None = None
    stderr_isatty: bool | None = None
    debug: bool = False

    def stdout_tty(self) -> bool:
        return self.stdout_isatty if self.stdout_isatty is not None else _isatty(sys.stdout)

    def stderr_tty(self) -> bool:
        return self.stderr_isatty if self.stderr_isatty is not None else _isatty(sys.stderr)


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _env(ctx: click.Context) -> CliEnv:
    env = ctx.find_object(CliEnv)
    return env if env is not None else CliEnv()


# -- the tree ----------------------------------------------------------------------------------


class _Group(click.Group):
    """A group whose subcommands also answer to their underscore names (`list_creatives`)."""

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        return super().get_command(ctx, cmd_name) or super().get_command(ctx, cmd_name.replace("_", "-"))


class RootGroup(click.Group):
    """`scankit`: one subcommand per facade module, plus `sandbox`."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [*vendor_slugs(), "sandbox"]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name == "sandbox":
            return sandbox_command
        slug = cmd_name.lower()
        if slug in vendor_slugs():
            return vendor_group(slug)
        return None

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = []
        for slug in vendor_slugs():
            try:
                spec = load_vendor(slug)
            except VendorNotInstalled:
                continue
            names = [spec.info.env_key, *spec.token_envs, spec.base_url_env]
            rows.append((slug, ", ".join(names)))
        with formatter.section("Environment (the same variables as the library)"):
            formatter.write_dl(rows)
            formatter.write_paragraph()
            formatter.write_text("SCANKIT_LOG=debug logs every request to stderr, credentials redacted.")
        with formatter.section("Exit codes"):
            formatter.write_dl([(str(int(code)), text) for code, text in EXIT_CODES.items()])


def vendor_group(slug: str) -> click.Command:
    try:
        spec = load_vendor(slug)
    except VendorNotInstalled as exc:
        return _not_installed(slug, str(exc))
    info = spec.info
    tokens = (
        f" Session credentials, where the account uses them: {' or '.join(spec.token_envs)}." if spec.token_envs else ""
    )
    help_text = (
        f"{info.name} ({info.base_url}).\n\n"
        f"The API key comes from {info.env_key} in the environment (--api-key works too, but shows in "
        f"shell history and process lists).{tokens} The server is {spec.base_url_env} or --base-url, "
        f"else {info.base_url}."
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
        _fail(Failure(ExitCode.CONFIGURATION, f"scankit {slug}: {message}."))
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
                if param is catch_all:
                    text += (
                        f" Any other key goes into {param.name}, as a list: {self.keyword_option} KEY=VALUE sends"
                        f' {param.name}={{"KEY": ["VALUE"]}}; repeat a key for more values.'
                    )
                rows.append((param.name, text))
            with formatter.section(f"Keys for {self.keyword_option} KEY=VALUE"):
                formatter.write_dl(rows)


def _verb_command(spec: VendorSpec, resource: ResourceSpec, verb: VerbSpec) -> click.Command:
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
            )
        )
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
            click.Option(["--max-items", "-n"], type=click.IntRange(min=0), help="Stop after this many items."),
            click.Option(["--max-pages"], type=click.IntRange(min=0), help="Stop after this many pages."),
        ]
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
                help="Output format; default: table on a terminal, jsonl when piped.",
            )
        )
    params += [
        click.Option(
            ["--base-url"], metavar="URL", help=f"The server; default: {spec.base_url_env}, else {spec.info.base_url}."
        ),
        click.Option(
            ["--api-key"],
            metavar="KEY",
            help=f"The API key. Prefer {spec.info.env_key} in the environment: an option shows in shell history.",
        ),
        click.Option(
            ["--max-retries"], type=click.IntRange(min=0), help="Retries of a failed request (default: the library's)."
        ),
        click.Option(
            ["--timeout"], type=click.FloatRange(min=0, min_open=True), metavar="SECONDS", help="Read timeout."
        ),
    ]

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
    env = _env(ctx)
    args = [options[p.name] for p in verb.positional]
    kwargs = build_keywords(verb, options.get("keyword_pairs") or (), keyword_option or "--param")
    if verb.body is not None:
        body = options.get("body")
        kwargs["body"] = read_body(body, verb.body) if body is not None else default_body(verb.body)
    api_key: str | None = options.get("api_key")
    call = Call(
        vendor=spec,
        resource=resource.command,
        verb=verb.command,
        args=tuple((p.name, str(options[p.name])) for p in verb.positional),
        base_url=options.get("base_url"),
        key_from_option=bool(api_key),
        has_list=resource.verb("list") is not None,
    )
    secrets = _secrets(spec, api_key)
    try:
        client = _make_client(spec, env, options)
        call = attrs.evolve(call, base_url=client.base_url)
        with client:
            method = getattr(getattr(client, resource.name), verb.name)
            if verb.is_list:
                _list(ctx, env, spec, verb, method, args, kwargs, options)
            elif _returns_file(verb) and hasattr(client, "with_streaming_response"):
                _download(client, resource.name, verb.name, args, kwargs, options)
            else:
                _show(env, call, method(*args, **kwargs), options)
    except click.exceptions.Exit:
        raise
    except BrokenPipeError:
        _stdout_gone()
        ctx.exit(ExitCode.OK)
    except KeyboardInterrupt:
        _fail(Failure(ExitCode.UNEXPECTED, "Interrupted."))
        ctx.exit(130)
    except Exception as exc:
        if env.debug:
            text = "".join(traceback.format_exception(exc))
            click.echo(redact_text(text, secrets), err=True)
        failure = describe(exc, call)
        _fail(failure, secrets)
        ctx.exit(failure.code)


def _make_client(spec: VendorSpec, env: CliEnv, options: dict[str, Any]) -> SyncClient:
    kwargs: dict[str, Any] = {}
    if options.get("api_key"):
        kwargs["api_key"] = options["api_key"]
    if options.get("base_url"):
        kwargs["base_url"] = options["base_url"]
    if options.get("max_retries") is not None:
        kwargs["max_retries"] = options["max_retries"]
    if options.get("timeout") is not None:
        kwargs["timeout"] = httpx.Timeout(options["timeout"], connect=min(10.0, options["timeout"]))
    if env.http_client is not None:
        kwargs["http_client"] = env.http_client
    factory = cast(Callable[..., SyncClient], spec.client_cls)
    client = factory(**kwargs)
    if env.configure_client is not None:
        env.configure_client(client)
    return client


def _format(env: CliEnv, options: dict[str, Any]) -> Format:
    fmt: Format | None = options.get("fmt")
    if fmt is not None:
        return fmt
    return "table" if env.stdout_tty() else "jsonl"


def _stdout_console(env: CliEnv) -> Console:
    return Console(file=sys.stdout, highlight=False, force_terminal=env.stdout_isatty)


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
    paginator = method(*args, **kwargs, max_items=max_items, max_pages=options.get("max_pages"))
    sink = make_sink(fmt, sys.stdout, _stdout_console(env), _item_noun(verb))
    # A live line on the terminal that also shows streamed output would tear it; the data is progress enough.
    show = env.stderr_tty() and not (env.stdout_tty() and fmt in ("json", "jsonl"))
    label = f"{spec.info.name} {ctx.parent.info_name if ctx.parent else ''} {verb.command}".replace("  ", " ")
    progress: contextlib.AbstractContextManager[Any] = (
        ListingProgress(Console(file=sys.stderr, force_terminal=env.stderr_isatty), label, limit=max_items)
        if show
        else contextlib.nullcontext()
    )
    count = 0
    try:
        with progress as bar:
            for page in _pages(paginator):
                items = page.items if max_items is None else page.items[: max(0, max_items - count)]
                count += len(items)
                if bar is not None:
                    bar.page(len(items), page.total_items)
                sink.add(items)
                if max_items is not None and count >= max_items:
                    break
    except BaseException:
        if count:  # what arrived before the failure is still shown, and JSON stays well-formed
            with contextlib.suppress(Exception):
                sink.close()
        raise
    sink.close()


def _pages(paginator: Any) -> Iterator[Any]:
    pages = paginator.pages()
    try:
        yield from pages
    finally:
        pages.close()  # stop prefetching as soon as we stop reading


def _show(env: CliEnv, call: Call, result: Any, options: dict[str, Any]) -> None:
    if result is None:
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


def _fail(failure: Failure, secrets: list[str] | None = None) -> None:
    """The error on stderr: what went wrong, the vendor's own words, what to do. Never a secret."""
    console = Console(file=sys.stderr, highlight=False, soft_wrap=True)
    lines = [("error: ", "bold red", failure.message)]
    if failure.said:
        lines.append(("  ", "", failure.said))
    if failure.hint:
        lines.append(("  what to do: ", "bold", failure.hint))
    for prefix, style, text in lines:
        console.print(Text.assemble((prefix, style), redact_text(text, secrets or [])))


# -- sandbox -----------------------------------------------------------------------------------


@click.command(
    "sandbox",
    context_settings={"ignore_unknown_options": True, "allow_extra_args": True, "help_option_names": []},
    add_help_option=False,
    short_help="Run local stand-ins for every vendor's API (scankit sandbox --help).",
)
@click.argument("argv", nargs=-1, type=click.UNPROCESSED)
@click.pass_context
def sandbox_command(ctx: click.Context, argv: tuple[str, ...]) -> None:
    """Run the local sandbox: every vendor's API served from its spec (arguments go to the sandbox)."""
    import importlib

    try:
        module = importlib.import_module("scankit.sandbox")
    except ModuleNotFoundError as exc:
        if exc.name in {"scankit.sandbox", "scankit"}:
            message = "the sandbox is not part of this installation (no scankit.sandbox module)."
            hint = "install scankit from a source checkout, where wrapper/scankit/sandbox/ provides it"
        else:
            message = f"the sandbox needs the {exc.name} package, which is not installed."
            hint = f"pip install {exc.name}"
        _fail(Failure(ExitCode.CONFIGURATION, f"scankit sandbox: {message}", hint))
        ctx.exit(ExitCode.CONFIGURATION)
    main: Any = getattr(module, "main", None)
    if not callable(main):
        _fail(Failure(ExitCode.CONFIGURATION, "scankit sandbox: scankit.sandbox has no main(argv)."))
        ctx.exit(ExitCode.CONFIGURATION)
    code = main(list(argv))
    ctx.exit(int(code) if isinstance(code, int) else 0)


# -- the root ----------------------------------------------------------------------------------


ROOT_HELP = """List and fetch scans from five vendors' APIs, the same way for all of them.

\b
  scankit hostedscan scans list --filter state=RUNNING
  scankit passentry scans list --filter status=failed --max-items 50 --format csv
  scankit advalidation campaigns list-creatives 12
  scankit cloneguard scans get 0194d6a9-95b7-72dc-87fc-ecaed8c0b520
  scankit sandbox --help

Commands are `scankit VENDOR RESOURCE VERB`; `--help` at any level lists what is there. Output is
a table on a terminal and JSON lines when piped; --format table|json|jsonl|csv picks.
"""


@click.group("scankit", cls=RootGroup, help=ROOT_HELP, context_settings=CONTEXT_SETTINGS)
@click.version_option(scankit.__version__, prog_name="scankit", message="%(prog)s %(version)s")
@click.option("--debug", is_flag=True, help="Log requests to stderr (credentials redacted) and show tracebacks.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    env = ctx.ensure_object(CliEnv)
    if debug:
        env.debug = True
        logger = logging.getLogger("scankit")
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
        saved = logger.level
        # SCANKIT_LOG=debug has already given the logger a stream handler: once is enough.
        added = not any(type(h) is logging.StreamHandler for h in logger.handlers)
        if added:
            logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)

        def restore() -> None:
            if added:
                logger.removeHandler(handler)
            logger.setLevel(saved)

        ctx.call_on_close(restore)


def main(argv: list[str] | None = None) -> None:
    """The `scankit` console script."""
    cli.main(args=argv, prog_name="scankit", obj=CliEnv())
