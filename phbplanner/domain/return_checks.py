"""The period checks of a monitoring return: what the person should see before sending it.

Each check is a plain sentence with a stable code (for the window, the CLI and tests). A return
can still be made and sent with checks outstanding; they are printed on its summary page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from .money import Money
from .schedule import format_date
from .text import translate


@dataclass(frozen=True, slots=True)
class PeriodCheck:
    """Something the person should see before sending the return; ``code`` is stable."""

    code: str
    message: str


@dataclass(frozen=True, slots=True)
class MissingPayment:
    """An expected budget payment that did not arrive."""

    expected_on: date
    amount: Money


@dataclass(frozen=True, slots=True)
class SplitMismatch:
    """A split entry whose parts do not add up to its amount."""

    entry_id: int
    date: date
    parts_total: Money
    amount: Money


def _count_text(count: int, one: str, many: str) -> str:
    """``one`` or ``many`` as ``count`` asks, its placeholders still to fill."""
    return one if count == 1 else many


def period_checks(
    *,
    closing: Money,
    bank_closing: Money | None = None,
    bank_note: str = "",
    balance_problem: str = "",
    missing_payments: Sequence[MissingPayment] = (),
    unassigned: int = 0,
    without_receipt: Sequence[Money] = (),
    splits: Sequence[SplitMismatch] = (),
    budget: tuple[date | None, date | None] | None = None,
) -> tuple[PeriodCheck, ...]:
    """The checks, most serious first.

    ``balance_mismatch`` when the bank's closing balance differs from the records' and no note
    explains it; ``balance_check`` with the spending records' own message when their balance
    check failed in the period; ``payment_missing`` for each budget payment that did not arrive;
    ``unassigned`` with the count of entries not yet assigned to a plan line; ``split_mismatch``
    for each split whose parts do not add up; ``receipts_missing`` with the count and total of
    payments out that have no receipt (``without_receipt``: their amounts); and
    ``outside_budget_period`` when ``budget`` (start, end) is given because part of the period
    lies outside it.
    """
    checks: list[PeriodCheck] = []
    if bank_closing is not None and bank_closing != closing and not bank_note.strip():
        checks.append(
            PeriodCheck(
                "balance_mismatch",
                translate(
                    "Monitoring",
                    "The bank's closing balance is {bank}, but these records come to {closing}: "
                    "a difference of {difference}. An entry may be missing or recorded twice; "
                    "if the difference is expected, write down why.",
                ).format(
                    bank=bank_closing.format(),
                    closing=closing.format(),
                    difference=abs(bank_closing - closing).format(),
                ),
            )
        )
    if balance_problem.strip():
        checks.append(PeriodCheck("balance_check", balance_problem.strip()))
    for payment in sorted(missing_payments, key=lambda p: p.expected_on):
        checks.append(
            PeriodCheck(
                "payment_missing",
                translate(
                    "Monitoring",
                    "The budget payment of {amount} expected on {date} has not arrived.",
                ).format(amount=payment.amount.format(), date=format_date(payment.expected_on)),
            )
        )
    if unassigned:
        checks.append(
            PeriodCheck(
                "unassigned",
                _count_text(
                    unassigned,
                    translate(
                        "Monitoring",
                        "1 entry is not yet assigned to a plan line. It is listed under "
                        "“Entries not assigned to a plan line”.",
                    ),
                    translate(
                        "Monitoring",
                        "{count} entries are not yet assigned to a plan line. They are listed "
                        "under “Entries not assigned to a plan line”.",
                    ),
                ).format(count=unassigned),
            )
        )
    for split in splits:
        checks.append(
            PeriodCheck(
                "split_mismatch",
                translate(
                    "Monitoring",
                    "The parts of entry {number} ({date}) add up to {parts}, not {amount}: "
                    "the rest is shown as not yet assigned.",
                ).format(
                    number=split.entry_id,
                    date=format_date(split.date),
                    parts=split.parts_total.format(),
                    amount=split.amount.format(),
                ),
            )
        )
    if without_receipt:
        checks.append(
            PeriodCheck(
                "receipts_missing",
                _count_text(
                    len(without_receipt),
                    translate(
                        "Monitoring",
                        "1 payment ({amount}) has no receipt attached. It is listed under "
                        "“Payments without a receipt”.",
                    ),
                    translate(
                        "Monitoring",
                        "{count} payments (together {amount}) have no receipt attached. They "
                        "are listed under “Payments without a receipt”.",
                    ),
                ).format(count=len(without_receipt), amount=Money.total(without_receipt).format()),
            )
        )
    if budget is not None and budget[0] is not None and budget[1] is not None:
        checks.append(
            PeriodCheck(
                "outside_budget_period",
                translate(
                    "Monitoring",
                    "Part of this period is outside the budget period ({start} to {end}).",
                ).format(start=format_date(budget[0]), end=format_date(budget[1])),
            )
        )
    return tuple(checks)
