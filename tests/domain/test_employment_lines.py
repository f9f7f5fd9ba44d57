"""The support lines a PA calculation creates: they cost what the calculation says, to the penny,
under the plan's own costing rule; and they can be found and recalculated later."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from phbplanner.domain.categories import Category
from phbplanner.domain.costing import cost_line, cost_plan
from phbplanner.domain.employment import (
    ExtraCost,
    LineKind,
    PACosts,
    PAInputs,
    calculate_pa_costs,
)
from phbplanner.domain.employment_lines import (
    NOTES_BREAK,
    inputs_from_group,
    new_pa_key,
    pa_groups,
    pa_line_id,
    pa_support_lines,
    parse_pa_line_id,
    replace_pa_lines,
)
from phbplanner.domain.employment_rates import AgeBand, RatesBook
from phbplanner.domain.money import Money
from phbplanner.domain.plan import Management, SupportLine
from phbplanner.domain.readiness import is_ready
from phbplanner.domain.schedule import Frequency
from phbplanner.interchange.plan_json import dumps_plan, loads_plan

from .employment_rates import SPANNING, pa, shipped_rates
from .plans import line, ready_plan


def costs_of(inputs: PAInputs, period: tuple[date, date] = SPANNING) -> PACosts:
    return calculate_pa_costs(inputs, period[0], period[1], shipped_rates())


def assert_lines_follow_the_costing_rule(
    costs: PACosts, lines: tuple[SupportLine, ...], period: tuple[date, date] = SPANNING
) -> None:
    """Each line, costed by the plan's rule, is the calculation's figure to the penny."""
    by_kind = {parse_pa_line_id(item.id)[1]: item for item in lines}  # type: ignore[index]
    for calculated in costs.lines:
        kind = calculated.kind
        if kind is LineKind.EMPLOYMENT_ALLOWANCE:
            continue  # taken off the employer's NI line
        expected = costs.ni_payable if kind is LineKind.EMPLOYER_NI else calculated.amount
        item = by_kind.get(kind)
        cost = cost_line(item, *period).period_cost if item is not None else Money(0)
        assert cost == expected, kind  # a kind with no line is one that costs nothing
    assert Money.total(cost_line(item, *period).period_cost for item in lines) == costs.total


def test_lines_for_15_hours_cost_what_the_calculation_says() -> None:
    costs = costs_of(pa("12.71", "15", employment_allowance=False))
    lines = pa_support_lines(costs, "1", outcomes=("o1",), management=Management.DIRECT_PAYMENT)
    assert [item.id for item in lines] == [
        "pa.1.wages", "pa.1.holiday", "pa.1.employer_ni", "pa.1.pension", "pa.1.insurance",
        "pa.1.payroll", "pa.1.dbs", "pa.1.training", "pa.1.recruitment", "pa.1.contingency",
    ]  # fmt: skip
    assert_lines_follow_the_costing_rule(costs, lines)
    wages = lines[0]
    assert (wages.unit_cost, wages.quantity, wages.schedule.frequency) == (
        Money.parse("12.71"), Decimal(15), Frequency.WEEKLY,
    )  # fmt: skip
    assert wages.description == "Wages for Anna" and wages.provider == "Anna"
    assert wages.category is Category.PERSONAL_ASSISTANT
    assert lines[1].description == "Holiday pay for Anna"  # its own line, as councils expect
    assert lines[2].category is Category.EMPLOYER_COSTS
    assert lines[5].schedule.frequency is Frequency.MONTHLY  # payroll: £15 × 12
    assert all(item.outcomes == ("o1",) for item in lines)
    assert all(item.management is Management.DIRECT_PAYMENT for item in lines)
    assert "15 hours × £12.71 × 53 weeks" in wages.notes
    assert "2025/26 and 2026/27" in wages.notes


def test_ni_covered_by_the_allowance_makes_no_line() -> None:
    costs = costs_of(pa("12.71", "30"))
    lines = pa_support_lines(costs, "1", outcomes=("o1",))
    assert "pa.1.employer_ni" not in {item.id for item in lines}
    assert_lines_follow_the_costing_rule(costs, lines)


def test_ni_partly_covered_makes_a_line_for_the_rest() -> None:
    period = (date(2026, 4, 6), date(2027, 4, 5))
    costs = costs_of(pa("40.00", "60"), period)
    lines = pa_support_lines(costs, "1")
    ni = next(item for item in lines if item.id == "pa.1.employer_ni")
    assert ni.unit_cost == Money.parse("10119.76")  # 20,619.76 − 10,500
    assert "Employment Allowance pays £10,500.00" in ni.notes
    assert_lines_follow_the_costing_rule(costs, lines, period)


def test_18_to_20_lines_have_no_ni_and_no_pension() -> None:
    costs = costs_of(pa("10.85", "15", age_band=AgeBand.AGE_18_TO_20))
    lines = pa_support_lines(costs, "2")
    kinds = [parse_pa_line_id(item.id)[1] for item in lines]  # type: ignore[index]
    assert LineKind.EMPLOYER_NI not in kinds and LineKind.PENSION not in kinds
    assert_lines_follow_the_costing_rule(costs, lines)


def test_averaged_hours_fit_a_plan_line() -> None:
    costs = costs_of(pa("12.71", "15", weeks_per_year=Decimal(46)))
    lines = pa_support_lines(costs, "1")
    assert lines[0].quantity == Decimal("13.27")
    assert_lines_follow_the_costing_rule(costs, lines)


@settings(derandomize=True, deadline=None, max_examples=150)
@given(
    rate=st.integers(min_value=600, max_value=4000),
    hours=st.integers(min_value=1, max_value=6000),
    start_offset=st.integers(min_value=0, max_value=400),
    length=st.integers(min_value=6, max_value=380),
    band=st.sampled_from(list(AgeBand)),
    allowance=st.booleans(),
    opt_out=st.booleans(),
    weeks_a_year=st.integers(min_value=30, max_value=52),
    payroll=st.sampled_from(list(Frequency)),
)
def test_created_lines_always_follow_the_costing_rule(
    rate: int, hours: int, start_offset: int, length: int, band: AgeBand, allowance: bool,
    opt_out: bool, weeks_a_year: int, payroll: Frequency,
) -> None:  # fmt: skip
    start = date.fromordinal(date(2025, 4, 6).toordinal() + start_offset)
    end = min(date.fromordinal(start.toordinal() + length), date(2027, 4, 5))  # rates known
    inputs = PAInputs(
        name="Łukasz",
        hourly_rate=Money(rate),
        hours_per_week=Decimal(hours) / 100,
        weeks_per_year=Decimal(weeks_a_year),
        age_band=band,
        employment_allowance=allowance,
        pension_opt_out=opt_out,
        payroll=ExtraCost(Money(1250), payroll),
    )
    costs = calculate_pa_costs(inputs, start, end, shipped_rates())
    assert costs.total == Money.total(item.amount for item in costs.lines)
    assert_lines_follow_the_costing_rule(costs, pa_support_lines(costs, "7"), (start, end))


def test_lines_in_a_plan_are_costed_and_ready_and_survive_the_interchange_format() -> None:
    costs = costs_of(pa("12.71", "15"))
    plan = ready_plan((line("s1", "20.00", frequency=Frequency.MONTHLY),), indicative="20000.00")
    lines = pa_support_lines(costs, new_pa_key(plan.support_lines), outcomes=("o1",),
                             management=Management.DIRECT_PAYMENT)  # fmt: skip
    plan = replace(plan, support_lines=plan.support_lines + lines)
    costing = cost_plan(plan)
    assert costing.planned_total == Money.parse("240.00") + costs.total
    assert is_ready(plan)
    assert loads_plan(dumps_plan(plan)) == plan


def test_ids_keys_and_groups() -> None:
    assert pa_line_id("1", LineKind.EMPLOYER_NI) == "pa.1.employer_ni"
    assert parse_pa_line_id("pa.r3.holiday") == ("r3", LineKind.HOLIDAY)
    assert parse_pa_line_id("s1") is None
    assert parse_pa_line_id("pa.1.employment_allowance") == ("1", LineKind.EMPLOYMENT_ALLOWANCE)
    assert parse_pa_line_id("pa.1.biscuits") is None
    first = pa_support_lines(costs_of(pa()), "1")
    second = pa_support_lines(costs_of(pa(name="Zoë")), new_pa_key(first))
    assert second[0].id == "pa.2.wages"
    groups = pa_groups((line("s1"), *first, *second))
    assert list(groups) == ["1", "2"]
    assert groups["2"].lines[LineKind.WAGES].provider == "Zoë"


ENTERED = {
    "insurance": ExtraCost(Money.parse("90.00"), Frequency.ANNUALLY),
    "payroll": ExtraCost(Money.parse("12.00"), Frequency.MONTHLY),
    "dbs": ExtraCost(Money.parse("49.50"), Frequency.ONCE),
    "training": ExtraCost(Money.parse("120.00"), Frequency.ANNUALLY),
    "recruitment": ExtraCost(Money.parse("40.00"), Frequency.ONCE),
}


def test_recalculating_when_the_rates_change_keeps_what_the_person_set() -> None:
    costs = costs_of(pa("12.71", "15", employment_allowance=False, **ENTERED))
    made = pa_support_lines(costs, "1", outcomes=("o1",), management=Management.DIRECT_PAYMENT)
    wages = replace(made[0], description="Anna's hours", notes=made[0].notes + NOTES_BREAK + "Tue")
    plan_lines = (line("s1"), wages, *made[1:], line("s9"))
    # Next year's rates: holiday 12.5%, employer NI 16% (a made-up change).
    changed = RatesBook(
        replace(
            year,
            holiday_percent=Decimal("12.5"),
            employer_ni=replace(year.employer_ni, rate_percent=Decimal(16)),
        )
        for year in shipped_rates().years
    )
    again = calculate_pa_costs(
        inputs_from_group(pa_groups(plan_lines)["1"], pa(employment_allowance=False)),
        *SPANNING, changed,
    )  # fmt: skip
    result = replace_pa_lines(plan_lines, "1", pa_support_lines(again, "1"))
    assert [item.id for item in result.lines] == [item.id for item in plan_lines]
    # Holiday pay, NI and pension (on wages + holiday) change; wages, the entered costs and sick
    # pay (capped at the flat £123.25) do not.
    assert result.updated == ("pa.1.holiday", "pa.1.employer_ni", "pa.1.pension")
    assert result.added == result.removed == ()
    new_wages = result.lines[1]
    assert new_wages.description == "Anna's hours"  # the person's words stay
    assert new_wages.notes.endswith(NOTES_BREAK + "Tue")
    assert result.lines[2].unit_cost == again.amount(LineKind.HOLIDAY)
    assert (result.lines[0], result.lines[-1]) == (plan_lines[0], plan_lines[-1])
    # Recalculating again with the same rates changes nothing.
    same = replace_pa_lines(result.lines, "1", pa_support_lines(again, "1"))
    assert not same.changed and same.lines == result.lines


def test_recalculating_removes_and_adds_kinds_linked_to_the_same_outcomes() -> None:
    start = costs_of(pa("12.71", "13", employment_allowance=False))  # below the pension trigger
    made = pa_support_lines(start, "1", outcomes=("o2",), management=Management.THIRD_PARTY)
    assert "pa.1.pension" not in {item.id for item in made}
    plan_lines = (*made, line("s1"))
    more_hours = costs_of(pa("12.71", "20"))  # allowance now claimed; above the trigger
    result = replace_pa_lines(plan_lines, "1", pa_support_lines(more_hours, "1"))
    assert result.removed == ("pa.1.employer_ni",)
    assert result.added == ("pa.1.pension",)
    added = next(item for item in result.lines if item.id == "pa.1.pension")
    assert added.outcomes == ("o2",) and added.management is Management.THIRD_PARTY
    ids = [item.id for item in result.lines]
    assert ids.index("pa.1.pension") == ids.index("pa.1.contingency") + 1  # with its group
    assert ids[-1] == "s1"
    assert_lines_follow_the_costing_rule(
        more_hours, tuple(item for item in result.lines if item.id.startswith("pa."))
    )


def test_inputs_read_back_from_the_lines() -> None:
    inputs = pa(
        "13.00", "22.5", first_day=date(2026, 4, 8),
        training=ExtraCost(Money.parse("250.00"), Frequency.ONCE),
        recruitment=ExtraCost(Money(0), Frequency.ONCE),
    )  # fmt: skip
    lines = pa_support_lines(costs_of(inputs), "1")
    read = inputs_from_group(pa_groups(lines)["1"])
    assert (read.name, read.hourly_rate, read.hours_per_week, read.first_day) == (
        "Anna", Money.parse("13.00"), Decimal("22.5"), date(2026, 4, 8),
    )  # fmt: skip
    assert read.training == ExtraCost(Money.parse("250.00"), Frequency.ONCE)
    assert read.recruitment == ExtraCost(Money(0), Frequency.ONCE)
    assert costs_of(read).total == costs_of(inputs).total
