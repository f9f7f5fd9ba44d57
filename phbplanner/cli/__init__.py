"""The command-line interface (SPEC §6) over services and the domain.

Passphrases come from ``PHBPLANNER_PASSPHRASE``, ``--passphrase-file``, the keyring or a prompt on
a terminal — never from an argument. Errors go to stderr in plain English with the exit codes:
0 ok, 1 not ready / validation problems, 2 usage, 3 wrong passphrase, 4 not a plan or damaged,
5 in use by another instance.

Each group of commands lives in its own module and registers itself in :data:`COMMANDS`; this
module builds the parser, dispatches, and turns every :class:`PHBError` into a message.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from .. import __version__
from ..domain.errors import PHBError

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_PASSPHRASE, EXIT_NOT_A_PLAN, EXIT_IN_USE = range(6)

Handler = Callable[[argparse.Namespace], int]
#: Each command module's ``register(subparsers)`` adds its commands with ``set_defaults(run=…)``.
COMMAND_MODULES = ("ledger_cmds", "plan_cmds", "file_cmds", "report_cmds", "pa_cmds", "review_cmds")
#: Words that select the command-line interface rather than the window.
COMMAND_NAMES = frozenset(
    {"new", "export", "summary", "check", "verify", "passphrase", "backups", "restore", "ledger"}
) | {"pa-costs", "review"}


class UsageError(PHBError):
    """The command line itself is wrong."""

    exit_code = EXIT_USAGE


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        print(f"phbplanner: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    """The parser with every command module's commands registered."""
    import importlib

    parser = _Parser(
        prog="phbplanner",
        description=(
            "Plan and run a personal health budget. Run with no command to open the window."
        ),
    )
    parser.add_argument("--version", action="version", version=f"phbplanner {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{name}":
                raise
            continue
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command and return its exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    run: Handler | None = getattr(args, "run", None)
    if run is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return run(args)
    except PHBError as exc:
        print(f"phbplanner: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("phbplanner: stopped.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
