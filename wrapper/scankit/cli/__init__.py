"""The `scankit` command: `scankit <vendor> <resource> <verb>` for every operation of every vendor.

    scankit hostedscan scans list --filter state=RUNNING --max-items 20
    scankit passentry scans get 0194d6a9-95b7-72dc-87fc-ecaed8c0b520 --format json
    scankit --profile sandbox hostedscan scans list --all
    eval "$(scankit sandbox --background)"
    scankit config show
    scankit completion zsh

Built on click (the command tree is read from the generated facades, so it follows the specs) and
rich (tables, progress on stderr). `ExitCode` lists what the command exits with.
"""

from __future__ import annotations

from ._app import CliEnv, cli, main
from ._exits import EXIT_CODES, ExitCode

__all__ = ["EXIT_CODES", "CliEnv", "ExitCode", "cli", "main"]
