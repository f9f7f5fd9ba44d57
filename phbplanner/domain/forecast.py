"""Expected budget payments, the position today and the forecast to the end of the period.

Expected payments follow the plan's payment schedule (``Budget.payment_schedule``: monthly, every
four weeks or quarterly) from the period start (or ``LedgerSettings.first_payment``), using the
same occurrence rule as support lines. Each is the budget held in the records — the indicative
budget less what the lines managed notionally cost — spread evenly over the payments of the
period, the odd pennies on the last (or ``LedgerSettings.payment_amount``).

A payment received (an entry marked *budget payment received*) counts for the expected payment
whose window it falls in: from ``tolerance`` days before the expected date up to ``tolerance``
days before the next one. A payment not received within ``tolerance`` days after its date is
missing.

The forecast starts from the balance today, adds the payments still to come (a payment that is
due but still within its tolerance counts as arriving tomorrow; a missing one is not counted)
and takes away the plan's spending for the rest of the period, day by day, payments before
spending on the same day. It names the first day the balance would go below zero.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from .ledger import LedgerSettings
from .money import ZERO, Money
from .plan import PaymentSchedule
from .planned import PlannedSpending
from .schedule import Frequency, Schedule, format_date, iter_occurrences
from .text import translate

if TYPE_CHECKING:
    from .committed import Committed

_FREQUENCY = {
    PaymentSchedule.MONTHLY: Frequency.MONTHLY,
    PaymentSchedule.FOUR_WEEKLY: Frequency.FOUR_WEEKLY,
    PaymentSchedule.QUARTERLY: Frequency.QUARTERLY,
}


class PaymentStatus(StrEnum):
    """Where an expected budget payment stands."""

    RECEIVED = "received"
    DUE = "due"  # its date has come, and it is still within the tolerance
    MISSING = "missing"  # not received within the tolerance after its date
    TO_COME = "to_come"


@dataclass(frozen=True, slots=True)
class ExpectedPayment:
    """A budget payment the plan's payment schedule expects, and whether it came."""

    expected: date
    amount: Money
    status: PaymentStatus
    received_on: date | None = None
    received: Money | None = None


def _payment_dates(planned: PlannedSpending, settings: LedgerSettings) -> list[date]:
    """The expected payment dates in the period, then the first one after it."""
    schedule = planned.plan.budget.payment_schedule
    if schedule is None or not planned.has_period or planned.start is None or planned.end is None:
        return []
    first = settings.first_payment or planned.start
    series = Schedule(_FREQUENCY[PaymentSchedule(schedule)], first)
    dates = list(iter_occurrences(series, planned.start, planned.end + timedelta(days=120)))
    inside = bisect_right(dates, planned.end)
    return dates[: inside + 1]


def held_budget(planned: PlannedSpending) -> Money:
    """The budget paid into the records: the indicative budget less the notional lines' cost."""
    indicative = planned.plan.budget.indicative
    if indicative is None:
        return Money(0)
    return max(Money(0), indicative - planned.left_out_cost())


def expected_payments(
    planned: PlannedSpending, settings: LedgerSettings
) -> list[tuple[date, Money]]:
    """(date, amount) of every budget payment the payment schedule expects in the period."""
    end = planned.end
    dates = [day for day in _payment_dates(planned, settings) if end and day <= end]
    if not dates:
        return []
    if settings.payment_amount is not None:
        return [(day, settings.payment_amount) for day in dates]
    total = held_budget(planned).pence
    if total <= 0:
        return []  # no budget written down (or all of it notional): nothing to expect
    each = total // len(dates)
    amounts = [each] * (len(dates) - 1) + [total - each * (len(dates) - 1)]
    return [(day, Money(pence)) for day, pence in zip(dates, amounts, strict=True)]


def budget_payments(
    planned: PlannedSpending,
    received: Iterable[tuple[date, int]],
    as_of: date,
    settings: LedgerSettings | None = None,
) -> tuple[ExpectedPayment, ...]:
    """Each expected budget payment of the period with its status as of ``as_of``.

    ``received`` gives (date, pence) of the entries marked *budget payment received*, dated up to
    ``as_of`` (from SQL; a few dozen rows).
    """
    settings = settings or LedgerSettings()
    tolerance = timedelta(days=settings.payment_tolerance_days)
    expected = expected_payments(planned, settings)
    all_dates = _payment_dates(planned, settings)
    arrived = sorted((day, pence) for day, pence in received if pence > 0 and day <= as_of)
    found: list[ExpectedPayment] = []
    cursor = 0
    for index, (due, amount) in enumerate(expected):
        after = all_dates[index + 1] if index + 1 < len(all_dates) else None
        opens, closes = due - tolerance, (after - tolerance if after else None)
        while cursor < len(arrived) and arrived[cursor][0] < opens:
            cursor += 1  # paid before this payment's window (an extra or earlier payment)
        if cursor < len(arrived) and (closes is None or arrived[cursor][0] < closes):
            day, pence = arrived[cursor]
            cursor += 1
            found.append(ExpectedPayment(due, amount, PaymentStatus.RECEIVED, day, Money(pence)))
            while cursor < len(arrived) and (closes is None or arrived[cursor][0] < closes):
                cursor += 1  # a second payment in the same window is an extra, not the next
        elif as_of > due + tolerance:
            found.append(ExpectedPayment(due, amount, PaymentStatus.MISSING))
        elif as_of >= due:
            found.append(ExpectedPayment(due, amount, PaymentStatus.DUE))
        else:
            found.append(ExpectedPayment(due, amount, PaymentStatus.TO_COME))
    return tuple(found)


@dataclass(frozen=True, slots=True)
class Position:
    """The balance today measured against the plan's spending.

    ``headroom`` is the balance less the spending planned before the next budget payment (the
    money the balance is there to cover) and less the money already committed beyond it
    (``committed_unplanned``: wages earned but not paid, HMRC and the pension due, a renewal
    after the next payment — ``domain.committed``); the buffer and surplus alerts compare it
    with ``buffer`` and ``surplus_level`` so they do not come and go with every payment.
    """

    as_of: date
    balance: Money
    weekly: Money
    next_payment: ExpectedPayment | None
    spending_until_next: Money
    buffer: Money
    surplus_level: Money
    #: everything committed (shown beside the balance): the balance less it is free
    committed: Money = ZERO
    #: the part of ``committed`` not already in ``spending_until_next``
    committed_unplanned: Money = ZERO

    @property
    def headroom(self) -> Money:
        """The balance beyond the spending planned before the next payment and the money
        committed besides it."""
        return self.balance - self.spending_until_next - self.committed_unplanned

    @property
    def free_balance(self) -> Money:
        """The balance less the money already committed."""
        return self.balance - self.committed


def position(
    planned: PlannedSpending,
    payments: Sequence[ExpectedPayment],
    balance: Money,
    as_of: date,
    settings: LedgerSettings | None = None,
    committed: Committed | None = None,
) -> Position:
    """The position today: balance, weekly planned spending, the next payment, the money
    committed and the headroom."""
    settings = settings or LedgerSettings()
    upcoming = [p for p in payments if p.status in {PaymentStatus.DUE, PaymentStatus.TO_COME}]
    next_payment = upcoming[0] if upcoming else None
    if next_payment is not None:
        until = next_payment.expected - timedelta(days=1)
    elif payments and planned.end is not None:
        until = planned.end  # after the last payment the money must last to the period's end
    else:
        until = as_of  # no payment schedule: the balance itself is measured
    weekly = planned.weekly()
    return Position(
        as_of=as_of,
        balance=balance,
        weekly=weekly,
        next_payment=next_payment,
        spending_until_next=Money(planned.between(as_of, until)),
        buffer=Money(weekly.pence * settings.buffer_weeks),
        surplus_level=Money(weekly.pence * settings.surplus_weeks),
        committed=committed.total if committed is not None else Money(0),
        committed_unplanned=committed.beyond(until) if committed is not None else Money(0),
    )


@dataclass(frozen=True, slots=True)
class Forecast:
    """Where the money is expected to be at the end of the period, and whether it runs out."""

    as_of: date
    period_end: date
    balance: Money
    payments_to_come: Money
    spending_to_come: Money
    runs_out_on: date | None
    lowest: Money  # the lowest balance after a day of the rest of the period (or today's)
    lowest_on: date
    not_counted: tuple[ExpectedPayment, ...]  # missing payments, left out of the forecast
    #: money already owed (wages earned, HMRC and the pension due): taken off tomorrow
    owed: Money = ZERO

    @property
    def projected_end(self) -> Money:
        """The balance expected at the end of the period (below zero: a shortfall)."""
        return self.balance + self.payments_to_come - self.spending_to_come - self.owed

    @property
    def shortfall(self) -> bool:
        """Whether the money is expected to fall short by the end of the period."""
        return self.projected_end.pence < 0

    def message(self) -> str:
        """The forecast in a few plain sentences."""
        end = format_date(self.period_end)
        if self.shortfall:
            text = translate(
                "Forecast",
                "If spending goes as planned, the money will be {amount} short at the end of "
                "the budget period on {date}.",
            ).format(amount=abs(self.projected_end).format(), date=end)
        else:
            text = translate(
                "Forecast",
                "If spending goes as planned, {amount} will be left at the end of the budget "
                "period on {date}.",
            ).format(amount=self.projected_end.format(), date=end)
        sentences = [text]
        if self.runs_out_on is not None and self.runs_out_on <= self.as_of:
            sentences.append(translate("Forecast", "The balance is already below zero."))
        elif self.runs_out_on is not None:
            sentences.append(
                translate("Forecast", "The money would run out on {date}.").format(
                    date=format_date(self.runs_out_on)
                )
            )
        if self.owed.pence > 0:
            sentences.append(
                translate(
                    "Forecast",
                    "This counts {amount} already owed: wages earned but not paid yet, and "
                    "money due to HMRC or the pension provider.",
                ).format(amount=self.owed.format())
            )
        for payment in self.not_counted:
            sentences.append(
                translate(
                    "Forecast",
                    "This does not count the payment of {amount} expected on {date}, "
                    "which has not arrived.",
                ).format(amount=payment.amount.format(), date=format_date(payment.expected))
            )
        return " ".join(sentences)


def forecast(
    planned: PlannedSpending,
    payments: Sequence[ExpectedPayment],
    balance: Money,
    as_of: date,
    owed: Money = ZERO,
) -> Forecast | None:
    """The forecast from ``as_of`` to the end of the period (None without a budget period).

    ``owed`` is money already owed that the balance does not show yet (wages earned but not
    paid, HMRC and the pension due): it leaves the account tomorrow."""
    if not planned.has_period or planned.end is None:
        return None
    end = planned.end
    tomorrow = as_of + timedelta(days=1)
    income: dict[date, int] = {}
    not_counted = []
    for payment in payments:
        if payment.status is PaymentStatus.TO_COME and payment.expected > as_of:
            income[payment.expected] = income.get(payment.expected, 0) + payment.amount.pence
        elif payment.status is PaymentStatus.DUE:
            income[tomorrow] = income.get(tomorrow, 0) + payment.amount.pence
        elif payment.status is PaymentStatus.MISSING:
            not_counted.append(payment)
    costs: dict[date, int] = {}
    for schedule in planned.lines:
        dates = schedule.dates
        for index in range(bisect_right(dates, as_of), len(dates)):
            step = schedule.cost_of(index + 1) - schedule.cost_of(index)
            costs[dates[index]] = costs.get(dates[index], 0) + step
    running = balance.pence
    lowest: int | None = None
    lowest_on = as_of
    runs_out_on = as_of if running < 0 else None
    owing = {tomorrow: owed.pence} if owed.pence > 0 and tomorrow <= end else {}
    for day in sorted(income.keys() | costs.keys() | owing.keys()):
        if day > end:
            continue
        running += income.get(day, 0)
        running -= costs.get(day, 0) + owing.get(day, 0)
        if lowest is None or running < lowest:
            lowest, lowest_on = running, day
        if running < 0 and runs_out_on is None:
            runs_out_on = day
    return Forecast(
        as_of=as_of,
        period_end=end,
        balance=balance,
        payments_to_come=Money(sum(p for d, p in income.items() if d <= end)),
        spending_to_come=Money(sum(costs.values())),
        runs_out_on=runs_out_on,
        lowest=Money(balance.pence if lowest is None else lowest),
        lowest_on=lowest_on,
        not_counted=tuple(not_counted),
        owed=owed if owing else ZERO,
    )
