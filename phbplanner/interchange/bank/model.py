"""What reading a bank statement gives: the rows, the problems, and the whole result."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ...domain.money import Money
from ...domain.text import translate
from .mapping import ColumnMapping


@dataclass(frozen=True, slots=True)
class StatementRow:
    """One transaction as the bank wrote it, read into exact values.

    ``line`` is the physical line of the file where the row starts (line 1 is the first line).
    ``amount`` is signed: money in is positive, money out negative. ``payee`` is empty when the
    bank gives one text only (then it is in ``description``). ``balance`` is the bank's balance
    after this row, when the file gives one. ``key`` is the normalised duplicate key.
    """

    line: int
    date: date
    amount: Money
    payee: str
    description: str
    reference: str
    balance: Money | None
    key: str

    @property
    def text(self) -> str:
        """The payee when the bank gives one, otherwise the description."""
        return self.payee or self.description


@dataclass(frozen=True, slots=True)
class RowProblem:
    """A row that could not be read: its physical line number and a plain reason."""

    line: int
    reason: str

    @property
    def message(self) -> str:
        """``line 7: the amount '12,34.5x' is not a number``."""
        return translate("BankImport", "line {line}: {reason}").format(
            line=self.line, reason=self.reason
        )

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True, slots=True)
class Statement:
    """The result of reading one statement file.

    ``bank`` is the key of the reader used (``"barclays"``, ``"generic"``, ``"ofx"``…) and
    ``bank_name`` its name for people; ``confidence`` is 1.0 when the bank was chosen, otherwise
    how sure detection was (0–1). ``rows`` are in file order; ``problems`` are the rows that could
    not be read, in file order. ``file_format`` is ``"csv"``, ``"txt"`` (Santander's text export),
    ``"ofx"`` or ``"qif"``; ``date_format`` is the format the dates were read with (``"OFX"`` for
    OFX); ``closing_balance`` is the ledger balance an OFX file states; ``mapping`` is the column
    mapping a CSV file was read with (save it per account to read the next file the same way).
    """

    bank: str
    bank_name: str
    confidence: float
    rows: tuple[StatementRow, ...]
    problems: tuple[RowProblem, ...]
    encoding: str
    file_format: str
    date_format: str
    newest_first: bool = False
    closing_balance: Money | None = None
    mapping: ColumnMapping | None = None

    @property
    def ok(self) -> bool:
        """True when every row was read."""
        return not self.problems
