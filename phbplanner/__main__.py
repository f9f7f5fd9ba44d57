"""``phbplanner``: the window with no command (or ``open FILE``), the CLI with one."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from .hardening import harden_process


def main(argv: Sequence[str] | None = None) -> int:
    """Start the window or run a command, and return the exit code."""
    harden_process()  # first: no core dumps, private files, for the window and the CLI alike
    args = list(sys.argv[1:] if argv is None else argv)
    from .cli import COMMAND_NAMES

    if args and (args[0] in COMMAND_NAMES or args[0] in {"--version", "-h", "--help"}):
        from .cli import main as cli_main

        return cli_main(args)
    from .app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
