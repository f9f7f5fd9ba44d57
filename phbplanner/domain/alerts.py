"""Calm alerts about the spending records, each with a stable code and the figures behind it.

Codes, and when each is raised (defaults in :class:`~phbplanner.domain.ledger.LedgerSettings`):

- ``line_overspent``: a line's spending so far is over its planned spending so far by more
  than 10%;
- ``below_buffer``: the balance, less the spending planned before the next budget payment (the
  *headroom*), is below the agreed buffer (4 weeks of planned spending);
- ``surplus``: the headroom is more than 8 weeks of planned spending;
- ``payment_missing``: an expected budget payment has not arrived 7 days after its date;
- ``receipts_missing``: payments out more than 30 days old lack their evidence (a receipt,
  an invoice, a payslip and a timesheet for wages: ``domain.evidence``);
- ``money_runs_out``: the forecast has the balance below zero before the period ends;
- ``balance_mismatch``: the records' running balance differs from the bank's on a row.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from .balance import BalanceMismatch
from .forecast import ExpectedPayment, Forecast, PaymentStatus, Position
from .ledger import LedgerSettings
from .money import Money
from .planned import LineComparison, PlannedVsActual
from .schedule import format_date
from .text import translate

Figure = Money | date | int | str


class AlertCode(StrEnum):
    """Stable codes of the spending records' alerts."""

    LINE_OVERSPENT = "line_overspent"
    BELOW_BUFFER = "below_buffer"
    SURPLUS = "surplus"
    PAYMENT_MISSING = "payment_missing"
    RECEIPTS_MISSING = "receipts_missing"
    MONEY_RUNS_OUT = "money_runs_out"
    BALANCE_MISMATCH = "balance_mismatch"


@dataclass(frozen=True, slots=True)
class Alert:
    """One alert: its code, a calm message, the figures behind it and what it is about.

    ``item_id`` names the plan line (``line_overspent``) or the expected date in ISO form
    (``payment_missing``), so a page can go there and tell repeated alerts apart.
    """

    code: AlertCode
    message: str
    figures: Mapping[str, Figure] = field(default_factory=dict)
    item_id: str | None = None


def _line_name(line: LineComparison) -> str:
    text = line.label.strip()
    return f"“{text}”" if text else f"“{line.key}”"


def is_over_by_more_than(spent: Money, planned: Money, percent: int) -> bool:
    """Whether ``spent`` is more than ``planned`` by more than ``percent`` per cent of it.

    Any spending at all is "more than 10% over" a planned £0.00.
    """
    if spent.pence <= 0:
        return False
    return spent.pence * 100 > planned.pence * (100 + percent)


def overspending_alerts(
    figures: PlannedVsActual, settings: LedgerSettings | None = None
) -> list[Alert]:
    """A ``line_overspent`` alert for each line spent more than planned so far by over 10%."""
    settings = settings or LedgerSettings()
    alerts = []
    by = format_date(figures.as_of)
    for line in figures.lines:
        if not is_over_by_more_than(line.spent, line.planned, settings.overspend_percent):
            continue
        if line.planned.pence:
            message = translate(
                "Alert",
                "Spending on {line} is {over} more than planned so far: {spent} spent, "
                "{planned} planned by {date}.",
            )
        else:
            message = translate(
                "Alert",
                "{spent} has been spent on {line}, but the plan has nothing for it by {date}.",
            )
        text = message.format(
            line=_line_name(line),
            over=(line.spent - line.planned).format(),
            spent=line.spent.format(),
            planned=line.planned.format(),
            date=by,
        )
        alerts.append(
            Alert(
                AlertCode.LINE_OVERSPENT,
                text,
                {"planned": line.planned, "spent": line.spent, "over": line.spent - line.planned},
                line.key,
            )
        )
    return alerts


def buffer_alert(place: Position, settings: LedgerSettings | None = None) -> Alert | None:
    """``below_buffer`` when the headroom is below the agreed buffer (and the buffer is set)."""
    settings = settings or LedgerSettings()
    if place.headroom >= place.buffer or (place.buffer.pence == 0 and place.headroom.pence >= 0):
        return None
    if place.next_payment is not None and place.spending_until_next.pence:
        message = translate(
            "Alert",
            "After the spending planned before the next budget payment, {headroom} would be "
            "left. The agreed buffer is {buffer} ({weeks} weeks of planned spending).",
        )
    else:
        message = translate(
            "Alert",
            "The balance is {headroom}. The agreed buffer is {buffer} "
            "({weeks} weeks of planned spending).",
        )
    text = message.format(
        headroom=place.headroom.format(), buffer=place.buffer.format(), weeks=settings.buffer_weeks
    ) + _committed_words(place)
    figures: dict[str, Figure] = {
        "balance": place.balance,
        "spending_until_next": place.spending_until_next,
        "headroom": place.headroom,
        "buffer": place.buffer,
        "weekly": place.weekly,
        "weeks": settings.buffer_weeks,
        "committed": place.committed_unplanned,
    }
    return Alert(AlertCode.BELOW_BUFFER, text, figures)


def _committed_words(place: Position) -> str:
    """ " This allows for …": the money committed besides the planned spending, if any."""
    if place.committed_unplanned.pence <= 0:
        return ""
    return " " + translate(
        "Alert",
        "This allows for {amount} already committed: wages not paid yet, money due to HMRC or "
        "the pension provider, a renewal.",
    ).format(amount=place.committed_unplanned.format())


def surplus_alert(place: Position, settings: LedgerSettings | None = None) -> Alert | None:
    """``surplus`` when the headroom is more than 8 weeks of planned spending."""
    settings = settings or LedgerSettings()
    if place.weekly.pence <= 0 or place.headroom <= place.surplus_level:
        return None
    message = translate(
        "Alert",
        "Money is building up: {headroom} is more than {weeks} weeks of planned spending "
        "({level}). The council or ICB may ask for some of it back; you could talk to them "
        "about using it.",
    )
    text = message.format(
        headroom=place.headroom.format(), weeks=settings.surplus_weeks,
        level=place.surplus_level.format(),
    ) + _committed_words(place)  # fmt: skip
    figures: dict[str, Figure] = {
        "balance": place.balance,
        "spending_until_next": place.spending_until_next,
        "headroom": place.headroom,
        "surplus_level": place.surplus_level,
        "weekly": place.weekly,
        "weeks": settings.surplus_weeks,
        "committed": place.committed_unplanned,
    }
    return Alert(AlertCode.SURPLUS, text, figures)


def missing_payment_alerts(payments: Iterable[ExpectedPayment]) -> list[Alert]:
    """A ``payment_missing`` alert for each expected budget payment that has not arrived."""
    alerts = []
    for payment in payments:
        if payment.status is not PaymentStatus.MISSING:
            continue
        text = translate(
            "Alert",
            "The budget payment of {amount} expected on {date} has not arrived. "
            "If it was paid, record it as a budget payment received; if not, ask the council or "
            "ICB about it.",
        ).format(amount=payment.amount.format(), date=format_date(payment.expected))
        figures: dict[str, Figure] = {"expected": payment.expected, "amount": payment.amount}
        alerts.append(Alert(AlertCode.PAYMENT_MISSING, text, figures, payment.expected.isoformat()))
    return alerts


def receipt_cutoff(as_of: date, settings: LedgerSettings | None = None) -> date:
    """Payments out dated before this date and without a receipt are counted as missing one."""
    settings = settings or LedgerSettings()
    return as_of - timedelta(days=settings.receipt_days)


def receipts_alert(
    count: int, oldest: date | None, settings: LedgerSettings | None = None
) -> Alert | None:
    """``receipts_missing`` for ``count`` payments older than 30 days still lacking their
    evidence: a receipt, an invoice, or for wages a payslip and a timesheet (``domain.evidence``).
    """
    settings = settings or LedgerSettings()
    if count <= 0:
        return None
    if count == 1:
        message = translate(
            "Alert",
            "One payment more than {days} days old is still missing its receipt, invoice, "
            "payslip or timesheet (from {date}). Add it when you have it.",
        )
    else:
        message = translate(
            "Alert",
            "{count} payments more than {days} days old are still missing their receipts, "
            "invoices, payslips or timesheets (the oldest from {date}). Add them when you have "
            "them.",
        )
    text = message.format(
        count=f"{count:,}", days=settings.receipt_days, date=format_date(oldest) if oldest else "?"
    )
    figures: dict[str, Figure] = {"count": count, "days": settings.receipt_days}
    if oldest is not None:
        figures["oldest"] = oldest
    return Alert(AlertCode.RECEIPTS_MISSING, text, figures)


def runs_out_alert(outlook: Forecast | None) -> Alert | None:
    """``money_runs_out`` when the forecast has the balance below zero before the period ends."""
    if outlook is None or outlook.runs_out_on is None:
        return None
    if outlook.runs_out_on <= outlook.as_of:
        text = translate(
            "Alert",
            "The balance is below zero ({balance}). Check that every payment in has been "
            "recorded. If the money has run out, talk to the council or ICB.",
        ).format(balance=outlook.balance.format())
    else:
        text = translate(
            "Alert",
            "If spending goes as planned, the money would run out on {date}, before the "
            "budget period ends. It may help to talk to the council or ICB now.",
        ).format(date=format_date(outlook.runs_out_on))
    figures: dict[str, Figure] = {
        "runs_out_on": outlook.runs_out_on,
        "lowest": outlook.lowest,
        "projected_end": outlook.projected_end,
    }
    return Alert(AlertCode.MONEY_RUNS_OUT, text, figures)


def balance_alert(mismatch: BalanceMismatch | None) -> Alert | None:
    """``balance_mismatch`` when the records and the bank disagree on a statement row."""
    if mismatch is None:
        return None
    figures: dict[str, Figure] = {
        "date": mismatch.entry_date,
        "bank_balance": mismatch.bank_balance,
        "records_balance": mismatch.records_balance,
    }
    if mismatch.since is not None:
        figures["since"] = mismatch.since
    return Alert(AlertCode.BALANCE_MISMATCH, mismatch.message(), figures, str(mismatch.entry_id))
