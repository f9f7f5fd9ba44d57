"""Progress over time: ratings across reviews and the spending on each outcome (chart data)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from phbplanner.domain.money import Money
from phbplanner.domain.review import Review, ReviewState, ReviewStatus
from phbplanner.domain.review_progress import (
    RatingPoint,
    month_start,
    outcome_progress,
    spending_by_outcome,
)

from .reviews import finished_review, three_outcome_plan

# s1 serves o1; s2 serves o2 and o3 (shared equally, the odd penny to o2)
SPENDING = [
    ("s1", "2026-04", 4000),
    ("s1", "2026-05", 5000),
    ("s2", "2026-05", 2001),
    ("s1", "2026-07", 1000),
    ("s2", "2026-09", 3000),
    ("s9", "2026-05", 99999),  # a line the plan no longer has: left out
]


def reviews() -> list[Review]:
    first = finished_review(
        on=date(2026, 6, 30),
        statuses={
            "o1": ReviewStatus.IN_PROGRESS,
            "o2": ReviewStatus.IN_PROGRESS,
            "o3": ReviewStatus.IN_PROGRESS,
        },
        ratings={"o1": 3, "o2": 5, "o3": None},
        review_id=1,
    )
    second = finished_review(
        on=date(2026, 8, 15),
        statuses={
            "o1": ReviewStatus.ACHIEVED,
            "o2": ReviewStatus.IN_PROGRESS,
            "o3": ReviewStatus.DROPPED,
        },
        ratings={"o1": 10, "o2": 6, "o3": 1},
        review_id=2,
    )
    unfinished = replace(finished_review(on=date(2026, 9, 1), review_id=3),
                         state=ReviewState.IN_PROGRESS)  # fmt: skip
    return [second, unfinished, first]


def test_spending_is_shared_between_the_outcomes_a_line_serves() -> None:
    by_outcome = spending_by_outcome(three_outcome_plan(), SPENDING)
    assert by_outcome["o1"] == {date(2026, 4, 1): 4000, date(2026, 5, 1): 5000,
                                date(2026, 7, 1): 1000}  # fmt: skip
    assert by_outcome["o2"] == {date(2026, 5, 1): 1001, date(2026, 9, 1): 1500}
    assert by_outcome["o3"] == {date(2026, 5, 1): 1000, date(2026, 9, 1): 1500}


def test_the_months_of_an_outcome_add_up_to_its_share_of_the_line() -> None:
    """Odd pennies month after month must not all go to the first outcome: the months add up to
    the share the spending page and a review give (share_between_outcomes of the total)."""
    pennies = [("s2", f"2026-{month:02d}", 1) for month in range(4, 13)]  # 9 months of 1p
    by_outcome = spending_by_outcome(three_outcome_plan(), pennies)
    assert sum(by_outcome["o2"].values()) == 5 and sum(by_outcome["o3"].values()) == 4
    assert by_outcome["o2"][date(2026, 4, 1)] == 1 and by_outcome["o3"][date(2026, 5, 1)] == 1
    assert all(pence in (0, 1) for months in by_outcome.values() for pence in months.values())


def test_ratings_across_the_finished_reviews_in_date_order() -> None:
    progress = {
        p.outcome_ref: p for p in outcome_progress(three_outcome_plan(), reviews(), SPENDING)
    }
    assert progress["o1"].ratings == (
        RatingPoint(date(2026, 6, 30), 3, ReviewStatus.IN_PROGRESS),
        RatingPoint(date(2026, 8, 15), 10, ReviewStatus.ACHIEVED),
    )
    assert [p.words for p in progress["o1"].ratings] == ["A little better", "Done it"]
    # a review that did not rate an outcome leaves a gap the chart does not draw
    assert [p.rating for p in progress["o3"].ratings] == [None, 1]
    assert [p.rating for p in progress["o3"].rated] == [1]


def test_months_run_without_gaps_and_spans_add_up_to_the_total() -> None:
    progress = outcome_progress(three_outcome_plan(), reviews(), SPENDING)
    o1 = progress[0]
    assert [m.month for m in o1.months] == [date(2026, m, 1) for m in range(4, 10)]
    assert [m.spent.pence for m in o1.months] == [4000, 5000, 0, 1000, 0, 0]
    assert o1.total_spent == Money(10000)
    spans = [(s.first_month, s.last_month, s.spent.pence, s.review_date) for s in o1.spans]
    assert spans == [
        (date(2026, 4, 1), date(2026, 6, 1), 9000, date(2026, 6, 30)),
        (date(2026, 7, 1), date(2026, 8, 1), 1000, date(2026, 8, 15)),
        (date(2026, 9, 1), date(2026, 9, 1), 0, None),
    ]
    for item in progress:
        assert Money.total(s.spent for s in item.spans) == item.total_spent


def test_the_table_equivalent_reads_like_the_chart() -> None:
    o2 = outcome_progress(three_outcome_plan(), reviews(), SPENDING)[1]
    assert o2.table_rows() == (
        ("30 June 2026", "5 out of 10: Half way there", "£10.01"),
        ("15 August 2026", "6 out of 10: Half way there", "£0.00"),
        ("Since the last review", "", "£15.00"),
    )


def test_an_outcome_taken_off_the_plan_keeps_its_history() -> None:
    plan = three_outcome_plan()
    plan = replace(plan, outcomes=plan.outcomes[:2])  # o3 dropped in the new version
    progress = outcome_progress(plan, reviews(), SPENDING)
    assert [p.outcome_ref for p in progress] == ["o1", "o2", "o3"]
    gone = progress[2]
    assert not gone.in_plan and gone.title == "Sleep better"
    assert [p.rating for p in gone.ratings] == [None, 1]
    assert gone.total_spent == Money(0)  # its lines now serve o2 only


def test_without_reviews_or_spending_there_is_nothing_to_draw() -> None:
    progress = outcome_progress(three_outcome_plan(), [])
    assert [(p.ratings, p.months, p.spans) for p in progress] == [((), (), ())] * 3
    assert progress[0].table_rows() == ()


@pytest.mark.parametrize("bad", ["2026-13", "2026-4", "26-04", "2026-04-01", ""])
def test_a_month_must_be_written_like_2026_08(bad: str) -> None:
    with pytest.raises(ValueError, match="not a month"):
        month_start(bad)
    assert month_start("2026-08") == date(2026, 8, 1)
