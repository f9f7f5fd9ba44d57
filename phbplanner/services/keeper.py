"""Keeping an open plan safe in the background: the check of every page, and backups.

Opening a plan does not read the whole file (six years of receipt photos can be a gigabyte).
Instead, just after opening, a worker thread checks the HMAC of every page; and each backup is
preceded by the same check, so a damaged file never pushes good backups out of the rotation.

Where: this computer's data folder; in supporter mode beside the plan file (on the person's own
drive) or nowhere, as the volunteer chose (:class:`BackupPlace`). Backups are made when enough
has changed since the newest one (its name records the plan's
newest transaction it holds), not on a clock: on open when anything changed since the newest
backup, and while editing after :data:`CHANGES_FOR_BACKUP` changes (at least
:data:`BACKUP_MIN_INTERVAL` after the last) or after any change once the newest backup is
:data:`BACKUP_MAX_AGE` old. The worker reads through its own read-only connection; changes made
meanwhile wait in the ``-wal`` and move into the file the moment it ends.
"""

from __future__ import annotations

import threading
import time
from enum import StrEnum
from pathlib import Path

from ..domain.text import translate
from ..storage import backups
from ..storage.backups import BackupInfo
from ..storage.errors import DamagedFileError, StorageError
from ..storage.planfile import PlanFile
from .background import no_cycle_collection

CHANGES_FOR_BACKUP = 50
BACKUP_MIN_INTERVAL = 10 * 60
BACKUP_MAX_AGE = 60 * 60


class BackupPlace(StrEnum):
    """Where the backups of an open plan are kept."""

    #: this computer's data folder (the usual place; never in supporter mode)
    COMPUTER = "computer"
    #: beside the plan file, in ``PHB Planner backups/<plan id>/`` (supporter mode: the
    #: person's own drive, for example their USB stick)
    BESIDE = "beside"
    #: nowhere: no backups are made (supporter mode, by choice)
    NONE = "none"


class FileKeeper:
    """The background check and the backups of one open plan file."""

    def __init__(
        self, planfile: PlanFile, *, supporter: bool, place: BackupPlace | None = None
    ) -> None:
        self._file = planfile
        self._supporter = supporter
        if place is None:
            place = BackupPlace.NONE if supporter else BackupPlace.COMPUTER
        if supporter and place is BackupPlace.COMPUTER:
            place = BackupPlace.BESIDE  # nothing of the person's is kept on this computer
        #: where backups are kept
        self.place = place
        #: (seq, monotonic time) of the newest backup known to this session
        self._last: tuple[int, float] | None = None
        self._thread: threading.Thread | None = None
        self._automatic = False  # set by start(): sessions that never start make no backups
        #: why the last automatic backup failed, if it did
        self.backup_problem: str | None = None
        #: damage found by the check of every page, in plain English
        self.file_problem: str | None = None

    @property
    def folder(self) -> Path | None:
        """Where this plan's backups are kept (None: no backups are made)."""
        if self.place is BackupPlace.NONE:
            return None
        if self.place is BackupPlace.BESIDE:
            if not self._file.plan_uuid:
                return None  # an old file opened read-only: it cannot be backed up
            return backups.beside_backup_dir(self._file.path, self._file.plan_uuid)
        if self._file.plan_uuid:
            return backups.backup_dir(self._file.plan_uuid)
        return backups.legacy_backup_dir(self._file.path)  # an old file opened read-only

    def list_backups(self) -> list[BackupInfo]:
        """This plan's backups, newest first."""
        folder = self.folder
        return backups.scan(folder) if folder is not None else []

    def _plan_size(self) -> int:
        try:
            return self._file.path.stat().st_size
        except OSError:
            return 0

    # -- on request ------------------------------------------------------------------------------
    def backup_now(self, reason: str) -> Path:
        """Write an encrypted, checked backup now (on the caller's thread)."""
        self.wait()
        folder = self.folder
        if folder is None:
            raise StorageError(
                translate(
                    "Backups",
                    "No backups are made while helping someone with backups switched off. "
                    "Choose to keep them next to the plan file to make one.",
                )
            )
        seq = self._file.commit_seq
        path = backups.write_backup(self._file.engine, self._file.passphrase, folder, reason, seq)
        backups.rotate(folder, self._plan_size())
        self._last = (seq, time.monotonic())
        return path

    # -- automatically ---------------------------------------------------------------------------
    def due(self, *, opening: bool = False) -> bool:
        """Whether enough has changed since the newest backup to make another."""
        seq = self._file.commit_seq
        if self._last is None:
            newest = next((b for b in self.list_backups() if b.seq is not None), None)
            if newest is None:
                return True
            age = max(0.0, time.time() - newest.created.timestamp())
            self._last = (newest.seq or 0, time.monotonic() - age)
        last_seq, when = self._last
        changes = seq - last_seq
        if changes <= 0:
            return False
        if opening:
            return True
        age = time.monotonic() - when
        return (changes >= CHANGES_FOR_BACKUP and age >= BACKUP_MIN_INTERVAL) or (
            age >= BACKUP_MAX_AGE
        )

    def start(self) -> None:
        """After opening: check every page, then back up if anything changed since the newest
        backup (only where backups are kept; never read-only)."""
        if self._file.read_only:
            return
        self._automatic = True
        if not self._supporter and self._file.plan_uuid:
            backups.adopt_legacy(self._file.path, self._file.plan_uuid)
        self._run("open", backup=self.folder is not None and self.due(opening=True))

    def maybe_backup(self) -> None:
        """After a change: start a background backup when one is due."""
        if not self._automatic or self.folder is None or self._file.read_only or self.busy:
            return
        if self.due():
            self._run("changes", backup=True)

    @property
    def busy(self) -> bool:
        """True while the background check or a backup is running."""
        return self._thread is not None and self._thread.is_alive()

    def _run(self, reason: str, *, backup: bool) -> None:
        if self.busy:
            return
        if backup:
            self._last = (self._file.commit_seq, time.monotonic())
        thread = threading.Thread(
            target=self._work, args=(reason, backup), name="phb-keeper", daemon=True
        )
        self._thread = thread
        thread.start()

    def _work(self, reason: str, backup: bool) -> None:
        with no_cycle_collection():
            try:
                if backup:
                    self._back_up(reason)
                else:
                    self._check()
            except Exception as exc:
                self.backup_problem = getattr(exc, "message", None) or type(exc).__name__

    def _check(self) -> bool:
        """Check every page; True when the file is sound. Reading does not stop the program
        writing the file, so a page caught half-written would look damaged: anything found is
        checked again with the file held still before it is reported."""
        if not self._file.integrity_problems():
            return True
        with self._file.reader():
            damage = self._file.integrity_problems()
        if not damage:
            return True
        self.file_problem = translate(
            "Keeper",
            "A check found damage inside {name} ({count} parts fail their check). Every "
            "change you can see is still saved. Please restore a backup soon, or copy the plan "
            "to another disk. No new backup was made, so the good ones are kept.",
        ).format(name=self._file.path.name, count=len(damage))
        return False

    def _back_up(self, reason: str) -> None:
        """Copy the file (held still meanwhile), check the copy, keep it, rotate."""
        folder = self.folder
        if folder is None:
            return
        try:
            backups.copy_backup(
                self._file.path, self._file.passphrase, folder, reason, self._file.reader
            )
        except DamagedFileError:
            if self._check():  # the plan file is sound: the copy went wrong
                raise
            return
        backups.rotate(folder, self._plan_size())
        self.backup_problem = None

    def wait(self) -> None:
        """Wait for the background check or backup to end."""
        thread = self._thread
        if thread is not None:
            thread.join()
            self._thread = None
