"""The spending records' domain for the 6-year shape (target: the whole status ≤ 100 ms).

Planned vs actual + expected payments + forecast + alerts (``domain.ledger_status``) for a plan
of 60 support lines of every frequency, fed the aggregates SQL gives for 72 months of records
(60,000 entries become ~4,600 rows: one per line or purpose and month). The worst case has a
budget period of the whole 72 months; the usual one a 12-month period. The SQL that makes the
aggregates is the storage layer's and is not timed here: its figure adds to this one.

Baseline: ``cost_plan`` of the same plan (what the plan pages do on every change). Also timed,
without a target: the balance check over 60,000 small tuples as a cursor would give them (the
query itself is storage's).
"""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.harness import median_seconds, report
from phbplanner.domain.balance import check_balances
from phbplanner.domain.costing import cost_plan
from phbplanner.domain.ledger_status import LedgerFigures, ledger_status
from phbplanner.domain.money import Money
from phbplanner.domain.plan import (
    Budget,
    Management,
    Outcome,
    PaymentSchedule,
    Plan,
    SupportLine,
)
from phbplanner.domain.planned import PlannedSpending, month_key
from phbplanner.domain.schedule import Frequency, Schedule, add_months

LINES, ENTRIES, SEED = 60, 60_000, 11


def generated_plan(start: date, months: int, seed: int = SEED) -> Plan:
    """A plan of 60 lines of every frequency over ``months`` months, 20 outcomes."""
    rng = random.Random(seed)
    end = add_months(start, months) - timedelta(days=1)
    outcomes = tuple(Outcome(f"o{i}", f"Outcome {i}") for i in range(1, 21))
    frequencies = list(Frequency)
    lines = []
    for i in range(1, LINES + 1):
        first = start + timedelta(days=rng.randint(0, 60))
        lines.append(
            SupportLine(
                id=f"s{i}", description=f"Support line {i}",
                unit_cost=Money(rng.randint(500, 20000)),
                quantity=Decimal(rng.randint(25, 1000)) / 100,
                schedule=Schedule(frequencies[i % len(frequencies)], first),
                management=Management.NOTIONAL if i % 15 == 0 else Management.DIRECT_PAYMENT,
                outcomes=tuple(f"o{rng.randint(1, 20)}" for _ in range(1 + i % 3)),
            )
        )  # fmt: skip
    return Plan(
        outcomes=outcomes,
        support_lines=tuple(lines),
        budget=Budget(indicative=Money(90_000_000), period_start=start, period_end=end,
                      payment_schedule=PaymentSchedule.MONTHLY),
    )  # fmt: skip


def generated_figures(plan: Plan, as_of: date, seed: int = SEED) -> LedgerFigures:
    """What storage's SQL gives for 72 months of records: per line/purpose and month sums."""
    rng = random.Random(seed)
    start = date(2021, 4, 1)
    spending = []
    month = start
    while month <= as_of:
        key = month_key(month)
        for line in plan.support_lines:
            spending.append(("plan_line", line.id, key, -rng.randint(0, 300_000)))
        spending.append(("bank_charge", None, key, -rng.randint(0, 2_000)))
        spending.append(("unassigned", None, key, -rng.randint(0, 20_000)))
        spending.append(("refund", None, key, rng.randint(0, 5_000)))
        spending.append(("budget_payment", None, key, 1_250_000))
        month = add_months(month, 1)
    payments = []
    day = plan.budget.period_start or start
    while day <= as_of:
        payments.append((day + timedelta(days=rng.randint(-2, 3)), 1_250_000))
        day = add_months(day, 1)
    return LedgerFigures(
        balance=Money(2_345_678), spending=spending, budget_payments=payments,
        receipts_missing=37, oldest_without_receipt=as_of - timedelta(days=200),
    )  # fmt: skip


def entry_tuples(count: int = ENTRIES, seed: int = SEED) -> list[tuple[date, int, int, int | None]]:
    """(date, id, pence, bank balance) for 60,000 entries over 6 years, a third from statements."""
    rng = random.Random(seed)
    rows = []
    balance = 100_000
    day = date(2021, 4, 1)
    for index in range(1, count + 1):
        if index % 28 == 0:
            day += timedelta(days=1)
        amount = -rng.randint(100, 20_000) if index % 40 else 800_000
        balance += amount
        rows.append((day, index, amount, balance if index % 3 == 0 else None))
    return rows


def main() -> None:
    six_years = generated_plan(date(2021, 4, 1), 72)
    one_year = generated_plan(date(2026, 4, 1), 12)
    mid, end = date(2024, 9, 30), date(2027, 3, 31)
    print(f"Ledger domain: {LINES} lines; aggregates of {ENTRIES:,} entries over 72 months")

    baseline = median_seconds(lambda: cost_plan(six_years))
    report("baseline: cost_plan of the 72-month plan", baseline)

    for name, plan, as_of in (
        ("72-month period, as of month 42", six_years, mid),
        ("72-month period, as of its end", six_years, end),
        ("12-month period, as of month 6", one_year, date(2026, 9, 30)),
    ):
        figures = generated_figures(plan, as_of)
        status = ledger_status(plan, figures, as_of)
        assert status.forecast is not None and status.planned_vs_actual.months
        whole = median_seconds(lambda p=plan, f=figures, d=as_of: ledger_status(p, f, d))
        report(f"status, {name}", whole, target=0.100, baseline=("cost_plan", baseline))
        planned = PlannedSpending(plan)
        reused = median_seconds(
            lambda p=plan, f=figures, d=as_of, s=planned: ledger_status(p, f, d, planned=s)
        )
        report("  the same, schedule built once per plan", reused, target=0.100)
        print(f"  ({len(figures.spending):,} aggregate rows, {len(status.alerts)} alerts)")

    rows = entry_tuples()
    checked = median_seconds(lambda: check_balances(Money(100_000), iter(rows)), repeat=7)
    report("balance check over 60,000 cursor tuples", checked)


if __name__ == "__main__":
    main()
