"""`scankit` itself: the root command, its help, `--version`, and where each subcommand lives.

`scankit --help`, `--version` and `completion` must start at once, so this module imports click and
the standard library only: each vendor's line comes from its card (`_cards`), and a subcommand's
module (`_app` for the vendors, with httpx, rich and the generated package; `_profiles`,
`_webhooks`, `_sandbox`) is imported when that subcommand is asked for.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

import click

from scankit._version import __version__
from scankit.vendors import slugs as vendor_slugs

from ._cards import card, installed
from ._codes import EXIT_CODES, ExitCode, Failure
from ._env import CONTEXT_SETTINGS, CliEnv, fail

# The other subcommands: where each is defined, and its line in `scankit --help` (a test checks that
# the line is the command's own short help).
SUBCOMMANDS: dict[str, tuple[str, str, str]] = {
    "sandbox": (
        "._root",
        "sandbox_command",
        "Local stand-ins for every vendor's API; --background, stop (scankit sandbox --help).",
    ),
    "webhooks": ("._webhooks", "webhooks_group", "Receive or check vendors' signed webhook deliveries."),
    "config": ("._profiles", "config_group", "Profiles: where the file is and what each vendor's client gets."),
    "completion": ("._completion", "completion_command", "Print the shell completion script (bash, zsh or fish)."),
}


def _vendor_line(slug: str) -> str:
    found = card(slug)
    if not installed(slug):
        return "(not installed)"
    if found is None:  # no card: ask the command itself (this imports the vendor's package)
        return vendor_command(slug).get_short_help_str()
    return found.summary


def vendor_command(slug: str) -> click.Command:
    from . import _app  # the vendor tree: httpx, rich, the facade and its generated package

    return _app.vendor_group(slug)


class RootGroup(click.Group):
    """`scankit`: one subcommand per facade module, plus `sandbox`, `webhooks`, `config` and `completion`."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [*vendor_slugs(), *SUBCOMMANDS]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in SUBCOMMANDS:
            module, attr, _ = SUBCOMMANDS[cmd_name]
            command: click.Command = getattr(importlib.import_module(module, __package__), attr)
            return command
        slug = cmd_name.lower()
        if slug in vendor_slugs():
            return vendor_command(slug)
        return None

    def line_for(self, name: str) -> str:
        """A subcommand's line in the help, without importing it."""
        return SUBCOMMANDS[name][2] if name in SUBCOMMANDS else _vendor_line(name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, self.line_for(name)) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def shell_complete(self, ctx: click.Context, incomplete: str) -> list[Any]:
        from click.shell_completion import CompletionItem

        names = [name for name in self.list_commands(ctx) if name.startswith(incomplete)]
        items = [CompletionItem(name, help=self.line_for(name)) for name in names]
        return items + click.Command.shell_complete(self, ctx, incomplete)  # the options

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = []
        for slug in vendor_slugs():
            found = card(slug)
            if found is not None and installed(slug):
                rows.append((slug, ", ".join(found.env)))
        with formatter.section("Environment (the same variables as the library)"):
            formatter.write_dl(rows)
            formatter.write_paragraph()
            formatter.write_text("SCANKIT_LOG=debug logs every request to stderr, credentials redacted.")
            formatter.write_text(
                "Profiles: --profile NAME or SCANKIT_PROFILE picks one from ~/.config/scankit/config.toml "
                "(SCANKIT_CONFIG overrides the path); each setting comes from a flag, else the environment, "
                "else the profile, else the default. `scankit config show` prints what is in use."
            )
        with formatter.section("Exit codes"):
            formatter.write_dl([(str(int(code)), text) for code, text in EXIT_CODES.items()])


# -- sandbox -----------------------------------------------------------------------------------


@click.command(
    "sandbox",
    context_settings={"ignore_unknown_options": True, "allow_extra_args": True, "help_option_names": []},
    add_help_option=False,
    short_help=SUBCOMMANDS["sandbox"][2],
)
@click.argument("argv", nargs=-1, type=click.UNPROCESSED)
@click.pass_context
def sandbox_command(ctx: click.Context, argv: tuple[str, ...]) -> None:
    """Run the local sandbox: every vendor's API served from its spec (arguments go to the sandbox)."""
    try:
        module = importlib.import_module("scankit.sandbox")
    except ModuleNotFoundError as exc:
        if exc.name in {"scankit.sandbox", "scankit"}:
            message = "the sandbox is not part of this installation (no scankit.sandbox module)."
            hint = "install scankit from a source checkout, where wrapper/scankit/sandbox/ provides it"
        else:
            message = f"the sandbox needs the {exc.name} package, which is not installed."
            hint = f"pip install {exc.name}"
        fail(Failure(ExitCode.CONFIGURATION, f"scankit sandbox: {message}", hint))
        ctx.exit(ExitCode.CONFIGURATION)
    main: Any = getattr(module, "main", None)
    if not callable(main):
        fail(Failure(ExitCode.CONFIGURATION, "scankit sandbox: scankit.sandbox has no main(argv)."))
        ctx.exit(ExitCode.CONFIGURATION)
    from ._sandbox import run  # --background, --env-file and `stop` are handled there

    ctx.exit(run(module, list(argv)))


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


def versions() -> str:
    """`scankit --version`: scankit and each vendor package, which are released with one version."""
    from importlib.metadata import PackageNotFoundError, version

    lines = [f"scankit {__version__}"]
    for slug in vendor_slugs():
        try:
            lines.append(f"scankit-{slug} {version(f'scankit-{slug}')}")
        except PackageNotFoundError:
            lines.append(f"scankit-{slug} not installed (pip install 'scankit[{slug}]')")
    return "\n".join(lines)


def _print_versions(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(versions())
        ctx.exit()


@click.group("scankit", cls=RootGroup, help=ROOT_HELP, context_settings=CONTEXT_SETTINGS)
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_print_versions,
    help="Show the version of scankit and of each vendor package, and exit.",
)
@click.option("--debug", is_flag=True, help="Log requests to stderr (credentials redacted) and show tracebacks.")
@click.option(
    "--profile",
    metavar="NAME",
    help="Take settings from this profile of the config file (default: $SCANKIT_PROFILE; `scankit config show`).",
)
@click.pass_context
def cli(ctx: click.Context, debug: bool, profile: str | None) -> None:
    env = ctx.ensure_object(CliEnv)
    if debug:
        import logging

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
