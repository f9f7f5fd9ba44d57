"""Reconciliations as rows: an account checked against a bank statement's closing balance.

An unfinished reconciliation (``state = 'open'``) keeps its ticks on the entries themselves:
an entry is *ticked* when its ``reconciliation_id`` is the open reconciliation's and it is not
yet ``reconciled``. Finishing marks the ticked entries reconciled (their ``reconciliation_id``
then says which statement they were checked against); abandoning removes the reconciliation,
and the foreign key's ``ON DELETE SET NULL`` takes the ticks away with it. So there is nothing
to tidy up when a reconciliation is left half done, and nothing in the schema changes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection

from .ledger_queries import chunked, fetch_all


@dataclass(frozen=True, slots=True)
class ReconciliationRecord:
    """One ``reconciliation`` row."""

    id: int
    account_id: int
    statement_date: date
    closing_pence: int
    state: str  # "open" or "finished"
    started: str
    finished: str | None


@dataclass(frozen=True, slots=True)
class OfferedEntry:
    """An entry offered for ticking (not reconciled, dated up to the statement's date)."""

    id: int
    date: date
    amount_pence: int
    payee: str
    description: str
    reference: str
    bank_balance_pence: int | None
    ticked: bool


_COLUMNS = "id, account_id, statement_date, closing_balance_pence, state, started, finished"


def _record(row: tuple[Any, ...]) -> ReconciliationRecord:
    return ReconciliationRecord(
        row[0], row[1], date.fromisoformat(row[2]), row[3], row[4], row[5], row[6]
    )


def get(conn: Connection, reconciliation_id: int) -> ReconciliationRecord | None:
    """One reconciliation, or None."""
    rows = fetch_all(
        conn, f"SELECT {_COLUMNS} FROM reconciliation WHERE id = ?", (reconciliation_id,)
    )
    return _record(rows[0]) if rows else None


def open_for(conn: Connection, account_id: int) -> ReconciliationRecord | None:
    """The account's unfinished reconciliation, if it has one."""
    rows = fetch_all(
        conn,
        f"SELECT {_COLUMNS} FROM reconciliation WHERE account_id = ? AND state = 'open' "
        "ORDER BY id DESC LIMIT 1",
        (account_id,),
    )
    return _record(rows[0]) if rows else None


def finished_for(conn: Connection, account_id: int) -> list[ReconciliationRecord]:
    """The account's finished reconciliations, the latest statement first."""
    rows = fetch_all(
        conn,
        f"SELECT {_COLUMNS} FROM reconciliation WHERE account_id = ? AND state = 'finished' "
        "ORDER BY statement_date DESC, id DESC",
        (account_id,),
    )
    return [_record(row) for row in rows]


def insert(
    conn: Connection, account_id: int, statement_date: date, closing_pence: int, now: str
) -> int:
    """Start a reconciliation; return its id."""
    cursor = conn.exec_driver_sql(
        "INSERT INTO reconciliation (account_id, statement_date, closing_balance_pence, state, "
        "started, finished) VALUES (?, ?, ?, 'open', ?, NULL) RETURNING id",
        (account_id, statement_date.isoformat(), closing_pence, now),
    )
    return int(cursor.scalar_one())


def offered(conn: Connection, record: ReconciliationRecord) -> list[OfferedEntry]:
    """The entries a reconciliation offers, in (date, id) order, with whether each is ticked."""
    rows = fetch_all(
        conn,
        "SELECT id, date, amount_pence, payee, description, reference, bank_balance_pence, "
        "reconciliation_id IS ? FROM ledger_entry WHERE account_id = ? AND date <= ? "
        "AND reconciled = 0 ORDER BY date, id",
        (record.id, record.account_id, record.statement_date.isoformat()),
    )
    return [
        OfferedEntry(
            row[0], date.fromisoformat(row[1]), row[2], row[3], row[4], row[5], row[6], bool(row[7])
        )
        for row in rows
    ]


def figures(conn: Connection, record: ReconciliationRecord) -> tuple[int, int, int, int]:
    """``(reconciled pence, ticked pence, entries offered, entries ticked)`` up to the
    statement's date: what the cleared balance is made of."""
    row = fetch_all(
        conn,
        "SELECT coalesce(sum(CASE WHEN reconciled = 1 THEN amount_pence END), 0), "
        "coalesce(sum(CASE WHEN reconciled = 0 AND reconciliation_id IS ? "
        "THEN amount_pence END), 0), "
        "coalesce(sum(reconciled = 0), 0), "
        "coalesce(sum(reconciled = 0 AND reconciliation_id IS ?), 0) "
        "FROM ledger_entry WHERE account_id = ? AND date <= ?",
        (record.id, record.id, record.account_id, record.statement_date.isoformat()),
    )[0]
    return int(row[0]), int(row[1]), int(row[2]), int(row[3])


def balance_rows(
    conn: Connection, record: ReconciliationRecord
) -> list[tuple[date, int, int, int | None, bool]]:
    """``(date, id, pence, bank balance, reconciled or ticked)`` of the account's entries up to
    the statement's date, in (date, id) order — for the balance check's offer."""
    return [
        (date.fromisoformat(row[0]), row[1], row[2], row[3], bool(row[4]))
        for row in fetch_all(
            conn,
            "SELECT date, id, amount_pence, bank_balance_pence, "
            "reconciled = 1 OR reconciliation_id IS ? FROM ledger_entry "
            "WHERE account_id = ? AND date <= ? ORDER BY date, id",
            (record.id, record.account_id, record.statement_date.isoformat()),
        )
    ]


def tick(
    conn: Connection, record: ReconciliationRecord, entry_ids: Iterable[int], ticked: bool
) -> int:
    """Tick (or untick) entries offered by an open reconciliation; return how many changed.
    Entries it does not offer (another account, after the statement's date, already
    reconciled) are left alone."""
    changed = 0
    for batch in chunked(entry_ids):
        marks = ",".join("?" * len(batch))
        if ticked:
            cursor = conn.exec_driver_sql(
                "UPDATE ledger_entry SET reconciliation_id = ? WHERE id IN "
                f"({marks}) AND account_id = ? AND date <= ? AND reconciled = 0 "
                "AND reconciliation_id IS NOT ?",
                (record.id, *batch, record.account_id, record.statement_date.isoformat(),
                 record.id),
            )  # fmt: skip
        else:
            cursor = conn.exec_driver_sql(
                "UPDATE ledger_entry SET reconciliation_id = NULL WHERE id IN "
                f"({marks}) AND reconciliation_id = ? AND reconciled = 0",
                (*batch, record.id),
            )
        changed += cursor.rowcount
    return changed


def finish(conn: Connection, record: ReconciliationRecord, now: str) -> int:
    """Mark the ticked entries reconciled and the reconciliation finished; return how many."""
    cursor = conn.exec_driver_sql(
        "UPDATE ledger_entry SET reconciled = 1 WHERE reconciliation_id = ? AND reconciled = 0",
        (record.id,),
    )
    conn.exec_driver_sql(
        "UPDATE reconciliation SET state = 'finished', finished = ? WHERE id = ?",
        (now, record.id),
    )
    return int(cursor.rowcount)


def abandon(conn: Connection, record: ReconciliationRecord) -> None:
    """Remove an unfinished reconciliation; its ticks go with it."""
    conn.exec_driver_sql(
        "UPDATE ledger_entry SET reconciliation_id = NULL "
        "WHERE reconciliation_id = ? AND reconciled = 0",
        (record.id,),
    )
    conn.exec_driver_sql("DELETE FROM reconciliation WHERE id = ? AND state = 'open'", (record.id,))


def reconciled_count(conn: Connection, reconciliation_id: int) -> int:
    """How many entries a finished reconciliation marked reconciled (still in the records)."""
    return int(
        fetch_all(
            conn,
            "SELECT count(*) FROM ledger_entry WHERE reconciliation_id = ? AND reconciled = 1",
            (reconciliation_id,),
        )[0][0]
    )
