"""The list of statement imports, and undoing one as a whole (see :mod:`.imports`)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection

from ..domain.documents import short_name
from ..domain.errors import PHBError
from ..domain.schedule import format_date
from ..domain.text import translate
from ..interchange.bank import BANK_NAMES, RowProblem
from ..storage import import_rows as store
from ..storage.import_rows import BatchRow, BatchState
from ..storage.planfile import now_utc
from .changes import Change, Changes
from .session import PlanSession


class StatementImportError(PHBError):
    """An import (or undoing one) that cannot be done; the message says why."""

    exit_code = 1


@dataclass(frozen=True, slots=True)
class ImportInfo:
    """One import, for the window's "Imports" list and the CLI's ``ledger imports``.

    ``problems`` are the bad rows left out (kept when only the good rows were imported);
    ``left_out`` how many rows were left out for another reason (before the account's opening
    date, £0.00, or by the person's choice); ``first``/``last`` the dates the statement covers.
    """

    id: int
    account_id: int
    account_name: str
    file_name: str
    file_sha256: str
    bank: str
    bank_name: str
    imported_at: datetime
    imported_by: str
    rows_total: int
    imported: int
    duplicates: int
    left_out: int
    problems: tuple[RowProblem, ...]
    first: date | None
    last: date | None
    undone: datetime | None

    @classmethod
    def from_row(cls, row: BatchRow, account_name: str) -> ImportInfo:
        """An import's record read back (tolerant of JSON it cannot read)."""
        problems: list[RowProblem] = []
        left_out = 0
        for item in _json(row.problems, []):
            if not isinstance(item, dict):
                continue
            if item.get("left_out"):
                left_out += 1
            elif isinstance(item.get("line"), int) and isinstance(item.get("reason"), str):
                problems.append(RowProblem(item["line"], item["reason"]))
        details = _json(row.mapping, {})
        first = last = None
        dates = details.get("dates") if isinstance(details, dict) else None
        if isinstance(dates, list) and len(dates) == 2:
            try:
                first, last = date.fromisoformat(dates[0]), date.fromisoformat(dates[1])
            except (TypeError, ValueError):
                first = last = None
        return cls(
            id=row.id,
            account_id=row.account_id,
            account_name=account_name,
            file_name=row.file_name,
            file_sha256=row.file_sha256,
            bank=row.bank,
            bank_name=BANK_NAMES.get(row.bank, row.bank),
            imported_at=datetime.fromisoformat(row.imported_at),
            imported_by=row.imported_by,
            rows_total=row.rows_total,
            imported=row.imported,
            duplicates=row.duplicates,
            left_out=left_out,
            problems=tuple(problems),
            first=first,
            last=last,
            undone=datetime.fromisoformat(row.undone) if row.undone else None,
        )


def _json(text: str, default: Any) -> Any:
    try:
        return json.loads(text)
    except (TypeError, ValueError):
        return default


@dataclass(frozen=True, slots=True)
class UndoCheck:
    """What undoing an import would do: the entries it removes, and what would be lost.

    ``losses`` are plain sentences (empty: nothing is lost but the imported rows themselves).
    """

    info: ImportInfo
    state: BatchState
    #: later imports that skipped rows as already there from this one, and how many
    later: tuple[tuple[ImportInfo, int], ...]
    losses: tuple[str, ...]

    @classmethod
    def of(cls, conn: Connection, import_id: int) -> UndoCheck:
        """The check for import ``import_id`` (raises when there is no such import, or it was
        undone already)."""
        row = store.batch(conn, import_id)
        if row is None:
            raise StatementImportError(
                translate("Import", "There is no import {id} in this file.").format(id=import_id)
            )
        info = ImportInfo.from_row(row, _account_names(conn).get(row.account_id, ""))
        if info.undone is not None:
            raise StatementImportError(
                translate("Import", "Import {id} ({name}) was undone on {date}.").format(
                    id=import_id, name=short_name(info.file_name), date=format_date(info.undone)
                )
            )
        state = store.batch_state(conn, import_id)
        later = tuple(
            (ImportInfo.from_row(other, info.account_name), count)
            for other, count in store.later_skipped(conn, row)
        )
        return cls(info, state, later, tuple(_losses(state, later)))


def _account_names(conn: Connection) -> dict[int, str]:
    return {row[0]: row[1] for row in conn.exec_driver_sql("SELECT id, name FROM account")}


def _losses(state: BatchState, later: tuple[tuple[ImportInfo, int], ...]) -> list[str]:
    losses = []
    if state.reconciled:
        losses.append(
            translate(
                "Import",
                "{count} of its entries are reconciled against a bank statement, or ticked in a "
                "reconciliation not yet finished. That reconciliation would no longer add up.",
            ).format(count=state.reconciled)
        )
    if state.changed:
        losses.append(
            translate(
                "Import", "{count} of its entries were changed after the import; the changes "
                "would be lost.",
            ).format(count=state.changed)
        )  # fmt: skip
    if state.with_documents:
        losses.append(
            translate(
                "Import",
                "{count} of its entries have receipts or other documents kept with them. "
                "Documents kept only with these entries would be removed too.",
            ).format(count=state.with_documents)
        )
    for other, count in later:
        losses.append(
            translate(
                "Import",
                "Import {id} ({name}) skipped {count} rows as already in the records from this "
                "import. They would be missing until that statement is imported again.",
            ).format(id=other.id, name=short_name(other.file_name), count=count)
        )
    return losses


class UndoRefused(StatementImportError):
    """Undoing an import would lose something; ``check.losses`` says what. Nothing changed."""

    def __init__(self, check: UndoCheck) -> None:
        self.check = check
        head = translate("Import", "Import {id} ({name}) was not undone, because:").format(
            id=check.info.id, name=short_name(check.info.file_name)
        )
        lines = "\n".join(f"  - {loss}" for loss in check.losses)
        super().__init__(f"{head}\n{lines}")


@dataclass(frozen=True, slots=True)
class UndoResult:
    """What undoing an import removed."""

    import_id: int
    removed: int


def undo_import(session: PlanSession, import_id: int, *, force: bool) -> UndoResult:
    """Undo import ``import_id`` as a whole (see ``Imports.undo``)."""
    with session.reading() as conn:
        check = UndoCheck.of(conn, import_id)
    if check.losses and not force:
        raise UndoRefused(check)
    what = translate("ImportHistory", "Undid the import of {name} ({count} entries)").format(
        name=short_name(check.info.file_name), count=check.state.entries
    )
    with session.writing(what) as conn:
        current = store.batch(conn, import_id)
        if current is None or current.undone is not None:
            raise StatementImportError(
                translate("Import", "Import {id} was undone already.").format(id=import_id)
            )
        again = store.batch_state(conn, import_id)
        if again != check.state and not force:
            raise StatementImportError(
                translate("Import", "The records changed while this was being checked; try again.")
            )
        removed = store.delete_batch_entries(conn, import_id)
        store.mark_undone(conn, import_id, now_utc())
    kinds = {Change.IMPORTS, Change.LEDGER}
    if check.state.with_documents:
        kinds.add(Change.ATTACHMENTS)
    session.notify(Changes.of(kinds))
    return UndoResult(import_id, removed)
