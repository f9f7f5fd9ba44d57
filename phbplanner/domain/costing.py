"""The costing rule of SPEC §3: line costs over the budget period, totals and what is left."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from .categories import Category
from .money import Money, round_half_up
from .plan import Budget, Management, Plan, SupportLine
from .schedule import Schedule, count_occurrences


@dataclass(frozen=True, slots=True)
class LineCost:
    """What one support line costs over the budget period."""

    id: str
    occurrences: int
    period_cost: Money
    weekly: Money


@dataclass(frozen=True)
class PlanCosting:
    """Every figure of "My budget"."""

    lines: tuple[LineCost, ...]
    indicative: Money
    planned_total: Money
    contingency: Money
    committed: Money  # planned total + contingency
    remaining: Money  # indicative - committed (negative when over budget)
    within_budget: bool
    days_in_period: int
    weekly_total: Money
    by_outcome: dict[str, Money]
    by_management: dict[str, Money]
    by_category: dict[str, Money]
    unallocated: Money  # cost of lines that serve no outcome

    def line(self, line_id: str) -> LineCost:
        """The costing of the line with ``line_id``."""
        for item in self.lines:
            if item.id == line_id:
                return item
        raise KeyError(line_id)


def line_period_cost(unit_cost: Money, quantity: Decimal, occurrences: int) -> Money:
    """unit cost × quantity × occurrences, rounded once to the penny, half up."""
    return Money(round_half_up(Decimal(unit_cost.pence) * quantity * occurrences))


def days_in_period(start: date, end: date) -> int:
    """Days in the budget period counting both ends (0 if the end is before the start)."""
    return max(0, (end - start).days + 1)


def weekly_equivalent(period_cost: Money, days: int) -> Money:
    """The period cost × 7 / days in the period, to the penny (half up)."""
    if days <= 0:
        return Money(0)
    return Money(round_half_up(Decimal(period_cost.pence) * 7 / Decimal(days)))


def contingency_amount(budget: Budget) -> Money:
    """The reserve in money: the fixed amount, or the percentage of the indicative budget."""
    if budget.contingency.amount is not None:
        return budget.contingency.amount
    if budget.contingency.percent is not None and budget.indicative is not None:
        return Money(
            round_half_up(Decimal(budget.indicative.pence) * budget.contingency.percent / 100)
        )
    return Money(0)


def cost_line(line: SupportLine, start: date, end: date) -> LineCost:
    """Cost one line over the period ``start``..``end``."""
    occurrences = count_occurrences(line.schedule, start, end)
    cost = line_period_cost(line.unit_cost, line.quantity, occurrences)
    return LineCost(line.id, occurrences, cost, weekly_equivalent(cost, days_in_period(start, end)))


class CostCache:
    """Line costs remembered between costings of successive versions of one plan.

    Plans are immutable and an edit replaces only the items it changes, so a line that is the
    very same object, costed over the same period, costs the same: it is not worked out again.
    """

    def __init__(self) -> None:
        self._entries: dict[int, tuple[SupportLine, date, date, LineCost]] = {}

    def cost(self, line: SupportLine, start: date, end: date, keep: dict[int, Any]) -> LineCost:
        """The cost of ``line`` (from the cache when unchanged); recorded in ``keep``."""
        entry = self._entries.get(id(line))
        if entry is not None and entry[0] is line and entry[1] == start and entry[2] == end:
            result = entry[3]
        else:
            result = cost_line(line, start, end)
        keep[id(line)] = (line, start, end, result)
        return result

    def replace(self, entries: dict[int, Any]) -> None:
        """Keep only the lines of the latest costing (so old plans are not held in memory)."""
        self._entries = entries


def share_between_outcomes(pence: int, served: Sequence[str]) -> list[tuple[str, int]]:
    """``pence`` shared equally between the ``served`` outcomes, the odd pennies to the first.

    The one rule for every figure by outcome: the plan's breakdown, planned vs actual, the
    monitoring return — so they always agree.
    """
    share, extra = divmod(pence, len(served))
    return [(oid, share + (1 if index < extra else 0)) for index, oid in enumerate(served)]


def cost_plan(plan: Plan, cache: CostCache | None = None) -> PlanCosting:
    """Cost every line of ``plan`` and work out the budget figures.

    Without a budget period every line costs £0.00 (nothing can fall inside an unknown period).
    A line serving several outcomes is shared equally between them in the outcome breakdown.
    With a :class:`CostCache`, lines unchanged since the last costing are not costed again.
    """
    budget = plan.budget
    start, end = budget.period_start, budget.period_end
    days = days_in_period(start, end) if start and end else 0
    costs: list[LineCost] = []
    # Sums are kept in whole pence (ints) and turned into Money once at the end.
    by_outcome: dict[str, int] = {outcome.id: 0 for outcome in plan.outcomes}
    by_management: dict[str, int] = {}
    by_category: dict[str, int] = {}
    unallocated = 0
    total = 0
    kept: dict[int, Any] = {}
    for line in plan.support_lines:
        if start is None or end is None:
            cost = LineCost(line.id, 0, Money(0), Money(0))
        elif cache is not None:
            cost = cache.cost(line, start, end, kept)
        else:
            cost = cost_line(line, start, end)
        costs.append(cost)
        pence = cost.period_cost.pence
        total += pence
        key = line.management.value if isinstance(line.management, Management) else "unstated"
        by_management[key] = by_management.get(key, 0) + pence
        category = (
            line.category.value if isinstance(line.category, Category) else str(line.category)
        )
        by_category[category] = by_category.get(category, 0) + pence
        served = [oid for oid in dict.fromkeys(line.outcomes) if oid in by_outcome]
        if not served:
            unallocated += pence
        else:
            for oid, share in share_between_outcomes(pence, served):
                by_outcome[oid] += share
    if cache is not None:
        cache.replace(kept)
    planned = Money(total)
    contingency = contingency_amount(budget)
    committed = planned + contingency
    indicative = budget.indicative or Money(0)
    remaining = indicative - committed
    return PlanCosting(
        lines=tuple(costs),
        indicative=indicative,
        planned_total=planned,
        contingency=contingency,
        committed=committed,
        remaining=remaining,
        within_budget=budget.indicative is not None and committed <= indicative,
        days_in_period=days,
        weekly_total=weekly_equivalent(planned, days),
        by_outcome={key: Money(value) for key, value in by_outcome.items()},
        by_management={key: Money(value) for key, value in by_management.items()},
        by_category={key: Money(value) for key, value in by_category.items()},
        unallocated=Money(unallocated),
    )


__all__ = [
    "CostCache",
    "LineCost",
    "PlanCosting",
    "Schedule",
    "contingency_amount",
    "cost_line",
    "cost_plan",
    "days_in_period",
    "line_period_cost",
    "weekly_equivalent",
]
