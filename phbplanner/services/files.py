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
import stat
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from .. import __version__
from ..domain.errors import PHBError
from ..domain.plan import Plan
from ..domain.text import translate
from ..interchange.document import Document
from ..interchange.plan_json import stored_document
from ..storage import backups, keys
from ..storage.backups import BackupInfo
from ..storage.engine import make_engine, sniff, special_file_kind
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
from .keeper import BackupPlace
from .passphrase import WeakPassphraseError, passphrase_problem, suggest_passphrase
from .plan_checks import InvalidPlanError
from .records_io import fill_with, left_out_notice
from .session import HistoryEntry, NotReadyError, PlanChanged, PlanSession

__all__ = [
    "SUFFIX",
    "BackupInfo",
    "BackupPlace",
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
    "backups_folder",
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

# The suggested extension of plan files.
SUFFIX = ".phbplan"


def create_plan_file(
    path: Path,
    passphrase: str,
    plan: Plan,
    *,
    author: str,
    remember: bool = False,
    supporter: bool = False,
    records: Document | None = None,
    backup_place: BackupPlace | None = None,
) -> PlanSession:
    """Create a new encrypted plan file holding ``plan`` (draft version 1) and open it.

    ``records``: a whole interchange document whose spending records go into the new file in the
    same transaction (``new --from`` a version 2 document).

    Refuses a weak passphrase (:class:`WeakPassphraseError`) and an existing file. With
    ``remember`` (not in supporter mode) the passphrase goes into the OS keyring; if that is not
    possible the plan is still created and :attr:`PlanSession.notices` says why.
    ``backup_place``:
    where backups go (supporter mode: beside the plan file or nowhere; default nowhere).
    """
    problem = passphrase_problem(passphrase)
    if problem:
        raise WeakPassphraseError(
            translate("Files", "Please choose a stronger passphrase.") + " " + problem
        )
    document = stored_document(plan)
    fill, left_out = fill_with(records) if records is not None else (None, [])
    planfile = PlanFile.create(Path(path), passphrase, document, app_version=__version__, fill=fill)
    session = PlanSession(planfile, author=author, supporter=supporter, backup_place=backup_place)
    session._record_now("Created the plan", "file")
    if any(left_out):
        session.notices.append(left_out_notice(sum(left_out)))
    if remember and not supporter:
        try:
            keys.set_passphrase(session.path, passphrase)
        except KeyringError as exc:
            session.notices.append(exc.message)
    session.start_automatic_backups()  # in supporter mode only where the volunteer chose
    return session


def open_plan_file(
    path: Path,
    passphrase: str | None,
    *,
    author: str,
    supporter: bool = False,
    backup: bool = True,
    verify: bool = False,
    backup_place: BackupPlace | None = None,
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
    ``backup_place``: where backups go (in supporter mode beside the plan file or, by default,
    nowhere — never on this computer).
    """
    path = Path(path)
    if passphrase is None:
        passphrase = None if supporter else keys.get_passphrase(path)
        if passphrase is None:
            raise WrongPassphraseError(
                path,
                translate(
                    "Files", "No passphrase was given, and none is remembered on this computer."
                ),
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

    try:
        planfile = PlanFile.open(
            path, passphrase, before_upgrade=before_upgrade, check_integrity=verify
        )
    except WrongPassphraseError as exc:
        raise _explain_wrong_passphrase(path, passphrase, exc) from None
    try:
        session = PlanSession(
            planfile, author=author, supporter=supporter, backup_place=backup_place
        )
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
    if backup:  # in supporter mode: the check, and backups only where the volunteer chose
        session.start_automatic_backups()
    return session


# How many of a plan's newest backups are tried when its passphrase seems wrong.
BACKUPS_TRIED = 3


def _explain_wrong_passphrase(
    path: Path, passphrase: str, error: WrongPassphraseError
) -> StorageError:
    """Every page failed its check: a wrong passphrase, or damage to the file's first bytes?

    SQLCipher derives the key from the passphrase *and* the 16 random bytes at the start of
    the file (the salt), and nothing in the file can check either on its own, so the two
    cases look exactly alike. The plan's own backups can tell them apart: they are keyed with
    the same passphrase, so if it opens one, it is right and the file's start is damaged.
    Otherwise the message says both possibilities, wrong passphrase first.
    """
    try:
        with open(path, "rb") as handle:
            salt = handle.read(16)
    except OSError:
        salt = b""
    if len(salt) == 16 and len(set(salt)) == 1:  # 16 equal random bytes: never by chance
        return DamagedFileError(
            path, why=translate("Files", "Its first bytes, which the key needs, were overwritten.")
        )
    for info in backups.backups_like(path, BACKUPS_TRIED):
        if _opens_with(info.path, passphrase):
            when = info.created.astimezone().strftime("%d %b %Y %H:%M")
            return DamagedFileError(
                path,
                why=translate(
                    "Files",
                    "The passphrase is right: it opens this plan's backup of {when}. But the "
                    "start of the file, which the key needs, is damaged. Restore that backup: "
                    'phbplanner restore "{backup}" --to "{plan}".',
                ).format(when=when, backup=info.path, plan=path),
            )
    return WrongPassphraseError(
        path,
        error.message
        + " "
        + translate(
            "Files",
            "If you are sure it is right, the start of the file may be damaged. Then "
            "restore a backup (see “phbplanner backups”) or your own copy.",
        ),
    )


def _opens_with(backup: Path, passphrase: str) -> bool:
    """True when ``passphrase`` unlocks ``backup`` (the key check only; nothing written)."""
    try:
        engine = make_engine(backup, passphrase, read_only=True)
    except Exception:
        return False
    try:
        with engine.connect():
            return True
    except Exception:
        return False
    finally:
        engine.dispose()


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


def list_backups(path: Path, passphrase: str | None = None) -> list[BackupInfo]:
    """The automatic and manual backups of the plan file at ``path`` on this computer, newest
    first. With the passphrase, the plan's id inside the file names its backup folder; without
    it, the folders whose backups start with the same 16 random bytes (the salt every copy of a
    plan keeps) are taken."""
    path = Path(path)
    found = backups.scan(backups.legacy_backup_dir(path))
    if passphrase is not None:
        plan_uuid = read_plan_uuid(path, passphrase)
        if plan_uuid:
            found += backups.list_backups(plan_uuid)
    else:
        found += backups.backups_with_salt_of(path)
    return sorted(found, key=lambda info: info.created, reverse=True)


def backups_folder() -> Path:
    """The folder on this computer that holds the automatic backups (one sub-folder per plan)."""
    return backups.data_dir() / "backups"


def list_backups_in(folder: Path) -> list[BackupInfo]:
    """The backups in ``folder`` (any plan's), newest first."""
    return backups.scan(Path(folder))


def restore_backup(backup: Path, to: Path, passphrase: str) -> None:
    """Replace the plan file ``to`` with the backup ``backup`` (which must open with
    ``passphrase`` and check out page by page).

    The file being replaced is first kept as a "before-restore" backup. Refuses while the plan
    is open anywhere (:class:`FileInUseError`).
    """
    # The file a link points to is the plan: restore that, never replace the link with a copy.
    backup, to = Path(backup), Path(os.path.realpath(to))
    sniff(backup)  # a JSON export or any other file is "not a plan", not a wrong passphrase
    _check_restore_target(to)
    backups.check_restorable(backup, passphrase)
    lock = PlanLock(to)
    try:
        lock.acquire()
    except OSError as exc:
        raise StorageError(
            translate("Files", "Cannot write to {folder} ({detail}).").format(
                folder=to.parent, detail=exc.strerror or exc
            )
        ) from None
    try:
        if to.exists():
            _keep_before_restore(to, passphrase, backup)
        temp = to.with_name(f".phbplanner-restore-{secrets.token_hex(8)}.tmp")
        try:
            shutil.copyfile(backup, temp)
            os.chmod(temp, 0o600)  # only this user may read the (encrypted) plan
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
                raise DiskFullError(
                    to,
                    translate(
                        "Files",
                        "There is not enough space on the disk to restore {name}. Nothing was "
                        "changed. Free some space and try again.",
                    ).format(name=to.name),
                ) from None
            raise StorageError(
                translate("Files", "The backup could not be put in place ({detail}).").format(
                    detail=exc.strerror
                )
            ) from None
    finally:
        lock.release()


def _check_restore_target(to: Path) -> None:
    """A backup is restored to a plan file's name: never a folder or a special file."""
    try:
        info = os.stat(to)
    except FileNotFoundError:
        if not to.parent.is_dir():
            raise StorageError(
                translate("Files", "The folder {folder} does not exist.").format(folder=to.parent)
            ) from None
        return
    except OSError as exc:
        raise StorageError(
            translate("Files", "Cannot restore to {path}: {reason}.").format(
                path=to, reason=exc.strerror or exc
            )
        ) from None
    if stat.S_ISDIR(info.st_mode):
        raise StorageError(
            translate(
                "Files", "{path} is a folder: give the name of the plan file to restore."
            ).format(path=to)
        )
    if not stat.S_ISREG(info.st_mode):
        raise StorageError(
            translate("Files", "Cannot restore to {path}.").format(path=to)
            + " "
            + special_file_kind(info.st_mode)
        )


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
