"""A hand-worked quarter of spending records for the monitoring return's tests.

The plan is the report tests' sample plan (Siân's): lines l1 (PA for walks → outcome o1),
l2 (hydrotherapy → o1 and o2), l3 (mattress → o2), l4 (payroll → o1).

Opening balance £1,000.00 on 1 April 2026; the entries, worked out by hand:

| id | date   | amount    | for                          | documents | balance after |
|----|--------|-----------|------------------------------|-----------|---------------|
| 1  | 1 Apr  | +3,000.00 | budget payment               |           | 4,000.00      |
| 2  | 3 Apr  |    −43.50 | l1                           | 1         | 3,956.50      |
| 3  | 10 Apr |   −150.00 | split: l1 −100.00, l4 −50.00 | 2         | 3,806.50      |
| 4  | 15 Apr |     −2.50 | bank charge                  |           | 3,804.00      |
| 5  | 20 Apr |    −60.00 | not yet assigned             |           | 3,744.00      |
| 6  | 2 May  |    +20.00 | l1 (money back for the line) |           | 3,764.00      |
| 7  | 5 May  |    +15.00 | refund                       |           | 3,779.00      |
| 8  | 10 May |    −12.00 | l4                           |           | 3,767.00      |
| 9  | 1 Jun  |   −200.00 | "old" (no longer in the plan)| 1         | 3,567.00      |

Money in 3,035.00; money out 468.00; closing 1,000 + 3,035 − 468 = 3,567.00.
By line: l1 143.50 out (2 payments), 20.00 refunded; l2 0; l3 0; l4 62.00 (2); Gym membership
200.00; bank charge 2.50; not yet assigned 60.00 — together 468.00.
By outcome: o1 = l1 + l4 = 205.50; o2 = 0; not linked (the old line) 200.00; not for a plan line
62.50 — together 468.00. Without a receipt: entries 5 and 8 (72.00); the bank charge needs none.
"""

from __future__ import annotations

from datetime import date

from phbplanner.domain.money import Money
from phbplanner.domain.monitoring import (
    EntryPart,
    EntryPurpose,
    ReturnEntry,
    ReturnHeader,
    plan_refs,
)
from phbplanner.domain.return_periods import ReturnPeriod

from ..reports.pdf_plans import sample_plan

PERIOD = ReturnPeriod(date(2026, 4, 1), date(2026, 6, 30))
OPENING = Money.parse("1000.00")
P = EntryPurpose


def m(text: str) -> Money:
    return Money.parse(text, allow_negative=True)


def quarter_entries() -> list[ReturnEntry]:
    """The nine entries of the table above (in a shuffled order: the return sorts them)."""
    return [
        ReturnEntry(9, date(2026, 6, 1), m("-200.00"), "Fit4Life", "Gym membership, June",
                    P.PLAN_LINE, "old", "Gym membership", documents=("gym.pdf",)),
        ReturnEntry(1, date(2026, 4, 1), m("3000.00"), "Herefordshire ICB", "Quarter 1 payment",
                    P.BUDGET_PAYMENT, reference="PHB Q1"),
        ReturnEntry(2, date(2026, 4, 3), m("-43.50"), "Łukasz Nowak", "wages",
                    P.PLAN_LINE, "l1", documents=("wages-april.pdf",)),
        ReturnEntry(3, date(2026, 4, 10), m("-150.00"), "Brontë Payroll", "PA wages and payroll",
                    P.PLAN_LINE,
                    parts=(EntryPart("l1", m("-100.00")), EntryPart("l4", m("-50.00"))),
                    documents=("payslip.PDF", "invoice.jpg")),
        ReturnEntry(4, date(2026, 4, 15), m("-2.50"), "Bank", "Monthly fee", P.BANK_CHARGE),
        ReturnEntry(5, date(2026, 4, 20), m("-60.00"), "Tesco", "=HYPERLINK(\"x\")",
                    P.UNASSIGNED),
        ReturnEntry(6, date(2026, 5, 2), m("20.00"), "Łukasz Nowak", "Overpaid wages back",
                    P.PLAN_LINE, "l1"),
        ReturnEntry(7, date(2026, 5, 5), m("15.00"), "Aqua Health", "Cancelled session",
                    P.REFUND),
        ReturnEntry(8, date(2026, 5, 10), m("-12.00"), "Brontë Payroll", "Payroll, May",
                    P.PLAN_LINE, "l4"),
    ]  # fmt: skip


def header() -> ReturnHeader:
    """Siân's direct payment account, for plan version 3."""
    return ReturnHeader(
        person_name="Siân Williams",
        account_name="Direct payment account",
        plan_label="Plan version 3 (agreed)",
        plan_fingerprint="ab12" * 16,
        budget_start=date(2026, 4, 6),
        budget_end=date(2027, 4, 5),
    )


def refs() -> dict[str, object]:
    """``plan_lines`` and ``outcomes`` of the sample plan, as keyword arguments."""
    lines, outcomes = plan_refs(sample_plan())
    return {"plan_lines": lines, "outcomes": outcomes}
