"""The CLI's parser and dispatcher: one command, one plain-English line on failure, an exit code.

Each group of commands is a module with ``register(subparsers)`` (adding its commands with
``set_defaults(run=…)``); this module builds the parser, runs the command and turns every
:class:`PHBError` into a message on stderr. Options are never abbreviated (``--pass`` is not
``--passphrase-file``) and a word the parser does not understand is never echoed, so a
passphrase typed on the command line by mistake is not printed back.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from .. import __version__
from ..domain.errors import PHBError
from ..domain.text import translate
from ..services.language import in_language
from .export_cmds import register as register_export
from .file_cmds import register as register_files
from .ledger_cmds import register as register_ledger
from .names import COMMAND_NAMES
from .output import complain, show
from .pa_cmds import register as register_pa_costs
from .plan_cmds import register as register_plans
from .review_cmds import register as register_reviews
from .shared import (
    EXIT_OK,
    EXIT_STOPPED,
    EXIT_USAGE,
    Passphrases,
    take_passphrases_from_environment,
)

Handler = Callable[[argparse.Namespace], int]
# Each group of commands' ``register(subparsers)``, in the order ``--help`` lists them.
REGISTER = (
    register_plans,
    register_files,
    register_export,
    register_ledger,
    register_reviews,
    register_pa_costs,
)

WINDOW_HELP = """\
the window:
  phbplanner                  open the window (the start screen)
  phbplanner open FILE        open the window with this plan file
  phbplanner --demo           open the window with the example plan
  phbplanner --supporter      supporter mode: remember nothing about the plan on this computer
  (also --text-size PERCENT for one run, and --demo --screenshots DIR)

Passphrases come from --passphrase-file, PHBPLANNER_PASSPHRASE, the keyring or a prompt,
never from the command line. Exit codes: 0 done, 1 not ready or not saved, 2 the command
line is wrong, 3 wrong passphrase, 4 not a plan, damaged, too new or not enough space on the
disk, 5 open elsewhere, 130 stopped. See docs/cli.md."""


class CommandParser(argparse.ArgumentParser):
    """argparse without abbreviations, whose errors never echo what was typed in full."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["allow_abbrev"] = False
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        complain(message)
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    """The parser with every command module's commands registered."""
    parser = CommandParser(
        prog="phbplanner",
        description="Plan and run a personal health budget. Run with no command to open the "
        "window.",
        epilog=WINDOW_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"phbplanner {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=CommandParser)
    for register in REGISTER:
        register(sub)
    return parser


def _unknown_words(extras: list[str]) -> str:
    """A usage message for words the parser did not understand, without repeating values."""
    options = sorted({word.split("=", 1)[0] for word in extras if word.startswith("-")})
    if any(option.startswith("--pass") for option in options):
        return translate(
            "Cli",
            "there is no option {options}. A passphrase is never given on the command line: "
            "use --passphrase-file PATH, PHBPLANNER_PASSPHRASE or the prompt.",
        ).format(options=", ".join(show(option) for option in options))
    if options:
        return translate("Cli", "there is no option {options} for this command.").format(
            options=", ".join(show(option) for option in options)
        )
    return translate(
        "Cli", "too many words on the command line ({count} not understood, not shown)."
    ).format(count=len(extras))


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command and return its exit code.

    The passphrase variables are taken out of the environment for the time the command runs
    (and put back when ``main`` is called from Python and returns).
    """
    taken = take_passphrases_from_environment()
    try:
        return _run(list(sys.argv[1:] if argv is None else argv), taken)
    finally:
        for name, value in taken.items():
            os.environ.setdefault(name, value)


def _run(argv: list[str], taken: dict[str, str]) -> int:
    parser = build_parser()
    try:
        args, extras = parser.parse_known_args(argv)
        if extras:
            parser.error(_unknown_words(extras))
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    run: Handler | None = getattr(args, "run", None)
    if run is None or args.command not in COMMAND_NAMES:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    args.passphrases = Passphrases(taken)
    try:
        with in_language(getattr(args, "language", None)):
            return run(args)
    except PHBError as exc:
        complain(exc.message)
        return exc.exit_code
    except KeyboardInterrupt:
        complain(translate("Cli", "stopped."))
        return EXIT_STOPPED
    except BrokenPipeError:
        return EXIT_OK
