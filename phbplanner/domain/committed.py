"""Committed money: what the balance already owes, so the carer sees the true free balance.

From the plan's PA lines and the records, as of a date:

- **wages earned, not yet paid** — for each wage line that repeats (a PA's weekly wages, a
  weekly "Personal assistant" line), its occurrences since the end of the last pay period paid
  (the latest payslip's period kept with a payment on the line; without payslips, the latest
  payment on the line; without any, the start of the records or of the line) up to the date,
  costed by the plan's rule: unit cost × quantity × occurrences, rounded once;
- **due to HMRC** and **due to the pension provider** — what the payslips say is due, less
  what was paid to them (``domain.payroll``), when more is due than paid;
- **a renewal coming** — an insurance line of a PA (yearly, say) whose next date falls within
  the surplus window (8 weeks), unless it was paid early (a payment on the line in the 60 days
  before it).

The wages and what HMRC and the pension are owed are past spending still to leave the account:
the forecast takes them off tomorrow, and the position takes them off the balance before
measuring the buffer and the surplus. A renewal is a date of the plan's own schedule, already in
the forecast; the position takes it off only when it falls after the next budget payment (the
spending before that payment is taken off already).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from .costing import line_period_cost
from .evidence import SpendingKind
from .ledger import LedgerSettings
from .money import Money
from .payroll import PayrollFigures, PayslipDetails, paid_to
from .plan import SupportLine
from .planned import PlannedSpending
from .schedule import Frequency, format_date, frequency_label
from .text import translate

#: A renewal paid this many days before its date counts as paid.
EARLY_RENEWAL_DAYS = 60


class CommitmentKind(StrEnum):
    """What the money is committed to."""

    WAGES = "wages"
    HMRC = "hmrc"
    PENSION = "pension"
    RENEWAL = "renewal"


@dataclass(frozen=True, slots=True)
class Commitment:
    """Money the balance already owes (``due`` None: owed now) with its working."""

    kind: CommitmentKind
    label: str
    amount: Money
    explanation: str
    due: date | None = None
    line_id: str | None = None

    @property
    def owed_now(self) -> bool:
        """True for money already earned or due (not a date still to come)."""
        return self.kind is not CommitmentKind.RENEWAL


@dataclass(frozen=True)
class Committed:
    """Everything committed as of a date."""

    as_of: date
    items: tuple[Commitment, ...] = ()

    @property
    def total(self) -> Money:
        """All of it."""
        return Money.total(item.amount for item in self.items)

    @property
    def owed_now(self) -> Money:
        """Wages earned and money due to HMRC and the pension: past spending still to pay."""
        return Money.total(item.amount for item in self.items if item.owed_now)

    def beyond(self, until: date) -> Money:
        """What is committed besides the plan's own spending up to ``until`` (the day before
        the next budget payment): everything owed now, and renewals due after ``until``."""
        return Money.total(
            item.amount
            for item in self.items
            if item.owed_now or (item.due is not None and item.due > until)
        )


def _line_facts(
    payroll: PayrollFigures, rules: Mapping[str, SpendingKind]
) -> tuple[dict[str, list[date]], dict[str, list[date]]]:
    """Payment dates by plan line, and the payslip period ends kept with each line's payments."""
    paid: dict[str, list[date]] = {}
    for entry in payroll.entries.values():
        if entry.amount_pence >= 0:
            continue
        for line, _pence in entry.parts:
            if line:
                paid.setdefault(line, []).append(entry.date)
    period_ends: dict[str, list[date]] = {}
    for document in payroll.documents:
        details = document.details
        if not isinstance(details, PayslipDetails) or details.period_end is None:
            continue
        for entry_id in document.entry_ids:
            found = payroll.entries.get(entry_id)
            for line, _pence in found.parts if found is not None else ():
                if line and rules.get(line) is SpendingKind.WAGES:
                    period_ends.setdefault(line, []).append(details.period_end)
    return paid, period_ends


def committed_money(
    planned: PlannedSpending,
    payroll: PayrollFigures,
    rules: Mapping[str, SpendingKind],
    as_of: date,
    settings: LedgerSettings | None = None,
) -> Committed:
    """What the records' balance is already committed to, as of ``as_of``."""
    settings = settings or LedgerSettings()
    if not planned.has_period or planned.start is None:
        return Committed(as_of)
    paid, period_ends = _line_facts(payroll, rules)
    items: list[Commitment] = []
    horizon = as_of + timedelta(weeks=settings.surplus_weeks)
    for schedule in planned.lines:
        line = schedule.line
        kind = rules.get(line.id)
        if line.schedule.frequency is Frequency.ONCE:
            continue
        if kind is SpendingKind.WAGES:
            found = _wages(schedule.dates, line, paid, period_ends, payroll, planned.start, as_of)
            if found is not None:
                items.append(found)
        elif kind is SpendingKind.INSURANCE:
            found = _renewal(schedule.dates, line, paid.get(line.id, []), as_of, horizon)
            if found is not None:
                items.append(found)
    for whom in (SpendingKind.HMRC, SpendingKind.PENSION):
        found = _payroll_due(payroll, rules, whom, as_of)
        if found is not None:
            items.append(found)
    return Committed(as_of, tuple(items))


def _wages(
    dates: tuple[date, ...],
    line: SupportLine,
    paid: Mapping[str, list[date]],
    period_ends: Mapping[str, list[date]],
    payroll: PayrollFigures,
    period_start: date,
    as_of: date,
) -> Commitment | None:
    if line.id in period_ends:
        through = shown = max(period_ends[line.id])
        since = translate("Committed", "since the pay period that ended on {date}")
    elif line.id in paid:
        through = shown = max(paid[line.id])
        since = translate("Committed", "since the last payment, on {date}")
    else:
        shown = max(period_start, payroll.records_start or period_start)
        through = shown - timedelta(days=1)
        since = translate("Committed", "since the records began, on {date}")
    earned = [day for day in dates if through < day <= as_of]
    if not earned:
        return None
    amount = line_period_cost(line.unit_cost, line.quantity, len(earned))
    if amount.pence <= 0:
        return None
    explanation = translate(
        "Committed", "{count} × {unit} × {quantity} ({how_often}) {since}, up to {today}."
    ).format(
        count=len(earned),
        unit=line.unit_cost.format(),
        quantity=f"{line.quantity.normalize():f}",
        how_often=frequency_label(line.schedule.frequency),
        since=since.format(date=format_date(shown)),
        today=format_date(as_of),
    )
    return Commitment(
        CommitmentKind.WAGES,
        translate("Committed", "Earned, not paid yet: {line}").format(line=line.description),
        amount,
        explanation,
        line_id=line.id,
    )


def _renewal(
    dates: tuple[date, ...], line: SupportLine, paid: list[date], as_of: date, horizon: date
) -> Commitment | None:
    coming = next((day for day in dates if as_of < day <= horizon), None)
    if coming is None:
        return None
    if any(coming - timedelta(days=EARLY_RENEWAL_DAYS) <= day <= as_of for day in paid):
        return None  # renewed early
    amount = line_period_cost(line.unit_cost, line.quantity, 1)
    if amount.pence <= 0:
        return None
    return Commitment(
        CommitmentKind.RENEWAL,
        translate("Committed", "Coming up: {line}").format(line=line.description),
        amount,
        translate("Committed", "Due on {date} ({how_often}).").format(
            date=format_date(coming), how_often=frequency_label(line.schedule.frequency)
        ),
        due=coming,
        line_id=line.id,
    )


def _payroll_due(
    payroll: PayrollFigures,
    rules: Mapping[str, SpendingKind],
    whom: SpendingKind,
    as_of: date,
) -> Commitment | None:
    due = 0
    for document in payroll.documents:
        details = document.details
        if not isinstance(details, PayslipDetails) or details.period_end is None:
            continue
        if details.period_end > as_of:
            continue
        amount = details.hmrc if whom is SpendingKind.HMRC else details.pension
        due += amount.pence if amount is not None else 0
    paid = sum(
        pence for day, pence in paid_to(payroll.entries.values(), rules, whom) if day <= as_of
    )
    if due - paid <= 0:
        return None
    if whom is SpendingKind.HMRC:
        label = translate("Committed", "Due to HMRC (tax and National Insurance)")
    else:
        label = translate("Committed", "Due to the pension provider")
    explanation = translate(
        "Committed", "The payslips say {due} is due; {paid} has been paid."
    ).format(due=Money(due).format(), paid=Money(paid).format())
    kind = CommitmentKind.HMRC if whom is SpendingKind.HMRC else CommitmentKind.PENSION
    return Commitment(kind, label, Money(due - paid), explanation)


__all__ = [
    "EARLY_RENEWAL_DAYS",
    "Commitment",
    "CommitmentKind",
    "Committed",
    "committed_money",
]
