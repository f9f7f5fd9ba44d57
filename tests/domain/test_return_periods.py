"""Default periods of a return: the last full quarter, since the last return (issue 13)."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from phbplanner.domain.money import ZERO, Money
from phbplanner.domain.return_buffer import BufferStatus, compare_with_buffer
from phbplanner.domain.return_periods import (
    ReturnPeriod,
    budget_quarters,
    calendar_quarter,
    default_period,
    last_full_quarter,
    outside_budget_period,
    since_last_return,
)

D = date


def period(a: date, b: date) -> ReturnPeriod:
    return ReturnPeriod(a, b)


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (D(2026, 7, 5), None),  # the first quarter ends today: not yet a full quarter
        (D(2026, 7, 6), period(D(2026, 4, 6), D(2026, 7, 5))),
        (D(2026, 10, 5), period(D(2026, 4, 6), D(2026, 7, 5))),
        (D(2026, 10, 6), period(D(2026, 7, 6), D(2026, 10, 5))),
        # across the year end
        (D(2027, 1, 6), period(D(2026, 10, 6), D(2027, 1, 5))),
        (D(2027, 1, 1), period(D(2026, 7, 6), D(2026, 10, 5))),
        # after the budget period: its last quarter
        (D(2027, 4, 6), period(D(2027, 1, 6), D(2027, 4, 5))),
        (D(2029, 1, 1), period(D(2027, 1, 6), D(2027, 4, 5))),
        (D(2026, 1, 1), None),  # before the budget period starts
    ],
)
def test_last_full_quarter_of_a_period_starting_mid_month(
    today: date, expected: ReturnPeriod | None
) -> None:
    assert last_full_quarter(today, D(2026, 4, 6), D(2027, 4, 5)) == expected


def test_quarters_from_a_month_end_start_are_clamped_and_leave_no_gap_in_a_leap_year() -> None:
    quarters = list(budget_quarters(D(2027, 8, 31), D(2028, 8, 30)))
    assert quarters == [
        period(D(2027, 8, 31), D(2027, 11, 29)),
        period(D(2027, 11, 30), D(2028, 2, 28)),
        period(D(2028, 2, 29), D(2028, 5, 30)),  # 29 February 2028: a leap day starts it
        period(D(2028, 5, 31), D(2028, 8, 30)),
    ]
    assert last_full_quarter(D(2028, 3, 1), D(2027, 8, 31), D(2028, 8, 30)) == quarters[1]


def test_quarters_in_a_year_that_is_not_a_leap_year() -> None:
    quarters = list(budget_quarters(D(2026, 11, 30), D(2027, 11, 29)))
    assert quarters[0] == period(D(2026, 11, 30), D(2027, 2, 27))  # 28 February starts the next
    assert quarters[1].start == D(2027, 2, 28)


def test_a_budget_period_that_is_not_whole_quarters_ends_with_a_short_quarter() -> None:
    quarters = list(budget_quarters(D(2026, 4, 1), D(2026, 8, 15)))
    assert quarters == [
        period(D(2026, 4, 1), D(2026, 6, 30)),
        period(D(2026, 7, 1), D(2026, 8, 15)),
    ]
    assert last_full_quarter(D(2026, 8, 16), D(2026, 4, 1), D(2026, 8, 15)) == quarters[1]


@settings(deadline=None, derandomize=True, max_examples=300)
@given(
    start=st.dates(D(2020, 1, 1), D(2035, 12, 31)),
    months=st.integers(1, 72),
    extra=st.integers(-20, 20),
)
def test_quarters_cover_the_budget_period_day_by_day(start: date, months: int, extra: int) -> None:
    end = max(start, start + timedelta(days=months * 30 + extra))
    quarters = list(budget_quarters(start, end))
    assert quarters[0].start == start
    assert quarters[-1].end == end
    for before, after in itertools.pairwise(quarters):
        assert after.start == before.end + timedelta(days=1)
        assert 89 <= before.days <= 92


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (D(2027, 2, 15), period(D(2026, 10, 1), D(2026, 12, 31))),  # over the year end
        (D(2027, 1, 1), period(D(2026, 10, 1), D(2026, 12, 31))),
        (D(2026, 12, 31), period(D(2026, 7, 1), D(2026, 9, 30))),
        (D(2028, 4, 1), period(D(2028, 1, 1), D(2028, 3, 31))),  # leap year: 91 days
    ],
)
def test_without_a_budget_period_calendar_quarters(today: date, expected: ReturnPeriod) -> None:
    assert last_full_quarter(today) == expected
    assert last_full_quarter(today, D(2026, 1, 1), None) == expected


def test_calendar_quarter() -> None:
    assert calendar_quarter(D(2028, 2, 29)) == period(D(2028, 1, 1), D(2028, 3, 31))
    assert calendar_quarter(D(2026, 11, 5)) == period(D(2026, 10, 1), D(2026, 12, 31))


@pytest.mark.parametrize(
    ("last_end", "today", "expected"),
    [
        (D(2026, 6, 30), D(2026, 7, 5), period(D(2026, 7, 1), D(2026, 7, 5))),
        (D(2026, 12, 31), D(2027, 1, 1), period(D(2027, 1, 1), D(2027, 1, 1))),
        (D(2028, 2, 28), D(2028, 3, 1), period(D(2028, 2, 29), D(2028, 3, 1))),
        (D(2026, 8, 14), D(2026, 9, 30), period(D(2026, 8, 15), D(2026, 9, 30))),
        (D(2026, 7, 5), D(2026, 7, 5), None),  # the last return already runs to today
        (D(2026, 7, 9), D(2026, 7, 5), None),
    ],
)
def test_since_the_last_return(last_end: date, today: date, expected: ReturnPeriod | None) -> None:
    assert since_last_return(last_end, today) == expected


def test_the_default_period() -> None:
    budget = (D(2026, 4, 6), D(2027, 4, 5))
    # a return was made before: from the day after it
    assert default_period(D(2026, 10, 20), *budget, D(2026, 7, 5)) == period(
        D(2026, 7, 6), D(2026, 10, 20)
    )
    # no return yet: the last full quarter
    assert default_period(D(2026, 10, 20), *budget) == period(D(2026, 7, 6), D(2026, 10, 5))
    # nothing since the last return: the last full quarter again
    assert default_period(D(2026, 10, 20), *budget, D(2026, 10, 20)) == period(
        D(2026, 7, 6), D(2026, 10, 5)
    )
    # no quarter has ended yet: the budget period so far
    assert default_period(D(2026, 5, 1), *budget) == period(D(2026, 4, 6), D(2026, 5, 1))
    # before the budget period starts: this calendar quarter so far
    assert default_period(D(2026, 2, 10), *budget) == period(D(2026, 1, 1), D(2026, 2, 10))


def test_outside_the_budget_period() -> None:
    budget = (D(2026, 4, 6), D(2027, 4, 5))
    assert not outside_budget_period(period(D(2026, 4, 6), D(2027, 4, 5)), *budget)
    assert outside_budget_period(period(D(2026, 4, 5), D(2026, 6, 30)), *budget)
    assert outside_budget_period(period(D(2027, 1, 6), D(2027, 4, 6)), *budget)
    assert not outside_budget_period(period(D(2020, 1, 1), D(2030, 1, 1)), None, None)


def test_period_words() -> None:
    assert period(D(2026, 4, 1), D(2026, 6, 30)).describe() == "1 April 2026 to 30 June 2026"
    assert period(D(2028, 2, 29), D(2028, 2, 29)).days == 1


# -- the buffer -----------------------------------------------------------------------------------
WEEK = Money.parse("200.00")


@pytest.mark.parametrize(
    ("closing", "status", "weeks"),
    [
        ("799.99", BufferStatus.BELOW, "4.0"),
        ("800.00", BufferStatus.WITHIN, "4.0"),  # exactly 4 weeks is within
        ("1600.00", BufferStatus.WITHIN, "8.0"),  # exactly 8 weeks is within
        ("1600.01", BufferStatus.ABOVE, "8.0"),
        ("-50.00", BufferStatus.BELOW, "-0.3"),
    ],
)
def test_buffer_edges(closing: str, status: BufferStatus, weeks: str) -> None:
    result = compare_with_buffer(Money.parse(closing, allow_negative=True), WEEK)
    assert result.status is status
    assert str(result.weeks_held) == weeks


def test_buffer_messages() -> None:
    below = compare_with_buffer(Money.parse("700.00"), WEEK)
    assert below.message == (
        "The money left, £700.00, is 3.5 weeks of planned spending (£200.00 a week). This is "
        "below the agreed buffer of 4 to 8 weeks. It is £100.00 short of 4 weeks."
    )
    within = compare_with_buffer(Money.parse("1300.00"), WEEK, buffer_weeks=6, surplus_weeks=10)
    assert within.message.endswith("within the agreed buffer of 6 to 10 weeks.")
    above = compare_with_buffer(Money.parse("2000.00"), WEEK)
    assert "above the agreed buffer of 4 to 8 weeks, by £400.00." in above.message
    assert "may ask for money above 8 weeks of spending to be paid back" in above.message


def test_buffer_measured_after_spending_due_before_the_next_payment() -> None:
    result = compare_with_buffer(Money.parse("1400.00"), WEEK, due_before_next_payment=Money(60000))
    assert result.measured == Money.parse("800.00")
    assert result.status is BufferStatus.WITHIN
    assert result.message.endswith(
        "The money left is the closing balance, £1,400.00, less the £600.00 of spending due "
        "before the next budget payment."
    )


@pytest.mark.parametrize("weekly", [None, ZERO])
def test_no_planned_spending_no_buffer(weekly: Money | None) -> None:
    result = compare_with_buffer(Money.parse("100.00"), weekly)
    assert result.status is BufferStatus.UNKNOWN
    assert result.weeks_held is None
    assert "cannot be compared with a buffer" in result.message
