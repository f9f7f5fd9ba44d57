"""Small plans built in code for domain tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from phbplanner.domain.categories import Category
from phbplanner.domain.money import Money
from phbplanner.domain.plan import (
    Budget,
    CareCoordinator,
    Contingency,
    ContingencyPlan,
    Management,
    Outcome,
    Plan,
    Reviews,
    Risk,
    SupportLine,
)
from phbplanner.domain.schedule import Frequency, Schedule


def line(
    line_id: str = "s1",
    unit: str = "10.00",
    quantity: str = "1",
    frequency: Frequency = Frequency.WEEKLY,
    first: date | None = None,
    last: date | None = None,
    outcomes: tuple[str, ...] = ("o1",),
    management: Management | None = Management.DIRECT_PAYMENT,
    category: Category = Category.PERSONAL_ASSISTANT,
    description: str = "Personal assistant",
) -> SupportLine:
    return SupportLine(
        id=line_id, description=description, category=category,
        unit_cost=Money.parse(unit), quantity=Decimal(quantity),
        schedule=Schedule(frequency, first, last), management=management, outcomes=outcomes,
    )  # fmt: skip


def ready_plan(lines: tuple[SupportLine, ...] | None = None, indicative: str = "5000.00") -> Plan:
    """A minimal plan that passes every readiness check."""
    return Plan(
        outcomes=(Outcome("o1", "Walk to the shops"),),
        support_lines=lines if lines is not None else (line(),),
        budget=Budget(
            indicative=Money.parse(indicative), period_start=date(2026, 4, 1),
            period_end=date(2027, 3, 31), contingency=Contingency(percent=Decimal("5")),
            management_summary="Direct payment",
        ),
        risks=(Risk("r1", "A fall"),),
        contingency_plan=ContingencyPlan(triggers="I fall", what_should_happen="Call Ffion"),
        care_coordinator=CareCoordinator("Grace Okafor"),
        reviews=Reviews(first_review=date(2026, 6, 30)),
    )  # fmt: skip
