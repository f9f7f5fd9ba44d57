"""A PA in the plan: the calculator's answers kept as an employment, the lines made as one
group that follow the costing rule, and working them out again from the group."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from phbplanner.domain.costing import cost_line
from phbplanner.domain.employment import ExtraCost, LineKind, calculate_pa_costs
from phbplanner.domain.employment_lines import pa_support_lines
from phbplanner.domain.employment_plan import (
    NoBudgetPeriodError,
    employment_of,
    group_lines,
    inputs_of,
    line_kind,
    new_group,
    pa_group_of,
    pa_in_plan,
    pa_out_of_date,
    pas_in_plan,
    plan_pa,
)
from phbplanner.domain.employment_rates import AgeBand, RatesBook
from phbplanner.domain.money import Money
from phbplanner.domain.plan import Budget, Management, Plan
from phbplanner.domain.schedule import Frequency
from phbplanner.interchange.plan_json import document_version, dumps_plan, loads_plan

from .employment_rates import SPANNING, pa, shipped_rates
from .plans import line, ready_plan


def test_the_answers_are_kept_exactly_and_read_back() -> None:
    answers = pa(
        "13.10", "0", pattern=(Decimal(3), Decimal(0), Decimal("4.5"), *[Decimal(0)] * 4),
        weeks_per_year=Decimal(46), age_band=AgeBand.AGE_18_TO_20, only_employee=False,
        employment_allowance=False, pension_opt_out=True, first_day=date(2026, 4, 8),
        insurance=ExtraCost(Money.parse("80.00"), Frequency.ANNUALLY),
        sick_weeks_a_year=Decimal(1), sickness_contingency=Money.parse("300.00"),
    )  # fmt: skip
    kept = employment_of("pa.3", answers)
    assert kept.id == "pa.3" and kept.pattern is not None
    assert kept.pattern.wednesday == Decimal("4.5")
    back = inputs_of(kept)
    assert replace(back, hours_per_week=Decimal(0)) == replace(answers, hours_per_week=Decimal(0))
    assert back.weekly_hours() == Decimal("7.5")
    # the same answers give the same costs
    assert (
        calculate_pa_costs(back, *SPANNING, shipped_rates()).total
        == calculate_pa_costs(answers, *SPANNING, shipped_rates()).total
    )


def test_a_new_pa_makes_one_group_of_lines_that_follow_the_costing_rule() -> None:
    plan = ready_plan(indicative="20000.00")
    change = plan_pa(
        plan, pa("12.71", "15"), shipped_rates(), outcomes=("o1",),
        management=Management.DIRECT_PAYMENT,
    )  # fmt: skip
    assert change.group == "pa.1" and change.employment.id == "pa.1"
    made = [item for item in change.lines if item.id in change.added]
    assert [item.id for item in change.lines[:1]] == ["s1"]  # the plan's own line stays first
    assert {item.group for item in made} == {"pa.1"}
    assert all(item.outcomes == ("o1",) for item in made)
    # Anna's worked example (docs/pa-costs.md): £12,219.05 over the period, line by line.
    assert change.costs.total == Money.parse("12219.05")
    assert Money.total(cost_line(item, *SPANNING).period_cost for item in made) == Money.parse(
        "12219.05"
    )
    wages = next(item for item in made if line_kind(item) is LineKind.WAGES)
    assert cost_line(wages, *SPANNING).period_cost == Money.parse("10104.45")
    # kept in the plan: version 3 of the format, and read back identically
    saved = replace(plan, support_lines=change.lines, employments=(change.employment,))
    assert document_version(saved) == 3
    assert loads_plan(dumps_plan(saved)) == saved
    assert new_group(saved) == "pa.2"


def test_no_budget_period_is_said_plainly() -> None:
    with pytest.raises(NoBudgetPeriodError, match="budget period"):
        plan_pa(Plan(budget=Budget()), pa(), shipped_rates())


def _saved(plan: Plan, *answers: object) -> Plan:
    change = plan_pa(plan, *answers)  # type: ignore[arg-type]
    return replace(plan, support_lines=change.lines, employments=(change.employment,))


def test_recalculating_from_the_group_keeps_the_persons_changes() -> None:
    plan = _saved(ready_plan(), pa("12.71", "13"), shipped_rates())  # under the pension trigger
    lines = list(plan.support_lines)
    wages_at = next(i for i, item in enumerate(lines) if item.id == "pa.1.wages")
    lines[wages_at] = replace(lines[wages_at], description="Anna's hours", outcomes=("o1",))
    plan = replace(plan, support_lines=tuple(lines))
    assert not pa_out_of_date(plan, "pa.1", shipped_rates())
    found = pa_in_plan(plan, "pa.1")
    assert found is not None and found.kept and found.name == "Anna"
    # more hours: pension now due; the new line goes with the group and its outcomes
    change = plan_pa(plan, replace(found.inputs, hours_per_week=Decimal(25)), shipped_rates(),
                     group="pa.1")  # fmt: skip
    assert change.added == ("pa.1.pension",)
    assert "pa.1.wages" in change.updated and change.employment_changed
    new_wages = next(item for item in change.lines if item.id == "pa.1.wages")
    assert new_wages.description == "Anna's hours" and new_wages.quantity == Decimal(25)
    pension = next(item for item in change.lines if item.id == "pa.1.pension")
    assert pension.group == "pa.1" and pension.outcomes == ("o1",)


def test_a_new_name_follows_where_the_person_left_the_calculators_words() -> None:
    plan = _saved(ready_plan(), pa("12.71", "15"), shipped_rates())
    found = pa_in_plan(plan, "pa.1")
    assert found is not None
    change = plan_pa(plan, replace(found.inputs, name="Zoë"), shipped_rates(), group="pa.1")
    wages = next(item for item in change.lines if item.id == "pa.1.wages")
    assert (wages.description, wages.provider) == ("Wages for Zoë", "Zoë")
    assert not change.added and not change.removed  # a name changes words, not costs
    assert change.employment.name == "Zoë"


def test_rates_changing_makes_the_lines_out_of_date() -> None:
    plan = _saved(ready_plan(), pa("12.71", "15", employment_allowance=False), shipped_rates())
    newer = RatesBook(
        replace(year, holiday_percent=Decimal("12.5")) for year in shipped_rates().years
    )
    assert pa_out_of_date(plan, "pa.1", newer)
    assert not pa_out_of_date(plan, "pa.1", shipped_rates())
    # so does a new budget period (fewer weeks: less holiday pay, NI and sick pay cover)
    shorter = replace(plan, budget=replace(plan.budget, period_end=date(2026, 12, 31)))
    assert pa_out_of_date(shorter, "pa.1", shipped_rates())


def test_lines_made_before_groups_were_kept_are_found_and_join_the_group() -> None:
    costs = calculate_pa_costs(pa("12.71", "15"), *SPANNING, shipped_rates())
    old = tuple(replace(item, group="") for item in pa_support_lines(costs, "1"))
    plan = replace(ready_plan(), support_lines=(line("s1"), *old))
    assert pa_group_of(old[0]) == "pa.1" and pa_group_of(line("s1")) is None
    assert group_lines(plan, "pa.1") == old
    (found,) = pas_in_plan(plan)
    assert not found.kept and found.inputs.hourly_rate == Money.parse("12.71")
    change = plan_pa(plan, found.inputs, shipped_rates(), group="pa.1")
    assert set(change.updated) == {item.id for item in old}  # each now carries its group
    assert all(item.group == "pa.1" for item in change.lines if item.id.startswith("pa."))
    assert not change.added and not change.removed
    assert not pa_out_of_date(plan, "pa.1", shipped_rates())  # same figures: not out of date
