"""One writer at a time: an OS lock on ``<plan>.lock`` beside the plan file.

The lock is held with ``flock`` (``msvcrt.locking`` on Windows) for as long as the plan is open,
so the operating system releases it when the process ends however it ends: a lock file left by
a crashed process is not locked, and is simply taken over ("stale lock cleared"). The file
holds only the owner's process id and computer name, for the "already open" message.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
from pathlib import Path
from typing import IO

from .errors import FileInUseError


def lock_path(path: Path) -> Path:
    """Where the lock for the plan file ``path`` lives."""
    return path.with_name(path.name + ".lock")


def _try_lock(handle: IO[bytes]) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _owner(path: Path) -> tuple[int | None, str]:
    try:
        data = json.loads(lock_path(path).read_text("utf-8"))
        return int(data["pid"]), str(data.get("host", ""))
    except (OSError, ValueError, KeyError, TypeError):
        return None, ""


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


class PlanLock:
    """The exclusive lock on one plan file; :meth:`acquire` raises :class:`FileInUseError`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[bytes] | None = None
        #: True when a lock file from a process that no longer runs was found and taken over
        self.cleared_stale = False

    def acquire(self) -> None:
        """Take the lock, or raise :class:`FileInUseError` naming the process that holds it."""
        target = lock_path(self.path)
        existed = target.exists()
        handle = open(target, "a+b")  # noqa: SIM115 - held open for the whole session
        if not _try_lock(handle):
            handle.close()
            pid, host = _owner(self.path)
            raise FileInUseError(self.path, pid, host if host != socket.gethostname() else "")
        if existed:
            pid, _host = _owner(self.path)
            self.cleared_stale = pid is None or pid == os.getpid() or not _alive(pid)
        handle.seek(0)
        handle.truncate()
        info = {"pid": os.getpid(), "host": socket.gethostname()}
        handle.write(json.dumps(info).encode("utf-8"))
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        """Let go of the lock and remove the lock file."""
        handle, self._handle = self._handle, None
        if handle is None:
            return
        with contextlib.suppress(OSError):
            lock_path(self.path).unlink()
        handle.close()

    @property
    def held(self) -> bool:
        """True while this object holds the lock."""
        return self._handle is not None
