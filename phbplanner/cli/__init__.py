"""The command-line interface (SPEC §6) over services and the domain.

Passphrases come from ``PHBPLANNER_PASSPHRASE``, ``--passphrase-file``, the keyring or a prompt on
a terminal — never from an argument. Errors go to stderr in plain English with the exit codes
documented in docs/cli.md: 0 ok, 1 not ready / validation problems / not saved, 2 usage, 3 wrong
passphrase, 4 not a plan, damaged, too new or not enough space on the disk, 5 in use by another
instance, 130 stopped.

Layout (no module imports this package's ``__init__``, so there are no import cycles):

* ``names`` — the command words (read by the program's entry point without loading the rest);
* ``app`` — the parser and the dispatcher (``main``);
* ``shared`` — exit codes, passphrase sources, checking files named on the command line,
  opening a plan for a command, the loaded plan;
* ``output`` — everything printed, with terminal escapes neutralised and long values cut;
* ``plan_cmds`` (summary, check, verify), ``file_cmds`` (new, passphrase, backups, restore),
  ``export_cmds`` (export, with one small function per format in a registry).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from .names import COMMAND_NAMES

__all__ = ["COMMAND_NAMES", "build_parser", "main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command and return its exit code (see :func:`phbplanner.cli.app.main`)."""
    from .app import main as run

    return run(argv)


def build_parser() -> argparse.ArgumentParser:
    """The parser with every command (see :func:`phbplanner.cli.app.build_parser`)."""
    from .app import build_parser as build

    return build()
