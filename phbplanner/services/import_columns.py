"""What the window's import needs beside :mod:`.imports`: the banks to choose from, a statement's
first lines cut into columns, and the first rows read with a column mapping (the live preview).

The window may not import ``interchange`` itself, so the names it needs from the bank readers
(``ColumnMapping``, ``MappingError``, ``StatementRefused``, the bank names) are offered here too.
Everything works on bytes in memory; nothing is stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..interchange.bank import (
    BANK_NAMES,
    CHOOSABLE,
    ColumnMapping,
    MappingError,
    RowProblem,
    StatementRefused,
    StatementRow,
    read_statement,
)
from ..interchange.bank.decode import decode
from ..interchange.bank.detect import detect_text
from ..interchange.bank.mapping import mapping_from_header
from ..interchange.bank.table import records, sniff_delimiter
from ..interchange.bank.values import CANDIDATE_FORMATS

__all__ = [
    "BANK_NAMES",
    "DATE_FORMATS",
    "ColumnMapping",
    "MappingError",
    "RowProblem",
    "Sample",
    "StatementRefused",
    "StatementRow",
    "StatementTable",
    "bank_choices",
    "date_example",
    "read_sample",
    "statement_table",
    "suggested_mapping",
]

#: The date formats a person can choose in the mapping step (day first before month first).
DATE_FORMATS: tuple[str, ...] = CANDIDATE_FORMATS
#: How many lines of the file the live preview reads (after the lines skipped).
SAMPLE_LINES = 60
#: The longest line shown in the column step's table of the file's first lines.
_CELL_CHARS = 200


def bank_choices() -> list[tuple[str, str]]:
    """``(key, name)`` of every bank a person can choose, the generic reader last."""
    return [(key, BANK_NAMES[key]) for key in CHOOSABLE]


def date_example(date_format: str) -> str:
    """31 January 2026 written in ``date_format`` ("31/01/2026", "31 Jan 2026"…)."""
    return date(2026, 1, 31).strftime(date_format)


@dataclass(frozen=True, slots=True)
class StatementTable:
    """The first lines of a statement cut into columns, as the mapping step shows them.

    ``lines`` are ``(line number, cells)`` of the first records that are not blank (line 1 is
    the first line of the file); ``columns`` the most cells any of them has; ``file_format``
    ``"csv"``, or ``"ofx"``/``"qif"``/``"txt"`` for files that say what they hold (no columns to
    choose).
    """

    lines: tuple[tuple[int, tuple[str, ...]], ...]
    columns: int
    delimiter: str
    file_format: str


def statement_table(data: bytes, limit: int = 15) -> StatementTable:
    """The first ``limit`` lines of a statement that say anything, cut into columns.

    Raises :class:`StatementRefused` for a file that is not a statement at all (binary, empty,
    not text, a field over the size limit).
    """
    text = decode(data).text
    detected = detect_text(text)
    head = _head(text, 400)
    if detected.file_format != "csv":
        return StatementTable((), 0, ",", detected.file_format)
    delimiter = sniff_delimiter(head)
    found: list[tuple[int, tuple[str, ...]]] = []
    for record in records(head, delimiter, []):
        if record.blank:
            continue
        found.append((record.line, tuple(cell.strip()[:_CELL_CHARS] for cell in record.fields)))
        if len(found) >= limit:
            break
    columns = max((len(cells) for _line, cells in found), default=0)
    return StatementTable(tuple(found), columns, delimiter, "csv")


def suggested_mapping(data: bytes, known: ColumnMapping | None = None) -> ColumnMapping | None:
    """The columns to start the mapping step with: found from the file's headings (with the
    lines above them skipped), else ``known`` (how a bank's reader read it) with the lines above
    its heading skipped; ``None`` when neither helps."""
    text = decode(data).text
    if detect_text(text).file_format != "csv":
        return None
    head = _head(text, 400)
    found = [r for r in records(head, sniff_delimiter(head), []) if not r.blank][:40]
    for record in found:
        mapping = mapping_from_header(record.fields)
        if mapping is not None:
            return mapping.with_options(skip=record.line - 1, header=True)
    if known is None or known.header is False:
        return known
    for record in found:
        cells = record.fields
        cell = cells[known.date].strip() if known.date < len(cells) else ""
        if cell and not any(ch.isdigit() for ch in cell):
            return known.with_options(skip=record.line - 1, header=True)
    return known


@dataclass(frozen=True, slots=True)
class Sample:
    """The first rows of a statement as a column mapping reads them, and the first problems.

    ``rows`` are in file order; ``date_format`` is the format the dates were read with.
    """

    rows: tuple[StatementRow, ...]
    problems: tuple[RowProblem, ...]
    date_format: str


def read_sample(data: bytes, mapping: ColumnMapping, limit: int = 8) -> Sample:
    """The first ``limit`` rows (and problems) of ``data`` read with ``mapping``.

    Only the first lines of the file are read, so this is quick enough to run as the person
    changes a column. Raises :class:`StatementRefused` when nothing can be read.
    """
    text = decode(data).text
    head = _head(text, mapping.skip + SAMPLE_LINES)
    statement = read_statement(head.encode("utf-8"), mapping=mapping)
    return Sample(
        tuple(statement.rows[:limit]), tuple(statement.problems[:limit]), statement.date_format
    )


def _head(text: str, lines: int) -> str:
    """The first ``lines`` lines of ``text`` (a quoted field over several lines may be cut: the
    rows shown are only a sample). Found without splitting the whole text into lines."""
    end = 0
    for _ in range(lines):
        found = text.find("\n", end)
        if found < 0:
            return text
        end = found + 1
    return text[:end]
