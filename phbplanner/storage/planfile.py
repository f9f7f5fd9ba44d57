"""One open plan file: its engine, its lock, its schema version, and safe transactions.

The file on disk is a complete plan after every committed change: the journal is WAL (so
readers, such as a backup, never block the window), and each commit is followed at once by a
checkpoint that moves it into the file and empties the ``-wal``. Only while a background backup
is reading does a change wait in the ``-wal`` (for seconds); it is moved in as soon as the backup
ends, and at close. Every transaction also appends to ``commit_log``, so a ``-wal`` found beside
the file later can be told to belong to it or not (:mod:`.sidefiles`).
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import threading
from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, insert
from sqlalchemy.exc import DBAPIError

from ..domain.text import translate
from ..domain.versions import VersionStatus
from .engine import (
    is_disk_full,
    is_read_only_location,
    make_engine,
    pages_fail_check,
    pragma_outside_transaction,
    rekey_engine,
    short_of_space,
    sniff,
    truncation,
    unwrap,
)
from .errors import (
    DamagedFileError,
    DiskFullError,
    NewerVersionError,
    NotAPlanFileError,
    ReadOnlyError,
    StorageError,
    WriteError,
)
from .filekey import KeyHolder
from .lock import PlanLock
from .models import CommitLogRow, Meta, PlanVersionRow
from .planrows import insert_document
from .privatefiles import (
    create_private_temp,
    fsync_dir,
    name_fits,
    publish,
    remove_dead_temps,
)
from .schema import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    create_schema,
    file_versions,
    new_plan_uuid,
    upgrade,
)
from .sidefiles import check_side_files

#: How many commit ids ``commit_log`` keeps.
COMMIT_LOG_KEEP = 1000

#: A new plan file is built under this hidden name in its folder, then renamed.
NEW_TEMP_PREFIX, NEW_TEMP_SUFFIX = "phbplanner-new-", ".tmp"
NEW_TEMP = re.compile(r"\.phbplanner-new-[0-9a-f]{16}\.tmp")
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")

#: Called with the open file and its old schema version before an upgrade is run.
BeforeUpgrade = Callable[["PlanFile", int], None]


def now_utc() -> str:
    """The time now, as stored in the file (ISO 8601, UTC)."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


class PlanFile(KeyHolder):
    """An open plan file. Use :meth:`create` or :meth:`open`; always :meth:`close`."""

    def __init__(
        self, path: Path, engine: Engine, lock: PlanLock | None, read_only_reason: str | None
    ) -> None:
        self.path = path
        self._engine: Engine | None = engine
        #: how the engine was made (made again the same way when the key is given back)
        self.engine_options: dict[str, bool] = {"read_only": read_only_reason is not None}
        self.lock = lock
        self.read_only_reason = read_only_reason
        #: the schema version the file had when opened (before any upgrade)
        self.opened_version = SCHEMA_VERSION
        #: plain-English notes from opening (a side file set aside, …)
        self.notices: list[str] = []
        #: the plan's own id (backups are kept under it); set when opened
        self.plan_uuid = ""
        #: the number of the newest committed transaction (counts changes for backups)
        self.commit_seq = 0
        #: the newest transaction found in the file when the key was last taken (use_key)
        self.newest_on_disk = 0
        self._usable = False
        self._readers = 0  # background readers (backups) that hold the WAL back
        self._readers_lock = threading.Lock()
        self._checkpoint_due = False

    @property
    def read_only(self) -> bool:
        """True when the file was opened read-only (see :attr:`read_only_reason`)."""
        return self.read_only_reason is not None

    # -- opening ---------------------------------------------------------------------------------
    @classmethod
    def create(
        cls,
        path: Path,
        passphrase: str,
        document: Mapping[str, Any],
        *,
        app_version: str,
        fill: Callable[[Connection], None] | None = None,
    ) -> PlanFile:
        """Create a new plan file holding a plan's interchange ``document`` as draft version 1.

        ``fill`` writes anything else the new file holds (spending records, reviews) in the same
        transaction. Refuses to overwrite an existing file. The file is built under a hidden
        temporary name in the same folder (with its own side files), checked, flushed to disk and
        only then given its name, so a killed or failed ``create`` never leaves a half-made file
        under that name; leftovers of earlier killed runs in the folder are removed first.
        """
        path = Path(path)
        if os.path.lexists(path):
            raise StorageError(_taken(path))
        if not name_fits(path.name, max(len(side) for side in SIDE_SUFFIXES)):
            # SQLite's side files (name + "-journal") must fit too
            raise StorageError(_too_long(path))
        folder = path.parent
        lock = PlanLock(path)
        try:
            lock.acquire()
        except OSError as exc:
            raise _create_error(path, exc) from None
        remove_dead_temps(folder, NEW_TEMP, SIDE_SUFFIXES)
        temp: Path | None = None
        engine: Engine | None = None
        try:
            fd, temp = create_private_temp(folder, NEW_TEMP_PREFIX, NEW_TEMP_SUFFIX)
            lock.hold(fd)  # the temporary file becomes the plan: its lock carries over
            engine = make_engine(temp, passphrase)
            pragma_outside_transaction(engine, "PRAGMA journal_mode = WAL")
            with engine.begin() as conn:
                plan_uuid = _fill_new_file(conn, document, app_version)
                if fill is not None:
                    fill(conn)
            # Everything into the file itself; closing the last connection removes the
            # temporary name's -wal and -shm.
            pragma_outside_transaction(engine, "PRAGMA wal_checkpoint(TRUNCATE)")
            engine.dispose()
            engine = None
            _fsync_file(temp)
            publish(temp, path, overwrite=False)
            temp = None
            fsync_dir(folder)
            engine = make_engine(path, passphrase)
            with engine.connect():
                pass
        except BaseException as exc:
            if engine is not None:
                engine.dispose()
            lock.release()
            if temp is not None:
                for leftover in (temp, *_sidecars(temp), temp.with_name(temp.name + "-journal")):
                    with contextlib.suppress(OSError):
                        leftover.unlink()
            if isinstance(exc, FileExistsError):
                raise StorageError(_taken(path)) from None
            if _is_file_error(exc):
                raise _create_error(path, exc) from None
            raise
        planfile = cls(path, engine, lock, None)
        planfile.plan_uuid = plan_uuid
        planfile.commit_seq = 1
        planfile._usable = True
        planfile.checkpoint()
        return planfile

    @classmethod
    def open(
        cls,
        path: Path,
        passphrase: str,
        *,
        before_upgrade: BeforeUpgrade | None = None,
        check_integrity: bool = False,
    ) -> PlanFile:
        """Open an existing plan file; on any failure the file is left exactly as it was.

        A leftover ``-wal`` that does not belong to the file is set aside first, never applied
        (:func:`.sidefiles.check_side_files`). The check of every page's HMAC is not made here
        (it reads the whole file — seconds for a gigabyte): :func:`integrity_problems` does it,
        in the background after opening and before each backup. ``check_integrity`` makes it
        here as well.
        """
        path = Path(path)
        sniff(path)
        reason = is_read_only_location(path)
        lock: PlanLock | None = None
        if reason is None:
            lock = PlanLock(path)
            try:
                lock.acquire()
            except PermissionError:
                lock = None
                reason = translate("Storage", "The folder it is in cannot be written to.")
            except OSError as exc:
                if exc.errno in (28, 122):  # ENOSPC, EDQUOT
                    lock, reason = None, translate("Storage", "The disk it is on is full.")
                elif exc.errno in (30, 13):  # EROFS, EACCES
                    lock = None
                    reason = translate("Storage", "It is on a drive that cannot be written to.")
                else:
                    raise _os_error(path, exc) from None
        try:
            notices, ignore_wal = check_side_files(path, passphrase, writable=reason is None)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        engine = make_engine(path, passphrase, read_only=reason is not None, ignore_wal=ignore_wal)
        planfile = cls(path, engine, lock, reason)
        planfile.engine_options["ignore_wal"] = ignore_wal
        planfile.notices.extend(notices)
        try:
            planfile._check(before_upgrade, check_integrity)
            planfile._usable = True
        except DBAPIError as exc:
            error = _open_error(path, reason, exc)
            if isinstance(error, DamagedFileError):
                error = planfile.damage_error(str(unwrap(exc)))
            planfile.close()
            raise error from None
        except BaseException:
            planfile.close()
            raise
        return planfile

    def _check(self, before_upgrade: BeforeUpgrade | None, check_integrity: bool) -> None:
        with self.engine.connect() as conn:
            app_id, version = file_versions(conn)
            if app_id != APPLICATION_ID or version < 1:
                raise NotAPlanFileError(
                    self.path,
                    translate(
                        "Storage", "It is an encrypted database, but not one made by PHB Planner."
                    ),
                )
            if version > SCHEMA_VERSION:
                raise NewerVersionError(self.path, version, SCHEMA_VERSION)
            if check_integrity:
                damage = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA cipher_integrity_check")]
                if damage:
                    raise DamagedFileError(self.path, damage, why=pages_fail_check())
            mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar_one()
            pages = int(conn.exec_driver_sql("PRAGMA page_count").scalar_one())
            if version >= 3:  # the commit log exists: an upgrade's commit goes after its last
                self.commit_seq = int(
                    conn.exec_driver_sql(
                        "SELECT coalesce(max(seq), 0) FROM commit_log"
                    ).scalar_one()
                )
        cut = truncation(self.path, pages)
        if cut is not None:
            raise cut
        self.opened_version = version
        if version < SCHEMA_VERSION:
            if self.read_only:
                raise StorageError(
                    translate(
                        "Storage",
                        "{name} was made by an older version of PHB Planner. It must be brought "
                        "up to date, but it cannot be changed here. {reason} Copy it to a folder "
                        "you can write to (for example your Documents folder) and open the copy.",
                    ).format(name=self.path.name, reason=self.read_only_reason)
                )
            if before_upgrade is not None:
                before_upgrade(self, version)
            if version >= 3:  # the upgrade's own commit follows the file's newest one
                with self.engine.connect() as conn:
                    self.commit_seq = int(
                        conn.exec_driver_sql(
                            "SELECT coalesce(max(seq), 0) FROM commit_log"
                        ).scalar_one()
                    )
            try:
                with self.transaction() as conn:
                    upgrade(conn, version)
            except StorageError:
                raise
            except Exception as exc:
                raise StorageError(
                    translate(
                        "Storage",
                        "{name} could not be brought up to date for this version of PHB Planner "
                        "({error}). It has not been changed. Please report this problem.",
                    ).format(name=self.path.name, error=type(exc).__name__)
                ) from exc
        if not self.read_only and str(mode).lower() != "wal":
            pragma_outside_transaction(self.engine, "PRAGMA journal_mode = WAL")
        with self.engine.connect() as conn:
            self.plan_uuid = str(
                conn.exec_driver_sql("SELECT value FROM meta WHERE key = 'plan_uuid'").scalar()
                or ""
            )
            self.commit_seq = int(
                conn.exec_driver_sql("SELECT coalesce(max(seq), 0) FROM commit_log").scalar_one()
            )
        if not self.read_only:
            self.checkpoint()  # a -wal that belonged (after a crash) goes into the file now

    def damage_error(self, detail: str) -> DamagedFileError:
        """The error for a read that failed on damage, naming the damaged pages when it can."""
        try:
            pages = self.integrity_problems()
        except Exception:
            pages = []
        if pages:
            return DamagedFileError(self.path, pages, why=pages_fail_check())
        return DamagedFileError(self.path, [detail], why=_unreadable())

    def integrity_problems(self) -> list[str]:
        """Check every page's HMAC (reads the whole file); the damaged pages, or ``[]``.

        Uses its own read-only connection, so it can run on a worker thread while the plan is
        being edited.
        """
        engine = make_engine(self.path, self.passphrase, read_only=True, live=True)
        try:
            with engine.connect() as conn:
                return [str(r[0]) for r in conn.exec_driver_sql("PRAGMA cipher_integrity_check")]
        finally:
            engine.dispose()

    # -- writing ---------------------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One transaction: committed at the end, rolled back (file unchanged) on any error."""
        if self.read_only_reason is not None:
            raise ReadOnlyError(self.read_only_reason)
        try:
            with self.engine.begin() as conn:
                yield conn
                seq = self.commit_seq + 1
                conn.execute(insert(CommitLogRow).values(seq=seq, id=secrets.token_hex(8)))
                if seq % 100 == 0:
                    conn.exec_driver_sql(
                        "DELETE FROM commit_log WHERE seq <= ?", (seq - COMMIT_LOG_KEEP,)
                    )
            self.commit_seq = seq
        except (DBAPIError, OSError) as exc:
            if is_disk_full(exc):
                raise DiskFullError(self.path) from None
            inner = unwrap(exc)
            if "readonly" in str(inner).lower():
                raise ReadOnlyError(
                    translate("Storage", "The file or its drive cannot be written to.")
                ) from None
            raise _os_error(self.path, inner) from None
        self.checkpoint()

    def checkpoint(self) -> bool:
        """Move every committed change from the ``-wal`` into the file and empty the ``-wal``.

        Never waits for a reader: while a background backup copies the file the checkpoint is
        left for :meth:`reader` to run when the copy ends. Returns True when the file alone now
        holds everything. (SQLite's own automatic checkpoints are off: only this writes the
        file, so a backup's byte copy is consistent.)
        """
        if self.read_only_reason is not None or self._engine is None:
            return False
        with self._readers_lock:  # a backup cannot start while the file is being written
            if self._readers:
                self._checkpoint_due = True
                return False
            try:
                busy = self._truncate_wal()
            except Exception:  # a failed checkpoint loses nothing: the change is in the -wal
                busy = True
            self._checkpoint_due = busy
        return not busy

    def _truncate_wal(self) -> bool:
        raw = self.engine.raw_connection()
        try:
            driver: Any = raw.driver_connection
            driver.execute("PRAGMA busy_timeout = 0")
            try:
                busy = driver.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            finally:
                driver.execute("PRAGMA busy_timeout = 5000")
            return bool(busy)
        finally:
            raw.close()

    @contextlib.contextmanager
    def reader(self) -> Iterator[None]:
        """Mark a background reader (a backup) so commits meanwhile wait in the ``-wal``."""
        with self._readers_lock:
            self._readers += 1
        try:
            yield
        finally:
            with self._readers_lock:
                self._readers -= 1
                due = self._readers == 0 and self._checkpoint_due
            if due and self._usable:
                self.checkpoint()

    @property
    def checkpoint_due(self) -> bool:
        """True when a change is waiting in the ``-wal`` (a backup was running)."""
        return self._checkpoint_due

    def rekey(self, new_passphrase: str) -> None:
        """Re-encrypt the whole file with ``new_passphrase`` (``PRAGMA rekey``), in place."""
        if self.read_only_reason is not None:
            raise ReadOnlyError(self.read_only_reason)
        rekey_engine(self.engine, new_passphrase)
        self.engine.dispose()  # no pooled connection may keep the old key
        self.engine = make_engine(self.path, new_passphrase)
        with self.engine.connect():
            pass

    def close(self) -> None:
        """Close the connection (checkpointing the WAL into the file) and release the lock."""
        engine = self._engine  # None once the key was dropped (already checkpointed then)
        if engine is not None and self._usable and not self.read_only:
            with contextlib.suppress(Exception):
                pragma_outside_transaction(engine, "PRAGMA wal_checkpoint(TRUNCATE)")
        self._usable = False
        self._engine = None
        if engine is not None:
            engine.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def read_plan_uuid(path: Path, passphrase: str) -> str:
    """The plan id inside the file at ``path`` ("" when it has none or cannot be read)."""
    try:
        engine = make_engine(Path(path), passphrase, read_only=True)
    except Exception:
        return ""
    try:
        with engine.connect() as conn:
            value = conn.exec_driver_sql("SELECT value FROM meta WHERE key = 'plan_uuid'").scalar()
        return str(value or "")
    except Exception:
        return ""
    finally:
        engine.dispose()


def _open_error(path: Path, read_only_reason: str | None, exc: DBAPIError) -> StorageError:
    """A plain message for a database error while opening (after sniffing and keying)."""
    detail = str(unwrap(exc))
    if is_disk_full(exc) or ("I/O error" in detail and short_of_space(path)):
        # SQLite cannot make room for its side files: say so, not "damaged"
        return DiskFullError(
            path,
            translate(
                "Storage",
                "There is not enough space on the disk holding {name} to open it. Nothing has "
                "been changed. Free some space and try again.",
            ).format(name=path.name),
        )
    if read_only_reason and "unable to open" in detail:
        return StorageError(
            translate(
                "Storage",
                "{name} has recent changes waiting in “{name}-wal” that cannot be read here. "
                "{reason} Copy both files to a folder you can write to (for example your "
                "Documents folder) and open the copy. Nothing has been changed.",
            ).format(name=path.name, reason=read_only_reason)
        )
    if "malformed" in detail or "not a database" in detail:
        return DamagedFileError(path, [detail], why=_unreadable())
    return StorageError(
        translate(
            "Storage", "{name} could not be opened ({detail}). Nothing has been changed."
        ).format(name=path.name, detail=detail)
    )


def _unreadable() -> str:
    return translate("Storage", "Its content cannot be read.")


def _taken(path: Path) -> str:
    return translate(
        "Storage", "There is already a file called {name}. Choose another name."
    ).format(name=path.name)


def _too_long(path: Path) -> str:
    return translate("Storage", "The file name {name} is too long. Choose a shorter one.").format(
        name=path.name
    )


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fill_new_file(conn: Connection, document: Mapping[str, Any], app_version: str) -> str:
    """The tables, the file's facts, its first commit id and version 1; return the plan id."""
    create_schema(conn)
    stamp = now_utc()
    plan_uuid = new_plan_uuid()
    conn.execute(
        insert(Meta),
        [
            {"key": "created", "value": stamp},
            {"key": "created_by", "value": f"PHB Planner {app_version}"},
            {"key": "plan_uuid", "value": plan_uuid},
        ],
    )
    conn.execute(insert(CommitLogRow).values(seq=1, id=secrets.token_hex(8)))
    version_id = conn.execute(
        insert(PlanVersionRow)
        .values(number=1, status=VersionStatus.DRAFT.value, created=stamp)
        .returning(PlanVersionRow.id)
    ).scalar_one()
    insert_document(conn, version_id, document)
    return plan_uuid


def _is_file_error(exc: BaseException) -> bool:
    """An error from the disk or the database driver (not a bug, not one of ours)."""
    if isinstance(exc, StorageError):
        return False
    return isinstance(exc, DBAPIError | OSError) or type(exc).__module__.startswith("sqlcipher3")


def _create_error(path: Path, exc: BaseException) -> StorageError:
    """A plain message for a failure while creating ``path`` (nothing is left behind)."""
    inner = unwrap(exc)
    if is_disk_full(exc) or (isinstance(inner, OSError) and inner.errno in (28, 122, 27)):
        return DiskFullError(
            path,
            translate(
                "Storage",
                "There is not enough space on the disk to create {name}. Nothing was created. "
                "Free some space and try again.",
            ).format(name=path.name),
        )
    if isinstance(inner, OSError) and inner.errno == 36:  # ENAMETOOLONG
        return StorageError(_too_long(path))
    if isinstance(inner, PermissionError) or "readonly" in str(inner).lower():
        return StorageError(
            translate(
                "Storage",
                "{name} cannot be created in {folder}, because that folder cannot be written "
                "to. Choose another folder, for example your Documents folder.",
            ).format(name=path.name, folder=path.parent)
        )
    detail = getattr(inner, "strerror", None) or str(inner) or type(inner).__name__
    return WriteError(path, detail)


def _sidecars(path: Path) -> tuple[Path, ...]:
    return (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"))


def _os_error(path: Path, exc: BaseException) -> StorageError:
    if isinstance(exc, OSError) and exc.errno in (28, 122, 27):  # ENOSPC, EDQUOT, EFBIG
        return DiskFullError(path)
    detail = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return WriteError(path, detail)
