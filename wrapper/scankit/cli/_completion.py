"""`scankit completion bash|zsh|fish`: the shell script that completes commands, options and filters.

The script is click's own (it calls back `scankit` with `_SCANKIT_COMPLETE` set); this module only
prints it, with the line to add to the shell's start-up file.
"""

from __future__ import annotations

import click

COMPLETE_VAR = "_SCANKIT_COMPLETE"
SHELLS = ("bash", "zsh", "fish")

HELP = """Print the completion script for SHELL: commands, options, --format and --filter values.

\b
  bash:  echo 'eval "$(scankit completion bash)"' >> ~/.bashrc
  zsh:   echo 'eval "$(scankit completion zsh)"' >> ~/.zshrc
  fish:  scankit completion fish > ~/.config/fish/completions/scankit.fish

bash needs version 4.4 or later, and completes --filter keys but not their values (it splits words
at `=`); zsh and fish complete both.
"""


@click.command("completion", help=HELP, short_help="Print the shell completion script (bash, zsh or fish).")
@click.argument("shell", type=click.Choice(SHELLS))
@click.pass_context
def completion_command(ctx: click.Context, shell: str) -> None:
    from click.shell_completion import get_completion_class  # only for this command: not on `--help`'s way

    cls = get_completion_class(shell)
    assert cls is not None  # the three choices are click's built-in shells
    root = ctx.find_root().command
    click.echo(cls(root, {}, "scankit", COMPLETE_VAR).source())
