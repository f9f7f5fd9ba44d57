"""The entries of a monitoring return as CSV, for a finance officer's spreadsheet. No Qt.

One row per plan line an entry pays for: an entry split between two lines has two rows with the
same entry number, each with its part of the money, as accountants expect (summing the money
columns gives the return's totals). Every other entry has one row.

The file is UTF-8 with a byte-order mark, so that Excel reads "£" and accented names; amounts are
plain decimals ("1234.50"); dates are ISO ("2026-08-07"). Text typed by people (payees,
descriptions, references, file names) that starts like a formula — ``=``, ``+``, ``-``, ``@``, a
tab or a carriage return — gets a leading apostrophe, as OWASP recommends against CSV
injection, so a spreadsheet shows it as text and never runs it.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import BinaryIO

from ..domain.money import Money
from ..domain.monitoring import EntryPurpose, MonitoringReturn, ReturnRow
from ..domain.spreadsheet import neutralise
from ..domain.text import translate
from .safe_output import write_atomically

BOM = "\ufeff"


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[str]]) -> bytes:
    """A CSV file's bytes: BOM, header, rows, CRLF line ends; every text cell already safe."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return (BOM + buffer.getvalue()).encode("utf-8")


def purpose_word(purpose: EntryPurpose, money_in: bool) -> str:
    """What an entry is for, in the CSV's "What for" column."""
    if purpose is EntryPurpose.PLAN_LINE:
        return translate("ReturnCsv", "Plan line")
    if purpose is EntryPurpose.BUDGET_PAYMENT:
        return (
            translate("ReturnCsv", "Budget payment received")
            if money_in
            else translate("ReturnCsv", "Budget money paid back")
        )
    if purpose is EntryPurpose.REFUND:
        return translate("ReturnCsv", "Refund")
    if purpose is EntryPurpose.BANK_CHARGE:
        return translate("ReturnCsv", "Bank charge")
    return translate("ReturnCsv", "Not yet assigned")


def entries_header() -> list[str]:
    """The column names of the entries CSV, in order."""
    return [
        translate("ReturnCsv", "Entry"),
        translate("ReturnCsv", "Date"),
        translate("ReturnCsv", "Payee"),
        translate("ReturnCsv", "Description"),
        translate("ReturnCsv", "Reference"),
        translate("ReturnCsv", "What for"),
        translate("ReturnCsv", "Plan line id"),
        translate("ReturnCsv", "Plan line"),
        translate("ReturnCsv", "Part"),
        translate("ReturnCsv", "Money in"),
        translate("ReturnCsv", "Money out"),
        translate("ReturnCsv", "Balance after entry"),
        translate("ReturnCsv", "Receipt references"),
        translate("ReturnCsv", "Receipt files"),
        translate("ReturnCsv", "Receipt missing"),
    ]


def _money(amount: Money) -> str:
    return amount.to_str() if amount.pence else ""


def entry_rows(row: ReturnRow) -> list[list[str]]:
    """The CSV rows of one entry: one per part (plan line) of a split, else one."""
    entry = row.entry
    money_in = entry.amount.pence > 0
    if row.unassigned and entry.purpose is EntryPurpose.PLAN_LINE and not entry.parts:
        what = purpose_word(EntryPurpose.UNASSIGNED, money_in)
    else:
        what = purpose_word(entry.purpose, money_in)
    shared = [
        str(entry.id),
        entry.date.isoformat(),
        neutralise(entry.payee),
        neutralise(entry.description),
        neutralise(entry.reference),
    ]
    tail = [
        row.balance.to_str(),
        "; ".join(entry.receipt_refs),
        neutralise("; ".join(entry.documents)),
        translate("ReturnCsv", "Yes") if row.missing_receipt else "",
    ]
    result = []
    count = len(row.parts)
    for number, part in enumerate(row.parts, start=1):
        where = (
            translate("ReturnCsv", "{part} of {count}").format(part=number, count=count)
            if count > 1
            else ""
        )
        part_what = what if part.line_id is not None or count == 1 else part.label
        result.append(
            [
                *shared,
                neutralise(part_what),
                neutralise(part.line_id or ""),
                neutralise(part.label if part.line_id is not None else ""),
                where,
                _money(part.amount) if money_in else "",
                _money(-part.amount) if not money_in else "",
                *tail,
            ]
        )
    return result


def return_csv_bytes(ret: MonitoringReturn) -> bytes:
    """The entries CSV of ``ret`` (see the module's docstring)."""
    rows = [line for row in ret.rows for line in entry_rows(row)]
    return csv_bytes(entries_header(), rows)


def write_return_csv(ret: MonitoringReturn, out: BinaryIO) -> None:
    """Write the entries CSV of ``ret`` to the binary file ``out``."""
    out.write(return_csv_bytes(ret))


def save_return_csv(ret: MonitoringReturn, target: Path) -> Path:
    """Write the entries CSV to ``target`` whole or not at all (see ``safe_output``)."""
    return write_atomically(Path(target), lambda stream: write_return_csv(ret, stream))
