"""Walking a review outcome by outcome: what each page of "Start a review" shows.

Pure functions over plain values (the review, the plan, the other reviews and the spending
records' monthly aggregates by line); :class:`~.reviews.Reviews` reads those from the file.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..domain.money import Money
from ..domain.plan import Outcome, Plan
from ..domain.review import OutcomeReview, Review, SpendingFigure, finished_reviews
from ..domain.review_progress import LineMonthSpend, RatingPoint, spending_by_outcome
from ..domain.schedule import format_date
from ..domain.text import translate


@dataclass(frozen=True)
class Resumed:
    """A review carried on with: where to pick it up."""

    review: Review
    next_index: int | None  # the first outcome still to do (``None``: every one looked at)
    words: str  # "2 of 5 outcomes still to do."


@dataclass(frozen=True)
class OutcomeStep:
    """One outcome of a review as the window walks through it, with what helps decide."""

    index: int
    total: int
    item: OutcomeReview  # what the review has for it so far
    outcome: Outcome | None  # the plan's outcome (why it matters, what success looks like)
    earlier: tuple[RatingPoint, ...]  # its ratings at earlier finished reviews, oldest first
    spending: SpendingFigure | None  # planned and spent on it this period, up to the review date
    spent_since_last: Money | None  # spent on it since the review before (whole months)


def earlier_finished(review: Review, others: Iterable[Review]) -> tuple[Review, ...]:
    """The finished reviews (other than ``review``) held on or before its date, oldest first."""
    return tuple(
        r
        for r in finished_reviews(o for o in others if o.id != review.id)
        if review.review_date is None
        or (r.review_date is not None and r.review_date <= review.review_date)
    )


def outcome_steps(
    plan: Plan, review: Review, others: Iterable[Review], spending: Sequence[LineMonthSpend]
) -> tuple[OutcomeStep, ...]:
    """Each outcome of ``review`` in order with its earlier ratings, the review's spending
    figure for it and what was spent on it since the review before (months after that review's
    month, up to and including this one's — the progress chart's own spans)."""
    earlier = earlier_finished(review, others)
    by_outcome = spending_by_outcome(plan, spending)
    last = earlier[-1].review_date if earlier else None
    last_month = last.replace(day=1) if last is not None else None
    review_month = review.review_date.replace(day=1) if review.review_date else None
    outcomes = {outcome.id: outcome for outcome in plan.outcomes}
    figures = {f.key: f for f in review.spending.outcomes} if review.spending else {}
    found = []
    for index, item in enumerate(review.outcomes):
        points = tuple(
            RatingPoint(r.review_date, got.rating, got.new_status)
            for r in earlier
            if r.review_date is not None and (got := r.outcome(item.outcome_ref)) is not None
        )
        since = None
        if last_month is not None:
            months = by_outcome.get(item.outcome_ref, {})
            since = Money(
                sum(
                    pence
                    for month, pence in months.items()
                    if month > last_month and (review_month is None or month <= review_month)
                )
            )
        found.append(
            OutcomeStep(
                index,
                len(review.outcomes),
                item,
                outcomes.get(item.outcome_ref),
                points,
                figures.get(item.outcome_ref),
                since,
            )
        )
    return tuple(found)


def date_words(review: Review) -> str:
    """The review's date as people read it, or "no date yet"."""
    if review.review_date is None:
        return translate("Reviews", "no date yet")
    return format_date(review.review_date)
