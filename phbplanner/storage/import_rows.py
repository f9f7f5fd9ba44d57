"""Statement imports as rows: the import's record, the mapping remembered per account, what the
duplicate check and the suggestions read, and what undoing an import removes.

Everything works inside a transaction the caller owns (``PlanSession.writing``) or on a read
connection. Nothing here checks what it is given: the import service decides what is stored.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection

from ..domain.ledger import Entry
from .ledger_queries import chunked, fetch_all
from .ledger_rows import entry_values


@dataclass(frozen=True, slots=True)
class BatchRow:
    """One ``import_batch`` row as stored (JSON columns still text)."""

    id: int
    account_id: int
    file_name: str
    file_sha256: str
    bank: str
    mapping: str
    imported_at: str
    imported_by: str
    rows_total: int
    imported: int
    duplicates: int
    problems: str
    undone: str | None


@dataclass(frozen=True, slots=True)
class NearbyEntry:
    """An entry already in the account, as the duplicate check compares it."""

    id: int
    date: date
    amount_pence: int
    payee: str
    description: str
    reference: str
    import_id: int | None
    dup_key: str


@dataclass(frozen=True, slots=True)
class BatchState:
    """What has happened to an import's entries since: what undoing it would lose."""

    entries: int  # its entries still in the records
    reconciled: int  # marked reconciled, or ticked in an unfinished reconciliation
    changed: int  # changed by hand since the import (and not reconciled)
    with_documents: int  # with a receipt or other document kept


_BATCH_COLUMNS = (
    "id, account_id, file_name, file_sha256, bank, mapping, imported_at, imported_by, "
    "rows_total, imported, duplicates, problems, undone"
)


# -- the import's record ----------------------------------------------------------------------
def insert_batch(
    conn: Connection, *, account_id: int, file_name: str, file_sha256: str, bank: str,
    mapping: dict[str, Any], now: str, by: str, rows_total: int, imported: int,
    duplicates: int, problems: list[dict[str, Any]],
) -> int:  # fmt: skip
    """Store an import's record; return its id."""
    cursor = conn.exec_driver_sql(
        "INSERT INTO import_batch (account_id, file_name, file_sha256, bank, mapping, "
        "imported_at, imported_by, rows_total, imported, duplicates, problems, undone) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL) RETURNING id",
        (
            account_id,
            file_name,
            file_sha256,
            bank,
            json.dumps(mapping, ensure_ascii=False, sort_keys=True),
            now,
            by,
            rows_total,
            imported,
            duplicates,
            json.dumps(problems, ensure_ascii=False),
        ),
    )
    return int(cursor.scalar_one())


def set_imported(conn: Connection, batch_id: int, imported: int) -> None:
    """Record how many entries an import stored (known once they are in)."""
    conn.exec_driver_sql("UPDATE import_batch SET imported = ? WHERE id = ?", (imported, batch_id))


def batches(conn: Connection, account_id: int | None = None) -> list[BatchRow]:
    """Every import (of one account, or all), newest first."""
    where, params = ("WHERE account_id = ?", (account_id,)) if account_id is not None else ("", ())
    rows = fetch_all(
        conn, f"SELECT {_BATCH_COLUMNS} FROM import_batch {where} ORDER BY id DESC", params
    )
    return [BatchRow(*row) for row in rows]


def batch(conn: Connection, batch_id: int) -> BatchRow | None:
    """One import's record, or None."""
    rows = fetch_all(conn, f"SELECT {_BATCH_COLUMNS} FROM import_batch WHERE id = ?", (batch_id,))
    return BatchRow(*rows[0]) if rows else None


def mark_undone(conn: Connection, batch_id: int, now: str) -> None:
    """Record that an import was undone."""
    conn.exec_driver_sql("UPDATE import_batch SET undone = ? WHERE id = ?", (now, batch_id))


# -- the mapping remembered per account -------------------------------------------------------
def remembered_mapping(conn: Connection, account_id: int) -> tuple[str, str] | None:
    """``(bank, mapping JSON text)`` remembered for an account, or None."""
    rows = fetch_all(
        conn, "SELECT bank, mapping FROM bank_mapping WHERE account_id = ?", (account_id,)
    )
    return (rows[0][0], rows[0][1]) if rows else None


def remember_mapping(conn: Connection, account_id: int, bank: str, mapping: str, now: str) -> None:
    """Remember how an account's statements are read (replacing what was remembered)."""
    conn.exec_driver_sql(
        "INSERT INTO bank_mapping (account_id, bank, mapping, updated) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (account_id) DO UPDATE SET bank = excluded.bank, "
        "mapping = excluded.mapping, updated = excluded.updated",
        (account_id, bank, mapping, now),
    )


# -- what the duplicate check and the suggestions read ----------------------------------------
def nearby_entries(
    conn: Connection, account_id: int, first: date, last: date, amounts: Iterable[int]
) -> list[NearbyEntry]:
    """The account's entries dated from ``first`` to ``last`` whose amount is one of
    ``amounts``, in (date, id) order."""
    rows = fetch_all(
        conn,
        "SELECT id, date, amount_pence, payee, description, reference, import_id, dup_key "
        "FROM ledger_entry WHERE account_id = ? AND date BETWEEN ? AND ? "
        "AND amount_pence IN (SELECT value FROM json_each(?)) ORDER BY date, id",
        (account_id, first.isoformat(), last.isoformat(), json.dumps(sorted(set(amounts)))),
    )
    return [
        NearbyEntry(row[0], date.fromisoformat(row[1]), row[2], row[3], row[4], row[5], row[6],
                    row[7])
        for row in rows
    ]  # fmt: skip


def distinct_payees(conn: Connection) -> list[str]:
    """Every payee in the records (read from the payee index alone)."""
    return [row[0] for row in fetch_all(conn, "SELECT DISTINCT payee FROM ledger_entry")]


def last_assignments(
    conn: Connection, payees: Sequence[str]
) -> dict[str, tuple[str, str | None, str, int]]:
    """What each of ``payees``' latest assigned entry was for: ``payee → (purpose, plan line,
    date, entry id)``.

    Entries not yet assigned and split entries say nothing about the next payment, so they are
    passed over (the payee's last *assignment* is what a suggestion repeats).
    """
    found: dict[str, tuple[str, str | None, str, int]] = {}
    if not payees:
        return found
    for payee, purpose, line, day, entry_id in fetch_all(
        conn,
        "SELECT payee, purpose, line_ref, date, id FROM ledger_entry "
        "WHERE payee IN (SELECT value FROM json_each(?)) AND purpose <> 'unassigned' "
        "AND NOT (purpose = 'plan_line' AND line_ref IS NULL)",
        (json.dumps(list(payees), ensure_ascii=False),),
    ):
        known = found.get(payee)
        if known is None or (day, entry_id) > (known[2], known[3]):
            found[payee] = (purpose, line, day, entry_id)
    return found


def balance_from(
    conn: Connection, account_id: int, opening_pence: int, first: date
) -> tuple[int, list[tuple[date, int, int, int | None]]]:
    """The account's balance before ``first`` (its opening balance and every entry dated
    earlier), and ``(date, id, pence, bank balance)`` of its entries from ``first`` on, in
    (date, id) order."""
    before = fetch_all(
        conn,
        "SELECT coalesce(sum(amount_pence), 0) FROM ledger_entry WHERE account_id = ? AND date < ?",
        (account_id, first.isoformat()),
    )[0][0]
    rows = [
        (date.fromisoformat(row[0]), row[1], row[2], row[3])
        for row in fetch_all(
            conn,
            "SELECT date, id, amount_pence, bank_balance_pence FROM ledger_entry "
            "WHERE account_id = ? AND date >= ? ORDER BY date, id",
            (account_id, first.isoformat()),
        )
    ]
    return opening_pence + int(before), rows


def next_entry_id(conn: Connection) -> int:
    """The id the next entry stored will get."""
    return int(fetch_all(conn, "SELECT coalesce(max(id), 0) + 1 FROM ledger_entry")[0][0])


def insert_imported(
    conn: Connection, entries: Sequence[Entry], keys: Sequence[str], *, now: str
) -> list[int]:
    """Store an import's entries in one go, each with the duplicate key of its statement row
    (what the bank wrote, kept even if the entry is changed by hand later); return their ids.

    Imported entries are never split, so there are no split rows to write.
    """
    if not entries:
        return []
    first = next_entry_id(conn)
    ids = list(range(first, first + len(entries)))
    columns = ("id", "dup_key", "created", "updated", *entry_values(entries[0]))
    marks = ", ".join("?" * len(columns))
    conn.exec_driver_sql(
        f"INSERT INTO ledger_entry ({', '.join(columns)}) VALUES ({marks})",
        [
            (entry_id, key, now, now, *entry_values(entry).values())
            for entry_id, entry, key in zip(ids, entries, keys, strict=True)
        ],
    )
    return ids


# -- undoing an import ------------------------------------------------------------------------
def batch_state(conn: Connection, batch_id: int) -> BatchState:
    """How many of an import's entries are still there, reconciled, changed, or documented."""
    row = fetch_all(
        conn,
        "SELECT count(*), "
        "coalesce(sum(reconciled = 1 OR reconciliation_id IS NOT NULL), 0), "
        "coalesce(sum(updated <> created AND reconciled = 0 AND reconciliation_id IS NULL), 0), "
        "coalesce(sum(attachment_count > 0), 0) FROM ledger_entry WHERE import_id = ?",
        (batch_id,),
    )[0]
    return BatchState(*(int(value) for value in row))


def later_skipped(conn: Connection, batch: BatchRow) -> list[tuple[BatchRow, int]]:
    """Later imports into the same account, not undone, that skipped rows as already there
    because of ``batch``'s entries — and how many: undoing ``batch`` takes those rows away from
    them too. (Each import's record lists the entries its skipped rows matched; for a record
    without that list, a later import whose dates overlap is named with all its skipped rows.)"""
    mine = {
        row[0]
        for row in fetch_all(conn, "SELECT id FROM ledger_entry WHERE import_id = ?", (batch.id,))
    }
    if not mine:
        return []
    dates = [
        date.fromisoformat(row[0])
        for row in fetch_all(
            conn, "SELECT min(date) FROM ledger_entry WHERE import_id = ? "
            "UNION ALL SELECT max(date) FROM ledger_entry WHERE import_id = ?",
            (batch.id, batch.id),
        )
    ]  # fmt: skip
    found = []
    for other in batches(conn, batch.account_id):
        if other.id <= batch.id or other.undone is not None or other.duplicates == 0:
            continue
        details = _json_object(other.mapping)
        matched = details.get("duplicate_of")
        if isinstance(matched, list):
            count = len(mine.intersection(matched))
            if count:
                found.append((other, count))
            continue
        span: Any = details.get("dates")
        try:
            start, end = date.fromisoformat(span[0]), date.fromisoformat(span[1])
        except (TypeError, ValueError, IndexError, KeyError):
            found.append((other, other.duplicates))  # cannot tell: say so rather than stay silent
            continue
        if start <= dates[1] and dates[0] <= end:
            found.append((other, other.duplicates))
    return found


def _json_object(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def delete_batch_entries(conn: Connection, batch_id: int) -> int:
    """Remove an import's entries, and the documents no other entry uses; return how many
    entries were removed."""
    documents = [
        row[0]
        for row in fetch_all(
            conn,
            "SELECT DISTINCT l.attachment_id FROM entry_attachment l "
            "JOIN ledger_entry e ON e.id = l.entry_id WHERE e.import_id = ?",
            (batch_id,),
        )
    ]
    removed = conn.exec_driver_sql(
        "DELETE FROM ledger_entry WHERE import_id = ?", (batch_id,)
    ).rowcount
    delete_unused_documents(conn, documents)
    return int(removed)


def delete_unused_documents(conn: Connection, attachment_ids: Iterable[int]) -> None:
    """Remove those of these documents that no entry links to any more (bytes included)."""
    for batch_ids in chunked(attachment_ids):
        marks = ",".join("?" * len(batch_ids))
        conn.exec_driver_sql(
            f"DELETE FROM attachment WHERE id IN ({marks}) AND NOT EXISTS "
            "(SELECT 1 FROM entry_attachment l WHERE l.attachment_id = attachment.id)",
            tuple(batch_ids),
        )
