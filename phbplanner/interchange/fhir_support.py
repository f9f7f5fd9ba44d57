"""Support as ``CarePlan.activity``: paid lines with their schedule and cost, and unpaid support.

A schedule becomes a FHIR ``Timing`` whenever its first date is known (the line's own, or the
budget period's start): ``once`` as a single event, the others as a repeat every 1, 2 or 4 weeks
(on the first date's weekday) or every 1 or 3 months or 1 year, bounded by the first date and the
line's last date or the end of the budget period. ``Timing.code.text`` carries the schedule in
words as well. Without a first date the words alone go in ``scheduledString``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..domain.categories import category_label
from ..domain.costing import LineCost
from ..domain.plan import Management, Plan, SupportLine, UnpaidSupport
from ..domain.schedule import Frequency, Schedule
from .fhir_common import CS, ID, SD, complex_extension, money
from .fhir_people import People

# FHIR ``Timing.repeat`` period and unit for each repeating frequency.
REPEAT: dict[Frequency, tuple[int, str]] = {
    Frequency.WEEKLY: (1, "wk"),
    Frequency.FORTNIGHTLY: (2, "wk"),
    Frequency.FOUR_WEEKLY: (4, "wk"),
    Frequency.MONTHLY: (1, "mo"),
    Frequency.QUARTERLY: (3, "mo"),
    Frequency.ANNUALLY: (1, "a"),
}
# Weekday codes of FHIR's days-of-week value set, Monday first (as ``date.weekday()``).
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# Frequencies whose occurrences all fall on the first date's weekday.
WEEK_BASED = frozenset({Frequency.WEEKLY, Frequency.FORTNIGHTLY, Frequency.FOUR_WEEKLY})


def timing(schedule: Schedule, period_start: date | None, period_end: date | None) -> Any:
    """``("scheduledTiming", Timing)`` or ``("scheduledString", words)`` for a schedule."""
    words = schedule.describe(period_start)
    first = schedule.first or period_start
    ends = [day for day in (schedule.last, period_end) if day is not None]
    end = min(ends) if ends else None
    if first is None or (
        end is not None and end < first and schedule.frequency is not Frequency.ONCE
    ):
        return "scheduledString", words
    if schedule.frequency is Frequency.ONCE:
        return "scheduledTiming", {"event": [first.isoformat()], "code": {"text": words}}
    period, unit = REPEAT[schedule.frequency]
    repeat: dict[str, Any] = {
        "boundsPeriod": {"start": first.isoformat(), "end": end.isoformat() if end else None},
        "frequency": 1,
        "period": period,
        "periodUnit": unit,
    }
    if schedule.frequency in WEEK_BASED:
        repeat["dayOfWeek"] = [WEEKDAYS[first.weekday()]]
    return "scheduledTiming", {"repeat": repeat, "code": {"text": words}}


def _plan_item(kind: str, item_id: str) -> dict[str, Any]:
    return {"url": SD + "plan-item", "valueIdentifier": {"system": ID + kind, "value": item_id}}


def _goal_refs(outcome_ids: tuple[str, ...], goals: dict[str, dict[str, Any]]) -> list[Any]:
    return [goals[oid] for oid in dict.fromkeys(outcome_ids) if oid in goals]


def paid_activity(
    line: SupportLine,
    cost: LineCost | None,
    plan: Plan,
    people: People,
    goals: dict[str, dict[str, Any]],
    status: str,
) -> dict[str, Any]:
    """The activity of a paid support line; ``cost`` is ``None`` when the budget period is not
    known (then only the unit cost and quantity are given, nothing can be counted)."""
    cost_parts: list[tuple[str, str, Any]] = [
        ("unitCost", "Money", money(line.unit_cost)),
        ("quantity", "Decimal", line.quantity),
    ]
    if cost is not None:
        cost_parts += [
            ("occurrences", "Integer", cost.occurrences),
            ("periodCost", "Money", money(cost.period_cost)),
            ("weeklyEquivalent", "Money", money(cost.weekly)),
        ]
    management = line.management.value if isinstance(line.management, Management) else None
    extensions = [
        _plan_item("support-line", line.id),
        complex_extension("support-cost", cost_parts),
        {"url": SD + "support-management", "valueCode": management} if management else None,
    ]
    label = category_label(line.category)
    kind, when = timing(line.schedule, plan.budget.period_start, plan.budget.period_end)
    provider = people.providers.get(line.id)
    detail: dict[str, Any] = {
        "code": {
            "coding": [{"system": CS + "support-category", "code": str(line.category)}],
            "text": label,
        },
        "goal": _goal_refs(line.outcomes, goals),
        "status": status,
        kind: when,
        "performer": [provider.ref()] if provider is not None else None,
        "quantity": {"value": line.quantity},
        "description": line.description,
    }
    return {"extension": extensions, "detail": detail}


def unpaid_activity(
    item: UnpaidSupport, people: People, goals: dict[str, dict[str, Any]], status: str
) -> dict[str, Any]:
    """The activity of unpaid support: who (a reference when they are named elsewhere in the
    plan, else their name), what, when (as words) and the outcomes it serves."""
    performer = people.ref_for(item.who)
    detail = {
        "goal": _goal_refs(item.outcomes, goals),
        "status": status,
        "scheduledString": item.when,
        "performer": [performer] if performer is not None else None,
        "description": item.what,
    }
    return {"extension": [_plan_item("unpaid-support", item.id)], "detail": detail}
