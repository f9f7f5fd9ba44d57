"""Reading the statements UK banks give: one reader per bank, a generic mapping, OFX and QIF.

Pure functions over bytes in memory — no files, no storage, no Qt::

    statement = read_statement(data)                  # detect the bank
    statement = read_statement(data, bank="nationwide")
    statement = read_statement(data, mapping=parse_columns("date=1,description=2,amount=3"))
    for row in statement.rows: ...                    # line, date, amount (Money), payee, …
    for problem in statement.problems: print(problem) # "line 7: the amount '12,34.5x' is …"

A file that cannot be read at all raises :class:`StatementRefused` with a plain message.
docs/banks.md describes every bank's format and what each reader accepts.
"""

from __future__ import annotations

from .decode import MAX_FIELD_CHARS, MAX_FILE_BYTES
from .detect import BANK_NAMES, CHOOSABLE, Detection
from .errors import MappingError, StatementRefused
from .mapping import ColumnMapping, parse_columns
from .model import RowProblem, Statement, StatementRow
from .reader import detect_bank, read_statement

__all__ = [
    "BANK_NAMES",
    "CHOOSABLE",
    "MAX_FIELD_CHARS",
    "MAX_FILE_BYTES",
    "ColumnMapping",
    "Detection",
    "MappingError",
    "RowProblem",
    "Statement",
    "StatementRefused",
    "StatementRow",
    "detect_bank",
    "parse_columns",
    "read_statement",
]
