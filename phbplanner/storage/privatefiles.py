"""Private files and folders: temporary files only this user can read, and their clean-up.

Everything the program writes holds someone's health and money records, so every file we make is
``0600`` and every folder ``0700`` from the moment it exists. A file written in steps (a new plan
file, an export) is first written under a hidden temporary name in the same folder and renamed at
the end, so the real name only ever holds a whole file.

A killed process leaves its temporary file behind. To tell such leftovers from a file another
process is still writing, the writer holds an OS lock (``flock``) on its temporary file for as
long as it writes; the OS drops the lock when the process ends however it ends. The clean-up
removes only files of ours (matched by name) whose lock it can take.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
import sys
from pathlib import Path

#: The longest file name most file systems allow (in bytes).
NAME_MAX = 255


def make_private_dir(folder: Path) -> None:
    """Create ``folder`` and any missing parents, each readable by this user only (0700)."""
    missing: list[Path] = []
    current = Path(folder)
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for item in reversed(missing):
        with contextlib.suppress(FileExistsError):
            item.mkdir(mode=0o700)
        with contextlib.suppress(OSError):
            item.chmod(0o700)  # mkdir's mode is reduced by the umask


def try_flock(fd: int) -> bool:
    """Take an exclusive ``flock`` on ``fd`` without waiting; False when another holds one.

    Raises :class:`OSError` when the file system does not support the lock at all.
    """
    if sys.platform == "win32":  # pragma: no cover - Windows refuses to delete open files
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def create_private_temp(folder: Path, prefix: str, suffix: str) -> tuple[int, Path]:
    """A new, empty, hidden file ``folder/.<prefix><random><suffix>`` (0600), locked.

    Returns the open descriptor (read-write) and the path. The lock is held until the
    descriptor is closed; :func:`remove_dead_temps` never removes a locked file. The name
    does not depend on the final file's name, so it is short however long that name is.
    """
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    flags |= getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
    for _attempt in range(10):
        path = folder / f".{prefix}{secrets.token_hex(8)}{suffix}"
        fd = os.open(path, flags, 0o600)
        try:
            locked = try_flock(fd)
        except OSError:
            locked = True  # no flock on this file system: the clean-up then leaves it alone
        if locked and _same_file(path, fd):
            return fd, path
        # Another process's clean-up removed it between creation and locking: try again.
        os.close(fd)
    # the system's own words for "that name is taken" (shown as the detail of a WriteError)
    raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(folder))


def _same_file(path: Path, fd: int) -> bool:
    try:
        named = os.lstat(path)
    except OSError:
        return False
    held = os.fstat(fd)
    return (named.st_dev, named.st_ino) == (held.st_dev, held.st_ino)


def remove_dead_temps(folder: Path, pattern: re.Pattern[str], sides: tuple[str, ...] = ()) -> int:
    """Remove our temporary files in ``folder`` (names matching ``pattern``) that no live
    process is writing, with their side files (``name + side``); return how many.

    A file another process holds locked is left alone, as is anything that is not a regular
    file. Errors (permissions, a drive removed) are ignored: this is tidying up, never a
    reason for the work itself to fail.
    """
    try:
        names = os.listdir(folder)
    except OSError:
        return 0
    removed = 0
    for name in names:
        if not pattern.fullmatch(name):
            continue
        path = folder / name
        if _remove_if_dead(path):
            removed += 1
            for side in sides:
                with contextlib.suppress(OSError):
                    os.unlink(folder / (name + side))
    # side files whose main file is gone (a kill after the main file was removed)
    for name in names:
        for side in sides:
            main = name[: -len(side)]
            if name.endswith(side) and pattern.fullmatch(main) and not (folder / main).exists():
                with contextlib.suppress(OSError):
                    os.unlink(folder / name)
    return removed


def _remove_if_dead(path: Path) -> bool:
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        info = os.lstat(path)
        if not stat.S_ISREG(info.st_mode):
            return False
        fd = os.open(path, flags)
    except OSError:
        return False
    try:
        try:
            free = try_flock(fd)
        except OSError:
            free = False  # cannot tell: leave it
        if not free or not _same_file(path, fd):
            return False
        os.unlink(path)  # while we hold the lock, so no writer can take it meanwhile
        return True
    except OSError:
        return False
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new file in ``folder`` durable (a no-op where folders cannot be)."""
    if os.name != "posix":  # pragma: no cover - folders cannot be fsynced on Windows
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def publish(temp: Path, target: Path, *, overwrite: bool) -> None:
    """Give the finished file ``temp`` its real name ``target`` in one step.

    Without ``overwrite`` an existing ``target`` is never replaced, even one that appears at
    the last moment (a hard link is made, which fails if the name is taken), and
    :class:`FileExistsError` is raised. File systems without hard links (FAT on USB sticks)
    fall back to a check and a rename.
    """
    if overwrite:
        os.replace(temp, target)
        return
    try:
        os.link(temp, target)
    except FileExistsError:
        raise
    except OSError:
        if os.path.lexists(target):
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target)) from None
        os.rename(temp, target)
        return
    with contextlib.suppress(OSError):
        os.unlink(temp)


def name_fits(name: str, extra: int = 0) -> bool:
    """True when a file name (plus ``extra`` bytes for side files such as ``-wal``) is short
    enough for the file system."""
    return len(os.fsencode(name)) + extra <= NAME_MAX
