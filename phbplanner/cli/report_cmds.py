"""``export --format pdf`` and ``export --format recovery-sheet``.

The ``export`` command itself (opening the file, asking for the passphrase) is defined in
``file_cmds``; it calls :func:`export_report` for the two report formats.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..domain.plan import Plan
from ..domain.versions import VersionInfo
from ..services.exports import export_plan_pdf, export_recovery_sheet
from . import EXIT_OK, UsageError

REPORT_FORMATS = ("pdf", "recovery-sheet")


def register(sub: Any) -> None:
    """Nothing to add: ``export`` is registered by ``file_cmds`` and calls into this module."""


def _output_path(args: argparse.Namespace) -> Path:
    output = getattr(args, "output", None)
    if not output:
        raise UsageError("Say where to write the file with --output, for example plan.pdf.")
    path = Path(output)
    if path.is_dir():
        raise UsageError(f"{path} is a folder: give a file name, for example {path / 'plan.pdf'}.")
    return path


def _choose_version(session: Any, number: int | None) -> tuple[Plan, VersionInfo]:
    if number is None:
        return session.plan, session.version
    versions: list[VersionInfo] = session.versions()
    for info in versions:
        if info.number == number:
            return session.version_plan(number), info
    known = ", ".join(str(info.number) for info in versions) or "none"
    raise UsageError(f"This plan has no version {number}. Its versions are: {known}.")


def _passphrase_to_print(args: argparse.Namespace, session: Any) -> str:
    """The passphrase the person asked to print: the one this command was given."""
    given = getattr(args, "passphrase", None)
    if isinstance(given, str) and given:
        return given
    from .file_cmds import existing_passphrase

    return existing_passphrase(args, Path(session.path))


def export_report(args: argparse.Namespace, session: Any) -> int:
    """Write the plan PDF or the recovery sheet for an open plan session; return the exit code.

    ``args`` carries ``output``, ``format``, ``large_print``, ``version`` (a number or None)
    and ``include_passphrase``. An unknown version number is a usage error (exit 2).
    """
    fmt = getattr(args, "format", None)
    if fmt not in REPORT_FORMATS:
        raise UsageError(f"Cannot export as {fmt!r} here: use one of {', '.join(REPORT_FORMATS)}.")
    out = _output_path(args)
    if fmt == "pdf":
        plan, version = _choose_version(session, getattr(args, "version", None))
        export_plan_pdf(plan, version, out, large_print=bool(getattr(args, "large_print", False)))
        print(f"Wrote {version.label} of the plan to {out}.", file=sys.stderr)
        return EXIT_OK
    path = Path(session.path)
    name = session.plan.person.name.strip() or path.stem
    passphrase = (
        _passphrase_to_print(args, session) if getattr(args, "include_passphrase", False) else None
    )
    export_recovery_sheet(name, str(path.resolve()), out, passphrase=passphrase)
    print(f"Wrote the recovery sheet to {out}. Keep it somewhere safe.", file=sys.stderr)
    return EXIT_OK
