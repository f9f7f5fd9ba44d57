"""The costing rule: line cost rounded once, totals, contingency, remainder, weekly figures."""

from dataclasses import replace
from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from phbplanner.domain.costing import contingency_amount, cost_plan, line_period_cost
from phbplanner.domain.money import Money
from phbplanner.domain.plan import Budget, Contingency, Management, Outcome
from phbplanner.domain.schedule import Frequency

from .plans import line, ready_plan


def test_example_line_weekly_pa_for_walks() -> None:
    plan = ready_plan((line("s1", "13.37", "2.5", first=date(2026, 4, 6)),))
    costing = cost_plan(plan)
    assert costing.line("s1").occurrences == 52
    assert costing.line("s1").period_cost == Money(173810)  # 13.37 × 2.5 × 52 = 1,738.10


def test_line_is_rounded_once_not_per_occurrence() -> None:
    # 0.33 × 1.5 = 0.495 per time; three times = 1.485 → £1.49 (per-time rounding would give £1.50)
    assert line_period_cost(Money(33), Decimal("1.5"), 3) == Money(149)


def test_half_a_penny_on_a_line_rounds_up() -> None:
    assert line_period_cost(Money(1), Decimal("0.5"), 1) == Money(1)
    assert line_period_cost(Money(1337), Decimal("2.5"), 1) == Money(3343)  # 33.425 → 33.43


def test_totals_contingency_and_remainder() -> None:
    plan = ready_plan(
        (line("s1", "100.00", frequency=Frequency.MONTHLY),
         line("s2", "50.00", frequency=Frequency.QUARTERLY)),
        indicative="2000.00",
    )  # fmt: skip
    costing = cost_plan(plan)
    assert costing.planned_total == Money(120000 + 20000)
    assert costing.contingency == Money(10000)  # 5% of £2,000
    assert costing.committed == Money(150000)
    assert costing.remaining == Money(50000)
    assert costing.within_budget


def test_over_budget_has_a_negative_remainder() -> None:
    plan = ready_plan((line("s1", "100.00"),), indicative="5000.00")  # 53 × £100 = £5,300
    costing = cost_plan(plan)
    assert costing.remaining == Money(500000 - 530000 - 25000)
    assert not costing.within_budget


def test_exactly_on_budget_is_within_budget() -> None:
    plan = ready_plan((line("s1", "100.00", frequency=Frequency.ONCE),), indicative="100.00")
    plan = replace(plan, budget=Budget(Money(10000), date(2026, 4, 1), date(2027, 3, 31)))
    assert cost_plan(plan).within_budget


def test_contingency_as_an_amount_or_a_percent_rounded_half_up() -> None:
    assert contingency_amount(Budget(Money(12345), contingency=Contingency(Money(500)))) == Money(
        500
    )
    # 2.5% of £123.45 = £3.08625 → £3.09
    budget = Budget(Money(12345), contingency=Contingency(percent=Decimal("2.5")))
    assert contingency_amount(budget) == Money(309)
    assert contingency_amount(Budget(Money(12345))) == Money(0)


def test_weekly_equivalent_is_period_cost_times_7_over_days() -> None:
    plan = ready_plan((line("s1", "365.00", frequency=Frequency.ONCE),))
    costing = cost_plan(plan)
    assert costing.days_in_period == 365
    assert costing.line("s1").weekly == Money(700)  # £365 × 7 / 365


def test_breakdowns_add_up_and_shared_lines_are_split() -> None:
    plan = ready_plan(
        (line("s1", "10.00", frequency=Frequency.ONCE, outcomes=("o1", "o2")),
         line("s2", "0.01", frequency=Frequency.ONCE, outcomes=("o1", "o2"),
              management=Management.NOTIONAL),
         line("s3", "5.00", frequency=Frequency.ONCE, outcomes=())),
    )  # fmt: skip
    plan = replace(plan, outcomes=(Outcome("o1"), Outcome("o2")))
    costing = cost_plan(plan)
    assert costing.by_outcome == {"o1": Money(501), "o2": Money(500)}
    assert costing.unallocated == Money(500)
    assert costing.by_management == {"direct_payment": Money(1500), "notional": Money(1)}
    assert sum(v.pence for v in costing.by_category.values()) == costing.planned_total.pence


def test_no_period_means_nothing_is_costed() -> None:
    plan = ready_plan()
    plan = replace(plan, budget=Budget(indicative=Money(100)))
    costing = cost_plan(plan)
    assert costing.planned_total == Money(0)
    assert costing.lines[0].occurrences == 0


units = st.integers(min_value=0, max_value=100_000_00).map(Money)
quantities = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("1000"), places=2)


@given(st.lists(st.tuples(units, quantities, st.sampled_from(list(Frequency))), max_size=20))
def test_totals_are_sums_of_line_costs_and_breakdowns_balance(
    specs: list[tuple[Money, Decimal, Frequency]],
) -> None:
    lines = tuple(
        line(f"s{i}", unit.to_str(), str(qty), freq) for i, (unit, qty, freq) in enumerate(specs)
    )
    costing = cost_plan(ready_plan(lines))
    assert costing.planned_total.pence == sum(c.period_cost.pence for c in costing.lines)
    allocated = sum(v.pence for v in costing.by_outcome.values()) + costing.unallocated.pence
    assert allocated == costing.planned_total.pence
    assert sum(v.pence for v in costing.by_management.values()) == costing.planned_total.pence
    for cost, (unit, qty, _) in zip(costing.lines, specs, strict=True):
        exact = Decimal(unit.pence) * qty * cost.occurrences
        assert abs(Decimal(cost.period_cost.pence) - exact) <= Decimal("0.5")


def test_a_cost_cache_gives_the_same_figures_and_reuses_unchanged_lines() -> None:
    from phbplanner.domain.costing import CostCache

    plan = ready_plan(tuple(line(f"s{i}", f"{i}.00") for i in range(1, 6)))
    cache = CostCache()
    first = cost_plan(plan, cache)
    assert first == cost_plan(plan)
    changed = replace(plan, support_lines=(replace(plan.support_lines[0], unit_cost=Money(99)),
                                           *plan.support_lines[1:]))  # fmt: skip
    second = cost_plan(changed, cache)
    assert second == cost_plan(changed)
    assert second.lines[1] is first.lines[1]  # unchanged line: reused
    assert second.lines[0] != first.lines[0]
    moved = replace(changed, budget=replace(changed.budget, period_end=date(2026, 12, 31)))
    assert cost_plan(moved, cache) == cost_plan(moved)  # a new period costs everything again
