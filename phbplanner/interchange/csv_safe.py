"""Writing CSV that a spreadsheet cannot turn into a formula (CSV injection).

A payee typed as ``=HYPERLINK("http://…")`` or ``@SUM(…)`` is stored exactly as typed, but a
spreadsheet opening a CSV file would run it. As OWASP recommends, every text cell that starts
with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading apostrophe when the
program writes CSV, so the spreadsheet shows it as text. Amounts and dates written as values
(``Money``, ``Decimal``, ``int``, ``date``) are numbers, not text, and are left alone, so
``-12.50`` stays a number. Every CSV the program writes goes through :func:`write_csv`.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import TextIO

from ..domain.money import Money
from ..domain.spreadsheet import neutralise

Cell = str | Money | Decimal | int | date | None


def cell_text(value: Cell) -> str:
    """The text written for one cell: text neutralised, values in their plain form.

    Money is written as ``1234.50`` / ``-12.50``, dates as ``2024-01-31``, ``None`` as empty.
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return neutralise(value)
    if isinstance(value, Money):
        return value.to_str()
    if isinstance(value, bool):
        raise TypeError("write yes/no as text")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal | int):
        return str(value)
    raise TypeError(f"cannot write {type(value).__name__} to CSV")


def safe_row(values: Iterable[Cell]) -> list[str]:
    """One row's cells as text, each neutralised."""
    return [cell_text(value) for value in values]


def write_csv(stream: TextIO, rows: Iterable[Iterable[Cell]]) -> int:
    """Write ``rows`` (the header row first) to ``stream``; returns how many rows were written.

    Open the file with ``newline=""`` and ``encoding="utf-8-sig"`` so Excel reads the "£" and
    names like "Siân" correctly.
    """
    writer = csv.writer(stream, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    count = 0
    for row in rows:
        writer.writerow(safe_row(row))
        count += 1
    return count
