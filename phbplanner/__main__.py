"""``phbplanner``: the window with no command (``open FILE`` or a plan's path), the CLI with one.

The window starts without importing the command-line interface at all when the arguments make
it plain (nothing, ``open``, or the window's own options such as ``--demo``): the CLI's imports
(argparse's parser, the version from the package metadata) cost a window start about 25 ms.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from .hardening import harden_process

_CLI_OPTIONS = frozenset({"--version", "-h", "--help"})


def _plainly_the_window(args: Sequence[str]) -> bool:
    """True when ``args`` can only mean the window (no need to ask the CLI its commands)."""
    if not args:
        return True
    first = args[0]
    return first == "open" or (first.startswith("-") and first not in _CLI_OPTIONS)


def main(argv: Sequence[str] | None = None) -> int:
    """Start the window or run a command, and return the exit code."""
    harden_process()  # first: no core dumps, private files, for the window and the CLI alike
    args = list(sys.argv[1:] if argv is None else argv)
    if not _plainly_the_window(args):
        from .cli import COMMAND_NAMES

        if args[0] in COMMAND_NAMES or args[0] in _CLI_OPTIONS:
            from .cli import main as cli_main

            return cli_main(args)
    from .app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
