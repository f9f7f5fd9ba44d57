"""A personal assistant in the plan: the calculator's inputs kept as an :class:`Employment`,
the PA's support lines (one group), and working them out again.

The calculator's answers are kept in the plan's ``employments`` section, keyed by the group of
the lines they made (``pa.1``), so a recalculation — new rates, a new budget period, a changed
answer — starts from exactly what the person said. Plans whose PA lines were made before the
answers were kept (by ``pa-costs`` or an older program) are read back from the lines
(:func:`~phbplanner.domain.employment_lines.inputs_from_group`), asking again for the rest.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from .employment import PACosts, calculate_pa_costs
from .employment_lines import (
    PAGroup,
    inputs_from_group,
    key_of_group,
    new_pa_key,
    pa_group_id,
    pa_groups,
    pa_support_lines,
    parse_pa_line_id,
    replace_pa_lines,
)
from .employment_model import PAInputs
from .employment_rates import RatesBook
from .employment_words import LineKind
from .errors import PHBError
from .plan import Employment, Management, Plan, SupportLine, WeeklyHours
from .text import translate


def inputs_of(employment: Employment) -> PAInputs:
    """The calculator's inputs kept in an employment."""
    pattern = employment.pattern.days() if employment.pattern is not None else None
    return PAInputs(
        name=employment.name,
        hourly_rate=employment.hourly_rate,
        hours_per_week=employment.hours_per_week,
        pattern=pattern,
        weeks_per_year=employment.weeks_per_year,
        age_band=employment.age_band,
        only_employee=employment.only_employee,
        employment_allowance=employment.employment_allowance,
        pension_opt_out=employment.pension_opt_out,
        first_day=employment.first_day,
        insurance=employment.insurance,
        payroll=employment.payroll,
        dbs=employment.dbs,
        training=employment.training,
        recruitment=employment.recruitment,
        sick_weeks_a_year=employment.sick_weeks_a_year,
        sickness_contingency=employment.sickness_contingency,
    )


def employment_of(group: str, inputs: PAInputs) -> Employment:
    """The employment that keeps ``inputs`` for the lines of ``group``."""
    pattern = None
    if inputs.pattern is not None:
        days = (*inputs.pattern, *([Decimal(0)] * 7))[:7]
        pattern = WeeklyHours(*days)
    return Employment(
        id=group,
        name=inputs.name.strip(),
        hourly_rate=inputs.hourly_rate,
        hours_per_week=inputs.weekly_hours() if pattern is None else Decimal(0),
        pattern=pattern,
        weeks_per_year=inputs.weeks_per_year,
        age_band=inputs.age_band,
        only_employee=inputs.only_employee,
        employment_allowance=inputs.employment_allowance,
        pension_opt_out=inputs.pension_opt_out,
        first_day=inputs.first_day,
        insurance=inputs.insurance,
        payroll=inputs.payroll,
        dbs=inputs.dbs,
        training=inputs.training,
        recruitment=inputs.recruitment,
        sick_weeks_a_year=inputs.sick_weeks_a_year,
        sickness_contingency=inputs.sickness_contingency,
    )


def employment_in(plan: Plan, group: str) -> Employment | None:
    """The plan's employment for ``group``, if its answers were kept."""
    return next((item for item in plan.employments if item.id == group), None)


def group_lines(plan: Plan, group: str) -> tuple[SupportLine, ...]:
    """The support lines of ``group``, in the plan's order (by their group, or for lines made
    before groups were kept, by their ``pa.<key>.<kind>`` ids)."""
    key = key_of_group(group)
    return tuple(
        line
        for line in plan.support_lines
        if line.group == group
        or (not line.group and key is not None and (parse_pa_line_id(line.id) or ("",))[0] == key)
    )


def pa_group_of(line: SupportLine) -> str | None:
    """The PA group a support line belongs to, or ``None`` for a line of its own."""
    if line.group and key_of_group(line.group) is not None:
        return line.group
    found = parse_pa_line_id(line.id)
    return pa_group_id(found[0]) if found is not None else None


def line_kind(line: SupportLine) -> LineKind | None:
    """What a line made by the PA calculator pays for (wages, holiday pay, …), or ``None``."""
    found = parse_pa_line_id(line.id)
    return found[1] if found is not None else None


@dataclass(frozen=True)
class PAInPlan:
    """One personal assistant in a plan: its group, the answers and the lines."""

    group: str
    inputs: PAInputs
    #: True when the answers were kept (an employment); False when read back from the lines
    kept: bool
    lines: tuple[SupportLine, ...]

    @property
    def name(self) -> str:
        """The PA's name (or "your PA")."""
        return self.inputs.display_name()


def pas_in_plan(plan: Plan) -> list[PAInPlan]:
    """Every PA in the plan: each employment, and each group of calculator lines without one."""
    found: list[PAInPlan] = []
    seen: set[str] = set()
    for employment in plan.employments:
        seen.add(employment.id)
        found.append(
            PAInPlan(employment.id, inputs_of(employment), True, group_lines(plan, employment.id))
        )
    for key, group in pa_groups(plan.support_lines).items():
        group_id = pa_group_id(key)
        if group_id not in seen:
            seen.add(group_id)
            found.append(
                PAInPlan(group_id, inputs_from_group(group), False, group_lines(plan, group_id))
            )
    return found


def pa_in_plan(plan: Plan, group: str) -> PAInPlan | None:
    """The PA of ``group`` in the plan, if there is one."""
    return next((pa for pa in pas_in_plan(plan) if pa.group == group), None)


def new_group(plan: Plan) -> str:
    """A group for a new PA, free among the plan's lines and employments: ``pa.1``, ``pa.2``…"""
    return pa_group_id(new_pa_key(plan.support_lines, (e.id for e in plan.employments)))


class NoBudgetPeriodError(PHBError):
    """The plan has no budget period yet, so nothing can be costed over it."""

    exit_code = 1


def _period(plan: Plan) -> tuple[date, date]:
    start, end = plan.budget.period_start, plan.budget.period_end
    if start is None or end is None:
        raise NoBudgetPeriodError(
            translate(
                "PACosts",
                "Set the budget period on “My budget” first: the costs are worked out over it.",
            )
        )
    return start, end


def pa_plan_costs(plan: Plan, inputs: PAInputs, rates: RatesBook) -> PACosts:
    """What employing the PA costs over the plan's budget period (raises the calculation's own
    errors, and :class:`NoBudgetPeriodError` when the plan has no period yet)."""
    start, end = _period(plan)
    return calculate_pa_costs(inputs, start, end, rates)


@dataclass(frozen=True)
class PAPlanChange:
    """What adding or recalculating a PA does to the plan's lines and employments.

    ``lines`` is the plan's whole new list of support lines; ``added``, ``updated`` and
    ``removed`` name the support lines that change; ``employment`` is kept for the group.
    """

    group: str
    costs: PACosts
    lines: tuple[SupportLine, ...]
    employment: Employment
    added: tuple[str, ...]
    updated: tuple[str, ...]
    removed: tuple[str, ...]
    #: the employment changes too (new answers, or kept for the first time)
    employment_changed: bool

    @property
    def changed(self) -> bool:
        """True when saving would change the plan."""
        return bool(self.added or self.updated or self.removed or self.employment_changed)


def plan_pa(
    plan: Plan,
    inputs: PAInputs,
    rates: RatesBook,
    *,
    group: str | None = None,
    outcomes: tuple[str, ...] = (),
    management: Management | None = None,
) -> PAPlanChange:
    """Work out a PA's lines over the plan's period: new lines for a new PA (``group`` None:
    a fresh group, linked to ``outcomes`` and ``management``), or the recalculated lines of an
    existing group, keeping what the person changed on them."""
    costs = pa_plan_costs(plan, inputs, rates)
    if group is None:
        group = new_group(plan)
        key = key_of_group(group)
        assert key is not None
        made = pa_support_lines(costs, key, outcomes=outcomes, management=management)
        employment = employment_of(group, inputs)
        return PAPlanChange(
            group, costs, (*plan.support_lines, *made), employment,
            added=tuple(line.id for line in made), updated=(), removed=(),
            employment_changed=True,
        )  # fmt: skip
    key = key_of_group(group)
    if key is None:
        raise ValueError(f"{group!r} is not a group made by the PA calculator")
    before = pa_in_plan(plan, group)
    fresh = pa_support_lines(costs, key, outcomes=outcomes, management=management)
    old_name = before.inputs.name if before is not None else None
    # Lines made before groups were kept join the group now.
    grouped = tuple(
        replace(line, group=group) if not line.group and pa_group_of(line) == group else line
        for line in plan.support_lines
    )
    changes = replace_pa_lines(grouped, key, fresh, old_name=old_name)
    employment = employment_of(group, inputs)
    original = {line.id: line for line in plan.support_lines}
    return PAPlanChange(
        group, costs, changes.lines, employment,
        added=changes.added,
        updated=tuple(
            line.id for line in changes.lines
            if line.id in original and original[line.id] != line
        ),
        removed=changes.removed,
        employment_changed=employment_in(plan, group) != employment,
    )  # fmt: skip


def _figures(line: SupportLine) -> tuple[object, ...]:
    return (line.unit_cost, line.quantity, line.schedule)


def pa_out_of_date(plan: Plan, group: str, rates: RatesBook) -> bool:
    """True when working the PA's lines out again would change their figures (the rates, the
    budget period or a line's cost changed since they were made). False when it cannot be
    worked out at all (no period, no rates for a date): the calculator says why when opened."""
    pa = pa_in_plan(plan, group)
    if pa is None or not pa.lines:
        return False  # no lines left in the plan: nothing to be out of date
    try:
        change = plan_pa(plan, pa.inputs, rates, group=group)
    except (PHBError, ValueError):
        return False
    if change.added or change.removed:
        return True
    before = {line.id: _figures(line) for line in plan.support_lines}
    return any(
        before.get(line.id) != _figures(line) for line in change.lines if line.id in change.updated
    )


__all__ = [
    "NoBudgetPeriodError",
    "PAGroup",
    "PAInPlan",
    "PAPlanChange",
    "employment_in",
    "employment_of",
    "group_lines",
    "inputs_of",
    "line_kind",
    "new_group",
    "pa_group_of",
    "pa_in_plan",
    "pa_out_of_date",
    "pa_plan_costs",
    "pas_in_plan",
    "plan_pa",
]
