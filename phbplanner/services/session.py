"""An open plan: every change in one transaction, versions, agreement, history, change events.

The GUI and the CLI hold a :class:`PlanSession` (from ``services.files``) and never touch
storage. Each :meth:`PlanSession.apply` is one committed transaction — there is no Save button —
after which every subscriber gets a :class:`~.changes.Changes` saying what changed. An agreed
version is frozen: the first edit after agreement starts a new draft version holding a copy of it.
"""

from __future__ import annotations

import contextlib
import hashlib
import secrets
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, insert, select, update

from ..domain.errors import PHBError
from ..domain.fingerprint import canonical_json
from ..domain.plan import Plan
from ..domain.readiness import check_readiness
from ..domain.text import translate
from ..domain.versions import Agreement, VersionInfo, VersionStatus
from ..interchange.plan_json import plan_document
from ..storage import backups, keys
from ..storage.backups import BackupInfo
from ..storage.engine import is_disk_full, make_engine, short_of_space
from ..storage.errors import (
    DiskFullError,
    LockedError,
    ReadOnlyError,
    StorageError,
    WrongPassphraseError,
)
from ..storage.models import HistoryRow, PlanVersionRow
from ..storage.planfile import PlanFile, now_utc
from . import session_words as words
from .changes import Changes
from .documents import read_plan, store_plan, write_edits
from .edits import Edit, apply_edit
from .fingerprints import FingerprintCache
from .history_text import describe_edit, edits_section
from .keeper import BackupPlace, FileKeeper
from .passphrase import WeakPassphraseError, passphrase_problem
from .plan_checks import check_storable
from .session_values import (
    HistoryEntry,
    NotReadyError,
    history_entry,
    version_info,
)

VERSIONS: Any = PlanVersionRow.__table__

#: The change events' former name: a plan change is a :class:`Changes` with ``Change.PLAN``.
PlanChanged = Changes

__all__ = [
    "HistoryEntry",
    "NotReadyError",
    "PlanChanged",
    "PlanSession",
    "history_entry",
]


@dataclass
class _Current:
    version_id: int
    row: Any  # a plan_version row
    plan: Plan
    fingerprint: str | None = None


@dataclass
class _Subscribers:
    callbacks: list[Callable[[Changes], None]] = field(default_factory=list)


class PlanSession:
    """One open plan file. Thread-safe; close it (or use ``with``) when done."""

    def __init__(
        self,
        planfile: PlanFile,
        *,
        author: str,
        supporter: bool = False,
        backup_place: BackupPlace | None = None,
    ) -> None:
        self._file = planfile
        self._lock = threading.RLock()
        self._subs = _Subscribers()
        self._author = author.strip() or "someone"
        self._version_plans: dict[int, Plan] = {}
        self._fingerprints = FingerprintCache()
        self._keeper = FileKeeper(planfile, supporter=supporter, place=backup_place)
        self._closed = False
        # the path of the plan file
        self.path: Path = planfile.path
        # True when opened from somewhere (or something) that cannot be written
        self.read_only: bool = planfile.read_only
        # why, in plain English, when read_only
        self.read_only_reason: str | None = planfile.read_only_reason
        # supporter mode: nothing about this plan is left on this computer
        self.supporter: bool = supporter
        # plain-English notes for the person about how the open went (upgrade, stale lock, …)
        self.notices: list[str] = []
        if self.read_only_reason:
            self.notices.append(words.opened_read_only(self.read_only_reason))
        self.notices.extend(planfile.notices)
        with self._file.engine.connect() as conn:
            self._current = self._load_current(conn)

    # -- reading ---------------------------------------------------------------------------------
    def _load_current(self, conn: Connection) -> _Current:
        row = conn.execute(
            select(VERSIONS).order_by(VERSIONS.c.number.desc()).limit(1)
        ).one_or_none()
        if row is None:
            raise StorageError(words.holds_no_version(self.path.name))
        return _Current(row.id, row, read_plan(conn, row.id))

    @property
    def plan(self) -> Plan:
        """The content of the current (latest) version."""
        return self._current.plan

    @property
    def version(self) -> VersionInfo:
        """The current version: its number, status and fingerprint."""
        with self._lock:
            current = self._current
            if current.fingerprint is None:
                current.fingerprint = current.row.fingerprint or self._fingerprints.fingerprint(
                    current.plan
                )
            return version_info(current.row, current.fingerprint)

    @property
    def author(self) -> str:
        """The name recorded in the history for changes made in this session."""
        return self._author

    def versions(self) -> list[VersionInfo]:
        """Every version, oldest first."""
        with self._lock, self._file.engine.connect() as conn:
            rows = conn.execute(select(VERSIONS).order_by(VERSIONS.c.number)).all()
            result = [version_info(row) for row in rows]
        current = self.version
        return [current if info.number == current.number else info for info in result]

    def version_plan(self, number: int) -> Plan:
        """The content of version ``number`` (agreed versions never change)."""
        with self._lock:
            if number == self._current.row.number:
                return self._current.plan
            if number in self._version_plans:
                return self._version_plans[number]
            with self._file.engine.connect() as conn:
                version_id = conn.execute(
                    select(PlanVersionRow.id).where(PlanVersionRow.number == number)
                ).scalar_one_or_none()
                if version_id is None:
                    raise PHBError(words.no_version(number))
                plan = read_plan(conn, version_id)
            self._version_plans[number] = plan
            return plan

    def history(self, limit: int = 500) -> list[HistoryEntry]:
        """The most recent changes, newest first."""
        with self._lock, self._file.engine.connect() as conn:
            table = HistoryRow.__table__
            rows = conn.execute(select(table).order_by(table.c.id.desc()).limit(limit)).all()
            return [history_entry(row) for row in rows]

    # -- changing --------------------------------------------------------------------------------
    def apply(self, edit: Edit, *, description: str | None = None) -> Plan:
        """Make one change in one transaction and return the new plan.

        If the current version is agreed, a new draft version (a copy) is started first.
        Raises ``EditError`` for an edit that does not fit, :class:`ReadOnlyError`, or a
        storage error (disk full, …) — in every failure the file and :attr:`plan` are unchanged.
        """
        return self.apply_many([edit], description=description or "")

    def apply_many(self, edits: Sequence[Edit], *, description: str) -> Plan:
        """Make several changes in one transaction (all or none) and return the new plan."""
        with self._lock:
            self._check_open()
            if self.read_only_reason is not None:
                raise ReadOnlyError(self.read_only_reason)
            if not edits:
                return self._current.plan
            old = self._current.plan
            plan = old
            for edit in edits:
                plan, _inverse = apply_edit(plan, edit)
            check_storable(plan, edits, before=old)
            what = description or "; ".join(describe_edit(old, e) for e in edits)
            current = self._current
            new_row: Any = None
            with self._file.transaction() as conn:
                if current.row.status == VersionStatus.AGREED.value:
                    new_row = self._start_draft(conn, current.row.number + 1, plan)
                    self._record(
                        conn, new_row.number, f"Started version {new_row.number}", "versions"
                    )
                else:
                    write_edits(conn, current.version_id, old, edits)
                self._record(conn, (new_row or current.row).number, what, edits_section(edits))
            if new_row is not None:
                self._version_plans[current.row.number] = old
                self._current = _Current(new_row.id, new_row, plan)
            else:
                self._current = _Current(current.version_id, current.row, plan)
            version = self.version
        self._publish(Changes.of_plan(plan, version, edits, new_version=new_row is not None))
        self._maybe_backup()
        return plan

    def _start_draft(self, conn: Connection, number: int, plan: Plan) -> Any:
        version_id = conn.execute(
            insert(PlanVersionRow)
            .values(number=number, status=VersionStatus.DRAFT.value, created=now_utc())
            .returning(PlanVersionRow.id)
        ).scalar_one()
        store_plan(conn, version_id, plan)
        return conn.execute(select(VERSIONS).where(VERSIONS.c.id == version_id)).one()

    def _record(
        self, conn: Connection, version: int, what: str, section: str | None = None
    ) -> None:
        conn.execute(
            insert(HistoryRow).values(
                at=now_utc(), who=self._author, what=what, version_number=version, section=section
            )
        )

    def agree(self, agreement: Agreement) -> VersionInfo:
        """Freeze the current version as agreed; raises :class:`NotReadyError` when not ready."""
        with self._lock:
            self._check_open()
            if self.read_only_reason is not None:
                raise ReadOnlyError(self.read_only_reason)
            current = self._current
            if current.row.status == VersionStatus.AGREED.value:
                raise PHBError(words.already_agreed(current.row.number))
            findings = check_readiness(current.plan)
            if findings:
                raise NotReadyError(findings)
            canonical = canonical_json(plan_document(current.plan))
            fingerprint = hashlib.sha256(canonical).hexdigest()
            values: dict[str, Any] = {
                "status": VersionStatus.AGREED.value,
                "fingerprint": fingerprint,
                "canonical": canonical.decode("utf-8"),
                "agreed_at": now_utc(),
                "person_name": agreement.person_name,
                "agreed_on": agreement.agreed_on.isoformat(),
                "person_is_representative": agreement.person_is_representative,
                "representative_relationship": agreement.representative_relationship,
                "coordinator_name": agreement.coordinator_name,
                "coordinator_role": agreement.coordinator_role,
                "icb_approver_name": agreement.icb_approver_name,
                "icb_approver_role": agreement.icb_approver_role,
                "agreement_notes": agreement.notes,
            }
            with self._file.transaction() as conn:
                conn.execute(
                    update(PlanVersionRow)
                    .where(PlanVersionRow.id == current.version_id)
                    .values(**values)
                )
                self._record(
                    conn, current.row.number, f"Agreed version {current.row.number}", "versions"
                )
                row = conn.execute(
                    select(VERSIONS).where(VERSIONS.c.id == current.version_id)
                ).one()
            self._current = _Current(current.version_id, row, current.plan, fingerprint)
            version = self.version
        self._publish(Changes.of_version(current.plan, version))
        return version

    # -- events ----------------------------------------------------------------------------------
    def subscribe(self, callback: Callable[[Changes], None]) -> Callable[[], None]:
        """Call ``callback`` with what changed after every commit; returns an unsubscriber.

        The callback runs on the thread that made the change.
        """
        with self._lock:
            self._subs.callbacks.append(callback)

        def unsubscribe() -> None:
            with self._lock, contextlib.suppress(ValueError):
                self._subs.callbacks.remove(callback)

        return unsubscribe

    def notify(self, changes: Changes) -> None:
        """Tell every subscriber about a change another service committed to this file."""
        self._check_open()
        self._publish(changes)

    def _publish(self, event: Changes) -> None:
        with self._lock:
            callbacks = list(self._subs.callbacks)
        errors: list[BaseException] = []
        for callback in callbacks:
            try:
                callback(event)
            except Exception as exc:  # one broken screen must not stop the others hearing
                errors.append(exc)
        if errors:
            raise errors[0]

    # -- passphrase and backups ------------------------------------------------------------------
    def change_passphrase(self, old: str, new: str) -> None:
        """Change the passphrase (old one required); backups and the keyring follow."""
        with self._lock:
            self._check_open()
            if self.read_only_reason is not None:
                raise ReadOnlyError(self.read_only_reason)
            if not secrets.compare_digest(old.encode(), self._file.passphrase.encode()):
                raise WrongPassphraseError(self.path, words.old_passphrase_wrong())
            problem = passphrase_problem(new)
            if problem:
                raise WeakPassphraseError(problem)
            self._wait_for_backup()
            try:
                self._file.rekey(new)
            except Exception as exc:
                raise self._rekey_failed(exc, old) from None
            remembered = keys.get_passphrase(self.path) if not self.supporter else None
            if remembered is not None:
                keys.set_passphrase(self.path, new)
            folder = self.backup_folder
            failed = backups.rekey_all(folder, old, new) if folder is not None else []
            try:
                self._record_now(f"Changed the passphrase ({self._author})", "file")
            except DiskFullError:  # the change itself stands: say so, not "not saved"
                self.notices.append(
                    translate(
                        "Session",
                        "The passphrase has been changed. There was not enough space on the "
                        "disk to note it in the plan's history.",
                    )
                )
            if failed:
                self.notices.append(
                    translate(
                        "Session",
                        "{count} old backups could not be changed to the new passphrase; "
                        "they still open with the old one.",
                    ).format(count=len(failed))
                )

    def _rekey_failed(self, exc: Exception, old: str) -> PHBError:
        """Why a passphrase change failed, with the file open again with the old passphrase.

        SQLCipher re-keys inside one transaction, which a failure (a full disk) rolls back —
        sometimes without reporting it, so that only the new passphrase failing to open the
        file tells. Either way the file still opens with the old passphrase.
        """
        self._file.engine.dispose()  # no pooled connection may keep a half-changed key
        self._file.engine = make_engine(self.path, old)
        try:
            with self._file.engine.connect():
                pass
        except PHBError as reopened:
            return reopened
        if is_disk_full(exc) or short_of_space(self.path):
            return DiskFullError(
                self.path,
                translate(
                    "Session",
                    "There is not enough space on the disk to change the passphrase of {name}. "
                    "Nothing was changed: the old passphrase still opens it. Free some space "
                    "and try again.",
                ).format(name=self.path.name),
            )
        detail = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        if isinstance(exc, PHBError):
            detail = type(exc).__name__
        return StorageError(
            translate(
                "Session",
                "The passphrase could not be changed ({reason}). Nothing was changed: the old "
                "passphrase still opens {name}.",
            ).format(reason=detail, name=self.path.name)
        )

    def _record_now(self, what: str, section: str | None = None) -> None:
        with self._file.transaction() as conn:
            self._record(conn, self._current.row.number, what, section)

    def record(self, what: str, section: str) -> None:
        """Write one line in the file's history (a restore, …) in a transaction of its own."""
        with self._lock:
            self._check_open()
            if self.read_only_reason is not None:
                raise ReadOnlyError(self.read_only_reason)
            self._record_now(what, section)

    # -- the records beside the plan (for the other services) -----------------------------------
    @contextlib.contextmanager
    def reading(self) -> Iterator[Connection]:
        """A read connection on the file (the session's lock held meanwhile)."""
        with self._lock:
            self._check_open()
            with self._file.engine.connect() as conn:
                yield conn

    @contextlib.contextmanager
    def writing(self, what: str, section: str | None = None) -> Iterator[Connection]:
        """One transaction on the file's records (never the plan's rows), with a history row
        saying ``what`` about ``section`` (``"spending"``, ``"documents"``, ``"reviews"``, …) —
        committed at the end, rolled back on any error. The caller publishes the
        :class:`Changes` once it has returned."""
        with self._lock:
            self._check_open()
            if self.read_only_reason is not None:
                raise ReadOnlyError(self.read_only_reason)
            with self._file.transaction() as conn:
                yield conn
                if what:
                    self._record(conn, self._current.row.number, what, section)
        self._maybe_backup()

    # -- canonical forms of agreed versions --------------------------------------------------
    def agreed_canonical(self, number: int) -> bytes | None:
        """The canonical JSON agreed as version ``number`` (its SHA-256 is the fingerprint on
        the signed paper for ever), or None for a draft or an agreement made before schema 3
        whose bytes could not be reproduced."""
        with self._lock, self._file.engine.connect() as conn:
            text = conn.execute(
                select(PlanVersionRow.canonical).where(PlanVersionRow.number == number)
            ).scalar_one_or_none()
        return None if text is None else text.encode("utf-8")

    def keep_agreed_canonicals(self) -> int:
        """After an upgrade from before schema 3: store the canonical bytes of each agreed
        version whose recorded fingerprint this program reproduces exactly; return how many."""
        if self.read_only:
            return 0
        stored = 0
        with self._lock:
            with self._file.engine.connect() as conn:
                rows = conn.execute(
                    select(PlanVersionRow.id, PlanVersionRow.number, PlanVersionRow.fingerprint)
                    .where(PlanVersionRow.status == VersionStatus.AGREED.value)
                    .where(PlanVersionRow.canonical.is_(None))
                ).all()
            for row in rows:
                canonical = canonical_json(plan_document(self.version_plan(row.number)))
                if hashlib.sha256(canonical).hexdigest() != row.fingerprint:
                    continue  # an older writer's bytes: the recorded fingerprint stays the truth
                with self._file.transaction() as conn:
                    conn.execute(
                        update(PlanVersionRow)
                        .where(PlanVersionRow.id == row.id)
                        .values(canonical=canonical.decode("utf-8"))
                    )
                stored += 1
        return stored

    # -- backups and the check of every page --------------------------------------------------
    @property
    def plan_uuid(self) -> str:
        """The plan's own id (kept inside the file; backups are filed under it)."""
        return self._file.plan_uuid

    @property
    def backup_folder(self) -> Path | None:
        """Where this plan's backups are kept (None: no backups are made)."""
        return self._keeper.folder

    @property
    def backup_place(self) -> BackupPlace:
        """Where backups are kept: this computer, beside the plan file, or nowhere."""
        return self._keeper.place

    @property
    def backup_problem(self) -> str | None:
        """Why the last automatic backup failed, if it did (shown by the GUI)."""
        return self._keeper.backup_problem

    @property
    def file_problem(self) -> str | None:
        """Damage found by the background check of every page (shown by the GUI)."""
        return self._keeper.file_problem

    def list_backups(self) -> list[BackupInfo]:
        """This plan's backups on this computer, newest first."""
        return self._keeper.list_backups()

    def backup_now(self, reason: str = "manual") -> Path:
        """Write an encrypted, checked backup now and return its path."""
        with self._lock:
            self._check_open()
            return self._keeper.backup_now(reason)

    def start_automatic_backups(self) -> None:
        """In the background: check every page of the file, then back up if anything changed
        since the newest backup (called on open); later, back up when enough has changed."""
        if not self._closed:
            self._keeper.start()

    def _maybe_backup(self) -> None:
        if not self._closed:
            self._keeper.maybe_backup()

    def _wait_for_backup(self) -> None:
        self._keeper.wait()

    # -- locking: the key dropped from memory -------------------------------------------------
    @property
    def locked(self) -> bool:
        """True between :meth:`lock` and :meth:`unlock`: the file is held but its key is not."""
        return self._file.key_dropped and not self._closed

    def lock(self) -> None:
        """Drop the key from memory, keeping the file held (its lock and which plan it is).

        A running backup or check of every page finishes first; every change is already in the
        file. Until :meth:`unlock`, anything that needs the file raises ``LockedError``.
        """
        with self._lock:
            if self._closed or self._file.key_dropped:
                return
            self._wait_for_backup()
            self._file.drop_key()

    def unlock(self, passphrase: str | None) -> None:
        """Take the key again: ``passphrase``, or (``None``, never in supporter mode) the one
        remembered in this computer's keyring. Raises :class:`WrongPassphraseError` and stays
        locked when it does not open this plan."""
        with self._lock:
            if self._closed:
                raise PHBError(words.closed())
            if passphrase is None:
                passphrase = None if self.supporter else keys.get_passphrase(self.path)
                if passphrase is None:
                    raise WrongPassphraseError(self.path, words.none_remembered())
            if not self._file.key_dropped:  # still held (the lock did not finish): check it
                if not secrets.compare_digest(passphrase.encode(), self._file.passphrase.encode()):
                    raise WrongPassphraseError(self.path)
                return
            seq = self._file.commit_seq
            self._file.use_key(passphrase)
            if self._file.newest_on_disk == seq:
                return
            with self._file.engine.connect() as conn:  # changed meanwhile: show it as it is
                self._current = self._load_current(conn)
            self._version_plans.clear()
            plan, version = self._current.plan, self.version
        self._publish(Changes.of_plan(plan, version, new_version=True))

    # -- closing ---------------------------------------------------------------------------------
    def _check_open(self) -> None:
        if self._closed:
            raise PHBError(words.closed())
        if self._file.key_dropped:
            raise LockedError()

    @property
    def closed(self) -> bool:
        """True once :meth:`close` has run."""
        return self._closed

    def close(self) -> None:
        """Finish any backup, checkpoint, release the lock; in supporter mode leave no trace."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self._wait_for_backup()
            self._file.close()

    def __enter__(self) -> PlanSession:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __del__(self) -> None:  # a forgotten session must not keep the lock for ever
        with contextlib.suppress(Exception):
            if not self._closed:
                self.close()
