"""`python -m scankit_codegen <command> [args]`: the build-time commands the Makefile runs."""

from __future__ import annotations

import sys
from collections.abc import Callable
from importlib import import_module

# command -> the module whose `main(argv)` runs it (imported on use: `vendors` needs no generator)
COMMANDS = {
    "generate": "generate",
    "check": "check_generated",
    "lint": "lint_specs",
    "docs": "docs",
    "verifytypes": "verifytypes",
    "vendor": "scaffold",
    "vendors": "registry",
}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0] not in COMMANDS:
        print(f"usage: python -m scankit_codegen {{{'|'.join(COMMANDS)}}} [args]", file=sys.stderr)
        return 2
    run: Callable[[list[str]], int] = import_module(f"scankit_codegen.{COMMANDS[args[0]]}").main
    return run(args[1:])


if __name__ == "__main__":
    sys.exit(main())
