"""Schedules of support and the occurrences that fall inside a budget period (SPEC §3)."""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from .text import translate


class Frequency(StrEnum):
    """How often a paid support line happens."""

    ONCE = "once"
    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"
    FOUR_WEEKLY = "four_weekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    ANNUALLY = "annually"


#: Day-based frequencies and their step in days.
DAY_STEPS = {Frequency.WEEKLY: 7, Frequency.FORTNIGHTLY: 14, Frequency.FOUR_WEEKLY: 28}
#: Month-based frequencies and their step in months.
MONTH_STEPS = {Frequency.MONTHLY: 1, Frequency.QUARTERLY: 3, Frequency.ANNUALLY: 12}


def frequency_label(frequency: Frequency) -> str:
    """A short plain-English name for a frequency ("every week")."""
    labels = {
        Frequency.ONCE: translate("Frequency", "once"),
        Frequency.WEEKLY: translate("Frequency", "every week"),
        Frequency.FORTNIGHTLY: translate("Frequency", "every 2 weeks"),
        Frequency.FOUR_WEEKLY: translate("Frequency", "every 4 weeks"),
        Frequency.MONTHLY: translate("Frequency", "every month"),
        Frequency.QUARTERLY: translate("Frequency", "every 3 months"),
        Frequency.ANNUALLY: translate("Frequency", "every year"),
    }
    return labels[frequency]


def add_months(start: date, months: int) -> date:
    """The same day ``months`` later, clamped to the last day of a shorter month.

    31 January + 1 month is 28 February (29 in a leap year); + 2 months is 31 March. A date
    past the end (or before the start) of the calendar stays at its last (first) day, so a plan
    stored with dates in year 9999 is still worked out rather than crashing.
    """
    later = _months_later(start, months)
    if later is None:
        return date.max if months > 0 else date.min
    return later


def _months_later(start: date, months: int) -> date | None:
    """:func:`add_months`, or ``None`` when the result is outside the calendar."""
    index = start.year * 12 + (start.month - 1) + months
    year, month0 = divmod(index, 12)
    if not date.min.year <= year <= date.max.year:
        return None
    last_day = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(start.day, last_day))


@dataclass(frozen=True, slots=True)
class Schedule:
    """When a line happens: a frequency, a first date (default: period start), an optional last."""

    frequency: Frequency = Frequency.WEEKLY
    first: date | None = None
    last: date | None = None

    def describe(self, period_start: date | None = None) -> str:
        """The schedule in words, e.g. "every week from 6 April 2026 until 31 July 2026"."""
        first = self.first or period_start
        words = frequency_label(self.frequency)
        if self.frequency is Frequency.ONCE:
            if first is None:
                return words
            return translate("Schedule", "once, on {date}").format(date=format_date(first))
        if first is not None:
            words = translate("Schedule", "{frequency} from {date}").format(
                frequency=words, date=format_date(first)
            )
        if self.last is not None:
            words = translate("Schedule", "{schedule} until {date}").format(
                schedule=words, date=format_date(self.last)
            )
        return words


def format_date(value: date) -> str:
    """A date as people write it in England: "6 April 2026"."""
    months = [
        translate("Month", "January"), translate("Month", "February"),
        translate("Month", "March"), translate("Month", "April"),
        translate("Month", "May"), translate("Month", "June"),
        translate("Month", "July"), translate("Month", "August"),
        translate("Month", "September"), translate("Month", "October"),
        translate("Month", "November"), translate("Month", "December"),
    ]  # fmt: skip
    return f"{value.day} {months[value.month - 1]} {value.year}"


def _window(schedule: Schedule, start: date, end: date) -> tuple[date, date, date] | None:
    """The series origin and the inclusive window [lo, hi] where occurrences count."""
    origin = schedule.first or start
    lo = max(start, origin)
    hi = end if schedule.last is None else min(end, schedule.last)
    if lo > hi:
        return None
    return origin, lo, hi


def count_occurrences(schedule: Schedule, start: date, end: date) -> int:
    """How many occurrences of ``schedule`` fall inside the period ``start``..``end`` (inclusive).

    The series starts at the line's first date (or the period start) and repeats every 7, 14 or 28
    days, or on the same day of every 1, 3 or 12 months (clamped to shorter months). Occurrences
    before the period, after its end or after the line's last date are not counted.
    """
    window = _window(schedule, start, end)
    if window is None:
        return 0
    origin, lo, hi = window
    freq = schedule.frequency
    if freq is Frequency.ONCE:
        return 1 if lo <= origin <= hi else 0
    step = DAY_STEPS.get(freq)
    if step is not None:
        # first index k with origin + k*step >= lo, last with <= hi
        k_lo = -((origin - lo).days // step)  # ceil((lo - origin) / step)
        k_hi = (hi - origin).days // step
        return max(0, k_hi - k_lo + 1)
    return sum(1 for _ in iter_occurrences(schedule, start, end))


def iter_occurrences(schedule: Schedule, start: date, end: date) -> Iterator[date]:
    """Yield each occurrence date of ``schedule`` inside the period, in order."""
    window = _window(schedule, start, end)
    if window is None:
        return
    origin, lo, hi = window
    freq = schedule.frequency
    if freq is Frequency.ONCE:
        if lo <= origin <= hi:
            yield origin
        return
    step = DAY_STEPS.get(freq)
    if step is not None:
        k = -((origin - lo).days // step)
        try:
            current = origin + timedelta(days=step * k)
            while current <= hi:
                yield current
                current += timedelta(days=step)
        except OverflowError:  # the next one would be past the end of the calendar
            pass
        return
    months = MONTH_STEPS[freq]
    # Skip whole steps that end before the window, then walk forward.
    gap = (lo.year - origin.year) * 12 + (lo.month - origin.month)
    k = max(0, gap // months - 1)
    while True:
        later = _months_later(origin, k * months)
        if later is None or later > hi:  # past the window, or the end of the calendar
            return
        if later >= lo:
            yield later
        k += 1
