"""The period a monitoring return covers, and the periods offered by default.

Returns are usually quarterly. "The last full quarter of the budget period" counts quarters from
the budget period's first day — the same day of every third month, clamped to shorter months as
support lines are (``schedule.add_months``), each quarter ending the day before the next begins —
so a period starting on 31 August has quarters starting 31 August, 30 November, 28 or 29 February
and 31 May, with no day left out or counted twice. Without a budget period, calendar quarters
(January, April, July and October) are used.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from .errors import PHBError
from .schedule import add_months, format_date
from .text import translate


class PeriodError(PHBError):
    """A period that cannot be used, with the reason in plain English."""

    exit_code = 2


@dataclass(frozen=True, slots=True)
class ReturnPeriod:
    """The days a return covers, both ends included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.start > self.end:
            raise PeriodError(
                translate(
                    "Monitoring",
                    "The period cannot start after it ends: {start} is after {end}. Choose a "
                    "start date on or before the end date.",
                ).format(start=format_date(self.start), end=format_date(self.end))
            )

    @property
    def days(self) -> int:
        """How many days the period has."""
        return (self.end - self.start).days + 1

    def contains(self, day: date) -> bool:
        """Whether ``day`` is inside the period."""
        return self.start <= day <= self.end

    def describe(self) -> str:
        """ "1 April 2026 to 30 June 2026"."""
        return translate("Monitoring", "{start} to {end}").format(
            start=format_date(self.start), end=format_date(self.end)
        )


def budget_quarters(budget_start: date, budget_end: date) -> Iterator[ReturnPeriod]:
    """The quarters of the budget period, in order; the last one ends with the period."""
    k = 0
    while True:
        start = add_months(budget_start, 3 * k)
        if start > budget_end:
            return
        end = min(add_months(budget_start, 3 * (k + 1)) - timedelta(days=1), budget_end)
        yield ReturnPeriod(start, end)
        k += 1


def calendar_quarter(day: date) -> ReturnPeriod:
    """The calendar quarter (January–March, April–June, …) that ``day`` falls in."""
    first_month = 3 * ((day.month - 1) // 3) + 1
    start = date(day.year, first_month, 1)
    return ReturnPeriod(start, add_months(start, 3) - timedelta(days=1))


def last_full_quarter(
    today: date, budget_start: date | None = None, budget_end: date | None = None
) -> ReturnPeriod | None:
    """The latest quarter of the budget period that ended before ``today``.

    After the budget period has ended this is its last quarter. ``None`` when no quarter has
    ended yet. Without a budget period: the calendar quarter before the one ``today`` is in.
    """
    if budget_start is None or budget_end is None or budget_start > budget_end:
        current = calendar_quarter(today)
        return calendar_quarter(current.start - timedelta(days=1))
    found: ReturnPeriod | None = None
    for quarter in budget_quarters(budget_start, budget_end):
        if quarter.end >= today:
            break
        found = quarter
    return found


def since_last_return(last_end: date, today: date) -> ReturnPeriod | None:
    """From the day after the last return's end up to ``today``; ``None`` if nothing is left."""
    start = last_end + timedelta(days=1)
    if start > today:
        return None
    return ReturnPeriod(start, today)


def default_period(
    today: date,
    budget_start: date | None = None,
    budget_end: date | None = None,
    last_return_end: date | None = None,
) -> ReturnPeriod:
    """The period to offer first: since the last return, else the last full quarter.

    When neither gives a period (no return yet and no quarter ended), the period so far: from the
    start of the budget period (or of this calendar quarter) up to ``today``.
    """
    if last_return_end is not None:
        since = since_last_return(last_return_end, today)
        if since is not None:
            return since
    quarter = last_full_quarter(today, budget_start, budget_end)
    if quarter is not None:
        return quarter
    if budget_start is not None and budget_start <= today:
        return ReturnPeriod(budget_start, today)
    return ReturnPeriod(calendar_quarter(today).start, today)


def outside_budget_period(
    period: ReturnPeriod, budget_start: date | None, budget_end: date | None
) -> bool:
    """Whether some day of ``period`` falls outside the budget period (when one is set)."""
    if budget_start is None or budget_end is None:
        return False
    return period.start < budget_start or period.end > budget_end
