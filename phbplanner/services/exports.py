"""Exports a person asks for: the plan PDF and the recovery sheet, written atomically.

The GUI calls these off its thread; the CLI's ``export`` command calls them too. ReportLab is
imported here only when an export runs, never when the program starts.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

from ..domain.errors import PHBError
from ..domain.plan import Plan
from ..domain.versions import VersionInfo
from ..interchange.plan_json import plan_fingerprint


class ExportError(PHBError):
    """An export could not be written; the message says why in plain English."""

    exit_code = 1


@contextlib.contextmanager
def atomic_output(out_path: Path) -> Iterator[BinaryIO]:
    """A binary file that appears at ``out_path`` only once fully written.

    The data goes to a temporary file in the same folder, is flushed to disk, then replaces
    ``out_path`` in one step; on any error the temporary file is removed and ``out_path`` is left
    as it was.
    """
    folder = out_path.parent if str(out_path.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"The folder {folder} does not exist.")
    try:
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{out_path.name}.", suffix=".part", dir=folder
        )
    except PermissionError:
        raise ExportError(f"Cannot write in {folder}: permission denied.") from None
    except OSError as exc:
        raise ExportError(f"Cannot write in {folder}: {exc.strerror or exc}.") from None
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp, 0o644)
        os.replace(temp, out_path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(exc, OSError) and not isinstance(exc, PHBError):
            if exc.errno == 28:  # ENOSPC
                raise ExportError(
                    f"The disk is full: {out_path.name} was not written (nothing was changed)."
                ) from None
            raise ExportError(f"Could not write {out_path}: {exc.strerror or exc}.") from None
        raise


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
) -> Path:
    """Write the plan PDF of ``plan`` as ``version`` to ``out_path`` atomically; return the path."""
    from ..reports.plan_pdf import build_plan_pdf

    version = with_fingerprint(plan, version)
    with atomic_output(out_path) as stream:
        build_plan_pdf(plan, version, stream, large_print=large_print, progress=progress)
    return out_path


def export_recovery_sheet(
    plan_name: str,
    file_hint: str,
    out_path: Path,
    *,
    passphrase: str | None = None,
) -> Path:
    """Write the recovery sheet to ``out_path`` atomically; the passphrase only if given."""
    from ..reports.recovery_sheet import build_recovery_sheet

    with atomic_output(out_path) as stream:
        build_recovery_sheet(plan_name, file_hint, stream, passphrase=passphrase)
    return out_path
