"""Exports a person asks for — the plan PDF, the recovery sheet, interchange JSON — written safely.

Every export is written by :func:`atomic_output`, the one place that decides whether a file may
be written where the person asked:

* a **plan file is never replaced** (any file that looks like one, sniffed without a key — the
  plan being exported, another plan, a backup, a plan's ``-wal``), nor anything that is not an
  ordinary file (a folder, a device such as ``/dev/null``, a named pipe);
* an **existing file is replaced only when the caller says so** (``overwrite=True``: the CLI's
  ``--force``, or the window after its save dialog asked the person);
* the data goes to a hidden ``.phbplanner-export-….part`` file in the same folder, readable by
  this user only (``0600``; JSON exports are plaintext), flushed to disk and renamed into place,
  so the name only ever holds a whole file. The writer holds a lock on its ``.part`` file; the
  next export to that folder removes ``.part`` files left by a killed export.

The GUI calls these off its thread; the CLI's ``export`` command calls them too. ReportLab is
imported here only when an export runs, never when the program starts.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

from ..domain.errors import PHBError
from ..domain.plan import Plan
from ..domain.text import translate
from ..domain.versions import VersionInfo
from ..interchange.plan_json import dumps_plan, plan_fingerprint
from ..storage.engine import looks_like_plan_file, special_file_kind
from ..storage.privatefiles import create_private_temp, publish, remove_dead_temps
from .language import in_language

# Hidden temporary files of exports in progress: ``.phbplanner-export-<16 hex>.part``.
PART_PREFIX, PART_SUFFIX = "phbplanner-export-", ".part"
PART_NAME = re.compile(r"\.phbplanner-export-[0-9a-f]{16}\.part")


class ExportError(PHBError):
    """An export could not be written; the message says why in plain English."""

    exit_code = 1


class OutputExistsError(ExportError):
    """The output file exists and the caller did not allow replacing it (nothing written)."""

    exit_code = 2


class OutputRefusedError(ExportError):
    """The output is a plan file or not an ordinary file: never written over (nothing written)."""

    exit_code = 2


class OutputDiskFullError(ExportError):
    """There was not enough space on the disk for the export (nothing written)."""

    exit_code = 4


def check_output(out_path: Path, *, overwrite: bool) -> None:
    """Raise unless an export may be written to ``out_path`` (see the module's rules)."""
    folder = out_path.parent
    try:
        info = os.stat(out_path)
    except FileNotFoundError:
        info = None
    except (ValueError, UnicodeError):
        raise OutputRefusedError(
            translate("Export", "{name} is not a valid file name.").format(name=out_path.name)
        ) from None
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:
            raise OutputRefusedError(
                translate("Export", "The file name {name} is too long.").format(name=out_path.name)
            ) from None
        if exc.errno == errno.ENOTDIR or not folder.is_dir():
            raise ExportError(
                translate("Export", "The folder {folder} does not exist.").format(folder=folder)
            ) from None
        raise ExportError(
            translate("Export", "Cannot write {path}: {reason}.").format(
                path=out_path, reason=exc.strerror or exc
            )
        ) from None
    if info is None:
        if not folder.is_dir():
            raise ExportError(
                translate("Export", "The folder {folder} does not exist.").format(folder=folder)
            )
        return
    if stat.S_ISDIR(info.st_mode):
        raise OutputRefusedError(
            translate(
                "Export", "{path} is a folder: give a file name inside it, for example {example}."
            ).format(path=out_path, example=out_path / "plan.pdf")
        )
    if not stat.S_ISREG(info.st_mode):
        raise OutputRefusedError(
            translate("Export", "Nothing was written to {path}.").format(path=out_path)
            + " "
            + special_file_kind(info.st_mode)
        )
    if looks_like_plan_file(out_path):
        raise OutputRefusedError(
            translate(
                "Export",
                "Nothing was written: {name} is a plan file (or part of one), and an export "
                "never replaces a plan. Choose another name.",
            ).format(name=out_path.name)
        )
    if not overwrite:
        raise OutputExistsError(
            translate(
                "Export", "There is already a file called {name}; nothing was written."
            ).format(name=out_path.name)
        )


@contextlib.contextmanager
def atomic_output(out_path: Path, *, overwrite: bool = False) -> Iterator[BinaryIO]:
    """A binary file that appears at ``out_path`` only once fully written.

    Refuses (before anything is written) a plan file, anything that is not an ordinary file,
    and — unless ``overwrite`` — any existing file. The data goes to a private (``0600``)
    temporary file in the same folder, is flushed to disk, then takes the name in one step;
    on any error the temporary file is removed and ``out_path`` is left as it was.
    """
    out_path = Path(out_path)
    check_output(out_path, overwrite=overwrite)
    folder = out_path.parent
    remove_dead_temps(folder, PART_NAME)
    try:
        handle, temp = create_private_temp(folder, PART_PREFIX, PART_SUFFIX)
    except OSError as exc:
        raise _write_error(out_path, exc) from None
    # On POSIX the file takes its name while still open (and locked, so no other export's
    # clean-up can take it); Windows cannot rename an open file, so there it is closed first.
    publish_open = os.name == "posix"
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
            if publish_open:
                _publish(temp, out_path, overwrite)
        if not publish_open:  # pragma: no cover - Windows
            _publish(temp, out_path, overwrite)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(exc, FileExistsError):
            raise OutputExistsError(
                translate(
                    "Export", "There is already a file called {name}; nothing was written."
                ).format(name=out_path.name)
            ) from None
        if isinstance(exc, OSError):
            raise _write_error(out_path, exc) from None
        raise


def _publish(temp: Path, out_path: Path, overwrite: bool) -> None:
    # Checked again at the last moment: the rule holds even if a plan appeared there meanwhile.
    check_output(out_path, overwrite=overwrite)
    publish(temp, out_path, overwrite=overwrite)


def _write_error(out_path: Path, exc: OSError) -> ExportError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return OutputDiskFullError(
            translate(
                "Export",
                "There is not enough space on the disk: {name} was not written (nothing was "
                "changed).",
            ).format(name=out_path.name)
        )
    if isinstance(exc, PermissionError) or exc.errno == errno.EROFS:
        return ExportError(
            translate(
                "Export", "Cannot write in {folder}: that folder cannot be written to."
            ).format(folder=out_path.parent)
        )
    return ExportError(
        translate("Export", "Could not write {path}: {reason}.").format(
            path=out_path, reason=exc.strerror or exc
        )
    )


def with_fingerprint(plan: Plan, version: VersionInfo) -> VersionInfo:
    """``version``, with its fingerprint worked out from ``plan`` when none is recorded."""
    if version.fingerprint:
        return version
    return replace(version, fingerprint=plan_fingerprint(plan))


def export_plan_pdf(
    plan: Plan,
    version: VersionInfo,
    out_path: Path,
    *,
    large_print: bool = False,
    progress: Callable[[int, int], None] | None = None,
    overwrite: bool = False,
    language: str | None = None,
) -> Path:
    """Write the plan PDF of ``plan`` as ``version`` to ``out_path`` atomically; return the path.

    ``overwrite`` allows replacing an existing file (never a plan file); ``language`` (``en``,
    ``cy``) is the PDF's, when it is not the window's.
    """
    from ..reports.plan_pdf import build_plan_pdf

    version = with_fingerprint(plan, version)
    with atomic_output(out_path, overwrite=overwrite) as stream, in_language(language):
        build_plan_pdf(plan, version, stream, large_print=large_print, progress=progress)
    return out_path


def export_recovery_sheet(
    plan_name: str,
    file_hint: str,
    out_path: Path,
    *,
    passphrase: str | None = None,
    overwrite: bool = False,
    language: str | None = None,
) -> Path:
    """Write the recovery sheet to ``out_path`` atomically; the passphrase only if given.

    ``overwrite`` allows replacing an existing file (never a plan file); ``language`` as for
    :func:`export_plan_pdf`.
    """
    from ..reports.recovery_sheet import build_recovery_sheet

    with atomic_output(out_path, overwrite=overwrite) as stream, in_language(language):
        build_recovery_sheet(plan_name, file_hint, stream, passphrase=passphrase)
    return out_path


def export_plan_json(plan: Plan, out_path: Path, *, overwrite: bool = False) -> str:
    """Write ``plan`` as interchange JSON to ``out_path`` atomically; return its fingerprint.

    ``overwrite`` allows replacing an existing file (never a plan file).
    """
    text = dumps_plan(plan)
    with atomic_output(out_path, overwrite=overwrite) as stream:
        stream.write(text.encode("utf-8"))
    return plan_fingerprint(plan)
