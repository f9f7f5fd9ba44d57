"""The money left at the end of a return's period, compared with the agreed buffer.

Councils and ICBs expect a direct payment account to hold a buffer of some weeks of planned
spending (commonly 4 to 8) and usually ask for money above about 8 weeks back. The return says
where the money left stands: below, within or above that range, in weeks of planned spending.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from .money import ZERO, Money
from .text import translate


class BufferStatus(StrEnum):
    """Where the money left stands against the agreed buffer."""

    BELOW = "below"
    WITHIN = "within"
    ABOVE = "above"
    UNKNOWN = "unknown"  # no planned spending to measure weeks by


@dataclass(frozen=True)
class BufferComparison:
    """The money left compared with the agreed buffer, in weeks of planned spending."""

    status: BufferStatus
    measured: Money  # the closing balance, less spending due before the next payment
    weekly_planned: Money | None
    weeks_held: Decimal | None  # to one decimal place
    buffer_weeks: int
    surplus_weeks: int
    message: str


def compare_with_buffer(
    closing: Money,
    weekly_planned: Money | None,
    *,
    buffer_weeks: int = 4,
    surplus_weeks: int = 8,
    due_before_next_payment: Money = ZERO,
) -> BufferComparison:
    """Compare the money left with ``buffer_weeks`` to ``surplus_weeks`` of planned spending.

    The money measured is the closing balance less ``due_before_next_payment`` (the spending
    planned before the next budget payment arrives, when the caller knows it), as the spending
    records measure their buffer. Below the buffer is less than ``buffer_weeks`` of planned
    spending; above it is more than ``surplus_weeks``; anything between, both ends included, is
    within.
    """
    measured = closing - due_before_next_payment
    note = (
        " "
        + translate(
            "Monitoring",
            "The money left is the closing balance, {closing}, less the {due} of spending due "
            "before the next budget payment.",
        ).format(closing=closing.format(), due=due_before_next_payment.format())
        if due_before_next_payment
        else ""
    )
    if weekly_planned is None or weekly_planned.pence <= 0:
        message = translate(
            "Monitoring",
            "The money left, {amount}, cannot be compared with a buffer: the plan has no "
            "planned spending to measure weeks by.",
        ).format(amount=measured.format())
        return BufferComparison(
            BufferStatus.UNKNOWN,
            measured,
            weekly_planned,
            None,
            buffer_weeks,
            surplus_weeks,
            message + note,
        )
    weeks = (Decimal(measured.pence) / Decimal(weekly_planned.pence)).quantize(
        Decimal("0.1"), rounding=ROUND_HALF_UP
    )
    low = weekly_planned.times(buffer_weeks)
    high = weekly_planned.times(surplus_weeks)
    values = {
        "amount": measured.format(),
        "weeks": str(weeks),
        "weekly": weekly_planned.format(),
        "low": str(buffer_weeks),
        "high": str(surplus_weeks),
    }
    if measured < low:
        status = BufferStatus.BELOW
        message = translate(
            "Monitoring",
            "The money left, {amount}, is {weeks} weeks of planned spending ({weekly} a week). "
            "This is below the agreed buffer of {low} to {high} weeks. It is {short} short of "
            "{low} weeks.",
        ).format(short=(low - measured).format(), **values)
    elif measured > high:
        status = BufferStatus.ABOVE
        message = translate(
            "Monitoring",
            "The money left, {amount}, is {weeks} weeks of planned spending ({weekly} a week). "
            "This is above the agreed buffer of {low} to {high} weeks, by {extra}. The ICB or "
            "council may ask for money above {high} weeks of spending to be paid back.",
        ).format(extra=(measured - high).format(), **values)
    else:
        status = BufferStatus.WITHIN
        message = translate(
            "Monitoring",
            "The money left, {amount}, is {weeks} weeks of planned spending ({weekly} a week). "
            "This is within the agreed buffer of {low} to {high} weeks.",
        ).format(**values)
    return BufferComparison(
        status, measured, weekly_planned, weeks, buffer_weeks, surplus_weeks, message + note
    )
