"""Restoring a backup from the window: over the open plan, or to a new file.

Either way the file being replaced is first kept as a ``before-restore`` backup, the backup must
open and check out page by page before anything changes, and the restore is written into the
restored file's history ("who, when, what") so a family can see it happened.

Restoring over the open plan is done with the plan held: its key is dropped (as when it locks),
the current file is copied and checked, the backup's bytes are swapped in atomically, and the
key is taken again — so no other program can open the file half way, and the window carries on
with the restored plan (every view hears a plan change).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from pathlib import Path

from ..domain.errors import PHBError
from ..domain.schedule import format_date
from ..domain.text import translate
from ..storage import backups
from ..storage.backups import BackupInfo
from ..storage.errors import ReadOnlyError, StorageError, WrongPassphraseError
from ..storage.planfile import read_plan_uuid
from .files import open_plan_file, restore_backup
from .session import PlanSession


def when_made(info: BackupInfo) -> str:
    """When a backup was made, in this computer's time, as people say it."""
    local = info.created.astimezone()
    return translate("Backups", "{date} at {time}").format(
        date=format_date(local.date()), time=local.strftime("%H:%M")
    )


def reason_words(reason: str) -> str:
    """Why a backup was made, in plain words."""
    words = {
        "open": translate("Backups", "when the plan was opened"),
        "changes": translate("Backups", "after changes"),
        "manual": translate("Backups", "asked for"),
        "before-upgrade": translate("Backups", "before an update of the file"),
        "before-restore": translate("Backups", "before a restore (the plan as it was)"),
    }
    return words.get(reason, reason)


def check_backup(info: BackupInfo, passphrase: str) -> None:
    """Raise unless the backup opens with ``passphrase`` and checks out page by page."""
    backups.check_restorable(info.path, passphrase)


def _check_current(session: PlanSession, passphrase: str) -> None:
    if read_plan_uuid(session.path, passphrase) != session.plan_uuid:
        raise WrongPassphraseError(
            session.path,
            translate(
                "Backups",
                "That is not the passphrase of this plan. Nothing has been changed.",
            ),
        )


def restore_over(session: PlanSession, info: BackupInfo, passphrase: str) -> Path:
    """Put the backup ``info`` in place of the open plan and carry on with it.

    ``passphrase`` (the plan's, typed again as the confirmation) must open both the plan and the
    backup. The plan as it was is kept first as a ``before-restore`` backup, whose path is
    returned. On any failure before the swap the plan is as it was, and open again.
    """
    if session.read_only_reason is not None:
        raise ReadOnlyError(session.read_only_reason)
    _check_current(session, passphrase)
    try:
        check_backup(info, passphrase)
    except WrongPassphraseError:
        raise StorageError(
            translate(
                "Backups",
                "This backup opens only with an older passphrase, so it cannot replace the plan. "
                "Restore it to a new file instead, with the passphrase it was made with.",
            )
        ) from None
    folder = session.backup_folder or backups.beside_backup_dir(session.path, session.plan_uuid)
    path = session.path
    session.lock()  # every change is in the file; no connection holds it; the lock is kept
    temp = path.with_name(f".{path.name}.restore-{secrets.token_hex(4)}")
    try:
        kept = backups.copy_backup(
            path, passphrase, folder, "before-restore", contextlib.nullcontext
        )
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out, open(info.path, "rb") as source:
            shutil.copyfileobj(source, out, 1024 * 1024)
            out.flush()
            os.fsync(out.fileno())
        for side in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                path.with_name(path.name + side).unlink()
        os.replace(temp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        session.unlock(passphrase)
        if isinstance(exc, PHBError) or not isinstance(exc, OSError):
            raise
        raise StorageError(
            translate(
                "Backups", "The backup could not be put in place ({reason}). Nothing has changed."
            ).format(reason=exc.strerror or type(exc).__name__)
        ) from None
    session.unlock(passphrase)  # the restored plan is read and shown
    session.record(
        translate(
            "Backups",
            "Restored the backup made on {when} ({why}); the plan as it was is kept as a backup",
        ).format(when=when_made(info), why=reason_words(info.reason)),
        "file",
    )
    return kept


def restore_to_new(
    info: BackupInfo, to: Path, passphrase: str, *, author: str, supporter: bool
) -> Path:
    """Make a new plan file ``to`` from the backup ``info`` (which opens with ``passphrase``,
    as will the new file) and write the restore into its history. ``to`` must not exist."""
    to = Path(to)
    if os.path.lexists(to):
        raise StorageError(
            translate(
                "Backups",
                "There is already a file called {name}. Choose a name that is not used yet.",
            ).format(name=to.name)
        )
    check_backup(info, passphrase)
    restore_backup(info.path, to, passphrase)
    restored = open_plan_file(to, passphrase, author=author, supporter=supporter, backup=False)
    try:
        restored.record(
            translate("Backups", "Made from the backup of {when} ({why})").format(
                when=when_made(info), why=reason_words(info.reason)
            ),
            "file",
        )
    finally:
        restored.close()
    return to
