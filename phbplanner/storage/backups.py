"""Encrypted backups: written atomically, checked after writing, rotated.

A backup is a complete, compacted copy made with ``VACUUM INTO`` from the open connection, so it
is encrypted with the same passphrase and holds every committed change (even those still in
the WAL). It is written under a temporary name, opened again and integrity-checked, flushed to
disk and only then renamed into place. Backups live in the user data folder
(``platformdirs``), one sub-folder per plan file named by a hash of its full path — no names or
other personal data appear in folder or file names.

Rotation keeps the newest :data:`KEEP_RECENT` backups plus the newest one of every month.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import secrets
import shutil
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import platformdirs
from sqlalchemy import Engine

from .engine import is_disk_full, make_engine, pragma_outside_transaction, rekey_engine
from .errors import DamagedFileError, DiskFullError, StorageError
from .privatefiles import make_private_dir

APP_NAME = "phbplanner"
SUFFIX = ".phbplan"
KEEP_RECENT = 10
STALE_TEMP_SECONDS = 3600
#: A backup being re-keyed is copied under this name first (".tmp-" like every temporary file
#: here, so rotation tidies one left by a crash).
REKEY_TEMP = ".tmp-rekey-"
_SIDES = ("-wal", "-shm", "-journal")
_NAME = re.compile(r"^(\d{8}T\d{6}\d{6})Z-([a-z-]+)\.phbplan$")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: where it is, when it was made and why."""

    path: Path
    created: datetime
    reason: str  # "open", "timed", "manual", "before-upgrade", "before-restore", …
    size: int


def data_dir() -> Path:
    """The program's folder in the user's data folder (backups live under it)."""
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def backup_dir(plan_path: Path) -> Path:
    """The folder holding the backups of the plan file at ``plan_path``."""
    # fsencode: a file name that is not valid UTF-8 is still a name (same bytes otherwise)
    key = hashlib.sha256(os.fsencode(str(Path(plan_path).resolve()))).hexdigest()[:20]
    return data_dir() / "backups" / key


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":  # pragma: no cover - directories cannot be fsynced on Windows
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def verify_backup(path: Path, passphrase: str) -> None:
    """Open ``path`` with ``passphrase`` and check every page; raise if anything is wrong."""
    engine = make_engine(path, passphrase, read_only=True)
    try:
        with engine.connect() as conn:
            damage = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA cipher_integrity_check")]
            check = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA quick_check")]
        if damage or check != ["ok"]:
            raise DamagedFileError(path, damage or check, why="the copy does not check out")
    finally:
        engine.dispose()


def write_backup(engine: Engine, passphrase: str, folder: Path, reason: str) -> Path:
    """Copy the open file behind ``engine`` into ``folder``; return the new backup's path."""
    make_private_dir(folder)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    final = folder / f"{stamp}Z-{reason}{SUFFIX}"
    temp = folder / f".tmp-{secrets.token_hex(6)}{SUFFIX}"
    try:
        pragma_outside_transaction(engine, "VACUUM INTO ?", (str(temp),))
        os.chmod(temp, 0o600)
        verify_backup(temp, passphrase)
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, final)
        _fsync_dir(folder)
    except BaseException as exc:
        for leftover in (
            temp,
            temp.with_name(temp.name + "-wal"),
            temp.with_name(temp.name + "-shm"),
        ):
            with contextlib.suppress(OSError):
                leftover.unlink()
        if isinstance(exc, StorageError) or not isinstance(exc, Exception):
            raise
        if is_disk_full(exc):
            raise DiskFullError(
                message=f"There is not enough space on the disk for a backup (in {folder}). "
                "The plan itself is unchanged; free some space."
            ) from None
        detail = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        raise StorageError(
            f"A backup could not be made ({detail}). The plan itself is unchanged."
        ) from None
    return final


def copy_as_is(path: Path, folder: Path, reason: str) -> Path:
    """Keep the bytes of ``path`` (still encrypted, perhaps damaged) as a backup in ``folder``."""
    make_private_dir(folder)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    final = folder / f"{stamp}Z-{reason}{SUFFIX}"
    temp = folder / f".tmp-{secrets.token_hex(6)}{SUFFIX}"
    try:
        shutil.copyfile(path, temp)
        os.chmod(temp, 0o600)
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, final)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return final


def list_backups(plan_path: Path) -> list[BackupInfo]:
    """The backups of the plan file at ``plan_path``, newest first."""
    return scan(backup_dir(plan_path))


def scan(folder: Path) -> list[BackupInfo]:
    """Every backup file in ``folder``, newest first."""
    found: list[BackupInfo] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        match = _NAME.match(entry.name)
        if not match:
            continue
        created = datetime.strptime(match.group(1), "%Y%m%dT%H%M%S%f").replace(tzinfo=UTC)
        with contextlib.suppress(OSError):
            found.append(BackupInfo(entry, created, match.group(2), entry.stat().st_size))
    found.sort(key=lambda info: info.created, reverse=True)
    return found


def rotate(folder: Path, keep_recent: int = KEEP_RECENT) -> list[Path]:
    """Delete old backups, keeping the newest ``keep_recent`` and the newest of each month."""
    backups = scan(folder)
    keep = {info.path for info in backups[:keep_recent]}
    months: set[tuple[int, int]] = set()
    for info in backups:  # newest first, so the first seen in a month is its newest
        month = (info.created.year, info.created.month)
        if month not in months:
            months.add(month)
            keep.add(info.path)
    removed = []
    for leftover in folder.glob(".tmp-*"):  # from a backup cut short by a crash
        with contextlib.suppress(OSError):
            if time.time() - leftover.stat().st_mtime > STALE_TEMP_SECONDS:
                leftover.unlink()
    for info in backups:
        if info.path not in keep:
            with contextlib.suppress(OSError):
                info.path.unlink()
                removed.append(info.path)
    return removed


def remove_all(folder: Path) -> None:
    """Delete every backup in ``folder`` and the folder itself (supporter mode, at close)."""
    if not folder.exists():
        return
    for entry in folder.iterdir():
        with contextlib.suppress(OSError):
            entry.unlink()
    with contextlib.suppress(OSError):
        folder.rmdir()


def check_restorable(backup: Path, passphrase: str) -> None:
    """Raise unless ``backup`` opens with ``passphrase`` and checks out page by page."""
    if not backup.is_file():
        raise StorageError(f"There is no backup file at {backup}.")
    verify_backup(backup, passphrase)


def rekey_all(folder: Path, old: str, new: str) -> list[Path]:
    """Re-encrypt every backup in ``folder`` from ``old`` to ``new``; return those that failed.

    Each backup is re-keyed as a copy under a temporary name, checked with the new passphrase,
    flushed and renamed over the original, so at every moment — a kill, a full disk — each
    backup opens with exactly one of the two passphrases. A failed one keeps the old.
    """
    for leftover in folder.glob(f"{REKEY_TEMP}*"):  # from a re-key that was killed
        with contextlib.suppress(OSError):
            leftover.unlink()
    failed: list[Path] = []
    for info in scan(folder):
        temp = folder / f"{REKEY_TEMP}{secrets.token_hex(6)}{SUFFIX}"
        try:
            shutil.copyfile(info.path, temp)
            os.chmod(temp, 0o600)
            engine = make_engine(temp, old)
            try:
                rekey_engine(engine, new)
            finally:
                engine.dispose()
            verify_backup(temp, new)
            with open(temp, "rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(temp, info.path)
            _fsync_dir(folder)
        except Exception:
            failed.append(info.path)
        finally:
            for leftover in (temp, *(temp.with_name(temp.name + s) for s in _SIDES)):
                with contextlib.suppress(OSError):
                    leftover.unlink()
    return failed
