"""The values the monitoring-return services hand to the window and the CLI (plain data).

:class:`PreparedReturn` is a return worked out from the file, to preview and check;
:class:`ReturnOutputs` says where its files go; :class:`ProducedReturn` is what producing it
wrote; :class:`RecordedReturn` is one row of the record of returns, and :class:`RemadeReturn` a
copy made again from it. :class:`ReturnTotals` are the figures kept in the record.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ..domain.ledger import Account
from ..domain.money import ZERO, Money
from ..domain.monitoring import MonitoringReturn, ReturnError  # exit code 1
from ..domain.return_checks import PeriodCheck
from ..domain.return_periods import ReturnPeriod
from ..domain.text import translate
from ..reports.audit_pack import PackFile
from ..storage.return_queries import PeriodDocument


class OutputTargetError(ReturnError):
    """A place to write to that is refused before anything is done (a plan file, a name given
    twice); ``path`` is the place."""

    exit_code = 2

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


class OutputExistsError(OutputTargetError):
    """There is already a file there, and replacing it was not asked for."""


class OutputDiskFullError(ReturnError):
    """The disk filled up while a file was written (nothing was left): exit code 4, as for
    every command that runs out of space."""

    exit_code = 4


@dataclass(frozen=True, slots=True)
class OfferedPeriods:
    """The periods to offer for a return of one account.

    ``default`` is the last full quarter of the budget period when one has ended, else the budget
    period so far; ``since_last_return`` runs from the day after the last return recorded for the
    account up to today (None when there is none, or it would be empty).
    """

    default: ReturnPeriod
    last_full_quarter: ReturnPeriod | None
    since_last_return: ReturnPeriod | None
    last_return_end: date | None


@dataclass(frozen=True, slots=True)
class ReturnTotals:
    """The figures of a return, as printed and as kept in its record (JSON, amounts as text).

    ``unassigned_in`` and ``unassigned_out`` count only the money not yet assigned (for a split
    whose parts fall short, the part left over).
    """

    opening: Money
    money_in: Money
    money_out: Money
    closing: Money
    bank_closing: Money | None
    bank_difference: Money | None  # the bank's figure less the records'
    entries: int
    receipts: int
    without_receipt: int
    without_receipt_total: Money
    unassigned: int
    unassigned_in: Money
    unassigned_out: Money

    @classmethod
    def of(cls, ret: MonitoringReturn) -> ReturnTotals:
        """The totals of ``ret``."""
        loose = [
            part.amount
            for row in ret.unassigned
            for part in row.parts
            if part.line_id is None and part.amount
        ]
        return cls(
            opening=ret.opening,
            money_in=ret.money_in,
            money_out=ret.money_out,
            closing=ret.closing,
            bank_closing=ret.bank_closing,
            bank_difference=ret.bank_difference,
            entries=len(ret.rows),
            receipts=ret.receipt_count,
            without_receipt=len(ret.without_receipt),
            without_receipt_total=Money.total(row.money_out for row in ret.without_receipt),
            unassigned=len(ret.unassigned),
            unassigned_in=Money.total(a for a in loose if a.pence > 0),
            unassigned_out=-Money.total(a for a in loose if a.pence < 0),
        )

    def to_json(self) -> dict[str, Any]:
        """The totals as kept in the record: amounts as decimal strings ("1234.50")."""
        data: dict[str, Any] = {}
        for key in self.__slots__:
            value = getattr(self, key)
            data[key] = value.to_str() if isinstance(value, Money) else value
        return data

    @classmethod
    def from_json(cls, data: Any) -> ReturnTotals:
        """Totals read back from a record (tolerant: anything unreadable is £0.00 or 0)."""
        source = data if isinstance(data, dict) else {}

        def money(key: str) -> Money:
            return _money(source.get(key)) or ZERO

        def count(key: str) -> int:
            value = source.get(key)
            return value if isinstance(value, int) and not isinstance(value, bool) else 0

        return cls(
            opening=money("opening"),
            money_in=money("money_in"),
            money_out=money("money_out"),
            closing=money("closing"),
            bank_closing=_money(source.get("bank_closing")),
            bank_difference=_money(source.get("bank_difference")),
            entries=count("entries"),
            receipts=count("receipts"),
            without_receipt=count("without_receipt"),
            without_receipt_total=money("without_receipt_total"),
            unassigned=count("unassigned"),
            unassigned_in=money("unassigned_in"),
            unassigned_out=money("unassigned_out"),
        )


def _money(text: object) -> Money | None:
    if not isinstance(text, str):
        return None
    try:
        return Money.parse(text, allow_negative=True)
    except ValueError:
        return None


@dataclass(frozen=True)
class PreparedReturn:
    """A return worked out from the file, ready to preview, check and produce.

    ``produced`` is the production date: printed on the return, and the day the checks were
    worked out for (a budget payment is missing once its tolerance after the expected day has
    passed by then). ``plan_version`` is the version the return is measured against and
    ``documents`` the documents of the period's entries (their bytes are read only when the
    audit pack is made). ``notes`` are plain sentences for the person that are not checks.
    """

    ret: MonitoringReturn
    account: Account
    plan_version: int
    documents: tuple[PeriodDocument, ...]
    produced: date
    bank_note: str = ""
    notes: tuple[str, ...] = ()

    @property
    def period(self) -> ReturnPeriod:
        """The days the return covers."""
        return self.ret.period

    @property
    def checks(self) -> tuple[PeriodCheck, ...]:
        """What the person should see before sending the return (most serious first)."""
        return self.ret.checks

    @property
    def totals(self) -> ReturnTotals:
        """The figures of the return."""
        return ReturnTotals.of(self.ret)


@dataclass(frozen=True, slots=True)
class ReturnOptions:
    """How a return is produced: large print (16 pt) and the language it is made in (``en``,
    ``cy``: the caller's, as the window has installed it; kept in the record)."""

    large_print: bool = False
    language: str = "en"


@dataclass(frozen=True, slots=True)
class ReturnOutputs:
    """Where the return's files go: the PDF always; the CSV and the audit pack when asked."""

    pdf: Path
    csv: Path | None = None
    pack: Path | None = None

    def named(self) -> list[tuple[str, Path]]:
        """``(what, path)`` of each file asked for, PDF first."""
        found = [("pdf", Path(self.pdf))]
        if self.csv is not None:
            found.append(("csv", Path(self.csv)))
        if self.pack is not None:
            found.append(("pack", Path(self.pack)))
        return found


@dataclass(frozen=True)
class ProducedReturn:
    """What producing a return wrote: the files, the PDF's SHA-256, what went in the audit pack
    and the id of its record (None when it could not be recorded: ``notice`` says why)."""

    outputs: ReturnOutputs
    pdf_sha256: str
    totals: ReturnTotals
    record_id: int | None
    pack_files: tuple[PackFile, ...] = ()
    notice: str = ""


@dataclass(frozen=True)
class RecordedReturn:
    """A return recorded in the file: enough to list it and to make it again identically."""

    id: int
    period: ReturnPeriod
    account_id: int | None
    account_name: str
    produced_at: datetime  # UTC
    produced_on: date  # the production date printed on it
    produced_by: str
    totals: ReturnTotals
    options: ReturnOptions
    plan_version: int | None
    plan_fingerprint: str
    pdf_sha256: str
    made: tuple[str, ...]  # "pdf", "csv", "pack"
    bank_note: str = ""

    def describe(self) -> str:
        """ "1 April 2026 to 30 June 2026, Direct payment account"."""
        return translate("Returns", "{period}, {account}").format(
            period=self.period.describe(), account=self.account_name
        )


@dataclass(frozen=True)
class RemadeReturn:
    """A copy of a recorded return made again: ``identical`` when its PDF has the recorded
    SHA-256; otherwise ``differences`` say, in plain sentences, what is no longer the same."""

    produced: ProducedReturn
    record: RecordedReturn
    identical: bool
    differences: tuple[str, ...] = ()
