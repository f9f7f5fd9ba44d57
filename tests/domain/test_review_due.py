"""When the next review is due: the rule, month ends, leap years, and the line for the window."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from phbplanner.domain.plan import ReviewRecord, Reviews
from phbplanner.domain.review import Review, ReviewState
from phbplanner.domain.review_due import (
    DueState,
    due_line,
    in_progress_line,
    review_due,
    time_words,
    whole_months_between,
)
from phbplanner.domain.schedule import add_months

from .reviews import finished_review


def test_the_first_review_from_the_plan() -> None:
    reviews = Reviews(first_review=date(2027, 3, 3))
    due = review_due(reviews, date(2027, 1, 1), [], today=date(2027, 2, 1))
    assert (due.state, due.due, due.first, due.latest) == (
        DueState.UPCOMING,
        date(2027, 3, 3),
        True,
        date(2027, 4, 1),
    )
    assert due.days_until == 30 and due.days_overdue == 0
    assert due_line(due) == "Your first review is due on 3 March 2027."


def test_due_today_and_overdue_by_days() -> None:
    reviews = Reviews(first_review=date(2027, 3, 3))
    today = review_due(reviews, date(2027, 1, 1), [], today=date(2027, 3, 3))
    assert today.state is DueState.DUE_TODAY
    assert due_line(today) == "Your review is due today."
    late = review_due(reviews, date(2027, 1, 1), [], today=date(2027, 3, 15))
    assert late.state is DueState.OVERDUE and late.days_overdue == 12
    assert due_line(late) == (
        "Your first review was due 12 days ago, on 3 March 2027. "
        "You can start it when you are ready."
    )


def test_after_a_review_the_next_date_is_the_one_it_chose() -> None:
    held = [finished_review(on=date(2026, 6, 30), next_review=date(2027, 3, 3))]
    due = review_due(Reviews(first_review=date(2026, 6, 30)), date(2026, 4, 1), held,
                     today=date(2026, 12, 1))  # fmt: skip
    assert (due.due, due.first, due.latest) == (date(2027, 3, 3), False, date(2027, 6, 30))
    assert due_line(due) == "Your next review is due on 3 March 2027."
    late = review_due(Reviews(), None, held, today=date(2027, 3, 15))
    assert due_line(late) == (
        "Your review was due 12 days ago, on 3 March 2027. You can start it when you are ready."
    )


def test_a_review_without_a_next_date_uses_the_plan_interval() -> None:
    held = [finished_review(on=date(2027, 1, 31), next_review=None)]
    due = review_due(Reviews(interval_months=1), None, held, today=date(2027, 2, 1))
    assert due.due == date(2027, 2, 28)
    leap = [finished_review(on=date(2028, 1, 31), next_review=None)]
    assert review_due(Reviews(interval_months=1), None, leap, today=date(2028, 2, 1)).due == date(
        2028, 2, 29
    )


def test_the_newest_finished_review_counts_and_unfinished_ones_do_not() -> None:
    older = finished_review(on=date(2026, 6, 30), next_review=date(2027, 6, 30), review_id=1)
    newer = finished_review(on=date(2027, 5, 1), next_review=date(2028, 5, 1), review_id=2)
    unfinished = Review(id=3, review_date=date(2027, 9, 1), next_review=date(2027, 10, 1))
    due = review_due(Reviews(), None, [newer, unfinished, older], today=date(2027, 9, 2))
    assert due.due == date(2028, 5, 1)


def test_a_date_later_than_the_rule_allows_is_brought_forward() -> None:
    # a next review 14 months on (from an older file) → 12 months after the leap-day review
    held = [finished_review(on=date(2028, 2, 29), next_review=date(2029, 4, 30))]
    due = review_due(Reviews(), None, held, today=date(2028, 3, 1))
    assert due.capped and due.due == date(2029, 2, 28)
    assert due_line(due) == (
        "Your next review is due on 28 February 2029: within 12 months of the last one."
    )
    first = review_due(Reviews(first_review=date(2027, 6, 1)), date(2027, 1, 31), [],
                       today=date(2027, 2, 1))  # fmt: skip
    assert first.capped and first.due == date(2027, 4, 30)
    assert (
        due_line(first)
        == "Your first review is due on 30 April 2027: within 3 months of the start."
    )


@pytest.mark.parametrize(
    ("start", "rule_date"),
    [
        (date(2026, 11, 30), date(2027, 2, 28)),
        (date(2027, 11, 30), date(2028, 2, 29)),  # leap year
        (date(2027, 11, 29), date(2028, 2, 29)),
        (date(2028, 12, 31), date(2029, 3, 31)),
        (date(2026, 4, 1), date(2026, 7, 1)),
    ],
)
def test_without_a_first_review_date_the_rule_gives_one(start: date, rule_date: date) -> None:
    due = review_due(Reviews(), start, [], today=start)
    assert due.from_rule and due.due == rule_date and due.state is DueState.UPCOMING
    assert due_line(due).startswith("Your first review should be by ")
    assert "within 3 months of the start" in due_line(due)


def test_with_no_dates_at_all_nothing_is_due() -> None:
    due = review_due(Reviews(), None, [], today=date(2027, 1, 1))
    assert due.state is DueState.NOT_SET and due.due is None
    assert due_line(due) == (
        "No review date is set yet. The first review should be within 3 months of the start."
    )


def test_reviews_recorded_in_the_plan_count_when_no_review_records_exist() -> None:
    reviews = Reviews(
        first_review=date(2026, 6, 30),
        interval_months=6,
        records=(ReviewRecord("rv1", date(2026, 8, 31)), ReviewRecord("rv2", None)),
    )
    due = review_due(reviews, date(2026, 4, 1), [], today=date(2026, 9, 1))
    assert (due.due, due.first, due.latest) == (date(2027, 2, 28), False, date(2027, 8, 31))


@pytest.mark.parametrize(
    ("start", "end", "months"),
    [
        (date(2027, 1, 31), date(2027, 2, 28), 1),
        (date(2027, 1, 31), date(2027, 2, 27), 0),
        (date(2028, 1, 31), date(2028, 2, 28), 0),  # 29 February exists in 2028
        (date(2028, 1, 31), date(2028, 2, 29), 1),
        (date(2028, 2, 29), date(2029, 2, 28), 12),
        (date(2028, 2, 29), date(2029, 2, 27), 11),
        (date(2026, 8, 31), date(2026, 11, 30), 3),
        (date(2026, 6, 30), date(2026, 6, 1), 0),
    ],
)
def test_whole_months_between_at_month_ends(start: date, end: date, months: int) -> None:
    assert whole_months_between(start, end) == months


@pytest.mark.parametrize(
    ("days", "words"),
    [
        (1, "1 day"),
        (2, "2 days"),
        (13, "13 days"),
        (14, "2 weeks"),
        (55, "7 weeks"),
    ],
)
def test_how_long_in_days_and_weeks(days: int, words: str) -> None:
    start = date(2027, 3, 3)
    assert time_words(start, start + timedelta(days=days)) == words


@pytest.mark.parametrize(
    ("start", "end", "words"),
    [
        (date(2027, 1, 1), date(2027, 3, 1), "2 months"),
        (date(2027, 1, 31), date(2027, 3, 31), "2 months"),
        (date(2026, 12, 31), date(2027, 2, 28), "2 months"),  # 31 Dec + 2 months, clamped
        (date(2026, 12, 31), date(2027, 2, 27), "1 month"),
        (date(2027, 3, 3), date(2028, 3, 3), "1 year"),
        (date(2028, 2, 29), date(2029, 2, 28), "1 year"),
        (date(2027, 3, 3), date(2028, 5, 10), "1 year and 2 months"),
        (date(2027, 3, 3), date(2029, 4, 3), "2 years and 1 month"),
        (date(2027, 3, 3), date(2030, 3, 3), "3 years"),
    ],
)
def test_how_long_in_months_and_years(start: date, end: date, words: str) -> None:
    assert time_words(start, end) == words


def test_a_review_left_half_done_is_mentioned() -> None:
    assert in_progress_line([finished_review()]) == ""
    half = replace(finished_review(on=date(2027, 6, 1)), state=ReviewState.IN_PROGRESS)
    half = replace(half, outcomes=(replace(half.outcomes[0], new_status=None), *half.outcomes[1:]))
    assert in_progress_line([finished_review(), half]) == (
        "You have a review from 1 June 2027 that is not finished yet. 1 of 3 outcomes still to do."
    )
    undated = Review(id=5)
    assert in_progress_line([undated]) == (
        "You have a review that is not finished yet. There are no outcomes to look at."
    )


DAYS = st.dates(min_value=date(2020, 1, 1), max_value=date(2040, 12, 31))


@settings(derandomize=True, deadline=None, max_examples=300)
@given(DAYS, DAYS)
def test_whole_months_agree_with_add_months(start: date, end: date) -> None:
    months = whole_months_between(start, end)
    if end < start:
        assert months == 0
        return
    assert add_months(start, months) <= end < add_months(start, months + 1)


@settings(derandomize=True, deadline=None, max_examples=300)
@given(DAYS, st.integers(0, 400), st.integers(1, 12), DAYS)
def test_the_due_date_never_breaks_the_12_month_rule(
    held_on: date, later_by: int, interval: int, today: date
) -> None:
    review = finished_review(on=held_on, next_review=held_on + timedelta(days=later_by + 1))
    due = review_due(Reviews(interval_months=interval), None, [review], today=today)
    assert due.due is not None and due.latest == add_months(held_on, 12)
    assert held_on < due.due <= due.latest
    assert due.capped == (review.next_review is not None and review.next_review > due.latest)
    assert (due.state is DueState.OVERDUE) == (due.due < today)
    assert due_line(due)  # always a sentence, whatever the dates
