"""The records the payroll check and the committed money read: payslips and timesheets, the
payments they are kept with, and the payments on wage, HMRC, pension and insurance lines.

A few hundred rows even for six years of records (one wage payment a week or a month), read
with a handful of queries; the domain (``domain.payroll``, ``domain.committed``) does the rest.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from sqlalchemy import Connection

from ..domain.documents import DocumentKind
from ..domain.payroll import PayDocument, PayEntry, PayrollFigures, details_from_text
from .ledger_queries import chunked, fetch_all

#: Payees that may be HMRC or a pension provider (the domain's words decide exactly).
_PAYEE_HINTS = ("%hmrc%", "%revenue%", "% paye%", "paye%", "%pension%", "%nest%")


def payroll_figures(
    conn: Connection, line_ids: Collection[str], since: date | None = None
) -> PayrollFigures:
    """Payslips and timesheets with their details and payments; every payment on ``line_ids``
    (the plan's wage, HMRC, pension and insurance lines, split parts included) or to a payee
    that may be HMRC or a pension provider — dated from ``since`` (everything without it)."""
    day = (since or date.min).isoformat()
    documents: dict[int, tuple[str, str, list[int]]] = {}
    for attachment_id, kind, details, entry_id in fetch_all(
        conn,
        "SELECT a.id, a.kind, a.details, ea.entry_id FROM attachment a "
        "JOIN entry_attachment ea ON ea.attachment_id = a.id "
        "JOIN ledger_entry le ON le.id = ea.entry_id "
        "WHERE a.kind IN ('payslip', 'timesheet') AND le.date >= ? ORDER BY a.id, ea.entry_id",
        (day,),
    ):
        documents.setdefault(attachment_id, (kind, details, []))[2].append(entry_id)
    wanted: set[int] = {i for _kind, _details, ids in documents.values() for i in ids}
    lines = sorted(line_ids)
    for names in _batches(lines):
        marks = ",".join("?" * len(names))
        wanted.update(
            row[0]
            for row in fetch_all(
                conn,
                f"SELECT id FROM ledger_entry WHERE line_ref IN ({marks}) AND date >= ? "
                f"UNION SELECT entry_id FROM entry_split WHERE line_ref IN ({marks}) "
                "AND date >= ?",
                (*names, day, *names, day),
            )
        )
    hints = " OR ".join("payee LIKE ?" for _ in _PAYEE_HINTS)
    wanted.update(
        row[0]
        for row in fetch_all(
            conn,
            f"SELECT id FROM ledger_entry WHERE amount_pence < 0 AND date >= ? AND ({hints})",
            (day, *_PAYEE_HINTS),
        )
    )
    entries: dict[int, PayEntry] = {}
    for batch in chunked(sorted(wanted)):
        marks = ",".join("?" * len(batch))
        parts: dict[int, list[tuple[str | None, int]]] = {}
        for entry_id, line_ref, pence in fetch_all(
            conn,
            f"SELECT entry_id, line_ref, amount_pence FROM entry_split WHERE entry_id IN ({marks}) "
            "ORDER BY entry_id, position",
            tuple(batch),
        ):
            parts.setdefault(entry_id, []).append((line_ref, pence))
        for entry_id, when, pence, payee, line_ref in fetch_all(
            conn,
            "SELECT id, date, amount_pence, payee, line_ref FROM ledger_entry "
            f"WHERE id IN ({marks})",
            tuple(batch),
        ):
            entries[entry_id] = PayEntry(
                entry_id,
                date.fromisoformat(when),
                pence,
                payee,
                tuple(parts.get(entry_id, [(line_ref, pence)])),
            )
    found = [
        PayDocument(
            attachment_id,
            DocumentKind(kind),
            details_from_text(kind, text),
            tuple(ids),
        )
        for attachment_id, (kind, text, ids) in documents.items()
    ]
    start = fetch_all(conn, "SELECT min(opening_date) FROM account")[0][0]
    return PayrollFigures(entries, tuple(found), date.fromisoformat(start) if start else None)


def _batches(values: list[str], size: int = 400) -> list[list[str]]:
    return [values[i : i + size] for i in range(0, len(values), size)]


def set_details(conn: Connection, attachment_id: int, text: str) -> bool:
    """Store a document's details (JSON text); False when there is no such document."""
    done = conn.exec_driver_sql(
        "UPDATE attachment SET details = ? WHERE id = ?", (text, attachment_id)
    )
    return bool(done.rowcount)


__all__ = ["payroll_figures", "set_details"]
