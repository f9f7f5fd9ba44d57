"""Planned vs actual: what the plan says should have been spent by a date, and what was.

What should have been spent on a line by a date is the plan's own costing rule applied to the
line's occurrences from the period start up to and including that date: unit cost × quantity ×
occurrences, rounded once, half up (:func:`~phbplanner.domain.costing.line_period_cost`). A
month's planned figure is the line's planned-to-date at the month's end minus that at the end of
the month before, so months add up exactly to the period.

What was spent comes as aggregates computed in SQL (:data:`SpendRow`), never as entries. Only
the lines whose money passes through the records count: those managed by direct payment or a
third party, and those whose management is not stated yet. Lines managed notionally (the NHS
pays) are left out and listed in ``left_out``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from .costing import (
    days_in_period,
    line_period_cost,
    share_between_outcomes,
    weekly_equivalent,
)
from .ledger import Purpose, purpose_label
from .money import Money
from .plan import Management, Plan, SupportLine
from .schedule import add_months, format_date, iter_occurrences
from .text import translate

#: (purpose, line id or None, month "YYYY-MM", the sum of the signed amounts in pence) — one row
#: per plan line (or other purpose) and calendar month, splits counted by their parts; money out
#: is negative, as stored. From entries dated from the period start up to the "as of" date.
SpendRow = tuple[str, str | None, str, int]

#: How the money is managed for lines whose spending is in the records.
HELD_DEFAULT = frozenset({Management.DIRECT_PAYMENT, Management.THIRD_PARTY})


def month_key(value: date) -> str:
    """ "2026-08": the calendar month of a date, as SQL's ``substr(date, 1, 7)`` gives it."""
    return f"{value.year:04d}-{value.month:02d}"


def month_end(value: date) -> date:
    """The last day of the month of ``value``."""
    return add_months(value.replace(day=1), 1) - timedelta(days=1)


def month_label(value: date) -> str:
    """ "August 2026": the month of ``value`` in words."""
    return format_date(value.replace(day=1)).split(" ", 1)[1]


class LineSchedule:
    """One line's occurrence dates inside the budget period and its costing."""

    __slots__ = ("_costs", "dates", "line")

    def __init__(self, line: SupportLine, dates: tuple[date, ...]) -> None:
        self.line = line
        self.dates = dates
        self._costs: dict[int, int] = {0: 0}

    def cost_of(self, occurrences: int) -> int:
        """The planned cost in pence of the first ``occurrences`` times, rounded once."""
        cost = self._costs.get(occurrences)
        if cost is None:
            cost = line_period_cost(self.line.unit_cost, self.line.quantity, occurrences).pence
            self._costs[occurrences] = cost
        return cost

    def planned_to(self, day: date) -> int:
        """Pence planned for occurrences up to and including ``day``."""
        return self.cost_of(bisect_right(self.dates, day))


class PlannedSpending:
    """A plan's spending schedule over its budget period, worked out once and reused.

    Holds each counted line's occurrence dates (from :func:`~phbplanner.domain.schedule.
    iter_occurrences`), so planned figures for any date or month cost a binary search.
    """

    def __init__(self, plan: Plan, held: frozenset[Management] = HELD_DEFAULT) -> None:
        self.plan = plan
        self.start = plan.budget.period_start
        self.end = plan.budget.period_end
        self.has_period = self.start is not None and self.end is not None and self.start <= self.end
        counted: list[LineSchedule] = []
        left_out: list[SupportLine] = []
        for line in plan.support_lines:
            if line.management is not None and line.management not in held:
                left_out.append(line)
                continue
            dates: tuple[date, ...] = ()
            if self.start is not None and self.end is not None and self.has_period:
                dates = tuple(iter_occurrences(line.schedule, self.start, self.end))
            counted.append(LineSchedule(line, dates))
        self.lines = tuple(counted)
        self.left_out = tuple(left_out)
        self.period_total = sum(line.cost_of(len(line.dates)) for line in self.lines)

    @property
    def days(self) -> int:
        """Days in the budget period, both ends counted (0 without a period)."""
        if not self.has_period or self.start is None or self.end is None:
            return 0
        return days_in_period(self.start, self.end)

    def weekly(self) -> Money:
        """Planned spending a week: the period's planned spending × 7 / days in the period."""
        return weekly_equivalent(Money(self.period_total), self.days)

    def planned_to(self, day: date) -> int:
        """Pence planned for every counted line up to and including ``day``."""
        return sum(line.planned_to(day) for line in self.lines)

    def between(self, after: date, until: date) -> int:
        """Pence planned for occurrences after ``after`` up to and including ``until``."""
        if until <= after:
            return 0
        return self.planned_to(until) - self.planned_to(after)

    def left_out_cost(self) -> Money:
        """What the lines left out of the records (notional) cost over the period."""
        if not self.has_period or self.start is None or self.end is None:
            return Money(0)
        return Money.total(
            line_period_cost(
                line.unit_cost,
                line.quantity,
                sum(1 for _ in iter_occurrences(line.schedule, self.start, self.end)),
            )
            for line in self.left_out
        )

    def months(self, until: date | None = None) -> list[tuple[str, date, date]]:
        """(key, first day, last day counted) of each calendar month of the period up to ``until``.

        The first month starts on the period start; the last ends on the period end or ``until``.
        """
        if not self.has_period or self.start is None or self.end is None:
            return []
        last = self.end if until is None else min(until, self.end)
        found = []
        first = self.start
        while first <= last:
            end = min(month_end(first), last)
            found.append((month_key(first), first, end))
            first = end + timedelta(days=1)
        return found


@dataclass(frozen=True, slots=True)
class Comparison:
    """Planned and spent for one row of a table (a line, an outcome, a month, or other money)."""

    key: str
    label: str
    planned: Money
    spent: Money

    @property
    def difference(self) -> Money:
        """Planned minus spent: below zero when more was spent than planned."""
        return self.planned - self.spent

    @property
    def overspent(self) -> bool:
        """Whether more was spent than planned."""
        return self.spent > self.planned


@dataclass(frozen=True, slots=True)
class LineComparison(Comparison):
    """A line's row; ``in_plan`` is False for a line the current plan no longer has."""

    in_plan: bool = True


@dataclass(frozen=True)
class PlannedVsActual:
    """Every planned-vs-actual figure as of one date.

    ``lines``: each counted line of the plan, in plan order, then lines with spending that the
    plan does not count (removed since, or notional). ``outcomes``: each outcome of the plan, then
    ``not_linked`` (lines serving no outcome, or no longer in the plan). ``other``: money not for
    a plan line (refunds, bank charges, not yet assigned), keyed by :class:`Purpose` value.
    ``months``: calendar months of the period up to the date, planned up to the date.
    """

    as_of: date
    lines: tuple[LineComparison, ...]
    outcomes: tuple[Comparison, ...]
    not_linked: Comparison
    other: tuple[Comparison, ...]
    months: tuple[Comparison, ...]
    planned_total: Money
    spent_total: Money
    left_out: tuple[str, ...]

    @property
    def overspent(self) -> tuple[LineComparison, ...]:
        """The lines on which more was spent than planned by the date."""
        return tuple(line for line in self.lines if line.overspent)


_PURPOSES = {purpose.value: purpose for purpose in Purpose}


def _purpose(value: str) -> Purpose:
    # read tolerantly: an unknown purpose is "not yet assigned"
    return _PURPOSES.get(value, Purpose.UNASSIGNED)


def planned_vs_actual(
    planned: PlannedSpending,
    spending: Iterable[SpendRow],
    as_of: date,
    *,
    former_lines: Mapping[str, str] | None = None,
) -> PlannedVsActual:
    """Planned vs actual for every line, outcome and month of the period, as of ``as_of``.

    ``spending`` is the SQL aggregate (:data:`SpendRow`); rows for months outside the period (up
    to ``as_of``) and budget payments received are not spending and are skipped.
    ``former_lines`` names lines no longer in the plan (id → description kept with the entries).
    """
    months = planned.months(as_of)
    month_keys = {key for key, _, _ in months}
    spent_by_line: dict[str, int] = {}
    spent_other: dict[Purpose, int] = {}
    spent_by_month: dict[str, int] = dict.fromkeys(month_keys, 0)
    for purpose_text, line_id, month, pence in spending:
        if month not in month_keys:
            continue
        purpose = _purpose(purpose_text)
        if purpose is Purpose.BUDGET_PAYMENT:
            continue
        spent = -pence
        spent_by_month[month] += spent
        if purpose is Purpose.PLAN_LINE and line_id is not None:
            spent_by_line[line_id] = spent_by_line.get(line_id, 0) + spent
        else:
            key = Purpose.UNASSIGNED if purpose is Purpose.PLAN_LINE else purpose
            spent_other[key] = spent_other.get(key, 0) + spent

    plan = planned.plan
    outcome_ids = [outcome.id for outcome in plan.outcomes]
    by_outcome_planned = dict.fromkeys(outcome_ids, 0)
    by_outcome_spent = dict.fromkeys(outcome_ids, 0)
    not_linked_planned = not_linked_spent = 0
    rows: list[LineComparison] = []
    counted = {schedule.line.id for schedule in planned.lines}
    plan_lines = {line.id: line for line in plan.support_lines}
    planned_total = 0
    for schedule in planned.lines:
        line = schedule.line
        planned_pence = schedule.planned_to(as_of)
        spent = spent_by_line.get(line.id, 0)
        planned_total += planned_pence
        rows.append(LineComparison(line.id, line.description, Money(planned_pence), Money(spent)))
        served = [oid for oid in dict.fromkeys(line.outcomes) if oid in by_outcome_planned]
        if not served:
            not_linked_planned += planned_pence
            not_linked_spent += spent
            continue
        for oid, share in share_between_outcomes(planned_pence, served):
            by_outcome_planned[oid] += share
        for oid, share in share_between_outcomes(spent, served):
            by_outcome_spent[oid] += share
    names = former_lines or {}
    for line_id, spent in spent_by_line.items():
        if line_id in counted:
            continue
        line_in_plan = plan_lines.get(line_id)
        label = line_in_plan.description if line_in_plan else names.get(line_id, "")
        if line_in_plan is None and not label.strip():
            label = translate("Planned", "A line no longer in the plan ({line})").format(
                line=line_id
            )
        in_plan = line_in_plan is not None
        rows.append(LineComparison(line_id, label, Money(0), Money(spent), in_plan))
        served = [] if line_in_plan is None else list(dict.fromkeys(line_in_plan.outcomes))
        served = [oid for oid in served if oid in by_outcome_spent]
        if not served:
            not_linked_spent += spent
        else:
            for oid, share in share_between_outcomes(spent, served):
                by_outcome_spent[oid] += share

    titles = {outcome.id: outcome.title for outcome in plan.outcomes}
    outcome_rows = tuple(
        Comparison(oid, titles[oid], Money(by_outcome_planned[oid]), Money(by_outcome_spent[oid]))
        for oid in outcome_ids
    )
    other = tuple(
        Comparison(purpose.value, purpose_label(purpose), Money(0), Money(spent_other[purpose]))
        for purpose in (Purpose.REFUND, Purpose.BANK_CHARGE, Purpose.UNASSIGNED)
        if purpose in spent_other
    )
    month_rows = []
    before = 0  # planned up to the end of the month before (months follow each other)
    for month, first, last in months:
        to_end = planned.planned_to(last)
        month_rows.append(
            Comparison(
                month, month_label(first), Money(to_end - before), Money(spent_by_month[month])
            )
        )
        before = to_end
    return PlannedVsActual(
        as_of=as_of,
        lines=tuple(rows),
        outcomes=outcome_rows,
        not_linked=Comparison(
            "",
            translate("Planned", "Not linked to an outcome"),
            Money(not_linked_planned),
            Money(not_linked_spent),
        ),
        other=other,
        months=tuple(month_rows),
        planned_total=Money(planned_total),
        spent_total=Money(sum(spent_by_month.values())),
        left_out=tuple(line.id for line in planned.left_out),
    )
