"""Every entry of the spending records as one CSV file, for a spreadsheet (``ledger export``).

One row per entry, oldest first, with its account's running balance; a split entry names each
plan line and its part in one cell, so the money columns add up to the records' totals. The
file is UTF-8 with a byte-order mark (Excel then reads "£" and names like "Siân"), amounts are
plain decimals, dates ISO. It is written through ``interchange.csv_safe``: text typed by people
or imported from a bank that starts like a formula (``=``, ``+``, ``-``, ``@``, a tab or a
carriage return) gets a leading apostrophe, so a spreadsheet shows it and never runs it — the
records themselves keep it exactly as typed. The file appears whole or not at all
(``exports.atomic_output``); an existing file is replaced only when the person says so.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

from ..domain.documents import short_name
from ..domain.ledger import PaymentMethod, Purpose, payment_method_label, purpose_label
from ..domain.money import Money
from ..domain.text import translate
from ..interchange.csv_safe import Cell, write_csv
from ..storage import ledger_queries as queries
from .exports import ExportError, atomic_output
from .session import PlanSession


def _header() -> list[Cell]:
    return [
        translate("LedgerCsv", "Entry"),
        translate("LedgerCsv", "Date"),
        translate("LedgerCsv", "Account"),
        translate("LedgerCsv", "Payee"),
        translate("LedgerCsv", "Description"),
        translate("LedgerCsv", "Amount"),
        translate("LedgerCsv", "What for"),
        translate("LedgerCsv", "Plan line"),
        translate("LedgerCsv", "Plan line description"),
        translate("LedgerCsv", "Payment method"),
        translate("LedgerCsv", "Reference"),
        translate("LedgerCsv", "Reconciled"),
        translate("LedgerCsv", "Bank's balance"),
        translate("LedgerCsv", "Running balance"),
        translate("LedgerCsv", "Import"),
        translate("LedgerCsv", "Documents"),
        translate("LedgerCsv", "Recorded by"),
        translate("LedgerCsv", "Notes"),
    ]


def _label(kind: type[Purpose] | type[PaymentMethod], value: str) -> str:
    try:
        if kind is Purpose:
            return purpose_label(Purpose(value))
        return payment_method_label(PaymentMethod(value))
    except ValueError:
        return value


def entry_rows(session: PlanSession) -> Iterator[list[Cell]]:
    """The CSV's rows, header first (read in one go; 60,000 entries are a few MB)."""
    with session.reading() as conn:
        rows = queries.export_rows(conn)
        splits = queries.split_parts(conn)
        documents = queries.document_names(conn)
    yes, no = translate("LedgerCsv", "yes"), translate("LedgerCsv", "no")
    yield _header()
    for row in rows:
        parts = splits.get(row.id)
        if parts:
            line = "; ".join(part[0] for part in parts)
            line_description = "; ".join(
                f"{description or ref} ({Money(pence).to_str()})"
                for ref, description, pence in parts
            )
        else:
            line, line_description = row.line_ref or "", row.line_description
        yield [
            row.id,
            row.date,
            row.account,
            row.payee,
            row.description,
            Money(row.amount_pence),
            _label(Purpose, row.purpose),
            line,
            line_description,
            _label(PaymentMethod, row.method) if row.method else "",
            row.reference,
            yes if row.reconciled else no,
            None if row.bank_balance_pence is None else Money(row.bank_balance_pence),
            Money(row.balance_pence),
            row.import_id,
            "; ".join(documents.get(row.id, [])),
            row.recorded_by,
            row.notes,
        ]


def export_entries_csv(session: PlanSession, target: Path, *, overwrite: bool = False) -> int:
    """Write every entry to ``target`` as CSV; return how many entries were written.

    An existing file is refused unless ``overwrite`` (the person said to replace it).
    """
    target = Path(target)
    if target.is_dir():
        raise ExportError(
            translate("LedgerCsv", "{name} is a folder: give a file name, like entries.csv.")
            .format(name=short_name(str(target)))
        )  # fmt: skip
    rows = list(entry_rows(session))
    with atomic_output(target, overwrite=overwrite) as stream:
        text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
        write_csv(text, rows)
        text.flush()
        text.detach()
    return len(rows) - 1
