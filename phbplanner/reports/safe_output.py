"""Writing a document to the place a person chose: whole, or not at all.

The bytes go to a temporary file in the same folder (so the last step is a rename on one disk),
are flushed to the disk, and only then replace the target in one step. On any failure the
temporary file is removed and the target is left as it was; the person gets a plain message for
a folder that does not exist, a folder they may not write in (read-only, no permission) and a
full disk. No traceback, nothing half-written.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..domain.errors import PHBError
from ..domain.text import translate

_NO_PERMISSION = {errno.EACCES, errno.EPERM, errno.EROFS}
_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}


class OutputError(PHBError):
    """A document could not be written where the person asked; the message says why."""

    exit_code = 1


def _message(exc: OSError, target: Path) -> str:
    folder = target.parent
    if exc.errno in _FULL:
        return translate(
            "SafeOutput",
            "There is not enough space on the disk for {name}. Nothing was written: free some "
            "space, or choose another place.",
        ).format(name=target.name)
    if exc.errno in _NO_PERMISSION:
        return translate(
            "SafeOutput",
            "PHB Planner cannot write in the folder {folder}: it is read-only, or you do not have "
            "permission. Nothing was written: choose another folder.",
        ).format(folder=folder)
    if exc.errno == errno.ENOENT:
        return _missing_folder(folder)
    return translate("SafeOutput", "Could not write {name}: {reason}. Nothing was written.").format(
        name=target.name, reason=exc.strerror or str(exc)
    )


def _missing_folder(folder: Path) -> str:
    return translate(
        "SafeOutput",
        "The folder {folder} does not exist. Choose another folder, or create it first.",
    ).format(folder=folder)


@contextlib.contextmanager
def atomic_file(target: Path) -> Iterator[BinaryIO]:
    """A binary file that appears at ``target`` only once it is completely written.

    Raises :class:`OutputError` with a plain message when the folder is missing or not
    writable or the disk fills up; any other error inside the block is passed on unchanged.
    Either way no temporary file is left behind and an earlier ``target`` is unchanged.
    """
    target = Path(target)
    folder = target.parent
    if not folder.is_dir():
        raise OutputError(_missing_folder(folder))
    if target.is_dir():
        raise OutputError(
            translate("SafeOutput", "{target} is a folder. Choose a file name.").format(
                target=target
            )
        )
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise OutputError(_message(exc, target)) from None
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(exc, OSError):
            raise OutputError(_message(exc, target)) from None
        raise
    _sync_folder(folder)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the system allows it (not on Windows)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def write_atomically(target: Path, write: Callable[[BinaryIO], None]) -> Path:
    """Call ``write(stream)`` into :func:`atomic_file` for ``target``; return ``target``."""
    with atomic_file(target) as stream:
        write(stream)
    return Path(target)
