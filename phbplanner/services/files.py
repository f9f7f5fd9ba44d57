"""Creating, opening and restoring plan files, and remembering passphrases.

These are the only ways the GUI and the CLI reach a plan file. Every function raises a
:class:`~phbplanner.domain.errors.PHBError` subclass with a plain-English message on failure,
and never leaves a half-changed file behind.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from .. import __version__
from ..domain.errors import PHBError
from ..domain.plan import Plan
from ..interchange.plan_json import stored_document
from ..storage import backups, keys
from ..storage.backups import BackupInfo
from ..storage.engine import make_engine
from ..storage.errors import (
    DamagedFileError,
    DiskFullError,
    FileInUseError,
    KeyringError,
    NewerVersionError,
    NotAPlanFileError,
    ReadOnlyError,
    StorageError,
    WrongPassphraseError,
)
from ..storage.lock import PlanLock
from ..storage.planfile import PlanFile, read_plan_uuid
from ..storage.schema import SCHEMA_VERSION
from .passphrase import WeakPassphraseError, passphrase_problem, suggest_passphrase
from .plan_checks import InvalidPlanError
from .session import HistoryEntry, NotReadyError, PlanChanged, PlanSession

__all__ = [
    "SUFFIX",
    "BackupInfo",
    "DamagedFileError",
    "DiskFullError",
    "FileInUseError",
    "HistoryEntry",
    "InvalidPlanError",
    "KeyringError",
    "NewerVersionError",
    "NotAPlanFileError",
    "NotReadyError",
    "PlanChanged",
    "PlanSession",
    "ReadOnlyError",
    "StorageError",
    "WeakPassphraseError",
    "WrongPassphraseError",
    "create_plan_file",
    "forget_passphrase",
    "keyring_status",
    "list_backups",
    "list_backups_in",
    "open_plan_file",
    "passphrase_problem",
    "remember_passphrase",
    "remembered_passphrase",
    "restore_backup",
    "suggest_passphrase",
]

#: The suggested extension of plan files.
SUFFIX = ".phbplan"


def create_plan_file(
    path: Path,
    passphrase: str,
    plan: Plan,
    *,
    author: str,
    remember: bool = False,
    supporter: bool = False,
) -> PlanSession:
    """Create a new encrypted plan file holding ``plan`` (draft version 1) and open it.

    Refuses a weak passphrase (:class:`WeakPassphraseError`) and an existing file. With
    ``remember`` (not in supporter mode) the passphrase goes into the OS keyring; if that is not
    possible the plan is still created and :attr:`PlanSession.notices` says why.
    """
    problem = passphrase_problem(passphrase)
    if problem:
        raise WeakPassphraseError(f"Please choose a stronger passphrase. {problem}")
    document = stored_document(plan)
    planfile = PlanFile.create(Path(path), passphrase, document, app_version=__version__)
    session = PlanSession(planfile, author=author, supporter=supporter)
    session._record_now("Created the plan")
    if remember and not supporter:
        try:
            keys.set_passphrase(session.path, passphrase)
        except KeyringError as exc:
            session.notices.append(exc.message)
    if not supporter:
        session.start_automatic_backups()
    return session


def open_plan_file(
    path: Path,
    passphrase: str | None,
    *,
    author: str,
    supporter: bool = False,
    backup: bool = True,
    verify: bool = False,
) -> PlanSession:
    """Open an existing plan file.

    With ``passphrase=None`` the passphrase remembered in the keyring is used (never in
    supporter mode), else :class:`WrongPassphraseError`. A file from an older version of the
    program is backed up, then upgraded; one from a newer version is refused untouched
    (:class:`NewerVersionError`). Other failures: :class:`NotAPlanFileError`,
    :class:`DamagedFileError`, :class:`FileInUseError`. A file in a read-only place opens
    read-only (``session.read_only_reason`` says why). ``backup=False`` makes no automatic
    backups and skips the background check of every page (the CLI's commands);
    ``verify=True`` checks every page before returning (:class:`DamagedFileError`).
    """
    path = Path(path)
    if passphrase is None:
        passphrase = None if supporter else keys.get_passphrase(path)
        if passphrase is None:
            raise WrongPassphraseError(
                path, "No passphrase was given, and none is remembered on this computer."
            )
    upgraded: list[str] = []

    def before_upgrade(planfile: PlanFile, old_version: int) -> None:
        # Never upgrade without a backup. In supporter mode it goes beside the plan file
        # (the person's own drive), not onto this computer. Files from before schema 3 have no
        # plan id yet: the backup goes to the old path-named folder and is adopted below.
        folder = planfile.path.parent if supporter else backups.legacy_backup_dir(planfile.path)
        saved = backups.write_backup(planfile.engine, planfile.passphrase, folder, "before-upgrade")
        upgraded.append(
            f"This plan was brought up to date from file format {old_version} to "
            f"{SCHEMA_VERSION}. A copy of it as it was is kept at {saved}."
        )

    planfile = PlanFile.open(
        path, passphrase, before_upgrade=before_upgrade, check_integrity=verify
    )
    try:
        session = PlanSession(planfile, author=author, supporter=supporter)
    except DBAPIError as exc:
        error = planfile.damage_error(str(exc.orig))
        planfile.close()
        raise error from None
    except BaseException:
        planfile.close()
        raise
    session.notices.extend(upgraded)
    if upgraded and not supporter and planfile.plan_uuid:
        backups.adopt_legacy(path, planfile.plan_uuid)
    if planfile.opened_version < 3:
        session.keep_agreed_canonicals()
    if planfile.lock is not None and planfile.lock.cleared_stale:
        session.notices.append(
            "PHB Planner was not closed properly last time; the plan is safe and every saved "
            "change is there."
        )
    if backup and not supporter:
        session.start_automatic_backups()
    return session


def keyring_status() -> tuple[bool, str]:
    """``(usable, reason)``: can "Remember on this computer" be offered, and if not, why."""
    return keys.keyring_status()


def remembered_passphrase(path: Path) -> str | None:
    """The passphrase remembered for the plan file at ``path``, or None."""
    return keys.get_passphrase(Path(path))


def remember_passphrase(path: Path, passphrase: str) -> None:
    """Remember ``passphrase`` for ``path`` in the OS keyring (:class:`KeyringError` if unsafe)."""
    keys.set_passphrase(Path(path), passphrase)


def forget_passphrase(path: Path) -> None:
    """Remove any passphrase remembered for ``path`` from this computer's keyring."""
    keys.delete_passphrase(Path(path))


def list_backups(path: Path, passphrase: str) -> list[BackupInfo]:
    """The automatic and manual backups of the plan file at ``path`` on this computer,
    newest first (the passphrase reads the plan's id, which names its backup folder)."""
    path = Path(path)
    found = backups.scan(backups.legacy_backup_dir(path))
    plan_uuid = read_plan_uuid(path, passphrase)
    if plan_uuid:
        found += backups.list_backups(plan_uuid)
    return sorted(found, key=lambda info: info.created, reverse=True)


def list_backups_in(folder: Path) -> list[BackupInfo]:
    """The backups in ``folder`` (any plan's), newest first."""
    return backups.scan(Path(folder))


def restore_backup(backup: Path, to: Path, passphrase: str) -> None:
    """Replace the plan file ``to`` with the backup ``backup`` (which must open with
    ``passphrase`` and check out page by page).

    The file being replaced is first kept as a "before-restore" backup. Refuses while the plan
    is open anywhere (:class:`FileInUseError`).
    """
    backup, to = Path(backup), Path(to)
    backups.check_restorable(backup, passphrase)
    lock = PlanLock(to)
    try:
        lock.acquire()
    except OSError as exc:
        raise StorageError(f"Cannot write to {to.parent}: {exc.strerror or exc}.") from None
    try:
        if to.exists():
            _keep_before_restore(to, passphrase, backup)
        temp = to.with_name(f".{to.name}.restore-{secrets.token_hex(4)}")
        try:
            shutil.copyfile(backup, temp)
            with open(temp, "rb+") as handle:
                os.fsync(handle.fileno())
            for sidecar in ("-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    to.with_name(to.name + sidecar).unlink()
            os.replace(temp, to)
        except OSError as exc:
            with contextlib.suppress(OSError):
                temp.unlink()
            if exc.errno == 28:
                raise DiskFullError(to) from None
            raise StorageError(f"The backup could not be put in place: {exc.strerror}.") from None
    finally:
        lock.release()


def _keep_before_restore(to: Path, passphrase: str, backup: Path) -> None:
    plan_uuid = read_plan_uuid(to, passphrase) or read_plan_uuid(backup, passphrase)
    folder = backups.backup_dir(plan_uuid) if plan_uuid else backups.legacy_backup_dir(to)
    try:
        engine = make_engine(to, passphrase, read_only=True)
        try:
            backups.write_backup(engine, passphrase, folder, "before-restore")
        finally:
            engine.dispose()
    except PHBError:
        # It does not open with this passphrase or is damaged: keep its bytes as they are.
        backups.copy_as_is(to, folder, "before-restore")
