"""Plans for the spending records' tests, with their figures worked out by hand.

``year_plan()``: a 12-month period, 1 April 2027 – 31 March 2028 (366 days: it holds the leap day,
29 February 2028). Outcomes o1, o2, o3. Lines (each occurrence's cost, and the whole period):

- ``w`` weekly from Monday 5 April 2027, £13.37 × 2.5 = £33.425 a time: Mondays 5 April 2027 …
  27 March 2028 = 52 times; 52 × 33.425 = £1,738.10. Serves o1.
- ``f`` every 4 weeks from 15 April 2027, £22.00: 15 April + 28k up to 31 March 2028 (351 days
  later; 351 // 28 = 12) = 13 times = £286.00. Serves o1.
- ``m`` monthly from 31 May 2027, £100.00: 31 May, 30 June, 31 July, 31 August, 30 September,
  31 October, 30 November, 31 December, 31 January, 29 February 2028 (clamped), 31 March
  = 11 times = £1,100.00. Serves o1, o2, o3.
- ``o`` once on 14 September 2027, £650.00. Serves o2, o3.
- ``a`` annually from 1 April 2027 (the period start), £85.00: once. Serves o1, o2, o3.
- ``n`` once on 20 April 2027, £120.00, managed notionally (the NHS pays): never in the records.

Counted lines over the whole period: 1,738.10 + 286 + 1,100 + 650 + 85 = £3,859.10.

``quarter_plan()``: 1 April – 30 June 2027 (91 days), paid monthly (1 April, 1 May, 1 June);
one weekly line ``p`` on Fridays from 2 April 2027 (2, 9, 16, 23, 30 April; 7, 14, 21, 28 May;
4, 11, 18, 25 June = 13 times).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from phbplanner.domain.money import Money
from phbplanner.domain.plan import (
    Budget,
    Management,
    Outcome,
    PaymentSchedule,
    Plan,
    SupportLine,
)
from phbplanner.domain.schedule import Frequency, Schedule

START, END = date(2027, 4, 1), date(2028, 3, 31)
MID = date(2027, 9, 30)


def support(
    line_id: str,
    unit: str,
    frequency: Frequency,
    first: date,
    outcomes: tuple[str, ...],
    *,
    quantity: str = "1",
    management: Management | None = Management.DIRECT_PAYMENT,
    description: str | None = None,
) -> SupportLine:
    return SupportLine(
        id=line_id, description=description or f"Line {line_id}", unit_cost=Money.parse(unit),
        quantity=Decimal(quantity), schedule=Schedule(frequency, first), management=management,
        outcomes=outcomes,
    )  # fmt: skip


YEAR_LINES = (
    support("w", "13.37", Frequency.WEEKLY, date(2027, 4, 5), ("o1",), quantity="2.5",
            description="Personal assistant"),
    support("f", "22.00", Frequency.FOUR_WEEKLY, date(2027, 4, 15), ("o1",),
            description="Taxi to hydrotherapy"),
    support("m", "100.00", Frequency.MONTHLY, date(2027, 5, 31), ("o1", "o2", "o3"),
            description="Payroll service"),
    support("o", "650.00", Frequency.ONCE, date(2027, 9, 14), ("o2", "o3"),
            description="Short break"),
    support("a", "85.00", Frequency.ANNUALLY, START, ("o1", "o2", "o3"),
            description="Insurance"),
    support("n", "120.00", Frequency.ONCE, date(2027, 4, 20), ("o1",),
            management=Management.NOTIONAL, description="Walking frame"),
)  # fmt: skip

OUTCOMES = (Outcome("o1", "Walk to the shops"), Outcome("o2", "See friends"),
            Outcome("o3", "Paint again"))  # fmt: skip


def year_plan(
    indicative: str = "4500.00",
    schedule: PaymentSchedule | None = PaymentSchedule.FOUR_WEEKLY,
    lines: tuple[SupportLine, ...] = YEAR_LINES,
) -> Plan:
    return Plan(
        outcomes=OUTCOMES,
        support_lines=lines,
        budget=Budget(
            indicative=Money.parse(indicative), period_start=START, period_end=END,
            payment_schedule=schedule,
        ),
    )  # fmt: skip


def quarter_plan(weekly: str = "200.00", indicative: str = "3000.00") -> Plan:
    return Plan(
        outcomes=(Outcome("o1", "Live at home"),),
        support_lines=(
            support("p", weekly, Frequency.WEEKLY, date(2027, 4, 2), ("o1",),
                    description="Personal assistant"),
        ),
        budget=Budget(
            indicative=Money.parse(indicative), period_start=date(2027, 4, 1),
            period_end=date(2027, 6, 30), payment_schedule=PaymentSchedule.MONTHLY,
        ),
    )  # fmt: skip


def spending() -> list[tuple[str, str | None, str, int]]:
    """What was spent from 1 April to 30 September 2027 (SQL's rows; money out negative)."""
    return [
        ("plan_line", "w", "2027-04", -13370),
        ("plan_line", "w", "2027-05", -16713),
        ("plan_line", "w", "2027-06", -13370),
        ("plan_line", "w", "2027-07", -20000),
        ("plan_line", "w", "2027-08", -20000),
        ("plan_line", "w", "2027-09", -6547),  # w: 900.00 out
        ("plan_line", "w", "2027-09", 2000),  # a refund from the agency: w spent 880.00
        ("plan_line", "f", "2027-04", -4400),
        ("plan_line", "f", "2027-06", -15600),  # f: 200.00
        *[("plan_line", "m", f"2027-{m:02d}", -10000) for m in range(5, 10)],  # m: 500.00
        ("plan_line", "a", "2027-04", -8500),
        ("plan_line", "s99", "2027-05", -3000),  # a line since removed from the plan
        ("bank_charge", None, "2027-06", -500),
        ("unassigned", None, "2027-08", -4000),
        ("refund", None, "2027-07", 1500),
        ("budget_payment", None, "2027-04", 100000),  # money in from the ICB: not spending
        ("plan_line", "w", "2027-10", -99999),  # after the date: not counted
        ("plan_line", "w", "2027-03", -77777),  # before the period: not counted
    ]
