"""One writer at a time: an OS lock on the plan file itself, and a lock file beside it.

Two locks are taken, both with ``flock`` (so the operating system releases them when the process
ends however it ends):

* on **the plan file itself** — its inode, reached through its real path — so a second name for
  the same file (a symbolic link, a hard link, a path through a linked folder) cannot get past
  the lock. ``flock`` is used, never ``fcntl`` record locks: SQLite holds ``fcntl`` locks on the
  plan file, and POSIX drops every ``fcntl`` lock a process holds on a file when *any*
  descriptor of that file is closed; ``flock`` locks belong to our own open descriptor and are
  independent of SQLite's;
* on ``<plan>.lock`` beside the real path (``msvcrt.locking`` on Windows), which also holds the
  owner's process id and computer name for the "already open" message, and keeps working on
  network drives where ``flock`` on the plan file may not be supported.

A lock file left by a crashed process is not locked, and is simply taken over ("stale lock
cleared"). Lock files are ``0600``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import socket
import stat
import sys
from pathlib import Path

from .errors import FileInUseError
from .privatefiles import name_fits, try_flock


def real_path(path: Path) -> Path:
    """``path`` with every symbolic link resolved (the file's one true name here)."""
    return Path(os.path.realpath(path))


def lock_path(path: Path) -> Path:
    """Where the lock file for the plan file ``path`` lives (beside its real path)."""
    real = real_path(path)
    if name_fits(real.name, len(".lock")):
        return real.with_name(real.name + ".lock")
    digest = hashlib.sha256(os.fsencode(real.name)).hexdigest()[:20]
    return real.with_name(f".phbplanner-{digest}.lock")


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    return try_flock(fd)


def _owner(target: Path) -> tuple[int | None, str]:
    try:
        data = json.loads(target.read_text("utf-8"))
        return int(data["pid"]), str(data.get("host", ""))
    except (OSError, ValueError, KeyError, TypeError):
        return None, ""


def _flock_holder(info: os.stat_result) -> int | None:
    """The process holding a ``flock`` on the file ``info`` describes (Linux), if any."""
    wanted = f"{os.major(info.st_dev):02x}:{os.minor(info.st_dev):02x}:{info.st_ino}"
    try:
        with open("/proc/locks", encoding="ascii", errors="replace") as handle:
            for line in handle:
                parts = line.split()
                if "FLOCK" in parts and wanted in parts:
                    return int(parts[parts.index(wanted) - 1])
    except (OSError, ValueError, IndexError):
        pass
    return None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:  # pragma: no cover - Windows without the process
        return False
    return True


def _open_flags(write: bool) -> int:
    flags = (os.O_RDWR if write else os.O_RDONLY) | getattr(os, "O_CLOEXEC", 0)
    return flags | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


class PlanLock:
    """The exclusive lock on one plan file; :meth:`acquire` raises :class:`FileInUseError`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._info: int | None = None  # the lock file beside the plan
        self._file: int | None = None  # the plan file itself
        #: True when a lock file from a process that no longer runs was found and taken over
        self.cleared_stale = False

    def acquire(self) -> None:
        """Take the lock, or raise :class:`FileInUseError` naming the process that holds it.

        Other :class:`OSError` s (a read-only folder, a full disk) are raised as they are.
        """
        target = lock_path(self.path)
        existed = target.exists()
        fd = os.open(target, _open_flags(True) | os.O_CREAT, 0o600)
        if not _try_lock(fd):
            os.close(fd)
            pid, host = _owner(target)
            raise FileInUseError(self.path, pid, host if host != socket.gethostname() else "")
        with contextlib.suppress(OSError):
            os.chmod(target, 0o600)  # a lock file from an older version may be 0644
        try:
            self._lock_file_itself()
            if existed:
                pid, _host = _owner(target)
                self.cleared_stale = pid is None or pid == os.getpid() or not _alive(pid)
            owner = {"pid": os.getpid(), "host": socket.gethostname()}
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, json.dumps(owner).encode("utf-8"))  # a full disk says so here
        except BaseException:
            if not existed:
                with contextlib.suppress(OSError):
                    target.unlink()
            os.close(fd)
            if self._file is not None:
                os.close(self._file)
                self._file = None
            raise
        self._info = fd

    def _lock_file_itself(self) -> None:
        if sys.platform == "win32":  # pragma: no cover - Windows locks are mandatory
            return  # (a lock on the plan file would stop SQLite reading it)
        real = real_path(self.path)
        try:
            info = os.stat(real)
        except FileNotFoundError:
            return  # a file still to be made: see hold()
        if not stat.S_ISREG(info.st_mode):
            return
        fd: int | None = None
        for write in (True, False):
            with contextlib.suppress(OSError):
                fd = os.open(real, _open_flags(write))
                break
        if fd is None:
            return
        self._adopt(fd, info)

    def _adopt(self, fd: int, info: os.stat_result) -> None:
        try:
            free = try_flock(fd)
        except OSError:  # this file system has no flock (some network drives)
            os.close(fd)
            return
        if not free:
            os.close(fd)
            raise FileInUseError(self.path, _flock_holder(info), "")
        self._file = fd

    def hold(self, fd: int) -> None:
        """Keep ``fd`` (a descriptor of the new plan file, already ``flock``-ed by this
        process) as the lock on the file itself; used while a new plan is created under a
        temporary name, which becomes this plan's name at the end."""
        if self._file is not None:
            os.close(self._file)
        if sys.platform == "win32":  # pragma: no cover - Windows cannot rename an open file
            os.close(fd)
            return
        self._file = fd

    def release(self) -> None:
        """Let go of both locks and remove the lock file."""
        info, self._info = self._info, None
        plan, self._file = self._file, None
        if plan is not None:
            with contextlib.suppress(OSError):
                os.close(plan)
        if info is None:
            return
        with contextlib.suppress(OSError):
            lock_path(self.path).unlink()
        with contextlib.suppress(OSError):
            os.close(info)

    @property
    def held(self) -> bool:
        """True while this object holds the lock."""
        return self._info is not None
