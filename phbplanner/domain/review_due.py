"""When the next review is due, and a calm line saying so for the start of the window.

The rule (SPEC §2 step 7): the first review within 3 months of the start of the budget period,
then at least every 12 months. Months are counted as in the costing rule, with
:func:`~phbplanner.domain.schedule.add_months`: 31 January + 1 month is 28 February (29 in a leap
year), 29 February + 12 months is 28 February.

Where the next date comes from, in order:

1. the latest finished review: its ``next_review`` (or, without one, its date + the plan's
   interval), and at the latest 12 months after it;
2. else the latest review the plan itself records (``Reviews.records``): its date + the interval,
   at the latest 12 months after it;
3. else the plan's first review date, at the latest 3 months after the start;
4. else, with a start date but no first review date, 3 months after the start (the rule's date).

A date later than the rule allows is brought forward to the rule's date (``capped``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .plan import Reviews
from .review import (
    FIRST_REVIEW_WITHIN_MONTHS,
    MAX_MONTHS_BETWEEN_REVIEWS,
    Review,
    ReviewState,
    finished_reviews,
    progress_words,
)
from .schedule import add_months, format_date
from .text import translate


class DueState(StrEnum):
    """Where the next review stands today."""

    NOT_SET = "not_set"  # no date and no start date to work one out from
    UPCOMING = "upcoming"
    DUE_TODAY = "due_today"
    OVERDUE = "overdue"


@dataclass(frozen=True)
class ReviewDue:
    """When the next review is due, and how that stands on ``today``."""

    state: DueState
    today: date
    due: date | None = None
    first: bool = True  # the first review of the plan (no review held yet)
    latest: date | None = None  # the latest date the rule allows
    from_rule: bool = False  # no date was chosen: ``due`` is the rule's date
    capped: bool = False  # the chosen date was later than the rule allows

    @property
    def days_overdue(self) -> int:
        """Days since the review was due (0 unless overdue)."""
        if self.state is not DueState.OVERDUE or self.due is None:
            return 0
        return (self.today - self.due).days

    @property
    def days_until(self) -> int:
        """Days until the review is due (0 unless upcoming)."""
        if self.state is not DueState.UPCOMING or self.due is None:
            return 0
        return (self.due - self.today).days


def review_due(
    reviews: Reviews,
    period_start: date | None,
    held: Iterable[Review],
    today: date,
) -> ReviewDue:
    """When the next review is due, from the plan's review dates and the reviews held."""
    done = finished_reviews(held)
    last = done[-1] if done else None
    recorded = [record.date for record in reviews.records if record.date is not None]
    last_recorded = max(recorded) if recorded else None
    chosen: date | None
    latest: date | None
    if (
        last is not None
        and last.review_date is not None
        and not (last_recorded is not None and last_recorded > last.review_date)
    ):
        chosen = last.next_review or add_months(last.review_date, reviews.interval_months)
        latest = add_months(last.review_date, MAX_MONTHS_BETWEEN_REVIEWS)
        first = False
    elif last_recorded is not None:
        chosen = add_months(last_recorded, reviews.interval_months)
        latest = add_months(last_recorded, MAX_MONTHS_BETWEEN_REVIEWS)
        first = False
    else:
        chosen = reviews.first_review
        latest = (
            add_months(period_start, FIRST_REVIEW_WITHIN_MONTHS)
            if period_start is not None
            else None
        )
        first = True
    if chosen is None and latest is None:
        return ReviewDue(DueState.NOT_SET, today, first=first)
    from_rule = chosen is None
    capped = chosen is not None and latest is not None and chosen > latest
    due = latest if (from_rule or capped) else chosen
    assert due is not None
    if due < today:
        state = DueState.OVERDUE
    elif due == today:
        state = DueState.DUE_TODAY
    else:
        state = DueState.UPCOMING
    return ReviewDue(state, today, due, first, latest, from_rule, capped)


def whole_months_between(start: date, end: date) -> int:
    """How many whole months from ``start`` to ``end`` (0 when ``end`` is before a month is up).

    Counted with :func:`add_months`, so 31 January to 28 February is one whole month.
    """
    months = (end.year - start.year) * 12 + (end.month - start.month)
    while months > 0 and add_months(start, months) > end:
        months -= 1
    return max(0, months)


def time_words(start: date, end: date) -> str:
    """How long from ``start`` to ``end``, in words: "1 day", "12 days", "3 weeks", "2 months",
    "1 year and 2 months".

    Days up to 13, then whole weeks up to 8 weeks, then whole months, then years and months.
    """
    days = (end - start).days
    if days < 14:
        if days == 1:
            return translate("ReviewDue", "1 day")
        return translate("ReviewDue", "{count} days").format(count=days)
    if days < 56:
        return translate("ReviewDue", "{count} weeks").format(count=days // 7)
    months = whole_months_between(start, end)
    if months < 12:
        return _months(months)
    years, rest = divmod(months, 12)
    year_words = (
        translate("ReviewDue", "1 year")
        if years == 1
        else translate("ReviewDue", "{count} years").format(count=years)
    )
    if rest == 0:
        return year_words
    return translate("ReviewDue", "{years} and {months}").format(
        years=year_words, months=_months(rest)
    )


def _months(count: int) -> str:
    if count == 1:
        return translate("ReviewDue", "1 month")
    return translate("ReviewDue", "{count} months").format(count=count)


def due_line(due: ReviewDue) -> str:
    """One calm sentence for the start of the window.

    "Your next review is due on 3 March 2027." — "Your review is due today." — "Your review was
    due 12 days ago, on 1 March 2027. You can start it when you are ready."
    """
    if due.state is DueState.NOT_SET or due.due is None:
        return translate(
            "ReviewDue",
            "No review date is set yet. The first review should be within 3 months of the start.",
        )
    when = format_date(due.due)
    if due.state is DueState.OVERDUE:
        if due.first:
            text = translate("ReviewDue", "Your first review was due {time} ago, on {date}.")
        else:
            text = translate("ReviewDue", "Your review was due {time} ago, on {date}.")
        return " ".join(
            (
                text.format(time=time_words(due.due, due.today), date=when),
                translate("ReviewDue", "You can start it when you are ready."),
            )
        )
    if due.state is DueState.DUE_TODAY:
        return translate("ReviewDue", "Your review is due today.")
    if due.from_rule:
        return translate(
            "ReviewDue",
            "Your first review should be by {date}: within 3 months of the start.",
        ).format(date=when)
    if due.capped:
        if due.first:
            text = translate(
                "ReviewDue",
                "Your first review is due on {date}: within 3 months of the start.",
            )
        else:
            text = translate(
                "ReviewDue",
                "Your next review is due on {date}: within 12 months of the last one.",
            )
        return text.format(date=when)
    if due.first:
        return translate("ReviewDue", "Your first review is due on {date}.").format(date=when)
    return translate("ReviewDue", "Your next review is due on {date}.").format(date=when)


def in_progress_line(held: Iterable[Review]) -> str:
    """A sentence about a review left half done ("" when there is none): the newest one."""
    open_reviews = [r for r in held if r.state is ReviewState.IN_PROGRESS]
    if not open_reviews:
        return ""
    review = max(open_reviews, key=lambda r: (r.started is not None, r.started, r.id or 0))
    if review.review_date is not None:
        text = translate(
            "ReviewDue", "You have a review from {date} that is not finished yet."
        ).format(date=format_date(review.review_date))
    else:
        text = translate("ReviewDue", "You have a review that is not finished yet.")
    return " ".join((text, progress_words(review)))
