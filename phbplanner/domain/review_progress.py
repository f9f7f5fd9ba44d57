"""Progress over time: each outcome's ratings across reviews, beside the spending on it.

The data a chart and its table equivalent need, worked out from plain values: the finished
reviews, the plan (which lines serve which outcome) and the spending records as monthly
aggregates per line — ``(line id, "YYYY-MM", pence spent)``, as one SQL ``GROUP BY`` gives them.

A line serving several outcomes is shared equally between them, the odd pennies to the first —
the plan's own rule for its breakdown by outcome, so the figures agree with the plan pages.
Spending is known by month, so "spent since the last review" counts whole months: the months
after the previous review's month, up to and including the review's own month.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from .costing import share_between_outcomes
from .money import Money
from .plan import Plan
from .review import Review, ReviewStatus, finished_reviews, rating_text, rating_words
from .schedule import add_months, format_date
from .text import translate

#: One monthly aggregate of the spending records: (line id, "YYYY-MM", pence spent).
LineMonthSpend = tuple[str, str, int]

_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


@dataclass(frozen=True, slots=True)
class RatingPoint:
    """One outcome's rating at one review."""

    review_date: date
    rating: int | None
    status: ReviewStatus | None

    @property
    def words(self) -> str:
        """The rating's plain words ("Nearly there")."""
        return rating_words(self.rating)


@dataclass(frozen=True, slots=True)
class MonthSpend:
    """What was spent on an outcome in one calendar month (``month`` is its first day)."""

    month: date
    spent: Money


@dataclass(frozen=True, slots=True)
class SpendSpan:
    """What was spent on an outcome over whole months, up to a review (or to the latest month)."""

    first_month: date
    last_month: date
    spent: Money
    review_date: date | None  # the review the span leads up to; None: since the last review


@dataclass(frozen=True)
class OutcomeProgress:
    """One outcome's story: ratings at each review and the spending on it over the same time."""

    outcome_ref: str
    title: str
    in_plan: bool  # False for an outcome taken off the plan since (its history is kept)
    ratings: tuple[RatingPoint, ...]
    months: tuple[MonthSpend, ...]
    spans: tuple[SpendSpan, ...]

    @property
    def total_spent(self) -> Money:
        """Everything spent on the outcome in the months given."""
        return Money.total(month.spent for month in self.months)

    @property
    def rated(self) -> tuple[RatingPoint, ...]:
        """The points that have a rating (what a line chart draws)."""
        return tuple(point for point in self.ratings if point.rating is not None)

    def table_rows(self) -> tuple[tuple[str, str, str], ...]:
        """The chart as a table for screen readers: (review date, rating in words, spent since
        the review before)."""
        spans = {span.review_date: span for span in self.spans}
        rows = []
        for point in self.ratings:
            span = spans.get(point.review_date)
            rows.append(
                (
                    format_date(point.review_date),
                    rating_text(point.rating),
                    span.spent.format() if span is not None else Money(0).format(),
                )
            )
        since = spans.get(None)
        if since is not None:
            rows.append(
                (
                    translate("ReviewProgress", "Since the last review"),
                    "",
                    since.spent.format(),
                )
            )
        return tuple(rows)


def month_start(text: str) -> date:
    """The first day of the month ``"2026-08"``; a ``ValueError`` for anything else."""
    match = _MONTH.match(text)
    if match is None:
        raise ValueError(f"{text!r} is not a month like 2026-08")
    return date(int(match.group(1)), int(match.group(2)), 1)


def spending_by_outcome(
    plan: Plan, spending: Iterable[LineMonthSpend]
) -> dict[str, dict[date, int]]:
    """Pence spent on each outcome of ``plan`` by month, lines shared equally between outcomes.

    Spending on lines the plan no longer has, or that serve no outcome, is left out.
    """
    serves: dict[str, list[str]] = {}
    outcome_ids = {outcome.id for outcome in plan.outcomes}
    for line in plan.support_lines:
        served = [oid for oid in dict.fromkeys(line.outcomes) if oid in outcome_ids]
        if served:
            serves[line.id] = served
    result: dict[str, dict[date, int]] = {oid: {} for oid in outcome_ids}
    by_line: dict[str, dict[date, int]] = {}
    for line_ref, month_text, pence in spending:
        if line_ref in serves:
            months = by_line.setdefault(line_ref, {})
            month = month_start(month_text)
            months[month] = months.get(month, 0) + pence
    # A line's spending is shared as it adds up, month by month (each month gets what the
    # share of the total so far grew by), so the months of an outcome add up to exactly its
    # share of the line's total: the same figure the spending page and a review show.
    for line_ref, months in by_line.items():
        shared = serves[line_ref]
        so_far = 0
        before = dict.fromkeys(shared, 0)
        for month in sorted(months):
            so_far += months[month]
            for oid, share in share_between_outcomes(so_far, shared):
                by_month = result[oid]
                by_month[month] = by_month.get(month, 0) + share - before[oid]
                before[oid] = share
    return result


def outcome_progress(
    plan: Plan, reviews: Sequence[Review], spending: Iterable[LineMonthSpend] = ()
) -> tuple[OutcomeProgress, ...]:
    """Every outcome's ratings across the finished reviews and the spending on it.

    Outcomes come in plan order, then those that earlier reviews looked at but the plan no
    longer has (with the title they had then). ``months`` runs without gaps from the first month
    with spending (or with a review) to the last; ``spans`` add up to the same total.
    """
    held = finished_reviews(reviews)
    by_outcome = spending_by_outcome(plan, spending)
    titles: dict[str, str] = {outcome.id: outcome.title for outcome in plan.outcomes}
    order = [outcome.id for outcome in plan.outcomes]
    in_plan = set(order)
    for review in held:
        for item in review.outcomes:
            if item.outcome_ref in in_plan:
                continue
            if item.outcome_ref not in titles:
                order.append(item.outcome_ref)
            titles[item.outcome_ref] = item.title  # the latest title it had
    review_months = [r.review_date.replace(day=1) for r in held if r.review_date is not None]
    all_months = [m for spent in by_outcome.values() for m in spent] + review_months
    first = min(all_months) if all_months else None
    last = max(all_months) if all_months else None
    result = []
    for ref in order:
        ratings = []
        for review in held:
            found = review.outcome(ref)
            if found is not None and review.review_date is not None:
                ratings.append(RatingPoint(review.review_date, found.rating, found.new_status))
        spent = by_outcome.get(ref, {})
        months = _month_series(spent, first, last)
        result.append(
            OutcomeProgress(
                ref,
                titles.get(ref, ""),
                ref in in_plan,
                tuple(ratings),
                months,
                _spans(months, [p.review_date for p in ratings]),
            )
        )
    return tuple(result)


def _month_series(
    spent: dict[date, int], first: date | None, last: date | None
) -> tuple[MonthSpend, ...]:
    if first is None or last is None:
        return ()
    series = []
    month = first
    while month <= last:
        series.append(MonthSpend(month, Money(spent.get(month, 0))))
        month = add_months(month, 1)
    return tuple(series)


def _spans(months: tuple[MonthSpend, ...], review_dates: list[date]) -> tuple[SpendSpan, ...]:
    """Spending up to each review, then since the last review (only when there are months)."""
    if not months:
        return ()
    spans = []
    start = 0
    for review_date in review_dates:
        review_month = review_date.replace(day=1)
        end = start
        while end < len(months) and months[end].month <= review_month:
            end += 1
        chunk = months[start:end]
        first = chunk[0].month if chunk else review_month
        spans.append(
            SpendSpan(first, review_month, Money.total(m.spent for m in chunk), review_date)
        )
        start = end
    if start < len(months):
        rest = months[start:]
        spans.append(
            SpendSpan(rest[0].month, rest[-1].month, Money.total(m.spent for m in rest), None)
        )
    return tuple(spans)
