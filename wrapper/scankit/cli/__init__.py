"""The `scankit` command: `scankit <vendor> <resource> <verb>` for every operation of every vendor.

    scankit hostedscan scans list --filter state=RUNNING --max-items 20
    scankit passentry scans get 0194d6a9-95b7-72dc-87fc-ecaed8c0b520 --format json
    scankit --profile sandbox hostedscan scans list --all
    eval "$(scankit sandbox --background)"
    scankit config show
    scankit completion zsh

Built on click (the command tree is read from the generated facades, so it follows the specs) and
rich (tables, progress on stderr). `ExitCode` lists what the command exits with. Importing this
package imports click alone: `--help`, `--version` and `completion` never load httpx, rich or a
vendor's generated package (`_root`).
"""

from __future__ import annotations

from ._codes import EXIT_CODES, ExitCode
from ._env import CliEnv
from ._root import cli, main

__all__ = ["EXIT_CODES", "CliEnv", "ExitCode", "cli", "main"]
