"""What a monitoring return needs from the file, fetched in SQL, and the record of returns made.

For one account and one period (both days included) a return reads: the balance at the start of
the first day (the account's opening balance plus every entry dated before it — one ``SUM`` over
the covering index ``ix_entry_account_date``), the entries of the period with their splits and
the documents linked to them (one query each, joined on the period, so a quarter of 250 entries
costs three statements whatever the file holds), and the bank's balance after each entry of the
period where a statement row carries it (for the period's balance check). Nothing here loads a
document's bytes except :func:`document_bytes`, which the audit pack calls for one receipt at a
time.

Each return produced is a row of ``monitoring_return`` (schema 3): the period, the account, when
and by whom, its totals and options as JSON, and the SHA-256 of its PDF.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, insert, select

from ..domain.money import Money
from ..domain.monitoring import EntryPart, EntryPurpose, ReturnEntry
from .ledger_queries import fetch_all
from .records import MonitoringReturnRow

RETURNS: Any = MonitoringReturnRow.__table__


@dataclass(frozen=True, slots=True)
class PeriodDocument:
    """A document linked to an entry of the period: the n-th of the entry, by attachment id."""

    entry_id: int
    number: int
    attachment_id: int
    filename: str
    size: int


@dataclass(frozen=True, slots=True)
class StoredReturn:
    """A row of ``monitoring_return`` as stored (JSON still as text)."""

    id: int
    period_from: date
    period_to: date
    account_id: int | None
    produced_at: str
    produced_by: str
    totals: str
    options: str
    pdf_sha256: str


def _purpose(value: str) -> EntryPurpose:
    try:
        return EntryPurpose(value)
    except ValueError:
        return EntryPurpose.UNASSIGNED


def _period(start: date, end: date) -> tuple[str, str]:
    return start.isoformat(), end.isoformat()


def balance_before(conn: Connection, account_id: int, opening_pence: int, day: date) -> int:
    """The account's balance at the start of ``day``: its opening balance plus every entry dated
    before it."""
    value = conn.exec_driver_sql(
        "SELECT coalesce(sum(amount_pence), 0) FROM ledger_entry WHERE account_id = ? AND date < ?",
        (account_id, day.isoformat()),
    ).scalar_one()
    return opening_pence + int(value)


def period_documents(
    conn: Connection, account_id: int, start: date, end: date
) -> dict[int, list[PeriodDocument]]:
    """The documents linked to each entry of the period, in the order attached (attachment id),
    numbered from 1 as the return refers to them (``R0042-1``)."""
    found: dict[int, list[PeriodDocument]] = {}
    for entry_id, attachment_id, filename, size in fetch_all(
        conn,
        "SELECT l.entry_id, a.id, a.filename, a.size FROM ledger_entry e "
        "JOIN entry_attachment l ON l.entry_id = e.id JOIN attachment a ON a.id = l.attachment_id "
        "WHERE e.account_id = ? AND e.date BETWEEN ? AND ? ORDER BY l.entry_id, a.id",
        (account_id, *_period(start, end)),
    ):
        documents = found.setdefault(entry_id, [])
        documents.append(
            PeriodDocument(entry_id, len(documents) + 1, attachment_id, filename, int(size))
        )
    return found


def period_entries(
    conn: Connection,
    account_id: int,
    start: date,
    end: date,
    documents: dict[int, list[PeriodDocument]] | None = None,
) -> list[ReturnEntry]:
    """Every entry of the account dated from ``start`` to ``end``, by date then id, with its
    splits and the names of its documents (``documents``: :func:`period_documents`)."""
    params = (account_id, *_period(start, end))
    parts: dict[int, list[EntryPart]] = {}
    for entry_id, line_ref, amount, description in fetch_all(
        conn,
        "SELECT s.entry_id, s.line_ref, s.amount_pence, s.line_description FROM ledger_entry e "
        "JOIN entry_split s ON s.entry_id = e.id "
        "WHERE e.account_id = ? AND e.date BETWEEN ? AND ? ORDER BY s.entry_id, s.position",
        params,
    ):
        parts.setdefault(entry_id, []).append(EntryPart(line_ref, Money(amount), description))
    if documents is None:
        documents = period_documents(conn, account_id, start, end)
    result = []
    for row in fetch_all(
        conn,
        "SELECT id, date, amount_pence, payee, description, purpose, line_ref, "
        "line_description, reference FROM ledger_entry "
        "WHERE account_id = ? AND date BETWEEN ? AND ? ORDER BY date, id",
        params,
    ):
        entry_id, day, amount, payee, description, purpose, line_ref, kept, reference = row
        result.append(
            ReturnEntry(
                id=entry_id,
                date=date.fromisoformat(day),
                amount=Money(amount),
                payee=payee,
                description=description,
                purpose=_purpose(purpose),
                line_id=line_ref,
                line_description=kept,
                parts=tuple(parts.get(entry_id, ())),
                documents=tuple(doc.filename for doc in documents.get(entry_id, ())),
                reference=reference,
            )
        )
    return result


def period_balance_rows(
    conn: Connection, account_id: int, start: date, end: date
) -> list[tuple[date, int, int, int | None]]:
    """``(date, id, pence, the bank's balance after it or None)`` of the period's entries in
    (date, id) order — for the balance check of the period and the bank's closing balance
    (read from the covering index ``ix_entry_account_date`` alone)."""
    return [
        (date.fromisoformat(day), entry_id, int(amount), None if bank is None else int(bank))
        for day, entry_id, amount, bank in fetch_all(
            conn,
            "SELECT date, id, amount_pence, bank_balance_pence FROM ledger_entry "
            "WHERE account_id = ? AND date BETWEEN ? AND ? ORDER BY date, id",
            (account_id, *_period(start, end)),
        )
    ]


def budget_payments_received(conn: Connection, start: date, end: date) -> list[tuple[date, int]]:
    """``(date, pence)`` of every budget payment received from ``start`` to ``end`` (any account:
    the status page counts them the same way)."""
    return [
        (date.fromisoformat(day), int(pence))
        for day, pence in fetch_all(
            conn,
            "SELECT date, amount_pence FROM ledger_entry WHERE purpose = 'budget_payment' "
            "AND date BETWEEN ? AND ? ORDER BY date, id",
            _period(start, end),
        )
    ]


def document_bytes(conn: Connection, attachment_id: int) -> bytes | None:
    """The bytes of one document, or None if it is not there."""
    value = conn.exec_driver_sql(
        "SELECT data FROM attachment_data WHERE attachment_id = ?", (attachment_id,)
    ).scalar()
    return None if value is None else bytes(value)


# -- the record of returns ----------------------------------------------------------------------
def insert_return(
    conn: Connection, *, start: date, end: date, account_id: int | None, produced_at: str,
    produced_by: str, totals: dict[str, Any], options: dict[str, Any], pdf_sha256: str,
) -> int:  # fmt: skip
    """Record a return that was produced; return its id."""
    return int(
        conn.execute(
            insert(RETURNS)
            .values(
                period_from=start.isoformat(),
                period_to=end.isoformat(),
                account_id=account_id,
                produced_at=produced_at,
                produced_by=produced_by,
                totals=json.dumps(totals, ensure_ascii=False, sort_keys=True),
                options=json.dumps(options, ensure_ascii=False, sort_keys=True),
                pdf_sha256=pdf_sha256,
            )
            .returning(RETURNS.c.id)
        ).scalar_one()
    )


def _stored(row: Any) -> StoredReturn:
    return StoredReturn(
        row.id, date.fromisoformat(row.period_from), date.fromisoformat(row.period_to),
        row.account_id, row.produced_at, row.produced_by, row.totals, row.options,
        row.pdf_sha256,
    )  # fmt: skip


def list_returns(conn: Connection, account_id: int | None = None) -> list[StoredReturn]:
    """The returns recorded (of one account, when given), newest first."""
    query = select(RETURNS).order_by(RETURNS.c.produced_at.desc(), RETURNS.c.id.desc())
    if account_id is not None:
        query = query.where(RETURNS.c.account_id == account_id)
    return [_stored(row) for row in conn.execute(query)]


def get_return(conn: Connection, return_id: int) -> StoredReturn | None:
    """One recorded return."""
    row = conn.execute(select(RETURNS).where(RETURNS.c.id == return_id)).one_or_none()
    return None if row is None else _stored(row)


def last_return_end(conn: Connection, account_id: int) -> date | None:
    """The latest last day of a return recorded for the account, if any."""
    value = conn.execute(
        select(RETURNS.c.period_to)
        .where(RETURNS.c.account_id == account_id)
        .order_by(RETURNS.c.period_to.desc())
        .limit(1)
    ).scalar()
    return None if value is None else date.fromisoformat(value)
