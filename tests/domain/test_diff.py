"""The difference between two plans: sections, lines added/removed/changed, budget change."""

from dataclasses import replace
from datetime import date

from phbplanner.domain.diff import diff_plans
from phbplanner.domain.money import Money
from phbplanner.domain.schedule import Frequency

from .plans import line, ready_plan


def test_identical_plans_have_no_differences() -> None:
    assert diff_plans(ready_plan(), ready_plan()).unchanged


def test_lines_added_removed_and_changed_with_old_and_new_amounts() -> None:
    old = ready_plan((line("s1", "10.00", frequency=Frequency.ONCE),
                      line("s2", "20.00", frequency=Frequency.ONCE)))  # fmt: skip
    taxi = line("s3", "5.00", frequency=Frequency.ONCE, description="Taxi")
    new = ready_plan((line("s1", "12.50", frequency=Frequency.ONCE), taxi))
    diff = diff_plans(old, new)
    by_id = {change.item_id: change for change in diff.items}
    assert by_id["s1"].kind == "changed"
    assert (by_id["s1"].old_cost, by_id["s1"].new_cost) == (Money(1000), Money(1250))
    assert [(f.field, f.old, f.new) for f in by_id["s1"].fields] == [
        ("unit_cost", "£10.00", "£12.50")
    ]
    assert by_id["s2"].kind == "removed" and by_id["s2"].old_cost == Money(2000)
    assert by_id["s3"].kind == "added" and by_id["s3"].new_cost == Money(500)
    assert by_id["s3"].label == "Taxi"
    assert diff.planned_change == Money(1750 - 3000)


def test_budget_and_section_changes() -> None:
    old = ready_plan()
    new = replace(old, budget=replace(old.budget, indicative=Money.parse("6000.00")),
                  reviews=replace(old.reviews, first_review=date(2026, 6, 1)))  # fmt: skip
    diff = diff_plans(old, new)
    assert set(diff.sections) == {"budget", "reviews"}
    assert (diff.old_indicative, diff.new_indicative) == (Money(500000), Money(600000))
    assert diff.section_fields["reviews"][0].new == "1 June 2026"
    assert diff.items == ()
