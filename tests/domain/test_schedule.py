"""Occurrences of each frequency inside a budget period (SPEC §3), worked out by hand."""

import itertools
from datetime import date, timedelta

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from phbplanner.domain.schedule import (
    DAY_STEPS,
    Frequency,
    Schedule,
    add_months,
    count_occurrences,
    iter_occurrences,
)

START, END = date(2026, 4, 1), date(2027, 3, 31)


def dates(schedule: Schedule, start: date = START, end: date = END) -> list[date]:
    found = list(iter_occurrences(schedule, start, end))
    assert count_occurrences(schedule, start, end) == len(found)
    return found


def test_weekly_from_monday_6_april_2026_is_52_times() -> None:
    found = dates(Schedule(Frequency.WEEKLY, date(2026, 4, 6)))
    assert len(found) == 52
    assert found[0] == date(2026, 4, 6)
    assert found[-1] == date(2027, 3, 29)


def test_weekly_from_the_period_start_is_53_times_in_365_days() -> None:
    assert len(dates(Schedule(Frequency.WEEKLY))) == 53  # days 0, 7, …, 364


def test_monthly_from_31_january_clamps_to_the_end_of_february() -> None:
    found = dates(Schedule(Frequency.MONTHLY, date(2027, 1, 31)), date(2027, 1, 1),
                  date(2027, 12, 31))  # fmt: skip
    assert found[:4] == [date(2027, 1, 31), date(2027, 2, 28), date(2027, 3, 31),
                         date(2027, 4, 30)]  # fmt: skip
    assert len(found) == 12


def test_monthly_from_31_january_in_a_leap_year_gives_29_february() -> None:
    found = dates(Schedule(Frequency.MONTHLY, date(2028, 1, 31)), date(2028, 1, 1),
                  date(2028, 3, 31))  # fmt: skip
    assert found == [date(2028, 1, 31), date(2028, 2, 29), date(2028, 3, 31)]


def test_annually_from_29_february_2028() -> None:
    found = dates(Schedule(Frequency.ANNUALLY, date(2028, 2, 29)), date(2028, 1, 1),
                  date(2032, 12, 31))  # fmt: skip
    assert found == [date(2028, 2, 29), date(2029, 2, 28), date(2030, 2, 28),
                     date(2031, 2, 28), date(2032, 2, 29)]  # fmt: skip


def test_quarterly_counts_four_in_a_year() -> None:
    found = dates(Schedule(Frequency.QUARTERLY))
    assert found == [date(2026, 4, 1), date(2026, 7, 1), date(2026, 10, 1), date(2027, 1, 1)]


def test_fortnightly_line_that_started_before_the_period_keeps_its_rhythm() -> None:
    found = dates(Schedule(Frequency.FORTNIGHTLY, date(2026, 3, 20)))
    assert found[0] == date(2026, 4, 3)  # 20 March + 14 days; 20 March itself is outside
    assert len(found) == 26
    assert all((day - date(2026, 3, 20)).days % 14 == 0 for day in found)


def test_monthly_line_that_started_years_before_the_period() -> None:
    found = dates(Schedule(Frequency.MONTHLY, date(2019, 8, 31)))
    assert found[0] == date(2026, 4, 30)
    assert len(found) == 12


def test_line_whose_last_date_ends_mid_period() -> None:
    found = dates(Schedule(Frequency.WEEKLY, date(2026, 4, 6), date(2026, 7, 31)))
    assert len(found) == 17
    assert found[-1] == date(2026, 7, 27)


def test_four_weekly_is_14_times_from_the_start_and_13_a_day_later() -> None:
    assert len(dates(Schedule(Frequency.FOUR_WEEKLY))) == 14  # days 0, 28, …, 364
    assert len(dates(Schedule(Frequency.FOUR_WEEKLY, date(2026, 4, 2)))) == 13


@pytest.mark.parametrize(
    ("first", "expected"),
    [(date(2026, 5, 5), 1), (date(2026, 3, 31), 0), (date(2027, 4, 1), 0), (None, 1)],
)
def test_once_counts_only_inside_the_period(first: date | None, expected: int) -> None:
    assert len(dates(Schedule(Frequency.ONCE, first))) == expected


def test_nothing_when_the_line_ends_before_the_period_or_starts_after() -> None:
    assert dates(Schedule(Frequency.WEEKLY, date(2025, 1, 1), date(2026, 3, 31))) == []
    assert dates(Schedule(Frequency.MONTHLY, date(2027, 4, 1))) == []


def test_add_months_clamps_from_the_original_day_not_the_previous_occurrence() -> None:
    origin = date(2026, 1, 31)
    assert add_months(origin, 1) == date(2026, 2, 28)
    assert add_months(origin, 2) == date(2026, 3, 31)  # not 28 March
    assert add_months(date(2026, 12, 15), 1) == date(2027, 1, 15)
    assert add_months(date(2026, 3, 31), -1) == date(2026, 2, 28)


# -- properties -----------------------------------------------------------------------------
days = st.dates(min_value=date(2000, 1, 1), max_value=date(2060, 12, 31))
frequencies = st.sampled_from(list(Frequency))


@given(frequencies, days, st.one_of(st.none(), days), days, st.integers(0, 800))
def test_count_matches_the_dates_and_dates_are_inside(
    frequency: Frequency, first: date, last: date | None, start: date, length: int
) -> None:
    end = start + timedelta(days=length)
    schedule = Schedule(frequency, first, last)
    found = list(iter_occurrences(schedule, start, end))
    assert count_occurrences(schedule, start, end) == len(found)
    assert found == sorted(set(found))
    for day in found:
        assert start <= day <= end
        assert day >= first
        assert last is None or day <= last


@given(frequencies, days, days, st.integers(1, 700), st.integers(0, 700))
def test_splitting_the_period_splits_the_count(
    frequency: Frequency, first: date, start: date, left: int, right: int
) -> None:
    middle = start + timedelta(days=left)
    end = middle + timedelta(days=right + 1)
    schedule = Schedule(frequency, first)
    whole = count_occurrences(schedule, start, end)
    parts = count_occurrences(schedule, start, middle) + count_occurrences(
        schedule, middle + timedelta(days=1), end
    )
    assert whole == parts


@given(st.sampled_from(list(DAY_STEPS)), days, days, st.integers(0, 800))
def test_day_based_occurrences_are_exactly_one_step_apart(
    frequency: Frequency, first: date, start: date, length: int
) -> None:
    found = list(iter_occurrences(Schedule(frequency, first), start, start + timedelta(length)))
    assume(len(found) >= 2)
    assert {(b - a).days for a, b in itertools.pairwise(found)} == {DAY_STEPS[frequency]}


@given(days, st.integers(-240, 240))
def test_month_arithmetic_keeps_the_day_or_the_month_end(origin: date, months: int) -> None:
    result = add_months(origin, months)
    assert (result.year * 12 + result.month) - (origin.year * 12 + origin.month) == months
    next_day = result + timedelta(days=1)
    assert result.day == origin.day or (result.day < origin.day and next_day.day == 1)
