"""Payroll evidence: what a payslip or timesheet says, and the council's check of each pay
period (LIBRARIES.md: "wages paid equal to the payslip's net pay, HMRC and the pension provider
paid on time").

A payslip kept with a wage payment holds its **net pay**, its **pay period** and, if given, what
is due to **HMRC** (the tax and National Insurance the employer pays over: the employee's
deductions and the employer's National Insurance) and to the **pension** provider (both
parts). A timesheet may hold its period and hours. They live in the attachment's ``details``
(JSON), read back tolerantly: a value that cannot be read is left out, never an error.

The check, for each payslip with its details:

- the money paid to the PA — the wage parts of the payments the payslip is kept with — equals
  the net pay (``net_pay_mismatch`` otherwise, saying by how much);
- a timesheet is kept with the same payments (``no_timesheet``);
- HMRC and the pension provider were paid **by the 22nd after the tax month** of the period's
  end (tax months run from the 6th; HMRC's date for paying electronically): counted together,
  so one payment covering two months counts for both — what is due for every pay period up to
  this one against what was paid by its date (``hmrc_not_paid``, ``pension_not_paid`` once the
  date has passed; "due by" before).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from .documents import DocumentKind
from .evidence import SpendingKind
from .money import Money, MoneyError
from .schedule import format_date
from .text import translate


# -- what a payslip or timesheet says -------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class PayslipDetails:
    """What a payslip says: net pay, the pay period, and what is due to HMRC and the pension."""

    net_pay: Money | None = None
    period_start: date | None = None
    period_end: date | None = None
    hmrc: Money | None = None
    pension: Money | None = None

    def to_json(self) -> dict[str, Any]:
        """As kept in ``attachment.details`` (amounts as decimal strings, dates ISO)."""
        return _json(self)

    @classmethod
    def from_json(cls, data: Any) -> PayslipDetails:
        """Read back tolerantly: anything that is not a readable value is left out."""
        data = data if isinstance(data, dict) else {}
        return cls(
            _money(data.get("net_pay")),
            _day(data.get("period_start")),
            _day(data.get("period_end")),
            _money(data.get("hmrc")),
            _money(data.get("pension")),
        )

    @property
    def complete(self) -> bool:
        """True when the net pay and both ends of the period are known."""
        return None not in (self.net_pay, self.period_start, self.period_end)


@dataclass(frozen=True, slots=True)
class TimesheetDetails:
    """What a timesheet says: the period it covers and the hours worked (all optional)."""

    period_start: date | None = None
    period_end: date | None = None
    hours: str = ""

    def to_json(self) -> dict[str, Any]:
        """As kept in ``attachment.details``."""
        return _json(self)

    @classmethod
    def from_json(cls, data: Any) -> TimesheetDetails:
        """Read back tolerantly."""
        data = data if isinstance(data, dict) else {}
        hours = data.get("hours")
        return cls(
            _day(data.get("period_start")),
            _day(data.get("period_end")),
            hours if isinstance(hours, str) and re.fullmatch(r"\d{1,3}(\.\d{1,2})?", hours) else "",
        )


DocumentDetails = PayslipDetails | TimesheetDetails


def _json(details: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in details.__slots__:
        value = getattr(details, name)
        if isinstance(value, Money):
            out[name] = value.to_str()
        elif isinstance(value, date):
            out[name] = value.isoformat()
        elif value not in (None, ""):
            out[name] = value
    return out


def _money(value: Any) -> Money | None:
    if not isinstance(value, str):
        return None
    try:
        return Money.parse(value)
    except MoneyError:
        return None


def _day(value: Any) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def details_problems(details: DocumentDetails) -> list[tuple[str, str]]:
    """What is wrong with details typed in, as (field, plain message); empty when fine."""
    problems: list[tuple[str, str]] = []
    start, end = details.period_start, details.period_end
    if isinstance(details, PayslipDetails):
        if details.net_pay is None:
            problems.append(("net_pay", translate("Payroll", "Type the net pay on the payslip.")))
        elif details.net_pay.pence <= 0:
            problems.append(
                ("net_pay", translate("Payroll", "The net pay must be more than £0.00."))
            )
        for name, value in (("hmrc", details.hmrc), ("pension", details.pension)):
            if value is not None and value.pence < 0:
                problems.append((name, translate("Payroll", "An amount cannot be below £0.00.")))
        if start is None or end is None:
            problems.append(
                ("period", translate("Payroll", "Type the pay period: its first and last days."))
            )
    if start is not None and end is not None:
        if end < start:
            problems.append(
                ("period", translate("Payroll", "The pay period ends before it starts."))
            )
        elif (end - start).days > 62:
            problems.append(
                ("period", translate("Payroll", "A pay period is at most two months long."))
            )
    return problems


def details_from_text(kind: str, text: str) -> DocumentDetails | None:
    """The details of a stored document of ``kind`` (``attachment.details`` JSON), if any."""
    try:
        data = json.loads(text) if text else {}
    except ValueError:
        return None
    if kind == DocumentKind.PAYSLIP.value:
        return PayslipDetails.from_json(data)
    if kind == DocumentKind.TIMESHEET.value:
        return TimesheetDetails.from_json(data)
    return None


# -- the records the check reads (from SQL) -------------------------------------------------------
@dataclass(frozen=True, slots=True)
class PayEntry:
    """A payment the payroll check looks at: its parts by plan line (money out negative)."""

    id: int
    date: date
    amount_pence: int
    payee: str
    #: (plan line or None, pence): the entry's line, or its split parts
    parts: tuple[tuple[str | None, int], ...]


@dataclass(frozen=True, slots=True)
class PayDocument:
    """A payslip or timesheet, with what it says and the payments it is kept with."""

    id: int
    kind: DocumentKind
    details: DocumentDetails | None
    entry_ids: tuple[int, ...]


@dataclass(frozen=True)
class PayrollFigures:
    """What storage gives the payroll check and the committed money.

    ``entries``: payments on the wage, HMRC, pension and insurance lines, payments to HMRC or a
    pension provider by name, and every payment a payslip or timesheet is kept with, by id;
    ``documents``: every payslip and timesheet; ``records_start``: the first day the records
    cover (the earliest account's opening date).
    """

    entries: Mapping[int, PayEntry]
    documents: Sequence[PayDocument] = ()
    records_start: date | None = None


_HMRC = re.compile(r"\b(hmrc|hm revenue|inland revenue|paye)\b", re.IGNORECASE)
_PENSION = re.compile(r"\b(pension|nest)\b", re.IGNORECASE)


def paid_to(
    entries: Iterable[PayEntry], rules: Mapping[str, SpendingKind], kind: SpendingKind
) -> list[tuple[date, int]]:
    """(date, pence paid) of every payment to HMRC or to a pension provider (``kind``): its
    parts on such lines, or the whole payment when it names them and is for no other line."""
    words = _HMRC if kind is SpendingKind.HMRC else _PENSION
    found: list[tuple[date, int]] = []
    for entry in entries:
        if entry.amount_pence >= 0:
            continue
        on_line = sum(-pence for line, pence in entry.parts if line and rules.get(line) is kind)
        other_lines = any(line and rules.get(line) is not kind for line, _ in entry.parts)
        if on_line:
            found.append((entry.date, on_line))
        elif not other_lines and words.search(entry.payee):
            found.append((entry.date, -entry.amount_pence))
    return sorted(found)


# -- the check of each pay period ----------------------------------------------------------------
class PayrollFlag(StrEnum):
    """What the check found for a pay period (stable codes for the window and tests)."""

    DETAILS_MISSING = "payslip_details_missing"
    NO_PAYMENT = "no_wage_payment"
    NET_PAY_MISMATCH = "net_pay_mismatch"
    NO_TIMESHEET = "no_timesheet"
    HMRC_NOT_PAID = "hmrc_not_paid"
    PENSION_NOT_PAID = "pension_not_paid"


class PaidStatus(StrEnum):
    """Whether what a pay period owes HMRC or the pension provider was paid."""

    NOTHING_DUE = "nothing_due"
    PAID = "paid"
    DUE = "due"  # not paid yet, but its date has not passed
    LATE = "late"


def due_date(period_end: date) -> date:
    """The 22nd after the tax month the pay period ends in (tax months start on the 6th)."""
    year, month = period_end.year, period_end.month
    if period_end.day >= 6:  # the tax month ends on the 5th of next month
        month += 1
        if month == 13:
            year, month = year + 1, 1
    return date(year, month, 22)


@dataclass(frozen=True)
class PayPeriodCheck:
    """The council's check of one pay period (one payslip)."""

    payslip_id: int
    details: PayslipDetails
    entry_ids: tuple[int, ...]
    payee: str
    paid: Money
    has_timesheet: bool
    due_by: date | None
    hmrc: PaidStatus
    pension: PaidStatus
    flags: tuple[tuple[PayrollFlag, str], ...]

    @property
    def ok(self) -> bool:
        """True when nothing is flagged."""
        return not self.flags

    def period_words(self) -> str:
        """ "1 to 30 April 2027", or what is known of it."""
        start, end = self.details.period_start, self.details.period_end
        if start is None or end is None:
            return translate("Payroll", "a pay period not typed in yet")
        return translate("Payroll", "{start} to {end}").format(
            start=format_date(start), end=format_date(end)
        )


def pay_period_checks(
    figures: PayrollFigures, rules: Mapping[str, SpendingKind], as_of: date
) -> tuple[PayPeriodCheck, ...]:
    """Every payslip's pay period checked as councils do, in the order of the periods."""
    entries = figures.entries
    timesheets: set[int] = set()
    for document in figures.documents:
        if document.kind is DocumentKind.TIMESHEET:
            timesheets.update(document.entry_ids)
    payslips = sorted(
        (d for d in figures.documents if d.kind is DocumentKind.PAYSLIP),
        key=lambda d: (_end(d) or date.max, d.id),
    )
    hmrc_paid = paid_to(entries.values(), rules, SpendingKind.HMRC)
    pension_paid = paid_to(entries.values(), rules, SpendingKind.PENSION)
    hmrc_due = pension_due = 0
    checks: list[PayPeriodCheck] = []
    for document in payslips:
        details = document.details if isinstance(document.details, PayslipDetails) else None
        details = details or PayslipDetails()
        linked = [entries[i] for i in document.entry_ids if i in entries]
        paying = [entry for entry in linked if entry.amount_pence < 0]
        paid = _wages_paid(paying, rules)
        flags: list[tuple[PayrollFlag, str]] = []
        payee = next((entry.payee for entry in paying if entry.payee), "")
        if not details.complete:
            flags.append((PayrollFlag.DETAILS_MISSING, translate(
                "Payroll",
                "Type the payslip's net pay and pay period so it can be checked against what "
                "was paid.",
            )))  # fmt: skip
        if not paying:
            flags.append((PayrollFlag.NO_PAYMENT, translate(
                "Payroll", "This payslip is not kept with a wage payment."
            )))  # fmt: skip
        elif details.net_pay is not None and paid != details.net_pay:
            flags.append((PayrollFlag.NET_PAY_MISMATCH, _mismatch(paid, details.net_pay, payee)))
        has_timesheet = any(entry.id in timesheets for entry in linked)
        if paying and not has_timesheet:
            flags.append((PayrollFlag.NO_TIMESHEET, translate(
                "Payroll", "No timesheet is kept with this wage payment."
            )))  # fmt: skip
        due_by = due_date(details.period_end) if details.period_end is not None else None
        hmrc_due += details.hmrc.pence if details.hmrc else 0
        pension_due += details.pension.pence if details.pension else 0
        hmrc = _status(details.hmrc, hmrc_due, hmrc_paid, due_by, as_of)
        pension = _status(details.pension, pension_due, pension_paid, due_by, as_of)
        if hmrc is PaidStatus.LATE and due_by is not None:
            flags.append((PayrollFlag.HMRC_NOT_PAID, _late("HMRC", details.hmrc, due_by)))
        if pension is PaidStatus.LATE and due_by is not None:
            flags.append((PayrollFlag.PENSION_NOT_PAID, _late("pension", details.pension, due_by)))
        checks.append(
            PayPeriodCheck(
                document.id,
                details,
                tuple(e.id for e in linked),
                payee,
                paid,
                has_timesheet,
                due_by,
                hmrc,
                pension,
                tuple(flags),
            )
        )
    return tuple(checks)


def _end(document: PayDocument) -> date | None:
    return document.details.period_end if document.details is not None else None


def _wages_paid(paying: Sequence[PayEntry], rules: Mapping[str, SpendingKind]) -> Money:
    """The wage parts of the payments (the whole payments when none is on a wage line)."""
    on_wages = [
        -pence
        for entry in paying
        for line, pence in entry.parts
        if line and rules.get(line) is SpendingKind.WAGES
    ]
    if on_wages:
        return Money(sum(on_wages))
    return Money(sum(-entry.amount_pence for entry in paying))


def _status(
    amount: Money | None,
    due_so_far: int,
    payments: Sequence[tuple[date, int]],
    due_by: date | None,
    as_of: date,
) -> PaidStatus:
    if amount is None or amount.pence <= 0 or due_by is None:
        return PaidStatus.NOTHING_DUE
    paid_by_date = sum(pence for day, pence in payments if day <= min(due_by, as_of))
    if paid_by_date >= due_so_far:
        return PaidStatus.PAID
    return PaidStatus.LATE if as_of > due_by else PaidStatus.DUE


def _mismatch(paid: Money, net: Money, payee: str) -> str:
    difference = abs(paid - net).format()
    who = payee or translate("Payroll", "the PA")
    if paid.pence > net.pence:
        text = translate(
            "Payroll",
            "{paid} was paid to {who}, {difference} more than the payslip's net pay of {net}.",
        )
    else:
        text = translate(
            "Payroll",
            "{paid} was paid to {who}, {difference} less than the payslip's net pay of {net}.",
        )
    return text.format(paid=paid.format(), who=who, difference=difference, net=net.format())


def _late(whom: str, amount: Money | None, due_by: date) -> str:
    shown = amount.format() if amount is not None else ""
    if whom == "HMRC":
        text = translate(
            "Payroll", "No payment to HMRC of {amount} is recorded by {date}, when it was due."
        )
    else:
        text = translate(
            "Payroll",
            "No payment to the pension provider of {amount} is recorded by {date}, when it was "
            "due.",
        )
    return text.format(amount=shown, date=format_date(due_by))


__all__ = [
    "DocumentDetails",
    "PaidStatus",
    "PayDocument",
    "PayEntry",
    "PayPeriodCheck",
    "PayrollFigures",
    "PayrollFlag",
    "PayslipDetails",
    "TimesheetDetails",
    "details_from_text",
    "details_problems",
    "due_date",
    "paid_to",
    "pay_period_checks",
]
